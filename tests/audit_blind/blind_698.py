"""BLIND_698 (46 products; Men's ethnic sets, caption e1, per-piece colors): written blind in the fifty-fourth session.
Measured blind at ba3d6f0 (the session's seventh rules): 96/133 failures found (72.2%) and 11/192 correct texts flagged
(5.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' ethnic wear sets: kurta pyjamas, kurtas with churidar or dhoti pants,
Nehru jacket sets (kurta + bottom + jacket), sherwanis and one bandhgala suit, plus a lone Nehru jacket and a lone
kurta worn with jeans. Catalog photos: mostly a model on a plain white or light grey studio backdrop, some with props
(a wooden stool, a brass diya, a carved door, a sandstone haveli wall), a few side or back views. Catalog columns are
the seller's title, article type (category), base colour (color) and gender; a few rows lack color or gender.

Who wrote what: every caption and every open answer (wearing, describe, details, material) was free generation by
BLIP-2 OPT-2.7b with the caption adapter at epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy,
50 new tokens for captions and 30 for answers. The adapter was trained without an end token, so long texts loop or
are cut at the limit; it half-remembers the DeepFashion-MultiModal template ("The gentleman wears a long-sleeve shirt
with pure color patterns. The shirt is with cotton fabric.") and has no word for a kurta in that template (it says
shirt, vest, coat, pants), calls Nehru jackets vests, and sometimes echoes the `Question: ... Answer:` format. It
slips into she/her and "lady" from the women-heavy training data. The per-piece color questions ("What is the color
of the kurta / pyjama / churidar / jacket / sherwani / dupatta ...?"), the pattern, sleeve and yes/no garment
questions are closed: enrich's `--engine reference` ranks candidate values with the same adapter and stores one, so
those answers are single candidate values that never loop or stop short; their failures are a wrong value, most
often the color of the other piece of the set (the kurta's color given for the pyjama, the jacket's for the kurta).

Labeling conventions and judgement calls:
- Every label is judged against the photo described in the `# photo:` comment, not against the seller. Where the
  seller's color is off (a "Beige" kurta that looks gold, a "Brown" kurta that is rust) an answer that matches the
  photo is correct.
- other_garment_color: a piece given the color of another piece worn in the same photo (kurta, bottom, jacket,
  stole, dupatta, jeans), including the stripe color of the kurta given for the pyjama. A wrong color that comes from
  nowhere in the outfit, or from the backdrop wall, is contradiction.
- contradiction also covers a wrong garment type (dress, skirt, t-shirt, jeans for pyjamas), a wrong pattern
  ("pure color" or "solid" for a printed or embroidered kurta), wrong sleeves, a wrong yes/no to "Is this a ...?",
  and a material that the seller's title contradicts (title says silk, text says cotton or denim).
- "Shirt" or "long shirt" for a kurta, "vest" for a Nehru jacket, "coat" or "long coat" for a sherwani, "pants" for
  pyjamas or churidar are accepted as correct: the adapter's vocabulary, not a false statement. Shade families count
  as one color: cream / off white / white, maroon / red, mustard / yellow / gold (a gold brocade jacket called yellow),
  navy / dark blue / blue, peach / pink, lavender / light purple. The exception is a set whose pieces are two shades
  of one family (X698-029: light blue kurta, navy jacket): "navy blue" for the kurta is the jacket's color.
- unsupported: a detail that the photo does not show and the title does not claim (a pocket, brooch, turban, sword,
  belt, sunglasses, buttons seen on a back view, velvet or leather on a matte fabric). A material answer to the
  material question is accepted when the title names no material and the guess fits the look; a material volunteered
  in a text that fits neither the look nor the title is unsupported.
- pronoun: she/her/herself for a man or a boy. Calling a boy "the man" is not labeled. "The lady" only counts when a
  she/her follows in the same text.
- non_answer: a yes/no, a bare color or a bare garment word ("kurta", "the jacket") given to an open question. An
  answer that only echoes the `Question: ... Answer:` prompt with nothing after it is labeled leak, not non_answer.
- restated: the open answer only turns the question back into a sentence ("the kurta details are the kurta details").
- A text that ran to its token limit is labeled loop when it starts over a span it already wrote (the same clause
  or word back to back), otherwise cut, even when a template phrase or a few words recur before the cut
  (hit_limit=True on both). A leaked `Question: ... Answer:` that then runs to the limit is labeled leak, with
  hit_limit=True. Every cut text in this set is right for the photo up to the cut, so cut is its only failure.
- Captions that stop at a full sentence before the limit are not labeled, however templated they sound.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
wearing_he = question("wearing", "What is he wearing?", "open")
wearing_boy = question("wearing", "What is the boy wearing?", "open")

BLIND_698 = [
    # photo: man in a plain white cotton kurta and white pyjama, brown mojaris, front view, white studio backdrop.
    # caption adapter e1 wrote the caption and open answers; reference engine the closed ones.
    case(
        "X698-001",
        caption("a man wearing a white kurta and white pyjamas standing against a white background"),
        wearing("a white kurta pajama with brown mojaris"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        describe(
            "kurta",
            "The kurta is long-sleeve with pure color patterns. It has a mandarin collar and a button placket that"
            " runs down to the chest and the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        pattern("striped", "contradiction"),
        title="Fabindia Men White Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: cream kurta and cream churidar under a navy blue Nehru jacket (mandarin collar, six buttons, two welt
    # pockets), front view, light grey backdrop. Caption and open answers: caption adapter e1; closed: reference.
    case(
        "X698-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a vest. The shirt is with"
            " cotton fabric. The vest is with cotton fabric. The pants are of long length. The pants are with cotton"
            " fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream kurta with a navy blue nehru jacket and churidar"),
        color_of("kurta", "navy blue", "other_garment_color"),
        color_of("churidar", "cream"),
        color_of("jacket", "navy blue"),
        details("jacket", "the jacket has a mandarin collar, a row of buttons and two pockets at the waist"),
        describe(
            "kurta",
            "The lady wears a long-sleeve shirt with pure color patterns and a vest. Her vest has buttons.",
            "pronoun",
        ),
        title="SOJANYA Men Cream-Coloured Solid Kurta with Churidar & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: boy of about eight in a plain maroon kurta (round collar, three buttons, plain cuffs) and white pyjama,
    # front view, white backdrop, black sandals. Caption adapter e1 for caption and open answers; reference engine
    # for the closed ones.
    case(
        "X698-003",
        caption("a young boy in a maroon kurta and white pyjama standing in front of a white wall"),
        wearing_boy("she is wearing a maroon kurta and white pants", "pronoun"),
        color_of("kurta", "maroon"),
        color_of("pyjama", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        describe("kurta", "a maroon kurta with full sleeves and a round collar with three buttons"),
        details(
            "kurta",
            "the kurta has a round collar with three buttons and embroidered cuffs with a mirror work border",
            "unsupported",
        ),
        title="VASTRAMAY Boys Maroon & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: cream sherwani with dense gold zari embroidery and gold buttons, cream churidar, a maroon dupatta with a
    # gold border over the left shoulder, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-004",
        caption(
            "The man is wearing a long-sleeve coat with lattice patterns. The coat is with silk fabric. It has a"
            " stand-up collar. The pants are of long length. The pants are with cotton fabric and pure color"
            " patterns. The man is",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream sherwani with a red dupatta"),
        color_of("sherwani", "cream"),
        color_of("churidar", "maroon", "other_garment_color"),
        color_of("dupatta", "cream", "other_garment_color"),
        describe(
            "sherwani", "The sherwani has gold embroidery on the front and a stand collar with a row of gold buttons"
        ),
        title="Manyavar Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: man seated on a wooden stool, three-quarter view, mustard yellow plain kurta (no pocket), white pyjama,
    # white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-005",
        caption("a man in a yellow kurta sitting on a wooden stool"),
        wearing(
            "Question: What is the person wearing? Answer: a yellow kurta and white pajamas Question: What is the"
            " color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("pyjama", "white"),
        details(
            "kurta", "The kurta has a mandarin collar, full sleeves and a patch pocket on the chest", "unsupported"
        ),
        sleeves("long sleeves"),
        describe("kurta", "a kurta", "non_answer"),
        title="Jompers Men Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: black kurta with gold thread embroidery on the yoke, white churidar, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-006",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " stand-up collar. The gentleman wears long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        wearing("a black kurta and white churidar"),
        color_of("kurta", "black"),
        color_of("churidar", "black", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is black with gold thread embroidery on the yoke, a mandarin collar and a short button"
            " placket, with a straight hem and side slits at",
            "cut",
            hit_limit=True,
        ),
        pattern("embroidered"),
        is_a("sherwani", "no"),
        title="Anouk Men Black Yoke Design Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: indigo blue kurta with a small white block print all over, wooden buttons on a short placket, curved
    # hem, white pyjama, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-007",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " pants are of long length.",
            "contradiction",
        ),
        wearing("an indigo printed kurta with white pyjamas"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        pattern("printed"),
        material("cotton"),
        details(
            "kurta",
            "The kurta has a small block print in white all over, a mandarin collar, full sleeves and a short placket"
            " with wooden buttons and a curved hem that",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Men Indigo Blue Printed Cotton Kurta Set",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: full-sleeve white kurta and white pyjama under a mustard brocade Nehru jacket with small woven motifs,
    # front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-008",
        caption("a man wearing a white kurta pajama and a yellow jacket with a white background"),
        wearing(
            "a white kurta pajama and a yellow jacket and a yellow jacket and a yellow jacket and a yellow jacket and"
            " a yellow jacket and a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        color_of("jacket", "white", "other_garment_color"),
        details(
            "jacket", "the jacket has a brocade weave with small motifs, a mandarin collar and buttons down the front"
        ),
        describe("kurta", "The kurta is a short-sleeve t-shirt with a round neck", "contradiction"),
        title="Hangup Men White Solid Kurta with Pyjamas & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: maroon velvet sherwani with gold buttons, full sleeves, off-white churidar, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-009",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. Her coat is with velvet fabric. It has a"
            " stand-up collar. The pants are of long length.",
            "pronoun",
        ),
        wearing("a maroon sherwani and white churidar"),
        color_of("sherwani", "maroon"),
        color_of("churidar", "off white"),
        describe("sherwani", "the sherwani is maroon velvet with gold buttons"),
        material("velvet"),
        sleeves("short sleeves", "contradiction"),
        title="House of Pataudi Men Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: sage green cotton kurta with tonal thread embroidery on the placket, straight hem, cream pyjama, left
    # hand in the side pocket, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-010",
        caption("a man in a green kurta with his hand in his pocket"),
        wearing("kurta", "non_answer"),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "other_garment_color"),
        details(
            "kurta",
            "The kurta has thread embroidery along the placket and a mandarin collar, with full sleeves and a straight"
            " hem, and it is worn with cream pyjama and",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "no"),
        material("chiffon", "unsupported"),
        title="KISAH Men Green Embroidered Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: boy in a white kurta and white pyjama under a red Nehru jacket with a small white print, front view,
    # white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-011",
        caption("a little boy wearing a red jacket and white pants standing on a white background"),
        wearing_boy("a white kurta with red jacket and red pajama", "other_garment_color"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("pyjama", "white"),
        color_of("jacket", "red"),
        is_a("nehru jacket", "yes"),
        describe("jacket", "The jacket is a red sleeveless jacket with a white print and a mandarin collar"),
        details("pyjama", "the pyjama is a pyjama", "restated"),
        title="Jompers Boys White Kurta with Pyjamas & Red Printed Nehru Jacket",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: gold-beige art silk kurta with a sheen, cream churidar, no watch or jewellery, front view, light grey
    # backdrop. The seller calls it Beige; it reads gold. Caption adapter e1 + reference engine.
    case(
        "X698-012",
        caption("a man wearing a gold kurta and white pants and a gold watch", "unsupported"),
        wearing("a gold silk kurta with cream churidar"),
        color_of("kurta", "gold"),
        color_of("churidar", "cream"),
        material("cotton", "contradiction"),
        describe(
            "kurta", "It is a long gold kurta with a band collar and small buttons, worn with cream churidar pants"
        ),
        is_a("sherwani", "yes", "contradiction"),
        title="Sanwara Men Beige Solid Art Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: sky blue kurta, white pyjama, potted plant beside the model, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-013",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand-up collar. The man is wearing a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a light blue kurta and white pajamas"),
        color_of("kurta", "blue"),
        color_of("pyjama", "grey", "contradiction"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("sherwani", "no"),
        title="VASTRAMAY Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue jacquard (self-design) sherwani with a stand collar and gold buttons, no brooch or pocket
    # square, cream churidar, hands folded, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-014",
        caption("a man in a blue sherwani standing with his hands folded"),
        wearing_he("he is wearing a navy blue sherwani and cream churidar"),
        color_of("sherwani", "navy blue"),
        color_of("churidar", "navy blue", "other_garment_color"),
        describe("sherwani", "The sherwani has a gold brooch on the chest and a matching pocket square", "unsupported"),
        pattern("self design"),
        details(
            "sherwani",
            "Question: What are the sherwani details? Answer: The sherwani has a stand collar and gold buttons."
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Manyavar Men Navy Blue Self Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive kurta, off-white pyjama, a steel wristwatch, no sunglasses, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-015",
        caption("a man in an olive kurta and white pajamas wearing sunglasses", "unsupported"),
        wearing("an olive green kurta with off white pyjamas and a watch"),
        color_of("kurta", "olive"),
        color_of("pyjama", "off white"),
        details(
            "kurta",
            "the kurta has a mandarin collar with a concealed button placket, long sleeves with buttoned cuffs, a"
            " curved hem and two side slits and the kurta has a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Anouk Men Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: boy in a full-sleeve yellow cotton kurta and white dhoti pants, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-016",
        caption("a little boy in a yellow kurta and white dhoti"),
        wearing_boy("a yellow kurta and white dhoti pants"),
        color_of("kurta", "yellow"),
        color_of("dhoti", "yellow", "other_garment_color"),
        describe("kurta", "The kurta is short-sleeve with pure color patterns", "contradiction"),
        material("cotton"),
        details("kurta", "the kurta details are the details of the kurta of the boy", "restated"),
        title="Aj DEZInES Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: white Lucknowi chikankari kurta (white floral thread work), white pyjama, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-017",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " stand-up collar. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white chikan kurta with white pajama"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        pattern("solid", "contradiction"),
        details(
            "kurta",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        title="See Designs Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: peach cotton kurta, white churidar, grey Nehru jacket with a small white print, front view, white
    # backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-018",
        caption("a man in a pink kurta and a grey vest"),
        wearing_he(
            "He is wearing a peach kurta, grey printed jacket and white churidar. He is wearing a peach kurta, grey"
            " printed jacket and white churidar. He",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("churidar", "white"),
        color_of("jacket", "peach", "other_garment_color"),
        is_a("sherwani", "yes", "contradiction"),
        details("jacket", "the jacket has a mandarin collar and a small white print all over"),
        material("velvet", "unsupported"),
        title="DEYANN Men Peach-Coloured Kurta with Churidar & Grey Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: black Nehru jacket (the product, matte poly-viscose, four buttons) over a white kurta and white
    # pyjama, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-019",
        caption("a man wearing a black vest over a white shirt"),
        wearing("a black nehru jacket over a white kurta pajama"),
        color_of("jacket", "black"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        describe(
            "jacket",
            "The jacket is black with a mandarin collar and four buttons. The jacket is with leather fabric.",
            "unsupported",
        ),
        material("polyester"),
        is_a("nehru jacket", "no", "contradiction"),
        title="Ethnix by Raymond Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: plain rust orange kurta, beige pyjama, front view, white backdrop. The seller's base colour says Brown.
    # Caption adapter e1 + reference engine.
    case(
        "X698-020",
        caption("a man in an orange kurta and beige pants standing in front of a white wall"),
        wearing("she is wearing an orange kurta and beige pants", "pronoun"),
        color_of("kurta", "rust"),
        color_of("pyjama", "rust", "other_garment_color"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta has a mandarin collar and full sleeves."
            " Question: What is",
            "leak",
            hit_limit=True,
        ),
        pattern("printed", "contradiction"),
        title="Jompers Men Rust Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Brown",
        gender="Men",
    ),
    # photo: charcoal grey kurta, white pyjama, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand-up collar. The pants are of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey kurta and white jeans", "contradiction"),
        color_of("kurta", "grey"),
        color_of("pyjama", "white"),
        describe("kurta", "grey", "non_answer"),
        is_a("kurta", "yes"),
        title="Hangup Men Charcoal Grey Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: off-white sherwani with tonal embroidery, off-white churidar, pink dupatta over the shoulder and a pink
    # safa (turban), front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-022",
        caption("a man in a white sherwani and a pink turban"),
        wearing("a white sherwani with a pink turban and a pink dupatta"),
        color_of("sherwani", "pink", "other_garment_color"),
        color_of("churidar", "off white"),
        color_of("dupatta", "pink"),
        details("sherwani", "the details of the sherwani are the sherwani details", "restated"),
        pattern("embroidered"),
        title="Manyavar Men Off-White Embroidered Sherwani with Churidar & Dupatta",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: navy blue matte cotton kurta, white pyjama, brown mojaris, front view, white backdrop. The feed row has
    # no base colour. Caption adapter e1 + reference engine.
    case(
        "X698-023",
        caption("a man wearing a navy blue kurta and white pajamas and brown shoes"),
        wearing("a navy blue kurta pajama with brown mojaris"),
        color_of("kurta", "navy blue"),
        color_of("pyjama", "navy blue", "other_garment_color"),
        material("silk", "unsupported"),
        sleeves("long sleeves"),
        details(
            "kurta",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy"
            " blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: maroon kurta, cream churidar, gold brocade Nehru jacket, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-024",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand-up collar. He wears a vest with lattice patterns. The vest is with cotton fabric and it has a"
            " stand",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon kurta with a golden nehru jacket and off white churidar"),
        color_of("kurta", "maroon"),
        color_of("churidar", "cream"),
        color_of("jacket", "maroon", "other_garment_color"),
        describe("nehru jacket", "the jacket is gold brocade with a mandarin collar"),
        is_a("nehru jacket", "no", "contradiction"),
        details("kurta", "the kurta has kurta details", "restated"),
        title="SOJANYA Men Maroon Solid Kurta with Churidar & Gold Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: boy in a cream sherwani with tonal thread work and cream churidar, no gold, no sash or sword, front
    # view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-025",
        caption("a young boy wearing a white sherwani and white pants"),
        wearing_boy("He wears a cream sherwani with a sword tied at his waist", "unsupported"),
        color_of("sherwani", "cream"),
        color_of("churidar", "gold", "contradiction"),
        is_a("sherwani", "yes"),
        describe("sherwani", "a cream sherwani with thread work on the front and a high collar"),
        details(
            "sherwani",
            "The sherwani is cream with thread work on the front. The sherwani is with cotton fabric. It has a"
            " stand-up collar. The pants are of long length. The",
            "cut",
            hit_limit=True,
        ),
        title="BownBee Boys Cream-Coloured Sherwani with Churidar",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: lavender kurta, white pyjama, both hands in the kurta's side pockets, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-026",
        caption("a man in a blue kurta and white pyjama with his hands in his pockets", "contradiction"),
        wearing("a light purple kurta and white pyjama"),
        color_of("kurta", "lavender"),
        color_of("pyjama", "white"),
        describe(
            "kurta",
            "The kurta is long-sleeve with pure color patterns. The kurta is with cotton fabric. It has a stand-up"
            " collar.",
        ),
        details("kurta", "yes", "non_answer"),
        is_a("kurta", "yes"),
        title="Sanwara Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: red cotton kurta, white churidar, gold mojaris, the model holds a lit brass diya, front view, white
    # backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-027",
        caption("a man in a red kurta holding a lamp"),
        wearing("a red kurta and churidar"),
        color_of("kurta", "red"),
        color_of("churidar", "red", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket. the kurta has a mandarin collar and a button"
            " placket. the kurta has a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe("kurta", "red", "non_answer"),
        material("cotton"),
        title="Jompers Men Red Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: cream kurta with a blue floral print and blue buttons, beige pyjama, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-028",
        caption("a man wearing a white shirt with blue flowers on it"),
        wearing("a floral print kurta and blue jeans", "contradiction"),
        color_of("kurta", "cream"),
        color_of("pyjama", "beige"),
        pattern("floral"),
        describe(
            "kurta",
            "She wears a long-sleeve shirt with floral patterns. Her shirt is with cotton fabric.",
            "pronoun",
        ),
        details(
            "kurta",
            "The kurta has a blue floral print and a mandarin collar, with blue buttons. The kurta has a blue floral"
            " print and a mandarin collar, with blue",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Men Cream-Coloured & Blue Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: light blue kurta, white pyjama, navy Nehru jacket with a small paisley print and no chest pocket, front
    # view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-029",
        caption("a man in a blue kurta and a blue jacket"),
        wearing("a blue kurta and a dark blue jacket"),
        color_of("kurta", "navy blue", "other_garment_color"),
        color_of("pyjama", "white"),
        color_of("jacket", "navy blue"),
        details(
            "jacket",
            "the jacket has a print of small paisley motifs, a mandarin collar and a zip pocket on the chest",
            "unsupported",
        ),
        describe("kurta", "The kurta is a long-sleeve dress with pure color patterns", "contradiction"),
        title="VASTRAMAY Men Blue Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: black bandhgala (closed-collar Jodhpuri) jacket with brass buttons and black trousers; no shirt or tie
    # visible; front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-030",
        caption("a man in a black suit with a white shirt and a tie", "unsupported"),
        wearing("a black bandhgala suit"),
        color_of("jacket", "black"),
        color_of("trousers", "black"),
        describe("jacket", "the jacket has a closed collar with gold buttons down the front"),
        is_a("sherwani", "no"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: the jacket has brass buttons Question: What are the"
            " trousers details? Answer",
            "leak",
            hit_limit=True,
        ),
        title="House of Pataudi Men Black Solid Bandhgala Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: white kurta and white dhoti with a thin gold border, no sash, barefoot, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-031",
        caption("a man wearing a white shirt and a white skirt", "contradiction"),
        wearing("a white kurta and dhoti"),
        color_of("kurta", "white"),
        color_of("dhoti", "white"),
        details("dhoti", "the dhoti has a golden border and a red sash at the waist", "unsupported"),
        material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the"
            " dhoti? Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Kraft India Men White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: full-sleeve teal kurta (no pocket), cream pyjama, front view, white backdrop. Caption adapter e1 +
    # reference engine.
    case(
        "X698-032",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a stand-up collar. The gentleman is wearing a long-sleeve shirt with pure color patterns. The"
            " gentleman",
            "loop",
            hit_limit=True,
        ),
        wearing("a teal kurta and cream pajama"),
        color_of("kurta", "teal"),
        color_of("pyjama", "teal", "other_garment_color"),
        material("cotton"),
        describe(
            "kurta",
            "a teal kurta with a mandarin collar, full sleeves, a curved hem and a chest pocket with a white pocket"
            " square",
            "unsupported",
        ),
        sleeves("sleeveless", "contradiction"),
        title="Sanwara Men Teal Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: back view: pink cotton kurta, white pyjama, a white stole over one shoulder, white backdrop; the front
    # (and its neckline and buttons) cannot be seen. Caption adapter e1 + reference engine.
    case(
        "X698-033",
        caption("the back of a man wearing a pink kurta and white pajamas"),
        wearing("a pink kurta and white pajama and a white scarf"),
        color_of("kurta", "pink"),
        color_of("pyjama", "white"),
        describe("kurta", "The kurta has a v-neck with three buttons in front", "unsupported"),
        color_of("stole", "white"),
        material("cotton"),
        details(
            "kurta",
            "The kurta has a round neck, the kurta has a round neck, the kurta has a round neck, the kurta has a round"
            " neck, the kurta has",
            "loop",
            hit_limit=True,
        ),
        title="KISAH Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: boy in a mustard kurta, white pyjama, and a Nehru jacket with a blue and green floral print, front view,
    # white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-034",
        caption("a boy in a yellow kurta and a floral vest"),
        wearing_boy("She wears a yellow kurta and a printed jacket", "pronoun"),
        color_of("kurta", "mustard"),
        color_of("pyjama", "white"),
        color_of("jacket", "mustard", "other_garment_color"),
        describe("jacket", "the jacket is printed with blue and green flowers"),
        is_a("kurta", "yes"),
        title="Jompers Boys Mustard Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: white kurta and white churidar under a beige Nehru jacket with tonal thread embroidery, carved wooden
    # door as the backdrop, front view. Caption adapter e1 + reference engine.
    case(
        "X698-035",
        caption("a man in a white kurta and a beige vest with embroidery standing in front of a wooden door"),
        wearing("Question: What is the person wearing? Answer:", "leak"),
        color_of("kurta", "white"),
        color_of("churidar", "beige", "other_garment_color"),
        color_of("jacket", "beige"),
        describe(
            "jacket",
            "the jacket is beige with thread embroidery on the front and a mandarin collar, the jacket is beige with"
            " thread embroidery on the front and a mandarin",
            "loop",
            hit_limit=True,
        ),
        pattern("embroidered"),
        title="Manyavar Men Beige Embroidered Nehru Jacket with Kurta & Churidar",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: dark green sherwani with gold embroidered buttons and a high collar, no pocket square, cream churidar,
    # no turban, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-036",
        caption("a man in a green sherwani and a red turban", "unsupported"),
        wearing("a dark green sherwani with cream churidar"),
        color_of("sherwani", "green"),
        color_of("churidar", "black", "contradiction"),
        describe(
            "sherwani", "The sherwani is a long jacket in dark green with gold embroidered buttons and a high collar"
        ),
        material("silk"),
        details(
            "sherwani",
            "the sherwani has gold embroidered buttons, a high collar and a red pocket square on the left side of the"
            " chest",
            "unsupported",
        ),
        title="Sanwara Men Green Embroidered Sherwani Set",
        category="Sherwani",
        color="Green",
        gender="Men",
    ),
    # photo: off-white cotton kurta with thin red vertical stripes, white pyjama, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-037",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a"
            " stand-up collar. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a red striped kurta and white pants"),
        color_of("kurta", "off white"),
        color_of("pyjama", "red", "other_garment_color"),
        pattern("striped"),
        details("kurta", "the kurta has thin red vertical stripes, a mandarin collar and full sleeves"),
        material("cotton"),
        title="Hangup Men Off-White & Red Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: all-yellow haldi outfit: plain full-sleeve yellow kurta (no mirror work, no tassels) and yellow pyjama,
    # front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-038",
        caption("a man in a yellow kurta and yellow pants standing in front of a white wall"),
        wearing("yes", "non_answer"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow"),
        describe("kurta", "describe the kurta. the kurta is a kurta", "restated"),
        material("cotton"),
        sleeves("long sleeves"),
        details("kurta", "The kurta has a mirror work yoke and tassels on the collar", "unsupported"),
        title="VASTRAMAY Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: grey kurta, white pyjama, black Nehru jacket with five buttons, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-039",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a black vest. The shirt is with"
            " cotton fabric. The pants are of long length. The pants are with cotton fabric. The man is wearing a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey kurta, white pajama and black jacket"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("pyjama", "white"),
        color_of("jacket", "black"),
        is_a("kurta", "yes"),
        describe(
            "jacket",
            "The jacket is black with pure color patterns. It has a stand-up collar and five buttons. The jacket is"
            " with cotton fabric and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Grey Kurta with Pyjamas & Black Nehru Jacket",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: royal blue Indo-Western sherwani with an asymmetric hem, high collar and hidden buttons, white trousers,
    # no belt, a wristwatch, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-040",
        caption("a man in a blue coat and white pants standing on a white background"),
        wearing("a blue long coat and white pants with a brown belt and a watch", "unsupported"),
        color_of("sherwani", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        describe("sherwani", "It is a royal blue indo western sherwani with an asymmetric hem and a high collar"),
        material("suede", "unsupported"),
        details(
            "sherwani",
            "The sherwani is royal blue with an asymmetric hem that is longer on one side, a high collar and hidden"
            " buttons and it is worn with white",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Men Blue Indo Western Sherwani Set",
        category="Sherwani",
        color="Blue",
        gender="Men",
    ),
    # photo: boy with hands on his hips in a white kurta and white pyjama under a black Nehru jacket with silver
    # buttons, front view, white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-041",
        caption("a young boy with her hands on her hips wearing a black vest and white pants", "pronoun"),
        wearing_boy("a black jacket and white kurta pajama"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        color_of("jacket", "white", "other_garment_color"),
        is_a("nehru jacket", "no", "contradiction"),
        describe("jacket", "the jacket is black with a mandarin collar and silver buttons"),
        title="BownBee Boys Black Nehru Jacket with White Kurta & Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: navy blue straight kurta with a small white geometric print (the product), round neck with a short
    # slit, worn with light blue jeans and white sneakers, front view, white backdrop. Caption adapter e1 +
    # reference engine.
    case(
        "X698-042",
        caption("a man in a blue printed kurta and jeans"),
        wearing("a navy blue printed kurta with white pants", "contradiction"),
        color_of("kurta", "navy blue"),
        color_of("jeans", "navy blue", "other_garment_color"),
        pattern("printed"),
        details(
            "kurta",
            "The kurta has a round neck and a short slit at the neck with a small geometric print all over, and the"
            " kurta has a round neck and a short slit",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Anouk Men Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain cream art silk kurta and cream churidar, a maroon printed stole over the shoulders, front view,
    # white backdrop. Caption adapter e1 + reference engine.
    case(
        "X698-043",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has"
            " a stand-up collar.",
            "contradiction",
        ),
        wearing("a cream silk kurta with a printed stole"),
        color_of("kurta", "cream"),
        color_of("churidar", "cream"),
        color_of("stole", "cream", "other_garment_color"),
        material("silk"),
        details("kurta", "the kurta has red and gold checks all over with a band collar", "contradiction"),
        title="Sanwara Men Cream-Coloured Art Silk Kurta with Churidar & Stole",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: off-white kurta and pyjama under a bottle green matte cotton-silk Nehru jacket with brass buttons,
    # outdoors in front of a yellow sandstone haveli wall, front view. The feed row has no base colour. Caption
    # adapter e1 + reference engine.
    case(
        "X698-044",
        caption("a man in a green jacket standing in front of a yellow wall"),
        wearing("an off white kurta pajama with a bottle green nehru jacket"),
        color_of("kurta", "yellow", "contradiction"),
        color_of("pyjama", "off white"),
        color_of("jacket", "green"),
        describe("jacket", "The jacket is green velvet with golden buttons", "unsupported"),
        material("cotton"),
        details("jacket", "the jacket", "non_answer"),
        title="KISAH Men Off-White Kurta with Pyjamas & Bottle Green Nehru Jacket",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: smiling boy in a full-sleeve orange kurta and white churidar, front view, white backdrop.
    # Caption adapter e1 + reference engine.
    case(
        "X698-045",
        caption("a boy in an orange kurta and white churidar with a smile on his face"),
        wearing_boy("an orange kurta and orange pants", "other_garment_color"),
        color_of("kurta", "orange"),
        color_of("churidar", "white"),
        describe(
            "kurta",
            "The kurta is orange with a mandarin collar, full sleeves and a short button placket, and it falls to"
            " the knees with a straight hem and side",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="VASTRAMAY Boys Orange Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: white cotton kurta (buttoned placket, no zip) and white pyjama under a blue Nehru jacket with a small
    # floral print and welt pockets, no pocket square, front view, white backdrop. The feed row has no gender.
    # Caption adapter e1 + reference engine.
    case(
        "X698-046",
        caption("a man in a white kurta and a blue printed jacket with a red pocket square", "unsupported"),
        wearing("a white kurta pajama with a blue printed jacket"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        color_of("jacket", "white", "other_garment_color"),
        details("jacket", "the jacket has a mandarin collar, welt pockets and a blue floral print"),
        material("cotton"),
        describe("kurta", "The kurta is white with a mandarin collar and a zip closure at the front", "unsupported"),
        title="Jompers Men White Kurta with Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
]
