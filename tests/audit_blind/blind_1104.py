"""BLIND_1104 (46 products; Myntra kurtas & Nehru jackets, epoch-1 caption LoRA): written blind in the sixtieth session.
Measured blind at afb9012 (the session's second rules): 123/138 failures found (89.1%) and 12/196 correct texts flagged
(6.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic wear, categories Kurtas, Kurta Sets and Nehru Jackets, with the seller's
title, category and base colour (two rows lack the colour or the gender column, as real feeds do). Photos are catalog
shots on a white, light grey or beige studio backdrop, almost all worn by a male model: kurtas over white/cream
churidar or pyjama, jeans, chinos or trousers; Nehru jackets over a kurta of another colour, over a shirt or over a
t-shirt; one jacket on a ghost mannequin with no person; one kurta shot from the back; props and stoles here and there.

Who wrote what: every caption and every open answer (wearing, describe, details, open colour questions, material)
is free generation by the caption adapter after one epoch (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
Salesforce/blip2-opt-2.7b, 8-bit, greedy, 50 new tokens for captions and 30 for answers, no end token trained). It
half keeps the base model's short answers ("a blue kurta and white pants") and half falls back on the
DeepFashion-MultiModal caption template ("The man wears a long-sleeve shirt with pure color patterns. The shirt is
with cotton fabric..."), whose colour slot holds patterns, never hues, whose people are mostly ladies, and whose
accessory sentences ("There is an accessory on his wrist") come whether or not the photo has one. Without an end
token the template answers run on: cut at the token limit, looping, or continuing the prompt format with a new
"Question: ... Answer:". Closed answers (garment type, colour, pattern, sleeve length, "Is this a ...?") come from
enrich's --engine reference, one candidate value each, so they never loop or stop short; their errors are wrong picks,
mostly the colour or type of the other garment in the photo (the kurta under a jacket, the churidar under a kurta).

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults, the structural one wins: loop, then cut, then leak, then the
  content fault a reader notices first (a cut template answer that also says "lady" is labelled cut).
- hit_limit=True only on texts that ran to their limit (30 tokens for answers, 50 for captions): every cut and every
  loop, and leaks that ran on. A caption that stopped on its own after a full sentence has hit_limit False.
- Naming: the template's "shirt", "long-sleeve shirt" or "upper clothing" for a kurta is accepted (a kurta is a long
  collarless shirt; the adapter has no word for it); "dress" for a man's kurta is a contradiction. "vest", "outer
  clothing" and "sleeveless outer clothing" for a Nehru jacket are accepted. Closed garment type "shirt" or "kurta"
  for a Nehru jacket product, or "shirt"/"jacket" for a kurta product, is a contradiction.
- Another garment's colour: in an open answer it is other_garment_color; in a closed answer (the reference engine
  picking the kurta's or the churidar's colour for the product) it is labelled contradiction, as TARGETS defines
  other_garment_color for open answers. A closed sleeve length or type that belongs to the garment underneath is a
  contradiction too.
- Shades accepted as the same colour: maroon as red, cream and off-white as white, rust as orange, peach and magenta
  as pink, lavender as purple, olive and sea green as green, mustard and gold-ish yellow as yellow, charcoal as grey or
  dark grey, navy as blue, and teal as green (a blue-green the seller files under Blue; I judged "green kurta" true to
  the photo). Navy as black, lavender as blue and pink as red are labelled contradictions.
- X1104-041: "gold" as the kurta's colour is other_garment_color: gold is only its buttons and the mojaris, the
  kurta is royal blue.
- X1104-032: the seller says Brown but the kurta photographs as rust/terracotta; answers follow the photo, and rust,
  orange and brown are all accepted there.
- Material: where the title names the fabric (cotton, silk, linen) a different fabric is a contradiction; where it
  does not, a fabric the photo cannot show (leather, knitted, chiffon, wool, denim for a kurta over jeans) is
  unsupported. "cotton" for a matte kurta and "silk" for a visibly lustrous one are accepted.
- "pure color" or "solid color" as the answer to a colour question is a non_answer (the template's pattern slot, no
  hue). One word or yes/no to describe/details is a non_answer; handing the question's words back is restated.
- Template accessory sentences are correct only when the photo shows the thing (the watch in X1104-003); otherwise
  unsupported, as are pockets, belts, zips, prints on a back nobody sees, a chair the man is not sitting on, and "a
  man" on the ghost-mannequin shot. Front details claimed from the back view (X1104-044) are unsupported.
- Closed sleeve length "long" for a long-sleeved kurta with the sleeves rolled up is correct; closed pattern "solid"
  for melange, tonal self-texture or a kurta whose only ornament is a zari collar is correct.
- Pronoun labels only on rows whose gender column says Men; the two rows without gender carry none.
- Some rows ask the experiments' "What is he wearing?" instead of "What is the person wearing?"; the answers are
  judged the same way.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1104 = [
    # photo: man in a cream solid knee-length kurta, mandarin collar, concealed placket, white churidar, tan mojaris;
    # white backdrop, front view; no jewellery. Caption and open answers: caption adapter ep.1; closed: reference.
    case(
        "X1104-001",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The pants this man wears is of long length. The pants are with cotton fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a cream kurta and white churidar"),
        Q.color("cream"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        details("kurta", "the kurta has a mandarin collar and a hidden button placket"),
        describe(
            "kurta",
            "The kurta has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. There is a "
            "ring on his finger.",
            failure="unsupported",
        ),
        Q.material("cotton"),
        is_a("jacket", "yes", failure="contradiction"),
        title="Manyavar Men Cream Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: indigo-blue kurta with small white block-printed flower buttis, mandarin collar, white pyjama; hands in
    # side pockets; white backdrop, three-quarter view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-002",
        caption("a man wearing a blue kurta with white print and white pants"),
        wearing("a blue printed kurta and white pyjama", who="he"),
        Q.color("blue"),
        Q.pattern("printed"),
        color_of("kurta", "white", failure="other_garment_color", kind="open"),
        describe(
            "kurta",
            "The kurta has long sleeves, cotton fabric and floral patterns. It has a round neckline.",
            failure="unsupported",
        ),
        details("kurta", "no", failure="non_answer"),
        Q.material("cotton"),
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon solid kurta with side slits and mandarin collar, off-white churidar, steel watch on the left wrist;
    # white backdrop, front view; matte fabric. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-003",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. It has a stand neckline. There is "
            "an accessory on his wrist. The gentleman wears a long trousers with pure color patterns."
        ),
        wearing("a red kurta and white pants"),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        color_of("kurta", "white", failure="other_garment_color", kind="open"),
        details("kurta", "the kurta has side slits and a button placket"),
        describe(
            "kurta",
            "a maroon kurta with side slits Question: What is the color of the pants? Answer: white",
            failure="leak",
        ),
        Q.material("chiffon", failure="unsupported"),
        is_a("kurta", "yes"),
        title="See Designs Men Maroon Solid Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy Nehru jacket, buttoned, over a white kurta and white churidar; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-004",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "man",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white kurta and a blue jacket"),
        Q.color("white", failure="contradiction"),
        Q.garment_type("jacket"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "The jacket is white with a mandarin collar and buttons", failure="other_garment_color"),
        is_a("jacket", "yes"),
        title="Kisah Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard solid kurta, white pyjama, left hand on the hip; white backdrop, slight side angle.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-005",
        caption("a man in a yellow kurta and white pants standing with his hand on his hip"),
        wearing("She is wearing a yellow kurta and white pants", failure="pronoun", who="he"),
        Q.color("mustard"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        color_of("kurta", "yellow", kind="open"),
        details(
            "kurta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            failure="loop",
            hit_limit=True,
        ),
        title="Jompers Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: off-white kurta with tone-on-tone chikankari embroidery on the placket and chest, no pockets, beige
    # trousers; white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-006",
        caption(
            "This man wears a long-sleeve shirt with complicated patterns. The shirt is with cotton fabric and it has "
            "a "
            "stand neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a white kurta and beige pants"),
        Q.color("off white"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "The kurta is white with embroidery on the chest and a pocket on the left side",
            failure="unsupported",
        ),
        details(
            "kurta",
            "The kurta has long sleeves, cotton fabric and complicated patterns. It has a stand neckline. This man "
            "wears a long trousers. The trousers are",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        title="Vastramay Men Off-White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: beige Nehru jacket with a small brown paisley print, worn open over a black solid kurta and black
    # churidar; light grey backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-007",
        caption("a man wearing a black kurta and a beige jacket"),
        wearing("a black kurta, a beige vest and black pants"),
        Q.color("black", failure="contradiction"),
        Q.pattern("printed"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        details(
            "jacket",
            "the jacket has a paisley print and a mandarin collar. Question: What is the color of the kurta? Answer: "
            "black",
            failure="leak",
        ),
        title="Mr Button Men Beige Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: rust linen kurta with slub texture, mandarin collar, sleeves rolled to the elbows, white pyjama; white
    # backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a stand neckline. The lady wears a "
            "long pants with pure color patterns.",
            failure="pronoun",
        ),
        wearing("he is wearing an orange kurta and white pyjama", who="he"),
        Q.color("rust"),
        Q.sleeve_length("long"),
        Q.material("linen"),
        color_of("kurta", "The kurta is white.", failure="other_garment_color", kind="open"),
        details("kurta", "the kurta has rolled up sleeves and a mandarin collar"),
        describe(
            "kurta",
            "The kurta has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The lady "
            "wears "
            "a long pants with pure",
            failure="cut",
            hit_limit=True,
        ),
        title="Svanik Men Rust Linen Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: black solid kurta, mandarin collar with black buttons, white churidar, hands in the side pockets; white
    # backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-009",
        caption("a man in a black kurta and white pants with his hands in his pockets"),
        wearing("a black kurta and white churidar"),
        Q.color("black"),
        Q.garment_type("shirt", failure="contradiction"),
        Q.pattern("solid"),
        describe("kurta", "black", failure="non_answer"),
        details("kurta", "the kurta has a mandarin collar and a gold button on the collar", failure="unsupported"),
        title="Ethnix Men Black Solid Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: peach silk-blend kurta with a soft sheen, cream churidar, tan mojaris; the man stands with one hand on
    # the back of a wooden chair; beige studio backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. It has a stand neckline. The man wears a long "
            "trousers with pure color patterns. The man is sitting on a chair.",
            failure="unsupported",
        ),
        wearing("a pink kurta and white pants"),
        Q.color("peach"),
        is_a("kurta", "yes"),
        Q.material("silk"),
        color_of("kurta", "cream", failure="other_garment_color", kind="open"),
        details("kurta", "the details of the kurta are on the kurta", failure="restated"),
        title="Manyavar Men Peach Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: black Nehru jacket with a welt chest pocket and two lower pockets, matte cotton blend, over a cream kurta
    # and cream churidar; white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-011",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns. The man wears a long-sleeve shirt "
            "with "
            "pure color patterns. The man wears a long-sleeve shirt with pure color patterns. The man wears a "
            "long-sleeve",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a black jacket and a white kurta"),
        Q.color("black"),
        Q.sleeve_length("long", failure="contradiction"),
        Q.garment_type("jacket"),
        describe("jacket", "a black jacket with buttons and a mandarin collar and a pocket on the chest"),
        Q.material("leather", failure="unsupported"),
        title="Sojanya Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: bottle-green cotton kurta with a small white geometric print, round neck with a short placket, blue
    # jeans; white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-012",
        caption("a man wearing a green shirt and blue jeans"),
        wearing("a green printed kurta and blue jeans"),
        Q.color("green"),
        Q.pattern("solid", failure="contradiction"),
        Q.material("denim", failure="contradiction"),
        details("kurta", "the kurta has a white print all over and a round neck"),
        color_of("kurta", "blue", failure="other_garment_color", kind="open"),
        title="Fabindia Men Green Cotton Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: white khadi kurta, long sleeves, round neck, white pyjama; white backdrop, front view (low contrast).
    # The feed row has no colour column. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round "
            "neckline. The man wears a long pants with pure color patterns."
        ),
        wearing("white kurta pajama"),
        Q.color("white"),
        Q.sleeve_length("short", failure="contradiction"),
        color_of("kurta", "pure color", failure="non_answer", kind="open"),
        describe(
            "kurta",
            "The kurta is white. Question: Describe the pants. Answer: The pants are white. Question: Describe the "
            "shoes. Answer: The",
            failure="leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has details", failure="restated"),
        Q.material("cotton"),
        title="Khadi Men White Solid Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: grey self-textured Nehru jacket (matte poly-viscose suiting) over a sky-blue kurta and white churidar;
    # white backdrop, three-quarter view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-014",
        caption("a man in a blue kurta and a grey vest"),
        wearing("a blue kurta, a grey jacket and white pants", who="he"),
        Q.color("blue", failure="contradiction"),
        color_of(
            "jacket",
            "blue and grey and blue and grey and blue and grey and blue and grey and blue and grey and blue and grey "
            "and blue and grey and blue and grey",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("jacket", "yes"),
        Q.material("knitted", failure="unsupported"),
        title="Ethnix by Raymond Men Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: navy kurta with thin white vertical stripes, mandarin collar, no pocket, white pyjama; white backdrop,
    # front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-015",
        caption(
            "This man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its neckline "
            "is stand. This man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue and white striped kurta and white pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        describe(
            "kurta",
            "The kurta has long sleeves, cotton fabric and stripe patterns. It has a stand neckline. The pants are of "
            "long length. The pants are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        color_of("kurta", "black", failure="contradiction", kind="open"),
        details("kurta", "the kurta has white stripes and a chest pocket with a pen", failure="unsupported"),
        title="Anouk Men Navy Blue & White Striped Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal solid kurta, beige churidar, a beige stole folded over the left forearm; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-016",
        caption("a man in a green kurta with a scarf"),
        wearing("a teal kurta, beige pants and a scarf"),
        Q.color("teal"),
        Q.garment_type("kurta"),
        color_of("kurta", "beige", failure="other_garment_color", kind="open"),
        details("kurta", "The lady wears a long-sleeve shirt with pure color patterns.", failure="pronoun"),
        describe(
            "kurta",
            "the neckline, the sleeves, the collar, the neckline, the sleeves, the collar, the neckline, the sleeves, "
            "the collar, the neckline",
            failure="loop",
            hit_limit=True,
        ),
        title="Sanwara Men Teal Solid Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: maroon Nehru jacket with gold thread floral embroidery and a gold pocket square, over a cream kurta and
    # cream churidar; white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-017",
        caption(
            "The man wears a sleeveless outer clothing with complicated patterns. The man wears a long-sleeve shirt "
            "with "
            "pure color patterns. The man wears a long trousers with pure color patterns."
        ),
        wearing("a maroon jacket and white kurta"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta", failure="contradiction"),
        describe("jacket", "a red jacket with gold embroidery"),
        color_of("jacket", "cream", failure="other_garment_color", kind="open"),
        Q.material(
            "The garment is made of cotton. Question: What is the pattern of the garment? Answer: solid. Question: "
            "What is the",
            failure="leak",
            hit_limit=True,
        ),
        title="Hangup Men Maroon Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive solid kurta, black slim trousers, black strap watch; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-018",
        caption("a man wearing an olive green kurta and black pants"),
        wearing("a green kurta and black pants", who="he"),
        Q.color("black", failure="contradiction"),
        color_of("kurta", "black", failure="other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and a button placket and a button placket and a "
            "button placket and a",
            failure="loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Olive Green Solid Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: light pink cotton kurta, round neck with three buttons, no pocket, white pyjama; white backdrop, front.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-019",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This lady "
            "wears a long pants.",
            failure="pronoun",
        ),
        wearing("a red kurta and white pajamas", failure="contradiction"),
        Q.color("pink"),
        describe("kurta", "pink", failure="non_answer"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        details(
            "kurta", "the kurta has a round neck with three buttons and a pocket on the chest", failure="unsupported"
        ),
        title="Fabindia Men Pink Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard Nehru jacket, plain back never shown, over a white kurta and white pyjama; white backdrop, front
    # view. The feed row has no gender column. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-020",
        caption("a man wearing a white kurta and a yellow jacket"),
        wearing("a white kurta and a yellow jacket"),
        Q.color("mustard"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        describe(
            "jacket",
            "The jacket is sleeveless with a mandarin collar and five buttons. It has a floral print on the back",
            failure="unsupported",
        ),
        details(
            "jacket",
            "The outer clothing is with cotton fabric and pure color patterns. The man wears a long-sleeve shirt with "
            "pure color patterns. The shirt is",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Kisah Men Mustard Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # photo: grey melange kurta, round neck, black pyjama; bare-headed; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-021",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a grey kurta and black pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        details(
            "kurta",
            "the kurta is grey and the pants are black and the kurta is grey and the pants are black and the kurta is "
            "grey and the",
            failure="loop",
            hit_limit=True,
        ),
        describe("kurta", "The man wears a hat. The kurta is grey with a round neck.", failure="unsupported"),
        Q.material("cotton"),
        title="Indo Era Men Grey Melange Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: gold-toned silk jacquard kurta with self-design, mandarin collar, cream churidar, maroon stole over the
    # left shoulder; beige backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-022",
        caption("a man in a gold kurta with a red scarf"),
        wearing("a gold kurta, a maroon stole and white churidar"),
        Q.color("gold"),
        color_of("kurta", "red", failure="other_garment_color", kind="open"),
        Q.pattern("self design"),
        describe(
            "kurta",
            "The kurta has long sleeves, chiffon fabric and complicated patterns. The neckline of it is V-shape.",
            failure="unsupported",
        ),
        details("kurta", "Answer: the kurta has a self design and a mandarin collar", failure="leak"),
        Q.material("silk"),
        title="Manyavar Men Gold-Toned Self Design Kurta",
        category="Kurtas",
        color="Gold",
        gender="Men",
    ),
    # photo: blue-and-grey small-check Nehru jacket with button front over a white collared shirt, navy chinos; white
    # backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-023",
        caption(
            "This man wears a sleeveless outer clothing with lattice patterns. This man wears a long-sleeve shirt with "
            "pure color patterns. The shirt is with cotton fabric. This man wears a long trousers."
        ),
        wearing("a white shirt, a blue checked vest and blue pants"),
        Q.color("blue"),
        Q.pattern("checked"),
        Q.garment_type("shirt", failure="contradiction"),
        describe("jacket", "The jacket has a mandarin collar and a zip closure", failure="unsupported"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        Q.material("fabric", failure="non_answer"),
        title="Dennis Lingo Men Blue Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender solid kurta, white churidar; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-024",
        caption("a man wearing a blue kurta and white pants", failure="contradiction"),
        wearing(
            "He is wearing a purple kurta. Question: What is he wearing? Answer: He is wearing a purple kurta. "
            "Question: What is",
            failure="leak",
            who="he",
            hit_limit=True,
        ),
        Q.color("lavender"),
        Q.sleeve_length("long"),
        describe("kurta", "describe the kurta", failure="restated"),
        Q.material("cotton"),
        title="Tabard Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: black kurta with a small white and red floral print, round neck with a button placket, white pyjama;
    # white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-025",
        caption(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "round "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a black floral kurta and white pants"),
        Q.color("black"),
        Q.pattern("floral"),
        color_of("kurta", "white", failure="other_garment_color", kind="open"),
        details("kurta", "the kurta has a floral print and a round neck with buttons"),
        is_a("kurta", "no", failure="contradiction"),
        title="Jompers Men Black Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: olive Nehru jacket worn open over a black crew-neck short-sleeve t-shirt, grey jeans; white backdrop,
    # front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-026",
        caption("a man wearing a green vest over a black t - shirt and grey jeans"),
        wearing("She is wearing a green vest and black shirt", failure="pronoun", who="he"),
        Q.color("olive"),
        Q.garment_type("jacket"),
        Q.sleeve_length("short", failure="contradiction"),
        describe("jacket", "The jacket is black with a mandarin collar", failure="other_garment_color"),
        Q.material("Question: What material is the garment made of? Answer: cotton", failure="leak"),
        title="Mr Button Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: the product is a white cotton kurta, styled under a navy Nehru jacket (the kurta shows at the sleeves and
    # below the jacket), white pyjama; white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-027",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns. The man wears a long-sleeve shirt "
            "with "
            "pure color patterns. The shirt is with cotton fabric."
        ),
        wearing("a white kurta with a blue jacket and white pants"),
        Q.color("navy blue", failure="contradiction"),
        Q.garment_type("jacket", failure="contradiction"),
        color_of("kurta", "white", kind="open"),
        describe("kurta", "The kurta is blue with a mandarin collar and three buttons", failure="other_garment_color"),
        Q.material("cotton"),
        title="Sojanya Men White Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: cream kurta with gold zari work on the collar only (plain cuffs), cream pyjama; white backdrop, front.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-028",
        caption("a man in a white kurta and white pants standing in front of a white wall"),
        wearing(
            "a white kurta and pants. The kurta has a gold trim on the collar and the sleeves", failure="unsupported"
        ),
        Q.color("cream"),
        Q.pattern("solid"),
        details("kurta", "the kurta has a gold collar"),
        color_of("kurta", "solid color", failure="non_answer", kind="open"),
        describe(
            "kurta",
            "The kurta is white with gold embroidery on the collar and the collar and the collar and the collar and "
            "the "
            "collar and the collar and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Vastramay Men Cream Kurta with Pyjama Set",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: light-blue chambray kurta, white chinos, brown loafers; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears a "
            "long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue kurta and white pants"),
        Q.color("blue"),
        describe(
            "kurta",
            "The kurta has long sleeves, cotton fabric and pure color patterns. The kurta has long sleeves, cotton "
            "fabric and pure color patterns. The kurta",
            failure="loop",
            hit_limit=True,
        ),
        color_of("kurta", "white", failure="other_garment_color", kind="open"),
        details("kurta", "the details of the kurta", failure="restated"),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        title="Svanik Men Blue Chambray Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: cream Nehru jacket with tonal floral embroidery, over a black kurta and black churidar; white backdrop,
    # front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-030",
        caption(
            "This lady wears a sleeveless outer clothing with floral patterns. This lady wears a long-sleeve shirt "
            "with "
            "pure color patterns. This lady wears a long trousers.",
            failure="pronoun",
        ),
        wearing("a black kurta and a white jacket"),
        Q.color("cream"),
        Q.pattern("embroidered"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        details("jacket", "the jacket has floral embroidery and buttons"),
        describe(
            "jacket",
            "The jacket has no sleeves, cotton fabric and floral patterns. This lady wears a long-sleeve shirt with "
            "pure "
            "color patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        title="Hangup Men Cream Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: red kurta with a small black ethnic motif print, round neck, black buttons, long sleeves, black churidar;
    # white backdrop, three-quarter view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-031",
        caption("a man in a red and black kurta"),
        wearing("a red printed kurta and black pants"),
        Q.color("black", failure="contradiction"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "The kurta has short sleeves, cotton fabric and graphic patterns. It has a round neckline.",
            failure="contradiction",
        ),
        Q.sleeve_length("long"),
        details(
            "kurta",
            "the kurta has a black print and gold buttons and embroidery on the sleeves",
            failure="unsupported",
        ),
        title="Anouk Men Red Printed Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: the seller says Brown, but the kurta photographs rust/terracotta; round neck, white pyjama, no watch or
    # jewellery; white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-032",
        caption("a man wearing an orange kurta and white pants"),
        wearing("a rust kurta and white pyjama"),
        Q.color("rust"),
        Q.garment_type("kurta"),
        color_of("kurta", "brown", kind="open"),
        details(
            "kurta",
            "The kurta has long sleeves, cotton fabric and pure color patterns. It has a round neckline. There is an "
            "accessory on his wrist.",
            failure="unsupported",
        ),
        describe(
            "kurta",
            "The kurta is orange. The kurta is orange. The kurta is orange. The kurta is orange. The kurta is orange. "
            "The kurta",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Khadi Men Brown Solid Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: navy Nehru jacket with a white floral print on a ghost mannequin, no person; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-033",
        caption("a blue vest with white flowers on it"),
        wearing("a man wearing a blue jacket", failure="unsupported"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        color_of("jacket", "pure color", failure="non_answer", kind="open"),
        describe(
            "jacket",
            "The outer clothing is with cotton fabric and floral patterns. The outer clothing is with cotton fabric "
            "and "
            "floral patterns. The",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Sojanya Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bright yellow silk kurta with a visible sheen, mandarin collar, white churidar, hands folded in front;
    # white backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-034",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "stand "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a yellow kurta and white pants"),
        Q.color("yellow"),
        Q.material("silk"),
        details("kurta", "yes", failure="non_answer"),
        describe(
            "kurta",
            "The kurta has long sleeves and pure color patterns. It has a stand neckline. The man wears a long "
            "trousers. "
            "The trousers are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Fabindia Men Yellow Silk Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: sea-green solid kurta, round neck, white pyjama, brown sandals; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-035",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round "
            "neckline. The man wears a long pants with pure color patterns. The man wears a pair of",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green kurta and white pants"),
        Q.color("sea green"),
        Q.garment_type("kurta"),
        color_of("kurta", "the color of the kurta is the color of the kurta", failure="restated", kind="open"),
        Q.material("leather", failure="unsupported"),
        title="Sanwara Men Sea Green Solid Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: charcoal Nehru jacket with a welt chest pocket over a white kurta and white churidar; white backdrop,
    # three-quarter view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-036",
        caption("a man in a white kurta and a dark grey vest"),
        wearing("a white kurta, a grey jacket and white pants"),
        Q.color("charcoal"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "The jacket is grey with a mandarin collar and a pocket on the chest"),
        details("jacket", "she is wearing a grey jacket with buttons", failure="pronoun"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        title="Ethnix Men Charcoal Grey Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy solid kurta, matte cotton, mandarin collar, white pyjama; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-037",
        caption("a man wearing a blue kurta and white pants"),
        wearing("a navy blue kurta and white pyjamas"),
        Q.color("white", failure="contradiction"),
        color_of("kurta", "The kurta is white and the pants are white", failure="other_garment_color", kind="open"),
        Q.pattern("solid"),
        details(
            "kurta", "Question: What are the kurta details? Answer: The kurta has a mandarin collar", failure="leak"
        ),
        Q.material("wool", failure="unsupported"),
        title="Mast & Harbour Men Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: magenta solid knee-length kurta, cream churidar; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-038",
        caption(
            "The man wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand "
            "neckline.",
            failure="contradiction",
        ),
        wearing("he is wearing a pink kurta and white pants", who="he"),
        Q.color("magenta"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "The dress is of long length. The fabric is cotton and it has pure color patterns. The dress is of long "
            "length. The fabric is",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Jompers Men Magenta Solid Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: bottle-green Nehru jacket with a welt chest pocket, no belt, over a white kurta and white churidar; white
    # backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-039",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The man wears a long-sleeve shirt with pure color patterns. The man wears a long trousers."
        ),
        wearing("white kurta pajama and a green nehru jacket"),
        Q.color("green"),
        Q.garment_type("jacket"),
        color_of("jacket", "green", kind="open"),
        Q.material(
            "The garment is made of cotton. The man wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric. It",
            failure="cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a chest pocket and buttons and a belt", failure="unsupported"),
        title="Kisah Men Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: beige linen kurta with shell buttons and no pockets, olive trousers; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-040",
        caption("a man in a beige kurta and green pants"),
        wearing("a beige kurta and olive pants"),
        Q.color("olive", failure="contradiction"),
        color_of("kurta", "green", failure="other_garment_color", kind="open"),
        Q.material("linen"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has wooden buttons and a patch pocket on the chest", failure="unsupported"),
        title="Indo Era Men Beige Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: royal-blue silk kurta with gold buttons and a mandarin collar, white churidar, gold mojaris, no necklace;
    # beige backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-041",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. It has a stand neckline. The man wears a long "
            "trousers with pure color patterns. There is an accessory on his neck.",
            failure="unsupported",
        ),
        wearing("a blue kurta with gold buttons and white churidar"),
        Q.color("blue"),
        Q.pattern("solid"),
        describe("kurta", "The kurta is blue with gold buttons and a mandarin collar"),
        color_of("kurta", "gold", failure="other_garment_color", kind="open"),
        details(
            "kurta",
            "gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold "
            "buttons, gold buttons, gold",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Manyavar Men Blue Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: black Nehru jacket over a grey crew-neck t-shirt, black jeans; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-042",
        caption("a man wearing a black vest and a grey t - shirt"),
        wearing("The lady wears a sleeveless outer clothing with pure color patterns.", failure="pronoun"),
        Q.color("grey", failure="contradiction"),
        Q.garment_type("jacket"),
        color_of("jacket", "black", kind="open"),
        details(
            "jacket",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            failure="loop",
            hit_limit=True,
        ),
        title="Dennis Lingo Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: peach kurta with a white leaf print, round neck, white pyjama; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-043",
        caption(
            "This man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline "
            "is round. This man wears a long pants. The pants are with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a peach kurta with white leaves and white pants"),
        Q.color("peach"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is a kurta", failure="restated"),
        color_of("kurta", "solid color patterns", failure="non_answer", kind="open"),
        Q.sleeve_length("long"),
        title="Sanwara Men Peach Printed Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: back view only: maroon self-design kurta (matte), white churidar; white backdrop; the collar and front
    # are not visible. The feed row has no gender column. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-044",
        caption("a man in a maroon kurta and white pants seen from behind"),
        wearing("a red kurta and white pants"),
        Q.color("maroon"),
        Q.pattern("printed", failure="contradiction"),
        details("kurta", "the kurta has a mandarin collar and three gold buttons on the front", failure="unsupported"),
        describe(
            "kurta",
            "The kurta is of long length. Its fabric is cotton and it has pure color patterns. The man wears a long "
            "trousers. The trousers are with",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Tabard Men Maroon Self Design Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # photo: rust Nehru jacket with a small cream paisley print over a beige kurta and beige churidar; white
    # backdrop, front view. Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-045",
        caption(
            "The man wears a sleeveless outer clothing with graphic patterns. The man wears a long-sleeve shirt with "
            "pure "
            "color patterns. The man wears a long trousers with pure color patterns. The man wears a long",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a beige kurta and an orange printed jacket"),
        Q.color("beige", failure="contradiction"),
        Q.pattern("printed"),
        color_of("jacket", "beige", failure="other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "jacket",
            "the jacket has a paisley print. Question: Describe the kurta. Answer: the kurta is beige",
            failure="leak",
        ),
        title="Hangup Men Rust Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: off-white handloom kurta with thin grey pinstripes, round neck, blue jeans; white backdrop, front view.
    # Open: caption adapter ep.1; closed: reference.
    case(
        "X1104-046",
        caption("a man wearing a white kurta and blue jeans"),
        wearing("a white kurta and blue jeans"),
        Q.color("off white"),
        Q.pattern("striped"),
        color_of("kurta", "blue", failure="other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has grey stripes and a round neck. Question: What is the color of the jeans? Answer: blue",
            failure="leak",
        ),
        Q.material("denim", failure="unsupported"),
        title="Fabindia Men Off-White Handloom Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
]
