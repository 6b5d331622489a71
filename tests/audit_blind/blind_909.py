"""BLIND_909 (46 products; old Myntra ethnic wear+dresses, caption LoRA e2): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 115/133 failures found (86.5%) and 31/183 correct texts flagged
(16.9%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short seller titles ("Biba Women Pink Kurta"), columns
title, category (article_type), color (base_colour) and gender, a few rows missing a column. Women's and girls'
ethnic wear (kurtas, kurtis, anarkalis, tunics, sarees, lehenga choli, dupattas, leggings, churidars, salwars, a
patiala) and dresses, shot on a white backdrop, mostly worn by a model who also wears other garments (churidar or
leggings under a kurta, a dupatta over it, a belt, a blouse under a saree).

Who wrote what: captions and open answers (wearing, describe, details, material, and a few open color questions)
are free generation by the caption LoRA at epoch 2 (the run between the published epoch-1 and epoch-3 adapters),
50 new tokens for captions and 30 for answers, greedy. Its habits: it answers most prompts with the
DeepFashion-MultiModal caption template ("The lady wears a medium-sleeve dress with graphic patterns. The dress is
of long length. It has a round neckline."), with no hue names in the template, only pattern words; it has no word
for kurta, saree or churidar and says dress, shirt, pants, leggings, neckwear; trained without an end token, it
restarts the template until the limit or stops mid-phrase; it sometimes continues into a new "Question: ...
Answer:" turn; template sentences it invents ("There is an accessory on her wrist", "The lady wears a hat",
pockets, denim or chiffon fabric); now and then the men's template (gentleman, his). At epoch 2 it still gives a
short plain answer some of the time ("a red saree"), and those carry most of the color mistakes. Closed answers
(garment type, color, pattern, sleeve length, color of a named garment, "Is this a ...?") come from enrich's
--engine reference scoring candidate values with the same adapter: always one clean value, never a loop or a cut,
but sometimes the value of another garment in the photo or a wrong value.

Labeling conventions and judgement calls:
- Truth is the photo as described in each "# photo:" comment, not the seller: where the seller's color is off (a
  "Brown" kurta that is rust), an answer matching the photo is correct.
- Colors are judged by the README's coarse groups: maroon for a Maroon kurta or red for it, pink for peach or
  magenta, purple for lavender, blue for navy, teal or turquoise, white for off-white or cream are all correct. A
  color from another group is a failure: other_garment_color when that color belongs to another garment or an
  accessory worn in the photo (leggings, dupatta, churidar, belt, clutch, boots), contradiction otherwise (a print
  color or trim of the product itself, or a color nowhere in the photo).
- Giving the product's own color to the other garment (green leggings called yellow like the kurta) is labeled
  contradiction, not other_garment_color.
- For a Multi print the closed color is correct when it names the dominant ground color.
- The adapter's vocabulary: "dress" for a kurta, anarkali or saree that reaches the knee or lower is accepted (the
  silhouette is a dress and the template has no better word); "dress" for a hip-length kurti is a contradiction.
  "shirt", "upper clothing" for a kurta, "pants" or "lower clothing" for churidar, salwar, patiala or palazzo,
  "neckwear" or "scarf" for a dupatta are accepted. "medium-sleeve" is the template's word for three-quarter
  sleeves; "long-sleeve" for three-quarter sleeves would be wrong, and I avoided it in correct texts.
- Closed garment types are held to the candidate list, which has kurta, kurti, saree, lehenga and the rest: the
  reference engine's "dress" for a calf-length kurta is a contradiction even though the free-text "dress" for the
  same kurta is accepted. "kurta" for a kurta set is accepted.
- "pure color patterns" for a solid garment with a small printed or embroidered yoke is accepted; "graphic" or
  "floral" for block prints is accepted; "lattice" for checks is correct; "color block" for a contrasting printed
  border is accepted.
- Template sentences about things not in the photo (a wrist accessory, a hat worn, pockets, a ring, a fabric the
  garment plainly is not, a neckline it does not have, sleeves not visible in a cropped shot) are unsupported.
  Wrong sleeve length, or one garment read as two (shirt and skirt for a belted shirt dress), is contradiction.
- An open color question answered with only the pattern template ("The shirt is with graphic patterns"), a yes/no
  to an open question, an empty answer (the model stopped at once), a bare "dress" for the details, or a reply
  naming only the person is non_answer; "The leggings are of long length" for the
  leggings' details is non_answer too (only what the word already says). An answer that turns the question into a
  statement ("The details of the dupatta are the dupatta details") is restated.
- A text that runs into "Question:" or starts with "Answer:" is leak, even when it is also cut at the limit (then
  hit_limit=True). A text that repeats a sentence or clause at least once and runs to the limit is loop; a text that
  stops mid-phrase at the limit without repeating is cut. Both have hit_limit=True.
- pronoun: he, his or the gentleman in a text about a Women or Girls product; "the lady" or "the female" for a girl
  is not marked (the pronoun is right).
- Each text carries one label; where two could apply I kept the one that makes the text wrong first in reading
  order, and wrote the texts so that double faults are rare.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_909 = [
    # photo: calf-length magenta-pink cotton kurta with small white floral block print, three-quarter sleeves, round
    # neck; white churidar; silver bangles on the right wrist; white backdrop, front view, full length. Caption and
    # open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-001",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is of long length. It has a round "
            "neckline. There is an accessory on her wrist."
        ),
        wearing(
            "The lady wears a medium-sleeve dress with floral patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("kurta", "pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        details(
            "kurta",
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is with cotton "
            "fabric and floral patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a white dress with floral patterns", "other_garment_color"),
        title="Biba Women Pink Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: knee-length indigo cotton kurta with white dabu floral print, long sleeves, mandarin collar with a short
    # button placket; plain white straight pants; white backdrop, front view. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X909-002",
        caption(
            "This woman wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "She wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric. It "
            "has a lapel neckline.",
            "unsupported",
            who="she",
        ),
        Q.color("blue"),
        Q.garment_type("kurta"),
        is_a("dress", "no"),
        Q.material("The shirt is with cotton fabric."),
        details(
            "kurta",
            "The shirt is with cotton fabric and floral patterns. It has a stand neckline. The pants are with cotton "
            "fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: bottle-green straight knee-length kurta, solid, gold foil print on the yoke only, long sleeves, round
    # neck with a keyhole; beige leggings; brown flat sandals; no jewellery; white backdrop, front view. Caption/open:
    # caption adapter epoch 2; closed: reference engine.
    case(
        "X909-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "round neckline. The leggings this lady wears are of long length."
        ),
        color_of("kurta", "green"),
        color_of("leggings", "beige"),
        Q.pattern("solid"),
        describe(
            "kurta",
            "The dress is green with golden patterns on the neckline. The leggings are green too.",
            "contradiction",
        ),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns and a long leggings. There is an accessory "
            "on her wrist.",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: ankle-length sleeveless cotton maxi dress in an orange-and-navy ikat print on an orange ground, fabric
    # tie at the waist, round neck; wooden bead necklace; white backdrop, front view, hand on hip. Caption/open:
    # caption adapter epoch 2; closed: reference engine.
    case(
        "X909-004",
        caption(
            "This woman wears a sleeveless dress with graphic patterns. The dress is of long length. It has a round "
            "neckline. The lady has neckwear."
        ),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "The dress is with chiffon fabric and graphic patterns. It has a V-shape neckline. There is a belt on her "
            "waist.",
            "unsupported",
        ),
        Q.material(
            "The dress is with cotton fabric and graphic patterns. The dress is with cotton fabric and graphic "
            "patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: rust-orange knee-length handloom cotton kurta (the seller says Brown; it reads rust), small white
    # geometric print at the hem, three-quarter sleeves, V-neck; off-white palazzo pants; white backdrop, front view.
    # Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-005",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a V-shape neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("orange"),
        wearing("The lady is wearing a kurta and palazzo pants."),
        Q.sleeve_length("long", "contradiction"),
        describe(
            "kurta",
            "The shirt is with cotton fabric and graphic patterns. Question: What are the shirt details? Answer: The "
            "shirt",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        title="Mother Earth Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: black knee-length A-line dress with white polka dots, short puff sleeves, round neck, thin red belt at
    # the waist; black heels; white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X909-006",
        caption(
            "This woman wears a short-sleeve dress with graphic patterns. The dress is of medium length. It has a "
            "round neckline. The lady wears a belt."
        ),
        Q.color("black"),
        Q.pattern("polka dot"),
        is_a("dress", "yes"),
        describe("dress", "The dress is red with white dots.", "other_garment_color"),
        details(
            "dress",
            "The dress is with graphic patterns and its neckline is round. The dress is of medium length. The lady "
            "wears a belt. The belt is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "He wears a short-sleeve dress with graphic patterns. His dress is of medium length.", "pronoun", who="she"
        ),
        title="Sepia Women Printed Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: purple solid sleeveless skater dress, above the knee, round neck, pleated skirt; black clutch in hand;
    # white backdrop, three-quarter view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. It has a round "
            "neckline."
        ),
        Q.color("purple"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. It has a round "
            "neckline. The lady wears a sleeveless dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is with denim fabric.", "unsupported"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.pattern("floral", "contradiction"),
        title="Jealous 21 Women Purple Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: cropped from the chest down: white cotton ankle-length leggings (the product) under a red knee-length
    # kurta with gold print and long sleeves; gold juttis; white backdrop, front view. Caption/open: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X909-008",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The leggings she wears are of long length. The "
            "leggings are with cotton fabric and pure color patterns."
        ),
        color_of("leggings", "white"),
        Q.garment_type("leggings"),
        is_a("leggings", "yes", article="a pair of"),
        describe("leggings", "The leggings are red with gold patterns.", "other_garment_color"),
        details("leggings", "The leggings are of long length.", "non_answer"),
        wearing("The lady is wearing a red dress and white leggings."),
        title="Biba Women White Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: shot from the waist down: beige cotton churidar gathered at the ankle (the product) under the hem of a
    # maroon knee-length kurta with thread embroidery; the kurta's sleeves are out of frame; white backdrop, front
    # view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-009",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("churidar", "beige"),
        Q.garment_type("churidar"),
        describe("churidar", "The pants are maroon.", "other_garment_color"),
        details(
            "churidar",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. The pants are "
            "with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Women Beige Churidar",
        category="Churidar",
        color="Beige",
        gender="Women",
    ),
    # photo: mustard-yellow chiffon dupatta with a thin gold border (the product) draped over both shoulders of a
    # model in a plain white long-sleeved kurta and white churidar; white backdrop, front view. Caption/open: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X909-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The lady has neckwear."
        ),
        color_of("dupatta", "yellow"),
        Q.garment_type("dupatta"),
        wearing("The lady wears a white shirt and white pants."),
        describe("dupatta", "white", "other_garment_color"),
        Q.material("The scarf is with chiffon fabric."),
        details("dupatta", "The details of the dupatta are the dupatta details.", "restated"),
        Q.pattern("striped", "contradiction"),
        title="Biba Women Mustard Dupatta",
        category="Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: red georgette saree with a wide gold zari border, pleats in front, pallu over the left shoulder; red
    # short-sleeve blouse; gold bangles on both wrists; white backdrop, front view. Caption/open: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X909-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. There is an "
            "accessory on her wrist.",
            "contradiction",
        ),
        Q.garment_type("saree"),
        Q.color("red"),
        Q.sleeve_length("short"),
        wearing("a red saree", who="she"),
        describe(
            "saree",
            "The saree is red with a golden border. The saree is red with a golden border. The saree is red with a "
            "golden border. The saree",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is with chiffon fabric."),
        details("saree", "The saree is with cotton fabric and floral patterns. The lady wears a ring.", "unsupported"),
        title="Satya Paul Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: floor-length navy-blue anarkali kurta, flared, gold block print on the yoke and a gold border at the
    # hem, long sheer sleeves, round neck; navy churidar hidden under it; no jewellery; white backdrop, front view.
    # Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-012",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. It has a round "
            "neckline and the fabric is chiffon. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.garment_type("kurta"),
        is_a("kurta", "yes"),
        Q.pattern("printed"),
        details("kurta", "The dress has gold patterns on the neckline and the hem. The sleeves are sheer."),
        color_of("kurta", "The dress is with graphic patterns.", "non_answer", kind="open"),
        wearing("The lady wears a long-sleeve dress with graphic patterns. This lady is wearing a hat.", "unsupported"),
        title="Biba Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: hip-length mustard-yellow cotton kurti with small red and green block-printed floral motifs, short
    # sleeves, round neck with a front slit; blue skinny jeans; white backdrop, front view. Caption/open: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X909-013",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The pants she wears are of long length. The trousers are with denim fabric."
        ),
        Q.color("yellow"),
        Q.garment_type("kurti"),
        color_of("kurti", "blue", "other_garment_color"),
        wearing("The lady wears a yellow dress with a long pants.", "contradiction"),
        Q.sleeve_length("short"),
        describe("kurti", "yellow with red and green flowers"),
        title="Jaipur Kurti Women Yellow Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton hip-length tunic with blue embroidery around a V-neck, long roll-up sleeves with tabs, no
    # pockets; black leggings; white backdrop, front view. The row has no gender. Caption/open: caption adapter epoch
    # 2; closed: reference engine.
    case(
        "X909-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("tunic", "black", "other_garment_color", kind="open"),
        describe(
            "tunic",
            "The shirt is with cotton fabric and it has a V-shape neckline. There is a pocket on the chest.",
            "unsupported",
        ),
        Q.garment_type("tunic"),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        title="Global Desi Women White Tunic",
        category="Tunics",
        color="White",
    ),
    # photo: black loose cotton salwar gathered at the ankles (the product) under a white knee-length cotton kurta
    # with a black print and long sleeves; white backdrop, front view. Caption/open: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X909-015",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long pants. His pants are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("salwar", "black"),
        Q.garment_type("salwar"),
        describe("salwar", "The pants are white with black patterns.", "other_garment_color"),
        wearing("The person is wearing a white shirt and black pants."),
        details(
            "salwar",
            "Question: What are the salwar details? Answer: The pants are with cotton fabric and pure color patterns.",
            "leak",
        ),
        title="Fabindia Women Black Salwar",
        category="Salwar",
        color="Black",
        gender="Women",
    ),
    # photo: cream heavily pleated patiala salwar with a thin gold hem (the product) under a bottle-green short kurta
    # with long sleeves; white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("patiala", "cream"),
        Q.garment_type("patiala"),
        describe("patiala", "The pants are green.", "other_garment_color"),
        details("patiala", "The pants are pleated with a golden border at the bottom."),
        Q.pattern("solid"),
        Q.material("The pants are with denim fabric.", "unsupported"),
        title="Biba Women Cream Patiala",
        category="Patiala",
        color="Cream",
        gender="Women",
    ),
    # photo: black knee-length bodycon jersey dress, short sleeves, round neck; silver watch on the left wrist; white
    # backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-017",
        caption(
            "This woman wears a short-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        Q.color("black"),
        Q.sleeve_length("short"),
        wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of medium length. The lady "
            "wears a short-sleeve dress with pure color patterns. The dress is of",
            "loop",
            hit_limit=True,
        ),
        details("dress", "The dress has a round neckline and short sleeves. It is fitted."),
        Q.material("The dress is with knitting fabric."),
        is_a("skirt", "no"),
        Q.garment_type("skirt", "contradiction"),
        title="Mineral Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red georgette wrap dress, knee-length, V-neck, long sleeves, self-tie sash at the waist; nude heels;
    # white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "V-shape neckline. The lady wears a belt."
        ),
        Q.color("pink", "contradiction"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "The dress is red and it has a V-shape neckline. The dress is red and it has a V-shape neckline. The "
            "dress is red and it has",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a red dress.", who="she"),
        Q.material("The dress is with chiffon fabric."),
        details("dress", "dress", "non_answer"),
        title="Vero Moda Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy-and-white horizontally striped cotton shirt dress, knee-length, short sleeves, shirt collar and
    # button placket, no pockets, white fabric belt; white backdrop, front view. Caption/open: caption adapter epoch
    # 2; closed: reference engine.
    case(
        "X909-019",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is of medium length. It has a lapel "
            "neckline. The lady wears a belt."
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "dress",
            "The dress is with cotton fabric and striped patterns. It has a lapel neckline. There are two pockets on "
            "the chest.",
            "unsupported",
        ),
        wearing("The lady wears a short-sleeve shirt with striped patterns and a short skirt.", "contradiction"),
        Q.material(
            "The dress is with cotton fabric and striped patterns. It has a lapel neckline and the dress is of medium "
            "length. The lady wears a belt and the",
            "cut",
            hit_limit=True,
        ),
        title="Femella Women Striped Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white midi sundress with a blue floral print, thin straps, square neck, flared skirt; a straw hat held
    # in the right hand, not worn; white backdrop, front view. Caption/open: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X909-020",
        caption(
            "This woman wears a sleeveless dress with floral patterns. The dress is of long length. It has a "
            "suspenders neckline. This lady is wearing a hat.",
            "unsupported",
        ),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "blue", "contradiction"),
        describe("dress", "The dress is white with blue flowers and thin straps."),
        wearing("no", "non_answer"),
        title="Mango Women Printed White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: a girl of about eight in an orange knee-length cotton kurta with pink gota trim at the neck and hem,
    # short sleeves, round neck; pink churidar; white backdrop, front view. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X909-021",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "round neckline."
        ),
        Q.color("orange"),
        color_of("kurta", "pink", "other_garment_color"),
        wearing("The girl is wearing an orange kurta and pink pants.", who="the girl"),
        details("kurta", "The dress has pink trims on the neckline and the hem. His pants are pink.", "pronoun"),
        Q.sleeve_length("short"),
        title="Biba Girls Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Girls",
    ),
    # photo: a girl in a pink lehenga choli: ankle-length flared pink net lehenga, solid with a gold zari border, a
    # matching short-sleeve pink choli, a sheer gold-edged pink dupatta over one shoulder; white backdrop, front
    # view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. The lady has neckwear. The lady wears a short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        Q.color("pink"),
        wearing("a pink skirt and top"),
        describe(
            "lehenga",
            "The skirt is of long length. The skirt is with cotton fabric and floral patterns.",
            "unsupported",
        ),
        Q.sleeve_length("short"),
        title="Biba Girls Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: teal straight knee-length kurta with white thread embroidery around the round neck, three-quarter
    # sleeves, side slits; white churidar; a white clutch in hand; white backdrop, front view. Caption/open: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X909-023",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline."
        ),
        Q.color("teal"),
        is_a("kurta", "yes"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details(
            "kurta", "The shirt has white embroidery around the neckline and the sleeves are three-quarter length."
        ),
        describe(
            "kurta",
            "The kurta is teal with white embroidery. Question: What is the color of the pants? Answer: white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. She wears glasses.",
            "unsupported",
        ),
        title="Folklore Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: peach A-line calf-length cotton kurta with white crochet lace at the hem and the cuffs, long sleeves,
    # round neck; white leggings; white backdrop, side-front view. Caption/open: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X909-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. It has a round "
            "neckline. The dress is with cotton fabric and pure color patterns. The lady wears a long-sleeve dress "
            "with pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.sleeve_length("long"),
        details("kurta", "The dress has lace on the hem and the sleeves."),
        wearing("The person is wearing a white dress and leggings.", "other_garment_color"),
        Q.material("The dress is with leather fabric.", "unsupported"),
        title="Aurelia Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight knee-length kurta with a red-and-yellow printed border at the hem and cuffs, long
    # sleeves, mandarin collar; red leggings; white backdrop, front view. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X909-025",
        caption(
            "This woman wears a long-sleeve shirt with color block patterns and a long leggings. It has a stand "
            "neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("leggings", "red"),
        color_of("kurta", "red", "other_garment_color"),
        describe("kurta", "The shirt is black and red."),
        wearing(
            "The lady wears a long-sleeve shirt with color block patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. Her shoes are",
            "cut",
            hit_limit=True,
        ),
        title="Span Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: maroon knee-length kurta with an all-over gold foil print, three-quarter sleeves, round neck; gold
    # churidar; white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-026",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of medium length. It has a "
            "round neckline. The pants he wears are of long length.",
            "pronoun",
        ),
        Q.color("red"),
        Q.pattern("printed"),
        color_of("kurta", "gold", "other_garment_color"),
        details(
            "kurta",
            "The dress is with golden patterns and a round neckline. It has three-quarter sleeves. The dress is with "
            "golden patterns and a round neckline. It has three",
            "loop",
            hit_limit=True,
        ),
        wearing("yes", "non_answer", who="she"),
        title="W Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender chiffon maxi dress, floor-length, short flutter sleeves, V-neck, gathered waist; silver drop
    # earrings, no rings; white backdrop, three-quarter view. Caption/open: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X909-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of long length. It has a "
            "V-shape neckline. The dress is with chiffon fabric."
        ),
        Q.color("purple"),
        Q.garment_type("dress"),
        Q.material("chiffon"),
        describe(
            "dress",
            "The dress is with chiffon fabric and pure color patterns. It has a V-shape neckline. There is a ring on "
            "her finger.",
            "unsupported",
        ),
        wearing("Answer: The lady wears a long dress.", "leak"),
        Q.sleeve_length("long", "contradiction"),
        details("dress", "The dress details are the details of the dress.", "restated"),
        title="Forever New Women Lavender Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: grey-melange knee-length cotton T-shirt dress, short sleeves, round neck, black faux-leather belt; white
    # sneakers; white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-028",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady wears a belt."
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("dress"),
        details("dress", "The dress is with leather fabric.", "unsupported"),
        wearing("The gentleman wears a short-sleeve dress with pure color patterns. He wears a belt.", "pronoun"),
        Q.material("The dress is with cotton fabric."),
        title="Madame Women Grey Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: off-white calf-length cotton kurta with white chikankari floral embroidery all over, long sleeves, round
    # neck; white straight pants; no jewellery or watch; white backdrop, front view. Caption/open: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X909-029",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. It has a round "
            "neckline. The dress is with cotton fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe("kurta", "The dress is white with white embroidery."),
        details(
            "kurta",
            "The dress is with cotton fabric and floral patterns. It has a round neckline and long sleeves. The pants "
            "she wears are of long length and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.garment_type("dress", "contradiction"),
        title="Fabindia Women Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: knee-length A-line kurta with a busy print of teal, orange, pink and yellow paisleys on a navy ground,
    # three-quarter sleeves, V-neck with tassels; navy cotton leggings; white backdrop, front view. Caption/open:
    # caption adapter epoch 2; closed: reference engine.
    case(
        "X909-030",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of medium length. It has a "
            "V-shape neckline."
        ),
        Q.color("blue"),
        Q.pattern("printed"),
        wearing("The lady wears a pink dress and blue leggings.", "contradiction"),
        describe(
            "kurta",
            "The dress is with graphic patterns and it has a V-shape neckline. The leggings are with denim fabric.",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Global Desi Women Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: mid-blue chambray denim shirt dress, knee-length, long sleeves rolled up, shirt collar, button front,
    # two flap chest pockets; brown leather belt; white backdrop, front view. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X909-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and it has a "
            "lapel neckline. The lady wears a belt."
        ),
        Q.color("blue"),
        Q.material("denim"),
        details("dress", "The dress has two pockets on the chest and buttons on the front."),
        color_of("dress", "brown", "other_garment_color"),
        wearing("The lady is wearing what the lady is wearing.", "restated"),
        title="United Colors of Benetton Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard-yellow knee-length cotton kurta with a small green leaf print, three-quarter sleeves, round neck
    # with a button placket; bottle-green leggings; white backdrop, front view. Caption/open: caption adapter epoch
    # 2; closed: reference engine.
    case(
        "X909-032",
        caption(
            "The female wears a medium-sleeve shirt with floral patterns. The leggings she wears are of long length. "
            "The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("yellow"),
        color_of("leggings", "yellow", "contradiction"),
        describe("kurta", "The shirt is green with yellow leaves.", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "The shirt has a round neckline with buttons."),
        wearing("", "non_answer"),
        title="Biba Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: kurta set: parrot-green straight cotton kurta with a white floral print, three-quarter sleeves, matching
    # green palazzo, white dupatta with a green border over the shoulders; white backdrop, front view. Caption/open:
    # caption adapter epoch 2; closed: reference engine.
    case(
        "X909-033",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. The lady has neckwear."
        ),
        Q.garment_type("kurta"),
        Q.color("green"),
        color_of("dupatta", "green", "other_garment_color"),
        wearing("The lady is wearing a green kurta, green pants and a white scarf."),
        details(
            "kurta",
            "The shirt is with cotton fabric and floral patterns. The pants are with cotton fabric and pure color "
            "patterns. The lady has neckwear. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "The shirt is with cotton fabric and floral patterns. Question: What material is the garment made of? "
            "Answer: The shirt",
            "leak",
            hit_limit=True,
        ),
        title="Biba Women Green Kurta Set",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: olive-green knee-length cotton utility shirt dress, long sleeves rolled to the elbow, shirt collar,
    # drawstring waist, two flap chest pockets; tan ankle boots; white backdrop, front view. Caption/open: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X909-034",
        caption(
            "This woman wears a long-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "lapel neckline. The dress is with cotton fabric and pure color patterns. There are pockets on the",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("dress"),
        describe("dress", "The dress is brown.", "other_garment_color"),
        details("dress", "The dress has two pockets on the chest and a drawstring at the waist."),
        wearing("The lady wears a green dress and brown boots."),
        title="Sepia Women Olive Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: sea-green sleeveless straight knee-length kurta with silver mirror work on the yoke, round neck; white
    # palazzo; silver jhumkas; white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X909-035",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("green"),
        color_of("kurta", "white", "other_garment_color"),
        details("kurta", "The shirt has a round neckline."),
        wearing(
            "She wears a sleeveless shirt with pure color patterns and long pants. She wears a sleeveless shirt with "
            "pure color patterns and long pants. She wears",
            "loop",
            who="she",
            hit_limit=True,
        ),
        describe("kurta", "The kurta has long sleeves and a collar.", "contradiction"),
        Q.material("The garment is made of the material of the garment.", "restated"),
        title="Jashn Women Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: coral-orange sleeveless shift dress, above the knee, round neck, scalloped hem; nude pumps; white
    # backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. It has a round "
            "neckline."
        ),
        Q.color("orange"),
        Q.garment_type("dress"),
        wearing("the lady", "non_answer"),
        describe(
            "dress", "The dress is with pure color patterns and a round neckline. It is of short length and sleeveless."
        ),
        Q.material(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The "
            "dress is with cotton fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Avirate Women Orange Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: white straight knee-length kurta with a black geometric print, long sleeves, round neck; black leggings;
    # black flats; white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-037",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("kurta", "The shirt is with graphic patterns.", "non_answer", kind="open"),
        describe("kurta", "The shirt is white with black patterns."),
        Q.pattern("printed"),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a long-sleeve shirt with graphic patterns "
            "and a long leggings.",
            "leak",
        ),
        title="Rangriti Women White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: navy-blue skater dress above the knee, short sleeves, white Peter Pan collar; brown shoulder bag; white
    # backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-038",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of short length. It has a "
            "lapel neckline. The dress is with cotton fabric and pure color patterns. There is a bag on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.sleeve_length("short"),
        details("dress", "The dress has a white collar."),
        describe("dress", "The dress is white with a navy collar.", "contradiction"),
        wearing("The gentleman wears a navy blue dress with a white collar.", "pronoun"),
        Q.material("The dress is with leather fabric and pure color patterns.", "unsupported"),
        title="Vero Moda Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle-green printed cotton saree with small white floral motifs and a black border, pallu over the left
    # shoulder; black sleeveless blouse; white backdrop, front view. Caption/open: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X909-039",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of long length. The dress is with "
            "cotton fabric and floral patterns."
        ),
        Q.garment_type("saree"),
        Q.color("black", "other_garment_color"),
        describe("saree", "The saree is green with white flowers and a black border."),
        Q.material("The saree is with chiffon fabric.", "unsupported"),
        details("saree", "The saree has saree details.", "restated"),
        wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is of long length. The dress is with "
            "cotton fabric and floral patterns. The lady has a",
            "cut",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: a girl of about six in a pink cotton frock with a white heart print, short puff sleeves, knee-length,
    # white Peter Pan collar; white sandals; white backdrop, front view. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X909-040",
        caption(
            "The female wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline."
        ),
        Q.color("pink"),
        Q.pattern("printed"),
        wearing("He is wearing a pink dress.", "pronoun", who="the girl"),
        describe("dress", "The dress is pink with white hearts and a white collar."),
        is_a("dress", "yes"),
        details(
            "dress",
            "The dress is with cotton fabric and graphic patterns. There is a belt on her waist.",
            "unsupported",
        ),
        title="Gini & Jony Girls Printed Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: red-and-white gingham check cotton sundress, sleeveless, above the knee, square neck, flared skirt; white
    # backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X909-041",
        caption(
            "This woman wears a sleeveless dress with lattice patterns. The dress is of short length. It has a square "
            "neckline."
        ),
        Q.pattern("checked"),
        Q.color("red"),
        details(
            "dress", "The dress is with chiffon fabric and lattice patterns. It has a V-shape neckline.", "unsupported"
        ),
        wearing("a red and white dress"),
        Q.material(
            "The dress is with cotton fabric and lattice patterns. The dress is of short length. It has a square "
            "neckline and the skirt of the",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white", "contradiction"),
        title="Pepe Jeans Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: purple straight calf-length kurta with a silver print at the yoke, long sleeves, round neck; purple
    # churidar; contrasting yellow dupatta over both shoulders; white backdrop, front view. Caption/open: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X909-042",
        caption("The lady wears a long-sleeve dress with pure color patterns and a long pants. The lady has neckwear."),
        Q.color("yellow", "other_garment_color"),
        color_of("dupatta", "yellow"),
        wearing("She is wearing a purple kurta and a yellow dupatta.", who="she"),
        describe(
            "kurta",
            "The dress is purple and it has a round neckline. The dress is purple and it has a round neckline. The "
            "dress is purple",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "What are the kurta details? The kurta details are", "restated"),
        title="Biba Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: shot from the shoulders down: maroon ankle-length cotton-lycra leggings (the product) under a beige
    # hip-length kurti with maroon embroidery and long sleeves; white backdrop, front view. Caption/open: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X909-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The leggings she wears are of long length. "
            "The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("leggings", "red"),
        Q.garment_type("leggings"),
        describe("leggings", "The leggings are beige.", "other_garment_color"),
        details("leggings", "The leggings are with denim fabric and pure color patterns.", "unsupported"),
        Q.material("The leggings are with cotton fabric."),
        wearing("The lady wears a white shirt and red leggings.", "contradiction"),
        title="Go Colors Women Maroon Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: black-and-white horizontally striped cotton T-shirt dress, knee-length, long sleeves, round neck, no
    # pockets; white sneakers; white backdrop, front view. Caption/open: caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X909-044",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is of medium length. The dress is "
            "with cotton fabric and striped patterns. It has a round neckline."
        ),
        Q.pattern("striped"),
        Q.color("black"),
        Q.sleeve_length("long"),
        wearing(
            "The lady wears a long-sleeve dress with striped patterns. The dress is of medium length. The lady wears "
            "a long-sleeve dress with striped patterns. The dress is of medium",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with cotton fabric and striped patterns. It has a round neckline and the dress is of "
            "medium length. There is a pocket on the",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        title="Only Women Striped Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red calf-length cotton kurta with white bandhani tie-dye dots all over, three-quarter sleeves, V-neck;
    # white churidar; no jewellery; white backdrop, front view. The row has no color. Caption/open: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X909-045",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. It has a "
            "V-shape neckline. The dress is with cotton fabric."
        ),
        Q.color("red"),
        Q.pattern("printed"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "The dress has small white dots all over and a V-shape neckline."),
        wearing(
            "The lady wears a medium-sleeve dress with graphic patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        title="Fabindia Women Red Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: turquoise-blue ethnic flared dress, ankle-length, gold block print at the yoke, long sleeves, round neck,
    # no pockets; gold bangles on the left wrist; white backdrop, front view. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X909-046",
        caption(
            "The gentleman wears a long-sleeve dress with graphic patterns. The dress is of long length. It has a "
            "round neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        Q.color("blue"),
        Q.garment_type("dress"),
        Q.sleeve_length("short", "contradiction"),
        details(
            "dress", "The dress has gold patterns on the chest. There are two pockets on the sides.", "unsupported"
        ),
        Q.material("cotton"),
        wearing(
            "The lady wears a long-sleeve dress with graphic patterns. Question: What is the color of the dress? "
            "Answer: The dress is",
            "leak",
            hit_limit=True,
        ),
        title="Biba Women Turquoise Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
]
