"""BLIND_1242 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-second session. Measured blind at bdc3a30 (the session's fourth rules): 110/121 failures found (90.9%) and
15/154 correct texts flagged (9.7%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed: kurtas, tunics, dresses (many maternity and nursing), jeggings,
a kurta set and a maternity top. Catalog shots: a model on a plain white or grey backdrop wearing the product with
palazzos, leggings, jeans or a tee; now and then a back view, a flat lay, a prop (straw bag, bouquet, hat). Catalog
columns as the feed has them: title, category (Myntra article type), color (base colour), gender; a few rows lack
one of them.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b), greedy, 50 new tokens. Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption alone,
so each answer is a span of the caption or the empty string (SQuAD2 no-answer); no answer is generated, so no answer
ran to a token limit and none can leak the prompt. The adapter never learned to stop, so every caption ran to the 50
tokens (hit_limit on all of them); most end mid-sentence, a few loop, a few happen to end on a full stop. It writes the
DeepFashion template: patterns (pure color, floral, stripe, lattice, graphic, color block), fabrics (cotton, denim,
chiffon, knitting, leather), sleeve and length words, neckline, and wrist/ring/hat/belt/socks sentences; it never names
a hue, so the color questions cannot be answered from the caption.
Labeling conventions and judgement calls: a caption gets one label, its worst content error first (a pronoun for a
woman, a garment kind the title contradicts, an invented accessory or fabric), then loop, then cut; a caption that ran
to the limit but ends on a full stop with nothing wrong in it is left unmarked. A color answer that gives a pattern
("pure color", "floral", "color block") or nothing is non_answer, even when the pattern is right. "shirt", "T-shirt"
or "tank top" for a kurta or tunic is accepted in the caption and in the open wearing/describe answers (a kurta is a
long shirt), but the closed garment-type field must name the product's kind: there "shirt" for a kurta, "T-shirt" for
a tunic, "dress" for a kurta worn over churidar or palazzos are contradiction; "dress" for a kurta is a contradiction
in the caption too. "pants"/"trousers"/"leggings" for jeggings are accepted. "chiffon" is accepted for georgette, not
for crepe or cotton that the title names. An answer that takes another garment's sleeves, pattern or fabric is
contradiction; a garment-details answer that gives a real accessory (ring, bangles, hat) is contradiction, an invented
one is unsupported. A span that ends where the caption was cut is cut. No hue ever appears, so nothing here is
other_garment_color, and nothing is leak.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1242 = [
    # Photo: plus-size model, navy blue straight cotton kurta, 3/4 sleeves, round neck, knee length, white palazzos,
    # grey backdrop, front. Caption: epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1242-001",
        caption(
            "This lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        B.garment_type("shirt", "contradiction"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton"),
        gender="Women",
        title="Aurelia Women Plus Size Navy Blue Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: pregnant model, hand on bump, mustard georgette maxi with small floral print, short flutter sleeves,
    # V-neck; thin gold watch and a ring visible; white backdrop. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-002",
        caption(
            "This woman wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. This woman wears a ring on her finger. The dress "
            "this woman wears is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        B.pattern("floral"),
        color_of("dress", "floral", "non_answer"),
        B.material("chiffon"),
        is_a("dress", "short-sleeve dress"),
        gender="Women",
        title="Momtobe Mustard Yellow Floral Print Georgette Maternity Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: mid-blue washed denim-look jeggings on a plus-size model with an untucked white round-neck tee, white
    # sneakers, front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-003",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "person wears",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("lower clothing", "non_answer"),
        B.material("denim"),
        B.sleeve_length("short sleeves", "contradiction"),
        color_of("jeggings", "", "non_answer"),
        details("jeggings", "pure color patterns"),
        gender="Women",
        title="Sztori Women Plus Size Blue Skinny Fit Washed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: black-and-white horizontal striped knit longline tunic, long sleeves, boat neck, black leggings, front.
    # Caption: adapter; answers: squad2 over it.
    case(
        "X1242-004",
        caption(
            "This woman is wearing a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers this woman wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with stripe patterns"),
        B.pattern("stripe"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.garment_type("T-shirt", "contradiction"),
        gender="Women",
        title="Instafab Plus Women Plus Size Black & White Striped Longline Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: pregnant model in side profile, navy jersey wrap dress, knee length, 3/4 sleeves, V-neck, nude heels,
    # white backdrop. Caption: adapter (loops on the length sentence); answers: squad2 over it.
    case(
        "X1242-005",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of medium length. The dress is of medium length. The dress is of medium "
            "length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        B.sleeve_length("medium-sleeve"),
        B.color("pure color", "non_answer"),
        describe("dress", "medium-sleeve dress with pure color patterns"),
        B.material("cotton"),
        gender="Women",
        title="Mine4Nine Women Maternity Navy Blue Solid Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: back view, black jeggings with faux back pockets, grey tee hem visible, model's face turned away.
    # Caption: adapter (calls her a gentleman); answers: squad2 over it.
    case(
        "X1242-006",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long pants"),
        B.pattern("pure color"),
        B.material("denim"),
        color_of("pants", "pure color", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        gender="Women",
        title="De Moza Women Plus Size Black Solid Slim-Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: maroon calf-length kurta with gold foil ethnic motifs, 3/4 sleeves, mandarin collar, maroon palazzos,
    # gold bangles, no ring; front. Caption: adapter (calls the kurta a dress); answers: squad2 over it.
    case(
        "X1242-007",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. This woman wears a ring on her finger. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        B.garment_type("dress", "contradiction"),
        B.pattern("graphic"),
        B.color("graphic", "non_answer"),
        details("kurta", "a ring on her finger", "unsupported"),
        B.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Libas Women Plus Size Maroon & Gold-Toned Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: teal rayon A-line tunic, short sleeves, round neck with keyhole, hip length, white jeans, front.
    # Caption: adapter (ran to 50 tokens, ends on a full stop); answers: squad2 over it.
    case(
        "X1242-008",
        caption(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("short-sleeve"),
        B.material("denim", "contradiction"),
        describe("tunic", "short-sleeve shirt with pure color patterns"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Teal Blue Solid A-Line Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: pregnant model, pink-and-white vertical striped cotton shirt dress, collar, button front, sleeves rolled
    # to the elbow, self tie belt, knee length, white sneakers, bare wrists. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-009",
        caption(
            "The lady wears a medium-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. This lady wears a belt. The dress is of medium length. There is an accessory on her "
            "wrist. This lady",
            "unsupported",
            hit_limit=True,
        ),
        B.pattern("stripe"),
        wearing("a medium-sleeve dress with stripe patterns"),
        details("dress", "a belt"),
        B.material("cotton"),
        color_of("dress", "stripe", "non_answer"),
        gender="Women",
        title="The Mom Store Women Maternity Pink & White Striped Nursing Shirt Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: grey washed jeggings, long black top, black block heels, front. Caption: adapter; answers: squad2.
    case(
        "X1242-010",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. This woman "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        details("jeggings", "pure color patterns"),
        B.material("denim"),
        color_of("jeggings", "pure color", "non_answer"),
        B.garment_type("", "non_answer"),
        B.sleeve_length("sleeves", "restated"),
        gender="Women",
        title="Kassually Curve Women Plus Size Grey Washed Skinny Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: off-white cotton kurta with blue floral print, 3/4 sleeves, round neck with placket, knee length, blue
    # straight trousers, front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-011",
        caption(
            "This woman wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers this woman wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        B.pattern("floral"),
        B.color("pure color", "non_answer"),
        B.material("cotton"),
        describe("kurta", "medium-sleeve shirt with floral patterns"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Biba Women Plus Size Off-White & Blue Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: pregnant model, olive jersey top with ruched sides, short sleeves, round neck, dark blue maternity
    # jeans, front. Caption: adapter (ran to the limit, ends on a full stop); answers: squad2 over it.
    case(
        "X1242-012",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        B.garment_type("T-shirt"),
        B.color("", "non_answer"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender="Women",
        title="Wobbly Walk Women Maternity Olive Green Solid Nursing Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: back view, pregnant model looking over her shoulder, black sleeveless racerback jersey maxi dress, bare
    # wrists. Caption: adapter (starts over at the end); answers: squad2 over it.
    case(
        "X1242-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        B.sleeve_length("sleeveless"),
        B.color("pure color", "non_answer"),
        details("dress", "suspenders neckline"),
        B.pattern("pure color"),
        gender="Women",
        title="Momtobe Women Maternity Black Solid Racerback Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: peach cotton tunic with white schiffli embroidery at the yoke, long sleeves rolled up, V-neck with tie,
    # white leggings, a straw bag on her arm, front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-014",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this woman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        details("tunic", "V-shape neckline"),
        B.pattern("pure color"),
        B.material("cotton"),
        color_of("tunic", "", "non_answer"),
        gender="Women",
        title="Eavan Women Plus Size Peach-Coloured Embroidered Pure Cotton Tunic",
        category="Tunics",
        color="Peach",
    ),
    # Photo: pregnant model, red cotton poplin A-line midi with small floral print, puff short sleeves, square neck,
    # no jewellery. Caption: adapter (repeats the ring sentence); answers: squad2 over it.
    case(
        "X1242-015",
        caption(
            "This female wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. This female wears a ring on her finger. This female wears a ring on her finger. This "
            "female wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        B.material("chiffon", "unsupported"),
        B.pattern("floral"),
        details("dress", "a ring on her finger", "unsupported"),
        B.color("floral", "non_answer"),
        B.sleeve_length("short-sleeve"),
        gender="Women",
        title="Mamma's Maternity Women Red Floral Printed Pure Cotton Maternity A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy blue jeggings, white shirt knotted at the waist, white sneakers without visible socks, front.
    # Caption: adapter (invents socks); answers: squad2 over it.
    case(
        "X1242-016",
        caption(
            "The person wears a long pants. The pants are with denim fabric and pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. This person "
            "wears socks in shoes",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long pants"),
        B.material("denim"),
        details("jeggings", "pure color patterns"),
        color_of("jeggings", "pure color", "non_answer"),
        B.garment_type("pants"),
        gender="Women",
        title="Instafab Plus Women Plus Size Navy Blue Mid-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: bottle-green flared anarkali kurta, 3/4 sleeves, round neck, calf length, churidar at the ankles, a
    # cocktail ring; front. Caption: adapter (calls it a dress); answers: squad2 over it.
    case(
        "X1242-017",
        caption(
            "This lady is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of long length. This lady wears a ring on her finger. There is an",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        B.sleeve_length("medium-sleeve"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.material("cotton"),
        gender="Women",
        title="Aurelia Women Plus Size Green Solid Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: black fit-and-flare dress with white polka dots, short sleeves, V-neck, knee length, thin black belt,
    # front. Caption: adapter (repeats the belt sentence); answers: squad2 over it.
    case(
        "X1242-018",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady wears a belt. The dress is of medium length. This lady wears a belt. This "
            "lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        details("dress", "a belt"),
        B.color("graphic", "non_answer"),
        B.sleeve_length("short-sleeve"),
        describe("dress", "short-sleeve dress with graphic patterns"),
        gender="Women",
        title="Sztori Women Plus Size Black & White Polka Dot Print Fit & Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: mustard sleeveless high-low tunic with a small black geometric print, round neck, black leggings, front.
    # Caption: adapter; answers: squad2 over it.
    case(
        "X1242-019",
        caption(
            "This woman wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The leggings this woman wears is of long length. The leggings are with cotton fabric "
            "and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns"),
        B.garment_type("tank top", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.pattern("graphic"),
        color_of("tunic", "pure color", "non_answer"),
        gender="Women",
        title="Athena Plus Women Plus Size Mustard Yellow Printed High-Low Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: flat lay on white: grey melange T-shirt dress with nursing side zips, short sleeves, round neck, no
    # person. Caption: adapter (a lady and a wrist accessory that are not there); answers: squad2 over it.
    case(
        "X1242-020",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        B.garment_type("dress"),
        B.material("cotton"),
        B.color("pure color", "non_answer"),
        details("dress", "an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Wobbly Walk Women Maternity Grey Melange Solid T-shirt Nursing Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: blue kurta with tonal self stripes, long sleeves, mandarin collar, knee length, white slim pants, a small
    # clutch in hand; front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-021",
        caption(
            "This lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a stand "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns"),
        B.pattern("stripe"),
        B.sleeve_length("long-sleeve"),
        details("kurta", "stand neckline"),
        B.color("pure color", "non_answer"),
        gender="Women",
        title="W Women Plus Size Blue Self-Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: waist-down crop, olive cotton-stretch jeggings, brown loafers, hands out of frame. Caption: adapter
    # (invents a wrist accessory and socks); answers: squad2 over it.
    case(
        "X1242-022",
        caption(
            "The trousers this person wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. This person wears socks in shoes. The trousers this person "
            "wears",
            "unsupported",
            hit_limit=True,
        ),
        B.garment_type("trousers"),
        B.material("cotton"),
        color_of("jeggings", "pure color", "non_answer"),
        B.pattern("pure color"),
        gender="Women",
        title="De Moza Women Plus Size Olive Green Solid Jeggings",
        category="Jeggings",
    ),
    # Photo: pregnant model, yellow cotton nursing kurta with white block-printed flowers, 3/4 sleeves, round neck,
    # white palazzos, front. Caption: adapter (calls it a dress); answers: squad2 over it.
    case(
        "X1242-023",
        caption(
            "This woman wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The pants this woman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns",
            "contradiction",
            hit_limit=True,
        ),
        describe("kurta", "medium-sleeve dress", "contradiction"),
        B.pattern("floral"),
        B.material("cotton"),
        B.sleeve_length("medium-sleeve"),
        color_of("kurta", "", "non_answer"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Mine4Nine Women Maternity Yellow & White Printed Nursing Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: coral georgette tunic, long cuffed sleeves, tie-up V-neck, white skinny jeans, front. Caption: adapter
    # (ran to the limit, ends on a full stop); answers: squad2 over it.
    case(
        "X1242-024",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        B.material("chiffon"),
        B.sleeve_length("long-sleeve"),
        details("tunic", "V-shape neckline"),
        B.color("pure color", "non_answer"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Coral Pink Solid Tie-Up Neck Georgette Tunic",
        category="Tunics",
        color="Coral",
    ),
    # Photo: green-and-white gingham shirt dress, short sleeves, collar, button front, knee length, self belt, front.
    # Caption: adapter (belt sentence again); answers: squad2 over it.
    case(
        "X1242-025",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. This lady wears a belt. The dress is of medium length. This lady wears a belt. The dress "
            "is",
            "loop",
            hit_limit=True,
        ),
        B.pattern("lattice"),
        wearing("a short-sleeve dress with lattice patterns"),
        B.color("lattice", "non_answer"),
        details("dress", "lapel neckline"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender="Women",
        title="Eavan Women Plus Size Green & White Checked Cotton Shirt Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black A-line calf-length kurta with a gold embroidered yoke, 3/4 sleeves, V-neck, black churidar, gold
    # bangles on both wrists; front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-026",
        caption(
            "This woman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a V-shape neckline. The trousers this woman wears is of long length. There is an accessory on her wrist. "
            "This woman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        B.pattern("pure color"),
        details("kurta", "an accessory on her wrist", "contradiction"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Libas Women Plus Size Black Solid A-Line Kurta with Embroidered Yoke",
        category="Kurtas",
        color="Black",
    ),
    # Photo: dark blue denim-look knit jeggings under a white long-sleeve short kurti, front. Caption: adapter (ran to
    # the limit, ends on a full stop; it describes the kurti first); answers: squad2 over it.
    case(
        "X1242-027",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this person wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        B.garment_type("shirt", "contradiction"),
        B.material("denim"),
        color_of("jeggings", "pure color", "non_answer"),
        B.sleeve_length("long-sleeve", "contradiction"),
        gender="Women",
        title="GO COLORS Women Plus Size Dark Blue Solid Denim Look Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model in side view, lavender solid rib-knit bodycon midi, long sleeves, round neck, white
    # sneakers, no socks. Caption: adapter (reads the ribs as stripes); answers: squad2 over it.
    case(
        "X1242-028",
        caption(
            "This lady wears a long-sleeve dress with stripe patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of long length. This lady wears socks in shoes. The dress is of long "
            "length. The",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("stripe", "contradiction"),
        B.material("knitting"),
        B.sleeve_length("long-sleeve"),
        wearing("a long-sleeve dress with stripe patterns", "contradiction"),
        B.color("", "non_answer"),
        gender="Women",
        title="The Mom Store Women Maternity Lavender Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: pink kurta with small white floral print and matching printed palazzos, 3/4 sleeves, round neck, front.
    # Caption: adapter (ran to the limit, ends on a full stop); answers: squad2 over it.
    case(
        "X1242-029",
        caption(
            "This woman wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this woman wears is of long length. The pants are with cotton fabric and floral "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        B.pattern("floral"),
        color_of("kurta", "floral", "non_answer"),
        details("palazzos", "floral patterns"),
        B.material("cotton"),
        B.garment_type("shirt", "contradiction"),
        gender="Women",
        title="Aurelia Women Plus Size Pink Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: white cotton schiffli-embroidered tunic, short sleeves, round neck, blue jeans, sunglasses pushed up on
    # her head, front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-030",
        caption(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        B.pattern("pure color"),
        details("tunic", "round neckline"),
        B.material("cotton"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("short-sleeve"),
        title="Kassually Curve Women Plus Size White Schiffli Embroidered Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: flat lay on white, charcoal grey jeggings laid full length, no person. Caption: adapter (a gentleman,
    # socks, then starts over); answers: squad2 over it.
    case(
        "X1242-031",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. This gentleman "
            "wears socks in shoes. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants"),
        B.garment_type("pants"),
        B.material("fabric", "restated"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        gender="Women",
        title="Sztori Women Plus Size Charcoal Grey Solid Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: pregnant model holding a white bouquet, teal wrap midi with small white flowers, long sleeves, V-neck,
    # a ring and a watch, brown sandals; front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-032",
        caption(
            "This woman wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. This woman wears a ring on her finger. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        B.pattern("floral"),
        B.sleeve_length("long-sleeve"),
        details("dress", "V-shape neckline"),
        B.color("floral", "non_answer"),
        is_a("dress", "long-sleeve dress"),
        gender="Women",
        title="Momtobe Women Maternity Teal Blue Floral Printed Georgette Wrap Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: rust sleeveless cotton kurta with side slits, round neck, knee length, off-white pants, front. Caption:
    # adapter; answers: squad2 over it.
    case(
        "X1242-033",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        B.garment_type("tank top", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        details("kurta", "cotton fabric and pure color", "cut"),
        gender="Women",
        title="Biba Women Plus Size Rust Orange Solid Cotton Straight Kurta with Side Slits",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: colourblocked tunic, blue body with white side panels, 3/4 sleeves, round neck, white leggings, front.
    # Caption: adapter; answers: squad2 over it.
    case(
        "X1242-034",
        caption(
            "This woman wears a medium-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The leggings this woman wears is of long length. The leggings are with cotton fabric "
            "and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        B.pattern("color block"),
        B.color("color block", "non_answer"),
        wearing("a medium-sleeve shirt with color block patterns"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton"),
        gender="Women",
        title="Athena Plus Women Plus Size Blue & White Colourblocked Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: burgundy smocked maxi, short flutter sleeves, square neck, a straw hat on her head, pink backdrop, front.
    # Caption: adapter (starts over); answers: squad2 over it.
    case(
        "X1242-035",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of long length. This lady wears a hat. The lady wears a short-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        details("dress", "a hat", "contradiction"),
        B.sleeve_length("short-sleeve"),
        B.color("pure color", "non_answer"),
        describe("dress", "short-sleeve dress with pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Plus Size Burgundy Solid Smocked Maxi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: light blue jeggings with ripped knees, black V-neck tee, white sneakers, front. Caption: adapter;
    # answers: squad2 over it.
    case(
        "X1242-036",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape. This "
            "female wears a",
            "cut",
            hit_limit=True,
        ),
        B.material("denim"),
        B.garment_type("", "non_answer"),
        color_of("jeggings", "pure color", "non_answer"),
        B.pattern("patterns", "restated"),
        gender="Women",
        title="Kassually Curve Women Plus Size Light Blue Distressed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model, white tunic with black horizontal stripes, long sleeves, boat neck, nursing overlay,
    # black maternity leggings, front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-037",
        caption(
            "This woman wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The leggings this woman wears is of long length. The leggings are with cotton fabric and "
            "pure color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with stripe patterns"),
        B.pattern("stripe"),
        B.sleeve_length("long-sleeve"),
        B.color("stripe", "non_answer"),
        describe("tunic", "long-sleeve T-shirt with stripe patterns"),
        gender="Women",
        title="Mine4Nine Women Maternity White & Black Striped Nursing Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: sea green cotton kurta with all-over white chikankari floral embroidery, 3/4 sleeves, round neck, white
    # palazzos, a ring and silver bangles; front. Caption: adapter; answers: squad2 over it.
    case(
        "X1242-038",
        caption(
            "This lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. This lady wears a ring on her finger. There is an accessory on her wrist. This lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        B.pattern("floral"),
        details("kurta", "a ring on her finger", "contradiction"),
        B.material("cotton"),
        B.color("floral", "non_answer"),
        gender="Women",
        title="Libas Women Plus Size Sea Green Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: pregnant model in side profile, beige shirt dress, sleeves rolled to the elbow, collar, button through,
    # midi, self belt, flat sandals, no socks. Caption: adapter (invents socks); answers: squad2 over it.
    case(
        "X1242-039",
        caption(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. This lady wears a belt. The dress is of long length. This lady wears socks in shoes. The",
            "unsupported",
            hit_limit=True,
        ),
        B.sleeve_length("long-sleeve"),
        details("dress", "a belt"),
        B.material("cotton"),
        B.color("pure color", "non_answer"),
        wearing("a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Wobbly Walk Women Maternity Beige Solid Shirt Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: black coated (waxed-look) jeggings, red long-sleeve top, black ankle boots, front. Caption: adapter
    # (reads the coating as leather); answers: squad2 over it.
    case(
        "X1242-040",
        caption(
            "The person wears a long pants. The pants are with leather fabric and pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "person",
            "unsupported",
            hit_limit=True,
        ),
        B.material("leather", "unsupported"),
        wearing("a long pants"),
        color_of("pants", "pure color", "non_answer"),
        B.garment_type("pants"),
        gender="Women",
        title="Sztori Women Plus Size Black Coated Cotton Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: back view showing a tie-up back, navy kurta with white geometric print, 3/4 sleeves, white pants.
    # Caption: adapter (calls her a gentleman); answers: squad2 over it.
    case(
        "X1242-041",
        caption(
            "The gentleman wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The "
            "pants this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "This gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        B.pattern("graphic"),
        details("kurta", "", "non_answer"),
        B.sleeve_length("medium-sleeve"),
        B.color("graphic", "non_answer"),
        title="Aurelia Women Plus Size Navy Blue & White Printed Kurta with Tie-Up Back",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: red crepe tunic with a small floral print, 3/4 bell sleeves, V-neck, black leggings, front. Caption:
    # adapter (calls the crepe chiffon); answers: squad2 over it.
    case(
        "X1242-042",
        caption(
            "This woman wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The leggings this woman wears is of long length. The leggings are with cotton fabric "
            "and pure color",
            "unsupported",
            hit_limit=True,
        ),
        B.pattern("pure color", "contradiction"),
        wearing("a medium-sleeve shirt with floral patterns"),
        B.material("chiffon", "unsupported"),
        B.sleeve_length("medium-sleeve"),
        color_of("tunic", "floral", "non_answer"),
        gender="Women",
        title="Eavan Women Plus Size Red Floral Print Crepe Tunic",
        category="Tunics",
        color="Red",
    ),
    # Photo: pregnant model, navy sleeveless empire-waist knee dress with a lace yoke, a watch and a ring, front.
    # Caption: adapter; answers: squad2 over it.
    case(
        "X1242-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        B.sleeve_length("sleeveless"),
        B.pattern("pure color"),
        B.color("", "non_answer"),
        describe("dress", "sleeveless dress with pure color patterns"),
        gender="Women",
        title="Mamma's Maternity Women Navy Blue Solid Empire Dress with Lace Yoke",
        category="Dresses",
    ),
    # Photo: lime green A-line kurta with pink floral print, 3/4 sleeves, round neck, knee length, pink pants, front.
    # Caption: adapter (loops on fabric and neckline); answers: squad2 over it.
    case(
        "X1242-044",
        caption(
            "This lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt is with cotton fabric. It has a round neckline. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        B.pattern("floral"),
        B.material("cotton"),
        B.sleeve_length("medium-sleeve"),
        color_of("kurta", "floral", "non_answer"),
        gender="Women",
        title="W Women Plus Size Lime Green & Pink Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: mauve tiered cotton maxi dress, long puff sleeves, V-neck, no rings or bracelets, front. Caption: adapter
    # (invents a ring); answers: squad2 over it.
    case(
        "X1242-045",
        caption(
            "This woman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. This woman wears a ring on her finger. This woman wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        details("dress", "a ring on her finger", "unsupported"),
        B.sleeve_length("long-sleeve"),
        B.color("pure color", "non_answer"),
        B.garment_type("dress"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Mauve Solid Tiered Maxi Dress",
        category="Dresses",
        color="Mauve",
    ),
]
