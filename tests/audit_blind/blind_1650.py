"""BLIND_1650 (45 products; Myntra women's plus-size and maternity feed, epoch-3 captions + extractive QA): written
blind in the sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 113/129 failures found
(87.6%) and 24/173 correct texts flagged (13.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, kurta sets, tunics, dresses, jeggings, a few
tops). Catalog columns as Myntra exports them: title (brand + "Women Plus Size" + base colour + print + style), category
(the article type: Kurtas, Kurta Sets, Tunics, Dresses, Jeggings, Tops), color (the base colour), gender (Women),
left out on a few rows. Photos are the usual first image: a model on a plain studio backdrop wearing the product with
leggings, palazzos, jeans or a plain top; pregnant models for the maternity brands; two flat lays, two back views,
props now and then (a clutch, a mug, a stool, a potted plant).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption alone,
so an answer is always a span of the caption, or "" when the QA model chose no-answer. The caption adapter only knows
the DeepFashion-MultiModal template: no hue names at all, no kurta, tunic or jeggings (a kurta becomes a "dress", a
"shirt" or "the upper clothing", jeggings become "leggings", a maxi dress becomes a tank top plus a skirt). It never
stops: every caption ran the full 50 tokens (hit_limit on all of them); most end mid-sentence, many start repeating
their own sentences, and four happen to end on a full stop right at the limit.
Labeling conventions and judgement calls: one label per text. A caption that is cut mid-sentence is "cut"; one that
has started repeating a sentence is "loop"; but when a caption also misnames the product (kurta called dress or shirt,
shirt dress called shirt + skirt) or gets the wearer's gender wrong or invents an accessory, that content error takes
the label (contradiction / pronoun / unsupported) since hit_limit already marks the length. The four captions that end
on a full stop at the limit are left unmarked when their content is right. Color answers: the caption has no hue, so
every color answer is a pattern word ("pure color", "floral", "striped", "color block") or empty; I marked all of them
non_answer, since none names a color. "Upper clothing" / "lower clothing" as the garment type, and an empty answer to
what the person is wearing, are non_answer; "fabric" for the material and "sleeves" for the sleeve length are
restated. "Shirt" or "T-shirt" for a tunic or a woven top I accepted (the blouse/shirt class); "shirt" or "dress" for a
kurta I marked contradiction (the seller says kurta). For jeggings, a garment type, pattern or sleeve length taken
from the top worn with them is contradiction; an empty sleeve length for jeggings is left unmarked (there are no
sleeves to give). "Chiffon" for georgette I accepted; "cotton" against a rayon title is contradiction, against a
crepe that clearly is not cotton in the photo (title silent) unsupported. "What is the person wearing?" answered with
the top worn with the jeggings, or with the trousers only, is true of the photo and left unmarked. An answer that ends
where the cut caption ends ("There is an accessory in her") is cut, without hit_limit (the QA model did not run out).
"Is this a dress?" answered "a long-sleeve dress" I left unmarked (it says yes, in its way); an empty answer there is
non_answer. No prompt leaks and no other-garment colors: the caption has no prompt and no colors for them to come from.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1650 = [
    # Photo: front, grey backdrop; navy straight kurta with small white ethnic motifs, 3/4 sleeves, round neck, worn
    # with white leggings; a silver bangle on her right wrist. Caption: epoch-3 adapter. Answers: mdeberta over it.
    case(
        "X1650-001",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: full length on white; maroon georgette maxi dress with small white flowers, flutter short sleeves, V-neck,
    # self tie belt; no jewellery, hands empty. Caption: epoch-3 (repeats the wrist sentence). Answers: mdeberta.
    case(
        "X1650-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The neckline "
            "of it is v-shape. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Instafab Plus Women Maroon Floral Print A-Line Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: side view, pregnant model in a white crew-neck tee and black jeggings with an over-belly panel, white
    # sneakers. Caption: epoch-3 adapter (top first, then the jeggings as leggings). Answers: mdeberta.
    case(
        "X1650-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. She wears a long leggings. The leggings are with denim fabric and pure color patterns. "
            "The lady wears",
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
        title="Momsoon Maternity Women Black Solid Maternity Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: front, grey backdrop; mustard crepe shirt-style tunic (mandarin collar, button placket, roll-up tab long
    # sleeves, curved hem) with mid-blue jeans. The crepe has a clear sheen. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. She wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Therebelinme Plus Size Women Mustard Yellow Solid Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: pregnant model on cream backdrop holding a soft toy; olive A-line cotton nursing kurta (two concealed
    # vertical zips), 3/4 sleeves, round neck, white palazzos. Caption: epoch-3 (calls it a dress). Answers: mdeberta.
    case(
        "X1650-005",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. She wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "She wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("It has a round neckline"),
        gender="Women",
        title="Mom For Sure by Ketki Dalal Women Olive Green Cotton Maternity Nursing Kurta with Zip Detail",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: flat lay on white; mid-blue washed jeggings with faux front pockets, no person. Caption: epoch-3 (the
    # lower-clothing template twice over). Answers: mdeberta.
    case(
        "X1650-006",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is of "
            "long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lower clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length(""),
        Q.material("denim"),
        D.details("long length"),
        gender="Women",
        title="Sztori Women Plus Size Blue Washed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: front, slight twirl; pink calf-length Anarkali kurta with green florals, long sleeves, round neck with gota
    # trim, green churidar, glass bangles on both wrists. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-007",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Pink & Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: pregnant model on white, hands on the bump, bare fingers; black knit bodycon midi, short sleeves, round
    # neck, gold studs. Caption: epoch-3 (loops on a ring she does not wear). Answers: mdeberta.
    case(
        "X1650-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady wears a ring. This lady wears a ring. This lady wears a ring. This lady wears a "
            "ring. This",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitting fabric"),
        D.details("The lady wears a ring. This lady wears a ring", "loop"),
        gender="Women",
        title="Wobbly Walk Women Black Solid Maternity Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: front, white backdrop; white cotton top with schiffli eyelet embroidery all over, short puff sleeves,
    # square neck, light-blue jeans. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is square. She wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.description("short-sleeve shirt with pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Plus Size White Schiffli Embroidered Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: front; teal straight kurta with gold yoke embroidery, 3/4 sleeves, V-neck, matching teal trousers,
    # jhumkas. Caption: epoch-3 (repeats the lower-clothing sentence). Answers: mdeberta.
    case(
        "X1650-010",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of long length",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("v-shape"),
        gender="Women",
        title="Sztori Women Plus Size Teal Blue Yoke Design Straight Kurta With Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: front, holding a tan handbag; red and white vertical stripe shirt dress, collar, button front, long
    # roll-up sleeves, fabric belt, knee length. Caption: epoch-3 (a shirt and a skirt). Answers: mdeberta.
    case(
        "X1650-011",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. She wears a long skirt. The skirt is with cotton fabric and striped patterns. There is an "
            "accessory in her hand. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Red & White Striped Shirt Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: pregnant model, front; navy top with white polka dots, flutter short sleeves, round neck, empire waist,
    # white trousers. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with chiffon fabric. It has a "
            "round neckline. She wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        title="Mine4Nine Women Navy Blue Printed Maternity Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: back view; green straight kurta, 3/4 sleeves, beige pants, a steel watch on her left wrist, hair in a low
    # bun. Caption: epoch-3 (a man, in a shirt). Answers: mdeberta.
    case(
        "X1650-013",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. He "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory "
            "on his wrist. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        D.details("There is an accessory on his wrist", "pronoun"),
        gender="Women",
        title="Aurelia Women Plus Size Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: front; short white long-sleeve kurti worn over black jeggings, a black fitness band on her wrist.
    # Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("denim"),
        gender="Women",
        title="Sztori Women Plus Size Black Solid Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: full length on white; lavender solid tiered maxi dress, wide shoulder straps, square neck, flat sandals.
    # Caption: epoch-3 (a tank top and a skirt). Answers: mdeberta.
    case(
        "X1650-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. She wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. She wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="FabAlley Curve Women Plus Size Lavender Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: front; off-white cotton A-line kurta with blue geometric block print, 3/4 sleeves, round neck with a
    # keyhole, blue floral-print palazzos, a thin bangle. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-016",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has floral patterns. There is an "
            "accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        Q.color("graphic", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.description("cotton fabric and graphic patterns"),
        gender="Women",
        title="Indya Plus Women Off White & Blue Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: pregnant model, side pose; pink long-sleeve maternity top over blue denim-look jeggings with a belly band.
    # Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-017",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. She wears a long leggings. The leggings are with denim fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("leggings"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender="Women",
        title="Momsoon Maternity Women Blue Denim Maternity Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: front; black jersey tunic with a white abstract graphic print, short sleeves, round neck, high-low hem,
    # black leggings. Caption: epoch-3, ends on a full stop at the limit. Answers: mdeberta.
    case(
        "X1650-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. She wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Therebelinme Plus Size Women Black Printed High-Low Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: front; yellow kurta with pink florals, 3/4 sleeves, V-neck, matching palazzos, dupatta draped around the
    # neck and over both shoulders. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-019",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has floral patterns. There is an accessory "
            "on her neck. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("There is an accessory on her neck"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: flat lay on white; peach cotton pullover tunic, sleeves spread, 3/4 sleeves, round neck with pintucks at
    # the yoke, no person. Caption: epoch-3 (a lady, twice over). Answers: mdeberta.
    case(
        "X1650-020",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("It has a round neckline"),
        gender="Women",
        title="Instafab Plus Women Plus Size Peach-Coloured Solid Pintuck Tunic",
        category="Tunics",
        color="Peach",
    ),
    # Photo: pregnant model, front; mauve jersey wrap dress, long sleeves, V-neck, knee length, side tie, no jewellery
    # on her hands. Caption: epoch-3 (a ring and a wrist accessory, repeating). Answers: mdeberta.
    case(
        "X1650-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The "
            "neckline of it is v-shape. The lady wears a ring. There is an accessory on her wrist. The lady wears a "
            "ring. There is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        D.details("v-shape"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="Wobbly Walk Women Mauve Solid Maternity Wrap Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: front, holding a gold clutch; rust kurta with ethnic motifs, long sleeves, mandarin collar, off-white
    # trousers. Caption: epoch-3 (calls the kurta a shirt). Answers: mdeberta.
    case(
        "X1650-022",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. She wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("There is an accessory in her", "cut"),
        gender="Women",
        title="Sztori Women Plus Size Rust Orange Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: front; blue cotton-cambric tunic (matte, crisp) with white florals, short sleeves, notch neck, white
    # jeggings. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-023",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. The neckline "
            "of the shirt is v-shape. She wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        title="Aurelia Women Plus Size Blue Floral Printed Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: front; model with a short crop; black and white checked shirt-style tunic, collar, buttons, long sleeves,
    # black jeggings, a watch on her wrist. Caption: epoch-3 (he/his). Answers: mdeberta.
    case(
        "X1650-024",
        caption(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. He wears a long "
            "trousers. The trousers are with denim fabric and pure color patterns. There is an accessory on his wrist. "
            "He",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long trousers"),
        Q.garment_type("shirt"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.details("There is an accessory on his wrist", "pronoun"),
        gender="Women",
        title="Instafab Plus Women Plus Size Black & White Checked Shirt-Style Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: pregnant model, front; pink cotton kurta with white florals, 3/4 sleeves, V-neck, hidden side feeding
    # zips, white leggings. Caption: epoch-3 (a dress), ends on a full stop at the limit. Answers: mdeberta.
    case(
        "X1650-025",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The neckline "
            "of it is v-shape. She wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("v-shape"),
        gender="Women",
        title="Mom For Sure by Ketki Dalal Women Pink Floral Printed Maternity Feeding Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: front, white backdrop; wine ribbed-knit bodycon dress, long sleeves, round neck, knee length, black heels,
    # silver hoops. Caption: epoch-3 (starts over). Answers: mdeberta.
    case(
        "X1650-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="Therebelinme Plus Size Women Burgundy Ribbed Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: back view; charcoal grey jeggings with back patch pockets, white tee half tucked, a watch visible on the
    # left wrist. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. She "
            "wears a long leggings. The leggings are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("leggings"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender="Women",
        title="Sztori Women Plus Size Charcoal Grey Mid-Rise Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: front; beige straight kurta with tonal self-design embroidery, long sleeves, round neck, beige pants,
    # gold bangles. Caption: epoch-3, ends on a full stop at the limit. Answers: mdeberta.
    case(
        "X1650-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("fabric", "restated"),
        D.description("The upper clothing has long sleeves, cotton fabric and pure color patterns"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Beige Self Design Straight Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: front; cotton jersey top in blue, white and pink colour blocks, short sleeves, round neck, blue jeans.
    # Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-029",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. She wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns"),
        Q.garment_type("T-shirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        D.details("There is an accessory on", "cut"),
        gender="Women",
        title="Instafab Plus Women Plus Size Multicoloured Colourblocked Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: pregnant model beside a potted plant, bare wrists and fingers; green floral maxi dress, short sleeves,
    # V-neck. Caption: epoch-3 (a bracelet and a ring, repeating). Answers: mdeberta.
    case(
        "X1650-030",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The neckline "
            "of it is v-shape. There is an accessory on her wrist. The lady wears a ring. There is an accessory on her "
            "wrist. The lady wears a ring. There",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.details("There is an accessory on her wrist. The lady wears a ring", "unsupported"),
        gender="Women",
        title="Wobbly Walk Women Green Floral Maternity Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: front; black flared kurta with white thread embroidery at the yoke, 3/4 sleeves, V-neck, white churidar.
    # Caption: epoch-3 (a dress). Answers: mdeberta.
    case(
        "X1650-031",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "neckline of it is v-shape. She wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        title="Sztori Women Plus Size Black Embroidered A-Line Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: front; navy fit-and-flare dress with white polka dots, cap sleeves, round neck, belt, a wristwatch.
    # Caption: epoch-3 (starts over). Answers: mdeberta.
    case(
        "X1650-032",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        D.details("There is an accessory on her wrist"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Navy Blue Polka Dot Fit & Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: front; off-white rayon tunic, long bell sleeves with lace trim, round neck, denim jeggings.
    # Caption: epoch-3 (begins the trousers sentence again). Answers: mdeberta.
    case(
        "X1650-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. She wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "The lady wears a long trousers",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        D.details("It has a round neckline"),
        gender="Women",
        title="Aurelia Women Plus Size Off-White Solid Rayon Tunic with Lace Detail",
        category="Tunics",
        color="Off White",
    ),
    # Photo: front; model with short hair; blue straight kurta, long sleeves, round neck with a short button placket,
    # white trousers. Caption: epoch-3 (a gentleman in a shirt). Answers: mdeberta.
    case(
        "X1650-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. He wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The gentleman wears a",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Blue Solid Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: front; green georgette kurta with gold foil print, 3/4 sleeves, round neck, flared sharara, dupatta round
    # the neck. Caption: epoch-3, ends on a full stop at the limit. Answers: mdeberta.
    case(
        "X1650-035",
        caption(
            "The upper clothing has medium sleeves, chiffon fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has graphic patterns. There is an "
            "accessory on her neck.",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Sztori Women Plus Size Green & Gold Printed Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: pregnant model, front; grey and white horizontal stripe tee with ruched sides, short sleeves, round neck,
    # black jeggings, a thin bracelet. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-036",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. She wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mine4Nine Women Grey Striped Maternity T-shirt",
        category="Tops",
        color="Grey",
    ),
    # Photo: front; black wrap midi dress with pink flowers, 3/4 sleeves, V-neck. Caption: epoch-3 (starts over).
    # Answers: mdeberta (the wearing span runs over the repeat).
    case(
        "X1650-037",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. The neckline "
            "of it is v-shape. The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. The neckline",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. The neckline of it is "
            "v-shape. The lady wears a medium-sleeve dress with floral patterns",
            "loop",
        ),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="FabAlley Curve Women Plus Size Black Floral Printed Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: front; short mustard floral kurti, long sleeves, V-neck, over navy skinny jeggings; a bangle.
    # Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-038",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.material("denim"),
        D.details("long length"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: front; teal georgette tunic with a sequinned neckline, flared 3/4 sleeves, round neck, black leggings, a
    # cocktail ring. Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-039",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. She wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        D.details("It has a round neckline"),
        gender="Women",
        title="Therebelinme Plus Size Women Teal Green Embellished Georgette Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: front; purple straight kurta with lace at the hem, 3/4 sleeves, round neck, matching purple palazzos.
    # Caption: epoch-3 (repeats the lower-clothing sentences). Answers: mdeberta.
    case(
        "X1650-040",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves", "restated"),
        Q.material("cotton"),
        D.details("long length"),
        gender="Women",
        title="Sztori Women Plus Size Purple Solid Kurta With Palazzos",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: pregnant model holding a coffee mug; yellow cotton tunic, short sleeves, round neck, blue jeans.
    # Caption: epoch-3. Answers: mdeberta.
    case(
        "X1650-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. She wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory in her hand",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mom For Sure by Ketki Dalal Women Yellow Solid Maternity Tunic",
        category="Tunics",
        color="Yellow",
    ),
    # Photo: front; blue denim shirt dress, collar, button front, short roll-up sleeves, tan belt, white sneakers.
    # Caption: epoch-3 (starts over). Answers: mdeberta.
    case(
        "X1650-042",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. There is an accessory on her waist. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        D.details("There is an accessory on her waist"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model seated on a wooden stool; pink flared kurta with white floral-geometric print, long sleeves, round
    # neck, white leggings, a bangle. Caption: epoch-3 (a shirt). Answers: mdeberta.
    case(
        "X1650-043",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. She wears a long leggings. The leggings are with cotton fabric and pure color patterns. There "
            "is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Women Plus Size Pink Printed Flared Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: back view; red polyester-crepe A-line dress with a back zip, sleeveless, knee length (crepe sheen, not
    # cotton). Caption: epoch-3 (starts over). Answers: mdeberta.
    case(
        "X1650-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        title="Therebelinme Plus Size Women Red Solid A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: front; maroon straight kurta, long sleeves, V-neck with buttons, white pants; no jewellery, bare wrists.
    # Caption: epoch-3 (invents a wrist accessory). Answers: mdeberta.
    case(
        "X1650-045",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on her wrist. This lady wears",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Sztori Women Plus Size Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
]
