"""BLIND_1525 (45 products; Myntra sarees and lehenga cholis by piece): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 71/88 failures found (80.7%) and 14/177 correct texts flagged
(7.9%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed: sarees (with their blouse), lehenga choli sets (blouse, skirt, dupatta), and a
few single pieces sold on their own (dupattas, lehenga/maxi skirts, readymade saree blouses). Columns as the feed has
them: title (productDisplayName), category (articleType: Sarees, Lehenga Choli, Dupatta, Skirts, Saree Blouse), color
(baseColour), gender (Women, Girls); one product has no gender and one no category. Photos are the usual catalog
shots: a model on a plain studio backdrop, the product worn with other clothes (a black crop top with a skirt, a white
kurta with a dupatta, a saree not for sale with a blouse), a few flat lays (dupattas, a skirt, a lehenga set's three
pieces, a blouse on a hanger), two back views, props now and then (clutch, basket, stool, door, flower arch).
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
with 50 new tokens; it writes the DeepFashion template (no hue names, patterns as "pure color/floral/graphic/other",
fabrics as "cotton/chiffon/silk/denim/furry/other"), twice with a base-model opening sentence before the template.
Every question is answered by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens: the color of
each piece (stored open, free generation), and per product some of: what the person is wearing, "Is this a ...?",
the pattern, sleeve length, material, type, the border's color, a description or the details.
Labeling conventions and judgement calls: one label per text, the one that misleads most; "cut" is only used when the
content before the cut is right. A caption that runs to 50 tokens but stops at a sentence end is hit_limit and
unmarked when what it says is right. The caption template has no word for saree, lehenga or dupatta: I leave
"long skirt" for a saree's drape and "shirt"/"tank top" for a blouse unmarked, and "chiffon" for georgette/net;
but "dress" answered for a saree or a lehenga set is a contradiction of the title, and so are "trousers" and
"pure color" for a printed piece. A caption that puts a lady and her shirt into a flat lay with no person is
unsupported; a question answer describing the laid-out pieces is not. An invented accessory (hat, ring, belt) is
unsupported; bangles or a watch that are in the photo make "accessory on her wrist" right. Close shades I accept:
magenta as pink, lavender as purple, teal as blue, rust as orange, copper zari as gold, burgundy velvet as maroon;
peach as pink, beige as white and burgundy as purple I mark (a shopper would call them another color). A piece's
color answered with the color of another piece in the same photo is other_garment_color; a color no piece has, or
a wrong pattern, sleeve, material or type, is contradiction. A loop that also hits the limit is labeled loop; a
`Question: ... Answer:` continuation is leak even when its first word was right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

BLIND_1525 = [
    # Model on a grey backdrop, maroon Banarasi saree with gold zari border, pallu over the left shoulder, plain
    # maroon short-sleeve blouse, jhumkas and gold bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1525-001",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has"
            " a round neckline. The lady wears a long skirt. The skirt is with silk fabric and other patterns. There"
            " is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        is_a("saree", "yes"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="Saree Mall Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Model in a pink flared lehenga skirt with gold embroidery, gold-toned short-sleeve blouse, sheer pink net
    # dupatta with gold border over one shoulder, bangles on both wrists. Caption: caption adapter (ran to 50 tokens,
    # stopped on a period); answers: VQA adapter.
    case(
        "X1525-002",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric. It has a round"
            " neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is an"
            " accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mitera Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model on a light grey backdrop, green saree with a small pink floral-motif print and pink border, pink
    # elbow-sleeve blouse. Caption: caption adapter (calls the printed drape pure color); answers: VQA adapter.
    case(
        "X1525-003",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It"
            " has a round neckline. The female wears a long skirt. The skirt is with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        color_of(
            "saree",
            "green and pink green and pink green and pink green and pink green and pink green and pink green and pink"
            " green and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("saree", "yes"),
        wearing("saree"),
        gender="Women",
        title="Kalini Green & Pink Ethnic Motifs Printed Saree",
        category="Sarees",
        color="Green",
    ),
    # A girl of about eight on a white backdrop: maroon lehenga skirt with gold embroidered hem, sleeveless maroon
    # blouse with a gold sequin yoke, gold tissue dupatta round her neck. Caption: caption adapter (template loops);
    # answers: VQA adapter.
    case(
        "X1525-004",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with other fabric and other patterns. The"
            " skirt is with other fabric and other patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        wearing("dress", "contradiction", who="the girl"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aarika Girls Maroon & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Model on a cream backdrop, navy blue Banarasi saree with gold woven florals and gold border, navy short-sleeve
    # blouse, holding a small gold potli bag. Caption: caption adapter; answers: VQA adapter. All right.
    case(
        "X1525-005",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with other fabric. It has a"
            " v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and floral patterns."
        ),
        color_of("saree", "navy blue", kind="open"),
        color_of("blouse", "navy", kind="open"),
        color_of("border", "gold", kind="open"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.material("silk"),
        gender="Women",
        title="Saree Mall Navy Blue & Gold-Toned Floral Woven Design Banarasi Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Model in a peach lehenga skirt with tonal thread embroidery, mint green short-sleeve blouse, peach net dupatta
    # with a green border, bangles. Caption: caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1525-006",
        caption(
            "The female wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The female wears a long skirt. The skirt is with chiffon fabric and floral patterns."
            " There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        color_of(
            "dupatta",
            "peach and green and peach and green and peach and green and peach and green and peach and green and"
            " peach and green and peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("skirt and blouse"),
        gender="Women",
        title="Inddus Peach-Coloured & Green Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Model on a white backdrop, mustard yellow georgette saree with a small black dot print, sleeveless black
    # blouse. Caption: caption adapter (a man for a woman); answers: VQA adapter.
    case(
        "X1525-007",
        caption(
            "The gentleman is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon"
            " fabric. It has a round neckline. The gentleman wears a long skirt. The skirt is with chiffon fabric and"
            " other patterns.",
            "pronoun",
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "black", kind="open"),
        BLIND_QUESTIONS.pattern("floral", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Sangria Women Mustard Yellow Printed Georgette Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Model holding the dupatta out to her side: red lehenga skirt covered in gold sequins, red short-sleeve blouse,
    # red net dupatta with a gold lace border. Caption: caption adapter (a base-model sentence, then the template, cut);
    # answers: VQA adapter.
    case(
        "X1525-008",
        caption(
            "a woman in a red lehenga posing for a picture. The lady wears a short-sleeve shirt with other patterns."
            " The shirt is with other fabric. It has a v-shape neckline. The lady wears a long skirt. The skirt is",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        color_of(
            "skirt",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        gender="Women",
        title="Fabcartz Red & Gold-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Model on a white backdrop, plain teal chiffon saree with a thin silver lace border, sleeveless silver-grey
    # blouse. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1525-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It"
            " has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns."
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of(
            "border",
            "silver Question: What is the color of the blouse? Answer: silver Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("chiffon"),
        is_a("saree", "yes"),
        gender="Women",
        title="KASEE Teal Solid Chiffon Saree with Lace Border",
        category="Sarees",
        color="Teal",
    ),
    # Flat lay on a white floor, no person: green silk lehenga skirt spread in a half circle, pink unstitched blouse
    # fabric folded beside it, pink dupatta folded on top. Caption: caption adapter (puts a lady in the shot); answers:
    # VQA adapter.
    case(
        "X1525-010",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with other fabric and floral patterns.",
            "unsupported",
        ),
        wearing("a green skirt and a pink blouse"),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Warthy Ent Green & Pink Embroidered Semi-Stitched Lehenga & Unstitched Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Model on a beige backdrop, off-white cotton saree with small red checks and a red border, the checked pallu
    # across her chest, red elbow-sleeve blouse, red glass bangles. Caption: caption adapter (ran to the limit on a
    # period); answers: VQA adapter. All right.
    case(
        "X1525-011",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns. There"
            " is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("border", "red", kind="open"),
        BLIND_QUESTIONS.pattern("lattice"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Women",
        title="Satrani Off White & Red Checked Cotton Blend Saree",
        category="Sarees",
        color="Off White",
    ),
    # Model in a navy blue velvet-look lehenga with silver mirror work, navy full-sleeve blouse, silver-grey net
    # dupatta over her head and shoulders; no belt. Caption: caption adapter (invents a belt); answers: VQA adapter.
    case(
        "X1525-012",
        caption(
            "The lady is wearing a long-sleeve shirt with other patterns. The shirt is with other fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with other fabric and other patterns. There is"
            " a belt.",
            "unsupported",
        ),
        color_of("blouse", "navy blue", kind="open"),
        color_of("skirt", "navy blue", kind="open"),
        color_of("dupatta", "navy blue", "other_garment_color", kind="open"),
        wearing("blue", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Navy Blue & Silver-Toned Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Model on a beige backdrop, purple Kanjeevaram art silk saree with a wide gold border and gold pallu, purple
    # blouse with gold-bordered sleeves, jasmine in her hair, gold bangles. Caption: caption adapter (cut); answers:
    # VQA adapter.
    case(
        "X1525-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with silk fabric and pure color patterns."
            " There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "purple", kind="open"),
        color_of(
            "blouse",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("border", "gold", kind="open"),
        BLIND_QUESTIONS.material("silk"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mimosa Purple & Gold-Toned Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Purple",
    ),
    # Flat lay, no person: red dupatta spread on white, gold zari buttis all over, wide gold border, tassels at the
    # corners. Caption: caption adapter (a lady in shirt and trousers); answers: VQA adapter.
    case(
        "X1525-014",
        caption(
            "The lady wears a long-sleeve shirt with other patterns. The shirt is with other fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with other fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("dupatta", "red", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.material("dupatta", "non_answer"),
        wearing("scarf"),
        BLIND_QUESTIONS.garment_type("scarf"),
        gender="Women",
        title="Dupatta Bazaar Red & Gold-Toned Ethnic Motifs Woven Design Dupatta with Zari",
        category="Dupatta",
        color="Red",
    ),
    # Model on a white backdrop, mustard yellow lehenga skirt with floral thread work, maroon half-sleeve blouse,
    # maroon dupatta over the arm. Caption: caption adapter (calls the half-sleeve blouse sleeveless); answers: VQA.
    case(
        "X1525-015",
        caption(
            "The female wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a"
            " v-shape neckline. The female wears a long skirt. The skirt is with other fabric and floral patterns.",
            "contradiction",
        ),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "maroon", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        gender="Women",
        title="Ethnovog Mustard & Maroon Embroidered Made to Measure Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Model holding up the pallu, pink saree with a blue floral print, plain blue short-sleeve blouse, small bindi,
    # silver ring on one finger. Caption: caption adapter (loops); answers: VQA adapter.
    case(
        "X1525-016",
        caption(
            "This woman is wearing a short-sleeve shirt with floral patterns and a long skirt. The skirt is with"
            " chiffon fabric and floral patterns. This lady wears a ring. The skirt is with chiffon fabric and floral"
            " patterns. The skirt is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.material("chiffon"),
        is_a("saree", "yes"),
        wearing("saree"),
        gender="Women",
        title="Anouk Pink & Blue Floral Printed Saree",
        category="Sarees",
        color="Pink",
    ),
    # Model on a cream backdrop, all beige: beige lehenga with gold sequin work, sleeveless beige blouse, beige net
    # dupatta. Caption: caption adapter; answers: VQA adapter (reads the beige blouse as white).
    case(
        "X1525-017",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with other fabric. It has a"
            " v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and other patterns."
        ),
        color_of("blouse", "white", "contradiction", kind="open"),
        color_of("skirt", "beige", kind="open"),
        color_of(
            "dupatta",
            "beige and gold, beige and gold, beige and gold, beige and gold, beige and gold, beige and gold, beige"
            " and gold,",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        wearing(
            "a beige lehenga with gold sequins and a beige dupatta with gold sequins and a beige blouse with gold"
            " sequins and a beige",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Mitera Beige & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Beige",
    ),
    # Back view: the model's back, green saree pallu hanging down, green blouse with a deep back and a gold dori tie
    # with tassels. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1525-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with silk fabric and pure color patterns."
            " There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        details("blouse", "the details of the blouse are the blouse", "restated"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Vairagi Green & Gold-Toned Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Green",
    ),
    # Model on a white backdrop in a maroon embroidered flared maxi skirt with a plain black sleeveless crop top (not
    # sold). Caption: caption adapter; answers: VQA adapter (the skirt gets the top's black once).
    case(
        "X1525-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has"
            " a round neckline. The lady wears a long skirt. The skirt is with other fabric and floral patterns."
        ),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.color("maroon"),
        BLIND_QUESTIONS.garment_type("skirt"),
        wearing("a black top and a maroon skirt"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Rang Gali Women Maroon & Gold-Toned Embroidered Flared Maxi Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Model holding a cane basket, blue cotton saree with white ikat print and a white border, white elbow-sleeve
    # blouse, oxidised jhumkas. Caption: caption adapter ("his"); answers: VQA adapter.
    case(
        "X1525-020",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The"
            " skirt the lady wears is of long length. The skirt is with cotton fabric and graphic patterns.",
            "pronoun",
        ),
        color_of("saree", "blue", kind="open"),
        color_of(
            "blouse",
            "white Question: What is the color of the saree? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("graphic"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Women",
        title="Tikhi Imli Blue & White Ikat Printed Pure Cotton Saree",
        category="Sarees",
        color="Blue",
    ),
    # A girl on a white backdrop, yellow lehenga skirt with pink gota border, pink short-sleeve blouse, yellow
    # dupatta with a pink border, holding a marigold garland. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1525-021",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long skirt. The skirt is with cotton fabric and other patterns. There is an"
            " accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "the dupatta", "non_answer", kind="open"),
        wearing("skirt", who="the girl"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Pink Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Model on a grey backdrop, magenta pure silk Kanjeevaram with a gold-and-green border, green short-sleeve
    # blouse. Caption: caption adapter (gives the blouse denim); answers: VQA adapter.
    case(
        "X1525-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with silk fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of(
            "border",
            "gold and green and gold and green and gold and green and gold and green and gold and green and gold and"
            " green and gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("silk"),
        is_a("saree", "yes"),
        gender="Women",
        title="Pothys Magenta & Gold-Toned Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Model in a plain white cotton kurta and white leggings (not sold) with a yellow bandhani chiffon dupatta with
    # green dots over both shoulders, silver earrings. Caption: caption adapter (describes kurta and leggings; the
    # dupatta as neckwear); answers: VQA adapter.
    case(
        "X1525-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. She has neckwear."
        ),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.color("yellow"),
        wearing(
            "a white kurta with a yellow dupatta and white leggings and a pair of silver earrings and a pair of silver"
            " bangles and a silver",
            "cut",
            hit_limit=True,
        ),
        is_a("dupatta", "yes"),
        gender="Women",
        title="Janasya Yellow & Green Bandhani Printed Chiffon Dupatta",
        category="Dupatta",
        color="Yellow",
    ),
    # Model twirling on a white backdrop, black lehenga skirt with gold embroidery, black short-sleeve blouse, black
    # net dupatta with a gold border, bangles. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1525-024",
        caption(
            "The lady is wearing a short-sleeve shirt with other patterns. The shirt is with other fabric. It has a"
            " v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and other patterns. There"
            " is an accessory on her wrist. She wears",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "black", kind="open"),
        color_of(
            "skirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "black", kind="open"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.sleeve_length("short sleeve"),
        gender="Women",
        title="Fusion Beats Black & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Model on a white backdrop, peach organza saree with a silver sequin border, silver strappy sleeveless blouse.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1525-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It"
            " has a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns."
        ),
        color_of("saree", "peach", kind="open"),
        color_of(
            "blouse",
            "silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("chiffon", "contradiction"),
        is_a("saree", "yes"),
        wearing("a peach saree"),
        gender="Women",
        title="Saree Mall Peach-Coloured & Silver-Toned Embellished Organza Saree",
        category="Sarees",
        color="Peach",
    ),
    # Model in a gold tissue short-sleeve readymade blouse worn with a plain black chiffon saree (not sold), white
    # backdrop. Caption: caption adapter; answers: VQA adapter (the saree's black for the blouse once).
    case(
        "X1525-026",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.color("gold"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.garment_type("blouse"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Salwar Studio Women Gold-Toned Solid Readymade Saree Blouse",
        category="Saree Blouse",
        color="Gold",
    ),
    # Model in front of a carved wooden door, red georgette saree with a black paisley print, black short-sleeve
    # blouse, silver bangles. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1525-027",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns."
            " There is an accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("saree", "yes"),
        wearing(
            "a red saree with a black blouse and a red saree with a black blouse and a red saree with a black blouse"
            " and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mirchi Fashion Red & Black Paisley Printed Georgette Saree",
        category="Sarees",
        color="Red",
    ),
    # Model on a white backdrop, sea green net lehenga with pink thread embroidery, sea green short-sleeve blouse,
    # pink dupatta over the shoulders; no hat, head uncovered. Caption: caption adapter (invents a hat); answers: VQA.
    case(
        "X1525-028",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric. It has a"
            " v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. She"
            " wears a hat.",
            "unsupported",
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.material(
            "net Question: What is the color of the net? Answer: green Question: What is the color of the net",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Anni Designer Sea Green & Pink Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Back view: maroon readymade blouse with a deep U back and an embroidered edge, dori with tassels, short
    # sleeves, worn with a cream saree (not sold). Caption: caption adapter; answers: VQA adapter.
    case(
        "X1525-029",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric. It has a round"
            " neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        color_of("blouse", "maroon", kind="open"),
        BLIND_QUESTIONS.color("cream", "other_garment_color"),
        details(
            "blouse",
            "the blouse has a deep back with a tie up at the back and a tie up at the back and a tie up at the back"
            " and a",
            "loop",
            hit_limit=True,
        ),
        is_a("blouse", "yes"),
        BLIND_QUESTIONS.sleeve_length("short"),
        gender="Women",
        title="Fabcartz Women Maroon Embroidered Padded Readymade Saree Blouse",
        category="Saree Blouse",
        color="Maroon",
    ),
    # Model on a white backdrop, orange and pink leheriya (wavy stripe) saree with a gold gota border, plain pink
    # short-sleeve blouse, the striped pallu across her chest. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1525-030",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and striped patterns."
        ),
        color_of("saree", "orange and pink", kind="open"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        color_of("border", "gold", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        is_a("saree", "yes"),
        wearing("saree"),
        gender="Women",
        title="Ishin Women Orange & Pink Leheriya Printed Saree",
        category="Sarees",
        color="Orange",
    ),
    # Model on a grey backdrop, burgundy (wine) velvet lehenga with gold zardozi, wine full-sleeve blouse, gold-beige
    # net dupatta. Caption: caption adapter (velvet as furry); answers: VQA adapter.
    case(
        "X1525-031",
        caption(
            "The lady is wearing a long-sleeve shirt with other patterns. The shirt is with furry fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with furry fabric and other patterns.",
            "contradiction",
        ),
        color_of("blouse", "wine", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        BLIND_QUESTIONS.material("velvet"),
        is_a(
            "lehenga",
            "yes Question: Is this a lehenga? Answer: yes Question: Is this a lehenga? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Kvsfab Wine & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Model in a white chikankari kurta and white palazzos (not sold) holding a pink phulkari dupatta open behind
    # her, multicolour (green, yellow, orange) thread embroidery. Caption: caption adapter (cut); answers: VQA.
    case(
        "X1525-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "pink", kind="open"),
        BLIND_QUESTIONS.color("pink"),
        BLIND_QUESTIONS.pattern("the pattern of the dupatta is the pattern of the dupatta", "restated"),
        wearing("a white shirt and white pants"),
        is_a("dupatta", "yes"),
        gender="Women",
        title="Dupatta Bazaar Pink & Green Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # Model holding a gold clutch, black sequinned georgette saree, black sleeveless blouse, white backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1525-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It"
            " has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns."
        ),
        color_of("saree", "black", kind="open"),
        color_of(
            "blouse",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.material("chiffon"),
        wearing("a black dress", "contradiction"),
        gender="Women",
        title="Aarrah Black & Gold-Toned Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # Flat lay, no person: green lehenga skirt with a gold foil floral print spread in a circle on white. Caption:
    # caption adapter (template loops, with a lady); answers: VQA adapter.
    case(
        "X1525-034",
        caption(
            "The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. The lady wears a long"
            " skirt. The skirt is with cotton fabric and floral patterns. The lady wears a long skirt. The skirt is"
            " with",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        BLIND_QUESTIONS.garment_type("skirt"),
        is_a("skirt", "no", "contradiction"),
        BLIND_QUESTIONS.pattern("floral"),
        wearing("skirt"),
        gender="Women",
        title="Swatika Women Green & Gold-Toned Foil Printed Flared Lehenga Skirt",
        category="Skirts",
        color="Green",
    ),
    # Model under a paper-flower arch prop, lavender lehenga with silver embroidery, lavender short-sleeve blouse,
    # lavender dupatta; hands in the skirt, no ring visible. Caption: caption adapter (invents a ring); answers: VQA.
    case(
        "X1525-035",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a"
            " v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
            " This lady wears a ring.",
            "unsupported",
        ),
        color_of("blouse", "purple", kind="open"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Scakhi Lavender Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Model with jasmine in her hair, cream Kerala kasavu cotton saree with a gold and red border, red short-sleeve
    # blouse, gold bangles. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1525-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
            " There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "cream", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of(
            "border",
            "gold Question: What is the color of the saree? Answer: cream Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("cotton"),
        wearing("a white saree with a gold border"),
        gender="Women",
        title="KALINI Cream & Red Kasavu Pure Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # Navy blue sequinned short-sleeve readymade blouse on a wooden hanger against a white wall, no person. Caption:
    # caption adapter (loops); answers: VQA adapter.
    case(
        "X1525-037",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric. It has a round"
            " neckline. The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric. It"
            " has a round neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "navy blue", kind="open"),
        BLIND_QUESTIONS.color("blue"),
        BLIND_QUESTIONS.garment_type("blouse"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        wearing("a blue shirt"),
        gender="Women",
        title="Salwar Studio Women Navy Blue Sequinned Readymade Saree Blouse",
        category="Saree Blouse",
        color="Navy Blue",
    ),
    # Model on a white backdrop, orange lehenga skirt with a gota patti border, pink short-sleeve blouse, pink
    # leheriya dupatta. Caption: caption adapter (base-model sentence, then the template, cut); answers: VQA adapter.
    case(
        "X1525-038",
        caption(
            "a woman in an orange and pink lehenga choli with a pink dupatta. The lady wears a short-sleeve shirt with"
            " other patterns. The shirt is with other fabric. It has a round neckline. The lady wears a long skirt."
            " The skirt",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "orange", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        wearing(
            "dress Question: What is the color of the dress? Answer: orange Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Inddus Orange & Pink Gota Patti Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Model on a white backdrop, grey Chanderi saree with small white hand block-printed motifs, grey short-sleeve
    # blouse. Caption: caption adapter; answers: VQA adapter. All right.
    case(
        "X1525-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "grey", kind="open"),
        BLIND_QUESTIONS.pattern("graphic"),
        BLIND_QUESTIONS.material("silk"),
        is_a("saree", "yes"),
        gender="Women",
        title="Geroo Jaipur Grey Hand Block Printed Chanderi Saree",
        category="Sarees",
        color="Grey",
    ),
    # Flat lay on a wooden table, no person: blue organza dupatta folded to show its gold embroidered floral border,
    # a brass diya beside it. Caption: caption adapter (loops a shirt); answers: VQA adapter.
    case(
        "X1525-040",
        caption(
            "The lady wears a long-sleeve shirt with other patterns. The shirt is with chiffon fabric. It has a round"
            " neckline. The lady wears a long-sleeve shirt with other patterns. The shirt is with chiffon fabric. It"
            " has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "blue", kind="open"),
        BLIND_QUESTIONS.material("silk"),
        BLIND_QUESTIONS.garment_type("scarf"),
        is_a("dupatta", "no", "contradiction"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Soch Women Blue & Gold-Toned Embroidered Organza Dupatta",
        category="Dupatta",
        color="Blue",
    ),
    # Model on a white backdrop, royal blue lehenga skirt with pink embroidery, pink short-sleeve blouse, blue
    # dupatta, bangles. No gender in the feed. Caption: caption adapter (ran to the limit on a period); answers: VQA.
    case(
        "X1525-041",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with other fabric. It has a"
            " v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and floral patterns."
            " There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        wearing(
            "the person is wearing a blue skirt and a pink blouse and a blue dupatta and a pink blouse and a blue",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Panchhi Blue & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Model seated on a wooden stool, rust silk blend saree with a copper zari border, rust elbow-sleeve blouse,
    # watch on her wrist. No category in the feed. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1525-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with silk fabric and pure color patterns."
            " There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "the blouse", "non_answer", kind="open"),
        color_of("border", "gold", kind="open"),
        BLIND_QUESTIONS.material("silk"),
        is_a("saree", "yes"),
        wearing("a saree"),
        gender="Women",
        title="Mimosa Women Rust Woven Design Silk Blend Saree",
        color="Rust",
    ),
    # Model on a white backdrop, red flared maxi skirt with an all-over gold block print, plain white cotton
    # short-sleeve top (not sold). Caption: caption adapter; answers: VQA adapter.
    case(
        "X1525-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and other patterns."
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        BLIND_QUESTIONS.color("red"),
        BLIND_QUESTIONS.garment_type("skirt"),
        BLIND_QUESTIONS.pattern("pure color", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Rang Gali Women Red & Gold-Toned Printed Flared Maxi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Model on a white backdrop, yellow Paithani saree with a pink border and a pink-and-gold peacock pallu, pink
    # short-sleeve blouse. Caption: caption adapter ("gentleman", "his"); answers: VQA adapter.
    case(
        "X1525-044",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has"
            " a round neckline. The gentleman wears a long skirt. The skirt is with silk fabric and other patterns."
            " There is an accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "border",
            "the border is pink with gold peacock motifs on the pallu and the border is pink with gold peacock motifs"
            " on the pallu and the",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "saree",
            "the saree is a yellow saree with a pink border and a pink pallu with gold peacock motifs and a pink"
            " blouse with a gold",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree Mall Yellow & Pink Woven Design Zari Silk Blend Paithani Saree",
        category="Sarees",
        color="Yellow",
    ),
    # A girl on a white backdrop, red silk lehenga skirt with a green border, green short-sleeve blouse, red dupatta
    # with a gold border. Caption: caption adapter; answers: VQA adapter. All right.
    case(
        "X1525-045",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a"
            " round neckline. The female wears a long skirt. The skirt is with silk fabric and pure color patterns."
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        wearing("lehenga", who="the girl"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Aarika Girls Red & Green Solid Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
]
