"""BLIND_1014 (46 products; Myntra men's bottoms with tops, base BLIP-2): written blind in the fifty-eighth session.
Measured blind at f4651f6 (the session's sixth rules): 110/132 failures found (83.3%) and 4/183 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: a Myntra-like men's bottomwear feed: jeans, chinos (filed as Trousers by the sellers), formal and casual
trousers, chino, denim, cargo and sweat shorts. Catalog photos on a white, grey or beige backdrop, the model wearing
the product with a t-shirt, polo, shirt or an open shirt over a tee, shoes, sometimes a belt; mostly front views,
one back view and one side view. Catalog columns as the feed has them: title, category (article_type), color
(base_colour) and gender; a few rows lack the category or the color column, one lacks gender.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy, with no
adapter. The caption is unprompted free generation (50 new tokens); open answers are free generation under
"Question: ... Answer:" (30 new tokens, stopping on newline); closed answers come from enrich's --engine reference,
which picks one candidate value, so they never loop or stop short. The base model's habits: short lowercase
captions ("a man in blue jeans and a white t-shirt"), the top garment's color or pattern given to the bottom
(the shirt dominates the frame), any blue trousers called "jeans", invented construction details (back pockets,
button fly, drawstrings, fabric blends) it cannot see, now and then "she" for a long-haired male model, one word
for an open question, an echo of the question, the "Question: ... Answer:" format continued, and on the long
"Describe"/"details" prompts a run to the token limit, either looping on a phrase or cut mid-sentence.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color is off (a "Brown" chino that photographs olive), the answer that
  matches the photo is correct.
- A shade in the same color family as the seller's color is correct: navy for Navy Blue, beige for Khaki, white
  for Cream, red for Maroon, grey for Charcoal. Near-black charcoal jeans called "black" I counted correct (the
  photo reads black); teal chinos called "green" I counted correct (teal sits between green and blue).
- An open answer that gives the product the color of the tee or shirt worn with it is other_garment_color; a
  closed answer (reference engine) that picks the top's color, pattern or type is contradiction, since the
  definition of other_garment_color is for open answers.
- A closed sleeve-length answer for a bottom ("long sleeves", from the shirt) is contradiction: it describes
  another garment.
- An open details/description answer that attributes the top's features (collar, chest logo, check pattern) to the
  bottom is contradiction.
- Calling chinos or formal trousers "jeans" in a caption or answer is contradiction (the seller's type disagrees);
  "pants" for trousers or chinos is correct. A wash or shade clearly off the photo ("dark wash" for mid-blue jeans)
  is contradiction.
- Invented details the photo cannot show (back pockets in a front view, a drawstring under an untucked shirt, a
  fabric blend or fiber the title does not give and the photo cannot show) are unsupported. "denim" for jeans and
  "cotton" for chinos or denim I counted supported; a material that belongs to the top, or contradicts the title
  (cotton for Dri-FIT), is unsupported.
- One label per text, the most visible failure: a text that runs to the limit while looping is loop; one cut
  mid-sentence at the limit is cut even if it also invents a detail; a text that carries the "Question:/Answer:"
  format is leak whatever else it says.
- A one-word answer, or the garment's name alone, to Describe/details is non_answer; an answer that only echoes the
  question's words ("the details of the shorts") is restated.
- "she"/"her"/"a woman" for a Men's row is pronoun. A neutral answer to a prompt that itself says "she" is correct.
- Loops and cuts always ran to the token limit (hit_limit=True): the base model stops on newline otherwise.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")

BLIND_1014 = [
    # photo: mid-blue skinny jeans, plain white crew-neck tee, white sneakers, white backdrop, front view;
    # all texts by base blip2-opt-2.7b zero-shot, closed answers by the reference engine
    case(
        "X1014-001",
        caption("a man in blue jeans and a white t-shirt"),
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are blue and have a skinny fit"),
        Q.material("denim"),
        details(
            "jeans", "the jeans have a zipper fly and a button, and a small logo on the back pocket", "unsupported"
        ),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim jeans, grey melange crew-neck tee, black sneakers, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1014-002",
        caption("a man wearing black jeans and a grey t-shirt"),
        Q.color("grey", "contradiction"),
        color_of("jeans", "black"),
        wearing(
            "grey t-shirt and black jeans, grey t-shirt and black jeans, grey t-shirt and black jeans, grey t-shirt",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "the jeans are grey and slim fit", "other_garment_color"),
        Q.garment_type("jeans"),
        details("jeans", "they are stretchable and made of a cotton and lycra blend", "unsupported"),
        title="HIGHLANDER Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy chino shorts, white shirt with thin navy vertical stripes, half sleeves, untucked and covering the
    # waistband, brown loafers, white backdrop, front view cropped at the chin; base model zero-shot
    case(
        "X1014-003",
        caption("a man in navy shorts and a striped shirt"),
        wearing("a striped shirt and blue shorts", who="he"),
        color_of("shorts", "navy blue"),
        Q.pattern("striped", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        describe("shorts", "they are navy blue chino shorts with slanted side pockets"),
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers, light blue formal shirt tucked in, black belt, black oxfords, white
    # backdrop, full-length front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-004",
        caption("a man in a blue shirt and grey pants standing in front of a white wall"),
        color_of("pants", "grey"),
        wearing("a blue shirt, grey pants and black shoes"),
        Q.color("light blue", "contradiction"),
        describe("pants", "the pants are grey and they are made of wool", "unsupported"),
        is_a("pair of trousers", "yes"),
        fit("slim"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("pants", "the pants are light blue with a black belt", "other_garment_color"),
        title="Arrow Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: light-wash blue slim jeans, mild abrasion on the thighs and a small rip at the right knee, black tee
    # with a white text print, white sneakers, white backdrop, front view; base model zero-shot
    case(
        "X1014-005",
        caption("a man wearing ripped jeans and a black t-shirt"),
        wearing("a black shirt and jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "the jeans have a rip on the knee and are faded"),
        describe(
            "jeans",
            "the jeans are light blue and have a distressed look with rips on the knees and a black leather patch",
            "unsupported",
        ),
        Q.material("cotton"),
        title="WROGN Men Blue Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy pique polo t-shirt, white sneakers, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1014-006",
        caption("a man in khaki pants and a navy polo shirt"),
        color_of("chinos", "beige"),
        wearing("a blue polo shirt and khaki pants"),
        describe("chinos", " ".join(["khaki"] * 30), "loop", hit_limit=True),
        Q.garment_type("trousers"),
        Q.pattern("solid"),
        details("chinos", "navy blue with a slim fit", "other_garment_color"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: mid-blue washed denim shorts with rolled hems, white tee with a red graphic print, flip-flops, white
    # backdrop, three-quarter view; the model has shoulder-length hair; base model zero-shot
    case(
        "X1014-007",
        caption("a man wearing denim shorts and a white t-shirt with a red design"),
        wearing("she is wearing a white t-shirt and denim shorts", "pronoun"),
        color_of("shorts", "blue"),
        details("shorts", "the shorts have rolled up cuffs and a faded wash"),
        describe("shorts", "the shorts are white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        Q.material("cotton and polyester", "unsupported"),
        title="Flying Machine Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark indigo slim jeans, white oxford shirt tucked in, brown belt, tan boots, white backdrop, front view;
    # the row lacks the color column; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-008",
        caption("a man in a white shirt and dark jeans"),
        Q.color("navy blue"),
        wearing("a white shirt, a brown belt and jeans"),
        details(
            "jeans",
            "dark blue denim with a slim fit Question: What is the color of the shirt? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim"),
        fit("slim"),
        describe("jeans", "dark blue jeans with a button fly and copper rivets", "unsupported"),
        title="Levis Men 511 Slim Fit Dark Blue Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: navy formal trousers with a faint tonal windowpane check, white shirt tucked in, black belt, black shoes,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-009",
        caption("a man wearing a white shirt and blue jeans", "contradiction"),
        Q.pattern("solid", "contradiction"),
        color_of("trousers", "navy blue"),
        wearing("a white shirt and navy blue trousers"),
        describe("trousers", "the trousers are navy blue with a subtle check pattern and a flat front"),
        Q.color("white", "contradiction"),
        Q.material("wool blend", "unsupported"),
        details("trousers", "the trousers details are the trousers", "restated"),
        title="Louis Philippe Men Navy Blue Regular Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive cargo shorts with flap side pockets, black crew-neck tee left untucked over the waistband, black
    # sneakers, white backdrop, front view; base model zero-shot
    case(
        "X1014-010",
        caption("a man in green cargo shorts and a black t-shirt"),
        color_of("shorts", "olive"),
        wearing("a black tshirt and green shorts"),
        details("shorts", "cargo pockets on the sides with flaps and a drawstring at the waist", "unsupported"),
        describe("shorts", "the shorts are black and have a lot of pockets", "other_garment_color"),
        Q.material("cotton"),
        Q.garment_type("trousers", "contradiction"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey slim jeans, white tee under an open red-and-black checked flannel shirt, white sneakers, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-011",
        caption("a man in grey jeans and a red plaid shirt"),
        wearing("a plaid shirt, a white t-shirt and grey jeans"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        Q.pattern("checked", "contradiction"),
        describe("jeans", "plain grey slim fit jeans"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans", "the jeans have a button and zipper, five pockets and a red tab on the back pocket", "unsupported"
        ),
        title="Mufti Men Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: olive slim chinos with cuffed hems, white linen shirt with rolled sleeves, untucked, tan loafers, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-012",
        caption("a man wearing green pants and a white shirt"),
        color_of("chinos", "olive"),
        wearing("he is wearing a white shirt and green pants", who="he"),
        describe("chinos", "the chinos are olive green and are rolled up at the bottom"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("linen", "unsupported"),
        details("chinos", "the chinos are white", "other_garment_color"),
        title="United Colors of Benetton Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: beige regular formal trousers, pale pink formal shirt tucked in, brown belt, brown shoes, grey backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-013",
        caption("a man in a pink shirt and beige pants standing against a grey wall"),
        color_of("trousers", "pink", "other_garment_color", kind="open"),
        wearing("a pink shirt and beige pants"),
        describe(
            "trousers",
            "the trousers are beige and have pleats in the front, they are made of cotton and have a zip fly and a "
            "hook and eye closure at the waist and two",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.color("beige"),
        details(
            "trousers",
            "beige Question: What is the color of the shirt? Answer: pink Question: What is the color of the belt? "
            "Answer: brown",
            "leak",
            hit_limit=True,
        ),
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black athletic shorts with a white swoosh on the left leg, grey Nike training tee, black trainers, white
    # backdrop, front view; base model zero-shot
    case(
        "X1014-014",
        caption("a man in black shorts and a grey t-shirt"),
        color_of("shorts", "black"),
        wearing("he is wearing a grey shirt and black shorts"),
        details(
            "shorts",
            "the shorts have a white nike logo on the left leg and an elastic waistband, and there are two side "
            "pockets and a small zip pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        describe("shorts", "shorts", "non_answer"),
        title="Nike Men Black Solid Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: dark navy skinny jeans, mustard yellow crew-neck tee, white sneakers, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1014-015",
        caption("a man in a yellow shirt and blue jeans"),
        Q.color("yellow", "contradiction"),
        color_of("jeans", "blue"),
        wearing("a yellow t-shirt and blue jeans"),
        describe("jeans", "The jeans are navy blue skinny jeans."),
        details(
            "jeans",
            "the jeans are skinny jeans, the jeans are skinny jeans, the jeans are skinny jeans, the jeans are skinny",
            "loop",
            hit_limit=True,
        ),
        title="Spykar Men Navy Blue Skinny Fit Low-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy slim chinos, white shirt with blue vertical stripes tucked in, brown belt, white sneakers, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-016",
        caption("a man wearing a striped shirt and blue jeans", "contradiction"),
        color_of("chinos", "navy blue"),
        Q.pattern("striped", "contradiction"),
        wearing("a blue and white striped shirt, navy pants and white shoes"),
        describe("chinos", "Answer: the chinos are navy blue and slim fit", "leak"),
        is_a("pair of jeans", "no"),
        details("chinos", "blue and white stripes", "other_garment_color"),
        title="Mast & Harbour Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black slim formal trousers with a pressed crease, white formal shirt tucked in, black belt, black shoes,
    # white backdrop, front view; base model zero-shot (the "she" prompt is the questionnaire's own wording)
    case(
        "X1014-017",
        caption("a man in a white shirt and black pants"),
        Q.color("black"),
        wearing("a white shirt and black pants", who="she"),
        details("trousers", "the trousers have a crease in the front and a slim fit"),
        describe("trousers", "black", "non_answer"),
        fit("slim"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        Q.material("wool", "unsupported"),
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: beige chino shorts, white crew tee under an open light-blue denim shirt, brown sandals, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-018",
        caption("a man in a denim shirt and beige shorts"),
        wearing("a denim shirt, a white t-shirt and khaki shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        Q.garment_type("shorts"),
        describe("shorts", "they are beige shorts that reach just above the knee"),
        Q.material("denim", "unsupported"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: The shorts are beige and have two side pockets.",
            "leak",
        ),
        title="Jack & Jones Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: medium-blue regular jeans, white shirt with thin navy stripes, sleeves rolled, untucked, brown shoes,
    # white backdrop, front view; the male model has long hair tied back; base model zero-shot
    case(
        "X1014-019",
        caption("a woman in blue jeans and a white shirt", "pronoun"),
        wearing("a white shirt and blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "her jeans are blue and they are straight leg", "pronoun"),
        details("jeans", "regular fit with a straight leg and a mid rise waist"),
        Q.pattern("solid"),
        title="Lee Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon slim chinos, plain white tee, navy sneakers, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1014-020",
        caption("a man in red pants and a white t-shirt"),
        color_of("chinos", "maroon"),
        wearing("a white shirt and red pants"),
        Q.color("white", "contradiction"),
        describe(
            "chinos",
            "the chinos are maroon and slim fit, with a button and zip fly and two back pockets with a button on each",
            "unsupported",
        ),
        is_a("pair of trousers", "yes"),
        details("chinos", "white with a slim fit", "other_garment_color"),
        title="Celio Men Maroon Slim Fit Chinos",
        category="Trousers",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange knit sweat shorts with a white drawstring and a small black Puma cat logo on the left leg,
    # red crew-neck tee, white sneakers, white backdrop, front view; base model zero-shot
    case(
        "X1014-021",
        caption("a man wearing a red t-shirt and grey shorts"),
        color_of("shorts", "grey"),
        wearing("a red shirt and gray shorts"),
        details("shorts", "the shorts have a drawstring waist and a black puma logo on the left leg"),
        describe("shorts", "the shorts are red", "other_garment_color"),
        Q.material("cotton"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Puma Men Grey Melange Solid Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: back view; mid-blue straight jeans, two back pockets with arc stitching, brown leather patch on the
    # waistband, black tee, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-022",
        caption("the back of a man wearing jeans and a black t-shirt"),
        color_of("jeans", "blue"),
        details("jeans", "there is a brown leather patch on the back of the waistband and two back pockets"),
        describe("jeans", "the jeans are black and straight", "other_garment_color"),
        wearing("jeans and a black t-shirt"),
        Q.garment_type("jeans"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Pepe Jeans Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey slim formal trousers with a fine darker-grey glen check, white shirt tucked in, black belt, black
    # shoes, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-023",
        caption("a man in grey checked pants and a white shirt"),
        Q.pattern("checked"),
        color_of("trousers", "grey"),
        wearing("a white shirt and grey pants"),
        describe(
            "trousers",
            "the trousers are grey with a check pattern, they are slim fit and have a flat front and belt loops and "
            "side pockets and a back pocket with",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        details("trousers", "the details of the trousers are the details", "restated"),
        title="Peter England Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: slim chinos that photograph olive-khaki (greenish, not brown as the seller says), black crew-neck tee,
    # white sneakers, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-024",
        caption("a man in olive pants and a black shirt"),
        color_of("chinos", "olive"),
        wearing("a black t-shirt and green pants"),
        describe("chinos", "Question: Describe the chinos. Answer: The chinos are olive green and slim fit.", "leak"),
        Q.garment_type("trousers"),
        Q.color("black", "contradiction"),
        details("chinos", "yes", "non_answer"),
        title="Indian Terrain Men Brown Slim Fit Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: blue-and-white gingham checked cotton shorts, plain white tee, grey slides, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1014-025",
        caption("a man wearing blue plaid shorts and a white t-shirt"),
        Q.pattern("checked"),
        color_of("shorts", "blue and white", kind="open"),
        wearing("a white t-shirt and blue and white checkered shorts"),
        details(
            "shorts",
            "the shorts are checkered, the shorts are checkered, the shorts are checkered, the shorts are "
            "checkered, the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shorts", "the shorts are blue plaid and they are cargo shorts with pockets on the sides", "unsupported"
        ),
        title="Roadster Men Blue Checked Regular Fit Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans with large rips at both knees, white tee with a black band graphic, chunky white
    # sneakers, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-026",
        caption("a man in ripped black jeans and a white t-shirt with a black print"),
        Q.color("black"),
        wearing("a white t-shirt and ripped jeans"),
        describe("jeans", "the jeans are white with holes in the knees", "other_garment_color"),
        details(
            "jeans",
            "the jeans are black skinny jeans with large rips at the knees, a zip fly, a button at the waist, belt "
            "loops, two front pockets and a coin pocket on the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        Q.pattern("printed", "contradiction"),
        title="Kook N Keech Men Black Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy slim formal trousers, light grey shirt tucked in, black belt, black shoes, white backdrop, front
    # view; the row lacks the category column; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-027",
        caption("a man in a grey shirt and blue pants"),
        color_of("trousers", "grey", "other_garment_color", kind="open"),
        wearing("grey shirt and navy pants"),
        Q.garment_type("trousers"),
        describe(
            "trousers",
            "the trousers are navy blue and they have a slim fit, they are made of a polyester viscose blend and "
            "have a flat front with two side pockets and",
            "cut",
            hit_limit=True,
        ),
        fit("slim"),
        details("trousers", "no", "non_answer"),
        title="Blackberrys Men Navy Blue Slim Fit Solid Formal Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red cotton twill shorts with a navy drawstring, navy blue crew-neck tee, white sneakers, white backdrop,
    # front view; the male model has a long fringe; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-028",
        caption("a woman in red shorts and a blue shirt", "pronoun"),
        color_of("shorts", "red"),
        wearing("a blue shirt and red shorts"),
        details("shorts", "the details of the shorts", "restated"),
        describe("shorts", "red shorts with a blue drawstring"),
        Q.color("navy blue", "contradiction"),
        Q.material("polyester", "unsupported"),
        title="Bene Kleed Men Red Solid Regular Fit Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue slim tapered jeans, olive green shirt untucked with rolled sleeves, white sneakers, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-029",
        caption("a man wearing a green shirt and blue jeans"),
        wearing("a green shirt and jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are green", "other_garment_color"),
        fit("slim"),
        Q.material("denim"),
        details("jeans", "the jeans have a dark wash", "contradiction"),
        title="Flying Machine Men Blue Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki standard-fit chinos, blue-and-white gingham shirt tucked in, brown belt, brown shoes, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-030",
        caption("a man in a blue checkered shirt and khaki pants"),
        color_of("chinos", "khaki"),
        Q.pattern("checked", "contradiction"),
        wearing(
            "a blue shirt and khaki pants and a blue shirt and khaki pants and a blue shirt and khaki pants and a blue",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("chinos", "the chinos are blue", "other_garment_color"),
        details("chinos", "the chinos have pleats at the front and cuffs at the bottom", "unsupported"),
        Q.garment_type("trousers"),
        title="Dockers Men Khaki Standard Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: cream linen trousers, loose fit, light blue linen shirt untucked covering the waistband, tan sandals,
    # white backdrop, front view; base model zero-shot
    case(
        "X1014-031",
        caption("a man in a blue shirt and white pants"),
        color_of("trousers", "white"),
        Q.material("linen"),
        wearing("a light blue shirt and white pants"),
        describe("trousers", "the trousers are loose fitting and are made of linen"),
        details("trousers", "they have an elastic waistband with a drawstring", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="SOJANYA Men Cream-Coloured Solid Regular Fit Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: grey washed denim shorts with plain folded hems, black half-sleeve shirt with small white polka dots,
    # black sneakers, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-032",
        caption("a man in a black shirt and grey denim shorts"),
        color_of("shorts", "black", "contradiction"),
        wearing("a black polka dot shirt and grey shorts"),
        details("shorts", "the shorts are made of denim and have frayed edges", "unsupported"),
        describe("shorts", "grey denim shorts with a faded wash"),
        is_a("pair of shorts", "yes"),
        Q.pattern("polka dots", "contradiction"),
        title="Wrangler Men Grey Solid Denim Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with light whiskering on the thighs, white tee under an open light-blue denim shirt,
    # black boots, white backdrop, front view; base model zero-shot
    case(
        "X1014-033",
        caption("a man wearing a denim shirt and jeans"),
        wearing("a white t-shirt, a denim shirt and blue jeans"),
        color_of("jeans", "blue"),
        describe(
            "jeans",
            "the jeans are blue, the shirt is blue, the jeans are blue, the shirt is blue, the jeans are blue, the "
            "shirt is blue",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        details("jeans", "slightly distressed on the thighs with whiskering"),
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: coffee-brown slim formal trousers, cream shirt tucked in, brown belt, brown shoes, beige backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-034",
        caption("a man in brown pants and a white shirt"),
        Q.color("brown"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        wearing("she is wearing a white shirt and brown pants", "pronoun"),
        describe("trousers", "brown trousers with a flat front and belt loops"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("trousers", "pants", "non_answer"),
        title="Raymond Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: navy-and-white vertical striped seersucker shorts, white pique polo with a small navy chest logo, white
    # sneakers, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-035",
        caption("a man in a white polo shirt and striped shorts"),
        Q.pattern("striped"),
        color_of("shorts", "navy blue and white", kind="open"),
        wearing("a white polo shirt and blue and white striped shorts"),
        details("shorts", "a small logo on the chest and a collar with two buttons", "contradiction"),
        describe(
            "shorts",
            "the shorts are navy blue and white striped shorts with a drawstring waist and two side pockets, they "
            "are made of a lightweight cotton fabric and they are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        title="U.S. Polo Assn. Men Navy Blue & White Striped Regular Fit Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: light-blue relaxed jeans, black-and-white horizontally striped tee, white sneakers, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-036",
        caption("a man in a black and white striped shirt and jeans"),
        color_of("jeans", "light blue"),
        Q.pattern("striped", "contradiction"),
        wearing("a striped shirt and jeans"),
        describe("jeans", "the jeans are black and white", "other_garment_color"),
        details("jeans", "jeans", "non_answer"),
        title="Bene Kleed Men Blue Relaxed Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: dark teal slim chinos, plain white shirt with rolled sleeves, front tucked, brown loafers, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-037",
        caption("a man in a white shirt and green pants"),
        color_of("chinos", "green"),
        wearing("a white shirt and teal pants"),
        describe("chinos", "they are slim fit chinos in a dark teal color"),
        Q.color("white", "contradiction"),
        is_a("pair of chinos", "yes"),
        Q.material("cotton"),
        details("chinos", "the chinos are white and slim fit", "other_garment_color"),
        title="HERE&NOW Men Teal Slim Fit Solid Chinos",
        category="Trousers",
        color="Teal",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap side pockets, white crew-neck tee, black sneakers, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-038",
        caption("a man wearing cargo pants and a white t-shirt"),
        color_of("trousers", "olive green"),
        wearing("Answer: a white t shirt and green cargo pants", "leak"),
        details("trousers", "the pants have pockets, " + "pockets, " * 12, "loop", hit_limit=True),
        describe("trousers", "white", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Highlander Men Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy shorts with a green and pink tropical leaf print, plain white tee, white slides, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-039",
        caption("a man in a white t-shirt and floral shorts"),
        Q.pattern("floral"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        wearing("a white t-shirt and shorts with a leaf print"),
        describe("shorts", "the shorts are navy blue with pink and green leaves"),
        Q.color("multicolor"),
        details("shorts", "the shorts are made of a lightweight quick dry fabric", "unsupported"),
        title="Mast & Harbour Men Multicoloured Tropical Print Regular Fit Shorts",
        category="Shorts",
        color="Multi",
        gender="Men",
    ),
    # photo: dark blue regular jeans, maroon henley tee, brown boots, white backdrop, front view; the male model has
    # long hair and a beard; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-040",
        caption("a man in a maroon shirt and blue jeans"),
        wearing("she is wearing a red shirt and blue jeans", "pronoun", who="he"),
        color_of("jeans", "navy blue"),
        describe(
            "jeans",
            "The jeans are a dark wash with a regular fit, and the shirt is maroon with buttons at the neck. The jeans "
            "are a dark wash with a regular fit, and the shirt is",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans have whiskering and fading at the thighs", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: royal blue slim casual trousers, white tee with a navy chest pocket, white sneakers, white backdrop,
    # front view; the row lacks the category column; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-041",
        caption("a man wearing a white shirt and blue jeans", "contradiction"),
        Q.color("blue"),
        wearing("a white t-shirt and blue trousers"),
        describe("trousers", "Question: Describe the trousers. Answer:", "leak"),
        details("trousers", "the trousers have details", "restated"),
        Q.garment_type("jeans", "contradiction"),
        Q.material("cotton stretch", "unsupported"),
        title="Allen Solly Men Blue Slim Fit Solid Casual Trousers",
        color="Blue",
        gender="Men",
    ),
    # photo: bottle-green cotton shorts, black-and-white checked half-sleeve shirt untucked, white sneakers, white
    # backdrop, front view; the male model has shoulder-length curly hair; base model zero-shot, closed answers by
    # the reference engine
    case(
        "X1014-042",
        caption("a man wearing a black and white checkered shirt and green shorts"),
        color_of("shorts", "green"),
        wearing("she is wearing a plaid shirt and green shorts", "pronoun"),
        Q.pattern("checked", "contradiction"),
        details("shorts", "the shorts are green with a black and white check pattern", "contradiction"),
        describe(
            "shorts",
            "the shorts are green and they have a regular fit, they are made of cotton and they have a zip fly with a "
            "button and two side pockets and a back pocket with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="Allen Solly Men Green Solid Regular Fit Shorts",
        category="Shorts",
        color="Green",
        gender="Men",
    ),
    # photo: charcoal slim jeans that read near-black, white shirt untucked, black sneakers, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-043",
        caption("a man in a white shirt and black jeans"),
        Q.color("grey"),
        wearing(
            "white shirt, dark jeans and black shoes Question: What is the color of the jeans? Answer: black", "leak"
        ),
        describe("jeans", "the jeans are dark grey and they are slim fit"),
        details(
            "jeans",
            "The jeans have a zipper and a button on the front and a pocket on each side. The jeans also have a "
            "pocket on the back. The jeans also have",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Roadster Men Charcoal Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard yellow slim chinos, navy blue crew-neck tee, white sneakers, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X1014-044",
        caption("a man in yellow pants and a blue t-shirt"),
        color_of("chinos", "navy blue", "contradiction"),
        wearing("a blue shirt and yellow pants"),
        describe("chinos", "the chinos are mustard yellow and slim"),
        details("chinos", " ".join(["the"] * 30), "loop", hit_limit=True),
        Q.garment_type("trousers"),
        Q.material("corduroy", "unsupported"),
        title="Basics Men Mustard Slim Fit Chinos",
        category="Trousers",
        color="Mustard",
        gender="Men",
    ),
    # photo: side view; khaki regular formal trousers, white-and-lavender striped shirt tucked in, brown belt, tan
    # shoes, white backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X1014-045",
        caption("a man in a striped shirt and khaki pants standing sideways"),
        color_of("trousers", "khaki"),
        wearing("a striped shirt and beige pants"),
        describe("trousers", "the trousers are purple and white", "other_garment_color"),
        details("trousers", "What are the trousers details?", "restated"),
        Q.pattern("solid"),
        fit("regular"),
        Q.material("polyester", "unsupported"),
        title="John Players Men Khaki Regular Fit Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: dark blue denim shorts with a frayed hem and a small rip on the left thigh, grey marl tee with a black
    # logo print, white sneakers, white backdrop, front view; the row lacks gender; base model zero-shot
    case(
        "X1014-046",
        caption("a man in a grey t-shirt and denim shorts"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        wearing("what is the person wearing", "restated"),
        details("shorts", "the shorts have a frayed hem and a small rip on the left thigh"),
        describe(
            "shorts",
            "dark blue denim shorts with a frayed hem and a small rip on the left thigh, they have a button and zip "
            "fly and five pockets and the back pockets have a",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Calvin Klein Jeans Men Navy Blue Distressed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
]
