"""BLIND_708 (46 products; Old Myntra men's shirts & tees, caption epoch 3): written blind in the fifty-fourth session.
Measured blind at 253afe2 (the session's ninth rules): 104/120 failures found (86.7%) and 6/171 correct texts flagged
(3.5%). The writer's notes, verbatim:

Scenario: the older Myntra feed of men's casual shirts and t-shirts, short seller titles ("Puma Men Spine Tee"),
columns title, category (Shirts, Tshirts), color (the seller's base colour) and gender; a few rows lack a column.
Photos are 224x224 studio shots on a white or light grey backdrop: mostly a male model wearing the product with
jeans, chinos, shorts or joggers, sometimes an open shirt over a tee or a jacket over the product; three are flat
lays or ghost-mannequin shots with no person at all.

Who wrote what: every caption and every open answer was written by the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 tokens for captions, 30 for answers).
It answers almost every prompt with the DeepFashion template ("The man wears a short-sleeve T-shirt with pure
color patterns. The T-shirt is with cotton fabric. It has a crew neckline."), calls checks "lattice", says "lady"
and "her" from its mostly female training data, has no end token so it loops or is cut at the limit, and sometimes
writes the `Question: ... Answer:` format back. Hues come from the base model and often belong to the trousers,
shorts or the layer worn over or under the product. Closed answers (garment type, color, pattern, sleeve length,
"Is this a ...?") were picked by enrich's reference engine from candidate values with the same adapter loaded:
always one clean value, sometimes the wrong one.

Labeling conventions and judgement calls:
- Every text is judged against the photo as described in its `# photo:` line; where the seller's color is wrong
  for the photo (X708-046, a "Brown" shirt that is plainly maroon), the answer that matches the photo is correct.
- A shade in the same family as the photo's color is correct (maroon -> red, charcoal -> grey, lavender -> purple,
  beige -> khaki, mustard -> yellow, off white -> white, olive -> green).
- The template's words are read as the DeepFashion vocabulary: "lattice" = checks, "lapel neckline" accepted for
  shirt and polo collars, "pure color" = solid (a solid tee with a small chest logo is still "pure color"),
  "graphic" for printed tees, "three-point shorts" = shorts.
- "cotton fabric" for a plain tee or casual shirt is accepted when neither title nor photo says otherwise; a
  fabric the photo does not show (chiffon, leather, knitting, denim on a poplin shirt) or that the title
  contradicts (cotton for a Dri-FIT or linen title) is unsupported.
- A CLOSED answer that picks the color of another garment in the photo (the jeans, the inner tee) is labeled
  contradiction; an OPEN answer that gives the product another garment's color is other_garment_color.
- A closed garment type or pattern that belongs to a layer over or under the product (jacket, flannel shirt) is a
  contradiction of the seller's category or pattern.
- An open answer saying the product and the trousers share one color, when only the trousers have it, is
  other_garment_color; one that gives the trousers the product's color, product right, is a contradiction.
- Invented details (pockets, epaulettes, a zip, a cap, a belt hidden by an untucked hem, trousers in a flat lay,
  a person in a flat lay) are unsupported.
- A one-word answer or a yes/no to an open question, the template's "other fabric", and "clothes" are non_answer;
  an answer that only says the question's words back as a sentence is restated.
- A text that ran to the token limit is hit_limit=True; its label is loop when it repeats, leak when it writes
  the prompt format back, otherwise cut. A text with two faults carries the one a reader would notice first.
- "lady", "female", "she" and "her" for a men's row are pronoun failures, in captions and answers alike.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_708 = [
    # photo: navy blue solid polo t-shirt, short sleeves, 3-button placket, worn with beige chinos, white backdrop,
    # front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a lapel neckline. The man wears long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves"),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and long trousers.", "pronoun"),
        Q.material("The T-shirt is with cotton fabric."),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        title="U.S. Polo Assn. Men Navy Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a large white-and-red graphic print on the chest, worn with mid-blue
    # jeans, white backdrop, front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-002",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a crew neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("graphic"),
        Q.color("blue", "contradiction"),
        details(
            "t-shirt",
            "The t-shirt has a graphic print on the chest and a crew neckline. The t-shirt has a graphic print on the"
            " chest and a crew neckline. The t-shirt has",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a black t-shirt with a graphic print and blue jeans.", who="he"),
        Q.material("The T-shirt is with knitting fabric.", "unsupported"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white shirt with a big navy-and-blue check, long sleeves, buttoned, worn untucked with dark indigo
    # jeans, white backdrop, front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-003",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. The man"
            " wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("white"),
        details("shirt", "The shirt has long sleeves, a lapel collar, buttons down the front and a big check pattern."),
        describe("shirt", "shirt", "non_answer"),
        is_a("shirt", "yes"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: orange-and-white small check slim-fit shirt, long sleeves, untucked over khaki chinos, steel watch on the
    # left wrist, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. There is an accessory on his wrist. The gentleman wears long trousers."
        ),
        Q.color("orange"),
        Q.sleeve_length("long sleeves"),
        wearing("He is wearing a khaki shirt with long sleeves and khaki trousers.", "other_garment_color"),
        Q.material("The shirt is with denim fabric.", "unsupported"),
        details("shirt", "The details of the shirt are the shirt details.", "restated"),
        title="Basics Men Orange Checked Shirt",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: yellow crew-neck t-shirt with a small black cat logo on the chest, worn with black track pants, white
    # backdrop, front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("yellow"),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a"
            " round neckline. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt and black track pants"),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: maroon solid shirt, long sleeves, no pocket, buttoned and tucked into grey trousers with a black belt,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-006",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The man wears long trousers. There is a belt on his waist."
        ),
        Q.color("red"),
        Q.pattern("solid"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details(
            "shirt", "The shirt has long sleeves, a pocket on the chest and epaulettes on the shoulders.", "unsupported"
        ),
        wearing("She wears a long-sleeve shirt with pure color patterns and long trousers.", "pronoun", who="he"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: pink solid shirt, long sleeves, one patch pocket on the left chest, ghost-mannequin front view on white,
    # no person. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-007",
        caption("The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The man wears long pants. The pants are with"
            " denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.garment_type("shirt"),
        Q.material("The shirt is made of cotton."),
        details(
            "shirt",
            "The shirt has long sleeves, a lapel collar, a button placket and a single pocket on the left chest.",
        ),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: maroon solid crew-neck t-shirt, short sleeves, worn with light blue jeans, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-008",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a crew neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("maroon"),
        color_of("t-shirt", "light blue", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        wearing(
            "Question: What is the person wearing? Answer: The man is wearing a short-sleeve T-shirt with pure color"
            " patterns. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: blue crew-neck t-shirt with narrow white horizontal stripes, worn with beige shorts and white sneakers,
    # white backdrop, full length. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-009",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a"
            " crew neckline. The man wears shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        wearing("He is wearing a striped blue t-shirt and beige shorts with white sneakers."),
        details("t-shirt", "The T-shirt has stripes all over, short sleeves and a crew neckline."),
        Q.material("The T-shirt is with chiffon fabric.", "unsupported"),
        title="Classic Polo Men Narrow Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red polo t-shirt with white horizontal stripes, ribbed collar, short placket, worn with navy chinos,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-010",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears long trousers.",
            "pronoun",
        ),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        color_of("t-shirt", "The t-shirt is navy blue.", "other_garment_color", kind="open"),
        describe(
            "t-shirt", "The t-shirt is a red polo with white stripes, a ribbed collar and a short button placket."
        ),
        D.details(
            "The garment has a ribbed collar, a short button placket, short sleeves with ribbed cuffs and white"
            " stripes across the chest and the",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Stripes Red Polo T-shirts",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy blue shirt with thin white vertical pinstripes, long sleeves, worn with beige trousers, white
    # backdrop, three-quarter view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-011",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The man wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.color("navy blue"),
        describe(
            "shirt",
            "The shirt is with stripe patterns. The shirt is with stripe patterns. The shirt is with stripe patterns."
            " The shirt is with stripe patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "The shirt is white.", "contradiction", kind="open"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid shirt with a mandarin collar, long sleeves, no pocket, worn with white trousers, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand-up collar. The man wears long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        Q.color("black"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("a black shirt and white pants"),
        Q.garment_type("kurta", "contradiction"),
        details("shirt", "The shirt has a mandarin collar, long sleeves and a full button placket."),
        Q.material(
            "cotton Question: What is the color of the shirt? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy solid shirt, long sleeves rolled to the elbows, worn open over a white crew-neck t-shirt with
    # blue jeans, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a T-shirt. The shirt is with cotton"
            " fabric. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing("He is wearing a burgundy shirt over a white t-shirt and blue jeans."),
        describe("shirt", "The shirt is white with short sleeves and a crew neckline.", "other_garment_color"),
        Q.material("The shirt is made of cotton."),
        title="Turtle Men Burgundy Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: grey denim shirt, long sleeves, two flap chest pockets, pearl snap buttons, worn with black jeans, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-014",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a"
            " lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.material("The shirt is with denim fabric."),
        Q.color("grey"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("shirt", "The shirt has two flap pockets on the chest and snap buttons down the front."),
        is_a("jacket", "yes", "contradiction"),
        wearing(
            "He is wearing a denim shirt and black jeans. He is wearing a denim shirt and black jeans. He is wearing a"
            " denim shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: dark brown polo t-shirt, short sleeves, small white swoosh on the chest, worn with khaki shorts, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-015",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a lapel neckline. The man wears shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("polo shirt"),
        wearing("yes", "non_answer"),
        describe("t-shirt", "The t-shirt is khaki with a collar and short sleeves.", "other_garment_color"),
        Q.material("The shirt is with cotton fabric and the shorts are with cotton fabric."),
        title="Nike Mens Polo Dark Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: charcoal crew-neck t-shirt with "STATUS QUO" printed across the chest in white letters, worn with blue
    # jeans, model holds sunglasses in his right hand, white backdrop. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X708-016",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " crew neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. This"
            " man",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("grey"),
        wearing("He is wearing a grey printed t-shirt, blue jeans and holding a pair of sunglasses.", who="he"),
        details(
            "t-shirt",
            "The t-shirt has a round neckline, short sleeves and words printed on the front in white letters.",
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: grey melange polo t-shirt, small embroidered logo on the chest, worn with dark navy jeans, no hat, white
    # backdrop. Row lacks the color column. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X708-017",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("grey"),
        details("t-shirt", "The t-shirt details are the details of the t-shirt.", "restated"),
        Q.sleeve_length("short sleeves"),
        wearing(
            "The man is wearing a grey polo shirt with an embroidered logo on the chest and a navy blue cap.",
            "unsupported",
        ),
        Q.material(
            "The T-shirt is with cotton fabric. It has a lapel neckline. The T-shirt is with cotton fabric. It has a"
            " lapel neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Solid Grey Melange Polo Tshirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: off-white t-shirt with a large multicolour tattoo-style dog print on the front, worn with black jeans,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " crew neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("white"),
        Q.pattern("floral", "contradiction"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe(
            "t-shirt", "The t-shirt is off-white with a large colourful dog print on the front and short sleeves."
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and long pants.", "pronoun"),
        title="Ed Hardy Men Dog Print Off White Tshirts",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: teal t-shirt with a cartoon character and the word "NONSENSE" printed on the front, worn with grey
    # shorts, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-019",
        caption("This man wears a short-sleeve T-shirt with graphic patterns and a three-point shorts."),
        Q.color("teal"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "The t-shirt has a cartoon print of a character on the front with the word nonsense written below it.",
        ),
        is_a("t-shirt", "yes"),
        Q.material("The T-shirt is with other fabric.", "non_answer"),
        wearing("Her T-shirt has short sleeves, cotton fabric and graphic patterns.", "pronoun"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: orange t-shirt with a cartoon of three boys in front of a rock-cut temple (no camel, no palm tree), worn
    # with blue jeans, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-020",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns"
            ". The pants",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.pattern("graphic"),
        wearing("He is wearing an orange t-shirt with cartoon characters printed on it and blue jeans."),
        color_of("t-shirt", "The t-shirt is orange and the jeans are orange.", "contradiction", kind="open"),
        describe(
            "t-shirt", "The t-shirt is printed with a castle, a camel and a palm tree on the front.", "unsupported"
        ),
        title="Chhota Bheem Men Journey to Petra Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: pack of three folded solid crew-neck t-shirts (beige on top, white and black below), flat lay on white,
    # no person. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-021",
        caption("The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline."),
        Q.garment_type("t-shirt"),
        Q.color("beige"),
        wearing("The man wears a short-sleeve T-shirt with pure color patterns and long pants.", "unsupported"),
        D.description("A single beige t-shirt with short sleeves and a crew neck.", "contradiction"),
        D.details(
            "Question: What are the details of the garment? Answer: The upper clothing has short sleeves, cotton"
            " fabric and pure color patterns.",
            "leak",
        ),
        Q.material("The T-shirt is with cotton fabric."),
        title="Campbell Men Pack of 3 Tshirts",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: beige t-shirt with a brown text logo print on the chest, worn with olive cargo shorts (the pockets are on
    # the shorts), white backdrop. Row lacks the category column. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X708-022",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " crew neckline. The man wears shorts."
        ),
        Q.color("beige"),
        color_of("t-shirt", "olive", "other_garment_color", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        details(
            "t-shirt",
            "The t-shirt has short sleeves, a crew neck and a logo print on the chest. It also has two cargo pockets"
            " on the sides.",
            "unsupported",
        ),
        wearing("He is wearing a beige printed t-shirt and olive cargo shorts."),
        title="United Colors of Benetton Men Printed Beige TShirt",
        color="Beige",
        gender="Men",
    ),
    # photo: yellow solid shirt, long sleeves, one chest pocket, curved hem, worn untucked with grey jeans and white
    # sneakers, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        color_of("shirt", "The shirt is grey.", "other_garment_color", kind="open"),
        wearing("He is wearing a yellow shirt, grey jeans and white shoes."),
        details(
            "shirt",
            "The shirt has a lapel neckline, a chest pocket, long sleeves with buttoned cuffs and a curved hem at the",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: pale lavender solid shirt, long sleeves, worn with navy chinos, white backdrop. Caption and open answers:
    # caption adapter epoch 3; closed: reference engine.
    case(
        "X708-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        color_of("shirt", "The shirt is light purple.", kind="open"),
        describe("shirt", "The shirt is navy blue with long sleeves and a collar.", "other_garment_color"),
        wearing(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            "pronoun",
            who="he",
        ),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy blue shirt with a green-and-white check, short sleeves, worn with khaki shorts, sunglasses pushed up
    # on the head, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-025",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The man wears shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.sleeve_length("short sleeves"),
        Q.pattern("checked"),
        Q.color("green", "contradiction"),
        wearing("a check shirt and shorts"),
        Q.material(
            "The shirt is with cotton fabric. The shorts are with cotton fabric. The shirt is with cotton fabric. The"
            " shorts are with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        title="Quiksilver Men Navy Blue Check Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: purple-and-white gingham shirt, long sleeves, button-down collar, patch pocket, worn with white chinos,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-026",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The man wears long trousers."
        ),
        Q.color("purple"),
        details(
            "shirt",
            "The shirt has a gingham check pattern, long sleeves with button cuffs, a button-down collar and a patch"
            " pocket on the chest.",
        ),
        describe(
            "shirt",
            "Describe the shirt. Describe the shirt. Describe the shirt. Describe the shirt. Describe the shirt."
            " Describe the shirt.",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.garment_type("shirt"),
        wearing("He is wearing a purple checked shirt and white trousers.", who="he"),
        color_of("shirt", "The shirt is purple and white with a small logo on the pocket.", "unsupported", kind="open"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: cream shirt with thin brown vertical stripes, long sleeves, worn with dark brown trousers, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-027",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The man wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.color("brown", "contradiction"),
        color_of("shirt", "The shirt is cream with thin brown stripes.", kind="open"),
        wearing("The person is wearing clothes.", "non_answer"),
        Q.material("The shirt is with leather fabric.", "unsupported"),
        Q.pattern("striped"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: coffee brown solid shirt, long sleeves, worn with beige trousers, white backdrop. Caption and open
    # answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-028",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The man wears long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        Q.color("brown"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("A man in a brown shirt and beige pants standing in front of a white wall."),
        describe("shirt", "The shirt is beige and the trousers are beige.", "other_garment_color"),
        details(
            "shirt",
            "The shirt has a lapel neckline and buttons. The shirt has a lapel neckline and buttons. The shirt has a"
            " lapel neckline and",
            "loop",
            hit_limit=True,
        ),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: black Dri-FIT performance t-shirt, round neck, small white swoosh on the chest, worn with black running
    # shorts, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears shorts.",
            "unsupported",
        ),
        Q.color("black"),
        wearing("He is wearing a black t-shirt and black shorts.", who="he"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "The t-shirt has a swoosh logo on the chest, short sleeves and a round neck."),
        D.description("black", "non_answer"),
        D.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made of?"
            " Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        title="Nike Men Dri-FIT Black Tee",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive henley t-shirt, long sleeves, three-button placket, hem untucked over stone-beige chinos (no belt
    # visible), white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-030",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The man wears long pants."
        ),
        Q.sleeve_length("long sleeves"),
        Q.color("green"),
        Q.garment_type("sweater", "contradiction"),
        wearing("He wears an olive t-shirt with buttons and beige chinos, and a brown leather belt.", "unsupported"),
        D.details("The garment has a henley neckline with three buttons and long sleeves."),
        D.material(
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears long pants. The pants are with"
            " cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        title="Locomotive Men Olive Henley Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, sleeves rolled, worn open over a grey crew-neck t-shirt with black jeans, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a"
            " lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("grey", "contradiction"),
        Q.material("The shirt is with denim fabric."),
        color_of("shirt", "The shirt is black and the pants are black.", "other_garment_color", kind="open"),
        wearing(
            "Question: What is he wearing? Answer: He is wearing a denim shirt over a grey t-shirt and black jeans."
            " Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        describe("shirt", "The denim shirt is worn open over a grey t-shirt with the sleeves rolled up to the elbows."),
        title="Roadster Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white crew-neck t-shirt worn under an open black leather biker jacket with silver zips, blue jeans with
    # a black belt, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-032",
        caption(
            "The man wears a long-sleeve jacket and a T-shirt. The jacket is with leather fabric. The man wears long"
            " pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "The t-shirt is white and has a crew neckline, worn under a black jacket."),
        wearing(
            "He is wearing a white t-shirt under a black leather jacket with silver zips, blue jeans and a black belt"
            " with a silver buckle and",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Jack & Jones Men White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue shirt with a fine stripe-look check, long sleeves, one patch pocket, no epaulettes, worn with stone
    # chinos, brown belt, brown shoes and a watch on the left wrist, white backdrop. Caption and open answers:
    # caption adapter epoch 3; closed: reference engine.
    case(
        "X708-033",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The man wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.pattern("checked"),
        Q.color("blue"),
        wearing(
            "The man is wearing a blue checked shirt and beige chinos with a brown belt and brown shoes and a watch"
            " on his left",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "The shirt is with lattice patterns."),
        details("shirt", "The shirt has two flap pockets and epaulettes on the shoulders.", "unsupported"),
        title="Wrangler Men August Stripe Look Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polo t-shirt with white tipping on the collar, worn with white trousers, white backdrop. Caption
    # and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a lapel neckline. The man wears long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        Q.color("white", "contradiction"),
        Q.garment_type("polo shirt"),
        color_of("t-shirt", "The t-shirt is black with a white collar.", kind="open"),
        wearing("The female is wearing a short-sleeve T-shirt and long trousers.", "pronoun"),
        describe("t-shirt", "The t-shirt is described as a t-shirt.", "restated"),
        title="Puma Men Black Polo Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive solid shirt, long sleeves, two flap chest pockets, button cuffs, worn with black jeans, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-035",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("olive"),
        details(
            "shirt", "The shirt has two flap pockets on the chest, long sleeves with button cuffs and a lapel neckline."
        ),
        color_of("shirt", "The shirt is black.", "other_garment_color", kind="open"),
        wearing("a man in a green shirt and black jeans"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("The shirt is with chiffon fabric.", "unsupported"),
        title="Highlander Men Olive Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red solid crew-neck t-shirt, no pocket, worn with grey joggers, white backdrop. Caption and open
    # answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a crew neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("red"),
        color_of(
            "t-shirt",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("He is wearing a red t-shirt and grey joggers.", who="he"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "The t-shirt has a chest pocket and a zip at the neck.", "unsupported"),
        title="HRX Men Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves, lapel collar, worn with light blue jeans, white backdrop. Caption and
    # open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. The man wears long"
            " pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("white"),
        color_of("shirt", "light blue", "other_garment_color", kind="open"),
        wearing("a white shirt and jeans"),
        Q.material("The shirt is with cotton fabric.", "unsupported"),
        details("shirt", "The shirt details are long sleeves, a lapel collar and a button front."),
        title="Spykar Men White Linen Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: brown t-shirt with a large yellow tribal graphic and text print on the front, worn with blue jeans,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-038",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a crew neckline. The lady wears long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("brown"),
        Q.pattern("graphic"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details(
            "t-shirt", "The t-shirt has a large yellow print on the front with text, short sleeves and a crew neckline."
        ),
        is_a("t-shirt", "yes"),
        wearing(
            "The man is wearing a brown t-shirt with a yellow print and blue jeans. The t-shirt is with cotton fabric"
            " and it has a",
            "cut",
            hit_limit=True,
        ),
        title="Tantra Men Printed Brown T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: sky blue solid shirt, short sleeves, worn with white shorts and dark sunglasses, white backdrop. Caption
    # and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-039",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. This man is wearing glasses. The man wears shorts. The shorts are with cotton fabric"
            " and pure",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.color("blue"),
        color_of("shirt", "The shirt is white and the shorts are white.", "other_garment_color", kind="open"),
        wearing("He is wearing a light blue short-sleeved shirt, white shorts and sunglasses.", who="he"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment"
            " made of? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        title="Flying Machine Men Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey polo t-shirt with white horizontal stripes, worn with navy shorts, white backdrop. Caption and open
    # answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-040",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a"
            " lapel neckline. The man wears shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("grey"),
        color_of("t-shirt", "The t-shirt is navy blue.", "other_garment_color", kind="open"),
        describe("t-shirt", "The t-shirt is the t-shirt that the man is wearing.", "restated"),
        wearing("The man wears a polo t-shirt with stripes and navy shorts."),
        title="Fila Men Grey Striped Polo",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy blue t-shirt with a white bicycle print and brand name on the front, worn with khaki chinos, model
    # holds a paper coffee cup, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X708-041",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " crew neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("navy blue"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        details("t-shirt", "The t-shirt has a white bicycle print on the front and the brand name below it."),
        wearing("t-shirt", "non_answer"),
        Q.pattern("solid", "contradiction"),
        Q.material("The T-shirt is with cotton fabric."),
        title="Being Human Men Navy Printed Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige solid shirt, long sleeves, spread collar, curved hem, worn with dark blue jeans and brown boots,
    # light grey backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("khaki"),
        Q.garment_type("shirt"),
        color_of("shirt", "The shirt is dark blue.", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt is beige with long sleeves, a spread collar and a curved hem. The shirt is beige with long"
            " sleeves, a spread collar and a",
            "loop",
            hit_limit=True,
        ),
        wearing("He wears a beige shirt, dark blue jeans and brown boots against a grey backdrop.", who="he"),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: grey solid crew-neck t-shirt worn under an open red-and-black flannel check shirt, black jeans, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-043",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a T-shirt. The shirt is with cotton fabric."
            " The man wears long pants."
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("checked", "contradiction"),
        Q.color("grey"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        describe("t-shirt", "The grey t-shirt is worn under an open check shirt; it has a crew neckline."),
        Q.material("The T-shirt is with cotton fabric."),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: pink polo t-shirt with a small embroidered logo, worn with white jeans, white backdrop. Caption and open
    # answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-044",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("pink"),
        color_of("t-shirt", "The t-shirt is pink and the jeans are white.", kind="open"),
        wearing("She is wearing a pink polo shirt and white jeans.", "pronoun", who="he"),
        details("t-shirt", "The t-shirt has t-shirt details.", "restated"),
        D.description("pink", "non_answer"),
        Q.sleeve_length("short sleeves"),
        title="Izod Men Pink Polo Tshirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard shirt with a small white leaf print all over, short sleeves, camp collar, no pocket, worn with
    # navy shorts, white backdrop. Row lacks the category column. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X708-045",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The man wears shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.pattern("printed"),
        Q.color("yellow"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has a leaf print all over, short sleeves, a chest pocket with a zip and a drawstring hem.",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        title="Celio Men Mustard Printed Shirt",
        color="Mustard",
        gender="Men",
    ),
    # photo: solid shirt that looks plainly maroon (seller says Brown), long sleeves, worn with beige chinos, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X708-046",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The man wears long trousers."
        ),
        Q.color("maroon"),
        color_of("shirt", "The shirt is beige.", "other_garment_color", kind="open"),
        wearing("A man wearing a dark red shirt and beige trousers."),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt has a lapel neckline and long sleeves.",
            "leak",
        ),
        Q.sleeve_length("long sleeves"),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
]
