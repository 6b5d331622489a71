"""BLIND_1411 (45 products; Myntra men's shirts and tees over jeans/chinos, caption adapter epoch 2): written blind in
the sixty-fourth session. Measured blind at 4e1890e (the session's fourth rules): 85/96 failures found (88.5%) and
2/156 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types Shirts and Tshirts), shot the usual way: a
male model on a plain grey or white backdrop wearing the product untucked or tucked over jeans or chinos, sneakers,
now and then a watch, sunglasses, a cap or a prop (skateboard, coffee cup, helmet, stool); two flat lays, two back
views, one shirt worn open over a tee. The feed's columns are title, category (article type), color (base colour)
and gender; one item lacks gender, one lacks color, one lacks category, as feeds do.
Who wrote what: every text, the caption and all the answers, comes from BLIP-2 OPT-2.7b with the epoch-2 caption
adapter (trained on DeepFashion-MultiModal template captions with unmasked labels and no end token), greedy, 50 new
tokens for the caption, 30 for answers, prompt "Question: ... Answer:". The captions are the DeepFashion template
("The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ...") and almost always
run to the limit; the same template comes back for many questions, including color and yes/no questions. Where the
adapter still answers like the base model, it gives a short answer and stops on the newline. Closed questions went
through the reference engine: a short answer is stored as the mapped candidate, an unmapped one is stored raw.
Labeling conventions and judgement calls: I judged each text against the photo I imagined (the comment above each
case) and the title. One label per text. When a text has a content error (wrong color, wrong pattern or sleeves,
wrong garment, invented detail, wrong pronoun) and is also cut, I label the content error; "cut" only when what was
said before the cut is right. A template that comes back for a color or yes/no question and never gives the color
or the yes/no is a non_answer, whether or not it was also cut. "other_garment_color" is used when a question about
the product (the shirt or t-shirt) gets the color of the jeans/chinos; when the jeans/chinos question gets the
shirt's color (one color for both), I label it "contradiction". "restated" is an answer that only echoes the
question's garment back in a sentence; "non_answer" is empty output or a bare "they are long". DeepFashion pattern
words are taken as right when they fit: "lattice" for checks, "pure color" for solids, "floral" for a leaf or palm
print, "graphic" for a print, "color block" for colourblocked. Coarse hue buckets are taken as right: maroon as
"red", olive and sea green as "green", khaki as "tan", teal blue as "blue", lavender as "purple", peach as "pink",
charcoal is NOT black (the jeans were black, so that one is the other garment's color). Two texts ran to the limit
but end where a sentence or clause ends with everything said so far true (X1411-020 caption, X1411-032 wearing); I
left them unmarked with hit_limit=True. A cut "There is an accessory on his" is unsupported where the photo has no
watch or jewellery, plain cut where it does. On flat lays, the template's invented wearer and jeans are unsupported,
as is a jeans color given for a photo with no jeans; "the person is wearing a black t-shirt ..." type answers that
just describe the garment on a flat lay are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1411 = [
    # Photo: model, front, navy/white small-check shirt, long sleeves buttoned at the cuffs, button-down collar, one
    # chest pocket, untucked over light-blue jeans, white sneakers, grey backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "blue"),
        details("shirt", "button-down collar and a chest pocket"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, front, black tee with white typography on the chest, olive chinos, white sneakers, white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-002",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and green pants", who="he"),
        color_of("t-shirt", "black"),
        color_of("pants", "black", "contradiction"),
        Q.pattern("printed"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, plain olive shirt, long sleeves rolled up to the elbows, untucked over black jeans, grey
    # backdrop. The caption calls the rolled sleeves short. All texts: caption adapter epoch 2.
    case(
        "X1411-003",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The man",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of(
            "jeans",
            "The pants this man wears is of long length. The pants are with denim fabric and solid color patterns. "
            "The man wears a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The lower "
            "clothing is of long",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model, front, white pique polo, navy chinos, steel watch on the left wrist, grey backdrop. All texts:
    # caption adapter epoch 2.
    case(
        "X1411-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt and blue pants", who="the man"),
        color_of("t-shirt", "white"),
        color_of("chinos", "white", "contradiction"),
        is_a("polo shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, blue and white vertical stripes, long sleeves, untucked (no belt visible) over beige chinos,
    # white backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-005",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white striped", kind="open"),
        color_of("chinos", "khaki"),
        Q.pattern("striped"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and striped patterns. The neckline of it is lapel. The shirt "
            "has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "no Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, mustard-yellow tee with a large cartoon print, mid-blue jeans ripped at the knees, holding
    # a skateboard, grey backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-006",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "He wears a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        color_of("jeans", "blue"),
        Q.garment_type("t-shirt"),
        details("jeans", "ripped"),
        gender="Men",
        title="Bewakoof Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: male model, front, plain white shirt, long sleeves, tucked into navy chinos with a brown belt, grey
    # backdrop. The caption calls him a lady. All texts: caption adapter epoch 2.
    case(
        "X1411-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "blue"),
        describe("shirt", "a white shirt with a collar"),
        Q.sleeve_length("long"),
        wearing("a white shirt and blue pants with a brown belt", who="he"),
        gender="Men",
        title="Louis Philippe Sport Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: flat lay on white, black tee with a yellow bat logo, no person, nothing else in the frame. The caption
    # invents a wearer in denim pants. All texts: caption adapter epoch 2.
    case(
        "X1411-008",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a batman logo"),
        color_of("t-shirt", "black"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="The Souled Store Men Black Batman Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, grey melange henley with a three-button placket, long sleeves pushed up a little, dark
    # indigo jeans, white backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-009",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The man wears long trousers. The trousers are with denim fabric and solid color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        Q.sleeve_length("long"),
        describe(
            "t-shirt",
            "The T-shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, front, navy polo with a small embroidered logo, white chinos, bare wrists, no jewellery, grey
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-010",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue"),
        color_of("pants", "white"),
        wearing("blue polo shirt and white pants", who="he"),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, plain maroon shirt, long sleeves, untucked over black jeans, white backdrop. All texts:
    # caption adapter epoch 2.
    case(
        "X1411-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        color_of(
            "jeans",
            "The man wears a long pants. The pants are with denim fabric and solid color patterns. The pants this man "
            "wears is",
            "non_answer",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The lower "
            "clothing is of long",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Men",
        title="Peter England Casuals Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model, front, white tee with royal-blue sleeves and shoulder panel, light grey chinos, grey backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X1411-012",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white and blue", kind="open"),
        color_of("chinos", "white", "contradiction", kind="open"),
        Q.pattern("color block"),
        wearing("a white and blue t-shirt and grey pants", who="the man"),
        gender="Men",
        title="Campus Sutra Men White & Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, mid-blue denim shirt with two flap chest pockets, buttoned, over beige chinos, white
    # backdrop. The caption swaps the fabrics (cotton shirt, denim pants). All texts: caption adapter epoch 2.
    case(
        "X1411-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("denim"),
        color_of("shirt", "blue"),
        color_of("chinos", "blue", "contradiction"),
        details("shirt", "two chest pockets with flaps"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Levis Men Blue Regular Fit Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, mustard shirt with a small white leaf print all over, short sleeves, light-blue jeans,
    # sunglasses hooked on the placket, grey backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-014",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        describe(
            "shirt",
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "yellow", "contradiction"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Printed Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: back view, model turned away, plain charcoal-grey tee, black jeans, white backdrop. "black" for the tee
    # is the jeans' color. All texts: caption adapter epoch 2.
    case(
        "X1411-015",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        wearing("a grey t-shirt and black jeans", who="he"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: male model, front, light pink oxford shirt, button-down collar, long sleeves, untucked over navy chinos,
    # holding a coffee cup, grey backdrop. Two texts call him a lady. All texts: caption adapter epoch 2.
    case(
        "X1411-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. She",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        color_of("chinos", "blue"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: back view, white oversized tee with a large back print, drop-shoulder half sleeves, black jeans, grey
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-017",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The man wears a short-sleeve T-shirt with graphic "
            "patterns. The T",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men White Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, plain teal-blue shirt, long sleeves, off-white chinos, no ring or watch, white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X1411-018",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a ring on his",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The man wears a long-sleeve shirt with pure "
            "color patterns. The shirt",
            "non_answer",
            hit_limit=True,
        ),
        describe("shirt", "a blue shirt with a collar and buttons"),
        is_a("shirt", "yes"),
        wearing("a blue shirt and white pants", who="the man"),
        gender="Men",
        title="Mufti Men Teal Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: model, front, red/black buffalo-check flannel shirt worn open over a plain black crew tee, long sleeves,
    # blue jeans, grey backdrop. The type question picks the inner tee. All texts: caption adapter epoch 2.
    case(
        "X1411-019",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        wearing("a red and black plaid shirt over a black t-shirt and jeans", who="he"),
        Q.pattern("checked"),
        Q.garment_type("t-shirt", "contradiction"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The pants "
            "this man wears is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Red & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model, front, plain lavender tee, white jeans, white baseball cap, grey backdrop. The caption ran to the
    # limit but stops on a full stop with everything true. All texts: caption adapter epoch 2.
    case(
        "X1411-020",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The guy wears a hat.",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple"),
        color_of("jeans", "white"),
        wearing("a purple shirt and white jeans", who="the man"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Kook N Keech Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: model, front, navy/white breton-stripe tee, beige chinos, sunglasses on, white backdrop. All texts:
    # caption adapter epoch 2.
    case(
        "X1411-021",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue and white striped", kind="open"),
        color_of("chinos", "blue and white striped", "contradiction", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "blue, white, blue, white, blue, white, blue, white, blue, white, blue, white, blue, white, blue",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, plain black shirt, long sleeves, black jeans (an all-black outfit), white backdrop. All
    # texts: caption adapter epoch 2.
    case(
        "X1411-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black"),
        wearing("black shirt and black jeans", who="he"),
        details("jeans", "the jeans are long", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Flying Machine Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, front, beige linen shirt with a mandarin collar, long sleeves, navy chinos, grey backdrop. The
    # title says linen; the texts say cotton. All texts: caption adapter epoch 2.
    case(
        "X1411-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        color_of("shirt", "beige"),
        color_of("pants", "blue"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Bene Kleed Men Beige Slim Fit Solid Casual Linen Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: male model, front, plain grey polo, mid-blue jeans, watch, grey backdrop (the feed has no gender column
    # for this item). All texts: caption adapter epoch 2.
    case(
        "X1411-024",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. The woman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("jeans", "blue"),
        is_a("polo shirt", "no", "contradiction"),
        wearing("a grey polo shirt and blue jeans"),
        title="Van Heusen Sport Men Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: model, front, green/white gingham shirt, short sleeves, one chest pocket, black jeans, watch, white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-025",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("jeans", "black"),
        Q.pattern("striped", "contradiction"),
        describe("shirt", "a green and white checkered shirt"),
        details("shirt", "short sleeves and a chest pocket"),
        gender="Men",
        title="Dennis Lingo Men Green Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model, front, plain royal-blue tee, khaki chinos, white sneakers, grey backdrop. All texts: caption
    # adapter epoch 2.
    case(
        "X1411-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue"),
        color_of(
            "chinos",
            "blue Question: What is the color of the pants? Answer: blue Question: What is the color of the shoes? "
            "Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and khaki pants", who="the man"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, front, plain rust shirt, long sleeves, half-tucked into mid-blue jeans, grey backdrop. All texts:
    # caption adapter epoch 2.
    case(
        "X1411-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "orange", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The shirt "
            "has long sleeves",
            "loop",
            hit_limit=True,
        ),
        wearing("orange shirt and jeans", who="he"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: model, front, black tee with a small printed chest logo, light-blue jeans, holding a motorbike helmet,
    # grey backdrop. The caption and the yes/no answer see a plain tee. All texts: caption adapter epoch 2.
    case(
        "X1411-028",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        Q.pattern("printed"),
        color_of("jeans", "blue"),
        is_a(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, front, khaki utility shirt with two chest pockets, untucked over black jeans (no belt in sight),
    # white backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is a belt.",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "tan"),
        color_of("jeans", "black"),
        details("shirt", "two pockets on the chest"),
        Q.material(
            "The shirt is with cotton fabric and its neckline is lapel. The man wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: model, front, white tee with a colourful abstract print on the chest, black jeans, grey backdrop. All
    # texts: caption adapter epoch 2.
    case(
        "X1411-030",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        Q.color("white"),
        wearing("white t-shirt and black jeans"),
        Q.pattern("graphic"),
        gender="Men",
        title="Huetrap Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, front, navy shirt with a tiny white dot print (reads as plain at a distance), long sleeves, beige
    # chinos, white backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("chinos", "beige"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "a blue shirt with white dots"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, front, olive tee with a small chest logo, beige chinos, grey backdrop. The "wearing" answer ran to
    # the limit on the last word of a true clause. All texts: caption adapter epoch 2.
    case(
        "X1411-032",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        color_of("t-shirt", "green"),
        color_of("pants", "green", "contradiction"),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Olive Green Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: model, front, blue/black tartan check shirt, long sleeves, grey jeans, hands in pockets, white backdrop
    # (the feed has no color column for this item). All texts: caption adapter epoch 2.
    case(
        "X1411-033",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "contradiction"),
        Q.pattern("checked"),
        is_a("shirt", "yes"),
        details(
            "jeans",
            "The pants this man wears is of long length. The pants are with denim fabric and solid color patterns. "
            "The pants this man wears",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
    ),
    # Photo: model, front, black camp-collar shirt with a white palm-leaf print, short sleeves, buttoned, white
    # chinos, grey backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-034",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        color_of("chinos", "black and white", "contradiction", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        describe("shirt", "a black shirt with white palm leaves"),
        wearing("a black and white shirt and white pants", who="the man"),
        gender="Men",
        title="HERE&NOW Men Black & White Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, front, red polo with navy tipping on the collar and sleeve hems, navy chinos, white backdrop. All
    # texts: caption adapter epoch 2.
    case(
        "X1411-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        color_of("pants", "blue"),
        is_a("polo shirt", "yes"),
        details("t-shirt", "blue stripes on the collar and sleeves"),
        wearing("a red polo shirt and blue pants", who="he"),
        gender="Men",
        title="Nautica Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, front, white tee with black "CALVIN KLEIN JEANS" text across the chest, black jeans, grey
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        Q.pattern("printed"),
        wearing("a white t-shirt and black jeans"),
        gender="Men",
        title="Calvin Klein Jeans Men White Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: back view, light-blue short-sleeve shirt, white chinos, white backdrop. "white" for the shirt is the
    # chinos' color. All texts: caption adapter epoch 2.
    case(
        "X1411-037",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("pants", "white"),
        Q.sleeve_length("short"),
        describe("shirt", "The shirt is the shirt that the man is wearing in the picture.", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Pepe Jeans Men Light Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, white tee with black three-quarter raglan sleeves, mid-blue jeans, grey backdrop (the feed
    # has no category column for this item). All texts: caption adapter epoch 2.
    case(
        "X1411-038",
        caption(
            "The man wears a medium-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white and black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing(
            "The person is wearing a medium-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Roadster Men White & Black Raglan Sleeves Round Neck T-shirt",
        color="White",
    ),
    # Photo: model, front, white shirt with thin navy pinstripes, long sleeves, tucked into navy chinos with a brown
    # belt, watch, grey backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-039",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "a belt. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "blue"),
        Q.pattern("striped"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and striped patterns. The neckline of it is lapel. The pants "
            "this man wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt, blue pants and a brown belt", who="he"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White & Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: male model, front, plain peach tee, light-blue jeans, white backdrop. The caption calls him a lady. All
    # texts: caption adapter epoch 2.
    case(
        "X1411-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "pink"),
        color_of(
            "jeans",
            "The pants this lady wears is of long length. The pants are with denim fabric and solid color patterns. "
            "The lady",
            "non_answer",
            hit_limit=True,
        ),
        wearing("a pink t-shirt and jeans", who="he"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Moda Rapido Men Peach Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: model sitting on a wooden stool, plain grey shirt, long sleeves, buttoned, black jeans, grey backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X1411-041",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        describe("shirt", "a grey shirt with a collar and buttons"),
        details("shirt", "", "non_answer"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Spykar Men Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: model, front, plain off-white shirt, long sleeves, olive chinos, watch on the left wrist, white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("chinos", "green"),
        Q.color(
            "The shirt is with cotton fabric and pure color patterns. The neckline of it is lapel. The man wears a "
            "long pants. The",
            "non_answer",
            hit_limit=True,
        ),
        wearing("white shirt, green pants", who="the man"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Urbano Fashion Men Off-White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: model, front, navy tee with a Captain America shield print on the chest, light-blue jeans, grey
    # backdrop. Both "blue" answers are right. All texts: caption adapter epoch 2.
    case(
        "X1411-043",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "captain america shield on the front"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has short sleeves and its neckline is round. "
            "The man wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Kook N Keech Marvel Men Navy Blue Captain America Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, blue short-sleeve shirt with a white geometric print, folded, no person, no other
    # garment. The caption invents a wearer and jeans; the jeans question gets a color for jeans that are not there.
    # All texts: caption adapter epoch 2.
    case(
        "X1411-044",
        caption(
            "The man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        Q.sleeve_length("short"),
        Q.pattern("printed"),
        gender="Men",
        title="Roadster Men Blue & White Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, front, plain sea-green shirt, long sleeves, tucked into white jeans with a black belt, grey
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X1411-045",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. This gentleman wears long trousers. The trousers are with denim fabric and "
            "pure color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("jeans", "green", "contradiction"),
        wearing("green shirt and white jeans", who="he"),
        details("jeans", "white jeans with a black belt"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Mast & Harbour Men Sea Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
]
