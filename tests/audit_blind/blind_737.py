"""BLIND_737 (46 products; Men's kurtas, sherwanis: captions + extractive QA): written blind in the fifty-fifth session.
Measured blind at eb48159 (the session's second rules): 109/131 failures found (83.2%) and 18/189 correct texts flagged
(9.5%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra-like men's ethnic-wear feed (article types Kurtas, Kurta Sets, Nehru
Jackets, Sherwani). Studio catalog photos, one model per photo on a white, off-white, grey or beige backdrop, front or
three-quarter view, the labelled garment worn with other clothes: churidar, pyjama, dhoti pants or jeans under a
kurta, a kurta under a Nehru jacket or sherwani, stoles, safas (turbans), mojaris, a pearl mala now and then.

Who wrote what: the job ran the third experiment's pipeline, a caption first and then questions answered from it.
- Captions: one shard (13 products) was captioned by the epoch-3 caption adapter
  (leoreigoto/Data2_V2_Blip2_Finetune_Caption), the rest by the untuned base BLIP-2 OPT-2.7b. The adapter writes the
  DeepFashion template ("The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton
  fabric...") with no hue names, calls a kurta a shirt or a dress about half the time and a sherwani "outer clothing",
  and, trained without an end token, always runs to the 50-token limit: it either loops on one template sentence
  or is cut mid-sentence. Base captions are short ("a man in a white kurta and white pants"), name hues, sometimes
  say "a woman" for a man in a pastel or long kurta, and sometimes name the backdrop.
- "What is he wearing?", "Describe the <garment>." and some "What is the color of the <garment>?" (open): extractive
  QA (timpal0l/mdeberta-v3-base-squad2) over the caption, null answers disabled, so every answer is a span of the
  caption: a wrong span (the pyjama's color, the wall's color, the pattern word "pure color"), a bare one-word span,
  or the caption's own errors copied.
- "What are the <garment> details?" and the material question (open): base BLIP-2 free generation with the
  `Question: ... Answer:` prompt, 30 new tokens: usually short and stopping on the newline, but it invents trims
  (pockets, brooches, zari borders), guesses silk for anything shiny, sometimes goes on into a new `Question:` or
  echoes `Answer:`, and now and then loops or runs to the limit on a list of trims.
- Closed questions (garment type, color, pattern, sleeve length, "Is this a <garment>?"): enrich's reference engine,
  one candidate value each, never looping or cut; its errors are the wrong candidate (the pyjama's or the stole's
  color, a print's color, "solid" for chikankari, the kurta's sleeves for a sleeveless jacket).

Labeling conventions and judgement calls:
- One label per text. A text that ran to its limit is "loop" when it repeats and "cut" otherwise, even when it is
  also wrong in content (the adapter captions that say "dress" or "The lady" are labelled cut or loop); its spans
  copied by the QA model are labelled for their own content.
- Calling a kurta a "shirt" or a "dress" contradicts the seller's category (contradiction), also when the kurta is the
  one worn under the labelled jacket. "vest" or "jacket" for a Nehru jacket and "outer clothing" for a sherwani are
  accepted. "no" to "Is this a <the seller's garment>?" is contradiction.
- Closed pattern or sleeve values the photo contradicts ("solid" for chikankari or jacquard, "striped" for woven
  motifs or a slub texture, "printed" for self design, short or three-quarter sleeves for a full-sleeve kurta, the
  kurta's long sleeves for a sleeveless jacket) are contradiction.
- A color that belongs to another worn garment or accessory (pyjama, churidar, the kurta under a jacket, a stole, a
  safa) is other_garment_color. A color of the product's own print, embroidery or stripes given as the product's
  color, and a color of the wall, are contradiction. Maroon given as red, peach as pink, teal as blue, cream as white,
  lavender as purple and gray/grey spellings are accepted. For a Multi product, one of the print's main colors is
  accepted as its closed color.
- A pattern word given for a color question ("pure color", "floral") is non_answer: it names no hue. A one-word answer
  to a describe or details question that names no detail ("red", "black", "dhoti") is non_answer; a span about
  another garment that says nothing of the product is non_answer too.
- An answer that gives the question's words back with no content ("the details of the jacket", "the jacket is a
  nehru jacket", "the material of the garment", "it is made of material", a bare "kurta" span for "Describe the
  kurta.") is restated.
- Material: correct when the title states it or the photo plainly shows it (velvet pile, jacquard weave, slub
  handloom); a material the title or photo contradicts, or one guessed with nothing to support it, is unsupported.
  Trims, pockets, brooches, borders or embroidery the photo does not show are unsupported.
- "The lady", "a woman", "her", "she" for a Men product is pronoun, in captions and answers alike.
- A leak is any text that carries the prompt format on ("Question: ...", "Answer: ..."), whatever else it says.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he(text, failure=None, hit_limit=False):
    """ "What is he wearing?": the questionnaire asks with the catalog gender's pronoun."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_737 = [
    # photo: white full-sleeve cotton kurta with mandarin collar and half button placket, white churidar, brown
    # kolhapuri sandals, light grey backdrop, front view. Caption base BLIP-2; wearing and color extractive QA;
    # details and material base BLIP-2; pattern and sleeves reference engine.
    case(
        "X737-001",
        caption("a man in a white kurta and white churidar standing against a grey wall"),
        he("a white kurta and white churidar"),
        color_of("kurta", "white", kind="open"),
        details("kurta", "it has a mandarin collar and a button placket"),
        Q.material("cotton"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        title="Fabindia Men White Solid Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon tone-on-tone woven paisley kurta, full sleeves, no metallic thread, cream churidar, tan mojaris,
    # white backdrop, front view. Caption base BLIP-2; wearing and open color extractive QA; details base BLIP-2;
    # closed color, pattern, is_a reference engine.
    case(
        "X737-002",
        caption("a man wearing a maroon kurta with cream pants"),
        he("a maroon kurta with cream pants"),
        color_of("kurta", "cream", "other_garment_color", kind="open"),
        details("kurta", "gold embroidery on the collar and cuffs", "unsupported"),
        Q.color("maroon"),
        Q.pattern("self design"),
        is_a("kurta", "yes"),
        title="Manyavar Men Maroon Self Design Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue kurta with small white floral buti print, white pyjamas, model with hands in the side pockets,
    # white backdrop. Caption epoch-3 caption adapter (50 tokens, cut); wearing and open color extractive QA over it;
    # details and material base BLIP-2; color, pattern, sleeves reference engine.
    case(
        "X737-003",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with floral patterns", "contradiction"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        details("kurta", "white floral print on a navy background"),
        Q.material("cotton"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        title="Anouk Men Navy Blue Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black sleeveless Nehru jacket (stand collar, five covered buttons, two welt pockets, one chest welt)
    # over a white full-sleeve kurta and white churidar, white backdrop. Caption base BLIP-2; wearing and describe
    # extractive QA; details base BLIP-2; color, type, sleeves reference engine.
    case(
        "X737-004",
        caption("a man wearing a black vest over a white kurta"),
        he("a black vest over a white kurta"),
        describe("jacket", "a black vest"),
        color_of("jacket", "white", "other_garment_color"),
        details("jacket", "mandarin collar, five buttons and two pockets at the waist"),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("sleeveless"),
        Q.material("linen", "unsupported"),
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: knee-length cream brocade sherwani with gold-thread self design, cream churidar, maroon stole over the
    # left shoulder, gold mojaris, white backdrop. Caption base BLIP-2; wearing extractive QA; details and material
    # base BLIP-2; color, pattern, is_a reference engine.
    case(
        "X737-005",
        caption("a man in a cream sherwani with a red scarf"),
        he("a cream sherwani with a red scarf"),
        color_of("sherwani", "red", "other_garment_color"),
        details("sherwani", "gold embroidery on the front and the collar"),
        Q.material("velvet", "unsupported"),
        Q.pattern("self design"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Cream-Coloured Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard yellow full-sleeve cotton kurta with side slits and mandarin collar, white pyjama, off-white
    # backdrop, three-quarter view. Caption epoch-3 caption adapter (loops to 50 tokens); wearing, describe and open
    # color extractive QA over it; details base BLIP-2; color and sleeves reference engine.
    case(
        "X737-006",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The "
            "kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta "
            "is with",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve kurta with pure color patterns"),
        describe("kurta", "The kurta is with cotton fabric"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        details(
            "kurta",
            "a mandarin collar, side slits, a button placket with six buttons, buttoned cuffs, a curved hem and two "
            "side pockets with a",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        title="See Designs Men Mustard Yellow Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: peach kurta with tonal thread embroidery on the yoke, white pyjamas, bearded male model, white backdrop.
    # Caption base BLIP-2 (says "a woman"); wearing extractive QA; details base BLIP-2; color, pattern, sleeves
    # reference engine.
    case(
        "X737-007",
        caption("a woman in a peach kurta and white pants", "pronoun"),
        he("a peach kurta and white pants"),
        color_of("kurta", "peach"),
        details("kurta", "her kurta has embroidery on the neck", "pronoun"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton Question: What is the pattern of the kurta? Answer: embroidered", "leak"),
        title="Vastramay Men Peach-Coloured & White Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: bottle-green matte cotton kurta with small gold foil buti print, no pocket, white churidar, white
    # backdrop. Caption base BLIP-2; wearing and describe extractive QA; details and material base BLIP-2; color and
    # pattern reference engine.
    case(
        "X737-008",
        caption("a man wearing a green kurta with gold print"),
        he("a green kurta with gold print"),
        describe("kurta", "green kurta with gold print"),
        details("kurta", "the kurta has a mandarin collar, gold buttons and a pocket on the chest", "unsupported"),
        Q.color("gold", "contradiction"),
        Q.pattern("printed"),
        Q.material("silk", "unsupported"),
        title="House of Pataudi Men Green Foil Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: beige jacquard Nehru jacket over a navy blue full-sleeve kurta, white churidar, white backdrop. Caption
    # epoch-3 caption adapter (cut at 50 tokens); wearing and open color extractive QA over it; details base BLIP-2;
    # closed color and type reference engine.
    case(
        "X737-009",
        caption(
            "This man wears a sleeveless vest with lattice patterns. The vest is with cotton fabric. It has a stand "
            "neckline. This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The pants this man wears is of long",
            "cut",
            hit_limit=True,
        ),
        he("a sleeveless vest with lattice patterns"),
        color_of("jacket", "pure color", "non_answer", kind="open"),
        Q.color("navy blue", "other_garment_color"),
        details("jacket", "it has a mandarin collar and buttons down the front"),
        Q.garment_type("nehru jacket"),
        is_a("nehru jacket", "no", "contradiction"),
        title="Manyavar Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon velvet sherwani with gold zardozi embroidery on collar, placket and cuffs, cream churidar, gold
    # mojaris, beige backdrop. Caption base BLIP-2; wearing and describe extractive QA; details and material base
    # BLIP-2; color and sleeves reference engine.
    case(
        "X737-010",
        caption("a man in a red and gold sherwani"),
        he("a red and gold sherwani"),
        describe("sherwani", "red and gold"),
        color_of("sherwani", "maroon"),
        details("sherwani", "gold embroidery on the collar, cuffs and the buttons"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        title="Sojanya Men Maroon & Gold-Toned Embroidered Velvet Sherwani",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: indigo cotton kurta with small white hand-block motifs, band collar, half placket, blue jeans, white
    # backdrop. Caption base BLIP-2 (calls it a shirt); wearing and open color extractive QA; details and material
    # base BLIP-2; pattern and is_a reference engine.
    case(
        "X737-011",
        caption("a man in a blue shirt and jeans", "contradiction"),
        he("a blue shirt and jeans", "contradiction"),
        color_of("kurta", "blue", kind="open"),
        details("kurta", "white print all over the kurta"),
        Q.pattern("printed"),
        Q.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Men Indigo Block Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white chikankari kurta (white thread embroidery all over the front), white pyjama, white backdrop, light
    # grey floor. Caption base BLIP-2; wearing and describe extractive QA; details and material base BLIP-2; pattern
    # and color reference engine. The feed row has no color.
    case(
        "X737-012",
        caption("a man in a white kurta pajama"),
        he("a white kurta pajama"),
        describe("kurta", "white kurta pajama"),
        details(
            "kurta",
            "chikan embroidery, chikan embroidery, chikan embroidery, chikan embroidery, chikan embroidery, chikan "
            "embroidery, chikan",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("solid", "contradiction"),
        Q.color("white"),
        title="Jompers Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: black straight kurta with black covered buttons, black churidar, grey backdrop. Caption epoch-3 caption
    # adapter (loops, calls it a dress); wearing and open color extractive QA over it; details base BLIP-2; color and
    # type reference engine.
    case(
        "X737-013",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a stand neckline. The dress is with cotton fabric. It has a stand neckline. The dress is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve dress with pure color patterns", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.color("black"),
        details("kurta", "black buttons on the placket"),
        Q.garment_type("dress", "contradiction"),
        Q.material("polyester", "unsupported"),
        title="Sojanya Men Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue Nehru jacket over a light blue full-sleeve shirt, beige trousers (indo-western), no pocket
    # square, white backdrop. Caption base BLIP-2; wearing and open color extractive QA; details base BLIP-2; closed
    # color, type, sleeves reference engine.
    case(
        "X737-014",
        caption("a man wearing a navy blue vest and a light blue shirt"),
        he("a navy blue vest and a light blue shirt"),
        color_of("jacket", "light blue", "other_garment_color", kind="open"),
        details("jacket", "it has a pocket square in the chest pocket", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("vest"),
        Q.color("navy blue"),
        Q.material("Question: What material is the jacket made of? Answer: cotton", "leak"),
        title="Ethnix by Raymond Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light pink solid kurta, white pyjama, male model, no dupatta, white backdrop. Caption base BLIP-2 (says
    # "a woman"); wearing extractive QA; details base BLIP-2; color, pattern, sleeves reference engine.
    case(
        "X737-015",
        caption("a woman wearing a pink kurta and white pants", "pronoun"),
        he("a pink kurta and white pants"),
        color_of("kurta", "pink"),
        describe("kurta", "a woman wearing a pink kurta", "pronoun"),
        details("kurta", "she is wearing a pink kurta with a white dupatta", "pronoun"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("the material of the garment", "restated"),
        title="Manu Men Pink Solid Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: champagne gold sherwani with sequin embroidery, off-white churidar, red-and-gold safa, pearl mala, white
    # backdrop. Caption base BLIP-2; wearing and describe extractive QA; details and material base BLIP-2 (material
    # loops to 30 tokens); color reference engine.
    case(
        "X737-016",
        caption("a man in a gold sherwani with a red turban"),
        he("a gold sherwani with a red turban"),
        describe("sherwani", "a gold sherwani with a red turban"),
        color_of("sherwani", "red", "other_garment_color"),
        details("sherwani", "a pearl necklace and gold embroidery"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: teal silk-blend kurta with small woven motifs and gold buttons, white churidar, white backdrop,
    # three-quarter view. Caption epoch-3 caption adapter (cut); wearing extractive QA over it; details and material
    # base BLIP-2; color and pattern reference engine.
    case(
        "X737-017",
        caption(
            "The gentleman wears a long-sleeve kurta with lattice patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve kurta with lattice patterns"),
        Q.material("silk"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        details("kurta", "the kurta has a mandarin collar and gold buttons"),
        title="KISAH Men Teal Blue Woven Design Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: off-white kurta with red block-printed motifs and red piping on the collar, white pyjama, white backdrop.
    # Caption base BLIP-2; wearing and open color extractive QA; details and material base BLIP-2; closed color and
    # pattern reference engine.
    case(
        "X737-018",
        caption("a man in a white and red kurta"),
        he("a white and red kurta"),
        color_of("kurta", "white and red", kind="open"),
        Q.color("red", "contradiction"),
        details("kurta", "red print on the front and red piping on the collar"),
        Q.material("linen", "unsupported"),
        Q.pattern("printed"),
        title="Anouk Men Off-White & Red Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: maroon velvet sleeveless Nehru jacket, no brooch, over a black full-sleeve kurta and black pants, white
    # backdrop. Caption base BLIP-2; wearing and open color extractive QA; details and material base BLIP-2;
    # sleeves and type reference engine.
    case(
        "X737-019",
        caption("a man in a black kurta and a red vest"),
        he("a black kurta and a red vest"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.material("velvet"),
        details("jacket", "a brooch on the left side of the chest", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("jacket"),
        title="Hangup Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: lavender solid kurta with mandarin collar and three-button placket, white pyjama, white backdrop. Caption
    # epoch-3 caption adapter (cut; "The lady", "dress"); wearing and describe extractive QA over it; details base
    # BLIP-2; color and sleeves reference engine.
    case(
        "X737-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve dress with pure color patterns", "contradiction"),
        describe("kurta", "The lady wears a long-sleeve dress", "pronoun"),
        Q.color("purple"),
        details("kurta", "a mandarin collar with three buttons"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "unsupported"),
        title="Svanik Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: cream silk-blend kurta with visible sheen and a five-button placket, cream pyjama, brown mojaris, pale
    # beige backdrop. Caption base BLIP-2 (names the wall); wearing and open color extractive QA; details and
    # material base BLIP-2; closed color and sleeves reference engine.
    case(
        "X737-021",
        caption("a man in a white kurta and white pants standing in front of a beige wall"),
        he("a white kurta and white pants"),
        color_of("kurta", "beige", "contradiction", kind="open"),
        Q.color("cream"),
        details(
            "kurta",
            "a button placket with five buttons, a mandarin collar, long sleeves with cuffs, side slits, a curved hem "
            "and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Manyavar Men Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: navy blue sherwani with silver embroidery on collar and placket, silver-grey churidar, silver stole,
    # white backdrop. Caption base BLIP-2; wearing and open color extractive QA; details base BLIP-2 (runs on into
    # a new question); pattern and closed color reference engine.
    case(
        "X737-022",
        caption("a man in a navy blue sherwani with silver embroidery"),
        he("a navy blue sherwani with silver embroidery"),
        color_of("sherwani", "navy blue", kind="open"),
        details(
            "sherwani",
            "silver embroidery on the collar and buttons Question: What is the color of the sherwani? Answer: "
            "navy blue",
            "leak",
        ),
        Q.pattern("embroidered"),
        Q.material(
            "the sherwani is made of silk and the embroidery is done with silver thread and the buttons are made of "
            "metal and the churidar is",
            "cut",
            hit_limit=True,
        ),
        describe("sherwani", "sherwani", "restated"),
        Q.color("grey", "other_garment_color"),
        title="Vastramay Men Navy Blue & Silver Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange solid kurta with wooden buttons on placket and cuffs, blue jeans, white backdrop. Caption
    # base BLIP-2; wearing and describe extractive QA; details base BLIP-2 (loops to 30 tokens); color and pattern
    # reference engine.
    case(
        "X737-023",
        caption("a man in an orange kurta and blue jeans"),
        he("an orange kurta and blue jeans"),
        color_of("kurta", "blue", "other_garment_color"),
        describe("kurta", "an orange kurta and blue jeans"),
        details(
            "kurta",
            "buttons on the front, buttons on the sleeves, buttons on the front, buttons on the sleeves, buttons on "
            "the front, buttons on the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("it is made of material", "restated"),
        title="Tabard Men Rust Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: grey kurta with thin white pinstripes, mandarin collar, half placket, full sleeves, white pyjama, white
    # backdrop. Caption base BLIP-2; wearing and open color extractive QA; details and material base BLIP-2;
    # pattern and sleeves reference engine.
    case(
        "X737-024",
        caption("a man wearing a grey striped kurta and white pants"),
        he("a grey striped kurta and white pants"),
        color_of("kurta", "grey", kind="open"),
        Q.pattern("striped"),
        details("kurta", "thin white stripes, a mandarin collar and a half placket"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Fabindia Men Grey Striped Cotton Kurta",
        category="Kurtas",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard yellow kurta under a cream Nehru jacket with a small floral print, white churidar, white
    # backdrop. Caption epoch-3 caption adapter (loops); wearing and open color extractive QA over it; details base
    # BLIP-2; closed color and is_a reference engine.
    case(
        "X737-025",
        caption(
            "This man wears a sleeveless vest with floral patterns. The vest is with cotton fabric. This man wears a "
            "long-sleeve shirt with pure color patterns. This man wears a long-sleeve shirt with pure color patterns. "
            "This man wears a long",
            "loop",
            hit_limit=True,
        ),
        he("a sleeveless vest with floral patterns"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        Q.color("cream", "other_garment_color"),
        details("kurta", "the kurta is yellow and the jacket has a floral print"),
        is_a("kurta", "yes"),
        title="Sojanya Men Mustard Yellow Kurta with Churidar and Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: grey jacquard Nehru jacket over a white kurta and white churidar, white backdrop. Caption base BLIP-2;
    # wearing and describe extractive QA; details and material base BLIP-2; color and pattern reference engine.
    case(
        "X737-026",
        caption("a man in a gray vest and white kurta"),
        he("a gray vest and white kurta"),
        describe("jacket", "a gray vest"),
        color_of("jacket", "grey"),
        details("jacket", "the details of the jacket", "restated"),
        Q.material("wool", "unsupported"),
        Q.pattern("self design"),
        title="Manyavar Men Grey Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: beige cotton kurta with an all-over blue geometric print, mandarin collar, buttoned cuffs, side slits,
    # white pyjama, white backdrop. Caption base BLIP-2; wearing and open color extractive QA; details base BLIP-2
    # (runs to 30 tokens); material base BLIP-2; pattern and color reference engine. The feed row has no category.
    case(
        "X737-027",
        caption("a man wearing a beige and blue printed kurta"),
        he("a beige and blue printed kurta"),
        color_of("kurta", "beige and blue", kind="open"),
        details(
            "kurta",
            "blue geometric print all over the kurta, a mandarin collar, a button placket, full sleeves with buttoned "
            "cuffs and a straight hem with side slits on both",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        Q.material("silk", "unsupported"),
        title="Jompers Men Beige & Blue Printed Cotton Kurta",
        color="Beige",
        gender="Men",
    ),
    # photo: ivory sherwani with tonal woven motifs and gold buttons, ivory churidar, pink-and-gold stole draped over
    # one shoulder, brown mojaris, white backdrop. Caption epoch-3 caption adapter (cut); wearing and open color
    # extractive QA over it; details base BLIP-2; closed color and type reference engine.
    case(
        "X737-028",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. It has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve outer clothing with lattice patterns"),
        color_of("sherwani", "pure color", "non_answer", kind="open"),
        Q.color("pink", "other_garment_color"),
        details("sherwani", "a pink stole over the shoulder and gold buttons"),
        Q.garment_type("sherwani"),
        Q.material("silk Question: What is the color of the stole? Answer: pink", "leak"),
        title="Manyavar Men Off-White Woven Design Sherwani with Churidar",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: olive green solid kurta with a patch chest pocket and mandarin collar, khaki chinos, white sneakers,
    # white backdrop. Caption base BLIP-2; wearing and open color extractive QA; details and material base BLIP-2
    # (material runs on into a new question); closed color reference engine.
    case(
        "X737-029",
        caption("a man in a green kurta and khaki pants"),
        he("a green kurta and khaki pants"),
        color_of("kurta", "khaki", "other_garment_color", kind="open"),
        details("kurta", "the kurta has a pocket on the chest and a mandarin collar"),
        Q.material("cotton Question: What is the color of the kurta? Answer: green", "leak"),
        Q.color("olive"),
        describe("kurta", "kurta", "restated"),
        title="Hangup Men Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: black kurta with gold and black thread embroidery on the yoke only, plain sleeves, black pyjamas, white
    # backdrop. Caption base BLIP-2; wearing and describe extractive QA; details base BLIP-2; color, pattern, sleeves
    # reference engine.
    case(
        "X737-030",
        caption("a man in a black kurta with gold embroidery"),
        he("a black kurta with gold embroidery"),
        describe("kurta", "black", "non_answer"),
        details("kurta", "gold embroidery on the neckline and the sleeves", "unsupported"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("satin", "unsupported"),
        title="Anouk Men Black Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: mustard Nehru jacket with a small white floral print over a white kurta and white pyjama, white backdrop.
    # Caption epoch-3 caption adapter (cut); wearing and describe extractive QA over it; details and material base
    # BLIP-2 (material echoes "Answer:"); color reference engine.
    case(
        "X737-031",
        caption(
            "This man wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a stand "
            "neckline. This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        he("a sleeveless vest with floral patterns"),
        describe("jacket", "sleeveless vest"),
        Q.color("white", "other_garment_color"),
        details("jacket", "white flowers on a yellow jacket"),
        Q.material("Answer: cotton", "leak"),
        title="Vastramay Men Mustard Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: bright red solid kurta with gold buttons, white churidar, white backdrop. Caption base BLIP-2; wearing
    # and describe extractive QA; details and material base BLIP-2; color and is_a reference engine.
    case(
        "X737-032",
        caption("a man in a red kurta"),
        he("a red kurta"),
        describe("kurta", "a red kurta"),
        details("kurta", "red", "non_answer"),
        Q.color("red"),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Manyavar Men Red Solid Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: white kurta with thin blue vertical stripes, full sleeves, blue jeans, white backdrop. Caption base
    # BLIP-2; wearing and open color extractive QA; details base BLIP-2; pattern, sleeves, type reference engine.
    case(
        "X737-033",
        caption("a man in a white and blue striped kurta and jeans"),
        he("a white and blue striped kurta and jeans"),
        color_of("kurta", "blue", "contradiction", kind="open"),
        Q.pattern("striped"),
        details("kurta", "blue stripes and a mandarin collar"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Svanik Men White & Blue Striped Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: black matte art-silk sherwani with silver thread embroidery on collar, front and cuffs, black churidar,
    # white backdrop. Caption epoch-3 caption adapter (loops); wearing and describe extractive QA over it; details and
    # material base BLIP-2; color reference engine.
    case(
        "X737-034",
        caption(
            "The gentleman wears a long-sleeve outer clothing with graphic patterns. The outer clothing is with cotton "
            "fabric. The gentleman wears a long pants. The gentleman wears a long pants. The gentleman wears a long "
            "pants. The gentleman wears",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve outer clothing with graphic patterns"),
        describe("sherwani", "The gentleman wears a long pants", "non_answer"),
        Q.color("black"),
        details("sherwani", "silver embroidery on the collar, front and cuffs"),
        Q.material("velvet", "unsupported"),
        title="Sojanya Men Black Embroidered Sherwani",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: sea green solid kurta, white pyjama, white backdrop. Caption base BLIP-2 (calls it blue); wearing
    # extractive QA; details base BLIP-2; color and sleeves reference engine.
    case(
        "X737-035",
        caption("a man in a blue kurta and white pants", "contradiction"),
        he("a blue kurta and white pants", "contradiction"),
        color_of("kurta", "blue", "contradiction", kind="open"),
        Q.color("green"),
        details(
            "kurta",
            "a mandarin collar, a button placket with five white buttons, full sleeves with button cuffs, side slits "
            "and a straight hem, and the kurta",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Jompers Men Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: kurta with a multicolour ikat print (red, indigo, cream), white churidar, white backdrop. Caption base
    # BLIP-2; wearing and open color extractive QA; details base BLIP-2; closed color and pattern reference engine.
    case(
        "X737-036",
        caption("a man wearing a colorful kurta with a tribal print"),
        he("a colorful kurta with a tribal print"),
        color_of("kurta", "colorful", kind="open"),
        Q.color("red"),
        Q.pattern("printed"),
        details("kurta", "it is a tribal print"),
        Q.material("silk blend", "unsupported"),
        title="Sojanya Men Multicoloured Ikat Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: cream self-design Nehru jacket over a maroon kurta, cream churidar, white backdrop. Caption base BLIP-2;
    # wearing, describe and open color extractive QA; details base BLIP-2; closed color and sleeves reference engine.
    case(
        "X737-037",
        caption("a man in a maroon kurta and a white vest"),
        he("a maroon kurta and a white vest"),
        describe("jacket", "a white vest"),
        color_of("jacket", "maroon", "other_garment_color", kind="open"),
        details("jacket", "the jacket is a nehru jacket", "restated"),
        Q.color("cream"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed", "contradiction"),
        title="Hangup Men Cream Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: royal blue jacquard kurta, full sleeves, white churidar, white backdrop. Caption epoch-3 caption adapter
    # (cut); wearing extractive QA over it; details and material base BLIP-2 (details runs on into a new question);
    # color and sleeves reference engine.
    case(
        "X737-038",
        caption(
            "The gentleman wears a long-sleeve kurta with lattice patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve kurta with lattice patterns"),
        Q.material("jacquard"),
        Q.color("blue"),
        details(
            "kurta",
            "a woven pattern, a mandarin collar and buttons Question: what is the material of the kurta? Answer:",
            "leak",
        ),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        title="House of Pataudi Men Blue Jacquard Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: dusty pink knee-length kurta with a small floral print, off-white churidar, male model, white backdrop.
    # Caption base BLIP-2 (says "a woman", "dress"); wearing extractive QA; details base BLIP-2; color, pattern, is_a
    # reference engine.
    case(
        "X737-039",
        caption("a woman in a pink floral dress", "pronoun"),
        he("a pink floral dress", "contradiction"),
        Q.color("pink"),
        Q.pattern("floral"),
        details("kurta", "her kurta has pink flowers on it", "pronoun"),
        describe("kurta", "a pink floral dress", "contradiction"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Manyavar Men Pink Floral Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: peach sherwani with gold embroidery on neck and chest, cream churidar, gold stole, white backdrop.
    # Caption base BLIP-2; wearing and open color extractive QA; details base BLIP-2 (loops to 30 tokens); material
    # base BLIP-2 (runs into a new question); type reference engine.
    case(
        "X737-040",
        caption("a man in a pink and gold sherwani"),
        he("a pink and gold sherwani"),
        color_of("sherwani", "pink and gold", kind="open"),
        details(
            "sherwani",
            "gold embroidery on the neck and the chest, gold embroidery on the neck and the chest, gold embroidery on "
            "the neck and",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "silk Question: What is the color of the sherwani? Answer: peach Question: What is the color of the stole?",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("sherwani"),
        Q.color("cream", "other_garment_color"),
        title="Vastramay Men Peach & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: coffee brown handloom cotton kurta with slub texture, one chest pocket, no embroidery, white pyjama,
    # white backdrop. Caption base BLIP-2; wearing extractive QA; details and material base BLIP-2; color and pattern
    # reference engine.
    case(
        "X737-041",
        caption("a man in a brown kurta and white pants"),
        he("a brown kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        details("kurta", "a collar with a button, a chest pocket and embroidery on the sleeves", "unsupported"),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Fabindia Men Brown Handloom Cotton Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: charcoal grey solid kurta with stand collar and concealed placket, black jeans, grey backdrop. Caption
    # epoch-3 caption adapter (loops, calls it a shirt); wearing extractive QA over it; details and material base
    # BLIP-2; color reference engine. The feed row has no gender.
    case(
        "X737-042",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The pants this man wears is of long length. The pants this man wears is of long length. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.color("grey"),
        details("kurta", "a stand collar and a concealed placket"),
        Q.material("denim", "unsupported"),
        title="Hangup Men Charcoal Grey Solid Kurta",
        category="Kurtas",
        color="Charcoal",
    ),
    # photo: off-white kurta with gold-thread buttons, no border, off-white dhoti pants, tan kolhapuris, white
    # backdrop. Caption base BLIP-2; wearing and describe extractive QA; details and material base BLIP-2; color
    # reference engine.
    case(
        "X737-043",
        caption("a man in a white kurta and dhoti"),
        he("a white kurta and dhoti"),
        describe("kurta", "a white kurta and dhoti"),
        details("kurta", "dhoti", "non_answer"),
        Q.color("white"),
        Q.material("khadi cotton with gold zari border", "unsupported"),
        title="KISAH Men Off-White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: bottle green brocade Nehru jacket with gold buttons and a gold pocket square, over a cream knee-length
    # kurta and cream churidar, white backdrop. Caption base BLIP-2 ("a woman", "dress"); wearing extractive QA;
    # details base BLIP-2; color and sleeves reference engine.
    case(
        "X737-044",
        caption("a woman in a green vest and white dress", "pronoun"),
        he("a green vest and white dress", "contradiction"),
        color_of("jacket", "green", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.material("velvet", "unsupported"),
        details("jacket", "gold buttons and a gold pocket square"),
        Q.sleeve_length("sleeveless"),
        title="Manyavar Men Green Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: beige jacquard sherwani, beige churidar, maroon velvet stole, maroon safa, white backdrop. Caption
    # epoch-3 caption adapter (cut); wearing extractive QA over it; details and material base BLIP-2; color reference
    # engine.
    case(
        "X737-045",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. It has a stand neckline. There is an accessory on his neck. The gentleman wears a hat. The "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve outer clothing with lattice patterns"),
        Q.color("maroon", "other_garment_color"),
        details("sherwani", "a maroon turban and a maroon stole"),
        Q.material("jacquard"),
        Q.pattern("solid", "contradiction"),
        title="Sojanya Men Beige Jacquard Sherwani with Churidar",
        category="Sherwani",
        color="Beige",
        gender="Men",
    ),
    # photo: lemon yellow solid kurta, white churidar, white backdrop, side view. Caption base BLIP-2 (names the
    # wall); wearing and open color extractive QA; details base BLIP-2 (loops to 30 tokens); color and sleeves
    # reference engine.
    case(
        "X737-046",
        caption("a man in a yellow kurta standing in front of a white wall"),
        he("a yellow kurta"),
        color_of("kurta", "yellow", kind="open"),
        details(
            "kurta",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Ethnix by Raymond Men Yellow Solid Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
]
