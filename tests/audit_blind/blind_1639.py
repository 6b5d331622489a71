"""BLIND_1639 (45 products; Myntra women's activewear, epoch-2 caption adapter + reference engine): written blind in the
sixty-seventh session. Measured blind at 0f3a531 (the session's first rules): 63/71 failures found (88.7%) and 6/173
correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear: sports bras, tights, track pants and joggers, shorts, a
capri, a skort, tees, tanks, crop tops, sweatshirts, track jackets, a windcheater and a tracksuit. Catalog columns as
the feed has them: title, category (Myntra article type), color (base colour), gender; a few rows lack one of them.
Photos are the usual catalog shots: a model on a plain backdrop wearing the product with other clothes (black tights
under most tops, a tee or tank over most bottoms), a few back views, three flat lays, props now and then (water
bottle, yoga mat, kettlebell, tennis racket, a stool).
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion template: "The lady wears a ... with pure
color patterns. The ... is with cotton fabric."), greedy, 50 new tokens; it never learned to stop, so nearly every
caption runs to the limit, a few stop early on their own. The closed questions (garment type, color, pattern, sleeve
length, "Is this a ...?", "What is the color of the <garment>?") are answered by the reference engine, which ranks a
fixed list of candidates, so its answers are short labels; it fails by picking the wrong candidate, mostly the color
of the garment that fills more of the frame. The open questions (material on some items, "What is the person
wearing?" on a few) are free generation by the same epoch-2 caption adapter, 30 new tokens: they come back as the
caption template, run on into the other garment, loop, and once start with the prompt format.
Labeling conventions and judgement calls: one failure kind per text, the most visible one; a text cut mid-sentence
at the limit is "cut" even when what it said before the cut was right, unless it also says something plainly wrong
about the product, then that wins. A caption that reaches the limit exactly at a full stop and says nothing wrong is
correct (hit_limit still marked). The adapter's garment words are DeepFashion's: "tank top" for a sports bra,
"leggings" or "long pants" for tights, "sweater" for a sweatshirt, "jacket"/"outer clothing" for track jackets; I
accept these as the nearest class and do not mark them. "Cotton fabric" can't be seen in a photo, so I leave it
unmarked unless the title names another fabric or a synthetic technology (Dri-FIT, Rapid-Dry, HeatGear, a
windcheater), where it is "unsupported". Invented people, pants or accessories on a flat lay are "unsupported". A
closed color answer that is the other garment's color is "other_garment_color"; a wrong type, pattern, sleeve length
or yes/no is "contradiction". Near colors I accept: lavender/mauve as purple, coral as orange, lime green as green,
sea green as green, grey melange as grey. Three-stripe and side-stripe tights/pants answered "striped" I accept
(the stripes are in the photo even though Myntra calls them solid). A camouflage black-and-grey print answered
"grey" I accept. A material answer that is the caption template with no fabric at all is "non_answer".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, wearing

BLIND_1639 = [
    # photo: model front view, black full-length tights, white cropped tee, white running shoes, grey backdrop.
    # caption: epoch-2 caption adapter (cut); closed: reference engine; material: caption adapter, free generation.
    case(
        "X1639-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        Q.material(
            "cotton fabric. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. It has a",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Running Tights",
        category="Tights",
        color="Black",
    ),
    # photo: pink sports bra with a small white Swoosh, black tights, white studio backdrop, front view.
    # caption: caption adapter (loops on the leggings sentence); closed: reference engine (color = the tights').
    case(
        "X1639-002",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and pure color patterns. The lady wears a long leggings. The leggings "
            "are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("leggings", "black"),
        gender="Women",
        title="Nike Women Pink Swoosh Medium-Support Padded Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # photo: navy tee with a small white geometric all-over print, black shorts, hand on hip.
    # caption: caption adapter (cut); closed: reference engine, all right.
    case(
        "X1639-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Puma Women Navy Blue Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: grey melange track jacket with white three stripes on the sleeves, worn open over a white sports tank,
    # black leggings. caption: caption adapter (cut); closed: reference engine (color = the tank underneath).
    case(
        "X1639-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="ADIDAS Women Grey Melange Solid Essentials Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # photo: plain black slim track pants with drawstring, grey tee, front view.
    # caption: caption adapter, stopped on its own, right; material: caption adapter, right then cut.
    case(
        "X1639-005",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        Q.material(
            "The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Black Cotton Rich Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: back view, teal racerback sports bra, grey joggers, model with short cropped hair.
    # caption: caption adapter calls her a gentleman; closed: reference engine, all right.
    case(
        "X1639-006",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("teal"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Teal Blue Non-Padded Racerback Sports Bra SB06",
        category="Sports Bra",
        color="Teal",
    ),
    # photo: lime green tee with black "HRX" typography across the chest, black shorts.
    # caption: caption adapter, ends at a full stop at the limit, but says cotton for a Rapid-Dry tee;
    # closed: reference engine (pattern wrong: the typography is plain to see).
    case(
        "X1639-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Lime Green Typography Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Lime Green",
    ),
    # photo: flat lay, two pairs of tights side by side on white, one black, one navy.
    # caption: caption adapter invents a lady and loops; closed: reference engine, right.
    case(
        "X1639-008",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a "
            "long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="BOLDFIT Women Pack of 2 Black & Navy Blue Solid High-Rise Gym Tights",
        category="Tights",
        color="Black",
    ),
    # photo: black mid-rise training shorts, pink tank top, side view, legs bare to the shoes.
    # caption: caption adapter says long pants for shorts; material: caption adapter, cut.
    case(
        "X1639-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material(
            "cotton fabric and pure color patterns. The lady wears a sleeveless tank top with pure color patterns. The "
            "tank top is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Puma Women Black Solid Mid-Rise Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: olive racerback tank (full tank, to the hip), black tights, fitness band on the wrist, water bottle in
    # hand. caption: caption adapter, full stop at the limit, cotton for Dri-FIT; closed: reference engine (type wrong,
    # and its own yes/no says no).
    case(
        "X1639-010",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra", "contradiction"),
        Q.color("olive"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        gender="Women",
        title="Nike Women Olive Green Dri-FIT One Slim Fit Training Tank Top",
        category="Tops",
        color="Olive",
    ),
    # photo: black tights with three white stripes down each side, white tee, front view.
    # caption: caption adapter (cut); closed: reference engine, all right (stripes are visible).
    case(
        "X1639-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and stripe "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("striped"),
        color_of("t-shirt", "white"),
        color_of("leggings", "black"),
        gender="Women",
        title="ADIDAS Women Black Solid 3-Stripes Training Tights",
        category="Tights",
        color="Black",
    ),
    # photo: lavender V-neck sports bra with matching lavender leggings (co-ord shot), front view.
    # caption: caption adapter (cut); closed: reference engine; material: caption adapter loops.
    case(
        "X1639-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The tank top is with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton "
            "fabric. The tank top",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zelocity by Zivame Women Lavender High Support Padded Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # photo: maroon pullover hoodie, black joggers, hands in the kangaroo pocket, front view.
    # caption: caption adapter loops on the pants; wearing: caption adapter, cut.
    case(
        "X1639-013",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long "
            "pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "no"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Reebok Women Maroon Solid Identity Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # photo: navy joggers with cuffed ankles, white tee tucked in, white sneakers.
    # caption: caption adapter, stopped on its own, right; closed: reference engine (color = the tee's).
    case(
        "X1639-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of joggers", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Slim Fit Joggers",
        category="Joggers",
        color="Navy Blue",
    ),
    # photo: black and grey camouflage print high-rise tights, black sports bra, side view.
    # caption: caption adapter says pure color for a camo print; closed: reference engine, right.
    case(
        "X1639-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("printed"),
        color_of("leggings", "grey"),
        gender="Women",
        title="Kica Women Black & Grey Camouflage Printed High-Rise Tights",
        category="Tights",
        color="Black",
    ),
    # photo: white crew-neck tee with a small black Puma cat logo on the chest, black track pants.
    # caption: caption adapter (cut); material: caption adapter, right word first, then cut.
    case(
        "X1639-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "cotton fabric. The T-shirt is with cotton fabric. It has a round neckline. The lady wears a long pants. "
            "The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Puma Women White Solid Regular Fit Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: flat lay, blue sports bra with white Swoosh on a white surface, nothing else in frame.
    # caption: caption adapter invents a lady, a wrist accessory and pants; closed: reference engine, right.
    case(
        "X1639-017",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are with "
            "cotton fabric and",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("blue"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women Blue Swoosh Light-Support Non-Padded Sports Bra",
        category="Sports Bra",
        color="Blue",
    ),
    # photo: peach slim running tee, black tights, mid-stride running pose.
    # caption: caption adapter, full stop at the limit, right; closed: reference engine, all right.
    case(
        "X1639-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("peach"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        gender="Women",
        title="Alcis Women Peach-Coloured Solid Slim Fit Running T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # photo: charcoal grey flared yoga pants, black sports bra, model seated cross-legged on a purple yoga mat.
    # caption: caption adapter (cut); closed: reference engine, all right.
    case(
        "X1639-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("pair of leggings", "no"),
        gender="Women",
        title="DOWNUNDER Women Charcoal Grey Solid Flared Yoga Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # photo: black HeatGear leggings, grey loose tank, front view, ponytail.
    # caption: caption adapter loops; material: caption adapter says cotton for HeatGear (polyester-elastane).
    case(
        "X1639-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears "
            "a long leggings. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material(
            "cotton fabric. The tank top is with cotton fabric. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a long leggings.",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="UNDER ARMOUR Women Black Solid HeatGear Mid-Rise Leggings",
        category="Tights",
        color="Black",
    ),
    # photo: sea green track jacket zipped to the chin, black track pants, hands on hips.
    # caption: caption adapter (cut); wearing: caption adapter, cut.
    case(
        "X1639-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. It has a standing",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Proline Active Women Sea Green Solid Track Jacket",
        category="Jackets",
        color="Sea Green",
    ),
    # photo: black and pink tie-dye sports bra with matching tie-dye shorts, front view.
    # caption: caption adapter (cut); closed: reference engine, all right.
    case(
        "X1639-022",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "no"),
        gender="Women",
        title="Clovia Women Black Tie-Dye Printed Medium-Impact Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # photo: black hooded windcheater with white reflective piping, worn open over a white tee, grey tights.
    # caption: caption adapter (cut); material: caption adapter says cotton for a nylon windcheater.
    case(
        "X1639-023",
        caption(
            "This lady also wears an outer clothing, with cotton fabric and pure color patterns. The upper clothing "
            "has short sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. The "
            "fabric is cotton and it has pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "cotton fabric and pure color patterns. The upper clothing has short sleeves, cotton fabric and pure "
            "color patterns. The lower clothing is",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="Campus Sutra Women Black Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: navy capris ending mid-calf, white tee, front view. caption: caption adapter, stopped on its own, right;
    # closed: reference engine (type wrong: mid-calf capris called shorts).
    case(
        "X1639-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-quarter pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Cotton Rich Capris",
        category="Capris",
        color="Navy Blue",
    ),
    # photo: black track pants with white side stripes and zip ankles, pink tee, front view.
    # caption: caption adapter (cut); closed: reference engine (garment color = the tee's; per-garment colors right).
    case(
        "X1639-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and stripe patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("striped"),
        color_of("t-shirt", "pink"),
        color_of("pants", "black"),
        gender="Women",
        title="ADIDAS Women Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: grey melange crew-neck fleece sweatshirt with a small white embroidered Swoosh, black leggings.
    # caption: caption adapter, full stop at the limit, right; closed: reference engine, all right.
    case(
        "X1639-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey melange"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("hoodie", "no"),
        gender="Women",
        title="Nike Women Grey Melange Solid Club Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # photo: multicoloured floral print sports bra (pink, yellow, green on white), black leggings.
    # caption: caption adapter (cut); closed: reference engine (garment color = the leggings').
    case(
        "X1639-027",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Shyaway Susie Women Multicoloured Floral Printed Non-Padded Sports Bra",
        category="Sports Bra",
        color="Multi",
    ),
    # photo: white cropped short-sleeve tee showing the midriff, black high-rise tights.
    # caption: caption adapter (cut); closed: reference engine (yes to sports bra for a crop tee).
    case(
        "X1639-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        is_a("sports bra", "yes", "contradiction"),
        Q.pattern("solid"),
        gender="Women",
        title="FILA Women White Solid Cropped Training T-shirt",
        category="Tops",
        color="White",
    ),
    # photo: coral racerback tank, navy running shorts, smartwatch on the left wrist, side view.
    # caption: caption adapter (cut); material: caption adapter says cotton for a Rapid-Dry tank.
    case(
        "X1639-029",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The tank top is with cotton fabric and pure color patterns. It has a round neckline. The lady wears a "
            "three-point shorts. The shorts are",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Coral Solid Rapid-Dry Racerback Tank Top",
        category="Tops",
        color="Coral",
    ),
    # photo: red track jacket zipped up, black track pants, white sneakers; model with a short pixie cut.
    # caption: caption adapter, gentleman; closed: reference engine (the pants given the jacket's red).
    case(
        "X1639-030",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        color_of("pants", "red", "other_garment_color"),
        gender="Women",
        title="Puma Women Red Solid Slim Fit Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # photo: black cycling shorts ending mid-thigh, white sports bra, front view.
    # caption: caption adapter (cut); closed: reference engine (yes to leggings for bike shorts).
    case(
        "X1639-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        is_a("pair of leggings", "yes", "contradiction"),
        Q.pattern("solid"),
        gender="Women",
        title="Kappa Women Black Solid Cycling Shorts",
        category="Shorts",
    ),
    # photo: navy tights with an abstract pink and white print, white tank, kettlebell in the right hand.
    # caption: caption adapter (cut); closed: reference engine (garment color = the tank's white).
    case(
        "X1639-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and graphic "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Reebok Women Navy Blue Printed Lux Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # photo: navy tracksuit, jacket zipped and matching pants, thin white piping on the sleeves and legs.
    # caption: caption adapter, full stop at the limit, right; material: caption adapter, ends mid-sentence.
    case(
        "X1639-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        is_a("jacket", "yes"),
        Q.material(
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve "
            "jacket with pure color patterns",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Alcis Women Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # photo: back view, blue running tee with a large white ASICS print across the upper back, black shorts,
    # watch on the wrist. caption: caption adapter (cut); closed: reference engine (pattern wrong, the print fills
    # the back).
    case(
        "X1639-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="ASICS Women Blue Core Printed Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: flat lay, grey melange joggers folded once on a wooden surface, drawstring laid out.
    # caption: caption adapter invents a lady and a tee; material: caption adapter loops.
    case(
        "X1639-035",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.material(
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Grey Melange Solid Cotton Joggers with Side Pockets",
        category="Joggers",
        color="Grey Melange",
    ),
    # photo: all-black outfit: black sports bra with a white logo underband, black leggings.
    # caption: caption adapter, stopped on its own, right; closed: reference engine, all right (both black).
    case(
        "X1639-036",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        color_of("leggings", "black"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        gender="Women",
        title="Puma Women Black Mid Impact Training Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # photo: olive zip-front hoodie worn open over a black sports bra, black leggings.
    # caption: caption adapter (cut); closed: reference engine (color and sleeves are the bra's).
    case(
        "X1639-037",
        caption(
            "This lady also wears an outer clothing, with cotton fabric and pure color patterns. The upper clothing "
            "has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. The fabric "
            "is cotton and it",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("hoodie", "yes"),
        gender="Women",
        title="Cultsport Women Olive Green Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # photo: pink pleated tennis skort, white polo tee, tennis racket held at the side.
    # caption: caption adapter (cut); closed: reference engine, all right.
    case(
        "X1639-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Nike Women Pink Dri-FIT Club Pleated Skort",
        category="Skirts",
        color="Pink",
    ),
    # photo: mauve long-sleeve crop top with matching mauve leggings (co-ord shot).
    # caption: caption adapter (cut); closed: reference engine (type wrong); material: caption adapter, cut.
    case(
        "X1639-039",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        Q.material(
            "The T-shirt is with cotton fabric. The lady wears a long leggings. The leggings are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Van Heusen Athleisure Women Mauve Solid Long Sleeves Crop Top",
        category="Tops",
        color="Mauve",
    ),
    # photo: yellow regular-fit tee with a large black graphic on the front, black tights.
    # caption: caption adapter starts repeating itself; closed: reference engine (sleeve length wrong).
    case(
        "X1639-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The T-shirt is with cotton fabric. It has a round "
            "neckline. The lady wears",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Puma Women Yellow Graphic Printed Regular Fit T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # photo: black 7/8 tights with mesh calf panels ending above the ankle, grey sports bra.
    # caption: caption adapter, stopped on its own, cotton for Dri-FIT; material: caption adapter writes the prompt
    # format back.
    case(
        "X1639-041",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a three-quarter pants. The tank top is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material(
            "Answer: cotton fabric. Question: What is the color of the pants? Answer: pure color patterns. Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Nike Women Black Solid Dri-FIT Mid-Rise 7/8 Training Tights",
        category="Tights",
        color="Black",
    ),
    # photo: maroon high-rise tights with a side phone pocket, black cropped tee.
    # caption: caption adapter, full stop at the limit, right; closed: reference engine (color = the tee's black);
    # wearing: caption adapter, full stop at the limit, right.
    case(
        "X1639-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        is_a("pair of tights", "yes"),
        wearing(
            "a short-sleeve T-shirt and a long leggings. The T-shirt is with cotton fabric. The leggings are with "
            "cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        gender="Women",
        title="Kica Women Maroon Solid High-Rise Pocket Tights",
        category="Tights",
        color="Maroon",
    ),
    # photo: white sports bra with a black underband and black straps, black leggings.
    # caption: caption adapter (cut); closed: reference engine, all right.
    case(
        "X1639-043",
        caption(
            "The lady wears a sleeveless tank top with color block patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("white"),
        Q.pattern("colour block"),
        Q.sleeve_length("sleeveless"),
        color_of("leggings", "black"),
        gender="Women",
        title="ADIDAS Women White & Black Colourblocked Training Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # photo: navy cotton lounge shorts, white tank, model perched on a wooden stool.
    # caption: caption adapter (cut); material: caption adapter gives the template with no fabric in it.
    case(
        "X1639-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.material(
            "The lady wears a sleeveless tank top with pure color patterns. It has a round neckline. The lady wears "
            "a three-point shorts. The",
            "non_answer",
            hit_limit=True,
        ),
        title="Jockey Women Navy Blue Solid Cotton Rich Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # photo: back view, black sports bra with crisscross strappy back, black leggings, hair in a bun.
    # caption: caption adapter loops on the accessory sentence (no watch or band on either wrist);
    # closed: reference engine, all right; material: caption adapter loops.
    case(
        "X1639-045",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. "
            "The fabric is cotton and it has pure color patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "no"),
        Q.material(
            "The tank top has no sleeves. The tank top has no sleeves. The tank top has no sleeves. The tank top has "
            "no sleeves. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="BlissClub Women Black Strappy Back Medium Support Sports Bra",
        category="Sports Bra",
    ),
]
