"""BLIND_1482 (45 products; Myntra women's plus-size and maternity feed): written blind in the sixty-fifth session.
Measured blind at eb96f22 (the session's fourth rules): 101/119 failures found (84.9%) and 33/196 correct texts
flagged (16.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, kurta sets, tunics, dresses, maternity tops
and jeggings). Catalog columns as the feed has them: title, category (Myntra's article type), color (base colour) and
gender; a few rows lack one column. Photos are Myntra's usual shots: a model on a plain light backdrop wearing the
product with other clothes (palazzos or leggings under kurtas and tunics, a tee or shirt over jeggings), a few back
views, a waist-down crop, two product-only flat lays, props (a clutch, a straw hat, sunglasses, a cup).
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It speaks only the DeepFashion-MultiModal template: no kurta, tunic or
jeggings, no hue names (its "colors" are pure color, floral, graphic, stripe, color block), and since no
end-of-caption token was ever trained it nearly always runs to the 50-token limit, cut mid-sentence or looping on a
sentence. Every answer is a span that timpal0l/mdeberta-v3-base-squad2 extracted from that caption (an empty string
when it found none), so answers are never longer than the caption allows, never leak the prompt, and carry the
caption's errors; none of them hit a token limit. The questionnaire is the same for every product: What is the
person wearing? and the blind set's garment type, color, pattern, sleeve length and material questions.
Labeling conventions and judgement calls: a caption that is cut mid-sentence is `cut`; when it is also wrong in
content (pronoun, a kurta called a dress, a fabric the title contradicts, an invented hat or ring) the label names
the content error instead, the cut still shows through hit_limit. A caption that ran to the limit but happens to end
on a full stop with nothing wrong in it is left correct. Color answers that give a pattern word ("pure color",
"floral", "stripe", "graphic") or nothing are `non_answer`; "color block" for a base colour of Multi is accepted.
Shirt, T-shirt or top for a kurta or tunic is accepted as the nearest class this model has; "dress" for a kurta,
Anarkali included, is a `contradiction` with the title, as is a shirt's name for a dress. For jeggings, the answers
QA took from the top's sentence (garment type "T-shirt", sleeve length "short-sleeve", the shirt's fabric) are
`contradiction`; "pants", "trousers" or "leggings" are accepted. The wearing answer is judged on the photo, so the
model's tee over jeggings is a correct answer there. Fabric guesses the photo cannot refute (cotton for a rayon-looking
kurta) are accepted; a fabric the title contradicts is `contradiction`, one only the photo refutes is `unsupported`,
as are sleeves the photo shows otherwise and accessories nobody wears. A sleeve answer that is not about sleeves
("long leggings") is `non_answer`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1482 = [
    # Photo: model in a green straight calf-length kurta with a small white ethnic-motif print, full sleeves, round
    # neck, over white palazzos; silver bangle. Caption: epoch-3 adapter, cut at the limit; answers: extractive QA.
    case(
        "X1482-001",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Green Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: pregnant model, hand on her belly, maroon knee-length wrap dress with a tie at the waist, short flutter
    # sleeves, V-neck, black sandals. Caption: epoch-3 adapter, starts over and loops; answers: extractive QA.
    case(
        "X1482-002",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is a belt. The lady wears a short-sleeve dress with pure color patterns. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mamma Presto Women Maroon Solid Maternity Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: model in navy slim jeggings with a loose white short-sleeve tee, white sneakers, front view.
    # Caption: epoch-3 adapter, leads with the tee, cut; answers: extractive QA (three taken from the tee's sentence).
    case(
        "X1482-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        gender="Women",
        title="Qurvii Plus Size Women Navy Blue Slim Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: mustard longline tunic, mandarin collar, roll-up three-quarter sleeves, side slits, over black jeggings.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (nothing found for the color).
    case(
        "X1482-004",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Instafab Plus Women Mustard Yellow Solid Longline Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: blue A-line kurta with a gold floral-print yoke, three-quarter sleeves, matching blue palazzos, a sheer
    # dupatta over one shoulder; matte rayon. Caption: epoch-3 adapter calls the kurta a dress, cut; answers: QA.
    case(
        "X1482-005",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. This woman has neckwear. The lady wears a long trousers. The trousers are with chiffon "
            "fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Libas Plus Women Blue Floral Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: black fit-and-flare midi with white polka dots, short puff sleeves, square neck, self-tie belt; no ring,
    # a thin bracelet. Caption: epoch-3 adapter adds a ring, cut; answers: extractive QA.
    case(
        "X1482-006",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "square neckline. There is a belt. There is an accessory on her wrist. This lady wears a ring. The lady "
            "wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Sztori Women Plus Size Black & White Polka Dot Printed Fit and Flare Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view, black high-rise jeggings with back pockets, grey short-sleeve tee, hand on hip, a watch.
    # Caption: epoch-3 adapter, cut as it starts the wrist sentence again; answers: extractive QA.
    case(
        "X1482-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("trousers"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Black Solid High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: off-white straight kurta with a small pink floral print, three-quarter sleeves, round neck with a keyhole,
    # pink cigarette pants, a clutch in one hand, a ring. Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1482-008",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This lady wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Women Plus Size Off-White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: pregnant model, teal sleeveless maxi with nursing zips, V-neck, front view, white backdrop.
    # Caption: epoch-3 adapter, ran to the limit but ends on a full stop, nothing wrong; answers: extractive QA.
    case(
        "X1482-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. This woman wears a long dress. The dress is with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Wobbly Walk Women Teal Blue Solid Maternity Nursing Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: navy and white horizontally striped tunic, short sleeves, boat neck, over white jeggings.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1482-010",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a short",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with stripe patterns"),
        Q.garment_type("shirt"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue & White Striped Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: short-haired model in a rust straight kurta, full sleeves, mandarin collar, front placket, white trousers.
    # Caption: epoch-3 adapter takes her for a man, cut on "His"; answers: extractive QA.
    case(
        "X1482-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Indya Plus Women Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: pregnant model in a pink maternity top with white flowers, short sleeves, ruched sides, blue jeans, a
    # watch. Caption: epoch-3 adapter, ends on a full stop at the limit, correct; answers: extractive QA.
    case(
        "X1482-012",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns"),
        Q.garment_type("T-shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Momtobe Women Pink Floral Printed Maternity Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: back view, maroon A-line kurta with gold foil print, three-quarter sleeves, tie-up dori at the back neck,
    # white pants. Caption: epoch-3 adapter calls the kurta a dress, cut; answers: extractive QA.
    case(
        "X1482-013",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Plus Size Maroon Printed A-Line Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: waist-down crop, olive jeggings, the hem of a black top, white sneakers. Gender column empty in the feed.
    # Caption: epoch-3 adapter loops on its two sentences; answers: extractive QA.
    case(
        "X1482-014",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a long "
            "leggings. The leggings",
            "loop",
            hit_limit=True,
        ),
        wearing("a long leggings"),
        Q.garment_type("leggings"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long leggings", "non_answer"),
        Q.material("cotton fabric"),
        title="Go Colors Women Plus Size Olive Green Solid Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # Photo: olive shirt dress, full sleeves rolled to the elbow, collar, button front, self belt, knee length, white
    # sneakers, sunglasses held in one hand, bare wrists. Caption: epoch-3 adapter puts the glasses on her and invents
    # a wrist accessory, cut; answers: extractive QA.
    case(
        "X1482-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt. This person wears glasses. There is an accessory on her wrist. The lady "
            "wears a long-sleeve",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Mast & Harbour Plus Size Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: flat lay on white, no person: peach tunic with schiffli embroidery at the hem, three-quarter sleeves,
    # round neck with a keyhole. Category column empty. Caption: epoch-3 adapter invents a lady, her ring and
    # trousers, cut; answers: extractive QA.
    case(
        "X1482-016",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a long "
            "trousers. The trousers are",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Peach-Coloured Embroidered Tunic",
        color="Peach",
    ),
    # Photo: navy ankle-length flared Anarkali kurta with white floral block print, three-quarter sleeves, round neck,
    # churidar barely showing, gold bangles. Caption: epoch-3 adapter calls it a dress, cut; answers: extractive QA.
    case(
        "X1482-017",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Women Plus Size Navy Blue Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: pregnant model holding her belly, black maxi with red roses, full sleeves, V-neck, smocked waist.
    # Caption: epoch-3 adapter loops on the length sentence; answers: extractive QA.
    case(
        "X1482-018",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon fabric"),
        gender="Women",
        title="The Mom Store Women Black & Red Floral Print Maternity Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: grey washed jeggings, black short-sleeve tee, black shoes, a steel watch.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1482-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim fabric"),
        gender="Women",
        title="Qurvii Plus Size Women Grey Washed Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: yellow straight kurta and matching trousers, both with a white floral print, three-quarter sleeves,
    # V-neck, a bracelet. Caption: epoch-3 adapter, right but cut; answers: extractive QA.
    case(
        "X1482-020",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Indya Plus Women Yellow Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: sheer lavender georgette tunic over a camisole, three-quarter bell sleeves, V-neck with a tie, white
    # jeggings. Caption: epoch-3 adapter says cotton against the title's georgette, cut; answers: extractive QA.
    case(
        "X1482-021",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton fabric", "contradiction"),
        gender="Women",
        title="Pluss Women Plus Size Lavender Solid Georgette Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Photo: A-line knee-length dress in teal, mustard and white colour-blocked panels, short sleeves, round neck,
    # a bracelet and a ring. Caption: epoch-3 adapter loops on its accessory sentences; answers: extractive QA.
    case(
        "X1482-022",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory on her "
            "wrist. This lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with color block patterns"),
        Q.garment_type("dress"),
        Q.color("color block"),
        Q.pattern("color block patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Sztori Women Plus Size Multicoloured Colourblocked A-Line Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: side view of a pregnant model, navy knee-length A-line dress with a white leaf print, three-quarter
    # sleeves, round neck, a watch. Caption: epoch-3 adapter in its upper/lower-clothing template, cut; answers: QA.
    case(
        "X1482-023",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has graphic patterns. There is an "
            "accessory on her wrist. This woman",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Mamma Presto Women Navy Blue Printed Maternity A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: mid-blue skinny jeggings with faux front pockets, a white full-sleeve shirt tucked in, brown belt.
    # Caption: epoch-3 adapter, leads with the shirt, cut; answers: extractive QA, mostly from the shirt's sentences.
    case(
        "X1482-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a belt. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton fabric", "contradiction"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: emerald chanderi kurta with a sheen and thread embroidery on the yoke, three-quarter sleeves, round neck,
    # white palazzos, jhumkas. Caption: epoch-3 adapter, fabric "other", cut; answers: extractive QA.
    case(
        "X1482-025",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("other fabric", "non_answer"),
        gender="Women",
        title="Libas Plus Women Green Chanderi Silk Embroidered Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: red tunic with a small white geometric print, full sleeves with cold-shoulder cut-outs, round neck, black
    # jeggings. Caption: epoch-3 adapter sees the bare shoulders and says sleeveless, cut; answers: extractive QA.
    case(
        "X1482-026",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless shirt with graphic patterns", "unsupported"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("sleeveless", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Qurvii Plus Size Women Red Geometric Printed Cold-Shoulder Tunic",
        category="Tunics",
        color="Red",
    ),
    # Photo: red wrap maxi dress, short sleeves, V-neck, tie at the waist, a watch. Caption: epoch-3 adapter in its
    # "The dress this lady wears" template, slips to "his", cut; answers: extractive QA.
    case(
        "X1482-027",
        caption(
            "The dress this lady wears has short sleeves and it is with chiffon fabric and pure color patterns. The "
            "neckline of it is V-shape. There is a belt. There is an accessory on his wrist. The dress this lady wears",
            "pronoun",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon fabric"),
        gender="Women",
        title="Sztori Women Plus Size Red Solid Wrap Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: pregnant model, black over-belly jeggings under a grey full-sleeve maternity tee, white sneakers.
    # Caption: epoch-3 adapter, leads with the tee, cut; answers: extractive QA.
    case(
        "X1482-028",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Wobbly Walk Women Black Solid Maternity Over-Belly Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: pink straight kurta with white bandhani dots, three-quarter sleeves, round notch neck, white palazzos.
    # Caption: epoch-3 adapter loops on the fabric sentence; answers: extractive QA (the material span spans the loop).
    case(
        "X1482-029",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The shirt is "
            "with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with "
            "cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton fabric. The shirt is with cotton fabric", "loop"),
        gender="Women",
        title="Amydus Women Plus Size Pink Bandhani Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: black short-sleeve bodycon midi in a stretch knit, round neck, a bracelet and a ring, black heels. Color
    # column empty. Caption: epoch-3 adapter, ends on a full stop at the limit, correct; answers: extractive QA.
    case(
        "X1482-030",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a "
            "ring.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitting fabric"),
        gender="Women",
        title="Pluss Women Plus Size Black Solid Bodycon Midi Dress",
        category="Dresses",
    ),
    # Photo: navy ankle-length jeggings, a white short-sleeve tee, white sneakers. Caption: epoch-3 adapter lets a hue
    # through for once and gives the tee's white to the pants too, cut; answers: extractive QA.
    case(
        "X1482-031",
        caption(
            "The lady wears a short-sleeve white T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a long white pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "other_garment_color",
            hit_limit=True,
        ),
        wearing("a short-sleeve white T-shirt with pure color patterns"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Go Colors Women Plus Size Navy Blue Solid Ankle-Length Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: pregnant model, indigo kurta with white dabu print and side nursing zips, three-quarter sleeves, round
    # neck, white leggings. Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1482-032",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("medium-sleeve shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Momtobe Women Blue Printed Maternity & Nursing Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: yellow tiered cotton maxi with white daisies, wide straps, square neck, a straw hat held at her side, bare
    # wrists. Caption: epoch-3 adapter puts the hat on her head and adds wrist and ring, cut; answers: extractive QA.
    case(
        "X1482-033",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a hat. There is an accessory on her wrist. This lady wears a ring. "
            "The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon fabric"),
        gender="Women",
        title="Sztori Women Plus Size Yellow Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: grey melange knit straight kurta, full sleeves, round neck, black leggings. Caption: epoch-3 adapter in
    # its upper/lower template, starts a new description at the end and is cut; answers: extractive QA.
    case(
        "X1482-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady wears a "
            "long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("long-sleeve shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Plus Size Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: teal rayon tunic with a high-low hem, short sleeves, V-neck, white jeggings, a coffee cup in hand and a
    # thin bracelet. Caption: epoch-3 adapter, right but cut; answers: extractive QA.
    case(
        "X1482-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Teal Solid Asymmetric Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: pregnant model, olive full-sleeve nursing top with a layered flap across the chest, round neck, blue
    # jeans. Caption: epoch-3 adapter, cut; answers: extractive QA (nothing found for the color).
    case(
        "X1482-036",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="The Mom Store Women Olive Green Solid Maternity Nursing Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: black solid straight kurta with a narrow white printed border at the hem and cuffs, full sleeves, round
    # neck, plain white palazzos. Caption: epoch-3 adapter takes the border for a floral print on both garments,
    # against the title's "Solid", cut; answers: extractive QA.
    case(
        "X1482-037",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral patterns. There "
            "is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Women Plus Size Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: back view, purple jersey empire-waist maxi, three-quarter sleeves, round neck, a bangle and a ring.
    # Caption: epoch-3 adapter, cut mid-word; answers: extractive QA.
    case(
        "X1482-038",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. The dress is with kn",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("knitting fabric"),
        gender="Women",
        title="Qurvii Plus Size Women Purple Solid Empire Maxi Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: peach kurta with white thread embroidery, three-quarter sleeves, V-neck, peach palazzos, an organza
    # dupatta over both arms and round the neck, a bracelet. Caption: epoch-3 adapter in its "is wearing ... and"
    # template, repeats the wrist sentence and is cut before the fabric word ends; answers: extractive QA.
    case(
        "X1482-039",
        caption(
            "This woman is wearing a medium-sleeve shirt with pure color patterns and a long trousers. This woman has "
            "neckwear. There is an accessory on her wrist. There is an accessory on her wrist. The shirt is with chif",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chif", "cut"),
        gender="Women",
        title="Indya Plus Women Peach Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: product only, maroon jeggings laid flat on white, no person. Caption: epoch-3 adapter invents the lady,
    # her wrist accessory and ring, then repeats itself; answers: extractive QA.
    case(
        "X1482-040",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. This lady wears a ring. The lady wears a long leggings. The leggings are with "
            "cotton fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long leggings"),
        Q.garment_type("leggings"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long leggings", "non_answer"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Go Colors Women Plus Size Maroon Solid Jeggings",
        category="Jeggings",
        color="Maroon",
    ),
    # Photo: white cotton chikankari tunic, three-quarter sleeves, round neck, blue jeggings, a silver bangle.
    # Caption: epoch-3 adapter, ends on a full stop at the limit, correct; answers: extractive QA.
    case(
        "X1482-041",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Sztori Women Plus Size White Chikankari Embroidered Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: short-haired model in a blue and white pinstriped knee-length shirt dress, full sleeves, collar, loafers.
    # Caption: epoch-3 adapter takes her for a man and splits the dress into a shirt and shorts, ends on a full stop
    # at the limit; answers: extractive QA.
    case(
        "X1482-042",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Instafab Plus Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: mustard A-line kurta with an indigo floral print, short sleeves, round neck, white pants, a watch.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1482-043",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Libas Plus Women Mustard Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: pregnant model in a bottle-green knee-length shift dress with short puff sleeves, round neck, a bracelet
    # and a ring. Caption: epoch-3 adapter gives it long sleeves and repeats the ring sentence; answers: extractive QA.
    case(
        "X1482-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a "
            "ring. This lady wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "unsupported"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Mamma Presto Women Green Solid Maternity Shift Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black longline tunic top with a white typography print, short sleeves, round neck, blue jeggings, a
    # watch. Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1482-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Qurvii Plus Size Women Black Typography Printed Longline Tunic Top",
        category="Tunics",
        color="Black",
    ),
]
