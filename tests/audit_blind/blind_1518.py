"""BLIND_1518 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 66/77 failures found (85.7%) and 24/264 correct texts flagged
(9.1%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed: Kurtas, Kurta Sets, Sherwani and Nehru Jackets. Catalog shots: a male model
on a plain studio backdrop wearing the product with the rest of the outfit (white or cream pyjama/churidar, a kurta
under the Nehru jackets, a stole or a safa with the sherwanis), now and then a flat lay, a back view, or a prop (stool,
chair, pillar, bench, potted plant). Columns as the feed has them: title (brand + Myntra's product name), category
(Myntra's article type), color (Myntra's base colour), gender; a few rows miss one of them. The questionnaire depends
on the article type: Kurtas get wearing, garment type, color, pattern, sleeve length, description, material (two
products from a later batch only got the first five); Kurta Sets get wearing, garment type, color, the pyjama's color,
pattern, details; Sherwani get wearing, garment type, color, pattern, "Is this a sherwani?", description, details,
material; Nehru Jackets get wearing, garment type, color, sleeve length, "Is this a nehru jacket?", description.
Who wrote what: the caption and the open answers (wearing, description, details, material) are the untuned base
Salesforce/blip2-opt-2.7b, zero-shot, greedy, stopped on newline, 50/30 new tokens. The closed answers (garment type,
color, pattern, sleeve length, pyjama color, the yes/no questions) are enrich's reference engine ranking candidates
with the same base model; an unmapped color is kept raw ("maroon", "gold"). No adapter anywhere.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. The base model's usual
failures here are not loops but the product lost in the outfit: on Nehru jackets and kurta sets the closed color and
garment type often go to the kurta or the pyjama under/with the product (other_garment_color for a color that belongs
to another garment, contradiction for type or sleeves). Open texts may call a kurta a "shirt"/"long shirt", a
sherwani a "suit"/"coat"/"jacket", a Nehru jacket a "vest", churidar "pants"/"pajamas"/"leggings": that is the base
model's vocabulary and I left it correct; "dress" for a man's kurta I marked contradiction. A closed garment type
other than the seller's article type (shirt, dress, jacket for a sherwani, kurta for a jacket) is a contradiction.
Color families count as right: navy/teal -> blue, maroon/rust/magenta/peach handled as red/orange/pink, cream/off
white -> white/beige, gold -> gold. "solid" on a chikankari, printed, self-design or woven product is a
contradiction even where the pattern is faint. On the kurta set with a printed Nehru jacket I let "printed" stand.
Both garments answered with one color is right when they are both that color (the white chikankari set, the beige
flat lay). Material not in the title was judged from the photo (matte cotton vs sheen); a material against the title
is unsupported. A hallucinated prop or setting in a caption (tea cup, wedding, park) is unsupported. "cloth",
"fabric", a bare other garment or "the back of the coat" for details/material is non_answer; "the details of the
garment" is restated. A text that runs on is marked hit_limit and labeled by its cause (loop when it repeats, cut
otherwise); a leak is a text that goes on into "Question:"/"Answer:".
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1518 = [
    # Model front, navy blue cotton-blend kurta with mandarin collar, white churidar, brown mojaris, grey backdrop.
    # Caption/open: base BLIP-2 zero-shot; closed: reference engine.
    case(
        "X1518-001",
        caption("a man in a navy blue kurta and white pants standing against a grey background"),
        Q.wearing("a kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a navy blue kurta with a mandarin collar"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Model front, hands in pockets, plain white cotton kurta and white pyjama, beige backdrop.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-002",
        caption("a man in a white kurta and white pajamas with his hands in his pockets"),
        Q.wearing("white kurta pajama"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("it is a white kurta"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Fabindia Men White Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Model three-quarter turn, maroon kurta with small gold-toned printed motifs all over, cream pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-003",
        caption("a man in a red kurta with gold print"),
        Q.wearing("a red kurta"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("a red kurta with gold embroidery", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="KISAH Men Maroon Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Model seated on a wooden stool (prop), mustard cotton kurta, white pyjama, nothing in his hands.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-004",
        caption("a man sitting on a wooden stool wearing a yellow kurta and holding a cup of tea", "unsupported"),
        Q.wearing("yellow kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a yellow kurta"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Model front, knee-length sea green kurta with white-thread chikankari on the yoke, white churidar, white wall.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-005",
        caption("a man in a green kurta standing in front of a white wall"),
        Q.wearing("a green dress", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("a green kurta with white embroidery"),
        Q.material("cotton"),
        gender="Men",
        title="House of Pataudi Men Sea Green Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Model front, off-white matte cotton kurta with gold zari embroidery on the yoke and gold-toned buttons,
    # off-white pyjama. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-006",
        caption("a man in a white kurta with gold embroidery on the neck"),
        Q.wearing("a white kurta with gold embroidery"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "white kurta with gold embroidery on the neck and gold buttons and gold embroidery on the neck and gold"
            " buttons and gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Jompers Men Off White & Gold-Toned Yoke Design Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Later batch (five questions). Model front, black hip-length short kurta with short sleeves, worn with blue
    # jeans and white sneakers, white backdrop. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-007",
        caption("a man in a black shirt and blue jeans"),
        Q.wearing("a black shirt and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Men",
        title="Vastramay Men Black Solid Straight Short Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Model front, hands clasped, cream silk-blend self-design (jacquard) kurta with gold buttons, cream churidar.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-008",
        caption("a man in a cream colored kurta standing with his hands folded"),
        Q.wearing("kurta"),
        Q.garment_type("kurta"),
        Q.color("beige"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("a cream kurta with gold buttons"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream Self Design Silk Blend Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Model front, one hand on hip, teal kurta, white pyjama. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-009",
        caption("a man in a blue kurta and white pajamas posing for a photo"),
        Q.wearing("a blue kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue kurta with a white pajama"),
        Q.material("cloth", "non_answer"),
        gender="Men",
        title="Sojanya Men Teal Blue Solid Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Male model with shoulder-length hair, pastel pink kurta with a small white floral print, white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-010",
        caption("a woman in a pink kurta with flowers on it", "pronoun"),
        Q.wearing("a pink kurta"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.description("she is wearing a pink kurta with white flowers", "pronoun"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Back view (the feed's first image): grey kurta with thin white vertical stripes, stand collar, white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-011",
        caption("the back of a man in a grey striped kurta"),
        Q.wearing("a grey kurta"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description("grey kurta with white stripes and a collar"),
        Q.material("cotton"),
        gender="Men",
        title="Ethnix by Raymond Men Grey Striped Cotton Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Flat lay on a white surface, no model: olive kurta, mandarin collar, button placket, two side pockets, curved
    # hem. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-012",
        caption("a green shirt laid out on a white surface"),
        Q.wearing("a green kurta"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a green kurta with a mandarin collar and buttons down the front, two side pockets and a curved hem at"
            " the bottom of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Hangup Men Olive Green Solid Kurta with Mandarin Collar",
        category="Kurtas",
        color="Olive",
    ),
    # Model leaning on a wooden chair (prop), rust orange linen kurta, beige trousers.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-013",
        caption("a man in an orange kurta leaning on a chair"),
        Q.wearing("orange kurta"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("orange kurta Question: What is the color of the kurta? Answer: orange", "leak"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manu Men Rust Orange Solid Linen Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Later batch (five questions), no gender column. Model front, pale lavender kurta (washed out by the studio
    # light but clearly lilac), white pyjama. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-014",
        caption("a man in a white kurta and white pajamas", "contradiction"),
        Q.wearing("a white kurta", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        title="Larwa Men Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Model front, plain beige cotton kurta, brown churidar. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-015",
        caption("a man in a beige kurta and brown pants"),
        Q.wearing("a kurta and pants"),
        Q.garment_type("kurta"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a beige kurta"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Svanik Men Beige Solid Cotton Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # No category column. Model front, red kurta with white bandhani dot print, white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-016",
        caption("a man in a red and white polka dot shirt"),
        Q.wearing("he is wearing a red and white polka dot kurta"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.description("the garment is a red kurta with a white pattern on it"),
        Q.material("cotton"),
        gender="Men",
        title="Tabard Men Red Bandhani Printed Cotton Kurta",
        color="Red",
    ),
    # Kurta set. Model front, yellow kurta with a floral-and-leaf ethnic print, plain white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-017",
        caption("a man in a yellow kurta and white pajamas"),
        Q.wearing("a yellow kurta and white pajamas"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        Q.pattern("printed"),
        Q.details("the kurta has a print of flowers and leaves"),
        gender="Men",
        title="KISAH Men Yellow Ethnic Motifs Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Kurta set. Model front, hands clasped, maroon silk kurta with gold embroidery on collar and placket only
    # (cuffs plain), cream churidar. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-018",
        caption("a man in a maroon kurta with gold embroidery"),
        Q.wearing("maroon kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        color_of("pyjama", "white"),
        Q.pattern("embroidered"),
        Q.details("gold embroidery on the neck and the sleeves", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon & Gold Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Kurta set. Model front, navy kurta with mandarin collar and button placket, no pockets on the chest, white
    # pyjama, white wall. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-019",
        caption("a man in a blue kurta and white pants standing in front of a white wall"),
        Q.wearing("blue kurta"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.details("it has a mandarin collar and a button placket and a pocket on the chest", "unsupported"),
        gender="Men",
        title="Sojanya Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Kurta set, no gender column. Model in side profile, green kurta with a white leaf print, white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-020",
        caption("a man in a green shirt with white leaves on it"),
        Q.wearing("green kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("green"),
        color_of("pyjama", "white"),
        Q.pattern("floral"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        title="Jompers Men Green Leaf Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Kurta set. Model front, plain peach kurta, cream dhoti pants. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-021",
        caption("a man in a peach kurta and white dhoti"),
        Q.wearing("a kurta and dhoti"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.details("dhoti", "non_answer"),
        gender="Men",
        title="Vastramay Men Peach-Coloured Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Peach",
    ),
    # Kurta set. Model front, black kurta with silver-toned buttons, white churidar.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-022",
        caption("a man in a black kurta and white pajamas"),
        Q.wearing("he is wearing a black kurta with white pajamas"),
        Q.garment_type("kurta"),
        Q.color("black"),
        color_of("pyjama", "black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("black kurta with silver buttons and white churidar pyjama"),
        gender="Men",
        title="Ethnix by Raymond Men Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Kurta set. Model front, blue and white striped kurta, white pyjama. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-023",
        caption("a man in a blue and white striped shirt and white pants"),
        Q.wearing(
            "a blue and white striped kurta and white pajamas Question: What is the color of the pajamas? Answer:"
            " white",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("blue"),
        color_of("pyjama", "white"),
        Q.pattern("striped"),
        Q.details("the details of the garment are stripes"),
        gender="Men",
        title="Anouk Men Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Kurta set. Model front beside a potted plant (prop), white kurta with white chikankari all over, white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-024",
        caption("a man in a white kurta standing next to a plant"),
        Q.wearing("white kurta pajama"),
        Q.garment_type("kurta"),
        Q.color("white"),
        color_of("pyjama", "white"),
        Q.pattern("solid", "contradiction"),
        Q.details("the kurta has white embroidery all over it"),
        gender="Men",
        title="SOJANYA Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Kurta set. Model seated on a stool (prop), mustard kurta, off-white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-025",
        caption("a man sitting on a stool in a yellow kurta and white pants"),
        Q.wearing("kurta"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the kurta is yellow and the pajamas are white and the kurta is yellow and the pajamas are white and the"
            " kurta is yellow and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Hangup Men Mustard Solid Kurta with Off White Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Three-piece set. Model front, plain teal kurta, white pyjama, cream Nehru jacket with a small floral print
    # over the kurta. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-026",
        caption("a man in a teal kurta and a white vest"),
        Q.wearing("a kurta and a vest"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        color_of("pyjama", "white"),
        Q.pattern("printed"),
        Q.details("the jacket has a floral print and the kurta has a floral print", "unsupported"),
        gender="Men",
        title="Jompers Men Teal Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Teal",
    ),
    # Kurta set, no color column. Flat lay, no model: beige kurta and beige pyjama folded side by side, white surface.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-027",
        caption("a beige shirt and pants on a white background"),
        Q.wearing("a shirt and pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("beige"),
        color_of("pyjama", "beige"),
        Q.pattern("solid"),
        Q.details("the details of the garment", "restated"),
        gender="Men",
        title="Mag Men Beige Solid Kurta with Pyjamas",
        category="Kurta Sets",
    ),
    # Kurta set. Male model with long hair tied back, magenta kurta, cream churidar.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-028",
        caption("a woman in a pink kurta and white leggings", "pronoun"),
        Q.wearing("a pink kurta"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.details("pink kurta with white leggings"),
        gender="Men",
        title="KISAH Men Magenta Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Kurta set. Model front, off-white kurta and churidar, maroon stole with a gold border over the left shoulder.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-029",
        caption("a man in a white kurta with a red scarf"),
        Q.wearing("white kurta and red scarf"),
        Q.garment_type("kurta"),
        Q.color("red", "other_garment_color"),
        color_of("pyjama", "white"),
        Q.pattern("solid"),
        Q.details(
            "red scarf with gold border, red scarf with gold border, red scarf with gold border, red scarf with gold"
            " border, red",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Off White Kurta with Churidar & Maroon Stole",
        category="Kurta Sets",
        color="Off White",
    ),
    # Sherwani. Studio shot, plain backdrop: cream silk-blend sherwani with gold embroidery on collar and cuffs,
    # cream churidar, maroon safa. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-030",
        caption("a man in a cream sherwani and red turban at a wedding", "unsupported"),
        Q.wearing("sherwani"),
        Q.garment_type("sherwani"),
        Q.color("beige"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.description("a cream colored sherwani with gold embroidery"),
        Q.details(
            "gold embroidery on the collar, gold embroidery on the cuffs, gold embroidery on the collar, gold"
            " embroidery on the cuffs, gold embroidery",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream & Gold-Toned Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Sherwani. Model front, navy jacquard sherwani with a woven self pattern and sheen, white churidar, no shirt
    # showing, white wall. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-031",
        caption("a man in a blue suit standing in front of a white wall"),
        Q.wearing("a suit"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        is_a("sherwani", "no", "contradiction"),
        Q.description("it is a blue suit with a white shirt", "unsupported"),
        Q.details("buttons"),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Navy Blue Woven Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Sherwani. Model beside a decorative pillar (prop), gold brocade sherwani with mandarin collar and gold buttons,
    # cream churidar. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-032",
        caption("a man in a gold sherwani standing next to a pillar"),
        Q.wearing("gold sherwani"),
        Q.garment_type("sherwani"),
        Q.color("gold"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.description(
            "gold sherwani with a mandarin collar and gold buttons and a gold brocade pattern all over it, paired"
            " with a cream churidar and",
            "cut",
            hit_limit=True,
        ),
        Q.details("the sherwani", "non_answer"),
        Q.material("brocade"),
        gender="Men",
        title="Manyavar Men Gold-Toned Brocade Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Sherwani, no gender column. Model front, black velvet sherwani with silver zardozi on collar and cuffs, white
    # churidar. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-033",
        caption("a man in a black sherwani with silver embroidery"),
        Q.wearing("a black jacket"),
        Q.garment_type("sherwani"),
        Q.color("black"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.description("black velvet sherwani with silver embroidery on the collar"),
        Q.details("silver embroidery on the collar and the sleeves"),
        Q.material("velvet"),
        title="Manyavar Men Black Embroidered Velvet Sherwani",
        category="Sherwani",
        color="Black",
    ),
    # Sherwani. Model front, peach sherwani with tonal thread embroidery, off-white churidar.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-034",
        caption("a man in a pink sherwani and white pants"),
        Q.wearing("he is wearing a sherwani"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.description("it is a pink sherwani with embroidery"),
        Q.details("embroidery"),
        Q.material("silk. Question: What is the color of the garment? Answer: pink", "leak"),
        gender="Men",
        title="Sanwara Men Peach Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Peach",
    ),
    # Sherwani. Back view (the feed's first image): plain maroon poly-silk sherwani, cream churidar.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-035",
        caption("the back of a man in a red jacket"),
        Q.wearing("a red coat"),
        Q.garment_type("sherwani"),
        Q.color("red"),
        Q.pattern("solid"),
        is_a("sherwani", "no", "contradiction"),
        Q.description("a man wearing a red coat"),
        Q.details("the back of the coat", "non_answer"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Vastramay Men Maroon Solid Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Sherwani. Model front, off-white silk-blend sherwani with pink thread embroidery on collar, placket, cuffs
    # and hem, off-white churidar, pink stole and pink safa. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-036",
        caption("a man in a white sherwani with a pink turban and a pink scarf"),
        Q.wearing("white sherwani and pink turban"),
        Q.garment_type("sherwani"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        Q.description(
            "it is a white sherwani with pink embroidery on the collar, the cuffs, the front and the hem of the"
            " sherwani, and it is worn with",
            "cut",
            hit_limit=True,
        ),
        Q.details("pink embroidery"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Off White Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Off White",
    ),
    # Nehru jacket. Model front, sleeveless navy jacket over a white kurta, white pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-037",
        caption("a man in a white kurta and a blue vest"),
        Q.wearing("a blue vest over a white kurta"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "yes"),
        Q.description("a blue vest"),
        gender="Men",
        title="Hangup Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Nehru jacket. Model front, maroon jacquard jacket with a pocket square over a cream kurta.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-038",
        caption("a man in a red vest and white shirt"),
        Q.wearing("vest"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        Q.description("red vest with a pocket square"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Nehru jacket. Model front, beige jacket with a small floral print over a navy kurta.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-039",
        caption("a man in a blue kurta and a beige vest"),
        Q.wearing("a kurta and a vest Question: What is the color of the vest? Answer: beige", "leak"),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "no", "contradiction"),
        Q.description("a beige vest with a floral print"),
        gender="Men",
        title="KISAH Men Beige Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Nehru jacket. Flat lay, no model: black jacket alone on white, mandarin collar, front buttons.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-040",
        caption("a black vest on a white background"),
        Q.wearing("a black vest"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        Q.description("a black vest with a mandarin collar and buttons"),
        gender="Men",
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Nehru jacket, no gender column. Male model with long hair and a beard, grey self-design jacket over a white
    # kurta, white pyjama. Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-041",
        caption("a woman in a white dress and a grey vest", "pronoun"),
        Q.wearing("a grey vest"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "yes"),
        Q.description("a grey vest with buttons down the front"),
        title="Ethnix by Raymond Men Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Nehru jacket. Model front, mustard jacket with a small black print over a black kurta, black pyjama.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-042",
        caption("a man in a yellow jacket and black kurta"),
        Q.wearing("a yellow jacket"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        Q.description(
            "a yellow jacket with a black print on it and a black kurta underneath it and a black pajama and black"
            " shoes and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Mustard Yellow Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Nehru jacket. Model front, bottle green velvet jacket over a cream kurta.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-043",
        caption("a man in a green velvet vest over a white kurta"),
        Q.wearing("green vest"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        Q.description("the garment is a green vest Answer: a green vest", "leak"),
        gender="Men",
        title="Manyavar Men Green Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
    ),
    # Nehru jacket. Model front, cream jacket with gold thread embroidery over a maroon kurta, cream churidar.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-044",
        caption("a man in a maroon kurta and a white jacket"),
        Q.wearing("maroon kurta"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "yes"),
        Q.description("a maroon kurta with a white jacket with gold embroidery"),
        gender="Men",
        title="Sojanya Men Cream Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Nehru jacket. Studio shot, model seated on a wooden bench (prop), turquoise jacket over a white kurta.
    # Caption/open: base zero-shot; closed: engine.
    case(
        "X1518-045",
        caption("a man sitting on a bench in a park wearing a blue vest", "unsupported"),
        Q.wearing("vest"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        Q.description("the garment is a blue garment", "restated"),
        gender="Men",
        title="Hangup Men Turquoise Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Turquoise Blue",
    ),
]
