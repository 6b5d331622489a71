"""BLIND_142 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-first session. Measured blind at 424a701: 126/140 failures found
(90.0%) and 3/145 correct texts flagged (2.1%). The writer's notes, verbatim:

Blind corpus 142: BLIP-2 OPT-2.7b outputs on 44 products of a Myntra-style marketplace.

Scenario
    The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace
    (men's, women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: about half
    women's with a large share of kurtas, kurta sets and sarees, a third men's, a few kids'), one product per item.
    Each item has one caption and the answers to enrich's default questionnaire (DEFAULT_QUESTIONS) or to the closed
    questions of BLIND_QUESTIONS, plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of)
    questions. The seller's columns (gender, article type as category, base colour as color, product title as title)
    are passed as they appear on the marketplace; a few products lack a title, a colour or a gender.

Which system wrote which text (named again in the comment above each case)
    - base: the untuned `Salesforce/blip2-opt-2.7b` (8-bit), greedy. Short lowercase answers that stop on the
      newline, "t - shirt" spacing; one colour reused for every garment, wrong pronouns, invented details.
    - cap1 / cap3: the caption adapters `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (epoch 1) and
      `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3). They write the DeepFashion-MultiModal template
      ("The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. ...") for every
      prompt, with no trained end token: captions run to the 50-token limit, answers to the 30-token limit.
    - vqa: the VQA adapter `leoreigoto/Data3_V3_BLIP2_VQA`. Trained on unmasked labels, it continues past its
      answer into the next "Question: ... Answer:" turn or repeats a word to the limit; its captions (no prompt)
      come out as a question/answer turn or a one-word loop.
    - closed questions (garment_type, color, pattern, sleeve_length, is_a, color_of with kind="closed") are the
      model's candidate ranked over a closed set of answers, so they are short labels; the model that ranked them
      is named in the comment.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). No other
    file of the project, no audit code, no other corpus, no history. The photos are imagined and described in the
    comment above each case; every label was judged against that imagined photo only. Apart from editing this
    file, the only command run was an import check of this module (which also tallied its own labels).

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A looping text that also hits the limit is a
      "loop"; a text that echoes "Question:" or "Answer:" is a "leak" even when it also loops or is cut; a caption
      template stopped mid-sentence at the limit is "cut" even when its garment nouns are imprecise.
    - hit_limit=True marks texts that used all 50 (caption) or 30 (answer) new tokens; a few "cut" texts stop
      mid-phrase before the limit and keep hit_limit=False.
    - Near-colour synonyms are correct: navy blue -> "blue"/"dark blue", maroon -> "red", mustard -> "yellow",
      olive -> "green", teal -> "blue green"/"blue", off white/cream -> "white"/"cream", grey melange -> "grey",
      magenta -> "pink", rust -> "orange", lavender -> "purple", khaki -> "beige", peach -> "pink" or "orange"
      (both accepted for the same peach top). A light-blue denim answered "blue" is correct.
    - "other_garment_color": the product's colour question answered with the colour of a second garment in the
      photo (the jeans, the dupatta, the jacket over the shirt). A colour taken from the background, from a print
      on the garment, or from nowhere is a "contradiction" instead.
    - "contradiction": a garment type, colour, pattern, sleeve length or yes/no answer that the photo, the seller's
      columns and the other texts contradict, and an accessory given as the answer to what the person wears.
    - "unsupported": details not in the photo: pockets, slits, ties or logos that are not there, invented print
      text, brand names, fibre percentages and care labels, a person invented on a product shot.
    - "non_answer": nothing said ("", "nothing", "fabric", "i don't know") or only the question's words back
      ("they are jeans" for the jeans' details); "restated": the question turned into a sentence ("the top is made
      of the material of the top", "the boy is wearing the kurta" for "Describe the garment.").
    - "pronoun": she/he/woman/man contradicting the person in the photo and the seller's gender; "lady" for a girl
      and "boy" for a young man are not counted.
    - The DeepFashion template's own nouns are not failures by themselves: a kurta called "shirt" or "dress",
      churidar or palazzos called "trousers", "lattice patterns" for checks, "graphic patterns" for block prints or
      embroidery, "pure color patterns" for a white-on-white chikankari kurta.
    - Layers and backgrounds named in a caption are correct when true ("a man in a navy blazer and white shirt",
      "standing in front of orange flowers"). A jacket, dupatta or tee under a shirt named in the wearing answer is
      correct.
    - Material guesses that fit the photo are correct (cotton for a tee, denim for jeans, chiffon for a georgette
      saree, silk for a Banarasi or silk-blend kurta); a material that the seller's title contradicts would be a
      contradiction.
    - Rolled-up full sleeves are "long sleeves"; a cable knit in one colour is "solid"; a yoke-embroidered kurta is
      "embroidered".
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

BLIND_142: list[Case] = [
    # 1. Man in a plain navy crew-neck tee, grey jeans, plain white studio background. All texts: base.
    case(
        "MYN-M-TSH-10231",
        caption("a man in a navy blue t - shirt and grey jeans standing against a white background"),
        D.wearing("a blue t - shirt and jeans"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("it has a pocket on the chest and a logo on the sleeve", "unsupported"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Woman in a mustard straight kurta with small red and green block-printed motifs, three-quarter sleeves,
    #    white palazzos, beige backdrop. Caption: cap3; closed questions and is_a: vqa ranking; material and
    #    color_of (open): vqa generation.
    case(
        "MYN-W-KUR-20417",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow Question: What is the color of the pants? Answer: white", "leak", kind="open"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
    ),
    # 3. Man in a blue-and-white gingham check shirt, full sleeves buttoned, beige chinos, grey backdrop.
    #    Caption: cap1; wearing and color_of pants: base; color_of shirt: vqa (open); description: cap3.
    case(
        "MYN-M-SHI-10877",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue and white checkered shirt and khaki pants", "pronoun"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        D.details("the shirt has a collar and buttons down the front"),
        D.description(
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt is with cotton fabric and it has a "
            "lapel neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HIGHLANDER Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 4. Woman draped in a maroon Banarasi silk saree with gold zari buttis all over and a wide gold border, maroon
    #    blouse, ornate backdrop with carved pillars. All texts: base.
    case(
        "MYN-W-SAR-20988",
        caption("a woman in a red and gold saree standing in front of pillars"),
        D.wearing("a red sari"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.details(
            "the saree has a gold border and gold motifs all over it and the blouse is also maroon with a gold border "
            "on the sleeves and",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        D.description("it is a saree", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 5. Product shot, no person: mid-blue skinny jeans laid flat on a white background. Caption: base; the rest:
    #    vqa (closed ones ranked, open ones generated).
    case(
        "MYN-M-JEA-11402",
        caption("a pair of blue jeans on a white background"),
        D.wearing(
            "The person is wearing a pair of jeans Question: What is the person wearing? Answer: The person is wearing "
            "a pair of jeans Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "blue"),
        D.details("the jeans are blue", "non_answer"),
        D.description(
            "the jeans are blue and the jeans are skinny and the jeans are blue and the jeans are skinny and the jeans "
            "are",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "denim Question: What is the color of the jeans? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Woman in a white solid top with short puff sleeves and a square neck, tucked into light-blue jeans, white
    #    wall behind. All texts: base.
    case(
        "MYN-W-TOP-21150",
        caption("a woman in a white top and blue jeans posing against a white wall"),
        D.wearing("a white top and jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("puff sleeves"),
        D.description("a white top with puff sleeves and a square neckline, tucked into a pair of high", "cut"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Solid Puff Sleeves Top",
    ),
    # 7. Man in a white chikankari kurta (white-on-white embroidery), long sleeves, white churidar, carved wooden
    #    door behind. Caption: cap3; garment_type, color_of: vqa ranking; the rest: base.
    case(
        "MYN-M-KUR-11736",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        color_of("kurta", "white"),
        D.wearing("she is wearing a white kurta", "pronoun"),
        D.details("white embroidery on the front and sleeves"),
        D.material("the kurta is made of kurta material", "restated"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Chikankari Embroidered Straight Kurta",
    ),
    # 8. Woman in a pink kurta with a white-and-green floral print, matching pink palazzos, a sheer green dupatta
    #    over both shoulders, garden behind. Caption, color, pattern, sleeves: base; description and details: cap3.
    case(
        "MYN-W-KST-21533",
        caption("a woman in a pink floral kurta with a green dupatta standing in a garden"),
        D.color("green", "other_garment_color"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, the "
            "hem, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink kurta with palazzo pants and a dupatta"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 9. Man in a black short-sleeve tee with a large white abstract graphic print, black joggers, gym behind.
    #    All texts: vqa (closed ones ranked, caption and material generated).
    case(
        "MYN-M-TSH-11958",
        caption("Question: What is the color of the t-shirt? Answer: black", "leak"),
        color_of("t-shirt", "black"),
        is_a("t-shirt", "yes"),
        B.pattern("graphic"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material(
            "cotton Question: What is the color of the t-shirt? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 10. Woman in a navy fit-and-flare dress with white polka dots, short flutter sleeves, a thin self belt, knee
    #     length, no pockets visible, city street behind. All texts: base.
    case(
        "MYN-W-DRS-22014",
        caption("a woman in a blue polka dot dress walking down the street"),
        D.wearing("she is wearing a blue and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.details("the dress has a belt and pockets", "unsupported"),
        D.description(
            "a navy blue and white polka dot dress with a belt at the waist and a flared skirt that falls just above "
            "the knee and is perfect for",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Berrylush Women Navy Blue & White Polka Dot Fit and Flare Dress",
    ),
    # 11. Man in a white formal shirt under an open navy blazer, grey trousers, no tie, office backdrop.
    #     Caption, type, color, wearing, sleeves: base; details: vqa.
    case(
        "MYN-M-SHI-12290",
        caption("a man in a navy blazer and white shirt"),
        D.garment_type("blazer", "contradiction"),
        D.color("white"),
        D.wearing("a suit and tie", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.details(
            "Question: What are the details of the garment? Answer: the collar, the buttons, the cuffs, the collar, "
            "the buttons",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 12. Woman in a blue anarkali kurta with a white floral print, flared to the calf, long sleeves, white
    #     churidar, gold bangles, plain grey background. Caption: cap1; is_a: vqa; the rest: base.
    case(
        "MYN-W-KUR-22371",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is long. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        D.color("blue"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "the kurta has a flared hem and long sleeves with a round neck and the print is white flowers on a blue "
            "background with small",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "it is made of cotton and has a floral print on it. it is made of cotton and has a floral print on it. it "
            "is made",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Biba Women Blue & White Floral Print Anarkali Kurta",
    ),
    # 13. Product shot, no person: a kids' red tee laid flat on white, the chest print reads "LEVEL UP" in white
    #     block letters. All texts: base.
    case(
        "MYN-K-TSH-30112",
        caption("a red t - shirt with white text on it"),
        D.wearing("a red t - shirt"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.details('the t - shirt has the words "i love my mom" written on it', "unsupported"),
        D.description("a red t - shirt with white letters on the front that say", "cut"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Typography Printed Pure Cotton T-shirt",
    ),
    # 14. Woman in a green georgette saree with a pink floral print and a pink border, green short-sleeve blouse,
    #     gold bangles and a ring, studio. Caption: cap3; color_of (open) and is_a: vqa; the rest: base.
    case(
        "MYN-W-SAR-22845",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is long. There is an accessory on her wrist. There is a ring on her finger. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "saree",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        D.wearing("a green and pink saree"),
        D.material("chiffon"),
        D.pattern("floral"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green & Pink Floral Printed Georgette Saree",
    ),
    # 15. Man in black slim jeans and white sneakers, an untucked grey melange tee, photo cropped at the shoulders.
    #     color_of jeans: vqa ranking; the rest: base.
    case(
        "MYN-M-JEA-12603",
        caption("a man in black jeans and a grey t - shirt"),
        D.color("grey", "other_garment_color"),
        color_of("jeans", "black"),
        D.details("they are jeans", "non_answer"),
        D.wearing("he is wearing jeans"),
        D.material("the jeans are made of the material of the jeans", "restated"),
        D.garment_type("t-shirt", "contradiction"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Roadster Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 16. Woman in a lemon-yellow straight kurta with white thread embroidery on the yoke, three-quarter sleeves,
    #     matching yellow trousers, no dupatta, white background. No title in the seller's columns. All texts: vqa.
    case(
        "MYN-W-KST-23019",
        caption(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("yellow"),
        B.sleeve_length("three-quarter sleeves"),
        is_a("dress", "yes", "contradiction"),
        B.material(
            "cotton Question: What is the sleeve length of the garment? Answer: three-quarter Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 17. Man in a grey melange hooded sweatshirt with a small black Puma cat logo on the chest, black track pants,
    #     white background. Details: cap3; the rest: base.
    case(
        "MYN-M-SWT-13118",
        caption("a man wearing a gray hoodie and black pants"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.details(
            "The sweatshirt is with cotton fabric and it has a hooded neckline. The gentleman wears a long trousers. "
            "The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.description("he is wearing a grey hoodie with a puma logo on the chest"),
        D.material("fabric", "non_answer"),
        D.sleeve_length("long sleeves"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 18. Woman in a black sleeveless top with a small white floral print, blue denim shorts, sunglasses pushed up
    #     on her head, sandals, beach behind. Caption: cap1; the rest: base.
    case(
        "MYN-W-TOP-23377",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black top and denim shorts"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a black and white floral top with a pair of denim shorts and a pair of sunglasses on her head and a pair "
            "of sandals on her",
            "cut",
            hit_limit=True,
        ),
        D.material("the top is made of the material of the top", "restated"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Floral Print Top",
    ),
    # 19. Man in khaki chinos, a navy polo tucked in, brown belt, brown loafers, light grey background.
    #     color_of pants: vqa ranking; the rest: base.
    case(
        "MYN-M-TRO-13540",
        caption("a man in a blue polo shirt and khaki pants"),
        D.garment_type("trousers"),
        D.color("blue", "other_garment_color"),
        color_of("pants", "beige"),
        D.details("they are khaki pants", "non_answer"),
        D.wearing("khakis and a polo shirt"),
        D.description("the man is wearing the pants", "restated"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
    ),
    # 20. Product shot, no person: a folded blue cotton saree with an orange, mustard and black Kalamkari print on
    #     white. Caption, wearing, type, pattern, material: base; color_of (open): vqa.
    case(
        "MYN-W-SAR-23802",
        caption("a blue and orange printed fabric on a white background"),
        D.wearing("a woman in a blue sari", "unsupported"),
        color_of(
            "saree",
            "blue Question: What is the pattern of the saree? Answer: printed Question: What is the color of the "
            "blouse? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.pattern("printed"),
        D.material("unknown", "non_answer"),
        D.details("the saree is a saree", "restated"),
        gender="Women",
        category="Sarees",
        color="Blue",
        title="Kalamkari Printed Cotton Saree",
    ),
    # 21. Man in a maroon silk-blend kurta with a mandarin collar under a beige Nehru jacket, white pyjama,
    #     wedding decor behind. is_a and details: vqa; the rest: base.
    case(
        "MYN-M-KUR-13961",
        caption("a man in a red kurta and a beige vest"),
        D.color("beige", "other_garment_color"),
        is_a("kurta", "yes"),
        D.wearing("she is wearing a red kurta and a beige vest", "pronoun"),
        D.details(
            "the collar is a mandarin collar the collar is a mandarin collar the collar is a mandarin collar the",
            "loop",
            hit_limit=True,
        ),
        D.material("silk"),
        D.garment_type("jacket", "contradiction"),
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="Sojanya Men Maroon Solid Silk Blend Kurta",
    ),
    # 22. Little girl in a pink sleeveless tulle party dress with a sequinned bodice, white shoes, pastel balloons
    #     behind. All texts: base.
    case(
        "MYN-K-DRS-30455",
        caption("a little girl in a pink dress with a tutu"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.details(
            "sequins on the top and a tulle skirt with layers of net that make it puffy and the skirt is pink and the "
            "top is",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material("it is made of 100% polyester and lined with cotton", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Tulle Fit and Flare Dress",
    ),
    # 23. Man in a white polo tee with a small navy logo, navy shorts, green lawn behind. Caption: cap3; closed
    #     questions: vqa ranking; color_of shorts and material: vqa generation.
    case(
        "MYN-M-TSH-14208",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        B.garment_type("t-shirt"),
        is_a("polo shirt", "yes"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.material(
            "cotton cotton cotton Question: What is the color of the shorts? Answer: white Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # 24. Woman in a red long-sleeve bodycon midi dress, black heels, front view (no slit or zip visible), red-brown
    #     brick wall behind. No title in the seller's columns. All texts: base.
    case(
        "MYN-W-DRS-24130",
        caption("a woman in a red dress standing in front of a brick wall"),
        D.wearing("a red dress and black high heels"),
        D.color("red"),
        D.details("it has a slit on the side and a zipper on the back", "unsupported"),
        D.description(
            "a red dress with long sleeves and a high neck that is made of a stretchy fabric that hugs the body and is "
            "perfect for a",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.pattern("floral", "contradiction"),
        gender="Women",
        category="Dresses",
        color="Red",
    ),
    # 25. Man in an olive-green bomber jacket worn open over a white tee, blue jeans, city street behind.
    #     color_of jacket: vqa ranking; the rest: base.
    case(
        "MYN-M-JKT-14577",
        caption("a man in a green jacket and white t - shirt"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "green"),
        D.details("it has a zipper and ribbed cuffs"),
        wearing("a green jacket, white shirt and blue jeans", who="he"),
        D.description("it is a jacket", "non_answer"),
        D.material("leather", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 26. Cropped model shot, waist down: black ankle-length leggings, white sneakers, the hem of a white top at
    #     the top edge, grey background. Caption: cap1; the rest: base.
    case(
        "MYN-W-LEG-24519",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.color("black"),
        D.details("nothing", "non_answer"),
        D.pattern("solid"),
        D.description(
            "black leggings with white sneakers and a white top and black leggings with white sneakers and a white top "
            "and black leggings with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a man in black pants and white sneakers", "pronoun"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 27. Woman in a teal A-line kurta, solid, three-quarter sleeves with gold lace at the sleeves and hem, a small
    #     keyhole slit at the round neck, beige pants, white background. Material: vqa; the rest: base.
    case(
        "MYN-W-KUR-24866",
        caption("a woman in a blue green kurta and beige pants"),
        D.color("blue"),
        D.pattern("solid"),
        D.details(
            "gold lace at the hem and at the end of the sleeves and a round neck with a small slit at the", "cut"
        ),
        D.wearing("he is wearing a kurta", "pronoun"),
        D.material(
            "rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon rayon",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter sleeves"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Green Solid A-Line Kurta",
    ),
    # 28. Boy in a cream self-design kurta with small gold buttons, white pyjamas, orange marigold garlands behind.
    #     All texts: base.
    case(
        "MYN-K-KST-30781",
        caption("a young boy in a white kurta standing in front of orange flowers"),
        D.color("orange", "contradiction"),
        D.wearing("a white kurta pajama"),
        D.garment_type("kurta"),
        D.description("the boy is wearing the kurta", "restated"),
        D.details("gold buttons"),
        D.material("kurta", "non_answer"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Jashvi Boys Cream-Coloured Kurta with Pyjamas",
    ),
    # 29. Man in a navy-and-red tartan flannel shirt worn open over a black tee, sleeves rolled to the elbow, black
    #     jeans, brick wall behind. Caption and details: cap3; color_of (open): vqa; the rest: base.
    case(
        "MYN-M-SHI-15023",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "blue and red plaid Question: What is the color of the t-shirt under the shirt? Answer: black Question: "
            "What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.details(
            "the collar, the buttons, the pocket, the sleeves, the collar, the buttons, the pocket, the sleeves, the "
            "collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        D.wearing("a plaid shirt over a black t - shirt and black jeans"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & Red Checked Casual Flannel Shirt",
    ),
    # 30. Woman in light-blue high-rise mom jeans with ripped knees, a white tee tucked in, a tan handbag on her
    #     arm, white background. All texts: base.
    case(
        "MYN-W-JEA-25210",
        caption("a woman in ripped jeans and a white t - shirt holding a brown purse"),
        D.wearing("a purse", "contradiction"),
        D.color("blue"),
        D.details("ripped knees and a high waist"),
        D.material("denim"),
        D.description(
            "ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans "
            "ripped jeans ripped jeans",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Levis Women Blue Mom Fit High-Rise Ripped Jeans",
    ),
    # 31. Woman in a lavender tee with a small white butterfly print on the chest, black joggers, white background.
    #     All texts: vqa (closed ones ranked, caption and material generated).
    case(
        "MYN-W-TSH-25544",
        caption(
            "Question: What is the color of the t-shirt? Answer: purple Question: What is the color of the t-shirt? "
            "Answer: purple Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Women Lavender Printed Round Neck T-shirt",
    ),
    # 32. Man in black track pants with a thin white piping stripe down each side, a red tee, white background.
    #     All texts: base.
    case(
        "MYN-M-TRK-15390",
        caption("a man in a red shirt and black pants"),
        D.color("red", "other_garment_color"),
        D.garment_type("track pants"),
        D.details("white stripes on the sides and an elastic waistband"),
        D.wearing("a woman wearing a red top and black pants", "pronoun"),
        D.material(
            "polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, polyester, "
            "polyester, polyester, polyester, polyester, polyester, polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX Men Black Solid Rapid-Dry Track Pants",
    ),
    # 33. Girl of about eight in a magenta lehenga with gold embroidery, matching choli with cap sleeves, a sheer
    #     gold dupatta, gold necklace and bangles, pink backdrop. Caption: cap1; the rest: base.
    case(
        "MYN-K-LEH-31020",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is long. There is an accessory on her wrist. There is an accessory on her neck. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("a pink lehenga"),
        D.details(
            "the lehenga has gold embroidery all over the skirt and the choli has gold embroidery on the sleeves and "
            "the neckline and the",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a pink lehenga choli with gold embroidery, made of pure silk and hand embroidered by artisans in jaipur",
            "unsupported",
        ),
        D.garment_type("lehenga"),
        gender="Girls",
        category="Lehenga Choli",
        color="Magenta",
        title="Aarika Girls Magenta & Gold Embroidered Ready to Wear Lehenga Choli with Dupatta",
    ),
    # 34. Man in a mustard tee whose chest print reads "STAY WEIRD" in black letters, blue jeans, white background.
    #     All texts: base.
    case(
        "MYN-M-TSH-15731",
        caption("a man in a yellow t - shirt with black writing on it"),
        D.color("yellow"),
        D.details('it says "just do it"', "unsupported"),
        D.material("no", "non_answer"),
        D.wearing("a man wearing a yellow t - shirt and jeans"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("printed"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Bewakoof Men Mustard Yellow Typography Printed T-shirt",
    ),
    # 35. Woman in a rust-orange straight kurta with a white geometric print, three-quarter sleeves, white
    #     palazzos, white background. Caption: cap3; the rest: vqa (closed ones ranked, material generated).
    case(
        "MYN-W-KUR-25997",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("printed"),
        B.material(
            "cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: "
            "cotton",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Sangria Women Rust Orange Printed Straight Kurta",
    ),
    # 36. Woman in a navy straight kurta with a gold-and-pink embroidered yoke, navy trousers, a pink dupatta over
    #     one shoulder, beige wall behind. The seller's colour column is empty. All texts: base.
    case(
        "MYN-W-KST-26340",
        caption("a woman in a dark blue kurta with a pink dupatta"),
        D.color("pink", "other_garment_color"),
        D.pattern("embroidered"),
        D.details(
            "embroidery on the neckline and the sleeves and the neckline and the sleeves and the neckline and the "
            "sleeves and the neckline and the",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a salwar kameez"),
        D.material("100% cotton, machine wash cold, do not bleach", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        gender="Women",
        category="Kurta Sets",
        title="Anubhutee Women Navy Blue Ethnic Motifs Embroidered Kurta with Trousers & Dupatta",
    ),
    # 37. Product shot, no person: a pink formal shirt folded in its packaging with a collar stiffener, buttoned
    #     cuffs showing, white background. Caption: cap3; the rest: base.
    case(
        "MYN-M-SHI-16085",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline.",
            "unsupported",
        ),
        D.color("pink"),
        D.description("a pink shirt folded on a white background"),
        D.details("the collar, the cuffs, the buttons"),
        D.material("the shirt is made of the shirt's fabric", "restated"),
        D.sleeve_length("long sleeves"),
        D.wearing("he is wearing a pink shirt and a tie", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Arrow Men Pink Regular Fit Solid Formal Shirt",
    ),
    # 38. Woman in a peach top with ruffles at the neckline and short flutter sleeves, white jeans, pale pink wall
    #     behind. color_of top and wearing: vqa; the rest: base.
    case(
        "MYN-W-TOP-26712",
        caption("a woman in a pink top and white pants"),
        D.color("white", "other_garment_color"),
        color_of("top", "orange"),
        D.details("ruffles on the sleeves and the neckline"),
        D.sleeve_length("short sleeves"),
        D.wearing(
            "The person is wearing a top and jeans. The person is wearing a top and jeans. The person is wearing a top "
            "and jeans. The",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Women Peach-Coloured Ruffled Top",
    ),
    # 39. Woman in a green tiered maxi dress with a white-and-yellow floral print, long sleeves, v-neck, wheat field
    #     behind. Caption, description, details: cap3; color, pattern, wearing: base.
    case(
        "MYN-W-DRS-27059",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is long. The lady wears a long-sleeve dress with floral patterns. The dress "
            "is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric. It has a v-shape neckline. The dress is long. The dress is with chiffon "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long dress"),
        gender="Women",
        category="Dresses",
        color="Green",
        title="SASSAFRAS Women Green Floral Print Tiered Maxi Dress",
    ),
    # 40. Woman in white wide-leg palazzos with a short black kurti on top, white background. No title in the
    #     seller's columns. All texts: base.
    case(
        "MYN-W-PAL-27388",
        caption("a woman wearing a black top and white palazzo pants"),
        D.garment_type("top", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("wide legs and an elastic waist"),
        D.material("cotton"),
        D.wearing("he is wearing a black top and white pants", "pronoun"),
        D.description(
            "white palazzo pants with a wide leg and an elastic waistband that are perfect for summer and can be "
            "paired with a kurta or a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
    ),
    # 41. Woman in an off-white cotton kurta with an indigo block print, long sleeves, indigo pants, white background.
    #     color_of kurta and details: vqa; the rest: base.
    case(
        "MYN-W-KUR-27716",
        caption("a woman in a white and blue kurta"),
        color_of("kurta", "cream"),
        D.color("blue", "other_garment_color"),
        D.pattern("printed"),
        D.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of the garment", "restated"),
        D.sleeve_length("long sleeves"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Fabindia Women Off-White Block Print Cotton Kurta",
    ),
    # 42. Woman in a beige cable-knit pullover, long sleeves, brown trousers, cafe behind. Caption: cap1; the rest:
    #     base.
    case(
        "MYN-W-SWE-28049",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("brown", "other_garment_color"),
        D.pattern("solid"),
        D.material("wool"),
        D.wearing("he is wearing a sweater", "pronoun"),
        D.details(
            "cable knit pattern on the front and the sleeves with ribbed cuffs and a ribbed hem and a round neck that "
            "is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Beige",
        title="Vero Moda Women Beige Cable Knit Pullover",
    ),
    # 43. Boy of about ten in a light-blue denim shirt with two flap chest pockets, sleeves rolled, khaki shorts,
    #     park behind. All texts: base.
    case(
        "MYN-K-SHI-31377",
        caption("a young boy in a blue shirt and khaki shorts"),
        D.wearing("she is wearing a denim shirt", "pronoun"),
        D.color("blue"),
        D.details("two pockets on the chest with flaps and buttons and the sleeves are rolled up to the", "cut"),
        D.material("the shirt is made of shirt fabric", "restated"),
        D.garment_type("jacket", "contradiction"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Boys Blue Denim Casual Shirt",
    ),
    # 44. Girl in a white short-sleeve top with a rainbow graphic, a pink skirt, white background. No title and no
    #     gender column from the seller. Caption: base; the rest: vqa (closed ones ranked, open ones generated).
    case(
        "MYN-K-TOP-31702",
        caption("a little girl in a white t - shirt with a rainbow on it and a pink skirt"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        B.pattern("graphic"),
        is_a("top", "yes"),
        B.material("", "non_answer"),
        B.sleeve_length("short sleeves"),
        category="Tops",
        color="White",
    ),
]
