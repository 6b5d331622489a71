"""BLIND_1328 (45 products; Myntra women's nightwear, lingerie, loungewear): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 63/74 failures found (85.1%) and 40/208 correct texts flagged
(19.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, babydolls, robes,
bras, briefs, camisoles, shapewear, lounge pants, shorts and tees, thermals). Photos are the catalog's usual shots: a
model on a plain backdrop wearing the product with other clothes (jeans, tees, tank tops, pyjama pants), now and then
a flat lay, a hanger, a mannequin torso, a back view or a prop. The columns are the feed's own: title, category (the
marketplace's article type), color (its base colour) and gender; one or another is missing on a few rows.
Who wrote what: the caption and every open answer (wearing, describe, details, material, and the color questions asked
of a named garment) come from BLIP-2 OPT-2.7b with the epoch-2 caption adapter, greedy, 50 new tokens for captions and
30 for answers. The adapter half-forgot question answering: many open answers come back as the DeepFashion caption
template ("The lady wears a sleeveless dress with pure color patterns..."), some as short base-model answers, and it
never learned to stop, so some loop or get cut at the limit. The closed questions (garment type, color, pattern, sleeve
length, "Is this a ...?") come from the reference engine ranking a closed candidate set, so they are short labels.
Labeling conventions and judgement calls: judged against the imagined photo and the title. The template's "pure
color" / "solid color patterns" is fine in a caption or a description, but as the whole answer to a color question it
says nothing and is marked non_answer. The template has no word for satin: "chiffon" for a satin piece is left
unmarked as the nearest word it has; "cotton" or "denim" for a piece the title calls satin or lace is marked
contradiction. "Tank top" for a bra (or tank top plus shorts for a bra and panty) contradicts the title and is marked;
"tank top" for a camisole, "three-point shorts" for boyshorts or a thigh shaper is left unmarked (that is what they look
like); "three-point shorts" for hipster briefs is marked. "The upper clothing has no sleeves..." for a bra is unmarked.
The template's "The lady wears" on a hanger or mannequin shot is left unmarked; "gentleman"/"he" for a women's product
is pronoun. A single hue given for an assorted multi-pack is marked contradiction (one item's color, not the
product's). A closed or open color that belongs to the jeans, tee, slip or pants worn with the product is
other_garment_color. Invented details the photo cannot show (a ring, a side slit on a back view, a back pocket not
there, pants on bare legs) are unsupported, and so is "silk" for a satin slip (a fiber the title never claims).
Peach/pink, lavender/purple, burgundy/maroon, off white/white, nude/beige are counted as the same color. Loops, cuts
and the runs into a new "Question:" that ran to the limit carry hit_limit=True; a short answer that stopped on its own
does not. About a quarter of the texts are marked: the closed labels from the reference engine are mostly right (their
errors are colors of the other garment and a few wrong labels), while the adapter's open answers and captions fail
far more often (loops, cuts, template with no hue, invented details, satin called cotton).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1328 = [
    # Photo: model standing on grey backdrop in a navy cotton night suit with a small white star print: notched-collar
    # long-sleeve button shirt with white piping, matching pyjama pants. Caption, wearing, details, material: epoch-2
    # caption adapter; type, color, pattern: reference engine.
    case(
        "X1328-001",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("The lady wears a long-sleeve shirt with graphic patterns and a long pants."),
        Q.garment_type("pajama set"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        details(
            "shirt",
            "The shirt has a lapel neckline, long sleeves and buttons. The shirt has a lapel neckline, long sleeves "
            "and buttons. The shirt has a",
            "loop",
            hit_limit=True,
        ),
        Q.material("The shirt is with cotton fabric."),
        gender="Women",
        title="Sweet Dreams Women Navy Blue Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a knee-length maroon satin slip nightdress, thin straps, V-neck edged with black lace, white
    # backdrop. Caption, describe, open color, material: adapter; type, color: reference engine. The material answer
    # says cotton for a satin slip; the open color answer is the template with no hue.
    case(
        "X1328-002",
        caption(
            "This woman wears a sleeveless dress with solid color patterns. The dress is with chiffon fabric and it "
            "has a v-shape neckline."
        ),
        describe("nightdress", "The nightdress is sleeveless with a v-shape neckline and lace trim."),
        color_of("nightdress", "The nightdress is with pure color patterns.", "non_answer", kind="open"),
        Q.material("The dress is with cotton fabric.", "contradiction"),
        Q.garment_type("nightdress"),
        Q.color("maroon"),
        gender="Women",
        title="Clovia Women Maroon Satin Solid Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: model in a nude lightly padded T-shirt bra with light blue jeans, cropped at mid-thigh. Caption, wearing,
    # details: adapter (the caption calls the bra a tank top; details loops); type, color, is_a: reference engine (the
    # color is the jeans').
    case(
        "X1328-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("The lady is wearing a bra and jeans."),
        Q.garment_type("bra"),
        Q.color("blue", "other_garment_color"),
        details(
            "bra",
            "The bra has suspenders neckline and pure color patterns. The bra has suspenders neckline and pure color "
            "patterns. The bra has",
            "loop",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        gender="Women",
        title="Amante Women Nude-Coloured Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: flat lay of three hipster briefs side by side (black, pink, grey) on white. Caption, wearing, describe,
    # material: adapter (caption calls them shorts on a person); type, color, pattern: reference engine (black is one
    # of the three).
    case(
        "X1328-004",
        caption(
            "The person wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("underwear"),
        Q.garment_type("briefs"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        describe("briefs", "The briefs are with cotton fabric and pure color patterns."),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in grey melange drawstring joggers with side pockets, white crew-neck tee, white sneakers. Caption
    # (cut at 50 tokens), wearing, describe, details, open color: adapter; type, color: reference engine (white is the
    # tee's).
    case(
        "X1328-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. She wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and grey sweatpants"),
        Q.garment_type("lounge pants"),
        Q.color("white", "other_garment_color"),
        describe("pants", "The pants are of long length. The pants are with cotton fabric and pure color patterns."),
        details("pants", "The pants have a drawstring waist and two pockets."),
        color_of("pants", "grey", kind="open"),
        gender="Women",
        title="HRX Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in pink-and-white vertical striped shorts with an elastic waist and a white tee half tucked. Caption,
    # wearing, details, open color: adapter; pattern, color: reference engine.
    case(
        "X1328-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and striped patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts."),
        Q.pattern("striped"),
        Q.color("pink"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "The shorts are with striped patterns.", "non_answer", kind="open"),
        gender="Women",
        title="Dreamz by Pantaloons Women Pink & White Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
    ),
    # Photo: model in an open black satin kimono robe, its belt hanging loose, over a red lace slip; beige backdrop.
    # Caption, wearing, describe, material: adapter; type, color: reference engine (red is the slip's).
    case(
        "X1328-007",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with chiffon "
            "fabric. The lady wears a sleeveless dress with pure color patterns. There is an accessory in her waist."
        ),
        wearing("The lady is wearing a black robe over a red dress."),
        Q.garment_type("robe"),
        Q.color("red", "other_garment_color"),
        describe("robe", "The robe is with chiffon fabric and pure color patterns. It has long sleeves and a belt."),
        Q.material("satin"),
        gender="Women",
        title="Women Black Solid Satin Robe",
        category="Robe",
        color="Black",
    ),
    # Photo: model in a sheer red lace babydoll with thin straps, split open at the front, matching thong; white
    # backdrop. Caption (loops), wearing, details: adapter; type, color, pattern: reference engine.
    case(
        "X1328-008",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is with chiffon fabric. It has a suspenders neckline. The dress is with "
            "chiffon fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a red lingerie"),
        Q.garment_type("babydoll"),
        Q.color("red"),
        Q.pattern("lace"),
        details("babydoll", "The babydoll details are the details of the babydoll.", "restated"),
        gender="Women",
        title="N-Gal Women Red Lace Babydoll With Thong",
        category="Baby Dolls",
        color="Red",
    ),
    # Photo: model in a white cotton camisole with thin straps and a lace edge at the neckline, blue skinny jeans.
    # Caption, wearing, open color: adapter (the open color is the jeans'); color, type, sleeves: reference engine.
    case(
        "X1328-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("The lady wears a sleeveless tank top and a long trousers."),
        Q.color("white"),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        gender="Women",
        title="Marks & Spencer Women White Solid Camisole",
        category="Camisoles",
        color="White",
    ),
    # Photo: a nude high-waist thigh shaper on a headless mannequin torso, white backdrop, no model. Caption, wearing,
    # material, details: adapter; type, color: reference engine ("shorts" for the shaper is against the seller's
    # article type; "other fabric" says nothing).
    case(
        "X1328-010",
        caption("The person wears a three-point shorts. The shorts are with other fabric and pure color patterns."),
        wearing("The person wears a three-point shorts with pure color patterns."),
        Q.garment_type("shorts", "contradiction"),
        Q.color("beige"),
        Q.material("The shorts are with other fabric.", "non_answer"),
        details(
            "shaper",
            "The shaper has a high waist and a high waist and a high waist and a high waist and a high waist and a "
            "high",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Dermawear Women Nude-Coloured Solid Tummy Shaper",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: model in a lavender round-neck short-sleeve tee with black joggers. Caption, describe (cut), open color:
    # adapter (the open color is the joggers'); type, color, sleeves: reference engine.
    case(
        "X1328-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline and short sleeves. "
            "The T-shirt is of",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        gender="Women",
        title="Kryptic Women Lavender Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: model seated on a white stool in a yellow tee and shorts with a white moon-and-cloud print; no jewellery.
    # Caption (invents a ring), wearing, details: adapter; type, color, pattern: reference engine.
    case(
        "X1328-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts."),
        Q.garment_type("night suit"),
        Q.color("yellow"),
        Q.pattern("printed"),
        details("shorts", "The shorts have a elastic waist and graphic patterns."),
        gender="Women",
        title="Sweet Dreams Women Yellow & White Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: model in a knee-length blue cotton nightdress with a small white floral print, short sleeves, round neck,
    # buttoned placket. Caption, wearing (cut), describe (cut), material: adapter; color, pattern, sleeves: reference
    # engine.
    case(
        "X1328-013",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        describe(
            "nightdress",
            "The nightdress is a short-sleeve dress with floral patterns. It has a round neckline and buttons on the "
            "front. It has a round",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Clovia Women Blue Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: flat lay on a wooden floor, slippers in a corner: red-and-navy checked flannel shirt (notched collar, long
    # sleeves) and folded pyjama pants; no person. Caption and wearing: adapter, both with "gentleman"/"his"; type,
    # pattern, color: reference engine; material: adapter, short.
    case(
        "X1328-014",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and lattice patterns.",
            "pronoun",
        ),
        wearing(
            "His shirt has long sleeves, cotton fabric and lattice patterns. The pants he wears is of long length.",
            "pronoun",
        ),
        Q.garment_type("pajama set"),
        Q.pattern("checked"),
        Q.color("red"),
        Q.material("flannel"),
        gender="Women",
        title="Women Red & Navy Blue Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: model in a maroon round-neck long-sleeve thermal top with blue jeans. Caption, material, details (loops):
    # adapter; type, color, sleeves: reference engine.
    case(
        "X1328-015",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        Q.garment_type("thermal top"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        Q.material("The T-shirt is with knitted fabric."),
        details(
            "top",
            "The top has long sleeves and a round neckline. The top has long sleeves and a round neckline. The top "
            "has long sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Lux Inferno Women Maroon Solid Thermal Top",
        category="Thermal Tops",
        color="Maroon",
    ),
    # Photo: side view of a model in a black racerback sports bra and black leggings. Caption (tank top), wearing,
    # details: adapter; type, color, is_a: reference engine ("yes" to tank top).
    case(
        "X1328-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a black sports bra and black leggings"),
        Q.garment_type("sports bra"),
        Q.color("black"),
        is_a("tank top", "yes", "contradiction"),
        details("bra", "The bra has a racerback and a wide elastic band."),
        gender="Women",
        title="Enamor Women Black Solid Non-Padded Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a lavender lace bra and matching lace panty, white backdrop. Caption (tank top and shorts),
    # wearing, describe (cut), material: adapter; type, color, pattern: reference engine.
    case(
        "X1328-017",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns and a three-point shorts. The tank top is "
            "with other fabric. It has a v-shape neckline. The shorts are with other fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("The lady is wearing a purple bra and panties."),
        Q.garment_type("lingerie set"),
        Q.color("purple"),
        Q.pattern("lace"),
        describe(
            "lingerie set",
            "The lingerie set is a bra and a panty with lace patterns. The bra has padded cups and adjustable straps. "
            "The panty has a",
            "cut",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender="Women",
        title="PrettySecrets Women Lavender Lace Lingerie Set",
        category="Lingerie Set",
        color="Lavender",
    ),
    # Photo: model in a peach satin robe with elbow sleeves, worn open, its belt loose, over the matching sleeveless
    # peach nightdress with lace trim at neckline and hem. Caption, wearing, material, details (loops): adapter; type,
    # color, is_a: reference engine.
    case(
        "X1328-018",
        caption(
            "The lady wears an outer clothing with medium sleeves and pure color patterns. The outer clothing is with "
            "chiffon fabric. The lady wears a sleeveless dress with pure color patterns. There is an accessory in her "
            "waist."
        ),
        wearing("The lady is wearing a robe and a nightdress."),
        Q.garment_type("nightdress"),
        Q.color("peach"),
        is_a("robe", "yes"),
        Q.material("The robe is with chiffon fabric and the dress is with chiffon fabric."),
        details(
            "nightdress",
            "The nightdress has lace trim at the neckline and a lace trim at the hem and a lace trim at the neckline "
            "and a lace trim at the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Peach-Coloured Satin Nightdress With Robe",
        category="Nightdress",
        color="Peach",
    ),
    # Photo: model in a green lace triangle bralette with black high-waist trousers. Caption (the "upper clothing"
    # template), wearing, open color (loops on one word): adapter; type, color, pattern: reference engine. No gender.
    case(
        "X1328-019",
        caption(
            "The upper clothing has no sleeves, other fabric and lattice patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has solid color patterns."
        ),
        wearing("a green bra and black pants"),
        Q.garment_type("bra"),
        Q.color("green"),
        Q.pattern("lace"),
        color_of(
            "bralette",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Women Green Lace Non-Padded Bralette",
        category="Bra",
        color="Green",
    ),
    # Photo: back view, model looking over her shoulder, black joggers with cuffed hems and plain back, white crop top.
    # Caption, wearing, details (invents a zip pocket on the back), material: adapter; type, color: reference engine.
    case(
        "X1328-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white crop top and black joggers"),
        Q.garment_type("joggers"),
        Q.color("black"),
        details("joggers", "The joggers have a elastic waist, cuffed hem and a zip pocket on the back.", "unsupported"),
        Q.material("The pants are with cotton fabric."),
        gender="Women",
        title="Women Black Solid Joggers",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: pregnant model in an ankle-length pink nightdress with small white polka dots, short sleeves, round neck,
    # two concealed vertical feeding zips at the bust. Caption, wearing, describe, details: adapter; color, pattern,
    # sleeves: reference engine (long sleeves is wrong).
    case(
        "X1328-021",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        wearing("a pink maternity dress"),
        describe(
            "nightdress",
            "The nightdress is with cotton fabric and graphic patterns. It has a round neckline and short sleeves.",
        ),
        details("nightdress", "The nightdress has two zips on the chest for feeding."),
        Q.color("pink"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Women Pink Printed Maternity Feeding Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: model in an ankle-length kaftan with batwing sleeves and a V-neck, blue, orange and white ikat print.
    # Caption, wearing, describe (restates): adapter; type, color, pattern, sleeves: reference engine.
    case(
        "X1328-022",
        caption(
            "The lady wears a medium-sleeve dress with other patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        wearing("a kaftan"),
        Q.garment_type("kaftan"),
        Q.color("multi"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kaftan", "The kaftan is a kaftan.", "restated"),
        gender="Women",
        title="Women Multicoloured Printed Kaftan Nightdress",
        category="Nightdress",
        color="Multi",
    ),
    # Photo: model in a teal sleeveless top with a white leaf print and solid teal calf-length capris with a drawstring.
    # Caption, wearing (cut), details, open color (template, no hue): adapter; type, color: reference engine.
    case(
        "X1328-023",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-quarter pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with floral patterns and a three-quarter pants. The tank top is "
            "with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        Q.color("teal"),
        details("capris", "The capris have a elastic waist and a drawstring."),
        color_of("top", "The top is with floral patterns.", "non_answer", kind="open"),
        gender="Women",
        title="Women Teal Printed Top & Capris Night Suit",
        category="Night suits",
        color="Teal",
    ),
    # Photo: back view, model facing away in a navy satin midi slip with crossed straps at the back and lace at the
    # hem; neckline and sides not visible, no slit. Caption, wearing, describe (invents a slit), material ("silk"):
    # adapter; color, type: reference engine.
    case(
        "X1328-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length."
        ),
        wearing("a blue dress"),
        Q.color("navy blue"),
        Q.garment_type("nightdress"),
        describe(
            "nightdress", "The nightdress has a v-shape neckline with lace trim and a slit on the side.", "unsupported"
        ),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Women Navy Blue Satin Slip Nightdress With Lace Trim",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: flat lay of two boyshorts, one black, one grey, on white. Caption, wearing, material: adapter; type,
    # color (one of the two), pattern: reference engine. The feed has no color column on this row.
    case(
        "X1328-025",
        caption("The person wears a three-point shorts with pure color patterns. The shorts are with cotton fabric."),
        wearing("two pairs of underwear"),
        Q.garment_type("briefs"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Women",
        title="Women Pack of 2 Solid Boyshorts",
        category="Briefs",
    ),
    # Photo: model in olive drawstring shorts with side pockets and a black tank top. Caption, open color, details,
    # describe (runs into a new "Question:"): adapter; color (the tank's), type: reference engine.
    case(
        "X1328-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "green", kind="open"),
        details("shorts", "The shorts have a drawstring waist and side pockets."),
        Q.garment_type("shorts"),
        describe(
            "shorts",
            "The shorts are three-point shorts. Question: What are the shorts made of? Answer: The shorts are with "
            "cotton fabric.",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
    ),
    # Photo: flat lay of two camisoles, black and white, on a white sheet. Caption, wearing, describe (loops): adapter;
    # type, color, is_a: reference engine.
    case(
        "X1328-027",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline."
        ),
        wearing("two tank tops"),
        Q.garment_type("camisole"),
        Q.color("multi"),
        is_a("camisole", "yes"),
        describe(
            "camisole",
            "The camisole is with cotton fabric and pure color patterns. It has a suspenders neckline. The camisole "
            "is with cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Pack of 2 Solid Camisoles",
        category="Camisoles",
        color="Multi",
    ),
    # Photo: model in a mid-thigh blue-and-white striped button-down sleep shirt, notched collar, sleeves rolled to
    # the elbow, chest pocket, bare legs. Caption, wearing (adds pants), details: adapter; type, color, pattern,
    # sleeves: reference engine. "shirt" for a sleep shirt filed as Nightdress is left unmarked.
    case(
        "X1328-028",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline."
        ),
        wearing("The lady wears a long-sleeve shirt with striped patterns and a long pants.", "unsupported"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        details("shirt", "The shirt has a pocket on the chest and buttons on the front."),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Women Blue & White Striped Sleep Shirt",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model in an off-white night suit with pink roses: full-sleeve round-neck top and pyjamas; no jewellery.
    # Caption (cut at 50), wearing, open color, material: adapter; color, pattern: reference engine.
    case(
        "X1328-029",
        caption(
            "The lady wears a long-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve T-shirt with floral patterns and a long pants."),
        Q.color("white"),
        Q.pattern("floral"),
        color_of("pants", "white and pink", kind="open"),
        Q.material("cotton"),
        gender="Women",
        title="Women Off-White & Pink Floral Printed Night Suit",
        category="Night suits",
        color="Off White",
    ),
    # Photo: model in mauve ribbed flared lounge pants with a plain hem, black tank top. Caption, wearing, describe,
    # details (invents a slit): adapter; color, type: reference engine.
    case(
        "X1328-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with knitted fabric and pure color "
            "patterns."
        ),
        wearing("a black tank top and purple pants"),
        Q.color("purple"),
        Q.garment_type("pants"),
        describe("pants", "The pants are flared and have a ribbed texture."),
        details("pants", "The pants have a elastic waist and a slit at the hem.", "unsupported"),
        gender="Women",
        title="Women Mauve Solid Flared Lounge Pants",
        category="Lounge Pants",
        color="Mauve",
    ),
    # Photo: model in black thermal leggings, an oversized white tee and white socks. Caption, material, describe
    # (loops): adapter; type, color (the tee's), is_a: reference engine.
    case(
        "X1328-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.material("The leggings are with cotton fabric."),
        is_a("leggings", "yes", article="a pair of"),
        describe(
            "leggings",
            "The leggings are with cotton fabric and pure color patterns. They are of long length. The leggings are "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Black Solid Thermal Leggings",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: model in a red padded T-shirt bra with white lounge shorts. Caption (tank top), wearing, details, material:
    # adapter; type, color: reference engine.
    case(
        "X1328-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a red bra and white shorts"),
        Q.garment_type("bra"),
        Q.color("red"),
        details("bra", "The bra has padded cups and adjustable straps."),
        Q.material("cotton"),
        gender="Women",
        title="Women Red Solid Padded T-shirt Bra",
        category="Bra",
        color="Red",
    ),
    # Photo: model in a grey melange short-sleeve tee dress with a big print of a sleeping cat and "Nap Queen" text.
    # Caption, wearing (cut), describe, details (loops): adapter; color, pattern: reference engine.
    case(
        "X1328-033",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        wearing(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.pattern("graphic"),
        describe("nightdress", "The nightdress has a cat on it and the words 'nap queen'."),
        details(
            "nightdress",
            "The nightdress has a cat on it and the words 'nap queen' and the words 'nap queen' and the words 'nap "
            "queen' and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Grey Melange Graphic Printed Sleep Tee Dress",
        category="Nightdress",
        color="Grey Melange",
    ),
    # Photo: model in a black satin night suit: short-sleeve notch-collar shirt with white piping on collar and cuffs,
    # matching shorts. Caption, wearing, material (cotton), details: adapter; type, color: reference engine.
    case(
        "X1328-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and pure color "
            "patterns."
        ),
        wearing("a black satin pajama set"),
        Q.garment_type("night suit"),
        Q.color("black"),
        Q.material("The shirt is with cotton fabric and the shorts are with cotton fabric.", "contradiction"),
        details("shirt", "The shirt has white piping on the collar and the cuffs."),
        gender="Women",
        title="Women Black Satin Shirt & Shorts Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in a belted white waffle-cotton bathrobe with a shawl collar, long sleeves and two patch pockets, no
    # hood. Caption, wearing, details (invents a hood), material: adapter; type, color, is_a: reference engine.
    case(
        "X1328-035",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. There is an accessory in her waist."
        ),
        wearing("a white bathrobe"),
        Q.garment_type("robe"),
        Q.color("white"),
        details("robe", "The robe has a belt, two pockets and a hood.", "unsupported"),
        Q.material("The outer clothing is with cotton fabric."),
        is_a("jacket", "no"),
        gender="Women",
        title="Women White Solid Cotton Bathrobe",
        category="Bath Robe",
        color="White",
    ),
    # Photo: model in an open longline pink robe with a white floral print, belt loose, over a plain white sleeveless
    # nightdress. Caption, wearing, describe (loops), open color: adapter; color (the nightdress's), pattern:
    # reference engine.
    case(
        "X1328-036",
        caption(
            "The lady wears a long-sleeve outer clothing with floral patterns. The outer clothing is with cotton "
            "fabric. The lady wears a sleeveless dress with pure color patterns. There is an accessory in her waist."
        ),
        wearing("The lady is wearing a robe"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "robe",
            "The robe is a long robe with floral patterns and a belt. The robe is a long robe with floral patterns "
            "and a belt. The robe",
            "loop",
            hit_limit=True,
        ),
        color_of("robe", "pink", kind="open"),
        gender="Women",
        title="Women Pink Floral Printed Longline Night Robe",
        category="Robe",
        color="Pink",
    ),
    # Photo: cropped waist-to-thigh shot of a model in peach hipster briefs with a plain elastic waistband and a white
    # crop tee. Caption (briefs as shorts), wearing, material, details (runs into a new question): adapter; type,
    # color (the tee's): reference engine. No gender on this row.
    case(
        "X1328-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white t-shirt and pink underwear"),
        Q.garment_type("briefs"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton"),
        details(
            "briefs",
            "The briefs have a elastic waistband. Question: What is the color of the briefs? Answer: pink",
            "leak",
        ),
        title="Women Peach-Coloured Solid Hipster Briefs",
        category="Briefs",
        color="Peach",
    ),
    # Photo: a black satin babydoll with lace cups and spaghetti straps on a padded hanger against a white wall, no
    # model. Caption, wearing, describe (cut): adapter; type, color, pattern: reference engine.
    case(
        "X1328-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline."
        ),
        wearing("a black dress on a hanger"),
        Q.garment_type("babydoll"),
        Q.color("black"),
        Q.pattern("solid"),
        describe(
            "babydoll",
            "The babydoll is with chiffon fabric and pure color patterns. It has a suspenders neckline and lace "
            "patterns. The babydoll is of medium",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Black Satin Babydoll With Lace Detail",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: model in an oversized white drop-shoulder tee with black "SUNDAY" lettering, grey shorts mostly hidden
    # under the hem; bare wrists. Caption (invents a wrist accessory), wearing, details (loops): adapter; color,
    # pattern, sleeves: reference engine.
    case(
        "X1328-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white t-shirt with the word sunday on it"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "The T-shirt has the word 'sunday' on it and a round neckline. The T-shirt has the word 'sunday' on it "
            "and a round neckline.",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women White Graphic Printed Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: model in a pink short-sleeve tee with a Minnie Mouse print and pink pyjamas with small polka dots.
    # Caption, wearing, describe (says Mickey), material (empty): adapter; type, color, pattern: reference engine.
    case(
        "X1328-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a pink pajama set with minnie mouse on it"),
        describe("top", "The top is a pink t-shirt with a mickey mouse on it.", "contradiction"),
        Q.garment_type("night suit"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Women Pink Minnie Mouse Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in an ankle-length lavender nightdress, three-quarter sleeves, round neck, lace yoke at the chest.
    # Caption, wearing (cut), describe, material (runs into a new "Question:"), details (loops): adapter; sleeves,
    # color: reference engine.
    case(
        "X1328-041",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        wearing(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        describe("nightdress", "The nightdress is a long dress with a lace yoke and three-quarter sleeves."),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("purple"),
        Q.material(
            "The dress is with cotton fabric. Question: What is the color of the dress? Answer: The dress is",
            "leak",
            hit_limit=True,
        ),
        details(
            "nightdress",
            "The nightdress has a lace yoke, a round neckline, three-quarter sleeves and a lace yoke, a round "
            "neckline, three-quarter sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Lavender Solid Maxi Nightdress With Lace Yoke",
        category="Nightdress",
        color="Lavender",
    ),
    # Photo: model in a skin-coloured non-padded nursing sleep bra with drop-down clips on the straps, black pyjama
    # pants. Caption (the "upper clothing" template), wearing, details: adapter; type, color (the pants'), is_a:
    # reference engine.
    case(
        "X1328-042",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("The lady wears a bra and a long pants."),
        Q.garment_type("bra"),
        Q.color("black", "other_garment_color"),
        details("bra", "The bra has clips on the straps for nursing."),
        is_a("bra", "yes"),
        gender="Women",
        title="Women Skin-Coloured Solid Non-Padded Maternity Sleep Bra",
        category="Bra",
        color="Skin",
    ),
    # Photo: short-haired model in an olive sweatshirt with ribbed cuffs and matching joggers, white sneakers. Caption,
    # wearing ("he"), material, details: adapter; type, color: reference engine.
    case(
        "X1328-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a green sweatshirt and green sweatpants.", "pronoun"),
        Q.garment_type("co-ord set"),
        Q.color("olive"),
        Q.material("The sweater is with cotton fabric."),
        details("joggers", "The joggers have ribbed cuffs at the ankles and a drawstring."),
        gender="Women",
        title="Women Olive Green Solid Sweatshirt & Joggers Lounge Set",
        category="Co-Ords",
        color="Olive",
    ),
    # Photo: model in a burgundy satin camisole with lace trim at the V-neck, black jeans. Caption, open color (the
    # jeans'), describe, material (denim): adapter; color, type: reference engine.
    case(
        "X1328-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        Q.color("maroon"),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        Q.garment_type("camisole"),
        describe("camisole", "The camisole is a sleeveless top with lace trim and thin straps."),
        Q.material("The tank top is with denim fabric.", "contradiction"),
        gender="Women",
        title="Women Burgundy Lace Camisole",
        category="Camisoles",
        color="Burgundy",
    ),
    # Photo: model in a knee-length sleeveless tank nightdress with horizontal sea-green and white stripes, round neck.
    # Caption, wearing (cut), describe (says long-sleeve), details (restates): adapter; color, pattern: reference
    # engine.
    case(
        "X1328-045",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length."
        ),
        wearing(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("striped"),
        describe("nightdress", "The nightdress is a long-sleeve dress with striped patterns.", "contradiction"),
        details("nightdress", "The nightdress details are the details of the nightdress.", "restated"),
        gender="Women",
        title="Women Sea Green & White Striped Nightdress",
        category="Nightdress",
        color="Sea Green",
    ),
]
