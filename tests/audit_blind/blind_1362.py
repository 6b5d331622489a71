"""BLIND_1362 (45 products; Myntra women's plus-size and maternity, epoch-3 caption adapter + extractive QA): written
blind in the sixty-fourth session. Measured blind at d381b30 (the session's first rules): 91/130 failures found
(70.0%) and 12/143 correct texts flagged (8.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas and kurta sets, tunics, dresses, jeggings, a
few maternity tops and leggings). Photos are the catalog's usual shots: a model on a plain white, grey or beige
backdrop wearing the product with other clothes (leggings, palazzos, jeans, a tee over jeggings), a pregnant model
with a hand on the bump, a few back views, two flat lays, now and then a prop (handbag, coffee cup, straw hat,
clutch). Catalog columns are the feed's: title, category (Myntra article type), color (base colour), gender; a few
rows miss one of them.
Who wrote what: every caption comes from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens. It writes the DeepFashion-MultiModal template
and nothing else: no hue names (only pure color / floral / graphic / striped), no word for kurta, tunic or jeggings
(it says shirt, dress, T-shirt, tank top, upper clothing, pants, leggings), and since no end token was trained it
usually runs to the limit and stops mid-sentence, or starts the template over. Now and then a one-garment caption
(a dress) ends on a newline before the limit. Every answer is a span that timpal0l/mdeberta-v3-base-squad2
extracted from that caption (empty when the model preferred no answer), so answers never run to a token limit,
never leak the prompt, and carry the caption's vocabulary and mistakes; a span can be taken from the wrong garment
sentence or stop where the caption was cut. Questions per product are 4 to 6 from the experiments' list (What is
she wearing? Describe / details / color of the <garment>) and the closed ones (type, color, pattern, sleeve
length, material), plus a yes/no garment question twice.
Labeling conventions and judgement calls: one label per text; a caption with several faults gets the one I judge
most telling, in this order: loop, pronoun, contradiction with the title or category, invented content
(unsupported), then cut. So a cut caption that also calls a kurta a shirt is labeled contradiction, and hit_limit
still says it ran out. A kurta named "shirt", "dress" or "tank top", a dress named "T-shirt" or "shirt", jeggings or
leggings answered as the top ("T-shirt", "tank top", "upper clothing" as their type) are contradictions of the
category. A tunic named "shirt" I accept (a tunic is a long top), but a woven tunic called "T-shirt" or "dress" I
do not. Any color answer that is a pattern word ("pure color", "floral", "graphic", "striped") or empty is a
non_answer, because it names no color; when the pattern word belongs to the other garment in the caption (the
leggings' "pure color" for a printed kurta) it is other_garment_color instead. A material or pattern answer taken
from the other garment, or against the title ("Embroidered", "Yoke Design"), is a contradiction. Invented people
or garments in flat lays, an invented skirt or shorts under a dress, invented rings or watches, a wrong neckline,
are unsupported. "Upper clothing" or an attribute list as the answer to "What is she wearing?" or to the type
question, "long pants"/"long leggings" as the details, and a span with no answer to a yes/no question are
non_answers; "dress" back for "Describe the dress." is restated. The one caption that ran to the limit but ends
on a full stop with everything right (013) I leave unmarked with hit_limit=True. DeepFashion's "medium-sleeve" for
three-quarter sleeves and "stand" for a mandarin collar I count as right; georgette or crepe called chiffon too.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1362 = [
    # Photo: model in a navy kurta with a white floral print, three-quarter sleeves, round neck, white leggings,
    # silver bangles, plain grey backdrop. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction", who="she"),
        color_of("kurta", "pure color", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "round neckline"),
        gender=W,
        title="Sztori Women Plus Size Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: maroon georgette tunic, long sleeves, V-neck with tie, black jeggings, model holding a handbag, white
    # backdrop. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("shirt"),
        Q.material("chiffon"),
        details("tunic", "V-shape neckline"),
        gender=W,
        title="Athena Ample Women Plus Size Maroon Solid Tunic",
        category="Tunics",
        color="Maroon",
    ),
    # Photo: pregnant model in black over-belly jeggings and a white short-sleeve tee, front view, white backdrop.
    # Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "pure color", "non_answer"),
        details("jeggings", "cotton fabric and pure color patterns"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("cotton"),
        gender=W,
        title="Momsoon Maternity Women Black Solid Maternity Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: teal A-line kurta with gold foil ethnic motifs, three-quarter sleeves, mandarin collar, white palazzos,
    # gold bangle. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-004",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("graphic"),
        color_of("kurta", "graphic", "non_answer", kind="open"),
        details("kurta", "stand neckline"),
        Q.sleeve_length("medium-sleeve"),
        gender=W,
        title="Fabnest Curve Women Plus Size Teal Blue Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: black-and-white horizontally striped knit tunic, long sleeves, boat neck, blue jeans, white sneakers,
    # white backdrop. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-005",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns", who="she"),
        Q.pattern("striped"),
        Q.color("striped", "non_answer"),
        details("tunic", "cotton fabric"),
        Q.material("denim", "contradiction"),
        gender=W,
        title="Qurvii+ Women Plus Size Black & White Striped Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: mustard shirt-style tunic, roll-up long sleeves, spread collar, button placket, black jeggings, a watch
    # on the left wrist, beige backdrop. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-006",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "she wears is of long length. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        describe("tunic", "long sleeves, cotton fabric and pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        details("tunic", "lapel neckline"),
        gender=W,
        title="Sassafras Curve Women Plus Size Mustard Yellow Solid Shirt Style Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: pregnant model, hand on bump, navy wrap dress with a small floral print, short flutter sleeves, V-neck,
    # midi, thin bracelet, white backdrop. Caption: epoch-3 caption adapter (ended on a newline); answers: mdeberta
    # QA over the caption.
    case(
        "X1362-007",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        describe("dress", "short-sleeve dress with floral patterns"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        gender=W,
        title="Mine4Nine Women Maternity Navy Blue Floral Print Maternity Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: navy denim-look skinny jeggings, white short-sleeve top, white sneakers, a bangle, front view.
    # Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-008",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. The upper",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "pure color", "non_answer"),
        details("jeggings", "denim"),
        Q.garment_type("upper clothing", "contradiction"),
        Q.material("denim"),
        wearing("short sleeves, cotton fabric and pure color patterns", "non_answer", who="she"),
        gender=W,
        title="De Moza Women Plus Size Navy Blue Solid Skinny-Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: pink kurta with green floral print, three-quarter sleeves, round notched neck, matching floral
    # palazzos, a watch, plain white backdrop. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-009",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. There "
            "is an accessory on her wrist. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction", who="she"),
        Q.pattern("floral"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        details("palazzos", "cotton fabric and floral patterns"),
        Q.material("cotton"),
        gender=W,
        title="Libas Women Plus Size Pink & Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay on white: an off-white straight kurta with white chikankari embroidery all over, three-quarter
    # sleeves, round neck; no person, nothing else. Caption: epoch-3 caption adapter; answers: mdeberta QA over the
    # caption.
    case(
        "X1362-010",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "also wears an outer clothing, with",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium sleeves"),
        details("kurta", "round neckline"),
        Q.material("cotton"),
        gender=W,
        title="Aurelia Women Plus Size Off White Embroidered Straight Kurta",
        category="Kurtas",
    ),
    # Photo: black solid skater dress, short sleeves, round neck, knee length, black heels, hand on hip, white
    # backdrop. Caption: epoch-3 caption adapter (invents a separate skirt); answers: mdeberta QA over the caption.
    case(
        "X1362-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "three-point skirt", "unsupported"),
        gender=W,
        title="DressBerry Curve Women Plus Size Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: light blue stretch denim jeggings, white tee with a small graphic print, white sneakers, front view.
    # Caption: epoch-3 caption adapter (starts the template over); answers: mdeberta QA over the caption.
    case(
        "X1362-012",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The female wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        color_of("jeggings", "graphic", "other_garment_color"),
        details("jeggings", "denim fabric and pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("denim"),
        Q.pattern("pure color"),
        gender=W,
        title="Kraus Jeans Women Plus Size Blue Skinny Fit Stretchable Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model in a maroon short-sleeve top ruched at the sides, round neck, black maternity jeans, a
    # ring on her right hand, white backdrop. Caption: epoch-3 caption adapter (ran to the limit, ends on a full
    # stop); answers: mdeberta QA over the caption.
    case(
        "X1362-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is a ring on her finger.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("maternity top", "", "non_answer"),
        gender=W,
        title="Mamma's Maternity Women Maroon Solid Maternity Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: blue floral tiered maxi dress, long sleeves, V-neck with tie-up, model holding a straw hat in her hand,
    # white backdrop. Caption: epoch-3 caption adapter (loops); answers: mdeberta QA over the caption.
    case(
        "X1362-014",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is a hat on her head. The lady wears a long-sleeve dress with floral patterns. "
            "The dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "long-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        details("dress", "a hat on her head", "unsupported"),
        gender=W,
        title="Athena Ample Women Plus Size Blue Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: peach straight kurta with lace at the hem, three-quarter sleeves, V-neck, white trousers, a bracelet,
    # front view; no gender in the row. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-015",
        caption(
            "Her shirt has medium sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape. The "
            "pants she wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("medium sleeves"),
        details("kurta", "V-shape"),
        color_of("kurta", "", "non_answer", kind="open"),
        Q.material("cotton"),
        Q.garment_type("shirt", "contradiction"),
        title="W Women Plus Size Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: pregnant model, rust kurta with white block print and hidden nursing zips, three-quarter sleeves, round
    # neck, white leggings, no jewellery at all. Caption: epoch-3 caption adapter (invents a wrist accessory);
    # answers: mdeberta QA over the caption.
    case(
        "X1362-016",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. There is a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("medium sleeves, cotton fabric and graphic patterns", "non_answer", who="she"),
        details("kurta", "round neckline"),
        Q.pattern("graphic"),
        color_of("kurta", "graphic", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="The Mom Store Women Maternity Rust Orange Printed Feeding Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: lavender tunic, long bell sleeves, square neck, high-low hem, white jeggings, white backdrop.
    # Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        details("tunic", "square neckline"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Instafab Plus Women Plus Size Lavender Solid High-Low Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Photo: back view: black mid-rise jeggings showing the back pockets, grey melange oversized tee, white backdrop.
    # Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-018",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The person wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "pure color", "non_answer"),
        details("jeggings", "long pants", "non_answer"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        Q.material("denim"),
        gender=W,
        title="Roadster Women Plus Size Black Skinny Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: red floor-length anarkali kurta with blue ethnic motifs, long sleeves, round neck, flared, model mid
    # twirl. Caption: epoch-3 caption adapter (loops); answers: mdeberta QA over the caption.
    case(
        "X1362-019",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has a round neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        color_of("kurta", "graphic patterns", "non_answer", kind="open"),
        describe("kurta", "long-sleeve dress with graphic patterns", "contradiction"),
        Q.material("cotton"),
        gender=W,
        title="Sztori Women Plus Size Red & Blue Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: green floral wrap midi dress, short puff sleeves, V-neck, self tie at the waist, white sneakers.
    # Caption: epoch-3 caption adapter (ended on a newline); answers: mdeberta QA over the caption.
    case(
        "X1362-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her waist."
        ),
        describe("dress", "short-sleeve dress with floral patterns"),
        details("dress", "V-shape neckline"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        gender=W,
        title="Qurvii+ Women Plus Size Green Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: indigo dabu-print cotton kurta, three-quarter sleeves, mandarin collar with placket, white straight
    # pants, glass bangles, one hand in the side pocket. Caption: epoch-3 caption adapter; answers: mdeberta QA over
    # the caption.
    case(
        "X1362-021",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The upper",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("kurta", "stand neckline"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.pattern("graphic"),
        Q.color("pure color", "other_garment_color"),
        wearing("medium sleeves, cotton fabric and graphic patterns", "non_answer", who="she"),
        gender=W,
        title="Fabnest Curve Women Plus Size Indigo Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: pregnant model, charcoal over-belly jeggings, white tank top, an open denim jacket over it, white
    # backdrop. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. This lady also wears an outer",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "pure color", "non_answer"),
        wearing("a sleeveless tank top with pure color patterns", who="she"),
        details("jeggings", "denim fabric and pure color patterns"),
        Q.garment_type("tank top", "contradiction"),
        is_a("jeggings", "long pants", "non_answer", article="a pair of"),
        gender=W,
        title="Mine4Nine Women Maternity Charcoal Grey Solid Over-Belly Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: yellow kurta with floral print, three-quarter sleeves, V-neck, matching floral trousers, a green dupatta
    # over both shoulders. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-023",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns. This lady also wears an outer clothing, with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction", who="she"),
        Q.pattern("floral"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        details("trousers", "cotton fabric and floral patterns"),
        gender=W,
        title="Libas Plus Women Yellow Floral Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: rust tiered maxi dress, wide straps (sleeveless), square smocked neckline, sandals, model holding a
    # takeaway coffee cup, no rings, no bracelets. Caption: epoch-3 caption adapter (invents a ring and a wrist
    # accessory); answers: mdeberta QA over the caption.
    case(
        "X1362-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory in her hand. There is an accessory on her wrist. There is a ring "
            "on her finger. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("pure color", "non_answer"),
        describe("dress", "sleeveless dress with pure color patterns"),
        Q.material("cotton"),
        details("dress", "an accessory in her hand", "unsupported"),
        gender=W,
        title="Sassafras Curve Women Plus Size Rust Solid Smocked Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: back view: navy tunic with white geometric print, three-quarter sleeves, round neck with a keyhole and
    # tie at the back, white jeggings. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-025",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        color_of("tunic", "pure color", "other_garment_color", kind="open"),
        Q.sleeve_length("medium-sleeve"),
        details("tunic", "round neckline"),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        gender=W,
        title="Global Desi Women Plus Size Navy Blue & White Printed Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: flat lay: olive cotton jeggings laid out flat on white, faux front pockets, elastic waist; no person.
    # Caption: epoch-3 caption adapter (invents a lady and her T-shirt); answers: mdeberta QA over the caption.
    case(
        "X1362-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.material("cotton"),
        details("jeggings", "cotton fabric and pure color patterns"),
        wearing("a short-sleeve T-shirt with pure color patterns", "unsupported"),
        gender=W,
        title="De Moza Women Plus Size Olive Green Solid Cotton Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # Photo: pink floral shirt dress, long sleeves rolled up, collar, button front, fabric belt, knee length, white
    # backdrop. Caption: epoch-3 caption adapter (loops); answers: mdeberta QA over the caption.
    case(
        "X1362-027",
        caption(
            "Her dress has long sleeves, cotton fabric and floral patterns. It has a lapel neckline. There is an "
            "accessory on her waist. Her dress has long sleeves, cotton fabric and floral patterns. It has a lapel "
            "neckline. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "long sleeves, cotton fabric and floral patterns"),
        Q.sleeve_length("long sleeves"),
        details("dress", "lapel neckline"),
        Q.color("floral", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="Athena Ample Women Plus Size Pink Floral Printed Shirt Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: green sleeveless kurta with a white leaf print, round neck, white palazzos, a bangle; no gender in the
    # row. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-028",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("graphic"),
        color_of("kurta", "graphic", "non_answer", kind="open"),
        details("kurta", "round neckline"),
        title="Vishudh Women Plus Size Green Printed Sleeveless Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: pregnant model in a navy-and-white striped T-shirt dress, short sleeves, round neck, knee length, white
    # sneakers. Caption: epoch-3 caption adapter (splits the dress into a T-shirt and shorts); answers: mdeberta QA
    # over the caption.
    case(
        "X1362-029",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns", "contradiction", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        color_of("dress", "striped", "non_answer", kind="open"),
        details("dress", "three-point shorts", "unsupported"),
        gender=W,
        title="Momsoon Maternity Women Navy Blue Striped Maternity & Nursing T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: short-haired model in a white cotton tunic with white schiffli embroidery on the yoke, three-quarter
    # sleeves, notched V-neck, blue jeans, a watch. Caption: epoch-3 caption adapter ("the man"); answers: mdeberta QA
    # over the caption.
    case(
        "X1362-030",
        caption(
            "The man wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        Q.material("cotton"),
        Q.pattern("pure color", "contradiction"),
        details("tunic", "an accessory on his wrist", "pronoun"),
        Q.color("pure color", "non_answer"),
        gender=W,
        title="Qurvii+ Women Plus Size White Embroidered Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: black solid straight kurta, long sleeves, round neck edged with gold lace, black leggings, model holding
    # a clutch. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-031",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory in her hand. The upper clothing",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        details("kurta", "round neckline"),
        gender=W,
        title="Rangriti Women Plus Size Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: red sheath dress, short sleeves, round neck, knee length, black heels, grey backdrop. Caption: epoch-3
    # caption adapter (ended on a newline); answers: mdeberta QA over the caption.
    case(
        "X1362-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        describe("dress", "dress", "restated"),
        gender=W,
        title="Instafab Plus Women Plus Size Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: pregnant model standing sideways, mustard floral tunic, long sleeves, V-neck with nursing zip, blue
    # maternity jeans, a watch. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-033",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        color_of("tunic", "pure color", "other_garment_color", kind="open"),
        details("tunic", "V-shape neckline"),
        Q.material("denim", "contradiction"),
        describe("tunic", "long-sleeve shirt with floral patterns"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="The Mom Store Women Maternity Mustard Yellow Floral Print Maternity Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: pregnant model in a white-and-black striped nursing top with a crossover front panel, long sleeves,
    # round neck, plain black leggings. Caption: epoch-3 caption adapter (stripes the leggings too); answers: mdeberta
    # QA over the caption.
    case(
        "X1362-034",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and striped "
            "patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        wearing("a long-sleeve T-shirt with striped patterns", who="she"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Mine4Nine Women Maternity White & Black Striped Nursing Top",
        category="Tops",
        color="White",
    ),
    # Photo: blue kurta with a white floral print, three-quarter sleeves, round neck, white palazzos, a dupatta held
    # in one hand, bangles. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-035",
        caption(
            "Her dress has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. The pants "
            "she wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. There is a",
            "contradiction",
            hit_limit=True,
        ),
        describe("kurta", "medium sleeves, cotton fabric and floral patterns"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "", "non_answer", kind="open"),
        Q.sleeve_length("medium sleeves"),
        details("kurta", "round"),
        gender=W,
        title="Biba Women Plus Size Blue & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: teal A-line midi dress, long puff sleeves, V-neck, waist tie, model holding a handbag, no rings, beige
    # backdrop. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory in her hand. There is an accessory on her waist. There is a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "long-sleeve dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "a ring on her", "cut"),
        Q.garment_type("dress"),
        Q.material("chiffon"),
        gender=W,
        title="DressBerry Curve Women Plus Size Teal Green Solid A-Line Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: navy straight kurta with a gold embroidered yoke, three-quarter sleeves, round neck, navy palazzos,
    # plain white backdrop. Caption: epoch-3 caption adapter (loops); answers: mdeberta QA over the caption.
    case(
        "X1362-037",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has medium sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("medium sleeves"),
        Q.pattern("pure color", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        details("kurta", "round neckline"),
        wearing("The upper clothing", "non_answer", who="she"),
        gender=W,
        title="Libas Plus Women Navy Blue Yoke Design Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: black woven tunic with a red floral print, short sleeves, round neck, side slits, black jeggings.
    # Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-038",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        details("tunic", "round neckline"),
        gender=W,
        title="Sztori Women Plus Size Black Floral Printed Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: blue washed jeggings, white long-sleeve collared shirt knotted at the waist, a watch; the row has no
    # color. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "pure color", "non_answer"),
        details("jeggings", "denim fabric and pure color patterns"),
        Q.material("denim"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("pure color"),
        gender=W,
        title="U&F Curve Women Plus Size Blue Washed Skinny Jeggings",
        category="Jeggings",
    ),
    # Photo: pink georgette kaftan tunic with gold print, short kimono sleeves, V-neck, white pants, a bracelet.
    # Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-040",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="she"),
        details("tunic", "V-shape neckline"),
        Q.material("chiffon"),
        Q.color("graphic", "non_answer"),
        gender=W,
        title="Fabnest Curve Women Plus Size Pink Printed Kaftan Tunic",
        category="Tunics",
        color="Pink",
    ),
    # Photo: pregnant model, olive shirt dress, long sleeves rolled to the elbow, collar, button front, knee length,
    # white sneakers, hand on bump. Caption: epoch-3 caption adapter ("the gentleman", invented shorts); answers:
    # mdeberta QA over the caption.
    case(
        "X1362-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "lapel neckline"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="Mamma's Maternity Women Olive Green Solid Maternity Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: black dress with white polka dots, flutter sleeves, V-neck, knee length, red heels, white backdrop.
    # Caption: epoch-3 caption adapter (ended on a newline); answers: mdeberta QA over the caption.
    case(
        "X1362-042",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline."
        ),
        describe("dress", "short-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.garment_type("dress"),
        wearing("a short-sleeve dress", who="she"),
        gender=W,
        title="Sassafras Curve Women Plus Size Black & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: off-white longline tunic with a blue paisley print, long sleeves, mandarin collar, side slits, blue
    # jeggings, model holding sunglasses. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1362-043",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is an accessory in her hand",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("graphic"),
        details("tunic", "stand neckline"),
        color_of("tunic", "pure color", "other_garment_color", kind="open"),
        Q.material("cotton"),
        gender=W,
        title="Instafab Plus Women Plus Size Off White & Blue Printed Longline Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: back view: maroon ethnic maxi dress with gold motifs, three-quarter sleeves, round neck with a tie-up
    # dori at the back, flared. Caption: epoch-3 caption adapter (loops); answers: mdeberta QA over the caption.
    case(
        "X1362-044",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a medium-sleeve dress with graphic "
            "patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "medium-sleeve dress with graphic patterns"),
        color_of("dress", "graphic", "non_answer", kind="open"),
        Q.sleeve_length("medium-sleeve"),
        details("dress", "round neckline"),
        Q.material("cotton"),
        gender=W,
        title="Libas Plus Women Maroon Ethnic Motifs Printed A-Line Maxi Ethnic Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: pregnant model in black belly-support leggings and a long grey round-neck tee, white backdrop.
    # Caption: epoch-3 caption adapter (gives the tee a V neck); answers: mdeberta QA over the caption.
    case(
        "X1362-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        color_of("leggings", "pure color", "non_answer"),
        Q.garment_type("T-shirt", "contradiction"),
        details("leggings", "long leggings", "non_answer"),
        Q.material("cotton"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        gender=W,
        title="The Mom Store Women Maternity Black Solid Belly Support Leggings",
        category="Leggings",
        color="Black",
    ),
]
