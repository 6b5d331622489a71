"""BLIND_1340 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-third session. Measured blind at 97437fb (the session's sixth rules): 87/109 failures found (79.8%) and
19/195 correct texts flagged (9.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses, tops, T-shirts, shirts and tunics (article type in `category`, base colour
in `color`, `gender` "Women"; a few rows miss a column). Photos are the usual catalog shots: a model on a plain
backdrop wearing the product with jeans or trousers, a few back views, one flat lay, props (hat, tote, stool).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens); every answer is a span that timpal0l/mdeberta-v3-base-squad2 extracted from
that caption (an empty string where it chose no answer). The adapter never learned to stop, so every caption ran to
the 50-token limit (hit_limit=True on all of them): most end mid-sentence, some loop back to their first sentence, a
few happen to end on a full stop. It speaks only the DeepFashion-MultiModal template: patterns, sleeve lengths,
fabrics from its closed list (cotton, chiffon, denim, knitting, leather), necklines, accessories, and no hue at all;
it often splits a dress into "tank top" + "skirt" or "upper clothing" + "lower clothing". The answers can only be as
good as the caption, so the colour question never gets a hue, and the QA model sometimes picks the span of the other
garment (the jeans' "denim", the trousers' "long").
Labeling conventions and judgement calls: a caption is labeled by its content fault when it has one (wrong garment,
invented accessory, wrong fabric, male pronoun), and `cut` or `loop` when truncation or repetition is its only
fault; captions that ran to the limit but end on a full stop with correct content are left unmarked (hit_limit kept).
A colour answer that names a pattern ("pure color", "floral", "striped") or is empty is `non_answer`; "denim" for a
white top's colour is `other_garment_color`. A garment type or fabric taken from the other garment, or a dress
called "tank top"/"skirt"/"shirt", is `contradiction`; "upper clothing" as the garment is `non_answer`. "shirt" is
accepted for any woven top (DeepFashion's blouse/shirt class), "T-shirt" only for knit tops, "tank top" for sleeveless
tops and camis. A wrong fabric against the title (satin, linen) or a detail the photo lacks (wrist accessory on a
flat lay, square neckline on an off-shoulder top, long sleeves on 3/4 bell sleeves) is `unsupported`. "There is an
accessory on her wrist" as the garment's details is `non_answer` even where a bangle is there. A "What is the person
wearing?" span naming both the product and the jeans is correct. "long" for sleeve length taken from "long pants" is
left unmarked where the product does have long sleeves. No leaks: nothing here echoes a prompt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1340 = [
    # Photo: model front, black sleeveless knee-length fit-and-flare dress in cotton-lycra, round neck, white sneakers
    # with socks, grey backdrop. Caption: epoch-3 caption adapter; answers: mdeberta extractive QA over the caption.
    case(
        "X1340-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears socks in shoes. The dress the lady wears is of medium length. The dress is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy and white horizontal-striped cotton tee, short sleeves, round neck, light-blue jeans, a watch on her
    # left wrist. Caption: epoch-3 adapter; answers: extractive QA over it.
    case(
        "X1340-002",
        caption(
            "The female wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.material("cotton"),
        D.details("its neckline is round"),
        gender="Women",
        title="Roadster Women Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: mustard georgette A-line midi dress with small white and red flowers, short puff sleeves, V-neck, tie
    # waist, brown sandals, no jewellery. Caption: epoch-3 adapter (splits the dress in two); answers: extractive QA.
    case(
        "X1340-003",
        caption(
            "Her tank top has short sleeves, chiffon fabric and floral patterns. The neckline of it is V-shape. The "
            "skirt this lady wears is of long length. The skirt is with chiffon fabric and floral patterns. There is "
            "an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: white cotton button-down shirt-style top, long sleeves rolled to the elbow, collar, tucked into black
    # trousers, no accessories. Caption: epoch-3 adapter ("upper clothing" template); answers: extractive QA.
    case(
        "X1340-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        D.details("lapel"),
        gender="Women",
        title="Mast & Harbour Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: black rib-knit long-sleeve bodycon mini dress, square neck, black heels, small clutch in hand.
    # Caption: epoch-3 adapter, loops back to its first sentence; answers: extractive QA.
    case(
        "X1340-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "square neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        D.details("It has a square neckline"),
        gender="Women",
        title="Tokyo Talkies Women Black Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: maroon crepe wrap midi dress, 3/4 sleeves, V-neck, self tie at the waist, gold stud earrings only, hands
    # bare. Caption: epoch-3 adapter (invents a wrist accessory and a ring); answers: extractive QA.
    case(
        "X1340-006",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is a belt. There is an accessory on her wrist. The lady wears a ring. The dress "
            "is of long",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        D.details("There is a belt"),
        gender="Women",
        title="AND Women Maroon Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: blue and white pinstriped cotton shirt dress, knee length, sleeves rolled up, collar, thin belt, white
    # sneakers, sunglasses in hand. Caption: epoch-3 adapter (shirt + skirt); answers: extractive QA.
    case(
        "X1340-007",
        caption(
            "The female is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The female wears a medium short skirt. The skirt is with cotton fabric and striped "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        is_a("dress", "a medium short skirt", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("a lapel neckline"),
        gender="Women",
        title="Vero Moda Women Blue Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: red woven self-design (dobby) top, short flutter sleeves, round neck, front tucked into white jeans.
    # Caption: epoch-3 adapter (calls it a T-shirt); answers: extractive QA.
    case(
        "X1340-008",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Harpa Women Red Self Design Top",
        category="Tops",
        color="Red",
    ),
    # Photo: peach sleeveless peplum top, square neck, blue jeans, hand on hip, thin gold bracelet.
    # Caption: epoch-3 adapter, ran to the limit and happened to end on a full stop; answers: extractive QA.
    case(
        "X1340-009",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is square. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("tank top"),
        Q.garment_type("tank top"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        D.details("square"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: back view of a long-haired model in an olive long-sleeve woven top with a keyhole button at the back,
    # black trousers, a watch visible on her wrist. Caption: epoch-3 adapter (takes her for a man); answers: QA.
    case(
        "X1340-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There "
            "is an accessory on his wrist. The pants the gentleman wears is of long length. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        D.details("an accessory on his wrist", "pronoun"),
        gender="Women",
        title="ONLY Women Olive Green Solid Regular Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: black jersey top with a lace yoke panel, short sleeves, round neck, white trousers.
    # Caption: epoch-3 adapter (misses the lace, says nothing wrong); answers: extractive QA.
    case(
        "X1340-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        D.details("It has a round neckline"),
        gender="Women",
        title="StyleStone Women Black Lace Insert Top",
        category="Tops",
        color="Black",
    ),
    # Photo: teal georgette top, 3/4 bell sleeves ending above the wrist, ruffled hem, V-neck, black jeans.
    # Caption: epoch-3 adapter (long sleeves: wrong by the photo); answers: extractive QA.
    case(
        "X1340-012",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a V-shape neckline. The pants this female wears is of long length. The pants are with denim fabric "
            "and pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "unsupported"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        D.details("V-shape"),
        gender="Women",
        title="Athena Women Teal Blue Bell Sleeves Ruffled Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: pink georgette maxi dress with tiny white flowers, thin straps, tiered skirt, straw hat on her head, a
    # thin bracelet. Caption: epoch-3 adapter, cut mid-sentence; answers: extractive QA.
    case(
        "X1340-013",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a hat. The dress is of long length. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        D.details("It has a suspenders neckline"),
        gender="Women",
        title="Berrylush Women Pink Printed Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: white rib-knit cropped tank top, high-waisted blue mom jeans. (No gender column in this row.)
    # Caption: epoch-3 adapter, cut; answers: extractive QA, two of them taken from the jeans' sentence.
    case(
        "X1340-014",
        caption(
            "This woman wears a tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("denim", "contradiction"),
        title="Tokyo Talkies Women White Solid Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: green georgette wrap top with white flowers, short sleeves, V-neck, white trousers, bangle on her wrist.
    # Caption: epoch-3 adapter, ran to the limit and ended on a full stop; answers: extractive QA.
    case(
        "X1340-015",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        D.description("short sleeves, chiffon fabric and floral patterns"),
        gender="Women",
        title="Sera Women Green Floral Print Wrap Top",
        category="Tops",
        color="Green",
    ),
    # Photo: rust cotton tunic with white block-print motifs, 3/4 sleeves, mandarin collar, side slits, white
    # leggings, oxidised earrings. Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-016",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("standing"),
        gender="Women",
        title="Global Desi Women Rust Printed Tunic",
        category="Tunics",
        color="Rust",
    ),
    # Photo: navy A-line dress with white polka dots, short sleeves, small collar, knee length, white sneakers.
    # Caption: epoch-3 adapter (floral for polka dots); answers: extractive QA.
    case(
        "X1340-017",
        caption(
            "The female is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is lapel. The dress is of medium length. The female wears socks in shoes. There is an accessory "
            "on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Dodo & Moa Women Navy Blue Polka Dot A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black cotton tee with a white "BROOKLYN" text print, short sleeves, grey joggers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-018",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay, no person: lavender georgette blouson top with long balloon sleeves on a white surface.
    # Caption: epoch-3 adapter, describes a lady with a bracelet and a ring; answers: extractive QA.
    case(
        "X1340-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears a "
            "long-sleeve",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Marie Claire Women Lavender Solid Blouson Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: coral sleeveless fit-and-flare dress, V-neck, knee length, thin black belt, nude heels.
    # Caption: epoch-3 adapter, loops; answers: extractive QA.
    case(
        "X1340-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is a belt. The lady wears a sleeveless dress with pure color patterns. The dress "
            "is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        D.description("dress", "restated"),
        D.details("V-shape neckline"),
        gender="Women",
        title="U&F Women Coral Solid Fit and Flare Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: off-white cotton tunic with blue thread embroidery on the yoke, 3/4 sleeves, round neck with a V notch,
    # blue jeans. Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-021",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "V-shape. The lower clothing is of long length. The fabric is denim and it has pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("V-shape"),
        gender="Women",
        title="Nayo Women Off-White Embroidered Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: black and white gingham cotton shirt, long sleeves, collar, black trousers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-022",
        caption(
            "The female wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants the female wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        Q.garment_type("shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="FabAlley Women Black & White Checked Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: yellow satin cami top, spaghetti straps, cowl neck, white wide-leg trousers.
    # Caption: epoch-3 adapter (cotton, against the title's satin); answers: extractive QA.
    case(
        "X1340-023",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is suspenders. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        D.details("suspenders"),
        gender="Women",
        title="Trendyol Women Yellow Solid Satin Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: black short-sleeve shift dress, round neck, knee length, tote bag on her shoulder.
    # Caption: epoch-3 adapter, loops; answers: extractive QA.
    case(
        "X1340-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        D.details("", "non_answer"),
        gender="Women",
        title="Mango Women Black Solid Shift Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: maroon fine rib-knit fitted top, long sleeves, high neck, black faux-leather mini skirt.
    # Caption: epoch-3 adapter (calls the top a sweater); answers: extractive QA.
    case(
        "X1340-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a medium short skirt. The skirt is with leather fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        D.details("It has a standing neckline"),
        gender="Women",
        title="Street 9 Women Maroon Ribbed Fitted Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: red georgette tiered maxi dress with white and black flowers, long sleeves, V-neck, bracelet and ring.
    # Caption: epoch-3 adapter, ran to the limit and ended on a full stop; answers: extractive QA.
    case(
        "X1340-026",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring "
            "on her finger.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        D.description("a long-sleeve dress with floral patterns"),
        D.details("V-shape neckline"),
        gender="Women",
        title="Vero Moda Women Red Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: light-blue denim shirt, long sleeves, collar, white jeans.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-027",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The pants the female wears is of long length. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Harpa Women Blue Solid Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: boxy knit top blocked mustard and white, short sleeves, round neck, black jeans.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-028",
        caption(
            "This woman wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Mustard Colourblocked Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: emerald-green satin slip midi dress, spaghetti straps, cowl neck, strappy heels.
    # Caption: epoch-3 adapter (tank top + skirt, leather for satin); answers: extractive QA.
    case(
        "X1340-029",
        caption(
            "Her tank top has no sleeves, leather fabric and pure color patterns. The neckline of it is suspenders. "
            "The skirt this lady wears is of long length. The skirt is with leather fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model with a short bob in a white cotton top with tiny blue flowers, short sleeves, round neck with a
    # keyhole, blue jeans. Caption: epoch-3 adapter (a gentleman), ended on a full stop; answers: extractive QA.
    case(
        "X1340-030",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants the gentleman wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", who="she"),
        Q.garment_type("shirt"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.details("It has a round neckline"),
        gender="Women",
        title="Cottinfab Women White Printed Top",
        category="Tops",
        color="White",
    ),
    # Photo: beige woven top with short puff sleeves, square neck, smocked back, brown trousers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.description("shirt", "restated"),
        D.details("square"),
        gender="Women",
        title="Style Quotient Women Beige Solid Regular Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: grey melange cotton tee, short sleeves, round neck, black cotton shorts, baseball cap.
    # Caption: epoch-3 adapter, ran to the limit and ended on a full stop; answers: extractive QA.
    case(
        "X1340-032",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "She wears a hat.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Kassually Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: black bodycon mini dress with pink and orange flowers, long sleeves, square neck, silver bracelet.
    # Caption: epoch-3 adapter, starts over at the end; answers: extractive QA.
    case(
        "X1340-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a square "
            "neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a long-sleeve "
            "dress with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("It has a square neckline"),
        gender="Women",
        title="Berrylush Women Black Floral Print Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: blue georgette top with white paisley print, sleeveless with frilled armholes, V-neck, white jeans.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (the details span ends where the caption was cut).
    case(
        "X1340-034",
        caption(
            "Her tank top has no sleeves, chiffon fabric and graphic patterns. The neckline of it is V-shape. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("no sleeves"),
        Q.material("chiffon"),
        D.description("no sleeves, chiffon fabric and graphic patterns"),
        D.details("There is an accessory on her", "cut"),
        gender="Women",
        title="Dodo & Moa Women Blue Printed Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: navy sleeveless halter-neck maxi dress with a side slit, flat sandals.
    # Caption: epoch-3 adapter, loops; answers: extractive QA.
    case(
        "X1340-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        D.description("a sleeveless dress with pure color patterns"),
        D.details("It has a suspenders neckline"),
        gender="Women",
        title="Sera Women Navy Blue Solid Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: the product is a white oversized cotton shirt worn open over a black cami, black jeans.
    # Caption: epoch-3 adapter (leads with the cami, the shirt is "an outer clothing"); answers: extractive QA.
    case(
        "X1340-036",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. This lady also "
            "wears an outer clothing, with cotton fabric and pure color patterns. The pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black stretch-knit off-shoulder bardot top, short ruffle sleeves, blue jeans.
    # Caption: epoch-3 adapter (a square neckline the photo does not show); answers: extractive QA.
    case(
        "X1340-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a square neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.details("square", "unsupported"),
        gender="Women",
        title="Athena Women Black Off-Shoulder Top",
        category="Tops",
        color="Black",
    ),
    # Photo: yellow cotton tiered midi dress with white block-print motifs, 3/4 sleeves, round neck with tassel ties,
    # oxidised bangles, kolhapuri sandals. Caption: epoch-3 adapter, cut as it starts over; answers: extractive QA.
    case(
        "X1340-038",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The dress is of long length. The lady wears a "
            "medium-sleeve",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("There is an accessory on her wrist", "non_answer"),
        gender="Women",
        title="Global Desi Women Yellow Printed Tiered Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: white cotton shirt with blue vertical stripes, long sleeves rolled up, half tucked into blue jeans,
    # sunglasses pushed up on her head. Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-039",
        caption(
            "The female wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The female wears sunglasses. The pants the female wears is of long length. The pants "
            "are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy crepe peplum top with white polka dots, short sleeves, round neck, white jeans. (No colour column.)
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-040",
        caption(
            "This female is wearing a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It "
            "has a round neckline. The pants this female wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        D.details("It has a round neckline"),
        gender="Women",
        title="Harpa Women Navy Blue Printed Peplum Top",
        category="Tops",
    ),
    # Photo: beige linen sleeveless midi dress, square neck, button front, matching belt, straw bag prop.
    # Caption: epoch-3 adapter (tank top + skirt), ended on a full stop; answers: extractive QA.
    case(
        "X1340-041",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is square. The "
            "skirt this lady wears is of long length. The skirt is with cotton fabric and pure color patterns. There "
            "is a belt.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("skirt", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "unsupported"),
        D.details("There is a belt"),
        gender="Women",
        title="Mango Women Beige Solid Linen Midi Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: red knit cold-shoulder top, long sleeves with shoulder cut-outs, round neck, black trousers, a ring.
    # Caption: epoch-3 adapter, loops on the ring; answers: extractive QA.
    case(
        "X1340-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a ring on her finger. The lady wears a ring on her finger. The lady wears "
            "a ring on",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("It has a round neckline"),
        gender="Women",
        title="StyleStone Women Red Solid Cold-Shoulder Top",
        category="Tops",
        color="Red",
    ),
    # Photo: the product is a blue denim pinafore dress (sleeveless), worn over a white short-sleeve tee, white
    # sneakers. Caption: epoch-3 adapter (the tee, and the pinafore as a skirt); answers: extractive QA.
    case(
        "X1340-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium short skirt. The skirt is with denim fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="DressBerry Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: white cotton tee with a large black floral illustration, short sleeves, denim shorts, model on a stool.
    # Caption: epoch-3 adapter, cut; answers: extractive QA ("floral" accepted for the floral graphic).
    case(
        "X1340-044",
        caption(
            "This woman wears a short-sleeve T-shirt with floral patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns and a three-point shorts"),
        Q.garment_type("T-shirt"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women White Graphic Print Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: pink georgette top with a ruffled yoke, sleeveless, high neck, white jeans, sunglasses and a watch.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1340-045",
        caption(
            "The female wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is standing. The female wears sunglasses. There is an accessory on her wrist. The pants the "
            "female wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        D.details("standing"),
        gender="Women",
        title="SASSAFRAS Women Pink Solid Ruffled Top",
        category="Tops",
        color="Pink",
    ),
]
