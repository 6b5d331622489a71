"""BLIND_1208 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-first session. Measured blind at 1ef79ed (the session's sixth rules): 67/80 failures found (83.8%) and
29/206 correct texts flagged (14.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, bras,
briefs, lingerie sets, camisoles, shapewear, robes, lounge pants/shorts/T-shirts, thermals, innerwear vests). Catalog
columns as the feed has them: title, category (Myntra's article type), color (base colour) and gender ("Women"); the
color column is missing on one pack and the gender on one night suit. Photos are the catalog's usual shots: a model on a
plain light backdrop, lingerie cropped from neck to thigh and worn as a set, loungewear pieces shot with a plain tee or
jeans, a few flat lays (two packs, a bra, a folded night suit, a nightshirt, a babydoll), two back views and two props
(a mug, a teddy bear) plus a towel on the head for the bath robe.
Who wrote what: the caption and the free answers (wearing, describe, details, material, the open color questions) come
from BLIP-2 OPT-2.7b with the epoch-2 checkpoint of the caption adapter (between the published epoch-1 and epoch-3
caption adapters, same unmasked-label training, so no end token was learned): greedy, 50 new tokens for captions and 30
for answers. It speaks the DeepFashion-MultiModal template (tank top, shorts, "outer clothing", "pure color patterns",
"suspenders neckline", cotton/chiffon/knitting/other fabric) and has no word for lingerie, so bras come out as tank tops
and briefs as shorts; it still answers short questions in its own words now and then. The closed questions (garment
type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine, candidate ranking with the
untuned base over closed option lists, so they are one option each and never cut.
Labeling conventions and judgement calls: one failure kind per text, the one that matters most; a text that ran to the
token limit carries hit_limit=True, and it is labeled `cut` unless it loops (`loop`) or says something plainly wrong
about the product (then that kind, still with hit_limit). Calling a bra a "tank top", briefs "shorts", a robe a "coat",
a bodysuit a "romper" is `contradiction` (the title names another kind); a nightdress or babydoll called a "dress", a
camisole a "tank top", a shrug a "cardigan", a kurta top a "dress" are accepted. Chiffon or cotton for a product whose
title says satin is `contradiction`; a material or detail that neither the title nor the photo backs (cotton for nylon
shapewear, a thong back on a front shot, a hat for a towel, "the lady wears" on a flat lay) is `unsupported`. A hue that
belongs to the other piece in the photo (the jeans, the tee, the other pyjama half) is `other_garment_color`; a wrong
hue from nowhere or from a prop is `contradiction`. A pattern word ("pure color", "floral") or a template sentence given
for a color question is `non_answer`, as is naming a prop or only a part of the garment ("the back of the dress") for
the details. For packs of assorted colors, one piece's color counts as right. Lavender as purple, coral as pink, nude as
beige, wine as red and teal as green are right. "The gentleman"/"the man" for the women's models (back view and headless
crops) is `pronoun`. Template mentions of an accessory are right only where the photo has one. The reference engine
picking "nightdress" for a babydoll is `contradiction` (its options had babydoll). The failures sit mostly in captions
and free answers (about half of those are wrong); the closed answers are rarely wrong, so the whole set lands near three
wrong texts in ten.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_1208 = [
    # Model, white backdrop: pink short-sleeve round-neck cotton top with small white heart print, matching pink
    # long pyjama pants, barefoot. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a long pants."),
        B.garment_type("night suit"),
        B.color("pink"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        material("cotton"),
        title="Clovia Women Pink & White Printed Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # Model, grey backdrop: knee-length maroon satin slip nightdress, spaghetti straps, lace trim at the V-neck, a
    # thin silver bracelet. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-002",
        caption(
            "This lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a suspenders neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a dress"),
        color_of("nightdress", "pure color", "non_answer", kind="open"),
        B.garment_type("nightdress"),
        B.color("maroon"),
        material("chiffon", "contradiction"),
        D.details(
            "the neckline is V-shape, the straps are thin, the lace is on the neckline, the lace is on the neckline, "
            "the lace is on the",
            "loop",
            hit_limit=True,
        ),
        title="Zivame Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # Model cropped neck to thigh: black lace non-padded bra with matching black lace briefs. Caption and free
    # answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and complicated patterns. It has a suspenders neckline. The "
            "shorts this woman wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black tank top and black shorts", "contradiction"),
        B.garment_type("bra"),
        B.color("black"),
        B.pattern("lace"),
        is_a("bra", "yes"),
        material("cotton", "unsupported"),
        title="Amante Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # Flat lay on white, no person: three folded hipster briefs, navy, grey melange and pink. Caption and free
    # answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-004",
        caption(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton fabric and pure color patterns. The shorts are with cotton "
            "fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a pair of shorts", "contradiction"),
        B.garment_type("briefs"),
        B.color("grey"),
        describe("briefs", "the briefs are with cotton fabric and pure color patterns"),
        material("cotton"),
        title="Jockey Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
        color="Assorted",
        gender="Women",
    ),
    # Model: navy-and-white striped long-sleeve button-down pyjama shirt with notch collar, solid navy pyjama pants.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a striped shirt and navy blue pants"),
        color_of("shirt", "striped", "non_answer", kind="open"),
        color_of("pants", "navy"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The shirt has long sleeves, cotton fabric and striped patterns. The neckline of it is lapel. The pants "
            "are of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Navy Blue & White Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # Model seated on a stool, plain backdrop: lavender satin camisole with lace trim at the neckline and matching
    # satin shorts. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-006",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns and a three-point shorts. The tank "
            "top is with chiffon fabric. The shorts are with chiffon fabric and pure color patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a purple tank top and purple shorts"),
        B.garment_type("night suit"),
        B.color("purple"),
        material("satin"),
        B.sleeve_length("sleeveless"),
        title="PrettySecrets Women Lavender Satin Camisole With Shorts Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # Model: grey melange jogger lounge pants with drawstring, plain white crew-neck tee, white sneakers, no belt.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a long pants."),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.color("grey"),
        B.garment_type("lounge pants"),
        details(
            "pants",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her waist.",
            "unsupported",
        ),
        title="Marks & Spencer Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # Model: nude high-waist thigh-shaper shorts (nylon-spandex), worn with a nude T-shirt bra. Caption and free
    # answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure color patterns. "
            "The shorts",
            "cut",
            hit_limit=True,
        ),
        wearing("a bra and a pair of shorts"),
        B.garment_type("lounge shorts", "contradiction"),
        B.color("beige"),
        B.pattern("solid"),
        material("The shorts are with cotton fabric.", "unsupported"),
        title="Triumph Women Nude-Coloured Solid High-Waist Thigh Shaper Shapewear",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # Model: calf-length peach cotton nightdress, short sleeves, round neck, all-over small white floral print.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-009",
        caption(
            "This lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length."
        ),
        wearing("a dress"),
        B.color("peach"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        D.description(
            "The dress has short sleeves, cotton fabric and floral patterns. It has a round neckline. The dress is of "
            "long length. The dress",
            "cut",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        title="Dreamz by Pantaloons Women Peach-Coloured Printed Nightdress",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # Model, dark grey backdrop, three-quarter turn: short red sheer mesh babydoll with lace cups and a V-neck,
    # matching red thong. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-010",
        caption(
            "The lady is wearing a sleeveless dress with complicated patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. The dress is of short length. The dress is with chiffon fabric and complicated "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress"),
        B.garment_type("nightdress", "contradiction"),
        B.color("red"),
        D.details("The dress has no sleeves, the neckline is V-shape, the lace is on the neckline."),
        material("lace"),
        title="Shyaway Women Red Lace Babydoll With Thong",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # Model: white full-coverage non-padded bra worn with mid-blue denim jeans. Caption and free answers: epoch-2
    # adapter; closed: reference engine.
    case(
        "X1208-011",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        B.color("white"),
        B.garment_type("bra"),
        is_a("bra", "yes"),
        B.sleeve_length("sleeveless"),
        title="Enamor Women White Solid Non-Padded Non-Wired Full Coverage Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # Model: black short-sleeve cotton lounge tee with white "sleepy head" slogan print, grey lounge shorts. Caption
    # and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and grey shorts"),
        B.pattern("graphic"),
        B.color("black"),
        D.description("The T-shirt is with cotton fabric and its neckline is round."),
        B.material(
            "cotton Question: What is the color of the garment? Answer: black Question: What is the pattern of the "
            "garment? Answer: graphic Question:",
            "leak",
            hit_limit=True,
        ),
        title="Clovia Women Black Typography Printed Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Women",
    ),
    # Model: knee-length navy cotton-blend robe, long sleeves, shawl collar, tie belt at the waist, over a white
    # slip. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-013",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. There is an accessory on her waist."
        ),
        wearing("a blue coat", "contradiction"),
        B.garment_type("robe"),
        B.color("navy"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        describe(
            "robe",
            "The robe is with cotton fabric and pure color patterns. It has a lapel neckline. The robe is with "
            "cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Navy Blue Solid Robe",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # Model: teal cotton pyjama bottoms with white leaf print and drawstring, plain white tank top. Caption and free
    # answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-014",
        caption(
            "The person wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and floral patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "The pants are with cotton fabric and floral patterns.", "non_answer", kind="open"),
        B.color("green"),
        B.pattern("floral"),
        B.garment_type("pyjamas"),
        is_a("pair of shorts", "no"),
        title="Zivame Women Teal Green Printed Cotton Pyjamas",
        category="Pyjamas",
        color="Teal",
        gender="Women",
    ),
    # Model: black cotton lounge shorts with white side piping, plain grey marl tee. Caption and free answers:
    # epoch-2 adapter; closed: reference engine.
    case(
        "X1208-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a grey t-shirt and black shorts"),
        B.color("grey", "other_garment_color"),
        B.garment_type("lounge shorts"),
        describe("shorts", "a pair of black shorts with white stripes on the sides"),
        B.material("cotton"),
        title="Van Heusen Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # Model: fitted black long-sleeve round-neck thermal top, blue jeans. Caption and free answers: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X1208-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black long-sleeve shirt and blue jeans"),
        B.sleeve_length("long sleeves"),
        B.color("black"),
        B.material(
            "The shirt is with knitting fabric. The pants are with denim fabric and pure color patterns. The shirt "
            "is with knitting fabric. The pants",
            "loop",
            hit_limit=True,
        ),
        is_a("sweater", "yes", "contradiction"),
        D.description("the garment is a garment", "restated"),
        title="Jockey Women Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Women",
    ),
    # Back view, model facing away, hair down: knee-length black satin nightdress with crossed spaghetti straps at
    # the back. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-017",
        caption(
            "The gentleman wears a sleeveless dress with pure color patterns. The dress is of medium length. It has "
            "a suspenders neckline.",
            "pronoun",
        ),
        wearing("a black dress"),
        B.garment_type("nightdress"),
        B.color("black"),
        D.details("the back of the dress", "non_answer"),
        B.sleeve_length("sleeveless"),
        title="Da Intimo Women Black Solid Satin Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # Flat lay on white, no person: coral padded T-shirt bra, adjustable straps. Caption and free answers: epoch-2
    # adapter; closed: reference engine.
    case(
        "X1208-018",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders."
        ),
        wearing("a pink bra"),
        B.color("pink"),
        B.garment_type("bra"),
        is_a("bra", "yes"),
        B.pattern("solid"),
        D.details(
            "the straps are adjustable, the straps are adjustable, the straps are adjustable, the straps are "
            "adjustable, the straps are adjustable, the",
            "loop",
            hit_limit=True,
        ),
        title="Amante Women Coral Solid Padded Non-Wired T-shirt Bra",
        category="Bra",
        color="Coral",
        gender="Women",
    ),
    # Model: blue-and-white checked cotton flannel pyjama bottoms, plain white tee. Caption and free answers:
    # epoch-2 adapter; closed: reference engine.
    case(
        "X1208-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        B.pattern("checked"),
        B.color("blue"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        describe("pyjamas", "The pants are with cotton fabric and lattice patterns."),
        title="Clovia Women Blue & White Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Blue",
        gender="Women",
    ),
    # Model holding a white mug: red long-sleeve round-neck cotton top with white reindeer print, red-and-black
    # checked pyjama pants. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-020",
        caption(
            "This woman wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and red pants"),
        B.pattern("printed"),
        B.color("red"),
        color_of("pants", "red and black", kind="open"),
        D.description(
            "The T-shirt has long sleeves, cotton fabric and graphic patterns. The pants are of long length."
        ),
        title="Nite Flite Women Red Printed Cotton Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # Model cropped neck to thigh: black lace bra and matching black lace thong. Caption and free answers: epoch-2
    # adapter; closed: reference engine.
    case(
        "X1208-021",
        caption(
            "The female is wearing a sleeveless tank top with complicated patterns and a three-point shorts. The "
            "tank top is with other fabric. The shorts are with other fabric and complicated patterns.",
            "contradiction",
        ),
        wearing("a black bra and panties"),
        B.garment_type("lingerie set"),
        B.color("black"),
        B.pattern("lace"),
        B.material("lace"),
        D.details("Question: What are the details of the garment? Answer: The tank top has no sleeves", "leak"),
        title="PrettySecrets Women Black Lace Bra And Thong Lingerie Set",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # Model: white cotton camisole with adjustable straps, mid-blue denim jeans. Caption and free answers: epoch-2
    # adapter; closed: reference engine.
    case(
        "X1208-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top and blue jeans"),
        B.color("white"),
        B.garment_type("camisole"),
        B.sleeve_length("sleeveless"),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        material("cotton"),
        title="Zivame Women White Solid Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # Model wearing a watch: olive short-sleeve tee with white text print, olive-and-white printed shorts. Caption
    # and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The shorts are "
            "with cotton fabric and graphic patterns. There is an accessory on her wrist."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.garment_type("night suit"),
        B.pattern("printed"),
        D.description(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton "
            "fabric. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Olive Green Printed Cotton Night Suit With Shorts",
        category="Night suits",
        color="Olive",
        gender="Women",
    ),
    # Flat lay on white, no person: knee-length pink cotton nightshirt, short sleeves, notch collar, button placket,
    # chest pocket, small white floral print. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-024",
        caption("The upper clothing has short sleeves, cotton fabric and floral patterns. It has a lapel neckline."),
        wearing("The lady wears a short-sleeve shirt with floral patterns.", "unsupported"),
        B.garment_type("nightdress"),
        B.color("pink"),
        is_a("nightdress", "yes"),
        D.details("the buttons on the front, the collar, the pocket"),
        title="Marks & Spencer Women Pink Floral Print Cotton Nightshirt",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # Model: maroon printed cotton kurta-style long top with three-quarter sleeves, plain beige pyjamas. Caption and
    # free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-025",
        caption(
            "This lady wears a medium-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a maroon kurta and beige pants"),
        B.color("maroon"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("pyjamas", "maroon", "other_garment_color", kind="open"),
        material("cotton"),
        B.pattern("printed"),
        title="Kanvin Women Maroon & Beige Printed Pure Cotton Kurta With Pyjamas",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # Model: black satin long-sleeve pyjama shirt with white polka dots and white collar piping, matching pants.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-026",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with other "
            "fabric and it has a lapel neckline. The pants are with other fabric and graphic patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        B.pattern("polka dot"),
        B.color("black"),
        wearing("black and white pajamas"),
        material("satin"),
        D.details(
            "the polka dots are white and the background is black and the collar is black and the collar is black "
            "and the collar is black and",
            "loop",
            hit_limit=True,
        ),
        title="Zivame Women Black & White Polka Dot Satin Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # Model, face cropped out: yellow cotton lounge shorts with small white smiley print, white crop tee. Caption and
    # free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns."
        ),
        B.color("yellow"),
        B.garment_type("lounge shorts"),
        describe(
            "shorts", "The shorts are of three-point length. The shorts are with cotton fabric and graphic patterns."
        ),
        wearing("The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts.", "pronoun"),
        details("shorts", "the shorts details are the shorts", "restated"),
        title="Clovia Women Yellow Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Yellow",
        gender="Women",
    ),
    # Model with a towel wrapped on her head: white terry cotton bath robe, shawl collar, long sleeves, tie belt.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-028",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric. It has a lapel neckline. There is an accessory on her waist. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a white robe"),
        B.garment_type("bath robe"),
        B.color("white"),
        material("cotton"),
        B.sleeve_length("long sleeves"),
        title="Spaces Women White Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # Model cropped waist to thigh, a beige bra edge in frame: beige seamless hipster brief, no belt or jewellery.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-029",
        caption(
            "The shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on her waist.",
            "contradiction",
        ),
        B.garment_type("briefs"),
        B.color("beige"),
        is_a("pair of shorts", "yes", "contradiction"),
        wearing("a beige bra and underwear"),
        title="Amante Women Beige Solid Seamless Hipster Briefs",
        category="Briefs",
        color="Beige",
        gender="Women",
    ),
    # Model: white cotton racerback innerwear vest with a round neck, blue jeans. Caption and free answers: epoch-2
    # adapter; closed: reference engine.
    case(
        "X1208-030",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric and it has a round neckline."
        ),
        wearing("a white tank top"),
        B.garment_type("innerwear vest"),
        B.color("white"),
        B.sleeve_length("sleeveless"),
        material("cotton"),
        D.details("the details of the garment", "restated"),
        title="Jockey Women White Solid Racerback Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Women",
    ),
    # Model: three-piece set, pink cotton camisole and pink shorts under an open long-sleeve white shrug with a pink
    # floral print. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-031",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with cotton fabric. The "
            "tank top is with cotton fabric and pure color patterns. The shorts are of three-point length."
        ),
        wearing("a cardigan, a tank top and shorts"),
        B.garment_type("night suit"),
        B.color("white", "contradiction"),
        color_of("cardigan", "floral", "non_answer", kind="open"),
        B.pattern("floral"),
        title="Sweet Dreams Women Pink 3-Piece Cotton Night Suit With Shrug",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # Model, front view: black nylon shaping bodysuit with wide straps and a scoop neck. Caption and free answers:
    # epoch-2 adapter; closed: reference engine.
    case(
        "X1208-032",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and it "
            "has a suspenders neckline.",
            "contradiction",
        ),
        B.garment_type("shapewear"),
        B.color("black"),
        is_a("jumpsuit", "no"),
        material("nylon"),
        D.details("the bodysuit has a thong back and a hook closure at the bottom", "unsupported"),
        title="Triumph Women Black Solid Shaping Bodysuit",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # Flat lay on white, no person: folded grey melange tee with a pink cat print, pink pyjama pants with a grey cat
    # print. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-033",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has graphic patterns."
        ),
        wearing("a grey t-shirt and pink pants"),
        B.color("grey"),
        B.garment_type("night suit"),
        B.pattern("printed"),
        D.description("a grey t-shirt with a pink cat on it"),
        B.material(
            "The upper clothing is with cotton fabric. The lower clothing is with cotton fabric. The upper clothing "
            "is with cotton fabric. The lower",
            "loop",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Grey & Pink Cat Print Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # Model: short red satin kimono robe with black lace trim on the three-quarter sleeves and a tie belt, over a
    # black slip. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-034",
        caption(
            "This lady wears a medium-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "chiffon fabric. It has a V-shape neckline. The outer clothing is with chiffon fabric. It has a V-shape "
            "neckline. The outer",
            "loop",
            hit_limit=True,
        ),
        wearing("a red robe"),
        B.color("red"),
        B.garment_type("robe"),
        B.sleeve_length("three-quarter sleeves"),
        material("chiffon", "contradiction"),
        details("robe", "lace on the sleeves and a belt"),
        title="PrettySecrets Women Red Satin Kimono Robe With Lace Trim",
        category="Robe",
        color="Red",
        gender="Women",
    ),
    # Model: white long-sleeve lounge tee with thin navy Breton stripes, solid navy lounge pants. Caption and free
    # answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-035",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        B.color("white"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        is_a("t-shirt", "yes"),
        wearing("The lady wears a long-sleeve T-shirt with striped patterns and a long pants."),
        D.details("the stripes are navy blue and white"),
        title="Marks & Spencer Women White & Navy Striped Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Women",
    ),
    # Model cropped neck to thigh: rose-pink lace padded wired push-up bra with matching rose briefs. Caption and
    # free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-036",
        caption(
            "The female is wearing a sleeveless tank top with complicated patterns. The tank top is with other "
            "fabric and it has a V-shape neckline. The shorts this female wears is of three-point length. The shorts "
            "are with other fabric and",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("bra"),
        B.color("pink"),
        wearing("a pink bra and panties"),
        B.material("lace"),
        D.description(
            "The tank top has no sleeves, other fabric and complicated patterns. It has a V-shape neckline.",
            "contradiction",
        ),
        is_a("bra", "yes"),
        title="Amante Women Rose Lace Padded Wired Push-Up Bra",
        category="Bra",
        color="Rose",
        gender="Women",
    ),
    # Model: grey melange thermal leggings, black long-sleeve tee. Caption and free answers: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X1208-037",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. The leggings are with knitting fabric and pure color patterns."
        ),
        B.color("black", "other_garment_color"),
        B.garment_type("thermal bottoms"),
        describe(
            "leggings",
            "the leggings are grey and the leggings are grey and the leggings are grey and the leggings are grey "
            "and the leggings are grey and the",
            "loop",
            hit_limit=True,
        ),
        material("knitting"),
        D.details("", "non_answer"),
        title="Jockey Women Grey Melange Solid Thermal Leggings",
        category="Thermal Bottoms",
        color="Grey Melange",
        gender="Women",
    ),
    # Model: turquoise short-sleeve tee with a penguin print, turquoise-and-white striped capri pyjamas. Caption and
    # free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-quarter pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        wearing("Answer: a blue t-shirt and striped pants", "leak"),
        B.color("blue"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        color_of("pants", "blue and white", kind="open"),
        title="Sweet Dreams Women Turquoise Blue Printed Cotton Night Suit With Capris",
        category="Night suits",
        color="Turquoise Blue",
        gender="Women",
    ),
    # Flat lay on a white sheet, no person: navy blue lace babydoll (reads almost black) with matching thong.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-039",
        caption(
            "The upper clothing has no sleeves, other fabric and complicated patterns. It has a V-shape neckline. "
            "The upper clothing has no sleeves, other fabric and complicated patterns. It has a V-shape neckline. "
            "The upper",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("babydoll"),
        B.color("black", "contradiction"),
        wearing("a dress and panties"),
        D.description("It is a lingerie"),
        title="Zivame Women Navy Blue Lace Babydoll With Thong",
        category="Baby Dolls",
        color="Navy Blue",
        gender="Women",
    ),
    # Model: black wide-leg satin lounge pants, plain white tank top. Caption and free answers: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X1208-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. The pants are with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        B.color("black"),
        B.garment_type("lounge pants"),
        wearing("a white tank top and black pants"),
        describe(
            "pants",
            "The pants are of long length. The pants are with chiffon fabric and pure color patterns. The pants "
            "are of long length. The pants are",
            "loop",
            hit_limit=True,
        ),
        material("The pants are with chiffon fabric.", "contradiction"),
        title="PrettySecrets Women Black Solid Wide Leg Satin Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # Flat lay on white, no person: two cotton camisoles side by side, one black, one white. The feed has no color
    # for this pack. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-041",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round."
        ),
        B.garment_type("camisole"),
        B.color("black"),
        wearing("two tank tops"),
        material("cotton"),
        is_a("t-shirt", "no"),
        title="Jockey Women Pack of 2 Solid Cotton Camisoles",
        category="Camisoles",
        gender="Women",
    ),
    # Model hugging a brown teddy bear: knee-length wine cotton nightdress, short sleeves, round neck. Caption and
    # free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-042",
        caption(
            "This lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of medium length."
        ),
        wearing("a red dress and a teddy bear"),
        B.color("brown", "contradiction"),
        B.garment_type("nightdress"),
        D.details("a teddy bear", "non_answer"),
        B.sleeve_length("short sleeves"),
        title="Dreamz by Pantaloons Women Wine Solid Cotton Nightdress",
        category="Nightdress",
        color="Wine",
        gender="Women",
    ),
    # Model: charcoal short-sleeve round-neck tee with matching charcoal shorts. The feed has no gender for this row.
    # Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-043",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color "
            "patterns. This person wears",
            "cut",
            hit_limit=True,
        ),
        B.color("grey"),
        wearing("a grey t-shirt and grey shorts"),
        B.sleeve_length("short sleeves"),
        D.description("it is a grey t-shirt and shorts"),
        material("cotton"),
        title="Van Heusen Women Charcoal Solid Lounge T-shirt With Shorts",
        category="Night suits",
        color="Charcoal",
    ),
    # Back view, model facing away, short hair: skin-coloured minimizer bra, wide back band with a three-hook
    # closure. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-044",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric.",
            "pronoun",
        ),
        B.garment_type("bra"),
        B.color("beige"),
        D.details("the hooks on the back"),
        is_a("bra", "yes"),
        wearing("a bra"),
        title="Amante Women Skin-Coloured Solid Non-Padded Non-Wired Minimizer Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # Model: pink satin long-sleeve pyjama shirt with notch collar and white flamingo print, matching pants, no
    # jewellery. Caption and free answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1208-045",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with other "
            "fabric and it has a lapel neckline. The pants are with other fabric and graphic patterns. There is a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("pink pajamas with flamingos on them"),
        B.color("pink"),
        B.pattern("printed"),
        material("cotton", "contradiction"),
        color_of(
            "shirt",
            "pink and white and pink and white and pink and white and pink and white and pink and white and pink and "
            "white and pink and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Clovia Women Pink Flamingo Print Satin Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
]
