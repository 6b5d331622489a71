"""BLIND_1549 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions + VQA piece colors): written blind in the
sixty-sixth session. Measured blind at b37ad1b (the session's second rules): 74/94 failures found (78.7%) and 16/221
correct texts flagged (7.2%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, article types "Sarees" and "Lehenga Choli" (two "Girls" lehengas among them),
Myntra-style titles that carry the colours and often the fabric, base colour and gender columns, one column missing
now and then. Photos are the usual catalog shots: a model on a plain or tinted backdrop, some with a prop (clutch,
potli, brass lamp, jute bag, sunglasses in hand, a chair, a plant), three flat lays, two back views. Each product got a
caption and the colour of each piece: saree, blouse, border for sarees; skirt, blouse, dupatta for lehengas (the
questionnaire asks the dupatta even when the set has none), plus "What is the person wearing?" and "Is this a
saree/lehenga?". From product 016 on, the job added "What type of garment is this?" for everything and the material
question for sarees, so the first fifteen products have five answers and the rest six or seven.
Who wrote what: every caption comes from leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
Salesforce/blip2-opt-2.7b (greedy, 50 new tokens), so captions are DeepFashion templates with pattern words and no
hues, and they rarely stop before the limit. Every answer comes from leoreigoto/Data3_V3_BLIP2_VQA (greedy, 30 new
tokens, "Question: ... Answer:" prompt), stored raw: color questions as open, the yes/no and garment-type questions as
closed with the raw text kept. Answers that stopped early are short; the rest loop, leak the next "Question:", or
run on.
Labeling conventions and judgement calls: the truth is the photo I imagined (comment above each case) and the title.
In captions I accept the template's vocabulary where it maps onto the visible piece (blouse -> shirt or tank top,
saree drape or lehenga -> long skirt, halter -> suspenders neckline, embroidery or butis -> floral, zari brocade ->
lattice, leheriya -> striped) and "chiffon fabric" for silk, georgette, organza or net, the nearest word the template
has; "cotton" or "furry" against a title that says velvet or silk is a contradiction. In free answers the vocabulary
is open, so a material the title contradicts is a contradiction and a material neither the title nor the photo
supports is unsupported. Near hues count as right (red for maroon or burgundy, pink for magenta or coral, purple for
lavender, green for teal or sea green, white for cream, yellow for mustard, brown for rust); a backdrop's colour given
for a piece is a contradiction; another piece's colour given for a piece is other_garment_color (the saree's body
colour given for its border counts too). "Dress" for a saree or a lehenga set is a contradiction; "skirt" or "a skirt
and a top" for a lehenga is accepted. A caption on a flat lay that puts a lady, sleeves and a neckline in it is
unsupported; a colour for a dupatta the set does not have is unsupported; "a saree" as what the person wears on a flat
lay is accepted (it names the product), "dress" there is not. A caption cut mid-sentence at the limit is cut unless it
also says something wrong, in which case the wrong content is the label (one label per text); a caption that repeats a
sentence is loop even if the repeat is only once; a caption that happened to end on a full stop at the limit is
correct if its content is. Every text marked hit_limit ran the full 50 or 30 new tokens. A flat-lay "wearing" answer
that is empty is non_answer; "the border is the border of the saree" is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

GT = BLIND_QUESTIONS.garment_type
MAT = BLIND_QUESTIONS.material

BLIND_1549 = [
    # 001 Photo: model on a grey backdrop in a maroon Banarasi silk-blend saree with a broad gold zari border, matching
    # maroon blouse with elbow sleeves, gold jhumkas and bangles. Caption: epoch-1 caption adapter; answers: VQA adapter
    # (the border answer loops).
    case(
        "X1549-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and lattice patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        color_of(
            "border",
            "gold and maroon and gold and maroon and gold and maroon and gold and maroon and gold and maroon and "
            "gold and maroon and gold and maroon and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # 002 Photo: flat lay, no person: a navy georgette saree folded with the pallu fanned out, silver sequinned floral
    # embroidery, the navy blouse piece folded on top. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1549-002",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "navy blue", kind="open"),
        color_of("blouse", "navy", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Navy Blue & Silver-Toned Floral Embroidered Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # 003 Photo: model on white in a peach sequinned lehenga, matching sleeveless peach blouse with a sweetheart neck, a
    # sheer peach net dupatta with a scalloped edge over one shoulder, silver choker. Caption: caption adapter (it
    # happened to end on a full stop at the limit); answers: VQA adapter.
    case(
        "X1549-003",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric and it "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns. This lady has neckwear.",
            hit_limit=True,
        ),
        color_of("skirt", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        wearing("a skirt and a top"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Peach-Coloured & Silver-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse "
        "With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # 004 Photo: model in a maroon velvet lehenga with gold zari embroidery, maroon blouse with three-quarter sleeves,
    # a contrasting pink net dupatta with a gold border over her head and shoulders. Caption: caption adapter
    # ("cotton" against a velvet title); answers: VQA adapter (the blouse's maroon given for the dupatta).
    case(
        "X1549-004",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        color_of("skirt", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        wearing("a maroon lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Maroon & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With "
        "Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # 005 Photo: model in a mustard cotton saree block-printed with black motifs and a black border, a contrasting
    # black sleeveless blouse, oxidised silver jewellery, a jute bag on her arm. Caption: caption adapter; answers: VQA
    # adapter (the saree's colour given for the blouse; the border answer leaks the next question).
    case(
        "X1549-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and graphic "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of(
            "border",
            "black Question: What is the color of the blouse? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("a yellow saree and a black top"),
        is_a("saree", "yes"),
        gender="Women",
        title="Suta Mustard & Black Ethnic Motifs Printed Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
    ),
    # 006 Photo: a girl of about eight on white in a pink and gold printed lehenga, sleeveless pink blouse with gota
    # trim, pink net dupatta pinned on one shoulder. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1549-006",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a pink dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aarika Girls Pink & Gold-Toned Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 007 Photo: back view: model turned away, the teal Kanjeevaram pallu over her shoulder, a teal blouse with a deep
    # back and a tasselled tie, gold border along the hem. Caption: caption adapter (loops on the accessory sentence);
    # answers: VQA adapter.
    case(
        "X1549-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an accessory "
            "on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("a green saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Kalini Teal Green & Gold-Toned Woven Design Zari Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
    ),
    # 008 Photo: model in a navy cotton lehenga with multicolour thread and mirror embroidery, navy blouse with elbow
    # sleeves, a red dupatta with mirror work. Caption: caption adapter (ended on a full stop at the limit); answers:
    # VQA adapter ("no" to the lehenga question).
    case(
        "X1549-008",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("skirt", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "red", kind="open"),
        wearing("a blue and red lehenga"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Fabcartz Navy Blue & Red Mirror Work Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # 009 Photo: model in a pink organza saree with a pink, white and green floral print, a plain pink puff-sleeve
    # blouse, a thin gold lace edge on the border; only earrings, hands bare. Caption: caption adapter (invents a
    # ring); answers: VQA adapter.
    case(
        "X1549-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("border", "pink", kind="open"),
        wearing("a floral dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Pink & Green Floral Printed Organza Saree",
        category="Sarees",
        color="Pink",
    ),
    # 010 Photo: model in a mustard gota-patti lehenga, sleeveless mustard blouse, a contrasting magenta dupatta.
    # Caption: caption adapter; answers: VQA adapter (the wearing answer leaks the prompt format).
    case(
        "X1549-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "it has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "yellow", kind="open"),
        color_of("blouse", "yellow", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing(
            "a yellow skirt Question: What is the person wearing? Answer: a yellow skirt Question: What is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Sangria Mustard & Magenta Gotta Patti Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # 011 Photo: model on grey in a black chiffon saree with a red border, a contrasting red blouse with short sleeves,
    # red bangles. Caption: caption adapter (calls her a gentleman; ended on a full stop); answers: VQA adapter.
    case(
        "X1549-011",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "The gentleman wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        color_of("border", "red", kind="open"),
        wearing("a black saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Anouk Black & Red Solid Pure Chiffon Saree",
        category="Sarees",
        color="Black",
    ),
    # 012 Photo: model in an off-white lehenga with a pastel floral print and sequins, off-white sleeveless blouse, an
    # off-white dupatta with a pink border. No gender column in the feed for this row. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1549-012",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", kind="open"),
        color_of("blouse", "white", kind="open"),
        color_of("dupatta", "white", kind="open"),
        wearing("a white lehenga"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        title="KALINI Off White & Pink Floral Printed Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # 013 Photo: model on beige in a red bandhani georgette saree with white dots and a gold border, red blouse.
    # Caption: caption adapter (repeats the skirt sentence); answers: VQA adapter (the saree's colours for the border,
    # "no" to the saree question).
    case(
        "X1549-013",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. "
            "The skirt is with chiffon fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("border", "red and white", "other_garment_color", kind="open"),
        wearing("red saree"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Mirchi Fashion Red & White Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Red",
    ),
    # 014 Photo: flat lay of the three pieces, no person: a purple embroidered lehenga skirt spread in a circle, the
    # purple blouse fabric folded beside it, a pink dupatta folded at the side. Caption: caption adapter; answers: VQA
    # adapter (one colour for every piece; nothing for the wearing question).
    case(
        "X1549-014",
        caption(
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a "
            "long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a long skirt with "
            "floral patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        wearing("", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Purple & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # 015 Photo: model in a half-and-half silk-blend saree, green pleats and a pink pallu, a plain pink blouse with
    # short sleeves, a thin gold border. Caption: caption adapter (ended on a full stop at the limit); answers: VQA
    # adapter. All correct.
    case(
        "X1549-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and color block "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("saree", "green and pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("a green and pink saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Green & Pink Half and Half Silk Blend Saree",
        category="Sarees",
        color="Green",
    ),
    # 016 Photo: model on white in a lavender organza saree with a silver sequinned border, lavender sleeveless blouse,
    # silver earrings. From here the job also asks the garment type, and the material for sarees. Caption: caption
    # adapter; answers: VQA adapter (the border loops; "dress"; "chiffon" against an organza title).
    case(
        "X1549-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "it has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of(
            "border",
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a purple saree"),
        GT("dress", "contradiction"),
        is_a("saree", "yes"),
        MAT("chiffon", "contradiction"),
        gender="Women",
        title="Mitera Lavender Sequinned Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # 017 Photo: model in a red bridal lehenga heavy with gold zari, red blouse with elbow sleeves, a red net dupatta
    # with a gold border over her head. Caption: caption adapter; answers: VQA adapter (the wearing answer loops).
    case(
        "X1549-017",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        wearing(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        GT("dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Red & Gold-Toned Embroidered Sequinned Semi-Stitched Bridal Lehenga & Unstitched Blouse With "
        "Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # 018 Photo: model in a white Bengal cotton taant saree with a red border, red blouse with elbow sleeves, holding a
    # brass lamp. Caption: caption adapter; answers: VQA adapter (the saree's white given for the blouse).
    case(
        "X1549-018",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        color_of("border", "red", kind="open"),
        wearing("a white saree with a red border"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("cotton"),
        gender="Women",
        title="Royal Rajgharana Saree White & Red Woven Design Pure Cotton Taant Saree",
        category="Sarees",
        color="White",
    ),
    # 019 Photo: model on white in a mint green floral-printed lehenga, mint blouse with puff sleeves, a sheer pink
    # organza dupatta. Caption: caption adapter (ended on a full stop at the limit); answers: VQA adapter (the sheer
    # pink dupatta read as white).
    case(
        "X1549-019",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her neck.",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        wearing("a green and pink lehenga choli"),
        GT("skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ishin Green & Pink Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # 020 Photo: model in a magenta georgette saree with small gold butis and a gold zari border, magenta blouse, gold
    # jhumkas. Caption: caption adapter (ended on a full stop); answers: VQA adapter (the border answer leaks).
    case(
        "X1549-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "border",
            "gold Question: What is the color of the pallu? Answer: gold Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("a pink saree"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("georgette"),
        gender="Women",
        title="Sangria Magenta & Gold-Toned Ethnic Motifs Woven Design Zari Georgette Saree",
        category="Sarees",
        color="Magenta",
    ),
    # 021 Photo: model on dark grey in a black sequinned lehenga, black sleeveless blouse, black net dupatta. Caption:
    # caption adapter; answers: VQA adapter ("dress" for the type).
    case(
        "X1549-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "it has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        color_of("dupatta", "black", kind="open"),
        wearing("a black lehenga"),
        GT("dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mabish by Sonal Jain Black Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # 022 Photo: model in an orange and pink leheriya chiffon saree (diagonal stripes), a plain pink blouse with short
    # sleeves, a pink border, a clutch in her hand. Caption: caption adapter; answers: VQA adapter (the saree's
    # orange for the blouse, "dress" for the saree).
    case(
        "X1549-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and striped patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "orange and pink", kind="open"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        color_of("border", "pink", kind="open"),
        wearing("a striped dress", "contradiction"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("chiffon"),
        gender="Women",
        title="Kasee Orange & Pink Leheriya Printed Pure Chiffon Saree",
        category="Sarees",
        color="Orange",
    ),
    # 023 Photo: back view: model in a rust lehenga with gold foil print, a rust blouse with tie-up back strings and
    # tassels, the rust dupatta with a gold border over her arms. The feed row has no base colour. Caption: caption
    # adapter (loops); answers: VQA adapter ("no" to the lehenga question).
    case(
        "X1549-023",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and graphic patterns. There is an accessory on her "
            "wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "orange", kind="open"),
        color_of("blouse", "orange", kind="open"),
        color_of("dupatta", "brown", kind="open"),
        wearing("a long skirt"),
        GT("skirt"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Sidhidata Rust Foil Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
    ),
    # 024 Photo: flat lay, no person: a folded Kanjeevaram saree, parrot green body, pink border with gold zari, the
    # pink blouse piece folded on top. Caption: caption adapter (puts a lady in it); answers: VQA adapter (the yes/no
    # answer loops).
    case(
        "X1549-024",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns. "
            "There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("border", "pink", kind="open"),
        wearing("a green saree"),
        GT("saree"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        MAT("silk"),
        gender="Women",
        title="Taneira Green & Pink Woven Design Zari Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # 025 Photo: model in a sky blue lehenga with white chikankari embroidery, sky blue blouse with elbow sleeves, a
    # white dupatta. Caption: caption adapter (cut); answers: VQA adapter (blue given for the white dupatta; the
    # wearing answer runs on and is cut, right as far as it goes).
    case(
        "X1549-025",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        wearing(
            "a blue lehenga with white embroidery and a white dupatta with a white border and white embroidery on "
            "the sleeves of the blouse and the hem of the",
            "cut",
            hit_limit=True,
        ),
        GT("skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ahalyaa Blue & White Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # 026 Photo: model on white in a shimmery grey and silver tissue saree, a contrasting black sleeveless halter
    # blouse. Caption: caption adapter; answers: VQA adapter (grey for the black blouse; "satin" against a tissue
    # title).
    case(
        "X1549-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "it has a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure "
            "color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("a grey saree and a black top"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("satin", "contradiction"),
        gender="Women",
        title="Soch Grey & Silver-Toned Solid Tissue Saree",
        category="Sarees",
        color="Grey",
    ),
    # 027 Photo: a girl on white in a yellow lehenga with multicolour floral embroidery, yellow blouse with short
    # sleeves, a green dupatta. Caption: caption adapter (repeats the skirt sentence); answers: VQA adapter.
    case(
        "X1549-027",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "The lady wears a long skirt. The",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "yellow", kind="open"),
        color_of("blouse", "yellow", kind="open"),
        color_of("dupatta", "green", kind="open"),
        wearing("yellow dress", "contradiction"),
        GT("dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # 028 Photo: model in a navy crepe saree with small white polka dots and only a thin navy piping at the edge, a
    # plain navy blouse, sunglasses held in her hand, not worn. Caption: caption adapter (puts the glasses on her);
    # answers: VQA adapter (a white border that is not there; "cotton" for crepe, the title names no fabric).
    case(
        "X1549-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. "
            "The lady wears glasses. There is an",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("border", "white", "unsupported", kind="open"),
        wearing("a blue polka dot saree"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("cotton", "unsupported"),
        gender="Women",
        title="Anouk Navy Blue & White Polka Dot Printed Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # 029 Photo: model in a burgundy velvet lehenga with gold embroidery, burgundy blouse with full sleeves, a gold
    # tissue dupatta. Caption: caption adapter ("furry" against a velvet title); answers: VQA adapter (red for the gold
    # dupatta; the yes/no answer leaks).
    case(
        "X1549-029",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with furry fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with furry fabric and floral patterns. "
            "There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        wearing("a red lehenga"),
        GT("lehenga"),
        is_a(
            "lehenga",
            "yes Question: Is this a lehenga choli? Answer: yes Question: Is this a lehenga choli? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Koskii Burgundy & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # 030 Photo: model in a peach net saree sequinned all over with a scalloped sequin border, peach sleeveless blouse,
    # the pallu over her arm, a potli bag in her hand. Caption: caption adapter (ended on a full stop); answers: VQA
    # adapter (the wearing answer leaks).
    case(
        "X1549-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "it has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("saree", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of("border", "peach", kind="open"),
        wearing(
            "a peach saree Question: What is the person wearing? Answer: a peach saree Question: What is the person "
            "wearing? Answer: a",
            "leak",
            hit_limit=True,
        ),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("net"),
        gender="Women",
        title="Mabish by Sonal Jain Peach-Coloured Embellished Sequinned Net Saree",
        category="Sarees",
        color="Peach",
    ),
    # 031 Photo: model in a multicolour patchwork navratri lehenga (pink, orange, green panels with mirror work), a
    # black mirror-work blouse with short sleeves, a black dupatta with a multicolour border. Caption: caption adapter
    # (ended on a full stop); answers: VQA adapter. All correct.
    case(
        "X1549-031",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and color block "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("skirt", "multicolor", kind="open"),
        color_of("blouse", "black", kind="open"),
        color_of("dupatta", "black", kind="open"),
        wearing("a colorful skirt and a black top"),
        GT("skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Multicoloured Mirror Work Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # 032 Photo: model against a blue painted wall with a potted plant, in a sea green Chanderi saree with gold butis
    # and a gold border, sea green blouse with elbow sleeves. Caption: caption adapter; answers: VQA adapter (the
    # wall's blue given for the saree).
    case(
        "X1549-032",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue", "contradiction", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("a green saree"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("cotton"),
        gender="Women",
        title="Indo Era Sea Green & Gold-Toned Woven Design Zari Chanderi Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # 033 Photo: model in a plain coral lehenga with a gota border at the hem, coral blouse with ruffled short sleeves;
    # the set has no dupatta. Caption: caption adapter (ended on a full stop); answers: VQA adapter (a colour for the
    # dupatta that is not there; "dress" for the type).
    case(
        "X1549-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "white", "unsupported", kind="open"),
        wearing("a pink skirt and a pink top"),
        GT("dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Studio Rasa Coral Gotta Patti Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Coral",
    ),
    # 034 Photo: model in a blue ikat cotton saree with a white and red ikat pattern and a red border, a plain white
    # blouse with three-quarter sleeves, bangles and a ring. Caption: caption adapter; answers: VQA adapter (the
    # saree's blue given for the blouse, the wearing answer loops).
    case(
        "X1549-034",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns. "
            "There is an accessory on her wrist. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("border", "red", kind="open"),
        wearing(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("cotton"),
        gender="Women",
        title="Unnati Silks Blue & Red Ikat Woven Design Pure Cotton Saree",
        category="Sarees",
        color="Blue",
    ),
    # 035 Photo: model against a pink backdrop, side pose, in a lavender lehenga with silver thread embroidery,
    # lavender blouse, lavender dupatta. Caption: caption adapter; answers: VQA adapter (the backdrop's pink given for
    # the dupatta).
    case(
        "X1549-035",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. Her shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        wearing("a purple lehenga"),
        GT("lehenga choli"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panit Lavender Embroidered Thread Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # 036 Photo: model seated on a chair prop in a black pre-draped lycra saree with a silver border, black sleeveless
    # blouse. Caption: caption adapter (ended on a full stop); answers: VQA adapter (the body's black given for the
    # silver border; "dress" for what she wears).
    case(
        "X1549-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "it has a v-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        color_of("border", "black", "other_garment_color", kind="open"),
        wearing("a black dress", "contradiction"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("lycra"),
        gender="Women",
        title="Satrani Black Solid Ready to Wear Pre-Draped Lycra Saree",
        category="Sarees",
        color="Black",
    ),
    # 037 Photo: model in a green lehenga with pink floral embroidery, a contrasting pink blouse with short sleeves, a
    # pink dupatta. Caption: caption adapter (ended on a full stop); answers: VQA adapter (green for every piece; the
    # yes/no answer loops).
    case(
        "X1549-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her neck.",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        wearing("a green lehenga"),
        GT("lehenga"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Chhabra 555 Green & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # 038 Photo: model in a beige linen saree with multicolour tassels on the pallu and no contrasting border, a rust
    # blouse with short sleeves. Caption: caption adapter (ended on a full stop); answers: VQA adapter. All correct.
    case(
        "X1549-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("saree", "beige", kind="open"),
        color_of("blouse", "brown", kind="open"),
        color_of("border", "beige", kind="open"),
        wearing("a beige saree and a brown top"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("linen"),
        gender="Women",
        title="Suta Beige Solid Pure Linen Saree with Tassels",
        category="Sarees",
        color="Beige",
    ),
    # 039 Photo: model in a teal lehenga with gold foil print, teal blouse with elbow sleeves, a mustard dupatta. No
    # gender column for this row. Caption: caption adapter (repeats two sentences); answers: VQA adapter (the yes/no
    # answer leaks).
    case(
        "X1549-039",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "The lady wears a long skirt. The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        wearing("a green skirt and a yellow scarf"),
        GT("skirt"),
        is_a(
            "lehenga",
            "yes Question: Is this a lehenga? Answer: yes Question: Is this a lehenga? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        title="KALINI Teal & Mustard Foil Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # 040 Photo: model in a cream Kerala kasavu cotton saree with a gold zari border, a gold tissue blouse with elbow
    # sleeves, jasmine in her hair. Caption: caption adapter; answers: VQA adapter ("silk" against a cotton title; the
    # yes/no answer loops).
    case(
        "X1549-040",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "gold", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("a white saree with gold border"),
        GT("saree"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        MAT("silk", "contradiction"),
        gender="Women",
        title="Silk Land Cream-Coloured & Gold-Toned Zari Kasavu Pure Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # 041 Photo: model in a pink floral-printed lehenga, a contrasting blue sleeveless blouse, a blue dupatta with a
    # pink border. Caption: caption adapter (a gentleman); answers: VQA adapter (the skirt's pink for the dupatta; "no"
    # to the lehenga question).
    case(
        "X1549-041",
        caption(
            "This gentleman wears a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric and it has a v-shape neckline. The gentleman wears a long skirt. The skirt is with chiffon fabric "
            "and floral patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        wearing("a pink skirt and blue top"),
        GT("skirt"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Ishin Pink & Blue Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 042 Photo: model walking with a folded umbrella in an olive georgette saree with a small floral print and a thin
    # olive border, olive blouse. Caption: caption adapter (repeats the accessory sentence); answers: VQA adapter (the
    # border question answered with its own words).
    case(
        "X1549-042",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her wrist. There is an accessory on her wrist.",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("border", "the border is the border of the saree", "restated", kind="open"),
        wearing("a green saree"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("georgette"),
        gender="Women",
        title="Mitera Olive Green Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Olive",
    ),
    # 043 Photo: model in a silver-grey sequinned lehenga, silver sleeveless blouse, a grey net dupatta. Caption:
    # caption adapter; answers: VQA adapter. Only the caption is wrong (cut).
    case(
        "X1549-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "it has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "silver", kind="open"),
        color_of("blouse", "silver", kind="open"),
        color_of("dupatta", "grey", kind="open"),
        wearing("a silver lehenga"),
        GT("lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mabish by Sonal Jain Grey & Silver-Toned Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Grey",
    ),
    # 044 Photo: model in a purple Banarasi art silk saree with silver zari, a contrasting mustard blouse with elbow
    # sleeves. Caption: caption adapter (long sleeves for elbow sleeves; ended on a full stop); answers: VQA adapter
    # (nothing for the material).
    case(
        "X1549-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and lattice patterns. "
            "There is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "yellow", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("a purple saree"),
        GT("saree"),
        is_a("saree", "yes"),
        MAT("", "non_answer"),
        gender="Women",
        title="Mimosa Purple & Silver-Toned Woven Design Zari Art Silk Banarasi Saree",
        category="Sarees",
        color="Purple",
    ),
    # 045 Photo: model in an orange leheriya-printed lehenga with a gota border, an orange leheriya blouse with short
    # sleeves, a yellow dupatta. Caption: caption adapter; answers: VQA adapter (the dupatta answer loops).
    case(
        "X1549-045",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and striped patterns. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "orange", kind="open"),
        color_of("blouse", "orange", kind="open"),
        color_of(
            "dupatta",
            "orange and yellow and orange and yellow and orange and yellow and orange and yellow and orange and "
            "yellow and orange and yellow and orange and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("orange skirt"),
        GT("skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Vastranand Orange & Yellow Leheriya Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
]
