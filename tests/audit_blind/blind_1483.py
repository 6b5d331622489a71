"""BLIND_1483 (45 products; Myntra men's casual shirts and tees over jeans/chinos, epoch-2 caption adapter): written
blind in the sixty-fifth session. Measured blind at af418ff (the session's third rules): 87/95 failures found (91.6%)
and 5/151 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and T-shirts (article types "Shirts" and "Tshirts"), shot the usual
way: a model on a plain white or grey backdrop wearing the product over jeans or chinos, now and then a flat lay, a
back view or a prop (sunglasses, a backpack, a cap, a watch). Feed columns title, category, color (Myntra's base
colour) and gender, one of them missing now and then.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the epoch-2 caption LoRA (trained on DeepFashion-MultiModal
template captions with unmasked labels, no end-of-answer token). The caption is free generation, 50 new tokens; open
answers are free generation, 30 new tokens, prompt "Question: ... Answer:". Closed questions (garment type, color,
pattern, sleeve length, "Is this a ...?", the closed color-of questions) are ranked over candidates by the reference
engine, which keeps the raw generated text when it maps to no candidate. Because nothing was trained to stop, the
captions always run to the 50-token limit; the DeepFashion template for a T-shirt over trousers happens to end on a
full stop at about 50 tokens, so some captions read complete although they hit the limit. For many prompts the
adapter returns the caption template (cut at 30 tokens); for others the base model's habit of a short answer ending
on a newline survives, and those answers stop early.
Labeling conventions and judgement calls: one failure kind per text. When a text is both cut and wrong in content
(wrong pronoun, a material the title contradicts, a man and trousers invented in a flat lay), I label the content
fault, not the cut. A caption that ran to the limit but ends on a full stop and says only true things is left
unmarked (hit_limit=True). The caption template's hue-less color words ("pure color patterns") are not faults in a
caption; in answer to a color question the template, or "pure color", is a non_answer. "Cotton" for a shirt or tee
whose title names no material is left unmarked (a plausible reading of a plain woven or jersey fabric, and nothing
contradicts it); a material the title contradicts (polyester, linen) is a contradiction. Maroon answered "red",
teal "blue", olive "green", lavender "purple", khaki "khaki"/"beige" count as right. A jeans/pants color question
answered with the product's color is a contradiction; the product's color question answered with the jeans', the
chinos' or an inner tee's color is other_garment_color. A print's color given as the color of a white/navy base
garment is a contradiction. Paisley and tropical-leaf prints answered "floral" are accepted; tie-dye answered
"floral" is not. A template answer about "the man" for a flat lay (no model) is unsupported. A details question
answered with only its own words is a non_answer; "this is a t-shirt" for "Describe the t-shirt." is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length

BLIND_1483 = [
    # Photo: model, full length, navy/white checked long-sleeve shirt (sleeves rolled) untucked over light-blue jeans,
    # white sneakers, grey backdrop. All texts: epoch-2 caption adapter (caption and open answers free, closed ranked).
    case(
        "X1483-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears long pants. The pants are with denim fabric"
            " and solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue", kind="open"),
        pat("checked"),
        sleeve("long"),
        gtype("shirt"),
        gender="Men",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, olive crew-neck tee, black slim jeans, white backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1483-002",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        col("green"),
        material("cotton"),
        describe("t-shirt", "a green t-shirt with a round neck"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: model, black short-sleeve shirt with white tropical-leaf print, untucked over beige chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-003",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears long pants. The pants are with cotton fabric"
            " and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        pat("floral"),
        details(
            "shirt",
            "the shirt has a collar and buttons on the front. the shirt has a collar and buttons on the front. the"
            " shirt has a collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, maroon pique polo (three-button placket) over navy chinos, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears long pants. The pants are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        gtype("polo shirt"),
        col("red"),
        wearing("a red polo shirt and blue pants", who="he"),
        sleeve("short"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: model, white long-sleeve shirt, cuffs buttoned, untucked over mid-blue jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-005",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears long pants. The pants are with"
            " denim fabric and solid color patterns",
            "cut",
            hit_limit=True,
        ),
        pat("solid"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Highlander Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, mustard tee with white horizontal stripes, black jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-006",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        col("yellow"),
        pat("striped"),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a yellow and white striped t-shirt and black jeans"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Striped Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: model, light-blue long-sleeve shirt with a tiny white ditsy print, over white chinos, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-007",
        caption(
            "This gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric"
            " and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric. It has a lapel neckline. The pants this gentleman wears is of long"
            " length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        sleeve("long"),
        gender="Men",
        title="Louis Philippe Sport Men Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, grey melange polo with a small embroidered logo on the chest, navy chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-008",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with cotton fabric and pure color patterns."
            " There",
            "cut",
            hit_limit=True,
        ),
        col("grey"),
        color_of("pants", "grey", "contradiction"),
        material("cotton"),
        details("t-shirt", "a logo on the chest and buttons on the collar"),
        gtype("polo shirt"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, colourblocked tee (teal body, white chest panel, navy sleeves) over grey jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-009",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears long trousers. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        col("blue"),
        pat("color block"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears long trousers. The trousers are"
            " with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Campus Sutra Men Teal Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model, beige cotton-linen long-sleeve shirt, sleeves rolled, over dark-blue jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        material("linen"),
        color_of(
            "shirt",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        col("beige"),
        wearing("a beige shirt and blue jeans"),
        sleeve("long"),
        gender="Men",
        title="Dennis Lingo Men Beige Slim Fit Solid Cotton Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model, white crew-neck tee with a red batwing logo print on the chest, blue jeans, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-011",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        col("red", "contradiction"),
        color_of("jeans", "blue", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears long trousers. The trousers are"
            " with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        gtype("t-shirt"),
        gender="Men",
        title="Levis Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, black slim tee with a small white cat logo on the chest, grey chinos, white backdrop. The feed row
    # has no category. All texts: epoch-2 caption adapter.
    case(
        "X1483-012",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns. There"
            " is",
            "cut",
            hit_limit=True,
        ),
        col("black"),
        pat("solid"),
        color_of("pants", "grey", kind="open"),
        wearing(
            "He is wearing a black t-shirt and grey pants. He is wearing a black t-shirt and grey pants. He is wearing"
            " a black t-shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Slim Fit T-shirt",
        color="Black",
    ),
    # Photo: model, charcoal long-sleeve henley (three-button placket) over dark indigo jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-013",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. Its"
            " neckline is round. The man wears long trousers. The trousers are with denim fabric and solid color"
            " patterns.",
            hit_limit=True,
        ),
        sleeve("short", "contradiction"),
        describe("t-shirt", "a grey t-shirt with buttons on the neck"),
        color_of("t-shirt", "grey"),
        is_a("sweater", "no"),
        gender="Men",
        title="Jack & Jones Men Charcoal Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: model, pink long-sleeve button-down shirt with one chest pocket, over grey chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-014",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with cotton fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        col("pink"),
        color_of("pants", "pink", "contradiction"),
        details("shirt", "a button-down collar, a pocket on the chest and buttons on the front"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model, mid-blue denim shirt with two flap chest pockets, over beige chinos (no jeans in the shot).
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-015",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with cotton fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        material("denim"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        is_a("pair of jeans", "yes", "contradiction"),
        gtype("shirt"),
        gender="Men",
        title="Peter England Casuals Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, black/grey checked flannel shirt worn open over a white crew tee, blue jeans, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-016",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        col("white", "other_garment_color"),
        pat("checked"),
        wearing("a black and grey plaid shirt over a white t-shirt and blue jeans"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears a long pants. The pants are with"
            " denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        material("flannel"),
        gender="Men",
        title="Roadster Men Black & Grey Regular Fit Checked Flannel Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, olive long-sleeve utility shirt (two flap chest pockets, epaulettes) over black jeans.
    # All texts: epoch-2 caption adapter; the closed shirt-color question kept the raw text (no candidate matched).
    case(
        "X1483-017",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim"
            " fabric and pure",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "two pockets on the chest"),
        color_of("shirt", "pure color", "non_answer"),
        color_of("jeans", "black"),
        sleeve("long"),
        gender="Men",
        title="Mufti Men Olive Slim Fit Solid Casual Shirt with Utility Pockets",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model, white tee with black typography print on the chest, navy jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears long trousers. The trousers are with denim fabric and solid color"
            " patterns.",
            "pronoun",
            hit_limit=True,
        ),
        col("white"),
        pat("graphic"),
        wearing("She is wearing a white t-shirt with black writing on it and blue jeans", "pronoun", who="he"),
        color_of(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The lady wears a short-sleeve T-shirt with"
            " graphic patterns. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, navy short-sleeve shirt with a small white dot print, over khaki chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-019",
        caption(
            "The man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with cotton fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        col("blue"),
        color_of("pants", "khaki", kind="open"),
        sleeve("short"),
        describe("shirt", "a navy blue shirt with white dots"),
        details(
            "shirt",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the"
            " buttons, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Sport Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model, white polo with navy/red tipping on the collar, blue jeans, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long trousers. The trousers are with denim fabric and solid color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        col("white"),
        color_of("jeans", "white", "contradiction"),
        gtype("polo shirt"),
        wearing("a white polo shirt and blue jeans"),
        is_a("polo shirt", "yes"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, red/black buffalo-check long-sleeve shirt over black jeans, brown boots, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-021",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns. He wears a",
            "cut",
            hit_limit=True,
        ),
        col("red"),
        color_of("jeans", "red", "contradiction", kind="open"),
        pat("checked"),
        wearing(
            "Question: What is the person wearing? Answer: a red and black plaid shirt Question: What is the color of"
            " the jeans? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men Red Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: flat lay, sky-blue oxford shirt folded on a white surface; no model, no trousers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears",
            "unsupported",
            hit_limit=True,
        ),
        gtype("shirt"),
        sleeve("long"),
        material("cotton"),
        gender="Men",
        title="Nautica Men Sky Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, navy polyester training tee (smooth sheen) over black chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-023",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        material("cotton", "contradiction"),
        col("blue"),
        color_of("pants", "black", kind="open"),
        sleeve("short"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Polyester Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: back view, model turned away: maroon long-sleeve shirt over black jeans; the front (pocket or not) is not
    # visible. All texts: epoch-2 caption adapter.
    case(
        "X1483-024",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        col("red"),
        details("shirt", "a pocket on the chest", "unsupported"),
        wearing("a red shirt and black jeans"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model, white shirt with thin vertical blue stripes, tucked into navy chinos with a brown belt.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-025",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears long pants. The pants are with cotton fabric"
            " and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        col("white"),
        pat("striped"),
        color_of("pants", "blue"),
        describe("shirt", "a white shirt with blue stripes, tucked into blue pants with a brown belt"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears long pants. The pants are with"
            " cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Sport Men White & Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, grey melange short-sleeve hooded tee (hood up behind the neck) over blue jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        gtype("t-shirt"),
        col("grey"),
        describe("t-shirt", "a grey t-shirt with a hood"),
        sleeve("short"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Hooded T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, off-white mandarin-collar long-sleeve shirt over light-blue jeans, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is stand. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        col("white"),
        details("shirt", "a mandarin collar and buttons on the front"),
        color_of("jeans", "white", "contradiction", kind="open"),
        wearing("a white shirt and blue jeans"),
        gender="Men",
        title="Mast & Harbour Men Off-White Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: model, navy tee with a large white graphic on the chest, khaki chinos, sunglasses held in one hand.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-028",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with cotton fabric and solid color"
            " patterns.",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of(
            "pants",
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        pat("graphic"),
        details("t-shirt", "a white print on the front and a pair of sunglasses in his hand"),
        gender="Men",
        title="Pepe Jeans Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, dark-blue denim shirt over light-grey jeans, white backdrop. The feed row has no color.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        material("denim"),
        gtype("denim", "contradiction"),
        gender="Men",
        title="Levis Men Blue Standard Fit Denim Casual Shirt",
        category="Shirts",
    ),
    # Photo: model, black crew tee with a small white swoosh, blue jeans, white backdrop. The feed row has no gender.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        col("black"),
        color_of("jeans", "black", "contradiction"),
        wearing("a black t-shirt and blue jeans", who="he"),
        details("t-shirt", "the details of the t-shirt are the t-shirt details", "restated"),
        is_a("t-shirt", "yes"),
        title="Nike Men Black Sportswear Club Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, khaki long-sleeve shirt with two chest pockets, dark-blue jeans, a backpack on one shoulder.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The man wears a long-sleeve shirt with pure"
            " color patterns. The man wears a long-sleeve shirt with pure color patterns. The man wears a long",
            "loop",
            hit_limit=True,
        ),
        col("khaki"),
        details(
            "shirt",
            "two pockets on the chest, two pockets on the chest, two pockets on the chest, two pockets on the chest,"
            " two pockets on",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        sleeve("long"),
        gender="Men",
        title="Wrangler Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: model, plain white crew tee over grey chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-032",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        col("white"),
        color_of("pants", "white", "contradiction", kind="open"),
        material("cotton"),
        describe("t-shirt", "a white t-shirt"),
        details("t-shirt", "the t-shirt details", "non_answer"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, lavender boxy short-sleeve shirt with a cuban collar, over cream chinos, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears long pants. The pants are with cotton fabric and pure color patterns."
            " There is",
            "pronoun",
            hit_limit=True,
        ),
        col("purple"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        sleeve("short"),
        color_of("pants", "beige", kind="open"),
        gender="Men",
        title="Snitch Men Lavender Boxy Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: model, green/white tie-dye crew tee over black jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-034",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        pat("floral", "contradiction"),
        col("green"),
        describe("t-shirt", "a green and white tie dye t-shirt"),
        color_of("jeans", "green", "contradiction", kind="open"),
        gender="Men",
        title="Moda Rapido Men Green Tie-Dye Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: model, blue/white gingham short-sleeve shirt over beige chinos, white backdrop.
    # All texts: epoch-2 caption adapter; the open pants-color answer came back empty (a newline first).
    case(
        "X1483-035",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with cotton fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        pat("checked"),
        sleeve("long", "contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The shirt is with cotton fabric and lattice"
            " patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        color_of("pants", "", "non_answer", kind="open"),
        gender="Men",
        title="Indian Terrain Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view, black oversized tee with a large graphic print on the back, blue jeans. No gender column.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-036",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        col("black"),
        details("t-shirt", "a print on the back"),
        wearing("a black t-shirt and blue jeans"),
        sleeve("short"),
        is_a("t-shirt", "yes"),
        title="Kook N Keech Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, pale-blue linen long-sleeve shirt over white chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with cotton fabric and pure color patterns."
            " There is an",
            "contradiction",
            hit_limit=True,
        ),
        material("linen"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("pants", "white", kind="open"),
        gtype("shirt"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, yellow tee with a cartoon print, grey jeans, black baseball cap, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-038",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt, grey jeans and a black hat"),
        col("yellow"),
        color_of("jeans", "blue", "contradiction"),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: The man wears a short-sleeve T-shirt with graphic patterns. The"
            " T-shirt is with cotton fabric",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Huetrap Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model, tan-brown corduroy long-sleeve shirt worn open over a white tee, dark jeans, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-039",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        col("brown"),
        material("corduroy"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        is_a("jacket", "yes", "contradiction"),
        sleeve("long"),
        gender="Men",
        title="Lee Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: model, navy paisley-print long-sleeve shirt without pockets, over white jeans, grey backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-040",
        caption(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears long pants. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        pat("floral"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "contradiction"),
        details("shirt", "the shirt has a paisley print and a pocket on the chest", "unsupported"),
        wearing("a blue shirt and white jeans"),
        gender="Men",
        title="Blackberrys Men Navy Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: flat lay, off-white oversized tee with a black graphic on the front; no model, no trousers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-041",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " cotton fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        gtype("t-shirt"),
        col("white"),
        wearing("a white t-shirt with a black graphic on the front"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with"
            " graphic patterns. The",
            "unsupported",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        title="Difference of Opinion Men Off White Graphic Print Oversized T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: model, plain red crew tee over blue jeans, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        col("red"),
        color_of(
            "t-shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red"
            " red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        describe("t-shirt", "this is a t-shirt", "restated"),
        gtype("t-shirt"),
        gender="Men",
        title="Celio Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, olive short-sleeve shirt tucked into beige chinos, a steel watch on the left wrist.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-043",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with cotton fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        col("green"),
        wearing("a green shirt, beige pants and a watch"),
        color_of("pants", "green", "contradiction"),
        sleeve("short"),
        gender="Men",
        title="Spykar Men Olive Green Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model, black long-sleeve shirt over grey jeans, a silver chain bracelet, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-044",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears long pants. The pants are with denim fabric and solid color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The man wears long pants. The pants are with"
            " denim fabric and",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "grey", kind="open"),
        describe("shirt", "a black shirt with buttons down the front"),
        material("cotton"),
        is_a("shirt", "yes"),
        gender="Men",
        title="The Indian Garage Co Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, navy/white horizontally striped crew tee over khaki chinos, white backdrop.
    # All texts: epoch-2 caption adapter.
    case(
        "X1483-045",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears long trousers. The trousers are with"
            " cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        pat("striped"),
        col("blue"),
        color_of("pants", "blue", "contradiction", kind="open"),
        describe("t-shirt", "a navy blue and white striped t-shirt with short sleeves"),
        wearing(
            "He is wearing a striped t-shirt and khaki pants. He is wearing a striped t-shirt and khaki pants. He is"
            " wearing a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
]
