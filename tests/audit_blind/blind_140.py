"""BLIND_140 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, with is_a and
color_of questions): written blind in the twenty-first session. Measured blind at 771b230: 132/143 failures found
(92.3%) and 9/146 correct texts flagged (6.2%). The writer's notes, verbatim:

Blind corpus 140: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' models re-run on 44 products of a Myntra-style women's ethnic-wear catalog: kurtas,
    kurtis, kurta sets, sarees, lehenga cholis, salwar suits / dress material, ethnic dresses and dupattas, shot on
    models (some with the face cropped at the chin), on mannequins / ghost mannequins and as flat packshots. Each
    product has a caption and a sample of the answers to enrich's default questionnaire (DEFAULT_QUESTIONS, "D"),
    or for some products the closed questions in the blind writers' wording (BLIND_QUESTIONS, "B"), plus a few
    "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of, stored open) questions. The seller's
    columns (gender, article type -> category, base colour -> color, product title -> title) come from the
    marketplace feed in the seller's own words; a few products lack one or more of them.

Which system wrote which text (named in the comment on each text)
    BASE  Salesforce/blip2-opt-2.7b, untuned: short answers that stop, mostly right; wrong colors (one color for
          every garment, the blouse's or the pants' color given to the product), wrong pronoun on cropped
          photos, "yes" to any "Is this a ...?", invented specifics (fabric origin, care, pockets).
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1)
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both caption adapters answer
          every prompt with the DeepFashion-MultiModal caption template ("The upper clothing has long sleeves,
          cotton fabric and floral patterns..."), never stop (cut at the 30/50-token limit or loop), give the
          template's pattern words ("pure color") for a color, and put sleeves, necklines and rings on dupattas,
          folded sarees and unstitched fabric.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): In-shop class words (dress, blouse, tee, graphic tee) for
          ethnic garments, one-word loops, and continuations of the `Question: ... Answer:` format (prompt leaks).
    As in the experiments' finding 6, a run uses a different model per question, so one product mixes writers.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else in the
    repository was opened or searched; the only thing run was an import check of this file. The photos are
    imagined and described in the comment above each case; every label was judged against that description.

Label conventions and judgement calls
    - One label per text: the most salient failure. Texts written for one kind were kept free of a second failure
      where I could (caption-template answers avoid "shirt"/"skirt" wording unless that is the point).
    - cut: stops mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for captions);
      three texts stop mid-phrase (or mid-word) before the limit (hit_limit=False). A cut text's words are otherwise
      right.
    - loop: a repeated word or phrase; loops run to the token limit, so they carry hit_limit=True, and they are
      labelled loop, not cut.
    - leak: the text continues or echoes the `Question: ... Answer:` format, even when its first word is right.
    - contradiction: a closed answer (color, garment type, is_a) or a text that names a color or garment the photo,
      the other texts or the seller contradict: "dress"/"blouse"/"tee" for a kurta or saree, "kurta" or "jacket"
      for a dupatta or kurta worn under a jacket, the print's or the blouse's color as the garment's closed color,
      "yes" to "Is this a saree?" on a lehenga, wrong sleeve length.
    - other_garment_color: an OPEN answer (color_of or a description) that gives the product, or one garment of the
      set, the color of another garment in the photo (the palazzos' white for the kurta, the blouse's green for the
      lehenga, the jeans' blue for the kurti, the kurta's yellow for the pants).
    - non_answer: nothing about the product: empty, "nothing", "cloth", "fabric", "I don't know", "a woman", the
      caption adapter's pattern word ("solid color", "pure color") for a COLOR question, "yes" to a what-question.
    - restated: the question's words handed back ("the garment is made of fabric", "the details of the garment are
      the details", "the sleeves are sleeves").
    - unsupported: a specific the photo cannot show or that is absent: sleeves/neckline/ring on a dupatta, a folded
      saree, unstitched fabric or a ghost mannequin; "100% cotton, machine washable"; pockets not in view; "hand made
      in Lucknow"; a weaving region; a size.
    - pronoun: "he"/"his"/"a man" for a women's product (usually a face-cropped photo, once a ghost mannequin).
    - Correct, hard: near-color synonyms of the seller's colour (Maroon -> red/burgundy, Mustard -> yellow, Off
      White -> white/cream, Navy Blue -> blue/navy, Teal -> blue/green, Magenta/Coral -> pink, Lavender -> purple,
      Rust -> orange, Peach -> light pink, Olive/Sea Green -> green, Turquoise Blue -> turquoise, Multi -> any
      dominant print color); "sari" for saree, "scarf" for dupatta, "suit" for salwar suit, "tunic"/"top" for a
      kurti in an open answer; "pure color" as a PATTERN answer (the template's word for solid); backgrounds,
      walls, flowers named in captions in another color than the garment; layers (dupatta over a kurta, denim
      jacket over a kurta) named with their own colors; a packshot's "What is the person wearing?" answered with
      the garment ("a yellow top"); the caption template's "upper clothing / lower clothing" wording when its
      sleeves, fabric and pattern match the photo; "kurta" and "yes" to "Is this a kurta?" for a kurta set;
      a material answer that the photo's look supports (silk for a Banarasi saree, cotton for matte
      cotton kurtas, chiffon for georgette).
    - gender is passed where the seller has it ("Women"); the three products without it have no gender column.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_140: list[Case] = [
    # 001 Photo: model, face cropped at the chin, in a pink straight kurta with small white-and-green floral
    # print, three-quarter sleeves,
    # white palazzo trousers, plain grey studio background.
    case(
        "MYN-ETH-140-001",
        caption("a woman in a pink kurta and white palazzo pants"),  # BASE
        D.wearing("he is wearing a pink kurta with white pants", "pronoun"),  # BASE
        D.color("pink"),  # BASE
        D.pattern("floral"),  # BASE
        D.description(  # CAP3: caption template, cut at 30 tokens
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. "
            "The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.details(  # CAP3: loop
            "floral patterns, round neckline, medium sleeves, floral patterns, round neckline, medium sleeves, "
            "floral patterns, round neckline, medium",
            "loop",
            hit_limit=True,
        ),
        D.material("I don't know", "non_answer"),  # BASE
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink Floral Printed Straight Kurta",
    ),
    # 002 Photo: model in a navy blue kurta with gold yoke embroidery, navy palazzos, navy-and-gold dupatta over one
    # shoulder; hands hold the dupatta, no rings or bangles; beige wall behind.
    case(
        "MYN-ETH-140-002",
        caption("a woman in a blue kurta and dupatta standing in front of a beige wall"),  # BASE
        D.garment_type("kurta"),  # BASE
        D.color("blue"),  # BASE
        D.wearing("blouse", "contradiction"),  # VQA: In-shop class for a kurta
        D.details(  # CAP1: template jewellery the photo does not have
            "long sleeves, solid color patterns, V-shape neckline. This lady wears a ring on her finger.",
            "unsupported",
        ),
        is_a("kurta", "yes"),  # BASE
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Anouk Women Navy Blue Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 003 Photo: model in a maroon Banarasi silk saree with a wide gold zari border, pallu over the left shoulder,
    # matching maroon short-sleeved blouse, standing before a carved wooden door.
    case(
        "MYN-ETH-140-003",
        caption("a woman in a red sari standing in front of a wooden door"),  # BASE
        D.color("red"),  # BASE
        D.garment_type("dress", "contradiction"),  # VQA
        is_a("saree", "no", "contradiction"),  # VQA
        D.description(  # CAP3: cut at 30 tokens
            "The upper clothing has short sleeves, silk fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is silk and it has",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),  # BASE
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Saree mall Maroon & Gold-Toned Woven Design Banarasi Silk Saree",
    ),
    # 004 Photo: flat packshot, no person: a mustard-yellow plain A-line kurti laid flat on white, short sleeves,
    # mandarin collar, three buttons at the placket.
    case(
        "MYN-ETH-140-004",
        caption("a yellow tunic top with a mandarin collar on a white background"),  # BASE
        D.wearing("a yellow top"),  # BASE
        D.color(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),  # VQA
        D.sleeve_length("short"),  # BASE
        D.pattern("pure color"),  # CAP1: the template's word for solid
        D.details(  # VQA: continues the prompt format
            "the person is wearing a yellow shirt. Question: What is the color of the shirt? Answer: yellow",
            "leak",
        ),
        gender="Women",
        category="Kurtis",
        color="Mustard",
        title="Sangria Women Mustard Yellow Solid A-Line Kurti",
    ),
    # 005 Photo: model in a pink embroidered lehenga skirt with a green border, green choli blouse, sheer pink
    # dupatta; outdoors in a garden.
    case(
        "MYN-ETH-140-005",
        caption("a woman in a pink and green lehenga posing in a garden"),  # BASE
        D.garment_type("lehenga"),  # BASE
        D.color("pink"),  # BASE
        color_of("lehenga", "green", "other_garment_color", kind="open"),  # BASE: the choli's color
        color_of("blouse", "green", kind="open"),  # BASE
        D.description(  # CAP3: loop
            "a pink lehenga with green border and a green blouse, a pink dupatta, a pink lehenga with green border "
            "and a green blouse, a pink",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes", "contradiction"),  # BASE
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="Mitera Pink & Green Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 006 Photo: face-cropped model in a teal kurta with a small white floral print, teal salwar, white dupatta with
    # a teal border over both shoulders; grey studio background.
    case(
        "MYN-ETH-140-006",
        caption(  # CAP3: template, stops on its own before the limit; matches the photo
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        D.color("green"),  # BASE
        D.wearing("a man wearing a green kurta and a white scarf", "pronoun"),  # BASE
        D.details(  # VQA: the experiments' own loop
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),  # BASE
        color_of("dupatta", "green", "other_garment_color", kind="open"),  # BASE: the kurta's color
        gender="Women",
        category="Salwar Suits",
        color="Teal",
        title="Biba Women Teal Printed Kurta with Salwar & Dupatta",
    ),
    # 007 Photo: model in a rust-orange flared maxi ethnic dress with white block print, three-quarter sleeves, no
    # dupatta; white background.
    case(
        "MYN-ETH-140-007",
        caption("a woman in an orange dress on a white background"),  # BASE
        D.garment_type("dress"),  # BASE
        D.color("orange"),  # BASE
        D.description(  # CAP1: loop
            "The dress is orange with a white print. The dress is orange with a white print. The dress is orange "
            "with a white print. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.material(  # VQA: prompt leak, runs to the limit
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter"),  # BASE
        gender="Women",
        category="Ethnic Dresses",
        color="Rust",
        title="W Women Rust Orange Printed Maxi Ethnic Dress",
    ),
    # 008 Photo: packshot, no person: an off-white phulkari dupatta folded to show its corner of red, orange and
    # pink embroidery and a tasselled edge, on white.
    case(
        "MYN-ETH-140-008",
        caption("a white scarf with red and orange embroidery"),  # BASE
        D.garment_type("tee", "contradiction"),  # VQA
        D.color("white"),  # BASE
        D.wearing("a white scarf"),  # BASE
        D.details(  # CAP3: sleeves and neckline on a dupatta
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a round neckline.",
            "unsupported",
        ),
        D.description("a white dupatta with red embroidery and tassels"),  # BASE
        D.material("the garment is made of fabric", "restated"),  # BASE
        gender="Women",
        category="Dupatta",
        color="Off White",
        title="Dupatta Bazaar Women Off-White & Red Embroidered Phulkari Dupatta",
    ),
    # 009 Photo: model in a white straight kurta with a dense indigo-blue floral print (white dominates), blue
    # trousers, light blue wall behind.
    case(
        "MYN-ETH-140-009",
        caption("a woman in a white and blue floral kurta standing against a blue wall"),  # BASE
        D.color("blue", "contradiction"),  # BASE: the print's and the trousers' color
        color_of("kurta", "white with blue flowers", kind="open"),  # BASE
        D.material("cotton"),  # BASE
        D.details(  # CAP3: cut at 30 tokens
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta with blue flowers, blue pants and a silver watch on her wrist", "unsupported"),  # BASE
        gender="Women",
        category="Kurtas",
        color="White",
        title="Jaipur Kurti Women White & Blue Floral Printed Pure Cotton Kurta",
    ),
    # 010 Photo: model in a green georgette saree with a pink floral print, pink sleeveless blouse, pallu over the
    # shoulder; a pink-painted wall behind her.
    case(
        "MYN-ETH-140-010",
        caption("a woman in a green sari standing in front of a pink wall"),  # BASE
        D.color("green"),  # BASE
        color_of("saree", "pink", "other_garment_color", kind="open"),  # BASE: the blouse's color
        D.wearing(  # CAP3: template for the wearing question, cut at 30 tokens
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        D.description(  # VQA: one-word loop
            "saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree "
            "saree saree saree saree saree saree saree saree saree saree saree saree saree",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),  # BASE
        gender="Women",
        category="Sarees",
        color="Green",
        title="Mitera Green & Pink Floral Printed Georgette Saree",
    ),
    # 011 Photo: model in a yellow printed kurta with white palazzos; white background.
    case(
        "MYN-ETH-140-011",
        caption("a woman in a yellow kurta and white palazzo pants"),  # BASE
        D.wearing("a yellow kurta with white pants"),  # BASE
        color_of("kurta", "yellow", kind="open"),  # BASE
        color_of("pants", "yellow", "other_garment_color", kind="open"),  # BASE: one color for every garment
        D.garment_type("kurta"),  # BASE
        D.details(  # CAP3: loop of the template
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.pattern("the garment has a pattern", "restated"),  # BASE
        D.material(  # CAP1: loop
            "The upper clothing is with cotton fabric and the lower clothing is with cotton fabric and the upper "
            "clothing is with cotton fabric and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
        title="Libas Women Yellow Printed Kurta with Palazzos",
    ),
    # 012 Photo: face cropped at the chin: model in a black Anarkali kurta with gold ethnic-motif print, flared to
    # the calf, long sleeves, black leggings.
    case(
        "MYN-ETH-140-012",
        caption("a man in a black and gold kurta", "pronoun"),  # BASE
        D.garment_type("dress", "contradiction"),  # VQA
        D.color("black"),  # BASE
        D.wearing("a black kurta with gold print"),  # BASE
        D.sleeve_length("long"),  # BASE
        D.details(  # CAP1: cut at 30 tokens
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("a", "cut"),  # BASE: stops after one word, before the limit
        gender="Women",
        category="Kurtas",
        color="Black",
        title="Sangria Women Black & Gold-Toned Ethnic Motifs Printed Anarkali Kurta",
    ),
    # 013 Photo: mannequin in a navy velvet lehenga with silver embroidery, navy blouse, silver-edged navy dupatta
    # pinned across; dark studio. Seller title missing.
    case(
        "MYN-ETH-140-013",
        caption("a mannequin wearing a blue lehenga with silver embroidery"),  # BASE
        D.wearing("a blue lehenga"),  # BASE
        D.color("solid color", "non_answer"),  # CAP3: the template's pattern word
        D.pattern("embroidered"),  # BASE
        D.description(  # CAP1: loop
            "The lower clothing is of long length. The fabric is velvet and it has complicated patterns. The lower "
            "clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        D.details("I don't know", "non_answer"),  # BASE
        gender="Women",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # 014 Photo: model in a plain sky-blue straight kurti, short sleeves, round neck, white leggings; white
    # background. Seller colour missing.
    case(
        "MYN-ETH-140-014",
        caption(  # CAP3: cut at 50 tokens
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("light blue"),  # BASE
        D.wearing("a blue top and white leggings"),  # BASE
        D.garment_type("kurta"),  # BASE
        D.sleeve_length("short"),  # BASE
        D.pattern("What is the pattern of the garment? Answer: solid", "leak"),  # VQA
        D.material("the garment is made of fabric", "restated"),  # BASE
        gender="Women",
        category="Kurtis",
        title="Aurelia Women Blue Solid Straight Kurti",
    ),
    # 015 Photo: packshot, no person: a mustard saree with red bandhani dots and a red border, folded, on white.
    case(
        "MYN-ETH-140-015",
        caption("a yellow and red sari folded on a white background"),  # BASE
        D.color("yellow"),  # BASE
        D.pattern("polka dots"),  # BASE
        D.garment_type("scarf", "contradiction"),  # VQA
        D.description(  # CAP1: sleeves and neckline on a folded saree
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline.",
            "unsupported",
        ),
        D.details("the details of the garment are the details", "restated"),  # VQA
        gender="Women",
        category="Sarees",
        color="Mustard",
        title="Kalini Women Mustard Yellow & Red Bandhani Printed Saree",
    ),
    # 016 Photo: model in a bottle-green kurta with thread embroidery at the neck, green trousers, pink dupatta with
    # a gold border; off-white curtain behind.
    case(
        "MYN-ETH-140-016",
        caption("a woman in a green kurta with a pink dupatta"),  # BASE
        D.color("green"),  # BASE
        D.wearing("a green kurta and a pink scarf"),  # BASE
        color_of("kurta", "pink", "other_garment_color", kind="open"),  # VQA: the dupatta's color
        D.details(  # CAP3: loop
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. It has a V-shape neckline. "
            "This lady wears a scarf. The upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.description(  # CAP1: right words, cut at 30 tokens
            "a green kurta with embroidery on the neck, green trousers and a pink dupatta with a gold border. The "
            "upper clothing has long sleeves, cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton\nQuestion: What is the color of the dupatta?\nAnswer: pink\nQuestion:", "leak"),  # VQA
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Anouk Women Green Ethnic Motifs Embroidered Kurta with Trousers & Dupatta",
    ),
    # 017 Photo: model in a burgundy A-line ethnic dress with gold gota lace at the hem, long sleeves, on a
    # staircase with white walls.
    case(
        "MYN-ETH-140-017",
        caption("a woman in a burgundy dress standing on a staircase"),  # BASE
        D.color("purple", "contradiction"),  # BASE
        D.garment_type("dress"),  # BASE
        D.wearing("he is wearing a red dress", "pronoun"),  # BASE
        D.sleeve_length("long-sleeve"),  # CAP1
        D.material("a woman", "non_answer"),  # BASE
        gender="Women",
        category="Ethnic Dresses",
        color="Maroon",
        title="Globus Women Maroon Solid A-Line Ethnic Dress",
    ),
    # 018 Photo: model in a peach straight kurta with white lace at the hem and sleeves, white trousers; blurred
    # greenery outdoors. Seller title missing.
    case(
        "MYN-ETH-140-018",
        caption("a woman in a peach kurta standing in a garden"),  # BASE
        D.color("light pink"),  # BASE
        D.wearing(  # VQA: prompt leak to the limit
            "a peach kurta and white pants. Question: What is the color of the kurta? Answer: peach. Question: What "
            "is the",
            "leak",
            hit_limit=True,
        ),
        D.details(  # CAP1: loop
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("3/4"),  # BASE
        D.material("lace and cotton, size M", "unsupported"),  # BASE
        gender="Women",
        category="Kurtas",
        color="Peach",
    ),
    # 019 Photo: model in a royal-blue net saree with silver sequins, silver sleeveless blouse; dark backdrop with
    # fairy lights.
    case(
        "MYN-ETH-140-019",
        caption(  # CAP3: template loop to 50 tokens
            "The lady wears a sleeveless top with graphic patterns. The top is with chiffon fabric. The lady wears a "
            "long skirt. The skirt is with chiffon fabric and graphic patterns. The lady wears a long skirt. The "
            "skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),  # BASE
        D.pattern("sequins"),  # BASE
        D.wearing("a blue sari with silver sequins"),  # BASE
        color_of("saree", "silver", "other_garment_color", kind="open"),  # BASE: the blouse's color
        D.material("unknown", "non_answer"),  # BASE
        is_a("lehenga", "yes", "contradiction"),  # BASE
        gender="Women",
        category="Sarees",
        color="Blue",
        title="Saree mall Blue & Silver-Toned Sequinned Net Saree",
    ),
    # 020 Photo: model in a plain white kurta and white churidar with a pink Banarasi dupatta (gold woven motifs)
    # draped over both shoulders; the product is the dupatta.
    case(
        "MYN-ETH-140-020",
        caption("a woman in a white kurta with a pink scarf"),  # BASE
        D.wearing("a white kurta and a pink dupatta"),  # BASE
        D.color("pink"),  # BASE
        D.garment_type("kurta", "contradiction"),  # BASE: the worn garment, not the product
        D.details(  # CAP3: loop
            "This lady wears a scarf. This lady wears a scarf. This lady wears a scarf. This lady wears a scarf. "
            "This lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.description(  # CAP3: cut at 30 tokens
            "The lady wears a scarf with graphic patterns. The scarf is with silk fabric and it has a golden border. "
            "The lady also wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dupatta",
        color="Pink",
        title="Swhf Women Pink & Gold-Toned Woven Design Banarasi Dupatta",
    ),
    # 021 Photo: model in a plain olive-green kurta with side slits, mandarin collar, long sleeves, beige trousers;
    # cream background.
    case(
        "MYN-ETH-140-021",
        caption("a woman in an olive green tunic and beige pants"),  # BASE
        D.color("green"),  # BASE
        D.wearing(  # CAP1: template for the wearing question, cut at 30 tokens
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. "
            "The lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "beige", "other_garment_color", kind="open"),  # BASE: the trousers' color
        D.details("side slits and a mandarin collar"),  # BASE
        D.sleeve_length("long"),  # BASE
        D.description("it is a garment", "non_answer"),  # VQA
        gender="Women",
        category="Kurtas",
        color="Olive",
        title="HERE&NOW Women Olive Green Solid Kurta",
    ),
    # 022 Photo: bridal look: model in a red lehenga with heavy gold embroidery, red blouse, red dupatta over the
    # head, gold bangles and a ring visible.
    case(
        "MYN-ETH-140-022",
        caption("a bride in a red lehenga with gold embroidery"),  # BASE
        D.wearing(  # CAP1: right words, cut at 30 tokens
            "a red lehenga with gold embroidery, a red blouse and a red dupatta over the head, gold bangles on her "
            "wrists and a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),  # BASE
        D.details(  # VQA: the experiments' color loop
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            hit_limit=True,
        ),
        D.description(  # CAP3: right words, cut at 30 tokens
            "The lady wears a long skirt with complicated patterns. The skirt is with silk fabric. There is an "
            "accessory on her wrist. She wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),  # BASE
        D.garment_type("lehenga"),  # BASE
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Fabcartz Women Red & Gold Embroidered Semi-Stitched Lehenga Choli",
    ),
    # 023 Photo: model in a navy kurta with thin white vertical stripes, long sleeves, round neck, white trousers;
    # white background.
    case(
        "MYN-ETH-140-023",
        caption("a woman wearing a blue and white striped kurta"),  # BASE
        D.pattern("striped"),  # BASE
        D.color("white", "contradiction"),  # BASE
        D.description(  # VQA: echoes the prompt format
            "Question: Describe the garment. Answer: striped\nQuestion: Describe the garment. Answer: striped",
            "leak",
        ),
        D.details(  # CAP3: template that matches the photo
            "The upper clothing has long sleeves, cotton fabric and stripe patterns. It has a round neckline."
        ),
        D.sleeve_length("yes", "non_answer"),  # BASE
        D.material("the material of the garment", "restated"),  # BASE
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Vishudh Women Navy Blue & White Striped Straight Kurta",
    ),
    # 024 Photo: model seated on a chair in a teal saree with a gold zari border and a contrast black short-sleeved
    # blouse.
    case(
        "MYN-ETH-140-024",
        caption("a woman in a teal sari with a black blouse sitting on a chair"),  # BASE
        D.color("blue"),  # BASE
        color_of("saree", "black", "other_garment_color", kind="open"),  # BASE: the blouse's color
        D.wearing(  # CAP1: template, cut at 30 tokens
            "The upper clothing has short sleeves, silk fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length and it",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short"),  # BASE
        D.material(  # CAP1: loop
            "The fabric is silk and it has solid color patterns. The fabric is silk and it has solid color patterns. "
            "The fabric is silk and",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),  # BASE
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Satrani Women Teal Blue Solid Saree with Zari Border",
    ),
    # 025 Photo: model in a white chikankari-embroidered kurti with three-quarter sleeves and a V neck, blue jeans;
    # red brick-painted wall behind.
    case(
        "MYN-ETH-140-025",
        caption("a woman in a white embroidered kurta and jeans standing in front of a red wall"),  # BASE
        D.color("white"),  # BASE
        D.wearing("a white kurti and blue jeans"),  # BASE
        color_of("kurti", "blue", "other_garment_color", kind="open"),  # BASE: the jeans' color
        D.details(  # CAP1: cut at 30 tokens
            "The upper clothing has medium sleeves, cotton fabric and lattice patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The fabric is denim",
            "cut",
            hit_limit=True,
        ),
        D.material("pure cotton, hand embroidered in Lucknow", "unsupported"),  # BASE
        D.description("white chikan embroi", "cut", hit_limit=False),  # VQA: stops mid-word before the limit
        gender="Women",
        category="Kurtis",
        color="White",
        title="Tissu Women White Chikankari Embroidered Kurti",
    ),
    # 026 Photo: face cropped at the neck: model in a lavender kurta with white floral print and a matching
    # lavender sharara; white background.
    case(
        "MYN-ETH-140-026",
        caption("a man in a purple kurta and pants", "pronoun"),  # BASE
        D.color("purple"),  # BASE
        D.wearing("purple kurta and sharara"),  # BASE
        D.description(  # CAP3: cut at 30 tokens
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),  # BASE: empty
        D.pattern("the pattern of the garment", "restated"),  # BASE
        is_a("kurta", "yes"),  # BASE
        gender="Women",
        category="Kurta Sets",
        color="Lavender",
        title="Jaipur Kurti Women Lavender Floral Printed Kurta with Sharara",
    ),
    # 027 Photo: model in a sleeveless tiered maxi ethnic dress with a multicolour print (pink dominant, yellow and
    # blue), V neck; white background.
    case(
        "MYN-ETH-140-027",
        caption("a woman in a colorful printed maxi dress"),  # BASE
        D.color("pink"),  # BASE
        B.sleeve_length("sleeveless"),  # BASE
        D.details(  # CAP3: cut at 30 tokens
            "The upper clothing has no sleeves, chiffon fabric and graphic patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.description("dress. Answer: dress. Answer: dress. Answer: dress. Answer:", "leak", hit_limit=True),  # VQA
        D.material("cloth", "non_answer"),  # BASE
        gender="Women",
        category="Ethnic Dresses",
        color="Multi",
        title="Ishin Women Multicoloured Printed Tiered Maxi Ethnic Dress",
    ),
    # 028 Photo: packshot, no person: unstitched dress material folded in three pieces on white: beige kurta fabric
    # with a maroon print, plain maroon bottom fabric, maroon dupatta.
    case(
        "MYN-ETH-140-028",
        caption("a stack of beige and maroon fabrics on a white background"),  # BASE
        D.wearing("nothing", "non_answer"),  # BASE
        D.garment_type("blouse", "contradiction"),  # VQA
        D.color("beige"),  # BASE
        D.description(  # CAP1: sleeves and neckline on unstitched fabric
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length.",
            "unsupported",
        ),
        B.pattern("printed"),  # BASE
        gender="Women",
        category="Dress Material",
        color="Beige",
        title="Rajnandini Women Beige & Maroon Printed Unstitched Dress Material",
    ),
    # 029 Photo: model in a magenta A-line kurta with small white floral motifs, long sleeves, white churidar; grey
    # background. Seller gender missing.
    case(
        "MYN-ETH-140-029",
        caption("a woman in a pink kurta"),  # BASE
        D.color("pink"),  # BASE
        D.wearing(  # CAP1: template, cut at 30 tokens
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton",
            "cut",
            hit_limit=True,
        ),
        D.description(  # CAP3: loop
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. It "
            "has a round neckline. It has a round neckline. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.material("100% pure cotton, machine washable", "unsupported"),  # BASE
        D.sleeve_length("long"),  # BASE
        category="Kurtas",
        color="Magenta",
        title="Biba Magenta Printed A-Line Kurta",
    ),
    # 030 Photo: model in a peach organza saree with a gold embellished border, gold sleeveless blouse, pallu
    # open; wedding backdrop of yellow marigolds.
    case(
        "MYN-ETH-140-030",
        caption("a woman in a peach saree standing in front of yellow flowers"),  # BASE
        D.color("gold", "contradiction"),  # BASE: the blouse's and border's color
        D.wearing("a peach saree with a gold blouse"),  # BASE
        D.material("pure color", "non_answer"),  # CAP1: the template's pattern word
        D.details(  # CAP1: cut at 30 tokens
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        is_a(  # VQA: answers, then continues the format
            "saree",
            "yes, this is a saree. Question: Is this a lehenga? Answer: no. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.pattern("embellished"),  # BASE
        gender="Women",
        category="Sarees",
        color="Peach",
        title="Ishin Women Peach & Gold-Toned Embellished Organza Saree",
    ),
    # 031 Photo: model in a red kurta with a gold yoke, red palazzos, red-and-gold dupatta; white background; the
    # kurta's sides are covered by the dupatta, no pockets in view.
    case(
        "MYN-ETH-140-031",
        caption(  # CAP1: template loop to 50 tokens
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The upper "
            "clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),  # BASE
        D.wearing("she is wearing a red kurta set"),  # BASE
        D.garment_type("kurta"),  # BASE
        D.details(  # CAP3: cut at 30 tokens
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. It has a round neckline "
            "with gold embroidery. The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        D.description(  # BASE: invented pockets
            "a red kurta with a gold yoke and pockets on both sides, red palazzos and a red dupatta",
            "unsupported",
        ),
        D.material("Question: What is the material of the garment? Answer: cotton", "leak"),  # VQA
        gender="Women",
        category="Kurta Sets",
        color="Red",
        title="Indo Era Women Red Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 032 Photo: ghost mannequin (no person visible): a turquoise kurta with white paisley motifs, three-quarter
    # sleeves, round neck; white background.
    case(
        "MYN-ETH-140-032",
        caption("a turquoise kurta with white print on a white background"),  # BASE
        D.wearing("he is wearing a blue kurta", "pronoun"),  # BASE
        D.color("turquoise"),  # BASE
        D.pattern("paisley"),  # BASE
        D.details(  # CAP3: a ring with nobody in the photo
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. "
            "This lady wears a ring on her finger.",
            "unsupported",
        ),
        D.material(  # VQA: loop
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Turquoise Blue",
        title="Anouk Women Turquoise Blue Ethnic Motifs Print Kurta",
    ),
    # 033 Photo: model twirling in a mustard lehenga skirt with mirror work, teal choli, teal dupatta; palace
    # courtyard of sandstone.
    case(
        "MYN-ETH-140-033",
        caption("a woman in a yellow skirt twirling in a courtyard"),  # BASE
        D.color("yellow"),  # BASE
        color_of("lehenga", "green", "other_garment_color", kind="open"),  # VQA: the choli's color
        color_of("blouse", "blue", kind="open"),  # BASE
        D.details(  # CAP1: loop
            "mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, mirrors, "
            "mirrors, mirrors, mirrors, mirrors",
            "loop",
            hit_limit=True,
        ),
        D.description("a yellow lehenga with mirror work and a teal blouse and", "cut"),  # BASE: before the limit
        is_a("lehenga", "yes"),  # BASE
        gender="Women",
        category="Lehenga Choli",
        color="Mustard",
        title="Panchhi Women Mustard & Teal Mirror Work Lehenga Choli",
    ),
    # 034 Photo: model in a short black kurti with a white geometric print, short sleeves, blue jeans; red brick
    # wall behind. Seller gender and title missing.
    case(
        "MYN-ETH-140-034",
        caption("a woman in a black and white top and jeans standing in front of a brick wall"),  # BASE
        D.color("black"),  # BASE
        D.wearing("black kurti and jeans"),  # BASE
        D.garment_type("graphic tee", "contradiction"),  # VQA
        D.description(  # CAP3: cut at 30 tokens
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the garment", "restated"),  # VQA
        category="Kurtis",
        color="Black",
    ),
    # 035 Photo: model in a coral georgette saree with a silver embroidered border, matching coral elbow-sleeved
    # blouse; white background.
    case(
        "MYN-ETH-140-035",
        caption("a woman in a coral saree with a silver border"),  # BASE
        D.color("pink"),  # BASE
        D.wearing("dress", "contradiction"),  # VQA
        D.description(  # CAP1: loop
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. The lady wears a "
            "long dress with graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("elbow length"),  # BASE
        D.details(  # BASE: invented origin
            "the saree has silver embroidery on the border, hand made by artisans in Lucknow",
            "unsupported",
        ),
        gender="Women",
        category="Sarees",
        color="Coral",
        title="Mitera Coral Pink Embroidered Georgette Saree",
    ),
    # 036 Photo: model in a plain black long kurta with a yellow-and-green bandhani dupatta with tassels draped over
    # both shoulders; the product is the dupatta. White background.
    case(
        "MYN-ETH-140-036",
        caption("a woman in a black kurta with a yellow scarf"),  # BASE
        D.color("black", "contradiction"),  # BASE: the kurta's color
        color_of("dupatta", "yellow and green", kind="open"),  # BASE
        D.garment_type("dupatta"),  # BASE
        D.pattern("tie-dye"),  # BASE
        D.material("Answer: cotton Answer: cotton Answer: cotton Answer:", "leak"),  # VQA
        D.sleeve_length("the sleeves are sleeves", "restated"),  # BASE
        gender="Women",
        category="Dupatta",
        color="Yellow",
        title="Anouk Women Yellow & Green Bandhani Dupatta",
    ),
    # 037 Photo: model in an off-white straight kurta with a small green floral print, long sleeves, green
    # trousers; light grey background.
    case(
        "MYN-ETH-140-037",
        caption("a woman in a white floral kurta and green pants"),  # BASE
        D.color("cream"),  # BASE
        color_of("kurta", "green", "other_garment_color", kind="open"),  # BASE: the trousers' color
        D.wearing("a white kurta and green pants"),  # BASE
        D.details(  # VQA: loop
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.description(  # CAP3: cut at 30 tokens
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        D.material("the image is of a woman", "non_answer"),  # BASE
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="W Women Off-White & Green Floral Printed Straight Kurta",
    ),
    # 038 Photo: flat lay, no person: a lavender lehenga skirt with silver sequins, matching blouse and lavender
    # dupatta with a silver border, arranged on a grey floor.
    case(
        "MYN-ETH-140-038",
        caption("a purple lehenga laid out on the floor"),  # BASE
        D.color("purple"),  # BASE
        D.pattern("sequins"),  # BASE
        D.description("it is a garment", "non_answer"),  # VQA
        D.details(  # CAP3: loop
            "The fabric is chiffon and it has graphic patterns. The fabric is chiffon and it has graphic patterns. "
            "The fabric is chiffon and it",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "purple", kind="open"),  # BASE
        D.wearing(  # CAP1: a lady and a wrist accessory on a flat lay
            "The lady wears a sleeveless top with graphic patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Lavender",
        title="Zeel Women Lavender & Silver Sequinned Lehenga with Blouse & Dupatta",
    ),
    # 039 Photo: model seated at a cafe table in a sea-green kurta with a white print, white salwar, sea-green
    # dupatta.
    case(
        "MYN-ETH-140-039",
        caption("a woman in a green suit sitting at a cafe table"),  # BASE
        D.color("green"),  # BASE
        D.wearing("a green kurta, white salwar and green dupatta"),  # BASE
        color_of("salwar", "green", "other_garment_color", kind="open"),  # BASE: the kurta's color
        D.details(  # CAP1: cut at 30 tokens
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        B.pattern(  # VQA: prompt leak to the limit
            "Question: What is the pattern of the garment? Answer: printed Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("kurta"),  # BASE
        gender="Women",
        category="Salwar Suits",
        color="Sea Green",
        title="Vishudh Women Sea Green Printed Kurta with Salwar & Dupatta",
    ),
    # 040 Photo: face-cropped model in a navy A-line ethnic dress with a red-and-white floral print, three-quarter
    # sleeves, V neck; white background.
    case(
        "MYN-ETH-140-040",
        caption("a woman in a navy blue floral dress"),  # BASE
        D.color("navy"),  # BASE
        D.pattern("floral"),  # BASE
        D.description("he is wearing a blue floral dress with red flowers", "pronoun"),  # BASE
        D.details(  # CAP3: loop
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a V-shape neckline. "
            "The upper clothing has medium sleeves, cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),  # BASE
        D.sleeve_length("short", "contradiction"),  # BASE
        gender="Women",
        category="Ethnic Dresses",
        color="Navy Blue",
        title="Libas Women Navy Blue Floral Printed A-Line Ethnic Dress",
    ),
    # 041 Photo: model in a rust kurta with a mirror-work yoke, worn under an open light-blue denim jacket, white
    # trousers; the product is the kurta.
    case(
        "MYN-ETH-140-041",
        caption("a woman wearing a denim jacket over an orange kurta"),  # BASE
        D.color("orange"),  # BASE
        D.garment_type("jacket", "contradiction"),  # BASE: the layer, not the product
        color_of("kurta", "blue", "other_garment_color", kind="open"),  # BASE: the jacket's color
        D.wearing("a denim jacket, an orange kurta and white pants"),  # BASE
        D.description(  # CAP1: loop
            "The lady wears an outer clothing with denim fabric. The lady wears an outer clothing with denim fabric. "
            "The lady wears an outer clothing with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Sangria Women Rust Solid Kurta with Mirror Work",
    ),
    # 042 Photo: model in a grey cotton saree with a pink border and a grey short-sleeved blouse, against a grey
    # stone wall. Seller gender missing.
    case(
        "MYN-ETH-140-042",
        caption("a woman in a grey sari with a pink border standing against a stone wall"),  # BASE
        D.color("grey"),  # BASE
        D.wearing("a woman", "non_answer"),  # BASE
        D.description(  # CAP3: cut at 30 tokens
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        D.material("handloom cotton woven by weavers in Bengal", "unsupported"),  # BASE
        D.pattern("pure color"),  # CAP1: solid body with a border
        category="Sarees",
        color="Grey",
        title="Grey & Pink Cotton Blend Handloom Saree",
    ),
    # 043 Photo: model in a pink kurta with a green floral print, green trousers; face cropped at the chin; white
    # background.
    case(
        "MYN-ETH-140-043",
        caption("a woman in a pink floral kurta and green trousers"),  # BASE
        D.wearing(  # VQA: prompt leak to the limit
            "blouse. Question: What is the color of the blouse? Answer: pink. Question: What is the color of the "
            "pants?",
            "leak",
            hit_limit=True,
        ),
        D.color("pink"),  # BASE
        color_of("trousers", "pink", "other_garment_color", kind="open"),  # BASE: the kurta's color
        D.description("he is wearing a pink kurta with green flowers", "pronoun"),  # BASE
        D.pattern("floral"),  # BASE
        D.details(  # CAP3: loop
            "floral patterns, round neckline, medium sleeves, floral patterns, round neckline, medium sleeves, "
            "floral patterns, round neckline,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Ahalyaa Women Pink & Green Floral Printed Kurta with Trousers",
    ),
    # 044 Photo: model in a green asymmetric-hem kurti with a gold print, long sleeves, black leggings; white
    # background.
    case(
        "MYN-ETH-140-044",
        caption(  # CAP3: cut at 50 tokens
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),  # BASE
        D.wearing("green top and black leggings"),  # BASE
        D.garment_type("kurti"),  # BASE
        D.details("it's a picture", "non_answer"),  # BASE
        D.material("cotton, available in sizes S to XXL", "unsupported"),  # BASE
        D.sleeve_length(  # VQA: loop
            "long long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Green",
        title="Global Desi Women Green Printed Asymmetric Kurti",
    ),
]
