"""BLIND_1285 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions + VQA piece colors): written blind in the
sixty-second session. Measured blind at c5d464a (the session's eighth rules): 74/87 failures found (85.1%) and 10/196
correct texts flagged (5.1%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of sarees, lehenga cholis (blouse, skirt and dupatta sold together), separate
dupattas, readymade saree blouses and ethnic skirts. Catalog shots: a model on a plain grey or beige backdrop wearing
the product with other clothes (a kurta under a dupatta, a saree over a blouse sold alone), a few flat lays and a folded
saree in its box, a back view, a hanger, a clutch or a brass diya as props; three lehengas are girls' sizes. Columns are
the feed's own: title, category (Myntra article type), color (base colour), gender; a few rows lack one of them.
Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2 ... Caption_First_Epoch), 50 new
tokens, greedy. It speaks only the DeepFashion template ("The lady wears a short-sleeve shirt with ... patterns. The
lower clothing is of long length ..."), has no hue words and, with no end token trained, always runs to the limit: most
captions stop mid-sentence, one loops, a few happen to end on a full stop. Every question is answered by the VQA adapter
(Data3_V3_BLIP2_VQA) by free generation, 30 new tokens: the color of each piece the product contains (saree and blouse;
blouse, skirt and dupatta; the dupatta, blouse or skirt alone), plus "What is the person wearing?", "Is this a ...?" and
some of pattern, sleeve length, material and details. Short answers mostly stop by themselves; the long ones loop,
leak the prompt format or are cut.
Labeling conventions and judgement calls: one label per text, the worst thing a reader would object to. The caption
template's own vocabulary is not counted against it (a blouse called a "shirt", a drape called "chiffon", "pure color"
for a plain body with a border, a lehenga skirt as "a long skirt"); a caption cut mid-sentence is "cut" unless it also
claims something plainly false, which then wins (a person, a ring or denim pants on a flat lay is "unsupported", a
leather fabric for a satin saree is "contradiction", "gentleman"/"his" for a woman is "pronoun"). Every caption has
hit_limit=True, also the correct ones that ended on a full stop by chance. Near-hue names are correct (maroon answered
red, mustard yellow, peach or magenta pink, off-white or cream white, lavender or mauve purple, rust orange, sea,
lime or olive green green, turquoise blue);
beige answered white and navy answered black are not. A piece given another piece's color (the blouse answered with
the saree's color, the dupatta with the kurta's) is "other_garment_color"; "dress" for a lehenga, "no" to "Is this a
saree?" on a saree, a material that contradicts the title and a sleeve length the photo contradicts are
"contradiction". A leaked answer is "leak" even when the first word is right. "Is this a dupatta?" answered "no" is a
contradiction. "a saree" to "What is the person wearing?" on a flat lay is accepted. Details that only say the piece is
what it is ("the skirt is long") are "non_answer"; details that give the question back are "restated". An empty
answer is "non_answer".
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
color = BLIND_QUESTIONS.color


def piece(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free-generated color of one piece."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1285 = [
    # Model on grey backdrop: maroon Kanjeevaram saree, wide gold zari border, gold brocade blouse, gold bangles.
    # Caption: epoch-1 caption adapter (cut). Answers: VQA adapter; blouse given the saree's maroon.
    case(
        "X1285-001",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is other and it has pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "maroon"),
        piece("blouse", "maroon", "other_garment_color"),
        wearing("a saree"),
        is_a("saree", "yes"),
        pattern("pure color"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Silk Blend Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Model, plain backdrop: navy georgette saree with pink flowers, pink blouse, no rings (hands visible, bare).
    # Caption: caption adapter invents a ring. Answers: VQA; "chiffon" against the title's georgette.
    case(
        "X1285-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The lower clothing is of long length. The fabric is chiffon and it has floral "
            "patterns. The lady wears a ring on her finger. There is",
            "unsupported",
            hit_limit=True,
        ),
        piece("saree", "navy blue"),
        piece("blouse", "pink"),
        wearing("a blue floral saree with a pink blouse"),
        is_a("saree", "yes"),
        material("chiffon", "contradiction"),
        gender="Women",
        title="Saree mall Navy Blue & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Model: pink semi-stitched lehenga skirt with gold embroidery, pink blouse, sheer pink net dupatta on one
    # shoulder. Caption: caption adapter (cut). Answers: VQA; dupatta loops, lehenga called a dress.
    case(
        "X1285-003",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink"),
        piece(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model holding the pallu out: mustard saree with small green leaf prints all over and a green printed border,
    # sleeveless green blouse. Caption: caption adapter (cut). Answers: VQA; blouse given the saree's yellow,
    # "pure color" for an all-over print.
    case(
        "X1285-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        wearing("a yellow saree"),
        pattern("pure color", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Mustard Yellow & Green Printed Poly Georgette Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Girl of about eight: red ready-to-wear lehenga skirt, gold short-sleeve blouse, red dupatta, thin gold bangle.
    # Caption: caption adapter (cut, adult template). Answers: VQA, all right.
    case(
        "X1285-005",
        caption(
            "The female wears a short-sleeve shirt with other patterns and a long skirt. The shirt is with other "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and other patterns. There is an "
            "accessory on her wrist. The female",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "golden"),
        piece("skirt", "red"),
        piece("dupatta", "red"),
        wearing("she is wearing a red lehenga", who="she"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aks Kids Girls Red & Golden Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Flat lay, no person: teal art silk saree folded, silver zari border, teal blouse piece on top.
    # Caption: caption adapter describes a lady in a long-sleeve shirt. Answers: VQA, right.
    case(
        "X1285-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is other and it has pure color "
            "patterns. The lady wears a ring on her finger. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        piece("saree", "teal"),
        piece("blouse", "teal"),
        wearing("a saree"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Mimosa Teal Art Silk Solid Saree with Zari Border",
        category="Sarees",
        color="Teal",
    ),
    # Model in white kurta and white leggings, red bandhani dupatta with gota patti edge over both shoulders.
    # Caption: caption adapter (describes the kurta, cut). Answers: VQA; dupatta answered with the kurta's white,
    # "no" to "Is this a dupatta?".
    case(
        "X1285-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        piece("dupatta", "white", "other_garment_color"),
        color("red"),
        pattern("polka dot"),
        is_a("dupatta", "no", "contradiction"),
        wearing("a white kurta and a red dupatta"),
        gender="Women",
        title="Dupatta Bazaar Women Red & Gold-Toned Bandhani Dupatta with Gota Patti",
        category="Dupatta",
        color="Red",
    ),
    # Model, dark grey backdrop: black net saree with silver sequins, black sleeveless blouse, cocktail ring.
    # Caption: caption adapter (cut). Answers: VQA; "wearing" loops.
    case(
        "X1285-008",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has other patterns. "
            "The lady wears a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "black"),
        piece("blouse", "black"),
        wearing(
            "black saree with silver sequins and a black blouse with silver sequins and a black saree with silver "
            "sequins and a black blouse with",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        sleeve("sleeveless"),
        gender="Women",
        title="KALINI Black & Silver-Toned Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Model: green lehenga skirt with pink embroidery, pink blouse, pink dupatta over the head and shoulder.
    # Caption: caption adapter (cut). Answers: VQA gives green to every piece.
    case(
        "X1285-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "green", "other_garment_color"),
        piece("skirt", "green"),
        piece("dupatta", "green", "other_garment_color"),
        wearing("a green lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Green & Pink Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Model: off-white Kerala kasavu saree with gold border, red short-sleeve blouse, gold bangles.
    # Caption: caption adapter (cut). Answers: VQA; blouse given the saree's white.
    case(
        "X1285-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        wearing("a white saree with a gold border"),
        is_a("saree", "yes"),
        material("cotton"),
        gender="Women",
        title="Varkala Silk Sarees Off-White & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Flat lay on white: indigo cotton dupatta with white block-printed motifs, tassels; no person.
    # Caption: caption adapter invents a lady in denim pants. Answers: VQA; "denim" against the title's cotton.
    case(
        "X1285-011",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        piece("dupatta", "blue"),
        color("blue and white"),
        pattern("graphic"),
        is_a("dupatta", "yes"),
        material("denim", "contradiction"),
        gender="Women",
        title="Fabindia Women Indigo Printed Cotton Dupatta",
        category="Dupatta",
        color="Navy Blue",
    ),
    # Back view: peach Banarasi saree, pallu with woven floral buttis over the left shoulder, peach blouse with a
    # tie-up dori back, hair in a bun. Caption: caption adapter (cut). Answers: VQA, right.
    case(
        "X1285-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        wearing("a pink saree"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Anouk Peach-Coloured & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Peach",
    ),
    # Girl: yellow printed lehenga skirt, sleeveless pink blouse, pink dupatta, bangles, ring.
    # Caption: caption adapter (cut). Answers: VQA; dupatta given the skirt's yellow.
    case(
        "X1285-013",
        caption(
            "The female wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. The female wears a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        wearing("a yellow and pink lehenga", who="the girl"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Biba Girls Yellow & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Model: mint green organza saree, embellished border, sleeveless mint blouse, ring on the right hand.
    # Caption: caption adapter, hit the limit on a full stop, right. Answers: VQA; "no" to "Is this a saree?".
    case(
        "X1285-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has pure "
            "color patterns. The lady wears a ring on her finger.",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green"),
        wearing("a green saree"),
        is_a("saree", "no", "contradiction"),
        sleeve("sleeveless"),
        gender="Women",
        title="Sangria Green Solid Organza Saree with Embellished Border",
        category="Sarees",
        color="Green",
    ),
    # Model: white cotton crop top, blue flared maxi skirt with small white flowers, silver bracelet.
    # Caption: caption adapter (cut). Answers: VQA; skirt given the top's white.
    case(
        "X1285-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and floral patterns. There is "
            "an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "white", "other_garment_color"),
        color("blue"),
        pattern("floral"),
        is_a("skirt", "yes"),
        wearing("a white t-shirt and a blue skirt"),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Printed Flared Maxi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Model: magenta bandhani art silk saree with gold border, magenta blouse, ring. Caption: caption adapter
    # repeats its ring sentence. Answers: VQA, right.
    case(
        "X1285-016",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The lady wears a ring on her finger. The lady "
            "wears a ring on her finger. The lady wears a ring on her finger. The",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        wearing("a pink saree"),
        pattern("polka dot"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Magenta & Gold-Toned Bandhani Printed Art Silk Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Model seated on a carved chair: maroon velvet lehenga and three-quarter-sleeve blouse, beige net dupatta,
    # bangles, ring. Caption: caption adapter (cut). Answers: VQA; dupatta red, "dress" for the lehenga.
    case(
        "X1285-017",
        caption(
            "The lady wears a long-sleeve shirt with other patterns and a long skirt. The shirt is with other fabric. "
            "It has a V-shape neckline. The skirt is with other fabric and other patterns. There is an accessory on "
            "her wrist. The lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "red", "other_garment_color"),
        wearing("a red dress and a red dupatta", "contradiction"),
        is_a("lehenga", "yes"),
        material("velvet"),
        gender="Women",
        title="Panchhi Maroon Embroidered Velvet Semi-Stitched Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Model: grey silk-blend saree with pink flowers, pink blouse, bangles. Caption: caption adapter (cut).
    # Answers: VQA; blouse given the saree's grey.
    case(
        "X1285-018",
        caption(
            "Her shirt has short sleeves, chiffon fabric and floral patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is chiffon and it has floral patterns. There is an accessory on "
            "her wrist. The lady wears a ring on her finger. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "grey"),
        piece("blouse", "grey", "other_garment_color"),
        wearing("a grey floral saree"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Saree mall Grey & Pink Floral Printed Silk Blend Saree",
        category="Sarees",
        color="Grey",
    ),
    # Model wearing the product, a gold brocade short-sleeve blouse, with a plain black chiffon saree for styling.
    # Caption: caption adapter (cut). Answers: VQA; garment color answered with the saree's black, "he".
    case(
        "X1285-019",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "gold"),
        color("black", "other_garment_color"),
        sleeve("short-sleeve"),
        is_a("blouse", "yes"),
        material("silk"),
        wearing("he is wearing a gold blouse and a black saree", "pronoun", who="she"),
        gender="Women",
        title="Salwar Studio Women Gold-Toned Brocade Readymade Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # Model: red Banarasi saree with gold ethnic motifs woven all over, red blouse. Gender missing in the feed.
    # Caption: caption adapter (cut). Answers: VQA; blouse answer leaks the prompt.
    case(
        "X1285-020",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is other and it has other patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "red"),
        piece(
            "blouse",
            "red Question: What is the color of the blouse? Answer: red Question: What is the color of the blouse? "
            "Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a red saree"),
        is_a("saree", "yes"),
        pattern("graphic"),
        title="Mitera Red & Gold-Toned Ethnic Motifs Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # Model: indigo block-printed cotton lehenga skirt, white short-sleeve short kurti, silver ring.
    # Caption: caption adapter (cut). Answers: VQA, right.
    case(
        "X1285-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with cotton fabric and graphic patterns. The lady wears a "
            "ring on her finger. There is an",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "blue"),
        color("blue"),
        pattern("graphic"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Fabindia Indigo Printed Cotton Lehenga Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Model: rust satin saree with a sheen, sleeveless rust blouse with sequins, bangles. Caption: caption adapter
    # calls the shiny fabric leather. Answers: VQA, right.
    case(
        "X1285-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a V-shape neckline. The lower clothing is of long length. The fabric is leather and it has pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        piece("saree", "orange"),
        piece("blouse", "orange"),
        wearing("an orange saree"),
        is_a("saree", "yes"),
        material("satin"),
        sleeve("sleeveless"),
        gender="Women",
        title="Sangria Rust Orange Solid Satin Saree with Sequinned Blouse",
        category="Sarees",
        color="Rust",
    ),
    # Model in maroon kurta and maroon palazzos, mustard chanderi dupatta with embroidered floral buttis over one
    # shoulder. Caption: caption adapter (cut). Answers: VQA; the closed color gives the kurta's red.
    case(
        "X1285-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        piece("dupatta", "yellow"),
        color("red", "other_garment_color"),
        pattern("floral"),
        is_a("dupatta", "yes"),
        material("cotton"),
        wearing("a red kurta and a yellow scarf"),
        gender="Women",
        title="Sangria Women Mustard Yellow Embroidered Chanderi Dupatta with Tassels",
        category="Dupatta",
        color="Mustard",
    ),
    # Purple Kanjeevaram saree folded in its gift box, gold zari border, purple blouse piece, brass diya beside it;
    # no person. Caption: caption adapter invents a lady with a ring. Answers: VQA, right.
    case(
        "X1285-024",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is other and it has other patterns. "
            "The lady wears a ring on her finger. There",
            "unsupported",
            hit_limit=True,
        ),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        wearing("a purple and gold saree"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Silk Land Purple & Gold-Toned Zari Woven Kanjeevaram Saree",
        category="Sarees",
        color="Purple",
    ),
    # Model: navy sequinned net lehenga, sleeveless navy blouse, navy net dupatta with silver border, bangles.
    # Caption: caption adapter (cut). Answers: VQA; skirt called black (only the photo shows it is navy).
    case(
        "X1285-025",
        caption(
            "The lady wears a sleeveless tank top with other patterns and a long skirt. The tank top is with other "
            "fabric. It has a V-shape neckline. The skirt is with chiffon fabric and other patterns. There is an "
            "accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "blue"),
        piece("skirt", "black", "contradiction"),
        piece("dupatta", "blue"),
        wearing("a blue lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Navy Blue & Silver Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Model: white cotton saree with thin black stripes, plain black blouse, black watch. Caption: caption adapter
    # (cut). Answers: VQA; blouse given the saree's white.
    case(
        "X1285-026",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has striped "
            "patterns. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        wearing("a white and black striped saree"),
        pattern("striped"),
        is_a("saree", "yes"),
        material("cotton"),
        gender="Women",
        title="Inddus White & Black Striped Pure Cotton Saree",
        category="Sarees",
        color="White",
    ),
    # Girl: lavender embroidered lehenga skirt, sleeveless lavender blouse, cream net dupatta, a bangle.
    # Caption: caption adapter (cut). Answers: VQA; dupatta given the lavender of the rest.
    case(
        "X1285-027",
        caption(
            "The female wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with other "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. The female wears a",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "purple"),
        piece("skirt", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        wearing("a purple lehenga", who="the girl"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Ethnovog Girls Lavender Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Model: sea green georgette saree with mirror-work border, sea green blouse, bangles.
    # Caption: caption adapter takes the man's template ("gentleman", "his"). Answers: VQA, right.
    case(
        "X1285-028",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. There is an accessory on his wrist",
            "pronoun",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green"),
        wearing("a green saree"),
        is_a("saree", "yes"),
        material("georgette"),
        gender="Women",
        title="Shaily Sea Green Embellished Georgette Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # Back view: black sequinned sleeveless blouse with deep U back and tasselled dori, worn with a pink chiffon
    # saree. Caption: caption adapter (cut). Answers: VQA; garment color gives the saree's pink, details loop.
    case(
        "X1285-029",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "black"),
        color("pink", "other_garment_color"),
        sleeve("sleeveless"),
        is_a("blouse", "yes"),
        material("sequins"),
        details(
            "blouse",
            "the blouse is black with a black blouse and a black blouse and a black blouse and a black blouse and a "
            "black blouse and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Inddus Black Sequinned Padded Readymade Saree Blouse",
        category="Blouse",
        color="Black",
    ),
    # Model: beige linen-blend saree with brown flowers, brown blouse. Caption: caption adapter (cut).
    # Answers: VQA; the beige saree called white.
    case(
        "X1285-030",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has floral "
            "patterns. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "white", "contradiction"),
        piece("blouse", "brown"),
        wearing("a floral saree"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Florence Beige & Brown Floral Printed Linen Blend Saree",
        category="Sarees",
        color="Beige",
    ),
    # Model: orange leheriya (diagonal stripes) lehenga skirt, magenta blouse, magenta dupatta with gota border,
    # bangles, ring. Caption: caption adapter (cut). Answers: VQA, right.
    case(
        "X1285-031",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a long skirt. The shirt is with chiffon "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and striped patterns. There is an "
            "accessory on her wrist. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "orange"),
        piece("dupatta", "pink"),
        wearing("a pink and orange lehenga"),
        is_a("lehenga", "yes"),
        pattern("striped"),
        gender="Women",
        title="Saree mall Orange & Magenta Leheriya Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Model: cream saree with red paisley print and red border, red blouse, ring. Category missing in the feed.
    # Caption: caption adapter (cut). Answers: VQA; "clothes" says nothing.
    case(
        "X1285-032",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has floral "
            "patterns. The lady wears a ring on her finger. There is an",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "white"),
        piece("blouse", "red"),
        wearing("clothes", "non_answer"),
        is_a("saree", "yes"),
        pattern("paisley"),
        gender="Women",
        title="Satrani Cream & Red Paisley Printed Saree",
        color="Cream",
    ),
    # Green silk-blend dupatta with zari border hung on a wooden hanger against a white wall; no person.
    # Caption: caption adapter invents a lady. Answers: VQA, right.
    case(
        "X1285-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is other and it has pure color "
            "patterns. There is an accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        piece("dupatta", "green"),
        color("green"),
        pattern("pure color"),
        is_a("dupatta", "yes"),
        material("silk"),
        wearing("a green scarf"),
        gender="Women",
        title="Vastramay Women Green Solid Silk Blend Dupatta with Zari Border",
        category="Dupatta",
        color="Green",
    ),
    # Model: lime green Paithani saree with pink pallu and border, pink blouse, bangles. Caption: caption adapter
    # (cut). Answers: VQA; saree color loops.
    case(
        "X1285-034",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is other and it has other patterns. "
            "There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece(
            "saree",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        wearing("a green and pink saree"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Mimosa Lime Green & Pink Art Silk Paithani Saree",
        category="Sarees",
        color="Lime Green",
    ),
    # Model, hand on hip: peach organza lehenga, peach blouse, peach dupatta (all one shade), ring, bangles.
    # Base colour missing in the feed. Caption: caption adapter (cut). Answers: VQA; skirt details say nothing.
    case(
        "X1285-035",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. It has a V-shape neckline. The skirt is with chiffon fabric and floral patterns. The lady wears "
            "a ring on her finger. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink"),
        piece("dupatta", "pink"),
        wearing("a pink lehenga"),
        is_a("lehenga", "yes"),
        details("skirt", "the skirt is long", "non_answer"),
        gender="Women",
        title="KALINI Peach-Coloured Embellished Organza Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
    # Model: royal blue tissue saree with silver embroidered border, silver sequinned short-sleeve blouse, ring.
    # Caption: caption adapter (cut). Answers: VQA; blouse given the saree's blue.
    case(
        "X1285-036",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. The lady wears a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "blue", "other_garment_color"),
        wearing("a blue saree"),
        is_a("saree", "yes"),
        sleeve("short-sleeve"),
        pattern("pure color"),
        gender="Women",
        title="Chhabra 555 Blue Embroidered Tissue Saree",
        category="Sarees",
        color="Blue",
    ),
    # Model: black crepe saree with white polka dots, plain white blouse, bangles. Caption: caption adapter (cut).
    # Answers: VQA; the white blouse given the saree's black and white.
    case(
        "X1285-037",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is chiffon and it has other "
            "patterns. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "black and white"),
        piece("blouse", "black and white", "other_garment_color"),
        wearing("a black and white polka dot saree"),
        pattern("polka dot"),
        is_a("saree", "yes"),
        gender="Women",
        title="Anouk Black & White Polka Dot Printed Crepe Saree",
        category="Sarees",
        color="Black",
    ),
    # Model: off-white lehenga skirt with a green mirror-work hem, green blouse, off-white dupatta, bangles, ring.
    # Caption: caption adapter (cut). Answers: VQA; blouse given the skirt's white.
    case(
        "X1285-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "white", "other_garment_color"),
        piece("skirt", "white"),
        piece("dupatta", "white"),
        wearing("a white lehenga with a green blouse"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Off-White & Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Model: navy cotton saree with mustard ikat motifs and a wide mustard border, mustard blouse, bangles.
    # Caption: caption adapter (cut). Answers: VQA; saree color runs on and is cut.
    case(
        "X1285-039",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has graphic "
            "patterns. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece(
            "saree",
            "dark blue with yellow ikat motifs all over the body and a wide yellow border with small blue triangles "
            "along the edge of the",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "yellow"),
        wearing("a blue saree"),
        pattern("graphic"),
        is_a("saree", "yes"),
        material("cotton"),
        gender="Women",
        title="Kalini Navy Blue & Mustard Ikat Printed Cotton Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Model: maroon printed tiered maxi skirt, black sleeveless top, jute tote bag on the shoulder, bracelet.
    # Caption: caption adapter (cut). Answers: VQA; skirt color given the top's black.
    case(
        "X1285-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "black", "other_garment_color"),
        color("red"),
        pattern("floral"),
        is_a("skirt", "yes"),
        wearing("a black tank top and a red skirt"),
        gender="Women",
        title="Global Desi Women Maroon Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Model: turquoise chiffon saree, sleeveless turquoise blouse, bangles. Caption: caption adapter, hit the limit
    # on a full stop, right. Answers: VQA; sleeve length says short-sleeve for a sleeveless blouse.
    case(
        "X1285-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has pure "
            "color patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "blue"),
        wearing("she is wearing a blue saree", who="she"),
        is_a("saree", "yes"),
        sleeve("short-sleeve", "contradiction"),
        gender="Women",
        title="Satrani Turquoise Blue Solid Poly Chiffon Saree",
        category="Sarees",
        color="Turquoise Blue",
    ),
    # Model, haldi look: yellow lehenga skirt with green gota border, green blouse, yellow dupatta, bangles, ring.
    # Caption: caption adapter (cut). Answers: VQA; dupatta answer leaks the next prompts.
    case(
        "X1285-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "green"),
        piece("skirt", "yellow"),
        piece(
            "dupatta",
            "yellow Question: What is the color of the skirt? Answer: yellow Question: What is the color of the "
            "blouse? Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a yellow lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panchhi Women Yellow & Green Gota Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Model holding a silver clutch: mauve sequinned georgette saree, sleeveless mauve blouse, bangles.
    # Caption: caption adapter (cut). Answers: VQA; "silk" against the title's georgette.
    case(
        "X1285-043",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with chiffon fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has other patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        wearing("a purple saree"),
        is_a("saree", "yes"),
        material("silk", "contradiction"),
        gender="Women",
        title="KALINI Mauve Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Mauve",
    ),
    # Model in white kurta and white salwar, pink phulkari dupatta with yellow, green and orange floral embroidery
    # and a thin gold lace edge; no mirrors, no tassels. Caption: caption adapter (cut). Answers: VQA; the closed
    # color gives the kurta's white, details invent mirrors and tassels and are cut.
    case(
        "X1285-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        piece("dupatta", "pink"),
        color("white", "other_garment_color"),
        pattern("floral"),
        is_a("dupatta", "yes"),
        wearing("a white kurta and a pink dupatta"),
        details(
            "dupatta",
            "the dupatta has embroidery in yellow, green and orange thread with small mirrors and a gold lace border "
            "on both sides and tassels at",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Pink & Gold-Toned Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # Model: olive green saree with rust floral print, rust blouse, bangles. Caption: caption adapter (cut).
    # Answers: VQA; blouse color empty, saree details give the question back.
    case(
        "X1285-045",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is chiffon and it has floral "
            "patterns. There is an accessory on her wrist. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "", "non_answer"),
        wearing("a green saree"),
        is_a("saree", "yes"),
        pattern("floral"),
        details("saree", "the details of the saree", "restated"),
        gender="Women",
        title="Saree mall Olive Green & Rust Floral Printed Saree",
        category="Sarees",
        color="Olive",
    ),
]
