"""BLIND_1036 (46 products; Myntra men's ethnic wear: caption, extractive QA): written blind in the fifty-ninth session.
Measured blind at 3b3d3f2 (the session's first rules): 105/130 failures found (80.8%) and 20/185 correct texts flagged
(10.8%). The writer's notes, verbatim:

Scenario: a Myntra-like men's ethnic wear feed (Kurtas, Kurta Sets, Nehru Jackets, Sherwani) with the seller's
title, category, base colour and gender; some rows lack gender. Catalog photos on a white, beige, grey or pink studio
backdrop, the model wearing the product with other clothes: white churidar or pyjama under a kurta, a white or cream
kurta under a Nehru jacket, a contrasting stole and sometimes a safa with a sherwani, jeans under short kurtas.

Who wrote what: captions come from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
blip2-opt-2.7b, 50 new tokens, greedy; it writes the DeepFashion template ("The gentleman wears a long-sleeve kurta
with pure color patterns. The kurta is with cotton fabric...") and, since LoRA only touched q/k, it still slips hue
words in. It often stops at a newline, but with no trained end token a good share run to the limit: cut mid-sentence,
looping, or running on into a `Question: ... Answer:` block. A few products were captioned by the epoch-1 adapter,
which writes short base-like captions ("a man in a green kurta and blue jeans") and loops when it does not stop.
Open answers (wearing, describe, details, open color, material) are spans that timpal0l/mdeberta-v3-base-squad2
extracts from that caption, so they inherit its errors, and an empty string when SQuAD2 abstains. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") are the reference engine's pick of one candidate.

Labeling conventions and judgement calls:
- The photo is the truth. A rust kurta the seller calls Brown answered "orange" is correct; shade words inside
  the seller's color group (lavender/purple, maroon/red, off-white/white, sea green/green) are correct.
- A color answer for the product that is really the color of another worn garment (churidar, inner kurta under a
  Nehru jacket, stole, jeans) is other_garment_color; a wrong color that belongs to no other garment (the print,
  the stripes, the embroidery, the wall) is contradiction. A caption that gives a wrong color is contradiction.
- A pattern word ("pure color", "graphic patterns", "stripe patterns") given as the color is non_answer, as is an
  empty span, a one-word answer to an open question, and a span about the backdrop or a prop given for details.
- A span that only gives back the question's garment word ("kurta", "the kurta", "nehru jacket") is restated.
- Calling the kurta a shirt, top or dress, a sherwani a jacket, sleeves of the inner kurta for a Nehru jacket,
  or "yes"/"no" wrongly to "Is this a ...?" is contradiction. "vest" for a Nehru jacket and "coat" for a sherwani
  are taken as correct; "kurta" for a kurta set is correct.
- An open answer naming a garment the model really wears (the inner kurta under a Nehru jacket) is correct even
  though it leaves out the product.
- Invented objects, accessories, pockets, belts, collars, and fabrics the photo or the title rule out (denim,
  leather, silk for a cotton title, the jeans' denim as the kurta's material) are unsupported. A plausible fabric
  the title does not name (cotton for a plain kurta, silk for a brocade sherwani, velvet that shows) is correct.
- he/she: "lady", "woman", "her" for a Men row is pronoun; rows without gender get no pronoun labels.
- A text carries one label, its chief failure: a caption that both leaks and loops is labelled leak; a caption cut
  at the limit is cut even when it also invented something earlier. hit_limit is set on captions that ran to the
  50-token limit; extractive spans never hit a limit, so a span ending mid-phrase is cut without hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gtype, colour, pattern, sleeve, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_1036 = [
    # photo: maroon knee-length kurta, mandarin collar, long sleeves, white churidar, tan mojaris, white backdrop,
    # front view. Caption by the epoch-3 caption adapter; answers by extractive QA and the reference engine.
    case(
        "X1036-001",
        caption(
            "The gentleman wears a long-sleeve maroon kurta with pure color patterns. It has a stand-up collar. "
            "The gentleman wears a long white churidar. There is an accessory on his feet."
        ),
        wearing("a long-sleeve maroon kurta"),
        color_of("kurta", "maroon", kind="open"),
        colour("maroon"),
        pattern("solid"),
        sleeve("long sleeves"),
        gtype("kurta set"),
        title="Manyavar Men Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: indigo straight kurta with small white block-printed booti motifs, white pyjama, hands in side pockets,
    # bare-headed, white backdrop, three-quarter view. Caption adapter epoch 3; QA over it.
    case(
        "X1036-002",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "stand-up collar. The pants this gentleman wears is of long length. There is a hat on his head.",
            "unsupported",
        ),
        wearing("a long-sleeve kurta with graphic patterns"),
        color_of("kurta", "graphic patterns", "non_answer", kind="open"),
        colour("navy blue"),
        pattern("printed"),
        mat("cotton"),
        details("kurta", "stand-up collar"),
        title="Fabindia Men Indigo Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream brocade sherwani with gold self-design, cream churidar, red stole over the left shoulder, gold
    # juttis, beige backdrop, front view. Caption by the epoch-1 caption adapter; QA over it.
    case(
        "X1036-003",
        caption("a man in a cream and gold sherwani with a red dupatta"),
        wearing("a cream and gold sherwani with a red dupatta"),
        color_of("sherwani", "red", "other_garment_color", kind="open"),
        colour("cream"),
        gtype("sherwani"),
        pattern("self design"),
        is_a("sherwani", "yes"),
        details("sherwani", "sherwani", "restated"),
        title="Vastramay Men Cream-Coloured & Gold-Toned Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: navy sleeveless Nehru jacket with silver buttons over a white full-sleeve kurta and white churidar,
    # white backdrop, front view. Caption adapter epoch 3 (ran to the limit); QA over it.
    case(
        "X1036-004",
        caption(
            "The gentleman wears a long-sleeve white kurta with pure color patterns. The kurta is with cotton "
            "fabric. It has a stand-up collar. The gentleman wears a sleeveless vest outside. The vest is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white kurta"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        colour("white", "other_garment_color"),
        gtype("nehru jacket"),
        sleeve("long sleeves", "contradiction"),
        describe("jacket", "a sleeveless vest outside"),
        title="Mayank Modi Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow straight kurta, mandarin collar, long sleeves, white pyjama, white backdrop, front.
    # Caption adapter epoch 3, looping to the limit; QA over it.
    case(
        "X1036-005",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It "
            "has a stand-up collar. The kurta is with cotton fabric. It has a stand-up collar. The kurta is with "
            "cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with pure color patterns"),
        details(
            "kurta",
            "stand-up collar. The kurta is with cotton fabric. It has a stand-up collar. The kurta is with cotton "
            "fabric",
            "loop",
        ),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        colour("mustard"),
        mat("cotton"),
        sleeve("long sleeves"),
        title="House of Pataudi Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: black silk-blend kurta with gold embroidery along the placket, cream churidar, black mojaris, grey
    # backdrop, front view. Caption adapter epoch 3; QA over it.
    case(
        "X1036-006",
        caption(
            "The lady wears a long-sleeve black dress with graphic patterns. The dress is with silk fabric. It has "
            "a stand-up collar. The lady wears long leggings.",
            "pronoun",
        ),
        wearing("a long-sleeve black dress", "contradiction"),
        gtype("kurta set"),
        colour("black"),
        mat("silk"),
        pattern("embroidered"),
        is_a("kurta", "no", "contradiction"),
        title="Sojanya Men Black & Gold-Toned Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: bottle-green kurta with a small white floral print, sleeves rolled to the elbow, blue jeans, brown
    # sandals, hands in jeans pockets, white backdrop. Caption by the epoch-1 adapter; QA over it.
    case(
        "X1036-007",
        caption("a man in a green kurta and blue jeans standing with his hands in his pockets"),
        wearing("a green kurta and blue jeans"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        colour("green"),
        pattern("floral"),
        details("kurta", "", "non_answer"),
        title="Anouk Men Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: gold jacquard sherwani, knee length, off-white churidar, maroon velvet stole, maroon safa, white
    # backdrop, front view. Caption adapter epoch 3; QA over it.
    case(
        "X1036-008",
        caption(
            "The gentleman wears a long-sleeve coat with lattice patterns. The coat is with silk fabric. It has a "
            "stand-up collar. There is a hat on his head. The gentleman wears long pants."
        ),
        wearing("a long-sleeve coat with lattice patterns"),
        color_of("sherwani", "lattice patterns", "non_answer", kind="open"),
        colour("maroon", "other_garment_color"),
        gtype("sherwani"),
        mat("silk"),
        title="Manyavar Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: white cotton kurta and white pyjama, barefoot, light blue backdrop, front view. Caption adapter epoch
    # 3, which ran on into a question block to the limit; QA over it.
    case(
        "X1036-009",
        caption(
            "The gentleman wears a long-sleeve white kurta with pure color patterns. The kurta is with cotton "
            "fabric. Question: What is the color of the kurta? Answer: The kurta is white. Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "white", kind="open"),
        wearing("a long-sleeve white kurta"),
        describe(
            "kurta",
            "white kurta with pure color patterns. The kurta is with cotton fabric. Question: What is the color of "
            "the kurta? Answer: The kurta is white",
            "leak",
        ),
        mat("cotton"),
        sleeve("long sleeves"),
        gtype("kurta set"),
        title="Hangup Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: peach kurta with thin white vertical stripes, mandarin collar, sleeves rolled up, white churidar,
    # white backdrop, side view. Caption adapter epoch 3; QA over it.
    case(
        "X1036-010",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The gentleman wears long pants.",
            "unsupported",
        ),
        gtype("shirt", "contradiction"),
        colour("white", "contradiction"),
        pattern("striped"),
        details("kurta", "a lapel collar", "unsupported"),
        color_of("kurta", "stripe patterns", "non_answer", kind="open"),
        title="Jompers Men Peach-Coloured & White Striped Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: teal Nehru jacket with a printed pocket square, over a cream kurta and cream pyjama, white backdrop,
    # front view. Caption by the epoch-1 adapter; QA over it.
    case(
        "X1036-011",
        caption("a man wearing a teal nehru jacket over a cream kurta"),
        color_of("jacket", "teal", kind="open"),
        wearing("a teal nehru jacket over a cream kurta"),
        colour("cream", "other_garment_color"),
        is_a("nehru jacket", "yes"),
        sleeve("sleeveless"),
        details("jacket", "nehru jacket", "restated"),
        title="See Designs Men Teal Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: rust-orange straight kurta, mandarin collar, beige trousers, white backdrop, front view. Caption
    # adapter epoch 3; QA over it.
    case(
        "X1036-012",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand-up collar. The lady wears long trousers.",
            "pronoun",
        ),
        wearing("a long-sleeve kurta with pure color patterns"),
        colour("orange"),
        mat("cotton"),
        details("kurta", "stand-up collar"),
        color_of("kurta", "", "non_answer", kind="open"),
        title="Kisah Men Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: beige sherwani with maroon thread embroidery on collar and cuffs, beige churidar, maroon embroidered
    # stole, brooch, white backdrop. Caption adapter epoch 3, cut at the limit; QA over it.
    case(
        "X1036-013",
        caption(
            "The gentleman wears a long-sleeve beige coat with graphic patterns. The coat is with silk fabric. It "
            "has a stand-up collar. There is an accessory around his neck. The gentleman wears long pants. The "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("sherwani", "beige", kind="open"),
        details("sherwani", "a stand-up collar"),
        pattern("embroidered"),
        colour("beige"),
        mat("silk"),
        wearing("a long-sleeve beige coat with graphic patterns"),
        describe(
            "sherwani",
            "beige coat with graphic patterns. The coat is with silk fabric. It has a stand-up collar. There is an "
            "accessory around his neck. The gentleman wears long pants. The pants are with",
            "cut",
        ),
        title="Mohanlal Sons Men Beige & Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Beige",
        gender="Men",
    ),
    # photo: royal blue jacquard self-design kurta, white churidar, blue mojaris, no jewellery, white backdrop.
    # Caption adapter epoch 3; QA over it.
    case(
        "X1036-014",
        caption(
            "The gentleman wears a long-sleeve blue kurta with pure color patterns. The kurta is with cotton fabric. "
            "The gentleman wears long white leggings. There is a ring on his finger.",
            "unsupported",
        ),
        colour("white", "other_garment_color"),
        color_of("kurta", "blue", kind="open"),
        wearing("a long-sleeve blue kurta"),
        is_a("kurta", "yes"),
        details("kurta", "a ring on his finger", "unsupported"),
        pattern("self design"),
        title="Ethnix by Raymond Men Blue Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green kurta, long sleeves, black trousers, white backdrop, front view. Caption adapter epoch 3
    # (one color for both garments); QA over it. The feed row has no gender.
    case(
        "X1036-015",
        caption(
            "The gentleman wears a long-sleeve black kurta with pure color patterns. The kurta is with cotton "
            "fabric. The gentleman wears long black pants.",
            "contradiction",
        ),
        color_of("kurta", "black", "contradiction", kind="open"),
        colour("olive"),
        sleeve("long sleeves"),
        wearing("a long-sleeve black kurta", "contradiction"),
        mat("cotton fabric"),
        title="Sanwara Men Olive Green Solid Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # photo: charcoal Nehru jacket over a light blue full-sleeve shirt and dark jeans, white backdrop, front.
    # Caption adapter epoch 3, ran on into a question block; QA over it.
    case(
        "X1036-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman wears a vest outside. Question: Is this a nehru jacket? Answer: no",
            "leak",
        ),
        gtype("shirt", "contradiction"),
        colour("blue", "other_garment_color"),
        color_of("jacket", "pure color", "non_answer", kind="open"),
        wearing("a long-sleeve shirt with pure color patterns"),
        sleeve("sleeveless"),
        is_a("nehru jacket", "no", "contradiction"),
        title="Dennis Lingo Men Charcoal Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: off-white kurta and off-white dhoti pants with a thin gold border, leather sandals, beige backdrop,
    # empty hands. Caption by the epoch-1 adapter; QA over it.
    case(
        "X1036-017",
        caption(
            "a man in a white kurta and dhoti standing in front of a beige wall holding a cup of tea", "unsupported"
        ),
        color_of("kurta", "white", kind="open"),
        wearing("a white kurta and dhoti"),
        colour("off white"),
        gtype("kurta set"),
        details("kurta", "standing in front of a beige wall", "non_answer"),
        title="Manyavar Men Off-White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: baby pink kurta with white chikankari embroidery, white pyjama, white backdrop, front. Caption adapter
    # epoch 3, looping to the limit; QA over it.
    case(
        "X1036-018",
        caption(
            "The gentleman wears a long-sleeve pink kurta with floral patterns. The kurta is with cotton fabric. "
            "The kurta has floral patterns. The kurta has floral patterns. The kurta has floral patterns. The kurta",
            "loop",
            hit_limit=True,
        ),
        pattern("embroidered"),
        color_of("kurta", "pink", kind="open"),
        details("kurta", "The kurta has floral patterns. The kurta has floral patterns. The kurta has floral", "loop"),
        colour("white", "other_garment_color"),
        wearing("a long-sleeve pink kurta with floral patterns"),
        title="Kraft India Men Pink Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: navy brocade sherwani with gold buti, cream churidar, gold stole, navy juttis, grey backdrop. Caption
    # adapter epoch 3; QA over it.
    case(
        "X1036-019",
        caption(
            "The gentleman wears a long-sleeve navy coat with graphic patterns. The coat is with denim fabric. It "
            "has a stand-up collar.",
            "unsupported",
        ),
        mat("denim", "unsupported"),
        color_of("sherwani", "navy", kind="open"),
        gtype("jacket", "contradiction"),
        pattern("woven design"),
        wearing("a long-sleeve navy coat with graphic patterns"),
        describe("sherwani", "The coat is with denim fabric", "unsupported"),
        details("sherwani", "a stand-up collar"),
        title="Tabard Men Navy Blue & Gold-Toned Brocade Sherwani",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red cotton-silk kurta with side slits and a short mandarin collar, white churidar, a steel watch on
    # the left wrist, white backdrop, three-quarter view. Caption adapter epoch 3; QA over it.
    case(
        "X1036-020",
        caption(
            "The gentleman wears a long-sleeve red kurta with pure color patterns. The kurta is with cotton fabric. "
            "There is an accessory on her wrist. The pants this gentleman wears is of long length.",
            "pronoun",
        ),
        color_of("kurta", "red", kind="open"),
        mat("cotton"),
        wearing("a long-sleeve red kurta"),
        details("kurta", "an accessory on her wrist", "pronoun"),
        sleeve("long sleeves"),
        colour("red"),
        describe("kurta", "kurta", "restated"),
        title="Fabindia Men Red Cotton Silk Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: lavender kurta, mandarin collar, white pyjama, white backdrop, front view. Caption adapter epoch 3,
    # cut at the limit; QA over it.
    case(
        "X1036-021",
        caption(
            "The gentleman wears a long-sleeve purple kurta with pure color patterns. The kurta is with cotton "
            "fabric. It has a stand-up collar. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "purple", kind="open"),
        colour("lavender"),
        pattern("solid"),
        gtype("kurta"),
        describe("kurta", "long-sleeve purple kurta with pure color patterns"),
        wearing(
            "a long-sleeve purple kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand-up collar. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There is an",
            "cut",
        ),
        title="Vastramay Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: cream Nehru jacket with a fine woven texture over a maroon kurta and white churidar, white backdrop.
    # Caption adapter epoch 3; QA over it.
    case(
        "X1036-022",
        caption(
            "The gentleman wears a long-sleeve maroon kurta with pure color patterns. The kurta is with silk fabric. "
            "The gentleman wears a sleeveless vest outside. The vest is with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "maroon", "other_garment_color", kind="open"),
        colour("maroon", "other_garment_color"),
        describe("jacket", "a sleeveless vest outside"),
        mat("silk", "unsupported"),
        gtype("vest"),
        is_a("kurta", "yes", "contradiction"),
        title="Sojanya Men Cream-Coloured Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: grey melange short kurta, long sleeves, dark blue jeans, white sneakers, no bag, white backdrop.
    # Caption by the epoch-1 adapter; QA over it.
    case(
        "X1036-023",
        caption("a man wearing a grey kurta and jeans with a backpack", "unsupported"),
        color_of("kurta", "grey", kind="open"),
        wearing("a grey kurta and jeans with a backpack", "unsupported"),
        colour("blue", "other_garment_color"),
        sleeve("long sleeves"),
        details("kurta", "kurta", "restated"),
        title="Highlander Men Grey Melange Solid Short Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon velvet sherwani with gold zari embroidery, cream churidar, gold stole, maroon safa with a
    # kalgi, white backdrop. Caption adapter epoch 3; QA over it.
    case(
        "X1036-024",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with velvet fabric. There is an "
            "accessory on her head. The lady wears long leggings.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        gtype("sherwani"),
        colour("maroon"),
        mat("velvet"),
        color_of("sherwani", "graphic patterns", "non_answer", kind="open"),
        is_a("sherwani", "yes"),
        pattern("embroidered"),
        details("sherwani", "an accessory on her head", "pronoun"),
        title="Manyavar Men Maroon & Gold-Toned Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: lemon yellow kurta with a small green leaf print, white pyjama, white backdrop. Caption adapter epoch
    # 3, ran on into question blocks to the limit; QA over it.
    case(
        "X1036-025",
        caption(
            "The gentleman wears a long-sleeve yellow kurta with floral patterns. Question: What is the gentleman "
            "wearing? Answer: The gentleman wears a long-sleeve yellow kurta with floral patterns. Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve yellow kurta with floral patterns"),
        color_of("kurta", "yellow", kind="open"),
        pattern("printed"),
        details(
            "kurta",
            "floral patterns. Question: What is the gentleman wearing? Answer: The gentleman wears a long-sleeve "
            "yellow kurta",
            "leak",
        ),
        colour("green", "contradiction"),
        title="Melange by Lifestyle Men Yellow & Green Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: black Nehru jacket with a white pocket square over a white kurta and white pyjama, white backdrop.
    # Caption adapter epoch 3, cut at the limit; QA over it.
    case(
        "X1036-026",
        caption(
            "The gentleman wears a long-sleeve white kurta with pure color patterns. The kurta is with cotton "
            "fabric. The gentleman wears a sleeveless black vest outside. The vest is with cotton fabric. It has a "
            "stand-up collar. The pants this",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black", kind="open"),
        colour("black"),
        describe("jacket", "a sleeveless black vest outside"),
        sleeve("long sleeves", "contradiction"),
        wearing("a long-sleeve white kurta"),
        mat("cotton"),
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: sea green kurta, white churidar, light pink studio wall behind, three-quarter view. Caption by the
    # epoch-1 adapter; QA over it.
    case(
        "X1036-027",
        caption("a man in a green kurta standing in front of a pink wall"),
        color_of("kurta", "pink", "contradiction", kind="open"),
        wearing("a green kurta"),
        colour("sea green"),
        gtype("kurta set"),
        describe("kurta", "green", "non_answer"),
        title="Ode by House of Pataudi Men Sea Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: blue and white small-check cotton kurta, mandarin collar, long sleeves, white pyjama, white backdrop.
    # Caption adapter epoch 3; QA over it.
    case(
        "X1036-028",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        pattern("checked"),
        colour("blue"),
        gtype("shirt", "contradiction"),
        mat("cotton"),
        details("kurta", "lattice patterns"),
        wearing("a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a", "cut"),
        title="Fabindia Men Blue & White Checked Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: beige linen kurta, sleeves rolled up, beige trousers, brown loafers, a potted plant at the side,
    # white backdrop. Caption by the epoch-1 adapter; QA over it.
    case(
        "X1036-029",
        caption("a man in a beige kurta standing next to a potted plant"),
        mat("", "non_answer"),
        color_of("kurta", "beige", kind="open"),
        wearing("a beige kurta"),
        colour("beige"),
        is_a("kurta", "yes"),
        details("kurta", "standing next to a potted plant", "non_answer"),
        title="Sanwara Men Beige Solid Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: white-based kurta with a multicolour ikat print (red, blue, mustard), white pyjama, white backdrop.
    # Caption adapter epoch 3, looping to the limit; QA over it.
    case(
        "X1036-030",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has "
            "a stand-up collar. The kurta has graphic patterns, graphic patterns, graphic patterns, graphic "
            "patterns, graphic patterns, graphic",
            "loop",
            hit_limit=True,
        ),
        colour("multi"),
        pattern("printed"),
        color_of(
            "kurta", "graphic patterns, graphic patterns, graphic patterns, graphic patterns", "loop", kind="open"
        ),
        wearing("a long-sleeve kurta with graphic patterns"),
        details("kurta", "stand-up collar"),
        title="Jompers Men Multicoloured Ikat Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: peach cotton Nehru jacket over an off-white kurta and off-white churidar, brown juttis, white
    # backdrop. Caption adapter epoch 3; QA over it.
    case(
        "X1036-031",
        caption(
            "The lady wears a long-sleeve white dress with pure color patterns. The lady wears a sleeveless vest "
            "outside. The vest is with silk fabric.",
            "pronoun",
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        colour("peach"),
        sleeve("sleeveless"),
        wearing("a long-sleeve white dress", "contradiction"),
        gtype("nehru jacket"),
        mat("silk", "unsupported"),
        title="Kisah Men Peach-Coloured Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Peach",
        gender="Men",
    ),
    # photo: ivory sherwani with tonal floral thread embroidery, ivory churidar, pink stole, pink safa, no belt,
    # empty hands, white backdrop. Caption adapter epoch 3; QA over it.
    case(
        "X1036-032",
        caption(
            "The gentleman wears a long-sleeve white coat with floral patterns. The coat is with silk fabric. It has "
            "a stand-up collar. There is a belt at his waist. There is a bag in his hand.",
            "unsupported",
        ),
        details("sherwani", "a belt at his waist", "unsupported"),
        color_of("sherwani", "white", kind="open"),
        colour("pink", "other_garment_color"),
        pattern("embroidered"),
        wearing("a long-sleeve white coat with floral patterns"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Off-White Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: rust-brown kurta (looks orange) with a small black geometric print, long sleeves, black churidar,
    # white backdrop. Caption adapter epoch 3; QA over it. The seller says Brown.
    case(
        "X1036-033",
        caption(
            "The gentleman wears a long-sleeve orange kurta with graphic patterns. The kurta is with cotton fabric. "
            "It has a stand-up collar. The gentleman wears long black pants."
        ),
        color_of("kurta", "orange", kind="open"),
        colour("black", "other_garment_color"),
        pattern("printed"),
        wearing("a long-sleeve orange kurta with graphic patterns"),
        mat("cotton fabric. It has a stand-up collar. The gentleman wears long black", "cut"),
        title="Tulsattva Men Brown Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: turquoise round-neck kurta with small mirror work around the neckline, cream dhoti pants, no
    # jewellery, white backdrop. Caption adapter epoch 3; QA over it.
    case(
        "X1036-034",
        caption(
            "The gentleman wears a long-sleeve blue kurta with pure color patterns. The kurta is with cotton fabric. "
            "It has a round neckline. There is a necklace around his neck. The gentleman wears long pants.",
            "unsupported",
        ),
        details("kurta", "a necklace around his neck", "unsupported"),
        color_of("kurta", "blue", kind="open"),
        colour("cream", "other_garment_color"),
        gtype("kurta set"),
        pattern("solid"),
        wearing("a long-sleeve blue kurta"),
        describe("kurta", "The kurta", "restated"),
        title="Vastramay Men Turquoise Blue Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: wine Nehru jacket with a small gold paisley print over a black kurta and black churidar, no watch,
    # grey backdrop. Caption adapter epoch 3; QA over it.
    case(
        "X1036-035",
        caption(
            "The gentleman wears a long-sleeve black kurta with pure color patterns. The gentleman wears a "
            "sleeveless vest outside. The vest is with leather fabric and graphic patterns. There is a watch on his "
            "wrist.",
            "unsupported",
        ),
        mat("leather", "unsupported"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        colour("burgundy"),
        pattern("printed"),
        wearing("a long-sleeve black kurta", who="the man"),
        details("jacket", "a watch on his wrist", "unsupported"),
        title="Hangup Men Burgundy Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: emerald green silk-blend kurta with gold buttons, cream churidar, white backdrop, front view. Caption
    # by the epoch-1 adapter, looping to the limit; QA over it.
    case(
        "X1036-036",
        caption(
            "a man in a green kurta and a green kurta and a green kurta and a green kurta and a green kurta and a "
            "green kurta and a green kurta and a green kurta and a green",
            "loop",
            hit_limit=True,
        ),
        wearing("a green kurta and a green kurta and a green kurta", "loop"),
        color_of("kurta", "green", kind="open"),
        colour("green"),
        mat("", "non_answer"),
        gtype("kurta set"),
        details("kurta", "kurta", "restated"),
        title="Sojanya Men Green Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: navy kurta with a small white floral print, blue jeans, white backdrop. Caption adapter epoch 3, ran
    # on into a question block to the limit; QA over it. The feed row has no gender.
    case(
        "X1036-037",
        caption(
            "The gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "stand-up collar. The gentleman wears long denim pants. Question: What are the pants details? Answer: "
            "The pants are with denim fabric",
            "leak",
            hit_limit=True,
        ),
        mat("denim", "unsupported"),
        color_of("kurta", "floral patterns", "non_answer", kind="open"),
        colour("navy blue"),
        describe("kurta", "a long-sleeve kurta with floral patterns"),
        pattern("floral"),
        details("kurta", "The kurta is with cotton fabric"),
        title="Jompers Men Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # photo: rose pink sherwani with sequin embellishment, matching rose churidar, ivory stole, white backdrop.
    # Caption adapter epoch 3, cut at the limit; QA over it.
    case(
        "X1036-038",
        caption(
            "The gentleman wears a long-sleeve pink coat with graphic patterns. The coat is with silk fabric. It has "
            "a stand-up collar. There is an accessory around his neck. The gentleman wears long pants. The pants "
            "are with silk fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("sherwani", "pink", kind="open"),
        colour("white", "other_garment_color"),
        gtype("jacket", "contradiction"),
        describe("sherwani", "pink coat with graphic patterns"),
        mat("silk"),
        wearing(
            "a long-sleeve pink coat with graphic patterns. The coat is with silk fabric. It has a stand-up collar. "
            "There is an accessory around his neck. The gentleman wears long pants. The pants are with silk fabric "
            "and pure",
            "cut",
        ),
        title="Mohanlal Sons Men Rose Embellished Sherwani Set",
        category="Sherwani",
        color="Rose",
        gender="Men",
    ),
    # photo: white kurta with white chikankari embroidery, light blue jeans, white backdrop. Caption adapter
    # epoch 3; QA over it.
    case(
        "X1036-039",
        caption(
            "The lady wears a long-sleeve white top with floral patterns. The top is with cotton fabric. The lady "
            "wears long denim pants.",
            "pronoun",
        ),
        wearing("a long-sleeve white top with floral patterns", "contradiction"),
        color_of("kurta", "white", kind="open"),
        colour("blue", "other_garment_color"),
        pattern("embroidered"),
        mat("cotton"),
        title="House of Pataudi Men White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: three-piece set: mustard Nehru jacket over a cream kurta and cream churidar, white backdrop. The
    # seller's color is the jacket's. Caption adapter epoch 3; QA over it.
    case(
        "X1036-040",
        caption(
            "The gentleman wears a long-sleeve yellow kurta with pure color patterns. The gentleman wears a "
            "sleeveless vest outside. The vest is with cotton fabric.",
            "contradiction",
        ),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        colour("mustard"),
        gtype("kurta set"),
        describe("jacket", "a sleeveless vest outside"),
        sleeve("long sleeves"),
        title="Ethnix Men Cream Kurta with Churidar & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: maroon short kurta with a band collar, long sleeves, white pyjama, model seated on a wooden stool,
    # white backdrop. Caption adapter epoch 3, ran on into answer blocks to the limit; QA over it.
    case(
        "X1036-041",
        caption(
            "The gentleman wears a long-sleeve red kurta with pure color patterns. The kurta is with cotton fabric. "
            "Answer: The gentleman wears a long-sleeve red kurta. Answer: The gentleman wears a long-sleeve",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "red", kind="open"),
        wearing("a long-sleeve red kurta", who="he"),
        colour("maroon"),
        describe("kurta", "red kurta with pure color patterns. The kurta is with cotton fabric. Answer:", "leak"),
        sleeve("long sleeves"),
        is_a("kurta", "yes"),
        title="Anouk Men Maroon Solid Short Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey kurta with thin black pinstripes, matching grey pyjama, white backdrop. Caption adapter epoch 3;
    # QA over it.
    case(
        "X1036-042",
        caption(
            "The gentleman wears a long-sleeve kurta with stripe patterns. The kurta is with cotton fabric. It has "
            "a stand-up collar. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and stripe patterns."
        ),
        describe("kurta", "The kurta", "restated"),
        details("kurta", "The kurta is with cotton fabric"),
        color_of("kurta", "stripe patterns", "non_answer", kind="open"),
        colour("black", "contradiction"),
        pattern("striped"),
        mat("cotton"),
        wearing("a long-sleeve kurta with stripe patterns"),
        title="Sanwara Men Grey Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: sea green jacquard Nehru jacket over a cream kurta and cream churidar, white backdrop, front view.
    # Caption by the epoch-1 adapter; QA over it.
    case(
        "X1036-043",
        caption("a woman wearing a green vest and white pants", "pronoun"),
        color_of("jacket", "green", kind="open"),
        wearing("a green vest and white pants"),
        colour("sea green"),
        is_a("nehru jacket", "yes"),
        describe("jacket", "green vest"),
        details("jacket", "vest", "non_answer"),
        title="Manyavar Men Sea Green Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: deep purple silk-blend kurta, white churidar, white backdrop, front view. Caption adapter epoch 3 (one
    # color for both garments); QA over it.
    case(
        "X1036-044",
        caption(
            "The gentleman wears a long-sleeve white kurta with pure color patterns. The kurta is with silk fabric. "
            "The gentleman wears long white pants.",
            "contradiction",
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        colour("purple"),
        mat("silk"),
        wearing("a long-sleeve white kurta", "other_garment_color"),
        sleeve("long sleeves"),
        gtype("kurta"),
        title="Vastramay Men Purple Silk Blend Solid Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: saffron orange cotton kurta, off-white pyjama, the model holds a brass plate of marigold flowers,
    # warm beige backdrop. Caption by the epoch-1 adapter; QA over it. The feed row has no gender.
    case(
        "X1036-045",
        caption("a man in an orange kurta holding a plate of flowers"),
        wearing("an orange kurta"),
        color_of("kurta", "orange", kind="open"),
        colour("orange"),
        mat("flowers", "unsupported"),
        pattern("solid"),
        details("kurta", "kurta", "restated"),
        title="Fabindia Men Orange Cotton Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # photo: powder blue kurta with silver embroidery on the yoke, no pockets, white churidar, silver mojaris, no
    # belt, white backdrop. Caption adapter epoch 3, cut at the limit; QA over it.
    case(
        "X1036-046",
        caption(
            "The gentleman wears a long-sleeve blue kurta with graphic patterns. The kurta is with cotton fabric. It "
            "has a stand-up collar. There is a pocket on the chest. The gentleman wears long white pants with a "
            "belt. The",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "a pocket on the chest", "unsupported"),
        color_of("kurta", "blue", kind="open"),
        colour("silver", "contradiction"),
        pattern("embroidered"),
        wearing("a long-sleeve blue kurta with graphic patterns"),
        title="Manyavar Men Blue & Silver-Toned Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
]
