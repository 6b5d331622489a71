"""BLIND_124 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, in their own
questionnaire): written blind in the twentieth session. Measured blind at 9efe7a6: 116/140 failures found (82.9%)
and 16/145 correct texts flagged (11.0%). The writer's notes, verbatim:

Blind corpus 124: BLIP-2 OPT-2.7b outputs on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a Myntra-style
    catalog of women's ethnic wear: kurtas, kurtis, kurta sets, anarkalis, sarees, lehenga cholis, salwar suits and
    dupattas, shot on models, on mannequins and as flat packshots. The questionnaire is the experiments' own: the
    closed questions of BLIND_QUESTIONS (type, color, pattern, sleeve length) and its open material question,
    "Is this a {garment}?" (is_a), "What is the color of the {garment}?" (color_of, free generation, stored open),
    "What is she wearing?", "Describe the {garment}." and "What are the {garment} details?". Seller columns come from
    the marketplace (gender, article type as category, base colour as color, product title as title); a few
    products lack one of them.

Which system wrote which text (named per text in the comment above each case)
    base  = Salesforce/blip2-opt-2.7b, untuned, greedy, `Question: ... Answer:` prompts.
    cap1  = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    cap3  = leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): answers every prompt with the
            DeepFashion-MultiModal caption template ("The lady wears a ... with pure color patterns ...").
    vqa   = leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, In-shop garment classes and "navy-cream" style colors).
    xqa   = the third experiment: the cap3 caption of the same product, then timpal0l/mdeberta-v3-base-squad2
            extracting a span of it as the answer.
    Budgets: 30 new tokens for answers, 50 for captions; the adapters were trained without an end-of-answer
    token, so their texts mostly run to the budget (hit_limit=True) as cuts or loops.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, TARGETS). No audit code, no other corpus, no docs were opened; the only thing run was an
    import check of this file. Each photo is imagined and described in the comment above its case; every label is
    judged against that photo and the seller columns.

Label conventions and judgement calls
    - One failure kind per text, the dominant one. A text that runs to the token budget and stops mid-phrase is
      "cut" (hit_limit=True) even when it is also the caption template; a text that repeats a unit until the budget
      is "loop" (hit_limit=True); a text that goes on into a new "Question: ... Answer:" is "leak".
    - Near-color synonyms are correct: navy/blue, maroon/red for maroon, burgundy/maroon, mustard/yellow,
      rust/orange, teal/green, olive/green, lavender/purple, mauve/purple, magenta/pink, off white/cream/white,
      turquoise/blue. "yellow" for a mustard-and-magenta "Multi" dupatta names its dominant color: correct.
    - A closed color answer that gives the color of another garment, an accent, or the backdrop is "contradiction";
      an open color_of answer that gives a non-product garment (pants, dupatta, blouse, leggings) the product's
      color, or the product another garment's color, is "other_garment_color".
    - Garment names: a kurti/kurta called "top", "tunic" or (in captions and descriptions, the caption template's
      word) "shirt" is accepted; a dupatta called a "scarf" is accepted; an anarkali called a "dress" is accepted
      (flared, dress-like, sold as such). Denying that a kurta/saree/lehenga is one ("no"), calling a saree a
      "tank top" or "shirt and skirt", or answering the garment type with another worn garment (the inner kurta
      under a dupatta, a denim jacket over a kurta) is "contradiction".
    - "pure color" (the DeepFashion word for solid) is correct for a solid garment, "contradiction" for a printed,
      embroidered or woven one. Material answers are correct when they match the fabric the comment gives.
    - Sleeve answers for garments without sleeves (a saree packshot, a dupatta, an unstitched blouse piece) and
      invented wearers, accessories, pockets, zips, bows or mirror work are "unsupported". Naming the garment in
      answer to "What is she wearing?" on a packshot is correct; "she is wearing ..." on a flat lay invents a wearer
      (unsupported). "she" for a female mannequin is correct.
    - "he"/"a man" for a woman model of a Women's product is "pronoun".
    - An empty answer, a bare word taken from the question, "fabric", "it is a garment", a wrong extracted span, or a
      caption template that gives no yes/no is "non_answer"; an answer that only says the question back in a
      sentence ("the pattern of the garment is the pattern of the garment") is "restated".
    - Backgrounds, curtains, walls and props named in captions are correct when the comment puts them there.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_124: list[Case] = [
    # Model in a navy blue straight cotton kurta with white ethnic-motif block print, three-quarter sleeves, white
    # palazzos, white dupatta with a navy border over one shoulder; light grey studio backdrop.
    # base: caption, type, color, color_of kurta, color_of pants; vqa: sleeve length.
    case(
        "ANK-KS-1001",
        caption("a woman in a blue and white kurta and white palazzo pants"),
        B.garment_type("kurta"),
        B.color("blue"),
        color_of("kurta", "navy blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.sleeve_length(
            "three-quarter sleeves three-quarter sleeves three-quarter sleeves three-quarter sleeves three-quarter"
            " sleeves three-quarter sleeves three-quarter",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Navy Blue",
        title="Anouk Women Navy Blue & White Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
    ),
    # Flat packshot, no person: mustard yellow straight cotton kurta with a small white floral print, three-quarter
    # sleeves, round neck, laid flat on white.
    # cap3: caption; base: wearing, color, pattern, material, is_a, describe.
    case(
        "LIB-KU-1002",
        caption(
            "The lady wears a three-quarter-sleeve shirt with floral patterns. The shirt is with cotton fabric and"
            " its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta", who="she"),
        B.color("yellow"),
        B.pattern("floral"),
        B.material("the garment is made of the material of the garment", "restated"),
        is_a("kurta", "no", "contradiction"),
        describe("kurta", "a yellow kurta with white flowers on it"),
        gender=W,
        category="Kurtas",
        color="Mustard",
        title="Libas Women Mustard Yellow & White Floral Printed Straight Kurta",
    ),
    # Model in a floor-length maroon anarkali kurta, solid, with a gold zari yoke, full sleeves, maroon churidar and a
    # maroon dupatta with gold edging; beige carpet, cream curtains behind.
    # base: caption, type, color; vqa: sleeve length; cap1: details; cap3: describe.
    case(
        "SAN-AN-1003",
        caption("a woman in a red anarkali dress standing in front of a curtain"),
        B.garment_type("kurta"),
        B.color("maroon"),
        B.sleeve_length("long sleeves"),
        details(
            "kurta",
            "The kurta has a gold yoke with zari work on the neckline and the sleeves are full length with a gold"
            " border at the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Sangria Women Maroon Yoke Design Anarkali Kurta",
    ),
    # Packshot, no person: a folded pink Banarasi art-silk saree with a gold zari woven border, the pallu fanned out
    # beside it, on a white background. No blouse piece shown.
    # base: caption, type, color, pattern, sleeve length; vqa: is_a; cap3: wearing.
    case(
        "MIT-SA-1004",
        caption("a pink and gold saree on a white background"),
        B.garment_type("saree"),
        B.color("pink"),
        B.pattern("woven"),
        B.sleeve_length("long", "unsupported"),
        is_a("saree", "no", "contradiction"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt.",
            "unsupported",
            who="she",
        ),
        gender=W,
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # Model in a teal A-line cotton kurta with a small white and orange geometric print, three-quarter sleeves, white
    # cigarette trousers; outdoors in a green garden.
    # base: caption, color, color_of pants, sleeve length; vqa: color_of kurta, pattern; cap1: describe.
    case(
        "WW-KU-1005",
        caption("a woman in a green kurta standing in a garden"),
        B.color("green"),
        color_of("kurta", "teal-white", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        B.pattern(
            "geometric geometric geometric geometric geometric geometric geometric geometric geometric geometric"
            " geometric geometric geometric geometric geometric",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("3/4"),
        describe(
            "kurta",
            "The kurta is with cotton fabric and its neckline is round. The kurta is with cotton fabric and its"
            " neckline is round. The kurta is",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Teal",
        title="W Women Teal Geometric Printed A-Line Kurta",
    ),
    # Model in an off-white short kurti with white thread (chikankari-style) embroidery, full sleeves, worn over blue
    # denim jeans; plain white wall behind.
    # base: caption, wearing, color, color_of shirt, color_of jeans, is_a; vqa: pattern, sleeve length.
    case(
        "AUR-KI-1006",
        caption("a man in a white shirt and blue jeans standing against a white wall", "pronoun"),
        wearing("a white top and jeans", who="she"),
        B.color("white"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        B.pattern(
            "embroidered Question: What is the sleeve length of the garment? Answer: long sleeves Question: What is"
            " the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        is_a("kurti", "yes"),
        gender=W,
        category="Kurtis",
        color="Off White",
        title="AURELIA Women Off-White Embroidered Kurti",
    ),
    # Model in a red lehenga choli: raw-silk flared red lehenga heavily embroidered with gold zari and sequins,
    # matching red short-sleeve choli, red net dupatta with gold border; pink studio backdrop. No mirror work, no belt.
    # cap3: caption; xqa (over that caption): pattern, sleeve length; base: type, color, material, details;
    # vqa: color_of skirt.
    case(
        "KAL-LC-1007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its"
            " neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("lehenga"),
        B.color("red"),
        B.pattern("pure color", "contradiction"),
        B.sleeve_length("short-sleeve"),
        B.material("silk"),
        color_of(
            "skirt",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("skirt", "the skirt has gold embroidery and a mirror work border and a belt", "unsupported"),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Kalini Red Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # Model in a salwar suit: peach straight kurta with tone-on-tone peach thread embroidery at the neckline, full
    # sleeves, white salwar, peach dupatta with white polka dots over both shoulders; cream wall.
    # base: caption, color, color_of pants; vqa: sleeve length, pattern, wearing, is_a; cap3: material.
    case(
        "BIBA-SS-1008",
        caption("a woman in a peach salwar kameez standing against a wall"),
        B.color("peach"),
        color_of("pants", "peach", "other_garment_color", kind="open"),
        B.sleeve_length("long"),
        B.pattern("embroidered"),
        wearing("dress", "contradiction", who="she"),
        B.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Peach",
        title="Biba Women Peach Embroidered Kurta with Salwar & Dupatta",
    ),
    # Model in a royal blue poly-georgette saree with small silver sequin buttis, a sleeveless silver blouse, pallu
    # over the left shoulder; grey studio backdrop. Only small stud earrings, no necklace, no bindi.
    # base: caption, color, color_of blouse, sleeve length, pattern, material, wearing; vqa: is_a; cap3: details.
    case(
        "SAR-SA-1009",
        caption("a woman in a blue saree posing for the camera"),
        B.color("blue"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("sleeveless"),
        B.pattern("sequinned"),
        B.material("georgette"),
        is_a("saree", "yes Question: Is this a dress? Answer: no Question: Is this a skirt? Answer:", "leak"),
        wearing(
            "she is wearing a blue saree with a silver blouse and a silver necklace and earrings and a bindi",
            "unsupported",
            who="she",
        ),
        details(
            "saree",
            "The saree is with chiffon fabric and pure color patterns. The saree is with chiffon fabric and pure"
            " color patterns. The saree is with",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Blue",
        title="Saree mall Blue & Silver-Toned Embellished Sequinned Poly Georgette Saree",
    ),
    # Packshot, no person: a cotton bandhani dupatta, mustard and magenta tie-dye dots with a gota border, hung on a
    # wooden hanger against white. Mustard covers most of it.
    # base: caption, type, color, material; vqa: pattern, sleeve length; cap3: wearing.
    case(
        "GER-DU-1010",
        caption("a yellow and pink scarf hanging on a hanger"),
        B.garment_type("dupatta"),
        B.color("yellow"),
        B.pattern("lattice", "contradiction"),
        B.sleeve_length("short sleeves", "unsupported"),
        wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is crew. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender=W,
        category="Dupatta",
        color="Multi",
        title="Geroo Jaipur Mustard & Magenta Bandhani Cotton Dupatta with Gotta Patti",
    ),
    # Model in a black sleeveless straight rayon kurta with an all-over white floral print, round neck, black
    # leggings, holding a black handbag; street background.
    # base: caption, color, pattern, sleeve length, color_of leggings, material; vqa: describe.
    case(
        "VIS-KU-1011",
        caption("a woman in a black and white floral kurta holding a handbag on the street"),
        B.color("black"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("leggings", "black", kind="open"),
        describe(
            "kurta",
            "floral-black Question: Describe the kurta. Answer: floral-black Question: Describe the kurta. Answer:",
            "leak",
            hit_limit=True,
        ),
        B.material("it is made of fabric", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Vishudh Women Black & White Floral Printed Sleeveless Straight Kurta",
    ),
    # Headless female dress form in a shop (blurred racks behind) displaying a rust orange cotton kurta with mirror
    # work and black thread embroidery at the yoke, three-quarter sleeves, rust palazzos, no dupatta, no accessories.
    # base: caption, wearing, color, pattern, is_a; vqa: sleeve length, material; cap3: details.
    case(
        "JAI-KS-1012",
        caption("an orange kurta on a mannequin in a store"),
        wearing("she is wearing an orange kurta and orange pants", who="she"),
        B.color("orange"),
        B.pattern("embroidered"),
        B.sleeve_length(
            "3/4 sleeves 3/4 sleeves 3/4 sleeves 3/4 sleeves 3/4 sleeves 3/4 sleeves 3/4 sleeves 3/4",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton\nQuestion: What is the color of the garment?\nAnswer: rust\nQuestion: What is the", "leak"),
        is_a("kurta", "no, it is a dress", "contradiction"),
        details(
            "kurta",
            "The kurta is with cotton fabric and its neckline is v-shape. There is an accessory on her wrist.",
            "unsupported",
        ),
        gender=W,
        category="Kurta Sets",
        color="Rust",
        title="Jaipur Kurti Women Rust Mirror Work Kurta with Palazzos",
    ),
    # Model in a white short cotton kurti with a red and blue block-printed geometric pattern (white dominant), short
    # sleeves, blue jeans; brick wall behind. Seller gender missing.
    # base: caption, color, color_of shirt, pattern; cap3: sleeve length.
    case(
        "HER-KI-1013",
        caption("a woman in a white top and jeans standing in front of a brick wall"),
        B.color("red", "contradiction"),
        color_of("shirt", "white", kind="open"),
        B.pattern("printed"),
        B.sleeve_length(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        category="Kurtis",
        color="White",
        title="Herenow Women White & Red Printed Kurti",
    ),
    # Model in a solid sea green straight cotton kurta, deep V-neck, short sleeves, white churidar; white backdrop.
    # cap1: caption; vqa: color, pattern, sleeve length, color_of pants, material, is_a.
    case(
        "FAB-KU-1014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. It",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve", "contradiction"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        B.material("cotton"),
        is_a(
            "kurta",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Sea Green",
        title="Fabindia Women Sea Green Solid Cotton Straight Kurta",
    ),
    # Model in a mustard yellow cotton saree with a broad maroon border and a maroon floral print, maroon short-sleeve
    # blouse; standing beside a carved wooden door.
    # base: caption, color, color_of blouse, sleeve length, wearing; cap3: pattern, type.
    case(
        "KAL-SA-1015",
        caption("a woman in a yellow saree standing next to a wooden door"),
        B.color("yellow"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        B.sleeve_length("short"),
        wearing("a yellow saree with a red border", who="she"),
        B.pattern(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long skirt",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("The lady wears a short-sleeve shirt with floral patterns and a long skirt.", "contradiction"),
        gender=W,
        category="Sarees",
        color="Mustard",
        title="KALINI Mustard & Maroon Floral Printed Cotton Saree",
    ),
    # Model in an olive green flared anarkali kurta with a gold foil floral print, full sleeves, olive trousers, a
    # beige dupatta with gold print; outdoors on sunlit stone steps.
    # base: caption, wearing, color, color_of dupatta, sleeve length; vqa: pattern; cap1: material.
    case(
        "RAN-AN-1016",
        caption("a man in a green anarkali standing on the steps", "pronoun"),
        wearing("a green anarkali suit with a dupatta", who="she"),
        B.color("olive"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        B.pattern(
            "floral Question: What is the pattern of the garment? Answer: floral Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("full sleeves"),
        B.material(
            "The kurta is with cotton fabric and its neckline is round. The kurta is with cotton fabric and its"
            " neckline is round. The kurta",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Olive",
        title="Rang Mahal Women Olive Green Foil Printed Anarkali Kurta with Trousers & Dupatta",
    ),
    # Flat lay, no person: a lavender short cotton kurti with white chikankari embroidery, three-quarter sleeves
    # folded in, on a light wooden floor.
    # base: caption, color, pattern, wearing; cap3: describe; vqa: material, is_a.
    case(
        "SOC-KI-1017",
        caption("a purple top with white embroidery on a wooden floor"),
        B.color("purple"),
        B.pattern("embroidered"),
        wearing("she is wearing a purple top", "unsupported", who="she"),
        describe(
            "kurti",
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and its neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        is_a("kurti", "yes"),
        gender=W,
        category="Kurtis",
        color="Lavender",
        title="Sochi Women Lavender Chikankari Embroidered Kurti",
    ),
    # Model in a pastel green lehenga with a pink floral print and sequins, pink sleeveless choli, pink net dupatta;
    # wedding decor with flower garlands behind.
    # base: caption, color, color_of skirt; vqa: sleeve length, is_a, details.
    case(
        "INN-LC-1018",
        caption("a woman in a green and pink lehenga standing in front of flowers"),
        B.color("pink", "contradiction"),
        color_of("skirt", "green", kind="open"),
        B.sleeve_length("sleeveless"),
        is_a("lehenga", "no", "contradiction"),
        details(
            "skirt",
            "floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Green",
        title="Inddus Green & Pink Printed Sequinned Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # Model in a white pure-cotton kurta with navy blue leheriya (diagonal stripe) print, three-quarter sleeves, navy
    # trousers, navy dupatta; plain white backdrop.
    # base: caption, pattern, color, color_of pants, wearing; cap3: sleeve length.
    case(
        "NAY-KS-1019",
        caption("a woman in a blue and white striped kurta and blue pants"),
        B.pattern("striped"),
        B.color("white"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white kurta with blue stripes", "pronoun", who="she"),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Nayo Women White & Navy Blue Leheriya Printed Pure Cotton Kurta with Trousers & Dupatta",
    ),
    # Model in a bottle green art-silk saree with a thin gold border and small gold buttis, green half-sleeve blouse;
    # red velvet curtain behind her.
    # base: caption, color, pattern, sleeve length, material; vqa: color_of blouse.
    case(
        "MIM-SA-1020",
        caption("a woman in a green saree standing in front of a red curtain"),
        B.color("green"),
        B.pattern("the pattern of the garment is a pattern", "restated"),
        B.sleeve_length("the sleeve length of the garment is the length of the sleeve", "restated"),
        B.material("silk"),
        color_of(
            "blouse",
            "green-gold Question: What is the color of the blouse? Answer: green-gold Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Green",
        title="Mimosa Green & Gold-Toned Zari Art Silk Kanjeevaram Saree",
    ),
    # Model in a magenta straight kurta with a gold ethnic-motif print, three-quarter sleeves, white leggings; teal
    # studio backdrop.
    # base: caption, color, color_of leggings, pattern, sleeve length, is_a, details.
    case(
        "ANU-KU-1021",
        caption("a woman in a pink kurta and white leggings against a blue background"),
        B.color("blue", "contradiction"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        B.pattern("printed"),
        B.sleeve_length("3/4th sleeves"),
        is_a("kurta", "yes"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        gender=W,
        category="Kurtas",
        color="Magenta",
        title="Anubhutee Women Magenta & Gold Ethnic Motifs Printed Straight Kurta",
    ),
    # Model, waist up, in a plain white kurta with a red cotton phulkari dupatta (yellow, green and orange embroidery)
    # draped over both shoulders; the dupatta is the product.
    # base: caption, type, color, color_of scarf, material; vqa: pattern.
    case(
        "SHO-DU-1022",
        caption("a woman wearing a red scarf with colorful embroidery"),
        B.garment_type("kurta", "contradiction"),
        B.color("white", "contradiction"),
        color_of("scarf", "red", kind="open"),
        B.pattern("embroidered\nQuestion: What is the sleeve length of the garment?\nAnswer: long", "leak"),
        B.material("cotton"),
        gender=W,
        category="Dupatta",
        color="Red",
        title="Shopgarb Red Phulkari Embroidered Cotton Dupatta",
    ),
    # Model in a yellow silk-blend kurta with white floral embroidery, full sleeves, yellow sharara, white dupatta;
    # marigold haldi backdrop.
    # cap3: caption; xqa (over that caption): pattern, sleeve length, material; base: color, color_of dupatta.
    case(
        "VAR-KS-1023",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        B.pattern("floral patterns"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton fabric", "unsupported"),
        gender=W,
        category="Kurta Sets",
        color="Yellow",
        title="Varanga Women Yellow Floral Embroidered Silk Blend Kurta with Sharara & Dupatta",
    ),
    # Model in a black rayon anarkali kurta with a multicolour floral print at the flared hem, full sleeves, black
    # churidar, no dupatta; grey studio backdrop.
    # base: caption; vqa: type, color, pattern, sleeve length, material, is_a.
    case(
        "KHU-AN-1024",
        caption("a woman in a black dress with flowers on it"),
        B.garment_type("dress"),
        B.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.sleeve_length(
            "long sleeves Question: What is the sleeve length of the garment? Answer: long sleeves Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Khushal K Women Black Floral Printed Anarkali Kurta",
    ),
    # Model in a peach organza saree with a silver embroidered border, peach sleeveless blouse; white backdrop.
    # Seller colour missing.
    # base: caption, color, sleeve length, wearing, color_of blouse; vqa: describe; cap1: pattern.
    case(
        "MOH-SA-1025",
        caption("a woman in a peach saree with a silver border"),
        B.color("peach"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing("she is wearing a peach saree and a sleeveless blouse", who="she"),
        color_of("blouse", "peach", kind="open"),
        describe(
            "saree",
            "pink-silver Question: Describe the saree. Answer: pink-silver Question: Describe the saree. Answer:",
            "leak",
            hit_limit=True,
        ),
        B.pattern(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a sleeveless tank top"
            " with pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        title="Mohey Women Peach Embroidered Organza Saree",
    ),
    # Full female mannequin with a head, in a showroom: grey kurta with pink thread embroidery, grey trousers, pink
    # dupatta over the shoulders.
    # base: caption, wearing, color, color_of scarf, material; vqa: sleeve length.
    case(
        "ZIY-KS-1026",
        caption("a mannequin wearing a grey kurta and a pink dupatta"),
        wearing("he is wearing a grey kurta", "pronoun", who="she"),
        B.color("grey"),
        color_of("scarf", "grey", "other_garment_color", kind="open"),
        B.sleeve_length("", "non_answer"),
        B.material("the garment is made of a material", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Grey",
        title="Ziyaa Women Grey Embroidered Kurta with Trousers & Dupatta",
    ),
    # Model in a red short cotton kurti with white polka dots, short puff sleeves, round neck, no collar, no buttons,
    # black jeggings; pink wall behind.
    # base: caption, pattern, describe; vqa: color, color_of pants, is_a; cap3: sleeve length.
    case(
        "AKS-KI-1027",
        caption("a woman in a red and white polka dot top and black pants"),
        B.pattern("polka dots"),
        B.color("red-white"),
        color_of(
            "pants",
            "red-white-red-white-red-white-red-white-red-white-red-white-red-white-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurti",
            "yes Question: Is this a T-shirt? Answer: no Question: Is this a blouse? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        describe(
            "top", "a red top with white polka dots and a bow on the collar and buttons down the front", "unsupported"
        ),
        gender=W,
        category="Kurtis",
        color="Red",
        title="AKS Women Red & White Polka Dot Printed Kurti",
    ),
    # Model in a navy blue rayon anarkali with a white and pink floral print, full sleeves, navy churidar, a pink
    # dupatta held over her arms; outdoors, white building.
    # base: caption, color, color_of dress, pattern, material; cap3: sleeve length.
    case(
        "LIB-AN-1028",
        caption("a woman in a blue floral dress holding a pink scarf"),
        B.color("navy"),
        color_of("dress", "pink", "other_garment_color", kind="open"),
        B.pattern("floral"),
        B.sleeve_length(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.material("fabric", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Navy Blue",
        title="Libas Women Navy Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
    ),
    # Packshot, no person: a purple silk lehenga skirt with gold zari woven stripes laid flat, an unstitched gold blouse
    # piece and a folded purple dupatta beside it, on white.
    # base: caption, wearing, color, sleeve length; vqa: type, pattern; cap3: details.
    case(
        "SGM-LC-1029",
        caption("a purple and gold lehenga laid out on a white background"),
        wearing("a purple lehenga", who="she"),
        B.garment_type(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt"
            " skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        B.color("purple"),
        B.sleeve_length("short sleeves", "unsupported"),
        B.pattern("striped"),
        details(
            "skirt",
            "The skirt is with silk fabric and striped patterns. The lady has an accessory on her wrist.",
            "unsupported",
        ),
        gender=W,
        category="Lehenga Choli",
        color="Purple",
        title="SGM Purple & Gold-Toned Woven Design Semi-Stitched Lehenga & Unstitched Blouse",
    ),
    # Model in a cream straight kurta with a gold foil print, mandarin collar, full sleeves, cream trousers; beige
    # wall behind.
    # base: caption, details; vqa: color, pattern, sleeve length; cap3: is_a.
    case(
        "SAN-KU-1030",
        caption("a woman in a white kurta and white pants standing in front of a beige wall"),
        B.color(
            "cream cream cream cream cream cream cream cream cream cream cream cream cream cream cream cream cream"
            " cream cream cream cream cream cream cream cream cream cream cream cream cream",
            "loop",
            hit_limit=True,
        ),
        B.pattern("pure color", "contradiction"),
        B.sleeve_length("long-sleeve"),
        details("kurta", "it has a collar"),
        is_a("kurta", "The lady wears a long-sleeve shirt with pure color patterns.", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Cream",
        title="Sangria Women Cream-Coloured Foil Printed Straight Kurta",
    ),
    # Model in a turquoise salwar suit: solid turquoise kurta with silver gota lace at the hem, full sleeves,
    # turquoise salwar, a pink, orange and turquoise printed dupatta; on a green lawn. Seller title missing.
    # base: caption, color, color_of pants, wearing; vqa: sleeve length; cap1: material.
    case(
        "JNE-SS-1031",
        caption("a woman in a blue salwar suit standing on the grass"),
        B.color("turquoise"),
        color_of("pants", "blue", kind="open"),
        wearing("a blue kurta with long sleeves and a printed dupatta", who="she"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Model in a Bengal-style pure-cotton saree, white body with a broad red border, red blouse with elbow-length
    # sleeves, holding a brass plate of flowers; temple-like stone backdrop.
    # base: caption, color, color_of blouse; vqa: sleeve length, is_a.
    case(
        "KSU-SA-1032",
        caption("a woman in a white saree holding a plate of flowers"),
        B.color("red", "contradiction"),
        color_of("blouse", "red", kind="open"),
        B.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves"
            " long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        gender=W,
        category="Sarees",
        color="White",
        title="KSUT Women White & Red Solid Pure Cotton Saree",
    ),
    # Model in a pink cotton kurta with an all-over white chevron print, three-quarter sleeves, pink palazzos; pale
    # grey backdrop.
    # cap3: caption; base: color, pattern, wearing; vqa: color_of pants.
    case(
        "GER-KU-1033",
        caption(
            "The lady wears a three-quarter-sleeve shirt with striped patterns. The shirt is with cotton fabric and"
            " its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.pattern("chevron"),
        color_of(
            "pants",
            "pink-white Question: What is the color of the pants? Answer: pink-white Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("he is wearing a pink shirt", "pronoun", who="she"),
        gender=W,
        category="Kurtas",
        color="Pink",
        title="GERUA Women Pink & White Chevron Printed Cotton Kurta",
    ),
    # Model in a lime green kurta with white schiffli embroidery, white palazzos, lime dupatta; bright outdoor light.
    # No pockets, no zip. Seller gender missing.
    # base: caption, color, color_of pants, details; vqa: pattern.
    case(
        "NEE-KS-1034",
        caption("a woman in a green kurta and white pants"),
        B.color("green"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        B.pattern("pattern", "non_answer"),
        details("kurta", "the kurta has a pocket on the side and a zipper on the back", "unsupported"),
        category="Kurta Sets",
        color="Lime Green",
        title="Neerus Women Lime Green Embroidered Kurta with Palazzos & Dupatta",
    ),
    # Packshot, no person: a solid black chiffon dupatta folded, with a thin silver lace border, on a grey background.
    # base: caption, type; vqa: color, material, is_a; cap3: wearing.
    case(
        "SOU-DU-1035",
        caption("a black scarf on a grey background"),
        B.garment_type("scarf"),
        B.color("black-silver"),
        B.material(
            "chiffon Question: What is the pattern of the garment? Answer: pure color Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and"
            " its neckline is round. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a(
            "dupatta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Black",
        title="SOUNDARYA Women Black Solid Chiffon Dupatta with Lace Border",
    ),
    # Model in a burgundy velvet straight kurta with gold embroidery at the neck, full sleeves, black leggings; dark
    # studio backdrop.
    # base: caption, material, color_of leggings; vqa: color; cap3: sleeve length.
    case(
        "IND-KU-1036",
        caption("a woman in a maroon kurta"),
        B.material("velvet"),
        color_of("leggings", "maroon", "other_garment_color", kind="open"),
        B.color(
            "burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its"
            " neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Burgundy",
        title="Indo Era Women Burgundy Velvet Embroidered Straight Kurta",
    ),
    # Model in a sky blue lehenga with silver mirror work, sky blue sleeveless choli, white net dupatta; white palace
    # facade behind.
    # base: caption, color, describe, color_of dupatta; vqa: sleeve length.
    case(
        "VAS-LC-1037",
        caption("a woman in a blue lehenga standing in front of a white building"),
        B.color("blue"),
        describe("lehenga", "he is wearing a blue lehenga with silver mirror work", "pronoun"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        B.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless"
            " sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Blue",
        title="Vastramay Women Blue Mirror Work Lehenga Choli with Dupatta",
    ),
    # Model in a white cotton kurti with sparse black ikat motifs (mostly white), three-quarter sleeves, black
    # leggings; grey backdrop.
    # base: caption, pattern, color, material, is_a; vqa: sleeve length; cap1: details.
    case(
        "FAB-KI-1038",
        caption("a woman in a black and white top"),
        B.pattern("geometric"),
        B.color("black", "contradiction"),
        B.sleeve_length(
            "long-sleeve\nQuestion: What is the material of the garment?\nAnswer: cotton\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("it is a garment", "non_answer"),
        is_a("kurti", "yes"),
        details(
            "kurti",
            "The neckline is round and the sleeves are three-quarter length and the hem is straight and the side"
            " slits have a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="White",
        title="Fabindia Women White & Black Ikat Woven Cotton Kurti",
    ),
    # Model in a multicolour leheriya chiffon saree (rainbow diagonal stripes, pink dominant), pink sleeveless blouse;
    # on a beach.
    # base: caption, pattern, color; cap3: material; vqa: wearing, is_a.
    case(
        "ANK-SA-1039",
        caption("a woman in a colorful saree standing on the beach"),
        B.pattern("striped"),
        B.color("multicolored"),
        B.material(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with chiffon fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("tank", "contradiction", who="she"),
        is_a("saree", "no Question: Is this a dress? Answer: yes Question: Is this a", "leak", hit_limit=True),
        gender=W,
        category="Sarees",
        color="Multi",
        title="Anouk Multicoloured Leheriya Printed Chiffon Saree",
    ),
    # Model in an all-white set: white chikankari kurta, white palazzos, white mulmul dupatta with a lace edge; pastel
    # pink wall behind.
    # base: caption, color_of pants, color_of dupatta, details; vqa: color; cap3: sleeve length.
    case(
        "ADA-KS-1040",
        caption("a woman in a white kurta and white pants standing in front of a pink wall"),
        B.color("pink", "contradiction"),
        color_of("pants", "white", kind="open"),
        color_of("dupatta", "white", kind="open"),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta is made of cotton and has a lot of embroidery on it and the embroidery is done by hand and"
            " the embroidery is done by hand and the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Ada Women White Chikankari Hand Embroidered Kurta with Palazzos & Dupatta",
    ),
    # Model in an orange and pink colour-blocked cotton kurta (orange upper half, pink lower half), short sleeves, round
    # neck, white straight pants; white backdrop.
    # cap3: caption (ended on padding before the budget); xqa (over it): pattern, sleeve length; base: color,
    # color_of pants, is_a.
    case(
        "TIS-KU-1041",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        B.pattern("color block patterns"),
        B.color("orange"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        B.sleeve_length("round", "non_answer"),
        is_a("kurta", "no, it's a shirt", "contradiction"),
        gender=W,
        category="Kurtas",
        color="Orange",
        title="Tissu Women Orange & Pink Colourblocked Straight Kurta",
    ),
    # Model in a black lehenga with gold sequin stripes, black sleeveless choli, black net dupatta with a gold border;
    # party setting with bokeh lights. The skirt has no slit and no pocket. Seller gender missing.
    # base: caption, color, sleeve length, details; vqa: pattern; cap1: wearing.
    case(
        "CHH-LC-1042",
        caption("a woman in a black lehenga posing for a picture"),
        B.color("gold", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.pattern(
            "striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-striped"
            "-striped-striped",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with chiffon fabric and its"
            " neckline is v-shape. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("skirt", "the skirt has a slit on the side and a pocket", "unsupported"),
        category="Lehenga Choli",
        color="Black",
        title="Chhabra 555 Black Sequinned Lehenga Choli with Dupatta",
    ),
    # Model in a cobalt blue straight kurta with a white floral print, long sleeves, white trousers, and a blue denim
    # jacket worn open over the kurta.
    # base: caption, color, color_of jacket, color_of pants, pattern; vqa: sleeve length, type.
    case(
        "SZT-KU-1043",
        caption("a woman in a blue floral kurta and a denim jacket"),
        B.color("blue"),
        color_of("jacket", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("long-sleeve"),
        B.garment_type("denim", "contradiction"),
        B.pattern(
            "the pattern of the garment is floral and the pattern of the jacket is denim and the pattern of the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Sztori Women Blue & White Floral Printed Straight Kurta",
    ),
    # Model in an all-mauve set: mauve kurta with silver gota patti work, three-quarter sleeves, mauve trousers, mauve
    # dupatta; indoor, warm light.
    # base: caption, color, wearing, pattern; vqa: sleeve length; cap3: material.
    case(
        "AAY-KS-1044",
        caption("a woman in a purple kurta with a dupatta"),
        B.color("purple"),
        B.sleeve_length(
            "3/4 sleeves Question: What is the pattern of the garment? Answer: solid Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with chiffon fabric"
            " and its neckline is v-shape. The",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a purple kurta", "pronoun", who="she"),
        B.pattern("the pattern of the garment is the pattern of the garment", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Mauve",
        title="Aayusika Women Mauve Gotta Patti Kurta with Trousers & Dupatta",
    ),
]
