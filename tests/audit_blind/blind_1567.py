"""BLIND_1567 (45 products; Myntra women's activewear): written blind in the sixty-sixth session. Measured blind at
d0844da (the session's third rules): 42/49 failures found (85.7%) and 18/223 correct texts flagged (8.1%). The
writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear (sports bras, tights and leggings, track pants and
joggers, track jackets, tees, tanks, shorts, sweatshirts, one tracksuit, one skort, one pair of capris). Catalog shots:
a model on a plain white or light grey backdrop wearing the product with other clothes (a sports bra with tights, tights
with a tee or a bra, a jacket open over a bra), a few back views and three flat lays. Columns as the feed has them:
title, category (Myntra article type), color (base colour), gender; some rows lack one of them.
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion template style: no hue names, "pure color
patterns", "tank tank top", a fabric for every garment), greedy, 50 new tokens. Every closed answer (garment_type,
color, pattern, sleeve_length, is_a, color_of) is the reference engine ranking its candidate list; the color question
keeps the raw text when it maps to no candidate. Where material is asked (open), the same reference engine generated
it freely, 30 new tokens, stopping on the newline.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The caption adapter has no word for a sports bra: "tank top" in a caption for a sports bra is left correct; the
closed engine has "sports bra" among its candidates, so a closed "tank top" for one is a contradiction. Near hues count
as correct (coral/orange, fuchsia/pink, burgundy/maroon, lavender and mauve/purple, olive/green, charcoal/grey, teal
blue/blue); a clearly different hue (navy answered black, fluorescent green answered yellow) is a contradiction. A
color, garment or sleeve answer taken from the other garment in the shot is other_garment_color for colors and
contradiction otherwise. The template's "cotton fabric" is left correct when the title names no material, and marked
only when the title or the photo says otherwise (denim on sleek tights, cotton on a title that says nylon). A caption
on a flat lay that still says "the lady wears" is left correct when every garment detail is right; a wrist accessory
or a hat the photo does not have is unsupported. A caption that ran to 50 tokens and stops mid-sentence is cut; one
that was visibly repeating a sentence is loop. Tights and leggings are treated as one garment; capris answered
"leggings" is left correct. A "yes" to "Is this a t-shirt / tank top / sports bra?" because that garment is also in
the shot is a contradiction (the engine leans to yes). The one material answer that ran past the newline into a new
"Question: ... Answer:" is a leak, though it also repeats. Fewer than four in ten texts are wrong here: the closed
engine is mostly right on single-garment shots, and its errors cluster on two-garment shots and on the captions.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1567 = [
    # Photo: model front-on, pink racerback sports bra with black full-length tights, white backdrop.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine.
    case(
        "X1567-001",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a suspenders neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        color_of("sports bra", "pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Pink Solid Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: side view, model in black ankle-length tights and a lavender short-sleeve tee worn loose over them.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (garment_type picked the tee).
    case(
        "X1567-002",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, navy blue moulded-cup sports bra (clearly navy under the studio light), grey melange joggers.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (color went to black).
    case(
        "X1567-003",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and it has a suspenders neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Navy Blue Non-Wired Lightly Padded Sports Bra SB08",
        category="Sports Bra",
        color="Navy Blue",
    ),
    # Photo: model in a grey melange track jacket zipped to the chin, white three stripes down the sleeves, black
    # tights. Caption: epoch-2 caption adapter (called the jacket a sweater). Closed answers: reference engine.
    case(
        "X1567-004",
        caption(
            "This woman wears a long-sleeve sweater with striped patterns and a long leggings. The sweater is with "
            "knitted fabric and it has a standing neckline. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Adidas Women Grey Melange Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # Photo: back view, black racerback sports bra (small white Swoosh on the back band), black running shorts.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine.
    case(
        "X1567-005",
        caption(
            "The lady wears a tank tank top with graphic patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        is_a("t-shirt", "no"),
        gender="Women",
        title="Nike Women Black Dri-FIT Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model in teal high-rise leggings with a tonal abstract print, white cropped tee, front.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (color went to the tee).
    case(
        "X1567-006",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and graphic patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Teal Printed High-Rise Tights",
        category="Tights",
        color="Teal",
    ),
    # Photo: model in a coral round-neck tee tucked into black shorts, fitness band on the left wrist.
    # Caption: epoch-2 caption adapter, ran to the 50-token limit. Closed answers: reference engine.
    case(
        "X1567-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Reebok Women Coral Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # Photo: model in a navy track jacket half-zipped, pink panels across the shoulders, black tights.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine.
    case(
        "X1567-008",
        caption(
            "This woman wears a long-sleeve jacket with color block patterns and a long leggings. The jacket is with "
            "cotton fabric and it has a standing neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes", "contradiction"),
        gender="Women",
        title="Alcis Women Navy Blue & Pink Colourblocked Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: flat lay, olive running shorts with a white drawstring and a split hem, no model.
    # Caption: epoch-2 caption adapter (template person kept). Closed answers and material: reference engine.
    case(
        "X1567-009",
        caption("This person wears a three-point shorts with pure color patterns. The shorts are with cotton fabric."),
        Q.garment_type("shorts"),
        Q.color("green"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Olive Solid Running Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: model in a lavender sports bra with a white track jacket worn open over it, black tights; the jacket
    # covers most of the frame. Caption: epoch-2 caption adapter, ran to the limit. Closed answers: reference engine
    # (the named color question got the bra right, the generic one took the jacket).
    case(
        "X1567-010",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric and it has a standing neckline. The leggings are with cotton fabric and pure color "
            "patterns. She also wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("sports bra", "purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Lavender Solid Non-Wired Padded Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Photo: model in charcoal grey slim track pants with thin white side piping, white tee, sneakers.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine.
    case(
        "X1567-011",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Charcoal Grey Slim Fit Solid Track Pants 1301",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: back view, model in black high-rise leggings and a grey hoodie that falls to the hips.
    # Caption: epoch-2 caption adapter, looped on the sweater sentence until the limit. Closed: reference engine.
    case(
        "X1567-012",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with "
            "cotton fabric. The sweater is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Nike Women Black Dri-FIT One Mid-Rise Leggings",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, fuchsia sports bra with a grey abstract brush-stroke print, plain grey tights.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (pattern missed the print).
    case(
        "X1567-013",
        caption(
            "The lady wears a tank tank top with graphic patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a suspenders neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Kica Women Fuchsia Abstract Printed Medium Support Sports Bra",
        category="Sports Bra",
        color="Fuchsia",
    ),
    # Photo: model in a white slim tee with a large black PUMA logo across the chest, black tights.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine.
    case(
        "X1567-014",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Puma Women White Brand Logo Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: co-ord shot, model with short cropped hair in a peach seamless sports bra and matching peach tights.
    # Caption: epoch-2 caption adapter (took her for a man). Closed answers: reference engine.
    case(
        "X1567-015",
        caption(
            "This gentleman wears a tank tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("pair of leggings", "yes", "contradiction"),
        gender="Women",
        title="C9 Airwear Women Peach-Coloured Solid Seamless Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Photo: model mid-stride, black 3/4 running tights ending mid-calf, neon yellow racerback tank top.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (color went to the tank).
    case(
        "X1567-016",
        caption(
            "This lady wears a tank tank top with pure color patterns and a three-quarter pants. The tank top is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tights"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Adidas Women Black Own The Run 3/4 Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model in a navy pullover hoodie, hood down, kangaroo pocket, black joggers; cuffs pulled down, bare hands.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine.
    case(
        "X1567-017",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a sea green racerback tank top, black shorts, front.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine.
    case(
        "X1567-018",
        caption(
            "The lady wears a tank tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        gender="Women",
        title="Zelocity by Zivame Women Sea Green Solid Racerback Tank Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: model in sleek black tights with mesh panels at the calves, maroon long-sleeve crop top.
    # Caption: epoch-2 caption adapter (denim for the tights). Closed answers: reference engine (sleeves from the top).
    case(
        "X1567-019",
        caption(
            "This woman wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Reebok Women Black Lux Mesh Panel High-Rise Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model in a royal blue tee with a small white reflective print, black tights, a watch on the wrist.
    # Caption: epoch-2 caption adapter, ran to the limit. Closed answers and material: reference engine.
    case(
        "X1567-020",
        caption(
            "This lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="ASICS Women Blue Printed Core Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model in maroon slim joggers with ribbed ankle cuffs, white tee tucked in. No gender column in the row.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine.
    case(
        "X1567-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("joggers"),
        Q.color("maroon"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        title="SilverTraq Women Maroon Solid Slim-Fit Running Joggers",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: model in a black longline sports bra ending well above the navel, matching black tights.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (garment_type chose tank top).
    case(
        "X1567-022",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black Solid Longline Medium Support Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model in the full tracksuit: white track jacket with black three stripes, black track pants with white
    # stripes. Caption: epoch-2 caption adapter. Closed answers: reference engine (garment_type picked one piece).
    case(
        "X1567-023",
        caption(
            "This woman wears a long-sleeve jacket with striped patterns and a long pants. The jacket is with cotton "
            "fabric and it has a standing neckline. The pants are with cotton fabric and striped patterns."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Adidas Women White & Black Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="White",
    ),
    # Photo: flat lay, grey melange relaxed tee with pink typography "BE STRONG" on the chest, no model.
    # Caption: epoch-2 caption adapter (a wrist accessory on a flat lay). Closed answers and material: reference engine.
    case(
        "X1567-024",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Enamor Women Grey Melange Typography Printed Relaxed Fit Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: side view, model in pink running shorts with a white Swoosh, white sports bra.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine (color went to the bra).
    case(
        "X1567-025",
        caption(
            "This woman wears a tank tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        is_a("sports bra", "no"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women Pink Dri-FIT Tempo Running Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: model in a fluorescent green training tee (reads yellow-green), black joggers.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine (color ranked yellow first).
    case(
        "X1567-026",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: model front, purple high-rise tights, black sports bra with wide straps, the bra fills the upper frame.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (generic questions went to the bra).
    case(
        "X1567-027",
        caption(
            "This lady wears a tank tank top with pure color patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a suspenders neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("tights", "purple"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="DressBerry Women Purple Solid High-Rise Active Tights",
        category="Tights",
        color="Purple",
    ),
    # Photo: model in a black fleece hoodie with the hood up and a small white logo, black leggings.
    # Caption: epoch-2 caption adapter (the hood read as a hat). Closed answers and material: reference engine.
    case(
        "X1567-028",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long leggings. The sweater is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "She wears a hat.",
            "unsupported",
        ),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("fleece"),
        gender="Women",
        title="Under Armour Women Black Rival Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: back view, grey melange seamless ribbed tights with the matching ribbed bra from the same set.
    # Caption: epoch-2 caption adapter, repeated the leggings sentence into the limit. Closed answers: reference engine.
    case(
        "X1567-029",
        caption(
            "This lady wears a tank tank top with striped patterns and a long leggings. The tank top is with cotton "
            "fabric and striped patterns. The leggings are with cotton fabric and striped patterns. The leggings are "
            "with cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Kica Women Grey Melange Seamless Ribbed High-Rise Tights",
        category="Tights",
        color="Grey Melange",
    ),
    # Photo: model in navy track pants with white side piping, light grey tee, sneakers.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine (color kept the raw "dark").
    case(
        "X1567-030",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("dark", "non_answer"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="Puma Women Navy Blue Solid Training Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in black ankle-length nylon tights, pink tee knotted at the waist, front.
    # Caption: epoch-2 caption adapter (cotton against the title). Closed answers and material: reference engine.
    case(
        "X1567-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("polyester"),
        gender="Women",
        title="Clovia Women Black Snug Fit Nylon Active Ankle-Length Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, burgundy padded racer sports bra with a V neckline, black tights.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine.
    case(
        "X1567-032",
        caption(
            "This lady wears a tank tank top with pure color patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a V-shape neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Reebok Women Burgundy Solid Lux Racer Padded Sports Bra",
        category="Sports Bra",
        color="Burgundy",
    ),
    # Photo: model in a white cropped tee with a red and blue FILA logo, black cycling shorts. No color column.
    # Caption: epoch-2 caption adapter, repeating the T-shirt sentence into the limit. Closed answers: reference engine.
    case(
        "X1567-033",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and graphic patterns. The T-shirt is with cotton fabric and graphic patterns. The "
            "T-shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("crop top", "yes"),
        gender="Women",
        title="FILA Women White Brand Logo Printed Cropped T-shirt",
        category="Tshirts",
    ),
    # Photo: model in a black lightweight running jacket zipped up, reflective strip on the back, black tights.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine.
    case(
        "X1567-034",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric and it has a standing neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        Q.material("nylon"),
        gender="Women",
        title="Alcis Women Black Solid Lightweight Running Jacket with Reflective Detail",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in grey tights with an all-over black geometric print, plain black tank top.
    # Caption: epoch-2 caption adapter (called the printed tights pure color). Closed answers: reference engine.
    case(
        "X1567-035",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("tights"),
        Q.color("grey"),
        Q.pattern("printed"),
        is_a("pair of tights", "yes"),
        is_a("tank top", "no"),
        gender="Women",
        title="Nike Women Grey & Black Printed Dri-FIT Training Tights",
        category="Tights",
        color="Grey",
    ),
    # Photo: model in black capris ending just below the knee, white tank top, sneakers.
    # Caption: epoch-2 caption adapter (long pants for capris). Closed answers: reference engine.
    case(
        "X1567-036",
        caption(
            "This lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of capris", "yes"),
        gender="Women",
        title="Jockey Women Black Solid Slim Fit Capris",
        category="Capris",
        color="Black",
    ),
    # Photo: model in a mustard hooded track jacket worn open over a black sports bra, black joggers; the open
    # front shows the bra. Caption: epoch-2 caption adapter. Closed answers: reference engine (color and is_a took
    # the bra).
    case(
        "X1567-037",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and it has a standing neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sports bra", "yes", "contradiction"),
        gender="Women",
        title="Campus Sutra Women Mustard Yellow Solid Hooded Track Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # Photo: model in a mauve sports bra with small white polka dots, plain matching mauve tights, smartwatch.
    # Caption: epoch-2 caption adapter (gave the plain tights a print). Closed answers and material: reference engine.
    case(
        "X1567-038",
        caption(
            "The lady wears a tank tank top with graphic patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a suspenders neckline. The leggings are with cotton fabric and graphic patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester"),
        gender="Women",
        title="Zelocity by Zivame Women Mauve Polka Dot Printed Quick-Dry Sports Bra",
        category="Sports Bra",
        color="Mauve",
    ),
    # Photo: model with a low bun in a lavender cropped sweatshirt, black tights, front.
    # Caption: epoch-2 caption adapter (male pronouns). Closed answers: reference engine.
    case(
        "X1567-039",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes"),
        gender="Women",
        title="Puma Women Lavender Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Photo: back view, red racerback tank top with a white graphic on the back, grey shorts. No category column.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine.
    case(
        "X1567-040",
        caption(
            "The lady wears a tank tank top with graphic patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        Q.material("cotton"),
        gender="Women",
        title="Reebok Women Red Graphic Printed Training Tank Top",
        color="Red",
    ),
    # Photo: model stretching, black ankle leggings, white long-sleeve compression top.
    # Caption: epoch-2 caption adapter, ran to the limit as it began the leggings sentence again.
    # Closed answers and material: reference engine.
    case(
        "X1567-041",
        caption(
            "This woman wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The leggings are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="Under Armour Women Black HeatGear Armour High-Rise Ankle Leggings",
        category="Tights",
        color="Black",
    ),
    # Photo: model in a black slim running tee with pink side panels under the arms, black tights.
    # Caption: epoch-2 caption adapter. Closed answers and material: reference engine (pattern missed the blocks).
    case(
        "X1567-042",
        caption(
            "This woman wears a short-sleeve T-shirt with color block patterns and a long leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="Alcis Women Black & Pink Colourblocked Slim Fit Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay, olive seamless sports bra on white, no model.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine; material generated by it, missed the newline
    # and ran into a new prompt until the 30-token limit.
    case(
        "X1567-043",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric and it has a "
            "suspenders neckline.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "nylon and spandex Question: What material is the garment made of? Answer: nylon and spandex Question: "
            "What material is the garment",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Puma Women Olive Solid Nylon Seamless Sports Bra",
        category="Sports Bra",
        color="Olive",
    ),
    # Photo: model in a black pleated tennis skort, white polo tee, court shoes. No gender column in the row.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine (sleeves from the polo).
    case(
        "X1567-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a medium short skirt. The shirt is with "
            "cotton fabric and its neckline is lapel. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("pair of shorts", "no"),
        title="Puma Women Black Solid Pleated Active Skort",
        category="Skirts",
        color="Black",
    ),
    # Photo: model in a teal blue V-neck slim tee, grey joggers, front.
    # Caption: epoch-2 caption adapter. Closed answers: reference engine; material generated, said nothing.
    case(
        "X1567-045",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a V-shape neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("the garment is made of fabric", "restated"),
        gender="Women",
        title="Van Heusen Women Teal Blue Solid Slim Fit Athleisure T-shirt",
        category="Tshirts",
        color="Teal",
    ),
]
