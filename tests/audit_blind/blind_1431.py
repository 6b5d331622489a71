"""BLIND_1431 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 49/74 failures found (66.2%) and
35/204 correct texts flagged (17.2%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas worn over leggings,
churidars or palazzos, kurta sets with dupattas, ethnic maxi dresses and gowns. Catalog columns as the feed has them:
title, category (Myntra article type: Kurtas, Kurta Sets, Ethnic Dresses, Dresses), color (base colour), gender;
one column is missing now and then. Photos are the usual catalog shots: a model on a plain backdrop, a few back and
side views, two flat lays, props (a clutch, a stool, a potted plant, sunglasses on the head).
Who wrote what: every caption is the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens), so it speaks the DeepFashion-MultiModal template: no hue names, "pure color"
or "graphic patterns" for colors, fabrics from the cotton/chiffon/denim/other set, and no word for kurta (it says
dress, shirt or tank shirt). The open answers (wearing, description, details, material) are spans that
timpal0l/mdeberta-v3-base-squad2 extracted from that caption; an empty string is its no-answer. The closed answers
(garment type, color, pattern, sleeve length, color of a named garment, "Is this a ...?") are the reference engine's
pick among candidates, so they are always one clean candidate and never loop or get cut. Answers are never near the
30-token limit; only captions carry hit_limit.
Labeling conventions and judgement calls: a text is judged by the photo described in its comment and by the title.
"dress" for a kurta or an anarkali in a caption or an open answer is accepted (the adapter has no better word); "shirt"
is accepted only for a shirt-collar, button-placket kurta, and otherwise marked contradiction, as is "tank shirt ...
skirt" for a maxi dress. In a closed answer, where "kurta" was a candidate, "dress", "shirt", "leggings" or "jacket" for
a kurta or a gown is a contradiction. Near hues are accepted (green for teal, pink for magenta, maroon for burgundy,
purple for lavender, white for off-white or cream, yellow for mustard, orange for rust); the print's color given for a
garment whose base is another color is a contradiction; the color of the leggings, a dupatta that is not sold with the
product, or a jacket is other_garment_color. Material is judged against the title when the title names the fabric
(cotton for rayon, chiffon for georgette or crepe: unsupported), otherwise against the photo, where any plausible fabric
is accepted; "other fabric" and the empty answer are non_answer. Invented accessories (a ring, a bracelet, a belt, denim
trousers) are unsupported; a detail answer that names a real accessory instead of the garment, or one that describes the
leggings, trousers or a styling dupatta, is a contradiction. "The man"/"his" for a women's product is pronoun. A caption
cut mid-sentence at 50 tokens is cut, one that repeats itself to the limit is loop (hit_limit on both); one caption
reached the limit on the last word of a complete, true sentence and is left unmarked. One label per text: the most
visible fault wins (a looping caption that also says chiffon for rayon is loop). No prompt leaks: the caption has no
prompt and the extractive answers can only quote the caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, is_a, wearing

BLIND_1431 = [
    # Photo: front, maroon flared anarkali with gold foil motifs, 3/4 sleeves, round neck, over gold churidar,
    # jhumkas, no bangles. Caption adapter; open answers extracted from it; closed: reference engine. All right.
    case(
        "X1431-001",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. "
            "It has a round neckline."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Maroon & Gold-Toned Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: front, navy calf-length straight kurta with small white flowers, 3/4 sleeves, round neck, over white
    # leggings, a tote bag on the shoulder. Caption ran to 50 tokens and calls the kurta a shirt; the engine gave the
    # kurta the leggings' white, and the leggings the kurta's navy.
    case(
        "X1431-002",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is round. The lady wears a long leggings. The leggings are with cotton fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        color_of("leggings", "navy blue", "other_garment_color"),
        Q.pattern("floral"),
        D.details("floral patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: front, pink floor-length georgette gown, long sheer sleeves, sequin yoke, round neck, sleeves down to
    # the knuckles (no bracelet visible). Caption invents a v-neck and a wrist accessory and says chiffon.
    case(
        "X1431-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.details("v-shape neckline", "unsupported"),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("gown"),
        Q.color("pink"),
        is_a("gown", "yes"),
        gender="Women",
        title="KALINI Women Pink Embroidered Georgette Ethnic Maxi Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: front, mustard knee-length A-line kurta, small white flowers, short sleeves, round neck, white
    # palazzos, sunglasses in hand. The details span is the palazzos' sentence; the rest right.
    case(
        "X1431-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        D.description("short-sleeve dress with floral patterns"),
        D.details("The trousers are with cotton fabric and pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sangria Women Mustard Yellow Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: front, teal sleeveless rayon maxi dress, plain with a thin gold border at the hem. Caption loops on the
    # fabric sentence; the material span says chiffon where the title says rayon.
    case(
        "X1431-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The "
            "dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.material("chiffon", "unsupported"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Women",
        title="Inddus Women Teal Solid Rayon Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: front, green straight kurta with white geometric print, 3/4 sleeves, mandarin collar, no placket,
    # over white leggings. Caption calls it a shirt (not a shirt-style kurta).
    case(
        "X1431-006",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand collar. The pants this lady wears is of long length.",
            "contradiction",
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        D.details("stand collar"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        gender="Women",
        title="W Women Green & White Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: flat lay on white, peach anarkali kurta, 3/4 sleeves, gold print, no model. Caption invents a man
    # and calls the kurta a shirt.
    case(
        "X1431-007",
        caption(
            "The gentleman wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a round neckline.",
            "pronoun",
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("peach"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Peach-Coloured Printed Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: front, olive tiered maxi dress with white bandhani dots, long sleeves, tie-up v neck with tassels,
    # rings and a bracelet, no belt. Caption cut at 50 tokens; the belt is invented.
    case(
        "X1431-008",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "neckline of the dress is v-shape. There is a belt on her waist. The lady wears a ring. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.details("There is a belt on her waist", "unsupported"),
        Q.color("olive"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Olive Green Printed Tiered Maxi Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: front, off-white straight kurta with gold embroidered yoke, long sleeves, round neck, off-white
    # trousers, gold bangles on both wrists. The details span is the bangles, not the kurta.
    case(
        "X1431-009",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. There is an accessory on her wrist."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.details("There is an accessory on her wrist", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Ahalyaa Women Off-White Yoke Design Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: front, rust straight kurta with black block print, 3/4 sleeves, over black leggings. The engine gave
    # the leggings' black as the garment color and picked "leggings" as the type.
    case(
        "X1431-010",
        caption(
            "This female wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("leggings", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("leggings", "black"),
        Q.pattern("printed"),
        gender="Women",
        title="Vishudh Women Rust Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: back view, black crepe fit-and-flare dress, long sleeves, tie-up dori at the back; the product's round
    # neck shows at the nape. Caption says chiffon where the title says crepe.
    case(
        "X1431-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.details("round neckline"),
        Q.material("chiffon", "unsupported"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Janasya Women Black Crepe Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: front, blue and white vertical stripes, shirt-collar kurta with button placket, roll-up long sleeves,
    # knee length, white trousers. "shirt" accepted in the caption; the engine's "shirt" is not (kurta was offered).
    case(
        "X1431-012",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("shirt", "contradiction"),
        is_a("kurta", "yes"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Women",
        title="AKS Women Blue & White Striped Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: front, green anarkali with gold motifs, long sleeves, round neck, green trousers, printed dupatta over
    # both shoulders (all sold together). Caption cut.
    case(
        "X1431-013",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is a scarf on her neck. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        D.details("round neckline"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("ethnic motifs"),
        Q.material("cotton"),
        gender="Women",
        title="Anubhutee Women Green Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: front, indigo kurta with white dabu print, 3/4 sleeves, mandarin collar without placket, white churidar.
    # Caption loops; the description span carries the loop; no fabric in the caption, so no material answer.
    case(
        "X1431-014",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and graphic patterns and graphic patterns "
            "and graphic patterns and graphic patterns and graphic patterns and graphic patterns and graphic "
            "patterns and graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        D.description("medium-sleeve shirt with graphic patterns and graphic patterns and graphic patterns", "loop"),
        Q.material("", "non_answer"),
        Q.color("blue"),
        Q.pattern("printed"),
        gender="Women",
        title="Fabindia Women Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: front, wine net gown, flared, full sleeves, tonal sequins, round neck, a gold clutch in hand. Caption
    # right; "other fabric" says nothing.
    case(
        "X1431-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady has a bag in her hand."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.details("It has a round neckline"),
        Q.material("other fabric", "non_answer"),
        Q.garment_type("gown"),
        Q.color("maroon"),
        gender="Women",
        title="Fusionic Women Wine Embellished Net Maxi Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: front, pink straight kurta with small white buttis, 3/4 sleeves, round neck, white leggings. Caption
    # makes her a man; the wearing span is the leggings sentence.
    case(
        "X1431-016",
        caption(
            "His shirt has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long pants", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Nayo Women Pink Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: front, yellow kurta with short sleeves and matching floral palazzos (a set). Caption says sleeveless.
    case(
        "X1431-017",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns.",
            "contradiction",
        ),
        wearing("a sleeveless dress with floral patterns", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.color("yellow"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: front, magenta anarkali with gold zari embroidery, 3/4 sleeves, gold leggings, bangles and a ring.
    # All right.
    case(
        "X1431-018",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring."
        ),
        D.details("round neckline"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Varanga Women Magenta Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: front, blue A-line midi with white flowers, short sleeves, round neck, a sling bag, bare hands (no
    # ring). The ring is invented.
    case(
        "X1431-019",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns"),
        D.details("round neckline"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Women",
        title="Ishin Women Blue Floral Print A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: front, lavender floor-length anarkali gown, thread embroidery in flowers, full sheer sleeves, net
    # dupatta. Caption starts over and runs to the limit.
    case(
        "X1431-020",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of the dress is round. The lady wears a long-sleeve dress with floral patterns. The dress "
            "is with chiffon fabric. The neckline",
            "loop",
            hit_limit=True,
        ),
        D.description("long-sleeve dress with floral patterns"),
        Q.garment_type("gown"),
        Q.color("purple"),
        Q.pattern("floral"),
        gender="Women",
        title="Aks Couture Women Lavender Embroidered Anarkali Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Photo: flat lay of a blue printed v-neck kurta, printed trousers and a dupatta, no model. "shirt" for a
    # v-neck kurta.
    case(
        "X1431-021",
        caption(
            "The person wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The pants the person wears is of long length. The pants are with cotton fabric and "
            "graphic patterns.",
            "contradiction",
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        D.details("v-shape neckline"),
        is_a("dress", "no"),
        title="Jaipur Kurti Women Blue Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: front, sea green straight kurta, white print, 3/4 sleeves, round neck, white leggings, a hot pink
    # dupatta draped (styling, not sold). The engine picked the dupatta's pink; the details span is that dupatta.
    case(
        "X1431-022",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a scarf on her neck."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("printed"),
        D.details("There is a scarf on her neck", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="GoSriKi Women Sea Green Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: back view, red sleeveless gown, deep back with dori tassels. Caption loops to the limit; the rest right.
    case(
        "X1431-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady wears a "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.details("chiffon fabric"),
        Q.sleeve_length("sleeveless"),
        Q.color("red"),
        Q.garment_type("dress"),
        gender="Women",
        title="SCAKHI Women Red Embellished Sleeveless Ethnic Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: front, black straight rayon kurta with gold foil print, long sleeves, black leggings. Cotton where the
    # title says rayon.
    case(
        "X1431-024",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        gender="Women",
        title="Libas Women Black & Gold-Toned Foil Printed Rayon Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: front, peach georgette anarkali, long sleeves, v neck, thread embroidery, peach churidar. Chiffon where
    # the title says georgette.
    case(
        "X1431-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with floral patterns", who="the woman"),
        Q.material("chiffon", "unsupported"),
        Q.color("peach"),
        is_a("anarkali", "yes", article="an"),
        gender="Women",
        title="Juniper Women Peach Georgette Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: front, maroon solid kurta with a gold border at the hem, long sleeves, maroon churidar, gold dupatta
    # (all sold together). The engine's "floral" is wrong: the kurta is plain.
    case(
        "X1431-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a scarf on her neck."
        ),
        D.description("long-sleeve dress with pure color patterns"),
        Q.pattern("floral", "contradiction"),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Vastramay Women Maroon Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model seated on a wooden stool, blue kurta with ethnic motifs, 3/4 sleeves, v neck, printed palazzos,
    # bangles. Caption cut; "shirt" for a v-neck kurta.
    case(
        "X1431-027",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction", who="the woman"),
        D.details("v-shape neckline"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("ethnic motifs"),
        gender="Women",
        title="Anouk Women Blue Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: front, green bandhani tiered maxi dress, sleeveless, v neck, one piece. Caption splits it into a tank
    # shirt and a skirt; the wearing span takes the skirt.
    case(
        "X1431-028",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and graphic patterns. The neckline of it is v-shape. The "
            "lady wears a long skirt. The skirt is with cotton fabric and graphic patterns.",
            "contradiction",
        ),
        wearing("a long skirt", "contradiction"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        is_a("skirt", "no"),
        gender="Women",
        title="Mitera Women Green Bandhani Printed Tiered Maxi Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: front, navy straight kurta with tonal embroidery at the yoke, long sleeves, v neck, white palazzos.
    # Caption right; the wearing span is the trousers sentence.
    case(
        "X1431-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long trousers", "contradiction"),
        D.details("v-shape neckline"),
        Q.color("navy blue"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Sangria Women Navy Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: front, orange A-line kurta with white print, 3/4 sleeves, white palazzos, sunglasses pushed up on her
    # head. Caption cut; the engine's long sleeves are wrong.
    case(
        "X1431-030",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        D.details("round neckline"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="KSUT Women Orange Printed A-Line Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Photo: front, teal blue kurta with a mirror-work yoke, long sleeves, white leggings. No category in the feed.
    # The details question got the no-answer.
    case(
        "X1431-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.details("", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid"),
        gender="Women",
        title="Tissu Women Teal Blue Yoke Design Kurta",
        color="Teal",
    ),
    # Photo: front, pink flared knee-length kurta, sleeveless, floral print, white churidar. The engine took it for
    # a dress.
    case(
        "X1431-032",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        Q.garment_type("dress", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        gender="Women",
        title="Rangriti Women Pink Floral Printed Flared Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: front, cream chikankari straight kurta (white thread work), long sleeves, cream palazzos. The
    # description span is the bare garment word.
    case(
        "X1431-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.description("dress", "restated"),
        D.details("pure color patterns"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        gender="Women",
        title="House of Pataudi Women Cream Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: front, green anarkali with floral embroidery, long sleeves, round neck, glass bangles over the cuffs.
    # Caption says short sleeves.
    case(
        "X1431-034",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.color("green"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta"),
        gender="Women",
        title="KALINI Women Green Floral Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: front, mustard sleeveless maxi gown under an open, long, blue printed jacket (sold together). The
    # engine answered for the jacket twice.
    case(
        "X1431-035",
        caption(
            "The lady wears a long coat with graphic patterns. The coat is with cotton fabric. The lady wears a "
            "sleeveless dress with pure color patterns."
        ),
        wearing("a long coat with graphic patterns"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        gender="Women",
        title="Ethnovog Women Mustard Solid Maxi Gown with Printed Jacket",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Photo: side view, green printed straight kurta, 3/4 sleeves, white leggings. Caption loops on the leggings;
    # the details span describes the leggings.
    case(
        "X1431-036",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric. The leggings are with cotton fabric. The "
            "leggings are with cotton fabric. The leggings are",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.material("cotton"),
        D.details("The leggings are with cotton fabric", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        gender="Women",
        title="Aurelia Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: front, red anarkali with gold print, long sleeves, red churidar, gold dupatta round the neck, bangles,
    # no ring. The ring is invented, and the details span is that ring.
    case(
        "X1431-037",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a scarf on her neck. This lady wears a ring.",
            "unsupported",
        ),
        D.details("This lady wears a ring", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.pattern("printed"),
        gender="Women",
        title="Biba Women Red & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: front, off-white kurta with large pink roses, 3/4 sleeves, v neck, off-white trousers. The engine gave
    # the print's pink for an off-white kurta.
    case(
        "X1431-038",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers."
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("pink", "contradiction"),
        D.description("medium-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anouk Women Off-White & Pink Floral Print Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: front, model with a short crop, black printed shirt-collar kurta with a placket, long sleeves, printed
    # pants (a set). Caption makes her a man; "shirt" accepted for this kurta; details got the no-answer.
    case(
        "X1431-039",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the man wears is of long length. The pants are with cotton fabric and "
            "graphic patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        D.details("", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indya Women Black Printed Shirt Collar Kurta with Pants",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: front, lime green plain straight kurta, long sleeves, white leggings, silver bangles. Caption reached
    # 50 tokens on the last word of a true sentence (left unmarked); the engine picked leggings.
    case(
        "X1431-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("leggings", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Nayo Women Lime Green Solid Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: front, navy blue flared gown with silver sequins, full sleeves, hands in the side pockets (no
    # bracelet). The engine's black is wrong: the navy reads clearly in the studio light.
    case(
        "X1431-041",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.material("other fabric", "non_answer"),
        Q.garment_type("gown"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="KALINI Women Navy Blue Sequinned Maxi Gown",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: front, purple kurta with small flowers, 3/4 sleeves, white palazzos. No gender column. The engine's
    # sleeveless is wrong.
    case(
        "X1431-042",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.garment_type("kurta"),
        title="W Women Purple Floral Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Photo: front, turquoise kurta with white print, 3/4 sleeves, v neck, white cotton palazzos. The denim is
    # invented.
    case(
        "X1431-043",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        D.details("v-shape neckline"),
        Q.material("cotton"),
        Q.color("blue"),
        Q.pattern("printed"),
        describe("kurta", "medium-sleeve dress with graphic patterns"),
        gender="Women",
        title="Libas Women Turquoise Blue Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Photo: front, rust anarkali with cream ethnic motifs, long sleeves, round neck, cream leggings. Caption cut.
    case(
        "X1431-044",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "neckline of the dress is round. The dress is of long length. The lady wears a long leggings. The "
            "leggings are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", who="she"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("ethnic motifs"),
        gender="Women",
        title="Mabish by Sonal Jain Women Rust Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: front, beige maxi dress with large green leaves, short sleeves, round neck, the model holding a potted
    # plant. The engine gave the print's green for a beige dress.
    case(
        "X1431-045",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        is_a("gown", "no"),
        gender="Women",
        title="Inddus Women Beige & Green Leaf Printed Maxi Dress",
        category="Ethnic Dresses",
        color="Beige",
    ),
]
