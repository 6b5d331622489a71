"""BLIND_198 (46 products; original BLIP-2 experiments re-run on a Myntra-like men's catalog): written blind in the
thirty-ninth session. Measured blind at 95d38e0 (the rules at the session's start): 101/112 failures found (90.2%) and
4/140 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario:
    The three original experiments re-run on a Myntra-like men's catalog with an English feed: casual and formal
    shirts, polo and round-neck t-shirts, jeans, chinos and formal trousers, shorts, bomber and denim jackets,
    sweatshirts and hoodies, a few kurtas, kurta sets and nehru jackets. Most photos are studio shots of a male model
    wearing the product with other clothes (a shirt worn open over a tee, jeans with a tee, a nehru jacket over a
    kurta); a few are flat lays. Seller colors are Myntra's free-form names (Navy Blue, Olive, Maroon, Mustard,
    Charcoal, Grey Melange, Rust, Peach, Lavender, Cream...). Gender is "Men" except for four rows where the feed
    left it empty.

Who wrote what:
    - Captions: either the base Salesforce/blip2-opt-2.7b (short, lowercase, "a man wearing ...") or the caption-only
      LoRA adapter (the DeepFashion-MultiModal template: "The gentleman wears a long-sleeve shirt with pure color
      patterns. The shirt is with cotton fabric..."). The caption adapter was trained on a mostly female dataset and
      regularly calls the male model "this lady"; trained without an end token, its longer templates run to the
      50-token caption limit (hit_limit=True, cut mid-sentence).
    - Open questions (D.wearing, D.description, D.details, D.material and the experiments' own questions: "What is
      he wearing?", "What is the color of the shirt / jeans / pants / shorts / jacket?", "What is the shirt color?",
      "Describe the shirt.", "What are the shirt / jeans / pants / shorts details?"): from one of three models.
      The base model answers in a few words (and stops on the newline). The VQA adapter, trained with no end
      token, never stops: every one of its texts runs to the 30-token answer limit (hit_limit=True) and either loops,
      is cut mid-phrase, or runs on into a new "Question: ... Answer:" turn. The caption adapter lost question
      answering and returns its caption template for whatever is asked.
    - Closed questions (D.garment_type, D.color, D.pattern, D.sleeve_length): the reference engine, which ranks a
      closed set of candidate answers; its texts are single candidates and never hit a limit.

Labeling conventions and judgement calls:
    - Shade words and hue families for the seller's color are correct: "blue"/"dark blue" for Navy Blue, "green"
      for Olive, "red"/"burgundy" for Maroon, "yellow" for Mustard, "dark grey" for Charcoal, "beige" for Khaki,
      "white" for Cream, "purple" for Lavender, "blue" for Teal, "pink" for Peach, "brown" for Rust.
    - Garment synonyms are correct: tee/shirt for a t-shirt in a base-model sentence, sweater for a sweatshirt,
      tunic or long shirt for a kurta, vest for a (sleeveless) nehru jacket, pants/trousers for chinos and jeans,
      jean jacket for a denim jacket, and the In-shop class "denim" as the garment type of a pair of jeans.
    - A material the title names (linen, corduroy, silk blend, denim, cotton) is correct even though a photo cannot
      prove it; a material the title does not name and the photo contradicts (silk, wool, leather, polyester for a
      cotton pique polo) is "unsupported", as are invented pockets, hoods and belts.
    - Sets (kurta with pyjamas, kurta with nehru jacket, shirt-and-shorts co-ord) named piece by piece, each in its
      own color, are correct; giving one piece the other piece's color is "other_garment_color".
    - A color answer that gives the product the color of the garment worn with it (the inner tee, the jeans, the
      kurta under the jacket) is "other_garment_color"; a wrong color that belongs to no garment in the photo, the
      print color of a graphic tee, a wrong garment type, a wrong pattern or sleeve length is "contradiction".
    - The reference engine's closed answers that describe the outer or inner layer instead of the product (garment
      type "shirt" for the tee under an open shirt, "t-shirt"/"hoodie" for the jacket or shirt worn over one, sleeve
      length "long" for that tee) are "contradiction": the garment or its sleeves, not a color, are wrong. Rolled-up
      long sleeves answered "short" are "contradiction" too; "striped" for a plain polo with a tipped collar as well.
    - The caption adapter's template as the answer to a short question (a color, the material) is "restated": it
      returns the caption instead of answering. As the answer to "What is the person wearing?", "Describe ..."
      or a details question the same template is a fair (if wordy) answer and is correct when accurate; when it
      says "lady"/"her" for the male model it is "pronoun" wherever it appears.
    - A VQA-adapter text that hit the limit is labeled by what is seen first: a repeated phrase is "loop" (even when
      the repeated phrase is right), a new "Question:"/"Answer:" turn is "leak", otherwise "cut". A base-model
      answer prefixed with "answer:" is "leak".
    - One-word echoes of the question's garment ("jeans" for the jeans' details, "they are shorts", "t-shirt"
      to "Describe the garment.") and "i don't know" are "non_answer".
    - Flat lays asked "What is the person wearing?": naming the product is accepted as correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

# the experiments' own questions (all free generation)
HE = question("he_wearing", "What is he wearing?", "open")
SHIRT_COLOR = question("shirt_color", "What is the color of the shirt?", "open")
THE_SHIRT_COLOR = question("the_shirt_color", "What is the shirt color?", "open")
JEANS_COLOR = question("jeans_color", "What is the color of the jeans?", "open")
PANTS_COLOR = question("pants_color", "What is the color of the pants?", "open")
SHORTS_COLOR = question("shorts_color", "What is the color of the shorts?", "open")
JACKET_COLOR = question("jacket_color", "What is the color of the jacket?", "open")
DESCRIBE_SHIRT = question("describe_shirt", "Describe the shirt.", "open")
SHIRT_DETAILS = question("shirt_details", "What are the shirt details?", "open")
JEANS_DETAILS = question("jeans_details", "What are the jeans details?", "open")
PANTS_DETAILS = question("pants_details", "What are the pants details?", "open")
SHORTS_DETAILS = question("shorts_details", "What are the shorts details?", "open")

BLIND_198 = [
    # model in a navy-and-white checked shirt, sleeves rolled up, untucked over mid-blue jeans; white studio wall
    case(
        "X198-001",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        D.color("navy blue"),
        D.pattern("checked"),
        SHIRT_COLOR("blue"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "the shirt has a spread collar, a button placket, a chest pocket, long sleeves with roll-up tabs, the "
            "shirt has a spread collar, a button placket, a chest pocket,",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # white shirt worn open over a black round-neck tee, black jeans, white sneakers
    case(
        "X198-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric."
        ),
        D.garment_type("shirt"),
        D.color("black", "other_garment_color"),
        D.wearing("a white shirt over a black t-shirt and black jeans"),
        D.material("cotton"),
        SHIRT_COLOR(
            "white with a black t-shirt underneath and black jeans and white sneakers and a black belt and a "
            "silver watch on his left wrist and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # white formal shirt tucked into grey trousers, black belt, no tie
    case(
        "X198-003",
        caption("a man in a white shirt and grey pants standing in front of a white wall"),
        THE_SHIRT_COLOR("white"),
        D.description(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            "pronoun",
        ),
        D.details(
            "the shirt has a spread collar, long sleeves with single-button cuffs, a full button placket, a curved "
            "hem and a slim fit. it is tucked into a pair of grey",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # light blue and white pinstriped formal shirt, navy trousers
    case(
        "X198-004",
        caption("a man wearing a blue striped shirt and dark pants"),
        D.pattern("striped"),
        D.color("light blue"),
        SHIRT_COLOR(
            "blue and white striped blue and white striped blue and white striped blue and white striped blue and "
            "white striped blue and white",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # plain pink formal shirt tucked into black trousers
    case(
        "X198-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("a pink shirt and black pants"),
        D.details("a shirt", "non_answer"),
        SHIRT_COLOR(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline.",
            "restated",
        ),
        gender="Men",
        title="Peter England Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # olive utility shirt with two flap chest pockets, worn untucked with beige chinos
    case(
        "X198-006",
        caption("a man in a green shirt and khaki pants"),
        D.color("green"),
        D.pattern("solid"),
        D.details("the shirt has two pockets on the chest"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline.",
            "restated",
        ),
        D.wearing(
            "a green shirt and beige pants and a green shirt and beige pants and a green shirt and beige pants and a "
            "green shirt and beige",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # plain maroon shirt untucked over black jeans, white sneakers
    case(
        "X198-007",
        caption("a man wearing a red shirt and black jeans"),
        D.sleeve_length("long"),
        D.pattern("checked", "contradiction"),
        SHIRT_COLOR("black", "other_garment_color"),
        D.description(
            "the shirt is maroon in color and has a spread collar, full sleeves, a button placket and a curved hem. "
            "it is paired with black jeans and white",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # flat lay: folded-open mustard shirt on a grey surface, no model
    case(
        "X198-008",
        caption("a yellow shirt laying on a table"),
        D.color("yellow"),
        D.wearing("a yellow shirt"),
        D.description(
            "a yellow shirt with a collar and buttons on the front and a pocket on the left side of the chest and a "
            "pocket on the right side of the",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # black short-sleeve shirt with a small white floral print, blue jeans
    case(
        "X198-009",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        D.pattern("floral"),
        D.color("black"),
        D.sleeve_length("long", "contradiction"),
        SHIRT_COLOR("black and white"),
        D.material(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            "restated",
        ),
        gender="Men",
        title="Dennis Lingo Men Black & White Regular Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # navy pique polo with white tipping on the collar and cuffs, beige chinos
    case(
        "X198-010",
        caption("a man wearing a blue polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("navy"),
        D.details("white stripes on the collar"),
        D.material("polyester", "unsupported"),
        D.wearing(
            "a navy blue polo shirt and beige chinos\nQuestion: What is the color of the polo shirt? Answer: navy "
            "blue\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Navy Blue Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # green polo with a small embroidered logo on the chest, white shorts
    case(
        "X198-011",
        caption("a man in a green polo shirt and white shorts"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        D.wearing(
            "a green polo shirt and white shorts\nQuestion: What is the color of the shorts? Answer: white\n"
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline."
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Green Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # black round-neck tee with a large white-and-red HRX logo print on the chest, grey joggers
    case(
        "X198-012",
        caption("a man wearing a black t-shirt with a red and white logo"),
        D.pattern("graphic"),
        D.color("red", "contradiction"),
        D.sleeve_length("short"),
        HE("a black shirt and black pants", "other_garment_color"),
        D.description(
            "black t-shirt with red and white print on the front black t-shirt with red and white print on the "
            "front black t-shirt with red and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # plain white round-neck tee worn under an open light-blue denim shirt, black jeans
    case(
        "X198-013",
        caption("a man wearing a denim shirt and a white t-shirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.wearing("a denim shirt, white t-shirt and black jeans"),
        D.sleeve_length("long", "contradiction"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. There is an accessory on his wrist.",
            "restated",
        ),
        gender="Men",
        title="Roadster Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # yellow tee with a cat-and-mouse cartoon print on the chest, blue jeans
    case(
        "X198-014",
        caption("a man wearing a yellow t-shirt with a cartoon on it"),
        D.color("yellow"),
        D.pattern("graphic"),
        HE("a yellow shirt with a cartoon on it"),
        D.description(
            "This lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline.",
            "pronoun",
        ),
        D.details(
            "the t-shirt has a print of a cat and a mouse on the front, short sleeves and a round neck. the t-shirt "
            "is paired with blue jeans and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Yellow Tom & Jerry Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # heathered grey round-neck tee, black jeans
    case(
        "X198-015",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric.",
            "pronoun",
        ),
        D.color("grey"),
        D.wearing("a grey t-shirt and black jeans"),
        D.details(
            "the t-shirt has a round neck, short sleeves and a straight hem. the t-shirt has a round neck, short "
            "sleeves and a straight hem. the t-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # teal sports tee with a small white Puma logo on the chest, black track shorts
    case(
        "X198-016",
        caption("a man in a blue t-shirt and black shorts"),
        D.color("teal"),
        D.details("a puma logo on the chest"),
        D.wearing(
            "a teal t-shirt and black shorts\nQuestion: What is the color of the t-shirt? Answer: teal\nQuestion: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        D.description("t-shirt", "non_answer"),
        D.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Teal Blue dryCELL Slim Fit Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # mid-blue slim jeans with a white tee tucked in at the front, brown belt
    case(
        "X198-017",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        JEANS_COLOR("blue"),
        D.details(
            "the jeans have five pockets, a button closure, belt loops, a zip fly and a slim fit. the jeans have "
            "five pockets, a button closure, belt loops",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # black skinny jeans, grey crew-neck sweatshirt, black boots
    case(
        "X198-018",
        caption("a man in a grey sweatshirt and grey jeans", "other_garment_color"),
        D.garment_type("denim"),
        JEANS_COLOR("black"),
        D.material("denim"),
        D.wearing("answer: a grey sweatshirt and black jeans", "leak"),
        JEANS_DETAILS("jeans", "non_answer"),
        gender="Men",
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # light-wash jeans with ripped knees, navy round-neck tee
    case(
        "X198-019",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric and its neckline is round. The denim pants are of long length. The denim "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        D.color("light blue"),
        JEANS_DETAILS("they have holes in them"),
        JEANS_COLOR(
            "light blue\nQuestion: What is the color of the t-shirt? Answer: navy blue\nQuestion: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # dark indigo tapered jeans with rolled hems, white shirt untucked
    case(
        "X198-020",
        caption("a man in a white shirt and dark blue jeans"),
        D.color("blue"),
        JEANS_COLOR("white", "other_garment_color"),
        JEANS_DETAILS(
            "the jeans have five pockets, a zip fly, a button closure and rolled up hems. the jeans are paired with "
            "a white shirt and brown",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears long pants. The pants are with denim fabric."
        ),
        gender="Men",
        title="Flying Machine Men Navy Blue Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # khaki chinos, navy polo tucked in, brown loafers
    case(
        "X198-021",
        caption("a man wearing a navy polo shirt and khaki pants"),
        D.garment_type("trousers"),
        PANTS_COLOR("beige"),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        D.material("cotton"),
        PANTS_DETAILS(
            "the pants have a button closure, a zip fly, two side pockets and two back pockets. the pants have a "
            "button closure, a zip fly, two side",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Khaki Slim Fit Solid Cotton Stretch Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # charcoal formal trousers, white formal shirt tucked in, black belt
    case(
        "X198-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric."
        ),
        D.color("dark grey"),
        D.wearing("a white shirt and grey pants"),
        D.material("fabric", "non_answer"),
        PANTS_COLOR(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The trousers this gentleman wears is "
            "of long length. The trousers are with cotton fabric and solid color patterns.",
            "restated",
        ),
        D.details(
            "the trousers have a flat front, a hook and bar closure, a zip fly, two side pockets and two welt "
            "pockets on the back. the trousers are paired with a white",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # beige linen drawstring trousers, white linen shirt untucked, model with shoulder-length hair
    case(
        "X198-023",
        caption("a woman in a white shirt and beige pants", "pronoun"),
        D.material("linen"),
        D.color("white", "other_garment_color"),
        PANTS_DETAILS("drawstring"),
        D.wearing(
            "a white shirt and beige pants and a white shirt and beige pants and a white shirt and beige pants and a "
            "white shirt and beige",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Beige Regular Fit Pure Linen Drawstring Trousers",
        category="Trousers",
        color="Beige",
    ),
    # olive chino shorts, black round-neck tee
    case(
        "X198-024",
        caption("a man wearing a black t-shirt and green shorts"),
        SHORTS_COLOR("black", "other_garment_color"),
        SHORTS_DETAILS("they are shorts", "non_answer"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The shorts are with cotton fabric and pure color patterns.",
            "restated",
        ),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Regular Fit Shorts",
        category="Shorts",
        color="Olive",
    ),
    # black running shorts with a white swoosh on the left leg, grey tee
    case(
        "X198-025",
        caption("a man in a grey shirt and black shorts"),
        D.color("black"),
        D.garment_type("pants", "contradiction"),
        D.details(
            "the shorts have an elastic waistband, a drawstring, two side pockets and a nike logo on the left leg. "
            "the shorts have an elastic waistband, a drawstring",
            "loop",
            hit_limit=True,
        ),
        SHORTS_COLOR(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The shorts are of short length. "
            "The shorts are with cotton fabric and pure color patterns.",
            "restated",
        ),
        gender="Men",
        title="Nike Men Black Dri-FIT Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # flat lay: mid-blue denim shorts with whiskering at the hips, no belt
    case(
        "X198-026",
        caption("a pair of blue jean shorts on a white background"),
        D.garment_type("shorts"),
        D.material("denim"),
        D.wearing("jeans", "contradiction"),
        D.details("the shorts have a belt", "unsupported"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # olive bomber with ribbed collar and cuffs, orange lining at the open zip, white tee, black jeans
    case(
        "X198-027",
        caption("a man wearing a green jacket and black jeans"),
        JACKET_COLOR("green"),
        D.color("white", "other_garment_color"),
        D.details("it has a zipper and pockets"),
        D.material("leather", "unsupported"),
        D.wearing(
            "a green bomber jacket with a white t-shirt and black jeans and white sneakers and a black watch and a "
            "black bag and a black",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # maroon bomber zipped up, blue jeans
    case(
        "X198-028",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand-up collar. The pants this lady wears is of long length. The pants are with denim fabric.",
            "pronoun",
        ),
        D.color("burgundy"),
        JACKET_COLOR("red"),
        D.details(
            "the jacket has a stand-up collar, a zip closure, two side pockets, ribbed cuffs and a ribbed hem. the "
            "jacket is made of polyester and has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.wearing(
            "a maroon jacket and blue jeans and a maroon jacket and blue jeans and a maroon jacket and blue jeans "
            "and a maroon jacket and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Bomber Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # mid-blue washed denim jacket, two flap chest pockets, worn open over a black hoodie, black jeans
    case(
        "X198-029",
        caption("a man wearing a denim jacket and a black hoodie"),
        D.garment_type("hoodie", "contradiction"),
        D.material("denim"),
        JACKET_COLOR("black", "other_garment_color"),
        D.description(
            "a blue denim jacket with a collar, buttons on the front, two chest pockets with flaps and long sleeves. "
            "it is worn over a black hoodie with the hood",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # grey washed denim jacket, two chest pockets, white tee, light-blue jeans; front view only
    case(
        "X198-030",
        caption("a man in a grey jean jacket and blue jeans"),
        D.color("grey"),
        D.details("the jacket has two pockets on the front and a pocket on the back", "unsupported"),
        D.material("i don't know", "non_answer"),
        D.wearing("a grey jacket and grey jeans", "other_garment_color"),
        JACKET_COLOR(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mufti Men Grey Washed Denim Jacket",
        category="Jackets",
        color="Grey",
    ),
    # grey melange pullover hoodie with kangaroo pocket and drawstrings, black joggers
    case(
        "X198-031",
        caption("a man wearing a grey hoodie and black pants"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        HE("a black hoodie", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants this gentleman wears is of long length."
        ),
        D.material(
            "cotton and polyester blend\nQuestion: What is the color of the hoodie? Answer: grey\nQuestion: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # black crew-neck sweatshirt with ribbed cuffs and hem, no hood, blue jeans
    case(
        "X198-032",
        caption("a man in a black sweater and blue jeans"),
        D.color("black"),
        HE("a black sweatshirt and jeans"),
        D.details("a hood", "unsupported"),
        D.description(
            "a black sweatshirt with a round neck, long sleeves, ribbed cuffs and a ribbed hem. the sweatshirt is "
            "made of cotton fleece and has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # mustard hoodie with white "BROOKLYN" lettering across the chest, navy jeans
    case(
        "X198-033",
        caption("a man wearing a yellow hoodie that says brooklyn"),
        D.pattern("graphic"),
        D.color("navy blue", "other_garment_color"),
        D.details(
            "the hoodie has a drawstring hood, a kangaroo pocket, long sleeves with ribbed cuffs and the word "
            "brooklyn printed on the front in white letters and the word",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "This lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline.",
            "pronoun",
        ),
        title="Roadster Men Mustard Yellow Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # navy crew-neck sweatshirt with a wide white band across the chest, grey jeans
    case(
        "X198-034",
        caption("a man wearing a blue and white sweater"),
        D.pattern("color block"),
        D.color("navy blue"),
        D.details("a white stripe across the chest"),
        D.material("wool", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Navy Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # cream kurta with mandarin collar and matching cream churidar, tan mojaris
    case(
        "X198-035",
        caption("a man in a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("gold", "contradiction"),
        D.description(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "pants this lady wears is of long length.",
            "pronoun",
        ),
        D.material("silk"),
        D.details(
            "the kurta has a mandarin collar, a button placket, long sleeves and side slits. the churidar has a "
            "drawstring waist and gathered hems. the kurta has",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Cream-Coloured Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # indigo kurta with a small white floral block print, worn with white pyjamas
    case(
        "X198-036",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand-up collar. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns. The shirt is of long length and",
            "cut",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.pattern("floral"),
        D.wearing("a blue tunic and white pants"),
        HE(
            "a blue kurta and white pyjamas and a blue kurta and white pyjamas and a blue kurta and white pyjamas "
            "and a blue kurta and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Blue Floral Block Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # set: maroon woven-design kurta with white pyjamas
    case(
        "X198-037",
        caption("a man wearing a red kurta and white pants"),
        D.color("maroon"),
        PANTS_COLOR("red", "other_garment_color"),
        D.details("kurta", "non_answer"),
        D.wearing(
            "a maroon kurta with white pyjama\nQuestion: What is the color of the kurta? Answer: maroon\nQuestion: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Anouk Men Maroon Woven Design Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # beige sleeveless nehru jacket over a white kurta and white churidar
    case(
        "X198-038",
        caption("a man wearing a white kurta and a beige vest"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        JACKET_COLOR(
            "beige and the kurta is white\nQuestion: What is the color of the churidar? Answer: white\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a stand-up collar. The gentleman wears a long-sleeve shirt with pure color patterns."
        ),
        gender="Men",
        title="Manyavar Men Beige Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # navy nehru jacket with a small white all-over print, worn over a sky-blue kurta
    case(
        "X198-039",
        caption("a man in a blue vest and blue shirt"),
        D.pattern("solid", "contradiction"),
        HE("a blue vest"),
        D.material("velvet", "unsupported"),
        D.details(
            "the jacket has a mandarin collar, a button placket, two welt pockets and a chest pocket. the jacket has "
            "a mandarin collar, a button placket, two welt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Fabindia Men Navy Blue Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # set: cream kurta and cream pyjamas with a bottle-green nehru jacket with brass buttons
    case(
        "X198-040",
        caption("a man in a white kurta and a green vest"),
        D.color("cream"),
        D.wearing("a green jacket and white pants"),
        D.details("the jacket has gold buttons"),
        PANTS_COLOR("green", "other_garment_color"),
        D.material(
            "the kurta is made of cotton and the jacket is made of silk blend with a jacquard weave. the pyjamas are "
            "made of cotton and have",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="KISAH Men Cream Kurta with Pyjamas & Green Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # lavender formal shirt with a navy polka-dot tie, grey trousers
    case(
        "X198-041",
        caption("a man wearing a purple shirt and a blue tie"),
        D.color("purple"),
        DESCRIBE_SHIRT("a purple dress shirt with a tie"),
        D.details("it is a shirt", "non_answer"),
        SHIRT_COLOR(
            "light purple and the tie is navy blue with small white dots on it. the trousers are grey and the shirt "
            "is tucked into the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # blue-and-white small-check formal shirt, spread collar, no pocket, black trousers
    case(
        "X198-042",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric."
        ),
        D.pattern("checked"),
        D.color("black", "other_garment_color"),
        D.wearing("a blue shirt and black pants"),
        THE_SHIRT_COLOR(
            "blue and white checks with a spread collar and long sleeves and the trousers are black and the shoes "
            "are black and the belt is",
            "cut",
            hit_limit=True,
        ),
        SHIRT_DETAILS("the shirt has a pocket on the chest and a button down collar", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Blue & White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # rust corduroy shirt worn open over a white tee, blue jeans
    case(
        "X198-043",
        caption("a man in an orange shirt and a white t-shirt"),
        D.material("corduroy"),
        D.color("brown"),
        D.garment_type("t-shirt", "contradiction"),
        D.description(
            "a rust colored shirt with a white t-shirt underneath and blue jeans with a brown belt and brown shoes "
            "and a brown watch and a brown",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Rust Orange Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # flat lay: white polo with navy-and-red tipped collar and a small flag logo on the chest
    case(
        "X198-044",
        caption("a white polo shirt with a red, white and blue logo"),
        D.color("white"),
        D.sleeve_length("short"),
        D.wearing("a polo shirt"),
        D.garment_type("t-shirt"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline.",
            "pronoun",
        ),
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # peach short-sleeve cuban-collar shirt, white chinos
    case(
        "X198-045",
        caption("a man wearing a pink shirt and white pants"),
        D.material("linen"),
        D.sleeve_length("short"),
        D.description("a short sleeve shirt with a collar"),
        D.wearing(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this lady wears is of long length.",
            "pronoun",
        ),
        SHIRT_COLOR(
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Peach-Coloured Cotton Linen Cuban Collar Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # co-ord set: blue shirt with green tropical-leaf print worn open over a white tee, matching printed shorts
    case(
        "X198-046",
        caption("a man in a blue shirt and blue shorts with leaves on them"),
        D.pattern("floral"),
        D.garment_type("shirt"),
        SHORTS_COLOR("green", "contradiction"),
        D.material("", "non_answer"),
        D.wearing(
            "a blue shirt with a leaf print and matching shorts and white sneakers and a white t-shirt underneath "
            "the shirt and a silver watch and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Blue Tropical Printed Shirt with Shorts Co-ord Set",
        category="Co-Ords",
        color="Blue",
    ),
]
