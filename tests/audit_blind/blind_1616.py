"""BLIND_1616 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-sixth session. Measured blind at 5d4d43a (the session's fifth rules): 62/79 failures found (78.5%) and
39/217 correct texts flagged (18.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, baby dolls, robes,
bras, briefs, camisoles, shapewear, lounge pants, shorts and tees, thermals). Mostly the usual catalog shot: a model
on a plain light backdrop wearing the product with other clothes (jeans or trousers under a bra, a tee over lounge
shorts, an open shirt over a bralette), now and then a flat lay (multi-packs, a bra, a folded pair of pants), a back
view, and props (a mug, a pillow, a teddy bear, a bed edge). The catalog columns are the feed's own: title, category
(Myntra article type), color (Myntra base colour), gender; a few rows lack one of them, as feeds do.
Who wrote what: every caption and every open answer (what is she / the person wearing, describe, details, material,
and the open "What is the color of the X?") is BLIP-2 OPT-2.7b with the epoch-2 checkpoint of the caption LoRA (the
run between the published epoch-1 and epoch-3 caption adapters), greedy, `Question: ... Answer:` prompts, 50 new
tokens for captions and 30 for answers, no terminator trained. It still speaks the DeepFashion-MultiModal template
(tank top, three-point pants, pure color patterns, lattice, chiffon, suspenders neckline, "other fabric"), knows no
bra, brief, robe or satin, and half of its question answering survived, so short answers are often fine while some
answers fall back into the template or loop. The closed questions (garment type, color, pattern, sleeve length,
"Is this a ...?") come from the reference engine: the untuned base ranking a closed candidate list per question
(Myntra-like article types, base colours, patterns, four sleeve lengths, yes/no), so they are always one clean
option, wrong only by picking the wrong one.
Labeling conventions and judgement calls: judged against the photo described above each case and the title. One
label per text: the fault a reader meets first. Template garment words that are close enough count as right (tank
top for a camisole, dress for a nightdress or baby doll, sweater for a sweatshirt, lattice for checks, graphic for
a small print, three-point pants for capris), and so do the engine's near article types (track pants for side-striped
lounge pants, leggings for thermal bottoms, nightdress for a baby doll, robe for a nightdress-with-robe set); calling
a bra or a lingerie set a tank top and pants, a robe a coat, a shaping slip a dress (or "yes" to "Is this a dress?"),
a bodysuit a short jumpsuit, a satin two-piece a nightgown, or a camisole a bra is a contradiction. Near hues count
as right (peach said pink, maroon said red, mauve said pink, teal said blue or green, coral said orange, lavender
said purple, nude said beige); nude said white and navy satin said black are wrong. A set's colour given as the
colour of one of its own pieces counts as right, and so does a pattern true of one piece of a set (striped, polka
dots); one colour for a pack of three differently coloured briefs is a contradiction. A closed answer that takes
another garment's colour or sleeves (sleeves for shorts or pants) is a contradiction; an open colour answer that
does is other_garment_color; a material answer taken from another garment (denim from the jeans, cotton from the
open shirt) is a contradiction, an invented or wrong material (chiffon or silk for polyester satin, wool for a
cotton-blend thermal) is unsupported. A caption that invents a wearer for a flat lay ("The lady wears ...") is
unsupported, as is an invented wrist accessory. "pure color" or the template sentence given to a color question,
"other fabric" or "none" to the material question, "they are shorts" for the shorts' details and an empty answer
are non_answer; "The X are the X that she is wearing" is restated. "Question: ... Answer:" or a bare "Answer:"
inside an answer is a leak. "The gentleman" or "he" for the women's models is pronoun. A caption or answer that ran
to the limit is hit_limit=True and labeled loop when it repeats itself, cut when it just stops mid-sentence; no
correct text ran to the limit. An answer that leaves out the product but says only true things (an open shirt and
jeans over a bralette) is left unmarked. About a quarter of the texts are wrong, not four in ten: the closed engine
picks a clean option and is mostly right, while two captions in three and most long open answers fail.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1616 = [
    # Photo: model standing, front, light grey backdrop; pink cotton night suit: short-sleeve button-down shirt with
    # notch collar and white piping, small white heart print, matching long pyjama pants; barefoot.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine (base ranking).
    case(
        "X1616-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a pink shirt and pink pants", who="she"),
        Q.garment_type("night suit"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="Clovia Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model, front, holding a white mug; knee-length navy blue cotton nightdress, short sleeves, round neck,
    # small white star print all over.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-002",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric and graphic patterns. The dress is with cotton fabric "
            "and graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a dress", who="she"),
        color_of("dress", "blue", kind="open"),
        Q.garment_type("nightdress"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has a round neckline and short sleeves and a star print on the front and the back and the "
            "sleeves and the neckline and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Printed Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model, front, white backdrop; black lace non-wired lightly padded bra worn with high-waist mid-blue jeans.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-003",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with other fabric "
            "and its neckline is suspenders. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black bra and jeans", who="she"),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.material("denim", "contradiction"),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        gender="Women",
        title="Zivame Black Lace Non-Wired Lightly Padded Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model, front; white crew-neck tee loosely tucked in, grey melange cotton joggers with drawstring and cuffed
    # ankles (the product), white sneakers.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and grey pants", who="she"),
        Q.color("white", "contradiction"),
        Q.garment_type("lounge pants"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, no model; three hipster briefs side by side, dusty pink, powder blue and black, each
    # with a branded elastic waistband.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-005",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on her waist.",
            "unsupported",
        ),
        wearing("three pairs of underwear"),
        Q.garment_type("briefs"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        gender="Women",
        title="Amante Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Photo: model seated on the edge of a bed with white sheets; peach polyester satin night suit: short-sleeve shirt
    # with notch collar, a chest pocket and white piping, matching shorts.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short pants. The shirt is with "
            "chiffon fabric and its neckline is lapel. The pants are with chiffon fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a pink shirt and shorts", who="she"),
        Q.color("peach"),
        Q.material("silk", "unsupported"),
        Q.garment_type("night suit"),
        Q.sleeve_length("short sleeves"),
        details("shirt", "the shirt has white piping on the collar and the pocket"),
        gender="Women",
        title="Dreamz by Pantaloons Women Peach Satin Night Suit",
        category="Night suits",
        color="Peach",
    ),
    # Photo: model, front, arms raised tying her hair; black racerback sports bra, black high-waist leggings, white
    # sneakers.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black sports bra and black leggings", who="she"),
        Q.garment_type("bra"),
        Q.color("black"),
        is_a("sports bra", "yes"),
        Q.material("cotton"),
        color_of(
            "sports bra",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Enamor Women Black Solid Non-Padded Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model, front, barefoot; black short-sleeve tee, red-and-navy checked cotton flannel pyjama pants with an
    # elastic waist (the product).
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        wearing("a black shirt and plaid pants", who="she"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("checked"),
        details(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are of long length. The pants are with "
            "cotton fabric and lattice patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kanvin Women Red Checked Pyjamas",
        category="Pyjamas",
        color="Red",
    ),
    # Photo: model, front, bare legs; maroon satin knee-length robe with shawl collar, tied with a sash at the waist,
    # three-quarter sleeves with lace trim at the cuffs.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-009",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with chiffon fabric and its "
            "neckline is lapel. The coat is of knee length. There is an accessory on her waist.",
            "contradiction",
        ),
        wearing("a red robe", who="she"),
        Q.garment_type("robe"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("robe", "a robe with a belt"),
        Q.material("satin"),
        gender="Women",
        title="Mystere Paris Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
    ),
    # Photo: model sitting on a white stool; lavender ribbed-cotton camisole with thin adjustable straps, white cotton
    # shorts.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-010",
        caption(
            "The lady wears a tank top with pure color patterns and a short pants. The tank top is with cotton fabric "
            "and its neckline is suspenders. The pants are with cotton fabric and pure color patterns. The tank top "
            "is with cotton fabric and its neckline is",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple tank top and white shorts", who="she"),
        Q.garment_type("camisole"),
        Q.color("lavender"),
        Q.pattern("solid"),
        color_of("tank top", "white", "other_garment_color", kind="open"),
        Q.material("cotton"),
        gender="Women",
        title="PrettySecrets Women Lavender Solid Camisole",
        category="Camisoles",
        color="Lavender",
    ),
    # Photo: cropped torso shot, chest to upper thigh; nude nylon-elastane high-waist shaping brief (the product) worn
    # with a nude t-shirt bra.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-011",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The lady wears a tank top with pure color patterns and a long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shapewear"),
        Q.color("beige"),
        wearing("a white bra and white panties", "contradiction", who="she"),
        Q.material("nylon"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Nude Solid High Waist Shaping Briefs",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: model, front, white backdrop; white tee with a small black text print, yellow lounge shorts with a small
    # white daisy print and a drawstring (the product).
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and floral patterns."
        ),
        wearing("a white t-shirt and yellow shorts", who="she"),
        Q.garment_type("lounge shorts"),
        Q.color("yellow"),
        Q.pattern("floral"),
        details("shorts", "they are shorts", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Hypernation Women Yellow Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Yellow",
    ),
    # Photo: model, front, white backdrop; red lace balconette bra and matching red lace bikini panty.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-013",
        caption(
            "The lady wears a tank top with pure color patterns and a short pants. The tank top is with other fabric "
            "and its neckline is suspenders. The pants are with other fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a red bra and panties", who="she"),
        Q.garment_type("lingerie set"),
        Q.color("red"),
        Q.pattern("lace"),
        Q.material("other fabric", "non_answer"),
        details(
            "bra",
            "the bra is red and the panties are red and the bra is red and the panties are red and the bra is red and "
            "the panties",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Photo: model, front, hugging a pillow; white oversized cotton tee (the product) with a large black-and-pink
    # cartoon cat graphic, drop shoulders, short sleeves; black pyjama pants.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt with a cat on it and black pants", who="she"),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The T-shirt is with cotton fabric and graphic "
            "patterns. The T-shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Bannos Swagger Women White Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: back view, model facing away, hair tied up; beige underwired minimizer bra with wide straps and a
    # three-hook back closure, beige briefs.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-015",
        caption(
            "The lady wears a tank top with pure color patterns and a short pants. The tank top is with cotton fabric "
            "and its neckline is suspenders. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a bra and underwear", who="she"),
        Q.garment_type("bra"),
        Q.color("beige"),
        details("bra", "the bra has wide straps and a hook closure on the back"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Women",
        title="Triumph Women Beige Solid Underwired Non-Padded Minimizer Bra",
        category="Bra",
        color="Beige",
    ),
    # Photo: model, front, holding a teddy bear; mauve cotton jersey night suit: long-sleeve round-neck top with a moon
    # and the word "sleepy" printed on the chest, matching pyjama pants with a small moon print.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-016",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with cotton fabric and graphic patterns.",
            "contradiction",
        ),
        wearing("a purple pajama set", who="she"),
        Q.garment_type("night suit"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        details("top", "Answer: the top has a moon and the word sleepy on it", "leak"),
        gender="Women",
        title="Sweet Dreams Women Mauve Printed Night Suit",
        category="Night suits",
        color="Mauve",
    ),
    # Photo: model, front; teal sheer mesh baby doll with lace cups, thin straps, mid-thigh length, matching thong
    # barely visible.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of short length."
        ),
        wearing("a blue nightie", who="she"),
        Q.garment_type("nightdress"),
        Q.color("green"),
        Q.material("lace"),
        describe(
            "dress",
            "a dress with a dress and a dress and a dress and a dress and a dress and a dress and a dress and a dress",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Teal Baby Doll with Thong",
        category="Baby Dolls",
        color="Teal",
    ),
    # Photo: model, front; black fitted long-sleeve round-neck cotton-blend thermal top, blue jeans.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-018",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("he is wearing a black shirt and jeans", "pronoun", who="she"),
        Q.garment_type("thermal top"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="Jockey Women Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
    ),
    # Photo: model, front, no jewellery or watch; grey melange tee, navy blue cotton lounge shorts (the product) with a
    # white drawstring and side pockets.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a gray shirt and blue shorts", who="she"),
        Q.color("navy blue"),
        Q.garment_type("lounge shorts"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "the shorts have a drawstring waist and pockets on the sides"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Women",
        title="Van Heusen Women Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: model walking, front; off-white sleeveless cotton maxi nightdress with a small blue floral print, round
    # neck.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-020",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length."
        ),
        wearing("a white dress", who="she"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Clovia Women Off White Floral Print Maxi Nightdress",
        category="Nightdress",
        color="Off White",
    ),
    # Photo: product shot, no model; coral padded non-wired T-shirt bra, front, on white.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-021",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is suspenders. The lady wears a ring. The lady wears a tank top with pure color patterns. The tank top "
            "is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("orange"),
        wearing("a bra"),
        Q.pattern("solid"),
        is_a("bra", "yes"),
        gender="Women",
        title="Amante Women Coral Solid Padded Non-Wired T-shirt Bra",
        category="Bra",
        color="Coral",
    ),
    # Photo: model, front; black polyester satin cami with lace trim at the neckline and thin straps, matching black
    # satin shorts with a lace hem.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-022",
        caption(
            "The lady wears a tank top with pure color patterns and a short pants. The tank top is with chiffon "
            "fabric and its neckline is suspenders. The pants are with chiffon fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a black nightgown", "contradiction", who="she"),
        Q.garment_type("night suit"),
        Q.color("black"),
        Q.material("satin"),
        details("top", "lace trim on the top and the bottom of the shorts"),
        gender="Women",
        title="Hunkemoller Women Black Satin Cami Top and Shorts Set",
        category="Night suits",
        color="Black",
    ),
    # Photo: model sitting on a floor cushion, short hair; beige crew-neck sweatshirt, olive green straight-fit cotton
    # lounge pants (the product) with an elastic waist.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a sweater and green pants", who="she"),
        Q.color("olive"),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        Q.garment_type("lounge pants"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Kanvin Women Olive Green Solid Lounge Pants",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: flat lay on a white wooden floor, no model; pink short-sleeve cotton top with "do not disturb" printed on
    # it, pink-and-white striped pyjama pants, a pink eye mask.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-024",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns.",
            "unsupported",
        ),
        wearing("a pink shirt and pink striped pants and a sleep mask"),
        Q.garment_type("night suit"),
        Q.pattern("striped"),
        Q.color("pink"),
        details("night suit", "the top has a text print that says do not disturb and the pants are striped"),
        gender="Women",
        title="Sweet Dreams Women Pink Printed Night Suit with Eye Mask",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model, side view; black high-rise full brief (one of the pack of five) worn with a black t-shirt bra.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-025",
        caption(
            "The lady wears a short pants with pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric "
            "and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.color("black"),
        wearing("black underwear", who="she"),
        Q.pattern("solid"),
        color_of("shorts", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="Marks & Spencer Women Pack of 5 Black Solid Full Briefs",
        category="Briefs",
        color="Black",
    ),
    # Photo: model, front; royal blue ankle-length cotton kaftan nightdress with a white paisley print, V-neck, wide
    # batwing sleeves to the elbow.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-026",
        caption(
            "The lady wears a medium-sleeve dress with complicated patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The dress is of long length."
        ),
        wearing(
            "a blue dress with a white pattern on it and a blue dress with a white pattern on it and a blue dress "
            "with a white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "dress",
            "The dress is with cotton fabric and complicated patterns. The dress is of long length. The dress is with "
            "cotton fabric and complicated patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Blue Printed Kaftan Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model, front, holding a rolled towel; white terry cotton bathrobe, shawl collar, long sleeves, tie belt,
    # two patch pockets, mid-calf length.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-027",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric and its "
            "neckline is lapel. The coat is of long length.",
            "contradiction",
        ),
        wearing("a white bathrobe", who="she"),
        Q.garment_type("robe"),
        Q.color("white"),
        Q.material("cotton"),
        details("robe", "it has a belt and two pockets"),
        is_a("dress", "no"),
        gender="Women",
        title="Enamor Women White Solid Cotton Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: model, front, cropped hair; purple short-sleeve cotton tee with a white tie-dye swirl (the product), grey
    # lounge shorts.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a purple t-shirt and gray shorts", who="she"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.garment_type("t-shirt"),
        Q.material("cotton"),
        gender="Women",
        title="Zivame Women Purple Tie and Dye Lounge T-shirt",
        category="Lounge Tshirts",
        color="Purple",
    ),
    # Photo: model, framed chest to hip; maroon lace underwired plunge bra with a small bow at the centre, black
    # high-waist trousers.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-029",
        caption(
            "The lady wears a tank top with floral patterns and a long pants. The tank top is with other fabric and "
            "its neckline is V-shape. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a red bra and black pants", who="she"),
        Q.color("maroon"),
        Q.garment_type("bra"),
        Q.pattern("lace"),
        color_of("bra", "black", "other_garment_color", kind="open"),
        details(
            "bra",
            "the bra is made of lace and has a plunging neckline with underwire and adjustable straps and a small bow "
            "in the center of the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Triumph Women Maroon Lace Underwired Lightly Padded Plunge Bra",
        category="Bra",
        color="Maroon",
    ),
    # Photo: model, front, fluffy pink slippers; grey melange full-sleeve cotton tee with pink "good night" text and a
    # star print, pink-and-grey striped jogger pyjamas.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-030",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and striped patterns. The pants this "
            "lady wears is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and pink and grey striped pants", who="she"),
        Q.color("grey"),
        Q.garment_type("night suit"),
        Q.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with cotton "
            "fabric and graphic patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Dreamz by Pantaloons Women Grey Melange Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: model, front; skin-coloured nylon seamless camisole with wide straps and a scoop neck, tucked into light
    # blue jeans.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a tan tank top and jeans", who="she"),
        Q.color("beige"),
        color_of("tank top", "blue", "other_garment_color", kind="open"),
        Q.garment_type("bra", "contradiction"),
        Q.material(
            "The tank top is with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton "
            "fabric. The tank top",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Skin-Coloured Solid Seamless Camisole",
        category="Camisoles",
        color="Nude",
    ),
    # Photo: model, front, bare legs; black lace long-sleeve bodysuit with a plunge neckline.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine. The feed has no category.
    case(
        "X1616-032",
        caption(
            "The lady wears a long-sleeve jumpsuit with floral patterns. The jumpsuit is with other fabric and its "
            "neckline is V-shape. The jumpsuit is of short length.",
            "contradiction",
        ),
        wearing("a black lace bodysuit", who="she"),
        Q.garment_type("bodysuit"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("lace"),
        Q.material("none", "non_answer"),
        gender="Women",
        title="PrettySecrets Women Black Lace Long Sleeve Bodysuit",
        color="Black",
    ),
    # Photo: model, front, holding a coffee mug; above-knee sleeveless green cotton nightdress with a large white and
    # yellow tropical leaf print, round neck.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-033",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of short length. The lady is holding a cup of coffee in her hand. The lady is "
            "holding a cup of",
            "loop",
            hit_limit=True,
        ),
        wearing("a green dress", who="she"),
        Q.color("green"),
        Q.pattern("floral"),
        details(
            "dress",
            "The dress is with cotton fabric. It has a round neckline. The dress is of short length.",
        ),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Clovia Women Green Tropical Print Short Nightdress",
        category="Nightdress",
        color="Green",
    ),
    # Photo: model, front; white tee, black track-style lounge pants (the product) with a white stripe down each side,
    # white sneakers.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        wearing("white t-shirt and black pants", who="she"),
        color_of("pants", "black and white", kind="open"),
        Q.color("black"),
        Q.pattern("striped"),
        details("pants", "the pants have white stripes on the side"),
        Q.garment_type("track pants"),
        gender="Women",
        title="Kanvin Women Black Side Striped Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model, front; mustard yellow short-sleeve cotton top with a cartoon giraffe print, yellow-and-white polka
    # dot calf-length capri pyjamas.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. The "
            "pants this lady wears is of three-point",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt and yellow pants", who="she"),
        Q.garment_type("night suit"),
        Q.color("yellow"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves"),
        describe("pants", "capri pants"),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed Capri Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: model, front; burgundy lace triangle bralette with a scalloped hem worn under an open white cotton shirt,
    # blue jeans.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans", who="she"),
        Q.garment_type("bra"),
        Q.color("white", "contradiction"),
        Q.pattern("lace"),
        Q.material("cotton", "contradiction"),
        is_a("bra", "yes"),
        gender="Women",
        title="Amante Women Burgundy Lace Non-Padded Bralette",
        category="Bra",
        color="Burgundy",
    ),
    # Photo: model, side view; black cropped tee, sea green cotton lounge shorts (the product) with an elastic waistband
    # and a drawstring.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine. The feed has no gender.
    case(
        "X1616-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black shirt and green shorts", who="she"),
        Q.color("green"),
        color_of("shorts", "The shorts are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        Q.garment_type("lounge shorts"),
        describe("shorts", "The shorts are the shorts that she is wearing.", "restated"),
        Q.material("cotton"),
        title="Hypernation Women Sea Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Sea Green",
    ),
    # Photo: model, front, barefoot; navy blue polyester satin slip nightdress, mid-calf, thin straps, V-neck with lace
    # trim, side slit.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length.",
            "unsupported",
        ),
        wearing("a blue satin nightgown", who="she"),
        Q.color("black", "contradiction"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has lace on the neckline and a slit on the side"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Mystere Paris Women Navy Blue Satin Slip Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model, front; white long-sleeve thermal top, light pink fitted cotton-blend thermal leggings to the ankle
    # (the product).
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-039",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("white shirt and pink leggings", who="she"),
        Q.garment_type("leggings"),
        Q.color("pink"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        Q.material("cotton"),
        describe(
            "leggings",
            "pink leggings Question: What is the color of the leggings? Answer: pink Question: What is the color of "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Pink Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Pink",
    ),
    # Photo: model, front; black seamless nylon-spandex full-body shaping slip with camisole straps, to mid-thigh.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of short length.",
            "contradiction",
        ),
        wearing("a black dress", "contradiction", who="she"),
        Q.garment_type("shapewear"),
        Q.color("black"),
        Q.material("nylon and spandex"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Zivame Women Black Solid Full Body Shaping Slip",
        category="Shapewear",
        color="Black",
    ),
    # Photo: model, back three-quarter view, looking over her shoulder; black cotton night suit with white polka dots:
    # long-sleeve button-down shirt with notch collar, matching long pants.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-041",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("black and white polka dot pajamas", who="she"),
        Q.pattern("polka dots"),
        Q.color("black"),
        Q.garment_type("night suit"),
        color_of(
            "pants",
            "black and white. Question: What is the color of the shirt? Answer: black and white. Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Black Polka Dot Print Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model, front; grey melange non-padded sports bra with a broad navy logo underband, navy joggers.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-042",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a gray sports bra and blue pants", who="she"),
        Q.color("grey"),
        Q.garment_type("bra"),
        details("bra", "the bra has a wide band at the bottom with the brand name on it"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="U.S. Polo Assn. Women Innerwear Grey Melange Solid Non-Padded Sports Bra",
        category="Bra",
        color="Grey Melange",
    ),
    # Photo: model sitting cross-legged on a bed; white short-sleeve tee with a multicolour rainbow and clouds graphic
    # and the word "dreamer" in pink letters, multicoloured rainbow-striped shorts.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-043",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        wearing("a white shirt with a rainbow on it and rainbow shorts", who="she"),
        Q.color("white"),
        Q.garment_type("night suit"),
        Q.pattern("printed"),
        describe("shorts", "the shorts are multicolored with a rainbow pattern"),
        details(
            "t-shirt",
            "the t-shirt has a rainbow and clouds on the front and the word dreamer written in pink letters under "
            "the rainbow with a small star on the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Bannos Swagger Women Multicoloured Printed Night Suit with Shorts",
        category="Night suits",
        color="Multi",
    ),
    # Photo: model, front; lavender polyester satin knee-length robe with lace trim at the sleeve hems, worn open over a
    # matching lavender satin slip nightdress with a lace V-neck.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine.
    case(
        "X1616-044",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with chiffon fabric and its "
            "neckline is lapel. The coat is of knee length. The lady wears a long-sleeve coat with pure color "
            "patterns. The coat is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple robe and a purple nightgown", who="she"),
        Q.garment_type("robe"),
        Q.color("lavender"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("long sleeves"),
        details("robe", "the robe has a belt and lace on the sleeves"),
        gender="Women",
        title="Dreamz by Pantaloons Women Lavender Satin Nightdress with Robe",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: flat lay on white, no model; black cotton-modal wide-leg lounge pants with an elastic waistband, folded.
    # Caption and open answers: epoch-2 caption adapter; closed answers: reference engine. The feed has no color.
    case(
        "X1616-045",
        caption(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("lounge pants"),
        Q.color("black"),
        wearing("", "non_answer"),
        Q.material("cotton"),
        Q.pattern("solid"),
        describe("pants", "The pants are with cotton fabric and pure color patterns. The pants are of long length."),
        gender="Women",
        title="Marks & Spencer Women Black Solid Wide Leg Lounge Pants",
        category="Lounge Pants",
    ),
]
