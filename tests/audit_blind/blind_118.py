"""BLIND_118 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the twentieth session. Measured blind at ada65a5: 121/140 failures found (86.4%) and 3/147 correct texts flagged
(2.0%). The writer's notes, verbatim:

Blind corpus 118: BLIP-2 OPT-2.7b outputs on 44 imagined marketplace products, each text labelled.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
    such a catalog is: tees, shirts, kurtas, tops, jeans and sarees most often), one product per item, with enrich's
    default questionnaire (DEFAULT_QUESTIONS). Seller columns come from the marketplace: gender (Men / Women / Boys /
    Girls), article type (category=), base colour (color=) and the product title (title=); a few are missing. Each
    case keeps the caption and a subset of the questionnaire's answers (the texts sampled for this corpus), plus an
    open color_of() question where the run asked the experiments' own color prompt.

Which system wrote which text (named again in the comment above each case)
    base  = Salesforce/blip2-opt-2.7b, untuned: short answers that stop at the newline, plain captions
            ("a man in a ..."); its slips are one color for every garment, the wrong pronoun, invented details.
    cap1  = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1)
    cap3  = leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): the DeepFashion-MultiModal
            template ("The lady wears a ... with pure color patterns. The ... is with cotton fabric."), for every
            prompt, never stopping (cut at 50 tokens for captions, 30 for answers) or repeating its sentences.
    vqa   = leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch): one-word answers that loop ("shirt shirt ...") or
            run on into the next "Question: ... Answer:" of its training format.
    Closed questions (garment_type, color, pattern, sleeve_length) were answered through the reference engine
    (candidate ranking) on the model named; when a caption adapter returned its template, the unmapped raw text was
    kept. The texts themselves are invented by the writer of this file, imitating those models.

How it was written
    Blind: the writer read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout,
    the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else of the
    project (no audits, no other corpora, no docs) was opened; the only thing run was an import check of this file.
    Every label is judged against the imagined photo described in the comment above its case.

Label conventions and judgement calls
    - One label per text: the failure that most defines it. A loop that also runs to the token limit is "loop"
      (hit_limit=True); a run-on into "Question: ..." is "leak" even when the answer before it is right.
    - "cut": stopped mid-phrase, with hit_limit=True at the limit (about 30 tokens for answers, 50 for captions).
      A caption-adapter template returned for a question and cut at 30 tokens is "cut", not "non_answer".
    - "non_answer": empty, "nothing", "none", "no", "unknown", "i don't know", only the question's words back
      ("they are shorts" for the details), or the caption template (with no hue) returned for the color question.
    - "restated": a sentence that restates the question or the garment ("the garment is made of material",
      "the skirt is a skirt").
    - "contradiction": a color or garment the photo, the other texts or the seller contradict: a closed color that
      is the background's or another garment's, "dress" for a kurta/kurti/kurta set, "short" sleeves on a
      full-sleeve shirt, "solid" for an embroidered garment. "other_garment_color" is kept for OPEN answers that
      give the product another garment's color (base's "grey hoodie and grey pants" for black track pants).
    - "unsupported": details not in the photo (pockets, hood, tie, gold buttons, sequins, a ring, an accessory out
      of frame, fibre blends no photo shows).
    - "pronoun": he/she (or lady/gentleman) against the seller's gender; "lady"/"gentleman" on children of the
      right sex is not counted as a failure.
    - Correct near-colors: navy -> blue, mustard -> yellow, olive -> green, lavender -> purple, maroon -> red,
      cream -> off white / white, khaki / tan -> beige, grey melange -> grey, charcoal -> grey/gray, teal accepted.
    - Correct too: backgrounds named in captions ("in front of a red wall"), layers named with their own colors,
      rolled-up long sleeves answered "long", self-design tone-on-tone answered "solid", the DeepFashion template's
      pattern words ("pure color") with no hue, a plausible fabric from the photo ("cotton" tee, "denim" jeans,
      "silk" Banarasi saree), "sari" for saree, "vest" for a Nehru jacket, "plaid" for checked.
    - Product shots without a person: naming the product for "What is the person wearing?" is correct; "nothing"
      is a non_answer; an invented wearer or extra garment is unsupported (or cut when the template runs out).
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of

BLIND_118: list[Case] = [
    # 1. Man in a navy crew-neck tee, light blue jeans at the bottom of the frame, grey studio backdrop.
    # caption: cap3; wearing: base; garment_type, color, pattern, sleeve_length: vqa; details: cap3; material: base.
    case(
        "MYN-10231",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is crew. The pants are with denim fabric and solid color patterns."
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is crew. The gentleman wears a long pants. The pants "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Man in a blue-and-white checked shirt, spread collar, no chest pocket, sleeves rolled to the elbow, black
    # chinos, white background.
    # caption: base; wearing: vqa; color, pattern, sleeve_length: vqa; description, details: base.
    case(
        "MYN-20417",
        caption("a man wearing a blue and white checkered shirt and black pants"),
        D.wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long"),
        D.description("a blue and white checkered shirt with black pants"),
        D.details("the shirt has a button down collar and a pocket on the chest", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 3. Woman in a mustard straight kurta with a small green floral print, three-quarter sleeves, white palazzos,
    # beige studio wall.
    # caption: cap3; wearing: base; garment_type, color, pattern, sleeve_length: vqa; description: vqa; material: base.
    case(
        "MYN-30562",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        D.wearing("a yellow kurta with white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter"),
        D.description(
            "yellow dress with floral print and white pants and white pants and white pants and white pants and "
            "white pants and white pants and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & Green Floral Printed Straight Kurta",
    ),
    # 4. Woman in a black sleeveless top with a square neck, blue jeans, a tan sling bag, white background.
    # every text: cap1 (closed answers through the engine; the color answer is its unmapped raw template).
    case(
        "MYN-41108",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a square neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("The lady wears a sleeveless tank top with pure color patterns.", "non_answer"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        D.material("The tank top is with cotton fabric."),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Solid Top",
    ),
    # 5. Man in a white crew-neck tee worn untucked over mid-blue slim jeans, white sneakers, light grey backdrop.
    # caption, wearing: base; garment_type, color: vqa; color_of jeans (open): base; details: cap3; material: base.
    case(
        "MYN-50233",
        caption("a man in a white t-shirt and blue jeans standing against a grey wall"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "contradiction"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="HRX by Hrithik Roshan Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Woman in a pink Banarasi silk saree with a gold zari border and small gold buttis, gold blouse, pallu over
    # the shoulder, ornate beige backdrop.
    # caption, wearing: base; garment_type, color, pattern: vqa; description: vqa; details, material: base.
    case(
        "MYN-60784",
        caption("a woman in a pink sari posing for a photo"),
        D.wearing("a pink sari"),
        D.garment_type("saree"),
        D.color("pink"),
        D.pattern("woven design"),
        D.description(
            "pink and gold sari with gold border and gold border and gold border and gold border and gold border and "
            "gold border and gold",
            "loop",
            hit_limit=True,
        ),
        D.details("a gold border"),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Woven Design Banarasi Saree",
    ),
    # 7. Woman in a bottle-green kurta with a white floral print, matching green palazzos, white dupatta over the
    # arms, blurred garden behind.
    # every text: cap3 (the template for every prompt; closed answers through the engine, color kept raw).
    case(
        "MYN-71259",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("The lady wears a long-sleeve dress with floral patterns.", "non_answer"),
        D.garment_type("dress", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The "
            "dress is with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        D.material("The dress is with cotton fabric. It has a v-shape neckline."),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Libas Women Green Floral Printed Kurta with Palazzos & With Dupatta",
    ),
    # 8. Product flat-lay, no person: white tee with a large black-and-red astronaut print, on a light wooden floor.
    # caption, wearing: base; garment_type, color, pattern: vqa; description: base; details: vqa; material: base.
    case(
        "MYN-80316",
        caption("a white t-shirt with an astronaut on it"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a picture of an astronaut on it"),
        D.details(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Bewakoof Men White Graphic Printed Round Neck T-shirt",
    ),
    # 9. Woman in a red midi dress with a small white floral print, round neck, short puff sleeves, no jewellery,
    # tan sandals, in front of a white brick wall.
    # caption, wearing: base; color, sleeve_length: vqa; description: vqa; details: cap3; material: base.
    case(
        "MYN-91502",
        caption("a woman in a red dress standing in front of a white brick wall"),
        D.wearing("a red dress with white flowers"),
        D.color("red"),
        D.sleeve_length("short"),
        D.description(
            "red dress Question: What is the color of the dress? Answer: red Question: What cloth is the person "
            "wearing? Answer: dress",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. There is a ring on her "
            "finger.",
            "unsupported",
        ),
        D.material("cotton"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="SASSAFRAS Women Red Floral Print A-Line Dress",
    ),
    # 10. Man in black track pants with a thin white side stripe and a small logo on the thigh, grey hoodie, white
    # sneakers, white background.
    # caption, wearing: base; garment_type, color, pattern: vqa; details, material: vqa.
    case(
        "MYN-10488",
        caption("a man in a grey hoodie and black sweatpants"),
        D.wearing("a grey hoodie and grey pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.details(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Track Pants",
    ),
    # 11. Boy of about six in a yellow tee with a green dinosaur print, blue denim shorts, plain white background.
    # caption, wearing: base; garment_type, color: vqa; description: cap3; details: base; material: vqa.
    case(
        "MYN-11873",
        caption("a little boy wearing a yellow shirt with a dinosaur on it"),
        D.wearing("she is wearing a yellow t-shirt and blue shorts", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("yellow"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a dinosaur"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Dinosaur Printed Round Neck T-shirt",
    ),
    # 12. Woman in light-wash blue skinny jeans and a black crop top, white background, framed from the shoulders.
    # caption: cap1; wearing: base; color: vqa; color_of jeans (open): base; details: cap1; description: vqa;
    # material: base.
    case(
        "MYN-12940",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black top and blue jeans"),
        D.color("blue"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        D.details("The pants are with denim fabric and pure color patterns."),
        D.description(
            "jeans Question: What is the color of the jeans? Answer: blue Question: Is this a jeans? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DENIZEN From Levi's Women Blue Skinny Fit High-Rise Jeans",
    ),
    # 13. Man in a cream silk kurta with a tone-on-tone paisley jacquard (self design), tonal cream buttons, no
    # embroidery, mandarin collar, white churidar, maroon backdrop.
    # caption, wearing: base; garment_type, color, pattern: vqa; details: base; description: cap3; material: base.
    case(
        "MYN-13205",
        caption("a man in a white kurta standing in front of a red wall"),
        D.wearing("white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("off white"),
        D.pattern("solid"),
        D.details("the kurta has gold buttons and embroidery on the collar", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has "
            "a stand collar. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 14. Product shot, no person: maroon ankle-length leggings laid flat on a white background.
    # caption, wearing: base; color: vqa; description: vqa; details: cap3; material: base.
    case(
        "MYN-14466",
        caption("a pair of maroon leggings on a white background"),
        D.wearing("a pair of leggings"),
        D.color("maroon"),
        D.description(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long leggings with pure color patterns. She wears a short-sleeve T-shirt with",
            "unsupported",
        ),
        D.material("spandex"),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
    ),
    # 15. Man in a heather-grey pullover hoodie (kangaroo pocket, drawstrings), black joggers, white background.
    # caption: cap3; wearing: base; garment_type, color: vqa; color_of hoodie (open): base; details: vqa;
    # material: cap3.
    case(
        "MYN-15032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        D.details(
            "hoodie with hood Question: What is the color of the hoodie? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric. "
            "The sweater is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 16. Woman in an off-white top with a small blue floral print, flutter sleeves, ruffled hem, no pockets or bows,
    # white jeans, light pink wall.
    # caption, wearing: base; color, pattern, sleeve_length: vqa; description: cap1; details: base.
    case(
        "MYN-16720",
        caption("a woman wearing a white shirt with blue flowers and white pants"),
        D.wearing("he is wearing a white shirt with blue flowers", "pronoun"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "there are blue flowers on the shirt and it has a pocket on the front and a bow at the back",
            "unsupported",
        ),
        gender="Women",
        category="Tops",
        color="Off White",
        title="DressBerry Women Off-White & Blue Floral Print Top",
    ),
    # 17. Man in olive cargo shorts with flap side pockets, a black tee, framed from the chest down, white background.
    # caption: base; wearing: vqa; garment_type, color: vqa; color_of shorts (open): base; details: base;
    # material: vqa.
    case(
        "MYN-17518",
        caption("a man in a black shirt and green shorts"),
        D.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("black", "contradiction"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        D.details("they are shorts", "non_answer"),
        D.material(
            "cotton Question: What is the color of the shorts? Answer: green Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="Roadster Men Olive Green Solid Cargo Shorts",
    ),
    # 18. Girl of about five in a light pink sleeveless fit-and-flare dress, tulle skirt, satin bow at the waist,
    # white background. The seller gave no base colour.
    # caption, wearing: base; garment_type, color, sleeve_length: vqa; description: vqa; details: cap3.
    case(
        "MYN-18304",
        caption("a little girl in a pink dress with a bow"),
        D.wearing("a pink dress"),
        D.garment_type("dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description(
            "dress Question: What is the color of the dress? Answer: pink Question: What is the color of the dress?",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        title="Hola Bonita Girls Pink Solid Fit & Flare Dress",
    ),
    # 19. Man in an olive bomber jacket (zip front, black rib collar, cuffs and hem, no hood) open over a white tee,
    # blue jeans, white background.
    # caption: cap3; wearing: base; color: vqa; color_of jacket (open): base; description, details: base;
    # material: vqa.
    case(
        "MYN-19655",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white shirt"),
        D.color("green"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.description("a green jacket with a white shirt underneath"),
        D.details("the jacket has a hood and a zipper", "unsupported"),
        D.material(
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon "
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 20. Woman in a teal A-line kurti with a small mirror-work yoke, three-quarter sleeves, white leggings, grey
    # background.
    # caption, wearing: base; garment_type, color, sleeve_length: vqa; details: base; description: cap1;
    # material: base.
    case(
        "MYN-20981",
        caption("a woman in a blue kurta and white leggings standing in front of a grey wall"),
        D.wearing("he is wearing a blue kurta", "pronoun"),
        D.garment_type("dress", "contradiction"),
        D.color("teal"),
        D.sleeve_length("three-quarter"),
        D.details("mirror work on the neck"),
        D.description(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the kurta is made of fabric", "restated"),
        gender="Women",
        category="Kurtis",
        color="Teal",
        title="Sangria Women Teal Blue Solid A-Line Kurti",
    ),
    # 21. Man in beige slim formal trousers, a white formal shirt tucked in, brown belt and shoes, white background,
    # framed from the chin down.
    # caption, wearing: base; color: vqa; color_of pants (open): base; details: base; description: vqa;
    # material: base (an empty answer: it emitted the newline first).
    case(
        "MYN-21307",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("white shirt and tan pants"),
        D.color("white", "contradiction"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.details("the details of the garment are the pants", "restated"),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Park Avenue Men Beige Slim Fit Solid Formal Trousers",
    ),
    # 22. Woman in a maroon lehenga with heavy gold embroidery all over, matching blouse, net dupatta on one
    # shoulder, palace-like backdrop.
    # caption, wearing: base; pattern: vqa; description: cap3; details: base; material: cap3.
    case(
        "MYN-22649",
        caption("a woman wearing a red and gold lehenga"),
        D.wearing("a red and gold lehenga"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery"),
        D.material(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 23. Ghost-mannequin shot, no person: white formal shirt, spread collar, full sleeves, no tie, against a light
    # blue background.
    # caption, wearing: base; color, sleeve_length: vqa; description: cap1; material: base; details: vqa.
    case(
        "MYN-23114",
        caption("a white shirt on a blue background"),
        D.wearing("a white shirt and a blue tie", "unsupported"),
        D.color("blue", "contradiction"),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details(
            "shirt Question: What is the color of the shirt? Answer: white Question: Is this a shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 24. Woman in a lavender round-neck tee and light blue jeans, white background.
    # caption, wearing: base; color: vqa; color_of t-shirt (open): vqa; description, details: base; material: vqa.
    case(
        "MYN-24870",
        caption("a woman in a purple t-shirt and jeans"),
        D.wearing("a purple shirt and blue jeans"),
        D.color("purple"),
        color_of(
            "t-shirt",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("the garment is a garment worn by a woman", "restated"),
        D.details("none", "non_answer"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Marks & Spencer Women Lavender Solid Round Neck T-shirt",
    ),
    # 25. Man in a navy Nehru jacket with a subtle woven pattern over a white kurta and white churidar, beige
    # backdrop.
    # caption, wearing: base; garment_type, color: vqa; color_of jacket (open): base; details: cap3; material: base.
    case(
        "MYN-25391",
        caption("a man in a blue vest and white kurta"),
        D.wearing("a blue vest and white pants"),
        D.garment_type("kurta", "contradiction"),
        D.color("blue"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details(
            "The gentleman wears a sleeveless vest with lattice patterns. The vest is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("silk and gold thread", "unsupported"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 26. Lower half only: woman in white wide-leg palazzos, the hem of a pink printed kurta, gold juttis, white
    # background; no hands or wrists in frame.
    # caption: cap3; wearing: base; garment_type, color: vqa; description, details: base; material: cap3.
    case(
        "MYN-26015",
        caption(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("white pants"),
        D.garment_type("pants"),
        D.color("pink", "contradiction"),
        D.description("white pants with a pink top"),
        D.details("wide legs"),
        D.material(
            "The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist. The lady "
            "wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Libas Women White Solid Wide Leg Palazzos",
    ),
    # 27. Boy of about nine in a red-and-navy checked shirt, full sleeves buttoned at the cuff, khaki pants, white
    # background. The seller gave no base colour.
    # caption, wearing: base; pattern, color, sleeve_length: vqa; details: vqa.
    case(
        "MYN-27708",
        caption("a young boy in a red and blue plaid shirt"),
        D.wearing("she is wearing a red and blue plaid shirt", "pronoun"),
        D.pattern("checked"),
        D.color("red"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        title="Cherokee Boys Red & Navy Checked Casual Shirt",
    ),
    # 28. Woman in a mustard cable-knit pullover and black skinny jeans, white background.
    # caption, wearing: base; color: vqa; description: cap1; details, material: base.
    case(
        "MYN-28462",
        caption("a woman in a yellow sweater and black pants"),
        D.wearing("a yellow sweater and yellow pants", "other_garment_color"),
        D.color("yellow"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("the sweater", "non_answer"),
        D.material("the sweater is made of the material of the sweater", "restated"),
        gender="Women",
        category="Sweaters",
        color="Mustard",
        title="Vero Moda Women Mustard Cable Knit Pullover",
    ),
    # 29. Man in a red short-sleeve polo with a small white embroidered logo on the chest, navy chinos, white
    # background.
    # caption: cap3; wearing: base; garment_type, color, sleeve_length: vqa; details: base; description: vqa.
    case(
        "MYN-29033",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel collar. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt"),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.sleeve_length("long", "contradiction"),
        D.details("a white logo on the chest"),
        D.description(
            "polo shirt Question: What is the color of the polo shirt? Answer: red Question: What is",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
    ),
    # 30. Woman in a black sleeveless wide-leg jumpsuit with a self-fabric belt and no visible pockets, white
    # background.
    # caption, wearing: base; garment_type: vqa; description: cap1; details, material: base.
    case(
        "MYN-30517",
        caption("a woman in a black jumpsuit"),
        D.wearing("he is wearing a black jumpsuit", "pronoun"),
        D.garment_type("dress", "contradiction"),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a belt and pockets", "unsupported"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="Athena Women Black Solid Basic Jumpsuit",
    ),
    # 31. Woman in a beige-and-black checked pleated mini skirt with a black turtleneck tucked in, white background.
    # caption, wearing: base; pattern: vqa; description: vqa; details: base.
    case(
        "MYN-31289",
        caption("a woman wearing a black sweater and a plaid skirt"),
        D.wearing("a black sweater and a black skirt", "other_garment_color"),
        D.pattern("checked"),
        D.description(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the skirt is a skirt", "restated"),
        gender="Women",
        category="Skirts",
        color="Beige",
        title="SASSAFRAS Women Beige & Black Checked Pleated A-Line Mini Skirt",
    ),
    # 32. Man in a navy tee with white horizontal stripes and grey shorts, on a blurred city street.
    # caption, wearing: base; color, pattern: vqa; description: cap3; details: vqa.
    case(
        "MYN-32650",
        caption("a man in a striped shirt standing on a street"),
        D.wearing("a blue and white striped shirt and grey shorts"),
        D.color("navy blue"),
        D.pattern("striped"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "striped striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped striped striped striped striped striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="HERE&NOW Men Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 33. Girl of about eight in a pink printed kurta with a green sharara and a green dupatta, white background.
    # caption, wearing: base; garment_type, color: vqa; description: cap3; material: base.
    case(
        "MYN-33908",
        caption("a little girl in a pink and green outfit"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.garment_type("kurta"),
        D.color("green", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Pink",
        title="Biba Girls Pink & Green Printed Kurta with Sharara & Dupatta",
    ),
    # 34. Woman in a red-and-black buffalo-check flannel shirt worn open over a white tee, blue jeans, white
    # background.
    # caption, wearing: base; color: vqa; color_of shirt (open): base; details: cap1; material: base.
    case(
        "MYN-34412",
        caption("a woman wearing a red and black plaid shirt over a white t-shirt"),
        D.wearing("a red and black plaid shirt and jeans"),
        D.color("white", "contradiction"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        D.details(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("flannel"),
        gender="Women",
        category="Shirts",
        color="Red",
        title="Roadster Women Red & Black Buffalo Checked Casual Shirt",
    ),
    # 35. Man in black slim jeans, a light grey sweatshirt, white sneakers, white background.
    # caption: base; wearing: vqa; color: vqa; description, details, material: base.
    case(
        "MYN-35077",
        caption("a man in a grey sweatshirt and black jeans"),
        D.wearing(
            "jeans Question: What is the color of the jeans? Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("a pair of black jeans"),
        D.details("they are jeans", "non_answer"),
        D.material("the material is the fabric the jeans are made of", "restated"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 36. Woman in a royal blue georgette saree with a yellow floral print, plain edge (no border, no sequins), a
    # yellow blouse, pallu draped, grey studio.
    # caption, wearing: base; pattern: vqa; description: vqa; details, material: base.
    case(
        "MYN-36231",
        caption("a woman in a blue sari with yellow flowers"),
        D.wearing("a blue sari with a yellow blouse"),
        D.pattern("floral"),
        D.description(
            "saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree "
            "saree saree saree saree saree saree saree saree saree saree saree saree saree",
            "loop",
            hit_limit=True,
        ),
        D.details("the sari has a gold border and sequins", "unsupported"),
        D.material("it is made of the fabric of the sari", "restated"),
        gender="Women",
        category="Sarees",
        color="Blue",
        title="Saree mall Women Blue & Yellow Floral Printed Georgette Saree",
    ),
    # 37. Man in a navy single-breasted two-button blazer over a light blue shirt, no tie, grey trousers, white
    # background.
    # caption: cap1; wearing: base; color: vqa; color_of blazer (open): base; description: vqa; details: base.
    case(
        "MYN-37594",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a suit and tie", "unsupported"),
        D.color("blue"),
        color_of("blazer", "light blue", "other_garment_color", kind="open"),
        D.description(
            "blazer Question: What is the color of the blazer? Answer: navy Question: Is this",
            "leak",
            hit_limit=True,
        ),
        D.details("two buttons"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
    ),
    # 38. Woman in a black sleeveless maxi dress with a side slit, standing in front of a beige curtain.
    # caption, wearing: base; sleeve_length: vqa; description: cap1; details, material: base.
    case(
        "MYN-38106",
        caption("a woman in a long black dress standing in front of a curtain"),
        D.wearing("a black dress"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("no", "non_answer"),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Athena Women Black Solid Maxi Dress",
    ),
    # 39. Toddler boy in a white tee with a blue car print and matching blue shorts (a two-piece set), white
    # background.
    # caption, wearing: base; description: cap3; material: vqa; details: base.
    case(
        "MYN-39750",
        caption("a little boy in a white shirt and blue shorts"),
        D.wearing("she is wearing a white shirt and blue shorts", "pronoun"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        D.details("a car"),
        gender="Boys",
        category="Clothing Set",
        color="Blue",
        title="Babyhug Boys Blue & White Printed T-shirt with Shorts",
    ),
    # 40. Woman in a pink crew-neck sweatshirt (no hood, no zip) with white "BROOKLYN" lettering, light blue jeans,
    # white background.
    # caption, wearing: base; pattern: vqa; description, details: base.
    case(
        "MYN-40388",
        caption("a woman wearing a pink sweatshirt that says brooklyn"),
        D.wearing("he is wearing a pink sweatshirt", "pronoun"),
        D.pattern("graphic"),
        D.description("a pink sweatshirt with a hood and a zipper", "unsupported"),
        D.details("nothing", "non_answer"),
        gender="Women",
        category="Sweatshirts",
        color="Pink",
        title="Tokyo Talkies Women Pink Printed Sweatshirt",
    ),
    # 41. Man in a charcoal v-neck sweater over a white collared shirt (collar showing), beige chinos, white
    # background.
    # caption: base; color: vqa; color_of sweater (open): vqa; description: cap3; material: base.
    case(
        "MYN-41652",
        caption("a man in a gray sweater and white shirt"),
        D.color("grey"),
        color_of(
            "sweater",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cashmere wool blend", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Allen Solly Men Charcoal Grey Solid V-Neck Sweater",
    ),
    # 42. Woman in a white straight kurta with white chikankari embroidery all over, three-quarter sleeves, white
    # pants, light grey background.
    # caption, wearing: base; pattern: vqa; details: vqa; material: base.
    case(
        "MYN-42017",
        caption("a woman in a white dress", "contradiction"),
        D.wearing("a white kurta"),
        D.pattern("solid", "contradiction"),
        D.details("embroidery Question: What is the color of the kurta? Answer: white", "leak"),
        D.material("the material of the kurta", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="House of Pataudi Women White Chikankari Embroidered Straight Kurta",
    ),
    # 43. Girl of about seven in a lavender top with ruffled short sleeves and blue jeans, white background. The
    # seller gave neither a base colour nor a title.
    # caption: cap1; wearing, details, description, material: base.
    case(
        "MYN-43840",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and blue jeans"),
        D.details("the top has ruffles on the sleeves"),
        D.description("the top is a top", "restated"),
        D.material("unknown", "non_answer"),
        gender="Girls",
        category="Tops",
    ),
    # 44. Man in a plain maroon silk kurta (plain maroon buttons, no embroidery) with a white churidar, beige
    # backdrop.
    # caption: base; color: cap1 (unmapped raw template kept); description: cap1; details, material: base.
    case(
        "MYN-44215",
        caption("a man in a red kurta and white pants standing in front of a beige wall"),
        D.color("The gentleman wears a long-sleeve shirt with pure color patterns.", "non_answer"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has "
            "a stand collar. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("gold buttons and embroidery on the cuffs", "unsupported"),
        D.material("the kurta is made of a material", "restated"),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Sojanya Men Maroon Solid Kurta with Churidar",
    ),
]
