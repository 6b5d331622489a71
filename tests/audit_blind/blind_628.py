"""BLIND_628 (46 products; Myntra men's ethnic wear, caption + extractive QA): written blind in the fifty-third session.
Measured blind at 28aee8c (the session's seventh rules): 111/137 failures found (81.0%) and 5/193 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's (and a few boys') ethnic festive wear: kurta pyjama and kurta churidar sets,
kurtas sold alone, sherwani sets, Nehru jackets, dhoti sets, bandhgala jackets and suits. Model shots, full length,
mostly front view on a white or light grey studio backdrop; a few on a beige or pale pink wall or with a prop (a
brass lamp, a wooden chair, a marigold garland). The model nearly always wears more than the product: a kurta under
a Nehru jacket, a churidar or pyjama under a kurta, a dupatta or stole over a sherwani, jeans under a kurta sold alone.
The job captions each photo, then answers the questions; there is one color question per visible piece (kurta,
pyjama, churidar, dhoti, jacket, dupatta, stole, trousers), asked of the caption.

Who wrote what:
- Captions: the untuned base blip2-opt-2.7b (greedy, 50 new tokens) on most products: short lowercase phrases,
  "a man in a maroon kurta and white pants", that stop by themselves. On nine products the caption came from the
  epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch): DeepFashion template sentences ("The
  gentleman is wearing a long-sleeve shirt with green color and pure color patterns. The shirt is with cotton
  fabric and its neckline is stand."), still naming hues after one epoch, never stopping: every one ran to the
  50-token limit and either ends mid-sentence or loops back to its first sentence. It calls kurtas "shirt",
  sherwanis "coat" or "dress", Nehru jackets "vest", and once a man "the lady".
- "What is the person wearing?" and the per-piece color questions (stored open): spans extracted by
  timpal0l/mdeberta-v3-base-squad2 from the caption. They are always words of the caption, so the caption's errors
  travel into them; when the caption never names the piece asked about, the QA model still returns the nearest
  color word, usually the color of another piece.
- "Describe the X.", "What are the X details?" and the material question: free generation by the base model with
  the "Question: ... Answer:" prompt, 30 new tokens. Usually a short phrase; sometimes it runs on into a new
  "Question: ... Answer:" pair, repeats itself to the limit, echoes the question, answers with one word or "yes",
  says "she" for a male model, or invents trim (pockets, sequins, a turban, a belt). On four products the details
  question went to the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption, richer details): template
  sentences that loop to the limit.
- Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?"): enrich's --engine reference,
  one candidate picked, so they never loop or stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- One label per text. Where a text has two failures I labeled the one a reader meets first (a caption that says
  "the lady" and is then cut at the limit is labeled pronoun).
- In free text, "shirt" or "tunic" for a kurta, "vest" for a Nehru jacket, "suit" for a bandhgala, "coat" for a
  sherwani are loose names, not failures; "dress" for a kurta or sherwani is a contradiction. A closed garment_type
  pick other than the product's own type (shirt, dress, kurta for a jacket, jacket for a kurta set) is a
  contradiction, since the engine had the right candidate.
- Shades inside one family count as right: peach called pink, cream or ivory called white, maroon or wine called
  red, teal called blue, mustard called yellow, silver called grey. Across families (navy called black, olive
  called grey, purple called blue, gold called brown, rust called maroon) it is a contradiction.
- A color answer for one piece that is really another piece's color is other_garment_color (the churidar "maroon"
  because the kurta is maroon; the product's closed color "orange" when orange is the jacket over it). A wrong hue
  that belongs to no piece in the photo is a contradiction. When the QA span happens to be right for a matching set
  (a cream churidar answered "cream" from the sherwani's word) it is correct.
- A wrong sleeve length or pattern pick is a contradiction ("long sleeve" for a Nehru jacket, seen on the kurta
  under it; "solid" for a striped kurta).
- Invented trim or props (gold buttons on self-coloured buttons, a pocket square, a belt, sequins, a turban that
  is not there, a watch), "sitting" when he stands, and a material the title contradicts (cotton for a silk-blend
  title, linen for a cotton title) are unsupported.
- "woman", "lady", "girl" for a man or boy is labeled pronoun like a wrong "she".
- non_answer: an empty answer, or a single word or "yes" to an open question. restated: the question given back
  ("the kurta is a kurta", "the details of the kurta", "describe the kurta in detail").
- leak: any text that carries "Question:" or "Answer:" from the prompt format, even when the answer before it is
  right.
- hit_limit is set on every text that ran to its token limit (all epoch-1 captions, loops, runs-on of the base
  model). Extracted spans never carry it, even when cut from a cut caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def span(garment, text, failure=None):
    """A per-piece color question answered by the extractive QA model over the caption (stored open)."""
    return color_of(garment, text, failure, kind="open")


BLIND_628 = [
    # photo: cream sherwani with small gold zari buttis all over, cream churidar, maroon dupatta over the left
    # shoulder, beige mojaris, no pocket square; plain white backdrop, front view. Caption base model; spans QA;
    # describe/details base.
    case(
        "X628-001",
        caption(
            "a man in a cream sherwani with gold embroidery and a maroon dupatta standing in front of a white wall"
        ),
        wearing("a cream sherwani with gold embroidery and a maroon dupatta"),
        span("sherwani", "cream"),
        span("churidar", "cream"),
        span("dupatta", "maroon"),
        describe("sherwani", "it is a cream sherwani with gold embroidery and a high collar"),
        details("sherwani", "gold embroidery on the collar and cuffs and a maroon pocket square", "unsupported"),
        title="Manyavar Men Cream-Coloured & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon silk-blend straight kurta with mandarin collar and self-coloured buttons, off-white churidar,
    # brown mojaris; light grey backdrop. Caption base; spans QA; describe/details base; closed reference.
    case(
        "X628-002",
        caption("a man in a maroon kurta and white pants posing for a photo"),
        wearing("a maroon kurta and white pants"),
        span("kurta", "maroon"),
        span("churidar", "maroon", "other_garment_color"),
        describe("kurta", "a maroon kurta with a mandarin collar and gold buttons", "unsupported"),
        details("kurta", "the details of the kurta", "restated"),
        color("maroon"),
        title="Sojanya Men Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard-yellow cotton kurta with white thread-embroidered motifs on the yoke and placket, white pyjama,
    # brown sandals; white backdrop. Caption epoch-1 adapter (cut at 50 tokens); details epoch-3 adapter (loop).
    case(
        "X628-003",
        caption(
            "The gentleman is wearing a long-sleeve kurta with yellow color and embroidered patterns. The kurta is "
            "with cotton fabric and its neckline is stand. The gentleman wears a long pants. The pants are with "
            "cotton fabric and white color. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with yellow color and embroidered patterns"),
        span("kurta", "yellow"),
        span("pyjama", "white"),
        material("cotton"),
        color("white", "other_garment_color"),
        details(
            "kurta",
            "The kurta is with cotton fabric and its neckline is stand. The kurta is with cotton fabric and its "
            "neckline is stand. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        title="Jompers Men Yellow & White Ethnic Motifs Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: black jacquard bandhgala jacket with tonal self-weave and brass-tone buttons, black trousers; model holds
    # sunglasses in one hand; white backdrop. Caption base; spans QA; describe/material base; closed reference.
    case(
        "X628-004",
        caption("a man in a black suit with gold buttons holding sunglasses"),
        wearing("a black suit with gold buttons"),
        span("bandhgala", "black"),
        describe("bandhgala", "bandhgala", "non_answer"),
        material("velvet", "unsupported"),
        garment_type("blazer"),
        color("black"),
        is_a("bandhgala", "no", "contradiction"),
        title="House of Pataudi Men Black Jacquard Bandhgala Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: off-white kurta with a gold zari border on the placket and hem, gold tissue dhoti pants, barefoot, hands
    # folded in namaste; white backdrop. Caption base; spans QA; describe/details base; closed reference.
    case(
        "X628-005",
        caption("a man in a white kurta and gold dhoti with his hands folded"),
        wearing("a white kurta and gold dhoti"),
        span("kurta", "white"),
        span("dhoti", "gold"),
        describe("kurta", "the kurta is white with a gold border"),
        details("kurta", "gold zari on the sleeves and a gold brooch on the chest", "unsupported"),
        color("gold", "other_garment_color"),
        title="VASTRAMAY Men White & Gold Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue Nehru jacket with small woven buttis, over a white kurta and white churidar; grey backdrop.
    # Caption base (reads the navy as black); spans QA; describe base; closed reference.
    case(
        "X628-006",
        caption("a man in a black vest and white kurta", "contradiction"),
        wearing("a black vest and white kurta", "contradiction"),
        span("jacket", "black", "contradiction"),
        span("kurta", "white"),
        describe("jacket", "it is a vest with a mandarin collar and buttons"),
        color("navy blue"),
        sleeves("long sleeve", "contradiction"),
        title="See Designs Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: peach slim kurta with mandarin collar, cream pyjama, tan loafers, one hand in pocket; white backdrop.
    # Caption base (calls him a woman); spans QA; describe/material base; closed reference.
    case(
        "X628-007",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        wearing("a pink kurta and white pants"),
        span("kurta", "pink"),
        span("pyjama", "white"),
        describe("kurta", "she is wearing a pink kurta with white pants", "pronoun"),
        material("cotton Question: What is the color of the pyjama? Answer: white", "leak"),
        color("peach"),
        title="KISAH Men Peach-Coloured Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: deep wine velvet sherwani with gold embroidered collar and cuffs, cream churidar, gold stole, cream safa
    # turban with a brooch; beige palace-arch backdrop. Caption epoch-1 adapter (cut); spans QA; describe base.
    case(
        "X628-008",
        caption(
            "The gentleman is wearing a long-sleeve sherwani with maroon color and embroidered patterns. The "
            "sherwani is with velvet fabric and its neckline is stand. The gentleman wears a long pants. The pants "
            "are with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sherwani with maroon color and embroidered patterns"),
        span("sherwani", "maroon"),
        span("churidar", "maroon", "other_garment_color"),
        span("stole", "maroon", "other_garment_color"),
        describe("sherwani", "a maroon velvet sherwani with gold embroidery on the collar and cuffs"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Wine Embroidered Velvet Sherwani Set with Stole",
        category="Sherwani",
        color="Burgundy",
        gender="Men",
    ),
    # photo: indigo cotton kurta with small white dabu block-print motifs, sleeves rolled to the elbow, worn with blue
    # jeans; white backdrop. Caption base; spans QA; describe/material base; closed reference.
    case(
        "X628-009",
        caption("a man in a blue and white printed shirt and jeans"),
        wearing("a blue and white printed shirt and jeans"),
        span("kurta", "blue and white"),
        describe(
            "kurta", "a blue shirt with white flowers Question: What is the color of the jeans? Answer: blue", "leak"
        ),
        material("linen", "unsupported"),
        garment_type("shirt", "contradiction"),
        pattern("printed"),
        title="Fabindia Men Indigo Dabu Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy of about six in a lemon-yellow kurta and white pyjama, holding a small wooden toy; white backdrop.
    # Caption base (calls him a girl); spans QA; describe base; closed reference.
    case(
        "X628-010",
        caption("a little girl in a yellow kurta and white pants holding a toy", "pronoun"),
        wearing("a yellow kurta and white pants"),
        span("kurta", "yellow"),
        span("pyjama", "white"),
        describe("kurta", "she is wearing a yellow kurta", "pronoun"),
        garment_type("dress", "contradiction"),
        color("yellow"),
        title="Jompers Boys Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: beige jute-textured Nehru jacket over a black kurta and black churidar; grey backdrop.
    # Caption base; spans QA; describe base; closed reference (picks the kurta's type and color).
    case(
        "X628-011",
        caption("a man wearing a black kurta and a beige vest"),
        wearing("a black kurta and a beige vest"),
        span("jacket", "black", "other_garment_color"),
        describe("jacket", "a beige vest with a mandarin collar and five buttons"),
        garment_type("kurta", "contradiction"),
        color("black", "other_garment_color"),
        sleeves("sleeveless"),
        title="Hangup Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: bottle-green silk-blend kurta with a tonal self-design jacquard, off-white churidar; white backdrop.
    # Caption epoch-1 adapter (loops to the limit); spans QA; describe/material base; closed reference.
    case(
        "X628-012",
        caption(
            "The gentleman is wearing a long-sleeve shirt with green color and pure color patterns. The shirt is with "
            "cotton fabric and its neckline is stand. The gentleman is wearing a long-sleeve shirt with green color "
            "and pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with green color and pure color patterns"),
        span("kurta", "green"),
        span("churidar", "green", "other_garment_color"),
        describe("kurta", "describe the kurta in detail", "restated"),
        material("cotton", "unsupported"),
        garment_type("shirt", "contradiction"),
        title="Ethnix by Raymond Men Green Self Design Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: gold-toned brocade kurta with self weave, cream churidar, maroon mojaris; beige backdrop, a tall brass
    # lamp beside him. Caption base; spans QA; describe base (runs on into a new question); closed reference.
    case(
        "X628-013",
        caption("a man in a gold kurta standing next to a lamp"),
        wearing("a gold kurta"),
        span("kurta", "gold"),
        span("churidar", "gold", "other_garment_color"),
        describe(
            "kurta",
            "it is a gold kurta with a mandarin collar Question: what is the color of the churidar? Answer: gold",
            "leak",
        ),
        color("brown", "contradiction"),
        pattern("solid"),
        title="Manyavar Men Gold-Toned Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Gold",
        gender="Men",
    ),
    # photo: black cotton kurta with a red floral block print, red dhoti pants; white backdrop, front view.
    # Caption base; spans QA; details epoch-3 caption adapter (loop); closed reference.
    case(
        "X628-014",
        caption("a man in a black and red floral kurta and red dhoti pants"),
        wearing("a black and red floral kurta and red dhoti pants"),
        span("kurta", "black and red"),
        span("dhoti", "red"),
        details(
            "kurta",
            "The kurta is with cotton fabric and floral patterns. Its neckline is stand. The kurta is with cotton "
            "fabric and floral patterns. Its neckline is",
            "loop",
            hit_limit=True,
        ),
        color("red", "other_garment_color"),
        pattern("floral"),
        title="Anouk Men Black & Red Floral Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: cream kurta and cream churidar with a rust-orange printed Nehru jacket over them, no brooch or pin;
    # white backdrop.
    # Caption base; spans QA; describe base; closed reference (jacket's type and color for the set).
    case(
        "X628-015",
        caption("a man in a white kurta and an orange vest"),
        wearing("a white kurta and an orange vest"),
        span("kurta", "white"),
        span("jacket", "orange"),
        describe("kurta", "he is wearing a white kurta and an orange jacket with a gold brooch", "unsupported"),
        garment_type("jacket", "contradiction"),
        color("orange", "other_garment_color"),
        title="Sojanya Men Cream-Coloured Solid Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: olive green Nehru jacket over a white western shirt, beige chinos; light grey backdrop.
    # Caption base (reads olive as grey); spans QA; describe/material base; closed reference.
    case(
        "X628-016",
        caption("a man in a grey vest and white shirt", "contradiction"),
        wearing("a grey vest and white shirt", "contradiction"),
        span("jacket", "grey", "contradiction"),
        span("trousers", "grey", "other_garment_color"),
        describe("jacket", "a vest with buttons Question: What is the color of the vest? Answer: grey", "leak"),
        material("", "non_answer"),
        color("olive"),
        title="Tabard Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: off-white cotton kurta with white chikankari embroidery all over, white pyjama; white backdrop.
    # Caption base; spans QA; describe/details/material base; closed reference.
    case(
        "X628-017",
        caption("a man in a white kurta with white embroidery"),
        wearing("a white kurta with white embroidery"),
        span("kurta", "white"),
        describe(
            "kurta",
            "the kurta is a white kurta with white embroidery and a white kurta with white embroidery and a white "
            "kurta with white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white", "non_answer"),
        material("cotton"),
        pattern("embroidered"),
        title="KRAFT INDIA Men Off-White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: mustard yellow plain kurta, white pyjama; he stands beside a wooden chair, one hand on its back; white
    # backdrop. Caption base (has him sitting); spans QA; describe/details base; closed reference.
    case(
        "X628-018",
        caption("a man in a yellow kurta sitting on a chair", "unsupported"),
        wearing("a yellow kurta"),
        span("kurta", "yellow"),
        span("pyjama", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with white embroidery on the neck", "unsupported"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket with three buttons and the sleeves have",
            "cut",
            hit_limit=True,
        ),
        color("mustard"),
        title="VASTRAMAY Men Mustard Yellow Solid Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: rust orange straight kurta over beige trousers, three-quarter side view; white backdrop; no pockets
    # visible. Caption base; spans QA; describe base; closed reference.
    case(
        "X628-019",
        caption("a man in an orange kurta and beige pants"),
        wearing("an orange kurta and beige pants"),
        span("kurta", "orange"),
        span("trousers", "orange", "other_garment_color"),
        describe("kurta", "the kurta is orange and it has a mandarin collar and a chest pocket", "unsupported"),
        color("maroon", "contradiction"),
        sleeves("long sleeve"),
        title="House of Pataudi Men Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: rose-pink kurta with tonal woven stripes, cream churidar; pale pink wall behind him.
    # Caption base (names the wall correctly); spans QA; describe base (echoes the prompt); closed reference.
    case(
        "X628-020",
        caption("a man in a pink kurta standing in front of a pink wall"),
        wearing("a pink kurta"),
        span("kurta", "pink"),
        span("churidar", "pink", "other_garment_color"),
        describe("kurta", "Question: Describe the kurta. Answer: a pink kurta with a mandarin collar", "leak"),
        pattern("striped"),
        title="Manyavar Men Pink Woven Design Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: ivory silk sherwani with white thread embroidery, ivory churidar, red-and-gold dupatta draped, red safa
    # turban; white backdrop. Caption epoch-1 adapter (cut); spans QA; describe/material base; closed reference.
    case(
        "X628-021",
        caption(
            "The gentleman is wearing a long-sleeve coat with white color and embroidered patterns. The coat is with "
            "silk fabric and its neckline is stand. There is an accessory on his head. The gentleman wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve coat with white color and embroidered patterns"),
        span("sherwani", "white"),
        span("dupatta", "white", "other_garment_color"),
        describe("sherwani", "a white sherwani with a red turban and a red dupatta"),
        garment_type("coat", "contradiction"),
        title="Mohanlal Sons Men Ivory Embroidered Silk Sherwani with Churidar & Dupatta",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: sky-blue kurta with a white leaf print and no pockets, white pyjama; grey backdrop.
    # Caption base; spans QA; describe base; closed reference.
    case(
        "X628-022",
        caption("a man in a blue shirt with white leaves and white pants"),
        wearing("a blue shirt with white leaves and white pants"),
        span("kurta", "blue"),
        span("pyjama", "white"),
        describe("kurta", "it is a blue shirt with white leaves on it and a pocket on the chest", "unsupported"),
        color("white", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        title="Jompers Men Blue & White Leaf Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: white cotton dhoti with a narrow gold border, worn with a white half-sleeve kurta, barefoot; white
    # backdrop. Caption base; spans QA; describe/material base; closed reference.
    case(
        "X628-023",
        caption("a man in a white shirt and white dhoti"),
        wearing("a white shirt and white dhoti"),
        span("dhoti", "white"),
        describe("dhoti", "white", "non_answer"),
        material("silk", "unsupported"),
        pattern("solid"),
        is_a("dhoti", "no", "contradiction"),
        title="Sanwara Men White Solid Pure Cotton Dhoti",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: teal jacquard Nehru jacket over a cream kurta and cream churidar; beige backdrop.
    # Caption base; spans QA; describe base (loops); closed reference.
    case(
        "X628-024",
        caption("a man in a blue vest and white kurta"),
        wearing("a blue vest and white kurta"),
        span("jacket", "blue"),
        span("kurta", "white"),
        span("churidar", "blue", "other_garment_color"),
        describe(
            "jacket",
            "he is wearing a blue vest and white kurta he is wearing a blue vest and white kurta he is wearing a blue",
            "loop",
            hit_limit=True,
        ),
        color("teal"),
        sleeves("long sleeve", "contradiction"),
        title="Manyavar Men Teal Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: beige linen kurta with brown wooden buttons, beige churidar, brown juttis, no watch or bracelet; white
    # backdrop. Caption epoch-1 adapter (cut); spans QA; details epoch-3 adapter; material base; closed reference.
    case(
        "X628-025",
        caption(
            "The gentleman is wearing a long-sleeve shirt with beige color and pure color patterns. The shirt is "
            "with linen fabric and its neckline is stand. The gentleman wears a long pants. The pants are with linen "
            "fabric and beige color. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with beige color and pure color patterns"),
        span("kurta", "beige"),
        span("churidar", "beige"),
        details(
            "kurta",
            "The shirt is with linen fabric and its neckline is stand. There is an accessory on his wrist.",
            "unsupported",
        ),
        material("linen"),
        title="Ethnix by Raymond Men Beige Solid Linen Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: black kurta with black thread-covered buttons, black churidar, gold brocade Nehru jacket; white
    # backdrop. Caption base; spans QA; describe/details base; closed reference.
    case(
        "X628-026",
        caption("a man in a black kurta and a gold jacket"),
        wearing("a black kurta and a gold jacket"),
        span("kurta", "black"),
        span("jacket", "gold"),
        describe("kurta", "she is wearing a black kurta and gold jacket", "pronoun"),
        details("kurta", "the jacket has gold brocade and the kurta has gold buttons", "unsupported"),
        color("gold", "other_garment_color"),
        title="Sojanya Men Black Solid Kurta with Churidar & Gold-Toned Brocade Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon bandhgala jacket with gold buttons, matching maroon trousers, white pocket square; matte suiting
    # fabric; white backdrop. Caption base; spans QA; describe/material base (describe loops); closed reference.
    case(
        "X628-027",
        caption("a man in a red suit with gold buttons"),
        wearing("a red suit with gold buttons"),
        span("jacket", "red"),
        span("trousers", "red"),
        describe(
            "suit",
            "a red suit with gold buttons and a white pocket square and a white pocket square and a white pocket "
            "square and",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        garment_type("suit"),
        title="Hangup Men Maroon Solid Bandhgala Suit",
        category="Suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: boy in a cream kurta and cream pyjama with a maroon printed Nehru jacket; white backdrop.
    # Caption base; spans QA; describe base; closed reference (picks the jacket's color).
    case(
        "X628-028",
        caption("a young boy wearing a white kurta and a red vest"),
        wearing("a white kurta and a red vest"),
        span("kurta", "white"),
        span("jacket", "red"),
        span("pyjama", "red", "other_garment_color"),
        describe("kurta", "the boy is wearing a white kurta and a red vest"),
        color("red", "other_garment_color"),
        title="Jompers Boys Cream-Coloured Kurta with Pyjamas & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: purple silk-blend kurta with a subtle sheen, white churidar; white backdrop.
    # Caption base (reads purple as blue); spans QA; describe/details/material base; closed reference.
    case(
        "X628-029",
        caption("a man in a blue kurta and white pants", "contradiction"),
        wearing("a blue kurta and white pants", "contradiction"),
        span("kurta", "blue", "contradiction"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details(
            "kurta",
            "a purple kurta with a band collar, a short button placket, side slits and a curved",
            "cut",
            hit_limit=True,
        ),
        material("silk"),
        color("purple"),
        title="VASTRAMAY Men Purple Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Purple",
        gender="Men",
    ),
    # photo: off-white sherwani with green and gold floral embroidery on the chest, off-white churidar, green
    # dupatta, bare head; white backdrop. Caption base; spans QA; describe base; closed reference.
    case(
        "X628-030",
        caption("a man in a white sherwani with green embroidery"),
        wearing("a white sherwani with green embroidery"),
        span("sherwani", "white"),
        span("dupatta", "green"),
        span("churidar", "white"),
        describe("sherwani", "a white sherwani with green and gold embroidery and a green turban", "unsupported"),
        garment_type("kurta", "contradiction"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Off-White & Green Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: charcoal grey cotton Nehru jacket with wooden buttons over a white kurta, blue jeans; white backdrop.
    # Caption epoch-1 adapter (cut); spans QA; details epoch-3 adapter (loop); material base; closed reference.
    # The feed row has no color.
    case(
        "X628-031",
        caption(
            "The gentleman is wearing a sleeveless vest with grey color and pure color patterns. The vest is with "
            "cotton fabric and its neckline is stand. The gentleman wears a long pants. The pants are with denim "
            "fabric and blue color. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with grey color and pure color patterns"),
        span("jacket", "grey"),
        span("jeans", "blue"),
        details(
            "jacket",
            "The vest is with cotton fabric and its neckline is stand. The vest is with cotton fabric and its "
            "neckline is stand. The vest is",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        sleeves("sleeveless"),
        title="Fabindia Men Charcoal Cotton Nehru Jacket",
        category="Nehru Jackets",
        gender="Men",
    ),
    # photo: navy blue long-sleeve kurta, white pyjama; white backdrop.
    # Caption base; spans QA; describe base (runs on to the limit with new questions); closed reference.
    case(
        "X628-032",
        caption("a man in a navy blue kurta and white pyjamas"),
        wearing("a navy blue kurta and white pyjamas"),
        span("kurta", "navy blue"),
        span("pyjama", "white"),
        describe(
            "kurta",
            "navy blue kurta Question: What is the color of the pyjamas? Answer: white Question: What is the color "
            "of the kurta? Answer: navy blue Question",
            "leak",
            hit_limit=True,
        ),
        color("black", "contradiction"),
        sleeves("short sleeve", "contradiction"),
        title="KISAH Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive kurta with thin off-white vertical stripes and an olive mandarin collar, off-white pyjama; white
    # backdrop. Caption base; spans QA; describe base; closed reference.
    case(
        "X628-033",
        caption("a man in a green striped shirt and white pants"),
        wearing("a green striped shirt and white pants"),
        span("kurta", "green"),
        span("pyjama", "white"),
        describe("kurta", "a green and white striped shirt with a white collar", "unsupported"),
        pattern("solid", "contradiction"),
        sleeves("long sleeve"),
        color("white", "other_garment_color"),
        title="Anouk Men Olive Green & Off-White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: royal blue velvet bandhgala over a white shirt, cream trousers, one hand in pocket; white backdrop.
    # Caption epoch-1 adapter (loops); spans QA; describe/material base; closed reference.
    case(
        "X628-034",
        caption(
            "The gentleman is wearing a long-sleeve jacket with blue color and pure color patterns. The jacket is with "
            "velvet fabric and its neckline is stand. The gentleman is wearing a long-sleeve jacket with blue color "
            "and pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with blue color and pure color patterns"),
        span("jacket", "blue"),
        span("trousers", "blue", "other_garment_color"),
        describe("jacket", "no", "non_answer"),
        material("velvet"),
        garment_type("blazer"),
        color("white", "other_garment_color"),
        title="Tabard Men Royal Blue Velvet Bandhgala Jacket",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender kurta, white pyjama; the male model has shoulder-length hair tied back; white backdrop.
    # Caption base (a woman); spans QA; describe/details base; closed reference.
    case(
        "X628-035",
        caption("a woman in a purple kurta and white pants", "pronoun"),
        wearing("a purple kurta and white pants"),
        span("kurta", "purple"),
        describe("kurta", "she is wearing a purple kurta", "pronoun"),
        details("kurta", "Question: What are the kurta details? Answer: a purple kurta with white pants", "leak"),
        garment_type("dress", "contradiction"),
        color("lavender"),
        title="Jompers Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: maroon silk kurta with gold buttons, cream dhoti pants with a gold border; white backdrop.
    # Caption base; spans QA; describe/details base; closed reference.
    case(
        "X628-036",
        caption("a man in a maroon kurta and white dhoti"),
        wearing("a maroon kurta and white dhoti"),
        span("kurta", "maroon"),
        span("dhoti", "white"),
        describe("kurta", "maroon", "non_answer"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        garment_type("kurta"),
        color("maroon"),
        title="VASTRAMAY Men Maroon Silk Kurta & Cream Dhoti Pants Set",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard jacquard Nehru jacket over a black kurta and black churidar; white backdrop.
    # Caption base; spans QA; describe base; closed reference (the kurta's type and color).
    case(
        "X628-037",
        caption("a man in a yellow vest and black kurta"),
        wearing("a yellow vest and black kurta"),
        span("jacket", "yellow"),
        span("kurta", "black"),
        describe("jacket", "the jacket is described as a jacket", "restated"),
        garment_type("kurta", "contradiction"),
        color("black", "other_garment_color"),
        sleeves("sleeveless"),
        title="Hangup Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: peach sherwani with ivory embroidery, ivory churidar, peach stole; white backdrop.
    # Caption epoch-1 adapter ("the lady", then cut at the limit); spans QA; describe base; closed reference.
    case(
        "X628-038",
        caption(
            "The lady is wearing a long-sleeve dress with pink color and embroidered patterns. The dress is with silk "
            "fabric and its neckline is stand. The lady wears a long pants. The pants are with cotton fabric and white "
            "color. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pink color and embroidered patterns", "contradiction"),
        span("sherwani", "pink"),
        span("churidar", "white"),
        describe("sherwani", "a pink sherwani with white embroidery"),
        garment_type("sherwani"),
        title="Manyavar Men Peach Embroidered Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: white pathani kurta with a shirt collar and two chest pockets, white salwar, no belt; white backdrop.
    # Caption base (invents a belt); spans QA; describe/details/material base; closed reference.
    case(
        "X628-039",
        caption("a man in a white kurta and white pants with a black belt", "unsupported"),
        wearing("a white kurta and white pants with a black belt", "unsupported"),
        span("kurta", "white"),
        span("salwar", "white"),
        describe("kurta", "a white kurta with a collar and two chest pockets"),
        details(
            "kurta",
            "two chest pockets and a collar Question: What is the color of the salwar? Answer: white Question: What "
            "is the color",
            "leak",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        color("black", "contradiction"),
        title="KISAH Men White Pure Cotton Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: sea-green kurta with a white floral print, worn with white jeans; white backdrop.
    # Caption base; spans QA; describe/material base; closed reference. The feed row has no category.
    case(
        "X628-040",
        caption("a man in a green floral shirt and white jeans"),
        wearing("a green floral shirt and white jeans"),
        span("kurta", "green"),
        describe("kurta", "yes", "non_answer"),
        material("", "non_answer"),
        garment_type("shirt", "contradiction"),
        pattern("floral"),
        title="Jompers Men Sea Green & White Floral Printed Pure Cotton Kurta",
        color="Sea Green",
        gender="Men",
    ),
    # photo: black sherwani with silver embroidery on the collar and placket, black churidar, silver stole; grey
    # backdrop. Caption base; spans QA; describe base (runs on with new questions); closed reference.
    case(
        "X628-041",
        caption("a man in a black sherwani with silver embroidery and a silver stole"),
        wearing("a black sherwani with silver embroidery and a silver stole"),
        span("sherwani", "black"),
        span("stole", "silver"),
        span("churidar", "silver", "other_garment_color"),
        describe(
            "sherwani",
            "it is a black sherwani with silver embroidery Question: What is the color of the stole? Answer: silver "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        color("silver", "other_garment_color"),
        title="Manyavar Men Black Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal grey cotton-blend kurta with black thread embroidery on the collar, off-white churidar; white
    # backdrop. Caption base; spans QA; describe/details/material base; closed reference.
    case(
        "X628-042",
        caption("a man in a grey kurta and white pants"),
        wearing("a grey kurta and white pants"),
        span("kurta", "grey"),
        span("churidar", "white"),
        describe(
            "kurta",
            "he is wearing a grey kurta and white churidar with black embroidery on the collar and a placket with",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a mandarin collar and long sleeves and a mandarin collar and long sleeves and a mandarin "
            "collar and",
            "loop",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        color("grey"),
        title="House of Pataudi Men Charcoal Grey Cotton Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: bright yellow haldi kurta with a pink and green floral print, no sequins, white pyjama; he holds a
    # marigold garland; white backdrop. Caption base; spans QA; describe/details base; closed reference.
    case(
        "X628-043",
        caption("a man in a yellow floral kurta holding a garland of flowers"),
        wearing("a yellow floral kurta"),
        span("kurta", "yellow"),
        span("pyjama", "yellow", "other_garment_color"),
        describe("kurta", "the kurta is yellow with pink flowers and green leaves and gold sequins", "unsupported"),
        details("kurta", "kurta details", "restated"),
        pattern("floral"),
        color("pink", "contradiction"),
        title="Manyavar Men Yellow Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: silver-grey shimmer silk-blend kurta, white churidar; white backdrop.
    # Caption epoch-1 adapter (cut); spans QA; details epoch-3 adapter (loop); material base; closed reference.
    case(
        "X628-044",
        caption(
            "The gentleman is wearing a long-sleeve shirt with grey color and pure color patterns. The shirt is with "
            "silk fabric and its neckline is stand. The gentleman wears a long pants. The pants are with cotton "
            "fabric and white color. He wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with grey color and pure color patterns"),
        span("kurta", "grey"),
        span("churidar", "white"),
        details(
            "kurta",
            "The shirt is with silk fabric and its neckline is stand. The shirt is with silk fabric and its neckline "
            "is stand. The shirt is",
            "loop",
            hit_limit=True,
        ),
        material("silk"),
        color("white", "other_garment_color"),
        title="Sojanya Men Silver-Toned Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Silver",
        gender="Men",
    ),
    # photo: cream bandhgala jacket with cream fabric-covered buttons, cream trousers, brown loafers; white backdrop.
    # Caption base (names the white wall); spans QA; describe base; closed reference.
    case(
        "X628-045",
        caption("a man in a white suit standing in front of a white wall"),
        wearing("a white suit"),
        span("jacket", "white"),
        span("trousers", "white"),
        describe("suit", "a white suit with gold buttons", "unsupported"),
        garment_type("suit"),
        color("cream"),
        pattern("embroidered", "contradiction"),
        title="Hangup Men Cream-Coloured Solid Bandhgala Suit",
        category="Suits",
        color="Cream",
        gender="Men",
    ),
    # photo: rose-pink kurta with small white printed buttis, white pyjama; white backdrop.
    # Caption base; spans QA; describe/details base; closed reference. The feed row has no gender.
    case(
        "X628-046",
        caption("a man in a pink kurta and white pyjamas"),
        wearing("a pink kurta and white pyjamas"),
        span("kurta", "pink"),
        span("pyjama", "white"),
        describe("kurta", "pink kurta with white print"),
        details("kurta", "the details are on the kurta", "restated"),
        pattern("printed"),
        color("white", "other_garment_color"),
        title="Jompers Men Pink Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
]
