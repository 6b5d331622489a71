"""BLIND_152 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, in their own
questionnaire): written blind in the twenty-first session. Measured blind at 1eaef26: 122/141 failures found (86.5%)
and 19/148 correct texts flagged (12.8%). The writer's notes, verbatim:

Blind corpus 152: the original experiments' BLIP-2 models re-run on a Myntra-style catalog of women's ethnic wear.

Scenario
    Kurtas, kurta sets, sarees, lehenga cholis, salwar suits, anarkalis, ethnic dresses and dupattas, photographed on
    models (full length and headless crops at the chin), and in flat packshots on white. The questionnaire is the
    experiments' own: the closed questions of BLIND_QUESTIONS (garment type, color, pattern, the VQA data's sleeve
    prompt) and the open material question, the yes/no "Is this a {garment}?" question and "What is the color of the
    {garment}?" as the experiments asked them, plus now and then "What is she / the person wearing?", "Describe the
    {garment}." and "What are the {garment} details?". Seller columns come from the marketplace: gender, article type
    (category=), base colour (color=) and the product title (title=); a few products lack one or more of them.

Which system wrote which text (named in the comment above every case)
    BASE  Salesforce/blip2-opt-2.7b, untuned (8-bit), `Question: ... Answer:` prompts, greedy, 30/50 new tokens.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
    VQA   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch).
    The adapters were trained without an end-of-answer token, so their free text runs to the token limit (loops, cut
    sentences, `Question: ... Answer:` continuations); the caption adapters answer every prompt with the DeepFashion
    caption template ("The lady wears a long-sleeve shirt with pure color patterns..."), whose vocabulary has no
    kurta, saree or dupatta and no hue names. BASE answers short and mostly stops, but repeats one color for every
    garment, invents settings and jewellery, and calls a headless model "a man".

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No other file of the
    project, no audit code, no other corpus. The only thing run was an import check of this module.

Label conventions and judgement calls
    - Every label is judged against the imagined photo described in the comment above the case, not against the
      seller columns; the seller columns are what the marketplace says and agree with the photo unless noted.
    - One label per text. A text with two faults carries the most visible one; the other is named in the comment
      (for instance a caption-adapter template that invents a wrist accessory and is also cut at 50 tokens).
    - cut: stopped mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for captions);
      a few BASE texts stop mid-phrase before the limit (hit_limit=False).
    - loop: the same token or phrase repeated until the limit; always hit_limit=True.
    - leak: the answer carries the prompt format ("Question: ... Answer: ..."), whether at the start or as a
      continuation; a continuation that also runs to the limit is still labelled leak, with hit_limit=True.
    - other_garment_color: the product's color question (or a named garment's) answered with the color of another
      garment in the photo (the palazzos, the blouse, the dupatta, a jacket, jeans), BASE's "one color for every
      garment" habit included. contradiction: a wrong color that no garment in the photo has, a wrong garment type
      (a saree called a dress, a kurta called a shirt/blouse), a wrong yes/no, a pattern or sleeve answer against
      what the photo shows.
    - unsupported: an invented setting (wedding, red carpet), invented jewellery, buttons, collars or props, and the
      caption template's person ("The lady wears...") on a flat packshot with no person in it.
    - non_answer: empty, "i don't know", or a caption template that says nothing the question asked.
      restated: the question's own words handed back ("the pattern of the garment is the pattern of the garment").
    - pronoun: "a man", "he", "the gentleman" for a woman model, mostly on headless crops.
    - Correct, by judgement: near-color synonyms (maroon/burgundy -> red, mustard -> yellow, teal/olive/sea green ->
      green, navy/turquoise -> blue, off white/cream -> white, lavender -> purple, magenta/coral -> pink, peach ->
      orange, silver -> grey, beige lehenga with heavy gold zari -> gold, rust -> orange); "sari" for saree;
      "scarf" for a dupatta; "dress" for an anarkali or an ethnic dress; "suit" / "salwar kameez" for a kurta set;
      "skirt" for a lehenga; the saree's sleeve length answered from its blouse; "pure color" for tone-on-tone
      chikankari; backgrounds, chairs and plants named in captions when the photo has them; "a man" is never used
      in a correct text.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

L30 = dict(hit_limit=True)  # ran to the 30-token (answers) or 50-token (captions) limit


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_152: list[Case] = [
    # 1. Full-length model, plain grey studio wall: pink straight cotton kurta with a small green leaf print, 3/4
    # sleeves, worn with white palazzos. caption, garment_type, color, sleeve_length, material: BASE; color of the
    # kurta and pattern: VQA.
    case(
        "MYN-ETH-15201",
        caption("a woman in a pink kurta and white palazzo pants standing against a grey wall"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        color_of("kurta", "white", "other_garment_color"),  # the palazzos' color
        Q.pattern(_rep("floral", 30), "loop", **L30),
        Q.sleeve_length("three-quarter"),
        Q.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Saanjh Women Pink & Green Leaf Printed Pure Cotton Straight Kurta",
    ),
    # 2. Model, beige backdrop: maroon Banarasi silk-blend saree with a gold zari border and a maroon blouse.
    # caption: CAP3 (cut at 50; also calls the saree a dress); wearing, garment_type, color, material: BASE; color
    # of the
    # saree, is_a: VQA.
    case(
        "MYN-ETH-15202",
        caption(
            "The lady wears a short-sleeve dress with solid color patterns. The dress is of long length. The fabric is"
            " chiffon and it has solid color patterns. There is an accessory on her wrist. The lady wears a ring "
            "on her",
            "cut",
            **L30,
        ),
        wearing("a red sari with a gold border", who="she"),
        Q.garment_type("sari"),
        Q.color("red"),
        color_of(
            "saree",
            "maroon Question: What is the color of the blouse? Answer: maroon Question: What is the color of the",
            "leak",
            **L30,
        ),
        Q.material("silk"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Kalini Maroon & Gold-Toned Zari Woven Silk Blend Banarasi Saree",
    ),
    # 3. Model: mustard kurta with white yoke embroidery, mustard palazzos, mustard-and-white dupatta over one
    # shoulder. caption, color, dupatta color: BASE; garment_type: CAP1 (template, cut); pattern: CAP3 (template,
    # cut); pants color, sleeve_length: VQA.
    case(
        "MYN-ETH-15203",
        caption("a woman in a yellow salwar suit with a dupatta"),
        Q.garment_type(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The pants are of",
            "cut",
            **L30,
        ),
        Q.color("yellow"),
        color_of("dupatta", "yellow"),
        color_of("pants", "mustard"),
        Q.sleeve_length(_rep("three-quarter sleeves", 10), "loop", **L30),
        Q.pattern(
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of the shirt is round. The"
            " pants are with cotton",
            "cut",
            **L30,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Rangmanch Women Mustard Yellow Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 4. Flat packshot on white, no person: off-white chiffon dupatta with a pink floral print and a lace border.
    # caption, garment_type, color, material: BASE; wearing: CAP3 (invents a woman and her clothes); is_a, pattern: VQA.
    case(
        "MYN-ETH-15204",
        caption("a white scarf with pink flowers on it"),
        Q.garment_type("scarf"),
        Q.color("white"),
        Q.material("chiffon"),
        wearing(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with chiffon"
            " fabric. The skirt is of long length.",
            "unsupported",
            **L30,
        ),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("floral"),
        gender="Women",
        category="Dupatta",
        color="Off White",
        title="Kalini Off-White & Pink Floral Printed Chiffon Dupatta with Lace Border",
    ),
    # 5. Model, studio: teal flared anarkali kurta with gold foil print, long sleeves, teal churidar. caption,
    # garment_type, is_a, sleeve_length: BASE; color: VQA; describe: CAP3 (template, cut).
    case(
        "MYN-ETH-15205",
        caption("a woman in a green anarkali dress posing for the camera"),
        Q.garment_type("anarkali"),
        Q.color(_rep("teal", 30, "-"), "loop", **L30),
        is_a("dress", "yes"),
        Q.sleeve_length("long"),
        describe(
            "kurta",
            "The dress is of long length. It has long sleeves and the fabric is cotton. The dress has graphic"
            " patterns. The neckline is round. There is an",
            "cut",
            **L30,
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Saanjh Women Teal & Gold-Toned Ethnic Motifs Foil Printed Anarkali Kurta",
    ),
    # 6. Headless crop at the chin: white chikankari (white-on-white) straight kurta, 3/4 sleeves, white leggings.
    # caption, wearing (both call her a man), color: BASE; pattern, garment_type, is_a: VQA.
    case(
        "MYN-ETH-15206",
        caption("a man wearing a white kurta and white pants", "pronoun"),
        wearing("he is wearing a white kurta with white embroidery", "pronoun"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.garment_type(
            "shirt Question: What type of garment is this? Answer: shirt Question: What type of garment is this?"
            " Answer:",
            "leak",
            **L30,
        ),
        is_a("kurta", _rep("yes", 30), "loop", **L30),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Lucknowi Women White Chikankari Embroidered Straight Kurta",
    ),
    # 7. Model in a plain studio with a cream backdrop: red lehenga with gold embroidery, red short-sleeved blouse, red
    # net dupatta. caption, garment_type, color, sleeve_length: BASE (the caption invents a wedding); skirt color: VQA;
    # pattern: CAP3 (template, cut).
    case(
        "MYN-ETH-15207",
        caption("a woman in a red bridal lehenga at her wedding ceremony", "unsupported"),
        Q.garment_type("lehenga"),
        Q.color("red"),
        color_of("skirt", "red"),
        Q.pattern(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The tank top is with chiffon"
            " fabric. The skirt is with",
            "cut",
            **L30,
        ),
        Q.sleeve_length("short"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Rangmanch Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 8. Model, studio: navy blue georgette saree with white polka dots, navy sleeveless blouse. caption, color,
    # pattern, material: BASE; garment_type, saree color: VQA; wearing: CAP1 (template: "pure color patterns" and a
    # long-sleeve shirt, against the polka dots and the sleeveless blouse).
    case(
        "MYN-ETH-15208",
        caption("a woman in a blue and white polka dot sari"),
        Q.color("blue"),
        Q.pattern("polka dot"),
        Q.material("chiffon"),
        Q.garment_type("dress", "contradiction"),
        color_of("saree", _rep("navy", 30), "loop", kind="open", **L30),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton"
            " fabric.",
            "contradiction",
            who="she",
            **L30,
        ),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Kalini Navy Blue & White Polka Dot Printed Georgette Saree",
    ),
    # 9. Model: peach kurta with self thread work, long sleeves, peach salwar, cream dupatta. caption: CAP3 (cut);
    # color, dupatta color, pattern, wearing: BASE; sleeve_length: VQA.
    case(
        "MYN-ETH-15209",
        caption(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is of long length. It has a round"
            " neckline. The lady also wears a long pants. The pants are with cotton fabric and solid color patterns."
            " There is an accessory on her",
            "cut",
            **L30,
        ),
        Q.color("peach"),
        color_of("dupatta", "peach", "other_garment_color"),  # the dupatta is cream: the kurta's color repeated
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("embroidered"),
        wearing("she is wearing a peach salwar kameez", who="she"),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Biyaah Women Peach-Coloured Thread Work Kurta with Salwar & Dupatta",
    ),
    # 10. Flat packshot on white: black cotton kurta with a white geometric print, short sleeves; no title in the
    # feed. caption, garment_type, color, pattern: BASE; sleeve_length: CAP1 (invents a lady on a packshot); is_a:
    # VQA.
    case(
        "MYN-ETH-15210",
        caption("a black and white printed kurta on a white background"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("geometric"),
        Q.sleeve_length(
            "The sleeves are short. The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton"
            " fabric.",
            "unsupported",
            **L30,
        ),
        is_a("kurta", "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer:", "leak", **L30),
        gender="Women",
        category="Kurtas",
        color="Black",
    ),
    # 11. Model: green Kanjeevaram-style silk-blend saree with a contrast pink border, pink blouse, gold jhumkas and a
    # gold necklace. caption, saree color, material, pattern, describe: BASE (pattern stops mid-phrase before the
    # limit, describe is cut at 30); color: VQA.
    case(
        "MYN-ETH-15211",
        caption("a woman in a green sari with a pink border"),
        Q.color("pink", "other_garment_color"),  # the blouse's (and border's) pink
        color_of("saree", "green and pink", kind="open"),
        Q.material("silk"),
        Q.pattern("woven with a", "cut"),
        describe(
            "saree",
            "a green silk sari with a pink border and gold zari work, worn with a matching pink blouse and gold"
            " jewellery and a gold",
            "cut",
            **L30,
        ),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Kalini Green & Pink Woven Design Zari Silk Blend Kanjeevaram Saree",
    ),
    # 12. Model, a potted plant beside her: olive green solid sleeveless straight kurta, white trousers. caption,
    # color, pants color, sleeve_length, garment_type: BASE; pattern, is_a: VQA.
    case(
        "MYN-ETH-15212",
        caption("a woman wearing a green kurta and white pants standing next to a plant"),
        Q.color("green"),
        color_of("pants", "green", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern(
            "solid Question: What is the pattern of the pants? Answer: solid Question: What is the pattern of the",
            "leak",
            **L30,
        ),
        Q.garment_type("", "non_answer"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Olive",
        title="Saanjh Women Olive Green Solid Sleeveless Straight Kurta",
    ),
    # 13. Model: pink-to-lavender ombre sequinned lehenga, lavender sleeveless blouse, pink net dupatta. caption: CAP1
    # (cut at 50); color, blouse color, garment_type: BASE; pattern: CAP3 (template, cut); skirt color, sleeve_length:
    # VQA.
    case(
        "MYN-ETH-15213",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon"
            " fabric and color block patterns. There is an accessory on her wrist. The lady wears a ring on her finger."
            " The",
            "cut",
            **L30,
        ),
        Q.color("pink"),
        color_of("blouse", "pink", "other_garment_color"),
        color_of("skirt", "pink"),
        Q.garment_type("lehenga choli"),
        Q.pattern(
            "The skirt is with chiffon fabric and color block patterns. The tank top is with chiffon fabric and pure"
            " color patterns. The lady",
            "cut",
            **L30,
        ),
        Q.sleeve_length(_rep("sleeveless", 30), "loop", **L30),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="Rangmanch Pink & Lavender Sequinned Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 14. Headless crop: magenta straight kurta with gold gotta patti on the neckline and sleeve hems, 3/4 sleeves,
    # white churidar; the feed has no gender, the photo is of a woman. caption (calls her a man), is_a, details: BASE;
    # color: VQA (the churidar's white); pattern: CAP3 (template, cut).
    case(
        "MYN-ETH-15214",
        caption("a man wearing a pink kurta with gold trim", "pronoun"),
        Q.color("white", "other_garment_color"),
        Q.pattern(
            "The person wears a medium-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The pants",
            "cut",
            **L30,
        ),
        is_a("kurta", "yes"),
        details("kurta", "gold gota patti lace on the neckline and sleeves"),
        category="Kurtas",
        color="Magenta",
        title="Biyaah Magenta Gotta Patti Straight Kurta",
    ),
    # 15. Model in a plain white cotton kurta with a multicoloured phulkari dupatta (orange ground) over both
    # shoulders; the product is the dupatta. caption, color, dupatta color, pattern (says nothing): BASE;
    # garment_type: VQA.
    case(
        "MYN-ETH-15215",
        caption("a woman wearing a white kurta with a colorful dupatta"),
        Q.color("white", "other_garment_color"),  # the kurta's white, not the dupatta's
        color_of("dupatta", "orange"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("nothing", "non_answer"),
        gender="Women",
        category="Dupatta",
        color="Multi",
        title="Kalini Multicoloured Phulkari Embroidered Dupatta",
    ),
    # 16. Model: navy blue kurta with a white bandhani print and navy trousers, no dupatta. caption, color, pattern,
    # sleeve_length: BASE; pants color: VQA; wearing: CAP3 (template, cut); describe: CAP1 (loop).
    case(
        "MYN-ETH-15216",
        caption("a woman in a blue and white kurta and blue pants"),
        Q.color("blue"),
        Q.pattern("tie dye"),
        Q.sleeve_length("three quarter"),
        color_of(
            "pants",
            "navy Question: What is the color of the shirt? Answer: navy Question: What is the color of the",
            "leak",
            **L30,
        ),
        wearing(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton"
            " fabric. It has a round neckline. The pants are with",
            "cut",
            who="she",
            **L30,
        ),
        describe("kurta", _rep("the sleeves, the neckline, the collar,", 8).rstrip(","), "loop", **L30),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Saanjh Women Navy Blue & White Bandhani Printed Kurta with Trousers",
    ),
    # 17. Model in front of a window with sheer curtains: mustard-yellow handloom cotton saree with a red border, red
    # elbow-sleeve blouse. caption, color, blouse color, material, garment_type: BASE; sleeve_length, is_a: VQA.
    case(
        "MYN-ETH-15217",
        caption("a woman in a yellow sari with a red border standing in front of a window"),
        Q.color("yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        Q.material("cotton"),
        Q.garment_type("sari"),
        Q.sleeve_length("short-sleeve"),
        is_a(
            "saree",
            "yes Question: Is this a saree? Answer: yes Question: Is this a saree? Answer: yes Question:",
            "leak",
            **L30,
        ),
        gender="Women",
        category="Sarees",
        color="Yellow",
        title="Handloom Yellow & Red Woven Design Pure Cotton Saree",
    ),
    # 18. Model: rust A-line kurta with mirror work at the neckline, long sleeves, worn over blue jeans. caption,
    # color, jeans color, material: BASE; kurta color, pattern (the question handed back): VQA; details: CAP3
    # (template, cut).
    case(
        "MYN-ETH-15218",
        caption("a woman in an orange kurta and blue jeans"),
        Q.color("orange"),
        color_of("jeans", "orange", "other_garment_color"),
        color_of("kurta", "rust"),
        Q.pattern("the pattern of the garment", "restated"),
        details(
            "kurta",
            "The shirt has long sleeves, cotton fabric and solid color patterns. It has a round neckline. The pants are"
            " of long length. The",
            "cut",
            **L30,
        ),
        Q.material(_rep("cotton silk", 15), "loop", **L30),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Rangmanch Women Rust Mirror Work A-Line Kurta",
    ),
    # 19. Model: white anarkali kurta with a multicolour floral print, long sleeves, white churidar, pink dupatta.
    # caption, color (the dupatta's pink), pattern, scarf color: BASE; dress color, is_a: VQA; garment_type: CAP1
    # (template, cut).
    case(
        "MYN-ETH-15219",
        caption("a woman in a white floral dress and a pink scarf"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        color_of("dress", _rep("white floral", 15), "loop", kind="open", **L30),
        color_of("scarf", "pink"),
        Q.garment_type(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The fabric is cotton"
            " and it has floral patterns. The neckline of the",
            "cut",
            **L30,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="White",
        title="Biyaah Women White Floral Printed Anarkali Kurta with Churidar & Dupatta",
    ),
    # 20. Headless crop, no jewellery: grey chanderi straight kurta with a printed (not woven) silver motif, long
    # sleeves. caption, wearing (both make her a man), color, material (invents zari), describe: BASE; sleeve_length,
    # pattern: VQA.
    case(
        "MYN-ETH-15220",
        caption("a man wearing a grey kurta with silver print", "pronoun"),
        wearing("his kurta is grey with a silver print", "pronoun", who="she"),
        Q.color("grey"),
        Q.material("pure silk with zari work", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is a kurta", "restated"),
        gender="Women",
        category="Kurtas",
        color="Grey",
        title="Saanjh Women Grey & Silver-Toned Printed Chanderi Straight Kurta",
    ),
    # 21. Flat packshot on white, no person: beige lehenga with heavy gold zari embroidery, blouse piece and net
    # dupatta folded beside it; no title in the feed. caption, color, garment_type, is_a: BASE; wearing: VQA;
    # describe: CAP3 (invents a lady on a packshot).
    case(
        "MYN-ETH-15221",
        caption("a beige and gold lehenga and dupatta on a white background"),
        Q.color("gold"),
        wearing(
            "skirt Question: What is she wearing? Answer: skirt Question: What is she wearing? Answer: skirt",
            "leak",
            who="she",
            **L30,
        ),
        Q.garment_type("lehenga"),
        is_a("skirt", "yes"),
        describe(
            "lehenga",
            "The lady wears a sleeveless tank top with lattice patterns and a long skirt. The skirt is with chiffon"
            " fabric.",
            "unsupported",
            **L30,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Beige",
    ),
    # 22. Model: sea green and white striped pure cotton kurta, 3/4 sleeves, white palazzos. caption, pattern, color,
    # pants color, sleeve_length ("unknown"): BASE; kurta color, material: VQA.
    case(
        "MYN-ETH-15222",
        caption("a woman in a green and white striped kurta and white pants"),
        Q.pattern("striped"),
        Q.color("green"),
        color_of("kurta", "sea green"),
        color_of("pants", "green", "other_garment_color"),
        Q.material(_rep("cotton", 30), "loop", **L30),
        Q.sleeve_length("unknown", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Sea Green",
        title="Rangmanch Women Sea Green & White Striped Pure Cotton Straight Kurta",
    ),
    # 23. Model, plain grey studio, no necklace and no earrings: black pure chiffon saree with a sequinned border,
    # black blouse. caption (invents a red carpet), color, material, is_a, wearing (invents jewellery): BASE; pattern,
    # garment_type: VQA.
    case(
        "MYN-ETH-15223",
        caption("a woman in a black sari posing on the red carpet", "unsupported"),
        Q.color("black"),
        Q.material("chiffon"),
        Q.pattern("the garment has a pattern", "restated"),
        Q.garment_type(_rep("dress", 30), "loop", **L30),
        is_a("saree", "yes"),
        wearing("a black saree with a diamond necklace and earrings", "unsupported", who="she"),
        gender="Women",
        category="Sarees",
        color="Black",
        title="Kalini Black Embellished Sequinned Pure Chiffon Saree",
    ),
    # 24. Model: lavender chikankari kurta, long sleeves, lavender palazzos. caption: CAP3 (cut at 50); color,
    # pattern, sleeve_length: BASE; garment_type (loop), material (empty): VQA.
    case(
        "MYN-ETH-15224",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The lady wears"
            " a",
            "cut",
            **L30,
        ),
        Q.color("purple"),
        Q.garment_type(_rep("shirt and pants", 10), "loop", **L30),
        Q.pattern("embroidered"),
        Q.sleeve_length("What is the sleeve length of the garment?", "restated"),
        Q.material("", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Lavender",
        title="Lucknowi Women Lavender Chikankari Embroidered Kurta with Palazzos",
    ),
    # 25. Flat packshot on white: red bandhani art-silk dupatta with a gotta patti border, no person. caption,
    # pattern, material, is_a, sleeve_length: BASE; color: VQA (leaks "Answer:"); garment_type: CAP3 (invents a lady
    # and a dress).
    case(
        "MYN-ETH-15225",
        caption("a red scarf with white dots on a white background"),
        Q.color("Answer: red", "leak"),
        Q.pattern("polka dots"),
        Q.garment_type(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of long length. The fabric is"
            " chiffon.",
            "unsupported",
            **L30,
        ),
        Q.material("silk"),
        is_a("dress", "no"),
        Q.sleeve_length("it has no sleeves"),
        gender="Women",
        category="Dupatta",
        color="Red",
        title="Biyaah Red Bandhani Art Silk Dupatta with Gotta Patti Border",
    ),
    # 26. Lifestyle shot: model seated on a wooden chair before a brick wall, coral kurta with white yoke embroidery,
    # short sleeves, blue jeans; no title in the feed. caption, color (the jeans' blue), sleeve_length, wearing,
    # details: BASE (details stops mid-phrase before the limit); kurta color, garment_type: VQA.
    case(
        "MYN-ETH-15226",
        caption("a woman in a pink kurta sitting on a wooden chair in front of a brick wall"),
        Q.color("blue", "other_garment_color"),
        color_of("kurta", _rep("coral", 30), "loop", kind="open", **L30),
        Q.garment_type("blouse", "contradiction"),
        Q.sleeve_length("short"),
        wearing("she is wearing a pink kurta and jeans", who="she"),
        details("kurta", "the yoke has white embroidery and the", "cut"),
        gender="Women",
        category="Kurtas",
        color="Coral",
    ),
    # 27. Model: maroon kurta with a gold ethnic-motif print, maroon salwar, mustard dupatta. caption, color, kurta
    # color, garment_type: BASE; dupatta color, pattern: VQA; material: CAP1 (template, cut).
    case(
        "MYN-ETH-15227",
        caption("a woman in a maroon salwar suit with a yellow dupatta"),
        Q.color("yellow", "other_garment_color"),  # the dupatta's
        color_of("kurta", "maroon"),
        color_of("dupatta", "mustard"),
        Q.pattern(
            "floral Question: What is the pattern of the dupatta? Answer: solid Question: What is the pattern",
            "leak",
            **L30,
        ),
        Q.garment_type("suit"),
        Q.material(
            "The shirt is with cotton fabric. It has a round neckline. The lady wears a long-sleeve shirt with graphic"
            " patterns and a long",
            "cut",
            **L30,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Saanjh Women Maroon & Gold-Toned Ethnic Motifs Printed Kurta with Salwar & Dupatta",
    ),
    # 28. Model before beige curtains, no jewellery: silver tissue saree, plain body, sleeveless silver blouse.
    # caption, color: BASE; pattern: CAP1 (template, cut); garment_type, is_a: VQA; describe: CAP3 (invents a wrist
    # accessory and a ring).
    case(
        "MYN-ETH-15228",
        caption("a woman in a silver sari standing in front of a curtain"),
        Q.color("grey"),
        Q.pattern(
            "The lady wears a sleeveless dress with solid color patterns. The dress is of long length. The fabric is"
            " chiffon and it has solid color patterns. The",
            "cut",
            **L30,
        ),
        Q.garment_type(
            "dress Question: What type of garment is this? Answer: dress Question: What type of garment is",
            "leak",
            **L30,
        ),
        is_a("saree", "no", "contradiction"),
        describe(
            "saree",
            "The lady wears a sleeveless dress with solid color patterns. There is an accessory on her wrist. The lady"
            " wears a ring on her finger.",
            "unsupported",
            **L30,
        ),
        gender="Women",
        category="Sarees",
        color="Silver",
        title="Kalini Silver-Toned Solid Tissue Saree",
    ),
    # 29. Flat packshot on a white table: indigo dabu-printed cotton A-line kurta with white flowers, 3/4 sleeves.
    # caption, color, pattern, material, sleeve_length: BASE (sleeve_length empty); wearing, is_a: VQA.
    case(
        "MYN-ETH-15229",
        caption("a blue and white printed kurta lying on a white table"),
        Q.color("indigo"),
        Q.pattern("floral"),
        Q.material("cotton"),
        wearing(_rep("shirt", 30), "loop", **L30),
        Q.sleeve_length("", "non_answer"),
        is_a("shirt", "yes", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Indigo Women Blue & White Dabu Printed Pure Cotton A-Line Kurta",
    ),
    # 30. Headless crop: turquoise blue solid kurta, long sleeves, white pyjamas. caption, wearing (both make her a
    # man), color: BASE; kurta color, pattern, sleeve_length: VQA.
    case(
        "MYN-ETH-15230",
        caption("a man in a blue kurta and white pajamas", "pronoun"),
        wearing("he is wearing a blue kurta and white pyjamas", "pronoun"),
        Q.color("blue"),
        color_of("kurta", "turquoise"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length(_rep("long-sleeve", 30), "loop", **L30),
        gender="Women",
        category="Kurtas",
        color="Turquoise Blue",
        title="Rangmanch Women Turquoise Blue Solid Straight Kurta",
    ),
    # 31. Model standing still: green mirror-work lehenga, green blouse, pink dupatta; the feed has no gender.
    # caption (invents dancing), color, dupatta color, garment_type: BASE; pattern, is_a: VQA; wearing: CAP1 (cut).
    case(
        "MYN-ETH-15231",
        caption("a woman in a green lehenga with a pink dupatta dancing at a party", "unsupported"),
        Q.color("green"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.garment_type("lehenga"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton"
            " fabric and",
            "cut",
            who="she",
            **L30,
        ),
        is_a("skirt", "yes"),
        category="Lehenga Choli",
        color="Green",
        title="Biyaah Green & Pink Mirror Work Lehenga Choli with Dupatta",
    ),
    # 32. Model: cream kurta with a small pink floral print, long sleeves, under a sleeveless pink ethnic jacket.
    # caption, color, kurta color, pattern: BASE; jacket color, material: VQA; sleeve_length: CAP3 (template, cut).
    case(
        "MYN-ETH-15232",
        caption("a woman in a cream kurta and a pink jacket"),
        Q.color("pink", "other_garment_color"),  # the jacket's; the kurta is cream
        color_of("kurta", "white"),
        color_of("jacket", "pink"),
        Q.pattern("floral"),
        Q.sleeve_length(
            "The sleeves are long. The shirt is with cotton fabric and floral patterns. It has a round neckline. The"
            " lady wears a sleeveless",
            "cut",
            **L30,
        ),
        Q.material("the garment is made of material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Cream",
        title="Saanjh Women Cream-Coloured Floral Printed Kurta with Pink Ethnic Jacket",
    ),
    # 33. Model, grey studio: purple handloom saree with an orange border, purple blouse, gold earrings and bangles.
    # caption, pattern, wearing (cut at 30), border color (no green anywhere): BASE; color, garment_type, material:
    # VQA.
    case(
        "MYN-ETH-15233",
        caption("a woman in a purple and orange sari"),
        Q.color("purple"),
        Q.pattern("solid with a border"),
        wearing(
            "she is wearing a purple sari with an orange border and a purple blouse, gold earrings, gold bangles and a"
            " purple",
            "cut",
            who="she",
            **L30,
        ),
        Q.garment_type("the type of garment is a garment", "restated"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        color_of("border", "green", "contradiction"),
        gender="Women",
        category="Sarees",
        color="Purple",
        title="Handloom Purple & Orange Woven Design Saree",
    ),
    # 34. Model: black kurta with a gold print, round neck, no buttons, black palazzos; the feed has no article type.
    # caption, color, garment_type, details: BASE (details invents a collar and buttons); pattern, pants color: VQA;
    # wearing: CAP3 (cut).
    case(
        "MYN-ETH-15234",
        caption("a woman in a black and gold kurta and black pants"),
        Q.color("black"),
        Q.garment_type("kurta"),
        Q.pattern("graphic"),
        color_of("pants", _rep("black", 30, "-"), "loop", kind="open", **L30),
        wearing(
            "The female wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton"
            " fabric. It has a",
            "cut",
            who="she",
            **L30,
        ),
        details("kurta", "the kurta has a mandarin collar and gold buttons", "unsupported"),
        gender="Women",
        color="Black",
        title="Rangmanch Women Black & Gold-Toned Printed Kurta with Palazzos",
    ),
    # 35. Model, hands at her sides, no bag: burgundy georgette anarkali maxi ethnic dress, long sleeves, solid.
    # caption (invents a clutch), color, garment_type, material, pattern: BASE; dress color, is_a: VQA; sleeve_length:
    # CAP3 (template, cut).
    case(
        "MYN-ETH-15235",
        caption("a woman in a long maroon dress holding a clutch purse", "unsupported"),
        Q.color("red"),
        color_of("dress", "burgundy"),
        Q.garment_type("dress"),
        is_a("dress", _rep("yes", 30), "loop", **L30),
        Q.sleeve_length(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. The fabric is"
            " chiffon. The neckline of the",
            "cut",
            **L30,
        ),
        Q.material("georgette"),
        Q.pattern("the pattern of the garment is the pattern of the garment", "restated"),
        gender="Women",
        category="Ethnic Dresses",
        color="Burgundy",
        title="Biyaah Women Burgundy Georgette Anarkali Maxi Ethnic Dress",
    ),
    # 36. Headless crop: lime green solid pure cotton straight kurta, 3/4 sleeves, mandarin collar, white trousers.
    # caption: CAP3 (calls her a gentleman; also cut at 50); color, material, is_a: BASE; garment_type: VQA.
    case(
        "MYN-ETH-15236",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has"
            " a stand-up collar. The pants the gentleman wears is of long length. The pants are with",
            "pronoun",
            **L30,
        ),
        Q.color("green"),
        Q.material("cotton"),
        Q.garment_type("shirt", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Lime Green",
        title="Saanjh Women Lime Green Solid Pure Cotton Straight Kurta",
    ),
    # 37. Packshot: pink floral printed organza saree folded on white, no person, no blouse visible. caption, color,
    # pattern, garment_type: BASE; is_a, sleeve_length: VQA; wearing: CAP3 (invents a lady).
    case(
        "MYN-ETH-15237",
        caption("a pink fabric with flowers on it folded on a white background"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.garment_type("i'm not sure", "non_answer"),
        is_a("saree", "no", "contradiction"),
        wearing(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with chiffon"
            " fabric.",
            "unsupported",
            who="she",
            **L30,
        ),
        Q.sleeve_length("short-sleeve", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Kalini Pink Floral Printed Organza Saree",
    ),
    # 38. Model: white pure cotton kurta with a red block print, short sleeves, blue cotton pants. caption, color,
    # pants color, pattern: BASE (pattern stops before the limit); kurta color, sleeve_length, material: VQA.
    case(
        "MYN-ETH-15238",
        caption("a woman in a white and red printed kurta and blue pants"),
        Q.color("blue", "other_garment_color"),  # the pants'
        color_of("kurta", "white"),
        color_of("pants", "blue"),
        Q.pattern("block printed with red flowers and leaves on a white", "cut"),
        Q.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the pants? Answer: long Question: What is the",
            "leak",
            **L30,
        ),
        Q.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Indigo Women White & Red Block Printed Pure Cotton Kurta",
    ),
    # 39. Lifestyle shot in a garden with flowering shrubs: light blue embroidered kurta, blue trousers, blue organza
    # dupatta; her hands are empty. caption, pattern, is_a, wearing: BASE (wearing invents flowers in her hands);
    # dupatta color: VQA; garment_type: CAP1 (template, cut); color: CAP3 (template, no color).
    case(
        "MYN-ETH-15239",
        caption("a woman in a light blue salwar kameez standing in a garden with flowers"),
        Q.color(
            "The lady wears a long-sleeve shirt with solid color patterns and a long pants. The pants are of long"
            " length.",
            "non_answer",
            **L30,
        ),
        color_of("dupatta", "blue"),
        Q.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The pants",
            "cut",
            **L30,
        ),
        Q.pattern("embroidered"),
        is_a("kurta", "yes"),
        wearing("she is wearing a blue suit and holding a bunch of flowers", "unsupported", who="she"),
        gender="Women",
        category="Kurta Sets",
        color="Blue",
        title="Biyaah Women Blue Embroidered Kurta with Trousers & Organza Dupatta",
    ),
    # 40. Model: navy velvet lehenga with silver embroidery, navy sleeveless blouse, silver-grey net dupatta. caption:
    # CAP3 (cut at 50); color, dupatta color, material, sleeve_length: BASE; garment_type: VQA.
    case(
        "MYN-ETH-15240",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The skirt is with "
            "other fabric"
            " and graphic patterns. There is an accessory on her wrist. The lady wears a ring on her finger. "
            "There is a",
            "cut",
            **L30,
        ),
        Q.color("blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        Q.material("velvet"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type(_rep("skirt", 30), "loop", **L30),
        gender="Women",
        category="Lehenga Choli",
        color="Navy Blue",
        title="Rangmanch Navy Blue Embroidered Velvet Lehenga Choli with Dupatta",
    ),
    # 41. Headless crop: peach kurta with a gold-embroidered yoke, 3/4 sleeves, cream pants. caption, wearing, color:
    # BASE; pattern, sleeve_length, is_a: VQA.
    case(
        "MYN-ETH-15241",
        caption("a peach kurta with gold embroidery on the yoke"),
        wearing("a man in a peach kurta", "pronoun"),
        Q.color("orange"),
        Q.pattern("", "non_answer"),
        Q.sleeve_length(
            "medium-sleeve Question: What is the sleeve length of the garment? Answer: medium-sleeve Question:",
            "leak",
            **L30,
        ),
        is_a("blouse", "yes", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Peach",
        title="Saanjh Women Peach-Coloured Yoke Design Kurta",
    ),
    # 42. Model: orange georgette leheriya saree (diagonal stripes), orange blouse; the feed has no gender and no
    # title. caption, pattern, wearing, material: BASE (wearing stops before the limit); color, garment_type: VQA.
    case(
        "MYN-ETH-15242",
        caption("a woman in an orange sari with diagonal stripes"),
        Q.pattern("striped"),
        Q.color(_rep("orange", 30), "loop", **L30),
        Q.garment_type("dress", "contradiction"),
        wearing("she is wearing a", "cut", who="she"),
        Q.material("i don't know", "non_answer"),
        category="Sarees",
        color="Orange",
    ),
    # 43. Flat packshot on white: pink kurta, pink trousers and a pink dupatta with a white floral print, laid out
    # side by side; no person. caption, color, wearing: BASE; garment_type, pattern: VQA; sleeve_length: CAP3
    # (template, cut).
    case(
        "MYN-ETH-15243",
        caption("a pink kurta, pants and dupatta laid out on a white background"),
        Q.color("pink"),
        Q.garment_type("it is a type of garment", "restated"),
        wearing("a pink kurta and matching pants"),
        Q.pattern(_rep("floral", 30, "-"), "loop", **L30),
        Q.sleeve_length(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric."
            " It has a round",
            "cut",
            **L30,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Biyaah Women Pink Floral Printed Kurta with Trousers & Dupatta",
    ),
    # 44. Model: bottle green velvet straight kurta, full sleeves, round neck, matching green churidar. caption,
    # material, color, describe (cut at 30): BASE; sleeve_length, pants color, pattern: VQA.
    case(
        "MYN-ETH-15244",
        caption("a woman in a dark green velvet kurta"),
        Q.material("velvet"),
        Q.color("dark green"),
        Q.sleeve_length("long-sleeve"),
        color_of("pants", "green Question: What is the color of the pants? Answer: green Question:", "leak", **L30),
        Q.pattern(_rep("pure color", 15), "loop", **L30),
        describe(
            "kurta",
            "it is made of velvet and has a round neckline and full sleeves and it is worn with a matching green"
            " churidar and",
            "cut",
            **L30,
        ),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Rangmanch Women Green Velvet Straight Kurta",
    ),
]
