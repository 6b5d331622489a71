"""BLIND_1647 (45 products; Myntra women's ethnic wear): written blind in the sixty-seventh session. Measured blind at
0f3a531 (the session's first rules): 54/103 failures found (52.4%) and 12/218 correct texts flagged (5.5%). The
writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: anarkali kurtas over churidars, straight and A-line kurtas over leggings
or palazzos, kurta sets with dupattas, ethnic gowns and flared ethnic dresses. Mostly a model on a plain studio
backdrop; three back views, three flat lays, and props (a stool, a sofa, a chair, a tote bag, a straw hat and sunglasses
in hand, a potted plant, dried flowers). Catalog columns as Myntra exports them: title, category (article type: Kurtas,
Kurta Sets, Ethnic Dresses, Dresses), color (base colour), gender; a few rows lack one column.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on BLIP-2
OPT-2.7b, greedy decoding, 50 new tokens, no prompt. The adapter never learned to stop, so every caption runs to the
limit (hit_limit=True on all of them): cut mid-sentence, now and then looping on the accessory sentence, rarely ending
on a full stop by chance. It speaks only the DeepFashion template: no hue names, no "kurta" (dress, shirt, blouse,
T-shirt or "upper clothing" instead), fabrics from cotton/chiffon/denim/other. The open answers (wearing, describe,
details, material) are spans that timpal0l/mdeberta-v3-base-squad2 extracted from that caption, so they inherit its
words and its mistakes, and come back empty when the model prefers no answer. The closed answers (garment type,
color, pattern, sleeve length, "Is this a ...?", "What is the color of the leggings?") are the reference engine
ranking a fixed candidate list, so they are always a clean label but can be the wrong one: the leggings' or the
dupatta's color for the kurta, the same color for kurta and leggings, "long sleeves" for three-quarter sleeves,
"solid" for an embroidered piece, "dress" for an anarkali kurta.
Labeling conventions and judgement calls:
- One label per text. A caption that loops is "loop". A caption cut mid-sentence is "cut" unless it also states
  something false about the product, in which case the false claim wins (its kind) and hit_limit stays True. Two
  captions hit the limit exactly on a full stop with nothing false in them; those are left unmarked (hit_limit=True).
- "dress" for an anarkali kurta, a gown or an ethnic dress in an open text is accepted: it is the nearest word the
  template has and it describes the flared one-piece silhouette. "dress", "shirt", "blouse", "T-shirt" or "top" for a
  straight or A-line kurta worn over leggings/palazzos is marked contradiction (the title says kurta). In a closed
  garment-type answer, "dress" for anything the seller calls a kurta is contradiction, because "kurta" was a candidate.
- Colors: a shade within the seller's colour family is correct (maroon/red, burgundy/maroon, navy blue/blue,
  off white/white, mustard/yellow, olive/green, rust/orange, turquoise/blue, lavender/purple); another hue is wrong.
  The color of the leggings, churidar, palazzos or dupatta given for the product is other_garment_color; the
  product's color given to the leggings or trousers is contradiction.
- Fabric: when the title names the fabric (net, georgette, velvet, crepe) and the text says otherwise, contradiction.
  When the title is silent and the product page says rayon or georgette, "cotton" or "chiffon" is unsupported.
  "other fabric" for net is a non_answer.
- Invented things are unsupported: wrist accessories, rings, pants and a "lady" on a flat lay, a hat held in the hand
  read as worn, a neckline stated from a back view where it differs from the product's.
- An extractive span that ends where the caption was cut ("an accessory in her") is cut, without hit_limit (the QA
  model did not generate it). A long span that copies two or three caption sentences verbatim for "Describe the
  garment." is restated. An accessory given for "What is the person wearing?" is contradiction. An empty answer, or
  "medium sleeves, cotton fabric and graphic patterns" with no garment in it for the wearing question, is non_answer.
- A man's pronoun for the woman model is pronoun, in the caption and in an answer copied from it.
- No leaks: captions are unprompted and answers are extracted or ranked, so no "Question:/Answer:" text can appear.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color, color_of, is_a, wearing

BLIND_1647 = [
    # Photo: model, front; maroon calf-length flared anarkali kurta with gold foil ethnic motifs, 3/4 sleeves, round
    # neck, off-white churidar, oxidised jhumkas and a choker. Product page: cotton. Caption adapter; QA spans;
    # closed answers by the reference engine.
    case(
        "X1647-001",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        color("maroon"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model, front, holding a tote bag; navy straight knee-length kurta with white floral print, 3/4 sleeves,
    # mandarin collar, white leggings. Caption calls the kurta a shirt; the closed sleeve answer says long.
    case(
        "X1647-002",
        caption(
            "The woman is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("kurta"),
        color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model, front; mustard flared anarkali with gota trims at the hem, long sleeves, V neck, matching mustard
    # churidar, net dupatta over the arms, bangles. Product page: viscose rayon kurta. Caption loops on the wrist.
    case(
        "X1647-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("kurta"),
        color("yellow"),
        Q.pattern("solid"),
        Q.material("chiffon", "unsupported"),
        D.description("long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Sangria Women Mustard Yellow Solid Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model, side pose; teal ankle-length flared dress with small white motifs, long sleeves with smocked
    # cuffs, round neck with keyhole tie, silver bangle and a ring. Cotton. Caption cut, otherwise right.
    case(
        "X1647-004",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        color("teal"),
        Q.sleeve_length("long sleeves"),
        D.details("its neckline is round"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Teal Ethnic Motifs Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: model, front, both hands lifting the flare; blush pink floor-length net gown, sequin embroidery on the
    # bodice, sleeveless, sweetheart neck, bracelet, ring. Caption says chiffon for net; engine says solid.
    case(
        "X1647-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("gown"),
        color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Inddus Women Pink Embroidered Net Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: back view, braid down the back; green straight knee-length kurta with white block print, 3/4 sleeves,
    # white leggings. The product's neckline (other shots) is a V neck; it is not visible here.
    case(
        "X1647-006",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her neck",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        D.details("its neckline is round", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="AKS Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model holding a straw hat at her side (prop); rust tiered maxi with floral print, short puff sleeves,
    # V neck, no jewellery on the wrists. Cotton. Caption puts the hat on her head and invents the wrist accessory.
    case(
        "X1647-007",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a hat. There is an accessory on her "
            "wrist. There is a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color("orange"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Rust Orange Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: flat lay, no model; off-white kurta with indigo block print, 3/4 sleeves, round neck with placket.
    # Caption dresses a lady who is not there, with pants and a wrist accessory.
    case(
        "X1647-008",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        color("white"),
        Q.pattern("printed"),
        Q.material("cotton"),
        D.details("pure color patterns", "contradiction"),
        gender="Women",
        title="Jaipur Kurti Women Off-White & Blue Block Print Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: model, front; peach anarkali with thread embroidery on the yoke, long sleeves, round neck, matching peach
    # churidar, earrings and a necklace. Cotton. Engine picks dress and pink.
    case(
        "X1647-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress", "contradiction"),
        color("pink", "contradiction"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Peach-Coloured Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: model, hand on hip; black straight kurta with gold foil print, 3/4 sleeves, round neck, black leggings,
    # a ring. Product page: rayon. The "upper clothing" template names no garment, so QA answers with the ring.
    case(
        "X1647-010",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The female "
            "wears a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("kurta"),
        color("black"),
        Q.pattern("printed"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="AURELIA Women Black & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model, front; red floor-length georgette gown, heavy zari embroidery on the yoke, long sheer sleeves,
    # round neck, matching dupatta over one shoulder, big earrings, bangles, no necklace.
    case(
        "X1647-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        color("red"),
        Q.material("chiffon", "contradiction"),
        Q.pattern("embroidered"),
        D.description("long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Ahalyaa Women Red Embroidered Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: model, front; yellow straight kurta with blue ethnic motifs, 3/4 sleeves, V neck, matching yellow
    # palazzos, blue printed dupatta around the neck. Cotton. Engine gives the dupatta's blue.
    case(
        "X1647-012",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and graphic patterns. There is an accessory in her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        color("blue", "other_garment_color"),
        Q.pattern("ethnic motifs"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anubhutee Women Yellow Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: model, front; lavender A-line knee-length kurta with lace at the hem, short sleeves, round neck, white
    # leggings. Cotton. Caption and engine call it a T-shirt / top.
    case(
        "X1647-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        color("purple"),
        Q.garment_type("top", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Lavender Solid A-Line Cotton Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: back view, long braid; green flared anarkali with pink florals, long sleeves, tie-up dori with tassels at
    # the back neck, white churidar. Cotton. Caption calls her a gentleman.
    case(
        "X1647-014",
        caption(
            "The gentleman wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The gentleman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        D.description("long-sleeve dress with floral patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Women Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model, front; wine flared gown with an embellished waist belt, long sleeves, V neck, bracelet. Product
    # page: georgette (title silent). Caption's chiffon is a look-alike guess.
    case(
        "X1647-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is a belt on her waist. There is an accessory "
            "on her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        color("maroon"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "unsupported"),
        D.details("a belt on her waist"),
        gender="Women",
        title="Sringam Women Burgundy Solid Flared Ethnic Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: model, front; beige straight kurta with gold zari embroidery on the yoke, 3/4 sleeves, mandarin collar,
    # maroon leggings, a bangle. Cotton. No garment word in the caption, so QA returns nothing for "wearing".
    case(
        "X1647-016",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "standing. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("kurta"),
        color("maroon", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Soch Women Beige & Gold-Toned Embroidered Straight Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: model holding the flare out; magenta anarkali with gold floral foil print, 3/4 sleeves, V neck, gold
    # leggings, a choker. Cotton. Caption reaches the limit right on a full stop and is right.
    case(
        "X1647-017",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her neck.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color("magenta"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Indo Era Women Magenta Floral Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: model seated on a wooden stool (prop), flare spread on the floor; olive maxi ethnic dress with gold motif
    # print, long sleeves, round neck, bangles. Cotton. Caption loops.
    case(
        "X1647-018",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color("green"),
        Q.garment_type("dress"),
        Q.pattern("printed"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Juniper Women Olive Green Printed Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Olive",
    ),
    # Photo: model, front; white chikankari straight kurta, 3/4 sleeves, round neck, pink leggings. Cotton. Engine
    # calls white-on-white chikan solid and gives the leggings the kurta's white.
    case(
        "X1647-019",
        caption(
            "The woman is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        color("white"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        color_of("leggings", "white", "contradiction"),
        gender="Women",
        title="GERUA Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: model in a three-quarter turn; indigo calf-length flared ethnic dress with white dabu print, long
    # sleeves, round neck, silver bangles and a ring. Cotton. Only the caption's cut is wrong.
    case(
        "X1647-020",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.description("long-sleeve dress with graphic patterns"),
        gender="Women",
        title="Biba Women Indigo Dabu Printed Cotton Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: model, front; sea green anarkali with mirror work on the yoke, 3/4 sleeves, round neck, sea green
    # leggings, pink organza dupatta over the shoulders, earrings. Cotton. Engine gives the dupatta's pink.
    case(
        "X1647-021",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        color("pink", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("an accessory in her", "cut"),
        gender="Women",
        title="Varanga Women Sea Green Mirror Work Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: model, front; red straight kurta with blue florals, 3/4 sleeves, round neck, blue palazzos. Cotton.
    # The details span is about the palazzos.
    case(
        "X1647-022",
        caption(
            "This lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction"),
        color("red"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        D.details("The trousers are with cotton fabric and pure color patterns", "contradiction"),
        gender="Women",
        title="Libas Women Red & Blue Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: model beside a chair (prop); peach net gown with sequins, short sleeves, V neck, bracelet and ring.
    # The caption's "other fabric" is the template's shrug; QA passes it on.
    case(
        "X1647-023",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.material("other fabric", "non_answer"),
        color("peach"),
        Q.pattern("embroidered"),
        Q.garment_type("gown"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="KALINI Women Peach-Coloured Sequinned Net Maxi Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Photo: flat lay of the set: turquoise kurta with gold yoke embroidery and 3/4 sleeves, turquoise trousers,
    # white dupatta with turquoise border. Cotton. No person in the shot.
    case(
        "X1647-024",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        color("blue"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        gender="Women",
        title="Ishin Women Turquoise Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: model, front; orange calf-length A-line kurta with white print, sleeveless, round neck, off-white straight
    # pants, a wrist watch. Cotton. Caption calls it a dress.
    case(
        "X1647-025",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        color("orange"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Rangriti Women Orange Printed A-Line Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Photo: model, front; maroon velvet floor-length gown with zari embroidery, long sleeves, round neck, gold
    # dupatta, kundan necklace and bangles. Caption says cotton for velvet; no color column in this row.
    case(
        "X1647-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("cotton", "contradiction"),
        color("maroon"),
        Q.garment_type("gown"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        D.description("long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Inddus Women Maroon Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
    ),
    # Photo: model with a short bob; blue straight kurta with white geometric print, 3/4 sleeves, notched V neck,
    # white leggings. Cotton. Caption calls her "this guy"; the description span copies it.
    case(
        "X1647-027",
        caption(
            "This guy wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The pants this guy wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        color("blue"),
        Q.pattern("geometric"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("shirt", "contradiction"),
        D.description("This guy wears a medium-sleeve shirt with graphic patterns", "pronoun"),
        Q.material("cotton"),
        gender="Women",
        title="Khushal K Women Blue Geometric Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model mid-stride; black anarkali with multicolor florals, long sleeves, round neck, black leggings,
    # bangles. Product page: viscose rayon (title silent), so the caption's cotton is invented.
    case(
        "X1647-028",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("kurta"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Nayo Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model, front; lime green midi flared ethnic dress with small white bootis, short puff sleeves, V neck
    # with tassel tie, bangle and ring. Cotton. Engine reads the bootis as polka dots.
    case(
        "X1647-029",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        color("green"),
        Q.garment_type("dress"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("short sleeves"),
        D.details("its neckline is v-shape"),
        Q.material("cotton"),
        gender="Women",
        title="Tissu Women Lime Green Ethnic Motifs Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Lime Green",
    ),
    # Photo: model, front; grey layered anarkali with pink floral print, long sleeves, round neck, pink churidar,
    # choker. Cotton. Engine gives the churidar's pink for the kurta; the description copies the caption.
    case(
        "X1647-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her neck. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color("pink", "other_garment_color"),
        color_of("leggings", "pink"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings",
            "restated",
        ),
        gender="Women",
        title="Sangria Women Grey & Pink Floral Printed Layered Anarkali Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: back view; purple floor-length flared dress, long sleeves, deep back with tie-up dori and tassels,
    # hair down. The front (other shots) has a V neck and no necklace. Cotton.
    case(
        "X1647-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.details("its neckline is round", "unsupported"),
        color("purple"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="AURELIA Women Purple Solid Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Purple",
    ),
    # Photo: model holding sunglasses (prop); sky blue crepe straight kurta with pintucks, 3/4 sleeves, round neck,
    # white leggings. Caption: shirt, and cotton for crepe.
    case(
        "X1647-032",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        Q.material("cotton", "contradiction"),
        color("blue"),
        Q.pattern("solid"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Janasya Women Sky Blue Solid Crepe Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model, front; mauve floor-length gown with gold foil print, long sleeves, round neck, dupatta across the
    # body, necklace. Product page: georgette (title silent). Caption loops on the neck accessory.
    case(
        "X1647-033",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory in her neck. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color("mauve"),
        Q.garment_type("gown"),
        Q.material("chiffon", "unsupported"),
        Q.pattern("printed"),
        gender="Women",
        title="Vaamsi Women Mauve Foil Printed Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Mauve",
    ),
    # Photo: model, front; coral straight kurta with white ethnic print, long sleeves, round neck, white churidar.
    # Cotton. Caption: dress; engine: the churidar's white for the kurta.
    case(
        "X1647-034",
        caption(
            "The woman wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The woman wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        color("white", "other_garment_color"),
        color_of("leggings", "white"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="BIBA Women Coral Printed Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Coral",
    ),
    # Photo: flat lay on a wooden floor with dried flowers (prop); indigo flared dress with white florals, 3/4
    # sleeves, round neck with tassels. No model: the caption's wrist accessory and ring are invented.
    case(
        "X1647-035",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color("navy blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="FabIndia Women Indigo Floral Printed Cotton Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: model with flowers in her hair; yellow anarkali with pink thread embroidery at the neck, sleeveless,
    # round neck, pink leggings. Cotton. Engine: pink for the garment, yellow for the leggings.
    case(
        "X1647-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color("pink", "other_garment_color"),
        color_of("kurta", "yellow"),
        color_of("leggings", "yellow", "contradiction"),
        Q.garment_type("kurta"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Ahalyaa Women Yellow & Pink Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: model, front; bottle green straight kurta with gold foil print, 3/4 sleeves, V neck, matching green
    # palazzos, bangles. Cotton. "Upper clothing" template; QA returns the sleeve/fabric clause for "wearing".
    case(
        "X1647-037",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has graphic patterns. There "
            "is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("medium sleeves, cotton fabric and graphic patterns", "non_answer"),
        color("green"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        Q.material("cotton"),
        D.details("", "non_answer"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Indo Era Women Green & Gold-Toned Foil Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model beside a potted plant (prop); off-white ankle-length gown with gold zari border, long sleeves,
    # V neck, kundan necklace, bangles, ring. Cotton. Engine calls the bordered gown solid.
    case(
        "X1647-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. The lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color("white"),
        Q.garment_type("gown"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Inddus Women Off-White & Gold-Toned Zari Embroidered Cotton Gown",
        category="Ethnic Dresses",
        color="Off White",
    ),
    # Photo: model, front; navy anarkali with white and red motifs, long sleeves, round neck, white churidar, red
    # dupatta over one arm, bangles. Cotton. No gender column in this row. Engine gives the dupatta's red.
    case(
        "X1647-039",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color("red", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("ethnic motifs"),
        Q.material("cotton"),
        D.description("long-sleeve dress with graphic patterns"),
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model, front; mint green straight kurta with white thread embroidery, 3/4 sleeves, round neck, white
    # trousers. Cotton. Caption: blouse; engine: solid, and green for the trousers.
    case(
        "X1647-040",
        caption(
            "The woman is wearing a medium-sleeve blouse with pure color patterns. The blouse is with cotton fabric "
            "and its neckline is round. The trousers this woman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve blouse with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        color("green"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        color_of("trousers", "green", "contradiction"),
        gender="Women",
        title="AKS Women Mint Green Embroidered Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model, front; rust anarkali with cream print, 3/4 sleeves, mandarin collar, cream leggings, a bangle.
    # Cotton. Engine picks dress over kurta.
    case(
        "X1647-041",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is standing. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        color("orange"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("its neckline is standing"),
        Q.material("cotton"),
        gender="Women",
        title="Melange by Lifestyle Women Rust Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: model, front; black tiered maxi ethnic dress with white and red print, sleeveless, V neck, fabric tie
    # belt at the waist. Cotton. Caption loops on the belt.
    case(
        "X1647-042",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. There is a belt on her waist. There is a belt on her "
            "waist. There is a belt on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        color("black"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        D.details("a belt on her waist"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Black Printed Tiered Maxi Ethnic Dress with Belt",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: model, front; pink straight kurta with gold print, long sleeves, round neck, pink churidar, sheer pink
    # dupatta draped, necklace. Cotton. Caption calls the straight kurta a dress.
    case(
        "X1647-043",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her neck",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        color("pink"),
        color_of("kurta", "pink"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Pink Printed Cotton Straight Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model seated on a grey sofa (prop); royal blue chiffon gown with stone embellishment on the bodice,
    # sleeveless, round neck, necklace and bracelet. Caption ends on a full stop at the limit and is right.
    case(
        "X1647-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color("blue"),
        Q.garment_type("gown"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.pattern("embroidered"),
        is_a("saree", "no"),
        gender="Women",
        title="Ethnovog Women Royal Blue Embellished Chiffon Made to Measure Gown",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: model, front; teal straight kurta with small white buttis, short sleeves, round neck with buttons, white
    # leggings, a watch. Cotton. No category column in this row. Caption calls it a shirt.
    case(
        "X1647-045",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", "contradiction"),
        color("teal"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Shree Women Teal Printed Pure Cotton Straight Kurta",
        color="Teal",
    ),
]
