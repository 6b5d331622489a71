"""BLIND_77 (44 products; a marketplace sample with messy seller columns, the default questionnaire): written blind
in the eighteenth session. Measured blind at 7d0a178: 122 / 140 failures found (87.1%) and 6 / 145 correct texts
flagged (4.1%). The writer's notes, verbatim:

Blind corpus 77: BLIP-2 OPT-2.7b outputs on a random sample of a Myntra-style marketplace, as it comes in the wild.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a random sample of a
    Myntra-style marketplace feed with messy seller columns: misspelt colours (Lavendar, Mutli, Gery, Navy Bleu),
    generic or odd article types (TOPS, Topwear, Tshirt & Tank, Western Wear, Bottomwear), missing titles and
    keyword-stuffed titles. The questions are enrich's default questionnaire (DEFAULT_QUESTIONS); a few products
    also carry the VQA data's yes/no garment question (is_a) or its "What is the color of the {garment}?" question
    (color_of), as the original experiments asked them. Every text is judged against the imagined photo described
    in the comment above its case, never against the seller's columns.

Which system wrote which text (named per text in each case's comment)
    base  = Salesforce/blip2-opt-2.7b, untuned (short answers, COCO-style captions "a woman in a ...").
    cap1  = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (DeepFashion-MultiModal caption template).
    cap3  = leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3, same template, returned for every prompt).
    vqa   = leoreigoto/Data3_V3_BLIP2_VQA (In-shop VQA: one-word colours and classes, never stops, loops and
            writes the next "Question: ... Answer:" of its training format).
    Decoding as in the experiments: greedy, 30 new tokens for answers, 50 for captions.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). Nothing else under /work/main was opened
    and no audit code was seen; the only thing run was an import check of this file.

Label conventions and judgement calls
    - A label names the one failure that matters most for the text; every unlabelled text is a correct answer
      for the photo described.
    - cut: a text that stops mid-phrase; hit_limit=True when it stopped at the token limit (30 new tokens for
      answers, 50 for captions). A caption-template answer that runs out of tokens mid-sentence is "cut" even
      when it also fails to answer the question, because the cut is what the reader sees first.
    - loop: a text that repeats a word or phrase until the limit (hit_limit=True); the repetition is the label,
      not the cut.
    - leak: the answer followed by the training format's next "Question: ... Answer:" (the VQA adapter learnt the
      prompt because its labels were the unmasked input ids); labelled leak even when the first words are right.
    - non_answer: empty text, "i don't know"-style text, the garment's own name back for the details question
      ("they are short" / "leggings"), and an answer of the wrong kind (a colour for the material question).
    - restated: the question's own words turned into an answer ("the details of the garment").
    - other_garment_color: the colour question answered with the colour of another visible garment (the tee under
      the jacket, the jeans under the shirt) - the "one colour for every garment" failure.
    - contradiction: a colour, garment class, sleeve length or pattern that the photo (and another text of the
      same product) contradicts, including the colour of a wall or backdrop given as the garment's colour, and a
      yes to "Is this a {garment}?" for a garment that is not shown.
    - unsupported: an invented detail not visible in the photo (a ring, a wrist accessory, pockets, a logo, a
      zipper on a pullover, a person or trousers on a product shot).
    - pronoun: "he"/"a man"/"the gentleman" for a woman or girl on the photo, or "she"/"the lady" for a man or
      boy (the photo's person agrees with the seller's gender column in every case here).
    - Near-colour synonyms are correct: lavender as purple, teal as green or blue, mustard as yellow, maroon as
      burgundy, peach as pink, rust as orange or brown, beige as tan or khaki, charcoal as dark grey.
    - One colour of a multicolour garment (red for a red-and-black check, white for a cream floral ground) is a
      correct colour answer; "multicolor" is too.
    - Template classes are correct for the garment they map to: "sweater" for a hoodie or sweatshirt, "dress"
      for an anarkali, "kurta" for a kurti, "romper" for a jumpsuit, "lattice" for checks, "pure color" for solid.
    - Layers: naming the garment underneath alongside the product is correct in captions and "wearing" answers;
      only the colour question answered with the other layer's colour is a failure.
    - Backgrounds named in captions ("in front of a blue wall", "on a wooden floor") are correct.
    - On product shots without a person, "What is the person wearing?" answered with the product shown is correct.
    - Long sleeves rolled to the elbow are still "long".
    - A template text that ends on a full stop below the token limit is taken as having stopped on a newline
      (hit_limit=False); it is labelled for what it says (an invented accessory, a wrong sleeve length).
    - The VQA adapter's yes/no answers are "yes" to nearly everything; a yes for a garment class the photo does not
      show as the product, or a no for the class it does show, is a contradiction.
    - The seller's columns are never used as the truth: where the seller's colour or article type is wrong or
      misspelt, a text that matches the photo is correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_77: list[Case] = [
    # 1. Photo: woman in a lavender short-sleeve ribbed crop top and light-blue jeans, plain white studio
    # background. base: caption, wearing, garment_type, sleeve_length; vqa: color; cap3: description, material.
    case(
        "MYN77-W-TOP-1001",
        caption("a woman wearing a purple crop top and blue jeans"),
        D.wearing("a purple top and jeans"),
        D.garment_type("crop top"),
        D.color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is with cotton fabric. There is an accessory on her wrist. The lady wears a ring on her "
            "finger.",
            "unsupported",
        ),
        gender="Women",
        category="TOPS",
        color="Lavendar",
        title="Women Lavendar Solid Ribbed Crop Top",
    ),
    # 2. Photo: man in a navy polo shirt with thin white tipping on the collar, khaki chinos, grey backdrop.
    # base: caption, color, description; vqa: wearing; cap3: details.
    case(
        "MYN77-M-POLO-1002",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        D.wearing(
            "polo shirt, pants Question: What is the color of the polo shirt? Answer: navy Question: Is this a polo",
            "leak",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.description("a navy blue polo shirt with white stripes on the collar"),
        D.details(
            "His shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirt & Tank",
        color="Navy Bleu",
        title="Men Navy Bleu Polo Tshirt Cotton Regular Fit Casual Tshirt For Men Polo Collar Half Sleeve Tshirt",
    ),
    # 3. Photo: woman in a sleeveless V-neck maxi dress, cream ground with pink, orange and green flowers, standing
    # in a garden. base: caption, color, pattern, sleeve_length, details; vqa: garment_type; cap1: description.
    case(
        "MYN77-W-DRS-1003",
        caption("a woman in a floral dress standing in a garden"),
        D.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape.",
            "contradiction",
        ),
        D.details("it has a v-neck, a slit on the side and pockets", "unsupported"),
        gender="Women",
        category="Western Wear",
        color="Mutli",
    ),
    # 4. Photo: man in a heather-grey pullover hoodie (kangaroo pocket, drawstrings, no zip) and black jeans, white
    # background. cap3: caption; base: wearing, description, material; vqa: color, details, is_a.
    case(
        "MYN77-M-HOOD-1004",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        D.wearing("a grey hoodie and black jeans"),
        D.color(
            "grey Question: What is the color of the pants? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.description("a grey hoodie with a zipper on the front", "unsupported"),
        D.details(
            "the hood, the pocket, the sleeves, the hood, the pocket, the sleeves, the hood, the pocket, the sleeves, "
            "the hood",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("tee", "yes", "contradiction"),
        gender="Men",
        category="Topwear",
        color="Gery",
        title="Gery Hoodie",
    ),
    # 5. Photo: woman in black skinny jeans with a plain white t-shirt tucked in, white sneakers, cropped at the
    # shoulders. base: caption, wearing, color, details, material; cap3: description.
    case(
        "MYN77-W-JNS-1005",
        caption("a woman wearing black jeans and a white t-shirt"),
        D.wearing("black jeans and a white shirt"),
        D.color("white", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long denim pants. The "
            "pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Photo: flat lay, no person: white crew-neck t-shirt on a grey wooden floor, black mountain print and the
    # word EXPLORE on the chest. base: caption, wearing, details; vqa: pattern; cap1: description.
    case(
        "MYN77-M-TEE-1006",
        caption("a white t-shirt with a mountain print on a wooden floor"),
        D.wearing("a white t-shirt"),
        D.pattern(
            "graphic Question: What is the color of the tee? Answer: white Question: Is this a tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. This "
            "man wears a long pants.",
            "unsupported",
        ),
        D.details("it says explore on it"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Men White Printed Round Neck T-shirt",
    ),
    # 7. Photo: woman in a mustard straight kurta with small white ethnic motifs, three-quarter sleeves, round neck,
    # white palazzos, beige backdrop. base: caption, garment_type, sleeve_length, details; vqa: wearing;
    # cap3: color.
    case(
        "MYN77-W-KUR-1007",
        caption("a woman in a yellow kurta and white pants"),
        D.wearing(
            "a dress and pants and a dress and pants and a dress and pants and a dress and pants and a dress and "
            "pants and a dress and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("three quarter"),
        D.details("the kurta has a mandarin collar and a pocket on the chest", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Women Mustard Yellow Ethnic Motifs Printed Straight Kurta with Palazzos",
    ),
    # 8. Photo: man in olive cargo shorts with side flap pockets, black t-shirt, white sneakers, white background.
    # base: caption, wearing, details, material; vqa: color; cap3: description.
    case(
        "MYN77-M-SHO-1008",
        caption("a man wearing a black t-shirt and green shorts"),
        D.wearing("shorts and a t-shirt"),
        D.color("black", "other_garment_color"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("they have pockets on the sides"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Bottomwear",
        color="Olive",
        title="Men Olive Green Cargo Shorts",
    ),
    # 9. Photo: woman in a red-and-white vertical striped button-down shirt, long sleeves rolled to the elbow,
    # blue jeans. base: caption, color, sleeve_length, description, pattern; vqa: details; cap1: material.
    case(
        "MYN77-W-SHT-1009",
        caption("a woman wearing a red and white striped shirt"),
        D.color("red and white"),
        D.sleeve_length("long"),
        D.description("a red and white striped shirt with a collar"),
        D.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the "
            "sleeves, the collar,",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric and its neckline is lapel. The lady wears a long denim pants. The pants "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.pattern("the pattern of the garment", "restated"),
        gender="Women",
        category="TOPS",
        color="Red",
        title="Striped Shirt Women Red Shirt Top Casual Shirt Cotton Shirt Office Wear Shirt",
    ),
    # 10. Photo: man in an open mid-blue washed denim trucker jacket over a plain white t-shirt, black jeans, grey
    # backdrop. base: caption, wearing, color, details, sleeve_length; vqa: pattern, description.
    case(
        "MYN77-M-JKT-1010",
        caption("a man wearing a denim jacket and a white t-shirt"),
        D.wearing("a jean jacket and a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("denim"),
        D.description(
            "denim jacket, white tee, black pants, denim jacket, white tee, black pants, denim jacket, white tee, "
            "black pants",
            "loop",
            hit_limit=True,
        ),
        D.details("it has two chest pockets with buttons"),
        D.sleeve_length("short", "contradiction"),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Men Blue Washed Denim Jacket",
    ),
    # 11. Photo: woman in a teal (blue-green) knee-length wrap dress, short flutter sleeves, tie at the waist, bare
    # wrists, white background. cap3: caption; base: wearing, color, description, details; vqa: sleeve_length.
    case(
        "MYN77-W-DRS-1011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("a green dress"),
        D.color("teal"),
        D.sleeve_length(
            "short-sleeve Question: What is the color of the dress? Answer: green Question: Is this a dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("a blue wrap dress with a tie waist"),
        D.details("the garment has details", "restated"),
        gender="Women",
        category="Dresses",
        color="Sea Green",
        title="Women Sea Green Wrap Dress",
    ),
    # 12. Photo: woman in a baby-pink crew-neck sweatshirt with white BROOKLYN lettering, grey joggers, white
    # background. base: caption, color, description, details; cap1: wearing; vqa: material.
    case(
        "MYN77-W-SWT-1012",
        caption("a woman wearing a pink sweatshirt with the word brooklyn on it"),
        D.wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.description("a pink sweatshirt that says brooklyn"),
        D.details("he is wearing a pink sweatshirt with brooklyn written on it", "pronoun"),
        D.material("pink", "non_answer"),
        gender="Women",
        category="Topwear",
        color="Pink",
    ),
    # 13. Photo: man in a red-and-black buffalo-check flannel shirt, buttoned, long sleeves, dark jeans.
    # base: caption, garment_type, color, details; vqa: pattern; cap3: description.
    case(
        "MYN77-M-SHT-1013",
        caption("a man wearing a red and black plaid shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("red"),
        D.pattern("lattice"),
        D.description(
            "His shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The "
            "gentleman wears a long pants, with denim",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "it has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on the "
            "chest",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Mutli",
        title="Men Checked Casual Shirt",
    ),
    # 14. Photo: boy of about eight in a yellow t-shirt with a green dinosaur print, blue denim shorts, white
    # background. base: caption, wearing, pattern, details; vqa: color; cap3: description.
    case(
        "MYN77-B-TEE-1014",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it"),
        D.wearing("a yellow shirt and shorts"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.details("she is wearing a yellow t-shirt with a dinosaur", "pronoun"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="Boys Yellow Printed T-shirt",
    ),
    # 15. Photo: woman in black ankle-length leggings under a maroon knee-length kurti, cropped at the chest, white
    # background. base: caption, wearing, color, details; vqa: garment_type, description.
    case(
        "MYN77-W-LEG-1015",
        caption("a woman wearing a maroon top and black leggings"),
        D.wearing("a maroon kurta and black leggings"),
        D.garment_type("leggings"),
        D.color("maroon", "other_garment_color"),
        D.description(
            "black leggings, black leggings, black leggings, black leggings, black leggings, black leggings, black "
            "leggings, black",
            "loop",
            hit_limit=True,
        ),
        D.details("leggings", "non_answer"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Women Black Solid Ankle Length Leggings",
    ),
    # 16. Photo: man in beige slim chinos, navy shirt tucked in, brown belt, brown loafers.
    # base: caption, wearing, color, details; cap1: description; vqa: material.
    case(
        "MYN77-M-TRS-1016",
        caption("a man wearing a blue shirt and beige pants"),
        D.wearing("a blue shirt and khaki pants"),
        D.color("blue", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers the gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        D.details("they have pockets on the sides and a brown belt"),
        D.material(
            "cotton Question: What is the color of the pants? Answer: khaki Question: What cloth is the person",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Men Khaki Slim Fit Chinos Trousers Chino Pant Men Casual Trouser Formal Trouser",
    ),
    # 17. Photo: woman in an off-white lace short-sleeve top with a scalloped hem, blue jeans, standing against a
    # pale pink wall. base: caption, garment_type, description, material; vqa: color; cap3: details.
    case(
        "MYN77-W-TOP-1017",
        caption("a woman wearing a white lace top in front of a pink wall"),
        D.garment_type("blouse"),
        D.color("pink", "contradiction"),
        D.description("a white lace top with scalloped edges"),
        D.details(
            "The lady wears a short-sleeve shirt with lace patterns. The shirt is with lace fabric and its neckline "
            "is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("the material is the material of the top", "restated"),
        gender="Women",
        category="TOPS",
        color="Off White",
        title="Top",
    ),
    # 18. Photo: man in black track pants with two white stripes down each side, grey t-shirt, cropped at the
    # waist, white background. base: caption, garment_type, pattern, description, color; vqa: wearing, details.
    case(
        "MYN77-M-TRK-1018",
        caption("a man wearing black pants with white stripes"),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: black Question: Is this a pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.pattern("striped"),
        D.description("black track pants with white stripes on the side"),
        D.details(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        gender="Men",
        category="Track Pants",
        color="Black",
    ),
    # 19. Photo: woman in a navy flared midi skirt with small white polka dots, plain white t-shirt tucked in over
    # the waistband, white background. base: caption, garment_type, color, pattern, details; cap1: description.
    case(
        "MYN77-W-SKT-1019",
        caption("a woman wearing a white shirt and a blue polka dot skirt"),
        D.garment_type("a piece of clothing", "non_answer"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dot"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long skirt. The skirt "
            "is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details("it has an elastic waistband and a zipper at the back", "unsupported"),
        gender="Women",
        category="Skirts",
        color="Navy Bleu",
        title="Navy Bleu Polka Dot Skirt Women Skirt Midi Skirt Flared Skirt",
    ),
    # 20. Photo: man in a crisp white long-sleeve formal shirt, spread collar, no chest pocket, plain buttoned cuffs,
    # grey trousers, light-grey backdrop. base: caption, wearing, color, sleeve_length, details, material;
    # vqa: description, is_a.
    case(
        "MYN77-M-SHT-1020",
        caption("a man in a white shirt and grey pants"),
        D.wearing("she is wearing a white shirt and grey pants", "pronoun"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "white shirt white shirt white shirt white shirt white shirt white shirt white shirt white shirt white "
            "shirt white shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket and cufflinks", "unsupported"),
        D.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Men White Formal Shirt Slim Fit Cotton Shirt Office Shirt Party Shirt Full Sleeve Shirt",
    ),
    # 21. Photo: woman in light-blue denim shorts with a frayed hem, black cropped tank top, bare arms and wrists,
    # white background. cap3: caption; base: wearing, color, description, details, garment_type.
    case(
        "MYN77-W-SHO-1021",
        caption(
            "This woman is wearing a tank tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is suspenders. This woman wears a shorts. The shorts are with denim fabric and solid color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and denim shorts"),
        D.color("blue"),
        D.description("light blue denim shorts with a frayed hem"),
        D.details("they are short", "non_answer"),
        D.garment_type("tank top", "contradiction"),
        gender="Women",
        category="Shorts",
        color="Blue",
    ),
    # 22. Photo: man in a maroon V-neck knit pullover over a light-blue collared shirt (collar showing), grey
    # trousers. base: caption, color, details; vqa: sleeve_length, color_of shirt (free generation); cap3:
    # description.
    case(
        "MYN77-M-SWE-1022",
        caption("a man wearing a maroon sweater over a blue shirt"),
        D.color("burgundy"),
        D.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is v-shape. The "
            "gentleman wears a long pants, with cotton",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a v-neck and ribbed cuffs"),
        color_of("shirt", "maroon", "other_garment_color", kind="open"),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Men Maroon V-Neck Pullover",
    ),
    # 23. Photo: woman in a bottle-green anarkali kurta with a gold floral print, flared, long sleeves, matching
    # green trousers, gold dupatta over one shoulder, no belt. base: caption, color, pattern, details;
    # vqa: garment_type, sleeve_length; cap1: description.
    case(
        "MYN77-W-KST-1023",
        caption("a woman in a green dress with a gold scarf"),
        D.garment_type(
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: green",
            "leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a gold border and a gold belt", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Women Green Floral Printed Anarkali Kurta with Trousers & Dupatta",
    ),
    # 24. Photo: product shot, no person: black single-breasted blazer on an invisible mannequin, notched lapels,
    # one button, two flap pockets, white background. base: caption, wearing, color, description; cap3: pattern;
    # vqa: details.
    case(
        "MYN77-W-BLZ-1024",
        caption("a black blazer on a white background"),
        D.wearing("a black blazer"),
        D.color("black"),
        D.pattern(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady",
            "cut",
            hit_limit=True,
        ),
        D.description("a woman wearing a black blazer and black pants", "unsupported"),
        D.details(
            "the buttons, the pockets, the lapels, the buttons, the pockets, the lapels, the buttons, the pockets, "
            "the lapels, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Western Wear",
        color="Black",
        title="Women Black Single-Breasted Blazer",
    ),
    # 25. Photo: man in an orange t-shirt with a black-and-white skull graphic, black jeans, standing against a
    # bright blue wall. base: caption, wearing, color, description, material; vqa: pattern; cap1: details.
    case(
        "MYN77-M-TEE-1025",
        caption("a man in an orange t-shirt with a skull on it standing in front of a blue wall"),
        D.wearing("an orange shirt"),
        D.color("orange"),
        D.pattern("pure color", "contradiction"),
        D.description("an orange t-shirt with a skull on it"),
        D.details(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "gentleman wears a long pants, with denim",
            "cut",
            hit_limit=True,
        ),
        D.material("unanswerable", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Orange",
        title="Men Orange Graphic Printed T-shirt",
    ),
    # 26. Photo: woman in a grey-melange racerback tank top and black shorts, blurred gym behind her.
    # base: caption, wearing, color, sleeve_length, details; vqa: description.
    case(
        "MYN77-W-TNK-1026",
        caption("a woman in a grey tank top and black shorts in a gym"),
        D.wearing("a tank top and shorts"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank tank tank",
            "loop",
            hit_limit=True,
        ),
        D.details("he is wearing a grey tank top", "pronoun"),
        gender="Women",
        category="Tshirt & Tank",
        color="Gery",
    ),
    # 27. Photo: woman in an olive-green sleeveless wide-leg jumpsuit with a self-tie belt, bare wrists and hands,
    # white sneakers, white background. cap3: caption; base: wearing, color, description, material;
    # vqa: details.
    case(
        "MYN77-W-JMP-1027",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is v-shape. There is an accessory on her wrist. The lady wears a ring on her finger.",
            "unsupported",
        ),
        D.wearing("a man in a green jumpsuit", "pronoun"),
        D.color("green"),
        D.description("a green jumpsuit with a belt"),
        D.details(
            "the belt, the pockets, the belt, the pockets, the belt, the pockets, the belt, the pockets, the belt, "
            "the pockets, the",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of a material", "restated"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Women Olive Green Solid Basic Jumpsuit",
    ),
    # 28. Photo: man in light-blue slim jeans, white shirt worn untucked, white sneakers, white background.
    # base: caption, wearing, color, material, description; vqa: garment_type; cap3: details.
    case(
        "MYN77-M-JNS-1028",
        caption("a man in a white shirt and blue jeans"),
        D.wearing("a white shirt and jeans"),
        D.garment_type("denim"),
        D.color("white", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        D.description("", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Men Blue Jeans Slim Fit Stretchable Jeans Denim Jeans For Men Mid Rise Jeans",
    ),
    # 29. Photo: woman in a yellow blouse with small white flowers, puff short sleeves, square neck, black trousers,
    # white background. base: caption, wearing, sleeve_length, description; vqa: color, details; cap1: pattern.
    case(
        "MYN77-W-BLS-1029",
        caption("a woman wearing a yellow floral top and black pants"),
        D.wearing("the person is wearing a garment", "restated"),
        D.color("black", "other_garment_color"),
        D.pattern(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is square. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        D.description("a yellow top with white flowers and puffy sleeves"),
        D.details(
            "puff sleeves Question: What is the color of the blouse? Answer: yellow Question: Is this a blouse? "
            "Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="TOPS",
        color="Yellow",
    ),
    # 30. Photo: man in a black nylon bomber jacket zipped halfway over a grey hoodie (hood out), black jeans.
    # base: caption, wearing, color, details, material; cap3: description; vqa: is_a.
    case(
        "MYN77-M-JKT-1030",
        caption("a man wearing a black bomber jacket over a grey hoodie"),
        D.wearing("a black jacket"),
        D.color("grey", "other_garment_color"),
        D.description(
            "His jacket has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. The "
            "gentleman wears a long pants, with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a zipper and ribbed cuffs"),
        D.material("none", "non_answer"),
        is_a("cardigan", "yes", "contradiction"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Bomber Jacket",
    ),
    # 31. Photo: woman in a white A-line cotton kurti with indigo block-print motifs, three-quarter sleeves,
    # blue jeans, white background. base: caption, wearing, color, sleeve_length, description, material; cap1:
    # details.
    case(
        "MYN77-W-KTI-1031",
        caption("a woman in a white and blue kurta"),
        D.wearing("a white kurta and jeans"),
        D.color("white"),
        D.sleeve_length("short", "contradiction"),
        D.description("a white kurta with blue print and three quarter sleeves"),
        D.details(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("the kurta is made of kurta", "restated"),
        gender="Women",
        category="Kurtis",
        color="White",
        title="Women White & Blue Printed Kurti",
    ),
    # 32. Photo: girl of about six in a pink sleeveless fit-and-flare dress with a tulle skirt and a satin bow at
    # the waist, no sequins, white background. base: caption, wearing, color, details; vqa: pattern;
    # cap3: description.
    case(
        "MYN77-G-DRS-1032",
        caption("a little girl in a pink dress with a bow"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has a bow and sequins on the top", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Girls Pink Fit and Flare Dress",
    ),
    # 33. Photo: man in an oversized tie-dye t-shirt swirled blue, purple and pink, black shorts, white background.
    # base: caption, wearing, color, details; cap1: sleeve_length; vqa: description.
    case(
        "MYN77-M-TEE-1033",
        caption("a man wearing a tie dye t-shirt"),
        D.wearing("a tie dye shirt"),
        D.color("multicolor"),
        D.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "blue purple pink blue purple pink blue purple pink blue purple pink blue purple pink blue purple pink "
            "blue purple pink blue",
            "loop",
            hit_limit=True,
        ),
        D.details("it is a t-shirt", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Mutli",
        title="Tie Dye Tshirt Men Oversized Tshirt Tie and Dye Printed Tshirt Multicolor Tshirt",
    ),
    # 34. Photo: woman in a peach open-front knit cardigan, long sleeves, over a white camisole, blue jeans.
    # base: caption, wearing, color, description, details; vqa: garment_type.
    case(
        "MYN77-W-CRD-1034",
        caption("a woman wearing a peach cardigan and white top"),
        D.wearing("a pink sweater and jeans"),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.description("a peach knit cardigan with no buttons"),
        D.details("the details of the garment", "restated"),
        gender="Women",
        category="Sweaters",
        color="Peach",
        title="Women Peach-Coloured Open Front Cardigan",
    ),
    # 35. Photo: man in charcoal-grey cuffed joggers with a drawstring, white t-shirt, cropped from the chest down.
    # base: caption, garment_type, color, details, description; vqa: wearing; cap1: material.
    case(
        "MYN77-M-JOG-1035",
        caption("a man wearing grey sweatpants and a white t-shirt"),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: grey Question: What cloth is the person wearing?",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("joggers"),
        D.color("dark grey"),
        D.details("the details are the details of the joggers", "restated"),
        D.material(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.description("a pair of black jeans", "contradiction"),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="Men Charcoal Joggers",
    ),
    # 36. Photo: woman in a rust-orange midi shirt dress, long sleeves, button front, self-tie belt, brown ankle
    # boots, beige backdrop. base: caption, wearing, garment_type, color, details; vqa: sleeve_length.
    case(
        "MYN77-W-DRS-1036",
        caption("a woman wearing an orange shirt dress"),
        D.wearing("a brown dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("orange"),
        D.sleeve_length(
            "long-sleeve Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: "
            "orange",
            "leak",
            hit_limit=True,
        ),
        D.details("a man wearing an orange shirt with buttons", "pronoun"),
        gender="Women",
        category="Dresses",
        color="Rust",
    ),
    # 37. Photo: muscular man in a black sleeveless muscle tank with deep armholes, plain front, grey shorts, gym
    # equipment behind him. base: caption, wearing, garment_type, color, details; vqa: sleeve_length,
    # material; cap3: description.
    case(
        "MYN77-M-TNK-1037",
        caption("a man in a black tank top standing in a gym"),
        D.wearing("a black tank top"),
        D.garment_type("vest"),
        D.color("black"),
        D.sleeve_length("short-sleeve", "contradiction"),
        D.description(
            "His tank shirt has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a short pants, with",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a nike logo on the chest", "unsupported"),
        D.material("black", "non_answer"),
        gender="Men",
        category="Tshirt & Tank",
        color="Black",
        title="Men Black Gym Vest Sleeveless Tshirt Muscle Tee",
    ),
    # 38. Photo: product shot, no person: light-blue denim jacket on a wooden hanger against a white brick wall,
    # metal buttons, two chest flap pockets, unlined as far as can be seen. base: caption, wearing, color,
    # description, material; vqa: pattern; cap1: details.
    case(
        "MYN77-W-JKT-1038",
        caption("a denim jacket hanging on a white brick wall"),
        D.wearing("a jean jacket"),
        D.color("light blue"),
        D.pattern(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.description("a light blue denim jacket with buttons"),
        D.details(
            "The lady wears a long-sleeve jacket with denim patterns. The jacket is with denim fabric and its "
            "neckline is lapel. The lady wears a long denim",
            "cut",
            hit_limit=True,
        ),
        D.material("denim with a fleece lining", "unsupported"),
        gender="Women",
        category="Topwear",
        color="Blue",
    ),
    # 39. Photo: man in a mustard crew-neck sweatshirt with ribbed cuffs and hem, olive chinos, white background.
    # base: caption, wearing, color, details, material, garment_type; vqa: description.
    case(
        "MYN77-M-SWT-1039",
        caption("a man in a yellow sweatshirt and green pants"),
        D.wearing("a yellow sweater"),
        D.color("mustard"),
        D.description(
            "sweatshirt, pants Question: What is the color of the sweatshirt? Answer: yellow Question: What is the "
            "color",
            "leak",
            hit_limit=True,
        ),
        D.details("she is wearing a yellow sweatshirt", "pronoun"),
        D.material("cotton"),
        D.garment_type("the type of garment", "restated"),
        gender="Men",
        category="Sweatshirts",
        color="Mustard",
        title="Men Mustard Yellow Solid Sweatshirt",
    ),
    # 40. Photo: woman in a black long-sleeve bodycon mini dress with a square neck, black heels, white background.
    # base: caption, wearing, color, sleeve_length, details; cap3: description; vqa: material.
    case(
        "MYN77-W-DRS-1040",
        caption("a woman in a black dress posing for a photo"),
        D.wearing("a black dress"),
        D.color("black"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        D.material(
            "the dress is black and the dress is black and the dress is black and the dress is black and the dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Western Wear",
        color="Black",
        title="Women Black Bodycon Dress Party Dress Mini Dress Sexy Dress Club Dress",
    ),
    # 41. Photo: woman in white high-waist wide-leg trousers with a black fitted long-sleeve top tucked in, white
    # background. base: caption, wearing, garment_type, details, pattern; vqa: color; cap1: description.
    case(
        "MYN77-W-TRS-1041",
        caption("a woman wearing white pants and a black top"),
        D.wearing("white pants"),
        D.garment_type("trousers"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is",
            "cut",
            hit_limit=True,
        ),
        D.details("they have wide legs and a high waist"),
        D.pattern("striped", "contradiction"),
        gender="Women",
        category="Trousers",
        color="White",
        title="Trousers",
    ),
    # 42. Photo: man in navy chino shorts and a white polo shirt, cropped from the waist down, white background;
    # seller left colour and title empty. base: caption, color, material; vqa: garment_type, description, is_a;
    # cap3: details.
    case(
        "MYN77-M-SHO-1042",
        caption("a man wearing navy shorts and a white shirt"),
        D.garment_type("shorts"),
        D.color("navy"),
        D.description(
            "navy shorts, white polo, navy shorts, white polo, navy shorts, white polo, navy shorts, white polo, navy",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of fabric", "non_answer"),
        is_a("shorts", "no", "contradiction"),
        gender="Men",
        category="Shorts",
    ),
    # 43. Photo: woman in a beige belted double-breasted trench coat, long sleeves, black boots, bare head and
    # hands, walking on a city street with parked cars. base: caption, wearing, color, material;
    # cap3: description; vqa: details.
    case(
        "MYN77-W-COT-1043",
        caption("a woman in a trench coat walking down the street"),
        D.wearing("a tan coat"),
        D.color("beige"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. There is a hat on her head.",
            "unsupported",
        ),
        D.details(
            "buttons belt buttons belt buttons belt buttons belt buttons belt buttons belt buttons belt buttons belt "
            "buttons belt buttons belt",
            "loop",
            hit_limit=True,
        ),
        D.material("the coat is made of a material", "restated"),
        gender="Women",
        category="Jackets",
        color="Beige",
        title="Women Beige Solid Longline Trench Coat",
    ),
    # 44. Photo: man in a teal solid round-neck t-shirt and beige chinos, standing next to a potted green plant in
    # front of a white wall. base: caption, wearing, garment_type, pattern, description; cap1: color;
    # vqa: details.
    case(
        "MYN77-M-TEE-1044",
        caption("a man in a green t-shirt standing next to a plant"),
        D.wearing("a teal shirt"),
        D.garment_type("t-shirt"),
        D.color(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.description("a woman in a green shirt", "pronoun"),
        D.details(
            "green Question: What is the color of the pants? Answer: khaki Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Men Teal Solid Round Neck T-shirt",
    ),
]
