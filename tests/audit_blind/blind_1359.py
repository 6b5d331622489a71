"""BLIND_1359 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
third session. Measured blind at a6e2e4e (the session's eighth and final rules): 57/78 failures found (73.1%) and
19/199 correct texts flagged (9.5%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas worn over leggings, churidars
or palazzos, kurta sets with dupattas, ethnic (maxi, tiered, anarkali) dresses, gowns, and two leggings products shot
on a model wearing a contrasting kurta. Photos are the catalog's usual first image: a model on a plain grey or white
backdrop (a beige wall or a pastel backdrop now and then), with bangles, jhumkas and juttis; two back views, two flat
lays, a few props (a potted plant, a cane chair, a stool, a mug, a diya). Columns as the feed has them: title,
category (Myntra article type: Kurtas, Kurta Sets, Ethnic Dresses, Leggings), color (base colour), gender ("Women");
the feed leaves gender, color or category out on a few rows.
Who wrote what: the caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
blip2-opt-2.7b, greedy, 50 new tokens, no prompt. It speaks only the DeepFashion-MultiModal template (dress, shirt,
tank top, sweater, cardigan, leggings, pants, skirt; "graphic/floral/striped/lattice/pure color patterns"; cotton,
chiffon, denim, knitted, other fabric; medium-sleeve for three-quarter sleeves; "There is an accessory on her wrist",
"This lady wears a ring") and never names a hue. Eighteen of the 45 captions run to the 50-token limit because no end
token was trained: they stop mid-sentence or go round the same sentence. The open questions (wearing, description,
details, material) are answered by timpal0l/mdeberta-v3-base-squad2 over that caption, so every open answer is a span
copied from the caption, or empty when the null answer wins. The closed questions (garment type, color, pattern,
sleeve length) are the reference engine ranking a closed candidate list on the image; they cannot run on or loop, but
they pick another garment's color (leggings, dupatta, print) and sometimes the wrong kind, pattern or sleeve. The
questionnaire is enrich's default one; each product shows the 4 to 7 questions that were stored for it.
Labeling conventions and judgement calls: one label per text, the failure a reader would notice first. A caption that
ran to the limit is "loop" if it went back over a sentence it had already written, else "cut" when it stops
mid-sentence, even if it also carries a lesser slip. The caption's vocabulary has no "kurta", so "dress", "shirt" or
"blouse" for a kurta is accepted; "tank top", "sweater" or a separate "skirt" for the anarkali flare is marked
contradiction. The closed list does offer "kurta", so the engine's "dress" for a product titled Anarkali Kurta is a
contradiction. A closed color that is the leggings', dupatta's or jacket's color is other_garment_color; one that is
only the print's or the border's color (gold foil, red flowers on grey) is contradiction. Near hues are accepted
(maroon for burgundy, purple for lavender and mauve, orange for rust orange, green for sea green, blue for indigo),
peach given as pink is not. A material that the title contradicts (chiffon for net, georgette, chanderi or rayon,
knitted for velvet) is unsupported, and so are accessories, hats and necklines the photo does not show (a flat lay has
no wrist; a back view shows no V neck). "other" for the material and an empty span are non_answer; a span that is
only the question's own words ("The lady wears") is restated; a span that stops on "and" is cut. "solid" for a
kurta whose title says Embroidered and whose embroidery is visible is a contradiction. There is no prompt leak in
this set: the captions are generated without a prompt and the extractive model can only copy the caption.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1359 = [
    # Photo: model on a grey backdrop, maroon calf-length anarkali kurta with gold foil motifs, three-quarter sleeves,
    # round neck, white churidar leggings, gold bangles and jhumkas, juttis. Caption: caption adapter (stopped on its
    # own); open answers: extractive QA over the caption; closed: reference engine.
    case(
        "X1359-001",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. There is an accessory on her wrist."
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns and a long leggings"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Maroon & Golden Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model holding a small potted plant, navy blue straight kurta with a white floral print, three-quarter
    # sleeves, round neck with a short slit, off-white leggings, a thin silver bracelet. Caption: caption adapter, ran
    # to the 50-token limit mid-sentence; open: extractive QA; closed: reference engine (white is the leggings).
    case(
        "X1359-002",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.description("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard yellow flared anarkali kurta with a small block print, long sleeves, bottle green churidar and a
    # green dupatta over one shoulder. Caption: caption adapter, looped to the limit; open: extractive QA (details span
    # copied from the loop); closed: reference engine (green is the dupatta and leggings).
    case(
        "X1359-003",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is with cotton fabric and its neckline is round. The dress is with cotton "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.details("The dress is with cotton fabric and its neckline is round. The dress is with cotton fabric", "loop"),
        Q.garment_type("kurta"),
        Q.color("green", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Biba Women Mustard Yellow Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: white backdrop, peach floor-length net gown, sequin-embellished bodice, sheer full sleeves, round neck,
    # flared skirt. Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine.
    # The gown is net, the caption's "chiffon" is copied into the material answer.
    case(
        "X1359-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length."
        ),
        Q.description("a long-sleeve dress with pure color patterns"),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("gown"),
        Q.color("peach"),
        Q.pattern("embellished"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Inddus Women Peach-Coloured Embellished Net Maxi Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Photo: BACK view, model facing away, olive green straight kurta with a beige print, three-quarter sleeves, beige
    # leggings; the neckline is not visible. Caption: caption adapter (stopped on its own) invents a V neck; open:
    # extractive QA; closed: reference engine.
    case(
        "X1359-005",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is V-shape.",
            "unsupported",
        ),
        Q.wearing("a medium-sleeve shirt with graphic patterns and a long pants"),
        Q.details("its neckline is V-shape", "unsupported"),
        Q.color("olive"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Sangria Women Olive Green & Beige Printed Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: model with hands on hips, teal solid A-line sleeveless kurta to the knee, mandarin collar, white leggings.
    # Caption: caption adapter (stopped on its own) calls the kurta a tank top; open: extractive QA; closed: reference
    # engine.
    case(
        "X1359-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and its neckline is standing.",
            "contradiction",
        ),
        Q.wearing("a sleeveless tank top with pure color patterns and a long leggings", "contradiction"),
        Q.details("its neckline is standing"),
        Q.garment_type("kurta"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="W Women Teal Solid A-Line Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: model barefoot beside a cane chair, indigo blue tiered maxi ethnic dress with a white floral block print,
    # long sleeves, V neck, fabric tie belt, silver bangles, no ring. Caption: caption adapter, cut at the limit (it had
    # also added a ring); open: extractive QA; closed: reference engine.
    case(
        "X1359-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. This lady wears a ring. The lady has a belt. "
            "The dress is of long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Blue Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: pink floor-length anarkali dress with gota embroidery on the yoke, three-quarter sleeves, matching pink
    # dupatta across the arms, bangles. Caption: caption adapter (stopped on its own) gives the woman "his" wrist; open:
    # extractive QA; closed: reference engine ("solid" misses the visible embroidery the title names).
    case(
        "X1359-008",
        caption(
            "The person wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on his wrist.",
            "pronoun",
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Ahalyaa Women Pink Embroidered Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: red straight kurta with a gold embroidered yoke, three-quarter sleeves, round neck, matching red trousers,
    # a ring. Caption: caption adapter, cut at the limit; open: extractive QA (null answer for the description);
    # closed: reference engine.
    case(
        "X1359-009",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "This lady wears a ring. The trousers",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with pure color patterns and a long trousers"),
        Q.description("", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Varanga Women Red Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: the product is the leggings: off-white churidar-length leggings, worn under a short black long-sleeve
    # kurti. Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine (black is the
    # kurti).
    case(
        "X1359-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Women",
        title="Go Colors Women Off-White Solid Churidar-Length Leggings",
        category="Leggings",
        color="Off White",
    ),
    # Photo: rust orange flared anarkali kurta (matte rayon) with a white and gold print, long sleeves, cream cotton
    # leggings. Caption: caption adapter, cut at the limit (it also made the leggings denim); open: extractive QA;
    # closed: reference engine, which picked "dress" over "kurta".
    case(
        "X1359-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns and a long leggings. The dress is with chiffon "
            "fabric and its neckline is round. The leggings are with denim fabric and pure color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        Q.color("orange"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Juniper Women Rust Orange Rayon Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: pastel pink backdrop, black solid floor-length gown, sheer long sleeves, V neck, flowing georgette-like
    # fabric (the title names no fabric). Caption: caption adapter, looped to the limit; open: extractive QA; closed:
    # reference engine.
    case(
        "X1359-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is with chiffon fabric and its neckline is V-shape. The dress is with "
            "chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        Q.description("a long-sleeve dress with pure color patterns"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("black"),
        Q.pattern("solid"),
        gender="Women",
        title="Tikhi Imli Women Black Solid Ethnic Gown",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: off-white straight kurta with a green leaf print, three-quarter sleeves, round neck, bottle green
    # leggings. Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine (green is
    # the leggings).
    case(
        "X1359-013",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round."
        ),
        Q.wearing("a medium-sleeve dress with floral patterns and a long leggings"),
        Q.garment_type("kurta"),
        Q.color("green", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Women",
        title="AURELIA Women Off-White & Green Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: FLAT LAY on white, lavender straight kurta with tonal thread embroidery at the neck, three-quarter
    # sleeves spread out, no model. Caption: caption adapter (stopped on its own) adds a wrist accessory to a flat lay;
    # open: extractive QA; closed: reference engine.
    case(
        "X1359-014",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Anubhutee Women Lavender Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: magenta kurta with a gold print, three-quarter sleeves, magenta palazzos, a contrasting yellow dupatta over
    # both shoulders. Caption: caption adapter, cut at the limit (and "long-sleeve"); open: extractive QA; closed:
    # reference engine (yellow is the dupatta).
    case(
        "X1359-015",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long pants. The dress is with chiffon "
            "fabric and its neckline is round. This female has neckwear. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.description("a long-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("yellow", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Khushal K Women Magenta Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: sea green flared midi ethnic dress with a floral print, short sleeves, V neck, a watch on the wrist, a tote
    # on the arm. Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine.
    case(
        "X1359-016",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. There is an accessory on her wrist."
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Janasya Women Sea Green Floral Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Sea Green",
    ),
    # Photo: beige straight kurta with a maroon border print, long sleeves, maroon churidar, maroon dupatta over the
    # left shoulder. Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine
    # (maroon is the churidar and dupatta).
    case(
        "X1359-017",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton "
            "fabric."
        ),
        Q.details("The shirt is with cotton fabric"),
        Q.garment_type("kurta"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Mitera Women Beige Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: peach kurta with a tonal yoke, three-quarter sleeves, matching peach palazzos, a bracelet and a ring. The
    # feed has no color column on this row. Caption: caption adapter, cut at the limit; open: extractive QA; closed:
    # reference engine (pink for a peach kurta).
    case(
        "X1359-018",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns and a long pants"),
        Q.garment_type("kurta"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Libas Women Peach-Coloured Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # Photo: white chikankari embroidered straight kurta (white on white), long sleeves, round neck, white leggings,
    # a clutch in one hand. Caption: caption adapter, went round the leggings sentence to the limit; open: extractive
    # QA; closed: reference engine ("solid" misses the chikankari).
    case(
        "X1359-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The leggings are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="House of Pataudi Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: green floral anarkali kurta, calf length with a wide flare, three-quarter sleeves, V neck, white leggings.
    # Caption: caption adapter (stopped on its own) reads the flare as a separate skirt; open: extractive QA; closed:
    # reference engine.
    case(
        "X1359-020",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long skirt. The dress is with chiffon "
            "fabric and its neckline is V-shape. The skirt is with chiffon fabric and floral patterns.",
            "contradiction",
        ),
        Q.wearing("a medium-sleeve dress with floral patterns and a long skirt", "contradiction"),
        Q.details("The skirt is with chiffon fabric and floral patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.material("chiffon"),
        gender="Women",
        title="Indo Era Women Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model seated on a wooden stool, yellow straight kurta with a blue print, three-quarter sleeves, round
    # neck, blue leggings, bangles and a ring. Caption: caption adapter (stopped on its own); open: extractive QA
    # (details span is the ring); closed: reference engine.
    case(
        "X1359-021",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. There is an accessory on her wrist. This lady wears a ring."
        ),
        Q.description("The dress is with cotton fabric and its neckline is round"),
        Q.details("This lady wears a ring", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("printed"),
        gender="Women",
        title="Vishudh Women Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: navy blue and white vertically striped straight kurta, three-quarter sleeves, notched V neck, white
    # leggings, one bangle. Caption: caption adapter, looped on the accessory sentence to the limit; open: extractive
    # QA; closed: reference engine.
    case(
        "X1359-022",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is V-shape. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve shirt with striped patterns and a long leggings"),
        Q.details("There is an accessory on her wrist. There is an accessory on her wrist", "loop"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="KALINI Women Navy Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: gold tissue floor-length gown, sleeveless, V neck, sequin embellishment all over, hand on hip. Caption:
    # caption adapter (stopped on its own); open: extractive QA ("other" fabric); closed: reference engine (beige for a
    # shiny gold gown).
    case(
        "X1359-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is V-shape. The dress is of long length."
        ),
        Q.material("other", "non_answer"),
        Q.garment_type("gown"),
        Q.color("beige", "contradiction"),
        Q.pattern("embellished"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Ethnovog Women Gold-Toned Embellished Gown",
        category="Ethnic Dresses",
        color="Gold",
    ),
    # Photo: woman with a short bob, blue straight kurta with ethnic motifs, mandarin collar, long sleeves, white
    # trousers. Caption: caption adapter (stopped on its own) calls her a gentleman; open: extractive QA; closed:
    # reference engine.
    case(
        "X1359-024",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is standing. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.wearing("a long-sleeve shirt with graphic patterns and a long pants"),
        Q.details("its neckline is standing"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Anouk Women Blue Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: coral solid straight kurta, three-quarter sleeves, white leggings, plain white backdrop. Caption: caption
    # adapter (stopped on its own, short); open: extractive QA (wearing span is the verb phrase only); closed:
    # reference engine.
    case(
        "X1359-025",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric."
        ),
        Q.wearing("The lady wears", "restated"),
        Q.garment_type("kurta"),
        Q.color("coral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Aks Women Coral Solid Straight Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Photo: maroon solid velvet A-line kurta, long sleeves, round neck, black leggings. Caption: caption adapter
    # (stopped on its own) reads velvet as a knitted sweater; open: extractive QA; closed: reference engine.
    case(
        "X1359-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitted fabric and its neckline is round.",
            "contradiction",
        ),
        Q.material("knitted", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Rangriti Women Maroon Solid Velvet A-Line Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: lime green floral anarkali kurta, long sleeves, round neck, white trousers, a pink dupatta around the neck.
    # Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine (pink is the
    # dupatta).
    case(
        "X1359-027",
        caption(
            "The lady wears a long-sleeve dress with floral patterns and a long pants. The dress is with chiffon "
            "fabric and its neckline is round. This female has neckwear."
        ),
        Q.wearing("a long-sleeve dress with floral patterns and a long pants"),
        Q.details("its neckline is round"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Nayo Women Lime Green Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: the product is the leggings: maroon ankle-length leggings, shot waist-down on a model in a white kurta
    # with a maroon print. Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference
    # engine, which answered for the kurta on three questions.
    case(
        "X1359-028",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns."
        ),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="De Moza Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: beige wall, indigo dabu-print cotton anarkali kurta to the knee, long sleeves, round neck, white churidar,
    # a bangle and a ring. Caption: caption adapter, cut at the limit; open: extractive QA; closed: reference engine,
    # which picked "dress" over "kurta".
    case(
        "X1359-029",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns and a long leggings"),
        Q.material("cotton"),
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Fabindia Women Indigo Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: red net anarkali gown, floral thread embroidery all over, floor length, full sleeves, red dupatta.
    # Caption: caption adapter, looped to the limit; open: extractive QA; closed: reference engine.
    case(
        "X1359-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and floral "
            "patterns. The dress is with chiffon fabric and floral patterns. The dress is with chiffon fabric and "
            "floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.description("a long-sleeve dress with floral patterns"),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("gown"),
        Q.color("red"),
        Q.pattern("floral"),
        gender="Women",
        title="SheWill Women Red Embroidered Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: grey solid sleeveless straight kurta under a long open jacket in a red-dominant multicolor floral print,
    # grey leggings. Gender column missing on this row. Caption: caption adapter (stopped on its own) takes the jacket
    # for a cardigan; open: extractive QA; closed: reference engine (red is the jacket's).
    case(
        "X1359-031",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns and a long leggings. The cardigan is with "
            "chiffon fabric. The outer clothing is a cardigan."
        ),
        Q.wearing("a long-sleeve cardigan with floral patterns and a long leggings"),
        Q.description("The outer clothing is a cardigan"),
        Q.garment_type("kurta"),
        Q.color("red", "other_garment_color"),
        title="Shree Women Grey Solid Kurta with Printed Jacket",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: turquoise blue straight kurta with white ethnic motifs, three-quarter sleeves, white pants. Caption:
    # caption adapter (stopped early on its own, no fabric sentence); open: extractive QA (null answer for the
    # material); closed: reference engine.
    case(
        "X1359-032",
        caption("The lady wears a medium-sleeve dress with graphic patterns and a long pants."),
        Q.description("a medium-sleeve dress with graphic patterns"),
        Q.material("", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anubhutee Women Turquoise Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Photo: FLAT LAY of a three-piece set: green floral kurta with its three-quarter sleeves folded back, green
    # palazzos, a white dupatta. Caption: caption adapter (stopped on its own) calls it a sleeveless tank top; open:
    # extractive QA; closed: reference engine (sleeveless, fooled by the folded sleeves).
    case(
        "X1359-033",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long pants. The tank top is with cotton "
            "fabric.",
            "contradiction",
        ),
        Q.wearing("a sleeveless tank top with floral patterns and a long pants", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Libas Women Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: burgundy solid georgette gown, floor length, long sleeves, V neck, a thin self-fabric belt. Caption:
    # caption adapter (stopped on its own); open: extractive QA; closed: reference engine.
    case(
        "X1359-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The lady has a belt."
        ),
        Q.description("a long-sleeve dress with pure color patterns"),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Nermosa Women Burgundy Solid Georgette Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: pink chanderi straight kurta with floral thread embroidery, three-quarter sleeves, round neck, white
    # churidar. Color column missing. Caption: caption adapter, went back to its first sentence and ran to the limit;
    # open: extractive QA; closed: reference engine.
    case(
        "X1359-035",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with chiffon "
            "fabric and its neckline is round. The lady wears a medium-sleeve dress with floral patterns and a long",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns and a long leggings"),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Soch Women Pink Floral Embroidered Chanderi Straight Kurta",
        category="Kurtas",
    ),
    # Photo: black straight kurta with a gold foil print, long sleeves, round neck, black leggings. Caption: caption
    # adapter (stopped on its own) opens with "His shirt"; open: extractive QA; closed: reference engine (gold is the
    # foil print only).
    case(
        "X1359-036",
        caption(
            "His shirt has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The lady wears "
            "a long leggings.",
            "pronoun",
        ),
        Q.description("long sleeves, cotton fabric and graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("gold", "contradiction"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="Kvsfab Women Black & Gold-Toned Printed Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: sky blue anarkali kurta with a white floral print, calf length, three-quarter sleeves, V neck, white
    # leggings, bangles, a ring. Caption: caption adapter, went back to its first sentence and ran to the limit; open:
    # extractive QA (description span stops on "and"); closed: reference engine.
    case(
        "X1359-037",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is V-shape. There is an accessory on her wrist. This lady wears a ring. The lady "
            "wears a medium-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        Q.description("a medium-sleeve dress with floral patterns and", "cut"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="FASHOR Women Sky Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: beige tiered midi ethnic dress with a brown block print, three-quarter sleeves, round neck, a wicker basket
    # in hand, bangles, no hat. Caption: caption adapter (stopped on its own) puts a hat on her; open: extractive QA
    # (details span is the hat); closed: reference engine.
    case(
        "X1359-038",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a hat. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.details("The lady wears a hat", "unsupported"),
        Q.garment_type("dress"),
        Q.color("beige"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Biba Women Beige Printed Tiered Ethnic Dress",
        category="Ethnic Dresses",
        color="Beige",
    ),
    # Photo: white A-line kurta with a blue print, long sleeves, round neck, blue leggings, a coffee mug in hand.
    # Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine (blue, the leggings
    # and the print, for a white kurta).
    case(
        "X1359-039",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round."
        ),
        Q.details("its neckline is round"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="AASI Women White & Blue Printed A-Line Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: red bandhani-print anarkali kurta with a green border, long sleeves, round neck, green leggings. Caption:
    # caption adapter, went round the leggings sentence to the limit; open: extractive QA (details span is just "The
    # dress"); closed: reference engine ("checked" for bandhani dots).
    case(
        "X1359-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. The "
            "leggings are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns and a long leggings"),
        Q.details("The dress", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("checked", "contradiction"),
        gender="Women",
        title="Stylum Women Red & Green Bandhani Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: BACK view, teal anarkali kurta with a back tie-up dori and tassels, long sleeves, teal churidar, a gold
    # dupatta over both arms. Caption: caption adapter, looped on the accessory sentences to the limit; open:
    # extractive QA; closed: reference engine (gold is the dupatta).
    case(
        "X1359-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "chiffon fabric. There is an accessory on her wrist. This lady wears a ring. There is an accessory on her "
            "wrist. This lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns and a long leggings"),
        Q.garment_type("kurta"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Neerus Women Teal Blue Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: mauve straight kurta with a small white print, three-quarter sleeves, white leggings, jhumkas. Caption:
    # caption adapter (stopped after one sentence); open: extractive QA (null answers: nothing left to extract);
    # closed: reference engine.
    case(
        "X1359-042",
        caption("The lady wears a medium-sleeve dress with graphic patterns and a long leggings."),
        Q.wearing("a medium-sleeve dress with graphic patterns and a long leggings"),
        Q.description("", "non_answer"),
        Q.material("", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Jaipur Kurti Women Mauve Printed Straight Kurta",
        category="Kurtas",
        color="Mauve",
    ),
    # Photo: grey sleeveless maxi ethnic dress with a red floral print, round neck, a bracelet and a ring, white
    # sneakers. Caption: caption adapter, cut at the limit; open: extractive QA; closed: reference engine (red is the
    # print).
    case(
        "X1359-043",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. The dress",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="House of Pataudi Women Grey Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Grey",
    ),
    # Photo: black solid A-line kurta, long sleeves, V neck, white leggings, silver jhumkas. Category column missing.
    # Caption: caption adapter (stopped on its own); open: extractive QA (description span is the opening verb phrase);
    # closed: reference engine.
    case(
        "X1359-044",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns and a long leggings. The shirt is "
            "with cotton fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns and a long leggings"),
        Q.description("The female is wearing", "restated"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Shae by SASSAFRAS Women Black Solid A-Line Kurta",
        color="Black",
    ),
    # Photo: red anarkali kurta with a gold print, three-quarter sleeves, round neck, red leggings, a brass diya held in
    # both hands, bangles. Gender column missing. Caption: caption adapter, cut at the limit; open: extractive QA;
    # closed: reference engine (long sleeves for three-quarter sleeves).
    case(
        "X1359-045",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns and a long leggings"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton"),
        title="Ishin Women Red Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
]
