"""BLIND_106 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear): written blind
in the twentieth session. Measured blind at ebb051b: 108/142 failures found (76.1%) and 8/146 correct texts flagged
(5.5%). The writer's notes, verbatim:

Blind corpus 106: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a Myntra-style
    catalog of women's ethnic wear: kurtas, kurtis, kurta sets with dupattas, sarees with blouses, lehenga cholis,
    salwars, palazzos and ethnic dresses, photographed on models, on mannequins and as flat packshots. Most products
    are asked enrich's default questionnaire (DEFAULT_QUESTIONS); some are asked the closed questions of
    BLIND_QUESTIONS, the VQA data's yes/no garment question (is_a) and the experiments' "What is the color of the
    {garment}?" question (color_of) for the set's separate pieces (dupatta, blouse, palazzos...). Seller columns
    come from the marketplace: gender ("Women"), category (Myntra's article type: Kurtas, Kurtis, Kurta Sets,
    Sarees, Lehenga Choli, Salwar and Dupatta, Palazzos, Ethnic Dresses), color (the base colour: Mustard, Off White,
    Teal, Navy Blue, Mauve...) and title, in the seller's own words; a few products lack some of them.

Which system wrote which text (named again in the comment above each case)
    - base: the untuned Salesforce/blip2-opt-2.7b; short lowercase answers, plausible captions, and its known
      faults: one color for every garment, background colors taken for the garment, a wrong pronoun, invented
      details, "the details of the garment are ..." restatements, rare loops.
    - cap1: the caption adapter after one epoch (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch).
    - cap3: the caption adapter after three epochs (leoreigoto/Data2_V2_Blip2_Finetune_Caption). Both caption
      adapters write the DeepFashion-MultiModal template ("The lady wears a long-sleeve shirt with floral
      patterns. The shirt is with cotton fabric...") for every prompt, with no hue names, and never stop: answers
      are cut at 30 new tokens, captions at 50, or loop.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): In-shop class names ("dress", "shirt", "pants") and
      pattern words for colors ("pure color", "graphic"), no trained terminator, so it loops or goes on with the
      training format ("... Question: What is the color of the dress? Answer: ...").
    - cap3+qa: the third experiment's pipeline: cap3's caption, then timpal0l/mdeberta-v3-base-squad2 extracting
      a span of that caption as the answer.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else
    of the project was opened; no audit code, other corpora or documentation. Every photo is imagined and described
    in the comment above its case; every label is judged against that photo and the seller's columns.

Label conventions and judgement calls
    - One label per text. A text that stops mid-phrase is "cut" (hit_limit=True when it ran to 30 new tokens for an
      answer or 50 for a caption; a few are cut short of the limit, hit_limit=False), unless it is a loop ("loop",
      hit_limit=True when it ran to the limit) or carries the "Question: ... Answer:" format ("leak"), which take
      precedence. Cut texts were written so that they contain no second failure before the cut, except that the
      caption adapters' cut answers on flat packshots still begin "The lady wears ...": the cut is their label.
    - The caption adapters' template vocabulary is accepted as a coarse but correct garment name in captions and
      open answers where the shape fits: "dress" for a knee-length or longer kurta, an anarkali or an ethnic dress,
      "shirt"/"top" for a kurta or kurti worn as a top, "pants"/"trousers" for palazzos, salwars and trousers,
      "skirt" for a lehenga or the draped lower part of a saree, "leggings" for churidars.
    - Closed garment answers and yes/no garment answers must agree with the seller's article type at the class
      level (kurta/kurti/top/shirt for Kurtas and Kurtis, saree for Sarees, lehenga/skirt for Lehenga Choli, dress
      for Ethnic Dresses, pants for Palazzos); "no" to "Is this a saree?" for a saree, or "shirt" for a lehenga
      choli, is a "contradiction".
    - Near-color synonyms are correct: yellow for Mustard, white or cream for Off White/Cream, blue for Navy Blue,
      red for Maroon, pink for Magenta and Dusty Pink, purple for Lavender and Mauve, green for Teal, Olive, Sea Green
      and Lime Green, orange for Rust and Coral, pink for Peach when said of the whole outfit.
    - A color that belongs to another garment in the photo (the dupatta's, the blouse's, the top worn with the
      product palazzos) given for the product or for a piece that has another color is "other_garment_color"; a
      color no garment has (the wall's, the base model's all-garment "grey") is "contradiction".
    - A pattern word that belongs to the background or to another piece (floral wallpaper, the dupatta's dots) given
      for the product's pattern is "contradiction"; so is "long" sleeves for a sleeveless kurta, "floral" for a
      solid one, and a material the seller's title contradicts (silk for a poly georgette saree).
    - The VQA adapter's pattern words ("pure color", "graphic", "floral") given as the answer to a color question,
      and the extractive QA's pattern span for a color, are "non_answer": no hue is given. "pure color" as the
      answer to the pattern question of a solid garment is correct.
    - A caption template for a flat packshot that puts a lady, a ring or "an accessory on her wrist" into a photo
      with no person is "unsupported"; so are zips, pockets, tassels, drawstrings and ties that the photo does not
      show. A bare "lady"/"she" for a mannequin or a packshot is not a pronoun failure by itself.
    - "pronoun" only where the seller's gender is Women and the text calls the person a man or "he"/"his"/
      "gentleman". Products whose gender column is missing carry no pronoun labels.
    - For a packshot, naming the product in answer to "What is the person wearing?" ("a white saree") is correct.
    - The caption template returned for a question (the caption adapters' answer to every prompt) runs past 30 new
      tokens and is labelled "cut"; when it repeats a sentence before the limit it is "loop".
    - "non_answer" also covers vague words that name no garment, hue or fabric ("indian clothing", "clothing", "it
      is made of fabric"), "unknown", "i don't know", an empty answer, and "no" to the sleeve-length question.
    - "restated" is an answer that only turns the question's words back ("the pattern of the garment", "the details
      of the garment are on the garment", "the details of the garment are black" for a plain black garment).
    - "striped" for a grey melange or a plain rust kurta is "contradiction" (the fabric is solid).
    - "What are the details of the garment?" answered with an accessory of the person ("There is an accessory on
      her wrist", true of the photo) says nothing about the garment: "non_answer".
    - Material answers that are plausible for the visible fabric and not contradicted by the title are correct
      (cotton for a block-printed kurta, silk for a Banarasi silk-blend saree); "i don't know" is "non_answer".
    - Backgrounds named in captions ("standing in front of a pink wall") are correct when the wall is that color.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

W = "Women"

BLIND_106: list[Case] = [
    # 1. Model, plain grey studio backdrop: a straight mustard-yellow kurta with small white block-printed motifs,
    # three-quarter sleeves, round neck, worn with white palazzos. All texts by base.
    case(
        "MYN-KS-40101",
        caption("a woman in a yellow kurta and white pants"),
        D.wearing("a yellow kurta and white palazzo pants"),
        D.garment_type("indian clothing", "non_answer"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("three quarter"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("cotton"),
        gender=W,
        category="Kurta Sets",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Palazzos",
    ),
    # 2. Model, beige backdrop: a white chikankari kurta (white-on-white thread embroidery, full sleeves, round
    # neck), white straight trousers, a bright pink chiffon dupatta over her left shoulder.
    # Caption by cap3; wearing, color, description, sleeve length, is_a and the dupatta color by vqa.
    case(
        "MYN-KS-40102",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        D.sleeve_length("long-sleeve"),
        D.description(
            "The shirt is with cotton fabric. Question: What is the color of the shirt? Answer: pure color "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        color_of("dupatta", "pink"),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Women White Chikankari Embroidered Kurta with Trousers & Dupatta",
    ),
    # 3. Model outdoors in front of a carved wooden door and potted plants: a plain royal-blue georgette saree with a
    # silver zari border, pallu over her left shoulder, a silver-grey short-sleeved blouse, silver jhumkas.
    # All texts by base.
    case(
        "MYN-SA-40103",
        caption("a woman in a blue saree standing in front of a wooden door"),
        D.wearing("a blue saree"),
        D.color("blue"),
        D.description("a blue saree with a silver border"),
        D.details(
            "the saree has a silver zari border and the pallu is draped over her left shoulder, the blouse is silver "
            "with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "contradiction"),
        gender=W,
        category="Sarees",
        color="Blue",
        title="Mitera Blue & Silver-Toned Zari Bordered Georgette Saree",
    ),
    # 4. Flat packshot on white, no person: a teal A-line kurta with gold foil print, long sleeves, v-neck.
    # All texts by cap1 (the caption template for every prompt).
    case(
        "MYN-KU-40104",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.wearing(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape",
            "cut",
            hit_limit=True,
        ),
        D.pattern(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady is wearing a long-sleeve dress with graphic patterns. The lady is wearing a long-sleeve dress "
            "with graphic patterns. The lady is wearing",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Teal",
        title="Libas Women Teal Green Foil Printed A-Line Kurta",
    ),
    # 5. Store mannequin: a maroon lehenga with dense gold embroidery, a maroon choli with elbow sleeves and no
    # tassels, a cream net dupatta over one arm. Gender column missing. All texts by base.
    case(
        "MYN-LC-40105",
        caption("a red and gold lehenga on a mannequin"),
        D.wearing("a red lehenga"),
        D.color("red"),
        D.pattern("embroidered"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a red lehenga with gold embroidery"),
        D.details("gold embroidery and tassels on the blouse", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        color_of("dupatta", "red", "other_garment_color"),
        category="Lehenga Choli",
        color="Maroon",
        title="Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 6. Model, white backdrop: a short pink cotton kurti with a small white-and-green floral print, short sleeves,
    # v-neck, worn with blue jeans. Caption by cap3; the answers by cap3+qa (spans of that caption).
    case(
        "MYN-KT-40106",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "v-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        D.wearing("short-sleeve shirt with floral patterns"),
        D.color("floral", "non_answer"),
        D.pattern("floral"),
        D.sleeve_length("short-sleeve"),
        gender=W,
        category="Kurtis",
        color="Pink",
        title="Women Pink Floral Print Pure Cotton Kurti",
    ),
    # 7. Model, grey studio: a plain red chiffon saree, a black sleeveless blouse. All texts by base.
    case(
        "MYN-SA-40107",
        caption("a woman in a red saree with a black blouse"),
        D.wearing("he is wearing a red saree", "pronoun"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.details(
            "the saree is red and the blouse is black and the saree is red and the blouse is black and the saree is "
            "red and the",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "red", "other_garment_color"),
        gender=W,
        category="Sarees",
        color="Red",
        title="Women Red Solid Chiffon Saree with Blouse Piece",
    ),
    # 8. Model in a garden, bangles on both wrists: a floor-length navy-blue anarkali ethnic dress with a small gold
    # print, full sleeves, round neck. Caption and details by cap3; wearing, color and is_a by vqa; the dress color
    # by base.
    case(
        "MYN-ED-40108",
        caption(
            "The female is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It "
            "has a round neckline. There is an accessory on her wrist. The dress the female wears is of long "
            "length. The",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: graphic Question: What is the color of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The female is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        color_of("dress", "navy blue"),
        gender=W,
        category="Ethnic Dresses",
        color="Navy Blue",
        title="Women Navy Blue & Gold-Toned Printed Anarkali Ethnic Dress",
    ),
    # 9. Flat packshot on white, no person: black solid flared palazzos with a plain elasticated waistband (no
    # drawstring). All texts by base.
    case(
        "MYN-PZ-40109",
        caption("a pair of black pants on a white background"),
        D.garment_type("pants"),
        D.color("black"),
        D.sleeve_length("no sleeves"),
        D.description("black pants with a drawstring waist", "unsupported"),
        D.details("the details of the garment are black", "restated"),
        gender=W,
        category="Palazzos",
        color="Black",
        title="Women Black Solid Flared Palazzos",
    ),
    # 10. Model: a mustard lehenga with multicolor mirror work, a green sleeveless choli, a green dupatta on one
    # shoulder, bangles. Caption and all answers by cap3.
    case(
        "MYN-LC-40110",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with cotton fabric. The skirt is with cotton fabric and color block patterns. There is an accessory on "
            "her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The skirt is with cotton fabric and color block patterns. The skirt is with cotton fabric and color "
            "block patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Mustard",
        title="Women Mustard & Green Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # 11. Model, white backdrop: a long olive-green solid kurta with a mandarin collar and full sleeves, under a
    # sleeveless beige nehru jacket with a small floral print, white churidar. All texts by base.
    case(
        "MYN-KU-40111",
        caption("a woman wearing a green dress and a beige vest"),
        D.wearing("a green kurta and a beige jacket"),
        D.color("green"),
        D.description("a green kurta with a beige jacket and a green dupatta", "unsupported"),
        D.details("the jacket has a floral print and the kurta has a mandarin collar"),
        color_of("jacket", "green", "other_garment_color"),
        gender=W,
        category="Kurtas",
        color="Olive",
        title="Women Olive Green Solid Kurta with Printed Ethnic Jacket",
    ),
    # 12. Model in front of a pale pink wall: an off-white straight kurta with a gold-embroidered yoke, full sleeves,
    # off-white trousers. Caption, details (stopped early) and the kurta color by base; the rest by vqa.
    case(
        "MYN-KS-40112",
        caption("a woman in a white kurta standing in front of a pink wall"),
        D.wearing(
            "shirt pants shirt pants shirt pants shirt pants shirt pants shirt pants shirt pants shirt pants shirt "
            "pants shirt pants shirt pants shirt pants shirt pants shirt pants shirt",
            "loop",
            hit_limit=True,
        ),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        D.details("the kurta has a gold embroidered yoke and the", "cut"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "cream"),
        gender=W,
        category="Kurta Sets",
        color="Off White",
        title="Women Off-White Yoke Design Kurta with Trousers",
    ),
    # 13. Model: a solid peach kurta and peach palazzos, mostly covered by a red, yellow and green bandhani (tie-dye
    # dot) dupatta draped over both shoulders. All texts by base.
    case(
        "MYN-KS-40113",
        caption("a woman in a peach outfit with a colorful scarf"),
        D.wearing("a pink dress with a scarf"),
        D.color("multicolor", "other_garment_color"),
        D.pattern("polka dot", "contradiction"),
        D.details("the details of the", "cut"),
        color_of("palazzos", "peach"),
        color_of("dupatta", "multicolor"),
        gender=W,
        category="Kurta Sets",
        color="Peach",
        title="Women Peach-Coloured Solid Kurta with Palazzos & Bandhani Dupatta",
    ),
    # 14. Model, studio: a pink poly-georgette saree with a green floral print and a green border (no tassels), a
    # green short-sleeved blouse, glass bangles, bare fingers. Caption and description by cap1; the rest by base.
    case(
        "MYN-SA-40114",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. There "
            "is a ring on her finger.",
            "unsupported",
        ),
        D.wearing("a pink saree with a green blouse"),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a green border and tassels on the pallu", "unsupported"),
        D.material("silk", "contradiction"),
        gender=W,
        category="Sarees",
        color="Pink",
        title="Women Pink & Green Floral Printed Poly Georgette Saree",
    ),
    # 15. Model with long hair: a black straight kurta with a white geometric print, full sleeves, round neck, side
    # slits, no pockets, black leggings. Caption by cap3; answers by base.
    case(
        "MYN-KU-40115",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns and long trousers. The shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        D.wearing("a black and white kurta and black leggings"),
        D.color("black"),
        D.sleeve_length("long"),
        D.description("a black and white kurta with a pocket on the chest", "unsupported"),
        D.details("it has a round neck and side slits"),
        color_of("leggings", "white", "other_garment_color"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Women Black & White Geometric Printed Straight Kurta",
    ),
    # 16. Model: a red kurta with a gold ethnic-motif print, three-quarter sleeves, red palazzos, a red dupatta with
    # a gold border. Caption and the dupatta color by base; details by cap3; the rest by vqa.
    case(
        "MYN-KS-40116",
        caption("a woman in a red outfit with a red scarf"),
        B.garment_type("dress Question: Is this a dress? Answer: yes", "leak"),
        B.color("graphic", "non_answer"),
        B.sleeve_length(
            "three-quarter three-quarter three-quarter three-quarter three-quarter three-quarter three-quarter "
            "three-quarter three-quarter three-quarter",
            "loop",
            hit_limit=True,
        ),
        B.pattern("graphic Question: What is the pattern of the pants? Answer: pure color", "leak"),
        D.details(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        color_of("dupatta", "red"),
        gender=W,
        category="Kurta Sets",
        color="Red",
        title="Women Red Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
    ),
    # 17. Model, light grey backdrop: a white kurta with a black abstract print, black palazzos. All texts by base
    # (its one-color-for-everything failure).
    case(
        "MYN-KS-40117",
        caption("a woman in a white and black outfit standing in front of a grey wall"),
        D.wearing("a white kurta and black pants"),
        D.color("grey", "contradiction"),
        D.pattern("printed"),
        D.details(
            "black and white print, black and white print, black and white print, black and white print, black and "
            "white print, black and white",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "grey", "contradiction"),
        color_of("palazzos", "grey", "contradiction"),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Women White & Black Printed Kurta with Palazzos",
    ),
    # 18. Store mannequin, no head: a sea-green A-line maxi ethnic dress with a white-embroidered yoke, full
    # sleeves, no belt. Gender column missing. All texts by base.
    case(
        "MYN-ED-40118",
        caption("a green dress on a mannequin"),
        D.wearing("a green dress"),
        D.color("green"),
        D.sleeve_length("long"),
        D.description("a green dress with a belt", "unsupported"),
        D.details("she is wearing a green dress with embroidery"),
        category="Ethnic Dresses",
        color="Sea Green",
        title="Sea Green Embroidered Yoke A-Line Maxi Ethnic Dress",
    ),
    # 19. Flat packshot, no person: a folded magenta Banarasi saree with gold woven paisley buttis. Caption, wearing
    # and pattern by cap1; garment type, color and material by base.
    case(
        "MYN-SA-40119",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color("pink"),
        D.pattern(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        gender=W,
        category="Sarees",
        color="Magenta",
        title="Women Magenta Woven Design Banarasi Silk Blend Saree",
    ),
    # 20. Model: the product is a mustard patiala salwar and a mustard-and-red printed dupatta; she wears them with a
    # plain white kurta that is not sold. All texts by base.
    case(
        "MYN-SD-40120",
        caption("a woman in a white top and yellow pants with a scarf"),
        D.wearing("a white kurta and yellow salwar"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("unknown", "non_answer"),
        color_of("salwar", "yellow"),
        color_of("dupatta", "yellow and red"),
        gender=W,
        category="Salwar and Dupatta",
        color="Mustard",
        title="Women Mustard Solid Patiala Salwar with Printed Dupatta",
    ),
    # 21. Model in front of a painted palace-arch backdrop: a pink net lehenga with tone-on-tone silver sequins, a
    # pink short-sleeved choli, a pink dupatta, bangles. Caption by cap3; the answers by cap3+qa.
    case(
        "MYN-LC-40121",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her "
            "wrist."
        ),
        D.wearing("short-sleeve shirt with pure color patterns and a long skirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("pure color", "non_answer"),
        D.sleeve_length("short-sleeve"),
        D.material("chiffon"),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Women Pink & Silver Sequinned Lehenga Choli with Dupatta",
    ),
    # 22. Model: a lavender straight kurta with floral thread embroidery round the v-neck, full sleeves, white
    # trousers. Caption, wearing, description, details and sleeve length by cap3;
    # color and pattern by base.
    case(
        "MYN-KU-40122",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "v-shape neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "v-shape neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "v-shape neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and it has a v-shape neckline. The dress is with cotton fabric and it "
            "has a v-shape neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long-sleeve dress with floral "
            "patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        D.pattern("floral"),
        gender=W,
        category="Kurtas",
        color="Lavender",
        title="Women Lavender Floral Embroidered Straight Kurta",
    ),
    # 23. Model: the product is rust-orange palazzos with a small white floral print; she wears a plain white shirt
    # with them. Caption, color and the pants color by base; garment type, pattern and wearing by vqa.
    case(
        "MYN-PZ-40123",
        caption("a woman in a white shirt and orange pants"),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        B.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "shirt Question: What is the color of the shirt? Answer: pure color Question: What is the color of the "
            "pants? Answer: floral",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "orange"),
        gender=W,
        category="Palazzos",
        color="Rust",
        title="Women Rust Orange Floral Printed Flared Palazzos",
    ),
    # 24. Flat packshot on white, front view only: a lemon-yellow sleeveless cotton kurti with a blue floral print,
    # no tie or belt. Base colour column missing. All texts by base.
    case(
        "MYN-KT-40124",
        caption("a yellow and blue floral print top"),
        D.garment_type("top"),
        D.color("yellow"),
        D.sleeve_length("long", "contradiction"),
        D.material("cotton"),
        D.description("a yellow top with blue flowers and a tie at the back", "unsupported"),
        gender=W,
        category="Kurtis",
        title="Women Printed Sleeveless Cotton Kurti",
    ),
    # 25. Model with a short bob against a dark studio backdrop: a black sequinned saree, a black sleeveless blouse.
    # No belt. All texts by base.
    case(
        "MYN-SA-40125",
        caption("a man in a black saree", "pronoun"),
        D.wearing("a black saree"),
        D.color("black"),
        D.description("a black saree with a black blouse and a black belt", "unsupported"),
        gender=W,
        category="Sarees",
        color="Black",
        title="Women Black Sequinned Party Wear Saree",
    ),
    # 26. Model: a bottle-green solid kurta with full sleeves, green trousers, a green chiffon dupatta with a gota
    # border. Caption, wearing and description by cap1; the rest (is_a came back empty) by base.
    case(
        "MYN-KS-40126",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The trousers are of long length. The trousers are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Green",
        title="Women Green Solid Kurta with Trousers & Dupatta",
    ),
    # 27. Model: a floor-length dusty-pink anarkali kurta with a silver-embroidered yoke and sheer full sleeves;
    # no zip visible anywhere. All texts by base.
    case(
        "MYN-KU-40127",
        caption("a woman in a pink gown"),
        D.wearing("a pink anarkali dress"),
        D.color("pink"),
        D.description("a pink anarkali with silver embroidery"),
        D.sleeve_length("short", "contradiction"),
        D.details("it has a silver embroidered yoke, sheer sleeves and a zip on the side", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Dusty Pink",
        title="Women Dusty Pink Embroidered Anarkali Kurta",
    ),
    # 28. Model wearing rings and bangles: a navy-blue lehenga with gold embroidery, a navy short-sleeved choli, a
    # gold tissue dupatta over both arms. Caption and details by cap3; the skirt color by base; the rest by vqa.
    case(
        "MYN-LC-40128",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. There is an accessory on her wrist. The lady wears a ring. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("skirt Question: What is the color of the skirt? Answer: graphic", "leak"),
        B.color("gold", "other_garment_color"),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The skirt is with chiffon fabric and graphic patterns. There is an accessory on her wrist. The lady wears "
            "a ring. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        color_of("skirt", "blue"),
        gender=W,
        category="Lehenga Choli",
        color="Navy Blue",
        title="Women Navy Blue Embroidered Lehenga Choli with Dupatta",
    ),
    # 29. Model on a street in front of a bright yellow wall: a short white chikankari kurti with three-quarter
    # sleeves, blue jeans. All texts by base (the description stopped early).
    case(
        "MYN-KT-40129",
        caption("a woman in a white top and jeans standing in front of a yellow wall"),
        D.wearing("a white shirt and blue jeans"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("three quarter"),
        D.description("she is wearing a white top and jeans and a yellow", "cut"),
        color_of("jeans", "blue"),
        gender=W,
        category="Kurtis",
        color="White",
        title="Women White Embroidered Chikankari Short Kurti",
    ),
    # 30. Model with bangles: a yellow saree with red bandhani dots, a plain red short-sleeved blouse. Caption by
    # cap3; wearing, color, material and details by cap3+qa; the saree and blouse colors by base.
    case(
        "MYN-SA-40130",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. There is an accessory on her wrist."
        ),
        D.wearing("a short-sleeve shirt with pure color patterns and a long skirt"),
        D.color("graphic patterns", "non_answer"),
        D.material("chiffon"),
        D.details("There is an accessory on her wrist", "non_answer"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        gender=W,
        category="Sarees",
        color="Yellow",
        title="Women Yellow & Red Bandhani Printed Saree",
    ),
    # 31. Model: a maroon straight kurta with white bandhani dots, three-quarter sleeves, no buttons. All texts by
    # base.
    case(
        "MYN-KU-40131",
        caption("a woman in a maroon kurta with white polka dots"),
        D.garment_type("clothing", "non_answer"),
        D.color("maroon"),
        D.pattern("polka dot"),
        D.description("a maroon kurta with white polka dots and gold buttons", "unsupported"),
        D.sleeve_length("three quarter"),
        D.details(
            "polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka "
            "dots, polka dots",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Women Maroon Bandhani Printed Kurta",
    ),
    # 32. Model: a blue kurta with a white floral print, three-quarter sleeves, blue trousers. All texts by base.
    case(
        "MYN-KS-40132",
        caption("a woman in a blue and white floral kurta"),
        D.color("blue"),
        D.pattern("floral"),
        D.description("his kurta is blue with white flowers", "pronoun"),
        D.details("the details are the details", "restated"),
        color_of("trousers", "blue"),
        gender=W,
        category="Kurta Sets",
        color="Blue",
        title="Women Blue Floral Printed Kurta with Trousers",
    ),
    # 33. Model outdoors beside a white wall covered in pink bougainvillea: a sleeveless coral ethnic maxi dress
    # with a tiered skirt and a gota lace trim, solid. No title in the seller's columns. Caption and the dress color
    # by base; wearing, color, is_a, pattern and sleeve length by vqa; details by cap3.
    case(
        "MYN-ED-40133",
        caption("a woman in an orange dress standing next to pink flowers"),
        B.color(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        B.pattern("pure color"),
        B.sleeve_length("no", "non_answer"),
        D.wearing("dress"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        color_of("dress", "orange"),
        gender=W,
        category="Ethnic Dresses",
        color="Coral",
    ),
    # 34. Flat lay on white, no person: a lime-green kurta with a pink floral print, a lime sharara, a pink dupatta
    # with a lime border. Gender column missing. All texts by base.
    case(
        "MYN-KS-40134",
        caption("a green and pink outfit laid out on a white surface"),
        D.wearing("a green kurta and pants and a pink scarf"),
        D.garment_type("saree", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.description("a green kurta with pink flowers and pink pants", "other_garment_color"),
        color_of("kurta", "green"),
        category="Kurta Sets",
        color="Lime Green",
        title="Lime Green Printed Kurta with Sharara & Dupatta",
    ),
    # 35. Model: an emerald-green Kanjeevaram saree with a gold zari border, a maroon short-sleeved blouse. Caption,
    # blouse color and material by base; wearing, color, pattern, is_a and sleeve length by vqa.
    case(
        "MYN-SA-40135",
        caption("a woman in a green and gold saree"),
        B.color("pure color Question: What is the pattern of the garment? Answer: graphic", "leak"),
        B.sleeve_length("short-sleeve Question: What is the color of the garment? Answer: pure color", "leak"),
        B.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        D.wearing("dress Question: What is the color of the dress? Answer:", "leak"),
        is_a("saree", "no", "contradiction"),
        color_of("blouse", "maroon"),
        gender=W,
        category="Sarees",
        color="Green",
        title="Women Green & Gold-Toned Kanjeevaram Silk Blend Saree",
    ),
    # 36. Model: a grey melange pathani-style kurta with a shirt collar and a button placket, no pockets, full
    # sleeves, white salwar. All texts by base.
    case(
        "MYN-KU-40136",
        caption("a woman in a grey shirt and white pants"),
        D.wearing("a grey kurta and white salwar"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.details("it has two pockets on the chest and buttons down the front", "unsupported"),
        color_of("salwar", "grey", "other_garment_color"),
        gender=W,
        category="Kurtas",
        color="Grey",
        title="Women Grey Melange Solid Pathani Kurta",
    ),
    # 37. Model: a peach lehenga with a small green floral print, a peach short-sleeved choli, a peach organza
    # dupatta. Caption, wearing, color, pattern and description by base (the caption stopped early); details by
    # cap3.
    case(
        "MYN-LC-40137",
        caption("a woman in a peach lehenga with a", "cut"),
        D.wearing("a peach lehenga"),
        D.color("peach"),
        D.pattern("the pattern of the garment", "restated"),
        D.description("a peach floral lehenga with a matching dupatta"),
        D.details(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Peach",
        title="Women Peach Floral Printed Lehenga Choli with Dupatta",
    ),
    # 38. Model: a navy kurta with white thread embroidery, three-quarter sleeves, white palazzos, a white dupatta
    # with navy polka dots. Caption and details by cap3; the rest by base.
    case(
        "MYN-KS-40138",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue kurta with white palazzos and a white dupatta", "pronoun"),
        D.color("blue"),
        D.details(
            "The shirt is with cotton fabric and it has a round neckline. The pants the lady wears is of long length. "
            "The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("palazzos", "blue", "other_garment_color"),
        color_of("dupatta", "white"),
        gender=W,
        category="Kurta Sets",
        color="Navy Blue",
        title="Women Navy Blue Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 39. Model: a black flared maxi ethnic dress with a gold ethnic-motif print, full sleeves. Caption, color,
    # pattern and is_a by base; details, description and material by vqa.
    case(
        "MYN-ED-40139",
        caption("a woman in a black and gold dress"),
        D.color("black"),
        D.pattern("printed"),
        D.details(
            "graphic Question: What are the details of the garment? Answer: graphic Question: What are the details of",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the material of the dress? Answer: cotton", "leak"),
        is_a("dress", "yes"),
        gender=W,
        category="Ethnic Dresses",
        color="Black",
        title="Women Black & Gold-Toned Ethnic Motifs Printed Flared Maxi Dress",
    ),
    # 40. Flat packshot, no person: a folded cream kasavu saree, plain body, gold zari border, no tassels. Caption
    # by cap3; the rest by base.
    case(
        "MYN-SA-40140",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("a white saree"),
        D.garment_type("saree"),
        D.color("white"),
        D.details("gold border and tassels on the pallu", "unsupported"),
        gender=W,
        category="Sarees",
        color="Cream",
        title="Women Cream-Coloured & Gold-Toned Woven Design Kasavu Saree",
    ),
    # 41. Model in front of a floral wallpaper: a solid mauve kurta with gota patti trim, three-quarter sleeves, a
    # mauve sharara, a mauve dupatta. All texts by base.
    case(
        "MYN-KS-40141",
        caption("a woman in a purple outfit standing in front of a floral wallpaper"),
        D.wearing("a purple kurta and sharara"),
        D.color("purple"),
        D.pattern("floral", "contradiction"),
        D.description("he is wearing a purple kurta", "pronoun"),
        D.details("the details of the garment are on the garment", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Mauve",
        title="Women Mauve Gotta Patti Kurta with Sharara & Dupatta",
    ),
    # 42. Model: an indigo shirt-style kurti with a collar, button placket and roll-up full sleeves, white leggings.
    # Caption and description by cap3; the leggings color by base; the rest by vqa.
    case(
        "MYN-KT-40142",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        B.garment_type("shirt"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "shirt Question: What is the person wearing? Answer: shirt Question: What is the person wearing? Answer: "
            "shirt",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "blue", "other_garment_color"),
        gender=W,
        category="Kurtis",
        color="Blue",
        title="Women Blue Denim Look Shirt Style Kurti",
    ),
    # 43. Model: a rust-orange sleeveless A-line kurta, solid, round neck, beige trousers. Caption by cap1; the rest
    # by base.
    case(
        "MYN-KU-40143",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length.",
            "contradiction",
        ),
        D.wearing("an orange kurta and beige pants"),
        D.color("orange"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the details of the garment", "restated"),
        gender=W,
        category="Kurtas",
        color="Rust",
        title="Women Rust Solid Sleeveless A-Line Kurta",
    ),
    # 44. Store mannequin in a shop window: a yellow-gold lehenga with mirror work, a sleeveless yellow blouse, an
    # orange dupatta draped across the front like a saree pallu. Gender column missing. Caption, wearing, garment
    # type, color, pattern and the dupatta color by base; description and details by cap3.
    case(
        "MYN-LC-40144",
        caption("a yellow lehenga on a mannequin in a store"),
        D.wearing("a yellow lehenga and an orange dupatta"),
        D.garment_type("saree", "contradiction"),
        D.color("orange", "other_garment_color"),
        D.pattern("mirror work"),
        D.description(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and color",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The skirt is with cotton fabric and color block patterns. The skirt is with cotton fabric and color "
            "block patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "orange"),
        category="Lehenga Choli",
        color="Yellow",
        title="Yellow Mirror Work Semi-Stitched Lehenga with Blouse & Dupatta",
    ),
]
