"""BLIND_1084 (46 products; old Myntra ethnic wear, dresses, caption epoch 2): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 108/116 failures found (93.1%) and 17/166 correct texts flagged
(10.2%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed with short seller titles ("Biba Women Printed Blue Kurta"),
women's and girls' ethnic wear (kurtas, kurtis, churidars, a patiala, a dupatta, sarees, a lehenga) and dresses. The
photos are the feed's own kind: 224x224 studio shots on a white backdrop, the model mostly full length and wearing
other garments with the product (churidar or palazzos under a kurta, a blouse under a saree, a top over a skirt),
sometimes a dupatta, bag, belt, hat or jewellery. A few rows lack a column (no base colour, no article type, no gender).

Who wrote what: the caption and every open answer (wearing, describe, details, open color questions, material) come
from BLIP-2 OPT-2.7b with a caption LoRA stopped at epoch 2 (between the published epoch-1 and epoch-3 adapters),
greedy, 50 new tokens for captions and 30 for answers. Its habits: DeepFashion template sentences ("The lady is
wearing a three-quarter-sleeve top with floral patterns. The top is with cotton fabric...") for captions and often
for answers too; no hue names in template sentences, only patterns; no word for kurta, saree or churidar, so they
become top, shirt, dress, pants, leggings or skirt; stock accessory sentences ("There is an accessory on her wrist.");
no end token learned, so about half of its captions and some answers run on to the limit, repeating a sentence or
stopping mid-phrase; the `Question: ... Answer:` format sometimes comes back in answers; "gentleman"/"his" now and
then for a woman. At epoch 2 it still half-answers questions with a hue taken from the base model, and those hues
often belong to the other garment (the churidar, the dupatta, the blouse). The closed answers (garment type, color,
pattern, sleeve length, "Is this a ...?", and closed color-of questions) come from enrich's reference engine, which
ranks the candidate values and returns one: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Correctness is judged against the photo as described in each `# photo:` comment; the seller's columns are what
  the feed says. Where the seller's color differs from the photo (039: "Brown" kurta that looks rust), an answer
  that names what the photo shows is correct.
- A kurta or kurti called "top", "shirt", "tunic" or "kurta", churidar/patiala/palazzos called "pants" or "leggings",
  a dupatta called "scarf": correct (the adapter's vocabulary, not wrong). A kurta (anarkali included) or a saree
  called a "dress", or a closed garment type that names the other garment: contradiction (the seller's category and
  the other texts disagree).
- Shades counted as the same color: maroon/red, mustard/yellow, off white/cream/white, lavender/purple, magenta/pink,
  teal or turquoise/blue or "blue green", rust/orange, olive/green. Three-quarter sleeves called "long-sleeve" in
  a template caption: accepted (the template often rounds sleeves to long or short).
- A closed color answer that names the other garment's color (the churidar's, the bag's) is labeled contradiction;
  other_garment_color is kept for open answers that give the product (or a named garment) the color of another
  garment in the photo.
- Template fabric words ("cotton fabric", "chiffon fabric") are accepted when the photo is consistent with them; a
  fabric, pocket, zipper, button, ring, shoe or wrist accessory that the photo does not show is unsupported.
- A text that runs to its limit repeating a sentence or phrase is a loop (hit_limit=True); one that stops mid-phrase
  at the limit without repeating is cut. A loop whose repeated sentence is itself invented (009's wrist accessory)
  is labeled loop. Captions that end on their own with an invented accessory, ring or hat (014, 017, 032, 035):
  unsupported.
- A leak is any answer that contains "Question:" or "Answer:", whatever else it says, even when the rest is right.
- An open color question answered with a template sentence that names no hue, a bare "yes", or "they are long" for
  the details: non_answer. An answer that only turns the question back ("The skirt details are the details of the
  skirt.") or says "the dress is a dress": restated.
- Pronoun: "gentleman"/"his"/"he"/"boy" for a Women or Girls row is pronoun; "the lady" for a girl is accepted.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_1084 = [
    # photo: royal blue straight kurta with a small white floral block print, three-quarter sleeves, stand collar,
    # white churidar, silver jhumkas; white backdrop, front view. Caption and open answers: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1084-001",
        caption(
            "The lady is wearing a three-quarter-sleeve top with floral patterns. The top is with cotton fabric and "
            "its neckline is stand. The leggings are of long length. There is an accessory in her ear."
        ),
        wearing("a blue kurta with white flowers and white leggings"),
        color_of("kurta", "blue"),
        pattern("floral"),
        sleeve("three-quarter sleeves"),
        details(
            "kurta",
            "The kurta has a stand collar, three-quarter sleeves and white floral prints. The leggings are white. "
            "The leggings are white. The leggings are",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Printed Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: plain off-white cotton kurta with a little self-colour embroidery at the round neckline, short sleeves,
    # worn with mustard palazzo pants; white backdrop, front. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-002",
        caption(
            "The lady is wearing a short-sleeve top with solid color patterns and a long pants. The top is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and yellow pants"),
        col("mustard", "contradiction"),
        details("kurta", "The kurta has a round neckline with embroidery and short sleeves. It is with cotton fabric."),
        color_of(
            "pants",
            "The lady is wearing a short-sleeve top with solid color patterns and a long pants.",
            "non_answer",
            kind="open",
        ),
        mat("cotton"),
        title="W Women Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: bottle-green A-line kurta with small gold printed buttis, three-quarter sleeves, round neck, beige
    # leggings, no jewellery; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-003",
        caption(
            "The lady is wearing a long dress with graphic patterns. The dress has three-quarter sleeves, cotton "
            "fabric and a round neckline. The lady wears leggings. The leggings are of long length.",
            "contradiction",
        ),
        wearing("a green kurta and beige leggings"),
        gtype("kurta"),
        color_of("kurta", "green"),
        color_of("leggings", "green", "other_garment_color", kind="open"),
        pattern("printed"),
        title="Aurelia Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: orange short kurti with a navy and white ikat-style print, sleeveless, round neck, worn with blue skinny
    # jeans and a wooden bangle on the left wrist, hand on hip; white backdrop. Caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1084-004",
        caption(
            "The lady is wearing a sleeveless top with graphic patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns. The top is with cotton fabric. There is an accessory on her wrist."
        ),
        wearing("an orange top and blue jeans"),
        sleeve("sleeveless"),
        col("blue", "contradiction"),
        describe(
            "kurti",
            "The kurti is orange with blue and white prints, sleeveless, and has a round neckline. The lady wears "
            "blue jeans. The jeans are with denim",
            "cut",
            hit_limit=True,
        ),
        is_a("kurti", "yes"),
        title="Global Desi Women Orange Printed Kurti",
        category="Kurtis",
        color="Orange",
        gender="Women",
    ),
    # photo: solid maroon straight kurta with gold zari trim on the v-neck and sleeve hems, long sleeves, off-white
    # churidar, off-white dupatta over both shoulders; matte slub cotton; white backdrop. Caption adapter epoch 2.
    case(
        "X1084-005",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns. The top is with cotton fabric and it "
            "has a v-shape neckline. The lady wears a scarf. The pants are of long length."
        ),
        wearing("a red kurta with a white scarf and white pants"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        details(
            "kurta",
            "The kurta has gold trim at the neckline and the sleeves. The kurta has gold trim at the neckline and "
            "the sleeves. The kurta has gold trim",
            "loop",
            hit_limit=True,
        ),
        mat("silk", "unsupported"),
        title="Fabindia Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: black sleeveless bodycon jersey dress, knee length, solid, nude heels, silver watch; white backdrop, side
    # pose. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-006",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of knee length. It is "
            "with knitting fabric. There is an accessory on her wrist. The lady wears a pair of heels."
        ),
        wearing("a black dress and heels"),
        sleeve("sleeveless"),
        pattern("solid"),
        color_of(
            "dress",
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of knee length.",
            "non_answer",
            kind="open",
        ),
        is_a("dress", "yes"),
        title="Vero Moda Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red georgette saree with a black geometric print and black border, pallu over the left shoulder, black
    # sleeveless blouse, thin gold bangles; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-007",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It is "
            "of long length. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a red saree and a black blouse"),
        gtype("saree"),
        col("red"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        pattern("printed"),
        details(
            "saree",
            "The saree has a black border and black prints. Question: What is the color of the blouse? Answer: "
            "black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Satya Paul Women Red Printed Sari",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: pink cotton A-line kurta with a white hand-block floral print, three-quarter sleeves, round neck, white
    # palazzos; front view, no pockets or zips visible; white backdrop. Caption adapter epoch 2; closed: reference.
    case(
        "X1084-008",
        caption(
            "The lady is wearing a three-quarter-sleeve top with floral patterns. The top is with cotton fabric and "
            "its neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("she is wearing a pink kurta with white flowers and white pants", who="she"),
        color_of("kurta", "pink"),
        color_of("pants", "white", kind="open"),
        details(
            "kurta",
            "The kurta has a round neckline and a zipper at the back. It has two pockets on the sides.",
            "unsupported",
        ),
        mat("The kurta is with cotton fabric. Question: What material is the pants made of? Answer: cotton", "leak"),
        title="Jaipur Kurti Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy fit-and-flare dress with small white polka dots, short sleeves, knee length, thin brown belt, tan
    # sandals, bare wrists, no pockets or zip in sight; white backdrop. Caption adapter epoch 2; closed: reference
    # engine.
    case(
        "X1084-009",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It is "
            "of knee length. There is a belt on her waist. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress with white polka dots"),
        col("navy blue"),
        pattern("striped", "contradiction"),
        describe("dress", "The dress is navy blue with white dots, short sleeves and a brown belt at the waist."),
        mat("The dress is made of cotton and it has a zipper on the side and two pockets.", "unsupported"),
        title="ONLY Women Navy Blue Printed Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard kurta with maroon floral embroidery on the yoke, three-quarter sleeves, maroon churidar, maroon
    # dupatta with a gold border, a few gold bangles; white backdrop. Caption adapter epoch 2; closed: reference.
    case(
        "X1084-010",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "round neckline. The pants are of long length. This lady wears a scarf. There is an accessory on his "
            "wrist.",
            "pronoun",
        ),
        wearing("a yellow kurta with a red scarf and red pants"),
        color_of("kurta", "mustard"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        details(
            "kurta",
            "The kurta has maroon embroidery on the yoke and three-quarter sleeves. The lady wears a maroon dupatta "
            "with a gold border.",
        ),
        sleeve("three-quarter sleeves"),
        gtype("dress", "contradiction"),
        title="Shree Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: white sleeveless chiffon maxi dress with a large red and green floral print, v-neck, wide-brim straw
    # hat; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-011",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a hat."
        ),
        wearing("a white floral dress and a hat"),
        col("red", "contradiction"),
        color_of("dress", "The dress is white with red and green flowers.", kind="open"),
        mat("denim", "unsupported"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has a v-shape neckline and a floral print.",
            "leak",
        ),
        title="Mango Women Printed White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: girl of about eight in a pink flared kurta with a gold printed border, three-quarter sleeves, round neck,
    # white churidar; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-012",
        caption(
            "The girl is wearing a three-quarter-sleeve top with graphic patterns. The top is with cotton fabric and "
            "it has a round neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink and gold kurta and white pants", who="the girl"),
        is_a("dress", "yes", "contradiction"),
        color_of("churidar", "The pants are of long length.", "non_answer", kind="open"),
        col("pink"),
        pattern("printed"),
        title="Biba Girls Printed Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Girls",
    ),
    # photo: indigo kurta with a pale blue leaf dabu print, long sleeves, stand collar, button placket, white straight
    # pants, wooden bead necklace; white backdrop. The row has no base colour. Caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1084-013",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and white pants"),
        color_of("kurta", "The kurta is white and the pants are white.", "other_garment_color", kind="open"),
        details("kurta", "The kurta has a stand collar, a button placket and long sleeves."),
        describe("kurta", "The kurta is a long kurta.", "restated"),
        mat("cotton"),
        title="Mother Earth Women Printed Blue Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: solid red A-line dress, three-quarter sleeves, round neck, above the knee, black heels, black sling bag,
    # hands visible with no rings; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-014",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is of short length. The "
            "dress is with cotton fabric and it has a round neckline. The lady wears a bag. There is a ring on her "
            "finger.",
            "unsupported",
        ),
        wearing("a red dress, black heels and a black bag"),
        col("red"),
        sleeve("three-quarter sleeves"),
        describe(
            "dress",
            "The dress is red and has three-quarter sleeves and a round neckline. The dress is red and has "
            "three-quarter sleeves and a round",
            "loop",
            hit_limit=True,
        ),
        title="Avirate Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black churidar (ruched at the ankles) worn with a white three-quarter-sleeve kurti, full length; the
    # product is the churidar; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-015",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns and a long leggings. The leggings are "
            "with cotton fabric and pure color patterns. The top is with cotton fabric. The lady wears a pair of "
            "shoes. The shoes are",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and black leggings"),
        col("white", "contradiction"),
        color_of("leggings", "black"),
        gtype("leggings"),
        details("leggings", "the leggings are long", "non_answer"),
        title="Span Women Black Churidar",
        category="Churidar",
        color="Black",
        gender="Women",
    ),
    # photo: cream kurta with red and green kantha-style embroidery along the hem, three-quarter sleeves, round neck,
    # green churidar; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-016",
        caption(
            "The lady is wearing a three-quarter-sleeve top with pure color patterns. The top is with cotton fabric. "
            "It has a round neckline. The lady wears leggings. The leggings are of long length."
        ),
        wearing("a white kurta with green pants"),
        col("green", "contradiction"),
        color_of("kurta", "The kurta is cream with red and green embroidery at the hem.", kind="open"),
        pattern("embroidered"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is white with red and green embroidery at the bottom. "
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        title="Folklore Women Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: emerald green wrap dress with a small white leaf print, short flutter sleeves, tie at the waist, knee
    # length, nude flats, bare wrists and hands; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-017",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of knee length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a green dress with white leaves"),
        col("green"),
        sleeve("long sleeves", "contradiction"),
        details(
            "dress",
            "The dress has a wrap front with a tie at the waist and flutter sleeves. The dress has a wrap front with "
            "a tie at the waist and",
            "loop",
            hit_limit=True,
        ),
        mat("polyester"),
        title="Harpa Women Printed Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: purple (violet) sleeveless kurta with a silver foil printed border at the hem, white leggings, silver
    # bangles; white backdrop, front. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-018",
        caption(
            "The gentleman is wearing a sleeveless top with graphic patterns. The top is with cotton fabric. The "
            "pants this gentleman wears is of long length. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("a purple kurta and white leggings"),
        sleeve("sleeveless"),
        color_of("kurta", "purple"),
        color_of("leggings", "purple", "other_garment_color", kind="open"),
        details("kurta", "yes", "non_answer"),
        title="W Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: magenta chiffon dupatta with a gold gota border and tassels, draped over the shoulders of a model in a
    # plain white long-sleeve kurta and white churidar; the product is the dupatta; white backdrop.
    case(
        "X1084-019",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns. The top is with cotton fabric. The pants "
            "are of long length. The lady wears a scarf. The scarf is with chiffon fabric and pure color patterns."
        ),
        wearing("a white kurta and a white scarf", "other_garment_color"),
        col("white", "contradiction"),
        color_of("dupatta", "pink", kind="open"),
        gtype("kurta", "contradiction"),
        details("dupatta", "The dupatta has a gold border and tassels at the ends."),
        title="Vishudh Women Magenta Dupatta",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: multicoloured abstract-print shift dress (yellow, teal, pink), sleeveless, round neck, above the knee,
    # silver hoop earrings, no pockets or zip at the front; white backdrop. Caption adapter epoch 2; closed: reference.
    case(
        "X1084-020",
        caption(
            "The lady is wearing a sleeveless dress with color block patterns. The dress is of short length. The "
            "dress is with cotton fabric and it has a round neckline. There is an accessory in her ears. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a colorful dress"),
        col("multi"),
        pattern("printed"),
        color_of("dress", "The dress is yellow, blue and pink.", kind="open"),
        describe(
            "dress",
            "The dress is sleeveless with a round neckline and a zipper at the front. The dress has two pockets.",
            "unsupported",
        ),
        title="Mineral Women Printed Multi Coloured Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: beige kurta with a brown and rust paisley print, long sleeves, round neck with keyhole, brown churidar;
    # white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-021",
        caption(
            "The lady is wearing a long-sleeve top with graphic patterns. The top is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown kurta and brown pants", "other_garment_color"),
        color_of("kurta", "beige"),
        pattern("printed"),
        mat("cotton"),
        is_a("kurta", "yes"),
        title="Sepia Women Beige Printed Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: blue and white horizontal-striped jersey t-shirt dress, short sleeves, round neck, knee length, no chest
    # pocket, white sneakers; white backdrop, front. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-022",
        caption(
            "The lady is wearing a short-sleeve dress with striped patterns. The dress is with cotton fabric. It is "
            "of knee length. The lady wears a pair of sneakers."
        ),
        wearing("a blue and white striped dress"),
        col("blue"),
        pattern("striped"),
        describe(
            "dress",
            "The dress has blue and white stripes and short sleeves. It has a pocket on the chest and a zipper at "
            "the back.",
            "unsupported",
        ),
        sleeve("short sleeves"),
        title="United Colors of Benetton Women Stripes Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: teal kurta with silver thread embroidery on the yoke, three-quarter sleeves, round neck, off-white
    # churidar, silver earrings, bare wrists; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-023",
        caption(
            "The lady is wearing a three-quarter-sleeve top with pure color patterns. The top is with cotton fabric. "
            "It has a round neckline. The lady wears leggings. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on her wrist",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue green kurta and white leggings"),
        color_of("kurta", "teal"),
        sleeve("three-quarter sleeves"),
        details(
            "kurta",
            "The kurta has silver embroidery on the yoke and three-quarter sleeves. The lady wears white leggings and "
            "silver earrings.",
        ),
        describe("kurta", "He is wearing a blue kurta with silver embroidery.", "pronoun"),
        title="Diva Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon lace skater dress, sleeveless, lined, above the knee, black heels; white backdrop. Caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X1084-024",
        caption(
            "The lady is wearing a sleeveless dress with lattice patterns. The dress is with other fabric. It is of "
            "short length. The lady wears a pair of heels."
        ),
        wearing("a red dress"),
        col("maroon"),
        describe(
            "dress",
            "The dress is red and it is sleeveless. The dress is red and it is sleeveless. The dress is red and it is",
            "loop",
            hit_limit=True,
        ),
        mat("lace"),
        color_of("dress", "The dress is of short length.", "non_answer", kind="open"),
        is_a("skirt", "no"),
        title="Vero Moda Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink lehenga skirt with gold embroidery all over, gold short-sleeve choli, sheer pink net dupatta, gold
    # bangles; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-025",
        caption(
            "The lady is wearing a short-sleeve top with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink skirt and a gold top"),
        col("gold", "contradiction"),
        color_of("skirt", "pink"),
        details(
            "skirt",
            "The skirt has gold embroidery all over. The top is gold. Question: What is the color of the top? "
            "Answer: gold",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Mitera Women Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: sky blue kurta with white chikankari floral embroidery, long sleeves, round neck, white churidar and a
    # white dupatta; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-026",
        caption(
            "The lady is wearing a long-sleeve top with floral patterns. The top is with cotton fabric and its "
            "neckline is round. The lady wears a scarf. The scarf is with cotton fabric and pure color patterns. "
            "The pants are of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta with white pants and a white scarf", "other_garment_color"),
        color_of("kurta", "blue"),
        color_of("churidar", "white", kind="open"),
        details(
            "kurta",
            "The kurta has white embroidery and long sleeves. The kurta has white embroidery and long sleeves. The "
            "kurta has white",
            "loop",
            hit_limit=True,
        ),
        pattern("embroidered"),
        title="Biba Women Blue Churidar Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a yellow cotton frock with a white peter-pan collar and a small white bow, short puff sleeves,
    # white sandals; front view only; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-027",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "it has a lapel neckline. The dress is of knee length."
        ),
        wearing("a yellow dress with a white collar", who="the girl"),
        col("yellow"),
        sleeve("sleeveless", "contradiction"),
        describe("dress", "The dress is yellow and has a white collar. The boy is wearing white sandals.", "pronoun"),
        details(
            "dress", "The dress has a white collar with a bow, puff sleeves and buttons at the back.", "unsupported"
        ),
        title="Gini and Jony Girls Yellow Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: white cotton kurta with red thread embroidery around the neckline, long sleeves, side slits, blue jeans;
    # white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-028",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. The shirt is with cotton fabric."
        ),
        wearing("a white kurta and blue jeans"),
        col("white"),
        color_of("jeans", "blue"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        mat("The kurta is with denim fabric.", "unsupported"),
        details("kurta", "The kurta has red embroidery around the neckline and a slit on the sides."),
        title="Fabindia Women White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: baby pink chiffon skater dress, sleeveless, pleated skirt, thin gold belt, gold strappy heels; white
    # backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-029",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It is "
            "of short length. There is a belt on her waist. The lady wears a pair of heels. The lady wears a pair of "
            "heels. The lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress with a gold belt"),
        col("pink"),
        pattern("solid"),
        describe("dress", "The dress is light pink, sleeveless, with a pleated skirt and a thin gold belt."),
        is_a("dress", "yes"),
        title="Jealous 21 Women Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: red flared ankle-length skirt with a black and gold block print, black sleeveless top, oxidised silver
    # bangles; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-030",
        caption(
            "The lady is wearing a sleeveless top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. There is an accessory on her wrist."
        ),
        wearing("a black top and a red skirt"),
        col("black", "contradiction"),
        color_of("skirt", "red"),
        color_of("top", "red", "other_garment_color", kind="open"),
        details("skirt", "The skirt details are the details of the skirt.", "restated"),
        describe("skirt", "The skirt is a long skirt.", "restated"),
        title="Global Desi Women Red Printed Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: peach kurta with white lace trim at the hem and cuffs, three-quarter sleeves, v-neck, side-seam pocket
    # with her hand in it, white leggings; white backdrop, three-quarter view. Caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1084-031",
        caption(
            "The lady is wearing a three-quarter-sleeve top with pure color patterns. The top is with cotton fabric "
            "and it has a v-shape neckline. The leggings are of long length. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach kurta and white leggings"),
        col("peach"),
        describe("kurta", "The kurta has lace on the hem and on the sleeves and a pocket on the side."),
        sleeve("three-quarter sleeves"),
        color_of("leggings", "peach", "other_garment_color", kind="open"),
        title="Aurelia Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo midi dress with a white geometric print, short sleeves, round neck, no collar or buttons, tan
    # leather belt, tan sling bag, bareheaded; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-032",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a bag. There is a belt on her waist. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a blue dress with a brown belt and a brown bag"),
        col("blue"),
        color_of("belt", "blue", "other_garment_color", kind="open"),
        describe(
            "dress",
            "The dress is blue with white prints and it has a collar and buttons on the front.",
            "unsupported",
        ),
        mat("cotton"),
        title="Sepia Women Printed Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black straight kurta with a pink and green floral print, three-quarter sleeves, stand collar, pink
    # palazzos; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-033",
        caption(
            "The lady is wearing a three-quarter-sleeve top with floral patterns. The top is with cotton fabric and "
            "it has a stand neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a black floral kurta and pink pants"),
        col("black"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta has a stand collar and floral prints.",
            "leak",
        ),
        pattern("floral"),
        title="W Women Black Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: olive green shirt dress, long roll-up sleeves, collar, button front, brown belt, knee length, brown ankle
    # boots; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-034",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a lapel neckline. It is of knee length. There is a belt on her waist. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt dress and brown boots"),
        col("brown", "contradiction"),
        sleeve("long sleeves"),
        describe(
            "dress",
            "The dress has a collar, buttons on the front and a belt at the waist. The dress has a collar, buttons on "
            "the front and a belt at",
            "loop",
            hit_limit=True,
        ),
        gtype("dress"),
        title="Remanika Women Olive Green Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: red kurta with a white and yellow bandhani dot print, long sleeves, yellow churidar and yellow dupatta,
    # bare wrists; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-035",
        caption(
            "The lady is wearing a long-sleeve top with graphic patterns. The top is with cotton fabric. The lady "
            "wears a scarf. There is an accessory on her wrist. The pants are of long length.",
            "unsupported",
        ),
        wearing("a red kurta with a yellow scarf"),
        color_of("kurta", "yellow", "contradiction"),
        color_of("dupatta", "yellow", kind="open"),
        pattern("printed"),
        details(
            "kurta",
            "The kurta has white and yellow dots all over. The lady wears yellow leggings and a yellow dupatta.",
        ),
        title="Shree Women Printed Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange short kurti with a navy placket and navy piping, short sleeves, navy skinny jeans; white
    # backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-036",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns and a long pants. The pants are "
            "with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("Question: What is the person wearing? Answer: a grey kurti and blue jeans", "leak"),
        col("grey"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe("kurti", "The kurti is grey with a blue placket and blue piping."),
        sleeve("short sleeves"),
        title="Vishudh Women Grey Kurti",
        category="Kurtis",
        color="Grey",
        gender="Women",
    ),
    # photo: mustard-yellow halter maxi dress, solid, floor length, side slit, gold hoop earrings, barefoot; white
    # backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-037",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It is "
            "of long length. There is an accessory in her ears."
        ),
        wearing("The gentleman is wearing a yellow maxi dress.", "pronoun"),
        col("mustard"),
        sleeve("sleeveless"),
        details(
            "dress",
            "The dress has a halter neck and a slit on the side. The dress has a halter neck and a slit on the side. "
            "The dress has a",
            "loop",
            hit_limit=True,
        ),
        mat("The dress is with chiffon fabric. The lady wears sandals.", "unsupported"),
        title="Miss Chase Women Yellow Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: lavender floor-length anarkali kurta, flared, silver gota trim at the hem, long sheer sleeves, white
    # churidar; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-038",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "it is of long length.",
            "contradiction",
        ),
        wearing("a purple anarkali and white leggings"),
        col("lavender"),
        is_a("dress", "no"),
        describe("kurta", "The kurta is long and flared with a silver border at the bottom and sheer sleeves."),
        details(
            "kurta",
            "The kurta has a flared hem with silver trim, sheer sleeves and a belt at the waist.",
            "unsupported",
        ),
        title="Biba Women Lavender Anarkali Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: kurta that looks rust/terracotta (the seller says Brown) with a cream block print all over, long sleeves,
    # round neck, no pockets, cream churidar; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-039",
        caption(
            "The lady is wearing a long-sleeve top with graphic patterns. The top is with cotton fabric and its "
            "neckline is round. The pants are of long length."
        ),
        wearing("an orange kurta and white pants"),
        col("brown"),
        color_of("churidar", "orange", "other_garment_color", kind="open"),
        mat("cotton"),
        details("kurta", "The kurta has cream prints all over and a pocket on the chest.", "unsupported"),
        title="Fabindia Women Printed Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: white lace shift dress, short lace sleeves, scalloped hem, above the knee, nude heels; front view only,
    # white dress on the white backdrop. The row has no gender. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-040",
        caption(
            "The lady is wearing a short-sleeve dress with lattice patterns. The dress is of short length. The lady "
            "wears a pair of heels."
        ),
        wearing("a white dress"),
        col("white"),
        describe("dress", "The dress is a dress.", "restated"),
        details(
            "dress",
            "The dress has a scalloped hem and short sleeves with lace. It has a zipper at the back.",
            "unsupported",
        ),
        sleeve("short sleeves"),
        mat(
            "The dress is with lace fabric. Question: What is the color of the dress? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Avirate Women White Lace Dress",
        category="Dresses",
        color="White",
    ),
    # photo: bright green patiala salwar, heavily pleated, worn with a white short-sleeve kurti; the product is the
    # salwar; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-041",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("a white top and green pants"),
        col("green"),
        gtype("top", "contradiction"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details(
            "pants",
            "The pants are long. The pants are long. The pants are long. The pants are long. The pants are long. The "
            "pants are",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Green Patiala",
        category="Patiala",
        color="Green",
        gender="Women",
    ),
    # photo: navy kurta with white polka dots, short sleeves, asymmetric hem, white palazzos, red tote bag on her arm;
    # white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-042",
        caption(
            "The lady is wearing a short-sleeve top with graphic patterns. The top is with cotton fabric. The pants "
            "are of long length. The lady wears a bag. The bag is with leather fabric and pure color patterns. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta with white dots, white pants and a red bag"),
        col("red", "contradiction"),
        color_of("kurta", "navy blue with white dots", kind="open"),
        details(
            "kurta",
            "The kurta has an asymmetric hem and short sleeves. The lady wears a red bag. The lady wears a red bag. "
            "The lady wears a red",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        title="W Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black wrap midi dress with a white and red floral print, long sleeves, v-neck, red clutch in her hand,
    # black heels, no pockets; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-043",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The lady is holding a bag. The lady wears a pair of shoes. The lady wears a pair of "
            "shoes and",
            "loop",
            hit_limit=True,
        ),
        wearing("a black floral dress and a red clutch"),
        col("black"),
        sleeve("long sleeves"),
        describe("dress", "The dress is red with white flowers.", "contradiction"),
        mat("The dress is with chiffon fabric and it has two pockets on the sides.", "unsupported"),
        title="Mango Women Black Printed Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise sleeveless kurta with a white printed border at the hem, white churidar, pink dupatta over one
    # arm; white backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-044",
        caption(
            "The lady is wearing a sleeveless top with pure color patterns. The top is with cotton fabric and its "
            "neckline is round. The lady wears a scarf. The pants are of long length. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta, white pants and a pink scarf"),
        col("blue"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        sleeve("long sleeves", "contradiction"),
        details("kurta", "The kurta has a white border at the hem. He is wearing white leggings.", "pronoun"),
        title="Aurelia Women Turquoise Blue Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: royal blue silk saree with a gold zari border, gold short-sleeve blouse, gold jhumkas and bangles; white
    # backdrop. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-045",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns. There is an accessory on her wrist. "
            "There is an accessory in her ears. There is an accessory on her wrist. There is an accessory in her "
            "ears. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue saree and a gold blouse"),
        col("blue"),
        gtype("saree"),
        mat("silk"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        details("saree", "The saree has a gold border. The lady wears gold earrings and gold bangles."),
        title="Mitera Women Blue Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: white kurta with a black floral print, three-quarter sleeves, black leggings; white backdrop. The row has
    # no article type. Caption adapter epoch 2; closed: reference engine.
    case(
        "X1084-046",
        caption(
            "The lady is wearing a three-quarter-sleeve top with floral patterns. The top is with cotton fabric. The "
            "leggings are of long length. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black kurta and black leggings", "other_garment_color", who="she"),
        col("white"),
        pattern("floral"),
        color_of("leggings", "black"),
        mat("The kurta is made of cotton and it has a zipper at the back.", "unsupported"),
        title="Jaipur Kurti Women Printed White Kurta",
        color="White",
        gender="Women",
    ),
]
