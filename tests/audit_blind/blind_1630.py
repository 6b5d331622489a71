"""BLIND_1630 (45 products; Myntra men's winterwear, epoch-1 captions + QA): written blind in the sixty-seventh session.
Measured blind at 0f3a531 (the session's first rules): 98/137 failures found (71.5%) and 9/208 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets, one Rain Jacket).
Catalog shots: a model on a plain grey/white backdrop wearing the product with jeans, chinos, trousers or a kurta
underneath, a few flat lays, two back views, a couple of props (a skateboard, a backpack). Catalog columns as the feed
has them: title, category (Myntra article type), color (base colour), gender; a column is missing now and then.
Who wrote what: every caption was written by BLIP-2 OPT-2.7b with the epoch-1 caption LoRA
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens. It writes the DeepFashion-MultiModal
template ("The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a
stand neckline. ..."), whose "color" slot is a pattern, never a hue; being only one epoch in, it now and then still
slips a hue word in ("a long-sleeve black jacket"). It has no end token, so a caption that describes the lower garment
and an accessory runs into the 50-token limit and is cut, and a short one may restart a sentence and loop. Every
answer is a span that timpal0l/mdeberta-v3-base-squad2 extracted from that caption (empty string when SQuAD2 chose
"no answer"), so answers never run to a token limit and can only be as right as the caption: the color question gets
"pure color"/"striped"/"graphic", the material question gets whatever fabric the template invented (often the
jeans' "denim"), and a blazer or Nehru jacket worn over a shirt or kurta is often captioned as the shirt underneath.
Questions: What is the person wearing?, the closed type/color/pattern/sleeve-length questions, the material question,
and on most products one per-category open question (details of / describe the jacket, blazer, sweater, ...).
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A color answer that is a
pattern word ("pure color", "color block", "lattice") or empty is non_answer. A hue that is the product's family is
right (red for Maroon, yellow for Mustard, green for Teal, grey for Charcoal); a hue that belongs to the shirt, kurta
or trousers is other_garment_color. "jacket" for a blazer, a zip-up hoodie or a Nehru jacket called "vest" I accept;
"sweater" or "T-shirt" for a fleece sweatshirt, "shirt" or "tank top" for a blazer or Nehru jacket I count as
contradiction (category disagrees), and so is a sleeve length or fabric taken from the garment underneath. "upper
clothing" as the garment type or as what he wears is non_answer. Material: "cotton" for a sweatshirt, corduroy or a
cotton utility jacket I accept, "knitted" for a sweater and "leather" for a faux-leather/suede jacket too; "cotton"
or "furry" for a nylon puffer, windcheater, rain shell, blazer or Nehru jacket whose title names no fiber is
unsupported; a fabric the title contradicts (Denim, Linen-Blend, Silk Blend) is contradiction. A caption that
invents a person and trousers for a flat lay, or a hat that is not there, is unsupported; "lady/her" for the male
model is pronoun. A caption cut at the limit is cut unless it has a worse error, in which case it carries that kind
and still hit_limit=True. "a hat" as what he is wearing is contradiction (an accessory answered for the garment).
A lone noun back for "Describe the sweater." is restated. No leaks: captions have no prompt and answers are spans.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, wearing

BLIND_1630 = [
    # Model on grey backdrop: navy quilted nylon puffer, zipped, stand collar; grey tee under, blue jeans, white
    # sneakers. Caption: epoch-1 caption adapter (cut at 50 tokens); answers: extractive QA over the caption.
    case(
        "X1630-001",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("jacket", "stand neckline"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Model: grey melange pullover hoodie with kangaroo pocket, hood down; black joggers. Caption: epoch-1 adapter
    # (calls it a sweater with a round neckline); answers: extractive QA.
    case(
        "X1630-002",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Model on white: black faux-leather biker jacket with asymmetric zip, worn open over a white tee; black jeans.
    # Caption: epoch-1 adapter, with a hue word, cut; answers: extractive QA.
    case(
        "X1630-003",
        caption(
            "The man wears a long-sleeve black jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve black jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        details("jacket", "lapel neckline"),
        gender="Men",
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model: black crew sweatshirt with a large white graphic on the chest; olive chinos. Caption: epoch-1 adapter
    # ("upper clothing" variant of the template); answers: extractive QA (color: no answer).
    case(
        "X1630-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        describe("sweatshirt", "The upper clothing has long sleeves, cotton fabric and graphic patterns"),
        gender="Men",
        title="WROGN Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Model: olive nylon bomber with ribbed collar and cuffs, open over a white tee (orange lining shows); black
    # jeans. Caption: epoch-1 adapter, cut; answers: extractive QA (material taken from the jeans).
    case(
        "X1630-005",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        details("jacket", "stand neckline"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Model: navy cable-knit crew-neck sweater, beige chinos. Caption: epoch-1 adapter ("His sweater has ..."
    # variant); answers: extractive QA.
    case(
        "X1630-006",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a round neckline. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        describe("sweater", "His sweater", "restated"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Model: mid-blue washed denim trucker jacket, button front, chest flap pockets, over a black tee; black jeans.
    # Caption: epoch-1 adapter with a hue word, cut; answers: extractive QA.
    case(
        "X1630-007",
        caption(
            "The man wears a long-sleeve blue jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blue jacket"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("jacket", "lapel neckline"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Model: navy zip-up hoodie worn open over a white crew tee; grey joggers. Caption: epoch-1 adapter (calls it a
    # jacket, then describes the tee), cut; answers: extractive QA ("wearing" picked the tee).
    case(
        "X1630-008",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Model: beige quilted puffer, zipped, hood with faux-fur trim; blue jeans, brown boots. Caption: epoch-1 adapter,
    # loops on the fabric sentence; answers: extractive QA (the details span ran over the loop).
    case(
        "X1630-009",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. The jacket "
            "is with furry fabric. The jacket is with furry fabric. The jacket is with furry fabric. The jacket is "
            "with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "unsupported"),
        details("jacket", "The jacket is with furry fabric. The jacket is with furry fabric", "loop"),
        gender="Men",
        title="Fort Collins Men Beige Solid Hooded Padded Jacket",
        category="Jackets",
        color="Beige",
    ),
    # Model: grey V-neck pullover with a light blue shirt collar showing; navy trousers. Caption: epoch-1 adapter, cut;
    # answers: extractive QA (color: no answer).
    case(
        "X1630-010",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a V-shape neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        details("sweater", "V-shape neckline"),
        gender="Men",
        title="Van Heusen Men Grey Solid V-Neck Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Model: maroon crew sweatshirt with white typography across the chest; blue jeans. Caption: epoch-1 adapter with
    # a hue word ("red", the maroon's family), cut; answers: extractive QA.
    case(
        "X1630-011",
        caption(
            "The man wears a long-sleeve red sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The man wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve red sweatshirt with graphic patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        describe("sweatshirt", "a long-sleeve red sweatshirt with graphic patterns"),
        gender="Men",
        title="The Souled Store Men Maroon Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Model: black sleeveless quilted gilet over a grey full-sleeve henley; blue jeans. Caption: epoch-1 adapter gives
    # the henley's long sleeves to the jacket, cut; answers: extractive QA.
    case(
        "X1630-012",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        details("jacket", "stand neckline"),
        gender="Men",
        title="Roadster Men Black Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model: maroon button-front cardigan worn open over a white tee; black jeans. Caption: epoch-1 adapter, cut;
    # answers: extractive QA. Feed row has no base colour.
    case(
        "X1630-013",
        caption(
            "The man wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. It "
            "has a V-shape neckline. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve cardigan with pure color patterns"),
        Q.garment_type("cardigan"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        describe("cardigan", "The cardigan is with knitted fabric"),
        gender="Men",
        title="Roadster Men Maroon Solid Cardigan",
        category="Sweaters",
    ),
    # Flat lay on white: olive pullover hoodie, no person. Caption: epoch-1 adapter invents a man and denim pants and
    # calls the hoodie a sweater; answers: extractive QA (material from the invented pants).
    case(
        "X1630-014",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("solid color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Bewakoof Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Model: maroon wool-look varsity jacket with cream sleeves, snap buttons, striped rib trim; black jeans.
    # Caption: epoch-1 adapter, cut; answers: extractive QA.
    case(
        "X1630-015",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with color block patterns"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("jacket", "stand neckline"),
        gender="Men",
        title="Mast & Harbour Men Maroon & Cream Colourblocked Varsity Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Model: beige ribbed turtleneck, brown trousers, hands in pockets. Caption: epoch-1 adapter; answers: extractive
    # QA (color: no answer).
    case(
        "X1630-016",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a stand neckline. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        details("sweater", "stand neckline"),
        gender="Men",
        title="Louis Philippe Men Beige Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Beige",
    ),
    # Model with shoulder-length hair: off-white sweatshirt with a navy lower band, crew neck; blue jeans. Caption:
    # epoch-1 adapter ("The lady"), cut; answers: extractive QA.
    case(
        "X1630-017",
        caption(
            "The lady wears a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with color block patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Off-White & Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Flat lay on grey: charcoal lightweight quilted jacket, zipped, stand collar. Caption: epoch-1 adapter invents a
    # denim lower garment; answers: extractive QA.
    case(
        "X1630-018",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns.",
            "unsupported",
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        details("jacket", "stand neckline"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Quilted Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Model: navy and white Breton-striped crew sweater; beige chinos. Caption: epoch-1 adapter; answers: extractive QA.
    case(
        "X1630-019",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitted fabric. It has a "
            "round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        describe("sweater", "a long-sleeve sweater with striped patterns"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Model: mustard hoodie, black joggers, white sneakers, a black backpack on one shoulder. Caption: epoch-1 adapter
    # gives yellow to the black joggers too, cut; answers: extractive QA ("wearing" picked the pants).
    case(
        "X1630-020",
        caption(
            "The man wears a long-sleeve yellow sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The man wears a long yellow pants. The pants are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long yellow pants", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Model: brown faux-suede trucker jacket over a white tee; blue jeans. Caption: epoch-1 adapter, cut; answers:
    # extractive QA (the details span ends where the caption was cut).
    case(
        "X1630-021",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        details("jacket", "The T-shirt is with cotton fabric and", "cut"),
        gender="Men",
        title="Roadster Men Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Model: olive sleeveless V-neck sweater vest over a white full-sleeve formal shirt; grey trousers. Caption:
    # epoch-1 adapter describes only the shirt, cut; answers: extractive QA.
    case(
        "X1630-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Allen Solly Men Olive Green Solid Sweater Vest",
        category="Sweaters",
        color="Olive",
    ),
    # Back view: white crew sweatshirt with a large graphic print across the back; blue jeans; a black beanie. Caption:
    # epoch-1 adapter (no neckline: back view); answers: extractive QA ("wearing" picked the hat).
    case(
        "X1630-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is denim and it has pure color patterns. There is a hat in his head."
        ),
        wearing("a hat", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men White Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Model: teal hooded rain shell, hood down, zipped; black track pants. Caption: epoch-1 adapter with hue words and
    # "The woman"; answers: extractive QA. Feed row has no gender.
    case(
        "X1630-024",
        caption(
            "The woman wears a long-sleeve green jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The woman wears a long black trousers. The trousers are with cotton fabric.",
            "pronoun",
        ),
        wearing("a long-sleeve green jacket"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("jacket", "stand neckline"),
        title="Wildcraft Men Teal Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Teal",
    ),
    # Model: charcoal textured-knit crew pullover, white shirt collar peeking, black trousers, a steel watch. Caption:
    # epoch-1 adapter, loops on the accessory sentence; answers: extractive QA.
    case(
        "X1630-025",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a round neckline. The "
            "trousers this man wears is of long length. There is an accessory on his wrist. There is an accessory on "
            "his wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Monte Carlo Men Charcoal Grey Self Design Pullover",
        category="Sweaters",
        color="Charcoal",
    ),
    # Model: blue and white horizontal-striped crew sweatshirt (brushed fleece inside shows at the cuff); black jeans.
    # Caption: epoch-1 adapter calls it a T-shirt, cut; answers: extractive QA.
    case(
        "X1630-026",
        caption(
            "The man wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long trousers. The trousers are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Blue & White Striped Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Back view: mustard puffer with the hood up; black jeans. Caption: epoch-1 adapter, loops on the trousers;
    # answers: extractive QA.
    case(
        "X1630-027",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The man "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. The man wears a long "
            "trousers. The trousers are with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Puffer Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # Model: navy single-breasted blazer over a white formal shirt, grey trousers, pocket square. Caption: epoch-1
    # adapter describes the white shirt, cut; answers: extractive QA.
    case(
        "X1630-028",
        caption(
            "The man wears a long-sleeve white shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve white shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("blazer", "lapel neckline"),
        gender="Men",
        title="Park Avenue Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Model: red crew pullover with an off-white Fair Isle yoke band; blue jeans. Caption: epoch-1 adapter; answers:
    # extractive QA. Feed row has no gender.
    case(
        "X1630-029",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with knitted fabric. It has a "
            "round neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.garment_type("sweater"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        describe("sweater", "sweater", "restated"),
        title="Mast & Harbour Men Red & Off-White Fair Isle Pattern Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Model: grey washed denim trucker with an off-white sherpa collar; black tee, black jeans. Caption: epoch-1
    # adapter takes the sherpa for the fabric, cut; answers: extractive QA.
    case(
        "X1630-030",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "contradiction"),
        details("jacket", "lapel neckline"),
        gender="Men",
        title="Roadster Men Grey Washed Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Grey",
    ),
    # Model: grey windowpane-checked blazer over a black turtleneck; black trousers. Caption: epoch-1 adapter, cut;
    # answers: extractive QA.
    case(
        "X1630-031",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("blazer", "lapel neckline"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Model: maroon brocade Nehru jacket over a white kurta and white churidar. Caption: epoch-1 adapter describes
    # the kurta as a plain shirt, cut; answers: extractive QA.
    case(
        "X1630-032",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Model: black cotton-twill hooded utility jacket, four flap pockets, over a white tee; khaki chinos. Caption:
    # epoch-1 adapter with a hue word, ended before the limit; answers: extractive QA. All right.
    case(
        "X1630-033",
        caption(
            "The man wears a long-sleeve black jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long-sleeve black jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("jacket", "stand neckline"),
        gender="Men",
        title="Levis Men Black Solid Hooded Utility Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model: black velvet shawl-lapel tuxedo blazer, white shirt, black bow tie, black trousers. Caption: epoch-1
    # adapter with hue words, cut; answers: extractive QA.
    case(
        "X1630-034",
        caption(
            "The man wears a long-sleeve black jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The man wears a long black trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve black jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("blazer", "lapel neckline"),
        gender="Men",
        title="Raymond Men Black Velvet Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Model: black pullover hoodie, blue jeans, holding a skateboard. Caption: epoch-1 adapter calls it a sweater and
    # loops on the accessory sentence; answers: extractive QA (describe: no answer).
    case(
        "X1630-035",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an accessory "
            "in his hand. There is an accessory in his hand.",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        describe("sweatshirt", "", "non_answer"),
        gender="Men",
        title="Jack & Jones Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Model: navy solid Nehru jacket (mandarin collar) over a light blue kurta; white churidar. Caption: epoch-1
    # adapter calls it a sleeveless vest and the kurta a shirt, cut; answers: extractive QA.
    case(
        "X1630-036",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a stand "
            "neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("Nehru jacket", "stand neckline"),
        gender="Men",
        title="Vastramay Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Model: brown half-zip knit pullover with a stand collar; blue jeans; a watch. Caption: epoch-1 adapter, "her
    # wrist", ran to the limit; answers: extractive QA (color: no answer).
    case(
        "X1630-037",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a stand neckline. The "
            "trousers this man wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        details("sweater", "stand neckline"),
        gender="Men",
        title="Roadster Men Brown Solid Half-Zip Pullover Sweater",
        category="Sweaters",
        color="Brown",
    ),
    # Model: beige unstructured linen-blend blazer over a navy tee; white trousers. Caption: epoch-1 adapter gives the
    # trousers' white to the blazer too, cut; answers: extractive QA.
    case(
        "X1630-038",
        caption(
            "The man wears a long-sleeve white jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The man wears a long white trousers. The trousers are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve white jacket", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Mango Man Beige Linen-Blend Unstructured Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Model: cream jacquard Nehru jacket over a cream kurta (tone on tone). Caption: epoch-1 adapter calls the jacket a
    # tank top, cut; answers: extractive QA.
    case(
        "X1630-039",
        caption(
            "The man wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "stand neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Sojanya Men Cream-Coloured Jacquard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Model, bareheaded: red windcheater with black shoulder panels and a packaway hood; black track pants. Caption:
    # epoch-1 adapter invents a hat; answers: extractive QA.
    case(
        "X1630-040",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. There is a hat in his head. The man wears a long trousers.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with color block patterns"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Red & Black Colourblocked Hooded Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Model: maroon slim-fit blazer over a black shirt; black trousers. Caption: epoch-1 adapter with hue words (red
    # for the maroon), cut; answers: extractive QA.
    case(
        "X1630-041",
        caption(
            "The man wears a long-sleeve red jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The man wears a long black trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve red jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("blazer", "lapel neckline"),
        gender="Men",
        title="Louis Philippe Men Maroon Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Model: green half-zip fleece sweatshirt with a stand collar; black joggers. Caption: epoch-1 adapter, cut;
    # answers: extractive QA. Feed row has no category.
    case(
        "X1630-042",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("sweatshirt", "stand neckline"),
        gender="Men",
        title="Nike Men Green Solid Half-Zip Fleece Sweatshirt",
        color="Green",
    ),
    # Model: black Nehru jacket over a white full-sleeve shirt; black trousers. Caption: epoch-1 adapter with hue
    # words, cut; answers: extractive QA (color and sleeves taken from the shirt).
    case(
        "X1630-043",
        caption(
            "The man wears a sleeveless black vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The man wears a long-sleeve white shirt with pure color patterns. The shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless black vest"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Model: olive corduroy blazer over a cream crew sweater; dark jeans. Caption: epoch-1 adapter reads the wales as
    # stripes, cut; answers: extractive QA.
    case(
        "X1630-044",
        caption(
            "The man wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("blazer", "lapel neckline"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Corduroy Blazer",
        category="Blazers",
        color="Olive",
    ),
    # Flat lay on beige: mustard silk-blend Nehru jacket, no person. Caption: epoch-1 adapter invents a lower
    # garment; answers: extractive QA.
    case(
        "X1630-045",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "contradiction"),
        details("Nehru jacket", "stand neckline"),
        gender="Men",
        title="Manyavar Men Mustard Yellow Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
]
