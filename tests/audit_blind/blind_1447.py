"""BLIND_1447 (45 products; Myntra women's activewear, epoch-2 caption adapter + reference engine): written blind in the
sixty-fifth session. Measured blind at 0c250e6 (the session's first rules): 57/64 failures found (89.1%) and 8/224
correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed (sports bras, tights and leggings, track pants and joggers,
track and running jackets, training tees and tanks, sweatshirts, shorts, one tennis skirt). Columns as Myntra ships
them: title, category (articleType), color (baseColour), gender; a few rows lack one of them. Photos are the usual
studio shots: a model on a plain light backdrop wearing the product with other clothes (black tights under most tops,
a tee or a sports bra over most bottoms), a few back views, two flat lays, one ghost mannequin, one yoga-mat prop.
Who wrote what: every caption comes from the epoch-2 checkpoint of the caption adapter (BLIP-2 OPT-2.7b + LoRA on
DeepFashion-MultiModal captions), greedy, 50 new tokens. It speaks only the DeepFashion template: "tank top",
"T-shirt", "sweater", "upper clothing", "pants", "leggings", "three-point shorts"; patterns instead of hues ("pure
color", "graphic", "color block", "striped", "floral"); fabric from cotton / knitting / other; accessories on the
wrist, rings, hats. It was trained without an end token, so more than half of the captions run to the 50-token limit
and end mid-sentence or repeat a sentence; the shorter templates end on their own. Every question is closed and was
answered by the reference engine (candidate answers ranked; free text kept when it maps to no candidate, twice here),
so the answers are short and none ran to the 30-token limit.
Labeling conventions and judgement calls: one kind per text. When a caption both runs to the limit and says something
wrong (a cotton tank for a Dri-FIT bra, a gentleman, a wrist accessory nobody wears) I label the wrong content, since
hit_limit already records the limit; a caption that ran to the limit but happens to end on a full stop is left
unmarked when what it says is true. "Tank top" for a sports bra in a caption is not marked: the template has no bra
word and it is the nearest garment it knows; but the engine picking "tank top" when "sports bra" is a candidate is a
contradiction. Template fabric "cotton" is marked unsupported only where the product is not cotton (Dri-FIT,
Rapid-Dry, shaping or padded nylon, performance tights); "other fabric" is never marked. Colour near-misses are not
marked (coral as orange, peach as pink, teal as blue, lavender as purple, maroon as red, a multicolour print answered
with its main colour); a dark navy read as black, charcoal read as black, lavender read as pink are marked
contradiction. A closed colour that belongs to another garment in the photo (the tights, the bra under a tank) is
other_garment_color; a colour that belongs to a prop (the yoga mat) is contradiction. "Striped" for side taping or
sleeve stripes is not marked; "striped" for the pleats of a skirt is. A woman's template with no person in the photo
(flat lay, mannequin) is not marked by itself, but a wrist accessory or ring claimed on it is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, question

NECKLINE = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1447 = [
    # Photo: model facing camera in a pink racerback sports bra, black full-length tights, white trainers, ankle socks
    # showing, grey backdrop. Caption: epoch-2 caption adapter (ended on its own). Answers: reference engine.
    case(
        "X1447-001",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a round neckline. The pants "
            "this woman wears is of long length. The pants are with other fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        title="HRX by Hrithik Roshan Women Pink Solid Medium-Impact Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # Photo: black high-waist training tights with a small white logo on the left thigh, worn with a grey melange
    # cropped tee; front view. Caption: epoch-2 caption adapter, ran to the limit. Answers: reference engine; the colour
    # answer is the tee's.
    case(
        "X1447-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with other fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black"),
        title="Puma Women Black Solid High-Rise Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # Photo: navy track jacket zipped to the stand collar, three white stripes down each sleeve, black track pants, a
    # fitness band on the left wrist. Caption: epoch-2 adapter, ran to the limit. Answers: reference engine; navy read
    # as black.
    case(
        "X1447-003",
        caption(
            "The upper clothing has long sleeves, other fabric and striped patterns. The neckline of it is stand. The "
            "lower clothing is of long length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        NECKLINE("mock collar"),
        is_a("jacket", "yes"),
        title="ADIDAS Women Navy Blue Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # Photo: coral cotton tee with a small white graphic on the chest, black shorts, front view. Caption: epoch-2
    # adapter (ended on its own). Answers: reference engine; coral given as orange, not marked.
    case(
        "X1447-004",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The woman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="DECATHLON Domyos Women Coral Printed Cotton Fitness T-shirt",
        category="Tshirts",
        color="Coral",
        gender="Women",
    ),
    # Photo: back view; black sports bra with a strappy cross-back, olive green leggings. Caption: epoch-2 adapter,
    # looped on the pants sentence to the limit. Answers: reference engine; the colour answer is the leggings'.
    case(
        "X1447-005",
        caption(
            "The lady wears a tank top with no sleeves. The tank top is with other fabric and pure color patterns. The "
            "lady wears a long pants. The pants are with other fabric and pure color patterns. The lady wears a long "
            "pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("green", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "black"),
        title="Nike Women Black Swoosh Medium-Support Padded Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # Photo: grey melange straight track pants with a drawstring, white crew-neck tee, front view. Caption: epoch-2
    # adapter, ran to the limit (content true: Jockey pants are cotton). Answers: reference engine, all right.
    case(
        "X1447-006",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants the person wears is of long length. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("track pants", "grey"),
        title="Jockey Women Grey Melange Solid Straight-Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # Photo: side view; teal leggings with an all-over abstract print in navy and white, black sports bra. Caption:
    # epoch-2 adapter (ended on its own) calls the printed leggings pure color. Answers: reference engine; the colour
    # answer is the bra's; teal as blue not marked.
    case(
        "X1447-007",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this woman wears is of long length. The pants are with other fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("leggings", "blue"),
        title="Blissclub Women Teal Abstract Printed High-Rise Leggings",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # Photo: lavender pullover hoodie with kangaroo pocket, hood down, black joggers, white trainers. Caption: epoch-2
    # adapter (ended on its own) invents a hat: the hood is down and she wears none. Answers: reference engine;
    # lavender read as pink.
    case(
        "X1447-008",
        caption(
            "This female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The female wears a long pants. The pants are with cotton fabric and pure color patterns. There is a hat "
            "on her head.",
            "unsupported",
        ),
        Q.garment_type("sweatshirt"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        NECKLINE("hooded"),
        is_a("hoodie", "yes"),
        title="Puma Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # Photo: flat lay, black Dri-FIT running shorts with a white swoosh on white card; no person. Caption: epoch-2
    # adapter (ended on its own) puts an accessory on the wrist of a woman who is not there. Answers: reference engine.
    case(
        "X1447-009",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "black"),
        title="Nike Women Black Dri-FIT Tempo Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # Photo: olive racerback training tank, black tights, a smartwatch on the left wrist. Caption: epoch-2 adapter, ran
    # to the limit but stopped on a full stop; all true. Answers: reference engine, all right.
    case(
        "X1447-010",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a round neckline. The pants "
            "this woman wears is of long length. The pants are with other fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        NECKLINE("racerback"),
        is_a("tank top", "yes"),
        title="Kica Women Olive Green Solid Racerback Training Tank Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # Photo: maroon track jacket with white and black colour-block shoulder panels, worn open over a white tee, black
    # leggings; long hair, clearly a woman. Caption: epoch-2 adapter, ran to the limit, calls her a gentleman. Answers:
    # reference engine; the colour answer is the tee's. The feed row has no gender.
    case(
        "X1447-011",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "This gentleman also wears an outer clothing, with other fabric and color block patterns. The lower "
            "clothing is of long length. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("colour block"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        title="Reebok Women Maroon Colourblocked Training Track Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: white Rapid-Dry running tee with a black typography print "RUN THE WORLD", navy shorts. Caption: epoch-2
    # adapter, ran to the limit, gives the polyester tee cotton fabric. Answers: reference engine; the print answered
    # as solid.
    case(
        "X1447-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "white"),
        title="HRX by Hrithik Roshan Women White Typography Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # Photo: black cuffed joggers, worn with a pink crew-neck sweatshirt, white trainers. Caption: epoch-2 adapter,
    # looped on the pants sentence. Answers: reference engine; the joggers' colour given as the sweatshirt's.
    case(
        "X1447-013",
        caption(
            "This woman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The woman wears a long pants. The pants are with cotton fabric and pure color patterns. The woman wears a "
            "long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("joggers"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("joggers", "yes", article="a pair of"),
        color_of("joggers", "pink", "other_garment_color"),
        title="Allen Solly Woman Black Solid Cuffed Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # Photo: sports bra in a blue and purple tie-dye print, black shorts. Caption: epoch-2 adapter (ended on its own);
    # "graphic" for tie-dye not marked. Answers: reference engine; blue for a blue-purple print not marked, "solid"
    # for the print is wrong.
    case(
        "X1447-014",
        caption(
            "Her tank top has no sleeves, other fabric and graphic patterns. It has a round neckline. The shorts this "
            "woman wears is of three-point length. The shorts are with other fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        title="Enamor Women Multicoloured Tie-Dye Printed Non-Padded Sports Bra SB06",
        category="Sports Bra",
        color="Multi",
        gender="Women",
    ),
    # Photo: charcoal grey tights with black mesh panels at the calves, black sports bra; bare wrists. Caption: epoch-2
    # adapter, ran to the limit on a full stop, invents a wrist accessory. Answers: reference engine; charcoal read as
    # black.
    case(
        "X1447-015",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this woman wears is of long length. The pants are with other fabric and pure color patterns. There "
            "is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("tights"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "grey"),
        title="Cultsport Women Charcoal Grey Mesh Panel Training Tights",
        category="Tights",
        color="Charcoal",
        gender="Women",
    ),
    # Photo: blue long-sleeve running top with thumbholes, black tights, a sports watch on the wrist and a phone
    # armband. Caption: epoch-2 adapter (ended on its own), true. Answers: reference engine; sleeves answered short.
    case(
        "X1447-016",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        NECKLINE("round neck"),
        is_a("t-shirt", "yes"),
        title="DECATHLON Kalenji Women Blue Solid Long Sleeve Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # Photo: navy track pants with white side taping, white tee. Caption: epoch-2 adapter, ran to the limit; "striped"
    # for side taping not marked. Answers: reference engine; the pants' colour given as the tee's.
    case(
        "X1447-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with other fabric and striped "
            "patterns. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("track pants", "white", "other_garment_color"),
        title="Puma Women Navy Blue T7 Track Pants with Side Taping",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # Photo: peach cropped cotton sweatshirt, black high-waist leggings. Caption: epoch-2 adapter, ran to the limit.
    # Answers: reference engine; peach as pink not marked.
    case(
        "X1447-018",
        caption(
            "This female is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes"),
        title="Roadster Women Peach-Coloured Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # Photo: black cotton tank with a large white logo print across the chest, grey jersey shorts. Caption: epoch-2
    # adapter (ended on its own), true. Answers: reference engine; the big print answered as solid.
    case(
        "X1447-019",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts this "
            "woman wears is of three-point length. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        title="ADIDAS Women Black Brand Logo Printed Cotton Training Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # Photo: white high-impact sports bra on a ghost mannequin, wide padded straps, no person and no lower garment.
    # Caption: epoch-2 adapter (ended on its own); the template lady is not marked. Answers: reference engine, which
    # takes the wide-strapped bra for a tank top twice.
    case(
        "X1447-020",
        caption(
            "The lady wears a tank top with no sleeves. The tank top is with other fabric and pure color patterns. It "
            "has a round neckline."
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no", "contradiction"),
        title="Triumph Women White Triaction Hybrid Lite Wired High-Impact Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # Photo: neon yellow windproof running jacket zipped up, black tights. Caption: epoch-2 adapter, ran to the limit
    # while adding an outer clothing. Answers: reference engine, all right.
    case(
        "X1447-021",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. This lady also "
            "wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        color_of("jacket", "yellow"),
        title="DECATHLON Kalenji Women Yellow Windproof Running Jacket",
        category="Jackets",
        color="Yellow",
        gender="Women",
    ),
    # Photo: black calf-length capris with a grey geometric print on wide side panels, white tank. Caption: epoch-2
    # adapter (ended on its own) calls the printed capris pure color. Answers: reference engine agrees, also wrong.
    case(
        "X1447-022",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this woman wears is of three-point length. The pants are with other fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("capris"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        is_a("capris", "yes", article="a pair of"),
        color_of("capris", "black"),
        title="FILA Women Black Printed Training Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # Photo: back view, ponytail; grey Dri-FIT training tee, black shorts. Caption: epoch-2 adapter, looped on the
    # shorts sentence. Answers: reference engine; the tee's colour given as the shorts'.
    case(
        "X1447-023",
        caption(
            "The person is wearing a short-sleeve shirt with pure color patterns. It has a crew neckline. The person "
            "wears a three-point shorts. The shorts are with other fabric and pure color patterns. The person wears a "
            "three-point shorts. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Nike Women Grey Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Women",
    ),
    # Photo: tracksuit, black jacket with pink shoulder panels and black track pants with pink side panels, watch on
    # the wrist. Caption: epoch-2 adapter, ran to the limit on a full stop; true. Answers: reference engine, all right.
    # The feed row has no gender.
    case(
        "X1447-024",
        caption(
            "The upper clothing has long sleeves, other fabric and color block patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is other and it has color block patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("colour block"),
        Q.sleeve_length("long sleeves"),
        is_a("tracksuit", "yes"),
        color_of("jacket", "black"),
        title="Alcis Women Black & Pink Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: co-ord shoot, mauve strappy sports bra with matching mauve leggings (sold separately). Caption: epoch-2
    # adapter, ran to the limit. Answers: reference engine; mauve as purple is right, and both garments are purple.
    case(
        "X1447-025",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this woman wears is of long length. The pants are with other fabric and pure color patterns. This "
            "woman wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "purple"),
        title="Zelocity by Zivame Women Mauve Solid Lightly Padded Strappy Sports Bra",
        category="Sports Bra",
        color="Mauve",
        gender="Women",
    ),
    # Photo: back view; navy leggings with a phone in the side pocket, white tee. Caption: epoch-2 adapter, ran to the
    # limit. Answers: reference engine; navy read as black by the colour question, right by the leggings question.
    case(
        "X1447-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with other fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("leggings", "navy blue"),
        title="Blissclub Women Navy Blue The Ultimate Leggings with Side Pockets",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # Photo: sea green slim yoga tee, black tights, holding a rolled purple yoga mat across the chest. Caption: epoch-2
    # adapter (ended on its own), true. Answers: reference engine; the colour question answered with the mat's colour.
    case(
        "X1447-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric. The "
            "lady wears a long leggings. The leggings are with other fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "green"),
        title="Kica Women Sea Green Solid Slim Fit Yoga T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Women",
    ),
    # Photo: pink 2-in-1 running shorts (loose shorts over a short black liner), black sports bra. Caption: epoch-2
    # adapter (ended on its own) gives her long pants. Answers: reference engine; the colour answer is the bra's.
    case(
        "X1447-028",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a round neckline. The pants "
            "this woman wears is of long length. The pants are with other fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "pink"),
        title="Puma Women Pink Solid 2-in-1 Running Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # Photo: black crew-neck sweatshirt (no hood) with a large white cat logo print, grey joggers. Caption: epoch-2
    # adapter, looped on the pants sentence. Answers: reference engine; "yes" to hoodie is wrong.
    case(
        "X1447-029",
        caption(
            "This female is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "The female wears a long pants. The pants are with cotton fabric and pure color patterns. The female wears "
            "a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Women Black Brand Logo Printed Crew Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # Photo: teal light-support sports bra, black cycling shorts; a thin ring on one finger. Caption: epoch-2 adapter,
    # ran to the limit. Answers: reference engine; teal as blue not marked; the bra question answered with the shorts'.
    case(
        "X1447-030",
        caption(
            "The lady wears a tank top with no sleeves. The tank top is with other fabric and pure color patterns. The "
            "lady wears a three-point shorts. The shorts are with other fabric and pure color patterns. There is a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "black", "other_garment_color"),
        title="Nike Women Teal Indy Light-Support Non-Padded Sports Bra",
        category="Sports Bra",
        color="Teal",
        gender="Women",
    ),
    # Photo: black cycling shorts, oversized lilac cotton tee knotted at the waist. Caption: epoch-2 adapter (ended on
    # its own), true. Answers: reference engine, all right.
    case(
        "X1447-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a three-point shorts. The shorts are with other fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "black"),
        title="DressBerry Women Black Solid High-Rise Cycling Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # Photo: black hooded zip jacket with a white chest panel, hood down, black leggings, no hat. Caption: epoch-2
    # adapter, ran to the limit on a full stop, puts a hat on her head. Answers: reference engine, all right. The feed
    # row has no category.
    case(
        "X1447-032",
        caption(
            "The upper clothing has long sleeves, other fabric and color block patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. There is a hat "
            "on her head.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("colour block"),
        Q.sleeve_length("long sleeves"),
        NECKLINE("hooded"),
        is_a("jacket", "yes"),
        title="Campus Sutra Women Black & White Colourblocked Hooded Sporty Jacket",
        color="Black",
        gender="Women",
    ),
    # Photo: loose white cotton muscle tank with deep armholes showing a black sports bra, black shorts. Caption:
    # epoch-2 adapter (ended on its own), true. Answers: reference engine; the colour answer is the bra's and shorts'.
    case(
        "X1447-033",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "this woman wears is of three-point length. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        color_of("tank top", "white"),
        title="ONLY Play Women White Solid Loose Training Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # Photo: maroon flared yoga pants, black cropped tank, hair tie on the wrist. Caption: epoch-2 adapter, ran to the
    # limit. Answers: reference engine; "leggings" for flared pants is wrong, maroon as red not marked.
    case(
        "X1447-034",
        caption(
            "The lady wears a tank top with no sleeves. The tank top is with other fabric and pure color patterns. The "
            "lady wears a long trousers. The trousers are with other fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings", "contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("pants", "red"),
        title="Blissclub Women Maroon Solid Flared Yoga Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # Photo: grey melange cotton sports bra, black joggers, model with short cropped hair. Caption: epoch-2 adapter
    # (ended on its own) takes her for a gentleman. Answers: reference engine, all right.
    case(
        "X1447-035",
        caption(
            "This gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        title="Puma Women Grey Melange Solid Cotton Mid-Impact Sports Bra",
        category="Sports Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # Photo: slim training tee with an all-over abstract brushstroke print in blue, pink and white, black tights, a
    # bracelet. Caption: epoch-2 adapter, ran to the limit, calls the abstract print floral. Answers: reference engine;
    # the colour kept as free text "blue and pink" (no single candidate), right.
    case(
        "X1447-036",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with other fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with other fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue and pink"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Alcis Women Multicoloured Abstract Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Women",
    ),
    # Photo: black front-zip high-impact sports bra zipped to a scoop neck, grey melange shorts. Caption: epoch-2
    # adapter, looped on the neckline sentence. Answers: reference engine, all right.
    case(
        "X1447-037",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. It has a "
            "v-shape neckline. It has a v-shape neckline. It has a v-shape neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        NECKLINE("scoop neck"),
        is_a("sports bra", "yes"),
        title="Enamor Women Black Front-Zip High-Impact Padded Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # Photo: olive quilted padded running jacket (nylon shell) zipped up, black tights. Caption: epoch-2 adapter (ended
    # on its own) gives the nylon jacket cotton fabric. Answers: reference engine; the colour answer is the tights'.
    case(
        "X1447-038",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        NECKLINE("mock collar"),
        is_a("jacket", "yes"),
        title="Puma Women Olive Green Padded Running Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # Photo: flat lay, black high-waist shaping leggings (polyamide) folded on white, a shaker bottle beside them; no
    # person. Caption: epoch-2 adapter (ended on its own) invents a wrist accessory. Answers: reference engine.
    case(
        "X1447-039",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        title="DECATHLON Domyos Women Black Shaping High-Waist Fitness Leggings",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # Photo: off-white oversized cotton tee with a small black swoosh, black biker shorts, a beaded bracelet. Caption:
    # epoch-2 adapter, ran to the limit on a full stop; true. Answers: reference engine; the tee question answered
    # with the shorts' colour.
    case(
        "X1447-040",
        caption(
            "The person is wearing a short-sleeve shirt with pure color patterns. It has a crew neckline. The person "
            "wears a three-point shorts. The shorts are with other fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "black", "other_garment_color"),
        title="Nike Women Off White Sportswear Essential Oversized T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Women",
    ),
    # Photo: white pleated tennis skirt, navy polo tee. Caption: epoch-2 adapter (ended on its own), true. Answers:
    # reference engine; the pleats read as stripes, the skirt question answered with the polo's colour.
    case(
        "X1447-041",
        caption(
            "The person is wearing a short-sleeve shirt with pure color patterns. It is with cotton fabric. It has a "
            "lapel neckline. The person wears a short skirt. The skirt is with other fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        color_of("skirt", "navy blue", "other_garment_color"),
        title="ADIDAS Women White Pleated Tennis Skirt with Inner Shorts",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # Photo: royal blue zip-up sweat jacket worn open over a white tank, black tights. Caption: epoch-2 adapter, ran to
    # the limit; true (the tank has no sleeves, the jacket is the outer clothing). Answers: reference engine; colour and
    # sleeves are the tank's. The feed row has no colour.
    case(
        "X1447-042",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "This lady also wears an outer clothing, with cotton fabric and pure color patterns. The lower clothing is "
            "of long length. The fabric is other and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("sweatshirt", "yes"),
        title="HRX by Hrithik Roshan Women Blue Solid Front-Open Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # Photo: pink Dri-FIT sports bra with a black elastic underband printed NIKE, white shorts. Caption: epoch-2
    # adapter (ended on its own) gives the Dri-FIT bra cotton fabric. Answers: reference engine; the bra question
    # answered with the shorts' colour.
    case(
        "X1447-043",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts this "
            "woman wears is of three-point length. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("sports bra", "white", "other_garment_color"),
        title="Nike Women Pink Dri-FIT Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # Photo: teal training joggers, white cropped tee. Caption: epoch-2 adapter, looped on the trousers sentence.
    # Answers: reference engine; the colour question returned free text that maps to no colour.
    case(
        "X1447-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a "
            "long trousers. The trousers",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("it's a pair of track pants", "non_answer"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("track pants", "blue"),
        title="Reebok Women Teal Blue Solid Training Joggers",
        category="Track Pants",
        color="Teal",
        gender="Women",
    ),
    # Photo: red round-neck training tee, black tights, long hair tied back. Caption: epoch-2 adapter, ran to the limit,
    # calls her a gentleman. Answers: reference engine, all right.
    case(
        "X1447-045",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with other fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        NECKLINE("round neck"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "red"),
        title="Puma Women Red Solid Round Neck Cotton Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
]
