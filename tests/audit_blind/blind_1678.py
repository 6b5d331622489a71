"""BLIND_1678 (45 products; Myntra winterwear, caption + extractive QA): written blind in the sixty-seventh session.
Measured blind at c32e5e8 (the session's third and final rules): 103/143 failures found (72.0%) and 9/184 correct
texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), catalog shots: a
model on a plain light backdrop wearing the product over or with other clothes (kurta under the Nehru jackets, shirt
or tee under blazers and cardigans, jeans or chinos below), one flat lay, two back views. Catalog columns as the feed
has them: title, category (Myntra article type), color (base colour), gender; a column is missing now and then.
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-1 caption LoRA
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens; the adapter never learned to stop,
so every caption ran to the limit (hit_limit=True on all of them) and most end mid-sentence or in a loop. The caption
speaks the DeepFashion template: patterns instead of hues, fabric from {cotton, denim, knitting, leather, furry,
other}, a made-up lower garment, "accessory on his wrist". Every answer is an extractive span that
timpal0l/mdeberta-v3-base-squad2 took from that caption (empty string when it chose no answer), so answers never hit
a token limit and can only say what the caption says. Questions: what the person is wearing, then the closed
garment type, color, pattern and sleeve length questions and the open material question; the Jackets, Blazers and
Nehru Jackets in the second batch also got "Is this a {category}?".
Labeling conventions and judgement calls: one label per wrong text. A caption that is cut but also wrong about the
product (wrong garment kind, a fabric the title or the photo rules out, a wrong pronoun, an invented hat or watch or a
lower garment in a flat lay) carries the content label, not "cut"; a caption whose only fault is ending mid-sentence
(or looping) is "cut" (or "loop"). Three captions ran to the limit but happen to end on a full stop with everything
right: hit_limit=True and no label. A pattern word ("pure color", "graphic", "striped", "lattice", "color block") or
"other fabric" returned for a color or material question is "non_answer", and so is an empty span. "sweater" or
"long-sleeve T-shirt" for a product the seller files under Sweatshirts is "contradiction", like "shirt" for a blazer
and "tank top" for a Nehru jacket; "jacket" for a blazer and "vest" for a Nehru jacket are accepted, and "cardigan"
for a cardigan under Sweaters is right. An answer to "What is the person wearing?" that names a garment the model
really has on (the shirt under the blazer) is left correct even if it misses the product. A sleeve length or
material taken from the inner or lower garment is "contradiction" when the caption or title states the product's own
value, "unsupported" when only the photo shows it (a nylon puffer, a polyester track jacket "cotton"). For yes/no
questions the span counts as an implicit yes when it names the asked garment (or an accepted synonym), as a
contradiction when it names another garment, and as a non-answer when empty. Suede read as "leather" is accepted;
velvet read as "furry" is not.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1678 = [
    # Photo: model in a black hooded quilted nylon puffer, zipped, grey jeans, white sneakers, no watch.
    # Caption: epoch-1 caption adapter (claims cotton for a shiny nylon puffer, cut). Answers: extractive QA over it.
    case(
        "X1678-001",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and solid "
            "color patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a navy pullover hoodie with kangaroo pocket, black joggers, a steel watch on the left wrist.
    # Caption: epoch-1 adapter calls the hoodie a sweater, cut. Answers: extractive QA over the caption.
    case(
        "X1678-002",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a mustard crew-neck cable-knit pullover, white shirt collar showing, beige chinos.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA over the caption.
    case(
        "X1678-003",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The neckline of the sweater is round. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: model in a charcoal single-breasted blazer (poly-viscose, faint self-design) over a white shirt, charcoal
    # trousers. Caption: epoch-1 adapter reads the blazer as a shirt with a lapel neckline, cut. Answers: extractive
    # QA; the wearing span is true of the white shirt underneath.
    case(
        "X1678-004",
        caption(
            "The man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns. This man wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with solid color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        is_a("blazer", "long-sleeve shirt", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model in a sleeveless maroon brocade Nehru jacket over a plain cream kurta and churidar.
    # Caption: epoch-1 adapter merges jacket and kurta into one long-sleeve graphic shirt, cut. Answers: extractive QA.
    case(
        "X1678-005",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The man wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: model in a light-blue washed denim jacket, open over a white tee, black jeans.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA over the caption.
    case(
        "X1678-006",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and it has "
            "a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Flying Machine Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model in a black crew-neck sweatshirt with a large white chest print, blue jeans.
    # Caption: epoch-1 adapter calls it a long-sleeve T-shirt, cut. Answers: extractive QA over the caption.
    case(
        "X1678-007",
        caption(
            "The guy wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a navy V-neck sweater over a light-blue checked shirt, khaki chinos.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA over the caption.
    case(
        "X1678-008",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in a navy checked casual blazer (cotton blend per the listing) over a white tee, beige chinos.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA; "jacket" for a blazer accepted.
    case(
        "X1678-009",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("blazer", "long-sleeve jacket"),
        gender="Men",
        title="Blackberrys Men Navy Blue Checked Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model in a beige sleeveless cotton Nehru jacket over a white kurta pyjama.
    # Caption: epoch-1 adapter calls it a tank top, cut. Answers: extractive QA; the yes/no question got no span.
    case(
        "X1678-010",
        caption(
            "The man is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is stand. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("Nehru jacket", "", "non_answer"),
        gender="Men",
        title="Vastramay Men Beige Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: model in a black polyester track jacket with white zip and small logo, black track pants.
    # Caption: epoch-1 adapter says cotton for the shiny tricot, cut. Answers: extractive QA over the caption.
    case(
        "X1678-011",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("pure color patterns", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Sporty Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a grey melange crew sweatshirt with navy and white chest panels, dark jeans.
    # Caption: epoch-1 adapter calls it a sweater, cut. Answers: extractive QA; material taken from the jeans.
    case(
        "X1678-012",
        caption(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. The "
            "neckline of it is round. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with color block patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Grey Melange Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: flat lay of an olive crew-neck pullover on white, nothing else in frame.
    # Caption: epoch-1 adapter invents a lower garment and a person, cut. Answers: extractive QA over the caption.
    case(
        "X1678-013",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This person "
            "wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Highlander Men Olive Green Solid Pullover",
        category="Sweaters",
    ),
    # Photo: model in an olive cotton-twill bomber, open over a black tee, black jeans.
    # Caption: epoch-1 adapter (a hue slips in, the tee's), cut. Answers: extractive QA; color is the tee's.
    case(
        "X1678-014",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The man wears a black T-shirt inside. The man wears a long pants. The pants are with "
            "denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Fort Collins Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: back view of a model in a maroon hoodie, hood down, grey joggers.
    # Caption: epoch-1 adapter loops on the pants sentence. Answers: extractive QA; "sweater" for the hoodie.
    case(
        "X1678-015",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The man wears a long "
            "pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: model in a beige poly-viscose blazer over a plain blue shirt, navy trousers, a watch on the left wrist.
    # Caption: epoch-1 adapter reads the blazer as a shirt, cut. Answers: extractive QA; wearing is true of the shirt.
    case(
        "X1678-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is an accessory on his wrist. The man wears a long trousers. The trousers are with "
            "cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Raymond Men Beige Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: model in a navy cardigan with thin white horizontal stripes, buttoned, over a white tee, blue jeans.
    # Caption: epoch-1 adapter, ran to the limit and ends on a full stop, all right. Answers: extractive QA.
    case(
        "X1678-017",
        caption(
            "The man wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric and its "
            "neckline is V-shape. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve cardigan with striped patterns"),
        Q.garment_type("cardigan"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Monte Carlo Men Navy Blue Striped Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in a navy printed sleeveless cotton Nehru jacket over a white kurta, white pyjama.
    # Caption: epoch-1 adapter, "vest" accepted, cut. Answers: extractive QA over the caption.
    case(
        "X1678-018",
        caption(
            "The man wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. It has a stand "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with graphic patterns"),
        Q.garment_type("vest"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("Nehru jacket", "sleeveless vest"),
        gender="Men",
        title="KISAH Men Navy Blue Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a black leather biker jacket, grey tee, black jeans, sunglasses pushed up.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA over the caption.
    case(
        "X1678-019",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it "
            "has a lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. This man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        is_a("jacket", "long-sleeve jacket"),
        gender="Men",
        title="Justanned Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model with shoulder-length hair in a yellow sweatshirt with a cartoon print, black joggers.
    # Caption: epoch-1 adapter says "lady" for a men's product. Answers: extractive QA over the caption.
    case(
        "X1678-020",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. The "
            "neckline of it is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. Her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Yellow Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
    ),
    # Photo: model in a grey melange wool-blend crew-neck pullover over a white shirt, navy trousers.
    # Caption: epoch-1 adapter says cotton against the title's wool blend, cut. Answers: extractive QA.
    case(
        "X1678-021",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "neckline of the sweater is round. The man wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("solid color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Allen Solly Men Grey Melange Self Design Wool Blend Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: model in a teal nylon windcheater, hood down, black track pants, bare head.
    # Caption: epoch-1 adapter invents a hat. Answers: extractive QA; "other fabric" says nothing.
    case(
        "X1678-022",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This man wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        gender="Men",
        title="Wildcraft Men Teal Blue Solid Windcheater Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: model in a grey melange fleece hoodie, grey joggers, black watch on the left wrist.
    # Caption: epoch-1 adapter calls it a sweater, cut. Answers: extractive QA over the caption.
    case(
        "X1678-023",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in a black formal blazer over a white shirt and a black tie, black trousers.
    # Caption: epoch-1 adapter, ran to the limit, ends on a full stop, all right. Answers: extractive QA.
    case(
        "X1678-024",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and it has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man has neckwear.",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        is_a("blazer", "jacket"),
        gender="Men",
        title="Van Heusen Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model in a rust turtleneck pullover, dark blue jeans.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA over the caption.
    case(
        "X1678-025",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "neckline of the sweater is stand. The man wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: model in a khaki cotton overshirt-style jacket (shacket), open over a white tee, blue jeans.
    # Caption: epoch-1 adapter says shirt (defensible for a shacket), cut. Answers: extractive QA; type vs seller.
    case(
        "X1678-026",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("jacket", "long-sleeve shirt", "contradiction"),
        gender="Men",
        title="HERE&NOW Men Khaki Solid Cotton Overshirt Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: back view of a model in a black hoodie with a large superhero print on the back, blue jeans, no watch.
    # Caption: epoch-1 adapter calls the hoodie a sweater (and invents a wrist accessory). Answers: extractive QA.
    case(
        "X1678-027",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The man "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "his wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Marvel Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a black sleeveless Nehru jacket over a white long-sleeve kurta and white churidar.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA; sleeve length is the kurta's.
    case(
        "X1678-028",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a stand "
            "neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Black Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: model in a navy quilted nylon puffer with a detachable hood, grey chinos.
    # Caption: epoch-1 adapter says "female" for a men's product (and cotton). Answers: extractive QA.
    case(
        "X1678-029",
        caption(
            "The female wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Duke Men Navy Blue Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a maroon sleeveless V-neck acrylic sweater over a white shirt, grey trousers.
    # Caption: epoch-1 adapter, right (shirt with a vest outside) but cut. Answers: extractive QA; the shirt's values.
    case(
        "X1678-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is a vest outside. The man wears a long trousers. The trousers are with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Peter England Men Maroon Solid V-Neck Sleeveless Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: model in a navy crew-neck sweatshirt with a small chest logo, black joggers.
    # Caption: epoch-1 adapter calls it a long-sleeve T-shirt, cut. Answers: extractive QA over the caption.
    case(
        "X1678-031",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is round. The man wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a grey checked wool-blend formal blazer over a white shirt, plain grey trousers.
    # Caption: epoch-1 adapter says cotton against the title's wool blend, cut. Answers: extractive QA.
    case(
        "X1678-032",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and lattice patterns. "
            "This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        is_a("blazer", "long-sleeve jacket"),
        gender="Men",
        title="Park Avenue Men Grey Checked Wool Blend Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: model in a coffee-brown suede trucker jacket over a white tee, blue jeans.
    # Caption: epoch-1 adapter, "leather" for suede accepted, cut. Answers: extractive QA over the caption.
    case(
        "X1678-033",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it "
            "has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather fabric"),
        gender="Men",
        title="Jack & Jones Men Coffee Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # Photo: model in an off-white crew-neck sweatshirt, blue jeans.
    # Caption: epoch-1 adapter opens in the base model's words (with hues), then the template calls it a sweater;
    # cut. Answers: extractive QA, which took the hue and the garment from the first sentence.
    case(
        "X1678-034",
        caption(
            "a man wearing a white sweatshirt and blue jeans. The man wears a long-sleeve sweater with pure color "
            "patterns. The sweater is with cotton fabric. The man wears a long pants. The pants are",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white sweatshirt and blue jeans"),
        Q.garment_type("sweatshirt"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Off White Solid Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: model in a teal self-design acrylic cardigan worn open over a white short-sleeve tee, black jeans.
    # Caption: epoch-1 adapter, right (tee with a cardigan outside) but cut. Answers: extractive QA; the tee's values.
    case(
        "X1678-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. There is a cardigan outside. The man wears a long trousers. The trousers are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Teal Self Design Cardigan",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: model in a black denim trucker jacket with a white sherpa collar, grey tee, black jeans.
    # Caption: epoch-1 adapter says furry fabric for a denim jacket, cut. Answers: extractive QA over the caption.
    case(
        "X1678-036",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric and it has "
            "a lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "contradiction"),
        is_a("jacket", "long-sleeve jacket"),
        gender="Men",
        title="Levis Men Black Solid Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in an olive crew-neck sweatshirt, black joggers, watch on the right wrist.
    # Caption: epoch-1 adapter, ran to the limit, ends on a full stop, all right. Answers: extractive QA.
    case(
        "X1678-037",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Sweatshirt",
        color="Olive",
    ),
    # Photo: model in a navy knit casual blazer (cotton blend per the listing) over a white tee, beige chinos.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA; sleeve length is the tee's.
    case(
        "X1678-038",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a lapel neckline. The man wears a short-sleeve T-shirt inside. The man wears a long trousers. The "
            "trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Navy Blue Solid Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model in a cream self-design art-silk sleeveless Nehru jacket over a long cream kurta and churidar.
    # Caption: epoch-1 adapter says "lady" and reads the long kurta as a dress. Answers: extractive QA.
    case(
        "X1678-039",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        is_a("Nehru jacket", "", "non_answer"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: model in a navy sleeveless nylon puffer gilet over a grey long-sleeve hoodie, blue jeans.
    # Caption: epoch-1 adapter, right enough (a sweater with a vest outside) but cut. Answers: extractive QA; the
    # hoodie's values.
    case(
        "X1678-040",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. There "
            "is a vest outside. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        is_a("jacket", "", "non_answer"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a charcoal merino crew-neck pullover, grey trousers.
    # Caption: epoch-1 adapter loops on the fabric sentence. Answers: extractive QA over the caption.
    case(
        "X1678-041",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting "
            "fabric. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Merino Wool Pullover",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: model in a black polyester track jacket with three white stripes down each sleeve, black track pants.
    # Caption: epoch-1 adapter says cotton for the tricot. Answers: extractive QA; "striped" for the sleeve stripes
    # accepted.
    case(
        "X1678-042",
        caption(
            "The man wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and it has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and striped patterns. There "
            "is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with striped patterns"),
        Q.garment_type("jacket"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        title="Adidas Men Black & White Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a red hoodie, hands in the kangaroo pocket (no wrist visible), black jeans.
    # Caption: epoch-1 adapter invents a wrist accessory, cut. Answers: extractive QA over the caption.
    case(
        "X1678-043",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The man",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Locomotive Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: model in a maroon velvet bandhgala blazer with a stand collar, black trousers.
    # Caption: epoch-1 adapter calls velvet "furry", cut. Answers: extractive QA over the caption.
    case(
        "X1678-044",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric and it has "
            "a stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "contradiction"),
        is_a("blazer", "long-sleeve jacket"),
        gender="Men",
        title="Hangup Men Maroon Velvet Slim Fit Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: model in a cream and navy horizontally striped crew-neck pullover, blue jeans.
    # Caption: epoch-1 adapter, right but cut. Answers: extractive QA over the caption.
    case(
        "X1678-045",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. The "
            "neckline of it is round. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        title="Mast & Harbour Men Cream-Coloured & Navy Blue Self-Striped Pullover",
        category="Sweaters",
    ),
]
