"""BLIND_101 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, in their own
questionnaire): written blind in the nineteenth session. Measured blind at ecb7749: 115/142 failures found (81.0%)
and 12/145 correct texts flagged (8.3%). The writer's notes, verbatim:

Blind corpus 101: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' models re-run on a marketplace catalog of women's ethnic wear: kurtas, kurta sets
    (kurta with trousers / palazzos / sharara / churidar and a dupatta), sarees, lehenga cholis and dupattas, shot on
    models, on mannequins, on hangers and as flat lays. Each product is asked the experiments' own questionnaire:
    a caption, the closed questions of BLIND_QUESTIONS (garment type, color, pattern, the VQA data's sleeve-length
    prompt, material), the VQA data's yes/no garment question ("Is this a kurta?", is_a) and its color question
    ("What is the color of the dupatta?", color_of), and now and then the experiments' open prompts "What is she
    wearing?", "Describe the kurta." and "What are the kurta details?". Seller columns come from the marketplace:
    gender="Women", category (Kurtas, Kurta Sets, Sarees, Lehenga Choli, Dupatta), color (the seller's free-form
    color: Maroon, Navy Blue, Mustard, Off White, Teal...) and title (the seller's listing title); a few products
    lack some or all of them.

Who wrote which text (named again in the comment above every case)
    base  - untuned Salesforce/blip2-opt-2.7b, greedy, stops on the newline: short answers, most correct texts.
    cap1  - leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    cap3  - leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
    vqa   - leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch).
    The caption adapters answer every prompt with the DeepFashion-MultiModal template ("The lady wears a long-sleeve
    shirt with graphic patterns. The shirt is with cotton fabric ..."), which has no word for kurta, saree or
    lehenga; the VQA adapter answers with In-shop words ("denim", "dresses", "pure color") and vendor colors, and
    both rarely stop: loops and texts cut at the limit (30 new tokens for answers, 50 for captions).

How it was written
    Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else of the project
    was opened or searched; the only code run was an import check of this file. Every photo is imagined and
    described in the comment above its case; every label is judged against that imagined photo and the seller
    columns.

Label conventions and judgement calls
    - One failure kind per text, the most salient one; a text without a failure is correct as a whole.
    - cut: stopped mid-phrase. At the token limit (30 new tokens for answers, 50 for captions) hit_limit=True; a few
      stop early mid-phrase (the adapter emitted eos by chance) and have hit_limit=False. A template caption
      returned for a question and cut at the limit is labelled cut, even though it also fails to answer.
    - loop: the same token, word or phrase repeated until the limit (hit_limit=True), including yes/no loops.
    - leak: the `Question: ... Answer:` prompt format in the output, whether an "Answer:" prefix or a whole new
      question-answer pair appended after the answer.
    - non_answer: empty, "unknown", "i don't know", "none", "it", "no" to a question that is not yes/no, a color
      given to the sleeve question: nothing usable for the question asked.
    - restated: the question's own words back ("the sleeve length of the garment", "a type of garment", "is this a
      kurta") without an answer.
    - pronoun: "he"/"his"/"a man" for the women's model in the photo (gender="Women").
    - other_garment_color: a garment given the color of another garment in the same photo (dupatta given the
      kurta's color, palazzos given the kurta's color, the product color given as the blouse's or the bottoms').
    - contradiction: a wrong garment word for the product ("dress"/"dresses" for a saree, "denim" or "shirt" for a
      kurta or dupatta, "T-shirt" for a saree), a wrong yes/no garment answer, a color that no garment in the photo
      has or that only a background/print has, a wrong pattern or sleeve length.
    - unsupported: details the photo does not show (a belt, pockets, a logo, a necklace, a clutch, a ring or "an
      accessory on her wrist" on a model without them, a lady in a photo of a garment on a hanger or a flat lay,
      place of manufacture).
    - Correct near-color synonyms: maroon/burgundy/wine as red or maroon, mustard as yellow, teal/sea green/lime as
      green, teal blue as blue, navy as blue, off white/beige as white or cream, lavender as purple, magenta as pink,
      rust as orange, olive as olive or green.
    - Correct garment synonyms: sari for saree, scarf for dupatta, kurti/tunic for kurta, skirt for the lehenga's
      skirt (also "yes" to "Is this a skirt?" for a lehenga), "indian outfit" for a kurta set, "salwar suit" for a
      kurta with trousers and dupatta.
    - Backgrounds, walls, ponds, gardens and props named in a caption are correct when the imagined photo has them;
      other garments in the photo (jeans worn with a kurta, the blouse of a saree) are correct when named with their
      own colors.
    - Same color repeated for matching sets (pink lehenga, pink blouse, pink dupatta) is correct when the photo has
      it: the one-color failure is labelled only where the garments differ.
    - Material answers are correct when the title or the visible fabric supports them (cotton for a cotton-titled
      kurta, silk for a Banarasi or Kanjeevaram saree, velvet for a velvet lehenga).
    - A women's garment on a mannequin or hanger with no person: "she" is not counted as a pronoun failure, but a
      lady, ring or wrist accessory invented by the caption template is unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' free-generation color question ("What is the color of the kurta?"), stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


W = "Women"

BLIND_101: list[Case] = [
    # 1. Model in a maroon straight cotton kurta with a small gold ethnic-motif print, 3/4 sleeves, white palazzos,
    #    plain grey studio backdrop. base: caption, type, kurta color; vqa: sleeves (loop), is_a;
    #    cap3: material (template cut at the limit).
    case(
        "MYN-KU-101-001",
        caption("a woman in a maroon kurta and white pants standing in front of a grey wall"),
        B.garment_type("kurta"),
        col("kurta", "red"),
        B.sleeve_length(
            "three-quarter three-quarter three-quarter three-quarter three-quarter three-quarter three-quarter three",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon Ethnic Motifs Printed Straight Kurta",
    ),
    # 2. Model in a mustard yellow kurta with a small white floral print, long sleeves, matching mustard trousers,
    #    white chiffon dupatta over both shoulders, beige backdrop. cap3: caption (cut); base: kurta color, dupatta
    #    color (the kurta's yellow), wearing, pattern; vqa: color (loop).
    case(
        "MYN-KS-101-002",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        B.color(
            "mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-must",
            "loop",
            hit_limit=True,
        ),
        she("a yellow kurta with a white scarf"),
        B.pattern("floral"),
        gender=W,
        category="Kurta Sets",
        color="Mustard",
        title="Libas Women Mustard Yellow Floral Printed Kurta with Trousers & Dupatta",
    ),
    # 3. Flat lay, no person: a teal blue Banarasi silk saree folded to show its broad gold zari border, on a white
    #    background. base: caption, is_a, saree color, material; cap3: sleeves (template T-shirt); vqa: pattern
    #    (loop); cap1: type (stopped early mid-phrase).
    case(
        "MYN-SA-101-003",
        caption("a teal and gold saree on a white background"),
        is_a("saree", "yes"),
        col("saree", "blue"),
        B.material("silk"),
        B.sleeve_length(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.",
            "contradiction",
        ),
        B.pattern(
            "woven woven woven woven woven woven woven woven woven woven woven woven woven woven woven",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("a saree with a", "cut"),
        gender=W,
        category="Sarees",
        color="Teal",
        title="Mitera Teal Blue & Gold-Toned Woven Design Zari Banarasi Silk Saree",
    ),
    # 4. Model in a red bridal lehenga with gold zardozi embroidery, red short-sleeved blouse, red net dupatta over
    #    the head, maang tikka, no belt; carved stone archway behind. base: caption, is_a skirt, blouse color, sleeves,
    #    wearing (invents a belt); vqa: material (leak); cap3: pattern (cut).
    case(
        "MYN-LC-101-004",
        caption("a woman in a red and gold bridal lehenga standing in front of an archway"),
        she("a red lehenga with a gold belt", "unsupported"),
        is_a("skirt", "yes"),
        col("blouse", "red"),
        B.material("net Question: What is the color of the dupatta? Answer: red", "leak"),
        B.sleeve_length("short"),
        B.pattern(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. This lady "
            "wears a ring. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Panchhi Red Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 5. Model in a navy blue A-line cotton kurta with white chikankari embroidery, 3/4 sleeves, white straight
    #    pants. base: caption ("a man"), wearing, kurta and pants colors, material; vqa: sleeves (loop).
    case(
        "MYN-KU-101-005",
        caption("a man wearing a blue kurta and white pants", "pronoun"),
        she("a blue kurta"),
        col("kurta", "navy blue"),
        col("pants", "blue", "other_garment_color"),
        B.material("cotton"),
        B.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve long",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Ada Women Navy Blue Chikankari Embroidered Pure Cotton A-Line Kurta",
    ),
    # 6. Headless dress-form mannequin in a sleeveless off-white chanderi kurta with small gold woven buttis, grey
    #    backdrop. base: caption, color, sleeves; vqa: pattern ("pure color" for a woven butti pattern), is_a (loop);
    #    cap1: material (cut).
    case(
        "MYN-KU-101-006",
        caption("a white sleeveless kurta on a mannequin"),
        B.color("white"),
        B.sleeve_length("sleeveless"),
        B.pattern("pure color", "contradiction"),
        B.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Off White",
        title="W Women Off-White Woven Design Chanderi Kurta",
    ),
    # 7. Model twirling in a pink anarkali kurta with a gota patti border at the hem, 3/4 sleeves, pink churidar, pink
    #    dupatta, in a green garden. base: caption, kurta color, sleeves, material (no answer); vqa: color (the
    #    foliage's green); cap3: wearing (cut).
    case(
        "MYN-KS-101-007",
        caption("a woman in a pink indian outfit twirling in a garden"),
        col("kurta", "pink"),
        B.color("green", "contradiction"),
        she(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("three quarter"),
        B.material("i don't know", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Sangria Women Pink Gotta Patti Anarkali Kurta with Churidar & Dupatta",
    ),
    # 8. Model in a yellow georgette bandhani saree with a red border and a red short-sleeved blouse, studio.
    #    base: caption ("sari"), saree color, blouse color (the saree's yellow), pattern; vqa: material (loop);
    #    cap1: type ("dress").
    case(
        "MYN-SA-101-008",
        caption("a woman in a yellow sari"),
        col("saree", "yellow and red"),
        col("blouse", "yellow", "other_garment_color"),
        B.pattern("polka dots"),
        B.material(
            "chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiff",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        gender=W,
        category="Sarees",
        color="Yellow",
        title="Saree mall Yellow & Red Bandhani Printed Poly Georgette Saree",
    ),
    # 9. No person: a white cotton dupatta with a pink block-printed border hanging from a wooden peg on a wooden
    #    plank wall. base: caption, is_a scarf, color, material (no answer); vqa: pattern (leak); cap3: sleeves (cut).
    case(
        "MYN-DU-101-009",
        caption("a white scarf hanging on a wooden wall"),
        is_a("scarf", "yes"),
        B.color("white"),
        B.pattern("floral Question: What is the color of the scarf? Answer: white", "leak"),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. There is",
            "cut",
            hit_limit=True,
        ),
        B.material("it's a scarf", "non_answer"),
        gender=W,
        category="Dupatta",
        color="White",
        title="Dupatta Bazaar White & Pink Block Printed Pure Cotton Dupatta",
    ),
    # 10. Model with her hands in the side pockets of a green straight kurta with tonal thread embroidery at the yoke,
    #     long sleeves, white trousers. cap1: caption ("His hands"); base: wearing, details (pockets are visible),
    #     pattern, material (restated); vqa: kurta color, pants color (the kurta's green).
    case(
        "MYN-KU-101-010",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric. His hands are in the pockets.",
            "pronoun",
        ),
        she("a green kurta and white pants"),
        details("kurta", "pockets on the side"),
        col("kurta", "green"),
        col("pants", "green", "other_garment_color"),
        B.material("the material of the garment", "restated"),
        gender=W,
        category="Kurtas",
        color="Green",
        title="Biba Women Green Yoke Design Thread Work Kurta",
    ),
    # 11. Mannequin, no person: a pastel lavender sequinned lehenga with a short-sleeved lavender blouse and a sheer
    #     lavender dupatta, white backdrop. base: caption, color, pattern, sleeves (restated); vqa: type (loop);
    #     cap3: material (template lady with a ring).
    case(
        "MYN-LC-101-011",
        caption("a purple lehenga on a mannequin"),
        B.color("purple"),
        B.pattern("sequins"),
        B.garment_type(
            "dresses dresses dresses dresses dresses dresses dresses dresses dresses dresses dresses "
            "dresses dresses dresses dresses",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a sleeveless dress with pure color patterns. This lady wears a ring.", "unsupported"
        ),
        B.sleeve_length("the sleeve length is the length of the sleeve", "restated"),
        gender=W,
        category="Lehenga Choli",
        color="Lavender",
        title="Mitera Lavender Sequinned Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 12. Model in a white kurta with a yellow floral print, long sleeves, blue palazzos and a blue dupatta over one
    #     arm. base: caption, kurta and pants colors, pattern; vqa: color (the palazzos' blue), material (leak),
    #     is_a dress; cap1: sleeves (loop).
    case(
        "MYN-KS-101-012",
        caption("a woman wearing a white and yellow floral kurta with blue pants"),
        col("kurta", "white"),
        col("pants", "blue"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long",
            "loop",
            hit_limit=True,
        ),
        B.material("Answer: cotton", "leak"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Anouk Women White & Yellow Floral Printed Kurta with Blue Palazzos & Dupatta",
    ),
    # 13. Model in a black chiffon saree with a silver sequin border and a black sleeveless blouse, dark backdrop.
    #     base: caption, saree color, pattern (empty), sleeves, details (invents pockets); vqa: material, is_a
    #     (leak); cap3: wearing (stopped early).
    case(
        "MYN-SA-101-013",
        caption("a woman in a black saree posing for a photo"),
        col("saree", "black"),
        B.pattern("", "non_answer"),
        B.sleeve_length("sleeveless"),
        details("saree", "sequins on the border and pockets on the side", "unsupported"),
        B.material("chiffon"),
        is_a("saree", "yes Question: Is this a dress? Answer: no", "leak"),
        she("The lady wears a sleeveless", "cut"),
        gender=W,
        category="Sarees",
        color="Black",
        title="Mitera Black Sequinned Embellished Saree",
    ),
    # 14. Model in a short rust orange kurti with mirror work at the neckline, 3/4 sleeves, worn with blue jeans,
    #     red brick wall behind. base: caption ("tunic", the wall), kurta color, jeans color, pattern, sleeves
    #     (a color); vqa: color (loop); cap3: details (cut).
    case(
        "MYN-KU-101-014",
        caption("a woman in an orange tunic and jeans standing in front of a brick wall"),
        col("jeans", "blue"),
        col("kurta", "orange"),
        B.color(
            "rust rust rust rust rust rust rust rust rust rust rust rust rust rust rust rust rust rust rust",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long trousers. The trousers "
            "are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        B.pattern("mirror work"),
        B.sleeve_length("red", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Rust",
        title="Varanga Women Rust Orange Mirror Work Kurti",
    ),
    # 15. Model seated on a cane chair outdoors in a solid yellow haldi kurta with long sleeves, yellow sharara and a
    #     yellow dupatta (the whole set is one yellow). base: caption ("a man"), wearing, pants and dupatta colors;
    #     cap1: material (cut); vqa: pattern, sleeves (loop).
    case(
        "MYN-KS-101-015",
        caption("a man in a yellow outfit sitting on a chair", "pronoun"),
        she("yellow kurta"),
        col("pants", "yellow"),
        col("dupatta", "yellow"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        B.sleeve_length(
            "sleeve length sleeve length sleeve length sleeve length sleeve length sleeve length sleeve length sleeve",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Yellow",
        title="KALINI Women Yellow Kurta with Sharara & Dupatta",
    ),
    # 16. Model in a teal straight kurta with a white geometric print, 3/4 sleeves, white trousers. cap3: caption
    #     (cut); base: type (restated), kurta color, pants color (the kurta's green), pattern, is_a.
    case(
        "MYN-KU-101-016",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("a type of garment", "restated"),
        col("kurta", "green"),
        col("pants", "green", "other_garment_color"),
        B.pattern("geometric"),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurtas",
        color="Teal",
        title="HERE&NOW Women Teal Geometric Printed Straight Kurta",
    ),
    # 17. The product is a multicoloured phulkari dupatta (mostly orange and pink embroidery) draped over a model who
    #     wears a plain white kurta. base: caption, color (the kurta's white), dupatta color, pattern; vqa: is_a
    #     dupatta ("no"); cap1: type (template shirt).
    case(
        "MYN-DU-101-017",
        caption("a woman wearing a colorful embroidered scarf over a white outfit"),
        B.color("white", "other_garment_color"),
        col("dupatta", "orange and pink"),
        B.pattern("embroidered"),
        is_a("dupatta", "no", "contradiction"),
        B.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric.",
            "contradiction",
        ),
        gender=W,
        category="Dupatta",
        color="Multi",
        title="Phulkari Women Multicoloured Embroidered Dupatta",
    ),
    # 18. Model in a maroon Kanjeevaram silk saree with a green zari border, green short-sleeved blouse, temple
    #     jewellery, temple pillars behind. vqa: caption (leak); base: wearing, saree color, blouse color (the
    #     saree's red), material, is_a; cap1: pattern (cut).
    case(
        "MYN-SA-101-018",
        caption("Question: What is the color of the saree? Answer: red", "leak"),
        she("a red sari and gold jewelry"),
        col("saree", "red and green"),
        col("blouse", "red", "other_garment_color"),
        B.material("silk"),
        B.pattern(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with chiffon fabric. This lady "
            "wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Maroon",
        title="Kanjeevaram Maroon & Green Zari Woven Pure Silk Saree",
    ),
    # 19. Model in a black kurta with a gold foil print, long sleeves, black pants. base: caption, color, pattern
    #     (restated), material ("unknown"); vqa: sleeves, kurta color (leak); cap3: is_a (cut).
    case(
        "MYN-KU-101-019",
        caption("a woman in a black and gold kurta"),
        B.color("black"),
        B.pattern("the pattern of the garment", "restated"),
        B.sleeve_length("long"),
        B.material("unknown", "non_answer"),
        is_a(
            "kurta",
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "black Question: What is the color of the pants? Answer: black", "leak"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Libas Women Black Foil Printed Kurta with Trousers",
    ),
    # 20. Model in a bottle green velvet lehenga with gold embroidery, gold elbow-sleeved blouse, pink net dupatta.
    #     cap1: caption (cut); base: color, blouse color, dupatta color (the lehenga's green), material, sleeves
    #     ("no"); vqa: lehenga color (the dupatta's pink), pattern (loop).
    case(
        "MYN-LC-101-020",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. This lady wears a ring. There is an accessory on her wrist. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        col("blouse", "gold"),
        col("dupatta", "green", "other_garment_color"),
        B.material("velvet"),
        col("lehenga", "pink", "other_garment_color"),
        B.sleeve_length("no", "non_answer"),
        B.pattern(
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered embroidered "
            "embroidered embroidered",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Green",
        title="Green & Gold Embroidered Velvet Lehenga Choli with Pink Dupatta",
    ),
    # 21. Model in a sleeveless peach A-line kurta with lace at the hem, bare wrists, no jewellery. base: caption,
    #     color, details, wearing (invents a bracelet); vqa: sleeves ("long-sleeve"); cap1: material (cut).
    case(
        "MYN-KU-101-021",
        caption("a woman in a peach sleeveless kurta"),
        B.sleeve_length("long-sleeve", "contradiction"),
        B.color("peach"),
        details("kurta", "lace at the bottom"),
        B.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        she("a peach kurta and a gold bracelet", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Peach",
        title="W Women Peach-Coloured Solid A-Line Kurta with Lace Detail",
    ),
    # 22. Model in a royal blue straight kurta, long sleeves, blue trousers, white organza dupatta, no pockets or
    #     zip visible. cap1: caption (loop); base: wearing, color, dupatta color (the kurta's blue), details
    #     (invents pockets and a zip), material ("it"); vqa: is_a.
    case(
        "MYN-KS-101-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long-sleeve shirt with pure "
            "color patterns. The lady wears a long-sleeve shirt with pure color patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        she("a blue kurta and pants"),
        B.color("blue"),
        col("dupatta", "blue", "other_garment_color"),
        details("kurta", "pockets on both sides and a zipper at the back", "unsupported"),
        is_a("kurta", "yes"),
        B.material("it", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Blue",
        title="Anubhutee Women Blue Solid Kurta with Trousers & Organza Dupatta",
    ),
    # 23. Mannequin, no person: a pink and grey half-and-half georgette saree draped pleated, grey backdrop. base:
    #     caption, type ("sari"), color, material ("not sure"); vqa: pattern ("color block", the DeepFashion label),
    #     is_a dress (loop); cap3: sleeves (cut).
    case(
        "MYN-SA-101-023",
        caption("a pink and grey saree on a mannequin"),
        B.garment_type("sari"),
        B.color("pink and grey"),
        B.pattern("color block"),
        B.sleeve_length(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        B.material("i'm not sure", "non_answer"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Pink",
        title="Pink & Grey Half and Half Georgette Saree",
    ),
    # 24. Model holding a tan tote bag, in an olive green kurta with a printed yoke, 3/4 sleeves, beige pants.
    #     base: caption (the bag is in the photo), describe ("he"), kurta color, type (restated); vqa: material
    #     (loop), is_a dress.
    case(
        "MYN-KU-101-024",
        caption("a woman in a green kurta holding a bag"),
        describe("kurta", "he is wearing a green kurta with a printed yoke", "pronoun"),
        col("kurta", "olive"),
        B.garment_type("a garment", "restated"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        gender=W,
        category="Kurtas",
        color="Olive",
        title="Sangria Women Olive Green Yoke Design Printed Kurta",
    ),
    # 25. Flat lay, no person: a red bandhani art silk dupatta with a gota patti border, folded on white. cap3:
    #     caption (template lady); base: type ("scarf"), color, pattern; vqa: is_a (leak).
    case(
        "MYN-DU-101-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline.",
            "unsupported",
        ),
        B.garment_type("scarf"),
        B.color("red"),
        B.pattern("polka dots"),
        is_a("dupatta", "Question: Is this a dupatta? Answer: yes", "leak"),
        gender=W,
        category="Dupatta",
        color="Red",
        title="Red Bandhani Art Silk Dupatta with Gotta Patti Border",
    ),
    # 26. Model in a lime green kurta with white floral thread embroidery, long sleeves, lime trousers, no dupatta.
    #     cap1: caption (cut); base: color, pattern, material (stopped early), type ("nothing"); vqa: pants color
    #     (loop).
    case(
        "MYN-KS-101-026",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("embroidered"),
        col(
            "pants",
            "green green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        B.material("it is made of", "cut"),
        B.garment_type("nothing", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Lime Green",
        title="Aurelia Women Lime Green Embroidered Kurta with Trousers",
    ),
    # 27. Model twirling in a mustard lehenga with mirror work, black mirror-work sleeveless blouse, black backdrop.
    #     base: caption ("skirt", the backdrop), is_a, blouse color (the skirt's yellow), describe (invents a belt and
    #     pockets), sleeves; vqa: material (leak); cap3: pattern (stopped early).
    case(
        "MYN-LC-101-027",
        caption("a woman in a yellow skirt twirling on a black background"),
        is_a("lehenga", "yes"),
        col("blouse", "yellow", "other_garment_color"),
        describe("lehenga", "a yellow lehenga with a belt and pockets", "unsupported"),
        B.material("cotton Question: What is the pattern of the garment? Answer: mirror", "leak"),
        B.pattern("mirror work with", "cut"),
        B.sleeve_length("sleeveless"),
        gender=W,
        category="Lehenga Choli",
        color="Mustard",
        title="Mustard Mirror Work Cotton Lehenga with Black Blouse",
    ),
    # 28. Model in a powder blue kurta with white thread embroidery all over the yoke, long sleeves, white pants.
    #     base: caption, color (the embroidery's white), kurta color, material (empty), is_a; vqa: pattern
    #     ("striped"); cap1: sleeves (stopped cleanly).
    case(
        "MYN-KU-101-028",
        caption("a woman in a light blue kurta"),
        B.color("white", "contradiction"),
        col("kurta", "light blue"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long-sleeve"),
        B.material("", "non_answer"),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Biba Women Blue Yoke Design Thread Work Kurta",
    ),
    # 29. Model in a purple organza saree with a thin gold border, short-sleeved purple blouse, plain white backdrop,
    #     no belt. base: caption, wearing (invents a belt), saree color, material, sleeves (restated); vqa: pattern
    #     (empty); cap1: is_a ("no").
    case(
        "MYN-SA-101-029",
        caption("a woman in a purple saree standing against a white background"),
        she("a purple saree and a gold belt", "unsupported"),
        col("saree", "purple"),
        B.material("organza"),
        B.pattern("", "non_answer"),
        is_a("saree", "no", "contradiction"),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        gender=W,
        category="Sarees",
        color="Purple",
        title="Purple Organza Saree with Gold Border",
    ),
    # 30. No seller columns: model in a magenta straight kurta with a gold print, long sleeves, white leggings.
    #     base: caption, leggings color (the kurta's pink), pattern, sleeves ("i don't know"); vqa: kurta
    #     color; cap3: material (cut).
    case(
        "MYN-KU-101-030",
        caption("a woman in a pink kurta and white leggings"),
        col("kurta", "magenta"),
        col("leggings", "pink", "other_garment_color"),
        B.pattern("printed"),
        B.material(
            "The lady wears a long-sleeve shirt with graphic patterns and a leggings. The shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("i don't know", "non_answer"),
    ),
    # 31. Model in a beige kurta with an embroidered neckline, beige pants, a brown dupatta. base: caption, dupatta
    #     and kurta colors, sleeves (restated), material (invents where it was made); vqa: color (leak);
    #     cap1: pattern.
    case(
        "MYN-KS-101-031",
        caption("a woman in a beige kurta with a brown scarf"),
        B.color("Answer: beige", "leak"),
        col("dupatta", "brown"),
        col("kurta", "cream"),
        B.sleeve_length("the sleeve length", "restated"),
        B.pattern("embroidered"),
        B.material("cotton, hand woven in lucknow", "unsupported"),
        gender=W,
        category="Kurta Sets",
        color="Beige",
        title="Libas Women Beige Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 32. No person: a sky blue cotton kurta with white chikankari on a wooden hanger against a white wall.
    #     base: caption, color, pattern, is_a, material (leak); cap3: type (template lady); vqa: sleeves (loop).
    case(
        "MYN-KU-101-032",
        caption("a light blue kurta on a hanger against a white wall"),
        B.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric.",
            "unsupported",
        ),
        B.color("light blue"),
        B.pattern("embroidered"),
        B.sleeve_length("3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4 3/4", "loop", hit_limit=True),
        is_a("kurta", "yes"),
        B.material("Answer: cotton", "leak"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="House of Chikankari Women Blue Chikankari Embroidered Pure Cotton Kurta",
    ),
    # 33. Model walking on a city street in a solid orange kurta, white pants and a white dupatta. base: caption
    #     ("a man"), kurta, pants and dupatta colors, pattern; vqa: wearing (loop), material ("i don't know").
    case(
        "MYN-KS-101-033",
        caption("a man in an orange kurta walking down the street", "pronoun"),
        she(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "orange"),
        col("pants", "white"),
        col("dupatta", "white"),
        B.material("i don't know", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Orange",
        title="Jaipur Kurti Women Orange Solid Kurta with Trousers & Dupatta",
    ),
    # 34. Model in a navy saree with thin silver woven stripes and a silver short-sleeved blouse. base: caption,
    #     pattern, blouse color, material (restated); cap1: color (loop); cap3: sleeves (cut).
    case(
        "MYN-SA-101-034",
        caption("a woman in a blue and silver striped saree"),
        B.pattern("striped"),
        B.color(
            "navy blue-navy blue-navy blue-navy blue-navy blue-navy blue-navy blue-navy blue-navy blue-navy",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "silver"),
        B.material("the garment is made of material", "restated"),
        B.sleeve_length(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Navy Blue",
        title="Navy Blue & Silver-Toned Striped Woven Design Saree",
    ),
    # 35. Model in a pink lehenga with floral thread embroidery, a pink sleeveless blouse and a pink dupatta, the
    #     skirt ending at the ankles (no train). base: caption, color, describe (invents a train), sleeves;
    #     cap3: details (loop); vqa: pattern; cap1: material (cut).
    case(
        "MYN-LC-101-035",
        caption("a woman in a pink lehenga and a pink dupatta"),
        details(
            "lehenga",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        describe("lehenga", "a pink lehenga with a long train", "unsupported"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        B.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline "
            "is v-shape. There is an",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Pink Floral Embroidered Lehenga Choli with Dupatta",
    ),
    # 36. Model in a mint green (seller: sea green) kurta with a small white print, short sleeves, no logo. base:
    #     caption (invents a logo), kurta color, pattern, is_a; vqa: color ("yellow"); cap3: material (cut).
    case(
        "MYN-KU-101-036",
        caption("a woman in a green kurta with a logo on the chest", "unsupported"),
        col("kurta", "mint green"),
        B.color("yellow", "contradiction"),
        B.pattern("printed"),
        B.material(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurtas",
        color="Sea Green",
        title="Anouk Women Sea Green Printed Kurta",
    ),
    # 37. Model in a black kurta, black pants and a red dupatta. vqa: caption (leak), pattern (loop); base:
    #     wearing, kurta color, dupatta color (the kurta's black), material.
    case(
        "MYN-KS-101-037",
        caption("Question: What is the color of the shirt? Answer: black", "leak"),
        she("a black kurta and a red dupatta"),
        col("kurta", "black"),
        col("dupatta", "black", "other_garment_color"),
        B.pattern(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender=W,
        category="Kurta Sets",
        color="Black",
        title="Anouk Women Black Pure Cotton Kurta with Trousers & Red Dupatta",
    ),
    # 38. Model in an off-white Kerala kasavu cotton saree with a gold border and a green blouse, standing by a
    #     lotus pond. base: caption (the pond), saree color, blouse color, details (invents a clutch), pattern;
    #     vqa: color (the blouse's green); cap1: sleeves (stopped early).
    case(
        "MYN-SA-101-038",
        caption("a woman in a white and gold saree standing by a pond"),
        col("saree", "cream"),
        col("blouse", "green"),
        B.color("green", "other_garment_color"),
        details("saree", "gold border and a matching clutch bag", "unsupported"),
        B.pattern("gold border"),
        B.sleeve_length("The lady wears a short-sleeve", "cut"),
        gender=W,
        category="Sarees",
        color="Off White",
        title="Kerala Kasavu Off-White & Gold-Toned Pure Cotton Saree",
    ),
    # 39. Model in a solid grey melange cotton kurti with short sleeves and blue jeans. base: caption, color, jeans
    #     color, sleeves, material ("none"); vqa: type ("denim"), kurta color (the jeans' blue); cap3: wearing (cut).
    case(
        "MYN-KU-101-039",
        caption("a woman in a grey kurti and blue jeans"),
        B.garment_type("denim", "contradiction"),
        B.color("grey"),
        col("jeans", "blue"),
        col("kurta", "blue", "other_garment_color"),
        she(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The trousers are with "
            "denim",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        B.material("none", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Grey",
        title="Grey Melange Solid Pure Cotton Kurti",
    ),
    # 40. Mannequin, no person: a burgundy velvet lehenga with gold embroidery, matching burgundy blouse. base:
    #     caption, color, pattern, is_a ("no"), sleeves (empty); cap1: wearing (cut); vqa: material (loop).
    case(
        "MYN-LC-101-040",
        caption("a burgundy lehenga on a mannequin"),
        she(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an",
            "cut",
            hit_limit=True,
        ),
        B.color("maroon"),
        B.pattern("embroidered"),
        B.material(
            "velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        B.sleeve_length("", "non_answer"),
        gender=W,
        category="Lehenga Choli",
        color="Burgundy",
        title="Burgundy Embroidered Velvet Lehenga with Blouse",
    ),
    # 41. Seller gave category and color but no title: model in a blue kurta with white polka dots, 3/4 sleeves, no
    #     jewellery. base: caption, pattern, color (the dots' white), wearing (invents a necklace); vqa: kurta color,
    #     sleeves (leak).
    case(
        "MYN-KU-101-041",
        caption("a woman in a blue and white polka dot kurta"),
        B.pattern("polka dots"),
        B.color("white", "contradiction"),
        col("kurta", "blue"),
        B.sleeve_length("3/4 Question: What is the pattern of the garment? Answer: polka dot", "leak"),
        she("she is wearing a blue kurta with white polka dots and a pearl necklace", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Blue",
    ),
    # 42. Model in a red kurta, red pants and a red dupatta (one red set), long sleeves. base: caption, is_a
    #     (restated), color, dupatta color, sleeves; cap1: pattern (cut); vqa: material ("no").
    case(
        "MYN-KS-101-042",
        caption("a woman in a red kurta with a red dupatta"),
        is_a("kurta", "is this a kurta", "restated"),
        B.color("red"),
        col("dupatta", "red"),
        B.pattern(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        B.material("no", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Red",
        title="Anubhutee Women Red Solid Kurta with Trousers & Dupatta",
    ),
    # 43. The product is a mustard chiffon dupatta with tassels, held out by a model dressed in white. base: caption,
    #     color, pattern; cap3: dupatta color (cut); vqa: type ("shirt"), is_a scarf (loop).
    case(
        "MYN-DU-101-043",
        caption("a woman in white holding a yellow scarf"),
        B.color("yellow"),
        col(
            "dupatta",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. This lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        B.pattern("solid with tassels"),
        is_a(
            "scarf",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Mustard",
        title="Mustard Solid Chiffon Dupatta with Tasselled Border",
    ),
    # 44. Model in a black and white ikat-print cotton kurta, long sleeves, black pants, a silver ring and a watch
    #     visible. cap3: caption ("His", the ring and wrist accessory are real); base: wearing, color, pants color,
    #     material (restated); vqa: kurta color ("grey"), sleeves (loop).
    case(
        "MYN-KU-101-044",
        caption(
            "The person wears a long-sleeve shirt with graphic patterns. His shirt is with cotton fabric and its "
            "neckline is round. This person wears a ring. There is an accessory on his wrist.",
            "pronoun",
        ),
        she("a black and white kurta"),
        B.color("black and white"),
        col("kurta", "grey", "contradiction"),
        col("pants", "black"),
        B.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("the material", "restated"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Black & White Ikat Printed Pure Cotton Kurta",
    ),
]
