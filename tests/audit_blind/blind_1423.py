"""BLIND_1423 (45 products; Myntra women's activewear): written blind in the sixty-fourth session. Measured blind at
9207eb7 (the session's fifth and final rules): 47/59 failures found (79.7%) and 12/227 correct texts flagged (5.3%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear (sports bras, tights, capris, track pants, joggers,
shorts, a skort, tees and tops, sweatshirts, track and running jackets, one tracksuit). Catalog columns as the feed
has them: title, category (Myntra's article type), color (base colour) and gender ("Women"); a few rows lack one.
Photos are the usual studio shots: a model on a white or light grey backdrop wearing the product with other
activewear (a bra with tights, tights with a tee), some back views that show a racerback or strappy back, three flat
lays, and props now and then (a yoga mat, a gym ball, a dumbbell, a water bottle, a racket).
Who wrote what: every caption is free generation by the epoch-2 caption adapter (BLIP-2 OPT-2.7b + LoRA trained on
DeepFashion-MultiModal template captions, 50 new tokens, greedy), so captions use the template's wording ("The lady
wears a ...", "pure color patterns", "other fabric", "suspenders neckline", "three-point shorts") and never name a
hue. Trained without an end token, it runs to the limit on a bit over half of the products (cut mid-sentence, or
looping on one template sentence); on the rest it stopped on its own. Every question is a closed one answered by the
reference engine, which ranks a candidate list and keeps the raw text when the answer maps to no candidate ("wine").
I asked the same closed questionnaire in the blind writers' words (garment type, color, pattern, sleeve length), plus
some of: a yes/no "Is this a ...?", the color of the other garment in the photo, and closed neckline, length,
material and support-level questions (material is asked closed here because the engine answers it from a list).
Labeling conventions and judgement calls: one failure kind per text. A caption that ran to the limit is marked
hit_limit=True; it is labeled "loop" when it repeats a template sentence, otherwise "cut", unless what it does say is
wrong, in which case the content error is the label (a caption naming a sports bra "tank top" is a contradiction of
the title; an accessory, a hat or a fabric the photo does not show is unsupported; "gentleman"/"his"/"This man" for
a women's product is pronoun). One caption (X1423-029) filled the 50 tokens exactly at a sentence end and says
nothing wrong: left unmarked, with hit_limit=True. The template's fabric words are judged against the title and the
truth I imagined: "other fabric" for synthetics and "cotton" for cotton pieces are fine; "knitted" for a Dri-FIT
top is not. "tank top" for the other garment (not the product) is left unmarked; only the product's name counts.
"sweater" for a sweatshirt, "pants"/"trousers" for track pants and joggers, and "leggings" for tights are the
template's words and accepted. Colors: nearby candidate names are accepted (lavender -> purple, burgundy -> maroon,
teal -> green, mustard -> yellow, rust -> orange, sea green -> green); a color that belongs to the other garment in the
photo is other_garment_color; a wrong hue of the product itself (navy read as black, fluorescent green as yellow, the
print's white for a black tee) is contradiction. Closed answers about the other garment's sleeves or pattern, the
wrong garment type, a wrong yes/no, a length or support level against the title are contradiction; "sleeveless"
for tights or shorts is accepted (they have no sleeves), "long sleeve" for flat-laid tights is not. The adidas tee
(title "Solid 3-Stripes") answered "striped" is left unmarked: the shoulder stripes are what the photo shows. The
camouflage tights answered "black" are left unmarked: half the print is black. "jacket" for a tracksuit (jacket and
pants sold as one) is marked contradiction: it would file the set as a jacket. Material "cotton" for Dri-FIT shorts
is unsupported (the title names no fabric; the shorts are polyester), and so is "cotton" for the ASICS running tee.
Closed answers are mostly right (the engine only ranks a short list); most of the failures are in the captions.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, question

NECKLINE = question("neckline", "What is the neckline of the garment?", "closed")
LENGTH = question("length", "What is the length of the garment?", "closed")
MATERIAL = question("material", "What material is the garment made of?", "closed")
SUPPORT = question("support", "What is the support level of the sports bra?", "closed")

BLIND_1423 = [
    # Front view: black Nike bra with a small white swoosh, model in grey melange tights, white backdrop.
    # Caption: epoch-2 caption adapter (stopped on its own). Answers: reference engine.
    case(
        "X1423-001",
        caption(
            "The upper clothing has no sleeves, other fabric and graphic patterns. The neckline of it is V-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("leggings", "grey"),
        gender="Women",
        title="Nike Women Black Dri-FIT Swoosh Medium-Support Non-Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Front view: pink bra, black full-length tights. Caption: adapter, ran to 50 tokens repeating the leggings
    # sentence. Answers: reference engine; the color answer is the tights' black.
    case(
        "X1423-002",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with other fabric and pure color patterns. "
            "The leggings are with other fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Pink Solid Non-Wired Lightly Padded Sports Bra SB06",
        category="Sports Bra",
        color="Pink",
    ),
    # Side view: black tights, white cropped tee, white sneakers. Caption: adapter, cut at the limit (content so far
    # right). Answers: reference engine; garment type and sleeves are the tee's.
    case(
        "X1423-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with other fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Front view: navy track jacket with stand collar, half zipped over a white tee, black track pants.
    # Caption: adapter (stopped). Answers: reference engine. All right.
    case(
        "X1423-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is standing. The lady wears a long pants."
        ),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        color_of("pants", "black"),
        gender="Women",
        title="Puma Women Navy Blue Solid Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Front view: teal high-rise tights with a darker leaf print, black sports bra. Caption: adapter, ran to the
    # limit and calls the printed tights "pure color". Answers: reference engine; color is the bra's black.
    case(
        "X1423-005",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is suspenders. The lady wears a long leggings. The leggings are with other fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Teal Printed High-Rise Tights",
        category="Tights",
        color="Teal",
    ),
    # Flat lay on grey: white tee with the three black shoulder stripes. Caption: adapter (stopped).
    # Answers: reference engine. "striped" left unmarked (see notes).
    case(
        "X1423-006",
        caption(
            "The upper clothing has short sleeves, other fabric and striped patterns. The neckline of it is round."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeve"),
        MATERIAL("polyester"),
        gender="Women",
        title="adidas Women White Solid 3-Stripes Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Back view: black 7/8 tights ending above the ankle, grey tank, hair tied up. Caption: adapter, ran to the
    # limit, man's pronouns. Answers: reference engine; "full length" against the 7/8 title.
    case(
        "X1423-007",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a long trousers. The trousers are with other fabric and pure color patterns. There is "
            "an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        LENGTH("full length", "contradiction"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Nike Women Black Solid Dri-FIT One Mid-Rise 7/8 Tights",
        category="Tights",
        color="Black",
    ),
    # Front view: grey melange cotton leggings, black cotton tank, barefoot on a yoga mat. Caption: adapter
    # (stopped). Answers: reference engine. All right.
    case(
        "X1423-008",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("grey"),
        Q.pattern("solid"),
        MATERIAL("cotton"),
        is_a("pair of leggings", "yes"),
        color_of("tank top", "black"),
        gender="Women",
        title="DOMYOS By Decathlon Women Grey Melange Solid Cotton Yoga Leggings",
        category="Tights",
        color="Grey Melange",
    ),
    # Back view: coral racerback bra, navy running shorts. Caption: adapter, looping on the shorts sentence.
    # Answers: reference engine; from the back the bra is taken for a tank top.
    case(
        "X1423-009",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is suspenders. The lady wears a three-point shorts. The shorts are with other fabric and pure color "
            "patterns. The shorts are with other fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("coral"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no", "contradiction"),
        gender="Women",
        title="Reebok Women Coral Solid Workout Ready Racerback Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Front view: lavender tee with a small "MOVE" chest print, black joggers, black fitness band on the wrist.
    # Caption: adapter (stopped), right. Answers: reference engine; "v-neck" against the round-neck title.
    case(
        "X1423-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with other fabric and its "
            "neckline is round. The lady wears a long pants. There is an accessory on her wrist."
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve"),
        NECKLINE("v-neck", "contradiction"),
        MATERIAL("polyester"),
        gender="Women",
        title="Alcis Women Lavender Printed Slim Fit Round Neck Training T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Flat lay on white: black cotton-elastane full-coverage bra. No gender column on this row.
    # Caption: adapter (stopped). Answers: reference engine. All right.
    case(
        "X1423-011",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        MATERIAL("cotton"),
        title="Jockey Women Black Solid Full Coverage Non-Padded Sports Bra 1376",
        category="Sports Bra",
        color="Black",
    ),
    # Front view: black hooded jacket with pink side panels, worn open over a pink bra, black tights.
    # Caption: adapter, cut at the limit. Answers: reference engine. All right.
    case(
        "X1423-012",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with other fabric and its "
            "neckline is standing. The lady wears a tank top inside. The lady wears a long leggings. The leggings "
            "are with other fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeve"),
        color_of("tights", "black"),
        gender="Women",
        title="Puma Women Black Colourblocked Hooded Training Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front view: olive high-impact bra with matching olive leggings (sold separately). Caption: adapter (stopped),
    # names the bra a tank top. Answers: reference engine; "yes" to leggings answers for the other garment.
    case(
        "X1423-013",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric. The lady wears a "
            "long leggings. The leggings are with other fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("olive"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("pair of leggings", "yes", "contradiction"),
        SUPPORT("high"),
        gender="Women",
        title="Kica Women Olive Green Solid High-Impact Padded Sports Bra",
        category="Sports Bra",
        color="Olive",
    ),
    # Running pose: neon lime tee, black shorts. Caption: adapter, cut at the limit. Answers: reference engine;
    # the neon green is read as yellow.
    case(
        "X1423-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with other fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        NECKLINE("round neck"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Solid Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Front view: maroon cropped crew-neck sweatshirt, black high-waist joggers. Caption: adapter, cut at the limit
    # ("sweater" accepted). Answers: reference engine; color kept raw ("wine"), right.
    case(
        "X1423-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("wine"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        LENGTH("cropped"),
        is_a("hoodie", "no"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Front view: black track pants with white side stripes, white tee tucked in. Caption: adapter, repeats the tee
    # sentence and runs out before the pants. Answers: reference engine; color and sleeves are the tee's.
    case(
        "X1423-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is with cotton fabric and its neckline is round. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("pair of track pants", "yes"),
        gender="Women",
        title="adidas Women Black Solid Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front view: peach bra with a white tropical-leaf print, white jogger shorts. Caption: adapter (stopped).
    # Answers: reference engine; color is the shorts' (and print's) white.
    case(
        "X1423-017",
        caption(
            "The upper clothing has no sleeves, other fabric and floral patterns. The neckline of it is suspenders. "
            "The lower clothing is of three-point length."
        ),
        Q.garment_type("sports bra"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        SUPPORT("medium"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Peach-Coloured Printed Medium-Impact Padded Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Front view: navy high-waist tights that photograph near-black, white sports bra. Caption: adapter, cut.
    # Answers: reference engine; navy read as black.
    case(
        "X1423-018",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is round. The lady wears a long leggings. The leggings are with other fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        is_a("pair of tights", "yes"),
        color_of("sports bra", "white"),
        gender="Women",
        title="C9 Airwear Women Navy Blue Solid High-Waist Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Front view: black full-sleeve compression top with thumbholes, grey joggers, short hair. Caption: adapter,
    # ran to the limit, "This man". Answers: reference engine. All right.
    case(
        "X1423-019",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric and its "
            "neckline is round. This man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        NECKLINE("round neck"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="Boldfit Women Black Solid Slim Fit Full Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Side view: grey melange cotton joggers with cuffed hems, black tee. Caption: adapter (stopped).
    # Answers: reference engine; sleeves are the tee's.
    case(
        "X1423-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("joggers"),
        Q.color("grey"),
        Q.pattern("solid"),
        MATERIAL("cotton"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Women",
        title="Van Heusen Athleisure Women Grey Melange Solid Joggers",
        category="Joggers",
        color="Grey Melange",
    ),
    # Three-quarter back view: teal racerback tank, black shorts. Caption: adapter, looping on the shorts.
    # Answers: reference engine; the racerback taken for a sports bra.
    case(
        "X1423-021",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is round. The lady wears a three-point shorts. The lady wears a three-point shorts. The lady wears a "
            "three-point shorts. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes", "contradiction"),
        gender="Women",
        title="Puma Women Teal Solid Racerback Training Tank Top",
        category="Tops",
        color="Teal",
    ),
    # Front view: pink Dri-FIT running shorts, white cotton tank. Caption: adapter (stopped).
    # Answers: reference engine; "cotton" for polyester shorts.
    case(
        "X1423-022",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "three-point shorts. The shorts are with other fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("pink"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        MATERIAL("cotton", "unsupported"),
        gender="Women",
        title="Nike Women Pink Solid Dri-FIT Tempo Running Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Flat lay on white: lavender lightly padded bra, V front. Caption: adapter (stopped). Answers: reference
    # engine. All right.
    case(
        "X1423-023",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape."
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Lavender Solid Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Front view: grey and black camouflage tights, black sports bra. Caption: adapter, cut.
    # Answers: reference engine; "black" left unmarked (half the print is black).
    case(
        "X1423-024",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is suspenders. The lady wears a long leggings. The leggings are with other fabric and graphic patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("camouflage"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Multicoloured Camouflage Print Training Tights",
        category="Tights",
        color="Grey",
    ),
    # Front view: mustard hoodie, hood down, kangaroo pocket, black joggers; no hat. Caption: adapter, ran to the
    # limit, invents a hat (the hood?). Answers: reference engine. All right.
    case(
        "X1423-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. She wears a hat. There is an",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        MATERIAL("cotton"),
        is_a("jacket", "no"),
        gender="Women",
        title="Rock.it Women Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Front view: black capris ending mid-calf, grey tank. Caption: adapter (stopped), right.
    # Answers: reference engine; "full length" against the capris.
    case(
        "X1423-026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "three-quarter leggings. The leggings are with other fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        LENGTH("full length", "contradiction"),
        is_a("pair of capris", "yes"),
        gender="Women",
        title="Reebok Women Black Solid Lux High-Rise Training Capris",
        category="Capris",
        color="Black",
    ),
    # Front view: white track jacket with navy sleeves and yoke, zipped, navy track pants. Caption: adapter,
    # looping on the pants sentence. Answers: reference engine. All right.
    case(
        "X1423-027",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with other fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with other fabric and pure color "
            "patterns. The pants are with other fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        color_of("pants", "navy blue"),
        gender="Women",
        title="Kappa Women White & Navy Colourblocked Track Jacket",
        category="Jackets",
        color="White",
    ),
    # Front view: navy tracksuit (jacket with pink zip trim and matching pants). Caption: adapter (stopped).
    # Answers: reference engine; "jacket" for the set (see notes), then "yes" to tracksuit.
    case(
        "X1423-028",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with other fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("tracksuit", "yes"),
        gender="Women",
        title="Alcis Women Navy Blue & Pink Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Front view: red tee, black tights, water bottle in hand. No gender column. Caption: adapter, filled the 50
    # tokens exactly at a sentence end; nothing wrong. Answers: reference engine. All right.
    case(
        "X1423-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with other fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        MATERIAL("polyester"),
        NECKLINE("round neck"),
        title="Nike Women Red Solid Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Front view: black skort, white tee tucked in, tennis racket. Caption: adapter (stopped), right.
    # Answers: reference engine; color is the tee's white.
    case(
        "X1423-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt."
        ),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Zelocity by Zivame Women Black Solid Sports Skort",
        category="Skirts",
        color="Black",
    ),
    # Front view: black oversized tee with big white "STRONGER" text, grey biker shorts. Caption: adapter, cut.
    # Answers: reference engine; color is the lettering's white.
    case(
        "X1423-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Campus Sutra Women Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Front view: bright blue hooded running windcheater, zipped, black tights. Caption: adapter (stopped), right.
    # Answers: reference engine; "hoodie" for the thin polyester shell (hood up in the photo).
    case(
        "X1423-032",
        caption(
            "This lady wears an outer clothing, with other fabric and pure color patterns. The lady wears a long "
            "leggings."
        ),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        MATERIAL("polyester"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="Kalenji By Decathlon Women Blue Solid Hooded Running Windcheater Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Front view: grey mid-impact bra with a logo band, black tights, a dumbbell in one hand, nothing on the wrists.
    # Caption: adapter, ran to the limit, invents a wrist accessory. Answers: reference engine. All right.
    case(
        "X1423-033",
        caption(
            "The upper clothing has no sleeves, other fabric and graphic patterns. The neckline of it is round. The "
            "lady wears a long leggings. The leggings are with other fabric and pure color patterns. There is an "
            "accessory on her wrist. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        SUPPORT("medium"),
        color_of("leggings", "black"),
        gender="Women",
        title="Under Armour Women Grey Solid HeatGear Mid-Impact Sports Bra",
        category="Sports Bra",
        color="Grey",
    ),
    # Front view: burgundy 7/8 tights, black crop tank, on a yoga mat. Caption: adapter (stopped).
    # Answers: reference engine; the tank given the tights' color.
    case(
        "X1423-034",
        caption("The lady wears a tank top with pure color patterns. The lady wears a three-quarter leggings."),
        Q.garment_type("leggings"),
        Q.color("maroon"),
        Q.pattern("solid"),
        LENGTH("ankle length"),
        is_a("pair of tights", "yes"),
        color_of("tank top", "maroon", "other_garment_color"),
        gender="Women",
        title="Puma Women Burgundy Solid Studio Yogini High-Rise 7/8 Tights",
        category="Tights",
        color="Burgundy",
    ),
    # Back view: black bra with criss-cross straps, grey melange joggers. Caption: adapter, ran to the limit,
    # names the bra a tank top. Answers: reference engine; color is the joggers' grey.
    case(
        "X1423-035",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is suspenders. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Black Solid Strappy-Back Padded Non-Wired Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Front view: black mid-thigh cycling shorts, white oversized tee knotted at the waist. Caption: adapter
    # (stopped). Answers: reference engine; color is the tee's white.
    case(
        "X1423-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a medium short shorts."
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        LENGTH("short"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front view: purple tights with a pink and orange geometric print, white sports bra. Caption: adapter, cut.
    # Answers: reference engine; "solid" for the printed tights.
    case(
        "X1423-037",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with other fabric and graphic patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="Reebok Women Purple & Pink Printed Lux Bold Training Tights",
        category="Tights",
        color="Purple",
    ),
    # Front view on white: white long-sleeve cropped top, black high-waist tights. Caption: adapter (stopped).
    # Answers: reference engine; the white top on white is answered with the tights' black.
    case(
        "X1423-038",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        LENGTH("cropped"),
        NECKLINE("round neck"),
        gender="Women",
        title="Kica Women White Solid Cropped Long Sleeve Training Top",
        category="Tops",
        color="White",
    ),
    # Seated on a gym ball: sea-green bra, sea-green and black colour-blocked tights. No gender column.
    # Caption: adapter, looping on the lower-clothing sentences. Answers: reference engine; pattern is the tights',
    # support level against the title.
    case(
        "X1423-039",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is other and it has color block patterns. The lower "
            "clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("green"),
        Q.pattern("color block", "contradiction"),
        Q.sleeve_length("sleeveless"),
        SUPPORT("high", "contradiction"),
        title="HRX by Hrithik Roshan Women Sea Green Solid Medium-Impact Sports Bra",
        category="Sports Bra",
        color="Sea Green",
    ),
    # Flat lay on grey: pink running tee with a small reflective logo. No category column. Caption: adapter,
    # looping on the two template sentences. Answers: reference engine; "cotton" for the polyester tee.
    case(
        "X1423-040",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The upper clothing has short sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The upper clothing has short",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        MATERIAL("cotton", "unsupported"),
        gender="Women",
        title="ASICS Women Pink Solid Core Running T-shirt",
        color="Pink",
    ),
    # Side view: navy cotton track pants with white drawcord, grey tee, no jewellery. Caption: adapter, ran to the
    # limit before the pants, invents a wrist accessory and a ring. Answers: reference engine; sleeves are the tee's.
    case(
        "X1423-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. There is a ring on her finger. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        MATERIAL("cotton"),
        is_a("pair of track pants", "yes"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Slim Fit Track Pants 1301",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front view: all black, leggings and a black sports bra. Caption: adapter (stopped); "tank top" for the bra,
    # which is not the product, left unmarked. Answers: reference engine. All right.
    case(
        "X1423-042",
        caption(
            "The lady wears a tank top with pure color patterns. The lady wears a long leggings. The leggings are "
            "with other fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        color_of("sports bra", "black"),
        gender="Women",
        title="Enamor Women Black Solid Athleisure Leggings",
        category="Tights",
        color="Black",
    ),
    # Front view: charcoal Dri-FIT half-zip running top with thumbholes, black tights. Caption: adapter, ran to the
    # limit, "knitted fabric" for the Dri-FIT top. Answers: reference engine; "sweatshirt" for the thin running top.
    case(
        "X1423-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and "
            "its neckline is standing. The lady wears a long leggings. The leggings are with other fabric and pure "
            "color patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        NECKLINE("high neck"),
        gender="Women",
        title="Nike Women Charcoal Grey Solid Dri-FIT Half-Zip Running Top",
        category="Tops",
        color="Charcoal",
    ),
    # Front view: rust longline bra with a V front, black flared yoga pants. Caption: adapter (stopped), names the
    # bra a tank top. Answers: reference engine; "yes" to tank top.
    case(
        "X1423-044",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is V-shape. The lady wears a long trousers.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        NECKLINE("v-neck"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Zelocity by Zivame Women Rust Solid Longline Sports Bra",
        category="Sports Bra",
        color="Rust",
    ),
    # Flat lay on white: black high-waist leggings laid out flat. Caption: adapter (stopped).
    # Answers: reference engine; the flat legs are read as long sleeves.
    case(
        "X1423-045",
        caption("The lower clothing is of long length. The fabric is other and it has pure color patterns."),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("pair of tights", "yes"),
        gender="Women",
        title="DOMYOS By Decathlon Women Black Solid High-Waist Shaping Fitness Leggings 520",
        category="Tights",
        color="Black",
    ),
]
