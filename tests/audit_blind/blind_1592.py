"""BLIND_1592 (45 products; Myntra women's nightwear and lingerie): written blind in the sixty-sixth session. Measured
blind at 9074ceb (the session's fourth rules): 80/101 failures found (79.2%) and 30/226 correct texts flagged
(13.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, pyjamas, robes,
bras, briefs, camisoles, shapewear, thermals, lounge pants, shorts and tees). Catalog photos: mostly a model on a plain
grey or white backdrop wearing the product with other clothes (a tee over lounge pants, jeans under a camisole), a few
flat lays (packs of briefs, a bra-and-brief set, checked shorts), one back view, one mannequin torso, and props now
and then (a mug, a book, a teddy bear, a pillow, a towel on the head, a sleep mask pushed up on the forehead). The
catalog columns are the feed's own: title, category (Myntra article type), color (base colour), gender; one case has
no color column (an assorted pack), one no gender, one no category.
Who wrote what: captions come from the epoch-2 caption adapter (DeepFashion-MultiModal template, 50 new tokens, stops
on a newline when it emits one, which it does for about half of the captions); the open answers (wearing, description,
details, material, and the open "What is the color of the <garment>?") come from the same adapter with the
`Question: ... Answer:` prompt and 30 new tokens, so many of them are the caption template again. The closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from the reference engine: short base-model
answers mapped to the candidate lists, the raw text kept when unmapped ("teal", "kaftan", "sports bra").
Labeling conventions and judgement calls: judged against the photo as I imagined it (comment above each case) and the
title. One failure kind per wrong text; where a text has two faults I labelled the one a buyer would be misled by first
(a bra called a tank top before a cut ending), and noted the other in the comment where it matters. hit_limit=True on
every text that ran to the token limit, whether it ends cut or inside a loop. The template's vocabulary has no hue
words, so an open color answer that gives only "pure color patterns" or "lattice patterns" is a non_answer. A text that
gives the product the color of another worn garment (the tee over the lounge pants, the jeans under the cami) is
other_garment_color, closed answers included; a color taken from a print, a prop or a sleep mask, a prop given as the
garment's detail, or a wrong garment, pattern or sleeve length, is contradiction. An invented thing (a ring, a wrist
accessory for a mug, sunglasses for a sleep mask, a hat for a towel, pants under a sleep shirt or a bodysuit, a lady
wearing flat-lay shorts that are rightly named, "denim" or "cotton" for a fabric that is neither, "chiffon" or "silk"
for polyester satin) is unsupported; a lady in "three-point shorts" for a flat-lay pack of briefs is a contradiction
(wrong garment). "Tank top" for a camisole or an innerwear vest is right; for a bra or bralette it is a contradiction;
"upper clothing" for a bra on a mannequin is vague but not wrong. "The gentleman" or "this guy" in a women's product is
pronoun, also in the one case with no gender column (the title says Women). Close color names I let stand: red for
maroon, maroon for burgundy, beige for nude, orange for coral, purple for lavender, green for olive and sea green, white
for off-white. One color of an assorted pack, when it is the one the photo shows, is right. "Dress" for a nightdress or
babydoll and "shirt" for a sleep shirt are right; "knitted" for jersey is right. Closed answers are mostly right (about
one in eight wrong); captions and open answers are wrong nearly half the time, so the set as a whole sits near three in
ten.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1592 = [
    # Navy short-sleeve round-neck top with a small moon-and-"dream" graphic, grey melange pyjama pants; white
    # backdrop, barefoot. Caption and open answers: caption adapter; closed: reference engine.
    case(
        "X1592-001",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.wearing("a t-shirt and pants"),
        Q.garment_type("pajamas"),
        Q.color("navy blue"),
        color_of("pants", "The pants are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        Q.details(
            "The T-shirt is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Knee-length peach A-line cotton nightdress, short sleeves, small white floral print, round neck; the model
    # holds a coffee mug in both hands (no bracelet, no watch). The caption reads the mug as a wrist accessory; the
    # details answer gives the mug.
    case(
        "X1592-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("nightdress"),
        Q.color("peach"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "The dress is of knee length. It has short sleeves, cotton fabric and floral patterns. The neckline of "
            "it is round."
        ),
        Q.material("cotton"),
        Q.details("a cup of coffee", "contradiction"),
        gender="Women",
        title="Dreamz by Pantaloons Women Peach-Coloured Printed Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Black lace bralette, thin straps, no padding, with matching black briefs; cropped at the chin and mid-thigh,
    # grey backdrop. The caption calls the bralette a tank top; details loop on "lace".
    case(
        "X1592-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline.",
            "contradiction",
        ),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.pattern("lace"),
        is_a("bra", "yes"),
        Q.details(
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("The tank top is with other fabric.", "non_answer"),
        Q.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a three-point shorts.",
            "contradiction",
        ),
        gender="Women",
        title="Zivame Women Black Lace Non-Padded Non-Wired Bralette",
        category="Bra",
        color="Black",
    ),
    # Grey melange straight lounge pants with drawstring and side pockets, worn with a plain white tee half tucked
    # in and white sneakers. The closed color answer gives the tee's white; the material answer invents denim.
    case(
        "X1592-004",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The trousers the lady wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady is wearing a short-sleeve T-shirt and a long trousers."),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.garment_type("pants"),
        Q.details("The trousers are of long length. The trousers are with cotton fabric and pure color patterns."),
        Q.material("The trousers are with denim fabric.", "unsupported"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Wine satin robe, knee length, belt tied, three-quarter sleeves with lace at the cuffs; only the neckline of a
    # matching slip shows. "Silk" for a polyester satin is a fibre the title does not support; the sleeve answer
    # says long.
    case(
        "X1592-005",
        caption(
            "The lady wears a medium-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "other fabric. There is a belt around her waist."
        ),
        Q.garment_type("robe"),
        Q.color("maroon"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("silk", "unsupported"),
        Q.description(
            "The outer clothing has medium sleeves, other fabric and pure color patterns. The outer clothing has "
            "medium sleeves, other fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Bannos Swagger Women Wine-Coloured Satin Robe",
        category="Robe",
        color="Burgundy",
    ),
    # Blue-and-white checked cotton pyjama bottoms, elastic waist, full length, worn with a plain white tee; full
    # body, white backdrop. "Lattice patterns" is the template's word for checks.
    case(
        "X1592-006",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and lattice patterns."
        ),
        Q.pattern("checked"),
        Q.color("blue"),
        color_of("pants", "The pants are with lattice patterns.", "non_answer", kind="open"),
        Q.garment_type("pants"),
        Q.wearing(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.details("The pants are of long length. The pants are with cotton fabric and lattice patterns."),
        Q.material("The pants are with cotton fabric and lattice patterns."),
        gender="Women",
        title="Marks & Spencer Women Blue & White Checked Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Red sheer mesh babydoll with lace cups, thin straps, flared hem at upper thigh; matching thong barely
    # visible; grey backdrop, hand on hip.
    case(
        "X1592-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of short length."
        ),
        Q.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("nightdress"),
        Q.color("red"),
        is_a("babydoll", "yes"),
        Q.details(
            "The dress is of short length. The dress is of short length. The dress is of short length. The dress "
            "is of short",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender="Women",
        title="PrettySecrets Women Red Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
    ),
    # Off-white fitted long-sleeve round-neck thermal top worn with blue jeans; plain backdrop. The closed color
    # answer gives the jeans' blue.
    case(
        "X1592-008",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with knitted fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("knitted"),
        Q.description("The shirt has long sleeves, knitted fabric and pure color patterns. It has a round neckline."),
        Q.wearing("The lady is wearing a long-sleeve shirt and a long pants."),
        gender="Women",
        title="Lux Lyra Women Off-White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # Nude molded T-shirt bra, adjustable straps with visible sliders, matching nude briefs cropped at the bottom;
    # torso crop. The caption restarts its first sentence (it also calls the bra a tank top).
    case(
        "X1592-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a sleeveless tank top with pure color patterns. The tank top is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("beige"),
        Q.pattern("solid"),
        is_a("bra", "yes"),
        Q.details("the straps are adjustable"),
        Q.material("The tank top is with cotton fabric.", "unsupported"),
        gender="Women",
        title="Enamor Women Nude-Coloured Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Pink short-sleeve tee with a sleeping-cat graphic and grey shorts with a small pink print; the model sits on a
    # white stool. The top's color is answered with the shorts' grey; the wearing answer slips into "his"/"this guy".
    case(
        "X1592-010",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts."
        ),
        color_of("top", "grey", "other_garment_color", kind="open"),
        color_of("shorts", "grey", kind="open"),
        Q.garment_type("night suit"),
        Q.wearing(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts "
            "this guy wears is of",
            "pronoun",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.details("a cat on the front"),
        gender="Women",
        title="Clovia Women Pink & Grey Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Maroon satin slip nightdress, spaghetti straps, lace trim at the V-neck, mid-calf; grey backdrop; no jewellery.
    # The caption invents a ring (and says chiffon). "Red" for maroon let stand.
    case(
        "X1592-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("nightdress"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        Q.description("The dress is sleeveless. It has a v-shape neckline and lace on the neckline."),
        is_a("pair of pyjamas", "yes", "contradiction"),
        Q.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kanvin Women Maroon Solid Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Grey short-sleeve crew-neck lounge tee with a small embroidered chest logo, black lounge shorts; white
    # backdrop. The description trails into the next prompt.
    case(
        "X1592-012",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        Q.details("a small logo on the chest"),
        Q.wearing(
            "This person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.description(
            "a grey t-shirt with a small logo on the chest Question: What are the details of the garment? Answer: a "
            "small logo",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Van Heusen Women Grey Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey",
    ),
    # Flat lay on white: three hipster briefs side by side, black, navy and pink. No person. The caption puts a lady
    # in three-point shorts.
    case(
        "X1592-013",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric.",
            "contradiction",
        ),
        Q.garment_type("briefs"),
        Q.color("black, navy and pink"),
        Q.wearing("underwear"),
        Q.details("three pairs of underwear"),
        Q.description("The lady wears a three-point shorts with pure color patterns.", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="La Intimo Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
    ),
    # Lavender satin cami, adjustable spaghetti straps, V-neck, tucked into white wide-leg trousers; front view.
    # The closed color gives the trousers' white; the open one says purple (let stand); material says chiffon.
    case(
        "X1592-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric."
        ),
        Q.color("white", "other_garment_color"),
        color_of("camisole", "purple", kind="open"),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        Q.material("The tank top is with chiffon fabric.", "unsupported"),
        Q.wearing("The lady wears a sleeveless tank top and a long pants."),
        Q.details(
            "The tank top is with other fabric. It has a v-shape neckline. The tank top is with other fabric. It has "
            "a v-shape",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Lavender Solid Camisole",
        category="Camisoles",
        color="Lavender",
    ),
    # Blue cotton midi nightdress with white polka dots, short sleeves, round neck with a short button placket, one
    # chest pocket; model standing. The description loops on its first sentence.
    case(
        "X1592-015",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length."
        ),
        Q.pattern("polka dots"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        Q.details("buttons on the front and a pocket on the chest"),
        Q.description(
            "The dress has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The dress has "
            "short sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        gender="Women",
        title="Sweet Dreams Women Blue Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Black sleeveless high-neck shaping bodysuit (nylon-elastane), legs cropped at the thigh; nothing else worn.
    # The caption and the wearing answer split it into a tank top and invented short pants.
    case(
        "X1592-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a round neckline. The lady wears a short pants. The pants are with other fabric.",
            "unsupported",
        ),
        Q.garment_type("swimsuit", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.material("nylon"),
        Q.details("the details of the garment are the details of the bodysuit", "restated"),
        Q.wearing("The lady wears a sleeveless tank top with pure color patterns and a short pants.", "unsupported"),
        gender="Women",
        title="Amante Women Black Solid Shapewear Bodysuit",
        category="Shapewear",
        color="Black",
    ),
    # Black lace plunge bra and matching briefs under an open sheer black chiffon kimono with long sleeves; thin
    # silver bracelet on the right wrist; dark grey backdrop.
    case(
        "X1592-017",
        caption(
            "The lady is wearing a long-sleeve outer clothing with floral patterns. The outer clothing is with "
            "chiffon fabric. There is an accessory on her wrist."
        ),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.wearing("a black lace bra and panties with a robe"),
        Q.details(
            "The outer clothing has long sleeves, chiffon fabric and floral patterns. The outer clothing has long "
            "sleeves, chiffon fabric and floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        Q.description("the garment is a garment", "restated"),
        gender="Women",
        title="Hunkemoller Women Black Lace Lingerie Set",
        category="Lingerie Set",
        color="Black",
    ),
    # Navy cotton notch-collar button-down pyjama shirt with white piping on collar and chest pocket, long sleeves,
    # matching long pants. The description echoes the prompt before answering.
    case(
        "X1592-018",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("pajamas"),
        Q.color("navy blue"),
        Q.sleeve_length("long"),
        Q.details("white piping on the collar and the pocket"),
        Q.description(
            "Question: Describe the garment. Answer: The lady is wearing a long-sleeve shirt with pure color "
            "patterns and a long pants. The",
            "leak",
            hit_limit=True,
        ),
        Q.material("The shirt is with cotton fabric."),
        gender="Women",
        title="Nite Flite Women Navy Blue Solid Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Nude seamless high-waist shaping brief, waist to mid-thigh crop, a white cropped tee above it. Called shorts
    # by the engine; the closed color is the tee's white.
    case(
        "X1592-019",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with other fabric. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("high waist"),
        Q.material("The shorts are with other fabric.", "non_answer"),
        gender="Women",
        title="Triumph Women Nude Seamless High-Waist Shapewear Brief",
        category="Shapewear",
        color="Nude",
    ),
    # White cotton ankle-length nightdress with an embroidered yoke, three-quarter sleeves, buttoned neck; the model
    # holds a closed book. The description says nothing beyond "a dress".
    case(
        "X1592-020",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of long length."
        ),
        Q.sleeve_length("three-quarter"),
        Q.pattern("embroidered"),
        Q.details(
            "The dress has medium sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "dress is of long length. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.wearing("a white nightgown"),
        Q.description("it is a dress", "non_answer"),
        gender="Women",
        title="Marks & Spencer Women White Embroidered Cotton Nightdress",
        category="Nightdress",
        color="White",
    ),
    # Navy cotton lounge shorts, drawstring, white piping at the hem, worn with a yellow racerback tank; a black
    # watch on the left wrist. The closed color is the tank's yellow.
    case(
        "X1592-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric."
        ),
        Q.color("yellow", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.details("they are shorts", "non_answer"),
        Q.description(
            "The shorts are of short length. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("The shorts are with cotton fabric."),
        gender="Women",
        title="Jockey Women Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Back view: pink floral wide-leg cotton lounge pants with an elastic waistband, white camisole; hair down. The
    # material answer loops.
    case(
        "X1592-022",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with cotton fabric. The pants are with cotton fabric and floral patterns."
        ),
        Q.pattern("floral"),
        Q.color("pink"),
        Q.garment_type("pants"),
        Q.wearing("a tank top and floral pants"),
        Q.details("elastic waist"),
        Q.material(
            "The pants are with cotton fabric and floral patterns. The pants are with cotton fabric and floral "
            "patterns. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Pink Floral Print Lounge Pants",
        category="Lounge Pants",
        color="Pink",
    ),
    # White sleeveless cotton innerwear vest, wide straps, scoop neck, worn with blue jeans.
    case(
        "X1592-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.wearing("a white tank top and jeans"),
        Q.details(
            "The tank top is with cotton fabric. It has a round neckline. The tank top is with cotton fabric. It has "
            "a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Bodycare Women White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Sleeveless black-and-white striped top with solid black shorts. The caption gives the shorts the top's
    # stripes, which only the photo shows.
    case(
        "X1592-024",
        caption(
            "The lady wears a sleeveless tank top with stripe patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with stripe patterns.",
            "contradiction",
        ),
        color_of("shorts", "black", kind="open"),
        Q.pattern("striped"),
        Q.garment_type("night suit"),
        Q.sleeve_length("sleeveless"),
        Q.wearing("This lady wears a sleeveless tank top with stripe patterns and a three-point shorts."),
        Q.details(
            "The tank top is with cotton fabric and stripe patterns. The shorts are with stripe patterns.",
            "contradiction",
        ),
        Q.material("The tank top is with cotton fabric and stripe patterns."),
        gender="Women",
        title="Clovia Women Black & White Striped Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Teal satin short-sleeve notch-collar shirt and long pants; the model sits on the edge of a made bed with white
    # pillows. The caption is cut (and says chiffon). Sleeve length answered from the pants.
    case(
        "X1592-025",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("teal"),
        Q.material("satin"),
        Q.garment_type("pajamas"),
        Q.sleeve_length("long", "contradiction"),
        Q.details(
            "The shirt has short sleeves, chiffon fabric and pure color patterns. It has a lapel neckline. The pants "
            "are of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="ETC Women Teal Solid Satin Shirt & Pyjama Set",
        category="Night suits",
        color="Teal",
    ),
    # Red underwired padded bra with lace trim on the cups, on a white mannequin torso. The yes/no engine says no.
    case(
        "X1592-026",
        caption(
            "The upper clothing has sleeves cut off, other fabric and pure color patterns. The neckline of it is "
            "suspenders."
        ),
        Q.garment_type("bra"),
        Q.color("red"),
        Q.pattern("solid"),
        is_a("bra", "no", "contradiction"),
        Q.details(
            "The upper clothing has sleeves cut off, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The upper clothing",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a red bra"),
        Q.material("The upper clothing is with other fabric.", "non_answer"),
        Q.description("The upper clothing has sleeves cut off, other fabric and pure color patterns."),
        gender="Women",
        title="Enamor Women Red Solid Underwired Lightly Padded Bra",
        category="Bra",
        color="Red",
    ),
    # Grey melange joggers, "SUNDAY" printed down the left leg, cuffed ankles, black crop tee. The closed color is
    # the tee's black.
    case(
        "X1592-027",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("joggers"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.details("The pants are with cotton fabric and graphic patterns."),
        Q.description(
            "The pants are of long length. The fabric is cotton and it has graphic patterns. The pants are of long "
            "length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kryptic Women Grey Melange Printed Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # White terry cotton bathrobe, shawl collar, belt, long sleeves, two patch pockets; hair wrapped in a white
    # towel. The caption turns the towel into a hat.
    case(
        "X1592-028",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric. There is a belt. This lady wears a hat.",
            "unsupported",
        ),
        Q.garment_type("robe"),
        Q.color("white"),
        Q.material("cotton"),
        Q.details(
            "The outer clothing has long sleeves, furry fabric and pure color patterns. There is a belt. This lady "
            "wears a hat.",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        gender="Women",
        title="Spaces Women White Solid Cotton Bath Robe",
        category="Bath Robe",
        color="White",
    ),
    # Mustard sleeveless knee-length cotton nightdress, big cartoon bear and "NEED COFFEE" on the front; the model
    # holds a brown teddy bear. The closed color is the teddy's brown.
    case(
        "X1592-029",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        Q.color("brown", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "The dress has sleeves cut off, cotton fabric and graphic patterns. It has a round neckline. The dress is "
            "of medium length."
        ),
        Q.details("a bear on the front with the words need coffee"),
        Q.wearing("a yellow dress and a teddy bear"),
        Q.material("The dress is with cotton fabric."),
        gender="Women",
        title="Clovia Women Mustard Yellow Graphic Print Nightdress",
        category="Nightdress",
        color="Mustard",
    ),
    # Navy-and-white pinstripe button-down sleep shirt, above the knee, collar, chest pocket, long sleeves rolled to
    # the elbow; bare legs. The caption and the wearing answer add short pants under it.
    case(
        "X1592-030",
        caption(
            "The lady is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants.",
            "unsupported",
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        Q.details("buttons, a pocket on the chest and a collar"),
        Q.material("The shirt is with cotton fabric."),
        Q.wearing("The lady is wearing a long-sleeve shirt with stripe patterns and a short pants.", "unsupported"),
        gender="Women",
        title="Zivame Women Navy Blue & White Striped Sleep Shirt",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Olive fleece night suit: long-sleeve zip-up top with a stand collar, matching joggers; white backdrop. The
    # engine calls the set a tracksuit.
    case(
        "X1592-031",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. "
            "It has a stand neckline. The lady wears a long pants. The pants are with furry fabric."
        ),
        Q.garment_type("tracksuit", "contradiction"),
        Q.color("green"),
        Q.material("fleece"),
        Q.details("a zip on the front"),
        Q.wearing(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. "
            "It has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description(
            "The sweater has long sleeves, furry fabric and pure color patterns. The neckline of it is stand."
        ),
        gender="Women",
        title="Sweet Dreams Women Olive Green Solid Fleece Night Suit",
        category="Night suits",
        color="Olive",
    ),
    # Flat lay on white: purple bra with white polka dots and the matching brief. No person, no gender column. The
    # wearing answer puts a gentleman in it.
    case(
        "X1592-032",
        caption(
            "The upper clothing has sleeves cut off, cotton fabric and graphic patterns. The lower clothing is of "
            "short length. The fabric is cotton and it has graphic patterns."
        ),
        Q.garment_type("bra"),
        Q.color("purple"),
        Q.pattern("polka dots"),
        Q.wearing(
            "The gentleman wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. "
            "The gentleman wears a",
            "pronoun",
            hit_limit=True,
        ),
        Q.details(
            "The upper clothing has sleeves cut off, cotton fabric and graphic patterns. The lower clothing is of "
            "short length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        title="Penny by Zivame Women Purple Printed Bra and Brief Set",
        category="Lingerie Set",
        color="Purple",
    ),
    # Black racerback sports bra (polyamide-elastane), wide band with "TRIUMPH" in white; grey leggings. The caption
    # is cut at the limit; the material answer says cotton.
    case(
        "X1592-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.details("the word triumph on the band"),
        is_a("bra", "yes"),
        Q.material("The tank top is with cotton fabric.", "unsupported"),
        Q.wearing("a sports bra and leggings"),
        gender="Women",
        title="Triumph Women Black Solid Non-Padded Racerback Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Blush-pink satin robe worn open over a matching spaghetti-strap nightie; lace cuffs on the robe, belt hanging
    # loose.
    case(
        "X1592-034",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "chiffon fabric. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon "
            "fabric. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.color("pink"),
        Q.description(
            "The outer clothing has long sleeves, chiffon fabric and pure color patterns. The dress has sleeves cut "
            "off, chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.details("lace on the sleeves"),
        gender="Women",
        title="Kanvin Women Pink Satin Robe with Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # White oversized drop-shoulder tee with "SLEEPY HEAD" printed in black, worn with pink pyjama shorts. The open
    # color answer gives the shorts' pink.
    case(
        "X1592-035",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        Q.details("the words sleepy head on the front"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        Q.wearing(
            "This man is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts.", "pronoun"
        ),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Typography Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Sea-green cotton kaftan with a white leaf print, wide batwing three-quarter sleeves, V-neck, ankle length;
    # model with arms held out. The sleeve answer says short.
    case(
        "X1592-036",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The dress is of long length."
        ),
        Q.garment_type("kaftan"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a long dress with wide sleeves"),
        Q.wearing(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("The dress is with cotton fabric."),
        gender="Women",
        title="Clovia Women Sea Green Leaf Print Kaftan Nightdress",
        category="Nightdress",
        color="Sea Green",
    ),
    # Pack of two camisoles: the model wears the white one (thin straps, cotton) with blue jeans; the black one is
    # shown in an inset.
    case(
        "X1592-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        Q.color("white"),
        Q.garment_type("camisole"),
        Q.details(
            "The tank top is with cotton fabric. It has a suspenders neckline. The lady wears a long pants. The pants "
            "are with denim",
            "cut",
            hit_limit=True,
        ),
        Q.material("The tank top is with cotton fabric."),
        gender="Women",
        title="Lux Cozi Women Pack of 2 Assorted Camisoles",
        category="Camisoles",
        color="Multi",
    ),
    # Flat lay: red-and-navy tartan flannel lounge shorts with a white drawstring. The wearing answer invents a lady.
    case(
        "X1592-038",
        caption("The lower clothing is of short length. The fabric is cotton and it has lattice patterns."),
        Q.pattern("checked"),
        Q.color("red"),
        Q.garment_type("shorts"),
        Q.wearing(
            "The lady wears a three-point shorts with lattice patterns. The shorts are with cotton fabric and lattice "
            "patterns.",
            "unsupported",
        ),
        Q.details("drawstring"),
        Q.material("The shorts are with denim fabric.", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women Red & Navy Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Red",
    ),
    # Grey short-sleeve top with a pink unicorn print, grey-and-pink printed pyjamas; a pink satin sleep mask pushed
    # up on the forehead. The caption reads the mask as sunglasses; the closed color is the print's (or mask's) pink.
    case(
        "X1592-039",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and graphic patterns. This lady wears sunglasses.",
            "unsupported",
        ),
        Q.garment_type("night suit"),
        Q.color("pink", "contradiction"),
        Q.pattern("graphic"),
        Q.wearing("pajamas and a sleep mask"),
        Q.details("a unicorn on the shirt"),
        Q.material("The T-shirt is with cotton fabric."),
        Q.description(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "are of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Grey Unicorn Print Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Coral racerback cotton lounge tank with black lounge shorts; "orange" for coral let stand.
    case(
        "X1592-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric."
        ),
        Q.color("orange"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "This guy wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.details(
            "The tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round."
        ),
        gender="Women",
        title="Enamor Women Coral Solid Racerback Lounge Tank Top",
        category="Lounge Tshirts",
        color="Coral",
    ),
    # Back view: off-white cotton pyjama set with small blue flowers, long-sleeve notch-collar shirt and pants. The
    # open color of the pants is the print's blue.
    case(
        "X1592-041",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and floral patterns."
        ),
        Q.color("white"),
        Q.pattern("floral"),
        Q.details("The shirt has long sleeves, cotton fabric and floral patterns. The neckline of it is lapel."),
        Q.wearing("floral pajamas"),
        Q.sleeve_length("long"),
        color_of("pants", "blue", "contradiction", kind="open"),
        Q.description(
            "The lady is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Off-White Floral Print Cotton Pyjama Set",
        category="Night suits",
        color="Off White",
    ),
    # Blue cotton boxer shorts with a small white star print, white cami above; no jewellery. The closed color is the
    # cami's white; the details answer repeats an invented wrist accessory to the limit.
    case(
        "X1592-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a three-point shorts. The shorts are with graphic patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.details(
            "The shorts are with cotton fabric and graphic patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        Q.material("The shorts are with cotton fabric."),
        gender="Women",
        title="Clovia Women Blue Star Print Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Red-and-black buffalo-check flannel nightdress cut like a shirt: collar, button placket, long sleeves, knee
    # length; woolly grey socks. The caption repeats its second and third sentences.
    case(
        "X1592-043",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("red"),
        Q.garment_type("nightdress"),
        Q.sleeve_length("long"),
        Q.material("flannel"),
        Q.wearing(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The lady is wearing a long-sleeve shirt "
            "with lattice patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.details("The shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel."),
        gender="Women",
        title="Sweet Dreams Women Red & Black Checked Flannel Nightdress",
        category="Nightdress",
        color="Red",
    ),
    # Maroon thermal leggings under a long cream sweater that covers the hips. The closed color is the sweater's
    # cream; the details answer runs into the next prompt.
    case(
        "X1592-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with knitted fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("cream", "other_garment_color"),
        Q.garment_type("leggings"),
        Q.material("cotton"),
        Q.description("The leggings are of long length. The fabric is knitted and it has pure color patterns."),
        Q.wearing("The lady wears a long-sleeve sweater with pure color patterns and a long leggings."),
        Q.details(
            "The leggings are of long length. Question: What are the details of the garment? Answer: The leggings are "
            "of long length.",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Lux Inferno Women Maroon Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Maroon",
    ),
    # Navy sleeveless round-neck maxi nightdress with a white floral print and a side pocket; the model hugs a white
    # pillow. No category column. The details answer starts with the prompt's "Answer:"; material is empty.
    case(
        "X1592-045",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details("Answer: a pocket on the side", "leak"),
        Q.material("", "non_answer"),
        Q.wearing("a blue dress and a pillow"),
        gender="Women",
        title="Kanvin Women Navy Blue Floral Print Maxi Nightdress",
        color="Navy Blue",
    ),
]
