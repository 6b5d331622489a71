"""BLIND_155 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-second session. Measured blind at 25c5439: 125/141 failures found
(88.7%) and 9/149 correct texts flagged (6.0%). The writer's notes, verbatim:

Blind corpus 155: BLIP-2 OPT-2.7b and the experiments' adapters on 44 products of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their fine-tuned LoRA adapters
    (caption adapter epoch 1, leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch; caption adapter epoch 3,
    leoreigoto/Data2_V2_Blip2_Finetune_Caption; VQA adapter, leoreigoto/Data3_V3_BLIP2_VQA) re-run on a random sample
    of 44 products of a Myntra-style marketplace: men's, women's and kids' clothing, western and ethnic, weighted
    roughly as such a catalog is (19 men, 18 women, 4 boys, 3 girls; t-shirts, shirts and kurtas most common). One
    product per item. The questionnaire is the experiments' own: the closed questions of BLIND_QUESTIONS (garment
    type, color, pattern, sleeve length) and the material question, the VQA data's "Is this a {garment}?" (is_a),
    "What is the color of the {garment}?" (color_of, free generation, stored open), and the experiments' open
    prompts "What is he/she wearing?", "Describe the {garment}." and "What are the {garment} details?". Prompts in
    the `Question: ... Answer:` format, greedy, 30 new tokens for answers and 50 for captions. Seller columns
    (gender, category, color, title: the seller's own words) come from the marketplace; a few are missing.

Which system wrote which text
    The comment above each case describes the imagined photo and names the model of each text: "base" is the untuned
    Salesforce/blip2-opt-2.7b, "cap-e1" / "cap-e3" the caption adapter after epoch 1 / 3 (DeepFashion-MultiModal
    template sentences, no hue names, returns the template for every prompt), "vqa" the VQA adapter (In-shop class
    words, no end-of-answer token: repeats its answer or runs on into the next `Question: ... Answer:`).

How it was written
    Blind. The only files read were ../shared/CONTEXT.md (what the experiments did and how BLIP-2 failed) and lines
    1-168 of tests/audit_corpus.py (the Text/Case layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a,
    color_of, question, case and TARGETS). No audit code, no other corpus, no documentation of the audits was read.
    The only thing run was an import check of this file.

Label conventions and judgement calls
    - Every text is judged against the imagined photo in the comment above its case, and against the seller's
      columns where the photo agrees with them. A text without a failure kind is a correct answer.
    - One label per text, the failure that makes it wrong most conspicuously: a text that runs on into
      `Question: ... Answer:` is a leak even when it also repeats; a text that repeats one phrase until the token limit
      is a loop (hit_limit=True) although it also ends mid-phrase; cut is kept for texts that stop mid-phrase without
      repeating (hit_limit=True at 30 new tokens for answers and 50 for captions; a few cut before the limit).
    - Near-color synonyms are correct: navy -> blue, olive -> green, off-white/cream -> white, maroon -> red,
      magenta -> pink, mustard -> yellow, teal -> blue or green, charcoal/grey melange -> grey, lavender -> purple,
      beige -> khaki, rust -> orange.
    - A color of another garment in the photo (the jeans' color given for the shirt, the blouse's for the saree, the
      shoes' for the chinos) is other_garment_color in an open answer; in a closed answer about the product (the
      color question of BLIND_QUESTIONS) it is a contradiction. A color of the background (wall, table) given for
      the garment is a contradiction.
    - Captions that name the background ("in front of a yellow wall", "on a wooden table") are correct. The caption
      adapter's template ("The lady wears a long-sleeve dress with pure color patterns ...") is correct when it fits
      the photo: "pure color" = solid, "lapel" for any collar, "long pants" for churidar or trousers. It is a
      contradiction when its pattern, sleeves or garment contradict the photo (lattice for bandhani dots, "shirt"
      for a kurta); when such a text also stops mid-phrase or repeats, it is labelled cut or loop.
    - Calling a kurta or anarkali a "dress" in an open caption is tolerated; answering "dress" to the closed garment
      type question, or "yes" to "Is this a dress?", for a product the seller lists as Kurtas/Sarees/Lehenga is a
      contradiction.
    - A template answer that contains the asked value ("The T-shirt is with cotton fabric ..." for the material)
      is correct; one that does not answer the question is non_answer (or cut/loop as above).
    - Pronoun: "she"/"lady" for a man or boy, "he"/"gentleman" for a woman or girl. "gentleman" for a boy and
      "lady" for a girl are not pronoun failures.
    - Unsupported: details invented or not visible (pockets, belts, logos, hats, rings, mirror work, a person in a
      product-only shot). Material guesses that fit the look and the title (cotton for a cotton kurta, polyester for
      sports wear, leather for faux leather) are correct; a material the photo rules out is a contradiction.
    - Restated: the question's words given back ("the material of the garment is the material"); non_answer: empty,
      "i don't know", or a class word with nothing asked ("they are shorts" for the shorts' details).
    - A product shot without a person answered "a black t-shirt" to "What is he wearing?" is correct; "he is
      wearing ..." there is unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

O = "open"  # noqa: E741

BLIND_155: list[Case] = [
    # 1. Man in a navy round-neck half-sleeve tee, light-blue jeans, plain grey studio background.
    # caption cap-e3; garment_type, color, pattern, sleeve, jeans color base; material vqa.
    case(
        "MYN-M-TS-40117",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a long denim pants."
        ),
        B.garment_type("t-shirt"),
        B.color("blue"),
        B.pattern("solid"),
        B.sleeve_length("short"),
        color_of("jeans", "light blue", kind=O),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="NorthFold Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Man in an olive full-sleeve buttoned shirt, beige chinos, white background.
    # caption cap-e1; wearing, shirt color, pants color, is_a base; sleeve vqa; details cap-e3.
    case(
        "MYN-M-SH-22841",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and khaki pants", who="he"),
        color_of("shirt", "green", kind=O),
        color_of("pants", "green", "other_garment_color", kind=O),
        is_a("shirt", "yes"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel. The shirt is with cotton fabric and it has a lapel. "
            "The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Denim Route Men Olive Green Slim Fit Casual Shirt",
    ),
    # 3. Woman in a pink straight calf-length kurta with a small white floral print, three-quarter sleeves, white
    # palazzos, standing against a beige wall.
    # caption, garment_type, color, pattern, sleeve, material base; describe cap-e3.
    case(
        "MYN-W-KU-51902",
        caption("a woman in a pink kurta standing against a wall"),
        B.garment_type("kurta"),
        B.color("pink"),
        B.pattern("floral"),
        B.sleeve_length("3/4"),
        describe(
            "kurta",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants.",
            "contradiction",
        ),
        B.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Vastraa Women Pink Floral Printed Straight Kurta",
    ),
    # 4. Men's jeans, model cropped at the chest: mid-blue skinny jeans, hem of a white tee, white sneakers.
    # caption cap-e3; jeans color, is_a, details, material base; garment_type vqa.
    case(
        "MYN-M-JE-10375",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The gentleman "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind=O),
        B.garment_type(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        details("jeans", "they are jeans", "non_answer"),
        B.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Denim Route Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 5. Woman in a black sleeveless square-neck top, white wide-leg trousers, pale pink backdrop.
    # caption, wearing, sleeve, pattern, is_a base; color vqa.
    case(
        "MYN-W-TO-33018",
        caption("a woman in a black top and white pants"),
        wearing("a black top and black pants", "other_garment_color", who="she"),
        B.sleeve_length("sleeveless"),
        B.color(
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.pattern("plain"),
        is_a("top", "yes"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Lane Women Black Solid Regular Top",
    ),
    # 6. Man in a white tee with black text print "STAY WILD" across the chest, black joggers, grey background.
    # caption cap-e3; color, pattern, pants color, describe base; wearing vqa; material cap-e1.
    case(
        "MYN-M-TS-40552",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The gentleman wears a long pants. The pants are with cotton fabric and solid "
            "color patterns."
        ),
        B.color("white"),
        B.pattern("text"),
        color_of("pants", "white", "other_garment_color", kind=O),
        describe("shirt", "a white t-shirt with a picture of a wolf on it", "unsupported"),
        wearing(
            "tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee",
            "loop",
            who="he",
            hit_limit=True,
        ),
        B.material(
            "The T-shirt is with cotton fabric and its neckline is crew. The gentleman wears a long pants. The pants "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Metro Tee Co Men White Typography Printed Round Neck T-shirt",
    ),
    # 7. Woman draped in a maroon Banarasi silk saree with gold zari border and woven butis, matching maroon blouse
    # with elbow sleeves, indoors in front of a carved wooden door.
    # caption, garment_type, color, is_a, material base; describe cap-e3; sleeve vqa.
    case(
        "MYN-W-SA-60231",
        caption("a woman in a red and gold saree standing in front of a door"),
        B.garment_type("saree"),
        B.color("red"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "saree",
            "The lady is wearing a long dress with lattice patterns. The dress is with chiffon fabric. The lady is "
            "wearing a long dress with lattice patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        B.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the garment? Answer: short-sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Saanjh Ethnic Maroon & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 8. Man in a blue-and-white gingham check full-sleeve shirt, sleeves rolled to the elbow, navy chinos, blurred
    # street behind. Bare wrists, no jewellery.
    # caption, pattern, sleeve, pants color, wearing base; shirt color vqa; details cap-e1.
    case(
        "MYN-M-SH-22907",
        caption("a man in a blue and white checkered shirt standing on a street"),
        B.pattern("checkered"),
        B.sleeve_length("long"),
        color_of(
            "shirt",
            "blue, white, blue, white, blue, white, blue, white, blue, white, blue, white, blue, white, blue",
            "loop",
            kind=O,
            hit_limit=True,
        ),
        color_of("pants", "blue", kind=O),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a blue checkered shirt and blue pants", who="he"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highfold Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 9. Boy of about six in a yellow tee with a green dinosaur print, blue denim shorts, white background.
    # caption, color, wearing, shorts color, is_a base; describe cap-e3; material vqa.
    case(
        "MYN-B-TS-70412",
        caption("a little boy wearing a yellow shirt with a dinosaur on it"),
        B.color("yellow"),
        wearing("a yellow shirt and blue shorts", who="he"),
        describe(
            "t-shirt",
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round.",
            "pronoun",
        ),
        color_of("shorts", "yellow", "other_garment_color", kind=O),
        B.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="Kidsville Boys Yellow Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 10. Woman in a bottle-green A-line kurta with gold thread embroidery at the yoke, matching green palazzos, sheer
    # green dupatta over one shoulder, light grey backdrop. Front view only.
    # caption cap-e1; garment_type, color, dupatta color, pattern, details, sleeve base.
    case(
        "MYN-W-KS-52260",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lady wears a "
            "long",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("green"),
        color_of("dupatta", "green", kind=O),
        B.pattern("embroidered"),
        details("kurta", "it has a zipper on the back and two pockets", "unsupported"),
        B.sleeve_length("it depends on the garment", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Rangmahal Women Green Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 11. Product-only flat lay: black track pants with white side stripes and a white drawstring on a white
    # background. No person.
    # caption, garment_type, wearing, color, pattern, material base; describe cap-e3; pants color vqa.
    case(
        "MYN-M-TP-14420",
        caption("a pair of black pants with white stripes on a white background"),
        B.garment_type("pants"),
        wearing("he is wearing black pants", "unsupported", who="he"),
        B.color("black"),
        B.pattern("solid"),
        describe(
            "pants",
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester"),
        color_of(
            "pants",
            "black Question: Is this a pants? Answer: yes Question: What is the color of the",
            "leak",
            kind=O,
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Sprintek Men Black Solid Slim Fit Track Pants",
    ),
    # 12. Woman in a mustard knee-length fit-and-flare dress with a small white and orange floral print, short puff
    # sleeves, no belt, in a garden.
    # caption, color, sleeve, describe, material base; is_a vqa; details cap-e3.
    case(
        "MYN-W-DR-31877",
        caption("a woman in a yellow dress standing in a garden"),
        B.color("yellow"),
        B.sleeve_length("short"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a yellow dress with white flowers and a black belt", "unsupported"),
        details(
            "dress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of",
            "cut",
            hit_limit=True,
        ),
        B.material("the material of the garment is the material", "restated"),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="Tokyo Lane Women Mustard Yellow Floral Print Fit and Flare Dress",
    ),
    # 13. Man in a grey melange polo with a two-button placket, dark navy jeans, white background.
    # caption cap-e3; garment_type, color, jeans color, shirt color, wearing, details base.
    case(
        "MYN-M-TS-40903",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel. The gentleman wears a long denim pants."
        ),
        B.garment_type("polo shirt"),
        B.color("gray"),
        color_of("jeans", "gray", "other_garment_color", kind=O),
        color_of("shirt", "gray", kind=O),
        wearing("she is wearing a grey polo shirt", "pronoun", who="he"),
        details("shirt", "it has a collar and buttons"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Metro Tee Co Men Grey Melange Solid Polo T-shirt",
    ),
    # 14. Woman in a navy straight calf-length kurta with white block-printed motifs, three-quarter sleeves, white
    # churidar, off-white backdrop.
    # caption cap-e3; color, pattern, is_a, pants color, material base; garment_type vqa.
    case(
        "MYN-W-KU-51988",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The "
            "dress is with cotton fabric and its neckline "
            "is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        color_of("pants", "blue", "other_garment_color", kind=O),
        B.garment_type(
            "kurta Question: What type of garment is this? Answer: kurta Question: What type",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Vastraa Women Navy Blue & White Ethnic Motifs Printed Kurta",
    ),
    # 15. Man in a white full-sleeve formal shirt tucked into charcoal trousers, black belt, light-blue backdrop.
    # caption, color, shirt color, sleeve, is_a base; details cap-e3; wearing vqa.
    case(
        "MYN-M-SH-23114",
        caption("a man in a white shirt and grey pants standing in front of a blue wall"),
        B.color("white"),
        color_of("shirt", "blue", "contradiction", kind=O),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel. The gentleman wears a long trousers. The trousers are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        wearing(
            "shirt, pants, belt Question: What is he wearing? Answer: shirt, pants, belt Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highfold Men White Solid Formal Shirt",
    ),
    # 16. Woman in a teal georgette saree with a small white paisley print, black short-sleeve blouse, white studio.
    # Seller color missing. caption, color, blouse color, saree color, material, wearing base; describe cap-e1.
    case(
        "MYN-W-SA-60377",
        caption("a woman in a blue saree and black blouse"),
        B.color("green"),
        color_of("blouse", "black", kind=O),
        color_of("saree", "black", "other_garment_color", kind=O),
        describe(
            "saree",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        B.material("georgette"),
        wearing("he is wearing a blue saree", "pronoun", who="she"),
        gender="Women",
        category="Sarees",
        title="Kalaneer Women Teal Blue Printed Georgette Saree",
    ),
    # 17. Man in a charcoal hoodie, hood down, kangaroo pocket, black jeans, white sneakers, in front of a brick wall.
    # Nothing on his head. caption cap-e3; garment_type, color, jeans color, details, is_a base; sleeve vqa.
    case(
        "MYN-M-SW-18056",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long denim pants. There is a hat on his head.",
            "unsupported",
        ),
        B.garment_type("hoodie"),
        B.color("grey"),
        color_of("jeans", "black", kind=O),
        details("hoodie", "it has a hood and a pocket"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        gender="Men",
        category="Sweatshirts",
        color="Charcoal",
        title="NorthFold Men Charcoal Grey Solid Hooded Sweatshirt",
    ),
    # 18. Woman in an off-white shirt-style top with tonal white schiffli embroidery, short sleeves, blue jeans,
    # cream background. caption, color, pattern, jeans color, material, is_a base; wearing cap-e3.
    case(
        "MYN-W-TO-33240",
        caption("a woman wearing a white top and blue jeans"),
        B.color("cream"),
        B.pattern("embroidered"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a short-sleeve shirt with "
            "pure color patterns. The lady wears a short-sleeve",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind=O),
        B.material("", "non_answer"),
        is_a("top", "yes"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Loomera Women Off-White Embroidered Shirt Style Top",
    ),
    # 19. Man in a long white cotton kurta with tonal white chikankari embroidery, white pyjama, in a courtyard in
    # front of a yellow wall. No mirrors, no gold. caption, garment_type, color, describe, sleeve, pants color base;
    # wearing vqa.
    case(
        "MYN-M-KU-19233",
        caption("a man in a white kurta standing in front of a yellow wall"),
        B.garment_type("kurta"),
        B.color("yellow", "contradiction"),
        describe("kurta", "a white kurta with gold embroidery and mirror work", "unsupported"),
        B.sleeve_length("long"),
        wearing(
            "shirt Question: What is he wearing? Answer: shirt Question: What is he wearing? Answer: shirt Question",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "white", kind=O),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Saanjh Ethnic Men White Chikankari Embroidered Straight Kurta",
    ),
    # 20. Woman in light-wash wide-leg high-rise jeans and a tucked-in black crop tee, white backdrop.
    # caption cap-e3; jeans color, color, garment_type, details, material base; is_a vqa.
    case(
        "MYN-W-JE-35561",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants."
        ),
        color_of("jeans", "black", "other_garment_color", kind=O),
        B.color("light blue"),
        B.garment_type("jeans"),
        details("jeans", "the jeans details are the jeans", "restated"),
        is_a(
            "pair of jeans",
            "yes Question: Is this a pair of jeans? Answer: yes Question: Is this a pair of",
            "leak",
            hit_limit=True,
        ),
        B.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Denim Route Women Blue Wide Leg High-Rise Jeans",
    ),
    # 21. Man in a black faux-leather biker jacket worn open over a white tee, blue jeans, grey background. Jacket has
    # a plain notch collar, no hood, no fur. caption, garment_type, shirt color, jacket color, material, details
    # base; describe cap-e3.
    case(
        "MYN-M-JA-16702",
        caption("a man in a black leather jacket and white t-shirt"),
        B.garment_type("jacket"),
        color_of("shirt", "black", "other_garment_color", kind=O),
        color_of("jacket", "black", kind=O),
        B.material("leather"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with leather fabric and it "
            "has a lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "it has a hood and a fur collar", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Urbanedge Men Black Solid Lightweight Biker Jacket",
    ),
    # 22. Woman in a plain mustard A-line kurta, three-quarter sleeves, white leggings, grey backdrop. Seller
    # category missing. caption cap-e1; color, leggings color, is_a, pattern base; sleeve vqa.
    case(
        "MYN-W-KU-52017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow"),
        color_of("leggings", "yellow", "other_garment_color", kind=O),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        B.pattern("what is the pattern of the garment", "restated"),
        gender="Women",
        color="Mustard",
        title="Aanchal Women Mustard Yellow Solid A-Line Kurta",
    ),
    # 23. Man in a red dri-fit round-neck tee and black shorts, running on an outdoor track.
    # caption, color, shorts color, wearing, material, details base; sleeve vqa.
    case(
        "MYN-M-TS-41068",
        caption("a man running on a track in a red shirt and black shorts"),
        B.color("red"),
        color_of("shorts", "red", "other_garment_color", kind=O),
        wearing("she is wearing a red shirt and black shorts", "pronoun", who="he"),
        B.material("polyester"),
        details("shirt", "it's a shirt", "non_answer"),
        B.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the garment? Answer: short-sleeve Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Sprintek Men Red Solid Round Neck Sports T-shirt",
    ),
    # 24. Girl of about five in a pink sleeveless knee-length tulle party dress with a sequinned bodice, white
    # shoes, white background; front view only. caption, garment_type, sleeve, details, is_a base; describe cap-e3;
    # material vqa.
    case(
        "MYN-G-DR-72139",
        caption("a little girl in a pink dress"),
        B.garment_type("dress"),
        B.sleeve_length("long", "contradiction"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium length.",
        ),
        details("dress", "it has a bow on the back", "unsupported"),
        B.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Kidsville Girls Pink Tulle Fit & Flare Party Dress",
    ),
    # 25. Man in a black short-sleeve camp-collar shirt with a white floral print, beige shorts, on a beach. No rings,
    # no watch. caption, pattern, shorts color, sleeve base; shirt color vqa; details cap-e1.
    case(
        "MYN-M-SH-23390",
        caption("a man in a black and white floral shirt on the beach"),
        B.pattern("floral"),
        color_of(
            "shirt",
            "black and white and black and white and black and white and black and white and black and white and black",
            "loop",
            kind=O,
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind=O),
        B.sleeve_length("long", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel. There is an accessory on his wrist.",
            "unsupported",
        ),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Highfold Men Black & White Floral Printed Casual Shirt",
    ),
    # 26. Woman in a royal-blue straight kurta with a small silver foil print, matching blue trousers, white dupatta,
    # pale background. Seller title missing. caption cap-e3; color, dupatta color, kurta color, pattern, wearing,
    # material base.
    case(
        "MYN-W-KS-52441",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady wears "
            "a long pants. The pants are with cotton fabric and graphic patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        color_of("dupatta", "blue", "other_garment_color", kind=O),
        color_of("kurta", "silver", "contradiction", kind=O),
        B.pattern("printed"),
        wearing("a blue kurta and a white dupatta", who="she"),
        B.material("i don't know", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Blue",
    ),
    # 27. Waist-down shot: beige slim chinos, brown loafers, white background.
    # caption, garment_type, pants color, details, is_a, material base; color vqa.
    case(
        "MYN-M-TR-12958",
        caption("a man's legs in beige pants and brown shoes"),
        B.garment_type("pants"),
        B.color(
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki "
            "khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "brown", "other_garment_color", kind=O),
        details("pants", "they are pants", "non_answer"),
        is_a("pair of pants", "yes"),
        B.material("cotton"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Urbanedge Men Beige Slim Fit Chinos",
    ),
    # 28. Woman in black ankle-length leggings under a knee-length white kurta; the kurta fills most of the frame.
    # caption, garment_type, color, leggings color, material base; describe cap-e3.
    case(
        "MYN-W-LE-37720",
        caption("a woman in a white kurta and black leggings"),
        B.garment_type("kurta", "contradiction"),
        B.color("white", "contradiction"),
        color_of("leggings", "black", kind=O),
        describe(
            "leggings",
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton lycra"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Aanchal Women Black Solid Ankle Length Leggings",
    ),
    # 29. Man in a colour-blocked tee: green body, navy shoulder panel and sleeves; grey joggers, white background.
    # caption, pattern, color, shirt color, details base; wearing vqa; material cap-e3.
    case(
        "MYN-M-TS-41275",
        caption("a man in a green and blue t-shirt"),
        B.pattern("color block"),
        B.color("green"),
        color_of("shirt", "grey", "other_garment_color", kind=O),
        wearing(
            "tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee, pants, tee",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a green body and blue sleeves and the", "cut"),
        B.material("The T-shirt is with cotton fabric and its neckline is round."),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Metro Tee Co Men Green & Navy Colourblocked Round Neck T-shirt",
    ),
    # 30. Woman in a black sleeveless bodycon midi dress, red heels, red clutch in her hand, white background.
    # caption, dress color, sleeve, material base; describe cap-e3; is_a vqa.
    case(
        "MYN-W-DR-31902",
        caption("a woman in a black dress holding a red purse"),
        color_of("dress", "red", "other_garment_color", kind=O),
        B.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory in her hand. The lady",
            "cut",
            hit_limit=True,
        ),
        B.material("the garment is made of material", "restated"),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: black Question: Is this a dress? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Loomera Women Black Bodycon Midi Dress",
    ),
    # 31. Boy in a white tee with a navy anchor print and navy shorts (a two-piece set), white background.
    # caption cap-e3; garment_type, shirt color, shorts color, wearing, details base; pattern vqa.
    case(
        "MYN-B-CS-70688",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short pants."
        ),
        B.garment_type("t-shirt"),
        color_of("shirt", "blue", "other_garment_color", kind=O),
        color_of("shorts", "navy blue", kind=O),
        wearing("she is wearing a white shirt and blue shorts", "pronoun", who="he"),
        details("shorts", "they are short", "non_answer"),
        B.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="Kidsville Boys Navy Blue & White Printed T-shirt with Shorts",
    ),
    # 32. Woman in a lavender oversized drop-shoulder tee (no logo, no print) and cream shorts, white background.
    # caption, color, shorts color, sleeve, details base; shirt color vqa; wearing cap-e1.
    case(
        "MYN-W-TS-34115",
        caption("a woman in a purple t-shirt and white shorts"),
        B.color("purple"),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind=O,
            hit_limit=True,
        ),
        color_of("shorts", "purple", "other_garment_color", kind=O),
        B.sleeve_length("short sleeves"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("shirt", "it has a logo on the front", "unsupported"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Loomera Women Lavender Solid Oversized T-shirt",
    ),
    # 33. Man in black slim distressed jeans with knee rips, grey marl tee, white sneakers, white background.
    # caption, jeans color, shirt color, pattern, material base; details cap-e3; garment_type vqa.
    case(
        "MYN-M-JE-10642",
        caption("a man in a grey shirt and black ripped jeans"),
        color_of("jeans", "grey", "other_garment_color", kind=O),
        color_of("shirt", "grey", kind=O),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        B.pattern("ripped"),
        B.garment_type(
            "denim Question: What type of garment is this? Answer: denim "
            "Question: What type of garment is this? Answer",
            "leak",
            hit_limit=True,
        ),
        B.material("leather", "contradiction"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Denim Route Men Black Slim Fit Mildly Distressed Jeans",
    ),
    # 34. Woman in a rust-orange flared Anarkali kurta with white bandhani dots, full sleeves, gold gota border at the
    # hem, rust churidar, warm backdrop. caption, pattern, garment_type, describe, kurta color base; sleeve vqa;
    # wearing cap-e3.
    case(
        "MYN-W-KU-52388",
        caption("a woman in an orange and white polka dot outfit"),
        B.pattern("polka dot"),
        B.garment_type("dress", "contradiction"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "an orange kurta with white dots and a gold border"),
        wearing(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is round.",
            "contradiction",
            who="she",
        ),
        color_of("kurta", "orange", kind=O),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Saanjh Ethnic Women Rust Orange Bandhani Print Anarkali Kurta",
    ),
    # 35. Waist-down shot: olive cargo shorts with flap side pockets, hem of a white tee, white sneakers.
    # caption cap-e3; shorts color, garment_type, details, color base; material vqa. (The caption's "short pants"
    # for cargo shorts is right; it is cut at the caption limit.)
    case(
        "MYN-M-SO-13517",
        caption(
            "The gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "green", kind=O),
        B.garment_type("shorts"),
        details("shorts", "they are shorts", "non_answer"),
        B.color("white", "contradiction"),
        B.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="Urbanedge Men Olive Green Solid Cargo Shorts",
    ),
    # 36. Woman in white wide-leg palazzos (elastic waist, no pockets visible) and a short green printed kurti, grey
    # backdrop. caption, color, pants color, describe, wearing base; is_a vqa.
    case(
        "MYN-W-PA-38304",
        caption("a woman in a green top and white pants"),
        B.color("green", "contradiction"),
        color_of("pants", "white", kind=O),
        is_a(
            "pair of pants",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "white pants with a drawstring and side pockets", "unsupported"),
        wearing("he is wearing a green shirt and white pants", "pronoun", who="she"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Aanchal Women White Solid Wide Leg Palazzos",
    ),
    # 37. Product-only shot: a black tee laid flat on a wooden table, small white brand logo on the chest. No person.
    # caption, color, wearing, pattern, material base; details cap-e3; sleeve vqa.
    case(
        "MYN-M-TS-41430",
        caption("a black t-shirt laying on a wooden table"),
        B.color("brown", "contradiction"),
        wearing("a black t-shirt", who="he"),
        details(
            "t-shirt",
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.pattern("logo"),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Sprintek Men Black Brand Logo Printed Round Neck T-shirt",
    ),
    # 38. Woman in a magenta lehenga skirt with gold embroidery, matching elbow-sleeve choli, pink net dupatta, in
    # front of a palace-style arch. caption cap-e1; color, garment_type, is_a, details base; material vqa.
    case(
        "MYN-W-LC-66051",
        caption(
            "The lady wears a long skirt. The skirt is with chiffon fabric and lattice patterns. The lady wears a long "
            "skirt. The skirt is with chiffon fabric and lattice patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("lehenga"),
        is_a("dress", "yes", "contradiction"),
        details("lehenga", "the lehenga details are the details of the lehenga", "restated"),
        B.material(
            "silk Question: What material is the garment made of? Answer: silk Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Rangmahal Magenta & Gold Embroidered Semi-Stitched Lehenga Choli",
    ),
    # 39. Man in a plain navy linen shirt with a mandarin collar, full sleeves, white trousers, by the sea. Seller
    # category missing. caption, shirt color, pants color, wearing base; describe cap-e3; pattern vqa.
    case(
        "MYN-M-SH-23655",
        caption("a man in a blue shirt and white pants standing by the ocean"),
        color_of("shirt", "blue", kind=O),
        color_of("pants", "blue", "other_garment_color", kind=O),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and it "
            "has a lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt with a floral print", "unsupported", who="he"),
        gender="Men",
        color="Navy Blue",
        title="Highfold Men Navy Blue Solid Linen Casual Shirt",
    ),
    # 40. Girl in a yellow kurta with a pink floral print and pink sharara pants, no dupatta, white background.
    # caption, pants color, color, describe base; wearing vqa.
    case(
        "MYN-G-KS-72540",
        caption("a little girl in a yellow and pink outfit"),
        wearing(
            "dress, skirt, dress, skirt, dress, skirt, dress, skirt, dress, skirt, dress, skirt, dress, skirt, dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("pants", "yellow", "other_garment_color", kind=O),
        B.color("yellow"),
        describe("kurta", "a yellow kurta with pink flowers and a matching dupatta", "unsupported"),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Kidsville Girls Yellow & Pink Printed Kurta with Sharara",
    ),
    # 41. Man in a blue-and-white horizontally striped polo, khaki shorts, in a park.
    # caption, details cap-e3; pattern, sleeve, color base.
    case(
        "MYN-M-TS-41587",
        caption(
            "The gentleman is wearing a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and "
            "it has a lapel. The gentleman wears a short pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel. The gentleman wears a short pants. The pants are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("", "non_answer"),
        B.color("blue and white"),
        gender="Men",
        category="Tshirts",
        color="Blue",
        title="NorthFold Men Blue & White Striped Polo T-shirt",
    ),
    # 42. Woman in a peach sleeveless culotte jumpsuit with a self-fabric tie belt, beige background.
    # caption, color, details, material base; garment_type vqa; wearing cap-e3.
    case(
        "MYN-W-JU-39118",
        caption("a woman in a peach jumpsuit"),
        B.garment_type(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        B.color("peach"),
        details("jumpsuit", "it has a belt"),
        B.material("what material is the garment made of", "restated"),
        wearing(
            "The gentleman is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric.",
            "pronoun",
            who="she",
        ),
        gender="Women",
        category="Jumpsuit",
        color="Peach",
        title="Loomera Women Peach Solid Culotte Jumpsuit with Belt",
    ),
    # 43. Boy in a plain red crew-neck sweatshirt and grey joggers, white background.
    # caption, pants color, wearing base; sleeve vqa.
    case(
        "MYN-B-SW-70931",
        caption("a boy in a red sweater and grey pants"),
        color_of("pants", "red", "other_garment_color", kind=O),
        wearing("she is wearing a red sweater", "pronoun", who="he"),
        B.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Red",
        title="Kidsville Boys Red Solid Sweatshirt",
    ),
    # 44. Woman in a white top with a tropical print of green leaves and orange flowers, short puff sleeves, blue
    # denim shorts, sunny outdoors. Seller color missing. caption, shorts color, pattern, details base; describe
    # cap-e3; material vqa.
    case(
        "MYN-W-TO-33502",
        caption("a woman wearing a tropical print top and denim shorts"),
        color_of("shorts", "blue", kind=O),
        describe(
            "top",
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short denim pants. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        details("top", "it's a top", "non_answer"),
        B.material(
            "cotton Question: What is the sleeve length of the garment? Answer:",
            "leak",
        ),
        gender="Women",
        category="Tops",
        title="Tokyo Lane Women Multicoloured Tropical Print Top",
    ),
]
