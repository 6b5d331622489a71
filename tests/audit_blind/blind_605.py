"""BLIND_605 (46 products; Men's festive wear; epoch-3 captions, QA spans): written blind in the fifty-second session.
Measured blind at 7104e1f (the session's tenth rules): 96/129 failures found (74.4%) and 30/182 correct texts flagged
(16.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's festive and wedding wear (sherwanis, kurta sets, kurta sets with Nehru
jackets, Nehru jackets sold alone, bandhgalas filed as Blazers or Suits, dhotis and dhoti sets, stoles, safas). Model
shots: mostly front or three-quarter full-body views on white, beige, grey or pastel studio backdrops, some on a
palace-pillar, carved-door or marigold set, one back view, a few head-and-shoulders crops for stoles and safas. The
model nearly always wears other garments (churidar or pyjamas under a kurta, a kurta under a jacket, a sherwani
under a stole or safa), so the product is seldom the only garment in view.

Who wrote what: captions are the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It writes the DeepFashion template ("The man is wearing a long-sleeve shirt
with pure color patterns. The shirt is with cotton fabric and its neckline is stand."), calls a kurta a shirt, a
sherwani a coat, a Nehru jacket a vest and a safa a hat, says "cotton fabric" by default, adds the template's
accessory sentences ("There is an accessory on his wrist") whether or not there is one, and slips into "the lady" /
"she" from its mostly-female training set. On about a third of the products the base model's vocabulary comes
through instead ("a man wearing a maroon kurta and gold dhoti"), with hue names. It stops on its own most of the
time; the rest run to 50 tokens, cut mid-sentence or looping. Open answers (wearing, description, details,
material, headwear, lower body, the open color question) are spans extracted by timpal0l/mdeberta-v3-base-squad2
from that caption: when its null answer wins enrich stores an empty string; the span may be the question's own
words echoed, or the tail of a cut or looping caption. On six products (012, 019, 029, 033, 038, 044,
named "fallback" in the photo comment) the QA worker was down and enrich fell back to free generation by the same
caption adapter under the `Question: ... Answer:` prompt, 30 new tokens: those texts run to the limit and return the
caption template, loop, restate the question or go on to write the next "Question: ... Answer:" pair. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from `--engine reference`, one
candidate value each: they are never cut or looping, but often name the color of the kurta under the jacket, the
churidar, the stole or the safa rather than the product's.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a caption that is cut or loops is labelled cut or loop even when it
  also holds a wrong word earlier.
- The adapter's template vocabulary is not a failure in captions and open answers when true of the shape: a kurta
  as "long-sleeve shirt", a sherwani or bandhgala as "coat"/"jacket", a Nehru jacket as "vest", a safa as "hat" or
  "turban", churidar/pyjamas/dhoti pants as "pants"/"trousers"/"lower clothing". "Dress" for a kurta is a
  contradiction. A closed garment_type naming another catalog category (shirt for a kurta, coat or jacket for a
  sherwani, trousers for a dhoti, stole for a kurta set) is a contradiction.
- Colors: a shade in the seller color's group is correct (peach or rose as pink, lavender as purple, mustard as
  yellow, teal or turquoise as blue, burgundy or wine as red, copper as brown, cream or off white as white). For a
  Multi product any of its colors is correct. A closed or open color that is the color of another garment in view
  (kurta under the jacket, churidar, stole, safa, pocket square, jeans) is other_garment_color; a color seen nowhere
  on the product or in the photo is contradiction.
- Wrong garment kind, wrong pattern, wrong sleeve length, "yes"/"no" wrong to "Is this a ...?": contradiction.
  "Sleeveless" for a kurta set because the jacket over it is sleeveless is a contradiction, not another garment's
  color.
- Invented details (accessories on the wrist, rings, glasses, a walking stick, zipper and pockets, a pose or prop
  not there) and a material the title contradicts ("cotton" for velvet or art silk, "denim" of the jeans for a cotton
  kurta) are unsupported. A material the title does not state and the photo cannot show was not asked.
- A QA span taken from the cut tail of a caption ("There is an", "cotton fabric and it") is labelled cut; one taken
  from a loop is labelled loop. Their hit_limit stays False: the span itself did not reach a token limit; the caption
  and the fallback free generations that did have hit_limit=True.
- Empty string, a lone pronoun or a fragment without content ("long length", "This man", "a sofa" to describe the
  garment) is non_answer. A span that only echoes the question's words ("The man is wearing" to "What is the person
  wearing?") is restated; a fallback text that begins by restating and never answers is restated even though it ran
  to the limit.
- A bare but true short answer ("a hat" for headwear, "a long-sleeve shirt ..." to what the person wears on a dhoti
  product, the kurta being what is most in view) is correct: it answers the question. "The lower clothing" to the
  lower-body question and "A man wearing" to the wearing question echo the question and are restated.
- "She", "her", "lady", "woman", "female" for a Men product is pronoun, in captions and in spans that carry it. The
  one row without a gender has no pronoun failure.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

headwear = question("headwear", "What is the person wearing on the head?", "open")
lower = question("lower", "What is the person wearing on the lower body?", "open")

BLIND_605 = [
    # photo: cream sherwani with gold zari embroidery on collar and placket, cream churidar, maroon velvet stole on the
    # left shoulder; front view, beige backdrop with a carved wooden arch. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-001",
        caption(
            "The man is wearing a long-sleeve cream sherwani with embroidered patterns. The sherwani is with silk "
            "fabric and its neckline is stand. He wears a maroon stole on his shoulder and a pair of churidar pants."
        ),
        wearing("a long-sleeve cream sherwani with embroidered patterns"),
        Q.garment_type("sherwani"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("silk"),
        title="Manyavar Men Cream & Gold-Toned Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard yellow kurta, white pyjamas, navy blue Nehru jacket with small woven motifs, hands folded, no
    # watch or jewellery; front view, plain white backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-002",
        caption(
            "The gentleman wears a long-sleeve kurta with solid color patterns and a navy blue jacket over it. The "
            "kurta is with cotton fabric. The pants this gentleman wears is of long length. There is an accessory "
            "on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve kurta with solid color patterns and a navy blue jacket"),
        Q.garment_type("kurta"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        D.details("an accessory on his wrist", "unsupported"),
        title="VASTRAMAY Men Mustard Yellow Cotton Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: maroon velvet bandhgala with gold buttons, black trousers, white pocket square; front view, grey studio
    # backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-003",
        caption(
            "This man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The trousers this man wears is of long length.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("bandhgala"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        is_a("bandhgala", "yes"),
        title="Sojanya Men Maroon Solid Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: white cotton dhoti with a thin gold zari border, worn with a peach kurta; cropped from the chest down,
    # white backdrop. Caption epoch 3 (ran to 50 tokens), spans QA, closed reference.
    case(
        "X605-004",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The man "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline is "
            "round. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("trousers", "contradiction"),
        Q.color("peach", "other_garment_color"),
        Q.material("cotton"),
        Q.pattern("solid"),
        lower("The lower clothing", "restated"),
        title="Ramraj Cotton Men White Solid Dhoti with Gold Zari Border",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: gold jacquard stole with woven paisleys draped over the shoulder of a model in an ivory sherwani;
    # upper-body close-up, pale pink backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-005",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a scarf with lattice patterns on her "
            "shoulder.",
            "pronoun",
        ),
        wearing("a long-sleeve coat with pure color patterns and a scarf"),
        Q.garment_type("stole"),
        Q.color("off white", "other_garment_color"),
        Q.pattern("jacquard"),
        describe("stole", "a scarf with lattice patterns on her shoulder", "pronoun"),
        title="Tistabene Men Gold-Toned Woven Design Stole",
        category="Stoles",
        color="Gold",
        gender="Men",
    ),
    # photo: red bandhani-dotted safa with a gold tail and a kalgi brooch, worn with a cream sherwani with a stand
    # collar; head-and-shoulders front view, white backdrop. Caption epoch 3 (base vocabulary), spans QA.
    case(
        "X605-006",
        caption(
            "The man is wearing a red turban with a gold brooch and a cream sherwani with a stand collar. He is "
            "standing in front of a white wall."
        ),
        headwear("a red turban with a gold brooch"),
        Q.garment_type("safa"),
        Q.color("cream", "other_garment_color"),
        Q.pattern("printed"),
        is_a("safa", "yes"),
        color_of("turban", "cream", "other_garment_color", kind="open"),
        title="Manyavar Men Red & Gold-Toned Bandhani Print Safa",
        category="Headwear",
        color="Red",
        gender="Men",
    ),
    # photo: navy blue jacquard Nehru jacket over a white kurta and white churidar; three-quarter view, light grey
    # backdrop. Caption epoch 3 (looped to 50 tokens), spans QA, closed reference.
    case(
        "X605-007",
        caption(
            "The man wears a sleeveless vest with lattice patterns. The vest is with cotton fabric and its neckline "
            "is stand. The man wears a long-sleeve shirt, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with lattice patterns"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("jacket", "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar", "loop"),
        is_a("nehru jacket", "yes"),
        title="Jompers Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white cotton kurta with white chikankari on the yoke, beige pyjamas, brown mojaris, one hand in the
    # side pocket; front view, white backdrop. Caption epoch 3 (base vocabulary), spans QA, closed reference.
    case(
        "X605-008",
        caption("A man wearing a white kurta with embroidery on the front and beige pants. He is wearing brown shoes."),
        wearing("a white kurta with embroidery on the front and beige pants"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.material("", "non_answer"),
        describe("kurta", "embroidery on the front"),
        Q.sleeve_length("long sleeves"),
        title="House of Pataudi Men Off-White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: navy blue art-silk sherwani with silver self-design thread work, white churidar; front view, a
    # palace set with cream pillars. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-009",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with silk fabric and its neckline "
            "is stand. The pants this lady wears is of long length.",
            "pronoun",
        ),
        wearing("a long-sleeve coat with lattice patterns"),
        Q.garment_type("sherwani"),
        Q.color("black", "contradiction"),
        Q.material("silk"),
        Q.sleeve_length("long sleeves"),
        lower("long length", "non_answer"),
        title="Sojanya Men Navy Blue & Silver-Toned Self Design Art Silk Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: peach kurta with small white floral buttis, white pyjamas; three-quarter view turned away, white
    # backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-010",
        caption(
            "The man is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The man wears long trousers with pure color patterns."
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("peach"),
        Q.pattern("floral"),
        describe("kurta", "a long-sleeve shirt with floral patterns"),
        Q.material("cotton"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        title="Anouk Men Peach-Coloured Floral Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: black bandhgala jacket and black trousers, white pocket square, silver collar brooch, hands empty;
    # front view, dark grey backdrop. Caption epoch 3 (base vocabulary), spans QA, closed reference.
    case(
        "X605-011",
        caption(
            "A man in a black suit with a white pocket square standing in front of a grey wall. He is holding a "
            "walking stick.",
            "unsupported",
        ),
        wearing("a black suit with a white pocket square"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("suit"),
        D.details("a white pocket square"),
        is_a("suit", "yes"),
        Q.pattern("striped", "contradiction"),
        title="Ethnix by Raymond Men Black Solid Bandhgala Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: cream silk kurta and cream dhoti pants with a gold border; front view, pale blue backdrop. Caption epoch
    # 3; fallback: the open answers are free generation by the caption adapter (30 tokens); closed reference.
    case(
        "X605-012",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and its "
            "neckline is stand. The lower clothing is of long length. The fabric is silk and it has pure color "
            "patterns."
        ),
        wearing(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and its "
            "neckline is stand. The lower clothing is",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "Question: Describe the garment. Answer: The man is wearing a long-sleeve shirt with pure color patterns. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.color("cream"),
        Q.garment_type("kurta"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        D.details(
            "The shirt is with silk fabric and its neckline is stand. Question: What is the color of the shirt? "
            "Answer: cream Question:",
            "leak",
            hit_limit=True,
        ),
        title="Sethukrishna Men Cream-Coloured Solid Silk Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: beige Nehru jacket with a small brown geometric print over a dark green kurta and white pyjamas; front
    # view, white backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-013",
        caption(
            "The man wears a sleeveless vest with graphic patterns over a long-sleeve green shirt with pure color "
            "patterns. The vest is with cotton fabric and its neckline is stand."
        ),
        wearing("a sleeveless vest with graphic patterns"),
        Q.color("green", "other_garment_color"),
        Q.pattern("printed"),
        describe("jacket", "a sleeveless vest with graphic patterns over a long-sleeve green shirt"),
        Q.material("cotton"),
        is_a("kurta", "yes", "contradiction"),
        color_of("jacket", "green", "other_garment_color", kind="open"),
        title="Hangup Men Beige & Brown Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon brocade sherwani with gold floral motifs, gold churidar, gold safa, no glasses; front view,
    # backdrop hung with marigold garlands. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-014",
        caption(
            "The man is wearing a long-sleeve coat with floral patterns. The coat is with silk fabric and its "
            "neckline is stand. There is a hat in his head. This man wears a pair of glasses.",
            "unsupported",
        ),
        Q.color("maroon"),
        Q.garment_type("coat", "contradiction"),
        Q.pattern("floral"),
        headwear("a hat"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("silk"),
        title="Manyavar Men Maroon & Gold-Toned Brocade Silk Blend Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: indigo blue kurta with a white dabu block print, round band collar, white pyjamas; front view, white
    # backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-015",
        caption(
            "The man wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The man is wearing white pants.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        Q.color("blue"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        Q.pattern("printed"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        title="Fabindia Men Indigo Blue Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon silk stole with thin gold edges draped around the neck over a cream cotton kurta; upper-body
    # view cut above the hands, white backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-016",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. There is a scarf in his neck. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.color("cream", "other_garment_color"),
        Q.garment_type("stole"),
        describe("stole", "a scarf in his neck"),
        Q.material("cotton", "unsupported"),
        Q.pattern("solid"),
        title="Bharatasya Men Maroon Solid Pure Silk Stole",
        category="Stoles",
        color="Maroon",
        gender="Men",
    ),
    # photo: sea green kurta, white churidar, cream Nehru jacket with a green floral print; three-quarter view,
    # white backdrop. Caption epoch 3 (ran to 50 tokens), spans QA, closed reference.
    case(
        "X605-017",
        caption(
            "The man is wearing a sleeveless vest with floral patterns. The vest is with cotton fabric and its "
            "neckline is stand. Under it he wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and it",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with floral patterns"),
        Q.color("cream", "other_garment_color"),
        Q.garment_type("kurta"),
        D.details("cotton fabric and it", "cut"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="KISAH Men Sea Green Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: gold-toned pre-stitched silk dhoti worn with a maroon kurta, hands empty, no props; full-body front
    # view, white backdrop. Caption epoch 3 (base vocabulary), spans QA, closed reference.
    case(
        "X605-018",
        caption(
            "A man wearing a maroon kurta and gold dhoti standing in front of a white background holding a sword.",
            "unsupported",
        ),
        wearing("a maroon kurta and gold dhoti"),
        Q.color("gold"),
        Q.garment_type("dhoti"),
        Q.material("", "non_answer"),
        describe("dhoti", "gold dhoti"),
        color_of("dhoti", "maroon", "other_garment_color", kind="open"),
        title="Royal Kurta Men Gold-Toned Solid Silk Dhoti",
        category="Dhotis",
        color="Gold",
        gender="Men",
    ),
    # photo: ivory sherwani with pink thread embroidery at the neck and cuffs, ivory churidar, pink dupatta over one
    # shoulder; front view, beige backdrop. Caption epoch 3; fallback free generation for open answers; closed ref.
    case(
        "X605-019",
        caption(
            "The man is wearing a long-sleeve coat with floral patterns. The coat is with silk fabric and its "
            "neckline is stand. There is a scarf in his neck. The pants this man wears is of long length."
        ),
        wearing(
            "Question: What is the person wearing? Answer: The man is wearing a long-sleeve coat with floral "
            "patterns. The coat is with silk fabric and",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink", "other_garment_color"),
        D.description(
            "the garment is a long-sleeve coat, the sleeves, the neckline, the sleeves, the neckline, the sleeves, "
            "the neckline, the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sherwani"),
        Q.material(
            "silk fabric and its neckline is stand. The pants this man wears is of long length. There is a scarf in "
            "his neck. The",
            "cut",
            hit_limit=True,
        ),
        title="Tabard Men Ivory & Pink Embroidered Art Silk Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: teal self-design jacquard bandhgala with brass buttons, cream trousers; the model holds sunglasses in
    # his right hand, not wearing them; three-quarter view, white backdrop. Caption epoch 3, spans QA, closed ref.
    case(
        "X605-020",
        caption(
            "The man is wearing a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is stand. This man wears a pair of glasses.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.color("teal"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("blazer"),
        lower("", "non_answer"),
        title="Mohanlal Sons Men Teal Blue Self Design Bandhgala",
        category="Blazers",
        color="Teal",
        gender="Men",
    ),
    # photo: black kurta with a mandarin collar, white churidar; front view, white backdrop. Caption epoch 3, spans QA,
    # closed reference.
    case(
        "X605-021",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lower clothing is of long length."
        ),
        wearing("The man is wearing", "restated"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "its neckline is stand"),
        title="Ethnix by Raymond Men Black Solid Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: orange leheriya safa (diagonal wave stripes) with a gold edge, worn with a white sherwani;
    # head-and-shoulders view, hands not in frame, carved wooden door behind. Caption epoch 3, spans QA, closed ref.
    case(
        "X605-022",
        caption(
            "The man wears a long-sleeve coat with pure color patterns. There is a hat in his head. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        headwear("a hat"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.garment_type("cap", "contradiction"),
        is_a("stole", "no"),
        title="Vastramay Men Orange & Gold-Toned Leheriya Safa",
        category="Headwear",
        color="Orange",
        gender="Men",
    ),
    # photo: lavender self-striped cotton kurta, white pyjamas; model seated on a wooden stool; white backdrop.
    # Caption epoch 3, spans QA, closed reference.
    case(
        "X605-023",
        caption(
            "The lady is wearing a long-sleeve dress with striped patterns. The dress is with cotton fabric. She is "
            "sitting on a stool.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with striped patterns", "contradiction"),
        Q.color("purple"),
        Q.pattern("striped"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        title="See Designs Men Lavender Self-Striped Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: copper-toned brocade Nehru jacket over a cream kurta; three-quarter view, white backdrop. Caption epoch 3
    # (base vocabulary), spans QA, closed reference.
    case(
        "X605-024",
        caption("A man in a brown jacket and white shirt standing in front of a white wall."),
        wearing("a brown jacket and white shirt"),
        Q.color("brown"),
        Q.garment_type("nehru jacket"),
        Q.pattern("solid", "contradiction"),
        Q.material("", "non_answer"),
        describe("jacket", "white shirt", "contradiction"),
        title="Manyavar Men Copper-Toned Woven Design Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Copper",
        gender="Men",
    ),
    # photo: black velvet sherwani with gold zardozi on the collar, cream churidar; front view, mirror-work panel
    # backdrop. Caption epoch 3 (ran to 50 tokens), spans QA, closed reference.
    case(
        "X605-025",
        caption(
            "The man is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is stand. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        wearing("a long-sleeve coat with pure color patterns"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        is_a("sherwani", "no", "contradiction"),
        details("sherwani", "pure color patterns. There", "cut"),
        title="Sojanya Men Black Embroidered Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: white kurta, white dhoti pants with a gold border, gold-toned stole; front view, white backdrop. Caption
    # epoch 3 (looped to 50 tokens), spans QA, closed reference.
    case(
        "X605-026",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lower clothing is white-white-white-white-white-white-white-white-white-white-"
            "white-white",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("white"),
        Q.garment_type("kurta"),
        lower("white-white-white-white-white-white-white-white-white-white-white-white", "loop"),
        Q.pattern("solid"),
        title="Sethukrishna Men White & Gold-Toned Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: rust kurta with black block-printed motifs, cream pyjamas, no jewellery; front view, white backdrop.
    # Caption epoch 3, spans QA, closed reference.
    case(
        "X605-027",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is stand. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        Q.color("orange"),
        Q.pattern("printed"),
        details("kurta", "a ring on his finger", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("cotton"),
        title="Tabard Men Rust Orange Block Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: peach sherwani with gold embroidery, matching peach churidar, gold safa, pearl mala at the neck; front
    # view, palace-pillar set. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-028",
        caption(
            "The man is wearing a long-sleeve coat with floral patterns and a hat in his head. There is an accessory "
            "in his neck. The coat is with silk fabric and its neckline is stand."
        ),
        wearing("a long-sleeve coat with floral patterns and a hat"),
        Q.color("pink"),
        Q.garment_type("sherwani"),
        headwear("a hat in his head"),
        Q.material("silk"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Peach-Coloured & Gold-Toned Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: bright yellow kurta with mirror work on the placket, white pyjamas, a marigold garland held in one hand;
    # front view, white backdrop. Caption epoch 3; fallback free generation for open answers; closed reference.
    case(
        "X605-029",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. He is holding a flower in his hand."
        ),
        wearing(
            "a yellow kurta and white pyjamas, a yellow kurta and white pyjamas, a yellow kurta and white pyjamas, "
            "a yellow kurta and white",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        D.description(
            "the garment is the garment that the person is wearing in the picture. the garment is the garment that "
            "the person is",
            "restated",
            hit_limit=True,
        ),
        Q.pattern("embellished"),
        Q.garment_type("kurta"),
        Q.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "Question: What are the details of the garment? Answer: the sleeves, the neckline, the collar. Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        title="Jompers Men Yellow Mirror Work Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: cream stole with a gold woven border and gold butis, worn over a navy blue sherwani; front view, white
    # backdrop. Caption epoch 3 (base vocabulary), spans QA, closed reference.
    case(
        "X605-030",
        caption("A man wearing a blue sherwani with a gold scarf around his neck.", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("stole"),
        describe("stole", "a gold scarf around his neck", "contradiction"),
        Q.pattern("solid", "contradiction"),
        wearing("a blue sherwani with a gold scarf"),
        title="Tossido Men Cream-Coloured & Gold-Toned Woven Design Stole",
        category="Stoles",
        color="Cream",
        gender="Men",
    ),
    # photo: black kurta, white pyjamas, gold brocade Nehru jacket with floral motifs; front view, beige backdrop.
    # Caption epoch 3, spans QA, closed reference.
    case(
        "X605-031",
        caption(
            "The man is wearing a sleeveless vest with floral patterns over a long-sleeve shirt. The vest is with "
            "silk fabric. The pants are white."
        ),
        wearing("a sleeveless vest with floral patterns over a long-sleeve shirt"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("kurta"),
        describe("kurta", "a long-sleeve shirt"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        title="VASTRAMAY Men Black Kurta with Pyjamas & Gold-Toned Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green velvet sherwani with gold embroidery, cream churidar; front view, black backdrop. Caption
    # epoch 3, spans QA, closed reference.
    case(
        "X605-032",
        caption(
            "The female wears a long-sleeve coat with floral patterns. The coat is with velvet fabric and its "
            "neckline is stand. The pants this female wears is of long length.",
            "pronoun",
        ),
        wearing("a long-sleeve coat with floral patterns"),
        Q.color("green"),
        Q.material("velvet"),
        Q.pattern("embroidered"),
        Q.garment_type("jacket", "contradiction"),
        lower("The pants this female wears", "pronoun"),
        title="Tabard Men Green & Gold-Toned Embroidered Velvet Sherwani",
        category="Sherwani",
        color="Green",
        gender="Men",
    ),
    # photo: grey bandhgala with black buttons and one welt pocket, black trousers; front view, white backdrop.
    # Caption epoch 3 (base vocabulary); fallback free generation for description and material; closed ref.
    case(
        "X605-033",
        caption(
            "The man is wearing a grey jacket with a zipper and two pockets on the chest. He is wearing black pants.",
            "unsupported",
        ),
        details("jacket", "a zipper and two pockets on the chest", "unsupported"),
        Q.color("grey"),
        Q.garment_type("blazer"),
        wearing("a grey jacket"),
        Q.sleeve_length("long sleeves"),
        D.description(
            "The garment is a grey jacket with a zipper. Question: What is the color of the pants? Answer: black "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "the fabric, the fabric, the fabric, the fabric, the fabric, the fabric, the fabric, the fabric, the "
            "fabric, the",
            "loop",
            hit_limit=True,
        ),
        title="Hangup Men Grey Solid Bandhgala Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: white cotton kurta with pintucks, blue jeans; three-quarter view, white backdrop. No color column in the
    # feed row. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-034",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("blue", "other_garment_color"),
        Q.material("denim", "unsupported"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        title="Fabindia Men White Pintuck Cotton Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: cream dhoti with a maroon border, worn with a white half-sleeve shirt; full-body front view, white
    # backdrop. No gender column. Caption epoch 3 (base vocabulary), spans QA, closed reference.
    case(
        "X605-035",
        caption("A man wearing a white shirt and a white dhoti with a red border."),
        wearing("a white shirt and a white dhoti with a red border"),
        Q.color("cream"),
        Q.garment_type("dhoti"),
        describe("dhoti", "a red border"),
        Q.pattern("striped", "contradiction"),
        title="Ramraj Cotton Cream Solid Dhoti with Maroon Border",
        category="Dhotis",
        color="Cream",
    ),
    # photo: maroon silk-blend kurta with self-design, cream churidar; front view, white backdrop. Caption epoch 3
    # (ran to 50 tokens), spans QA, closed reference.
    case(
        "X605-036",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and its "
            "neckline is stand. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("maroon"),
        Q.material("silk"),
        details("kurta", "This man", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("striped", "contradiction"),
        title="KISAH Men Maroon Self Design Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: gold self-design sherwani, cream churidar, maroon velvet stole; the model sits on the arm of a cream
    # sofa; white backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-037",
        caption(
            "The man is wearing a long-sleeve coat with lattice patterns. The coat is with silk fabric and its "
            "neckline is stand. He is sitting on a sofa."
        ),
        wearing("The man is wearing a long-sleeve coat"),
        Q.color("maroon", "other_garment_color"),
        Q.garment_type("sherwani"),
        Q.pattern("self design"),
        describe("sherwani", "a sofa", "non_answer"),
        Q.material("silk"),
        title="Manyavar Men Gold-Toned Self Design Silk Blend Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: mustard Nehru jacket over a white kurta-shirt and blue jeans; front view, white backdrop. Caption epoch
    # 3; fallback free generation for open answers; closed reference.
    case(
        "X605-038",
        caption(
            "The man is wearing a sleeveless vest with pure color patterns over a long-sleeve shirt. The lower "
            "clothing is of long length and it is denim."
        ),
        wearing(
            "a sleeveless vest with pure color patterns over a long-sleeve shirt. Question: What is the color of the "
            "vest? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("yellow"),
        D.description(
            "The man is wearing a sleeveless vest with pure color patterns over a long-sleeve shirt. The lower "
            "clothing is of long length and it is denim. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Hangup Men Mustard Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: dusty pink cotton kurta, white pyjamas, brown juttis; front view, white backdrop. Caption epoch 3, spans
    # QA, closed reference.
    case(
        "X605-039",
        caption(
            "The woman wears a long-sleeve dress with pure color patterns. Her dress is with cotton fabric and its "
            "neckline is stand.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.color("pink"),
        Q.garment_type("kurta"),
        details("kurta", "Her dress is with cotton fabric", "pronoun"),
        Q.material("cotton"),
        title="Anouk Men Pink Solid Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: pink and mustard tie-dye safa, worn with a cream kurta, no jewellery; head-and-shoulders view, white
    # backdrop. No category column. Caption epoch 3 (base vocabulary), spans QA, closed reference.
    case(
        "X605-040",
        caption("A man wearing a pink and yellow turban and a white shirt with a gold necklace.", "unsupported"),
        headwear("a pink and yellow turban"),
        Q.color("pink"),
        Q.garment_type("turban"),
        Q.pattern("solid", "contradiction"),
        wearing("A man wearing", "restated"),
        is_a("turban", "yes"),
        title="The Royal Safa Men Pink & Mustard Tie-Dye Safa",
        color="Multi",
        gender="Men",
    ),
    # photo: off-white kurta with white thread embroidery on the placket, off-white churidar; no watch, ring or
    # glasses; front view, white backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-041",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. There is an accessory on his wrist. "
            "This man wears a pair of glasses. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("white"),
        Q.pattern("embroidered"),
        details("kurta", "a pair of glasses", "unsupported"),
        Q.garment_type("kurta"),
        Q.material("", "non_answer"),
        title="Manyavar Men Off-White Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: back view of a wine-coloured art-silk sherwani with a gold foil print, cream churidar; white backdrop.
    # Caption epoch 3 (base vocabulary), spans QA, closed reference.
    case(
        "X605-042",
        caption(
            "The back of a man wearing a red coat with floral patterns. The coat is with cotton fabric.", "unsupported"
        ),
        Q.material("cotton", "unsupported"),
        Q.color("red"),
        Q.pattern("printed"),
        wearing("a red coat with floral patterns"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("coat", "contradiction"),
        title="Sojanya Men Wine-Coloured & Gold-Toned Foil Printed Art Silk Sherwani",
        category="Sherwani",
        color="Burgundy",
        gender="Men",
    ),
    # photo: navy blue cotton kurta, white churidar; front view, white backdrop. Caption epoch 3 (ran to 50 tokens),
    # spans QA, closed reference.
    case(
        "X605-043",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("The pants this man wears", "restated"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        describe("kurta", "There is an", "cut"),
        title="Ethnix by Raymond Men Navy Blue Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon velvet Nehru jacket over a black kurta and black pyjamas; front view, white backdrop. Caption
    # epoch 3 (base vocabulary); fallback free generation for material and details; closed reference.
    case(
        "X605-044",
        caption("A man wearing a maroon vest over a black shirt and black pants."),
        wearing("a maroon vest over a black shirt and black pants"),
        Q.color("black", "other_garment_color"),
        Q.material(
            "The garment is made of the material of the garment. The material of the garment is made of the material "
            "of the",
            "restated",
            hit_limit=True,
        ),
        describe("jacket", "a maroon vest"),
        Q.garment_type("nehru jacket"),
        is_a("nehru jacket", "yes"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.details(
            "a maroon vest over a black shirt and black pants. Question: Is this a nehru jacket? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Tabard Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: turquoise blue silk-blend kurta with gold buttons, white churidar, white-and-gold dupatta over one
    # shoulder; front view, white backdrop. Caption epoch 3, spans QA, closed reference.
    case(
        "X605-045",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a scarf in his neck. The shirt is "
            "with silk fabric and its neckline is stand."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a scarf"),
        Q.color("blue"),
        Q.garment_type("stole", "contradiction"),
        describe("kurta", "The shirt is with silk fabric"),
        Q.material("silk fabric"),
        is_a("kurta", "yes"),
        title="Sanwara Men Turquoise Blue Silk Blend Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: rose-gold (pale pink) sherwani with sequin embroidery in floral motifs, matching churidar, white mojaris;
    # front view, backdrop of pink flowers. Caption epoch 3 (looped to 50 tokens), spans QA, closed reference.
    case(
        "X605-046",
        caption(
            "The man is wearing a long-sleeve coat with floral patterns, floral patterns, floral patterns, floral "
            "patterns, floral patterns, floral patterns, floral patterns, floral patterns, floral patterns, floral",
            "loop",
            hit_limit=True,
        ),
        wearing("The man is wearing", "restated"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        describe("sherwani", "floral patterns, floral patterns, floral patterns, floral patterns", "loop"),
        Q.garment_type("sherwani"),
        title="Manyavar Men Rose Gold Sequinned Embroidered Sherwani Set",
        category="Sherwani",
        color="Rose",
        gender="Men",
    ),
]
