"""BLIND_146 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the twenty-first session. Measured blind at f1802f2: 132/142 failures found (93.0%) and 11/145 correct texts
flagged (7.6%). The writer's notes, verbatim:

Blind corpus 146: a Myntra-style marketplace sample, enrich's default questionnaire.

Scenario
    The original experiments' models re-run on a random sample of 44 products from a Myntra-style fashion
    marketplace: men's, women's and kids' clothing, western and ethnic, weighted roughly as the catalog is (men's
    t-shirts, shirts and jeans; women's kurtas, kurta sets, sarees, tops and dresses; a few kids' items, jackets,
    sweaters, bottoms). One product per item, one photo per product: mostly a model on a studio backdrop, some
    outdoor or interior shots, a few flat-lay product shots with no person. Each product has a caption and answers
    to enrich's default questionnaire (DEFAULT_QUESTIONS). The seller columns are the marketplace's own: gender
    (Men / Women / Boys / Girls), article type (category=), base colour (color=) and the product title (title=);
    a few products lack one of them (C28 and C32 have no base colour, C39 no gender, C43 no article type).

Which system wrote which text (named again in the comment above every case)
    - base: untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompt. Short answers that usually
      stop on the newline; its captions are the usual "a man in a ... standing in front of ..." style. Its faults:
      one color for every garment (the color of the trousers, the dupatta, the blouse, the wall), wrong pronoun,
      invented details, empty or echoing answers.
    - cap-ep1 / cap-ep3: the caption adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      Data2_V2_Blip2_Finetune_Caption, epoch 3). They answer every prompt with the DeepFashion-MultiModal caption
      template ("The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its
      neckline is round."): they call sarees, kurtas and lehengas "dress", say "lady"/"gentleman" by guess, add
      the template's stock accessory sentences, loop on the template or run into the token limit.
    - vqa: the VQA adapter (Data3_V3_BLIP2_VQA): In-shop attribute words repeated without end
      ("black-black-black", "tee, shorts tee, shorts"), and, because the loss covered the prompt, continuations
      that write the next "Question: ... Answer: ..." pair.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, TARGETS). No other file of the project was opened. Every text was written by hand
    against an imagined photo described in the comment above its case; no model was run.

Label conventions and judgement calls
    - One label per text: the failure kind that best names what is wrong; None when the text is a correct answer
      for the photo described. A text with several faults carries the most salient one.
    - cut: the text stops mid-phrase. hit_limit=True when it stopped at the token limit (50 new tokens for
      captions, about 38-42 words of template; 30 for answers, about 20-25 words); a few stop mid-phrase before
      the limit (an early eos) and keep hit_limit=False. Correct texts never carry hit_limit=True: every correct
      text stopped by itself (the adapters do emit the newline now and then).
    - loop: the same word or sentence repeated until the limit (hit_limit=True); the loop label wins over cut.
    - leak: the text contains the prompt format ("Question:", "Answer:"), usually the model writing the next
      question-answer pair after its answer; the leak label wins over cut and loop.
    - contradiction: a garment type, color, pattern or sleeve length that the photo, the other texts or the
      seller columns contradict, when the wrong value does not come from another garment in the photo (a
      saree called a dress, the wall's or background's color, camouflage on a plain jacket, a tee called a
      sweater, "short" for long sleeves).
    - other_garment_color: the product given the color of another garment in the same photo (the jeans under
      the t-shirt, the blouse under the saree, the dupatta of a kurta set, the kurta under a Nehru jacket, the
      tee under open shorts/jeans). Shoes and walls are not garments: those go to contradiction.
    - unsupported: details, materials, fibres, care labels or body parts/people that the photo does not show
      (pockets, zips, slits, cufflinks, "100% polyester", "machine washable", a person or trousers invented
      around a flat-lay product). A common-sense material visible in the photo (denim jeans, a cotton tee, a
      satin dress with sheen, chiffon, tulle, wool knit) is correct.
    - non_answer: empty text, "no", "not sure", "i don't know", "fabric" for the material, or only the
      product's own name back ("they are shorts" for the details).
    - restated: the question's own words turned into the answer ("the details of the garment are the details of
      the garment", "it is made of material").
    - pronoun: "he"/"gentleman" for a woman or girl, "she"/"lady" for a man or boy, judged against the person in
      the photo (also where the seller's gender column is missing, C39). "lady" for a girl and "gentleman" for a
      boy are only the template's words and not counted as pronoun errors.
    - Near colors are correct: navy -> "blue"/"dark blue", maroon -> "burgundy"/"red", off white -> "cream",
      lavender -> "light purple", indigo for a blue kurta, mustard for yellow, teal -> "blue", rust -> "orange",
      beige -> "khaki", two-colour answers for two-colour garments ("red and blue" stripes).
    - Garment words: kurta / "salwar suit" / "salwar kameez" for kurta sets, "pants" for trousers, palazzos or
      chinos, "hoodie" for a hooded sweatshirt, "polo shirt" for a polo t-shirt, "wedding dress" in a base caption
      of a lehenga are correct; the adapters' "dress" for a kurta, saree or lehenga used as the garment type or as
      the whole answer is a contradiction. A template that says "dress" as part of a longer caption keeps the
      label of its bigger fault (cut, loop, pronoun) when it has one.
    - Captions naming the background (walls, flowers, stairs, a beach, a track) and answers naming visible layers
      (a shirt over a tee, a Nehru jacket over a kurta) are correct.
    - For a flat-lay shot, "What is the person wearing?" answered with the product or "there is no person" is
      correct; a template that invents a gentleman in trousers is unsupported.
    - Not every question of the questionnaire is kept for every product; the texts kept are verbatim.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_146: list[Case] = [
    # C01. Photo: a man in a plain navy crew-neck t-shirt (short sleeves, no print, no logo) and light-blue jeans,
    # grey studio backdrop. caption: cap-ep3; wearing, color, sleeve_length, description, material: base;
    # details: cap-ep3.
    case(
        "MYN-M-TSH-10231",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The "
            "T-shirt is with cotton fabric and its neckline is round. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt and jeans"),
        D.color("navy blue"),
        D.sleeve_length("long", "contradiction"),
        D.description("a navy blue t-shirt with a small logo on the chest", "unsupported"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and "
            "its neckline is round. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # C02. Photo: a woman in a pink straight kurta with a small gold floral print all over, white palazzos, beige
    # wall behind. caption, wearing, color, details, material: base; garment_type: vqa; description: cap-ep3.
    case(
        "MYN-W-KUR-20417",
        caption("a woman in a pink kurta and white pants standing in front of a beige wall"),
        D.wearing("a pink kurta"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("gold flowers all over"),
        D.material("the garment is made of a material that is used to make garments", "restated"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink & Gold Floral Printed Straight Kurta",
    ),
    # C03. Photo: a man in a plain white full-sleeve shirt, sleeves rolled to the elbow, one chest pocket, black
    # chinos, outdoors against a red brick wall. caption, garment_type, color, pattern, sleeve_length,
    # details: base; wearing: vqa.
    case(
        "MYN-M-SHI-11802",
        caption("a man in a white shirt and black pants standing in front of a brick wall"),
        D.wearing(
            "blouse, shirt blouse, shirt blouse, shirt blouse, shirt blouse, shirt blouse, shirt blouse, shirt blouse,",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.details("a pocket on the chest and a", "cut"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
    ),
    # C04. Photo: a woman draped in a maroon Banarasi saree with a wide gold zari border, maroon blouse, an ornate
    # palace interior behind. caption: cap-ep3; wearing, color, details: base; pattern: vqa;
    # material: cap-ep1 (it stopped early, in its own words).
    case(
        "MYN-W-SAR-30077",
        caption(
            "The lady is wearing a long-sleeve dress with lattice patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. There is an accessory on her wrist.",
            "contradiction",
        ),
        D.wearing("a maroon saree"),
        D.color("burgundy"),
        D.pattern(
            "lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice "
            "lattice lattice lattice",
            "loop",
            hit_limit=True,
        ),
        D.details("gold border"),
        D.material("pure silk with handwoven zari from Varanasi", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Golden Zari Woven Design Banarasi Saree",
    ),
    # C05. Photo: a man from the chest down in mid-blue slim jeans, a white t-shirt half tucked, white sneakers,
    # white backdrop. caption, color, material: base; description: cap-ep3; details: cap-ep1.
    case(
        "MYN-M-JEA-12550",
        caption("a man wearing blue jeans and white sneakers"),
        D.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.details("The trousers are of long length. The fabric is denim and it has pure color patterns."),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="HERE&NOW Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # C06. Photo: a woman in a black fitted top with short puff sleeves and a square neckline, tucked into light-blue
    # mom jeans, pink wall behind. caption, color, description, details: base; wearing: cap-ep3;
    # material: vqa.
    case(
        "MYN-W-TOP-21190",
        caption("a woman in a black top and jeans posing in front of a pink wall"),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("a black top with puffy sleeves"),
        D.details("puff sleeves and a square neckline"),
        D.material(
            "cotton Question: What is the color of the garment? Answer: black Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Puff Sleeves Fitted Top",
    ),
    # C07. Photo: a boy of about six with longish hair in a yellow round-neck t-shirt with a blue dinosaur print and
    # navy shorts, white backdrop. No zip, no hood. caption: cap-ep1; wearing, garment_type, pattern, details,
    # material: base; description: vqa.
    case(
        "MYN-B-SET-40312",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            "pronoun",
        ),
        D.wearing("a yellow shirt and blue shorts"),
        D.garment_type("t-shirt and shorts"),
        D.pattern("graphic"),
        D.description(
            "tee, shorts tee, shorts tee, shorts tee, shorts tee, shorts tee, shorts tee, shorts tee, shorts tee,",
            "loop",
            hit_limit=True,
        ),
        D.details("a zipper on the front and a hood", "unsupported"),
        D.material("the garment is made of the material of the garment", "restated"),
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="YK Boys Yellow & Blue Printed T-shirt with Shorts",
    ),
    # C08. Photo: a woman in a bottle-green kurta with small white ethnic motifs, three-quarter sleeves, matching
    # green palazzos and an off-white dupatta over one shoulder, plain grey backdrop. caption: cap-ep3; wearing,
    # color, sleeve_length, details: base; description: cap-ep1 (early eos).
    case(
        "MYN-W-KSET-22804",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green salwar suit"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("three quarter"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its", "cut"
        ),
        D.details("white motifs and a matching dupatta"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Anouk Women Green Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
    ),
    # C09. Photo: a man in a white chikankari (white-on-white embroidered) straight kurta and white churidar,
    # strings of orange marigolds behind him. caption, wearing, color, pattern, details: base; garment_type: vqa;
    # description: cap-ep3 (stopped by itself).
    case(
        "MYN-M-KUR-13365",
        caption("a man in a white kurta standing in front of orange flowers"),
        D.wearing("a white kurta pajama"),
        D.garment_type("dress", "contradiction"),
        D.color("orange", "contradiction"),
        D.pattern("embroidered"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is stand.",
            "pronoun",
        ),
        D.details("embroidery on the front and the", "cut"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Self Design Chikankari Straight Kurta",
    ),
    # C10. Photo: a woman in black high-rise skinny jeans, a white cropped t-shirt and white sneakers, white studio.
    # caption: cap-ep1; wearing, color, details: base; garment_type, description: vqa.
    case(
        "MYN-W-JEA-23019",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns."
        ),
        D.wearing("black jeans and a white top"),
        D.garment_type("leggings", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.details("skinny fit with a high waist"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit High-Rise Stretchable Jeans",
    ),
    # C11. Photo: a man in a heather-grey pullover hoodie with drawstrings and a kangaroo pocket, long sleeves,
    # black joggers, dark grey backdrop. caption, color, description, details,
    # material: base; wearing: vqa.
    case(
        "MYN-M-SWT-14478",
        caption("a man in a grey hoodie and black pants"),
        D.wearing(
            "sweatshirt, hoodie sweatshirt, hoodie sweatshirt, hoodie sweatshirt, hoodie sweatshirt, hoodie "
            "sweatshirt, hoodie",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.description("the garment is a garment worn by the person", "restated"),
        D.details("a hood with drawstrings and a kangaroo pocket"),
        D.material("it is made of 100% polyester fleece with a water-repellent coating", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # C12. Photo: a woman in a sleeveless navy A-line midi dress with small white and pink flowers, in a garden
    # with green foliage behind; no bracelet or watch. caption: cap-ep3; wearing, garment_type, color,
    # sleeve_length, description, details: base.
    case(
        "MYN-W-DRS-24633",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.garment_type("dress"),
        D.color("green", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a dark blue dress with white and pink flowers on the", "cut"),
        D.details("it is a dress", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="DressBerry Women Navy Blue Floral Print A-Line Dress",
    ),
    # C13. Photo: a man in beige slim chinos with a navy polo tucked in and brown loafers, studio. caption,
    # garment_type, color, details, material: base; wearing: cap-ep3.
    case(
        "MYN-M-TRO-15091",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("blue", "other_garment_color"),
        D.details("they are pants", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # C14. Photo: a girl of about eight in a sleeveless pink party dress, sequinned bodice and tulle skirt, white
    # backdrop; no bracelet, no ring. caption, sleeve_length, material: base; color: vqa; description: cap-ep1
    # (stopped by itself); details: cap-ep3 (stopped by itself).
    case(
        "MYN-G-DRS-41207",
        caption("a little girl in a pink dress"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round."
        ),
        D.details(
            "The dress is with chiffon fabric and its neckline is round. There is an accessory on her wrist. There "
            "is a ring on her finger.",
            "unsupported",
        ),
        D.material("tulle"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Fit and Flare Dress",
    ),
    # C15. Flat-lay product shot, no person: a black round-neck t-shirt with a large white astronaut print, on white.
    # caption, wearing, garment_type, pattern: base; color: vqa; description: cap-ep3 (stopped by itself).
    case(
        "MYN-M-TSH-10977",
        caption("a black t-shirt with an astronaut on it"),
        D.wearing("a black t-shirt"),
        D.garment_type("it is a type of garment", "restated"),
        D.color(
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers.",
            "unsupported",
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
    ),
    # C16. Photo: a woman in a mustard-yellow A-line kurta with blue block-printed motifs, long sleeves, blue
    # trousers, white backdrop. caption: cap-ep3; wearing, garment_type, color, description, details: base;
    # material: vqa.
    case(
        "MYN-W-KUR-20958",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and blue pants"),
        D.garment_type("kurta"),
        D.color("blue", "other_garment_color"),
        D.description("he is wearing a yellow kurta", "pronoun"),
        D.details("blue prints"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: printed Question: How long are the "
            "sleeves? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Sangria Women Mustard Yellow & Blue Ethnic Motifs Printed A-Line Kurta",
    ),
    # C17. Photo: a man in a blue-and-white checked shirt worn open over a plain white t-shirt, dark jeans, studio.
    # caption, wearing, color, pattern: base; description: vqa; details, material: cap-ep3.
    case(
        "MYN-M-SHI-11436",
        caption("a man wearing a plaid shirt and jeans"),
        D.wearing("a blue plaid shirt over a white t-shirt"),
        D.color("blue"),
        D.pattern("checked"),
        D.description(
            "shirt Question: What is the color of the shirt? Answer: blue Question: What is the pattern of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric and its neckline is lapel. The gentleman wears a short-sleeve T-shirt "
            "with pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # C18. Photo: a woman in a teal georgette saree with pink flowers and a plain pink blouse, on old stone steps
    # outdoors. caption, color, description, details, material: base; wearing: cap-ep3 (stopped).
    case(
        "MYN-W-SAR-30512",
        caption("a woman in a blue saree standing on the stairs"),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape.",
            "contradiction",
        ),
        D.color("pink", "other_garment_color"),
        D.description("a blue and pink saree with flowers"),
        D.details("", "non_answer"),
        D.material("georgette"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal Blue & Pink Floral Printed Poly Georgette Saree",
    ),
    # C19. Photo: a man in black slim track pants with a white stripe down each side and a small logo on the left
    # thigh, plain grey t-shirt, running shoes; elastic waist, no visible pockets or drawstring. caption,
    # garment_type, color, description, details: base; wearing: vqa; material: cap-ep1.
    case(
        "MYN-M-TRK-16204",
        caption("a man in black pants and a grey shirt"),
        D.wearing(
            "pants, tee pants, tee pants, tee pants, tee pants, tee pants, tee pants, tee pants, tee pants, tee",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.color("grey", "other_garment_color"),
        D.description("black track pants with zip pockets and a drawstring waist", "unsupported"),
        D.details("white stripe on the side and a logo on the leg"),
        D.material(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve "
            "T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Slim Fit Track Pants",
    ),
    # C20. Photo: a woman on a beach in a white broderie-anglaise (eyelet) top with short flutter sleeves, no
    # buttons and no pocket, blue denim shorts. caption, wearing, color, pattern, sleeve_length,
    # details: base; description: cap-ep3.
    case(
        "MYN-W-TOP-21744",
        caption("a woman in a white top and denim shorts on the beach"),
        D.wearing("a white top and blue shorts"),
        D.color("blue", "other_garment_color"),
        D.pattern("lace"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("the top has buttons on the front and a pocket", "unsupported"),
        gender="Women",
        category="Tops",
        color="White",
        title="Vero Moda Women White Broderie Anglaise Top",
    ),
    # C21. Photo: a man in a plain navy kurta with small gold buttons and long sleeves, cream pyjamas, warm
    # festive fairy lights behind. caption: cap-ep3; wearing, garment_type, color, pattern, details: base;
    # material: vqa (stopped after the leak).
    case(
        "MYN-M-KSET-17330",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        D.garment_type("kurta"),
        D.color("black", "contradiction"),
        D.pattern("no", "non_answer"),
        D.details("gold buttons"),
        D.material("Answer: cotton Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Vastramay Men Navy Blue & Gold Solid Kurta with Pyjamas",
    ),
    # C22. Photo: a woman in plain maroon ankle-length leggings under a white printed kurti, white backdrop.
    # caption, garment_type, color, details, material: base; wearing: cap-ep1 (stopped); description: vqa.
    case(
        "MYN-W-LEG-25860",
        caption("a woman in a white top and red leggings"),
        D.wearing(
            "The female wears a long-sleeve shirt with graphic patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns."
        ),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.description(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.details("they are leggings", "non_answer"),
        D.material("it is made of organic cotton with four way stretch", "unsupported"),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
    ),
    # C23. Photo: a man in a plain olive-green nylon bomber jacket worn open over a white t-shirt, black jeans, a
    # city street behind; ribbed cuffs and hem, front zip. caption: cap-ep1 (stopped); wearing, color, pattern,
    # sleeve_length, details, material: base.
    case(
        "MYN-M-JKT-18115",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long trousers."
        ),
        D.wearing("a green jacket and black jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("camouflage", "contradiction"),
        D.sleeve_length("long"),
        D.details("ribbed cuffs and a", "cut"),
        D.material("the jacket is made of genuine leather with a quilted lining", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="WROGN Men Olive Green Solid Bomber Jacket",
    ),
    # C24. Photo: a bridal-style model in a red lehenga with heavy gold embroidery, matching choli, a red dupatta
    # over her head, jewellery, a palace courtyard behind. caption, color, description, details, material:
    # base; wearing: cap-ep3; garment_type: vqa.
    case(
        "MYN-W-LEH-26403",
        caption("a woman in a red and gold wedding dress"),
        D.wearing(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.description("red lehenga with gold embroidery and a", "cut"),
        D.details("gold embroidery on the skirt and a matching dupatta"),
        D.material("", "non_answer"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Fabcartz Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # C25. Photo: a boy of about ten in a light-blue denim shirt with long sleeves rolled up to the forearm, khaki
    # shorts, white backdrop. caption: cap-ep3 (stopped); wearing, color, sleeve_length, material:
    # base; details: vqa.
    case(
        "MYN-B-SHI-42118",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a short pants.",
            "pronoun",
        ),
        D.wearing("a denim shirt and shorts"),
        D.color("light blue"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "shirt Question: What is the color of the shirt? Answer: blue Question: What is the person wearing? "
            "Answer: shirt",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Gini and Jony Boys Blue Regular Fit Denim Casual Shirt",
    ),
    # C26. Photo: a woman in an off-white straight kurta with thin black vertical stripes, three-quarter sleeves,
    # a mandarin collar, black trousers, grey studio. caption, garment_type, color, details,
    # material: base; pattern: vqa; description: cap-ep1 (early eos).
    case(
        "MYN-W-KUR-20163",
        caption("a woman in a striped kurta and black pants"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.pattern(
            "striped, striped, striped, striped, striped, striped, striped, striped, striped, striped, striped, "
            "striped, striped, striped, striped",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is v",
            "cut",
        ),
        D.details("black stripes and a mandarin collar"),
        D.material("fabric", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="W Women Off-White & Black Striped Straight Kurta",
    ),
    # C27. Photo: a man in a bottle-green polo t-shirt (two buttons, small white embroidered logo on the chest),
    # beige chinos, white studio. caption: cap-ep3; wearing, garment_type, color, description,
    # details, material: base.
    case(
        "MYN-M-TSH-10544",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green polo shirt"),
        D.garment_type("polo shirt"),
        D.color("blue", "contradiction"),
        D.description("a green polo shirt with a white logo on the chest"),
        D.details("two buttons and a collar"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Allen Solly Men Green Solid Polo Collar T-shirt",
    ),
    # C28. Photo: a woman in white flared palazzos with a short pink kurti on top, white backdrop. Seller gave no
    # base colour. caption, color, pattern, details, material: base; description: cap-ep3 (stopped).
    case(
        "MYN-W-PAL-27221",
        caption("a woman in a pink top and white pants"),
        D.color("pink", "other_garment_color"),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        D.details("wide legs"),
        D.material("the palazzos are made of 100% rayon and are machine washable", "unsupported"),
        gender="Women",
        category="Palazzos",
        title="Libas Women White Solid Flared Palazzos",
    ),
    # C29. Photo: a man in mid-blue light-fade slim jeans with small rips at the knees, a black t-shirt, studio.
    # caption: cap-ep1; color, pattern, details: base; description: vqa.
    case(
        "MYN-M-JEA-12893",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The trousers "
            "are with denim fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is "
            "round. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("distressed"),
        D.description(
            "denim Question: Describe the garment. Answer: denim Question: Describe the garment. Answer: denim "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("rips on the knees and faded"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mildly Distressed Light Fade Stretchable Jeans",
    ),
    # C30. Photo: a woman in a red long-sleeve wrap top with small white polka dots and a tie at the waist, black
    # trousers, white backdrop. caption, pattern, sleeve_length, details, material: base; wearing:
    # vqa; description: cap-ep3.
    case(
        "MYN-W-TOP-21567",
        caption("a woman in a red polka dot top and black pants"),
        D.wearing(
            "blouse, pants Question: What is the color of the blouse? Answer: red Question: What is the color of "
            "the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.pattern("polka dot"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("wrap front with a tie at the waist"),
        D.material("the material of the garment is the material of the garment", "restated"),
        gender="Women",
        category="Tops",
        color="Red",
        title="Harpa Women Red Printed Wrap Top",
    ),
    # C31. Photo: a man in a sleeveless beige brocade Nehru jacket with front buttons, over a white long-sleeve
    # kurta and white pyjama, studio; no pocket square. caption, wearing, garment_type, sleeve_length,
    # details: base; description: cap-ep3.
    case(
        "MYN-M-NEH-19027",
        caption("a man in a white kurta and a beige vest"),
        D.wearing("a white kurta and a jacket"),
        D.garment_type("kurta", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. There is",
            "cut",
            hit_limit=True,
        ),
        D.details("buttons down the front and a pocket square", "unsupported"),
        gender="Men",
        category="Nehru Jackets",
        color="Beige",
        title="Hangup Men Beige Woven Design Nehru Jacket",
    ),
    # C32. Photo: a woman in a plain bright-yellow chiffon saree with a thin gold border and a green blouse, white
    # studio. Seller gave no base colour. caption: cap-ep3; wearing, color, pattern, description,
    # material: base; details: vqa.
    case(
        "MYN-W-SAR-30239",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory on her wrist. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow saree"),
        D.color("green", "other_garment_color"),
        D.pattern("the pattern is the pattern of the saree", "restated"),
        D.description("a yellow saree with a gold border and a green blouse"),
        D.details(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        gender="Women",
        category="Sarees",
        title="Kalini Yellow Solid Saree with Zari Border",
    ),
    # C33. Photo: a man on a beach in plain navy chino shorts with side pockets, an untucked white linen shirt
    # with long sleeves. caption, color, pattern, description, details: base; wearing: cap-ep1
    # (early eos).
    case(
        "MYN-M-SHO-19660",
        caption("a man in a white shirt and blue shorts standing on the beach"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a short pants. The shirt is with "
            "linen fabric and its",
            "cut",
        ),
        D.color("navy"),
        D.pattern("plaid", "contradiction"),
        D.description("blue chino shorts with pockets"),
        D.details("they are shorts", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Jack & Jones Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # C34. Photo: a woman in a black satin bodycon mini dress with spaghetti straps, no slit, red heels, a purple
    # gradient backdrop. caption, wearing, description, material: base; color: vqa (stopped);
    # sleeve_length: cap-ep3.
    case(
        "MYN-W-DRS-24190",
        caption("a woman in a black dress standing in front of a purple background"),
        D.wearing("a black dress and red heels"),
        D.color("purple", "contradiction"),
        D.sleeve_length(
            "The lady wears a sleeveless dress with pure color patterns. The lady wears a sleeveless dress with "
            "pure color patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.description("she is wearing a black dress with a slit on the side", "unsupported"),
        D.material("satin"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Berrylush Women Black Satin Bodycon Dress",
    ),
    # C35. Photo: a girl of about seven in a peach cotton kurta with small blue flowers, three-quarter sleeves,
    # white churidar and a peach dupatta, white backdrop. caption: cap-ep3 (stopped); wearing, color,
    # sleeve_length, details, material: base; description: vqa (stopped after the leak).
    case(
        "MYN-G-KSET-43054",
        caption(
            "The man wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round.",
            "pronoun",
        ),
        D.wearing("a salwar kameez"),
        D.color("peach"),
        D.sleeve_length("the sleeves are the length of the sleeves", "restated"),
        D.description("dress Question: Describe the garment. Answer: dress", "leak"),
        D.details("blue flowers and a dupatta"),
        D.material("cotton"),
        gender="Girls",
        category="Kurta Sets",
        color="Peach",
        title="Biba Girls Peach Printed Kurta with Churidar & Dupatta",
    ),
    # C36. Photo: a man in a maroon cable-knit crew-neck pullover with long sleeves, a white shirt collar showing,
    # grey trousers, studio. caption: cap-ep1 (stopped); wearing, color, pattern, sleeve_length,
    # description, material: base; details: cap-ep3.
    case(
        "MYN-M-SWE-18842",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric "
            "and its neckline is crew."
        ),
        D.wearing("a red sweater and a white shirt"),
        D.color("maroon"),
        D.pattern("cable knit"),
        D.sleeve_length("short", "contradiction"),
        D.description("it is a sweater", "non_answer"),
        D.details(
            "The sweater is with wool fabric and its neckline is crew. The gentleman wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.material("100% merino wool, hand wash only", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Monte Carlo Men Maroon Cable Knit Pullover",
    ),
    # C37. Photo: a woman in an indigo kurta with white block-printed motifs, three-quarter sleeves, white pants,
    # a blurred green garden behind. caption: cap-ep3; wearing, color, pattern, description,
    # material: base; garment_type: vqa; details: cap-ep1.
    case(
        "MYN-W-KUR-20702",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta"),
        D.garment_type(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        D.color("indigo"),
        D.pattern("block print"),
        D.description("a blue kurta with white flowers"),
        D.details(
            "The dress is with cotton fabric and its neckline is v-shape. Question: What are the details of the "
            "garment? Answer: The dress",
            "leak",
            hit_limit=True,
        ),
        D.material("not sure", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anubhutee Women Blue & White Ethnic Motifs Printed Kurta",
    ),
    # C38. Photo: a man with long, tied-back hair in a light-pink slim formal shirt with plain button cuffs, a navy
    # tie, grey suit trousers, studio. caption, wearing, color, description, details: base;
    # material: vqa.
    case(
        "MYN-M-SHI-11915",
        caption("a man in a pink shirt and tie"),
        D.wearing("a pink shirt and a blue tie"),
        D.color("light pink"),
        D.description("she is wearing a pink shirt and a tie", "pronoun"),
        D.details("french cuffs with gold cufflinks", "unsupported"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Arrow Men Pink Slim Fit Formal Shirt",
    ),
    # C39. Photo: a woman in olive-green tapered trousers with front pleats, a black fitted t-shirt tucked in and
    # a black belt, white backdrop. Seller gave no gender. caption, color, description, details:
    # base; wearing: cap-ep1 (stopped); material: cap-ep3.
    case(
        "MYN-X-TRO-27745",
        caption("a woman in a black top and green pants"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        D.color("black", "other_garment_color"),
        D.description("he is wearing green pants", "pronoun"),
        D.details("pleats at the front"),
        D.material(
            "The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        category="Trousers",
        color="Olive",
        title="AND Women Olive Green Solid Tapered Trousers",
    ),
    # C40. Photo: a man in a plain mustard-yellow short kurta with a mandarin collar and three buttons, white
    # pyjama, green potted plants behind. caption: cap-ep3 (stopped); wearing, garment_type,
    # color, details, material: base; description: vqa.
    case(
        "MYN-M-KUR-13790",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is stand.",
            "pronoun",
        ),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("mustard"),
        D.description(
            "dress, pants dress, pants dress, pants dress, pants dress, pants dress, pants dress, pants dress, "
            "pants dress,",
            "loop",
            hit_limit=True,
        ),
        D.details("mandarin collar and three", "cut"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Kurtas",
        color="Yellow",
        title="Anouk Men Yellow Solid Straight Kurta",
    ),
    # C41. Photo: a woman in a sleeveless rust-orange jumpsuit with a tie belt and two hip pockets, white
    # sneakers, a white brick wall behind. caption, color, sleeve_length, details, material: base;
    # wearing: cap-ep3.
    case(
        "MYN-W-JMP-28316",
        caption("a woman in an orange jumpsuit standing in front of a white brick wall"),
        D.wearing(
            "The lady wears a sleeveless rompers with pure color patterns. The lady wears a sleeveless rompers with "
            "pure color patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("a belt at the waist and two pockets"),
        D.material("it is made of material", "restated"),
        gender="Women",
        category="Jumpsuit",
        color="Rust",
        title="SASSAFRAS Women Rust Solid Basic Jumpsuit",
    ),
    # C42. Flat-lay product shot, no person: a red-and-navy horizontally striped short-sleeve kids' t-shirt on a
    # wooden floor. caption, wearing, garment_type, color: base; description: cap-ep3
    # (stopped); material: cap-ep1.
    case(
        "MYN-B-TSH-44471",
        caption("a red and blue striped shirt on a wooden floor"),
        D.wearing("there is no person in the picture"),
        D.garment_type("sweater", "contradiction"),
        D.color("red and blue"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers.",
            "unsupported",
        ),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Mothercare Boys Red Striped Round Neck T-shirt",
    ),
    # C43. Photo: a woman in a lavender kurta with silver thread embroidery around the neck, three-quarter
    # sleeves, lavender trousers and a sheer dupatta, white backdrop. Seller gave no article type. caption,
    # garment_type, color, description, details, material: base; wearing: cap-ep3.
    case(
        "MYN-W-KSET-22567",
        caption("a woman in a purple salwar suit"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns and a long pants. The dress is with "
            "chiffon fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("salwar kameez"),
        D.color("light purple"),
        D.description("a purple kurta with silver embroidery on the neck"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("", "non_answer"),
        gender="Women",
        color="Lavender",
        title="KALINI Women Lavender Embroidered Kurta with Trousers & Dupatta",
    ),
    # C44. Photo: a man running on an outdoor track in a white short-sleeve t-shirt with a black swoosh logo on
    # the chest, black shorts. caption, color, sleeve_length, details: base; description:
    # vqa; material: cap-ep3.
    case(
        "MYN-M-TSH-10660",
        caption("a man running on a track in a white t-shirt and black shorts"),
        D.color("white"),
        D.sleeve_length("short"),
        D.description(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        D.details("a nike logo on the chest"),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The gentleman wears a short pants. The "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Nike Men White Brand Logo Printed Dri-FIT Running T-shirt",
    ),
]
