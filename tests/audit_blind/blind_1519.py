"""BLIND_1519 (45 products; Myntra women's activewear, epoch-2 captions + reference closed answers): written blind in
the sixty-fifth session. Measured blind at 71dbb3c (the session's sixth rules): 43/50 failures found (86.0%) and
13/213 correct texts flagged (6.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear (sports bras, tights, leggings, capris, track pants,
joggers, shorts, a skort, tees, tanks, track jackets, sweatshirts, a hoodie, a tracksuit, a pack of two bras). The
photos are the catalog's usual shots: a model on a plain white or light grey backdrop wearing the product with other
clothes (a bra with tights, tights with a tee, a jacket over a bra), now and then a back view, a flat lay, a cropped
torso shot, and props (a yoga mat, a dumbbell, a water bottle, a bench). Columns as the feed has them: title,
category (Myntra article type), color (base colour), gender; one or another is missing on a few rows.
Who wrote what: every caption is from the epoch-2 caption adapter (BLIP-2 OPT-2.7b + LoRA trained on the
DeepFashion-MultiModal template captions with unmasked labels), greedy, 50 new tokens. So captions speak the template
("The lady wears a tank top with pure color patterns ... its neckline is suspenders"), never name a hue, and often do
not stop: they run to the limit and are cut mid-sentence or fall into a loop. One caption came back empty after 50
tokens (padding only). Every question is closed and answered by the reference engine (candidate ranking over a fixed
list per question; when its generation cannot be mapped to one candidate the raw text is kept): garment type, color,
pattern, sleeve length, the VQA-style "What is the color of the <garment>?" and "Is this a <garment>?".
Labeling conventions and judgement calls: the closed engine is right far more often than the captions, so the set runs
below four in ten wrong (most errors are in the captions and in colors taken from the other garment). Judged against the
photo I imagined and the title. A caption that ran to the token limit is marked hit_limit and labeled cut (or loop when
it repeats), even if it also invents an accessory. DeepFashion words are accepted as right: a sports bra as "tank top
with suspenders neckline", tights as "long leggings" or "long pants", "complicated patterns" for a print. Near-synonyms
from the candidate list count as right: track pants for Joggers or flared yoga pants, hoodie for a hooded sweatshirt,
orange for Coral, blue for Turquoise Blue, pink for Magenta, brown for Rust, grey for Charcoal or Grey Melange, yellow
for Mustard. A color that belongs to the other garment in the photo is other_garment_color; a color that is just wrong
for the product (navy read as black, a two-colour pack answered with one colour) is contradiction. A garment type that
names the wrong kind (tank top for a longline sports bra, jacket for a tracksuit) is contradiction. Sleeve length asked
of a bottom and answered with the top's sleeves is contradiction; a wrong pattern or length in a caption is
contradiction; a claimed accessory or person that is not in the photo is unsupported. "pure color" kept raw as a color
answer is non_answer; a raw answer that goes on with another "Question: ... Answer:" is leak; the raw "the pattern of
the garment" is restated. "The gentleman"/"his" for these women's products is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1519 = [
    # Photo: model front on white, black racerback sports bra, grey melange joggers. Caption: epoch-2 adapter (ended on
    # its own); closed answers: reference engine. All right.
    case(
        "X1519-001",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black Solid Mid-Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model in a loose white tee over navy tights, white sneakers. Caption: adapter, ran to 50 tokens, cut.
    # Closed: reference engine; the garment color went to the tee (white), the tights question is right.
    case(
        "X1519-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        color_of("tights", "navy blue"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Photo: pink sports bra with a small black swoosh, black tights. Caption: adapter, looped to the limit.
    # Closed: reference engine, all right.
    case(
        "X1519-003",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric and its neckline is "
            "suspenders. The tank top is with cotton fabric and its neckline is suspenders. The tank top is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "pink"),
        gender="Women",
        title="Nike Women Pink Dri-FIT Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: short-haired model, grey melange track jacket open over a black sports bra, black tights. Caption:
    # adapter, ended, but calls her "the gentleman". Closed: reference engine; the jacket color question got the
    # black of the bra and tights, the rest is right.
    case(
        "X1519-004",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The gentleman wears a long pants.",
            "pronoun",
        ),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no"),
        color_of("jacket", "black", "other_garment_color"),
        gender="Women",
        title="Adidas Women Grey Melange Solid Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # Photo: cropped torso shot, teal full-coverage sports bra, nothing below the waist. Caption: adapter, short and
    # right. Closed: reference engine, right.
    case(
        "X1519-005",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline."
        ),
        Q.garment_type("sports bra"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Teal Non-Padded Non-Wired Full Coverage Sports Bra",
        category="Sports Bra",
        color="Teal",
    ),
    # Photo: model in a white tank, black leggings with a purple geometric print, rolled yoga mat under her arm.
    # Caption: adapter, ended, but gives the leggings pure color. Closed: reference engine, right.
    case(
        "X1519-006",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("printed"),
        color_of("leggings", "black"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="DECATHLON Domyos Women Black & Purple Printed Yoga Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model in a white graphic tee, navy track pants with a thin white side stripe. Caption: adapter, cut at 50
    # tokens. Closed: reference engine; the sleeve question on the pants got the tee's sleeves.
    case(
        "X1519-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("track pants", "navy blue"),
        gender="Women",
        title="Jockey Women Navy Blue Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: lavender cropped tee, black high-waist tights, front. Caption: adapter, ended, right. Closed: right.
    case(
        "X1519-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings."
        ),
        Q.garment_type("t-shirt"),
        Q.color("lavender"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("crop top", "yes"),
        gender="Women",
        title="Campus Sutra Women Lavender Solid Cropped T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: back view, black tights with a faint charcoal camouflage print, black tank. Caption: adapter, short,
    # right. Closed: reference engine; the faint print was read as solid.
    case(
        "X1519-009",
        caption(
            "The lady wears a tank top with pure color patterns. The lady wears a long leggings with complicated "
            "patterns."
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        color_of("tights", "black"),
        gender="Women",
        title="Puma Women Black Camouflage Printed Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: coral running tee, navy shorts, running pose, a fitness band on her wrist. Caption: adapter, cut.
    # Closed: reference engine, right (orange is the nearest candidate to coral).
    case(
        "X1519-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Reebok Women Coral Solid Running T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # Photo: peach high-impact sports bra, olive leggings, front. Caption: adapter, ended, right. Closed: the garment
    # color went to the leggings; the sports bra question is right.
    case(
        "X1519-011",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("olive", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("sports bra", "peach"),
        gender="Women",
        title="Zelocity by Zivame Women Peach-Coloured High-Impact Padded Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Photo: black calf-length compression capris, grey tank, side view. Caption: adapter, ended, but calls the capris
    # long. Closed: reference engine, right.
    case(
        "X1519-012",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings.",
            "contradiction",
        ),
        Q.garment_type("capris"),
        Q.color("black"),
        Q.pattern("solid"),
        color_of("capris", "black"),
        gender="Women",
        title="Under Armour Women Black HeatGear Solid Compression Capris",
        category="Capris",
        color="Black",
    ),
    # Photo: flat lay of an olive seamless sports bra on white, no person. Caption: adapter, ended, invents a wrist
    # accessory. Closed: reference engine, right.
    case(
        "X1519-013",
        caption(
            "The upper clothing has no sleeves, knitted fabric and pure color patterns. It has a suspenders neckline. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("olive"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Kica Women Olive Green Seamless Sports Bra",
        category="Sports Bra",
        color="Olive",
    ),
    # Photo: white tank, blue running shorts with a small white leaf print, a watch on her wrist. Caption: adapter,
    # cut. Closed: the shorts color question got the tank's white.
    case(
        "X1519-014",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a three-point shorts. The shorts are with cotton fabric and floral patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("printed"),
        color_of("shorts", "white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Women",
        title="ASICS Women Blue Printed Core Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: charcoal joggers with cuffed hems, white tee, side view. Caption: adapter, ended, right. Closed: right.
    case(
        "X1519-015",
        caption(
            "This female wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("joggers", "yes", article="a pair of"),
        gender="Women",
        title="Van Heusen Flex Women Charcoal Grey Solid Joggers",
        category="Joggers",
        color="Charcoal",
    ),
    # Photo: all-black look, black 7/8 leggings with mesh panels, black sports bra. No gender column on this row.
    # Caption: adapter, looped. Closed: reference engine, right.
    case(
        "X1519-016",
        caption(
            "The lady wears a tank top with pure color patterns. The lady wears a long leggings. The leggings are "
            "long. The leggings are long. The leggings are long. The leggings are long. The leggings are long. The "
            "leggings are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        color_of("leggings", "black"),
        is_a("leggings", "yes", article="a pair of"),
        title="Nike Women Black Pro 365 High-Rise 7/8 Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: maroon sports bra, black bike shorts, a dumbbell in her hand, no rings. Caption: adapter, cut (and on its
    # way to a ring). Closed: reference engine, right.
    case(
        "X1519-017",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Maroon Solid Padded Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Photo: zipped track jacket, white body with black sleeve panels, black track pants. Caption: adapter, ended,
    # right. Closed: color answered black for a white jacket; the jacket color question is right.
    case(
        "X1519-018",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("colour block"),
        Q.sleeve_length("long sleeves"),
        color_of("jacket", "white"),
        gender="Women",
        title="Kappa Women White & Black Colourblocked Track Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: mustard racerback tank, black shorts, hair in a cap. Caption: adapter, ended, says "his"/"he".
    # Closed: reference engine, right.
    case(
        "X1519-019",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. He wears "
            "a three-point shorts. There is a hat on his head.",
            "pronoun",
        ),
        Q.garment_type("tank top"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Mustard Yellow Solid Rapid-Dry Tank Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: grey melange crew-neck sweatshirt, black joggers, model seated on a wooden bench. Caption: adapter,
    # ended, but a shirt with a lapel neckline. Closed: reference engine, right.
    case(
        "X1519-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants.",
            "contradiction",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "no"),
        gender="Women",
        title="Puma Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: black tracksuit, jacket zipped and matching pants, three white stripes down the sleeves and legs.
    # Caption: adapter, cut. Closed: garment type gave the jacket only, not the set.
    case(
        "X1519-021",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with cotton fabric and striped "
            "patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("tracksuit", "yes"),
        gender="Women",
        title="Adidas Women Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: fluorescent green running top, short sleeves, black tights. Caption: adapter, ended, right. Closed: the
    # color generation ("neon") did not map and was kept raw; it is right.
    case(
        "X1519-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round."
        ),
        Q.garment_type("t-shirt"),
        Q.color("neon"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Nike Women Fluorescent Green Dri-FIT Running Top",
        category="Tops",
        color="Fluorescent Green",
    ),
    # Photo: flat lay of two sports bras side by side, one black, one pink, no person. Caption: adapter, ended, puts a
    # lady in a flat lay. Closed: one colour for a two-colour pack.
    case(
        "X1519-023",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Dressberry Women Pack of 2 Black & Pink Non-Padded Sports Bras",
        category="Sports Bra",
        color="Multi",
    ),
    # Photo: black skort (skirt front, shorts inside), white tee, tennis racquet prop. Caption: adapter, cut.
    # Closed: right.
    case(
        "X1519-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("solid"),
        color_of("skirt", "black"),
        gender="Women",
        title="Skechers Women Black Solid Sports Skort",
        category="Skirts",
        color="Black",
    ),
    # Photo: sea green hooded running jacket, black tights, a black running cap on her head. Caption: adapter, ended,
    # right (the hat is there). Closed: right.
    case(
        "X1519-025",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long leggings. There is a hat on her head."
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("rain jacket", "yes"),
        gender="Women",
        title="DECATHLON Kalenji Women Sea Green Windproof Running Jacket",
        category="Rain Jacket",
        color="Sea Green",
    ),
    # Photo: pink hooded sweatshirt, grey joggers, hood down. Caption: the adapter returned nothing: 50 tokens of
    # padding. Closed: right.
    case(
        "X1519-026",
        caption("", "non_answer", hit_limit=True),
        Q.garment_type("hoodie"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes"),
        color_of("hoodie", "pink"),
        gender="Women",
        title="Puma Women Pink Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
    ),
    # Photo: black high-waist tights with sheer mesh panels at the calves, black bra. Caption: adapter, ended,
    # right. Closed: right.
    case(
        "X1519-027",
        caption(
            "The lady wears a tank top with pure color patterns. The lady wears a long leggings. The leggings are with "
            "cotton fabric and pure color patterns."
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        color_of("tights", "black"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Athena Women Black Mesh Panel High-Waist Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: back view, navy racerback sports bra (reads very dark), black leggings. Caption: adapter, cut.
    # Closed: navy answered as black.
    case(
        "X1519-028",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("sports bra", "black", "contradiction"),
        gender="Women",
        title="Enamor Women Navy Blue Racerback Medium Impact Sports Bra",
        category="Sports Bra",
        color="Navy Blue",
    ),
    # Photo: sea green seamless tank, black shorts. No category column on this row. Caption: adapter, ended, right.
    # Closed: right.
    case(
        "X1519-029",
        caption(
            "Her tank top has no sleeves, knitted fabric and pure color patterns. The neckline of it is round. She "
            "wears a three-point shorts."
        ),
        Q.garment_type("tank top"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        gender="Women",
        title="Under Armour Women Sea Green Seamless Training Tank Top",
        color="Sea Green",
    ),
    # Photo: black sports bra with a large white abstract print across the band, grey joggers. Caption: adapter,
    # ended, misses the print. Closed: the print read as solid.
    case(
        "X1519-030",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a long pants.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Printed Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: burgundy high-rise tights, white sports bra, standing on a yoga mat. Caption: adapter, cut.
    # Closed: right.
    case(
        "X1519-031",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("maroon"),
        Q.pattern("solid"),
        color_of("tights", "maroon"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Reebok Women Burgundy Lux High-Rise Training Tights",
        category="Tights",
        color="Burgundy",
    ),
    # Photo: white tee with a large black graphic print, black bike shorts, long-haired model. Caption: adapter,
    # ended, "the gentleman". Closed: right.
    case(
        "X1519-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts.",
            "pronoun",
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Puma Women White Graphic Printed Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: black training shorts, white oversized tee covering part of the shorts. Caption: adapter, ended, right.
    # Closed: the shorts color question got the tee's white; the garment color is right.
    case(
        "X1519-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a three-point shorts. The "
            "shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        color_of("shorts", "white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Women",
        title="Nike Women Black Dri-FIT Attack Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: grey melange capris, black tank, water bottle in hand. Caption: adapter, looped. Closed: the garment type
    # is right, the sleeve question got the tank (sleeveless), and the color is right.
    case(
        "X1519-034",
        caption(
            "The lady wears a tank top with pure color patterns. The lady wears a three-quarter pants. The pants are "
            "with cotton fabric. The pants are with cotton fabric. The pants are with cotton fabric. The pants are "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("capris"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Capris",
        category="Capris",
        color="Grey Melange",
    ),
    # Photo: rust seamless leggings, matching rust sports bra (a set sold separately). Caption: adapter, ended,
    # right. Closed: right (brown is the nearest candidate to rust).
    case(
        "X1519-035",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitted fabric and its neckline "
            "is round. The lady wears a long leggings. The leggings are with knitted fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("brown"),
        Q.pattern("solid"),
        color_of("leggings", "brown"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Kica Women Rust Seamless High-Waist Leggings",
        category="Leggings",
        color="Rust",
    ),
    # Photo: mauve longline sports bra reaching the ribs, black tights. Caption: adapter, cut. Closed: the longline
    # bra taken for a tank top; the yes/no question is right.
    case(
        "X1519-036",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Mauve Longline Medium Impact Sports Bra",
        category="Sports Bra",
        color="Mauve",
    ),
    # Photo: blue track pants, white tee, side view. Caption: adapter, ended, right. Closed: the sleeve question on
    # the pants got the tee's sleeves; the color question gave the tee's white.
    case(
        "X1519-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("track pants", "blue"),
        gender="Women",
        title="Adidas Women Blue Solid Regular Fit Training Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # Photo: black cropped zip-front jacket over a black bra, black leggings, small gold hoops. Caption: adapter,
    # ended, invents glasses. Closed: right.
    case(
        "X1519-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is standing. This lady wears glasses.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Campus Sutra Women Black Solid Cropped Zip-Front Sporty Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: magenta running tee, black shorts. Caption: adapter, cut. Closed: right (pink for magenta).
    case(
        "X1519-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "pink"),
        gender="Women",
        title="Nike Women Magenta Dri-FIT One Standard Fit T-shirt",
        category="Tshirts",
        color="Magenta",
    ),
    # Photo: navy and white horizontally striped yoga tee, grey leggings, yoga mat. Caption: adapter, ended, right.
    # Closed: the color candidates could not settle and the raw "pure color" was kept.
    case(
        "X1519-040",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings."
        ),
        Q.garment_type("t-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "navy blue"),
        gender="Women",
        title="DECATHLON Domyos Women Navy Blue & White Striped Yoga T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: back view, black sports bra with cross straps, hair in a high ponytail, black tights, no glasses.
    # Caption: adapter, ended, invents glasses. Closed: right.
    case(
        "X1519-041",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. This woman wears "
            "glasses.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black Strappy Back Low Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: off-white flared yoga pants, off-white crop tee, tonal look. No color column on this row. Caption:
    # adapter, looped. Closed: right.
    case(
        "X1519-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long pants. The pants "
            "are long. The pants are long. The pants are long. The pants are long. The pants are long. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("white"),
        Q.pattern("solid"),
        color_of("pants", "white"),
        is_a("leggings", "no", article="a pair of"),
        gender="Women",
        title="Van Heusen Flex Women Off White Solid Flared Yoga Pants",
        category="Track Pants",
    ),
    # Photo: turquoise blue running jacket, zipped, black tights. Caption: adapter, ended, right. Closed: the color
    # generation went on with another "Question: ... Answer:" and was kept raw; the rest is right.
    case(
        "X1519-043",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is standing. The lady wears a long leggings."
        ),
        Q.garment_type("jacket"),
        Q.color(
            "blue Question: What is the color of the pants? Answer: black Question: What is the color of the shoes? "
            "Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Turquoise Blue Solid Running Jacket",
        category="Jackets",
        color="Turquoise Blue",
    ),
    # Photo: black sports bra with a grey printed band, grey melange joggers. Caption: adapter, cut. Closed: the
    # color went to the joggers' grey; the pattern generation was kept raw and only restates the question.
    case(
        "X1519-044",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric and its neckline is "
            "suspenders. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("the pattern of the garment", "restated"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Black & Grey Printed Medium Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: olive training tights, black sports bra, front. Caption: adapter, ended, right. Closed: the garment color
    # went to the bra; the tights question is right.
    case(
        "X1519-045",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a long leggings."
        ),
        Q.garment_type("tights"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        color_of("tights", "olive"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Nike Women Olive One Dri-FIT Mid-Rise Training Tights",
        category="Tights",
        color="Olive",
    ),
]
