"""BLIND_1602 (45 products; Myntra plus-size and maternity, caption + QA): written blind in the sixty-sixth session.
Measured blind at 5d4d43a (the session's fifth rules): 139/174 failures found (79.9%) and 19/159 correct texts
flagged (11.9%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed (tunics, kurtas and kurtis, dresses including maternity and
nursing dresses, jeggings, a few tops and kurta sets). Catalog shots: a model on a plain backdrop wearing the product
with other clothes (leggings, churidars, palazzos and jeans under kurtas and tunics; tees, shirts and kurtis over
jeggings), pregnant models for the maternity lines, three flat lays, four back views, and a few props (a tote, a clutch,
a coffee cup, a stool, a straw hat held in the hand). Columns as Myntra's feed has them: title, category (the article
type), color (the base colour), gender; one or two left out now and then.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It speaks only the DeepFashion-MultiModal template: "upper clothing" /
"lower clothing", shirt, T-shirt, tank top, dress, pants, trousers, leggings; fabrics cotton, chiffon, denim, knitted;
"colors" that are patterns (pure color, floral, graphic, stripe, lattice, color block); accessory sentences. It never
names a hue, a kurta, a tunic or jeggings. It was trained without a terminator, so every caption runs to the 50-token
limit (hit_limit=True on all of them): most stop mid-sentence, a few loop, three happen to end on a full stop. Every
answer is timpal0l/mdeberta-v3-base-squad2 run over that caption: a span copied from the caption, or "" when it
found none. The answers never hit a token limit and cannot say anything the caption does not.
Questionnaire: wearing, type, color, pattern and material for every product; sleeve length for everything but
jeggings; details or "Describe the garment." on some; "Is this a kurta?" on some kurtas (extractive QA has no yes/no,
so it answers "" or a span).
Labeling conventions and judgement calls:
- Captions: cut mid-sentence at the limit -> cut, unless a worse error is in the caption (a kurta or dress named
  "shirt"/"dress"/"tank top", a fabric the title contradicts, polka dots called floral -> contradiction; an accessory,
  hat, person or lower garment the photo does not have -> unsupported; a repeated sentence -> loop; "gentleman"/"his"
  for a woman -> pronoun). One label per text, the worst. The two captions that ran to the limit but ended on a full
  stop and are right are unmarked, though hit_limit=True.
- Color question: the caption has no hue, so "pure color", "floral", "graphic", "lattice", "color block" given as the
  color are non_answer; a pattern word that belongs to the other garment in the photo (striped top over plain
  jeggings, printed palazzo under a plain kurta) is other_garment_color.
- Pattern question: right when the pattern word fits the product; the co-worn garment's pattern, or floral for a
  polka-dot dress whose title says polka dot -> contradiction.
- Type question: "upper clothing" is non_answer. "shirt"/"T-shirt"/"dress" for a kurta, an anarkali, a woven tunic,
  a shirt dress, or the co-worn top given for jeggings -> contradiction. Accepted as right: "shirt" for a collared,
  button-down shirt-style tunic and for a blouse-like peplum top, "T-shirt" for a knit jersey tunic and for a lace top,
  "tank top" for a sleeveless jersey tunic, "pants" for jeggings.
- Wearing question: right when it names something the person really wears, even the co-worn garment (leggings, a
  tee over jeggings) rather than the product; an accessory ("a ring", "an accessory on her wrist", "neckwear") is
  contradiction; a hat she only holds, or one she does not have, is unsupported; "The upper clothing" or a bare list
  of sleeves/fabric/pattern is non_answer.
- Material: cotton/chiffon/knitted/denim accepted where the photo cannot refute it; a fabric the title contradicts
  (Rayon, Crepe, Velvet) or the co-worn garment's fabric (denim from the jeans for a cotton kurti) -> contradiction;
  a fabric taken from a garment the caption invented or from the top for jeggings it never described -> unsupported.
- Sleeves: "medium" for three-quarter sleeves is right; "long-sleeve" for visible three-quarter sleeves is
  unsupported (only the photo shows it).
- "Describe the garment." answered "The upper clothing" -> restated. An answer span ending where the caption was cut
  ("an accessory on", "The lower clothing is of long") -> cut, hit_limit False (the QA model did not hit a limit).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1602 = [
    # Photo: front, grey backdrop; navy solid rayon A-line tunic, three-quarter sleeves, round neck, knee length, over
    # black leggings; small studs, no bracelet. Caption: epoch-3 caption adapter; answers: mdeberta squad2 on it.
    case(
        "X1602-001",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a long leggings, with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long leggings"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.description("The upper clothing", "restated"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Solid A-Line Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: front; maroon straight calf-length kurta, gold ethnic-motif print, three-quarter sleeves, round neck,
    # white palazzos, glass bangles. Caption calls the kurta a dress (epoch-3 adapter); answers: extractive QA.
    case(
        "X1602-002",
        caption(
            "This lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a long pants. The pants are with "
            "cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Libas Women Plus Size Maroon Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: front; black slim jeggings under an untucked white short-sleeve tee, white sneakers, silver watch.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (the type answer is the tee).
    case(
        "X1602-003",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        D.details("an accessory on", "cut"),
        gender="Women",
        title="Go Colors Women Plus Size Black Solid Slim Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: pregnant model, three-quarter view, hand on the bump (thin gold ring), watch on the other wrist; pink
    # floral georgette A-line midi, short flutter sleeves, V-neck. Caption: epoch-3 adapter; answers: extractive QA.
    case(
        "X1602-004",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. The neckline of it is v-shape. "
            "The lower clothing is of medium length. The fabric is chiffon and it has floral patterns. There is an "
            "accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        D.details("v-shape"),
        gender="Women",
        title="Momsoon Maternity Women Pink Floral Print Georgette Maternity A-Line Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: front; teal solid cotton A-line kurta with a mirror-work yoke, three-quarter sleeves, round neck, over
    # white palazzos printed with teal flowers. Caption (shirt; the floral is the palazzo's): epoch-3; answers: QA.
    case(
        "X1602-005",
        caption(
            "This woman is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is cotton and it has floral "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Biba Curve Women Plus Size Teal Solid Cotton A-Line Kurta with Mirror Work",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: front; navy mid-rise jeggings under a navy-and-white striped long-sleeve Breton tee. The caption spends
    # its 50 tokens on the tee and is cut before the jeggings (epoch-3); answers: extractive QA, all about the tee.
    case(
        "X1602-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and stripe patterns. It has a round neckline. This "
            "lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The neckline of "
            "it is round. The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with stripe patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("stripe", "other_garment_color"),
        Q.pattern("stripe", "contradiction"),
        Q.material("cotton", "unsupported"),
        D.details("The lower clothing is of long", "cut"),
        gender="Women",
        title="Twin Birds Women Plus Size Navy Blue Mid-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: front; black jersey wrap maxi dress, long sleeves, V-neck, self tie at the waist. Caption: epoch-3,
    # ran to the limit but the 50th token is a full stop, and it is right; answers: extractive QA.
    case(
        "X1602-007",
        caption(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. The fabric is knitted and it has pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        D.details("v-shape neckline"),
        gender="Women",
        title="Athena Ample Women Plus Size Black Solid Wrap Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: front; mustard cotton A-line kurta with a small white floral print, three-quarter sleeves, mandarin
    # collar, white cigarette pants, a tote hanging from her forearm. Caption loops on the accessory (epoch-3).
    case(
        "X1602-008",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. There is an accessory on her "
            "wrist. There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="W Plus Women Mustard Yellow Floral Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: front; olive shirt-style tunic, collar, full button placket, long roll-up sleeves with tabs, over black
    # jeggings. Caption: epoch-3, cut ("shirt" accepted for this collared tunic); answers: extractive QA.
    case(
        "X1602-009",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this woman wears is of long length. The pants are with denim fabric and "
            "pure color patterns. This woman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is lapel"),
        gender="Women",
        title="Instafab Plus Women Olive Green Solid Shirt Style Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: flat lay, no person; mid-blue skinny jeggings folded on white, light fade. Caption (epoch-3) loops on
    # "The person wears a long pants"; answers: extractive QA.
    case(
        "X1602-010",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The person "
            "wears a long pants. The pants are with denim fabric and pure color patterns. The person wears a long "
            "pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants"),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender="Women",
        title="De Moza Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: front, hand on hip; red fit-and-flare knee dress with white polka dots, short puff sleeves, round neck,
    # white sneakers, a watch. Caption (epoch-3) calls the dots floral; answers: extractive QA.
    case(
        "X1602-011",
        caption(
            "This lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of medium length. The fabric is cotton and it has floral patterns. "
            "There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Red Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: pregnant model, front, hands under the bump, no rings; indigo cotton kurta with white block print,
    # three-quarter sleeves, round neck, side feeding zips, white leggings. Caption invents a ring (epoch-3).
    case(
        "X1602-012",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a "
            "ring on her finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("The neckline of it is round"),
        is_a("kurta", "upper clothing", "non_answer"),
        gender="Women",
        title="Nejo Women Maternity Blue Printed Cotton Feeding Kurta with Zipper",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model seated on a wooden stool (prop); lavender crepe peplum top, short flutter sleeves, square neck,
    # white jeans, a watch. Caption (epoch-3) says chiffon against the title's crepe; answers: extractive QA.
    case(
        "X1602-013",
        caption(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. This lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Qurvii+ Women Plus Size Lavender Solid Crepe Peplum Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: front; black ankle-length jeggings under a hip-length mustard kurti with long sleeves. Caption (epoch-3)
    # makes the short kurti a dress; answers: extractive QA.
    case(
        "X1602-014",
        caption(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Women",
        title="Lyra Plus Women Black Solid Cotton Blend Ankle Length Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: front; model with short cropped hair, no jewellery; green straight kurta, three-quarter sleeves, V-neck,
    # matching green palazzos. Caption (epoch-3) calls her a gentleman; answers: extractive QA.
    case(
        "X1602-015",
        caption(
            "The gentleman is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a v-shape neckline. The pants the gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: pregnant model, side view; black-and-white horizontally striped sleeveless jersey maxi dress, round neck.
    # Caption (epoch-3) makes the dress a tank top; answers: extractive QA.
    case(
        "X1602-016",
        caption(
            "Her tank top has no sleeves, cotton fabric and stripe patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has stripe patterns. There is an accessory on "
            "her wrist. This female is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Mom For Sure by Ketki Dalal Women Black & White Striped Maternity Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: front; off-white cotton tunic with all-over chikankari floral embroidery, three-quarter sleeves, round
    # neck, blue jeans, a silver kada. Caption: epoch-3, cut; answers: extractive QA.
    case(
        "X1602-017",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. The person",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        title="Aurelia Women Plus Size Off White Chikankari Embroidered Cotton Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: back view; grey melange jeggings, plain black tank top, no pockets at the back. Caption: epoch-3, cut;
    # answers: extractive QA (the type answer is the tank).
    case(
        "X1602-018",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The tank top has a round neckline. "
            "The trousers are with cotton fabric and pure color patterns. The lower clothing is of long length. The "
            "fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        D.details("The lower clothing is of long length"),
        gender="Women",
        title="Go Colors Women Plus Size Grey Melange Solid Jeggings",
        category="Jeggings",
        color="Grey Melange",
    ),
    # Photo: front, skirt mid-twirl; rust rayon floor-length anarkali kurta with gold foil print, long sleeves, round
    # neck. Caption (epoch-3): a cotton dress; answers: extractive QA.
    case(
        "X1602-019",
        caption(
            "This lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has graphic "
            "patterns. There is an accessory on her wrist. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Juniper Women Plus Size Rust Orange Printed Rayon Flared Anarkali Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: front; navy shirt dress with a white floral print, collar, button placket, long roll-up sleeves, fabric
    # belt, knee length. Caption (epoch-3) names a shirt; it ends on a full stop at the limit; answers: extractive QA.
    case(
        "X1602-020",
        caption(
            "This woman is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lower clothing is of medium length. The fabric is cotton and it has floral "
            "patterns. This woman wears a belt.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is lapel"),
        gender="Women",
        title="Amydus Women Plus Size Navy Blue Floral Print Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: front; peach knit jersey tunic, short sleeves with lace trim, round neck, hip length, light blue jeans.
    # Caption: epoch-3, cut ("T-shirt" accepted for a jersey tunic); answers: extractive QA.
    case(
        "X1602-021",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        title="Sztori Women Plus Size Peach-Coloured Solid Tunic with Lace Detail",
        category="Tunics",
        color="Peach",
    ),
    # Photo: flat lay on white, no person; pink cotton kurti with a floral print, three-quarter sleeves, V-neck with
    # tassels. Caption (epoch-3) invents a wrist accessory and denim bottoms; answers: extractive QA.
    case(
        "X1602-022",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is v-shape. "
            "There is an accessory on her wrist. The lower clothing is of long length. The fabric is denim and it has "
            "pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Global Desi Plus Women Pink Floral Print A-Line Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # Photo: front; olive jeggings, white long-sleeve collared shirt tucked in, gold hoop earrings. Caption: epoch-3,
    # cut; answers: extractive QA. Feed row has no gender.
    case(
        "X1602-023",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        title="Twin Birds Women Plus Size Olive Green Solid Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # Photo: back view; mustard ribbed-knit sheath midi dress, long sleeves, bare head, hair in a bun. Caption
    # (epoch-3) loops on a hat she does not wear; answers: extractive QA.
    case(
        "X1602-024",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. The lower clothing is of "
            "medium length. The fabric is knitted and it has pure color patterns. The lady wears a hat. The lady wears "
            "a hat. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Women",
        title="Dressberry Curve Women Plus Size Mustard Yellow Ribbed Sheath Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: front; indigo straight kurta with white hand-block print, three-quarter sleeves, round neck with a short
    # placket, white churidar, a clutch in the hand by her wrist. Caption: epoch-3, cut; answers: extractive QA.
    case(
        "X1602-025",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        is_a("kurta", "upper clothing", "non_answer"),
        gender="Women",
        title="Biba Curve Women Plus Size Indigo Blue Hand Block Print Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: front; black-and-white gingham tunic, long sleeves with buttoned cuffs, round neck with keyhole tie,
    # black leggings, a watch. Caption: epoch-3, cut; answers: extractive QA.
    case(
        "X1602-026",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.description("long sleeves, cotton fabric and lattice patterns"),
        gender="Women",
        title="Instafab Plus Women Plus Size Black & White Checked Cotton Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: pregnant model, front, wedding ring visible; olive jersey wrap maternity midi, short sleeves, V-neck,
    # nursing overlay. Caption: epoch-3, cut; answers: extractive QA.
    case(
        "X1602-027",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of medium length. The fabric is cotton and it has pure color patterns. "
            "This lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        D.details("v-shape"),
        gender="Women",
        title="Momsoon Maternity Women Olive Green Solid Maternity Wrap Dress with Nursing Access",
        category="Dresses",
        color="Olive",
    ),
    # Photo: back view; bottle-green straight kurta with white ethnic motifs, three-quarter sleeves, knee length,
    # white salwar, bangles. Caption (epoch-3) names a shirt; answers: extractive QA.
    case(
        "X1602-028",
        caption(
            "This lady is wearing a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. There is a ring on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns and a long pants", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Aurelia Women Plus Size Green Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: side view; navy jeggings under an untucked white long-sleeve shirt. Caption (epoch-3) starts over after
    # the jeggings; answers: extractive QA.
    case(
        "X1602-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper clothing "
            "has long sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        D.details("long length"),
        gender="Women",
        title="De Moza Women Plus Size Navy Blue Solid Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: front; mustard georgette tunic with a black geometric print, short sleeves, V-neck, hip length, black
    # jeggings, a bracelet. Caption: epoch-3, cut; answers: extractive QA. Feed row has no gender.
    case(
        "X1602-030",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and graphic patterns. The neckline of it is v-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The person",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        D.details("The neckline of it is v-shape"),
        title="Sztori Women Plus Size Mustard Yellow Printed Georgette Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: front, holding a coffee cup; woman with short hair, off-white kurta with blue vertical stripes,
    # three-quarter sleeves with tabs, mandarin collar, blue jeans. Caption (epoch-3): "his", "gentleman".
    case(
        "X1602-031",
        caption(
            "His shirt has medium sleeves, cotton fabric and stripe patterns. It has a standing neckline. The pants "
            "the gentleman wears is of long length. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Plus Size Off White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: front; maroon velvet A-line midi dress, long sleeves, square neck, a gold bracelet. Caption (epoch-3)
    # says cotton against the title's velvet; answers: extractive QA.
    case(
        "X1602-032",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a square neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("an accessory", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Athena Ample Women Plus Size Maroon Solid Velvet A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: flat lay, no person; charcoal jeggings folded with the brand tag. Caption (epoch-3) invents a lady and a
    # wrist accessory; answers: extractive QA. Feed row has no category.
    case(
        "X1602-033",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady wears "
            "a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long pants"),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender="Women",
        title="Go Colors Women Plus Size Charcoal Grey Mid-Rise Jeggings",
        color="Charcoal",
    ),
    # Photo: pregnant model, front, a ring on the hand resting on the bump; yellow cotton nursing kurta with a small
    # floral print, three-quarter sleeves, V-neck, white palazzos. Caption (epoch-3) names a dress; answers: QA.
    case(
        "X1602-034",
        caption(
            "This lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There is a ring on her finger",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("v-shape neckline"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Nejo Women Maternity Yellow Floral Printed Cotton Nursing Kurta with Zipper",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: front; teal woven cotton tunic with a tonal embroidered yoke, long sleeves, round neck, thigh length,
    # black leggings. Caption (epoch-3) names a T-shirt; answers: extractive QA.
    case(
        "X1602-035",
        caption(
            "The lady is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Teal Blue Embroidered Yoke Cotton Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: front; blue floral georgette tiered maxi, short flutter sleeves, V-neck; she holds a straw hat at her
    # side. Caption (epoch-3) puts the hat on her head; answers: extractive QA.
    case(
        "X1602-036",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. The neckline of it is v-shape. "
            "The lower clothing is of long length. The fabric is chiffon and it has floral patterns. The lady wears a "
            "hat. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        D.details("v-shape"),
        gender="Women",
        title="Sztori Women Plus Size Blue Floral Print Georgette Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: front; pink floral-printed cotton kurta, three-quarter sleeves, round neck, solid pink trousers, dupatta
    # over both shoulders. Caption: epoch-3, cut ("neckwear" is the dupatta); answers: extractive QA.
    case(
        "X1602-037",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. This "
            "lady has neckwear. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("neckwear", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Plus Size Pink Floral Printed Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: front; maroon jeggings under a black long-sleeve top with small pink flowers. Caption: epoch-3, cut;
    # answers: extractive QA, color and pattern taken from the top.
    case(
        "X1602-038",
        caption(
            "This woman is wearing a long-sleeve T-shirt with floral patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "This woman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with floral patterns and a long leggings"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("floral", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Lyra Plus Women Maroon Solid Cotton Stretch Jeggings",
        category="Jeggings",
        color="Maroon",
    ),
    # Photo: front; black sleeveless jersey tunic with an asymmetric high-low hem, round neck, grey jeggings, a
    # watch. Caption: epoch-3, cut ("tank top" accepted for a sleeveless jersey tunic); answers: extractive QA.
    case(
        "X1602-039",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. There is an accessory on "
            "her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Qurvii+ Women Plus Size Black Solid Asymmetric Jersey Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: front; red straight kurta with gota-lace trim on a V-neck, three-quarter sleeves, calf length, white
    # churidar. Caption (epoch-3) loops on the neckline; the details span carries the loop; answers: extractive QA.
    case(
        "X1602-040",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. "
            "The neckline of it is v-shape. The neckline of it is v-shape. The neckline of it is v-shape. The "
            "neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("v-shape neckline. The neckline of it is v-shape. The neckline of it is v-shape", "loop"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Biba Curve Women Plus Size Red Solid Straight Kurta with Gota Patti",
        category="Kurtas",
        color="Red",
    ),
    # Photo: pregnant model, side profile, wedding ring on the hand on the bump; navy jersey bodycon maternity midi,
    # short sleeves, round neck. Caption: epoch-3, cut; answers: extractive QA.
    case(
        "X1602-041",
        caption(
            "This lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of medium length. The fabric is cotton and it has pure color "
            "patterns. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        title="Mom For Sure by Ketki Dalal Women Navy Blue Solid Maternity Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: back view; rust cotton-linen longline tunic, long roll-up sleeves, back yoke, knee length, white
    # leggings, bangles. Caption (epoch-3) loops on the accessory; answers: extractive QA. Feed row has no color.
    case(
        "X1602-042",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. There is an accessory on her wrist. There is "
            "an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Instafab Plus Women Plus Size Rust Solid Cotton Linen Longline Tunic with Pockets",
        category="Tunics",
    ),
    # Photo: front; navy high-low kurti with a white bandhani-style print, three-quarter sleeves, round neck, skinny
    # blue jeans, a bracelet. Caption: epoch-3, cut; the material answer is the jeans' denim; answers: extractive QA.
    case(
        "X1602-043",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. This female",
            "cut",
            hit_limit=True,
        ),
        wearing("medium sleeves, cotton fabric and graphic patterns", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium sleeves"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Global Desi Plus Women Navy Blue Printed High-Low Kurti",
        category="Kurtis",
        color="Navy Blue",
    ),
    # Photo: front; black A-line midi with a white colour-block panel, short sleeves, round neck, a watch. Caption:
    # epoch-3, cut; answers: extractive QA.
    case(
        "X1602-044",
        caption(
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a round neckline. "
            "The lower clothing is of medium length. The fabric is cotton and it has color block patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("short sleeves, cotton fabric and color block patterns", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        title="Qurvii+ Women Plus Size Black Colourblocked A-Line Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: front; white cotton top with a lace yoke, short sleeves, round neck, blue jeggings. Caption: epoch-3,
    # ran to the limit but the 50th token is a full stop, and it is right; answers: extractive QA.
    case(
        "X1602-045",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mine4Nine Plus Women Plus Size White Solid Top with Lace Yoke",
        category="Tops",
        color="White",
    ),
]
