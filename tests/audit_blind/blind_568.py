"""BLIND_568 (46 products; Myntra men's ethnic: kurtas, jackets, sherwanis): written blind in the fifty-first session.
Measured blind at 3f6075f (the session's rules as they stood): 106/144 failures found (73.6%) and 20/204 correct texts
flagged (9.8%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic night. Catalog photos of models in full outfits on studio backdrops (mostly white,
a few grey, beige or concrete): straight, short, pathani, chikankari, printed and angrakha kurtas, kurta pyjama,
kurta churidar and kurta dhoti sets, Nehru jackets worn over kurtas, bandhgala suits and blazers, sherwanis with
churidars, stoles and safas. Seller rows as a Myntra feed has them (title, article type, base colour, gender); a few
rows lack a column (one without gender, one without category, one without colour).

Who wrote what: the caption-only LoRA adapter at epoch 1 writes every caption: the DeepFashion template ("This
gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The pants this man
wears is of long length...") preceded by a hue, with no end token, so it always runs to its 50-token limit and
ends mid-sentence or in a loop; its fabrics are DeepFashion's (cotton, denim, leather, furry, chiffon, other); its
garment word is sometimes "shirt", "dress", "coat" or "vest". The untuned base blip2-opt-2.7b answers the open
questions (What is the man wearing? Describe the kurta/jacket/sherwani. What are the kurta/jacket/sherwani details?
What is the color of the pyjama / jacket / churidar?) and the material question: short answers, usually stopping,
sometimes running on into a loop or to the 30-token limit, sometimes going on with "Question: ... Answer:". The
closed questions (garment type, colour, pattern, sleeve length, "Is this a kurta/sherwani?") come from enrich's
reference engine, which always returns one candidate value.

Labeling conventions and judgement calls:
- One label per text. When a text has a wrong claim and is also cut or runs to the limit, the wrong claim is the
  label (contradiction, other_garment_color, unsupported, pronoun) and hit_limit=True still marks the limit.
- Every caption ran to 50 tokens (hit_limit=True). Four captions happened to end exactly on a full stop with every
  claim right (X568-009, -019, -024, -033): labeled correct, hit_limit=True kept. All others end mid-sentence
  (cut) or repeat a sentence (loop), unless a wrong claim takes the label.
- The caption's leading hue is the product's colour. When it is the hue of another worn garment (the kurta under a
  Nehru jacket, the jeans under a short kurta) the caption is other_garment_color.
- other_garment_color: a colour that belongs to another garment in the photo (the kurta's maroon given to the
  pyjama, the jacket given the kurta's white, the churidar given the stole's or the safa's colour). contradiction:
  a colour seen nowhere in the photo (navy called black, peach called white, lavender called blue), a wrong garment
  class, a wrong pattern (solid for a print, stripes for ikat), or wrong sleeves ("long sleeve" for a sleeveless
  Nehru jacket, whose sleeves are the kurta's).
- Garment words: "shirt" or "dress" for a knee-length kurta, "kurta" for a sherwani or a Nehru jacket, "nehru
  jacket" for a sleeved bandhgala blazer are contradictions. "vest" for a Nehru jacket, "coat" for a sherwani,
  "suit" for a bandhgala suit, "pants"/"pajamas" for pyjama, churidar or dhoti are accepted synonyms.
- Shades named by their family are correct: peach or magenta called pink, rust called orange, burgundy or maroon
  called red, teal called green, lavender called purple, cream or ivory called white, mustard called yellow.
- unsupported: a detail the photo does not show (pocket square, sword, pen, rose, brooch, gold embroidery that is
  not there, front buttons on a back view, a plant prop read as a detail of the kurta) and a material the product
  page contradicts (silk or linen for cotton, leather for a suede-look polyester jacket, cotton for silk blend or
  linen, denim for the kurta worn with jeans). Material answers that match the page or title are correct.
- Real details that look invented are correct: mirror work, side pockets when hands are in them, wooden buttons,
  side slits on a side view, gold zari borders on a dhoti set.
- non_answer: a one-word or yes/no answer to a details question ("yellow", "yes", "stripes", "buttons", "jacket",
  "no"). restated: the question echoed back ("describe the kurta", "the kurta details are the kurta details").
- leak: the answer goes on with or starts with the "Question: ... Answer:" format, even where the leaked answer
  itself is right.
- pronoun: she/her or "the lady" for a Men's row; never used on the row without gender.
- The questionnaire asks the pyjama colour for every set; for the dhoti set and the kurta worn with jeans the lower
  garment's true colour is taken as the answer.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS


def man(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the man", hit_limit=hit_limit)


def open_color(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_568 = [
    # photo: white chikankari straight kurta (white-on-white thread embroidery, mandarin collar, long sleeves) with
    # white pyjama, brown kolhapuri sandals, plain white backdrop, front view. Caption: epoch-1 caption adapter;
    # open answers and material: base blip2-opt-2.7b; closed: reference engine.
    case(
        "X568-001",
        caption(
            "white. This gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton "
            "fabric. It has a stand-up collar neckline. The pants this gentleman wears is of long length. The pants "
            "are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        man("a white kurta and white pajamas"),
        describe("kurta", "it is a white kurta with embroidery on the front"),
        details("kurta", "the kurta has chikan embroidery all over the front and the sleeves"),
        open_color("pyjama", "white Question: What is the color of the kurta? Answer: white", "leak"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.garment_type("shirt", "contradiction"),
        material("cotton"),
        title="Ethnix by Raymond Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: navy blue straight kurta with a small white floral block print, white churidar, hands in the kurta's
    # side pockets, white backdrop, front view. Caption: caption adapter; open/material: base model; closed: engine.
    case(
        "X568-002",
        caption(
            "navy blue. The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "man wears a",
            "contradiction",
            hit_limit=True,
        ),
        man("a blue kurta with white flowers and white pants"),
        open_color("churidar", "navy blue", "other_garment_color"),
        describe("kurta", "a description of the kurta", "restated"),
        details("kurta", "the kurta has a floral print, a mandarin collar and two pockets on the side"),
        Q.pattern("floral"),
        Q.color("navy blue"),
        material("silk", "unsupported"),
        title="Fabindia Men Navy Blue & White Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon self-design (jacquard) kurta with cream pyjama, black mojaris, white backdrop, front view.
    # Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-003",
        caption(
            "maroon. This gentleman wears a long-sleeve kurta with solid color patterns and a long pants. The kurta "
            "is with cotton fabric. The pants are with cotton fabric and solid color patterns. The kurta is with "
            "cotton fabric. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        man("he is wearing a maroon kurta and cream pants"),
        open_color("pyjama", "maroon", "other_garment_color"),
        describe("kurta", "the kurta is maroon with a small pattern woven into the fabric"),
        details("kurta", "the details of the kurta", "restated"),
        Q.color("maroon"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("kurta set"),
        is_a("kurta", "yes"),
        title="Manyavar Men Maroon Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard yellow hip-length short kurta, sleeves rolled to the elbow, blue slim jeans, white sneakers,
    # light grey backdrop. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-004",
        caption(
            "yellow. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The trousers this man wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        man("a yellow kurta and jeans"),
        describe("kurta", "the kurta is yellow with long sleeves rolled up to the elbows"),
        details("kurta", "yellow", "non_answer"),
        Q.color("mustard"),
        Q.sleeve_length("long sleeve"),
        material("denim", "unsupported"),
        title="HIGHLANDER Men Mustard Yellow Solid Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: black pathani kurta (shirt collar, button placket, two chest flap pockets) with black pathani salwar,
    # black sandals, white backdrop. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-005",
        caption(
            "black. This lady wears a long-sleeve kurta with solid color patterns. The kurta is with cotton fabric. "
            "Her kurta has a lapel neckline. The pants this lady wears is of long length. The pants are with cotton "
            "fabric and solid color",
            "pronoun",
            hit_limit=True,
        ),
        man("a black pathani suit"),
        details("kurta", "the kurta has two flap pockets on the chest and a button placket"),
        describe("kurta", "the kurta is black and has gold embroidery on the collar and cuffs", "unsupported"),
        Q.color("black"),
        Q.garment_type("kurta set"),
        is_a("kurta", "yes"),
        title="Sojanya Men Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: beige textured sleeveless Nehru jacket (mandarin collar, five buttons) over a white kurta and white
    # pyjama, brown loafers, white backdrop. Caption: caption adapter; open: base model; closed: reference engine.
    case(
        "X568-006",
        caption(
            "beige. This man wears a sleeveless vest with pure color patterns and a long-sleeve kurta with solid "
            "color patterns. The vest is with cotton fabric. The pants this man wears is of long length. The pants "
            "are with cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        man("a white kurta, a beige vest and white pants"),
        open_color("jacket", "white", "other_garment_color"),
        describe("jacket", "the jacket is beige with a mandarin collar and buttons down the front"),
        Q.color("beige"),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Manyavar Men Beige Textured Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: navy blue bandhgala suit, closed-neck jacket with five brass-toned buttons, matching trousers, brown
    # shoes, light grey backdrop; poly-viscose per the product page. Caption: caption adapter; open/material: base
    # model; closed: reference engine.
    case(
        "X568-007",
        caption(
            "black. The gentleman wears a long-sleeve suit with pure color patterns. The suit is with other fabric. "
            "It has a stand-up collar neckline. The trousers this gentleman wears is of long length. The trousers "
            "are with",
            "contradiction",
            hit_limit=True,
        ),
        man("a blue suit"),
        open_color("jacket", "blue"),
        describe("jacket", "a navy blue jacket with a high collar and gold buttons"),
        details("jacket", "the jacket has a high collar, gold buttons and a red pocket square", "unsupported"),
        Q.garment_type("suit"),
        Q.color("navy blue"),
        material("polyester"),
        title="Raymond Men Navy Blue Solid Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream sherwani with gold zari embroidery on the collar, placket and cuffs, cream churidar, a maroon
    # embroidered stole over the left shoulder, gold mojaris, white backdrop. Caption: caption adapter; open: base
    # model; closed: reference engine.
    case(
        "X568-008",
        caption(
            "cream. This gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. It has a stand-up collar neckline. There is an accessory on his neck. The pants this gentleman "
            "wears is of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        man("he is wearing a cream sherwani with a red scarf"),
        describe("sherwani", "the sherwani is cream with gold embroidery on the collar and the front"),
        open_color("churidar", "maroon", "other_garment_color"),
        Q.color("cream"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.garment_type("kurta", "contradiction"),
        title="Manyavar Men Cream-Coloured & Gold Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: peach solid knee-length kurta (mandarin collar) with off-white dhoti pants, black wristwatch, tan
    # sandals, white backdrop. Caption: caption adapter (ended on a full stop at the limit); open: base model;
    # closed: reference engine.
    case(
        "X568-009",
        caption(
            "pink. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            hit_limit=True,
        ),
        man("a peach kurta and a white dhoti"),
        open_color("pyjama", "off white"),
        describe("kurta", "the kurta is peach colored with a round neck and long sleeves", "unsupported"),
        details(
            "kurta", "peach kurta with white dhoti Question: What is the color of the dhoti? Answer: white", "leak"
        ),
        Q.color("peach"),
        title="Sanwara Men Peach-Coloured Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: olive green cotton straight kurta with mandarin collar and wooden buttons, white pyjama, grey backdrop,
    # a potted plant standing at the left edge. Caption: caption adapter; open/material: base model; closed: engine.
    case(
        "X568-010",
        caption(
            "green. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It "
            "has a stand-up collar neckline. The pants this man wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        man("a green shirt and white pants", "contradiction"),
        open_color("pyjama", "white"),
        describe("kurta", "olive green kurta with wooden buttons and a short collar"),
        details("kurta", "the kurta has a plant on the left side", "unsupported"),
        material("cotton"),
        Q.color("olive"),
        title="Fabindia Men Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: sky blue chikankari kurta with white floral thread embroidery, white churidar, white backdrop, model
    # turned slightly to the side. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-011",
        caption(
            "blue. This gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        man("a light blue kurta with white embroidery and white pants"),
        open_color("churidar", "blue", "other_garment_color"),
        details(
            "kurta",
            "the embroidery the embroidery the embroidery the embroidery the embroidery the embroidery the "
            "embroidery the embroidery the embroidery the embroidery the",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("embroidered"),
        title="Jompers Men Blue Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon velvet Nehru jacket with gold buttons over a cream kurta and cream churidar, black mojaris,
    # white backdrop. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-012",
        caption(
            "cream. This gentleman wears a long-sleeve kurta with pure color patterns and a sleeveless vest. The "
            "kurta is with cotton fabric. The vest is with furry fabric. The pants this gentleman wears is of long "
            "length. The pants",
            "other_garment_color",
            hit_limit=True,
        ),
        man("a maroon vest over a cream kurta"),
        open_color("jacket", "maroon"),
        open_color("churidar", "cream Question: What is the color of the jacket? Answer: maroon", "leak"),
        describe("jacket", "the jacket is made of velvet with gold buttons"),
        details("jacket", "the jacket is black with gold buttons and a high collar", "contradiction"),
        material("velvet"),
        Q.color("cream", "other_garment_color"),
        Q.garment_type("nehru jacket"),
        title="Tasva Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: teal short kurta with a small white-and-orange geometric print, three-quarter sleeves, beige chinos,
    # brown loafers, white backdrop. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-013",
        caption(
            "teal. This man wears a short-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a",
            "contradiction",
            hit_limit=True,
        ),
        man("a green kurta and khaki pants"),
        details("kurta", "the kurta has a small geometric print in white and orange"),
        describe("kurta", "the kurta is a kurta", "restated"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeve"),
        Q.color("teal"),
        title="Anouk Men Teal Printed Short Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: baby pink kurta with tonal thread work on the placket, white pyjama, white backdrop, front view.
    # Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-014",
        caption(
            "pink. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. Her "
            "dress has a stand-up collar neckline. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color",
            "pronoun",
            hit_limit=True,
        ),
        man("pink and white kurta pajama"),
        open_color("pyjama", "pink", "other_garment_color"),
        describe("kurta", "the kurta is pink with white pearl buttons and a pocket square", "unsupported"),
        details("kurta", "the kurta has thread work on the placket"),
        Q.color("pink"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Vastramay Men Pink & White Kurta Pyjama Set",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: black bandhgala blazer with gold metal buttons and a white pocket square, black trousers, white
    # backdrop. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-015",
        caption(
            "black. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other "
            "fabric. It has a stand-up collar neckline. The trousers this gentleman wears is of long length. The "
            "trousers are with other fabric and pure",
            "cut",
            hit_limit=True,
        ),
        man("a black suit with a white pocket square"),
        open_color("jacket", "black"),
        details(
            "jacket",
            "the jacket has gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold "
            "buttons, gold buttons",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "the jacket is black with a high neck collar"),
        Q.garment_type("blazer"),
        material("leather", "unsupported"),
        title="Louis Philippe Men Black Solid Bandhgala Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange pathani kurta (shirt collar) with black pathani salwar, black peshawari sandals, white
    # backdrop. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-016",
        caption(
            "orange. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "It has a lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        man("he is wearing an orange kurta and black pants"),
        open_color("pyjama", "black"),
        describe("kurta", "the kurta is black with a collar and buttons", "other_garment_color"),
        details("kurta", "the kurta details", "restated"),
        Q.color("rust"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "the kurta is made of a soft cotton fabric that is light and breathable, perfect for the summer season, "
            "and the salwar is made of a",
            "cut",
            hit_limit=True,
        ),
        title="See Designs Men Rust Orange Solid Pathani Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: gold-and-maroon brocade sherwani with a woven paisley motif, gold churidar, maroon safa, pearl mala,
    # gold mojaris, white backdrop; jacquard art silk per the page. Caption: caption adapter; open/material: base
    # model; closed: reference engine.
    case(
        "X568-017",
        caption(
            "gold. This gentleman wears a long-sleeve coat with graphic patterns. There is an accessory on his neck. "
            "There is an accessory on his head. There is an accessory on his neck. There is an accessory on his "
            "head. There",
            "loop",
            hit_limit=True,
        ),
        man("a gold and red sherwani with a turban"),
        open_color("churidar", "gold"),
        describe("sherwani", "the sherwani has a paisley pattern woven in gold and maroon"),
        details(
            "sherwani",
            "the sherwani has a high collar, buttons down the front, a pearl necklace and a sword at the waist",
            "unsupported",
        ),
        Q.pattern("woven design"),
        material("silk"),
        title="Mohey Men Gold-Toned & Maroon Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: grey herringbone-texture Nehru jacket over a navy blue kurta and white pyjama, brown loafers, white
    # backdrop; poly-viscose per the page. Caption: caption adapter; open/material: base model; closed: engine.
    case(
        "X568-018",
        caption(
            "grey. This man wears a sleeveless vest with pure color patterns and a long-sleeve kurta with pure color "
            "patterns. The vest is with other fabric. The kurta is with cotton fabric. The pants this man wears is "
            "of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        man("a blue kurta, a grey vest, and white pants"),
        open_color("jacket", "blue", "other_garment_color"),
        open_color("pyjama", "white"),
        describe("jacket", "the jacket is grey with a herringbone weave and a mandarin collar"),
        Q.color("grey"),
        Q.garment_type("nehru jacket"),
        Q.pattern("checked", "contradiction"),
        material("wool", "unsupported"),
        title="Ethnix by Raymond Men Grey Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: white kurta with gold zari border on the cuffs, white dhoti with a gold zari border, gold-bordered
    # angavastram over the left shoulder and around the neck, barefoot, beige backdrop. Caption: caption adapter
    # (ended on a full stop at the limit); open answers: base model; closed: reference engine.
    case(
        "X568-019",
        caption(
            "white. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "There is an accessory on his neck. The pants this man wears is of long length. The pants are with "
            "cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        man("a white dhoti and a white kurta"),
        open_color("pyjama", "white with a gold border"),
        details(
            "kurta",
            "the kurta has a gold border on the sleeves, a gold border on the collar, a gold border on the hem, a "
            "gold border on the",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "she is wearing a white kurta with a gold border", "pronoun"),
        Q.color("white"),
        title="Sethukrishna Men White Kurta & Dhoti Set with Zari Border",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: lavender chikankari kurta with tonal lavender embroidery and small white buttons, white pyjama, model
    # holding sunglasses, white backdrop. Caption: caption adapter; open/material: base model; closed: engine.
    case(
        "X568-020",
        caption(
            "purple. This gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The gentleman holds a",
            "cut",
            hit_limit=True,
        ),
        man("a blue kurta and white pants", "contradiction"),
        open_color("pyjama", "white"),
        describe("kurta", "the kurta is light purple with embroidery on the front"),
        details(
            "kurta",
            "the kurta has chikan embroidery on the front and around the neck, with a row of small white buttons "
            "down the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        Q.color("lavender"),
        title="House of Pataudi Men Lavender Chikankari Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: indigo kurta with a white zigzag ikat print and plain white buttons, white pyjama, white backdrop.
    # Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-021",
        caption(
            "blue. This man wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        man("a blue and white kurta with white pants"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is blue with a white zigzag pattern"),
        details("kurta", "the kurta has a zigzag print, a mandarin collar and wooden toggle buttons", "unsupported"),
        open_color("pyjama", "white"),
        material("cotton"),
        Q.color("black", "contradiction"),
        title="Fabindia Men Indigo Ikat Print Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: emerald green silk-blend kurta with small gold buttons, cream churidar, white backdrop. Caption: caption
    # adapter; open/material: base model; closed: reference engine.
    case(
        "X568-022",
        caption(
            "green. This gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears a",
            "unsupported",
            hit_limit=True,
        ),
        man("a green kurta and white churidar"),
        open_color("churidar", "cream"),
        describe("kurta", "describe the kurta", "restated"),
        details("kurta", "Question: What are the kurta details? Answer: gold buttons", "leak"),
        Q.color("green"),
        material("silk"),
        Q.garment_type("kurta set"),
        title="Manyavar Men Green Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: bright yellow haldi kurta with white pyjama, marigold petals scattered on the floor, white backdrop.
    # Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-023",
        caption(
            "yellow. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        man("a yellow kurta and white pajamas"),
        open_color("pyjama", "yellow", "other_garment_color"),
        describe("kurta", "the kurta is bright yellow with a short collar and a button placket"),
        details("kurta", "yes", "non_answer"),
        Q.color("yellow"),
        title="Jompers Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: charcoal grey short kurta with black piping on the placket and collar, black slim jeans, black
    # wristwatch, black loafers, concrete grey wall backdrop; cotton per the page. Caption: caption adapter (ended on
    # a full stop at the limit); open/material: base model; closed: reference engine.
    case(
        "X568-024",
        caption(
            "grey. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The "
            "trousers this man wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        man("he is wearing a grey kurta and black jeans"),
        describe("kurta", "the kurta is black", "other_garment_color"),
        details("kurta", "the kurta has black piping along the placket and the collar"),
        Q.color("charcoal"),
        Q.sleeve_length("long sleeve"),
        Q.pattern("striped", "contradiction"),
        material("linen", "unsupported"),
        title="Mr Button Men Charcoal Grey Short Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: ivory bandhgala suit with a tonal jacquard weave, matching trousers, tan brogues, white backdrop;
    # poly-silk jacquard per the page; the row has no gender column. Caption: caption adapter; open/material: base
    # model; closed: reference engine.
    case(
        "X568-025",
        caption(
            "white. This gentleman wears a long-sleeve suit with pure color patterns. The suit is with other "
            "fabric. The suit is with other fabric. The suit is with other fabric. The suit is with other fabric. "
            "The suit is",
            "loop",
            hit_limit=True,
        ),
        man("a white suit"),
        open_color("jacket", "white"),
        describe("jacket", "the jacket is off white with a subtle woven pattern and a high collar"),
        details("jacket", "buttons", "non_answer"),
        Q.garment_type("suit"),
        material("linen", "unsupported"),
        title="Tasva Ivory Jacquard Bandhgala Suit",
        category="Suits",
        color="Off White",
    ),
    # photo: white straight kurta with an all-over pink and green floral print, white pyjama, white backdrop.
    # Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-026",
        caption(
            "white. This man wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        man("a floral kurta and white pants"),
        Q.color("white"),
        Q.pattern("floral"),
        describe("kurta", "the kurta is white with pink and green flowers printed on it"),
        details(
            "kurta",
            "the kurta has a floral print, a round neck, long sleeves and a pocket on the chest with a pen in it",
            "unsupported",
        ),
        open_color("pyjama", "pink", "other_garment_color"),
        title="Sojanya Men White & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: three-piece set: white kurta and white pyjama under a navy blue Nehru jacket with a small white dot
    # print, white backdrop. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-027",
        caption(
            "white. This gentleman wears a long-sleeve kurta with pure color patterns and a sleeveless vest with "
            "graphic patterns. The kurta is with cotton fabric. The pants this gentleman wears is of long length. "
            "The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        man("a white kurta and a blue vest"),
        open_color("jacket", "navy blue with white dots"),
        open_color("pyjama", "white"),
        describe("kurta", "the kurta is blue with white dots", "other_garment_color"),
        details("kurta", "the kurta has a mandarin collar and a gold brooch on the jacket", "unsupported"),
        Q.color("white"),
        is_a("kurta", "yes"),
        title="Vastramay Men White Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: red angrakha kurta, overlapping front panel tied with fabric ties at the side, V neckline, cream
    # churidar, white backdrop. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-028",
        caption(
            "red. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It "
            "has a V-shape neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        man("she is wearing a red kurta and white pants", "pronoun"),
        describe("kurta", "the kurta is red with a wrap front tied at the side"),
        details("kurta", "the kurta has a side tie and a mandarin collar", "unsupported"),
        open_color("churidar", "cream"),
        Q.color("red"),
        Q.garment_type("kurta"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sanwara Men Red Solid Angrakha Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: beige linen straight kurta with side slits, white pyjama, side view (model turned right), white
    # backdrop. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-029",
        caption(
            "beige. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        man("a brown kurta and white pants", "contradiction"),
        material("linen"),
        describe("kurta", "the kurta is beige and it is made of linen"),
        details("kurta", "the kurta has a slit on the side and long sleeves"),
        Q.color("beige"),
        open_color("pyjama", "beige", "other_garment_color"),
        title="Linen Club Men Beige Solid Linen Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: peach sherwani with tonal thread embroidery, cream churidar, pink safa, gold mojaris, white backdrop;
    # art silk per the page. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-030",
        caption(
            "white. This gentleman wears a long-sleeve coat with floral patterns. The coat is with other fabric. It "
            "has a stand-up collar neckline. There is an accessory on his head. The pants this gentleman wears is "
            "of long length. The pants are",
            "contradiction",
            hit_limit=True,
        ),
        man("a peach sherwani and a pink turban"),
        open_color("churidar", "pink", "other_garment_color"),
        describe("sherwani", "the sherwani is peach with embroidery on the front"),
        details(
            "sherwani",
            "the sherwani has embroidery on the collar, embroidery on the cuffs, embroidery on the collar, "
            "embroidery on the cuffs, embroidery on the",
            "loop",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.pattern("embroidered"),
        material("silk"),
        title="Manyavar Men Peach Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: black chikankari kurta with white thread embroidery on the chest and sleeves, white pyjama, white
    # backdrop; cotton per the title. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-031",
        caption(
            "black. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        man("a black kurta with white embroidery and white pyjamas"),
        open_color("pyjama", "black", "other_garment_color"),
        Q.color("black"),
        Q.pattern("embroidered"),
        details("kurta", "the kurta has white embroidery on the chest and sleeves"),
        describe("kurta", "the kurta is black"),
        material("silk", "unsupported"),
        title="Anouk Men Black Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: turquoise blue Nehru jacket with a white paisley print over a white kurta and white pyjama, white
    # backdrop. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-032",
        caption(
            "white. This man wears a long-sleeve kurta with pure color patterns and a sleeveless vest with graphic "
            "patterns. The kurta is with cotton fabric. The pants this man wears is of long length. The pants are "
            "with cotton fabric and pure",
            "other_garment_color",
            hit_limit=True,
        ),
        man("a blue vest over a white kurta"),
        open_color("jacket", "turquoise"),
        describe("jacket", "the jacket is blue with white paisley print"),
        details(
            "jacket",
            "the jacket has a paisley print, a mandarin collar and a rose pinned to the pocket",
            "unsupported",
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("turquoise blue"),
        material("cotton"),
        title="See Designs Men Turquoise Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: white cotton kurta with mirror work and thread embroidery on the yoke, white churidar, white backdrop.
    # Caption: caption adapter (ended on a full stop at the limit); open/material: base model; closed: engine.
    case(
        "X568-033",
        caption(
            "white. This gentleman wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. "
            "It has a stand-up collar neckline. The pants this gentleman wears is of long length. The pants are "
            "with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        man("white kurta and white churidar"),
        details("kurta", "the kurta has mirror work on the yoke"),
        describe("kurta", "the kurta is white with small mirrors sewn around the neck"),
        Q.pattern("embroidered"),
        open_color("churidar", "white"),
        material("silk", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Sojanya Men White Mirror Work Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon kurta with shiny gold dhoti pants, gold mojaris, white backdrop. Caption: caption adapter; open
    # answers: base model; closed: reference engine.
    case(
        "X568-034",
        caption(
            "maroon. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with other fabric and pure color patterns. "
            "The pants are with other fabric and",
            "loop",
            hit_limit=True,
        ),
        man("a maroon kurta and gold pants"),
        open_color("pyjama", "gold"),
        describe("kurta", "the kurta is gold", "other_garment_color"),
        details("kurta", "Answer: the kurta is maroon and the dhoti is gold Question: What", "leak"),
        Q.color("maroon"),
        Q.garment_type("kurta set"),
        title="Sanwara Men Maroon Kurta with Gold-Toned Dhoti Pants",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: brown suede-look Nehru jacket with two welt pockets over a beige kurta and beige pyjama, white backdrop;
    # polyester per the page; the row has no category column. Caption: caption adapter; open/material: base model;
    # closed: reference engine.
    case(
        "X568-035",
        caption(
            "brown. This man wears a sleeveless vest with pure color patterns. The vest is with other fabric. The "
            "man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The pants "
            "this man wears is of",
            "cut",
            hit_limit=True,
        ),
        man("he is wearing a brown vest and a beige kurta"),
        open_color("jacket", "beige", "other_garment_color"),
        describe("jacket", "the jacket is brown with a mandarin collar and two pockets at the front"),
        details("jacket", "no", "non_answer"),
        material("leather", "unsupported"),
        Q.color("brown"),
        Q.garment_type("nehru jacket"),
        title="Hangup Men Brown Solid Nehru Jacket",
        color="Brown",
        gender="Men",
    ),
    # photo: cream pathani kurta (shirt collar, one chest pocket) with cream salwar, brown sandals, white backdrop.
    # Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-036",
        caption(
            "white. This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        man("a white pathani suit"),
        open_color("pyjama", "cream"),
        describe("kurta", "the kurta is cream colored, it has a collar and a pocket on the chest"),
        details(
            "kurta",
            "the kurta has a collar, a pocket, a collar, a pocket, a collar, a pocket, a collar, a pocket, a collar, "
            "a pocket, a",
            "loop",
            hit_limit=True,
        ),
        Q.color("cream"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and "
            "cotton and cotton and cotton and cotton and cotton and cotton",
            "loop",
            hit_limit=True,
        ),
        title="Jompers Men Cream-Coloured Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: purple straight kurta with cream churidar, back view (model facing away), white backdrop. Caption:
    # caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-037",
        caption(
            "purple. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        man("a purple kurta"),
        describe("kurta", "the kurta is purple with buttons down the front", "unsupported"),
        details("kurta", "the kurta has a plain back and long sleeves"),
        open_color("churidar", "purple", "other_garment_color"),
        Q.color("purple"),
        material("Answer: cotton", "leak"),
        title="Vastramay Men Purple Solid Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: sea green cotton kurta with thin white vertical stripes, white pyjama, white backdrop. Caption: caption
    # adapter; open/material: base model; closed: reference engine.
    case(
        "X568-038",
        caption(
            "green. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        man("she is wearing a green striped kurta", "pronoun"),
        Q.pattern("striped"),
        open_color("pyjama", "white"),
        describe("kurta", "the kurta is green with white stripes"),
        details("kurta", "stripes", "non_answer"),
        Q.color("sea green"),
        title="Fabindia Men Sea Green & White Striped Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: burgundy bandhgala blazer (long sleeves, black buttons) with cream trousers, brown shoes, white
    # backdrop. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-039",
        caption(
            "red. This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other "
            "fabric. It has a stand-up collar neckline. The trousers this gentleman wears is of long length. The "
            "trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        man("a red jacket and white pants"),
        open_color("jacket", "cream", "other_garment_color"),
        describe("jacket", "it is a burgundy jacket with a mandarin collar"),
        Q.garment_type("nehru jacket", "contradiction"),
        Q.sleeve_length("long sleeve"),
        Q.color("burgundy"),
        title="Blackberrys Men Burgundy Slim Fit Bandhgala Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: mustard gold brocade Nehru jacket over a bottle green kurta and white churidar, white backdrop.
    # Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-040",
        caption(
            "yellow. This man wears a sleeveless vest with graphic patterns and a long-sleeve kurta with pure color "
            "patterns. The vest is with other fabric. The kurta is with cotton fabric. The pants this man wears is "
            "of long length. The",
            "cut",
            hit_limit=True,
        ),
        man("he is wearing a green kurta and a yellow jacket"),
        open_color("jacket", "green", "other_garment_color"),
        describe("jacket", "the jacket is gold and yellow with a woven pattern"),
        details(
            "jacket",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        Q.color("mustard"),
        Q.pattern("woven design"),
        Q.sleeve_length("long sleeve", "contradiction"),
        material("brocade"),
        title="Tasva Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: white cotton short kurta (band collar, sleeves rolled up) over light blue ripped jeans, white sneakers,
    # white backdrop. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-041",
        caption(
            "blue. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The "
            "trousers this man wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on his",
            "other_garment_color",
            hit_limit=True,
        ),
        man("a white kurta and blue jeans"),
        describe("kurta", "the kurta is white with a band collar and sleeves rolled up"),
        details("kurta", "she has her sleeves rolled up", "pronoun"),
        open_color("pyjama", "blue Question: What is the color of the jeans? Answer: blue", "leak"),
        Q.color("white"),
        Q.garment_type("kurta"),
        title="HIGHLANDER Men White Solid Short Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: light grey melange kurta (mandarin collar, concealed placket) with matching grey pyjama, white
    # backdrop. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-042",
        caption(
            "grey. This gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        man("a grey kurta pajama"),
        open_color("pyjama", "grey"),
        describe("kurta", "it's a white kurta", "contradiction"),
        details("kurta", "the kurta has a mandarin collar and a hidden button placket"),
        Q.color("grey"),
        material("cotton"),
        title="Jompers Men Grey Melange Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: orange kurta with a white bandhani dot print, white churidar, white backdrop. Caption: caption adapter;
    # open/material: base model; closed: reference engine.
    case(
        "X568-043",
        caption(
            "orange. This man wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        man("an orange and white kurta and white pants"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is orange with white dots all over it"),
        open_color("churidar", "orange", "other_garment_color"),
        details("kurta", "The kurta details are orange and white dots. Question: Describe the kurta. Answer:", "leak"),
        Q.color("orange"),
        title="Sojanya Men Orange & White Bandhani Print Kurta",
        category="Kurtas",
        color="Orange",
        gender="Men",
    ),
    # photo: ivory sherwani with gold zardozi embroidery on the collar and yoke, ivory churidar, a red dupatta over
    # the shoulder, gold mojaris, no headwear, white backdrop; the row has no colour column. Caption: caption
    # adapter; open answers: base model; closed: reference engine.
    case(
        "X568-044",
        caption(
            "white. This gentleman wears a long-sleeve coat with pure color patterns. The coat is with other fabric. "
            "It has a stand-up collar neckline. There is an accessory on his head. The pants this gentleman wears "
            "is of long length. The pants are",
            "unsupported",
            hit_limit=True,
        ),
        man("he is wearing a white sherwani and a red scarf"),
        open_color("churidar", "red", "other_garment_color"),
        describe("sherwani", "the sherwani is white with gold embroidery on the collar and chest"),
        details(
            "sherwani",
            "the sherwani has a high collar, gold embroidery on the yoke and the collar, a row of gold buttons down "
            "the front and a long",
            "cut",
            hit_limit=True,
        ),
        Q.color("off white"),
        is_a("sherwani", "yes"),
        Q.garment_type("sherwani"),
        title="Manyavar Men Ivory Embroidered Sherwani Set",
        category="Sherwani",
        gender="Men",
    ),
    # photo: magenta kurta with a tonal jacquard weave and white pyjama, white backdrop; cotton blend per the page,
    # no gold thread. Caption: caption adapter; open answers: base model; closed: reference engine.
    case(
        "X568-045",
        caption(
            "pink. This man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "man wears a ring on his",
            "cut",
            hit_limit=True,
        ),
        man("a pink kurta with white pants"),
        open_color("pyjama", "white"),
        describe("kurta", "the kurta is magenta and it is made of silk with gold thread work", "unsupported"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.color("magenta"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("three-quarter sleeve", "contradiction"),
        title="Vastramay Men Magenta Kurta with Pyjamas",
        category="Kurta Sets",
        color="Magenta",
        gender="Men",
    ),
    # photo: matte black slim Nehru jacket over a maroon kurta and white churidar, white backdrop; poly-viscose per
    # the page. Caption: caption adapter; open/material: base model; closed: reference engine.
    case(
        "X568-046",
        caption(
            "black. This man wears a sleeveless vest with pure color patterns and a long-sleeve kurta with pure "
            "color patterns. The vest is with other fabric. The kurta is with cotton fabric. The pants this man "
            "wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        man("a black vest, a red kurta and white pants"),
        open_color("jacket", "black"),
        open_color("churidar", "white"),
        describe("jacket", "the jacket is black"),
        details("jacket", "jacket", "non_answer"),
        Q.color("maroon", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        material("velvet", "unsupported"),
        title="Ethnix by Raymond Men Black Solid Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
]
