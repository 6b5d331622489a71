"""BLIND_659 (46 products; Myntra men's tees/polos/shirts; caption LoRA e2): written blind in the fifty-fourth session.
Measured blind at 6e41e08 (the session's first rules): 118/128 failures found (92.2%) and 1/185 correct texts flagged
(0.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts, polo t-shirts (filed under Tshirts, as Myntra does) and casual shirts.
Catalog photos on a white backdrop, front or slight three-quarter view, the model cropped at mid-thigh or knee, wearing
jeans, chinos, track pants or shorts with the product; a few shirts are worn open over a t-shirt, one tee under an open
bomber jacket, one pack of three shot folded with no model. Seller columns: title, category (Tshirts / Shirts), color
(Myntra base colour) and gender; one row lacks gender, one lacks category, one lacks color.

Who wrote what: every caption and every open answer is free generation by the caption LoRA (blip2-opt-2.7b, the
experiments' recipe) stopped after its second epoch; greedy, 50 new tokens for captions, 30 for answers. It speaks
the DeepFashion-MultiModal template ("The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is
with cotton fabric. It has a round neckline."), calls every fabric cotton or denim, names patterns rather than hues
in captions, slips into "the lady"/"she" from its mostly women's training photos, sometimes answers a question with
the caption template, and has no trained end token: some texts run to the limit and are cut or loop, and some go on
to write the next "Question: ... Answer:" pair. The closed answers (garment type, color, pattern, sleeve length, the
yes/no garment questions, the closed color-of questions) are the reference engine's pick among candidates scored by
the same adapter: always one clean candidate, never cut or looping, but wrong where the adapter's color sense is
(the jeans' or the inner tee's color, a print's color, navy read as black).

Labeling conventions and judgement calls:
- The product is the seller's garment; "the shirt"/"the t-shirt"/"the polo shirt" in a question means that product,
  also when the model wears another shirt or tee under or over it.
- A color answer for the product that is the color of a garment worn with it (jeans, chinos, shorts, the inner tee,
  the jacket) is other_garment_color; a wrong color that belongs to nothing else in the photo, or that comes from the
  product's own print, is contradiction. A two-color answer for a solid product whose second color is the trousers'
  is other_garment_color.
- A question about another garment (jeans, shorts, pants, jacket) answered with the product's color, or with any color
  that garment does not have, is contradiction (one color for two garments).
- A wrong garment type, pattern or sleeve length, or "yes"/"no" wrong for the product, is contradiction.
- Invented details (pockets, epaulettes, logos on a side not shown, an accessory or person not there, a fabric the
  photo and title do not support, e.g. "cotton" for a rapid-dry polyester tee) are unsupported. "Cotton" for a
  linen-cotton blend and for chambray is not labelled: both are cotton.
- The caption template returned for a color question, a lone word or "yes" for an open question, and the question's
  own words back with nothing added are non_answer; a sentence that only restates the question ("the shirt details
  are the shirt details") is restated.
- A text that ran to the token limit and repeats a phrase is loop even though it is also cut; one that ran to the
  limit without repeating and stops mid-phrase is cut; one that writes the next "Question: ... Answer:" is leak,
  whether or not it reached the limit. A text at the limit that ends on a whole phrase but carries another failure
  gets that failure and hit_limit=True.
- "She"/"her"/"the lady"/"the woman" for a man in a Men row is pronoun, also when the rest of the text is right.
- Navy read as "black" for a navy product is contradiction; "blue" for navy or teal, "purple" for lavender, "white"
  for cream, "beige" for khaki, "red" or "maroon" for burgundy are correct shades.
- For the pack of three (black, white, grey tees folded), the closed color "grey" names one of the three and is kept
  correct; the caption's invented man is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_659 = [
    # photo: solid navy crew-neck cotton tee, light-blue jeans, white backdrop, front view; no pocket, no watch.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. He wears a long denim pants."
        ),
        wearing("a navy blue t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        color_of("jeans", "blue"),
        shirt_color(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline.",
            "non_answer",
        ),
        BQ.pattern("solid"),
        BQ.sleeve_length("short"),
        details("t-shirt", "the t-shirt has a round neck, short sleeves and a pocket on the left chest", "unsupported"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew-neck tee with a black "HRX" logo print on the chest, plain white sleeves, black track pants,
    # white backdrop, front view. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-002",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. He wears long pants."
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        shirt_color("white with a black print"),
        describe("t-shirt", "a white t-shirt with a black logo print on the front and short sleeves"),
        details(
            "t-shirt",
            "there is a black hrx logo printed on the chest and the sleeves have black stripes",
            "unsupported",
        ),
        BQ.pattern("printed"),
        wearing("She is wearing a white t-shirt and black pants.", "pronoun", who="he"),
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon pique polo, three-button placket, small white embroidered logo, beige chinos, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-003",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("polo shirt", "maroon"),
        BQ.garment_type("polo shirt"),
        shirt_color("dark red"),
        wearing("a red polo shirt and khaki pants", who="he"),
        details(
            "shirt",
            "the shirt has a collar, a button placket and a logo on the chest. the shirt has a collar, a button "
            "placket and a logo",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "maroon", "contradiction"),
        title="U.S. Polo Assn. Men Maroon Solid Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: blue-and-white gingham check button-down shirt, one chest pocket, buttoned cuffs rolled to the elbow,
    # dark indigo jeans, white backdrop; no watch or bracelet. caption adapter e2: caption and open answers;
    # reference engine: closed answers.
    case(
        "X659-004",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long pants. There is an accessory on his wrist.",
            "unsupported",
        ),
        BQ.pattern("checked"),
        BQ.sleeve_length("long"),
        color_of("shirt", "blue"),
        describe("shirt", "a blue and white checkered shirt with long sleeves rolled up to the elbows"),
        wearing("a plaid shirt and dark jeans", who="he"),
        details("shirt", "the shirt has a pocket on the chest, a button-down collar and buttons on the cuffs"),
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polyester training tee, crew neck, small white Puma cat logo on the chest, grey shorts, white
    # backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. He wears a shorts.",
            "unsupported",
        ),
        BQ.material("polyester"),
        color_of("t-shirt", "black"),
        color_of("shorts", "grey"),
        wearing("a black t-shirt and grey shorts", who="he"),
        details("t-shirt", "the details of the t-shirt are the details on the t-shirt", "restated"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Puma Men Black dryCELL Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive cotton shirt, long sleeves, worn open over a white crew-neck tee, khaki chinos, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-006",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The man wears a long trousers."
        ),
        color_of("shirt", "white", "other_garment_color"),
        shirt_color("olive green"),
        BQ.garment_type("shirt"),
        BQ.sleeve_length("long"),
        wearing("he is wearing a green shirt over a white t-shirt and khaki pants", who="he"),
        describe(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The man",
            "cut",
            hit_limit=True,
        ),
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange long-sleeve henley, three-button placket, black jeans, white backdrop, front view.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-007",
        caption(
            "The person wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long pants. The pants are with denim fabric."
        ),
        color_of("t-shirt", "grey"),
        BQ.sleeve_length("short", "contradiction"),
        color_of("jeans", "grey", "contradiction"),
        details("t-shirt", "a button placket at the neck and long sleeves"),
        wearing("a grey henley and black jeans", who="he"),
        title="Jack & Jones Men Grey Melange Solid Henley T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white polo with thin horizontal navy stripes, navy collar and navy sleeve cuffs, small flag logo on the
    # chest, light-grey chinos, white backdrop. caption adapter e2: caption and open answers; reference engine: closed.
    case(
        "X659-008",
        caption(
            "The man wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants."
        ),
        color_of("shirt", "white"),
        BQ.pattern("striped"),
        shirt_color("white and blue stripes"),
        wearing("Question: What is he wearing? Answer: a striped polo shirt and grey pants", "leak", who="he"),
        is_a("polo shirt", "yes"),
        details(
            "shirt",
            "the collar is navy blue and the sleeves have a navy blue trim. the shirt has a button placket and a "
            "tommy hilfiger logo on the",
            "cut",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men White & Navy Striped Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black long-sleeve shirt with a mandarin (stand) collar, untucked, light-blue jeans, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady wears a long pants.",
            "pronoun",
        ),
        color_of("shirt", "black"),
        shirt_color("blue", "other_garment_color"),
        BQ.garment_type("shirt"),
        describe("shirt", "black", "non_answer"),
        details("shirt", "it has a mandarin collar, full sleeves and a button front"),
        title="Mast & Harbour Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard-yellow crew-neck tee with a white "JUST DO IT" text print and swoosh, navy shorts, white
    # backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-010",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "yellow"),
        color_of("shorts", "yellow", "contradiction"),
        shirt_color("navy blue", "other_garment_color"),
        wearing(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            who="he",
            hit_limit=True,
        ),
        BQ.pattern("printed"),
        details("t-shirt", "there is a nike logo and the words just do it printed on the front in white"),
        title="Nike Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: light-pink short-sleeve cotton shirt, one plain patch pocket, no flaps or epaulettes, white trousers,
    # sunglasses held in one hand, white backdrop. caption adapter e2: caption and open answers; reference engine:
    # closed answers.
    case(
        "X659-011",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory in his hand."
        ),
        color_of("shirt", "pink"),
        shirt_color("white", "other_garment_color"),
        BQ.sleeve_length("short"),
        wearing("a pink shirt and white pants", who="he"),
        describe("shirt", "pink", "non_answer"),
        details(
            "shirt",
            "the shirt has a chest pocket with a flap, epaulettes on the shoulders and a curved hem",
            "unsupported",
        ),
        title="Peter England Casuals Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: red crew-neck tee with a white Levi's batwing logo on the chest, mid-blue jeans, white backdrop, front
    # view; no jacket. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-012",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        color_of("jeans", "blue"),
        shirt_color("red and white"),
        describe("t-shirt", "Answer: a red t-shirt with a white logo on the chest", "leak"),
        details("t-shirt", "the t-shirt", "non_answer"),
        is_a("jacket", "no"),
        title="Levis Men Red Graphic Print T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy long-sleeve shirt with a small white leaf micro-print all over, spread collar, buttoned cuffs, beige
    # chinos, white backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-013",
        caption(
            "This man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric."
        ),
        color_of("shirt", "navy blue"),
        BQ.pattern("solid", "contradiction"),
        shirt_color("beige", "other_garment_color"),
        details("shirt", "small white leaves printed all over the shirt, a spread collar and buttoned cuffs"),
        describe("shirt", "The shirt is described as a shirt.", "restated"),
        wearing("Question: What is he wearing? Answer: a navy blue shirt with white flowers", "leak", who="he"),
        title="WROGN Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle-green pique polo with white tipping on the collar and sleeve hems, black jeans, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-014",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The man wears a short-sleeve shirt with pure color "
            "patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("polo shirt", "green"),
        color_of("jeans", "black"),
        BQ.garment_type("t-shirt"),
        describe("shirt", "a bottle green polo shirt with white tipping on the collar and sleeves"),
        shirt_color("black", "other_garment_color"),
        wearing(
            "the man is wearing a green shirt and black jeans. the man is wearing a green shirt and black jeans. "
            "the man is wearing a green shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Roadster Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: white oxford button-down shirt, sleeves rolled, tucked into navy chinos with a brown leather belt,
    # white backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-015",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. There is an accessory on his waist."
        ),
        color_of("shirt", "white"),
        shirt_color("navy blue", "other_garment_color"),
        color_of("pants", "navy blue"),
        BQ.material("cotton"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has a button down collar. Question: What is "
            "the color of the shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Arrow Sport Men White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal crew-neck tee with a large print of a yellow auto rickshaw in orange and yellow with Hindi-style
    # lettering, blue jeans, white backdrop. caption adapter e2: caption and open answers; reference engine: closed.
    case(
        "X659-016",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        color_of("t-shirt", "orange", "contradiction"),
        shirt_color("dark grey with a colorful print"),
        wearing("a t-shirt with a picture of an auto rickshaw on it and jeans", who="he"),
        BQ.pattern("printed"),
        details(
            "t-shirt",
            "the t-shirt has a big print of a yellow auto rickshaw on the front with orange and yellow colors, a "
            "round neck and the",
            "cut",
            hit_limit=True,
        ),
        title="Tantra Men Charcoal Grey Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red-and-black buffalo-check flannel shirt with two flap chest pockets, worn open over a black crew-neck
    # tee, grey jeans, white backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-017",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. He wears a short-sleeve T-shirt inside. The man wears a long pants."
        ),
        color_of("shirt", "grey", "other_garment_color"),
        BQ.pattern("checked"),
        wearing("a red and black checkered shirt over a black t-shirt and grey jeans", who="he"),
        describe("shirt", "a red and black plaid flannel shirt with two chest pockets"),
        is_a("t-shirt", "yes", "contradiction"),
        details(
            "shirt",
            "the shirt has two chest pockets with flaps and buttons and the pockets have flaps and buttons and the "
            "pockets have flaps and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: royal-blue crew-neck tee with three white stripes over each shoulder and a small logo, black track pants
    # with white side stripes, white backdrop. caption adapter e2: caption and open answers; reference engine: closed.
    case(
        "X659-018",
        caption(
            "The man is wearing a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The man wears a long pants."
        ),
        color_of("t-shirt", "blue"),
        color_of("pants", "black"),
        shirt_color("black and white", "other_garment_color"),
        details("t-shirt", "three white stripes on the shoulders and an adidas logo on the chest"),
        BQ.material(
            "The man is wearing a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "it has a round",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a blue t-shirt and black track pants Question: What is the color of the t-shirt? Answer: blue "
            "Question: What is the color",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="Adidas Men Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki cotton twill shirt, two flap chest pockets, epaulettes, long sleeves, black jeans, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        color_of("shirt", "beige"),
        shirt_color("khaki"),
        details("shirt", "two chest pockets with flaps and epaulettes on the shoulders"),
        wearing("shirt", "non_answer", who="he"),
        color_of("jeans", "khaki", "contradiction"),
        title="Urban Ranger Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: solid olive V-neck tee, dark-blue jeans, silver wristwatch, white backdrop; no pocket, no sleeve logo.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. There is an accessory on his wrist. The man wears a long pants."
        ),
        color_of("t-shirt", "olive"),
        shirt_color("green"),
        describe(
            "t-shirt",
            "a green v-neck t-shirt with a chest pocket and a small embroidered logo on the sleeve",
            "unsupported",
        ),
        BQ.sleeve_length("short"),
        BQ.pattern("striped", "contradiction"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.",
            "pronoun",
            who="he",
        ),
        title="Being Human Men Olive Green Solid V-neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white short-sleeve camp-collar shirt with large green palm-leaf print, beige cotton shorts, white
    # backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-021",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "white"),
        BQ.pattern("floral"),
        shirt_color("beige", "other_garment_color"),
        color_of("shorts", "white", "contradiction"),
        details(
            "shirt",
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a tropical print shirt and shorts", who="he"),
        is_a("shirt", "yes"),
        title="HERE&NOW Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: purple crew-neck tee with white "STAY WEIRD" typography, black joggers, white sneakers, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-022",
        caption(
            "She wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. She wears a long pants.",
            "pronoun",
        ),
        color_of("t-shirt", "purple"),
        shirt_color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "the words stay weird printed in white on the front"),
        BQ.pattern("printed"),
        describe("t-shirt", "the t-shirt is the t-shirt that he is wearing", "restated"),
        title="Difference of Opinion Men Purple Typography Printed T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two chest pockets with snap buttons, long sleeves, black chinos, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        BQ.material("denim"),
        color_of("shirt", "blue"),
        shirt_color("black", "other_garment_color"),
        details("shirt", "two chest pockets with snap buttons"),
        BQ.garment_type("jacket", "contradiction"),
        wearing("a denim jacket and black pants", "contradiction", who="he"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy pique polo with a small red embroidered logo, white chinos, white backdrop, front view.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-024",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "black", "contradiction"),
        shirt_color("navy blue"),
        wearing("a navy polo shirt and white pants", who="he"),
        details(
            "shirt",
            "the shirt has a collar, buttons, sleeves, a collar, buttons, sleeves, a collar, buttons, sleeves, a "
            "collar, buttons, sleeves, a collar",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white"),
        BQ.material("silk", "unsupported"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay, no model: three plain crew-neck tees (black, white, grey) folded side by side on a white
    # backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-025",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline.",
            "unsupported",
        ),
        color_of("t-shirt", "grey"),
        wearing("three t-shirts folded on a white background"),
        describe("t-shirt", "three plain t-shirts in black, white and grey, folded"),
        BQ.pattern("solid"),
        is_a("t-shirt", "yes"),
        title="Roadster Men Pack of 3 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: mustard long-sleeve solid shirt, one chest pocket, white jeans with a tan belt, white backdrop, slight
    # three-quarter view. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-026",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        shirt_color("white", "other_garment_color"),
        color_of("jeans", "white"),
        describe("shirt", "a mustard yellow shirt with long sleeves and a single chest pocket"),
        wearing("a yellow shirt and white jeans with a brown belt", who="he"),
        BQ.pattern("checked", "contradiction"),
        title="Mast & Harbour Men Mustard Yellow Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white pique polo with a small black Puma logo, black shorts, white backdrop; no watch or bracelet.
    # gender column missing in the feed. caption adapter e2: caption and open answers; reference engine: closed.
    case(
        "X659-027",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his wrist. The man wears a shorts.",
            "unsupported",
        ),
        color_of("polo shirt", "white"),
        color_of("shorts", "black"),
        shirt_color(
            "Question: What is the shirt color? Answer: white Question: What is the color of the shorts? Answer: "
            "black Question: What is",
            "leak",
            hit_limit=True,
        ),
        BQ.material("polyester and cotton blend with a mesh lining", "unsupported"),
        is_a("polo shirt", "no", "contradiction"),
        title="Puma Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: grey chambray short-sleeve shirt, navy shorts, white backdrop; plain back, nothing printed.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-028",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a shorts."
        ),
        color_of("shirt", "grey"),
        BQ.sleeve_length("long", "contradiction"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        wearing("grey shirt and blue shorts", who="he"),
        color_of("shorts", "navy blue"),
        describe("shirt", "a grey shirt with short sleeves and a printed logo on the back", "unsupported"),
        title="Roadster Men Grey Short Sleeves Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black crew-neck tee with a large red-and-white Spider-Man print on the front, blue jeans, white
    # backdrop, front view only. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-029",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric."
        ),
        color_of("t-shirt", "red", "contradiction"),
        shirt_color("black"),
        describe(
            "t-shirt",
            "a black t-shirt with a spider-man print on the front and a spider-man print on the front and a "
            "spider-man print on the",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "a picture of spider-man on the front, the marvel logo on the back", "unsupported"),
        color_of("jeans", "blue"),
        title="Bewakoof Men Black Marvel Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender long-sleeve shirt, spread collar, plain button cuffs, navy trousers, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "purple"),
        shirt_color("white", "contradiction"),
        wearing(
            "he is wearing a shirt and pants. he is wearing a shirt and pants. he is wearing a shirt and pants. he "
            "is wearing a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        BQ.garment_type("shirt"),
        describe("shirt", "a light purple shirt with a spread collar and full sleeves"),
        details("shirt", "the shirt has french cuffs with cufflinks and a contrast white collar", "unsupported"),
        title="Louis Philippe Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: teal crew-neck tee with a plain chest, grey track pants, white backdrop; no pocket.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-031",
        caption(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a round neckline. The woman wears a long pants.",
            "pronoun",
        ),
        color_of("t-shirt", "blue"),
        shirt_color("teal"),
        color_of("pants", "blue", "contradiction"),
        BQ.pattern("solid"),
        wearing("blue t-shirt and grey sweatpants", who="he"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, short sleeves, a chest pocket, a chest pocket, a chest pocket, a chest "
            "pocket, a chest",
            "loop",
            hit_limit=True,
        ),
        title="Fila Men Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy-and-red tartan check shirt, long sleeves, khaki chinos, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-032",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The man wears a long-sleeve shirt with lattice "
            "patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue"),
        BQ.pattern("striped", "contradiction"),
        shirt_color("blue and red"),
        details("shirt", "the shirt has a checkered pattern"),
        describe("shirt", "the shirt is a shirt", "restated"),
        color_of("pants", "beige"),
        title="Roadster Men Navy & Red Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: neon-orange polyester running tee, raglan sleeves, flatlock seams, reflective logo on the left chest,
    # black shorts, white backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-033",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a shorts.",
            "unsupported",
        ),
        BQ.material("polyester Question: What is the color of the t-shirt? Answer: orange", "leak"),
        color_of("t-shirt", "orange"),
        color_of("shorts", "black"),
        wearing("an orange t-shirt and black shorts", who="he"),
        shirt_color("black", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a reflective hrx logo on the left chest, raglan sleeves, flatlock seams and a curved "
            "hem with a small",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Orange Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: brown (slightly rusty) long-sleeve solid cotton shirt, dark-blue jeans, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-034",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The woman wears a long pants.",
            "pronoun",
        ),
        color_of("shirt", "brown"),
        shirt_color("blue", "other_garment_color"),
        wearing("a brown shirt and jeans", who="he"),
        BQ.garment_type("shirt"),
        details("shirt", "yes", "non_answer"),
        describe("shirt", "a brown leather shirt", "unsupported"),
        title="Basics Men Brown Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: pastel-pink pique polo, plain collar, navy chinos, white sneakers, white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-035",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers."
        ),
        color_of("polo shirt", "pink"),
        shirt_color("pink and blue", "other_garment_color"),
        describe("shirt", "Question: Describe the shirt. Answer: a pink polo shirt", "leak"),
        wearing("he is wearing a pink polo and navy pants", who="he"),
        BQ.sleeve_length("short"),
        title="United Colors of Benetton Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: white shirt with thin vertical blue stripes, button-down collar, one chest pocket, long sleeves,
    # untucked over blue jeans, cropped at mid-thigh (no belt or shoes in view, no watch), white backdrop.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-036",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "white"),
        BQ.pattern("striped"),
        shirt_color("white with blue stripes"),
        details("shirt", "vertical stripes, a button-down collar and a pocket"),
        wearing(
            "the man is wearing a white shirt with blue stripes and blue jeans, and he is also wearing a brown "
            "leather belt and a watch",
            "unsupported",
            who="he",
            hit_limit=True,
        ),
        BQ.sleeve_length("short", "contradiction"),
        title="Highlander Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: heather-grey crew-neck tee with a large black swoosh print across the chest, black shorts, white
    # backdrop. category column missing in the feed. caption adapter e2: caption and open answers; reference
    # engine: closed answers.
    case(
        "X659-037",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a shorts."
        ),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "contradiction"),
        shirt_color("the shirt color is the color of the shirt", "restated"),
        BQ.garment_type("t-shirt"),
        details("t-shirt", "a large black nike swoosh printed across the chest"),
        wearing("her grey t-shirt and black shorts", "pronoun", who="he"),
        title="Nike Men Grey Melange Printed Round Neck T-shirt",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: green long-sleeve solid shirt tucked into beige chinos, brown belt, white backdrop; no hood.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. There is an accessory on her waist.",
            "pronoun",
        ),
        color_of("shirt", "green"),
        shirt_color("green"),
        describe("shirt", "green", "non_answer"),
        details("shirt", "the shirt has a hood", "unsupported"),
        wearing("a green shirt, beige chinos and a brown belt", who="he"),
        title="Dennis Lingo Men Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: colourblocked crew-neck tee, navy body and sleeves with a white panel across the chest, light-grey
    # jeans, white backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-039",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants."
        ),
        color_of("t-shirt", "blue"),
        BQ.pattern("color block"),
        shirt_color("grey", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt is blue and white with a white panel across the chest and blue sleeves and blue and white "
            "and blue and white and",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no"),
        title="Roadster Men Blue & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with white polka dots, one plain patch pocket (no zip), blue jeans, white
    # backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-040",
        caption(
            "The man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        color_of("shirt", "black"),
        BQ.pattern("printed"),
        shirt_color("black and white"),
        describe(
            "shirt",
            "a black shirt with white dots. a black shirt with white dots. a black shirt with white dots. a black "
            "shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black and white polka dot shirt and blue jeans", "pronoun", who="he"),
        details("shirt", "the shirt has white polka dots and a chest pocket with a zipper", "unsupported"),
        title="Kook N Keech Men Black Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain burgundy crew-neck tee worn under an open black bomber jacket (zip front, ribbed cuffs), black
    # jeans, white backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long-sleeve jacket outside."
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        shirt_color("maroon"),
        wearing("a black jacket, a red t-shirt and black jeans", who="he"),
        BQ.garment_type("jacket", "contradiction"),
        describe("t-shirt", "a plain dark red t-shirt with a round neck worn under a black bomber jacket"),
        color_of("jacket", "black"),
        details(
            "t-shirt",
            "the t-shirt is plain with a round neck and short sleeves and it is worn under a black bomber jacket "
            "with a zip front and",
            "cut",
            hit_limit=True,
        ),
        title="Jack & Jones Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: cream linen-cotton blend shirt, mandarin collar, one chest pocket, long sleeves with buttoned cuffs,
    # brown chinos, white backdrop. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        BQ.material("linen"),
        color_of("shirt", "white"),
        shirt_color("brown", "other_garment_color"),
        details("shirt", "a mandarin collar, a chest pocket and long sleeves with buttoned cuffs"),
        wearing("a white shirt and brown pants", who="he"),
        describe("shirt", "Describe the shirt.", "non_answer"),
        title="Peter England Men Cream Linen Blend Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: navy crew-neck tee with thin white horizontal (breton) stripes, beige chinos, a steel wristwatch,
    # white backdrop; no sunglasses. caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-043",
        caption(
            "The man is wearing a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The man wears a long trousers. The trousers are with cotton fabric. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue"),
        BQ.pattern("striped"),
        shirt_color("blue and white stripes"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "she is wearing a navy blue and white striped t-shirt", "pronoun"),
        wearing("a striped t-shirt and beige pants and a watch and sunglasses", "unsupported", who="he"),
        title="Tommy Hilfiger Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light-blue chambray shirt, one plain chest pocket, no elbow patches, long sleeves, worn unbuttoned over a
    # white crew-neck tee, olive chinos, white backdrop. caption adapter e2: caption and open answers; reference
    # engine: closed answers.
    case(
        "X659-044",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. He wears a short-sleeve T-shirt inside. The man wears a long pants."
        ),
        color_of("shirt", "white", "other_garment_color"),
        shirt_color("light blue"),
        color_of("pants", "olive"),
        wearing(
            "Question: What is he wearing? Answer: a blue shirt over a white t-shirt and green pants Question: "
            "What is he wearing? Answer: a",
            "leak",
            who="he",
            hit_limit=True,
        ),
        BQ.garment_type("shirt"),
        details("shirt", "two flap pockets and a contrast elbow patch on each sleeve", "unsupported"),
        title="Roadster Men Blue Regular Fit Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: plain white crew-neck tee with a ribbed neckband, no pocket or logo, black jeans, white backdrop.
    # color column missing in the feed. caption adapter e2: caption and open answers; reference engine: closed.
    case(
        "X659-045",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        color_of("t-shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        shirt_color("white"),
        details("t-shirt", "it is a plain t-shirt with a ribbed round neck and short sleeves"),
        describe("t-shirt", "a white t-shirt with a small chest pocket and a brand logo on the sleeve", "unsupported"),
        wearing("Question: What is he wearing? Answer:", "leak", who="he"),
        title="Wrangler Men White Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: charcoal long-sleeve solid shirt, black trousers, white backdrop, front view.
    # caption adapter e2: caption and open answers; reference engine: closed answers.
    case(
        "X659-046",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "grey"),
        shirt_color("black", "other_garment_color"),
        wearing("a shirt and trousers", who="he"),
        details(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("long"),
        describe(
            "shirt", "the shirt is a dark grey shirt which is dark grey in color and the shirt is a shirt", "restated"
        ),
        title="Mufti Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
]
