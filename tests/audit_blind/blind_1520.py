"""BLIND_1520 (45 products; Myntra women's nightwear and lingerie): written blind in the sixty-fifth session. Measured
blind at 71dbb3c (the session's sixth rules): 67/80 failures found (83.8%) and 23/192 correct texts flagged (12.0%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, bras,
briefs, camisoles, shapewear, robes, lounge pants, shorts and tees). The photos are the catalog's usual shots: a model
on a plain backdrop wearing the product, often with other clothes (a tee over lounge shorts, jeans under a camisole,
an open denim shirt over a bra), a few flat lays (a bra, a pack of three briefs), two back views, and props (a mug, a
yoga mat, a pillow, a towel on the head, an eye mask pushed up on the head). Columns as the feed has them: title,
category (Myntra's article type), color (base colour) and gender ("Women"); one product lacks the category, one the
color, two the gender.
Who wrote what: captions and every free answer (what is she wearing, describe, details, the open "What is the color
of the X?" questions, material) come from the epoch-2 checkpoint of the caption adapter (same recipe as the original
caption run: DeepFashion template captions, unmasked labels, no trained terminator), greedy, 50 new tokens for
captions and 30 for answers. At epoch 2 question answering is only partly erased: about half the free answers are
short base-like answers, the rest come back as template sentences ("The shorts are with cotton fabric and pure color
patterns"), which run on to the limit when they do not stop on a newline. The template has no word for bra, briefs,
robe or babydoll, so bras come out as "tank top", briefs as "shorts", robes as "cardigan" or "sweater", satin as
"chiffon", and its color words are patterns ("pure color", "graphic"). The closed questions (garment type, color,
pattern, sleeve length, "Is this a ...?") come from the reference engine ranking candidate answers on the untuned
base, so they are always one clean candidate; their errors are wrong picks (another garment's color or pattern, a
wrong type, the print's color for the ground's, a "no").
Labeling conventions and judgement calls: one kind per wrong text, the one a reviewer would name first. A template
name for the product that the title contradicts (bra or lingerie set called "tank top", briefs called "shorts", robe
called "cardigan"/"sweater") is a contradiction; the same template name for a garment that is not the product (the bra
under shaping shorts) is let pass, and a camisole, thermal top or tucked bodysuit called "tank top"/"sweater"/"top" is
accepted as close enough. A caption that is both cut and wrong in content is labelled by the content error when that
is the worse one (chiffon for satin, tank top for bra), else "cut"; hit_limit is set on every text that ran to the
limit whatever its label. Loops that also hit the limit are "loop". A color answer that gives a pattern instead of a
hue ("graphic", "The dress is with cotton fabric and graphic patterns") is a non_answer. Near hues are accepted:
lavender/purple, mauve/purple, nude/beige, burgundy or maroon/red, coral/orange, teal/green. A free answer that gives
the product the color of the garment worn with it is other_garment_color; one that gives a garment worn with the
product the product's color ("black" jeans under a black camisole) is a contradiction. A closed pattern that is the
other garment's pattern ("striped" for solid shorts under a striped tee) is a contradiction. Materials: fabric words
that contradict the title (chiffon for satin, denim for chambray or for a cotton bra) are contradictions; a fiber
nothing shows (silk for a satin slip, cotton for a lace bra or for shapewear) is unsupported; "cotton" for a plain
jersey tee, "knitting" for rib knit and "furry" for fleece are accepted. Claims about what a back view cannot show, a
person invented for a flat lay, a towel read as a hat and an eye mask read as glasses are unsupported. "white" for a
pack of three briefs (white, black, nude; base colour Multi) is marked contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1520 = [
    # Model standing, navy short-sleeve round-neck tee with small white star print and matching navy pyjama pants,
    # grey backdrop. Caption and free answers: caption adapter (epoch 2); closed answers: reference engine.
    case(
        "X1520-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a short-sleeve T-shirt and long trousers.", who="she"),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Knee-length pink satin nightdress, thin straps, V-neck with lace trim, hand on hip, grey backdrop.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-002",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The dress is of medium length.",
            "contradiction",
        ),
        describe(
            "nightdress",
            "The nightdress is sleeveless, with a V-shape neckline and lace trims. It is of medium length.",
        ),
        Q.material("chiffon", "contradiction"),
        color_of("nightdress", "pink", kind="open"),
        Q.sleeve_length("sleeveless"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Clovia Women Pink Satin Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Black lace underwired bra with matching black briefs, model cropped at the thighs, white backdrop.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "lady wears a shorts. The shorts are with cotton fabric and pure color patterns. There is an accessory on "
            "her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("She is wearing a black bra and black panties.", who="she"),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.pattern("lace"),
        details(
            "bra",
            "The bra has lace fabric and pure color patterns. It has a suspenders neckline. The lady wears a shorts. "
            "The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Zivame Black Lace Non-Padded Wired Bra",
        category="Bra",
        color="Black",
    ),
    # Grey melange jogger lounge pants with drawstring and cuffed hems, worn with a plain white round-neck tee and
    # white sneakers. Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-004",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("lounge pants"),
        details("pants", "The pants have a drawstring waist and elasticated cuffs."),
        is_a("pants", "yes", article="a pair of"),
        gender="Women",
        title="Jockey Women Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Maroon long-sleeve notch-collar button-front pyjama shirt with white polka dots and matching pyjama pants.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-005",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The female wears a long trousers with pure color patterns.",
            "contradiction",
        ),
        wearing("She is wearing a long-sleeve shirt and long trousers.", who="she"),
        Q.pattern("polka dots"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and pure color patterns. Its neckline is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Maroon Printed Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Nude high-waist shaping shorts worn with a nude bra, front view, white backdrop.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-006",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("beige"),
        Q.material("cotton", "unsupported"),
        details("shorts", "The shorts are high waist with a wide waistband."),
        is_a("shapewear", "no", "contradiction"),
        gender="Women",
        title="Amante Nude-Coloured Solid Tummy Shaper Shorts",
        category="Shapewear",
        color="Nude",
    ),
    # Black satin robe with lace-trimmed cuffs, belt tied, over a black slip; beige backdrop.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-007",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a lapel neckline. There is a belt in the clothes.",
            "contradiction",
        ),
        wearing("She is wearing a black robe.", who="she"),
        describe("robe", "The robe is a robe.", "restated"),
        Q.garment_type("robe"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.material("satin"),
        gender="Women",
        title="Hunkemoller Women Black Satin Robe",
        category="Robe",
        color="Black",
    ),
    # Lavender babydoll with lace cups and a sheer mesh skirt, matching thong, model seated on a stool; no jewellery.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-008",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The dress is of short length. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("purple"),
        Q.garment_type("nightdress"),
        describe(
            "babydoll",
            "The babydoll is sleeveless with a V-shape neckline. The dress is of short length. The dress is with "
            "chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lace"),
        is_a("babydoll", "yes"),
        gender="Women",
        title="PrettySecrets Women Lavender Lace Babydoll",
        category="Baby Dolls",
        color="Lavender",
    ),
    # White cotton T-shirt bra, styled under an open light-blue denim shirt, with blue jeans.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("shirt", "contradiction"),
        wearing("She is wearing a denim shirt, a white bra and jeans.", who="she"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Enamor Women White Cotton Non-Padded T-shirt Bra",
        category="Bra",
        color="White",
    ),
    # Peach short-sleeve round-neck lounge tee with black lounge shorts.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-010",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("T-shirt", "peach", kind="open"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        details("T-shirt", "The T-shirt is with cotton fabric and its neckline is round."),
        Q.material(
            "cotton Question: What is the color of the garment? Answer: peach Question: What is the pattern of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Peach Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Peach",
    ),
    # Teal pyjama pants with a white leaf print, worn with a plain white tank top tucked in.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral patterns."
        ),
        color_of("pants", "green", kind="open"),
        Q.color("green"),
        Q.pattern("floral"),
        is_a("pyjamas", "yes", article="a pair of"),
        describe("pyjamas", "The pyjamas are long and with floral patterns."),
        gender="Women",
        title="Clovia Women Teal Printed Pyjamas",
        category="Pyjamas",
        color="Teal",
    ),
    # Black short-sleeve tee with a small "good night" text print and red-and-black checked pyjama pants.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns."
        ),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black and red plaid", kind="open"),
        Q.pattern("checked"),
        wearing("She is wearing a black t-shirt and plaid pajama pants", who="she"),
        details(
            "pants",
            "The trousers are with cotton fabric and lattice patterns. The trousers are with cotton fabric and lattice "
            "patterns. The trousers are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kryptic Women Black & Red Checked Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Flat lay: a skin-coloured padded bra alone on a white background, no model.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-013",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("She is wearing a tank top and long trousers.", "unsupported", who="she"),
        Q.garment_type("bra"),
        Q.color("beige"),
        is_a("bra", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Triumph Women Skin-Coloured Padded Bra",
        category="Bra",
        color="Skin",
    ),
    # Mustard lounge shorts worn with a white tee with thin navy stripes, tucked in.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-014",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "yellow", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        describe("shorts", "The shorts are short.", "non_answer"),
        Q.pattern("striped", "contradiction"),
        gender="Women",
        title="Bitterlime Women Mustard Yellow Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Mustard",
    ),
    # Light blue knee-length short-sleeve cotton nightdress with a big teddy bear print on the front.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-015",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        Q.garment_type("nightdress"),
        color_of("nightdress", "graphic", "non_answer", kind="open"),
        Q.sleeve_length("short sleeves"),
        details("nightdress", "The nightdress has a teddy bear print on the front."),
        wearing("A blue nightgown with a teddy bear on it", who="she"),
        gender="Women",
        title="Sweet Dreams Women Blue Cotton Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Red lace bralette and matching red lace briefs, model standing sideways, white backdrop.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-016",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("She is wearing a red lace bra and panties.", who="she"),
        Q.color("red"),
        Q.pattern("lace"),
        Q.material("lace"),
        is_a("lingerie set", "yes"),
        gender="Women",
        title="Zivame Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Black thin-strap cotton camisole worn with blue jeans; a wristwatch on the left wrist.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-017",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("tank top", "black", kind="open"),
        Q.garment_type("camisole"),
        color_of("jeans", "black", "contradiction", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Black Solid Camisole",
        category="Camisoles",
        color="Black",
    ),
    # Sleeveless pink-and-white striped top with plain pink shorts.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-018",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        color_of("shorts", "pink", kind="open"),
        gender="Women",
        title="Dreamz by Pantaloons Women Pink & White Striped Night Suit with Shorts",
        category="Night suits",
        color="Pink",
    ),
    # Fluffy navy hooded fleece robe with a white star print, belt tied, two patch pockets; model holds a mug.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-019",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with furry fabric. It has "
            "a lapel neckline.",
            "pronoun",
        ),
        wearing("She is wearing a blue robe with stars on it.", who="she"),
        Q.garment_type("robe"),
        Q.color("navy blue"),
        Q.material("furry"),
        details("robe", "The robe has a hood, a belt and two pockets."),
        gender="Women",
        title="Hunkemoller Women Navy Blue Fleece Robe",
        category="Robe",
        color="Navy Blue",
    ),
    # Ankle-length coral cotton nightdress with a small white floral print, short sleeves, button placket; no jewellery.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-020",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The lady is wearing a short-sleeve dress with floral "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        color_of("nightdress", "orange", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe(
            "nightdress",
            "The nightdress is of long length with short sleeves and a button placket. The nightdress is with cotton "
            "fabric and floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Coral Printed Nightdress",
        category="Nightdress",
        color="Coral",
    ),
    # Back view: model turned away, black seamless high-waist briefs and a black bra (straps and band visible).
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-021",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. It has a suspenders "
            "neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("briefs"),
        Q.color("black"),
        is_a("briefs", "yes", article="a pair of"),
        details(
            "briefs",
            "The shorts are with cotton fabric and pure color patterns. The lady wears a tank top with no sleeves, "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a black bra and panties.", who="she"),
        gender="Women",
        title="Amante Women Black Seamless High-Waist Briefs",
        category="Briefs",
        color="Black",
    ),
    # Off-white long-sleeve round-neck thermal top (fine knit) with black leggings.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-022",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The person wears a long leggings with pure color patterns."
        ),
        color_of("sweater", "white", kind="open"),
        Q.garment_type("top"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting"),
        color_of("leggings", "white", "contradiction", kind="open"),
        gender="Women",
        title="Bitterlime Women Off-White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Maroon satin cami with lace trim at the neckline and matching satin shorts; model sits on the edge of a bed.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a shorts. The shorts are with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a satin pajama set.", who="she"),
        Q.color("maroon"),
        Q.material("satin"),
        describe(
            "shorts",
            "The shorts are with chiffon fabric and pure color patterns. They have a lace trim.",
            "contradiction",
        ),
        Q.pattern("solid"),
        gender="Women",
        title="PrettySecrets Women Maroon Satin Cami and Shorts Set",
        category="Night suits",
        color="Maroon",
    ),
    # Purple racerback padded sports bra with black leggings; model holds a rolled yoga mat.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        color_of("bra", "purple", kind="open"),
        color_of("leggings", "black", kind="open"),
        is_a("sports bra", "yes"),
        wearing(
            "She is wearing a purple sports bra and black leggings. She is holding a yoga mat. She is wearing a purple "
            "sports bra and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Enamor Women Purple Padded Sports Bra",
        category="Bra",
        color="Purple",
    ),
    # Navy lounge shorts with white side piping and an elastic waistband, worn with a grey melange tee.
    # Caption and free answers: caption adapter; closed: reference engine. The feed row has no gender.
    case(
        "X1520-025",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("shorts", "The shorts have white piping on the sides and an elastic waistband."),
        Q.garment_type("shorts"),
        title="Jockey Women Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Sleeveless deep-V black lace bodysuit tucked into high-waist black trousers.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("top"),
        Q.pattern("lace"),
        color_of("bodysuit", "black", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("lace"),
        details(
            "bodysuit",
            "lace Question: What is the color of the bodysuit? Answer: black Question: What is the material of the "
            "bodysuit? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Black Lace Bodysuit",
        category="Bodysuit",
        color="Black",
    ),
    # Grey melange short-sleeve tee with "SLEEPY HEAD" text print, worn with grey-and-black checked lounge pants.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-027",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and lattice patterns."
        ),
        describe("T-shirt", "The T-shirt has a text print that says sleepy head."),
        color_of("T-shirt", "grey", kind="open"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sweet Dreams Women Grey Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey",
    ),
    # Calf-length olive kaftan nightdress with a tribal print, wide elbow sleeves, V-neck; bangles on one wrist.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-028",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her wrist. There is a ring on "
            "her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("nightdress"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Kryptic Women Olive Green Printed Kaftan Nightdress",
        category="Nightdress",
        color="Olive",
    ),
    # Beige padded strapless bra with matching beige briefs, arms raised, white backdrop.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-029",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The neckline of the "
            "tank top is other shapes. The lady wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.garment_type("bra"),
        Q.sleeve_length("sleeveless"),
        is_a("strapless bra", "yes"),
        Q.color("beige"),
        Q.material("", "non_answer"),
        details("bra", "The bra has no straps and pure color patterns."),
        gender="Women",
        title="Zivame Women Beige Padded Strapless Bra",
        category="Bra",
        color="Beige",
    ),
    # White long-sleeve notch-collar pyjama shirt with a small pink heart print and pink piping, matching pants.
    # Caption and free answers: caption adapter; closed: reference engine. The feed row has no gender.
    case(
        "X1520-030",
        caption(
            "The female is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the female wears is of long length. The trousers are with cotton fabric "
            "and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink", "contradiction"),
        color_of("shirt", "white with pink hearts", kind="open"),
        wearing("She is wearing a white pajama set with pink hearts.", who="she"),
        Q.pattern("printed"),
        details("shirt", "The shirt has a lapel neckline, pink piping and buttons down the front."),
        title="Dreamz by Pantaloons Women White Heart Print Night Suit",
        category="Night suits",
        color="White",
    ),
    # Back view: black satin slip nightdress, midi length, thin straps crossing at the back (cowl front not visible).
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-031",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The dress is of long length. The lady is wearing a sleeveless dress with pure "
            "color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        Q.color("black"),
        describe("nightdress", "The nightdress has crossed straps at the back and a cowl neckline.", "unsupported"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Amante Women Black Satin Slip Nightdress",
        category="Nightdress",
        color="Black",
    ),
    # Knee-length white waffle-texture bath robe, belt tied; model barefoot with a towel wrapped on her head.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-032",
        caption(
            "The person wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a lapel neckline. There is a hat on her head.",
            "unsupported",
        ),
        Q.garment_type("robe"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.material("cotton"),
        wearing("He is wearing a white bathrobe and a towel on his head.", "pronoun", who="she"),
        gender="Women",
        title="Hunkemoller Women White Waffle Knit Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Red-and-black checked flannel pyjama pants worn with a black cropped hoodie.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-033",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The lady wears a long trousers. The trousers are with cotton fabric and lattice patterns. The lady wears "
            "a long",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "red", kind="open"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.material("flannel"),
        details("pants", "The pants are long.", "non_answer"),
        is_a("pyjamas", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="PrettySecrets Women Red & Black Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Red",
    ),
    # Burgundy satin robe worn open over the matching sleeveless slip nightdress (a set of two).
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-034",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a lapel neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a red robe and a red nightgown.", who="she"),
        Q.color("maroon"),
        Q.garment_type("robe"),
        Q.material("satin"),
        is_a("nightdress", "yes"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Clovia Women Burgundy Satin Nightdress with Robe",
        category="Nightdress",
        color="Burgundy",
    ),
    # Yellow short-sleeve tee with a small sun print and grey-and-yellow striped capri pyjama pants.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point pants. The pants are with cotton fabric and striped "
            "patterns."
        ),
        color_of("T-shirt", "yellow", kind="open"),
        color_of(
            "pants",
            "yellow Question: What is the color of the T-shirt? Answer: yellow Question: What is the color of the "
            "pants? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        wearing("She is wearing a yellow t-shirt and striped capri pants.", who="she"),
        gender="Women",
        title="Dreamz by Pantaloons Women Yellow Printed Night Suit with Capris",
        category="Night suits",
        color="Yellow",
    ),
    # Black wide-leg lounge pants with white polka dots, worn with a plain pink tee. The feed row has no category.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.pattern("polka dots"),
        describe("pants", "The pants are with cotton fabric and pure color patterns.", "contradiction"),
        gender="Women",
        title="Sweet Dreams Women Black Polka Dot Print Lounge Pants",
        color="Black",
    ),
    # Flat lay: three briefs side by side (white with a lace waistband, black, nude), no model.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-037",
        caption(
            "The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a "
            "shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a shorts. The shorts "
            "are with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.color("white", "contradiction"),
        is_a("briefs", "yes", article="a pair of"),
        wearing("She is wearing a pair of white panties.", "unsupported", who="she"),
        details("briefs", "The briefs have a lace waistband."),
        gender="Women",
        title="Triumph Women Pack of 3 Assorted Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Sage green rib-knit long-sleeve crop top and matching wide-leg pants (a two-piece lounge set).
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-038",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with knitting fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a green top and green pants.", who="she"),
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting"),
        gender="Women",
        title="Bitterlime Women Sage Green Ribbed Lounge Co-ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # Pink short-sleeve button-front pyjama shirt with floral print and matching pants; model laughs, hugs a pillow.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-039",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns. There is an accessory in his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("A pink pajama set with flowers", who="she"),
        Q.pattern("floral"),
        Q.color("pink"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline and short sleeves. The lady "
            "wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "pink", kind="open"),
        gender="Women",
        title="Zivame Women Pink Floral Print Pyjama Set",
        category="Night suits",
        color="Pink",
    ),
    # Thigh-length blue chambray button-down sleep shirt, sleeves rolled to the elbow, chest pocket; a wristwatch.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. There is an accessory on her wrist.",
            "contradiction",
        ),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        wearing("The woman is wearing a blue shirt.", who="the woman"),
        details("night shirt", "The shirt has buttons down the front, a chest pocket and rolled-up sleeves."),
        gender="Women",
        title="Hunkemoller Women Blue Chambray Night Shirt",
        category="Nightdress",
        color="Blue",
    ),
    # Pregnant model in an ankle-length mauve printed maternity nightdress, short sleeves, two nursing zips at chest.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-041",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length."
        ),
        details("nightdress", "The nightdress has two zips on the chest for feeding."),
        Q.color("purple"),
        Q.pattern("printed"),
        color_of("nightdress", "The dress is with cotton fabric and graphic patterns.", "non_answer", kind="open"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Clovia Women Mauve Printed Maternity Nightdress",
        category="Nightdress",
        color="Mauve",
    ),
    # Grey melange hoodie with a "LAZY DAYS" text print, worn with black joggers.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-042",
        caption(
            "The person wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "The person wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("sweatshirt", "grey", kind="open"),
        describe(
            "sweatshirt",
            "The sweatshirt is with cotton fabric and graphic patterns. It has a hood and long sleeves. The person "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.sleeve_length("long sleeves"),
        Q.material("fleece"),
        wearing("She is wearing a grey hoodie and black sweatpants.", who="she"),
        gender="Women",
        title="Sweet Dreams Women Grey Printed Hooded Lounge Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Back view: maroon lace padded bra (band with three hooks visible) and matching maroon briefs; a thin bracelet.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-043",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The lady wears a "
            "shorts. The shorts are with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "contradiction",
        ),
        Q.color("maroon"),
        details("bra", "The bra has a V-shape neckline and lace cups.", "unsupported"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        wearing("She is wearing a red bra and red panties.", who="she"),
        gender="Women",
        title="Enamor Women Maroon Lace Padded Bra",
        category="Bra",
        color="Maroon",
    ),
    # Blue-and-white vertical striped short-sleeve button shirt with matching shorts. The feed row has no color.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-044",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a shorts. The shorts are with cotton fabric and striped patterns."
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("shorts", "blue and white striped", kind="open"),
        Q.pattern("striped"),
        details(
            "shirt",
            "The shirt has stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, "
            "stripes, stripes, stripes,",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Bitterlime Women Blue & White Striped Night Suit",
        category="Night suits",
    ),
    # Short black sleeveless nightdress with a white moon-and-star print; matching eye mask pushed up on her head.
    # Caption and free answers: caption adapter; closed: reference engine.
    case(
        "X1520-045",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. The lady wears glasses.",
            "unsupported",
        ),
        wearing("She is wearing a black nightgown and a sleep mask.", who="she"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("nightdress", "yes"),
        Q.sleeve_length("sleeveless"),
        details("nightdress", "The details of the nightdress are the details of the nightdress.", "restated"),
        gender="Women",
        title="Clovia Women Black Printed Nightdress with Eye Mask",
        category="Nightdress",
        color="Black",
    ),
]
