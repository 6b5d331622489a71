"""BLIND_169 (44 products; the experiments re-run on a Myntra-style catalog of women's western wear): written blind
in the twenty-second session. Measured blind at ac90d33 (the queries of 29465cd): 128/141 failures found (90.8%) and
6/142 correct texts flagged (4.2%). The writer's notes, verbatim:

Blind corpus 169: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's western wear.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a Myntra-style catalog of
    women's western wear: dresses, tops, shirts, jeans, skirts, jumpsuits, co-ord sets, shrugs and jackets, worn by
    models together with other garments (jeans under a top, a tank under a shrug, boots and heels), on mannequins
    and in flat packshots on white. Questions: enrich's default questionnaire (DEFAULT_QUESTIONS: wearing,
    garment_type, color, pattern, sleeve_length, description, details, material) plus the caption; not every product
    has every question (skirts and jeans are not asked the sleeve question, for example). Seller columns from the
    marketplace, passed to case(): gender ("Women"), category (Myntra article type: Dresses, Tops, Shirts, Jeans,
    Skirts, Jumpsuit, Co-Ords, Shrug, Jackets), color (Myntra base colour: Navy Blue, Off White, Mustard, Olive,
    Burgundy, Rust, Charcoal...) and title (the seller's product name); a few products lack one or more of them.

Which system wrote which text (named again in the comment above each case)
    - base: untuned Salesforce/blip2-opt-2.7b. Short answers that usually stop on the newline; its failures are one
      color for every garment, a wrong pronoun ("he", "a man"), invented details, answers that only restate the
      question, the occasional echo of the prompt.
    - cap-e1 / cap-e3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). No end token was trained, so they never stop: the
      DeepFashion template ("The lady wears a short-sleeve shirt with pure color patterns...") is cut at the limit
      (50 new tokens for captions, 30 for answers) or loops sentence by sentence; asked a question they return the
      caption template instead of an answer.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. Never stops either: the answer word repeated to the limit ("denim denim
      denim..."), or the answer followed by the `Question: ... Answer:` format it was trained on (prompt leak).
    - closed questions (garment_type, color, pattern, sleeve_length): candidates ranked by the model named in the
      comment, so the text is a clean option; their failures are wrong options (another garment's color, a wrong
      article type).

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else under
    /work/main, no audit code, no other corpus. Each product's photo is imagined in the comment above its case, and
    every label is judged against that imagined photo; the only run was an import check of this file.

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A cut template that also claims "cotton fabric"
      is labelled cut; a loop that runs to the limit is labelled loop (hit_limit=True, since it ran to 30/50
      tokens); a leak that runs to the limit is labelled leak (hit_limit=True).
    - cut: stopped mid-phrase. At the token limit (hit_limit=True) for the caption adapters' never-ending template;
      one text (product 34) is cut before the limit (hit_limit=False), truncated mid-sentence.
    - loop: a word or a template sentence repeated until the limit.
    - leak: "Question:" / "Answer:" of the prompt format in the text, with or without a right answer in it.
    - non_answer: empty text, "i don't know", "yes" to an open question, or only the question's words back
      ("they are jeans" for the jeans' details, "the skirt" for the skirt's details).
    - restated: a sentence that restates the question without information ("the garment is made of fabric",
      "the garment has details").
    - pronoun: "he" / "a man" for the woman model (all products are women's wear; the photos show women).
    - other_garment_color: the product given the color of the other garment or the shoes in the photo (the white
      top called "blue" because of the jeans under it); for closed color answers and open answers alike.
    - contradiction: a wrong color or garment that is not another garment's color: a wrong hue ("pink" for a red
      dress), the print's accent color for the base colour (white dots on navy), the background's color (blue sky),
      a wrong article type ("shirt" for a shirt dress, "dress" for the shrug worn over a dress), boots given as
      the garment's details.
    - unsupported: a detail the imagined photo does not show (a zipper, pockets, a hood, a slit, ruffles), or a
      person where there is none (a flat packshot described as "a woman wearing...").
    - Correct near-color synonyms: mustard ~ yellow, olive ~ green, khaki ~ beige/tan, lavender ~ purple,
      burgundy ~ maroon, coral ~ orange, rust ~ orange/brown, off white ~ cream/white, charcoal ~ grey,
      sea green ~ green, peach ~ pink (borderline, judged correct).
    - Correct garment synonyms: shrug ~ cardigan, jacket ~ coat, a co-ord blazer set ~ suit, jeans ~ pants, top ~
      blouse / t-shirt. A caption that names the other garments, the mannequin or the background is correct.
    - Material: a plausible fabric for the photo that the title does not contradict is correct (cotton for a
      shirt dress, denim for jeans, satin for a satin top); a material answer fails only when it says nothing
      ("unknown", "none", empty, the garment's name instead of a fabric), restates, loops, leaks or is cut.
    - Pattern: pleats and ribbing are texture, so "solid" is correct for a one-color pleated or ribbed garment.
    - Multi-color garments: the seller's base colour, or the dominant color, is correct; a color that is only the
      print's accent is a contradiction.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

W, T, C, P, S = D.wearing, D.garment_type, D.color, D.pattern, D.sleeve_length
DESC, DET, MAT = D.description, D.details, D.material

BLIND_169: list[Case] = [
    # 1. Model in a black sleeveless knee-length bodycon dress, white studio background, thin bracelet on her wrist.
    # caption: cap-e3; wearing, description, material: base; details: vqa; closed: base ranking.
    case(
        "myn169-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "length is knee. The neckline of it is round. There is an accessory on her wrist. The lady wears a ring "
            "on her finger. The",
            "cut",
            hit_limit=True,
        ),
        W("a black dress"),
        T("dress"),
        C("black"),
        DESC("he is wearing a black bodycon dress", "pronoun"),
        DET(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        MAT("polyester"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
    ),
    # 2. Model in a white long-sleeve shirt tucked into blue jeans, grey wall behind her.
    # caption, wearing, details: base; description: cap-e3; closed: base ranking (color picks the jeans' blue).
    case(
        "myn169-002",
        caption("a woman in a white shirt and blue jeans standing against a grey wall"),
        W("a white shirt and jeans"),
        T("shirt"),
        C("blue", "other_garment_color"),
        DESC(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        DET("the shirt has details on it", "restated"),
        gender="Women",
        category="Shirts",
        color="White",
        title="Roadster Women White Regular Fit Solid Casual Shirt",
    ),
    # 3. Model in a blue A-line midi dress with a small white floral print, short flutter sleeves.
    # caption: cap-e3; description: vqa; details: cap-e1; closed: base ranking.
    case(
        "myn169-003",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "length is long. It has a v-shape neckline. There is an accessory on her wrist. The lady wears a ring on "
            "her finger. She",
            "cut",
            hit_limit=True,
        ),
        C("blue"),
        P("floral"),
        S("short sleeves"),
        DESC(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        DET(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady "
            "wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Tokyo Talkies Women Blue Floral Printed A-Line Midi Dress",
    ),
    # 4. Model in a mustard ribbed short-sleeve crop top and black jeans; no zipper, plain back not shown.
    # caption, wearing, details: base; material: vqa; closed: base ranking.
    case(
        "myn169-004",
        caption("a woman wearing a yellow crop top and black jeans"),
        W("a black top and black jeans", "other_garment_color"),
        T("top"),
        C("yellow"),
        DET("the top has a zipper on the back", "unsupported"),
        MAT(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Trendyol Women Mustard Yellow Ribbed Crop Top",
    ),
    # 5. Model in blue straight-fit high-rise jeans and a white t-shirt (the product is the jeans).
    # caption: cap-e3; wearing, material: base; details: vqa; closed: base ranking (color picks the tee's white).
    case(
        "myn169-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        W("a white t-shirt and blue jeans"),
        T("jeans"),
        C("white", "other_garment_color"),
        DET(
            "jeans\nQuestion: What are the details of the garment? Answer: jeans\nQuestion: What are the details of",
            "leak",
            hit_limit=True,
        ),
        MAT("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Levis Women Blue 724 High-Rise Straight Fit Jeans",
    ),
    # 6. Model in a black flared mini skirt with a white short-sleeve top tucked in.
    # caption, description, details: base; material: cap-e3; closed: base ranking.
    case(
        "myn169-006",
        caption("a woman in a white top and black skirt"),
        C("black"),
        DESC("a black skirt with a white top"),
        DET("he is wearing a black skirt with a white top", "pronoun"),
        MAT(
            "The lady wears a short-sleeve shirt with pure color patterns and a short skirt. The shirt is with "
            "cotton fabric. The skirt",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Harpa Women Black Solid Flared Mini Skirt",
    ),
    # 7. Model in an olive green sleeveless wide-leg jumpsuit with a fabric tie belt; no side pockets, no bracelet, no
    # rings.
    # caption, description: base; wearing: vqa; details: cap-e1; closed: base ranking.
    case(
        "myn169-007",
        caption("a woman in a green jumpsuit with a belt"),
        W(
            "jumpsuit\nQuestion: What is the color of the jumpsuit? Answer: green\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        T("jumpsuit"),
        C("green"),
        DESC("the jumpsuit has a belt and pockets on the side", "unsupported"),
        DET(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="SASSAFRAS Women Olive Green Solid Basic Jumpsuit with Belt",
    ),
    # 8. Model in a white long-sleeve shirt and matching trousers, both with a black abstract brush-stroke print;
    # the shirt has one patch pocket on the chest, no belt.
    # caption, wearing, details, material: base; description: cap-e3; closed: base ranking.
    case(
        "myn169-008",
        caption("a woman in a black and white outfit"),
        W("a black and white shirt and pants"),
        C("white"),
        P("printed"),
        DESC(
            "The person wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        DET("the shirt has a pocket on the chest and a belt at the waist", "unsupported"),
        MAT("the garment is made of fabric", "restated"),
        gender="Women",
        category="Co-Ords",
        color="White",
        title="Berrylush Women White & Black Printed Shirt with Trousers Co-Ords",
    ),
    # 9. Model in a white crochet open-front shrug with three-quarter sleeves over a black tank top and blue jeans.
    # caption: base; description: vqa; details: cap-e3; closed: base ranking (color picks the tank's black).
    case(
        "myn169-009",
        caption("a woman wearing a white crochet cardigan over a black top"),
        T("cardigan"),
        C("black", "other_garment_color"),
        S("three-quarter sleeves"),
        DESC(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        DET(
            "The lady wears a long-sleeve cardigan with lattice patterns. The cardigan is with knitting fabric. The "
            "lady wears a long-sleeve cardigan with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shrug",
        color="White",
        title="Mafadeny Women White Crochet Open Front Shrug",
    ),
    # 10. Model in a light blue washed denim jacket (two chest flap pockets, buttons) over a white tee, black jeans.
    # caption: cap-e3; wearing, description (loops), details: base; material: vqa; closed: base ranking.
    case(
        "myn169-010",
        caption(
            "The lady wears a long-sleeve denim jacket with solid color patterns and a long pants. The jacket is "
            "with denim fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        W("a denim jacket and black jeans"),
        T("jacket"),
        C("blue"),
        DESC(
            "a blue denim jacket with a white t-shirt underneath, a blue denim jacket with a white t-shirt "
            "underneath, a blue denim jacket with a",
            "loop",
            hit_limit=True,
        ),
        DET("the jacket has two pockets on the chest and buttons"),
        MAT(
            "denim\nQuestion: What material is the garment made of? Answer: denim\nQuestion: What material is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Blue",
    ),
    # 11. Model in a red long-sleeve wrap maxi dress, plain white background. No title in the seller columns.
    # caption, wearing: base; description: cap-e1; details: vqa; closed: base ranking (color: pink).
    case(
        "myn169-011",
        caption("a woman in a red dress standing in front of a white background"),
        W("a man in a red dress", "pronoun"),
        T("dress"),
        C("pink", "contradiction"),
        DESC(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "length is ankle. The",
            "cut",
            hit_limit=True,
        ),
        DET(
            "Answer: red\nQuestion: What are the details of the garment? Answer: red\nQuestion: What are the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
    ),
    # 12. Flat packshot on white: blue-and-white vertical striped long-sleeve shirt, no person.
    # caption, details (echoes the format): base; wearing: vqa; description: cap-e3; closed: base ranking.
    case(
        "myn169-012",
        caption("a blue and white striped shirt on a white background"),
        W(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        T("shirt"),
        C("blue"),
        P("striped"),
        DESC(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        DET("stripes\nQuestion: What is the pattern of the garment? Answer: striped", "leak"),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="HERE&NOW Women Blue & White Striped Regular Fit Casual Shirt",
    ),
    # 13. Lavender satin sleeveless cowl-neck top on a mannequin (no bottoms on it), grey backdrop.
    # caption, wearing, details, material: base; description: cap-e1; closed: base ranking.
    case(
        "myn169-013",
        caption("a purple top on a mannequin"),
        W("a purple top and purple pants", "unsupported"),
        T("top"),
        C("purple"),
        DESC(
            "The upper clothing has sleeveless, chiffon fabric and pure color patterns. The upper clothing has "
            "sleeveless, chiffon fabric and pure color patterns. The upper clothing has",
            "loop",
            hit_limit=True,
        ),
        DET("the top has a lot of details", "restated"),
        MAT("satin"),
        gender="Women",
        category="Tops",
        color="Lavender",
        title="DOROTHY PERKINS Women Lavender Satin Cowl Neck Top",
    ),
    # 14. Model in black skinny high-rise jeans and a red long-sleeve top; no ring visible.
    # caption: cap-e3; wearing, details, material: base; closed: base ranking (color picks the top's red).
    case(
        "myn169-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. The lady "
            "wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        W("a red top and black jeans"),
        C("red", "other_garment_color"),
        DET("they are jeans", "non_answer"),
        MAT("denim"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="DOLCE CRUDO Women Black Skinny Fit High-Rise Jeans",
    ),
    # 15. Model in a white short puff-sleeve top with a pink floral print and white trousers; plain hem, no ruffles.
    # caption, description: base; wearing: vqa; details: cap-e3; closed: base ranking (color: the print's pink).
    case(
        "myn169-015",
        caption("a woman in a floral top and white pants"),
        W(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        C("pink", "contradiction"),
        P("floral"),
        DESC("a white floral top with pink flowers and a ruffle hem", "unsupported"),
        DET(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Mast & Harbour Women White & Pink Floral Printed Top",
    ),
    # 16. Model in a light blue denim A-line mini skirt and a black short-sleeve t-shirt.
    # caption, description, material: base (material echoes the prompt); details: cap-e1; closed: base ranking.
    case(
        "myn169-016",
        caption("a woman in a black shirt and denim skirt"),
        T("skirt"),
        C("black", "other_garment_color"),
        DESC("a denim skirt"),
        DET(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short denim skirt. The T-shirt is "
            "with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        MAT("Question: What material is the garment made of? Answer: denim", "leak"),
        gender="Women",
        category="Skirts",
        color="Blue",
        title="Roadster Women Blue Solid Denim A-Line Mini Skirt",
    ),
    # 17. Model in a khaki long-sleeve shirt dress with a self belt, knee length.
    # caption, wearing, material: base; details: vqa; closed: base ranking (type: shirt; color: white).
    case(
        "myn169-017",
        caption("a woman in a beige shirt dress with a belt"),
        W("a tan dress"),
        T("shirt", "contradiction"),
        C("white", "contradiction"),
        DET(
            "dress\nQuestion: Is this a dress? Answer: yes\nQuestion: Is this a dress? Answer: yes\nQuestion: Is",
            "leak",
            hit_limit=True,
        ),
        MAT("cotton"),
        gender="Women",
        category="Dresses",
        color="Khaki",
        title="Athena Women Khaki Solid Shirt Dress with Belt",
    ),
    # 18. Model in a black faux-leather biker jacket (diagonal front zip) over a white tee, blue jeans.
    # caption: cap-e3; wearing, details, material: base; description: vqa; closed: base ranking.
    case(
        "myn169-018",
        caption(
            "The lady wears a long-sleeve leather jacket with solid color patterns and a long denim pants. The "
            "jacket is with leather fabric. It has a lapel neckline. The pants are with denim fabric and solid "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        W("a black leather jacket and jeans"),
        C("black"),
        DESC(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        DET("the jacket has a zipper on the front"),
        MAT("the jacket is made of a material", "restated"),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Vero Moda Women Black Solid Biker Jacket",
    ),
    # 19. Model in a peach tiered midi skirt (three tiers) and a white short-sleeve top.
    # caption, details: base; description: cap-e3; closed: base ranking (color picks the top's white).
    case(
        "myn169-019",
        caption("a woman in a pink skirt and white top"),
        C("white", "other_garment_color"),
        P("solid"),
        DESC(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt",
            "cut",
            hit_limit=True,
        ),
        DET("the skirt", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Peach",
        title="Berrylush Women Peach-Coloured Solid Tiered Midi Skirt",
    ),
    # 20. Model in a navy blue jumpsuit with small white polka dots, short sleeves, wide legs, V neck; her hands are
    # empty, no bag.
    # caption: base; wearing: vqa; details: cap-e1; closed: base ranking (color: the dots' white).
    case(
        "myn169-020",
        caption("a woman in a navy blue polka dot jumpsuit holding a handbag", "unsupported"),
        W(
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit "
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit",
            "loop",
            hit_limit=True,
        ),
        C("white", "contradiction"),
        P("polka dot"),
        S("short sleeves"),
        DET(
            "The lady wears a short-sleeve romper with dot patterns. The romper is with chiffon fabric and its "
            "length is ankle. It has a v",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        color="Navy Blue",
        title="Pluss Women Navy Blue & White Polka Dot Printed Basic Jumpsuit",
    ),
    # 21. Flat packshot on white: burgundy ribbed long-sleeve fitted top, no person.
    # caption, wearing, material: base; description: cap-e3; closed: base ranking.
    case(
        "myn169-021",
        caption("a maroon top on a white background"),
        W("a woman wearing a maroon top", "unsupported"),
        T("top"),
        C("maroon"),
        S("long sleeves"),
        DESC(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        MAT("unknown", "non_answer"),
        gender="Women",
        category="Tops",
        color="Burgundy",
        title="Vero Moda Women Burgundy Solid Ribbed Fitted Top",
    ),
    # 22. Model in an off-white short puff-sleeve top and beige trousers.
    # caption, wearing, details: base; description: vqa; closed: base ranking.
    case(
        "myn169-022",
        caption("a woman in a white blouse and beige pants"),
        W("he is wearing a white shirt and beige pants", "pronoun"),
        C("cream"),
        S("short sleeves"),
        DESC(
            "blouse\nQuestion: Describe the garment. Answer: blouse\nQuestion: Describe the garment. Answer: blouse",
            "leak",
            hit_limit=True,
        ),
        DET("the garment has details", "restated"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Ketch Women Off White Solid Puff Sleeve Top",
    ),
    # 23. Model in a yellow fit-and-flare short-sleeve dress with a white floral print; front view, no pockets
    # visible, back not shown. The seller's base colour is missing.
    # caption: cap-e1; wearing, details: base; closed: base ranking.
    case(
        "myn169-023",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "length is knee. It has a round neckline. The lady wears a short-sleeve dress with floral patterns. The "
            "dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        W("he is wearing a yellow dress with white flowers", "pronoun"),
        T("dress"),
        C("yellow"),
        P("floral"),
        DET("the dress has a zipper in the back and two side pockets", "unsupported"),
        gender="Women",
        category="Dresses",
        title="Tokyo Talkies Women Yellow Floral Print Fit and Flare Dress",
    ),
    # 24. Model in a sea green ribbed sleeveless crop top and matching ribbed midi skirt (co-ord set).
    # caption: cap-e1; wearing, material: base; description: cap-e3; details: vqa; closed: base ranking.
    case(
        "myn169-024",
        caption(
            "The lady wears a tank top with pure color patterns and a long skirt. The tank top is with knitting "
            "fabric. It has a round neckline. The skirt is with knitting fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        W("a green top and a green skirt"),
        C("green"),
        P("solid"),
        S("sleeveless"),
        DESC(
            "The lady wears a tank top with pure color patterns and a short skirt. The tank top is with knitting "
            "fabric. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        DET(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        MAT("a top and a skirt", "non_answer"),
        gender="Women",
        category="Co-Ords",
        color="Sea Green",
        title="SASSAFRAS Women Sea Green Ribbed Top with Skirt Co-Ords",
    ),
    # 25. Model in a red-and-black checked flannel shirt worn open over a black tank top, blue jeans.
    # caption, wearing, description: base; details: cap-e3; closed: base ranking.
    case(
        "myn169-025",
        caption("a woman in a red and black plaid shirt and jeans"),
        W("a red and black checked shirt over a black top and blue jeans"),
        T("shirt"),
        C("red"),
        P("checked"),
        DESC("he is wearing a red and black plaid shirt", "pronoun"),
        DET(
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Red",
        title="Roadster Women Red & Black Checked Casual Shirt",
    ),
    # 26. Flat packshot on white: green pleated midi skirt, no person.
    # caption, wearing, details, material: base; description: cap-e1; closed: base ranking (color: blue).
    case(
        "myn169-026",
        caption("a green pleated skirt on a white background"),
        W("a woman in a green skirt", "unsupported"),
        C("blue", "contradiction"),
        P("solid"),
        DESC(
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        DET("pleats"),
        MAT("i don't know", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Green",
        title="Marks & Spencer Women Green Pleated Midi Skirt",
    ),
    # 27. Model in light blue mom-fit jeans, ripped at the knees, and a cropped grey long-sleeve sweatshirt.
    # caption: cap-e3; wearing, details, material: base; description: vqa; closed: base ranking (color: grey).
    case(
        "myn169-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        W("a grey sweatshirt and ripped jeans"),
        C("grey", "other_garment_color"),
        DESC(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        DET("the jeans are ripped at the knees"),
        MAT("the jeans are made of jeans material", "restated"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Kraus Jeans Women Blue Mom Fit High-Rise Mildly Distressed Jeans",
    ),
    # 28. Model in a coral sleeveless peplum top and white jeans. No title in the seller columns.
    # caption, wearing, details: base; description: cap-e1; closed: base ranking.
    case(
        "myn169-028",
        caption("a woman wearing an orange top and white jeans"),
        W("a white top and white jeans", "other_garment_color"),
        C("orange"),
        S("sleeveless"),
        DESC(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        DET("the top has a peplum at the waist"),
        gender="Women",
        category="Tops",
        color="Coral",
    ),
    # 29. Olive green long-sleeve utility jacket with four flap pockets on a mannequin, grey backdrop.
    # caption, description: base; details: vqa; material: cap-e3; closed: base ranking.
    case(
        "myn169-029",
        caption("an olive green jacket on a mannequin"),
        T("jacket"),
        C("green"),
        DESC("a description of the jacket", "restated"),
        DET(
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets "
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets",
            "loop",
            hit_limit=True,
        ),
        MAT(
            "The person wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Olive",
        title="Roadster Women Olive Green Solid Utility Jacket",
    ),
    # 30. Model in a white off-shoulder long-sleeve top with black horizontal stripes (plain elastic neckline, no
    # ruffles, no buttons) and blue jeans.
    # caption, wearing, description, details: base; material: vqa; closed: base ranking.
    case(
        "myn169-030",
        caption("a woman in a striped off the shoulder top and jeans"),
        W("a white and black striped top with blue jeans"),
        C("white"),
        P("striped"),
        DESC("a blue top with black stripes", "other_garment_color"),
        DET("the top has a ruffle on the shoulders and buttons on the sleeves", "unsupported"),
        MAT(
            "Answer: cotton\nQuestion: What material is the garment made of? Answer: cotton\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Trendyol Women White & Black Striped Bardot Top",
    ),
    # 31. Model in a charcoal grey long-sleeve bodycon midi dress with a round neck and black knee boots.
    # caption, wearing, details, material: base; description: cap-e3; closed: base ranking (type: sweater).
    case(
        "myn169-031",
        caption("a woman in a grey turtleneck dress and black boots", "unsupported"),
        W("a grey dress and boots"),
        T("sweater", "contradiction"),
        C("grey"),
        DESC(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and its "
            "length is",
            "cut",
            hit_limit=True,
        ),
        DET("black boots", "contradiction"),
        MAT("the dress is made of fabric material", "restated"),
        gender="Women",
        category="Dresses",
        color="Charcoal",
        title="Vero Moda Women Charcoal Grey Solid Bodycon Midi Dress",
    ),
    # 32. Model in a black sheer long-sleeve longline shrug over a red sleeveless knee-length dress.
    # caption, wearing, details: base; description: cap-e1; closed: base ranking (type: dress; color: red).
    case(
        "myn169-032",
        caption("a woman in a red dress with a black cardigan"),
        W("a red dress and a black shrug"),
        T("dress", "contradiction"),
        C("red", "other_garment_color"),
        S("long sleeves"),
        DESC(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "length is knee. The lady wears a sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        DET("it is sheer"),
        gender="Women",
        category="Shrug",
        color="Black",
        title="Mafadeny Women Black Sheer Longline Shrug",
    ),
    # 33. Model in a pink-and-blue tie-dye oversized short-sleeve top and denim shorts.
    # caption, description: base; wearing: vqa; details: cap-e3; closed: base ranking.
    case(
        "myn169-033",
        caption("a woman in a tie dye shirt and denim shorts"),
        W(
            "tee\nQuestion: What is the person wearing? Answer: tee\nQuestion: What is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        T("t-shirt"),
        C("pink"),
        P("tie dye"),
        DESC("i'm not sure", "non_answer"),
        DET(
            "The lady wears a short-sleeve T-shirt with color block patterns and a short denim shorts. The T-shirt "
            "is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Pink",
        title="Kook N Keech Women Pink & Blue Tie and Dye Oversized Top",
    ),
    # 34. Flat packshot on white: rust satin slip dress with spaghetti straps, no person.
    # caption, wearing, details, material: base; description: cap-e1, truncated before the limit; closed: base.
    case(
        "myn169-034",
        caption("an orange dress on a white background"),
        W("a brown dress"),
        T("dress"),
        C("orange"),
        DESC("The lady wears a sleeveless dress with pure color patterns. The dress is with", "cut"),
        DET("no", "non_answer"),
        MAT("satin"),
        gender="Women",
        category="Dresses",
        color="Rust",
        title="Berrylush Women Rust Solid Satin Slip Dress",
    ),
    # 35. Model in white wide-leg high-rise jeans and a black cropped top.
    # caption, wearing, description, material: base; details: vqa; closed: base ranking (type: skirt; color: black).
    case(
        "myn169-035",
        caption("a woman in a black top and white pants"),
        W("he is wearing a black top and white pants", "pronoun"),
        T("skirt", "contradiction"),
        C("black", "other_garment_color"),
        DESC("white jeans"),
        DET(
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans "
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            hit_limit=True,
        ),
        MAT("Answer: denim", "leak"),
        gender="Women",
        category="Jeans",
        color="White",
        title="SASSAFRAS Women White Wide Leg High-Rise Jeans",
    ),
    # 36. Model in a beige quilted puffer jacket with a stand collar, no hood, over blue jeans.
    # caption: cap-e3; wearing, details, material: base; closed: base ranking.
    case(
        "myn169-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a stand neckline. The pants are with denim fabric and solid color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        W("a beige puffer jacket"),
        T("coat"),
        C("beige"),
        DET("the jacket is quilted and has a hood", "unsupported"),
        MAT("none", "non_answer"),
        gender="Women",
        category="Jackets",
        color="Beige",
        title="ONLY Women Beige Solid Puffer Jacket",
    ),
    # 37. Model in a black wrap midi skirt with a red rose print and a plain black tank top.
    # caption, description: base; wearing: vqa; details: cap-e1; closed: base ranking.
    case(
        "myn169-037",
        caption("a woman in a black top and a floral skirt"),
        W(
            "skirt\nQuestion: What is the color of the skirt? Answer: black\nQuestion: What is the color of the skirt?",
            "leak",
            hit_limit=True,
        ),
        T("skirt"),
        C("black"),
        P("floral"),
        DESC("the skirt is red", "contradiction"),
        DET(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Athena Women Black & Red Floral Print Wrap Midi Skirt",
    ),
    # 38. Model in a white short-sleeve schiffli (eyelet) embroidered top and blue jeans.
    # caption, description, material: base; details: vqa; closed: base ranking (color: the jeans' blue).
    case(
        "myn169-038",
        caption("a woman in a white lace top and blue jeans"),
        T("blouse"),
        C("blue", "other_garment_color"),
        S("short sleeves"),
        DESC("a white top with eyelet embroidery"),
        DET(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        MAT("the material of the garment is fabric", "restated"),
        gender="Women",
        category="Tops",
        color="White",
        title="Ketch Women White Schiffli Embroidered Top",
    ),
    # 39. Model in a pink blazer with one self-covered button, notched lapels, no pocket square, and matching trousers,
    # white top inside.
    # caption, wearing, details: base; description: cap-e3; material: vqa; closed: base ranking.
    case(
        "myn169-039",
        caption("a woman in a pink suit"),
        W("a red suit and a white shirt", "contradiction"),
        T("suit"),
        C("pink"),
        DESC(
            "The lady wears a long-sleeve suit with pure color patterns and a long pants. The suit is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        DET("the blazer has gold buttons and a pocket square", "unsupported"),
        MAT(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Co-Ords",
        color="Pink",
        title="Tokyo Talkies Women Pink Solid Blazer with Trousers Co-Ords",
    ),
    # 40. Model in an olive satin long-sleeve button-down shirt and black trousers. Gender and title missing.
    # caption, wearing, details: base; description: cap-e1; closed: base ranking.
    case(
        "myn169-040",
        caption("a woman in a green shirt and black pants"),
        W("a green shirt and black pants"),
        T("shirt"),
        C("green"),
        DESC(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with silk "
            "fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        DET("nothing", "non_answer"),
        category="Shirts",
        color="Olive",
    ),
    # 41. Model in a white sleeveless tiered maxi dress on a beach, blue sky behind her; no slit.
    # caption, wearing, details: base; description: vqa; closed: base ranking (color: the sky's blue).
    case(
        "myn169-041",
        caption("a woman in a white dress standing on a beach with blue sky"),
        W("a man in a white dress on the beach", "pronoun"),
        T("dress"),
        C("blue", "contradiction"),
        S("sleeveless"),
        DESC(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        DET("a white dress with a tiered skirt and a slit on the side", "unsupported"),
        gender="Women",
        category="Dresses",
        color="White",
        title="Athena Women White Solid Tiered Maxi Dress",
    ),
    # 42. Model in a brown-and-black leopard print long-sleeve shirt and black jeans.
    # caption, wearing: base; description: cap-e3; details: vqa; closed: base ranking (pattern: floral).
    case(
        "myn169-042",
        caption("a man in a leopard print shirt and black jeans", "pronoun"),
        W("a leopard print shirt\nQuestion: What is the person wearing? Answer: a leopard print shirt", "leak"),
        C("brown"),
        P("floral", "contradiction"),
        DESC(
            "The lady wears a long-sleeve shirt with graphic patterns and a long denim pants. The shirt is with "
            "chiffon fabric. It",
            "cut",
            hit_limit=True,
        ),
        DET(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Brown",
        title="Mast & Harbour Women Brown & Black Animal Printed Casual Shirt",
    ),
    # 43. Model in a black halter-neck sleeveless culotte jumpsuit and red heels.
    # caption: cap-e1; wearing, details, material: base; closed: base ranking (color: the heels' red).
    case(
        "myn169-043",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. The lady "
            "wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. The lady wears a "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        W("a black jumpsuit and red shoes"),
        T("jumpsuit"),
        C("red", "other_garment_color"),
        S("sleeveless"),
        DET("halter neck"),
        MAT("", "non_answer"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="SASSAFRAS Women Black Solid Halter Neck Culotte Jumpsuit",
    ),
    # 44. Light blue chambray long-sleeve shirt on a mannequin, white backdrop. The seller's base colour is missing.
    # caption, wearing, material: base; description: cap-e3; details: vqa; closed: base ranking (type: jacket).
    case(
        "myn169-044",
        caption("a blue shirt on a mannequin"),
        W("a blue denim shirt"),
        T("jacket", "contradiction"),
        C("blue"),
        DESC(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "person wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        DET(
            "denim\nQuestion: What are the details of the garment? Answer: denim\nQuestion: What are the details of",
            "leak",
            hit_limit=True,
        ),
        MAT("chambray"),
        gender="Women",
        category="Shirts",
        title="HERE&NOW Women Blue Chambray Casual Shirt",
    ),
]
