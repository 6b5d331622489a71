"""BLIND_818 (46 products; Myntra women's kurtas and anarkalis over leggings or churidar, captions then QA): written
blind in the fifty-sixth session. Measured blind at ceb377f (the session's first rules): 100/125 failures found (80.0%)
and 9/184 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear, mostly kurtas (straight, A-line) and anarkalis, some sold as
kurta sets with churidar and dupatta, a few girls' sets, and a few rows whose product is the leggings or the
churidar itself while the photo is dominated by the kurta worn over them. Photos are catalog shots: mostly a white
studio backdrop, front view, full length; some against a colored wall, a brick wall, a lawn, a flower wall or with a
potted plant. Seller columns: title, category (Kurtas, Kurta Sets, Leggings, Churidar), color, gender; a few rows lack
one of them, as the real feed does.

Who wrote what: the caption comes from a caption adapter: "e1" is
leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, which still uses the base model's hue words and words like
"kurta" and "pants"; "e3" is the epoch-3 caption adapter, which writes the DeepFashion template ("The lady wears a
long-sleeve dress with floral patterns. The dress is with cotton fabric.") with no hue names, calls a kurta a dress,
top, shirt or blouse, and, with no end token trained, may loop or be cut at the 50-token limit. Open answers come
from the extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption, so they are spans of the caption
and inherit its mistakes; where it found no span, the job fell back to free generation with "Question: ... Answer:"
on the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), which gives the loops, cuts at 30 tokens, prompt leaks, restated
questions and wrong pronouns. Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's --engine reference and are one candidate value each. Each photo comment names the caption adapter and
the answers' sources; any free answer that is not a span of the caption is the vqa fallback.

Labeling conventions and judgement calls:
- "dress" for a floor-length, flared anarkali in a caption or free answer is accepted; "dress" for a straight or
  A-line kurta is a contradiction. A closed garment-type answer or a "no" to "Is this a kurta?" that does not name
  the catalog's kind is a contradiction even for an anarkali. "top", "tunic" and "long top" for a kurta are
  accepted; "shirt" and "blouse" are contradictions.
- Churidar called pants, trousers or leggings is accepted; leggings called pants is accepted.
- A shade inside the seller's color family is correct (teal -> blue, peach -> pink, mauve -> purple, rust ->
  orange, mint green -> green). Magenta called purple is a contradiction of the seller's color.
- Where the seller's color is off for the photo (a "Brown" kurta that is plainly rust), both the seller's word and
  the photo's hue are counted correct.
- A color answer for the product that is the color of another garment in the photo (leggings, churidar, dupatta,
  layered jacket, the kurta when the product is the leggings) is other_garment_color, also for a closed answer and
  also inside a set, where the seller's color names the kurta. A color that belongs to no garment (the wall, the
  grass, the print or stripe alone) is a contradiction.
- A caption or free answer that gives the kurta the leggings' color ("a brown kurta and brown leggings") is
  other_garment_color, not contradiction.
- A pattern word given to a color question ("pure color", "floral", "stripe"), a one-word answer to a describe or
  details question, an answer that names only the backdrop, and a garment name given as the material are
  non_answer.
- Fabrics the photo plausibly shows (cotton, rayon, georgette, chiffon for a flowing anarkali, knit for leggings)
  are accepted unless the title names another fabric, which makes it a contradiction. A fabric the photo cannot
  show (silk on a matte print, denim on a kurta), a lining, pockets, zips, rings, buttons or back details on a
  front view are unsupported.
- A text with two faults carries the one a reader would notice first; a looped text that also ran to the token
  limit is a loop with hit_limit=True; a text cut at the limit without repetition is a cut.
- Pronoun failures are only labeled where the row has a gender; "the lady" for a girl is accepted.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

gtype, colour, pattern, sleeves, fabric = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material
neckline = question("neckline", "What is the neckline of the kurta?", "open")

E3_LOOP = "The lady wears a long dress. "

BLIND_818 = [
    # photo: pink straight cotton kurta, white floral block print, 3/4 sleeves, white leggings; white backdrop, front.
    # e1 caption; QA wearing/color; ref sleeves/color
    case(
        "X818-001",
        caption(
            "a woman wearing a pink kurta with white floral print and white leggings standing against a white "
            "background"
        ),
        wearing("a pink kurta with white floral print and white leggings"),
        color_of("kurta", "pink", kind="open"),
        details("kurta", "white floral print"),
        sleeves("three-quarter"),
        colour("pink"),
        fabric("the garment is made of the material of the garment", "restated"),
        title="Biba Women Pink Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue flared anarkali with gold foil print, long sleeves, navy churidar; white backdrop, front.
    # e3 caption; QA wearing/color; ref type/color/pattern/is_a
    case(
        "X818-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        gtype("kurta"),
        colour("navy blue"),
        pattern("printed"),
        is_a("kurta", "yes"),
        title="Aurelia Women Navy Blue Foil Print Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard solid straight kurta, white thread embroidery on the yoke, 3/4 sleeves, white churidar; white
    # backdrop. e1 caption; QA colors/details; ref color/pattern
    case(
        "X818-003",
        caption("a woman in a yellow kurta and white pants posing for a photo"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pants", "white", kind="open"),
        details("kurta", "posing for a photo", "non_answer"),
        colour("white", "other_garment_color"),
        pattern("floral", "contradiction"),
        fabric("raw silk", "unsupported"),
        title="W Women Mustard Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon flared anarkali, gold zari border, long sleeves, v-neck, maroon churidar, gold dupatta, bangles;
    # beige wall with a brass lamp. e3 caption (looped to the limit); QA wearing/neckline/material; ref color/type/is_a
    case(
        "X818-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. " + E3_LOOP * 3 + "The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        neckline("v-shape"),
        fabric("chiffon"),
        colour("maroon"),
        gtype("kurta"),
        is_a("kurta", "yes"),
        title="Sangria Women Maroon Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: the product is the white ankle-length leggings, worn under a teal printed kurta; white backdrop.
    # e1 caption; QA color/wearing; ref color/type; vqa material (looped)
    case(
        "X818-005",
        caption("a woman wearing a teal kurta and white leggings"),
        color_of("leggings", "white", kind="open"),
        colour("teal", "other_garment_color"),
        gtype("leggings"),
        wearing("a teal kurta and white leggings"),
        fabric(
            "the leggings are made of cotton and spandex and the kurta is made of cotton and the leggings are made "
            "of cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Span Women White Cotton Lycra Ankle Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: the product is the cream churidar, worn under a rust floral kurta with long sleeves; white backdrop.
    # e3 caption; QA color/wearing; ref color/type/is_a
    case(
        "X818-006",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color_of("churidar", "pure color", "non_answer", kind="open"),
        colour("cream"),
        gtype("trousers"),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        is_a("churidar", "no", "contradiction"),
        title="Biba Women Cream Churidar",
        category="Churidar",
        color="Cream",
        gender="Women",
    ),
    # photo: teal straight kurta with white chikankari embroidery, long sleeves, white leggings; white backdrop.
    # e1 caption; QA color/details/describe; ref pattern/sleeves
    case(
        "X818-007",
        caption("a woman wearing a blue kurta with white embroidery and white leggings"),
        color_of("kurta", "blue", kind="open"),
        details("kurta", "white embroidery"),
        describe("kurta", "blue kurta with white embroidery"),
        pattern("embroidered"),
        sleeves("long"),
        fabric("georgette with a satin lining", "unsupported"),
        title="Jaipur Kurti Women Teal Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: black cotton anarkali with gold print, sleeveless, flared, black churidar; grey wall, wooden chair.
    # e3 caption (cut at 50); QA wearing/material; ref sleeves/color; vqa leggings color
    case(
        "X818-008",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        sleeves("sleeveless"),
        colour("gold", "contradiction"),
        fabric("cotton"),
        color_of("leggings", "black", kind="open"),
        title="Libas Women Black Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach A-line kurta with small floral print, 3/4 sleeves, mint green leggings; white backdrop.
    # e1 caption; QA wearing/color; ref color/type/pattern; vqa details (cut at 30)
    case(
        "X818-009",
        caption("a woman in a pink floral dress and green leggings", "contradiction"),
        wearing("a pink floral dress and green leggings", "contradiction"),
        color_of("kurta", "pink", kind="open"),
        colour("green", "other_garment_color"),
        gtype("kurta"),
        pattern("floral"),
        details(
            "kurta",
            "the kurta has a floral print and a round neckline and three quarter sleeves with a "
            "small slit on the sides and a",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Peach-Coloured Floral Print A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: olive solid cotton kurta, mandarin collar, button placket, long sleeves, beige churidar; white backdrop.
    # e1 caption; QA describe/pants color; vqa material; ref color/sleeves
    case(
        "X818-010",
        caption("a woman wearing a green kurta with a mandarin collar and beige pants"),
        describe("kurta", "green kurta with a mandarin collar"),
        fabric("cotton"),
        colour("beige", "other_garment_color"),
        sleeves("long"),
        wearing("Question: What is the person wearing? Answer: a green kurta and beige pants", "leak", hit_limit=True),
        color_of("pants", "beige", kind="open"),
        title="Fabindia Women Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta bandhani-print straight kurta, 3/4 sleeves, gold churidar; white backdrop. Row has no gender.
    # e1 caption; QA color/wearing/details; ref color/pattern
    case(
        "X818-011",
        caption("a woman in a purple kurta with polka dots and gold leggings", "contradiction"),
        color_of("kurta", "purple", "contradiction", kind="open"),
        colour("magenta"),
        pattern("printed"),
        wearing("a purple kurta with polka dots and gold leggings", "contradiction"),
        details("kurta", "polka dots"),
        describe(
            "kurta",
            "a magenta kurta with white bandhani dots all over and a gold churidar with a gold border at "
            "the ankles and a",
            "cut",
            hit_limit=True,
        ),
        title="Rain and Rainbow Women Magenta Bandhani Print Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # photo: white chikankari straight kurta, long sleeves, white leggings; pale blue wall behind.
    # e1 caption; QA colors; ref color/pattern; vqa describe (looped)
    case(
        "X818-012",
        caption("a woman in a white kurta standing in front of a blue wall"),
        color_of("kurta", "white", kind="open"),
        color_of("leggings", "white", kind="open"),
        colour("blue", "contradiction"),
        pattern("embroidered"),
        details("kurta", "white chikankari embroidery all over"),
        describe(
            "kurta",
            "the kurta is white and the kurta is white and the kurta is white and the kurta is white and the",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women White Chikankari Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: red anarkali with gold gota border, v-neck, long sleeves, red churidar, gold dupatta, bangles; white.
    # e3 caption; QA neckline/wearing/material; ref type/color/sleeves
    case(
        "X818-013",
        caption(
            "The female is wearing a long-sleeve dress with color block patterns. The dress is with chiffon "
            "fabric. His dress has a v-shape neckline. There is an accessory on her wrist.",
            "pronoun",
        ),
        neckline("v-shape"),
        wearing("a long-sleeve dress with color block patterns"),
        fabric("chiffon"),
        gtype("dress", "contradiction"),
        colour("red"),
        sleeves("long"),
        title="Shree Women Red Anarkali Kurta with Churidar and Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: turquoise straight kurta, white geometric print, short sleeves, white leggings; outdoors on a lawn.
    # e1 caption; QA color/details; ref color/sleeves; vqa material
    case(
        "X818-014",
        caption("a woman standing on the grass wearing a blue kurta and white leggings"),
        color_of("kurta", "blue", kind="open"),
        colour("green", "contradiction"),
        sleeves("short"),
        details("kurta", "standing on the grass", "non_answer"),
        fabric("100% cotton with a cotton lining inside", "unsupported"),
        color_of("leggings", "the color of the leggings", "restated", kind="open"),
        title="Global Desi Women Turquoise Blue Printed Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: lavender A-line kurta, white floral embroidery at the hem, 3/4 sleeves, white churidar; white backdrop.
    # e3 caption (looped); QA wearing/color; ref color/pattern/is_a
    case(
        "X818-015",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. The top is "
            "with cotton fabric. The top is with cotton fabric. The top is with cotton fabric. The top",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve top with floral patterns"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        colour("lavender"),
        pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        title="Avaasa Women Lavender A-Line Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a yellow short-sleeve kurta with pink churidar (a set); white backdrop.
    # e1 caption; QA wearing; ref color/sleeves; vqa describe
    case(
        "X818-016",
        caption("a little girl wearing a yellow kurta and pink leggings"),
        wearing("a yellow kurta and pink leggings", who="she"),
        colour("pink", "other_garment_color"),
        sleeves("short"),
        describe("kurta", "he is wearing a yellow kurta with pink pants", "pronoun"),
        details("kurta", "a zip at the back and two side pockets", "unsupported"),
        title="Biba Girls Yellow & Pink Kurta with Churidar",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: sea green straight kurta, gold foil print on the yoke, sheer long sleeves, sea green churidar; white.
    # e1 caption; QA colors; ref color/pattern; vqa details (leak)
    case(
        "X818-017",
        caption("a woman in a green kurta and green pants with gold print"),
        color_of("pants", "green", kind="open"),
        color_of("kurta", "green", kind="open"),
        colour("sea green"),
        pattern("printed"),
        details(
            "kurta",
            "gold foil print on the yoke Question: What is the color of the pants? Answer: green",
            "leak",
            hit_limit=True,
        ),
        fabric(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton",
            "loop",
            hit_limit=True,
        ),
        title="W Women Sea Green Foil Print Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust straight kurta (seller says Brown) with black ethnic motifs, 3/4 sleeves, black leggings; white.
    # e1 caption; QA colors/describe; ref color; vqa material
    case(
        "X818-018",
        caption("a woman wearing an orange kurta with black print and black leggings"),
        color_of("kurta", "orange", kind="open"),
        colour("brown"),
        color_of("leggings", "black", kind="open"),
        fabric("silk", "unsupported"),
        describe("kurta", "orange kurta with black print"),
        title="Sangria Women Brown Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: the product is the maroon leggings, worn under a cream floral short kurti with long sleeves; white.
    # e3 caption; QA material/color; ref color/type/is_a
    case(
        "X818-019",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with knitting fabric and pure color patterns.",
            "contradiction",
        ),
        fabric("knitting fabric"),
        color_of("leggings", "pure color", "non_answer", kind="open"),
        colour("cream", "other_garment_color"),
        gtype("leggings"),
        is_a("pair of leggings", "yes"),
        describe(
            "leggings",
            "maroon leggings that are ankle length and are worn under a cream kurta with a floral print and long",
            "cut",
            hit_limit=True,
        ),
        title="Go Colors Women Maroon Ankle Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: indigo dabu-print cotton A-line kurta, white motifs, 3/4 sleeves, white churidar; white backdrop with a
    # potted plant at left. e1 caption; QA wearing/color; ref color/pattern; vqa details/material
    case(
        "X818-020",
        caption("a woman in a blue and white kurta standing next to a potted plant"),
        wearing("a blue and white kurta"),
        color_of("kurta", "blue and white", kind="open"),
        colour("navy blue"),
        pattern("printed"),
        details("kurta", "the kurta has two pockets on the sides and a zip closure at the back", "unsupported"),
        fabric("cotton"),
        neckline(
            "round neckline Question: What is the sleeve length of the kurta? Answer: three quarter",
            "leak",
            hit_limit=True,
        ),
        title="Fabindia Women Indigo Dabu Print Cotton A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink anarkali with white floral print, 3/4 sleeves, white churidar, white dupatta; white backdrop.
    # e3 caption (cut at 50); QA wearing; ref type/color; vqa color (looped)
    case(
        "X818-021",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        gtype("kurta"),
        colour("white", "other_garment_color"),
        color_of(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Libas Women Pink Floral Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: beige straight kurta with brown thread embroidery, long sleeves, brown leggings; white backdrop.
    # e1 caption; QA colors/wearing; ref color/pattern/sleeves
    case(
        "X818-022",
        caption("a woman wearing a brown kurta and brown leggings", "other_garment_color"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        color_of("leggings", "brown", kind="open"),
        colour("beige"),
        wearing("a brown kurta and brown leggings", "other_garment_color"),
        pattern("embroidered"),
        sleeves("long"),
        details("kurta", "brown embroidery on the yoke and sequin work on the sleeves", "unsupported"),
        title="Aurelia Women Beige Embroidered Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: green straight kurta with a pink yoke, 3/4 sleeves, pink leggings; white backdrop. Row has no color.
    # e1 caption; QA color/details; ref color/sleeves; vqa describe
    case(
        "X818-023",
        caption("a woman wearing a green and pink kurta with pink leggings"),
        color_of("kurta", "green and pink", kind="open"),
        colour("green"),
        describe("kurta", "a green kurta with a pink yoke and three quarter sleeves"),
        details("kurta", "pink", "non_answer"),
        sleeves("long", "contradiction"),
        wearing(
            "a green kurta and pink leggings and a green kurta and pink leggings and a green kurta and pink "
            "leggings and a",
            "loop",
            hit_limit=True,
        ),
        title="Shree Women Green Yoke Design Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: the product is the red churidar, under a white kurta with red print; white backdrop.
    # e1 caption; QA color/wearing; ref color/type/is_a
    case(
        "X818-024",
        caption("a woman in a white kurta with red print and red pants"),
        color_of("pants", "red", kind="open"),
        colour("red"),
        gtype("kurta", "contradiction"),
        is_a("churidar", "yes"),
        wearing("a white kurta with red print and red pants"),
        fabric("the churidar is made of pure silk", "unsupported"),
        title="Biba Women Red Churidar",
        category="Churidar",
        color="Red",
        gender="Women",
    ),
    # photo: yellow floor-length anarkali with mirror work on the yoke only, full sleeves, yellow churidar; a wall of
    # orange marigolds behind. e1 caption; QA color/details; ref color/pattern; vqa material
    case(
        "X818-025",
        caption("a woman in a yellow dress standing in front of a wall of orange flowers"),
        color_of("dress", "yellow", kind="open"),
        colour("yellow"),
        details("dress", "a wall of orange flowers", "non_answer"),
        fabric("silk with mirror work and gold zari embroidery on the sleeves", "unsupported"),
        pattern("embroidered"),
        wearing(
            "a yellow anarkali with mirror work on the yoke and a yellow churidar and the anarkali has full "
            "sleeves and a flared",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Yellow Mirror Work Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: black straight kurta, thin white stripes, 3/4 sleeves, round neck, white leggings, no jewelry; white.
    # e3 caption; QA color/material; ref pattern/color; vqa describe
    case(
        "X818-026",
        caption(
            "The lady wears a medium-sleeve top with stripe patterns. The top is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long leggings. The leggings are "
            "with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        pattern("striped"),
        color_of("leggings", "black", "other_garment_color", kind="open"),
        color_of("kurta", "stripe", "non_answer", kind="open"),
        colour("black"),
        describe("kurta", "black and white striped kurta with a round neck and three quarter sleeves"),
        fabric("cotton"),
        title="Anouk Women Black & White Striped Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: mauve A-line kurta with silver foil print, 3/4 sleeves, mauve churidar; white backdrop.
    # e1 caption; QA color; ref color/sleeves; vqa wearing (leak)
    case(
        "X818-027",
        caption("a woman wearing a purple kurta with silver print and purple pants"),
        color_of("kurta", "purple", kind="open"),
        colour("mauve"),
        wearing(
            "Answer: a purple kurta and purple pants Question: What is the color of the kurta? Answer: purple",
            "leak",
            who="she",
            hit_limit=True,
        ),
        sleeves("three-quarter"),
        details("kurta", "kurta details", "restated"),
        gtype("dress", "contradiction"),
        title="W Women Mauve Printed A-Line Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: cream cotton straight kurta with red floral print, long sleeves, red leggings; white backdrop.
    # e3 caption; QA material/describe; ref color/pattern; vqa color
    case(
        "X818-028",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        colour("cream"),
        fabric("cotton fabric"),
        pattern("floral"),
        describe("kurta", "long-sleeve top with floral patterns"),
        details("kurta", "floral print with hand-painted gold highlights", "unsupported"),
        title="Jaipur Kurti Women Cream Floral Print Cotton Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: sky blue solid straight kurta with white lace at the hem, 3/4 sleeves, white leggings; white backdrop.
    # e1 caption; QA details; ref color/pattern; vqa material/describe (looped)
    case(
        "X818-029",
        caption("a woman in a light blue kurta with white lace trim and white leggings"),
        details("kurta", "white lace trim"),
        colour("blue"),
        fabric("denim", "unsupported"),
        describe(
            "kurta",
            "she is wearing a light blue kurta with white lace at the hem and white leggings she is "
            "wearing a light blue kurta",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        wearing("his kurta is light blue with white lace", "pronoun", who="she"),
        title="Span Women Blue Solid Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: green sleeveless flared anarkali with all-over gold print, green churidar; white backdrop, front view.
    # e1 caption; QA wearing/color; ref type/sleeves; vqa details
    case(
        "X818-030",
        caption("a woman in a green and gold dress with a flared skirt"),
        wearing("a green and gold dress"),
        gtype("kurta"),
        sleeves("long", "contradiction"),
        color_of("dress", "green and gold", kind="open"),
        details("dress", "a round neckline with a keyhole and a tassel tie at the back", "unsupported"),
        title="Libas Women Green Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a pink sleeveless anarkali with white churidar; white backdrop.
    # e3 caption (cut at 50); QA wearing; ref color/sleeves; vqa describe
    case(
        "X818-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        colour("white", "other_garment_color"),
        sleeves("sleeveless"),
        fabric("pure silk with zari work", "unsupported"),
        describe("dress", "he is wearing a pink dress with white leggings", "pronoun"),
        title="Biba Girls Pink Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: rust kurta with mirror work on the yoke, 3/4 sleeves, off-white churidar; outdoors, red brick wall.
    # e1 caption; QA color/details; ref color/pattern; vqa churidar color
    case(
        "X818-032",
        caption("a woman in an orange kurta standing in front of a brick wall"),
        color_of("kurta", "orange", kind="open"),
        colour("rust"),
        details("kurta", "brick wall", "non_answer"),
        color_of("churidar", "red", "contradiction", kind="open"),
        pattern("embroidered"),
        sleeves("sleeveless", "contradiction"),
        title="Global Desi Women Rust Embroidered Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: black straight kurta, multicolored floral embroidery at the neck, long sleeves, black leggings; white.
    # e1 caption; QA colors/details; ref color; vqa material (looped)
    case(
        "X818-033",
        caption("a woman in a black kurta with colorful embroidery and black leggings"),
        color_of("kurta", "black", kind="open"),
        color_of("leggings", "black", kind="open"),
        colour("black"),
        details("kurta", "colorful embroidery"),
        fabric(
            "the kurta is made of cotton and the leggings are made of cotton and the kurta is made of cotton and "
            "the leggings",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "black kurta with colorful embroidery Answer: black kurta with colorful embroidery Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Aurelia Women Black Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach cotton anarkali with gold gota trim, round neck, 3/4 sleeves, peach churidar, dupatta, bangles,
    # no ring visible; white backdrop. e3 caption; QA neckline/material; ref color/type
    case(
        "X818-034",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. There is an accessory on her wrist. There is a ring on her finger.",
            "unsupported",
        ),
        neckline("v-shape", "unsupported"),
        colour("peach"),
        gtype("kurta"),
        fabric("chiffon", "contradiction"),
        title="Soch Women Peach Cotton Anarkali Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: the product is the navy blue leggings, under a white kurta with blue print; white backdrop.
    # e1 caption; QA color; ref color/type; vqa material/details
    case(
        "X818-035",
        caption("a woman wearing a white kurta with blue print and blue leggings"),
        color_of("leggings", "blue", kind="open"),
        colour("white", "other_garment_color"),
        fabric("cotton lycra"),
        gtype("leggings"),
        details("leggings", "the leggings details are the details of the leggings", "restated"),
        title="Twin Birds Women Navy Blue Cotton Lycra Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mint green straight kurta with white thread work, 3/4 sleeves, white churidar; white backdrop. Row has
    # no category. e1 caption; QA wearing/material; ref color; vqa describe
    case(
        "X818-036",
        caption("a woman wearing a mint green kurta and white churidar"),
        wearing("a mint green kurta and white churidar"),
        colour("green"),
        describe("kurta", "the kurta is a kurta", "restated"),
        fabric("churidar", "non_answer"),
        details(
            "kurta",
            "white thread work on the yoke and the sleeves and the hem of the kurta and the neckline is round and the",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Green Embroidered Kurta",
        color="Green",
        gender="Women",
    ),
    # photo: multicolored patchwork-print straight kurta, 3/4 sleeves, black leggings; white backdrop.
    # e1 caption; QA color/describe; ref color/pattern; vqa details (leak)
    case(
        "X818-037",
        caption("a woman wearing a colorful patchwork kurta and black leggings"),
        color_of("kurta", "colorful", kind="open"),
        colour("black", "other_garment_color"),
        pattern("printed"),
        describe("kurta", "colorful patchwork kurta"),
        details("kurta", "Question: What are the kurta details? Answer: patchwork", "leak"),
        wearing("he is wearing a colorful patchwork kurta with black leggings", "pronoun"),
        title="Folklore Women Multicoloured Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: off-white straight kurta with thin gold zari stripes, long sleeves, off-white churidar; seated on a
    # wooden stool, white backdrop. e3 caption; QA material/wearing; ref color/pattern/is_a; vqa color
    case(
        "X818-038",
        caption(
            "The lady wears a long-sleeve top with stripe patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        colour("off white"),
        pattern("striped"),
        color_of("kurta", "gold", "contradiction", kind="open"),
        fabric("cotton fabric"),
        wearing("a long-sleeve top with stripe patterns"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "gold zari stripes and a hidden zip on the left side", "unsupported"),
        title="W Women Off-White Striped Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: purple straight kurta with yellow print, 3/4 sleeves, yellow leggings; white backdrop.
    # e1 caption; QA colors; ref color/sleeves; vqa describe
    case(
        "X818-039",
        caption("a woman wearing a yellow kurta and yellow leggings", "other_garment_color"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        color_of("leggings", "yellow", kind="open"),
        colour("purple"),
        sleeves("three-quarter"),
        describe("kurta", "a purple kurta with a yellow print and yellow leggings"),
        fabric("velvet", "unsupported"),
        details("kurta", "yes", "non_answer"),
        title="Span Women Purple Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: navy printed kurta layered under a white sleeveless ethnic jacket (sold together), white churidar;
    # white backdrop. e1 caption; QA color/wearing; ref color/type; vqa describe (looped)
    case(
        "X818-040",
        caption("a woman in a white jacket over a blue kurta and white pants"),
        color_of("kurta", "blue", kind="open"),
        colour("white", "other_garment_color"),
        describe(
            "kurta",
            "a blue kurta with a white jacket and white pants and a white jacket and white pants and a white jacket",
            "loop",
            hit_limit=True,
        ),
        gtype("jacket", "contradiction"),
        wearing("a white jacket over a blue kurta and white pants"),
        fabric("denim jacket and cotton kurta", "unsupported"),
        title="Biba Women Navy Blue Printed Kurta with Jacket",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: all-pink set: pink solid straight kurta, long sleeves, pink churidar, pink chiffon dupatta; white.
    # e3 caption; QA wearing/material; ref color/pattern; vqa churidar color
    case(
        "X818-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a scarf. The scarf is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        colour("pink"),
        pattern("solid"),
        fabric("cotton fabric"),
        color_of("churidar", "pink", kind="open"),
        details("kurta", "a round neckline with a back tie-up and potli buttons", "unsupported"),
        title="Mytri Women Pink Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: teal floor-length anarkali with a contrast pink border, 3/4 sleeves, no buttons, pink churidar; white.
    # e1 caption; QA color; ref color; vqa details/material
    case(
        "X818-042",
        caption("a woman wearing a teal anarkali dress with a pink border and pink churidar"),
        color_of("kurta", "teal", kind="open"),
        colour("pink", "other_garment_color"),
        details("kurta", "pink border and gold buttons on the front placket", "unsupported"),
        fabric("the anarkali is made of georgette"),
        wearing("a teal anarkali and pink churidar Question: Is this a kurta? Answer: yes", "leak", hit_limit=True),
        title="Aurelia Women Teal Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: the product is the black leggings, under a red floral short-sleeve kurti; white backdrop. No gender.
    # e3 caption; QA material/describe; ref color/type; vqa leggings color
    case(
        "X818-043",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The lady wears a long leggings. The leggings "
            "are with knitting fabric and pure color patterns."
        ),
        fabric("knitting fabric"),
        colour("red", "other_garment_color"),
        gtype("leggings"),
        color_of("leggings", "black", kind="open"),
        describe("leggings", "long", "non_answer"),
        wearing("the person is wearing", "restated"),
        title="Go Colors Women Black Leggings",
        category="Leggings",
        color="Black",
    ),
    # photo: yellow straight kurta with white floral print, 3/4 sleeves, white leggings; yellow wall behind.
    # e1 caption; QA color/describe; ref color; vqa wearing
    case(
        "X818-044",
        caption("a woman in a yellow floral kurta standing against a yellow wall"),
        color_of("kurta", "yellow", kind="open"),
        colour("yellow"),
        wearing("he is wearing a yellow kurta and white leggings", "pronoun"),
        describe("kurta", "yellow floral kurta"),
        fabric("chanderi silk with a cotton lining", "unsupported"),
        title="Libas Women Yellow Floral Print Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold print, long sleeves, v-neck, maroon churidar, gold dupatta, necklace;
    # white backdrop. e3 caption; QA neckline/wearing; ref color/sleeves; vqa color
    case(
        "X818-045",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her neck."
        ),
        colour("gold", "other_garment_color"),
        neckline("v-shape"),
        color_of("kurta", "maroon", kind="open"),
        wearing("a long-sleeve top with graphic patterns"),
        sleeves("three-quarter", "contradiction"),
        details(
            "kurta",
            "gold print on the yoke, gold print on the sleeves, gold print on the hem, gold print on the "
            "yoke, gold print on the",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Maroon Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton kalamkari kurta with black print, round neck with keyhole, 3/4 sleeves, black churidar;
    # white backdrop. e1 caption; QA color; ref color; vqa material/details (cut at 30)
    case(
        "X818-046",
        caption("a woman in a black and white kurta and black pants"),
        color_of("kurta", "black and white", kind="open"),
        colour("black", "other_garment_color"),
        fabric("cotton"),
        details(
            "kurta",
            "the kurta has a round neckline with a keyhole opening and three quarter sleeves with a "
            "printed border at the hem and",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "a black kurta with white print and black pants", "other_garment_color"),
        title="Fabindia Women White & Black Kalamkari Print Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
]
