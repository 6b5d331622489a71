"""BLIND_1383 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
fourth session. Measured blind at bfeca02 (the session's second rules): 62/92 failures found (67.4%) and 9/200
correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, ethnic gowns, ethnic and maxi dresses, and straight
kurtas shot over leggings. Catalog shots on a plain backdrop, mostly front views of a model with jewellery, now and
then a back view, a flat lay, or a prop (clutch, tote, stool, plant). Columns as the feed has them: title (Myntra's
"Brand Women Colour Pattern Type"), category (article type: Kurtas, Kurtis, Ethnic Dresses, Dresses), color (base
colour), gender (Women); one column is missing here and there.
Who wrote what: every caption is the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption) with an empty prompt,
greedy, 50 new tokens. Its labels covered the padding, so a caption that fits is followed by pad tokens (stripped on
decoding) and every caption runs to the 50-token limit: all captions carry hit_limit=True, whether they came out
whole, cut or looping. It speaks only the DeepFashion template: no hue names, no kurta, gown or dupatta; fabrics
from cotton/chiffon/knitted/denim/other, necklines from round/v-shape/square/standing/lapel. Open answers (wearing,
describe, details, material) are extractive QA (mdeberta-v3 squad2) over that caption: verbatim spans, "" when it
found none, never at a token limit. Closed answers (garment type, color, pattern, sleeve length, is-a, color of a
named garment) are the reference engine's ranked candidates. So no text here echoes a prompt, and no answer loops
(the QA spans are short); an answer is cut only where its span ends inside the caption's cut or looping tail.
Labeling conventions and judgement calls: judged against the photo described in each comment and the title.
"shirt" or "upper clothing" for a kurta in a caption is the template's nearest word and is not marked; "dress" or
"tank top" for a kurta or anarkali kurta is marked contradiction (another article type than the seller's), and so
is the closed garment type "dress"/"shirt" when "kurta" was among the candidates. "chiffon" for georgette is left
alone (nearest word the template has); "chiffon" for satin, "knitted" for velvet, and a fabric that contradicts
the title are contradiction; a fabric guessed where the title names none and the product is something else is
unsupported, as are invented hats, leggings, wrist accessories on a flat lay, and a wrong neckline. "other fabric"
and "upper clothing" or a bare feature list as the answer to what she wears are non_answer; "The upper clothing"
for describe is restated. Colors: a coarser name of the same hue is correct (red for maroon, blue for navy, yellow
for mustard, purple for lavender, pink for magenta, white for cream); a neighbouring hue (pink for peach) is
contradiction; the color of the leggings, dupatta, jacket or shrug given for the product is other_garment_color, the
color of the print alone is contradiction. One label per text: a loop outranks a wrong garment word, which outranks
a cut tail; a caption that stops one token short of its period but says everything is not marked.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1383 = [
    # Front view: calf-length flared maroon anarkali, gold ethnic-motif print, three-quarter sleeves, round neck,
    # gold churidar at the ankles, bangles. Rayon per the product page. Caption: caption adapter; open answers:
    # extractive QA over it; closed: reference engine.
    case(
        "X1383-001",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady also wears a long leggings. The "
            "leggings are with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction", who="she"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Front view: knee-length straight navy kurta, small white floral print, three-quarter sleeves, mandarin collar,
    # white leggings, white flats, a watch. Caption: caption adapter (whole, then pads); open: extractive QA;
    # closed: reference engine.
    case(
        "X1383-002",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a standing neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer", who="she"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("leggings", "white"),
        Q.pattern("floral"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Front view on grey: floor-length teal georgette gown, sequinned yoke, sheer full sleeves, round neck, a ring
    # and a bracelet. Caption: caption adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1383-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady also "
            "wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        describe("gown", "a long-sleeve dress with pure color patterns"),
        Q.color("teal"),
        Q.sleeve_length("long"),
        Q.material("chiffon"),
        is_a("gown", "yes"),
        gender="Women",
        title="Inddus Women Teal Embroidered Georgette Ethnic Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Front view: straight mustard kurta, solid with a thin gold hem border, three-quarter sleeves, v-neck, white
    # churidar leggings, a brown handbag hooked on her wrist (prop). Caption: caption adapter, stopped one token
    # before its period; open: extractive QA; closed: reference engine.
    case(
        "X1383-004",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady also wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on her wrist",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        color_of("leggings", "yellow", "other_garment_color"),
        Q.material("cotton fabric"),
        gender="Women",
        title="W Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Front view: ankle-length pink flared dress with a green floral print, short flutter sleeves, v-neck, tie-up
    # belt at the waist. Chiffon per the product page. Caption: caption adapter, looping; open: extractive QA;
    # closed: reference engine.
    case(
        "X1383-005",
        caption(
            "This lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory on her waist. The dress is of long length. The lady wears a "
            "short-sleeve dress with floral patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.color("pink"),
        Q.material("chiffon"),
        gender="Women",
        title="AKS Women Pink & Green Floral Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Front view: floor-length bottle-green anarkali, gold zari yoke embroidery, long sleeves, round neck, a light
    # gold dupatta over one arm, necklace. Cotton. Caption: caption adapter (whole); open: extractive QA; closed:
    # reference engine.
    case(
        "X1383-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory in her neck.",
            hit_limit=True,
        ),
        wearing("long sleeves, cotton fabric and pure color patterns", "non_answer", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.pattern("embroidered"),
        color_of("dupatta", "gold"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Sangria Women Green Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Front view: knee-length straight rust kurta with small off-white block-printed buttis, three-quarter sleeves,
    # round neck with keyhole, off-white leggings, kolhapuris. Cotton. Caption: caption adapter, cut; open:
    # extractive QA; closed: reference engine.
    case(
        "X1383-007",
        caption(
            "The female is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is round. The female wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton"),
        gender="Women",
        title="Biba Women Rust Orange Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Front view: floor-length navy net gown, silver sequins on the bodice, sleeveless, square neck, a bracelet,
    # silver clutch in hand. Caption: caption adapter, looping; open: extractive QA; closed: reference engine.
    case(
        "X1383-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is square. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with", "cut", who="she"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.material("other fabric", "non_answer"),
        Q.sleeve_length("sleeveless"),
        is_a("gown", "yes"),
        gender="Women",
        title="Kalini Women Navy Blue Embellished Net Maxi Gown",
        category="Dresses",
        color="Navy Blue",
    ),
    # Front view: off-white calf-length anarkali, pink floral print on the flare border and bodice buttis,
    # three-quarter sleeves, round neck, pink churidar, pink dupatta over the shoulder. Caption: caption adapter,
    # cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-009",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady also wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction", who="she"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("leggings", "pink"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Aurelia Women Off-White & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Front view: mustard tiered maxi dress, small white and blue floral print, long sleeves with elastic cuffs,
    # v-neck with tassel tie, straw bag in hand, no hat. Viscose rayon per the product page. Caption: caption
    # adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-010",
        caption(
            "This lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a hat.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        describe("dress", "a long-sleeve dress with floral patterns"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Global Desi Women Mustard Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Flat lay on white: black straight kurta with a white geometric print, three-quarter sleeves, round neck; no
    # person, no bottoms. Caption: caption adapter (whole, invents a wearer's leggings and wrist); open: extractive
    # QA; closed: reference engine.
    case(
        "X1383-011",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer", who="she"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("geometric"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Janasya Women Black Geometric Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Front view, hand on hip: sea-green sleeveless straight kurta with a small white floral print, v-neck with lace
    # trim, white leggings, a bracelet. Caption: caption adapter (whole); open: extractive QA; closed: reference
    # engine.
    case(
        "X1383-012",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. It has a v-shape neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction", who="she"),
        Q.sleeve_length("sleeveless"),
        color_of("kurta", "green"),
        color_of("leggings", "white"),
        Q.pattern("floral"),
        title="Vishudh Women Green Floral Printed Sleeveless Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Front view: floor-length maroon velvet gown, gold zari at the neck and cuffs, long sleeves, round neck,
    # choker and bangles. Caption: caption adapter, cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        details("gown", "its neckline is round"),
        Q.garment_type("gown"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("knitted fabric", "contradiction"),
        gender="Women",
        title="Ethnovog Women Maroon Embroidered Velvet Ethnic Gown",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Back view: peach straight kurta with a white print, long sleeves, long braid down her back, white leggings.
    # Caption: caption adapter (whole, calls her a gentleman); open: extractive QA; closed: reference engine.
    case(
        "X1383-014",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", who="she"),
        Q.color("pink", "contradiction"),
        Q.pattern("printed"),
        color_of("leggings", "white"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Libas Women Peach-Coloured Printed Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Front view: royal-blue calf-length anarkali with gold foil print, three-quarter sleeves, v-neck, blue leggings
    # mostly hidden, gold juttis, bangles. Caption: caption adapter (whole); open: extractive QA; closed: reference
    # engine.
    case(
        "X1383-015",
        caption(
            "The upper clothing has medium sleeves, other fabric and graphic patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("", "non_answer", who="she"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("other fabric", "non_answer"),
        gender="Women",
        title="Indo Era Women Blue & Golden Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front view: knee-length olive A-line dress, thread-embroidered yoke, short sleeves, round neck, bare legs,
    # tan sling bag at the hip. Caption: caption adapter, looping; open: extractive QA; closed: reference engine.
    case(
        "X1383-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her waist. The lady wears "
            "a short-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        is_a("dress", "yes"),
        gender="Women",
        title="Sangria Women Olive Green Embroidered A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Olive",
    ),
    # Front view: red and white vertical-striped straight kurta, three-quarter sleeves, mandarin collar, white
    # leggings. Caption: caption adapter, cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-017",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The lady also wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with striped patterns", who="she"),
        details("kurta", "its neckline is standing"),
        color_of("kurta", "red"),
        color_of("leggings", "red", "other_garment_color"),
        Q.pattern("striped"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Juniper Women Red & White Striped Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Front view: lavender floor-length georgette gown, silver thread embroidery on the bodice, sheer long sleeves,
    # v-neck, a necklace. Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory in her neck.",
            hit_limit=True,
        ),
        describe("gown", "a long-sleeve dress with pure color patterns"),
        Q.color("purple"),
        Q.material("chiffon"),
        Q.sleeve_length("long"),
        is_a("gown", "yes"),
        gender="Women",
        title="AHIKA Women Lavender Embroidered Georgette Flared Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Front view: black floor-length anarkali with a multicolour floral print, long sleeves, round neck, a red
    # dupatta over both shoulders, held in one hand. Caption: caption adapter, looping; open: extractive QA;
    # closed: reference engine.
    case(
        "X1383-019",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress with floral patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction", who="she"),
        Q.garment_type("kurta"),
        Q.color("red", "other_garment_color"),
        Q.pattern("floral"),
        color_of("dupatta", "red"),
        gender="Women",
        title="Khushal K Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Front view: teal solid straight kurta, long sleeves with lace at the cuffs, round neck, beige leggings, long
    # hair open. Caption: caption adapter (whole, calls her a gentleman); open: extractive QA; closed: reference
    # engine.
    case(
        "X1383-020",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. His shirt is with cotton fabric and "
            "it has a round neckline. The gentleman wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        describe("kurta", "a long-sleeve shirt with pure color patterns"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        color_of("leggings", "beige"),
        Q.material("cotton"),
        gender="Women",
        title="Tissu Women Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Front view: knee-length flared dress, blue, pink and yellow patchwork print, three-quarter bell sleeves,
    # round neck with tassels, bracelet and ring. Caption: caption adapter, cut; open: extractive QA; closed:
    # reference engine.
    case(
        "X1383-021",
        caption(
            "This lady wears a medium-sleeve dress with color block patterns. The dress is with cotton fabric and "
            "its neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady "
            "also wears a ring. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with color block patterns", who="she"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Biba Women Multicoloured Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Front view: white chikankari-embroidered straight kurta, three-quarter sleeves, round neck, white leggings,
    # silver jhumkas. Caption: caption adapter, cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-022",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady also wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", who="she"),
        Q.pattern("floral"),
        Q.color("white"),
        color_of("leggings", "white"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Front view: red net gown covered in sequins, sheer long sleeves, v-neck, floor length, gold clutch, bangles.
    # Caption: caption adapter, looping; open: extractive QA; closed: reference engine.
    case(
        "X1383-023",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a long-sleeve dress with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", who="she"),
        details("gown", "The dress is with other fabric and its neckline is v-shape"),
        Q.color("red"),
        Q.material("other fabric", "non_answer"),
        Q.pattern("embellished"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Inddus Women Red Sequinned Net Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Front view: hip-length blue kurti with a white floral print, short sleeves, round neck, black leggings.
    # Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-024",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", who="she"),
        Q.garment_type("shirt", "contradiction"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("leggings", "black"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Global Desi Women Blue Floral Printed Kurti",
        category="Kurtis",
        color="Blue",
    ),
    # Front view, mid-twirl: mustard floor-length anarkali, mirror-work embroidery on the yoke, long sleeves, v-neck,
    # pink dupatta, necklace and bangles. Viscose rayon per the product page. Caption: caption adapter, cut; open:
    # extractive QA; closed: reference engine.
    case(
        "X1383-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction", who="she"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        color_of("dupatta", "pink"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Varanga Women Mustard Yellow Mirror Work Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Front view: bottle-green straight kurta with a gold ethnic-motif print, three-quarter sleeves, v-neck, gold
    # lycra leggings. Caption: caption adapter, cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-026",
        caption(
            "The female is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. The female wears a long leggings. The leggings are with knitted fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        Q.color("green"),
        color_of("leggings", "gold"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("printed"),
        gender="Women",
        title="Libas Women Green Ethnic Motifs Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Front view: burgundy satin floor-length gown, solid, short flutter sleeves, v-neck, fabric belt at the waist.
    # Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her waist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        details("gown", "", "non_answer"),
        Q.material("chiffon", "contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("short"),
        is_a("gown", "no", "contradiction"),
        gender="Women",
        title="Kalini Women Burgundy Solid Satin Maxi Gown",
        category="Dresses",
        color="Burgundy",
    ),
    # Front view: pink solid straight kurta, long sleeves, mandarin collar with a buttoned placket, white leggings,
    # a tote bag on her shoulder. Caption: caption adapter, cut (and a lapel she does not have); open: extractive
    # QA; closed: reference engine.
    case(
        "X1383-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "its neckline is lapel", "unsupported"),
        Q.color("pink"),
        color_of("leggings", "white"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        gender="Women",
        title="W Women Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Back view: navy calf-length flared dress with a white floral print, three-quarter sleeves, tie-up dori with
    # tassels at the back, hair open, a bracelet just visible. Cotton. Caption: caption adapter, looping; open:
    # extractive QA; closed: reference engine.
    case(
        "X1383-029",
        caption(
            "The person is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The "
            "dress is of long length. There is an accessory on her wrist. The person is wearing a medium-sleeve "
            "dress with floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        details("dress", "The dress is with cotton fabric"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Women",
        title="Juniper Women Navy Blue Floral Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Front view: purple calf-length sleeveless anarkali with a white block print, round neck, white churidar.
    # Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-030",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction", who="she"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        color_of("leggings", "purple", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women Purple Printed Sleeveless Anarkali Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Front view: cream net gown with gold floral embroidery, floor length, long sleeves, round neck, necklace and
    # bangles. Caption: caption adapter, cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-031",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. The lady also",
            "cut",
            hit_limit=True,
        ),
        describe("gown", "a long-sleeve dress with floral patterns"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.material("other fabric", "non_answer"),
        is_a("gown", "yes"),
        gender="Women",
        title="Inddus Women Cream-Coloured Embroidered Net Gown",
        color="Cream",
    ),
    # Front view: yellow and white gingham-checked straight kurta, three-quarter sleeves, v-neck, white leggings,
    # a watch. Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-032",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and lattice patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("", "non_answer", who="she"),
        Q.pattern("checked"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter"),
        gender="Women",
        title="Janasya Women Yellow Checked Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Front view beside a potted plant (prop): rust maxi dress with a white ethnic-motif print, short puff sleeves,
    # square neck, no hat. Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-033",
        caption(
            "This lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of long length. There is a hat in her head.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns", who="she"),
        details("dress", "its neckline is square"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        Q.pattern("printed"),
        gender="Women",
        title="Anouk Women Rust Orange Ethnic Motifs Printed Maxi Dress",
        category="Ethnic Dresses",
    ),
    # Front view: grey straight kurta with a pink floral print, long sleeves, round neck, plain pink leggings.
    # Caption: caption adapter, cut (and floral leggings); open: extractive QA; closed: reference engine.
    case(
        "X1383-034",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady also wears a long leggings. The leggings are with cotton fabric and floral "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", who="she"),
        color_of("kurta", "grey"),
        color_of("leggings", "grey", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter", "contradiction"),
        Q.material("cotton fabric"),
        gender="Women",
        title="Aurelia Women Grey & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Front view: beige calf-length sleeveless anarkali with a green floral print under a green sleeveless long
    # jacket (sold with it), green leggings. Caption: caption adapter, cut; open: extractive QA; closed: reference
    # engine.
    case(
        "X1383-035",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady also wears an outer clothing. The outer clothing is with cotton fabric and "
            "pure color patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns", "contradiction", who="she"),
        Q.garment_type("kurta"),
        Q.color("green", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        gender="Women",
        title="Biba Women Beige & Green Floral Printed Anarkali Kurta with Jacket",
        category="Kurtas",
        color="Beige",
    ),
    # Front view: gold brocade silk gown, woven motifs, floor length, three-quarter sleeves, round neck, choker.
    # Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-036",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        describe("gown", "The dress", "restated"),
        Q.color("gold"),
        Q.material("other fabric", "non_answer"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("printed", "contradiction"),
        gender="Women",
        title="Ethnovog Women Gold-Toned Woven Design Silk Gown",
        category="Ethnic Dresses",
        color="Gold",
    ),
    # Seated on a wooden stool (prop): magenta straight kurta with gota lace at the hem, three-quarter sleeves,
    # round neck, gold leggings. Caption: caption adapter, looping; open: extractive QA; closed: reference engine.
    case(
        "X1383-037",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady also wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady wears a medium-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt", who="she"),
        Q.color("pink"),
        color_of("leggings", "gold"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Magenta Solid Straight Kurta with Gotta Patti",
        category="Kurtas",
        color="Magenta",
    ),
    # Front view: green knee-length A-line dress with a pink floral print, short sleeves, v-neck, bare legs,
    # sandals. Cotton. Caption: caption adapter (whole, invents leggings); open: extractive QA; closed: reference
    # engine.
    case(
        "X1383-038",
        caption(
            "This lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of medium length. The lady also wears a long leggings.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        title="Indo Era Women Green Floral Printed A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Flat lay: pink anarkali kurta spread out to show the flare, floral print, three-quarter sleeves, round neck;
    # no person. Caption: caption adapter, looping; open: extractive QA; closed: reference engine.
    case(
        "X1383-039",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "medium-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        gender="Women",
        title="Sangria Women Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Front view: black straight kurta with a gold foil print, three-quarter sleeves, round neck, black leggings,
    # bangles. Polyester crepe per the product page. Caption: caption adapter (whole); open: extractive QA; closed:
    # reference engine.
    case(
        "X1383-040",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        describe("kurta", "The upper clothing", "restated"),
        color_of("kurta", "black"),
        color_of("leggings", "black"),
        Q.pattern("printed"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Vishudh Women Black & Gold-Toned Foil Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Front view: peach net gown, embroidered bodice, sheer long sleeves, round neck, floor length, a peach net
    # dupatta draped on the arms, necklace and bangles. Caption: caption adapter, cut; open: extractive QA;
    # closed: reference engine.
    case(
        "X1383-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.color("peach"),
        color_of("dupatta", "peach"),
        Q.material("", "non_answer"),
        Q.sleeve_length("long"),
        is_a("gown", "yes"),
        gender="Women",
        title="Inddus Women Peach-Coloured Embroidered Net Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Front view: lime-green straight kurta with a pink floral print, short sleeves, round neck, pink leggings.
    # Caption: caption adapter, cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-042",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady also wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", who="she"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        color_of("leggings", "pink"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Biba Women Lime Green & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Front view: red bandhani-printed calf-length anarkali, three-quarter sleeves, v-neck with gota trim, white
    # churidar, bangles. Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-043",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer", who="she"),
        Q.pattern("printed"),
        Q.color("red"),
        color_of("leggings", "white"),
        Q.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Red Bandhani Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Front view: teal sleeveless knee-length printed dress under a cream long-sleeved sheer shrug (sold with it).
    # Caption: caption adapter, cut; open: extractive QA; closed: reference engine.
    case(
        "X1383-044",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady also wears an outer clothing. The outer clothing is with chiffon fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", who="she"),
        Q.color("cream", "other_garment_color"),
        color_of("dress", "teal"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="W Women Teal Printed Ethnic Dress with Shrug",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Front view, phone in hand: lavender straight kurta, white thread embroidery at the neck, long sleeves, round
    # neck, white leggings, a ring. Caption: caption adapter (whole); open: extractive QA; closed: reference engine.
    case(
        "X1383-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady also wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. This lady wears a ring.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.color("purple"),
        color_of("leggings", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
]
