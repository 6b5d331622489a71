"""BLIND_1671 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
seventh session. Measured blind at f906685 (the session's second rules): 66/84 failures found (78.6%) and 11/217
correct texts flagged (5.1%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, gowns, ethnic dresses, straight and A-line kurtas
worn over leggings, one kurta set, one kurti and one pair of leggings sold on a model in a kurta. Columns as Myntra
exports them: title, category (the article type: Kurtas, Kurtis, Kurta Sets, Leggings, Ethnic Dresses, Dresses),
color (the base colour) and gender; a few rows lack one of them. Photos are the catalog's usual first image: a model
on a plain white, grey, beige or pink backdrop, the product worn with leggings, churidars, dupattas, jackets; two
flat lays, two back views, a stool and a few bags as props.
Who wrote what: the caption is the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption) on OPT-2.7b, greedy,
50 new tokens; it writes the DeepFashion template (no hue names, "pure color patterns", "medium-sleeve", "There is
an accessory on her wrist") and has no word for kurta. Most captions run to the 50-token limit (hit_limit=True),
some stop early on a newline. The open answers (wearing, description, details, material) are spans the extractive
QA model (mdeberta-v3-base-squad2) picked out of that caption, so they carry its words and its errors; an empty
string is SQuAD2's no-answer. The closed answers (garment_type, color, pattern, sleeve length, "Is this a ...?")
come from the reference engine ranking a closed candidate list on the image.
Labeling conventions and judgement calls: one kind per text, the worst one. A loop beats everything; then a wrong or
invented fact (contradiction, other_garment_color, unsupported, pronoun); a text whose only fault is being cut off
at the limit is cut. A straight or A-line kurta called "dress" or "shirt" is a contradiction (of the title and of
the photo); an anarkali (flared, below the knee) or a gown called "dress" or "gown" is accepted, but "no" to "Is
this a kurta?" for an anarkali kurta is not. "Solid" for a kurta whose body is plain and only the yoke or border is
worked is accepted; "solid" for all-over embroidery is not. Close hues are accepted (maroon for burgundy, yellow
for mustard, purple for lavender, green for teal). A color answer that is the leggings', the dupatta's or the
jacket's is other_garment_color; one taken from a print on a light ground or from the backdrop is contradiction.
"Chiffon" for georgette is accepted; a fabric the title contradicts (cotton for net, silk or rayon, furry for
velvet is borderline and left as it fell) is unsupported; a fabric nothing can check is left unmarked. An invented
person, leggings or belt is unsupported. An answer that is true but partial ("a long leggings" for what the person
wears) is left unmarked. A caption describing "the lady" in a flat lay is unsupported. "Kurta" for a kurta-style
ethnic dress worn over leggings is left unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

W = "Women"

BLIND_1671 = [
    # Truth: maroon calf-length straight kurta, gold zari yoke, 3/4 sleeves, round neck, white leggings, gold bangles,
    # white backdrop. Caption adapter calls the kurta a dress (and is cut); QA span carries "dress"; engine closed.
    case(
        "X1671-001",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        gender=W,
        title="Libas Women Maroon Yoke Design Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: navy A-line knee-length kurta, white floral block print, 3/4 sleeves, mandarin collar, white leggings.
    # Caption stopped early and calls the kurta a shirt; engine picks the white of print and leggings.
    case(
        "X1671-002",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "stand-up neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        D.details("stand-up neckline"),
        Q.material("cotton fabric"),
        is_a("kurta", "yes"),
        gender=W,
        title="Anouk Women Navy Blue & White Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: bottle-green straight kurta, side slits, 3/4 sleeves, V-neck with button placket, black leggings, grey
    # backdrop. Caption loops on two template sentences; QA span from its first sentence.
    case(
        "X1671-003",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of the dress is v-shape. The dress is with cotton fabric. The neckline of the dress is v-shape. "
            "The dress is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        gender=W,
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: mustard cotton straight kurta with small red buttis, 3/4 sleeves, round neck, white leggings, silver
    # jhumkas. Caption (stopped early) says "upper clothing", which is fine; QA picks the leggings for "wearing".
    case(
        "X1671-004",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lady wears a long leggings. There is an accessory in her ear."
        ),
        wearing("a long leggings"),
        Q.color("yellow"),
        Q.pattern("printed"),
        D.details("round neckline"),
        Q.material("cotton fabric"),
        gender=W,
        title="Biba Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: flat lay of a peach kurta with lace hem and matching peach leggings, no person. Caption invents a lady
    # and a wrist accessory; QA span calls the kurta a dress; engine closed answers right.
    case(
        "X1671-005",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        gender=W,
        title="Janasya Women Peach-Coloured Solid Kurta with Leggings",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: off-white cotton straight kurta, indigo floral print, 3/4 sleeves, round keyhole neck, indigo leggings,
    # model holds a tote bag. Caption calls it a shirt; engine answers the leggings' blue.
    case(
        "X1671-006",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a bag in her hand. The lady is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        gender=W,
        title="Aurelia Women Off-White & Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: black straight kurta, gold foil print, 3/4 sleeves, round neck, mustard leggings. Caption stopped
    # early and is right; the engine says long sleeves.
    case(
        "X1671-007",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The lady wears a long "
            "leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        D.details("medium sleeves, cotton fabric and graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton fabric"),
        gender=W,
        title="Vishudh Women Black & Gold-Toned Foil Print Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: teal straight kurta with all-over white thread embroidery, 3/4 sleeves, V-neck, white leggings, cream
    # dupatta over one shoulder. Caption loops on the scarf; QA picks "a scarf" (true, partial).
    case(
        "X1671-008",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a v-shape neckline. The lady wears a scarf. The lady wears a scarf. The lady wears a scarf. The lady "
            "wears a scarf. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a scarf"),
        Q.garment_type("kurta"),
        Q.color("teal"),
        Q.pattern("solid", "contradiction"),
        is_a("kurta", "yes"),
        gender=W,
        title="Indo Era Women Teal Green Embroidered Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Truth: pink A-line kurta, small white geometric print, short sleeves, round neck, white leggings, a bracelet.
    # Caption right but cut; QA finds no span for "wearing"; engine calls the print checked. No gender column.
    case(
        "X1671-009",
        caption(
            "The upper clothing has short sleeves, cotton fabric and lattice patterns. It has a round neckline. The "
            "leggings this lady wears is of long length. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton fabric"),
        title="Rangriti Women Pink Geometric Printed A-Line Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Truth: rust knee-length straight kurta, black paisley print, 3/4 sleeves, notched round neck, black leggings,
    # beige backdrop. Caption (stopped early) calls it a dress; engine gives the leggings' black.
    case(
        "X1671-010",
        caption(
            "This woman is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The "
            "woman wears a long leggings.",
            "contradiction",
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender=W,
        title="Global Desi Women Rust Orange Paisley Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Truth: the product is off-white leggings, shown on a model in a red floral straight kurta over them. Caption
    # and QA describe the kurta (as a dress); the engine answers for the kurta, not the leggings.
    case(
        "X1671-011",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.material("cotton fabric"),
        is_a("pair of leggings", "yes"),
        gender=W,
        title="Go Colors Women Off-White Solid Ankle-Length Leggings",
        category="Leggings",
        color="Off White",
    ),
    # Truth: yellow hip-length kurti, short sleeves, mandarin collar, white leggings. Caption (stopped early) and QA
    # call it a shirt; engine right.
    case(
        "X1671-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand-up neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("kurti"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        D.details("stand-up neckline"),
        gender=W,
        title="Sangria Women Yellow Solid Mandarin Collar Kurti",
        category="Kurtis",
        color="Yellow",
    ),
    # Truth: floor-length maroon georgette anarkali, gold zari yoke, long sleeves, round neck, jhumkas, a ring.
    # Caption runs through accessories, restarts and is cut inside "chiffon"; QA's material span is the stub.
    case(
        "X1671-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. Her dress is of long length. There is an "
            "accessory in her ear. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "long-sleeve dress. The dress is with chif",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("chif", "cut"),
        gender=W,
        title="Anouk Women Maroon & Golden Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: calf-length navy anarkali, multicolour floral print, 3/4 sleeves, V-neck, white churidar. All right.
    case(
        "X1671-014",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings."
        ),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("v-shape neckline"),
        is_a("dress", "no"),
        gender=W,
        title="Biba Women Navy Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: floor-length olive anarkali, gold foil ethnic motifs, sleeveless, round neck, bangles and a ring. Title
    # says rayon; the caption's "cotton" reaches the material answer.
    case(
        "X1671-015",
        caption(
            "This woman is wearing a sleeveless dress with graphic patterns. Her dress is of long length. The dress is "
            "with cotton fabric and its neckline is round. There is an accessory on her wrist. This woman wears a ring "
            "on her finger. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton fabric", "unsupported"),
        gender=W,
        title="Libas Women Green Ethnic Motifs Printed Rayon Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: knee-length pink anarkali, gota lace at hem, 3/4 sleeves, round neck, white leggings, model holds a
    # white dupatta in her hand (not on her neck). Caption loops on the scarf.
    case(
        "X1671-016",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. There is a scarf on her neck. There is a scarf on her neck. There is a scarf on her "
            "neck. There is a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("There is a scarf on her neck", "unsupported"),
        Q.material("cotton fabric"),
        gender=W,
        title="Aurelia Women Pink Solid Anarkali Kurta with Gota Detail",
        category="Kurtas",
        color="Pink",
    ),
    # Truth: ankle-length mustard georgette anarkali, mirror work on the yoke, long sleeves, V-neck, earrings.
    # Caption stopped early, right; engine says "no" to kurta.
    case(
        "X1671-017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. Her dress is of long length. The dress is "
            "with chiffon fabric and it has a v-shape neckline."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon fabric"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="Sangria Women Mustard Yellow Mirror Work Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: calf-length black anarkali, pink-red floral print, 3/4 sleeves, round neck, black leggings. Caption
    # right (stopped early); engine says long sleeves.
    case(
        "X1671-018",
        caption(
            "Her dress has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. This lady "
            "wears a long leggings, with cotton fabric and pure color patterns."
        ),
        wearing("a long leggings"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton fabric"),
        gender=W,
        title="Janasya Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: cobalt knee-length anarkali, white floral print, short sleeves, round neck, white leggings. Caption cut
    # as it starts over; engine gives the white of leggings and print.
    case(
        "X1671-019",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        D.details("its neckline is round"),
        Q.material("cotton fabric"),
        gender=W,
        title="W Women Blue & White Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: floor-length peach net anarkali, sequin and thread embroidery all over the bodice, sheer long sleeves,
    # round neck, statement earrings. Caption says pure color and cotton; QA and engine follow in part.
    case(
        "X1671-020",
        caption(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. Her dress is of long length. There is an accessory in her ear. There is a ring on her "
            "finger. There is a ring on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("gown"),
        Q.color("peach"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Inddus Women Peach-Coloured Embroidered Net Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Truth: calf-length red anarkali, gold yoke, 3/4 sleeves, white churidar, gold dupatta over neck and shoulder.
    # Caption right; engine gives the dupatta's gold.
    case(
        "X1671-021",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. There is "
            "a scarf on her neck."
        ),
        D.description("medium-sleeve dress with pure color patterns"),
        Q.garment_type("kurta"),
        Q.color("gold", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        gender=W,
        title="Varanga Women Red Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Truth: floor-length lavender anarkali, floral print, puff 3/4 sleeves, V-neck, bangles, a ring, sandals not in
    # frame. Caption right but cut. No category column.
    case(
        "X1671-022",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. Her dress is of long length. The dress is with "
            "chiffon fabric and it has a v-shape neckline. There is an accessory on her wrist. The lady wears a ring. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("v-shape neckline"),
        Q.material("chiffon fabric"),
        gender=W,
        title="Ahalyaa Women Lavender Floral Printed Anarkali Kurta",
        color="Lavender",
    ),
    # Truth: back view of a knee-length olive anarkali, tie-up dori with tassels at the back, 3/4 sleeves, white
    # leggings. Caption right (stopped early); QA finds nothing for the details.
    case(
        "X1671-023",
        caption(
            "The person is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "person wears a long leggings."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("", "non_answer"),
        gender=W,
        title="Biba Women Olive Green Printed Anarkali Kurta with Tie-Up Back",
        category="Kurtas",
        color="Olive",
    ),
    # Truth: burgundy velvet floor-length gown, sequinned yoke, long sleeves, round neck, a bracelet, grey backdrop.
    # Caption cut ("furry" for velvet left as it fell); QA's material span meets the title's "Velvet".
    case(
        "X1671-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. Her dress is of long length. The dress is "
            "with furry fabric and it has a round neckline. There is an accessory on her wrist. The lady wears a ring "
            "on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("furry fabric", "unsupported"),
        gender=W,
        title="Sangria Women Burgundy Embellished Velvet Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Truth: teal solid georgette floor-length gown, long sleeves, round neck, a bracelet. Caption (stopped early)
    # makes the model a gentleman; QA's description span keeps "His".
    case(
        "X1671-025",
        caption(
            "This gentleman wears a long-sleeve dress with pure color patterns. His dress is of long length. The dress "
            "is with chiffon fabric.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        D.description("His dress is of long length", "pronoun"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon fabric"),
        gender=W,
        title="Inddus Women Teal Solid Georgette Maxi Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Truth: navy floor-length floral gown, 3/4 sleeves, pink dupatta over the arm. Caption loops on the fabric
    # sentence; QA's material span takes the loop with it; engine gives the dupatta's pink.
    case(
        "X1671-026",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. Her dress is of long length. The dress is with "
            "chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with "
            "chiffon fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("gown"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("chiffon fabric. The dress is with chiffon fabric", "loop"),
        gender=W,
        title="Kalini Women Navy Blue Floral Printed Flared Maxi Gown with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Truth: mustard solid flared gown, short flutter sleeves, V-neck, self-fabric tie belt at the waist, clutch in
    # hand. All right. No gender column.
    case(
        "X1671-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. Her dress is of long length. The dress is "
            "with cotton fabric and it has a v-shape neckline. There is a belt."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        D.details("v-shape neckline"),
        Q.material("cotton fabric"),
        title="Vishudh Women Mustard Yellow Solid Flared Maxi Gown with Belt",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Truth: red silk floor-length gown, gold woven zari border at hem and cuffs, long sleeves, round neck, gold
    # necklace and bangles. Caption says cotton against the title's silk; engine ranks saree first.
    case(
        "X1671-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. Her dress is of long length. The dress is "
            "with cotton fabric and its neckline is round. There is an accessory in her neck. There is an accessory "
            "on her wrist. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("saree", "contradiction"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton fabric", "unsupported"),
        gender=W,
        title="Ethnovogue Women Red & Gold-Toned Woven Design Silk Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Truth: back view of a powder-blue georgette gown, sleeveless, deep back with tie-up. Caption right (stopped
    # early); QA finds no details.
    case(
        "X1671-029",
        caption(
            "The person wears a sleeveless dress with pure color patterns. Her dress is of long length. The dress is "
            "with chiffon fabric."
        ),
        D.description("sleeveless dress with pure color patterns"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        D.details("", "non_answer"),
        gender=W,
        title="Sangria Women Blue Solid Georgette Fit & Flare Maxi Gown",
        category="Dresses",
        color="Blue",
    ),
    # Truth: flat lay of a green cotton maxi gown with pink florals, 3/4 sleeves, round neck; no person, no
    # leggings. Caption invents a lady in leggings; QA's span is true of the gown; engine says long sleeves.
    case(
        "X1671-030",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. Her dress is of long length. The dress is with "
            "cotton fabric and it has a round neckline. The lady wears a long leggings. The leggings are with cotton "
            "fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton fabric"),
        gender=W,
        title="AKS Women Green Floral Printed Pure Cotton Maxi Gown",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Truth: grey sleeveless floor-length gown under a sleeveless long blue printed jacket, bangles. Caption right
    # but cut; engine gives the jacket's blue.
    case(
        "X1671-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. Her dress is of long length. The lady wears a "
            "jacket. The jacket is with cotton fabric and floral patterns. There is an accessory on her wrist. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Rangriti Women Grey Solid Maxi Gown with Printed Ethnic Jacket",
        category="Ethnic Dresses",
        color="Grey",
    ),
    # Truth: sea-green cotton maxi ethnic dress, small white block prints, 3/4 sleeves, round neck with tassels.
    # Caption (stopped early) says "His"; QA answers nothing to "What is she wearing?"; engine says solid.
    case(
        "X1671-032",
        caption(
            "His dress has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. His dress "
            "is of long length.",
            "pronoun",
        ),
        wearing("", "non_answer", who="she"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("The neckline of it is round"),
        Q.material("cotton fabric"),
        gender=W,
        title="Biba Women Sea Green Printed Cotton Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Sea Green",
    ),
    # Truth: black georgette gown, gold sequins on the yoke and cuffs, long sleeves, round neck, a bracelet, gold
    # heels, dark grey backdrop. Caption right but cut.
    case(
        "X1671-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. Her dress is of long length. The dress is "
            "with chiffon fabric and it has a round neckline. There is an accessory on her wrist. The lady wears a "
            "pair of shoes. The shoes are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon fabric"),
        is_a("kurta", "no"),
        gender=W,
        title="Indo Era Women Black Embellished Georgette Gown",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Truth: white georgette chikankari gown (embroidered florals), long sleeves, round neck, a bracelet; model sits
    # on a wooden stool before a pink backdrop. Caption right but cut; engine gives the backdrop's pink.
    case(
        "X1671-034",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. Her dress is of long length. The dress is with "
            "chiffon fabric and its neckline is round. There is an accessory on her wrist. The lady is sitting on a "
            "chair. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.color("pink", "contradiction"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon fabric"),
        gender=W,
        title="Ada Women White Chikankari Embroidered Georgette Gown",
        category="Ethnic Dresses",
        color="White",
    ),
    # Truth: blue cotton A-line midi ethnic dress, white floral print, short sleeves, round neck, sling bag, bare
    # legs. Caption (stopped early) right; the engine ranks kurta over dress.
    case(
        "X1671-035",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is a bag."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton fabric"),
        gender=W,
        title="Libas Women Blue Floral Printed Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Truth: green tiered maxi dress, pink floral border print, sleeveless, V-neck, oxidised necklace and bangles.
    # Caption right but cut; QA's description span is one word.
    case(
        "X1671-036",
        caption(
            "This woman is wearing a sleeveless dress with floral patterns. Her dress is of long length. The dress is "
            "with cotton fabric and it has a v-shape neckline. There is an accessory in her neck. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.description("dress", "non_answer"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        D.details("v-shape neckline"),
        Q.material("cotton fabric"),
        gender=W,
        title="Global Desi Women Green Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Truth: peach knee-length kurta-style ethnic dress, white thread yoke, 3/4 sleeves, mandarin collar, white
    # leggings. Caption right; engine says kurta (left unmarked) and gives the leggings' white.
    case(
        "X1671-037",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand-up neckline. The lady wears a long leggings."
        ),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("dress", "yes"),
        gender=W,
        title="W Women Peach Yoke Design A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Truth: maroon fit-and-flare midi, gold foil print, 3/4 sleeves, V-neck, white backdrop. Caption restarts and
    # loops on its first sentence; engine says long sleeves.
    case(
        "X1671-038",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "v-shape neckline. The lady wears a medium-sleeve dress with graphic patterns. The lady wears a "
            "medium-sleeve dress with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton fabric"),
        gender=W,
        title="Anouk Women Maroon & Gold-Toned Printed Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Truth: mustard-and-white vertical stripes, maxi, short sleeves, round neck, bangles and earrings. Caption
    # right but cut; "white" for a two-colour stripe left unmarked.
    case(
        "X1671-039",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. Her dress is of long length. The dress is with "
            "cotton fabric and its neckline is round. There is an accessory on her wrist. There is an accessory in "
            "her ear. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.description("short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        gender=W,
        title="Juniper Women Mustard Yellow & White Striped Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Truth: navy knee-length A-line dress, ethnic motif print, 3/4 sleeves, round neck, bare legs and white
    # sneakers. Caption invents leggings; QA and engine right.
    case(
        "X1671-040",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("its neckline is round"),
        Q.material("cotton fabric"),
        gender=W,
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed A-Line Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Truth: pink georgette kaftan midi, gold foil print, elbow-length batwing sleeves, V-neck, waist tie. Caption
    # (stopped early) and QA call it a shirt; engine right.
    case(
        "X1671-041",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and it has a "
            "v-shape neckline.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt with graphic patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon fabric"),
        gender=W,
        title="Inddus Women Pink & Golden Printed Georgette Kaftan Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Truth: white cotton maxi dress, sparse small red flowers, sleeveless, square neck, bangles. Caption right but
    # cut; engine takes the print's red. No gender column.
    case(
        "X1671-042",
        caption(
            "This woman is wearing a sleeveless dress with floral patterns. Her dress is of long length. The dress is "
            "with cotton fabric and its neckline is square. There is an accessory on her wrist. This woman wears a "
            "ring. There is an acc",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton fabric"),
        title="Libas Women White & Red Floral Printed Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
    ),
    # Truth: green knee-length flared ethnic dress, printed hem border, 3/4 sleeves, round neck, off-white churidar,
    # multicolour dupatta over the shoulder. Caption right but cut; engine says yes to leggings.
    case(
        "X1671-043",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a scarf on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        is_a("pair of leggings", "yes", "contradiction"),
        gender=W,
        title="Aurelia Women Green Solid Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Truth: yellow angrakha maxi, pink florals, 3/4 sleeves, overlapping V-neck fastened with side tie strings, no
    # belt. Caption (stopped early) adds a belt; the engine takes the flowers' pink.
    case(
        "X1671-044",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. Her dress is of long length. The dress is with "
            "cotton fabric and it has a v-shape neckline. The lady wears a belt.",
            "unsupported",
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("v-shape neckline"),
        gender=W,
        title="Ahalyaa Women Yellow & Pink Floral Printed Angrakha Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: orange silk-blend A-line midi, gold woven border at the hem, short puff sleeves, round neck, bangles,
    # potli bag in hand. Caption says cotton against the title; QA's material follows. No color column.
    case(
        "X1671-045",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. There is a bag in her hand. The lady wears a pair "
            "of sandals. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton fabric", "unsupported"),
        gender=W,
        title="Varanga Women Orange & Gold-Toned Woven Design Silk Blend A-Line Ethnic Dress",
        category="Ethnic Dresses",
    ),
]
