"""BLIND_849 (46 products; Myntra men's tees and shirts with jeans, shorts or track pants, caption adapter epoch 3):
written blind in the fifty-sixth session. Measured blind at 2a72e81 (the session's fourth rules): 115/123 failures found
(93.5%) and 6/167 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article_type Tshirts or Shirts, the seller's base_colour and product title,
gender Men) whose photos show a male model on the usual white studio backdrop, front view, wearing the product with
jeans, denim or chino shorts, or track pants/joggers; some shirts are worn open over a t-shirt, a few models hold a
prop (water bottle, sunglasses). Old-style titles ("Probase Men Solid Maroon Tshirts") and new-style titles
("Roadster Men Navy Blue Solid Round Neck T-shirt") both occur. One row lacks gender, another category.

Who wrote what: every caption and every open answer is free generation by blip2-opt-2.7b with the caption adapter
at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers.
It writes the DeepFashion-MultiModal template ("The gentleman wears a short-sleeve T-shirt with pure color
patterns. The T-shirt is with cotton fabric. It has a crew neckline."), says "three-point length" for shorts,
"lattice" for checks, "lapel" for any collar, often "The lady" for a man, and was trained with no end token, so it
loops or runs into the limit; often it answers a question with a piece of that template. Hues come from the base
model's memory, so they show up in short answers more than in captions. Closed answers (garment_type, color,
pattern, sleeve_length, the color_of questions unless marked open, the is_a questions) come from enrich's
`--engine reference`, which picks one candidate value scored with the same adapter.

Labeling conventions and judgement calls:
- One label per text: the failure a reviewer would name first. A loop that also gives a wrong color is a loop;
  a leak that ran into the limit is a leak (hit_limit=True); a cut text is one that stopped mid-sentence at the limit.
- hit_limit=True on every loop and cut, and on leaks that ran on to the limit; never on a correct text.
- The product is the garment in the title. A color of another garment in the photo (jeans, track pants, the white
  t-shirt under an open shirt, the folded tees of a pack) given to the product is other_garment_color, also in
  closed answers and in the caption. The product's color given to the jeans/shorts/track pants, or any other wrong
  color for those, is contradiction (one color for two garments).
- "Is this a t-shirt?"/"Is this a pair of jeans?" are about the product: "yes" to a pair of jeans for a t-shirt
  product, or "yes" to a t-shirt for a shirt worn over a t-shirt, is a contradiction.
- A wrong claim that another text, the title or the category contradicts (sleeve length, pattern, neckline named in
  the title, garment type, shorts called long pants, material named in the title) is contradiction; a detail
  nothing else speaks of and the photo does not show (hat, cap, zip pocket, back print, cufflinks, belt, wool,
  silk, chiffon) is unsupported.
- Material: "cotton" for an ordinary t-shirt or shirt is accepted as correct (not visible but the normal fabric);
  "pique cotton" for a polo and "denim" for a denim shirt are correct; anything exotic is unsupported.
- The seller can be wrong: X849-011 is labeled Brown but the shirt is clearly maroon; "maroon" there is correct.
- Shades count as their group: olive = green, burgundy/maroon = red, lavender = purple, teal/turquoise = blue,
  charcoal = grey, mustard = yellow. "pure color"/"solid color patterns" in a caption is the template's word for
  solid and is correct for a solid garment, a contradiction for a striped, checked, printed or camouflage one.
- An empty answer (the model emitted a newline at once), a template sentence with no hue given to a color question,
  a one-word answer to describe, and an answer that only hands the question's words back ("they are shorts") are
  non_answer; a longer sentence built from the question's
  own words ("The shirt details are the details of the shirt...") is restated.
- pronoun: "lady", "she", "her" for a Men row. "The person" or "his" is fine; the row with no gender has none.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_849 = [
    # photo: navy blue solid round-neck tee, light blue faded jeans, hands in pockets, white backdrop, front view;
    # caption adapter epoch 3 wrote the caption and open answers, reference engine the closed ones
    case(
        "X849-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants are with denim fabric."
        ),
        wearing("a navy blue t-shirt and light blue jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "navy blue", "contradiction"),
        details("t-shirt", "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline."),
        B.sleeve_length("short-sleeve"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tee with a black motorcycle print on the chest, black track pants with white side stripes,
    # white sneakers, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The lady wears a long trousers.",
            "pronoun",
        ),
        wearing("a white t-shirt with a motorcycle print and black track pants", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        B.pattern("graphic"),
        describe(
            "t-shirt", "The t-shirt is white with a black graphic print on the front, short sleeves and a round neck."
        ),
        B.material("cotton"),
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue chambray shirt, long sleeves rolled to the elbows, two flap chest pockets, worn untucked
    # with beige chino shorts, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The shorts are of three-point length."
        ),
        wearing("a blue shirt and khaki shorts", who="he"),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "contradiction"),
        is_a("t-shirt", "no"),
        details(
            "shirt",
            "The shirt has long sleeves rolled up to the elbows, a button-down collar and two chest pockets with "
            "flaps. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long-sleeve"),
        title="Highlander Men Blue Slim Fit Solid Casual Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polo tee with a small white embroidered logo, grey melange track pants, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black polo shirt and grey track pants", who="he"),
        B.garment_type("polo shirt"),
        B.color("black"),
        color_of("track pants", "grey"),
        details("t-shirt", "a polo collar with two buttons and a small white logo on the chest"),
        B.material("silk", "unsupported"),
        title="U.S. Polo Assn. Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow tee with a navy "NYC 1987" text print, black jeans ripped at the knees, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-005",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. The neckline of the T-shirt is round."
        ),
        wearing("a yellow t-shirt with a graphic print and black ripped jeans", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "yellow", "contradiction"),
        B.pattern("striped", "contradiction"),
        details("jeans", "they are ripped at the knees"),
        title="Roadster Men Mustard Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red and navy checked shirt worn open over a plain white crew tee, dark blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-006",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. There is "
            "a T-shirt under the shirt. The pants are with denim fabric."
        ),
        wearing("a red and blue plaid shirt over a white t-shirt and jeans", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        B.pattern("checked"),
        details("shirt", "The shirt has long sleeves, a button-down collar, a chest pocket and a hood.", "unsupported"),
        color_of("jeans", "blue"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Roadster Men Red & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange solid crew tee, navy blue track pants, side-on three-quarter view, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The lady wears a long pants.",
            "pronoun",
        ),
        wearing("a grey t-shirt and blue track pants", who="he"),
        color_of("t-shirt", "grey"),
        color_of("track pants", "grey", "contradiction"),
        B.sleeve_length("short-sleeve"),
        details("track pants", "The track pants details are the details of the track pants he is wearing.", "restated"),
        title="Proline Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive green long-sleeve henley tee with a three-button placket, mid-blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-008",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a henley neckline with three buttons. The pants this man wears is of long length. The pants "
            "are with",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive green henley t-shirt and blue jeans", who="he"),
        B.color("blue", "other_garment_color"),
        B.garment_type("t-shirt"),
        B.sleeve_length("long-sleeve"),
        describe(
            "t-shirt",
            "The t-shirt is green with long sleeves and a button placket. It has a chest pocket with a zip.",
            "unsupported",
        ),
        title="HIGHLANDER Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white long-sleeve formal shirt, spread collar, one plain chest pocket (no crest or logo), tucked into
    # blue jeans, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a white shirt and blue jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        color_of("shirt", "white"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "The shirt has a spread collar, a full button placket and a chest pocket with an embroidered crest.",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal crew tee with a small white logo, black sports shorts, black fitness band on the left wrist,
    # white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-010",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is an accessory on "
            "his",
            "cut",
            hit_limit=True,
        ),
        wearing("a teal t-shirt and black shorts", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("shorts", "black"),
        B.pattern("solid"),
        details("shorts", "the shorts are short", "non_answer"),
        describe("t-shirt", "The t-shirt is a teal t-shirt, the t-shirt that he is wearing is a t-shirt.", "restated"),
        title="Puma Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: deep maroon long-sleeve shirt, cuffs buttoned, dark indigo jeans, white backdrop (seller says Brown,
    # the shirt is plainly maroon); caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-011",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers are long with denim fabric."
        ),
        wearing("a maroon shirt and dark blue jeans", who="he"),
        B.color("maroon"),
        color_of("jeans", "maroon", "contradiction"),
        describe("shirt", "a shirt", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material("polyester satin", "unsupported"),
        title="John Miller Men Brown Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: black tee with a neon green "GAME ON" print, grey cuffed joggers, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black t-shirt with green letters and grey joggers", who="he"),
        color_of("t-shirt", "black"),
        color_of(
            "track pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("printed"),
        details(
            "t-shirt",
            "The T-shirt has a round neckline and short sleeves. Question: What is the print? Answer: GAME ON",
            "leak",
        ),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: pink long-sleeve shirt, sleeves rolled, light grey denim shorts, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Her shorts "
            "are of three-point length. The shorts are with denim fabric.",
            "pronoun",
        ),
        wearing("a grey shirt and grey shorts", "other_garment_color", who="he"),
        color_of("shirt", "pink"),
        color_of("shorts", "pink", "contradiction"),
        is_a("shirt", "yes"),
        details(
            "shorts",
            "The shorts are of three-point length. The shorts are with denim fabric. The shorts are of three-point "
            "length. The shorts are",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Pink Solid Tailored Fit Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy and white horizontally striped (breton) crew tee, khaki chino shorts, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The shorts are of three-point length.",
            "contradiction",
        ),
        wearing("a navy and white striped t-shirt and khaki shorts", who="he"),
        B.pattern("striped"),
        B.color("navy blue"),
        color_of("shorts", "white", "contradiction", kind="open"),
        describe(
            "t-shirt",
            "It is a navy blue t-shirt with white horizontal stripes across the chest and the sleeves, a round neck "
            "and a",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sky blue oxford button-down shirt, long sleeves, untucked, dark blue jeans, white sneakers, white
    # backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a light blue shirt and dark blue jeans", who="he"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue"),
        B.material("denim", "unsupported"),
        B.garment_type("shirt"),
        describe("shirt", "shirt", "non_answer"),
        title="Arrow Sport Men Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: orange crew tee with a small white logo, black track pants with an orange side stripe, white
    # backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-016",
        caption(
            "This man wears a black short-sleeve T-shirt with pure color patterns. It has a crew neckline. The pants "
            "are of long length with cotton fabric.",
            "other_garment_color",
        ),
        wearing("an orange t-shirt and black track pants", who="he"),
        B.color("orange"),
        color_of("track pants", "black"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The T-shirt is with cotton fabric. It has a crew "
            "neckline. Question: What",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short-sleeve"),
        title="Puma Men Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: white linen short-sleeve shirt with a mandarin (band) collar, navy blue shorts, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-017",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The shorts are of three-point length.",
            "contradiction",
        ),
        wearing("a white short sleeve shirt and navy blue shorts", who="he"),
        B.material("linen"),
        color_of("shirt", "navy blue", "other_garment_color"),
        color_of("shorts", "navy blue"),
        describe(
            "shirt",
            "The shirt is white with short sleeves and a mandarin collar. It has a curved hem and a single pocket on "
            "the",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men White Linen Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey crew tee with a patch pocket on the left chest, mid-blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants this man wears is of long length."
        ),
        wearing("a dark grey t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        details("t-shirt", "a patch pocket on the left chest"),
        B.pattern("solid"),
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt with Pocket",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: yellow polo tee with navy tipping on the collar, navy chino shorts, bareheaded, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The shorts are of three-point length."
        ),
        wearing("yellow polo shirt with navy blue shorts and a white cap", "unsupported", who="he"),
        B.garment_type("polo shirt"),
        B.color("navy blue", "other_garment_color"),
        color_of("shorts", "navy blue"),
        details("t-shirt", "The t-shirt details are the details on the t-shirt.", "restated"),
        title="Classic Polo Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: olive utility shirt, long sleeves, two flap chest pockets, epaulettes, black jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a black shirt and black jeans", "other_garment_color", who="he"),
        color_of("shirt", "olive"),
        color_of("jeans", "olive", "contradiction"),
        details("shirt", "two flap pockets on the chest, epaulettes on the shoulders and a full button placket"),
        B.sleeve_length("short-sleeve", "contradiction"),
        title="HIGHLANDER Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red crew tee with a white batwing logo print, mid-blue jeans, no watch or other accessory, white
    # backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants are with denim fabric and solid color patterns. There is an accessory on "
            "his",
            "cut",
            hit_limit=True,
        ),
        wearing("a red t-shirt and jeans", who="he"),
        B.color("red"),
        color_of("jeans", "blue", kind="open"),
        describe("t-shirt", "red", "non_answer"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Levis Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: lavender long-sleeve formal shirt, spread collar, tucked into light blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants are with denim fabric."
        ),
        wearing("a purple shirt and blue jeans", who="he"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        describe(
            "shirt",
            "Answer: The shirt is lavender with long sleeves. Question: Describe the jeans. Answer: The jeans are",
            "leak",
            hit_limit=True,
        ),
        title="Arrow Men Lavender Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: grey tee with a black and white city skyline photo print on the front, black track pants, front view
    # only (back not visible), white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-023",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a grey t-shirt with a city print and black track pants", who="he"),
        color_of("t-shirt", "grey with a black and white print", kind="open"),
        color_of("track pants", "black"),
        B.pattern("graphic"),
        details("t-shirt", "a skyline print on the front and a large eagle printed on the back", "unsupported"),
        title="Tantra Men Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with small white polka dots, camp collar, chest pocket, light blue denim
    # shorts, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-024",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shorts are with denim fabric.",
            "contradiction",
        ),
        wearing("a black polka dot shirt and denim shorts", who="he"),
        color_of("shirt", "black"),
        color_of("shorts", "black", "contradiction"),
        B.pattern("printed"),
        details("shirt", "white polka dots all over, short sleeves, a cuban collar and a chest pocket"),
        is_a("shirt", "yes"),
        title="WROGN Men Black Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: pack of three: the model wears the olive tee with blue jeans, a black and a grey tee lie folded beside
    # him, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed); seller color Multi
    case(
        "X849-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants are with denim fabric."
        ),
        wearing("a green t-shirt and blue jeans", who="he"),
        B.garment_type("t-shirt"),
        color_of("t-shirt", "blue", "other_garment_color"),
        describe(
            "t-shirt",
            "a plain olive green t-shirt with a round neck, with a black one and a grey one folded next to it",
        ),
        is_a("t-shirt", "yes"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a crew neckline. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The",
            "loop",
            hit_limit=True,
        ),
        B.material("linen", "unsupported"),
        title="Campbell Men Pack of 3 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: peach (coral-pink) crew tee, navy blue track pants with side pockets (no zips visible), white
    # backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The lady wears a long pants.",
            "pronoun",
        ),
        wearing("a peach t-shirt and navy blue track pants", who="he"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        color_of("track pants", "navy blue"),
        B.material("cotton"),
        details(
            "track pants",
            "white drawstring, elasticated cuffs and two side pockets with zips",
            "unsupported",
        ),
        title="Mast & Harbour Men Peach-Coloured Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: blue and white gingham short-sleeve shirt, button-down collar, one chest pocket, beige shorts,
    # white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-027",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shorts this gentleman wears is of three-point length. The shorts are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checked shirt and beige shorts", who="he"),
        B.pattern("checked"),
        color_of("shirt", "blue"),
        color_of("shorts", "blue and white", "contradiction", kind="open"),
        B.sleeve_length("short-sleeve"),
        describe("shirt", "blue and white gingham checks, short sleeves, a button-down collar and one chest pocket"),
        title="Indian Terrain Men Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: all black: black Dri-FIT crew tee with a white swoosh, black track pants, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-028",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The neckline of the "
            "T-shirt is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black t-shirt and black track pants", who="he"),
        B.color("black"),
        color_of("track pants", "black"),
        B.material("100% cotton jersey", "unsupported"),
        details("t-shirt", "a white swoosh on the chest"),
        describe("t-shirt", "", "non_answer"),
        title="Nike Men Black Solid Dri-FIT Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain white crew tee, no logo or print anywhere, mid-blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants are with denim fabric and solid color patterns."
        ),
        wearing("Answer: a white t-shirt and blue jeans", "leak", who="he"),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt", "white t-shirt with a round neck and a small embroidered logo on the sleeve", "unsupported"
        ),
        title="Jack & Jones Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: rust orange V-neck tee, plain hem, grey jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants are with denim fabric.",
            "contradiction",
        ),
        wearing("a rust orange v-neck t-shirt and grey jeans", who="he"),
        B.color("grey", "other_garment_color"),
        color_of("jeans", "grey"),
        neckline("v-neck"),
        details(
            "t-shirt", "v-neck, short sleeves, a curved hem and side slits at the hem with brass buttons", "unsupported"
        ),
        describe("t-shirt", "The t-shirt is a t-shirt that the man is wearing with the t-shirt.", "restated"),
        title="Roadster Men Rust Orange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: navy blue long-sleeve shirt with a small white leaf print all over, spread collar, patch pocket,
    # mid-blue jeans, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-031",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants are of long length with denim fabric."
        ),
        wearing("a navy blue floral shirt and blue jeans", who="he"),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline.",
            "non_answer",
            kind="open",
        ),
        B.pattern("floral"),
        color_of("jeans", "blue"),
        details(
            "shirt",
            "small white leaf print all over, long sleeves with buttoned cuffs, a spread collar, a curved hem and a "
            "patch pocket on the",
            "cut",
            hit_limit=True,
        ),
        title="HERE&NOW Men Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green pique polo with a small flag logo, ribbed collar and cuffs, grey track pants, white
    # backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The pants are of long length.",
            "pronoun",
        ),
        wearing("a green polo shirt and grey track pants", who="he"),
        B.garment_type("polo shirt"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("short-sleeve"),
        details("t-shirt", "ribbed collar and cuffs, a two-button placket and a small flag logo on the chest"),
        B.material("pique cotton"),
        title="Tommy Hilfiger Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical stripes, long sleeves, dark blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-033",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants are with denim fabric."
        ),
        wearing("a white and blue striped shirt and dark blue jeans", who="he"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        color_of("jeans", "white", "contradiction"),
        B.material("satin", "unsupported"),
        describe(
            "shirt",
            "The shirt is white with thin blue stripes. The shirt is white with thin blue stripes. The shirt is white "
            "with thin",
            "loop",
            hit_limit=True,
        ),
        title="Peter England Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon solid crew tee, black gym shorts, bareheaded, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-034",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. This gentleman wears a hat.",
            "unsupported",
        ),
        wearing("a black t-shirt and black shorts", "other_garment_color", who="he"),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "contradiction"),
        details("shorts", "they are shorts", "non_answer"),
        is_a("t-shirt", "yes"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey washed denim shirt, long sleeves, two flap chest pockets, black jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "pants are with denim fabric. The pants are with denim fabric. The pants are with denim fabric. The pants "
            "are with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey denim shirt and black jeans", who="he"),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        B.material("denim"),
        B.garment_type("jacket", "contradiction"),
        details("shirt", "The shirt details are the details of the denim shirt that the man is wearing.", "restated"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard shirt with navy and white checks, long sleeves, light blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-036",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length."
        ),
        wearing("She is wearing a yellow checked shirt and blue jeans.", "pronoun", who="he"),
        B.color("yellow"),
        color_of("jeans", "Question: What is the color of the jeans? Answer: blue", "leak", kind="open"),
        B.pattern("checked"),
        details("shirt", "The details of the shirt are the shirt details of the checked shirt.", "restated"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black tee with "STAY WILD" in white letters across the chest, light grey joggers, no rings or other
    # jewellery, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed); no gender
    case(
        "X849-037",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a black graphic t-shirt and grey joggers"),
        color_of("t-shirt", "black"),
        color_of("track pants", "black", "contradiction"),
        details(
            "t-shirt",
            "The T-shirt has the words STAY WILD printed in white across the chest, short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("printed"),
        title="Kook N Keech Men Black Typography Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: burgundy full-sleeve crew tee with ribbed cuffs, mid-blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants are with denim fabric.",
            "contradiction",
        ),
        wearing("a maroon long sleeve t-shirt and blue jeans", who="he"),
        B.sleeve_length("long-sleeve"),
        B.color("red"),
        describe(
            "t-shirt",
            "A plain burgundy full-sleeve t-shirt with a round neck, ribbed cuffs and a straight hem that sits just "
            "below the",
            "cut",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        title="Roadster Men Burgundy Solid Round Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: beige long-sleeve shirt worn untucked over navy chino shorts, no belt visible, bare wrists, white
    # backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shorts are of three-point length."
        ),
        wearing("a beige shirt and navy shorts with a brown leather belt and a wrist watch", "unsupported", who="he"),
        B.color("navy blue", "other_garment_color"),
        color_of("shorts", "navy blue"),
        B.sleeve_length("long-sleeve"),
        describe("shirt", "The shirt is a shirt which is worn by the man with the shorts.", "restated"),
        title="Mast & Harbour Men Beige Solid Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: turquoise blue crew tee, grey track shorts with a drawstring and a small logo on the left leg, the
    # model holds a water bottle, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The shorts are of three-point length. There is an accessory in his hand."
        ),
        wearing(
            "a blue t-shirt and grey shorts Question: What is the color of the t-shirt? Answer: blue", "leak", who="he"
        ),
        color_of(
            "t-shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shorts", "grey"),
        details("shorts", "The shorts have an elastic waistband with a drawstring and a small logo on the left leg."),
        title="Puma Men Turquoise Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: colour-block raglan tee, white body with black sleeves, black jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants are with denim fabric."
        ),
        wearing("He is wearing a white t-shirt with black sleeves and black jeans.", who="he"),
        B.color("white"),
        color_of("jeans", "white", "contradiction"),
        B.pattern("color block"),
        details(
            "t-shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men White & Black Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue short-sleeve shirt with a white and green palm leaf print, camp collar, light blue jeans,
    # sunglasses hooked on the placket, white backdrop; caption adapter epoch 3 (caption, open), reference (closed)
    case(
        "X849-042",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has "
            "a lapel neckline. The pants are with denim fabric.",
            "unsupported",
        ),
        wearing("a blue shirt with a palm leaf print, light blue jeans and sunglasses hooked on the shirt", who="he"),
        color_of("shirt", "blue"),
        B.pattern("floral"),
        details(
            "shirt",
            "a tropical leaf print, short sleeves and a camp collar; she has hooked her sunglasses on the front",
            "pronoun",
        ),
        is_a("shirt", "yes"),
        title="HERE&NOW Men Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white polo tee with a small red logo, navy blue track pants with white side stripes, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The pants are of long length."
        ),
        wearing("a white polo t-shirt and navy blue track pants", who="he"),
        color_of("t-shirt", "The T-shirt is white and the pants are white.", "contradiction", kind="open"),
        B.garment_type("polo shirt"),
        describe(
            "t-shirt",
            "white polo t-shirt with a red logo on the chest Question: Describe the track pants. Answer: navy blue "
            "track pants Question",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Nautica Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green and brown camouflage print crew tee, black cargo shorts, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The shorts are of three-point length.",
            "contradiction",
        ),
        wearing("a camouflage t-shirt and black cargo shorts", who="he"),
        B.pattern("camouflage"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("shorts", "black"),
        details(
            "shorts",
            "The shorts are of three-point length. The shorts are of three-point length. The shorts are of",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green & Brown Camouflage Printed T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue shirt with thin white vertical stripes, long sleeves with plain button cuffs (no
    # cufflinks), light blue jeans, white backdrop; caption adapter epoch 3 (caption, open), reference (closed)
    case(
        "X849-045",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long trousers.",
            "pronoun",
        ),
        wearing("a navy blue striped shirt and light blue jeans", who="he"),
        color_of("shirt", "navy blue"),
        color_of("jeans", "light blue", kind="open"),
        details(
            "shirt",
            "The shirt has thin white stripes, long sleeves, a button-down collar and French cuffs with silver "
            "cufflinks",
            "unsupported",
        ),
        B.sleeve_length("short-sleeve", "contradiction"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: coffee brown crew tee with "BROOKLYN" printed in white, mid-blue jeans, white backdrop; row has no
    # category column; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X849-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and blue jeans", "other_garment_color", who="he"),
        color_of("t-shirt", "brown"),
        color_of("jeans", "brown", "contradiction"),
        describe("t-shirt", "t-shirt", "non_answer"),
        B.pattern("printed"),
        title="Tantra Men Printed Brown T-shirt",
        color="Brown",
        gender="Men",
    ),
]
