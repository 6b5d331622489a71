"""BLIND_1167 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
first session. Measured blind at f95d293 (the session's first rules): 49/68 failures found (72.1%) and 13/224 correct
texts flagged (5.8%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas shot over leggings or
churidars, ethnic gowns and maxi ethnic dresses, kurta sets, and a few leggings listings whose photo is mostly the
kurta worn over them. Catalog shots: a model on a plain backdrop, some back views, two flat lays, props now and then
(a clutch, a stool, a chair, a coffee cup, a straw hat held in the hand). The feed's columns are title, category (the
article type), color (the base colour) and gender; one row lacks its colour and one its gender.
Who wrote what: the caption is the published caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3) on
blip2-opt-2.7b, greedy, 50 new tokens. It speaks the DeepFashion-MultiModal template (shirt, dress, pants, skirt,
"pure color patterns", "cotton fabric", "its neckline is round", accessories on wrist or ear) and never names a hue.
Having no trained terminator it often runs to the limit, where it is cut mid-sentence or loops. The open questions
(what is the person wearing, describe, details, material) are answered by the extractive QA model
(mdeberta-v3-base-squad2) over that caption, so every open answer is a span of the caption or empty. The closed
questions (garment type, color, color of a named garment, pattern, sleeve length, "Is this a ...?") are ranked by
the reference engine over candidate answers, from the photo.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. The caption and the
extractive answers speak DeepFashion's vocabulary, so "shirt" or "dress" for a kurta is accepted there; the closed
garment type has "kurta" among its candidates, so "dress" for a straight kurta or "shirt" there is a contradiction
(for an anarkali kurta "dress" is accepted). A caption that splits one anarkali into a shirt and a skirt is a
contradiction. Colors: teal answered green or blue, olive as green, lavender as purple, navy as blue, peach as pink
are accepted (the candidate set has no finer name); maroon answered brown is a contradiction. A closed color that
is the leggings', the print's or the other garment's is other_garment_color. Fabric: when the title names a fabric
(rayon, silk blend, net, cotton) a different fabric in the caption or the material answer is unsupported; when the
title names none, a fabric the photo could show is accepted. An accessory or prop the photo does not show worn
(a ring, glasses, a hat held in the hand) is unsupported, in the caption and in a details answer; an accessory given
as the garment's details is a contradiction. A caption that stops at the 50-token limit is cut when the last
sentence is unfinished and loop when it repeats; one ran to the limit ending on a full sentence and is left correct.
An empty extractive answer, "The lady", or "long" for the leggings' details is a non_answer; a span that only says
back the question's words is restated. "The gentleman" or "his" for the women's models is pronoun, also on a flat
lay and on the row without a gender. No leaks: this system never sees a prompt when captioning and the QA model only
copies spans. One text carries one label, the most visible failure, even when it has two. Fewer than four in ten
texts are wrong here: the closed answers are ranked from the photo and rarely fail outside colors of the wrong
garment and missed sleeves, and the extractive answers cannot loop or run on; most failures sit in the captions and
in what QA copies out of them.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1167 = [
    # Photo: model front, maroon anarkali kurta with gold ethnic-motif print, three-quarter sleeves, round neck, gold
    # leggings, bangles and jhumkas. Caption adapter; QA over the caption; closed by the reference engine. All right.
    case(
        "X1167-001",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. There is an accessory on her wrist."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model front, navy straight kurta with white floral print, three-quarter sleeves, V-neck, white leggings.
    # Caption cut at the limit; the engine gave the leggings the kurta's navy.
    case(
        "X1167-002",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        color_of("kurta", "navy blue"),
        color_of("leggings", "navy blue", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton"),
        details("kurta", "its neckline is v-shape"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model front, teal floor-length net gown, full sleeves, zari embroidery only on the bodice. Caption loops
    # to the limit; "chiffon" against a net gown in the title.
    case(
        "X1167-003",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is round. The dress is with chiffon fabric and its neckline is round. The dress is with "
            "chiffon fabric and its",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Inddus Women Teal Embroidered Net Ethnic Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: the product is the black leggings, but the frame is mostly the mustard printed kurta worn over them,
    # long sleeves, knee length. Caption right about both; the engine typed and colored the kurta.
    case(
        "X1167-004",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        Q.garment_type("kurta", "contradiction"),
        Q.color("yellow", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("leggings", "cotton fabric and pure color patterns"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: back view, green floral printed kurta, three-quarter sleeves, white leggings. The caption calls the
    # sleeves short and the wearing span copies it; the engine has them right. Nothing to extract for details.
    case(
        "X1167-005",
        caption(
            "The female is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction"),
        Q.sleeve_length("three-quarter"),
        Q.color("green"),
        Q.pattern("floral"),
        details("kurta", "", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model front, peach A-line kurta with gota lace at the hem, long sleeves, round neck, off-white leggings,
    # one bangle, no ring. The caption adds a ring and QA hands it back as the kurta's details.
    case(
        "X1167-006",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("pink"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        details("kurta", "a ring", "unsupported"),
        gender="Women",
        title="Aurelia Women Peach-Coloured Solid A-Line Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: model front, mustard anarkali with embroidered yoke, three-quarter sleeves, white churidar, mustard
    # dupatta with a pink border over one arm. Caption cut at the limit; the engine said no to a kurta.
    case(
        "X1167-007",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. This lady also wears an outer clothing, with chiffon fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("mustard"),
        is_a("kurta", "no", "contradiction"),
        Q.material("cotton"),
        color_of("dupatta", "mustard"),
        gender="Women",
        title="Varanga Women Mustard Yellow Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model walking, black maxi ethnic dress with red and white florals, short flutter sleeves, V-neck, a
    # flowy sheer-looking fabric. The engine missed the flutter sleeves.
    case(
        "X1167-008",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        Q.color("black"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("chiffon"),
        details("dress", "its neckline is v-shape"),
        gender="Women",
        title="Global Desi Women Black Floral Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: flat lay, no person: blue kurta with white ethnic-motif print, three-quarter sleeves, round neck. The
    # caption invents a man; the engine picked "shirt" over "kurta".
    case(
        "X1167-009",
        caption(
            "The gentleman is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric "
            "and its neckline is round.",
            "pronoun",
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Blue Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model front, red anarkali with gold floral embroidery, long sleeves, gold churidar leggings, jhumkas.
    # Caption loops on the earrings; QA gives the earrings as the kurta's details.
    case(
        "X1167-010",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her ear. There is an accessory on her ear. There is an "
            "accessory on her ear. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color_of("kurta", "red"),
        color_of("leggings", "gold"),
        Q.sleeve_length("long"),
        details("kurta", "an accessory on her ear", "contradiction"),
        gender="Women",
        title="Soch Women Red Floral Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: model front, olive straight kurta with mandarin collar and button placket, three-quarter sleeves, cream
    # leggings. Only the leggings' color is wrong (the kurta's olive).
    case(
        "X1167-011",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("green"),
        Q.pattern("solid"),
        Q.garment_type("kurta"),
        details("kurta", "its neckline is stand"),
        Q.material("cotton"),
        color_of("leggings", "green", "other_garment_color"),
        gender="Women",
        title="Janasya Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: model front, pink floral anarkali, three-quarter sleeves, matching plain pink leggings (same color:
    # both pink answers are right). The engine said long sleeves.
    case(
        "X1167-012",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "pink"),
        color_of("leggings", "pink"),
        wearing("medium-sleeve dress with floral patterns"),
        Q.material("cotton"),
        Q.sleeve_length("long", "contradiction"),
        gender="Women",
        title="Khushal K Women Pink Floral Printed Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model seated on a stool, off-white kurta with a green floral print, long sleeves, green leggings.
    # The engine's "green" is the leggings' (and the print's), not the off-white kurta's.
    case(
        "X1167-013",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        Q.color("green", "other_garment_color"),
        wearing("a long-sleeve shirt with floral patterns"),
        Q.pattern("floral"),
        Q.material("cotton"),
        describe("kurta", "a long-sleeve shirt with floral patterns"),
        gender="Women",
        title="Biba Women Off-White & Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: model front, navy sleeveless gown, sequinned bodice, flared net skirt, V-neck, bare head. The caption
    # adds a hat; the material span says chiffon for the net skirt.
    case(
        "X1167-014",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. The dress is of long length. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.sleeve_length("sleeveless"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.material("chiffon", "unsupported"),
        details("dress", "its neckline is v-shape"),
        gender="Women",
        title="Ethnovog Women Navy Blue Sequinned Net Ethnic Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: model front, mustard kurta with thin white vertical stripes, three-quarter sleeves, V-neck, plain white
    # leggings. The caption carries the stripes onto the leggings; QA copies them.
    case(
        "X1167-015",
        caption(
            "The lady is wearing a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and striped patterns.",
            "unsupported",
        ),
        Q.pattern("striped"),
        Q.color("yellow"),
        color_of("leggings", "white"),
        details("leggings", "cotton fabric and striped patterns", "unsupported"),
        Q.sleeve_length("three-quarter"),
        gender="Women",
        title="Vishudh Women Mustard Yellow & White Striped Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: back view, purple kurta with gold print and a keyhole tie-up at the back, long sleeves, gold leggings.
    # Caption cut at the limit, the rest right.
    case(
        "X1167-016",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        Q.color("purple"),
        Q.garment_type("kurta"),
        details("kurta", "its neckline is round"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Purple & Gold-Toned Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Photo: model front holding a gold clutch, maroon straight knee-length kurta with a gold embroidered yoke,
    # three-quarter sleeves, V-neck, gold leggings. The engine says brown and dress.
    case(
        "X1167-017",
        caption(
            "The female is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric "
            "and its neckline is v-shape. There is an accessory in her hand."
        ),
        Q.color("brown", "contradiction"),
        Q.pattern("solid"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("three-quarter"),
        describe("kurta", "medium-sleeve dress with pure color patterns"),
        gender="Women",
        title="Sangria Women Maroon & Gold-Toned Yoke Design Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model front, rust block-printed kurta, three-quarter sleeves, round neck, white leggings, jhumkas.
    # QA's wearing span stops at the subject.
    case(
        "X1167-018",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. There is an accessory on her ear."
        ),
        wearing("The lady", "non_answer"),
        Q.color("orange"),
        color_of("leggings", "white"),
        Q.material("cotton"),
        Q.pattern("printed"),
        details("kurta", "round"),
        gender="Women",
        title="GERUA Women Rust Orange Block Printed Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: model front, indigo dabu-printed cotton kurta, long sleeves, white cotton leggings. The caption calls the
    # leggings denim; QA takes the leggings' fabric for the kurta's.
    case(
        "X1167-019",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.material("denim", "unsupported"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Fabindia Women Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model front, black rayon anarkali with a multicolour floral print, three-quarter sleeves, calf length,
    # black leggings. "cotton" against rayon in the title.
    case(
        "X1167-020",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length.",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Juniper Women Black Floral Printed Rayon Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model front, bottle-green straight kurta with tonal thread embroidery, long sleeves, V-neck, white
    # leggings. No color column in the feed. All right.
    case(
        "X1167-021",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. This woman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        details("kurta", "its neckline is v-shape"),
        gender="Women",
        title="Indo Era Women Green Thread Work Straight Kurta",
        category="Kurtas",
    ),
    # Photo: model with a canvas tote, sky-blue A-line kurta with white print, three-quarter sleeves, white leggings.
    # Caption loops on the pants; the engine gives the leggings the kurta's blue.
    case(
        "X1167-022",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("leggings", "blue", "other_garment_color"),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model front, peach floor-length net gown, sheer long sleeves, sequinned yoke, a thin necklace. Chiffon
    # against net in the title, in the caption and the material span; the engine missed the sheer sleeves.
    case(
        "X1167-023",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is round. The dress is of long length. This lady has neckwear.",
            "unsupported",
        ),
        Q.material("chiffon", "unsupported"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("dress"),
        is_a("gown", "yes"),
        gender="Women",
        title="Inddus Women Peach-Coloured Embellished Net Ethnic Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Photo: model front, yellow cotton kurta with a blue floral print, short sleeves, navy leggings. The engine's
    # "blue" is the leggings' (and the print's).
    case(
        "X1167-024",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.pattern("floral"),
        Q.material("cotton"),
        details("kurta", "The shirt is with cotton fabric"),
        wearing("a short-sleeve shirt with floral patterns"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: the product is the maroon churidar leggings, worn under a cream chikankari kurta, long sleeves. All
    # right: this time the engine looked at the leggings.
    case(
        "X1167-025",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("maroon"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "pure color patterns"),
        Q.material("cotton"),
        describe("leggings", "long pants"),
        gender="Women",
        title="De Moza Women Maroon Solid Churidar-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: back view, sea-green anarkali with pink florals, three-quarter sleeves, dori tie at the back, pink
    # leggings. Caption cut at the limit, the answers right.
    case(
        "X1167-026",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("leggings", "pink"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "floral patterns"),
        gender="Women",
        title="Aurelia Women Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model front, rust tiered maxi ethnic dress with white print, short sleeves, V-neck, fabric tie belt at
    # the waist. QA answers "describe" with the question's own word.
    case(
        "X1167-027",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. This lady wears a belt."
        ),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        wearing("a short-sleeve dress with graphic patterns"),
        describe("dress", "dress", "restated"),
        gender="Women",
        title="Global Desi Women Rust Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
    ),
    # Photo: flat lay, pink straight kurta with green florals, long sleeves, V-neck, a plain chiffon dupatta folded
    # beside it (a styling prop, not sold). QA takes the dupatta's fabric for the kurta's.
    case(
        "X1167-028",
        caption(
            "The person is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. This person also wears an outer clothing, with chiffon fabric and pure color "
            "patterns."
        ),
        wearing("long-sleeve shirt with floral patterns"),
        Q.color("pink"),
        Q.material("chiffon", "unsupported"),
        Q.pattern("floral"),
        Q.garment_type("kurta"),
        gender="Women",
        title="Jaipur Kurti Women Pink & Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: model front, lavender straight kurta with lace at the hem, long sleeves, round neck, white leggings.
    # The caption gives the model "his" pants.
    case(
        "X1167-029",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. His pants are of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        Q.color("purple"),
        color_of("leggings", "white"),
        Q.sleeve_length("long"),
        wearing("a long-sleeve shirt with pure color patterns"),
        details("kurta", "its neckline is round"),
        gender="Women",
        title="Sangria Women Lavender Solid Straight Kurta with Lace Detail",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: model twirling, red bandhani anarkali kurta (one piece, flared from the waist), long sleeves, gold
    # leggings. The caption splits it into a shirt and a skirt; QA copies the pair.
    case(
        "X1167-030",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long skirt", "contradiction"),
        Q.pattern("polka dot"),
        Q.color("red"),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Red & Gold-Toned Bandhani Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: model front with a small handbag, black floor-length gown with silver sequins, long sheer sleeves, round
    # neck. Caption loops to the limit; answers right.
    case(
        "X1167-031",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is with chiffon fabric and its neckline is round. The dress is with chiffon "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("solid"),
        Q.garment_type("dress"),
        Q.material("chiffon"),
        Q.sleeve_length("long"),
        details("gown", "its neckline is round"),
        gender="Women",
        title="AKS Couture Women Black Embellished Ethnic Gown",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: model front, white kurta with a blue floral print, three-quarter sleeves, blue leggings. The engine gave
    # the leggings the kurta's white.
    case(
        "X1167-032",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants."
        ),
        color_of("kurta", "white"),
        color_of("leggings", "white", "other_garment_color"),
        Q.color("white"),
        Q.pattern("floral"),
        wearing("a medium-sleeve shirt with floral patterns"),
        gender="Women",
        title="Khushal K Women White & Blue Floral Printed Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: model leaning on a chair, teal kurta with gold foil print, three-quarter sleeves, matching teal
    # leggings, bangles. The caption ran to the limit but ends on a full sentence: left correct. All right.
    case(
        "X1167-033",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("leggings", "blue"),
        wearing("a medium-sleeve shirt with graphic patterns"),
        is_a("kurta", "yes"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton"),
        gender="Women",
        title="Varanga Women Teal Foil Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: model front, magenta kurta with a golden yoke, long sleeves, V-neck, cream leggings, no glasses. The
    # caption adds glasses; QA returns them as the details.
    case(
        "X1167-034",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. This lady wears glasses.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.pattern("solid"),
        details("kurta", "glasses", "unsupported"),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Mitera Women Magenta Yoke Design Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: model front, off-white chikankari kurta (white-on-white embroidery), three-quarter sleeves, round neck,
    # white leggings. QA found nothing to describe.
    case(
        "X1167-035",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round."
        ),
        Q.color("white"),
        Q.pattern("solid"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        describe("kurta", "", "non_answer"),
        details("kurta", "its neckline is round"),
        gender="Women",
        title="Tissu Women Off-White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: model front, green silk-blend anarkali with a gold zari border, long sleeves, gold leggings. Cotton
    # against silk blend; the engine gives the leggings the kurta's green.
    case(
        "X1167-036",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long pants.",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        Q.color("green"),
        Q.sleeve_length("long"),
        color_of("leggings", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Soch Women Green & Gold-Toned Woven Design Silk Blend Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model front, sleeveless navy anarkali with pink florals, V-neck, pink leggings, a bracelet. Caption cut
    # at the limit; the engine says short sleeves; QA's details span is the cut accessory sentence.
    case(
        "X1167-037",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        color_of("kurta", "navy blue"),
        color_of("leggings", "pink"),
        wearing("a sleeveless dress with floral patterns"),
        details("kurta", "There is an accessory", "contradiction"),
        gender="Women",
        title="Ahalyaa Women Navy Blue & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: back view, black solid kurta with side slits, long sleeves, red leggings. The engine's "red" is the
    # leggings'.
    case(
        "X1167-038",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("red", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        details("kurta", "cotton fabric"),
        Q.material("cotton"),
        gender="Women",
        title="Zima Leto Women Black Solid Kurta with Side Slits",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model front (a woman; the feed row has no gender), maroon kurta with beige print, three-quarter
    # sleeves, beige leggings. The caption calls her a gentleman twice; the engine calls the print solid.
    case(
        "X1167-039",
        caption(
            "The gentleman is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants.",
            "pronoun",
        ),
        wearing("medium-sleeve shirt with graphic patterns"),
        Q.color("maroon"),
        Q.pattern("solid", "contradiction"),
        color_of("leggings", "beige"),
        Q.material("cotton"),
        title="Jaipur Kurti Women Maroon & Beige Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model front holding a straw hat at her side, yellow floral maxi ethnic dress, three-quarter sleeves,
    # V-neck, tiered. The caption puts the hat on her head; QA gives it as the dress's details.
    case(
        "X1167-040",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. This lady wears a hat. The dress is of long length.",
            "unsupported",
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        wearing("a medium-sleeve dress with floral patterns"),
        is_a("dress", "yes"),
        details("dress", "a hat", "unsupported"),
        gender="Women",
        title="Indo Era Women Yellow Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: model front, turquoise straight kurta, short sleeves, round neck, white leggings. QA's wearing span is
    # the question said back.
    case(
        "X1167-041",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("The lady is wearing", "restated"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        color_of("leggings", "white"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        gender="Women",
        title="Libas Women Turquoise Blue Solid Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Photo: flat lay, multicoloured patchwork-print A-line ethnic dress, short sleeves, round neck, calf length.
    # The caption's "medium short length" is invented (it is midi).
    case(
        "X1167-042",
        caption(
            "The person is wearing a short-sleeve dress with color block patterns. The dress is with cotton fabric "
            "and its neckline is round. The dress is of medium short length.",
            "unsupported",
        ),
        Q.color("multicolor"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.garment_type("dress"),
        Q.material("cotton"),
        gender="Women",
        title="Sangria Women Multicoloured Printed A-Line Midi Ethnic Dress",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Photo: model front holding a coffee cup, peach kurta with white print, three-quarter sleeves, white leggings
    # (the set). Caption cut at the limit; the engine's kurta "white" is the leggings'.
    case(
        "X1167-043",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white", "other_garment_color"),
        color_of("leggings", "white"),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("kurta"),
        gender="Women",
        title="W Women Peach-Coloured Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: model front, pink anarkali gown, long sleeves, sheer pink dupatta over both shoulders. Caption loops
    # on the dupatta; answers right.
    case(
        "X1167-044",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. This lady also wears an outer "
            "clothing, with chiffon fabric and pure color patterns. This lady also wears an outer clothing, with "
            "chiffon fabric and pure color patterns. This lady also",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("chiffon"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.garment_type("dress"),
        is_a("gown", "yes"),
        gender="Women",
        title="Kalini Women Pink Embroidered Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: the product is the navy leggings, cropped from the chest down under a white kurta. The engine's
    # "white" is the kurta's; QA answers the leggings' details with "long".
    case(
        "X1167-045",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("leggings"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "long", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Twin Birds Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
]
