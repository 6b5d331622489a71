"""BLIND_1314 (45 products; Myntra plus-size & maternity, caption + QA): written blind in the sixty-third session.
Measured blind at d294d42 (the session's third rules): 84/98 failures found (85.7%) and 26/175 correct texts flagged
(14.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, kurta sets, tunics, dresses, jeggings, one
top). Catalog columns as Myntra exports them: title, category (the article type: Kurtas, Kurta Sets, Tunics, Dresses,
Jeggings, Tops), color (the base colour), gender ("Women"); a few rows lack one of them. The photos are the usual
catalog shots: a model on a plain studio backdrop wearing the product with bottoms or a top, a few back and side
views, two flat lays, pregnant models for the maternity lines, now and then a prop (a stool, a bag).
Who wrote what: every caption is from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens. Every answer is an extractive span that
timpal0l/mdeberta-v3-base-squad2 picked from that caption (an empty string where the no-answer score won). So the
answers only repeat DeepFashion template words: the adapter has no word for kurta, tunic or jeggings (it says dress,
shirt, T-shirt, leggings, pants), and names hues only now and then, when the base model's knowledge slips through
(mostly for the bottoms). The questionnaire is the feed's own: what the person (or she) is wearing, garment type,
color (once "the color of the kurta"), pattern, sleeve length, material, the garment's details; 4 to 7 per product.
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. A text that names the product as another garment type is a contradiction wherever it appears (kurta or
tunic called dress, T-shirt or shirt; jeggings called T-shirt), except that a shirt-style tunic with collar and
placket may be a "shirt", and jeggings may be "leggings" or "denim pants". Describing the other garment in the
outfit with a wrong word is not marked. "pure color", "floral", "striped" or an empty span for a color question is a
non_answer; a hue of the other garment is other_garment_color. The top's pattern or sleeves given for jeggings is a
contradiction. Attributes wrong only by the photo (sleeve length, print type, an accessory that is not there, "the
lady" in a flat lay, cotton for a crepe or rayon title) are unsupported. "upper clothing" for the garment type is a
non_answer, "The upper clothing" for the details is restated. Captions: most ran to the 50-token limit and end cut
mid-sentence (cut) or repeat a sentence (loop); a few stopped on their own before the limit (hit_limit False), and
one ran exactly to the limit on a full stop and is correct (hit_limit True, unmarked). When a caption has two faults
I marked the one a reader sees first (a pronoun over the cut). Answers never carry hit_limit: the extractive model
has no generation limit; a span taken from the cut end of a caption is marked cut. No prompt leaks: the captions are
generated without a question prompt and the answers are spans of the caption. Chiffon for georgette and denim for
chambray I let pass; "complicated" for ethnic block prints and "graphic" for polka dots too.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, wearing

BLIND_1314 = [
    # Photo: front view, navy A-line kurta with small white floral print, 3/4 sleeves, round neck, white palazzos,
    # small stud earrings. Cotton. Caption: epoch-3 caption adapter; answers: mdeberta spans over the caption.
    case(
        "X1314-001",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns and a long pants", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: black short-sleeve jersey tunic, round neck, side slits, hip length, light-blue jeans, the model holds a
    # tan sling bag. Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Instafab Plus Women Black Solid Cotton Longline Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: pregnant model, maroon jersey wrap dress, long sleeves, V-neck, self-tie sash at the waist, midi, nude
    # heels. Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is V-shape. This woman wears a belt."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted fabric"),
        D.details("its neckline is V-shape"),
        gender="Women",
        title="Momsoon Maternity Women Maroon Solid Maternity Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: white short-sleeve T-shirt with a small black text print, half tucked, mid-blue denim-look skinny
    # jeggings to the ankle, white sneakers. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long denim pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.material("denim fabric"),
        gender="Women",
        title="LastInch Women Plus Size Blue Skinny Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: mustard straight kurta with white block-printed motifs, 3/4 sleeves, mandarin collar, white churidar,
    # juttis. Caption: caption adapter, repeats a sentence to the limit; answers: mdeberta over the caption.
    case(
        "X1314-005",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns. The shirt is with cotton fabric. The "
            "neckline of it is stand. The pants are with cotton fabric. The pants are with cotton fabric. The pants "
            "are with cotton fabric. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with complicated patterns", "contradiction"),
        Q.pattern("complicated"),
        Q.sleeve_length("medium-sleeve"),
        D.details("stand"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Amydus Women Plus Size Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: teal georgette midi dress with pink and white flowers, short flutter sleeves, V-neck, the model wears a
    # thin gold bracelet. Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-006",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon fabric"),
        gender="Women",
        title="Sztori Women Plus Size Teal Floral Print Georgette A-Line Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: flat lay, no model: black maternity jeggings with a wide grey over-belly panel, on white.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-007",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long leggings"),
        Q.garment_type("leggings"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton fabric"),
        title="Mine4Nine Women Black Solid Maternity Over-Belly Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: olive collared button-down tunic, long sleeves rolled to the forearm, black leggings, sunglasses pushed up
    # on the head. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is lapel. The leggings are with cotton fabric and pure color patterns. "
            "This lady wears glasses. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Xpluss Women Plus Size Olive Green Solid Shirt Style Longline Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: pink flared anarkali kurta with a gold embroidered yoke, sheer long sleeves, round neck, pink churidar.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round.",
            "contradiction",
        ),
        wearing("a long-sleeve dress", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Libas Women Plus Size Pink Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: black and white vertical-stripe shirt dress, collar, sleeves rolled above the elbow, knee length, fabric
    # belt, a watch, no rings. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-010",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is lapel. This woman wears a belt. There is an accessory on her wrist. There is a ring on her "
            "finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        D.details("lapel"),
        gender="Women",
        title="Qurvii Women Plus Size Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view: plain white T-shirt, navy slim jeggings with back pockets, the model looks over her shoulder.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-011",
        caption(
            "The lady wears a short-sleeve white T-shirt with pure color patterns and a long denim pants. The pants "
            "are with denim fabric and pure color patterns."
        ),
        wearing("a short-sleeve white T-shirt with pure color patterns and a long denim pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("denim fabric"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue Slim Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: green cotton kurta with white flowers, 3/4 sleeves, V-neck, matching green floral palazzos, bangles on
    # one wrist. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-012",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is V-shape. The pants are with cotton fabric and floral patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns and a long pants", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton fabric"),
        D.details("There is an accessory on", "cut"),
        gender="Women",
        title="Aurelia Women Plus Size Green Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: pregnant model, blue A-line dress with small white polka dots, short puff sleeves, round neck, side
    # nursing zips, knee length. Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        D.details("its neckline is round"),
        gender="Women",
        title="Mom For Sure By Ketki Dalal Women Blue Printed Maternity A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model with a short bob, peach cotton tunic with white schiffli embroidery at the hem, long sleeves with
    # tabs, V-neck with tie, no collar, blue jeans. Caption: caption adapter (stopped); answers: mdeberta.
    case(
        "X1314-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric and its neckline is V-shape.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long denim pants", "contradiction", who="she"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        D.details("V-shape"),
        gender="Women",
        title="Women Plus Size Peach-Coloured Embroidered Cotton Tunic",
        category="Tunics",
        color="Peach",
    ),
    # Photo: off-white kurta with thin blue vertical stripes, long sleeves, round notched neck, solid blue trousers.
    # Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-015",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long blue pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Anouk Women Plus Size Off White & Blue Striped Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: red crepe fit-and-flare dress, sleeveless, round neck, knee length, black heels, black clutch in hand.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is round.",
            "unsupported",
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton fabric", "unsupported"),
        gender="Women",
        title="Instafab Plus Women Plus Size Red Solid Crepe Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: long grey tunic with a black abstract print covering the hips, black jeggings, flats.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-017",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve dress with graphic patterns and a long leggings"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.material("cotton fabric"),
        gender="Women",
        title="LastInch Women Plus Size Black Solid Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: maroon rayon kurta with a gold foil-printed yoke, 3/4 sleeves, round neck, side slits, beige palazzos,
    # a bangle. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-018",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        color_of("kurta", "", "non_answer"),
        Q.pattern("complicated"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Women Plus Size Maroon Ethnic Motifs Yoke Design Rayon Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: navy jersey maxi dress, sleeveless with wide straps, V-neck, a silver bracelet.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is V-shape. There is an accessory on her wrist."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitted fabric"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Solid Jersey Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: white cotton top with lace panels on the yoke, short sleeves, round neck, blue jeans.
    # Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady wears a long denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long denim pants"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Qurvii Women Plus Size White Lace Inset Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: pregnant model, grey melange T-shirt dress, short sleeves, round neck, knee length, white sneakers.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-021",
        caption(
            "The lady wears a short-sleeve grey dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round."
        ),
        wearing("a short-sleeve grey dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("grey"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="The Mom Store Women Grey Melange Solid Maternity T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: back view, blue A-line kurta with a white geometric print, 3/4 sleeves, white pants, the model looks over
    # her shoulder. Caption: caption adapter, repeats itself to the limit; answers: mdeberta over the caption.
    case(
        "X1314-022",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a medium-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral", "unsupported"),
        Q.sleeve_length("medium-sleeve"),
        D.details("its neckline is round"),
        gender="Women",
        title="Amydus Women Plus Size Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black sleeveless cotton tank top, light-blue washed skinny jeggings, front view.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long blue denim pants. The tank top "
            "is with cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a sleeveless tank top with pure color patterns and a long blue denim pants"),
        Q.garment_type("denim pants"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.material("denim fabric"),
        gender="Women",
        title="Pluss Women Plus Size Blue Washed Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: mustard flared tunic with a small black geometric print, 3/4 sleeves, round keyhole neck, black
    # leggings, no rings. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-024",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long black leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is a ring on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Women Plus Size Mustard Printed Cotton A-Line Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: black tiered maxi dress with red and yellow flowers, long sleeves with elastic cuffs, V-neck, no jewelry.
    # Caption: caption adapter, starts over at the limit; answers: mdeberta over the caption.
    case(
        "X1314-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. There is a ring on her finger. The lady wears "
            "a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        D.details("V-shape"),
        gender="Women",
        title="Women Plus Size Black Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white pure-cotton straight kurta with white chikankari embroidery, 3/4 sleeves, round neck, white
    # leggings, silver jhumkas. Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-026",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric.",
            "contradiction",
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Women Plus Size White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
    ),
    # Photo: pregnant model holding her bump, pink jersey maxi with a crossover nursing front (V), short sleeves.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is V-shape."
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitted fabric"),
        D.details("V-shape"),
        gender="Women",
        title="Momsoon Maternity Women Pink Solid Maternity & Nursing Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: pregnant model, grey long-sleeve T-shirt lifted to show the belly band, mid-blue maternity jeggings, a
    # watch. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-028",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns and a long denim pants"),
        Q.garment_type("denim pants"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim fabric"),
        gender="Women",
        title="Mine4Nine Women Blue Solid Maternity Jeggings with Belly Band",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: flat lay, no model: teal kurta with gota patti lace on a V-neck, 3/4 sleeves, laid on white.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-029",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        D.details("V-shape"),
        Q.color("", "non_answer"),
        title="Women Plus Size Teal Solid Kurta with Gotta Patti",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: olive cotton shirt dress, collar, long sleeves rolled up, matching fabric belt, midi, white sneakers.
    # Caption: caption adapter, loops on the belt; answers: mdeberta over the caption.
    case(
        "X1314-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is lapel. This woman wears a belt. This woman wears a belt. This woman wears a belt. This "
            "woman wears a belt. This",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric"),
        D.details("This woman wears a belt. This woman wears a belt", "loop"),
        gender="Women",
        title="Women Plus Size Olive Green Solid Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
    ),
    # Photo: navy jersey tunic with white horizontal stripes, boat neck, 3/4 sleeves, white jeggings.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-031",
        caption(
            "The lady wears a medium-sleeve T-shirt with striped patterns and a long white leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Women Plus Size Navy Blue & White Striped Longline Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: lavender empire-waist dress, short sleeves, square neck, knee length, maternity-friendly.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        D.details("square"),
        gender="Women",
        title="Sztori Women Plus Size Lavender Solid Cotton Empire Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: model with cropped hair, rust straight kurta, long sleeves, mandarin collar with a short button placket,
    # white straight pants, no jewelry. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        D.details("stand"),
        gender="Women",
        title="Women Plus Size Rust Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: side view, loose pink shirt-style tunic, charcoal skinny jeggings, loafers.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        gender="Women",
        title="Xpluss Women Plus Size Charcoal Grey Skinny Fit Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: multicoloured abstract-print wrap dress, 3/4 sleeves, V-neck, tie at the waist, knee length.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-035",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. This woman wears a belt."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        D.details("V-shape"),
        gender="Women",
        title="Women Plus Size Multicoloured Printed Georgette Wrap Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: yellow georgette kurta with floral embroidery, short sleeves, round neck, matching sharara, a dupatta
    # draped round the neck, jhumkas. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-036",
        caption(
            "The lady wears a short-sleeve dress with floral patterns and a long pants. The dress is with chiffon "
            "fabric and its neckline is round. This woman has neckwear. The pants are with chiffon fabric and floral "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns and a long pants", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon fabric"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Women Plus Size Yellow Floral Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: coral woven tunic, sleeveless, round neck, high-low hem, blue jeggings; nothing in the hands.
    # Caption: caption adapter, ran exactly to the limit and ended on a full stop; answers: mdeberta over the caption.
    case(
        "X1314-037",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns.",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton fabric"),
        Q.pattern("pure color"),
        D.details("The upper clothing", "restated"),
        gender="Women",
        title="Women Plus Size Coral Solid Cotton High-Low Tunic",
        category="Tunics",
        color="Coral",
    ),
    # Photo: pregnant model, green and white vertical-stripe midi with a button front, short sleeves, collar, no
    # jewelry at all. Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-038",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is lapel. There is an accessory on her wrist. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        D.details("an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Mom For Sure By Ketki Dalal Women Green & White Striped Maternity Nursing Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black cotton kurta with white and red block print, long sleeves, round neck, solid red palazzos.
    # Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-039",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long red pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long red",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "red", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress", "contradiction"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Women Plus Size Black Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: white longline collared shirt, black high-rise jeggings, black ballet flats.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-040",
        caption(
            "The lady wears a long-sleeve white shirt with pure color patterns and a long black leggings. The shirt "
            "is with cotton fabric and its neckline is lapel. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("leggings"),
        Q.pattern("pure color"),
        Q.material("cotton fabric"),
        title="LastInch Women Plus Size Black High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: light-blue chambray shirt-style tunic, collar, long sleeves rolled up, white embroidery on the yoke,
    # white jeggings. Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "denim fabric and its neckline is lapel. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.garment_type("shirt"),
        Q.material("denim fabric"),
        Q.sleeve_length("long-sleeve"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Women Plus Size Blue Chambray Shirt Style Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: burgundy rib-knit bodycon dress, long sleeves, round neck, knee length, the model sits on a white stool.
    # Caption: caption adapter, starts over and runs to the limit; answers: mdeberta over the caption.
    case(
        "X1314-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is round. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "knitted fabric and its",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted fabric"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Women Plus Size Burgundy Solid Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: lime green kaftan kurta with pink flowers, dolman sleeves to the elbow, V-neck, white pants.
    # Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-043",
        caption(
            "The lady wears a short-sleeve dress with floral patterns and a long pants. The dress is with chiffon "
            "fabric and its neckline is V-shape. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve", "unsupported"),
        Q.material("chiffon fabric"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        D.details("V-shape"),
        gender="Women",
        title="Women Plus Size Lime Green Floral Print Georgette Kaftan Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: pregnant model, side view, black rib-knit sleeveless midi, round neck, bare arms.
    # Caption: caption adapter (stopped on its own); answers: mdeberta over the caption.
    case(
        "X1314-044",
        caption(
            "The lady wears a sleeveless black dress with pure color patterns. The dress is with knitted fabric and "
            "its neckline is round."
        ),
        wearing("a sleeveless black dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitted fabric"),
        gender="Women",
        title="Momsoon Maternity Women Black Solid Maternity Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: black T-shirt with a white slogan print, grey mid-rise jeggings, white sneakers. The feed row has no
    # category. Caption: caption adapter; answers: mdeberta over the caption.
    case(
        "X1314-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("graphic", "contradiction"),
        Q.material("denim fabric"),
        gender="Women",
        title="Women Plus Size Grey Mid-Rise Jeggings",
        color="Grey",
    ),
]
