"""BLIND_878 (46 products; Myntra men's winterwear, captions then QA spans): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 111/139 failures found (79.9%) and 6/195 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra-like men's winterwear feed (Sweaters, Sweatshirts, Jackets, one Rain Jacket: crew and V-neck
pullovers, cable knits, cardigans, hoodies, zip hoodies, bombers, denim and biker jackets, puffers, a sleeveless
padded jacket, a sherpa fleece). Catalog photos on a white or light-grey backdrop, the model usually front-on and
wearing other clothes too: jeans, chinos, joggers, a tee or a shirt under an open jacket or a sweater.

Who wrote what: the night ran in two shards. Products X878-001..026 were captioned by the first-epoch caption
adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b). It writes the DeepFashion
template ("The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting
fabric."), still lets a hue word of the base model through now and then, calls most hoodies "sweater", often
calls the model "The lady", and never stops on its own: every one of its captions runs to the 50-token limit, and
ends in a loop of its last sentence, a cut mid-sentence, or a made-up "Question: ... Answer: ..." exchange (its
loss covered the prompt format). Products X878-027..046 were captioned by the untuned blip2-opt-2.7b: short
lower-case captions that end on their own, name hues, sometimes give the product the color of the tee or jeans,
say "a woman" for long-haired male models, and add a logo, a necklace or a backpack that is not there. In both
shards every open answer (wearing, describe, details, open color questions, material, neckline) is the span
that timpal0l/mdeberta-v3-base-squad2 extracted from the caption, verbatim, or "" where it chose no answer; the
closed answers (garment type, color, pattern, sleeve length, closure, hood, "Is this a ...?") come from enrich's
`--engine reference`, which ranks fixed candidates on the image with the base model.

Labeling conventions and judgement calls:
- Labels follow the photo, not the seller: on X878-022 the seller says Brown for a plainly rust sweater, and
  "orange" is counted correct.
- One label per text. A text with several faults carries the first of: leak, loop, cut, then the fault a reader
  notices first. Every shard-A caption has hit_limit=True; X878-003, -008, -013 and -020 stopped at a sentence
  end when the limit struck, so they are labeled by what they say (X878-008 is correct though it hit the limit).
- A span inherits the caption's fault only when the fault is inside the span.
- A closed answer giving the color, pattern, type or sleeves of another garment (the tee under the jacket, the
  hoodie under the vest) or of a print, lining, stripe or panel is a contradiction; other_garment_color is kept for
  open texts that give the product the color of another garment worn in the photo. A color taken from the backdrop
  or from the product's own lining or logo is a contradiction too.
- "pure color", "striped" or "" answered to a color question, and a span that names no property of the garment at
  all, are non_answer; a span that is only the question's garment word ("jacket", "hoodie") is restated.
- A wearing answer that truthfully names only the inner layer (the tee under an open jacket) is correct.
- "sweater" for a hoodie or sweatshirt is a contradiction of the seller's category; "maroon"/"red" for maroon or
  burgundy, "yellow" for mustard, "khaki" for beige, "white" for off-white or cream, "blue" for navy are correct;
  "black" for a charcoal garment that the photo shows clearly lighter than the black trousers is a contradiction.
- Material: knit for sweaters, denim, leather look, fleece and cotton for sweatshirts count as supported; cotton
  or chiffon for a padded or nylon jacket, fur for a puffer whose only fur is the hood trim, khaki for a knit are
  unsupported. Invented accessories (ring, necklace, backpack, watch, a logo not in the photo) are unsupported.
- "The lady"/"a woman"/"her" for the men's models is pronoun; no row here lacks gender where a pronoun is labeled.
- An open answer that describes another garment as the product ("khaki pants" for the sweater's details) or gives
  another garment the product's color (the jeans "black" on X878-019) is a contradiction.
- As real feeds do, X878-038 lacks gender and X878-046 lacks its color column.
- Sleeve stripes on a solid hoodie (X878-018): "striped patterns" in the details and "solid" for the closed pattern
  are both counted correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

closure = question("closure", "What is the closure of the garment?", "closed")
hooded = question("hood", "Does the garment have a hood?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_878 = [
    # photo: navy crew-neck knit sweater, white shirt collar peeking out, mid-blue jeans, white backdrop, front view;
    # caption by the first-epoch caption adapter (cut at the limit), spans by mdeberta, closed by the reference engine
    case(
        "X878-001",
        caption(
            "The gentleman is wearing a long-sleeve navy sweater with pure color patterns. The sweater is with "
            "knitting fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim "
            "fabric and solid color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve navy sweater with pure color patterns"),
        color_of("sweater", "navy", kind="open"),
        Q.material("knitting fabric"),
        neckline("round"),
        Q.garment_type("sweater"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        title="Roadster Men Navy Blue Solid Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie, kangaroo pocket, white drawcords, black track pants, white backdrop;
    # caption by the first-epoch caption adapter (loops), spans by mdeberta, closed by the reference engine
    case(
        "X878-002",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric. "
            "The pants are with cotton fabric. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        color_of("hoodie", "pure color", "non_answer", kind="open"),
        Q.material("cotton fabric. The pants are with cotton fabric. The pants are with cotton", "loop"),
        details("hoodie", "hooded neckline"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        is_a("hoodie", "yes"),
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive cable-knit crew sweater, khaki chinos, model with hands in pockets, white backdrop, front view;
    # caption by the first-epoch caption adapter ("The lady", stopped at a sentence end), spans by mdeberta
    case(
        "X878-003",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        color_of("sweater", "", "non_answer", kind="open"),
        details("sweater", "The lady wears a long trousers", "pronoun"),
        neckline("round"),
        Q.garment_type("sweater"),
        Q.color("olive"),
        Q.sleeve_length("short", "contradiction"),
        title="United Colors of Benetton Men Olive Green Cable Knit Sweater",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: black pullover hoodie with a small white cat logo on the chest, grey joggers, white backdrop;
    # caption by the first-epoch caption adapter (invents a Question/Answer exchange), spans by mdeberta
    case(
        "X878-004",
        caption(
            "The gentleman is wearing a long-sleeve black sweatshirt with pure color patterns. It has a hooded "
            "neckline. Question: What is the color of the sweatshirt? Answer: black. Question: What is the color of "
            "the pants? Answer: grey. Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve black sweatshirt"),
        color_of("sweatshirt", "black", kind="open"),
        details("sweatshirt", "Question: What is the color of the sweatshirt? Answer: black", "leak"),
        Q.garment_type("hoodie"),
        is_a("jacket", "no"),
        Q.sleeve_length("long"),
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon quilted puffer, stand collar, zipped to the chin, black jeans, white backdrop, front view;
    # caption by the first-epoch caption adapter (cut), spans by mdeberta, closed by the reference engine
    case(
        "X878-005",
        caption(
            "The gentleman is wearing a long-sleeve maroon jacket with pure color patterns. The jacket is with "
            "cotton fabric. It has a stand neckline. The gentleman wears a long pants. The pants are with denim "
            "fabric and solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "long-sleeve maroon jacket with pure color patterns"),
        Q.material("cotton fabric", "unsupported"),
        neckline("stand"),
        Q.garment_type("puffer jacket"),
        Q.color("maroon"),
        closure("zip"),
        title="Fort Collins Men Maroon Solid Padded Puffer Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard crew-neck sweatshirt with ribbed cuffs and hem, blue jeans, white backdrop, front view;
    # caption by the first-epoch caption adapter (cut), spans by mdeberta, closed by the reference engine
    case(
        "X878-006",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The man wears a long pants. The pants are with denim fabric and blue "
            "color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        details("sweatshirt", "round neckline"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("yellow"),
        title="Mast & Harbour Men Mustard Yellow Solid Pullover Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive padded jacket with a hood, open over a white crew tee, black joggers, white backdrop;
    # caption by the first-epoch caption adapter (describes the tee first, then loops), spans by mdeberta
    case(
        "X878-007",
        caption(
            "The gentleman is wearing a short-sleeve white T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. It has a round neckline. The gentleman wears a long-sleeve jacket. The jacket is with "
            "cotton fabric. The jacket is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve white T-shirt"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.material("cotton fabric", "unsupported"),
        Q.garment_type("jacket"),
        hooded("yes"),
        Q.color("olive"),
        title="Wildcraft Men Olive Solid Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: red V-neck sweater with thin white horizontal stripes across the chest, grey trousers, white backdrop;
    # caption by the first-epoch caption adapter (the limit fell on a sentence end), spans by mdeberta
    case(
        "X878-008",
        caption(
            "The gentleman is wearing a long-sleeve sweater with striped patterns. The sweater is with knitting "
            "fabric. It has a v-shape neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        describe("sweater", "long-sleeve sweater with striped patterns"),
        color_of("sweater", "striped", "non_answer", kind="open"),
        neckline("v-shape"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        Q.garment_type("sweater"),
        title="Monte Carlo Men Red Striped Pullover",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: black hoodie with a large white-and-red skull print on the chest, blue jeans, white backdrop;
    # caption by the first-epoch caption adapter ("The lady", cut), spans by mdeberta, closed by the reference engine
    case(
        "X878-009",
        caption(
            "The lady is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The lady wears a long pants. The pants are with denim fabric and blue color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        details("hoodie", "graphic patterns"),
        color_of("hoodie", "blue", "other_garment_color", kind="open"),
        Q.material("cotton fabric"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        is_a("hoodie", "yes"),
        title="Kook N Keech Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: off-white waffle-textured crew sweater, navy chinos, brown boots, white backdrop (low contrast);
    # caption by the first-epoch caption adapter (loops on the pants), spans by mdeberta
    case(
        "X878-010",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are navy. The pants are "
            "navy. The pants are navy. The pants are",
            "loop",
            hit_limit=True,
        ),
        describe("sweater", "long-sleeve sweater with pure color patterns"),
        color_of("sweater", "navy", "other_garment_color", kind="open"),
        details("sweater", "The pants are navy. The pants are navy. The pants are navy", "loop"),
        Q.material("knitting fabric"),
        neckline("round"),
        Q.garment_type("sweater"),
        Q.color("white"),
        title="Jack & Jones Men Off White Textured Sweater",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: colorblocked hoodie, teal body, white chest panel, grey sleeves, black joggers, white backdrop;
    # caption by the first-epoch caption adapter (invents a Question/Answer), spans by mdeberta
    case(
        "X878-011",
        caption(
            "The gentleman is wearing a long-sleeve sweater with color block patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The pants are with cotton fabric. Question: What is the color of the "
            "hoodie? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        describe("hoodie", "long-sleeve sweater with color block patterns", "contradiction"),
        details("hoodie", "Answer: grey", "leak"),
        color_of("hoodie", "grey", "contradiction", kind="open"),
        Q.pattern("color block"),
        Q.garment_type("hoodie"),
        is_a("sweatshirt", "yes"),
        title="Campus Sutra Men Teal Blue Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: chocolate-brown V-neck sweater over a light-blue checked shirt (collar and cuffs out), beige trousers;
    # caption by the first-epoch caption adapter (starts with the shirt, cut), spans by mdeberta
    case(
        "X878-012",
        caption(
            "The gentleman is wearing a long-sleeve blue shirt with lattice patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long-sleeve sweater. The sweater is with "
            "knitting fabric and pure color patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blue shirt with lattice patterns"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        describe("sweater", "long-sleeve blue shirt with lattice patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("brown"),
        Q.pattern("solid"),
        title="Duke Men Brown Solid Pullover",
        category="Sweaters",
        color="Brown",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket, button front, chest flap pockets, open over a black crew tee, black
    # jeans, no watch or jewellery; caption by the first-epoch caption adapter, spans by mdeberta
    case(
        "X878-013",
        caption(
            "The gentleman is wearing a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. The gentleman wears a short-sleeve black T-shirt. The pants are with denim fabric and solid "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve denim jacket with pure color patterns"),
        details("jacket", "There is an accessory on his wrist", "unsupported"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.material("denim fabric"),
        closure("buttons"),
        Q.color("blue"),
        Q.garment_type("denim jacket"),
        title="Levis Men Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black hooded windbreaker with a white chevron panel across the chest, zipped, grey track pants;
    # caption by the first-epoch caption adapter (loops), spans by mdeberta, closed by the reference engine
    case(
        "X878-014",
        caption(
            "The gentleman is wearing a long-sleeve jacket with color block patterns. The jacket is with chiffon "
            "fabric. It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric. "
            "The pants are with cotton fabric. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon fabric", "unsupported"),
        color_of("jacket", "", "non_answer", kind="open"),
        details("jacket", "The pants are with cotton fabric. The pants are with cotton fabric. The pants", "loop"),
        Q.pattern("color block"),
        Q.color("black"),
        hooded("yes"),
        Q.garment_type("jacket"),
        title="Nike Men Black Windrunner Hooded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal zip-up hoodie worn open over a white tee with black text print, blue jeans, white backdrop;
    # caption by the first-epoch caption adapter (tee first, cut), spans by mdeberta, closed by the reference engine
    case(
        "X878-015",
        caption(
            "The gentleman is wearing a short-sleeve white T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long-sleeve sweater. The sweater is with cotton "
            "fabric. It has a hooded neckline. The sweater is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve white T-shirt with graphic patterns"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        details("hoodie", "hooded neckline"),
        Q.pattern("graphic", "contradiction"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        closure("zip"),
        title="Roadster Men Charcoal Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige bomber with black-tipped ribbed collar, cuffs and hem, open over a black tee, olive cargo pants;
    # caption by the first-epoch caption adapter (invents a Question/Answer), spans by mdeberta
    case(
        "X878-016",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The pants are with cotton fabric and green color patterns. Question: What is the "
            "color of the jacket? Answer: green",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "green", "other_garment_color", kind="open"),
        describe("jacket", "jacket", "restated"),
        neckline("stand"),
        Q.garment_type("bomber jacket"),
        Q.color("khaki"),
        closure("zip"),
        title="Highlander Men Beige Solid Bomber Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: grey crew sweater with black horizontal stripes, black jeans, white backdrop, front view;
    # caption by the first-epoch caption adapter (cut), spans by mdeberta, closed by the reference engine
    case(
        "X878-017",
        caption(
            "The gentleman is wearing a long-sleeve sweater with striped patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "black color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        Q.material("knitting fabric"),
        Q.pattern("striped"),
        Q.color("black", "contradiction"),
        Q.garment_type("sweater"),
        title="Mufti Men Grey & Black Striped Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: navy hoodie with three white stripes down each sleeve, white drawcords, black track pants with white
    # side stripes, white backdrop; caption by the first-epoch caption adapter (loops), spans by mdeberta
    case(
        "X878-018",
        caption(
            "The gentleman is wearing a long-sleeve sweater with striped patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The pants are with cotton fabric and black color patterns. The pants "
            "are black. The pants are black. The pants are",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "striped patterns"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.material("cotton fabric"),
        Q.pattern("solid"),
        Q.color("navy blue"),
        is_a("sweatshirt", "yes"),
        Q.sleeve_length("long"),
        title="ADIDAS Men Navy Blue ESS Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black glossy quilted puffer with a hood, zipped, mid-blue jeans, white sneakers, white backdrop;
    # caption by the first-epoch caption adapter (question-answer run-on), spans by mdeberta
    case(
        "X878-019",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. Question: What is the color of "
            "the jacket? Answer: black Question: What is the color of the jeans? Answer: black Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        details("jacket", "Answer: black Question: What is the color of the jeans? Answer: black", "leak"),
        Q.material("", "non_answer"),
        Q.garment_type("puffer jacket"),
        hooded("yes"),
        title="Fort Collins Men Black Solid Quilted Puffer Jacket with Detachable Hood",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon self-design crew sweater over a white shirt collar, grey trousers, hands in pockets, no rings;
    # caption by the first-epoch caption adapter (stopped at a sentence end), spans by mdeberta
    case(
        "X878-020",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. There is "
            "a ring on his finger.",
            "unsupported",
            hit_limit=True,
        ),
        describe("sweater", "long-sleeve sweater with pure color patterns"),
        color_of("sweater", "pure color", "non_answer", kind="open"),
        details("sweater", "There is a ring on his finger", "unsupported"),
        Q.material("knitting fabric"),
        Q.garment_type("cardigan", "contradiction"),
        Q.color("red"),
        title="Louis Philippe Sport Men Maroon Self-Design Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal crew sweatshirt with a small red embroidered logo, blue jeans rolled at the ankle; the
    # sweatshirt is clearly lighter than black; caption by the first-epoch caption adapter ("The lady", loops)
    case(
        "X878-021",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long pants. The lady wears a long pants. The lady "
            "wears a long pants. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns", who="he"),
        details("sweatshirt", "The lady wears a long pants. The lady wears a long pants", "loop"),
        Q.color("black", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid"),
        title="Flying Machine Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: rust-orange crew sweater (the seller says Brown), dark-blue jeans, white backdrop, front view;
    # caption by the first-epoch caption adapter (cut), spans by mdeberta, closed by the reference engine
    case(
        "X878-022",
        caption(
            "The gentleman is wearing a long-sleeve orange sweater with pure color patterns. The sweater is with "
            "knitting fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim "
            "fabric and solid color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve orange sweater"),
        color_of("sweater", "orange", kind="open"),
        Q.material("knitting fabric"),
        Q.garment_type("sweater"),
        Q.color("orange"),
        Q.sleeve_length("long"),
        title="Okane Men Rust Solid Pullover",
        category="Sweaters",
        color="Brown",
        gender="Men",
    ),
    # photo: navy crew sweatshirt with a big white "BROOKLYN 87" varsity print, beige chinos, white backdrop;
    # caption by the first-epoch caption adapter (loops), spans by mdeberta, closed by the reference engine
    case(
        "X878-023",
        caption(
            "The gentleman is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are long. The pants are "
            "long. The pants are long. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns", who="he"),
        describe("sweatshirt", "sweatshirt", "restated"),
        details("sweatshirt", "graphic patterns"),
        color_of("sweatshirt", "", "non_answer", kind="open"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        title="Here&Now Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket, asymmetric zip, open over a white tee, black jeans, white backdrop;
    # caption by the first-epoch caption adapter (cut), spans by mdeberta, closed by the reference engine
    case(
        "X878-024",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather "
            "fabric. It has a lapel neckline. The gentleman wears a short-sleeve T-shirt. The T-shirt is with "
            "cotton fabric and white color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather fabric"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        neckline("lapel"),
        closure("zip"),
        Q.color("black"),
        Q.garment_type("jacket"),
        title="Pepe Jeans Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange button cardigan, open over a navy polo shirt, white chinos, white backdrop, front view;
    # caption by the first-epoch caption adapter (loops), spans by mdeberta, closed by the reference engine
    case(
        "X878-025",
        caption(
            "The gentleman is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a v-shape neckline. The gentleman wears a short-sleeve navy polo shirt. The polo shirt "
            "is navy. The polo shirt is navy. The polo",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve cardigan with pure color patterns"),
        color_of("cardigan", "navy", "other_garment_color", kind="open"),
        details("cardigan", "v-shape neckline"),
        Q.garment_type("cardigan"),
        Q.color("navy blue", "contradiction"),
        closure("buttons"),
        title="Blackberrys Men Grey Melange Solid Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive sleeveless quilted padded jacket over a grey melange hoodie (hood out), black jeans, white
    # backdrop; caption by the first-epoch caption adapter (hoodie first, cut), spans by mdeberta
    case(
        "X878-026",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The gentleman wears a vest. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long", "cut"),
        details("vest", "stand neckline"),
        Q.material("cotton fabric", "unsupported"),
        Q.garment_type("vest"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("grey", "contradiction"),
        hooded("yes", "contradiction"),
        title="Jack & Jones Men Olive Green Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt, black jeans, white sneakers, bare wrists, white backdrop, front view;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-027",
        caption("a man wearing a grey sweatshirt and black jeans with a watch on his wrist", "unsupported"),
        wearing("a grey sweatshirt and black jeans"),
        describe("sweatshirt", "a watch on his wrist", "unsupported"),
        color_of("sweatshirt", "grey", kind="open"),
        details("sweatshirt", "grey", "non_answer"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        title="Roadster Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red padded jacket with a black cat logo on the chest, zipped, black track pants, white backdrop;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-028",
        caption("a man wearing a red jacket and black pants with a puma logo on the chest"),
        wearing("a red jacket and black pants"),
        color_of("jacket", "red", kind="open"),
        details("jacket", "a puma logo on the chest"),
        Q.material("", "non_answer"),
        Q.garment_type("puffer jacket"),
        Q.color("black", "contradiction"),
        title="Puma Men Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: dark grey fleece hoodie with a white swoosh, black joggers (visibly darker than the hoodie), male model
    # with shoulder-length hair; caption by the untuned base model, spans by mdeberta
    case(
        "X878-029",
        caption("a woman wearing a black hoodie and black pants", "pronoun"),
        wearing("a black hoodie and black pants", "contradiction"),
        color_of("hoodie", "black", "contradiction", kind="open"),
        Q.color("grey"),
        Q.garment_type("hoodie"),
        is_a("hoodie", "yes"),
        title="Nike Men Charcoal Grey Club Fleece Hoodie",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy cable-knit crew sweater, white shirt collar showing, khaki chinos, white backdrop, front view;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-030",
        caption("a man wearing a blue sweater and khaki pants"),
        color_of("sweater", "blue", kind="open"),
        describe("sweater", "a blue sweater"),
        details("sweater", "khaki pants", "contradiction"),
        Q.material("khaki", "unsupported"),
        Q.pattern("solid"),
        Q.garment_type("sweater"),
        title="U.S. Polo Assn. Men Navy Blue Cable Knit Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy hooded rain jacket, zipped, grey trousers, white backdrop, front view;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-031",
        caption("a man in a blue rain jacket with a hood and gray pants"),
        wearing("a blue rain jacket with a hood and gray pants"),
        color_of("jacket", "gray", "other_garment_color", kind="open"),
        details("jacket", "with a hood"),
        Q.material("rain jacket", "non_answer"),
        Q.garment_type("jacket"),
        hooded("yes"),
        Q.sleeve_length("short", "contradiction"),
        title="Wildcraft Men Navy Blue Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: camel-brown quilted jacket, open over a white crew tee, blue jeans, white backdrop, front view;
    # caption by the untuned base model (gives the jacket the tee's white), spans by mdeberta
    case(
        "X878-032",
        caption("a man wearing a white jacket and blue jeans", "other_garment_color"),
        wearing("a white jacket and blue jeans", "other_garment_color"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "a white jacket", "other_garment_color"),
        Q.color("brown"),
        Q.garment_type("jacket"),
        closure("zip"),
        title="Monte Carlo Men Camel Brown Solid Padded Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: black pullover hoodie with white drawcords, black joggers, white shoes, white backdrop, front view;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-033",
        caption("a man wearing a black hoodie and black pants"),
        wearing("a black hoodie and black pants"),
        color_of("hoodie", "black", kind="open"),
        details("hoodie", "hoodie", "restated"),
        Q.material("", "non_answer"),
        Q.garment_type("hoodie"),
        is_a("sweatshirt", "no", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew sweater with a red-and-white stripe band across the chest, no visible logo, light-blue shirt
    # collar, beige chinos; caption by the untuned base model (adds a logo), spans by mdeberta
    case(
        "X878-034",
        caption("a man wearing a navy sweater with red and white stripes and a tommy hilfiger logo", "unsupported"),
        wearing("a navy sweater with red and white stripes"),
        color_of("sweater", "navy", kind="open"),
        details("sweater", "red and white stripes and a tommy hilfiger logo", "unsupported"),
        Q.pattern("striped"),
        Q.color("red", "contradiction"),
        Q.garment_type("sweater"),
        title="Tommy Hilfiger Men Navy Blue Chest Stripe Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard pullover hoodie, black jeans, male model with long hair tied back, white backdrop;
    # caption by the untuned base model ("a woman"), spans by mdeberta, closed by the reference engine
    case(
        "X878-035",
        caption("a woman wearing a yellow hoodie and black jeans", "pronoun"),
        wearing("a yellow hoodie and black jeans"),
        color_of("hoodie", "yellow", kind="open"),
        details("hoodie", "a woman wearing a yellow hoodie", "pronoun"),
        Q.color("mustard"),
        Q.garment_type("hoodie"),
        is_a("jacket", "yes", "contradiction"),
        title="Roadster Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive puffer with a faux-fur-trimmed hood, zipped, black trousers, no bag, white backdrop;
    # caption by the untuned base model (adds a backpack), spans by mdeberta, closed by the reference engine
    case(
        "X878-036",
        caption("a man wearing a green jacket with a fur hood and a backpack and black pants", "unsupported"),
        describe("jacket", "a green jacket with a fur hood"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details("jacket", "a backpack", "unsupported"),
        Q.material("fur", "unsupported"),
        Q.color("olive"),
        hooded("yes"),
        Q.garment_type("puffer jacket"),
        title="Woodland Men Olive Solid Padded Jacket with Faux Fur Hood",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey V-neck sweater over a white collared shirt, navy trousers, white backdrop, front view;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-037",
        caption("a man wearing a white shirt and grey sweater"),
        wearing("a white shirt and grey sweater"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        describe("sweater", "grey sweater"),
        Q.garment_type("sweater"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long"),
        title="Allen Solly Men Grey Solid V-Neck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: black nylon bomber, orange inner lining showing at the open front, grey tee, black jeans, white
    # backdrop; caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-038",
        caption("a man in a black bomber jacket with an orange lining"),
        wearing("a black bomber jacket with an orange lining"),
        color_of("jacket", "orange", "contradiction", kind="open"),
        describe("jacket", "black bomber jacket"),
        details("jacket", "an orange lining"),
        Q.garment_type("bomber jacket"),
        Q.color("black"),
        Q.sleeve_length("long"),
        is_a("jacket", "yes"),
        title="Jack & Jones Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: burgundy textured pullover, blue jeans, male model with long hair and hands in pockets, white
    # backdrop; caption by the untuned base model ("a woman"), spans by mdeberta
    case(
        "X878-039",
        caption("a woman wearing a red sweater and blue jeans with her hands in her pockets", "pronoun"),
        wearing("a red sweater and blue jeans"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        details("sweater", "her hands in her pockets", "pronoun"),
        Q.color("maroon"),
        Q.pattern("solid"),
        title="Mast & Harbour Men Burgundy Textured Pullover",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: off-white sherpa fleece zip jacket with a stand collar and no hood, zipped, black joggers, white
    # backdrop; caption by the untuned base model (adds a hood), spans by mdeberta
    case(
        "X878-040",
        caption("a man wearing a white fleece jacket with a hood and black pants", "unsupported"),
        describe("jacket", "a white fleece jacket with a hood", "unsupported"),
        color_of("jacket", "white", kind="open"),
        Q.material("fleece"),
        hooded("no"),
        Q.color("black", "contradiction"),
        Q.garment_type("jacket"),
        title="Puma Men Off-White Sherpa Fleece Jacket",
        category="Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt with a red batwing logo print on the chest, blue jeans, white backdrop;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-041",
        caption("a man wearing a grey sweatshirt with a red logo on it"),
        wearing("a grey sweatshirt with a red logo on it"),
        color_of("sweatshirt", "red", "contradiction", kind="open"),
        describe("sweatshirt", "sweatshirt", "restated"),
        details("sweatshirt", "a red logo"),
        Q.pattern("printed"),
        Q.color("grey"),
        title="Levis Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy hooded puffer, zipped, grey joggers, bearded male model with long hair in a bun, white backdrop;
    # caption by the untuned base model ("a woman"), spans by mdeberta, closed by the reference engine
    case(
        "X878-042",
        caption("a woman in a blue puffer jacket with a hood", "pronoun"),
        wearing("a blue puffer jacket with a hood"),
        describe("jacket", "jacket", "restated"),
        color_of("jacket", "blue", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("puffer jacket"),
        hooded("yes"),
        title="Fort Collins Men Navy Blue Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: tan faux-suede trucker jacket, button front, open over a black tee, blue jeans, no jewellery, white
    # backdrop; caption by the untuned base model (adds a necklace), spans by mdeberta
    case(
        "X878-043",
        caption("a man wearing a brown jacket and a black shirt with a gold chain necklace", "unsupported"),
        wearing("a brown jacket and a black shirt"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details("jacket", "a gold chain necklace", "unsupported"),
        Q.color("brown"),
        Q.garment_type("jacket"),
        closure("buttons"),
        title="Bene Kleed Men Tan Brown Solid Faux Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: cream cable-knit crew sweater, dark navy chinos, brown loafers, plain light-grey backdrop;
    # caption by the untuned base model, spans by mdeberta, closed by the reference engine
    case(
        "X878-044",
        caption("a man wearing a white sweater and blue pants standing in front of a gray wall"),
        wearing("a white sweater and blue pants"),
        color_of("sweater", "gray", "contradiction", kind="open"),
        details("sweater", "sweater", "restated"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.garment_type("sweater"),
        title="Marks & Spencer Men Cream Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: bottle-green crew sweatshirt with a white "HARVARD" varsity print, black jeans, nothing under it,
    # white backdrop; caption by the untuned base model (adds a shirt underneath), spans by mdeberta
    case(
        "X878-045",
        caption(
            "a man wearing a green sweatshirt with the word harvard on it and a white shirt underneath", "unsupported"
        ),
        wearing("a green sweatshirt with the word harvard on it"),
        color_of("sweatshirt", "green", kind="open"),
        details("sweatshirt", "a white shirt underneath", "unsupported"),
        describe(
            "sweatshirt",
            "a green sweatshirt with the word harvard on it and a white shirt underneath",
            "unsupported",
        ),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        Q.garment_type("sweatshirt"),
        title="Harvard Men Green Printed Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: dark coffee-brown hooded puffer, zipped, blue jeans, white backdrop; the brown is plain next to the
    # jeans; caption by the untuned base model (calls it black), spans by mdeberta
    case(
        "X878-046",
        caption("a man wearing a black jacket and blue jeans", "contradiction"),
        wearing("a black jacket and blue jeans", "contradiction"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        details("jacket", "jacket", "restated"),
        Q.color("brown"),
        Q.garment_type("puffer jacket"),
        hooded("yes"),
        title="Red Tape Men Coffee Brown Solid Hooded Puffer Jacket",
        category="Jackets",
        gender="Men",
    ),
]
