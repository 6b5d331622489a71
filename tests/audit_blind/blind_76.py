"""BLIND_76 (44 products; sportswear and activewear, the default questionnaire with is_a and color_of questions):
written blind in the eighteenth session. Measured blind at 7d0a178: 124 / 140 failures found (88.6%) and 7 / 145
correct texts flagged (4.8%). The writer's notes, verbatim:

Blind corpus 76: BLIP-2 OPT-2.7b on a Myntra-style sportswear and activewear catalog.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a Myntra-style catalog
    of sportswear and activewear for men and women: sports t-shirts, track pants, joggers, tights, sports bras,
    running shorts, training jackets and tracksuits, worn by models in gyms, on running tracks, in parks and in
    studios, plus packshots (flat lays, hangers, ghost mannequins) with no person. Each product was asked enrich's
    default questionnaire (DEFAULT_QUESTIONS), sometimes with a few is_a yes/no questions and color_of questions.
    The seller's columns (gender, category = Myntra article type, color = base colour, title = product display
    name) come from the marketplace feed; a few products lack some or all of them.

Which system wrote which text (the comment above every case names it per text)
    - base: the untuned `Salesforce/blip2-opt-2.7b`: short captions ("a man in a black t-shirt ..."), short answers,
      but the same color for every garment, wrong pronouns, invented details, and now and then an echoed prompt.
    - cap-e1 / cap-e3: the caption adapters (`Data2_V2_BLIP2_Finetune_Caption_First_Epoch`, epoch 1, and
      `Data2_V2_Blip2_Finetune_Caption`, epoch 3): DeepFashion-MultiModal template captions ("The lady wears a
      short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. ..."), no hue names, "lady"
      for many men, no stop token (cut at 50 tokens or looping), and the caption template returned for questions.
    - vqa: the VQA adapter (`Data3_V3_BLIP2_VQA`): In-shop class words ("tee", "pants", "tank"), no stop token, so
      open answers loop ("navy navy navy ...") or run on into the training format ("... Question: What is the
      color of the pants? Answer: ...") until the 30-token limit.
    - extractive: the third experiment: a cap-e3 caption, then `timpal0l/mdeberta-v3-base-squad2` answering open
      questions with a span of that caption ("pure color" for a color, "cotton" for the material).
    - ref: enrich's closed questions (garment_type, color, pattern, sleeve_length, is_a, closed color_of) ranked over
      candidate answers with the named model; a closed color keeps its raw text when unmapped ("dark red").

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). I opened no
    audit code, no query or enrich code, no docs, no tests and no other corpus. The photos are imagined; each case's
    comment describes its photo, and every label was judged against that description. Only an import check was run.

Label conventions and judgement calls
    - One label per text: the failure an honest reader would name first. A text that stops mid-phrase at the token
      limit is "cut" (hit_limit=True) even when it is also a caption template returned for a question; a text that
      repeats a unit until the limit is "loop" (hit_limit=True); a text that carries the `Question:`/`Answer:`
      format or echoes the question is "leak", even when the run-on also repeats.
    - "cut" without hit_limit: the answer ended mid-phrase before the limit (the base model emitting eos early).
    - "other_garment_color": the product's color (the color question or a color_of on the product) answered with the
      color of another garment in the photo (the top over the tights, the tee over the joggers). A wrong color taken
      from a background, a print or nowhere, or another garment given the product's color, is "contradiction".
    - "contradiction" also covers a wrong yes to is_a, a wrong sleeve length or pattern contradicted by the other
      texts or the photo, a garment type the seller's category and the photo refute (skirt for running shorts,
      sweatshirt for a zip jacket), and an open answer about the wrong garment (the shorts described for a pair
      of tights, a "round neckline" as the detail of joggers).
    - "unsupported": details, materials or claims the photo cannot show (hidden pockets on a front packshot, "100%
      recycled", "moisture-wicking", a slogan on an abstract print) and a wearer invented for a packshot
      ("The lady wears ..." for a folded pair of joggers).
    - "pronoun": "she"/"lady"/"woman" for a men's product on a male model, "he"/"gentleman" for a women's product.
    - "non_answer": empty, "yes" to an open question, "a man" for what the person wears, a bare color for the
      details, or a span that names no color ("pure color", "graphic") for a
      color question. "restated": the question's own words given back ("the leggings are leggings", "the material
      of the garment is the material of the garment").
    - Near-color synonyms are correct: navy/dark blue/blue, charcoal/dark grey/grey, grey melange/grey, maroon/dark
      red/red, olive/green, teal/green, coral/pink, peach/pink, lavender/purple, burgundy. A caption that names a
      background color (a pink wall, a red track, a purple mat) or the colors of the other garments is correct.
    - The caption template's "cotton fabric" is not labelled when the photo cannot refute it; its garment words
      (sweater for a hooded jacket, tank shirt for a crop top, long trousers for joggers, leggings for tights) are
      correct, the classes of its training data having no better word. A partial but true answer (only the tee,
      asked what the person wears) is correct.
    - The VQA adapter's rare one-word open answers (the base model's own eos surviving) are correct when right.
    - A tracksuit answered "jacket" for its type is counted correct (the jacket is the part on top of the photo).
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_76: list[Case] = [
    # 1. Male model in a gym, black slim training tee with a small white chest logo, grey shorts.
    #    caption, wearing, description, details, material: base. color: ref (base).
    case(
        "MYN-ACT-76001",
        caption("a man in a black t-shirt and grey shorts standing in a gym"),
        D.wearing("a black t-shirt and grey shorts"),
        D.color("black"),
        D.description(
            "a black t-shirt with a white logo on the chest, a round neck, short sleeves and a slim fit that is "
            "perfect for the gym and for running and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the t-shirt has a white logo on the chest and a white logo on the sleeve and a white logo on the back "
            "and a white logo on the",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of 100% organic cotton", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Kinetiq Men Black Solid Slim Fit Training T-shirt",
    ),
    # 2. Female model on a purple yoga mat in a studio: teal sports bra, black tights.
    #    caption: cap-e3. wearing, description, details: base. color, pattern, closed color_of, is_a: ref (base).
    case(
        "MYN-ACT-76002",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sports bra and leggings"),
        D.color("teal"),
        color_of("sports bra", "black", "other_garment_color"),
        D.pattern("solid"),
        D.description("a woman in a sports bra doing yoga on a purple mat"),
        D.details("the sports bra has a racerback and a", "cut"),
        is_a("sports bra", "yes"),
        gender="Women",
        category="Sports Bra",
        color="Teal",
        title="Aerlune Women Teal Solid Medium-Impact Sports Bra",
    ),
    # 3. Packshot: navy track pants laid flat on white, drawstring waist, no person.
    #    caption: base. wearing, details, open color_of: vqa. garment_type, color, is_a: ref (vqa).
    case(
        "MYN-ACT-76003",
        caption("a pair of navy blue track pants on a white background"),
        D.garment_type("pants"),
        color_of(
            "pants",
            "dark blue dark blue dark blue dark blue dark blue dark blue dark blue dark blue dark blue dark blue "
            "dark blue dark blue dark blue dark blue dark",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: dark blue Question: Is this a pants? Answer: "
            "yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("navy"),
        D.details(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Stridefit Men Navy Blue Solid Slim Fit Track Pants",
    ),
    # 4. Female model running on a red athletics track: black tights with an abstract grey print, white tank top.
    #    all base; color, pattern, garment_type: ref (base).
    case(
        "MYN-ACT-76004",
        caption("a woman in black leggings running on a red track"),
        D.wearing("a white tank top and black leggings"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.garment_type("leggings"),
        D.description(
            "she is wearing a white tank top and black leggings with a white tank top and black leggings with a "
            "white tank top and",
            "loop",
            hit_limit=True,
        ),
        D.details("the leggings have a grey print, a high waist and a hidden pocket for your phone", "unsupported"),
        D.material("the material of the leggings", "restated"),
        gender="Women",
        category="Tights",
        color="Black",
        title="Aerlune Women Black & Grey Printed Running Tights",
    ),
    # 5. Male model in a white studio: grey melange joggers with ribbed cuffs, black pullover hoodie.
    #    caption, wearing, details, material: cap-e3. color, garment_type: ref (cap-e3).
    case(
        "MYN-ACT-76005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        D.details(
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long trousers. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.material("The trousers are with cotton fabric and pure color patterns."),
        gender="Men",
        category="Joggers",
        color="Grey Melange",
        title="Kinetiq Men Grey Melange Solid Slim-Fit Joggers",
    ),
    # 6. Male model on a running track: olive running shorts, white tee.
    #    caption, wearing, details, description: base. color, closed color_of, is_a: ref (base).
    case(
        "MYN-ACT-76006",
        caption("a man in a white shirt and green shorts running on a track"),
        D.wearing("he is wearing a white t-shirt and green shorts"),
        color_of("shorts", "white", "other_garment_color"),
        D.color("olive"),
        D.details("the shorts are short", "non_answer"),
        D.description("green running shorts with a split hem and", "cut"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="Stridefit Men Olive Green Solid Running Shorts",
    ),
    # 7. Gym, female model: coral zip training jacket worn open over a white sports bra, black tights.
    #    caption: cap-e1. wearing, details, open color_of: vqa. color, garment_type, sleeve_length: ref (vqa).
    case(
        "MYN-ACT-76007",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "pink", kind="open"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.sleeve_length("long"),
        D.details(
            "pink Question: What is the color of the jacket? Answer: pink Question: What is the color of the jacket? "
            "Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Coral",
        title="Aerlune Women Coral Solid Lightweight Training Jacket",
    ),
    # 8. Studio, grey backdrop: male model in a black tracksuit (zip jacket and pants) with white taping down the
    #    sleeves and legs; no hood. All base; color: ref (base).
    case(
        "MYN-ACT-76008",
        caption("a man in a black tracksuit standing in front of a grey wall"),
        D.wearing("she is wearing a black tracksuit", "pronoun"),
        D.color("black"),
        D.description("a black tracksuit with white stripes on the sleeves and the legs"),
        D.details("white stripes down the sides, a zip front and a hood", "unsupported"),
        D.material("it is made of 100% recycled polyester", "unsupported"),
        gender="Men",
        category="Tracksuits",
        color="Black",
        title="Kinetiq Men Black Solid Tracksuit with Contrast Taping",
    ),
    # 9. Studio: female model in maroon joggers and a black crop top.
    #    caption: cap-e3. wearing, color, material, description, details: extractive. garment_type: ref (cap-e3).
    case(
        "MYN-ACT-76009",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing("tank shirt"),
        D.color("pure color", "non_answer"),
        D.material("cotton"),
        D.description("long trousers"),
        D.details("round neckline", "contradiction"),
        D.garment_type("pants"),
        gender="Women",
        category="Joggers",
        color="Maroon",
        title="Aerlune Women Maroon Solid Mid-Rise Joggers",
    ),
    # 10. Outdoor track: male model in a royal blue running tee with a geometric sublimated print, black track pants.
    #     caption, open color_of, details: cap-e3. pattern, color, sleeve_length: ref (cap-e3).
    case(
        "MYN-ACT-76010",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "T-shirt",
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short"),
        D.details("This gentleman wears a short-sleeve T-shirt with graphic patterns."),
        gender="Men",
        category="Tshirts",
        color="Blue",
        title="Stridefit Men Blue Graphic Printed Dri-Fit Running T-shirt",
    ),
    # 11. Packshot: black high-rise running shorts on white, drawstring visible, front view, no person.
    #     all base; color: ref (base).
    case(
        "MYN-ACT-76011",
        caption("a pair of black shorts on a white background"),
        D.wearing("a pair of black shorts"),
        D.color("black"),
        D.description("she is wearing a pair of black shorts", "unsupported"),
        D.details(
            "the shorts have a drawstring waist and a zip pocket on the back and a reflective logo on the left leg "
            "and a mesh liner and a",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Shorts",
        color="Black",
        title="Aerlune Women Black Solid High-Rise Running Shorts",
    ),
    # 12. Gym bench: male model in charcoal track pants and a white tee.
    #     all base; color, closed color_of: ref (base).
    case(
        "MYN-ACT-76012",
        caption("a man in a white shirt and grey pants sitting on a bench in a gym"),
        D.wearing("a white shirt and grey pants"),
        color_of("pants", "grey"),
        color_of("shirt", "grey", "contradiction"),
        D.color("dark grey"),
        D.description("a man wearing grey pants and a grey shirt and grey shoes and a grey", "cut", hit_limit=False),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="Kinetiq Men Charcoal Grey Solid Track Pants",
    ),
    # 13. Studio: female model in a lavender slim sports tee and black tights.
    #     caption: cap-e1. wearing, open color_of, details: vqa. color, is_a: ref (vqa).
    case(
        "MYN-ACT-76013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("tee"),
        color_of(
            "T-shirt",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("purple"),
        is_a("T-shirt", "yes"),
        is_a("sports bra", "yes", "contradiction"),
        D.details(
            "Answer: tee Question: What is the color of the tee? Answer: purple Question: Is this a tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Aerlune Women Lavender Solid Slim Fit Sports T-shirt",
    ),
    # 14. Outdoor track: male model in a red full-zip training jacket, zipped up, black joggers.
    #     all base; color: ref (base).
    case(
        "MYN-ACT-76014",
        caption("a man in a red jacket and black pants standing on a track"),
        D.wearing("she is wearing a red jacket and black pants", "pronoun"),
        D.color("red"),
        D.description(
            "a red jacket with a black zipper, a high collar and two zippered pockets on the front and a logo on "
            "the left chest and a",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a zipper"),
        D.material("the jacket is made of a waterproof, breathable fabric that keeps you dry", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Stridefit Men Red Solid Training Jacket",
    ),
    # 15. Park path: female model running in black tights with a neon green side panel, white tee.
    #     caption, details: cap-e3. wearing, color: extractive. pattern: ref (cap-e3). closed color_of: ref (base).
    case(
        "MYN-ACT-76015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a leggings. The leggings are with cotton fabric and color block "
            "patterns."
        ),
        D.wearing("short-sleeve T-shirt"),
        D.pattern("color block"),
        D.color("color block", "non_answer"),
        color_of("leggings", "black"),
        D.details(
            "The lady wears a leggings. The leggings are with cotton fabric and color block patterns. The lady "
            "wears a leggings. The leggings are with cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tights",
        color="Black",
        title="Aerlune Women Black Colourblocked Running Tights",
    ),
    # 16. Packshot: plain white round-neck training tee on a ghost mannequin, light grey background.
    #     all base; color, is_a: ref (base).
    case(
        "MYN-ACT-76016",
        caption("a white t-shirt on a grey background"),
        D.wearing("a white t-shirt"),
        D.color("white"),
        D.description(
            "a white t-shirt with a round neck and short sleeves and a slim fit and a small logo on the left side of "
            "the chest and a",
            "cut",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: a white t-shirt", "leak"),
        is_a("polo shirt", "yes", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Kinetiq Men White Solid Round Neck Training T-shirt",
    ),
    # 17. Studio, white background: female model in a navy tracksuit (zip jacket, joggers) with thin white piping.
    #     caption: cap-e1. wearing, open color_of, details: vqa. color, closed color_of, garment_type: ref (vqa).
    case(
        "MYN-ACT-76017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("yes", "non_answer"),
        color_of(
            "jacket",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black", "contradiction"),
        D.color("blue"),
        D.garment_type("jacket"),
        D.details(
            "Question: What are the details of the garment? Answer: jacket Question: What is the color of the "
            "jacket? Answer: navy Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tracksuits",
        color="Navy Blue",
        title="Aerlune Women Navy Blue Solid Tracksuit",
    ),
    # 18. Park: male model mid-stride in plain black 7-inch running shorts (no stripes) and a grey tee.
    #     all base; color, pattern: ref (base).
    case(
        "MYN-ACT-76018",
        caption("a man running in a park wearing a grey shirt and black shorts"),
        D.wearing("a grey shirt and black shorts"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("black shorts with a", "cut"),
        D.details(
            "the shorts are black and the shorts are black and the shorts are black and the shorts are black and "
            "the shorts",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material of the garment", "restated"),
        gender="Men",
        category="Shorts",
        color="Black",
        title="Stridefit Men Black Solid 7-inch Running Shorts",
    ),
    # 19. Packshot: pink racerback sports bra laid flat on white, no person.
    #     caption: cap-e3. wearing, description, details: base. color, garment_type: ref (base).
    case(
        "MYN-ACT-76019",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "suspenders neckline.",
            "unsupported",
        ),
        D.wearing("a pink sports bra"),
        D.color("pink"),
        D.garment_type("bra"),
        D.description("a pink sports bra on a white background"),
        D.details("the bra has a racerback, removable pads and a", "cut"),
        gender="Women",
        category="Sports Bra",
        color="Pink",
        title="Aerlune Women Pink Solid Non-Wired Lightly Padded Sports Bra",
    ),
    # 20. Studio: male model in olive joggers with elastic cuffs and a black tee. The seller gave no color.
    #     all base; color, closed color_of: ref (base).
    case(
        "MYN-ACT-76020",
        caption("a man in a black t-shirt and olive pants"),
        D.wearing("a black t-shirt and green pants"),
        D.color("black", "other_garment_color"),
        color_of("pants", "green"),
        D.details("the pants have details", "restated"),
        D.description(
            "Question: Describe the garment. Answer: a pair of green pants with a black t-shirt Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.material("the pants are made of a soft and stretchy fabric that is perfect for", "cut"),
        gender="Men",
        category="Joggers",
        title="Kinetiq Men Slim Fit Joggers",
    ),
    # 21. Yoga studio: female model in grey-and-black camouflage tights and a black sports bra.
    #     caption: base. wearing, open color_of, description: vqa. pattern, color, is_a: ref (vqa).
    case(
        "MYN-ACT-76021",
        caption("a woman in a black sports bra and camouflage leggings doing yoga"),
        D.wearing(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.pattern("camouflage"),
        D.color("grey"),
        color_of(
            "leggings",
            "grey Question: Is this a leggings? Answer: yes Question: What is the color of the leggings? Answer: grey",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        D.description("yes", "non_answer"),
        gender="Women",
        category="Tights",
        color="Grey",
        title="Aerlune Women Grey Camouflage Print Yoga Tights",
    ),
    # 22. Gym: male model in a teal slim training tee and black shorts.
    #     caption, wearing, material, details: cap-e3. color, sleeve_length: ref (cap-e3).
    case(
        "MYN-ACT-76022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("short"),
        D.material("The T-shirt is with cotton fabric."),
        D.details("The lady wears a short-sleeve T-shirt with pure color patterns.", "pronoun"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Stridefit Men Teal Solid Slim Fit Training T-shirt",
    ),
    # 23. Studio: female model in black track pants with white side stripes and a white tee.
    #     all base; color, closed color_of: ref (base).
    case(
        "MYN-ACT-76023",
        caption("a woman in a white t-shirt and black track pants with white stripes"),
        D.wearing("a white t-shirt and black pants"),
        D.color("black"),
        color_of("pants", "white", "other_garment_color"),
        D.details("white stripes on the sides"),
        D.description("he is wearing black pants with white stripes", "pronoun"),
        D.material("The material is", "cut"),
        gender="Women",
        category="Track Pants",
        color="Black",
        title="Aerlune Women Black Solid Track Pants with Side Stripes",
    ),
    # 24. Outdoor: male model in a grey hooded training jacket, zipped, and black track pants.
    #     caption: cap-e1. wearing, details: base. color, closed color_of, garment_type: ref (base).
    case(
        "MYN-ACT-76024",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        D.wearing("a grey hoodie and black pants"),
        D.color("grey"),
        color_of("pants", "grey", "contradiction"),
        D.garment_type("sweatshirt", "contradiction"),
        D.details(
            "it has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a zipper and "
            "a hood and",
            "loop",
            hit_limit=True,
        ),
        D.description("a man wearing a grey hoodie with a zipper and a", "cut"),
        gender="Men",
        category="Jackets",
        color="Grey",
        title="Kinetiq Men Grey Solid Hooded Training Jacket",
    ),
    # 25. Gym mirror selfie: female model in a black strappy cropped sports bra (clearly not a tank) and black shorts.
    #     caption: base. wearing, details: vqa. color, is_a, sleeve_length: ref (vqa).
    case(
        "MYN-ACT-76025",
        caption("a woman in a black sports bra taking a selfie in a gym mirror"),
        D.wearing(
            "black Question: What cloth is the person wearing? Answer: tank Question: What is the color of the "
            "tank? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),
        is_a("sports bra", "yes"),
        is_a("tank top", "yes", "contradiction"),
        D.details(
            "tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank tank tank",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        gender="Women",
        category="Sports Bra",
        color="Black",
        title="Aerlune Women Black Solid High-Support Sports Bra",
    ),
    # 26. Studio: male model in a royal blue and black colour-blocked tracksuit (blue body, black side panels).
    #     all base; color, pattern: ref (base).
    case(
        "MYN-ACT-76026",
        caption("a man in a blue and black tracksuit"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.description(
            "a blue and black jacket with a black collar and black panels on the sides and a pair of blue and "
            "black pants with black panels on the",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "it has a zip and a high collar and two zip pockets and elastic cuffs and elastic cuffs and elastic "
            "cuffs and elastic cuffs",
            "loop",
            hit_limit=True,
        ),
        D.material("made of breathable, sweat-wicking polyester with four-way stretch", "unsupported"),
        gender="Men",
        category="Tracksuits",
        color="Blue",
        title="Stridefit Men Blue & Black Colourblocked Tracksuit",
    ),
    # 27. Packshot: grey melange women's joggers folded on white, no person. No seller title.
    #     caption, details: cap-e3. wearing, color, material: extractive. garment_type: ref (cap-e3).
    case(
        "MYN-ACT-76027",
        caption(
            "The lady wears a long trousers with pure color patterns. The trousers are with cotton fabric.",
            "unsupported",
        ),
        D.wearing("long trousers"),
        D.color("pure color", "non_answer"),
        D.material("cotton fabric"),
        D.garment_type("pants"),
        D.details(
            "The lady wears a long trousers with pure color patterns. The trousers are with cotton fabric. The lady "
            "wears a long trousers with pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Joggers",
        color="Grey Melange",
    ),
    # 28. Running track: male model in an orange tee, black shorts over black compression tights (layers).
    #     all base; color, garment_type, closed color_of: ref (base).
    case(
        "MYN-ACT-76028",
        caption("a man in an orange shirt, black shorts and black tights running on a track"),
        D.wearing("an orange shirt and black shorts"),
        D.color("orange", "other_garment_color"),
        D.garment_type("leggings"),
        color_of("tights", "black"),
        D.description("black shorts", "contradiction"),
        D.details("compression fit, a wide waistband and flatlock seams and a key pocket at the back", "unsupported"),
        gender="Men",
        category="Tights",
        color="Black",
        title="Kinetiq Men Black Solid Compression Running Tights",
    ),
    # 29. Outdoor track: female model jogging in a peach running tee and white shorts.
    #     all base; color, sleeve_length: ref (base).
    case(
        "MYN-ACT-76029",
        caption("a woman in a pink shirt and white shorts jogging on a track"),
        D.wearing("a pink t-shirt and white shorts"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.description("he is wearing a pink shirt", "pronoun"),
        D.details("the t-shirt is a t-shirt", "restated"),
        D.material("the garment is made of fabric", "restated"),
        gender="Women",
        category="Tshirts",
        color="Peach",
        title="Aerlune Women Peach-Coloured Solid Running T-shirt",
    ),
    # 30. Packshot: navy running shorts with an inner brief, flat on white, no person.
    #     caption: base. wearing, details, description, material: vqa. color, is_a: ref (vqa).
    case(
        "MYN-ACT-76030",
        caption("a pair of blue shorts on a white background"),
        D.wearing("", "non_answer"),
        D.details(
            "shorts Question: What is the color of the shorts? Answer: navy Question: Is this a shorts? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.color("navy"),
        is_a("pair of shorts", "yes"),
        D.description(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "polyester Question: What is the material of the shorts? Answer: polyester Question: What is the "
            "material of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Stridefit Men Navy Blue Solid Running Shorts with Inner Brief",
    ),
    # 31. Studio, grey backdrop: female model in an olive cropped training jacket, zipped, black tights.
    #     caption, open color_of, description, wearing: cap-e3. color, garment_type: ref (cap-e3).
    case(
        "MYN-ACT-76031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("jacket"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline."
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "lady wears a long-sleeve jacket with pure",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Olive",
        title="Aerlune Women Olive Green Solid Cropped Training Jacket",
    ),
    # 32. Gym: male model lifting a barbell in a black training tee with an abstract neon yellow graphic (no text).
    #     all base; color, closed color_of: ref (base).
    case(
        "MYN-ACT-76032",
        caption("a man in a black t-shirt with a yellow graphic lifting a barbell"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a yellow print"),
        D.details("the t-shirt has a yellow print on the front that says no pain no gain", "unsupported"),
        D.wearing("she is wearing a black t-shirt", "pronoun"),
        color_of("t-shirt", "yellow", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Kinetiq Men Black & Yellow Graphic Printed Training T-shirt",
    ),
    # 33. Packshot: plain white women's sports tee on a wooden hanger against a pink wall, no person.
    #     all base; color: ref (base).
    case(
        "MYN-ACT-76033",
        caption("a white t-shirt hanging on a pink wall"),
        D.wearing("a white t-shirt"),
        D.color("pink", "contradiction"),
        D.description("a white t-shirt on a hanger against a pink wall with a", "cut"),
        D.details("a round neck, short sleeves and anti-odour, quick-dry fabric", "unsupported"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Aerlune Women White Solid Round Neck Sports T-shirt",
    ),
    # 34. Packshot: grey melange tracksuit (hooded zip jacket above matching joggers) flat on white, no person.
    #     caption: cap-e1. wearing, details: vqa. color, garment_type, is_a, pattern: ref (vqa).
    case(
        "MYN-ACT-76034",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("tracksuit"),
        is_a("dress", "no"),
        D.details("grey", "non_answer"),
        D.pattern("solid"),
        gender="Men",
        category="Tracksuits",
        color="Grey Melange",
        title="Stridefit Men Grey Melange Solid Tracksuit",
    ),
    # 35. Track: female model in black running shorts, a neon pink tank and a fitness watch on her wrist.
    #     caption: cap-e3. wearing, details, description: base. color, garment_type: ref (base).
    case(
        "MYN-ACT-76035",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist."
        ),
        D.wearing("a pink tank top and black shorts"),
        D.color("pink", "other_garment_color"),
        D.garment_type("skirt", "contradiction"),
        D.details("they are shorts", "restated"),
        D.description("a woman in a pink tank top and black shorts running on a track with a", "cut"),
        gender="Women",
        category="Shorts",
        color="Black",
        title="Aerlune Women Black Solid Running Shorts",
    ),
    # 36. Outdoor basketball court: male model in a maroon tee with black raglan sleeves, black shorts.
    #     caption: cap-e1. wearing, description, details: base. color, pattern: ref (base).
    case(
        "MYN-ACT-76036",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        D.wearing("a red and black shirt and black shorts"),
        D.color("dark red"),
        D.pattern("color block"),
        D.description(
            "a maroon t-shirt with black sleeves and a black collar and a black hem and a black logo on the chest "
            "and a black logo on the",
            "cut",
            hit_limit=True,
        ),
        D.details("What are the details of the garment? The garment has black sleeves.", "leak"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Kinetiq Men Maroon & Black Colourblocked Raglan T-shirt",
    ),
    # 37. Packshot: burgundy high-rise training tights, front view on white, no person, nothing on the waistband.
    #     all base; color, garment_type: ref (base).
    case(
        "MYN-ACT-76037",
        caption("a pair of burgundy leggings on a white background"),
        D.wearing("burgundy leggings"),
        D.color("burgundy"),
        D.garment_type("leggings"),
        D.details(
            "high waist and a hidden key pocket in the waistband and a mesh panel on the calves and reflective "
            "details on the ankles",
            "unsupported",
        ),
        D.material("The garment is made of", "cut"),
        D.description("the leggings are leggings", "restated"),
        gender="Women",
        category="Tights",
        color="Burgundy",
        title="Aerlune Women Burgundy Solid High-Rise Training Tights",
    ),
    # 38. Street: male model in black tapered joggers, a white tee under an open grey training jacket (layers).
    #     caption: base. wearing, open color_of: vqa. color, garment_type, is_a: ref (vqa).
    case(
        "MYN-ACT-76038",
        caption("a man in a grey jacket, white t-shirt and black pants"),
        D.wearing(
            "jacket Question: What is the color of the jacket? Answer: grey Question: What cloth is the person "
            "wearing? Answer: jacket",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.garment_type("pants"),
        is_a("pair of pants", "yes"),
        gender="Men",
        category="Joggers",
        color="Black",
        title="Stridefit Men Black Solid Tapered Joggers",
    ),
    # 39. Studio: female model in a grey melange running tee with a pink typography print, white three-point shorts.
    #     caption: cap-e3. wearing, color, material, details: extractive. pattern: ref (cap-e3).
    case(
        "MYN-ACT-76039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing("short-sleeve T-shirt with graphic patterns"),
        D.color("graphic", "non_answer"),
        D.pattern("graphic"),
        D.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        category="Tshirts",
        color="Grey Melange",
        title="Aerlune Women Grey Melange Typography Printed Running T-shirt",
    ),
    # 40. Studio: male model in a navy training jacket with a white band across the chest, zipped.
    #     all base; color, closed color_of: ref (base).
    case(
        "MYN-ACT-76040",
        caption("a man in a dark blue jacket with a white stripe across the chest"),
        D.wearing("a man", "non_answer"),
        D.color("navy blue"),
        D.description(
            "a blue jacket with a white stripe across the chest and a zipper on the front and a high collar and the "
            "sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "a zip, a stand collar, a white stripe across the chest and two zip pockets and a white stripe across "
            "the chest and two zip pockets and",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", "contradiction"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Kinetiq Men Navy Blue Colourblocked Training Jacket",
    ),
    # 41. Track: male model in grey 2-in-1 running shorts over black tights, black running vest.
    #     caption, wearing, details: cap-e3. color, garment_type, pattern: ref (cap-e3).
    case(
        "MYN-ACT-76041",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        D.wearing(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("shorts"),
        D.pattern("solid"),
        D.details(
            "The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a "
            "shorts. The shorts are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Grey",
        title="Stridefit Men Grey Solid 2-in-1 Running Shorts",
    ),
    # 42. Studio: female model in an oversized blue-and-white tie-dye sports tee (short sleeves) and black shorts.
    #     all base; color, pattern, sleeve_length: ref (base).
    case(
        "MYN-ACT-76042",
        caption("a woman in a blue and white tie dye shirt"),
        D.wearing(
            "a blue and white tie dye t-shirt and black shorts and white sneakers and a black watch on her left "
            "wrist and a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("tie-dye"),
        D.description(
            "a blue and white tie dye t-shirt with a round neck and short sleeves and a round neck and short "
            "sleeves and a round",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="Blue",
        title="Aerlune Women Blue & White Tie-Dye Oversized Sports T-shirt",
    ),
    # 43. Packshot: black track pants with white side stripes on a grey background. The seller gave only gender.
    #     caption: base. wearing, details, material: vqa. closed color_of, is_a: ref (vqa).
    case(
        "MYN-ACT-76043",
        caption("a pair of black track pants with white stripes on a grey background"),
        D.wearing(
            "Question: What is the person wearing? Answer: pants Question: What is the person wearing? Answer: "
            "pants Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        D.details("", "non_answer"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        gender="Men",
    ),
    # 44. Gym: female model in a white lightweight running jacket worn open over a navy sports bra, navy tights.
    #     caption, wearing, details, material, open color_of: base. color: ref (base).
    case(
        "MYN-ACT-76044",
        caption("a woman in a white jacket and navy leggings standing in a gym"),
        D.wearing("a white jacket, a blue sports bra and blue leggings"),
        D.color("white"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        D.details(
            "the jacket has a full zip, a stand collar, long sleeves and two side pockets with a small logo on the "
            "left chest and a",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "it is made of a lightweight, water-resistant and windproof fabric with a breathable mesh lining",
            "unsupported",
        ),
        gender="Women",
        category="Jackets",
        color="White",
        title="Aerlune Women White Solid Lightweight Running Jacket",
    ),
]
