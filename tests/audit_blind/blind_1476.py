"""BLIND_1476 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-fifth session. Measured blind at af418ff (the session's third rules): 82/94 failures found (87.2%) and 22/168
correct texts flagged (13.1%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, formal trousers, blazers, two- and three-piece suits and
ties (worn). Catalog columns as the feed has them: title (productDisplayName), category (articleType: Shirts,
Trousers, Blazers, Suits, Ties), color (baseColour) and gender ("Men"); one product lacks color and one lacks
gender, as the feed does now and then. Photos are the usual Myntra shots: a male model on a plain light-grey
backdrop wearing the product with other formal clothes (a white shirt under most trousers and jackets), a few
lower-body crops, one back view, flat lays for a shirt, a pair of trousers and a tie in its gift box, and props now
and then (a leather laptop bag, a briefcase, sunglasses, a stool).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
Salesforce/blip2-opt-2.7b, no prompt, greedy, 50 new tokens. Every answer is the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), prompt "Question: ... Answer:", greedy, 30 new tokens. The questionnaire is the
experiments' one ("What is he wearing?", "What is the color of the shirt/pants?", "Describe the ...", "What are the
... details?") with the product's own garment added for blazers, suits and ties, plus the VQA data's "Is this a
...?". Colors are free generation, so color answers are stored open; the yes/no question is stored closed.
Labeling conventions and judgement calls: judged by the photo I imagined (comment above each case) and the title.
The caption adapter speaks only the DeepFashion template (pure color / striped / lattice / graphic patterns, cotton /
denim / leather fabric, "lapel neckline", "an accessory on his neck" for a tie), so a caption without a hue is not a
failure; a template phrase that is true of the photo is correct even though it is vague. A caption that runs to 50
tokens and stops mid-sentence is "cut"; when an earlier part of it is wrong in a way that matters more (she/lady for
a male model, a pattern or sleeve length the title contradicts, an invented person on a flat lay, leather from a
prop) that kind is the label and hit_limit is still set. Captions that stopped on their own have hit_limit False.
"cotton" for a garment whose title names another material (linen, wool blend, poly viscose) is a contradiction;
"denim" or "leather" for formal trousers or a jacket whose title says nothing of material is unsupported. A color
answer that is the color of another visible garment (the blazer over the shirt, the shirt above the trousers) is
other_garment_color, also when the question is about a garment that is not the product; a color for a garment that
is not in the photo at all (a shirt on a flat lay of trousers) is unsupported. Near hues are accepted (maroon/red,
lavender/purple, cream/beige, olive/green, silver/grey). The VQA adapter's In-shop class names ("blouse/shirt",
"jacket/coat", "pants") are accepted as answers to "What is he wearing?", also on a flat lay, and "jacket/coat" for a
suit; omitting the tie is not a failure. Answers that repeat themselves to 30 tokens are loops; answers that go on
with a new "Question: ... Answer:" are leaks even when they also repeat; answers that run to 30 tokens adding ever
more parts, without repeating, are cut. "Is this a ...?" answered "no" for the product's own category is a
contradiction. An answer that gives nothing of what was asked (empty, "none", "yes" to an open question, "it is a
tie", the prop instead of the garment) is non_answer; one that only turns the question's words around ("the pants
details are the pants details") is restated. A "two-piece" for a three-piece suit is a contradiction.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1476 = [
    # Photo: front, model in a plain white formal shirt tucked into charcoal trousers, black belt, grey backdrop.
    # Caption: epoch-3 caption adapter (runs to 50 tokens, cut). Answers: VQA adapter, all right.
    case(
        "X1476-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("blouse/shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "charcoal", kind="open"),
        details("shirt", "long sleeves, a collar and buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: front, light-blue and white small-check shirt with one chest pocket, navy trousers, brown belt.
    # Caption: caption adapter, "lady"/"she" for the male model, cut. Answers: VQA adapter; the shirt color answer
    # is the trousers' navy.
    case(
        "X1476-002",
        caption(
            "This lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "solid color patterns. She",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a shirt and pants", who="he"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        color_of("pants", "navy", kind="open"),
        details("shirt", "checked pattern with a pocket on the chest"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: front, pink solid shirt, grey trousers, model holds a brown leather laptop bag (prop).
    # Caption: caption adapter; the trousers become leather (the bag), cut at 50 tokens. Answers: VQA adapter;
    # the color answer loops.
    case(
        "X1476-003",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with leather fabric and pure color patterns. "
            "There is an",
            "unsupported",
            hit_limit=True,
        ),
        wearing("he is wearing a pink shirt and grey pants", who="he"),
        color_of(
            "shirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "pink"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: front, black solid shirt without a chest pocket, beige trousers.
    # Caption: caption adapter, template of upper/lower clothing, stopped on its own, right. Answers: VQA adapter;
    # the pants get the shirt's black; the details invent a pocket.
    case(
        "X1476-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has solid color patterns."
        ),
        wearing("blouse/shirt", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a collar, buttons, and a pocket", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: flat lay, a folded lavender shirt on white, collar and placket showing; no person, no trousers.
    # Caption: caption adapter invents a man and his trousers (cut at 50). Answers: VQA adapter, acceptable.
    case(
        "X1476-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("blouse/shirt", who="he"),
        color_of("shirt", "purple", kind="open"),
        describe("shirt", "a purple shirt with a collar and buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: front, white shirt with thin blue vertical stripes, navy trousers.
    # Caption: caption adapter calls the striped shirt pure color (title: Striped), cut. Answers: VQA adapter, right
    # ("white-navy" accepted for white with blue stripes).
    case(
        "X1476-006",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white shirt and navy pants", who="he"),
        color_of("shirt", "white-navy", kind="open"),
        details("shirt", "stripes"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Park Avenue Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: front, light grey solid shirt, black trousers.
    # Caption: caption adapter, right but cut. Answers: VQA adapter; "What is he wearing?" loops on the class name;
    # the pants get the shirt's grey.
    case(
        "X1476-007",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and solid "
            "color patterns. This man wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: back view, model turned away, maroon shirt (back yoke and box pleat), black trousers.
    # Caption: caption adapter, right, stopped (no neckline claimed). Answers: VQA adapter; "a shirt" to Describe
    # says nothing; from the back it denies the shirt.
    case(
        "X1476-008",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears a long pants. The pants are with cotton fabric and solid color patterns."
        ),
        wearing("a red shirt", who="he"),
        color_of("shirt", "burgundy", kind="open"),
        details("shirt", "long sleeves"),
        describe("shirt", "a shirt", "non_answer"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: styled shot, navy blazer open over a sky-blue self-design shirt, grey trousers.
    # Caption: caption adapter describes the blazer (true of the photo), cut. Answers: VQA adapter; the shirt gets
    # the blazer's navy; "no" to the shirt.
    case(
        "X1476-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket/coat", who="he"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is blue and the jacket is navy"),
        is_a("shirt", "no", "contradiction"),
        color_of("pants", "grey", kind="open"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: front, white solid shirt, black trousers.
    # Caption: caption adapter, "the female", cut. Answers: VQA adapter; the color answer goes on with the next
    # question of the training format; the details loop.
    case(
        "X1476-010",
        caption(
            "The female is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of(
            "shirt",
            "white Question: What is the color of the pants? Answer: black Question: What is the color of the shoes? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the collar, the cuffs, the buttons, the collar, the cuffs, the buttons, the collar, the cuffs, the "
            "buttons, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: front, olive green solid shirt with one chest pocket, khaki/beige trousers.
    # Caption: caption adapter, right, stopped. Answers: VQA adapter; the shirt gets the trousers' khaki; the yes/no
    # answer carries on in the training format.
    case(
        "X1476-011",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("green shirt and khaki pants", who="he"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        color_of("pants", "khaki", kind="open"),
        details("shirt", "it has long sleeves and a pocket on the chest"),
        is_a(
            "shirt",
            "yes Question: Is this a blouse/shirt? Answer: yes Question: Is this a blouse/shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Men Olive Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: front, navy shirt with a white micro dot print, grey formal trousers.
    # Caption: caption adapter; the formal trousers become denim (nothing denim in the photo), cut. Answers: VQA
    # adapter; the pants get the shirt's navy.
    case(
        "X1476-012",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("blouse/shirt", who="he"),
        color_of("shirt", "navy", kind="open"),
        details("shirt", "polka dots"),
        describe("shirt", "a navy blue shirt with white polka dots"),
        is_a("shirt", "yes"),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: front, pink and white vertical striped shirt, navy trousers.
    # Caption: caption adapter, "lady"/"her", cut. Answers: VQA adapter; "she is wearing" to "What is he wearing?".
    case(
        "X1476-013",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("she is wearing a pink and white striped shirt", "pronoun", who="he"),
        color_of("shirt", "pink-white", kind="open"),
        details("shirt", "vertical stripes"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men Pink & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: front, cream linen shirt (visible slub texture), brown trousers.
    # Caption: caption adapter says cotton where the title says linen; stopped. Answers: VQA adapter; the details
    # answer is empty (newline at once).
    case(
        "X1476-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a white shirt and brown pants", who="he"),
        color_of("shirt", "beige", kind="open"),
        details("shirt", "", "non_answer"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Cream-Coloured Slim Fit Linen Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: front, white short-sleeve formal shirt, black trousers.
    # Caption: caption adapter says long-sleeve (title and photo: short sleeves), cut. Answers: VQA adapter; the
    # pants color loops.
    case(
        "X1476-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("blouse/shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        details("shirt", "short sleeves and a collar"),
        is_a("shirt", "yes"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Men White Slim Fit Short Sleeves Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: crop from chest down, white shirt tucked into charcoal flat-front trousers, black belt.
    # Caption: caption adapter, right, stopped. Answers: VQA adapter; "What is he wearing?" loops on "pants".
    case(
        "X1476-016",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. This gentleman "
            "wears a belt."
        ),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "charcoal", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "belt loops and pockets"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: full length, light blue shirt, beige trousers, steel watch on the left wrist.
    # Caption: caption adapter makes the formal trousers denim, cut. Answers: VQA adapter; the pants get the shirt's
    # blue; the details loop.
    case(
        "X1476-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details(
            "pants",
            "the pants are long and the pants are long and the pants are long and the pants are long and the pants are",
            "loop",
            hit_limit=True,
        ),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: lower-body crop, navy tapered trousers, brown shoes, the hem of a white shirt tucked in.
    # Caption: caption adapter, short and right. Answers: VQA adapter; the color loops; the details only turn the
    # question around.
    case(
        "X1476-018",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        wearing("pants", who="he"),
        color_of(
            "pants",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "the details of the pants are the pants details", "restated"),
        color_of("shirt", "white", kind="open"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Arrow Men Navy Blue Tapered Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: full length, grey shirt tucked into black trousers.
    # Caption: caption adapter, "lady", cut. Answers: VQA adapter; the pants get the shirt's grey; the details only
    # name the pants.
    case(
        "X1476-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a grey shirt and black pants", who="he"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey", kind="open"),
        details("pants", "they are black pants", "non_answer"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: full length, white shirt, grey trousers with a faint check.
    # Caption: caption adapter, right (lattice for the check), cut. Answers: VQA adapter; the yes/no loops.
    case(
        "X1476-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and lattice patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("pants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "checked"),
        color_of("shirt", "white", kind="open"),
        is_a(
            "trousers",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        gender="Men",
        title="Raymond Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: full length, walking pose, navy shirt, khaki trousers.
    # Caption: caption adapter, right, cut. Answers: VQA adapter; the pants get the shirt's navy; the description
    # goes on with the training format.
    case(
        "X1476-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy shirt and khaki pants", who="he"),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        color_of("shirt", "navy", kind="open"),
        describe(
            "pants",
            "khaki pants Question: Describe the shirt. Answer: navy shirt Question: Describe the shoes. Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Louis Philippe Men Khaki Slim Fit Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: model seated on a wooden stool, white shirt, brown trousers.
    # Caption: caption adapter, right, cut. Answers: VQA adapter; the details run on adding parts to the limit;
    # "no" to the trousers.
    case(
        "X1476-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt and pants", who="he"),
        color_of("pants", "brown", kind="open"),
        details(
            "pants",
            "slim fit pants with a belt loop on each side and a button on the waistband and a zip on the front and a "
            "pocket on the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        gender="Men",
        title="Peter England Men Brown Slim Fit Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: full length, white shirt, olive trousers, black shoes, no watch or bracelet. (Feed row has no color.)
    # Caption: caption adapter invents a wrist accessory and runs to the limit. Answers: VQA adapter; the details
    # loop.
    case(
        "X1476-023",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on his wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("pants", who="he"),
        color_of("pants", "green", kind="open"),
        color_of("shirt", "white", kind="open"),
        details(
            "pants",
            "the pants have pockets, the pants have pockets, the pants have pockets, the pants have pockets, the pants "
            "have",
            "loop",
            hit_limit=True,
        ),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Invictus Men Olive Slim Fit Solid Formal Trousers",
        category="Trousers",
    ),
    # Photo: full length, pale pink shirt, grey trousers.
    # Caption: caption adapter, right, stopped. Answers: VQA adapter; the details restate the question.
    case(
        "X1476-024",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("he is wearing a pink shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "pink", kind="open"),
        details("pants", "the pants details are the pants details of the pants", "restated"),
        is_a("trousers", "yes", article="a pair of"),
        gender="Men",
        title="Allen Solly Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: flat lay, black formal trousers folded on white; no person, no shirt.
    # Caption: caption adapter, right. Answers: VQA adapter; a color for a shirt that is not there; the yes/no loops.
    case(
        "X1476-025",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        wearing("pants", who="he"),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "black", "unsupported", kind="open"),
        details("pants", "belt loops, a button and a zip"),
        is_a(
            "trousers",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        gender="Men",
        title="Marks & Spencer Men Black Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: navy two-button blazer over a white shirt, no tie, no pocket square, grey trousers.
    # Caption: caption adapter, right, cut. Answers: VQA adapter; "What is he wearing?" goes on in the training
    # format; the pants get the blazer's navy; the description invents a pocket square.
    case(
        "X1476-026",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "jacket/coat Question: What is the color of the jacket/coat? Answer: navy Question: Is this a jacket",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("blazer", "navy", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        describe("blazer", "a navy blazer with two buttons and a pocket square", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: grey checked wool-blend blazer, white shirt, black trousers.
    # Caption: caption adapter says cotton where the title says wool blend, cut. Answers: VQA adapter, right.
    case(
        "X1476-027",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey checked jacket and a white shirt", who="he"),
        color_of("blazer", "grey", kind="open"),
        details("blazer", "checks, notch lapels and two buttons"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Checked Wool Blend Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: back view, black blazer with a centre vent, black trousers.
    # Caption: caption adapter, right enough, cut. Answers: VQA adapter; the description loops.
    case(
        "X1476-028",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket/coat", who="he"),
        color_of("blazer", "black", kind="open"),
        describe(
            "blazer",
            "the blazer is black and the blazer is black and the blazer is black and the blazer is black and the",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: beige blazer, light blue shirt, navy trousers, model holds sunglasses in his right hand (prop).
    # Caption: caption adapter, right, cut. Answers: VQA adapter; the blazer gets the shirt's blue; the details name
    # the sunglasses.
    case(
        "X1476-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige jacket and blue shirt", who="he"),
        color_of("blazer", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "navy", kind="open"),
        details("blazer", "sunglasses", "non_answer"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Van Heusen Men Beige Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: maroon blazer (notch lapel, two buttons, flap pockets) over a black shirt, black trousers.
    # Caption: caption adapter, "lady", stopped. Answers: VQA adapter; the blazer gets the shirt's black; the
    # description runs on to the limit.
    case(
        "X1476-030",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("a red jacket, black shirt and black pants", who="he"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        describe(
            "blazer",
            "a maroon blazer with a notch lapel, two buttons, a pocket on the left chest, two flap pockets and a "
            "black shirt under the blazer and black",
            "cut",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Park Avenue Men Maroon Slim Fit Single Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: teal blazer, white shirt, white pocket square, navy trousers.
    # Caption: caption adapter loops on its fabric sentence. Answers: VQA adapter, right.
    case(
        "X1476-031",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The jacket "
            "is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("jacket/coat", who="he"),
        color_of("blazer", "teal", kind="open"),
        details("blazer", "a white pocket square"),
        color_of("pants", "navy", kind="open"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Mark Taylor Men Teal Blue Solid Slim Fit Single Breasted Blazer",
        category="Blazers",
        color="Teal",
    ),
    # Photo: chest-up, charcoal blazer, white shirt, black tie.
    # Caption: caption adapter, right (the tie as "an accessory on his neck"), stopped. Answers: VQA adapter; the
    # description is the prompt format twice; "no" to the blazer.
    case(
        "X1476-032",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "There is an accessory on his neck."
        ),
        wearing("a suit and tie", who="he"),
        color_of("blazer", "charcoal", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe(
            "blazer",
            "Question: Describe the blazer. Answer: Question: Describe the blazer. Answer: Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        is_a("blazer", "no", "contradiction"),
        gender="Men",
        title="SELECTED Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: navy self-design two-piece suit, white shirt, no tie.
    # Caption: caption adapter, right, cut. Answers: VQA adapter; the pants color loops.
    case(
        "X1476-033",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket/coat", who="he"),
        color_of("suit", "navy", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of(
            "pants",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("suit", "a navy blue suit with a white shirt"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Navy Blue Self-Design Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: grey checked two-piece suit, light blue shirt, navy tie.
    # Caption: caption adapter calls the checked suit pure color, cut. Answers: VQA adapter, right.
    case(
        "X1476-034",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and it has a lapel neckline. There is an accessory on his neck. The trousers are with "
            "cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("he is wearing a grey suit with a blue shirt and a navy tie", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("shirt", "blue", kind="open"),
        details("suit", "the jacket has two buttons and the pants are checked"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted 2-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: black three-piece suit (jacket open over the waistcoat), white shirt, black tie.
    # Caption: caption adapter, right (the waistcoat as a vest), cut. Answers: VQA adapter; "What is he wearing?"
    # loops; the details call the three-piece a two-piece.
    case(
        "X1476-035",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a lapel neckline. The man wears a vest. The vest is with cotton fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("suit", "black", kind="open"),
        details("suit", "a two-piece suit with a white shirt", "contradiction"),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Solid Slim Fit 3-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: beige two-piece suit, white shirt, brown shoes.
    # Caption: caption adapter, "female", cut. Answers: VQA adapter; the suit gets the shirt's white.
    case(
        "X1476-036",
        caption(
            "This female wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The pants this female wears is of long length. The pants are with cotton fabric "
            "and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a beige suit", who="he"),
        color_of("suit", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "beige", kind="open"),
        is_a("suit", "yes"),
        gender="Men",
        title="Peter England Men Beige Solid Slim-Fit Single-Breasted Two-Piece Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: charcoal pinstriped two-piece suit, white shirt, burgundy tie.
    # Caption: caption adapter, right (striped), cut. Answers: VQA adapter; the description restates the question.
    case(
        "X1476-037",
        caption(
            "The man wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with cotton fabric and striped patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey suit and a red tie", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("tie", "red", kind="open"),
        details("suit", "pinstripes"),
        describe("suit", "the suit is a suit", "restated"),
        is_a("suit", "yes"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Pinstriped Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: royal blue two-piece suit, white shirt, model holds a brown leather briefcase (prop).
    # Caption: caption adapter makes the poly-viscose jacket leather (the briefcase), runs to the limit. Answers:
    # VQA adapter; "none" for the details.
    case(
        "X1476-038",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it has "
            "a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue suit", who="he"),
        color_of("suit", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("suit", "none", "non_answer"),
        is_a("suit", "yes"),
        gender="Men",
        title="Park Avenue Men Blue Solid Poly Viscose Slim Fit Two-Piece Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: maroon two-piece party suit, black shirt. (Feed row has no gender.)
    # Caption: caption adapter, right, stopped. Answers: VQA adapter; the suit color loops.
    case(
        "X1476-039",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a red suit and a black shirt", who="he"),
        color_of(
            "suit",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        describe("suit", "red suit with black shirt"),
        is_a("suit", "yes"),
        title="Blackberrys Men Maroon Slim Fit Two-Piece Party Suit",
        category="Suits",
        color="Maroon",
    ),
    # Photo: chest-up, navy woven-design tie on a white shirt under a grey blazer.
    # Caption: caption adapter, right, cut. Answers: VQA adapter; the tie gets the blazer's grey; "it is a tie".
    case(
        "X1476-040",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a lapel neckline. There is an accessory on his neck. The man wears a long-sleeve shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket/coat", who="he"),
        color_of("tie", "grey", "other_garment_color", kind="open"),
        describe("tie", "a navy blue tie with a small pattern"),
        details("tie", "it is a tie", "non_answer"),
        is_a("tie", "yes"),
        gender="Men",
        title="Alvaro Castagnino Men Navy Blue Woven Design Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: maroon skinny tie with thin white diagonal stripes on a light pink shirt, no jacket, grey trousers.
    # Caption: caption adapter, "lady"/"her", cut. Answers: VQA adapter; "no" to the tie.
    case(
        "X1476-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on her neck. The lady wears a long pants. The pants",
            "pronoun",
            hit_limit=True,
        ),
        wearing("blouse/shirt", who="he"),
        color_of("tie", "maroon", kind="open"),
        is_a("tie", "no", "contradiction"),
        details("tie", "stripes"),
        color_of("shirt", "pink", kind="open"),
        gender="Men",
        title="The Tie Hub Men Maroon Striped Skinny Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: flat lay, a black skinny tie rolled up in an open black gift box on white; no person, no clothes.
    # Caption: caption adapter invents upper and lower clothing, stopped. Answers: VQA adapter; "yes" to "What is
    # he wearing?".
    case(
        "X1476-042",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        wearing("yes", "non_answer", who="he"),
        color_of("tie", "black", kind="open"),
        is_a("tie", "yes"),
        describe("tie", "a black tie in a box"),
        gender="Men",
        title="Blacksmith Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: full length, green and gold paisley tie, white shirt, navy waistcoat, navy trousers.
    # Caption: caption adapter, right as far as it goes, cut. Answers: VQA adapter; the tie color loops.
    case(
        "X1476-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is an accessory on his neck. The man wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a vest", who="he"),
        color_of(
            "tie",
            "green gold green gold green gold green gold green gold green gold green gold green gold green gold green "
            "gold green gold green gold green gold green gold green gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("tie", "paisley print"),
        is_a("tie", "yes"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Tossido Men Green & Gold-Toned Paisley Broad Tie",
        category="Ties",
        color="Green",
    ),
    # Photo: silver satin tie with a black suit and white shirt.
    # Caption: caption adapter, right, stopped. Answers: VQA adapter; the tie gets the suit's black; the description
    # goes on in the training format.
    case(
        "X1476-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a lapel neckline. There is an accessory on his neck."
        ),
        wearing("a black suit and tie", who="he"),
        color_of("tie", "black", "other_garment_color", kind="open"),
        describe(
            "tie",
            "a grey tie Question: Describe the shirt. Answer: a white shirt Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        gender="Men",
        title="Alvaro Castagnino Men Silver-Toned Solid Broad Tie",
        category="Ties",
        color="Silver",
    ),
    # Photo: close crop of the collar, purple self-design microfiber tie on a white shirt.
    # Caption: caption adapter, "lady"/"her", stopped. Answers: VQA adapter; the details call the microfiber tie silk.
    case(
        "X1476-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on her neck.",
            "pronoun",
        ),
        wearing("a shirt and tie", who="he"),
        color_of("tie", "purple", kind="open"),
        details("tie", "the tie is made of silk and has a small pattern", "contradiction"),
        is_a("tie", "yes"),
        gender="Men",
        title="Blacksmith Men Purple Self Design Microfiber Broad Tie",
        category="Ties",
        color="Purple",
    ),
]
