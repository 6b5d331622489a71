"""BLIND_1651 (45 products; Myntra men's shirts and tees, epoch-2 adapter): written blind in the sixty-seventh session.
Measured blind at 96772b2 (the session's first rules): 110/118 failures found (93.2%) and 6/135 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and T-shirts (article types Shirts and Tshirts), shot the catalog's
usual way: a male model on a plain grey or white backdrop wearing the product untucked or tucked over jeans or chinos,
now and then a back view, a flat lay with no person in it, or a prop (a coffee cup, a skateboard, sunglasses in the
hand, a backpack strap). Catalog columns as the feed has them: title, category (article type), color (base colour),
gender; one of them is missing now and then, as in a real feed.
Who wrote what: BLIP-2 OPT-2.7b with the caption LoRA adapter after its second epoch wrote the caption and every
answer, greedy, one generate per prompt, 50 new tokens for the caption and 30 for answers, prompts in the
`Question: ... Answer:` format. The adapter was trained on DeepFashion-MultiModal template captions with the loss on
the whole sequence and no end token, so the caption never stops and almost always runs to 50 tokens; about a quarter
of the answers come back as the caption template (the person, the upper garment with sleeves, fabric and pattern, the
neckline, the lower garment) and run to 30 tokens; the rest are the short answers the base model still gives
after two epochs ("a white t-shirt and blue jeans", "grey", "yes"), which stop on the newline. The template knows no
hue names and no linen, polo or camouflage, and its people are often "the lady" because the training data are
mostly women's photos.
Labeling conventions and judgement calls: one label per wrong text; when a text has two faults I label the one a
reader would object to first: a wrong person, a wrong color, garment, fabric or pattern, or an invented detail wins
over the cut at the end; a loop wins over the cut. A text that ran to the limit but ends at a full stop, or whose last
sentence is complete and only lacks its full stop, is not cut; it is correct when what it says is right (marked
hit_limit all the same). The template returned to a color question, or to a yes/no question, is a non_answer: it
names no hue, says no yes; returned to a "wearing", "describe", "details" or sleeve question it is an answer, judged
on its content and its ending. "The lady" or "her" for a men's product on a male model is pronoun; on a flat lay with
no person, a caption that dresses someone in pants is unsupported (the pants and the person are not there), while an
answer that only puts the shirt on "the lady" is pronoun (the title says Men). Lattice is the template's word for
checks and is right for a checked shirt; graphic is right for prints, typography, logos and tie-dye; pure color is
right for solids with a small logo. Close hue names count as right (maroon as red, olive or teal as green, lavender
as purple, khaki as brown, peach as pink, navy as blue); beige called white and burgundy called purple count as wrong
(contradiction with the seller's colour). A color answer that gives the product or the other garment the color of
the other one is other_garment_color; one blue for a light blue shirt over navy chinos is right. "denim" for a pure
cotton oxford shirt or "cotton" for a linen shirt contradicts the title; "denim fabric" for a chambray shirt I let
pass. "shirt" for a polo or a T-shirt in a free answer is loose but right; "shirt" as the answer to the type question
for a polo T-shirt contradicts the category. "sweater" for a long-sleeve T-shirt is a contradiction. A question about
jeans for a flat lay with no jeans, answered "blue", is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1651 = [
    # Photo: front view, model in a navy and white checked full-sleeve shirt, sleeves rolled once, untucked over light
    # blue jeans, white sneakers, grey backdrop. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The shirt is with cotton fabric and lattice "
            "patterns. The shirt is with",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants this "
            "man wears is of long",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front view, white round-neck T-shirt with a black HRX logo print on the chest, black slim jeans, grey
    # backdrop. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black jeans", who="the man"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # Photo: front view, olive green solid full-sleeve shirt, buttoned, untucked over beige chinos, brown loafers, a
    # black strap watch on the left wrist. Caption and every answer: epoch-2 caption adapter, greedy. The caption ends
    # at a full stop on its 50th token.
    case(
        "X1651-003",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton"
            " fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # Photo: back view, model from behind in a black T-shirt with a large orange and yellow tiger print across the
    # back, mid-blue jeans, no watch visible. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-004",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants"
            " this man wears is of long length. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a tiger on the back", who="he"),
        color_of("shirt", "black", kind="open"),
        is_a("t-shirt", "yes"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants"
            " this man wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # Photo: front view, white solid full-sleeve shirt with the sleeves rolled to the elbow, navy chinos, the model
    # holds a pair of sunglasses in his right hand. Gender column missing in the feed. Caption and every answer:
    # epoch-2 caption adapter, greedy.
    case(
        "X1651-005",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. He wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("long-sleeve"),
        Q.material(
            "The shirt is with cotton fabric and pure color patterns. The shirt is with cotton fabric and pure color "
            "patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Sport Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: front view, grey melange solid round-neck T-shirt, black jeans, one hand in the pocket, white backdrop.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-006",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round.",
            "pronoun",
            who="the person",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.pattern("pure color"),
        title="WROGN Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # Photo: front view, mustard yellow polo T-shirt with a two-button placket, off-white chinos, white sneakers.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-007",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow polo shirt and white pants", who="he"),
        color_of("shirt", "yellow", kind="open"),
        is_a(
            "polo shirt",
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "non_answer",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        title="Mast & Harbour Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # Photo: front view, mid-blue denim full-sleeve shirt, sleeves rolled, untucked over black jeans, grey backdrop.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-008",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and black jeans", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        Q.material("denim"),
        describe(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. The shirt is with denim fabric and pure color "
            "patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Highlander Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: front view, oversized white T-shirt with black typography on the chest, dropped shoulders, sleeves to
    # just above the elbow, light-wash loose jeans, black cap. Caption and every answer: epoch-2 caption adapter,
    # greedy. The caption ends at a full stop on its 50th token.
    case(
        "X1651-009",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. This man wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a white t-shirt with black writing on it and jeans", who="he"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("graphic"),
        color_of("t-shirt", "white", kind="open"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants"
            " this man wears is of",
            "cut",
            hit_limit=True,
        ),
        title="Difference of Opinion Men White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # Photo: front view, maroon solid full-sleeve shirt tucked into khaki chinos with a brown leather belt. Caption
    # and every answer: epoch-2 caption adapter, greedy. The caption runs to the limit on a complete sentence without
    # its full stop.
    case(
        "X1651-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a belt",
            hit_limit=True,
        ),
        wearing("a red shirt and khaki pants", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "khaki", kind="open"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. It has a "
            "lapel neckline. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="The Indian Garage Co Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # Photo: front view, navy T-shirt with thin white horizontal stripes, round neck, grey chinos. Caption and every
    # answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-011",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            "pronoun",
            who="the person",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.material("cotton"),
        title="Jack & Jones Men Navy Blue Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front view, red and black buffalo-checked flannel shirt worn open over a plain black T-shirt, blue jeans,
    # the model holds a paper coffee cup. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-012",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. The man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants this "
            "man wears is of long",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.material("cotton"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # Photo: front view, white polo T-shirt with a small navy logo embroidered on the chest, navy chinos, no watch.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-013",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt and blue pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. His T-shirt has short sleeves, cotton fabric"
            " and pure color patterns. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        details("shirt", "the shirt has a logo on the chest"),
        title="U.S. Polo Assn. Men White Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # Photo: front view, teal henley T-shirt, short sleeves, three-button placket, beige chinos. Caption and every
    # answer: epoch-2 caption adapter, greedy. The wearing answer ends at a full stop on its 30th token.
    case(
        "X1651-014",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure"
            " color patterns. The trousers",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a green t-shirt with buttons"),
        Q.sleeve_length("short-sleeve"),
        title="HERE&NOW Men Teal Blue Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # Photo: front view, beige linen full-sleeve shirt with a mandarin collar, untucked over light blue jeans; the
    # beige reads clearly as beige, not white. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-015",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans", "contradiction", who="he"),
        Q.material("cotton", "contradiction"),
        color_of("shirt", "beige", kind="open"),
        Q.pattern("pure color"),
        title="Urbano Fashion Men Beige Slim Fit Mandarin Collar Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # Photo: flat lay, a black T-shirt laid flat on a white surface, white PUMA logo print on the chest; no person, no
    # other garment. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-016",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black t-shirt", who="the person"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        Q.pattern("graphic"),
        Q.garment_type("T-shirt"),
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # Photo: front view, blue and white small gingham-checked half-sleeve shirt with one chest pocket, dark blue
    # jeans. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-017",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt and jeans", who="he"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.pattern("lattice"),
        color_of("jeans", "blue", kind="open"),
        describe("shirt", "the shirt is a shirt with a shirt collar and a shirt pocket", "restated"),
        title="Peter England Casuals Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: front view, light pink solid full-sleeve shirt tucked into grey chinos, brown belt, steel watch. Caption
    # and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-018",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this lady wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # Photo: three-quarter view, white round-neck T-shirt with a small red batwing logo on the chest, no pocket, mid-
    # blue jeans. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-019",
        caption(
            "The T-shirt this man wears has short sleeves and it is with cotton fabric and graphic patterns. The "
            "neckline of the T-shirt is round. The pants this man wears is of long length. The pants are with denim "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of(
            "shirt",
            "The T-shirt this man wears has short sleeves and it is with cotton fabric and graphic patterns. The "
            "neckline of the",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        title="Levis Men White Brand Logo Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # Photo: front view, lavender solid full-sleeve shirt, cuffs buttoned, navy chinos. Caption and every answer:
    # epoch-2 caption adapter, greedy.
    case(
        "X1651-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and blue pants", who="he"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        shirt_color("purple"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # Photo: front view, black short-sleeve shirt with a small white and pink floral print, camp collar, light-wash
    # jeans. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-021",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. The man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt with flowers on it and jeans", who="he"),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The pants this man wears is"
            " of long length. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material(
            "The shirt is with cotton fabric and floral patterns. The shirt is with cotton fabric and floral patterns."
            " The shirt is with",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt has short sleeves, cotton fabric and floral patterns. It has a lapel neckline. The pants this "
            "man wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Snitch Men Black Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # Photo: front view, charcoal grey long-sleeve round-neck T-shirt in jersey, sleeves pushed up, beige chinos.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-022",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and khaki pants", who="he"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        color_of("t-shirt", "grey", kind="open"),
        title="Roadster Men Charcoal Solid Pure Cotton Long Sleeves T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # Photo: front view, sea green solid full-sleeve shirt, untucked over black jeans, no watch. Caption and every
    # answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "the jeans are long", "non_answer"),
        is_a(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man",
            "non_answer",
            hit_limit=True,
        ),
        title="Dennis Lingo Men Sea Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # Photo: front view, bright yellow T-shirt with a large black cartoon character printed on the chest, black jeans,
    # white sneakers, a skateboard held under one arm. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-024",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", kind="open"),
        color_of("jeans", "black", kind="open"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "a yellow t-shirt with a cartoon on it Question: What is the color of the t-shirt? Answer: yellow "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Kook N Keech Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # Photo: front view, blue and white vertical pinstriped full-sleeve shirt, sleeves rolled, khaki chinos, steel
    # watch on the wrist. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-025",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and khaki pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. There is an "
            "accessory on his wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        title="Nautica Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: front view, red solid round-neck T-shirt, mid-blue jeans, arms crossed. The feed has no category for this
    # item. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
            " The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a red shirt and jeans", who="he"),
        color_of("shirt", "red", kind="open"),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        title="Campus Sutra Men Red Solid Round Neck T-shirt",
        color="Red",
        gender="Men",
    ),
    # Photo: front view, khaki cotton full-sleeve shirt with two flap chest pockets, dark blue jeans. Caption and
    # every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-027",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. This man wears"
            " a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown shirt and blue jeans", who="he"),
        color_of("shirt", "brown", kind="open"),
        details("shirt", "the shirt has two pockets on the chest"),
        Q.pattern(
            "The shirt is with cotton fabric and pure color patterns. This man wears a long-sleeve shirt with pure "
            "color patterns and a",
            "cut",
            hit_limit=True,
        ),
        title="Flying Machine Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # Photo: front view, colourblocked T-shirt, white upper half and navy lower half split by one thin red band, grey
    # jeans. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-028",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white shirt and grey jeans", who="he"),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.pattern("striped", "contradiction"),
        color_of("jeans", "grey", kind="open"),
        title="WROGN Men Navy Blue & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front view, black solid full-sleeve shirt untucked over mid-blue jeans, a backpack strap over one
    # shoulder. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-029",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt is black. The shirt is black. The shirt is black. The shirt is black. The shirt is black. The "
            "shirt",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # Photo: front view, light blue oxford full-sleeve shirt with a button-down collar, navy chinos. Caption and every
    # answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue shirt and blue pants", who="he"),
        Q.material("denim", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        Q.sleeve_length("long-sleeve"),
        title="Marks & Spencer Men Light Blue Pure Cotton Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # Photo: front view, rust orange solid short-sleeve shirt with a camp collar, black jeans. Caption and every
    # answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("an orange shirt and black jeans", who="he"),
        color_of("shirt", "orange", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The shirt is with cotton fabric and pure color "
            "patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        title="Powerlook Men Rust Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # Photo: front view, olive green and black camouflage-printed full-sleeve shirt, black jeans. Caption and every
    # answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-032",
        caption(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. The man "
            "wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a camouflage shirt and black jeans", who="he"),
        Q.pattern("camouflage"),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "black", kind="open"),
        title="Jack & Jones Men Olive Green & Black Camouflage Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # Photo: front view, burgundy round-neck T-shirt with a chest patch pocket, light blue jeans, white sneakers.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-033",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a maroon t-shirt and jeans", who="he"),
        color_of("t-shirt", "purple", "contradiction", kind="open"),
        details("t-shirt", "the t-shirt has a pocket on the chest"),
        Q.material(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this lady wears",
            "pronoun",
            hit_limit=True,
        ),
        title="HERE&NOW Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # Photo: back view, model from behind in a grey self-design full-sleeve shirt (fine dobby texture, back yoke, no
    # pocket on the shirt at all), navy chinos. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-034",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "pocket on the chest. There",
            "unsupported",
            hit_limit=True,
        ),
        title="Arrow Sport Men Grey Slim Fit Self Design Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # Photo: front view, navy polo T-shirt with a small flag logo on the chest, beige chinos. Caption and every
    # answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and khaki pants", who="he"),
        color_of(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. The neckline of it is lapel. The trousers this"
            " man wears is of long",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        is_a("polo shirt", "yes"),
        Q.material(
            "The T-shirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: flat lay, a folded green and white checked full-sleeve shirt on a grey surface; no person, no other
    # garment. Gender column missing in the feed. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-036",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "pronoun",
            who="the person",
            hit_limit=True,
        ),
        color_of("shirt", "green and white", kind="open"),
        Q.pattern("lattice"),
        is_a("shirt", "yes"),
        title="Mast & Harbour Men Green & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: front view, navy T-shirt with the white words STAY WEIRD printed on the chest, khaki chinos. Caption and
    # every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-037",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt with the words stay weird on it", who="he"),
        color_of(
            "t-shirt",
            "blue Question: What is the color of the pants? Answer: khaki Question: What is the color of the shoes? "
            "Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        Q.pattern("graphic"),
        title="Bewakoof Men Navy Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front view, peach solid full-sleeve shirt, light blue jeans, bare wrists (no watch, no bracelet). Caption
    # and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-038",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a pink shirt and jeans", who="he"),
        color_of("shirt", "pink", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        title="Louis Philippe Sport Men Peach-Coloured Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # Photo: front view, plain white round-neck T-shirt, black chinos, a thin silver chain. Caption and every answer:
    # epoch-2 caption adapter, greedy. The wearing answer ends at a full stop on its 30th token.
    case(
        "X1651-039",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "pure color patterns.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt"),
        Q.garment_type("T-shirt"),
        title="WROGN Men White Solid Slim Fit Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # Photo: front view, navy short-sleeve shirt with a tiny white geometric print, grey jeans, white sneakers.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-040",
        caption(
            "The man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey jeans", who="he"),
        Q.pattern("pure color", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        color_of(
            "jeans",
            "grey Question: What is the color of the shirt? Answer: blue Question: What is the color of the shoes? "
            "Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has short sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The pants this "
            "man wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Pepe Jeans Men Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # Photo: front view, white T-shirt with black horizontal Breton stripes, black jeans, the model sits on a wooden
    # stool. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-041",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and black jeans", who="he"),
        color_of(
            "shirt",
            "The T-shirt is with cotton fabric and striped patterns. Its neckline is round. The man wears a long "
            "pants. The pants are with",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        Q.pattern("striped"),
        is_a(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            "non_answer",
            hit_limit=True,
        ),
        title="Roadster Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # Photo: front view, white solid full-sleeve shirt tucked into mid-blue jeans, brown belt. Caption and every
    # answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans", who="he"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        title="Parx Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # Photo: front view, light blue chambray short-sleeve shirt with two chest pockets, beige chinos. Gender column
    # missing in the feed. Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-043",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "khaki", kind="open"),
        Q.sleeve_length(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Wrangler Men Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: front view, pink, blue and purple tie-dye oversized T-shirt, black jeans. Caption and every answer:
    # epoch-2 caption adapter, greedy.
    case(
        "X1651-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a tie dye t-shirt and black jeans", who="he"),
        color_of("t-shirt", "pink and blue", kind="open"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        Q.pattern("floral", "contradiction"),
        title="Bewakoof Men Multicoloured Tie-Dye Printed Round Neck Oversized T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # Photo: front view, pale yellow oxford full-sleeve shirt, dark blue jeans, the model wears aviator sunglasses.
    # Caption and every answer: epoch-2 caption adapter, greedy.
    case(
        "X1651-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man wears sun",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt and jeans", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The man wears"
            " sunglasses. The man wears sunglasses",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
]
