"""BLIND_84 (44 products; women's ethnic wear, the default questionnaire with is_a and color_of questions): written
blind in the eighteenth session. Measured blind at a9092d0: 116 / 142 failures found (81.7%) and 17 / 147 correct
texts flagged (11.6%). The writer's notes, verbatim:

Blind corpus 84: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters are re-run on 44 product photos
    of a Myntra-style women's ethnic wear catalog: kurtas, kurtis, kurta sets (kurta + palazzos / trousers / sharara /
    churidar / patiala + dupatta), sarees, lehenga cholis, an anarkali sold as an ethnic dress, and dupattas, shot on
    models, on mannequins and dress forms, folded, flat-laid and on a hanger. Each product gets a caption and either
    enrich's default questionnaire (DEFAULT_QUESTIONS, whole or in part) or the closed questions of BLIND_QUESTIONS,
    with a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions where they fit.
    Seller columns are the marketplace's: gender="Women", category (Myntra's article type: "Kurtas", "Kurtis",
    "Kurta Sets", "Sarees", "Lehenga Choli", "Dupattas", "Ethnic Dresses"), color (the seller's base colour,
    "Mustard", "Navy Blue", "Off White", "Multi"...) and title (the seller's own product name). Two products
    lack the seller columns (one keeps only gender, one has nothing).

Which system wrote which text (named per text in the comment above every case)
    base  = Salesforce/blip2-opt-2.7b, untuned (8-bit), prompt "Question: <q> Answer:", greedy; it usually stops on a
            newline, so its texts are short; it fails by wrong colors/garments, one color for every garment, wrong
            pronoun, invented details, restating the question, the odd "Answer:" echo and rare loops.
    cap1  = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1)
    cap3  = leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3)
            Both write the DeepFashion-MultiModal template ("The lady wears a medium-sleeve shirt with pure color
            patterns...", "other fabric", "There is an accessory on her wrist") for every prompt, questions included,
            never stop (no end-of-answer token was trained), so they are cut at 50 new tokens (captions) / 30 (answers)
            or loop on a template sentence; "The gentleman ... his" for women.
    vqa   = leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): never stops either; loops one word ("yes yes yes",
            "green-green-green") or runs on into the next training prompt ("...\nQuestion: What is the color of the
            pants? Answer: ...").

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). Nothing else of the project, no audit code,
    no other corpus. Each product's photo is imagined in the comment above its case and every label is judged against
    that photo and the seller columns. The only code run was an import check of this file.

Label conventions and judgement calls
    - One label per text. When a text has two faults, the label is the one that is most plainly there: a wrong
      pronoun, a prompt leak or a loop wins over running to the token limit; a caption template returned for a
      question and cut at the limit is "cut".
    - hit_limit=True for every text that used all its new tokens (30 for answers, 50 for captions): all cuts at the
      limit, the loops, the leaks that run on, and the adapters' texts that happen to end on a full stop at the limit
      (one of those, the lavender kurta's caption, is complete and accurate and is labelled correct). A few cuts
      stopped early, on a newline mid-phrase (hit_limit=False).
    - Garment names: kurta ~ kurti ~ tunic ~ top ~ shirt (and the caption adapter's "shirt" / "upper clothing") are
      accepted for a kurta or kurti; salwar kameez ~ kurta set; lehenga ~ skirt; dupatta ~ scarf; an anarkali sold
      as "Ethnic Dresses" is a dress. "dress" for a kurta set, a saree or a lehenga choli, "saree" for a kurta set,
      "towel" for a folded saree, "jeans" / "pants" / "kurta" for a product that is the kurti / set / dupatta, and
      "jewelry" for a kurta are contradictions.
    - Near colors are correct: mustard ~ yellow, maroon / burgundy ~ red / maroon, navy ~ blue, teal / sea green /
      olive ~ green, coral / magenta / peach ~ pink, lavender / mauve ~ purple, off white ~ white. "multicolor"
      for a seller's "Multi" is correct.
    - The garment's color is the product's main body color (the seller's color). A color that belongs to another
      garment in the photo (the set's bottoms or dupatta, a saree's blouse, the kurta under a dupatta on sale, jeans)
      is other_garment_color; a color that belongs to jewellery, a bag or nothing in the photo is contradiction.
      Backgrounds named with their colors in captions ("in front of a pink wall") are correct.
    - Patterns: bandhani "polka dots", checks "plaid" / "checked", chikankari and leaf/flower prints "floral" /
      "printed", mirror / sequin / zari work "embroidered" are accepted; "striped" for a geometric print, "solid" for
      stripes and "paisley" for a plain zari saree are contradictions.
    - Material: a plausible fabric for what the photo shows, or the one in the title, is correct; "fabric", "cloth",
      "material" alone is non_answer; invented provenance, makers, certifications, linings, zips at an unseen back,
      pockets, free gifts, "perfect for summer" are unsupported.
    - non_answer = empty, "none", "i don't know", one generic word ("garment"), "it has details". restated = a
      sentence that only echoes the question or the garment's name back ("the details of the garment are ...").
    - On a product shot with no person, naming the product for "What is the person wearing?" is correct; inventing a
      woman or her accessories is unsupported. "she" for a draped mannequin is accepted.
    - A caption adapter text that is right in its DeepFashion vocabulary ("pure color patterns", "other fabric",
      "medium-sleeve") is judged on what it says, not on the vocabulary.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_84: list[Case] = [
    # 1. Woman model, mustard yellow straight kurta with small white block-printed flowers, three-quarter sleeves,
    # round neck, thin silver bracelet, white palazzos, plain grey studio backdrop.
    # caption: cap3; description: cap3 (template for a question); the rest: base.
    case(
        "MYN-KUR-1001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers",
            failure="cut",
            hit_limit=True,
        ),
        D.details("white flowers printed all over and a round neck"),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & White Floral Printed Pure Cotton Straight Kurta",
    ),
    # 2. Woman model in a garden, navy blue kurta with white-and-gold foil print on the yoke, three-quarter sleeves,
    # navy palazzos, white chiffon dupatta with navy border over one shoulder, green plants behind.
    # wearing: vqa; details: cap3; the rest: base.
    case(
        "MYN-KS-1002",
        caption("a woman in a blue kurta and white dupatta standing in a garden"),
        D.wearing(
            "blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue",
            failure="loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("white", failure="other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter"),
        D.description("a navy blue kurta with gold print on the neck, worn with matching pants and a white scarf"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The shirt "
            "is with chiffon fabric. The shirt is",
            failure="loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Libas Women Navy Blue Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 3. Woman model in a red Banarasi silk saree with gold zari border and small gold buttis, gold brocade blouse
    # with elbow sleeves, pallu over the left shoulder, gold jhumkas, beige curtain behind.
    # pattern: vqa; the rest: base.
    case(
        "MYN-SAR-1003",
        caption("a woman in a red and gold saree posing for a photo"),
        B.garment_type("saree"),
        B.color("red"),
        B.pattern(
            "red\nQuestion: What is the pattern of the garment? Answer: red\nQuestion: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        color_of("blouse", "gold"),
        B.material("silk"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Woven Design Zari Banarasi Saree",
    ),
    # 4. Woman model, rani pink lehenga skirt covered in silver sequins, sleeveless pink choli, sheer light pink net
    # dupatta across the arms, bokeh lights behind.
    # caption: cap1; the rest: base.
    case(
        "MYN-LEH-1004",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her "
            "wrist. There is a ring on her finger. The outer",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga"),
        D.garment_type("skirt"),
        D.color("pink"),
        D.pattern("embroidered"),
        D.sleeve_length("long sleeves", failure="contradiction"),
        D.description("a pink lehenga with silver sequins and a sleeveless blouse"),
        D.details("sequins"),
        D.material("net"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="Sangria Pink Embellished Sequinned Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 5. Product shot, no person: a mustard-and-maroon bandhani dupatta flat-laid on white, gota patti border.
    # material: cap3 (template for a question); garment_type: vqa; the rest: base.
    case(
        "MYN-DUP-1005",
        caption("a yellow and red scarf on a white background"),
        D.wearing("a scarf"),
        D.garment_type(
            "scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf",
            failure="loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("polka dots"),
        D.material(
            "The upper clothing has no sleeves, chiffon fabric and complicated patterns. The neckline of it is "
            "round. The lower clothing is of long length. The",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dupattas",
        color="Mustard",
        title="Vastraa Fusion Mustard & Maroon Bandhani Dupatta with Gotta Patti",
    ),
    # 6. Woman model, white chikankari kurti (white thread floral embroidery), long sleeves, blue jeans, white studio.
    # description: cap3; the rest: base.
    case(
        "MYN-KRT-1006",
        caption("a woman wearing a white top and jeans"),
        D.wearing("a white kurti and jeans"),
        D.garment_type("top"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long-sleeve shirt with "
            "pure color patterns. The lady wears a long-sleeve",
            failure="loop",
            hit_limit=True,
        ),
        D.details("embroidery"),
        D.material("cotton"),
        gender="Women",
        category="Kurtis",
        color="White",
        title="Ada Women White Chikankari Embroidered Pure Cotton Kurti",
    ),
    # 7. Woman model with a short bob, teal green A-line kurta with gold foil ethnic motifs, three-quarter sleeves,
    # white trousers, a watch on her wrist, white studio.
    # caption: cap3 (ends on a full stop at the limit); color: vqa; the rest: base.
    case(
        "MYN-KUR-1007",
        caption(
            "The gentleman wears a medium-sleeve shirt with graphic patterns and a long trousers. His shirt is with "
            "cotton fabric and its neckline is round. His trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            failure="pronoun",
            hit_limit=True,
        ),
        D.wearing("a green kurta and white pants"),
        D.garment_type("kurta"),
        D.color(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            failure="loop",
            hit_limit=True,
        ),
        D.pattern("printed"),
        D.sleeve_length("short", failure="contradiction"),
        D.description("he is wearing a green kurta with gold designs", failure="pronoun"),
        D.details("gold print"),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Green Ethnic Motifs Printed A-Line Kurta",
    ),
    # 8. Woman model in a sea green georgette saree with pink flowers printed, sleeveless sea green blouse, standing
    # in front of a pink painted wall.
    # garment_type, is_a: vqa; the rest: base.
    case(
        "MYN-SAR-1008",
        caption("a woman in a green saree standing in front of a pink wall"),
        B.garment_type(
            "dress\nQuestion: What is the color of the dress? Answer: green\nQuestion: Is this a",
            failure="leak",
            hit_limit=True,
        ),
        B.color("pink", failure="contradiction"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            failure="loop",
            hit_limit=True,
        ),
        B.material("polyester"),
        gender="Women",
        category="Sarees",
        color="Sea Green",
        title="Saree mall Sea Green & Pink Floral Printed Poly Georgette Saree",
    ),
    # 9. Woman model, maroon kurta with gold embroidery at the neckline, long sleeves, maroon churidar, gold tissue
    # dupatta, old wall with a wooden door behind.
    # caption: cap1; details: vqa; the rest: base.
    case(
        "MYN-KS-1009",
        caption(
            "This woman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a v-shape neckline. This woman wears a long-sleeve dress with pure color patterns. The dress is "
            "with cotton fabric and",
            failure="loop",
            hit_limit=True,
        ),
        D.wearing("a red salwar kameez"),
        D.garment_type("salwar kameez"),
        D.color("gold", failure="other_garment_color"),
        D.pattern("embroidered"),
        D.sleeve_length("long"),
        D.description("a maroon salwar kameez with gold embroidery on the neck and a gold dupatta"),
        D.details(
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the neckline, the",
            failure="loop",
            hit_limit=True,
        ),
        D.material("the garment is made of a material", failure="non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Biba Women Maroon Embroidered Kurta with Churidar & Dupatta",
    ),
    # 10. Woman model, floor-length peach anarkali with white floral print, flared, long sleeves, no bottoms in view,
    # beige studio.
    # all: base.
    case(
        "MYN-ETH-1010",
        caption("a woman in a long peach dress with flowers on it"),
        D.garment_type("dress"),
        D.color("pink"),
        D.pattern("floral"),
        D.description(
            "a long flowing dress with a floral print and long sleeves. it is perfect for summer",
            failure="unsupported",
        ),
        is_a("dress", "yes"),
        is_a("saree", "no"),
        gender="Women",
        category="Ethnic Dresses",
        color="Peach",
        title="Janasya Women Peach-Coloured Floral Print Maxi Anarkali Ethnic Dress",
    ),
    # 11. Woman model, olive green straight kurta with small white polka dots, three-quarter sleeves, v-neck,
    # matching olive trousers, no dupatta, white studio.
    # caption, sleeve_length: cap3; garment_type: vqa; the rest: base.
    case(
        "MYN-KS-1011",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and graphic",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a green outfit with white polka dots"),
        D.garment_type(
            "pants\nQuestion: What is the color of the pants? Answer: green\nQuestion: What is the color",
            failure="leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("polka dot"),
        D.sleeve_length(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long",
            failure="cut",
            hit_limit=True,
        ),
        D.description(
            "a green kurta with white polka dots and matching pants, which are made by hand in jaipur",
            failure="unsupported",
        ),
        D.details("polka dots"),
        D.material("it is made of fabric", failure="non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Olive",
        title="Anouk Women Olive Green Printed Kurta with Trousers",
    ),
    # 12. Headless mannequin draped in a black chiffon saree with a silver sequin border, black sleeveless blouse,
    # grey studio.
    # description: cap1; the rest: base.
    case(
        "MYN-SAR-1012",
        caption("a black saree on a mannequin"),
        D.wearing("she is wearing a black saree"),
        D.garment_type("saree"),
        D.color("black"),
        D.description(
            "This woman wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is with",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "sequins on the border, sequins on the border, sequins on the border, sequins on the border, sequins on "
            "the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Black",
        title="Mitera Black Embellished Sequinned Pure Chiffon Saree",
    ),
    # 13. Woman model, rust orange kurta with a black geometric (triangles and diamonds) print, three-quarter
    # sleeves, black palazzos, red brick wall behind.
    # garment_type, color: vqa; the rest: base.
    case(
        "MYN-KUR-1013",
        caption("a woman in an orange kurta standing in front of a brick wall"),
        B.garment_type(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            failure="loop",
            hit_limit=True,
        ),
        B.color(
            "black\nQuestion: What is the color of the pants? Answer: black\nQuestion: What is the color",
            failure="leak",
            hit_limit=True,
        ),
        B.pattern("striped", failure="contradiction"),
        B.sleeve_length("three-quarter"),
        color_of("pants", "orange", failure="other_garment_color"),
        color_of("kurta", "orange"),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Sangria Women Rust Orange Geometric Printed Kurta",
    ),
    # 14. Woman model, navy blue velvet lehenga with gold zari embroidery, navy half-sleeve blouse, maroon dupatta
    # on the shoulders, dark red curtain behind.
    # caption: cap3; details: cap1; the rest: base.
    case(
        "MYN-LEH-1014",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns and a long skirt. The shirt is with other "
            "fabric. The skirt is with other fabric and complicated patterns. The skirt is with other fabric and "
            "complicated patterns. The skirt is with other fabric and complicated",
            failure="loop",
            hit_limit=True,
        ),
        D.wearing("a blue and red lehenga"),
        D.garment_type("lehenga"),
        D.color("red", failure="other_garment_color"),
        D.pattern("embroidered"),
        D.sleeve_length("short"),
        D.description("a blue lehenga with gold embroidery, a matching blouse and a red dupatta"),
        D.details(
            "This woman wears a short-sleeve shirt with complicated patterns and a long skirt. The shirt is with "
            "other fabric and it has a round neckline. There",
            failure="cut",
            hit_limit=True,
        ),
        D.material("Answer: velvet", failure="leak"),
        gender="Women",
        category="Lehenga Choli",
        color="Navy Blue",
        title="Warthy Ent Navy Blue & Maroon Embroidered Velvet Semi-Stitched Lehenga Choli",
    ),
    # 15. Woman model, lavender cotton kurta, solid with white thread work on the yoke, long sleeves, round neck,
    # thin silver bracelet, white straight pants, grey backdrop.
    # caption: cap1 (complete, ends on a full stop at the 50-token limit); details: vqa; the rest: base.
    case(
        "MYN-KUR-1015",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a purple kurta"),
        D.color("purple"),
        D.sleeve_length("long"),
        D.description("the garment is a purple kurta that the woman is wearing in the picture", failure="restated"),
        D.details(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            failure="loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Lavender",
        title="HERE&NOW Women Lavender Yoke Design Thread Work Kurta",
    ),
    # 16. Woman model, magenta pink silk saree with gold zari border, contrast green blouse with elbow sleeves,
    # temple pillars behind.
    # caption: cap3; is_a: vqa; the rest: base.
    case(
        "MYN-SAR-1016",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with other fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with other fabric and complicated "
            "patterns. There is an accessory on her wrist. There is",
            failure="cut",
            hit_limit=True,
        ),
        B.garment_type("saree"),
        B.color("green", failure="other_garment_color"),
        color_of("blouse", "green"),
        B.pattern("paisley", failure="contradiction"),
        is_a(
            "lehenga",
            "no\nQuestion: Is this a saree? Answer: yes\nQuestion: Is this a lehenga? Answer: no\n",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Magenta",
        title="KALINI Magenta Pink & Green Zari Silk Blend Kanjeevaram Saree",
    ),
    # 17. Woman model, black straight kurta with red and white floral embroidery down the front, long sleeves,
    # black churidar, white backdrop.
    # pattern: vqa; description: cap3 (ends on a full stop at the 30-token limit); the rest: base.
    case(
        "MYN-KUR-1017",
        caption("a man in a black kurta posing for a picture", failure="pronoun"),
        D.wearing("a black kurta and black leggings"),
        D.garment_type("kurta"),
        D.color("black"),
        D.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            failure="loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long pants. His shirt is with cotton "
            "fabric.",
            failure="pronoun",
            hit_limit=True,
        ),
        D.details("red and white flowers embroidered on the front"),
        D.material("100% pure cotton, handloom", failure="unsupported"),
        gender="Women",
        category="Kurtas",
        color="Black",
        title="Vishudh Women Black Floral Embroidered Straight Kurta",
    ),
    # 18. Woman model in a plain white kurta (styling, not for sale) with a bright orange organza dupatta with gold
    # gota border over both shoulders; the product is the dupatta. White studio.
    # is_a: vqa; the rest: base.
    case(
        "MYN-DUP-1018",
        caption("a woman wearing a white top and an orange scarf"),
        D.wearing("a white kurta and an orange dupatta"),
        D.garment_type("kurta", failure="contradiction"),
        D.color("white", failure="other_garment_color"),
        D.material("organza"),
        is_a(
            "dupatta",
            "yes Question: What is the color of the dupatta? Answer: orange Question: Is this a",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dupattas",
        color="Orange",
        title="Dupatta Bazaar Orange Organza Dupatta with Gotta Patti Border",
    ),
    # 19. Woman model, off-white kurta with pink floral print, long sleeves, pink palazzos, pink dupatta, pastel
    # pink wall; the back of the kurta is not in view.
    # details: vqa; the rest: base (caption stopped on a newline mid-phrase).
    case(
        "MYN-KS-1019",
        caption("a woman in a white and pink", failure="cut"),
        D.wearing("a pink and white salwar suit"),
        D.color("white"),
        D.pattern("floral"),
        D.description(
            "a white kurta with pink flowers, pink pants and a pink dupatta. the kurta has a zipper at the back and "
            "two side pockets",
            failure="unsupported",
        ),
        D.details(
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            failure="loop",
            hit_limit=True,
        ),
        color_of("pants", "white", failure="other_garment_color"),
        gender="Women",
        category="Kurta Sets",
        color="Off White",
        title="Libas Women Off-White & Pink Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 20. Product shot: a folded yellow cotton saree with small white checks and a red border on a white surface.
    # all: base.
    case(
        "MYN-SAR-1020",
        caption("a yellow and red cloth folded on a white surface"),
        B.garment_type("towel", failure="contradiction"),
        B.color("yellow"),
        B.pattern("plaid"),
        B.material("fabric", failure="non_answer"),
        gender="Women",
        category="Sarees",
        color="Yellow",
        title="Mitera Yellow & Red Checked Pure Cotton Saree",
    ),
    # 21. Woman model, sky blue sleeveless straight kurta with white schiffli embroidery, white palazzos, studio;
    # only the front is seen.
    # sleeve_length: cap3; material: cap1; the rest: base.
    case(
        "MYN-KUR-1021",
        caption("a woman wearing a blue sleeveless top and white pants"),
        D.wearing("a blue kurta"),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("the pattern of the garment is the pattern on the blue kurta", failure="restated"),
        D.sleeve_length(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its",
            failure="cut",
            hit_limit=True,
        ),
        D.description("the garment is a blue kurta worn by a woman, and the garment is a kurta", failure="restated"),
        D.details(
            "white embroidery all over, with a hidden zip on the side and a lining inside", failure="unsupported"
        ),
        D.material(
            "This woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "it has a round neckline. The",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue Schiffli Embroidered Sleeveless Straight Kurta",
    ),
    # 22. Woman model, mustard yellow lehenga with multicolour mirror work, green choli with elbow sleeves, green
    # dupatta, haveli courtyard behind.
    # caption: cap1; the rest: base.
    case(
        "MYN-LEH-1022",
        caption(
            "This woman wears a medium-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and complicated patterns. This woman wears a medium-sleeve shirt with pure color patterns "
            "and a long skirt. The skirt",
            failure="loop",
            hit_limit=True,
        ),
        B.garment_type("lehenga"),
        B.color("green", failure="other_garment_color"),
        B.sleeve_length("sleeveless", failure="contradiction"),
        color_of("skirt", "yellow"),
        color_of("blouse", "yellow", failure="other_garment_color"),
        B.material("silk, imported from banaras", failure="unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Mustard",
        title="Varanga Mustard & Green Mirror Work Lehenga Choli with Dupatta",
    ),
    # 23. Woman model seated in a cafe, short peach kurti with white lace trim at the hem, short sleeves, blue jeans.
    # all: base.
    case(
        "MYN-KRT-1023",
        caption("a woman sitting in a cafe wearing a peach top and jeans"),
        D.wearing(
            "she is wearing a shirt, she is wearing a shirt, she is wearing a shirt, she is wearing a shirt, she is",
            failure="loop",
            hit_limit=True,
        ),
        D.garment_type("jeans", failure="contradiction"),
        D.color("blue", failure="other_garment_color"),
        D.sleeve_length("short"),
        D.details("lace"),
        gender="Women",
        category="Kurtis",
        color="Peach",
        title="Ada Women Peach Lace Detail Short Kurti",
    ),
    # 24. Woman model, bottle green velvet straight kurta with gold embroidery at the neckline, long sleeves, a stack
    # of gold bangles, cream trousers, dark backdrop.
    # caption: cap3; the rest: base.
    case(
        "MYN-KUR-1024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "other fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist. There is",
            failure="pronoun",
            hit_limit=True,
        ),
        D.wearing("a green kurta and gold bangles"),
        D.garment_type("jewelry", failure="contradiction"),
        D.color("gold", failure="contradiction"),
        D.details("i don't know", failure="non_answer"),
        D.material("velvet"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Sangria Women Green Embroidered Velvet Straight Kurta",
    ),
    # 25. Woman model, grey linen-blend saree with white vertical stripes and silver tassels on the pallu, white
    # sleeveless blouse, green plants behind.
    # garment_type: vqa; the rest: base.
    case(
        "MYN-SAR-1025",
        caption("a woman in a grey and white striped saree standing next to plants"),
        B.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            failure="loop",
            hit_limit=True,
        ),
        B.color("white", failure="other_garment_color"),
        B.pattern("striped"),
        B.sleeve_length("sleeveless"),
        B.material("linen"),
        gender="Women",
        category="Sarees",
        color="Grey",
        title="Ahalyaa Grey & White Striped Linen Blend Saree",
    ),
    # 26. Woman model, coral kurta with gold gota patti on the v-neck yoke, three-quarter sleeves, coral sharara,
    # gold net dupatta, white studio; no mask, no bag in the photo.
    # caption, pattern: cap3; garment_type: vqa; the rest: base.
    case(
        "MYN-KS-1026",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The lady",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and sharara"),
        D.garment_type(
            "pants\nQuestion: What is the color of the pants? Answer: pink\nQuestion: What is the",
            failure="leak",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its",
            failure="cut",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter"),
        D.description("the garment is a pink garment worn by the woman", failure="restated"),
        D.details(
            "gold gota work on the neck, and it comes with a free matching mask and a potli bag",
            failure="unsupported",
        ),
        D.material("cloth", failure="non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Coral",
        title="Libas Women Coral Gotta Patti Kurta with Sharara & Dupatta",
    ),
    # 27. Woman model, white straight kurta with indigo blue dabu floral print, long sleeves, indigo pants, white
    # studio.
    # pattern, color of the kurta: vqa; the rest: base.
    case(
        "MYN-KUR-1027",
        caption("a woman in a white and blue floral kurta"),
        D.color("white"),
        D.pattern(
            "floral\nQuestion: What is the pattern of the pants? Answer: pure color\nQuestion:",
            failure="leak",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            failure="loop",
            hit_limit=True,
        ),
        color_of("pants", "white", failure="other_garment_color"),
        is_a("kurta", "no", failure="contradiction"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Jaipur Kurti Women White & Blue Dabu Printed Pure Cotton Kurta",
    ),
    # 28. Dress form (no person, no arms) in a red bridal lehenga with heavy gold zardozi embroidery, red dupatta
    # with gold border pinned across, beige wall.
    # caption: cap3; the rest: base.
    case(
        "MYN-LEH-1028",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns and a long skirt. The shirt is with other "
            "fabric. The skirt is with other fabric and complicated patterns. There is an accessory on her wrist. "
            "There is a ring on her finger. The lady also wears a",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a red and gold lehenga"),
        D.garment_type("lehenga"),
        D.description(
            "a red bridal lehenga with heavy gold embroidery, worn by the bride at her wedding in udaipur",
            failure="unsupported",
        ),
        D.details(
            "gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, "
            "gold embroidery",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Panchhi Red & Gold Embroidered Bridal Lehenga Choli with Dupatta",
    ),
    # 29. Woman model in a park, pink kurta with white polka dots, white patiala salwar, white dupatta.
    # all: base.
    case(
        "MYN-KS-1029",
        caption("a woman in a pink and white salwar kameez standing in a park"),
        D.wearing("Answer: a pink salwar kameez", failure="leak"),
        D.garment_type("salwar kameez"),
        D.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            failure="loop",
            hit_limit=True,
        ),
        D.pattern("polka dots"),
        D.material("the garment is made of the same material as the dupatta", failure="restated"),
        color_of("dupatta", "pink", failure="other_garment_color"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Rajnandini Women Pink Polka Dot Printed Kurta with Patiala & Dupatta",
    ),
    # 30. Woman model, burgundy jacquard kurta (self-woven pattern), long sleeves, mandarin collar, black trousers,
    # white studio.
    # caption: cap1; sleeve_length: vqa; the rest: base (pattern stopped on a newline mid-phrase).
    case(
        "MYN-KUR-1030",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with other "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. This "
            "woman wears a long-sleeve shirt with",
            failure="cut",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        B.color("maroon"),
        B.pattern("the pattern is", failure="cut"),
        B.sleeve_length(
            "long-sleeve\nQuestion: What is the sleeve length of the pants? Answer: long\nQuestion:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Burgundy",
        title="Mitera Women Burgundy Woven Design Jacquard Kurta",
    ),
    # 31. Woman model with a very short crop, beige organza saree with hand-painted pink and green flowers, beige
    # sleeveless blouse, white studio.
    # all: base.
    case(
        "MYN-SAR-1031",
        caption("a man in a beige saree with flowers", failure="pronoun"),
        D.wearing("he is wearing a saree", failure="pronoun"),
        D.garment_type("saree"),
        D.color("beige"),
        D.description(
            "a sheer beige saree with hand painted flowers in pink and green, designed by sabyasachi",
            failure="unsupported",
        ),
        gender="Women",
        category="Sarees",
        color="Beige",
        title="House of Pataudi Beige Floral Hand Painted Organza Saree",
    ),
    # 32. Woman model, multicoloured ikat-print straight kurta (yellow, blue, pink), three-quarter sleeves, blue
    # jeans, white studio.
    # all: base.
    case(
        "MYN-KUR-1032",
        caption("a woman in a colorful kurta and jeans"),
        D.garment_type("garment", failure="non_answer"),
        D.color("multicolor"),
        D.pattern("", failure="non_answer"),
        D.details("it has details", failure="non_answer"),
        D.material("the material of the garment is the material it is made of", failure="restated"),
        gender="Women",
        category="Kurtas",
        color="Multi",
        title="Anouk Women Multicoloured Ikat Printed Straight Kurta",
    ),
    # 33. Product shot: a royal blue art silk dupatta with gold zari checks on a wooden hanger against a white wall;
    # no person.
    # caption: cap1; details: cap3; the rest: base.
    case(
        "MYN-DUP-1033",
        caption(
            "This woman wears a long-sleeve shirt with lattice patterns. The shirt is with other fabric and it has a "
            "round neckline. This woman wears a long-sleeve shirt with lattice patterns. The shirt is with other "
            "fabric and it has a round neckline. This",
            failure="loop",
            hit_limit=True,
        ),
        D.wearing("a woman wearing a blue dress", failure="unsupported"),
        D.garment_type("scarf"),
        D.color("blue"),
        D.pattern("checked"),
        D.details(
            "The upper clothing has long sleeves, other fabric and lattice patterns. The neckline of it is round. "
            "The lower clothing is of",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dupattas",
        color="Blue",
        title="Weavers Villa Blue & Gold-Toned Woven Design Art Silk Dupatta",
    ),
    # 34. Woman model, mauve kurta with silver foil print, long sleeves, mauve trousers, grey dupatta, white studio.
    # all: base.
    case(
        "MYN-KS-1034",
        caption("a woman in a purple kurta with a grey scarf"),
        D.garment_type("saree", failure="contradiction"),
        D.color("green", failure="contradiction"),
        D.sleeve_length("short", failure="contradiction"),
        D.pattern("printed"),
        gender="Women",
        category="Kurta Sets",
        color="Mauve",
        title="W Women Mauve Foil Printed Kurta with Trousers & Dupatta",
    ),
    # 35. Woman model, black short kurti with white block print, mandarin collar, roll-up long sleeves, a silver ring
    # and a watch, white leggings, studio.
    # caption: cap3; description: cap1; the rest: base.
    case(
        "MYN-KRT-1035",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is stand. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. There is a ring on her finger. This",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a black and white kurti with white leggings"),
        D.description(
            "This woman wears a long-sleeve shirt with graphic patterns and a long leggings. The shirt is with "
            "cotton fabric and it has a",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "the details of the garment are black and white, and the details are printed on the garment",
            failure="restated",
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtis",
        color="Black",
        title="Shree Women Black & White Printed Short Kurti",
    ),
    # 36. Woman model sitting on stone steps, purple bandhani georgette saree with a pink border, pink blouse with
    # elbow sleeves. No seller columns but gender.
    # garment_type, is_a: vqa; the rest: base.
    case(
        "MYN-SAR-1036",
        caption("a woman in a purple saree sitting on steps"),
        B.garment_type(
            "dress\nQuestion: Is this a dress? Answer: yes\nQuestion: What is the color of the dress?",
            failure="leak",
            hit_limit=True,
        ),
        B.color("purple"),
        B.pattern("tie-dye, made using natural dyes from rajasthan", failure="unsupported"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            failure="loop",
            hit_limit=True,
        ),
        B.material("chiffon, the chiffon is from surat and is hand-dyed", failure="unsupported"),
        gender="Women",
    ),
    # 37. Woman model, green-and-white leaf-printed straight kurta, three-quarter sleeves, keyhole neck with one
    # button, white trousers, holding a tan handbag, plain backdrop.
    # all: base.
    case(
        "MYN-KUR-1037",
        caption("a woman in a green and white kurta holding a brown bag"),
        D.wearing("a green kurta with white pants and a brown bag"),
        D.color("brown", failure="contradiction"),
        D.details(
            "a keyhole neckline with a button closure and green leaves printed on the front and the sleeves, the "
            "kurta is straight and has a slit on both sides and the",
            failure="cut",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Nayo Women Green & White Leaf Printed Straight Kurta",
    ),
    # 38. Woman model in a garden, peach lehenga with pastel floral print, peach sleeveless crop-top choli, white net
    # dupatta, a bracelet on her wrist.
    # caption: cap3; the rest: base.
    case(
        "MYN-LEH-1038",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. The "
            "lady also wears an outer clothing, with",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("dress", failure="contradiction"),
        D.color("peach"),
        D.description("the garment is a lehenga and it is the garment the woman is wearing", failure="restated"),
        D.details("none", failure="non_answer"),
        gender="Women",
        category="Lehenga Choli",
        color="Peach",
        title="Fabcartz Peach Floral Printed Ready to Wear Lehenga Choli",
    ),
    # 39. Woman model, navy blue cotton kurta with white vertical stripes, three-quarter sleeves, white pants,
    # white studio.
    # all: base (color stopped on a newline mid-phrase).
    case(
        "MYN-KUR-1039",
        caption("a woman in a blue and white striped kurta"),
        B.color("the color of the garment is", failure="cut"),
        B.pattern("solid", failure="contradiction"),
        B.sleeve_length("3/4"),
        B.material("cotton, certified organic and fair trade", failure="unsupported"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Fabindia Women Navy Blue & White Striped Cotton Kurta",
    ),
    # 40. Woman model, teal Kanjeevaram silk saree with a mustard zari border, mustard blouse, gold bangles, carved
    # wooden door behind.
    # caption: cap1; the rest: base.
    case(
        "MYN-SAR-1040",
        caption(
            "This woman wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "other fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her "
            "wrist. There is a ring on her",
            failure="cut",
            hit_limit=True,
        ),
        B.garment_type("saree"),
        B.color("Answer: blue", failure="leak"),
        color_of("blouse", "yellow"),
        B.material("material", failure="non_answer"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Kalamandir Teal & Mustard Zari Woven Kanjeevaram Saree",
    ),
    # 41. Woman model, red sleeveless short kurti with small white printed motifs, blue jeans, studio.
    # all: base.
    case(
        "MYN-KRT-1041",
        caption("a woman in a red top and jeans"),
        D.wearing("he is wearing a red shirt and jeans", failure="pronoun"),
        D.sleeve_length("long", failure="contradiction"),
        D.description(
            "it is a red kurti with white print and it is a kurti that is red with a white print on the kurti",
            failure="restated",
        ),
        gender="Women",
        category="Kurtis",
        color="Red",
        title="Sassafras Women Red Printed Sleeveless Kurti",
    ),
    # 42. Woman model, all-yellow haldi outfit: yellow kurta with mirror work, yellow sharara, yellow dupatta,
    # orange marigold garlands behind.
    # all: base.
    case(
        "MYN-KS-1042",
        caption("a woman in a yellow outfit in front of orange flowers"),
        D.details(
            "mirror work on the neck and sleeves and the sharara has mirror work on the hem and the dupatta has "
            "mirror work on the border with a tassel on",
            failure="cut",
            hit_limit=True,
        ),
        D.material("georgette, which is sourced from the finest mills of surat", failure="unsupported"),
        D.description("it is a garment", failure="non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
        title="Aks Women Yellow Mirror Work Kurta with Sharara & Dupatta",
    ),
    # 43. Woman model seated on a sofa, blush pink chanderi kurta with small gold buttis, long sleeves, v-neck,
    # white churidar, a bangle on her wrist; only the front is seen. No seller columns at all.
    # caption: cap3; the rest: base.
    case(
        "MYN-KUR-1043",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with other "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. There is a",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("the person is wearing what the person is wearing, a kurta", failure="restated"),
        D.details("gold buttis with a hidden inner lining and adjustable tie-up at the back", failure="unsupported"),
        D.material("it is made of material", failure="non_answer"),
        D.description("a light pink kurta with small gold motifs"),
    ),
    # 44. Woman model, white tant cotton saree with a broad red border (lal paar), red blouse with elbow sleeves,
    # plain cream wall.
    # all: base.
    case(
        "MYN-SAR-1044",
        caption("a woman in a white saree with a red border"),
        B.garment_type("the type of garment is a saree type of garment", failure="restated"),
        B.color("red", failure="other_garment_color"),
        B.material("cotton, handwoven on a pit loom in phulia", failure="unsupported"),
        is_a("lehenga", "yes", failure="contradiction"),
        gender="Women",
        category="Sarees",
        color="White",
        title="Mitera White & Red Woven Design Tant Cotton Saree",
    ),
]
