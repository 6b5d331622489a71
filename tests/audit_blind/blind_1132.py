"""BLIND_1132 (46 products; Myntra men's shirts, tees, jeans, pants; VQA LoRA): written blind in the sixtieth session.
Measured blind at d18a88b (the session's sixth rules): 121/133 failures found (91.0%) and 3/185 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed (Shirts, Tshirts, Jeans, Trousers) of catalog photos on a white or light grey
backdrop, most worn by a male model who also wears other clothes (jeans under a shirt, a shirt tucked into
trousers, a jacket over a tee); some are crops of the lower body. The seller's columns are title, category (the
article type), color (the base colour) and gender; a few rows lack color or gender, as real feeds do.

Who wrote what: every free text (captions and open answers) comes from leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b, greedy, 30 new tokens for answers and 50 for captions. The adapter was trained on
In-shop VQA pairs with unmasked labels and no end token: it mostly answers in short In-shop style phrases and stops
on a newline, but it often runs on (loops, cuts at the limit, or writes the next "Question: ... Answer:" pair itself),
names the color of the garment nearest the middle of the frame, says "she" from the women-heavy In-shop data, and
invents trims. Its captions are short answer-like sentences; one is a bare word. Closed answers (garment type,
color, pattern, sleeve length, the yes/no garment question) are enrich's --engine reference picking one candidate
with the same adapter, so they never loop or stop short, but they can pick a wrong candidate.

Labeling conventions and judgement calls:
- A closed answer that picks the color of another worn garment is labeled contradiction, not other_garment_color
  (that kind is kept for open answers and captions, as its definition says).
- An open answer or caption naming the product with a color that belongs to another garment in the photo is
  other_garment_color; a wrong color that belongs to nothing in the photo, or to a print on the product, is
  contradiction.
- Near shades within the seller's color group count as correct (maroon called red, lavender called light purple,
  cream called white or off white, navy called blue or dark blue); a shade across groups is a contradiction
  (charcoal called black, lavender called pink, grey denim called blue).
- A t-shirt called a "shirt" in an open answer is correct; a polo or henley is a t-shirt, so "no" to "Is this a
  t-shirt?" for a henley is a contradiction.
- Material: "cotton" for a woven shirt or a plain jersey tee and "denim" for jeans count as correct (the weave shows);
  a material the photo and title do not support (silk, wool, linen on a cotton polo, "organic") is unsupported.
- Trims that are not in the photo (a tie, epaulettes, back-pocket embroidery on a front crop, mesh panels, words in a
  print) are unsupported; a trim that is visible is correct even if the title does not name it.
- restated: the answer returns the question's own phrasing ("the jeans details are the jeans details", "describe
  the trousers", "made of the material of the jeans"); non_answer: a bare yes/no or "none", a single word that only
  names the garment asked about (to describe/details questions), or a tautology ("they are pants"); a one-word
  caption is non_answer. Naming a garment in answer to "What is the person wearing?" is an answer, not a non_answer.
- A caption that gives the product and the other garment one color ("navy shirt and navy pants" for cream trousers)
  is other_garment_color. A material the title names (linen, corduroy, Dri-FIT polyester) is correct.
- A text that writes a new "Question: ... Answer:" pair is a leak even when it also runs to the limit (hit_limit set);
  a text that repeats its own phrase is a loop; a text that ends mid-phrase at the limit without repeating is cut.
- A text that has two faults gets the one a reader would notice first; partial but true answers ("a jacket" for
  "What is the man wearing?") are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1132 = [
    # photo: navy shirt with thin white vertical stripes, full sleeves, tucked into beige chinos, white backdrop,
    # front view; all free texts by the VQA adapter, closed answers by the reference engine
    case(
        "X1132-001",
        caption("a man wearing a navy blue striped shirt and beige pants"),
        wearing("a blue striped shirt and khaki pants", who="the man"),
        color_of("shirt", "navy blue"),
        Q.pattern("striped"),
        describe("shirt", "the shirt is beige", failure="other_garment_color"),
        Q.sleeve_length("long sleeve"),
        details("shirt", "the shirt has a button-down collar and french cuffs with cufflinks", failure="unsupported"),
        Q.material("cotton"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck tee with a large white and red motorbike graphic on the chest, blue jeans, white
    # backdrop, front view; VQA adapter, closed answers by the reference engine
    case(
        "X1132-002",
        caption("a man in a black t-shirt with a motorcycle on it"),
        wearing("black t-shirt and blue jeans"),
        color_of(
            "t-shirt",
            "black black black black black black black black black black black black black black black black",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        details("t-shirt", "the t-shirt has a graphic print of a motorcycle on the front"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "the t-shirt is blue with a motorcycle on it", failure="other_garment_color"),
        Q.material("100% organic cotton jersey", failure="unsupported"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lower-body crop, mid-blue skinny jeans, white sneakers, the hem of a grey t-shirt at the top edge,
    # white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-003",
        caption("a pair of blue jeans and white sneakers"),
        wearing("jeans"),
        color_of("jeans", "grey", failure="other_garment_color", kind="open"),
        details(
            "jeans",
            "the jeans have a zipper fly and five pockets Question: what is the color of the jeans? Answer: blue "
            "Question: what",
            failure="leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans",
            "the jeans are blue skinny jeans with a stretch waistband and a hidden phone pocket",
            failure="unsupported",
        ),
        Q.color("blue"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki flat-front chinos, white shirt tucked in, brown belt, brown loafers, white backdrop, full figure;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-004",
        caption("a man in a white shirt and khaki pants standing in front of a white wall"),
        wearing("a white shirt and khaki trousers"),
        color_of("pants", "white", failure="contradiction"),
        describe("pants", "the pants are khaki chinos with a brown belt"),
        details("pants", "the pants have a pleated front and cuffs at the bottom", failure="unsupported"),
        Q.garment_type("trousers"),
        title="Basics Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: white shirt with a big black and grey check, full sleeves rolled to the elbow, dark jeans, white
    # backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-005",
        caption("a man wearing a white and black checkered shirt"),
        wearing("a checkered shirt with rolled up sleeves and jeans", who="the man"),
        color_of("shirt", "white"),
        Q.pattern("solid", failure="contradiction"),
        describe(
            "shirt",
            "the shirt is a plaid shirt with a plaid shirt with a plaid shirt with a plaid shirt with a plaid shirt "
            "with a",
            failure="loop",
            hit_limit=True,
        ),
        details("shirt", "what are the shirt details", failure="restated"),
        Q.sleeve_length("long sleeve"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange pique polo, navy tipping on the collar, small navy logo embroidered on the chest, dark
    # trousers, white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-006",
        caption("a man in a grey polo shirt"),
        wearing("she is wearing a grey polo shirt", failure="pronoun", who="he"),
        color_of("t-shirt", "gray", kind="open"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "the t-shirt has a ribbed collar with navy tipping, a two-button placket, a small navy logo embroidered "
            "on the left chest and short sleeves with ribbed",
            failure="cut",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is a grey polo with a blue collar"),
        Q.material("wool", failure="unsupported"),
        title="U.S. Polo Assn. Men Solid Grey  Melange Polo Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black formal trousers with a pressed crease, light blue formal shirt tucked in, black belt, black
    # shoes, white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-007",
        caption("a man in a blue shirt and black pants"),
        wearing("a light blue shirt, black trousers and black shoes"),
        color_of("pants", "light blue", failure="other_garment_color", kind="open"),
        describe("trousers", "the trousers are black formal trousers with a crease down the front"),
        details("pants", "they are pants", failure="non_answer"),
        Q.color("black"),
        is_a("pair of pants", "yes"),
        title="Louis Philippe Men Black Slim Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: slightly faded black slim jeans, white crew-neck tee under an open olive bomber jacket, white
    # backdrop, full figure; VQA adapter, closed answers by the reference engine
    case(
        "X1132-008",
        caption("a man wearing a green jacket, white shirt and black jeans"),
        wearing("a jacket", who="the man"),
        color_of("jeans", "black"),
        details("jeans", "the jeans are black with a slim fit"),
        describe("jeans", "the jeans are olive green with a slim fit and a zipper", failure="other_garment_color"),
        is_a("pair of jeans", "no", failure="contradiction"),
        Q.garment_type("jacket", failure="contradiction"),
        title="Jack & Jones Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: plain navy round-neck tee, short sleeves, stone-washed blue jeans, white backdrop, front view;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-009",
        caption("a man in a black t-shirt and jeans", failure="contradiction"),
        wearing("a blue t-shirt and jeans"),
        color_of("t-shirt", "blue"),
        Q.sleeve_length("short sleeve"),
        describe(
            "t-shirt",
            "the t-shirt is a navy blue t-shirt with a round neck and short sleeves, the t-shirt is a navy blue "
            "t-shirt with a round neck and",
            failure="loop",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a chest pocket and a printed label at the neck", failure="unsupported"),
        Q.pattern("solid"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon shirt, full sleeves, one chest pocket, buttoned to the top, grey trousers, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-010",
        caption("a man in a red shirt and grey pants"),
        wearing("a maroon shirt and grey trousers"),
        color_of("shirt", "grey", failure="other_garment_color", kind="open"),
        Q.color("maroon"),
        describe("shirt", "the shirt is a grey shirt with long sleeves and a pocket", failure="other_garment_color"),
        details(
            "shirt",
            "the shirt has a chest pocket, a spread collar and long sleeves with buttoned cuffs, and the fabric is a "
            "soft cotton with a slight",
            failure="cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey formal trousers seen from the waist down, the hem of a tucked white shirt, black belt, black
    # shoes, white backdrop; VQA adapter (the caption ran into its own question format), closed by reference
    case(
        "X1132-011",
        caption(
            "Question: what is the color of the pants? Answer: grey Question: what is the color of the shirt? "
            "Answer: white Question: is this a pair of pants? Answer: yes Question: what is the",
            failure="leak",
            hit_limit=True,
        ),
        wearing("grey pants and a white shirt"),
        color_of("pants", "grey"),
        describe("pants", "the pants are grey"),
        details("pants", "the pants have belt loops and a zip pocket on the back", failure="unsupported"),
        Q.garment_type("trousers"),
        title="Peter England Men Grey Regular Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: rear view, dark indigo jeans with a red tab on the right back pocket, light pink shirt untucked,
    # white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-012",
        caption("the back of a man wearing dark blue jeans and a pink shirt"),
        wearing(
            "he is wearing a pink shirt and jeans Question: what is the color of the jeans? Answer: blue Question: "
            "what is",
            failure="leak",
            hit_limit=True,
        ),
        color_of("jeans", "pink", failure="contradiction"),
        details("jeans", "the jeans have two back pockets and a red tab on the pocket"),
        describe("jeans", "the jeans are light blue with a faded wash", failure="contradiction"),
        is_a("pair of jeans", "yes"),
        Q.material("denim"),
        Q.pattern("solid"),
        title="Levis Men 511 Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white round-neck tee with "HRX" and a slogan printed in black across the chest, black joggers,
    # white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-013",
        caption(
            "a man wearing a white t-shirt with black writing on it and black pants and a black t-shirt with white "
            "writing on it and black pants and a white t-shirt with",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white shirt", who="the man"),
        color_of("t-shirt", "white and black", kind="open"),
        Q.pattern("printed"),
        details("t-shirt", "the t-shirt details are the t-shirt details", failure="restated"),
        describe(
            "t-shirt", "a white t-shirt with the word adidas printed on the front in black", failure="unsupported"
        ),
        title="HRX Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue and white fine check shirt, full sleeves, one patch pocket, worn open over a black tee, blue
    # jeans, white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-014",
        caption("a man wearing a blue checkered shirt over a black t-shirt"),
        wearing("a shirt, a t-shirt and jeans"),
        color_of("shirt", "black", failure="other_garment_color", kind="open"),
        Q.pattern("checked"),
        describe("shirt", "her shirt is blue and white checks with long sleeves and a collar", failure="pronoun"),
        details(
            "shirt",
            "the shirt has two flap pockets on the chest and epaulettes on the shoulders",
            failure="unsupported",
        ),
        Q.sleeve_length("long sleeve"),
        title="Wrangler Men August Stripe Look Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive casual trousers with belt loops and a button waist, black tee, white sneakers, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-015",
        caption("a man in a black t-shirt and green pants"),
        wearing("a black t-shirt and olive pants"),
        color_of("pants", "black", failure="contradiction"),
        describe("trousers", "the trousers are black", failure="other_garment_color"),
        details("pants", "the pants have a drawstring waist", failure="unsupported"),
        is_a("pair of pants", "yes"),
        title="Highlander Men Olive Slim Fit Casual Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: red polo with thin white horizontal stripes, plain white collar, short sleeves, blue jeans, white
    # backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-016",
        caption("a man wearing a red and white striped polo shirt and jeans"),
        wearing("a red striped shirt"),
        color_of("t-shirt", "red"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve", failure="contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a collar and buttons on the front and the sleeves have stripes and the collar has "
            "stripes and the sleeves have stripes and the collar",
            failure="loop",
            hit_limit=True,
        ),
        describe("t-shirt", "she is wearing a red and white striped polo", failure="pronoun"),
        title="United Colors of Benetton Men Stripes Red  Polo T-shirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: light blue washed jeans ripped at both knees, white shirt untucked, tan boots, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-017",
        caption("a man in a white shirt and ripped jeans"),
        wearing("a white shirt, jeans and brown boots"),
        color_of("jeans", "light blue", kind="open"),
        details(
            "jeans",
            "the jeans are ripped at the knees and have a faded wash, five pockets, a button closure and the hem "
            "is rolled up at the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        describe("jeans", "the jeans are white", failure="other_garment_color"),
        Q.color("white", failure="contradiction"),
        title="Flying Machine Men Light Blue Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: plain black shirt, full sleeves, mandarin collar, khaki chinos, white backdrop; VQA adapter, closed
    # answers by the reference engine
    case(
        "X1132-018",
        caption("a man wearing a khaki shirt and khaki pants", failure="other_garment_color"),
        wearing("a black shirt and beige pants"),
        color_of("shirt", "black"),
        describe("shirt", "a black shirt with a mandarin collar"),
        details("shirt", "yes", failure="non_answer"),
        Q.material("silk", failure="unsupported"),
        Q.pattern("solid"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive henley, long sleeves, three-button placket, black jeans, white backdrop; VQA adapter, closed
    # answers by the reference engine
    case(
        "X1132-019",
        caption("a man wearing a green long sleeve shirt with buttons"),
        wearing("a henley shirt and black jeans"),
        color_of("t-shirt", "black", failure="other_garment_color", kind="open"),
        Q.sleeve_length("long sleeve"),
        is_a("t-shirt", "no", failure="contradiction"),
        details("t-shirt", "the t-shirt has a button placket and long sleeves"),
        describe("t-shirt", "green Question: Describe the jeans. Answer: black", failure="leak"),
        title="Roadster Men Olive Green Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: lower-body view, beige pleated formal trousers, the hem of a white shirt tucked in, brown belt, brown
    # shoes, white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-020",
        caption("a pair of beige pants with a brown belt"),
        wearing("a white shirt and beige pants"),
        color_of("pants", "beige"),
        details("pants", "the pants are pleated at the front"),
        describe(
            "trousers",
            "the trousers are beige with a pleated front and the trousers are beige with a pleated front and the "
            "trousers are beige with a",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans", failure="contradiction"),
        Q.material("100% wool", failure="unsupported"),
        title="Arrow Men Beige Pleated Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey washed jeans with whiskering at the hips, navy hooded sweatshirt, light grey backdrop; VQA
    # adapter, closed answers by the reference engine; the feed row has no color
    case(
        "X1132-021",
        caption("a man in a blue hoodie and grey jeans"),
        wearing(
            "a hoodie and a hoodie and a hoodie and a hoodie and a hoodie and a hoodie and a hoodie and a hoodie and a",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jeans", "navy", failure="other_garment_color", kind="open"),
        details("jeans", "the jeans have fading on the thighs"),
        describe("jeans", "jeans", failure="non_answer"),
        is_a("pair of jeans", "yes"),
        Q.color("grey"),
        Q.material("stretch denim with lycra", failure="unsupported"),
        title="Spykar Men Grey Slim Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: plain lavender formal shirt, full sleeves, spread collar, no tie, navy trousers, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-022",
        caption("a man wearing a purple shirt and blue pants"),
        wearing("he is wearing a purple shirt and a blue tie", failure="unsupported"),
        color_of("shirt", "lavender"),
        describe("shirt", "the shirt is a light purple formal shirt with a spread collar"),
        details("shirt", "the shirt is pink", failure="contradiction"),
        Q.material("cotton"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: yellow tee with a small black Puma cat logo on the chest (front view; the spine print is on the back),
    # black track pants, white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-023",
        caption("a man in a yellow t-shirt and black pants"),
        wearing("a yellow t-shirt"),
        color_of(
            "t-shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the t-shirt has a puma logo on the chest"),
        describe("t-shirt", "the t-shirt is white with a puma logo", failure="contradiction"),
        Q.pattern("solid"),
        Q.material("cotton jersey"),
        title="Puma Men spine tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: mid-blue jeans, red and black plaid flannel shirt tucked in, brown belt, silver buckle, white backdrop;
    # VQA adapter, closed answers by the reference engine; the feed row has no gender
    case(
        "X1132-024",
        caption("a man wearing a red plaid shirt and blue jeans with a brown belt"),
        wearing(
            "a red and black plaid shirt tucked into blue jeans with a brown leather belt and a silver buckle and the "
            "shirt has long sleeves and a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jeans", "red", failure="contradiction"),
        describe("jeans", "the jeans are blue with a regular fit"),
        details("jeans", "the jeans details are the jeans details", failure="restated"),
        Q.pattern("checked", failure="contradiction"),
        title="Wrangler Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: navy slim formal trousers, light grey shirt tucked in, black belt, black shoes, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-025",
        caption("a man in a grey shirt and navy pants"),
        wearing("she is wearing a gray shirt and blue pants", failure="pronoun", who="he"),
        color_of("pants", "navy blue"),
        describe("trousers", "the trousers are dark blue formal pants"),
        details(
            "pants",
            "the pants have a flat front, belt loops, slanted side pockets and a hook and bar closure above a zip "
            "fly with a crease running down the",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Van Heusen Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain maroon v-neck tee, short sleeves, no pocket or sleeve logo, blue jeans, light grey backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-026",
        caption("a man wearing a maroon t-shirt standing against a grey wall"),
        wearing("a maroon shirt and jeans"),
        color_of("t-shirt", "purple", failure="contradiction"),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "the t-shirt has a v-neck"),
        describe(
            "t-shirt",
            "the t-shirt is a v-neck t-shirt with a pocket on the left chest and a logo on the right sleeve",
            failure="unsupported",
        ),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light pink shirt, same-color collar and cuffs, small navy horse logo embroidered on the chest, full
    # sleeves, white trousers, white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-027",
        caption("a man wearing a pink shirt and white pants"),
        wearing("a pink shirt and white pants Question: What is the color of the shirt? Answer: pink", failure="leak"),
        color_of("shirt", "white", failure="other_garment_color", kind="open"),
        details("shirt", "the shirt has a small logo embroidered on the chest"),
        Q.pattern("striped", failure="contradiction"),
        describe("shirt", "the shirt is a pink shirt with contrast white collar and cuffs", failure="unsupported"),
        title="U.S. Polo Assn. Men Solid Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black skinny jeans, grey melange sweatshirt, black sneakers, white backdrop; VQA adapter, closed
    # answers by the reference engine
    case(
        "X1132-028",
        caption("a man in a grey sweater and black jeans"),
        wearing("a sweatshirt and black jeans"),
        color_of("jeans", "grey", failure="contradiction"),
        details(
            "jeans",
            "the jeans have a skinny fit and a zip fly Question: what is the person wearing? Answer: a grey "
            "sweatshirt and black jeans Question",
            failure="leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        describe("jeans", "the jeans are grey skinny jeans", failure="other_garment_color"),
        Q.material("denim"),
        title="Roadster Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers, white shirt tucked in, black belt, black shoes, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-029",
        caption("a man wearing a white shirt and dark grey pants"),
        wearing(
            "a white shirt tucked into charcoal trousers with a black belt and black leather shoes and the shirt has "
            "long sleeves with buttoned cuffs and a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("pants", "black", failure="contradiction"),
        describe("trousers", "the trousers are charcoal grey with a slim fit"),
        details("pants", "the pants have side pockets and a black belt"),
        Q.garment_type("trousers"),
        Q.material("wool blend with a satin lining", failure="unsupported"),
        title="Louis Philippe Men Charcoal Grey Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: blue and white narrow-stripe polo, navy collar, short sleeves, beige chinos, white backdrop; VQA
    # adapter, closed answers by the reference engine
    case(
        "X1132-030",
        caption("a man wearing a blue and white striped polo shirt"),
        wearing("a striped polo shirt and beige pants"),
        color_of("t-shirt", "beige", failure="other_garment_color", kind="open"),
        Q.pattern("striped"),
        details(
            "t-shirt",
            "the t-shirt has stripes and a collar and buttons and stripes and a collar and buttons and stripes and "
            "a collar and buttons and",
            failure="loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        Q.material("linen", failure="unsupported"),
        title="Classic Polo Men Narrow Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive utility shirt, two flap chest pockets, sleeves rolled above the elbow with button tabs, black
    # jeans, white backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-031",
        caption("a man wearing a green shirt and black jeans"),
        wearing("an olive shirt with pockets"),
        color_of("shirt", "olive green"),
        Q.material("cotton"),
        details("shirt", "the shirt details are the details", failure="restated"),
        describe(
            "shirt",
            "the shirt is an olive green casual shirt with two flap pockets on the chest, roll-up sleeves with "
            "button tabs, a spread collar and a curved",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        title="Highlander Men Olive Slim Fit Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: dark navy clean-look jeans, mustard yellow tee, white sneakers, hands in pockets, smiling, white
    # backdrop; VQA adapter, closed answers by the reference engine
    case(
        "X1132-032",
        caption(
            "a man wearing a yellow t-shirt and dark blue jeans standing in front of a white background with his "
            "hands in his pockets and looking at the camera with a smile on his face and his",
            failure="cut",
            hit_limit=True,
        ),
        wearing("yellow t-shirt, blue jeans and white shoes"),
        color_of("jeans", "yellow", failure="other_garment_color", kind="open"),
        details("jeans", "the jeans have a clean look with no fading"),
        Q.color("navy blue"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "she is wearing dark blue jeans and a yellow top", failure="pronoun"),
        Q.material("corduroy", failure="unsupported"),
        title="HIGHLANDER Men Navy Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: brown corduroy trousers, cream cable-knit sweater, white backdrop, full figure; VQA adapter, closed
    # answers by the reference engine
    case(
        "X1132-033",
        caption("a man in a white sweater and brown pants"),
        wearing("a sweater and brown corduroy pants"),
        color_of("pants", "brown"),
        Q.material("corduroy"),
        details(
            "pants",
            "the pants are brown and the sweater is white and the pants are brown and the sweater is white and the "
            "pants are brown and",
            failure="loop",
            hit_limit=True,
        ),
        describe("trousers", "the trousers are cream with a ribbed texture", failure="other_garment_color"),
        title="Basics Men Brown Comfort Fit Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: bright green training tee, white swoosh on the chest, plain sides, black shorts, white backdrop; VQA
    # adapter, closed answers by the reference engine
    case(
        "X1132-034",
        caption("a man wearing a green nike t-shirt and black shorts"),
        wearing(
            "a green shirt and black shorts and a green shirt and black shorts and a green shirt and black shorts and "
            "a green",
            failure="loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        Q.material("polyester"),
        details(
            "t-shirt", "the t-shirt has a nike logo on the chest and mesh panels on the sides", failure="unsupported"
        ),
        describe("t-shirt", "Question: what is the color of the shorts? Answer: black", failure="leak"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Nike Men Green Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: grey denim shirt, two chest pockets with snap buttons, full sleeves, black jeans, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-035",
        caption("a man wearing a grey denim shirt"),
        wearing("a denim shirt and black jeans"),
        color_of("shirt", "blue", failure="contradiction"),
        Q.material("denim"),
        details("shirt", "the shirt details are the details of the shirt", failure="restated"),
        describe("shirt", "the shirt is grey with two pockets and snap buttons"),
        is_a("shirt", "yes"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: mid-blue tapered jeans, white tee under a black leather jacket, black boots, white backdrop; VQA
    # adapter, closed answers by the reference engine
    case(
        "X1132-036",
        caption("a man in a black leather jacket, white t-shirt and blue jeans"),
        wearing("she is wearing a black jacket and jeans", failure="pronoun", who="he"),
        color_of("jeans", "black", failure="other_garment_color", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are tapered at the ankle"),
        Q.garment_type("jacket", failure="contradiction"),
        title="Mufti Men Blue Tapered Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: cream linen trousers with a drawstring waist, navy linen shirt untucked, tan loafers, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-037",
        caption("a man in a navy shirt and navy pants", failure="other_garment_color"),
        wearing("a blue shirt and cream pants"),
        color_of("pants", "navy blue", failure="contradiction"),
        Q.material("linen"),
        describe("trousers", "the trousers are off white linen trousers with a drawstring"),
        details("pants", "no", failure="non_answer"),
        title="Blackberrys Men Cream Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: charcoal tee with an orange and white guitar print and no lettering, blue jeans, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-038",
        caption("a man wearing a dark grey t-shirt with an orange guitar print"),
        wearing("a t-shirt with a guitar on it"),
        color_of("t-shirt", "orange", failure="contradiction", kind="open"),
        Q.pattern("graphic"),
        details(
            "t-shirt", "the t-shirt has a guitar print on the front with the words rock and roll", failure="unsupported"
        ),
        Q.color("charcoal"),
        describe(
            "t-shirt",
            "the t-shirt is a dark grey t-shirt with a large orange and white guitar printed across the chest and "
            "short sleeves with a ribbed crew neck and a straight hem that",
            failure="cut",
            hit_limit=True,
        ),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red western shirt, pearl snap buttons, pointed yoke, two chest pockets, blue jeans, white backdrop;
    # VQA adapter, closed answers by the reference engine
    case(
        "X1132-039",
        caption("Question: what is the man wearing? Answer: a red shirt and jeans", failure="leak"),
        wearing("a red western shirt"),
        color_of("shirt", "red"),
        details("shirt", "the shirt has snap buttons and two chest pockets"),
        describe(
            "shirt",
            "the shirt is a red shirt with snap buttons and two chest pockets and a red shirt with snap buttons and "
            "two chest pockets and a red shirt",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        Q.material("pure linen with mother of pearl buttons", failure="unsupported"),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: lower-body crop from the front, light blue straight jeans, white sneakers, light grey backdrop; VQA
    # adapter (a one-word caption), closed answers by the reference engine
    case(
        "X1132-040",
        caption("blue", failure="non_answer"),
        wearing("jeans and white shoes"),
        color_of("jeans", "light blue"),
        details("jeans", "the jeans are straight fit"),
        describe(
            "jeans", "the jeans are light blue with embroidered patches on the back pockets", failure="unsupported"
        ),
        is_a("pair of jeans", "yes"),
        Q.material("denim"),
        title="Pepe Jeans Men Light Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim chinos, red and black plaid shirt open over a white tee, white backdrop; VQA adapter,
    # closed answers by the reference engine
    case(
        "X1132-041",
        caption("a man wearing a red plaid shirt over a white t-shirt and black pants"),
        wearing("a red shirt", who="the man"),
        color_of("pants", "red", failure="other_garment_color", kind="open"),
        describe("trousers", "describe the trousers", failure="restated"),
        details("pants", "the pants are black chinos with slant pockets"),
        Q.color("black"),
        Q.garment_type("shirt", failure="contradiction"),
        title="Jack & Jones Men Black Slim Fit Chino Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: purple polo, white tipping on the collar, short sleeves, white trousers, white backdrop; VQA adapter,
    # closed answers by the reference engine
    case(
        "X1132-042",
        caption("a man wearing a purple polo shirt"),
        wearing(
            "a purple polo shirt and white pants Question: what is the color of the pants? Answer: white Question: "
            "what is the",
            failure="leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple"),
        describe("t-shirt", "the t-shirt is purple"),
        details(
            "t-shirt",
            "the t-shirt has a collar and three buttons Question: What is the color of the t-shirt? Answer: purple "
            "Question: Is this a t-shirt? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton"),
        title="Nike Men Purple Polo Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: cream shirt with thin brown vertical stripes, full sleeves, brown trousers, white backdrop; VQA
    # adapter, closed answers by the reference engine
    case(
        "X1132-043",
        caption("a man in a striped shirt and brown pants"),
        wearing("a cream striped shirt and brown trousers"),
        color_of("shirt", "brown", failure="other_garment_color", kind="open"),
        Q.pattern("striped"),
        details("shirt", "shirt", failure="non_answer"),
        describe(
            "shirt",
            "the shirt is a white and brown striped shirt, the shirt is a white and brown striped shirt, the shirt "
            "is a white and brown",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: dark blue bootcut jeans, grey tee under a brown leather jacket, brown boots, white backdrop; VQA
    # adapter, closed answers by the reference engine; the feed row has no color
    case(
        "X1132-044",
        caption("a man in a brown leather jacket and blue jeans"),
        wearing("she is wearing a brown jacket and blue jeans", failure="pronoun", who="he"),
        color_of("jeans", "brown", failure="contradiction"),
        details("jeans", "the jeans are bootcut"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "the jeans are brown bootcut jeans", failure="other_garment_color"),
        Q.garment_type("jeans"),
        Q.material("the jeans are made of the material of the jeans", failure="restated"),
        title="Lee Men Blue Bootcut Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: teal slim chinos, white polo, white sneakers, white backdrop; VQA adapter, closed answers by the
    # reference engine
    case(
        "X1132-045",
        caption("a man in a white polo shirt and teal pants"),
        wearing("a white shirt and teal pants"),
        color_of("pants", "white", failure="other_garment_color", kind="open"),
        describe(
            "trousers",
            "the trousers are teal chinos with a slim fit, slanted side pockets, belt loops, a button closure, and "
            "a zip fly, the fabric is",
            failure="cut",
            hit_limit=True,
        ),
        details("pants", "pants", failure="non_answer"),
        Q.color("teal"),
        title="Marks & Spencer Men Teal Slim Fit Trousers",
        category="Trousers",
        color="Teal",
        gender="Men",
    ),
    # photo: black round-neck tee with a white wave graphic on the chest, grey joggers, white backdrop; VQA
    # adapter, closed answers by the reference engine
    case(
        "X1132-046",
        caption("a man wearing a black t-shirt with a white wave on it and grey pants"),
        wearing("a grey t-shirt and grey pants", failure="other_garment_color"),
        color_of("t-shirt", "grey", failure="contradiction"),
        Q.pattern("graphic"),
        details("t-shirt", "none", failure="non_answer"),
        describe(
            "t-shirt",
            "the t-shirt is black with a white print and the t-shirt is black with a white print and the t-shirt "
            "is black with a white print",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Bewakoof Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
]
