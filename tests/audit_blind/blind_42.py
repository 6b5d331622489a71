"""BLIND_42 (44 products; an Indian marketplace's winterwear and activewear, the experiments re-run): written blind
in the sixteenth session. Measured blind at 67a93ad: 125/140 and 10/145. The writer's notes, verbatim:

Blind corpus 42: BLIP-2 OPT-2.7b outputs on an Indian marketplace's winterwear and activewear catalog.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a Myntra-style catalog
    of men's and women's winterwear and activewear: puffer, quilted, fleece and bomber jackets, a windcheater, a
    sleeveless padded jacket, sweatshirts and hoodies (solid, printed, colour-blocked, striped), track pants and
    joggers, thermals, sports bras, tights, running and casual shoes, and caps. One product per item, mostly model
    photos on plain studio backdrops (white, grey, beige, pink), a few product shots without a person (shoes, caps).
    Catalog columns: gender (Men, Women, Unisex), category (Jackets, Sweatshirts, Track Pants, Joggers, Sports Bra,
    Tights, Thermal Tops, Thermal Bottoms, Sports Shoes, Casual Shoes, Caps), color (the base colour: Navy Blue,
    Charcoal, Olive, Off White, Mustard, Burgundy, Grey Melange...) and title (brand first). Some products lack a
    column (no color, or no title and no color).

Which system wrote which text (named again in the comment above every case)
    - base: Salesforce/blip2-opt-2.7b untuned. Short lower-case captions and answers that stop on the newline;
      its failures are colors (one color for every garment, the color of a layer, print or backdrop), the wrong
      pronoun, invented details (features, materials, claims no photo shows), answers that say nothing or only
      give the question's words back, and the occasional answer cut short.
    - cap1 / cap3: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (epoch 1) and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3). DeepFashion-MultiModal template sentences ("The lady
      wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."), never a hue, no
      end token: every text runs to the token limit (50 new tokens for captions, 30 for answers) and is cut or
      loops; asked a question, they return the caption template.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. In-shop class and vendor-color words ("jackets coats", "sweatshirts
      hoodies", "white-white-white"), yes/no answers that repeat, and, trained on unmasked prompts, continuations
      of the "Question: ... Answer:" format (prompt leaks). Runs to the 30-token limit.
    - reference engine: the closed questions of DEFAULT_QUESTIONS / BLIND_QUESTIONS (garment type, color,
      pattern, sleeve length), answered by ranking candidate answers with the base model; the text is the chosen
      option. Their failures are wrong options (another garment's, a print's or a sole's color or type, an
      accessory answered as a garment), never loops or cuts. The is_a yes/no questions and the color_of questions
      were generated freely (base or vqa) and are stored as the makers store them.
    - 44 products, 285 texts: 140 failures (cut 32, loop 26, contradiction 20, unsupported 14,
      other_garment_color 13, leak 13, non_answer 8, pronoun 8, restated 6) and 145 correct texts.

How it was written
    Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else of the
    project was opened or searched; the only thing run was an import check of this file. Each photo below is
    imagined and described in the comment above its case; every label was judged against that photo.

Label conventions and judgement calls
    - One label per text: the first failure a reader meets. hit_limit records what the decoder did, whatever the
      label (a loop that ran to 30 tokens is labelled loop with hit_limit=True).
    - cut: stopped mid-phrase. At the limit (hit_limit=True: 50 tokens for captions, about 36-40 words of template;
      30 for answers, about 22-25 words) or, a few times, short of it (hit_limit=False). A cut template text whose
      words are right up to the cut is cut, even where "cotton fabric" is a guess for a knit.
    - loop: the same word, phrase or sentence repeated until the limit; a leak that also repeats is labelled leak.
    - leak: the answer holds "Question:" / "Answer:" or echoes the prompt format.
    - non_answer: no answer (empty, "none", "fabric", "i don't know", "the person is wearing clothes"), only the
      question's words back ("they are leggings" for the leggings' details, "a pair of shoes" to describe the
      shoes), or the caption template returned for a color question with no hue in it.
    - restated: an answer that restates the question as its content ("the details of the garment are ...",
      "the garment is made of material", "the hoodie is a hoodie").
    - contradiction: a color or garment type the photo, the seller or the other texts contradict: a closed
      color or type answer taken from another garment, a print or the backdrop; the product's color given to
      another garment ("one color for every garment"); an accessory answered as a garment (a cap's sleeve length
      or type "t-shirt"); the caption template describing a shirt or T-shirt for a product shot of shoes or a cap;
      "yes" to "Is this a t-shirt?" for a sweatshirt.
    - other_garment_color: an open answer (description, details, free color answer) that gives the product the
      color of another garment in the photo (the tee under the jacket, the joggers under the sweatshirt).
      The color of a print, the trim or the backdrop given to the product is contradiction, not this.
    - unsupported: invented details the photo and the seller's words do not show: brand not in the title,
      "waterproof and breathable", "90% duck down", thumb holes, velcro flaps, an adjustable strap out of view.
    - pronoun: he/she against the catalog gender and the person in the photo. Unisex products take any pronoun.
    - Correct, though near: navy/dark blue, charcoal/dark grey, olive/green, off white/white/cream,
      mustard/yellow, burgundy/maroon/red, teal/blue or green, lavender/purple, coral/pink for a sole; "coat" for a
      longline jacket; "vest" for a sleeveless padded jacket; "leggings" for tights; "sweater" in the caption
      adapters' DeepFashion vocabulary for a sweatshirt; grey melange joggers as "solid".
    - Correct, though hard: the backdrop named in a caption ("in front of a grey wall"); both garments of a layer
      named with their own colors; the color of another garment asked and answered right; patterned garments
      ("blue and white" for a colour-blocked sweatshirt); a quilted jacket with pattern "solid"; details taken
      from the title ("dri-fit", "gel cushioning" for an ASICS GEL model); a material that is the common one for
      the category and visible kind (nylon for a puffer shell, knit for a knit sneaker, fleece).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_42: list[Case] = [
    # 1. Roadster men's navy puffer jacket, zipped half way over a white crew-neck tee, blue jeans, light grey studio
    # backdrop. caption, wearing, color_of (the tee's white), details: base; color: reference engine; description: cap3;
    # is_a: vqa.
    case(
        "MYN-WW-4201",
        caption("a man wearing a navy blue puffer jacket and jeans standing in front of a grey wall"),
        D.wearing("a navy blue puffer jacket over a white t-shirt and jeans"),
        D.color("navy blue"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. It has a stand-up collar and a "
            "zipper. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper and two pockets"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Puffer Jacket",
    ),
    # 2. HRX women's black sports bra, model also in black tights, beige backdrop. caption: cap1; describe: cap3; is_a
    # tank top: vqa; color: reference engine; is_a sports bra, wearing: base.
    case(
        "MYN-AW-4202",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        is_a("sports bra", "yes"),
        is_a(
            "tank top",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sports bra and black leggings", who="she"),
        describe(
            "sports bra",
            "The lady wears a sleeveless top with pure color patterns. It has a round neckline. The lady wears a "
            "long leggings. The leggings are",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Bra",
        color="Black",
        title="HRX by Hrithik Roshan Women Black Solid Sports Bra",
    ),
    # 3. Puma men's white running shoes with a navy formstrip, product shot of the pair, side view, white background, no
    # person. caption, color_of, details: base; color: reference engine; describe: cap3 (the caption template's shirt
    # for a product shot of shoes).
    case(
        "MYN-FW-4203",
        caption("a pair of white running shoes on a white background"),
        B.color("white"),
        color_of("shoes", "white and blue", kind="open"),
        describe(
            "shoes",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a",
            "contradiction",
            hit_limit=True,
        ),
        details("shoes", "the shoes have laces and a thick white sole"),
        gender="Men",
        category="Sports Shoes",
        color="White",
        title="Puma Men White Running Shoes",
    ),
    # 4. U.S. Polo Assn. men's olive crew-neck sweatshirt, small embroidered logo on the chest, black chinos, white
    # backdrop. caption, wearing (wrong pronoun), details, color of the pants (the sweatshirt's green given to the black
    # chinos): base; color: reference engine; description: cap3.
    case(
        "MYN-WW-4204",
        caption("a man in a green sweatshirt and black pants"),
        D.wearing("she is wearing a green sweatshirt", "pronoun"),
        D.color("green"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a small logo on the chest"),
        color_of("pants", "green", "contradiction", kind="open"),
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="U.S. Polo Assn. Men Olive Green Solid Sweatshirt",
    ),
    # 5. Nike women's charcoal training tights, small white swoosh on the left thigh, white racerback tank top, grey
    # backdrop. caption: cap1; wearing, color_of, describe (the top's white), material (Dri-FIT is in the title): base;
    # color: reference engine; details: vqa.
    case(
        "MYN-AW-4205",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing grey leggings and a white top", who="she"),
        color_of("leggings", "grey", kind="open"),
        B.color("dark grey"),
        describe("leggings", "white leggings with a nike logo", "other_garment_color"),
        details(
            "leggings",
            "Question: What are the leggings details? Answer: The leggings details are the leggings details. Question:",
            "leak",
            hit_limit=True,
        ),
        B.material("dri-fit fabric"),
        gender="Women",
        category="Tights",
        color="Charcoal",
        title="Nike Women Charcoal Grey Dri-FIT One Training Tights",
    ),
    # 6. WROGN men's mustard bomber jacket with black ribbed collar, cuffs and hem, open over a black tee, black jeans,
    # white backdrop. caption, description (the tee's and jeans' black), material: base; wearing: vqa; details: cap3;
    # color: reference engine.
    case(
        "MYN-WW-4206",
        caption("a man wearing a yellow bomber jacket and black jeans"),
        D.wearing(
            "jackets coats jackets coats jackets coats jackets coats jackets coats jackets coats jackets coats "
            "jackets coats jackets coats jackets coats jackets coats jackets coats jackets coats jackets coats "
            "jackets",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.description("a black bomber jacket with a zipper", "other_garment_color"),
        D.details(
            "The jacket has long sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the "
            "sleeves, the neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        category="Jackets",
        color="Mustard",
        title="WROGN Men Mustard Yellow Solid Bomber Jacket",
    ),
    # 7. Mast & Harbour women's burgundy hoodie, kangaroo pocket, white drawstrings, light blue jeans, beige backdrop.
    # caption, wearing (wrong pronoun), details: base; color: reference engine; description: cap1; material: vqa.
    case(
        "MYN-WW-4207",
        caption("a woman wearing a maroon hoodie and jeans"),
        D.wearing("he is wearing a maroon hoodie and blue jeans", "pronoun"),
        D.color("maroon"),
        D.details("the hoodie has a kangaroo pocket and white drawstrings"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Burgundy",
        title="Mast & Harbour Women Burgundy Hooded Sweatshirt",
    ),
    # 8. Campus Sutra men's off-white hoodie with a large black skull graphic and the words "NO LIMITS" on the chest,
    # black joggers, grey backdrop. caption, color_of (the joggers' black), details, wearing (a brand the title does not
    # name): base; color, pattern: reference engine; material: cap3.
    case(
        "MYN-WW-4208",
        caption("a man wearing a white hoodie with a black graphic print"),
        B.color("white"),
        B.pattern("graphic"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        details("hoodie", "the hoodie has a skull print and the words no limits"),
        B.material(
            "The sweater is with cotton fabric and graphic patterns. It has a hooded neckline. The gentleman wears a "
            "long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white hoodie from nike", "unsupported", who="he"),
        gender="Men",
        category="Sweatshirts",
        color="Off White",
        title="Campus Sutra Men Off-White Printed Hooded Sweatshirt",
    ),
    # 9. Adidas men's black track pants with three white stripes down each leg, plain grey tee, white sneakers, white
    # backdrop. caption, color_of pants, describe (stopped early), color of the shirt (the pants' black given to the
    # grey tee): base; color: reference engine; details: cap3.
    case(
        "MYN-AW-4209",
        caption("a man in black adidas track pants with white stripes"),
        B.color("black"),
        color_of("pants", "black and white", kind="open"),
        details(
            "pants",
            "The trousers are with cotton fabric and striped patterns. The trousers are with cotton fabric and "
            "striped patterns. The trousers are with cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "black track pants with three white stripes on the", "cut"),
        color_of("shirt", "black", "contradiction", kind="open"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="ADIDAS Men Black Solid 3-Stripes Track Pants",
    ),
    # 10. HRX women's grey melange joggers with ribbed cuffs and a drawstring waist, black short-sleeve crop top, white
    # backdrop. caption: cap1; wearing, description (stopped early): base; color: reference engine; details, color_of:
    # vqa.
    case(
        "MYN-AW-4210",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black crop top and grey joggers"),
        D.color("grey"),
        D.description("a pair of grey sweatpants with a", "cut"),
        D.details(
            "the trousers are with cotton fabric Question: What are the details of the garment? Answer: the "
            "trousers are with",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "joggers",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        category="Joggers",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Women Grey Melange Solid Joggers",
    ),
    # 11. Jockey men's charcoal thermal top, long sleeves, crew neck, worn with black track pants, white backdrop; no
    # thumb holes, lining not visible. caption, wearing, details, material: base; color: reference engine; description:
    # cap3.
    case(
        "MYN-WW-4211",
        caption("a man wearing a grey long sleeve shirt"),
        D.wearing("a grey long sleeve t-shirt"),
        D.color("charcoal"),
        D.description(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("it has thumb holes and a fleece lining", "unsupported"),
        D.material("merino wool blend", "unsupported"),
        gender="Men",
        category="Thermal Tops",
        color="Charcoal",
        title="Jockey Men Charcoal Grey Solid Thermal Top",
    ),
    # 12. Puma unisex black baseball cap with a white embroidered Puma cat on the front, product shot, white background,
    # no person. caption, details (stopped early): base; type, color, sleeve length (a sleeve length for a cap):
    # reference engine; material: cap1 (the template's T-shirt for a cap).
    case(
        "MYN-AC-4212",
        caption("a black baseball cap with a white puma logo"),
        B.garment_type("cap"),
        B.color("black"),
        B.sleeve_length("short sleeve", "contradiction"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        details("cap", "the cap has a curved brim and a", "cut"),
        gender="Unisex",
        category="Caps",
        color="Black",
        title="Puma Unisex Black Embroidered Baseball Cap",
    ),
    # 13. Roadster women's off-white hooded puffer jacket, zipped, black leggings, beige backdrop. caption, details:
    # base; wearing: cap1; describe: cap3; color: reference engine; color_of: vqa.
    case(
        "MYN-WW-4213",
        caption("a woman in a white puffer jacket standing in front of a beige wall"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. It has a hooded neckline. The lady wears "
            "a long leggings. The leggings are with",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.color("cream"),
        color_of(
            "jacket",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a hood and a zipper"),
        describe(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. It has a hooded neckline and a zipper. "
            "The lady wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Off White",
        title="Roadster Women Off-White Solid Hooded Puffer Jacket",
    ),
    # 14. Levis men's grey melange sweatshirt with a red batwing logo printed on the chest, navy chinos, white backdrop.
    # caption: cap3; wearing, details, description (fabric and care claims): base; color (the logo's red), pattern:
    # reference engine.
    case(
        "MYN-WW-4214",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The gentleman wears a long trousers. The "
            "gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey levi's sweatshirt and blue pants"),
        D.color("red", "contradiction"),
        D.pattern("printed"),
        D.details("red logo on the chest"),
        D.description(
            "a grey sweatshirt with a red logo on the front, it is made of 100% cotton and is machine washable",
            "unsupported",
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Levis Men Grey Melange Brand Logo Printed Sweatshirt",
    ),
    # 15. DressBerry women's pink cropped sweatshirt with white puff-print "BROOKLYN" (nothing else) across the chest,
    # high-waist light blue jeans, pale pink backdrop. caption, wearing, details: base; color, pattern: reference
    # engine; describe: cap1; material: vqa (decoded to nothing).
    case(
        "MYN-WW-4215",
        caption("a woman in a pink crop sweatshirt with the word brooklyn on it against a pink background"),
        wearing("a pink sweatshirt and jeans", who="the woman"),
        B.pattern("printed"),
        B.color("pink"),
        describe(
            "sweatshirt",
            "The lady wears a long-sleeve sweater with graphic patterns. The lady wears a long-sleeve sweater with "
            "graphic patterns. The lady wears a long-sleeve sweater with graphic",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "it says brooklyn new york 1898", "unsupported"),
        B.material("", "non_answer"),
        gender="Women",
        category="Sweatshirts",
        color="Pink",
        title="DressBerry Women Pink Printed Crop Sweatshirt",
    ),
    # 16. HIGHLANDER men's navy joggers, white crew-neck tee, white sneakers, grey backdrop. caption, wearing,
    # description, color_of joggers (the tee's white): base; type and color (taken from the tee): reference engine;
    # details: cap3.
    case(
        "MYN-AW-4216",
        caption("a man in a white t-shirt and navy joggers"),
        D.wearing("white t-shirt and blue pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "contradiction"),
        D.description("the pants are dark blue with an elastic waistband and cuffs"),
        D.details(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="HIGHLANDER Men Navy Blue Solid Slim-Fit Joggers",
    ),
    # 17. Enamor women's teal racerback sports bra, black tights, white backdrop; pads not visible. caption, color_of,
    # details, wearing (wrong pronoun): base; color: reference engine; is_a, material: vqa.
    case(
        "MYN-AW-4217",
        caption("a woman in a blue sports bra and black leggings"),
        is_a(
            "sports bra",
            "yes Question: Is this a sports bra? Answer: yes Question: Is this a sports bra? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("sports bra", "green", kind="open"),
        B.color("teal"),
        details("sports bra", "it has a racerback and removable pads", "unsupported"),
        B.material(
            "Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a sports bra and leggings", "pronoun"),
        gender="Women",
        category="Sports Bra",
        color="Teal",
        title="Enamor Teal Solid Non-Wired Lightly Padded Sports Bra",
    ),
    # 18. Skechers women's lavender knit slip-on sneakers, product shot of the pair, white background, no person,
    # nothing of the insole seen. caption, details, material: base; color: reference engine; color_of: vqa; describe:
    # cap1.
    case(
        "MYN-FW-4218",
        caption("a pair of purple sneakers on a white background"),
        B.color("lavender"),
        color_of(
            "shoes",
            "lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shoes", "slip on shoes with a knit upper and a memory foam insole", "unsupported"),
        describe(
            "shoes",
            "The shoes are with cotton fabric and pure color patterns. The shoes are with cotton fabric and pure "
            "color patterns. The shoes are",
            "loop",
            hit_limit=True,
        ),
        B.material("knit fabric"),
        gender="Women",
        category="Casual Shoes",
        color="Lavender",
        title="Skechers Women Lavender Woven Design Slip-On Sneakers",
    ),
    # 19. Monte Carlo men's black bomber jacket, zipped, grey jeans, grey backdrop. caption: base; is_a, color_of,
    # wearing: vqa (prompt format continued); type, color: reference engine; describe: cap3.
    case(
        "MYN-WW-4219",
        caption("a man in a black bomber jacket and grey jeans"),
        is_a(
            "jacket",
            "yes Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "black Question: What is the color of the jeans? Answer: black Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "jackets coats Question: What cloth is the person wearing? Answer: jackets coats Question:",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        B.garment_type("bomber jacket"),
        B.color("black"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Monte Carlo Men Black Solid Bomber Jacket",
    ),
    # 20. Allen Solly women's maroon fleece jacket, zip partly open over a white tee, black jeans, white backdrop.
    # caption, description (the tee's white), material: base; wearing: cap3; color: reference engine; details: cap1.
    case(
        "MYN-WW-4220",
        caption("a woman wearing a red fleece jacket over a white shirt"),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "stand-up collar. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("burgundy"),
        D.description("a white jacket with a zipper", "other_garment_color"),
        D.details(
            "The jacket has a zipper. The jacket has a zipper. The jacket has a zipper. The jacket has a zipper. The "
            "jacket has a",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        gender="Women",
        category="Jackets",
        color="Maroon",
        title="Allen Solly Woman Maroon Solid Fleece Jacket",
    ),
    # 21. Nike men's black Revolution 6 running shoe, single shoe side view, white swoosh, white midsole, mesh upper,
    # grey background, no person. caption, color_of (the swoosh's and sole's white), details, describe (Air Max
    # cushioning the title does not name), material: base; color: reference engine; is_a: vqa.
    case(
        "MYN-FW-4221",
        caption("a black nike running shoe on a grey background"),
        B.color("black"),
        color_of("shoes", "white", "contradiction", kind="open"),
        details("shoes", "a white nike swoosh on the side and a white sole"),
        describe("shoes", "lightweight running shoes with air max cushioning for all day comfort", "unsupported"),
        B.material("the shoes are made of shoe material", "restated"),
        is_a(
            "shoe",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sports Shoes",
        color="Black",
        title="Nike Men Black Revolution 6 Running Shoes",
    ),
    # 22. Jack & Jones men's olive hooded padded jacket worn open over a black hoodie (its hood out over the collar),
    # black jeans, white backdrop. caption, wearing, both color_of (the jacket given the hoodie's black; the hoodie's
    # own black right): base; color: reference engine; describe: cap3.
    case(
        "MYN-WW-4222",
        caption("a man wearing an olive green puffer jacket over a black hoodie"),
        wearing("a green jacket, a black hoodie and black jeans", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        color_of("hoodie", "black", kind="open"),
        B.color("olive"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. It has a hooded neckline. The "
            "gentleman wears a long-sleeve sweater with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Jack & Jones Men Olive Green Solid Padded Jacket",
    ),
    # 23. FILA women's navy track pants with thin white piping down the side, white tee, white backdrop. caption: cap1;
    # wearing, details: base; color: reference engine; description, is_a: vqa.
    case(
        "MYN-AW-4223",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue track pants"),
        D.color("navy blue"),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.details("the pants have white piping down the side and an elastic waistband"),
        is_a(
            "pants",
            "yes Question: Is this a pair of pants? Answer: yes Question: Is this a pair of pants? Answer:",
            "leak",
            hit_limit=True,
            article="a pair of",
        ),
        gender="Women",
        category="Track Pants",
        color="Navy Blue",
        title="FILA Women Navy Blue Solid Track Pants",
    ),
    # 24. Kook N Keech men's colour-blocked sweatshirt: royal blue chest and sleeves, white band across the middle, navy
    # lower body; black joggers, grey backdrop. caption, color_of, details, wearing (wrong pronoun): base; pattern:
    # reference engine; describe: cap3; material: vqa.
    case(
        "MYN-WW-4224",
        caption("a man in a blue and white color block sweatshirt"),
        B.pattern("colour blocked"),
        color_of("sweatshirt", "blue and white", kind="open"),
        describe(
            "sweatshirt",
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("sweatshirt", "it has a blue top, a white stripe in the middle and a navy blue bottom"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue and white sweatshirt and black pants", "pronoun", who="the model"),
        gender="Men",
        category="Sweatshirts",
        color="Blue",
        title="Kook N Keech Men Blue & White Colourblocked Sweatshirt",
    ),
    # 25. Van Heusen women's off-white thermal top, long sleeves, scoop neck, blue jeans, white backdrop. caption,
    # wearing, details, material: base; color: reference engine; description: cap1.
    case(
        "MYN-WW-4225",
        caption("a woman in a white long sleeve top and blue jeans"),
        D.wearing("a white long sleeve shirt and jeans"),
        D.color("off white"),
        D.description(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the top", "restated"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Thermal Tops",
        color="Off White",
        title="Van Heusen Women Off White Solid Thermal Top",
    ),
    # 26. Reebok men's navy baseball cap worn by a man in a plain white tee, seen from the front (no strap in view),
    # grey backdrop. caption, wearing, description, details: base; type, color and sleeve length (the tee's, for a cap):
    # reference engine.
    case(
        "MYN-AC-4226",
        caption("a man wearing a blue baseball cap and a white t-shirt"),
        D.wearing("a hat and a white shirt"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeve", "contradiction"),
        D.description("a navy blue baseball cap with a curved brim"),
        D.details("the cap has an adjustable strap at the back", "unsupported"),
        gender="Men",
        category="Caps",
        color="Navy Blue",
        title="Reebok Men Navy Blue Solid Baseball Cap",
    ),
    # 27. Roadster women's mustard hoodie with kangaroo pocket, black leggings, white backdrop. caption: cap1; wearing,
    # both color_of (the leggings given the hoodie's yellow), describe: base; color: reference engine.
    case(
        "MYN-WW-4227",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The lady wears a long leggings. The lady wears a long leggings. The lady wears a "
            "long leggings. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow hoodie and black leggings", who="she"),
        color_of("hoodie", "yellow", kind="open"),
        color_of("leggings", "yellow", "contradiction", kind="open"),
        B.color("mustard"),
        describe("hoodie", "the hoodie is a hoodie with a hood", "restated"),
        gender="Women",
        category="Sweatshirts",
        color="Mustard",
        title="Roadster Women Mustard Yellow Solid Hooded Sweatshirt",
    ),
    # 28. Duke men's charcoal diamond-quilted jacket, stand collar, zipped, blue jeans, white backdrop; the filling is
    # not named by the seller. caption, wearing, details, material: base; color, pattern (quilting is a texture: solid):
    # reference engine; description: vqa.
    case(
        "MYN-WW-4228",
        caption("a man wearing a grey quilted jacket and blue jeans"),
        D.wearing("the person is wearing clothes", "non_answer"),
        D.color("grey"),
        D.pattern("solid"),
        D.description(
            "Question: Describe the garment. Answer: jackets coats Question: Describe the garment. Answer: jackets "
            "coats Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the jacket has a diamond quilted pattern and a high collar"),
        D.material("the jacket is made of down feathers", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Charcoal",
        title="Duke Men Charcoal Grey Quilted Jacket",
    ),
    # 29. HRX women's black running tights with mesh panels at the calves, neon pink tank top, white backdrop. caption,
    # color_of, details, wearing (asked "What is he wearing?" as in the experiments' questionnaire; wrong pronoun):
    # base; type, color (the top's pink): reference engine; describe: cap3.
    case(
        "MYN-AW-4229",
        caption("a woman in a pink tank top and black leggings"),
        B.garment_type("leggings"),
        B.color("pink", "contradiction"),
        color_of("leggings", "black", kind="open"),
        details("leggings", "they are leggings", "non_answer"),
        describe(
            "leggings",
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing black leggings and a pink top", "pronoun", who="he"),
        gender="Women",
        category="Tights",
        color="Black",
        title="HRX by Hrithik Roshan Women Black Solid Running Tights",
    ),
    # 30. Sports52 wear men's red and black colour-blocked hooded windcheater (red body, black shoulders and hood),
    # black track pants, white backdrop. caption, description, details (stopped early): base; wearing: cap3; color,
    # pattern: reference engine; color_of: vqa.
    case(
        "MYN-AW-4230",
        caption("a man in a red and black jacket with a hood"),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with color block patterns. It has a hooded neckline. The "
            "gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("colour block"),
        D.description("a red and black windbreaker jacket that is waterproof and breathable", "unsupported"),
        D.details("the jacket has a", "cut"),
        color_of(
            "jacket",
            "red-black-red-black-red-black-red-black-red-black-red-black-red-black-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Sports52 wear Men Red & Black Colourblocked Windcheater Jacket",
    ),
    # 31. Harpa women's olive bomber jacket worn open over a white tee, black jeans, grey backdrop. caption: cap1;
    # wearing, both color_of (the jacket given the tee's white; the shirt's own white right): base; color: reference
    # engine; details: cap1.
    case(
        "MYN-WW-4231",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. It has a stand-up collar. The lady wears "
            "a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The lady wears a "
            "long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket and a white shirt", who="she"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        B.color("olive"),
        details(
            "jacket",
            "The jacket has long sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the "
            "sleeves, the neckline, the collar, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Olive",
        title="Harpa Women Olive Green Solid Bomber Jacket",
    ),
    # 32. Jockey men's grey melange thermal bottoms, worn with the matching grey thermal top, white backdrop. caption,
    # is_a, details, wearing (asked "What is she wearing?" as in the experiments' questionnaire; wrong pronoun): base;
    # color: reference engine; describe: cap1.
    case(
        "MYN-WW-4232",
        caption("a man in grey thermal underwear"),
        is_a("pants", "yes", article="a pair of"),
        B.color("grey"),
        describe(
            "pants",
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing grey long johns", "pronoun", who="she"),
        details("pants", "none", "non_answer"),
        gender="Men",
        category="Thermal Bottoms",
        color="Grey Melange",
        title="Jockey Men Grey Melange Solid Thermal Bottoms",
    ),
    # 33. ASICS women's navy GEL-Contend 7 running shoes, coral outsole and laces, "GEL" printed on the heel, product
    # shot of the pair, white background. caption, color_of, details (gel named in the title and on the heel), describe:
    # base; color (the sole's pink): reference engine; material: vqa.
    case(
        "MYN-FW-4233",
        caption("a pair of blue and pink running shoes"),
        B.color("pink", "contradiction"),
        color_of("shoes", "dark blue", kind="open"),
        details("shoes", "the shoes have gel cushioning in the heel"),
        describe("shoes", "a pair of shoes", "non_answer"),
        B.material(
            "mesh Question: What material is the garment made of? Answer: mesh Question: What material",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Shoes",
        color="Navy Blue",
        title="ASICS Women Navy Blue GEL-Contend 7 Running Shoes",
    ),
    # 34. Bewakoof men's burgundy sweatshirt with white typography "ATHLETIC DEPT. 89" on the chest, black joggers,
    # white backdrop. caption: cap3; wearing, description (the print's white), details: base; color, pattern: reference
    # engine; material: vqa.
    case(
        "MYN-WW-4234",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon sweatshirt with white letters"),
        D.color("maroon"),
        D.pattern("typography"),
        D.description("a white sweatshirt with athletic dept 89 written on it", "contradiction"),
        D.details("athletic dept. 89 printed on the chest"),
        D.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Burgundy",
        title="Bewakoof Men Burgundy Typography Printed Sweatshirt",
    ),
    # 35. Puma women's navy sports bra with a white abstract brush-stroke print, navy tights, white backdrop. caption,
    # color_of: base; is_a: vqa; color, pattern: reference engine; details, wearing: cap1.
    case(
        "MYN-AW-4235",
        caption("a woman wearing a blue and white patterned sports bra and blue leggings"),
        is_a(
            "sports bra",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.color("navy blue"),
        B.pattern("printed"),
        color_of("sports bra", "blue and white", kind="open"),
        details(
            "sports bra",
            "The top is with cotton fabric and graphic patterns. It has a round neckline. The lady wears a long "
            "leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless top with graphic patterns. The top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Bra",
        color="Navy Blue",
        title="Puma Women Navy Blue Printed Sports Bra",
    ),
    # 36. Roadster men's olive cargo joggers with flap cargo pockets (snap buttons, no velcro, no zip pocket), black
    # tee, white sneakers, grey backdrop. caption, description, details, color_of pants (the tee's black): base;
    # wearing: vqa; color: reference engine.
    case(
        "MYN-AW-4236",
        caption("a man in a black t-shirt and green cargo pants"),
        D.wearing(
            "Question: What is the person wearing? Answer: pants Question: What is the person wearing? Answer: pants",
            "leak",
            hit_limit=True,
        ),
        D.color("olive"),
        D.description("green pants with pockets on the side"),
        D.details("the pants have cargo pockets with velcro flaps and a hidden zip pocket", "unsupported"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        gender="Men",
        category="Joggers",
        color="Olive",
        title="Roadster Men Olive Green Solid Cargo Joggers",
    ),
    # 37. Puma women's grey melange zip-up hoodie worn open over a white tee, black leggings, white backdrop (layers).
    # caption, wearing, color_of (the tee's white), material: base; color: reference engine; describe: cap3.
    case(
        "MYN-WW-4237",
        caption("a woman wearing a grey zip up hoodie over a white shirt and black leggings"),
        wearing("a grey hoodie, a white t-shirt and black leggings", who="she"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        B.color("grey"),
        describe(
            "hoodie",
            "The lady wears a long-sleeve sweater with pure color patterns. It has a hooded neckline and an open "
            "front. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.material("brushed fleece lining with an anti-pilling finish", "unsupported"),
        gender="Women",
        category="Sweatshirts",
        color="Grey Melange",
        title="Puma Women Grey Melange Solid Zip-Front Hooded Sweatshirt",
    ),
    # 38. Men's olive baseball cap, product shot, white background, no person; the seller gave no color and no title.
    # caption, material, details: base; type, color: reference engine; is_a: vqa; color_of: cap1 (template, no hue).
    case(
        "MYN-AC-4238",
        caption("a green baseball cap on a white background"),
        B.garment_type("cap"),
        B.color("green"),
        B.material("cotton twill"),
        is_a("cap", "yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes", "loop", hit_limit=True),
        color_of(
            "cap",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details("cap", "the cap is a cap", "restated"),
        gender="Men",
        category="Caps",
    ),
    # 39. Tokyo Talkies women's navy and white horizontally striped sweatshirt, blue jeans, white backdrop. caption,
    # wearing (wrong pronoun), details, material, is_a (yes to a t-shirt): base; color, pattern: reference engine;
    # description: cap1.
    case(
        "MYN-WW-4239",
        caption("a woman in a blue and white striped sweatshirt"),
        D.wearing("he is wearing a striped sweater and jeans", "pronoun"),
        D.color("navy blue"),
        D.pattern("striped"),
        D.description(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details("blue and white stripes"),
        D.material("the garment is made of material", "restated"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Women",
        category="Sweatshirts",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue & White Striped Sweatshirt",
    ),
    # 40. Puma men's black sleeveless padded jacket (gilet) over a grey hoodie, black joggers, white backdrop. caption,
    # is_a, color_of (the hoodie's grey), details: base; type, color, sleeve length (the hoodie's sleeves): reference
    # engine; wearing: cap1.
    case(
        "MYN-WW-4240",
        caption("a man wearing a black puffer vest over a grey hoodie"),
        B.garment_type("puffer vest"),
        B.sleeve_length("long sleeve", "contradiction"),
        B.color("black"),
        is_a("jacket", "yes"),
        wearing(
            "The gentleman wears a sleeveless vest with pure color patterns. The gentleman wears a long-sleeve "
            "sweater with pure color patterns. The gentleman wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        details("vest", "the details of the vest are the vest details", "restated"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Puma Men Black Solid Sleeveless Padded Jacket",
    ),
    # 41. Kica women's black joggers, pink sweatshirt, white sneakers, white backdrop. caption, description, details
    # (the sweatshirt's pink): base; wearing: vqa; type (the sweatshirt), color: reference engine.
    case(
        "MYN-AW-4241",
        caption("a woman wearing a pink sweatshirt and black joggers"),
        D.wearing(
            "sweatshirts hoodies sweatshirts hoodies sweatshirts hoodies sweatshirts hoodies sweatshirts hoodies "
            "sweatshirts hoodies sweatshirts hoodies sweatshirts hoodies",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("black"),
        D.description("black joggers with pockets and a drawstring"),
        D.details("pink", "other_garment_color"),
        gender="Women",
        category="Track Pants",
        color="Black",
        title="Kica Women Black Solid Joggers",
    ),
    # 42. Puma men's grey track pants, black tee, seen full length, white backdrop; the seller gave no color. caption:
    # cap1; describe: cap3; wearing, both color_of (the pants given the tee's black; the tee's own black right): base;
    # color: reference engine; details: vqa.
    case(
        "MYN-AW-4242",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and grey sweatpants", who="the man"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        B.color("grey"),
        details(
            "pants",
            "Question: What are the pants details? Answer: pants Question: What are the pants details? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        title="Puma Men Grey Solid Track Pants",
    ),
    # 43. Vero Moda women's burgundy knee-length hooded puffer coat with faux fur trim on the hood, black boots, grey
    # backdrop; the filling is not named by the seller. caption, wearing (wrong pronoun), details, material: base; type,
    # color: reference engine; description: cap3.
    case(
        "MYN-WW-4243",
        caption("a woman in a long red puffer coat with a fur hood"),
        D.wearing("he is wearing a long red coat with a fur hood", "pronoun"),
        D.garment_type("coat"),
        D.color("maroon"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric. It has a "
            "hooded neckline. The lady wears a long coat. The lady wears a long coat. The lady wears a long coat.",
            "loop",
            hit_limit=True,
        ),
        D.details("the coat has a fur hood and a zipper, it is filled with 90% duck down", "unsupported"),
        D.material("fabric", "non_answer"),
        gender="Women",
        category="Jackets",
        color="Burgundy",
        title="Vero Moda Women Burgundy Longline Hooded Puffer Jacket with Faux Fur Trim",
    ),
    # 44. Red Tape men's off-white leather sneakers, product shot of the pair, light grey background, no person; the
    # seller gave no color. caption, color_of (the backdrop's grey), details: base; type, color: reference engine;
    # describe: cap1.
    case(
        "MYN-FW-4244",
        caption("a pair of white sneakers on a grey background"),
        B.garment_type("sneakers"),
        B.color("white"),
        color_of("sneakers", "grey", "contradiction", kind="open"),
        details("sneakers", "white laces and a white rubber sole"),
        describe(
            "sneakers",
            "The shoes are with leather fabric and pure color patterns. The shoes are with leather fabric and pure "
            "color patterns. The shoes are with leather",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Casual Shoes",
        title="Red Tape Men Off-White Sneakers",
    ),
]
