"""BLIND_1170 (45 products; Myntra women's plus-size and maternity feed): written blind in the sixty-first session.
Measured blind at b4dbcd1 (the session's second rules): 108/125 failures found (86.4%) and 23/179 correct texts
flagged (12.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, kurta sets, tunics, dresses, maternity
dresses and tops, jeggings, one pair of leggings). Catalog shots: a plus-size or pregnant model on a plain backdrop,
wearing the product with other clothes (palazzos, trousers, jeans, a tee over jeggings), now and then a back view, a
side profile, a flat lay or a mannequin prop. Columns as Myntra has them: title, category (article type), color (base
colour), gender; a few rows lack one of them.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, no prompt, greedy, 50 new tokens). It never learned to stop, so every caption ran to the 50-token
limit (hit_limit=True on all of them): most end cut mid-sentence, many fall into a loop of the template's closing
sentences. It writes the DeepFashion-MultiModal template and its vocabulary: no hue names at all (patterns only:
pure color, floral, graphic, striped, lattice, color block), fabrics from a small set (cotton, denim, chiffon,
knitting, other), and no word for kurta, tunic or jeggings. Every answer is the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) run over that caption: a span of the caption, or "" when it chose no answer. So
answers never hit a token limit, never loop on their own (unless the span covers a looped part) and never leak the
prompt; they inherit every error of the caption. The questionnaire is the feed's fixed one (wearing, color, pattern,
sleeve length, material) plus, by category, the garment type, details, a description, the color of the jeggings or
leggings, or a yes/no "Is this a ...?".

Labeling conventions and judgement calls:
- One label per text. When a caption both loops and gets the product wrong, the loop wins (the text is unusable);
  when it is only cut, a content error about the product (wrong garment kind, wrong pronoun, invented garment or
  wrong sleeves) wins over the cut. A caption that ran to the limit but happens to end on a full stop and says
  nothing false is left unmarked (hit_limit=True still): 003, 014, 031.
- Garment names: the model has no word for kurta or tunic, so "shirt" (or "T-shirt" for a knit tunic) for a kurta or
  a tunic is accepted as the nearest class (a kurta is a long collarless shirt); "leggings" or "pants" for jeggings
  is accepted. "dress" for a kurta or a kurta set worn with bottoms is a contradiction (the seller says kurta, and the
  photo shows trousers), and so is "shirt" plus "skirt" for a one-piece dress.
- Color questions: a pattern word ("pure color", "floral", "graphic", "striped", "lattice") or "" answers no color
  and is a non_answer. Exception: "color block" for a colour-blocked dress whose base colour is Multi is accepted.
  When the span is the other garment's pattern (floral palazzos for a solid kurta) it is other_garment_color.
- Patterns: DeepFashion's nearest class is accepted (ethnic motifs or block print = graphic, checks = lattice, leaf
  print = floral, polka dots = graphic, a solid kurta with a small embroidered yoke = pure color). "pure color" for an
  all-over embroidered or a floral-printed product the title calls so is a contradiction.
- Bottoms (jeggings, leggings): the garment type, sleeve length or material taken from the top's sentence is a
  contradiction (it describes another garment than the seller's); "" to the sleeve question for a product without
  sleeves is a correct abstention and unmarked.
- Material: right when the title says it or the truth below says it and the photo agrees; a fabric the title
  contradicts (chiffon for georgette, rayon or cotton) is a contradiction; a fabric the photo alone rules out is
  unsupported; "other fabric" is a non_answer.
- Sleeve length the photo contradicts (medium sleeves on a sleeveless kurta) is unsupported, in the caption and in
  the answers copied from it.
- An answer that returns most of the caption, other garment included, to "Describe the garment." is restated
  (verbose). "The lady" or "upper clothing" to what or which garment is a non_answer.
- A flat lay captioned as worn with pants the photo does not have is unsupported. No leaks: the captioning has no
  prompt and the QA model only extracts spans.
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
    details,
    is_a,
    wearing,
)

BLIND_1170 = [
    # Photo: plus-size model, front, navy knee-length A-line kurta, 3/4 sleeves, round neck, white palazzos, mojaris.
    # Caption: epoch-3 caption adapter (cut at 50 tokens). Answers: mdeberta squad2 over the caption.
    case(
        "X1170-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Plus Women Navy Blue Solid Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: pregnant model, side view, hand on the bump, maroon midi wrap dress with small pink-white florals, short
    # sleeves, V-neck; the fabric is an opaque matte viscose crepe. Caption: epoch-3 adapter (loops on the ring
    # sentence). Answers: extractive QA over the caption.
    case(
        "X1170-002",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. The lady wears a ring. The lady wears a ring. "
            "The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        is_a("maternity dress", "", "non_answer"),
        gender="Women",
        title="Momtobe Women Maroon Floral Printed Maternity Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: model, front, black high-rise skinny jeggings, white crew-neck tee worn loose over them, white sneakers,
    # a watch on the left wrist. Caption: epoch-3 adapter; the 50th token happens to be the full stop, and every
    # claim is true. Answers: extractive QA (type, sleeves and the first fabric come from the tee's sentence).
    case(
        "X1170-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long leggings"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        details("jeggings", "with denim fabric and pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Black Skinny Fit High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: model, front, mustard straight kurta with white block-printed ethnic motifs, 3/4 sleeves, notched V-neck,
    # matching mustard palazzos, white dupatta over one shoulder. Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-004",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Plus Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model, front, teal longline tunic in crisp cotton, long roll-up sleeves with button tabs, shirt collar,
    # black leggings. Caption: epoch-3 adapter (starts repeating the fabric sentence). Answers: QA.
    case(
        "X1170-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is lapel"),
        gender="Women",
        title="Amydus Women Plus Size Teal Solid Longline Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: pregnant model, front, navy and white horizontal stripes maternity top with ruched sides, short sleeves,
    # round neck, blue jeans, a bracelet. Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-006",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mine4Nine Women Navy Blue & White Striped Cotton Maternity Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model, front, black calf-length flared anarkali kurta in georgette with red and pink florals, long sheer
    # sleeves, round neck; black churidar visible at the ankles. Caption: epoch-3 adapter (loops on the accessory
    # sentences). Answers: QA.
    case(
        "X1170-007",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a ring. There is an accessory on "
            "her wrist. The lady wears a ring.",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Sringam Plus Women Black Floral Printed Georgette Flared Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: back view, model in an olive straight kurta with side slits, 3/4 sleeves, white trousers, a watch.
    # Caption: epoch-3 adapter (cut). Answers: QA (no answer to the color question).
    case(
        "X1170-008",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Fabnest Curve Women Olive Green Solid Cotton Linen Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: flat lay on white, mid-blue washed maternity jeggings with a grey over-belly elastic panel. No person.
    # Caption: epoch-3 adapter (loops the whole template). Answers: QA.
    case(
        "X1170-009",
        caption(
            "The lady wears a long leggings. The leggings are with denim fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with denim fabric and pure color patterns. The lady wears a long "
            "leggings. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long leggings"),
        Q.garment_type("leggings"),
        color_of("jeggings", "denim", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length(""),
        Q.material("denim"),
        gender="Women",
        title="Momsoon Women Blue Washed Over-Belly Maternity Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: model, front, rust cotton tunic with a tonal thread-embroidered yoke, 3/4 sleeves, mandarin collar, blue
    # jeans, a bangle. Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-010",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is stand"),
        gender="Women",
        title="Amydus Women Plus Size Rust Orange Solid Cotton Tunic with Embroidered Yoke",
        category="Tunics",
        color="Rust",
    ),
    # Photo: pregnant model, front, black sleeveless V-neck maxi dress with pink florals, one piece, flowing semi-sheer
    # polyester chiffon. Caption: epoch-3 adapter; it splits the one-piece maxi into a dress and a long skirt (cut at
    # the limit). Answers: QA.
    case(
        "X1170-011",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline "
            "is V-shape. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is "
            "an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Goldstroms Women Black & Pink Floral Print Maternity Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front, charcoal grey jeggings, long white collared shirt worn open at the hem over them, a watch.
    # Caption: epoch-3 adapter (cut). Answers: QA (type and sleeves from the shirt's sentence).
    case(
        "X1170-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is lapel. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.garment_type("shirt", "contradiction"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        details("jeggings", "with cotton fabric and pure color patterns"),
        gender="Women",
        title="Go Colors Women Plus Size Charcoal Grey Solid Cotton Stretch Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: model, side pose, pink straight kurta with a floral gota-embroidered yoke, 3/4 sleeves, round neck, pink
    # trousers, a chiffon dupatta over both shoulders. Caption: epoch-3 adapter; calls the cotton kurta chiffon (cut).
    # Answers: QA.
    case(
        "X1170-013",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory around",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Libas Plus Women Pink Floral Yoke Design Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model, front, white cotton schiffli tunic with short flutter sleeves, round neck, blue jeggings, a thin
    # bracelet. Caption: epoch-3 adapter; ran to the limit and stopped on a full stop, all true. Answers: QA.
    case(
        "X1170-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Instafab Plus Women White Schiffli Pure Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: model, front, burgundy satin wrap midi dress, long bishop sleeves, V-neck, self-tie belt, pointed heels.
    # Caption: epoch-3 adapter (loops on the belt). Answers: QA.
    case(
        "X1170-015",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is V-shape. The lady wears a belt. The lady wears a belt. The lady wears a belt. The lady wears "
            "a belt. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        gender="Women",
        title="Fabnest Curve Women Burgundy Solid Satin Wrap Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: model, front, black and white gingham check tunic, long sleeves, button placket, shirt collar, black
    # leggings. Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-016",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        Q.garment_type("shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Black & White Checked Cotton Tunic",
        category="Tunics",
    ),
    # Photo: model with short cropped hair, front, indigo dabu hand block print straight kurta, 3/4 sleeves, mandarin
    # collar, white trousers, kolhapuris. Caption: epoch-3 adapter; calls her "the gentleman" (cut). Answers: QA.
    case(
        "X1170-017",
        caption(
            "The gentleman wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        title="Taavi Plus Women Indigo Blue Hand Block Print Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: pregnant model, front, dusty pink knee-length A-line nursing dress, short sleeves, round neck, concealed
    # nursing zips at the bust, a watch, white sneakers. Caption: epoch-3 adapter (restarts its first sentence).
    # Answers: QA.
    case(
        "X1170-018",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. There is an accessory on her wrist. The lady is wearing a short-sleeve dress with "
            "pure color patterns. The lady is wearing a short",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is round"),
        is_a("maternity dress", "short-sleeve dress", "non_answer"),
        gender="Women",
        title="Momtobe Women Dusty Pink Solid Cotton Maternity Nursing A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model, front, bottle-green straight rayon kurta with gold foil ethnic motifs, 3/4 sleeves, round neck with
    # keyhole, green palazzos, a bangle; drapey fabric with a sheen. Caption: epoch-3 adapter; calls the kurta a dress
    # although the palazzos are in view (cut). Answers: QA.
    case(
        "X1170-019",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Ishin Women Plus Size Green Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: back view, model in mid-blue clean-look jeggings with back pockets, black sleeveless tank top, a watch.
    # Caption: epoch-3 adapter (cut). Answers: QA (type and sleeves from the tank top's sentence).
    case(
        "X1170-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long pants"),
        Q.garment_type("tank top", "contradiction"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("denim"),
        gender="Women",
        title="Instafab Plus Women Blue Skinny Fit Mid-Rise Clean Look Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: model, front, lavender jersey-knit high-low asymmetric tunic, short sleeves, V-neck, white leggings.
    # Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric and "
            "its neckline is V-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitting fabric"),
        gender="Women",
        title="Fabnest Curve Women Lavender Solid Knitted Asymmetric Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Photo: model, front, cotton shift dress in blocks of mustard, navy and white, short sleeves, round neck, a watch.
    # Caption: epoch-3 adapter (loops on the wrist sentence). Answers: QA.
    case(
        "X1170-022",
        caption(
            "The lady is wearing a short-sleeve dress with color block patterns. The dress is with cotton fabric and "
            "its neckline is round. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with color block patterns"),
        Q.garment_type("dress"),
        Q.color("color block"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Plus Women Multicoloured Colourblocked Cotton Shift Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: model, front, peach SLEEVELESS straight kurta with a lace-trimmed hem, round neck, white cigarette pants,
    # bare arms. Caption: epoch-3 adapter gives it its usual medium sleeves (cut). Answers: QA, copying the sleeves.
    case(
        "X1170-023",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Plus Women Peach-Coloured Solid Cotton Straight Kurta with Lace Detail",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: pregnant model, front, navy over-belly maternity jeggings, white tee under an open grey long cardigan,
    # a watch. Caption: epoch-3 adapter (cut). Answers: QA (type and fabric from the cardigan's sentence).
    case(
        "X1170-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitting fabric. The leggings are with denim fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long leggings"),
        Q.garment_type("sweater", "contradiction"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("knitting fabric", "contradiction"),
        details("jeggings", "with denim fabric and pure color patterns"),
        gender="Women",
        title="Momtobe Women Navy Blue Over-Belly Denim Maternity Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: model, side pose, black fit-and-flare knee-length dress with white polka dots, short sheer chiffon
    # sleeves, round neck, a ring and a bracelet. Caption: epoch-3 adapter (loops back to its first sentence).
    # Answers: QA.
    case(
        "X1170-025",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a ring. The lady is wearing a "
            "short-sleeve dress with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Instafab Plus Women Black & White Polka Dot Print Fit & Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: flat lay on white, off-white cotton tunic with a blue floral print, 3/4 sleeves, notched V-neck. No
    # person, no pants. Caption: epoch-3 adapter invents the pants (cut). Answers: QA.
    case(
        "X1170-026",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.description("a medium-sleeve shirt with floral patterns"),
        gender="Women",
        title="Sztori Plus Women Off-White & Blue Floral Printed Cotton Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: model, front, charcoal grey solid straight kurta, 3/4 sleeves, round neck, styled with floral printed
    # palazzos, a watch. Caption: epoch-3 adapter (cut). Answers: QA (the color span is the palazzos' pattern).
    case(
        "X1170-027",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("floral", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Taavi Plus Women Charcoal Grey Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Charcoal",
    ),
    # Photo: back view, model with a short bob, navy longline shirt tunic with long sleeves and a shirt collar, white
    # trousers. Caption: epoch-3 adapter; "this man" (cut). Answers: QA (no answer to the color question).
    case(
        "X1170-028",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Navy Blue Solid Longline Cotton Shirt Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: pregnant model, front, red maternity peplum top with short sheer chiffon flutter sleeves, V-neck, black
    # jeggings, a bracelet. Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "chiffon fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. She wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long leggings"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Goldstroms Women Red Solid Maternity Peplum Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model, front, navy light-fade stretch denim jeggings, mustard long-sleeve printed short kurti over them.
    # Caption: epoch-3 adapter (loops back to its first sentence). Answers: QA (type and pattern from the kurti).
    case(
        "X1170-030",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve shirt with "
            "graphic patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length(""),
        Q.material("denim"),
        gender="Women",
        title="Hubberholme Women Plus Size Navy Blue Skinny Fit Light Fade Stretchable Denim Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: model, front, red straight kurta with white ethnic motif print, 3/4 sleeves, round neck, white palazzos,
    # a ring on her right hand. Caption: epoch-3 adapter; ended on a full stop at the limit, all true. Answers: QA.
    case(
        "X1170-031",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a ring on her finger.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Plus Women Red Ethnic Motifs Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: model, front, blue A-line midi dress with a tiny white ditsy floral print (near solid from afar), short
    # puff sleeves, square neck, a watch and a ring. Caption: epoch-3 adapter, "pure color", then loops. Answers: QA.
    case(
        "X1170-032",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is square. There is an accessory on her wrist. The lady wears a ring. There is an accessory "
            "on her wrist. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sringam Plus Women Blue Floral Print Cotton A-Line Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model, front, pink cotton tunic with a white leaf print, long sleeves, tie-up V-neck, black leggings, a
    # bracelet. Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-033",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color patterns. There "
            "is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns and a long leggings"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is V-shape"),
        gender="Women",
        title="Amydus Women Plus Size Pink Printed Tunic",
        category="Tunics",
        color="Pink",
    ),
    # Photo: model, front, sea-green straight kurta with all-over white chikankari embroidery, 3/4 sleeves, round neck,
    # white pants. Caption: epoch-3 adapter (loops on the trousers). Answers: QA.
    case(
        "X1170-034",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Fabnest Curve Women Sea Green Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: pregnant model, side profile, olive cotton shirt dress, knee length, long roll-up sleeves, collar, button
    # front, tie belt above the bump. Caption: epoch-3 adapter makes it a shirt and a short skirt (cut). Answers: QA.
    case(
        "X1170-035",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mine4Nine Women Olive Green Solid Cotton Maternity Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: black slim jeggings on a mannequin-legs prop, close on the waistband and faux back pockets; denim-look
    # cotton-elastane. Caption: epoch-3 adapter (loops the whole template). Answers: QA.
    case(
        "X1170-036",
        caption(
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with denim fabric and pure color patterns. The lady wears a long pants. The "
            "pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants"),
        Q.garment_type("pants"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length(""),
        Q.material("denim"),
        title="Go Colors Women Plus Size Black Solid Slim Fit Denim-Look Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: model, front, festive maroon rayon kurta with a gold embroidered yoke, long sleeves, round neck, maroon
    # palazzos, a gold dupatta around the neck. Caption: epoch-3 adapter, "dress", loops on the scarf. Answers: QA.
    case(
        "X1170-037",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is round. The lady wears a scarf. The lady wears a scarf. The lady wears a scarf. The lady "
            "wears a scarf. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Sztori Plus Women Maroon Yoke Design Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model, front, navy and white vertical stripes cotton tunic, long roll-up sleeves, shirt collar, blue
    # jeans, a watch. Caption: epoch-3 adapter (cut). Answers: QA (the description span runs over the jeans).
    case(
        "X1170-038",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.description(
            "a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are with denim fabric and pure color patterns",
            "restated",
        ),
        gender="Women",
        title="Instafab Plus Women Navy Blue & White Striped Cotton Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: pregnant model, front, black ribbed-knit sleeveless bodycon maternity midi, round neck, barefoot, no
    # jewellery at all, plain grey backdrop. Caption: epoch-3 adapter invents a wrist accessory and a ring and loops
    # on the ring. Answers: QA.
    case(
        "X1170-039",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with knitting fabric and "
            "its neckline is round. There is an accessory on her wrist. The lady wears a ring. The lady wears a ring. "
            "The lady wears a ring.",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting fabric"),
        is_a("maternity dress", "sleeveless dress", "non_answer"),
        gender="Women",
        title="Momtobe Women Black Solid Ribbed Maternity Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front, royal blue A-line kurta with white floral print, 3/4 sleeves, V-neck, white trousers, a
    # bangle. Caption: epoch-3 adapter (cut). Answers: QA.
    case(
        "X1170-040",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is V-shape"),
        gender="Women",
        title="Libas Plus Women Blue Floral Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model, front, black rayon tunic with lace inserts on the 3/4 sleeves, round neck, grey jeggings. Caption:
    # epoch-3 adapter (loops, then cut at "its neckline is"). Answers: QA (the details span is the cut tail; the
    # material span is the leggings' cotton).
    case(
        "X1170-041",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. The lady wears a medium-sleeve shirt with pure color patterns and "
            "a long leggings. The shirt is with cotton fabric and its neckline is",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns and a long leggings"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "contradiction"),
        D.details("its neckline is", "cut"),
        gender="Women",
        title="Sztori Plus Women Black Solid Rayon Tunic with Lace Inserts",
        category="Tunics",
        color="Black",
    ),
    # Photo: model, walking pose, mauve cotton tiered maxi dress, long balloon sleeves, tie-up V-neck, a ring and a
    # bracelet. Caption: epoch-3 adapter (loops back to its first sentence). Answers: QA.
    case(
        "X1170-042",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. The lady wears a ring. The lady is wearing a "
            "long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Fabnest Curve Women Mauve Solid Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: model, front, yellow straight cotton kurta with a white floral print, 3/4 sleeves, round neck, white
    # palazzos, a watch. Caption: epoch-3 adapter in the "upper clothing" variant of the template (cut). Answers: QA.
    case(
        "X1170-043",
        caption(
            "Her upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Yellow Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: model, front, maroon ankle-length leggings under a long white long-sleeve cotton kurta, a watch. Caption:
    # epoch-3 adapter (cut). Answers: QA (type and sleeves from the kurta's sentence).
    case(
        "X1170-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.garment_type("shirt", "contradiction"),
        color_of("leggings", "pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        details("leggings", "with cotton fabric and pure color patterns"),
        gender="Women",
        title="Go Colors Women Plus Size Maroon Solid Cotton Ankle-Length Leggings",
        category="Leggings",
    ),
    # Photo: pregnant model, front, yellow cotton kaftan dress with a white graphic print, elbow-length kimono sleeves,
    # V-neck, knee length, a bracelet. Caption: epoch-3 adapter, calls it chiffon, loops on the wrist. Answers: QA.
    case(
        "X1170-045",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "contradiction"),
        is_a("kaftan", "", "non_answer"),
        gender="Women",
        title="The Mom Store Women Yellow Printed Cotton Maternity Kaftan Dress",
        category="Dresses",
        color="Yellow",
    ),
]
