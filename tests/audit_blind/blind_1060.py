"""BLIND_1060 (46 products; men's ethnic sets, VQA adapter, per-piece colors): written blind in the fifty-ninth session.
Measured blind at 7d273ef (the session's fifth rules): 104/125 failures found (83.2%) and 6/178 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic sets: kurta with pyjama or churidar, kurta with pyjama and Nehru
jacket, one kurta with dhoti pants, and sherwani sets (sherwani, churidar, often a stole or a safa in the shot).
Studio catalog photos, full-length front view, mostly a white or light grey backdrop, juttis or mojris on the feet.
The job asks the color of each piece separately, plus what the man wears, a description or details, and sometimes
material, pattern, sleeve length, garment type or a yes/no "Is this a ...?".

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (the VQA adapter breaks captions):
short, lowercase, "a man in a ... standing in front of a white background", they stop on their own, but they slip
on hues and call a Nehru jacket a vest. Every answer comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA.
Closed answers (per-piece colors of kurta, pyjama, churidar, dhoti pants and sherwani; pattern, sleeve length,
garment type, yes/no) are the reference engine's pick among candidates (Myntra color names; solid, striped,
checked, floral, printed, embroidered, self design; sleeveless, short, three-quarter, long sleeve; kurta set,
sherwani, kurta, dress, blouse, jacket), so they are whole words but can pick the wrong piece's color. The Nehru
jacket and stole colors and all other open questions are free generation with 30 new tokens: the adapter was
trained with no end-of-answer token, so when it does not stop early on padding it loops, runs on into the next
`Question: ... Answer:` of its training format, or is cut mid-phrase at the limit. It was trained on In-shop data
(mostly women, western garments), so it says "she", says "dress" or "blouse", and likes one color for every piece.

Labeling conventions and judgement calls:
- A shade in the same color family as the photo is correct: "white" for a cream or off-white piece, "red" for a
  maroon stole, "pink" for peach, "blue" for teal or navy, "silver" or "grey" for a silver-grey piece.
- other_garment_color: a piece answered with the color of another piece or accessory in the same photo (the
  pyjama given the kurta's maroon, the churidar given the safa's pink, the jacket given the pocket square's red),
  closed or open. A hue that nothing in the photo has is a contradiction, as is a caption that swaps the colors.
- contradiction also covers wrong closed picks for sleeve length, pattern, garment type ("dress", "blouse" for a
  men's kurta set) and a wrong yes/no ("no" to "Is this a kurta?", "yes" to "Is this a sherwani?" for a kurta set).
- "a vest" or "a suit" for a Nehru jacket or a sherwani, and "kurta and pants" for a kurta pyjama, count as correct.
- unsupported: details or objects the photo does not show (a chest pocket, a brooch, a rose, a watch, a phone,
  embroidery on a plain jacket, a lining that cannot be seen) and a material that contradicts the title's fabric.
- One label per text, the most salient: a text that loops is "loop" even if it also repeats a wrong color; a text
  that runs into the `Question: ... Answer:` format, or starts with "Answer:", is "leak"; a text that stops
  mid-phrase at the 30-token limit without repeating itself is "cut". Loops and long leaks and cuts hit the limit.
- restated: the answer only gives back the question's words ("the kurta details are the details of the kurta").
  non_answer: a yes/no or a lone color word to an open question (describe, wearing, material).
- pronoun: "she" in an answer about a Men product. One row lacks gender (X1060-044): no pronoun is judged there.
- Rows may lack the color column (X1060-026), as the feed has them.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def jacket_color(text, failure=None, hit_limit=False):
    return color_of("nehru jacket", text, failure, kind="open", hit_limit=hit_limit)


def stole_color(text, failure=None, hit_limit=False):
    return color_of("stole", text, failure, kind="open", hit_limit=hit_limit)


BLIND_1060 = [
    # photo: cream cotton kurta (self-design weave, mandarin collar, long sleeves) with white pyjama, brown juttis,
    # white backdrop, front view. Caption base OPT-2.7b; answers VQA adapter (colors, sleeve closed).
    case(
        "X1060-001",
        caption("a man in a white kurta and pajamas standing in front of a white background"),
        wearing("kurta and pants"),
        color_of("kurta", "cream"),
        color_of("pyjama", "white"),
        describe("kurta", "the kurta is a kurta", "restated"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="KISAH Men Cream-Coloured Self Design Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: navy blue kurta, white churidar, plain beige Nehru jacket worn open, white backdrop, front view.
    # Caption base; answers VQA adapter (kurta, churidar closed; jacket color open).
    case(
        "X1060-002",
        caption("a man wearing a blue kurta and a beige vest"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "navy blue", "other_garment_color"),
        jacket_color("beige"),
        wearing(
            "he is wearing a blue kurta with a beige jacket and white pants and a beige jacket and white pants and a"
            " beige jacket and white pants and a beige",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("nehru jacket", "a beige jacket with gold embroidery on the pockets", "unsupported"),
        is_a("kurta", "yes"),
        title="Vastramay Men Navy Blue & Beige Solid Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream jacquard sherwani with small gold buti motifs, cream churidar, maroon stole over the left shoulder,
    # gold mojris, light grey studio backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-003",
        caption("a man in a white sherwani with a red scarf"),
        color_of("sherwani", "cream"),
        color_of("churidar", "cream"),
        stole_color("red"),
        describe(
            "sherwani",
            "a white sherwani with gold embroidery on the collar and the buttons, gold embroidery on the collar and"
            " the buttons, gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        details("sherwani", "the sherwani has a mandarin collar and a red pocket square", "unsupported"),
        Q.pattern("solid", "contradiction"),
        title="Manyavar Men Cream-Coloured & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard yellow matte cotton kurta, white pyjama, tan juttis, white backdrop. Caption base; answers VQA.
    case(
        "X1060-004",
        caption("a man in a yellow kurta and white pants"),
        wearing("she is wearing a yellow kurta and white pants", "pronoun"),
        color_of("kurta", "mustard"),
        color_of("pyjama", "yellow", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        Q.material("silk", "unsupported"),
        title="Vastramay Men Mustard Yellow & White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: black kurta (mandarin collar, black buttons on a short placket), black churidar, model in sunglasses,
    # white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-005",
        caption("a man in a black kurta and black pants posing for a picture"),
        color_of("kurta", "navy blue", "contradiction"),
        color_of("churidar", "black"),
        details("kurta", "the kurta has a mandarin collar and buttons on the front"),
        wearing("black", "non_answer"),
        is_a("kurta", "yes"),
        title="Sojanya Men Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: white kurta, white pyjama, maroon velvet Nehru jacket buttoned up, white backdrop. Caption base;
    # answers VQA adapter (kurta, pyjama closed; jacket color open).
    case(
        "X1060-006",
        caption("a man in a maroon vest and white pants"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("pyjama", "white"),
        jacket_color(
            "maroon Question: What is the color of the pyjama? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe("nehru jacket", "a maroon velvet jacket with a mandarin collar and buttons"),
        wearing("a maroon jacket over a white kurta with white pants"),
        title="Hangup Men White & Maroon Solid Kurta with Pyjamas & Velvet Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue matte silk sherwani with copper-toned embroidery on the collar and cuffs, cream churidar,
    # maroon safa (turban), beige backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-007",
        caption("a man in a blue suit and a red turban"),
        color_of("sherwani", "navy blue"),
        color_of("churidar", "cream"),
        wearing(
            "a blue sherwani with gold embroidery on the collar and the cuffs and a red turban and a red turban and a"
            " red turban and",
            "loop",
            hit_limit=True,
        ),
        details("sherwani", "the sherwani has a red collar", "other_garment_color"),
        is_a("sherwani", "yes"),
        Q.material("velvet", "unsupported"),
        title="Manyavar Men Navy Blue Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pastel pink cotton kurta with white chikankari embroidery on the front and sleeves, white pyjama,
    # white wall backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-008",
        caption("a man in a pink shirt and white pants standing in front of a white wall"),
        color_of("kurta", "pink"),
        color_of("pyjama", "pink", "other_garment_color"),
        Q.pattern("embroidered"),
        describe("kurta", "a pink kurta with white embroidery on the front and the sleeves"),
        Q.material(
            "the kurta is made of cotton and the pyjama is made of cotton and the kurta has a white embroidery on the"
            " front and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        title="See Designs Men Pink Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: light blue kurta, white pyjama, navy Nehru jacket with a small white floral print, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-009",
        caption("a man in a blue vest and white pants"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        jacket_color("navy blue"),
        wearing(
            "a navy jacket over a blue kurta Question: What is the color of the kurta? Answer: blue Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        describe("nehru jacket", "the nehru jacket is a nehru jacket", "restated"),
        details("nehru jacket", "the jacket has a floral print and a rose in the pocket", "unsupported"),
        title="Jompers Men Blue & Navy Blue Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon raw-silk sherwani with tone-on-tone self design, beige churidar, gold-beige stole, white
    # backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-010",
        caption("a man in a red sherwani standing in front of a white background"),
        color_of("sherwani", "maroon"),
        color_of("churidar", "maroon", "other_garment_color"),
        stole_color("gold"),
        wearing(
            "a red and gold sherwani with a gold and red stole and a gold and red stole and a gold and red stole and",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        title="Manyavar Men Maroon Self Design Silk Blend Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: white cotton kurta (band collar, no chest pocket), white pyjama, light grey backdrop. Caption base;
    # answers VQA adapter.
    case(
        "X1060-011",
        caption("a man in a white kurta and pajamas"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        wearing("Answer: a white kurta and white pajamas", "leak"),
        describe("kurta", "a white kurta with a round neck and long sleeves and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Men White Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: olive green kurta, cream pyjama, brown juttis, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-012",
        caption("a man in a green kurta and white pants"),
        color_of("kurta", "olive"),
        color_of("pyjama", "olive", "other_garment_color"),
        wearing("she is wearing a green kurta and white pants", "pronoun"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "no", "contradiction"),
        title="Sanwara Men Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: teal kurta (mandarin collar, button placket), white churidar, solid grey Nehru jacket with five
    # buttons, all solid, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-013",
        caption("a man in a grey vest and a blue shirt"),
        color_of("kurta", "grey", "other_garment_color"),
        color_of("churidar", "white"),
        jacket_color("grey"),
        describe("nehru jacket", "a grey nehru jacket with a mandarin collar and five buttons on the front"),
        wearing(
            "he is wearing a grey vest over a blue kurta and white churidar with a mandarin collar and a button"
            " placket on the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        title="Deyann Men Teal & Grey Solid Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: black sherwani with a high collar and silver buttons, white churidar, silver-grey stole, white
    # backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-014",
        caption("a man in a black sherwani and white pants"),
        color_of("sherwani", "black"),
        color_of("churidar", "black", "other_garment_color"),
        stole_color("grey"),
        details("sherwani", "the sherwani has a high collar and silver buttons down the front"),
        wearing("she is wearing a black sherwani and white pants", "pronoun"),
        is_a("sherwani", "yes"),
        describe("sherwani", "yes", "non_answer"),
        title="Ethnix by Raymond Men Black Solid Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange kurta with a small white block print all over, cream pyjama, white backdrop. Caption base;
    # answers VQA adapter.
    case(
        "X1060-015",
        caption("a man wearing an orange shirt and white pants"),
        color_of("kurta", "orange"),
        color_of("pyjama", "cream"),
        Q.pattern("solid", "contradiction"),
        describe(
            "kurta",
            "an orange kurta with a white floral print on the front and the sleeves and a white floral print on the"
            " front and the sleeves and a",
            "loop",
            hit_limit=True,
        ),
        title="Svanik Men Rust Orange Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: cream kurta, cream pyjama, mustard brocade Nehru jacket with gold flowers and a welt pocket on the left,
    # white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-016",
        caption("a man in a yellow vest and white pants"),
        color_of("kurta", "mustard", "other_garment_color"),
        color_of("pyjama", "cream"),
        jacket_color("yellow"),
        wearing("a yellow jacket over a white kurta and white pants"),
        details(
            "nehru jacket",
            "the jacket has a brocade pattern with gold flowers and a pocket on the left side of the chest and a"
            " mandarin collar and",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes", "contradiction"),
        title="Manyavar Men Cream-Coloured & Mustard Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: light grey cotton-blend kurta (mandarin collar, long sleeves), white pyjama, model wears sunglasses,
    # white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-017",
        caption("a man in a grey kurta and white pants wearing sunglasses"),
        color_of("kurta", "grey"),
        color_of("pyjama", "white"),
        wearing("yes", "non_answer"),
        describe("kurta", "a grey kurta with a mandarin collar and long sleeves"),
        Q.material("linen", "unsupported"),
        title="Hangup Men Grey Solid Cotton Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: peach sherwani with gold embroidery on collar, chest and sleeves, cream churidar, pink stole, light grey
    # wall backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-018",
        caption("a man in a peach sherwani standing in front of a wall"),
        color_of("sherwani", "peach"),
        color_of("churidar", "white"),
        stole_color("pink"),
        wearing("Question: What is the person wearing? Answer: a peach sherwani with", "leak"),
        details(
            "sherwani",
            "the sherwani has gold embroidery on the collar and the chest and a gold embroidery on the sleeves and a"
            " gold embroidery",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: maroon kurta with self-colored buttons and no border, cream pyjama, white backdrop. Caption base;
    # answers VQA adapter.
    case(
        "X1060-019",
        caption("a man in a purple kurta and white pants", "contradiction"),
        color_of("kurta", "maroon"),
        color_of("pyjama", "maroon", "other_garment_color"),
        wearing("he is wearing a red kurta and white pants", who="he"),
        describe("kurta", "a maroon kurta with gold buttons and a gold border on the hem", "unsupported"),
        is_a("kurta", "yes"),
        title="SOJANYA Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: white kurta, white churidar, black Nehru jacket with five black buttons, two welt pockets and a red
    # pocket square, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-020",
        caption("a man in a black vest and white pants with a red pocket square"),
        color_of("kurta", "white"),
        color_of("churidar", "white"),
        jacket_color("red", "other_garment_color"),
        wearing("a black nehru jacket over a white kurta with white churidar and a red pocket square"),
        details(
            "nehru jacket",
            "the jacket has a mandarin collar and five black buttons and two welt pockets and a red pocket square in"
            " the top",
            "cut",
            hit_limit=True,
        ),
        title="Tabard Men White & Black Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: sky blue long-sleeved kurta, mandarin collar, button placket, side slits, white pyjama, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-021",
        caption("a man in a white shirt and blue pants", "contradiction"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        wearing("a blue kurta and white pajamas"),
        Q.sleeve_length("short sleeve", "contradiction"),
        describe(
            "kurta",
            "a blue kurta with a mandarin collar and a button placket that goes down to the chest and a slit on the"
            " side of the",
            "cut",
            hit_limit=True,
        ),
        title="KISAH Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: cream kurta, cream dhoti pants, plain gold-toned Nehru jacket (no print, no brooch), white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-022",
        caption("a man in a gold vest and white pants"),
        color_of("kurta", "cream"),
        color_of("dhoti pants", "gold", "other_garment_color"),
        jacket_color("gold"),
        wearing(
            "a gold jacket and a white dhoti and a white dhoti and a white dhoti and a white dhoti and a white dhoti",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details("nehru jacket", "the jacket has a paisley print and a brooch", "unsupported"),
        title="Sanwara Men Cream-Coloured & Gold-Toned Kurta with Dhoti Pants & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: lavender kurta, white pyjama, white backdrop, hands in pockets. Caption base; answers VQA adapter.
    case(
        "X1060-023",
        caption("a man in a purple kurta and white pants"),
        color_of("kurta", "blue", "contradiction"),
        color_of("pyjama", "white"),
        wearing("he is wearing a purple kurta and white pants", who="he"),
        describe("kurta", "purple", "non_answer"),
        Q.material("the material of the garment is the material", "restated"),
        title="See Designs Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: royal blue sherwani with silver embroidery on collar, chest, cuffs and hem, white churidar, silver stole,
    # long sleeves, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-024",
        caption("a man in a blue sherwani and white pants"),
        color_of("sherwani", "blue"),
        color_of("churidar", "white"),
        stole_color("silver"),
        describe(
            "sherwani",
            "a blue sherwani with silver embroidery on the collar and the chest and the cuffs and the hem and the"
            " buttons and the",
            "cut",
            hit_limit=True,
        ),
        wearing("Answer: a blue sherwani", "leak"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Mohanlal Sons Men Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Blue",
        gender="Men",
    ),
    # photo: white cotton kurta with a black geometric print, black pyjama, white backdrop. Caption base; answers
    # VQA adapter.
    case(
        "X1060-025",
        caption("a man in a black and white kurta and black pants"),
        color_of("kurta", "white"),
        color_of("pyjama", "black"),
        Q.pattern("printed"),
        describe("kurta", "a white kurta with black print"),
        wearing("she is wearing a white kurta with black print and black pants", "pronoun"),
        Q.material("silk", "unsupported"),
        title="Jompers Men White & Black Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: maroon kurta, white pyjama, plain beige Nehru jacket, white backdrop; the feed row has no color.
    # Caption base; answers VQA adapter.
    case(
        "X1060-026",
        caption("a man in a beige vest and a red kurta"),
        color_of("kurta", "maroon"),
        color_of("pyjama", "beige", "other_garment_color"),
        jacket_color("beige"),
        wearing(
            "Answer: beige jacket Question: What is the color of the kurta? Answer: maroon Question: What is the"
            " color of the pyjama",
            "leak",
            hit_limit=True,
        ),
        describe("nehru jacket", "the jacket is a jacket", "restated"),
        title="Hangup Men Maroon & Beige Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: dark green Indo-western sherwani with an asymmetric hem and gold buttons (plain pockets), cream
    # churidar, gold stole, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-027",
        caption("a man in a green sherwani and a gold scarf"),
        color_of("sherwani", "green"),
        color_of("churidar", "gold", "other_garment_color"),
        wearing("a green sherwani with gold buttons"),
        details(
            "sherwani",
            "the sherwani has an asymmetric hem and gold buttons and gold embroidery on the pockets",
            "unsupported",
        ),
        is_a("sherwani", "yes"),
        Q.material("no", "non_answer"),
        title="Manyavar Men Green Solid Indo Western Sherwani Set",
        category="Sherwani",
        color="Green",
        gender="Men",
    ),
    # photo: beige kurta with thin woven self stripes (beige collar, beige buttons), white pyjama, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-028",
        caption("a man in a beige striped kurta and white pants"),
        color_of("kurta", "beige"),
        color_of("pyjama", "white"),
        Q.pattern("striped"),
        describe(
            "kurta",
            "a beige kurta with white stripes and a white collar and white buttons and white cuffs",
            "unsupported",
        ),
        wearing("a white kurta and white pants", "contradiction"),
        title="Fabindia Men Beige Striped Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: black kurta, black churidar, ikat-printed Nehru jacket in red, blue and white, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-029",
        caption("a man in a colorful vest and black pants"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        jacket_color("red blue and white"),
        wearing(
            "a black kurta and a jacket and a jacket and a jacket and a jacket and a jacket and a jacket and a jacket",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        title="Deyann Men Black & Multi Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: peach kurta with a mandarin collar and buttoned placket, white pyjama, white backdrop. Caption base;
    # answers VQA adapter.
    case(
        "X1060-030",
        caption("a man in a pink kurta and white pants"),
        color_of("kurta", "peach"),
        color_of("pyjama", "peach", "other_garment_color"),
        wearing(
            "a peach kurta and white pajamas with a peach kurta and white pajamas with a peach kurta and white",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a peach kurta with a mandarin collar and a buttoned placket"),
        is_a("kurta", "yes"),
        Q.garment_type("blouse", "contradiction"),
        title="Vastramay Men Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: white sherwani with white thread embroidery on collar and chest, white churidar, pink safa, white
    # backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-031",
        caption("a man in a white sherwani and a pink turban"),
        color_of("sherwani", "white"),
        color_of("churidar", "pink", "other_garment_color"),
        wearing("he is wearing a white sherwani", who="he"),
        describe(
            "sherwani",
            "a white sherwani with white embroidery on the collar and the chest and a pink turban on his head and a"
            " pink",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        is_a("sherwani", "no", "contradiction"),
        title="Manyavar Men White Self Design Sherwani Set",
        category="Sherwani",
        color="White",
        gender="Men",
    ),
    # photo: indigo kurta with a white dabu floral print, white pyjama, white backdrop. Caption base; answers VQA.
    case(
        "X1060-032",
        caption("a man in a blue and white kurta"),
        color_of("kurta", "navy blue"),
        color_of("pyjama", "navy blue", "other_garment_color"),
        Q.pattern("floral"),
        describe("kurta", "a blue kurta with white flowers on it"),
        Q.material("denim", "unsupported"),
        wearing("a dress", "contradiction"),
        title="Fabindia Men Indigo Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mint green kurta, white pyjama, white Nehru jacket with white thread embroidery, no watch, white
    # backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-033",
        caption("a man in a white vest and a green shirt"),
        color_of("kurta", "green"),
        color_of("pyjama", "white"),
        jacket_color(
            "white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        details("nehru jacket", "the jacket has white embroidery on the front"),
        wearing("a white nehru jacket over a green kurta and white pants and a watch", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Sojanya Men Green & White Kurta with Pyjamas & Embroidered Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: magenta silk-blend kurta with gold buttons and gold piping on the collar, cuffs and hem, cream
    # churidar, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-034",
        caption("a man in a pink kurta"),
        color_of("kurta", "pink"),
        color_of("churidar", "cream"),
        wearing("Question: What is the person wearing? Answer: a pink", "leak"),
        describe(
            "kurta",
            "a magenta kurta with a mandarin collar and gold buttons and a gold border on the collar and the cuffs"
            " and the hem and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="SOJANYA Men Magenta Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
        gender="Men",
    ),
    # photo: grey sherwani with a silver-toned woven pattern, white churidar, no stole, white backdrop. Caption base;
    # answers VQA adapter.
    case(
        "X1060-035",
        caption("a man in a grey sherwani"),
        color_of("sherwani", "silver"),
        color_of("churidar", "grey", "other_garment_color"),
        details("sherwani", "the sherwani details are the sherwani details", "restated"),
        wearing("a grey sherwani and white pants"),
        is_a("sherwani", "no", "contradiction"),
        title="Tabard Men Grey & Silver-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Grey",
        gender="Men",
    ),
    # photo: yellow long-sleeved kurta with mirror work on the yoke, white pyjama, white backdrop. Caption base;
    # answers VQA adapter.
    case(
        "X1060-036",
        caption("a man in a yellow kurta and white pants"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "white"),
        describe("kurta", "a yellow kurta with mirror work on the yoke"),
        wearing("she is wearing a yellow kurta", "pronoun"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details("kurta", "the kurta has mirror work on the yoke and a silk lining", "unsupported"),
        title="Sanwara Men Yellow Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: cream kurta, cream churidar, navy blue Nehru jacket, hands empty at the sides, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-037",
        caption("a man in a blue vest and white pants holding a cell phone", "unsupported"),
        color_of("kurta", "navy blue", "other_garment_color"),
        color_of("churidar", "cream"),
        jacket_color("navy blue"),
        wearing("a navy blue nehru jacket over a cream kurta and churidar"),
        describe("nehru jacket", "blue", "non_answer"),
        title="Ethnix by Raymond Men Cream & Navy Blue Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: solid black kurta with a mandarin collar, white pyjama, white backdrop. Caption base; answers VQA.
    case(
        "X1060-038",
        caption("a man in a black kurta and white pants"),
        color_of("kurta", "black"),
        color_of("pyjama", "white"),
        wearing("a black kurta and white pyjamas"),
        describe(
            "kurta",
            "a black kurta with a mandarin collar and a mandarin collar and a mandarin collar and a mandarin collar"
            " and a mandarin",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        Q.pattern("striped", "contradiction"),
        Q.material("the garment is made of the garment material", "restated"),
        title="KISAH Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: onion pink sherwani with gold embroidery on the collar (no brooch), cream churidar, gold stole over the
    # left shoulder, beige-gold safa, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-039",
        caption("a man in a pink sherwani and a gold scarf"),
        color_of("sherwani", "pink"),
        color_of("churidar", "gold", "other_garment_color"),
        stole_color("gold"),
        wearing(
            "a pink sherwani with gold embroidery and a gold dupatta draped over the left shoulder and a beige turban"
            " with a",
            "cut",
            hit_limit=True,
        ),
        details("sherwani", "the sherwani has gold embroidery on the collar and a brooch on the chest", "unsupported"),
        title="Manyavar Men Pink & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Pink",
        gender="Men",
    ),
    # photo: off-white full-sleeved cotton kurta with an off-white collar, off-white churidar, maroon shawl draped
    # over one shoulder, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-040",
        caption("a man in a white kurta with a red shawl"),
        color_of("kurta", "off white"),
        color_of("churidar", "maroon", "other_garment_color"),
        wearing("a white kurta and pajamas and a red scarf"),
        describe("kurta", "a white kurta with a red collar", "other_garment_color"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter sleeve", "contradiction"),
        title="Fabindia Men Off White Solid Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: beige kurta, beige pyjama, coffee brown Nehru jacket, no watch or other accessories, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-041",
        caption("a man in a brown vest and beige pants"),
        color_of("kurta", "beige"),
        color_of("pyjama", "beige"),
        jacket_color("Answer: brown", "leak"),
        describe(
            "nehru jacket",
            "a brown jacket with a brown jacket with a brown jacket with a brown jacket with a brown jacket with a"
            " brown",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a brown jacket and beige pants and a watch", "unsupported", who="he"),
        title="Mohanlal Sons Men Beige & Coffee Brown Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: bright red kurta, white pyjama, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-042",
        caption("a man in an orange kurta and white pants", "contradiction"),
        color_of("kurta", "red"),
        color_of("pyjama", "white"),
        wearing(
            "a red kurta and white pants and a red kurta and white pants and a red kurta and",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "red", "non_answer"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta set"),
        title="Vastramay Men Red Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: black velvet sherwani with gold embroidery on the collar, chest, cuffs and hem, gold buttons, gold-beige
    # churidar, white backdrop. Caption base; answers VQA adapter.
    case(
        "X1060-043",
        caption("a man in a black and gold sherwani"),
        color_of("sherwani", "black"),
        color_of("churidar", "gold"),
        wearing("she is wearing a black sherwani with gold embroidery and gold pants", "pronoun"),
        Q.material("velvet"),
        details(
            "sherwani",
            "the sherwani has gold embroidery on the collar the chest the cuffs and the hem and gold buttons on the"
            " front and a",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Men Black & Gold-Toned Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: teal long-sleeved cotton kurta with side slits, white pyjama, white backdrop; the feed row has no
    # gender. Caption base; answers VQA adapter.
    case(
        "X1060-044",
        caption("a man in a blue kurta and white pants"),
        color_of("kurta", "teal"),
        color_of("pyjama", "teal", "other_garment_color"),
        wearing("a blue kurta and white pants"),
        describe("kurta", "a teal kurta with side slits and long sleeves"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("linen", "unsupported"),
        title="Deyann Men Teal Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
    ),
    # photo: white kurta, white pyjama, red bandhani-print Nehru jacket with white dots, white backdrop. Caption
    # base; answers VQA adapter.
    case(
        "X1060-045",
        caption("a man in a red vest and white pants"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        jacket_color("red Question: What is the color of the kurta? Answer: white", "leak"),
        describe(
            "nehru jacket",
            "a red nehru jacket with white dots all over it and a mandarin collar and buttons down the front and a"
            " pocket on the",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a red jacket and a white kurta and white pyjama", who="he"),
        title="Jompers Men White & Red Kurta with Pyjamas & Bandhani Print Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: mint sea-green sherwani with white pearl buttons, cream churidar, cream stole, white backdrop.
    # Caption base; answers VQA adapter.
    case(
        "X1060-046",
        caption("a man in a green sherwani and white pants"),
        color_of("sherwani", "green"),
        color_of("churidar", "green", "other_garment_color"),
        stole_color("white"),
        wearing(
            "a green sherwani and white pants with a green sherwani and white pants with a green sherwani and white"
            " pants",
            "loop",
            hit_limit=True,
        ),
        describe("sherwani", "a green sherwani with white pearl buttons"),
        details("sherwani", "the details of the sherwani are the details", "restated"),
        title="Manyavar Men Sea Green Embroidered Sherwani Set",
        category="Sherwani",
        color="Sea Green",
        gender="Men",
    ),
]
