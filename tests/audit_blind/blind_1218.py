"""BLIND_1218 (45 products; Myntra plus-size & maternity, epoch-3 captions + extractive QA): written blind in the sixty-
first session. Measured blind at 1ef79ed (the session's sixth rules): 84/117 failures found (71.8%) and 16/171
correct texts flagged (9.4%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed (tunics, dresses, kurtas, kurta sets, jeggings, one maternity
kurta and maternity jeggings). Catalog photos: a plus-size or pregnant model on a plain backdrop wearing the product
styled with other clothes (leggings, palazzos, jeans, a tee over jeggings, a denim jacket over a dress), two back
views, one flat lay, one hat held as a prop. Feed columns: title, category (Myntra article type), color (Myntra base
colour), gender; a few rows lack one of them.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It writes the DeepFashion-MultiModal template: garment words from the In-shop
classes (shirt, T-shirt, tank top, dress, pants, leggings, "upper clothing"), patterns instead of hues ("pure color",
"floral", "graphic", "lattice"), a fabric word, a neckline, accessory sentences; a hue only now and then. Every answer
is a span that timpal0l/mdeberta-v3-base-squad2 extracted from that caption (HF pipeline, 15-token span limit; an
empty string is its no-answer). So answers cannot say more than the caption, and never hit a generation limit.
Labeling conventions and judgement calls: judged against the photo I describe in each comment and the title.
- A color answer with no hue in it ("pure color", "floral", "striped", "") is a non_answer; a hue that belongs to the
  styling garment (the leggings, the palazzos, the shirt over the jeggings) is other_garment_color.
- Garment words: a tunic may be called shirt / T-shirt / tank top (a top); a tunic called "dress" is a contradiction.
  A kurta called shirt, dress or tank top is a contradiction with the seller's category (also in the caption and in
  the "wearing" answer). Jeggings called leggings, pants or trousers are accepted; jeggings answered with the top's
  name (T-shirt, shirt, sweater) is a contradiction. "upper clothing" as the garment type says nothing: non_answer.
- A pattern, material or detail taken from the styling garment's sentence when the caption gives the product another
  one is a contradiction. A pattern word that only the photo refutes, an invented accessory, an invented garment or a
  detail a back view cannot show is unsupported. Material: the truth is the fabric in the comment (the product page);
  chiffon for georgette and denim for chambray I accepted; "cotton" for crepe or rayon is unsupported.
- "pure color" as the pattern of a tone-on-tone embroidered (chikankari) kurta, "graphic" for foil or dabu prints and
  "floral" for an ethnic floral print I accepted.
- A caption that ran to the 50-token limit has hit_limit=True and is cut (or loop when it repeats). Where a text has
  two faults I labelled the content fault (wrong garment) over the cut. A "describe" answer that only names the
  garment is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

# Common to every case: the caption is the epoch-3 caption adapter's (greedy, 50 tokens); every answer is a span that
# mdeberta-v3-base-squad2 extracted from that caption.

BLIND_1218 = [
    # Photo: front, plus-size model in a navy tunic with a small white floral print, 3/4 sleeves, round neck, worn
    # with white leggings. Cotton voile. Caption (adapter) cut at the limit; answers (mdeberta) from it.
    case(
        "X1218-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns and a long leggings", who="she"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Curvella Women Plus Size Navy Blue Floral Print Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: pregnant model, front, hand on the bump; maroon solid wrap maxi dress, short flutter sleeves, V-neck,
    # tie waist; no jewellery at all. Rayon crepe, matte. Caption (adapter) invents a ring; answers (mdeberta).
    case(
        "X1218-002",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Momzy Women Maroon Solid Maternity Wrap Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: front; mustard straight cotton kurta with maroon block-printed ethnic (floral buti) motifs, 3/4 sleeves,
    # round neck, side slits, white palazzos. Caption (adapter, "upper clothing" template); answers (mdeberta).
    case(
        "X1218-003",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Varnika Women Plus Size Mustard Ethnic Motifs Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: front; blue mid-rise skinny jeggings with light whiskering, white short-sleeve crew-neck tee half
    # tucked, white sneakers. Caption (adapter) cut at the limit; answers (mdeberta).
    case(
        "X1218-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with denim fabric and solid color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long leggings", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("solid color", "non_answer"),
        Q.material("denim"),
        details("jeggings", "denim fabric and solid color patterns"),
        gender="Women",
        title="DenimCurve Women Plus Size Blue Skinny Fit Mid-Rise Clean Look Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: front; black A-line midi dress with white polka dots, short puff sleeves, round neck, thin gold bracelet,
    # black block heels. Polyester crepe. Caption (adapter) loops on the accessory sentence; answers (mdeberta).
    case(
        "X1218-005",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress", who="she"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Therebel Women Plus Size Black & White Polka Dot Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: front; teal solid shirt-style longline tunic, mandarin collar, button placket, long sleeves with roll-up
    # tabs, black leggings. Cotton slub. Caption (adapter) complete; answers (mdeberta).
    case(
        "X1218-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is stand. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long leggings", who="she"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        describe("tunic", "long-sleeve shirt with pure color patterns"),
        gender="Women",
        title="Curvella Women Plus Size Teal Solid Longline Shirt-Style Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: front; navy A-line calf-length kurta with a white floral print, 3/4 sleeves, V-neck, navy palazzos.
    # Caption (adapter) calls the kurta a dress; answers (mdeberta).
    case(
        "X1218-007",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Varnika Women Plus Size Navy Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: pregnant model, front; olive knee-length nursing T-shirt dress with hidden horizontal nursing zip, short
    # sleeves, round neck, wristwatch, white sneakers. Cotton jersey. Caption (adapter); answers (mdeberta).
    case(
        "X1218-008",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of medium length. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        is_a("dress", "a short-sleeve dress"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "It has a round neckline"),
        gender="Women",
        title="Momzy Women Olive Green Solid Maternity & Nursing T-shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: front; white chikankari (white-on-white) embroidered straight cotton kurta, 3/4 sleeves, round neck,
    # white churidar leggings. Caption (adapter, "upper clothing" template); answers (mdeberta).
    case(
        "X1218-009",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        details("kurta", "The neckline of it is round"),
        gender="Women",
        title="Lakhnavi Curve Women Plus Size White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: front; black-and-white horizontally striped tunic, long sleeves, boat neck, asymmetric hem, black
    # jeggings. Cotton jersey. Caption (adapter) cut at the limit; answers (mdeberta), two from the pants' sentence.
    case(
        "X1218-010",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns and a long pants", who="she"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Xtraa Women Plus Size Black & White Striped Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: front; red floral fit-and-flare midi dress, sleeveless, V-neck; she holds a straw hat in her hand
    # (prop), nothing on her head. Lined polyester georgette. Caption (adapter) puts the hat on her head; answers.
    case(
        "X1218-011",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is a hat on her head.",
            "unsupported",
        ),
        wearing("a sleeveless dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Therebel Women Plus Size Red Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: front; black skinny jeggings under a long grey melange knit top (long sleeves, round neck) that hides
    # the waistband; black flats. Caption (adapter) complete; answers (mdeberta). Feed row without gender.
    case(
        "X1218-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitting fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long leggings", who="she"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("knitting", "contradiction"),
        details("jeggings", "cotton fabric and pure color patterns"),
        title="DenimCurve Women Plus Size Black Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: front; pink kurta with gold foil print, long sleeves, V-neck, matching palazzos, dupatta draped round
    # the neck over both shoulders. Cotton. Caption (adapter); answers (mdeberta): "wearing" gets the dupatta line.
    case(
        "X1218-013",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is v-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns. This lady has "
            "neckwear."
        ),
        wearing("neckwear", "contradiction", who="she"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Varnika Women Plus Size Pink Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: pregnant model, front; navy-and-white striped sleeveless maxi dress, round neck, wristwatch and a ring.
    # Cotton jersey. Caption (adapter) cut at the limit; answers (mdeberta).
    case(
        "X1218-014",
        caption(
            "The female wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns", who="she"),
        color_of("dress", "striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        describe("dress", "The dress is of long length"),
        gender="Women",
        title="Mamaflex Women Navy Blue & White Striped Maternity Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: front; peach kaftan tunic, hip length, solid body with a tonal embroidered yoke, elbow kimono sleeves,
    # V-neck, white skinny jeans. Georgette. Caption (adapter) calls the tunic a dress; answers (mdeberta).
    case(
        "X1218-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Xtraa Women Plus Size Peach-Coloured Yoke Design Kaftan Tunic",
        category="Tunics",
        color="Peach",
    ),
    # Photo: three-quarter side view; light blue skinny jeggings, mildly distressed knees, white short-sleeve shirt
    # knotted at the waist. Caption (adapter) cut at the limit; answers (mdeberta), "details" ends where it was cut.
    case(
        "X1218-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long pants", who="she"),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure", "cut"),
        gender="Women",
        title="Nexcurve Women Plus Size Light Blue Skinny Fit Mildly Distressed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: front; olive solid maxi shirt dress, collar, long roll-up sleeves, self-fabric belt. Cotton. Caption
    # (adapter) complete; answers (mdeberta).
    case(
        "X1218-017",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The dress is of long length."
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer"),
        details("dress", "There is a belt on her waist"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Curvella Women Plus Size Olive Green Solid Shirt Maxi Dress with Belt",
        category="Dresses",
        color="Olive",
    ),
    # Photo: front; black straight kurta, solid body with a gold foil-printed yoke, long sleeves, mandarin collar,
    # black straight pants. Caption (adapter, gives a hue) calls the kurta a shirt; answers (mdeberta).
    case(
        "X1218-018",
        caption(
            "The lady wears a black long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black long-sleeve shirt with pure color patterns and a long pants", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Ethnique Plus Women Black Yoke Design Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: back view of a pregnant model; mauve solid maxi dress with a smocked back, short flutter sleeves (the
    # front, on the product page, has a round neck). Georgette. Caption (adapter) invents a V-neck; answers.
    case(
        "X1218-019",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "It has a v-shape neckline", "unsupported"),
        gender="Women",
        title="Mamaflex Women Mauve Solid Maternity Maxi Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: front; mustard yellow tunic with a small black geometric print, short sleeves, round neck, black
    # leggings. Cotton. Caption (adapter, gives hues) cut at the limit; answers (mdeberta).
    case(
        "X1218-020",
        caption(
            "The lady wears a yellow short-sleeve T-shirt with graphic patterns and a black long leggings. The T-shirt "
            "is with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow short-sleeve T-shirt with graphic patterns and a black long leggings", who="she"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztara Women Plus Size Mustard Yellow & Black Geometric Printed Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: front; navy blue skinny jeggings, white long-sleeve collared shirt worn open over them. Caption
    # (adapter, gives hues) complete; answers (mdeberta).
    case(
        "X1218-021",
        caption(
            "The lady wears a white long-sleeve shirt with pure color patterns and a blue long pants. The shirt is "
            "with cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white long-sleeve shirt with pure color patterns and a blue long pants", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="Nexcurve Women Plus Size Navy Blue Skinny Fit Stretchable Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: front; a short-haired plus-size woman in a maroon solid straight kurta with pintucks, long sleeves,
    # round neck, cream pants. Cotton. Caption (adapter) says "gentleman"; answers (mdeberta).
    case(
        "X1218-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Ethnique Plus Women Maroon Pintuck Detail Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: front; sea green solid wrap midi dress, 3/4 sleeves, V-neck, self tie at the waist. Polyester crepe.
    # Caption (adapter) complete; answers (mdeberta).
    case(
        "X1218-023",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is a belt on her waist."
        ),
        wearing("a medium-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Therebel Women Plus Size Sea Green Solid Wrap Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Photo: flat lay, no person; lavender cotton tunic with white floral embroidery round the neckline, long
    # sleeves, round neck. Caption (adapter) invents a lady and her denim pants; answers (mdeberta).
    case(
        "X1218-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        describe("tunic", "long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"),
        gender="Women",
        title="Sztara Women Plus Size Lavender Embroidered Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Photo: front; teal floral anarkali kurta, flared to the calf, long sleeves, round neck, churidar. Cotton.
    # Caption (adapter) loops on the length sentence; answers (mdeberta), "describe" spans the loop.
    case(
        "X1218-025",
        caption(
            "The female wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        describe("kurta", "The dress is of long length. The dress is of long length", "loop"),
        gender="Women",
        title="Varnika Women Plus Size Teal Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: pregnant model, front; blue maternity jeggings with the over-belly panel showing under a short black
    # tee, silver bracelet. Caption (adapter); answers (mdeberta). Feed row without category.
    case(
        "X1218-026",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt "
            "is with cotton fabric. The trousers are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long trousers", who="she"),
        Q.garment_type("trousers"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        details("jeggings", "There is an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Mamaflex Women Blue Maternity Over-Belly Jeggings",
        color="Blue",
    ),
    # Photo: front; white tunic with a blue floral print, 3/4 sleeves, V-neck, blue jeans. Cotton. Caption (adapter,
    # gives hues) complete; answers (mdeberta).
    case(
        "X1218-027",
        caption(
            "The lady wears a white medium-sleeve shirt with floral patterns and a blue long pants. The shirt is with "
            "cotton fabric and its neckline is v-shape. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white medium-sleeve shirt with floral patterns and a blue long pants", who="she"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Curvella Women Plus Size White & Blue Floral Print Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: pregnant model, front, hand on the bump; black solid knee-length bodycon dress, long sleeves, round
    # neck; bare wrists, no jewellery. Cotton lycra. Caption (adapter) invents a wrist accessory; answers.
    case(
        "X1218-028",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of medium length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "It has a round neckline"),
        gender="Women",
        title="Mamaflex Women Black Solid Maternity Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: front; bottle green straight kurta with gold woven stripes, long sleeves, round neck, white palazzos,
    # bangles. Cotton blend. Caption (adapter); answers (mdeberta), "pattern" from the palazzos' sentence.
    case(
        "X1218-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist."
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Ethnique Plus Women Green Striped Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: front; black solid sleeveless longline tunic with side slits, round neck, grey leggings. Cotton.
    # Caption (adapter) complete; answers (mdeberta). Feed row without gender.
    case(
        "X1218-030",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The leggings "
            "this woman wears is of long length. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.sleeve_length("no sleeves"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        describe("tunic", "tank top", "restated"),
        title="Xtraa Women Plus Size Black Solid Longline Sleeveless Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: front; multicoloured tiered maxi dress in an ethnic floral print, short sleeves, round neck, bracelet
    # and ring. Cotton. Caption (adapter) cut at the limit; answers (mdeberta).
    case(
        "X1218-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her finger. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Aanchal Curve Women Plus Size Multicoloured Ethnic Print Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: front; charcoal grey skinny jeggings under a mustard short kurti (3/4 sleeves, V-neck), a ring. Caption
    # (adapter) cut at the limit; answers (mdeberta), "material" from the top's sentence.
    case(
        "X1218-032",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is v-shape. The leggings are with denim fabric and pure color patterns. "
            "There is a ring on her finger. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns and a long leggings", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.material("cotton", "contradiction"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="Nexcurve Women Plus Size Charcoal Grey Skinny Fit Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: front; off-white straight kurta with a red floral print, long sleeves, round neck, styled with red
    # palazzos. Cotton. Caption (adapter, gives hues) calls the kurta a shirt; answers (mdeberta).
    case(
        "X1218-033",
        caption(
            "The lady wears a white long-sleeve shirt with floral patterns and a red long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white long-sleeve shirt with floral patterns and a red long pants", "contradiction", who="she"),
        Q.color("red", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Varnika Women Plus Size Off-White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: front; model holding a baby; coral solid sleeveless maxi nursing dress, V-neck, front button placket.
    # Cotton. Caption (adapter) complete, ignores the baby; answers (mdeberta).
    case(
        "X1218-034",
        caption(
            "This female is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The dress is of long length."
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        details("dress", "It has a v-shape neckline"),
        describe("dress", "dress", "restated"),
        Q.material("cotton"),
        gender="Women",
        title="Momzy Women Coral Solid Maternity & Nursing Maxi Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: front; rust solid knee-length A-line tunic, long bell sleeves, round neck, black leggings. Cotton slub.
    # Caption (adapter) calls the tunic a dress; answers (mdeberta).
    case(
        "X1218-035",
        caption(
            "The female wears a long-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns and a long leggings", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztara Women Plus Size Rust Solid A-Line Tunic",
        category="Tunics",
        color="Rust",
    ),
    # Photo: back view; indigo dabu-printed straight kurta with a tie-up dori at the back neck, long sleeves, white
    # palazzos. Cotton. Caption (adapter, "upper clothing" template); answers (mdeberta).
    case(
        "X1218-036",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Indigo Threads Women Plus Size Indigo Blue Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: front; blue-and-white checked knee-length shirt dress, collar, long roll-up sleeves, belted; bare legs.
    # Cotton. Caption (adapter) reads it as a shirt over denim shorts that are not there; answers (mdeberta).
    case(
        "X1218-037",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is lapel. The shorts are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with lattice patterns and a three-point shorts", "unsupported", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Curvella Women Plus Size Blue & White Checked Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: back view; a woman with short hair in dark blue skinny jeggings (faux back pockets) and a white crew-neck
    # tee. Caption (adapter) says "gentleman"; answers (mdeberta). Feed row without color.
    case(
        "X1218-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="she"),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        details("jeggings", "The pants are with denim fabric"),
        gender="Women",
        title="DenimCurve Women Plus Size Dark Blue Skinny Fit Jeggings",
        category="Jeggings",
    ),
    # Photo: front; yellow sleeveless straight kurta with yellow thread embroidery, round neck, white cigarette
    # pants. Cotton. Caption (adapter) calls the kurta a tank top; answers (mdeberta).
    case(
        "X1218-039",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The trousers "
            "this woman wears is of long length. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("tank top", "contradiction", who="she"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Lakhnavi Curve Women Plus Size Yellow Embroidered Sleeveless Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: front; olive tunic with a white geometric print, short sleeves, notched round neck, white leggings,
    # wristwatch. Cotton. Caption (adapter) complete; answers (mdeberta), "wearing" stopped by the span limit.
    case(
        "X1218-040",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist."
        ),
        wearing("a short-sleeve shirt with graphic patterns and a long", "cut", who="she"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Xtraa Women Plus Size Olive Green Geometric Print Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: front; black maxi dress with a white floral print, long sleeves, worn under an open blue denim jacket.
    # Georgette. Caption (adapter) complete; answers (mdeberta), "material" from the jacket's sentence.
    case(
        "X1218-041",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. This lady also "
            "wears an outer clothing, with denim fabric and pure color patterns. The dress is of long length."
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer"),
        Q.material("denim", "contradiction"),
        Q.pattern("floral"),
        describe("dress", "long-sleeve dress with floral patterns"),
        gender="Women",
        title="Therebel Women Plus Size Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: pregnant model, front; pink maternity kurta with a small floral print, vertical nursing zips, 3/4
    # sleeves, V-neck, white leggings. Cotton. Caption (adapter) cut at the limit and calls the kurta a dress
    # (labelled for the dress); answers (mdeberta).
    case(
        "X1218-042",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is v-shape. The leggings are with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns and a long leggings", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        details("kurta", "its neckline is v-shape"),
        gender="Women",
        title="Mamaflex Women Pink Floral Printed Maternity & Nursing Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: front; magenta solid tunic with lace inserts on the 3/4 sleeves, round neck, black leggings. Rayon.
    # Caption (adapter) complete, leaves the lace out; answers (mdeberta).
    case(
        "X1218-043",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a medium-sleeve shirt with pure color patterns and a long leggings", who="she"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        details("tunic", "its neckline is round"),
        gender="Women",
        title="Sztara Women Plus Size Magenta Solid Tunic with Lace Detail",
        category="Tunics",
        color="Magenta",
    ),
    # Photo: pregnant model, front; light blue chambray knee-length maternity shirt dress, collar, long sleeves
    # rolled to the elbow. Caption (adapter, gives a hue) complete; answers (mdeberta).
    case(
        "X1218-044",
        caption(
            "The female wears a blue long-sleeve dress with pure color patterns. The dress is with denim fabric. It "
            "has a lapel neckline. The dress is of medium length."
        ),
        wearing("a blue long-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        color_of("dress", "blue"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Mamaflex Women Blue Maternity Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: front; grey melange solid straight kurta, long sleeves, mandarin collar with a button placket, black
    # pants. Cotton. Caption (adapter, "upper clothing" template) loops on the fabric sentence; answers (mdeberta).
    case(
        "X1218-045",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The fabric is "
            "cotton and it has pure",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        is_a("kurta", "upper clothing", "non_answer"),
        gender="Women",
        title="Ethnique Plus Women Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey Melange",
    ),
]
