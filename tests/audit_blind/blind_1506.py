"""BLIND_1506 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-fifth session. Measured blind at 71dbb3c (the session's sixth rules): 103/126 failures found (81.7%) and
26/181 correct texts flagged (14.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear: 14 dresses, 12 kurtas, 8 tunics, 9 jeggings, 2 tops.
The usual catalog shots: a plus-size or pregnant model on a plain backdrop wearing the product with other clothes
(palazzos, leggings, jeans, a tee over the jeggings), two flat lays, two back views, a few props (clutch, straw hat,
coffee cup, sunglasses). Columns as the feed has them: title, category (Myntra article type), color (base colour),
gender; gender is missing on a few rows, as in the feed.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
Salesforce/blip2-opt-2.7b, greedy, 50 new tokens). Every answer is timpal0l/mdeberta-v3-base-squad2 run over that
caption (a span of the caption, or "" when it finds no answer); the VQA model answers nothing here. So the answers
inherit the caption's vocabulary: the DeepFashion template has no hue names (only "pure color", "floral", "graphic",
"striped", "lattice"...) and no word for kurta, tunic or jeggings, which it calls dress, shirt, T-shirt, tank top,
leggings or pants.
Labeling conventions and judgement calls:
- Every caption ran to the 50-token limit (the adapter never learned to stop; after a short template it pads out
  with <pad>, which decoding strips), so all captions carry hit_limit=True. A caption that ends mid-phrase is `cut`;
  one that happens to end on a full sentence is not cut and is judged on its content. Answers are extracted spans,
  never generated, so none has hit_limit.
- One label per text. For captions, a more serious fault wins over `cut`: invented person and pants on a flat lay
  (unsupported), "The gentleman"/"His" for a woman (pronoun), the tee's checks given to solid leggings
  (contradiction). A repeating caption is `loop` even though it is also cut.
- Color questions answered with a pattern word or "pure color", or "", are `non_answer`; when the pattern word is the
  other garment's (the striped tee's "striped" for grey jeggings) it is `other_garment_color`.
- Kurta called dress/shirt/T-shirt/tank top, tunic called shirt/T-shirt/tank top, jeggings called T-shirt/shirt/
  sweater (the top): `contradiction` (against the title and article type). Jeggings called "leggings" or "pants",
  and a knit maternity nursing top called "T-shirt", I accepted as correct. A woven embroidered top called "T-shirt"
  I did not.
- Extractive QA cannot say yes or no: "" to "Is this a kurta?" is `non_answer`, "dress" is `contradiction`.
- "graphic" accepted for ethnic-motif, block, geometric, abstract and polka-dot prints; "pure color" accepted when
  embroidery is only a yoke or tone-on-tone, not when it covers the kurta (X1506-017).
- Three-quarter sleeves: "medium-sleeve" correct, "long-sleeve" wrong (`unsupported`, only the photo shows it).
  Details, material or neckline taken from the other garment in the caption are `contradiction`; a neckline or
  accessory the photo does not show (back view, covered wrists) is `unsupported`.
- "The dress this woman wears" for "Describe the garment." is `restated`; "other" for material is `non_answer`.
- No prompt leaks: the caption is generated without a prompt and the answers are spans of it.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a

BLIND_1506 = [
    # Photo: plus-size model, front view, grey backdrop: teal straight kurta with white ethnic-motif print,
    # three-quarter sleeves, round neck, over white palazzos; glass bangles on her wrist. Caption: epoch-3 adapter;
    # answers: QA.
    case(
        "X1506-001",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns and a long pants", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Teal Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: pregnant model in side view, hand on the bump, white backdrop: black solid maxi dress, short sleeves, round
    # neck, ankle length; wedding ring visible. Caption: epoch-3 adapter (clean end, then pads); answers: QA.
    case(
        "X1506-002",
        caption(
            "The dress this woman wears has short sleeves and it is of ankle length. It is with cotton fabric and "
            "pure color patterns. The neckline of it is round. There is a ring on her finger.",
            hit_limit=True,
        ),
        Q.wearing("dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        Q.details("The neckline of it is round"),
        gender="Women",
        title="MomToBe Women Black Solid Maternity Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: plus-size model, front view: navy skinny jeggings worn with a white short-sleeve graphic-print tee
    # (untucked), white sneakers. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with graphic patterns and a long leggings"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        Q.details("its neckline is round", "contradiction"),
        is_a("jeggings", "", "non_answer", article="a pair of"),
        gender="Women",
        title="Zelocity Women Plus Size Navy Blue Skinny-Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: plus-size model, front view: mustard yellow solid longline tunic, long sleeves with roll-up tabs, mandarin
    # collar, half placket, side slits, over black leggings. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is standing. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.details("its neckline is standing"),
        Q.material("cotton"),
        gender="Women",
        title="Qurvii+ Women Plus Size Mustard Yellow Solid Longline Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: plus-size model, front view, white backdrop: navy blue A-line knee-length dress with small white polka
    # dots, short flutter sleeves, V-neck, self tie belt; a straw handbag over her forearm. Caption: epoch-3 adapter
    # (clean end); answers: QA.
    case(
        "X1506-005",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of knee length. It is with "
            "chiffon fabric and its neckline is v-shape. There is an accessory on her wrist. The lady wears a belt.",
            hit_limit=True,
        ),
        Q.wearing("short-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        Q.details("The lady wears a belt"),
        gender="Women",
        title="DressBerry Curve Women Navy Blue Polka Dot A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: BACK view of a plus-size model: pink floral anarkali kurta, three-quarter sleeves, keyhole back with tassel
    # tie, white palazzos; hands not visible. (The front, seen in the other shots, has a V-neck.) Caption: epoch-3
    # adapter; answers: QA.
    case(
        "X1506-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of ankle length. It is with cotton "
            "fabric and its neckline is round. There is an accessory on her wrist. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.details("its neckline is round", "unsupported"),
        Q.material("cotton"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Anubhutee Women Plus Size Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: pregnant model, front view: peach maternity shirt dress with full button placket for nursing, long sleeves,
    # shirt collar, tie belt, knee length; a watch on her wrist. Caption: epoch-3 adapter (clean end); answers: QA.
    case(
        "X1506-007",
        caption(
            "The dress this woman wears has long sleeves and it is of knee length. It is with cotton fabric and pure "
            "color patterns. The neckline of it is lapel. The lady wears a belt. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.wearing("dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.description("The dress this woman wears", "restated"),
        Q.details("The neckline of it is lapel"),
        Q.material("cotton"),
        gender="Women",
        title="Momsoon Women Peach Maternity Nursing Shirt Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: pregnant model, side view: black maternity jeggings in matte cotton-lycra knit with a jersey over-belly
    # panel, worn under a grey melange long-sleeve tee that covers the panel. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-008",
        caption(
            "Her T-shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "the female wears is of long length. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.material("denim", "unsupported"),
        Q.details("The pants the female wears is of long length"),
        gender="Women",
        title="Mine4Nine Women Black Solid Maternity Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: plus-size model, front view: black and white horizontal striped high-low tunic, short sleeves, wide round
    # (boat) neck, over blue jeans. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-009",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("denim pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.details("its neckline is round"),
        gender="Women",
        title="Sassafras Curve Women Black & White Striped High-Low Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: plus-size model, front view: olive green straight kurta, solid body with a tonal thread-embroidered yoke,
    # mandarin collar, long sleeves, side slits, white trousers. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-010",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric. It has a standing neckline. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns and a long trousers", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.details("It has a standing neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Plus Women Olive Green Yoke Design Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: pregnant model seated on a white stool: pink floral wrap maxi dress, long sleeves, wrap V-neck, ankle
    # length, flowy rayon. Caption: epoch-3 adapter (repeats its second sentence); answers: QA.
    case(
        "X1506-011",
        caption(
            "The dress this woman wears has long sleeves and it is of ankle length. It is with chiffon fabric and "
            "floral patterns. The neckline of it is v-shape. The dress is with chiffon fabric and floral patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.details("The neckline of it is v-shape"),
        Q.material("chiffon"),
        gender="Women",
        title="Mine4Nine Women Pink Floral Print Maternity Wrap Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: plus-size model, front view: mid-blue washed skinny jeggings with faded thighs, worn with a black
    # sleeveless top, untucked. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-012",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "the female wears is of long length. The pants are with denim fabric and solid color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("tank top"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("solid color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender="Women",
        title="De Moza Women Plus Size Blue Washed Skinny Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: plus-size model, front view: red solid bodycon midi dress, sleeveless, square neck, holding a gold clutch;
    # a bracelet on one wrist, no ring on either hand. Caption: epoch-3 adapter (clean end); answers: QA.
    case(
        "X1506-013",
        caption(
            "The woman is wearing a sleeveless dress with pure color patterns. The dress is of knee length. It is "
            "with knitted fabric and its neckline is square. There is an accessory on her wrist. There is a ring on "
            "her finger.",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("sleeveless dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description("a sleeveless dress with pure color patterns"),
        Q.details("its neckline is square"),
        Q.material("knitted"),
        gender="Women",
        title="Sassafras Curve Women Red Solid Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: FLAT LAY, no model: mustard cotton straight kurta with a small block print, three-quarter sleeves, round
    # neck. Caption: epoch-3 adapter (invents a wearer and pants); answers: QA.
    case(
        "X1506-014",
        caption(
            "The lady wears a medium-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Plus Size Mustard Block Print Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: pregnant model, front view: olive green knit maternity nursing tunic with concealed side zips, short
    # sleeves, round neck, over black leggings. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.details("its neckline is round"),
        gender="Women",
        title="Momsoon Women Olive Green Maternity Nursing Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: pregnant model in side profile, hand on the bump: grey melange knee-length T-shirt dress with ruched sides,
    # short sleeves, round neck, white sneakers; wedding ring visible. Caption: epoch-3 adapter (clean end); answers:
    # QA.
    case(
        "X1506-016",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is of knee length. It is with "
            "cotton fabric and its neckline is round. There is a ring on her finger.",
            hit_limit=True,
        ),
        Q.wearing("short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.description("a short-sleeve dress with pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="The Mom Store Women Grey Melange Maternity T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: plus-size model with a short crop haircut, front view: navy blue straight kurta covered in white chikankari
    # embroidery, long sleeves, V-neck, white trousers. Caption: epoch-3 adapter (takes her for a man); answers: QA.
    case(
        "X1506-017",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "trousers the gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("It has a v-shape neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Rangriti Women Plus Size Navy Blue Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: plus-size model, front view: charcoal grey solid jeggings under a red floral short-sleeve top. Caption:
    # epoch-3 adapter; answers: QA.
    case(
        "X1506-018",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("floral", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        Q.details("The leggings are with cotton fabric and pure color patterns"),
        gender="Women",
        title="Go Colors Women Plus Size Charcoal Grey Solid Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: plus-size model, front view: navy blue longline tunic with a white geometric print, three-quarter sleeves,
    # round neck with a notch, over white leggings. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-019",
        caption(
            "The lady wears a medium-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve T-shirt with graphic patterns and a long leggings", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        is_a("tunic", "", "non_answer"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue Geometric Printed Longline Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: plus-size model, front view: green tropical-leaf print fit and flare dress, short puff sleeves, round neck,
    # knee length. Caption: epoch-3 adapter (repeats "The dress is of knee length"); answers: QA.
    case(
        "X1506-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of knee length. It is with cotton "
            "fabric and its neckline is round. The dress is of knee length. The dress is of knee length. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.details("The dress is of knee length"),
        gender="Women",
        title="Pluss Women Plus Size Green Tropical Printed Fit and Flare Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: pregnant model, front view: rust maternity feeding kurta with small white buttis, two vertical nursing
    # zips, three-quarter sleeves, round neck, white leggings. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-021",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "a ring on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.details("its neckline is round"),
        Q.material("cotton"),
        is_a("kurta", "dress", "contradiction"),
        gender="Women",
        title="MomToBe Women Rust Printed Maternity Feeding Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: pregnant model, front view: lavender solid knit maternity nursing top with a layered front overlap, short
    # sleeves, round neck, worn with blue jeans. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("T-shirt"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.details("its neckline is round"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Momsoon Women Lavender Solid Maternity Nursing Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: plus-size model, front view: white A-line kurta with a blue floral print, knee length, three-quarter
    # sleeves, round neck with keyhole, blue palazzos. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-023",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is of knee length. It is with "
            "cotton fabric and its neckline is round. The lady wears a long pants. The pants are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.details("The dress is of knee length"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Plus Size White & Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: BACK view of a plus-size model: dark blue skinny jeggings with back pockets, white long-sleeve collared
    # shirt worn out. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns and a long denim pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        Q.details("The pants are with denim fabric and pure color patterns"),
        gender="Women",
        title="Roadster Curve Women Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: plus-size model, front view: coral solid sleeveless high-low tunic in georgette, round neck, white
    # leggings; she holds sunglasses in one hand. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-025",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a round neckline. The "
            "leggings the female wears is of long length. The leggings are with cotton fabric and pure color "
            "patterns. The person",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        gender="Women",
        title="Instafab Plus Women Coral Solid High-Low Tunic",
        category="Tunics",
        color="Coral",
    ),
    # Photo: plus-size model, front view: maroon solid jersey empire maxi dress, long sleeves down to the knuckles,
    # V-neck; no jewellery visible, wrists covered. Caption: epoch-3 adapter (clean end); answers: QA.
    case(
        "X1506-026",
        caption(
            "The dress this woman wears has long sleeves and it is of ankle length. It is with knitted fabric and "
            "pure color patterns. The neckline of it is v-shape. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        Q.details("There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Athena Plus Women Maroon Solid Empire Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: plus-size model, three-quarter angle: magenta solid straight kurta with gotta patti trim at the neckline,
    # three-quarter sleeves, round neck, white churidar. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-027",
        caption(
            "The female wears a medium-sleeve dress with pure color patterns. The dress is of knee length. It is with "
            "other fabric and its neckline is round. The female wears a long leggings. The leggings are with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.details("its neckline is round"),
        Q.material("other", "non_answer"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Biba Women Plus Size Magenta Gotta Patti Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: pregnant model, front view: blue and white vertical striped maternity shirt dress, three-quarter roll-up
    # sleeves, collar, button placket, knee length, cloth belt; a watch on her wrist. Caption: epoch-3 adapter (clean
    # end); answers: QA.
    case(
        "X1506-028",
        caption(
            "The lady wears a medium-sleeve dress with striped patterns. The dress is of knee length. It is with "
            "cotton fabric and its neckline is lapel. The lady wears a belt. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("medium-sleeve"),
        Q.description("a medium-sleeve dress with striped patterns"),
        Q.details("its neckline is lapel"),
        Q.material("cotton"),
        gender="Women",
        title="MomToBe Women Blue & White Striped Maternity Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: pregnant model, front view: light blue maternity denim jeggings with a white belly band, a white tee lifted
    # to show the band. Caption: epoch-3 adapter; answers: QA. (No gender in the feed row.)
    case(
        "X1506-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns and a long denim pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.material("denim"),
        Q.details("The pants are with denim fabric and pure color patterns"),
        title="Mine4Nine Women Blue Solid Maternity Denim Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: plus-size model, front view: off-white cotton tunic with red thread embroidery on the yoke only, long
    # sleeves, V-neck with tassels, blue jeans. Caption: epoch-3 adapter (repeats its second sentence); answers: QA.
    case(
        "X1506-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is v-shape. The shirt is with cotton fabric and its neckline is v-shape. "
            "The shirt",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns and a long denim pants", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.details("its neckline is v-shape"),
        Q.material("cotton"),
        gender="Women",
        title="Ishin Women Plus Size Off-White Embroidered Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: FLAT LAY on white, no model: yellow floral maternity A-line dress, sleeveless, V-neck. Caption: epoch-3
    # adapter (clean end; invents a wearer with a bracelet and a ring); answers: QA.
    case(
        "X1506-031",
        caption(
            "The woman is wearing a sleeveless dress with floral patterns. The dress is of knee length. It is with "
            "chiffon fabric and its neckline is v-shape. There is an accessory on her wrist. There is a ring on her "
            "finger.",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Wobbly Walk Women Yellow Floral Print Maternity A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: plus-size model, front view: turquoise blue sleeveless straight kurta with an ethnic-motif print, round
    # neck, white palazzos. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-032",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants the "
            "female wears is of long length. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("graphic"),
        Q.details("It has a round neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Nayo Women Plus Size Turquoise Blue Ethnic Motifs Printed Sleeveless Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Photo: plus-size model, front view: blue chambray shirt midi dress, long sleeves, collar, cloth belt; a watch on
    # her wrist. Caption: epoch-3 adapter (clean end); answers: QA.
    case(
        "X1506-033",
        caption(
            "The dress this woman wears has long sleeves and it is of knee length. It is with denim fabric and pure "
            "color patterns. The neckline of it is lapel. The lady wears a belt. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.wearing("dress"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        Q.sleeve_length("long sleeves"),
        Q.description("long sleeves and it is of knee length"),
        Q.details("The lady wears a belt"),
        gender="Women",
        title="DressBerry Curve Women Blue Chambray Shirt Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: plus-size model, front view: multicoloured abstract print kaftan-style georgette tunic, elbow-length dolman
    # sleeves, V-neck, black leggings. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "chiffon fabric and its neckline is v-shape. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.details("its neckline is v-shape"),
        Q.material("chiffon"),
        gender="Women",
        title="Qurvii+ Women Plus Size Multicoloured Abstract Print Kaftan Tunic",
        category="Tunics",
        color="Multi",
    ),
    # Photo: plus-size model, front view: black solid high-rise jeggings under a black and white checked long-sleeve
    # shirt, worn open. Caption: epoch-3 adapter (gives the leggings the shirt's checks); answers: QA.
    case(
        "X1506-035",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is lapel. The leggings are with cotton fabric and lattice patterns. The leggings "
            "are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with lattice patterns and a long leggings"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice", "other_garment_color"),
        Q.pattern("lattice", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Zelocity Women Plus Size Black Solid High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: plus-size model, front view, holding a coffee cup: black floral A-line midi dress, three-quarter sleeves,
    # round neck, georgette; a bangle on her wrist. Caption: epoch-3 adapter (clean end); answers: QA.
    case(
        "X1506-036",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is of knee length. It is with "
            "chiffon fabric and its neckline is round. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.wearing("medium-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.details("its neckline is round"),
        Q.material("chiffon"),
        gender="Women",
        title="Sztori Women Plus Size Black Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: plus-size model, front view: green floor-length anarkali kurta with a gold foil print, long sleeves, round
    # neck; bangles and a ring. Caption: epoch-3 adapter (clean end; calls the kurta a dress); answers: QA.
    case(
        "X1506-037",
        caption(
            "The dress this woman wears has long sleeves and it is of ankle length. It is with cotton fabric and "
            "graphic patterns. The neckline of it is round. There is an accessory on her wrist. There is a ring on "
            "her finger.",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Aurelia Women Plus Size Green Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: plus-size model with short hair, front view: sea green solid tunic with lace inserts on the elbow-length
    # sleeves, round neck, blue jeans. Caption: epoch-3 adapter (takes her for a man); answers: QA.
    case(
        "X1506-038",
        caption(
            "The gentleman wears a medium-sleeve T-shirt with pure color patterns and a long denim pants. His T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and pure color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve T-shirt with pure color patterns and a long denim pants", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.details("its neckline is round"),
        Q.material("cotton"),
        gender="Women",
        title="Sassafras Curve Women Sea Green Solid Lace Insert Tunic",
        category="Tunics",
        color="Sea Green",
    ),
    # Photo: plus-size model, side view: blue skinny jeggings under a grey melange long-sleeve sweatshirt. Caption:
    # epoch-3 adapter; answers: QA.
    case(
        "X1506-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitted fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve sweater with pure color patterns and a long denim pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("knitted", "contradiction"),
        Q.details("The pants are with denim fabric and pure color patterns"),
        gender="Women",
        title="Kraus Jeans Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model, side view: black and white polka dot maternity wrap dress, short sleeves, V-neck, knee
    # length; a bracelet and a ring. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-040",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of knee length. It is with "
            "chiffon fabric and its neckline is v-shape. There is an accessory on her wrist. There is a ring on her "
            "finger. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("short-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.description("a short-sleeve dress with graphic patterns"),
        Q.material("chiffon"),
        gender="Women",
        title="Momsoon Women Black & White Polka Dot Maternity Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: plus-size model, front view: lime green floral straight kurta, three-quarter sleeves, V-neck, white pants.
    # Caption: epoch-3 adapter (sticks on "and a long pants"); answers: QA.
    case(
        "X1506-041",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long pants and a long pants and a long "
            "pants and a long pants and a long pants and a long pants and a long pants and a long pants and a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns and a long pants and a long pants", "loop"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("", "non_answer"),
        Q.details("", "non_answer"),
        gender="Women",
        title="Indo Era Women Plus Size Lime Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: plus-size model, front view: white woven cotton top with schiffli (eyelet) embroidery, short flutter
    # sleeves, round neck, blue jeans. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Qurvii+ Women Plus Size White Schiffli Embroidered Top",
        category="Tops",
        color="White",
    ),
    # Photo: pregnant model, front view: mustard yellow solid maternity maxi dress with a smocked bodice and thin
    # straps, ankle length; straw hat (prop) on her head, a bracelet. Caption: epoch-3 adapter (clean end); answers: QA.
    case(
        "X1506-043",
        caption(
            "The woman is wearing a sleeveless dress with pure color patterns. The dress is of ankle length. It is "
            "with cotton fabric and its neckline is suspenders. There is an accessory on her wrist. The lady wears a "
            "hat.",
            hit_limit=True,
        ),
        Q.wearing("sleeveless dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.description("a sleeveless dress with pure color patterns"),
        Q.details("its neckline is suspenders"),
        Q.material("cotton"),
        gender="Women",
        title="MomToBe Women Mustard Yellow Solid Maternity Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: plus-size model, front view: black straight kurta, solid body with a red and white floral embroidered yoke,
    # three-quarter sleeves, round neck with keyhole, red leggings. Caption: epoch-3 adapter; answers: QA. (No gender in
    # the feed row.)
    case(
        "X1506-044",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.details("its neckline is round"),
        Q.material("cotton"),
        title="Varanga Women Plus Size Black Embroidered Yoke Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: pregnant model, front view: grey solid maternity jeggings under a navy and white striped short-sleeve
    # maternity top. Caption: epoch-3 adapter; answers: QA.
    case(
        "X1506-045",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is a ring",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with striped patterns and a long leggings"),
        Q.garment_type("leggings"),
        Q.color("striped", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        Q.details("The leggings are with cotton fabric and pure color patterns"),
        gender="Women",
        title="Wobbly Walk Women Grey Solid Maternity Jeggings",
        category="Jeggings",
        color="Grey",
    ),
]
