"""BLIND_150 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-first session. Measured blind at 1eaef26: 132/143 failures found
(92.3%) and 7/146 correct texts flagged (4.8%). The writer's notes, verbatim:

Blind corpus 150: BLIP-2 OPT-2.7b re-run on 44 products of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model and their three fine-tuned LoRA adapters are re-run on a random
    sample of 44 products of a Myntra-style marketplace: men's, women's and kids' clothing, western and ethnic, in
    about the proportions of such a catalog (T-shirts, shirts and kurtas most common; then tops, jeans, dresses,
    sarees, kurta sets, trousers, track pants, sweatshirts, jackets, shorts, leggings, lehengas and a few others).
    One product per item, one photo per product. Each item is asked enrich's default questionnaire (not always all
    of it), with a few "Is this a ...?" and "What is the color of the ...?" questions added. The seller's columns
    (gender, article type as `category`, base colour as `color`, product title as `title`) come from the
    marketplace as the seller wrote them; a few are missing.

Which system wrote which text
    - base: the untuned `Salesforce/blip2-opt-2.7b`; short answers that stop on their own.
    - cap1 / cap3: the caption adapters (`Data2_V2_BLIP2_Finetune_Caption_First_Epoch`, epoch 1, and
      `Data2_V2_Blip2_Finetune_Caption`, epoch 3); they answer every prompt with the DeepFashion-MultiModal caption
      template and, trained without an end token, mostly run to the token limit.
    - vqa: the VQA adapter (`Data3_V3_BLIP2_VQA`); short In-shop style answers that often never stop (loops) or
      continue the `Question: ... Answer:` format.
    The comment above each case describes the imagined photo and names the model of each text. Closed questions
    were answered by free generation and stored as closed texts (raw text kept).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a(), color_of(), question(), case() and TARGETS). No audit code,
    no other corpus, no docs. Nothing was run but an import check of this file and a count of its own labels.

Label conventions and judgement calls
    - Every label is judged against the imagined photo in the comment above the case; the seller columns are taken
      as true unless the comment says otherwise.
    - One label per text. A text that ran to the token limit (30 new tokens for answers, 50 for captions,
      hit_limit=True) and stops mid-phrase is `cut`, whatever else is wrong in it, unless it loops (`loop`) or
      repeats the `Question: ... Answer:` format (`leak`). A few texts are cut mid-phrase before the limit
      (hit_limit=False); they are `cut` too.
    - Near-color synonyms are correct: navy / dark blue, off-white / cream / white, maroon / burgundy / dark red,
      mustard / yellow, olive / green, teal / turquoise / green, peach / light pink, lavender / purple, charcoal /
      dark grey, grey melange / grey, beige / khaki.
    - A patterned garment's colors given together ("blue and white" for a striped shirt) are correct; the color of
      the print alone for the ground color (pink for a navy dress with pink flowers) is `contradiction`.
    - A color that belongs to another garment the person wears, given as the product's color, is
      `other_garment_color` (the other garment's color is named in another text of the case). A color of the
      background, wall, table or curtain given as the product's color is `contradiction`.
    - Captions that name the background ("in front of a pink wall") or several layers are correct when true.
    - A garment type the seller's article type contradicts ("dress" for a kurta, a lehenga or an anarkali kurta;
      "sweater" for a kurta; "shirt" for chinos) is `contradiction`; In-shop class names that fit are correct ("vest"
      for a Nehru jacket, "pants" for palazzos or track pants, "cardigan" for a shrug, "hoodie" for a sweatshirt).
    - A sleeve answer that contradicts the photo, or gives another garment's sleeves, is `contradiction`.
    - `unsupported`: invented details a photo cannot support or that are not there: brands, blends and origins,
      sizes, occasions, hidden zips, pockets or bows that are not visible, a person in a product shot, a material
      the seller's title contradicts. The caption template's fabric phrase ("with cotton fabric") is not counted as
      unsupported when the fabric is plausible; a plausible material answer to the material question is correct.
    - `non_answer`: an empty answer, or only the question's or garment's words back ("they are shorts", "it is a
      garment"), or the caption template returned for a question it does not answer.
    - `restated`: a verbose answer built from the question's own words ("the garment is made of the material of the
      garment").
    - `pronoun`: a person of the wrong gender for the seller's gender ("she", "a woman", "the lady" for Men or Boys;
      "he" for Women or Girls); only where the gender column is present.
    - A product shot without a person: naming the garment shown answers "What is the person wearing?".
    - Adapter texts that stopped on their own are allowed and are judged on their content.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_150: list[Case] = [
    # 1. Man in a navy crew-neck T-shirt, light-blue jeans, plain grey studio backdrop.
    # caption: cap3; wearing, color, sleeve_length: base; details: vqa.
    case(
        "MYN-TS-20411",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.color("navy blue"),
        D.sleeve_length("short"),
        D.details(
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, the "
            "hem, the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Man in a blue-and-white vertically striped full-sleeve shirt, sleeves rolled up to the elbow, khaki
    # chinos, white background.
    # caption, color, pattern, sleeve_length: base; wearing: cap1 (stopped on its own); description: cap3 (stopped
    # on its own); details: vqa.
    case(
        "MYN-SH-11873",
        caption("a man in a blue and white striped shirt"),
        D.wearing("The man wears a long-sleeve shirt with striped patterns and a long trousers."),
        D.color("blue and white"),
        D.pattern("striped"),
        # full-sleeve shirt with the sleeves rolled up: "short" is wrong
        D.sleeve_length("short", failure="contradiction"),
        D.description(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt has long sleeves and striped "
            "patterns."
        ),
        D.details(
            "Question: What are the details of the garment? Answer: the shirt has a collar and buttons",
            failure="leak",
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HIGHLANDER Men Blue & White Slim Fit Striped Casual Shirt",
    ),
    # 3. Woman in a mustard straight kurta with a blue floral block print, three-quarter sleeves, white palazzos,
    # standing in front of a pale pink wall.
    # caption, wearing, color, pattern, sleeve_length, is_a: base; description: cap3 (stopped on its own).
    case(
        "MYN-KU-30266",
        caption("a woman in a yellow kurta standing in front of a pink wall"),
        D.wearing("a yellow kurta and white pants"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter"),
        # a kurta called a dress (the template has no kurta)
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The dress is "
            "of long length.",
            failure="contradiction",
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & Blue Printed Straight Kurta",
    ),
    # 4. Man in a white crew-neck T-shirt worn untucked, mid-blue skinny jeans, white sneakers, grey backdrop, full
    # length. The product is the jeans.
    # caption: cap3; wearing, color, color_of, garment_type: base; details: cap3; description: vqa.
    case(
        "MYN-JE-08145",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and solid color "
            "patterns. He",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white", failure="other_garment_color"),
        color_of("jeans", "blue"),
        D.garment_type("jeans"),
        D.details(
            "The pants are of long length. The pants are with denim fabric and pure color patterns. The pants are "
            "of long length. The pants are with denim fabric and",
            failure="loop",
            hit_limit=True,
        ),
        D.description("the garment is described as the garment the person is wearing", failure="restated"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 5. Woman in a black sleeveless square-neck top, light-wash jeans, white brick wall behind.
    # caption, wearing, color, sleeve_length, material: base; description: cap1; details: vqa.
    case(
        "MYN-TP-55102",
        caption("a woman in a black top and jeans posing in front of a white brick wall"),
        D.wearing("a black tank top and blue jeans"),
        D.color("black"),
        D.sleeve_length("long", failure="contradiction"),
        D.description(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is square. The "
            "lady wears a long denim pants. The pants are with denim fabric and",
            failure="cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details(
            "the top has a square neckline and the top has a square neckline and the top has a square neckline and "
            "the top has",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Top",
    ),
    # 6. Model in a red Kanjeevaram saree with a wide gold zari border, matching red blouse, gold jhumkas, in front
    # of a carved wooden door.
    # caption, color, garment_type: base; wearing: cap3; is_a, details: vqa.
    case(
        "MYN-SA-71930",
        caption("a woman in a red saree with gold border"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with",
            failure="cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("saree"),
        is_a("dress", "yes", failure="contradiction"),
        D.details(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Woven Design Kanjeevaram Silk Blend Saree",
    ),
    # 7. Woman in a navy A-line midi dress with small pink flowers, short puff sleeves, round neck, no belt, in a
    # garden with green bushes.
    # caption, wearing, color, pattern, sleeve_length, details: base; description: cap3.
    case(
        "MYN-DR-40318",
        caption("a woman in a blue floral dress standing in a garden"),
        D.wearing("a dress"),
        # the print's color for the ground color
        D.color("pink", failure="contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress "
            "is of medium length. The lady wears a short-sleeve dress with floral patterns. The dress",
            failure="loop",
            hit_limit=True,
        ),
        D.details("the dress has a v-neck and a belt", failure="unsupported"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="SHAYE Women Navy Blue & Pink Floral Print A-Line Dress",
    ),
    # 8. Boy of about eight in a yellow T-shirt with a blue dinosaur print, navy shorts, white background.
    # caption, color, pattern, description: base; wearing, details: vqa.
    case(
        "MYN-KT-62077",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it"),
        D.wearing("a yellow t-shirt and blue shorts"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.description("she is wearing a yellow shirt with a dinosaur", failure="pronoun"),
        D.details(
            "the dinosaur, the dinosaur, the dinosaur, the dinosaur, the dinosaur, the dinosaur, the dinosaur, the "
            "dinosaur, the dinosaur, the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Round Neck T-shirt",
    ),
    # 9. Man in an off-white self-design (jacquard) knee-length kurta, white churidar, brown mojaris, in front of a
    # maroon velvet curtain.
    # caption, color, wearing, garment_type, pattern: base; details: cap3; material: vqa.
    case(
        "MYN-MK-19024",
        caption("a man in a white kurta standing in front of a red curtain"),
        D.color("cream"),
        D.wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        # tone-on-tone weave reads as solid in the photo
        D.pattern("solid"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton",
            failure="cut",
            hit_limit=True,
        ),
        D.material(
            "silk Question: What material is the garment made of? Answer: silk Question: What material is the "
            "garment made of? Answer: silk Question:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Self Design Straight Kurta",
    ),
    # 10. Woman in a pink kurta with gold yoke embroidery, matching pink palazzos, pink-and-gold dupatta over one
    # shoulder, three-quarter sleeves, white background.
    # caption: cap1; wearing, color, details, sleeve_length: base; garment_type, description: vqa.
    case(
        "MYN-KS-33781",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta with a dupatta"),
        D.color("pink"),
        D.garment_type("sweater", failure="contradiction"),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            failure="loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details on the garment", failure="restated"),
        D.sleeve_length("three-quarter"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Yoke Design Kurta with Palazzos & With Dupatta",
    ),
    # 11. Man jogging on a running track in black track pants, grey T-shirt.
    # caption, wearing, color, garment_type, material, description: base; details: cap3.
    case(
        "MYN-TR-90552",
        caption("a man running on a track in black pants"),
        D.wearing("a grey t-shirt and black pants"),
        D.color("grey", failure="other_garment_color"),
        D.garment_type("pants"),
        D.details(
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. This gentleman wears a pair of sneakers. The pants",
            failure="cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        D.description("it is a garment", failure="non_answer"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 12. Product shot, no person: mid-blue skinny jeans laid flat on a white background, front view (back pockets
    # not visible, no logo visible).
    # caption, wearing, color, garment_type, is_a: base; description: cap3; details: vqa.
    case(
        "MYN-WJ-27460",
        caption("a pair of blue jeans on a white background"),
        D.wearing("a pair of jeans"),
        D.color("blue"),
        D.garment_type("jeans"),
        D.description(
            "The lady wears a long denim pants. The pants are with denim fabric and pure color patterns. The lady "
            "wears a long denim pants. The pants are with denim fabric and pure color",
            failure="loop",
            hit_limit=True,
        ),
        D.details("the jeans have a zipper and a button and a back pocket with a logo", failure="unsupported"),
        is_a("jeans", "yes", article="a pair of"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Women Blue Skinny Fit High-Rise Clean Look Stretchable Jeans",
    ),
    # 13. Man in a grey melange pullover hoodie with a kangaroo pocket, hood down, black joggers, concrete wall.
    # caption: cap3; wearing, color, garment_type: base; description, details: vqa; material: cap1
    # (stopped on its own).
    case(
        "MYN-SW-50913",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is hooded. The pants are with cotton fabric and solid color patterns. "
            "There",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.color("gray"),
        D.garment_type("hoodie"),
        D.description("the hoodie is black", failure="other_garment_color"),
        D.details(
            "Question: What are the details of the garment? Answer: hood Question: What are the details of the "
            "garment? Answer: hood Question:",
            failure="leak",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants.",
            failure="non_answer",
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 14. Woman in a long white chikankari kurta to the knee over black ankle-length leggings, beige background. The
    # product is the leggings.
    # caption, wearing, color, garment_type, color_of: base; description: cap3.
    case(
        "MYN-LG-14408",
        caption("a woman in a white kurta and black leggings"),
        D.wearing("a white dress", failure="contradiction"),
        D.color("white", failure="other_garment_color"),
        D.garment_type("leggings"),
        color_of("leggings", "black"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of long length. The lady wears a long-sleeve dress with pure color patterns. The",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 15. Man in an olive nylon bomber jacket, open, over a white crew-neck T-shirt, black jeans, street with a red
    # brick building behind.
    # caption, wearing, color, garment_type, material: base; description, sleeve_length: vqa; details: cap3.
    case(
        "MYN-JK-88236",
        caption("a man wearing a green jacket and a white shirt standing in front of a brick building"),
        D.wearing("a green jacket, white t-shirt and black jeans"),
        D.color("olive"),
        D.garment_type("jacket"),
        D.description("the jacket is white with a zipper", failure="other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. There is an accessory on his wrist. The gentleman wears a long-sleeve",
            failure="cut",
            hit_limit=True,
        ),
        # matte nylon shell: leather is not supported by the photo
        D.material("leather", failure="unsupported"),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 16. Girl of about six in a pink sleeveless tulle fit-and-flare party dress with a sequined bodice, no flowers,
    # back not visible, holding a small teddy bear, white backdrop.
    # caption, color, sleeve_length, details: base; wearing, pattern: vqa; description: cap1.
    case(
        "MYN-GD-70645",
        caption("a little girl in a pink dress holding a teddy bear"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of short length. There is an accessory on her wrist. This lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        D.details("the dress has a bow on the back", failure="unsupported"),
        D.pattern("floral", failure="contradiction"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Fit and Flare Dress",
    ),
    # 17. Woman in a white T-shirt with a black "RUN THE WORLD" print, grey joggers, gym with black equipment.
    # caption: cap3; wearing, color, pattern, description: base; details: vqa.
    case(
        "MYN-WT-36120",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt that says run the world"),
        D.color("white"),
        D.pattern("graphic"),
        # ground and print colors swapped
        D.description("a black t-shirt with white letters", failure="contradiction"),
        D.details(
            "the words run the world, the words run the world, the words run the world, the words run the world, the "
            "words",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Women White Typography Printed Round Neck T-Shirt",
    ),
    # 18. Man in a maroon full-sleeve formal shirt tucked into charcoal trousers, black belt, office with glass walls.
    # caption, wearing, color, sleeve_length, details: base; description: cap3; material: vqa.
    case(
        "MYN-FS-24719",
        caption("a man in a burgundy shirt and grey pants"),
        D.wearing("a dark red shirt and gray pants"),
        D.color("burgundy"),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The",
            failure="cut",
            hit_limit=True,
        ),
        D.details("she is wearing a maroon shirt with a collar and buttons", failure="pronoun"),
        D.material("the garment is made of the material of the garment", failure="restated"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Louis Philippe Men Maroon Slim Fit Solid Formal Shirt",
    ),
    # 19. Man in a navy polo shirt tucked into beige chinos, brown loafers, white studio. The product is the chinos.
    # caption, wearing, color, color_of, garment_type: base; description: cap1; details: vqa.
    case(
        "MYN-CH-61184",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue shirt and khaki pants"),
        D.color("navy", failure="other_garment_color"),
        color_of("pants", "khaki"),
        D.garment_type("shirt", failure="contradiction"),
        D.description(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a long trousers. The polo "
            "shirt is with cotton fabric and its neckline is lapel. The trousers are with cotton fabric",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "the pants have pockets and a belt loop and a zipper and a button and a pockets and a belt loop and a "
            "zipper",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Highlander Men Beige Slim Fit Chinos",
    ),
    # 20. Model in a bottle-green lehenga with heavy gold embroidery, green blouse, sheer gold dupatta over the head,
    # palace courtyard behind.
    # caption, wearing, color, details, pattern: base; garment_type, material: vqa; description: cap3.
    case(
        "MYN-LC-05527",
        caption("a woman in a green and gold lehenga"),
        D.wearing("a green lehenga"),
        D.color("green"),
        D.garment_type("dress", failure="contradiction"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "of long length. There is an accessory on her wrist. The lady wears a ring. The",
            failure="cut",
            hit_limit=True,
        ),
        D.details("gold embroidery"),
        D.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            failure="loop",
            hit_limit=True,
        ),
        D.pattern("embroidered"),
        gender="Women",
        category="Lehenga Choli",
        color="Green",
        title="Mitera Green & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 21. Lower half of a man: grey melange knit shorts with a drawstring, the hem of a white T-shirt visible, white
    # background. Gender and title missing from the seller's columns.
    # caption, wearing, color, description: base; details, color_of: vqa; material: cap3.
    case(
        "MYN-SH-47390",
        caption("a man in grey shorts and a white t-shirt"),
        D.wearing("grey shorts"),
        D.color("gray"),
        D.description("they are shorts", failure="non_answer"),
        D.details("drawstring waist Question: What is the color of the garment? Answer: grey", failure="leak"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", failure="other_garment_color", kind="open"),
        category="Shorts",
        color="Grey Melange",
    ),
    # 22. Woman in a peach flutter-sleeve top with a round neck, white jeans, beige background.
    # caption, color, sleeve_length, description, details, material: base; wearing: base, cut before the limit.
    case(
        "MYN-TP-58833",
        caption("a woman in a light pink top and white jeans"),
        D.color("peach"),
        D.wearing("a woman wearing a peach top and", failure="cut"),
        D.sleeve_length("short"),
        D.description("the top is white", failure="other_garment_color"),
        D.details("ruffle sleeves"),
        D.material("fabric", failure="non_answer"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Harpa Women Peach-Coloured Solid Top",
    ),
    # 23. Woman in a cobalt-blue straight kurta with a white floral print, side slits, white cigarette pants, yellow
    # wall behind. Title missing.
    # caption, color, pattern, garment_type, details: base; wearing: vqa; description: cap3.
    case(
        "MYN-KU-31907",
        caption("a woman in a blue and white kurta standing in front of a yellow wall"),
        D.color("yellow", failure="contradiction"),
        D.pattern("floral"),
        D.wearing("he is wearing a blue kurta", failure="pronoun"),
        D.garment_type("kurta"),
        D.description(
            "The lady wears a medium-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is v-shape. The trousers are with cotton",
            failure="cut",
            hit_limit=True,
        ),
        D.details("side slits and white flowers"),
        gender="Women",
        category="Kurtas",
        color="Blue",
    ),
    # 24. Man in a white polo shirt with a small navy U.S. Polo logo on the chest, navy shorts, beach with blue sea.
    # caption: cap1; wearing, color, garment_type, description: base; details, is_a: vqa.
    case(
        "MYN-PO-77251",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a short pants. The polo shirt "
            "is with cotton fabric and its neckline is lapel. The pants are with cotton",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and blue shorts"),
        D.color("blue", failure="other_garment_color"),
        D.garment_type("polo shirt"),
        D.description("a white polo shirt with a horse logo on the chest, made by ralph lauren", failure="unsupported"),
        D.details(
            "the collar, the buttons, the logo, the collar, the buttons, the logo, the collar, the buttons, the logo, "
            "the collar",
            failure="loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # 25. Boy of about five in a cream kurta and cream pyjama, holding a lit diya, festive fairy lights behind.
    # caption, wearing, color, description, sleeve_length: base; details: cap3; material: vqa.
    case(
        "MYN-BK-42068",
        caption("a little boy in a white kurta holding a candle"),
        D.wearing("a white kurta and pajamas"),
        D.color("white"),
        D.description("a girl in a white dress", failure="pronoun"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: cotton", failure="leak"),
        D.sleeve_length("long"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Kisah Boys Cream-Coloured Solid Kurta with Pyjamas",
    ),
    # 26. Woman in a red cable-knit crew-neck pullover, blue jeans, white studio.
    # caption, color, pattern, description, garment_type: base; wearing: vqa; details: cap1.
    case(
        "MYN-SWW-16592",
        caption("a woman in a red sweater"),
        D.wearing(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            failure="loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("cable knit"),
        D.description("a red sweater made of 100% merino wool, perfect for winter", failure="unsupported"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric and its neckline is round. The pants are with denim",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        gender="Women",
        category="Sweaters",
        color="Red",
        title="Marks & Spencer Women Red Cable Knit Pullover",
    ),
    # 27. Woman in a short black kurti over white flared palazzos with a black leaf print, white background. The
    # product is the palazzos.
    # caption: cap3; wearing, color, garment_type, details: base; description, material: vqa.
    case(
        "MYN-PZ-83315",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a black top and white pants"),
        D.color("black", failure="other_garment_color"),
        D.garment_type("pants"),
        D.description("the pants are pants", failure="non_answer"),
        D.details("she is wearing white pants with black leaves"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Women White Printed Flared Palazzos",
    ),
    # 28. Man in a navy straight kurta with placket buttons, white pyjama, black studio background.
    # caption, wearing, color, details, sleeve_length: base; description: vqa.
    case(
        "MYN-MK-26650",
        caption("a man in a dark blue kurta"),
        D.wearing("a woman wearing a blue dress", failure="pronoun"),
        # the studio background's color
        D.color("black", failure="contradiction"),
        D.description(
            "Answer: a navy blue kurta Answer: a navy blue kurta Answer: a navy blue kurta Answer: a navy blue kurta "
            "Answer:",
            failure="leak",
            hit_limit=True,
        ),
        D.details("buttons on the placket"),
        D.sleeve_length("long"),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Men Navy Blue Solid Straight Kurta",
    ),
    # 29. Woman in a black long-sleeve bodycon midi dress, gold necklace, red wall behind.
    # caption, color, wearing: base; sleeve_length, details: vqa; description: cap3.
    case(
        "MYN-DR-49871",
        caption("a woman in a black dress posing in front of a red wall"),
        D.color("red", failure="contradiction"),
        D.sleeve_length("short", failure="contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of long length. There is an accessory in her neck. The lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "the dress, the dress, the dress, the dress, the dress, the dress, the dress, the dress, the dress, the "
            "dress, the",
            failure="loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and a gold necklace"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Women Black Solid Bodycon Midi Dress",
    ),
    # 30. Woman in a teal poly-georgette saree with a small white-and-pink floral print, teal blouse, outdoor greenery.
    # caption, color, pattern, material, is_a: base; wearing: cap3; details: vqa.
    case(
        "MYN-SA-74402",
        caption("a woman in a green saree"),
        D.color("turquoise"),
        D.pattern("floral"),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and",
            failure="cut",
            hit_limit=True,
        ),
        # the seller's title says poly georgette
        D.material("silk", failure="unsupported"),
        D.details(
            "pink flowers pink flowers pink flowers pink flowers pink flowers pink flowers pink flowers pink flowers "
            "pink flowers pink flowers",
            failure="loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal Printed Poly Georgette Saree",
    ),
    # 31. Girl of about ten in a lavender short-sleeve top with a white butterfly print, denim shorts, park behind.
    # caption, wearing, description, pattern: base; color: vqa; details: cap1.
    case(
        "MYN-GT-53016",
        caption("a young girl in a purple shirt with butterflies"),
        D.wearing("a purple top and blue shorts"),
        D.color("blue", failure="other_garment_color"),
        D.description("he is wearing a purple shirt", failure="pronoun"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The denim pants",
            failure="cut",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        gender="Girls",
        category="Tops",
        color="Lavender",
        title="Cherry Crumble Girls Lavender Printed Top",
    ),
    # 32. Man in a maroon brocade Nehru jacket (sleeveless) over a white long-sleeve kurta, white churidar, wedding
    # decor with marigolds behind.
    # caption, wearing, color, garment_type, sleeve_length: base; description: cap3; details: vqa.
    case(
        "MYN-NJ-68227",
        caption("a man in a white kurta and a red vest"),
        D.wearing("a kurta and a vest"),
        D.color("white", failure="other_garment_color"),
        D.garment_type("vest"),
        # the kurta's sleeves, not the sleeveless jacket's
        D.sleeve_length("long", failure="contradiction"),
        D.description(
            "The gentleman wears a sleeveless vest with lattice patterns. The vest is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long-sleeve shirt with pure color patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: buttons", failure="leak"),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Men Maroon Woven Design Nehru Jacket",
    ),
    # 33. Woman in a green-and-white gingham shirt, full sleeves, worn open over a white tank top, blue jeans. One
    # chest pocket, white buttons.
    # caption, pattern, color, wearing, details: base; description, sleeve_length: vqa.
    case(
        "MYN-WS-39504",
        caption("a woman in a green and white checkered shirt"),
        D.pattern("plaid"),
        D.color("green and white"),
        D.wearing("a green shirt, a white tank top and jeans"),
        D.description(
            "green and white checkered shirt with green and white checkered shirt with green and white checkered "
            "shirt with green and",
            failure="loop",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on each side of the chest and gold buttons", failure="unsupported"),
        D.sleeve_length("Answer: long", failure="leak"),
        gender="Women",
        category="Shirts",
        color="Green",
        title="Women Green & White Regular Fit Checked Casual Shirt",
    ),
    # 34. Product shot, no person: black slim jeans folded on a brown wooden table.
    # caption, color, material: base; wearing, details: vqa; description: cap3.
    case(
        "MYN-JE-09972",
        caption("a pair of black jeans on a wooden table"),
        D.wearing("a man is wearing a black jeans", failure="unsupported"),
        # the table's color
        D.color("brown", failure="contradiction"),
        D.description(
            "The gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a long denim pants. The pants are with denim fabric and pure color",
            failure="loop",
            hit_limit=True,
        ),
        D.details("the jeans are jeans", failure="non_answer"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Roadster Men Black Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 35. Woman in an olive sleeveless jumpsuit with a tie belt at the waist, no pockets on the chest, white
    # sneakers, white background.
    # caption: cap1; wearing, garment_type, details, sleeve_length: base; color, description: vqa.
    case(
        "MYN-JS-21189",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is v-shape. The romper is of long length. There is an accessory on her",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit"),
        D.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            failure="loop",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.details("a belt at the waist and two zip pockets on the chest", failure="unsupported"),
        D.description("the description of the garment is the garment", failure="restated"),
        D.sleeve_length("sleeveless"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Women Olive Green Solid Basic Jumpsuit",
    ),
    # 36. Boy in a red T-shirt and navy shorts with an elastic waist, sandy playground. The product is the shorts.
    # Title missing.
    # caption, color, details, garment_type: base; wearing: cap3 (stopped on its own); description: vqa.
    case(
        "MYN-BS-60431",
        caption("a little boy in a red shirt and blue shorts"),
        D.color("red", failure="other_garment_color"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants.", failure="pronoun"
        ),
        D.description(
            "navy blue shorts with elastic waist navy blue shorts with elastic waist navy blue shorts with elastic "
            "waist navy blue shorts",
            failure="loop",
            hit_limit=True,
        ),
        D.details("", failure="non_answer"),
        D.garment_type("shorts"),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
    ),
    # 37. Woman in a maroon flared Anarkali kurta with a gold ethnic-motif print, three-quarter sleeves, cream wall.
    # caption, color, details: base; garment_type, wearing, sleeve_length: vqa; description: cap3.
    case(
        "MYN-AK-37745",
        caption("a woman in a maroon anarkali kurta"),
        D.color("maroon"),
        D.garment_type("dress", failure="contradiction"),
        D.wearing(
            "Question: What is the person wearing? Answer: anarkali Question: What is the person wearing? Answer: "
            "anarkali Question: What",
            failure="leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The dress "
            "is of long length. There is an accessory on her wrist. The lady wears",
            failure="cut",
            hit_limit=True,
        ),
        D.details("gold print"),
        D.sleeve_length(
            "the sleeves are long and the sleeves are long and the sleeves are long and the sleeves are long and the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Women Maroon Ethnic Motifs Printed Anarkali Kurta",
    ),
    # 38. Man in a red T-shirt with a white "STAY WILD" print, black joggers, graffiti wall behind.
    # caption: cap3; wearing, color, description: base; details, material: vqa.
    case(
        "MYN-TS-29836",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red t-shirt", failure="pronoun"),
        D.color("red"),
        D.details(
            "stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay "
            "wild stay wild stay wild stay",
            failure="loop",
            hit_limit=True,
        ),
        D.description(
            "a red t-shirt with a white print that says stay wild, available in sizes s to xxl", failure="unsupported"
        ),
        D.material("the material of the garment is the material", failure="restated"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Roadster Men Red Typography Printed Round Neck T-shirt",
    ),
    # 39. Woman in a black-and-white horizontally striped A-line midi skirt, white T-shirt tucked in, white
    # background. No slit, no zip visible.
    # caption, color, pattern, description: base; wearing: cap1; details: vqa.
    case(
        "MYN-SK-85160",
        caption("a woman in a black and white striped skirt"),
        D.color("black and white"),
        D.pattern("striped"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with",
            failure="cut",
            hit_limit=True,
        ),
        D.description(
            "the skirt is black with white stripes and has a slit on the left side and a hidden zip",
            failure="unsupported",
        ),
        D.details("stripes Answer: stripes Answer: stripes Answer:", failure="leak"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Women Black & White Striped A-Line Midi Skirt",
    ),
    # 40. Man in a charcoal crew-neck pullover with a white shirt collar showing at the neck, blue jeans, white
    # background.
    # caption, color, material: base; wearing, details: vqa; description: cap3.
    case(
        "MYN-MS-12257",
        caption("a man in a gray sweater and jeans"),
        D.color("dark grey"),
        D.wearing("a grey sweater over a white shirt"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with knitting fabric and its neckline is round. The pants are with denim fabric",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "white collar white collar white collar white collar white collar white collar white collar white collar "
            "white collar white collar",
            failure="loop",
            hit_limit=True,
        ),
        D.material("the sweater is made of wool and cashmere blend from italy", failure="unsupported"),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Men Charcoal Grey Solid Pullover Sweater",
    ),
    # 41. Woman in light grey melange joggers with cuffed ankles and a drawstring, black sports bra, open black zip
    # jacket, gym. Gender missing from the seller's columns.
    # caption, color, details: base; wearing: cap3; description: vqa.
    case(
        "MYN-JG-94418",
        caption("a woman in a black jacket and grey pants"),
        D.color("black", failure="other_garment_color"),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric",
            failure="cut",
            hit_limit=True,
        ),
        D.description("the description of the garment is a grey garment", failure="restated"),
        D.details("cuffs at the ankles and a drawstring"),
        category="Track Pants",
        color="Grey Melange",
        title="Women Grey Melange Solid Joggers",
    ),
    # 42. Girl of about seven in a mustard kurta with a red bandhani print, mustard sharara, red dupatta; festive
    # background with orange marigold garlands.
    # caption: cap1; wearing, color, material: base; description: vqa.
    case(
        "MYN-GK-56793",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. There is an accessory on her wrist. The lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a yellow outfit with a red scarf"),
        D.color("red", failure="other_garment_color"),
        D.description("he is wearing a yellow kurta", failure="pronoun"),
        D.material("", failure="non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Mustard",
        title="Girls Mustard Yellow Printed Kurta with Sharara & Dupatta",
    ),
    # 43. Woman in a black long-sleeve open-front shrug over a white sleeveless top and blue jeans, white background.
    # caption, color, garment_type, sleeve_length: base; description: cap3.
    case(
        "MYN-SR-48120",
        caption("a woman in a black cardigan and white top"),
        D.color("white", failure="other_garment_color"),
        D.garment_type("cardigan"),
        # the top's sleeves, not the shrug's
        D.sleeve_length("sleeveless", failure="contradiction"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with denim",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shrug",
        color="Black",
        title="Women Black Solid Open Front Shrug",
    ),
    # 44. Man in a red-and-navy tartan checked shirt, full sleeves, buttoned, one chest pocket, beige chinos, autumn
    # park behind. Base colour missing.
    # caption, color, wearing: base; pattern, details: vqa; description: cap3.
    case(
        "MYN-SH-13688",
        caption("a man in a red and blue plaid shirt"),
        D.pattern(
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid "
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            failure="loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.wearing("a woman wearing a plaid shirt", failure="pronoun"),
        D.details(
            "Question: What are the details of the garment? Answer: the shirt has a pocket Question: What are the "
            "details of the garment? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Red & Navy Blue Checked Casual Shirt",
    ),
]
