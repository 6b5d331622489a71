"""BLIND_1220 (46 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-first session. Measured blind at 1ef79ed (the session's sixth rules): 102/124 failures found (82.3%) and
12/189 correct texts flagged (6.3%). The writer's notes, verbatim:

Scenario: a Myntra women's dresses and tops feed (article types Dresses, Tops, Tshirts, Tunics, Jumpsuit, one Shirts),
mostly a model on a plain studio backdrop wearing the product with jeans, trousers, shorts or a skirt, sometimes with a
prop (a stool, a plant, a straw bag, a sunhat in hand), two flat lays and two back views. Catalog columns as the feed
has them: title (brand + Myntra's display name), category (articleType), color (baseColour), gender ("Women");
a column is missing now and then. Every photo was captioned once by the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens), then enrich's default
questionnaire was answered by timpal0l/mdeberta-v3-base-squad2 over that caption alone. I kept 5 to 7 of the answers
per product.
Who wrote what: the caption is BLIP-2 + caption adapter. Every answer is an extractive span of that caption chosen by
mdeberta, so the answers cannot say anything the caption does not: no hue names (the adapter learned
DeepFashion-MultiModal's templates, whose "color" is a pattern), the DeepFashion garment words (upper clothing, tank
top, T-shirt, shirt, dress, trousers...), DeepFashion fabrics (cotton, chiffon, denim, knitting, leather, other). The
answers are never generated, so they never loop, never run to a token limit and never echo the prompt; their failures
are picking the wrong span (another garment's sentence, an accessory, a fragment) or faithfully copying the caption's
mistake.
Labeling conventions and judgement calls: the caption adapter never learned to stop, so every caption has
hit_limit=True. A caption gets one label: loop when it repeats a sentence; otherwise the content error if it makes one
(invented ring/hat/socks -> unsupported; a fabric, pattern, neckline or garment kind the title or category states
otherwise -> contradiction; "gentleman"/"his" for a women's product -> pronoun); otherwise cut when it stops
mid-sentence. Three captions happened to end on a full stop at the limit and say nothing wrong: left unmarked with
hit_limit=True. A flat lay captioned "The lady wears ..." is not marked for the invented wearer alone. The color
question is answered with a pattern word ("pure color", "floral", "striped", "color block") nearly every time: marked
non_answer, or other_garment_color when the span is plainly the jeans'/shorts'/skirt's/jacket's sentence and the
product's own sentence says something else. One exception: "denim" as the color of a blue denim dress left unmarked
(it does name the blue of denim). Pattern answers in DeepFashion words ("pure color" for solid, "lattice" for checks,
"graphic" for a print) are correct when they fit the photo; "other patterns" / "other" fabric say nothing ->
non_answer. Garment type: "upper clothing" -> non_answer; "shirt" for a blouse-like top accepted (In-shop's
blouse/shirt class), "T-shirt" for a woven non-tee top, "shirt"/"dress" for a tunic, "tank top"/"shirt" for a dress ->
contradiction with the category. Material: DeepFashion fabric words judged loosely (chiffon for georgette, knitting for
a jersey/rib knit); "cotton" left unmarked unless the title names another fabric (contradiction) or the photo plainly
shows satin (unsupported); a fabric picked from the bottoms' sentence -> contradiction. A sleeve length or neckline
wrong only by the photo -> unsupported; wrong against the title or the caption's own product sentence ->
contradiction. Answers that are true but miss a detail (embroidery, backless, keyhole) are left unmarked. An accessory
given as what the person is wearing -> contradiction; a details answer about a wrist accessory -> non_answer. A span
that stops on "with"/"is" -> cut (hit_limit False: nothing was generated).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1220 = [
    # Photo: model on a grey backdrop in a black sleeveless knee-length fit-and-flare dress, round neck, white sneakers,
    # a watch on the left wrist, no ring. Caption: epoch-3 caption adapter (adds a ring); answers: mdeberta over it.
    case(
        "X1220-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a ring on her finger. The lady "
            "wears a",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.details("its neckline is round"),
        gender="Women",
        title="Roadster Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model on white in a pink sleeveless ruched bodycon mini in stretch jersey, thin straps, black heels.
    # Caption: epoch-3 caption adapter, loops on the fabric sentence; answers: mdeberta over the caption.
    case(
        "X1220-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitting fabric. The dress "
            "is with knitting fabric. The dress is with knitting fabric. The dress is with knitting fabric. The dress "
            "is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting"),
        Q.description("a sleeveless dress with pure color patterns"),
        gender="Women",
        title="SASSAFRAS Women Pink Ruched Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model on grey in a navy top with a small white floral print, short puff sleeves, round neck, tucked into
    # light blue jeans, a thin bracelet. Caption: epoch-3 adapter; answers: mdeberta (color and material taken from
    # the jeans' sentence).
    case(
        "X1220-003",
        caption(
            "This woman wears a short-sleeve shirt with floral patterns and a long trousers. The shirt is with chiffon "
            "fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with floral patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="HERE&NOW Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model on beige holding out the skirt of a white maxi dress with red and yellow flowers, V-neck, short
    # flutter sleeves, tiered. Caption: epoch-3 adapter, splits the dress into a top and a skirt; answers: mdeberta.
    case(
        "X1220-004",
        caption(
            "The lady wears a short-sleeve tank top with floral patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is v-shape. The skirt is with chiffon fabric and floral patterns. The "
            "lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve tank top with floral patterns and a long skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Multicoloured Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: model on a pink backdrop in a white ribbed cotton crop top, short sleeves, square neck, black high-waist
    # trousers. Caption: epoch-3 adapter (upper/lower clothing template); answers: mdeberta over it.
    case(
        "X1220-005",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "square. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        Q.description("The upper clothing", "restated"),
        Q.details("The neckline of it is square"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Ribbed Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: model on white in an olive long-sleeve shirt-style top (collar, button placket, roll-up tabs) with white
    # denim shorts. Caption: epoch-3 adapter, calls her a gentleman; answers: mdeberta over it.
    case(
        "X1220-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        Q.details("It has a lapel neckline"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: model on grey in a maroon satin wrap midi dress with a visible sheen, long sleeves, V-neck, tie waist, a
    # bracelet and a ring. Caption: epoch-3 adapter (cotton for satin); answers: mdeberta over it.
    case(
        "X1220-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. There is an accessory on her wrist. The lady wears a ring on her finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        Q.details("its neckline is v-shape"),
        gender="Women",
        title="DressBerry Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: model on white in a mustard woven A-line top with a white geometric block print, three-quarter sleeves,
    # round neck with a keyhole, white jeans. Caption: epoch-3 adapter; answers: mdeberta over it.
    case(
        "X1220-008",
        caption(
            "This female wears a medium-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        Q.details("its neckline is round"),
        gender="Women",
        title="Harpa Women Mustard Yellow Printed A-Line Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: model on grey in a black lace top with sheer long sleeves and a high neck, a black mini skirt. Caption:
    # epoch-3 adapter (chiffon for lace); answers: mdeberta (color from the skirt's sentence).
    case(
        "X1220-009",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and other patterns. The neckline of it is standing. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. The "
            "lady wears a ring on",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("other patterns", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Athena Women Black Lace Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model on white in a peach sleeveless peplum top (wide straps, round neck) with blue jeans, a ring on her
    # right hand. Caption: epoch-3 adapter, ends on a full stop at the limit; answers: mdeberta over it.
    case(
        "X1220-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. The "
            "lady wears a ring on her finger.",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with pure color patterns and a long trousers"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Peach-Coloured Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: model beside a potted plant in a rust tiered cotton maxi dress with a small white floral motif,
    # three-quarter sleeves, V-neck with tassel tie. Caption: epoch-3 adapter, loops; answers: mdeberta over it.
    case(
        "X1220-011",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with", "cut"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        Q.details("its neckline is v-shape"),
        gender="Women",
        title="Global Desi Women Rust Orange Printed Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: model on grey in a white Breton top with navy stripes, long sleeves, boat neck, with blue jeans.
    # Caption: epoch-3 adapter; answers: mdeberta over it.
    case(
        "X1220-012",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women White & Navy Blue Striped Top",
        category="Tops",
        color="White",
    ),
    # Photo: model on white in an emerald satin cami top (thin straps, V-neck, sheen) with white trousers. Caption:
    # epoch-3 adapter (cotton, the title says satin); answers: mdeberta over it.
    case(
        "X1220-013",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "contradiction"),
        Q.details("It has a suspenders neckline"),
        gender="Women",
        title="Vero Moda Women Green Solid Satin Cami Top",
        category="Tops",
        color="Green",
    ),
    # Photo: flat lay on white of a blue denim shirt dress, short sleeves, collar, button front, self belt. Caption:
    # epoch-3 adapter, calls it a shirt and loops; answers: mdeberta over it.
    case(
        "X1220-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("denim"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model on grey in a black top with white polka dots, flutter short sleeves, V-neck, white trousers.
    # Caption: epoch-3 adapter (lattice for dots); answers: mdeberta (color from the trousers' sentence).
    case(
        "X1220-015",
        caption(
            "This woman wears a short-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "chiffon fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Black Polka Dot Print Top",
        category="Tops",
        color="Black",
    ),
    # Photo: back view, model on white in a red sleeveless bodycon midi with a concealed back zip. Caption: epoch-3
    # adapter, loops on its first two sentences; answers: mdeberta over it.
    case(
        "X1220-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The lady wears a "
            "sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.description("a sleeveless dress with pure color patterns"),
        title="Harpa Women Red Solid Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model on grey in a white cotton top with schiffli embroidery on the yoke, three-quarter sleeves, round
    # neck, blue jeans, a bangle. Caption: epoch-3 adapter; answers: mdeberta over it.
    case(
        "X1220-017",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has pure color patterns. There "
            "is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        Q.details("The neckline of it is round"),
        gender="Women",
        title="AASK Women White Embroidered Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: model on white in a navy-and-white gingham top, short sleeves, square neck, tie front, white shorts, a
    # ring. Caption: epoch-3 adapter; answers: mdeberta over it.
    case(
        "X1220-018",
        caption(
            "This lady wears a short-sleeve shirt with lattice patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is square. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with lattice patterns and a three-point shorts"),
        Q.garment_type("shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue & White Checked Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model on grey in a teal knee-length tunic with white floral print, mandarin collar, three-quarter sleeves,
    # side slits, white leggings. Caption: epoch-3 adapter, calls the tunic a dress; answers: mdeberta over it.
    case(
        "X1220-019",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is standing. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Teal Blue Floral Print Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: model on white in a lavender top with short puff sleeves, square neck and smocked back, beige trousers.
    # Caption: epoch-3 adapter, "His shirt" and "this man"; answers: mdeberta over it.
    case(
        "X1220-020",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a square neckline. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        Q.details("It has a square neckline"),
        gender="Women",
        title="Chemistry Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model on grey in a black sleeveless wide-leg jumpsuit, V-neck, self belt. Caption: epoch-3 adapter
    # describes it as upper and lower clothing; answers: mdeberta over it.
    case(
        "X1220-021",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is v-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a belt",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        Q.description("no sleeves, cotton fabric and pure color patterns"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: model on white holding a straw bag, pink fit-and-flare dress with blue flowers, short flutter sleeves,
    # sweetheart neck. Caption: epoch-3 adapter, starts over after two sentences; answers: mdeberta over it.
    case(
        "X1220-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Marie Claire Women Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model on grey in a grey melange round-neck tee, short sleeves, black joggers. Caption: epoch-3 adapter;
    # answers: mdeberta over it.
    case(
        "X1220-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.description("short-sleeve T-shirt with", "cut"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model on white in a mustard sleeveless top with ruffled shoulders, round neck, white jeans, a ring in view.
    # Caption: epoch-3 adapter opens with the ring; answers: mdeberta (wearing picks the ring).
    case(
        "X1220-024",
        caption(
            "The lady wears a ring on her finger. The lady wears a sleeveless tank top with pure color patterns and a "
            "long pants. The tank top is with chiffon fabric and its neckline is round. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a ring", "contradiction"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Kassually Women Mustard Yellow Solid Ruffled Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: model on beige in an off-white cotton schiffli midi dress, short sleeves, round neck, tie belt. Caption:
    # epoch-3 adapter, loops; answers: mdeberta over it.
    case(
        "X1220-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve dress with pure color patterns. The dress is with "
            "cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.details("its neckline is round"),
        gender="Women",
        title="Sera Women Off-White Schiffli Midi Dress",
        category="Dresses",
    ),
    # Photo: model on white in a black bodycon mini with white horizontal stripes, long sleeves, round neck, white
    # sneakers (no socks showing), a watch, no ring. Caption: epoch-3 adapter adds socks and a ring; answers: mdeberta.
    case(
        "X1220-026",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with knitting fabric and its "
            "neckline is round. The lady wears socks. There is an accessory on her wrist. The lady wears a ring on her "
            "finger. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="HERE&NOW Women Black & White Striped Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model on grey in a beige short-sleeve top with V-neck and button front, white trousers, a ring. Caption:
    # epoch-3 adapter, ends on a full stop at the limit; answers: mdeberta over it.
    case(
        "X1220-027",
        caption(
            "This woman wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns. "
            "The woman wears a ring.",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with pure color patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="MANGO Women Beige Solid Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: model on white in a red georgette wrap top with small white flowers, long balloon sleeves, V-neck, blue
    # jeans. Caption: epoch-3 adapter; answers: mdeberta (material from the jeans' sentence).
    case(
        "X1220-028",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and floral patterns. The neckline of it is v-shape. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim", "contradiction"),
        Q.details("The neckline of it is v-shape"),
        gender="Women",
        title="Berrylush Women Red Floral Print Georgette Wrap Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model on grey in a navy sleeveless halter-neck maxi dress in georgette. Caption: epoch-3 adapter, loops;
    # answers: mdeberta over it.
    case(
        "X1220-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric and its neckline is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.details("suspenders"),
        gender="Women",
        title="Miss Chase Women Navy Blue Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model on white in a white tee with a black "PARIS" print, short sleeves, round neck, tucked into denim
    # shorts. Caption: epoch-3 adapter; answers: mdeberta (color from the shorts' sentence).
    case(
        "X1220-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="FOREVER 21 Women White Typography Print Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model on white in a green mini dress with small white daisies, long puff sleeves, square neck, a watch.
    # Caption: epoch-3 adapter, short sleeves and a restart; answers: mdeberta over it.
    case(
        "X1220-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is square. There is an accessory on her wrist. The lady wears a short-sleeve dress with floral "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns", "unsupported"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve", "unsupported"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Green Floral Print A-Line Mini Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model on grey in a coral off-shoulder smocked woven top, short elasticated sleeves, white jeans. Caption:
    # epoch-3 adapter (a round neckline and a T-shirt); answers: mdeberta over it.
    case(
        "X1220-032",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. "
            "This woman",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.details("its neckline is round", "contradiction"),
        gender="Women",
        title="Athena Women Coral Solid Off-Shoulder Smocked Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: model on dark grey in a black sequinned sleeveless party top, V-neck, black trousers, a ring. Caption:
    # epoch-3 adapter; answers: mdeberta over it (the sleeve span drops the "no").
    case(
        "X1220-033",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is a ring",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves", "restated"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="RARE Women Black Embellished Sequinned Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model turned three-quarters on white, blue wrap midi dress with a white abstract print, short sleeves,
    # V-neck, a bracelet. Caption: epoch-3 adapter, loops on the wrist accessory; answers: mdeberta over it.
    case(
        "X1220-034",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        Q.details("There is an accessory on her wrist", "non_answer"),
        gender="Women",
        title="Vero Moda Women Blue Printed Wrap Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model on grey in a white long-sleeve cotton shirt, collar, buttons, tucked into black trousers. Caption:
    # epoch-3 adapter; answers: mdeberta over it.
    case(
        "X1220-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        Q.details("It has a lapel neckline"),
        gender="Women",
        title="Roadster Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: back view on white, black halter top with an open back and a tie, high-waist blue jeans, hair tied up, no
    # hat. Caption: epoch-3 adapter adds a hat; answers: mdeberta over it.
    case(
        "X1220-036",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is denim and it has pure color patterns. The lady wears a hat. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        Q.description("no sleeves, cotton fabric and pure color patterns"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Backless Halter Top",
        category="Tops",
    ),
    # Photo: model on white in a green-and-white colour-blocked jersey top, short sleeves, round neck, blue jeans.
    # Caption: epoch-3 adapter; answers: mdeberta over it.
    case(
        "X1220-037",
        caption(
            "This female wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "female wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.description("short-sleeve T-shirt with color block patterns"),
        gender="Women",
        title="Harpa Women Green & White Colourblocked Top",
        category="Tops",
        color="Green",
    ),
    # Photo: model seated on a wooden stool, black fit-and-flare dress with red roses, sleeveless, sweetheart neck, a
    # bangle and a ring. Caption: epoch-3 adapter; answers: mdeberta over it.
    case(
        "X1220-038",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline "
            "is v-shape. The lady wears a ring on her finger. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.details("There is an accessory on her wrist", "non_answer"),
        gender="Women",
        title="Sera Women Black Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model on grey in a maroon velvet top, long sleeves, round neck, black faux-leather mini skirt. Caption:
    # epoch-3 adapter (cotton, the title says velvet); answers: mdeberta over it.
    case(
        "X1220-039",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of medium short length. The fabric is leather and it has pure color patterns. The "
            "lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "contradiction"),
        Q.details("The neckline of it is round"),
        gender="Women",
        title="Trend Arrest Women Maroon Solid Velvet Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: model on white in a pink sleeveless rib-knit crop top, round neck, a denim mini skirt. Caption: epoch-3
    # adapter; answers: mdeberta over it.
    case(
        "X1220-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium short skirt. The tank top is "
            "with cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with pure color patterns and a medium short skirt"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Pink Ribbed Crop Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model on beige in an indigo cotton tunic with white block print, three-quarter sleeves, round neck with a
    # placket, white trousers. Caption: epoch-3 adapter, "This gentleman"; answers: mdeberta over it.
    case(
        "X1220-041",
        caption(
            "This gentleman wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Indigo Printed Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: model on grey in a lavender pleated georgette midi dress, sleeveless, round neck, tie belt, a bracelet and
    # a ring. Caption: epoch-3 adapter, ends on a full stop at the limit; answers: mdeberta over it.
    case(
        "X1220-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a ring on her finger. The lady "
            "wears a belt.",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.details("its neckline is round"),
        title="DressBerry Women Lavender Solid Accordion Pleated Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: model on white in a black rib-knit fitted top, long sleeves, square neck, grey trousers. Caption: epoch-3
    # adapter; answers: mdeberta over it.
    case(
        "X1220-043",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "square. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting"),
        Q.details("The neckline of it is square"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Ribbed Fitted Top",
        category="Tops",
        color="Black",
    ),
    # Photo: flat lay on white of two folded round-neck tees, one black and one white, short sleeves. Caption: epoch-3
    # adapter, loops; answers: mdeberta over it (the details span is the caption's last fragment).
    case(
        "X1220-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.details("The T-shirt is with", "cut"),
        gender="Women",
        title="Roadster Women Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: model on white holding a straw sunhat at her side (not wearing it), yellow tiered mini dress with small
    # white flowers, short puff sleeves, V-neck, a watch and a ring. Caption: epoch-3 adapter puts the hat on her head;
    # answers: mdeberta over it.
    case(
        "X1220-045",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a hat. There is an accessory on her wrist. The lady wears a ring on "
            "her",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Yellow Floral Print Tiered Mini Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: model on grey in a white sleeveless A-line dress with blue flowers, round neck, an open light-blue denim
    # jacket over it. Caption: epoch-3 adapter; answers: mdeberta (sleeves and color from the jacket's sentences).
    case(
        "X1220-046",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. This lady also wears an outer clothing, with denim fabric and pure color patterns. The outer "
            "clothing has long",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Floral Print Sleeveless A-Line Dress",
        category="Dresses",
        color="White",
    ),
]
