"""BLIND_47 (44 products; a plus-size and curve retailer): written blind in the sixteenth session. Measured blind at
990e7a1: 119/142 and 7/145. The writer's notes, verbatim:

Blind corpus 47: a plus-size and curve fashion retailer for women, sizes 14-32.

Scenario
    Wrap dresses, wide-leg and bootcut jeans, tunics, blouses, shapewear, coats, swimsuits and lounge sets. Studio
    photos of curve models (white, grey or coloured paper backdrops), some outdoor lifestyle shots (park, street,
    beach, garden, cafe, pool) and a few product shots without a person (flat lay, ghost mannequin). Catalog columns
    in the retailer's words: gender "Women", category (Dresses, Jeans, Tops, Coats, Swimwear, Loungewear), color
    (Black Floral, Oatmeal, Khaki, Rust, Cobalt, Blush, Navy Spot, ...) and a title. Some products lack a column
    (one shapewear piece has no category, one dress has no columns but a title, one product has no color).

Which system wrote which text (named in the comment above every case)
    [base]   Salesforce/blip2-opt-2.7b, untuned, free generation (stops on newline; short answers).
    [cap1]   leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    [cap3]   leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
    [vqa]    leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch).
    [qa]     the third experiment: timpal0l/mdeberta-v3-base-squad2 extracting a span from a [cap3] caption.
    [closed] enrich's closed questions: candidate answers ranked with the base model (raw text kept when unmapped).
    The fine-tuned adapters never learned to stop (no end-of-answer token), so their free texts run to the token
    limit (30 new tokens for answers, 50 for captions) and loop, get cut, or run on into a new "Question: ..."
    turn; the caption adapters answer every question with the DeepFashion caption template.

How it was written
    Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). No other file of the
    project, no audit code, no other corpus. Every photo is imagined and described in the comment above its case;
    every label is judged against that imagined photo and the seller's columns.

Label conventions and judgement calls
    - One failure kind per text: the most salient one. Texts were written to carry a single fault where possible.
    - cut: a text that stops mid-phrase. hit_limit=True when it ran to the limit (30 tokens for answers, 50 for
      captions); a few base texts stop mid-phrase before the limit (hit_limit=False). A caption-template answer
      that runs to the limit and stops mid-sentence is labelled cut even though it also ignores the question.
    - loop: a phrase or word repeated until the limit (hit_limit=True), or a short repeated clause from the base
      model that stopped on its own (hit_limit=False).
    - leak: the text runs on into the prompt format ("Question: ... Answer: ..."); labelled leak, not cut.
    - other_garment_color: a color answer (mostly open color_of, sometimes the closed color) that gives the
      product, or a named garment, the color of another garment in the photo (leggings, tee, tights, jeans).
    - contradiction: a wrong color, garment or sleeve length that the caption, other answers or the seller's
      columns contradict, including a backdrop or sunset color taken for the garment, and an accessory (straw hat,
      straw bag) answered as the garment or its material.
    - non_answer: empty, "i don't know", "unknown", "no" to an open question, an answer that names no material or
      no color (a pattern word "pure color" for a color question), or only the question's words back.
    - restated: the question turned into a statement ("the material of the garment is a material", "the coat is a
      coat") without information.
    - pronoun: "he"/"man"/"gentleman" for the women's-wear curve models (gender "Women").
    - unsupported: details not in the photo or not knowable from it (pockets, slits, rips, necklace, sunglasses,
      a zip fly on a pull-on jegging, a brand, "made in italy", fibre percentages, silk for a modal set, a person
      invented for a flat-lay swimsuit).
    - Near-color synonyms count as correct: Oatmeal/Khaki -> beige, Rust -> orange or brown, Cobalt -> blue, Blush
      -> pink, Navy Spot -> navy (pattern polka dot), Black Floral -> black (pattern floral), Ecru -> white, Camel
      -> brown, olive Khaki -> green when the photo's khaki is olive.
    - Superclasses count as correct: jeans answered "pants", a puffer coat "jacket", a tankini top "tank top",
      a fleece lounge hoodie "sweatshirt" for is_a. A shirt dress answered "shirt" and a sweater dress "sweater"
      are contradictions (the seller says Dresses).
    - Backgrounds, layers and props named in a caption are correct when the product's color is right ("a blue dress
      in front of a pink wall", "a camel coat and a black turtleneck").
    - For a product shot without a person, naming the item for "What is the person wearing?" is correct; inventing a
      woman wearing it is unsupported; a caption-template answer that invents "the lady" and is cut is labelled cut.
    - Fabric answers are correct only when the photo or title supports them (denim, satin, suede, linen, knit,
      velour -> velvet, teddy -> fleece); fibre guesses beyond that are unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_47: list[Case] = [
    # 1. Studio, white backdrop: curve model in a black jersey wrap midi dress with pink and white flowers, short
    # flutter sleeves, tie waist. Caption [base]; closed [closed]; description [cap3]; details [vqa]; material [base].
    case(
        "CV-DR-1001",
        caption("a plus size woman wearing a black floral wrap dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.pattern("floral"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the waist, the sleeves, the neckline, the waist, the sleeves, the neckline, "
            "the waist, the",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender=W,
        category="Dresses",
        color="Black Floral",
        title="Black Floral Jersey Wrap Midi Dress",
    ),
    # 2. Studio, grey backdrop: mid-blue high-rise wide-leg jeans, white tee tucked in. Experiments' questionnaire.
    # Caption, color_of jeans/shirt, material [base]; closed [closed]; details [cap3]; wearing [vqa].
    case(
        "CV-JN-2040",
        caption("a woman in a white t-shirt and wide leg jeans standing in front of a grey wall"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        B.garment_type("jeans"),
        details(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        B.material("denim"),
        wearing("he is wearing a white shirt and blue jeans", "pronoun", who="she"),
        gender=W,
        category="Jeans",
        color="Mid Blue",
        title="High Rise Wide Leg Jean",
    ),
    # 3. Studio: oatmeal ribbed longline tunic (long sleeves, no pockets) over black leggings. Caption, color_of
    # tunic, description, material [base]; closed [closed]; wearing [cap1].
    case(
        "CV-TP-3112",
        caption("a woman wearing a beige sweater and black leggings"),
        D.color("beige"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitting fabric and its neckline is round. The leggings",
            "cut",
            hit_limit=True,
        ),
        color_of("tunic", "black", "other_garment_color", kind="open"),
        D.sleeve_length("long sleeve"),
        D.material("knit"),
        D.description("a beige ribbed tunic with pockets on the front", "unsupported"),
        gender=W,
        category="Tops",
        color="Oatmeal",
        title="Oatmeal Ribbed Longline Tunic",
    ),
    # 4. Outdoor, park: rust satin tie-neck blouse with long sleeves, cream trousers. Caption, color_of, details,
    # wearing [base]; closed [closed]; description [vqa].
    case(
        "CV-TP-3150",
        caption("a woman in an orange blouse and white pants standing in a park"),
        D.color("orange"),
        color_of("blouse", "brown", kind="open"),
        D.description(
            "orange Question: Describe the garment. Answer: orange Question: Describe the garment. Answer: orange",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a bow at the neck and long sleeves"),
        D.wearing("he is wearing an orange shirt and white pants", "pronoun"),
        D.sleeve_length("short sleeve", "contradiction"),
        gender=W,
        category="Tops",
        color="Rust",
        title="Rust Satin Tie Neck Blouse",
    ),
    # 5. Studio, pink paper backdrop: cobalt ruched long-sleeve bodycon midi dress. Caption and material [base];
    # closed [closed]; color_of dress [vqa]; details [cap3].
    case(
        "CV-DR-1077",
        caption("a woman in a blue dress posing in front of a pink wall"),
        D.color("pink", "contradiction"),
        color_of(
            "dress",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeve"),
        D.garment_type("dress"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress",
            "cut",
            hit_limit=True,
        ),
        D.material("it's a dress", "non_answer"),
        gender=W,
        category="Dresses",
        color="Cobalt",
        title="Cobalt Ruched Long Sleeve Bodycon Midi Dress",
    ),
    # 6. Product shot, no person: navy one-piece swimsuit with white spots on a white background. Caption and
    # wearing [base]; closed [closed]; material [cap3]; is_a and description [vqa].
    case(
        "CV-SW-5001",
        caption("a navy and white polka dot swimsuit on a white background"),
        D.pattern("polka dot"),
        D.color("navy"),
        D.wearing("a woman is wearing a navy blue polka dot swimsuit", "unsupported"),
        D.material(
            "The swimsuit is with other fabric and its neckline is v-shape. The swimsuit is with other fabric and its "
            "neckline is v-shape. The",
            "loop",
            hit_limit=True,
        ),
        is_a("swimsuit", "yes"),
        D.description(
            "navy blue polka dot swimsuit Question: What are the details of the garment? Answer: white polka dots "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Swimwear",
        color="Navy Spot",
        title="Navy Spot Tummy Control Swimsuit",
    ),
    # 7. Outdoor, city street: khaki belted trench coat, open over a black top and black jeans. Caption, color_of,
    # wearing, details, material [base]; closed [closed]; description [cap3].
    case(
        "CV-CT-4010",
        caption("a woman in a trench coat walking down the street"),
        D.color("beige"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        D.wearing("a trench coat, a black top and black jeans"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and it has a "
            "lapel collar. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("100% cotton gabardine", "unsupported"),
        gender=W,
        category="Coats",
        color="Khaki",
        title="Belted Longline Trench Coat",
    ),
    # 8. Studio: blush brushed-fleece hoodie and matching jogger set (both blush), kangaroo pocket, drawstring.
    # Caption [cap1]; closed [closed]; wearing [vqa]; details and color_of pants [base]; is_a [vqa].
    case(
        "CV-LG-6001",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is hooded. The pants are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing(
            "a pink hoodie and pink pants and pink pants and pink pants and pink pants and pink pants and pink pants "
            "and",
            "loop",
            hit_limit=True,
        ),
        D.details("the hoodie has a drawstring and a kangaroo pocket"),
        color_of("pants", "grey", "contradiction", kind="open"),
        is_a("sweatshirt", "yes"),
        gender=W,
        category="Loungewear",
        color="Blush",
        title="Brushed Fleece Hoodie and Jogger Set",
    ),
    # 9. Studio, white wall: nude seamless shapewear bodysuit, scoop neck, no lace. No category column. Caption and
    # description [base]; closed [closed]; wearing [vqa]; details [cap3].
    case(
        "CV-SH-7001",
        caption("a woman in a beige bodysuit standing in front of a white wall"),
        D.garment_type("bodysuit"),
        D.color("beige"),
        D.wearing(
            "a bodysuit Question: What is the person wearing? Answer: a bodysuit Question: What is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("a beige bodysuit with lace trim and a push up bra", "unsupported"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        color="Latte",
        title="Seamless Sculpting Shapewear Bodysuit",
    ),
    # 10. Outdoor, garden: navy tiered tea dress with white spots, short puff sleeves. Caption, color_of, material
    # [base]; closed [closed]; details [vqa].
    case(
        "CV-DR-1102",
        caption("a woman in a polka dot dress standing in a garden"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        color_of("dress", "navy blue with white polka dots", kind="open"),
        D.details(
            "polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot polka dot",
            "loop",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender=W,
        category="Dresses",
        color="Navy Spot",
        title="Navy Spot Tiered Tea Dress",
    ),
    # 11. Studio: black bootcut jeans with a grey knit sweater half-tucked. Experiments' questionnaire. Caption,
    # color_of sweater, details [base]; closed [closed]; description [cap3].
    case(
        "CV-JN-2066",
        caption("a woman wearing a gray sweater and black jeans"),
        color_of("jeans", "black"),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        B.garment_type("jeans"),
        details("jeans", "they are jeans", "non_answer"),
        describe(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The trousers are with denim fabric and solid "
            "color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Black",
        title="Curve Bootcut Jean",
    ),
    # 12. Studio: white broderie (eyelet) blouse with short puff sleeves, tucked into blue jeans. Caption and
    # wearing [base]; closed [closed]; description [cap1]; is_a [vqa]; blouse details [cap3].
    case(
        "CV-TP-3201",
        caption("a woman in a white blouse and blue jeans"),
        D.sleeve_length("short sleeve"),
        D.color("blue", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and blue jeans"),
        is_a("dress", "yes", "contradiction"),
        details(
            "blouse",
            "The shirt is with cotton fabric and its neckline is round. The shirt is with cotton fabric and its "
            "neckline is round. The shirt is",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="White",
        title="Broderie Puff Sleeve Blouse",
    ),
    # 13. Outdoor, autumn street: camel wool-blend wrap coat (belt, two side pockets, no hood) over a black
    # turtleneck. Caption [cap3]; closed [closed]; color_of coat [vqa]; wearing, material, details [base].
    case(
        "CV-CT-4044",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and it has a "
            "lapel collar. The lady wears a long-sleeve sweater with pure color patterns. The sweater",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        color_of(
            "coat",
            "brown Question: What is the color of the coat? Answer: brown Question: What is the color of the coat?",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.wearing("a camel coat and a black turtleneck"),
        D.material("wool"),
        D.details("the coat has a belt and pockets and a hood", "unsupported"),
        gender=W,
        category="Coats",
        color="Camel",
        title="Wool Blend Wrap Coat",
    ),
    # 14. Outdoor, by a pool: black swim dress (sleeveless, v-neck), sunglasses pushed up on her head. Experiments'
    # questionnaire. Caption and wearing [base]; is_a, description, material [vqa]; closed [closed]; details [cap3].
    case(
        "CV-SW-5030",
        caption("a woman in a black swimsuit standing by a pool"),
        is_a("swimsuit", "yes"),
        B.garment_type("swimsuit"),
        B.color("black"),
        describe(
            "swimsuit",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details(
            "swimsuit",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black swimsuit and sunglasses", who="she"),
        B.material(
            "nylon Question: What material is the garment made of? Answer: nylon Question: What material is the "
            "garment made",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Swimwear",
        color="Black",
        title="Swim Dress with Built-in Brief",
    ),
    # 15. Studio: oatmeal waffle-knit tee and shorts lounge set. Caption, color_of shorts, shorts details [base];
    # closed [closed]; material [cap3]; wearing [vqa].
    case(
        "CV-LG-6020",
        caption("a woman wearing a beige t-shirt and shorts"),
        color_of("shorts", "beige", kind="open"),
        details("shorts", "they are short", "non_answer"),
        D.material(
            "The shorts are with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.wearing(
            "a shirt and shorts Question: What is the color of the shirt? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Loungewear",
        color="Oatmeal",
        title="Waffle Knit Tee and Short Set",
    ),
    # 16. Outdoor, field of tall grass: rust tiered smock maxi dress with long sleeves. Caption, description,
    # wearing [base]; closed [closed]; details [cap1].
    case(
        "CV-DR-1150",
        caption("a woman in a long orange dress standing in a field of tall grass"),
        D.color("orange"),
        D.description("a long orange dress with long sleeves and a tiered skirt"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeve", "contradiction"),
        D.wearing("he is wearing a long orange dress", "pronoun"),
        gender=W,
        category="Dresses",
        color="Rust",
        title="Rust Tiered Maxi Smock Dress",
    ),
    # 17. Studio: cobalt tunic with white embroidery round the neckline, worn with white jeans. Caption, color_of,
    # details, material [base]; closed [closed]; description and is_a [vqa].
    case(
        "CV-TP-3240",
        caption("a woman wearing a blue tunic and white jeans"),
        color_of("tunic", "white", "other_garment_color", kind="open"),
        D.garment_type("tunic"),
        D.details("the tunic has embroidery around the neckline"),
        D.description(
            "blue tunic blue tunic blue tunic blue tunic blue tunic blue tunic blue tunic blue tunic blue tunic blue",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the material", "restated"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        category="Tops",
        color="Cobalt",
        title="Cobalt Embroidered Neck Tunic",
    ),
    # 18. Outdoor, snowy street: long black hooded puffer coat. Caption and wearing [base]; closed [closed]; details
    # [vqa]; description [cap3].
    case(
        "CV-CT-4080",
        caption("a woman in a black puffer coat standing on a snowy street"),
        D.garment_type("jacket"),
        D.details(
            "the hood, the zipper, the pockets, the hood, the zipper, the pockets, the hood, the zipper, the pockets",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a man wearing a black puffer jacket", "pronoun"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Coats",
        color="Black",
        title="Longline Hooded Puffer Coat",
    ),
    # 19. Outdoor, beach under a blue sky: cobalt high-waist bikini. Experiments' questionnaire. Caption, color_of,
    # material [base]; closed [closed]; wearing [vqa]; description [cap3].
    case(
        "CV-SW-5060",
        caption("a woman in a blue bikini on the beach"),
        B.color("blue"),
        wearing(
            "bikini bikini bikini bikini bikini bikini bikini bikini bikini bikini bikini bikini bikini bikini bikini",
            "loop",
            who="she",
            hit_limit=True,
        ),
        describe(
            "bikini",
            "The lady wears a sleeveless bikini with pure color patterns. The bikini is with other fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("bikini", "blue", kind="open"),
        B.material("polyester and spandex, made in italy", "unsupported"),
        gender=W,
        category="Swimwear",
        color="Cobalt",
        title="Cobalt High Waist Bikini Set",
    ),
    # 20. Studio: blush satin bias-cut slip dress (spaghetti straps, no slit) with a cream cardigan over it. Caption,
    # color_of, material, details [base]; closed [closed]; description [cap3].
    case(
        "CV-DR-1201",
        caption("a woman wearing a pink satin dress and a white cardigan"),
        D.color("white", "other_garment_color"),
        color_of("dress", "pink", kind="open"),
        D.material("satin"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns and a long-sleeve cardigan. The dress is with "
            "chiffon fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details("a pink satin dress with spaghetti straps and a slit up the side", "unsupported"),
        gender=W,
        category="Dresses",
        color="Blush",
        title="Satin Bias Cut Slip Dress",
    ),
    # 21. Outdoor, sitting on stone steps: ecru wide-leg jeans with a black bodysuit. Caption and color_of pants
    # [base]; closed [closed]; details [cap1]; wearing [vqa].
    case(
        "CV-JN-2101",
        caption("a woman in white pants and a black top sitting on steps"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.color("white"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The lady wears a sleeveless tank top with "
            "pure color patterns. The tank",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "white pants and a black top Question: What is the person wearing? Answer: white pants and a black top",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Ecru",
        title="Ecru Wide Leg Jean",
    ),
    # 22. Studio: black chiffon blouse with pink and white flowers, long sleeves, buttons down the front, tucked
    # into black trousers. Caption [cap3]; closed [closed]; color_of, details, description [base]; material [vqa].
    case(
        "CV-TP-3300",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with chiffon "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black with pink flowers", kind="open"),
        D.details("the blouse has buttons down the front and long sleeves"),
        D.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        D.description("a black and pink floral blouse with a", "cut"),
        D.sleeve_length("short sleeve", "contradiction"),
        gender=W,
        category="Tops",
        color="Black Floral",
        title="Floral Chiffon Button Blouse",
    ),
    # 23. Studio: navy modal jersey lounge set, long-sleeve top with white piping and wide pants. Caption, details,
    # material, wearing [base]; closed [closed]; description [vqa].
    case(
        "CV-LG-6077",
        caption("a woman in navy blue pajamas"),
        D.color("blue"),
        D.details("white piping on the collar and cuffs"),
        D.description(
            "navy Question: Describe the garment. Answer: navy blue pajamas Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        D.wearing("he is wearing blue pajamas", "pronoun"),
        gender=W,
        category="Loungewear",
        color="Navy",
        title="Piped Modal Lounge Set",
    ),
    # 24. Outdoor, sidewalk: beige khaki belted utility shirt dress, short sleeves, white sneakers. Caption, color_of,
    # material, description [base]; closed [closed]; details [cap3].
    case(
        "CV-DR-1240",
        caption("a woman in a khaki shirt dress and white sneakers walking on a sidewalk"),
        D.garment_type("shirt", "contradiction"),
        D.color("beige"),
        color_of("dress", "khaki", kind="open"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is lapel. There is a belt",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeve"),
        D.material("unknown", "non_answer"),
        D.description("a description of the garment: it is a dress", "restated"),
        gender=W,
        category="Dresses",
        color="Khaki",
        title="Utility Belted Shirt Dress",
    ),
    # 25. Flat lay, no person: black tankini top with pink flowers on white. No color column. Caption, details,
    # material [base]; closed [closed]; description [cap1].
    case(
        "CV-SW-5090",
        caption("a black and pink floral tankini top on a white background"),
        D.garment_type("tank top"),
        D.pattern("floral"),
        D.color("black"),
        D.description(
            "The lady wears a tank top with floral patterns. The tank top is with cotton fabric and its neckline is "
            "round. The lady wears a tank top with floral",
            "cut",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        D.material("swimsuit", "non_answer"),
        gender=W,
        category="Swimwear",
        title="Floral Tankini Top",
    ),
    # 26. Studio: dark indigo straight-leg jeans (clean, no rips) with a rust top. Experiments' questionnaire.
    # Caption and details [base]; color_of jeans and is_a [vqa]; closed [closed]; description [cap3].
    case(
        "CV-JN-2150",
        caption("a woman in a orange top and dark blue jeans"),
        color_of("jeans", "orange", "other_garment_color", kind="open"),
        B.garment_type("jeans"),
        details("jeans", "the jeans have ripped knees and a frayed hem", "unsupported"),
        describe(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The lady wears a long-sleeve shirt with pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("pants", "yes"),
        gender=W,
        category="Jeans",
        color="Indigo",
        title="Straight Leg Jean",
    ),
    # 27. Outdoor, cafe table: blush cable-knit jumper, long sleeves (her legs hidden by the table). Caption and
    # material [base]; closed [closed]; details and sweater description [vqa]; wearing [cap1].
    case(
        "CV-TP-3350",
        caption("a woman in a pink sweater sitting at a table in a cafe"),
        D.color("pink"),
        D.details(
            "cable knit cable knit cable knit cable knit cable knit cable knit cable knit cable knit cable knit cable",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material("knit"),
        describe(
            "sweater",
            "pink sweater Question: Describe the sweater. Answer: pink sweater Question: Describe the sweater. "
            "Answer: pink",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Blush",
        title="Cable Knit Jumper",
    ),
    # 28. Studio: cobalt teddy borg coat over a white tee and mid-blue jeans. Caption, color_of jeans, material,
    # details [base]; closed [closed]; description and color_of coat [vqa].
    case(
        "CV-CT-4120",
        caption("a woman wearing a blue teddy coat over a white t-shirt and jeans"),
        color_of("jeans", "blue", kind="open"),
        D.material("fleece"),
        D.details("the details of the garment are the details of the coat", "restated"),
        D.description(
            "blue coat Question: What are the details of the garment? Answer: blue coat Question: What are",
            "leak",
            hit_limit=True,
        ),
        color_of("coat", "white", "other_garment_color", kind="open"),
        gender=W,
        category="Coats",
        color="Cobalt",
        title="Teddy Borg Coat",
    ),
    # 29. Studio, grey backdrop: black long-sleeve jersey wrap dress with a gold buckle at the waist, no jewellery.
    # Caption [cap3]; closed [closed]; color_of [qa over that caption]; details, wearing, description [base].
    case(
        "CV-DR-1300",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        D.details("a gold buckle at the waist"),
        D.wearing("a black dress"),
        D.description("a black dress with a gold belt buckle and a gold necklace", "unsupported"),
        gender=W,
        category="Dresses",
        color="Black",
        title="Buckle Waist Jersey Wrap Dress",
    ),
    # 30. Studio: rust velour zip hoodie and wide-leg pant set. Caption, color_of pants, material, hoodie
    # description [base]; closed [closed]; wearing and is_a [vqa]; details [cap1].
    case(
        "CV-LG-6100",
        caption("a woman in a brown velour tracksuit"),
        D.color("brown"),
        color_of("pants", "brown", kind="open"),
        D.material("velvet"),
        D.wearing(
            "a brown hoodie and brown pants and brown shoes and brown shoes and brown shoes and brown shoes and brown "
            "shoes",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless", "contradiction"),
        describe("hoodie", "the hoodie is a hoodie", "restated"),
        gender=W,
        category="Loungewear",
        color="Rust",
        title="Velour Zip Hoodie and Wide Leg Pant Set",
    ),
    # 31. Studio: navy wrap-front blouse with white spots, long sleeves, tucked into beige trousers. Caption,
    # color_of pants, wearing [base]; closed [closed]; details [vqa].
    case(
        "CV-TP-3400",
        caption("a woman in a blue and white polka dot blouse and beige pants"),
        D.pattern("polka dot"),
        D.color("beige", "other_garment_color"),
        color_of("pants", "beige", kind="open"),
        D.details(
            "the blouse has a wrap front and the pants have a belt Question: What are the details of the garment?",
            "leak",
            hit_limit=True,
        ),
        D.wearing("he is wearing a polka dot shirt and khaki pants", "pronoun"),
        gender=W,
        category="Tops",
        color="Navy Spot",
        title="Spot Print Wrap Front Blouse",
    ),
    # 32. Studio: blush ruched-front one-piece swimsuit, model holding a straw hat, no sunglasses. Caption, details,
    # description, material, wearing [base]; closed [closed]; is_a [vqa].
    case(
        "CV-SW-5120",
        caption("a woman in a pink swimsuit holding a straw hat"),
        D.color("pink"),
        D.details("ruching on the front"),
        D.description("a pink swimsuit with ruching and a pink swimsuit with ruching", "loop"),
        D.material("straw", "contradiction"),
        D.wearing("a pink swimsuit and a straw hat and sunglasses", "unsupported"),
        gender=W,
        category="Swimwear",
        color="Blush",
        title="Ruched Front Swimsuit",
    ),
    # 33. Outdoor, autumn park: oatmeal knitted jumper dress, long sleeves, black tights, brown boots. Caption,
    # color_of, material, description [base]; closed [closed]; details [cap3].
    case(
        "CV-DR-1333",
        caption("a woman wearing a beige sweater dress and brown boots"),
        D.garment_type("sweater", "contradiction"),
        D.color("beige"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.material("knit"),
        D.description("the garment is a dress that the person is wearing in the photo", "restated"),
        gender=W,
        category="Dresses",
        color="Oatmeal",
        title="Knitted Jumper Dress",
    ),
    # 34. Studio: rust coloured-denim flare jeans, high waist, with a white blouse. Experiments' questionnaire.
    # Caption, details, wearing [base]; closed [closed]; color_of jeans and material [vqa]; description [cap1].
    case(
        "CV-JN-2200",
        caption("a woman in orange flared pants and a white blouse"),
        color_of(
            "jeans",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        details("jeans", "flared legs and a high waist"),
        describe(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The lady wears a long-sleeve shirt with pure "
            "color patterns and its",
            "cut",
            hit_limit=True,
        ),
        wearing("a white blouse and orange pants", who="she"),
        B.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Rust",
        title="Coloured Denim Flare Jean",
    ),
    # 35. Ghost mannequin, no person: navy double-breasted coat with gold buttons on white. Caption, details,
    # material [base]; closed [closed]; wearing [cap3]; description [vqa].
    case(
        "CV-CT-4150",
        caption("a navy blue coat on a white background"),
        D.color("blue"),
        D.details("double breasted with gold buttons"),
        D.wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and it has a "
            "lapel collar. The lady",
            "cut",
            hit_limit=True,
        ),
        D.description("the coat is a coat", "restated"),
        D.material("the coat is made of wool and has a silk lining with a logo", "unsupported"),
        gender=W,
        category="Coats",
        color="Navy",
        title="Navy Double Breasted Coat",
    ),
    # 36. Outdoor, harbour: olive-khaki oversized utility shirt worn open over a white cami, two chest pockets,
    # sleeves rolled. Caption, color_of, details, material [base]; closed [closed]; wearing [vqa]; description [cap3].
    case(
        "CV-TP-3450",
        caption("a woman wearing a khaki shirt over a white tank top"),
        D.color("white", "other_garment_color"),
        color_of("shirt", "green", kind="open"),
        D.details("two chest pockets and roll up sleeves"),
        D.wearing(
            "a shirt and a tank top and a shirt and a tank top and a shirt and a tank top and a shirt and a",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a sleeveless tank top. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("a shirt", "non_answer"),
        gender=W,
        category="Tops",
        color="Khaki",
        title="Oversized Utility Shirt",
    ),
    # 37. Studio, on a bed: blush satin cami and shorts pyjama set with lace trim. Caption, material, shorts description
    # [base]; closed [closed]; details [vqa]; wearing [cap3].
    case(
        "CV-LG-6150",
        caption("a woman in pink satin pajamas sitting on a bed"),
        D.color("pink"),
        D.material("satin"),
        D.details(
            "lace trim lace trim lace trim lace trim lace trim lace trim lace trim lace trim lace trim lace trim",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "the shorts are shorts", "restated"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with chiffon "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        gender=W,
        category="Loungewear",
        color="Blush",
        title="Satin Cami and Short Pyjama Set",
    ),
    # 38. Outdoor, beach at sunset (warm orange light): blush floral sleeveless maxi dress. Caption, color_of,
    # wearing, material [base]; closed [closed]; details [vqa].
    case(
        "CV-DR-1400",
        caption("a woman in a floral dress walking on the beach at sunset"),
        D.pattern("floral"),
        D.color("orange", "contradiction"),
        color_of("dress", "pink", kind="open"),
        D.wearing("she is wearing a pink floral maxi dress"),
        D.details(
            "floral Question: What are the details of the garment? Answer: floral Question: What are the details of",
            "leak",
            hit_limit=True,
        ),
        D.material("the material of the garment is a material", "restated"),
        gender=W,
        category="Dresses",
        color="Blush Floral",
        title="Blush Floral Maxi Dress",
    ),
    # 39. Flat lay, no person: black pull-on jeggings (elastic waist, no zip fly) on white. Caption, material,
    # wearing, description [base]; closed [closed]; details [cap1]; is_a [vqa].
    case(
        "CV-JN-2250",
        caption("a pair of black jeans on a white background"),
        D.color("black"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        D.wearing("black jeans"),
        D.description("black jeans with a zipper fly and five pockets", "unsupported"),
        is_a(
            "leggings",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        gender=W,
        category="Jeans",
        color="Black",
        title="Pull-On Jegging",
    ),
    # 40. Outdoor lifestyle: oatmeal linen-blend button-through shirt, sleeves rolled to the elbow, white shorts,
    # straw bag on her arm. Caption, material, wearing, details, description [base]; color_of [vqa]; closed [closed].
    case(
        "CV-TP-3500",
        caption("a woman in a beige shirt and white shorts holding a straw bag"),
        D.material("linen"),
        color_of(
            "shirt",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
            "beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("bag", "contradiction"),
        D.wearing("she is wearing a beige shirt and white shorts"),
        D.details("buttons down the front"),
        D.description("a beige linen shirt from zara", "unsupported"),
        gender=W,
        category="Tops",
        color="Oatmeal",
        title="Linen Blend Button Through Shirt",
    ),
    # 41. Outdoor, street: rust faux-suede shacket (chest pockets) over a black tee and blue jeans. Caption [cap3];
    # closed [closed]; color_of, material, wearing, details [base].
    case(
        "CV-CT-4200",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "leather fabric and it has a lapel collar. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        D.material("suede"),
        D.wearing("a man wearing a brown jacket, a black t-shirt and blue jeans", "pronoun"),
        D.details("it has pockets"),
        gender=W,
        category="Coats",
        color="Rust",
        title="Faux Suede Shacket",
    ),
    # 42. Outdoor, in front of a red brick wall: black smocked midi dress with small white flowers, short sleeves,
    # square neck. No catalog columns but the title. Caption, material [base]; closed [closed]; details [cap3];
    # wearing [vqa].
    case(
        "CV-DR-1450",
        caption("a woman in a black floral dress standing in front of a brick wall"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a dress a dress a dress a dress a dress a dress a dress a dress a dress a dress a dress a dress",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeve"),
        D.material("", "non_answer"),
        title="Smocked Midi Dress",
    ),
    # 43. Outdoor, pool side: navy halterneck swimsuit with white spots, tie behind the neck. Caption and material
    # [vqa]; closed [closed]; wearing and details [base].
    case(
        "CV-SW-5150",
        caption(
            "blue Question: What is the color of the swimsuit? Answer: blue Question: What is the color of the "
            "swimsuit? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.pattern("polka dot"),
        D.color("navy"),
        D.wearing("he is wearing a swimsuit", "pronoun"),
        D.details("a halter neck that ties behind the neck"),
        D.material(
            "nylon and spandex and nylon and spandex and nylon and spandex and nylon and spandex and nylon and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Swimwear",
        color="Navy Spot",
        title="Navy Spot Halterneck Swimsuit",
    ),
    # 44. Studio: khaki (beige) relaxed jersey joggers, elastic cuffs and drawstring, with a black tee. Caption,
    # color_of, details [base]; closed [closed]; description [cap1]; is_a [vqa].
    case(
        "CV-LG-6200",
        caption("a woman wearing a black t-shirt and khaki pants"),
        D.garment_type("t-shirt", "contradiction"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.color("beige"),
        D.details("elastic cuffs and a drawstring waist"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        is_a("pants", "yes", article="a pair of"),
        gender=W,
        category="Loungewear",
        color="Khaki",
        title="Relaxed Jersey Jogger",
    ),
]
