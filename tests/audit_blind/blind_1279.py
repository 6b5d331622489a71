"""BLIND_1279 (46 products; Myntra women's activewear): written blind in the sixty-second session. Measured blind at
c5d464a (the session's eighth rules): 56/66 failures found (84.8%) and 12/211 correct texts flagged (5.7%). The
writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed (sports bras, tights, leggings, track pants, track jackets,
tees, a tank, a hoodie, shorts, capris, a tracksuit). Columns as the feed has them: title, category (Myntra's article
type), color (base colour), gender ("Women"); a few rows lack one column. Photos are the first catalog image: mostly a
model on a light backdrop wearing the product with other clothes, two flat lays, two back views, one with a yoga mat
and one with dumbbells as props.
Who wrote what: every caption is from the epoch-2 caption adapter (DeepFashion-MultiModal template captions, so no hue
names, only "pure color / graphic / striped ..." patterns, and "cotton fabric" by default). It never learned to stop:
every caption ran to the 50-token limit (hit_limit=True on all of them); after a short template it pads and decodes
clean, otherwise it is cut mid-sentence or loops. The closed answers (garment type, color, pattern, sleeve length,
"Is this a ...?", "What is the color of the <garment>?") are the reference engine's, which ranks candidates and keeps
the raw text when it maps to none ("neon green", "pink and blue", "tie and dye"). The one open question, material, is
the reference engine's free generation with the base model (stops on newline, 30 tokens).
Labeling conventions and judgement calls: one label per text. A caption that is cut and also wrong in content carries
the content label (pronoun, contradiction, unsupported); hit_limit=True shows the cut. A caption that ran to the limit
but ends on a whole sentence (or a whole clause missing only its period) is correct. The adapter's "tank top" for a
sports bra and "leggings" for tights are its vocabulary's nearest classes and count as correct; the reference engine
answering "tank top" for a sports bra counts as a contradiction, since its candidates hold "sports bra". Colors in the
right hue family count as correct (lavender -> purple, olive -> green, coral -> orange, navy -> blue, mauve -> pink);
a different family is wrong (navy -> black, charcoal -> black, maroon -> brown). A color taken from the other clothes
in the photo is other_garment_color; one taken from a prop or a print is a contradiction. Invented accessories, fabrics
(denim, chiffon, wool) and a wrong neckline are unsupported. "cotton fabric" in captions is not judged. A sleeve length
given for bottoms from the top worn with them is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1279 = [
    # Model, light grey backdrop: black racerback sports bra with a small white Puma logo on the band, grey melange
    # joggers. Caption (adapter) cut at the limit; closed answers (engine) all right.
    case(
        "X1279-001",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has no"
            " sleeves. The neckline of it is round. The lady wears a long pants. The pants are with cotton fabric and"
            " pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black Solid Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model, front: white fitted short-sleeve tee, the navy tights, white shoes, a fitness band on her wrist. Caption
    # (adapter) cut; the engine's generic color question took the tee's white, the tights question got navy right.
    case(
        "X1279-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("white", "other_garment_color"),
        color_of("tights", "navy blue"),
        Q.pattern("solid"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Model, white backdrop: pink sports bra with a large white swoosh across the band, black tights. Caption
    # (adapter) loops on the fabric and sleeve sentences; engine answers right, material (engine, free) right.
    case(
        "X1279-003",
        caption(
            "The female wears a tank top with graphic patterns. The tank top is with cotton fabric. It has no"
            " sleeves. The tank top is with cotton fabric. It has no sleeves. The tank top is with cotton fabric. It"
            " has no",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        is_a("t-shirt", "no"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women Pink Swoosh Brand Logo Print Medium-Support Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Model, three-quarter angle: black tights with white geometric print on the side panels, black racerback tank.
    # Caption (adapter) calls the printed tights "pure color" and is cut; engine answers right.
    case(
        "X1279-004",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with"
            " cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
            " There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("pair of leggings", "yes"),
        Q.material("spandex"),
        gender="Women",
        title="ONLY PLAY Women Black & White Printed Training Tights",
        category="Tights",
        color="Black",
    ),
    # Model, front: grey melange crew-neck tee with a small black logo, black shorts. Caption (adapter) cut; engine
    # and material right.
    case(
        "X1279-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure"
            " color patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="ADIDAS Women Grey Melange Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model with a short pixie cut: red track jacket zipped up, stand collar, black track pants. Caption (adapter)
    # makes her a gentleman; engine answers right.
    case(
        "X1279-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It"
            " has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        color_of("jacket", "red"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Kappa Women Red Solid Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # Torso crop, no lower garment in frame: teal sports bra with wide straps and a black underband. Caption (adapter)
    # short template, padded to the limit, right; engine right.
    case(
        "X1279-007",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline.",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Teal Non-Wired Lightly Padded Sports Bra SB06",
        category="Sports Bra",
        color="Teal",
    ),
    # Model: charcoal grey raglan running tee, black tights, a watch on her wrist. Caption (adapter) reaches the limit
    # on the last word of a whole clause: right. Engine calls the charcoal tee black.
    case(
        "X1279-008",
        caption(
            "This female wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is"
            " with cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color"
            " patterns. There is an accessory on her wrist",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="Alcis Women Charcoal Grey Slim Fit Running T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Model: blue tights with an all-over white and navy abstract print, navy sports bra. Caption (adapter) cut;
    # the engine's generic color is the bra's navy, its tights question says blue.
    case(
        "X1279-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It"
            " has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and"
            " graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("printed"),
        is_a("pair of track pants", "no"),
        color_of("tights", "blue"),
        gender="Women",
        title="Reebok Women Blue Printed Lux Training Tights",
        category="Tights",
        color="Blue",
    ),
    # Model: lavender sports bra, black high-waist leggings, bare wrists. Caption (adapter) invents a wrist accessory
    # and is cut; engine right (lavender answered purple).
    case(
        "X1279-010",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The"
            " lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an"
            " accessory on her wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Zelocity by Zivame Women Lavender Solid Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Model: navy straight track pants with a drawstring, white short-sleeve tee. Caption (adapter) ends on a whole
    # sentence, padded: right. The engine's sleeve answer is the tee's.
    case(
        "X1279-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns.",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("pair of track pants", "yes"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Track Pants 1301",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model: black sports bra with a white logo, an open grey melange hoodie over it, black shorts. Caption (adapter)
    # sees only the hoodie and is cut. Engine: generic color and sleeves from the hoodie; bra color right.
    case(
        "X1279-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has"
            " a lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color"
            " patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Under Armour Women Black HeatGear Armour Mid Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model: olive track jacket zipped, stand collar, black leggings. Caption (adapter) hits the limit right after a
    # full stop: right. Engine and material right.
    case(
        "X1279-013",
        caption(
            "The woman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has"
            " a stand neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns.",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="Campus Sutra Women Olive Green Solid Track Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Flat lay on white, no model: coral racerback sports bra. Caption (adapter) puts a lady, a ring and long pants
    # in the photo. Engine right (coral answered orange).
    case(
        "X1279-014",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has no"
            " sleeves. The neckline of it is round. There is a ring on her finger. The lady wears a long pants. The"
            " pants are with",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("orange"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="DIDA Women Coral Solid Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Model: peach crew-neck running tee with a small reflective logo, black running shorts. Caption (adapter) cut;
    # engine right.
    case(
        "X1279-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure"
            " color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "peach"),
        gender="Women",
        title="Asics Women Peach Round Neck Running T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Model: black leggings with a small grey side logo, an oversized plain white sweatshirt down to the hips.
    # Caption (adapter) cut. Engine's generic color is the sweatshirt's.
    case(
        "X1279-016",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The"
            " neckline of it is round. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "black"),
        gender="Women",
        title="Skechers Women Black GOWALK Leggings",
        category="Leggings",
        color="Black",
    ),
    # Model: white tee with a big navy-and-red FILA logo on the chest, black track pants. Caption (adapter) whole,
    # padded: right. Engine and material right.
    case(
        "X1279-017",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Fila Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: maroon cuffed joggers, grey tee. Caption (adapter) loops on the pants sentences. Engine: generic color
    # right, the track pants question says brown.
    case(
        "X1279-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " lady wears a long pants. The pants are with cotton fabric. The lady wears a long pants. The pants are"
            " with cotton fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("maroon"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        color_of("track pants", "brown", "contradiction"),
        gender="Women",
        title="Proline Active Women Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Model: neon green sports bra with a black tribal print on the straps and band, black shorts. Caption (adapter)
    # cut. Engine keeps "neon green" raw (right) and says yes to "tank top".
    case(
        "X1279-019",
        caption(
            "The female is wearing a sleeveless tank top with graphic patterns. The tank top is with cotton fabric."
            " It has a round neckline. The female wears a three-point shorts. The shorts are with cotton fabric and"
            " pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("neon green"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Rock.it Women Fluorescent Green Printed Sports Bra",
        category="Sports Bra",
        color="Fluorescent Green",
    ),
    # Back view is the first image: black sports bra with crossover straps, black leggings, hair tied up. Caption
    # (adapter) no-person template, padded: right. Engine says "no" to sports bra from the back.
    case(
        "X1279-020",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long"
            " length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("sports bra", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Clovia Women Black Solid Padded Active Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model: grey melange joggers, black tank. No gender column. Caption (adapter) cut. The free material answer runs
    # on into the next questions on the same line.
    case(
        "X1279-021",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It"
            " has a round neckline. The woman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("pair of leggings", "no"),
        Q.material(
            "cotton Question: What is the color of the garment? Answer: grey Question: What is the pattern of the"
            " garment? Answer: solid Question: What",
            "leak",
            hit_limit=True,
        ),
        title="C9 Airwear Women Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Model: black tights, pink sports bra. Caption (adapter) gives the tights denim fabric. Engine's generic color is
    # the bra's; the tights question is right.
    case(
        "X1279-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It"
            " has a suspenders neckline. The lady wears a long leggings. The leggings are with denim fabric and pure"
            " color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("pink", "other_garment_color"),
        color_of("tights", "black"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Performax Women Black Solid Training Tights",
        category="Tights",
        color="Black",
    ),
    # Model: track jacket with a royal blue body and black sleeves and shoulder panels, zipped; black track pants.
    # Caption (adapter) cut. Engine calls the colour-blocking striped.
    case(
        "X1279-023",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has"
            " a stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Performax Women Blue & Black Colourblocked Track Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Model: white tee with a small black swoosh, black tights. Caption (adapter) cut. The engine's t-shirt color
    # question answers with the tights' black.
    case(
        "X1279-024",
        caption(
            "This woman is wearing a short-sleeve T-shirt with solid color patterns and a long leggings. The T-shirt"
            " is with cotton fabric. It has a crew neckline. The leggings are with cotton fabric and solid color"
            " patterns. This woman",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        color_of("t-shirt", "black", "other_garment_color"),
        gender="Women",
        title="Nike Women White Solid Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model: black leggings with a large white PUMA logo print on the thigh, white cropped tee. Caption (adapter)
    # cut; engine and material right.
    case(
        "X1279-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("graphic"),
        is_a("pair of leggings", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Puma Women Black Essentials Logo Leggings",
        category="Leggings",
        color="Black",
    ),
    # Model in a running pose, cap on, hair tucked under it: coral pink tee, black shorts. Caption (adapter) calls her
    # a man; engine right.
    case(
        "X1279-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The man wears a three-point shorts. The shorts are with cotton fabric and pure color"
            " patterns. The man",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Coral Pink Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Model in a matching set: maroon sports bra and maroon leggings. Caption (adapter) repeats the leggings sentence
    # into the limit; engine right.
    case(
        "X1279-027",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has no"
            " sleeves. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
            " The lady wears a long leggings",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "maroon"),
        gender="Women",
        title="Bodyactive Women Maroon Solid Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Model: black running tights with a reflective strip at the ankle, grey melange tee. No category column.
    # Caption (adapter) whole, padded: right. Engine "leggings" for tights is right; its color is the tee's, and the
    # ankle strip made it "striped".
    case(
        "X1279-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Silvertraq Women Black Solid Running Tights",
        color="Black",
    ),
    # Model holding a rolled blue yoga mat: burgundy sports bra, black leggings. Caption (adapter) cut. The engine's
    # color is the mat's blue.
    case(
        "X1279-029",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a"
            " suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("blue", "contradiction"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Fitkin Women Burgundy Solid Sports Bra",
        category="Sports Bra",
        color="Burgundy",
    ),
    # Model: black track jacket with three white stripes down the sleeves, zipped; matching striped track pants.
    # Caption (adapter) cut; engine right; the free material answer loops.
    case(
        "X1279-030",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has a"
            " stand neckline. The lady wears a long pants. The pants are with cotton fabric and striped patterns."
            " There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no"),
        Q.material(
            "polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester,"
            " polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Adidas Women Black 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model: navy track pants with three white stripes down the sides, white tee. Caption (adapter) cut. Engine: the
    # generic color says black, the track pants question navy.
    case(
        "X1279-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a long pants. The pants are with cotton fabric and striped"
            " patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black", "contradiction"),
        Q.pattern("striped"),
        is_a("pair of jeans", "no"),
        color_of("track pants", "navy blue"),
        gender="Women",
        title="Adidas Women Navy Blue 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model: olive, khaki and black camouflage tights, black tank. Caption (adapter) calls the camouflage floral;
    # engine and material right.
    case(
        "X1279-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It"
            " has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and floral"
            " patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("green"),
        Q.pattern("camouflage"),
        is_a("pair of tights", "yes"),
        Q.material("spandex"),
        gender="Women",
        title="Puma Women Olive Green Camouflage Print Tights",
        category="Tights",
        color="Olive",
    ),
    # Model: grey melange pullover hoodie with a kangaroo pocket and a small logo, black joggers. Caption (adapter)
    # cut; all seven answers right.
    case(
        "X1279-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The"
            " neckline of it is round. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes"),
        color_of("hoodie", "grey"),
        Q.material("cotton"),
        gender="Women",
        title="Champion Women Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Model: black tracksuit, zip jacket and track pants with white piping, a ring on her right hand. Caption
    # (adapter) whole, padded: right. Engine names only the jacket as the garment type.
    case(
        "X1279-034",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with"
            " cotton fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns. This"
            " lady wears a ring.",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("tracksuit", "yes"),
        gender="Women",
        title="Sports52 wear Women Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Model: loose mauve racerback tank, black capri tights. Caption (adapter) cut. Engine's pattern answer is the
    # garment's name, kept raw.
    case(
        "X1279-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It"
            " has a round neckline. The lady wears a three-quarter leggings. The leggings are with cotton fabric and"
            " pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pink"),
        Q.pattern("tank top", "non_answer"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        gender="Women",
        title="Reebok Women Mauve Solid Tank Top",
        category="Tops",
        color="Mauve",
    ),
    # Model: navy training shorts, light blue tee. Caption (adapter) cut. The engine's shorts question gives the tee's
    # light blue; the generic color (blue) is right.
    case(
        "X1279-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure"
            " color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "light blue", "other_garment_color"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Rapid-Dry Training Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Flat lay on a grey surface: black running shorts with a small white swoosh. No color column. Caption (adapter)
    # lower-clothing template only, padded: right. Engine right ("sleeveless" for shorts is true).
    case(
        "X1279-037",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("pair of shorts", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women Black Solid Running Shorts",
        category="Shorts",
    ),
    # Model: black capri leggings ending mid-calf, white tank top. Caption (adapter) cut. Engine "leggings" for capris
    # is right; its color is the tank's.
    case(
        "X1279-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It"
            " has a suspenders neckline. The lady wears a three-quarter leggings. The leggings are with cotton fabric"
            " and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of capris", "yes"),
        gender="Women",
        title="Proline Active Women Black Solid Capris",
        category="Capris",
        color="Black",
    ),
    # Model, all black: tights with sheer mesh panels at the calves, sports bra. Caption (adapter) calls the tights
    # chiffon; engine and material right.
    case(
        "X1279-039",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has no"
            " sleeves. The lady wears a long leggings. The leggings are with chiffon fabric and pure color patterns."
            " There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        color_of("tights", "black"),
        Q.material("nylon and spandex"),
        gender="Women",
        title="Van Heusen Women Black Flex Active Tights",
        category="Tights",
        color="Black",
    ),
    # Model, hair slicked back: sea green seamless longline sports bra and matching leggings. Caption (adapter) says
    # "His". Engine picks "tank top" for the type, yet says yes to sports bra.
    case(
        "X1279-040",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower"
            " clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Kica Women Sea Green Solid Seamless Sports Bra",
        category="Sports Bra",
        color="Sea Green",
    ),
    # Model: navy hooded jacket worn open over a white sports bra, black tights. Caption (adapter) cut. The engine's
    # jacket question gives the bra's white.
    case(
        "X1279-041",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        color_of("jacket", "white", "other_garment_color"),
        gender="Women",
        title="Alcis Women Navy Blue Solid Hooded Sporty Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Model: blue raglan running tee with an all-over white abstract print, black shorts. Caption (adapter) cut.
    # Engine calls the print solid; the free material answer says nothing.
    case(
        "X1279-042",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure"
            " color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("it is made of fabric", "restated"),
        gender="Women",
        title="ASICS Women Blue Printed Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Model holding pink dumbbells: black zip-front high-support sports bra, black tights. Caption (adapter) loops on
    # the fabric sentence. Engine takes the zip-front bra for a vest, the rest right.
    case(
        "X1279-043",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The tank top is"
            " with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton fabric. The tank"
            " top is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("vest", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Nike Women Black Alpha High-Support Zip-Front Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model: loose mustard round-neck tee, black tights. Caption (adapter) gives it a V-shape neckline; engine right;
    # the free material answer says wool.
    case(
        "X1279-044",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a V-shape neckline. The female wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Mustard Yellow Solid Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Model in a matching set: pink, blue and purple tie-dye sports bra and leggings. Caption (adapter) cut. Engine
    # keeps "tie and dye" and "pink and blue" raw: right.
    case(
        "X1279-045",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric. It has no sleeves."
            " The lady wears a long leggings. The leggings are with cotton fabric and graphic patterns. There is an"
            " accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("tie and dye"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "pink and blue"),
        gender="Women",
        title="Rock.it Women Multicoloured Tie-Dye Sports Bra",
        category="Sports Bra",
        color="Multi",
    ),
    # Back view is the first image: black tee with a large white graphic across the back, black shorts, ponytail.
    # Caption (adapter) whole, padded: right. The engine's t-shirt question gives the print's white.
    case(
        "X1279-046",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The"
            " person wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "white", "contradiction"),
        gender="Women",
        title="Nike Women Black Graphic Printed Back Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
]
