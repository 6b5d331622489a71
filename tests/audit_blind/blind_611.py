"""BLIND_611 (46 products; Myntra men's winter and formal layering): written blind in the fifty-second session. Measured
blind at d3eed92 (the session's thirteenth rules): 109/129 failures found (84.5%) and 4/186 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed of winter and formal layering: sweaters and sweater vests over shirts, blazers over
t-shirts and turtlenecks, puffers, bombers and leather jackets over hoodies, suits and waistcoats with ties, plus a
few shirts, t-shirts and ties sold as the inner layer. Catalog photos on a white or plain grey studio backdrop, model
seen from the front or three-quarter, always wearing at least one other garment. The questions are the experiments'
per-garment color questions ("What is the color of the sweater / shirt / tie / hoodie?") with the wearing, describe,
details and material prompts, and the closed garment type, color, pattern and sleeve length questions.

Who wrote what: the untuned base model (Salesforce/blip2-opt-2.7b, greedy, 50 tokens for captions, 30 for answers)
wrote every caption and every open answer; enrich's --engine reference wrote every closed answer by picking one
candidate value. The base model is short and mostly stops on its own; its habits here are one color for the whole
outfit (the outer layer's color given to the inner garment or the reverse), charcoal and navy read as black or grey,
invented trims (pocket squares, elbow patches, fur hoods, cufflinks), "she" for a man in a long coat, the
"Question: ... Answer:" format continued, the question echoed back, a bare "yes" or color word to an open prompt,
and on long describe/wearing prompts a greedy loop or a list that runs to the 30-token limit. The reference engine
never loops or stops short; it fails by picking the other layer's color, type, pattern or sleeve length.

Labeling conventions and judgement calls:
- other_garment_color: a garment given the color of another garment visible in the same photo (the sweater called
  white because the shirt under it is white, or the shirt called navy because the sweater over it is navy), whether
  the garment asked about is the product or the other layer. A color found nowhere in the photo is a contradiction.
- contradiction: a color, type, pattern or sleeve length the photo and the seller's columns contradict (a navy suit
  called black, a blazer called a suit, a solid sweater called striped, a gilet given long sleeves); the closed
  answers that pick the inner layer's type or sleeves are contradictions, not other_garment_color, which is only
  for colors.
- Navy or charcoal called black is a contradiction (the seller's color group differs) unless another garment in
  the photo is black, which makes it other_garment_color; charcoal called grey and navy called blue are correct.
- Shades and near names are correct: maroon or burgundy for red, tan or khaki for beige, turquoise for teal,
  off-white or cream called white, grey melange called grey, navy called blue or dark blue.
- unsupported: a detail neither the photo nor the title shows (pocket square, elbow patches, cufflinks, fur-lined
  hood, a zip on a pullover, a hood on a crew sweater) and a material the title does not state or states otherwise
  ("wool" for a linen-blend blazer, "cashmere" for an untitled knit). A material the title names is correct.
- non_answer: a yes/no, a bare color word or a bare garment word to an open wearing/describe/details prompt.
  restated: the question's own words given back as the answer ("the sweatshirt details are the sweatshirt").
- cut and loop texts ran to the token limit (hit_limit=True); a text that loops and then is cut is labelled loop.
  A leak is labelled leak even when the color inside it is right; one that ran to the limit has hit_limit=True.
- pronoun: "she"/"her" for a product whose gender column is Men; "he" is correct for every row here.
- A correct text may be short ("a zipper") or name only some layers; it is correct if what it says is right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_611 = [
    # photo: navy crew-neck pullover over a white collared shirt (collar and cuffs out), beige chinos, white backdrop,
    # front view; base model wrote the caption and open answers, reference engine the closed ones
    case(
        "X611-001",
        caption("a man wearing a navy sweater over a white shirt"),
        wearing("a blue sweater and a white shirt"),
        color_of("sweater", "navy blue"),
        color_of("shirt", "navy blue", kind="open", failure="other_garment_color"),
        Q.pattern("solid"),
        describe("sweater", "it is a navy blue sweater with a v-neck", failure="unsupported"),
        Q.color("black", failure="contradiction"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # photo: charcoal single-breasted two-button blazer over a white crew t-shirt, black jeans, white backdrop, front;
    # base model wrote the caption and open answers, reference engine the closed ones
    case(
        "X611-002",
        caption("a man in a grey blazer and white t-shirt"),
        wearing("he is wearing a grey suit jacket and a white t-shirt"),
        color_of("blazer", "black", kind="open", failure="other_garment_color"),
        color_of("t-shirt", "white"),
        Q.garment_type("blazer"),
        details("blazer", "the blazer has two buttons and a notch lapel"),
        material("100% wool", failure="unsupported"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # photo: olive padded puffer jacket worn open over a grey pullover hoodie (hood out over the collar), black
    # joggers, white backdrop, front; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-003",
        caption("a man wearing a green puffer jacket and a grey hoodie"),
        color_of("jacket", "grey", kind="open", failure="other_garment_color"),
        color_of("hoodie", "grey"),
        describe(
            "jacket",
            "a green jacket with a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        wearing(
            "a green jacket and a grey hoodie Question: What is the color of the hoodie? Answer: grey", failure="leak"
        ),
        gender="Men",
        title="HRX Men Olive Green Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # photo: navy self-design two-piece suit, white shirt, maroon tie, brown shoes, plain grey studio backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-004",
        caption("a man in a blue suit and red tie standing in front of a grey wall"),
        color_of("tie", "maroon"),
        color_of("suit", "black", kind="open", failure="contradiction"),
        color_of("shirt", "white", kind="open"),
        wearing("she is wearing a blue suit and a tie", failure="pronoun"),
        Q.pattern("solid"),
        details("suit", "the suit details are a suit", failure="restated"),
        gender="Men",
        title="Raymond Men Navy Blue Self-Design Slim Fit Two-Piece Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # photo: maroon v-neck sweater over a blue-and-white checked shirt (collar out), dark blue jeans, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-005",
        caption("a man wearing a maroon sweater over a checkered shirt"),
        color_of("sweater", "red"),
        color_of("shirt", "maroon", kind="open", failure="other_garment_color"),
        Q.pattern("checked", failure="contradiction"),
        describe("sweater", "a v-neck sweater with a checkered shirt underneath"),
        is_a("sweater", "yes"),
        wearing("a sweater and jeans"),
        gender="Men",
        title="U.S. Polo Assn. Men Maroon Solid V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # photo: grey melange pullover hoodie under an open black bomber jacket, black jeans, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-006",
        caption("a man wearing a black jacket and a gray hoodie"),
        color_of("hoodie", "black", failure="other_garment_color"),
        color_of("jacket", "black", kind="open"),
        wearing("a hoodie and a jacket"),
        Q.garment_type("jacket", failure="contradiction"),
        details("hoodie", "the hoodie has a kangaroo pocket and a drawstring hood"),
        describe("hoodie", "a grey hoodie with a zipper and a logo on the back", failure="unsupported"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # photo: white formal shirt under a navy sleeveless sweater vest, navy-and-red striped tie, grey trousers, white
    # backdrop, front; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-007",
        caption("a man wearing a white shirt and a blue vest with a tie"),
        color_of("shirt", "white"),
        color_of("tie", "blue and red striped", kind="open"),
        describe(
            "shirt",
            "a white shirt with a blue vest and a striped tie and a blue vest and a striped tie and a blue vest and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        wearing("he is wearing a shirt and tie"),
        gender="Men",
        title="Arrow Men White Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: black faux-leather biker jacket (asymmetric silver zip, snap collar) over a white crew t-shirt, blue
    # jeans, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-008",
        caption("a man in a black leather jacket and jeans"),
        material("genuine leather with a soft lining", failure="unsupported"),
        color_of("jacket", "black", kind="open"),
        color_of("t-shirt", "black", failure="other_garment_color"),
        details("jacket", "asymmetric zip, silver zippers, snap collar"),
        wearing("the person is wearing", failure="restated"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Leather Retail Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: white round-neck t-shirt worn under an unbuttoned navy blazer (styling), beige chinos, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-009",
        caption("a man wearing a blue blazer over a white t-shirt"),
        color_of("t-shirt", "navy blue", kind="open", failure="other_garment_color"),
        Q.garment_type("blazer", failure="contradiction"),
        color_of("blazer", "navy blue"),
        describe("t-shirt", "a white crew neck t-shirt"),
        wearing("yes", failure="non_answer"),
        gender="Men",
        title="Jack & Jones Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: mustard cable-knit crew sweater, white shirt collar peeking out, navy chinos, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-010",
        caption("a man wearing a yellow sweater and blue pants"),
        color_of("sweater", "yellow", kind="open"),
        Q.pattern("cable knit"),
        details("sweater", "the sweater has a cable knit pattern on the front and a ribbed collar and cuffs"),
        color_of("pants", "yellow", kind="open", failure="other_garment_color"),
        material("100% merino wool", failure="unsupported"),
        is_a("cardigan", "yes", failure="contradiction"),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Cable Knit Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # photo: black tuxedo with satin peak lapels and satin-striped trousers, white shirt, black bow tie, white
    # backdrop, front; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-011",
        caption("a man in a black tuxedo with a bow tie"),
        color_of("bow tie", "white", failure="other_garment_color"),
        wearing("a black suit and a white shirt with a black bow tie"),
        describe(
            "suit",
            "a black tuxedo with shiny satin lapels, a single button, a white shirt underneath and black trousers"
            " with a satin stripe down the side of the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        Q.color("black"),
        gender="Men",
        title="Louis Philippe Men Black Solid Slim-Fit Tuxedo Suit",
        category="Suits",
        color="Black",
    ),
    # photo: beige suede bomber with black ribbed collar, cuffs and hem, over a black crew t-shirt, black jeans,
    # white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-012",
        caption("a man wearing a tan jacket and black pants"),
        color_of("jacket", "beige"),
        color_of("t-shirt", "black", kind="open"),
        material("suede"),
        details("jacket", "the jacket has a black ribbed collar and cuffs"),
        describe("jacket", "a suede bomber jacket with a fur collar", failure="unsupported"),
        wearing("Question: What is the color of the jacket? Answer: beige", failure="leak"),
        gender="Men",
        title="WROGN Men Beige Solid Suede Bomber Jacket",
        category="Jackets",
        color="Beige",
    ),
    # photo: charcoal turtleneck sweater under an open camel overcoat (styling), grey trousers, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-013",
        caption("a man wearing a brown coat over a gray turtleneck"),
        color_of("sweater", "brown", kind="open", failure="other_garment_color"),
        color_of("coat", "beige"),
        Q.garment_type("sweater"),
        describe("sweater", "a turtleneck sweater"),
        details(
            "sweater", "he is wearing a turtleneck with a long coat and the coat has a belt", failure="unsupported"
        ),
        wearing("she is wearing a long coat and a turtleneck", failure="pronoun"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Turtleneck Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # photo: blue-and-white glen check blazer over a light grey crew t-shirt, navy chinos, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-014",
        caption("a man wearing a blue plaid blazer and a grey t-shirt"),
        Q.pattern("checked"),
        color_of("blazer", "blue and white checkered", kind="open"),
        color_of("t-shirt", "blue", failure="other_garment_color"),
        describe("blazer", "describe the blazer", failure="restated"),
        wearing("he is wearing a blazer and a t-shirt"),
        is_a("suit", "yes", failure="contradiction"),
        gender="Men",
        title="Mast & Harbour Men Blue Checked Single-Breasted Casual Blazer",
        category="Blazers",
        color="Blue",
    ),
    # photo: black crew sweatshirt with a white PUMA logo print on the chest, white t-shirt hem showing below it, grey
    # joggers, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-015",
        caption("a man wearing a black puma sweatshirt"),
        Q.pattern("printed"),
        color_of("sweatshirt", "white", kind="open", failure="other_garment_color"),
        details("sweatshirt", "a puma logo on the chest"),
        color_of("joggers", "grey"),
        wearing("she is wearing a black sweatshirt and grey sweatpants", failure="pronoun"),
        gender="Men",
        title="Puma Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: navy quilted sleeveless gilet (high zip collar) over a red-and-black buffalo check flannel shirt, blue
    # jeans, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-016",
        caption("a man wearing a blue vest and a red plaid shirt"),
        Q.sleeve_length("long sleeve", failure="contradiction"),
        color_of("vest", "navy blue"),
        color_of("shirt", "red and black", kind="open"),
        describe("vest", "a quilted vest with a zipper and a high collar"),
        wearing("a black vest and a red shirt", failure="contradiction"),
        details("vest", "yes", failure="non_answer"),
        is_a("vest", "yes"),
        gender="Men",
        title="Nautica Men Navy Blue Quilted Sleeveless Gilet",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: light blue formal shirt with a navy polka-dot tie under an open charcoal suit jacket, white backdrop,
    # front; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-017",
        caption("a man in a suit and tie"),
        color_of("shirt", "grey", kind="open", failure="other_garment_color"),
        color_of("tie", "navy blue"),
        color_of("jacket", "grey", kind="open"),
        describe("shirt", "a light blue dress shirt with a spread collar"),
        details("shirt", "the shirt has french cuffs with gold cufflinks", failure="unsupported"),
        wearing(
            "a light blue shirt with a navy blue tie with white polka dots under a grey suit jacket and the jacket is"
            " open and the shirt",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("suit", failure="contradiction"),
        gender="Men",
        title="Peter England Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: olive button-front cardigan worn open over a white t-shirt, dark jeans, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-018",
        caption("a man wearing an olive green cardigan and a white t-shirt"),
        Q.garment_type("cardigan"),
        color_of("cardigan", "green"),
        color_of("t-shirt", "white", kind="open"),
        details("cardigan", "the cardigan has a front button closure and two patch pockets"),
        wearing("what is the person wearing", failure="restated"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cardigan",
        category="Sweaters",
        color="Olive",
    ),
    # photo: maroon velvet party blazer with a black satin shawl lapel, black shirt, black trousers, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-019",
        caption("a man in a red velvet jacket and black pants"),
        material("velvet"),
        color_of("blazer", "black", failure="other_garment_color"),
        color_of("shirt", "black", kind="open"),
        describe("blazer", "a burgundy velvet blazer with a black shawl collar"),
        details(
            "blazer",
            "the blazer has a black collar and a black collar and a black collar and a black collar and a black"
            " collar and a",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a maroon blazer with gold embroidery on the collar", failure="unsupported"),
        Q.color("brown", failure="contradiction"),
        gender="Men",
        title="Blackberrys Men Maroon Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # photo: grey melange half-zip pullover (zip open, white t-shirt neckline showing), navy chinos, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-020",
        caption("a man wearing a grey sweater with a zipper and blue pants"),
        color_of("sweater", "gray", kind="open"),
        color_of("pants", "black", failure="contradiction"),
        details("sweater", "a half zip with a stand up collar and ribbed cuffs"),
        Q.pattern("solid"),
        wearing(
            "grey sweater grey sweater grey sweater grey sweater grey sweater grey sweater grey sweater grey sweater"
            " grey sweater grey sweater",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Monte Carlo Men Grey Melange Half-Zip Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # photo: dark coffee-brown leather jacket (plain leather collar) over a cream roll-neck sweater, dark jeans, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-021",
        caption("a man in a brown leather jacket and a white sweater"),
        material("leather"),
        color_of("jacket", "brown", kind="open"),
        color_of("sweater", "grey", failure="contradiction"),
        describe("jacket", "a brown leather jacket with a fur collar", failure="unsupported"),
        wearing(
            "He is wearing a brown leather jacket. Question: What color is the sweater? Answer: white", failure="leak"
        ),
        gender="Men",
        title="Woodland Men Coffee Brown Leather Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # photo: grey windowpane-check three-piece suit with waistcoat, white shirt, navy tie, plain grey backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-022",
        caption("a man wearing a grey suit and tie"),
        Q.pattern("solid", failure="contradiction"),
        color_of("tie", "blue"),
        color_of("waistcoat", "navy", kind="open", failure="other_garment_color"),
        details("suit", "the suit has a vest, a white shirt and a blue tie"),
        wearing("a grey three piece suit with a blue tie"),
        describe("suit", "suit", failure="non_answer"),
        gender="Men",
        title="Park Avenue Men Grey Checked Three-Piece Suit",
        category="Suits",
        color="Grey",
    ),
    # photo: close crop of a torso: navy tie with thin silver diagonal stripes, light pink shirt, edges of a grey
    # blazer, white backdrop; no color column in the feed; base model wrote caption and open answers, reference the rest
    case(
        "X611-023",
        caption("a man wearing a pink shirt and a blue tie"),
        color_of("tie", "pink", kind="open", failure="other_garment_color"),
        color_of("shirt", "pink"),
        Q.pattern("striped"),
        is_a("tie", "yes"),
        describe("tie", "a blue tie with white polka dots", failure="contradiction"),
        gender="Men",
        title="Tossido Men Navy Blue Striped Woven Silk Tie",
        category="Ties",
    ),
    # photo: navy-and-white breton-stripe crew sweater over a light blue chambray shirt (collar out), khaki chinos,
    # white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-024",
        caption("a man wearing a blue and white striped sweater"),
        Q.pattern("striped"),
        color_of("sweater", "navy blue and white", kind="open"),
        color_of("shirt", "blue"),
        details("sweater", "the sweater has a hood and a front pocket", failure="unsupported"),
        wearing("a striped sweater and khaki pants"),
        describe("sweater", "striped", failure="non_answer"),
        color_of("pants", "white", kind="open", failure="other_garment_color"),
        gender="Men",
        title="United Colors of Benetton Men Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # photo: red hooded puffer jacket (its hood down at the back) open over a black pullover hoodie, blue jeans, white
    # backdrop, three-quarter view; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-025",
        caption("a man wearing a red jacket and a black hoodie"),
        color_of("jacket", "red"),
        color_of("hoodie", "red", kind="open", failure="other_garment_color"),
        describe("jacket", "it is a red puffer jacket with a zipper and a hood"),
        wearing("she is wearing a red jacket", failure="pronoun"),
        is_a("hoodie", "yes", failure="contradiction"),
        material("nylon with down filling", failure="unsupported"),
        gender="Men",
        title="Fort Collins Men Red Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
    ),
    # photo: pink formal shirt with a burgundy tie under a navy two-piece suit, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-026",
        caption("a man in a blue suit with a pink shirt and a red tie"),
        color_of("shirt", "pink", kind="open"),
        color_of("tie", "maroon"),
        color_of("suit", "pink", kind="open", failure="other_garment_color"),
        describe(
            "shirt",
            "the shirt is pink and the tie is pink and the suit is pink and the shirt is pink and the tie is pink"
            " and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Louis Philippe Men Pink Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # photo: navy crew sweatshirt with a small embroidered chest logo over a white oxford shirt (collar and hem out),
    # grey trousers, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-027",
        caption("a man wearing a black sweatshirt and a white shirt", failure="contradiction"),
        color_of("sweatshirt", "white", failure="other_garment_color"),
        color_of("shirt", "white", kind="open"),
        describe("sweatshirt", "a navy blue crew neck sweatshirt with a small logo on the chest"),
        wearing(
            "The person is wearing a navy blue sweatshirt over a white collared shirt with the collar and the hem"
            " of the shirt showing and grey trousers with a",
            failure="cut",
            hit_limit=True,
        ),
        details("sweatshirt", "the sweatshirt details are the sweatshirt", failure="restated"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # photo: plain beige linen-blend blazer over a light blue shirt (no tie), navy trousers, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-028",
        caption("a man wearing a beige blazer and a blue shirt"),
        material("wool", failure="unsupported"),
        color_of("blazer", "khaki"),
        color_of("shirt", "light blue", kind="open"),
        details("blazer", "the blazer has two flap pockets and a chest pocket"),
        Q.pattern("checked", failure="contradiction"),
        wearing("a tan blazer and a light blue shirt with navy trousers"),
        describe("blazer", "she wears a beige blazer with notch lapels", failure="pronoun"),
        gender="Men",
        title="Marks & Spencer Men Beige Linen Blend Blazer",
        category="Blazers",
        color="Beige",
    ),
    # photo: charcoal bomber jacket (ribbed cuffs and hem) over a white pullover hoodie, black jeans, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-029",
        caption("a man wearing a gray jacket over a white hoodie"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        color_of("hoodie", "white"),
        Q.color("grey"),
        details("jacket", "the jacket has a zipper and ribbed cuffs and a ribbed hem"),
        wearing("no", failure="non_answer"),
        gender="Men",
        title="Highlander Men Charcoal Solid Bomber Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # photo: teal v-neck sweater over a white shirt with a navy knit tie, charcoal trousers, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-030",
        caption("a man in a turquoise sweater, white shirt and dark tie"),
        color_of("sweater", "blue"),
        color_of("tie", "black", kind="open", failure="contradiction"),
        describe("sweater", "a v-neck sweater with a white shirt and tie"),
        Q.pattern("striped", failure="contradiction"),
        wearing(
            "He is wearing a sweater and a tie. He is wearing a sweater and a tie. He is wearing a sweater and a"
            " tie. He",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Celio Men Teal Solid V-Neck Sweater",
        category="Sweaters",
        color="Teal",
    ),
    # photo: navy full-sleeve henley under an open grey-and-black checked flannel shirt, black jeans, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-031",
        caption("a man wearing a plaid shirt over a blue t-shirt"),
        color_of("t-shirt", "grey", kind="open", failure="other_garment_color"),
        Q.garment_type("shirt", failure="contradiction"),
        Q.sleeve_length("long sleeve"),
        details("t-shirt", "three buttons on the placket"),
        describe("t-shirt", "a navy henley with a chest pocket", failure="unsupported"),
        color_of("shirt", "grey"),
        gender="Men",
        title="Levis Men Navy Blue Full Sleeve Henley T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: beige two-piece suit, white shirt, brown knit tie, brown belt and shoes, a steel watch, in front of a
    # plain beige wall; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-032",
        caption("a man in a tan suit standing in front of a wall"),
        color_of("suit", "brown", failure="other_garment_color"),
        color_of("tie", "brown", kind="open"),
        wearing("he's wearing a suit"),
        describe(
            "suit",
            "a beige suit with a white shirt and a brown tie, and he is wearing brown shoes and a brown belt and a"
            " watch on his left",
            failure="cut",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        details("suit", "she has a two button jacket and flat front trousers", failure="pronoun"),
        gender="Men",
        title="Blackberrys Men Beige Solid Two-Piece Suit",
        category="Suits",
        color="Beige",
    ),
    # photo: mustard yellow windcheater (zip front) over a grey pullover hoodie, blue jeans, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-033",
        caption("a man wearing a yellow jacket with a grey hoodie"),
        color_of("jacket", "yellow"),
        color_of("hoodie", "yellow", kind="open", failure="other_garment_color"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: a yellow jacket with a hood Question: Describe the hoodie. Answer:",
            failure="leak",
        ),
        details("jacket", "a zipper"),
        wearing("he is wearing a jacket and a hoodie and jeans"),
        gender="Men",
        title="Wildcraft Men Mustard Yellow Windcheater",
        category="Jackets",
        color="Mustard",
    ),
    # photo: off-white cable-knit crew sweater over a blue chambray shirt (collar out), dark brown trousers, plain
    # grey backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-034",
        caption("a man in a white sweater and brown pants against a grey background"),
        color_of("sweater", "white", kind="open"),
        color_of("shirt", "white", failure="other_garment_color"),
        Q.pattern("cable knit"),
        material("wool and cashmere blend", failure="unsupported"),
        wearing("she is wearing a white sweater and brown pants", failure="pronoun"),
        gender="Men",
        title="Roadster Men Off-White Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
    ),
    # photo: black self-design sleeveless Nehru jacket (mandarin collar, button front) over a cream kurta, white
    # churidar, white backdrop; no gender column; base model wrote caption and open answers, reference the rest
    case(
        "X611-035",
        caption("a man wearing a black vest and a white kurta"),
        color_of("jacket", "black"),
        color_of("kurta", "black", kind="open", failure="other_garment_color"),
        Q.garment_type("kurta", failure="contradiction"),
        describe("jacket", "a sleeveless black jacket with a mandarin collar and buttons down the front"),
        Q.sleeve_length("sleeveless"),
        details("jacket", "the jacket has gold embroidery on the collar", failure="unsupported"),
        title="Manyavar Men Black Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # photo: burgundy sleeveless sweater vest with a navy-and-grey argyle front over a light blue shirt, grey trousers,
    # white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-036",
        caption("a man wearing a red argyle sweater vest over a blue shirt"),
        Q.sleeve_length("long sleeve", failure="contradiction"),
        color_of("vest", "burgundy"),
        color_of("shirt", "blue", kind="open"),
        details("vest", "the details of the vest", failure="restated"),
        describe("vest", "a sweater vest with a diamond pattern in navy and grey"),
        wearing(
            "he is wearing a red sweater vest with a blue shirt and a red sweater vest with a blue shirt and a red"
            " sweater vest with",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Burgundy Argyle Pattern Sweater Vest",
        category="Sweaters",
        color="Burgundy",
    ),
    # photo: black single-breasted formal blazer over a grey turtleneck, black trousers, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-037",
        caption("a man wearing a black blazer and a grey turtleneck"),
        color_of("blazer", "grey", kind="open", failure="other_garment_color"),
        color_of("turtleneck", "grey"),
        wearing("a blazer and a turtleneck sweater"),
        details("blazer", "the blazer has elbow patches and a leather trim on the pockets", failure="unsupported"),
        is_a("blazer", "yes"),
        describe("blazer", "no", failure="non_answer"),
        gender="Men",
        title="Arrow Men Black Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # photo: maroon pullover hoodie (white drawstrings) under a light blue denim jacket, black jeans, white sneakers,
    # white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-038",
        caption("a man wearing a denim jacket and a red hoodie"),
        color_of("hoodie", "blue", kind="open", failure="other_garment_color"),
        color_of("jacket", "blue"),
        Q.color("maroon"),
        describe("hoodie", "a maroon hoodie with white drawstrings"),
        details("hoodie", "the hoodie has a zip", failure="unsupported"),
        wearing(
            "He is wearing a denim jacket over a maroon hoodie with a hood and a pair of black jeans and a pair of"
            " white sneakers with",
            failure="cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # photo: black casual shirt (collar and cuffs out) under a light grey crew sweater, grey trousers, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-039",
        caption("a man wearing a grey sweater and a black shirt"),
        color_of("shirt", "grey", failure="other_garment_color"),
        color_of("sweater", "light grey", kind="open"),
        Q.garment_type("sweater", failure="contradiction"),
        describe("shirt", "a black shirt with a collar"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: a collar and buttons Question: What are the sweater"
            " details? Answer:",
            failure="leak",
        ),
        wearing("black", failure="non_answer"),
        gender="Men",
        title="Mufti Men Black Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: black padded puffer jacket (stand collar, no hood) over a grey crew sweatshirt, black joggers, white
    # backdrop, three-quarter view; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-040",
        caption("a man in a black puffer jacket and black pants"),
        color_of("jacket", "black", kind="open"),
        color_of("sweatshirt", "navy blue", failure="contradiction"),
        describe("jacket", "black", failure="non_answer"),
        material("polyester"),
        details("jacket", "the jacket has a fur lined hood and a chest pocket", failure="unsupported"),
        gender="Men",
        title="Puma Men Black Solid Padded Polyester Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: blue pinstriped two-piece suit, white shirt, pink tie, no pocket square, white backdrop, front; the feed
    # has no category column; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-041",
        caption("a man in a blue pinstripe suit and a pink tie"),
        Q.pattern("striped"),
        color_of("tie", "pink"),
        color_of("suit", "black", kind="open", failure="contradiction"),
        wearing(
            "he is wearing a blue suit with a pink tie and a white shirt with a white pocket square",
            failure="unsupported",
        ),
        details("suit", "the suit has a pinstripe pattern and a notch lapel"),
        describe(
            "suit",
            "a blue suit with a white shirt and a pink tie and a white shirt and a pink tie and a white shirt and a"
            " pink tie",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Men Blue Pinstriped Two-Piece Suit",
        color="Blue",
    ),
    # photo: rust ribbed crew sweater with a white t-shirt hem peeking below, olive chinos, white backdrop, front;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-042",
        caption("a man wearing an orange sweater and green pants"),
        color_of("sweater", "orange"),
        color_of("pants", "green", kind="open"),
        describe("sweater", "a rust colored ribbed knit sweater with a crew neck"),
        wearing("a green sweater and olive pants", failure="other_garment_color"),
        Q.garment_type("sweater"),
        material("cotton"),
        Q.pattern("striped", failure="contradiction"),
        gender="Men",
        title="WROGN Men Rust Orange Ribbed Cotton Pullover",
        category="Sweaters",
        color="Rust",
    ),
    # photo: grey five-button formal waistcoat over a white shirt with a black tie, black trousers, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-043",
        caption("a man in a gray vest and a black tie"),
        color_of("waistcoat", "grey"),
        color_of("shirt", "grey", kind="open", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe(
            "waistcoat",
            "a grey waistcoat with five buttons and two welt pockets worn over a white shirt with a black tie and black"
            " trousers and the waistcoat has a",
            failure="cut",
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        details("waistcoat", "the waistcoat has a satin back and an adjustable strap", failure="unsupported"),
        gender="Men",
        title="Park Avenue Men Grey Solid Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
    ),
    # photo: green-and-black buffalo check flannel shirt (two flap chest pockets) worn open over a black t-shirt, blue
    # jeans, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-044",
        caption("a man wearing a green plaid shirt over a black t-shirt"),
        Q.pattern("checked"),
        color_of("shirt", "red", failure="contradiction"),
        color_of("t-shirt", "black", kind="open"),
        details("shirt", "two chest pockets with button flaps"),
        material("flannel"),
        wearing("Question: What is the person wearing? Answer: a green plaid shirt", failure="leak"),
        gender="Men",
        title="Indian Terrain Men Green Checked Flannel Shirt",
        category="Shirts",
        color="Green",
    ),
    # photo: navy bomber jacket (black ribbed trims, inside not visible) over a grey pullover hoodie, blue jeans,
    # white backdrop, three-quarter view; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-045",
        caption("a man wearing a blue jacket and a grey hoodie"),
        color_of("jacket", "navy blue"),
        color_of("hoodie", "navy blue", kind="open", failure="other_garment_color"),
        describe("jacket", "a navy bomber jacket with orange lining", failure="unsupported"),
        details("jacket", "jacket details", failure="restated"),
        wearing("she is wearing a jacket and a hoodie", failure="pronoun"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: black merino v-neck jumper over a white shirt with a silver-grey tie, charcoal trousers, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X611-046",
        caption("a man wearing a black sweater, white shirt and grey tie"),
        material("merino wool"),
        color_of("sweater", "black"),
        color_of("tie", "black", kind="open", failure="other_garment_color"),
        Q.pattern("solid"),
        describe("sweater", "a black v-neck sweater"),
        details("sweater", "the sweater has a v-neck and leather elbow patches", failure="unsupported"),
        wearing(
            "Question: What is the color of the tie? Answer: grey Question: What is the color of the sweater? Answer:"
            " black Question: What",
            failure="leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Black Merino Wool V-Neck Jumper",
        category="Sweaters",
        color="Black",
    ),
]
