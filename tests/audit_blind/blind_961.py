"""BLIND_961 (46 products; Myntra men's ethnic kurtas and Nehru jackets, caption adapter at epoch 1): written blind in
the fifty-seventh session. Measured blind at 5a92fc7 (the session's final rules): 107/117 failures found (91.5%) and
16/170 correct texts flagged (9.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic wear: straight and short kurtas, two kurta sets and Nehru jackets
(category Kurtas, Kurta Sets, Nehru Jackets). Catalog photos on a white or light grey studio backdrop, mostly worn
by a male model with other garments (churidar, pyjama, jeans, chinos; a kurta under a jacket; a jacket over the
kurta for styling; a stole), a few three-quarter and back views, one flat-lay without a person, one with a
stool and one with a brass plate as props. Seller titles are Myntra-like; one row lacks gender, one lacks
color, one lacks category; one seller color is off (a "Brown" kurta that is rust orange in the photo).

Who wrote what: captions and every open answer are free generation by the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens for captions and
30 for answers). At epoch 1 it still names hues like the base model but has taken the DeepFashion template ("The
man wears a long-sleeve kurta with pure color patterns and a long pants. The pants are with cotton fabric...",
"There is an accessory on his wrist"), sometimes answers a question with that template, calls the model "the lady"
(the In-shop data is mostly women), and, trained without an end token, often runs to the limit: loops, cuts, or
goes on to write the next "Question: ... Answer:" pair. Closed answers (garment_type, color, pattern,
sleeve_length, collar, color_of closed, is_a) come from enrich's --engine reference, one candidate picked; its
typical misses are the color of the kurta under or the jacket over the product, the kurta's long sleeves for a
sleeveless jacket, and "shirt" or "dress" for a kurta.

Labeling conventions and judgement calls:
- One label per text, the main failure; no text was written with two failures.
- A closed answer that picks another garment's color is labeled contradiction (the reference engine picked a wrong
  candidate); other_garment_color is kept for open answers and captions that give the product another garment's
  color.
- An open answer or caption that gives the other garment the product's color ("a pink kurta and pink pants" when
  the pants are white) is a contradiction (one color for two garments). In a kurta set both pieces really share
  the color, and there it is correct.
- Color names are judged against the photo, at the level of the seller's color groups: maroon called red, cream or
  off white called white, teal called blue, magenta called pink, lavender called purple are correct. A charcoal
  kurta called black beside a black churidar (X961-022) is other_garment_color, the pants' color.
- The rust kurta the seller calls "Brown" (X961-012): answers that say orange or rust are correct for the photo.
- "cotton fabric" in the DeepFashion template is correct where the title names no fabric and the garment looks
  like matte woven cotton; where the title names another fabric (silk, linen, velvet) it is unsupported. A material
  answer naming a fabric the title does not name and the photo does not show (silk, satin lining) is unsupported.
- "There is an accessory on his wrist" is correct where the photo shows a watch, unsupported where it shows none.
  A caption describing a person and pants for the flat-lay is unsupported.
- Calling a kurta a "shirt" (closed or open) is a contradiction with the seller's category, even for short kurtas.
  "vest" or "waistcoat" for a Nehru jacket is correct; "kurta" or "shirt" for it is a contradiction.
- A caption that describes only the kurta and pants and leaves out the Nehru jacket that is the product, but says
  nothing false, is correct (X961-027). Churidar called "leggings" or "pants" is correct.
- A one-word answer to an open question ("black", "green", "yes", "fabric") is non_answer; an answer that only
  returns the question's words ("The kurta is a kurta.") is restated.
- A text that ran to its token limit carries hit_limit=True whatever its label: all loops, all cuts, and the leaks
  that went on into further Question/Answer pairs. Two texts ran to the limit right after a complete sentence and
  are correct (X961-014 describe, X961-021 wearing); they are not labeled cut.
- A text that ran to the limit is labeled loop when a sentence or clause it already wrote starts over (even once,
  even cut off), and cut when it runs on through new clauses (the template going garment by garment) and stops
  mid-phrase.
- "she", "her", "the lady", "the woman" for these men is pronoun; one such text is on the row that lacks a gender
  column (X961-032), labeled pronoun all the same since the photo shows a man.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

collar = question("collar", "What is the collar of the garment?", "closed")

BLIND_961 = [
    # photo: man, front view, navy blue solid straight kurta, long sleeves, mandarin collar, no chest pocket, white
    # churidar, brown juttis, white backdrop. Caption and open answers: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X961-001",
        caption(
            "The man wears a long-sleeve navy blue kurta with pure color patterns and a long white pants. The pants "
            "are with cotton fabric and pure color patterns."
        ),
        wearing("a navy blue kurta and white churidar"),
        color_of("kurta", "navy blue"),
        Q.pattern("solid"),
        details(
            "kurta",
            "The kurta has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. The "
            "kurta has long sleeves, cotton fabric and pure color patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "kurta",
            "The kurta is blue with a mandarin collar and a pocket on the chest with a zipper.",
            "unsupported",
        ),
        title="Fabindia Men Navy Blue Solid Straight Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front view, mustard yellow Nehru jacket with tonal brocade weave, buttoned, over a white long-sleeve
    # kurta and white pyjama, light grey backdrop. Caption and open answers: adapter; closed: reference engine.
    case(
        "X961-002",
        caption(
            "The man is wearing a sleeveless mustard jacket over a long-sleeve white kurta. He wears a long white "
            "pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe(
            "jacket", "The jacket is sleeveless with a stand collar and buttons down the front. It has a woven pattern."
        ),
        details(
            "jacket",
            "The jacket has a stand collar, five buttons down the front, two pockets at the waist, a chest pocket and "
            "a woven pattern of small",
            "cut",
            hit_limit=True,
        ),
        Q.material("brocade"),
        title="Manyavar Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man, three-quarter view, off-white kurta with small indigo block-printed motifs, long sleeves, blue jeans,
    # a steel watch on his left wrist, brown sandals, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-003",
        caption(
            "The man wears a long-sleeve kurta with graphic patterns and a long denim pants. The pants are with denim "
            "fabric and pure color patterns. There is an accessory on his wrist."
        ),
        wearing("a white kurta with blue print and blue jeans", who="he"),
        Q.color("blue", "contradiction"),
        Q.pattern("printed"),
        describe("kurta", "The kurta is white with small blue prints all over and a mandarin collar."),
        details("kurta", "the kurta details are the kurta details of the kurta", "restated"),
        title="See Designs Men Off-White & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man, front view, maroon silk-blend kurta with gold thread embroidery on the collar and placket, long
    # sleeves, cream churidar, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-004",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The pants "
            "he wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("kurta", "maroon"),
        Q.material("silk"),
        details("kurta", "gold embroidery on the collar and the front placket"),
        is_a("kurta", "yes"),
        wearing("a red kurta and white pants"),
        describe(
            "kurta",
            "The kurta is red with gold embroidery on the collar and on the front placket. Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        title="Manyavar Men Maroon Embroidered Silk Blend Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man, front view, plain black Nehru jacket with black buttons, no pocket square, over a light blue
    # long-sleeve shirt and beige chinos, white backdrop, no accessories. Adapter: caption, open; reference: closed.
    case(
        "X961-005",
        caption(
            "The man wears a sleeveless black jacket over a long-sleeve light blue shirt. The shirt has a lapel "
            "neckline. The pants this man wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a black vest, a blue shirt and khaki pants"),
        describe("jacket", "black", "non_answer"),
        collar("mandarin collar"),
        details("jacket", "The jacket has a pocket square, gold buttons and a paisley lining.", "unsupported"),
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man seated on a wooden stool, three-quarter view, mustard yellow solid short kurta (hip length), long
    # sleeves, white pyjama, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-006",
        caption(
            "The man is sitting on a stool. He wears a long-sleeve yellow kurta with pure color patterns and a long "
            "pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "yellow"),
        Q.garment_type("shirt", "contradiction"),
        wearing(
            "a yellow kurta and white pants. Question: What is the color of the pants? Answer: white. Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "The kurta is mustard yellow, short, with a button placket and a round hem."),
        details("kurta", "kurta details", "restated"),
        title="Jompers Men Mustard Yellow Solid Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: man, front view, cream kurta with tonal self stripes and matching plain cream pyjama (both are the
    # product, a set), long sleeves, tan kolhapuri sandals, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-007",
        caption(
            "The man wears a long-sleeve kurta with stripe patterns and a long pants. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        Q.color("cream"),
        Q.pattern("striped"),
        describe("kurta", "The kurta is white with long sleeves and a small collar."),
        Q.material(
            "The kurta is with cotton fabric and stripe patterns. The pants are with cotton fabric and pure color "
            "patterns. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        color_of("kurta", "The kurta is with cotton fabric and stripe patterns.", "non_answer", kind="open"),
        title="Sojanya Men Cream-Coloured Self-Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man, front view, navy blue Nehru jacket with a small white polka-dot print over a white kurta and white
    # churidar, no watch or jewelry, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-008",
        caption(
            "The man wears a sleeveless jacket with graphic patterns over a long-sleeve white kurta. The pants he "
            "wears is of long length. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("jacket", "navy blue with white dots", kind="open"),
        Q.pattern("polka dot"),
        Q.sleeve_length("sleeveless"),
        wearing("a white kurta, white pants and a white jacket", "other_garment_color"),
        details("jacket", "it has buttons"),
        title="Vastramay Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front view, olive green linen kurta, band collar, half-button placket, long sleeves, no pockets,
    # beige chinos, grey backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-009",
        caption(
            "The gentleman wears a long-sleeve green kurta with pure color patterns and a long pants. The pants are "
            "with cotton fabric and pure color patterns."
        ),
        Q.material("linen"),
        color_of("kurta", "green", kind="open"),
        describe(
            "kurta",
            "The kurta is green with a mandarin collar, long sleeves and two chest pockets with flaps.",
            "unsupported",
        ),
        Q.garment_type("kurta"),
        wearing("an olive kurta and beige trousers"),
        details(
            "kurta",
            "The kurta has a band collar, a half placket with three buttons, long sleeves with buttoned cuffs, side "
            "slits and a straight hem that falls to",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men Olive Green Solid Linen Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: man, front view, white kurta with white-on-white chikankari floral embroidery, long sleeves, white
    # pyjama, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-010",
        caption(
            "The man wears a long-sleeve white kurta with floral patterns and a long white pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("white"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        wearing("white", "non_answer", who="he"),
        is_a("kurta", "yes"),
        describe("kurta", "The kurta is white with white floral embroidery on the front and sleeves."),
        title="Ethnix by Raymond Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man, three-quarter view, grey melange textured Nehru jacket, open, over a black round-neck t-shirt and
    # dark blue jeans, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-011",
        caption(
            "The man wears a sleeveless grey jacket over a short-sleeve black t-shirt and a long denim pants. The "
            "pants are with denim fabric and pure color patterns."
        ),
        color_of("jacket", "black", "contradiction"),
        wearing("a black vest, a black t-shirt and blue jeans", "other_garment_color"),
        Q.material(
            "The jacket is with cotton fabric and pure color patterns. The t-shirt is with cotton fabric and pure "
            "color patterns. The pants are with",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "The jacket is grey with a high collar and five buttons down the front."),
        title="Indian Terrain Men Grey Melange Nehru Jacket",
        category="Nehru Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man, front view, solid rust orange kurta (the seller calls it Brown), long sleeves, white churidar, white
    # backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-012",
        caption(
            "The man wears a long-sleeve orange kurta with pure color patterns and a long white pants. The pants are "
            "with cotton fabric and pure color patterns."
        ),
        Q.color("rust"),
        describe("kurta", "The kurta is a kurta.", "restated"),
        Q.pattern("solid"),
        is_a("jacket", "no"),
        wearing("an orange kurta with white churidar pants"),
        title="Vishudh Men Brown Solid Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: man, front view, black kurta with a white geometric print, long sleeves, white pyjama, holding
    # sunglasses in his right hand, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-013",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. Her pants is of long length. The pants are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("black"),
        Q.pattern("printed"),
        wearing("a black and white kurta and white pants"),
        details("kurta", "white geometric print on black, long sleeves, a mandarin collar"),
        describe("kurta", "The kurta is black with white print. He is holding sunglasses."),
        title="Mother Earth Men Black & White Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man, front view, maroon velvet Nehru jacket with gold buttons and a welt chest pocket, over a cream silk
    # kurta and cream churidar, no watch, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-014",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory on his wrist. There is an accessory on his wrist. "
            "There is an accessory",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "maroon"),
        Q.material("velvet"),
        wearing("a cream kurta with a maroon jacket and cream pants"),
        Q.garment_type("kurta", "contradiction"),
        details("jacket", "gold buttons down the front and a pocket on the chest"),
        describe(
            "jacket",
            "The jacket is maroon velvet with a mandarin collar and gold buttons. It is worn over a cream kurta.",
            hit_limit=True,
        ),
        title="Manyavar Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man, front view, pastel pink solid kurta, long sleeves, white pyjama, white backdrop. Adapter: caption,
    # open; reference: closed.
    case(
        "X961-015",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is pink and the "
            "pants are pink.",
            "contradiction",
        ),
        color_of("kurta", "pink"),
        wearing("a pink kurta and white pyjamas"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "The kurta is white with a mandarin collar, a button placket and side slits.",
            "other_garment_color",
        ),
        title="Svanik Men Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: man, front view, hands in the side pockets, teal kurta with a small tonal diamond (lattice) jacquard
    # weave, long sleeves, white churidar, grey backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-016",
        caption(
            "The man wears a long-sleeve kurta with lattice patterns and a long pants. His hands are in his pockets."
        ),
        Q.color("teal"),
        wearing("a white kurta and white pants", "other_garment_color"),
        details("kurta", "the kurta has pockets on the sides and a diamond woven pattern"),
        Q.material("silk and wool blend", "unsupported"),
        Q.pattern("self design"),
        title="Indus Route by Pantaloons Men Teal Self Design Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: flat-lay, no person: beige cotton Nehru jacket laid flat on a white surface, front view, two welt pockets
    # at the waist and one at the chest. Adapter: caption, open; reference: closed.
    case(
        "X961-017",
        caption(
            "The man wears a sleeveless jacket with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("jacket", "beige"),
        wearing("a beige vest"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "The jacket is beige with a stand collar, a button front and two pockets at the waist."),
        Q.garment_type("nehru jacket"),
        Q.material("The jacket is made of cotton and has a silk lining with golden buttons.", "unsupported"),
        title="Jompers Men Beige Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: man, front view, sky blue kurta with thin white pinstripes, long sleeves, navy blue trousers, white
    # backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-018",
        caption(
            "The man wears a long-sleeve kurta with stripe patterns and a long pants. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        color_of("kurta", "navy blue", "other_garment_color", kind="open"),
        wearing("a blue striped kurta and navy pants"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "The kurta has thin white stripes, a mandarin collar, long sleeves with buttoned cuffs, side slits, a "
            "chest pocket with a flap and a",
            "cut",
            hit_limit=True,
        ),
        title="Hangup Men Blue Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man, front view, white cotton kurta worn under an open black Nehru jacket (styling, not the product),
    # white churidar, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-019",
        caption(
            "The man wears a sleeveless black jacket over a long-sleeve white kurta and a long white pants. The pants "
            "are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "contradiction"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        describe("kurta", "The kurta is white and long, reaching the knees, with long sleeves."),
        title="Fabindia Men White Solid Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man, front view, peach kurta with a small white floral print, long sleeves, white pyjama, a brown leather
    # watch, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-020",
        caption(
            "The woman wears a long-sleeve kurta with floral patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory on her wrist.",
            "pronoun",
        ),
        Q.color("peach"),
        Q.pattern("floral"),
        wearing("she is wearing a peach kurta and white pants", "pronoun", who="he"),
        details("kurta", "small white flowers printed all over, a mandarin collar and long sleeves"),
        Q.material("silk", "unsupported"),
        title="Sojanya Men Peach-Coloured Floral Printed Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: man, three-quarter view, olive green khadi Nehru jacket over an off-white long-sleeve kurta and beige
    # trousers, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-021",
        caption(
            "The man wears a sleeveless olive jacket over a long-sleeve white kurta. The jacket has a stand neckline. "
            "The pants he wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "kurta is",
            "cut",
            hit_limit=True,
        ),
        Q.color("olive"),
        Q.material("khadi cotton"),
        describe("jacket", "The jacket is white with long sleeves.", "other_garment_color"),
        collar("mandarin collar"),
        wearing(
            "He is wearing an olive green jacket over a white kurta and beige pants. The jacket has buttons.",
            hit_limit=True,
        ),
        title="Mohanlal Sons Men Olive Solid Khadi Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man, front view, charcoal grey solid kurta, long sleeves, black churidar, white backdrop. Adapter:
    # caption, open; reference: closed.
    case(
        "X961-022",
        caption(
            "The man wears a long-sleeve black kurta with pure color patterns and a long black pants.",
            "other_garment_color",
        ),
        Q.color("grey"),
        wearing("a grey kurta and black pants"),
        details("kurta", "The details of the kurta are the details", "restated"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="Wintage Men Charcoal Grey Solid Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man, front view, bright red silk kurta with gold embroidery around the neckline, long sleeves, beige-gold
    # churidar, no rings or watch, beige backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-023",
        caption(
            "The man wears a long-sleeve red kurta with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is a ring on his finger.",
            "unsupported",
        ),
        color_of("kurta", "red"),
        Q.material("silk"),
        wearing("a red kurta and a pair of red pants", "contradiction"),
        is_a("kurta", "yes"),
        describe("kurta", "The kurta is red with gold embroidery around the neck."),
        title="Manyavar Men Red Solid Silk Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: man, front view, off-white Nehru jacket with a subtle tonal self print over a navy blue kurta and white
    # pyjama, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-024",
        caption("The man wears a sleeveless white jacket over a long-sleeve navy blue kurta and a long white pants."),
        color_of("jacket", "navy blue", "other_garment_color", kind="open"),
        Q.color("off white"),
        Q.garment_type("nehru jacket"),
        wearing(
            "Question: What is the person wearing? Answer: a white jacket and a blue kurta. Question: What is",
            "leak",
            hit_limit=True,
        ),
        details(
            "jacket",
            "the jacket has buttons, a pocket, a collar, buttons, a pocket, a collar, buttons, a pocket, a collar, "
            "buttons",
            "loop",
            hit_limit=True,
        ),
        title="See Designs Men Off-White Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: back view, man facing away, lavender solid kurta, long sleeves, white churidar, white backdrop; the front
    # of the kurta is not visible. Adapter: caption, open; reference: closed.
    case(
        "X961-025",
        caption(
            "The man wears a long-sleeve purple kurta with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("lavender"),
        describe(
            "kurta",
            "The kurta is purple with buttons down the front and a chest pocket with embroidery.",
            "unsupported",
        ),
        wearing("a white kurta and white pants", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Vastramay Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: man, front view, mustard and black ikat-printed kurta, round neck with a slit, long sleeves, side slits,
    # black pyjama, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-026",
        caption(
            "The man wears a long-sleeve kurta with graphic patterns and a long black pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.pattern("printed"),
        color_of("kurta", "black", "contradiction"),
        wearing("a yellow and black kurta and black pants"),
        describe(
            "kurta",
            "The kurta is yellow with black ikat print all over, a round neck with a slit, long sleeves, a straight "
            "hem with side slits and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "Answer: yellow and black ikat print Question: What are the pants details? Answer: black pyjama Question:",
            "leak",
            hit_limit=True,
        ),
        title="Jompers Men Mustard & Black Ikat Print Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: man, front view, royal blue brocade Nehru jacket with gold motifs over a white kurta and white churidar,
    # white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-027",
        caption(
            "The man wears a long-sleeve white kurta with pure color patterns and a long white pants. The pants are "
            "with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "blue"),
        Q.pattern("solid", "contradiction"),
        is_a("jacket", "yes"),
        wearing("He is wearing a blue jacket with gold design, a white kurta and white pants.", who="he"),
        Q.material("silk with gold zari and a satin lining", "unsupported"),
        details(
            "jacket",
            "The jacket has gold flowers woven all over, a mandarin collar and gold buttons. The jacket has gold "
            "flowers woven all over, a",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Blue Woven Design Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man, front view, holding a brass plate with a lit diya, sea green solid kurta, mandarin collar, long
    # sleeves, white pyjama, no jewelry or glasses, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-028",
        caption(
            "The man wears a long-sleeve green kurta with pure color patterns and a long white pants. He is holding a "
            "plate in his hands. He wears a pair of glasses.",
            "unsupported",
        ),
        Q.color("sea green"),
        wearing("a green kurta, white pants and a gold necklace", "unsupported"),
        details("kurta", "green", "non_answer"),
        Q.garment_type("kurta"),
        describe("kurta", "Her kurta is green with long sleeves and a mandarin collar.", "pronoun"),
        title="Svanik Men Sea Green Solid Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: man, front view, beige linen kurta with half sleeves, mandarin collar, a chest pocket, white trousers,
    # white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-029",
        caption(
            "The man wears a short-sleeve kurta with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("linen"),
        color_of("kurta", "beige", kind="open"),
        describe(
            "kurta",
            "The kurta is beige with short sleeves, a mandarin collar, buttons down the front and a pocket on the "
            "chest, buttons down the front and a pocket on the chest, buttons",
            "loop",
            hit_limit=True,
        ),
        wearing("a beige kurta and beige trousers", "contradiction"),
        title="Fabindia Men Beige Linen Half Sleeves Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: man, front view, all in black: black Nehru jacket with silver paisley embroidery over a black kurta and
    # black churidar, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-030",
        caption(
            "The man wears a sleeveless black jacket with floral patterns over a long-sleeve black kurta and a long "
            "black pants."
        ),
        Q.color("black"),
        Q.pattern("embroidered"),
        wearing("she is wearing a black jacket", "pronoun"),
        details("jacket", "silver embroidery on the front"),
        Q.sleeve_length("sleeveless"),
        Q.material("leather", "unsupported"),
        title="Hangup Men Black Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man, front view, bright yellow solid cotton kurta, long sleeves, white churidar, a red stole draped
    # around his neck, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-031",
        caption(
            "The man wears a long-sleeve yellow kurta with pure color patterns and a long white pants. There is a red "
            "scarf around his neck."
        ),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        Q.color("yellow"),
        wearing("a yellow kurta, a red scarf and white pants"),
        describe("kurta", "The kurta is made of silk and has gold embroidery on the neckline.", "unsupported"),
        is_a("kurta", "yes"),
        title="Jompers Men Yellow Solid Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: man, front view, blue and white small gingham-checked kurta (thigh length), long sleeves, blue jeans,
    # white backdrop; the feed row has no gender. Adapter: caption, open; reference: closed.
    case(
        "X961-032",
        caption(
            "The man wears a long-sleeve kurta with lattice patterns and a long denim pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        Q.pattern("checked"),
        wearing("a blue and white checkered shirt and blue jeans", "contradiction"),
        color_of("kurta", "blue"),
        details(
            "kurta",
            "blue and white checks Question: What are the pants details? Answer: blue jeans Question: What are the "
            "shoes",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "Her kurta is blue and white checked with long sleeves.", "pronoun"),
        is_a("shirt", "yes", "contradiction"),
        title="Indus Route by Pantaloons Men Blue & White Checked Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: man, front view, coffee brown solid Nehru jacket over a white long-sleeve shirt and navy blue trousers,
    # no watch, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-033",
        caption(
            "The man wears a sleeveless brown jacket over a long-sleeve white shirt. The shirt has a lapel neckline. "
            "The pants he wears is of long length. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("jacket", "brown"),
        color_of("pants", "brown", "contradiction", kind="open"),
        describe("jacket", "The jacket is a jacket.", "restated"),
        Q.garment_type("nehru jacket"),
        wearing("a brown waistcoat, a white shirt and navy trousers"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Wintage Men Coffee Brown Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man, front view, maroon kurta with a gold foil paisley print, plain cuffs, long sleeves, cream churidar,
    # a gold watch on his left wrist, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-034",
        caption(
            "The man wears a long-sleeve maroon kurta with floral patterns and a long cream pants. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "The kurta is maroon with a gold paisley print, a mandarin collar and mirror work on the cuffs.",
            "unsupported",
        ),
        wearing("yes", "non_answer"),
        title="Vishudh Men Maroon Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man, front view, black kurta with mirror work and small embroidered flowers on the yoke, long sleeves,
    # white pyjama, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-035",
        caption(
            "The man wears a long-sleeve black kurta with pure color patterns and a long white pants. The pants are "
            "with cotton fabric and pure color patterns."
        ),
        details("kurta", "mirror work on the yoke and small embroidered flowers around the neckline"),
        Q.color("white", "contradiction"),
        wearing("a black kurta and black pants", "contradiction"),
        Q.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        title="Vastramay Men Black Mirror Work Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man, three-quarter view, grey glen-check Nehru jacket over a black long-sleeve shirt and black trousers,
    # white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-036",
        caption(
            "The man wears a sleeveless jacket with lattice patterns over a long-sleeve black shirt and a long black "
            "pants."
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        wearing("a grey checked vest, black shirt and black pants"),
        Q.sleeve_length("sleeveless"),
        details("jacket", "It has a zipper and a hood.", "unsupported"),
        describe(
            "jacket",
            "The jacket is grey and black checked with a mandarin collar and black buttons, and a black shirt under "
            "it with a collar and long sleeves and",
            "cut",
            hit_limit=True,
        ),
        title="Indian Terrain Men Grey Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man, front view, off-white kurta with a multicolor (red, green, yellow) phulkari embroidered yoke, long
    # sleeves, white pyjama, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-037",
        caption("The man wears a long-sleeve white kurta with floral patterns and a long white pants."),
        Q.color("white"),
        color_of("kurta", "white with colorful embroidery on the chest", kind="open"),
        details(
            "kurta",
            "The kurta is with cotton fabric and floral patterns. The neckline of it is round. The kurta is with "
            "cotton fabric and floral patterns. The neckline of it is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white embroidered kurta with white pyjamas"),
        Q.garment_type("kurta"),
        title="Mother Earth Men Off-White Embroidered Yoke Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man, front view, navy blue solid kurta with a matching navy churidar (both are the product, a set),
    # long sleeves, hidden placket, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-038",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is blue and the "
            "pants are blue."
        ),
        Q.color("navy blue"),
        wearing("a blue kurta and blue pants"),
        describe(
            "kurta",
            "The kurta is navy blue with a mandarin collar and a hidden button placket. The kurta is navy blue with a "
            "mandarin collar and a hidden button placket. The",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.material("art silk", "unsupported"),
        title="Manyavar Men Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front view, rust orange solid Nehru jacket with a white pocket square, over a white kurta and white
    # pyjama, no sunglasses, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-039",
        caption(
            "The man wears a sleeveless orange jacket over a long-sleeve white kurta and a long white pants. He wears "
            "a pair of sunglasses.",
            "unsupported",
        ),
        Q.color("rust"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing(
            "an orange vest and white kurta pajama Question: What is the color of the vest? Answer: orange Question:",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "a pocket square in the chest pocket and buttons down the front"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Svanik Men Rust Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: man, front view, magenta solid kurta, long sleeves, white churidar, white backdrop. Adapter: caption,
    # open; reference: closed.
    case(
        "X961-040",
        caption(
            "The lady wears a long-sleeve pink kurta with pure color patterns and a long white pants.",
            "pronoun",
        ),
        Q.color("magenta"),
        Q.garment_type("dress", "contradiction"),
        wearing("a pink kurta and white leggings"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        title="Jompers Men Magenta Solid Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: man, front view, cream solid kurta under a maroon Nehru jacket (styling), cream churidar, white backdrop;
    # the feed row has no color. Adapter: caption, open; reference: closed.
    case(
        "X961-041",
        caption("The man wears a sleeveless maroon jacket over a long-sleeve cream kurta and a long pants."),
        Q.color("maroon", "contradiction"),
        Q.garment_type("nehru jacket", "contradiction"),
        color_of("kurta", "cream", kind="open"),
        wearing("a maroon jacket, a cream kurta and cream pants"),
        describe("kurta", "The kurta is maroon with a mandarin collar.", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a mandarin collar, the kurta has a mandarin collar, the kurta has a mandarin collar, the "
            "kurta",
            "loop",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Cream Solid Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: man, three-quarter view, sky blue solid Nehru jacket with matching blue buttons over a white kurta and
    # white pyjama, white backdrop; the feed row has no category. Adapter: caption, open; reference: closed.
    case(
        "X961-042",
        caption(
            "The man wears a sleeveless blue jacket with pure color patterns over a long-sleeve white kurta. The pants "
            "he wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "blue"),
        Q.material("The jacket is made of silk, with a satin lining and gold buttons.", "unsupported"),
        is_a("jacket", "yes"),
        describe("jacket", "The jacket is the jacket the person is wearing.", "restated"),
        title="Vastramay Men Blue Solid Nehru Jacket",
        color="Blue",
        gender="Men",
    ),
    # photo: man, front view, orange solid kurta, long sleeves, mandarin collar, white pyjama, a brown leather watch,
    # white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-043",
        caption(
            "The man wears a long-sleeve orange kurta with pure color patterns and a long white pants. There is an "
            "accessory on his wrist."
        ),
        Q.color("orange"),
        wearing("an orange kurta, white pyjamas and a watch", who="he"),
        describe(
            "kurta",
            "The kurta is orange with a v-neck, embroidered cuffs and a contrast white lining on the collar.",
            "unsupported",
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("fabric", "non_answer"),
        details(
            "kurta",
            "The kurta has a mandarin collar and buttons on the front and the sleeves and the sleeves and the sleeves "
            "and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        title="Svanik Men Orange Solid Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Men",
    ),
    # photo: man, front view, white kurta with a green leaf print, long sleeves, blue jeans, white backdrop. Adapter:
    # caption, open; reference: closed.
    case(
        "X961-044",
        caption(
            "The man wears a long-sleeve kurta with floral patterns and a long pants. The pants are with denim fabric "
            "and pure color patterns."
        ),
        color_of("kurta", "green", "contradiction"),
        Q.pattern("floral"),
        wearing("a white kurta with green leaves and blue jeans"),
        describe("kurta", "The kurta is green with white leaves.", "contradiction"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: green leaves Question: What are the jeans details? Answer: "
            "blue",
            "leak",
            hit_limit=True,
        ),
        title="See Designs Men White & Green Leaf Printed Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man, front view, gold-toned self-textured Nehru jacket over a maroon kurta and gold churidar, no watch,
    # no pocket square, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-045",
        caption(
            "The man wears a sleeveless gold jacket over a long-sleeve maroon kurta and a long pants. The pants are "
            "with cotton fabric and pure color patterns. There is an accessory on his wrist. There is an accessory on "
            "his wrist. There is",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "maroon", "other_garment_color", kind="open"),
        Q.color("gold"),
        wearing("a maroon kurta and a gold jacket"),
        Q.garment_type("nehru jacket"),
        describe(
            "jacket",
            "The jacket is gold with a mandarin collar, gold buttons and a pocket square.",
            "unsupported",
        ),
        title="Manyavar Men Gold-Toned Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
        gender="Men",
    ),
    # photo: man, front view, kurta with a multicolor patchwork print (blue, red, mustard, white), long sleeves,
    # mandarin collar, white pyjama, white backdrop. Adapter: caption, open; reference: closed.
    case(
        "X961-046",
        caption(
            "The man wears a long-sleeve kurta with color block patterns and a long white pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("multi"),
        color_of("kurta", "blue, red and yellow", kind="open"),
        wearing("a colorful kurta and white pants"),
        describe(
            "kurta",
            "The kurta is multicolored with a patchwork print in blue, red and mustard, a mandarin collar, long "
            "sleeves and a straight hem with side slits on both",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Men Multicoloured Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
]
