"""BLIND_1501 (45 products; Myntra sarees and lehenga cholis): written blind in the sixty-fifth session. Measured blind
at 71dbb3c (the session's sixth rules): 74/85 failures found (87.1%) and 16/197 correct texts flagged (8.1%). The
writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, articleType "Sarees" and "Lehenga Choli" (with baseColour, gender and the product
display name as title; a column is missing now and then). Photos are the catalog's first image: a model on a plain
studio backdrop, mostly front, a few back views, one flat lay, one mannequin, a few props (potli bag, tote, straw hat,
chair, stool, staircase). Sarees are often shot with a contrasting stitched blouse that is not the blouse piece's color;
lehenga sets have three pieces (blouse, skirt, dupatta) that often differ in color.
Who wrote what: the caption is the epoch-1 caption adapter (Data2_V2 ... Caption_First_Epoch) on blip2-opt-2.7b:
DeepFashion-MultiModal template sentences, its fabric words (cotton, chiffon, knitting, furry, denim, other) and pattern
words (pure/solid color, floral, graphic, lattice), no hue names, and no trained stop, so many captions run to 50 new
tokens and loop on the accessory sentences or stop mid-sentence. Every question is answered by the VQA adapter
(Data3_V3_BLIP2_VQA): the piece colors ("What is the color of the blouse/skirt/dupatta/saree?"), "What is the person
wearing?" and the material question by free generation (stored open, stopped at a newline when the model emits one, else
at 30 tokens); the yes/no garment question and the closed color, pattern and garment-type questions ranked over
candidates (short answers, stored closed).
Labeling conventions and judgement calls: judged against the imagined photo and the title. A saree or lehenga set called
a "dress" (caption or answer) is a contradiction. The caption adapter has no word for silk, net, georgette or velvet:
"chiffon" for georgette, net or organza and "other" for silk are accepted as its nearest honest word; "cotton" or
"knitting" for silk or velvet is unsupported, as is an accessory that is not in the photo (a hat held in the hand is not
worn). "tank top"/"shirt" for a blouse or choli and "long skirt"/"lower clothing of long length" for the lower drape of
a saree or a lehenga are accepted. Near hues are accepted (magenta/pink, mustard/yellow, mauve/purple, off-white or
cream/white, wine for burgundy, lavender/purple); a piece answered with the color of another piece in the photo (most
often the blouse given the saree's color, or the dupatta the skirt's) is other_garment_color; a color taken from the
backdrop or lighting (navy answered black) is a contradiction. When a text has two faults I labeled the one a reader
would notice first: a loop over a cut, a leaked "Question:" over the color in it, a person invented on a flat lay over
the cut. "the person is wearing a saree" is verbose but answers, so it is correct; "the dupatta" for its color, "yes" to
a color question and an empty answer are non-answers; "the blouse is the color of the blouse" is restated. The closed
garment-type question answered "dress" for a saree is a contradiction; "skirt" for a lehenga set is accepted (the
lehenga is the skirt). "lady" for a girl is not a pronoun error; "gentleman"/"his" for a woman is. A caption that ends
on a full sentence is not marked hit_limit; loops and captions cut mid-sentence are.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1501 = [
    # Photo: model in a red Banarasi saree with a gold zari border and gold butis, matching red blouse with elbow
    # sleeves, gold jhumkas and bangles, beige backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-001",
        caption(
            "The lady is wearing a medium-sleeve shirt with solid color patterns. Its neckline is round. The lower "
            "clothing is of long length and it has lattice patterns. There is an accessory on her wrist. There is a "
            "neckwear. The lady wears a ring. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red saree"),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("woven"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Mitera Red & Gold-Toned Zari Woven Design Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: teal georgette saree with a pink floral print, the model wears a black sleeveless blouse (not the blouse
    # piece), silver hoops, grey backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-002",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The lower clothing is of long length "
            "and it has floral patterns."
        ),
        wearing("a saree"),
        color_of("saree", "teal", kind="open"),
        color_of("blouse", "teal", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.color("teal"),
        gender="Women",
        title="Saree mall Teal & Pink Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: mustard Kanjeevaram with a broad maroon zari border and maroon pallu, maroon elbow-sleeve blouse, temple
    # necklace, flowers in a bun. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-003",
        caption(
            "The lady is wearing a medium-sleeve shirt with solid color patterns. The shirt is with other fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is other and it has solid color "
            "patterns. There is a neckwear. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a yellow saree with a red border Question: What is the color of the saree? Answer: yellow Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        is_a("saree", "yes"),
        Q.color("yellow"),
        gender="Women",
        title="Kvsfab Mustard Yellow & Maroon Ethnic Motifs Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: pink net lehenga with green thread embroidery at the hem, green short-sleeve raw-silk blouse, pink net
    # dupatta over one shoulder, bangles, white backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-004",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. There is "
            "an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a pink lehenga"),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="KALINI Pink & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: navy sequinned lehenga, navy sleeveless blouse, navy net dupatta over both arms, grey backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-005",
        caption(
            "The lady is wearing a sleeveless tank top with solid color patterns and a long skirt. The skirt is with "
            "chiffon fabric and solid color patterns. The tank top is with chiffon fabric and solid color patterns. "
            "The skirt is with chiffon fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress", "contradiction"),
        color_of("blouse", "navy", kind="open"),
        color_of("skirt", "navy", kind="open"),
        color_of("dupatta", "navy", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Women Navy Blue Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: flat lay, no person: a folded beige organza saree with a gold zari border, the gold blouse piece folded on
    # top, on a white table. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-006",
        caption(
            "The lady is wearing a long-sleeve shirt with solid color patterns. The shirt is with chiffon fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is chiffon and it has solid color "
            "patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a saree"),
        color_of("saree", "beige", kind="open"),
        color_of("blouse", "gold", kind="open"),
        is_a("saree", "no", "contradiction"),
        Q.color("cream"),
        gender="Women",
        title="Inddus Beige & Gold-Toned Woven Design Organza Saree",
        category="Sarees",
        color="Beige",
    ),
    # Photo: navy cotton saree with a small white block print, maroon border and pallu, maroon short-sleeve blouse,
    # a brown tote on her arm. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-007",
        caption(
            "The lady is wearing a short-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is cotton and it has graphic "
            "patterns. There is an accessory in her hand."
        ),
        wearing(
            "a blue saree with a maroon border and a maroon blouse with a maroon border and a blue saree with a maroon "
            "border and a maroon",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "navy", kind="open"),
        color_of("blouse", "navy", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("printed"),
        gender="Women",
        title="Anouk Navy Blue & Maroon Printed Pure Cotton Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: a girl of about six in a yellow lehenga with a green border, green short-sleeve choli, yellow gota
    # dupatta, white backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-008",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and pure color patterns. There is an accessory on her wrist. The lady wears a ring. The "
            "lady wears a ring. The lady wears a ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress", "contradiction"),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of(
            "dupatta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Green Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: back view, a woman with a short bob turned away, orange georgette saree with a sequinned border, pallu down
    # her back, matching orange sleeveless blouse. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-009",
        caption(
            "The gentleman is wearing a sleeveless tank top with solid color patterns. His tank top is with chiffon "
            "fabric. The lower clothing is of long length. The fabric is chiffon and it has solid color patterns.",
            "pronoun",
        ),
        wearing("an orange saree"),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "orange", kind="open"),
        is_a("saree", "yes"),
        Q.color("orange"),
        gender="Women",
        title="Ishin Orange Embroidered Sequinned Poly Georgette Saree",
        category="Sarees",
        color="Orange",
    ),
    # Photo: bridal look: maroon velvet lehenga with gold zardozi, maroon long-sleeve velvet blouse, gold tissue dupatta
    # over head and shoulders, heavy necklace, maang tikka. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-010",
        caption(
            "The lady is wearing a long-sleeve shirt with solid color patterns and a long skirt. The shirt is with "
            "knitting fabric and its neckline is round. There is a neckwear. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a red and gold dress", "contradiction"),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Embroidered Velvet Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: off-white cotton saree with a red bandhani dot print and red border, red sleeveless blouse, white
    # backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-011",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The lower clothing is of long length. The fabric is cotton and it has graphic "
            "patterns."
        ),
        wearing("a white saree with red dots"),
        color_of(
            "saree",
            "white Question: What is the color of the blouse? Answer: red Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("polka dots"),
        Q.color("white"),
        gender="Women",
        title="Sangria Off-White & Red Bandhani Printed Pure Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Photo: peach georgette lehenga with mirror work, peach sleeveless blouse, peach dupatta with a scalloped border
    # held open behind her like a cape. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-012",
        caption(
            "The lady is wearing a sleeveless tank top with floral patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach lehenga"),
        color_of("blouse", "peach", kind="open"),
        color_of(
            "skirt",
            "peach Question: What is the color of the dupatta? Answer: peach Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "peach", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kedar Fab Peach-Coloured Mirror Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: black net saree with silver sequins, silver sequinned sleeveless blouse, bare neck and small studs, dark
    # grey backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-013",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has pure color patterns. There is an accessory on her wrist."
        ),
        wearing("a black saree with silver sequins and a silver necklace and silver earrings", "unsupported"),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.color("black"),
        gender="Women",
        title="Satrani Black & Silver-Toned Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: mustard cotton lehenga with mirror work, magenta elbow-sleeve choli, magenta bandhani dupatta, model
    # mid-twirl, white backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-014",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and graphic patterns. The shirt is with cotton fabric and its neckline is round. There is "
            "an accessory on her wrist. The lady wears a ring and",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow skirt and a pink top"),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        Q.pattern("embellished"),
        gender="Women",
        title="Fusionic Women Mustard & Magenta Mirror Work Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: bottle-green art silk saree with a gold border, gold brocade elbow-sleeve blouse, flowers in her hair,
    # cream backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-015",
        caption(
            "The lady is wearing a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("a green saree"),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.color("green"),
        Q.material("silk"),
        gender="Women",
        title="Mimosa Green & Gold-Toned Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: back view, a woman with her hair in a braid: red lehenga with gold embroidery, red blouse with a tie-up
    # back and tassels, red net dupatta across her back. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-016",
        caption(
            "The gentleman is wearing a short-sleeve shirt with solid color patterns and a long skirt. His shirt is "
            "with cotton fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on his "
            "wrist.",
            "pronoun",
        ),
        wearing("a red lehenga"),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "yes", "non_answer", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="panchhi Red Embroidered Semi-Stitched Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: purple satin saree with a large white and pink floral print, purple sleeveless blouse, hand on hip.
    # Gender column empty in the feed. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-017",
        caption(
            "The lady is wearing a sleeveless tank top with floral patterns. The tank top is with chiffon fabric and "
            "its neckline is V-shape. The lower clothing is of long length. The fabric is chiffon and it has floral "
            "patterns. There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("the person is wearing a saree"),
        color_of("saree", "purple", kind="open"),
        color_of(
            "blouse",
            "purple Question: Is this a saree? Answer: yes Question: What is the color of the saree? Answer: purple",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.pattern("floral"),
        title="KALINI Purple Floral Printed Satin Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: lavender net lehenga with silver sequins, lavender sleeveless blouse and dupatta, pastel pink backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-018",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns."
        ),
        wearing("a purple dress", "contradiction"),
        color_of("blouse", "pink", "contradiction", kind="open"),
        color_of("skirt", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        Q.color("pink", "contradiction"),
        gender="Women",
        title="Warthy Ent Lavender Embroidered Net Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: pink Banarasi saree with gold zari motifs, gold short-sleeve blouse, a gold potli bag in her hand.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-019",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns. The lower clothing is of long length. "
            "The fabric is other and it has graphic patterns. There is an accessory in her hand."
        ),
        wearing("a pink and gold saree"),
        color_of("saree", "pink", kind="open"),
        color_of(
            "blouse",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.material("silk"),
        gender="Women",
        title="Saree mall Pink & Gold-Toned Ethnic Motifs Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: a girl in a pink lehenga with silver embellishment, pink sleeveless blouse, white net dupatta, a small
    # pink bag in her hand. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-020",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. There is an accessory in her hand."
        ),
        wearing("a pink dress", "contradiction"),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aarika Girls Pink Embellished Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: plain rust chiffon saree with a thin gold woven border, black short-sleeve blouse, white backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-021",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown dress", "contradiction"),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "a blouse", "non_answer", kind="open"),
        is_a("saree", "yes"),
        Q.color("orange"),
        gender="Women",
        title="Anouk Rust Orange Solid Chiffon Saree with Woven Border",
        category="Sarees",
        color="Rust",
    ),
    # Photo: teal lehenga with gold sequins, gold sleeveless blouse, teal net dupatta, white backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-022",
        caption(
            "The lady is wearing a sleeveless tank top with solid color patterns and a long skirt. The skirt is with "
            "chiffon fabric and solid color patterns. The tank top is with chiffon fabric and solid color patterns. "
            "The skirt is with chiffon fabric and solid color",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a teal lehenga with gold sequins on the skirt and a gold blouse with a net dupatta draped over the "
            "arms and a",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "gold", kind="open"),
        color_of("skirt", "teal", kind="open"),
        color_of("dupatta", "teal", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Teal & Gold-Toned Sequinned Lehenga With Blouse & Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: indigo cotton saree with a white ikat pattern, white short-sleeve blouse, oxidised silver jewellery, one
    # hand on a wooden chair. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-023",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is cotton and it has lattice "
            "patterns."
        ),
        wearing("a blue saree and white blouse"),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("printed"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Sangria Blue & White Ikat Printed Pure Cotton Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: cream cotton lehenga with a green floral block print, plain green short-sleeve choli, green dupatta with a
    # cream print, model seated on a stool. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-024",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and floral patterns. The shirt is with cotton fabric and its neckline is V-shape. There is "
            "an accessory on her wrist."
        ),
        wearing("a white skirt and green top"),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Kvsfab Cream-Coloured & Green Floral Printed Pure Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Photo: magenta Kanjeevaram with a gold border, matching magenta elbow-sleeve blouse, gold necklace and bangles.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-025",
        caption(
            "The lady is wearing a medium-sleeve shirt with solid color patterns. The lower clothing is of long "
            "length. The fabric is other and it has solid color patterns. There is a neckwear. There is an accessory "
            "on her wrist. There is an accessory on her wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink saree"),
        color_of("saree", "magenta", kind="open"),
        color_of(
            "blouse",
            "the color of the blouse is magenta and the color of the saree is magenta and the color of the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.color("pink"),
        gender="Women",
        title="Mitera Magenta & Gold-Toned Zari Woven Kanjeevaram Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: sea-green georgette lehenga with pink thread embroidery, sea-green sheer long-sleeve blouse, pink
    # dupatta. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-026",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is an accessory on her wrist. The lady wears a ring. The lady wears a "
            "ring. The lady wears a ring. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a green lehenga", "leak"),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Sea Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: close three-quarter crop: grey georgette saree with a silver sequinned border, grey sequinned sleeveless
    # blouse, no necklace, the drape below the knee out of frame.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-027",
        caption(
            "The lady is wearing a sleeveless tank top with solid color patterns. The tank top is with chiffon fabric "
            "and its neckline is V-shape. There is an accessory on her wrist."
        ),
        wearing("a grey saree and a silver necklace", "unsupported"),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "grey", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("embellished"),
        gender="Women",
        title="Ishin Grey Sequinned Poly Georgette Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: burgundy velvet lehenga with gold embroidery, burgundy short-sleeve blouse, beige net dupatta with a
    # burgundy border. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-028",
        caption(
            "The lady is wearing a short-sleeve shirt with solid color patterns and a long skirt. The skirt is with "
            "other fabric and solid color patterns. There is a neckwear. There is an accessory on her wrist."
        ),
        wearing("a maroon lehenga"),
        color_of("blouse", "wine", kind="open"),
        color_of("skirt", "wine", kind="open"),
        color_of(
            "dupatta",
            "wine Question: What is the color of the dupatta? Answer: wine Question: What is the color of the dupatta? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.color("maroon"),
        gender="Women",
        title="Chhabra 555 Burgundy Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Photo: headless mannequin draped in a yellow organza saree with pink florals, matching yellow blouse, bare arms
    # and hands (no jewellery), white backdrop. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-029",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has floral patterns. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a yellow saree"),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "the color of the blouse is the blouse color", "restated", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("floral"),
        gender="Women",
        title="Satrani Yellow & Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Photo: off-white lehenga with a red floral print, red short-sleeve blouse, red dupatta with an off-white border.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-030",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and floral patterns. The shirt is with cotton fabric and its neckline is round. The skirt "
            "is with cotton fabric and floral patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a white and red dress", "contradiction"),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        Q.pattern("floral"),
        gender="Women",
        title="Kedar Fab Off-White & Red Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: plain peach chiffon saree with an embroidered border, peach short-sleeve blouse, a potted plant beside
    # her. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-031",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has pure color patterns. There is an accessory on her wrist."
        ),
        wearing("a peach saree"),
        color_of(
            "saree",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "peach", kind="open"),
        is_a("saree", "yes"),
        Q.color("peach"),
        gender="Women",
        title="Anouk Peach-Coloured Solid Chiffon Saree with Embroidered Border",
        category="Sarees",
        color="Peach",
    ),
    # Photo: navy lehenga with pink embroidery, pink long-sleeve blouse, navy dupatta on one shoulder, no hat.
    # Color column empty in the feed. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-032",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. There is an accessory on her wrist. There is a neckwear. The lady "
            "wears a hat.",
            "unsupported",
        ),
        wearing("a blue skirt and pink top"),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "navy", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Navy Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
    # Photo: red bandhani georgette saree, matching red short-sleeve blouse, bangles, white backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-033",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns. The lower clothing is of long length. The "
            "fabric is chiffon and it has graphic patterns. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a red saree"),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        is_a("saree", "yes"),
        Q.color("red"),
        Q.pattern("polka dots"),
        gender="Women",
        title="KALINI Women Red Bandhani Printed Poly Georgette Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: bottle-green lehenga with gold embroidery, green sleeveless blouse, gold tissue dupatta, bangles and a
    # ring. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-034",
        caption(
            "The lady is wearing a sleeveless tank top with solid color patterns and a long skirt. The skirt is with "
            "chiffon fabric and solid color patterns. There is an accessory on her wrist. The lady wears a ring."
        ),
        wearing("a green lehenga with a gold dupatta"),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        is_a("lehenga", "yes"),
        Q.color("green"),
        gender="Women",
        title="Fusionic Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: white linen saree with a blue floral print, blue sleeveless blouse, a straw hat held in her hand (not on
    # her head). Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-035",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The lower clothing is of long length. "
            "The fabric is cotton and it has floral patterns. The lady wears a hat.",
            "unsupported",
        ),
        wearing("a white saree"),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "", "non_answer", kind="open"),
        is_a("saree", "yes"),
        Q.material("linen"),
        gender="Women",
        title="Saree mall White & Blue Floral Printed Linen Blend Saree",
        category="Sarees",
        color="White",
    ),
    # Photo: blush-pink sequinned net lehenga, matching sleeveless blouse and pink dupatta, model on a staircase.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-036",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. The tank top is with chiffon fabric. There is an accessory on her "
            "wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress", "contradiction"),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="panchhi Pink Sequinned Net Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: navy art silk saree with a gold zari border, gold elbow-sleeve blouse, dark backdrop and low-key light
    # (the navy reads almost black). Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-037",
        caption(
            "The lady is wearing a medium-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is cotton and it has solid color "
            "patterns. There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black saree", "contradiction"),
        color_of("saree", "navy", kind="open"),
        color_of("blouse", "gold", kind="open"),
        is_a("saree", "yes"),
        Q.color("blue"),
        gender="Women",
        title="Mimosa Navy Blue & Gold-Toned Art Silk Saree with Zari Border",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: a girl in a turquoise lehenga with a pink border, pink short-sleeve blouse, pink dupatta.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-038",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and pure color patterns. There is an accessory on her wrist. The lady wears a ring. The "
            "lady wears a ring. The lady wears a ring. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue skirt and a pink top"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Turquoise Blue & Pink Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
    ),
    # Photo: mauve saree with a silver stone border, mauve short-sleeve blouse, pallu over her arm, a ring.
    # Gender column empty in the feed. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-039",
        caption(
            "The lady is wearing a short-sleeve shirt with solid color patterns. The lower clothing is of long length. "
            "The fabric is chiffon and it has solid color patterns. There is an accessory on her wrist. There is a "
            "ring on her finger."
        ),
        wearing(
            "a purple saree with a silver border and a purple blouse with a silver border and a purple saree with a",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "purple", kind="open"),
        color_of(
            "blouse",
            "Question: What is the color of the blouse? Answer: purple Question: What is the color of the saree",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.color("purple"),
        title="Ishin Women Mauve & Silver-Toned Embellished Saree",
        category="Sarees",
        color="Mauve",
    ),
    # Photo: black lehenga with gold embroidery, black short-sleeve blouse, red net dupatta, bangles and a ring.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-040",
        caption(
            "The lady is wearing a short-sleeve shirt with solid color patterns and a long skirt. The skirt is with "
            "chiffon fabric and solid color patterns. There is an accessory on her wrist. The lady wears a ring. The "
            "lady wears a ring. The lady wears a ring. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("a black lehenga with a red dupatta"),
        color_of("blouse", "black", kind="open"),
        color_of(
            "skirt",
            "black Question: What is the color of the dupatta? Answer: red Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Black & Gold-Toned Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: cream Kerala kasavu cotton saree with a gold and green border, green short-sleeve blouse, jasmine in her
    # hair. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-041",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns."
        ),
        wearing(
            "a white saree with a golden border and a green blouse with a golden border and a white saree with a "
            "golden",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "the blouse is the color of the blouse", "restated", kind="open"),
        is_a("saree", "yes"),
        Q.color("white"),
        Q.material("cotton"),
        gender="Women",
        title="Pothys Cream-Coloured & Green Kasavu Pure Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # Photo: orange lehenga with a pink bandhani print, pink short-sleeve blouse, orange dupatta, bangles.
    # Category column empty in the feed. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-042",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. There is an accessory on her wrist. There is a ring on her finger. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange skirt"),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "orange", kind="open"),
        color_of("dupatta", "the dupatta", "non_answer", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kvsfab Orange & Pink Bandhani Printed Lehenga Choli with Dupatta",
        color="Orange",
    ),
    # Photo: teal Paithani saree with a gold and pink peacock-motif pallu, pink elbow-sleeve blouse, nath and
    # necklace. Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-043",
        caption(
            "The lady is wearing a medium-sleeve shirt with solid color patterns. The lower clothing is of long "
            "length. The fabric is other and it has graphic patterns. There is a neckwear."
        ),
        wearing("a teal saree"),
        color_of("saree", "teal", kind="open"),
        color_of("blouse", "pink", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("ethnic motifs"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Satrani Teal & Gold-Toned Paithani Silk Blend Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: lime-green lehenga with mirror work, lime sleeveless blouse, pink dupatta, white backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-044",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on her wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        wearing("a green skirt and a green top"),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of(
            "dupatta",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Lime Green & Pink Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Fluorescent Green",
    ),
    # Photo: coral chiffon saree with a white lace border, white short-sleeve blouse, white backdrop.
    # Caption: epoch-1 caption adapter; questions: VQA adapter.
    case(
        "X1501-045",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns."
        ),
        wearing("a pink saree with a white border Question: What is the color of the saree? Answer: coral", "leak"),
        color_of("saree", "coral", kind="open"),
        color_of("blouse", "coral", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.color("coral"),
        gender="Women",
        title="Mitera Coral Solid Chiffon Saree with Lace Border",
        category="Sarees",
        color="Coral",
    ),
]
