"""BLIND_1194 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-first session. Measured blind at e097e3a (the session's fifth rules): 117/141 failures found (83.0%) and
12/155 correct texts flagged (7.7%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed (kurtas, kurta sets, tunics, dresses, maternity dresses,
jeggings, one pair of maternity leggings). Catalog columns as the feed has them: title, category (Myntra article type),
color (base colour), gender; a few rows lack one. Photos are the usual catalog shots: a model on a plain backdrop
wearing the product with other clothes (palazzos, leggings, jeans, a tee over the jeggings), two flat lays, two back
views, a held straw hat, a clutch, a handbag, several pregnant models.
Who wrote what: every caption is from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
Salesforce/blip2-opt-2.7b, 8-bit, greedy, 50 new tokens). Every answer is a span that timpal0l/mdeberta-v3-base-squad2
extracted from that caption, or "" where it returned no answer; so no answer is ever longer than its caption, no answer
runs to a token limit, and nothing carries a `Question: ... Answer:` leak (the QA model never sees that prompt). The
adapter writes the DeepFashion-MultiModal template (pure color / floral / graphic / striped, cotton / chiffon / denim /
knitting, "The upper clothing has ...", "The lady wears a ring"), almost never a hue, has no word for a kurta or
jeggings, and never stops on its own: most captions run to the 50-token cap, cut mid-sentence or looping on the last
sentence; a few hue words leak in from the base model, usually on the wrong garment.
Labeling conventions and judgement calls: one label per text. For a caption that hit the cap and also says something
false (a ring or an accessory nobody wears, "dress"/"shirt" for a kurta, a wrong hue, "gentleman"), I labelled the
false statement, not the cut; a capped caption with nothing false is `cut` (or `loop` when it repeats). Two captions
ran to the cap but happened to end on a full stop with everything true: hit_limit=True, unmarked; two stopped early
(newline), unmarked. A kurta called "dress" or "shirt" is a contradiction of the title (in the caption and in the
type/wearing answers); a tunic or top called "blouse", "shirt" or "T-shirt" I accepted (shirt-style and knit tunics are
exactly that); an anarkali set called "dress" I still counted wrong because the title says kurta set. A shirt dress
called "shirt" (with an invented skirt, or "the shirt is of knee length") is wrong. "upper clothing" / "lower clothing"
as the garment type is a non_answer when it fits the product and a contradiction when it is the wrong half (the
jeggings called "upper clothing"). A color answer that is a pattern ("pure color", "floral", "striped") or empty is a
non_answer; a hue that belongs to another garment in the photo is other_garment_color; a hue nobody wears is a
contradiction. "a ring" / "a hat" for "What is the person wearing?" is a contradiction (accessory for the garment).
Material: I judged cotton/chiffon/knitting/denim only against the title and what the photo shows; "chiffon" for
georgette is fine, "chiffon" for a rayon title or the pants' "denim" for a cotton top is a contradiction. The empty
"wearing" answer on a flat lay with no person (029) I left unmarked; the empty one with a model in the photo is a
non_answer. Sleeve answers: medium-sleeve for three-quarter sleeves is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, wearing

BLIND_1194 = [
    # Photo: plus-size model, grey backdrop, navy kurta with small white ethnic-motif print, three-quarter sleeves,
    # round neck, knee length, white palazzos, no jewellery visible on the hands. Caption: epoch-3 adapter (capped);
    # answers: extractive QA over it.
    case(
        "X1194-001",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: pregnant model, white backdrop, teal jersey A-line maternity dress, short sleeves, round neck, knee
    # length, one hand on her belly with a ring and a bangle. Caption: epoch-3 adapter, ran to the cap but ended on a
    # full stop, all true; answers: extractive QA.
    case(
        "X1194-002",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. The dress is of knee length. The lady wears a ring on her finger. There is an"
            " accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Momsoon Maternity Women Teal Solid Cotton Jersey A-Line Maternity Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: plus-size model in a white short-sleeved graphic-print tee worn untucked over black jeggings, white
    # sneakers; no ring visible. Caption: epoch-3 adapter, loops on the ring sentence; answers: extractive QA.
    case(
        "X1194-003",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The"
            " lower clothing is of long length. The fabric is denim and it has pure color patterns. This woman wears a"
            " ring. This woman wears a ring. This woman",
            "loop",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "contradiction"),
        Q.color("", "non_answer"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        Q.material("denim"),
        gender="Women",
        title="Amydus Women Plus Size Black Solid Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: plus-size model in a mustard floral georgette wrap maxi dress, flutter sleeves, V neck, bangle on the
    # left wrist, hands in view, no ring. Caption: epoch-3 adapter (capped, ring invented); answers: extractive QA.
    case(
        "X1194-004",
        caption(
            "This woman is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. The dress is of long length. This woman wears a ring. There is an accessory on her"
            " wrist. This woman",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "its neckline is V-shape"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Mustard Floral Print Georgette Wrap Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: pregnant model, rust cotton maternity tunic with front pleats, long sleeves, round neck, hip length,
    # worn with blue maternity jeans. Caption: epoch-3 adapter (capped); answers: extractive QA.
    case(
        "X1194-005",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has a"
            " round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns", who="she"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Mine4Nine Women Rust Solid Cotton Maternity Tunic",
        category="Tunics",
        color="Rust",
    ),
    # Photo: plus-size model, maroon anarkali kurta with gold floral block print, full sleeves, round neck, ankle
    # length flare, maroon trousers, gold dupatta over one shoulder. Caption: epoch-3 adapter (capped, "dress");
    # answers: extractive QA.
    case(
        "X1194-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round"
            " neckline. The dress is of long length. The lady wears a long trousers. The trousers are with cotton"
            " fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Yash Gallery Women Plus Size Maroon Floral Printed Cotton Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: plus-size model in an olive cotton utility shirt dress, sleeves rolled to the elbow, collar, fabric belt,
    # knee length, a watch on the wrist; no skirt, one garment. Caption: epoch-3 adapter (capped; splits the dress
    # into a shirt and an invented skirt); answers: extractive QA.
    case(
        "X1194-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns."
            " There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Instafab Plus Women Olive Green Solid Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
    ),
    # Photo: flat lay on white, peach solid tunic, three-quarter sleeves, round neck with keyhole; no person, no
    # accessories. Caption: epoch-3 adapter (capped; invents a woman, a ring and an accessory); answers: extractive QA.
    case(
        "X1194-008",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is round."
            " This woman wears a ring. There is an accessory in her hand. The upper clothing has medium sleeves,"
            " cotton fabric and pure",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        gender="Women",
        title="Eavan Women Plus Size Peach Solid Keyhole Neck Tunic",
        category="Tunics",
        color="Peach",
    ),
    # Photo: pregnant model in a navy and white striped cotton nursing dress, short sleeves, round neck, hidden
    # nursing zips, knee length, a ring on her hand. Caption: epoch-3 adapter, loops on the ring; answers: extractive
    # QA (the details span takes the loop).
    case(
        "X1194-009",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a round"
            " neckline. The dress is of knee length. The lady wears a ring. The lady wears a ring. The lady wears a"
            " ring. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        details("dress", "The lady wears a ring. The lady wears a ring. The lady wears a ring", "loop"),
        Q.material("cotton"),
        gender="Women",
        title="Momsoon Maternity Women Navy Blue & White Striped Cotton Nursing Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: plus-size model, black jeggings under a mustard long-sleeved knit top, round neck. Caption: epoch-3
    # adapter (capped, true as far as it goes); answers: extractive QA.
    case(
        "X1194-010",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The female",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        gender="Women",
        title="CURVE by Kassually Women Plus Size Black Solid Mid-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: plus-size model in a lavender short-sleeved A-line kurta, V neck, with matching lavender palazzos.
    # Caption: epoch-3 adapter (capped; "dress" and "white trousers"); answers: extractive QA.
    case(
        "X1194-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long white trousers. The trousers are with cotton fabric and pure"
            " color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("white", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Therebelinme Plus Women Lavender Solid A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: plus-size model in a white and black striped shirt-style longline tunic, long sleeves, collar, with blue
    # jeans; a watch. Caption: epoch-3 adapter (capped; "blue" on the jeans); answers: extractive QA.
    case(
        "X1194-012",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long blue jeans. The jeans are with denim fabric and pure color patterns."
            " There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", who="she"),
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Amydus Women Plus Size White & Black Striped Shirt Style Longline Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: pregnant model in blue maternity jeggings with an over-belly panel, under a white short-sleeved tee.
    # Caption: epoch-3 adapter (capped); answers: extractive QA.
    case(
        "X1194-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        color_of("jeggings", "", "non_answer", kind="open"),
        gender="Women",
        title="Mine4Nine Women Blue Maternity Jeggings with Belly Panel",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: plus-size model in a magenta sleeveless tiered maxi dress, square neck, ring and bangles, a gold clutch
    # in one hand. Caption: epoch-3 adapter (capped, all true); answers: extractive QA.
    case(
        "X1194-014",
        caption(
            "This woman is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is square. The dress is of long length. This woman wears a ring. There is an accessory on her"
            " wrist. There is an accessory in her hand. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Magenta Solid Tiered Maxi Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: back view, plus-size model in a green floral printed A-line kurta, three-quarter sleeves, knee length,
    # green leggings. Caption: epoch-3 adapter (capped, "dress"); answers: extractive QA.
    case(
        "X1194-015",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The dress is"
            " of knee length. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Yash Gallery Women Plus Size Green Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: pregnant model in a peach floral printed maternity kurta with side zips, short sleeves, V neck, white
    # leggings, a ring. Caption: epoch-3 adapter (capped); answers: extractive QA.
    case(
        "X1194-016",
        caption(
            "The upper clothing has short sleeves, cotton fabric and floral patterns. The neckline of it is V-shape."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This woman"
            " wears a ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Momsoon Maternity Women Peach Floral Printed Maternity Kurta with Nursing Zips",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: plus-size model in a blue washed denim shirt dress, long sleeves, collar, knee length, a watch; no ring
    # visible. Caption: epoch-3 adapter, loops on the ring; answers: extractive QA.
    case(
        "X1194-017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a"
            " lapel neckline. The dress is of knee length. There is an accessory on her wrist. The lady wears a ring."
            " The lady wears a ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        details("dress", "lapel neckline"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Blue Washed Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: plus-size model in a teal straight kurta with tonal embroidery on the yoke, long sleeves, mandarin collar,
    # white churidar. Caption: epoch-3 adapter (capped; "shirt", "white" on the churidar); answers: extractive QA.
    case(
        "X1194-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " standing neckline. The lady wears a long white trousers. The trousers are with cotton fabric and pure"
            " color patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details("kurta", "standing neckline"),
        gender="Women",
        title="Sztori Women Plus Size Teal Yoke Design Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: plus-size model in a black and white polka dot crepe wrap midi dress, short sleeves, V neck, a bracelet.
    # Caption: epoch-3 adapter (capped; dots read as "floral"); answers: extractive QA.
    case(
        "X1194-019",
        caption(
            "This woman is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is V-shape. The dress is of medium length. This woman wears a ring. There is an accessory on"
            " her wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Instafab Plus Women Black & White Polka Dot Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: plus-size model in navy skinny jeggings with a white long-sleeved shirt, collar, no ring. Catalog row has
    # no color. Caption: epoch-3 adapter (capped); answers: extractive QA.
    case(
        "X1194-020",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
            " The lower clothing is of long length. The fabric is denim and it has pure color patterns. This woman"
            " wears a ring. There is an accessory in her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        gender="Women",
        title="Amydus Women Plus Size Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
    ),
    # Photo: plus-size model in a mustard and white bandhani print kurta, three-quarter sleeves, V neck, with matching
    # printed palazzos. Caption: epoch-3 adapter, loops on "graphic patterns"; answers: extractive QA (color takes the
    # loop).
    case(
        "X1194-021",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic"
            " patterns and graphic patterns and graphic patterns and",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("graphic patterns and graphic patterns and graphic patterns", "loop"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Yash Gallery Women Plus Size Mustard Bandhani Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: plus-size model in a coral georgette high-low tunic with long bell sleeves, round neck, black jeggings.
    # Caption: epoch-3 adapter (capped; "black" on the leggings); answers: extractive QA.
    case(
        "X1194-022",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has a"
            " round neckline. The lady wears a long black leggings. The leggings are with cotton fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns", who="she"),
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Eavan Women Plus Size Coral Solid Georgette High-Low Tunic",
        category="Tunics",
        color="Coral",
    ),
    # Photo: plus-size model in a red floral printed fit-and-flare dress, short sleeves, V neck, knee length, holding
    # a straw hat at her side (not wearing it), a ring. Caption: epoch-3 adapter (capped; says she wears the hat);
    # answers: extractive QA.
    case(
        "X1194-023",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a"
            " V-shape neckline. The dress is of knee length. The female is wearing a hat. The female wears a ring. The"
            " female wears a ring. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "contradiction"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: pregnant model, side profile, grey melange ribbed jersey bodycon maternity dress, long sleeves, round neck,
    # mid-calf; no jewellery at all. Caption: epoch-3 adapter (capped; ring and wrist accessory invented); answers:
    # extractive QA.
    case(
        "X1194-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a"
            " round neckline. The dress is of long length. The lady wears a ring. There is an accessory on her wrist."
            " The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Mine4Nine Women Grey Melange Solid Maternity Bodycon Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: plus-size model in a white chikankari (floral embroidery) cotton straight kurta, three-quarter sleeves,
    # round neck, beige palazzos, bangles. Caption: epoch-3 adapter (capped); answers: extractive QA.
    case(
        "X1194-025",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. The"
            " lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on her wrist. This woman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Therebelinme Plus Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: plus-size model in a black ribbed sleeveless bodycon maxi dress, round neck, side slit, a ring, a tan
    # handbag in her hand. Caption: epoch-3 adapter (capped; "black" leaks in, right this time); answers: extractive QA.
    case(
        "X1194-026",
        caption(
            "The lady wears a sleeveless black dress with pure color patterns. The dress is with knitting fabric. It"
            " has a round neckline. The dress is of long length. There is an accessory in her hand. The lady wears a"
            " ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless black dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting"),
        gender="Women",
        title="CURVE by Kassually Women Plus Size Black Ribbed Bodycon Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view, plus-size model with short hair, navy and white printed A-line kurta, long sleeves, white
    # trousers. Caption: epoch-3 adapter ("gentleman", "shirt", then loops on the trousers); answers: extractive QA.
    case(
        "X1194-027",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The"
            " gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The"
            " gentleman wears a long trousers. The trousers are with",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Yash Gallery Women Plus Size Navy Blue & White Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: plus-size model in an olive solid cotton shirt-collar tunic with long sleeves and patch pockets, black
    # leggings. Caption: epoch-3 adapter, ran to the cap but ended on a full stop, all true; answers: extractive QA.
    case(
        "X1194-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Olive Green Solid Cotton Shirt Collar Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: flat lay, navy maternity jeggings folded with the belly band spread out; no person. Catalog row has no
    # gender. Caption: epoch-3 adapter, loops on the lower-clothing sentences; answers: extractive QA.
    case(
        "X1194-029",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower"
            " clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is of"
            " long length. The",
            "loop",
            hit_limit=True,
        ),
        wearing(""),
        Q.garment_type("lower clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        title="Momsoon Maternity Women Navy Blue Solid Maternity Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: plus-size model walking, mauve floral print smocked georgette maxi dress, short puff sleeves, square neck,
    # a ring and a bracelet. Caption: epoch-3 adapter (capped, all true); answers: extractive QA.
    case(
        "X1194-030",
        caption(
            "This woman is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is square. The dress is of long length. This woman wears a ring. There is an accessory on her"
            " wrist. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "its neckline is square"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Mauve Floral Print Smocked Georgette Maxi Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: plus-size model in charcoal grey high-rise jeggings with distressed knees, pink oversized graphic tee.
    # Caption: epoch-3 adapter (capped; "pink" on the pants); answers: extractive QA.
    case(
        "X1194-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long pink pants. The pants are with denim fabric and pure color"
            " patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pink", "other_garment_color"),
        color_of("jeggings", "pink", "other_garment_color", kind="open"),
        Q.pattern("graphic", "contradiction"),
        Q.material("denim"),
        gender="Women",
        title="Instafab Plus Women Charcoal Grey High-Rise Distressed Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: plus-size model in a yellow solid straight kurta, long sleeves, V neck, white leggings. Caption: epoch-3
    # adapter (capped; "yellow" right, "shirt" wrong); answers: extractive QA.
    case(
        "X1194-032",
        caption(
            "The lady wears a long-sleeve yellow shirt with pure color patterns. The shirt is with cotton fabric. It"
            " has a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve yellow shirt with pure color patterns", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: pregnant model in a burgundy cotton maternity wrap top, long sleeves, V neck, blue maternity jeans.
    # Caption: epoch-3 adapter (capped); answers: extractive QA.
    case(
        "X1194-033",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mine4Nine Women Burgundy Solid Maternity Wrap Top",
        category="Tops",
        color="Burgundy",
    ),
    # Photo: plus-size model with cropped hair in a multicoloured ikat print kurta, three-quarter sleeves, mandarin
    # collar, solid black trousers. Caption: epoch-3 adapter (capped; "gentleman", "shirt"); answers: extractive QA.
    case(
        "X1194-034",
        caption(
            "The gentleman wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Multicoloured Ikat Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Multi",
    ),
    # Photo: pregnant model in a sea green sleeveless rayon nursing maxi dress, V neck, a ring. Caption: epoch-3
    # adapter, loops on the ring; answers: extractive QA.
    case(
        "X1194-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " V-shape neckline. The dress is of long length. The lady wears a ring. The lady wears a ring. The lady"
            " wears a ring. The lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Mine4Nine Women Sea Green Solid Rayon Maternity Nursing Maxi Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Photo: plus-size model in a maroon and navy striped knit tunic, three-quarter sleeves, boat neck, white
    # jeggings. Caption: epoch-3 adapter (capped; "white" on the pants); answers: extractive QA.
    case(
        "X1194-036",
        caption(
            "The lady wears a medium-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long white pants. The pants are with cotton fabric and pure color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve T-shirt with striped patterns", who="she"),
        Q.garment_type("T-shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Maroon & Navy Striped Boat Neck Tunic",
        category="Tunics",
        color="Maroon",
    ),
    # Photo: plus-size model in an orange floral georgette kaftan tunic, elbow-length batwing sleeves, V neck, blue
    # jeans, a ring. Caption: epoch-3 adapter (capped); answers: extractive QA.
    case(
        "X1194-037",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. The neckline of it is V-shape."
            " The lower clothing is of long length. The fabric is denim and it has pure color patterns. This woman"
            " wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Sztori Women Plus Size Orange Floral Printed Georgette Kaftan Tunic",
        category="Tunics",
        color="Orange",
    ),
    # Photo: pregnant model in black maternity leggings under a grey melange short-sleeved tee. Caption: epoch-3
    # adapter (capped); answers: extractive QA.
    case(
        "X1194-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        color_of("leggings", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="Momsoon Maternity Women Black Solid Cotton Maternity Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: plus-size model in a pink cotton tiered midi dress, long puff sleeves, round neck. Caption: epoch-3
    # adapter, stopped by itself (newline) before the cap, all true; answers: extractive QA.
    case(
        "X1194-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. The dress is of medium length."
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "medium length"),
        gender="Women",
        title="Therebelinme Plus Women Pink Solid Cotton Tiered Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: plus-size model in a teal ethnic-motif printed kurta, long sleeves, V neck, matching printed trousers;
    # no ring visible. Caption: epoch-3 adapter, loops on the ring; answers: extractive QA.
    case(
        "X1194-040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is V-shape."
            " The lower clothing is of long length. The fabric is cotton and it has graphic patterns. This woman wears"
            " a ring. This woman wears a ring. This",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "long sleeves, cotton fabric and graphic patterns"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        wearing("a ring", "contradiction", who="she"),
        gender="Women",
        title="Amydus Women Plus Size Teal Blue Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: plus-size model in a blue floral georgette maxi dress, long sleeves, V neck, a watch and a ring, both
    # hands empty. Catalog row has no category. Caption: epoch-3 adapter (capped; invents something in her hand);
    # answers: extractive QA.
    case(
        "X1194-041",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring."
            " There is an accessory in her hand",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        details("dress", "The dress", "restated"),
        gender="Women",
        title="Sztori Women Plus Size Blue Floral Printed Georgette Maxi Dress",
        color="Blue",
    ),
    # Photo: pregnant model in a mustard yellow solid straight maternity kurta with side zips, three-quarter sleeves,
    # round neck, knee length, white leggings. Caption: epoch-3 adapter (capped mid "pure color"; "dress"); answers:
    # extractive QA (the color span takes the cut end).
    case(
        "X1194-042",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. The dress is of knee length. The lady wears a long leggings. The leggings are with"
            " cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure", "cut"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "round neckline"),
        gender="Women",
        title="Mine4Nine Women Mustard Yellow Solid Maternity Kurta with Nursing Zips",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: plus-size model in a maroon georgette tunic with black lace sleeves (long), round neck, black jeggings.
    # Caption: epoch-3 adapter (capped; "black" on both garments); answers: extractive QA.
    case(
        "X1194-043",
        caption(
            "The lady wears a long-sleeve black blouse with pure color patterns. The blouse is with chiffon fabric. It"
            " has a round neckline. The lady wears a long black leggings. The leggings are with cotton fabric and pure"
            " color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve black blouse with pure color patterns", "other_garment_color", who="she"),
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        color_of("tunic", "black", "other_garment_color", kind="open"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Maroon Solid Georgette Tunic with Lace Sleeves",
        category="Tunics",
        color="Maroon",
    ),
    # Photo: pregnant model in an off-white and blue striped cotton maternity shirt dress, long sleeves, collar, knee
    # length, a ring. Catalog row has no gender. Caption: epoch-3 adapter ("shirt ... of knee length", then loops on
    # the ring); answers: extractive QA.
    case(
        "X1194-044",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The shirt is of knee length. The lady wears a ring. The lady wears a ring. The lady wears a"
            " ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="Momsoon Maternity Women Off White & Blue Striped Cotton Maternity Shirt Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: plus-size model in a black and white printed A-line kurta, three-quarter sleeves, round neck, white
    # leggings. Caption: epoch-3 adapter, stopped by itself (newline) before the cap, all true; answers: extractive QA.
    case(
        "X1194-045",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("", "non_answer"),
        describe("kurta", "medium sleeves, cotton fabric and graphic patterns"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium sleeves"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Black & White Printed A-Line Kurta",
        category="Kurtas",
        color="Black",
    ),
]
