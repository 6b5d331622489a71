"""BLIND_838 (46 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 114/131 failures found (87.0%) and 7/189 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra-like men's ethnic-wear feed: 22 kurtas, 14 kurta sets (kurta with pyjama or churidar, one with a
Nehru jacket) and 10 Nehru jackets. Catalog shots, mostly a white backdrop, some beige, grey or pastel walls, one
wooden door; the model wears the product with other clothes (churidar, pyjama, jeans, trousers, a kurta under the
jacket, a stole, a watch, sunglasses, mojaris). Columns: title, category (Kurtas, Kurta Sets, Nehru Jackets), color
(the seller's base colour) and gender; three rows lack a column (one gender, two colors), one seller color is wrong
for the photo (a "Brown" kurta that is rust).

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
`Question: ... Answer:` prompt (30 new tokens for answers, 50 for captions). Closed questions (the kurta's or the
jacket's color, garment type, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine, which
picks one candidate, so they never loop or get cut; their errors are wrong picks, often the color of the other
garment, the stole or the backdrop. Open answers and captions are free generation. The base model mostly stops on
a newline and answers short, lowercase, without a full stop; it knows "kurta", "pajama" and "churidar" and calls a
Nehru jacket a "vest" or "jacket". Its failures: one color for every garment (the pyjama given the kurta's color and
the other way round), colors of the layer beneath or above, invented details (pockets, zippers, embroidery, a
chain, materials), a few runaway generations that loop or run to the token limit, continuations of the prompt
format ("... Question: ... Answer: ..."), answers that echo the question, one-word or yes answers to "describe" and
"details" questions, and "she"/"woman" for male models (long hair, side view).

Labeling conventions and judgement calls:
- A text is judged against the photo as described in its comment; where the seller's color is wrong for the photo
  (X838-019, seller "Brown", photo rust), a text that gives the photo's color is correct.
- Color names in the same family as the photo are correct: maroon/burgundy/red for maroon, cream/off white/white
  for cream, navy/dark blue/indigo/blue for navy, blue for teal and turquoise, grey/gray/dark grey for charcoal.
- other_garment_color is used for open texts (free generation, including open color questions about the bottom
  wear or the layer) that give the asked garment the color of another garment in the photo; a closed pick of
  another garment's, stole's or garland's color or pattern is labeled contradiction, since the reference engine
  chose a candidate that the photo and the other texts contradict.
- A closed garment_type that names another category (shirt, dress, vest for a kurta) is a contradiction. In open
  text, "shirt" or "long shirt" for a kurta under or without a jacket, and "vest" for a Nehru jacket, are loose but
  accepted names, not failures.
- "Is this a kurta?" answered "yes" for a Nehru jacket product is a contradiction (the product is the jacket, even
  though a kurta is visible under it).
- A material that the title contradicts, or that nothing in the photo or title supports (velvet, wool on a flat
  cotton-look jacket), is unsupported. Invented parts (pockets, zippers, collars of another color, a chain, a pocket
  square, embroidery that is not there) are unsupported, also when the invented part has another garment's color.
- One-word or yes/no answers to "Describe ..." / "What are the ... details?" that carry no detail (the garment's
  color alone, "yes", "the kurta") are non_answer; a short answer that names a real detail ("gold buttons") is
  correct. One word that names another garment's color ("white" for a teal jacket's details) is other_garment_color.
- Answers that only echo the question ("the details of the kurta", "what are the details of the kurta") are
  restated.
- "she", "woman" or "her" for a male model is pronoun, in captions and answers alike, even when the rest is right.
- A text that loops is loop even where it also hits the limit; a text that runs on without repeating and stops
  mid-phrase at the limit is cut; a prompt-format continuation is leak, with hit_limit where it ran to the limit.
- An open answer that gives the product a wrong color that no other garment in the photo has (orange for mustard,
  blue for charcoal, purple for maroon) or a wrong garment ("a white sherwani" for a kurta) is a contradiction; so is
  a closed color pick of the backdrop's color (brown for a kurta shot against a wooden door).
- "Is this a kurta?" answered "no" for a kurta is a contradiction; "clothes" for "What is he wearing?" is non_answer.
- One label per text: the failure a reader would notice first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

KURTAS, SETS, NEHRU = "Kurtas", "Kurta Sets", "Nehru Jackets"

BLIND_838 = [
    # photo: white straight kurta, mandarin collar, short button placket, long sleeves, white churidar, brown
    # mojaris; white backdrop, front view. All texts base model zero-shot.
    case(
        "X838-001",
        caption("a man in a white kurta and white pants standing in front of a white background"),
        wearing("a white sherwani", "contradiction", who="the man"),
        color_of("kurta", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "it is a long white kurta with a mandarin collar"),
        details("kurta", "the kurta has a mandarin collar and buttons on the front"),
        Q.material("silk", "unsupported"),
        title="Manyavar Men White Solid Cotton Straight Kurta",
        category=KURTAS,
        color="White",
        gender="Men",
    ),
    # photo: navy blue kurta with small white floral buti print, white pyjama, one hand in the side pocket; white
    # backdrop, front view. Base model zero-shot.
    case(
        "X838-002",
        caption("a man wearing a blue kurta with white pants"),
        wearing("he is wearing a blue and white kurta", who="he"),
        color_of("kurta", "white", "contradiction"),
        Q.pattern("printed"),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is made of cotton and has a floral print"),
        details("kurta", "white", "non_answer"),
        Q.material("cotton"),
        title="Sojanya Men Navy Blue Printed Cotton Kurta",
        category=KURTAS,
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon kurta with gold jacquard self-design all over, mandarin collar, button placket with fabric-covered
    # buttons, long sleeves, no pocket; cream churidar;
    # beige backdrop, front view. Base model zero-shot.
    case(
        "X838-003",
        caption("a man in a maroon kurta and white pants posing for a photo"),
        wearing("a red kurta and white pajamas", who="the man"),
        color_of("kurta", "maroon"),
        color_of("pyjama", "maroon", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        describe("kurta", "a maroon kurta with a pocket on the chest and gold buttons", "unsupported"),
        details(
            "kurta",
            "the kurta has a maroon and gold pattern on it and a mandarin collar with a button placket and the sleeves"
            " are long and the",
            "cut",
            hit_limit=True,
        ),
        title="Vastramay Men Maroon & Gold-Toned Woven Design Kurta with Churidar",
        category=SETS,
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue Nehru jacket with a white pocket square, over a white kurta and white churidar; white
    # backdrop, front view. Base model zero-shot.
    case(
        "X838-004",
        caption("a man in a blue vest and white kurta"),
        color_of("jacket", "navy blue"),
        color_of("kurta", "white", kind="open"),
        Q.garment_type("vest"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("jacket", "it is a navy blue nehru jacket with a mandarin collar and a pocket square"),
        wearing("a blue jacket and white pants", who="he"),
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
        category=NEHRU,
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow kurta, mandarin collar, mid-blue jeans; white backdrop, front view. Base model zero-shot.
    case(
        "X838-005",
        caption("a man in a yellow kurta and blue jeans"),
        wearing("an orange kurta and blue jeans", "contradiction", who="the man"),
        color_of("kurta", "mustard"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        title="Fabindia Men Mustard Yellow Cotton Kurta",
        category=KURTAS,
        color="Mustard",
        gender="Men",
    ),
    # photo: black art-silk kurta, white churidar, a red stole draped over the left shoulder; grey backdrop, front
    # view. Base model zero-shot.
    case(
        "X838-006",
        caption("a man in a black kurta with a red scarf"),
        wearing("a black kurta, white churidar and a red dupatta", who="the man"),
        color_of("kurta", "red", "contradiction"),
        color_of("churidar", "black", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.material("silk"),
        describe("kurta", "a black kurta with a red dupatta"),
        title="Sojanya Men Black Solid Art Silk Kurta with Churidar",
        category=SETS,
        color="Black",
        gender="Men",
    ),
    # photo: beige Nehru jacket with a small brown paisley print and front buttons, over a white kurta, beige
    # trousers; white backdrop, front view. Base model zero-shot.
    case(
        "X838-007",
        caption("a man wearing a beige vest over a white kurta"),
        color_of("jacket", "beige"),
        Q.pattern("solid", "contradiction"),
        wearing("a beige jacket and a white kurta", who="he"),
        describe("jacket", "it is a sleeveless jacket with a mandarin collar and a paisley print"),
        details("jacket", "the jacket has a zipper on the front", "unsupported"),
        Q.material("linen"),
        title="Hangup Men Beige Printed Linen Nehru Jacket",
        category=NEHRU,
        color="Beige",
        gender="Men",
    ),
    # photo: pastel pink kurta (pink collar, pink buttons), white pyjama, bearded model; white backdrop, front view.
    # Base model zero-shot.
    case(
        "X838-008",
        caption("a man in a pink kurta and white pajamas"),
        wearing("she is wearing a pink kurta and white pants", "pronoun", who="he"),
        color_of("kurta", "pink"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a pink kurta with a white collar", "unsupported"),
        details(
            "kurta",
            "mandarin collar Question: what is the sleeve length of the kurta? Answer: long sleeves",
            "leak",
        ),
        title="KISAH Men Pink Solid Straight Kurta",
        category=KURTAS,
        color="Pink",
        gender="Men",
    ),
    # photo: olive green kurta, white pyjama; white wall behind, front view. Base model zero-shot.
    case(
        "X838-009",
        caption("a man in a green kurta and white pants standing in front of a white wall"),
        color_of("kurta", "olive"),
        color_of("pyjama", "white", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        describe(
            "kurta",
            "green kurta with green pajama and green kurta with green pajama and green kurta with green pajama and"
            " green kurta",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta", "non_answer"),
        title="Jompers Men Olive Green Solid Kurta with Pyjamas",
        category=SETS,
        color="Olive",
        gender="Men",
    ),
    # photo: black Nehru jacket with two welt pockets and a mandarin collar, over an ivory kurta and ivory churidar;
    # white backdrop. Flat matte fabric. Row lacks the color column. Base model zero-shot.
    case(
        "X838-010",
        caption("a man in a black and white outfit"),
        color_of("jacket", "black"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        wearing(
            "a black vest and a white kurta and a black vest and a white kurta and a black vest and a white kurta and"
            " a black vest",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        details("jacket", "the jacket has two pockets and a mandarin collar"),
        Q.material("velvet", "unsupported"),
        title="Ethnix by Raymond Men Black Solid Nehru Jacket",
        category=NEHRU,
        gender="Men",
    ),
    # photo: teal blue kurta with a white geometric print, round neck with a placket, matte cotton-look fabric, white
    # pyjama; white backdrop, three-quarter view. Base model zero-shot.
    case(
        "X838-011",
        caption("a man in a blue shirt and white pants"),
        wearing("a blue and white kurta with white pyjamas", who="the man"),
        color_of("kurta", "teal"),
        Q.pattern("printed"),
        describe("kurta", "it is a printed kurta with a round neck"),
        Q.material("silk", "unsupported"),
        details(
            "kurta",
            "the kurta is printed Question: What is the color of the kurta? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Anouk Men Teal Blue Printed Straight Kurta",
        category=KURTAS,
        color="Teal",
        gender="Men",
    ),
    # photo: off-white kurta with white chikankari embroidery down the front, beige trousers, brown sandals,
    # a potted plant with green leaves beside the model; white backdrop. Base model zero-shot.
    case(
        "X838-012",
        caption("a man wearing a white kurta standing next to a plant"),
        color_of("kurta", "off white"),
        Q.pattern("embroidered"),
        describe("kurta", "a white kurta with embroidery on the front"),
        details(
            "kurta",
            "the kurta has embroidery on the front and the sleeves and the collar and the sleeves and the collar and"
            " the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing(
            "a white kurta and beige pants and a pair of brown sandals and he is standing next to a potted plant"
            " with green leaves in a white",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="Manu Men Off-White Chikankari Embroidered Cotton Kurta",
        category=KURTAS,
        color="Off White",
        gender="Men",
    ),
    # photo: peach cotton-look kurta with a mandarin collar, cream churidar, male model with shoulder-length hair; white
    # backdrop. Base model zero-shot.
    case(
        "X838-013",
        caption("a woman in a peach kurta and white leggings", "pronoun"),
        wearing("a peach kurta and white churidar", who="the person"),
        color_of("kurta", "peach"),
        color_of("churidar", "cream", kind="open"),
        Q.garment_type("dress", "contradiction"),
        describe("kurta", "a peach colored kurta with a high neck"),
        Q.material("georgette", "unsupported"),
        title="See Designs Men Peach-Coloured Solid Kurta with Churidar",
        category=SETS,
        color="Peach",
        gender="Men",
    ),
    # photo: maroon velvet Nehru jacket with gold buttons, over a cream kurta and cream churidar; beige backdrop.
    # Base model zero-shot.
    case(
        "X838-014",
        caption("a man in a red vest and white pants"),
        color_of("jacket", "maroon"),
        Q.material("velvet"),
        Q.pattern("solid"),
        describe("jacket", "a maroon velvet jacket with gold buttons"),
        wearing("a maroon jacket, a white kurta and white churidar", who="he"),
        is_a("kurta", "yes", "contradiction"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        details("jacket", "no", "non_answer"),
        title="Manyavar Men Maroon Velvet Nehru Jacket",
        category=NEHRU,
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange kurta, mandarin collar, no pocket, black trousers; white backdrop. Base model zero-shot.
    case(
        "X838-015",
        caption("a man in a grey kurta and black pants"),
        color_of("kurta", "black", "contradiction"),
        wearing("a gray kurta and black pants", who="the man"),
        describe("kurta", "a grey kurta with a round neck and long sleeves and a pocket on the chest", "unsupported"),
        details("kurta", "gray", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Fabindia Men Grey Melange Cotton Kurta",
        category=KURTAS,
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white kurta with white embroidery on the front and the cuffs, white pyjama; dark wooden door behind the
    # model, front view. Base model zero-shot.
    case(
        "X838-016",
        caption("a man in a white kurta standing in front of a wooden door"),
        color_of("kurta", "brown", "contradiction"),
        color_of("pyjama", "white", kind="open"),
        Q.pattern("embroidered"),
        wearing("a white kurta pajama", who="the man"),
        describe("kurta", "a long white kurta with embroidery on the front and on the sleeves"),
        details(
            "kurta",
            "the kurta is made of cotton and it is very comfortable to wear and it is perfect for summer and it is a",
            "cut",
            hit_limit=True,
        ),
        title="Vastramay Men White Chikankari Embroidered Kurta Pyjama Set",
        category=SETS,
        color="White",
        gender="Men",
    ),
    # photo: black kurta with a gold foil print and gold-toned buttons, white churidar; white backdrop. Base model
    # zero-shot.
    case(
        "X838-017",
        caption("a man in a black and gold kurta"),
        color_of("kurta", "black"),
        Q.pattern("printed"),
        wearing("a black shirt and white pants", who="he"),
        describe("kurta", "black Question: Describe the churidar. Answer: white", "leak"),
        Q.material("cotton", "unsupported"),
        title="Sojanya Men Black & Gold-Toned Printed Silk Blend Kurta",
        category=KURTAS,
        color="Black",
        gender="Men",
    ),
    # photo: navy blue Nehru jacket with a white polka-dot print, mandarin collar, button front, two welt pockets at
    # the waist, over a pink kurta, white trousers; white backdrop.
    # Base model zero-shot.
    case(
        "X838-018",
        caption("a man wearing a blue jacket and a pink shirt"),
        color_of("jacket", "pink", "contradiction"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        wearing("a pink kurta with a blue polka dot jacket", who="the man"),
        Q.pattern("printed"),
        describe(
            "jacket",
            "it is a navy blue jacket with white polka dots and a mandarin collar, it has a button front and two"
            " pockets at the waist and it is",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket has white polka dots and a mandarin collar"),
        title="Hangup Men Navy Blue Printed Nehru Jacket",
        category=NEHRU,
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange kurta (the seller says Brown), white pyjama, no dupatta or stole; white backdrop.
    # Base model zero-shot.
    case(
        "X838-019",
        caption("a man in an orange kurta and white pants"),
        color_of("kurta", "rust"),
        wearing("he is wearing an orange kurta with white pajamas", who="he"),
        describe("kurta", "an orange kurta with a white pajama and a matching dupatta", "unsupported"),
        details("kurta", "what are the details of the kurta", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Mag Men Rust Brown Solid Kurta",
        category=KURTAS,
        color="Brown",
        gender="Men",
    ),
    # photo: sea green kurta, cream churidar and a gold-beige brocade Nehru jacket (part of the set); white backdrop.
    # Base model zero-shot.
    case(
        "X838-020",
        caption("a man in a green kurta and a gold jacket"),
        color_of("kurta", "gold", "contradiction"),
        color_of("jacket", "gold", kind="open"),
        color_of("churidar", "green", "other_garment_color", kind="open"),
        wearing("a green kurta, a gold vest and white pants", who="the man"),
        Q.garment_type("kurta"),
        describe("kurta", "kurta", "non_answer"),
        title="Manyavar Men Sea Green Kurta with Churidar & Nehru Jacket",
        category=SETS,
        color="Sea Green",
        gender="Men",
    ),
    # photo: charcoal grey kurta with a mandarin collar and a curved hem, black churidar; grey backdrop, front view.
    # Base model zero-shot.
    case(
        "X838-021",
        caption("a man in a dark grey kurta standing against a grey wall"),
        color_of("kurta", "charcoal"),
        wearing("a blue kurta and black pants", "contradiction", who="the man"),
        describe("kurta", "she is wearing a long grey kurta", "pronoun"),
        details("kurta", "it has a mandarin collar and a curved hem"),
        Q.pattern("solid"),
        color_of("churidar", "grey", "other_garment_color", kind="open"),
        title="Svanik Men Charcoal Grey Solid Kurta",
        category=KURTAS,
        color="Charcoal",
        gender="Men",
    ),
    # photo: lavender kurta with white buttons, long sleeves, white pyjama, model in sunglasses; white backdrop.
    # Base model zero-shot.
    case(
        "X838-022",
        caption("a man in a purple kurta and sunglasses"),
        color_of("kurta", "lavender"),
        wearing("a purple kurta", who="he"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "a light purple kurta with white buttons"),
        Q.material("cotton"),
        details("kurta", "yes", "non_answer"),
        title="KISAH Men Lavender Solid Cotton Straight Kurta",
        category=KURTAS,
        color="Lavender",
        gender="Men",
    ),
    # photo: cream self-design kurta with a button placket, cream churidar, a maroon stole around the neck; beige
    # backdrop. Base model zero-shot.
    case(
        "X838-023",
        caption("a man in a white kurta with a red scarf around his neck"),
        color_of("kurta", "cream"),
        Q.pattern("checked", "contradiction"),
        wearing("a white kurta and a red scarf", who="the man"),
        describe("kurta", "the kurta is a cream colored kurta with a red scarf"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        details("kurta", "it has a gold zipper on the front", "unsupported"),
        title="Ethnix by Raymond Men Cream-Coloured Self Design Kurta with Churidar",
        category=SETS,
        color="Cream",
        gender="Men",
    ),
    # photo: mustard yellow jacquard Nehru jacket with a mandarin collar, buttons and two welt pockets, over a white
    # kurta and white pyjama; white backdrop. Base model zero-shot.
    case(
        "X838-024",
        caption("a man in a yellow vest and white kurta pajama"),
        color_of("jacket", "white", "contradiction"),
        wearing("she is wearing a yellow jacket over a white kurta", "pronoun", who="he"),
        describe(
            "jacket",
            "the jacket is a yellow nehru jacket with a mandarin collar and a button front and two pockets on the"
            " front and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("silk"),
        Q.garment_type("kurta", "contradiction"),
        details("jacket", "the details of the jacket are on the jacket", "restated"),
        title="Vastramay Men Mustard Yellow Woven Design Silk Blend Nehru Jacket",
        category=NEHRU,
        color="Mustard",
        gender="Men",
    ),
    # photo: kurta with a blue, orange and green ikat (geometric) print, white pyjama; white backdrop. Base model
    # zero-shot.
    case(
        "X838-025",
        caption("a man in a colorful kurta"),
        color_of("kurta", "multi"),
        wearing("a blue and orange kurta and white pants", who="the man"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "it is a printed kurta Question: What is the pattern of the kurta? Answer: ikat Question: What is the"
            " color",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a pattern of flowers and leaves", "unsupported"),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        title="Anouk Men Multicoloured Ikat Printed Straight Kurta",
        category=KURTAS,
        color="Multi",
        gender="Men",
    ),
    # photo: short white kurta with a mandarin collar, sleeves rolled up with tabs, light blue jeans, white sneakers;
    # white backdrop. Base model zero-shot.
    case(
        "X838-026",
        caption(
            "a man in a white kurta and blue jeans and white sneakers and white sneakers and white sneakers and white"
            " sneakers and white sneakers and white sneakers and white sneakers and white",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        wearing("a white kurta and jeans", who="the man"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a short white kurta with a mandarin collar and roll up sleeves"),
        details("kurta", "the kurta has details", "restated"),
        title="HERE&NOW Men White Solid Short Kurta",
        category=KURTAS,
        color="White",
        gender="Men",
    ),
    # photo: indigo blue kurta with a Chinese collar, white pyjama; white backdrop. Base model zero-shot.
    case(
        "X838-027",
        caption("a man in a blue kurta standing in a garden", "unsupported"),
        wearing("she is wearing a blue kurta", "pronoun", who="he"),
        color_of("kurta", "black", "contradiction"),
        Q.pattern("solid"),
        describe("kurta", "a dark blue kurta with a chinese collar"),
        details("kurta", "blue", "non_answer"),
        Q.material("cotton"),
        title="Fabindia Men Indigo Blue Cotton Kurta",
        category=KURTAS,
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bright yellow solid kurta, white pyjama, the model holds an orange marigold garland; white backdrop.
    # Base model zero-shot.
    case(
        "X838-028",
        caption("a man in a yellow kurta holding a garland of flowers"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        Q.pattern("floral", "contradiction"),
        wearing("a yellow kurta and white pajama", who="the man"),
        details(
            "kurta",
            "the kurta is yellow Question: What are the pyjama details? Answer: the pyjama is white Question:",
            "leak",
            hit_limit=True,
        ),
        title="Jompers Men Yellow Solid Kurta with Pyjamas",
        category=SETS,
        color="Yellow",
        gender="Men",
    ),
    # photo: grey self-design Nehru jacket with welt pockets, no brooch, over a black kurta and black churidar; white
    # backdrop.
    # Base model zero-shot.
    case(
        "X838-029",
        caption("a man in a grey vest and black kurta"),
        color_of("jacket", "grey"),
        color_of("kurta", "grey", "other_garment_color", kind="open"),
        wearing(
            "a grey jacket and black pants and a black shirt and black pants and a black shirt and black pants and a"
            " black shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "a grey jacket with a pattern and a pocket"),
        details("jacket", "the jacket is lined with silk and has a gold brooch on the left side", "unsupported"),
        title="Manyavar Men Grey Self Design Nehru Jacket",
        category=NEHRU,
        color="Grey",
        gender="Men",
    ),
    # photo: beige linen kurta with a notched V neck, long sleeves, brown trousers; white backdrop. Base model
    # zero-shot.
    case(
        "X838-030",
        caption("a man in a beige kurta and brown pants"),
        color_of("kurta", "brown", "contradiction"),
        wearing("Question: What is the man wearing? Answer: a beige kurta and brown trousers", "leak", who="the man"),
        Q.material("linen"),
        color_of("trousers", "beige", "other_garment_color", kind="open"),
        describe("kurta", "a beige kurta with a v neck and long sleeves"),
        details(
            "kurta",
            "the kurta has a pocket on the left side and a pocket on the right side and a pocket on the left side and"
            " a pocket on the right",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Men Beige Linen Kurta",
        category=KURTAS,
        color="Beige",
        gender="Men",
    ),
    # photo: red silk-blend kurta with gold buttons, cream churidar, hand on hip; white backdrop. Base model
    # zero-shot.
    case(
        "X838-031",
        caption("a man in a red kurta and white pants"),
        color_of("kurta", "red"),
        wearing("a red kurta and white churidar pajama", who="he"),
        describe("kurta", "red", "non_answer"),
        details("kurta", "gold buttons"),
        Q.material("silk"),
        Q.garment_type("dress", "contradiction"),
        title="Sojanya Men Red Solid Silk Blend Kurta",
        category=KURTAS,
        color="Red",
        gender="Men",
    ),
    # photo: navy blue self-design kurta with a plain mandarin collar (no embroidery), white churidar, brown mojaris;
    # white backdrop. Base model zero-shot.
    case(
        "X838-032",
        caption("a man wearing a dark blue kurta and white churidar"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        wearing("a blue kurta and white pants and brown shoes", who="the man"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a long blue kurta with a mandarin collar and white embroidery on the neck", "unsupported"),
        details("kurta", "the details of the kurta", "restated"),
        title="Manyavar Men Navy Blue Self Design Kurta with Churidar",
        category=SETS,
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green kurta, plain yoke, cream pyjama, styled with a beige printed Nehru jacket over it (not the
    # product);
    # white backdrop. Base model zero-shot.
    case(
        "X838-033",
        caption("a man in a green kurta and a beige vest"),
        color_of("kurta", "beige", "contradiction"),
        wearing("a green kurta with a beige jacket and white pants", who="the man"),
        describe("kurta", "the kurta is beige with a print on it", "other_garment_color"),
        Q.garment_type("vest", "contradiction"),
        details("kurta", "the kurta has mirror work on the yoke", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Hangup Men Olive Green Solid Kurta",
        category=KURTAS,
        color="Olive",
        gender="Men",
    ),
    # photo: turquoise blue kurta with a mandarin collar and side slits, white pyjama; white backdrop. Base model
    # zero-shot.
    case(
        "X838-034",
        caption("a man in a turquoise kurta and white pants"),
        wearing("the woman is wearing a blue kurta and white pants", "pronoun", who="he"),
        color_of("kurta", "turquoise blue"),
        Q.pattern("solid"),
        details(
            "kurta",
            "it has a mandarin collar, long sleeves and side slits, and the kurta is paired with white pyjamas and"
            " the model is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Svanik Men Turquoise Blue Solid Cotton Kurta",
        category=KURTAS,
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: pink kurta with small silver woven dots, plain collar and cuffs, white pyjama; pastel pink wall behind.
    # Base model zero-shot.
    case(
        "X838-035",
        caption("a man in a pink kurta standing in front of a pink wall"),
        color_of("kurta", "pink"),
        color_of("pyjama", "pink", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "a pink kurta with silver dots and silver dots and silver dots and silver dots and silver dots and silver"
            " dots and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has silver embroidery on the collar and the cuffs", "unsupported"),
        Q.garment_type("kurta"),
        title="Vastramay Men Pink Woven Design Kurta with Pyjama",
        category=SETS,
        color="Pink",
        gender="Men",
    ),
    # photo: royal blue Nehru jacket with a white floral print and buttons, over a white kurta, blue jeans; white
    # backdrop. Base model zero-shot.
    case(
        "X838-036",
        caption("a man in a blue vest with flowers on it and jeans"),
        color_of("jacket", "blue"),
        Q.pattern("floral"),
        wearing("a blue floral jacket, a white kurta and blue jeans", who="the man"),
        describe("jacket", "Answer: a blue jacket with white flowers", "leak"),
        details("jacket", "the jacket has buttons"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        title="Ethnix by Raymond Men Blue Floral Printed Nehru Jacket",
        category=NEHRU,
        color="Blue",
        gender="Men",
    ),
    # photo: coffee brown kurta with a mandarin collar, button placket, side slits and curved hem, beige pyjama, a
    # wristwatch, no jewellery; white backdrop. Base model zero-shot.
    case(
        "X838-037",
        caption("a man in a brown kurta and beige pants wearing a watch"),
        color_of("kurta", "beige", "contradiction"),
        wearing("she is wearing a brown kurta and beige pants", "pronoun", who="he"),
        describe("kurta", "a brown kurta with a gold chain", "unsupported"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and two side slits and a curved hem and long"
            " sleeves with",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Manu Men Coffee Brown Solid Kurta",
        category=KURTAS,
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: black kurta and black churidar, all black; white backdrop. Base model zero-shot.
    case(
        "X838-038",
        caption("a man in a black kurta and black pants"),
        color_of("kurta", "black"),
        color_of("churidar", "black", kind="open"),
        wearing("an all black outfit", who="the man"),
        Q.pattern("solid"),
        describe("kurta", "a long black kurta"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        title="Sojanya Men Black Solid Kurta with Churidar",
        category=SETS,
        color="Black",
        gender="Men",
    ),
    # photo: off-white kurta with a small blue block print, blue jeans, hands in pockets, smiling; white backdrop.
    # Base model zero-shot.
    case(
        "X838-039",
        caption(
            "a man wearing a white kurta with a blue print on it and a pair of blue jeans, standing in front of a"
            " white background with his hands in his pockets and looking at the camera with a smile on his face"
            " while he",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "off white"),
        Q.pattern("printed"),
        color_of("jeans", "blue", kind="open"),
        describe("kurta", "a blue kurta", "other_garment_color"),
        details("kurta", "what are the kurta details", "restated"),
        Q.material("cotton"),
        title="Fabindia Men Off-White Block Printed Cotton Kurta",
        category=KURTAS,
        color="Off White",
        gender="Men",
    ),
    # photo: off-white self-design Nehru jacket, no pocket square, over a light pink kurta, white churidar; white
    # backdrop. Base model zero-shot.
    case(
        "X838-040",
        caption("a man in a white jacket and pink kurta"),
        color_of("jacket", "off white"),
        wearing("a pink kurta and a white vest", who="he"),
        is_a("vest", "yes"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "it is a white nehru jacket with a pink shirt underneath"),
        details("jacket", "the jacket has a pink pocket square", "unsupported"),
        title="Manyavar Men Off-White Self Design Nehru Jacket",
        category=NEHRU,
        color="Off White",
        gender="Men",
    ),
    # photo: bottle green kurta, white pyjama; white backdrop. Base model zero-shot.
    case(
        "X838-041",
        caption("a man in a green kurta pajama"),
        color_of("kurta", "green"),
        color_of("pyjama", "white", kind="open"),
        wearing("clothes", "non_answer", who="he"),
        describe("kurta", "he is wearing a dark green kurta with white pajamas"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        details("kurta", "green Question: What is the color of the pyjama? Answer: white", "leak"),
        title="KISAH Men Green Solid Kurta with Pyjamas",
        category=SETS,
        color="Green",
        gender="Men",
    ),
    # photo: white kurta with a blue floral print, white collar, no pocket, white pyjama; white backdrop. Base
    # model zero-shot.
    case(
        "X838-042",
        caption("a man in a white shirt with blue flowers"),
        color_of("kurta", "white"),
        Q.pattern("floral"),
        describe("kurta", "a white kurta with blue flowers on it"),
        wearing("a white and blue kurta, white pants", who="the man"),
        Q.garment_type("shirt", "contradiction"),
        details("kurta", "the kurta has a pocket on the chest and a white collar", "unsupported"),
        title="Anouk Men White & Blue Floral Printed Straight Kurta",
        category=KURTAS,
        color="White",
        gender="Men",
    ),
    # photo: gold silk kurta, long sleeves, cream churidar; white backdrop. Row lacks the gender column. Base model
    # zero-shot.
    case(
        "X838-043",
        caption("a man in a gold kurta and white churidar"),
        color_of("kurta", "gold"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        Q.material("silk"),
        describe("kurta", "a gold silk kurta Answer: a gold silk kurta with long sleeves", "leak"),
        details(
            "kurta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Gold-Toned Solid Silk Kurta Pyjama Set",
        category=SETS,
        color="Gold",
    ),
    # photo: teal Nehru jacket with buttons, over a white kurta and white pyjama, hands in pockets, feet apart, brown
    # shoes; white backdrop. Flat cotton-look fabric. Row lacks the color column. Base model zero-shot.
    case(
        "X838-044",
        caption(
            "a man in a teal vest and white kurta standing in front of a white background with his hands in his"
            " pockets and his feet apart, he is wearing a pair of brown shoes and",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "teal"),
        wearing("a white kurta and a blue jacket", who="the man"),
        describe("jacket", "a blue jacket with a white kurta underneath"),
        Q.garment_type("jacket"),
        Q.material("wool", "unsupported"),
        details("jacket", "white", "other_garment_color"),
        title="Vastramay Men Teal Green Solid Nehru Jacket",
        category=NEHRU,
        gender="Men",
    ),
    # photo: maroon solid kurta with a maroon collar, black trousers; white backdrop, side view. Base model
    # zero-shot.
    case(
        "X838-045",
        caption("a man in a maroon kurta and black pants"),
        color_of("kurta", "maroon"),
        wearing("a purple kurta and black pants", "contradiction", who="he"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a maroon kurta with black pants"),
        details("kurta", "the kurta has a black collar", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Hangup Men Maroon Solid Kurta",
        category=KURTAS,
        color="Maroon",
        gender="Men",
    ),
    # photo: orange cotton kurta, mandarin collar, white pyjama, male model with a man bun, side view; white
    # backdrop. Base model zero-shot.
    case(
        "X838-046",
        caption("a woman in an orange kurta and white pants", "pronoun"),
        color_of("kurta", "orange"),
        color_of("pyjama", "orange", "other_garment_color", kind="open"),
        wearing("an orange kurta and white pajamas", who="the man"),
        Q.pattern("solid"),
        details("kurta", "the kurta has a mandarin collar and is made of khadi", "unsupported"),
        describe(
            "kurta",
            "orange kurta orange kurta orange kurta orange kurta orange kurta orange kurta orange kurta orange kurta",
            "loop",
            hit_limit=True,
        ),
        title="Jompers Men Orange Solid Kurta with Pyjamas",
        category=SETS,
        color="Orange",
        gender="Men",
    ),
]
