"""BLIND_1338 (45 products; Myntra plus-size and maternity, captions + QA): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 87/127 failures found (68.5%) and 12/135 correct texts flagged
(8.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, kurtis, kurta sets, tunics, dresses, tops,
jeggings, one pair of leggings). The photos are the catalog's usual shots: a plus-size or pregnant model on a plain
light backdrop wearing the product with palazzos, leggings, jeans or a tee; a waist-down crop, a flat lay, a back view,
props now and then (a sling bag, a potli, a coffee cup). Catalog columns as the feed has them: title, category (the
article type), color (the base colour), gender; one or the other is missing on a few rows.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b), greedy, 50 new tokens. It was never taught to stop, so every caption runs to the limit (hit_limit on
all of them); it speaks only the DeepFashion-MultiModal template (shirt, T-shirt, tank shirt, dress, skirt, pants,
trousers, leggings, "lower clothing", "outer clothing"; fabrics cotton, denim, chiffon, knitting, leather; patterns pure
color, floral, graphic, stripe) and never names a hue, a kurta, a tunic or a pair of jeggings. Every answer is the span
timpal0l/mdeberta-v3-base-squad2 extracted from that caption (empty string when it chose no answer), so an answer can
only be as good as the caption, and no answer ever holds a hue.
Labeling conventions and judgement calls:
- A caption that ends mid-sentence at the limit is `cut`, unless it also says something false, in which case it gets
  the content failure (contradiction, unsupported, pronoun, loop) instead: one label per text, the one a reviewer
  would fix first. Two captions happened to stop right after a full stop with nothing false in them (X1338-010,
  X1338-037); they keep hit_limit=True but are left unmarked.
- Color questions: the caption has no hues, so the QA returns a pattern word ("pure color", "floral", "stripe") or
  nothing. That says nothing about the color: `non_answer`. When the span comes from the sentence about the other
  garment (the palazzos' or the tee's "pure color" for a printed product) it is `other_garment_color`. One judgement
  call: "denim" for mid-blue washed denim jeggings (X1338-023) is left correct, as it names the look.
- Garment names: "shirt" for a kurta, kurti or tunic is accepted (a kurta is a long collarless shirt); "dress" for a
  kurta, "T-shirt" or "tank shirt" for a knee-length kurta, and a dress described as a shirt (or tank shirt) plus a
  skirt are `contradiction` with the title. "a belt" or "an accessory in his her neck" given as the garment or its
  details is `contradiction` too.
- An answer that names the styling garment (the tee worn with jeggings) is correct when it is true of the photo;
  when the question is the product's type, color, pattern or material, the other garment's attribute is wrong
  (`contradiction`, or `other_garment_color` for color).
- Material claims the listing or the photo refutes (cotton for rayon, chiffon for crepe, leather for coated, denim
  for chambray) are `unsupported`; material is unmarked when the product really is what the caption says.
- "His shirt", "The gentleman", "his her neck" for a woman are `pronoun` on the caption. An accessory the model does
  not wear, sleeves or a pattern the photo does not show, and an outer layer nobody wears are `unsupported`; "pure
  color" for a print the title names, or a length the title contradicts, is `contradiction`.
- Embroidery on a solid-colour kurta or tunic is not a print: "pure color" is left correct there.
- "Is this a ...?" cannot be answered yes or no by an extractive model: a span that names the asked garment and is
  true reads as yes and is left correct (X1338-016); nothing, or a span that leaves the asked feature (nursing)
  untouched, is `non_answer`.
- The share of wrong texts (about 48%) is above the usual four in ten because of the scenario: every caption runs to
  the limit and the color question can never be answered from a hue-free caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1338 = [
    # Truth: navy solid straight knee-length kurta, 3/4 sleeves, round neck, cotton; white palazzos; plain backdrop.
    # Caption: epoch-3 adapter (cut at the limit). Answers: extractive QA over the caption.
    case(
        "X1338-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "round neckline"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: mustard A-line calf-length kurta, small floral print, 3/4 sleeves, V-neck, viscose rayon (listing);
    # white churidar leggings. Caption: epoch-3 adapter, calls the kurta a dress. Answers: extractive QA.
    case(
        "X1338-002",
        caption(
            "This female is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has a V-shape neckline. The leggings this female wears is of long length. The leggings are with cotton "
            "fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction", who="she"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        details("kurta", "V-shape neckline"),
        is_a("kurta", "", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Mustard Yellow Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: mid-blue washed skinny jeggings (cotton-lycra), worn with a white tee with a small graphic print.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA; the type question picks the tee.
    case(
        "X1338-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        color_of("jeggings", "graphic", "other_garment_color", kind="open"),
        details("jeggings", "denim fabric and pure color patterns"),
        Q.material("denim"),
        Q.garment_type("T-shirt", "contradiction"),
        gender="Women",
        title="Amydus Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Truth: pregnant model, maroon knee-length wrap dress, short sleeves, V-neck, polyester jersey (listing); a thin
    # watch and a wedding ring. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-004",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. This lady wears a ring on her finger. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Mine4Nine Women Maternity Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: black-and-white horizontal striped hip-length knit tunic, long sleeves, boat neck; black jeggings.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA; the color span is the jeggings' "pure color".
    case(
        "X1338-005",
        caption(
            "Her shirt has long sleeves, cotton fabric and stripe patterns. The neckline of it is round. The pants "
            "this female wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("Her shirt", who="she"),
        color_of("tunic", "pure color", "other_garment_color", kind="open"),
        Q.pattern("stripe"),
        Q.sleeve_length("long sleeves"),
        details("tunic", "cotton fabric and stripe patterns"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Black Striped Longline Tunic",
        category="Tunics",
        color="Black",
    ),
    # Truth: pink floral printed cotton kurta, 3/4 sleeves, round neck, with matching floral palazzos.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-006",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and floral "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", who="she"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.material("cotton"),
        details("kurta", "round neckline"),
        gender="Women",
        title="Libas Women Plus Size Pink Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: waist-down crop: black solid jeggings (cotton-lycra), only the hem of a grey tee visible, white sneakers.
    # Caption: epoch-3 adapter; it gives the unseen tee short sleeves. Answers: extractive QA. No gender column.
    case(
        "X1338-007",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady wears "
            "a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "unsupported", who="she"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        details("jeggings", "long length"),
        title="Dollar Missy Women Plus Size Black Solid Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Truth: teal floral tiered maxi dress, flutter short sleeves, V-neck, lined chiffon; full-length shot.
    # Caption: epoch-3 adapter splits the dress into a shirt and a skirt. Answers: extractive QA.
    case(
        "X1338-008",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The skirt this lady wears is of long length. The skirt is with chiffon fabric and "
            "floral patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction", who="she"),
        Q.garment_type("skirt", "contradiction"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Curve by Kassually Women Plus Size Teal Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Truth: olive cotton shirt-style longline tunic, long roll-up sleeves (worn down), collar; black leggings; the
    # model has short hair. Caption: epoch-3 adapter makes her a man. Answers: extractive QA.
    case(
        "X1338-009",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long pants", who="she"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("tunic", "lapel neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Instafab Plus Women Plus Size Olive Green Solid Longline Shirt-Style Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Truth: indigo cotton kurta with white geometric block print, 3/4 sleeves, mandarin collar; white pants.
    # Caption: epoch-3 adapter, ran to the limit but stopped right after a full stop; nothing false. Answers: QA.
    case(
        "X1338-010",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        color_of("kurta", "", "non_answer", kind="open"),
        Q.pattern("graphic"),
        details("kurta", "stand neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Plus Size Indigo Blue Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: pregnant model, peach layered cotton nursing top, short sleeves, round neck; blue jeans; a bracelet.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA; the material span is the jeans' denim.
    case(
        "X1338-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", who="she"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        Q.garment_type("T-shirt"),
        gender="Women",
        title="Mine4Nine Women Maternity Peach Solid Nursing Top",
        category="Tops",
        color="Peach",
    ),
    # Truth: black cotton A-line midi dress, short puff sleeves, square neck; a tan sling bag; no bracelet, no ring.
    # Caption: epoch-3 adapter invents wrist accessory and ring. Answers: extractive QA.
    case(
        "X1338-012",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a square neckline. There is an accessory on her wrist. This lady wears a ring on her finger. There is "
            "an",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "square neckline"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Athena Plus Women Plus Size Black Solid A-Line Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: navy skinny jeggings (cotton-lycra) worn with a short white floral kurti, 3/4 sleeves, round neck.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA; color and pattern spans come from the kurti.
    case(
        "X1338-013",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", who="she"),
        color_of("jeggings", "floral", "other_garment_color", kind="open"),
        Q.pattern("floral", "contradiction"),
        details("jeggings", "denim fabric and pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Curve Women Plus Size Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Truth: floor-length maroon anarkali kurta with gold foil ethnic motifs, full sleeves, round neck; gold bangles.
    # Caption: epoch-3 adapter, loops on the wrist sentence. Answers: extractive QA.
    case(
        "X1338-014",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction", who="she"),
        color_of("kurta", "graphic", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        details("kurta", "an accessory on her wrist", "contradiction"),
        Q.pattern("graphic"),
        gender="Women",
        title="AASK Plus Women Plus Size Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: lavender viscose rayon tunic with white thread embroidery at the yoke, 3/4 sleeves, notched neck; white
    # jeggings. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-015",
        caption(
            "This female is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is V-shape. The trousers this female wears is of long length. The trousers are with "
            "denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt", who="she"),
        color_of("tunic", "", "non_answer", kind="open"),
        details("tunic", "its neckline is V-shape"),
        Q.material("cotton", "unsupported"),
        Q.pattern("pure color"),
        gender="Women",
        title="Sztori Women Plus Size Lavender Embroidered Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Truth: pregnant model, navy maxi dress with small white flowers, short sleeves, V-neck, hidden nursing zips; a
    # watch and a wedding ring. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-016",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. This lady wears a ring on her finger. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        details("dress", "V-shape neckline"),
        is_a("dress", "a short-sleeve dress with floral patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Momtobe Women Maternity Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: bottle-green cotton kurta, thigh-to-knee length with side slits, short sleeves, round neck; beige
    # trousers. Caption: epoch-3 adapter calls it a T-shirt. Answers: extractive QA.
    case(
        "X1338-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Amydus Women Plus Size Green Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: back view: charcoal grey denim-look jeggings with back pockets, black long-sleeve tee.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-018",
        caption(
            "The person wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants this person wears is of long length. The pants are with denim fabric and pure color patterns. This "
            "person wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt", who="she"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        details("jeggings", "denim fabric and pure color patterns"),
        Q.material("denim"),
        Q.garment_type("pants"),
        gender="Women",
        title="Instafab Plus Women Plus Size Charcoal Grey Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Truth: off-white cotton shirt dress with thin blue vertical stripes, collar, long sleeves, self belt, knee
    # length. Caption: epoch-3 adapter splits it into a shirt and a skirt. Answers: extractive QA.
    case(
        "X1338-019",
        caption(
            "Her shirt has long sleeves, cotton fabric and stripe patterns. The neckline of it is lapel. This lady "
            "wears a belt. The skirt this lady wears is of medium length. The skirt is with cotton fabric and stripe "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a belt", "contradiction", who="she"),
        color_of("dress", "stripe", "non_answer", kind="open"),
        Q.pattern("stripe"),
        Q.sleeve_length("long sleeves"),
        details("dress", "lapel"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Off White & Blue Striped Shirt Dress",
        category="Dresses",
        color="Off White",
    ),
    # Truth: rust polyester crepe tunic with front pleats, short sleeves, round neck; black jeggings.
    # Caption: epoch-3 adapter says chiffon. Answers: extractive QA.
    case(
        "X1338-020",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The pants the female wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This female",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", who="she"),
        Q.material("chiffon", "unsupported"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details("tunic", "round neckline"),
        gender="Women",
        title="Mish Women Plus Size Rust Solid Pleated Tunic",
        category="Tunics",
        color="Rust",
    ),
    # Truth: short red-and-white bandhani-print cotton kurti, 3/4 sleeves, round neck with placket; blue jeans.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-021",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        color_of("kurti", "pure color", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        details("kurti", "", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Plus Size Red & White Bandhani Printed Kurti",
        category="Kurtis",
        color="Red",
    ),
    # Truth: sea-green floral cotton flared ethnic dress, ankle length, 3/4 sleeves, round neck with gota trim;
    # pendant necklace, jhumkas, a ring. Caption: epoch-3 adapter, the template's "his her neck". Answers: QA.
    case(
        "X1338-022",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory in his her neck. This lady wears a ring on her finger. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        details("dress", "an accessory in his her neck", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Aurelia Women Plus Size Sea Green Floral Printed Flared Ethnic Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Truth: flat lay of light-blue washed denim-look jeggings on white. Caption: epoch-3 adapter loops on the lower
    # clothing sentences. Answers: extractive QA. No gender column.
    case(
        "X1338-023",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is of "
            "long length. The fabric is denim",
            "loop",
            hit_limit=True,
        ),
        describe("jeggings", "long length"),
        color_of("jeggings", "denim", kind="open"),
        details("jeggings", "denim and it has pure color patterns"),
        Q.material("denim"),
        title="Dollar Missy Women Plus Size Blue Washed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Truth: blue cotton chambray longline tunic, long sleeves, collar, button front; white leggings.
    # Caption: epoch-3 adapter makes her a man and the chambray denim. Answers: extractive QA.
    case(
        "X1338-024",
        caption(
            "His shirt has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("", "non_answer", who="she"),
        Q.material("denim", "unsupported"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        details("tunic", "lapel"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Sztori Women Plus Size Blue Chambray Longline Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Truth: teal cotton straight kurta with small white buti motifs all over, 3/4 sleeves, V-neck; white palazzos.
    # Caption: epoch-3 adapter misses the print. Answers: extractive QA.
    case(
        "X1338-025",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction", who="she"),
        Q.pattern("pure color", "contradiction"),
        color_of("kurta", "", "non_answer", kind="open"),
        details("kurta", "V-shape neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Plus Size Teal Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Truth: pregnant model in blue maternity jeggings with a grey over-belly knit panel, white tee lifted over it.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        details("jeggings", "denim fabric and pure color patterns"),
        is_a("maternity jeggings", "", "non_answer", article="a pair of"),
        gender="Women",
        title="Momtobe Women Maternity Blue Over-Belly Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Truth: mustard ribbed-knit bodycon midi dress, long sleeves, round neck. Caption: epoch-3 adapter loops on the
    # fabric and neckline sentences. Answers: extractive QA; the details span runs over the loop.
    case(
        "X1338-027",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It "
            "has a round neckline. The dress is with knitting fabric. It has a round neckline. The dress is with "
            "knitting fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.material("knitting"),
        details("dress", "knitting fabric. It has a round neckline. The dress is with knitting fabric", "loop"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Curve by Kassually Women Plus Size Mustard Solid Bodycon Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Truth: yellow cotton straight kurta with tonal thread embroidery at the neck, 3/4 sleeves, round neck; white
    # trousers; white chiffon dupatta over both shoulders. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-028",
        caption(
            "This lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is round. This lady also wears an outer clothing, with chiffon fabric and pure color "
            "patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        details("kurta", "The neckline of it is round"),
        describe("dupatta", "an outer clothing, with chiffon fabric and pure color patterns"),
        gender="Women",
        title="Anouk Curve Women Plus Size Yellow Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: black A-line tunic with a white abstract print, short sleeves, round neck; blue jeggings; no jacket.
    # Caption: epoch-3 adapter invents an outer layer. Answers: extractive QA.
    case(
        "X1338-029",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. This lady also wears an outer clothing, with "
            "cotton fabric and pure color patterns. The pants this lady wears is of long length. The pants are with "
            "denim fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="she"),
        color_of("tunic", "pure color", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        details("tunic", "an outer clothing, with cotton fabric", "unsupported"),
        gender="Women",
        title="Amydus Women Plus Size Black Printed A-Line Tunic",
        category="Tunics",
        color="Black",
    ),
    # Truth: maroon cotton ankle-length leggings under a white chikan-embroidered kurta, 3/4 sleeves, round neck.
    # Caption: epoch-3 adapter gives the leggings a three-point (shorts) length. Answers: extractive QA.
    case(
        "X1338-030",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The leggings this lady wears is of three-point length. The leggings are with cotton "
            "fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        details("leggings", "three-point length", "contradiction"),
        color_of("leggings", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        gender="Women",
        title="De Moza Women Plus Size Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Truth: pregnant model, pink floral sleeveless rayon maternity top, round neck; white jeans; a ring.
    # Caption: epoch-3 adapter says chiffon. Answers: extractive QA.
    case(
        "X1338-031",
        caption(
            "Her tank shirt has sleeves cut off, chiffon fabric and floral patterns. It has a round neckline. The "
            "pants the female wears is of long length. The pants are with denim fabric and pure color patterns. The "
            "lady wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("tank shirt", who="she"),
        Q.sleeve_length("sleeves cut off"),
        color_of("top", "floral", "non_answer", kind="open"),
        Q.material("chiffon", "unsupported"),
        Q.pattern("floral"),
        gender="Women",
        title="Nejo Women Maternity Pink Floral Print Sleeveless Top",
        category="Tops",
        color="Pink",
    ),
    # Truth: coffee-brown cotton straight kurta with pintucks at the yoke, long sleeves, mandarin collar; beige
    # palazzos. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-032",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The trousers this female wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", who="she"),
        details("kurta", "its neckline is stand"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Coffee Brown Solid Kurta with Pintucks",
        category="Kurtas",
        color="Coffee Brown",
    ),
    # Truth: green wrap dress with small black polka dots, 3/4 sleeves, V-neck, knee length; a watch, no ring.
    # Caption: epoch-3 adapter misses the dots and adds a ring. Answers: extractive QA.
    case(
        "X1338-033",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. This lady wears a ring on her finger. There "
            "is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns", "unsupported", who="she"),
        Q.pattern("pure color", "unsupported"),
        color_of("dress", "", "non_answer", kind="open"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Athena Plus Women Plus Size Green Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: black skinny jeggings with a red-and-white striped long-sleeve tee, round neck; a ring.
    # Caption: epoch-3 adapter, cut inside the jeggings' sentence. Answers: extractive QA; the details span ends on
    # the cut.
    case(
        "X1338-034",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. This lady "
            "wears a ring on her finger. The pants this lady wears is of long length. The pants are with denim fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with stripe patterns", who="she"),
        details("jeggings", "denim fabric and pure", "cut"),
        color_of("jeggings", "stripe", "other_garment_color", kind="open"),
        Q.garment_type("pants"),
        gender="Women",
        title="Xpose Plus Women Plus Size Black Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Truth: purple sleeveless knee-length A-line kurta (wide shoulder straps), round neck; white cigarette pants.
    # Caption: epoch-3 adapter calls it a tank shirt. Answers: extractive QA; the sleeve span is the pants' length.
    case(
        "X1338-035",
        caption(
            "Her tank shirt has sleeves cut off, cotton fabric and pure color patterns. It has a round neckline. The "
            "pants the female wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("Her tank shirt", "contradiction", who="she"),
        Q.sleeve_length("long", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        details("kurta", "round neckline"),
        gender="Women",
        title="Mish Women Plus Size Purple Solid A-Line Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Truth: back view of a pregnant model in a black-and-white horizontal striped cotton jersey maxi dress,
    # sleeveless racerback. Caption: epoch-3 adapter splits it into a tank shirt and a skirt. Answers: extractive QA.
    # No gender column.
    case(
        "X1338-036",
        caption(
            "Her tank shirt has sleeves cut off, cotton fabric and stripe patterns. The neckline of it is suspenders. "
            "The skirt this lady wears is of long length. The skirt is with cotton fabric and stripe patterns. There "
            "is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("Her tank shirt", "contradiction", who="she"),
        Q.pattern("stripe"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        color_of("dress", "stripe", "non_answer", kind="open"),
        title="Mine4Nine Women Maternity Black & White Striped Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: white cotton tunic, short sleeves, V-neck with lace trim; blue jeans. Caption: epoch-3 adapter, ran to
    # the limit and happened to stop after a full stop; nothing false. Answers: extractive QA.
    case(
        "X1338-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        details("tunic", "V-shape neckline"),
        gender="Women",
        title="Instafab Plus Women Plus Size White Solid Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # Truth: orange cotton leheriya (diagonal wave stripe) kurta, 3/4 sleeves, round neck; white palazzos; a potli
    # bag in hand. Caption: epoch-3 adapter, cut. Answers: extractive QA. No color column.
    case(
        "X1338-038",
        caption(
            "The lady wears a medium-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with stripe patterns", who="she"),
        Q.pattern("stripe"),
        color_of("kurta", "stripe", "non_answer", kind="open"),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Orange Leheriya Printed Straight Kurta",
        category="Kurtas",
    ),
    # Truth: pregnant model, olive knit nursing dress, short sleeves, round neck, overlap panel, knee length; a
    # bracelet and a ring. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-039",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with knitting fabric. It "
            "has a round neckline. There is an accessory on her wrist. This lady wears a ring on her finger. The lady "
            "wears a pair",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress", who="she"),
        Q.material("knitting"),
        details("dress", "round neckline"),
        color_of("dress", "", "non_answer", kind="open"),
        is_a("nursing dress", "a short-sleeve dress", "non_answer"),
        gender="Women",
        title="Momtobe Women Maternity Olive Green Solid Nursing Dress",
        category="Dresses",
        color="Olive",
    ),
    # Truth: black coated (wax-finish cotton) jeggings with a slight sheen, white long-sleeve shirt with collar.
    # Caption: epoch-3 adapter reads the coating as leather. Answers: extractive QA.
    case(
        "X1338-040",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers this female wears is of long length. The trousers are with leather "
            "fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", who="she"),
        Q.material("leather", "unsupported"),
        details("jeggings", "leather fabric and pure color", "unsupported"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="Dollar Missy Women Plus Size Black Coated Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Truth: beige cotton straight kurta with gold thread embroidery at the yoke, 3/4 sleeves, V-neck; beige pants;
    # mojaris. Caption: epoch-3 adapter, cut. Answers: extractive QA. No category column.
    case(
        "X1338-041",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt", who="she"),
        details("kurta", "", "non_answer"),
        describe("kurta", "a medium-sleeve shirt with pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        gender="Women",
        title="Varanga Plus Women Plus Size Beige Embroidered Straight Kurta",
        color="Beige",
    ),
    # Truth: navy peplum top with white polka dots, polyester chiffon, short flutter sleeves, round neck; white jeans.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA; color and material spans come from the jeans.
    case(
        "X1338-042",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="she"),
        Q.pattern("graphic"),
        color_of("top", "pure color", "other_garment_color", kind="open"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Curve by Kassually Women Plus Size Navy Blue Printed Peplum Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Truth: wine longline cotton tunic, long cuffed sleeves, round neck with button placket; black jeggings; a
    # coffee cup in hand. Caption: epoch-3 adapter shortens the sleeves. Answers: extractive QA.
    case(
        "X1338-043",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The lady",
            "unsupported",
            hit_limit=True,
        ),
        Q.sleeve_length("medium-sleeve", "unsupported"),
        wearing("a medium-sleeve shirt", "unsupported", who="she"),
        color_of("tunic", "", "non_answer", kind="open"),
        details("tunic", "round neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Mish Women Plus Size Wine Solid Longline Tunic",
        category="Tunics",
        color="Burgundy",
    ),
    # Truth: multicolour abstract-print kaftan dress, short batwing sleeves, V-neck, calf length; bangles and a ring.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1338-044",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The lady is "
            "wearing",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns", who="she"),
        color_of("dress", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Multicoloured Printed Kaftan Dress",
        category="Dresses",
        color="Multi",
    ),
    # Truth: side view: olive cotton-lycra jeggings, white long-sleeve collared shirt; the model has her hair tied
    # back. Caption: epoch-3 adapter makes her a man; the wearing span carries the pronoun. Answers: extractive QA.
    case(
        "X1338-045",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "pronoun",
            hit_limit=True,
        ),
        wearing("His shirt", "pronoun", who="she"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        details("jeggings", "cotton fabric and pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="AASK Plus Women Plus Size Olive Green Jeggings",
        category="Jeggings",
        color="Olive",
    ),
]
