"""BLIND_128 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, with is_a and
color_of questions): written blind in the twentieth session. Measured blind at 13f475c: 131/140 failures found
(93.6%) and 14/148 correct texts flagged (9.5%). The writer's notes, verbatim:

Blind corpus 128: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on 44 product photos of a
    Myntra-style women's ethnic-wear catalog: kurtas and kurtis, kurta sets (with trousers, palazzos, churidars,
    shararas and dupattas), anarkalis, sarees, lehenga cholis and dupattas, photographed on models, on mannequins
    and dress forms, and as flat or hanging packshots. Questions: enrich's default questionnaire (DEFAULT_QUESTIONS)
    or the closed questions of BLIND_QUESTIONS, plus a few "Is this a ...?" (is_a) and "What is the color of the
    ...?" (color_of) questions. Seller columns from the marketplace are passed to case(): gender, category (the
    article type), color (the base colour) and title, in the seller's words; a few products lack some or all of them.

Which system wrote which text (named per case in the comment above it)
    - base: untuned Salesforce/blip2-opt-2.7b. Short lowercase captions and answers that stop on the newline;
      its failures are one color given to every garment, the color of the dupatta, blouse, palazzo or background
      given to the product, "a man"/"he" for a woman, invented details (pockets, zips, bags, care labels), a person
      invented on packshots, empty or "i don't know" answers, the question's words back, and an occasional answer
      that starts with "Answer:".
    - cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They return the DeepFashion-MultiModal caption template
      ("The lady wears a long-sleeve shirt with floral patterns. She wears a long trousers. ...") for every prompt,
      with In-shop garment names and pattern words instead of hues, never stop, and so end cut at the token limit
      or looping.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers in In-shop classes ("dress", "skirt"), says
      "yes" to most yes/no questions, loops one word to the limit, and echoes the `Question: ... Answer:` format.

How it was written
    Blind. The only files read were /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the
    Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). No audit code, documentation, other
    corpus or history was opened; the only thing run was an import check of this module. Every photo is imagined
    and described in the comment above its case; each label was judged against that imagined photo.

Label conventions and judgement calls
    - One failure kind per text, the most salient one. A text that runs to the limit in a loop is "loop"; one that
      stops mid-phrase without looping is "cut". Adapter texts that run to the limit have hit_limit=True (30 new
      tokens for answers, 50 for captions); a few base texts stop mid-phrase before the limit (cut, hit_limit=False).
    - A cap1/cap3 template returned to a question is labelled by how it ends (cut or loop), even though it also
      fails to answer the question and names In-shop garments ("shirt", "T-shirt", "tank top") for Indian wear.
    - Near-color synonyms are correct: navy -> "blue", sea green / teal / olive -> "green", maroon -> "red" or
      "burgundy", lavender / mauve -> "purple", magenta -> "pink", coral / rust -> "orange" / "brown",
      off white / cream -> "white", gold -> "yellow" for a golden dupatta, grey tissue -> "silver". Navy answered
      "black" is a contradiction.
    - "dress" is accepted for a calf- or floor-length flared anarkali; "skirt" for a lehenga; "scarf" for a dupatta;
      "top" or "shirt" for a short hip-length kurti. "shirt" for a knee-length kurta, "dress" for a saree or a straight
      kurta set, and "lehenga" for a sharara set are contradictions.
    - A color of the dupatta, blouse, choli, palazzo, churidar or trousers given to the product (or to a garment of
      another color) is other_garment_color; a color of the background, a wall, a table or of the print only is a
      contradiction (no other garment has it).
    - A color repeated for every garment is correct when the set really is all one color (sea green set).
    - Captions and answers that name the background (pink wall, temple, garden, wooden door, box, hanger) are correct.
    - On a packshot, "What is the person wearing?" answered with the product ("a saree", "a white scarf") is correct;
      inventing a woman who wears it is unsupported.
    - The sleeve length of a saree's worn blouse counts as the sleeve length; a sleeve length claimed for a folded
      saree whose blouse piece is not visible is unsupported.
    - Material: a plain fabric consistent with the photo and the title (cotton, georgette, velvet, net, silk) is
      correct; certifications, washing instructions, "made in india", artisans, and "pure silk" against a "silk
      blend" title are unsupported.
    - "yes", "no", "", "unknown", "i don't know", "i'm not sure" and bare "the garment" for an open question are
      non_answer; texts built from the question's words ("the garment has details", "it is made of fabric") are
      restated. "he"/"a man" for these women's products is pronoun.
    - Every product is women's wear; the seller gender is "Women" wherever the gender column is present.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_128: list[Case] = [
    # 1. Model in a studio against a plain white wall: navy blue straight knee-length kurta with a small white
    # ethnic-motif print, three-quarter sleeves, round neck; styled with plain white palazzos.
    # caption, wearing, garment_type, color, material: base; sleeve_length: vqa; description, details: cap3.
    case(
        "MYN-KUR-24001",
        caption("a woman in a blue and white printed kurta and white pants"),
        D.wearing("a blue kurta and white pants"),
        D.garment_type("kurta"),
        D.color("black", "contradiction"),
        D.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. She wears a long trousers. The trousers are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Anouk Women Navy Blue & White Ethnic Motifs Printed Straight Kurta",
    ),
    # 2. Model standing against a pink wall in a mustard yellow calf-length flared anarkali kurta, full sleeves,
    # plain body with a gold gota-patti trim at the hem; no dupatta.
    # caption, color_of, sleeve_length, material: base; wearing, is_a: vqa; pattern: cap1.
    case(
        "MYN-KUR-24002",
        caption("a woman in a yellow anarkali dress standing in front of a pink wall"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        color_of("kurta", "yellow"),
        B.sleeve_length("long sleeves"),
        B.material("it is made of rayon and has two pockets on the sides", "unsupported"),
        B.pattern(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "long length. The dress",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Libas Women Mustard Yellow Gotta Patti Anarkali Kurta",
    ),
    # 3. Model outdoors in front of green shrubs: pink straight kurta with a small white floral print, V-neck,
    # three-quarter sleeves, matching plain pink trousers, white mulmul dupatta with a thin pink border over one arm.
    # caption, wearing, color, pattern, material, color_of: base; description, details: cap1.
    case(
        "MYN-KSET-24003",
        caption("a woman in a pink kurta and dupatta standing in a garden"),
        D.wearing("a pink kurta and pink pants with a white dupatta"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns. She wears a long trousers. The trousers are "
            "with cotton fabric and floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt has long sleeves, cotton fabric and floral patterns. The neckline of it is v-shape. The shirt "
            "has long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        color_of("dupatta", "pink", "other_garment_color"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Jaipur Kurti Women Pink Floral Printed Pure Cotton Kurta with Trousers & Dupatta",
    ),
    # 4. Model against a beige curtain in a red Banarasi silk saree with small gold zari buttis and a wide gold
    # border, matching red short-sleeved blouse.
    # caption, wearing, color, details, material, is_a: base; garment_type: vqa; description: cap3.
    case(
        "MYN-SAR-24004",
        caption("a woman in a red and gold saree"),
        D.wearing("a red saree"),
        D.garment_type("dress", "contradiction"),
        D.color("red"),
        D.description(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. The dress is "
            "with chiffon fabric. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.details("gold border"),
        D.material("Answer: silk", "leak"),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Saree Mall Red & Gold-Toned Woven Design Zari Banarasi Saree",
    ),
    # 5. Flat packshot, no person: a sea green georgette saree folded on a white background, pink floral print,
    # pallu fanned out on top.
    # caption, wearing, garment_type, color, material: base; description, details: cap3.
    case(
        "MYN-SAR-24005",
        caption("a green and pink floral saree on a white background"),
        D.wearing("a woman wearing a green saree", "unsupported"),
        D.garment_type("saree"),
        D.color("green"),
        D.description(
            "The lady wears a short-sleeve T-shirt with floral patterns. She wears a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. The T",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Her dress has long sleeves, chiffon fabric and floral patterns. The neckline of it is round. Her dress "
            "has long sleeves, chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("georgette"),
        gender="Women",
        category="Sarees",
        color="Sea Green",
        title="Mitera Sea Green & Pink Floral Printed Georgette Saree",
    ),
    # 6. Mannequin in a grey studio: maroon lehenga with heavy gold zari embroidery, maroon elbow-sleeve choli,
    # beige net dupatta with a gold border draped over one shoulder.
    # caption, wearing, color, details, sleeve_length: base; description: cap1; is_a: vqa.
    case(
        "MYN-LEH-24006",
        caption("a red and gold lehenga on a mannequin"),
        D.wearing("a red lehenga"),
        D.color("beige", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and lattice patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery and a net dupatta"),
        D.sleeve_length("How long are the sleeves? Answer: short", "leak"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Maroon",
        title="Varanga Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 7. Packshot, no person: a white chikankari cotton dupatta spread flat on a grey background, white-on-white
    # embroidery, scalloped edges.
    # caption, garment_type, color, pattern, material: base; wearing, details: cap3.
    case(
        "MYN-DUP-24007",
        caption("a white scarf with embroidery on a grey background"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("scarf"),
        D.color("grey", "contradiction"),
        D.pattern("embroidered"),
        D.details(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Dupatta",
        color="White",
        title="Ada Women White Chikankari Embroidered Cotton Dupatta",
    ),
    # 8. Headless dress form: black knee-length A-line sleeveless kurta with a red and white floral print,
    # mandarin collar.
    # caption, garment_type, color, pattern, material, color_of: base; sleeve_length, is_a: vqa.
    case(
        "MYN-KUR-24008",
        caption("a black floral print sleeveless kurta on a mannequin"),
        B.garment_type("kurta"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("the garment is made of 100% pure cotton, made in india", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        color_of("kurta", "black"),
        gender="Women",
        category="Kurtas",
        color="Black",
        title="Sangria Women Black & Red Floral Printed Sleeveless A-Line Kurta",
    ),
    # 9. Model in a white chikankari kurta with long sleeves, white palazzos and a multicolour (pink, blue, yellow)
    # leheriya dupatta over both shoulders; she wears glass bangles.
    # caption: cap3; wearing, color, material, color_of: base; details: vqa.
    case(
        "MYN-KSET-24009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and the trousers are with cotton fabric. There is an accessory on her wrist. The lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a colorful dupatta"),
        D.color("pink", "other_garment_color"),
        D.details(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        color_of("palazzo", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        gender="Women",
        category="Kurta Sets",
        color="White",
        title="Anouk Women White Chikankari Embroidered Kurta with Palazzos & Leheriya Dupatta",
    ),
    # 10. Model in front of a carved wooden door: teal floor-length anarkali kurta with gold foil print, full sleeves.
    # caption, wearing, garment_type, color, details, material: base; description: cap1.
    case(
        "MYN-KUR-24010",
        caption("a woman in a green dress standing in front of a wooden door"),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.garment_type("dress"),
        D.color("teal"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a long "
            "length. The neckline of it is",
            "cut",
            hit_limit=True,
        ),
        D.details("gold print on the dress, a zipper at the back and pockets", "unsupported"),
        D.material("rayon"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Indo Era Women Teal Green Foil Printed Anarkali Kurta",
    ),
    # 11. Model on a balcony in a mustard handloom cotton saree with thin black stripes and a red border, black
    # short-sleeved blouse.
    # caption, garment_type, color, pattern, material, color_of: base; sleeve_length, is_a: vqa.
    case(
        "MYN-SAR-24011",
        caption("a woman in a yellow saree and black blouse standing on a balcony"),
        B.garment_type("saree"),
        B.color("black", "other_garment_color"),
        B.pattern("striped"),
        B.material(
            "Answer: cotton Question: What is the pattern of the garment? Answer: striped", "leak", hit_limit=True
        ),
        B.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        color_of("blouse", "black"),
        gender="Women",
        category="Sarees",
        color="Mustard",
        title="Mitera Mustard & Black Striped Pure Cotton Saree",
    ),
    # 12. Model at an outdoor venue with fairy lights: blush pink lehenga with sequin embroidery, pink sleeveless
    # choli, pink net dupatta. Seller title missing.
    # caption: cap3; wearing, color, pattern, details, material: base; garment_type: vqa.
    case(
        "MYN-LEH-24012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. The tank top is with chiffon fabric. There is an accessory on "
            "her wrist. Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga"),
        D.garment_type(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("sequins"),
        D.details("the garment has details", "restated"),
        D.material("net"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 13. Flat packshot, no person: lime green hip-length kurti with white polka dots, short sleeves, on white.
    # caption, wearing, garment_type, color, details, sleeve_length: base; description: vqa.
    case(
        "MYN-KRT-24013",
        caption("a green and white polka dot shirt on a white background"),
        D.wearing("a woman wearing a green shirt", "unsupported"),
        D.garment_type("kurti"),
        D.color("green"),
        D.description(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.details("What are the details of the garment? Answer: polka dots", "leak"),
        D.sleeve_length("short sleeves"),
        gender="Women",
        category="Kurtis",
        color="Lime Green",
        title="Sera Women Lime Green & White Polka Dot Printed Kurti",
    ),
    # 14. Model seated on a stool against a white wall: rust orange kurta with long sleeves and a mirror-work yoke,
    # matching rust trousers; no dupatta anywhere in the photo.
    # caption, wearing, color, details, material, sleeve_length: base; description: cap3.
    case(
        "MYN-KSET-24014",
        caption("a woman in an orange kurta sitting on a stool"),
        D.wearing("an orange kurta and orange pants"),
        D.color("brown"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. She wears a long trousers. The trousers are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details("mirror work on the neck and a dupatta", "unsupported"),
        D.material("", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="Rust",
        title="W Women Rust Orange Yoke Design Mirror Work Kurta with Trousers",
    ),
    # 15. Saree draped on a mannequin: navy blue organza saree with silver floral embroidery, navy short-sleeved blouse.
    # caption, garment_type, color, pattern, color_of: base; material, is_a: vqa.
    case(
        "MYN-SAR-24015",
        caption("a mannequin wearing a blue saree with silver flowers"),
        B.garment_type("saree"),
        B.color("black", "contradiction"),
        B.pattern("floral"),
        B.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made of? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes", "contradiction"),
        color_of("blouse", "blue"),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Sangria Navy Blue Floral Embroidered Organza Saree",
    ),
    # 16. The product is the dupatta: model in a plain white kurta (not for sale) with a magenta bandhani dupatta
    # with a gold gota border draped over both shoulders.
    # caption, wearing, garment_type, color, details, material: base; description: cap1.
    case(
        "MYN-DUP-24016",
        caption("a woman in a white kurta and a pink scarf"),
        D.wearing("a white kurta and pink dupatta"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.details("gold border"),
        D.material("chiffon"),
        gender="Women",
        category="Dupatta",
        color="Magenta",
        title="Dupatta Bazaar Magenta Bandhani Gotta Patti Dupatta",
    ),
    # 17. Model in a grey studio: peach straight kurta with white thread embroidery at the neckline, three-quarter
    # sleeves.
    # caption, color, sleeve_length, details: base; wearing: cap3; is_a, color_of: vqa.
    case(
        "MYN-KUR-24017",
        caption("a woman in a peach kurta"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. She wears a long trousers. The trousers are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("peach"),
        D.sleeve_length("3/4th sleeves"),
        D.details("i don't know", "non_answer"),
        is_a("kurta", "yes"),
        color_of(
            "kurta",
            "peach Question: What is the color of the kurta? Answer: peach Question: What is the color of the kurta? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Peach",
        title="Libas Women Peach Embroidered Straight Kurta",
    ),
    # 18. Model in a lavender floor-length anarkali kurta with silver gota lace, churidar and a lavender dupatta.
    # caption, wearing, garment_type, color, pattern, material: base; description, details: cap1.
    case(
        "MYN-KSET-24018",
        caption("a woman in a purple anarkali dress with a dupatta"),
        D.wearing("a purple dress"),
        D.garment_type("anarkali"),
        D.color("purple"),
        D.pattern("pattern", "restated"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "long length. There is an",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the dress has long sleeves, chiffon fabric and pure color patterns. it has a long length. the dress has "
            "long sleeves, chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of georgette fabric and is machine washable", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Lavender",
        title="Biba Women Lavender Gotta Patti Anarkali Kurta with Churidar & Dupatta",
    ),
    # 19. Model against a dark bokeh background: black sequinned party saree, black sleeveless blouse.
    # caption, wearing, color, material, sleeve_length: base; description: vqa; details: cap3.
    case(
        "MYN-SAR-24019",
        caption("a woman in a black saree posing for a photo"),
        D.wearing("a black saree"),
        D.color("black"),
        D.description(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        category="Sarees",
        color="Black",
        title="Mitera Black Embellished Sequinned Saree",
    ),
    # 20. Flat lay on white, no person: green embroidered lehenga skirt spread out, green blouse with elbow sleeves
    # beside it, pink net dupatta folded at the side.
    # caption, wearing, color, pattern, is_a, color_of dupatta: base; color_of lehenga: vqa.
    case(
        "MYN-LEH-24020",
        caption("a green and pink lehenga set on a white background"),
        D.wearing("a woman wearing a green lehenga", "unsupported"),
        B.color("pink", "other_garment_color"),
        B.pattern("embroidered"),
        is_a("lehenga", "yes"),
        color_of("dupatta", "pink"),
        color_of(
            "lehenga",
            "green and pink and green and pink and green and pink and green and pink and green and pink and green and "
            "pink and green",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Green",
        title="Inddus Green & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 21. Model with a short haircut in a white kurta with an indigo dabu block print, long sleeves, button placket,
    # worn with plain indigo blue pants (not part of the product).
    # caption, wearing, color, pattern, details, sleeve_length: base; description: cap3.
    case(
        "MYN-KUR-24021",
        caption("a man in a white and blue kurta", "pronoun"),
        D.wearing("a white and blue kurta with blue pants"),
        D.color("blue", "other_garment_color"),
        D.pattern("printed"),
        D.details("buttons on the front"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. She wears a long trousers. The trousers are "
            "with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Jaipur Kurti Women White & Blue Dabu Printed Cotton Kurta",
    ),
    # 22. Model in an olive green kurta with a small white floral print, olive palazzos and a cream dupatta.
    # Seller base colour missing.
    # caption: cap1; wearing, garment_type, color, details, material: base.
    case(
        "MYN-KSET-24022",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. She wears a long trousers. The trousers are "
            "with cotton fabric and floral patterns. There is an accessory on her wrist. The shirt is with cotton "
            "fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and pants with a white scarf"),
        D.garment_type("kurta set"),
        D.color("white", "other_garment_color"),
        D.details("the kurta has pockets and a zip on the side", "unsupported"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        title="Libas Women Olive Green Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 23. Model in front of a temple gopuram: off-white Kerala kasavu saree with a gold border, gold tissue blouse.
    # caption, color, pattern, material, color_of: base; is_a: vqa.
    case(
        "MYN-SAR-24023",
        caption("a woman in a white and gold saree standing in front of a temple"),
        B.color("white"),
        B.pattern("solid"),
        B.material("it is made of fabric", "restated"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "white", "other_garment_color"),
        color_of("border", "gold"),
        gender="Women",
        category="Sarees",
        color="Off White",
        title="Kalini Off White & Gold-Toned Kasavu Saree",
    ),
    # 24. Packshot, no person: an orange phulkari dupatta with pink and yellow geometric embroidery, folded on a
    # brown wooden table.
    # caption, garment_type, color, pattern, material: base; is_a: vqa; wearing: cap3.
    case(
        "MYN-DUP-24024",
        caption("an orange and pink embroidered cloth on a wooden table"),
        B.garment_type("scarf"),
        B.color("brown", "contradiction"),
        B.pattern("geometric"),
        B.material("cotton"),
        is_a("dupatta", "no", "contradiction"),
        D.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and lattice "
            "patterns. She wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dupatta",
        color="Orange",
        title="Phulkari Craft Women Orange & Pink Phulkari Embroidered Dupatta",
    ),
    # 25. Model in a maroon velvet straight kurta with a gold zari-embroidered yoke, long sleeves; plain body.
    # caption, wearing, color, details, material: base; description: cap3; pattern: vqa.
    case(
        "MYN-KUR-24025",
        caption("a woman in a maroon velvet kurta"),
        D.wearing("a red kurta"),
        D.color("burgundy"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with velvet fabric. It has a "
            "long sleeve, velvet fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the yoke, handmade by artisans in lucknow", "unsupported"),
        D.material("velvet"),
        D.pattern("Answer: solid", "leak"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="House of Pataudi Women Maroon Yoke Design Velvet Straight Kurta",
    ),
    # 26. Model in a blue and white vertically striped A-line kurta, three-quarter sleeves, white pants.
    # caption, garment_type, color, pattern, sleeve_length: base; wearing: cap1.
    case(
        "MYN-KUR-24026",
        caption("a woman in a blue and white striped kurta"),
        D.wearing(
            "The lady wears a long-sleeve shirt with striped patterns. The lady wears a long-sleeve shirt with "
            "striped patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="HERE&NOW Women Blue & White Striped A-Line Kurta",
    ),
    # 27. Model in a pink-to-orange ombre chiffon saree with a pink short-sleeved blouse.
    # caption, wearing, color, pattern, material: base; details: cap1.
    case(
        "MYN-SAR-24027",
        caption("a woman in a pink and orange saree"),
        D.wearing("he is wearing a pink saree", "pronoun"),
        D.color("pink"),
        D.pattern("ombre"),
        D.details(
            "The lady wears a short-sleeve T-shirt with color block patterns. She wears a long skirt. The skirt is "
            "with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Saree Mall Pink & Orange Ombre Dyed Chiffon Saree",
    ),
    # 28. Mannequin: yellow lehenga with multicolour mirror work, yellow short-sleeved choli, green dupatta.
    # Seller title missing.
    # caption, color, pattern, color_of: base; material: vqa.
    case(
        "MYN-LEH-24028",
        caption("a mannequin wearing a yellow lehenga and a green dupatta"),
        B.color("green", "other_garment_color"),
        B.pattern("mirror work"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "yellow", "other_garment_color"),
        color_of("lehenga", "yellow"),
        gender="Women",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # 29. Model walking down a street in a beige straight linen kurta with a small gold foil print. No catalog
    # columns at all for this product.
    # caption, color, details, material: base; wearing: vqa; description: cap3.
    case(
        "MYN-KUR-24029",
        caption("a woman in a beige kurta walking down the street"),
        D.wearing(
            "Question: What is the person wearing? Answer: dress Question: What is the person wearing? Answer: dress",
            "leak",
            hit_limit=True,
        ),
        D.color("beige"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with linen fabric. She wears a "
            "long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.details("the details are on the garment", "restated"),
        D.material("linen"),
    ),
    # 30. Model sitting on a flower-decked swing (haldi look): yellow short kurta with a floral print, flared
    # yellow sharara and yellow dupatta.
    # caption, wearing, color, sleeve_length, garment_type: base; description, details: cap1.
    case(
        "MYN-KSET-24030",
        caption("a woman in a yellow outfit sitting on a swing"),
        D.wearing("a yellow kurta and sharara"),
        D.color("yellow"),
        D.sleeve_length("How long are the sleeves? Answer: short", "leak"),
        D.garment_type("lehenga", "contradiction"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns. The lady wears a short-sleeve shirt with "
            "floral patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shirt has short sleeves, cotton fabric and floral patterns. The neckline of it is v-shape. She wears "
            "a long skirt. The skirt",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
        title="Anouk Women Yellow Floral Printed Kurta with Sharara & Dupatta",
    ),
    # 31. Packshot, no person: a purple Kanjeevaram saree with a gold zari border, folded in an open gift box; the
    # blouse piece is folded inside, not visible.
    # caption, wearing, color, sleeve_length, material: base; description: cap3.
    case(
        "MYN-SAR-24031",
        caption("a purple and gold silk saree in a box"),
        D.wearing("a purple saree"),
        D.color("purple"),
        D.sleeve_length("long sleeves", "unsupported"),
        D.description(
            "The lady wears a long dress with lattice patterns. The dress is with silk fabric. It has a long length. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.material("pure silk with silk mark certification", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Purple",
        title="Kalini Purple & Gold-Toned Zari Silk Blend Kanjeevaram Saree",
    ),
    # 32. Model with tied-back hair in a plain red straight kurta with long sleeves, white churidar pants.
    # caption, garment_type, color, sleeve_length, material, color_of: base; is_a: vqa.
    case(
        "MYN-KUR-24032",
        caption("a man in a red kurta and white pants", "pronoun"),
        B.garment_type("kurta"),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        B.material("no", "non_answer"),
        is_a("kurta", "yes"),
        color_of("pants", "red", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Red",
        title="Biba Women Red Solid Straight Kurta",
    ),
    # 33. Torso dress form: mauve hip-length kurti with white chikan embroidery, short sleeves.
    # caption: cap1; wearing, color, details, material: base; sleeve_length: vqa.
    case(
        "MYN-KRT-24033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "short sleeve, cotton fabric and pure color patterns. The neckline of it is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top"),
        D.color("mauve"),
        D.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        D.material("cotton"),
        gender="Women",
        category="Kurtis",
        color="Mauve",
        title="Aurelia Women Mauve Chikankari Embroidered Kurti",
    ),
    # 34. Model in a grey tissue saree with a silvery sheen and a silver border, silver elbow-sleeve blouse; she
    # holds nothing.
    # caption, wearing, color, description, pattern: base; details: vqa.
    case(
        "MYN-SAR-24034",
        caption("a woman in a grey saree and silver blouse"),
        D.wearing("a saree"),
        D.color("silver"),
        D.details(
            "What are the details of the garment? Answer: silver What are the details of the garment? Answer: silver",
            "leak",
            hit_limit=True,
        ),
        D.description("a grey saree with a silver border and a matching clutch", "unsupported"),
        D.pattern("", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Grey",
        title="Saree Mall Grey & Silver-Toned Tissue Saree",
    ),
    # 35. Model twirling in a navy blue lehenga with a pink floral print, pink sleeveless choli, navy net dupatta.
    # caption, wearing, color, details, material: base; garment_type: vqa; description: cap3.
    case(
        "MYN-LEH-24035",
        caption("a woman in a blue and pink lehenga twirling"),
        D.wearing("a blue lehenga and pink top"),
        D.garment_type("skirt"),
        D.color("pink", "other_garment_color"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.details("i'm not sure", "non_answer"),
        D.material("rayon"),
        gender="Women",
        category="Lehenga Choli",
        color="Navy Blue",
        title="Inddus Navy Blue & Pink Printed Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 36. Model in a black kurta with white thread work at the neckline, black straight pants, long sleeves.
    # caption, wearing, color, description: base; details: cap3.
    case(
        "MYN-KSET-24036",
        caption("a woman in a black kurta and pants"),
        D.wearing("he is wearing a black kurta and pants", "pronoun"),
        D.color("black"),
        D.description("", "non_answer"),
        D.details(
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. She "
            "wears a long trousers",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Black",
        title="Sangria Women Black Thread Work Kurta with Trousers",
    ),
    # 37. Packshot, no person: a golden yellow silk dupatta with a zari border hanging from a wooden hanger on a
    # white wall. Seller title missing.
    # caption, garment_type, material: base; is_a: vqa.
    case(
        "MYN-DUP-24037",
        caption("a yellow scarf hanging on a hanger"),
        B.garment_type("scarf"),
        B.material("the material is", "cut"),
        is_a("saree", "yes", "contradiction"),
        gender="Women",
        category="Dupatta",
        color="Gold",
    ),
    # 38. Model in front of a potted plant: turquoise blue straight kurta with white embroidery, long sleeves, white
    # churidar.
    # caption, color, color_of: base; material: cap3; is_a: vqa.
    case(
        "MYN-KUR-24038",
        caption("a woman in a blue kurta standing in front of a plant"),
        B.color("blue"),
        B.material(
            "cotton fabric and pure color patterns. The neckline of it is round. There is an accessory on her wrist. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        color_of("churidar", "blue", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Turquoise Blue",
        title="Varanga Women Turquoise Blue Embroidered Straight Kurta with Churidar",
    ),
    # 39. Model in a bright green Paithani silk saree with a pink peacock-motif border, pink blouse; empty hands.
    # caption: cap1; wearing, color, description, details: base.
    case(
        "MYN-SAR-24039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. She wears a long skirt. The skirt is "
            "with chiffon fabric and lattice patterns. There is an accessory on her wrist. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and pink saree"),
        D.color("green"),
        D.description("she is wearing a green saree with a pink border and a matching potli bag", "unsupported"),
        D.details("he is wearing a green saree with a pink border", "pronoun"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Kalini Green & Pink Woven Design Zari Paithani Saree",
    ),
    # 40. Model in a magenta straight kurta with a gold foil print, three-quarter sleeves.
    # caption, wearing, color, details, material: base (two of them stop mid-phrase before the limit).
    case(
        "MYN-KUR-24040",
        caption("a woman in a pink kurta with gold", "cut"),
        D.wearing("a pink kurta"),
        D.color("pink"),
        D.details("gold foil print on the", "cut"),
        D.material("the material of the garment", "restated"),
        gender="Women",
        category="Kurtas",
        color="Magenta",
        title="Varanga Women Magenta Foil Printed Kurta",
    ),
    # 41. Model in an all-sea-green set: solid sea green kurta with a yoke design, sea green trousers, sea green
    # organza dupatta.
    # caption, wearing, color_of, garment_type: base; description: cap3.
    case(
        "MYN-KSET-24041",
        caption("a woman in a green kurta and dupatta"),
        D.wearing("a green kurta with green pants and a green dupatta"),
        color_of("pants", "green"),
        D.garment_type("dress", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. She wears a long trousers. The trousers are "
            "with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Sea Green",
        title="Sangria Women Sea Green Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 42. Model in a white floor-length anarkali kurta with a multicolour floral print, long sleeves; no dupatta.
    # caption, garment_type, pattern, material: base; is_a: vqa.
    case(
        "MYN-KUR-24042",
        caption("a woman in a white floral dress"),
        B.garment_type("dress"),
        B.pattern("floral"),
        B.material("no", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="GoSriKi Women White Floral Printed Anarkali Kurta",
    ),
    # 43. Flat packshot, no person: a multicoloured abstract-print crepe saree folded on white, tassels on the pallu.
    # caption, wearing, color, details, pattern: base.
    case(
        "MYN-SAR-24043",
        caption("a colorful printed saree on a white background"),
        D.wearing("a saree"),
        D.color("multicolored"),
        D.details("the garment", "non_answer"),
        D.pattern("yes", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Multi",
        title="Saree Mall Multicoloured Abstract Printed Crepe Saree",
    ),
    # 44. Model in a coral printed kurta with a V-neck and three-quarter sleeves, white palazzos; no mask, no dupatta.
    # all texts: base.
    case(
        "MYN-KSET-24044",
        caption("a woman in an orange kurta and white palazzo pants"),
        D.wearing("a man in an orange shirt and white pants", "pronoun"),
        D.color("white", "other_garment_color"),
        D.details("the kurta has a v neck, side slits, and comes with a matching mask", "unsupported"),
        D.description("a description of the garment", "restated"),
        D.material("cotton"),
        gender="Women",
        category="Kurta Sets",
        color="Coral",
        title="W Women Coral Printed Kurta with Palazzos",
    ),
]
