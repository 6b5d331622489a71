"""BLIND_1311 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
third session. Measured blind at 0a90725 (the session's third rules): 57/75 failures found (76.0%) and 12/248 correct
texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, ethnic gowns, ethnic dresses and straight kurtas
photographed over leggings or churidars. Catalog columns as the feed has them: title, category (Myntra article type:
Kurtas, Kurta Sets, Ethnic Dresses, Dresses), color (Myntra base colour), gender (Women); one row has no base colour
and one no gender. Photos: a model on a plain grey or white backdrop in most rows, a few back views, two flat lays,
props now and then (a potted plant, a cane chair, a clutch, a bunch of flowers, a stool).
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption)
on BLIP-2 OPT-2.7b, greedy, 50 new tokens. The open answers (what is the person wearing, describe, details,
material) are spans that the extractive QA model (timpal0l/mdeberta-v3-base-squad2) picked from that caption, or ""
when it returned no answer; they never contain a word the caption lacks. The closed answers (garment type, color,
pattern, sleeve length, "Is this a kurta?") come from the reference engine ranking the feed's candidate lists, so
they are always one candidate.
Labeling conventions and judgement calls: the caption adapter only knows the DeepFashion template: it names no hues,
calls a kurta "shirt" (or "tank top" when sleeveless), an anarkali or a gown "dress", leggings or churidars "leggings",
"trousers" or "pants", georgette "chiffon"; I count those vocabulary choices as correct. A caption that ran to the
50-token limit is hit_limit=True whatever else; it is "cut" when it stops mid-sentence, "loop" when it repeats a
sentence, and correct when it happened to end on a full stop and says nothing false. Where a caption has two faults I
gave the one a reader sees as worse: an invented garment (trousers under a floor-length gown, pants in a flat lay) over
the cut. Invented accessories (a ring, a hat, socks, a bracelet on bare wrists) are "unsupported", judged by the photo
described above each case. A fabric the catalog or product page contradicts (cotton for rayon, crepe or silk blend,
furry for velvet) is "unsupported" in the caption and in the material answer. An open answer that names the leggings, a
ring, a hat or neckwear instead of the product is "contradiction"; an empty extractive answer is "non_answer", the bare
garment word back for "Describe the garment." is "restated", a span that carries the caption's loop is "loop". Closed
colors: neighbouring shades count as correct (navy/blue, burgundy/maroon, teal/green or blue, lavender/purple, mustard/
yellow, rust/orange, cream or off-white/white, magenta/pink); the color of the leggings, churidar or dupatta is
"other_garment_color"; the color of the print or embroidery, or black for navy, is "contradiction". Closed garment type
"dress" or "gown" for a title's Anarkali Kurta, and "top" for a kurta, are "contradiction" because the candidate list
had the right word. An empty "What is the person wearing?" on a flat lay is left correct: there is no person.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1311 = [
    # Photo: model on grey backdrop, maroon calf-length anarkali kurta with gold ethnic-motif print, long sleeves,
    # round neck, maroon churidar, bangles on the left wrist. Caption: caption adapter, cut at 50 tokens; open
    # answers: extractive QA over it; closed: reference engine.
    case(
        "X1311-001",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.material("cotton"),
        D.details("its neckline is round"),
        Q.garment_type("anarkali kurta"),
        Q.color("maroon"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: bottle-green floor-length georgette gown, long sheer sleeves, round neck with a tonal embroidered yoke,
    # matching green dupatta over one arm. Caption: caption adapter, stopped on its own; answers: extractive QA;
    # closed: reference engine. All correct.
    case(
        "X1311-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a round neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.description("long-sleeve dress"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Indo Era Women Green Embroidered Georgette Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: mustard knee-length straight kurta with a small white floral print, three-quarter sleeves, mandarin
    # collar, over white leggings. Caption: caption adapter, cut; answers: extractive QA; closed: reference engine
    # (color answered with the leggings' white).
    case(
        "X1311-003",
        caption(
            "This lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has "
            "a stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.material("cotton"),
        D.details("stand neckline"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Mustard Yellow Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: rust tiered cotton maxi with ethnic-motif print, short flutter sleeves, V-neck with tassel ties, a
    # white potted plant beside the model. Caption: caption adapter, loops on the length sentence until the limit;
    # answers: extractive QA; closed: reference engine.
    case(
        "X1311-004",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        D.description("short-sleeve dress with graphic patterns"),
        D.details("V-shape neckline"),
        Q.material("cotton"),
        Q.color("orange"),
        Q.pattern("ethnic motifs"),
        gender="Women",
        title="KALINI Women Rust Ethnic Motifs Printed Tiered Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
    ),
    # Photo: back view of a navy georgette gown with scattered sequins, sleeveless, deep back with a dori tie, floor
    # length. Caption: caption adapter, stopped on its own; answers: extractive QA (no answer for details); closed:
    # reference engine (navy under studio light ranked as black).
    case(
        "X1311-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        D.details("", "non_answer"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Women Navy Blue Embellished Georgette Maxi Gown",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: pink A-line kurta with gold foil-printed geometric motifs, three-quarter sleeves, round neck, white
    # palazzos, white dupatta with a pink border over both shoulders. Caption: caption adapter, cut; answers:
    # extractive QA; closed: reference engine (pattern "floral" for a geometric foil print).
    case(
        "X1311-006",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Biba Women Pink Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: teal solid calf-length kurta, long sleeves, V-neck with lace trim, beige leggings, glass bangles on
    # both wrists, hand on hip. Caption: caption adapter, stopped on its own; answers: extractive QA (wearing picked
    # the leggings); closed: reference engine.
    case(
        "X1311-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a V-shape neckline. The lady wears a long leggings. There is an accessory on her wrist."
        ),
        wearing("a long leggings", "contradiction"),
        D.details("V-shape neckline"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("green"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Teal Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: flat lay on white: indigo kurta with white block print, three-quarter sleeves, round neck with a
    # keyhole; no person, no other garment. Caption: caption adapter, invents a lady and denim pants, ran to the
    # limit; answers: extractive QA; closed: reference engine.
    case(
        "X1311-008",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long pants", "unsupported"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Jaipur Kurti Women Indigo Blue Hand Block Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black floor-length georgette anarkali kurta, gold zari embroidery on the yoke, long sheer sleeves,
    # black churidar, a ring and a bracelet. Caption: caption adapter, cut; answers: extractive QA; closed:
    # reference engine (took the floor-length anarkali for a gown, and said no to kurta).
    case(
        "X1311-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a round neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("chiffon"),
        Q.garment_type("gown", "contradiction"),
        Q.color("black"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Ahalyaa Women Black Zari Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: off-white cotton midi with a small red and green floral print, three-quarter sleeves with smocked
    # cuffs, round neck with tassels, straw bag in hand. Caption: caption adapter, stopped on its own; answers:
    # extractive QA (no answer for describe); closed: reference engine.
    case(
        "X1311-010",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of three-quarter length."
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        D.description("", "non_answer"),
        D.details("its neckline is round"),
        Q.material("cotton"),
        Q.color("white"),
        Q.pattern("floral"),
        gender="Women",
        title="Global Desi Women Off-White Floral Printed Cotton A-Line Midi Ethnic Dress",
        category="Ethnic Dresses",
        color="Off White",
    ),
    # Photo: woman in a navy solid calf-length kurta, long sleeves, mandarin collar with a button placket, white
    # churidar. Caption: caption adapter calls her "the gentleman"; answers: extractive QA; closed: reference engine.
    case(
        "X1311-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.material("cotton"),
        D.details("stand neckline"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Navy Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: peach floor-length georgette gown with pastel floral print, elbow-length cold-shoulder flared sleeves,
    # V-neck, self tie belt; bare wrists. Caption: caption adapter, ended on a full stop at the limit but invents a
    # wrist accessory; answers: extractive QA; closed: reference engine.
    case(
        "X1311-012",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric and it has "
            "a V-shape neckline. The dress is of long length. The lady is wearing a belt. There is an accessory on "
            "her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        D.description("medium-sleeve dress with floral patterns"),
        D.details("a belt"),
        Q.garment_type("gown"),
        Q.color("peach"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Women Peach Floral Printed Georgette Flared Gown with Belt",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Photo: back view, red polyester crepe straight kurta with beige print, three-quarter sleeves, beige leggings,
    # braided hair. Caption: caption adapter, loops on the leggings sentence; answers: extractive QA (details picked
    # the leggings' "pure color patterns"; material "cotton" for polyester); closed: reference engine.
    case(
        "X1311-013",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The leggings are "
            "with cotton fabric and pure color patterns. The leggings are",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        D.details("pure color patterns", "contradiction"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("ethnic motifs"),
        gender="Women",
        title="Vishudh Women Red & Beige Printed Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: sea-green cotton maxi with white motifs, sleeveless with wide straps, square neck, tan juttis. Caption:
    # caption adapter, stopped on its own; answers: extractive QA (no answer for wearing); closed: reference engine.
    case(
        "X1311-014",
        caption(
            "Her dress has no sleeves, cotton fabric and graphic patterns. It has a square neckline. The dress is of "
            "long length."
        ),
        wearing("", "non_answer"),
        D.description("no sleeves, cotton fabric and graphic patterns"),
        D.details("square neckline"),
        Q.material("cotton"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Women Sea Green Ethnic Motifs Printed Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Sea Green",
    ),
    # Photo: mustard calf-length anarkali with a mirror-work yoke, long sleeves, round neck, mustard trousers, red
    # dupatta across the chest and over the left shoulder. Caption: caption adapter, cut; answers: extractive QA;
    # closed: reference engine (color of the dupatta).
    case(
        "X1311-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. This lady has neckwear. The lady wears a long "
            "trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("cotton"),
        Q.garment_type("anarkali kurta"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Mustard Yellow Yoke Design Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: burgundy velvet floor-length gown, long sleeves, sweetheart neck, gold clutch in hand. Caption: caption
    # adapter, stopped on its own, "furry fabric" for velvet; answers: extractive QA; closed: reference engine.
    case(
        "X1311-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and it has "
            "a V-shape neckline. The dress is of long length.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.description("long-sleeve dress"),
        Q.material("furry", "unsupported"),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Women Burgundy Solid Velvet Maxi Gown",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: white straight kurta with a small blue floral print, three-quarter sleeves, round neck, navy leggings.
    # Caption: caption adapter, cut; answers: extractive QA; closed: reference engine (color of the leggings).
    case(
        "X1311-017",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        D.details("its neckline is round"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Aurelia Women White Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: lavender chikankari cotton A-line dress, knee length, three-quarter sleeves, round neck, a watch on the
    # left wrist, no ring. Caption: caption adapter, ended on a full stop at the limit, invents a ring; answers:
    # extractive QA; closed: reference engine.
    case(
        "X1311-018",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of three-quarter length. There is an accessory on her wrist. The lady "
            "wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        D.description("medium-sleeve dress with pure color patterns"),
        Q.material("cotton"),
        Q.color("purple"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Women Lavender Chikankari Embroidered Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Photo: black crepe floor-length gown with large red and pink flowers, long sleeves, round neck, fabric belt,
    # hand on hip. Caption: caption adapter, loops on the belt sentence; answers: extractive QA; closed: reference
    # engine (red from the flowers).
    case(
        "X1311-019",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady is wearing a belt. The lady is wearing a belt. The lady is wearing a belt. "
            "The lady is wearing a belt. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        D.description("long-sleeve dress with floral patterns"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("gown"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        gender="Women",
        title="Women Black Floral Printed Crepe Maxi Gown with Belt",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: lime-green sleeveless rayon A-line kurta with white leaf print, round neck, white leggings. Caption:
    # caption adapter, stopped on its own, "cotton" for rayon; answers: extractive QA; closed: reference engine
    # ("top" although "kurta" was a candidate).
    case(
        "X1311-020",
        caption(
            "This lady wears a tank top with floral patterns. The tank top is with cotton fabric and it has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a tank top with floral patterns"),
        D.details("round neckline"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("top", "contradiction"),
        Q.color("green"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Juniper Women Lime Green Printed Rayon A-Line Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: fuchsia anarkali with gold print, three-quarter sleeves, V-neck, pink trousers, pink dupatta over the
    # arm, a wooden stool beside her. Caption: caption adapter, cut; answers: extractive QA (no answer for details);
    # closed: reference engine.
    case(
        "X1311-021",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has "
            "a V-shape neckline. The dress is of long length. The lady wears a long trousers. The trousers are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        D.description("medium-sleeve dress with graphic patterns"),
        D.details("", "non_answer"),
        Q.material("cotton"),
        Q.color("pink"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Khushal K Women Pink Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: mustard bandhani-print cotton maxi with a red border at the hem, short puff sleeves, V-neck with a
    # tie-up, red jhumkas. Caption: caption adapter, stopped on its own; answers: extractive QA; closed: reference
    # engine ("checked" for bandhani dots).
    case(
        "X1311-022",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The dress is of long length."
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        D.details("V-shape neckline"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("checked", "contradiction"),
        gender="Women",
        title="Women Mustard & Red Bandhani Printed Cotton Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Photo: grey and white vertical-striped cotton kurta, long roll-up sleeves, shirt collar with a button placket,
    # black leggings. Caption: caption adapter, stopped on its own; answers: extractive QA; closed: reference engine
    # (black of the leggings).
    case(
        "X1311-023",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.material("cotton"),
        D.details("lapel neckline"),
        Q.garment_type("kurta"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anubhutee Women Grey Striped Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: maroon silk-blend anarkali gown with zari embroidery, long sleeves, round neck, gold dupatta over both
    # shoulders, gold bangles, long necklace. Caption: caption adapter, cut; answers: extractive QA ("chiffon" for
    # silk blend); closed: reference engine (gold of the dupatta).
    case(
        "X1311-024",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. This lady has neckwear. There is an accessory on her "
            "wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        D.description("long-sleeve dress with graphic patterns"),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("gown"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Women Maroon Embroidered Silk Blend Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Photo: model seated on a cane chair, blue tiered cotton dress with white floral print, three-quarter sleeves,
    # round neck with keyhole, knee length. Caption: caption adapter, stopped on its own; answers: extractive QA
    # (describe returned the bare garment word); closed: reference engine.
    case(
        "X1311-025",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of three-quarter length."
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        D.description("dress", "restated"),
        D.details("its neckline is round"),
        Q.material("cotton"),
        Q.color("blue"),
        Q.pattern("floral"),
        title="Women Blue Floral Printed Tiered Cotton Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: woman in a black calf-length cotton kurta, long sleeves, V-neck with white thread work, white leggings,
    # a potted plant behind. Caption: caption adapter, switches to "His"; answers: extractive QA; closed: reference
    # engine.
    case(
        "X1311-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a V-shape neckline. His pants are of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        D.details("V-shape neckline"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Women Black Solid Cotton Kurta with Thread Work",
        category="Kurtas",
        color="Black",
    ),
    # Photo: sea-green cotton anarkali with a floral print, three-quarter sleeves, round neck, white churidar.
    # Caption: caption adapter, cut; answers: extractive QA (wearing picked the leggings); closed: reference engine
    # ("long sleeves" for three-quarter ones).
    case(
        "X1311-027",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        wearing("a long leggings", "contradiction"),
        D.details("its neckline is round"),
        Q.material("cotton"),
        Q.garment_type("anarkali kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Women Sea Green Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: red georgette indo-western gown, sleeveless with a sheer attached cape, embellished neckline, floor
    # length, no hat. Caption: caption adapter, stopped on its own, invents a hat; answers: extractive QA (wearing
    # picked the hat); closed: reference engine.
    case(
        "X1311-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a hat.",
            "unsupported",
        ),
        wearing("a hat", "contradiction"),
        D.description("sleeveless dress with pure color patterns"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Women Red Embellished Indo-Western Gown with Cape",
        category="Dresses",
        color="Red",
    ),
    # Photo: side angle, pale peach cotton straight kurta, three-quarter sleeves with lace trim, boat neck, off-white
    # leggings. Caption: caption adapter, cut; answers: extractive QA (no answer for details); closed: reference
    # engine (white of the leggings).
    case(
        "X1311-029",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.material("cotton"),
        D.details("", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Women Peach Solid Cotton Kurta with Lace Detail",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: maroon cotton wrap dress with white ethnic motifs, mid-calf, long sleeves, V-neck wrap with a side tie.
    # Caption: caption adapter, loops on the fabric sentence; answers: extractive QA (details took a span of the
    # loop); closed: reference engine.
    case(
        "X1311-030",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The dress is with cotton fabric and it has a V-shape neckline. The dress is with "
            "cotton fabric and it has a V",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        D.description("long-sleeve dress with graphic patterns"),
        D.details("V-shape neckline. The dress is with cotton fabric and it has a V-shape neckline", "loop"),
        Q.material("cotton"),
        Q.color("maroon"),
        Q.pattern("ethnic motifs"),
        gender="Women",
        title="Women Maroon Ethnic Motifs Printed Cotton Wrap Ethnic Dress",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Photo: teal georgette layered gown, sleeveless halter neck, floor length, a silver bracelet. Caption: caption
    # adapter, stopped on its own; answers: extractive QA (describe returned the bare garment word); closed:
    # reference engine.
    case(
        "X1311-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a suspenders neckline. The dress is of long length. There is an accessory on her wrist."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        D.description("dress", "restated"),
        D.details("suspenders neckline"),
        Q.material("chiffon"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Women Teal Solid Georgette Layered Halter Neck Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: orange rayon straight kurta with a white geometric print, three-quarter sleeves, round neck, white
    # leggings, white clutch in hand. Caption: caption adapter, stopped on its own, "cotton" for rayon; answers:
    # extractive QA; closed: reference engine.
    case(
        "X1311-032",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings.",
            "unsupported",
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.material("cotton", "unsupported"),
        D.details("its neckline is round"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("geometric"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Women Orange Geometric Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Photo: back view, navy cotton anarkali with gold print, long sleeves, back dori tie with tassels, navy
    # churidar. Caption: caption adapter, cut; answers: extractive QA; closed: reference engine (yellow from the
    # gold print).
    case(
        "X1311-033",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        D.description("long-sleeve dress with graphic patterns"),
        D.details("The dress is of long length"),
        Q.material("cotton"),
        Q.garment_type("anarkali kurta"),
        Q.color("yellow", "contradiction"),
        gender="Women",
        title="Women Navy Blue & Golden Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: off-white cotton angrakha midi with a green floral print, three-quarter sleeves, overlapping V-neck,
    # bare feet in tan juttis (no socks). Caption: caption adapter, stopped on its own, invents socks; answers:
    # extractive QA (details picked the socks); closed: reference engine (green of the print).
    case(
        "X1311-034",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The lady wears socks in shoes.",
            "unsupported",
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        D.details("socks in shoes", "unsupported"),
        Q.material("cotton"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Women Off-White & Green Floral Printed Cotton Angrakha Ethnic Dress",
        category="Ethnic Dresses",
        color="Off White",
    ),
    # Photo: magenta cotton straight kurta with a gold embroidered yoke, three-quarter sleeves, round neck,
    # off-white leggings, a ring on the right hand. Caption: caption adapter, cut; answers: extractive QA; closed:
    # reference engine.
    case(
        "X1311-035",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a ring. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.material("cotton"),
        D.details("its neckline is round"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Women Magenta Yoke Design Cotton Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: yellow georgette floral gown, puffed three-quarter sleeves, sweetheart neck, floor length, a ring and a
    # bunch of flowers in hand, a gold bangle. Caption: caption adapter, cut; answers: extractive QA (wearing picked
    # the ring); closed: reference engine.
    case(
        "X1311-036",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric and it has "
            "a V-shape neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        D.description("medium-sleeve dress with floral patterns"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("yellow"),
        Q.pattern("floral"),
        gender="Women",
        title="Women Yellow Floral Printed Georgette Maxi Gown",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: turquoise cotton kurta with a pink floral print, long sleeves, round neck, pink churidar, pink dupatta.
    # Caption: caption adapter, loops on the leggings sentences; answers: extractive QA (describe picked the
    # leggings); closed: reference engine (pink of the churidar and dupatta).
    case(
        "X1311-037",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The lady wears "
            "a long leggings. The leggings are with cotton fabric. The lady wears a long leggings. The leggings are "
            "with cotton fabric. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        D.description("long leggings", "contradiction"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Women Turquoise Blue Floral Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: black cotton A-line ethnic dress with white print, short sleeves, round neck, knee length, black sling
    # bag. Caption: caption adapter, stopped on its own; answers: extractive QA; closed: reference engine. All
    # correct.
    case(
        "X1311-038",
        caption(
            "This female wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium short length."
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        D.description("short-sleeve dress with graphic patterns"),
        Q.material("cotton"),
        Q.color("black"),
        Q.pattern("ethnic motifs"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Women Black & White Ethnic Motifs Printed Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: flat lay on a wooden floor, cream chikankari cotton kurta, white thread embroidery, three-quarter
    # sleeves, round neck; no person. Caption: caption adapter, person-less template, stopped on its own; answers:
    # extractive QA (no answer for wearing: there is no person); closed: reference engine.
    case(
        "X1311-039",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline."
        ),
        wearing(""),
        Q.material("cotton"),
        D.details("round neckline"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Women Cream Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: lavender georgette gown with a silver sequinned yoke, long sheer sleeves, round neck, floor length, a
    # bracelet and a pendant necklace, no ring. Caption: caption adapter, cut; answers: extractive QA (details
    # picked the necklace); closed: reference engine.
    case(
        "X1311-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady has "
            "neckwear. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.description("long-sleeve dress with pure color patterns"),
        D.details("neckwear", "contradiction"),
        Q.material("chiffon"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Women Lavender Solid Georgette Flared Gown with Embellished Yoke",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Photo: rust cotton kurta with ethnic-motif print, three-quarter sleeves, V-neck, black leggings. Caption:
    # caption adapter, stopped on its own; answers: extractive QA (wearing picked the leggings); closed: reference
    # engine.
    case(
        "X1311-041",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has "
            "a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long leggings", "contradiction"),
        Q.material("cotton"),
        D.details("V-shape neckline"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Women Rust Ethnic Motifs Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: pink georgette empire maxi with green leaves and pink flowers, long sleeves, V-neck, model walking, two
    # rings on the right hand. Caption: caption adapter, loops on the ring sentence; answers: extractive QA; closed:
    # reference engine (green of the leaves).
    case(
        "X1311-042",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "V-shape neckline. The dress is of long length. The lady wears a ring. The lady wears a ring. The lady "
            "wears a ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        D.description("long-sleeve dress with floral patterns"),
        Q.material("chiffon"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Women Pink Floral Printed Georgette Empire Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: white chikankari cotton anarkali, long sleeves, flared, V-neck, white churidar, beige juttis. Caption:
    # caption adapter, stopped on its own; answers: extractive QA; closed: reference engine ("dress" although
    # "anarkali kurta" was a candidate).
    case(
        "X1311-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a V-shape neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.details("V-shape neckline"),
        Q.material("cotton"),
        Q.garment_type("dress", "contradiction"),
        Q.color("white"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Women White Chikankari Embroidered Cotton Anarkali Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: back view, olive viscose-crepe floor-length gown, sleeveless, back tie-up; the gown hides the legs.
    # Caption: caption adapter, invents trousers, cut at the limit; answers: extractive QA ("cotton" for crepe);
    # closed: reference engine.
    case(
        "X1311-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of long length. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Women Olive Green Solid Crepe Maxi Gown with Back Tie-Up",
        category="Ethnic Dresses",
        color="Olive",
    ),
    # Photo: purple cotton straight kurta with white floral print, three-quarter sleeves, round neck, white
    # leggings, a watch on the left wrist. Caption: caption adapter, ended on a full stop at the limit; answers:
    # extractive QA; closed: reference engine. All correct. The feed row has no base colour.
    case(
        "X1311-045",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.material("cotton"),
        D.details("its neckline is round"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Women Purple Floral Printed Cotton Straight Kurta",
    ),
]
