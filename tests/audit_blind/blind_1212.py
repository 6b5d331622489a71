"""BLIND_1212 (45 products; Myntra men's formal wear): written blind in the sixty-first session. Measured blind at
1ef79ed (the session's sixth rules): 67/87 failures found (77.0%) and 9/190 correct texts flagged (4.7%). The
writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, formal trousers, blazers, two- and three-piece suits, and
ties shown worn. Catalog columns as the feed has them: title, category (Myntra's article type: Shirts, Trousers,
Blazers, Suits, Ties), color (Myntra's base colour: Navy Blue, Charcoal, Grey Melange, Cream...), gender ("Men");
a few rows lack gender, color or category. Photos are the usual studio shots on a plain grey or white backdrop: a
model wearing the product with other clothes (shirts tucked into trousers, blazers over shirts), trousers cropped
from the waist down, ties cropped at the chest, one or two back views, a flat lay, a shirt on a hanger, and props
(stool, briefcase, coffee cup, leather folder, chair, a blazer slung over a shoulder).
Who wrote what: every caption is from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It only knows the DeepFashion-MultiModal template: "upper clothing",
"shirt", "sweater", "trousers"/"pants", fabrics (cotton, denim, leather...), patterns (pure color, lattice, stripe),
necklines (lapel, stand, V-shape), accessories on the wrist or waist, neckwear, rings; no hue names, no blazer or
suit. It was trained without an end token, so most captions run to the 50-token limit and end mid-sentence or
restart the template. Every answer is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens).
The experiments' questions (What is he wearing?, What is the color of the shirt/pants/jacket/tie?, Describe...,
What are the ... details?, Is this a ...?) were generated freely; short answers often stop at the newline as the
base model does, the longer ones loop, run on into a new "Question: ... Answer:" or are cut at 30 tokens. The
closed questions (garment type, pattern, sleeve length, colour) were ranked over the questionnaire's candidates
with the same adapter, so their answers are clean labels, wrong only in the choice; material is free text.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A caption that ran to
the limit but whose last sentence is whole (padding decoded to nothing, or the limit fell on a sentence end, or
just after the last word of a finished clause) is marked hit_limit and left unmarked when its content is right;
one that stops inside a sentence is "cut". When a text has two faults I labelled the content fault (pronoun,
invented detail, contradiction) rather than the cut, keeping hit_limit=True. Captions that call a blazer or a suit
jacket a "shirt" or "sweater" (with a lapel neckline or lattice pattern that belongs to the jacket) are
"contradiction"; "upper clothing" is neutral and fine. Lower clothing, a shirt or a lady described on a flat lay,
or trousers described on a chest-up crop, are "unsupported", as are wrist accessories, rings, pockets and
fabrics (denim, leather) the photo does not show. A colour answer that gives another visible garment's colour is
"other_garment_color"; a colour or garment answer that the title or photo contradicts otherwise is
"contradiction". Near hues count as right: maroon->red, charcoal->black/grey, navy->blue, lavender->purple,
teal->green, cream->white, beige->tan/khaki. "Cotton" for a plain formal fabric whose title names none is left
unmarked; "cotton" against a title that says linen, or "polyester" against "Pure Cotton", is "contradiction".
"What is he wearing?" answered for a flat lay or hanger with just the garment is accepted. Answers that are only
the question's words or say nothing ("fabric", "the shirt details", "") are "non_answer"; a sentence that restates
the question as its answer is "restated". "she"/"woman"/"lady" for the male model is "pronoun". Answers that run
on into "Question: ... Answer:" are "leak" even when they also repeat.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1212 = [
    # Photo: model facing camera, white solid shirt tucked into charcoal trousers, brown belt, watch on left wrist,
    # grey backdrop. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-001",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model with arms crossed, light blue and white small-check shirt, navy trousers, no watch (wrists hidden
    # under the crossed arms). Caption: epoch-3 caption adapter (invents a wrist accessory, then is cut);
    # answers: VQA adapter.
    case(
        "X1212-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers. The "
            "trousers are with",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt", who="he"),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("checked"),
        describe("shirt", "a blue and white checkered shirt with a collar"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model (short hair, beard) in a pale pink solid shirt, beige formal trousers, hands in pockets, white
    # backdrop; the shirt has no chest pocket. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink shirt and khaki pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: flat lay, navy shirt folded as packed, collar up, on white; no person, no trousers; the collar is navy
    # like the body. Caption: epoch-3 caption adapter (invents the lower clothing); answers: VQA adapter.
    case(
        "X1212-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue shirt", who="he"),
        color_of("shirt", "navy blue", kind="open"),
        describe("shirt", "a navy blue shirt with a white collar", "unsupported"),
        is_a("shirt", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Navy Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: cropped from the waist down: grey trousers, white shirt tucked in, black belt, black shoes. No face.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-005",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There is an "
            "accessory in her waist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a woman in grey pants and a white shirt", "pronoun", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants have belt loops and a pocket on the side"),
        is_a("pants", "yes", article="a pair of"),
        Q.garment_type("pants"),
        gender="Men",
        title="Raymond Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: model, hand on hip, white shirt with thin blue pinstripes, navy trousers, steel watch on left wrist.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-006",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. There is an accessory on his wrist. The pants this man wears is of long length. The pants are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt with blue stripes", who="he"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        color_of("pants", "navy", kind="open"),
        details("shirt", "the shirt has thin blue stripes, a pointed collar and a button placket"),
        gender="Men",
        title="Park Avenue Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, open black blazer over a white shirt, black trousers, grey backdrop. Caption: epoch-3 caption
    # adapter (calls the blazer a shirt with a lapel neckline); answers: VQA adapter.
    case(
        "X1212-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black suit and white shirt", who="he"),
        color_of("jacket", "black", kind="open"),
        is_a("jacket", "yes"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.garment_type("blazer"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: back view, model facing away, lavender solid shirt (back yoke and box pleat visible), grey trousers.
    # Caption: epoch-3 caption adapter (restarts its template); answers: VQA adapter.
    case(
        "X1212-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. The upper clothing has long sleeves, "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple shirt", who="he"),
        color_of("shirt", "purple", kind="open"),
        describe("shirt", "the back of a purple shirt"),
        is_a("shirt", "no", "contradiction"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: cropped from the waist down: olive trousers, light pink shirt tucked in, brown belt, brown shoes.
    # Caption: epoch-3 caption adapter (hit the limit on a sentence end); answers: VQA adapter.
    case(
        "X1212-009",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There is an "
            "accessory in his waist.",
            hit_limit=True,
        ),
        wearing("a pink shirt and green pants", who="he"),
        color_of("pants", "olive", kind="open"),
        color_of("shirt", "pink", kind="open"),
        details("pants", "the pants are long", "non_answer"),
        is_a("pants", "no", "contradiction", article="a pair of"),
        gender="Men",
        title="Hancock Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: model in a beige linen shirt, white trousers, sunglasses in hand, white backdrop. Caption: epoch-3
    # caption adapter (cotton, against a linen title); answers: VQA adapter.
    case(
        "X1212-010",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a beige shirt and white pants", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.material("linen"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hangup Men Beige Regular Fit Solid Linen Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model, charcoal self-design blazer buttoned over a light blue shirt and navy tie, black trousers.
    # Caption: epoch-3 caption adapter (calls the blazer a V-neck sweater); answers: VQA adapter.
    case(
        "X1212-011",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The neckline of the sweater is V-shape. This gentleman wears neckwear. The gentleman wears a "
            "long trousers. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        color_of("jacket", "grey", kind="open"),
        color_of("shirt", "blue", kind="open"),
        Q.pattern("solid"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model seated on a white stool (prop), maroon solid shirt, black trousers. Caption: epoch-3 caption
    # adapter (complete; ran on into padding); answers: VQA adapter.
    case(
        "X1212-012",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a red shirt and black pants", who="he"),
        color_of("shirt", "maroon", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "a maroon shirt with a collar and buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mark Taylor Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: tie worn, cropped at mid-chest: white shirt, navy tie with thin silver diagonal stripes, no blazer; no
    # trousers in the frame. Caption: epoch-3 caption adapter (invents the pants); answers: VQA adapter.
    case(
        "X1212-013",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears neckwear. The pants this man wears is of long length. The pants are with "
            "cotton",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue tie", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        is_a("tie", "no", "contradiction"),
        Q.pattern("striped"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Tossido Men Navy Blue & Silver-Toned Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: full-length model, light blue shirt, navy formal trousers, brown shoes, white backdrop. Caption: epoch-3
    # caption adapter (denim for the trousers); answers: VQA adapter.
    case(
        "X1212-014",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the person wears is of long length. The trousers are with denim fabric and "
            "pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue shirt and blue pants", who="he"),
        color_of("pants", "blue", kind="open"),
        details(
            "pants",
            "the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, the "
            "pants",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "pants",
            "yes Question: Is this a pair of pants? Answer: yes Question: Is this a pair of pants? Answer:",
            "leak",
            hit_limit=True,
            article="a pair of",
        ),
        Q.color("navy blue"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: full-length model, navy two-piece suit buttoned, white shirt, no tie, brown shoes, hands in pockets.
    # Caption: epoch-3 caption adapter (cut before the noun); answers: VQA adapter.
    case(
        "X1212-015",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit", who="he"),
        color_of("jacket", "navy blue", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        is_a("suit", "yes"),
        Q.garment_type("suit"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Single-Breasted Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: cropped from the waist down, side view: black trousers, white shirt tucked in, black belt and shoes.
    # Caption: epoch-3 caption adapter (repeats its first two sentences); answers: VQA adapter.
    case(
        "X1212-016",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is "
            "of long length",
            "loop",
            hit_limit=True,
        ),
        wearing("black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "black pants with a belt"),
        is_a("pants", "yes", article="a pair of"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Louis Philippe Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: model, grey and white gingham full-sleeve shirt with the sleeves rolled to the elbow, black trousers.
    # Caption: epoch-3 caption adapter (reads the rolled sleeves as short sleeves); answers: VQA adapter.
    case(
        "X1212-017",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey checkered shirt and black pants", who="he"),
        color_of("shirt", "grey", kind="open"),
        Q.sleeve_length("long"),
        Q.pattern("checked"),
        details("shirt", "the sleeves are rolled up"),
        gender="Men",
        title="Arrow Men Grey Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: model, beige blazer, white shirt, dark brown trousers, one hand in pocket, no ring on the other hand.
    # Caption: epoch-3 caption adapter (invents a ring); answers: VQA adapter.
    case(
        "X1212-018",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man wears a "
            "ring.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a tan jacket and brown pants", who="he"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        Q.material("wool"),
        Q.garment_type("blazer"),
        gender="Men",
        title="Blackberrys Men Beige Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: model in a teal solid shirt, beige trousers, a navy blazer slung over his shoulder (prop), watch.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-019",
        caption(
            "This guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his wrist. The trousers this guy wears is of long length. The "
            "trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and a jacket", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "beige", kind="open"),
        describe(
            "shirt",
            "a green shirt with a collar. Question: What is the color of the shirt? Answer: green. Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Invictus Men Teal Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: full-length model, white shirt, khaki flat-front trousers, brown loafers. The feed row has no category.
    # Caption: epoch-3 caption adapter (complete); answers: VQA adapter (the details answer runs to the limit).
    case(
        "X1212-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "white", kind="open"),
        details(
            "pants",
            "the pants have a flat front, two side pockets, two back pockets, belt loops and a hook and bar closure "
            "with a zip fly and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        gender="Men",
        title="Hancock Men Khaki Slim Fit Solid Formal Trousers",
        color="Khaki",
    ),
    # Photo: model, grey two-piece suit, light pink shirt, maroon tie, black shoes. Caption: epoch-3 caption adapter
    # (the suit jacket as a lapel-necked shirt); answers: VQA adapter.
    case(
        "X1212-021",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. This gentleman wears neckwear. The gentleman wears a long trousers. The "
            "trousers are with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey suit and a pink shirt", who="he"),
        color_of("jacket", "grey", kind="open"),
        color_of("tie", "red", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        is_a("suit", "yes"),
        Q.pattern("solid"),
        gender="Men",
        title="Park Avenue Men Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: tie worn, framed to mid-thigh: white shirt, maroon tie with a small woven diamond motif, open navy
    # blazer, grey trousers. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-022",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears neckwear. The pants this man wears is of long length. The pants are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie", who="he"),
        color_of("tie", "maroon", kind="open"),
        is_a("tie", "yes"),
        Q.pattern("solid", "contradiction"),
        color_of("jacket", "navy blue", kind="open"),
        details("tie", "the tie is a tie", "restated"),
        gender="Men",
        title="Alvaro Castagnino Men Maroon Woven Design Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: white shirt on a wooden hanger against a grey wall, no person. Caption: epoch-3 caption adapter
    # (restarts); answers: VQA adapter.
    case(
        "X1212-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "upper",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        Q.material("polyester", "contradiction"),
        describe("shirt", "a white shirt on a hanger"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men White Pure Cotton Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model leaning on a wall, black solid shirt with a spread collar and no pocket, grey trousers, a brown
    # leather briefcase at his feet (prop). Caption: epoch-3 caption adapter (leather trousers); answers: VQA adapter.
    case(
        "X1212-024",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with leather fabric and "
            "pure",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black shirt and grey pants", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a button down collar and a pocket", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, navy blazer with a faint grey windowpane check over a white shirt, beige trousers, white pocket
    # square. Caption: epoch-3 caption adapter (the blazer as a lattice shirt); answers: VQA adapter.
    case(
        "X1212-025",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue jacket and white shirt", who="he"),
        color_of("jacket", "blue", kind="open"),
        Q.pattern("checked"),
        is_a("jacket", "no", "contradiction"),
        describe("jacket", "a blue blazer with a pocket square"),
        gender="Men",
        title="Raymond Men Navy Blue Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model with glasses, light blue solid shirt, navy trousers, white backdrop. Caption: epoch-3 caption
    # adapter (one word into a new sentence); answers: VQA adapter.
    case(
        "X1212-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and blue pants", "pronoun", who="he"),
        color_of("shirt", "light blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt details", "non_answer"),
        gender="Men",
        title="Marks & Spencer Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view, charcoal trousers with two buttoned back welt pockets, white shirt tucked in.
    # Caption: epoch-3 caption adapter (complete); answers: VQA adapter.
    case(
        "X1212-027",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline.",
            hit_limit=True,
        ),
        wearing("grey pants and white shirt", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have two back pockets with buttons"),
        is_a("pants", "yes", article="a pair of"),
        Q.garment_type("pants"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: full-length model, black three-piece suit (jacket open over the waistcoat), white shirt, black tie.
    # Caption: epoch-3 caption adapter (complete); answers: VQA adapter.
    case(
        "X1212-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "This person wears neckwear. The lower clothing is of long length. The fabric is cotton and it has pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a black suit and tie", who="he"),
        color_of("jacket", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.garment_type("suit"),
        gender="Men",
        title="Peter England Men Black Solid Slim-Fit Single-Breasted Three-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: model, white mandarin-collar shirt, black trousers. Caption: epoch-3 caption adapter (complete, and
    # right about the stand collar); answers: VQA adapter.
    case(
        "X1212-029",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white shirt with a mandarin collar"),
        details(
            "shirt",
            "the shirt has a collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Dennison Men White Smart Slim Fit Mandarin Collar Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: tie worn, cropped at the waist: black skinny tie, white shirt, open black suit jacket; no trousers in the
    # frame. Caption: epoch-3 caption adapter (invents trousers); answers: VQA adapter.
    case(
        "X1212-030",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears neckwear. The trousers this man wears is of long length. The trousers "
            "are",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black suit and white shirt", who="he"),
        color_of("tie", "black", kind="open"),
        is_a("tie", "yes"),
        color_of("shirt", "white", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        gender="Men",
        title="The Tie Hub Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: model, navy shirt with a white micro-dot print, beige trousers. Caption: epoch-3 caption adapter (pure
    # color for a printed shirt); answers: VQA adapter.
    case(
        "X1212-031",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        Q.pattern("polka dot"),
        details("shirt", "the shirt has small white dots all over it"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model leaning on a bar stool (prop), cream shirt, brown self-design trousers, tan shoes.
    # Caption: epoch-3 caption adapter (complete); answers: VQA adapter.
    case(
        "X1212-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a white shirt and brown pants", who="he"),
        color_of("pants", "brown", kind="open"),
        color_of("shirt", "white", kind="open"),
        details(
            "pants",
            "the pants are brown and the shirt is white. Question: What is the color of the pants? Answer: brown "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("pants", "yes", article="a pair of"),
        gender="Men",
        title="Park Avenue Men Brown Regular Fit Self Design Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: model (clean-shaven, short hair), maroon blazer over a black shirt, black trousers, grey backdrop.
    # Caption: epoch-3 caption adapter ("lady", and the blazer as a shirt); answers: VQA adapter (material: newline
    # at once, nothing returned).
    case(
        "X1212-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a red jacket and black shirt", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        is_a("jacket", "yes"),
        Q.garment_type("blazer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Hangup Men Maroon Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: model, white solid shirt under an open grey suit jacket (styling, not sold), grey trousers. The feed row
    # has no gender. Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-034",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey suit and white shirt", who="he"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.color("white"),
        is_a("shirt", "no", "contradiction"),
        describe("shirt", "a white dress shirt"),
        title="Van Heusen Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, blue two-piece suit with a subtle Prince of Wales check, white shirt, navy tie. Caption: epoch-3
    # caption adapter (the jacket as a lattice shirt); answers: VQA adapter.
    case(
        "X1212-035",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears neckwear. The gentleman wears a long trousers. The trousers "
            "are with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue suit with a white shirt and blue tie", who="he"),
        color_of("jacket", "blue", kind="open"),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "blue", kind="open"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Blue Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: model holding a coffee cup (prop), pale yellow solid shirt with one chest pocket, navy trousers, watch.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-036",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his wrist. The pants this guy wears is of long length. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt and blue pants", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        details(
            "shirt",
            "the shirt has a pocket on the left side and a pocket on the right side and a pocket on the left side and "
            "a pocket on the right",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: flat lay, grey melange trousers folded once, on white; no person, no shirt. Caption: epoch-3 caption
    # adapter (invents a lady's shirt); answers: VQA adapter.
    case(
        "X1212-037",
        caption(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. This lady "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a pair of grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        is_a("pants", "yes", article="a pair of"),
        details("pants", "the pants are folded"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Van Heusen Men Grey Melange Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # Photo: model holding his lapel, navy solid blazer, light blue shirt, grey trousers. The feed row has no color.
    # Caption: epoch-3 caption adapter (denim lower clothing); answers: VQA adapter.
    case(
        "X1212-038",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a navy blazer and grey pants", who="he"),
        color_of("jacket", "navy blue", kind="open"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
    ),
    # Photo: model seated on a wooden chair (prop), beige two-piece suit, white shirt, no tie, brown loafers.
    # Caption: epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-039",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan suit", who="he"),
        color_of("jacket", "beige", kind="open"),
        color_of("pants", "beige", kind="open"),
        is_a("suit", "no", "contradiction"),
        Q.garment_type("suit"),
        gender="Men",
        title="Raymond Men Beige Solid Regular Fit Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: model, cream textured shirt, brown trousers, brown leather belt, watch. Caption: epoch-3 caption adapter
    # (both accessories are real; cut); answers: VQA adapter.
    case(
        "X1212-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his wrist. There is an accessory in his waist. The pants this "
            "man",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and brown pants", who="he"),
        color_of("shirt", "cream", kind="open"),
        color_of("pants", "brown", kind="open"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        details("shirt", "the details of the shirt are the shirt details", "restated"),
        gender="Men",
        title="Louis Philippe Men Cream-Coloured Slim Fit Textured Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: tie worn, cropped at the chest: white shirt, blue tie with small yellow flowers. Caption: epoch-3
    # caption adapter (restarts after "neckwear"); answers: VQA adapter.
    case(
        "X1212-041",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears neckwear. This man wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue tie", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        is_a("tie", "yes"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Peluche Men Blue & Yellow Printed Broad Tie",
        category="Ties",
        color="Blue",
    ),
    # Photo: full-length model, navy shirt, beige trousers, brown loafers. The feed row has no gender. Caption:
    # epoch-3 caption adapter; answers: VQA adapter.
    case(
        "X1212-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "navy blue", kind="open"),
        details("pants", "the pants are made of cotton and have a zipper"),
        is_a("pants", "yes", article="a pair of"),
        title="Louis Philippe Men Beige Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: cropped at the hip, purple and white checked shirt, full sleeves buttoned at the cuff, black trousers at
    # the bottom edge. Caption: epoch-3 caption adapter (stopped at the limit just after "patterns"); answers: VQA
    # adapter.
    case(
        "X1212-043",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns",
            hit_limit=True,
        ),
        wearing("a purple and white plaid shirt", who="he"),
        color_of("shirt", "purple", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("short", "contradiction"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Purple Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Purple",
    ),
    # Photo: model holding a leather folder (prop), royal blue blazer, white shirt, black trousers, a silver ring on
    # the hand holding the folder. Caption: epoch-3 caption adapter (complete, ring is real); answers: VQA adapter.
    case(
        "X1212-044",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man wears a "
            "ring.",
            hit_limit=True,
        ),
        wearing("a blue blazer and black pants", who="he"),
        color_of(
            "jacket",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        describe(
            "jacket",
            "a blue blazer with a white shirt and black pants. Question: Describe the jacket. Answer: a blue blazer "
            "with a white",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Men",
        title="Park Avenue Men Blue Self Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: model, charcoal two-piece suit with a faint check, light blue shirt, navy dotted tie, white pocket
    # square. The feed row has no color. Caption: epoch-3 caption adapter (complete); answers: VQA adapter.
    case(
        "X1212-045",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. This "
            "person wears neckwear. The lower clothing is of long length. The fabric is cotton and it has lattice "
            "patterns",
            hit_limit=True,
        ),
        wearing("a grey suit and a blue shirt", who="he"),
        color_of("jacket", "grey", kind="open"),
        color_of("tie", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("checked"),
        details(
            "jacket",
            "the jacket has a pocket square, a pocket square, a pocket square, a pocket square, a pocket square, a "
            "pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
    ),
]
