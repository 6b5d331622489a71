"""BLIND_1327 (45 products; Myntra women's activewear): written blind in the sixty-third session. Measured blind at
d294d42 (the session's third rules): 53/64 failures found (82.8%) and 7/203 correct texts flagged (3.4%). The
writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear (sports bras, tights and leggings, joggers and track
pants, track jackets, tees and tanks, a few shorts, sweatshirts, a tracksuit, a capri and a two-pack). Catalog columns
as the feed has them: title (productDisplayName), category (articleType), color (baseColour), gender; one product
lacks its colour (a two-pack), one its gender, one its category. Photos are the usual studio shots: a model on a
plain light backdrop wearing the product with other clothes (a sports bra with tights, tights with a tee or a bra),
now and then a back view, two flat lays, props (water bottle, yoga mat, kettlebell, dumbbells, foam roller).
Who wrote what: every caption is the epoch-2 caption adapter (the same flawed recipe as the published epoch-1/epoch-3
caption adapters: unmasked labels, no end-of-caption token, DeepFashion-MultiModal template vocabulary with patterns
instead of hues), greedy, 50 new tokens. Most captions run to the limit and are cut or loop; about a third stop on a
newline before the limit. The caption never names a hue (its training data had none). Every other text is a closed
answer from the reference engine (garment type, colour, pattern, sleeve length, the VQA data's yes/no "Is this a
...?" and a per-garment colour question), short candidate labels; the colour question keeps the raw text when it
does not map ("neon green", "black and pink"), and one garment-type answer came back raw and unmapped.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A caption cut at the limit is `cut` unless it carries a worse content error, then that error's kind with
hit_limit=True; a caption that repeats a sentence until the limit is `loop`. The template's "upper clothing", "tank
shirt"/"tank top" wording for a sports bra is accepted only when it describes no wrong feature; a caption calling a
sports bra a short-sleeve T-shirt is `contradiction`. "cotton fabric" is accepted (the template says it for
everything and no title here names another fibre); "denim" or "leather" for knit activewear, a wrist accessory or
ring nobody wears, or a person on a flat lay are `unsupported`. "The gentleman"/"his" for a woman is `pronoun`.
Closed colour answers: a name in the seller colour's family is correct (navy blue/blue, charcoal/grey, coral/orange,
peach/pink, lavender/purple, burgundy/maroon, rust/orange, teal/green or blue); the colour of the other garment in
the shot is `other_garment_color`; a wrong hue that is nobody's is `contradiction`. A garment type naming the other
garment, a wrong yes/no, a wrong pattern, or a sleeve length that belongs to the top worn with a bottom (or to a jacket
worn over a bra) are `contradiction`. Tights/leggings are synonyms; side stripes on tights may be "solid" or
"striped". A single colour for a two-pack of black and grey bras I left correct (it names one of the two).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1327 = [
    # Front shot: black sports bra with a small white swoosh on the band, black tights, grey backdrop, no jewellery.
    # Caption: epoch-2 caption adapter (ran to the limit, cut). Closed answers: reference engine.
    case(
        "X1327-001",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women Black Dri-FIT Swoosh Medium-Support Non-Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model in a coral crew-neck short-sleeve tee, black tights, white sneakers.
    # Caption: epoch-2 adapter (stopped on a newline). Closed answers: reference engine; the colour question picked
    # the tights' black.
    case(
        "X1327-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "orange"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Coral Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # Side view: grey melange high-rise tights, black sports bra.
    # Caption: epoch-2 adapter, loops on the leggings sentence to the limit. Closed answers: reference engine; the
    # tights' colour question took the bra's black.
    case(
        "X1327-003",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with cotton fabric and pure color patterns. The leggings are with cotton "
            "fabric and pure color patterns. The leggings are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black", "other_garment_color"),
        gender="Women",
        title="Puma Women Grey Melange Solid Training Tights",
        category="Tights",
        color="Grey Melange",
    ),
    # Back view: lavender racerback sports bra with a mesh panel between the straps, black tights; arms bare, no
    # watch or band on either wrist.
    # Caption: epoch-2 adapter, ran to the limit; the wrist accessory is invented. Closed answers: reference engine.
    case(
        "X1327-004",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Lavender Non-Wired Lightly Padded High-Impact Sports Bra SB18",
        category="Sports Bra",
        color="Lavender",
    ),
    # Black tights with three white stripes down the side; model wears a plain white cropped tee.
    # Caption: epoch-2 adapter, cut at the limit. Closed answers: reference engine; the tights' colour question took
    # the tee's white.
    case(
        "X1327-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and striped "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "white", "other_garment_color"),
        gender="Women",
        title="Adidas Women Black 3-Stripes Training Tights",
        category="Tights",
        color="Black",
    ),
    # Navy full-zip track jacket with white piping and a stand collar, worn open over a white tank, black track pants.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the colour question took the tank's white.
    case(
        "X1327-006",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This lady also wears an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        color_of("jacket", "navy blue"),
        gender="Women",
        title="Reebok Women Navy Blue Workout Ready Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Neon green racerback tank, black running shorts, model holding a water bottle.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine (colour kept raw).
    case(
        "X1327-007",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The shorts this lady wears are of three-point length. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("neon green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        gender="Women",
        title="Nike Women Fluorescent Green Dri-FIT One Slim-Fit Tank Top",
        category="Tops",
        color="Fluorescent Green",
    ),
    # Black padded sports bra with pink side panels and pink straps, black tights.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; the pattern answer misses the
    # colour blocking the title and the caption both give.
    case(
        "X1327-008",
        caption(
            "The upper clothing has no sleeves, cotton fabric and color block patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black and pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Black & Pink Colourblocked Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Olive joggers with ribbed ankle cuffs, white tee with a small chest graphic, white sneakers.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine.
    case(
        "X1327-009",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("joggers"),
        Q.color("green"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("pants", "olive"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Olive Green Solid Rapid-Dry Slim-Fit Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Pink tee with a large white cat-logo print on the chest, grey melange shorts.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine.
    case(
        "X1327-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts this lady wears are of three-point length. The shorts are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Puma Women Pink Printed Training T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Black 3/4 yoga capris, model in a pose on a yoga mat, teal tank top.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; the colour question took the
    # tank's teal.
    case(
        "X1327-011",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The pants this "
            "lady wears is of three-quarter length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("capris"),
        Q.color("teal", "other_garment_color"),
        Q.pattern("solid"),
        color_of("pants", "black"),
        gender="Women",
        title="Jockey Women Black Slim Fit Yoga Capris 1301",
        category="Capris",
        color="Black",
    ),
    # Royal blue running shorts with a split hem, white tank, GPS watch on the left wrist, running pose.
    # Caption: epoch-2 adapter, cut (the watch sentence is right as far as it goes). Closed answers: reference engine;
    # the colour question took the tank's white.
    case(
        "X1327-012",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The shorts this "
            "lady wears are of three-point length. The shorts are with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "blue"),
        gender="Women",
        title="ASICS Women Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Flat lay: a maroon seamless sports bra on white, nothing else in the frame.
    # Caption: epoch-2 adapter, loops on a ring sentence (nobody, no ring) to the limit. Closed answers: reference
    # engine.
    case(
        "X1327-013",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lady wears a ring on her finger. The lady wears a ring on her finger. The lady wears a ring on her "
            "finger. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="C9 Airwear Women Maroon Seamless Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Grey melange crew-neck fleece sweatshirt (no hood), black leggings.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; "yes" to hoodie is wrong, the
    # photo shows a plain crew neck.
    case(
        "X1327-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        gender="Women",
        title="Nike Women Grey Melange Sportswear Essential Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Peach hooded sweatshirt, hood down, white joggers; model with a short crop haircut.
    # Caption: epoch-2 adapter, stopped on a newline, calls the woman a gentleman. Closed answers: reference engine.
    case(
        "X1327-015",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("hoodie"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "no"),
        gender="Women",
        title="Kappa Women Peach-Coloured Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Peach",
    ),
    # Black high-rise tights with mesh calf panels, grey melange tee hanging over the waistband.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the garment type names the tee.
    case(
        "X1327-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry High-Rise Training Tights",
        category="Tights",
        color="Black",
    ),
    # Teal track pants with a white side tape, black tee.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the colour question took the tee's black.
    case(
        "X1327-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "striped patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("pants", "blue"),
        gender="Women",
        title="Puma Women Teal Blue Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # Black sports bra, white logo on the band, matching black tights, dumbbells on the floor.
    # Caption: epoch-2 adapter, ran to the limit; calls the bra a short-sleeve T-shirt. Closed answers: reference
    # engine.
    case(
        "X1327-018",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Adidas Women Black Believe This Medium-Support Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # White crew-neck training tee, black shorts. The feed row has no category.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the tee's colour question took the shorts.
    case(
        "X1327-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts this lady wears are of three-point length. The shorts are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "black", "other_garment_color"),
        gender="Women",
        title="Nike Women White Solid Dri-FIT Legend Training T-shirt",
        color="White",
    ),
    # Rust seamless high-waist leggings with the matching rust seamless bra (co-ord look), yoga pose.
    # Caption: epoch-2 adapter, repeats the length sentence to the limit. Closed answers: reference engine.
    case(
        "X1327-020",
        caption(
            "The upper clothing has no sleeves, knitted fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is knitted and it has pure color patterns. The lower "
            "clothing is of long length. The lower clothing is of",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("orange"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("leggings", "orange"),
        gender="Women",
        title="Kica Women Rust Solid Seamless High-Waist Yoga Leggings",
        category="Tights",
        color="Rust",
    ),
    # Black track jacket zipped up, three white stripes down each sleeve, black tights.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine.
    case(
        "X1327-021",
        caption(
            "This lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and it has a "
            "standing neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="Adidas Women Black Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Burgundy lightweight hooded running jacket zipped halfway over a black sports bra, matte black tights.
    # Caption: epoch-2 adapter, stopped on a newline; "leather" for matte knit tights is invented. Closed answers:
    # reference engine; the colour question took the bra and tights' black.
    case(
        "X1327-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with leather fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        color_of("jacket", "maroon"),
        gender="Women",
        title="Puma Women Burgundy Solid Lightweight Running Jacket",
        category="Jackets",
        color="Burgundy",
    ),
    # Flat lay: two non-padded cotton sports bras side by side, one black, one grey melange. No colour in the feed row.
    # Caption: epoch-2 adapter, stopped early on a newline. Closed answers: reference engine.
    case(
        "X1327-023",
        caption("The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline."),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Pack of 2 Non-Padded Cotton Sports Bras SB06",
        category="Sports Bra",
    ),
    # Black running tights with a pink and white abstract print across both thighs, white tank, fitness band on the
    # right wrist.
    # Caption: epoch-2 adapter, ran to the limit; "pure color" leggings misses the print. Closed answers: reference
    # engine; the tights' colour question took the tank's white.
    case(
        "X1327-024",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "white", "other_garment_color"),
        gender="Women",
        title="Nike Women Black Printed Dri-FIT Fast Running Tights",
        category="Tights",
        color="Black",
    ),
    # Back view: plain pink strappy sports bra, thin straps crossing over the back, grey joggers.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; the crossing straps came back
    # as "striped", the bra is plain.
    case(
        "X1327-025",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Reebok Women Pink Solid Lux Strappy Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Navy running shorts, white tee with a large HRX chest print.
    # Caption: epoch-2 adapter, loops on the shorts' length. Closed answers: reference engine; the pattern is the tee's
    # print.
    case(
        "X1327-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts are of three-point length. The shorts are of three-point length. The "
            "shorts are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        Q.pattern("printed", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # All-black look: black tee with a small white logo on the chest, black tights.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine.
    case(
        "X1327-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("tank top", "no"),
        gender="Women",
        title="Puma Women Black Solid Essentials Logo T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Sky blue racerback training tank, black shorts, a kettlebell in her right hand.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; "short sleeves" for a racerback tank.
    case(
        "X1327-028",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The shorts this lady wears are of three-point length. The shorts are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("top", "blue"),
        gender="Women",
        title="Adidas Women Blue Solid Aeroready Training Tank Top",
        category="Tops",
        color="Blue",
    ),
    # Side view: teal leggings with a tonal geometric print (visible up close), black sports bra.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; "solid" misses the tonal
    # print and the yes/no answered for the bra.
    case(
        "X1327-029",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        is_a("sports bra", "yes", "contradiction"),
        color_of("leggings", "teal"),
        gender="Women",
        title="Zelocity by Zivame Women Teal Green Printed High-Rise Leggings",
        category="Tights",
        color="Teal",
    ),
    # Olive padded sports bra, black shorts; model with a very short crop haircut.
    # Caption: epoch-2 adapter, stopped on a newline; "his" and "this man" for a woman. Closed answers: reference
    # engine.
    case(
        "X1327-030",
        caption(
            "His tank shirt has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "shorts this man wears are of three-point length. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "no"),
        gender="Women",
        title="Nike Women Olive Green Swoosh Medium-Support Padded Sports Bra",
        category="Sports Bra",
        color="Olive",
    ),
    # Deep purple running tights, light grey long-sleeve running top, running pose.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the sleeve question, asked of every product,
    # answered for the top.
    case(
        "X1327-031",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="ASICS Women Purple Solid Core Running Tights",
        category="Tights",
        color="Purple",
    ),
    # Tracksuit: black zip jacket with white shoulder panels and black pants with a white side panel, worn together.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; the type names the jacket
    # only.
    case(
        "X1327-032",
        caption(
            "This lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it "
            "has a standing neckline. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and color block patterns."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("colour blocked"),
        Q.sleeve_length("long sleeves"),
        is_a("tracksuit", "yes"),
        gender="Women",
        title="Puma Women Black & White Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Mustard yellow cropped training tee, midriff showing, black high-waist tights.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine.
    case(
        "X1327-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "yellow"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Yellow Rapid-Dry Cropped Training T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Flat lay: grey melange track pants folded in half, drawstring waist, nobody in the frame.
    # Caption: epoch-2 adapter, stopped on a newline; invents a wearer with a wrist accessory and a ring. Closed
    # answers: reference engine.
    case(
        "X1327-034",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady wears a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Red crossback sports bra, black joggers, a rolled yoga mat under her arm.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the bra's colour question took the joggers'
    # black.
    case(
        "X1327-035",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "black", "other_garment_color"),
        gender="Women",
        title="Under Armour Women Red Solid Crossback Mid Sports Bra",
        category="Sports Bra",
        color="Red",
    ),
    # Black mid-thigh cycling shorts under a white oversized tee that hangs to the hips. The feed row has no gender.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; type and colour are the tee's.
    case(
        "X1327-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts this lady wears are of medium short length."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "black"),
        title="Tokyo Talkies Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Maroon running tee with a small reflective logo, black shorts.
    # Caption: epoch-2 adapter, loops on the fabric sentence. Closed answers: reference engine; "red" for a clearly
    # dark maroon tee, and nothing red in the shot.
    case(
        "X1327-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="Adidas Women Maroon Solid Own The Run Running T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Peach non-padded cotton sports bra, grey shorts.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the bra's colour question took the shorts'
    # grey.
    case(
        "X1327-038",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "shorts this lady wears are of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("sports bra", "grey", "other_garment_color"),
        gender="Women",
        title="Enamor Women Peach-Coloured Solid Non-Padded Cotton Sports Bra SB08",
        category="Sports Bra",
        color="Peach",
    ),
    # Navy hooded running jacket zipped up, hood down, navy tights (tonal outfit).
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the type came back raw and unmapped.
    case(
        "X1327-039",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This lady also wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("workout clothes", "non_answer"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "no"),
        gender="Women",
        title="Alcis Women Navy Blue Solid Hooded Running Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Tie-dye tights in pink, blue and purple, white sports bra.
    # Caption: epoch-2 adapter, stopped on a newline. Closed answers: reference engine; the colour question took the
    # bra's white.
    case(
        "X1327-040",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "multi"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Multicoloured Printed Rapid-Dry Training Tights",
        category="Tights",
        color="Multi",
    ),
    # Charcoal grey knit joggers (clearly dark grey next to the bra), black sports bra.
    # Caption: epoch-2 adapter, stopped on a newline; "denim" for knit joggers is invented. Closed answers: reference
    # engine; "black" is the bra's colour.
    case(
        "X1327-041",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("joggers"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        gender="Women",
        title="Van Heusen Women Charcoal Grey Solid Slim Fit Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # White sports bra under an open black track jacket, black tights, fitness band on the left wrist.
    # Caption: epoch-2 adapter, stopped on a newline; describes the outfit (jacket, leggings, band) without the bra,
    # nothing in it false. Closed answers: reference engine; type and sleeves are the jacket's.
    case(
        "X1327-042",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Adidas Women White Solid Medium-Support Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # Lavender cropped hoodie, hood down, black biker shorts, bare head.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine.
    case(
        "X1327-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "shorts this lady wears are of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears a long sweater with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes"),
        gender="Women",
        title="Puma Women Lavender Solid Cropped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Black 7/8 leggings ending above the ankle, sage green tank, white sneakers, a foam roller at her feet.
    # Caption: epoch-2 adapter, cut. Closed answers: reference engine; the leggings' colour question took the tank.
    case(
        "X1327-044",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of three-quarter length. The pants are with cotton fabric and "
            "pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("capris", "no", article="a pair of"),
        color_of("leggings", "green", "other_garment_color"),
        gender="Women",
        title="Nike Women Black Solid One Dri-FIT Mid-Rise 7/8 Leggings",
        category="Tights",
        color="Black",
    ),
    # White racerback tank with black side panels, black tights.
    # Caption: epoch-2 adapter, loops on the leggings sentences. Closed answers: reference engine.
    case(
        "X1327-045",
        caption(
            "The lady wears a tank top with color block patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a long "
            "leggings. The leggings are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.pattern("colour blocked"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women White & Black Colourblocked Rapid-Dry Tank Top",
        category="Tops",
        color="White",
    ),
]
