"""BLIND_1111 (46 products; old Myntra feed, kurtas and shirts, caption ep1): written blind in the sixtieth session.
Measured blind at b348683 (the session's third rules): 105/116 failures found (90.5%) and 8/166 correct texts flagged
(4.8%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short seller titles ("W Women Solid Grey Kurtas",
"Basics Men Beige Slim Fit Shirt"), 24 women's kurtas and 22 men's shirts. Product shots on a white or light grey
backdrop, worn by a model who also wears other clothes: churidar, leggings, palazzos, jeans or pants under the
kurtas, a dupatta now and then; trousers, chinos, jeans or shorts with the shirts, a t-shirt under an open shirt.
A few rows lack a column (no color, no category), as real feeds do; two sellers' colors are off for the photo.

Who wrote what: captions and open answers are free generation by the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens for captions and
30 for answers). At epoch 1 it still half-speaks like the base model: some captions are short base-style lines
("a man in a pink shirt and blue pants"), others are the DeepFashion template ("The lady wears a long-sleeve ...
with pure color patterns. The ... is with cotton fabric and its neckline is round."), with pattern words (lattice,
graphic, pure color) and its stock accessory sentences. Trained without an end token, it often runs to the limit:
the template is cut mid-sentence, or a phrase loops; some open answers come back as the caption template; some
continue the `Question: ... Answer:` format. It knows no kurta class and calls kurtas dresses or shirts at times.
Closed answers (garment type, color, pattern, sleeve length, yes/no, the closed color-of questions) come from
enrich's reference engine, one candidate value each: they never loop or stop short, but pick wrong values, often
the color of the other garment in the photo.

Labeling conventions and judgement calls:
- Truth is the photo as described in its `# photo:` comment, not the seller: where the seller's color is off
  (a "Brown" shirt that looks maroon), the answer that matches the photo is correct.
- Shades count as the color: maroon or burgundy as red, mustard as yellow, magenta as pink, cream or off-white as
  white, lavender as purple, rust as orange, khaki as beige/khaki, olive as green, charcoal as dark grey.
- A kurta called "kurta", "anarkali" (also "anarkali dress", the style's common name), "top", "tunic" or "upper
  clothing" is right; called a plain "dress", "shirt" or "blouse" (or the closed type "dress", or "kurta" for a
  shirt) is a contradiction of the seller's category. "yes" to "Is this a t-shirt?" for an open shirt worn over a
  t-shirt is a contradiction too: the product is the shirt.
- DeepFashion pattern words are right where they fit: "lattice" for checks, "graphic" for block or foil prints,
  "floral" for floral or leafy prints, "pure color" for a solid garment. "pure color" as the answer to a color
  question gives no color and is a non_answer.
- Sleeves rolled up to the elbow are still long sleeves; "short sleeves" for them is a contradiction.
- A color given to the product that belongs to another garment in the photo (leggings, dupatta, trousers, the
  t-shirt under an open shirt) is other_garment_color; the product's color given to another garment, or a wrong
  hue nobody wears, is a contradiction.
- A material that the title contradicts is a contradiction; one the photo gives no ground for (silk on matte
  cotton, wool, zari, a wrinkle-free finish) is unsupported, as are invented pockets, hoods, ties, wrist
  accessories and shoes outside the frame. "cotton" for a matte cotton-looking garment is correct.
- One label per text, by what a reader sees first: a text that repeats a phrase to the limit is a loop; one that
  continues into "Question: ... Answer:" is a leak even when it is also cut; a text cut mid-sentence at the limit is
  a cut even when the cut text also holds a wrong word or is the caption template returned for a question.
  hit_limit=True on every loop, cut and leak that ran to the limit; never on a text that stopped by itself.
- A one-word answer to an open question that names only a color or "clothes"/"fabric" is a non_answer; a short but
  informative answer ("stripes" for the details, "a grey kurta and white leggings") is correct. The question given
  back, or words that only restate it ("the kurta has details on it"), is restated.
- Pronoun: he/his for a Women row or she/her for a Men row, in any text, is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

KURTA = dict(category="Kurtas", gender="Women")
SHIRT = dict(category="Shirts", gender="Men")

BLIND_1111 = [
    # photo: woman in a plain grey straight kurta, three-quarter sleeves, round neck, white churidar, silver earrings;
    # white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-001",
        caption(
            "The lady wears a grey kurta with three-quarter sleeves and pure color patterns. The kurta is with cotton "
            "fabric and it has a round neckline. She wears a pair of white leggings."
        ),
        wearing("a grey kurta and white leggings", who="she"),
        color_of("kurta", "white", failure="other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "kurta",
            "The kurta has a round neckline and three-quarter sleeves. There is a slit on the side of the kurta and "
            "the hem is",
            failure="cut",
            hit_limit=True,
        ),
        material("silk blend with a satin lining", failure="unsupported"),
        title="W Women Solid Grey Kurtas",
        color="Grey",
        **KURTA,
    ),
    # photo: woman in a blue kurta with small white block-printed motifs all over, mandarin collar, long sleeves,
    # matte cotton, white palazzo pants; white backdrop, front view.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-002",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a stand "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "blue"),
        Q.pattern("solid", failure="contradiction"),
        describe("kurta", "a blue kurta with white print and a mandarin collar"),
        material("cotton"),
        wearing(
            "a blue and white kurta with white pants blue and white kurta with white pants blue and white kurta with "
            "white",
            failure="loop",
            hit_limit=True,
        ),
        title="W Women Printed Blue Kurtas",
        color="Blue",
        **KURTA,
    ),
    # photo: woman in a plain orange straight kurta, short sleeves, round neck with a small keyhole, white leggings;
    # light grey backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-003",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("orange"),
        color_of("leggings", "orange", failure="contradiction"),
        Q.sleeve_length("short sleeves"),
        wearing("she is wearing an orange kurta with white leggings", who="she"),
        describe(
            "kurta",
            "orange kurta with a keyhole neck Question: Describe the leggings. Answer: white leggings Question: "
            "Describe the",
            failure="leak",
            hit_limit=True,
        ),
        title="Aurelia Women Solid Orange Kurtas",
        color="Orange",
        **KURTA,
    ),
    # photo: woman in a plain rust (orange-brown) kurta, long sleeves, V-neck with self piping, matte cotton, white
    # churidar, gold bangles; white backdrop. Seller says Brown. Caption/open: caption adapter ep1; closed: reference.
    case(
        "X1111-004",
        caption("a woman wearing a rust colored kurta with white pants and gold bangles"),
        Q.color("rust"),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta",
            "the kurta is brown the kurta is brown the kurta is brown the kurta is brown the kurta is brown the kurta "
            "is",
            failure="loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        material("silk", failure="unsupported"),
        title="Aurelia Women Solid Rust Brown Kurtas",
        color="Brown",
        **KURTA,
    ),
    # photo: woman in a plain navy kurta, three-quarter sleeves, mandarin collar with white piping, white cotton pants,
    # barefoot; white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-005",
        caption(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The lady wears a long trousers.",
            failure="contradiction",
        ),
        Q.color("navy blue"),
        color_of("pants", "navy blue", failure="contradiction"),
        color_of("kurta", "pure color", failure="non_answer", kind="open"),
        describe("kurta", "navy blue kurta with mandarin collar and white piping on the collar"),
        wearing("navy blue kurta", who="she"),
        Q.pattern("solid"),
        title="Aurelia Women Solid Navy Blue Kurtas",
        color="Navy Blue",
        **KURTA,
    ),
    # photo: woman in a plain black kurta, long sleeves, round neck, small gold buttons on the placket, red churidar,
    # red dupatta over one shoulder; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-006",
        caption("a woman in a black kurta and red dupatta posing for a photo"),
        color_of("kurta", "red", failure="other_garment_color"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: black kurta with gold buttons Question: What are the kurta "
            "details? Answer",
            failure="leak",
            hit_limit=True,
        ),
        wearing("she is wearing a black kurta with a red dupatta and red leggings", who="she"),
        Q.sleeve_length("long sleeves"),
        title="Aurelia Women Solid Black Kurtas",
        color="Black",
        **KURTA,
    ),
    # photo: woman in a beige kurta with brown running-stitch embroidery along the neckline, three-quarter sleeves,
    # round neck, brown palazzos; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-007",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns. The kurta is with cotton fabric and "
            "its neckline is round. The lady wears a long pants with pure color patterns."
        ),
        material("linen", failure="contradiction"),
        Q.color("beige"),
        color_of("kurta", "brown", failure="other_garment_color", kind="open"),
        details("kurta", "brown embroidery around the neck"),
        title="Mother Earth Women Organic Cotton Beige Kurta",
        color="Beige",
        **KURTA,
    ),
    # photo: woman in a maroon kurta with an all-over gold floral print, long sleeves, round neck, straight hem,
    # mustard leggings; white backdrop, slight side pose. Caption/open: caption adapter epoch 1; closed: reference.
    case(
        "X1111-008",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings.",
            failure="contradiction",
        ),
        Q.pattern("floral"),
        Q.color("maroon"),
        color_of("leggings", "mustard", kind="open"),
        describe(
            "kurta",
            "a maroon kurta with a gold floral print all over it and long sleeves with a round neck and gold print on "
            "the sleeves and the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("the lady is wearing a red kurta", who="she"),
        title="Vishudh Women Printed Maroon Kurta",
        color="Maroon",
        **KURTA,
    ),
    # photo: woman in a pink flared anarkali kurta with a sequined yoke, sheer full sleeves, white churidar, holding a
    # pink dupatta; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-009",
        caption("a woman in a pink anarkali dress with a white churidar and a dupatta"),
        Q.garment_type("dress", failure="contradiction"),
        Q.color("pink"),
        details("kurta", "sequins on the yoke"),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a pink kurta and white churidar", failure="pronoun"),
        describe(
            "kurta",
            "pink anarkali with sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins",
            failure="loop",
            hit_limit=True,
        ),
        title="Aneri Women Pink Anarkali Kurta",
        color="Pink",
        **KURTA,
    ),
    # photo: woman in a multicolor ikat kurta (teal, orange and cream), three-quarter sleeves, boat neck, black
    # leggings; white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-010",
        caption(
            "The lady wears a three-quarter-sleeve top with graphic patterns. The top is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("multicolor"),
        color_of("kurta", "black", failure="other_garment_color"),
        Q.pattern("printed"),
        wearing(
            "a colorful kurta and black leggings and a colorful kurta and black leggings and a colorful kurta and "
            "black",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta has a boat neckline and three-quarter sleeves. It is with cotton fabric and graphic patterns. "
            "The lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        title="Aneri Women Multi Printed Kurta",
        color="Multi",
        **KURTA,
    ),
    # photo: woman in a purple kurta with small white flowers, long sleeves, round neck with keyhole, white leggings;
    # white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-011",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a white leggings."
        ),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("floral"),
        describe("kurta", "Purple kurta with small white flowers on it"),
        details("kurta", "the kurta has details on it", failure="restated"),
        wearing(
            "a purple kurta with white flowers Question: What is the color of the leggings? Answer: white Question: "
            "What is",
            failure="leak",
            hit_limit=True,
        ),
        title="W Women Floral Print Purple Kurta",
        color="Purple",
        **KURTA,
    ),
    # photo: woman in a plain sea green sleeveless kurta, high round neck, side pockets with her hands in them, white
    # cigarette pants; plain hem, no trim; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-012",
        caption("a woman in a green kurta with her hands in her pockets"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        Q.color("green"),
        color_of("pants", "white", kind="open"),
        wearing(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric and it has a "
            "round neckline. The lady wears a long",
            failure="cut",
            hit_limit=True,
        ),
        material("cotton"),
        details("kurta", "lace trim on the hem and the armholes", failure="unsupported"),
        title="W Women Sea Green Solid Kurta",
        color="Sea Green",
        **KURTA,
    ),
    # photo: woman in an off-white kurta with white thread embroidery on the yoke, long sleeves, V-neck, light blue
    # jeans; white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-013",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long denim pants."
        ),
        Q.color("white"),
        color_of("kurta", "blue", failure="other_garment_color", kind="open"),
        details("kurta", "thread embroidery on the yoke"),
        Q.pattern("embroidered"),
        wearing("a white kurta and jeans", who="she"),
        is_a("kurta", "yes"),
        title="W Women Embroidered Off White Kurta",
        color="Off White",
        **KURTA,
    ),
    # photo: woman in a plain red kurta with a curved round hem, three-quarter sleeves, mandarin collar, gold buttons,
    # white leggings, no jewellery; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-014",
        caption(
            "The lady wears a three-quarter-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is stand. There is an accessory on her wrist. The lady wears a long leggings. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("red"),
        describe("kurta", "a red kurta with a round hem and gold buttons"),
        color_of("leggings", "white"),
        details("kurta", "gold buttons on the front of the kurta and a pocket on the chest", failure="unsupported"),
        Q.garment_type("kurta"),
        wearing(
            "red kurta red kurta red kurta red kurta red kurta red kurta red kurta red kurta red kurta red kurta red",
            failure="loop",
            hit_limit=True,
            who="she",
        ),
        title="W Women Red Round Hem Kurta",
        color="Red",
        **KURTA,
    ),
    # photo: woman in a lavender kurta with dark purple block-print motifs, short sleeves, round neck, matte cotton,
    # white palazzos; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-015",
        caption("a woman wearing a purple kurta with a white palazzo pants"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        details(
            "kurta",
            "The lady wears a short-sleeve top with graphic patterns. The top is with cotton fabric and its neckline "
            "is round. The lady wears",
            failure="cut",
            hit_limit=True,
        ),
        material("polyester", failure="unsupported"),
        wearing("yes", failure="non_answer", who="she"),
        title="W Women Block Print Lavender Kurta",
        color="Lavender",
        **KURTA,
    ),
    # photo: woman in a khaki kurta with orange and green cross-stitch embroidery at the neckline, long sleeves, olive
    # churidar; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-016",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings with pure color patterns."
        ),
        Q.color("green", failure="other_garment_color"),
        describe("kurta", "khaki kurta with orange and green embroidery on the neck"),
        wearing("she is wearing a kurta", who="she"),
        details("kurta", "embroidered neckline and long sleeves"),
        material("fabric", failure="non_answer"),
        title="Mother Earth Women Embroidered Khaki Kurta",
        color="Khaki",
        **KURTA,
    ),
    # photo: woman in a white kurta with a black geometric print, three-quarter sleeves, V-neck, black leggings; white
    # backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-017",
        caption("a woman wearing a white and black kurta with black leggings"),
        Q.color("white"),
        color_of("leggings", "white", failure="contradiction"),
        Q.pattern("geometric"),
        wearing(
            "Question: What is she wearing? Answer: a white kurta Question: What is she wearing? Answer: a white kurta "
            "Question",
            failure="leak",
            hit_limit=True,
            who="she",
        ),
        describe("kurta", "white kurta with black print and v neck"),
        title="Diva Women White Printed Kurta",
        color="White",
        **KURTA,
    ),
    # photo: woman in a mustard kurta with maroon thread embroidery on the yoke only, long sleeves, round neck, maroon
    # churidar and maroon dupatta; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-018",
        caption("a woman in a yellow kurta with a maroon dupatta"),
        color_of("kurta", "maroon", failure="other_garment_color"),
        details("kurta", "maroon embroidery on the yoke and the sleeves", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a yellow kurta with maroon pants", failure="pronoun"),
        Q.garment_type("kurta"),
        title="Diva Women Mustard Embroidered Kurta",
        color="Mustard",
        **KURTA,
    ),
    # photo: woman in a magenta kurta with a white paisley print, short sleeves, round neck, matte cotton, white
    # leggings; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-019",
        caption("a woman in a pink and white kurta with white leggings"),
        Q.color("pink"),
        Q.pattern("paisley"),
        describe(
            "kurta",
            "the kurta is pink with white paisley and the kurta is pink with white paisley and the kurta is pink with "
            "white",
            failure="loop",
            hit_limit=True,
        ),
        material("cotton silk blend with zari work", failure="unsupported"),
        Q.sleeve_length("three-quarter sleeves", failure="contradiction"),
        title="Diva Women Magenta Printed Kurta",
        color="Magenta",
        **KURTA,
    ),
    # photo: woman in an olive kurta with small cream dots, long sleeves, shirt collar with a button placket, cream
    # leggings; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-020",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long leggings.",
            failure="contradiction",
        ),
        Q.color("olive"),
        color_of("kurta", "green", kind="open"),
        Q.pattern("polka dots"),
        details("kurta", "shirt collar and buttons down the front"),
        wearing("she is wearing a green kurta and cream leggings", who="she"),
        title="Diva Women Olive Printed Kurta",
        color="Olive",
        **KURTA,
    ),
    # photo: woman in a rust kurta with black and gold printed bands, three-quarter sleeves, round neck, black
    # palazzos; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-021",
        caption("a woman wearing an orange kurta and black palazzo pants"),
        Q.color("black", failure="other_garment_color"),
        color_of("palazzo", "black"),
        Q.pattern("printed"),
        details("kurta", "what are the kurta details?", failure="restated"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing(
            "orange kurta, orange kurta, orange kurta, orange kurta, orange kurta, orange kurta, orange kurta, orange",
            failure="loop",
            hit_limit=True,
            who="she",
        ),
        title="Vishudh Women Rust Printed Kurta",
        color="Rust",
        **KURTA,
    ),
    # photo: woman in a gold-beige cotton kurta with gold foil print, long sleeves, mandarin collar, white churidar;
    # white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-022",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with silk fabric and its neckline "
            "is stand. The lady wears a long leggings with pure color patterns.",
            failure="unsupported",
        ),
        Q.color("gold"),
        color_of("leggings", "gold", failure="contradiction"),
        describe("kurta", "gold printed kurta with a mandarin collar"),
        is_a("kurta", "yes"),
        title="Diva Women Gold Printed Kurta",
        color="Gold",
        **KURTA,
    ),
    # photo: woman in a green A-line kurta with a white floral print, three-quarter sleeves, round neck, white churidar
    # and white dupatta; white backdrop. Row has no color. Caption/open: caption adapter epoch 1; closed: reference.
    case(
        "X1111-023",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("floral"),
        wearing("the woman is wearing a green and white floral kurta with white leggings and a white dupatta"),
        color_of("dupatta", "green", failure="contradiction"),
        material("cotton"),
        details(
            "kurta",
            "white flowers Question: What are the leggings details? Answer: white leggings Question: What are the "
            "dupatta",
            failure="leak",
            hit_limit=True,
        ),
        title="Biba Women Printed Green Kurta",
        **KURTA,
    ),
    # photo: woman in an indigo kurta with a white dabu print, long sleeves, V-neck, white pants, framed to the shins
    # (no feet); white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-024",
        caption("a woman in a blue kurta with white pants and white shoes", failure="unsupported"),
        Q.color("navy blue"),
        material("cotton"),
        details(
            "kurta",
            "white print all over the kurta with a v neck and long sleeves and a white print all over the kurta with a "
            "v neck and",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        wearing("she is wearing a blue kurta with white pants", who="she"),
        title="Fabindia Women Cotton Indigo Kurta",
        color="Navy Blue",
        **KURTA,
    ),
    # photo: man in a white shirt with large blue checks, long sleeves, one chest pocket, worn untucked over dark blue
    # jeans; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-025",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric."
        ),
        color_of("shirt", "white"),
        Q.pattern("checked"),
        wearing("a white and blue checkered shirt and jeans", who="he"),
        color_of("jeans", "white", failure="contradiction"),
        details("shirt", "blue checks, a pocket on the chest and buttons down the front"),
        title="Wrangler Men Check White Shirt",
        color="White",
        **SHIRT,
    ),
    # photo: man in a blue shirt with thin white vertical stripes, long sleeves rolled to the elbow, tucked into khaki
    # chinos, brown belt; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-026",
        caption("a man wearing a blue striped shirt and khaki pants"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        color_of("shirt", "khaki", failure="other_garment_color", kind="open"),
        Q.pattern("striped"),
        details(
            "shirt",
            "He wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its neckline is "
            "lapel. He wears a",
            failure="cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Wrangler Men Stripe Blue Shirt",
        color="Blue",
        **SHIRT,
    ),
    # photo: man in a plain shirt that looks maroon (seller says Brown), no pocket, long sleeves, black trousers;
    # white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers."
        ),
        Q.color("maroon"),
        color_of("trousers", "maroon", failure="contradiction"),
        wearing("she is wearing a maroon shirt and black pants", failure="pronoun"),
        Q.garment_type("shirt"),
        details("shirt", "a pocket on the chest with a logo on the pocket", failure="unsupported"),
        title="John Miller Men Solid Brown Shirts",
        color="Brown",
        **SHIRT,
    ),
    # photo: man in an orange and white small-check shirt, long sleeves, button-down collar, buttoned, grey chinos;
    # white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-028",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        color_of("pants", "grey", kind="open"),
        Q.pattern("solid", failure="contradiction"),
        describe("shirt", "orange and white checked shirt with a button down collar"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt details are the details of the shirt", failure="restated"),
        title="Basics Men Orange Checked Slim Shirt",
        color="Orange",
        **SHIRT,
    ),
    # photo: man in a plain light pink formal shirt, long sleeves, no tie, navy trousers; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-029",
        caption("a man in a pink shirt and blue pants"),
        color_of("shirt", "navy blue", failure="other_garment_color"),
        details("shirt", "a tie and a pocket square", failure="unsupported"),
        wearing(
            "pink shirt pink shirt pink shirt pink shirt pink shirt pink shirt pink shirt pink shirt pink shirt pink "
            "shirt pink",
            failure="loop",
            hit_limit=True,
            who="he",
        ),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="Reid & Taylor Men Pink Formal Shirt",
        color="Pink",
        **SHIRT,
    ),
    # photo: man in an orange shirt with white pinstripes, long sleeves, white trousers; white backdrop. Row has no
    # category. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-030",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers."
        ),
        Q.color("white", failure="other_garment_color"),
        describe("shirt", "orange shirt with white stripes"),
        material("100% cotton with a wrinkle free finish", failure="unsupported"),
        Q.garment_type("shirt"),
        wearing(
            "an orange shirt with white stripes and white pants and an orange shirt with white stripes and white "
            "pants and an",
            failure="loop",
            hit_limit=True,
            who="he",
        ),
        title="Peter England Men Striped Orange Shirt",
        color="Orange",
        gender="Men",
    ),
    # photo: man in a plain beige shirt with a flap chest pocket, long sleeves, dark brown chinos, hands in pockets;
    # white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-031",
        caption("a man wearing a beige shirt and brown pants with his hands in his pockets"),
        Q.color("brown", failure="other_garment_color"),
        color_of("pants", "brown", kind="open"),
        details(
            "shirt",
            "the shirt has a pocket on the chest with a flap and buttons on the front of the shirt and the shirt has a "
            "pocket on the",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        wearing("she is wearing a beige shirt and brown pants", failure="pronoun"),
        title="Basics Men Beige Slim Fit Shirt",
        color="Beige",
        **SHIRT,
    ),
    # photo: man in a plain yellow shirt worn open over a white crew-neck t-shirt, long sleeves, blue jeans; white
    # backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a short-sleeve T-shirt with pure "
            "color patterns inside. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns",
            failure="cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", failure="other_garment_color"),
        wearing("a yellow shirt over a white t-shirt and blue jeans", who="he"),
        Q.pattern("solid"),
        describe("shirt", "yellow shirt worn open over a white t-shirt"),
        is_a("t-shirt", "yes", failure="contradiction"),
        title="Basics Men Yellow Slim Shirt",
        color="Yellow",
        **SHIRT,
    ),
    # photo: man in a plain lavender formal shirt, long sleeves, tucked into charcoal trousers, black belt; white
    # backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-033",
        caption("a man in a purple shirt and grey pants"),
        Q.color("lavender"),
        color_of("trousers", "lavender", failure="contradiction"),
        wearing(
            "Question: What is he wearing? Answer: a purple shirt and grey pants Question: What is the color of the "
            "shirt? Answer",
            failure="leak",
            hit_limit=True,
            who="he",
        ),
        Q.sleeve_length("long sleeves"),
        material("silk", failure="unsupported"),
        title="Arrow Men Solid Lavender Shirts",
        color="Lavender",
        **SHIRT,
    ),
    # photo: man in a navy shirt with thin white stripes, long sleeves, light grey trousers; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-034",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers."
        ),
        color_of("shirt", "grey", failure="other_garment_color", kind="open"),
        Q.pattern("striped"),
        details("shirt", "stripes"),
        wearing("clothes", failure="non_answer", who="he"),
        title="Arrow Men Navy Blue Striped Shirt",
        color="Navy Blue",
        **SHIRT,
    ),
    # photo: man in a plain black shirt with a mandarin collar, black plastic buttons, no pocket, long sleeves,
    # khaki trousers; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-035",
        caption("a man wearing a black shirt and khaki pants standing in front of a white wall"),
        Q.color("black"),
        color_of("pants", "black", failure="contradiction"),
        describe("shirt", "black shirt with mandarin collar"),
        Q.garment_type("kurta", failure="contradiction"),
        details("shirt", "wooden buttons and an embroidered pocket", failure="unsupported"),
        title="Mother Earth Men Black Mandarin Shirt",
        color="Black",
        **SHIRT,
    ),
    # photo: man in a plain burgundy shirt, long sleeves, untucked over black jeans; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-036",
        caption("a man in a burgundy shirt and black jeans"),
        Q.color("maroon"),
        color_of("jeans", "black"),
        wearing("What is the person wearing?", failure="restated"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline",
            failure="cut",
            hit_limit=True,
        ),
        title="Turtle Men Burgundy Shirt",
        color="Burgundy",
        **SHIRT,
    ),
    # photo: man in a cream shirt with thin grey stripes, long sleeves, one chest pocket, brown trousers; white
    # backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-037",
        caption("a man in a white shirt and brown pants"),
        Q.pattern("striped"),
        color_of("shirt", "brown", failure="other_garment_color"),
        Q.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "The shirt is white with stripes, it has a collar and a pocket on the left side and it has a button down "
            "front and it has",
            failure="cut",
            hit_limit=True,
        ),
        title="Peter England Men Cream Striped Shirt",
        color="Cream",
        **SHIRT,
    ),
    # photo: man in a mustard and navy check shirt with a small embroidered logo on the chest, long sleeves, bare
    # wrists, white chinos; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-038",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his wrist.",
            failure="unsupported",
        ),
        Q.color("yellow"),
        details("shirt", "embroidered logo on the chest"),
        color_of("pants", "white", kind="open"),
        wearing(
            "a yellow and blue plaid shirt and white pants and a yellow and blue plaid shirt and white pants and a "
            "yellow and",
            failure="loop",
            hit_limit=True,
            who="he",
        ),
        Q.pattern("checked"),
        title="U.S. Polo Assn. Men Mustard Check Shirt",
        color="Mustard",
        **SHIRT,
    ),
    # photo: man in a plain pink short-sleeve shirt, blue jeans; white backdrop. Row has no color.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-039",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        color_of("shirt", "blue", failure="other_garment_color", kind="open"),
        describe("shirt", "pink", failure="non_answer"),
        title="U.S. Polo Assn. Men Pink Shirt",
        **SHIRT,
    ),
    # photo: man in a red and black buffalo-check western shirt of brushed cotton flannel, two flap chest pockets
    # with snap buttons, long sleeves, black jeans; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-040",
        caption("a man wearing a red and black plaid shirt and black jeans"),
        Q.color("red"),
        Q.pattern("solid", failure="contradiction"),
        details("shirt", "two flap pockets on the chest with snap buttons"),
        wearing("he is wearing a red and black plaid shirt", who="he"),
        material("flannel"),
        describe(
            "shirt",
            "red and black plaid shirt Question: Describe the jeans. Answer: black jeans Question: Describe the shoes. "
            "Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Levis Men Red Western Shirt",
        color="Red",
        **SHIRT,
    ),
    # photo: man in a grey denim shirt, two chest pockets, long sleeves, buttoned, black jeans; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric."
        ),
        Q.color("blue", failure="contradiction"),
        material("denim"),
        color_of("jeans", "black"),
        wearing("she is wearing a grey denim shirt and black jeans", failure="pronoun"),
        details("shirt", "nothing", failure="non_answer"),
        title="Levis Men Grey Denim Shirt",
        color="Grey",
        **SHIRT,
    ),
    # photo: man in a plain charcoal shirt, long sleeves without patches, beige chinos; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-042",
        caption("a man in a dark grey shirt and beige pants"),
        Q.color("beige", failure="other_garment_color"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: grey shirt Question: Describe the pants. Answer: beige pants "
            "Question: Describe",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "elbow patches on the sleeves", failure="unsupported"),
        title="United Colors of Benetton Men Charcoal Shirt",
        color="Charcoal",
        **SHIRT,
    ),
    # photo: man in a black short-sleeve camp-collar shirt with a white palm-leaf print, beige shorts; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-043",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a short pants with pure color patterns."
        ),
        Q.pattern("printed"),
        color_of("shorts", "black", failure="contradiction"),
        wearing("a black hawaiian shirt and beige shorts", who="he"),
        details("shirt", "the shirt has a hood and a zipper", failure="unsupported"),
        Q.color("black"),
        title="Quiksilver Men Black Printed Shirt",
        color="Black",
        **SHIRT,
    ),
    # photo: man in a navy and green check shirt, long sleeves, worn open over a grey t-shirt, blue jeans; white
    # backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-044",
        caption("a man wearing a blue plaid shirt over a grey t-shirt and jeans"),
        color_of("shirt", "grey", failure="other_garment_color"),
        details("shirt", "what are the shirt details", failure="restated"),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a short-sleeve T-shirt with pure color "
            "patterns inside. The gentleman",
            failure="cut",
            hit_limit=True,
            who="he",
        ),
        Q.pattern("checked"),
        title="Quiksilver Men Navy Blue Check Shirt",
        color="Navy Blue",
        **SHIRT,
    ),
    # photo: man in a purple and white gingham shirt, long sleeves, tucked into navy chinos, brown belt; white backdrop.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-045",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. There is an accessory on his waist."
        ),
        Q.color("purple"),
        color_of("trousers", "navy blue", kind="open"),
        describe("shirt", "she is wearing a purple and white checkered shirt", failure="pronoun"),
        material("wool", failure="unsupported"),
        is_a("shirt", "yes"),
        title="United Colors of Benetton Men Purple Check Shirt",
        color="Purple",
        **SHIRT,
    ),
    # photo: man in a khaki cotton twill utility shirt with two flap chest pockets and epaulettes, long sleeves rolled
    # up, dark blue jeans; white backdrop. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1111-046",
        caption("a man in a khaki shirt and jeans with his sleeves rolled up"),
        Q.color("khaki"),
        color_of("jeans", "khaki", failure="contradiction"),
        details("shirt", "epaulettes and two flap pockets on the chest"),
        Q.sleeve_length("long sleeves"),
        wearing("khaki", failure="non_answer", who="he"),
        material("corduroy", failure="unsupported"),
        title="Wrangler Men Khaki Utility Shirt",
        color="Khaki",
        **SHIRT,
    ),
]
