"""BLIND_1438 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 116/155 failures found (74.8%)
and 19/160 correct texts flagged (11.9%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), the
usual catalog shots: a male model on a plain white or grey backdrop, wearing the product over a tee, shirt or kurta
with jeans, chinos, joggers or churidar; a few flat lays, a back view, a prop now and then (coffee cup, sunglasses in
hand, backpack strap). Catalog columns as the feed has them: title, category (Myntra articleType), color (Myntra
baseColour), gender ("Men"); a few products miss one column.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on blip2-opt-2.7b, greedy, 50 new tokens, empty prompt). It never emits an end token, so every caption runs to the
limit (hit_limit=True on all of them) and ends mid-sentence or repeats a template sentence. It speaks the
DeepFashion-MultiModal template (upper clothing / outer clothing, "pure color patterns", cotton / knitting / denim /
leather / furry fabric, "sleeves cut off", accessory on the wrist) and, being only one epoch in, now and then opens
with a base-model phrase that names a hue ("a man wearing a black sweatshirt ..."). The six answers (wearing,
garment type, color, pattern, sleeve length, material) are spans that timpal0l/mdeberta-v3-base-squad2 extracted
from that caption; an empty string is its no-answer. Answers are not generated, so none hit a token limit, and
nothing can leak a `Question: ... Answer:` prompt.
Labeling conventions and judgement calls: one label per text, judged against the imagined photo and the title.
A caption cut mid-sentence is `cut`; when it also says something the photo refutes (a lady or "her" for the male
model, a hat or sunglasses he does not wear, a man and pants invented on a flat lay, a wrong garment kind or hue,
a fabric the title contradicts) the content failure wins. A caption that happened to end on a full stop at the limit
with correct content is left unmarked. A caption that restarts a sentence it already wrote is `loop`. Color answers
that are the template's pattern words ("pure color", "graphic", "color block", "striped") or empty are
`non_answer`: the caption has no hue to give. A hue taken from the tee under an open jacket is
`other_garment_color`; navy called black is `contradiction`; maroon called red, olive called green, khaki called
brown I let pass. "sweater" or "T-shirt" for a Myntra sweatshirt, "shirt" for a blazer, jacket or Nehru jacket,
"dress" for a kurta, and a wearing answer that names only the inner tee or shirt (or an accessory) are
`contradiction`: they are not the product. "outer clothing" for a jacket or blazer and "vest" for a Nehru jacket or
sweater vest pass as true if generic; "upper clothing" or a bare list of attributes for the wearing or garment
question is `non_answer`. Long sleeves answered for a sleeveless Nehru jacket or sweater vest, or short sleeves for
a jacket worn over a tee, and a solid pattern for a checked or textured blazer (taken from the shirt under it) are
`contradiction`. Material: cotton for a nylon/polyester puffer, windcheater or wool-blend blazer whose title says
nothing is `unsupported`; cotton against a title that says linen, velvet or denim, or the turtleneck's "knitting"
for a blazer, is `contradiction`; "knitting" for a sweater, "leather" for suede or PU, cotton for a sweatshirt pass.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1438 = [
    # photo: front, navy quilted padded jacket zipped to the stand collar, grey tee hidden, blue jeans, watch on left
    # wrist, grey backdrop. caption: epoch-1 caption adapter, cut at 50 tokens; answers: squad2 spans over it.
    case(
        "X1438-001",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on his wrist. The upper",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: front, grey melange crew-neck fleece sweatshirt, black joggers, white backdrop.
    # caption: epoch-1 adapter, cut; answers: squad2 spans.
    case(
        "X1438-002",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
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
    # photo: front, maroon pullover hoodie, hood down, white "BROOKLYN NY" chest print, hands in the kangaroo pocket,
    # blue jeans; no hat. caption: epoch-1 adapter (invents a hat); answers: squad2 spans.
    case(
        "X1438-003",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. This man "
            "wears a hat. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Maroon Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # photo: front, mid-blue washed denim trucker jacket worn open over a white crew-neck tee, black jeans.
    # caption: epoch-1 adapter, right but cut; answers: squad2 spans, most taken from the tee's sentence.
    case(
        "X1438-004",
        caption(
            "This guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This guy also wears an outer clothing, with denim fabric and pure color patterns. The "
            "pants this guy wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # photo: three-quarter view, black PU biker jacket zipped, asymmetric zip, notch lapels, black jeans, steel watch.
    # caption: epoch-1 adapter, repeats the wrist sentence; answers: squad2 spans.
    case(
        "X1438-005",
        caption(
            "The upper clothing has long sleeves, leather fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on his wrist. There is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("an accessory on his wrist", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("leather"),
        gender="Men",
        title="WROGN Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: front, navy single-breasted blazer buttoned over a white formal shirt, no tie, grey trousers.
    # caption: epoch-1 adapter describes the shirt, cut before the blazer; answers: squad2 spans.
    case(
        "X1438-006",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. This gentleman also wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # photo: front, olive bomber jacket zipped, ribbed collar and cuffs, matte cotton twill, beige chinos, white
    # backdrop. caption: epoch-1 adapter opens with a base-model phrase, then the template, cut; answers: squad2.
    case(
        "X1438-007",
        caption(
            "a man wearing a green bomber jacket and khaki pants. The upper clothing has long sleeves, cotton fabric "
            "and pure color patterns. The neckline of it is stand. The lower clothing is of long length. The fabric is "
            "cotton and it",
            "cut",
            hit_limit=True,
        ),
        wearing("a green bomber jacket and khaki pants"),
        Q.garment_type("bomber jacket"),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # photo: front, navy crew-neck pullover, white shirt collar peeking out, beige chinos, watch.
    # caption: epoch-1 adapter, cut; answers: squad2 spans.
    case(
        "X1438-008",
        caption(
            "His sweater has long sleeves, knitting fabric and pure color patterns. It has a round neckline. He wears "
            "a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. The shirt he wears",
            "cut",
            hit_limit=True,
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # photo: front, beige cable-knit crew-neck pullover, dark indigo jeans. caption: epoch-1 adapter, cut;
    # answers: squad2 spans ("complicated" is the template's word for the cable texture).
    case(
        "X1438-009",
        caption(
            "This gentleman wears a long-sleeve sweater with complicated patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "denim fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with complicated patterns"),
        Q.garment_type("sweater"),
        Q.color("complicated", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Marks & Spencer Men Beige Cable Knit Pullover",
        category="Sweaters",
        color="Beige",
    ),
    # photo: front, maroon jacquard sleeveless Nehru jacket over a long cream kurta, white churidar, sheen of a silk
    # blend. caption: epoch-1 adapter calls the model a lady and the kurta a dress; answers: squad2 spans.
    case(
        "X1438-010",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "stand neckline. This lady also wears an outer clothing, with cotton fabric and complicated patterns. "
            "There is an accessory on her wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with complicated patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("complicated", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # photo: front, mustard matte cotton Nehru jacket over a white kurta, white pyjama.
    # caption: epoch-1 adapter ("vest ... sleeves cut off"), cut; answers: squad2 spans.
    case(
        "X1438-011",
        caption(
            "His vest has sleeves cut off, cotton fabric and pure color patterns. It has a stand neckline. He wears a "
            "long-sleeve shirt. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("vest"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Mustard Yellow Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # photo: front, black pullover hoodie, hood down, grey joggers. caption: epoch-1 adapter, cut; answers: squad2
    # spans, the color question got squad2's no-answer.
    case(
        "X1438-012",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: front, grey glen-check wool-blend blazer worn open over a black crew-neck tee, black trousers.
    # caption: epoch-1 adapter, right but cut; answers: squad2 spans.
    case(
        "X1438-013",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman also wears an outer clothing, with cotton fabric and lattice "
            "patterns. The pants this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # photo: front, crew-neck sweatshirt, black body with a grey chest panel, black track pants, watch.
    # caption: epoch-1 adapter, cut; answers: squad2 spans.
    case(
        "X1438-014",
        caption(
            "This man is wearing a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with color block patterns and a long pants", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black & Grey Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: flat lay on white, charcoal V-neck fine-knit sweater, sleeves folded; no person, no pants.
    # caption: epoch-1 adapter invents a wearer and his jeans; answers: squad2 spans.
    case(
        "X1438-015",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The pants the person wears is of long length. The pants are with denim fabric "
            "and pure color patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Allen Solly Men Charcoal Grey Solid V-Neck Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # photo: front, black crew-neck sweatshirt with a large white typography print, blue jeans.
    # caption: epoch-1 adapter, base-model opening with the right hue, cut; answers: squad2 spans.
    case(
        "X1438-016",
        caption(
            "a man wearing a black sweatshirt with white letters on it. The upper clothing has long sleeves, cotton "
            "fabric and graphic patterns. The neckline of it is round. The lower clothing is of long length. The "
            "fabric is denim and it has",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sweatshirt with white letters on it"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Black Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: front, red nylon windcheater zipped, hood rolled in the collar, black shoulder panels, black track
    # pants, a backpack strap over one shoulder, watch. caption: epoch-1 adapter, cut; answers: squad2 spans.
    case(
        "X1438-017",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("an accessory on his wrist", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # photo: front, beige linen blazer open over a white tee, white trousers. caption: epoch-1 adapter, ended on a
    # full stop at the limit, but gives the blazer cotton against the title's linen; answers: squad2 spans.
    case(
        "X1438-018",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "pants this man wears is of long length.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Raymond Men Beige Solid Slim Fit Linen Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
    ),
    # photo: front, maroon V-neck pullover over a checked shirt (collar out), navy chinos.
    # caption: epoch-1 adapter, cut; answers: squad2 spans.
    case(
        "X1438-019",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Van Heusen Men Maroon Solid V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # photo: front, tan suede trucker jacket worn open over a black tee, black jeans; no color column in the feed.
    # caption: epoch-1 adapter reads the jacket as a shirt; answers: squad2 spans.
    case(
        "X1438-020",
        caption(
            "This guy wears a long-sleeve shirt with pure color patterns. The shirt is with leather fabric and its "
            "neckline is lapel. The pants this guy wears is of long length. The pants are with denim fabric and pure "
            "color patterns. This guy wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Bene Kleed Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
    ),
    # photo: back view, mustard pullover hoodie, hood down, black jeans, no watch visible.
    # caption: epoch-1 adapter calls the model a lady; answers: squad2 spans.
    case(
        "X1438-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants the lady wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her wrist. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # photo: front, Breton-stripe crew-neck knit, navy with white stripes, grey trousers, watch.
    # caption: epoch-1 adapter restarts its first sentence; answers: squad2 spans.
    case(
        "X1438-022",
        caption(
            "His sweater has long sleeves, knitting fabric and striped patterns. It has a round neckline. He wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. His sweater has long sleeves, knitting",
            "loop",
            hit_limit=True,
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting"),
        gender="Men",
        title="Monte Carlo Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # photo: front, black quilted nylon puffer with attached hood, zipped, hands in pockets, olive cargo pants.
    # caption: epoch-1 adapter, cut; answers: squad2 spans, no-answer on color.
    case(
        "X1438-023",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Black Solid Quilted Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: front, navy self-design Nehru jacket over a white kurta, white pyjama; the feed has no gender column.
    # caption: epoch-1 adapter, base-model opening, cut; answers: squad2 spans.
    case(
        "X1438-024",
        caption(
            "a man in a blue vest and white shirt. His vest has sleeves cut off, cotton fabric and pure color "
            "patterns. It has a stand neckline. He wears a long-sleeve shirt. The pants this man wears is of long "
            "length. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue vest and white shirt"),
        Q.garment_type("vest"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        title="Vastramay Men Navy Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # photo: front, rust teddy sherpa jacket zipped, black jeans, watch. caption: epoch-1 adapter, cut;
    # answers: squad2 spans.
    case(
        "X1438-025",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on his wrist. This person",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("furry"),
        gender="Men",
        title="Roadster Men Rust Brown Solid Teddy Sherpa Jacket",
        category="Jackets",
        color="Rust",
    ),
    # photo: front, grey melange button cardigan open over a white tee, dark jeans.
    # caption: epoch-1 adapter, cut inside the cardigan's sentence; answers: squad2 spans, the wearing span runs to
    # the cut.
    case(
        "X1438-026",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. This gentleman also wears an "
            "outer clothing, with knitting fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing, with knitting fabric and", "cut"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("knitting"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # photo: front, black fleece hoodie with the hood up, small white chest logo, black joggers; no hat.
    # caption: epoch-1 adapter reads the hood as a hat; answers: squad2 spans.
    case(
        "X1438-027",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. This man wears a hat. The pants this man wears is of long length. The pants are "
            "with cotton fabric and pure",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Sportswear Club Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: front, maroon velvet blazer with black satin shawl lapel, black shirt, black trousers.
    # caption: epoch-1 adapter, base-model opening, cut; answers: squad2 spans.
    case(
        "X1438-028",
        caption(
            "a man in a red suit jacket and black shirt. This gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric and its neckline is lapel. The pants this gentleman wears is "
            "of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a red suit jacket and black shirt"),
        Q.garment_type("suit jacket"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Hangup Men Maroon Velvet Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # photo: front, dark indigo denim jacket with a cream sherpa collar, buttoned, black jeans, watch.
    # caption: epoch-1 adapter, restarts the template and is cut; answers: squad2 spans, no-answer on wearing.
    case(
        "X1438-029",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on his wrist. The upper clothing",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Sherpa Collar Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
    ),
    # photo: front, cream sleeveless Nehru jacket with gold buttons over a maroon kurta, cream churidar.
    # caption: epoch-1 adapter, cut; answers: squad2 spans from the kurta's sentence.
    case(
        "X1438-030",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. This man also wears an outer clothing, with cotton fabric and pure color patterns. "
            "The pants this man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Manyavar Men Cream Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # photo: front, navy windowpane-check blazer with a pocket square, over a plain light blue shirt, beige chinos.
    # caption: epoch-1 adapter, cut; answers: squad2 spans, pattern taken from the shirt.
    case(
        "X1438-031",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. This gentleman also wears an outer clothing, with cotton fabric and lattice "
            "patterns. The pants this gentleman wears is of long length",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Navy Blue Checked Slim Fit Single-Breasted Smart Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # photo: front, grey melange hoodie with a big black logo print on the chest, black joggers, watch.
    # caption: epoch-1 adapter calls it a T-shirt, cut; answers: squad2 spans.
    case(
        "X1438-032",
        caption(
            "This guy wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this guy wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
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
        title="Puma Men Grey Melange Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # photo: front, khaki cotton utility jacket with four flap pockets, worn open over a white tee, blue jeans.
    # caption: epoch-1 adapter, base-model opening, cut; answers: squad2 spans.
    case(
        "X1438-033",
        caption(
            "a man wearing a brown jacket and white t-shirt. This guy wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric. It has a round neckline. This guy also wears an outer "
            "clothing, with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown jacket and white t-shirt"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Khaki Solid Lightweight Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # photo: front, indigo dabu-print cotton Nehru jacket (small white floral buttis) over a white kurta; the feed
    # has no color column. caption: epoch-1 adapter, cut; answers: squad2 spans.
    case(
        "X1438-034",
        caption(
            "His vest has sleeves cut off, cotton fabric and floral patterns. It has a stand neckline. He wears a "
            "long-sleeve shirt. The shirt is with cotton fabric and pure color patterns. The pants this man wears is "
            "of long length. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("vest"),
        Q.garment_type("vest"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
    ),
    # photo: front, varsity jacket buttoned, black body, white sleeves, striped rib collar and cuffs, chenille
    # letter patch, black jeans. caption: epoch-1 adapter reads it as a sweater; answers: squad2 spans.
    case(
        "X1438-035",
        caption(
            "This man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color patterns. This man wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with color block patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black & White Colourblocked Varsity Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: front, olive ribbed turtleneck sweater, black trousers, holding a coffee cup; no scarf.
    # caption: epoch-1 adapter reads the turtleneck as neckwear; answers: squad2 spans.
    case(
        "X1438-036",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The pants this gentleman wears is of long length. This gentleman has neckwear. "
            "There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Roadster Men Olive Green Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Olive",
    ),
    # photo: front, navy crew-neck sweatshirt with a white chest-stripe panel, blue jeans, watch.
    # caption: epoch-1 adapter repeats the wrist sentence; answers: squad2 spans, the wearing span takes the repeat.
    case(
        "X1438-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on his wrist. There is an accessory on his wrist",
            "loop",
            hit_limit=True,
        ),
        wearing("an accessory on his wrist. There is an accessory on his wrist", "loop"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue & White Striped Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # photo: front, navy polyester padded parka with a faux-fur-trimmed hood, zipped, grey jeans; the navy reads
    # dark. caption: epoch-1 adapter, base-model opening calls it black; answers: squad2 spans.
    case(
        "X1438-038",
        caption(
            "a man wearing a black jacket with a fur hood. The upper clothing has long sleeves, furry fabric and pure "
            "color patterns. The neckline of it is stand. The lower clothing is of long length. The fabric is denim "
            "and it",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black jacket with a fur hood", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("furry", "unsupported"),
        gender="Men",
        title="Duke Men Navy Blue Solid Hooded Padded Parka Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: back view, blue self-design (textured) pullover, navy trousers, no watch visible.
    # caption: epoch-1 adapter gives the man "her" wrist; answers: squad2 spans.
    case(
        "X1438-039",
        caption(
            "This person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The pants this person wears is of long length. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. This",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Peter England Men Blue Self Design Pullover",
        category="Sweaters",
        color="Blue",
    ),
    # photo: front, charcoal textured wool-blend blazer over a black turtleneck, grey trousers, sunglasses held in
    # hand, not worn. caption: epoch-1 adapter; answers: squad2 spans, most from the turtleneck's sentence.
    case(
        "X1438-040",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. This gentleman also wears an outer clothing, with cotton fabric and complicated "
            "patterns. This gentleman is wearing sunglasses. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting", "contradiction"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Self-Design Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # photo: front, teal crew-neck sweatshirt, black joggers, white sneakers.
    # caption: epoch-1 adapter, ran to the limit but ended on a full stop, content right; answers: squad2 spans.
    case(
        "X1438-041",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # photo: front, navy lightweight nylon puffer zipped, beige chinos, watch; the feed has no gender column.
    # caption: epoch-1 adapter, "her" wrist and "this lady" for the male model; answers: squad2 spans.
    case(
        "X1438-042",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. This lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("long sleeves, cotton fabric and pure color patterns", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        title="Jack & Jones Men Navy Blue Solid Lightweight Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: front, brown argyle sweater vest over a plain light blue shirt, navy trousers.
    # caption: epoch-1 adapter, cut; answers: squad2 spans.
    case(
        "X1438-043",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. This gentleman also wears a vest with knitting fabric and lattice patterns. The "
            "pants this gentleman wears is of long length",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("knitting"),
        gender="Men",
        title="Marks & Spencer Men Brown Argyle Patterned Sleeveless Sweater Vest",
        category="Sweaters",
        color="Brown",
    ),
    # photo: flat lay on grey, black denim jacket, buttoned, sleeves spread; no person; the feed has no category
    # column. caption: epoch-1 adapter invents a man and his pants; answers: squad2 spans.
    case(
        "X1438-044",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Black Solid Denim Jacket",
        color="Black",
    ),
    # photo: front, camel fine-knit crew-neck pullover, white shirt collar under it, dark blue jeans.
    # caption: epoch-1 adapter, base-model opening with the right hue, cut; answers: squad2 spans.
    case(
        "X1438-045",
        caption(
            "a man wearing a brown sweater and blue jeans. His sweater has long sleeves, knitting fabric and pure "
            "color patterns. It has a round neckline. He wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown sweater and blue jeans"),
        Q.garment_type("sweater"),
        Q.color("brown"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting"),
        gender="Men",
        title="Blackberrys Men Camel Brown Solid Pullover",
        category="Sweaters",
        color="Camel Brown",
    ),
]
