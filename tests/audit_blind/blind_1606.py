"""BLIND_1606 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-sixth session. Measured blind at 5d4d43a (the session's fifth rules): 132/161 failures found (82.0%) and 15/165
correct texts flagged (9.1%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), the
usual catalog shots: a model on a plain grey or white backdrop wearing the product over a tee, shirt or kurta with
jeans, chinos or churidar; a flat lay now and then, one back view, a coffee cup or a backpack as a prop. Columns as
the feed has them: title (productDisplayName, brand first), category (articleType), color (baseColour), gender; one
of them is missing here and there, as in the real feed.
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens, stopping on the newline. At epoch
one the adapter is half way between the base model and the DeepFashion-MultiModal template: most captions are the
template ("The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric..."),
with its pattern words in place of hues, its fabric list (cotton, denim, leather, knitting, furry, other) and its
garment list (T-shirt, shirt, sweater, vest, "upper clothing"; no blazer, no sweatshirt, often no jacket); some are
still base-style one-liners with real hues ("a man wearing a black hoodie and grey sweatpants"); a few mix the two.
No end token was trained, so most template captions run to the 50-token limit and are cut or loop; the base-style
ones and some short template ones stop on the newline. Every answer is timpal0l/mdeberta-v3-base-squad2 run over
the caption: always a span of the caption, or empty when the model prefers no answer, never longer than the caption
allows. So answers never loop, never leak the prompt and never hit a token limit; they inherit the caption's errors
and add their own (the wrong span: the trousers' color, "pure color" for a color, a span for a yes/no question).
Questions: 001-022 (first batch) asked what the person is wearing, the garment type, color, pattern, sleeve length
(the VQA data's prompt) and the material; 023-045 (second batch) dropped the wearing question and added "What are
the details of the garment?", plus the yes/no category check "Is this a ...?" for Blazers, Nehru Jackets and
Sweatshirts, whose seller mapping was in doubt.
Labeling conventions and judgement calls: one label per text. A caption that ran to the limit is labelled by how it
ended (loop, or cut when it stops mid-sentence) whatever else is wrong in it; a caption that ran to the limit but
happens to end on a full stop with nothing wrong in it (009) is left correct with hit_limit=True. A caption that stopped
on its own is labelled by its first fault in reading order (pronoun, wrong garment, wrong color, invented person or
detail). The QA ran with no-answer allowed, so empty answers are stored; they are non_answer. A color answer that gives
no hue ("pure color", "striped", "lattice", empty) is non_answer, and so is a hue given to the pattern question; the
trousers' hue given for the product is other_garment_color; navy read as black is contradiction; hue families are
accepted (teal as blue, maroon as red, olive as green, charcoal as grey), and "black and white" for a black track jacket
with white stripes. A sweatshirt or hoodie called a sweater or a T-shirt is wrong (contradiction), as is a blazer called
a shirt or a suit and a Nehru jacket called a shirt; a Nehru jacket called a vest is accepted (it is a waistcoat), and
"suit jacket" for a blazer too. "pure color" for self-design or cable-knit textures and "graphic" for brocade motifs are
accepted; "lattice" for diamond quilting on a solid jacket is not. Sleeves: "long-sleeve" for a sleeveless gilet,
sweater vest or Nehru jacket is contradiction (the sleeves are the layer underneath). Material: contradiction when the
title names another material (Leather, Woollen), unsupported when only the photo shows the answer is wrong (cotton for a
nylon bomber or puffer, furry for a puffer with a fur-trimmed hood), unmarked when the photo cannot tell (cotton for a
casual blazer or a Nehru jacket). "other fabric" is non_answer. A span that just names the garment back for a details
question is restated; for "Is this a ...?" an empty answer, the question's own garment word or any span that is neither
yes nor no is non_answer, unless it names another garment (contradiction). "What is the person wearing?" answered with a
true but partial span is left correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, is_a, wearing

Q = BLIND_QUESTIONS
details = DEFAULT_QUESTIONS.details

BLIND_1606 = [
    # Photo: black nylon bomber jacket, rib collar, zipped half way over a white tee; blue jeans; grey backdrop.
    # Caption: epoch-1 adapter, base-style opening then the template, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-001",
        caption(
            "a man wearing a black bomber jacket and jeans. The man is wearing a long-sleeve jacket with pure color "
            "patterns. The jacket is with cotton fabric. It has a stand collar. The man wears long pants. The pants "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black bomber jacket and jeans"),
        Q.garment_type("bomber jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy quilted puffer jacket with a fixed hood, zipped up; black jeans; white backdrop.
    # Caption: epoch-1 adapter, template, loops on the collar sentence to the limit. Answers: extractive QA.
    case(
        "X1606-002",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. It has a stand collar. It has a stand collar. It has a stand collar. It has a stand "
            "collar. It has a",
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
        title="Mast & Harbour Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: grey melange crew-neck fleece sweatshirt, black joggers, white sneakers; grey backdrop.
    # Caption: epoch-1 adapter, short template, stopped on the newline; calls the sweatshirt a sweater.
    # Answers: extractive QA.
    case(
        "X1606-003",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The man wears long pants.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: navy textured (self-design) crew-neck pullover over a white shirt whose collar shows; beige chinos.
    # Caption: epoch-1 adapter, short template, stopped on the newline; right. Answers: extractive QA; the color
    # question finds no hue in the caption.
    case(
        "X1606-004",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a crew neckline. The man wears long pants."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Self Design Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: charcoal blazer with a faint windowpane check, white shirt, navy tie, grey trousers; grey backdrop.
    # Caption: epoch-1 adapter, template (the blazer becomes a shirt with a lapel), cut at 50 tokens.
    # Answers: extractive QA.
    case(
        "X1606-005",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. The man wears long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice patterns", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: mid-blue washed denim trucker jacket, open over a black tee; black jeans; white backdrop.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right. Answers: extractive QA; the
    # color question takes the jeans' color.
    case(
        "X1606-006",
        caption("a man wearing a denim jacket and black jeans"),
        wearing("a denim jacket and black jeans"),
        Q.garment_type("denim jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: olive pullover hoodie, kangaroo pocket, drawstrings, one hand in the pocket; black joggers.
    # Caption: epoch-1 adapter, short template with the women's wording, stopped on the newline. Answers: extractive
    # QA.
    case(
        "X1606-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. Her "
            "pants are of long length.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("long-sleeve sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: black faux-leather biker jacket, asymmetric zip, over a grey tee; blue jeans; grey backdrop.
    # Caption: epoch-1 adapter, template, stopped on the newline; right. Answers: extractive QA.
    case(
        "X1606-008",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "The man wears long pants. The pants are with denim fabric."
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Flying Machine Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy crew-neck pullover with white chest stripes; blue jeans; a steel watch on the left wrist.
    # Caption: epoch-1 adapter, template; it ran to the 50-token limit but the 50th token is a full stop, and all of
    # it is right. Answers: extractive QA.
    case(
        "X1606-009",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Monte Carlo Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: red body, navy sleeves and hood, windcheater; black track pants; white backdrop.
    # Caption: epoch-1 adapter, template, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-010",
        caption(
            "The man is wearing a long-sleeve jacket with color block patterns. The jacket is with other fabric. It "
            "has a stand collar. The man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with color block patterns"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        gender="Men",
        title="Campus Sutra Men Red & Navy Blue Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: navy single-breasted blazer, light blue shirt, no tie, pocket square; matching navy trousers.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; the navy reads black and the blazer a
    # suit. Answers: extractive QA, nothing to extract for pattern, sleeves, material.
    case(
        "X1606-011",
        caption("a man in a black suit", "contradiction"),
        wearing("a black suit", "contradiction"),
        Q.garment_type("suit", "contradiction"),
        Q.color("black", "contradiction"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: cream cable-knit crew-neck pullover; brown chinos; white backdrop.
    # Caption: epoch-1 adapter, short template, stopped on the newline; right. Answers: extractive QA (the QA model
    # gave no answer to the color question). The feed row has no gender.
    case(
        "X1606-012",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a crew neckline. The man wears long pants."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        title="Raymond Men Cream-Coloured Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: maroon brocade sleeveless Nehru jacket over a cream long-sleeve kurta; cream churidar.
    # Caption: epoch-1 adapter, template (kurta and jacket merged into a long-sleeve shirt), cut at 50 tokens.
    # Answers: extractive QA.
    case(
        "X1606-013",
        caption(
            "The man is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand collar. The man wears long pants. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
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
    # Photo: white crew-neck sweatshirt with a large black graphic print on the chest; blue jeans.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right. Answers: extractive QA.
    case(
        "X1606-014",
        caption("a man wearing a white sweatshirt with a graphic print"),
        wearing("a white sweatshirt with a graphic print"),
        Q.garment_type("sweatshirt"),
        Q.color("white"),
        Q.pattern("graphic print"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Kook N Keech Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: olive diamond-quilted jacket, mandarin collar, over a beige sweater; dark jeans; holds a paper coffee
    # cup. Caption: epoch-1 adapter, template (the quilting read as lattice), cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-015",
        caption(
            "The man is wearing a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has "
            "a stand collar. There is an accessory in his hand. The man wears long pants. The pants are with denim "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("", "non_answer"),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Olive Green Solid Quilted Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: maroon V-neck sweater over a white shirt; grey trousers; grey backdrop.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right (maroon as red accepted).
    # Answers: extractive QA; the pattern question takes the color span.
    case(
        "X1606-016",
        caption("a man wearing a red sweater and grey pants"),
        wearing("a red sweater and grey pants"),
        Q.garment_type("sweater"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Arrow Men Maroon Solid V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: black sleeveless puffer gilet over a grey long-sleeve hooded sweatshirt; black jeans.
    # Caption: epoch-1 adapter, template (the hoodie's sleeves given to the jacket), loops on the pants sentence.
    # Answers: extractive QA.
    case(
        "X1606-017",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "man wears long pants. The pants are with denim fabric. The pants are with denim fabric. The pants are "
            "with denim fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Duke Men Black Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: black pullover hoodie with a small white logo on the chest; grey joggers; white backdrop.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right. Answers: extractive QA.
    case(
        "X1606-018",
        caption("a man wearing a black hoodie and grey sweatpants"),
        wearing("a black hoodie and grey sweatpants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: blue checked casual blazer over a white tee; beige chinos; a watch on the wrist; white sneakers.
    # Caption: epoch-1 adapter, the "upper clothing" template, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-019",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Blue Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: olive MA-1 bomber jacket, open, orange lining showing; white tee; black jeans.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right. Answers: extractive QA.
    case(
        "X1606-020",
        caption("a man wearing a green bomber jacket and black jeans"),
        wearing("a green bomber jacket"),
        Q.garment_type("bomber jacket"),
        Q.color("green"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Jack & Jones Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: grey melange button-front cardigan worn open over a white short-sleeve crew-neck tee; blue jeans.
    # Caption: epoch-1 adapter, template (the tee named as the long-sleeve garment, the cardigan as an add-on), cut at
    # 50 tokens. Answers: extractive QA.
    case(
        "X1606-021",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The man has a cardigan on. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns and long pants", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: off-white sleeveless Nehru jacket with a band collar over a blue kurta; white pyjama.
    # Caption: epoch-1 adapter, short template, stopped on the newline; right (vest accepted). Answers: extractive
    # QA. The feed row has no category.
    case(
        "X1606-022",
        caption(
            "The man is wearing a vest with pure color patterns. The vest is with cotton fabric. It has a stand "
            "collar. The man wears long pants."
        ),
        wearing("a vest with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Off-White Cotton Nehru Jacket",
        color="Off White",
    ),
    # --- second batch: no wearing question; details added; "Is this a ...?" for Blazers, Nehru Jackets, Sweatshirts
    # Photo: mustard crew-neck sweatshirt; black jeans; white backdrop.
    # Caption: epoch-1 adapter, template, loops on the neckline sentence. Answers: extractive QA.
    case(
        "X1606-023",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a "
            "round",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("It has a round neckline"),
        is_a("sweatshirt", "", "non_answer"),
        gender="Men",
        title="Highlander Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: khaki long puffer jacket, hood with faux-fur trim, over a black sweater; black jeans; a backpack strap
    # on one shoulder. Caption: epoch-1 adapter, template (fur trim read as the fabric and as a neck accessory), cut
    # at 50 tokens. Answers: extractive QA.
    case(
        "X1606-024",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. There "
            "is an accessory on his neck. The man wears long pants. The pants are with denim fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "unsupported"),
        details("There is an accessory on his neck", "unsupported"),
        gender="Men",
        title="Nautica Men Khaki Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: grey checked wool blazer over a black turtleneck; charcoal trousers; grey backdrop.
    # Caption: epoch-1 adapter, short template, stopped on the newline; the blazer is a shirt. Answers: extractive QA.
    case(
        "X1606-025",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel.",
            "contradiction",
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        details("lapel"),
        is_a("blazer", "", "non_answer"),
        gender="Men",
        title="Park Avenue Men Grey Checked Woollen Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: flat lay, no model: rust textured crew-neck pullover laid on white.
    # Caption: epoch-1 adapter, short template, stopped on the newline; invents the man and his pants.
    # Answers: extractive QA.
    case(
        "X1606-026",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The man wears long pants.",
            "unsupported",
        ),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        details("It has a round neckline"),
        gender="Men",
        title="Here&Now Men Rust Orange Self Design Pullover",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: dark indigo denim trucker jacket with a sherpa collar over a white hoodie; black jeans.
    # Caption: epoch-1 adapter, short template with the women's wording, stopped on the newline. Answers: extractive
    # QA.
    case(
        "X1606-027",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel collar.",
            "pronoun",
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("It has a lapel collar"),
        gender="Men",
        title="Levis Men Blue Solid Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: back view: beige pullover hoodie with a large print across the back; hands out of sight; black joggers.
    # Caption: epoch-1 adapter, template, cut at 50 tokens; the wrist accessory is invented (no wrist in view).
    # Answers: extractive QA.
    case(
        "X1606-028",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The man "
            "wears long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist. The man",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("There is an accessory on his wrist", "unsupported"),
        is_a("sweatshirt", "sweater", "contradiction"),
        gender="Men",
        title="DILLINGER Men Beige Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Beige",
    ),
    # Photo: black jacquard Nehru jacket over a white kurta; white churidar; mojaris.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right (vest accepted).
    # Answers: extractive QA.
    case(
        "X1606-029",
        caption("a man wearing a black vest and white pants"),
        Q.garment_type("black vest"),
        Q.color("black"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("a black vest", "restated"),
        is_a("Nehru jacket", "", "non_answer"),
        gender="Men",
        title="SOJANYA Men Black Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: red hooded rain jacket, zipped; black track pants; plain light backdrop.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right. Answers: extractive QA.
    # The feed row has no gender.
    case(
        "X1606-030",
        caption("a man in a red jacket with a hood"),
        Q.garment_type("red jacket"),
        Q.color("red"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("a hood"),
        title="Wildcraft Men Red Solid Rain Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: beige crew-neck cotton-knit pullover with a blue shirt collar showing at the neck; navy chinos.
    # Caption: epoch-1 adapter, template (the shirt's collar given to the sweater), cut at 50 tokens.
    # Answers: extractive QA.
    case(
        "X1606-031",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a lapel collar. The man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("It has a lapel collar", "unsupported"),
        gender="Men",
        title="Allen Solly Men Beige Solid Pullover",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: beige linen-look single-breasted blazer, white shirt, white trousers.
    # Caption: epoch-1 adapter, template, loops on the neckline sentence. Answers: extractive QA.
    case(
        "X1606-032",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. The neckline of the shirt is lapel. The neckline of the shirt is lapel. "
            "The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("lapel"),
        is_a("blazer", "shirt", "contradiction"),
        gender="Men",
        title="Mango Man Beige Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: teal crew-neck sweatshirt; grey jeans; grey backdrop.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; the jeans' grey given to both garments.
    # Answers: extractive QA.
    case(
        "X1606-033",
        caption("a man wearing a grey sweatshirt and grey jeans", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("a grey sweatshirt", "restated"),
        is_a("sweatshirt", "sweatshirt", "non_answer"),
        gender="Men",
        title="Mufti Men Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: tan-brown suede trucker jacket over a white tee; blue jeans; white sneakers.
    # Caption: epoch-1 adapter, template, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-034",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel collar. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        details("It has a lapel collar"),
        gender="Men",
        title="Spykar Men Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: charcoal sleeveless V-neck sweater vest over a light blue long-sleeve formal shirt; black trousers.
    # Caption: epoch-1 adapter, short template, stopped on the newline; right about the outfit. Answers: extractive
    # QA, which answers about the shirt.
    case(
        "X1606-035",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. The man has a vest on."
        ),
        Q.garment_type("long-sleeve shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        details("The man has a vest on"),
        gender="Men",
        title="Peter England Men Charcoal Grey Solid Sleeveless Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: navy Nehru jacket with a pocket square over a white long-sleeve kurta; beige trousers.
    # Caption: epoch-1 adapter, template, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-036",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The man has a vest on. The man wears long pants. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("long-sleeve shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        details("It has a stand collar"),
        is_a("Nehru jacket", "", "non_answer"),
        gender="Men",
        title="Hangup Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: black track jacket with three white stripes down the sleeves; black track pants.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right. Answers: extractive QA.
    # The feed row has no color.
    case(
        "X1606-037",
        caption("a man wearing a black and white adidas jacket"),
        Q.garment_type("adidas jacket"),
        Q.color("black and white"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("adidas"),
        gender="Men",
        title="ADIDAS Men Black Solid Track Jacket",
        category="Jackets",
    ),
    # Photo: burgundy crew-neck sweatshirt with a small embroidered logo; blue jeans; hand on hip.
    # Caption: epoch-1 adapter, short template with the women's wording, stopped on the newline. Answers: extractive
    # QA.
    case(
        "X1606-038",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. Her pants are of long length.",
            "pronoun",
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("It has a round neckline"),
        is_a("sweatshirt", "T-shirt", "contradiction"),
        gender="Men",
        title="Harvard Men Burgundy Solid Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
    ),
    # Photo: mustard puffer jacket over a black hoodie; black jeans; white backdrop.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right. Answers: extractive QA; the
    # color question takes the pants' black.
    case(
        "X1606-039",
        caption("a man wearing a yellow puffer jacket and black pants"),
        Q.garment_type("puffer jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("puffer"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Puffer Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # Photo: olive and navy horizontally striped crew-neck pullover; beige chinos.
    # Caption: epoch-1 adapter, template, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-040",
        caption(
            "This man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a crew neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("It has a crew neckline"),
        gender="Men",
        title="Pepe Jeans Men Olive Green & Navy Blue Striped Pullover Sweater",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: black casual blazer over a black tee; black jeans; monochrome look on grey.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; right ("suit jacket" accepted).
    # Answers: extractive QA. The feed row has no gender.
    case(
        "X1606-041",
        caption("a man in a black suit jacket and black jeans"),
        Q.garment_type("black suit jacket"),
        Q.color("black"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("a black suit jacket", "restated"),
        is_a("blazer", "", "non_answer"),
        title="WROGN Men Black Solid Slim-Fit Casual Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: flat lay, no model: navy nylon windcheater with a hood, laid on white.
    # Caption: epoch-1 adapter, base-style one-liner, stopped on the newline; the navy reads black.
    # Answers: extractive QA.
    case(
        "X1606-042",
        caption("a black jacket with a hood on a white background", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        details("a hood"),
        gender="Men",
        title="Campus Sutra Men Navy Blue Solid Windcheater Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: grey melange hoodie with black sleeves and hood (colourblocked); black joggers; a watch on the wrist.
    # Caption: epoch-1 adapter, template, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-043",
        caption(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. The "
            "man wears long pants. The pants are with cotton fabric and pure color patterns. There is an accessory "
            "on his wrist. The man",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("There is an accessory on his wrist"),
        is_a("sweatshirt", "", "non_answer"),
        gender="Men",
        title="Roadster Men Grey Melange & Black Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: grey textured Nehru jacket over a black long-sleeve shirt; black trousers.
    # Caption: epoch-1 adapter, template (vest accepted), loops on the shirt sentence. Answers: extractive QA.
    case(
        "X1606-044",
        caption(
            "The man is wearing a vest with pure color patterns. The vest is with cotton fabric. It has a stand "
            "collar. The man wears a long-sleeve shirt. The man wears a long-sleeve shirt. The man wears a "
            "long-sleeve shirt. The man",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        details("It has a stand collar"),
        is_a("Nehru jacket", "vest", "non_answer"),
        gender="Men",
        title="Peter England Men Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: dark brown leather jacket with a shirt collar over a beige sweater; blue jeans.
    # Caption: epoch-1 adapter, template (leather read as cotton), cut at 50 tokens. Answers: extractive QA.
    case(
        "X1606-045",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel collar. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        details("It has a lapel collar"),
        gender="Men",
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
    ),
]
