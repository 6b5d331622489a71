"""BLIND_1424 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 87/108 failures found
(80.6%) and 11/180 correct texts flagged (6.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, robes,
bras, briefs, lingerie sets, camisoles, shapewear, lounge pants, shorts and tees, thermals). Usual catalog shots: a
model on a plain backdrop wearing the product with other clothes (jeans, a white tee, an open robe or blazer over a
bra), headless torso crops for lingerie, a few flat lays of bras and brief packs, two back views, props (mug, pillow,
lantern, yoga mat). Columns as the feed has them: title, category (Myntra article type), color (base colour), gender;
one column left out here and there.
Who wrote what: every caption and every free answer (wearing, describe, details, material, the open "What is the
color of the X?") is the epoch-2 checkpoint of the caption LoRA (DeepFashion-MultiModal template captions, unmasked
labels, no end token). It writes the DeepFashion template ("The upper clothing has no sleeves, other fabric and pure
color patterns", "The lower clothing is of three-point length", "lattice" for checks, "chiffon"/"other" for satin),
never says lace or satin in captions, calls a bra a tank top now and then and briefs shorts, and answers color
questions with a hue only some of the time. The closed questions (garment type, color, pattern, sleeve length, "Is
this a X?") are the same adapter's generation mapped onto the questionnaire's candidates; where nothing mapped the raw
text is kept ("pure color", "upper clothing").
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. One label per text, the most visible fault: a caption cut at 50 tokens mid-sentence is "cut" even if it also
says something doubtful before the cut. hit_limit only where the text filled the budget (50 caption tokens, 30
answer tokens); some captions end on a full stop exactly at the limit (the adapter pads after the template) and are
marked hit_limit but left correct when what they say is right. DeepFashion vocabulary is accepted when it fits:
"dress" for a nightdress or babydoll, "pure color" as a pattern for a solid or lace piece, "lattice" for checks,
"three-point length" for shorts, "outer clothing" for a robe worn open, "shorts" for boy shorts or shaper shorts.
It is not accepted when it names another garment (a bra as a tank top, briefs as shorts, a tied robe as a dress):
contradiction. A color question answered with a pattern or no hue ("pure color", "The dress is with floral
patterns") is non_answer; a material answer that names nothing ("other fabric") too. An answer that only rewords
the question or the title ("The shapewear is a shapewear...") is restated. A color answer that gives the asked
garment the color of another garment in the photo (white tee, black blazer, open white robe) is other_garment_color.
Material answers that contradict a material in the title are contradiction; materials the title does not name are
judged by the product (synthetic t-shirt bras answered "cotton": unsupported). Invented accessories (a bracelet or
ring she does not wear, an eye mask read as a hat) are unsupported. "man"/"guy"/"gentleman"/"his" for these
women's products is pronoun. For packs, a single color is wrong only when the photo shows several colors; where the
photo shows one worn piece, naming its color is right. "coral" answered pink, "teal" green, "nude" beige, "lilac"
purple, "cream" white are accepted.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS

BLIND_1424 = [
    # Photo: model standing on a grey backdrop in a navy cotton night suit: short-sleeve notch-collar shirt with small
    # white star print and white piping, matching full-length star-print pyjama. Caption and free answers: epoch-2
    # caption adapter; closed answers: its generation mapped to candidates.
    case(
        "X1424-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve shirt and a long pants.", who="she"),
        color_of("shirt", "The shirt is with graphic patterns.", "non_answer", kind="open"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        details("pants", "The pants are with cotton fabric and graphic patterns. The pants are of long length."),
        material("cotton"),
        gender="Women",
        title="Clovia Women Navy Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a knee-length maroon satin slip nightdress, thin straps, V-neck edged with black lace, hand on
    # hip; no jewellery. All texts: epoch-2 caption adapter (closed ones mapped to candidates).
    case(
        "X1424-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        is_a("nightdress", "yes"),
        Q.color("maroon"),
        material("The dress is with chiffon fabric.", "contradiction"),
        details("nightdress", "The dress has a V-shape neckline with lace trim. The dress is of medium length."),
        Q.sleeve_length("sleeveless"),
        wearing("The lady wears a sleeveless dress. There is a ring on her finger.", "unsupported"),
        gender="Women",
        title="Zivame Women Maroon Solid Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: model three-quarter view in black cotton jogger lounge pants with a drawstring, a plain white crew-neck
    # tee and white sneakers. All texts: epoch-2 caption adapter.
    case(
        "X1424-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        wearing("The lady wears a short-sleeve T-shirt and a long trousers."),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        gender="Women",
        title="Jockey Women Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: headless torso crop, black lace underwired non-padded bra worn with black high-waist briefs (not the
    # product), grey backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1424-004",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-point length. The fabric is other and it has pure color patterns."
        ),
        wearing("The lady wears a tank top and a shorts.", "contradiction"),
        Q.garment_type("bra"),
        Q.color("black"),
        material("The upper clothing is with lace fabric."),
        describe(
            "bra",
            "The bra has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The bra has "
            "no sleeves, other fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Women",
        title="Amante Women Black Lace Non-Padded Underwired Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: flat lay on white, a nude (beige) seamless padded t-shirt bra; no model. The fabric is nylon-elastane
    # (product page). All texts: epoch-2 caption adapter.
    case(
        "X1424-005",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders."
        ),
        Q.color("beige"),
        Q.garment_type("bra"),
        material("The upper clothing is with cotton fabric.", "unsupported"),
        describe(
            "bra",
            "The bra is a bra with no sleeves. The bra is a bra with no sleeves. The bra is a bra with no sleeves. "
            "The bra is a",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Women",
        title="Enamor Women Nude Solid Padded Seamless T-Shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: pink short-sleeve round-neck top with white cloud print and white pyjamas with small pink clouds; model
    # standing, plain backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1424-006",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("T-shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("pink"),
        Q.sleeve_length("short"),
        is_a("night suit", "yes"),
        details(
            "pants",
            "The pants are with cotton fabric and graphic patterns. The pants are of long length. There is a "
            "drawstring on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Pink & White Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model seated on a stool in an oversized lavender round-neck short-sleeve tee with dropped shoulders, worn
    # with grey melange lounge shorts (not the product). All texts: epoch-2 caption adapter. The caption ends on a
    # full stop exactly at the 50-token limit.
    case(
        "X1424-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        color_of("T-shirt", "The T-shirt is with pure color patterns.", "non_answer", kind="open"),
        color_of("shorts", "purple", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        details(
            "T-shirt",
            "The T-shirt has a round neckline and short sleeves. The T-shirt has a round neckline and short sleeves. "
            "The T-shirt has a round",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Lavender Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: model in a sheer black mesh babydoll with lace cups, split below the bust, and a matching thong; hand in
    # her hair; plain backdrop. All texts: epoch-2 caption adapter.
    case(
        "X1424-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline."
        ),
        is_a("babydoll", "no", "contradiction"),
        Q.color("black"),
        material("lace and mesh"),
        wearing("a black lingerie", who="she"),
        describe(
            "babydoll",
            "Question: Describe the babydoll. Answer: The lady wears a sleeveless dress with pure color patterns. The "
            "dress is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Black Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: flat lay, five full briefs fanned out: navy, white, pink, grey, black. All texts: epoch-2 caption
    # adapter.
    case(
        "X1424-009",
        caption("The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black", "contradiction"),
        describe(
            "briefs",
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        Q.pattern("solid"),
        gender="Women",
        title="Marks & Spencer Women Pack of 5 Assorted Cotton Full Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in an ankle-length loose teal kaftan nightdress with a white leaf print, V-neck with a tassel tie,
    # batwing sleeves to the elbow; a thin gold bangle on her wrist. All texts: epoch-2 caption adapter.
    case(
        "X1424-010",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        color_of("dress", "The dress is with floral patterns.", "non_answer", kind="open"),
        Q.color("green"),
        details("kaftan", "The kaftan has a V-shape neckline with a tie and wide sleeves."),
        gender="Women",
        title="Slumber Jill Women Teal Printed Kaftan Nightdress",
        category="Nightdress",
        color="Teal",
    ),
    # Photo: torso crop, white wired padded minimizer bra; the top of light-blue jeans shows at the bottom edge.
    # All texts: epoch-2 caption adapter.
    case(
        "X1424-011",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        color_of("bra", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        material("The upper clothing is with cotton fabric. The lower clothing is with denim fabric.", "unsupported"),
        gender="Women",
        title="Triumph Women White Solid Wired Padded Minimizer Bra",
        category="Bra",
        color="White",
    ),
    # Photo: model in grey melange joggers with cuffed ankles, a black cropped tank top and white sneakers. All texts:
    # epoch-2 caption adapter.
    case(
        "X1424-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", kind="open"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        Q.color("grey"),
        details(
            "joggers",
            "The joggers are with cotton fabric and pure color patterns. They have an elastic waistband and cuffed "
            "hems.",
        ),
        wearing("The gentleman wears a sleeveless tank top and a long pants.", "pronoun", who="she"),
        gender="Women",
        title="Kanvin Women Grey Melange Solid Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a knee-length red satin robe, belt tied, long sleeves, shawl collar; bare legs, nothing visible
    # under it. The fabric is polyester satin. All texts: epoch-2 caption adapter.
    case(
        "X1424-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "lapel neckline. There is a belt.",
            "contradiction",
        ),
        is_a("robe", "yes"),
        wearing("The lady wears a long-sleeve dress with a belt.", "contradiction"),
        Q.color("red"),
        material("silk", "unsupported"),
        Q.sleeve_length("long"),
        details("robe", "The robe has long sleeves and a lapel neckline. There is a belt at the waist."),
        gender="Women",
        title="PrettySecrets Women Red Solid Satin Robe",
        category="Robe",
        color="Red",
    ),
    # Photo: model in a peach lace triangle bralette and matching briefs, a sheer white robe open over her shoulders
    # (styling, not sold). All texts: epoch-2 caption adapter.
    case(
        "X1424-014",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. This lady also wears an outer clothing, with chiffon fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        color_of("bra", "white", "other_garment_color", kind="open"),
        Q.color("peach"),
        Q.garment_type("lingerie set"),
        describe("lingerie set", "The lingerie set is a lingerie set with a bra and a panty.", "restated"),
        wearing("The lady wears a bra, a panty and a white robe."),
        gender="Women",
        title="Secrets By ZeroKaata Women Peach Lace Bralette and Panty Lingerie Set",
        category="Lingerie Set",
        color="Peach",
    ),
    # Photo: back view, model in navy cotton lounge shorts (no pockets) and a plain white tee; the drawstring is not
    # visible from the back. All texts: epoch-2 caption adapter. The feed has no color column for this row.
    case(
        "X1424-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shorts", "navy blue", kind="open"),
        color_of("T-shirt", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("shorts"),
        details("shorts", "The shorts have a drawstring waist and side pockets.", "unsupported"),
        Q.pattern("solid"),
        wearing(
            "The lady wears a T-shirt and a shorts. The T-shirt is with cotton fabric. The shorts are with cotton "
            "fabric. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Navy Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
    ),
    # Photo: model in a knee-length mustard cotton sleep shirt with white polka dots, notch collar, button front,
    # sleeves rolled to the elbow, chest pocket. All texts: epoch-2 caption adapter.
    case(
        "X1424-016",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        color_of("shirt", "The shirt is with graphic patterns and it has a lapel neckline.", "non_answer", kind="open"),
        Q.color("yellow"),
        is_a("nightdress", "no", "contradiction"),
        details("night shirt", "The shirt has buttons on the front and a pocket on the chest."),
        material("cotton"),
        wearing("a yellow shirt"),
        gender="Women",
        title="Clovia Women Mustard Polka Dot Print Cotton Button-Down Night Shirt",
        category="Nightdress",
        color="Mustard",
    ),
    # Photo: model in a black seamless shaping camisole (scoop neck) tucked into black trousers. All texts: epoch-2
    # caption adapter.
    case(
        "X1424-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("camisole"),
        Q.color("black"),
        material("The tank top is with knitted fabric."),
        describe("camisole", "The tank top has no sleeves, knitted fabric and pure color patterns."),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Amante Women Black Seamless Shaping Camisole",
        category="Shapewear",
        color="Black",
    ),
    # Photo: model in blue-and-white gingham check cotton pyjama pants with a plain white short-sleeve tee (styling).
    # All texts: epoch-2 caption adapter. The caption ends on a full stop at the limit.
    case(
        "X1424-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "lattice patterns.",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("pants", "blue and white", kind="open"),
        Q.color("white", "other_garment_color"),
        details(
            "pyjamas",
            "The pants are with cotton fabric and lattice patterns. The pants are of long length. The pants are with "
            "cotton fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of pyjamas", "yes"),
        wearing("The lady wears a white T-shirt and a blue pants with lattice patterns."),
        gender="Women",
        title="Sweet Dreams Women Blue & White Checked Cotton Pyjamas",
        category="Lounge Pants",
        color="Blue",
    ),
    # Photo: model holding a mug, in a purple A-line cap-sleeve midi cotton nightdress with a small white floral
    # print, round neck with a short button placket. All texts: epoch-2 caption adapter.
    case(
        "X1424-019",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is a cup in her hand. The dress is of medium length."
        ),
        Q.sleeve_length("short"),
        color_of("nightdress", "purple", kind="open"),
        Q.pattern("floral"),
        details(
            "nightdress",
            "The dress has a round neckline with buttons and short sleeves. The dress is of medium length. The dress "
            "has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress", who="she"),
        material("The dress is with chiffon fabric.", "contradiction"),
        gender="Women",
        title="Zivame Women Purple Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Purple",
    ),
    # Photo: model in a coral racerback sports bra and black leggings, a rolled yoga mat under her arm. All texts:
    # epoch-2 caption adapter.
    case(
        "X1424-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with knitted "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("bra", "pink", kind="open"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        Q.garment_type("sports bra"),
        is_a("bra", "yes"),
        Q.sleeve_length("sleeveless"),
        details(
            "sports bra",
            "The sports bra has a racerback and a wide elastic band. The sports bra has a racerback and a wide elastic",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Enamor Women Coral Solid Non-Padded Racerback Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Photo: model leaning on a chair in an olive ribbed-knit lounge set: long-sleeve round-neck crop top and matching
    # wide-leg pants. All texts: epoch-2 caption adapter.
    case(
        "X1424-021",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric. It has "
            "a round neckline. The pants this man wears is of long length.",
            "pronoun",
        ),
        color_of("top", "green", kind="open"),
        color_of("pants", "green", kind="open"),
        Q.color("olive"),
        material("knitted"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Bannos Swagger Women Olive Green Ribbed Lounge Set",
        category="Night suits",
        color="Olive",
    ),
    # Photo: waist-to-thigh crop, model wearing one grey hipster brief of the pack (the other colors are not shown).
    # All texts: epoch-2 caption adapter.
    case(
        "X1424-022",
        caption("The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."),
        Q.color("grey"),
        is_a("pair of shorts", "yes", "contradiction"),
        describe(
            "briefs",
            "The shorts are with cotton fabric and pure color patterns. The shorts are of three-point length. The "
            "shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        wearing("a pair of panties"),
        gender="Women",
        title="Jockey Women Pack of 3 Cotton Hipster Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Photo: side view, model in beige high-waist seamless thigh-shaper shorts with a beige bra (not the product); no
    # jewellery. Nylon-spandex. All texts: epoch-2 caption adapter.
    case(
        "X1424-023",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of "
            "three-point length. The fabric is other and it has pure color patterns. The female has a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("beige"),
        details("shapewear", "The shapewear is a shapewear that the lady wears.", "restated"),
        material("The lower clothing is with denim fabric.", "unsupported"),
        gender="Women",
        title="Triumph Women Beige Solid Seamless High-Waist Shaper Shorts",
        category="Shapewear",
        color="Beige",
    ),
    # Photo: model sitting cross-legged with a pillow, in a pink sleeveless spaghetti-strap cami top with a small white
    # heart print and matching shorts. All texts: epoch-2 caption adapter; caption ends at the limit on a full stop.
    case(
        "X1424-024",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric and graphic patterns.",
            hit_limit=True,
        ),
        color_of("shorts", "pink", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        wearing(
            "Question: What is she wearing? Answer: The lady wears a sleeveless tank top and a shorts. Question: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        details("shorts", "The shorts are short.", "non_answer"),
        gender="Women",
        title="Clovia Women Pink Heart Print Cotton Cami Top and Shorts Set",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a cream long-sleeve scoop-neck thermal top worn with blue jeans. All texts: epoch-2 caption
    # adapter.
    case(
        "X1424-025",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric. It has "
            "a round neckline. The trousers this lady wears is of long length. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.garment_type("thermal top"),
        Q.material(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The T-shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Cream Cool Comfort Cotton Modal Thermal Top",
        category="Thermal Tops",
        color="Cream",
    ),
    # Photo: model in a black satin pyjama set: long-sleeve notch-collar shirt with white piping on collar and cuffs,
    # matching pyjamas; no jewellery. All texts: epoch-2 caption adapter.
    case(
        "X1424-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. The pants "
            "this lady wears is of long length. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("black"),
        details("shirt", "The shirt has white piping on the collar and cuffs and buttons down the front."),
        material("satin"),
        color_of("pants", "black", kind="open"),
        is_a("night suit", "no", "contradiction"),
        wearing(
            "The lady wears a long-sleeve shirt and a long pants. The lady wears a long-sleeve shirt and a long pants. "
            "The lady",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kanvin Women Black Solid Satin Pyjama Set",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in a grey melange tee with a large pink "SLEEP MODE" text print, worn with pink pyjamas. All texts:
    # epoch-2 caption adapter.
    case(
        "X1424-027",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("T-shirt", "pink", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        details("T-shirt", "The T-shirt has a text print on the front that says sleep mode."),
        Q.sleeve_length("short"),
        wearing(
            "The lady wears a short-sleeve T-shirt and a long pants. The T-shirt is with cotton fabric. It has a round "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Grey Melange Typography Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a wine lace longline bralette under an open black blazer, with black trousers. All texts:
    # epoch-2 caption adapter.
    case(
        "X1424-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a V-shape neckline. This lady also wears an outer clothing, with cotton fabric and pure color patterns. "
            "The trousers",
            "cut",
            hit_limit=True,
        ),
        color_of("bra", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        Q.garment_type("jacket", "contradiction"),
        wearing("The lady wears a black jacket over a red lace bra and black pants."),
        material("lace"),
        gender="Women",
        title="PrettySecrets Women Wine Lace Non-Padded Longline Bralette",
        category="Bra",
        color="Burgundy",
    ),
    # Photo: model in a navy-and-white horizontal stripe long-sleeve round-neck top and solid navy pyjamas. All texts:
    # epoch-2 caption adapter; caption ends at the limit on a full stop.
    case(
        "X1424-029",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        color_of("pants", "navy blue and white", "other_garment_color", kind="open"),
        color_of("T-shirt", "navy blue and white", kind="open"),
        Q.sleeve_length("long"),
        wearing("The lady wears a long-sleeve T-shirt with striped patterns and a long pants."),
        describe(
            "night suit",
            "The night suit is a night suit with a T-shirt and pants. The night suit is a night suit with a T",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Striped Full Sleeve Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a lilac modal camisole with lace at the V-neck and adjustable straps, white shorts. All texts:
    # epoch-2 caption adapter.
    case(
        "X1424-030",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("camisole"),
        Q.color("purple"),
        color_of("shorts", "white", kind="open"),
        details("camisole", "The camisole has lace trim at the neckline and adjustable straps."),
        material("The upper clothing is with cotton fabric.", "contradiction"),
        gender="Women",
        title="Zivame Women Lilac Solid Modal Lace Trim Camisole",
        category="Camisoles",
        color="Lavender",
    ),
    # Photo: flat lay, folded red-and-black buffalo check flannel pyjama pants with an elastic waist; no person. All
    # texts: epoch-2 caption adapter. The feed has no category for this row.
    case(
        "X1424-031",
        caption("The lower clothing is of long length. The fabric is cotton and it has lattice patterns."),
        Q.color("red"),
        Q.pattern("checked"),
        wearing("The man wears a long pants with lattice patterns.", "pronoun"),
        details(
            "pyjamas",
            "The pants are with cotton fabric and lattice patterns. The pants are of long length. The pants have an "
            "elastic waistband with a",
            "cut",
            hit_limit=True,
        ),
        material("flannel"),
        is_a("pair of pyjamas", "yes"),
        gender="Women",
        title="Clovia Women Red & Black Checked Flannel Pyjamas",
        color="Red",
    ),
    # Photo: model in a pink non-wired lightly padded t-shirt bra with light grey pyjama pants. All texts: epoch-2
    # caption adapter.
    case(
        "X1424-032",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is V-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        is_a("bra", "yes"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        describe(
            "bra",
            "The bra is with other fabric and pure color patterns. It has a V-shape neckline. The bra is with other "
            "fabric and pure",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="Amante Women Pink Solid Non-Wired Lightly Padded T-Shirt Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: pregnant model in a knee-length navy maternity nightdress with a white leaf print, short sleeves, round
    # neck (the feeding zips are concealed). All texts: epoch-2 caption adapter.
    case(
        "X1424-033",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length."
        ),
        is_a("maternity nightdress", "yes"),
        details(
            "nightdress",
            "The dress has a round neckline and short sleeves. The dress has a round neckline and short sleeves. The "
            "dress has",
            "loop",
            hit_limit=True,
        ),
        color_of("nightdress", "blue", kind="open"),
        Q.pattern("floral"),
        wearing("She is wearing a blue dress and she is pregnant.", who="she"),
        material("The dress is with chiffon fabric.", "unsupported"),
        gender="Women",
        title="Morph Maternity Women Navy Blue Printed Maternity Nightdress with Feeding Zips",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model in a charcoal hooded sweatshirt with kangaroo pocket and drawstrings, black joggers. All texts:
    # epoch-2 caption adapter.
    case(
        "X1424-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("sweatshirt", "The sweatshirt has a hood with drawstrings and a kangaroo pocket."),
        material("The sweatshirt is made of the material of the sweatshirt.", "restated"),
        gender="Women",
        title="Kanvin Women Charcoal Grey Solid Hooded Lounge Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: model in an ivory satin slip nightdress (ankle length) with the matching long-sleeve robe worn open over
    # it. All texts: epoch-2 caption adapter.
    case(
        "X1424-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. This lady also wears an outer clothing, with other fabric and pure color patterns. The "
            "dress is of long",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        wearing("The lady wears a white dress and a white robe."),
        is_a("robe", "yes"),
        material("satin"),
        describe(
            "nightdress",
            "The nightdress is a nightdress with a robe. The nightdress is a nightdress with a robe. The nightdress is "
            "a nightdress with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Shyaway Women Off White Satin Slip Nightdress with Robe",
        category="Nightdress",
        color="Off White",
    ),
    # Photo: hip crop, model in blue cotton boy shorts with a small white geometric print, and a white bra. All texts:
    # epoch-2 caption adapter.
    case(
        "X1424-036",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "three-point length. The fabric is cotton and it has graphic patterns."
        ),
        color_of("shorts", "blue", kind="open"),
        Q.pattern("printed"),
        Q.garment_type("shorts"),
        wearing("The person is wearing a white bra and blue shorts."),
        details(
            "boyshorts",
            "Question: What are the boyshorts details? Answer: The lower clothing is of three-point length. The fabric",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Blue Geometric Print Cotton Boyshorts",
        category="Boy Shorts",
        color="Blue",
    ),
    # Photo: model in a sleeveless knee-length yellow cotton nightdress with a cartoon sloth print; the matching eye
    # mask is pushed up on her forehead. All texts: epoch-2 caption adapter.
    case(
        "X1424-037",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is a hat on her head.",
            "unsupported",
        ),
        color_of("nightdress", "yellow", kind="open"),
        Q.garment_type("nightdress"),
        details("nightdress", "The dress has a cartoon print of a sloth and a matching eye mask."),
        Q.sleeve_length("sleeveless"),
        material("cotton"),
        gender="Women",
        title="Sweet Dreams Women Yellow Sloth Print Cotton Nightdress with Eye Mask",
        category="Nightdress",
        color="Yellow",
    ),
    # Photo: model in navy lounge pants with a white star print (one pair of the pack shown) and a plain white tee.
    # All texts: epoch-2 caption adapter.
    case(
        "X1424-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with graphic patterns."
        ),
        Q.color("navy blue"),
        wearing("The lady wears a white T-shirt and a pair of blue pants."),
        describe("lounge pants", "The pants are navy blue with white stars and an elastic waistband."),
        is_a("pair of pants", "yes"),
        Q.pattern("printed"),
        gender="Women",
        title="Sweet Dreams Women Pack of 2 Printed Cotton Lounge Pants",
        category="Lounge Pants",
        color="Multi",
    ),
    # Photo: back view, hair tied up, model in a black racerback bra with crossed straps and grey lounge shorts. All
    # texts: epoch-2 caption adapter.
    case(
        "X1424-039",
        caption(
            "This guy wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. The "
            "shorts this guy wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        Q.color("black"),
        details("bra", "The bra has a racerback design with crossed straps at the back."),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.garment_type("tank top", "contradiction"),
        wearing("This guy wears a sleeveless tank top and a shorts.", "pronoun", who="she"),
        gender="Women",
        title="Enamor Women Black Solid Racerback Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a long fluffy pink fleece robe with a bunny-ear hood, belt tied, holding a heart-shaped cushion.
    # All texts: epoch-2 caption adapter. The feed has no gender for this row.
    case(
        "X1424-040",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric. The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "furry",
            "loop",
            hit_limit=True,
        ),
        material("furry"),
        Q.color("pink"),
        is_a("robe", "yes"),
        details("robe", "The robe has a hood with bunny ears and a belt at the waist."),
        wearing("The lady wears a pink robe and holds a heart pillow."),
        Q.sleeve_length("long"),
        title="Clovia Women Pink Self-Design Hooded Fleece Robe",
        category="Robe",
        color="Pink",
    ),
    # Photo: model in black thermal leggings, a white tee and a long grey open knit cardigan. Cotton-rich thermal
    # knit. All texts: epoch-2 caption adapter.
    case(
        "X1424-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "lady also wears an outer clothing, with knitted fabric and pure color patterns. The pants this lady wears "
            "is of long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        material("The pants are with cotton fabric."),
        wearing("She is wearing a grey cardigan, a white t-shirt and black leggings.", who="she"),
        details(
            "leggings",
            "The leggings are of long length. The leggings are of long length. The leggings are of long length. The "
            "leggings are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Black Thermal Leggings",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: model in a cotton pyjama set: white short-sleeve round-neck tee with a multicolor floral print and blue
    # mid-calf capris with the same floral print. All texts: epoch-2 caption adapter.
    case(
        "X1424-042",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of three-quarter length. The pants are with cotton fabric "
            "and floral",
            "cut",
            hit_limit=True,
        ),
        Q.color("multicolor"),
        color_of("capri", "white", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        details(
            "capri",
            "The capris are of three-quarter length. The capris are of three-quarter length. The capris are of three",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        gender="Women",
        title="Jockey Women Multicoloured Floral Print Cotton Top and Capri Set",
        category="Night suits",
        color="Multi",
    ),
    # Photo: model holding a lantern, in an ankle-length pale blue cotton nightgown with a small pink floral print,
    # long sleeves with frill cuffs, high frill collar. All texts: epoch-2 caption adapter.
    case(
        "X1424-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a stand "
            "neckline. The dress is of long length."
        ),
        color_of("nightdress", "The dress is with floral patterns.", "non_answer", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        details(
            "nightdress",
            "The dress has a frill collar and frill cuffs and a frill hem and a frill collar and frill cuffs and a "
            "frill",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a long dress and holding a lamp.", who="she"),
        material("The dress is with chiffon fabric.", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Blue Floral Print Pure Cotton Long Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: flat lay, two padded bras side by side, one black and one red. All texts: epoch-2 caption adapter.
    case(
        "X1424-044",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is V-shape."
        ),
        Q.color("red", "contradiction"),
        is_a("bra", "yes"),
        describe(
            "bras", "The bra is with other fabric and pure color patterns. It has a V-shape neckline.", "contradiction"
        ),
        Q.garment_type("upper clothing", "non_answer"),
        material("The upper clothing is with other fabric.", "non_answer"),
        gender="Women",
        title="Clovia Women Pack of 2 Padded Non-Wired T-Shirt Bras",
        category="Bra",
        color="Multi",
    ),
    # Photo: model in a navy cotton racer-back tank (innerwear vest) and white shorts. All texts: epoch-2 caption
    # adapter; caption ends at the limit on a full stop.
    case(
        "X1424-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        color_of("tank top", "navy blue", kind="open"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "Answer: The lady wears a sleeveless tank top and a shorts. Answer: The lady wears a sleeveless tank top",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Navy Blue Solid Racerback Cotton Tank Top",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
]
