"""BLIND_981 (46 products; Myntra men's tees and shirts with jeans, shorts or track pants, caption adapter epoch 3):
written blind in the fifty-eighth session. Measured blind at fba231f (the session's second rules): 106/121 failures
found (87.6%) and 9/175 correct texts flagged (5.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts, polo t-shirts and casual shirts, each photographed on a model against
the usual white backdrop, worn with jeans, shorts or track pants (some layered: an open shirt over a tee, a shirt
tucked in with a belt). Catalog columns are the seller's: title, category (Tshirts, Shirts), color (the seller's
base colour: Navy Blue, Maroon, Grey Melange, Off White...), gender; a few rows lack a column, as real feeds do.

Who wrote what: the caption and every open answer were written by the caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3) by free greedy generation, 50 new tokens for captions and 30
for answers. It speaks the DeepFashion-MultiModal template ("The man wears a short-sleeve T-shirt with pure color
patterns and a long denim pants. The T-shirt is with cotton fabric and its neckline is round."), often answers an
open question with that template, sometimes calls the man "the lady" or "her" (the training data is mostly women),
adds template accessories ("There is an accessory on his wrist", "The man wears a hat") whether or not they are in
the photo, and, having learnt no end token, sometimes runs to its limit in a loop or mid-sentence. When it does
name hues they come from the base model's prior, so they often belong to the other garment. Closed answers (color,
garment type, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine ranking candidate
values with the same adapter: always one clean value, sometimes the wrong one.

Labeling conventions and judgement calls:
- A product given the color of another garment in the photo (the jeans, the shorts, the tee under an open shirt)
  is other_garment_color, closed or open. The other garment given the product's color (the jeans called "pink"
  like the pink shirt), or a color nobody wears (the white backdrop), is contradiction.
- Another garment's pattern or material given to the product (a solid tee called "striped" for the track pants'
  side stripes, "denim" for a tee) is contradiction, as is a wrong pattern, sleeve length, neckline or garment type.
- A material that the catalog contradicts ("cotton" for a Dri-FIT or a linen shirt) or that no photo could show
  (leather shorts, glitter on a print) is unsupported, as are invented accessories, logos on an unseen side, and
  cufflinks. The template's "cotton fabric" for an ordinary tee or shirt is counted correct.
- Shade names within the seller's color family are correct: maroon or red for Maroon/Burgundy, grey for Charcoal
  or Grey Melange, purple for Lavender, yellow for Mustard, white or cream for Cream/Off White, orange for Rust,
  beige for khaki shorts. Lime Green called "yellow" and Sea Green called "blue" are contradictions.
- An open color question answered with the template and no hue, a one-word or yes/no answer to an open question,
  and "they are jeans" for the jeans details are non_answer. Only the question's words back is restated.
- A text that ran to its token limit has hit_limit=True and is labelled loop when it repeats, cut when it ends
  mid-phrase; a leak that also ran to the limit is labelled leak. No correct text ran to its limit.
- "The lady", "she" or "her" for a man is pronoun, even when the rest is right, also where the row lacks gender
  (the title says Men).
- Each text has one label, the failure a reader would notice first; texts that mix two were mostly avoided.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_981 = [
    # photo: navy blue solid round-neck tee, light blue jeans, white backdrop, front view. Caption and open answers:
    # caption adapter epoch 3; closed: reference engine.
    case(
        "X981-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is crew."
        ),
        color_of("t-shirt", "navy blue"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeve"),
        describe("t-shirt", "a light blue t-shirt with short sleeves and a round neck", "other_garment_color"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tee with a large black skull graphic, black track pants, white backdrop, front view. Caption and
    # open answers: caption adapter; closed: reference engine.
    case(
        "X981-002",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.pattern("graphic"),
        color_of("pants", "the pants are black", kind="open"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Tantra Men Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue-and-white checked casual shirt, long sleeves rolled to the forearm, worn untucked over dark blue
    # jeans; no watch or bracelet. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-003",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline."
        ),
        Q.pattern("checked"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and solid color patterns. It has a lapel neckline.",
            "contradiction",
        ),
        details("shirt", "There is an accessory on his wrist. The shirt has buttons on the front.", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Wrangler Men Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive polo t-shirt with white tipping on the collar, beige chino shorts, white backdrop, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-004",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a shorts. The shorts are with "
            "cotton fabric and solid color patterns."
        ),
        color_of("t-shirt", "beige", "other_garment_color"),
        color_of("shorts", "The shorts are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        Q.garment_type("polo shirt"),
        describe(
            "t-shirt",
            "His polo shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel collar.",
        ),
        wearing("she is wearing a polo shirt and shorts", "pronoun", who="he"),
        title="U.S. Polo Assn. Men Solid Olive Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: plain grey melange crew-neck tee, black track pants with two white side stripes, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with cotton fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("track pants", "black with white stripes on the side", kind="open"),
        Q.pattern("striped", "contradiction"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the t-shirt details", "restated"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon long-sleeve henley tee with a three-button placket, dark grey jeans, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-006",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "red"),
        color_of("jeans", "grey", kind="open"),
        Q.sleeve_length("long sleeve"),
        describe(
            "t-shirt",
            "a maroon t-shirt with a button placket and long sleeves, a maroon t-shirt with a button placket and "
            "long sleeves, a maroon",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        title="Roadster Men Maroon Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white full-sleeve linen shirt with a mandarin collar, beige shorts, side view against white.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-007",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a stand neckline.",
            "unsupported",
        ),
        color_of("shirt", "white"),
        color_of("shorts", "white", "contradiction"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "The shirt has a mandarin collar and a full button placket. It has long sleeves with buttoned cuffs.",
        ),
        wearing("Question: What is the man wearing? Answer: The man wears a long-sleeve shirt", "leak", who="the man"),
        title="Mast & Harbour Men White Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black tee with a red-and-white "NYC" print, mid-blue ripped jeans, steel watch on the left wrist,
    # front view. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-008",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long denim pants. There is an "
            "accessory on his wrist. The T-shirt is with cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "black"),
        Q.pattern("printed"),
        describe("t-shirt", "a black t-shirt with a red and white print on the front"),
        details("jeans", "The jeans are with denim fabric and solid color patterns. They have rips on the knees."),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long denim pants. There is an accessory "
            "on his wrist. The",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light pink full-sleeve shirt with one chest pocket, tucked into dark blue jeans, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline.",
            "pronoun",
        ),
        color_of("shirt", "pink"),
        Q.garment_type("shirt"),
        wearing("pink", "non_answer", who="he"),
        describe(
            "shirt", "a light pink shirt tucked into dark jeans, with a buttoned collar and a single chest pocket"
        ),
        details("shirt", "The shirt has a chest pocket and epaulettes on the shoulders.", "unsupported"),
        color_of("jeans", "pink", "contradiction"),
        title="Peter England Men Solid Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: yellow tee with a wide navy band across the chest (colour-block), navy drawstring shorts with side
    # pockets, no logo on the shorts. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-010",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        color_of("shorts", "navy blue", kind="open"),
        Q.pattern("colourblocked"),
        describe("t-shirt", "a yellow and navy t-shirt with a navy band across the chest"),
        details(
            "shorts",
            "The shorts have an elastic waistband with a drawstring and two side pockets. There is a logo on the "
            "left leg.",
            "unsupported",
        ),
        title="Puma Men Colourblocked Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: charcoal grey plain tee, black track pants, white sneakers, front view. The feed row has no category.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-011",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The man wears a long pants. The man wears a long pants. "
            "The man",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "contradiction"),
        wearing("a grey t-shirt and black track pants with white shoes", who="the man"),
        Q.sleeve_length("short sleeve"),
        is_a("t-shirt", "yes"),
        title="Proline Men Charcoal T-shirt",
        color="Charcoal",
        gender="Men",
    ),
    # photo: light blue denim shirt with two flap chest pockets and snap buttons, worn open over a white tee,
    # sleeves rolled up, black jeans. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-012",
        caption(
            "The man wears a long-sleeve shirt with denim fabric and pure color patterns. The man wears a long "
            "trousers. The trousers are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("jeans", "black"),
        describe("shirt", "a light blue denim shirt worn open over a white t-shirt, with the sleeves rolled up"),
        Q.material("denim"),
        details(
            "shirt",
            "The shirt has two flap pockets on the chest and snap buttons. The shirt has two flap pockets on the "
            "chest and snap buttons. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "He wears a long-sleeve shirt with denim fabric and pure color patterns. There is a T-shirt inside. "
            "The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Levis Men Denim Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red polo tee with thin white horizontal stripes and a white collar, white shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-013",
        caption(
            "The man wears a short-sleeve polo shirt with striped patterns and a shorts. The polo shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "contradiction", kind="open"),
        describe("t-shirt", "a red and white striped polo t-shirt with a white collar and short sleeves"),
        is_a("polo shirt", "yes"),
        wearing("Answer: a red striped polo shirt and white shorts", "leak", who="the man"),
        title="United Colors of Benetton Men Stripes Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black plain Dri-FIT training tee (polyester), khaki cargo shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-014",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round.",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        color_of("t-shirt", "black"),
        color_of("shorts", "khaki"),
        describe(
            "t-shirt",
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "shorts the man wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        title="Nike Men Black Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with tiny white polka dots, light grey jeans, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-015",
        caption(
            "The man wears a short-sleeve shirt with floral patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline.",
            "contradiction",
        ),
        color_of("shirt", "navy"),
        color_of("jeans", "light grey", kind="open"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long sleeve", "contradiction"),
        details("shirt", "the shirt details", "restated"),
        title="Highlander Men Navy Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard tee with a patch pocket on the left chest, olive track pants, bare wrists, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-016",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "yellow"),
        color_of("track pants", "yellow", "contradiction"),
        describe("t-shirt", "an olive green t-shirt with a pocket on the chest", "other_garment_color"),
        details("t-shirt", "a patch pocket on the left chest"),
        wearing("He wears a short-sleeve T-shirt with pure color patterns and a long pants.", who="he"),
        title="Roadster Men Mustard Solid Pocket T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red-and-black buffalo-check flannel shirt worn open over a plain white tee, blue jeans, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-017",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. There is a T-shirt inside."
        ),
        color_of("shirt", "white", "other_garment_color"),
        Q.pattern("checked"),
        color_of("jeans", "blue", kind="open"),
        describe("shirt", "a red and black plaid flannel shirt worn open over a white t-shirt"),
        Q.garment_type("t-shirt", "contradiction"),
        wearing("She is wearing a plaid shirt over a white t-shirt and jeans", "pronoun", who="the man"),
        title="Roadster Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: teal tee with white "adidas" lettering across the chest, grey track pants, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "a grey t-shirt with white writing on it", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("printed"),
        details("t-shirt", "white adidas lettering across the chest and three stripes down the sleeves", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Adidas Men Teal Printed T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: olive full-sleeve utility shirt with two button-flap chest pockets and epaulettes, black jeans.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. "
            "The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        describe("shirt", "an olive green shirt with two flap pockets and long sleeves"),
        details(
            "shirt",
            "The shirt has two chest pockets with button flaps, epaulettes on the shoulders, a curved hem and metal "
            "buttons on the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        title="Mufti Men Olive Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue short-sleeve slim-fit shirt, beige shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-020",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        wearing(
            "Question: What is he wearing? Answer: Question: What is he wearing? Answer: Question: What is he",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Basics Men Blue Slim Fit Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black-and-white horizontal striped (breton) tee, black jeans, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-021",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "black"),
        Q.pattern("striped"),
        describe("t-shirt", "a black and white striped t-shirt with a round neck"),
        color_of("jeans", "black and white striped", "contradiction", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        wearing("Question: What is he wearing? Answer: a striped t-shirt and black jeans", "leak", who="he"),
        title="Tommy Hilfiger Men Striped Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender full-sleeve shirt tucked into dark blue jeans with a brown leather belt, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long denim pants. There is an "
            "accessory on his waist. The shirt is with cotton fabric. It has a lapel neckline."
        ),
        color_of("shirt", "purple"),
        describe("shirt", "a light purple shirt tucked into dark blue jeans with a brown belt"),
        Q.pattern("solid"),
        color_of("jeans", "purple", "contradiction"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants.",
            "pronoun",
            who="the man",
        ),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: white polo tee with a small embroidered chest logo and two-button placket, navy track pants with white
    # piping; no hat, no watch. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-023",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a long pants. The man wears a hat.",
            "unsupported",
        ),
        color_of("t-shirt", "navy", "other_garment_color"),
        color_of("track pants", "white", "contradiction", kind="open"),
        details("t-shirt", "a small embroidered logo on the left chest and a two-button placket"),
        is_a("polo shirt", "yes"),
        Q.sleeve_length("short sleeve"),
        title="U.S. Polo Assn. Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: burgundy tee with an all-over white leaf print, mid-blue denim shorts with frayed hems, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-024",
        caption(
            "The man wears a short-sleeve T-shirt with floral patterns and a denim shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "maroon"),
        color_of("shorts", "blue", kind="open"),
        Q.pattern("floral"),
        describe(
            "t-shirt",
            "a maroon t-shirt with white leaves printed all over, a maroon t-shirt with white leaves printed all "
            "over, a maroon t-shirt",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "Answer: The shorts are with denim fabric and pure color patterns.", "leak"),
        title="Tantra Men Burgundy Printed T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: grey-and-white gingham short-sleeve shirt with a button-down collar, black track pants. The feed row
    # has no color. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-025",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color"),
        Q.pattern("checked"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "a grey and white gingham check shirt with short sleeves and a button-down collar"),
        wearing("shirt", "non_answer", who="the man"),
        title="Locomotive Men Grey Checked Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: royal blue tee with a red-and-yellow Superman shield on the chest, grey track pants, front view only.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-026",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round."
        ),
        color_of("t-shirt", "blue"),
        describe("t-shirt", "a blue t-shirt with a red and yellow superman logo on the chest"),
        color_of("track pants", "grey", kind="open"),
        details("t-shirt", "The T-shirt has a cape printed on the back", "unsupported"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Superman Men Blue Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: plain beige short-sleeve shirt with a camp collar, dark blue jeans, white backdrop, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-027",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline."
        ),
        color_of("shirt", "white", "contradiction"),
        color_of("jeans", "dark blue", kind="open"),
        describe("shirt", "a beige shirt with short sleeves and an open camp collar"),
        wearing("he is wearing", "restated", who="he"),
        is_a("shirt", "yes"),
        details("shirt", "The shirt has a chest pocket with a zip and metal rivets on the hem", "unsupported"),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: black solid full-sleeve shirt, light blue faded jeans ripped at the knees, white sneakers.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-028",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The denim pants are of long length."
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        details("jeans", "The jeans are light blue with a faded wash and rips at the knees"),
        describe(
            "shirt",
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shirt "
            "has long sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        wearing(
            "He wears a long-sleeve shirt with pure color patterns and a long denim pants. He wears a long-sleeve "
            "shirt with pure",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green round-neck tee with a small white chest logo, olive-and-brown camouflage cargo shorts.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with cotton "
            "fabric and other patterns."
        ),
        color_of("t-shirt", "green"),
        Q.pattern("camouflage", "contradiction"),
        color_of("shorts", "camouflage green and brown", kind="open"),
        describe("t-shirt", "a dark green round neck t-shirt with a small white logo"),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The man wears a "
            "short-sleeve T-shirt with pure color",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        title="Roadster Men Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: purple polo tee with a white swoosh on the chest, grey track pants. The feed row has no gender.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-030",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "grey", "other_garment_color"),
        Q.garment_type("polo shirt"),
        color_of("pants", "grey", kind="open"),
        describe("t-shirt", "a purple polo shirt with a white swoosh on the chest"),
        wearing(
            "The lady wears a short-sleeve polo shirt with pure color patterns and a long pants.",
            "pronoun",
            who="the man",
        ),
        title="Nike Men Purple Polo Tshirt",
        category="Tshirts",
        color="Purple",
    ),
    # photo: white full-sleeve shirt with thin grey pinstripes and a breast pocket, buttoned cuffs, tucked into
    # indigo jeans. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-031",
        caption(
            "The man wears a long-sleeve shirt with striped patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline."
        ),
        color_of("shirt", "blue", "other_garment_color"),
        Q.pattern("striped"),
        describe("shirt", "a white shirt with thin grey stripes and long sleeves, tucked into blue jeans"),
        color_of("jeans", "The pants are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        details("shirt", "The shirt has a breast pocket and french cuffs with cufflinks.", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Peter England Men Stripes White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: orange tee with a small black Puma logo on the chest, navy shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. Her T-shirt is with cotton "
            "fabric and its neckline is round.",
            "pronoun",
        ),
        color_of("t-shirt", "orange"),
        color_of("shorts", "navy blue"),
        describe(
            "t-shirt",
            "an orange t-shirt with a black puma logo on the chest. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("an orange t-shirt and navy shorts", who="he"),
        title="Puma Men Orange T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: coffee brown solid short-sleeve shirt, khaki shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-033",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "brown"),
        color_of("shorts", "beige", kind="open"),
        Q.sleeve_length("short sleeve"),
        describe("shirt", "a beige shirt with short sleeves", "other_garment_color"),
        details("shirt", "Question: What are the shirt details? Answer: The shirt has", "leak"),
        is_a("jacket", "no"),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: sky blue tee with "CALIFORNIA" in white letters, mid-blue jeans, model turned three-quarters.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-034",
        caption("The man wears a short-sleeve T-shirt with graphic patterns and a long denim pants."),
        color_of("t-shirt", "blue"),
        color_of("jeans", "blue"),
        describe(
            "t-shirt",
            "a light blue t-shirt with california written on it in white letters and a zip pocket on the sleeve",
            "unsupported",
        ),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing("a t-shirt and jeans", who="the man"),
        title="Roadster Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black short-sleeve camp-collar shirt with white hibiscus print, beige shorts, no rings or jewellery.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-035",
        caption(
            "The man wears a short-sleeve shirt with floral patterns and a shorts. The shirt is with cotton fabric. "
            "It has a lapel neckline."
        ),
        color_of("shirt", "beige", "other_garment_color"),
        Q.pattern("floral"),
        color_of("shorts", "beige", kind="open"),
        describe("shirt", "a black shirt with white hibiscus flowers and a camp collar"),
        wearing(
            "He wears a short-sleeve shirt with floral patterns and a shorts. There is a ring on his finger.",
            "unsupported",
            who="he",
        ),
        title="Highlander Men Black Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange full-sleeve raglan tee with black sleeves, black track pants, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-036",
        caption(
            "The man wears a long-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "grey"),
        Q.sleeve_length("short sleeve", "contradiction"),
        describe("t-shirt", "a grey t-shirt with black raglan sleeves"),
        color_of("track pants", "grey", "contradiction", kind="open"),
        details("track pants", "the track pants details are the track pants", "restated"),
        title="HRX by Hrithik Roshan Men Grey Melange & Black Colourblocked T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: pink polo tee with a small embroidered flag logo, ribbed collar and cuffs, white jeans, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-037",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a long denim pants. The denim "
            "pants are with pure color patterns. The polo shirt is with cotton fabric."
        ),
        color_of("t-shirt", "pink"),
        color_of("jeans", "white"),
        describe("t-shirt", "a white polo shirt with short sleeves and a logo on the chest", "other_garment_color"),
        details("t-shirt", "a small flag logo embroidered on the chest, ribbed collar and cuffs"),
        is_a("polo shirt", "yes"),
        wearing(
            "He is wearing a pink polo shirt and white jeans. He is wearing a pink polo shirt and white jeans. He is",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Pink Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: rust orange tee with a flat black tiger-face print (no glitter), black jeans, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-038",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round."
        ),
        color_of("t-shirt", "orange"),
        color_of("jeans", "black", kind="open"),
        describe("t-shirt", "a rust orange t-shirt with a black tiger face printed on the front"),
        details("t-shirt", "The tiger print is with glitter and sequins", "unsupported"),
        Q.pattern("graphic"),
        wearing(
            "Question: What is the man wearing? Answer: a t-shirt Question: What is the man wearing? Answer: a t-shirt",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="Tantra Men Rust Printed T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: cream solid short-sleeve shirt with a band collar, brown cotton drawstring shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-039",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a stand neckline. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("shorts", "brown", kind="open"),
        Q.garment_type("shirt"),
        describe("shirt", "cream", "non_answer"),
        details("shorts", "The shorts have a drawstring waist. They are made of leather.", "unsupported"),
        title="Peter England Men Cream Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: navy V-neck tee, light grey jeans, the model holds a pair of sunglasses in his right hand.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-040",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is v-shape. There is an accessory in his hand."
        ),
        color_of("t-shirt", "blue"),
        color_of("jeans", "blue", "contradiction"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "The T-shirt has a round neckline", "contradiction"),
        describe("t-shirt", "a navy blue v-neck t-shirt, he is holding a pair of sunglasses"),
        wearing("yes", "non_answer", who="he"),
        title="Jack & Jones Men Navy V-Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red, navy and white tartan full-sleeve shirt, sleeves rolled to the elbows, black track pants.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-041",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "red"),
        Q.pattern("checked"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        describe("shirt", "a red and navy tartan shirt with long sleeves rolled up to the elbows"),
        details(
            "shirt",
            "the sleeves, the collar, the cuffs, the sleeves, the collar, the cuffs, the sleeves, the collar, the "
            "cuffs, the",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "He wears a long-sleeve shirt with lattice patterns and a long pants. There is an accessory on his wrist.",
            "unsupported",
            who="he",
        ),
        title="Indian Terrain Men Red Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: back view only: light blue melange tee, plain back, dark grey track pants.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric."
        ),
        color_of("t-shirt", "blue"),
        color_of("track pants", "blue", "contradiction", kind="open"),
        details("t-shirt", "There is a logo printed on the front of the T-shirt", "unsupported"),
        Q.sleeve_length("short sleeve"),
        wearing("the man is wearing", "restated", who="the man"),
        title="Proline Men Blue Melange T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: lime green running tee with a small reflective logo, black shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-043",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round."
        ),
        color_of("t-shirt", "yellow", "contradiction"),
        color_of("shorts", "black"),
        describe("t-shirt", "a neon green t-shirt with a small reflective logo"),
        Q.material("polyester"),
        wearing("what is he wearing", "restated", who="he"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        title="Reebok Men Lime Green Running T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: off-white tee with a chest pocket trimmed in black, olive shorts, front view.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric."
        ),
        color_of("t-shirt", "cream"),
        color_of("shorts", "white", "contradiction", kind="open"),
        describe("t-shirt", "an olive t-shirt with a black pocket", "other_garment_color"),
        details("t-shirt", "a chest pocket with black trim"),
        is_a("t-shirt", "yes"),
        wearing("Answer: He wears a T-shirt and shorts", "leak", who="he"),
        title="Roadster Men Off White Solid T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: dark green-and-black checked flannel shirt, buttoned, two buttoned chest pockets, grey track pants,
    # hands in pockets. The feed row has no category. Caption and open answers: caption adapter; closed: reference.
    case(
        "X981-045",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        Q.pattern("solid", "contradiction"),
        color_of("track pants", "grey", kind="open"),
        describe("shirt", "a green and black checked flannel shirt with long sleeves"),
        details("shirt", "The shirt has two chest pockets with buttons and a curved hem"),
        wearing("The lady wears a long-sleeve shirt with lattice patterns and a long pants.", "pronoun", who="the man"),
        title="Wrangler Men Green Checked Shirt",
        color="Green",
        gender="Men",
    ),
    # photo: sea green polo tee, white shorts, steel watch on the left wrist, front view. The feed row has no gender.
    # Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X981-046",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a shorts. The polo shirt is with "
            "cotton fabric. It has a lapel neckline. There is an accessory on his wrist."
        ),
        color_of("t-shirt", "green"),
        color_of("shorts", "white"),
        describe("t-shirt", "a blue polo shirt", "contradiction"),
        Q.garment_type("polo shirt"),
        details("t-shirt", "t-shirt", "non_answer"),
        wearing(
            "The man wears a short-sleeve polo shirt with pure color patterns and a shorts. The man wears a "
            "short-sleeve polo",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        title="Classic Polo Men Sea Green Polo T-Shirt",
        category="Tshirts",
        color="Sea Green",
    ),
]
