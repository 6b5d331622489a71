"""BLIND_991 (46 products; Myntra men's ethnic wear; caption, extractive QA): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 90/115 failures found (78.3%) and 16/167 correct texts flagged
(9.6%). The writer's notes, verbatim:

Scenario: a Myntra-like men's ethnic-wear feed (article types Kurtas, Kurta Sets, Nehru Jackets, Sherwani). Studio
product shots, mostly on a white or grey backdrop, a few on a colored wall, curtain, carved door or a courtyard set.
The model always wears other clothes too: churidar, pyjamas, dhoti pants or jeans under a kurta, a kurta under a
Nehru jacket, a stole or a safa with a sherwani. Some rows lack a column (no gender, no color, no category).

Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, 50 new tokens, greedy. It still names hues like the base model ("a man in a maroon kurta") but has
picked up DeepFashion template sentences ("The kurta is with cotton fabric and pure color patterns", "There is an
accessory on his wrist", "The lady wears ..."), and since no end token was trained it often runs to the limit: cut
mid-sentence, looping, or going on in the `Question: ... Answer:` format. The open answers (wearing, describe,
details, material, an open color question) are spans that mdeberta-v3-base-squad2 picked from that caption: they
inherit the caption's errors, can be empty (no-answer), can stop mid-phrase, or echo the question's subject. The
closed answers (garment type, color, pattern, sleeve length, "Is this a ...?", the color of a named garment) are
enrich's `--engine reference` pick from a candidate list: never looping or cut, but often the color of the churidar,
the under-kurta, the stole or the backdrop.

Labeling conventions and judgement calls:
- A shade in the seller's coarse color group is right (cream/off white -> white, navy/light blue -> blue, peach ->
  pink, lavender/mauve -> purple, rust -> orange, mustard -> yellow, charcoal -> grey, maroon -> red); a color of
  another group is a contradiction (teal called green, rust called brown, navy called black, mauve called grey).
- A color of another worn garment (churidar, pyjamas, dhoti, under-kurta, jacket, stole, safa) given for the asked
  garment is other_garment_color; a color of the backdrop, a curtain or a plant given for it is a contradiction.
- Two-tone titles: either named color is right for the product ("White & Blue" kurta answered blue), but in a set
  the question's garment decides ("Beige & Maroon Kurta with Dhoti Pants": maroon for the kurta is the dhoti's).
- A Nehru jacket called "vest" or "jacket" is right; the kurta under it called "shirt" is not flagged (not the
  product). A kurta called "dress", a sherwani called "suit" or "kurta", "kurta" as the type of a Nehru jacket:
  contradiction. The under-kurta's sleeve length given for a sleeveless jacket, or "sleeveless" for a kurta worn
  under one: contradiction.
- Material: a template "cotton"/"linen" for a garment that looks silk, satin or velvet while the catalog is silent:
  unsupported; "cotton" when the title says Velvet: contradiction. "cotton" for a matte plain kurta, catalog silent:
  right. "silk" for a kurta with visible sheen: right.
- Invented things the photo lacks (a wrist accessory or ring, a chest pocket, gold buttons on wooden ones, a stand
  collar on a round neck, a sword, a cup of tea): unsupported. "There is an accessory on his wrist" is right where
  the model wears a watch.
- Extractive answers are labeled on their own: a wrong color copied from the caption into the wearing answer is a
  second failure. Spans never hit a token limit (hit_limit only on captions); a span that stops mid-phrase is cut, a
  span from a looping stretch is loop, a span holding "Question:"/"Answer:" or the leaked question is leak.
- An empty span, or one word (a bare color) for "Describe the kurta.", or an unrelated span for details: non_answer.
  A span that only echoes the question's subject ("The kurta", "the sherwani", "a man is wearing"): restated.
- One label per text, in this order: wrong garment or color > loop, leak, cut > pronoun > unsupported. So a caption
  cut at the limit that also says "cotton" is cut, and the material answer carries the unsupported label.
- Pronoun: she/her/woman/lady for a Men row; rows without gender have no pronoun failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

MAN = "the man"

BLIND_991 = [
    # photo: cream cotton straight kurta, mandarin collar, no pockets, white churidar, tan mojaris, white backdrop,
    # front view. Caption: epoch-1 caption adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-001",
        caption(
            "a man in a cream kurta with a pocket on the chest and white churidar standing in front of a white "
            "background",
            "unsupported",
        ),
        wearing("a cream kurta with a pocket on the chest and white churidar", "unsupported", who=MAN),
        color_of("kurta", "cream"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeve"),
        Q.material("", "non_answer"),
        title="Vastramay Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: navy blue kurta with small white floral buti print, white pyjamas, grey backdrop, three-quarter view.
    # Caption: epoch-1 adapter (navy read as black); open: squad2 spans; closed: reference engine.
    case(
        "X991-002",
        caption(
            "a man wearing a black kurta with white flowers and white pants standing in front of a grey wall",
            "contradiction",
        ),
        wearing("a black kurta with white flowers and white pants", "contradiction", who=MAN),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        details("kurta", "white flowers"),
        Q.sleeve_length("long sleeve"),
        title="Jompers Men Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with gold buttons on the placket, gold-toned churidar, no watch or jewelry,
    # off-white backdrop, front. Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-003",
        caption(
            "a man in a maroon kurta with gold buttons and gold pants. The kurta is with silk fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a maroon kurta with gold buttons and gold pants", who=MAN),
        color_of("churidar", "gold"),
        Q.color("maroon"),
        Q.material("silk"),
        details("kurta", "gold buttons"),
        describe("kurta", "The kurta", "restated"),
        is_a("kurta", "yes"),
        title="Sojanya Men Maroon & Gold-Toned Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard jacquard Nehru jacket over a white kurta and white churidar, white pocket square, white backdrop,
    # front. Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine (picks the kurta's white).
    case(
        "X991-004",
        caption("a man wearing a yellow vest over a white kurta and white pants"),
        color_of("nehru jacket", "white", "other_garment_color"),
        Q.garment_type("vest"),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing("a yellow vest over a white kurta and white pants", who=MAN),
        describe("nehru jacket", "a yellow vest over a white kurta"),
        is_a("nehru jacket", "yes"),
        title="Manyavar Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: knee-length cream raw-silk sherwani, gold zari on collar and placket, cream churidar, maroon stole over
    # the shoulder, light grey backdrop, front. Caption: epoch-1 adapter, ran to 50 tokens; open: squad2; closed: ref.
    case(
        "X991-005",
        caption(
            "a man in a white sherwani with a red scarf standing in front of a grey wall. The sherwani is with cotton "
            "fabric and embroidery patterns. The scarf is with cotton fabric and pure color patterns. The sherwani",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sherwani with a red scarf", who=MAN),
        Q.material("cotton", "unsupported"),
        color_of("sherwani", "red", "other_garment_color"),
        details("sherwani", "embroidery patterns"),
        Q.garment_type("sherwani"),
        title="Manyavar Men Cream-Coloured & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: white kurta with thin blue vertical stripes, sleeves down, blue jeans, white backdrop, front.
    # Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine. All correct.
    case(
        "X991-006",
        caption("a man wearing a blue and white striped kurta and blue jeans"),
        Q.pattern("striped"),
        Q.color("blue"),
        wearing("a blue and white striped kurta and blue jeans", who=MAN),
        Q.sleeve_length("long sleeve"),
        describe("kurta", "blue and white striped"),
        title="Anouk Men White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: mustard cotton kurta, white pyjamas, brown juttis, white backdrop, side pose.
    # Caption: epoch-1 adapter, looping to the limit; open: squad2 span from the loop; closed: reference engine.
    case(
        "X991-007",
        caption(
            "a man in a yellow kurta and white pants and white pants and white pants and white pants and white pants "
            "and white pants and white pants and white pants and white pants and white pants and white",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white pants and white pants and white pants", "loop", who=MAN),
        color_of("kurta", "yellow"),
        color_of("pyjamas", "yellow", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeve"),
        title="House of Pataudi Men Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy Nehru jacket over a light pink kurta and white churidar, white backdrop, front.
    # Caption: epoch-1 adapter; open: squad2 spans (empty for details); closed: reference engine.
    case(
        "X991-008",
        caption("a man wearing a blue vest over a pink kurta"),
        color_of("nehru jacket", "pink", "other_garment_color"),
        wearing("a blue vest over a pink kurta", who=MAN),
        details("nehru jacket", "", "non_answer"),
        Q.garment_type("jacket"),
        Q.sleeve_length("sleeveless"),
        title="Ethnix by Raymond Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle-green cotton kurta with small white block-print motifs, mandarin collar, off-white pyjamas, white
    # backdrop, half-body crop. Caption: epoch-1 adapter, cut at 50 tokens; open: squad2; closed: reference engine.
    case(
        "X991-009",
        caption(
            "a man in a green kurta with white print. The kurta is with cotton fabric and graphic patterns. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("printed"),
        Q.color("green"),
        details("kurta", "It has a stand neckline"),
        wearing("a green kurta with white print", who=MAN),
        describe("kurta", "a green kurta with white", "cut"),
        color_of("pyjamas", "green", "other_garment_color"),
        title="Fabindia Men Green Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: black velvet sherwani with silver buttons, white churidar, white backdrop, front.
    # Caption: epoch-1 adapter (calls it a suit, says cotton); open: squad2 spans; closed: reference engine.
    case(
        "X991-010",
        caption(
            "a man in a black suit with silver buttons and white pants. The suit is with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a black suit with silver buttons and white pants", "contradiction", who=MAN),
        color_of("sherwani", "black"),
        Q.garment_type("sherwani"),
        details("sherwani", "silver buttons"),
        is_a("sherwani", "yes"),
        Q.material("cotton", "contradiction"),
        title="Mohanlal Sons Men Black Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: peach linen kurta, white pyjamas, barefoot, beige studio wall, front.
    # Caption: epoch-1 adapter (misgenders); open: squad2 spans; closed: reference engine.
    case(
        "X991-011",
        caption("a woman in a pink kurta and white pants standing in front of a beige wall", "pronoun"),
        wearing("a pink kurta and white pants", who=MAN),
        color_of("kurta", "peach"),
        describe("kurta", "pink", "non_answer"),
        Q.sleeve_length("long sleeve"),
        title="See Designs Men Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: off-white kurta with white chikankari on the yoke, white pyjamas, seated on a wooden stool, light blue
    # wall behind. Row lacks gender. Caption: epoch-1 adapter; open: squad2; closed: reference (picks the wall).
    case(
        "X991-012",
        caption(
            "a man sitting on a wooden stool wearing a white kurta with embroidery and white pants in front of a "
            "blue wall"
        ),
        Q.color("blue", "contradiction"),
        Q.pattern("embroidered"),
        wearing("a white kurta with embroidery and white pants", who=MAN),
        details("kurta", "embroidery"),
        Q.garment_type("kurta"),
        title="KISAH Men Off-White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: glossy maroon satin Nehru jacket with small gold paisley print over a cream kurta and cream pyjamas,
    # white backdrop, front. Caption: epoch-1 adapter, cut at 50 tokens; open: squad2; closed: reference engine.
    case(
        "X991-013",
        caption(
            "a man wearing a red jacket with gold flowers over a white shirt and white pants. The jacket is with "
            "cotton fabric and floral patterns. The shirt is with cotton fabric and pure color patterns. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        color_of("nehru jacket", "maroon"),
        Q.pattern("printed"),
        wearing("a red jacket with gold flowers over a white shirt", who=MAN),
        details("nehru jacket", "The jacket", "restated"),
        title="Hangup Men Maroon Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: teal silk-blend kurta, white churidar, no watch, white backdrop, front.
    # Caption: epoch-1 adapter (invents a wrist accessory); open: squad2 spans; closed: reference engine.
    case(
        "X991-014",
        caption("a man in a blue kurta and white churidar. There is an accessory on his wrist.", "unsupported"),
        color_of("kurta", "green", "contradiction"),
        wearing("a blue kurta and white churidar", who=MAN),
        Q.garment_type("kurta"),
        is_a("kurta", "yes"),
        describe("kurta", "a blue kurta"),
        details("kurta", "an accessory on his wrist", "unsupported"),
        title="Sojanya Men Teal Blue Solid Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: gold brocade sherwani, off-white churidar, red safa, pearl mala, carved wooden door behind, front.
    # Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-015",
        caption("a man in a gold sherwani and a red turban standing in front of a wooden door"),
        wearing("a gold sherwani and a red turban", who=MAN),
        color_of("sherwani", "red", "other_garment_color"),
        describe("sherwani", "gold", "non_answer"),
        Q.garment_type("sherwani"),
        Q.pattern("solid", "contradiction"),
        title="Manyavar Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: black kurta with black tone-on-tone thread embroidery on the yoke, white churidar, dark grey backdrop.
    # Caption: epoch-1 adapter, went on in QA format to the limit; open: squad2 spans; closed: reference engine.
    case(
        "X991-016",
        caption(
            "a man in a black kurta and white pants Question: what is the color of the kurta? Answer: black Question: "
            "what is the man wearing? Answer: a black kurta and white pants Question: what is",
            "leak",
            hit_limit=True,
        ),
        wearing("a black kurta and white pants", who=MAN),
        details("kurta", "what is the color of the kurta? Answer: black", "leak"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta"),
        color_of("churidar", "black", "other_garment_color"),
        title="Jompers Men Black Embroidered Straight Kurta with Churidar",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: beige long-sleeve kurta, maroon dhoti pants, maroon stole, white backdrop, front.
    # Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-017",
        caption("a man wearing a beige kurta and red dhoti pants with a red scarf"),
        color_of("kurta", "maroon", "other_garment_color"),
        wearing("a beige kurta and red dhoti pants", who=MAN),
        is_a("kurta", "yes"),
        describe("kurta", "a beige kurta"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Vastramay Men Beige & Maroon Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: grey melange cotton kurta with wooden buttons, black jeans, white sneakers, hands in pockets, white
    # backdrop. Caption: epoch-1 adapter (buttons called gold); open: squad2 spans; closed: reference engine.
    case(
        "X991-018",
        caption("a man in a grey kurta with gold buttons and black jeans with his hands in his pockets", "unsupported"),
        Q.color("black", "other_garment_color"),
        wearing("a grey kurta", who="he"),
        describe("kurta", "a grey kurta"),
        details("kurta", "gold buttons", "unsupported"),
        Q.garment_type("kurta"),
        Q.material("", "non_answer"),
        title="Anouk Men Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Men",
    ),
    # photo: beige jacquard Nehru jacket over a black kurta and black churidar, white backdrop, front.
    # Caption: epoch-1 adapter (one color for both); open: squad2 spans; closed: reference engine.
    case(
        "X991-019",
        caption("a man wearing a black kurta and a black vest", "other_garment_color"),
        color_of("nehru jacket", "beige"),
        wearing("a black kurta and a black vest", "other_garment_color", who=MAN),
        Q.garment_type("jacket"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        title="Sojanya Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender silk-blend kurta with sheen, mandarin collar, white churidar, white backdrop, front.
    # Caption: epoch-1 adapter in full DeepFashion template, cut at 50 tokens; open: squad2; closed: reference.
    case(
        "X991-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction", who=MAN),
        color_of("kurta", "purple"),
        details("kurta", "It has a stand neckline"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton", "unsupported"),
        title="Tabard Men Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: sea-green silk self-design kurta, cream churidar, white backdrop, front.
    # Caption: epoch-1 adapter, stopped on its own; open: squad2 spans; closed: reference engine.
    case(
        "X991-021",
        caption(
            "a man in a green kurta and white churidar. The kurta is with silk fabric and lattice patterns. It has a "
            "stand neckline. The churidar is with cotton fabric and pure color patterns."
        ),
        Q.material("silk"),
        color_of("churidar", "green", "other_garment_color"),
        Q.garment_type("kurta"),
        details("kurta", "lattice patterns"),
        wearing("a green kurta and white churidar", who=MAN),
        describe("kurta", "The kurta is with silk", "cut"),
        color_of("kurta", "The kurta", "restated", kind="open"),
        title="Manyavar Men Sea Green Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: maroon velvet sherwani, gold zardozi on collar and cuffs, gold churidar, gold mojaris, beige safa, white
    # backdrop. Caption: epoch-1 adapter, looping to the limit; open: squad2 spans; closed: reference engine.
    case(
        "X991-022",
        caption(
            "a man in a maroon sherwani with gold embroidery on the collar, the sleeves, the collar, the sleeves, the "
            "collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        details("sherwani", "gold embroidery on the collar, the sleeves, the collar, the sleeves, the collar", "loop"),
        color_of("sherwani", "maroon"),
        wearing("a maroon sherwani with gold embroidery", who=MAN),
        is_a("sherwani", "yes"),
        Q.garment_type("kurta", "contradiction"),
        title="Mohanlal Sons Men Maroon Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: indigo dabu-print kurta with white leaf motifs, white pyjamas, a potted plant beside him, white backdrop.
    # Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine (picks the plant's green).
    case(
        "X991-023",
        caption("a man in a blue kurta with white leaves standing next to a potted plant"),
        Q.pattern("printed"),
        color_of("kurta", "green", "contradiction"),
        wearing("a blue kurta with white leaves", who=MAN),
        details("kurta", "white leaves"),
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white cotton kurta, white pyjamas, brown kolhapuri sandals, white backdrop, front.
    # Caption: epoch-1 adapter; open: squad2 spans (wearing echoes the question); closed: reference engine.
    case(
        "X991-024",
        caption("a man is wearing a white kurta and white pajamas"),
        wearing("a man is wearing", "restated", who="he"),
        Q.color("white"),
        describe("kurta", "a white kurta and white pajamas"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeve"),
        title="Jompers Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: black Nehru jacket with white geometric print over a white kurta, blue jeans, hands bare (no watch, no
    # ring), white backdrop. Caption: epoch-1 adapter with template accessories; open: squad2; closed: reference.
    case(
        "X991-025",
        caption(
            "a man wearing a black and white vest over a white shirt and blue jeans. There is an accessory on his "
            "wrist. There is a ring on his finger.",
            "unsupported",
        ),
        color_of("nehru jacket", "blue", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a black and white vest over a white shirt and blue jeans", who=MAN),
        details("nehru jacket", "a ring on his finger", "unsupported"),
        title="Jompers Men Black & White Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: rust cotton kurta, cream pyjamas, empty hands, white backdrop, front.
    # Caption: epoch-1 adapter (invents a cup of tea); open: squad2 spans; closed: reference engine.
    case(
        "X991-026",
        caption("a man in an orange kurta and white pants holding a cup of tea", "unsupported"),
        color_of("kurta", "brown", "contradiction"),
        wearing("an orange kurta and white pants", who=MAN),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeve"),
        details("kurta", "a cup of tea", "unsupported"),
        color_of("pyjamas", "orange", "other_garment_color"),
        title="House of Pataudi Men Rust Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: navy silk-blend jacquard sherwani with silver thread embroidery, white churidar, white stole, white
    # backdrop. Caption: epoch-1 adapter, cut at 50 tokens; open: squad2 spans; closed: reference engine.
    case(
        "X991-027",
        caption(
            "a man in a blue sherwani with a white scarf. The sherwani is with cotton fabric and embroidery patterns. "
            "It has a stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue sherwani with a white scarf", who=MAN),
        color_of("sherwani", "navy blue"),
        Q.material("cotton", "unsupported"),
        details("sherwani", "embroidery patterns"),
        is_a("sherwani", "no", "contradiction"),
        title="Manyavar Men Navy Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pink cotton kurta, white churidar, white backdrop, front.
    # Caption: epoch-1 adapter (misgenders); open: squad2 spans; closed: reference engine.
    case(
        "X991-028",
        caption("a woman in a pink kurta and white leggings", "pronoun"),
        wearing("a pink kurta and white leggings", who=MAN),
        color_of("kurta", "pink"),
        is_a("kurta", "yes"),
        Q.garment_type("dress", "contradiction"),
        title="Vastramay Men Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: olive kurta, cream churidar, cream printed Nehru jacket over it (part of the set), white backdrop.
    # Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-029",
        caption("a man in a green kurta with a white vest and white pants"),
        color_of("kurta", "cream", "other_garment_color"),
        wearing("a green kurta with a white vest and white pants", who=MAN),
        describe("kurta", "green", "non_answer"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("kurta"),
        title="Sojanya Men Olive Green Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: yellow kurta with small green floral print, white pyjamas, white backdrop, front.
    # Caption: epoch-1 adapter, went on in QA format to the limit; open: squad2 spans; closed: reference engine.
    case(
        "X991-030",
        caption(
            "a man in a yellow kurta with green flowers Question: what is the man wearing? Answer: a yellow kurta "
            "Question: what is the color of the pants? Answer: white Question: what is the color of the kurta? Answer",
            "leak",
            hit_limit=True,
        ),
        wearing("a yellow kurta", who=MAN),
        color_of("kurta", "yellow", kind="open"),
        details("kurta", "green flowers Question: what is the man wearing?", "leak"),
        Q.pattern("floral"),
        color_of("pyjamas", "white"),
        title="KISAH Men Yellow Floral Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: charcoal self-design Nehru jacket over a white kurta and white churidar, a pillared courtyard set behind.
    # Caption: epoch-1 adapter, looping on the backdrop; open: squad2 spans; closed: reference engine.
    case(
        "X991-031",
        caption(
            "a man in a grey vest and white kurta standing in front of a building with pillars and pillars and "
            "pillars and pillars and pillars and pillars and pillars and pillars and pillars and pillars and pillars "
            "and",
            "loop",
            hit_limit=True,
        ),
        color_of("nehru jacket", "grey"),
        wearing("a grey vest and white kurta", who=MAN),
        describe("nehru jacket", "pillars and pillars and pillars and pillars and pillars", "loop"),
        Q.material("", "non_answer"),
        Q.garment_type("kurta", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Manyavar Men Charcoal Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: off-white full-sleeve sherwani with gold embroidery, off-white churidar, empty hands, white backdrop.
    # Caption: epoch-1 adapter (invents a sword); open: squad2 spans; closed: reference engine.
    case(
        "X991-032",
        caption("a man in a white sherwani with gold embroidery holding a sword", "unsupported"),
        wearing("a white sherwani with gold embroidery", who=MAN),
        Q.color("white"),
        details("sherwani", "gold embroidery holding a sword", "unsupported"),
        Q.pattern("embroidered"),
        Q.garment_type("sherwani"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sojanya Men Off-White & Gold-Toned Embroidered Sherwani",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: long-sleeve kurta in a red, blue, yellow and green ikat print, white pyjamas, white backdrop.
    # Caption: epoch-1 adapter, looping on the print's colors; open: squad2 span; closed: reference engine.
    case(
        "X991-033",
        caption(
            "a man in a colorful kurta with red, blue, yellow, green, red, blue, yellow, green, red, blue, yellow, "
            "green, red, blue, yellow, green, red, blue, yellow, green, red, blue, yellow",
            "loop",
            hit_limit=True,
        ),
        Q.color("multicolor"),
        wearing("a colorful kurta with red, blue, yellow, green, red, blue", "loop", who=MAN),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Anouk Men Multicoloured Ikat Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: powder-blue matte cotton kurta, white pyjamas, steel wristwatch on the left wrist, white backdrop.
    # Caption: epoch-1 adapter (the wrist accessory is real here); open: squad2 spans; closed: reference engine.
    case(
        "X991-034",
        caption(
            "a man in a light blue kurta and white pajamas. The kurta is with cotton fabric and pure color patterns. "
            "It has a stand neckline. There is an accessory on his wrist."
        ),
        color_of("pyjamas", "blue", "other_garment_color"),
        Q.material("cotton"),
        wearing("a light blue kurta and white pajamas", who=MAN),
        details("kurta", "It has a stand neckline"),
        title="See Designs Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: white cotton pintuck kurta, beige linen trousers, white backdrop, front. Row lacks a color.
    # Caption: epoch-1 adapter, went on in QA format and stopped; open: squad2 spans; closed: reference engine.
    case(
        "X991-035",
        caption(
            "a man in a white kurta and khaki pants Question: what is the color of the pants? Answer: khaki", "leak"
        ),
        Q.color("white"),
        wearing("a white kurta and khaki pants", who=MAN),
        describe("kurta", "", "non_answer"),
        Q.garment_type("kurta"),
        title="Fabindia Men Cotton Pintuck Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: ivory silk jacquard sherwani, peach stole, ivory churidar, pink safa, white backdrop, front.
    # Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-036",
        caption(
            "a man in a white sherwani with a pink scarf and a pink turban. The sherwani is with silk fabric and "
            "lattice patterns."
        ),
        color_of("sherwani", "pink", "other_garment_color"),
        Q.material("silk"),
        wearing("a white sherwani with a pink scarf and a pink turban", who=MAN),
        describe("sherwani", "The sherwani", "restated"),
        Q.garment_type("sherwani"),
        title="Manyavar Men Ivory Jacquard Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon kurta with gold thread embroidery round the neckline, white churidar, white backdrop, front.
    # Caption: epoch-1 adapter; open: squad2 spans stopping short; closed: reference engine.
    case(
        "X991-037",
        caption("a man in a maroon kurta with gold embroidery on the neckline and white churidar"),
        details("kurta", "gold embroidery on the", "cut"),
        color_of("kurta", "maroon"),
        wearing("a maroon kurta with gold", "cut", who=MAN),
        Q.pattern("embroidered"),
        color_of("churidar", "maroon", "other_garment_color"),
        title="Jompers Men Maroon Embroidered Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: bottle-green velvet Nehru jacket with a gold pocket square over a white kurta and white churidar,
    # brown wooden panel backdrop. Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-038",
        caption(
            "a man wearing a green velvet vest over a white kurta. The vest is with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.material("velvet"),
        color_of("nehru jacket", "green"),
        wearing("a green velvet vest over a white kurta", who=MAN),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.garment_type("jacket"),
        title="Ethnix by Raymond Men Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: cream kurta, cream pyjamas, white backdrop, front.
    # Caption: epoch-1 adapter (misgenders); open: squad2 spans; closed: reference engine.
    case(
        "X991-039",
        caption("a woman in a white kurta and white pants standing in front of a white background", "pronoun"),
        wearing("a white kurta and white pants", who=MAN),
        Q.color("cream"),
        describe("kurta", "a woman in a white kurta", "pronoun"),
        Q.material("", "non_answer"),
        Q.garment_type("kurta"),
        title="Vastramay Men Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: peach sherwani with cream floral thread embroidery, cream churidar, white juttis, white backdrop.
    # Caption: epoch-1 adapter, looping to the limit; open: squad2 spans; closed: reference engine.
    case(
        "X991-040",
        caption(
            "a man in a pink sherwani with white flowers and white pants and white shoes and white pants and white "
            "shoes and white pants and white shoes and white pants and white shoes and white pants and white shoes and",
            "loop",
            hit_limit=True,
        ),
        color_of("sherwani", "peach"),
        wearing("a pink sherwani with white flowers", who=MAN),
        Q.pattern("floral"),
        details("sherwani", "white pants and white shoes and white pants and white shoes", "loop"),
        is_a("sherwani", "yes"),
        title="House of Pataudi Men Peach Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: mauve silk kurta with a soft sheen, white churidar, white backdrop, front.
    # Caption: epoch-1 adapter (mauve read as grey); open: squad2 spans; closed: reference engine.
    case(
        "X991-041",
        caption(
            "a man in a grey kurta and white churidar. The kurta is with silk fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a grey kurta and white churidar", "contradiction", who=MAN),
        color_of("kurta", "purple"),
        Q.garment_type("kurta"),
        Q.material("silk"),
        title="Sojanya Men Mauve Solid Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Men",
    ),
    # photo: royal blue floral-print Nehru jacket over a black kurta and black pyjamas, white backdrop, front.
    # Caption: epoch-1 adapter, went on in QA format and stopped; open: squad2 spans; closed: reference engine.
    case(
        "X991-042",
        caption(
            "a man in a blue vest with flowers and a black kurta Question: what is the man wearing? Answer: a blue "
            "vest and a black kurta",
            "leak",
        ),
        wearing("a blue vest with flowers and a black kurta", who=MAN),
        color_of("nehru jacket", "black", "other_garment_color"),
        describe("nehru jacket", "what is the man wearing?", "leak"),
        Q.pattern("floral"),
        title="Hangup Men Blue Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: red silk kurta, white churidar, white backdrop, posed with one hand on the hip.
    # Caption: epoch-1 adapter; open: squad2 spans; closed: reference engine.
    case(
        "X991-043",
        caption("a man in a red kurta and white churidar posing for a photo. The kurta is with silk fabric."),
        color_of("kurta", "The kurta", "restated", kind="open"),
        details("kurta", "silk fabric"),
        color_of("churidar", "red", "other_garment_color"),
        Q.garment_type("kurta"),
        wearing("a red kurta and white churidar", who="he"),
        title="Manyavar Men Red Solid Silk Blend Kurta Set",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: black jacquard sherwani with gold woven motifs, gold churidar, dark red curtain behind, front.
    # Caption: epoch-1 adapter (misgenders); open: squad2 spans; closed: reference engine (picks the curtain).
    case(
        "X991-044",
        caption("a woman in a black and gold sherwani standing in front of a red curtain", "pronoun"),
        Q.color("red", "contradiction"),
        wearing("a black and gold sherwani", who=MAN),
        is_a("sherwani", "yes"),
        describe("sherwani", "black and gold"),
        title="Mohanlal Sons Men Black & Gold-Toned Jacquard Sherwani",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal matte cotton kurta with a plain round neck, white pyjamas, white backdrop. Row lacks a category.
    # Caption: epoch-1 adapter, cut at 50 tokens; open: squad2 spans; closed: reference engine.
    case(
        "X991-045",
        caption(
            "a man in a dark grey kurta and white pants. The kurta is with linen fabric and pure color patterns. It "
            "has a stand neckline. The pants are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        color_of("kurta", "grey"),
        wearing("a dark grey kurta and white pants", who=MAN),
        details("kurta", "It has a stand neckline", "unsupported"),
        Q.garment_type("kurta"),
        color_of("pyjamas", "grey", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        title="Jompers Men Charcoal Grey Solid Straight Kurta",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy blue kurta, white churidar, white backdrop, front.
    # Caption: epoch-1 adapter (misgenders); open: squad2 spans; closed: reference engine.
    case(
        "X991-046",
        caption("a woman in a blue kurta and white churidar", "pronoun"),
        wearing("a blue kurta and white churidar", who=MAN),
        color_of("kurta", "navy blue"),
        color_of("churidar", "white"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeve"),
        describe("kurta", "a woman in a blue kurta", "pronoun"),
        title="Sojanya Men Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
]
