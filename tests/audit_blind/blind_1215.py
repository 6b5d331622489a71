"""BLIND_1215 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
first session. Measured blind at 1ef79ed (the session's sixth rules): 72/90 failures found (80.0%) and 12/216 correct
texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas worn over leggings, a kurta
set or two, a kurti, ethnic dresses and gowns. The usual catalog shots: a model on a plain backdrop wearing the
product with leggings, churidars, a dupatta or juttis; now and then a flat lay, a back view, a clutch or a potli bag
in her hand. Columns as the feed has them: title (productDisplayName), category (articleType), color (baseColour),
gender; a few rows lack one of them.
Who wrote what: every caption is the published caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3)
on BLIP-2 OPT-2.7b, greedy, 50 new tokens. It speaks the DeepFashion-MultiModal template ("The lady wears a
medium-sleeve shirt with floral patterns. The shirt is with cotton fabric...") and, trained without an end token,
never stops by itself: every caption ran to the 50-token limit, so every caption carries hit_limit=True. The open
answers (wearing, description, details, material) are spans the extractive QA model (mdeberta-v3-base-squad2) took
out of that caption, so they are always words of the caption or empty, never longer than it, and carry no token
limit. The closed answers (garment type, color, pattern, sleeve length, the color of the leggings, "Is this a
kurta?") are the reference engine's pick among candidates, so they are always one clean label.
Labeling conventions and judgement calls:
- One kind per text. A caption that ends mid-sentence at the limit is `cut`; when the same caption also invents
  something (a denim fabric, an accessory, leggings in a flat lay) I labelled the invention (`unsupported`) or the
  wrong garment (`contradiction`) or the wrong pronoun (`pronoun`) instead, as the worse fault. A caption that
  repeats a sentence until the limit is `loop`.
- A caption whose 50th token happened to fall at the end of a sentence, or right after a complete clause ("This
  female wears a ring on her finger" with no full stop), reads complete: if its content is right I left it
  unmarked, though it still hit the limit.
- The adapter has no word for kurta: "shirt" or "dress" for a kurta, "dress" for an anarkali or a gown, "trousers"
  or "pants" for leggings, "neckwear" for a necklace are its vocabulary and I did not mark them. "T-shirt" for a
  kurti is marked. The closed garment-type engine does have "kurta" among its candidates, so its "dress" for an
  anarkali kurta worn over leggings is marked `contradiction`.
- Fabrics: "chiffon" for georgette passed (they look alike and the adapter has no georgette); "chiffon" for net,
  "furry" for velvet, "denim" for cotton or georgette, "cotton" for rayon (when the title says rayon) are
  `unsupported`. "other fabric" as the material answer says nothing and is `non_answer`.
- Colors: near hues of the base colour passed (maroon/red for Burgundy, blue for Navy Blue, purple for Lavender,
  yellow for Mustard, orange for Rust, pink for Magenta, off white for Cream). The leggings', dupatta's or print's
  color given as the product's is `other_garment_color`; a color that belongs to nothing in the product (the wall)
  is `contradiction`. Wrong sleeve lengths and patterns (only the photo shows them) are `contradiction`.
- Empty QA answers are `non_answer`; a span about shoes, leggings or an accessory given as the person's outfit or
  the garment's details is `contradiction` (or `unsupported` when the accessory is invented); a span that stops
  mid-phrase because the caption did is `cut`; a span that carries the caption's repetition is `loop`.
- No `leak` or `restated` here: the QA model only returns caption words, and the caption adapter never saw a prompt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, wearing

W = "Women"

BLIND_1215 = [
    # Model, grey backdrop: pink pure-cotton anarkali kurta, white floral print, calf length, 3/4 sleeves, white
    # leggings, jhumkas, no bracelet. Caption: adapter (cut at the limit); wearing, details, material: QA spans;
    # the rest: reference engine.
    case(
        "X1215-001",
        caption(
            "This female is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.details("an accessory on her", "cut"),
        Q.material("cotton fabric"),
        gender=W,
        title="Libas Women Pink Floral Printed Pure Cotton Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Model, white backdrop: navy blue solid rayon A-line kurta, knee length, long sleeves, mandarin collar, white
    # leggings, a steel watch. Caption: adapter (cut); wearing, details, material: QA; rest: reference engine.
    case(
        "X1215-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        D.details("a standing neckline"),
        Q.material("cotton fabric", "unsupported"),
        gender=W,
        title="W Women Navy Blue Solid Rayon A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Model, beige backdrop: maroon georgette flared ethnic dress, ankle length, long sleeves, small gold zari
    # embroidery on the yoke, gold bangles, a potli bag in her hand. Caption: adapter (the limit fell after a full
    # stop); wearing, details: QA (details empty); rest: reference engine.
    case(
        "X1215-003",
        caption(
            "This female is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "It has a round neckline. There is an accessory in her hand. The dress is of long length. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        D.details("", "non_answer"),
        gender=W,
        title="Biba Women Maroon Embroidered Ethnic Dress",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Model, white backdrop: mustard yellow pure-cotton straight kurta with a green block print, 3/4 sleeves, green
    # leggings. Caption: adapter (loops on the leggings); wearing, material: QA; rest: reference engine.
    case(
        "X1215-004",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric. The leggings are with cotton fabric. The "
            "leggings are with cotton fabric. The leggings",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("green", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        is_a("kurta", "yes"),
        gender=W,
        title="Anouk Women Mustard Yellow Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Model in front of a pastel pink wall: peach net gown, floor length, sleeveless, sweetheart neck, trellis
    # (jaal) sequin embroidery all over, a thin bracelet, no ring. Caption: adapter (complete but invents a ring);
    # wearing, material: QA; rest: reference engine (its "pink" is the wall's).
    case(
        "X1215-005",
        caption(
            "This female is wearing a sleeveless dress with lattice patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is a "
            "ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with lattice patterns"),
        Q.garment_type("gown"),
        Q.color("pink", "contradiction"),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon fabric", "unsupported"),
        gender=W,
        title="Inddus Women Peach-Coloured Embroidered Net Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Model, white backdrop: teal anarkali kurta with gold gota border, calf length, long sleeves, off-white
    # churidar leggings. Caption: adapter ("gentleman", then cut); wearing, description: QA; rest: reference engine.
    case(
        "X1215-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        D.description("a long-sleeve shirt with pure color patterns"),
        gender=W,
        title="Sangria Women Teal Solid Anarkali Kurta with Gotta Patti",
        category="Kurtas",
        color="Teal",
    ),
    # Model, white backdrop: black cotton straight kurta with thin white vertical stripes, knee length, 3/4
    # sleeves, v-neck, white leggings. Caption: adapter (complete, right); wearing, details, material: QA; rest:
    # reference engine (white: the leggings and the pinstripe).
    case(
        "X1215-007",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with striped patterns"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        D.details("a v-shape neckline"),
        gender=W,
        title="Janasya Women Black & White Striped Cotton Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Flat lay on white, no model: green cotton A-line kurta, white floral print, 3/4 sleeves, round neck.
    # Caption: adapter (invents a wrist and leggings, then cut); wearing, description, material: QA; rest:
    # reference engine.
    case(
        "X1215-008",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long leggings. The leggings are "
            "with cotton",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.description("a medium-sleeve dress with floral patterns"),
        Q.material("cotton"),
        gender=W,
        title="AKS Women Green Floral Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Model, light grey backdrop: off-white chanderi anarkali kurta, pink thread embroidery on the yoke, 3/4
    # sleeves, pink leggings, pink dupatta round her neck. Caption: adapter (cut); wearing, material: QA; rest:
    # reference engine.
    case(
        "X1215-009",
        caption(
            "This female is wearing a medium-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It has a round neckline. This lady has neckwear. The female wears a long leggings. The "
            "leggings are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("chiffon fabric", "unsupported"),
        gender=W,
        title="Varanga Women Off-White Embroidered Chanderi Anarkali Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Model, white backdrop: indigo blue cotton tiered maxi dress with a white ethnic print, short puff sleeves,
    # v-neck, tan kolhapuris. Caption: adapter (loops on the shoes); wearing, details: QA; rest: reference engine.
    case(
        "X1215-010",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a pair of shoes. The lady wears a pair "
            "of shoes. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        D.details("a pair of shoes", "contradiction"),
        is_a("gown", "no"),
        gender=W,
        title="Global Desi Women Blue Printed Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Model, white backdrop: kurta set, yellow cotton straight kurta with white floral print, long sleeves, white
    # leggings (part of the set), gold bangle. Caption: adapter (complete, right); wearing: QA; rest: reference
    # engine.
    case(
        "X1215-011",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        color_of("leggings", "yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        gender=W,
        title="Jaipur Kurti Women Yellow & White Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model, hand on hip, white backdrop: red straight kurta, plain body with a gold-printed hem border, 3/4
    # sleeves, mandarin collar, cream leggings, a ring. Caption: adapter (cut); wearing, details, material: QA; rest:
    # reference engine.
    case(
        "X1215-012",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("a standing neckline"),
        Q.material("cotton fabric"),
        gender=W,
        title="Aurelia Women Red Solid Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Model, white backdrop: bottle green georgette gown, floor length, full sleeves, small embroidered yoke, gold
    # bangles. Caption: adapter (calls it denim); wearing, material: QA; rest: reference engine.
    case(
        "X1215-013",
        caption(
            "This female is wearing a long-sleeve dress with pure color patterns. The dress is with denim fabric. "
            "It has a round neckline. The dress is of long length. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim fabric", "unsupported"),
        gender=W,
        title="Indo Era Women Green Embroidered Georgette Gown",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Back view, white backdrop: fuchsia sleeveless kurta with gold foil print, tie-up dori at the back neck, navy
    # leggings, glass bangles. Caption: adapter (cut); details: QA; rest: reference engine.
    case(
        "X1215-014",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with cotton fabric. The neckline "
            "of it is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("leggings", "navy blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        D.details("graphic patterns"),
        gender=W,
        title="SCAKHI Women Pink Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Model, grey backdrop: black anarkali kurta with a multicolour floral print, calf length, long sleeves, black
    # leggings. Caption: adapter (cut); wearing: QA; rest: reference engine ("dress" and "no" for a kurta).
    case(
        "X1215-015",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="Juniper Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Model, white backdrop: lavender cotton straight kurta with a small white butti print, 3/4 sleeves, v-neck,
    # white leggings. Caption: adapter (cut); wearing, details, material: QA (details empty); rest: reference engine.
    case(
        "X1215-016",
        caption(
            "This female is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. "
            "It has a v-shape neckline. The female wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. This female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("", "non_answer"),
        Q.material("cotton fabric"),
        gender=W,
        title="Biba Women Lavender Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Model in juttis, white backdrop: mustard A-line midi ethnic dress, maroon floral print, short sleeves, bare
    # wrists. Caption: adapter (loops on an accessory she does not wear); description, details: QA; rest:
    # reference engine.
    case(
        "X1215-017",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        D.description("a short-sleeve dress with floral patterns"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender=W,
        title="Sangria Women Mustard Floral Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Model, light grey backdrop: white cotton chikankari straight kurta, white-on-white embroidery all over, long
    # sleeves, white leggings. Caption: adapter (repeats the leggings); material: QA; rest: reference engine.
    case(
        "X1215-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton fabric"),
        gender=W,
        title="Jaipur Kurti Women White Embroidered Chikankari Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Model, white backdrop: navy blue flared maxi gown with gold foil print, long sleeves, v-neck, a necklace.
    # Caption: adapter (cut); description, details: QA (details empty); rest: reference engine.
    case(
        "X1215-019",
        caption(
            "This female is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The dress is of long length. The female has neckwear. The female wears a ring "
            "on her finger. The female wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("gold", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        D.description("a long-sleeve dress with graphic patterns"),
        D.details("", "non_answer"),
        gender=W,
        title="Ahalyaa Women Navy Blue Foil Printed Maxi Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Model, white backdrop: rust orange straight kurta with cream printed motifs, long sleeves, cream leggings, a
    # watch. Caption: adapter ("his", "gentleman"); wearing: QA (took the only "wears" clause: the pants); rest:
    # reference engine.
    case(
        "X1215-020",
        caption(
            "His shirt has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long pants", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender=W,
        title="Anouk Women Rust Orange Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Model in juttis, white backdrop: teal green cotton straight kurta, printed, 3/4 sleeves, mustard leggings.
    # No base colour in the feed. Caption: adapter (complete, right); material: QA; rest: reference engine.
    case(
        "X1215-021",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a pair of shoes.",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow", "other_garment_color"),
        color_of("leggings", "yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        gender=W,
        title="Vishudh Women Teal Green Printed Straight Kurta",
        category="Kurtas",
    ),
    # Model, dark studio backdrop: wine velvet gown, zari embroidery on the yoke, long sleeves, floor length,
    # bangles and a ring. Caption: adapter (cut; "furry"); material: QA; rest: reference engine.
    case(
        "X1215-022",
        caption(
            "This female is wearing a long-sleeve dress with pure color patterns. The dress is with furry fabric. "
            "It has a round neckline. The dress is of long length. There is an accessory on her wrist. This female "
            "wears a ring. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("furry fabric", "unsupported"),
        is_a("gown", "yes"),
        gender=W,
        title="Ethnovog Women Burgundy Embroidered Velvet Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Model, white backdrop: blue straight kurta with white dabu print, 3/4 sleeves, v-neck, white leggings, bare
    # wrists. Caption: adapter (complete, invents a wrist accessory); wearing, details: QA; rest: reference engine.
    case(
        "X1215-023",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.details("a v-shape neckline"),
        gender=W,
        title="Libas Women Blue & White Dabu Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Model, white backdrop: red cotton sleeveless ethnic dress, calf length, white printed motifs, worn over
    # white churidar leggings. Caption: adapter (repeats the leggings); wearing, material: QA; rest: reference
    # engine.
    case(
        "X1215-024",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a long leggings. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton fabric"),
        gender=W,
        title="Fabindia Women Red Printed Cotton Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Model, white backdrop: peach cotton anarkali kurta with grey floral print, long sleeves, grey leggings, a
    # ring. Caption: adapter (cut); description: QA; rest: reference engine.
    case(
        "X1215-025",
        caption(
            "This female is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        D.description("a long-sleeve dress with floral patterns"),
        gender=W,
        title="Biba Women Peach-Coloured Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Model, white backdrop: baby pink flared gown, 3/4 sleeves, round neck, gold tissue dupatta over one
    # shoulder and round the neck, gold bangles. Caption: adapter (complete, right); details: QA; rest: reference
    # engine ("gold": the dupatta).
    case(
        "X1215-026",
        caption(
            "This female is wearing a medium-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It has a round neckline. This female has neckwear. The dress is of long length. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("gold", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("a round neckline"),
        gender=W,
        title="Inddus Women Pink Solid Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Model, white backdrop: kurta set, maroon straight kurta with pink floral print, 3/4 sleeves, pink leggings.
    # Caption: adapter (cut); wearing: QA; rest: reference engine.
    case(
        "X1215-027",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender=W,
        title="Sangria Women Maroon & Pink Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model, white backdrop: emerald green silk-blend straight kurta with gold zari woven checks, 3/4 sleeves,
    # mandarin collar, cream leggings, bangles. No gender column. Caption: adapter (complete, right); material: QA
    # ("other fabric"); rest: reference engine.
    case(
        "X1215-028",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with other fabric. It has a "
            "standing neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("other fabric", "non_answer"),
        title="Varanga Women Green Woven Design Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Back view, white backdrop: navy blue anarkali kurta with gold print, long sleeves, tasselled tie-up at the
    # back, navy leggings. Caption: adapter (loops on the leggings); wearing, details: QA (details takes the
    # loop); rest: reference engine.
    case(
        "X1215-029",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a "
            "long leggings. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        D.details(
            "a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a long "
            "leggings",
            "loop",
        ),
        gender=W,
        title="Libas Women Navy Blue Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Model seated on a stool, white backdrop: olive green fit-and-flare midi ethnic dress, white leafy print, 3/4
    # sleeves, v-neck, juttis. Caption: adapter (loops on the shoes); description: QA; rest: reference engine.
    case(
        "X1215-030",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium length. This lady wears a pair of shoes. The lady wears a "
            "pair of shoes. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        D.description("a medium-sleeve dress with floral patterns"),
        is_a("kurta", "yes", "contradiction"),
        gender=W,
        title="Janasya Women Green Printed Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Model, white backdrop: mustard yellow solid cotton straight kurta, long sleeves, v-neck, white leggings, a
    # ring. Caption: adapter (cut); details, material: QA; rest: reference engine.
    case(
        "X1215-031",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a v-shape neckline. The female wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        D.details("a v-shape neckline"),
        Q.material("cotton fabric"),
        gender=W,
        title="AKS Women Mustard Yellow Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Model, white backdrop: teal green georgette gown with scattered sequins, sleeveless, v-neck, floor length,
    # a bracelet and a ring. Caption: adapter (the limit fell after a whole clause); material: QA; rest: reference
    # engine.
    case(
        "X1215-032",
        caption(
            "This female is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. "
            "It has a v-shape neckline. The dress is of long length. There is an accessory on her wrist. This "
            "female wears a ring on her finger",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon fabric"),
        gender=W,
        title="Inddus Women Teal Green Embellished Georgette Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Model, white backdrop: pink straight kurta with green leaf print, long sleeves, green leggings, a watch.
    # Caption: adapter (complete, right); wearing: QA; rest: reference engine (leggings given the kurta's pink).
    case(
        "X1215-033",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        Q.color("pink"),
        color_of("leggings", "pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        gender=W,
        title="W Women Pink Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Model holding a red dupatta, white backdrop: red cotton anarkali kurta with gold khari print, 3/4 sleeves, a
    # choker, red churidar leggings. Caption: adapter (cut); wearing, material: QA (material took the cut end);
    # rest: reference engine.
    case(
        "X1215-034",
        caption(
            "This female is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. "
            "It has a round neckline. This female has neckwear. The female wears a long leggings. The leggings are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric and pure", "cut"),
        gender=W,
        title="Biba Women Red & Gold Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Flat lay on white, no model: blue pure-cotton straight kurta, white thread embroidery at the v-neck, 3/4
    # sleeves. Caption: adapter (invents trousers, then cut); wearing, details, material: QA (details empty);
    # rest: reference engine.
    case(
        "X1215-035",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("", "non_answer"),
        Q.material("cotton fabric"),
        gender=W,
        title="Indo Era Women Blue Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Model, white backdrop: magenta anarkali kurta with blue and gold print, long sleeves, blue leggings, a ring.
    # Caption: adapter (cut); details: QA (the ring clause); rest: reference engine.
    case(
        "X1215-036",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        color_of("leggings", "blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        D.details("a ring", "contradiction"),
        gender=W,
        title="Ahalyaa Women Magenta Printed Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Model in white sneakers, white backdrop: white cotton A-line ethnic dress with blue embroidery, knee length,
    # short sleeves, v-neck, a watch. Caption: adapter (cut); description, material: QA; rest: reference engine.
    case(
        "X1215-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The dress is of medium length. The lady wears a pair of shoes. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        D.description("a short-sleeve dress with pure color patterns"),
        Q.material("cotton fabric"),
        gender=W,
        title="Global Desi Women White Embroidered Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
    ),
    # Model, grey backdrop: black anarkali kurta with gold gota lace, long sleeves, a choker, red leggings, red
    # dupatta over her arm. Caption: adapter (complete, right); wearing, details: QA; rest: reference engine.
    case(
        "X1215-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This lady has neckwear.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        D.details("pure color patterns"),
        gender=W,
        title="Sangria Women Black Solid Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Model, white backdrop: grey straight kurta with thin pink stripes, 3/4 sleeves, pink leggings, a watch.
    # Caption: adapter (complete, but "pure color" for the stripes); wearing: QA; rest: reference engine.
    case(
        "X1215-039",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        gender=W,
        title="Anouk Women Grey Striped Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Model beside a potted plant, white backdrop: yellow georgette flared gown with floral print, short flutter
    # sleeves, v-neck, bare wrists. Caption: adapter (loops on a wrist accessory); material: QA; rest: reference
    # engine.
    case(
        "X1215-040",
        caption(
            "This female is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon fabric"),
        gender=W,
        title="KALINI Women Yellow Floral Printed Georgette Gown",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Model, white backdrop: indigo cotton kurta with white print, 3/4 sleeves, white leggings, silver bangles.
    # No category column. Caption: adapter ("denim", then cut); wearing, material: QA; rest: reference engine.
    case(
        "X1215-041",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with denim fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.material("denim fabric", "unsupported"),
        gender=W,
        title="Jaipur Kurti Women Navy Blue & White Printed Cotton Kurta",
        color="Navy Blue",
    ),
    # Model, white backdrop: green sleeveless anarkali kurta with a pink embroidered yoke, pink leggings. Caption:
    # adapter (repeats the leggings); wearing, description: QA (wearing took the leggings clause); rest: reference
    # engine.
    case(
        "X1215-042",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long leggings", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless"),
        D.description("a sleeveless dress with color block patterns"),
        gender=W,
        title="Libas Women Green & Pink Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Model, white backdrop: orange hip-length kurti, printed, short sleeves, white leggings, a ring. Caption:
    # adapter ("T-shirt", the limit after a whole clause); wearing: QA; rest: reference engine.
    case(
        "X1215-043",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a ring on her finger",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("kurta", "yes"),
        gender=W,
        title="Tissu Women Orange Printed Kurti",
        category="Kurtis",
        color="Orange",
    ),
    # Model, white backdrop: cream cotton A-line kurta with gold yoke embroidery, 3/4 sleeves, v-neck, maroon
    # leggings, a ring. Caption: adapter (cut); material: QA; rest: reference engine.
    case(
        "X1215-044",
        caption(
            "This female is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a v-shape neckline. The female wears a long leggings. The leggings are with cotton "
            "fabric and pure color patterns. This female wears a ring. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("maroon", "other_garment_color"),
        color_of("leggings", "maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        gender=W,
        title="Varanga Women Cream-Coloured Embroidered A-Line Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Model holding a silver clutch, white backdrop: lavender net anarkali gown with silver embroidery, long sheer
    # sleeves, v-neck, floor length. No gender column. Caption: adapter (loops on the clutch); material: QA; rest:
    # reference engine.
    case(
        "X1215-045",
        caption(
            "This female is wearing a long-sleeve dress with lattice patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The dress is of long length. There is an accessory in her hand. There is an "
            "accessory in her hand. There",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("purple"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon fabric", "unsupported"),
        title="Ethnovog Women Lavender Embroidered Net Anarkali Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
]
