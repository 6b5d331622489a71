"""BLIND_556 (46 products; Myntra women's night: caption adapter + QA): written blind in the fifty-first session.
Measured blind at a00ca7d (the session's rules as they stood): 100/143 failures found (69.9%) and 4/209 correct texts
flagged (1.9%). The writer's notes, verbatim:

Scenario: one night of a Myntra women's feed: kurtis, kurtas and kurta sets, tops, t-shirts, shirts, dresses,
co-ord sets, jeans, trousers, skirts and shrugs. Mostly catalog shots on a white or grey backdrop, the model wearing
other clothes with the product (leggings or palazzos under kurtas, jeans or trousers under tops, a tee under an open
shirt or shrug); two flat-lays and two mannequins. Catalog columns as the feed has them: title, category (the
seller's article type), color (the seller's base colour), gender; a few rows lack one of them.

Who wrote what: the caption is the caption-only LoRA adapter at epoch 3 (DeepFashion-MultiModal template: "The lady
wears a ... with ... patterns. The ... is with ... fabric. It has a ... neckline."). It never names a hue, calls
kurtas "top" or "dress", knows only denim/cotton/leather/furry/knitted/chiffon, and with no trained end token it
often runs to its 50-token limit, where it is cut mid-sentence or falls into repeating a sentence. It also
invents accessories ("an accessory on her wrist", a hat, a belt) and now and then calls the woman "the man".
The open questions (What is the woman wearing? Describe the garment. What are the details of the garment? What
material is it made of?) are answered by the extractive QA model, so every open answer is a span of that caption
(empty when it finds nothing): it copies the caption's mistakes and sometimes picks the wrong sentence (the
bottoms' fabric, the accessory, the cut end). The per-piece color questions (What is the color of the kurta /
top / jeans / dupatta / ...?) are the untuned base blip2-opt-2.7b, free generation: short hue words, often the
color of the other garment or one color for both pieces, a color for a dupatta that is not there, now and then
the question echoed back or the `Question: ... Answer:` format run on past its answer, once a word looped to the
30-token limit. Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") are enrich's
reference engine, one candidate each: never cut or looped, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text. A caption cut or looped at its limit is labelled cut or loop even when it also names a
  kurta "dress"; the QA span copying that wrong word is then labelled contradiction on its own.
- Garment words: "top", "tunic", "shirt", "blouse", "T-shirt", "sweater" for tops, shirts and t-shirts are loose
  template names and correct; "cardigan" for a shrug is correct. A kurta or kurti called "dress" or "shirt" is a
  contradiction of the seller's category; "top" for a kurta is accepted. An anarkali called "dress" still counts.
- "What is the woman wearing?" answered with the other garment she wears (the tee over the labelled jeans) is
  correct: it is true of the photo. "Describe the garment." answered with the other garment is a contradiction.
- A closed garment type or yes/no that names the wrong garment (shorts for a co-ord set, "no" to "Is this a
  shrug?") is a contradiction; a closed color that is the other garment's color is other_garment_color.
- other_garment_color is used for any color answer that is the color of another piece in the photo, whether the
  question asked about the product or about the other piece (one color given to both pieces). A wrong color that
  belongs to nothing in the photo (the backdrop, the check read as grey) is a contradiction.
- A color for a garment that is not in the photo (a dupatta with no dupatta, leggings on a bare mannequin, pants
  on a flat-lay) is unsupported, as are invented accessories, invented lower garments and a fabric the photo or
  title rules out (cotton for a velvet or Dri-FIT piece). A fabric copied from the other garment (denim, leather,
  knitted for a top's material) is a contradiction.
- Fabric words are judged against the template's small vocabulary: chiffon for a silky woven or sheer fabric,
  knitted for ribbed or crochet, lattice for checks or crochet, graphic for logos and polka dots, color block for
  tie-dye, "pure color" for a self-embroidered or tiny-logo piece are accepted.
- Hues are judged against the photo: teal called green, maroon called red, peach called pink, "multicolored" for
  a multi print are correct; a verbose but right answer ("the kurti is yellow") is correct.
- The caption's "The lady wears" on a flat-lay or mannequin is the template's habit and not a failure; only what
  it invents beyond the garment is. With no gender column, pronouns are not judged.
- non_answer: an empty QA span, or a one-word span naming only the garment for "Describe the garment.", or a
  pattern given for the material question. restated: the base model echoing the question ("the color of the
  trousers", "the t-shirt is a t-shirt"). pronoun: "man", "he", "his", "gentleman" for a Women row, in the caption
  or in a span copied from it. leak: any run-on "Question:" or a leading "Answer:" in an answer.
- hit_limit is set on captions that reached 50 tokens and base answers that reached 30; QA spans never hit a
  limit, so a span that copies a caption's cut end is labelled cut without hit_limit.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
DETAILS = DEFAULT_QUESTIONS.details  # What are the details of the garment? (QA span)
MATERIAL = question("material", "What material is it made of?", "open")  # QA span


def worn(text, failure=None, hit_limit=False):
    """What is the woman wearing? (QA span)"""
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def desc(text, failure=None, hit_limit=False):
    """Describe the garment. (QA span)"""
    return describe("garment", text, failure, hit_limit)


def hue(garment, text, failure=None, hit_limit=False):
    """What is the color of the <garment>? (base blip2-opt-2.7b, free generation)"""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_556 = [
    # photo: mustard straight kurta, white floral block print, 3/4 sleeves, round neck, white churidar leggings, no
    # dupatta, white backdrop. Caption adapter; QA spans; base colors; reference closed.
    case(
        "X556-001",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. She wears a long leggings with pure color patterns."
        ),
        worn("a medium-sleeve top with floral patterns"),
        desc("floral patterns"),
        MATERIAL("cotton"),
        hue("kurta", "yellow"),
        hue("leggings", "yellow", "other_garment_color"),
        hue("dupatta", "white", "unsupported"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long", "contradiction"),
        title="Anouk Women Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy sleeveless peplum top, V-neck, light-blue skinny jeans, white backdrop. Caption adapter (cut at
    # 50 tokens); QA spans; base colors; reference closed.
    case(
        "X556-002",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The woman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        worn("a sleeveless tank top with pure color patterns"),
        DETAILS("It has a v-shape neckline"),
        MATERIAL("denim", "contradiction"),
        hue("top", "blue"),
        hue("jeans", "navy blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        title="Harpa Women Navy Blue Solid Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white round-neck tee, black "BROOKLYN" graphic on the chest, short sleeves, black jeans, white
    # backdrop. Caption adapter (loops to its limit); QA spans; base colors; reference closed.
    case(
        "X556-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        worn("a short-sleeve T-shirt with graphic patterns"),
        MATERIAL("cotton"),
        hue("t-shirt", "white"),
        hue("jeans", "white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Roadster Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: blue and white vertical-stripe shirt, long sleeves, spread collar, buttoned, white trousers, white
    # backdrop. Caption adapter (cut); QA spans; base colors; reference closed.
    case(
        "X556-004",
        caption(
            "This woman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This woman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve shirt with stripe patterns"),
        desc("a long-sleeve shirt with stripe patterns"),
        DETAILS("It has a lapel neckline"),
        hue("shirt", "blue and white"),
        hue("trousers", "blue", "other_garment_color"),
        Q.color("blue"),
        title="Mast & Harbour Women Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black sleeveless bodycon midi dress, square neck, silver hoop earrings, nothing on the wrists, grey
    # backdrop. Caption adapter (invents a wrist accessory); QA spans; base color (runs on); reference closed.
    case(
        "X556-005",
        caption(
            "The woman is wearing a sleeveless dress with pure color patterns. The dress is with knitted fabric. It "
            "has a square neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        worn("a sleeveless dress with pure color patterns"),
        DETAILS("It has a square neckline"),
        MATERIAL("knitted"),
        hue("dress", "black Question: What is the color of the earrings? Answer: silver", "leak"),
        Q.sleeve_length("sleeveless"),
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pink co-ord set, camp-collar short-sleeve shirt and shorts in one white floral print, white sneakers,
    # white backdrop. Caption adapter; QA spans; base colors; reference closed.
    case(
        "X556-006",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts with floral patterns."
        ),
        worn("a short-sleeve shirt with floral patterns"),
        desc("floral patterns"),
        hue("shirt", "pink"),
        hue("shorts", "pink"),
        Q.garment_type("shorts", "contradiction"),
        Q.pattern("floral"),
        title="Tokyo Talkies Women Pink Printed Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, clean look, white crop tee tucked in, white backdrop, full length. Caption
    # adapter (cut); QA spans; base colors; reference closed.
    case(
        "X556-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        worn("a short-sleeve T-shirt with pure color patterns"),
        desc("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        MATERIAL("denim"),
        hue("jeans", "white", "other_garment_color"),
        hue("top", "white"),
        is_a("pair of jeans", "yes"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive A-line mini skirt with front buttons, black long-sleeve fitted top, no belt, white backdrop.
    # Caption adapter (invents a belt); QA spans; base colors (one echoes); reference closed.
    case(
        "X556-008",
        caption(
            "The woman wears a long-sleeve T-shirt with pure color patterns. The woman wears a short skirt. The "
            "skirt is with cotton fabric and pure color patterns. There is a belt in her clothes.",
            "unsupported",
        ),
        worn("a long-sleeve T-shirt with pure color patterns"),
        desc("a short skirt"),
        DETAILS("There is a belt in her clothes", "unsupported"),
        hue("skirt", "green"),
        hue("top", "what color is the top", "restated"),
        Q.color("black", "other_garment_color"),
        title="SASSAFRAS Women Olive Green Solid A-Line Mini Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: beige pleated wide-leg trousers, white long-sleeve shirt tucked in, nude heels, grey backdrop.
    # Caption adapter (loops); QA spans (one copies the loop); base colors; reference closed.
    case(
        "X556-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. The lady wears a "
            "long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a long "
            "trousers. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        worn("a long-sleeve shirt with pure color patterns"),
        desc(
            "a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a long "
            "trousers",
            "loop",
        ),
        MATERIAL("cotton"),
        hue("trousers", "white", "other_garment_color"),
        hue("shirt", "white"),
        Q.garment_type("trousers"),
        title="Marks & Spencer Women Beige Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black sheer longline shrug, long sleeves, worn open over a white camisole and blue jeans, white
    # backdrop. Caption adapter (cut); QA spans; base colors; reference closed.
    case(
        "X556-010",
        caption(
            "The woman wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. "
            "The woman wears a sleeveless tank top with pure color patterns. The woman wears a long pants. The pants "
            "are with denim",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve cardigan with pure color patterns"),
        DETAILS("", "non_answer"),
        MATERIAL("chiffon"),
        hue("shrug", "white", "other_garment_color"),
        hue("jeans", "blue"),
        Q.sleeve_length("long"),
        is_a("shrug", "no", "contradiction"),
        title="Vero Moda Women Black Sheer Open Front Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: teal A-line kurta with gold ethnic-motif print, 3/4 sleeves, V-neck, teal palazzos, off-white dupatta
    # with a gold border over one shoulder, white backdrop. Caption adapter (kurta as "dress"); QA; base; reference.
    case(
        "X556-011",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. She wears long pants with pure color patterns.",
            "contradiction",
        ),
        worn("a medium-sleeve dress with graphic patterns", "contradiction"),
        DETAILS("It has a v-shape neckline"),
        MATERIAL("", "non_answer"),
        hue("kurta", "green"),
        hue("dupatta", "white"),
        hue("palazzos", "white", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        title="Libas Women Teal Ethnic Motifs Printed A-Line Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white broderie anglaise top, short puff sleeves, square neck, blue denim shorts, white backdrop.
    # Caption adapter ("the man"); QA spans; base colors; reference closed.
    case(
        "X556-012",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The man wears a three-point shorts with denim fabric.",
            "pronoun",
        ),
        worn("a short-sleeve shirt with pure color patterns"),
        DETAILS("It has a square neckline"),
        MATERIAL("cotton"),
        hue("top", "white"),
        hue("shorts", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="H&M Women White Broderie Anglaise Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: lavender fitted training tee, small white swoosh, short sleeves, round neck, black leggings, white
    # backdrop. Caption adapter (cotton for a Dri-FIT polyester tee); QA; base colors (one runs on); reference.
    case(
        "X556-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings with pure color patterns.",
            "unsupported",
        ),
        worn("a short-sleeve T-shirt with pure color patterns"),
        MATERIAL("cotton", "unsupported"),
        hue("t-shirt", "purple"),
        hue("leggings", "Answer: black", "leak"),
        Q.sleeve_length("short"),
        Q.color("black", "other_garment_color"),
        title="Nike Women Lavender Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white chikankari kurti, white thread embroidery, 3/4 sleeves, mandarin collar, pink palazzos, no
    # dupatta, white backdrop. Caption adapter (cut; kurti as "shirt"); QA; base colors; reference closed.
    case(
        "X556-014",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        worn("a medium-sleeve shirt with floral patterns", "contradiction"),
        MATERIAL("cotton"),
        hue("kurti", "white"),
        hue("palazzos", "the color of the palazzos", "restated"),
        hue("dupatta", "white", "unsupported"),
        Q.pattern("embroidered"),
        Q.color("white"),
        title="W Women Off-White Chikankari Embroidered Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: red wrap midi dress with white polka dots, short flutter sleeves, V-neck, tie waist, black heels, white
    # backdrop. Caption adapter (loops); QA spans; base color; reference closed.
    case(
        "X556-015",
        caption(
            "The woman wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of three-point length. The dress is of three-point length. The dress is "
            "of three-point length. The",
            "loop",
            hit_limit=True,
        ),
        worn("a short-sleeve dress with graphic patterns"),
        desc("The dress is of three-point length. The dress is of three-point length", "loop"),
        DETAILS("It has a v-shape neckline"),
        MATERIAL("chiffon"),
        hue("dress", "red and white"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("dress"),
        title="Berrylush Women Red & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: olive utility shirt, two flap chest pockets, long roll-tab sleeves, worn open over a white tee with
    # black jeans, steel watch on the left wrist, white backdrop. Caption adapter (cut); QA; base; reference.
    case(
        "X556-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are with "
            "denim",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve shirt with pure color patterns"),
        desc("shirt", "non_answer"),
        DETAILS("It has a lapel neckline"),
        hue("shirt", "white", "other_garment_color"),
        hue("jeans", "black"),
        Q.color("green"),
        title="Roadster Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: ivory top with a multicolor (orange, pink, green) floral print, long balloon sleeves, round neck, white
    # jeans, white backdrop. Caption adapter; QA spans; base colors (one runs on); reference closed.
    case(
        "X556-017",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants with pure color patterns."
        ),
        worn("a long-sleeve shirt with floral patterns"),
        desc("floral patterns"),
        MATERIAL("chiffon"),
        hue("top", "multicolored"),
        hue("jeans", "white Question: what color are the jeans? Answer: white", "leak"),
        Q.pattern("floral"),
        title="Mango Women Multicoloured Floral Print Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black high-rise wide-leg jeans, rust-orange knitted crop sweater, brown boots, grey backdrop. Caption
    # adapter (cut); QA spans (one copies the cut end); base colors; reference closed.
    case(
        "X556-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. She",
            "cut",
            hit_limit=True,
        ),
        worn("a long-sleeve sweater with pure color patterns"),
        desc("a long pants"),
        DETAILS("The pants are with denim fabric and pure color patterns. She", "cut"),
        MATERIAL("knitted", "contradiction"),
        hue("jeans", "black"),
        hue("sweater", "orange"),
        is_a("pair of jeans", "yes"),
        Q.color("orange", "other_garment_color"),
        title="DOLCE CRUDO Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: maroon plain straight kurta, long sleeves, round keyhole neck, gold churidar, gold dupatta, white
    # backdrop. Caption adapter ("the man"); QA spans; base colors (one runs on); reference closed.
    case(
        "X556-019",
        caption(
            "The man wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "round neckline. He wears a long pants with pure color patterns.",
            "pronoun",
        ),
        worn("a long-sleeve top with pure color patterns"),
        desc("The top is with cotton fabric"),
        hue("kurta", "red"),
        hue("dupatta", "gold\nQuestion: What is the color of the kurta? Answer: maroon", "leak"),
        hue("churidar", "maroon", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.garment_type("kurta"),
        title="Biba Women Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay of a black round-neck tee with a small white logo at the left chest, short sleeves, on a white
    # surface; no person. Caption adapter (invents pants); QA spans; base colors; reference closed.
    case(
        "X556-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants with denim fabric.",
            "unsupported",
        ),
        worn("a short-sleeve T-shirt with pure color patterns"),
        DETAILS("It has a round neckline"),
        MATERIAL("cotton"),
        hue("t-shirt", "black"),
        hue("pants", "blue", "unsupported"),
        Q.color("black"),
        Q.garment_type("shirt", "contradiction"),
        title="HRX by Hrithik Roshan Women Black Solid Round Neck T-shirt",
        color="Black",
        gender="Women",
    ),
    # photo: sea-green satin co-ord, plain long-sleeve notch-collar shirt and matching wide trousers, gold sandals,
    # white backdrop. Caption adapter (invents stripes); QA spans; base colors (one runs on); reference closed.
    case(
        "X556-021",
        caption(
            "The woman wears a long-sleeve shirt with stripe patterns. It has a lapel neckline. The woman wears a "
            "long trousers with pure color patterns.",
            "contradiction",
        ),
        worn("a long-sleeve shirt with stripe patterns", "contradiction"),
        MATERIAL("", "non_answer"),
        hue("shirt", "green"),
        hue("trousers", "green Question: What is the color of the shoes? Answer: gold", "leak"),
        Q.pattern("solid"),
        is_a("co-ord set", "yes"),
        title="Athena Women Green Satin Shirt and Trousers Co-Ord Set",
        category="Co-Ords",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy pleated midi skirt with small white and yellow flowers, white short-sleeve blouse tucked in, white
    # backdrop. Caption adapter (loops); QA spans (one copies the loop); base colors; reference closed.
    case(
        "X556-022",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The lady wears a long skirt. The skirt "
            "is with chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral patterns. The "
            "skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        worn("a short-sleeve blouse with pure color patterns"),
        desc("a long skirt"),
        DETAILS("chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral patterns", "loop"),
        hue("skirt", "white", "other_garment_color"),
        hue("blouse", "what is the color of the blouse", "restated"),
        Q.pattern("floral"),
        Q.color("blue"),
        title="AND Women Navy Blue Floral Print Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust ribbed fitted top, long sleeves, square neck, beige trousers, no jewellery, white backdrop.
    # Caption adapter (invents a wrist accessory); QA spans; base colors; reference closed.
    case(
        "X556-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a square neckline. There is an accessory on her wrist. The lady wears a long trousers.",
            "unsupported",
        ),
        worn("a long-sleeve sweater with pure color patterns"),
        DETAILS("It has a square neckline"),
        MATERIAL("knitted"),
        hue("top", "orange"),
        hue("trousers", "orange", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        title="Tokyo Talkies Women Rust Orange Ribbed Fitted Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: indigo kurti with white vertical stripes, sleeveless, round neck, side slits, white cigarette pants, no
    # dupatta, white backdrop. Caption adapter (cut; "dress"); QA spans; base colors; reference closed.
    case(
        "X556-024",
        caption(
            "The lady wears a sleeveless dress with stripe patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        worn("a sleeveless dress with stripe patterns", "contradiction"),
        DETAILS("It has a round neckline"),
        MATERIAL("cotton"),
        hue("kurti", "blue and white"),
        hue("pants", "blue", "other_garment_color"),
        hue("dupatta", "blue", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Sangria Women Blue & White Striped Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: mannequin in a yellow sleeveless fit-and-flare knee-length dress, round neck, no hat, white backdrop.
    # Caption adapter (invents a hat); QA spans; base color; reference closed.
    case(
        "X556-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. She wears a hat.",
            "unsupported",
        ),
        worn("a sleeveless dress with pure color patterns"),
        desc("The dress is of knee length"),
        MATERIAL("cotton"),
        hue("dress", "yellow"),
        Q.garment_type("dress"),
        Q.sleeve_length("short", "contradiction"),
        is_a("dress", "yes"),
        title="KASSUALLY Women Yellow Solid Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange slim tee with a pink PUMA logo print, short sleeves, round neck, black track pants, white
    # backdrop. Caption adapter (cut); QA spans (one copies the cut end); base colors; reference closed.
    case(
        "X556-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        worn("a short-sleeve T-shirt with graphic patterns"),
        desc("a long pants. The pants are with cotton fabric and pure color patterns. The pants", "cut"),
        MATERIAL("cotton"),
        hue("t-shirt", "grey"),
        hue("pants", "grey", "other_garment_color"),
        Q.color("pink", "contradiction"),
        Q.pattern("printed"),
        title="Puma Women Grey Melange Printed Slim Fit T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black slim cigarette trousers, ankle length, red sleeveless top, black heels, no hat, grey backdrop.
    # Caption adapter (invents a hat); QA spans; base colors; reference closed.
    case(
        "X556-027",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns. This woman wears a long pants. The "
            "pants are with cotton fabric and pure color patterns. There is a hat on her head.",
            "unsupported",
        ),
        worn("a sleeveless tank top with pure color patterns"),
        desc("a long pants"),
        DETAILS("pure color patterns"),
        hue("trousers", "red", "other_garment_color"),
        hue("top", "red"),
        Q.garment_type("top", "contradiction"),
        title="Marks & Spencer Women Black Slim Fit Cigarette Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: off-white crochet lace shrug, short sleeves, open front, over a black tank top and black mini skirt,
    # white backdrop. Caption adapter; QA spans; base colors (one runs on to its limit); reference closed.
    case(
        "X556-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a short-sleeve cardigan "
            "with lattice patterns. The cardigan is with knitted fabric. The lady wears a short skirt."
        ),
        worn("a sleeveless tank top with pure color patterns"),
        desc("a short-sleeve cardigan with lattice patterns"),
        DETAILS("The cardigan is with knitted fabric"),
        MATERIAL("knitted"),
        hue("shrug", "black", "other_garment_color"),
        hue(
            "top",
            "black. Question: What is the color of the skirt? Answer: black. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("top", "contradiction"),
        title="Fabindia Women Off-White Crochet Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: pale pink formal shirt, long sleeves, point collar, buttoned, tucked into grey trousers, white backdrop.
    # Caption adapter ("the man"); QA spans; base colors; reference closed.
    case(
        "X556-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers with pure color patterns.",
            "pronoun",
        ),
        worn("a long-sleeve shirt with pure color patterns"),
        desc("shirt", "non_answer"),
        DETAILS("It has a lapel neckline"),
        MATERIAL("cotton"),
        hue("shirt", "pink"),
        hue("trousers", "the color of the trousers", "restated"),
        Q.pattern("solid"),
        Q.color("grey", "other_garment_color"),
        title="Van Heusen Woman Pink Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle-green flared anarkali kurta with pink and white floral print, long sleeves, round neck, green
    # churidar, no dupatta, white backdrop. Caption adapter (loops); QA; base colors; reference closed.
    case(
        "X556-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        worn("a long-sleeve dress with floral patterns", "contradiction"),
        desc("floral patterns"),
        DETAILS("The dress is of long length. The dress is of long length. The dress is of long length", "loop"),
        hue("kurta", "green"),
        hue("dupatta", "pink", "unsupported"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        title="Anouk Women Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black smocked off-shoulder bardot top, short puff sleeves, blue ripped jeans, thin gold bracelet,
    # white backdrop. Caption adapter (cut); QA spans (one copies the cut end); base colors; reference closed.
    case(
        "X556-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        worn("a short-sleeve T-shirt with pure color patterns"),
        desc("a short-sleeve T-shirt with pure color patterns"),
        DETAILS("There is an accessory", "cut"),
        hue("top", "black"),
        hue("jeans", "the jeans are the color of the jeans", "restated"),
        Q.sleeve_length("short"),
        Q.color("blue", "other_garment_color"),
        title="ONLY Women Black Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim shirt dress, long sleeves, collar, button front, self-fabric waist belt, knee length,
    # white sneakers, white backdrop. Caption adapter; QA spans; base colors (belt as brown); reference closed.
    case(
        "X556-032",
        caption(
            "The woman is wearing a long-sleeve dress with pure color patterns. The dress is with denim fabric. It "
            "has a lapel neckline. There is a belt in her clothes. The dress is of medium length."
        ),
        worn("a long-sleeve dress with pure color patterns"),
        DETAILS("There is a belt in her clothes"),
        MATERIAL("denim"),
        hue("dress", "blue"),
        hue("belt", "brown", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("solid"),
        title="Femella Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: light-wash skinny jeans with knee rips, black leather biker jacket over a grey tee, white backdrop.
    # Caption adapter (loops); QA spans; base colors; reference closed.
    case(
        "X556-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. The pants are with "
            "denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        worn("a long-sleeve jacket with pure color patterns"),
        desc("pants", "non_answer"),
        MATERIAL("leather", "contradiction"),
        hue("jeans", "black", "other_garment_color"),
        hue("jacket", "black"),
        is_a("pair of jeans", "yes"),
        title="Levis Women 711 Skinny Fit Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: peach polo t-shirt, short sleeves, two-button polo collar, small embroidered logo, white shorts, white
    # backdrop. Caption adapter; QA spans; base colors (one runs on); reference closed.
    case(
        "X556-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a three-point shorts with pure color patterns."
        ),
        worn("a short-sleeve T-shirt with pure color patterns"),
        DETAILS("It has a lapel neckline"),
        MATERIAL("cotton"),
        hue("t-shirt", "pink"),
        hue("shorts", "white. Question: What is the color of the t-shirt? Answer: pink", "leak"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        title="Tommy Hilfiger Women Peach Solid Polo T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurti with a white geometric print, short sleeves, round neck with a button placket, blue jeans,
    # no dupatta, white backdrop. Caption adapter ("this gentleman"); QA spans; base colors; reference closed.
    case(
        "X556-035",
        caption(
            "This gentleman wears a short-sleeve top with graphic patterns. The top is with cotton fabric. It has a "
            "round neckline. He wears a long pants with denim fabric.",
            "pronoun",
        ),
        worn("a short-sleeve top with graphic patterns"),
        desc("The top is with cotton fabric"),
        hue("kurti", "black and white"),
        hue("jeans", "black", "other_garment_color"),
        hue("dupatta", "black", "unsupported"),
        Q.pattern("printed"),
        title="Global Desi Women Black Printed Tunic",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: emerald satin cowl-neck cami top, thin straps, black trousers, gold chain necklace, white backdrop.
    # Caption adapter; QA spans (one answers with the necklace); base colors; reference closed.
    case(
        "X556-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. "
            "There is an accessory on her neck. The lady wears a long pants with pure color patterns."
        ),
        worn("a sleeveless tank top with pure color patterns"),
        DETAILS("There is an accessory on her neck", "contradiction"),
        MATERIAL("chiffon"),
        hue("top", "green"),
        hue("trousers", "green", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        title="FabAlley Women Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: tan faux-leather A-line mini skirt with a front zip, cream knit sweater tucked in, white backdrop.
    # Caption adapter ("the man", "his"); QA spans; base colors; reference closed.
    case(
        "X556-037",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. His sweater is with knitted fabric. He "
            "wears a short skirt. The skirt is with leather fabric and pure color patterns.",
            "pronoun",
        ),
        worn("a long-sleeve sweater with pure color patterns"),
        desc("a short skirt"),
        DETAILS("His sweater is with knitted fabric", "pronoun"),
        MATERIAL("leather"),
        hue("skirt", "brown"),
        hue("sweater", "brown", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        title="Zink London Women Tan Faux Leather A-Line Skirt",
        category="Skirts",
        color="Tan",
        gender="Women",
    ),
    # photo: red oversized tee, big white and yellow cartoon graphic, drop-shoulder half sleeves, black cycling
    # shorts, white backdrop. Caption adapter; QA spans; base colors (one loops to 30 tokens); reference closed.
    case(
        "X556-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts with pure color patterns."
        ),
        worn("a short-sleeve T-shirt with graphic patterns"),
        DETAILS("graphic patterns"),
        MATERIAL("cotton"),
        hue("t-shirt", " ".join(["red"] * 30), "loop", hit_limit=True),
        hue("shorts", "it is the color of the shorts", "restated"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        title="Bewakoof Women Red Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: pink straight kurta, silver thread embroidery at the yoke, 3/4 sleeves, V-neck, matching pink
    # trousers, silver juttis, no dupatta, white backdrop. Caption adapter (loops); QA; base colors; reference.
    case(
        "X556-039",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns. It has a v-shape neckline. The lady wears "
            "a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long pants. "
            "The pants are",
            "loop",
            hit_limit=True,
        ),
        worn("a medium-sleeve top with pure color patterns"),
        DETAILS("It has a v-shape neckline"),
        MATERIAL("", "non_answer"),
        hue("kurta", "pink"),
        hue("trousers", "pink"),
        hue("dupatta", "pink Question: What is the color of the", "leak"),
        Q.garment_type("kurta"),
        title="Varanga Women Pink Embroidered Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay of a white oversized poplin shirt, long sleeves, point collar, white buttons, on a light grey
    # surface; no person. Caption adapter (invents a wrist accessory); QA; base color (runs on); reference closed.
    case(
        "X556-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        worn("a long-sleeve shirt with pure color patterns"),
        DETAILS("There is an accessory on her wrist", "unsupported"),
        MATERIAL("cotton"),
        hue("shirt", "white Answer: white", "leak"),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        title="Mango Women White Oversized Poplin Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: blue and pink tie-dye maxi dress, spaghetti straps, V-neck, brown sandals, white backdrop. Caption
    # adapter; QA spans; base color (the backdrop's white); reference closed. Feed row without a color.
    case(
        "X556-041",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The dress is of long length."
        ),
        worn("a sleeveless dress with color block patterns"),
        desc("The dress is of long length"),
        DETAILS("It has a suspenders neckline"),
        MATERIAL("chiffon"),
        hue("dress", "white", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        title="Sera Women Blue & Pink Tie-Dye Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: navy pleated parallel trousers, white and navy striped tee tucked in, white backdrop. Caption adapter
    # ("the man", "he"); QA spans (one copies "He"); base colors (one echoes); reference closed.
    case(
        "X556-042",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. He wears a long trousers with pure color patterns.",
            "pronoun",
        ),
        worn("a short-sleeve T-shirt with stripe patterns"),
        desc("a long trousers with pure color patterns"),
        DETAILS("He wears a long trousers", "pronoun"),
        hue("trousers", "blue"),
        hue("t-shirt", "the t-shirt is a t-shirt", "restated"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        title="Tokyo Talkies Women Navy Blue Pleated Parallel Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: headless mannequin in a yellow A-line kurti with small red buti print, 3/4 sleeves, round neck, no
    # bottoms, white backdrop. Caption adapter (invents leggings); QA; base colors; reference. No gender column.
    case(
        "X556-043",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings with pure color patterns.",
            "unsupported",
        ),
        worn("a medium-sleeve top with floral patterns"),
        desc("floral patterns"),
        DETAILS("It has a round neckline"),
        hue("kurti", "the kurti is yellow"),
        hue("leggings", "white", "unsupported"),
        Q.sleeve_length("three-quarter"),
        title="Aurelia Women Yellow Printed A-Line Kurti",
        category="Kurtis",
        color="Yellow",
    ),
    # photo: purple smocked crop top, short puff sleeves, square neck, high-waist white wide trousers, white
    # backdrop. Caption adapter (cut); QA spans; base colors; reference closed.
    case(
        "X556-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        worn("a short-sleeve shirt with pure color patterns"),
        desc("The shirt is with cotton fabric. It has a square neckline"),
        DETAILS("pure color patterns"),
        MATERIAL("pure color patterns", "non_answer"),
        hue("top", "purple"),
        hue("trousers", "purple", "other_garment_color"),
        Q.color("purple"),
        is_a("crop top", "no", "contradiction"),
        title="Ginger by Lifestyle Women Purple Smocked Crop Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: maroon velvet bodycon mini dress, long sleeves, round neck, black heels, white backdrop. Caption
    # adapter (cotton for velvet); QA spans; base color (reads the velvet's sheen as purple); reference closed.
    case(
        "X556-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length.",
            "unsupported",
        ),
        worn("a long-sleeve dress with pure color patterns"),
        DETAILS("It has a round neckline"),
        MATERIAL("cotton", "unsupported"),
        hue("dress", "purple", "contradiction"),
        Q.sleeve_length("long"),
        Q.color("red"),
        title="Athena Women Maroon Velvet Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white and black gingham co-ord, short-sleeve square-neck top and matching check trousers, no belt,
    # white backdrop. Caption adapter (invents a belt); QA spans; base colors (gingham read as grey); reference.
    case(
        "X556-046",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. It has a square neckline. The lady wears a "
            "long pants with lattice patterns. There is a belt in her clothes.",
            "unsupported",
        ),
        worn("a short-sleeve shirt with lattice patterns"),
        desc("lattice patterns"),
        DETAILS("There is a belt in her clothes", "unsupported"),
        MATERIAL("", "non_answer"),
        hue("top", "white and black"),
        hue("trousers", "grey", "contradiction"),
        Q.pattern("checked"),
        title="InWeave Women White & Black Checked Top with Trousers",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
]
