"""BLIND_547 (46 products; Myntra men's festive kurtas, jackets, sherwanis): written blind in the fifty-first session.
Measured blind at 1c9a51d (the session's first rules): 102/139 failures found (73.4%) and 6/182 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: a Myntra men's festive and ethnic feed (Kurtas, Kurta Sets, Nehru Jackets, Sherwani, Blazers/Suits for
bandhgalas, a few Shirts and Trousers, two Boys kurta sets). Catalog photos of models in full outfits: kurta over
churidar, pyjama, dhoti or jeans, Nehru jackets over kurtas, safas, garlands, dupattas, watches; mostly white, grey or
pastel studio backdrops, a few props (a wooden door, a potted plant, a marigold backdrop).

Who wrote what: the caption is the caption adapter's (Data2_V2_Blip2_Finetune_Caption, epoch 3): the
DeepFashion-MultiModal template with no hue names ("pure color", "solid color", "floral", "lattice", "graphic",
"striped" patterns; "outer clothing" for jackets and sherwanis; "pants"/"trousers"; fabrics cotton, denim, silk,
chiffon, furry, knitted, leather, other), invented accessories, no end token so it loops or is cut at 50 tokens when
it does not stop on a newline. The open questions (What is the man wearing? Describe the X. What are the X details?
What material is it made of?) are answered by the extractive QA model (mdeberta squad2) over that caption: exact
spans, sometimes empty, sometimes a bare fragment. The per-piece color questions (What is the color of the X?) are the
untuned base model's free answers: short hues, often one hue for every garment, sometimes running on into another
"Question: ... Answer:" or repeating to the 30-token cap. Closed questions (garment type, color, pattern, sleeve
length, "Is this a X?") are enrich's reference engine: one candidate value, never looping or cut.

Labeling conventions and judgement calls:
- Template pattern words are judged loosely against the photo: "solid"/"pure color" for plain and self-design
  tone-on-tone fabric, "floral" for chikankari, paisley and floral embroidery, "lattice" for small woven brocade
  grids, "graphic" for block prints, foil prints and zari embroidery. Only a plainly wrong pattern is a failure.
- "outer clothing" for a Nehru jacket, sherwani or bandhgala and "pants"/"trousers" for churidar, pyjama or dhoti
  are the template's words and correct; calling a kurta a "shirt" or "dress", or the set's kurta a jacket, is a
  contradiction (the seller's category disagrees).
- An open color answer that gives the asked piece the hue of another piece in the photo (pyjama, jacket, jeans, safa,
  dupatta, shirt under a jacket) is other_garment_color; a wrong hue that nothing in the photo has, a print's hue for
  the ground, or a closed color answer that is off is contradiction.
- Base hue groups count as right: "pink" for peach, "white" or "off white" for cream and ivory, "yellow" for mustard,
  "blue" for teal and indigo, "red" for maroon, "grey" for charcoal.
- Invented accessories (ring, hat, glasses, wrist accessory with no watch), invented fabrics against the title or the
  photo (denim, chiffon, furry, leather, cotton for linen, silk for cotton) and invented necklines are unsupported;
  an answer that copies such a claim out of the caption carries the same label as the caption.
- A caption with several faults gets the one that governs it: cut or loop when it ran to 50 tokens, else pronoun,
  else the wrong claim. hit_limit=True only on texts that ran to their own cap (captions 50, color answers 30); a QA
  span that ends mid-phrase because it was copied from the end of a cut caption is cut without hit_limit.
- A leak is labeled leak even when the leaked follow-on answer happens to be right.
- A one-word or fragment answer that says nothing about the asked piece ("kurta", "long", "outer clothing", "other",
  empty) is non_answer; an answer that only hands the question's words back ("The kurta", "The man wears", "the
  color of the dhoti") is restated. A bare "cotton" or "silk" to the material question is a correct answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

material_it = question("material", "What material is it made of?", "open")
kind_of = BLIND_QUESTIONS.garment_type
colour = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length


def worn(text, failure=None, hit_limit=False):
    """What is the man wearing? (the extractive QA model's span of the caption)"""
    return wearing(text, failure, who="the man", hit_limit=hit_limit)


def hue(garment, text, failure=None, hit_limit=False):
    """The base model's free answer to the per-piece color question."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_547 = [
    # photo: maroon art-silk kurta with tone-on-tone self-design jacquard, mandarin collar, white churidar, tan
    # mojaris, white backdrop, front view. Caption adapter: caption; QA: open spans; base: colors; reference: closed.
    case(
        "X547-001",
        caption(
            "The man wears a long-sleeve kurta with solid color patterns and a long pants. The kurta is with silk "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns."
        ),
        worn("a long-sleeve kurta with solid color patterns and a long pants"),
        details("kurta", "it has a stand neckline"),
        material_it("silk"),
        hue("kurta", "maroon"),
        hue("churidar", "maroon", "other_garment_color"),
        pattern("solid"),
        title="Manyavar Men Maroon Self-Design Art Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard yellow cotton kurta with a small white floral print, band collar, white pyjama, no jewellery,
    # beige backdrop. Caption adapter: caption (invents a ring); QA: spans; base: colors; reference: closed.
    case(
        "X547-002",
        caption(
            "The gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a ring on his finger.",
            "unsupported",
        ),
        describe("kurta", "a long-sleeve kurta with floral patterns"),
        details("kurta", "There is a ring on his finger", "unsupported"),
        material_it("cotton"),
        hue("kurta", "mustard yellow"),
        hue("pyjama", "white"),
        sleeves("long"),
        is_a("kurta", "yes"),
        title="Sojanya Men Mustard Printed Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy blue Nehru jacket with a small woven diamond lattice, over a white cotton kurta and white churidar,
    # grey backdrop. Caption adapter: caption; QA: spans; base: colors (the kurta's white for the jacket).
    case(
        "X547-003",
        caption(
            "The man wears a sleeveless outer clothing with lattice patterns over a long-sleeve kurta. The outer "
            "clothing is with other fabric and it has a stand neckline. The kurta is with cotton fabric and pure "
            "color patterns."
        ),
        worn("a sleeveless outer clothing with lattice patterns over a long-sleeve kurta"),
        describe("jacket", "a sleeveless outer clothing with lattice patterns"),
        hue("jacket", "white", "other_garment_color"),
        hue("kurta", "white"),
        kind_of("jacket"),
        colour("navy blue"),
        pattern("solid", "contradiction"),
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream sherwani with gold zari embroidery on the front and cuffs, cream churidar, maroon safa, pearl
    # mala, white backdrop. Caption adapter: caption, cut at 50 tokens; QA: spans; base: colors; reference: closed.
    case(
        "X547-004",
        caption(
            "The man wears a long-sleeve outer clothing with graphic patterns and a long pants. The outer clothing "
            "is with other fabric and it has a stand neckline. The pants are with cotton fabric and pure color "
            "patterns. The person is wearing a hat. There is an accessory on his neck. The man wears a",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve outer clothing with graphic patterns and a long pants"),
        describe("sherwani", "a long-sleeve outer clothing with graphic patterns"),
        hue("sherwani", "off white"),
        hue("churidar", "white"),
        colour("cream"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Cream & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: olive green solid cotton kurta, band collar, beige chinos, white sneakers, grey backdrop, three-quarter
    # view. Caption adapter: caption; QA: spans; base: colors (one leaks the next question); reference: closed.
    case(
        "X547-005",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long trousers. The kurta is with cotton "
            "fabric and it has a stand neckline. The trousers are with cotton fabric and pure color patterns. The "
            "man wears a pair of sneakers."
        ),
        details("kurta", "The kurta is with cotton fabric and it has a stand neckline"),
        material_it("cotton"),
        hue("kurta", "beige", "other_garment_color"),
        hue("trousers", "beige Question: What is the color of the shoes? Answer: white", "leak"),
        kind_of("kurta"),
        sleeves("long"),
        title="Roadster Men Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: white chikankari kurta (white thread floral embroidery), white pyjama, tan mojaris, light blue backdrop.
    # Caption adapter: caption, loops to 50 tokens; QA: spans (one copies the loop); base: colors; reference: closed.
    case(
        "X547-006",
        caption(
            "The man wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. The kurta is "
            "with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        worn("a long-sleeve kurta with floral patterns"),
        details(
            "kurta",
            "The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric",
            "loop",
        ),
        material_it("cotton"),
        hue("kurta", "white"),
        hue("pyjama", "white"),
        pattern("embroidered"),
        kind_of("shirt", "contradiction"),
        title="Sojanya Men White Chikankari Embroidered Cotton Kurta Pyjama",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: rust orange kurta with thin darker vertical stripes, white churidar, steel watch, leaning on a wooden
    # door prop, brown backdrop. Caption adapter: caption (she/her for a man); QA: spans; base: colors.
    case(
        "X547-007",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns and a long pants. The kurta is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "pronoun",
        ),
        worn("a long-sleeve kurta with striped patterns and a long pants"),
        describe("kurta", "a long-sleeve kurta with striped patterns"),
        hue("kurta", "orange"),
        hue("churidar", "orange", "other_garment_color"),
        pattern("striped"),
        title="Anouk Men Rust Orange Striped Kurta with Churidar",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: black Jodhpuri bandhgala jacket with gold buttons and a white pocket square, black trousers, grey
    # backdrop. Caption adapter: caption; QA: spans (finds nothing for "bandhgala"); base: colors; reference: closed.
    case(
        "X547-008",
        caption(
            "The man wears a long-sleeve outer clothing with solid color patterns and a long trousers. The outer "
            "clothing is with other fabric and it has a stand neckline. The trousers are with other fabric and "
            "solid color patterns."
        ),
        worn("a long-sleeve outer clothing with solid color patterns and a long trousers"),
        describe("bandhgala", "", "non_answer"),
        material_it("other", "non_answer"),
        hue("bandhgala", "black"),
        hue("trousers", "black"),
        kind_of("jacket"),
        sleeves("long"),
        title="Raymond Men Black Solid Bandhgala Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: light blue formal cotton shirt, spread collar, charcoal grey trousers, black belt, white backdrop.
    # Caption adapter: caption; QA: spans; base: colors (loops on the shirt); reference: closed (the trousers' grey).
    case(
        "X547-009",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and solid color patterns. "
            "There is a belt."
        ),
        worn("a long-sleeve shirt with pure color patterns and a long trousers"),
        describe("shirt", "The shirt", "restated"),
        details("shirt", "its neckline is lapel"),
        hue("shirt", "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", True),
        hue("trousers", "blue", "other_garment_color"),
        colour("grey", "contradiction"),
        sleeves("long"),
        title="Louis Philippe Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: peach art-silk kurta with a thin self-piped placket, white pyjama, white backdrop. Caption adapter:
    # caption (denim); QA: spans; base: colors (one leaks); reference: closed.
    case(
        "X547-010",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with denim "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        material_it("denim", "unsupported"),
        hue("kurta", "pink"),
        hue("pyjama", "white Question: What is the color of the kurta? Answer: pink", "leak"),
        kind_of("shirt", "contradiction"),
        pattern("solid"),
        title="Vastramay Men Peach-Coloured Solid Art Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: off-white cotton kurta and off-white dhoti with a thin gold border, steel watch, orange backdrop.
    # Caption adapter: caption cut at 50 tokens; QA: spans; base: colors (the backdrop's orange); reference: closed.
    case(
        "X547-011",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        describe("kurta", "kurta", "non_answer"),
        hue("kurta", "white"),
        hue("dhoti", "orange", "contradiction"),
        is_a("dhoti", "yes"),
        title="Sanwara Men Off-White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: emerald green velvet Nehru jacket over a black kurta and black churidar, white backdrop. Caption
    # adapter: caption (furry for velvet); QA: spans; base: colors; reference: closed (kurta for the jacket).
    case(
        "X547-012",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns over a long-sleeve kurta. The outer "
            "clothing is with furry fabric and it has a stand neckline. The kurta is with cotton fabric and pure "
            "color patterns. The man wears a long pants.",
            "unsupported",
        ),
        worn("a sleeveless outer clothing with pure color patterns over a long-sleeve kurta"),
        material_it("furry", "unsupported"),
        hue("jacket", "green"),
        hue("kurta", "green", "other_garment_color"),
        colour("green"),
        sleeves("sleeveless"),
        kind_of("kurta", "contradiction"),
        title="Manyavar Men Green Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: teal kurta with a white geometric print, round neck with a short placket, white pyjama, side pose,
    # white backdrop. Caption adapter: caption; QA: spans; base: colors (loops on the pyjama); reference: closed.
    case(
        "X547-013",
        caption(
            "The man wears a long-sleeve kurta with graphic patterns and a long pants. The kurta is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        details("kurta", "it has a round neckline"),
        material_it("cotton"),
        hue("kurta", "blue"),
        hue(
            "pyjama",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            True,
        ),
        pattern("printed"),
        colour("white", "contradiction"),
        sleeves("long"),
        title="HERE&NOW Men Teal Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: maroon sherwani with gold zari work, matching maroon churidar, gold safa, pearl mala, white backdrop.
    # Caption adapter: caption cut at 50 tokens; QA: spans (empty on material); base: colors (one leaks).
    case(
        "X547-014",
        caption(
            "The man wears a long-sleeve outer clothing with graphic patterns and a long pants. The outer clothing "
            "is with other fabric and it has a stand neckline. The pants are with other fabric and pure color "
            "patterns. The person is wearing a hat. There is an accessory on his neck. The outer clothing",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve outer clothing with graphic patterns and a long pants"),
        describe("sherwani", "a long-sleeve outer clothing with graphic patterns"),
        material_it("", "non_answer"),
        hue("sherwani", "maroon Question: What is the color of the turban? Answer: gold", "leak"),
        hue("churidar", "maroon"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Maroon & Golden Embroidered Sherwani",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige linen kurta, solid, band collar, blue jeans, brown loafers, white backdrop. Caption adapter:
    # caption (cotton for linen); QA: spans; base: colors (the jeans' blue for the kurta); reference: closed.
    case(
        "X547-015",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        describe("kurta", "The kurta", "restated"),
        material_it("cotton", "unsupported"),
        hue("kurta", "blue", "other_garment_color"),
        hue("jeans", "blue"),
        is_a("kurta", "yes"),
        title="Fabindia Men Beige Solid Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: yellow haldi kurta, white pyjama, orange marigold garland around the neck, marigold flower backdrop.
    # Caption adapter: caption; QA: spans; base: colors (loops on the pyjama); reference: closed.
    case(
        "X547-016",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. There is an accessory on his neck. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        details("kurta", "it has a stand neckline"),
        material_it("cotton"),
        hue("kurta", "yellow"),
        hue(
            "pyjama",
            "yellow and white and yellow and white and yellow and white and yellow and white and yellow and white "
            "and yellow and",
            "loop",
            True,
        ),
        colour("yellow"),
        sleeves("short", "contradiction"),
        title="Jompers Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: grey melange cotton kurta, band collar, black churidar, white backdrop. Caption adapter: caption loops
    # to 50 tokens; QA: spans; base: colors (a leak, then the kurta's grey for the churidar); reference: closed.
    case(
        "X547-017",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. The pants "
            "are with cotton fabric and pure color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        material_it("cotton"),
        hue("kurta", "grey Question: What is the color of the pants? Answer: black", "leak"),
        hue("churidar", "grey", "other_garment_color"),
        sleeves("long"),
        title="Highlander Men Grey Melange Solid Cotton Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black cotton-silk kurta, solid, small silver buttons, black churidar, steel watch and a silver ring,
    # dark grey backdrop. Caption adapter: caption cut at 50 tokens; QA: spans; base: colors (she for a man).
    case(
        "X547-018",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. The man wears a ring on his finger. The man",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        describe("kurta", "a long-sleeve kurta with pure color patterns"),
        material_it("cotton"),
        hue("kurta", "she is wearing a black kurta", "pronoun"),
        hue("churidar", "black"),
        title="Manyavar Men Black Solid Cotton Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: orange Nehru jacket with a white and green floral print over a white kurta and white pyjama, no watch
    # or bracelet, white backdrop. Caption adapter: caption (invents a wrist accessory); QA: spans; base: colors.
    case(
        "X547-019",
        caption(
            "The man wears a sleeveless outer clothing with floral patterns and a long-sleeve kurta. The outer "
            "clothing is with cotton fabric and it has a stand neckline. The kurta is with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        worn("a sleeveless outer clothing with floral patterns and a long-sleeve kurta"),
        describe("jacket", "a sleeveless outer clothing with floral patterns"),
        hue("jacket", "white", "other_garment_color"),
        hue("kurta", "white"),
        kind_of("kurta", "contradiction"),
        pattern("floral"),
        title="Hangup Men Orange Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Orange",
        gender="Men",
    ),
    # photo: a boy in a pink cotton kurta and white pyjama, brown sandals, a red thread rakhi on the right wrist,
    # pastel backdrop. Caption adapter: caption cut at 50 tokens; QA: spans; base: colors; reference: closed.
    case(
        "X547-020",
        caption(
            "The boy wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. The boy wears a pair of sandals. "
            "There is an accessory on his wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        details("kurta", "The kurta", "restated"),
        material_it("cotton"),
        hue("kurta", "pink"),
        hue("pyjama", "white"),
        colour("white", "contradiction"),
        title="Jashn Boys Pink Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Boys",
    ),
    # photo: cream cotton kurta with a maroon paisley print, band collar, cream churidar, white backdrop. Caption
    # adapter: caption (chiffon); QA: spans; base: colors (the print's maroon; a leak cut short).
    case(
        "X547-021",
        caption(
            "The man wears a long-sleeve kurta with floral patterns and a long pants. The kurta is with chiffon "
            "fabric and it has a stand neckline.",
            "unsupported",
        ),
        describe("kurta", "a long-sleeve kurta with floral patterns"),
        material_it("chiffon", "unsupported"),
        hue("kurta", "maroon", "contradiction"),
        hue("churidar", "cream. Question: What is the color of the", "leak"),
        pattern("printed"),
        title="Jashn Men Cream-Coloured & Maroon Paisley Printed Cotton Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: bright red solid kurta, white churidar, red and gold dupatta draped on one shoulder, white backdrop.
    # Caption adapter: caption loops to 50 tokens; QA: spans; base: colors; reference: closed.
    case(
        "X547-022",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. There is an accessory on his neck. There is an accessory on his "
            "neck. There is an accessory on his neck. There is an",
            "loop",
            hit_limit=True,
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        hue("kurta", "she is wearing a red kurta", "pronoun"),
        hue("churidar", "red", "other_garment_color"),
        colour("red"),
        is_a("kurta", "yes"),
        pattern("printed", "contradiction"),
        title="Manyavar Men Red Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal grey bandhgala with a mandarin collar and black buttons, matching charcoal trousers, grey
    # backdrop. Caption adapter: caption (a lapel neckline); QA: spans; base: colors; reference: closed.
    case(
        "X547-023",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns and a long trousers. The outer "
            "clothing is with other fabric and its neckline is lapel. The trousers are with other fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        worn("a long-sleeve outer clothing with pure color patterns and a long trousers"),
        details("bandhgala", "its neckline is lapel", "unsupported"),
        material_it("other", "non_answer"),
        hue("bandhgala", "grey"),
        hue("trousers", "grey"),
        kind_of("jacket"),
        sleeves("long"),
        title="Van Heusen Men Charcoal Grey Bandhgala Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: indigo cotton kurta with a white floral block print, white pyjama, steel watch, white backdrop. Caption
    # adapter: caption; QA: spans; base: colors (one runs to the cap); reference: closed.
    case(
        "X547-024",
        caption(
            "The man wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The man wears "
            "a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist."
        ),
        worn("a long-sleeve kurta with graphic patterns"),
        details("kurta", "cotton fabric"),
        material_it("cotton"),
        hue(
            "kurta",
            "the kurta is a dark indigo blue with a white block print of small flowers all over it and the pyjama is "
            "a plain white cotton one with a",
            "cut",
            True,
        ),
        hue("pyjama", "blue", "other_garment_color"),
        colour("navy blue"),
        pattern("solid", "contradiction"),
        title="Fabindia Men Indigo Block Print Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white linen shirt with a mandarin collar, long sleeves rolled once, beige trousers, white backdrop.
    # Caption adapter: caption (cotton for linen); QA: spans; base: colors; reference: closed (short sleeves).
    case(
        "X547-025",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a stand neckline. The trousers are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        details("shirt", "it has a stand neckline"),
        material_it("cotton", "unsupported"),
        hue("shirt", "white"),
        hue("trousers", "white", "other_garment_color"),
        sleeves("short", "contradiction"),
        colour("white"),
        title="Linen Club Men White Mandarin Collar Pure Linen Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender cotton kurta, white churidar and a silver-grey Nehru jacket, three-piece set, white backdrop.
    # Caption adapter: caption cut at 50 tokens (silk for cotton); QA: spans (one copies the cut end); base: colors.
    case(
        "X547-026",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns over a long-sleeve kurta. The outer "
            "clothing is with other fabric and it has a stand neckline. The kurta is with silk fabric and pure color "
            "patterns. The man wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        worn("a sleeveless outer clothing with pure color patterns over a long-sleeve kurta"),
        details("kurta", "The pants are with cotton", "cut"),
        material_it("silk", "unsupported"),
        hue("kurta", "purple"),
        hue("jacket", "grey"),
        hue("churidar", "purple", "other_garment_color"),
        kind_of("kurta"),
        title="Vastramay Men Lavender Cotton Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: black slim formal trousers worn with a white shirt tucked in and a black belt, white backdrop, full
    # length. Caption adapter: caption loops to 50 tokens; QA: spans; base: colors (a leak); reference: closed.
    case(
        "X547-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with cotton fabric and solid color patterns. There is a belt. The man wears a "
            "long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        describe("trousers", "a long trousers"),
        details("trousers", "The trousers are with cotton fabric and solid color patterns"),
        hue("trousers", "white", "other_garment_color"),
        hue("shirt", "white Question: What is the color of the belt? Answer: black", "leak"),
        kind_of("shirt", "contradiction"),
        title="Blackberrys Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: gold-toned brocade Nehru jacket with a small lattice weave over a cream kurta and cream pyjama, white
    # backdrop. Caption adapter: caption (the lady); QA: spans; base: colors; reference: closed (long for sleeveless).
    case(
        "X547-028",
        caption(
            "The lady wears a sleeveless outer clothing with lattice patterns over a long-sleeve kurta. The outer "
            "clothing is with other fabric and it has a stand neckline. The kurta is with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        worn("a sleeveless outer clothing with lattice patterns over a long-sleeve kurta"),
        hue("jacket", "gold"),
        hue("kurta", "gold", "other_garment_color"),
        is_a("jacket", "yes"),
        sleeves("long", "contradiction"),
        title="Manyavar Men Gold-Toned Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
        gender="Men",
    ),
    # photo: sea green (mint) cotton kurta with white buttons, white pyjama, a potted plant beside him, white
    # backdrop. Caption adapter: caption (the lady); QA: spans; base: colors (a leak to the cap); reference: closed.
    case(
        "X547-029",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        describe("kurta", "The kurta is with cotton fabric and it has a stand neckline"),
        material_it("cotton"),
        hue(
            "kurta",
            "green Question: What is the color of the pants? Answer: white Question: What is the color of the shoes? "
            "Answer: brown",
            "leak",
            True,
        ),
        hue("pyjama", "white"),
        colour("white", "contradiction"),
        title="Sojanya Men Sea Green Solid Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: mustard Nehru jacket over a white kurta and blue jeans, white backdrop. Caption adapter: caption loops to
    # 50 tokens; QA: spans; base: colors; reference: closed.
    case(
        "X547-030",
        caption(
            "The man wears a sleeveless outer clothing with pure color patterns over a long-sleeve kurta. The outer "
            "clothing is with cotton fabric and it has a stand neckline. The pants are with denim fabric and solid "
            "color patterns. The pants are with denim fabric and solid color patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "outer clothing", "non_answer"),
        hue("jacket", "yellow"),
        hue("kurta", "yellow", "other_garment_color"),
        hue("jeans", "blue"),
        colour("mustard"),
        pattern("solid"),
        title="Hangup Men Mustard Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: maroon short-sleeve festive shirt with a small white motif print, camp collar, black trousers, no
    # glasses, white backdrop. Caption adapter: caption (invents glasses); QA: spans; base: colors; reference: closed.
    case(
        "X547-031",
        caption(
            "The man wears a short-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. The "
            "person wears glasses.",
            "unsupported",
        ),
        worn("a short-sleeve shirt with graphic patterns and a long trousers"),
        describe("shirt", "a short-sleeve shirt with graphic patterns"),
        hue("shirt", "black", "other_garment_color"),
        hue("trousers", "black"),
        sleeves("long", "contradiction"),
        pattern("printed"),
        title="Mufti Men Maroon Printed Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: golden yellow silk kurta, cream cotton dhoti, bare head, white backdrop. Caption adapter: caption (a hat
    # that is not there); QA: spans ("long" for the description); base: colors; reference: closed.
    case(
        "X547-032",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with silk "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. The "
            "person is wearing a hat.",
            "unsupported",
        ),
        describe("kurta", "long", "non_answer"),
        material_it("silk"),
        hue("kurta", "yellow"),
        hue("dhoti", "yellow", "other_garment_color"),
        kind_of("kurta"),
        title="Mag Men Yellow Solid Silk Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: ivory sherwani with pastel pink and green floral embroidery, ivory churidar, pink safa, white backdrop.
    # Caption adapter: caption; QA: spans; base: colors (the safa's pink; one runs to the cap); reference: closed.
    case(
        "X547-033",
        caption(
            "The man wears a long-sleeve outer clothing with floral patterns and a long pants. The outer clothing is "
            "with other fabric and it has a stand neckline. The person is wearing a hat. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        worn("a long-sleeve outer clothing with floral patterns and a long pants"),
        details("sherwani", "it has a stand neckline"),
        hue("sherwani", "pink", "other_garment_color"),
        hue(
            "churidar",
            "off white, the same as the sherwani, which is a light ivory color with pastel pink and green flowers "
            "embroidered on the front and",
            "cut",
            True,
        ),
        kind_of("dress", "contradiction"),
        title="Manyavar Men Off-White Floral Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: navy blue long-sleeve cotton kurta, white pyjama, steel watch, grey backdrop. Caption adapter: caption
    # (short sleeves); QA: spans (one is only "The man wears"); base: colors; reference: closed.
    case(
        "X547-034",
        caption(
            "The man wears a short-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "contradiction",
        ),
        worn("The man wears", "restated"),
        describe("kurta", "a short-sleeve kurta with pure color patterns and a long pants", "contradiction"),
        hue("kurta", "blue"),
        hue("pyjama", "blue", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        title="Anouk Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos worn with a white shirt tucked in and a brown belt, white backdrop. Caption adapter:
    # caption (the woman); QA: spans; base: colors (one runs to the cap); reference: closed (the shirt's white).
    case(
        "X547-035",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a belt.",
            "pronoun",
        ),
        describe("trousers", "a long trousers"),
        details("trousers", "The trousers are with cotton fabric and pure color patterns"),
        material_it("cotton"),
        hue("trousers", "beige"),
        hue(
            "shirt",
            "a plain white cotton shirt with long sleeves and a pointed collar, tucked into the khaki trousers with a "
            "brown leather belt and a",
            "cut",
            True,
        ),
        colour("white", "contradiction"),
        title="Peter England Men Khaki Slim Fit Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: royal blue art-silk kurta with gold buttons, cream churidar, steel watch, left three-quarter view, white
    # backdrop. Caption adapter: caption (her wrist); QA: spans; base: colors (her kurta); reference: closed.
    case(
        "X547-036",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with "
            "silk fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "pronoun",
        ),
        describe("kurta", "a long-sleeve kurta with pure color patterns"),
        material_it("silk"),
        hue("kurta", "her kurta is blue", "pronoun"),
        hue("churidar", "blue", "other_garment_color"),
        sleeves("long"),
        title="Manyavar Men Blue Solid Art Silk Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: coffee brown cotton kurta with a band collar, black jeans, white sneakers, white backdrop. Caption
    # adapter: caption (a V-shape neckline); QA: spans; base: colors; reference: closed (the jeans' black).
    case(
        "X547-037",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a V-shape neckline. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        details("kurta", "it has a V-shape neckline", "unsupported"),
        hue("kurta", "brown"),
        hue("jeans", "brown", "other_garment_color"),
        kind_of("kurta"),
        colour("black", "contradiction"),
        title="Roadster Men Coffee Brown Solid Cotton Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: navy bandhgala with a small white floral print, navy trousers, steel watch, no ring, white backdrop.
    # Caption adapter: caption cut at 50 tokens; QA: spans; base: colors (loops on the trousers); reference: closed.
    case(
        "X547-038",
        caption(
            "The man wears a long-sleeve outer clothing with floral patterns and a long trousers. The outer clothing "
            "is with cotton fabric and it has a stand neckline. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. There is a ring on his",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve outer clothing with floral patterns and a long trousers"),
        describe("bandhgala", "a long-sleeve outer clothing with floral patterns"),
        hue("bandhgala", "navy blue"),
        hue(
            "trousers",
            "navy blue and navy blue and navy blue and navy blue and navy blue and navy blue and navy blue and navy",
            "loop",
            True,
        ),
        pattern("solid", "contradiction"),
        title="Manyavar Men Navy Blue Printed Bandhgala Jacket",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pastel pink cotton kurta with white thread floral embroidery on the yoke, white pyjama, bare head, white
    # backdrop. Caption adapter: caption (a hat); QA: spans (copies the hat); base: colors; reference: closed.
    case(
        "X547-039",
        caption(
            "The man wears a long-sleeve kurta with floral patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. The "
            "person is wearing a hat.",
            "unsupported",
        ),
        worn("a long-sleeve kurta with floral patterns and a long pants"),
        details("kurta", "The person is wearing a hat", "unsupported"),
        material_it("cotton"),
        hue("kurta", "purple", "contradiction"),
        hue("pyjama", "white"),
        pattern("embroidered"),
        title="Sojanya Men Pink Embroidered Cotton Kurta Pyjama",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: black matte cotton-silk Nehru jacket over a maroon kurta and white pyjama, white backdrop. Caption
    # adapter: caption (leather); QA: spans; base: colors (an "Answer:" echo, the kurta's maroon, a loop).
    case(
        "X547-040",
        caption(
            "This man wears a sleeveless outer clothing with pure color patterns over a long-sleeve kurta. The outer "
            "clothing is with leather fabric and it has a stand neckline. The kurta is with cotton fabric and pure "
            "color patterns. The man wears a long pants.",
            "unsupported",
        ),
        worn("This man wears", "restated"),
        describe("jacket", "a sleeveless outer clothing with pure color patterns"),
        material_it("leather", "unsupported"),
        hue("jacket", "maroon", "other_garment_color"),
        hue("kurta", "Answer: maroon", "leak"),
        hue(
            "pyjama",
            "white and black and white and black and white and black and white and black and white and black and "
            "white and",
            "loop",
            True,
        ),
        colour("black"),
        title="Manyavar Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: white solid cotton kurta, white churidar, red bandhani dupatta round the neck, white backdrop. Caption
    # adapter: caption; QA: spans (empty for wearing); base: colors (the dupatta's red); reference: closed.
    case(
        "X547-041",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric and it has a stand neckline. There is an accessory on his neck. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        worn("", "non_answer"),
        material_it("cotton"),
        hue("kurta", "red", "other_garment_color"),
        hue("churidar", "the color of the churidar", "restated"),
        pattern("solid"),
        kind_of("shirt", "contradiction"),
        title="Sanwara Men White Solid Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: black straight kurta with a band collar and concealed placket, black pyjama, grey backdrop. Caption
    # adapter: caption (calls the kurta a shirt); QA: spans (empty for the kurta); base: colors; reference: closed.
    case(
        "X547-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        worn("a long-sleeve shirt with pure color patterns and a long pants", "contradiction"),
        describe("kurta", "", "non_answer"),
        material_it("cotton"),
        hue("kurta", "black"),
        hue("pyjama", "black"),
        kind_of("kurta"),
        title="Manyavar Men Black Solid Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green sherwani with gold buttons, cream churidar, white backdrop; the feed row has no color.
    # Caption adapter: caption loops to 50 tokens; QA: spans; base: colors (a leak that repeats); reference: closed.
    case(
        "X547-043",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns and a long pants. The outer "
            "clothing is with other fabric and it has a stand neckline. The pants are with other fabric and pure "
            "color patterns. The man wears a long-sleeve outer clothing with pure color patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        describe("sherwani", "a long-sleeve outer clothing with pure color patterns"),
        hue(
            "sherwani",
            "green Question: What is the color of the sherwani? Answer: green Question: What is the color of the "
            "sherwani? Answer: green",
            "leak",
            True,
        ),
        hue("churidar", "green", "other_garment_color"),
        is_a("sherwani", "yes"),
        sleeves("long"),
        title="Manyavar Men Green Solid Sherwani with Churidar",
        category="Sherwani",
        gender="Men",
    ),
    # photo: a boy in a cream kurta and cream pyjama under a navy Nehru jacket, no ring, white backdrop. Caption
    # adapter: caption (invents a ring); QA: spans; base: colors (the jacket's navy for the kurta); reference: closed.
    case(
        "X547-044",
        caption(
            "The boy wears a sleeveless outer clothing with pure color patterns over a long-sleeve kurta. The outer "
            "clothing is with cotton fabric and it has a stand neckline. The kurta is with cotton fabric and pure "
            "color patterns. There is a ring on his finger.",
            "unsupported",
        ),
        worn("a sleeveless outer clothing with pure color patterns over a long-sleeve kurta"),
        details("kurta", "The kurta is with cotton fabric and pure color patterns"),
        hue("kurta", "navy blue", "other_garment_color"),
        hue("jacket", "jacket", "non_answer"),
        colour("cream"),
        title="Jashn Boys Cream Kurta Pyjama with Navy Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: black silk festive shirt with a small gold foil print, long sleeves, black trousers, white backdrop.
    # Caption adapter: caption; QA: spans; base: colors; reference: closed (short for long sleeves).
    case(
        "X547-045",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with silk "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        worn("a long-sleeve shirt with graphic patterns and a long trousers"),
        describe("shirt", "The shirt is with silk fabric and its neckline is lapel"),
        material_it("silk"),
        hue("shirt", "black and gold"),
        hue("trousers", "black"),
        pattern("printed"),
        sleeves("short", "contradiction"),
        title="Manyavar Men Black Printed Silk Festive Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: cream silk kurta and cream dhoti with a maroon and gold border, rudraksha mala, steel kada, white
    # backdrop; the feed row has no category. Caption adapter: caption cut at 50 tokens; QA: spans; base: colors.
    case(
        "X547-046",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with silk "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. There is an accessory on his neck. The",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve kurta with pure color patterns and a long pants"),
        material_it("silk"),
        hue("kurta", "yellow", "contradiction"),
        hue("dhoti", "the color of the dhoti", "restated"),
        kind_of("kurta"),
        title="Sanwara Men Cream Silk Kurta with Dhoti",
        color="Cream",
        gender="Men",
    ),
]
