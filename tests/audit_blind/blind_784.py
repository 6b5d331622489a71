"""BLIND_784 (46 products; Myntra men's kurtas and Nehru jackets, caption adapter at epoch 1): written blind in the
fifty-fifth session. Measured blind at f624242 (the session's eighth rules): 112/122 failures found (91.8%) and 7/176
correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like men's ethnic-wear feed, Kurtas, Nehru Jackets and Kurta Sets (kurta with churidar or pyjama,
one with a jacket). Photos are catalog shots on a white or light grey backdrop: a model in a kurta over a churidar,
pyjama, jeans or trousers; Nehru jackets worn over a kurta (often white or cream, sometimes a contrasting color), once
over a t-shirt and chinos, once photographed alone as a flat product shot. A few props: sunglasses, a stole, a
pocket square, a brooch.

Who wrote what: captions and open answers (wearing, describe, details, material, and the open color question where
marked) come from the caption adapter Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new
tokens for captions and 30 for answers. At epoch 1 it still answers short questions sometimes, in base-model style
("a man wearing a teal kurta and white pyjamas"), but often falls back on the DeepFashion template ("The man wears a
long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton fabric."), with the template's
habits: "shirt"/"vest" for kurta/jacket, "The lady"/"her" from the women-heavy data, an invented "accessory on his
wrist" or ring, a fabric guessed from the template. No end token was trained, so answers loop or run into the limit
and are cut; some echo the `Question: ... Answer:` format. Closed answers (garment_type, color, color of a garment,
pattern, sleeve length, "Is this a ...?") come from enrich's reference engine: one candidate picked, never cut or
looping, but often the color of the kurta under the jacket, or of the churidar, or the print's color.

Labeling conventions and judgement calls:
- "shirt" or "long-sleeve shirt" for a kurta and "vest" for a Nehru jacket in open texts are the adapter's nearest
  words and are correct; a closed garment_type or "Is this a kurta?" that picks the wrong garment is a contradiction.
- other_garment_color: the labelled product (kurta, or the jacket on a jacket row) is given the color of another
  garment in the photo (the kurta under the jacket, the churidar, jeans, a stole) or of its own print's minor color
  where that color is also another garment's. When another garment (churidar, pants) is given a wrong color, often the
  product's, it is a contradiction.
- A shade in the seller's color group is correct (purple for Lavender, pink for Magenta, red for Burgundy, blue for
  Teal, white for Cream, yellow for Mustard); a shade outside it (brown for Rust, orange for Peach) is a contradiction.
  For a Multi row, any main color of the print is correct.
- Self-design (tone-on-tone weave) accepted as "solid"/"pure color patterns"; a wrong pattern ("checked" for stripes,
  "solid" for a print, "floral" for a solid kurta worn with a printed stole) is a contradiction, as is a wrong sleeve
  length.
- unsupported: details not in the photo (pocket, zipper, belt, mirror work, zari, wrist accessory, ring), a person on a
  flat product shot, and a material the title contradicts (cotton for art silk, linen for cotton, denim, leather).
  A material the title does not name is correct when it matches what the photo plainly shows (matte cotton).
- A one-word or yes/no reply to an open question is a non_answer; a reply that only turns the question's words back
  ("the details are the details of the jacket", "the kurta is a kurta") is restated. An echoed prompt counts as leak.
- pronoun: "she", "her", "the lady" for a man. The rows are all Men; one row lacks the gender column and has no
  pronoun failure.
- One label per text: when a text has two failures, the label is the one a reader meets first (a lady-pronoun caption
  that also says "dress" is pronoun; "silk with gold zari" then cut is unsupported). hit_limit=True on every loop and
  cut, and on a leak or failure that ran to the limit.
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
    wearing,
)

M = "Men"

BLIND_784 = [
    # photo: man in a cream tone-on-tone self-design art silk knee-length kurta, cream churidar, tan mojaris, white
    # backdrop, front view. Caption adapter epoch 1 wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-001",
        caption("a man wearing a cream kurta and churidar standing in front of a white wall"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric.",
            "unsupported",
            who="the man",
        ),
        color_of("kurta", "cream"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        details(
            "kurta",
            "it has a stand collar, a button placket and a stand collar, a button placket and a stand collar, a "
            "button placket and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        describe("kurta", "She is wearing a cream kurta with self design and long sleeves", "pronoun"),
        title="Manyavar Men Cream Self-Design Art Silk Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender=M,
    ),
    # photo: navy blue cotton kurta with small white floral buttis, white pyjama, white backdrop, front view. Adapter
    # wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-002",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue kurta with white floral print and white pyjamas", who="he"),
        color_of("kurta", "white", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a pocket on the chest, embroidery on the cuffs and a zip", "unsupported"),
        title="Jompers Men Navy Blue & White Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender=M,
    ),
    # photo: mustard sleeveless Nehru jacket, mandarin collar, five buttons, two welt pockets, over a white kurta and
    # white churidar, white backdrop, front view. Adapter wrote caption and open answers; reference engine the rest.
    case(
        "X784-003",
        caption("a man wearing a yellow vest over a white kurta"),
        wearing("she is wearing a yellow jacket and a white kurta", "pronoun", who="the man"),
        color_of("jacket", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe(
            "jacket",
            "The vest has no sleeves, solid color patterns and a stand collar. It has five buttons on the front.",
        ),
        details(
            "jacket",
            "two pockets, two pockets, two pockets, two pockets, two pockets, two pockets, two pockets, two "
            "pockets, two",
            "loop",
            hit_limit=True,
        ),
        title="Vastramay Men Mustard Yellow Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender=M,
    ),
    # photo: maroon solid cotton long kurta with side slits, full sleeves, worn over blue jeans, light grey backdrop,
    # front view. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-004",
        caption(
            "The man is wearing a long-sleeve shirt with solid color patterns and a long denim pants. The shirt is "
            "with cotton fabric. It has a stand collar."
        ),
        color_of("kurta", "maroon"),
        color_of("pants", "blue"),
        describe("kurta", "the kurta is blue with a stand collar and long sleeves", "other_garment_color"),
        Q.material("denim", "unsupported"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeve", "contradiction"),
        title="Fabindia Men Maroon Solid Cotton Kurta",
        category="Kurtas",
        color="Maroon",
        gender=M,
    ),
    # photo: navy jacquard Nehru jacket with small tone-on-tone woven motifs and a white pocket square, over a cream
    # kurta and cream churidar, white backdrop. Adapter wrote caption and open answers; reference engine the rest.
    case(
        "X784-005",
        caption("a man in a navy blue nehru jacket and cream kurta posing for the camera"),
        wearing("he is wearing a blue jacket with a pocket square, a cream kurta and cream pants", who="he"),
        color_of("jacket", "navy blue"),
        Q.garment_type("jacket"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: The jacket has a stand collar and a pocket square.",
            "leak",
        ),
        is_a("jacket", "yes"),
        describe("jacket", "a black jacket with a stand collar", "contradiction"),
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender=M,
    ),
    # photo: white kurta with white chikankari embroidery down the front and placket, white pyjama, light grey
    # backdrop, front view. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-006",
        caption("a man wearing a white kurta with embroidery on the front"),
        wearing(
            "The lady wears a long-sleeve blouse with pure color patterns and a long pants. The blouse is with cotton "
            "fabric.",
            "pronoun",
            who="the man",
        ),
        color_of("kurta", "white"),
        describe("kurta", "kurta", "non_answer"),
        Q.sleeve_length("long sleeve"),
        details(
            "kurta",
            "The kurta has white embroidery on the chest and the placket, it has a stand collar and the",
            "cut",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender=M,
    ),
    # photo: bottle-green silk blend kurta, white churidar, brown mojaris, white backdrop, front view. Adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X784-007",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with silk fabric. "
            "The pants are with cotton fabric and pure color patterns. He wears a pair of shoes."
        ),
        wearing("a green kurta and white churidar", who="he"),
        color_of("kurta", "green"),
        color_of("pants", "green", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.material("silk"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a concealed button placket, and the churidar is gathered at the "
            "ankles",
        ),
        title="Sojanya Men Green & White Silk Blend Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender=M,
    ),
    # photo: black solid Nehru jacket over a white full-sleeve shirt and grey trousers, hands in pockets, no watch or
    # jewellery, white backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-008",
        caption(
            "The man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. There is an "
            "accessory on his wrist. The man wears a long trousers.",
            "unsupported",
        ),
        wearing("black vest, white shirt and grey trousers", who="the man"),
        color_of("jacket", "black"),
        color_of("pants", "black", "other_garment_color"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe(
            "jacket",
            "The jacket is black. The jacket is black. The jacket is black. The jacket is black. The jacket is black. "
            "The jacket",
            "loop",
            hit_limit=True,
        ),
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender=M,
    ),
    # photo: mustard cotton kurta with an all-over blue ethnic motif print, white pyjama, white backdrop, model turned
    # slightly to the side. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-009",
        caption("a man wearing a yellow and blue printed kurta"),
        color_of("kurta", "yellow"),
        Q.pattern("printed"),
        describe("kurta", "yellow kurta with blue print, long sleeves, mandarin collar and side slits"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        Q.material("cotton"),
        wearing("He is wearing a yellow kurta and blue pants", "contradiction", who="he"),
        title="Anouk Men Mustard Yellow & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender=M,
    ),
    # photo: light sky-blue linen short kurta with full sleeves, white cotton trousers, white backdrop, front view.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with linen "
            "fabric and it has a stand collar. The pants are with cotton fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("light blue kurta and white trousers", who="the man"),
        color_of("kurta", "blue"),
        Q.material("cotton", "unsupported"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("shirt", "contradiction"),
        title="Fabindia Men Blue Linen Kurta",
        category="Kurtas",
        color="Blue",
        gender=M,
    ),
    # photo: maroon Nehru jacket with a small gold foil print over a black kurta and black churidar, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-011",
        caption("a man wearing a maroon and gold jacket over a black kurta"),
        color_of("jacket", "black", "other_garment_color"),
        Q.pattern("printed"),
        wearing(
            "He wears a sleeveless jacket with graphic patterns over a long-sleeve shirt. The jacket is with cotton "
            "fabric. The shirt is with cotton fabric. He wears a long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        describe("jacket", "a maroon jacket with gold print, a stand collar and buttons"),
        Q.material("Question: What material is the garment made of? Answer: cotton fabric", "leak"),
        title="See Designs Men Maroon Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender=M,
    ),
    # photo: black solid kurta with a mandarin collar and three-button placket, white churidar, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "black"),
        color_of("pants", "white"),
        describe(
            "kurta",
            "The kurta is long and black with long sleeves. The kurta is long and black with long sleeves. The "
            "kurta is long and black",
            "loop",
            hit_limit=True,
        ),
        wearing("black", "non_answer", who="the man"),
        details("kurta", "The kurta has a mandarin collar and three buttons on the placket."),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Manyavar Men Black Solid Cotton Kurta",
        category="Kurtas",
        color="Black",
        gender=M,
    ),
    # photo: plain beige kurta, off-white pyjama, white backdrop, front view; no embellishment. Adapter wrote caption
    # and open answers; reference engine the closed ones.
    case(
        "X784-013",
        caption("a man in a beige kurta and white pants standing against a white background"),
        wearing("he is wearing a beige kurta and beige pyjamas", "contradiction", who="he"),
        color_of("kurta", "beige"),
        Q.garment_type("kurta"),
        Q.material("The garment is made of cotton fabric and it has pure color patterns"),
        Q.sleeve_length("long sleeve"),
        details("kurta", "it has a mandarin collar and mirror work on the yoke", "unsupported"),
        title="Kisah Men Beige & Off-White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
        gender=M,
    ),
    # photo: grey textured self-design Nehru jacket with buttons over a white kurta and blue jeans, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-014",
        caption(
            "The man wears a sleeveless vest with lattice patterns and a long denim pants. The vest is with wool "
            "fabric. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey vest, a white kurta, and blue jeans", who="the man"),
        color_of("jacket", "grey"),
        color_of("kurta", "white"),
        is_a("vest", "yes"),
        details("jacket", "the jacket has a stand collar, a zipper and two pockets", "unsupported"),
        describe("jacket", "the jacket is described as a jacket", "restated"),
        title="Ethnix by Raymond Men Grey Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender=M,
    ),
    # photo: light pink solid cotton kurta, white pyjama, white backdrop, front view. Adapter wrote caption and open
    # answers; reference engine the closed ones.
    case(
        "X784-015",
        caption("a man wearing a pink kurta and white pants"),
        color_of("kurta", "pink"),
        wearing("she is wearing a pink kurta with white pants", "pronoun", who="the man"),
        describe(
            "kurta",
            "the kurta is pink and the kurta is pink and the kurta is pink and the kurta is pink and the kurta is pink "
            "and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("solid"),
        title="Jompers Men Pink Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender=M,
    ),
    # photo: olive green kurta with brown wooden buttons, no pocket, plain sleeves, cream churidar, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand collar. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "green"),
        color_of("pants", "green", "contradiction"),
        describe("kurta", "olive green kurta with brown wooden buttons and a mandarin collar"),
        details(
            "kurta", "the kurta has brown buttons, a pocket on the chest and embroidery on the sleeves", "unsupported"
        ),
        Q.material("cotton Question: What is the color of the kurta? Answer: green", "leak"),
        title="Vastramay Men Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender=M,
    ),
    # photo: beige kurta and beige churidar with a maroon floral brocade Nehru jacket over them, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-017",
        caption("a man wearing a maroon jacket over a beige kurta and beige pants"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("jacket", "maroon"),
        wearing(
            "He wears a sleeveless vest with floral patterns over a long-sleeve shirt with pure color patterns. The "
            "shirt is long.",
            who="he",
        ),
        is_a("kurta", "yes"),
        Q.material(
            "The garment is made of silk fabric and it has floral patterns. The garment is made of silk fabric and it "
            "has floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Beige Kurta with Churidar & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender=M,
    ),
    # photo: white kurta with thin black pinstripes, band collar, black pants, white backdrop. Adapter wrote caption
    # and open answers; reference engine the closed ones.
    case(
        "X784-018",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        color_of("kurta", "black", "other_garment_color"),
        wearing("the man is wearing a white striped kurta and black pants", who="the man"),
        describe("kurta", "a white kurta with thin black stripes, long sleeves and a band collar"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "yes", "non_answer"),
        title="Hangup Men White & Black Striped Straight Kurta",
        category="Kurtas",
        color="White",
        gender=M,
    ),
    # photo: red silk blend kurta with small golden buttons, gold-cream churidar, no jewellery, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-019",
        caption("a man in a red kurta with gold buttons"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. There is an "
            "accessory on her wrist.",
            "pronoun",
            who="he",
        ),
        color_of("kurta", "red"),
        Q.sleeve_length("long sleeve"),
        details(
            "kurta",
            "golden buttons, golden buttons, golden buttons, golden buttons, golden buttons, golden buttons, golden "
            "buttons, golden",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        color_of("pants", "red", "contradiction"),
        title="Sojanya Men Red Silk Blend Solid Kurta",
        category="Kurtas",
        color="Red",
        gender=M,
    ),
    # photo: blue Nehru jacket with a white geometric print over a white kurta and white pyjama, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-020",
        caption(
            "The man wears a sleeveless vest with graphic patterns over a long-sleeve shirt. The vest is with cotton "
            "fabric and its neckline is stand. The shirt is with cotton fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue"),
        Q.pattern("solid", "contradiction"),
        wearing("a blue printed jacket over a white kurta and white pyjama", who="the man"),
        describe("jacket", "The jacket is white with blue print", "other_garment_color"),
        details("jacket", "Answer: the jacket has a mandarin collar and buttons", "leak"),
        title="Jompers Men Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender=M,
    ),
    # photo: teal cotton kurta below the knee, mandarin collar, white churidar, white backdrop, three-quarter view.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-021",
        caption("a man wearing a teal kurta and white pyjamas"),
        color_of("kurta", "blue"),
        describe("kurta", "the kurta is teal with a mandarin collar and long sleeves, it reaches below the knee"),
        Q.material("The garment is made of cotton fabric."),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand collar. The pants are with cotton fabric and",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        details("kurta", "kurta", "non_answer"),
        color_of("pants", "blue", "contradiction"),
        title="Fabindia Men Teal Cotton Kurta",
        category="Kurtas",
        color="Teal",
        gender=M,
    ),
    # photo: cream self-design Nehru jacket with a brooch on the left chest, two welt pockets, over a maroon kurta and
    # cream churidar, white backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-022",
        caption("a man wearing a white jacket over a maroon kurta"),
        color_of("jacket", "maroon", "other_garment_color"),
        wearing("he is wearing a cream nehru jacket with a brooch, a maroon kurta and cream churidar", who="he"),
        Q.sleeve_length("sleeveless"),
        details(
            "jacket",
            "the jacket has a stand collar and a brooch on the left chest, it has two pockets and",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "She wears a cream vest with a brooch", "pronoun"),
        title="Manyavar Men Cream-Coloured Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender=M,
    ),
    # photo: charcoal grey matte cotton-look kurta, black trousers, white backdrop, front view. Adapter wrote caption
    # and open answers; reference engine the closed ones.
    case(
        "X784-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric."
        ),
        color_of("kurta", "black", "other_garment_color"),
        color_of("pants", "black"),
        describe("kurta", "grey", "non_answer"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        title="Ethnix by Raymond Men Charcoal Grey Solid Kurta",
        category="Kurtas",
        color="Charcoal",
        gender=M,
    ),
    # photo: bright yellow plain cotton kurta, white churidar, model smiling and holding sunglasses, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-024",
        caption("a man in a yellow kurta holding a pair of sunglasses"),
        wearing("yellow kurta, white pants", who="the man"),
        color_of("kurta", "yellow"),
        details(
            "kurta",
            "What are the kurta details? Answer: yellow kurta Question: What are the kurta details? Answer: yellow",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta is yellow with a mandarin collar and it is made of silk with gold zari work on the",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Vastramay Men Yellow Solid Cotton Kurta",
        category="Kurtas",
        color="Yellow",
        gender=M,
    ),
    # photo: flat product shot, no model: bottle green Nehru jacket, mandarin collar, five buttons, a chest pocket and
    # two welt pockets, white backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-025",
        caption("a green vest with buttons on a white background"),
        wearing(
            "The man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. He wears a long "
            "pants.",
            "unsupported",
            who="the person",
        ),
        color_of("jacket", "green"),
        Q.garment_type("vest"),
        details("jacket", "a mandarin collar, five buttons, two welt pockets at the waist and a chest pocket"),
        Q.sleeve_length("sleeveless"),
        title="See Designs Men Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender=M,
    ),
    # photo: cotton kurta with a blue, orange and white ikat print, blue jeans, white backdrop, front view. Adapter
    # wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-026",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns and a long denim pants. The shirt is with cotton "
            "fabric and its neckline is stand."
        ),
        color_of("kurta", "blue"),
        Q.pattern("printed"),
        wearing(
            "he is wearing a blue and orange printed kurta and blue jeans, he is wearing a blue and orange printed "
            "kurta and blue jeans",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("kurta", "a multicolored kurta with an ikat pattern"),
        Q.material("denim", "unsupported"),
        title="Hangup Men Multicoloured Ikat Printed Cotton Kurta",
        category="Kurtas",
        color="Multi",
        gender=M,
    ),
    # photo: all-white kurta and white pyjama, brown sandals, white backdrop, front view. Adapter wrote caption and
    # open answers; reference engine the closed ones.
    case(
        "X784-027",
        caption("a man wearing a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("pants", "white"),
        wearing("white kurta pajama", who="the man"),
        details("kurta", "Question: What are the kurta details? Answer:", "leak"),
        describe(
            "kurta",
            "The kurta is white and the pants are white and the kurta is white and the pants are white and the "
            "kurta is",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender=M,
    ),
    # photo: coffee brown cotton Nehru jacket over an off-white full-sleeve kurta and off-white pyjama, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-028",
        caption(
            "The man wears a sleeveless vest with pure color patterns over a long-sleeve shirt. The vest is with "
            "leather fabric.",
            "unsupported",
        ),
        color_of("jacket", "brown"),
        wearing("brown jacket and a white kurta", who="the man"),
        describe("jacket", "the jacket is white and has long sleeves", "other_garment_color"),
        Q.material("cotton"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket details are on the jacket", "restated"),
        title="Jompers Men Coffee Brown Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Coffee Brown",
        gender=M,
    ),
    # photo: rust orange kurta, mandarin collar, short placket, side slits, beige trousers, white backdrop. Adapter
    # wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-029",
        caption("a man in an orange kurta and beige pants"),
        color_of("kurta", "brown", "contradiction"),
        wearing(
            "He wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. He wears a pair of",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar, a short button placket and side slits"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        title="Anouk Men Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender=M,
    ),
    # photo: lavender plain kurta, white pants, no watch, ring or other accessory, white backdrop. Adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X784-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand collar. There is an accessory on his wrist. He wears a ring.",
            "unsupported",
        ),
        color_of("kurta", "purple"),
        wearing("lavender kurta and white pants", who="the man"),
        describe("kurta", "the kurta is a kurta with sleeves", "restated"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "The garment is made of cotton fabric. The garment is made of cotton fabric. The garment is made of cotton",
            "loop",
            hit_limit=True,
        ),
        title="Kisah Men Lavender Solid Cotton Kurta",
        category="Kurtas",
        color="Lavender",
        gender=M,
    ),
    # photo: black Nehru jacket with a small white polka-dot print over a mint green kurta and white churidar, white
    # backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-031",
        caption("a man wearing a black jacket with white dots over a green kurta"),
        color_of("jacket", "black"),
        color_of("kurta", "green"),
        Q.pattern("printed"),
        wearing("she is wearing a black jacket and a green kurta", "pronoun", who="he"),
        describe("jacket", "The jacket is green with white dots and a stand collar", "other_garment_color"),
        details("jacket", "the details of the jacket are the jacket details", "restated"),
        title="Hangup Men Black Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender=M,
    ),
    # photo: indigo cotton kurta with white block-printed floral motifs, white churidar, white backdrop. Adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X784-032",
        caption(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. It has a stand collar."
        ),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        details(
            "kurta",
            "white flowers on the kurta and white flowers on the sleeves and white flowers on the kurta and white "
            "flowers on the",
            "loop",
            hit_limit=True,
        ),
        wearing("the man is wearing a blue kurta and white churidar", who="the man"),
        Q.material("linen", "unsupported"),
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender=M,
    ),
    # photo: peach plain kurta with full sleeves and a hidden placket, white churidar, white backdrop. Adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X784-033",
        caption("a man wearing an orange kurta and white pants", "contradiction"),
        color_of("kurta", "peach"),
        wearing("He wears a long-sleeve shirt with pure color patterns and a long pants.", who="he"),
        describe(
            "kurta",
            "The kurta is peach, with a mandarin collar and a hidden placket. It has long sleeves and a straight",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Sojanya Men Peach-Coloured Solid Kurta",
        category="Kurtas",
        color="Peach",
        gender=M,
    ),
    # photo: navy slim Nehru jacket over a white crew-neck short-sleeve t-shirt and beige chinos, side view, white
    # backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-034",
        caption(
            "The man wears a sleeveless vest with pure color patterns over a short-sleeve T-shirt. The vest is with "
            "cotton fabric. The T-shirt is with cotton fabric and its neckline is round."
        ),
        color_of("jacket", "navy blue"),
        color_of("pants", "beige"),
        wearing("navy blue vest, white t-shirt, beige pants", who="the man"),
        details("jacket", "the details are the details of the jacket", "restated"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.material("leather", "unsupported"),
        title="Vastramay Men Navy Blue Solid Cotton Slim-Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender=M,
    ),
    # photo: magenta art silk kurta, cream churidar, white backdrop, front view. Adapter wrote caption and open
    # answers; reference engine the closed ones.
    case(
        "X784-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric and its "
            "neckline is stand.",
            "pronoun",
        ),
        color_of("kurta", "pink"),
        wearing("a pink kurta and a cream churidar", who="he"),
        describe("kurta", "pink", "non_answer"),
        Q.material("silk"),
        Q.sleeve_length("long sleeve"),
        is_a("dress", "yes", "contradiction"),
        title="Manyavar Men Magenta Solid Art Silk Kurta",
        category="Kurtas",
        color="Magenta",
        gender=M,
    ),
    # photo: green short kurta with a white leaf print and a chest pocket, blue jeans, white sneakers, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones. The feed row has no color column.
    case(
        "X784-036",
        caption("a man in a green printed kurta and blue jeans"),
        color_of("kurta", "green"),
        color_of("pants", "blue"),
        wearing(
            "Question: What is the man wearing? Answer: a green shirt and blue jeans Question: What is the man "
            "wearing? Answer",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        details("kurta", "the kurta has white leaves printed all over and a pocket on the left chest"),
        title="Hangup Men Green Leaf Print Short Kurta",
        category="Kurtas",
        gender=M,
    ),
    # photo: maroon velvet Nehru jacket with golden buttons over a shiny gold-beige kurta and beige churidar, white
    # backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-037",
        caption("a man wearing a maroon velvet jacket over a gold kurta"),
        Q.material("cotton", "unsupported"),
        color_of("jacket", "maroon"),
        wearing(
            "He wears a sleeveless vest with pure color patterns over a long-sleeve shirt. The vest is with velvet "
            "fabric. The shirt is with",
            "cut",
            who="he",
            hit_limit=True,
        ),
        describe("jacket", "a maroon velvet jacket with a stand collar and golden buttons"),
        is_a("jacket", "no", "contradiction"),
        title="Manyavar Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender=M,
    ),
    # photo: sea green plain cotton kurta with a three-button placket, white pyjama, white backdrop. Adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X784-038",
        caption(
            "a man wearing a green kurta and white pajamas, he is wearing a green kurta and white pajamas, he is "
            "wearing a green",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white", "other_garment_color"),
        wearing("green kurta and white pyjama", who="the man"),
        details("kurta", "it has a mandarin collar and a button placket with three buttons"),
        describe("kurta", "a sea green straight kurta with long sleeves and a mandarin collar"),
        Q.pattern("solid"),
        Q.material("The garment is made of denim fabric", "unsupported"),
        title="Jompers Men Sea Green Solid Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
        gender=M,
    ),
    # photo: off-white Nehru jacket with a blue floral print over a navy kurta and white churidar, no watch or ring,
    # white backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-039",
        caption(
            "The man wears a sleeveless vest with floral patterns over a long-sleeve shirt. The vest is with cotton "
            "fabric. The shirt is with cotton fabric and pure color patterns. The man wears a long pants. The pants "
            "are",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "navy blue", "other_garment_color"),
        wearing("an off-white floral jacket over a navy kurta and white churidar", who="he"),
        Q.pattern("floral"),
        describe("jacket", "the jacket is white with blue flowers, it has a stand collar and buttons down the front"),
        details("jacket", "There is an accessory on his wrist. He wears a ring.", "unsupported"),
        title="See Designs Men Off-White & Blue Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
        gender=M,
    ),
    # photo: burgundy silk blend kurta with gold thread embroidery on the collar and placket, cream churidar, white
    # backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-040",
        caption("a man wearing a maroon kurta with gold embroidery"),
        color_of("kurta", "red"),
        details("kurta", "the kurta has gold embroidery on the collar and the placket"),
        wearing("a maroon kurta and a maroon churidar", "contradiction", who="the man"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "The garment is made of silk fabric and it has embroidery patterns on the neckline. The garment is made of "
            "silk fabric and it has",
            "loop",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Burgundy Silk Blend Embroidered Kurta",
        category="Kurtas",
        color="Burgundy",
        gender=M,
    ),
    # photo: navy blue kurta and white churidar, plain, white backdrop, front view. Adapter wrote caption and open
    # answers; reference engine the closed ones. The feed row has no gender column.
    case(
        "X784-041",
        caption("a man in a navy blue kurta and white churidar standing"),
        color_of("kurta", "navy blue"),
        color_of("pants", "white"),
        wearing(
            "He wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton fabric. "
            "The pants are with denim fabric",
            "unsupported",
            who="he",
        ),
        describe("kurta", "a kurta", "non_answer"),
        details(
            "kurta",
            "The details of the kurta are: the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        title="Sojanya Men Navy Blue & White Solid Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: mustard brocade Nehru jacket with black woven motifs and black buttons, no belt, over a black kurta and
    # black pants, white backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-042",
        caption("a man wearing a yellow jacket over a black kurta"),
        color_of("jacket", "black", "other_garment_color"),
        Q.garment_type("jacket"),
        wearing("a yellow jacket, a black kurta and black pants", who="the man"),
        details("jacket", "The jacket has a stand collar, black buttons and a belt at the waist.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "the jacket is a jacket", "restated"),
        title="Vastramay Men Mustard & Black Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender=M,
    ),
    # photo: off-white plain kurta with a hidden placket, a red printed stole over one shoulder, off-white churidar,
    # white backdrop. Adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X784-043",
        caption("a man wearing a white kurta and a red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        wearing("he is wearing a white kurta with a red stole over his shoulder", who="he"),
        describe("kurta", "The kurta is white"),
        details("kurta", "a mandarin collar and a hidden button placket"),
        Q.pattern("floral", "contradiction"),
        title="Manyavar Men Off-White Solid Kurta",
        category="Kurtas",
        color="Off White",
        gender=M,
    ),
    # photo: brown plain cotton kurta without pockets, white pyjama, white backdrop, front view. Adapter wrote caption
    # and open answers; reference engine the closed ones.
    case(
        "X784-044",
        caption("a man in a brown kurta and white pants"),
        color_of("kurta", "brown"),
        wearing("Question: What is the man wearing? Answer: a brown kurta", "leak", who="the man"),
        describe(
            "kurta",
            "The kurta is brown with a mandarin collar and long sleeves. It has a pocket on the chest",
            "unsupported",
        ),
        Q.material("cotton"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Men Brown Solid Cotton Kurta",
        category="Kurtas",
        color="Brown",
        gender=M,
    ),
    # photo: grey Nehru jacket, five buttons, two waist pockets, over a blue kurta and white churidar, white backdrop.
    # Adapter wrote caption and open answers; reference engine the closed ones. The feed row has no color column.
    case(
        "X784-045",
        caption("a man wearing a grey vest over a blue kurta"),
        color_of("jacket", "blue", "other_garment_color"),
        wearing("He is wearing a grey jacket, a blue kurta and white pants.", who="he"),
        describe("jacket", "She wears a grey vest with a stand collar and buttons", "pronoun"),
        details("jacket", "the jacket has a stand collar, five buttons and two pockets at the waist"),
        Q.sleeve_length("sleeveless"),
        Q.material("no", "non_answer"),
        title="Manyavar Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        gender=M,
    ),
    # photo: blue and white vertical striped cotton kurta, white pyjamas, white backdrop, front view. Adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X784-046",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. It has a stand collar. The man wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        Q.pattern("checked", "contradiction"),
        wearing("a blue striped kurta and white pyjamas", who="the man"),
        describe(
            "kurta",
            "The kurta is blue and white striped with a mandarin collar. The kurta is blue and white striped with a "
            "mandarin collar. The",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Kisah Men Blue Striped Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender=M,
    ),
]
