"""BLIND_1032 (46 products; men's In-shop shirts/tees/trousers, caption+QA): written blind in the fifty-ninth session.
Measured blind at 3b3d3f2 (the session's first rules): 112/138 failures found (81.2%) and 2/197 correct texts flagged
(1.0%). The writer's notes, verbatim:

Scenario: a menswear feed (Myntra-like columns: title, category = the seller's article type, color = the seller's
base colour, gender) whose photos are DeepFashion In-shop studio shots of men's shirts, t-shirts (crew, V-neck,
polo, henley, tank, raglan) and trousers (chinos, formal, joggers, cargo, linen, corduroy, two rows filed as jeans).
White or light grey seamless backdrop, model standing, front view mostly, a few side and back views; the model
always wears other clothes too (trousers under the shirts, a tee under an open shirt or a denim jacket, a sweater
over the trousers), sometimes a belt or a watch.

Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, greedy, 50 new tokens. At epoch 1 it still opens with a base-model phrase that names hues ("a
man wearing a navy blue shirt and khaki pants") and then drifts into the DeepFashion-MultiModal template ("The
gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."), whose pattern
words (pure color, lattice, stripe, graphic) are not hues. It was trained without an end token: about two
captions in three still stop on a newline, the rest run to 50 tokens and end mid-sentence, loop on a template
sentence, or run on into a "Question: ... Answer:" exchange. The template often says "the lady"/"her" (the
training data is mostly women) and adds accessories that are not there ("There is an accessory on his wrist").
The open answers (What is he wearing?, What is the color of the <garment>?, Describe the <garment>., What are
the <garment> details?, material) are spans that timpal0l/mdeberta-v3-base-squad2 extracted from that caption, so
they inherit its mistakes, come back empty when it found no span (squad2 null answer), pick a pattern word for a
hue question, or pick the colour of the wrong noun in "a white shirt and black pants". The closed answers (garment
type, color, pattern, sleeve length, "Is this a ...?") are enrich's --engine reference picking one candidate.

Labeling conventions and judgement calls:
- One label per text. When a text has two faults I labeled the one a reviewer would name first: a caption that
  loops or runs to the limit is loop/cut/leak even when it also invents a watch; a caption with "the lady" for a
  man is pronoun even when it also invents an accessory.
- hit_limit=True only on captions that ran to the 50 tokens. Extracted spans have no token limit, so a span that
  ends where the cut caption ends ("The pants are with denim") is cut but hit_limit=False. One caption ran to the
  limit but happened to end on a full stop after a true sentence (X1032-046): left unlabeled, hit_limit=True.
- contradiction: a color, garment type, sleeve length, pattern, collar or material that the photo and the seller's
  title/category/color contradict (including a print's color given as the garment's color, and "red" for a Rust
  product, which the seller's color group puts under orange). other_garment_color: the product is given the color of
  another garment in the photo (the trousers under a shirt, the shirt or sweater above trousers, an open jacket).
- Shade words in the same family are correct: red for maroon, purple for lavender, blue for navy or teal, grey for
  grey melange or charcoal, brown for tan, white for cream, green for olive or sage.
- A polo or a henley is a t-shirt here because the seller files them under Tshirts; "shirt" from the closed garment
  type for them, or "no" to "Is this a t-shirt?" for a polo, is a contradiction. "checkered" or "lattice" for checks
  is right; "stripe patterns" for corduroy wales is a contradiction (the seller says solid).
- unsupported: a thing in the text that the photo does not have (a tie, a hat, glasses, a ring, a watch on a bare
  wrist, a phone, a brick wall) or a fabric the catalog does not name and the photo does not show (chiffon, denim
  for a cotton twill utility shirt). A fabric the title names differently (Linen, Cotton) is a contradiction.
- non_answer: an empty span, a bare pattern word for a hue question ("pure color", "lattice", "graphic"), the
  backdrop ("standing in front of a white wall") for a garment's description. An accessory given as the shirt's
  detail ("There is a belt") is a contradiction, not a non-answer.
- restated: a span that gives the question's own frame back and stops before the answer ("The gentleman wears",
  "a man wearing", "The pants this gentleman wears").
- pronoun: "the lady"/"her" in a caption or span for a product the seller files under Men.
- An answer that is true but incomplete (only the shirt for "What is he wearing?" on a trousers product, because the
  caption only names the shirt) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1032 = [
    # photo: front view, light blue oxford button-down shirt, long sleeves, tucked into khaki chinos, brown belt,
    # white backdrop. Caption: epoch-1 caption adapter (stopped on newline); open answers: squad2 spans; closed: ref.
    case(
        "X1032-001",
        caption(
            "a man wearing a light blue shirt and khaki pants. The gentleman wears a long-sleeve shirt with pure "
            "color patterns. The shirt is with cotton fabric. It has a lapel collar."
        ),
        wearing("a light blue shirt and khaki pants", who="he"),
        color_of("shirt", "light blue", kind="open"),
        describe("shirt", "long-sleeve shirt with pure color patterns"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        title="Peter England Men Light Blue Slim Fit Oxford Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, navy-and-white vertical striped short-sleeve shirt worn untucked over grey trousers, light
    # grey backdrop. Caption adapter ran to 50 tokens (cut); spans by squad2; closed by the reference engine.
    case(
        "X1032-002",
        caption(
            "a man wearing a blue and white striped shirt and grey pants. The gentleman wears a short-sleeve shirt "
            "with stripe patterns. The shirt is with cotton fabric. The pants this gentleman wears is of long "
            "length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and grey pants", who="he"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "stripe patterns"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.color("navy blue"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Roadster Men Navy Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, black crew-neck tee with a white "BROOKLYN" text print on the chest, dark indigo jeans,
    # plain white studio backdrop (no wall texture). Caption adapter (newline stop); squad2 spans; reference closed.
    case(
        "X1032-003",
        caption(
            "a man wearing a black t-shirt with a white graphic and blue jeans standing in front of a brick wall. "
            "The gentleman wears a short-sleeve T-shirt with graphic patterns.",
            "unsupported",
        ),
        wearing("a black t-shirt with a white graphic and blue jeans", who="he"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        is_a("t-shirt", "yes"),
        title="HERE&NOW Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: side view, olive green cargo trousers with flap side pockets, plain white crew tee, white sneakers, white
    # backdrop. Caption adapter looped on a template sentence to 50 tokens; squad2 spans; reference closed.
    case(
        "X1032-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The pants this gentleman wears is "
            "of long length. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        details("pants", "The pants this gentleman wears", "restated"),
        describe(
            "trousers",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns",
            "loop",
        ),
        Q.color("olive"),
        Q.garment_type("trousers"),
        Q.pattern("solid"),
        title="WROGN Men Olive Green Slim Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, maroon pique polo with white tipping on collar and cuffs, beige chinos, bare wrists, grey
    # backdrop. Caption adapter (newline stop) invents a wrist accessory; squad2 spans; reference closed.
    case(
        "X1032-005",
        caption(
            "a man wearing a red polo shirt and khaki pants. His T-shirt has short sleeves, cotton fabric and pure "
            "color patterns. It has a lapel neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a red polo shirt and khaki pants", who="he"),
        color_of("t-shirt", "red", kind="open"),
        details("t-shirt", "an accessory on his wrist", "unsupported"),
        Q.color("maroon"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: full-body front view, charcoal grey flat-front formal trousers, white formal shirt tucked in, black belt,
    # black shoes, white backdrop. Caption adapter gave a base-model sentence calling the charcoal trousers black.
    case(
        "X1032-006",
        caption("a man in a white shirt and black pants standing in front of a white wall", "contradiction"),
        wearing("a white shirt and black pants", "contradiction", who="he"),
        color_of("pants", "black", "contradiction", kind="open"),
        Q.color("grey"),
        Q.garment_type("trousers"),
        is_a("jeans", "no", article="a pair of"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view, red-and-black buffalo check flannel shirt worn open over a black crew tee, black jeans,
    # bareheaded, white backdrop. Caption adapter (newline stop) adds a hat; squad2 spans; reference closed.
    case(
        "X1032-007",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. This gentleman wears a hat.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        color_of("shirt", "", "non_answer", kind="open"),
        describe("shirt", "long-sleeve shirt with lattice patterns. The shirt is with cotton fabric"),
        details("shirt", "This gentleman wears a hat", "unsupported"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.material("cotton"),
        title="Mast & Harbour Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: front view, heather grey V-neck tee, plain, navy chinos, white backdrop. Caption adapter (newline stop)
    # switches to "The lady"; squad2 spans; reference closed.
    case(
        "X1032-008",
        caption(
            "a man wearing a grey v-neck t-shirt and blue pants. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. Its neckline is V-shape.",
            "pronoun",
        ),
        wearing("a grey v-neck t-shirt and blue pants", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        describe("t-shirt", "The lady wears a short-sleeve T-shirt", "pronoun"),
        details("t-shirt", "Its neckline is V-shape"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("short"),
        title="Jack & Jones Men Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: three-quarter front view, stone beige slim chinos with rolled hems, navy blue polo, brown loafers, white
    # backdrop. Caption adapter ran to 50 tokens mid-sentence after calling the chinos denim; squad2; reference.
    case(
        "X1032-009",
        caption(
            "a man wearing a blue polo shirt and beige pants. His T-shirt has short sleeves, cotton fabric and pure "
            "color patterns. The pants this gentleman wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and beige pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.material("denim", "contradiction"),
        details("pants", "is of long length"),
        describe("trousers", "The pants are with denim fabric and", "cut"),
        Q.color("beige"),
        Q.garment_type("trousers"),
        title="Highlander Men Beige Slim Fit Cotton Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: front view, white formal shirt, spread collar, long sleeves, no tie, tucked into navy trousers, grey
    # backdrop. Caption adapter gave a short base-model caption that adds a tie; squad2 spans; reference closed.
    case(
        "X1032-010",
        caption("a man wearing a white shirt and a blue tie", "unsupported"),
        wearing("a white shirt and a blue tie", "unsupported", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white shirt and a blue tie", "unsupported"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        is_a("shirt", "yes"),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, navy-and-white horizontal Breton stripe tee, long sleeves, crew neck, white chinos, white
    # backdrop. Caption adapter ran to 50 tokens (cut); squad2 spans; reference closed.
    case(
        "X1032-011",
        caption(
            "The gentleman wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with stripe patterns", who="he"),
        color_of("t-shirt", "", "non_answer", kind="open"),
        describe("t-shirt", "The pants are with cotton fabric and pure", "cut"),
        Q.color("navy blue"),
        Q.sleeve_length("long"),
        Q.pattern("striped"),
        Q.garment_type("t-shirt"),
        title="Mast & Harbour Men Navy Blue Breton Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, black slim joggers with drawstring and elastic cuffs, white tee with a small graphic, bare
    # wrists, white backdrop. Caption adapter looped on the wrist sentence to 50 tokens; squad2; reference closed.
    case(
        "X1032-012",
        caption(
            "a man wearing a white t-shirt and black pants. The pants this gentleman wears is of long length. The "
            "pants are with cotton fabric and pure color patterns. There is an accessory on his wrist. There is an "
            "accessory on his wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "an accessory on his wrist. There is an accessory on his wrist", "loop"),
        Q.color("black"),
        Q.garment_type("trousers"),
        Q.pattern("striped", "contradiction"),
        is_a("jeans", "no", article="a pair of"),
        title="HRX by Hrithik Roshan Men Black Slim Fit Joggers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: side view, olive green cotton twill utility shirt, two flap chest pockets, sleeves rolled, over a white
    # tee, khaki chinos, white backdrop. Caption adapter (newline stop) calls it denim; squad2; reference closed.
    case(
        "X1032-013",
        caption(
            "a man wearing a green shirt and khaki pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with denim fabric. It has a lapel collar.",
            "unsupported",
        ),
        wearing("a green shirt and khaki pants", who="he"),
        color_of("shirt", "green", kind="open"),
        Q.material("denim", "unsupported"),
        details("shirt", "It has a lapel collar"),
        Q.color("khaki", "other_garment_color"),
        Q.pattern("solid"),
        title="Roadster Men Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, plain white crew tee under an open light-wash denim jacket, black jeans, white backdrop.
    # Caption adapter (newline stop); squad2 spans; the reference engine answered for the jacket.
    case(
        "X1032-014",
        caption(
            "a man wearing a denim jacket over a white t-shirt. This gentleman wears an outer clothing with denim "
            "fabric and pure color patterns. His T-shirt has short sleeves."
        ),
        wearing("a denim jacket over a white t-shirt", who="he"),
        color_of("t-shirt", "white", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        title="Levis Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, navy blue slim chinos, white long-sleeve shirt worn untucked, white backdrop. Feed row has
    # no category. Caption adapter ran to 50 tokens (cut); squad2 spans; reference closed.
    case(
        "X1032-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color_of("pants", "", "non_answer", kind="open"),
        details("pants", "cotton fabric and pure color patterns"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("trousers"),
        Q.material("cotton"),
        title="Indian Terrain Men Navy Blue Slim Fit Chinos",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, mid-blue denim shirt, long sleeves, two snap-button chest pockets, black trousers, no
    # jewellery, white backdrop. Caption adapter (newline stop) adds a ring; squad2 spans; reference closed.
    case(
        "X1032-016",
        caption(
            "a man wearing a blue denim shirt and black pants. The gentleman wears a long-sleeve shirt with pure "
            "color patterns. The shirt is with denim fabric. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a blue denim shirt and black pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        Q.material("denim"),
        Q.color("black", "other_garment_color"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        Q.pattern("solid"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, mustard yellow henley tee, three-button placket, long sleeves, grey jeans, white backdrop.
    # Caption adapter ran on into a Question/Answer exchange up to 50 tokens; squad2 spans; reference closed.
    case(
        "X1032-017",
        caption(
            "a man wearing a yellow shirt and grey jeans. The gentleman wears a long-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric. Question: what is the man wearing? Answer: a yellow "
            "shirt and grey jeans",
            "leak",
            hit_limit=True,
        ),
        wearing("a yellow shirt and grey jeans", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        details("t-shirt", "Question: what is the man wearing? Answer", "leak"),
        Q.color("yellow"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        title="Roadster Men Mustard Yellow Solid Henley T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: full-body front view, light grey formal trousers with a faint windowpane check, pale pink formal shirt
    # tucked in, brown belt, white backdrop. Caption adapter (newline stop); squad2 spans; reference closed.
    case(
        "X1032-018",
        caption(
            "a man wearing a pink shirt and grey pants. The pants this gentleman wears is of long length. The pants "
            "are with cotton fabric and lattice patterns. This gentleman wears a belt."
        ),
        wearing("a pink shirt and grey pants", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("trousers", "cotton fabric and lattice patterns"),
        details("pants", "The pants this gentleman wears", "restated"),
        Q.color("grey"),
        Q.pattern("checked"),
        title="Arrow Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: front view, black short-sleeve camp-collar shirt with a white floral print, beige chinos, white backdrop.
    # Caption adapter (newline stop) calls the fabric chiffon; squad2 spans; reference closed.
    case(
        "X1032-019",
        caption(
            "a man wearing a black and white floral shirt and beige pants. The gentleman wears a short-sleeve shirt "
            "with floral patterns. The shirt is with chiffon fabric.",
            "unsupported",
        ),
        wearing("a black and white floral shirt and beige pants", who="he"),
        color_of("shirt", "black and white", kind="open"),
        Q.material("chiffon", "unsupported"),
        describe("shirt", "short-sleeve shirt with floral patterns"),
        Q.pattern("floral"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short"),
        title="HERE&NOW Men Black Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: front view, bright red crew tee with a small embroidered chest logo, black jeans, white backdrop.
    # Caption adapter gave a short base-model caption (newline stop); squad2 spans; reference closed.
    case(
        "X1032-020",
        caption("a man in a red t-shirt and black jeans standing in front of a white wall"),
        wearing("a red t-shirt and black jeans", who="he"),
        color_of("t-shirt", "red", kind="open"),
        details("t-shirt", "standing in front of a white wall", "non_answer"),
        Q.color("red"),
        Q.garment_type("t-shirt"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        title="Puma Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: back view, khaki slim chinos with back welt pockets, navy-and-white striped polo, white backdrop.
    # Caption adapter (newline stop) writes "The lady"; squad2 spans; reference closed.
    case(
        "X1032-021",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("The lady wears a short-sleeve T-shirt with stripe patterns", "pronoun", who="he"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        details("pants", "cotton fabric and pure color patterns"),
        Q.color("khaki"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("trousers"),
        title="Mast & Harbour Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: front view, sky blue and white gingham button-down shirt, long sleeves rolled to the elbow, worn untucked
    # over dark blue jeans, grey backdrop. Caption adapter ran to 50 tokens (cut); squad2 spans; reference closed.
    case(
        "X1032-022",
        caption(
            "a man wearing a blue and white checkered shirt and blue jeans. The gentleman wears a long-sleeve shirt "
            "with lattice patterns. The shirt is with cotton fabric. The pants this gentleman wears is of long "
            "length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt and blue jeans", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric. The pants this gentleman wears is of long length. The pants are with "
            "denim",
            "cut",
        ),
        details("shirt", "lattice patterns"),
        Q.pattern("checked"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("blue"),
        title="U.S. Polo Assn. Men Blue & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, white pique polo with a navy chest band (colour block), short sleeves, navy chinos, no
    # glasses, white backdrop. Caption adapter (newline stop) adds glasses; squad2 spans; reference closed.
    case(
        "X1032-023",
        caption(
            "a man wearing a white polo shirt with a blue stripe and blue pants. His T-shirt has short sleeves, "
            "cotton fabric and color block patterns. This gentleman wears glasses.",
            "unsupported",
        ),
        wearing("a white polo shirt with a blue stripe and blue pants", who="he"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.pattern("color block"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        is_a("t-shirt", "no", "contradiction"),
        title="Tommy Hilfiger Men White Colourblocked Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, dark brown corduroy trousers, cream crew tee, white backdrop. Caption adapter (newline stop)
    # reads the wales as stripes; squad2 spans; reference closed.
    case(
        "X1032-024",
        caption(
            "a man wearing a white t-shirt and brown pants. The gentleman wears a short-sleeve T-shirt. The pants "
            "this gentleman wears is of long length. The pants are with cotton fabric and stripe patterns.",
            "contradiction",
        ),
        wearing("The gentleman wears", "restated", who="he"),
        color_of("pants", "brown", kind="open"),
        describe("trousers", "stripe patterns", "contradiction"),
        Q.material("cotton"),
        Q.pattern("solid"),
        Q.color("brown"),
        title="Mango Man Brown Solid Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: front view, lavender formal shirt, long sleeves, tucked into black trousers, bare wrists, white backdrop.
    # Caption adapter looped on the wrist sentence to 50 tokens; squad2 spans; reference closed.
    case(
        "X1032-025",
        caption(
            "a man wearing a purple shirt and black pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. It has a lapel collar. There is an accessory on his wrist. There is an accessory on his "
            "wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple shirt and black pants", who="he"),
        color_of("shirt", "purple", kind="open"),
        details("shirt", "an accessory on his wrist", "unsupported"),
        describe("shirt", "There is an accessory on his wrist. There is an accessory on his wrist", "loop"),
        Q.color("lavender"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        title="Arrow Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: front view, charcoal tee with a large orange-and-white tiger print, olive cargo trousers, hands empty,
    # white backdrop. Caption adapter (newline stop) adds a phone; squad2 spans; reference closed.
    case(
        "X1032-026",
        caption(
            "a man wearing a grey t-shirt with an orange tiger on it and green pants holding a cell phone",
            "unsupported",
        ),
        wearing("a grey t-shirt with an orange tiger on it and green pants", who="he"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        describe("t-shirt", "a grey t-shirt with an orange tiger on it"),
        Q.pattern("graphic"),
        Q.color("olive", "other_garment_color"),
        Q.garment_type("t-shirt"),
        title="Bewakoof Men Charcoal Grey Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view, light-wash blue skinny jeans with whiskering, black crew tee, bare wrists, white backdrop.
    # Caption adapter (newline stop) adds a wrist accessory; squad2 spans; reference closed.
    case(
        "X1032-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The pants this gentleman wears is "
            "of long length. The pants are with denim fabric. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("The gentleman wears", "restated", who="he"),
        color_of("pants", "", "non_answer", kind="open"),
        Q.material("denim"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jeans"),
        details("pants", "of long length. The pants are with denim fabric"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, white shirt with thin black vertical pinstripes, long sleeves, mandarin (band) collar, worn
    # untucked over black trousers, white backdrop. Caption adapter (newline stop); squad2 spans; reference closed.
    case(
        "X1032-028",
        caption(
            "a man wearing a white shirt and black pants. The gentleman wears a long-sleeve shirt with stripe "
            "patterns. The shirt is with cotton fabric. It has a lapel collar.",
            "contradiction",
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("shirt", "white", kind="open"),
        Q.pattern("striped"),
        details("shirt", "lapel collar", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Mast & Harbour Men White & Black Pinstriped Mandarin Collar Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, teal crew-neck tee with a chest patch pocket, white trousers, white backdrop. Caption adapter
    # ran to 50 tokens (cut); squad2 spans; reference closed.
    case(
        "X1032-029",
        caption(
            "a man wearing a blue t-shirt and white pants. The gentleman wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt is with cotton fabric and its neckline is round. The pants this gentleman "
            "wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and white pants", who="he"),
        color_of("t-shirt", "blue", kind="open"),
        details("t-shirt", "its neckline is round"),
        describe("t-shirt", "The pants this gentleman wears is of long length. The", "cut"),
        Q.color("teal"),
        Q.sleeve_length("short"),
        Q.garment_type("polo shirt", "contradiction"),
        title="Highlander Men Teal Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: side view, white linen drawstring trousers, light blue linen shirt, sleeves rolled, white backdrop.
    # Caption adapter (newline stop) calls both fabrics cotton; squad2 spans; reference closed.
    case(
        "X1032-030",
        caption(
            "a man wearing a blue shirt and white pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The pants this gentleman wears is of long length. The pants are with cotton fabric.",
            "contradiction",
        ),
        wearing("a blue shirt and white pants", who="he"),
        color_of("pants", "white", kind="open"),
        Q.material("cotton", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Marks & Spencer Men White Pure Linen Drawstring Trousers",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: side view, dark green and navy tartan check shirt worn open over a grey tee, grey trousers, white
    # backdrop. Caption adapter looped on its first sentences to 50 tokens; squad2 spans; reference closed.
    case(
        "X1032-031",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with "
            "cotton fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        color_of("shirt", "lattice", "non_answer", kind="open"),
        describe(
            "shirt",
            "a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel collar. This "
            "gentleman wears a long-sleeve shirt",
            "loop",
        ),
        Q.color("green"),
        Q.pattern("checked"),
        title="Roadster Men Green & Navy Blue Tartan Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: front view, black sleeveless muscle tank, grey joggers, bareheaded, white backdrop. Caption adapter
    # (newline stop) adds a hat; squad2 spans; reference closed.
    case(
        "X1032-032",
        caption(
            "a man wearing a black tank top and grey sweatpants. The gentleman wears a sleeveless tank top with pure "
            "color patterns. This gentleman wears a hat.",
            "unsupported",
        ),
        wearing("a black tank top and grey sweatpants", who="he"),
        color_of("t-shirt", "black", kind="open"),
        describe("t-shirt", "a sleeveless tank top with pure color patterns"),
        details("t-shirt", "This gentleman wears a hat", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("tank top"),
        Q.color("grey", "other_garment_color"),
        title="HRX by Hrithik Roshan Men Black Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front view, navy blue regular-fit formal trousers, light blue shirt tucked in, brown leather belt, white
    # backdrop. Caption adapter ran on into "Question:" at 50 tokens; squad2 spans; reference closed.
    case(
        "X1032-033",
        caption(
            "a man wearing a blue shirt and blue pants. His shirt has long sleeves, cotton fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is a belt. Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a man wearing", "restated", who="he"),
        color_of("pants", "blue", kind="open"),
        details("pants", "There is a belt. Question:", "leak"),
        describe("trousers", "cotton fabric and pure color patterns"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        title="Raymond Men Navy Blue Regular Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, black long-sleeve shirt tucked into black trousers (all black), white backdrop. Caption
    # adapter (newline stop) writes "The lady"; squad2 spans; reference closed.
    case(
        "X1032-034",
        caption(
            "a man wearing a black shirt and black pants. The lady wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel collar.",
            "pronoun",
        ),
        wearing("a black shirt and black pants", who="he"),
        color_of("shirt", "black", kind="open"),
        Q.color("black"),
        describe("shirt", "The lady wears a long-sleeve shirt with pure color patterns", "pronoun"),
        Q.sleeve_length("long"),
        Q.pattern("checked", "contradiction"),
        title="Mother Earth Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: back view, olive green crew tee with a white mountain print and "ADVENTURE" across the back, black
    # trousers, bare wrists, white backdrop. Caption adapter (newline stop) adds a wrist accessory; squad2; reference.
    case(
        "X1032-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("The gentleman wears", "restated", who="he"),
        color_of("t-shirt", "graphic", "non_answer", kind="open"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "There is an accessory on his wrist", "unsupported"),
        Q.color("olive"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        title="WROGN Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, grey melange joggers with a white side stripe, white tee, black smartwatch on the left wrist,
    # white backdrop. Caption adapter ran on into a Question/Answer exchange at 50 tokens; squad2; reference.
    case(
        "X1032-036",
        caption(
            "a man wearing a white t-shirt and grey pants. The pants are with cotton fabric and stripe patterns. "
            "There is an accessory on his wrist. Question: What is the man wearing? Answer: a white t-shirt and "
            "grey",
            "leak",
            hit_limit=True,
        ),
        wearing("a white t-shirt and grey pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "stripe patterns"),
        Q.material("cotton"),
        Q.color("grey"),
        Q.garment_type("trousers"),
        title="Puma Men Grey Melange Solid Slim Fit Joggers",
        category="Trousers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front view, light pink linen shirt, long sleeves, untucked over white chinos, tan leather watch, white
    # backdrop. Caption adapter (newline stop) calls the linen cotton; squad2 spans; reference closed.
    case(
        "X1032-037",
        caption(
            "a man wearing a pink shirt and white pants. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. There is an accessory on his wrist.",
            "contradiction",
        ),
        wearing("a pink shirt and white pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        Q.material("cotton", "contradiction"),
        describe("shirt", "long-sleeve shirt with pure color patterns"),
        Q.color("white", "other_garment_color"),
        title="Linen Club Men Pink Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: front view, white tee with an all-over multicolour tropical leaf print, navy trousers, white backdrop.
    # Caption adapter ran to 50 tokens (cut); squad2 spans; reference closed.
    case(
        "X1032-038",
        caption(
            "a man wearing a floral shirt and blue pants. The gentleman wears a short-sleeve T-shirt with floral "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The pants this gentleman wears "
            "is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a floral shirt and blue pants", who="he"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "a floral shirt"),
        details(
            "t-shirt",
            "its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
        ),
        Q.pattern("floral"),
        Q.color("green", "contradiction"),
        is_a("t-shirt", "yes"),
        title="HERE&NOW Men White Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: full-body front view, black slim formal trousers, white shirt with an open collar and no tie, black
    # blazer (reads as a suit), grey backdrop. Caption adapter gave a base-model caption that adds a tie.
    case(
        "X1032-039",
        caption(
            "a man in a black suit and white shirt and a black tie standing in front of a gray background",
            "unsupported",
        ),
        wearing("a black suit and white shirt and a black tie", "unsupported", who="he"),
        color_of("pants", "black", kind="open"),
        describe("trousers", "standing in front of a gray background", "non_answer"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        is_a("jeans", "no", article="a pair of"),
        title="Van Heusen Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: front view, white short-sleeve shirt with a navy micro polka-dot print, tucked into khaki chinos, brown
    # belt, white backdrop. Caption adapter looped on the belt sentence to 50 tokens; squad2 spans; reference closed.
    case(
        "X1032-040",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. The pants are with cotton fabric and pure color patterns. There is a belt. There is a "
            "belt. There is a belt. There",
            "loop",
            hit_limit=True,
        ),
        wearing("The gentleman wears", "restated", who="he"),
        color_of("shirt", "", "non_answer", kind="open"),
        details("shirt", "There is a belt", "contradiction"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        title="Louis Philippe Men White Polka Dot Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, raglan tee, white body with black three-quarter raglan sleeves, crew neck, blue jeans, white
    # backdrop. Caption adapter (newline stop); squad2 spans; reference closed. All correct.
    case(
        "X1032-041",
        caption(
            "a man wearing a white and black shirt and blue jeans. The gentleman wears a medium-sleeve T-shirt with "
            "color block patterns. Its neckline is round."
        ),
        wearing("a white and black shirt and blue jeans", who="he"),
        color_of("t-shirt", "white and black", kind="open"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("color block"),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        title="Jack & Jones Men White & Black Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, rust orange slim chinos, white oxford shirt untucked, white backdrop. Caption adapter
    # (newline stop) writes "The lady"; squad2 spans; reference closed.
    case(
        "X1032-042",
        caption(
            "a man wearing a white shirt and orange pants. The lady wears a long-sleeve shirt with pure color "
            "patterns. The lady wears a long trousers. The trousers are with cotton fabric.",
            "pronoun",
        ),
        wearing("a white shirt and orange pants", who="he"),
        color_of("pants", "orange", kind="open"),
        Q.color("red", "contradiction"),
        Q.garment_type("trousers"),
        details("pants", "The lady wears a long trousers", "pronoun"),
        title="Roadster Men Rust Slim Fit Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: front view, navy short-sleeve camp-collar shirt with a small white anchor print, white trousers, white
    # backdrop. Feed row has no title. Caption adapter ran to 50 tokens (cut); squad2 spans; reference closed.
    case(
        "X1032-043",
        caption(
            "a man wearing a blue shirt with white anchors on it and white pants. The gentleman wears a short-sleeve "
            "shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel collar. The pants this "
            "gentleman wears is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt with white anchors on it and white pants", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "a blue shirt with white anchors on it"),
        details("shirt", "It has a lapel collar. The pants this gentleman wears is", "cut"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.color("navy blue"),
        Q.material("cotton"),
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, lime green quick-dry training tee with a small reflective logo, black track trousers, bare
    # wrists, white backdrop. Caption adapter (newline stop) writes "The lady" and adds a wrist accessory.
    case(
        "X1032-044",
        caption(
            "a man wearing a green t-shirt and black pants. The lady wears a short-sleeve T-shirt with pure color "
            "patterns and its neckline is round. There is an accessory on her wrist.",
            "pronoun",
        ),
        wearing("a green t-shirt and black pants", who="he"),
        color_of("t-shirt", "green", kind="open"),
        details("t-shirt", "an accessory on her wrist", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        is_a("t-shirt", "yes"),
        title="HRX by Hrithik Roshan Men Lime Green Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: front view, tan pleated relaxed trousers, black fine-knit crew sweater, white backdrop. Feed row has no
    # gender. Caption adapter ran on into "Question: What" at 50 tokens; squad2 spans; reference closed.
    case(
        "X1032-045",
        caption(
            "a man wearing a black sweater and brown pants. The gentleman wears a long-sleeve sweater with knitted "
            "fabric. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a black sweater and brown pants", who="he"),
        color_of("pants", "brown", kind="open"),
        describe("trousers", "The pants are with cotton fabric and pure color patterns. Question: What", "leak"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("trousers"),
        Q.pattern("solid"),
        title="Mango Man Tan Pleated Relaxed Fit Trousers",
        category="Trousers",
        color="Tan",
    ),
    # photo: front view, sage green short-sleeve shirt worn open over a plain white tee, beige chinos, white
    # backdrop. Caption adapter ran to 50 tokens and happened to end on a full stop; squad2 spans; reference closed.
    case(
        "X1032-046",
        caption(
            "a man wearing a green shirt over a white t-shirt and beige pants. The gentleman wears a short-sleeve "
            "shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel collar. This gentleman "
            "also wears an inner T-shirt.",
            hit_limit=True,
        ),
        wearing("a green shirt over a white t-shirt and beige pants", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "short-sleeve shirt with pure color patterns"),
        details("shirt", "It has a lapel collar"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Highlander Men Sage Green Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
]
