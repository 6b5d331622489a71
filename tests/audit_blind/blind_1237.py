"""BLIND_1237 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions and VQA piece colors): written blind in
the sixty-second session. Measured blind at 8f3ced2 (the session's third rules): 65/81 failures found (80.2%) and
19/157 correct texts flagged (12.1%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of sarees and lehenga cholis (article types Sarees, Lehenga Choli), with a few
standalone pieces sold on their own (Blouse, Dupatta, Skirts). Catalog shots: a model on a plain light backdrop wearing
the product, a contrast or matching blouse, a dupatta over one shoulder; now and then a back view, a flat lay of an
unstitched set, a prop (clutch, potli bag, chair, plant, marigold garlands). Girls' lehengas are worn by children.
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on
blip2-opt-2.7b, greedy, 50 new tokens; most captions follow the DeepFashion template (no hue names, "pure color
patterns", fabric from the DeepFashion list) and, with no end token trained, run to the limit; a few still come out
as the base model's short caption. Every answer is the VQA adapter (Data3_V3_BLIP2_VQA), 30 new tokens: the color of
each piece (saree, blouse, skirt, dupatta, border, kurta, top), "What is the woman/girl wearing?", "Describe" /
"details" and material by free generation (stored open); "Is this a ...?", pattern and sleeve length answered by
ranking the candidate answers (stored closed).
Labeling conventions and judgement calls: a color is right when a shopper would accept it for the piece in the photo
(pink for magenta, red for maroon, blue for teal, orange for rust or coral, white for cream or off-white, purple for
lavender); a color that belongs to another piece of the same outfit is other_garment_color, any other wrong color
(brown for burgundy, a prop's color) is contradiction. DeepFashion's words for the upper piece (shirt, tank top) and
"long skirt" for a lehenga or for the lower drape of a saree are accepted when the sleeves match; "dress", "pants" or
"saree" for the wrong garment, a wrong sleeve length, a wrong pattern pick and a material the title denies are
contradiction; a person, ring, hat or glasses that the photo does not show, and a material neither title nor photo
supports, are unsupported. A caption that ran to 50 tokens and ends mid-sentence is cut; one that ran to the limit
but happens to end on a full sentence with nothing false in it is left unmarked (hit_limit still set). A text that
both loops and is cut is labeled loop; one that repeats the "Question: ... Answer:" scaffold is labeled leak even
when it also loops; a caption that is cut but says something false is labeled by the false claim. An answer that is
only the question's words back is non_answer, one that restates the garment as its own answer is restated. Only
one label per text.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)


def col(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's color of one piece, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


W = "the woman"
G = "the girl"

BLIND_1237 = [
    # Photo: model on a light grey backdrop in a maroon Banarasi saree with a gold zari border, pallu over the left
    # shoulder, matching maroon elbow-sleeve blouse, gold bangles and jhumkas. Caption: epoch-1 adapter; answers: VQA.
    case(
        "X1237-001",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. She wears a "
            "short-sleeve shirt. The shirt is with cotton fabric and solid color patterns. There is an accessory on "
            "her wrist. She",
            "cut",
            hit_limit=True,
        ),
        col("saree", "maroon"),
        col("blouse", "maroon"),
        wearing("saree", who=W),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: model on a white backdrop in a pink net lehenga with gold embroidery, a gold-toned sleeveless blouse
    # (stitched for the shoot) and a pink net dupatta over one shoulder. Caption: epoch-1; answers: VQA.
    case(
        "X1237-002",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with other fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. The woman",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "pink"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        wearing("a pink dress", "contradiction", who=W),
        gender="Women",
        title="Mitera Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model in a teal sequinned net saree with floral sequin work and a teal sleeveless blouse, holding a gold
    # clutch; plain backdrop. Caption: epoch-1 (came out as a short base-style caption); answers: VQA.
    case(
        "X1237-003",
        caption("a woman in a blue saree posing with a purse"),
        col("saree", "teal"),
        col("blouse", " ".join(["teal"] * 30), "loop", hit_limit=True),
        wearing("saree", who=W),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree Mall Teal & Gold-Toned Floral Sequinned Net Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: a girl of about eight on a white backdrop in a mustard lehenga skirt with a green border, a green
    # short-sleeve blouse and a mustard dupatta with green trim around her neck. Caption: epoch-1; answers: VQA.
    case(
        "X1237-004",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. The female wears a",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "yellow"),
        col("blouse", "green"),
        col("dupatta", "yellow"),
        wearing("dress", "contradiction", who=G),
        gender="Girls",
        title="Aks Kids Girls Mustard Yellow & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: back view. Model's back in a green printed georgette saree, green short-sleeve blouse tied with a dori and
    # tassels, pallu hanging down; hands at her sides, no ring visible. Caption: epoch-1; answers: VQA.
    case(
        "X1237-005",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. The "
            "lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "green"),
        details(
            "blouse",
            "the sleeves, the neckline, the back, the sleeves, the neckline, the back, the sleeves, the neckline, "
            "the back, the sleeves",
            "loop",
            hit_limit=True,
        ),
        wearing("saree", who=W),
        gender="Women",
        title="Sangria Green Ethnic Motifs Printed Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: standalone blouse. Model on a beige backdrop in a gold brocade short-sleeve blouse, styled with a plain
    # off-white saree. Caption: epoch-1; answers: VQA.
    case(
        "X1237-006",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The "
            "woman wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "gold"),
        col("saree", "white"),
        wearing("blouse", who=W),
        is_a("blouse", "yes"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Fabindia Women Gold-Toned Brocade Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # Photo: flat lay on a grey floor, no person: off-white embroidered lehenga skirt spread out, red unstitched blouse
    # fabric folded beside it, red dupatta folded on top. Caption: epoch-1; answers: VQA.
    case(
        "X1237-007",
        caption(
            "The lady is wearing a sleeveless tank top with floral patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is with chiffon fabric and floral patterns. The lady wears a ring. There is "
            "an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        col("skirt", "white"),
        col("blouse", "red"),
        col("dupatta", "white", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="KALINI Off White & Red Embroidered Thread Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: model on a white backdrop in a mustard printed georgette saree with small black motifs and a plain black
    # short-sleeve blouse; a ring on the hand holding the pallu. Caption: epoch-1; answers: VQA.
    case(
        "X1237-008",
        caption(
            "The woman is wearing a saree with graphic patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve shirt. The shirt is with cotton fabric and pure color patterns. There is a ring on her "
            "finger. The woman",
            "cut",
            hit_limit=True,
        ),
        col("saree", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        wearing("a yellow saree", who=W),
        material("chiffon", "contradiction"),
        gender="Women",
        title="Ishin Mustard Yellow Printed Poly Georgette Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: model on a grey backdrop in a navy lehenga with a pink floral print, a pink short-sleeve blouse and a navy
    # dupatta with a pink border held out in one hand; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-009",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "blue"),
        col("blouse", "pink"),
        col("dupatta", "blue"),
        BLIND_QUESTIONS.pattern("floral"),
        wearing("skirt", who=W),
        gender="Women",
        title="Inddus Navy Blue & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: model seated on a carved wooden chair against a cream backdrop, in a red Kanjeevaram silk saree with a
    # gold border and a red short-sleeve blouse with gold borders on the sleeves. Caption: epoch-1; answers: VQA.
    case(
        "X1237-010",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. The lady is "
            "sitting on a chair. The lady wears a short-sleeve shirt. The shirt is with silk fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        col("saree", "red"),
        col("blouse", "red"),
        is_a("saree", "yes"),
        material("silk"),
        wearing(
            "a red saree Question: What is the color of the saree? Answer: red Question: What is the color of the "
            "blouse? Answer:",
            "leak",
            who=W,
            hit_limit=True,
        ),
        gender="Women",
        title="Kalini Red Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: standalone dupatta. Model on a plain backdrop in a white long-sleeve kurta and white churidar with a
    # magenta Banarasi dupatta with zari draped over both shoulders. Caption: epoch-1; answers: VQA.
    case(
        "X1237-011",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. She "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is a scarf around "
            "her neck. The woman",
            "cut",
            hit_limit=True,
        ),
        col("dupatta", "pink"),
        col("kurta", "white"),
        wearing("a white shirt", who=W),
        is_a("dupatta", "no", "contradiction"),
        gender="Women",
        title="Dupatta Bazaar Magenta & Gold-Toned Banarasi Dupatta with Zari",
        category="Dupatta",
        color="Magenta",
    ),
    # Photo: model on a white backdrop in a black saree with thin white stripes and a plain black sleeveless blouse;
    # a ring on her right hand. Caption: epoch-1; answers: VQA.
    case(
        "X1237-012",
        caption(
            "The lady is wearing a saree with striped patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless tank top. The tank top is with cotton fabric and pure color patterns. The lady wears a "
            "ring. There",
            "cut",
            hit_limit=True,
        ),
        col("saree", "black and white"),
        col("blouse", "white", "other_garment_color"),
        BLIND_QUESTIONS.pattern("striped"),
        describe("blouse", "a blouse", "restated"),
        wearing("saree", who=W),
        gender="Women",
        title="Anouk Black & White Striped Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: back view. Green embroidered lehenga, green blouse back with doris, a cream-and-gold net dupatta pinned
    # over the head and falling down her back. Caption: epoch-1; answers: VQA.
    case(
        "X1237-013",
        caption(
            "The lady is wearing a long skirt with pure color patterns. The skirt is with chiffon fabric. The skirt "
            "is with chiffon fabric. The skirt is with chiffon fabric. The skirt is with chiffon fabric. The skirt "
            "is with",
            "loop",
            hit_limit=True,
        ),
        col("skirt", "green"),
        col("blouse", "green"),
        col("dupatta", "green", "other_garment_color"),
        wearing("dress", "contradiction", who=W),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: model with a short bob on a grey backdrop in a navy satin saree and a navy short-sleeve blouse, silver
    # earrings, no ring or bracelet visible. Caption: epoch-1; answers: VQA.
    case(
        "X1237-014",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with other fabric. "
            "His pants are with other fabric and pure color patterns. The gentleman wears a ring. There is an "
            "accessory in his",
            "pronoun",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "blue"),
        wearing("a blue saree", who=W),
        material("satin"),
        gender="Women",
        title="Saree mall Navy Blue Satin Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model on a beige backdrop in a red velvet lehenga with gold embroidery, a gold-toned short-sleeve blouse
    # and a red net dupatta; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-015",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "other fabric. The skirt is with leather fabric and floral patterns. There is an accessory on her "
            "wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        col("skirt", "red"),
        col("blouse", "red", "other_garment_color"),
        col("dupatta", "red"),
        material("velvet"),
        gender="Women",
        title="Warthy Ent Red & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model in a peach saree with silver sequin embellishment and a silver sleeveless blouse, holding a small
    # silver potli bag; plain backdrop. Caption: epoch-1 (short base-style); answers: VQA.
    case(
        "X1237-016",
        caption("a woman in a pink saree holding a purse"),
        col("saree", "peach"),
        col("blouse", "peach", "other_garment_color"),
        wearing("saree", who=W),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Peach-Coloured & Silver-Toned Embellished Saree",
        category="Sarees",
        color="Peach",
    ),
    # Photo: standalone skirt. Model on a white backdrop in a rust flared maxi skirt with a small floral block print,
    # a plain white sleeveless crop top, silver bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-017",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with cotton fabric. The skirt is with cotton fabric and graphic patterns. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "orange"),
        col("top", "white"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        wearing("a skirt", who=W),
        gender="Women",
        title="Studio Rasa Rust Printed Flared Maxi Ethnic Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Photo: model against a white wall in a black georgette saree with a silver sequin border and a black sleeveless
    # blouse, holding the pallu out; a cuff on her wrist. Caption: epoch-1; answers: VQA.
    case(
        "X1237-018",
        caption(
            "The woman is wearing a saree with pure color patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless tank top. The tank top is with chiffon fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        col("saree", "-".join(["black"] * 15), "loop", hit_limit=True),
        col("blouse", "black"),
        material("black", "non_answer"),
        wearing("black saree", who=W),
        gender="Women",
        title="Mitera Black & Silver-Toned Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: a little girl in a pink lehenga with a blue border, a blue short-sleeve blouse and a pink dupatta,
    # holding a bunch of flowers; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-019",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric. The skirt is with cotton fabric and color block patterns. There is an accessory on her "
            "wrist. The female is holding",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "pink"),
        col("blouse", "blue"),
        col("dupatta", "pink"),
        wearing("a pink and blue lehenga", who=G),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Blue Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model on a plain backdrop in a sea green pure cotton saree with white tassels on the pallu, a white
    # three-quarter-sleeve blouse and a watch. Caption: epoch-1 (ran to the limit, ends on a full sentence); answers:
    # VQA.
    case(
        "X1237-020",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. She wears a "
            "medium-sleeve shirt. The shirt is with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "white"),
        material("cotton"),
        details("saree", "the saree has tassels"),
        wearing("green saree", who=W),
        gender="Women",
        title="Suta Sea Green Solid Pure Cotton Saree with Tassels",
        color="Sea Green",
    ),
    # Photo: model on a beige backdrop in a maroon embellished lehenga, a maroon short-sleeve blouse and a gold tissue
    # dupatta held in a hand with a ring. Caption: epoch-1; answers: VQA.
    case(
        "X1237-021",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "other fabric. The skirt is with other fabric and pure color patterns. She wears a ring. The woman "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "maroon"),
        col(
            "blouse",
            "maroon Answer: maroon Answer: maroon Answer: maroon Answer: maroon Answer: maroon Answer: maroon "
            "Answer: maroon",
            "leak",
            hit_limit=True,
        ),
        col("dupatta", "gold"),
        wearing("a maroon lehenga", who=W),
        gender="Women",
        title="Panchhi Maroon & Gold-Toned Embellished Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: model on a white backdrop beside a large green potted plant, in a lavender floral printed chiffon saree
    # with a matching lavender blouse. Caption: epoch-1 (short base-style); answers: VQA.
    case(
        "X1237-022",
        caption("a woman in a purple saree standing next to a plant"),
        col("saree", "purple"),
        col("blouse", "green", "contradiction"),
        wearing("saree", who=W),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("saree", "yes"),
        gender="Women",
        title="Vishudh Lavender Floral Printed Saree",
        category="Sarees",
        color="Lavender",
    ),
    # Photo: model on a grey backdrop in a teal silk-blend saree with a gold zari border and a contrast pink
    # short-sleeve blouse. Caption: epoch-1; answers: VQA.
    case(
        "X1237-023",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. The saree is with "
            "silk fabric. The saree is with silk fabric. The saree is with silk fabric. The saree is with silk "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "blue", "other_garment_color"),
        col("border", "gold"),
        wearing("the woman is wearing", "non_answer", who=W),
        gender="Women",
        title="Kasak Teal Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: model on a grey backdrop in a sky blue lehenga with silver embroidery, a sky blue sleeveless blouse and a
    # sheer white dupatta over one arm; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-024",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        col("skirt", "blue"),
        col("blouse", "blue"),
        col("dupatta", "white"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Women",
        title="Ethnovog Sky Blue & Silver-Toned Embroidered Made to Measure Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: standalone blouse, back view. Black short-sleeve blouse with a deep U back and gold embroidery, styled
    # with a red saree. Caption: epoch-1; answers: VQA.
    case(
        "X1237-025",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "red", "other_garment_color"),
        col("saree", "red"),
        details("blouse", "the sleeves are short and the back is open"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Salwar Studio Women Black Embroidered Padded Readymade Saree Blouse",
        category="Blouse",
        color="Black",
    ),
    # Photo: smiling model on a white backdrop in an orange art silk saree with a pink woven border and a pink
    # short-sleeve blouse; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-026",
        caption(
            "The woman is wearing a saree with pure color patterns. The saree is with silk fabric. She wears a "
            "short-sleeve shirt. The shirt is with silk fabric and pure color patterns. There is an accessory on "
            "her wrist. She",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing an orange saree", "pronoun"),
        col("saree", "orange"),
        col("blouse", "pink"),
        material("silk"),
        gender="Women",
        title="MIMOSA Orange & Pink Woven Design Art Silk Saree",
        category="Sarees",
        color="Orange",
    ),
    # Photo: flat lay, no person: a green silk dupatta with gold woven ethnic motifs folded and fanned out on a white
    # surface. Caption: epoch-1; answers: VQA.
    case(
        "X1237-027",
        caption(
            "The lady is wearing a scarf with pure color patterns. The scarf is with silk fabric. The lady wears a "
            "long skirt. The skirt is with silk fabric and pure color patterns. There is an accessory on her wrist. "
            "The lady",
            "unsupported",
            hit_limit=True,
        ),
        col("dupatta", "green"),
        is_a("dupatta", "yes"),
        BLIND_QUESTIONS.pattern("solid", "contradiction"),
        material("silk"),
        title="SWHF Green & Gold-Toned Ethnic Motifs Woven Design Silk Dupatta",
        category="Dupatta",
        color="Green",
    ),
    # Photo: model holding the pallu spread out, in a purple bandhani printed saree with cream dots and a plain purple
    # short-sleeve blouse; a ring on the hand holding the pallu. Caption: epoch-1 (ran to the limit, ends on a full
    # sentence); answers: VQA.
    case(
        "X1237-028",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve shirt. The shirt is with chiffon fabric and pure color patterns. There is a ring on her "
            "finger.",
            hit_limit=True,
        ),
        col("saree", "purple"),
        col("blouse", "purple"),
        details(
            "saree",
            "the saree has a pattern of small white dots on a purple background and a purple border with a white and "
            "purple border with a white and purple",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a purple saree", "leak", who=W),
        gender="Women",
        title="Ishin Purple & Cream-Coloured Bandhani Printed Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: model on a plain backdrop in a multicoloured patchwork lehenga (red, yellow, green, blue panels), a red
    # short-sleeve blouse and a yellow mirror-work dupatta; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-029",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric. The skirt is with cotton fabric and color block patterns. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        col(
            "skirt",
            "red, yellow, green, blue, red, yellow, green, blue, red, yellow, green, blue, red, yellow, green",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "red"),
        col("dupatta", "yellow"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Aaroha Multicoloured Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: model on a white backdrop in a pink sequinned net saree and a pink sleeveless blouse; a cocktail ring.
    # Caption: epoch-1 (ran to the limit, ends on a full sentence); answers: VQA.
    case(
        "X1237-030",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. She wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady "
            "wears a ring.",
            hit_limit=True,
        ),
        col("saree", "pink"),
        col("blouse", "pink"),
        wearing(" ".join(["pink"] * 30), "loop", who=W, hit_limit=True),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree Swarg Pink Sequinned Net Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: model twirling on a white backdrop in a lime green embroidered lehenga, a pink short-sleeve blouse and a
    # pink dupatta; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-031",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. The woman",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "green"),
        col("blouse", "pink"),
        col("dupatta", "the dupatta is the color of the dupatta", "restated"),
        wearing("lehenga", who=W),
        gender="Women",
        title="Fabpixel Lime Green & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: model mid-stride on a plain backdrop in a cream saree with red ethnic motifs and a red border, a red
    # short-sleeve blouse; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-032",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and graphic patterns. There is an accessory on her "
            "wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "white"),
        col("blouse", "red"),
        wearing("a white saree", who=W),
        is_a("saree", "yes"),
        gender="Women",
        title="Tikhi Imli Cream-Coloured & Red Ethnic Motifs Printed Saree",
        category="Sarees",
        color="Cream",
    ),
    # Photo: a young girl with short hair in a peach embroidered lehenga, a peach blouse and a gold dupatta; no ring.
    # Caption: epoch-1; answers: VQA.
    case(
        "X1237-033",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric. The skirt is with chiffon fabric and pure color patterns. He wears a ring. There is an",
            "pronoun",
            hit_limit=True,
        ),
        col("skirt", "peach"),
        col("blouse", "peach"),
        col("dupatta", "peach", "other_garment_color"),
        wearing("lehenga", who=G),
        gender="Girls",
        title="Pspeaches Girls Peach-Coloured Embroidered Ready to Wear Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: flat lay, no person: red blouse fabric folded on a white surface with its gold woven border showing.
    # Caption: epoch-1 (short base-style); answers: VQA.
    case(
        "X1237-034",
        caption("a red and gold fabric on a white background"),
        col("blouse", "red"),
        col("border", "gold"),
        is_a("blouse", "yes"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Mimosa Red Woven Design Unstitched Blouse Fabric",
        category="Blouse",
        color="Red",
    ),
    # Photo: model on a plain backdrop in a blue and white floral printed saree and a white short-sleeve blouse; no
    # hat. Caption: epoch-1; answers: VQA.
    case(
        "X1237-035",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve shirt. The shirt is with cotton fabric and pure color patterns. She wears a hat. There is "
            "an",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "white"),
        BLIND_QUESTIONS.pattern("floral"),
        wearing("a blue saree", who=W),
        gender="Women",
        title="Soch Blue & White Floral Printed Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: model in front of a plain backdrop hung with marigold garlands, in a yellow lehenga with green embroidery,
    # a green short-sleeve blouse and a yellow dupatta with a green border over both arms. Caption: epoch-1; answers:
    # VQA. The feed leaves gender empty.
    case(
        "X1237-036",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "other fabric. The skirt is with chiffon fabric and floral patterns. There are flowers in the "
            "background. The lady",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "yellow"),
        col("blouse", "green"),
        col("dupatta", "yellow and green"),
        details(
            "lehenga",
            "the lehenga is embroidered with green thread and has a yellow border with green thread and has a yellow "
            "border with green",
            "loop",
            hit_limit=True,
        ),
        wearing("yellow lehenga", who=W),
        title="Mitera Yellow & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: model on a grey backdrop under warm light in a burgundy satin saree and a burgundy sleeveless blouse.
    # Caption: epoch-1; answers: VQA.
    case(
        "X1237-037",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. She wears a "
            "sleeveless tank top. The tank top is with silk fabric and pure color patterns. There is an accessory "
            "on",
            "cut",
            hit_limit=True,
        ),
        col("saree", "brown", "contradiction"),
        col("blouse", "red"),
        wearing("saree", who=W),
        is_a("saree", "yes"),
        gender="Women",
        title="Anouk Burgundy Solid Satin Saree",
        category="Sarees",
        color="Burgundy",
    ),
    # Photo: model on a plain backdrop in a black sequinned lehenga, a black short-sleeve blouse and a gold net
    # dupatta, holding a gold clutch; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-038",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "other fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her "
            "wrist. She",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "black"),
        col("blouse", "black"),
        col("dupatta", "black", "other_garment_color"),
        wearing("", "non_answer", who=W),
        gender="Women",
        title="Zeel Clothing Black & Gold-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model seated on a stool in an olive organza saree with an embroidered border and an olive blouse with
    # short puff sleeves. Caption: epoch-1 (short base-style); answers: VQA.
    case(
        "X1237-039",
        caption("a woman in a green saree sitting on a stool"),
        col("saree", "green"),
        col("blouse", "green"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        wearing("green saree", who=W),
        gender="Women",
        title="Koskii Olive Green Embroidered Organza Saree",
        category="Sarees",
        color="Olive",
    ),
    # Photo: standalone dupatta. Model in a plain yellow long-sleeve kurta and white palazzos with a red bandhani
    # dupatta over one shoulder. Caption: epoch-1; answers: VQA.
    case(
        "X1237-040",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. She "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is a scarf around "
            "her neck",
            "cut",
            hit_limit=True,
        ),
        col("dupatta", "yellow", "other_garment_color"),
        col("kurta", "yellow"),
        is_a("dupatta", "yes"),
        wearing("a yellow shirt and white pants", who=W),
        gender="Women",
        title="Dupatta Bazaar Red & Gold-Toned Bandhani Printed Dupatta",
        category="Dupatta",
        color="Red",
    ),
    # Photo: model on a plain backdrop in a purple lehenga with silver embroidery, a purple short-sleeve blouse and a
    # lavender net dupatta; no glasses. Caption: epoch-1; answers: VQA.
    case(
        "X1237-041",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and floral patterns. The lady wears glasses. There is "
            "an accessory",
            "unsupported",
            hit_limit=True,
        ),
        col("skirt", "purple"),
        col("blouse", "purple"),
        col("dupatta", "purple"),
        wearing(
            "she is wearing a purple lehenga choli with a purple dupatta and a purple lehenga choli with a purple "
            "dupatta and a purple",
            "loop",
            who=W,
            hit_limit=True,
        ),
        gender="Women",
        title="Mitera Purple & Silver-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Photo: model on a plain backdrop in a grey linen-blend saree with a printed pink border and a pink short-sleeve
    # blouse; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-042",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve shirt. The shirt is with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        col("saree", "grey"),
        col("blouse", "grey", "other_garment_color"),
        material("none", "non_answer"),
        wearing("saree", who=W),
        gender="Women",
        title="Mitera Grey & Pink Printed Linen Blend Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: model in a sea green lehenga with gold foil print, a sea green short-sleeve blouse and a gold dupatta
    # draped over one shoulder like a saree pallu; bangles. Caption: epoch-1; answers: VQA.
    case(
        "X1237-043",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with silk fabric. She wears a "
            "short-sleeve shirt. The shirt is with silk fabric and pure color patterns. There is an accessory on "
            "her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        col("skirt", "green"),
        col("blouse", "green"),
        col("dupatta", "gold"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Sea Green & Gold-Toned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: model on a plain backdrop in a coral saree with a white leaf print and a matching printed coral
    # short-sleeve blouse with white piping. Caption: epoch-1; answers: VQA.
    case(
        "X1237-044",
        caption(
            "The lady is wearing a saree with floral patterns. The lady is wearing a saree with floral patterns. The "
            "lady is wearing a saree with floral patterns. The lady is wearing a saree with",
            "loop",
            hit_limit=True,
        ),
        col("saree", "orange"),
        col(
            "blouse",
            "the blouse is orange with white leaves printed on it and the sleeves are short with a white piping at "
            "the edge of the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        wearing("orange saree", who=W),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Sangria Coral Printed Saree with Blouse Piece",
        category="Sarees",
        color="Coral",
    ),
    # Photo: a girl in a red lehenga with a gold gota border, a gold-toned sleeveless blouse and a red dupatta, holding
    # a small potli; bangles. Caption: epoch-1 (ran to the limit, ends on a full sentence); answers: VQA. The feed
    # leaves the colour empty.
    case(
        "X1237-045",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with other fabric. The skirt is with other fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            hit_limit=True,
        ),
        col("skirt", "red"),
        col("blouse", "gold"),
        col("dupatta", "red"),
        wearing("dress", "contradiction", who=G),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Biba Girls Red & Gold-Toned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
    ),
]
