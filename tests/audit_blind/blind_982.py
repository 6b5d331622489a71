"""BLIND_982 (46 products; Myntra kurtas & Nehru jackets, caption epoch 1): written blind in the fifty-eighth session.
Measured blind at fba231f (the session's second rules): 114/132 failures found (86.4%) and 15/193 correct texts flagged
(7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic wear, 29 kurtas (one sold as a kurta set, one row without a category)
and 17 Nehru jackets. Catalog photos on a white or light studio backdrop, mostly a male model: kurtas worn with
churidar, pyjama, jeans or chinos, Nehru jackets worn over a kurta or a shirt; a few lifestyle backdrops (a brick
wall, a beige wall, a potted plant), two back views, one flat lay with nobody in it. Props: stoles, a watch, a pocket
square, sunglasses. The seller's columns are title, category, color, gender; one row has no color, one no category,
one no gender. One seller color is off (a "Brown" jacket that looks rust).

Who wrote what: captions and every open answer (wearing, describe, details, material, the open color questions,
the collar question) are free generation by the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b), greedy, 50 new tokens for captions and
30 for answers. After one epoch it still knows the word kurta and some hue names from the base model, but it often
falls back on the DeepFashion template ("The man wears a long-sleeve ... with pure color patterns. The ... is with
cotton fabric. It has a stand neckline."), says "the lady"/"her" for men because the template data is mostly
women, adds the template's stock extras (an accessory on the wrist, a hat, a ring), and, trained without an end
token, often runs to the limit: loops or a sentence cut off. It sometimes carries on the `Question: ... Answer:`
format. Closed answers (garment_type, color, pattern, sleeve_length, is_nehru_jacket / is_kurta) come from enrich's
`--engine reference` ranking the candidates with the same adapter: always one candidate value, never a loop or a
cut, but it often picks the color or sleeves of the garment worn under or beside the product.

Labeling conventions and judgement calls:
- One label per text. Most failing texts have one failure; where a text has two I labelled the first in this order:
  loop, leak, cut, pronoun, other_garment_color, contradiction, unsupported, restated, non_answer.
- hit_limit=True on every loop and every cut, and on leaks that ran on to the limit. Texts that stopped on their
  own (the newline) have hit_limit=False. No correct text hit the limit.
- Shades and groups are correct: navy for Navy Blue and "blue" for it, cream/white for Cream, maroon/red, lavender
  and purple, magenta and pink, olive and green, khaki and beige, rust and orange, charcoal and grey, teal blue for
  Teal. "black" for a navy kurta and "red" for a magenta one are contradictions. Judged by the photo: the jacket
  sold as "Brown" looks rust, so "rust" and "brown" are both correct there.
- A multicolor print sold as "Multi": the closed color naming the print's ground (white) is correct.
- Another garment's color given to the product: other_garment_color when an open answer does it; contradiction when a
  closed answer does it (the reference engine only picked a wrong candidate), and when the color is the backdrop's
  (a brick wall, a beige wall). The open answer that gives the kurta a worn stole's colors is other_garment_color.
  An open answer that gives the churidar the kurta's color is a contradiction (the product's own color is right).
- Garment words: kurta, long kurta, tunic, kurta pajama are correct for a kurta; Nehru jacket, jacket, vest,
  waistcoat, sleeveless jacket are correct for a Nehru jacket. The product called "shirt" or "dress" (open) or the
  closed type "shirt"/"kurta" for a jacket is a contradiction. What the model calls the garments under the product
  (the shirt under a jacket) is named only where it is right.
- Wrong pattern or sleeves (solid for stripes, floral pants that are plain, long sleeves for a sleeveless jacket) is
  a contradiction. Invented details that the photo does not show (a chest pocket, a zip, a ring, a hat, a pocket
  square, a chain, a lining, buttons seen from the back, a man in a flat lay) are unsupported.
- Fabric: a fabric the title names, or a plausible one the title is silent about (cotton for a matte kurta, silk for
  a sheen), is correct; a fabric against the title's is unsupported.
- A one-word, yes or empty answer to an open question that is not a color or material question is a non_answer
  ("green" to "What are the details?"). An answer that only turns the question back into a sentence ("the kurta
  details are the details of the kurta", "the man is wearing") is restated.
- she/her/lady/woman for a Men row is a pronoun failure; the row without gender has no pronoun to get wrong.
- The caption template's "There is an accessory on his wrist" is right only where a watch is visible.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

collar = question("collar", "What type of collar does the garment have?", "open")

BLIND_982 = [
    # photo: man, front view, maroon knee-length kurta, mandarin collar, half placket with three self buttons, white
    # churidar, brown mojaris, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference.
    case(
        "X982-001",
        caption(
            "The man wears a long-sleeve kurta with solid color patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon kurta and white pants", who="the man"),
        color_of("kurta", "maroon", kind="open"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("solid"),
        details("kurta", "The kurta has a mandarin collar and three buttons on the placket."),
        Q.material(
            "cotton Question: What is the color of the kurta? Answer: maroon Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Fabindia Men Cotton Solid Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man, front, black Nehru jacket over a white full-sleeve kurta and white churidar, red pocket square,
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-002",
        caption("a man wearing a black vest and white kurta standing in front of a white background"),
        wearing("The lady wears a sleeveless vest with pure color patterns.", "pronoun", who="he"),
        color_of("nehru jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("black"),
        details(
            "nehru jacket", "The jacket has a mandarin collar, a red pocket square and five buttons down the front."
        ),
        title="Diwaah Men Black Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man, front, off-white straight kurta with small rust-red block-print motifs, round neck with a short
    # slit, worn with blue jeans, white backdrop. Caption and open answers: adapter epoch 1; closed: reference.
    case(
        "X982-003",
        caption(
            "The man wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The man also "
            "wears a long denim pants. The denim pants are with denim fabric and pure color patterns."
        ),
        wearing("a white kurta with red print and blue jeans"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.color("off white"),
        describe(
            "kurta",
            "The kurta is off white with small red block prints all over, a round neck with a short slit and long "
            "sleeves.",
        ),
        Q.material("cotton"),
        details("kurta", "The kurta has a chest pocket and a zip at the neck.", "unsupported"),
        title="Mother Earth Men Printed Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man, front, cream silk-blend kurta with a tone-on-tone woven self design, mandarin collar, gold-toned
    # buttons, cream churidar, white backdrop. Caption and open answers: adapter epoch 1; closed: reference.
    case(
        "X982-004",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns. The kurta is with silk fabric. It has a "
            "stand neckline. The pants the man wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream colored kurta and churidar", who="the man"),
        Q.material("silk"),
        color_of("kurta", " ".join(["cream"] * 30), "loop", kind="open", hit_limit=True),
        Q.color("cream"),
        Q.garment_type("kurta"),
        details("kurta", "gold buttons on the placket, a mandarin collar and a woven self design"),
        title="Manyavar Men Cream Silk Blend Self Design Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: man, front, navy jacquard Nehru jacket over a sky-blue kurta and white pyjama, grey studio backdrop, no
    # watch or bracelet. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-005",
        caption(
            "The man wears a sleeveless vest with lattice patterns. The vest is with cotton fabric. It has a stand "
            "neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a navy blue nehru jacket over a light blue kurta with white pants", who="the man"),
        Q.color("blue"),
        color_of("nehru jacket", "light blue", "other_garment_color", kind="open"),
        is_a("nehru jacket", "yes"),
        details(
            "nehru jacket", "The jacket has a mandarin collar, a welt pocket on the chest and two pockets at the waist."
        ),
        Q.material("jacquard"),
        title="Vastramay Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, side angle, bottle-green straight kurta, white churidar, white backdrop. Caption and open answers:
    # caption adapter epoch 1; closed: reference engine.
    case(
        "X982-006",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a green kurta and white leggings", "pronoun"),
        Q.color("green"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "The kurta is dark green and knee length with long sleeves and a mandarin collar."),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta has a stand collar. Question: What are the "
            "pants details? Answer: The pants are",
            "leak",
            hit_limit=True,
        ),
        title="Sojanya Men Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: man, front, white kurta with a multicolor (blue, yellow, green) paisley print, beige trousers, white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-007",
        caption("a man wearing a colorful paisley print kurta with beige pants"),
        Q.color("white"),
        Q.pattern("printed"),
        wearing(
            "The man wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline. The man wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        details("kurta", " ".join(["paisley"] * 15), "loop", hit_limit=True),
        Q.material("cotton"),
        color_of("pants", "beige", kind="open"),
        title="Fabindia Men Printed Multi Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: man, front, mustard Nehru jacket with gold buttons and two welt pockets, over a black kurta and black
    # churidar, white backdrop. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-008",
        caption("a man wearing a mustard nehru jacket over a black kurta"),
        wearing("a yellow jacket and black kurta"),
        Q.color("black", "contradiction"),
        color_of("nehru jacket", "mustard yellow", kind="open"),
        Q.garment_type("jacket"),
        describe(
            "nehru jacket",
            "The nehru jacket is mustard yellow with a mandarin collar, gold buttons and two side pockets with zips.",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        title="See Designs Men Mustard Yellow Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man, front, blue-and-white vertical pinstripe kurta without a pocket, white pyjama, holds sunglasses in
    # his right hand, white backdrop. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-009",
        caption(
            "The man wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric. It has a stand "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("kurta", "blue and white striped", kind="open"),
        wearing("a blue striped kurta, white pants and holding a pair of sunglasses", who="the man"),
        describe("kurta", "The kurta is a solid blue kurta with long sleeves", "contradiction"),
        details("kurta", "The kurta has a pocket on the chest and a pen in it.", "unsupported"),
        title="Manu Men Blue Striped Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man seen from the back, beige kurta, white churidar, white backdrop. Caption and open answers: caption
    # adapter epoch 1; closed: reference engine.
    case(
        "X982-010",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand neckline.",
            "pronoun",
        ),
        wearing("a beige kurta and white pants"),
        Q.color("beige"),
        color_of("kurta", "khaki", kind="open"),
        details("kurta", "yes", "non_answer"),
        describe("kurta", "The kurta is white with long sleeves.", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Anouk Men Beige Solid Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: man, front, grey herringbone Nehru jacket over a white shirt-style kurta and black trousers, brown
    # leather watch on the left wrist, white backdrop. Caption and open answers: adapter epoch 1; closed: reference.
    case(
        "X982-011",
        caption(
            "The man wears a sleeveless vest with lattice patterns. The vest is with wool fabric. It has a stand "
            "neckline. There is an accessory on his wrist. The man wears a long trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey vest, a white kurta and black pants"),
        color_of("nehru jacket", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.material("100% pure wool with a silk lining", "unsupported"),
        is_a("nehru jacket", "yes"),
        title="Hangup Men Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man, front, lemon-yellow kurta with white chikankari embroidery around the neck and down the placket,
    # white churidar, white backdrop. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-012",
        caption("a man in a yellow kurta with white embroidery"),
        Q.pattern("embroidered"),
        Q.color("white", "contradiction"),
        describe(
            "kurta",
            "The kurta is yellow with white chikan embroidery around the neck and down the placket. It has long "
            "sleeves and a side slit. The",
            "cut",
            hit_limit=True,
        ),
        wearing("He wears a yellow kurta with white embroidery and white churidar pants.", who="he"),
        Q.material("cotton"),
        color_of("pants", "yellow", "contradiction", kind="open"),
        title="Svanik Men Yellow Chikankari Cotton Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: man, front, maroon velvet Nehru jacket over a cream kurta and cream churidar, hands in the jacket's
    # waist pockets, grey backdrop. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-013",
        caption("the man is wearing a maroon vest and a white shirt with white pants"),
        wearing(
            "The man is wearing a maroon vest and a white shirt with white pants. The man is wearing a maroon vest "
            "and a white shirt with white pants. The man is",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.garment_type("shirt", "contradiction"),
        describe("nehru jacket", "maroon", "non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Kisah Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man, front, solid navy kurta, white pyjama, beige stole over the left shoulder, white backdrop.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-014",
        caption("a man wearing a black kurta and white pants with a scarf", "contradiction"),
        wearing("a navy blue kurta, white pyjama and a beige scarf on his shoulder"),
        Q.color("navy blue"),
        color_of("kurta", "navy blue", kind="open"),
        describe("kurta", "The kurta is white and has long sleeves.", "other_garment_color"),
        details(
            "kurta",
            "Answer: The kurta has a stand collar and a scarf Question: What is the color of the scarf? Answer: beige "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Ethnix by Raymond Men Navy Blue Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front, peach art-silk kurta with a gold-embroidered collar and matching peach churidar (a set),
    # white backdrop. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-015",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns. The kurta is with silk fabric. It has a "
            "stand neckline. The pants the man wears is of long length. The pants are with silk fabric and pure "
            "color patterns."
        ),
        Q.color("peach"),
        Q.pattern("solid"),
        color_of("churidar", "peach", kind="open"),
        wearing("she is wearing a peach kurta and pants", "pronoun", who="the man"),
        details("kurta", "The collar has gold embroidery."),
        Q.material("The material of the garment is the material of the garment.", "restated"),
        title="Manyavar Men Peach Art Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: man, front, rust-brown khadi Nehru jacket with four wooden buttons, over an off-white kurta, blue
    # jeans, white backdrop; the seller's "Brown" reads rust. Caption and open answers: adapter epoch 1; closed:
    # reference engine.
    case(
        "X982-016",
        caption("a man wearing a rust colored vest over a white kurta and blue jeans"),
        Q.color("brown"),
        color_of("nehru jacket", "rust", kind="open"),
        describe("nehru jacket", "The jacket is blue and has a stand collar and buttons", "other_garment_color"),
        wearing(
            "The man wears a sleeveless jacket with pure color patterns, a long-sleeve kurta inside and a long denim "
            "pants."
        ),
        Q.material("khadi cotton"),
        Q.garment_type("nehru jacket"),
        details(
            "nehru jacket",
            "The jacket has a mandarin collar, four wooden buttons and a zipped inner pocket.",
            "unsupported",
        ),
        title="Fabindia Men Brown Khadi Nehru Jacket",
        category="Nehru Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man, front, black kurta with a white geometric print along the yoke, white churidar, white backdrop.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-017",
        caption(
            "The man wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a stand "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        color_of("kurta", "black with white print", kind="open"),
        Q.pattern("printed"),
        wearing("he is wearing a black kurta and white churidar", who="he"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        title="Jompers Men Black Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man, front, olive cotton kurta with side pockets, right hand in a side pocket, white pyjama, white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-018",
        caption("a man in an olive green kurta standing with his hand in his pocket"),
        Q.color("olive"),
        color_of("kurta", "green", kind="open"),
        describe(
            "kurta",
            "The kurta is olive green. The kurta is olive green. The kurta is olive green. The kurta is olive green. "
            "The kurta is olive",
            "loop",
            hit_limit=True,
        ),
        wearing("a green shirt and white pants", "contradiction", who="the man"),
        Q.material("linen", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Diwaah Men Olive Green Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: man, front, beige Nehru jacket with a small brown floral print, over a navy kurta and white churidar,
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-019",
        caption(
            "The man wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a stand "
            "neckline. The man also wears a long-sleeve kurta inside. The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue", "contradiction"),
        Q.pattern("floral"),
        color_of("nehru jacket", "beige with brown flowers", kind="open"),
        wearing("a beige floral jacket, blue kurta and white pants"),
        is_a("nehru jacket", "yes"),
        details("nehru jacket", "jacket", "non_answer"),
        title="Sanwara Men Beige Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: man, front, pastel pink kurta with a mandarin collar and four buttons, white churidar, silver watch on
    # the left wrist, no rings, white backdrop. Caption and open answers: adapter epoch 1; closed: reference.
    case(
        "X982-020",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. There is an accessory on her wrist. The lady wears a long pants.",
            "pronoun",
        ),
        wearing("a pink kurta and white churidar with a watch"),
        Q.color("pink"),
        color_of("kurta", "light pink", kind="open"),
        describe(
            "kurta",
            "The kurta is a light pink kurta with long sleeves, a mandarin collar and four buttons. There is a ring "
            "on his finger.",
            "unsupported",
        ),
        Q.garment_type("kurta"),
        title="Kisah Men Pink Solid Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: man, front, rust handloom kurta with wooden buttons and a mandarin collar, blue jeans, red brick wall
    # behind him. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-021",
        caption("a man in an orange kurta standing in front of a brick wall"),
        wearing("an orange kurta and blue jeans"),
        Q.color("red", "contradiction"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        details("kurta", "The kurta has wooden buttons and a mandarin collar."),
        describe("kurta", "kurta", "non_answer"),
        Q.material("cotton"),
        title="Mother Earth Men Rust Orange Handloom Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: man, front, teal silk Nehru jacket with five covered buttons, over a white kurta and white pyjama,
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-022",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with silk fabric. It has a stand "
            "neckline. The man wears a long-sleeve kurta inside."
        ),
        color_of("nehru jacket", "teal blue", kind="open"),
        Q.color("white", "contradiction"),
        wearing(
            "Question: What is he wearing? Answer: a blue vest and white kurta Question: What is the color of the "
            "vest? Answer: blue Question: What",
            "leak",
            who="he",
            hit_limit=True,
        ),
        describe("nehru jacket", "The jacket is teal with a mandarin collar and five covered buttons down the front."),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("silk"),
        collar("a mandarin collar"),
        title="Tabard Men Teal Blue Silk Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: man, front, white kurta with white chikankari embroidery on the front and the sleeves, white churidar,
    # white backdrop (an all-white look). Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-023",
        caption("a man in a white kurta and white pants"),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "The kurta is white with white embroidery all over the front and the sleeves and a mandarin collar.",
        ),
        details(
            "kurta",
            "the kurta has a lot of embroidery on it, the kurta has a lot of embroidery on it, the kurta has a lot "
            "of embroidery on it, the kurta has",
            "loop",
            hit_limit=True,
        ),
        wearing("white", "non_answer"),
        Q.material("georgette", "unsupported"),
        title="Manyavar Men White Cotton Chikankari Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: flat lay, nobody in it: a black jacquard Nehru jacket with a small woven motif, a chest welt pocket and
    # two lower welt pockets, on a white surface. Caption and open answers: adapter epoch 1; closed: reference.
    case(
        "X982-024",
        caption(
            "The man wears a sleeveless vest with lattice patterns. The vest is with cotton fabric. It has a stand "
            "neckline.",
            "unsupported",
        ),
        wearing("a black vest"),
        Q.color("black"),
        Q.garment_type("nehru jacket"),
        describe(
            "nehru jacket",
            "a black jacket with a pattern on it and buttons down the front and a pocket on the chest and two "
            "pockets on the sides and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        details("nehru jacket", "It has a zip pocket on the inside and a satin lining.", "unsupported"),
        title="Wintage Men Black Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man, front, mustard silk kurta with a concealed placket, white churidar, maroon printed stole across
    # both shoulders, white backdrop. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-025",
        caption("a man wearing a yellow kurta and a red scarf"),
        Q.color("mustard"),
        color_of("kurta", "maroon and yellow", "other_garment_color", kind="open"),
        wearing(
            "He is wearing a mustard kurta, a white churidar and a maroon dupatta with a printed border.", who="he"
        ),
        Q.material("silk"),
        details("kurta", "a mandarin collar and a concealed placket"),
        Q.sleeve_length("long sleeves"),
        title="Sojanya Men Mustard Silk Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: man, front, red kurta with an asymmetric hem, black churidar, white backdrop; the row has no color.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-026",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a red kurta and black pants"),
        Q.color("black", "contradiction"),
        color_of("kurta", "red", kind="open"),
        describe("kurta", "The kurta is red with an asymmetric hem that is longer on one side and long sleeves."),
        details(
            "kurta",
            "The kurta has an asymmetric hem, the kurta has an asymmetric hem, the kurta has an asymmetric hem, the "
            "kurta has",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Hangup Men Solid Red Cotton Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: man, front, gold brocade Nehru jacket with gold buttons over a cream kurta and cream churidar, white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-027",
        caption("a man wearing a gold jacket over a white kurta"),
        Q.color("gold"),
        color_of("nehru jacket", "white", "other_garment_color", kind="open"),
        describe("nehru jacket", "The lady is wearing a gold jacket with a high collar.", "pronoun"),
        Q.material("brocade"),
        details("nehru jacket", "gold buttons"),
        wearing(
            "a gold vest and white pants and white pants and white pants and white pants and white pants and white "
            "pants and white",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Gold Toned Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
        gender="Men",
    ),
    # photo: man, front, indigo kurta with a white dabu floral print, round neck with a button placket, white
    # pyjama, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-028",
        caption(
            "The man wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline."
        ),
        Q.pattern("printed"),
        Q.color("blue"),
        color_of("kurta", "indigo blue with white flowers", kind="open"),
        wearing(
            "a blue printed kurta Question: What is the color of the pants? Answer: white Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta is indigo with a white floral print all over, a round neck with a button placket, long "
            "sleeves and straight",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man, front, charcoal grey linen kurta with a half placket of black buttons and side slits, white
    # pyjama, beige wall behind. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-029",
        caption("a man in a grey kurta and white pajamas standing against a beige wall"),
        Q.color("grey"),
        color_of("kurta", "beige", "contradiction", kind="open"),
        wearing("the man is wearing", "restated", who="the man"),
        Q.material("linen"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("kurta", "The kurta has a mandarin collar, a half placket with black buttons and side slits."),
        describe("kurta", "Describe the kurta. The kurta is a kurta.", "restated"),
        title="Manu Men Charcoal Grey Linen Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man, front, off-white Nehru jacket with gold thread embroidery, over a maroon kurta and off-white
    # churidar, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-030",
        caption(
            "The man wears a sleeveless vest with floral patterns. The vest is with silk fabric. It has a stand "
            "neckline. The man wears a long-sleeve kurta inside. The kurta inside is with silk fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("an off white jacket with gold embroidery over a maroon kurta"),
        color_of("nehru jacket", "maroon", "other_garment_color", kind="open"),
        Q.color("off white"),
        Q.pattern("embroidered"),
        describe(
            "nehru jacket",
            "The nehru jacket is cream with gold embroidery. The nehru jacket is cream with gold embroidery. The "
            "nehru jacket is cream with",
            "loop",
            hit_limit=True,
        ),
        is_a("nehru jacket", "yes"),
        title="Svanik Men Off White Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: man, front, lavender cotton kurta with a mandarin collar, no pocket, white buttons, white pyjama, white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-031",
        caption("a man wearing a purple kurta and white pants"),
        Q.color("lavender"),
        wearing("she is wearing a purple kurta", "pronoun", who="he"),
        describe(
            "kurta",
            "The kurta is a long purple kurta with a high neck, long sleeves and a pocket on the left side of the "
            "chest.",
            "unsupported",
        ),
        details("kurta", "mandarin collar and white buttons"),
        Q.material("cotton"),
        collar("a band collar"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        title="Jompers Men Lavender Cotton Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: man, front, off-white kurta with thin navy pinstripes, plain navy churidar, white backdrop. Caption and
    # open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-032",
        caption(
            "The man wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric. It has a stand "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("navy blue", "contradiction"),
        Q.pattern("striped"),
        color_of("kurta", "white with blue stripes", kind="open"),
        wearing("a white striped kurta and blue churidar"),
        details("kurta", "The kurta has stripes, the pants have stripes", "contradiction"),
        Q.material("linen", "unsupported"),
        title="Anouk Men Off White Striped Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man, front, green-and-black small-check Nehru jacket over a white collared shirt and blue jeans, white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-033",
        caption("a man wearing a green checkered vest over a white shirt and jeans"),
        Q.pattern("checked"),
        Q.color("green"),
        color_of("nehru jacket", "green and black", kind="open"),
        describe(
            "nehru jacket",
            "The jacket is a green and black plaid vest with a mandarin collar. It is made of wool and has a silk "
            "lining.",
            "unsupported",
        ),
        wearing("Answer: a green vest", "leak"),
        Q.sleeve_length("sleeveless"),
        title="Fabindia Men Green Checked Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: man, front, magenta art-silk kurta with gold buttons, cream churidar, white backdrop. Caption and open
    # answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-034",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns. The kurta is with silk fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("kurta", "magenta pink", kind="open"),
        wearing("he is wearing a pink kurta and cream pants", who="the man"),
        describe("kurta", "The kurta is red with gold buttons.", "contradiction"),
        Q.material("silk"),
        is_a("kurta", "yes"),
        details("kurta", "no", "non_answer"),
        title="Diwaah Men Magenta Art Silk Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: man, front, black kurta with silver embroidery on the stand collar only, black churidar, no jewellery,
    # white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-035",
        caption("a man in a black kurta with silver embroidery on the collar"),
        Q.color("black"),
        wearing(" ".join(["black"] * 30), "loop", hit_limit=True),
        describe(
            "kurta",
            "The kurta is black with a silver embroidered collar. He also wears a silver chain around his neck.",
            "unsupported",
        ),
        details("kurta", "There is silver embroidery on the stand collar."),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Manyavar Men Black Kurta with Embroidered Collar",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man, front, navy Nehru jacket over a white shirt and beige chinos, left hand in a trouser pocket, white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-036",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a stand "
            "neckline. The man wears a long-sleeve shirt inside. The shirt is with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("nehru jacket", "beige", "other_garment_color", kind="open"),
        wearing("He is wearing a navy blue nehru jacket over a white shirt with beige chinos.", who="he"),
        describe("nehru jacket", "The nehru jacket is navy blue."),
        details(
            "nehru jacket",
            "What are the nehru jacket details? The nehru jacket details are the nehru jacket details.",
            "restated",
        ),
        Q.material("velvet", "unsupported"),
        title="Hangup Men Navy Blue Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front, cream kurta with a round neck and keyhole opening with one button, maroon churidar, white
    # backdrop; the row has no category. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-037",
        caption("a man wearing a white kurta and red pants"),
        Q.garment_type("kurta"),
        Q.color("maroon", "contradiction"),
        color_of("kurta", "cream", kind="open"),
        color_of("churidar", "maroon", kind="open"),
        wearing(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants.", "pronoun", who="the man"
        ),
        details("kurta", "the kurta has a round neck and a keyhole opening with a button"),
        title="Sojanya Men Cream Solid Kurta with Maroon Churidar",
        color="Cream",
        gender="Men",
    ),
    # photo: man, three-quarter view, red Nehru jacket over a black kurta and black pyjama, white backdrop. Caption
    # and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-038",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a stand "
            "neckline.",
            "pronoun",
        ),
        Q.color("red"),
        color_of("nehru jacket", "black", "other_garment_color", kind="open"),
        wearing("a red vest and black kurta pajama"),
        Q.garment_type("kurta", "contradiction"),
        describe(
            "nehru jacket", "The jacket is red with black embroidery on the collar and black buttons.", "unsupported"
        ),
        is_a("nehru jacket", "yes"),
        title="Vastramay Men Red Nehru Jacket",
        category="Nehru Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: man, front, sea-green cotton kurta with a mandarin collar, no border work, white pyjama, a potted plant
    # beside him, white backdrop. Caption and open answers: adapter epoch 1; closed: reference engine.
    case(
        "X982-039",
        caption("a man in a green kurta standing next to a plant"),
        Q.color("green"),
        color_of("kurta", "sea green", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: green kurta Question: What is the color of the kurta? "
            "Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta is green with long sleeves and a mandarin collar, it is made of pure silk and has zari work "
            "on the border.",
            "unsupported",
        ),
        details("kurta", "green", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Mother Earth Men Sea Green Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: man, front, navy kurta with a white ikat print, no pockets in view, white pyjama, no watch, white
    # backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-040",
        caption(
            "The man wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a stand "
            "neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("navy blue"),
        color_of("kurta", "navy blue with a white ikat pattern", kind="open"),
        describe("kurta", "The kurta is a blue and white shirt with a zigzag pattern.", "contradiction"),
        wearing(
            "the man is wearing a kurta, the man is wearing a kurta, the man is wearing a kurta, the man is wearing a "
            "kurta, the man is",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("kurta", "The kurta has a white ikat print, long sleeves and two pockets at the hips.", "unsupported"),
        title="Anouk Men Navy Blue & White Ikat Print Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front, khaki linen Nehru jacket with wooden buttons and a chest welt pocket, over an olive kurta
    # and white pyjama, bare-headed, white backdrop. Caption and open answers: adapter epoch 1; closed: reference.
    case(
        "X982-041",
        caption("a man in a beige vest and green kurta"),
        Q.color("olive", "contradiction"),
        color_of("nehru jacket", "khaki", kind="open"),
        wearing(
            "The man wears a sleeveless vest with pure color patterns, a long-sleeve kurta and long pants. There is a "
            "hat on his head.",
            "unsupported",
        ),
        describe("nehru jacket", "The jacket is olive green with a stand collar.", "other_garment_color"),
        Q.material("linen"),
        details(
            "nehru jacket", "The jacket has a mandarin collar, wooden buttons and a welt pocket on the left chest."
        ),
        Q.sleeve_length("sleeveless"),
        title="Ethnix by Raymond Men Khaki Linen Nehru Jacket",
        category="Nehru Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: man, front, coffee-brown kurta with a stand collar, brown buttons and side slits, beige pyjama, brown
    # sandals, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-042",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("brown"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        wearing(
            "Answer: he is wearing a brown kurta and beige pants Question: What is the color of the kurta? Answer: "
            "brown Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a brown kurta with a stand collar and brown buttons, long sleeves and side slits, worn with beige "
            "pajama pants and brown sandals on his",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "The kurta details are brown.", "restated"),
        title="Kisah Men Coffee Brown Solid Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man, front, charcoal Nehru jacket with an empty chest welt pocket, over a light pink kurta and white
    # churidar, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-043",
        caption("a man in a grey vest and pink kurta standing against a white background"),
        Q.color("grey"),
        color_of("nehru jacket", "pink", "other_garment_color", kind="open"),
        describe(
            "nehru jacket",
            "The nehru jacket is dark grey with a mandarin collar and a pink pocket square in the chest pocket.",
            "unsupported",
        ),
        wearing("She wears a grey vest and a pink top.", "pronoun", who="he"),
        Q.garment_type("nehru jacket"),
        collar("stand collar"),
        title="Diwaah Men Charcoal Grey Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man seen from the back, saffron-orange cotton kurta, white churidar, white backdrop; no collar front or
    # buttons visible. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-044",
        caption("the back of a man wearing an orange kurta and white pants"),
        Q.color("orange"),
        wearing(
            "Orange kurta and white pants. Orange kurta and white pants. Orange kurta and white pants. Orange kurta "
            "and white pants. Orange",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is orange with a collar and buttons on the front", "unsupported"),
        details("kurta", "", "non_answer"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.material("cotton"),
        title="Fabindia Men Orange Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Men",
    ),
    # photo: man, front, teal kurta with a small white leaf print, round neck with a button placket, plain white
    # pyjama, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X982-045",
        caption(
            "The man wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline. The man wears a long pants. The pants are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        Q.color("teal"),
        Q.pattern("printed"),
        color_of("kurta", "teal with white leaves", kind="open"),
        wearing("a teal printed kurta with white pyjama"),
        describe(
            "kurta", "The kurta has a white leaf print, a round neck and a hidden zip at the side.", "unsupported"
        ),
        details("kurta", "The details of the kurta are that it is a kurta.", "restated"),
        title="Svanik Men Teal Green Printed Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: man, front, purple silk Nehru jacket over a cream kurta and white churidar, a folded stole over his
    # forearm, white backdrop; the row has no gender. Caption and open answers: adapter epoch 1; closed: reference.
    case(
        "X982-046",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with silk fabric. It has a stand "
            "neckline. The man also wears a long-sleeve kurta. The kurta is with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("purple"),
        color_of("nehru jacket", "cream", "other_garment_color", kind="open"),
        wearing("a purple jacket"),
        describe("nehru jacket", " ".join(["purple"] * 30), "loop", hit_limit=True),
        is_a("nehru jacket", "no", "contradiction"),
        title="Sanwara Men Purple Nehru Jacket",
        category="Nehru Jackets",
        color="Purple",
    ),
]
