"""BLIND_1471 (46 products; Myntra women's activewear, epoch-2 captions): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 48/67 failures found (71.6%) and 12/255 correct texts flagged
(4.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear (sports bras, tights and leggings, joggers and track
pants, track jackets, tees, tanks, a tracksuit, a skort). Columns as the feed has them: title, category (Myntra's
article type), color (its base colour), gender ("Women"); a few rows lack one of them. Photos are the usual catalog
shots: a model on a plain light backdrop wearing the product with other activewear (the bra with tights, the tights
with a tee or a bra top), now and then a back view, two flat lays, props (water bottle, yoga mat, dumbbell).
Who wrote what: every caption comes from the epoch-2 caption adapter (DeepFashion-MultiModal template style; it has
no hue names and always names a fabric, nearly always cotton; it mostly stops now, but a two-garment outfit fills
the 50-token limit, so captions with a third sentence are cut, and a few fall into a loop). Every other text comes
from the reference engine: the closed questions (garment type, color, pattern, sleeve length, neckline, length,
the yes/no garment question, the color of a named garment) ranked over candidate answers, with raw text kept when
it did not map; the open ones (what the person is wearing, the material) by its free generation, 30 new tokens.
Labeling conventions and judgement calls: judged by the photo I imagined and the title. The caption's "tank top /
tank shirt with no sleeves" for a sports bra is the template's nearest word and is not marked; "long trousers" for
tights likewise. The caption's "cotton fabric" is marked unsupported only where the title names a synthetic fabric
or a fabric technology (Rapid-Dry, dryCELL, Dri-FIT, HeatGear...); where the title is silent it is left alone,
unless a worse fault in the same caption took the label. One label per text: a cut caption that also says cotton
is labeled cut. A caption that ran to the limit but happened to end at a full stop with nothing wrong is marked
hit_limit and left unlabeled. Tights vs leggings and joggers vs track pants are treated as the same garment; olive
"green", teal "green", mustard "yellow", charcoal "grey", off-white "white", peach "pink", maroon "red" are accepted
as the same color. Side stripes or piping count as "striped". Navy answered "black" is a contradiction of the
seller's color; a color that belongs to the other garment in the photo is other_garment_color. A sleeve length given
for a bottom (tights, a skort: it is the top's sleeves) is a contradiction. "nothing" to what the person is wearing
is a non-answer; "it is made of material" is restated. Material answers are judged against the product page's
fabric, which the comment above the case gives where the title does not.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

NECKLINE = question("neckline", "What is the neckline of the garment?", "closed")
LENGTH = question("length", "What is the length of the garment?", "closed")

BLIND_1471 = [
    # Photo: model front, black full-length tights, white short-sleeve tee untucked, white trainers. Fabric on the
    # product page: polyester/elastane. Caption: epoch-2 caption adapter (ran to 50 tokens); the rest: reference engine.
    case(
        "X1471-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        LENGTH("full length"),
        Q.material("nylon", "unsupported"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Rapid-Dry Solid Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, pink solid sports bra (Enamor cotton-elastane), black full-length tights.
    # Caption: epoch-2 caption adapter; the rest: reference engine (the color question picked the tights' black).
    case(
        "X1471-002",
        caption(
            "This woman is wearing a tank shirt with no sleeves, cotton fabric and pure color patterns. The neckline "
            "of the tank shirt is suspenders. The woman wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        color_of("sports bra", "pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        wearing("a pink sports bra and black leggings"),
        gender="Women",
        title="Enamor Women Pink Solid Non-Wired Lightly Padded Sports Bra SB06",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: model front, dark navy tee (reads almost black under the studio light), grey melange joggers.
    # dryCELL is Puma's polyester. Caption: epoch-2 caption adapter; the rest: reference engine.
    case(
        "X1471-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        NECKLINE("round neck"),
        wearing("a black shirt and grey pants", "contradiction"),
        Q.material("polyester"),
        gender="Women",
        title="Puma Women Navy Blue Solid Round Neck dryCELL Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model front, black track jacket with three white stripes down the sleeves, zipped to the chest, black
    # leggings; bare wrists, no jewellery. Caption: epoch-2 caption adapter; the rest: reference engine (the color
    # answer is raw text kept because it did not map to one candidate).
    case(
        "X1471-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and stripe patterns. It has a stand-up collar "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        is_a("track jacket", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="Adidas Women Black Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model front, pink sports bra with a small white Swoosh, white running shorts.
    # Caption: epoch-2 caption adapter (a man's template); the rest: reference engine.
    case(
        "X1471-005",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        wearing("a pink sports bra and pink shorts", "contradiction"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women Pink Dri-FIT Swoosh Medium-Support Padded Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: model front, teal full-length tights with a black tropical-leaf print, black bra top.
    # Caption: epoch-2 caption adapter; the rest: reference engine (color and wearing gave the tights the top's black).
    case(
        "X1471-006",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and floral patterns."
        ),
        Q.garment_type("tights"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        LENGTH("full length"),
        is_a("pair of leggings", "yes"),
        color_of("tights", "teal"),
        wearing("a black top and black leggings", "other_garment_color"),
        gender="Women",
        title="Zelocity by Zivame Women Teal Printed Full-Length Tights",
        category="Tights",
        color="Teal",
    ),
    # Photo: model front, lavender hooded sweatshirt with the hood down, white joggers, white trainers; no hat.
    # Caption: epoch-2 caption adapter; the rest: reference engine.
    case(
        "X1471-007",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. This lady wears a hat.",
            "unsupported",
        ),
        Q.garment_type("hoodie"),
        Q.color("lavender"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        wearing("a purple hoodie and white pants"),
        gender="Women",
        title="Campus Sutra Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Photo: back view, black high-rise tights with a small logo on the waistband, black short-sleeve crop top.
    # Caption: epoch-2 caption adapter (looped to the limit); the rest: reference engine (the sleeve length is the
    # crop top's).
    case(
        "X1471-008",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with cotton fabric and pure color patterns. The leggings are with cotton "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("pair of tights", "yes"),
        LENGTH("full length"),
        gender="Women",
        title="Reebok Women Black Lux High-Rise Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, olive slim-fit joggers with cuffed hems, white bra top, white trainers.
    # Caption: epoch-2 caption adapter; the rest: reference engine.
    case(
        "X1471-009",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("joggers"),
        Q.color("olive"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        Q.material("cotton"),
        wearing("a white sports bra and green sweatpants"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Olive Green Solid Slim Fit Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: flat lay on white, black sports bra with a small grey geometric print; no model.
    # Caption: epoch-2 caption adapter (puts a lady in it); the rest: reference engine (missed the print).
    case(
        "X1471-010",
        caption(
            "The lady wears a tank top with complicated patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Black Printed Padded Non-Wired Medium Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model front, black cotton tee with a large white cat-logo graphic, grey shorts.
    # Caption: epoch-2 caption adapter; the rest: reference engine. All right.
    case(
        "X1471-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        NECKLINE("round neck"),
        gender="Women",
        title="Puma Women Black Graphic Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, maroon running shorts (short, split hem), white tank top.
    # Caption: epoch-2 caption adapter (long pants for shorts); the rest: reference engine.
    case(
        "X1471-012",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("shorts"),
        Q.color("maroon"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        Q.material("polyester"),
        wearing("a white tank top and red shorts"),
        gender="Women",
        title="Adidas Women Maroon Own The Run Running Shorts",
        category="Shorts",
        color="Maroon",
    ),
    # Photo: model front, black running jacket worn open over a pink sports bra, black tights.
    # Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-013",
        caption(
            "This lady wears an outer clothing, with cotton fabric and pure color patterns. The upper clothing has no "
            "sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. The fabric is "
            "cotton and it has pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        color_of("jacket", "pink", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("jacket", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Nike Women Black Dri-FIT Essential Running Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model front, grey melange slim track pants (Jockey cotton-elastane), navy tee.
    # Caption: epoch-2 caption adapter (reached the limit right at a full stop; nothing wrong); the rest: reference
    # engine.
    case(
        "X1471-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        color_of("track pants", "grey"),
        Q.pattern("solid"),
        Q.material("cotton"),
        wearing("a blue shirt and gray pants"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Slim Fit Track Pants 1301",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model front holding a water bottle, coral seamless longline sports bra, black leggings.
    # Nylon/spandex on the product page. Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-015",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("crop top", "contradiction"),
        Q.color("coral"),
        is_a("sports bra", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("nylon"),
        gender="Women",
        title="Kica Women Coral Seamless Longline Medium Support Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Photo: model front, navy tracksuit (zip jacket with a thin white sleeve stripe, matching pants).
    # Caption: epoch-2 caption adapter; the rest: reference engine (named only the jacket as the garment type).
    case(
        "X1471-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand-up collar "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("polyester"),
        wearing("a blue jacket and blue pants"),
        gender="Women",
        title="Alcis Women Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model front holding a dumbbell, black ankle-length leggings, white racerback tank.
    # Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-017",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "This lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        LENGTH("ankle length"),
        is_a("pair of leggings", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="Under Armour Women Black HeatGear Armour Mid-Rise Ankle Leggings",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, pink running tee with black side panels, black shorts.
    # Caption: epoch-2 caption adapter (cotton for Rapid-Dry); the rest: reference engine.
    case(
        "X1471-018",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("colorblocked"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "pink"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Pink & Black Colourblocked Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: back view, navy full-coverage racerback sports bra (cotton-elastane), grey leggings.
    # Caption: epoch-2 caption adapter; the rest: reference engine (from the back it took the bra for a tank).
    case(
        "X1471-019",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("navy blue"),
        is_a("sports bra", "yes"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Enamor Women Navy Blue Full Coverage Non-Padded Racerback Sports Bra SB08",
        category="Sports Bra",
        color="Navy Blue",
    ),
    # Photo: model front, teal tights with a black geometric print, black loose tee. No gender column in this row.
    # Caption: epoch-2 caption adapter (cut); the rest: reference engine (the material ran into a list).
    case(
        "X1471-020",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long leggings. The leggings are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("teal"),
        Q.pattern("printed"),
        color_of("tights", "black", "other_garment_color"),
        Q.material(
            "spandex, polyester, nylon, spandex, polyester, nylon, spandex, polyester, nylon, spandex, polyester",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Teal Blue Printed Training Tights",
        category="Tights",
        color="Teal",
    ),
    # Photo: model front, white scoop-neck training tank, black tights. Caption: epoch-2 caption adapter; the rest:
    # reference engine. All right.
    case(
        "X1471-021",
        caption(
            "This woman is wearing a tank shirt with no sleeves, cotton fabric and pure color patterns. The neckline "
            "of the tank shirt is round. The woman wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        NECKLINE("round neck"),
        wearing("a white tank top and black leggings"),
        gender="Women",
        title="Adidas Women White Solid Training Tank Top",
        category="Tops",
        color="White",
    ),
    # Photo: model front, black pleated golf skort, white short-sleeve polo.
    # Caption: epoch-2 caption adapter (looped); the rest: reference engine.
    case(
        "X1471-022",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of short length. The lower clothing is of short length. The lower clothing is of short "
            "length. The lower",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("black"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        LENGTH("above knee"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women Black Dri-FIT Club Golf Skort",
        category="Skirts",
        color="Black",
    ),
    # Photo: model front, peach padded sports bra, grey melange joggers.
    # Caption: epoch-2 caption adapter; the rest: reference engine (color picked the joggers).
    case(
        "X1471-023",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "peach"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        wearing("a pink sports bra and grey sweatpants"),
        gender="Women",
        title="Zelocity by Zivame Women Peach Solid Padded Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Photo: model front, charcoal lightweight zip jacket (hood down, nothing round the neck), black leggings.
    # Polyester on the product page. Caption: epoch-2 caption adapter; the rest: reference engine.
    case(
        "X1471-024",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand-up collar "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "female has neckwear.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("track jacket", "yes"),
        Q.material("nylon", "unsupported"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Charcoal Grey Solid Lightweight Training Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: model front beside a rolled yoga mat, black flared yoga pants, grey tee.
    # Caption: epoch-2 caption adapter; the rest: reference engine (flared pants are not leggings).
    case(
        "X1471-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("pair of leggings", "yes", "contradiction"),
        LENGTH("full length"),
        gender="Women",
        title="Marks & Spencer Women Black Solid Cotton Rich Flared Yoga Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model front, yellow mid-impact sports bra, black shorts.
    # Caption: epoch-2 caption adapter; the rest: reference engine (material ran on into the next prompt).
    case(
        "X1471-026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        Q.material("polyester Question: What is the color of the garment? Answer: yellow", "leak"),
        gender="Women",
        title="Puma Women Yellow Solid Mid Impact Sports Bra",
        category="Sports Bra",
        color="Yellow",
    ),
    # Photo: model front, purple tee with a fine white speckle print all over, black tights. Polyester on the
    # product page. Caption: epoch-2 caption adapter (cut); the rest: reference engine (missed the speckle).
    case(
        "X1471-027",
        caption(
            "The lady wears a short-sleeve T-shirt with mixed patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        wearing("a purple shirt and black leggings"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Reebok Women Purple Printed Workout Ready Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # Photo: model front, black 7/8 tights ending above the ankle bone, white tee.
    # Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        LENGTH("full length", "contradiction"),
        is_a("pair of tights", "yes"),
        wearing("a white t-shirt and black leggings"),
        gender="Women",
        title="ASICS Women Black Core 7/8 Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: back view, red slim-fit running tee (round neck on the product page), black shorts.
    # Caption: epoch-2 caption adapter; the rest: reference engine (guessed the neckline from the back).
    case(
        "X1471-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        NECKLINE("v-neck", "contradiction"),
        Q.material("polyester"),
        gender="Women",
        title="Alcis Women Red Solid Slim Fit Running T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model front, navy track pants with white side piping, white tee. No color column in this row.
    # Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-030",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long pants. The pants are with cotton fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        color_of("track pants", "white", "other_garment_color"),
        wearing("a white t-shirt and blue pants"),
        gender="Women",
        title="Proline Active Women Navy Blue Solid Track Pants",
        category="Track Pants",
    ),
    # Photo: model front, black seamless long-sleeve crop top, matching black leggings. Nylon blend.
    # Caption: epoch-2 caption adapter; the rest: reference engine. All right.
    case(
        "X1471-031",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("crop top"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("sports bra", "no"),
        Q.material("nylon"),
        wearing("a black top and black leggings", who="she"),
        gender="Women",
        title="Kica Women Black Solid Seamless Long Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model front, grey melange crew sweatshirt with a black logo print on the chest, black leggings.
    # Caption: epoch-2 caption adapter; the rest: reference engine (wearing gave the leggings the sweatshirt's grey).
    case(
        "X1471-032",
        caption(
            "The upper clothing has long sleeves, knitting fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        wearing("a grey sweatshirt and grey leggings", "contradiction"),
        gender="Women",
        title="Puma Women Grey Melange Essentials Logo Print Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model front, pink track jacket with white and grey sleeve panels, half zipped over a white tee, black
    # tights. Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-033",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. It has a stand-up collar "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "lady wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pink"),
        Q.pattern("colorblocked"),
        Q.sleeve_length("long sleeves"),
        is_a("track jacket", "yes"),
        color_of("jacket", "black", "other_garment_color"),
        gender="Women",
        title="Puma Women Pink Colourblocked Track Jacket",
        category="Jackets",
        color="Pink",
    ),
    # Photo: model front standing on a yoga mat, black racerback sports bra (cotton-elastane), black leggings.
    # Caption: epoch-2 caption adapter (a gentleman); the rest: reference engine.
    case(
        "X1471-034",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The gentleman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        Q.material("cotton"),
        wearing("a black sports bra and black leggings"),
        gender="Women",
        title="Jockey Women Black Solid Racerback Sports Bra 1376",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model front, mustard cuffed joggers, white cropped tee with short sleeves.
    # Caption: epoch-2 caption adapter (calls the short-sleeve tee a tank top); the rest: reference engine.
    case(
        "X1471-035",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("joggers"),
        Q.color("yellow"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        LENGTH("ankle length"),
        color_of("joggers", "white", "other_garment_color"),
        gender="Women",
        title="2GO Women Mustard Yellow Solid Joggers",
        category="Track Pants",
        color="Mustard",
    ),
    # Photo: model front, black mid-rise leggings with a small white logo, grey bra top.
    # Caption: epoch-2 caption adapter; the rest: reference engine.
    case(
        "X1471-036",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("fabric", "non_answer"),
        is_a("pair of leggings", "yes"),
        color_of("leggings", "grey", "other_garment_color"),
        gender="Women",
        title="Nike Women Black One Mid-Rise Leggings",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, neon lime-green running tee (reads yellow on screen), black shorts.
    # Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        NECKLINE("round neck"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: back view, black racerback tank with a white "RUN" print across the back, black leggings. No gender
    # column in this row. Caption: epoch-2 caption adapter; the rest: reference engine (from the back the racerback
    # passed for a bra).
    case(
        "X1471-038",
        caption(
            "This woman is wearing a tank shirt with no sleeves, cotton fabric and graphic patterns. The neckline of "
            "the tank shirt is suspenders. The woman wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        NECKLINE("round neck"),
        is_a("sports bra", "yes", "contradiction"),
        title="Proline Active Women Black Printed Racerback Tank Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model front, black leggings with three white side stripes, white sports bra.
    # Caption: epoch-2 caption adapter (cut); the rest: reference engine.
    case(
        "X1471-039",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and stripe "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        color_of("leggings", "black"),
        is_a("pair of leggings", "yes"),
        wearing("a white sports bra and black leggings with white stripes"),
        gender="Women",
        title="Adidas Women Black Solid 3-Stripes Leggings",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, teal track pants, white tee. Caption: epoch-2 caption adapter; the rest: reference engine.
    case(
        "X1471-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.material("it is made of material", "restated"),
        is_a("pair of track pants", "yes"),
        wearing("a white t-shirt and green pants"),
        gender="Women",
        title="Ajile by Pantaloons Women Teal Green Solid Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # Photo: model front, black high-impact sports bra under an open grey hoodie (styling layer), black tights.
    # Caption: epoch-2 caption adapter (described the hoodie as the only top); the rest: reference engine.
    case(
        "X1471-041",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        wearing("a grey hoodie and black leggings"),
        gender="Women",
        title="Puma Women Black Solid High Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: model front, off-white tee with navy horizontal stripes, navy leggings, white trainers; no watch, no
    # sunglasses. Caption: epoch-2 caption adapter; the rest: reference engine (wearing ran to 30 tokens).
    case(
        "X1471-042",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        wearing(
            "a white and blue striped shirt, blue leggings, white sneakers, a black watch on her left wrist and a pair "
            "of black sunglasses on her",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Off White & Navy Striped Active T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: short-haired model front, pink training tee, black shorts.
    # Caption: epoch-2 caption adapter (cotton for Dri-FIT); the rest: reference engine (a "he").
    case(
        "X1471-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        Q.material("polyester"),
        wearing("he is wearing a pink shirt and black shorts", "pronoun"),
        gender="Women",
        title="Nike Women Pink Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: model front, blue and white tie-dye leggings, white sports bra. Polyester/spandex.
    # Caption: epoch-2 caption adapter; the rest: reference engine. All right.
    case(
        "X1471-044",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and mixed "
            "patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("blue"),
        Q.pattern("printed"),
        is_a("pair of leggings", "yes"),
        Q.material("polyester and spandex"),
        LENGTH("full length"),
        gender="Women",
        title="Kica Women Blue Tie-Dye Printed High-Rise Leggings",
        category="Leggings",
        color="Blue",
    ),
    # Photo: model front, grey melange slip-on racerback sports bra, matching grey joggers. No category column in
    # this row. Caption: epoch-2 caption adapter (looped); the rest: reference engine.
    case(
        "X1471-045",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The tank top is with cotton fabric. It has a suspenders neckline. The tank top is "
            "with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        wearing("nothing", "non_answer"),
        gender="Women",
        title="Enamor Women Grey Melange Racerback Slip-On Sports Bra",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, black track pants with grey colourblocked side panels; no model.
    # Caption: epoch-2 caption adapter (no person, fits); the rest: reference engine. All right.
    case(
        "X1471-046",
        caption("The lower clothing is of long length. The fabric is cotton and it has color block patterns."),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("colorblocked"),
        is_a("pair of track pants", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black & Grey Colourblocked Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
]
