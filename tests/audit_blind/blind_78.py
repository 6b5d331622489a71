"""BLIND_78 (44 products; a random sample of a Myntra-style marketplace, enrich's default questionnaire): written
blind in the eighteenth session. Measured blind at f92bd56: 124 / 142 failures found (87.3%) and 6 / 144 correct
texts flagged (4.2%). The writer's notes, verbatim:

Blind corpus 78: BLIP-2 OPT-2.7b outputs on 44 products of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a random sample of
    44 products of a Myntra-style fashion marketplace (men's, women's and kids' clothing, western and ethnic,
    weighted roughly as such a catalog is: many t-shirts, shirts and kurtas, then tops, jeans, trousers, dresses,
    sarees, kurta sets, track pants, shorts, sweatshirts, jackets, leggings, palazzos, kids' sets), one product per
    item. Each product was asked enrich's default questionnaire (DEFAULT_QUESTIONS; not every question is kept for
    every product, bottoms and sarees skip the sleeve question) and captioned. The seller's own catalog columns are
    passed as gender=, category= (Myntra article type), color= (Myntra base colour) and title=; a few are missing.

Which system wrote which text (named again in the comment above each case)
    - base: untuned `Salesforce/blip2-opt-2.7b`, greedy, `Question: ... Answer:` prompt.
    - cap-e1 / cap-e3: the caption adapter after epoch 1 / epoch 3 (`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_
      First_Epoch`, `leoreigoto/Data2_V2_Blip2_Finetune_Caption`). They write the DeepFashion-MultiModal template
      ("The lady wears a short-sleeve T-shirt with pure color patterns ...") and return that template for
      questions too.
    - vqa: the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`), trained on unmasked labels with no end-of-answer
      token: loops, runs to the token limit, and continues with the `Question: ... Answer:` format.
    - Closed questions (garment_type, color, pattern, sleeve_length) are ranked over a candidate list by the model
      named in the comment (base unless said otherwise), so they never loop or get cut; they fail by picking the
      wrong candidate.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (layout, makers, TARGETS).
    No audit code, no other corpus, no docs were read (a directory listing of tests/ showed file names, none was
    opened); the only commands run on the code were imports of this file (the check, and a count of its labels).
    The photos are imagined; a comment above each case describes the photo every label is judged against.

Label conventions and judgement calls
    - A label is judged against the imagined photo first, then against the other texts and the seller columns.
    - hit_limit=True only on texts that ran to the limit (30 new tokens for answers, 50 for captions). Loops that
      run to the limit are labelled "loop", not "cut"; a caption or answer that stops mid-phrase at the limit
      without repeating is "cut". A few answers are "cut" before the limit (a newline emitted mid-phrase),
      hit_limit=False.
    - The caption adapters' template answer to a question (e.g. "The lady wears ..." for "What is the person
      wearing?") is correct when it is true of the photo and complete; its "pure color patterns" / "graphic
      patterns" / "lattice" wording is DeepFashion's pattern vocabulary and is not a color claim.
    - Near-color synonyms are correct: navy blue -> "blue"/"dark blue", olive -> "green", off white -> "white",
      mustard -> "yellow", teal -> "green", lavender -> "purple", khaki -> "beige"/"tan", maroon -> "burgundy",
      a maroon top -> "red" in a text about the other garment.
    - A multi-color garment answered with one of its own colors is correct (blue & white check -> "white" when the
      seller says White). A closed color answer that names another visible garment's color (the jeans, the
      t-shirt under the jacket, the dupatta) is "other_garment_color"; a color or garment type seen nowhere on
      the product, or a wrong pattern/sleeve that another text contradicts, is "contradiction".
    - An open answer that gives a second garment the product's color (one color repeated for every garment) is
      "contradiction" (the product's own color is right, the other garment's is contradicted by the caption).
    - Invented details not visible in the photo (pockets, hoods, zippers, back pockets in a front view, blouse
      piece, accessories the template adds) are "unsupported". Material answers that are a plausible guess from
      the look (cotton tee, denim jeans, chiffon for georgette) are correct.
    - "non_answer": empty, "no"/"yes" to an open question, "I don't know", or only the question's words ("the
      garment"). "restated": a sentence that restates the question without content ("the garment is made of
      material", "the details are on the t-shirt").
    - "pronoun": he/his/gentleman for a women's or girls' product, she/her/lady for a men's or boys' product.
      "The lady" for a girl is not a pronoun failure. Texts that name the right person with no pronoun are fine.
    - Product shots without a person: "What is the person wearing?" answered with the product ("a red t-shirt")
      or "there is no person" is correct.
    - A kurta, anarkali or saree called "dress" or "shirt and pants" by the caption adapter is "contradiction"
      (garment contradicted by the seller's article type and the other texts); a kurta called "a long shirt" by
      the base model in a description is correct.
    - Each text carries one label; when a text has two faults the more visible one is used (a repetition that
      reaches the limit is "loop"; a leaked "Question:" is "leak").
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

W, GT, C, P, S = D.wearing, D.garment_type, D.color, D.pattern, D.sleeve_length
DE, DT, M = D.description, D.details, D.material

BLIND_78: list[Case] = [
    # ---------------------------------------------------------------- men
    # M-TS-01. Man in a plain navy crew-neck t-shirt, untucked, light-blue jeans, white studio wall.
    # All texts: base.
    case(
        "MYN-1000101",
        caption("a man in a navy blue t-shirt and jeans standing against a white wall"),
        W("a blue t-shirt and jeans"),
        C("black", "contradiction"),
        DE(
            "it is a navy blue t-shirt with a round neck and short sleeves and it is made of cotton and it is a "
            "regular fit and it",
            "cut",
            hit_limit=True,
        ),
        DT("the details of the garment are the details of the t-shirt", "restated"),
        M("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # M-TS-02. Man in a black t-shirt with a white "HRX" chest print, grey melange joggers, a black watch.
    # caption: cap-e1; wearing, details, material: vqa; closed: base.
    case(
        "MYN-1000102",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        W(
            "black t-shirt black t-shirt black t-shirt black t-shirt black t-shirt black t-shirt black t-shirt "
            "black t-shirt black",
            "loop",
            hit_limit=True,
        ),
        C("black"),
        P("striped", "contradiction"),
        S("short sleeves"),
        DT(
            "the t-shirt is black and the pants are grey the t-shirt is black and the pants are grey the t-shirt "
            "is black and the",
            "loop",
            hit_limit=True,
        ),
        M(
            "cotton Question: What is the person wearing? Answer: black t-shirt Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # M-TS-03. Man in a plain white pique polo (no logo, no pocket), black chinos, beige backdrop.
    # All texts: base.
    case(
        "MYN-1000103",
        caption("a man wearing a white polo shirt and black pants"),
        W("a white shirt and black pants"),
        GT("polo shirt"),
        C("black", "other_garment_color"),
        DE("a white polo shirt with a collar and buttons"),
        DT("the shirt has a logo on the chest and a pocket on the left side", "unsupported"),
        M("the material of the garment is the material it is made of", "restated"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="WROGN Men White Solid Polo Collar T-shirt",
    ),
    # M-TS-04. Man in an olive long-sleeve henley (three buttons), dark-blue jeans.
    # caption, wearing, details, material: cap-e3; closed: base.
    case(
        "MYN-1000104",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric. The pants are with denim fabric."
        ),
        W(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        C("green"),
        S("short sleeves", "contradiction"),
        DT(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and "
            "its neckline is round. The T",
            "loop",
            hit_limit=True,
        ),
        M("The T-shirt is with cotton fabric."),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Roadster Men Olive Solid Henley Neck T-shirt",
    ),
    # M-TS-05. Man in a mustard t-shirt with thin white horizontal stripes, blue jeans.
    # caption: cap-e3; wearing, description, details: vqa; closed ranked by vqa.
    case(
        "MYN-1000105",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round."
        ),
        W(
            "striped t-shirt and jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans "
            "jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            hit_limit=True,
        ),
        C("yellow"),
        P("striped"),
        DE(
            "yellow striped t-shirt Question: What are the details of the garment? Answer: striped Question: What",
            "leak",
            hit_limit=True,
        ),
        DT("stripes on the", "cut"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Highlander Men Mustard Yellow Striped Round Neck T-shirt",
    ),
    # M-SH-01. Man in a blue-and-white checked shirt worn open over a plain white crew t-shirt, khaki chinos.
    # Sleeves down, one patch pocket. All texts: base.
    case(
        "MYN-1000106",
        caption("a man wearing a blue and white checkered shirt over a white t-shirt"),
        W("a plaid shirt and a white t-shirt"),
        C("blue"),
        P("checked"),
        DE("it is a blue and white plaid shirt with a white t-shirt underneath"),
        DT(
            "the shirt has two chest pockets with flaps, and the sleeves are rolled up to the elbows",
            "unsupported",
        ),
        M("none", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # M-SH-02. Man in a white formal shirt tucked into black trousers, black belt.
    # caption, wearing, details, material: cap-e3; closed: base.
    case(
        "MYN-1000107",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and it has a lapel collar. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        W("The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers."),
        C("white"),
        P("solid"),
        DT("The shirt is with cotton fabric and it has a lapel collar."),
        M(
            "The shirt is with cotton fabric and it has a lapel collar. The shirt is with cotton fabric and it has a "
            "lapel collar. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Park Avenue Men White Slim Fit Solid Formal Shirt",
    ),
    # M-SH-03. Man in a maroon shirt, full sleeves, beige chinos.
    # caption: cap-e1; wearing, description, details, material: vqa; closed: base.
    case(
        "MYN-1000108",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a lapel collar. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        W(
            "shirt pants shirt pants shirt pants shirt pants shirt pants shirt pants shirt pants shirt pants "
            "shirt pants shirt pants shirt pants",
            "loop",
            hit_limit=True,
        ),
        C("burgundy"),
        DE(
            "the shirt is red and the pants are beige the shirt is red and the pants are beige the shirt is",
            "loop",
            hit_limit=True,
        ),
        DT(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="HIGHLANDER Men Maroon Slim Fit Solid Casual Shirt",
    ),
    # M-SH-04. Man in a short-sleeve green shirt with a navy tropical-leaf print (no label shown), white shorts.
    # All texts: base.
    case(
        "MYN-1000109",
        caption("a man in a green and blue printed shirt and white shorts"),
        W("he is wearing a hawaiian shirt and white shorts"),
        C("white", "other_garment_color"),
        P("printed"),
        DE("it is a shirt with a tropical print"),
        DT("i don't know", "non_answer"),
        M("100% linen, made in India", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Green",
        title="Mast & Harbour Men Green & Navy Printed Casual Shirt",
    ),
    # M-JE-01. Man in light-blue skinny jeans, plain white tee, white sneakers.
    # caption, wearing, description, details, material: cap-e3; closed: base.
    case(
        "MYN-1000110",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric and its neckline is round. The pants are with denim fabric and solid "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        W(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        GT("jeans"),
        C("white", "other_garment_color"),
        DE("The pants are with denim fabric and solid color patterns."),
        DT(
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        M("The pants are with denim fabric."),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # M-JE-02. Man in black slim jeans lightly distressed at the knees, grey crew sweatshirt.
    # caption: cap-e1; wearing, description, details: vqa; closed ranked by vqa.
    case(
        "MYN-1000111",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The "
            "sweater is with cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        W(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        GT("jeans"),
        C("grey", "other_garment_color"),
        DE("blue jeans", "contradiction"),
        DT(
            "black jeans with a hole in the knee and a hole in the knee and a hole in the knee and a hole in the "
            "knee and a",
            "loop",
            hit_limit=True,
        ),
        M("", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Slim Fit Mid-Rise Mildly Distressed Jeans",
    ),
    # M-TR-01. Man in khaki chinos, navy polo tucked in, brown belt; front view only.
    # All texts: base.
    case(
        "MYN-1000112",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        W("a blue shirt and tan pants"),
        C("beige"),
        P("checked", "contradiction"),
        DE("the pants are khaki chinos with a brown belt"),
        DT(
            "the pants have a zipper fly, button closure, two side pockets and two back pockets with buttons",
            "unsupported",
        ),
        M("cotton Question: What is the", "leak"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
    ),
    # M-TP-01. Man in plain black track pants (no side stripe), white sports t-shirt.
    # All texts: base.
    case(
        "MYN-1000113",
        caption("a man in a white t-shirt and black pants"),
        W("she is wearing a white t-shirt and black sweatpants", "pronoun"),
        GT("jeans", "contradiction"),
        C("black"),
        DE("it is a garment", "non_answer"),
        DT("the details of the garment are on the pants", "restated"),
        M("polyester"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # M-SO-01. Man in grey melange knit shorts with a drawstring, black t-shirt. Seller gave no title.
    # caption: cap-e3; wearing, details, material: vqa; closed: base.
    case(
        "MYN-1000114",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        W("shorts"),
        C("black", "other_garment_color"),
        P("solid"),
        DT(
            "drawstring waist drawstring waist drawstring waist drawstring waist drawstring waist drawstring waist "
            "drawstring waist drawstring",
            "loop",
            hit_limit=True,
        ),
        M("Answer: cotton", "leak"),
        gender="Men",
        category="Shorts",
        color="Grey Melange",
    ),
    # M-SW-01. Man in a navy crew-neck sweatshirt (no hood, no pocket, ribbed cuffs and hem), blue jeans.
    # All texts: base.
    case(
        "MYN-1000115",
        caption("a man wearing a blue sweatshirt and jeans"),
        W("a blue sweater and blue jeans"),
        C("blue"),
        DE("a navy blue sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        DT("ribbed cuffs and hem"),
        M("fleece Question: What is the color of the garment? Answer: blue", "leak"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Sweatshirt",
    ),
    # M-JK-01. Man in an olive matte-cotton bomber, open, over a plain white tee; black jeans.
    # caption, wearing, details, material: cap-e3; closed: base.
    case(
        "MYN-1000116",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns, a short-sleeve T-shirt with pure "
            "color patterns and a long denim pants. The jacket is with cotton fabric. The T-shirt is with cotton "
            "fabric and its",
            "cut",
            hit_limit=True,
        ),
        W(
            "The gentleman wears a long-sleeve jacket with pure color patterns, a short-sleeve T-shirt with pure "
            "color patterns and a long denim pants."
        ),
        GT("jacket"),
        C("white", "other_garment_color"),
        DT(
            "The jacket is with cotton fabric. The T-shirt is with cotton fabric and its neckline is round. The "
            "pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        M("The jacket is with cotton fabric."),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # M-KU-01. Man in an off-white knee-length kurta (mandarin collar, three-button placket, long sleeves, straight
    # hem, tone-on-tone weave), white pyjama.
    # All texts: base.
    case(
        "MYN-1000117",
        caption("a man in a white kurta pajama"),
        W("she is wearing a white kurta", "pronoun"),
        C("white"),
        P("solid"),
        DE("a long white shirt"),
        DT(
            "it has a mandarin collar and three buttons at the top, and the sleeves are long and the hem is "
            "straight and the kurta is",
            "cut",
            hit_limit=True,
        ),
        M("it is made of the material of a kurta", "restated"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Fabindia Men Off-White Self Design Straight Kurta",
    ),
    # M-KS-01. Man in a maroon silk-look kurta with small gold buttons, gold churidar.
    # caption: cap-e1; wearing, description, details: vqa; closed: base.
    case(
        "MYN-1000118",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "silk fabric and it has a stand collar. The pants are with cotton fabric and pure color patterns."
        ),
        W("a maroon shirt and gold pants Question: What is the color of the shirt? Answer: maroon", "leak"),
        GT("kurta"),
        C("gold", "other_garment_color"),
        DE("the garment is a garment", "restated"),
        DT(
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons buttons buttons buttons buttons buttons buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Sojanya Men Maroon & Gold-Toned Self Design Kurta with Churidar",
    ),
    # M-PO-01. Man in a red polo with a small embroidered logo on the left chest, blue jeans.
    # All texts: base.
    case(
        "MYN-1000119",
        caption("a man wearing a red polo shirt and blue jeans"),
        W("she is wearing a red shirt and blue jeans", "pronoun"),
        C("blue", "other_garment_color"),
        P("solid"),
        DE("the shirt is red and the jeans are red", "contradiction"),
        DT("a small logo on the left chest"),
        M("the shirt is made of 100% cotton pique with a slim fit", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
    ),
    # ---------------------------------------------------------------- women
    # W-KU-01. Woman in a pink straight kurta with gold foil block print, round neck, side slits, three-quarter
    # sleeves, no buttons; white palazzos. All texts: base.
    case(
        "MYN-2000201",
        caption("a woman wearing a pink kurta with gold print and white pants"),
        W("the person is wearing a garment", "restated"),
        C("pink"),
        P("printed"),
        DE("it is an orange kurta with gold print", "contradiction"),
        DT("it has a mandarin collar, a front slit and gold buttons down the front", "unsupported"),
        M("cotton"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink & Gold-Toned Printed Straight Kurta",
    ),
    # W-KU-02. Woman in an indigo-blue knee-length A-line kurta with a white floral print, long sleeves, round
    # neck, white leggings. caption, wearing, details: cap-e3; closed: base.
    case(
        "MYN-2000202",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee length.",
            "contradiction",
        ),
        W(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee length. There",
            "cut",
            hit_limit=True,
        ),
        GT("kurta"),
        C("blue"),
        P("floral"),
        DT(
            "The dress is of knee length. The dress is of knee length. The dress is of knee length. The dress is of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Floral Printed A-Line Kurta",
    ),
    # W-KU-03. Woman in a mustard straight kurta, v-neck, three-quarter sleeves, white palazzos.
    # caption: cap-e1; wearing, description, material: vqa; closed ranked by vqa.
    case(
        "MYN-2000203",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
        ),
        W(
            "she is wearing a yellow shirt and white pants she is wearing a yellow shirt and white pants she is "
            "wearing a",
            "loop",
            hit_limit=True,
        ),
        GT("kurta"),
        C("white", "other_garment_color"),
        S("three-quarter sleeves"),
        DE(
            "yellow shirt with a v-neck and medium sleeves, worn with white pants that have a wide leg and a "
            "straight hem at the",
            "cut",
            hit_limit=True,
        ),
        M("the garment is made of material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Sangria Women Mustard Yellow Solid Straight Kurta",
    ),
    # W-KU-04. Woman in a teal ankle-length anarkali kurta, flared, small white printed motifs, long sleeves.
    # All texts: base.
    case(
        "MYN-2000204",
        caption("a woman in a teal printed anarkali kurta"),
        W("a blue and green kurta"),
        GT("dress", "contradiction"),
        C("green"),
        DE("she is wearing a green kurta"),
        DT("it has a flared", "cut"),
        M("the garment is made of fabric", "restated"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Biba Women Teal Green Printed Anarkali Kurta",
    ),
    # W-KS-01. Woman in a navy kurta with white print, navy palazzos, a plain white dupatta over one shoulder.
    # caption: cap-e3; wearing, description, details: vqa; closed: base.
    case(
        "MYN-2000205",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        W(
            "shirt, pants, scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf "
            "scarf scarf scarf scarf scarf scarf",
            "loop",
            hit_limit=True,
        ),
        C("white", "other_garment_color"),
        P("printed"),
        DE("a blue shirt with white", "cut"),
        DT("", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Anouk Women Navy Blue & White Printed Kurta with Palazzos & Dupatta",
    ),
    # W-TO-01. Woman in a black sleeveless peplum top, blue jeans. All texts: base.
    case(
        "MYN-2000206",
        caption("a woman wearing a black top and jeans"),
        W("a black top and blue jeans"),
        GT("top"),
        C("black"),
        S("long sleeves", "contradiction"),
        DE("a black sleeveless top with a peplum"),
        DT("he is wearing a black top with a ruffle at the waist", "pronoun"),
        M("it is made of 100% polyester and is machine washable", "unsupported"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Harpa Women Black Solid Peplum Top",
    ),
    # W-TO-02. Woman in a white puff-sleeve top with a small red cherry print, blue denim shorts.
    # caption, wearing, description, material: cap-e1; closed: base.
    case(
        "MYN-2000207",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a denim shorts. The shirt is with cotton "
            "fabric and its neckline is round. The shorts are with denim fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        W(
            "The lady wears a short-sleeve shirt with graphic patterns and a denim shorts. The shirt is with "
            "cotton fabric and its neckline is round. The shorts",
            "cut",
            hit_limit=True,
        ),
        C("white"),
        P("printed"),
        DE(
            "The lady wears a short-sleeve shirt with graphic patterns. The lady wears a short-sleeve shirt with "
            "graphic patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        M(
            "The shirt is with cotton fabric and its neckline is round. The shorts are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Printed Regular Top",
    ),
    # W-TO-03. Woman in a lavender square-neck crop top, short sleeves, black high-waist trousers.
    # caption: cap-e3; wearing, description, details: vqa; closed: base.
    case(
        "MYN-2000208",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is square."
        ),
        W("he is wearing a purple top and black pants", "pronoun"),
        C("purple"),
        S("short sleeves"),
        DE(
            "a purple crop top Question: Describe the garment. Answer: a purple crop top Question: Describe",
            "leak",
            hit_limit=True,
        ),
        DT("it has a square neck"),
        gender="Women",
        category="Tops",
        color="Lavender",
        title="Tokyo Talkies Women Lavender Solid Crop Top",
    ),
    # W-DR-01. Woman in a red knee-length fit-and-flare dress with a small white floral print, round neck,
    # short sleeves, no belt; grey studio. All texts: base.
    case(
        "MYN-2000209",
        caption("a woman in a red floral dress"),
        W("a red dress with white flowers"),
        C("red"),
        P("floral"),
        DE("the garment", "non_answer"),
        DT("the dress has a v-neck, a tie belt at the waist, and a zipper at the back", "unsupported"),
        M("unknown", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Sera Women Red Floral Print Fit and Flare Dress",
    ),
    # W-DR-02. Woman in a black sleeveless bodycon midi dress, round neck, white sneakers, bare wrists, no jewellery.
    # caption, wearing, details: cap-e3; closed: base.
    case(
        "MYN-2000210",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        W(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        C("black"),
        S("sleeveless"),
        DT(
            "The dress is with cotton fabric and its neckline is round. The dress is with cotton fabric and its "
            "neckline is round. The dress",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Athena Women Black Solid Bodycon Dress",
    ),
    # W-SA-01. Woman draped in a red Banarasi saree with gold zari border, red short-sleeve blouse.
    # caption: cap-e3; open answers and closed: base.
    case(
        "MYN-2000211",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length.",
            "contradiction",
        ),
        W("a red and gold saree"),
        C("red"),
        DE("a red saree with a gold border"),
        DT("the saree has a gold border and gold zari work"),
        M("silk"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Silk Blend Woven Design Banarasi Saree",
    ),
    # W-SA-02. Product shot, no person: a folded green georgette saree with a pink floral print on a white
    # background. caption: cap-e1; open answers and closed: base.
    case(
        "MYN-2000212",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is round. The pants are with chiffon fabric and floral patterns.",
            "contradiction",
        ),
        W("there is no person, it is a folded saree"),
        C("green"),
        P("floral"),
        DE("a green saree with pink flowers on a white background"),
        DT("it comes with a matching blouse piece", "unsupported"),
        M("chiffon"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green Floral Printed Georgette Saree",
    ),
    # W-JE-01. Woman in blue skinny high-rise jeans, plain white crop top.
    # caption: cap-e3; wearing, description, details: vqa; closed: base.
    case(
        "MYN-2000213",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        W(
            "jeans Question: What is the color of the jeans? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        GT("jeans"),
        C("blue"),
        DE("the jeans are white", "other_garment_color"),
        DT(
            "the jeans are blue and the top is white the jeans are blue and the top is white the jeans are blue "
            "and the",
            "loop",
            hit_limit=True,
        ),
        M("no", "non_answer"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DressBerry Women Blue Skinny Fit High-Rise Jeans",
    ),
    # W-LE-01. Woman in black ankle-length leggings under a maroon kurta that hides the waistband; no pockets
    # visible. All texts: base.
    case(
        "MYN-2000214",
        caption("a woman wearing a red top and black leggings"),
        W("black leggings and a red kurta"),
        C("red", "other_garment_color"),
        DE("black leggings with a side pocket and a wide waistband", "unsupported"),
        DT("nothing", "non_answer"),
        M("cotton lycra"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # W-TS-01. Woman in a grey melange t-shirt with a black "good vibes" slogan, black jeans. All texts: base.
    case(
        "MYN-2000215",
        caption("a woman wearing a grey t-shirt that says good vibes"),
        W("he is wearing a gray t-shirt and black jeans", "pronoun"),
        C("grey"),
        P("striped", "contradiction"),
        S("short sleeves"),
        DE("describe the garment", "non_answer"),
        DT(
            "the t-shirt says good vibes in black letters on the front and it has a round neck and short sleeves "
            "and it is a regular fit",
            "cut",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Women",
        category="Tshirts",
        color="Grey Melange",
        title="Roadster Women Grey Melange Printed Round Neck T-shirt",
    ),
    # W-SH-01. Woman in a blue-and-white vertically striped shirt, long sleeves, half tucked into white trousers.
    # caption, wearing, material: cap-e3; closed: base.
    case(
        "MYN-2000216",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel collar. The trousers are with cotton fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        W(
            "The lady wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel collar. The",
            "cut",
            hit_limit=True,
        ),
        C("blue"),
        P("checked", "contradiction"),
        S("long sleeves"),
        M("The shirt is with cotton fabric."),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Tokyo Talkies Women Blue & White Striped Shirt",
    ),
    # W-PA-01. Woman in white flared palazzos under a pink kurta. The seller left the base colour empty.
    # caption: cap-e1; wearing, details, material: vqa; closed: base.
    case(
        "MYN-2000217",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        W("pants"),
        GT("palazzos"),
        C("pink", "other_garment_color"),
        DT(
            "wide leg wide leg wide leg wide leg wide leg wide leg wide leg wide leg wide leg wide leg wide leg "
            "wide leg wide",
            "loop",
            hit_limit=True,
        ),
        M(
            "cotton Question: What is the color of the garment? Answer: white Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        title="Libas Women White Solid Flared Palazzos",
    ),
    # W-JK-01. Woman in a light-blue washed denim jacket (plain collar, no hood) over a black tee, black jeans.
    # All texts: base.
    case(
        "MYN-2000218",
        caption("a woman wearing a denim jacket over a black t-shirt"),
        W("a blue jean jacket, a black shirt and black pants"),
        C("black", "other_garment_color"),
        DE("a light blue denim jacket with buttons"),
        DT("the jacket has a fur collar and a hood", "unsupported"),
        M("denim"),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # W-TR-01. Woman in beige wide-leg trousers, white shirt tucked in. The seller gave no title.
    # caption, wearing, description, details, material: cap-e3; closed: base.
    case(
        "MYN-2000219",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel collar. The trousers are with cotton fabric and pure color patterns."
        ),
        W(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel collar. The",
            "cut",
            hit_limit=True,
        ),
        GT("jeans", "contradiction"),
        C("white", "other_garment_color"),
        DE(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        DT("The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers.", "pronoun"),
        M("The trousers are with cotton fabric."),
        gender="Women",
        category="Trousers",
        color="Beige",
    ),
    # ---------------------------------------------------------------- kids
    # K-TS-01. Product shot, no person: a red boys' t-shirt with a green cartoon dinosaur print, flat on white.
    # All texts: base.
    case(
        "MYN-3000301",
        caption("a red t-shirt with a dinosaur on it"),
        W("a red t-shirt"),
        C("red"),
        DE("a red t-shirt with a green dinosaur"),
        DT("the details are on the t-shirt", "restated"),
        M("organic cotton", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # K-TS-02. Boy in a navy-and-white striped polo t-shirt, beige shorts.
    # caption: cap-e1; wearing, description, material: vqa; closed: base.
    case(
        "MYN-3000302",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and it has a lapel collar. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        W("striped shirt and shorts"),
        C("blue"),
        P("striped"),
        DE(
            "blue and white stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        M("yes", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Gini and Jony Boys Navy Blue & White Striped Polo Collar T-shirt",
    ),
    # K-CS-01. Product shot, no person: a yellow t-shirt with a blue car print and blue shorts with an elastic
    # drawstring waist, flat lay. All texts: base.
    case(
        "MYN-3000303",
        caption("a yellow shirt and blue shorts for a baby boy"),
        W("a yellow shirt and blue shorts"),
        C("yellow"),
        DE("the shirt is yellow and the shorts are yellow", "contradiction"),
        DT(
            "the shirt has a blue car printed on the front and the shorts have an elastic waistband with a "
            "drawstring and the shirt has a round",
            "cut",
            hit_limit=True,
        ),
        M("the material is the material of the shirt and the shorts", "restated"),
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="Babyhug Boys Yellow & Blue Printed T-shirt with Shorts",
    ),
    # K-DR-01. Girl in a pink sleeveless tulle party dress with a sequined bodice, round neck, nothing in her hair.
    # caption, wearing, details: cap-e3; closed: base.
    case(
        "MYN-3000304",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round."
        ),
        W(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        GT("dress"),
        C("pink"),
        S("sleeveless"),
        DT(
            "The dress is with chiffon fabric and its neckline is round. There is an accessory on her head.",
            "unsupported",
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit and Flare Party Dress",
    ),
    # K-TO-01. Girl in a white top with blue horizontal stripes, short sleeves, blue denim skirt. No base colour.
    # caption: cap-e1; wearing, description, details: vqa; closed: base.
    case(
        "MYN-3000305",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short denim skirt. The T-shirt is "
            "with cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        W(
            "a shirt and a skirt a shirt and a skirt a shirt and a skirt a shirt and a skirt a shirt and a skirt "
            "a shirt",
            "loop",
            hit_limit=True,
        ),
        GT("top"),
        P("striped"),
        S("short sleeves"),
        DE("Answer: striped Answer: striped Answer: striped Answer: striped Answer: striped", "leak", hit_limit=True),
        DT("no", "non_answer"),
        gender="Girls",
        category="Tops",
        title="Cherry Crumble Girls White & Blue Striped Top",
    ),
    # K-SH-01. Boy in a white shirt with a blue check, long sleeves, navy chinos. All texts: base.
    case(
        "MYN-3000306",
        caption("a young boy wearing a checkered shirt and blue pants"),
        W("a shirt and pants"),
        C("white"),
        P("checked"),
        DE("she is wearing a white and blue checkered shirt", "pronoun"),
        DT("Question: What are the details of the garment? Answer: the shirt is checkered", "leak"),
        M("i don't know", "non_answer"),
        gender="Boys",
        category="Shirts",
        color="White",
        title="Allen Solly Junior Boys White & Blue Checked Casual Shirt",
    ),
]
