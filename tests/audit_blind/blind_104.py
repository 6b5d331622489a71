"""BLIND_104 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the nineteenth session. Measured blind at 9a55aae: 134/141 failures found
(95.0%) and 4/142 correct texts flagged (2.8%). The writer's notes, verbatim:

Blind corpus 104: BLIP-2 OPT-2.7b texts on 44 imagined products of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a random sample of 44
    products (one product per item) of a Myntra-style marketplace: men's, women's and kids' clothing, western and
    ethnic, weighted roughly as such a catalog is (T-shirts, shirts, kurtas and tops most common). Each product has
    a caption and answers to enrich's default questionnaire (DEFAULT_QUESTIONS; for one product the closed
    questions of BLIND_QUESTIONS), plus a few is_a yes/no and color_of questions. Only some of each product's
    answers are kept here. Seller columns (gender, article type as category, base colour as color, title) come from
    the marketplace; a few are missing (sku 0115 has no title, 0135 no colour, 0141 no article type, 0144 no
    gender).

Who wrote which text (named again in the comment above each case)
    - base: untuned Salesforce/blip2-opt-2.7b. It stops properly and gives short answers, but gets colors wrong
      (one color for every garment, the wall's or the other garment's color), gets pronouns wrong and makes up
      details.
    - caption ep1 / caption ep3: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch and ..._Finetune_Caption.
      They return the DeepFashion-MultiModal caption template (no hue names, "pure color patterns") for every
      prompt, never stop, and so are cut at the token limit or loop.
    - VQA: leoreigoto/Data3_V3_BLIP2_VQA. It answers with In-shop classes and pattern labels ("pure color",
      "lattice", "graphic"), loops, and leaks the "Question: ... Answer:" format because the prompt was in the
      labels. Its yes/no answers are usually short.

How it was written
    Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the makers
    and TARGETS), nothing else of the project, and ran only an import check of this file. The photos are imagined;
    the comment above each case describes the photo that every label was checked against.

Label conventions and judgement calls
    - One label per text, the main failure. A text cut at the token limit (hit_limit=True; 30 new tokens for
      answers, 50 for captions) is "cut", even when the template text before the cut is also vague or wrong. Two cuts
      stop before the limit (hit_limit=False).
    - Loops and leaks run to the limit too, so they have hit_limit=True, but they are labelled "loop" and "leak".
      A text that repeats "Question: ..."/"Answer:" is a leak, even when it also repeats itself.
    - Colors that are close are correct: navy blue ~ dark blue; off white ~ white/cream; maroon ~ burgundy;
      mustard ~ yellow; olive ~ green; charcoal ~ dark grey; beige ~ khaki; teal ~ turquoise/green;
      lavender ~ purple; peach ~ pink (light pink); grey melange ~ grey. Two colors for a striped or printed
      garment ("white with blue stripes", "red and gold") are correct.
    - A wrong color in a closed answer (the garment's color as the wall's, the background's or another
      garment's) is "contradiction". In an open answer (description, or color_of asked with kind="open"), the color of
      another garment in the photo is "other_garment_color"; so is describing the other garment instead of the product.
    - A pattern or class label given as a color ("pure color", "striped", "lattice", "graphic") is "non_answer";
      so are "it is a top", "they are jeans" and "they are short" given as the details or description, and
      an empty answer.
    - Answers that only repeat the question's words ("the details of the garment are the details of the garment",
      "the garment is made of fabric") are "restated".
    - "unsupported" is a detail the photo cannot show or does not have: brand logos not there, fiber percentages,
      care labels, pockets or zips not seen, accessories that come "with" the product. A plain fabric type that the
      photo makes plausible (denim for jeans, cotton for a tee, wool for a cable knit, silk for a silk saree) is
      correct.
    - "pronoun" is he/she given against the person in the photo (and the seller's gender); "lady" in the caption
      template for a girl is not a pronoun failure.
    - Captions that name the background ("against a grey wall", "on the beach") and products shot without a person
      are correct when the garment is right. Describing the outer layer and the inner layer in a caption or a
      "wearing" answer is correct.
    - An anarkali or kurta set called a "kurta" is correct; calling a kurta a dress (is_a "dress": yes) is a
      contradiction; the VQA adapter saying "no" to "Is this a saree?" for a saree is a contradiction.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_104: list[Case] = [
    # 0101. Man in a plain navy crew-neck tee, light-blue jeans, white studio background.
    # caption: caption ep3; wearing, color, pattern: base; details: caption ep3; color_of: VQA.
    case(
        "MYN-M-TS-0101",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears long trousers. The trousers are with denim fabric "
            "and solid color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "pure color", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 0102. Man in a white long-sleeve shirt and black jeans in front of a grey wall (the "grey" failure).
    # caption, wearing, both color_of, sleeve_length: base; description: caption ep1; is_a: VQA.
    case(
        "MYN-M-SH-0102",
        caption("a man in a white shirt and black jeans standing against a grey wall"),
        D.wearing("a white shirt and black jeans"),
        color_of("shirt", "grey", "contradiction"),
        color_of("jeans", "grey", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The man wears long",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Casual Shirt",
    ),
    # 0103. Waist-down shot of a man: mid-blue skinny jeans, white sneakers, hem of a white tee; white background.
    # caption, garment_type, color, material, wearing: base; color_of: VQA; details: caption ep3.
    case(
        "MYN-M-JN-0103",
        caption("a pair of blue jeans and white sneakers"),
        D.garment_type("jeans"),
        D.color("blue"),
        color_of(
            "jeans",
            "solid color solid color solid color solid color solid color solid color solid color solid color solid "
            "color solid color",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The pants are "
            "with denim fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        D.wearing("she is wearing blue jeans and white sneakers", "pronoun"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
    ),
    # 0104. Man in an off-white knee-length kurta and white pyjama, in front of a brown wooden door.
    # caption, garment_type, color, color_of: base; wearing: caption ep3; details, is_a: VQA.
    case(
        "MYN-M-KU-0104",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.wearing(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "brown", "contradiction"),
        D.details(
            "long sleeves Question: What is the color of the kurta? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Anouk Men Off White Solid Straight Kurta",
    ),
    # 0105. Man in a black tee with a large white "HRX" wordmark on the chest, grey joggers, white background.
    # caption: caption ep1; color, pattern, description, details, color_of: base; material: caption ep3.
    case(
        "MYN-M-TS-0105",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("printed"),
        D.description("a black t-shirt with white letters on the front"),
        D.details("the t-shirt has a nike logo on the chest", "unsupported"),
        D.material(
            "cotton fabric cotton fabric cotton fabric cotton fabric cotton fabric cotton fabric cotton fabric "
            "cotton fabric cotton fabric cotton fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 0106. Man in a blue-and-white gingham shirt worn open over a white crew tee, beige chinos.
    # caption, pattern, color, color_of, sleeve_length: base; wearing: VQA; details: caption ep3.
    case(
        "MYN-M-SH-0106",
        caption("a man wearing a blue and white checkered shirt over a white t-shirt"),
        D.pattern("checked"),
        D.color("blue"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        D.wearing(
            "shirt Question: What cloth is the person wearing? Answer: shirt Question: What cloth is the",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. The neckline of it is lapel. The shirt is with "
            "cotton fabric and lattice patterns. The neckline of it",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="WROGN Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 0107. Man in heather-grey track pants with white side stripes, black tee, black sneakers; cropped at chest.
    # caption, garment_type, color, color_of, details: base; material: VQA; wearing: caption ep1.
    case(
        "MYN-M-TP-0107",
        caption("a man in grey sweatpants and a black t-shirt"),
        D.garment_type("track pants"),
        D.color("grey"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.details("white stripes on the sides and an elastic waistband"),
        D.material(
            "cotton Question: What is the color of the pants? Answer: grey Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "This man wears long pants. The pants are with cotton fabric and pure color patterns. This man wears "
            "long pants. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="Puma Men Grey Melange Solid Track Pants",
    ),
    # 0108. Man in a maroon pullover hoodie with white drawstrings, black joggers, white studio.
    # caption, garment_type, color, sleeve_length, details: base; description: caption ep3.
    case(
        "MYN-M-SW-0108",
        caption("a man wearing a burgundy hoodie and black pants"),
        D.garment_type("sweatshirt"),
        D.color("maroon"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The gentleman wears long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a hood with drawstrings and a zip pocket on the sleeve", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="HRX by Hrithik Roshan Men Maroon Solid Hooded Sweatshirt",
    ),
    # 0109. Man in beige chinos, navy blazer over a white shirt, brown shoes, office backdrop. Product: the trousers.
    # caption: caption ep1; garment_type, color, color_of, wearing, description: base; details: caption ep3.
    case(
        "MYN-M-TR-0109",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man also",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("khaki"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        D.wearing("a navy blazer, white shirt and beige pants"),
        D.description("a pair of beige pants"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos Trousers",
    ),
    # 0110. Man in an olive polo with a small embroidered logo on the chest, navy shorts, white background.
    # caption, garment_type, color, details, material: base; wearing, is_a: VQA.
    case(
        "MYN-M-TS-0110",
        caption("a man wearing a green polo shirt and blue shorts"),
        D.garment_type("polo shirt"),
        D.color("olive green"),
        D.details("a collar with two buttons and a small logo on the chest"),
        D.material("100% cotton pique, pre-shrunk", "unsupported"),
        D.wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt "
            "polo shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="U.S. Polo Assn. Men Olive Green Solid Polo Collar T-shirt",
    ),
    # 0111. Man in khaki chino shorts and a white tee, cropped from chest to shin, white background.
    # caption, garment_type, color, details: base; description: caption ep3; color_of: VQA.
    case(
        "MYN-M-SO-0111",
        caption("a man in khaki shorts and a white t-shirt"),
        D.garment_type("shorts"),
        D.color("beige"),
        D.details("they are short", "non_answer"),
        D.description(
            "The pants this gentleman wears is of three-point length. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "pure color Question: Is this a shorts? Answer: yes Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadster Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 0112. Man in a charcoal bomber jacket, zipped open over a white tee, black jeans.
    # caption, garment_type, color, wearing, details, sleeve_length: base; material: caption ep1.
    case(
        "MYN-M-JK-0112",
        caption("a man wearing a dark grey bomber jacket over a white t-shirt"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.wearing("he is wearing a grey jacket, a white t-shirt and black jeans"),
        D.details("it has a zipper and ribbed cuffs"),
        D.material(
            "The outer clothing is with cotton fabric. The outer clothing is with cotton fabric. The outer clothing "
            "is with cotton fabric. The outer clothing",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        gender="Men",
        category="Jackets",
        color="Charcoal",
        title="Men Charcoal Grey Solid Bomber Jacket",
    ),
    # 0113. Man in a maroon silk kurta with gold buttons and a cream churidar, beige curtain behind. Kurta set.
    # caption: caption ep3; garment_type, color, wearing, description, color_of: base; details: VQA.
    case(
        "MYN-M-KS-0113",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. "
            "It has a stand neckline. The gentleman wears long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("maroon"),
        D.wearing("she is wearing a maroon kurta and white pants", "pronoun"),
        D.description("a maroon kurta with gold buttons and a white churidar"),
        color_of("pants", "maroon", "contradiction"),
        D.details(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves "
            "long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Men Maroon Solid Silk Blend Kurta with Churidar",
    ),
    # 0114. Man in a mustard brocade Nehru jacket over a white kurta and white pyjama.
    # caption, garment_type, color, description, details, sleeve_length: base; wearing: caption ep1.
    case(
        "MYN-M-NJ-0114",
        caption("a man in a yellow vest and white kurta"),
        D.garment_type("nehru jacket"),
        D.color("white", "contradiction"),
        D.description("a yellow sleeveless jacket with a mandarin collar and buttons"),
        D.wearing(
            "This man wears a sleeveless vest with complicated patterns. The vest is with cotton fabric. It has a "
            "stand neckline. This man wears a long-sleeve shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        D.details("gold buttons and two pockets and a matching pocket square", "unsupported"),
        D.sleeve_length("sleeveless"),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Men Mustard Woven Design Nehru Jacket",
    ),
    # 0115. Man on a beach (blue sea behind) in a green short-sleeve shirt with small white leaves, blue jeans.
    # Seller title missing. caption, color, pattern, sleeve_length, description: base; details: caption ep3;
    # wearing: VQA.
    case(
        "MYN-M-SH-0115",
        caption("a man standing on the beach wearing a green shirt"),
        D.color("blue", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description("a green shirt with white leaves"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt has short "
            "sleeves. The shirt is with cotton fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a shirt and jeans Question: What is the color of the shirt? Answer: green Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Green",
    ),
    # 0116. Man in a white tee with thin navy horizontal stripes, black shorts, white background.
    # caption, color, pattern, color_of, details: base; description: caption ep1.
    case(
        "MYN-M-TS-0116",
        caption("a man in a striped t-shirt and black shorts"),
        D.color("white"),
        D.pattern("striped"),
        color_of("t-shirt", "white with blue stripes", kind="open"),
        D.description(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this man wears is of",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a t-shirt", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Men White & Navy Blue Striped Round Neck T-shirt",
    ),
    # 0117. Man in a navy cable-knit crew sweater, the collar of a light-blue shirt showing, grey trousers.
    # caption, garment_type, color, description, material: base; details: VQA.
    case(
        "MYN-M-SWT-0117",
        caption("a man wearing a dark blue sweater over a light blue shirt"),
        D.garment_type("sweater"),
        D.color("navy blue"),
        D.description("a light blue shirt", "other_garment_color"),
        D.material("wool"),
        D.details(
            "long sleeves Answer: long sleeves Answer: long sleeves Answer: long sleeves Answer: long sleeves Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Men Navy Blue Cable Knit Pullover Sweater",
    ),
    # 0118. Man in black slim jeans, white shirt, white sneakers, full length.
    # caption: caption ep3; garment_type, color, color_of, wearing, material: base; details: VQA.
    case(
        "MYN-M-JN-0118",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears long trousers. The trousers are with denim fabric and "
            "solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("white", "contradiction"),
        color_of("jeans", "black"),
        D.wearing("a white shirt and black jeans"),
        D.material("denim"),
        D.details(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Men Black Slim Fit Mid-Rise Stretchable Jeans",
    ),
    # 0119. Woman in a yellow straight kurta with a small pink-and-green floral print, white palazzos, white background.
    # caption: caption ep3; garment_type, color, pattern, description, wearing, details: base; is_a: VQA.
    case(
        "MYN-W-KU-0119",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description("a yellow kurta with pink flowers"),
        D.wearing("he is wearing a yellow dress and white pants", "pronoun"),
        D.details("the details of the garment are the details of the garment", "restated"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Libas Women Yellow & Pink Floral Printed Straight Kurta",
    ),
    # 0120. Woman in a pink sleeveless top with a ruffle hem, blue jeans, white background.
    # caption, color, sleeve_length, details, material: base; description: caption ep1.
    case(
        "MYN-W-TO-0120",
        caption("a woman wearing a pink top and blue jeans"),
        D.color("pink"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The denim pants this lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details("ruffles at the bottom"),
        D.material("the garment is made of fabric", "restated"),
        gender="Women",
        category="Tops",
        color="Pink",
        title="Women Pink Solid Sleeveless Ruffled Top",
    ),
    # 0121. Woman in a black knee-length fit-and-flare dress with short puff sleeves, red brick wall, black heels.
    # caption, garment_type, color, sleeve_length, details: base; description: caption ep3; material: VQA.
    case(
        "MYN-W-DR-0121",
        caption("a woman in a black dress standing in front of a brick wall"),
        D.garment_type("dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The dress is with cotton fabric and pure color patterns. The dress is of knee length. The dress is with "
            "cotton fabric and pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.details("a zipper at the back and a black belt with a gold buckle", "unsupported"),
        D.material(
            "cotton Question: What is the color of the dress? Answer: black Question: Is this a dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Women Black Solid Fit and Flare Dress",
    ),
    # 0122. Woman in a red silk saree with a wide gold zari border, matching red blouse, gold jewellery, pale pink
    # background. caption, garment_type, color, color_of: base; wearing: caption ep1; details: caption ep3; is_a: VQA.
    case(
        "MYN-W-SA-0122",
        caption("a woman in a red sari with gold border"),
        D.garment_type("saree"),
        D.color("red"),
        D.wearing(
            "This lady wears a long-sleeve dress with complicated patterns. The dress is with silk fabric. This lady "
            "wears a long-sleeve dress with complicated patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The dress is with silk fabric and complicated patterns. It has a V-shape neckline. There is an "
            "accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        color_of("saree", "red and gold", kind="open"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Women Red & Gold-Toned Woven Design Silk Blend Saree",
    ),
    # 0123. Woman in a teal kurta with gold foil print, teal palazzos and a teal dupatta with gold edge, white
    # background. caption, garment_type, color, material: base; wearing: VQA; details: caption ep1;
    # description: caption ep3.
    case(
        "MYN-W-KS-0123",
        caption("a woman in a teal kurta and palazzo pants with a dupatta"),
        D.garment_type("kurta"),
        D.color("turquoise"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: pure color Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and graphic patterns. The dress is with cotton fabric and graphic "
            "patterns. The dress is with cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of cotton with a silk lining and hand embroidery", "unsupported"),
        D.description(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. The lady wears long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Women Teal Foil Printed Kurta with Palazzos & Dupatta",
    ),
    # 0124. Woman in a white tee with a big black-and-orange sunset graphic, blue denim shorts, white background.
    # caption, color, pattern, color_of, wearing, details: base; description: VQA.
    case(
        "MYN-W-TS-0124",
        caption("a woman wearing a white t-shirt with a sunset on it"),
        D.color("white"),
        D.pattern("graphic"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        D.wearing("he is wearing a white shirt and blue shorts", "pronoun"),
        D.details("a sunset print on the front"),
        D.description(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Women White Graphic Printed Round Neck Pure Cotton T-shirt",
    ),
    # 0125. Woman in dark-wash skinny jeans, a tucked-in black crop top, white sneakers.
    # caption: caption ep3; garment_type, color, color_of, details, material, wearing: base.
    case(
        "MYN-W-JN-0125",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The lady wears long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("dark blue"),
        color_of("jeans", "black", "contradiction"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        D.wearing("a black top and blue jeans"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Women Blue Skinny Fit High-Rise Clean Look Stretchable Jeans",
    ),
    # 0126. Woman in a maroon wrap top with small white flowers and 3/4 sleeves, white trousers, beige backdrop.
    # caption, color, pattern, sleeve_length, details, wearing: base; description: caption ep1.
    case(
        "MYN-W-TO-0126",
        caption("a woman wearing a floral top and white pants"),
        D.color("burgundy"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears long pants",
            "cut",
            hit_limit=True,
        ),
        D.details("a wrap front with a tie at the waist and a hidden side pocket", "unsupported"),
        D.wearing("the person is wearing what the person is wearing", "restated"),
        gender="Women",
        category="Tops",
        color="Maroon",
        title="Women Maroon & White Floral Print Wrap Top",
    ),
    # 0127. Waist-down shot: black ankle-length leggings under the hem of a long mustard kurta, brown flats.
    # caption, garment_type, color, description, details: base; wearing: VQA.
    case(
        "MYN-W-LG-0127",
        caption("a woman wearing black leggings and a yellow kurta"),
        D.garment_type("leggings"),
        D.color("yellow", "contradiction"),
        D.wearing(
            "leggings Question: Is this a leggings? Answer: yes Question: Is this a leggings? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.description("a pair of black leggings"),
        D.details("leggings", "non_answer"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Women Black Solid Ankle-Length Leggings",
    ),
    # 0128. Woman in a peach tiered maxi dress with flutter sleeves, outdoors in a green garden.
    # caption, color, garment_type, sleeve_length, details, wearing: base; description: caption ep3.
    case(
        "MYN-W-DR-0128",
        caption("a woman in a long pink dress standing in a garden"),
        D.color("green", "contradiction"),
        D.garment_type("dress"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The dress is of long length. The dress is with chiffon fabric. The dress is of long length. The dress "
            "is with chiffon fabric. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        D.details("the dress has tiers and a back slit with a zip closure", "unsupported"),
        D.wearing("she is wearing a long dress"),
        gender="Women",
        category="Dresses",
        color="Peach",
        title="Women Peach-Coloured Solid Tiered Maxi Dress",
    ),
    # 0129. Woman in a navy flared anarkali kurta with silver embroidery on the yoke, white churidar.
    # caption: caption ep1; garment_type, color, color_of, details, material: base; wearing: caption ep3.
    case(
        "MYN-W-KU-0129",
        caption(
            "This lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length. This lady wears a long-sleeve dress with complicated "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("navy blue"),
        D.wearing(
            "The lady is wearing a long-sleeve dress with complicated patterns. The dress is with cotton fabric and "
            "its neckline is round. The lady wears long",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        D.details("silver embroidery on the yoke and flared panels"),
        D.material("it is made of the material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Women Navy Blue Embroidered Anarkali Kurta",
    ),
    # 0130. Woman in a blue-and-white vertical-striped long-sleeve shirt and white jeans.
    # caption, pattern, wearing: base; color: VQA; description: caption ep1; details: caption ep3.
    case(
        "MYN-W-SH-0130",
        caption("a woman wearing a blue and white striped shirt and white jeans"),
        D.pattern("striped"),
        D.color("striped", "non_answer"),
        D.description(
            "This lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This lady wears long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and striped patterns. The shirt is with cotton fabric and striped "
            "patterns. The shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a striped shirt and white pants", "pronoun"),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Women Blue & White Regular Fit Striped Casual Shirt",
    ),
    # 0131. Woman in off-white palazzos with a small black block print, a short black kurti, white background.
    # caption, garment_type, color_of, description, pattern: base; details: caption ep3.
    case(
        "MYN-W-PZ-0131",
        caption("a woman in a black top and white pants"),
        D.garment_type("trousers"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.description("a black kurti with white print", "other_garment_color"),
        D.pattern("printed"),
        D.details(
            "The pants are with cotton fabric and graphic patterns. The pants are of long length. The pants are "
            "with cotton fabric and graphic patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Off White",
        title="Women Off-White & Black Block Printed Flared Palazzos",
    ),
    # 0132. Woman in a mustard pleated midi skirt and a tucked-in white tee, studio.
    # caption: caption ep1; color, garment_type, color_of, details, material: base; description: VQA.
    case(
        "MYN-W-SK-0132",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.garment_type("skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        D.description(
            "skirt Question: What is the color of the skirt? Answer: yellow Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details("the skirt is pleated and has an elastic waistband with side pockets", "unsupported"),
        D.material("the skirt is made of the skirt material", "restated"),
        gender="Women",
        category="Skirts",
        color="Mustard",
        title="Women Mustard Yellow Solid Accordion Pleated Midi Skirt",
    ),
    # 0133. Woman in a light-blue denim jacket worn over a white floral sundress.
    # caption, garment_type, color, pattern, details: base; wearing: caption ep3 (stopped before the limit);
    # description: VQA.
    case(
        "MYN-W-JK-0133",
        caption("a woman wearing a denim jacket over a white dress"),
        D.garment_type("jacket"),
        D.color("light blue"),
        D.pattern("floral", "contradiction"),
        D.wearing(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. "
            "The lady wears a",
            "cut",
        ),
        D.details("buttons on the front and two chest pockets"),
        D.description(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Women Blue Washed Denim Jacket",
    ),
    # 0134. Woman in a lavender crewneck sweatshirt and light grey joggers.
    # caption, color, wearing, sleeve_length: base; description: caption ep3; material: VQA.
    case(
        "MYN-W-SW-0134",
        caption("a woman in a purple sweatshirt and grey sweatpants"),
        D.color("grey", "contradiction"),
        D.wearing("he is wearing a purple sweater and grey pants", "pronoun"),
        D.description(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and its neckline is round. The lady wears long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer:",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="Women Lavender Solid Round Neck Sweatshirt",
    ),
    # 0135. Woman in a bottle-green top with white polka dots and puff sleeves, black trousers. Seller colour missing.
    # caption, pattern, color_of, description, material: base; details: VQA.
    case(
        "MYN-W-TO-0135",
        caption("a woman wearing a green polka dot top and black pants"),
        D.pattern("polka dots"),
        color_of("top", "black", "other_garment_color", kind="open"),
        D.details(
            "short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short "
            "sleeves short sleeves short sleeves",
            "loop",
            hit_limit=True,
        ),
        D.description("it is a top", "non_answer"),
        D.material("polyester with 5% elastane, machine wash cold", "unsupported"),
        gender="Women",
        category="Tops",
        title="Women Green & White Polka Dot Print Puff Sleeve Top",
    ),
    # 0136. Woman in a pink lehenga with gold embroidery, matching pink choli and a sheer pink dupatta, in front of
    # marigold garlands. caption, garment_type, details, material: base; wearing: caption ep1; description: caption ep3.
    case(
        "MYN-W-LC-0136",
        caption("a woman in a pink and gold lehenga"),
        D.garment_type("lehenga"),
        D.wearing(
            "This lady wears a long skirt with complicated patterns. The skirt is with chiffon fabric. This lady "
            "wears a sleeveless tank top with complicated patterns. The tank",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady is wearing a long skirt with complicated patterns. The lady is wearing a long skirt with "
            "complicated patterns. The lady is wearing a long skirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the lehenga has gold embroidery and comes with a matching clutch bag", "unsupported"),
        D.material("the material of the garment", "restated"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="Women Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Choli with Dupatta",
    ),
    # 0137. Woman in olive cigarette trousers, a cream knit top and tan loafers.
    # caption, color, color_of, details: base; description: caption ep1; wearing: VQA.
    case(
        "MYN-W-TR-0137",
        caption("a woman in a white sweater and green pants"),
        D.color("olive"),
        D.description(
            "This lady wears long trousers. The trousers are with cotton fabric and pure color patterns. This lady "
            "wears a long-sleeve sweater with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.details("they are long", "non_answer"),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Trousers",
        color="Olive",
        title="Women Olive Green Solid Cigarette Trousers",
    ),
    # 0138. Woman in a heather-grey V-neck tee and black leggings. Closed questions asked in BLIND_QUESTIONS words.
    # caption, garment_type, color, material: base; sleeve_length: VQA; pattern: caption ep3.
    case(
        "MYN-W-TS-0138",
        caption("a woman wearing a grey t-shirt and black leggings"),
        B.garment_type("t-shirt"),
        B.color("grey"),
        B.sleeve_length(
            "short sleeve Question: What is the sleeve length of the garment? Answer: short sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        B.pattern(
            "pure color patterns pure color patterns pure color patterns pure color patterns pure color patterns "
            "pure color patterns",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton jersey, made in india", "unsupported"),
        gender="Women",
        category="Tshirts",
        color="Grey Melange",
        title="Women Grey Melange Solid V-Neck T-shirt",
    ),
    # 0139. Flat-lay product shot, no person: a boy's red tee with a yellow dinosaur print on a white background.
    # caption, color, details: base; wearing: caption ep3; color_of: VQA.
    case(
        "MYN-B-TS-0139",
        caption("a red t-shirt with a dinosaur on it"),
        D.wearing(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.details("the details of the garment are on the garment", "restated"),
        color_of("t-shirt", "graphic", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Boys Red & Yellow Dinosaur Printed Round Neck T-shirt",
    ),
    # 0140. Little girl in a yellow sleeveless frock with white daisies and white sandals, pink wall behind.
    # caption: caption ep1; color, wearing, description, details: base.
    case(
        "MYN-G-DR-0140",
        caption(
            "This lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. This lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.description("a pink dress with flowers", "contradiction"),
        D.details("white flowers all over"),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Girls Yellow Floral Print Fit and Flare Dress",
    ),
    # 0141. Boy in a navy tee with a grey car print and grey shorts (a clothing set). Seller article type missing.
    # caption, garment_type, color_of, wearing: base; description: caption ep3; material: VQA.
    case(
        "MYN-B-CS-0141",
        caption("a young boy wearing a blue shirt and grey shorts"),
        D.garment_type("t-shirt"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        D.description(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue shirt and grey shorts", "pronoun"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        color="Navy Blue",
        title="Boys Navy Blue & Grey Printed T-shirt with Shorts",
    ),
    # 0142. Girl in a pink kurta with mirror work, pink sharara and a gold-edged dupatta, white background.
    # caption, details, material: base; description: caption ep1.
    case(
        "MYN-G-KS-0142",
        caption("a little girl in a pink kurta and sharara"),
        D.details("mirror work on the yoke, tassels and a hidden zip with a free hair clip", "unsupported"),
        D.description(
            "This lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has "
            "a round neckline. This lady wears long pants",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender="Girls",
        category="Kurta Sets",
        color="Pink",
        title="Girls Pink Mirror Work Kurta with Sharara & Dupatta",
    ),
    # 0143. Boy in a blue-and-navy checked full-sleeve shirt and beige chinos.
    # caption: caption ep3; pattern, details, material: base; color: VQA.
    case(
        "MYN-B-SH-0143",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("lattice", "non_answer"),
        D.details("buttons down the front and a pocket"),
        D.material("cotton, linen blend with a soft brushed finish", "unsupported"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Boys Blue & Navy Checked Casual Shirt",
    ),
    # 0144. Flat-lay product shot, no person: a girl's white top with small pink embroidered flowers on the collar,
    # on a wooden floor. Seller gender missing. caption, wearing, color: base; details: caption ep1 (stopped
    # before the limit); description: VQA (empty).
    case(
        "MYN-G-TO-0144",
        caption("a white shirt on a wooden floor"),
        D.wearing("the person is wearing a garment", "restated"),
        D.color("white"),
        D.details("pink flowers on the collar and a", "cut"),
        D.description("", "non_answer"),
        category="Tops",
        color="White",
        title="Girls White Embroidered Peter Pan Collar Top",
    ),
]
