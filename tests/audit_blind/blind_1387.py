"""BLIND_1387 (45 products; Myntra men's tops, epoch-2 caption adapter): written blind in the sixty-fourth session.
Measured blind at bfeca02 (the session's second rules): 84/94 failures found (89.4%) and 8/162 correct texts flagged
(4.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts, polos and t-shirts (articleType Shirts or Tshirts, Myntra base colours
such as Navy Blue, Grey Melange, Off White, Multi), shot the usual way: a male model on a plain light backdrop wearing
the product over jeans or chinos, sometimes with a belt, a watch, a cap or sunglasses, a few back views, two flat lays
and two props (a stool, a skateboard). The feed leaves out a column now and then (a category in 024, a gender in 030,
a colour in 039).
Who wrote what: every text, the caption and every answer, comes from BLIP-2 OPT-2.7b with the epoch-2 caption adapter
(DeepFashion-MultiModal template captions, unmasked labels, no end token), greedy, 50 new tokens for captions and 30
for answers, prompts in the `Question: ... Answer:` form. Captions almost always run to the limit and stop mid-sentence
or fall into a loop; the template vocabulary has no hues (pure color, lattice, striped, graphic, floral, color block;
lapel, round, stand necklines). For answers the adapter does one of two things: it still answers short, the way the
base model does (a hue, a garment, yes), and stops on the newline; or the caption template comes back, about the
shirt, and runs to the 30-token limit. The base model's colour habits survive: the jeans' blue given to the shirt, the
shirt's colour given to the jeans or chinos, a beige shirt called white. Pronoun slips come from the women-heavy
training data ("The lady wears"). Twice a short colour answer runs on into the prompt format it was asked in.
Labeling conventions and judgement calls: one kind per text. Where a text has a content fault (wrong garment, colour,
pattern, sleeve, fabric, pronoun, an invented person or accessory) and is also cut at the limit, I mark the content
fault; a repeat of the same sentence or phrase is a loop even when it is also cut; a caption or template answer that
is right as far as it goes but stops mid-sentence at the limit is cut. A template answer to a colour or yes/no
question that never gives a colour or a yes/no is a non_answer even though it is also cut. Near hues count as right:
red for Maroon, blue for Navy Blue or Teal, white for Off White, tan or khaki for beige chinos, navy blue for navy.
DeepFashion words count as right when they fit the photo: lattice or plaid for checks, floral for a leaf print,
stand for a mandarin collar, pure color for a solid garment, lapel for a shirt or polo collar. A caption that calls a
chambray or linen shirt "denim" or "cotton" fabric contradicts the title and is marked so. An answer that says "blue"
for a white shirt worn with blue jeans is other_garment_color; so is a jeans or pants colour that is really the
product's colour. For the two flat lays the template's "The man wears ... long pants" invents a person and trousers:
unsupported. Caption 035 ran the full 50 tokens but the tail decoded to padding, so it reads complete (hit_limit, left
unmarked); caption 045 stopped by itself and is complete and right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1387 = [
    # Photo: model in a navy-and-white checked long-sleeve shirt, untucked, over light-blue jeans, white sneakers,
    # grey backdrop, nothing on the wrists. All texts: epoch-2 caption adapter.
    case(
        "X1387-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and jeans", who="he"),
        color_of("shirt", "blue"),
        Q.pattern("lattice"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants this "
            "man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black round-neck tee with a white graphic on the chest, worn over charcoal-black jeans, plain white
    # backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1387-002",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white long-sleeve shirt with the sleeves rolled to the elbow, tucked into mid-blue jeans, brown belt, a
    # watch on the left wrist. All texts: epoch-2 caption adapter.
    case(
        "X1387-003",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue jeans", who="he"),
        color_of("shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: heather-grey crew-neck tee, beige chinos, white sneakers, no accessories. All texts: epoch-2 caption
    # adapter.
    case(
        "X1387-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: maroon polo with thin white horizontal stripes, three-button placket, navy chinos. All texts: epoch-2
    # caption adapter.
    case(
        "X1387-005",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        Q.pattern("striped"),
        Q.garment_type("polo shirt"),
        details(
            "shirt",
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Maroon Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: olive long-sleeve shirt, buttoned, untucked, over black jeans, white backdrop. All texts: epoch-2
    # caption adapter.
    case(
        "X1387-006",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the man wears is of long length. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and black jeans", who="he"),
        color_of("shirt", "green"),
        color_of("jeans", "green", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is with pure color patterns. The shirt is with cotton fabric and its neckline is lapel. The "
            "man wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: mustard short-sleeve shirt worn open over a white crew-neck tee, light-blue jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1387-007",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt over a white t-shirt and jeans"),
        color_of("shirt", "yellow"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: flat lay, no person: a black tee with a large multicolour graphic print on a white surface. All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-008",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: red polo with a small embroidered logo on the chest, white chinos, steel watch. All texts: epoch-2
    # caption adapter.
    case(
        "X1387-009",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        color_of("pants", "red", "other_garment_color"),
        details("shirt", "a logo on the chest"),
        is_a("polo shirt", "yes"),
        wearing("a red shirt and white pants", who="he"),
        gender="Men",
        title="U.S. Polo Assn. Men Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: white crew-neck tee with a red batwing logo on the chest, mid-blue jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1387-010",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and jeans", who="he"),
        color_of("t-shirt", "white"),
        color_of("jeans", "blue"),
        Q.pattern("graphic"),
        describe("t-shirt", "a white t-shirt with a red logo on the chest"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: teal long-sleeve shirt, khaki chinos, the model holds a pair of sunglasses in his right hand. All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants"),
        color_of("shirt", "blue"),
        Q.color("blue"),
        Q.material("cotton"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: beige long-sleeve shirt, untucked, dark-blue jeans, bare wrists. All texts: epoch-2 caption adapter.
    case(
        "X1387-012",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "white", "contradiction"),
        color_of("jeans", "blue"),
        Q.material("linen", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        gender="Men",
        title="The Indian Garage Co Men Beige Regular Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: small blue-and-white gingham check shirt, long sleeves, tucked into navy chinos, brown belt. All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-013",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt and blue pants", who="he"),
        color_of(
            "shirt",
            "The shirt is with lattice patterns. The shirt is with cotton fabric and its neckline is lapel. The man "
            "wears a long pants. The",
            "non_answer",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        color_of("pants", "blue"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. There is a "
            "belt. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Sport Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view: navy tee with a large white PUMA print across the back, grey jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1387-014",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a t-shirt with the word puma on it"),
        color_of("t-shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        Q.pattern("graphic"),
        gender="Men",
        title="Puma Men Navy Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: light-wash denim shirt, long sleeves, two chest pockets, black chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-015",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        color_of("shirt", "blue"),
        color_of("pants", "black"),
        Q.garment_type("denim", "contradiction"),
        describe("shirt", "a blue denim shirt"),
        gender="Men",
        title="Jack & Jones Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white shirt with navy vertical stripes, short sleeves, beige chinos (plain, no stripes). All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-016",
        caption(
            "The man wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the man wears is of long length. The trousers are with cotton fabric and "
            "striped patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        color_of("pants", "white", "other_garment_color"),
        wearing("a striped shirt and khaki pants", who="he"),
        gender="Men",
        title="Nautica Men White & Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: plain white oversized tee, dropped shoulders, black jeans, black baseball cap. All texts: epoch-2
    # caption adapter.
    case(
        "X1387-017",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt, black jeans and a black hat"),
        color_of("t-shirt", "white"),
        color_of("jeans", "black"),
        is_a("t-shirt", "yes"),
        Q.garment_type("tee"),
        gender="Men",
        title="Difference of Opinion Men White Solid Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: olive long-sleeve shirt with a mandarin collar, beige chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-018",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "a mandarin collar and buttons"),
        color_of("shirt", "green"),
        color_of("pants", "khaki"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with pure color patterns. The "
            "man wears a",
            "contradiction",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Olive Cotton Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: navy shirt with a tiny white floral print, long sleeves, grey chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-019",
        caption(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        color_of("shirt", "blue"),
        wearing(
            "She wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline is "
            "lapel. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "floral print"),
        Q.material(
            "The shirt is with cotton fabric and its neckline is lapel. The man wears a long pants. The pants are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Casuals Men Navy Blue Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: rust full-sleeve henley tee (three-button placket), mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1387-020",
        caption(
            "His T-shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "trousers this man wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange"),
        Q.sleeve_length("long-sleeve"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "buttons on the neck"),
        Q.garment_type("sweater", "contradiction"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: lavender oxford shirt, long sleeves, buttoned, navy jeans. All texts: epoch-2 caption adapter.
    case(
        "X1387-021",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "purple"),
        shirt_color("shirt color", "restated"),
        color_of("jeans", "blue"),
        wearing("a purple shirt and jeans"),
        gender="Men",
        title="Celio Men Lavender Solid Oxford Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: green tee with a white text print across the chest, black jeans, model sitting on a wooden stool. All
    # texts: epoch-2 caption adapter.
    case(
        "X1387-022",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        wearing("a green shirt and black pants", who="he"),
        Q.pattern("pure color", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Green Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: black long-sleeve shirt, untucked, light-grey chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("pants", "black", "other_garment_color"),
        Q.color(
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the shoes? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        is_a("shirt", "yes"),
        gender="Men",
        title="HIGHLANDER Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: white shirt with a blue tropical leaf print, short sleeves, navy chinos. The feed has no category here.
    # All texts: epoch-2 caption adapter.
    case(
        "X1387-024",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        color_of("shirt", "blue and white"),
        color_of("pants", "blue"),
        wearing(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        describe("shirt", "a hawaiian shirt"),
        gender="Men",
        title="Moda Rapido Men White & Blue Regular Fit Tropical Printed Casual Shirt",
        color="White",
    ),
    # Photo: light-pink polo, white chinos, a watch on the left wrist. All texts: epoch-2 caption adapter.
    case(
        "X1387-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        wearing("a pink polo shirt and white pants", who="he"),
        is_a("polo shirt", "yes"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with pure color patterns. The "
            "lady wears a",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Sport Men Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: mustard crew-neck tee, olive chinos, no accessories. All texts: epoch-2 caption adapter.
    case(
        "X1387-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This man wears glasses",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        color_of("pants", "green"),
        Q.color(
            "The T-shirt is with pure color patterns. The T-shirt is with cotton fabric and its neckline is round. "
            "The man wears a",
            "non_answer",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: colour-blocked tee, grey body with black sleeves and shoulder panel, black jeans. All texts: epoch-2
    # caption adapter.
    case(
        "X1387-027",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "other_garment_color"),
        wearing("a grey and black t-shirt and black jeans", who="he"),
        gender="Men",
        title="WROGN Men Grey & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: sea-green long-sleeve shirt, white chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("pants", "white"),
        describe(
            "shirt",
            "The shirt is with pure color patterns. The shirt is with pure color patterns. The shirt is with pure "
            "color patterns. The shirt is with pure",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        gender="Men",
        title="Arrow Sport Men Sea Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: back view: black oversized tee with a large white typography print on the back, mid-blue jeans. All
    # texts: epoch-2 caption adapter.
    case(
        "X1387-029",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with white writing on the back"),
        Q.color("black"),
        color_of("jeans", "blue"),
        Q.sleeve_length("short-sleeve"),
        details("t-shirt", "the back of the t-shirt", "non_answer"),
        gender="Men",
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: indigo chambray shirt, long sleeves rolled once, khaki chinos. The feed has no gender here. All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        color_of("shirt", "blue"),
        wearing("a blue shirt and khaki pants", who="he"),
        is_a("shirt", "yes"),
        title="Flying Machine Men Indigo Slim Fit Solid Chambray Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: yellow tee with a cartoon character print, mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1387-031",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt with a cartoon on it and jeans"),
        color_of("t-shirt", "yellow"),
        color_of(
            "jeans",
            "blue Question: What is the color of the shirt? Answer: yellow Question: What is the color of the jeans? "
            "Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with graphic patterns. The "
            "man wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        gender="Men",
        title="Bewakoof Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: black-and-red buffalo-check shirt, long sleeves, worn open over a black tee, mid-blue jeans. All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-032",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red and black"),
        Q.pattern("plaid"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a plaid shirt, a black t-shirt and jeans", who="he"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Black & Red Checked Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: white linen shirt with a mandarin collar, long sleeves, beige chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-033",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The trousers the man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("linen"),
        color_of("shirt", "white"),
        color_of("pants", "tan"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        describe("shirt", "a white shirt with a mandarin collar"),
        gender="Men",
        title="Mast & Harbour Men White Solid Mandarin Collar Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy polo (no pocket, small logo on the chest), grey chinos, sunglasses worn. All texts: epoch-2 caption
    # adapter.
    case(
        "X1387-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue"),
        color_of("pants", "grey"),
        wearing("a blue polo shirt, grey pants and sunglasses", who="he"),
        details("shirt", "a pocket on the chest and a logo on the sleeve", "unsupported"),
        gender="Men",
        title="Louis Philippe Sport Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: maroon long-sleeve shirt, black jeans. All texts: epoch-2 caption adapter; the caption ran the 50 tokens
    # and its tail decoded to padding.
    case(
        "X1387-035",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        Q.color("maroon"),
        color_of("jeans", "black"),
        is_a("t-shirt", "no"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="HIGHLANDER Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: flat lay, no person: a pack of two crew-neck tees, one black and one white, side by side. All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black t-shirt and a white t-shirt"),
        Q.color("black and white"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: blue-and-white vertical-striped shirt, long sleeves, black chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-037",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        color_of("shirt", "blue and white"),
        color_of("pants", "black"),
        wearing("a striped shirt and black pants"),
        gender="Men",
        title="Campus Sutra Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: olive crew-neck tee, beige chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-038",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        color_of("pants", "tan"),
        Q.material("cotton"),
        Q.garment_type(
            "The T-shirt is with pure color patterns. The T-shirt is with cotton fabric and its neckline is round. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: white oxford shirt with a button-down collar, tucked into light-blue jeans, brown belt, watch. The feed has
    # no colour here. All texts: epoch-2 caption adapter.
    case(
        "X1387-039",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        details("shirt", "button down collar"),
        wearing("a white shirt, jeans and a belt", who="he"),
        gender="Men",
        title="Tommy Hilfiger Men White Regular Fit Solid Oxford Casual Shirt",
        category="Shirts",
    ),
    # Photo: royal-blue crew-neck tee, white jeans. All texts: epoch-2 caption adapter.
    case(
        "X1387-040",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        wearing("a blue shirt and white jeans", who="he"),
        describe("t-shirt", "a t-shirt", "restated"),
        gender="Men",
        title="Jack & Jones Men Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: black long-sleeve shirt with small white polka dots, mid-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1387-041",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        color_of("shirt", "black"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Dennis Lingo Men Black Slim Fit Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: off-white short-sleeve shirt, olive chinos. All texts: epoch-2 caption adapter.
    case(
        "X1387-042",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "green"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.garment_type("shirt"),
        Q.material(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Off-White Solid Half Sleeves Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: red tee with a large front print, mid-blue jeans, the model holds a skateboard at his side. All texts:
    # epoch-2 caption adapter.
    case(
        "X1387-043",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a red t-shirt and jeans"),
        color_of("t-shirt", "red"),
        is_a(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        gender="Men",
        title="Being Human Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: brown-and-beige checked shirt, long sleeves, dark-blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1387-044",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "brown"),
        Q.pattern("plaid"),
        wearing("a brown plaid shirt and jeans", who="he"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants this "
            "man wears is",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "brown", "other_garment_color"),
        gender="Men",
        title="Wrangler Men Brown Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: grey polo, navy chinos, a watch on the left wrist. All texts: epoch-2 caption adapter; the caption
    # stopped by itself.
    case(
        "X1387-045",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. There is an accessory on his wrist."
        ),
        color_of("shirt", "grey"),
        color_of("pants", "blue"),
        Q.garment_type("polo shirt"),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "the buttons on the collar"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey",
    ),
]
