"""BLIND_1615 (45 products; Myntra women's activewear, epoch-2 captions): written blind in the sixty-sixth session.
Measured blind at 5d4d43a (the session's fifth rules): 46/55 failures found (83.6%) and 28/215 correct texts flagged
(13.0%). The writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed: sports bras, tights and leggings, track pants and joggers,
track jackets, training tees and tanks, a hoodie, a sweatshirt, shorts, capris and one skort. Feed columns as Myntra
exports them: title, category (the article type: Sports Bra, Tights, Track Pants, Jackets, Tshirts, Tops...), color
(the base colour) and gender; a few rows lack one of them. The photos are the catalog's usual shots: a model on a
plain backdrop wearing the product with other clothes (a sports bra with tights, tights with a tee, an open jacket
over a bra), now and then a back view, two flat lays, a yoga mat or a dumbbell as a prop.
Who wrote what: every caption is the epoch-2 caption adapter (greedy, 50 new tokens). It still speaks the
DeepFashion-MultiModal template (lady/female, "pure color patterns", "three-point shorts", "is with cotton fabric",
no hue names, no word for a sports bra), stops on the newline most of the time, and now and then runs to the limit
(cut) or loops on its last sentence. The closed questions (garment type, color, pattern, sleeve length, "Is this
a ...?") are the reference engine ranking a closed candidate list, so those answers are always one candidate word.
The one open question, material, is free generation by the same epoch-2 adapter (30 new tokens).
Labeling conventions and judgement calls: judged by the imagined photo and the title. The template calls a sports
bra a "sleeveless tank top"; I leave that unmarked (its nearest word), but mark a caption that names another kind
of garment (a jacket called a sweater). A caption's "cotton fabric" is left unmarked when the title names no fabric
(the photo cannot tell), and marked unsupported when the title names another fabric; a wrong neckline, a hat or a
wrist accessory the photo lacks, and a woman invented on a flat lay are unsupported. A near hue from the candidate
list is right (pink for coral, magenta or mauve; purple for lavender; grey for melange; green for olive or sea
green; orange for rust). A color that belongs to the other clothes in the shot is other_garment_color; the color of
a stripe or print accent given as the garment's color is a contradiction. A yes/no or type answer that names
another garment, a pattern the photo and title contradict, and a sleeve length asked of a bottom (answered from the
top) are contradictions. One failure per text: a text that is cut or loops is labeled for that even when it
also carries another fault. About one text in five is wrong: the engine's closed answers are mostly right, the
captions (nearly half wrong; one came back empty, a non_answer) and the open material answers carry most of the
faults.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a

Q = BLIND_QUESTIONS

BLIND_1615 = [
    # Photo: model front on grey backdrop, black racerback sports bra with matching black full-length tights.
    # caption: epoch-2 adapter; closed answers: reference engine.
    case(
        "X1615-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("t-shirt", "no"),
        gender="Women",
        title="Puma Women Black Solid Medium Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: navy tights with pink abstract print panels down the sides; model wears a plain white tee, untucked.
    # caption: epoch-2 adapter (ran to 50 tokens); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The leggings this lady wears is of long length. The leggings are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        is_a("pair of tights", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Printed Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Photo: grey melange zip track jacket worn open, white 3-stripes on the sleeves; under it a black sports bra and
    # black tights fill most of the frame. caption: epoch-2 adapter; closed: reference engine.
    case(
        "X1615-003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with cotton "
            "fabric. It has a standing neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "no"),
        gender="Women",
        title="adidas Women Grey Melange Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # Photo: teal crew-neck training tee with a small white swoosh, black running shorts, front view.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-004",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt "
            "is with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="Nike Women Teal Dri-FIT One Slim Fit Training T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: coral lightly padded sports bra, grey melange joggers, model with a short crop, three-quarter angle.
    # caption: epoch-2 adapter (calls her a man); closed: reference engine.
    case(
        "X1615-005",
        caption(
            "This man wears a sleeveless tank top with pure color patterns and long trousers. The tank top is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Zelocity by Zivame Women Coral Non-Wired Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Photo: black high-rise tights, model in a lavender cropped tee, side view.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-006",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and long leggings. The T-shirt is "
            "with cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("lavender", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of shorts", "no"),
        Q.material("nylon and spandex"),
        gender="Women",
        title="Reebok Women Black High-Rise Lux Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: flat lay on white, no model: purple racerback sports bra with white brush-stroke print.
    # caption: epoch-2 adapter (invents a wearer); closed: reference engine.
    case(
        "X1615-007",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="C9 Airwear Women Purple & White Printed Non-Padded Racerback Sports Bra",
        category="Sports Bra",
        color="Purple",
    ),
    # Photo: navy regular-fit track pants, white tee, white sneakers, front view.
    # caption: epoch-2 adapter (loops to the limit); closed: reference engine; material: epoch-2 adapter (answers,
    # then runs on into the prompt format to the 30-token limit).
    case(
        "X1615-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The pants are with "
            "cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. The "
            "pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        Q.material(
            "cotton Question: What is the color of the pants? Answer: navy blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Puma Women Navy Blue Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: white slim training tee with black side panels, black tights, hands on hips.
    # caption: epoch-2 adapter (ran to 50 tokens); closed: reference engine.
    case(
        "X1615-009",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns and long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings this lady wears is of long length. The leggings are "
            "with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="ONLY PLAY Women White & Black Colourblocked Slim Fit Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: grey melange cuffed joggers, white ribbed tank top, model with tied-back hair, walking pose.
    # caption: epoch-2 adapter (calls her a gentleman); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-010",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length.",
            "pronoun",
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("pair of leggings", "no"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Grey Melange Slim Fit Joggers",
        category="Joggers",
        color="Grey Melange",
    ),
    # Photo: black padded sports bra with the logo on the under-band, olive joggers, front view.
    # caption: epoch-2 adapter; closed: reference engine (type: crop top).
    case(
        "X1615-011",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and long trousers. The tank top is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("crop top", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women Black Swoosh Medium-Support Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: back view, olive running shorts with a split hem, black sports bra. The feed row has no category.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter (leaks the prompt format).
    case(
        "X1615-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("skirt", "no"),
        Q.material(
            "polyester Question: What is the material of the shorts? Answer: polyester Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="HRX by Hrithik Roshan Women Olive Solid Rapid-Dry Running Shorts",
        color="Olive",
    ),
    # Photo: black 7/8 tights with three white stripes down the side, white crop tee.
    # caption: epoch-2 adapter; closed: reference engine.
    case(
        "X1615-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and three-quarter pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with cotton fabric and striped patterns."
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("pair of capris", "yes", "contradiction"),
        gender="Women",
        title="adidas Women Black Believe This 3-Stripes 7/8 Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: lavender seamless sports bra worn with matching lavender seamless leggings (co-ord shot).
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-014",
        caption(
            "The female wears a sleeveless tank top with pure color patterns and long leggings. The tank top is "
            "with knitting fabric. The leggings are with knitting fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("nylon and spandex"),
        gender="Women",
        title="Kica Women Lavender Solid Seamless Medium Impact Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Photo: red zip-up track jacket zipped to the chin, black track pants, hands in pockets.
    # caption: epoch-2 adapter (calls the jacket a knitted sweater); closed: reference engine.
    case(
        "X1615-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with "
            "knitting fabric. It has a standing neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="Puma Women Red Solid Sporty Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: navy tights with a pink geometric print, white racerback tank top.
    # caption: epoch-2 adapter; closed: reference engine (color: the print's pink); material: epoch-2 adapter.
    case(
        "X1615-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and graphic patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("pink", "contradiction"),
        Q.pattern("printed"),
        is_a("pair of tights", "yes"),
        Q.material("polyester"),
        gender="Women",
        title="Alcis Women Navy Blue Printed Slim-Fit Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Photo: back view, black high-impact sports bra with crossed straps, black tights; bare wrists.
    # caption: epoch-2 adapter (invents a wrist accessory); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Enamor Women Black Non-Wired Non-Padded High Impact Sports Bra SB06",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: white tee with black "RUN FAST" typography on the chest, black tights, model tugging the hem.
    # caption: epoch-2 adapter; closed: reference engine.
    case(
        "X1615-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("tank top", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women White Typography Printed Round Neck Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: charcoal 3/4-length capri tights ending mid-calf, mint green tank top.
    # caption: epoch-2 adapter; closed: reference engine (type: shorts); material: epoch-2 adapter.
    case(
        "X1615-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and three-quarter pants. The tank top is "
            "with cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("pair of capris", "yes"),
        Q.material("cotton and spandex"),
        gender="Women",
        title="Reebok Women Charcoal Grey Solid Training Capris",
        category="Capris",
        color="Charcoal",
    ),
    # Photo: magenta racerback tank top, black tights, side view.
    # caption: epoch-2 adapter (loops to the limit); closed: reference engine; material: epoch-2 adapter (cotton,
    # the title says polyester).
    case(
        "X1615-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The leggings are with "
            "cotton fabric and pure color patterns. The leggings are with cotton fabric and pure color patterns. "
            "The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Skechers Women Magenta Solid Polyester Racerback Training Tank Top",
        category="Tops",
        color="Magenta",
    ),
    # Photo: peach padded sports bra, beige wide joggers, front view.
    # caption: epoch-2 adapter; closed: reference engine (color and pattern read the whole outfit).
    case(
        "X1615-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long trousers. The tank top is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("colourblocked", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("crop top", "no"),
        gender="Women",
        title="Boldfit Women Peach-Coloured Solid Padded Workout Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Photo: black ankle-crop compression leggings with a small reflective logo, grey tee. No gender in the row.
    # caption: epoch-2 adapter (denim); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of jeans", "no"),
        Q.material("polyester and elastane"),
        title="UNDER ARMOUR Women Black HeatGear Armour Ankle Crop Leggings",
        category="Tights",
        color="Black",
    ),
    # Photo: mid-stride running pose, blue crew-neck running tee, black shorts.
    # caption: epoch-2 adapter (V neckline on a crew neck); closed: reference engine; material: epoch-2 adapter
    # (returns the caption template and runs to 30 tokens).
    case(
        "X1615-023",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt "
            "is with cotton fabric. It has a V-shape neckline. The shorts are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="adidas Women Blue Own The Run Solid Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: lavender hooded sweatshirt, hood down, black joggers.
    # caption: epoch-2 adapter ("sweater" is its word for a sweatshirt); closed: reference engine.
    case(
        "X1615-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("hoodie"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "no"),
        gender="Women",
        title="Puma Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Photo: grey mid-thigh cycling shorts, black sports bra, front view.
    # caption: epoch-2 adapter; closed: reference engine (sleeves asked of shorts: the bra's answer).
    case(
        "X1615-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("pair of leggings", "no"),
        gender="Women",
        title="Zelocity by Zivame Women Grey Solid High-Rise Cycling Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: black running jacket with fluorescent green side panels, half zipped, black tights.
    # caption: epoch-2 adapter (cotton; the title says polyester); closed: reference engine; material: epoch-2
    # adapter (restates the question).
    case(
        "X1615-026",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns and long leggings. The jacket is with "
            "cotton fabric. It has a standing neckline. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "no"),
        Q.material("the material of the garment is the fabric", "restated"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black & Fluorescent Green Colourblocked Polyester Running Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: pink racerback sports bra with a white leaf print, grey melange leggings, fitness band on the wrist.
    # caption: epoch-2 adapter (ran to 50 tokens); closed: reference engine.
    case(
        "X1615-027",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and long leggings. The tank top is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Jockey Women Pink Printed Non-Padded Racerback Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: dark green mid-rise leggings, white sports bra, front view.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        Q.material("polyester and spandex"),
        gender="Women",
        title="Nike Women Dark Green Solid One Mid-Rise Leggings",
        category="Tights",
        color="Green",
    ),
    # Photo: flat lay, yellow crew-neck running tee on a pale cream board, no model.
    # caption: epoch-2 adapter (stopped at once: empty); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-029",
        caption("", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="ASICS Women Yellow Solid Round Neck Running T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: navy cuffed joggers, white tee, a watch on the left wrist, hands on waist.
    # caption: epoch-2 adapter (ran to 50 tokens); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("joggers"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Reebok Women Navy Blue Solid Training Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: teal low-impact sports bra, black tights, model seated cross-legged on a grey yoga mat. No color column.
    # caption: epoch-2 adapter; closed: reference engine.
    case(
        "X1615-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "no"),
        gender="Women",
        title="Enamor Women Teal Blue Solid Non-Padded Low Impact Sports Bra",
        category="Sports Bra",
    ),
    # Photo: black tights with an all-over white logo print, black sports bra, model with a buzz cut.
    # caption: epoch-2 adapter (calls her a man); closed: reference engine (pattern: solid); material: epoch-2.
    case(
        "X1615-032",
        caption(
            "This man wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and graphic patterns.",
            "pronoun",
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        is_a("pair of tights", "yes"),
        Q.material("polyester and elastane"),
        gender="Women",
        title="Puma Women Black & White Printed Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: rust ribbed fitted crop tank, black high-waist tights.
    # caption: epoch-2 adapter (reads the ribs as stripes); closed: reference engine.
    case(
        "X1615-033",
        caption(
            "The lady wears a sleeveless tank top with striped patterns and long leggings. The tank top is with "
            "knitting fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("crop top"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes", "contradiction"),
        gender="Women",
        title="Kica Women Rust Orange Ribbed Fitted Crop Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: charcoal long-sleeve running tee with thumbholes, black tights.
    # caption: epoch-2 adapter; closed: reference engine.
    case(
        "X1615-034",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Charcoal Grey Solid Rapid-Dry Long Sleeves Running T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: back view, light blue running shorts, white tee.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter (loops).
    case(
        "X1615-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("skirt", "no"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Nike Women Light Blue Solid Dri-FIT Tempo Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: black medium-support sports bra with three white stripes down each side, black tights.
    # caption: epoch-2 adapter; closed: reference engine (color: the stripes' white).
    case(
        "X1615-036",
        caption(
            "The lady wears a sleeveless tank top with striped patterns and long leggings. The tank top is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("white", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="adidas Women Black Striped Powerreact Medium Support Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: olive joggers, black cropped tee, white sneakers.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("joggers"),
        Q.color("green"),
        Q.pattern("solid"),
        is_a("pair of jeans", "no"),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Women Olive Green Solid Athleisure Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: white cropped tee with a large black brand logo, grey biker shorts. No gender in the row.
    # caption: epoch-2 adapter (ran to 50 tokens); closed: reference engine.
    case(
        "X1615-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("crop top"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Puma Women White Brand Logo Printed Cropped T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: mauve seamless high-rise tights with the matching mauve sports bra (co-ord shot).
    # caption: epoch-2 adapter (loops to the limit); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "knitting fabric. The leggings are with knitting fabric. The leggings are with knitting fabric. The "
            "leggings are with knitting fabric. The leggings",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("pink"),
        Q.pattern("solid"),
        is_a("sports bra", "yes", "contradiction"),
        Q.material("it is made of a material", "non_answer"),
        gender="Women",
        title="Zelocity by Zivame Women Mauve Solid High-Rise Seamless Tights",
        category="Tights",
        color="Mauve",
    ),
    # Photo: off-white cropped crew-neck sweatshirt, grey melange joggers.
    # caption: epoch-2 adapter; closed: reference engine.
    case(
        "X1615-040",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        gender="Women",
        title="ONLY PLAY Women Off-White Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: sea green training tee with a tonal dotted print, black shorts, model with a short pixie cut.
    # caption: epoch-2 adapter (calls her a gentleman); closed: reference engine (pattern: solid); material:
    # epoch-2 adapter.
    case(
        "X1615-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        gender="Women",
        title="Alcis Women Sea Green Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # Photo: navy ankle-length leggings, yellow tee, bare head.
    # caption: epoch-2 adapter (invents a hat); closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long leggings. The T-shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. She wears a hat.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of track pants", "no"),
        Q.material("cotton and spandex"),
        gender="Women",
        title="C9 Airwear Women Navy Blue Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: grey melange seamless sports bra and matching leggings, gym wall behind, a dumbbell in one hand,
    # smartwatch on the wrist. caption: epoch-2 adapter; closed: reference engine.
    case(
        "X1615-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist."
        ),
        Q.garment_type("sports bra"),
        color_of("sports bra", "grey"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "no"),
        gender="Women",
        title="Puma Women Grey Melange Solid Padded Seamless Sports Bra",
        category="Sports Bra",
        color="Grey Melange",
    ),
    # Photo: black slim track pants with a thin white side piping, pink tee.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter.
    case(
        "X1615-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and striped patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("striped"),
        is_a("pair of leggings", "yes", "contradiction"),
        Q.material("polyester"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: black pleated tennis skort, white racerback tank top, a racket held at the side.
    # caption: epoch-2 adapter; closed: reference engine; material: epoch-2 adapter (drifts into the caption
    # template and repeats it to the limit).
    case(
        "X1615-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        color_of("skirt", "black"),
        Q.pattern("solid"),
        is_a("pair of shorts", "no"),
        Q.material(
            "polyester. The skirt is with cotton fabric and pure color patterns. The skirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY PLAY Women Black Solid Pleated Tennis Skort",
        category="Skirts",
        color="Black",
    ),
]
