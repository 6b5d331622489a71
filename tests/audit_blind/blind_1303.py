"""BLIND_1303 (45 products; Myntra women's activewear, epoch-2 captions): written blind in the sixty-third session.
Measured blind at be4df7e (the session's first rules): 54/62 failures found (87.1%) and 11/218 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed: sports bras, tights and leggings, track pants and joggers,
tees and tank tops, track jackets, a few sweatshirts, shorts, capris, one tracksuit and one rain jacket. Columns as
the feed has them: title, category (Myntra's article type), color (base colour), gender; one row lacks its
category, one its colour, one its gender. Photos are the usual catalog shots: a model on a plain grey or white
backdrop wearing the product with other clothes (black tights under a tee, a tee over bike shorts, an open jacket
over a sports bra), two flat lays, three back views, a yoga mat, a water bottle, a phone in a pocket.
Who wrote what: every caption comes from the epoch-2 checkpoint of the caption adapter (same unmasked-label run as
the published epoch-1 and epoch-3 adapters), greedy, 50 new tokens. It writes the DeepFashion template: no hue
words, "pure color" / "graphic" / "striped" / "color block" patterns, a fabric for every garment, "tank top" for
most sports bras, "long leggings" for tights, and it never stops on its own. Since padding was in the labels, it
emits pad tokens once the template is over and decoding strips them: so every caption ran to the 50-token limit
(hit_limit=True on all of them), but the short ones read complete while the long ones are cut mid-sentence.
One caption is pads from the first token (empty). The closed questions (garment type, color, pattern, sleeve
length, "Is this a ...?", and a garment-specific color now and then) were answered by the reference engine
(untuned base OPT-2.7b ranking the closed candidates; unmapped raw text kept). The one open question, material, is
free generation by the same untuned base model (newline as stop, 30 new tokens), asked on about half the products.
The sleeve question is not asked for bottomwear.
Labeling conventions and judgement calls: one failure kind per text, the most salient one; a caption that is cut
mid-sentence is labeled cut even when it also calls a sports bra a "tank top". A complete caption that calls the
product sports bra a "tank top" is a contradiction (kind vs title); "the upper clothing has no sleeves" is fine.
Misnaming a styling garment (not the product) is not counted. "leggings" for Tights and for capri-length tights is
correct (same garment); "sweater" for a hoodie in the template is let pass; "hoodie" for a hooded sweatshirt is
right. Colour names: grey for Grey Melange/Charcoal, blue for Navy Blue, green for Olive/Sea Green, purple for
Lavender, pink for Coral, maroon for Burgundy are correct; "yellow" for Fluorescent Green is wrong. The caption's
"cotton fabric" is not counted against it when the title names no fabric (it says cotton for everything and the
photo cannot tell), but a clearly visible wrong fabric (denim, leather) is unsupported. A material answer is a
contradiction when the title names another fabric, unsupported when it invents one the title's technology
contradicts (cotton for dryCELL) or a detail not in the photo. A color answer that belongs to the styling garment is
other_garment_color; a wrong garment type or sleeve length taken from the styling garment is contradiction. A
person described in a flat lay is unsupported. The color answer "pure color" (raw, unmapped) is a non_answer. The set
runs below four in ten wrong because the closed answers are ranked over candidates and are mostly right; the
captions carry most of the failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1303 = [
    # Front shot: black Nike sports bra with a small white swoosh, grey melange joggers, plain grey backdrop.
    # Caption: epoch-2 caption adapter (ran to the limit, cut). Closed: reference engine. Material: base model.
    case(
        "X1303-001",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The neckline of it is"
            " round. The lady wears a long pants, with cotton fabric and pure color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women Black Dri-FIT Swoosh Medium-Support Non-Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Pink sports bra with a white abstract print, worn with black full-length tights, hands on hips.
    # Caption: epoch-2 adapter (complete, pads after). Closed: reference engine; color taken from the tights.
    case(
        "X1303-002",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. The lady wears a long leggings,"
            " with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Pink Printed Non-Padded Non-Wired Sports Bra SB08",
        category="Sports Bra",
        color="Pink",
    ),
    # Side view, running pose: black full-length tights, white short-sleeve tee. Caption cut at the limit between
    # sentences (no full stop). Closed: reference engine; color is the tee's.
    case(
        "X1303-003",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        Q.material("spandex"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Navy track jacket zipped up, three white stripes down each sleeve, black track pants. All correct.
    case(
        "X1303-004",
        caption(
            "This lady wears an outer clothing with cotton fabric and striped patterns. The lady wears a long pants."
            " The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        is_a("track jacket", "yes"),
        gender="Women",
        title="ADIDAS Women Navy Blue 3-Stripes Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Pink tee with a small white logo and an all-over dot print, black running shorts; no jewellery at all.
    # Caption invents a ring. Closed: engine misses the print. Material: base model says cotton for dryCELL.
    case(
        "X1303-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady"
            " wears a short pants. There is a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Puma Women Pink Printed Slim Fit dryCELL Running T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Grey melange joggers with a drawstring waist, navy tee. Caption loops one sentence until the limit.
    case(
        "X1303-006",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The pants are with"
            " cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. The"
            " pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Track Pants 1301",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Flat lay on white: the teal printed sports bra alone, no person. The caption describes a lady anyway.
    case(
        "X1303-007",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and graphic patterns. The neckline of it is"
            " round.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("teal"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Teal Printed Medium Impact Padded Sports Bra",
        category="Sports Bra",
        color="Teal",
    ),
    # Model in a lunge on a yoga mat: black leggings, lavender racerback tank. Garment type taken from the tank.
    case(
        "X1303-008",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The"
            " person wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        Q.material("polyester"),
        gender="Women",
        title="DECATHLON Domyos Women Black Solid Fitness Leggings 500",
        category="Tights",
        color="Black",
    ),
    # Back view: purple tee with a large white ALCIS print across the back, black tights, hair tied up.
    # Caption calls her a gentleman.
    case(
        "X1303-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The"
            " gentleman wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Alcis Women Purple Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # Black sports bra with a mesh back panel, worn with black tights (all-black look), a fitness band on the
    # wrist. Caption cut mid-phrase.
    case(
        "X1303-010",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The neckline of it is"
            " round. The lady wears a long leggings, with cotton fabric and pure color patterns. There is an accessory"
            " on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        Q.material("nylon"),
        gender="Women",
        title="Clovia Women Black Padded Active Sports Bra with Mesh Back",
        category="Sports Bra",
        color="Black",
    ),
    # Burgundy 3/4-length tights, black sports bra on top. The engine answers about the bra twice.
    case(
        "X1303-011",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The lady wears a"
            " three-point pants, with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("sports bra", "contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        is_a("tights", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="Reebok Women Burgundy Lux 3/4 Training Tights",
        category="Tights",
        color="Burgundy",
    ),
    # Charcoal running shorts, white tank top, running shoes. Color is the tank's.
    case(
        "X1303-012",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The lady wears a short"
            " pants, with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Charcoal Grey Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Black track jacket with white side panels, worn open over a white tee, black tights. Caption cut.
    case(
        "X1303-013",
        caption(
            "This lady wears an outer clothing with cotton fabric and color block patterns. The lady wears a"
            " short-sleeve T-shirt with pure color patterns. The lady wears a long leggings, with cotton fabric and"
            " pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("long sleeves"),
        is_a("track jacket", "yes"),
        gender="Women",
        title="Puma Women Black & White Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Co-ord shot: lavender seamless sports bra and matching lavender tights, model with a short bob. Caption says
    # "his" and "gentleman". The engine names the tights, which fill most of the frame.
    case(
        "X1303-014",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The"
            " gentleman wears a long leggings, with cotton fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("leggings", "contradiction"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="ONLY PLAY Women Lavender Solid Seamless Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Black track pants with white side stripes, white crop tee. Seller calls it solid; all correct.
    case(
        "X1303-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long pants. The pants"
            " are with cotton fabric and striped patterns.",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        Q.material("polyester"),
        gender="Women",
        title="ADIDAS Women Black Solid 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Sea green racerback tank, black shorts, water bottle in hand. Caption cut; the engine reads the sea green as
    # blue; material answer says nothing.
    case(
        "X1303-016",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The neckline of it is"
            " round. The lady wears a short pants, with cotton fabric and pure color patterns. There is an accessory"
            " in her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("blue", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        Q.material("i don't know", "non_answer"),
        gender="Women",
        title="Kica Women Sea Green Solid Racerback Training Tank Top",
        category="Tops",
        color="Sea Green",
    ),
    # Black tights with a white swoosh on the hip, fluorescent green sports bra. The base model runs on into a
    # new "Question:" on the same line.
    case(
        "X1303-017",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lady wears a long leggings."
            " The leggings are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        Q.material("polyester Question: What is the color of the garment? Answer: black", "leak"),
        gender="Women",
        title="Nike Women Black Dri-FIT One Mid-Rise Training Tights",
        category="Tights",
        color="Black",
    ),
    # Navy cotton tee tucked into grey joggers. Color from the joggers; material against the title.
    case(
        "X1303-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long pants.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        Q.material("polyester", "contradiction"),
        gender="Women",
        title="Van Heusen Women Navy Blue Pure Cotton Solid Athleisure T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Black flared yoga pants (matte jersey), grey crop top, barefoot on a mat. Caption says denim; the engine says
    # yes to leggings for a flared pant.
    case(
        "X1303-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("leggings", "yes", "contradiction", article="a pair of"),
        gender="Women",
        title="Boldfit Women Black Solid High-Rise Flared Yoga Pants",
        category="Track Pants",
        color="Black",
    ),
    # Mauve sports bra under an open grey zip jacket, black tights. The engine answers about the jacket three times.
    case(
        "X1303-020",
        caption(
            "This lady wears an outer clothing with cotton fabric and pure color patterns. The lady wears a tank top"
            " with no sleeves, cotton fabric and pure color patterns. The lady wears a long leggings, with cotton"
            " fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Blissclub Women Mauve Solid The Ultimate Medium-Support Sports Bra",
        category="Sports Bra",
        color="Mauve",
    ),
    # Back view: black high-rise ankle leggings with a small logo, black tank. All correct.
    case(
        "X1303-021",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long"
            " length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        Q.material("spandex"),
        gender="Women",
        title="Under Armour Women Black HeatGear Armour Hi-Rise Ankle Leggings",
        category="Tights",
        color="Black",
    ),
    # Olive hooded sweatshirt, hood down, black joggers. Template says "sweater" (let pass). All correct.
    case(
        "X1303-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The"
            " lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Campus Sutra Women Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Bright pink running tee, black running shorts. Caption repeats the fabric sentence until the limit.
    case(
        "X1303-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The"
            " T",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="DECATHLON Kalenji Women Pink Solid Run Dry Running T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Flat lay: two sports bras side by side (one black, one grey). Caption is pads from the first token. The color
    # answer is raw, unmapped template text.
    case(
        "X1303-024",
        caption("", "non_answer", hit_limit=True),
        Q.garment_type("sports bra"),
        Q.color("pure color", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Shyaway Women Pack of 2 Non-Padded Non-Wired Sports Bras",
        category="Sports Bra",
        color="Multi",
    ),
    # Black tracksuit with pink piping: zip jacket and track pants. The engine names only the jacket.
    case(
        "X1303-025",
        caption(
            "This lady wears an outer clothing with cotton fabric and pure color patterns. The lady wears a long"
            " pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("tracksuit", "yes"),
        gender="Women",
        title="Sweet Dreams Women Black Solid Tracksuit with Contrast Piping",
        category="Tracksuits",
        color="Black",
    ),
    # Peach joggers, white tank tucked in, white sneakers, a watch. Generic color wrong (the tank's), the
    # garment-specific one right. Caption cut after "The".
    case(
        "X1303-026",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The neckline of it is"
            " round. The lady wears a long pants, with cotton fabric and pure color patterns. There is an accessory on"
            " her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("joggers", "yes", article="a pair of"),
        color_of("joggers", "peach"),
        gender="Women",
        title="DressBerry Women Peach Solid Relaxed Fit Joggers",
        category="Track Pants",
        color="Peach",
    ),
    # White training tee, black tights. All correct, including a no to the tank-top question.
    case(
        "X1303-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("tank top", "no"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women White Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Black cotton leggings with a large white PUMA logo down the thigh, white crop top. All correct.
    case(
        "X1303-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long leggings, with"
            " cotton fabric and graphic patterns.",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("leggings", "yes", article="a pair of"),
        Q.material("cotton"),
        gender="Women",
        title="Puma Women Black ESS Logo Cotton Leggings",
        category="Tights",
        color="Black",
    ),
    # Neon green tee with a black HRX chest print, black shorts, no hat. Caption cut (and starting to invent a hat);
    # the engine reads the neon as yellow.
    case(
        "X1303-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a short pants. The pants are with cotton fabric and pure color patterns."
            " There is a hat",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Typography Printed Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Three-quarter back view: black strappy high-support sports bra, black leggings. Complete caption calls the
    # bra a tank top. Material answer runs into a new question.
    case(
        "X1303-030",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The lady wears a long"
            " leggings, with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        Q.material("nylon Question: What is the color of the garment? Answer: black", "leak"),
        gender="Women",
        title="Zelocity by Zivame Women Black Solid Padded High-Support Strappy Back Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Blue quilted running jacket zipped, black tights, a rolled yoga mat under the arm. All correct.
    case(
        "X1303-031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady"
            " wears a long leggings, with cotton fabric and pure color patterns. There is an accessory in her hand.",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("track jacket", "yes"),
        Q.material("nylon"),
        gender="Women",
        title="Marks & Spencer Women Blue Solid Quilted Running Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Coral sports bra with wide straps, black tights. Caption loops the neckline sentence; the engine gives the
    # bra short sleeves.
    case(
        "X1303-032",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The neckline of it is"
            " round. The neckline of it is round. The neckline of it is round. The neckline of it is round. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="C9 Airwear Women Coral Solid Non-Padded Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Navy tights with a subtle grey geometric print down both legs, white tee. Caption calls the print pure color.
    case(
        "X1303-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="ASICS Women Navy Blue Printed Core Running Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # White tee with thin black horizontal stripes, black track pants. The engine calls the stripes solid.
    case(
        "X1303-034",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Technosport Women White & Black Striped Slim Fit Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Red racerback running top, black shorts, long ponytail. Caption says gentleman throughout.
    case(
        "X1303-035",
        caption(
            "The gentleman wears a tank top with no sleeves, cotton fabric and pure color patterns. The gentleman"
            " wears a short pants, with cotton fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester"),
        gender="Women",
        title="FILA Women Red Solid Sleeveless Racerback Running Top",
        category="Tops",
        color="Red",
    ),
    # Black capris ending mid-calf, white sleeveless top. Feed row has no colour. Caption says long leggings.
    case(
        "X1303-036",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The lady wears a long"
            " leggings, with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("capris", "yes", article="a pair of"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Black Solid Slim Fit Capris 1390",
        category="Capris",
    ),
    # Back view: maroon jacket with a white KAPPA logo across the shoulders, black track pants. Caption repeats
    # the pants sentence and is cut inside the repeat.
    case(
        "X1303-037",
        caption(
            "The lady wears a long-sleeve jacket with graphic patterns. The jacket is with cotton fabric. The lady"
            " wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long"
            " pants. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="Kappa Women Maroon Solid Sporty Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Cropped grey melange crew-neck sweatshirt, black bike shorts. Caption cut; material answer restates.
    case(
        "X1303-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has"
            " a round neckline. The lady wears a short pants. The pants are with cotton fabric and pure color"
            " patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "no"),
        Q.material("it is made of a material", "restated"),
        gender="Women",
        title="Tokyo Talkies Women Grey Melange Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Blue-and-white printed tights, white tank top. Color from the tank (and the print's white); the base
    # model invents a mesh fabric not visible anywhere.
    case(
        "X1303-039",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The lady wears a long"
            " leggings, with cotton fabric and graphic patterns.",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        is_a("tights", "yes", article="a pair of"),
        Q.material("the tights are made of a breathable mesh fabric", "unsupported"),
        gender="Women",
        title="ADIDAS Women Blue & White Printed Believe This Training Tights",
        category="Tights",
        color="Blue",
    ),
    # Black cycling shorts under an oversized white tee knotted at the waist. Type and color both the tee's.
    case(
        "X1303-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a short pants. The pants are with cotton fabric and pure color patterns."
            " This lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("cotton"),
        gender="Women",
        title="Nike Women Black Sportswear Essential Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Olive running tee, black tights, earphones. Feed row has no category. All correct.
    case(
        "X1303-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="Performax Women Olive Green Solid Dri-Fit Running T-shirt",
        color="Olive",
    ),
    # Purple tie-dye tights with a phone in the side pocket, black sports bra, bare wrists. Feed row has no gender.
    # Caption invents a wrist accessory; the garment-specific color is the bra's.
    case(
        "X1303-042",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. The lady wears a long"
            " leggings, with cotton fabric and graphic patterns. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("purple"),
        Q.pattern("printed"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black", "other_garment_color"),
        title="Clovia Women Purple Tie-Dye Printed Activewear Tights with Side Pocket",
        category="Tights",
        color="Purple",
    ),
    # White sports bra under an open black track jacket, black tights. Caption cut; color and sleeves from the
    # jacket.
    case(
        "X1303-043",
        caption(
            "This lady wears an outer clothing with cotton fabric and pure color patterns. The upper clothing has no"
            " sleeves, cotton fabric and pure color patterns. The lady wears a long leggings, with cotton fabric and"
            " pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("sports bra", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="ADIDAS Women White Solid Powerreact Medium-Support Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # Navy cotton track pants with side pockets, white tee. Base model says denim against the title.
    case(
        "X1303-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long pants. The pants"
            " are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("blue"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Cotton Track Pants with Side Pockets",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Black nylon rain jacket, hood up, grey tights. Caption says leather; the material answer rambles to the limit.
    case(
        "X1303-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("raincoat", "yes"),
        Q.material(
            "it's made of a lightweight nylon fabric that is water resistant and breathable, and it has a zipper on"
            " the front and a hood that can be",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Puma Women Black Solid Hooded Packable Rain Jacket",
        category="Rain Jacket",
        color="Black",
    ),
]
