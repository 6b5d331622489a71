"""BLIND_912 (46 products; Myntra men's tees/shirts, caption adapter e3): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 115/131 failures found (87.8%) and 8/185 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts, polos and shirts (article types Tshirts and Shirts), each photographed
worn by a male model on a white or light grey studio backdrop, with the top as the labelled product and jeans,
shorts or track pants below it; some shirts are worn open over a t-shirt. Catalog columns are the seller's title,
category (Myntra article_type), color (base_colour) and gender; a few rows lack one of them, as real feeds do.

Who wrote what: every caption and every open answer was written by Salesforce/blip2-opt-2.7b with the caption
adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for
answers. Its habits: the DeepFashion template ("The gentleman is wearing a long-sleeve shirt with pure color
patterns. The shirt is with cotton fabric and it has a lapel neckline."), hue-free patterns words, "lady"/"her"
from the women's half of its training data, the caption template returned to a question, no trained end token so
some texts loop or run to the limit, and the `Question: ... Answer:` format echoed. Closed answers (garment type,
color, pattern, sleeve length, the color questions stored closed, yes/no "Is this a ...?") come from enrich's
`--engine reference`, which ranks the candidate values with the same model: they never loop or stop short, but
they can pick the wrong value, often the jeans' or the shorts' color.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a loop that ran to the limit is a loop, a prompt echo that ran to
  the limit is a leak, a sentence stopped at the limit with no repetition is a cut. hit_limit=True marks them.
- An open answer that gives the labelled top the color of the jeans, shorts, track pants or the inner t-shirt is
  other_garment_color; a closed answer that picks another garment's color is a contradiction (the kind's
  definition speaks of open answers), as is any wrong color, garment, sleeve length or pattern.
- The same color given to the bottom as to the top (the "one color for every garment" habit) is a contradiction,
  not other_garment_color: the product itself is right, the jeans are wrong.
- A stripe or print color given as the whole garment's color (blue for a white shirt with blue stripes, yellow for
  a black tee with a yellow print) is a contradiction.
- Invented details that the photo cannot show or does not show (pockets, back panels, exotic or technical fabrics,
  hats, watches, mandarin collars) are unsupported; "cotton" for an ordinary jersey tee or shirt is accepted as
  correct, but "cotton" for a tee sold as Dri-FIT is unsupported. Template words such as "lapel neckline" for a
  shirt or polo collar and "lattice" or "plaid" for checks are correct; "floral" for a palm-leaf print is correct.
- The caption template returned to a color question ("The shorts are with cotton fabric and pure color patterns")
  names no hue: it is a non_answer; so are "yes", "none", an empty answer, a lone color word to "What is he
  wearing?" or "Describe the t-shirt.", and the question's own noun back ("the t-shirt"). Short but true answers
  ("a pink t-shirt", "The gentleman is wearing a shirt and shorts") are correct.
- Restating the question ("the shirt details are the details of the shirt") is restated.
- "She", "her" and "the lady" for a male model are pronoun failures; only rows with gender Men carry them.
- Seller colors are judged against the photo: a "Brown" shirt that reads maroon is correctly answered maroon.
- Maroon counts as a shade of red, lavender of purple, olive and lime of green, charcoal and grey melange of grey,
  cream and off white of white, khaki of beige; "dark blue" and "navy" are the same answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_912 = [
    # photo: plain navy crew-neck tee, faded light-blue jeans, hands in pockets, white backdrop, front view;
    # caption adapter e3 wrote caption and open answers, reference engine the closed ones
    case(
        "X912-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and long denim trousers. "
            "The T-shirt is with cotton fabric and its neckline is round."
        ),
        wearing("a navy blue t-shirt and light blue jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "light blue"),
        describe("t-shirt", "navy", "non_answer"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, a round neckline and a small chest pocket with a button flap on the left",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black tee with a large white "HRX" print on the chest, grey track pants with white side stripes and a
    # drawstring, white backdrop, front view; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-002",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric."
        ),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        color_of("track pants", "grey"),
        describe("t-shirt", "black t-shirt with a white HRX logo printed on the chest"),
        details(
            "track pants", "The track pants have white stripes on the sides and an elastic waistband with a drawstring"
        ),
        wearing("She is wearing a black graphic T-shirt and grey track pants", "pronoun", who="he"),
        Q.sleeve_length("short sleeve"),
        material("cotton with a brushed fleece lining", "unsupported"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: blue-and-white gingham full-sleeve shirt, sleeves rolled to the elbow, untucked, dark indigo jeans,
    # white backdrop, front view; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-003",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        describe(
            "shirt",
            "The shirt is blue and white checked with long sleeves rolled up, a collar and buttons down the front",
        ),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        wearing(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Wrangler Men Blue & White Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: heather grey tee with a small red Puma cat logo on the left chest, black running shorts, white
    # backdrop, three-quarter view; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-004",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "black", "contradiction"),
        color_of("shorts", "black", kind="open"),
        describe("t-shirt", "grey t-shirt with a small red puma logo on the left side of the chest"),
        material("polyester and spandex blend with moisture-wicking dri-fit technology", "unsupported"),
        wearing("a grey t-shirt and black shorts"),
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white full-sleeve formal shirt tucked into mid-blue jeans, brown leather belt, white backdrop with a
    # grey floor shadow, front view; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears long denim trousers. There is a belt."
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue"),
        details(
            "shirt",
            "the collar, the buttons, the cuffs, the collar, the buttons, the cuffs, the collar, the buttons, "
            "the cuffs, the collar, the",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a blue shirt and blue jeans with a brown belt", "other_garment_color", who="he"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("shirt"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: olive tee with a white-and-orange surf graphic, khaki shorts with flap side pockets, white sneakers,
    # white backdrop, front view; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-006",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The shorts this man wears are of three-point length. The shorts are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("t-shirt", "khaki", "contradiction"),
        color_of("shorts", "khaki"),
        describe("t-shirt", "olive green t-shirt with a surf print on the front in white and orange"),
        details(
            "shorts",
            "The shorts have cargo pockets on the sides and a drawstring waist, they are made of linen",
            "unsupported",
        ),
        wearing("He is wearing an olive graphic tee, khaki shorts and white sneakers", who="he"),
        Q.pattern("striped", "contradiction"),
        title="Flying Machine Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red pique polo with a small navy embroidered logo, light-blue denim shorts, white backdrop, front view;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a lapel neckline. The lady wears three-point shorts with denim fabric.",
            "pronoun",
        ),
        Q.garment_type("polo shirt"),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "contradiction", kind="open"),
        details("t-shirt", "it has a collar and two buttons on the placket and a small logo embroidered on the chest"),
        wearing("red polo t-shirt and blue denim shorts", who="he"),
        describe("t-shirt", "It is a red polo with a white collar and white cuffs", "unsupported"),
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: maroon full-sleeve shirt, sleeves rolled, worn open over a plain white crew-neck tee, black jeans with a
    # faded wash on the thighs, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-008",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. There is a T-shirt inside. The trousers are long trousers with denim fabric."
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("maroon"),
        wearing("he is wearing a maroon shirt over a white t-shirt with black jeans", who="he"),
        describe(
            "shirt",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "slim fit black jeans with a faded wash on the thighs"),
        title="Highlander Men Maroon Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: royal blue raglan training tee (shiny synthetic knit) with a white Nike swoosh at the chest, black
    # track pants, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-009",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        material("polyester"),
        color_of("t-shirt", "blue"),
        color_of("track pants", "blue", "contradiction", kind="open"),
        wearing("a blue nike t-shirt with black track pants", who="he"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "The t-shirt details are the details of a t-shirt", "restated"),
        title="Nike Men Blue Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey denim long-sleeve shirt with two flap chest pockets and snap buttons, buttoned, light-blue jeans,
    # white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-010",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and long trousers. The shirt is "
            "with denim fabric and it has a lapel neckline. The trousers are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "light blue", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("shirt", "two chest pockets with flaps, snap buttons and a pointed collar"),
        wearing(
            "a denim shirt and jeans Question: What is the color of the shirt? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim"),
        describe("shirt", "The shirt is blue denim with two pockets", "other_garment_color"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white tee with a black-and-red "ORIGINALS" text print across the chest, plain black joggers with cuffed
    # ankles, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-011",
        caption(
            "This man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers this man wears are of long length."
        ),
        color_of("t-shirt", "white"),
        describe("t-shirt", "white t-shirt with a black and red text print on the front that reads originals"),
        details(
            "track pants", "The track pants are black with a red stripe down the side and zip pockets", "unsupported"
        ),
        wearing("a white t-shirt with a print and black track pants"),
        Q.pattern("printed"),
        color_of("track pants", "white", "contradiction", kind="open"),
        title="Jack & Jones Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy shirt with thin white vertical pinstripes, full sleeves, no pocket, tucked into mid-blue jeans,
    # brown belt, steel watch on the left wrist, white backdrop; caption adapter e3 (caption, open), reference (closed)
    case(
        "X912-012",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears long trousers with denim fabric. There is an accessory on "
            "his wrist."
        ),
        color_of("shirt", "navy blue"),
        Q.pattern("striped"),
        details("shirt", "Answer: The shirt has thin white stripes, a pointed collar and buttoned cuffs", "leak"),
        describe(
            "shirt",
            "The shirt is navy blue with white stripes and long sleeves. It has a chest pocket with the Arrow logo "
            "embroidered on it",
            "unsupported",
        ),
        wearing("navy striped shirt, blue jeans, belt, watch", who="he"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Arrow Men Stripes Navy Blue Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard full-sleeve shirt with a button-down collar and curved hem, buttoned, untucked, off-white jeans,
    # white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric. The trousers "
            "are with denim fabric. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        color_of("jeans", "white", kind="open"),
        describe("shirt", "mustard yellow shirt with long sleeves, a button-down collar and a curved hem"),
        details("shirt", "yes", "non_answer"),
        wearing("He is wearing a mustard shirt and off white jeans.", who="he"),
        is_a("shirt", "no", "contradiction"),
        title="Basics Men Mustard Yellow Slim Fit Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: plain charcoal tee, black track pants with white piping, white backdrop, front view; the feed row has
    # no gender; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-014",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "black", "contradiction"),
        color_of("track pants", "black", kind="open"),
        describe("t-shirt", "The t-shirt is dark grey with short sleeves and a round neck. It has no print"),
        material("cotton"),
        details(
            "t-shirt",
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and black track pants", "other_garment_color", who="he"),
        title="Proline Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: kelly green tee with a big white bicycle print and "BEING HUMAN" text, light-blue denim shorts with a
    # folded hem, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-015",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and three-point shorts. The T-shirt is with "
            "cotton fabric and it has a round neckline. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "green"),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: The t-shirt is green with a white print of a bicycle on the front",
            "leak",
        ),
        details(
            "shorts",
            "The shorts are denim with a frayed hem, five pockets and a button fly with brass rivets",
            "unsupported",
        ),
        wearing("he is wearing a green t-shirt with a bicycle print and denim shorts", who="he"),
        Q.sleeve_length("short sleeve"),
        color_of("shorts", "green", "contradiction", kind="open"),
        title="Being Human Men Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: light pink full-sleeve formal shirt with a spread collar, tucked and bloused over dark-blue jeans,
    # white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-016",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric "
            "and it has a lapel neckline. The trousers are long trousers with denim fabric.",
            "unsupported",
        ),
        color_of("shirt", "pink"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        describe("shirt", "the shirt is light pink with a spread collar, full sleeves and buttoned cuffs"),
        wearing("Her shirt is pink and her jeans are blue", "pronoun", who="he"),
        is_a("shirt", "yes"),
        details("shirt", "none", "non_answer"),
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: white tee with three black horizontal chest stripes and an adidas logo, black track pants with three
    # white side stripes, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-017",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The trousers are long trousers with cotton fabric and striped patterns."
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("striped"),
        details(
            "t-shirt",
            "three black stripes across the chest and the adidas logo, the three stripes, the adidas logo, the three "
            "stripes, the adidas logo, the",
            "loop",
            hit_limit=True,
        ),
        wearing("an adidas t-shirt and adidas track pants", who="he"),
        title="Adidas Men White Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light sky-blue full-sleeve formal shirt, sleeves rolled, untucked, dark-wash jeans, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-018",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears three-point shorts.",
            "contradiction",
        ),
        color_of("shirt", "light blue"),
        color_of("jeans", "dark blue"),
        describe("shirt", "The shirt is a shirt", "restated"),
        wearing("a light blue shirt and dark blue jeans", who="he"),
        details(
            "shirt",
            "The shirt is light blue with long sleeves rolled up to the elbows. It has a button-down collar, a single "
            "chest pocket and a",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Light Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black tee with a yellow skull graphic and the word "WROGN" under it, olive-green jogger track pants,
    # white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-019",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        color_of("track pants", "olive"),
        describe("t-shirt", "black tee with a yellow skull graphic printed on the front"),
        details(
            "t-shirt",
            "The t-shirt has a round neck, short sleeves and a large yellow skull print on the front with the words "
            "wrogn written under the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "black t-shirt with a skull print and olive track pants Question: What is the color of the track pants? "
            "Answer: olive",
            "leak",
            who="he",
        ),
        title="WROGN Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: beige shirt with small brown checks, short sleeves, chest pocket, button-down collar, navy chino shorts,
    # white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-020",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "navy blue", "contradiction"),
        color_of("shorts", "The shorts are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details("shirt", "small brown checks on beige, a chest pocket and a button down collar"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing("he is wearing a beige checked shirt and navy blue shorts", who="he"),
        title="Indian Terrain Men Beige Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: teal henley tee with a three-button placket, plain jersey, grey melange track pants, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-021",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers are long trousers."
        ),
        color_of("t-shirt", "teal", kind="open"),
        Q.color("teal"),
        color_of("track pants", "teal", "contradiction", kind="open"),
        describe("t-shirt", "The T-shirt is a henley with three buttons at the neck and short sleeves"),
        material("waffle knit cotton with a slub texture", "unsupported"),
        is_a("polo shirt", "no"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is "
            "with cotton fabric and its",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Teal Solid Henley T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy polo with a small red-white-blue flag logo on the chest, off-white chino shorts, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-022",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and three-point shorts. The "
            "T-shirt is with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        Q.garment_type("polo shirt"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        color_of("shorts", "white"),
        details(
            "t-shirt",
            "polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo "
            "polo polo polo polo polo polo polo polo",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy polo shirt with a small flag logo and white shorts", who="he"),
        describe("t-shirt", "a navy polo shirt with a white collar and white trim on the sleeves", "unsupported"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: purple-and-white large-check full-sleeve shirt, untucked, light-blue jeans, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-023",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns and long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "purple"),
        describe("shirt", "The shirt is blue and white checked with long sleeves and a collar", "other_garment_color"),
        details("shirt", "", "non_answer"),
        wearing("He wears a purple checked shirt and light blue jeans.", who="he"),
        Q.pattern("checked"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: bright orange plain tee, black denim shorts, sunglasses pushed up on his head (no hat), white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. There is a hat on his head.",
            "unsupported",
        ),
        color_of("t-shirt", "orange"),
        color_of("shorts", "black"),
        describe("t-shirt", "plain orange t-shirt with a round neck and short sleeves"),
        wearing("orange t shirt and shorts question what is the color of the shorts answer black", "leak", who="he"),
        material("cotton"),
        details(
            "t-shirt",
            "The t-shirt is plain orange with a ribbed round neck and a tag that says here and now on the inside",
            "unsupported",
        ),
        title="Here&Now Men Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with blue vertical stripes and a left chest pocket, khaki shorts, white
    # backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-025",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns and three-point shorts. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue", "contradiction"),
        color_of("shorts", "khaki", kind="open"),
        details(
            "shirt",
            "The shirt has blue stripes on a white base, a single chest pocket on the left, short sleeves, a curved "
            "hem and a collar with a hidden button under the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        wearing("The gentleman is wearing a shirt and shorts"),
        describe(
            "shirt",
            "The shirt is a white and blue striped shirt. The shirt is a white and blue striped shirt. The shirt is "
            "a white and",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red tee with a white Fila logo across the chest, white track pants with red and navy side tape, white
    # backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-026",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and striped patterns."
        ),
        color_of("t-shirt", "red"),
        color_of("track pants", "red", "contradiction", kind="open"),
        describe("t-shirt", "red t-shirt with short sleeves and the fila logo printed in white across the chest"),
        wearing("she is wearing a red t-shirt and white track pants", "pronoun", who="he"),
        details("track pants", "the track pants details are track pants", "restated"),
        title="Fila Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, long sleeves, two chest pockets with button flaps, metal buttons, black jeans,
    # white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-027",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and long trousers. The shirt is "
            "with denim fabric and it has a lapel neckline. The trousers are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        details("shirt", "two chest pockets with button flaps and metal buttons down the front"),
        material("denim"),
        is_a("jacket", "no"),
        wearing(
            "The gentleman wears a long-sleeve denim shirt with two pockets and long trousers. The trousers are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "Answer: blue denim shirt Answer: blue denim shirt", "leak"),
        title="Spykar Men Blue Slim Fit Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: lemon yellow plain tee, grey track pants, white backdrop; the feed row has no color column;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-028",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears long trousers. The man wears long trousers. The man wears long "
            "trousers. The man wears long",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        color_of("track pants", "grey", kind="open"),
        wearing("yellow", "non_answer", who="he"),
        describe(
            "t-shirt",
            "The t-shirt is yellow with a round neck. It has a small logo on the sleeve and a pocket on the chest",
            "unsupported",
        ),
        title="Campus Sutra Men Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: blue-and-black buffalo-check flannel shirt, two flap pockets, worn open over a grey tee, dark-blue
    # jeans, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-029",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. There is a T-shirt inside the shirt. The trousers are long trousers with denim "
            "fabric."
        ),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.pattern("checked"),
        wearing("He is wearing a blue and black checked shirt open over a grey t-shirt with dark blue jeans", who="he"),
        Q.material("flannel"),
        details("shirt", "buffalo checks in blue and black, two chest pockets with flaps and button cuffs"),
        describe("shirt", "a grey shirt with a grey t-shirt and blue jeans", "other_garment_color"),
        title="Roadster Men Blue & Black Checked Flannel Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey tee with a black Reebok delta logo, front view only, black training shorts, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and three-point shorts. Her T-shirt is "
            "with cotton fabric and its neckline is round.",
            "pronoun",
        ),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        details(
            "t-shirt",
            "The t-shirt has reflective strips on the back and mesh panels under the arms for ventilation",
            "unsupported",
        ),
        wearing("grey reebok t-shirt, black shorts", who="he"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "the t-shirt is described as a t-shirt", "restated"),
        title="Reebok Men Grey Training T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: cream shirt with thin brown stripes, full sleeves, pointed collar, tucked into light-blue jeans, white
    # backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-031",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers the gentleman wears are of long length with denim fabric."
        ),
        color_of("shirt", "blue", "contradiction"),
        color_of("jeans", "light blue", kind="open"),
        describe("shirt", "cream colored shirt with thin brown stripes long sleeves and a pointed collar"),
        details("shirt", "The shirt has details.", "restated"),
        Q.sleeve_length("long sleeve"),
        wearing("a light blue striped shirt and light blue jeans", "other_garment_color", who="he"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon tee with a white-and-grey "NYC 1986" varsity print, blue jeans ripped at the knees, no
    # accessories, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-032",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and long trousers. The T-shirt is with cotton "
            "fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "maroon"),
        color_of("jeans", "blue"),
        describe("t-shirt", "The t-shirt is maroon with a nyc 1986 print in white and grey letters on the front"),
        details("jeans", "ripped at the knees with a faded blue wash and a five-pocket style"),
        wearing(
            "He is wearing a blue t-shirt with white letters and blue ripped jeans", "other_garment_color", who="he"
        ),
        title="Locomotive Men Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black full-sleeve shirt, sleeves rolled, light-grey jeans, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-033",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears long trousers with denim fabric."
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe(
            "shirt",
            "black shirt black shirt black shirt black shirt black shirt black shirt black shirt black shirt black "
            "shirt black shirt black shirt black shirt black shirt black shirt black",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "Question: What are the shirt details? Answer:", "leak"),
        wearing("The person is wearing a black shirt and grey jeans."),
        title="Jack & Jones Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: neon lime running tee (short sleeves) with a black reflective print on the chest, black running shorts,
    # no cap, no watch, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-034",
        caption(
            "This man wears a sleeveless T-shirt with graphic patterns and three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            "contradiction",
        ),
        Q.sleeve_length("short sleeve"),
        color_of("t-shirt", "green"),
        color_of("shorts", "black", kind="open"),
        describe("t-shirt", "A bright lime green t-shirt with a black print on the chest"),
        wearing(
            "The man is wearing a neon green t-shirt and black shorts. He is also wearing a black cap and a smartwatch",
            "unsupported",
            who="he",
        ),
        details("t-shirt", "the t-shirt", "non_answer"),
        title="HRX by Hrithik Roshan Men Lime Green Printed Running T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: lavender full-sleeve formal shirt tucked into dark navy jeans, brown belt, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears long trousers with denim fabric. There is a belt."
        ),
        color_of("shirt", "purple"),
        describe("shirt", "The shirt is light purple with long sleeves, buttoned cuffs and a spread collar"),
        details("shirt", "She has a belt and the shirt is tucked in", "pronoun"),
        color_of("jeans", "navy blue"),
        is_a("shirt", "yes"),
        wearing("He is wearing a navy blue shirt and navy blue jeans", "other_garment_color", who="he"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: red-black-white plaid western shirt with pearl snaps and pointed front yokes, long sleeves, blue jeans,
    # white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-036",
        caption(
            "The gentleman is wearing a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The trousers are long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        Q.color("red"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue"),
        describe("shirt", "red checked western shirt with pearl snap buttons and pointed yokes on the front"),
        wearing("a red plaid shirt, jeans and a cowboy hat", "unsupported", who="he"),
        details(
            "shirt",
            "the pearl snaps, the yoke, the cuffs, the pearl snaps, the yoke, the cuffs, the pearl snaps, the yoke, "
            "the cuffs, the pearl",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: black tee with a small white Puma logo, grey melange track pants, white sneakers, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-037",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric."
        ),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        color_of("track pants", "grey"),
        wearing(
            "He is wearing He is wearing He is wearing He is wearing He is wearing He is wearing He is wearing He is "
            "wearing He is",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "The T-shirt has pure color patterns. The T-shirt has pure color patterns. The T-shirt has pure color "
            "patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white short-sleeve camp-collar shirt with a green palm-leaf print, navy shorts, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-038",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "white"),
        color_of("shorts", "navy blue"),
        describe("shirt", "The shirt is white with a green palm leaf print, short sleeves and a camp collar"),
        details(
            "shirt",
            "The shirt is made of pure silk and has mother of pearl buttons with a matching pocket square",
            "unsupported",
        ),
        Q.pattern("printed"),
        wearing("a white shirt with navy shorts and a navy shirt", "contradiction", who="he"),
        title="Moda Rapido Men White Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange polo with navy tipping on collar and sleeves, two-button placket, small navy logo,
    # dark-blue jeans, white backdrop; the feed row has no gender; caption adapter e3 (caption, open), reference
    case(
        "X912-039",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "navy blue", "contradiction"),
        color_of("jeans", "dark blue", kind="open"),
        details(
            "t-shirt", "navy tipping on the collar and sleeves, a two button placket and a small navy logo on the chest"
        ),
        Q.garment_type("polo shirt"),
        wearing("a dark blue polo shirt and dark blue jeans", "other_garment_color"),
        describe(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with pure color patterns and long trousers. The T-shirt is with "
            "cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Solid Grey Melange Polo Tshirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: full-sleeve shirt that reads deep maroon/wine (the seller calls it Brown), light-blue jeans, white
    # backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-040",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers are of long length. The trousers are with denim fabric."
        ),
        color_of("shirt", "maroon"),
        wearing("a blue shirt and blue jeans", "other_garment_color", who="he"),
        describe("shirt", "dark red shirt with long sleeves and a collar, buttoned up"),
        details(
            "shirt",
            "Details: Question: What are the shirt details? Answer: the shirt has a collar and long sleeves",
            "leak",
        ),
        material("linen blend with a subtle slub texture", "unsupported"),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: sky-blue tee with a white "FM" logo print on the chest, ribbed round neck, grey denim shorts with a
    # turned-up hem, white backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-041",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue"),
        color_of("shorts", "grey"),
        describe(
            "t-shirt",
            "The T-shirt is sky blue with a white FM logo printed on the chest, short sleeves, a ribbed round neck "
            "and a straight hem with a",
            "cut",
            hit_limit=True,
        ),
        wearing("Yes.", "non_answer", who="he"),
        details("shorts", "The shorts are grey denim with a turned up hem"),
        Q.pattern("solid", "contradiction"),
        title="Flying Machine Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive short-sleeve shirt with a spread collar and a chest pocket, black track pants, white backdrop;
    # the feed row has no category; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-042",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "green"),
        color_of("track pants", "olive", "contradiction", kind="open"),
        describe("shirt", "olive green shirt with short sleeves, a chest pocket and a mandarin collar", "unsupported"),
        wearing("an olive shirt and black track pants", who="he"),
        Q.sleeve_length("short sleeve"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve shirt with pure color patterns and long trousers. The shirt is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Olive Solid Casual Shirt",
        color="Olive",
        gender="Men",
    ),
    # photo: white polo with a black swoosh on the chest, navy shorts, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-043",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and three-point shorts. The "
            "T-shirt is with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("t-shirt", "white"),
        color_of("shorts", "white", "contradiction", kind="open"),
        details(
            "t-shirt",
            "the collar and the swoosh on the chest, the collar and the swoosh on the chest, the collar and the "
            "swoosh on the",
            "loop",
            hit_limit=True,
        ),
        wearing("Her outfit is a white polo shirt and navy shorts", "pronoun", who="he"),
        Q.garment_type("polo shirt"),
        is_a("t-shirt", "no", "contradiction"),
        describe("t-shirt", "navy polo shirt with a white swoosh on the chest", "other_garment_color"),
        title="Nike Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal full-sleeve shirt, sleeves rolled and held by button tabs, two flap chest pockets, curved hem,
    # black jeans, light grey backdrop; caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "grey"),
        color_of("jeans", "black"),
        describe("shirt", "It is a charcoal shirt with rolled sleeves and button tabs to hold them up"),
        details("shirt", "two flap pockets on the chest and a curved hem"),
        wearing("a black shirt with black jeans", "other_garment_color", who="he"),
        material("100% organic cotton from certified farms, pre-washed for a soft feel", "unsupported"),
        title="Wrangler Men Charcoal Grey Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: dusty pink tee with a small white print on the left chest, light-blue jeans, white backdrop;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-045",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns. The trousers are with denim "
            "fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "pink"),
        color_of("jeans", "light blue"),
        describe("t-shirt", "dusty pink t-shirt with a small white print on the left chest"),
        wearing("a pink t-shirt", who="he"),
        material("cotton"),
        details("t-shirt", "The t-shirt has a round neck and a large floral print all over the back", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Roadster Men Pink Printed Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: blue-and-navy check short-sleeve shirt, khaki shorts, white backdrop; the feed row has no gender;
    # caption adapter e3 (caption, open), reference engine (closed)
    case(
        "X912-046",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("shirt", "The shirt details are a shirt with details", "restated"),
        wearing("A blue checked shirt with beige shorts Question: Describe the shirt. Answer: The shirt is", "leak"),
        is_a("shirt", "yes"),
        describe("shirt", "blue and navy checked shirt with short sleeves and a collar"),
        title="Highlander Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
]
