"""BLIND_1018 (46 products; Myntra men's winterwear: caption, extractive QA): written blind in the fifty-eighth session.
Measured blind at f4651f6 (the session's sixth rules): 111/129 failures found (86.0%) and 6/185 correct texts flagged
(3.2%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Sweaters, Sweatshirts incl. hoodies, Jackets incl. puffers, bombers,
parkas, a gilet), studio catalog photos on a white or light grey backdrop, the garment worn by a male model with
other clothes (jeans, chinos, joggers, a tee or shirt under the layer), mostly front view, one back view. The job
captions each photo, answers the open questions with an extractive QA model over the caption, and answers the
closed questions with enrich's reference engine.

Who wrote what: captions by the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
blip2-opt-2.7b, greedy, 50 new tokens). It writes the DeepFashion template ("The gentleman wears a long-sleeve ...
with pure color patterns", "lattice" for checks, "knitting"/"cotton"/"furry" fabric) but still slips the base
model's hue words in, and sometimes falls back to the base's short "a man wearing ..." sentence. It mostly stops on
the newline; when it does not, it loops or is cut at 50 tokens, and once it ran on into the Question/Answer
format. It says "The lady ... her/she" now and then because the training data is mostly women. Open answers
(wearing, describe, details, open color, material) are spans picked by timpal0l/mdeberta-v3-base-squad2 from the
caption, so a span inherits its caption's errors, sometimes picks the wrong garment's words, or is clipped by the
span length limit. Where mdeberta abstained, the job fell back to base BLIP-2 (no adapter, `Question: ... Answer:`,
30 new tokens): those fallbacks give the one-word answers, the echoes of the question, the loops and the leaks.
Closed answers (garment type, color, pattern, sleeve length, hood, "Is this a ...?") come from `--engine
reference`, one candidate each: never looped or cut, but they pick the inner tee's or the trousers' color, a print's
color, another garment's sleeves, or the wrong garment class.

Labeling conventions and judgement calls:
- One failure kind per text, the one that dominates; a caption that loops is "loop" even if it also says
  something false, a cut caption is "cut".
- A span that inherits a caption's error carries the same kind as the caption (both are labeled).
- Hue words are judged against the photo and the seller's color group: red for maroon, yellow for mustard, white
  for cream/off white, blue for teal, beige for khaki count as right; brown for a rust sweatshirt does not.
- A closed color that is the inner tee's, shirt's, trousers' or turtleneck's color is other_garment_color; a color
  that belongs to the product itself but is only its print or lining is contradiction; a color asked for the
  trousers/jeans that is really the top's color is contradiction (one color for two garments).
- "pure color" / "color block" given as the color of a garment says no hue: non_answer. So do an empty answer, a
  bare "yes"/"none", the subject alone ("The gentleman", "a man") and a single word to describe/details.
- restated: the answer echoes the question as a sentence ("describe the sweater", "the sweatshirt is a
  sweatshirt", "what are the hoodie details").
- Materials: leather, denim, knit and furry are visible; cotton for a jersey sweatshirt/hoodie is accepted; a fiber
  the photo cannot show and nothing supports (cashmere, cotton for a nylon puffer, fur for a parka's shell, leather
  for a fleece hoodie) is unsupported; so are invented parts (fur trim, belt, pockets, patches, wrist accessories).
- Garment classes: a cardigan or a quarter-zip answered "sweater" is right, a hoodie answered "sweatshirt" is right,
  a parka answered "coat" is right; "sweatshirt" for a knit quarter-zip, "jacket" for a pullover hoodie, "hoodie"
  for a gilet worn over a hoodie are contradictions. A jacket's "hood: yes" from a hoodie worn under it is a
  contradiction.
- hit_limit=True: captions that ran to 50 tokens, base fallbacks that ran to 30 tokens, and spans clipped by the
  QA span length limit. A span that ends where its cut caption ended is "cut" without hit_limit (it did not hit its
  own limit).
- Rows lacking a catalog column are kept as the feed had them (a missing gender, category or color).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

hood = question("hood", "Does the garment have a hood?", "closed")

BLIND_1018 = [
    # photo: navy pullover hoodie, white drawstrings, kangaroo pocket, light-blue jeans, white backdrop, front view.
    # Caption by the epoch-1 caption adapter, open answers mdeberta spans, closed by the reference engine.
    case(
        "X1018-001",
        caption(
            "The gentleman wears a long-sleeve navy hoodie with pure color patterns and long denim pants. "
            "The hoodie is with cotton fabric."
        ),
        wearing("a long-sleeve navy hoodie with pure color patterns and long denim pants", who="the man"),
        color_of("hoodie", "navy", kind="open"),
        Q.garment_type("hoodie"),
        Q.pattern("solid"),
        Q.material("cotton fabric"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black quilted puffer jacket (nylon shell), stand collar, no hood, zipped, black jeans, white backdrop.
    # Caption by the caption adapter; spans by mdeberta; describe is a base BLIP-2 fallback; closed by reference.
    case(
        "X1018-002",
        caption(
            "The gentleman wears a long-sleeve black jacket with pure color patterns. The jacket is with cotton "
            "fabric and it has a stand-up collar. He wears long black pants.",
            "unsupported",
        ),
        wearing("a long-sleeve black jacket with pure color patterns", who="he"),
        Q.material("cotton fabric", "unsupported"),
        color_of("jacket", "black"),
        is_a("puffer jacket", "yes"),
        Q.sleeve_length("long sleeves"),
        hood("yes", "contradiction"),
        describe("jacket", "a black puffer jacket Question: What is the material of the jacket? Answer:", "leak"),
        title="HRX by Hrithik Roshan Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt, small black Puma cat logo on the chest, black track pants, white
    # backdrop. Caption adapter (says "The lady"); spans by mdeberta; closed by reference.
    case(
        "X1018-003",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. Her sweatshirt is with cotton "
            "fabric and it has a round neckline. She wears long pants.",
            "pronoun",
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns", who="he"),
        color_of("sweatshirt", "pure color", "non_answer", kind="open"),
        Q.color("grey"),
        Q.pattern("solid"),
        details("sweatshirt", "it has a round neckline"),
        is_a("hoodie", "no"),
        title="Puma Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon cable-knit crew-neck pullover, white shirt collar peeking out at the neck, beige chinos, white
    # backdrop. Caption adapter; spans by mdeberta; closed by reference (color picks the shirt collar).
    case(
        "X1018-004",
        caption(
            "The gentleman wears a long-sleeve red sweater with pure color patterns and long khaki pants. The "
            "sweater is with knitting fabric."
        ),
        wearing("a long-sleeve red sweater with pure color patterns and long khaki pants", who="the person"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        describe("sweater", "a long-sleeve red sweater with pure color patterns"),
        details("sweater", "knitting fabric"),
        Q.material("knitting fabric"),
        is_a("cardigan", "yes", "contradiction"),
        title="Monte Carlo Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive puffer with an attached hood, half zipped, black t-shirt at the neck, black jeans, hands in
    # pockets, white backdrop. Caption adapter looped; spans by mdeberta; closed by reference.
    case(
        "X1018-005",
        caption(
            "The gentleman wears a long-sleeve olive jacket with pure color patterns. The jacket has a hood, a "
            "hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve olive jacket with pure color patterns", who="the man"),
        details("jacket", "a hood, a hood, a hood, a hood, a hood, a hood, a hood", "loop", hit_limit=True),
        color_of("jacket", "black", "other_garment_color"),
        hood("yes"),
        title="Fort Collins Men Olive Green Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: beige V-neck sweater with a self-design knit texture over a light-blue shirt (collar showing), navy
    # trousers, white backdrop. Caption adapter wrote the base-style sentence; spans mdeberta; material and details
    # are base BLIP-2 fallbacks; closed by reference.
    case(
        "X1018-006",
        caption("a man wearing a beige sweater and a blue shirt"),
        wearing("a beige sweater and a blue shirt", who="the man"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.sleeve_length("long sleeves"),
        describe("sweater", "a beige sweater"),
        Q.material("cashmere", "unsupported"),
        details("sweater", "the sweater details are on the sweater", "restated"),
        title="U.S. Polo Assn. Men Beige Self Design V-Neck Sweater",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: black pullover hoodie, small white Nike swoosh on the chest, hood down, black joggers, white backdrop.
    # Caption adapter; spans mdeberta; details a base BLIP-2 fallback (looped to 30 tokens); closed by reference.
    case(
        "X1018-007",
        caption(
            "The gentleman wears a long-sleeve black hoodie with pure color patterns. The hoodie is with cotton "
            "fabric. He wears long black pants."
        ),
        Q.pattern("solid"),
        wearing("a long-sleeve black hoodie with pure color patterns", who="he"),
        color_of("hoodie", "black"),
        details(
            "hoodie",
            "the hoodie has a nike logo on the front and a nike logo on the back and a nike logo on "
            "the sleeve and a nike logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton fabric"),
        Q.garment_type("jacket", "contradiction"),
        title="Nike Men Black Club Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive bomber jacket worn open over a white crew tee, ribbed cuffs and hem, black jeans, white backdrop.
    # Caption adapter (took the tee's white); spans mdeberta; details a base fallback; closed by reference.
    case(
        "X1018-008",
        caption(
            "The gentleman wears a long-sleeve white jacket with pure color patterns and long black pants.",
            "other_garment_color",
        ),
        wearing("long black pants", who="the person"),
        Q.color("olive"),
        Q.garment_type("jacket"),
        is_a("bomber jacket", "yes"),
        describe("jacket", "long-sleeve white jacket with pure color patterns", "other_garment_color"),
        details("jacket", "a fur collar", "unsupported"),
        title="Highlander Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon button-front cardigan over a grey tee, blue jeans, white backdrop, front view.
    # Caption adapter; spans mdeberta; describe a base BLIP-2 fallback; closed by reference.
    case(
        "X1018-009",
        caption(
            "The gentleman wears a long-sleeve maroon cardigan with pure color patterns. The cardigan has "
            "buttons. He wears long denim pants."
        ),
        Q.garment_type("sweater"),
        Q.color("grey", "other_garment_color"),
        details("cardigan", "buttons"),
        Q.pattern("solid"),
        wearing("a long-sleeve maroon cardigan with pure color patterns", who="he"),
        describe("cardigan", "a man", "non_answer"),
        title="Mast & Harbour Men Maroon Solid Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal grey pullover hoodie with a mustard yellow chest panel (colour block), black joggers, white
    # backdrop. Caption adapter in the pure template (no hue); spans mdeberta; details a base fallback; closed by
    # reference.
    case(
        "X1018-010",
        caption(
            "The gentleman wears a long-sleeve hoodie with color block patterns. The hoodie is with cotton "
            "fabric and it has a hood. He wears long pants."
        ),
        color_of("hoodie", "color block", "non_answer", kind="open"),
        Q.color("grey"),
        Q.pattern("color block"),
        is_a("hoodie", "yes"),
        describe("hoodie", "long-sleeve hoodie with color block patterns"),
        details("hoodie", "the hoodie has details", "restated"),
        title="WROGN Men Charcoal Grey Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: dark brown leather biker jacket, asymmetric zip, zipped up, no belt, black trousers, white backdrop.
    # Caption adapter (says black); spans mdeberta; describe a base fallback; closed by reference.
    case(
        "X1018-011",
        caption(
            "The gentleman wears a long-sleeve black jacket with pure color patterns. The jacket is with "
            "leather fabric. He wears long black pants.",
            "contradiction",
        ),
        color_of("jacket", "black", "contradiction", kind="open"),
        Q.color("brown"),
        Q.material("leather fabric"),
        Q.garment_type("jacket"),
        details("jacket", "leather fabric"),
        describe("jacket", "a brown leather jacket with a belt at the waist", "unsupported"),
        title="Woodland Men Brown Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket, button front, two chest flap pockets, unlined, worn open over a
    # white tee, black jeans, white backdrop. Caption adapter; spans mdeberta (describe clipped); details a base
    # fallback; closed by reference.
    case(
        "X1018-012",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. He wears a white t-shirt "
            "and long black pants."
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.material("denim"),
        details("jacket", "the jacket has two chest pockets and a fleece lining", "unsupported"),
        wearing("a long-sleeve denim jacket with pure color patterns", who="the man"),
        describe(
            "jacket",
            "long-sleeve denim jacket with pure color patterns. He wears a white t-shirt and",
            "cut",
            hit_limit=True,
        ),
        title="Levis Men Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: grey sleeveless V-neck sweater vest over a white full-sleeve formal shirt, navy trousers, white
    # backdrop. Caption adapter (gives it the shirt's long sleeves); spans mdeberta; material a base fallback;
    # closed by reference.
    case(
        "X1018-013",
        caption(
            "The gentleman wears a long-sleeve grey sweater with pure color patterns. The sweater is with "
            "knitting fabric and it has a v-shape neckline.",
            "contradiction",
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("sweater"),
        Q.color("grey"),
        details("sweater", "it has a v-shape neckline"),
        wearing("a long-sleeve grey sweater with pure color patterns", "contradiction", who="he"),
        Q.material("the garment is made of the garment's material", "restated"),
        title="Allen Solly Men Grey Self Design Sleeveless Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard hoodie, white drawstrings held by the model, black jeans, white sneakers, white backdrop.
    # Caption adapter (cut at 50 tokens); spans mdeberta; closed by reference (the jeans get the hoodie's color).
    case(
        "X1018-014",
        caption(
            "The gentleman wears a long-sleeve yellow hoodie with pure color patterns. The hoodie is with "
            "cotton fabric and it has a hood with drawstrings. He wears long denim pants and a pair of white "
            "sneakers on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve yellow hoodie with pure color patterns", who="the person"),
        Q.color("yellow"),
        details("hoodie", "a hood with drawstrings"),
        color_of("jeans", "yellow", "contradiction"),
        title="Campus Sutra Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: cream crew sweatshirt with a large navy "FLYING MACHINE 1980" text graphic across the chest, blue
    # jeans, white backdrop. Caption adapter; spans mdeberta; details a base fallback; closed by reference.
    case(
        "X1018-015",
        caption("The gentleman wears a long-sleeve white sweatshirt with graphic patterns and long denim pants."),
        wearing("a long-sleeve white sweatshirt with graphic patterns and long denim pants", who="the person"),
        Q.pattern("printed"),
        Q.color("navy blue", "contradiction"),
        describe("sweatshirt", "white sweatshirt with graphic patterns"),
        details("sweatshirt", "the letters flying machine on the front"),
        title="Flying Machine Men Cream-Coloured Printed Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Men",
    ),
    # photo: teal blue diamond-quilted lightweight jacket, stand collar, zipped, grey chinos, white backdrop.
    # Caption adapter in the base-style sentence, ran on into the Q/A format; spans mdeberta; details a base
    # fallback; closed by reference.
    case(
        "X1018-016",
        caption(
            "a man wearing a blue jacket and grey pants Question: what is the color of the jacket? Answer: "
            "blue Question: what is the color of the pants? Answer: grey Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue jacket and grey pants", who="the man"),
        color_of("jacket", "blue", kind="open"),
        details("jacket", "quilted Question: What is the material of the jacket? Answer: polyester", "leak"),
        Q.garment_type("jacket"),
        Q.pattern("checked", "contradiction"),
        title="Duke Men Teal Blue Solid Quilted Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: black pullover hoodie with a large red-and-white Spider-Man graphic on the front, blue jeans, white
    # backdrop. Caption adapter; spans mdeberta; closed by reference. All correct.
    case(
        "X1018-017",
        caption(
            "The gentleman wears a long-sleeve black hoodie with graphic patterns. The hoodie is with cotton "
            "fabric and it has a hood. He wears long denim pants."
        ),
        Q.color("black"),
        Q.pattern("graphic"),
        wearing("a long-sleeve black hoodie with graphic patterns", who="he"),
        describe("hoodie", "black hoodie with graphic patterns"),
        details("hoodie", "it has a hood"),
        is_a("hoodie", "yes"),
        title="Kook N Keech Marvel Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy padded jacket with an attached hood and orange zipper pulls, zipped, khaki chinos, white
    # backdrop, three-quarter view. Caption adapter ("The lady"); spans mdeberta; closed by reference.
    case(
        "X1018-018",
        caption(
            "The lady wears a long-sleeve navy jacket with pure color patterns and it has a hood. She wears long "
            "khaki pants.",
            "pronoun",
        ),
        wearing("a long-sleeve navy jacket with pure color patterns", who="he"),
        describe("jacket", "The lady wears a long-sleeve navy jacket", "pronoun"),
        color_of("pants", "navy", "contradiction"),
        Q.color("navy blue"),
        hood("yes"),
        title="Wildcraft Men Navy Blue Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy crew-neck sweater, a red-and-blue checked shirt collar showing at the neck, grey trousers, white
    # backdrop. The feed row has no color. Caption adapter (the collar's check as the sweater's pattern); spans
    # mdeberta; details a base fallback; closed by reference.
    case(
        "X1018-019",
        caption("The gentleman wears a long-sleeve navy sweater with lattice patterns.", "contradiction"),
        Q.pattern("solid"),
        wearing("a long-sleeve navy sweater with lattice patterns", "contradiction", who="the man"),
        Q.color("navy blue"),
        details("sweater", "the sweater has a collar and buttons", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Van Heusen Men Navy Blue Solid Sweater",
        category="Sweaters",
        gender="Men",
    ),
    # photo: red zip-up hoodie worn open over a black tee, black track pants with a white side stripe, white
    # backdrop. Caption adapter (base-style sentence); spans mdeberta; describe, details and material are base
    # fallbacks; closed by reference.
    case(
        "X1018-020",
        caption("a man wearing a red hoodie and black pants"),
        color_of("hoodie", "red", kind="open"),
        wearing("a red hoodie and black pants", who="the man"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "yes"),
        details("hoodie", "her hoodie has a full zip front and a hood", "pronoun"),
        describe("hoodie", "red", "non_answer"),
        Q.material("leather", "unsupported"),
        title="Puma Men Red Hooded Zip-Up Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black satin bomber worn open, orange lining visible, white tee, light-blue jeans, white backdrop.
    # Caption adapter looped; spans mdeberta (wearing clipped inside the loop); describe a base fallback; closed
    # by reference.
    case(
        "X1018-021",
        caption(
            "The gentleman wears a long-sleeve black jacket with pure color patterns. He wears a white t-shirt "
            "and long denim pants, the t-shirt, the jacket, the t-shirt, the jacket, the t-shirt, the jacket, "
            "the t",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "the t-shirt, the jacket, the t-shirt, the jacket, the t-shirt, the jacket",
            "loop",
            who="the person",
            hit_limit=True,
        ),
        Q.color("black"),
        is_a("sweatshirt", "yes", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("jacket", "a black bomber jacket with an orange lining and a patch on the sleeve", "unsupported"),
        title="Jack & Jones Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: bottle-green crew-neck sweater with thin white horizontal stripes, ribbed cuffs and hem, dark blue
    # jeans, white backdrop. Caption adapter ("The lady"); spans mdeberta; details and material base fallbacks;
    # closed by reference.
    case(
        "X1018-022",
        caption("The lady wears a long-sleeve green sweater with striped patterns and long denim pants.", "pronoun"),
        Q.pattern("striped"),
        Q.color("green"),
        describe("sweater", "green sweater with striped patterns"),
        details("sweater", "ribbed cuffs and hem"),
        wearing("a long-sleeve green sweater with striped patterns and long denim pants", who="he"),
        Q.material("yes", "non_answer"),
        title="United Colors of Benetton Men Green Striped Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: light grey melange crew-neck sweatshirt, no hood and no pocket, olive cargo pants, white backdrop.
    # Caption adapter; spans mdeberta (color picks the pants); material and details base fallbacks; closed by
    # reference.
    case(
        "X1018-023",
        caption("The gentleman wears a long-sleeve grey sweatshirt with pure color patterns and long green pants."),
        color_of("sweatshirt", "green", "other_garment_color", kind="open"),
        Q.color("grey"),
        hood("yes", "contradiction"),
        wearing("a long-sleeve grey sweatshirt", who="the man"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        details("sweatshirt", "a kangaroo pocket on the front", "unsupported"),
        title="Roadster Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black hooded windcheater with a white chevron panel across the chest, black track pants, white
    # backdrop. Caption adapter (base-style sentence); spans mdeberta; describe a base fallback (looped); closed by
    # reference.
    case(
        "X1018-024",
        caption("a man in a black and white jacket with a hood"),
        wearing("a black and white jacket with a hood", who="the man"),
        Q.pattern("color block"),
        Q.color("black"),
        details("jacket", "a hood"),
        describe(
            "jacket",
            "a black and white nike jacket with a hood and a zipper and a pocket on the chest and a "
            "pocket on the sleeve and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange crew-neck sweatshirt, black jeans, white backdrop. Caption adapter (calls it brown); spans
    # mdeberta; describe a base fallback (looped); closed by reference.
    case(
        "X1018-025",
        caption("The gentleman wears a long-sleeve brown sweatshirt with pure color patterns.", "contradiction"),
        Q.color("orange"),
        color_of("sweatshirt", "brown", "contradiction", kind="open"),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid"),
        describe(
            "sweatshirt",
            "a sweatshirt with a sweatshirt with a sweatshirt with a sweatshirt with a sweatshirt "
            "with a sweatshirt with a",
            "loop",
            hit_limit=True,
        ),
        title="Mufti Men Rust Orange Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: beige puffer jacket, stand collar, no hood, zipped, black turtleneck showing at the neck, black
    # trousers, white backdrop. Caption adapter (black from the turtleneck/trousers); spans mdeberta; details and
    # material base fallbacks; closed by reference.
    case(
        "X1018-026",
        caption(
            "The gentleman wears a long-sleeve black jacket with pure color patterns and long black pants.",
            "other_garment_color",
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.color("beige"),
        is_a("puffer jacket", "yes"),
        hood("no"),
        describe("jacket", "long-sleeve black jacket with pure color patterns", "other_garment_color"),
        details("jacket", "a detachable hood", "unsupported"),
        Q.material("the material of the garment is the material", "restated"),
        title="Here&Now Men Beige Solid Puffer Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender pullover hoodie with a small white "STAY WEIRD" text print on the chest, grey joggers, white
    # backdrop. Caption adapter; spans mdeberta (wearing picks the subject only); closed by reference.
    case(
        "X1018-027",
        caption(
            "The gentleman wears a long-sleeve purple hoodie with graphic patterns. The hoodie is with cotton "
            "fabric and it has a hood. He wears long grey pants."
        ),
        color_of("hoodie", "purple", kind="open"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("printed"),
        wearing("The gentleman", "non_answer", who="the man"),
        details("hoodie", "it has a hood"),
        is_a("jacket", "yes", "contradiction"),
        title="Bewakoof Men Lavender Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy-and-white Breton striped crew-neck sweater, white chinos, white backdrop. Caption adapter (cut at
    # 50 tokens); spans mdeberta (details ends where the caption was cut); closed by reference.
    case(
        "X1018-028",
        caption(
            "The gentleman wears a long-sleeve striped sweater with striped patterns and long white pants. The "
            "sweater is with knitting fabric and it has a round neckline. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        color_of("pants", "navy blue", "contradiction"),
        Q.material("knitting fabric"),
        describe("sweater", "striped sweater with striped patterns"),
        details("sweater", "The pants are with cotton fabric and", "cut"),
        title="Tommy Hilfiger Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive pullover hoodie, hands in the kangaroo pocket, khaki beige chinos, white backdrop. Caption
    # adapter (base-style sentence); spans mdeberta (color picks the chinos); describe, details and material base
    # fallbacks; closed by reference.
    case(
        "X1018-029",
        caption("a man wearing a green hoodie and khaki pants"),
        wearing("a green hoodie and khaki pants", who="the man"),
        color_of("hoodie", "khaki", "other_garment_color", kind="open"),
        Q.color("olive"),
        describe("hoodie", "she is wearing a green hoodie with a hood and a pocket on the front", "pronoun"),
        Q.material("cotton"),
        is_a("jacket", "no"),
        details("hoodie", "what are the hoodie details", "restated"),
        title="Harvard Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: off-white cable-knit turtleneck sweater, brown corduroy trousers, white backdrop. Caption adapter;
    # spans mdeberta; describe a base fallback (returned nothing but the newline); closed by reference.
    case(
        "X1018-030",
        caption(
            "The gentleman wears a long-sleeve white sweater with pure color patterns. The sweater is with "
            "knitting fabric and it has a turtleneck. He wears long brown pants."
        ),
        details("sweater", "it has a turtleneck"),
        Q.color("off white"),
        Q.pattern("striped", "contradiction"),
        wearing("a long-sleeve white sweater with pure color patterns", who="he"),
        color_of("sweater", "brown", "other_garment_color"),
        describe("sweater", "", "non_answer"),
        title="Monte Carlo Men Cream Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: black denim jacket worn open over a grey hoodie whose hood lies out over the collar, black jeans,
    # white backdrop. Caption adapter (the hoodie's grey and hood); spans mdeberta; describe a base fallback (30
    # tokens); closed by reference.
    case(
        "X1018-031",
        caption(
            "The gentleman wears a long-sleeve grey jacket with pure color patterns. The jacket is with denim "
            "fabric and it has a hood.",
            "other_garment_color",
        ),
        hood("yes", "contradiction"),
        Q.color("black"),
        Q.material("denim fabric"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        describe(
            "jacket",
            "the jacket is a black denim jacket with a grey hoodie underneath and the hood of the "
            "hoodie is pulled out over the collar of the",
            "cut",
            hit_limit=True,
        ),
        title="Being Human Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck sweatshirt with a white PUMA wordmark across the chest, grey melange track pants, white
    # backdrop. Caption adapter ("The lady"); spans mdeberta; closed by reference.
    case(
        "X1018-032",
        caption(
            "The lady wears a long-sleeve navy sweatshirt with graphic patterns. She wears long grey pants.", "pronoun"
        ),
        wearing("She wears long grey pants", "pronoun", who="he"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.garment_type("sweatshirt"),
        color_of("sweatshirt", "grey", "other_garment_color"),
        title="Puma Men Navy Blue Logo Print Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black glossy puffer jacket with a plain hood (no fur trim), over a white tee, blue jeans, white
    # backdrop. The feed row has no gender. Caption adapter (base-style sentence, invents fur trim); spans
    # mdeberta; describe a base fallback; closed by reference.
    case(
        "X1018-033",
        caption("a man wearing a black puffer jacket with a hood and a fur trim", "unsupported"),
        wearing("a black puffer jacket with a hood and a fur trim", "unsupported", who="the person"),
        Q.color("black"),
        hood("yes"),
        details("jacket", "a fur trim", "unsupported"),
        describe("jacket", "jacket", "non_answer"),
        title="Roadster Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: teal crew-neck sweatshirt, ribbed cuffs, black joggers, white backdrop. Caption adapter; describe,
    # details and material base fallbacks; closed by reference.
    case(
        "X1018-034",
        caption("The gentleman wears a long-sleeve blue sweatshirt with pure color patterns and long black pants."),
        Q.color("teal"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        details("sweatshirt", "the sweatshirt has a crew neck and a zipper on the chest", "unsupported"),
        Q.material("cotton"),
        is_a("sweater", "no"),
        Q.pattern("color block", "contradiction"),
        title="HRX by Hrithik Roshan Men Teal Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: charcoal-and-black buffalo check overshirt jacket (shacket) worn open over a white tee, blue jeans,
    # white backdrop. Caption adapter ("lattice" for the check); spans mdeberta (describe clipped); details and
    # material base fallbacks; closed by reference.
    case(
        "X1018-035",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. He wears a white t-shirt and long "
            "denim pants."
        ),
        Q.pattern("checked"),
        Q.color("white", "other_garment_color"),
        wearing("a long-sleeve jacket with lattice patterns", who="the man"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        details("jacket", "buttons and two chest pockets"),
        describe(
            "jacket",
            "long-sleeve jacket with lattice patterns. He wears a white t-shirt and long",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton Answer: cotton", "leak"),
        title="Jack & Jones Men Charcoal Grey Checked Shacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red V-neck sweater with a small embroidered logo, white tee showing in the V, navy chinos, white
    # backdrop. Caption adapter ("The lady"); spans mdeberta (describe clipped); closed by reference (garment type
    # picks the tee).
    case(
        "X1018-036",
        caption(
            "The lady wears a long-sleeve red sweater with pure color patterns. Her sweater is with knitting "
            "fabric and it has a v-shape neckline. She wears long navy pants.",
            "pronoun",
        ),
        Q.color("red"),
        details("sweater", "it has a v-shape neckline"),
        Q.material("knitting fabric"),
        wearing("a long-sleeve red sweater with pure color patterns", who="he"),
        describe(
            "sweater",
            "long-sleeve red sweater with pure color patterns. Her sweater is with knitting",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        title="U.S. Polo Assn. Men Red Solid V-Neck Sweater",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: navy longline parka, hood with faux-fur trim, grey crew sweater underneath, black jeans, white
    # backdrop. Caption adapter (cut at 50 tokens); spans mdeberta; material a base fallback; closed by reference.
    case(
        "X1018-037",
        caption(
            "The gentleman wears a long-sleeve navy coat with pure color patterns. The coat has a hood with furry "
            "trim. He wears a grey sweater inside and long black pants. The pants are with denim fabric and it "
            "has solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        hood("yes"),
        Q.color("grey", "other_garment_color"),
        details("coat", "a hood with furry trim"),
        Q.material("fur", "unsupported"),
        title="Fort Collins Men Navy Blue Hooded Longline Parka",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki bomber jacket, zipped, navy ribbed collar and cuffs, two side pockets, a small logo patch on the
    # left chest, dark blue jeans, white backdrop. Caption adapter (base-style sentence); spans mdeberta; details
    # and describe base fallbacks; closed by reference.
    case(
        "X1018-038",
        caption("a man wearing a khaki jacket and jeans"),
        wearing("a khaki jacket and jeans", who="the man"),
        Q.color("beige"),
        color_of("jacket", "blue", "other_garment_color"),
        details("jacket", "Question: What are the jacket details? Answer: the jacket has a zipper", "leak"),
        is_a("bomber jacket", "yes"),
        describe(
            "jacket",
            "a khaki bomber jacket with a navy blue ribbed collar and cuffs and a zip front with two "
            "side pockets and a small logo patch on the left",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Men Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: burgundy quarter-zip knit pullover worn alone, grey trousers, white backdrop. Caption adapter; spans
    # mdeberta (wearing picks the trousers); describe a base fallback; closed by reference.
    case(
        "X1018-039",
        caption(
            "The gentleman wears a long-sleeve red sweater with pure color patterns. The sweater has a zipper on "
            "the neckline. He wears long grey pants."
        ),
        Q.color("maroon"),
        details("sweater", "a zipper on the neckline"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("sweater", "describe the sweater", "restated"),
        wearing("long grey pants", who="he"),
        title="Nautica Men Burgundy Quarter-Zip Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white pullover hoodie with a small grey "ROADSTER" chest print, black jeans, white backdrop. Caption
    # adapter in the pure template (no hue); color and details are base fallbacks (mdeberta abstained); closed by
    # reference.
    case(
        "X1018-040",
        caption(
            "The gentleman wears a long-sleeve hoodie with graphic patterns. The hoodie is with cotton fabric "
            "and it has a hood. He wears long denim pants."
        ),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a long-sleeve hoodie with graphic patterns", who="the person"),
        details("hoodie", "none", "non_answer"),
        title="Roadster Men White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: brown corduroy trucker jacket with a cream sherpa collar, over a white tee, blue jeans, white
    # backdrop. Caption adapter ("furry fabric" for the corduroy body); spans mdeberta; describe a base fallback;
    # closed by reference.
    case(
        "X1018-041",
        caption(
            "The gentleman wears a long-sleeve brown jacket with pure color patterns. The jacket is with furry "
            "fabric and it has a lapel collar. He wears long denim pants.",
            "unsupported",
        ),
        Q.material("furry fabric", "unsupported"),
        Q.color("brown"),
        details("jacket", "it has a lapel collar"),
        Q.garment_type("jacket"),
        wearing("a long-sleeve brown jacket with pure color patterns", who="he"),
        describe("jacket", "brown jacket Question: Describe the jacket. Answer: brown jacket", "leak"),
        title="Wrangler Men Brown Corduroy Sherpa Collar Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: black puffer jacket with grey shoulder panels, attached hood, zipped, black joggers, white backdrop.
    # Caption adapter looped; spans mdeberta (details clipped inside the loop); describe a base fallback; closed by
    # reference.
    case(
        "X1018-042",
        caption(
            "The gentleman wears a long-sleeve black jacket with color block patterns. The jacket has a hood. "
            "The jacket has a zipper. The jacket has a hood. The jacket has a zipper. The jacket has a hood. "
            "The jacket has",
            "loop",
            hit_limit=True,
        ),
        details(
            "jacket",
            "a hood. The jacket has a zipper. The jacket has a hood. The jacket has a zipper",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.color("black"),
        wearing("a long-sleeve black jacket with color block patterns", who="the man"),
        hood("yes"),
        describe("jacket", "black", "non_answer"),
        title="Campus Sutra Men Black & Grey Colourblocked Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: back view, black oversized hoodie with a large white text print on the back, black joggers, white
    # backdrop. Caption adapter; spans mdeberta; details a base fallback; closed by reference (color picks the
    # print).
    case(
        "X1018-043",
        caption("The gentleman wears a long-sleeve black hoodie with graphic patterns. He wears long black pants."),
        describe("hoodie", "black hoodie with graphic patterns"),
        Q.color("white", "contradiction"),
        Q.pattern("printed"),
        details("hoodie", "a skull on the back", "unsupported"),
        is_a("hoodie", "yes"),
        title="Bewakoof Men Black Printed Oversized Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard crew-neck sweater over a white shirt (collar out), navy jeans, no watch or bracelet, white
    # backdrop. Caption adapter (invents a wrist accessory); spans mdeberta; closed by reference.
    case(
        "X1018-044",
        caption(
            "The gentleman wears a long-sleeve yellow sweater with pure color patterns. He wears a white shirt "
            "inside and long denim pants. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve yellow sweater with pure color patterns", who="he"),
        Q.color("mustard"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        Q.garment_type("cardigan", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("sweater", "an accessory on his wrist", "unsupported"),
        title="Mast & Harbour Men Mustard Solid Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: light grey sleeveless puffer gilet over a navy pullover hoodie, black joggers, white backdrop. The
    # feed row has no category. Caption adapter (leads with the hoodie, which is true); spans mdeberta (color
    # picks the hoodie's navy); closed by reference (the hoodie's sleeves and class).
    case(
        "X1018-045",
        caption(
            "The gentleman wears a long-sleeve navy hoodie with pure color patterns. The hoodie has a hood. He "
            "wears a grey vest and long black pants."
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("grey"),
        Q.garment_type("hoodie", "contradiction"),
        is_a("vest", "yes"),
        color_of("vest", "navy", "other_garment_color", kind="open"),
        wearing("a long-sleeve navy hoodie with pure color patterns", who="the man"),
        title="Puma Men Grey Sleeveless Padded Jacket",
        color="Grey",
        gender="Men",
    ),
    # photo: navy chunky shawl-collar cardigan, buttoned, white tee at the neck, beige chinos, white backdrop.
    # Caption adapter; spans mdeberta; describe and material base fallbacks (material looped); closed by reference.
    case(
        "X1018-046",
        caption(
            "The gentleman wears a long-sleeve navy cardigan with pure color patterns. The cardigan has buttons "
            "and a shawl collar. He wears long beige pants."
        ),
        Q.garment_type("sweater"),
        Q.color("beige", "other_garment_color"),
        details("cardigan", "buttons and a shawl collar"),
        wearing("a long-sleeve navy cardigan with pure color patterns", who="he"),
        describe("cardigan", "yes", "non_answer"),
        Q.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        title="Marks & Spencer Men Navy Shawl Collar Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
]
