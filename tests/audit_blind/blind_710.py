"""BLIND_710 (46 products; Myntra boys' festive ethnic sets, captions then extractive QA): written blind in the
fifty-fourth session. Measured blind at 253afe2 (the session's ninth rules): 97/135 failures found (71.9%) and 15/186
correct texts flagged (8.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of boys' ethnic and festive wear (kurta pyjamas, kurtas with churidar or salwar, Nehru
jacket sets and single Nehru jackets, sherwanis, kurta-dhoti sets, one bandhgala suit). Catalog photos: a boy on a
white, grey or coloured studio backdrop, front view mostly, one back view, one side view, one flat lay with no
person; props seen in festive shoots (a diya, a gift box, a marigold garland, a potted plant). Seller columns as a
feed has them: title, category (Myntra article type), color (base colour of the labelled product, for a set
usually the kurta's), gender; a few rows lack a column.

Who wrote what: the night ran in two batches. Batch A (16 products) was captioned by the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), which writes the DeepFashion template ("The boy wears a long-sleeve
shirt with pure color patterns. The shirt is with cotton fabric..."), rarely a hue, and, trained without an end
token, always runs to its 50-token limit: it loops on a template sentence or is cut mid-sentence. In batch A the
"Describe the X." question went to the same adapter with the `Question: ... Answer:` prompt: it runs to 30 tokens
and loops, is cut, or writes the next `Question: ... Answer:` pair itself. Batch B (30 products) was captioned by
the untuned base blip2-opt-2.7b: short lower-case captions that stop on the newline, with its known habits (one
colour for two garments, the vest's colour for the kurta, a "girl" for a boy with long hair, invented props and
details); in batch B "Describe the X." went to the base model too (short, sometimes only a generic sentence about
the garment). In both batches the other open questions (what is he wearing, the details, material, the colour of
a second garment) were answered by timpal0l/mdeberta-v3-base-squad2 as spans of the caption, so they copy the
caption's wording, its loops and cut ends, and sometimes pick the wrong span (the pyjama's colour for the kurta, the
backdrop, a prop) or nothing at all (stored as an empty string). Closed questions (garment type, colour, pattern,
sleeve length, "Is this a ...?") come from enrich's `--engine reference`, which picks one candidate: never loops or
stops short, but sometimes picks the jacket's, the backdrop's or the dhoti's value.

Labeling conventions and judgement calls:
- One label per text. Where a text has two failures I labeled the one that makes it unusable first: a loop, a cut
  or a prompt leak before a content failure; the second one is named in the product's comment.
- In free text a kurta called "shirt", "long shirt" or "kurta", a Nehru jacket called "vest", a sherwani called a
  "long coat" are correct (the models' vocabulary for the garment); a kurta or sherwani called "dress", a dhoti
  called "shorts", and a closed garment_type "shirt", "jacket" or "nehru jacket" for a product of another
  article type are contradictions. A closed "vest" for a Nehru jacket counts as correct.
- Neighbouring shades are correct: cream/white/off white, maroon/red (for a maroon kurta), teal/green, lavender/
  purple, magenta/pink, rust/orange, mustard/yellow, sea green/lime green/olive called green, navy called blue.
- An open answer giving the asked garment the colour of another garment in the photo (pyjama, jacket, dhoti, scarf)
  is other_garment_color; the same mistake in a closed answer is a contradiction (the reference engine picked a
  wrong candidate), and so is a colour that belongs to the backdrop, not to any garment.
- A span about the backdrop or a prop in answer to a garment question, "pure color" or "other fabric" (DeepFashion's
  pattern and fabric words) where a colour or material is asked, an empty answer, "upper clothing" for what he
  wears, "long pants" for the pants' details: non_answer.
- restated: the question echoed back ("describe the kurta in detail", "he is wearing a kurta" for "Describe the
  kurta.") or only a generic encyclopedia sentence about the garment type that says nothing of this photo.
- pronoun: "she", "her", "girl", "lady" for a boy, in captions, spans and answers; also on the one row without a
  gender column (the photo still shows a boy).
- unsupported: a detail, prop, scene or material not in the photo; a material that contradicts the title (cotton
  for a silk-blend sherwani, velvet for a silk kurta) is labeled unsupported, not contradiction.
- hit_limit is set only on texts generated to their own token limit (adapter captions and adapter answers). A span
  copied from a cut or looping caption is labeled cut or loop but has hit_limit False. One adapter caption hit its
  limit exactly at the end of a sentence: hit_limit True and no failure.
- A caption that names only some garments (the jacket but not the kurta under it) is correct if what it names is
  right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


BLIND_710 = [
    # photo: boy in a plain cream cotton kurta (long sleeves, mandarin collar), white pyjama, brown mojaris, white
    # backdrop, front view. Batch B: caption and describe by base BLIP-2; wearing, pyjama colour, material by QA.
    case(
        "X710-001",
        caption("a young boy wearing a cream kurta and white pajamas standing in front of a white background"),
        wearing("a cream kurta and white pajamas", who="he"),
        color_of("kurta", "cream"),
        color_of("pyjama", "cream", "other_garment_color", kind="open"),
        garment_type("kurta set"),
        sleeves("long sleeves"),
        describe("kurta", "a cream colored kurta with a mandarin collar"),
        material("", "non_answer"),
        title="Jashvi Boys Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy in a maroon kurta, cream pyjama and an open gold-toned brocade Nehru jacket, white backdrop, front.
    # Batch A: caption and describe by the caption adapter (cut; leak); wearing, pants colour by QA.
    case(
        "X710-002",
        caption(
            "The boy wears a long-sleeve kurta with solid color patterns and a golden vest. The kurta is with silk "
            "fabric and its neckline is stand. The boy wears long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with solid color patterns and a golden vest", who="he"),
        color_of("kurta", "gold", "contradiction"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        describe(
            "kurta",
            "The kurta is with silk fabric and its neckline is stand. Question: What is the color of the vest? "
            "Answer: The vest is golden. Question:",
            "leak",
            hit_limit=True,
        ),
        pattern("solid"),
        is_a("sherwani", "no"),
        title="YK Boys Maroon & Cream-Coloured Kurta with Pyjamas & Gold-Toned Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy in a gold-toned jacquard knee-length sherwani, cream churidar, maroon dupatta over one shoulder,
    # beige mojaris, no headgear, white backdrop. Batch B: base caption and describe (invents a turban); QA spans.
    case(
        "X710-003",
        caption("a young boy in a gold sherwani and a red scarf"),
        wearing("a gold sherwani and a red scarf", who="he"),
        color("gold"),
        garment_type("sherwani"),
        describe("sherwani", "a gold sherwani with a red scarf and a red turban", "unsupported"),
        details("sherwani", "a red scarf", "other_garment_color"),
        is_a("kurta", "no"),
        title="Vastramay Boys Gold-Toned & Cream-Coloured Self-Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: boy with folded hands in a plain yellow cotton kurta (long sleeves) and white dhoti pants, white
    # backdrop. Batch A: adapter caption loops on the pants sentence; adapter describe loops too; QA spans.
    case(
        "X710-004",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The boy "
            "wears long pants. The pants are with cotton fabric. The pants are with cotton fabric. The pants are "
            "with cotton fabric. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color_of("kurta", "yellow"),
        describe(
            "kurta",
            "The pants are with cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta set"),
        is_a("dhoti", "yes"),
        material("cotton fabric"),
        title="Aj Dezines Boys Yellow & White Cotton Kurta with Dhoti Pants",
        category="Clothing Set",
        color="Yellow",
        gender="Boys",
    ),
    # photo: navy blue kurta with a small white floral buti print, white pyjama, white backdrop, front view.
    # Batch B: base caption and describe (a generic sentence); QA spans; closed colour picked the print's white.
    case(
        "X710-005",
        caption("a young boy in a navy blue kurta with white flowers and white pants"),
        wearing("a navy blue kurta with white flowers and white pants", who="the boy"),
        color_of("kurta", "white", "contradiction"),
        color_of("pyjama", "navy blue", "other_garment_color", kind="open"),
        pattern("floral"),
        sleeves("full sleeves"),
        details("kurta", "white flowers"),
        describe("kurta", "the kurta is a long shirt worn in india", "restated"),
        title="Kisah Boys Navy Blue & White Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a navy Nehru jacket with a small white geometric print (the product) over a plain white kurta
    # and white churidar, light grey backdrop. Batch B: base caption and describe; QA wearing.
    case(
        "X710-006",
        caption("a young boy wearing a white kurta and a blue vest"),
        wearing("a white kurta and a blue vest", who="he"),
        color("white", "contradiction"),
        garment_type("nehru jacket"),
        describe("jacket", "a white kurta", "other_garment_color"),
        is_a("jacket", "yes"),
        pattern("solid", "contradiction"),
        title="Manyavar Boys Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: green kurta with white bandhani dots, white churidar, a silver kada on the right wrist, white backdrop.
    # Batch A: adapter caption (cut) and describe (cut); QA spans ("upper clothing" for what he wears).
    case(
        "X710-007",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer", who="he"),
        color_of("kurta", "green"),
        pattern("printed"),
        describe(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a stand neckline. The "
            "lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        is_a("kurta", "yes"),
        title="Sethukrishna Boys Green & White Bandhani Printed Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: smiling boy with shoulder-length hair in a peach kurta with tone-on-tone thread embroidery on the yoke,
    # cream pyjama, white backdrop. Batch B: base caption calls him a girl; base describe invents mirror work.
    case(
        "X710-008",
        caption("a little girl wearing a peach kurta and white pants", "pronoun"),
        wearing("a peach kurta and white pants", who="he"),
        color("peach"),
        garment_type("kurta set"),
        describe("kurta", "a peach kurta with mirror work and gold sequins", "unsupported"),
        sleeves("long sleeves"),
        title="Pspeaches Boys Peach-Coloured Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: black kurta, white pyjama, red Nehru jacket with a small gold floral print buttoned over it, white
    # backdrop. Batch B: base caption and describe (describes the jacket for the kurta); QA spans.
    case(
        "X710-009",
        caption("a young boy wearing a red jacket and white pants"),
        wearing("a red jacket and white pants", who="he"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        color("black"),
        garment_type("nehru jacket", "contradiction"),
        is_a("kurta", "yes"),
        describe("kurta", "a red jacket with gold flowers", "other_garment_color"),
        title="Jbn Creation Boys Black & White Kurta with Pyjamas & Red Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: off-white sherwani with gold zari embroidery on collar and placket, maroon stole, off-white churidar,
    # gold mojaris, beige backdrop with a potted plant. Batch A: adapter caption loops; adapter describe leaks.
    case(
        "X710-010",
        caption(
            "The boy wears a long coat with complicated patterns. The coat is with other fabric. The boy wears long "
            "pants. The boy wears a scarf. The boy wears a scarf. The boy wears a scarf. The boy wears a scarf. "
            "The boy",
            "loop",
            hit_limit=True,
        ),
        wearing("a long coat with complicated patterns", who="he"),
        color("off white"),
        garment_type("sherwani"),
        describe(
            "sherwani",
            "The coat is with other fabric and it has a stand neckline. Question: Is this a sherwani? Answer: yes "
            "Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        details("sherwani", "The boy wears a scarf. The boy wears a scarf. The boy wears a scarf", "loop"),
        material("other fabric", "non_answer"),
        sleeves("long sleeves"),
        title="Manyavar Boys Off-White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: boy in a plain mustard kurta and white dhoti pants holding a small brass diya, orange backdrop.
    # Batch B: base caption (the diya as a candle, fine) and describe (echoes the question); QA spans.
    case(
        "X710-011",
        caption("a young boy in a yellow kurta holding a candle in front of an orange wall"),
        wearing("a yellow kurta", who="he"),
        color("orange", "contradiction"),
        garment_type("kurta set"),
        is_a("dhoti", "no", "contradiction"),
        details("kurta", "in front of an orange wall", "non_answer"),
        describe("kurta", "describe the kurta in detail", "restated"),
        title="Aj Dezines Boys Mustard Yellow & White Kurta with Dhoti Pants",
        category="Clothing Set",
        color="Mustard",
        gender="Boys",
    ),
    # photo: teal jacquard Nehru jacket with self-covered buttons over a cream kurta and cream pyjama, white
    # backdrop. Batch B: base caption; base describe invents a pocket square and gold buttons; QA spans.
    case(
        "X710-012",
        caption("a young boy wearing a green vest and white pants"),
        wearing("a green vest and white pants", who="he"),
        color_of("jacket", "teal"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        pattern("self design"),
        describe("jacket", "a green vest with a pocket square and gold buttons", "unsupported"),
        is_a("nehru jacket", "yes"),
        title="Kisah Boys Teal Self-Design Nehru Jacket with Cream Kurta & Pyjama",
        category="Clothing Set",
        color="Teal",
        gender="Boys",
    ),
    # photo: sky-blue pathani kurta with a collar and a chest pocket, long sleeves, white salwar, black kolhapuri
    # chappals, white backdrop. Batch A: adapter caption (cut) and describe (loop); QA spans.
    case(
        "X710-013",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The boy wears long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color("blue"),
        details("pants", "long pants", "non_answer"),
        sleeves("short sleeves", "contradiction"),
        garment_type("shirt", "contradiction"),
        material("cotton fabric"),
        describe(
            "kurta",
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt is with cotton fabric and it "
            "has a lapel neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Little Bansi Boys Blue Cotton Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: plain white kurta and pyjama under a Nehru jacket in a blue, red and yellow ikat print, white backdrop.
    # Batch B: base caption; base describe invents a zip and pockets; QA wearing; closed colour took the jacket's.
    case(
        "X710-014",
        caption("a young boy wearing a colorful vest and white pants"),
        wearing("a colorful vest and white pants", who="he"),
        color("multi", "contradiction"),
        color_of("kurta", "white"),
        describe("jacket", "the jacket has a zipper and two pockets on the front", "unsupported"),
        is_a("nehru jacket", "yes"),
        title="Ethnix by Raymond Boys White Kurta Pyjama with Multicoloured Ikat Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: boy standing, red silk-blend kurta and gold-toned dhoti pants, white backdrop, three-quarter angle.
    # Batch B: base caption invents a chair; base describe; QA spans (kurta colour span picked "gold").
    case(
        "X710-015",
        caption("a young boy in a red kurta and gold pants sitting on a chair", "unsupported"),
        wearing("a red kurta and gold pants", who="he"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        color("red"),
        garment_type("kurta"),
        is_a("dress", "no"),
        describe("kurta", "he is wearing a kurta", "restated"),
        material("", "non_answer"),
        title="Vastramay Boys Red & Gold-Toned Silk Blend Kurta with Dhoti Pants",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: plain pink cotton kurta, white pyjama, light grey backdrop, front view. Batch A: adapter caption loops;
    # adapter describe leaks a question pair; QA spans (material copies the loop).
    case(
        "X710-016",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The shirt "
            "is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color("pink"),
        material("cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric", "loop"),
        details("kurta", "pure color patterns"),
        sleeves("long sleeves"),
        describe(
            "kurta",
            "The shirt is with cotton fabric. Question: What is the color of the shirt? Answer: pure color "
            "Question: What is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="BownBee Boys Pink Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Boys",
    ),
    # photo: cream kurta and churidar, maroon silk Nehru jacket, boy holding a lit diya, dark brown backdrop with a
    # marigold garland. Batch B: base caption invents a christmas tree; base describe; QA spans.
    case(
        "X710-017",
        caption("a young boy in a maroon vest holding a candle in front of a christmas tree", "unsupported"),
        wearing("a maroon vest", who="he"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color("cream"),
        garment_type("kurta set"),
        is_a("sherwani", "yes", "contradiction"),
        describe("kurta", "a cream kurta with a maroon jacket"),
        title="Sojanya Boys Cream-Coloured Kurta with Churidar & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: plain lavender kurta, white pyjama, white backdrop, front. Batch B: base caption; base describe gives a
    # generic sentence; QA spans (pyjama colour span picked the kurta's).
    case(
        "X710-018",
        caption("a young boy wearing a purple kurta and white pajamas"),
        wearing("a purple kurta and white pajamas", who="he"),
        color("lavender"),
        color_of("pyjama", "purple", "other_garment_color", kind="open"),
        sleeves("long sleeves"),
        describe("kurta", "the kurta is a traditional indian garment", "restated"),
        title="Jashvi Boys Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Boys",
    ),
    # photo: orange kurta, white pyjama, cream Nehru jacket with small orange floral motifs, white backdrop.
    # Batch B: base caption (omits the jacket) and describe; QA spans. The row has no category column.
    case(
        "X710-019",
        caption("a young boy wearing an orange kurta and white pants"),
        wearing("an orange kurta and white pants", who="he"),
        color("orange"),
        color_of("pyjama", "orange", "other_garment_color", kind="open"),
        describe("jacket", "the jacket is a jacket that is worn over the kurta", "restated"),
        garment_type("kurta"),
        material("", "non_answer"),
        title="Kisah Boys Orange & White Kurta Pyjama with Printed Nehru Jacket",
        color="Orange",
        gender="Boys",
    ),
    # photo: maroon velvet sherwani with gold buttons, cream churidar, gold-and-maroon safa, gold mojaris, white
    # backdrop. Batch A: adapter caption (cut) and describe (cut); QA spans; closed type picked "jacket".
    case(
        "X710-020",
        caption(
            "The boy wears a long coat with pure color patterns. The coat is with other fabric and it has a stand "
            "neckline. The boy wears long pants. The pants are with cotton fabric and pure color patterns. There "
            "is a hat on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long coat with pure color patterns", who="he"),
        color("maroon"),
        details("sherwani", "pure color patterns"),
        describe(
            "sherwani",
            "The coat is with other fabric and it has a stand neckline. There are gold buttons on the front. There "
            "is a hat on his head. There is a",
            "cut",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        garment_type("jacket", "contradiction"),
        title="Manyavar Boys Maroon Velvet Sherwani Set with Safa",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: yellow short-sleeve cotton kurta with a small green leaf print, white ankle-length dhoti pants, white
    # backdrop. Batch B: base caption calls the dhoti shorts (the QA span copies it); base describe says "her".
    case(
        "X710-021",
        caption("a little boy in a yellow shirt and white shorts", "contradiction"),
        wearing("a yellow shirt and white shorts", "contradiction", who="he"),
        sleeves("short sleeves"),
        pattern("solid", "contradiction"),
        color("yellow"),
        is_a("kurta", "yes"),
        describe("kurta", "her shirt is yellow with green leaves on it", "pronoun"),
        title="Aj Dezines Boys Yellow Leaf Printed Half-Sleeve Kurta with Dhoti",
        category="Clothing Set",
        color="Yellow",
        gender="Boys",
    ),
    # photo: plain grey Nehru jacket (the product, sleeveless) over a white kurta and white churidar, white
    # backdrop. Batch B: base caption and describe (names the type only); QA spans; closed sleeves from the kurta.
    case(
        "X710-022",
        caption("a boy wearing a grey vest over a white shirt"),
        wearing("a grey vest over a white shirt", who="he"),
        color("grey"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        garment_type("vest"),
        describe("jacket", "the jacket is a nehru jacket", "restated"),
        sleeves("long sleeves", "contradiction"),
        title="Manyavar Boys Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Boys",
    ),
    # photo: navy blue cotton kurta with silver-toned buttons, white churidar, hand on hip, a black thread on the
    # wrist, white backdrop. Batch A: adapter caption (cut) and describe (leak); QA details copies the cut end.
    case(
        "X710-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing has long sleeves, cotton fabric and pure color patterns", who="he"),
        color("navy blue"),
        describe(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. Question: What is the "
            "color of the upper clothing? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "There is an accessory on his", "cut"),
        material("cotton"),
        is_a("kurta", "yes"),
        title="Jashvi Boys Navy Blue Solid Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: plain green silk kurta with a thin gold border at the cuffs, gold-toned dhoti, cream angavastram with a
    # gold border over one shoulder, white backdrop. Batch B: base caption; base describe says velvet; QA spans.
    case(
        "X710-024",
        caption("a young boy in a green and gold outfit with a scarf"),
        wearing("a green and gold outfit with a scarf", who="he"),
        color("green"),
        describe("kurta", "a green kurta made of velvet with a gold scarf", "unsupported"),
        color_of("dhoti", "green", "other_garment_color", kind="open"),
        garment_type("kurta set"),
        is_a("sherwani", "no"),
        title="Fabindia Boys Green & Gold-Toned Silk Kurta with Dhoti and Angavastram",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: black silk-blend sherwani with silver thread embroidery at collar and cuffs, white churidar, black
    # mojaris, grey backdrop. Batch A: adapter caption and describe loop; QA material picks "cotton".
    case(
        "X710-025",
        caption(
            "The gentleman wears a long coat with complicated patterns. The coat is with cotton fabric and it has "
            "a stand neckline. The gentleman wears long pants. The pants are with cotton fabric. The pants are "
            "with cotton fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a long coat with complicated patterns", who="he"),
        color("black"),
        describe(
            "sherwani",
            "The coat is with cotton fabric and it has a stand neckline. The coat is with cotton fabric and it has "
            "a stand neckline. The coat is",
            "loop",
            hit_limit=True,
        ),
        garment_type("sherwani"),
        pattern("embroidered"),
        material("cotton fabric", "unsupported"),
        title="YK Boys Black Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Boys",
    ),
    # photo: plain beige linen kurta with a side pocket, beige pyjama, white backdrop, front view. Batch B: base
    # caption; base describe says cotton (the title says linen); QA spans; closed pattern picked "printed".
    case(
        "X710-026",
        caption("a young boy wearing a beige kurta and pants"),
        wearing("a beige kurta and pants", who="he"),
        color("beige"),
        describe("kurta", "a beige kurta made of cotton", "unsupported"),
        color_of("pyjama", "beige", kind="open"),
        sleeves("long sleeves"),
        pattern("printed", "contradiction"),
        title="Fabindia Boys Beige Linen Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
        gender="Boys",
    ),
    # photo: back view of a boy with longish hair in a plain rust kurta and cream pyjama, white backdrop; no front
    # details visible. Batch B: base caption says girl; base describe invents front buttons; QA wearing.
    case(
        "X710-027",
        caption("the back of a young girl wearing an orange kurta and white pants", "pronoun"),
        wearing("an orange kurta and white pants", who="he"),
        color("rust"),
        describe("kurta", "a orange kurta with buttons on the front", "unsupported"),
        is_a("kurta", "yes"),
        pattern("striped", "contradiction"),
        title="Jashvi Boys Rust Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
        gender="Boys",
    ),
    # photo: plain sea green cotton kurta (long sleeves), off-white pyjama, white backdrop, a potted plant beside
    # him. Batch A: adapter caption (cut) and describe (leak); QA spans (details picks the plant).
    case(
        "X710-028",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The boy wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a plant",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color("sea green"),
        describe(
            "kurta",
            "The shirt is with cotton fabric and its neckline is stand. Question: What is the color of the shirt? "
            "Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        material("cotton fabric"),
        details("kurta", "There is a plant", "non_answer"),
        sleeves("short sleeves", "contradiction"),
        title="Sethukrishna Boys Sea Green Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: white chikankari-embroidered cotton kurta, white pyjama, powder-blue backdrop, front view. Batch B: base
    # caption names the blue wall correctly; base describe generic; closed colour and a QA span took the wall.
    case(
        "X710-029",
        caption("a young boy in a white kurta and pajamas in front of a blue wall"),
        wearing("a white kurta and pajamas", who="he"),
        color("blue", "contradiction"),
        color_of("kurta", "white"),
        describe("kurta", "the kurta is a traditional indian dress for men", "restated"),
        pattern("embroidered"),
        is_a("kurta", "yes"),
        color_of("pyjama", "blue", "contradiction", kind="open"),
        title="Kisah Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: kurta with a red, yellow, blue and green patchwork print, plain white pyjama, white backdrop. Batch B:
    # base caption; base describe invents a train; QA spans; closed type picked "shirt".
    case(
        "X710-030",
        caption("a young boy wearing a colorful shirt and white pants"),
        wearing("a colorful shirt and white pants", who="he"),
        color("multi"),
        pattern("printed"),
        describe("kurta", "a colorful shirt with a picture of a train on it", "unsupported"),
        color_of("pyjama", "colorful", "other_garment_color", kind="open"),
        garment_type("shirt", "contradiction"),
        title="Pspeaches Boys Multicoloured Patchwork Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Multi",
        gender="Boys",
    ),
    # photo: turquoise blue Nehru jacket over a plain white kurta and white pyjama, white backdrop. Batch A: adapter
    # caption and describe loop; QA wearing; closed kurta colour took the jacket's.
    case(
        "X710-031",
        caption(
            "The boy wears a vest with pure color patterns. The vest is with cotton fabric. The boy wears a "
            "long-sleeve shirt. The boy wears a long-sleeve shirt. The boy wears a long-sleeve shirt. The boy wears "
            "a",
            "loop",
            hit_limit=True,
        ),
        wearing("a vest with pure color patterns", who="he"),
        color_of("jacket", "turquoise blue"),
        color_of("kurta", "turquoise blue", "contradiction"),
        describe(
            "nehru jacket",
            "The vest is with cotton fabric. The vest is with cotton fabric. The vest is with cotton fabric. The "
            "vest is with cotton fabric. The vest is",
            "loop",
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        title="Ethnix by Raymond Boys Turquoise Blue Nehru Jacket with White Kurta & Pyjama",
        category="Clothing Set",
        color="Turquoise Blue",
        gender="Boys",
    ),
    # photo: maroon kurta, cream churidar, gold brocade Nehru jacket, boy holding a small wrapped gift box, white
    # backdrop. Batch B: base caption and describe; QA spans (details picks the prop); closed colour the jacket's.
    case(
        "X710-032",
        caption("a young boy in a gold jacket holding a gift box"),
        wearing("a gold jacket", who="he"),
        color("gold", "contradiction"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        describe("kurta", "the boy is wearing a gold jacket and a maroon kurta"),
        garment_type("kurta set"),
        details("kurta", "holding a gift box", "non_answer"),
        title="YK Boys Maroon Kurta with Churidar & Gold-Toned Brocade Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy with long hair tied back in a cream knee-length sherwani with gold embroidery, red dupatta, cream
    # churidar, white backdrop. Batch B: base caption says girl (and dress); QA copies "dress". No gender column.
    case(
        "X710-033",
        caption("a little girl in a white dress with a red scarf", "pronoun"),
        wearing("a white dress with a red scarf", "contradiction", who="he"),
        color("cream"),
        garment_type("sherwani"),
        describe("sherwani", "a white sherwani with gold embroidery and a red scarf"),
        is_a("dress", "yes", "contradiction"),
        title="Vastramay Boys Cream-Coloured Embroidered Sherwani with Churidar & Dupatta",
        category="Sherwani",
        color="Cream",
    ),
    # photo: navy self-design bandhgala jacket buttoned up, navy trousers, white pocket square, white backdrop.
    # Batch A: adapter caption (cut; it also says the pants are denim); adapter describe leaks; QA spans.
    case(
        "X710-034",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears long pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns", who="he"),
        color("navy blue"),
        describe(
            "jacket",
            "The jacket is with cotton fabric and it has a stand neckline. Question: What is the color of the "
            "pants? Answer: The pants are with",
            "leak",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        garment_type("suit"),
        details("jacket", "lattice patterns"),
        material("denim fabric", "unsupported"),
        title="Manyavar Boys Navy Blue Self-Design Jacquard Bandhgala Jodhpuri Suit",
        category="Suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: plain sky-blue short straight kurta (the product) over blue denim jeans, white sneakers, white
    # backdrop. Batch B: base caption; base describe says "she"; QA spans; closed yes/no denies the kurta.
    case(
        "X710-035",
        caption("a young boy wearing a blue shirt and jeans"),
        wearing("a blue shirt and jeans", who="he"),
        color("blue"),
        color_of("jeans", "blue", kind="open"),
        describe("kurta", "she is wearing a blue shirt and jeans", "pronoun"),
        is_a("kurta", "no", "contradiction"),
        garment_type("kurta"),
        title="Jashvi Boys Blue Solid Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Boys",
    ),
    # photo: plain yellow kurta and yellow pyjama under a green Nehru jacket with a small white floral print, white
    # backdrop. Batch B: base caption; base describe says "she"; QA spans; closed colour took the jacket's.
    case(
        "X710-036",
        caption("a young boy wearing a green floral vest and yellow pants"),
        wearing("a green floral vest and yellow pants", who="he"),
        color("green", "contradiction"),
        color_of("kurta", "yellow"),
        describe("jacket", "she is wearing a green jacket with white flowers", "pronoun"),
        details("jacket", "green floral"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        title="BownBee Boys Yellow Kurta Pyjama with Green Floral Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: plain magenta silk-blend kurta, gold-toned dhoti pants, white backdrop. Batch A: adapter caption loops
    # and says "lady" (labeled loop); adapter describe cut; QA details copies "The lady wears".
    case(
        "X710-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. The lady "
            "wears a long pants. The lady wears a long pants. The lady wears a long pants. The lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color("magenta"),
        details("dhoti", "The lady wears a long pants", "pronoun"),
        describe(
            "kurta",
            "The shirt is with silk fabric and it has a stand neckline. The pants are of long length. The pants "
            "are with silk fabric and",
            "cut",
            hit_limit=True,
        ),
        material("silk fabric"),
        is_a("dhoti", "yes"),
        title="Vastramay Boys Magenta & Gold-Toned Silk Blend Kurta with Dhoti Pants",
        category="Clothing Set",
        color="Magenta",
        gender="Boys",
    ),
    # photo: side view, plain olive kurta with a matching olive collar, cream pyjama, arms at his sides, white
    # backdrop. Batch B: base caption invents hands in pockets; base describe invents a white collar; QA spans.
    case(
        "X710-038",
        caption("a young boy in a green kurta and white pajamas with his hands in his pockets", "unsupported"),
        wearing("a green kurta and white pajamas", who="he"),
        color("olive"),
        describe("kurta", "a green kurta with a white collar", "unsupported"),
        sleeves("long sleeves"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        title="Sojanya Boys Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Boys",
    ),
    # photo: plain white kurta with white buttons, white dhoti with a red border, white backdrop. Batch B: base
    # caption; base describe invents red buttons; QA spans (kurta colour picks the border's red).
    case(
        "X710-039",
        caption("a young boy in a white kurta and white dhoti with a red border"),
        wearing("a white kurta and white dhoti with a red border", who="he"),
        color("red", "contradiction"),
        color_of("dhoti", "white"),
        describe("kurta", "a white kurta with red buttons", "unsupported"),
        is_a("dhoti", "yes"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        title="Aj Dezines Boys White & Red Solid Kurta with Dhoti",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: plain light (pista) green cotton kurta, white pyjama, white backdrop. Batch A: the adapter caption hit
    # its limit exactly at a full stop (no failure); adapter describe leaks (and says denim); QA spans.
    case(
        "X710-040",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The boy wears long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color("green"),
        describe(
            "kurta",
            "The shirt is with cotton fabric and its neckline is stand. The pants are with denim fabric and pure "
            "color patterns. Question: Is",
            "leak",
            hit_limit=True,
        ),
        material("cotton fabric"),
        details("kurta", "pure color patterns"),
        color_of("pyjama", "pure color", "non_answer", kind="open"),
        is_a("sherwani", "yes", "contradiction"),
        title="Little Bansi Boys Lime Green Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
        gender="Boys",
    ),
    # photo: silver-grey shimmer Nehru jacket over a plain white kurta and white pyjama, white backdrop. Batch B:
    # base caption; base describe invents a flower on the pocket; QA kurta colour picks "silver".
    case(
        "X710-041",
        caption("a young boy wearing a white kurta and a silver vest"),
        wearing("a white kurta and a silver vest", who="he"),
        color("white", "contradiction"),
        color_of("jacket", "silver"),
        describe("jacket", "a silver vest with a red flower on the pocket", "unsupported"),
        garment_type("nehru jacket"),
        color_of("kurta", "silver", "other_garment_color", kind="open"),
        title="Manyavar Boys Silver-Toned Nehru Jacket with White Kurta & Pyjama",
        category="Clothing Set",
        color="Silver",
        gender="Boys",
    ),
    # photo: maroon kurta, cream pyjama, mustard Nehru jacket, no jewellery, white backdrop. Batch B: base caption
    # invents a necklace; QA spans give the kurta the jacket's colour. The row has no color column.
    case(
        "X710-042",
        caption("a young boy in a yellow vest and a red shirt with a gold necklace", "unsupported"),
        wearing("a yellow vest and a red shirt", who="he"),
        color_of("kurta", "mustard", "contradiction"),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        describe("kurta", "the boy is wearing a yellow vest and a red shirt"),
        details("kurta", "a yellow vest", "other_garment_color"),
        title="Kisah Boys Maroon Kurta with Pyjamas & Mustard Nehru Jacket",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: plain purple velvet sherwani, cream churidar, white backdrop. Batch A: adapter caption (cut) and
    # describe (loop); QA material picks "cotton" from the pants sentence (title says velvet).
    case(
        "X710-043",
        caption(
            "The boy wears a long coat with pure color patterns. The coat is with other fabric and it has a stand "
            "neckline. The boy wears long pants. The pants are with cotton fabric and pure color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long coat with pure color patterns", who="he"),
        color("purple"),
        describe(
            "sherwani",
            "The coat is with other fabric and it has a stand neckline. The coat is with other fabric and it has a "
            "stand neckline. The coat",
            "loop",
            hit_limit=True,
        ),
        material("cotton fabric", "unsupported"),
        garment_type("sherwani"),
        sleeves("long sleeves"),
        title="Vastramay Boys Purple Velvet Sherwani Set",
        category="Sherwani",
        color="Purple",
        gender="Boys",
    ),
    # photo: blue and white vertically striped kurta without a pocket, plain white pyjama, white backdrop. Batch B:
    # base caption; base describe invents a chest pocket; QA pyjama colour copies the kurta's stripes.
    case(
        "X710-044",
        caption("a young boy wearing a blue and white striped shirt and white pants"),
        wearing("a blue and white striped shirt and white pants", who="he"),
        pattern("striped"),
        color("blue"),
        describe("kurta", "a blue and white striped shirt with a pocket on the chest", "unsupported"),
        color_of("pyjama", "blue and white", "other_garment_color", kind="open"),
        sleeves("long sleeves"),
        title="Jashvi Boys Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay, no person: cream kurta, cream pyjama and a red Nehru jacket laid out on a white backdrop.
    # Batch B: base caption; base describe invents a boy wearing it; QA spans.
    case(
        "X710-045",
        caption("a red vest and a white shirt on a white background"),
        wearing("a red vest and a white shirt", who="he"),
        describe("kurta", "a boy wearing a red vest", "unsupported"),
        color("cream"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        garment_type("kurta set"),
        title="Pspeaches Boys Cream-Coloured Kurta with Pyjamas & Red Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: plain gold-toned silk-blend kurta, maroon dhoti pants, white backdrop. Batch A: adapter caption (cut,
    # also says "lady"); adapter describe leaks; QA details copies "The lady wears".
    case(
        "X710-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and its "
            "neckline is stand. The lady wears long pants. The pants are with silk fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        details("dhoti", "The lady wears long pants", "pronoun"),
        color("gold"),
        describe(
            "kurta",
            "The shirt is with silk fabric and its neckline is stand. Question: What is the lady wearing? Answer: "
            "The lady wears a long-sleeve shirt",
            "leak",
            hit_limit=True,
        ),
        material("silk fabric"),
        is_a("kurta", "yes"),
        title="Aj Dezines Boys Gold-Toned & Maroon Silk Blend Kurta with Dhoti Pants",
        category="Clothing Set",
        color="Gold",
        gender="Boys",
    ),
]
