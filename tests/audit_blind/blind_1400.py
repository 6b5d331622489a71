"""BLIND_1400 (45 products; Myntra women's nightwear and lingerie): written blind in the sixty-fourth session. Measured
blind at 4e1890e (the session's fourth rules): 82/103 failures found (79.6%) and 8/200 correct texts flagged (4.0%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (bras, briefs and multi-packs, lingerie sets,
babydolls, shapewear, camisoles, thermals, night suits, nightdresses, robes, lounge tees, shorts, pants and joggers).
Catalog shots: a model on a plain light backdrop, often cropped at the chin or the neck for lingerie, wearing the
product with other clothes (jeans, a tee, an open shirt or jacket over a bra, a robe over a slip); a few flat lays of
packs and one of a nursing bra; one back view of a bra; props now and then (a stool, a bed, a teddy bear, a mug).
Columns as the feed has them: title, category (Myntra article type), color (base colour), gender; gender is missing
on two rows.
Who wrote what: captions and every free (open) answer (wearing, describe, details, material, and the open color
questions) come from the epoch-2 checkpoint of the caption adapter (the same unmasked-label training as the published
epoch-1 and epoch-3 adapters), greedy, 50 new tokens for captions and 30 for answers, stopping only when the model
emits a newline. It writes the DeepFashion-MultiModal template ("The upper clothing has ..., cotton fabric and pure
color patterns"), knows no hue names in captions and no fabric outside denim/cotton/chiffon/knitting/furry/other, and
often returns the template, a loop or the prompt format for a question; now and then the base model shows through
with a short plain answer, often right. The closed questions (garment type, color, pattern, sleeve length, the
yes/no garment question, and the per-garment color questions stored closed) are the reference engine's pick from a
closed candidate list, so they are always a clean word, right or wrong.
Labeling conventions and judgement calls: judged against the imagined photo and the title. One label per text, the
most visible fault. A caption or answer that ran to the limit and stops mid-sentence is `cut`; one that ran to the
limit repeating itself is `loop`; one that repeats the `Question: ... Answer:` format is `leak`. DeepFashion fabric
words against a title that names the fabric (chiffon or cotton for Satin, chiffon for Lace, denim for a lace
bralette) are `contradiction`; a fabric, accessory or detail that nothing shows and the title does not state (a hat,
neckwear, a drawstring under a covering top, a neckline seen from the back, "silk" for satin) is `unsupported`.
"The lady wears ..." for a flat lay with nobody in it is `unsupported`; a plain "a bra" for the person question on
a flat lay is left correct (it names the item, invents no one). A single hue for an assorted or multi pack is
`contradiction` (the seller says Assorted/Multi). The color of the jeans, tee, robe or jacket worn with the product
given as the product's color is `other_garment_color`; the sleeve length or material of that other garment is
`contradiction`. "tank top" for a camisole, a shaping camisole or a vest, "shorts" for lounge shorts, "romper" for a
onesie, "beige" for nude and skin, "red" for maroon, "green" for olive, "purple" for lavender and "blue" for teal are
accepted; "shorts" for hipster briefs, "sweater" for a thermal top and "tank top" for a sports bra are not. Template
captions calling a bra "the upper clothing" are accepted; calling it a "tank top" is a contradiction. "The gentleman",
"this man", "his" or "he" for the women models (mostly the headless lingerie shots) is `pronoun`. An empty answer or
"other" / "pure color" for a material or color question is `non_answer`; "It is a shapewear." and "The capris are
capris." are `restated`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1400 = [
    # Photo: model standing, pink short-sleeve round-neck cotton top with a small navy star print, navy full-length
    # pyjamas with a pink star print; barefoot, no jewellery. Caption and open answers: epoch-2 caption adapter;
    # closed answers: reference engine. The caption ran to 50 tokens.
    case(
        "X1400-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and graphic patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a long trousers.", who="she"),
        color_of("top", "pink"),
        color_of("pyjamas", "pink", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        details(
            "night suit",
            "The T-shirt is with cotton fabric and its neckline is round. The trousers are with cotton fabric and "
            "graphic patterns.",
        ),
        gender="Women",
        title="Clovia Women Pink & Navy Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model cropped at the chin, black racerback sports bra, grey melange track pants. Caption and open answers:
    # adapter; closed: reference engine. The person answer ran to 30 tokens.
    case(
        "X1400-002",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        color_of("bra", "black"),
        Q.garment_type("tank top", "contradiction"),
        is_a("bra", "yes"),
        describe("bra", "The upper clothing has no sleeves, cotton fabric and pure color patterns."),
        material("cotton"),
        gender="Women",
        title="Jockey Women Black Solid Non-Wired Non-Padded Sports Bra 1376",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a nude (skin) smooth moulded T-shirt bra under a white long-sleeve shirt worn open, blue jeans.
    # Caption and open answers: adapter; closed: reference engine. The caption ran to 50 tokens and describes the
    # outfit (the shirt as the upper clothing).
    case(
        "X1400-003",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady also "
            "wears an",
            "cut",
            hit_limit=True,
        ),
        color_of("bra", "white", "other_garment_color"),
        Q.color("beige"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        is_a("bra", "yes"),
        describe(
            "bra",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            "contradiction",
        ),
        details("bra", "The bra is with other fabric and pure color patterns. It has a V-shape neckline."),
        gender="Women",
        title="Enamor Skin-Coloured Solid Non-Wired Lightly Padded T-shirt Bra A042",
        category="Bra",
        color="Nude",
    ),
    # Photo: flat lay on white of three hipster briefs, black, nude and maroon, no person. Caption and open answers:
    # adapter; closed: reference engine.
    case(
        "X1400-004",
        caption("The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."),
        wearing(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black", "contradiction"),
        Q.pattern("pure color"),
        is_a("pair of shorts", "no"),
        material("cotton"),
        gender="Women",
        title="Amante Women Pack of 3 Assorted Solid Hipster Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Photo: model standing, barefoot, sky-blue knee-length short-sleeve cotton nightdress with a white floral print,
    # nothing on her wrists. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        wearing("a dress", who="she"),
        color_of("nightdress", "blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        describe(
            "nightdress",
            "The nightdress is a nightdress with short sleeves. The nightdress is a nightdress with short sleeves. "
            "The nightdress is a nightdress with short",
            "loop",
            hit_limit=True,
        ),
        details(
            "nightdress",
            "The dress has short sleeves, cotton fabric and floral patterns. It has a round neckline. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Blue Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model in a peach satin robe with long sleeves, tied at the waist with a sash, knee length; a matching
    # slip shows at the neckline. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-006",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of medium length. The fabric is chiffon and it has pure color patterns. The lady "
            "wears a belt.",
            "contradiction",
        ),
        wearing("The lady wears a long-sleeve shirt with pure color patterns and a long skirt.", "contradiction"),
        color_of("robe", "peach"),
        Q.sleeve_length("long-sleeve"),
        Q.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        is_a("robe", "yes"),
        gender="Women",
        title="Kanvin Women Peach-Coloured Solid Satin Robe",
        category="Robe",
        color="Peach",
    ),
    # Photo: model (face visible) in a black sheer lace babydoll with spaghetti straps, thigh length, a small ring on
    # one finger, no bracelet. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-007",
        caption(
            "The lady wears a sleeveless dress with other patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is short. There is an accessory on her wrist. The lady wears a ring on "
            "her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a sleeveless dress with other patterns."),
        color_of("babydoll", "black"),
        describe("babydoll", "The babydoll is a babydoll.", "restated"),
        details(
            "babydoll",
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        material("The dress is with chiffon fabric.", "contradiction"),
        gender="Women",
        title="N-Gal Women Black Lace Babydoll With Thong",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: model barefoot in a white round-neck half-sleeve tee and grey melange drawstring lounge pants. Caption
    # and open answers: adapter; closed: reference engine.
    case(
        "X1400-008",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a long pants.", who="she"),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("pants"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Women",
        title="Sweet Dreams Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: headless shot, model in a nude seamless high-waist tummy-shaping brief reaching under the bust, with a
    # nude bra; the fabric has the sheen of nylon-spandex. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-009",
        caption(
            "The person wears a tank top with pure color patterns and a three-point shorts. His tank top is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("The person wears a tank top with pure color patterns and a three-point shorts.", "contradiction"),
        Q.color("beige"),
        Q.garment_type("shorts", "contradiction"),
        describe("shapewear", "It is a shapewear.", "restated"),
        material("cotton", "unsupported"),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Swee Women Nude-Coloured Solid Seamless Tummy Tucker Shapewear",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: model sitting on a wooden stool, lavender relaxed half-sleeve round-neck tee, black lounge shorts.
    # Caption and open answers: adapter; closed: reference engine. Caption and description ran to the limit.
    case(
        "X1400-010",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The lady "
            "is sitting on a",
            "cut",
            hit_limit=True,
        ),
        wearing("a t-shirt and shorts", who="she"),
        color_of("t-shirt", "purple"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a three-point",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Women",
        title="Jockey Women Lavender Solid Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: model (face visible) in a red floral-lace padded bra and matching red lace briefs, plain grey backdrop.
    # Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-011",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point shorts. The tank top is with "
            "chiffon fabric. It has a suspenders neckline. The shorts are with chiffon fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a bra and panties"),
        color_of("bra", "red"),
        color_of("briefs", "red"),
        Q.pattern("floral"),
        describe(
            "lingerie set",
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. It has a suspenders neckline. The "
            "lower clothing is of three",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        gender="Women",
        title="Zivame Women Red Lace Padded Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Photo: flat lay of five full briefs fanned out: white, black, navy, pink and one navy-and-white striped; no
    # person. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-012",
        caption("The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."),
        wearing("The lady wears a three-point shorts with pure color patterns.", "unsupported"),
        Q.color("white", "contradiction"),
        is_a("pair of briefs", "yes"),
        material("cotton"),
        details(
            "briefs",
            "The briefs are with cotton fabric and pure color patterns. The briefs are with cotton fabric and pure "
            "color patterns. The briefs are with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Pack of 5 Cotton Full Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in a white cotton camisole with thin straps and blue straight jeans. Caption and open answers:
    # adapter; closed: reference engine.
    case(
        "X1400-013",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing("a tank top and jeans"),
        color_of("camisole", "blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top"),
        describe(
            "camisole",
            "The camisole has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline.",
        ),
        material("denim", "contradiction"),
        gender="Women",
        title="Clovia Women White Solid Cotton Camisole",
        category="Camisoles",
        color="White",
    ),
    # Photo: model in an off-white long-sleeve round-neck thermal top, fitted, with blue jeans. Caption and open
    # answers: adapter; closed: reference engine.
    case(
        "X1400-014",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("sweater", "contradiction"),
        describe("thermal top", "It is a thermal top.", "restated"),
        Q.material(
            "knitting Question: What material is the garment made of? Answer: knitting Question: What material is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Off-White Solid Thermal Top 2520",
        category="Thermal Tops",
        color="Off White",
    ),
    # Photo: model in a plain white tee and yellow cotton lounge shorts with a small avocado print; a thin gold
    # bracelet on her left wrist. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-015",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has graphic patterns. There is an "
            "accessory on her wrist."
        ),
        wearing("a white t-shirt and yellow shorts"),
        color_of("shorts", "yellow"),
        Q.pattern("graphic"),
        details("shorts", "The shorts are short.", "restated"),
        material("cotton"),
        gender="Women",
        title="Bummer Women Yellow Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Yellow",
    ),
    # Photo: model in a black satin short-sleeve notch-collar shirt with white piping and black satin shorts. Caption
    # and open answers: adapter; closed: reference engine. The caption ran to 50 tokens.
    case(
        "X1400-016",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of three-point length. The fabric is other and it has pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts."),
        color_of("shirt", "black"),
        color_of("shorts", "black"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        material("cotton", "contradiction"),
        describe(
            "night suit", "The shirt has short sleeves and a lapel neckline. The shorts are of three-point length."
        ),
        gender="Women",
        title="PrettySecrets Women Black Satin Shirt & Shorts Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in a black long-sleeve round-neck tee and maroon-and-black checked flannel pyjama pants; no
    # jewellery. Caption and open answers: adapter (the top's color asked open); closed: reference engine.
    case(
        "X1400-017",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has lattice patterns."
        ),
        wearing("a black shirt and plaid pants"),
        color_of("pyjamas", "red"),
        color_of(
            "top",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns.",
            "non_answer",
            kind="open",
        ),
        Q.pattern("lattice"),
        Q.garment_type("pants"),
        describe("pyjamas", "The lower clothing is of long length."),
        details(
            "pyjamas",
            "The pyjamas are with cotton fabric and lattice patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Maroon & Black Checked Pyjamas",
        category="Lounge Pants",
        color="Maroon",
    ),
    # Photo: back view, head out of frame: teal lace balconette bra seen from behind (band, hook-and-eye, straps) and
    # matching teal lace briefs. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-018",
        caption(
            "The upper clothing has no sleeves, other fabric and floral patterns. The lower clothing is of "
            "three-point length. The fabric is other and it has floral patterns."
        ),
        wearing("He is wearing a bra and panties", "pronoun"),
        Q.color("blue"),
        Q.pattern("floral"),
        describe(
            "bra",
            "The upper clothing has no sleeves, other fabric and floral patterns. It has a V-shape neckline.",
            "unsupported",
        ),
        details(
            "bra",
            "Question: What are the bra details? Answer: The bra details are Question: What are the bra details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        gender="Women",
        title="Wacoal Women Teal Lace Underwired Padded Balconette Bra",
        category="Bra",
        color="Teal",
    ),
    # Photo: model in a light pink hoodie (hood down) and charcoal grey cuffed lounge joggers, white socks, nothing
    # on her head. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-019",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. The lady wears a hat.",
            "unsupported",
        ),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("joggers", "grey"),
        Q.garment_type("sweatshirt", "contradiction"),
        is_a("pair of pants", "yes"),
        material("cotton"),
        gender="Women",
        title="Van Heusen Woman Charcoal Grey Solid Lounge Joggers",
        category="Lounge Pants",
        color="Charcoal",
    ),
    # Photo: model in a black tank top and black shorts under a sheer white kimono robe with a pink and green floral
    # print, three-quarter sleeves. Caption and open answers: adapter; closed: reference engine. The caption ran to
    # 50 tokens.
    case(
        "X1400-020",
        caption(
            "The upper clothing has medium sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. "
            "This lady also wears an outer clothing, with chiffon fabric and floral patterns. The lower clothing is "
            "of three",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a floral robe"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        describe(
            "robe",
            "The robe is with chiffon fabric and floral patterns. The robe is with chiffon fabric and floral "
            "patterns. The robe is with chiffon",
            "loop",
            hit_limit=True,
        ),
        material("chiffon"),
        gender="Women",
        title="DressBerry Women Multicoloured Floral Print Sheer Kimono Robe",
        category="Robe",
        color="Multi",
    ),
    # Photo: model in a lavender lace padded bralette under an open light-blue denim jacket, white trousers. Caption
    # and open answers: adapter; closed: reference engine. The caption ran to 50 tokens.
    case(
        "X1400-021",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. This "
            "lady also wears an inner clothing, with other fabric and floral patterns. The lower clothing is of long "
            "length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket and a bra"),
        color_of("bra", "blue", "other_garment_color"),
        material("denim", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        is_a("jacket", "no"),
        details("bra", "lace with padded cups"),
        gender="Women",
        title="Clovia Women Lavender Lace Padded Non-Wired Bralette",
        category="Bra",
        color="Lavender",
    ),
    # Photo: model cropped at the neck, black crop sports bra and black cotton boy-short briefs. Caption and open
    # answers: adapter; closed: reference engine.
    case(
        "X1400-022",
        caption(
            "The gentleman wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("The person is wearing a black tank top and black shorts."),
        Q.color("black"),
        Q.garment_type("underwear"),
        details("boy shorts", "they are boy shorts", "restated"),
        material("cotton"),
        gender="Women",
        title="Jockey Women Black Solid Cotton Boy Shorts Briefs 1525",
        category="Briefs",
        color="Black",
    ),
    # Photo: model holding a brown teddy bear, white sleeveless ankle-length cotton nightdress with lace trim at the
    # round neckline. Caption and open answers: adapter (the base model shows through); closed: reference engine.
    case(
        "X1400-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is long. The lady is holding a teddy bear."
        ),
        wearing("a white dress", who="she"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        details("nightdress", "lace trim on the neckline"),
        material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Ms.Lingies Women White Solid Cotton Sleeveless Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Photo: pregnant model in a green knee-length short-sleeve nightdress with a white leaf print and two vertical
    # feeding zips at the bust; a watch on her wrist. Caption and open answers: adapter; closed: reference engine.
    # The caption ran to 50 tokens.
    case(
        "X1400-024",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a green dress"),
        color_of("nightdress", "green"),
        Q.pattern("floral"),
        details("nightdress", "zippers on the front"),
        describe("nightdress", "It is a nightdress with short sleeves and a round neckline."),
        gender="Women",
        title="Morph Maternity Women Green Printed Nursing Nightdress",
        category="Nightdress",
        color="Green",
    ),
    # Photo: model in a white sleeveless round-neck cotton innerwear vest and beige chinos. Caption and open answers:
    # adapter; closed: reference engine. The feed leaves gender empty on this row.
    case(
        "X1400-025",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a white tank top and khaki pants"),
        color_of("vest", "white"),
        Q.garment_type("tank top"),
        describe("vest", "The vest is white."),
        details(
            "vest",
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Jockey Women White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in a rose-pink satin slip nightdress with thin straps, knee length, a fine silver chain necklace.
    # Caption and open answers: adapter (the nightdress color asked open); closed: reference engine.
    case(
        "X1400-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length. The female has neckwear.",
            "contradiction",
        ),
        wearing("a pink dress", who="she"),
        Q.color("pink"),
        color_of("nightdress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        material("satin"),
        details(
            "nightdress",
            "The dress has thin straps. The dress has thin straps. The dress has thin straps. The dress has thin "
            "straps. The dress",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Rose Pink Satin Slip Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: model (face visible) in a black padded strapless tube bra and black trousers. Caption and open answers:
    # adapter; closed: reference engine.
    case(
        "X1400-027",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length.",
            "contradiction",
        ),
        wearing("a black bra and black pants"),
        is_a("bra", "yes"),
        Q.color("black"),
        describe("bra", "The bra has no straps."),
        details(
            "bra",
            "padded cups Question: What are the bra details? Answer: padded cups Question: What are the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Amante Women Black Solid Padded Strapless Tube Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a black shaping camisole (wide straps, smooth compression knit) and black leggings. Caption and
    # open answers: adapter (the description came back empty); closed: reference engine.
    case(
        "X1400-028",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is other and it has pure color patterns."
        ),
        wearing("a black tank top and black leggings"),
        Q.garment_type("tank top"),
        Q.color("black"),
        describe("shapewear", "", "non_answer"),
        material("other", "non_answer"),
        gender="Women",
        title="Dermawear Women Black Solid Body Shaper Camisole",
        category="Shapewear",
        color="Black",
    ),
    # Photo: model in a blue-and-white striped long-sleeve collared button-front pyjama shirt, untucked and covering
    # the waistband, with matching striped full-length pyjamas. Caption and open answers: adapter; closed: reference
    # engine.
    case(
        "X1400-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has striped patterns."
        ),
        wearing("The lady wears a long-sleeve shirt with striped patterns and a long pants.", who="she"),
        color_of("shirt", "blue"),
        color_of("pyjamas", "blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        details(
            "night suit",
            "The shirt has buttons down the front and a collar. The pants have an elastic waist with a drawstring.",
            "unsupported",
        ),
        gender="Women",
        title="Sweet Dreams Women Blue & White Striped Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in an olive crew-neck sweatshirt and matching olive joggers, white sneakers. Caption and open
    # answers: adapter; closed: reference engine.
    case(
        "X1400-030",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a green sweatshirt and green sweatpants"),
        Q.color("green"),
        color_of("joggers", "green"),
        Q.garment_type("sweatshirt"),
        describe(
            "lounge set",
            "The lounge set is a lounge set with a lounge set with a lounge set with a lounge set with a lounge set "
            "with a",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "cotton Question: What is the color of the garment? Answer: green Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Kryptic Women Olive Green Solid Sweatshirt & Joggers Lounge Set",
        category="Co-Ords",
        color="Olive",
    ),
    # Photo: model in a grey melange knee-length short-sleeve T-shirt nightdress with a large Minnie Mouse graphic on
    # the front; nothing shows below the hem but legs. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts.", "contradiction"
        ),
        wearing("a gray t-shirt dress with a minnie mouse on it", who="she"),
        Q.pattern("graphic"),
        Q.color("grey"),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        describe(
            "nightdress",
            "Question: Describe the nightdress. Answer: Question: Describe the nightdress. Answer: Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Grey Melange Minnie Mouse Print Nightdress",
        category="Nightdress",
        color="Grey Melange",
    ),
    # Photo: headless torso shot, pink cotton bikini briefs worn with a white T-shirt bra. Caption and open answers:
    # adapter; closed: reference engine. The feed leaves gender empty on this row.
    case(
        "X1400-032",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("The man is wearing a white bra and pink panties", "pronoun"),
        color_of("briefs", "white", "other_garment_color"),
        Q.pattern("pure color"),
        is_a("bra", "yes", "contradiction"),
        material("cotton"),
        title="Clovia Women Pink Solid Cotton Bikini Briefs",
        category="Briefs",
        color="Pink",
    ),
    # Photo: flat lay on white of a pink cotton nursing bra, drop-down clips visible on the straps; no person.
    # Caption and open answers: adapter (the bra's color asked open); closed: reference engine.
    case(
        "X1400-033",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "female wears a ring on her finger.",
            "unsupported",
        ),
        wearing("The lady wears a sleeveless tank top with pure color patterns.", "unsupported"),
        Q.color("pink"),
        color_of("bra", "The bra is with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        is_a("bra", "yes"),
        details("bra", "The bra has clips on the straps"),
        material("cotton"),
        gender="Women",
        title="Morph Maternity Pink Solid Non-Wired Non-Padded Cotton Nursing Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: model in a white tee with a small printed graphic and navy three-quarter cotton capris, flat sandals.
    # Caption and open answers: adapter; closed: reference engine. The caption ran to 50 tokens.
    case(
        "X1400-034",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of three-quarter length. The fabric is cotton and it has pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a three-quarter pants."),
        color_of("capris", "navy blue"),
        Q.pattern("graphic", "contradiction"),
        details("capris", "The capris are capris.", "restated"),
        Q.garment_type("pants"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Solid Cotton Capris",
        category="Capris",
        color="Navy Blue",
    ),
    # Photo: model barefoot in black thermal leggings and a red long-sleeve round-neck thermal top. Caption and open
    # answers: adapter; closed: reference engine.
    case(
        "X1400-035",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is knitting and it has pure color patterns."
        ),
        wearing("a red top and black leggings", who="she"),
        color_of("leggings", "red", "other_garment_color"),
        Q.garment_type("leggings"),
        describe(
            "leggings",
            "black leggings black leggings black leggings black leggings black leggings black leggings black leggings "
            "black leggings black",
            "loop",
            hit_limit=True,
        ),
        material("knitting"),
        gender="Women",
        title="Jockey Women Black Solid Thermal Leggings 2530",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: model in a white cotton terry bathrobe, shawl collar, belt tied, hair wrapped in a white towel, holding a
    # mug. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-036",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of medium length. The fabric is furry and it has pure color patterns. The lady wears a "
            "hat.",
            "unsupported",
        ),
        wearing("a white robe and a towel on her head"),
        Q.color("white"),
        Q.sleeve_length("long-sleeve"),
        material("cotton"),
        is_a("robe", "yes"),
        describe(
            "bath robe",
            "The upper clothing has long sleeves, furry fabric and pure color patterns. It has a lapel neckline.",
        ),
        gender="Women",
        title="Trident Women White Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: model in a short pink chiffon babydoll with lace cups and a matching sheer pink long-sleeve robe worn
    # open over it. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady also wears an outer clothing, with chiffon fabric and pure color patterns."
        ),
        wearing("She is wearing a pink nightgown and a pink robe.", who="she"),
        Q.color("pink"),
        describe(
            "babydoll",
            "It is a pink dress with a pink robe over it. It is a pink dress with a pink robe over it. It is a pink",
            "loop",
            hit_limit=True,
        ),
        details("babydoll", "lace on the cups"),
        material("chiffon"),
        gender="Women",
        title="N-Gal Women Pink Chiffon Babydoll with Robe",
        category="Baby Dolls",
        color="Pink",
    ),
    # Photo: model sitting on the edge of a bed, olive satin camisole with lace trim at the neckline and olive satin
    # shorts. Caption and open answers: adapter; closed: reference engine. The caption ran to 50 tokens.
    case(
        "X1400-038",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-point length. The fabric is chiffon and it has pure color patterns. The "
            "lady is sitting on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a green tank top and shorts"),
        color_of("camisole", "green"),
        color_of("shorts", "green"),
        material("silk", "unsupported"),
        Q.pattern("pure color"),
        details("camisole", "The camisole has lace on the neckline."),
        gender="Women",
        title="Bannos Swagger Women Olive Satin Camisole & Shorts Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Photo: model in a white oversized tee with "SLEEP MODE ON" printed in black; grey lounge shorts mostly hidden
    # under the hem. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-039",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("white t-shirt with the words sleep mode on"),
        Q.pattern("graphic"),
        Q.color("white"),
        Q.sleeve_length("short-sleeve"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", 'The text on the shirt says "sleep more"', "unsupported"),
        gender="Women",
        title="Bewakoof Women White Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: flat lay of two padded T-shirt bras, one black and one nude, overlapping; no person. Caption and open
    # answers: adapter; closed: reference engine.
    case(
        "X1400-040",
        caption("The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline."),
        wearing("a bra"),
        Q.color("black", "contradiction"),
        is_a("bra", "yes"),
        describe("bra", "two bras, one black and one beige"),
        details(
            "bra",
            "The bra is a bra with a bra with a bra with a bra with a bra with a bra with a bra with a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Pack of 2 Padded Non-Wired T-shirt Bras",
        category="Bra",
        color="Assorted",
    ),
    # Photo: model in a purple-and-white checked flannel button-front nightshirt dress with a chest pocket, knee
    # length, long sleeves rolled up to the elbow, fluffy slippers. Caption and open answers: adapter; closed:
    # reference engine.
    case(
        "X1400-041",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has lattice patterns."
        ),
        wearing("The lady wears a long-sleeve shirt with lattice patterns."),
        Q.sleeve_length("medium-sleeve", "contradiction"),
        Q.pattern("lattice"),
        color_of("nightdress", "purple"),
        details("nightdress", "The shirt has buttons down the front and a pocket on the chest."),
        gender="Women",
        title="Sweet Dreams Women Purple Checked Flannel Long Sleeve Nightdress",
        category="Nightdress",
        color="Purple",
    ),
    # Photo: model in a red fleece hooded onesie with a white snowflake print, front zip, hood down, full length.
    # Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-042",
        caption(
            "The upper clothing has long sleeves, furry fabric and graphic patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is furry and it has graphic patterns."
        ),
        wearing("a red pajama", who="she"),
        Q.garment_type("romper"),
        Q.color("red"),
        Q.pattern("floral", "contradiction"),
        describe(
            "jumpsuit",
            "The jumpsuit has a zipper on the front and a hood. The jumpsuit has a zipper on the front and a hood. "
            "The jumpsuit",
            "loop",
            hit_limit=True,
        ),
        material("fleece"),
        gender="Women",
        title="Clovia Women Red Printed Fleece Hooded Onesie",
        category="Jumpsuit",
        color="Red",
    ),
    # Photo: model (face visible, short hair) in a beige full-coverage wired minimizer bra and grey lounge pants.
    # Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-043",
        caption(
            "This man wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("bra and pants"),
        Q.color("beige"),
        color_of("bra", "grey", "other_garment_color"),
        is_a("bra", "yes"),
        details("bra", "full coverage cups with underwire"),
        describe(
            "bra",
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Lady Lyka Women Beige Solid Wired Non-Padded Full Coverage Minimizer Bra",
        category="Bra",
        color="Beige",
    ),
    # Photo: front view, model in a pink, black and grey colour-blocked sports bra and black leggings; the back is
    # not seen. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-044",
        caption(
            "The upper clothing has no sleeves, cotton fabric and color block patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a sports bra and leggings"),
        Q.color("multicolor"),
        Q.pattern("color block"),
        is_a("bra", "yes"),
        details("sports bra", "The sports bra has a racerback and removable pads", "unsupported"),
        material("other", "non_answer"),
        gender="Women",
        title="Enamor Women Multicoloured Colourblocked Non-Wired Lightly Padded Sports Bra",
        category="Bra",
        color="Multi",
    ),
    # Photo: model in a black satin camisole with lace trim, tucked into light grey lounge pants; gold hoop earrings,
    # no necklace. Caption and open answers: adapter; closed: reference engine.
    case(
        "X1400-045",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The female has "
            "neckwear.",
            "unsupported",
        ),
        wearing("a black tank top and grey pants", who="she"),
        color_of("camisole", "black"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.material(
            "The upper clothing is with other fabric. The lower clothing is with cotton fabric. The upper clothing is "
            "with other fabric. The lower",
            "loop",
            hit_limit=True,
        ),
        details("camisole", "lace trim at the neckline"),
        gender="Women",
        title="Clovia Women Black Lace Trim Satin Camisole",
        category="Camisoles",
        color="Black",
    ),
]
