"""BLIND_1183 (45 products; Myntra women's activewear, epoch-2 captions): written blind in the sixty-first session.
Measured blind at ac865f6 (the session's fourth rules): 50/60 failures found (83.3%) and 9/240 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed: sports bras, tights and leggings, capris, track pants and
joggers, shorts, track jackets, tees and tanks, a couple of sweatshirts, one tracksuit, one pack of two. The photos are
the catalog's usual shots: a model on a plain white or light grey backdrop wearing the product with other clothes
(black tights under most tops, a white tee over most bottoms), now and then a flat lay, a back view, a model holding
a prop (water bottle, dumbbells). Catalog columns as the feed has them: title, category (Myntra article type: Sports
Bra, Tights, Capris, Track Pants, Shorts, Jackets, Tshirts, Tops, Sweatshirts, Tracksuits), color (base colour),
gender; a few rows lack one of them.
Who wrote what: the caption is from the epoch-2 caption adapter (free generation, 50 new tokens). Trained on the
DeepFashion template, it writes no hue names, only "pure color / graphic / striped / color block / lattice" patterns,
"cotton fabric" for almost everything and "the lady wears ..."; most captions stop, some run to the limit and get cut
or loop. The closed questions (garment type, color, pattern, sleeve length, "Is this a ...?", "What is the color of
the <garment>?") are from the reference engine, which ranks a closed candidate list; where the generated text mapped
to no candidate the raw text was kept ("plain", "long", "no sleeves"). The open questions (material, what is she
wearing) were generated freely by the same epoch-2 adapter, 30 new tokens: mostly short, sometimes its caption
template, a loop, or a run-on into the next "Question: ... Answer:".
Labeling conventions and judgement calls: judged by the imagined photo and the title. Tights = leggings (a "leggings"
answer for Tights or Capris is right); near hues count as right (blue for Navy Blue, grey for Grey Melange or Charcoal,
pink for Coral or Peach, green for Teal or Olive, purple for Lavender); a hue family the photo does not show is a
contradiction, the color of the other worn garment is other_garment_color. A garment with two colors (black bra with a
pink print, a pack of black and grey bras) answered with one of them is right. "cotton fabric" in a caption is marked
unsupported only where the title names a synthetic or a synthetic technology (Dri-FIT, Rapid-Dry, HeatGear); elsewhere
it is a plausible guess and left unmarked. A caption that describes the layer on top (a jacket over the sports bra) is
not marked; a closed answer that gives that layer's type, color or sleeves is. "Solid" or "pure color" for a tee with a
small logo is right; "graphic patterns" for a title that says Solid is a contradiction. A flat-lay caption that says
"the upper clothing" is right; one that invents lower clothing is unsupported. Tracksuit answered "jacket" is marked
contradiction (the seller sells the set). Where one text has two faults, a text that ran to the limit is labeled cut or
loop (a cut caption that also says "cotton" for Rapid-Dry). hit_limit marks texts that ran to 50 (caption) or 30
(answer) new tokens. About one text in five is wrong, fewer than the usual four in ten: the closed engine is right on
most plain studio shots and errs mainly on layered outfits, dark or white-on-white shots and prints; the captions and
the adapter's open answers carry most of the failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, wearing

W = "Women"

BLIND_1183 = [
    # Model front, black tights, white HRX tee tucked in, white backdrop. Caption: epoch-2 adapter; closed: engine;
    # material: adapter.
    case(
        "X1183-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The leggings she wears are of long "
            "length. The leggings are with other fabric and pure color patterns."
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("polyester"),
        is_a("pair of leggings", "yes"),
        gender=W,
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Model front, navy sports bra, grey melange joggers. Caption: adapter, ran to 50 tokens; closed: engine; wearing:
    # adapter.
    case(
        "X1183-002",
        caption(
            "The lady wears a sleeveless sports bra with pure color patterns. The sports bra is with cotton fabric. "
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("blue"),
        color_of("sports bra", "navy blue"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        wearing("a blue sports bra and grey pants"),
        gender=W,
        title="Enamor Women Navy Blue Solid Non-Wired Lightly Padded Sports Bra SB06",
        category="Sports Bra",
        color="Navy Blue",
    ),
    # Model front, coral sports bra with black high-waist tights; the tights fill most of the frame. Caption: adapter;
    # closed: engine (color picked the tights); material and wearing: adapter.
    case(
        "X1183-003",
        caption(
            "The lady wears a sleeveless sports bra with pure color patterns. The leggings this lady wears are of "
            "long length. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        Q.material("polyester spandex"),
        wearing("a pink sports bra and black leggings", who="the woman"),
        gender=W,
        title="Puma Women Coral Solid Training Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Model front, grey melange track jacket zipped to the chest over a black tee, black track pants. Caption: adapter;
    # closed: engine; material: adapter, looped to the limit.
    case(
        "X1183-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The pants this lady wears is of long length."
        ),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("hoodie", "no"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Alcis Women Grey Melange Solid Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # Model front, white Nike tee with a small black swoosh on the chest, black tights. Caption: adapter (calls the
    # logo a graphic); closed: engine; material: adapter.
    case(
        "X1183-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. Its neckline is round. The leggings she "
            "wears are of long length.",
            "contradiction",
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        color_of("t-shirt", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Nike Women White Solid Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model side view, lavender tights with a small all-over abstract print in white and grey, white sports bra.
    # Caption: adapter (misses the print); closed: engine (the leggings question picked the bra); material: adapter.
    case(
        "X1183-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The leggings this lady wears are of long "
            "length. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        is_a("pair of leggings", "yes"),
        Q.material("spandex"),
        color_of("leggings", "white", "other_garment_color"),
        gender=W,
        title="Zelocity by Zivame Women Lavender Printed Mid-Rise Leggings",
        category="Tights",
        color="Lavender",
    ),
    # Model front, black track pants with three white side stripes, plain white tee. Caption: adapter; closed: engine;
    # wearing: adapter.
    case(
        "X1183-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is of long "
            "length. The pants are with cotton fabric and striped patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("pair of track pants", "yes"),
        wearing("a white t-shirt and black pants with white stripes"),
        gender=W,
        title="ADIDAS Women Black 3-Stripes Essentials Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Model front, olive tee, black running shorts, holding a steel water bottle. Caption: adapter; closed: engine;
    # material and wearing: adapter.
    case(
        "X1183-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. Its neckline is round. The shorts this "
            "lady wears is of three-point length. There is an accessory in her hand."
        ),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        Q.material("polyester"),
        wearing("a green t-shirt and black shorts, holding a water bottle"),
        gender=W,
        title="HRX by Hrithik Roshan Women Olive Green Solid Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Back view: black racerback sports bra, black tights; from the back the bra reads like a tank. Caption: adapter;
    # closed: engine; wearing: adapter.
    case(
        "X1183-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "leggings this lady wears are of long length.",
            "contradiction",
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        wearing("a black tank top and black leggings", "contradiction", who="the woman"),
        gender=W,
        title="Jockey Women Black Solid Racerback Non-Padded Sports Bra 1376",
        category="Sports Bra",
        color="Black",
    ),
    # Model front, pink tee with a large white Puma cat print on the chest, black bike shorts. Caption: adapter;
    # closed: engine; material and wearing: adapter.
    case(
        "X1183-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts this lady wears is of three-point length."
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        wearing("a pink t-shirt with a white logo and black shorts", who="she"),
        gender=W,
        title="Puma Women Pink Graphic Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Model front, teal tights, black sports bra. Caption: adapter; closed: engine (garment color picked the bra);
    # material: adapter, fell back into its caption template and ran to the limit.
    case(
        "X1183-011",
        caption(
            "The lady wears a sleeveless sports bra with pure color patterns. The leggings this lady wears are of "
            "long length. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        color_of("tights", "green"),
        is_a("pair of leggings", "yes"),
        Q.material(
            "The leggings are with cotton fabric and pure color patterns. The sports bra is with cotton fabric and "
            "pure color patterns. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Reebok Women Teal Solid Workout Ready Training Tights",
        category="Tights",
        color="Teal",
    ),
    # Flat lay on white: maroon padded sports bra alone, no model. Caption: adapter (adds lower clothing that is not
    # there); closed: engine, pattern kept raw; wearing: adapter, looped to the limit.
    case(
        "X1183-012",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("maroon"),
        Q.pattern("plain"),
        is_a("sports bra", "yes"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "a sports bra, a sports bra, a sports bra, a sports bra, a sports bra, a sports bra, a sports bra, a "
            "sports bra",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Clovia Women Maroon Solid Padded Non-Wired Medium Impact Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Model front, dim moody lighting: navy bra with a big white swoosh across the band, navy tights. Caption: adapter;
    # closed: engine (color read black in the dark shot); material and wearing: adapter.
    case(
        "X1183-013",
        caption(
            "The lady wears a sleeveless sports bra with graphic patterns. The leggings this lady wears are of long "
            "length. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        Q.material("polyester and spandex"),
        wearing("a blue sports bra and blue leggings with a watch on her wrist", "unsupported", who="the woman"),
        gender=W,
        title="Nike Women Navy Blue Brand Logo Printed Dri-FIT Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="Navy Blue",
    ),
    # Model front, short-haired model, black track jacket with white side panels, zipped, black tights. Caption:
    # adapter (wrong person); closed: engine; material and wearing: adapter.
    case(
        "X1183-014",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "The pants this gentleman wears is of long length.",
            "pronoun",
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("long sleeves"),
        Q.material("polyester"),
        wearing("a black and white jacket and black leggings"),
        gender=W,
        title="ONLY PLAY Women Black & White Colourblocked Training Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Model front, peach seamless sports bra, white joggers. Caption: adapter, looped to the limit; closed: engine;
    # material and wearing: adapter.
    case(
        "X1183-015",
        caption(
            "The lady wears a sleeveless sports bra with pure color patterns. The sports bra is with cotton fabric. "
            "The sports bra is with cotton fabric. The sports bra is with cotton fabric. The sports bra is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        color_of("sports bra", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("nylon"),
        wearing("a peach sports bra and white pants", who="she"),
        gender=W,
        title="Kica Women Peach-Coloured Seamless Medium Support Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Model front, charcoal joggers with cuffed hems, white tee, white sneakers. Caption: adapter; closed: engine
    # (sleeves answered from the tee); material: adapter.
    case(
        "X1183-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is of long "
            "length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("joggers"),
        Q.color("grey"),
        is_a("pair of joggers", "yes"),
        color_of("pants", "grey"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("cotton"),
        gender=W,
        title="HRX by Hrithik Roshan Women Charcoal Grey Solid Cotton Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Model front, black racerback training tank, grey tights. Caption: adapter; closed: engine; material and wearing:
    # adapter (wearing fell back into the caption template and ran to the limit).
    case(
        "X1183-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "leggings this lady wears are of long length."
        ),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes", "contradiction"),
        Q.pattern("solid"),
        Q.material("The tank top is with cotton fabric."),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "leggings this lady wears are",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Puma Women Black Solid Racerback Training Tank Top",
        category="Tops",
        color="Black",
    ),
    # Model front, black sports bra with a pink geometric print, black tights. Caption: adapter; closed: engine (pink
    # is the print's color, on the garment); material: adapter, ran on into the next prompt.
    case(
        "X1183-018",
        caption(
            "The lady wears a sleeveless sports bra with graphic patterns. The leggings this lady wears are of long "
            "length. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.material("cotton Question: What is the color of the garment? Answer: black", "leak"),
        gender=W,
        title="Enamor Women Black & Pink Printed Non-Padded Wirefree Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model front, mustard hooded sweatshirt with the hood down around the neck, black joggers. Caption: adapter;
    # closed: engine (sleeves kept raw); material and wearing: adapter.
    case(
        "X1183-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("yellow"),
        Q.sleeve_length("long"),
        is_a("hoodie", "no", "contradiction"),
        Q.material("fleece"),
        wearing("a yellow hoodie and black pants"),
        gender=W,
        title="Campus Sutra Women Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Model side view, black capri tights ending mid-calf, grey tank. Caption: adapter (calls them long); closed:
    # engine (no to capris); material: adapter, looped to the limit.
    case(
        "X1183-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The leggings this lady wears are of long "
            "length.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of capris", "no", "contradiction"),
        Q.material(
            "87% polyester, 13% elastane, 87% polyester, 13% elastane, 87% polyester, 13% elastane, 87% polyester",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Under Armour Women Black HeatGear Armour Hi-Rise Capris",
        category="Capris",
        color="Black",
    ),
    # Model front, grey melange sweat shorts, white cropped tee, sneakers. No category column in this row. Caption:
    # adapter; closed: engine; material (the garment's name only) and wearing: adapter.
    case(
        "X1183-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. Its neckline is round. The shorts this "
            "lady wears is of three-point length. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("grey"),
        is_a("pair of shorts", "yes"),
        Q.pattern("solid"),
        wearing("a white shirt and grey shorts"),
        Q.material("shorts", "non_answer"),
        gender=W,
        title="Puma Women Grey Melange Solid Regular Fit Sweat Shorts",
        color="Grey Melange",
    ),
    # Model front, all black: black leggings, black sports bra. Caption: adapter ("cotton" for Dri-FIT); closed:
    # engine (yes to the bra the model also wears).
    case(
        "X1183-022",
        caption(
            "The lady wears a sleeveless sports bra with pure color patterns. The leggings this lady wears are of "
            "long length. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        is_a("sports bra", "yes", "contradiction"),
        color_of("leggings", "black"),
        gender=W,
        title="Nike Women Black Solid One Dri-FIT Mid-Rise Leggings",
        category="Tights",
        color="Black",
    ),
    # Model front, blue tee with thin white horizontal stripes, black tights. Caption: adapter; closed: engine;
    # material and wearing: adapter.
    case(
        "X1183-023",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The leggings this lady wears are of long length."
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        Q.material("polyester"),
        wearing("a blue and white striped shirt and black leggings"),
        gender=W,
        title="Alcis Women Blue & White Striped Slim Fit Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Model front, red track jacket worn open over a black sports bra, black tights. Caption: adapter, ran to the limit;
    # closed: engine (garment color picked the black underneath); wearing: adapter.
    case(
        "X1183-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The lady wears a sleeveless tank top inside. The leggings this lady wears are of "
            "long length. The leggings are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "red"),
        Q.sleeve_length("long sleeves"),
        wearing("a red jacket over a black sports bra and black leggings"),
        gender=W,
        title="HRX by Hrithik Roshan Women Red Solid Rapid-Dry Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # Model front, purple sports bra with a white abstract all-over print, black tights. Caption: adapter; closed:
    # engine; material (the garment's name only) and wearing: adapter.
    case(
        "X1183-025",
        caption(
            "The lady wears a sleeveless sports bra with graphic patterns. The sports bra is with cotton fabric. The "
            "leggings this lady wears are of long length. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        is_a("sports bra", "yes"),
        wearing("a purple and white sports bra and black leggings"),
        Q.material("the sports bra", "non_answer"),
        gender=W,
        title="Reebok Women Purple Printed Medium Support Training Sports Bra",
        category="Sports Bra",
        color="Purple",
    ),
    # Back view: black tee with a large white print across the back, grey shorts. No color column in this row.
    # Caption: adapter; closed: engine; wearing: adapter.
    case(
        "X1183-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        wearing("she is wearing a black shirt with a logo on the back", who="she"),
        gender=W,
        title="Slazenger Women Black Back Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
    ),
    # Model front, black tights with sheer mesh panels on the calves, white tee. Caption: adapter (reads the mesh as a
    # pattern); closed: engine; wearing and material: adapter.
    case(
        "X1183-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The leggings this lady wears are of long "
            "length. The leggings are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        Q.garment_type("tights"),
        Q.color("black"),
        is_a("pair of leggings", "yes"),
        wearing("a white t-shirt and black leggings with mesh panels"),
        Q.material("polyester mesh"),
        gender=W,
        title="Enamor Women Black Solid Mesh Panel Training Tights",
        category="Tights",
        color="Black",
    ),
    # Model front, navy straight track pants with side pockets, plain white tee, hair tied back tight. Caption:
    # adapter (wrong person); closed: engine; material and wearing: adapter (wearing gives the tee the pants' blue).
    case(
        "X1183-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        Q.garment_type("track pants"),
        Q.color("blue"),
        color_of("pants", "blue"),
        is_a("pair of leggings", "no"),
        Q.material("cotton"),
        wearing("a blue shirt and blue pants", "contradiction"),
        gender=W,
        title="Jockey Women Navy Blue Solid Straight Fit Cotton Track Pants 1301",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model front, navy tracksuit (zipped jacket and matching pants, thin pink piping). Caption: adapter, ran to the
    # limit; closed: engine (the set answered as its jacket); wearing: adapter.
    case(
        "X1183-029",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        wearing("a navy blue jacket and navy blue pants"),
        gender=W,
        title="Alcis Women Navy Blue Solid Tracksuit with Contrast Piping",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Flat lay on light grey: pink running shorts alone. Caption: adapter; closed: engine; material: adapter.
    case(
        "X1183-030",
        caption("The lower clothing is of three-point length. It has pure color patterns."),
        Q.garment_type("shorts"),
        Q.color("pink"),
        is_a("pair of shorts", "yes"),
        Q.material("polyester"),
        Q.pattern("solid"),
        gender=W,
        title="Nike Women Pink Solid Dri-FIT One Mid-Rise Training Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Model front, black sports bra, black tights, a dumbbell in each hand. Caption: adapter, looped to the limit;
    # closed: engine; material ("cotton" for Rapid-Dry) and wearing: adapter.
    case(
        "X1183-031",
        caption(
            "The lady wears a sleeveless sports bra with pure color patterns. The leggings this lady wears are of "
            "long length. There is an accessory in her hand. There is an accessory in her hand. There is an "
            "accessory in her hand. There is an",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        is_a("sports bra", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        wearing("a black sports bra and black leggings and holding dumbbells", who="the woman"),
        gender=W,
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Workout Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model front, royal blue running tights with a small reflective logo, white tee. Caption: adapter; closed:
    # engine; material: adapter.
    case(
        "X1183-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The leggings this lady wears are of long "
            "length. The leggings are with other fabric and pure color patterns."
        ),
        Q.garment_type("tights"),
        Q.color("blue"),
        color_of("tights", "blue"),
        Q.material("spandex"),
        is_a("pair of tights", "yes"),
        gender=W,
        title="ASICS Women Blue Solid Core Running Tights",
        category="Tights",
        color="Blue",
    ),
    # Model front, lavender crew-neck sweatshirt, white joggers. No gender column in this row. Caption: adapter;
    # closed: engine; material and wearing: adapter.
    case(
        "X1183-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        wearing("a purple sweater and white pants"),
        Q.material("it is made of cotton"),
        title="HRX by Hrithik Roshan Women Lavender Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Model front, black sports bra under an open grey zip jacket, black tights; the jacket covers most of the frame.
    # Caption: adapter (describes the jacket); closed: engine (three answers taken from the jacket); wearing: adapter.
    case(
        "X1183-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "leggings this lady wears are of long length."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a grey jacket and black leggings"),
        gender=W,
        title="Clovia Women Black Solid Padded Medium Impact Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Model front, yellow tee with black typography on the chest, black shorts. Caption: adapter, ran to the limit;
    # closed: engine; material: adapter, ran on with the prompt's "Answer:".
    case(
        "X1183-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton Answer: cotton", "leak"),
        gender=W,
        title="Alcis Women Yellow Typography Printed Training T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Model front, maroon track pants, white sports tee, white sneakers. Caption: adapter; closed: engine (garment
    # color picked the tee); wearing: adapter, ran to the limit.
    case(
        "X1183-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is of long "
            "length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        color_of("track pants", "maroon"),
        is_a("pair of track pants", "yes"),
        wearing(
            "a white t-shirt with a small logo on the chest and a pair of maroon track pants with a white stripe down "
            "the side and a pair of white",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Proline Active Women Maroon Solid Training Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Model front, teal high-neck cropped tank ending above the navel, black leggings. Caption: adapter; closed:
    # engine (type read the short crop as a sports bra, yet no to "Is this a sports bra?"; sleeves kept raw);
    # material: adapter.
    case(
        "X1183-037",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "it has a stand neckline. The leggings this woman wears are of long length."
        ),
        Q.garment_type("sports bra", "contradiction"),
        Q.color("green"),
        is_a("sports bra", "no"),
        Q.sleeve_length("no sleeves"),
        Q.material("polyester"),
        gender=W,
        title="Enamor Women Teal Green Solid High-Neck Athleisure Crop Tank Top",
        category="Tops",
        color="Teal",
    ),
    # Model front, plain white tee, black tights, no jewellery. Caption: adapter (invents a ring); closed: engine;
    # material: adapter, its caption template cut at the limit; wearing: adapter.
    case(
        "X1183-038",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. Its neckline is round. The leggings "
            "this woman wears are of long length. There is a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        Q.material(
            "The T-shirt is with cotton fabric and its neckline is round. The leggings this woman wears are of long "
            "length. The leggings are",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black leggings"),
        gender=W,
        title="Puma Women White Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model side view, pink leggings with navy side panels, white sports bra. Caption: adapter; closed: engine;
    # material and wearing: adapter.
    case(
        "X1183-039",
        caption(
            "The lady wears a sleeveless sports bra with pure color patterns. The leggings this lady wears are of "
            "long length. The leggings are with cotton fabric and color block patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        is_a("pair of leggings", "yes"),
        wearing("a white sports bra and pink leggings"),
        Q.material("cotton"),
        gender=W,
        title="Zelocity by Zivame Women Pink & Navy Blue Colourblocked High-Rise Leggings",
        category="Tights",
        color="Pink",
    ),
    # Model front, olive lightweight running jacket with hood down, zipped, black tights, short hair. No color column.
    # Caption: adapter (lapels it does not have); closed: engine; material and wearing: adapter (wrong person).
    case(
        "X1183-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The pants this lady wears is of long length.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.material("nylon"),
        is_a("hoodie", "no"),
        wearing("he is wearing a green jacket and black pants", "pronoun"),
        gender=W,
        title="HRX by Hrithik Roshan Women Olive Green Solid Lightweight Hooded Running Jacket",
        category="Jackets",
    ),
    # Model front, navy tee, grey shorts. Caption: adapter; closed: engine; wearing: adapter, ran on into a new prompt;
    # material: adapter.
    case(
        "X1183-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. Its neckline is round. The shorts this "
            "lady wears is of three-point length."
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        wearing("a blue shirt and grey shorts Question: What is the color of the shirt? Answer: blue", "leak"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Jockey Women Navy Blue Solid Round Neck Sports T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Flat lay on white: white full-coverage cotton sports bra, white on white. Caption: adapter; closed: engine (the
    # bra question read the shadowed white as grey); material: adapter.
    case(
        "X1183-042",
        caption("The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline."),
        Q.garment_type("sports bra"),
        Q.color("white"),
        is_a("sports bra", "yes"),
        Q.pattern("solid"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        color_of("sports bra", "grey", "contradiction"),
        gender=W,
        title="Enamor Women White Solid Cotton Full Coverage Non-Padded Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # Model front, grey tights with a pink abstract print down the legs, grey tank. Caption: adapter; closed: engine;
    # material: adapter, looped to the limit.
    case(
        "X1183-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The leggings this lady wears are of long "
            "length. The leggings are with cotton fabric and graphic patterns."
        ),
        Q.garment_type("tights"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.material(
            "polyester, elastane, polyester, elastane, polyester, elastane, polyester, elastane, polyester, "
            "elastane, polyester",
            "loop",
            hit_limit=True,
        ),
        color_of("tights", "grey"),
        is_a("pair of leggings", "yes"),
        gender=W,
        title="Puma Women Grey & Pink Printed Training Tights",
        category="Tights",
        color="Grey",
    ),
    # Flat lay: two sports bras side by side, one black, one grey melange. Caption: adapter; closed: engine;
    # material: adapter.
    case(
        "X1183-044",
        caption("The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline."),
        Q.garment_type("sports bra"),
        Q.color("black"),
        is_a("sports bra", "yes"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender=W,
        title="Jockey Women Pack of 2 Black & Grey Melange Solid Cotton Sports Bras",
        category="Sports Bra",
        color="Black",
    ),
    # Model side view, black track pants with a small Puma logo on the thigh, black cropped hoodie, white sneakers.
    # No gender column in this row. Caption: adapter; closed: engine (sleeves answered from the hoodie); material and
    # wearing: adapter.
    case(
        "X1183-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The pants this lady wears is of long "
            "length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        is_a("pair of track pants", "yes"),
        Q.material("the garment is made of material", "restated"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a black sweatshirt and black pants"),
        title="Puma Women Black Solid Essentials Logo Track Pants",
        category="Track Pants",
        color="Black",
    ),
]
