"""BLIND_59 (44 products; the experiments re-run on Myntra-style women's ethnic wear, the experiments'
questionnaire): written blind in the seventeenth session. Measured blind at 5a20331: 126/147 and 32/145. The
writer's notes, verbatim:

Blind corpus 59: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a Myntra-style catalog
    of women's ethnic wear: kurtas, kurtis, kurta sets with palazzos, trousers or churidars, anarkalis, sarees,
    lehenga cholis, dupattas, salwars and palazzos; many printed, embroidered, sequinned or with gold zari / gota
    borders. Photos are the marketplace's own: a model in a studio or outdoors, some on a dress form or a ghost
    mannequin, a few flat lays and folded sarees with no person at all. The questionnaire is the experiments' own:
    BLIND_QUESTIONS (garment type, color, pattern, sleeve length, material), their yes/no "Is this a ...?"
    question (is_a) and their "What is the color of the {garment}?" question (color_of: closed for the piece
    sold, open for the other pieces and layers), plus, on a few products, the experiments' "What is the person
    wearing?", "Describe the {garment}." and "What are the {garment} details?". Seller columns are the
    marketplace's: gender, article type (category=), base colour (color=) and product title (title=); one product
    (MYN-XX-00942) has no seller columns at all.

Which system wrote which text (named again in the comment above every case)
    - BASE: untuned Salesforce/blip2-opt-2.7b. Stops on the newline, so its texts are short and complete; it
      writes nearly all the correct texts, and its own failures: one color for every garment ("grey" kurta, "grey"
      trousers), a background's or a border's color given as the garment's, the wrong pronoun, invented details
      (pockets, a zip, a handbag, a brand, a watch, "handmade by artisans"), "i don't know", a color for the
      pattern, echoes of the question, and rarely an answer that stops short ("a lehenga with a").
    - CAP1 / CAP3: the caption adapter after epoch 1 / epoch 3 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_
      Epoch and leoreigoto/Data2_V2_Blip2_Finetune_Caption). Returns the DeepFashion template ("The lady wears a
      three-point sleeve upper clothing with graphic patterns...") for every prompt, no hue names, no end token:
      cut at the limit (50 new tokens for captions, 30 for answers) or looping the template.
    - VQA: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers with In-shop vendor-style colors
      ("Olive-green", "Burgundy-gold") and In-shop classes (Dress, Blouse), no end token: runs on into the
      prompt format ("... Question: What is the color of the pants? Answer: ...") or repeats itself to the limit.

How it was written
    Blind. I read only ../shared/CONTEXT.md (what the experiments did and how BLIP-2 failed) and lines 1-168 of
    tests/audit_corpus.py (Text/Case layout, makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question,
    case, TARGETS). Nothing else in the project was opened, searched or run, except an import check of this file.
    Every product is an imagined photo described in the comment above it; every label is judged against that
    photo and the seller columns.

Label conventions and judgement calls
    - One label per text. A text that runs to the limit and ends mid-phrase is "cut" (hit_limit=True), unless it
      already repeats itself ("loop") or has run on into "Question:"/"Answer:" ("leak"); those keep
      hit_limit=True when they reached the limit.
    - "cut" with hit_limit=False: a text that stops mid-phrase before the limit (three of them).
    - A caption-adapter answer that happens to end on a full stop at the limit keeps its hit_limit=True and is
      labelled by what is wrong with its words: an invented shirt on a flat lay ("unsupported"), "The gentleman"
      and "His" for a woman ("pronoun").
    - "contradiction": a color or garment the photo, the seller or the product's other texts contradict, including
      the background's color (brick wall, blue door, wooden floor), a border's color given as the whole garment's
      (gold for a green saree with a gold border, gold for a red dupatta with a gold edge), "grey" for everything,
      "dress" for a flat-laid salwar, "no" to "Is this a saree?" on a saree, a wrong sleeve length.
    - "other_garment_color": an open color_of answer that gives the piece asked about the color of another piece
      in the same photo (the kurta's maroon for the white palazzos, the top's white for the printed palazzos),
      which another text or the seller has right. A closed "color of the garment" answered with the color of a
      piece that is not the product (the kurta's yellow for a black salwar) is labelled "contradiction".
    - "non_answer": empty, "i don't know", "unknown", "I'm not sure", "nothing", "a garment", "clothing",
      "fabric", "sleeves", "yes"/"no" to an open-ended question, or a color given for the pattern question.
    - "restated": the question echoed back as a sentence ("the sleeve length of the garment is the length of the
      sleeves", "the garment is made of a material"), also when a bare answer trails the echo ("the sleeve length
      of the garment is three quarter", "this is a type of garment called a saree").
    - "pronoun": "a man", "he", "his", "The gentleman" for a woman (every product with a person shows a woman).
    - "unsupported": details not in the photo: pockets, zip, gold buttons, handbag, watch, high heels, tassels,
      a clutch, a tie-up back on a front shot, a brand with no logo visible, "4-way stretch", "machine washable",
      "handmade by artisans in rajasthan", "zari woven by hand" on a printed georgette.
    - Correct near-color synonyms: maroon~burgundy~dark red, navy blue~blue, mustard~yellow, teal~green,
      rust~orange, magenta~pink, off white~white, lavender~purple, sea green~green, olive~green, maroon border~red
      border. Not synonyms: burgundy~black, black~grey, white~grey.
    - Correct near-garment synonyms: dupatta~scarf/shawl, churidar~leggings, salwar/palazzo~pants,
      kurti~kurta/top/tunic, lehenga~skirt ("Is this a skirt?" yes on a lehenga), saree~sari, anarkali gown~gown/
      dress. Wrong: saree for a lehenga choli, dress for a saree, blouse for a kurta or kurti.
    - A caption or answer that names a background, a layer or a worn non-product piece correctly is correct
      ("a woman wearing a black top and white wide leg pants" for white palazzos).
    - Product shots with no person: a caption that names no person is correct; "the mannequin is wearing ..." is
      correct.
    - Bandhani answered "polka dots" and an ikat answered "geometric" are correct pattern answers.
    - Material is judged against the title (cotton, silk blend, velvet, chiffon, handloom cotton, art silk);
      where the title is silent a plausible visible material (cotton, silk) is accepted as correct.
    - Sleeve length of a saree or lehenga answers for its blouse/choli and is correct when the blouse matches.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

gt, col, pat, sl, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

CUT, NON, CON, OGC = "cut", "non_answer", "contradiction", "other_garment_color"
LOOP, LEAK, UNS, RES, PRO = "loop", "leak", "unsupported", "restated", "pronoun"

W = "Women"

BLIND_59: list[Case] = [
    # 1. Woman in a maroon floral-printed kurta, 3/4 sleeves, white palazzos, white dupatta over one arm; grey
    #    studio background. BASE: caption, color, pattern, palazzo color (the kurta's maroon), is_a kurta.
    #    CAP3: sleeve length (template cut at 30 tokens). VQA: material (runs into the prompt).
    case(
        "MYN-KS-10231",
        caption("a woman in a maroon kurta and white palazzo pants"),
        col("maroon"),
        pat("floral"),
        sl(
            "The lady wears a three-point sleeve upper clothing with floral patterns. The upper clothing is with "
            "cotton fabric. It has a v-shape",
            CUT,
            hit_limit=True,
        ),
        color_of("palazzo", "maroon", OGC, kind="open"),
        is_a("kurta", "yes"),
        mat(
            "Cotton Question: What is the color of the palazzo? Answer: Maroon Question: What is the color of "
            "the dupatta? Answer:",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Maroon",
        title="Libas Women Maroon Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 2. Mustard straight kurti with white block-print motifs, short sleeves, worn with blue jeans; white wall.
    #    BASE: caption, color, jeans color, sleeve length ("sleeves"). VQA: pattern (runs into the prompt).
    #    CAP1: material (template cut).
    case(
        "MYN-KU-20417",
        caption("a woman wearing a yellow kurti and blue jeans"),
        col("yellow"),
        color_of("jeans", "blue", kind="open"),
        pat(
            "Floral-white Question: What is the color of the jeans? Answer: Blue Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        sl("sleeves", NON),
        mat(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The pants "
            "this lady wears is of long",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Mustard",
        title="Anouk Women Mustard Yellow & White Block Print Straight Kurti",
    ),
    # 3. Model in a plain green silk-blend saree with a wide gold zari border and gold pallu, green blouse.
    #    BASE: caption, color (gives the border's gold), garment_type, pattern. VQA: saree color (loops).
    case(
        "MYN-SA-30988",
        caption("a woman in a green and gold saree"),
        col("gold", CON),
        gt("saree"),
        pat("plain with a gold border"),
        color_of(
            "saree",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            LOOP,
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Green",
        title="Mitera Green & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # 4. Navy blue flared anarkali kurta with a small gold ethnic-motif print, full sleeves, white churidar; no
    #    pockets, no buttons. CAP3: caption (template cut at 50). BASE: color, pattern, sleeve length (restated),
    #    kurta color, details (invents a pocket and buttons). VQA: is_a dress (runs into the prompt).
    case(
        "MYN-KU-41102",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The pants this lady wears is of long length. The pants "
            "are with cotton fabric and",
            CUT,
            hit_limit=True,
        ),
        col("blue"),
        pat("printed"),
        sl("the sleeve length of the garment is long", RES),
        color_of("kurta", "navy blue"),
        details("kurta", "it has a pocket on the right side and gold buttons down the front", UNS),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: Navy-gold Question: Is this a dress? Answer: yes "
            "Question:",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Biba Women Navy Blue Ethnic Motifs Printed Anarkali Kurta",
    ),
    # 5. Light pink solid cotton kurta, 3/4 sleeves, white churidar, white chiffon dupatta draped over both
    #    shoulders; pale grey wall. BASE: caption (grey for everything), color, dupatta color (the kurta's pink),
    #    pattern, sleeve length. CAP3: material (template cut).
    case(
        "MYN-KS-10577",
        caption("a woman in a grey kurta and grey pants standing in front of a grey wall", CON),
        col("pink"),
        color_of("dupatta", "pink", OGC, kind="open"),
        pat("solid"),
        sl("three quarter"),
        mat(
            "The lady wears a three-point sleeve upper clothing with pure color patterns. The upper clothing is "
            "with cotton fabric. It has a",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="W Women Pink Solid Cotton Kurta with Churidar & Dupatta",
    ),
    # 6. Bride-style model in a red lehenga with dense gold embroidery, short-sleeved red choli, red net dupatta
    #    over the head; necklace and earrings; the lehenga covers her feet. BASE: caption, garment_type (saree),
    #    is_a skirt, color, dupatta color, wearing (invents high heels). CAP3: pattern (template cut).
    #    VQA: material (loops).
    case(
        "MYN-LC-50214",
        caption("a woman in a red and gold bridal lehenga"),
        gt("saree", CON),
        is_a("skirt", "yes"),
        col("red"),
        pat(
            "The lady wears a sleeveless upper clothing with graphic patterns. The upper clothing is with other "
            "fabric. It has a",
            CUT,
            hit_limit=True,
        ),
        color_of("dupatta", "red", kind="open"),
        wearing("a red lehenga with gold embroidery and high heels", UNS),
        mat(
            "Silk-blend silk-blend silk-blend silk-blend silk-blend silk-blend silk-blend silk-blend silk-blend",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Kalini Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 7. Flat lay, no person: yellow chiffon dupatta, plain body, pink and gold gota-patti border, on white.
    #    BASE: caption, garment_type (scarf), color, pattern ("yes"). VQA: is_a dupatta (loops).
    #    CAP1: sleeve length (template with an invented lady, cut).
    case(
        "MYN-DU-60045",
        caption("a yellow scarf with pink and gold trim on a white background"),
        gt("scarf"),
        col("yellow"),
        pat("yes", NON),
        is_a(
            "dupatta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            LOOP,
            hit_limit=True,
        ),
        sl(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Yellow",
        title="Dupatta Bazaar Yellow Gota Patti Chiffon Dupatta",
    ),
    # 8. White solid flared palazzos worn with a black sleeveless top (the top is not sold); studio.
    #    BASE: caption, color (the top's black), pants color, garment_type, pattern (restated).
    #    VQA: sleeve length (runs into the prompt).
    case(
        "MYN-PZ-70310",
        caption("a woman wearing a black top and white wide leg pants"),
        col("black", CON),
        color_of("pants", "white", kind="open"),
        gt("pants"),
        pat("the pattern of the garment is solid", RES),
        sl(
            "Sleeveless Question: What is the color of the top? Answer: Black Question: What is the sleeve length "
            "of the pants? Answer:",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Palazzos",
        color="White",
        title="SASSAFRAS Women White Solid Flared Palazzos",
    ),
    # 9. Teal A-line kurti with a small white print, 3/4 sleeves, white leggings; red brick wall behind.
    #    BASE: caption, color, kurti color (the wall's red), pattern, material (i don't know), wearing (a man).
    #    CAP3: garment_type (template cut). VQA: is_a kurta (loops).
    case(
        "MYN-KU-20598",
        caption("a woman in a teal printed kurti standing in front of a brick wall"),
        col("green"),
        color_of("kurti", "red", CON, kind="open"),
        pat("printed"),
        wearing("a man in a teal kurti and white leggings", PRO),
        gt(
            "The lady wears a three-point sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The",
            CUT,
            hit_limit=True,
        ),
        mat("i don't know", NON),
        is_a(
            "kurta",
            "Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes. Yes.",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Teal",
        title="Rangriti Women Teal Printed A-Line Kurti",
    ),
    # 10. Model in a multicoloured floral printed georgette saree, short-sleeved matching blouse, in a garden.
    #     BASE: caption, color, material (invents zari and silk), is_a saree. VQA: garment_type (runs into the
    #     prompt). CAP1: sleeve length (template cut).
    case(
        "MYN-SA-31120",
        caption("a woman in a colorful floral saree standing in a garden"),
        col("multicolored"),
        mat("it's made of silk and has a zari border woven by hand", UNS),
        gt(
            "Dress Question: What is the color of the dress? Answer: Multi Question: What is the color of the "
            "dress? Answer: Multi",
            LEAK,
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        sl(
            "The lady wears a short-sleeve upper clothing with floral patterns. The upper clothing is with chiffon "
            "fabric. The lower clothing is",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Multi",
        title="Saree mall Multicoloured Floral Printed Georgette Saree",
    ),
    # 11. Off-white solid churidar worn under a maroon knee-length kurta (kurta not sold); studio.
    #     BASE: caption, garment_type (leggings), color, leggings color (the kurta's maroon), material (invents a
    #     stretch spec). VQA: is_a leggings (loops). CAP1: pattern (template loop).
    case(
        "MYN-CH-80021",
        caption("a woman wearing a maroon kurta and white leggings"),
        gt("leggings"),
        col("white"),
        color_of("leggings", "maroon", OGC, kind="open"),
        is_a(
            "leggings",
            "yes, leggings, leggings, leggings, leggings, leggings, leggings, leggings, leggings, leggings, "
            "leggings, leggings, leggings",
            LOOP,
            hit_limit=True,
        ),
        mat("cotton lycra with 4-way stretch", UNS),
        pat(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants this lady wears is of",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Churidar",
        color="Off White",
        title="Go Colors Women Off-White Solid Churidar",
    ),
    # 12. Woman with a short pixie cut in a blue ethnic-motif printed kurta, full sleeves, white trousers.
    #     BASE: caption (a man), color, trousers color, garment_type. CAP3: pattern (template cut).
    #     VQA: is_a shirt (runs into the prompt).
    case(
        "MYN-KS-10802",
        caption("a man in a blue kurta and white pants", PRO),
        col("blue"),
        color_of("trousers", "white", kind="open"),
        pat(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The pants "
            "this lady wears is of long",
            CUT,
            hit_limit=True,
        ),
        gt("kurta"),
        is_a(
            "shirt",
            "no Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: no Question: Is this a",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Blue",
        title="Anubhutee Women Blue Ethnic Motifs Printed Kurta with Trousers",
    ),
    # 13. Black straight kurta with a gold foil-print yoke and gold hem border, 3/4 sleeves, beige trousers.
    #     BASE: caption, color, kurta color (the border's gold), sleeve length, details, material ("fabric").
    #     CAP3: pattern (template loop).
    case(
        "MYN-KU-41377",
        caption("a woman in a black and gold kurta and beige pants"),
        col("black"),
        color_of("kurta", "gold", CON, kind="open"),
        pat(
            "The lady wears a long-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric. The upper clothing is with cotton fabric. The upper clothing is",
            LOOP,
            hit_limit=True,
        ),
        sl("three-quarter sleeves"),
        details("kurta", "gold print on the yoke and the hem"),
        mat("fabric", NON),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Vishudh Women Black & Gold-Toned Yoke Design Straight Kurta",
    ),
    # 14. Flat lay, no person: a folded peach salwar and a peach dupatta with a lace edge, on white.
    #     BASE: caption, color, garment_type (dress), pattern. VQA: is_a dress (runs into the prompt).
    #     CAP1: sleeve length (template ends on a full stop at the limit, invents a long-sleeve shirt).
    case(
        "MYN-SD-90114",
        caption("a pair of peach pants and a scarf on a white background"),
        col("peach"),
        gt("dress", CON),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this",
            LEAK,
            hit_limit=True,
        ),
        pat("solid"),
        sl(
            "The person wears a long-sleeve shirt with pure color patterns. It has a round neckline. The pants "
            "this person wears is of long length.",
            UNS,
            hit_limit=True,
        ),
        gender=W,
        category="Salwar and Dupatta",
        color="Peach",
        title="Rajnandini Women Peach Solid Salwar with Dupatta",
    ),
    # 15. Model in a pink lehenga with mirror work and embroidery, sleeveless pink blouse, pink net dupatta.
    #     CAP1: caption (template cut). BASE: garment_type, color, pattern, sleeve length, material (invents
    #     artisans). VQA: is_a dress (loops).
    case(
        "MYN-LC-50378",
        caption(
            "The lady wears a sleeveless upper clothing with graphic patterns. The upper clothing is with other "
            "fabric. It has a v-shape neckline. The lower clothing is of long length. The fabric is other and it "
            "has graphic patterns. There is",
            CUT,
            hit_limit=True,
        ),
        gt("lehenga"),
        col("pink"),
        pat("embroidered"),
        sl("sleeveless"),
        is_a(
            "dress",
            "yes it is a dress it is a dress it is a dress it is a dress it is a dress it is a dress it is a",
            LOOP,
            hit_limit=True,
        ),
        mat("silk, handmade by artisans in rajasthan", UNS),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Fusionic Pink Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # 16. Olive green solid kurta with a small embroidered neckline, long sleeves, matching olive palazzos;
    #     beige background. BASE: caption, pattern (restated), sleeve length, palazzo color.
    #     VQA: color (runs into the prompt). CAP3: details (template cut).
    case(
        "MYN-KS-11046",
        caption("a woman in an olive green kurta and matching pants"),
        col(
            "Olive-green Question: What is the color of the pants? Answer: Olive-green Question: What is the color "
            "of the",
            LEAK,
            hit_limit=True,
        ),
        pat("the pattern of the garment is the pattern of the kurta", RES),
        sl("long sleeves"),
        details(
            "kurta",
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The",
            CUT,
            hit_limit=True,
        ),
        color_of("palazzo", "green", kind="open"),
        gender=W,
        category="Kurta Sets",
        color="Olive",
        title="Sangria Women Olive Green Solid Kurta with Palazzos",
    ),
    # 17. Ghost-mannequin shot, no person: navy blue and white dabu-print cotton kurti, 3/4 sleeves, on white.
    #     BASE: caption, color, pattern, material ("unknown"). CAP3: sleeve length (template loop, invents a
    #     lady). VQA: garment_type (blouse, runs into the prompt).
    case(
        "MYN-KU-20733",
        caption("a blue and white printed tunic on a white background"),
        col("blue and white"),
        pat("printed"),
        mat("unknown", NON),
        sl(
            "The lady wears a three-point sleeve shirt. The lady wears a three-point sleeve shirt. The lady wears a "
            "three-point sleeve",
            LOOP,
            hit_limit=True,
        ),
        gt(
            "Blouse Question: Is this a blouse? Answer: yes Question: What is the color of the blouse? Answer: Navy",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Navy Blue",
        title="Jaipur Kurti Women Navy Blue & White Dabu Print Pure Cotton Kurti",
    ),
    # 18. Burgundy velvet anarkali gown with gold embroidery at the yoke, full sleeves, matching dupatta; warm
    #     studio light. CAP3: caption and sleeve length (template cut). BASE: garment_type, is_a dress, color
    #     (black), material. VQA: dupatta color (loops).
    case(
        "MYN-ED-12009",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length. The fabric is other and it has graphic patterns. There is "
            "an accessory on",
            CUT,
            hit_limit=True,
        ),
        gt("gown"),
        is_a("dress", "yes"),
        col("black", CON),
        mat("velvet"),
        sl(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The dress",
            CUT,
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "Burgundy-gold Burgundy-gold Burgundy-gold Burgundy-gold Burgundy-gold Burgundy-gold Burgundy-gold",
            LOOP,
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Dresses",
        color="Burgundy",
        title="Inddus Burgundy Velvet Embroidered Anarkali Gown with Dupatta",
    ),
    # 19. Model in a blue ikat cotton saree with a plain pink short-sleeved blouse; studio.
    #     BASE: caption, color, pattern, material (restated), blouse color (the saree's blue).
    #     CAP3: describe the saree (template loop).
    case(
        "MYN-SA-31455",
        caption("a woman in a blue saree with a pink blouse"),
        col("blue"),
        pat("geometric"),
        mat("the material of the garment is the material it is made of", RES),
        color_of("blouse", "blue", OGC, kind="open"),
        describe(
            "saree",
            "The lady wears a sleeveless upper clothing with lattice patterns. The lower clothing is of long length. "
            "The lady wears a sleeveless",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Blue",
        title="Mulmul Blue & Pink Ikat Woven Design Pure Cotton Saree",
    ),
    # 20. Yellow kurta with white floral thread embroidery, long sleeves, white trousers, white organza dupatta;
    #     she stands in front of a blue wooden door. BASE: caption, color (the door's blue), kurta color,
    #     pattern, sleeve length (i don't know). CAP1: material (template cut). CAP3: details (loop).
    case(
        "MYN-KS-11230",
        caption("a woman in a yellow kurta standing in front of a blue door"),
        col("blue", CON),
        color_of("kurta", "yellow"),
        pat("floral"),
        sl("i don't know", NON),
        mat(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this",
            CUT,
            hit_limit=True,
        ),
        details(
            "kurta",
            "the embroidery, the neckline, the sleeves, the embroidery, the neckline, the sleeves, the embroidery, "
            "the neckline, the sleeves, the",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Yellow",
        title="Varanga Women Yellow Floral Embroidered Kurta with Trousers & Dupatta",
    ),
    # 21. Rust orange palazzos with a geometric print, worn with a white short-sleeved top (not sold).
    #     BASE: caption, color, pants color (the top's white), pattern, garment_type ("clothing"), is_a skirt.
    #     VQA: sleeve length (runs into the prompt). CAP1: material ("The gentleman", ends on a full stop).
    case(
        "MYN-PZ-70488",
        caption("a woman wearing a white shirt and orange printed pants"),
        col("orange"),
        color_of("pants", "white", OGC, kind="open"),
        pat("geometric"),
        gt("clothing", NON),
        is_a("skirt", "no"),
        sl(
            "Short-sleeve Question: What is the color of the pants? Answer: White Question: What is the pattern of "
            "the pants?",
            LEAK,
            hit_limit=True,
        ),
        mat(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "His pants are of long length.",
            PRO,
            hit_limit=True,
        ),
        gender=W,
        category="Palazzos",
        color="Rust",
        title="Global Desi Women Rust Orange Geometric Printed Flared Palazzos",
    ),
    # 22. White chikankari cotton kurti, 3/4 sleeves, white thread embroidery all over, blue jeans; white wall.
    #     BASE: caption, color, pattern (answers a color), material, jeans color (the kurti's white), details.
    #     CAP1: garment_type (template cut).
    case(
        "MYN-KU-20911",
        caption("a woman in a white embroidered top and blue jeans"),
        col("white"),
        pat("white", NON),
        mat("cotton"),
        color_of("jeans", "white", OGC, kind="open"),
        gt(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            CUT,
            hit_limit=True,
        ),
        details("kurti", "white embroidery on the front and the sleeves"),
        gender=W,
        category="Kurtis",
        color="White",
        title="Ada Women White Chikankari Hand Embroidered Cotton Kurti",
    ),
    # 23. Product shot, no person: a folded mustard Kanjeevaram silk saree showing its maroon zari border and the
    #     blouse piece, on a wooden table. BASE: caption, color, garment_type (sari), is_a dress (yes).
    #     CAP3: pattern (template cut, no lady in the photo). VQA: saree color (loops).
    case(
        "MYN-SA-31602",
        caption("a yellow silk saree with a red border folded on a table"),
        col("yellow"),
        gt("sari"),
        is_a("dress", "yes", CON),
        pat(
            "The lady wears a sleeveless upper clothing with pure color patterns. The upper clothing is with silk "
            "fabric. The lower",
            CUT,
            hit_limit=True,
        ),
        color_of(
            "saree",
            "Mustard-maroon mustard-maroon mustard-maroon mustard-maroon mustard-maroon mustard-maroon",
            LOOP,
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Mustard",
        title="Kanchi Silk Mustard & Maroon Zari Woven Kanjeevaram Saree",
    ),
    # 24. Magenta kurta with gold yoke embroidery, 3/4 sleeves, magenta palazzos, dupatta with a gold border over
    #     one arm. BASE: caption, color, wearing (he), pattern, is_a kurta (no), garment_type (restated).
    #     VQA: material (loops).
    case(
        "MYN-KS-11419",
        caption("a woman in a pink kurta and palazzo pants with a dupatta"),
        col("pink"),
        wearing("he is wearing a pink kurta and pants", PRO),
        pat("embroidered"),
        is_a("kurta", "no", CON),
        gt("this type of garment is a kurta", RES),
        mat(
            "Silk-blend Silk-blend Silk-blend Silk-blend Silk-blend Silk-blend Silk-blend Silk-blend Silk-blend",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Magenta",
        title="Indo Era Women Magenta Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 25. Woman in a plain white kurta and white salwar with a phulkari dupatta (red base, orange, pink and green
    #     thread embroidery, plain hemmed edges) over both shoulders; the dupatta is the product. BASE: caption,
    #     color (the kurta's white), dupatta color, garment_type (shawl), details (invents tassels and mirrors).
    #     VQA: is_a dupatta (runs into the prompt). CAP1: material (template cut, describes the kurta).
    case(
        "MYN-DU-60209",
        caption("a woman in a white outfit with a colorful embroidered shawl"),
        col("white", CON),
        color_of("dupatta", "orange pink and green", kind="open"),
        gt("shawl"),
        details("dupatta", "it has tassels on all four corners and a mirror work border", UNS),
        is_a(
            "dupatta",
            "yes Question: Is this a scarf? Answer: yes Question: Is this a shawl? Answer: yes Question: Is this a",
            LEAK,
            hit_limit=True,
        ),
        mat(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Multi",
        title="Phulkari by Pooja Multicoloured Embroidered Phulkari Dupatta",
    ),
    # 26. Rust straight kurta, thread work at the neckline, side slits, 3/4 sleeves, no pockets, cream trousers.
    #     BASE wrote every text: caption, details (invents pockets and a zip), color, pattern, garment_type
    #     (empty), pants color (the kurta's orange).
    case(
        "MYN-KU-41580",
        caption("a woman in an orange kurta with cream pants"),
        details("kurta", "it has two pockets on the side and a zipper at the back", UNS),
        col("orange"),
        pat("embroidered"),
        gt("", NON),
        color_of("pants", "orange", OGC, kind="open"),
        gender=W,
        category="Kurtas",
        color="Rust",
        title="Aurelia Women Rust Thread Work Straight Kurta",
    ),
    # 27. Dress form, no person: blue net lehenga with silver sequins, sleeveless blue blouse, blue net dupatta.
    #     BASE: caption, color, pattern, wearing (the mannequin). CAP3: garment_type (template cut).
    #     CAP1: sleeve length (template cut). VQA: is_a lehenga choli (runs into the prompt).
    case(
        "MYN-LC-50533",
        caption("a blue sequined lehenga on a mannequin"),
        col("blue"),
        pat("sequins"),
        wearing("the mannequin is wearing a blue lehenga"),
        gt(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of",
            CUT,
            hit_limit=True,
        ),
        sl(
            "The lady wears a sleeveless dress with pure color patterns. It has a suspenders neckline. The dress is "
            "of long length. There is",
            CUT,
            hit_limit=True,
        ),
        is_a(
            "lehenga choli",
            "no Question: Is this a dress? Answer: yes Question: Is this a skirt? Answer: yes Question: Is",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Blue",
        title="panchhi Blue Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # 28. White kurta with a black geometric print, long sleeves, black trousers; studio.
    #     BASE: caption, color (grey), trousers color (grey), pattern, garment_type.
    #     CAP1: material (template stopped mid-phrase before the limit). VQA: is_a kurta (loops).
    case(
        "MYN-KS-11688",
        caption("a woman in a white and black printed kurta and black pants"),
        col("grey", CON),
        color_of("trousers", "grey", CON, kind="open"),
        pat("geometric"),
        gt("kurta"),
        mat("The lady wears a long-sleeve shirt with graphic patterns. The shirt is with", CUT),
        is_a(
            "kurta",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="HERE&NOW Women White & Black Geometric Printed Kurta with Trousers",
    ),
    # 29. Lavender flared anarkali kurta, gold gota border at the hem and cuffs, full sleeves, white churidar;
    #     nothing shows the care label. BASE: caption, color, pattern, sleeve length, churidar color (the kurta's
    #     lavender), material (invents lining and washing). CAP3: details (the experiments' loop).
    case(
        "MYN-KU-41733",
        caption("a woman in a purple anarkali dress with gold trim and white leggings"),
        details(
            "kurta",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves, the",
            LOOP,
            hit_limit=True,
        ),
        col("lavender"),
        pat("solid with gold border"),
        sl("full"),
        color_of("churidar", "lavender", OGC, kind="open"),
        mat("rayon with a cotton lining, machine washable", UNS),
        gender=W,
        category="Kurtas",
        color="Lavender",
        title="Libas Women Lavender Gotta Patti Anarkali Kurta",
    ),
    # 30. Black georgette saree with a sequinned border, black sleeveless blouse; studio.
    #     CAP1: caption (template cut at 50). BASE: color, pattern, material (restated), is_a saree.
    #     VQA: garment_type (loops).
    case(
        "MYN-SA-31877",
        caption(
            "The lady wears a sleeveless upper clothing with pure color patterns. The upper clothing is with chiffon "
            "fabric. It has a v-shape neckline. The lower clothing is of long length. The fabric is chiffon and it "
            "has pure color patterns. The lady",
            CUT,
            hit_limit=True,
        ),
        col("black"),
        pat("sequined border"),
        mat("the garment is made of a material", RES),
        is_a("saree", "yes"),
        gt(
            "Dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Black",
        title="Mitera Black Sequinned Georgette Saree",
    ),
    # 31. Woman with a short bob in a coral solid kurti, mandarin collar, short sleeves, white leggings.
    #     BASE wrote every text: caption (a man), color, sleeve length, garment_type (top), material (empty).
    case(
        "MYN-KU-21046",
        caption("a man wearing a coral shirt and white pants", PRO),
        col("coral"),
        sl("short"),
        gt("top"),
        mat("", NON),
        gender=W,
        category="Kurtis",
        color="Coral",
        title="Aarika Women Coral Solid Mandarin Collar Kurti",
    ),
    # 32. Sea green kurta with a white floral print, 3/4 sleeves, matching printed palazzos; plain white studio.
    #     VQA: caption (runs into the prompt at 50 tokens). BASE: color, pattern, material ("nothing"), palazzo
    #     color. CAP3: describe the kurta (template loop).
    case(
        "MYN-KS-11905",
        caption(
            "Question: What is the color of the kurta? Answer: Green Question: What is the color of the pants? "
            "Answer: Green Question: What is the pattern of the kurta? Answer: Floral Question: What",
            LEAK,
            hit_limit=True,
        ),
        col("green"),
        pat("floral"),
        mat("nothing", NON),
        color_of("palazzo", "green", kind="open"),
        describe(
            "kurta",
            "The lady wears a three-point sleeve upper clothing with floral patterns. The upper clothing is with "
            "cotton fabric. The upper clothing is with cotton fabric. The",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Sea Green",
        title="Jaipur Kurti Women Sea Green Floral Printed Pure Cotton Kurta with Palazzos",
    ),
    # 33. White sleeveless flared anarkali kurta with a lace hem, white churidar; front view only.
    #     BASE: caption, sleeve length (long), color, pattern, details (invents a tie-up back with tassels).
    #     CAP3: garment_type (template cut). VQA: is_a dress (runs into the prompt).
    case(
        "MYN-KU-41960",
        caption("a woman in a white sleeveless anarkali dress"),
        sl("long", CON),
        col("white"),
        pat("solid"),
        details("kurta", "lace on the hem and a tie-up back with tassels", UNS),
        gt(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            CUT,
            hit_limit=True,
        ),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: White Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="White",
        title="Janasya Women White Solid Sleeveless Anarkali Kurta",
    ),
    # 34. Black solid patiala salwar worn with a yellow kurta (not sold); studio.
    #     BASE: caption, color (the kurta's yellow), pants color, kurta color (the salwar's black), pattern
    #     ("no"), is_a pants. CAP1: sleeve length (template cut).
    case(
        "MYN-SW-80236",
        caption("a woman wearing a yellow kurta and black patiala pants"),
        col("yellow", CON),
        color_of("pants", "black", kind="open"),
        color_of("kurta", "black", OGC, kind="open"),
        pat("no", NON),
        is_a("pants", "yes"),
        sl(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Salwar",
        color="Black",
        title="Go Colors Women Black Solid Patiala Salwar",
    ),
    # 35. Green printed flared lehenga, short-sleeved pink blouse, pink dupatta; model sitting on stone steps.
    #     BASE wrote every text: caption, color, blouse color (the lehenga's green), lehenga color, pattern,
    #     sleeve length (restated), garment_type (stopped short before the limit).
    case(
        "MYN-LC-50712",
        caption("a woman in a green lehenga and pink top sitting on steps"),
        col("green and pink"),
        color_of("blouse", "green", OGC, kind="open"),
        color_of("lehenga", "green"),
        pat("printed"),
        sl("the sleeve length of the garment is the length of the sleeves", RES),
        gt("a lehenga with a", CUT),
        gender=W,
        category="Lehenga Choli",
        color="Green",
        title="Mirchi Fashion Green & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
    ),
    # 36. Woman with her hair tied back in a beige handloom cotton kurta with self stripes, mandarin collar, long
    #     sleeves, white trousers. BASE: caption (a man), garment_type (a garment), color, pattern, material.
    #     VQA: is_a shirt (loops).
    case(
        "MYN-KU-42118",
        caption("a man in a beige kurta and white pants", PRO),
        gt("a garment", NON),
        col("beige"),
        pat("striped"),
        mat("handloom cotton"),
        is_a(
            "shirt",
            "yes it is a shirt yes it is a shirt yes it is a shirt yes it is a shirt yes it is a",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Beige",
        title="Fabindia Women Beige Handloom Cotton Striped Straight Kurta",
    ),
    # 37. Red printed flared kurti, short sleeves, white leggings, hands on hips, nothing held; studio.
    #     BASE: caption (invents a handbag), color, pattern, sleeve length (long), garment_type, wearing (his).
    #     CAP3: material (template cut).
    case(
        "MYN-KU-21270",
        caption("a woman in a red kurti holding a handbag", UNS),
        col("red"),
        pat("printed"),
        sl("long", CON),
        gt("kurti"),
        wearing("a red kurti and white leggings with his hands on his hips", PRO),
        mat(
            "The lady wears a short-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. There is an accessory",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Red",
        title="Sera Women Red Printed Flared Kurti",
    ),
    # 38. Pink floral printed poly-georgette saree, matching pink short-sleeved blouse; model holding the pallu.
    #     BASE: caption, color, pattern ("pink"), garment_type (restated), is_a saree (no), blouse color.
    #     VQA: sleeve length (loops).
    case(
        "MYN-SA-32049",
        caption("a woman in a pink floral saree"),
        col("pink"),
        pat("pink", NON),
        gt("this is a type of garment called a saree", RES),
        is_a("saree", "no", CON),
        color_of("blouse", "pink", kind="open"),
        sl(
            "Short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Pink",
        title="Satrani Pink Floral Printed Poly Georgette Saree",
    ),
    # 39. Turquoise blue printed kurta, long sleeves, white churidar, turquoise-and-white dupatta; no label or logo
    #     visible. BASE: caption (invents a brand), color, churidar color, pattern, is_a kurta.
    #     VQA: garment_type (blouse, runs into the prompt). CAP3: material (template cut).
    case(
        "MYN-KS-12150",
        caption("a woman in a turquoise kurta from fabindia", UNS),
        col("turquoise"),
        color_of("churidar", "white", kind="open"),
        pat("printed"),
        gt(
            "Blouse Question: What is the color of the blouse? Answer: Turquoise-white Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        mat(
            "The lady wears a long-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Turquoise Blue",
        title="Biba Women Turquoise Blue Printed Kurta with Churidar & Dupatta",
    ),
    # 40. Flat lay, no person: bottle-green kurti with a white floral print, 3/4 sleeves, on a wooden floor.
    #     BASE: caption, color (the floor's brown), pattern, sleeve length (restated), garment_type.
    #     CAP1: is_a kurta (template cut).
    case(
        "MYN-KU-21398",
        caption("a green floral print tunic on a wooden floor"),
        col("brown", CON),
        pat("floral"),
        sl("the sleeve length of the garment is three quarter", RES),
        gt("tunic"),
        is_a(
            "kurta",
            "The lady wears a three-point sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Green",
        title="Shree Women Green Floral Printed Kurti",
    ),
    # 41. Red bandhani (tie-dye dots) kurta, 3/4 sleeves, red palazzos, red dupatta with a gold border.
    #     BASE: caption, wearing (he), color, pattern, sleeve length, dupatta color (the border's gold).
    #     CAP3: material (template loop).
    case(
        "MYN-KS-12377",
        caption("a woman in a red bandhani kurta set with a gold border dupatta"),
        wearing("he is wearing a red kurta and pants", PRO),
        col("red"),
        pat("polka dots"),
        sl("3/4"),
        color_of("dupatta", "gold", CON, kind="open"),
        mat(
            "The lady wears a three-point sleeve upper clothing with graphic patterns. The lady wears a three-point "
            "sleeve upper clothing",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Red",
        title="Anouk Women Red Bandhani Printed Kurta with Palazzos & Dupatta",
    ),
    # 42. No seller columns. Woman in an orange kurta with mirror work at the yoke, long sleeves, white churidar;
    #     bare wrists, no watch or bangles. CAP1: caption (template loop) and material (template cut).
    #     BASE: garment_type, color, churidar color, pattern, wearing (invents a watch).
    case(
        "MYN-XX-00942",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton "
            "fabric. It has",
            LOOP,
            hit_limit=True,
        ),
        gt("kurta"),
        col("orange"),
        color_of("churidar", "white", kind="open"),
        pat("mirror work"),
        wearing("an orange kurta, white pants and a watch", UNS),
        mat(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The pants "
            "this lady wears is of long length. The",
            CUT,
            hit_limit=True,
        ),
    ),
    # 43. Half-and-half art silk saree: red pleats, black pallu with a gold border, black short-sleeved blouse;
    #     empty hands. BASE: caption, color, blouse color (the saree's red), material, is_a saree, sleeve length
    #     (restated), details (invents tassels and a clutch). VQA: pattern (runs into the prompt).
    case(
        "MYN-SA-32260",
        caption("a woman in a red and black saree"),
        col("red and black"),
        color_of("blouse", "red", OGC, kind="open"),
        pat(
            "Color block Question: What is the color of the saree? Answer: Red-black Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        mat("silk"),
        is_a("saree", "yes"),
        sl("the sleeve length of the garment is short sleeves", RES),
        details(
            "saree",
            "the saree has a gold border and a black pallu with tassels and comes with a matching clutch bag",
            UNS,
        ),
        gender=W,
        category="Sarees",
        color="Red",
        title="Mimosa Red & Black Half and Half Art Silk Saree",
    ),
    # 44. Grey straight kurta with white embroidered motifs, 3/4 sleeves, white palazzos; studio.
    #     BASE: caption, color, palazzo color (the kurta's grey), sleeve length, material (not sure).
    #     CAP1: pattern (template cut) and garment_type (template stopped mid-phrase before the limit).
    case(
        "MYN-KU-42305",
        caption("a woman in a grey kurta and white palazzo pants"),
        col("grey"),
        color_of("palazzo", "grey", OGC, kind="open"),
        pat(
            "The lady wears a three-point sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The pants this lady wears",
            CUT,
            hit_limit=True,
        ),
        sl("three quarter"),
        gt("The lady wears a three-point sleeve shirt with", CUT),
        mat("I'm not sure", NON),
        gender=W,
        category="Kurtas",
        color="Grey",
        title="Sangria Women Grey Embroidered Straight Kurta",
    ),
]
