"""BLIND_1453 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions + VQA piece colors): written blind in the
sixty-fifth session. Measured blind at 0c250e6 (the session's first rules): 68/77 failures found (88.3%) and 14/165
correct texts flagged (8.5%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed: sarees (mostly sold with an unstitched blouse piece), lehenga cholis (skirt, blouse
and dupatta), and a few separately sold pieces (saree blouses, dupattas, one flared ethnic skirt). Catalog shots: a
model on a plain studio backdrop wearing the product, often styled with a contrasting blouse or over a plain kurta; two
flat lays of folded silk sarees, two back views, one model holding a potli bag, three girls' lehengas worn by children.
Columns as Myntra has them: title, category (article type), color (base colour), gender; a few rows lack one of them.
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), 50 new
tokens, greedy. It only knows the DeepFashion-MultiModal template, so a saree or a lehenga comes out as a shirt or tank
top and a long skirt (or pants, for a kurta set), with "pure color"/"graphic" patterns and no hue names. As it never
learned to stop, most captions run to the 50-token limit and stop mid-sentence or start repeating a sentence; the few
that end cleanly are short templates. Every answer is the VQA adapter (Data3_V3_BLIP2_VQA), free generation, 30 new
tokens: one color question per visible piece ("What is the color of the saree / blouse / skirt / dupatta / saree border
/ dupatta border?", stored open), plus some of "What is the person wearing?", "Is this a saree?" and the pattern and
sleeve questions. Most color answers are one or two words and correct on a single-colored piece; the adapter's typical
errors are giving one piece the color of the piece next to it (the contrasting blouse, the skirt, the kurta under a
dupatta, the bag in the hand), loops, the next "Question: ... Answer:" leaking in, and a few empty or restated answers.
Labeling conventions and judgement calls: one label per text, the first thing a reader would trip on. A caption cut at
the limit whose content is otherwise right is `cut`; a caption that starts repeating a sentence is `loop`; if a caption
invents something before it is cut (a lady on a flat lay, a hat, a ring that is not there, denim, leather or furry
fabric on silk, velvet or georgette) it gets `unsupported`; "The gentleman" on a woman is `pronoun`. Template vocabulary
is accepted as correct: a blouse called a shirt or tank top, a saree or lehenga skirt called a long skirt, a kurta set
called shirt and pants, "pure color" for a solid piece with small sequins or a plain zari border, "other fabric" for
silk. Sleeves in the caption are judged against the photo (a sleeveless blouse called long-sleeve is a `contradiction`,
as another answer says sleeveless). Colors: hue neighbours are accepted (maroon called red, mustard yellow, teal green
or blue, lavender purple, off white or cream white, magenta pink, rust orange, copper zari gold); a different hue is
wrong: `other_garment_color` when it is the color of another piece in the photo, `contradiction` when it is nobody's
color (peach washed out to "white", sea green called "blue"). A caption that ended on a full stop exactly at the limit
(002, 006, 010, 043) is marked hit_limit; it is judged on what it says, so 002 is left correct. "yes" to "Is this a
lehenga?" on a girls' lehenga set is correct; "a red saree" for a lehenga is `contradiction`. An answer that repeats the
question's words without a color is `restated`; an empty answer or one that says nothing ("the dupatta", "she is
wearing") is `non_answer`.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length


def piece(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free-generation color answer, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1453 = [
    # Model, front: maroon Banarasi saree, gold zari border and gold pallu over the shoulder, matching maroon blouse,
    # gold bangles. Caption: epoch-1 caption adapter, cut at the limit. Answers: VQA adapter, all right.
    case(
        "X1453-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric and its "
            "neckline is round. The skirt this lady wears is of long length. The skirt is with other fabric and "
            "graphic "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "maroon"),
        piece("blouse", "maroon"),
        piece("saree border", "gold"),
        is_a("saree", "yes"),
        wearing("a saree"),
        gender="Women",
        title="Saree mall Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Model, front: pink sequinned net lehenga, sleeveless V-neck pink blouse, pale pink net dupatta over one arm.
    # Caption: epoch-1 caption adapter, ended on a full stop exactly at the limit; right in template words.
    # Answers: VQA adapter, colors right; the wearing answer loops.
    case(
        "X1453-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is V-shape. The skirt this lady wears is of long length. The skirt is with chiffon fabric "
            "and "
            "pure color patterns.",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        wearing(
            "a pink lehenga with a pink dupatta and a pink blouse and a pink dupatta and a pink blouse and a pink "
            "dupatta and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SHUBHKALA Pink Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Flat lay, no model: green Kanjeevaram folded to show body and gold border, the magenta blouse piece folded on
    # top. Caption: epoch-1 caption adapter invents a lady and a ring, cut. Answers: VQA adapter; the blouse piece
    # gets the saree's green.
    case(
        "X1453-003",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with other fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with other fabric and lattice patterns. The lady "
            "wears a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("saree border", "gold"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Green & Gold-Toned Ethnic Motifs Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # Model, front: navy velvet lehenga skirt with gold embroidery, navy elbow-sleeve blouse, peach net dupatta over
    # both shoulders. Caption: epoch-1 caption adapter, repeats its skirt sentence. Answers: VQA adapter; the dupatta
    # gets the navy of the rest, the wearing answer runs on and is cut.
    case(
        "X1453-004",
        caption(
            "The female wears a long-sleeve shirt with graphic patterns. The shirt is with other fabric and its "
            "neckline is round. The female wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "The female wears a long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "navy blue"),
        piece("skirt", "navy blue"),
        piece("dupatta", "navy blue", "other_garment_color"),
        is_a("lehenga", "yes"),
        wearing(
            "a blue lehenga with gold embroidery and a peach dupatta on her shoulders and gold earrings and a gold "
            "necklace and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Fabcartz Navy Blue & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Model, front: plain mustard georgette saree with a thin self border, styled with a black sleeveless blouse.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter, right (the blouse in the photo is black).
    case(
        "X1453-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The skirt this lady wears is of long length. The skirt is with chiffon fabric and "
            "pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "yellow"),
        piece("blouse", "black"),
        is_a("saree", "yes"),
        wearing("a yellow saree and a black blouse"),
        gender="Women",
        title="Sangria Mustard Solid Georgette Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Girl of about eight, front: pink short-sleeve blouse, green flared skirt with a pink embroidered hem, pink net
    # dupatta; no bangles, no jewellery. Caption: epoch-1 caption adapter, invents the wrist accessory. Answers: VQA
    # adapter; the skirt gets the blouse's pink.
    case(
        "X1453-006",
        caption(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. This lady wears a long skirt. The skirt is with cotton fabric and color block patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        wearing("a pink and green lehenga", who="the girl"),
        gender="Girls",
        title="Readiprint Fashions Girls Pink & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model, front: navy chiffon saree with pink floral print, pink pallu, pink blouse, a ring on her right hand.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the saree color loops.
    case(
        "X1453-007",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. The "
            "lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        piece(
            "saree",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("saree border", "pink"),
        pattern("floral"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Navy Blue & Pink Floral Printed Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Model, front: plain white kurta and palazzo, mustard bandhani dupatta with a pink gota border over both
    # shoulders. Caption: epoch-1 caption adapter, describes the kurta set, right. Answers: VQA adapter; the dupatta
    # gets the kurta's white.
    case(
        "X1453-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        piece("dupatta", "white", "other_garment_color"),
        piece("dupatta border", "pink"),
        is_a("dupatta", "yes"),
        wearing("a white kurta and a yellow dupatta"),
        gender="Women",
        title="Dupatta Bazaar Mustard Yellow & Pink Bandhani Dupatta with Gotta Patti",
        category="Dupatta",
        color="Mustard",
    ),
    # Back view: long-haired model in a black sequinned net saree, black backless blouse with tie-up dori.
    # Caption: epoch-1 caption adapter calls her a gentleman, cut. Answers: VQA adapter, right.
    case(
        "X1453-009",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and "
            "its neckline is suspenders. The pants this gentleman wears is of long length. The pants are with other "
            "fabric and pure color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        piece("saree", "black"),
        piece("blouse", "black"),
        is_a("saree", "yes"),
        wearing("a black saree"),
        gender="Women",
        title="Anouk Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Model, bridal look: maroon embroidered lehenga and blouse, gold tissue dupatta over her head, gold jewellery,
    # bindi. Caption: epoch-1 caption adapter, ends on "hat." at the limit: the dupatta is no hat. Answers: VQA
    # adapter; the wearing answer runs on and is cut.
    case(
        "X1453-010",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with other fabric and its neckline "
            "is V-shape. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. The lady "
            "wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "gold"),
        is_a("lehenga", "yes"),
        wearing(
            "a red and gold lehenga with a gold dupatta on her head and gold jewellery on her neck and a red bindi on "
            "her forehead and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Panchhi Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Model, front: teal art silk saree with copper zari border, copper-brown blouse, bangles. Caption: epoch-1 caption
    # adapter, cut. Answers: VQA adapter; the blouse gets the saree's green.
    case(
        "X1453-011",
        caption(
            "The woman wears a short-sleeve shirt with lattice patterns. The shirt is with other fabric and its "
            "neckline is round. This woman wears a long skirt. The skirt is with other fabric and lattice patterns. "
            "There is an accessory on her wrist. This woman",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("saree border", "gold"),
        is_a("saree", "yes"),
        wearing("a green saree"),
        gender="Women",
        title="Ishin Teal Woven Design Zari Art Silk Saree",
        category="Sarees",
        color="Teal",
    ),
    # Model, front: gold sequinned padded short-sleeve V-neck blouse, styled with a plain black chiffon saree.
    # Caption: epoch-1 caption adapter, short template, right. Answers: VQA adapter, right.
    case(
        "X1453-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is V-shape. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns."
        ),
        piece("blouse", "gold"),
        sleeves("short sleeve"),
        is_a("blouse", "yes"),
        wearing("a gold blouse and a black saree"),
        gender="Women",
        title="Studio Shringaar Women Gold-Toned Sequinned Padded Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # Model, front: lime green lehenga skirt, pink sleeveless blouse, pink dupatta over one shoulder.
    # Caption: epoch-1 caption adapter, loops on the fabric sentence. Answers: VQA adapter; the dupatta gets the
    # skirt's green.
    case(
        "X1453-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "tank top is with chiffon fabric. The tank top is with chiffon fabric. The tank top is with chiffon "
            "fabric. "
            "The tank top is",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Lime Green & Pink Embroidered Made to Measure Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Model, front: red bandhani saree with a gold border, matching red blouse, bangles, a ring.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the border color loops.
    case(
        "X1453-014",
        caption(
            "Her shirt has short sleeves, other fabric and graphic patterns. It has a round neckline. The skirt this "
            "lady wears is of long length. The skirt is with other fabric and graphic patterns. There is an accessory "
            "on her wrist. The lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "red"),
        piece("blouse", "red"),
        piece(
            "saree border",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        wearing("a red saree"),
        gender="Women",
        title="Saree mall Red & Gold-Toned Bandhani Printed Saree",
        category="Sarees",
        color="Red",
    ),
    # Model in a cream kurta set holding a pink organza dupatta spread behind her; gold zari border; bangles.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the border question is only restated.
    case(
        "X1453-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        piece("dupatta", "pink"),
        piece("dupatta border", "the dupatta border is the border of the dupatta", "restated"),
        is_a("dupatta", "yes"),
        wearing("a white dress and a pink shawl"),
        gender="Women",
        title="Mitera Pink Ethnic Motifs Woven Design Zari Organza Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # Model, front: purple sequinned lehenga, purple sleeveless V-neck blouse, purple net dupatta.
    # Caption: epoch-1 caption adapter, short template, right. Answers: VQA adapter, right.
    case(
        "X1453-016",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with chiffon fabric and its "
            "neckline is V-shape. The skirt this lady wears is of long length. The skirt is with chiffon fabric and "
            "graphic patterns."
        ),
        piece("blouse", "purple"),
        piece("skirt", "purple"),
        piece("dupatta", "purple"),
        is_a("lehenga", "yes"),
        wearing("a purple lehenga"),
        gender="Women",
        title="Warthy Ent Purple Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Model, front, bright studio light: pale peach saree with gold embellished border, gold short-sleeve blouse,
    # bangles, no bag. Caption: epoch-1 caption adapter, right. Answers: VQA adapter; the washed-out peach is called
    # white; a handbag is invented.
    case(
        "X1453-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an accessory on "
            "her wrist."
        ),
        piece("saree", "white", "contradiction"),
        piece("blouse", "gold"),
        piece("saree border", "gold"),
        is_a("saree", "yes"),
        wearing("a saree and a gold handbag", "unsupported"),
        gender="Women",
        title="Satrani Peach-Coloured & Gold-Toned Embellished Saree",
        category="Sarees",
        color="Peach",
    ),
    # Model, front: red flared maxi ethnic skirt with green floral print, white sleeveless crop top.
    # Caption: epoch-1 caption adapter, right. Answers: VQA adapter, right.
    case(
        "X1453-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The skirt this lady wears is of long length. The skirt is with cotton fabric and "
            "floral patterns."
        ),
        piece("skirt", "red"),
        pattern("floral"),
        is_a("skirt", "yes"),
        wearing("a white top and a red skirt"),
        gender="Women",
        title="Studio Rasa Women Red & Green Printed Flared Maxi Ethnic Skirt",
        category="Skirts",
        color="Red",
    ),
    # Model, front: mustard printed lehenga skirt, maroon short-sleeve blouse, maroon dupatta with mustard border.
    # Caption: epoch-1 caption adapter, cut as it starts over. Answers: VQA adapter; the blouse gets the skirt's
    # yellow, while the wearing answer has it right.
    case(
        "X1453-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The skirt this lady wears is of long length. The skirt is with cotton fabric and "
            "floral "
            "patterns. The lady wears a long skirt. The",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "yellow", "other_garment_color"),
        piece("skirt", "yellow"),
        piece("dupatta", "maroon"),
        wearing("a yellow lehenga and a maroon blouse"),
        gender="Women",
        title="Kalini Mustard & Maroon Printed Ready to Wear Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Model, front: navy Kanjeevaram silk saree with mustard-gold zari border, navy elbow-sleeve blouse with gold trim,
    # bangles. Caption: epoch-1 caption adapter, invents denim, cut. Answers: VQA adapter; the border answer runs into
    # the next prompt.
    case(
        "X1453-020",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with denim fabric and its neckline "
            "is round. The lady wears a long skirt. The skirt is with denim fabric and lattice patterns. There is an "
            "accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "blue"),
        piece(
            "saree border",
            "gold Question: What is the color of the saree border? Answer: gold Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Mimosa Navy Blue Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Model, front, holding a gold potli bag: red thread-work lehenga, red blouse, red net dupatta with a thin red
    # border. Caption: epoch-1 caption adapter, right. Answers: VQA adapter; the dupatta gets the bag's gold.
    case(
        "X1453-021",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. The lady wears "
            "a long skirt. The skirt is with other fabric and graphic patterns. There is an accessory in her hand."
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "gold", "other_garment_color"),
        is_a("lehenga", "yes"),
        wearing("a red lehenga and a gold bag"),
        gender="Women",
        title="Mitera Red Embroidered Thread Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Model, front: off-white pure cotton saree with a broad red woven border, red short-sleeve blouse.
    # Caption: epoch-1 caption adapter, short template, right. Answers: VQA adapter, right.
    case(
        "X1453-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        piece("saree", "white"),
        piece("blouse", "red"),
        piece("saree border", "red"),
        is_a("saree", "yes"),
        wearing("a white saree with a red border"),
        gender="Women",
        title="Tikhi Imli Off White & Red Woven Design Pure Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Model, front: peach net lehenga with silver embroidery, peach sleeveless blouse, silver-grey net dupatta.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the dupatta loops. The feed row has no gender.
    case(
        "X1453-023",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. "
            "The lady wears a long skirt with chiffon",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "peach"),
        piece("skirt", "peach"),
        piece(
            "dupatta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Inddus Peach-Coloured & Silver-Toned Embroidered Net Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Model, front: magenta georgette saree with sequins, gold short-sleeve blouse, bangles. Caption: epoch-1 caption
    # adapter, cut. Answers: VQA adapter; the blouse gets the saree's pink, and "no" to the saree question.
    case(
        "X1453-024",
        caption(
            "This woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with other fabric and "
            "it has a V-shape neckline. This woman wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        is_a("saree", "no", "contradiction"),
        wearing("she is wearing a pink saree and a gold blouse"),
        gender="Women",
        title="Rajnandini Magenta & Gold-Toned Embellished Sequinned Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Girl of about six, front: yellow sleeveless blouse, royal blue skirt with a yellow hem, yellow dupatta, bangles.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; "he" for the girl.
    case(
        "X1453-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and color block patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "yellow"),
        piece("skirt", "blue"),
        piece("dupatta", "yellow"),
        wearing("he is wearing a yellow and blue lehenga", "pronoun", who="she"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Blue Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Flat lay, no model: green pure silk saree folded, pink border with a thin gold zari edge and part of the pink
    # pallu showing, the pink blouse piece folded beside it. Caption: epoch-1 caption adapter, a lady and a loop.
    # Answers: VQA adapter; the border answer loops.
    case(
        "X1453-026",
        caption(
            "The lady wears a long-sleeve shirt with color block patterns. The shirt is with other fabric and color "
            "block patterns. The shirt is with other fabric and color block patterns. The shirt is with other fabric "
            "and color block patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "pink"),
        piece(
            "saree border",
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Pothys Women Green & Pink Pure Silk Saree",
        category="Sarees",
        color="Green",
    ),
    # Model, front: royal blue printed lehenga skirt, pink short-sleeve blouse, pink dupatta with a blue border.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the blouse gets the skirt's blue, the dupatta
    # loops on its border.
    case(
        "X1453-027",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The skirt this lady wears is of long length. The skirt is with chiffon fabric and "
            "floral patterns. Her skirt is long and the",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "blue", "other_garment_color"),
        piece("skirt", "blue"),
        piece(
            "dupatta",
            "pink with blue border and blue border and blue border and blue border and blue border and blue border and "
            "blue border and",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        wearing("a pink top and a blue skirt"),
        gender="Women",
        title="SHUBHKALA Blue & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Model, front: grey chiffon saree with pink flowers, grey sleeveless blouse, no sunglasses, no bag.
    # Caption: epoch-1 caption adapter, right. Answers: VQA adapter; sunglasses invented. No category in the row.
    case(
        "X1453-028",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        piece("saree", "grey"),
        piece("blouse", "grey"),
        pattern("floral"),
        is_a("saree", "yes"),
        wearing("a grey saree and sunglasses", "unsupported"),
        gender="Women",
        title="Kalini Grey & Pink Floral Printed Saree",
        color="Grey",
    ),
    # Model, front: black sequinned georgette lehenga and blouse, gold net dupatta over one shoulder, bangles.
    # Caption: epoch-1 caption adapter, invents leather. Answers: VQA adapter; the dupatta gets the black.
    case(
        "X1453-029",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with leather fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with leather fabric and graphic patterns. "
            "There is an accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        piece("blouse", "black"),
        piece("skirt", "black"),
        piece("dupatta", "black", "other_garment_color"),
        wearing("a black and gold lehenga"),
        gender="Women",
        title="Fabcartz Women Black & Gold-Toned Sequinned Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Model, front: rust chiffon saree with a gold embroidered border, dark green sleeveless blouse.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the blouse gets the saree's orange, the border
    # answer is empty.
    case(
        "X1453-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. The skirt this lady wears is of long length. The skirt is with chiffon fabric and "
            "pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        piece("saree border", "", "non_answer"),
        wearing("an orange saree"),
        gender="Women",
        title="Sangria Rust Orange Solid Saree with Embroidered Border",
        category="Sarees",
        color="Rust",
    ),
    # Model, front: white kurta and churidar, sea green printed dupatta with gold motifs and border over the neck.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; sea green called blue.
    case(
        "X1453-031",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There "
            "is an accessory on her neck and",
            "cut",
            hit_limit=True,
        ),
        piece("dupatta", "blue", "contradiction"),
        piece("dupatta border", "gold"),
        is_a("dupatta", "yes"),
        wearing("a white kurta and a green dupatta"),
        gender="Women",
        title="Anouk Sea Green & Gold-Toned Ethnic Motifs Printed Dupatta",
        category="Dupatta",
        color="Sea Green",
    ),
    # Model, front: beige lehenga with gold sequins, beige long-sleeve blouse, gold tissue dupatta, bangles.
    # Caption: epoch-1 caption adapter, loops on the accessory sentence. Answers: VQA adapter; the yes/no loops.
    case(
        "X1453-032",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with other fabric. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "cream"),
        piece("skirt", "cream"),
        piece("dupatta", "gold"),
        is_a(
            "lehenga",
            "yes lehenga yes lehenga yes lehenga yes lehenga yes lehenga yes lehenga yes lehenga yes lehenga yes "
            "lehenga yes lehenga",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mitera Beige & Gold-Toned Embroidered Sequinned Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Beige",
    ),
    # Model, front: purple Paithani saree, orange and gold peacock pallu and border, purple blouse, one gold necklace, a
    # ring. Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the wearing answer loops on the jewellery.
    case(
        "X1453-033",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "There is a "
            "ring on her finger. The lady wears",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        piece("saree border", "orange"),
        wearing(
            "a purple saree with a gold border and a gold necklace and a gold necklace and a gold necklace and a gold "
            "necklace and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree mall Purple & Orange Woven Design Paithani Saree",
        category="Sarees",
        color="Purple",
    ),
    # Model, front: bottle green embroidered lehenga, green sleeveless blouse, green dupatta.
    # Caption: epoch-1 caption adapter, says long-sleeve. Answers: VQA adapter; the dupatta loops.
    case(
        "X1453-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is V-shape. The lady wears a long skirt. The skirt is with other fabric and graphic patterns.",
            "contradiction",
        ),
        piece("blouse", "green"),
        piece("skirt", "green"),
        piece(
            "dupatta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        sleeves("sleeveless"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Juniper Women Green Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Model, front: lavender organza saree with a silver embellished border, lavender sleeveless blouse.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the border answer runs into the next prompt.
    case(
        "X1453-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        piece(
            "saree border",
            "silver Question: What is the color of the saree? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Lavender Embellished Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # Model, front: teal blue lehenga skirt, pink short-sleeve blouse, teal dupatta with a pink border.
    # Caption: epoch-1 caption adapter, short, right. Answers: VQA adapter; the dupatta answer says nothing. The row
    # has no gender.
    case(
        "X1453-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and graphic patterns."
        ),
        piece("blouse", "pink"),
        piece("skirt", "blue"),
        piece("dupatta", "the dupatta", "non_answer"),
        is_a("lehenga", "yes"),
        wearing("a lehenga"),
        title="Panchhi Teal Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Model, front: black saree with a broad red border, red short-sleeve blouse, bangles.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the blouse gets the saree's black.
    case(
        "X1453-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and color block patterns. "
            "There is an accessory on her wrist and",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "black"),
        piece("blouse", "black", "other_garment_color"),
        piece("saree border", "red"),
        wearing("a black saree and red blouse"),
        gender="Women",
        title="Ishin Black & Red Woven Design Saree",
        category="Sarees",
        color="Black",
    ),
    # Back view: maroon short-sleeve readymade blouse with tie-up dori and tassels, worn with a beige saree.
    # Caption: epoch-1 caption adapter, short, right. Answers: VQA adapter; the wearing answer leaks the next prompt.
    case(
        "X1453-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        piece("blouse", "red"),
        sleeves("short sleeve"),
        is_a("blouse", "yes"),
        wearing(
            "a red blouse Question: What is the color of the blouse? Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Salwar Studio Women Maroon Solid Readymade Saree Blouse",
        category="Blouse",
        color="Maroon",
    ),
    # Model, front: coral pink lehenga, coral sleeveless square-neck blouse, coral net dupatta, bangles.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the blouse question restated.
    case(
        "X1453-039",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric and its "
            "neckline is square. The skirt this lady wears is of long length. The skirt is with other fabric and "
            "graphic patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "the color of the blouse", "restated"),
        piece("skirt", "pink"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kalki Fashion Coral Pink Embroidered Ready to Wear Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Coral",
    ),
    # Model, front: olive satin saree with a sequinned border, black sleeveless blouse, no belt.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; a belt is invented.
    case(
        "X1453-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "black"),
        is_a("saree", "yes"),
        wearing("a green saree and a black blouse with a black belt", "unsupported"),
        gender="Women",
        title="Anouk Olive Green Solid Saree with Sequinned Border",
        category="Sarees",
        color="Olive",
    ),
    # Girl of about ten, front: pink embroidered lehenga, pink short-sleeve blouse, gold net dupatta.
    # Caption: epoch-1 caption adapter, cut as it starts over. Answers: VQA adapter; "no" to the lehenga question.
    case(
        "X1453-041",
        caption(
            "This lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric and its "
            "neckline is round. This lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "This "
            "lady wears a long skirt. This",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink"),
        piece("dupatta", "gold"),
        is_a("lehenga", "no", "contradiction"),
        wearing("a pink lehenga", who="the girl"),
        gender="Girls",
        title="Aarika Girls Pink & Gold-Toned Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model, front: indigo dabu-printed cotton saree with white motifs, white short-sleeve blouse, silver bangles.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the saree color loops, the wearing answer is cut.
    # The row has no base colour.
    case(
        "X1453-042",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece(
            "saree",
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue and "
            "white",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "white"),
        is_a("saree", "yes"),
        wearing(
            "a blue saree with white flowers and a white blouse with blue flowers on the sleeves and a blue border on "
            "the pallu and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree mall Blue & White Dabu Printed Pure Cotton Saree",
        category="Sarees",
    ),
    # Model, front: wine velvet lehenga skirt, wine long-sleeve velvet blouse, pink net dupatta, bangles.
    # Caption: epoch-1 caption adapter, velvet comes out furry. Answers: VQA adapter; a saree for a lehenga.
    case(
        "X1453-043",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with furry fabric and its neckline "
            "is round. The lady wears a long skirt. The skirt is with furry fabric and graphic patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "pink"),
        wearing("a red saree", "contradiction"),
        gender="Women",
        title="Ethnic Junction Wine Embroidered Velvet Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Model, front: pink and green leheriya-striped chiffon saree, plain green sleeveless blouse.
    # Caption: epoch-1 caption adapter, short, right. Answers: VQA adapter; the wearing answer stops after the verb.
    case(
        "X1453-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and striped patterns."
        ),
        piece("saree", "pink"),
        piece("blouse", "green"),
        pattern("striped"),
        is_a("saree", "yes"),
        wearing("she is wearing", "non_answer"),
        gender="Women",
        title="KALINI Pink & Green Leheriya Printed Saree",
        category="Sarees",
        color="Pink",
    ),
    # Model, front: yellow long-sleeve anarkali, red bandhani dupatta with gold gota border over both shoulders,
    # bangles.
    # Caption: epoch-1 caption adapter, cut. Answers: VQA adapter; the dupatta gets the anarkali's yellow.
    case(
        "X1453-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long dress. The dress is with other fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        piece("dupatta", "yellow", "other_garment_color"),
        piece("dupatta border", "gold"),
        is_a("dupatta", "yes"),
        wearing("a yellow dress and a red dupatta"),
        gender="Women",
        title="Mitera Red Bandhani Printed Dupatta with Gotta Patti Border",
        category="Dupatta",
        color="Red",
    ),
]
