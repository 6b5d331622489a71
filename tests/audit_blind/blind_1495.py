"""BLIND_1495 (45 products; Myntra women's activewear feed): written blind in the sixty-fifth session. Measured blind at
b413ca7 (the session's fifth rules): 53/59 failures found (89.8%) and 3/212 correct texts flagged (1.4%). The
writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed: sports bras, tights and leggings, track pants and joggers,
shorts, capris, tees and tank tops, track jackets, sweatshirts and hoodies, one tracksuit. Catalog shots: a model on a
plain light backdrop wearing the product with other clothes (usually black tights or a white or black top), a few back
views (racerbacks, crossbacks, 7/8 tights), two flat lays, props now and then (yoga mat, water bottle, fitness band).
Columns as the feed has them: title, category (Myntra's article type), color (base colour), gender "Women"; one product
has no base colour, one no article type, two no gender.
Who wrote what: every caption is the epoch-2 caption adapter (LoRA on q_proj/k_proj, trained on the DeepFashion-
MultiModal template captions with unmasked labels and no end-of-answer token), free generation, greedy, 50 new tokens.
Its vocabulary is the template's: "upper/lower/outer clothing", "tank top", "T-shirt", "sweater", "leggings", patterns
(pure color, graphic, striped, color block, floral), fabrics (cotton, knitting, chiffon, other), never a hue and never
"sports bra". Most captions run to the 50-token limit: cut mid-phrase, or looping on one template sentence, or starting
the template over. Some stop early at a full stop. Every other text is a closed answer from the reference engine
(candidate ranking): garment type, color, pattern, sleeve length (tops only), "Is this a ...?" yes/no, and "What is the
color of the <garment>?" for some products. When the color ranking is unsure the engine keeps the raw generated text,
which here is the caption adapter's template word ("pure color").
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. One label per text. A caption that runs to the limit mid-phrase is "cut" (hit_limit=True); one that repeats a
template sentence or starts the template over until the limit is "loop". When a cut caption also carries a content error
(wrong pronoun, invented claim), I labeled the content error and kept hit_limit=True. "cotton fabric" is labeled
unsupported only where the title names a synthetic (Dri-FIT, Rapid-Dry); where the title says nothing about material I
left it alone. An accessory "on her wrist" is correct where the model wears a fitness band or watch and unsupported
where she wears none. A flat lay captioned with a lower garment is unsupported. The caption calling a longline sports
bra a "tank top" I accepted (the template has no word for bra); a short crop bra is described as "upper clothing" by the
adapter, which is fine. "Long pants" for 3/4 capris and "striped" for a solid ribbed knit are contradictions. Closed
colors: coral -> "pink" or "red", burgundy -> "maroon", lavender -> "purple", grey melange -> "grey", charcoal ->
"grey", olive -> "olive" I counted right; a color that belongs to the other garment in the photo (the tights, the top
under an open jacket, the tee over leggings) is other_garment_color; "yellow" for a fluorescent green tank (nothing
yellow in the shot) is a contradiction; "pure color" for a color question is a non-answer. Tights answered "leggings" is
right; a flared yoga pant said to be leggings is not; an oversized tee over leggings answered "t-shirt" for a leggings
product is a contradiction. The closed engine is much better than the captions, so far fewer than four in ten closed
answers are wrong; most failures are in the captions.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sl = BLIND_QUESTIONS.sleeve_length

BLIND_1495 = [
    # Photo: front view, pink crop sports bra with small white swoosh, black tights, white sneakers.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine.
    case(
        "X1495-001",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        gt("sports bra"),
        col("pink"),
        pat("solid"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women Pink Swoosh Medium-Support Non-Padded Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: black sports bra with scoop neck, grey melange joggers, three-quarter front view.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine.
    case(
        "X1495-002",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        gt("sports bra"),
        col("black"),
        pat("solid"),
        sl("sleeveless"),
        color_of("sports bra", "black"),
        gender="Women",
        title="Enamor Women Black Non-Wired Lightly Padded Sports Bra SB06",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: coral tee, black running shorts, side angle, ponytail.
    # Caption: epoch-2 caption adapter (stopped early; "cotton" for a Rapid-Dry tee). Closed: reference engine.
    case(
        "X1495-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length.",
            "unsupported",
        ),
        gt("t-shirt"),
        col("pink"),
        pat("solid"),
        sl("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Coral Pink Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # Photo: black high-rise tights with a white cropped tee, front view.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; its garment color is the tee's.
    case(
        "X1495-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gt("leggings"),
        col("white", "other_garment_color"),
        pat("solid"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black"),
        gender="Women",
        title="Puma Women Black Solid Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: navy track jacket zipped to the chin, three white stripes on the sleeves, black leggings.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; "black" is the leggings.
    case(
        "X1495-005",
        caption(
            "The outer clothing is a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        gt("jacket"),
        col("black", "other_garment_color"),
        pat("striped"),
        sl("long sleeves"),
        is_a("track jacket", "yes"),
        gender="Women",
        title="ADIDAS Women Navy Blue Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: lavender high-impact bra, black tights, model holding a rolled yoga mat.
    # Caption: epoch-2 caption adapter (loops to 50 tokens). Closed: reference engine; "black" is the tights.
    case(
        "X1495-006",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The lower clothing is of long length. The lower "
            "clothing is of long length. The lower",
            "loop",
            hit_limit=True,
        ),
        gt("sports bra"),
        col("black", "other_garment_color"),
        color_of("sports bra", "purple"),
        pat("solid"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Lavender High Impact Padded Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Photo: grey melange slim track pants, black tank top, white shoes, front view.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine.
    case(
        "X1495-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        gt("track pants"),
        col("grey"),
        pat("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("pants", "grey"),
        gender="Women",
        title="Jockey Women Grey Melange Slim Fit Track Pants 1301",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: all-black look, black Dri-FIT tights and a black sports bra, side view, no accessories.
    # Caption: epoch-2 caption adapter (stopped early; "cotton" for Dri-FIT). Closed: reference engine.
    case(
        "X1495-008",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        gt("tights"),
        col("black"),
        pat("solid"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black"),
        gender="Women",
        title="Nike Women Black Dri-FIT One Mid-Rise Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: back view, teal racerback tank, black shorts.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; sleeves wrong for a racerback.
    case(
        "X1495-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is suspenders. The shorts this lady wears is of three-point length. The shorts are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        gt("tank top"),
        col("blue"),
        pat("solid"),
        sl("short sleeves", "contradiction"),
        is_a("tank top", "yes"),
        gender="Women",
        title="Boldfit Women Teal Blue Racerback Gym Tank Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: black sports bra with pink side panels and pink underband, black tights.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine; pattern misses the colour blocking.
    case(
        "X1495-010",
        caption(
            "The upper clothing has no sleeves, other fabric and color block patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns."
        ),
        gt("sports bra"),
        col("black"),
        pat("solid", "contradiction"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Reebok Women Black & Pink Colourblocked Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: red full-zip track jacket worn open over a black sports bra, black tights.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; type and color go to the bra.
    case(
        "X1495-011",
        caption(
            "The outer clothing is a long-sleeve jacket with pure color patterns. The jacket is with other fabric. The "
            "upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        gt("sports bra", "contradiction"),
        col("black", "other_garment_color"),
        color_of("jacket", "red"),
        pat("solid"),
        sl("long sleeves"),
        is_a("track jacket", "yes"),
        gender="Women",
        title="Puma Women Red Full-Zip Track Jacket with dryCELL",
        category="Jackets",
        color="Red",
    ),
    # Photo: peach cropped tee, beige high-waist joggers, front view.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine.
    case(
        "X1495-012",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        gt("t-shirt"),
        col("peach"),
        pat("solid"),
        sl("short sleeves"),
        is_a("crop top", "yes"),
        gender="Women",
        title="Van Heusen Athleisure Women Peach Solid Cropped T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: back view, black 7/8 tights with white 3-stripes down the sides, white tee.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine; the tights' color is the tee's.
    case(
        "X1495-013",
        caption(
            "The lower clothing is of three-quarter length. The fabric is cotton and it has striped patterns. The "
            "upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round."
        ),
        gt("leggings"),
        col("black"),
        pat("striped"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "white", "other_garment_color"),
        gender="Women",
        title="ADIDAS Women Black Believe This 2.0 3-Stripes 7/8 Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: grey melange tee, black shorts, model holding a water bottle.
    # Caption: epoch-2 caption adapter (ran to 50 tokens, and "cotton" for Dri-FIT). Closed: reference engine.
    case(
        "X1495-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        gt("t-shirt"),
        col("grey"),
        pat("solid"),
        sl("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Nike Women Grey Melange Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: flat lay, maroon non-padded sports bra on white, nothing else in the shot.
    # Caption: epoch-2 caption adapter (stopped early; invents a lower garment). Closed: reference engine.
    case(
        "X1495-015",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        gt("sports bra"),
        col("maroon"),
        pat("solid"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Shyaway Women Maroon Non-Padded Non-Wired Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Photo: olive seamless high-waist leggings with a matching olive longline bra (co-ord look).
    # Caption: epoch-2 caption adapter (loops, never reaches the leggings). Closed: reference engine, raw color kept.
    case(
        "X1495-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "tank top is with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton fabric. "
            "The tank",
            "loop",
            hit_limit=True,
        ),
        gt("leggings"),
        col("olive green"),
        pat("solid"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("leggings", "olive"),
        gender="Women",
        title="Kica Women Olive Green High-Waist Seamless Leggings",
        category="Leggings",
        color="Olive",
    ),
    # Photo: black tights with a white abstract print, black sports bra, no watch or band.
    # Caption: epoch-2 caption adapter (stopped early; invents a wrist accessory). Closed: reference engine.
    case(
        "X1495-017",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has graphic patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        gt("leggings"),
        col("black"),
        pat("solid", "contradiction"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Printed Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: oversized yellow tee with a big black graphic on the front, black cycling shorts.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine.
    case(
        "X1495-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        gt("t-shirt"),
        col("yellow"),
        pat("graphic"),
        sl("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Campus Sutra Women Yellow Printed Oversized Sports T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: blue and white colourblocked bra, navy leggings, model with a short pixie cut, hand on hip.
    # Caption: epoch-2 caption adapter (stopped early; "gentleman"). Closed: reference engine.
    case(
        "X1495-019",
        caption(
            "His upper clothing has no sleeves, cotton fabric and color block patterns. It has a round neckline. The "
            "lower clothing this gentleman wears is of long length. The fabric is cotton.",
            "pronoun",
        ),
        gt("sports bra"),
        col("blue"),
        pat("colour blocked"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Blue Colourblocked Mid-Impact Sports Bra",
        category="Sports Bra",
        color="Blue",
    ),
    # Photo: navy slim joggers with white drawcord, grey melange tee, front view.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; "grey" is the tee.
    case(
        "X1495-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants",
            "cut",
            hit_limit=True,
        ),
        gt("track pants"),
        col("grey", "other_garment_color"),
        pat("solid"),
        is_a("joggers", "yes", article="a pair of"),
        color_of("joggers", "navy blue"),
        gender="Women",
        title="Alcis Women Navy Blue Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: back view, white strappy-back light-support bra, light grey leggings.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; "grey" is the leggings.
    case(
        "X1495-021",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "This lady wears a",
            "cut",
            hit_limit=True,
        ),
        gt("sports bra"),
        col("grey", "other_garment_color"),
        pat("solid"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women White Swoosh Light-Support Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # Photo: purple crew-neck sweatshirt, no hood, black leggings.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; says hoodie for a crew neck.
    case(
        "X1495-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        gt("sweatshirt"),
        col("purple"),
        pat("solid"),
        sl("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        gender="Women",
        title="Reebok Women Purple Workout Ready Crew Sweatshirt",
        category="Sweatshirts",
        color="Purple",
    ),
    # Photo: charcoal track pants, white tee tucked in, hands in the side pockets.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine.
    case(
        "X1495-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The T",
            "cut",
            hit_limit=True,
        ),
        gt("track pants"),
        col("grey"),
        pat("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("pants", "grey"),
        gender="Women",
        title="Enamor Women Charcoal Grey Antimicrobial Stretch Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: black sports bra with a white tropical leaf print, plain black leggings. Gender column missing.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine.
    case(
        "X1495-024",
        caption(
            "The upper clothing has no sleeves, cotton fabric and floral patterns. The neckline of it is suspenders. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        gt("sports bra"),
        col("black"),
        pat("printed"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        title="Zelocity by Zivame Women Black Printed Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: white training shorts with black side stripes, black tank top.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; "black" is the tank.
    case(
        "X1495-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric and striped",
            "cut",
            hit_limit=True,
        ),
        gt("shorts"),
        col("black", "other_garment_color"),
        pat("striped"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "white"),
        gender="Women",
        title="ADIDAS Women White & Black Training Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: black leggings with a large white PUMA logo on the thigh, grey crew sweatshirt covering the waist.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine; type goes to the sweatshirt.
    case(
        "X1495-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and graphic "
            "patterns."
        ),
        gt("sweatshirt", "contradiction"),
        col("black"),
        pat("printed"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Puma Women Black Essentials Logo Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: fluorescent green (lime) tank top, black shorts, front view; nothing yellow in the shot.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; reads the neon as yellow.
    case(
        "X1495-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gt("tank top"),
        col("yellow", "contradiction"),
        pat("solid"),
        sl("sleeveless"),
        is_a("tank top", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Solid Running Tank Top",
        category="Tops",
        color="Fluorescent Green",
    ),
    # Photo: burgundy half-zip hoodie, hood down, black leggings.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine; color kept as raw template text.
    case(
        "X1495-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        gt("hoodie"),
        col("pure color", "non_answer"),
        pat("solid"),
        sl("long sleeves"),
        is_a("hoodie", "yes"),
        gender="Women",
        title="Nike Women Burgundy Zip-Front Training Hoodie",
        category="Sweatshirts",
        color="Burgundy",
    ),
    # Photo: black tights with side pocket, hot pink sports bra, front view.
    # Caption: epoch-2 caption adapter (loops to 50 tokens). Closed: reference engine; "pink" is the bra.
    case(
        "X1495-029",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton. The fabric is cotton. The fabric is cotton. The fabric is cotton. The "
            "fabric is cotton. The",
            "loop",
            hit_limit=True,
        ),
        gt("leggings"),
        col("pink", "other_garment_color"),
        color_of("tights", "black"),
        pat("solid"),
        is_a("track pants", "no", article="a pair of"),
        gender="Women",
        title="Clovia Women Black Snug Fit Active Tights with Side Pocket",
        category="Tights",
        color="Black",
    ),
    # Photo: grey melange tee with a black linear "adidas" logo across the chest, navy track pants.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine.
    case(
        "X1495-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        gt("t-shirt"),
        col("grey"),
        pat("printed"),
        sl("short sleeves"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="ADIDAS Women Grey Melange Essentials Linear Logo T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: solid black ribbed longline sports bra, black shorts, hair tied up.
    # Caption: epoch-2 caption adapter (stopped early; reads the ribbing as stripes). Closed: reference engine.
    case(
        "X1495-031",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with knitting fabric. The "
            "neckline of it is round. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        gt("sports bra"),
        col("black"),
        pat("solid"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Boldfit Women Black Seamless Ribbed Longline Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: pink tights with a black geometric print, black sports bra, model in a lunge.
    # Caption: epoch-2 caption adapter (starts the template over until 50 tokens). Closed: reference engine.
    case(
        "X1495-032",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has graphic patterns. The upper clothing has no sleeves, cotton "
            "fabric and pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        gt("leggings"),
        col("pink"),
        pat("printed"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Puma Women Pink Printed Training Tights",
        category="Tights",
        color="Pink",
    ),
    # Photo: olive windbreaker zipped up, black joggers, front view.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine; color kept as raw template text.
    case(
        "X1495-033",
        caption(
            "The outer clothing is a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It "
            "has a standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        gt("jacket"),
        col("pure color", "non_answer"),
        pat("solid"),
        sl("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Puma Women Olive Green Windbreaker Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: pink seamless bra, grey leggings, black fitness band on the left wrist. Base colour column missing.
    # Caption: epoch-2 caption adapter (ran to 50 tokens; the wrist accessory is real). Closed: reference engine.
    case(
        "X1495-034",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton. There is an accessory on her wrist. The "
            "lower clothing",
            "cut",
            hit_limit=True,
        ),
        gt("sports bra"),
        col("grey", "other_garment_color"),
        pat("solid"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "pink"),
        gender="Women",
        title="Kica Women Pink Seamless Mid-Impact Sports Bra",
        category="Sports Bra",
    ),
    # Photo: black flared yoga pants, lilac tank top, barefoot on a yoga mat.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine; flares are not leggings.
    case(
        "X1495-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        gt("track pants"),
        col("black"),
        pat("solid"),
        is_a("leggings", "yes", "contradiction", article="a pair of"),
        color_of("pants", "black"),
        gender="Women",
        title="Van Heusen Athleisure Women Black Solid Flared Yoga Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: blue running tee, black shorts, front view.
    # Caption: epoch-2 caption adapter (stopped early; "cotton" for Dri-FIT). Closed: reference engine.
    case(
        "X1495-036",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts this lady wears is of three-point length.",
            "unsupported",
        ),
        gt("t-shirt"),
        col("blue"),
        pat("solid"),
        sl("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Nike Women Blue Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: navy tracksuit, jacket worn open over a white tee, matching navy pants.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; color and sleeves go to the tee.
    case(
        "X1495-037",
        caption(
            "The outer clothing is a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        gt("tracksuit"),
        col("white", "other_garment_color"),
        pat("solid"),
        sl("short sleeves", "contradiction"),
        color_of("jacket", "navy blue"),
        gender="Women",
        title="Alcis Women Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: flat lay, black tee with a white graphic print. Gender column missing.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine.
    case(
        "X1495-038",
        caption("The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline."),
        gt("t-shirt"),
        col("black"),
        pat("graphic"),
        sl("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Enamor Women Black Graphic Printed Athleisure T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: coral-red running shorts with inner liner, white tank top, side view.
    # Caption: epoch-2 caption adapter (stopped early; invents "chiffon"). Closed: reference engine; "white": the tank.
    case(
        "X1495-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The shorts this lady wears is of three-point length. The shorts are with chiffon "
            "fabric and pure color patterns.",
            "unsupported",
        ),
        gt("shorts"),
        col("white", "other_garment_color"),
        pat("solid"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "red"),
        gender="Women",
        title="Zelocity by Zivame Women Coral Red Running Shorts",
        category="Shorts",
        color="Coral",
    ),
    # Photo: black bike-length shorts, black sports bra, no accessories.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; bike shorts are not leggings.
    case(
        "X1495-040",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of medium short length. The fabric is cotton and it has pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gt("shorts"),
        col("black"),
        pat("solid"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("leggings", "yes", "contradiction", article="a pair of"),
        gender="Women",
        title="Nike Women Black Pro 365 Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: beige cropped sweatshirt, brown leggings, model with a very short crop haircut.
    # Caption: epoch-2 caption adapter (ran to 50 tokens; "gentleman"). Closed: reference engine; "brown": leggings.
    case(
        "X1495-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        gt("sweatshirt"),
        col("brown", "other_garment_color"),
        pat("solid"),
        sl("long sleeves"),
        is_a("sweatshirt", "yes"),
        gender="Women",
        title="Puma Women Beige Cropped Training Sweatshirt",
        category="Sweatshirts",
        color="Beige",
    ),
    # Photo: back view, lavender training tee with a mesh back panel, black tights. Article type column missing.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine.
    case(
        "X1495-042",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric. It "
            "has a round neckline. The person wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns."
        ),
        gt("t-shirt"),
        col("purple"),
        pat("solid"),
        sl("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Lavender Rapid-Dry Training T-shirt",
        color="Lavender",
    ),
    # Photo: black high-rise leggings under an oversized white tee that covers the hips.
    # Caption: epoch-2 caption adapter (ran to 50 tokens). Closed: reference engine; type and color go to the tee.
    case(
        "X1495-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gt("t-shirt", "contradiction"),
        col("white", "other_garment_color"),
        pat("solid"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("leggings", "black"),
        gender="Women",
        title="Reebok Women Black Lux High-Rise Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: back view, red crossback sports bra, black leggings.
    # Caption: epoch-2 caption adapter (stopped early). Closed: reference engine.
    case(
        "X1495-044",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        gt("sports bra"),
        col("red"),
        pat("solid"),
        sl("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "red"),
        gender="Women",
        title="Under Armour Women Red Mid Crossback Sports Bra",
        category="Sports Bra",
        color="Red",
    ),
    # Photo: black 3/4 capris ending below the knee with a printed side panel, white tee.
    # Caption: epoch-2 caption adapter (stopped early; "long pants" for capris). Closed: reference engine.
    case(
        "X1495-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns.",
            "contradiction",
        ),
        gt("capris"),
        col("black"),
        pat("printed"),
        is_a("capris", "yes", article="a pair of"),
        gender="Women",
        title="Jockey Women Black Printed Capris",
        category="Capris",
        color="Black",
    ),
]
