"""BLIND_1280 (45 products; Myntra women's nightwear, lingerie and loungewear): written blind in the sixty-second
session. Measured blind at c5d464a (the session's eighth rules): 74/84 failures found (88.1%) and 16/180 correct
texts flagged (8.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, bras, briefs,
camisoles, robes, shapewear, thermals, lounge pants, shorts and tees), with the marketplace's columns: title, category
(the article type as Myntra names it), color (the base colour) and gender, one of them left out now and then. The
photos are the catalog's usual shots: a model on a plain backdrop wearing the product with other clothes (jeans, a tee,
lounge pants), a few flat lays, one back view, props now and then (a mug, a pillow, a book, a towel on the head).
Who wrote what: the epoch-2 checkpoint of the caption adapter (trained with the unmasked labels, no end-of-answer
token) wrote every caption and every free answer (wearing, describe, details, material, open color questions): it
writes the DeepFashion template ("The woman is wearing a sleeveless tank top with pure color patterns..."), knows no
bra, robe or brief, often gives fabrics and patterns instead of hues, runs on to the token limit, loops, and now and
then writes the `Question: ... Answer:` format back. The closed questions (garment type, color, pattern, sleeve
length, yes/no "Is this a ...?") were answered by ranking a closed candidate list with the untuned base, so they are
always one clean candidate and fail only by picking the wrong one (often the color of the other garment in the shot).
Labeling conventions and judgement calls: judged by the imagined photo and the title. Near hues are right (peach or
coral as pink/orange, maroon or burgundy as red, mauve or lavender as purple, navy or teal or turquoise as blue/green,
off white or cream as white, nude or skin as beige); a striped or multi-colour product answered with one of its own
colours is right; a print colour given as the garment's colour is a contradiction. A bra called a tank top, briefs
called short pants or shorts, a robe called a coat or jacket, a nightdress called a t-shirt: contradiction (the kind
disagrees with the title). A camisole as tank top, a nightdress as dress, a hoodie as sweater, a thermal top as
sweater, a babydoll as a short dress: right. One piece of a set (the top or the pants of a night suit) is a right
answer for the set. A fabric the title contradicts (cotton for a lace or satin product, chiffon for satin, linen for
cotton) or a detail the photo does not have is unsupported; a plausible fabric the title is silent on is right.
"pure color", "other" or "fabric" for a color or material question, and an empty answer, are non-answers; the
question's own words back are restated. A text that ran to the limit gets hit_limit; it is labeled cut when it ends
mid-phrase, loop when it repeats, leak when it writes the prompt format back, whichever the reader meets first; one
caption ran to the limit and happened to end on a full stop, and stays unmarked. Each wrong text carries one kind.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1280 = [
    # Model standing, pink short-sleeve round-neck top with a small white heart print, matching long pink pyjamas.
    # Caption and free answers: epoch-2 caption adapter; closed: base ranking.
    case(
        "X1280-001",
        caption(
            "The woman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a pink t-shirt and pink pants", who="she"),
        color_of("top", "pink"),
        details(
            "pants",
            "The pants are with cotton fabric and graphic patterns. The pants are with cotton fabric and graphic "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Zivame Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Black lace bra (thin straps, plunge) worn with blue high-waist jeans, cropped at the chin, grey backdrop.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-002",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns and a long trousers. The tank top "
            "is with lace fabric and its neckline is V-shape. The trousers are with denim fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a black bra and blue jeans", who="she"),
        color_of("bra", "black"),
        describe("bra", "The bra is with lace fabric and pure color patterns. Its neckline is V-shape."),
        is_a("bra", "yes"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Clovia Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
    ),
    # Plain white tee, navy lounge pants with thin white vertical stripes and a drawstring, white sneakers.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-003",
        caption(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and striped patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.pattern("striped"),
        details("pants", "The pants are with cotton fabric and striped patterns. The pants are of long length."),
        is_a("pair of jeans", "no"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Striped Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Knee-length peach satin slip nightdress, spaghetti straps, lace trim at the V neckline; model standing.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-004",
        caption(
            "This lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is V-shape. The dress is of medium length.",
            "unsupported",
        ),
        wearing("a pink dress"),
        color_of("nightdress", "peach"),
        material("satin"),
        describe(
            "nightdress",
            "The nightdress is sleeveless and of medium length. The nightdress is with chiffon fabric and pure color "
            "patterns. Its neckline is V-shape. The",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Dreamz by Pantaloons Women Peach Satin Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Black crew-neck tee with grey melange knit shorts, mid-thigh, drawstring and side pockets.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-005",
        caption(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("shorts", "the shorts are short", "restated"),
        is_a("pair of shorts", "yes"),
        wearing(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Knee-length maroon satin robe, long sleeves, belt tied at the waist, white piping on the edges; barefoot.
    # No gender column in this row. Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-006",
        caption(
            "The woman is wearing a long-sleeve coat with pure color patterns. The coat is with other fabric and it "
            "has a lapel neckline. There is a belt on her waist.",
            "contradiction",
        ),
        wearing("a red robe"),
        color_of("robe", "maroon"),
        Q.garment_type("jacket", "contradiction"),
        material("silk", "unsupported"),
        details("robe", "there is a belt on the waist and the sleeves are long"),
        title="Nite Flite Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
    ),
    # Nude seamless shaping bodysuit with wide straps and a brief-cut bottom, cropped at the neck, beige backdrop.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-007",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric "
            "and its neckline is round. She wears a short pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a bodysuit", who="she"),
        color_of("bodysuit", "beige"),
        is_a("swimsuit", "yes", "contradiction"),
        describe("bodysuit", "a nude colored bodysuit with wide straps"),
        gender="Women",
        title="Amante Women Nude Seamless Tummy Shaper Bodysuit",
        category="Shapewear",
        color="Nude",
    ),
    # Sheer red lace babydoll, thin straps, mid-thigh, matching thong barely visible; white backdrop.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-008",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with lace fabric and its "
            "neckline is V-shape. The dress is of short length."
        ),
        wearing("a red lingerie"),
        color_of(
            "babydoll",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        is_a("dress", "yes"),
        gender="Women",
        title="Enamor Women Red Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
    ),
    # Lavender oversized tee with a small white "sleepy" text print on the chest, white joggers, sitting on a stool.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-009",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. She",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a purple t-shirt and white pants", who="she"),
        color_of("t-shirt", "white", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        details("t-shirt", "there is a text on the chest"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. Its neckline is round. The T-shirt is with cotton "
            "fabric and graphic patterns. Its neckline",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Lazy Shark Women Lavender Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Flat lay on white: black pyjama bottoms with a small white star print and an elastic waist; no person.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-010",
        caption("The pants are of long length. The pants are with cotton fabric and graphic patterns."),
        color_of("pants", "black"),
        wearing("a pair of black pants"),
        Q.pattern("graphic"),
        material("cotton"),
        is_a("pair of leggings", "yes", "contradiction"),
        gender="Women",
        title="Clovia Women Black Printed Pyjamas",
        category="Pyjamas",
        color="Black",
    ),
    # Back view: white padded bra showing the hook closure and adjustable straps, grey lounge pants.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-011",
        caption(
            "The person is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white bra and grey pants", who="she"),
        color_of("bra", "grey", "other_garment_color", kind="open"),
        details("bra", "there is a hook on the back"),
        is_a("bra", "yes"),
        Q.color("white"),
        gender="Women",
        title="Triumph Women White Padded Wired T-shirt Bra",
        category="Bra",
        color="White",
    ),
    # Teal ribbed camisole with thin adjustable straps, black lounge pants.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-012",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with knitted fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("camisole", "blue"),
        wearing("she is wearing a black tank top and black pants", "other_garment_color", who="she"),
        Q.sleeve_length("sleeveless"),
        describe(
            "camisole",
            "Question: Describe the camisole. Answer: The camisole is with knitted fabric and pure color patterns. "
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Teal Camisole",
        category="Camisoles",
        color="Teal",
    ),
    # Off-white long-sleeve round-neck fitted thermal top with blue jeans.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-013",
        caption(
            "The woman is wearing a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with knitted fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("white"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        material("knitted"),
        wearing(
            "she is wearing a sweater and a jeans. The sweater is with knitted fabric and its neckline is round. The "
            "jeans are",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("top", "the top has long sleeves and a round neck"),
        gender="Women",
        title="Kanvin Women Off White Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Blue-and-white checked long-sleeve button-down shirt with notch collar and piping, matching checked pants.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-014",
        caption(
            "This woman is wearing a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and lattice patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        color_of("shirt", "blue"),
        wearing("a blue and white shirt and blue and white pants", who="she"),
        details("shirt", "the shirt has buttons on the front and a collar"),
        describe("pants", "The pants are with cotton fabric and lattice patterns. The pants are of long length."),
        gender="Women",
        title="Slumber Jill Women Blue & White Checked Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Flat lay: three cotton briefs side by side, black, white and pink; no person.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-015",
        caption(
            "The lady wears a short pants. The pants are with cotton fabric and pure color patterns.", "contradiction"
        ),
        wearing("three pairs of panties"),
        color_of("briefs", "black"),
        material("cotton"),
        Q.garment_type("shorts", "contradiction"),
        describe(
            "briefs",
            "The briefs are with cotton fabric and pure color patterns. The briefs are with cotton fabric and pure "
            "color patterns. The briefs",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Pack of 3 Cotton Briefs",
        category="Briefs",
        color="Multi",
    ),
    # White crop tank and olive green joggers with cuffed ankles and a drawstring, white sneakers.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-016",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "green", kind="open"),
        Q.color("white", "other_garment_color"),
        details("joggers", "there is a belt on the waist and a pocket on the back", "unsupported"),
        wearing("a white tank top and green pants"),
        gender="Women",
        title="Bitterlime Women Olive Green Solid Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
    ),
    # Purple satin short-sleeve notch-collar shirt with white piping and a chest pocket, matching shorts.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-017",
        caption(
            "This lady is wearing a short-sleeve shirt with pure color patterns and a short pants. The shirt is with "
            "other fabric and it has a lapel neckline. The pants are with other fabric and pure color patterns."
        ),
        wearing("she is wearing a purple pajama set", who="she"),
        color_of("shorts", "purple", kind="open"),
        material("cotton", "unsupported"),
        details("shirt", "white piping on the collar and the pocket"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Women",
        title="Mystere Paris Women Purple Satin Shirt & Shorts Night Suit",
        category="Night suits",
        color="Purple",
    ),
    # Black lace bra and matching brief, a small satin bow at the centre of the bra, model with a hand on her hip.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-018",
        caption(
            "This man is wearing a sleeveless tank top with pure color patterns and a short pants. The tank top is "
            "with other fabric. The pants are with other fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a black bra and black panties"),
        color_of("bra", "black"),
        is_a("bikini", "yes", "contradiction"),
        describe("set", "The set is with lace fabric and pure color patterns. There is a bow on the front."),
        details("panty", "the panty is a panty", "restated"),
        gender="Women",
        title="Amante Women Black Lace Bra and Panty Lingerie Set",
        category="Lingerie Set",
        color="Black",
    ),
    # Knee-length yellow short-sleeve t-shirt nightdress with a big cartoon bear on the front.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-019",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        color_of("nightdress", "yellow"),
        Q.pattern("graphic"),
        wearing("a yellow t-shirt with a bear on it", "contradiction", who="she"),
        details("nightdress", "there is a teddy bear on the front"),
        describe("nightdress", "a yellow nightdress with a cartoon bear on the front and short sleeves"),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # Black racerback sports bra with a white logo band, black leggings, plain grey backdrop.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-020",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns and a long leggings. The tank top is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color_of("bra", "black", kind="open"),
        wearing("a black sports bra and black leggings"),
        Q.color("black"),
        details("bra", "the bra has a racer back and a white band"),
        material("cotton"),
        gender="Women",
        title="Jockey Women Black Racerback Sports Bra",
        category="Bra",
        color="Black",
    ),
    # White tee and solid pink cotton shorts with white piping and an elastic waist.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-021",
        caption(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "pink", kind="open"),
        Q.color("white", "other_garment_color"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are of short length. The shorts "
            "are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and pink shorts", "pronoun"),
        gender="Women",
        title="SHYAWAY Women Pink Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
    ),
    # Ankle-length mauve nighty with a lace yoke, short cap sleeves, a V neck and a front button placket.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-022",
        caption(
            "This lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is V-shape. The dress is of long length."
        ),
        color_of("nighty", "purple"),
        wearing("a purple dress", who="she"),
        describe(
            "nighty",
            "a long purple dress with lace on the top and buttons on the front. The dress is with cotton fabric and "
            "pure color patterns. The dress",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Dreamz by Pantaloons Women Mauve Lace Detail Maxi Nighty",
        category="Nightdress",
        color="Mauve",
    ),
    # Loose sea green kaftan with a white and pink paisley print, batwing sleeves, midi length; holding a mug.
    # No gender column in this row. Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-023",
        caption(
            "The woman is wearing a medium-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory in her hand.",
            hit_limit=True,
        ),
        color_of("kaftan", "green"),
        wearing("a green dress and a cup of coffee", who="she"),
        Q.pattern("floral"),
        details("kaftan", "the kaftan is a kaftan with a kaftan", "restated"),
        material("chiffon"),
        title="Clovia Women Sea Green Printed Kaftan Nightdress",
        category="Nightdress",
        color="Sea Green",
    ),
    # Grey melange hoodie with a kangaroo pocket and drawstrings, black lounge joggers.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-024",
        caption(
            "The woman is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and it has a hooded neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey hoodie and black pants", who="she"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt"),
        details(
            "hoodie",
            "there is a pocket on the front and a hood. The sweater is with cotton fabric and it has a hooded "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        material("fabric", "non_answer"),
        gender="Women",
        title="ONLY Women Grey Melange Hooded Lounge Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Burgundy terry bathrobe with a shawl collar, belt and patch pockets, white towel wrapped on her head.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-025",
        caption(
            "The woman is wearing a long-sleeve coat with pure color patterns. The coat is with furry fabric and it "
            "has a lapel neckline. There is an accessory on her head. The coat is with furry fabric and it has a "
            "lapel neckline. There is an",
            "loop",
            hit_limit=True,
        ),
        color_of("bathrobe", "red"),
        wearing("a robe and a towel on her head", who="she"),
        material("cotton"),
        is_a("coat", "yes", "contradiction"),
        details("bathrobe", "two pockets on the front and a belt"),
        gender="Women",
        title="Zivame Women Burgundy Cotton Bathrobe",
        category="Bath Robe",
        color="Burgundy",
    ),
    # White camisole with thin straps tucked into light blue denim shorts.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-026",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a short denim pants. The tank top "
            "is with cotton fabric and its neckline is round. The denim pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        wearing("a white tank top and denim shorts", who="she"),
        describe("camisole", "it is a camisole", "restated"),
        gender="Women",
        title="Enamor Women White Solid Camisole",
        category="Camisoles",
        color="White",
    ),
    # Navy thermal leggings with a grey long-sleeve tee, model standing, full length.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-027",
        caption(
            "This woman is wearing a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with knitted fabric and pure color "
            "patterns."
        ),
        color_of("leggings", "navy blue", kind="open"),
        Q.color("grey", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "The leggings are of long length. The leggings are with knitted fabric and pure color patterns. The "
            "leggings are of long length. The leggings are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Navy Blue Thermal Leggings",
        category="Thermal Bottoms",
        color="Navy Blue",
    ),
    # Black straight lounge pants with an elastic waist, worn with a beige long-sleeve knit top.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-028",
        caption(
            "This woman is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with knitted fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("black pants and a beige sweater", who="she"),
        color_of("pants", "black"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. The pants are "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        gender="Women",
        title="Van Heusen Woman Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Coral short-sleeve top with a white floral print and matching coral capri pants; model cross-legged on a cushion.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-029",
        caption(
            "The lady is wearing a short-sleeve T-shirt with floral patterns and a three-point pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and floral patterns."
        ),
        color_of("top", "orange"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        wearing(
            "she is wearing a pink shirt and pink pants. The shirt is with cotton fabric and floral patterns. The "
            "pants are with cotton fabric and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        material("denim", "unsupported"),
        gender="Women",
        title="Sweet Dreams Women Coral Printed Capri Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Red long-sleeve button-down top with a white heart print, matching pyjamas; she holds a white pillow.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-030",
        caption(
            "This woman is wearing a long-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and graphic patterns. There "
            "is an accessory in",
            "cut",
            hit_limit=True,
        ),
        wearing("a red pajama set and a pillow", who="she"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        details("shirt", "the shirt has hearts on it"),
        is_a("dress", "no"),
        gender="Women",
        title="Clovia Women Red Heart Print Cotton Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # Beige padded t-shirt bra worn with white high-waist jeans, hands in her hair.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-031",
        caption(
            "The upper clothing is sleeveless. The upper clothing is with cotton fabric and pure color patterns. The "
            "lower clothing is of long length. The lower clothing is with denim fabric."
        ),
        wearing("a bra", who="she"),
        color_of("bra", "white", "other_garment_color", kind="open"),
        Q.color("beige"),
        is_a("bra", "yes"),
        details(
            "bra",
            "the bra has padded cups and adjustable straps. The bra has padded cups and adjustable straps. The bra "
            "has padded cups",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="PrettySecrets Women Beige Solid Padded T-shirt Bra",
        category="Bra",
        color="Beige",
    ),
    # Cropped shot of the hips: blue briefs with a small white floral print and a lace waistband, a white tank hem.
    # No gender column in this row. Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-032",
        caption(
            "The person wears a short pants. The pants are with cotton fabric and floral patterns.", "contradiction"
        ),
        color_of("briefs", "blue"),
        Q.pattern("floral"),
        describe("briefs", "The briefs are with cotton fabric and floral patterns. There is a lace on the waist."),
        wearing("a white shirt and underwear"),
        title="Amante Women Blue Printed Bikini Briefs",
        category="Briefs",
        color="Blue",
    ),
    # Black satin slip nightdress under an open matching knee-length black robe with lace cuffs.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-033",
        caption(
            "This woman is wearing a long-sleeve coat with pure color patterns and a sleeveless dress. The coat is "
            "with other fabric. The dress is with other fabric and pure color patterns. The dress is of medium length.",
            "contradiction",
        ),
        color_of("nightdress", "black"),
        wearing("a black robe and a black nightgown", who="she"),
        material("satin"),
        details("robe", "lace on the sleeves"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Nite Flite Women Black Satin Nightdress with Robe",
        category="Nightdress",
        color="Black",
    ),
    # Cream cotton shorts with a lace hem, worn with a navy camisole.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-034",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a short pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "white", kind="open"),
        wearing("a blue tank top and white shorts", who="she"),
        details(
            "shorts",
            "lace on the bottom Question: What are the shorts details? Answer: lace on the bottom Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Cream Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Cream",
    ),
    # Black high-waist shaper shorts to mid-thigh, worn with a white cropped tee.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-035",
        caption(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns and a short leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with knitted fabric and pure color "
            "patterns."
        ),
        color_of("shorts", "black"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "", "non_answer"),
        details("shorts", "high waist"),
        gender="Women",
        title="Zivame Women Black High-Waist Tummy Shaper Shorts",
        category="Shapewear",
        color="Black",
    ),
    # Knee-length white night shirt with blue vertical stripes, roll-up long sleeves, collar, buttons, chest pocket.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-036",
        caption(
            "This lady is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The shirt is of long length."
        ),
        color_of("shirt", "blue"),
        Q.pattern("striped"),
        is_a("shirt", "yes"),
        wearing("a striped shirt dress", who="she"),
        details("shirt", "there is a pocket on the chest and buttons on the front"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kanvin Women White & Blue Striped Night Shirt",
        category="Nightdress",
        color="White",
    ),
    # Pink tee with a white "SLEEP MODE" text print and matching pink shorts with an allover white text print.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-037",
        caption(
            "The woman is wearing a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a pink t-shirt and pink shorts", who="she"),
        details("t-shirt", "there is a text on the chest that says sleep mode"),
        color_of(
            "shorts",
            "pink Question: What is the color of the t-shirt? Answer: pink Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Lazy Shark Women Pink Graphic T-shirt & Shorts Lounge Set",
        category="Night suits",
        color="Pink",
    ),
    # Maroon long-sleeve thermal top and maroon thermal leggings, white socks; no zipper, no pocket.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-038",
        caption(
            "The woman is wearing a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("top", "maroon"),
        color_of("leggings", "The leggings are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        wearing("a red shirt and red leggings", who="she"),
        Q.garment_type("leggings"),
        details("top", "there is a zipper on the front and a pocket on the chest", "unsupported"),
        gender="Women",
        title="Dreamz by Pantaloons Women Maroon Thermal Top & Bottom Set",
        category="Thermal Set",
        color="Maroon",
    ),
    # Lavender non-wired nursing bra with a drop-down clip on the strap, white lounge pants, her hand on the clip.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-039",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("bra", "purple"),
        details("bra", "there is a clip on the strap"),
        wearing("a purple bra and white pants", who="she"),
        describe("bra", "a purple bra with a clip on the strap"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Enamor Women Lavender Non-Wired Nursing Bra",
        category="Bra",
        color="Lavender",
    ),
    # Brown and tan leopard print satin shirt and long pants with black piping.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-040",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns and a long pants. The shirt is with other "
            "fabric and it has a lapel neckline. The pants are with other fabric and graphic patterns."
        ),
        Q.pattern("floral", "contradiction"),
        color_of("shirt", "brown", kind="open"),
        wearing(
            "She is wearing a leopard print shirt and pants. She is wearing a leopard print shirt and pants. She is "
            "wearing a leopard",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.color("brown"),
        material("satin"),
        gender="Women",
        title="Clovia Women Brown Leopard Print Night Suit",
        category="Night suits",
        color="Brown",
    ),
    # Skin-tone seamless camisole with wider straps, grey track pants.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-041",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with knitted fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("camisole", "grey", "other_garment_color"),
        wearing("a tank top and sweatpants", who="she"),
        details("camisole", "the camisole is seamless"),
        Q.sleeve_length("sleeveless"),
        material("other", "non_answer"),
        gender="Women",
        title="Jockey Women Skin Seamless Camisole",
        category="Camisoles",
        color="Skin",
    ),
    # Turquoise wide-leg lounge pants with a drawstring, a white tee with a small print, half tucked.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-042",
        caption(
            "The woman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        Q.color("blue"),
        details(
            "pants",
            "The pants are of long length. The pants are of long length. The pants are of long length. The pants are "
            "of long length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white t-shirt and blue pants", "pronoun"),
        is_a("pair of pants", "yes"),
        gender="Women",
        title="Sweet Dreams Women Turquoise Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Turquoise Blue",
    ),
    # Flat lay: two camisoles side by side, one black, one white; no person.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-043",
        caption("The upper clothing is sleeveless. The upper clothing is with cotton fabric and pure color patterns."),
        wearing("a black tank top", "contradiction"),
        color_of("camisole", "black"),
        Q.garment_type("tank top"),
        is_a("bra", "no"),
        describe("camisoles", "two camisoles, one black and one white"),
        gender="Women",
        title="Bodycare Women Pack of 2 Black & White Camisoles",
        category="Camisoles",
        color="Black",
    ),
    # Navy nightdress with white polka dots, short sleeves, knee length, buttons to the waist.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-044",
        caption(
            "This lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        color_of("nightdress", "white", "contradiction", kind="open"),
        Q.pattern("graphic"),
        wearing("a blue polka dot dress", who="she"),
        details("nightdress", "buttons on the front and white dots"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Zivame Women Navy Blue Polka Dot Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Off-white long-sleeve cotton shirt with navy piping and a chest pocket, matching pants; holds a navy book.
    # Caption and free answers: caption adapter; closed: base ranking.
    case(
        "X1280-045",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and white pants and a book", who="she"),
        color_of("shirt", "white"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("shirt", "The shirt has a pocket on the chest."),
        material("linen", "unsupported"),
        describe("shirt", "it's a shirt", "restated"),
        gender="Women",
        title="Nite Flite Women Off-White Cotton Shirt & Pyjama Night Suit",
        category="Night suits",
        color="Off White",
    ),
]
