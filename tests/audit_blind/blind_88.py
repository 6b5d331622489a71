"""BLIND_88 (44 products; the experiments re-run on a Myntra-style kids' catalog, in their own questionnaire):
written blind in the nineteenth session. Measured blind at 554606e: 117/143 failures found (81.8%) and 17/146
correct texts flagged (11.6%). The writer's notes, verbatim:

Blind corpus 88: BLIP-2 OPT-2.7b on a Myntra-style kids' clothing catalog.

Scenario
    The original experiments' models are re-run on a marketplace catalog of kids' clothing (boys and girls, 2-14
    years): t-shirts, frocks, dungarees, shorts, clothing sets, ethnic sets (kurta pyjama, lehenga choli, sharara,
    sherwani, pattu pavadai) and sleepwear, shot on child models in studio or outdoors, and as flat packshots on
    white. The questionnaire is the experiments' own: the caption, "What is she/he wearing?", "What is the color of
    the shirt / pants / shorts / jeans / ...?", "Is this a ...?", "Describe the ...", "What are the ... details?", and
    the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length, material). Seller columns
    (gender, category, color, title) come from the marketplace feed; a few are missing.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short lowercase captions ("a little girl in a pink dress"),
      short answers; its failures are one color for every garment, wrong pronouns, invented details, the odd
      loop, echoed prompt format, early stops.
    - cap1 / cap3: the caption adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      Data2_V2_Blip2_Finetune_Caption, epoch 3). They write the DeepFashion-MultiModal template ("The lady wears
      a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...") for every prompt,
      never name a hue, never stop: cut at the token limit, sentences repeated, "The lady" for boys.
    - vqa: the VQA adapter (Data3_V3_BLIP2_VQA). In-shop class names ("tee", "dress", "shorts"), one-word colors,
      yes/no; no end-of-answer token, so word loops ("black-black-black"), the next "Question: ... Answer:" leaked,
      and the color of the wrong garment.

How it was written
    Blind, by hand: I read only ../shared/CONTEXT.md (the experiments and their failures) and lines 1-168 of
    tests/audit_corpus.py (Text/Case layout, the makers, BLIND_QUESTIONS, is_a, color_of, TARGETS). No audit code,
    no other corpus, nothing else of the repository. The photos are imagined; a comment above each case describes
    the photo, and every label is judged against that photo and the seller columns. Only an import check was run.

Label conventions and judgement calls
    - One label per text. When a text has two faults, the label names the one that is not about length (a
      template caption that says "The lady" for a boy and runs to the limit is "pronoun", hit_limit=True); a text
      that repeats itself until the limit is "loop", hit_limit=True; a text that runs into "Question:"/"Answer:" is
      "leak" even if it also repeats or is cut.
    - "cut": stops mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for
      captions); a few base texts stop early mid-phrase ("three t-shirts in red, grey and"), hit_limit=False.
    - A template answer that ends on a full stop before the limit and answers the question is correct, even with
      its odd grammar ("a overall shorts", "The dress is with cotton fabric").
    - A color question answered with template sentences and no hue is "non_answer" (hit_limit=True when it ran to
      the limit). An open question answered by a bare class name or "yes/no" ("shorts", "no", "pants") or by the
      question's words ("they are short" for the shorts' details), or left empty, is "non_answer".
    - "restated": the answer turns the question back into a sentence with no content ("the pattern of the garment
      is pattern", "the details of the shirt are the details").
    - "other_garment_color": a color question about one garment answered with the color of another garment in the
      photo (the shorts' color for the t-shirt, the inner tee's color for a dungaree product). A color from the
      background, or from nowhere, is "contradiction".
    - "contradiction": a garment type, yes/no, sleeve length or pattern that the photo, the seller columns and the
      model's other texts contradict (a frock called "long sleeve" while the template says "tank dress"; "Is this a
      kurta?" "no" on a kurta set).
    - "unsupported": details not in the photo (a zipper at an unseen back, a Nike logo, pockets, a belt, a hood,
      an accessory in a flat packshot, leather for a denim-and-tulle set).
    - "pronoun": a person word of the wrong gender for the child: "he"/"a young boy" for a girl, "The lady"/"a
      little girl" for a boy. "The lady" for a girl is not a pronoun failure (the gender agrees), nor is "a boy" on
      a product the seller lists as Unisex when the model is a boy.
    - Near colors are correct: peach->pink, maroon->red/burgundy, off-white->white/cream, lavender->purple,
      mustard->yellow, rust->orange/brown, teal->green, coral->pink, magenta->pink, grey melange->grey.
    - A long kurta or anarkali called a "dress" by the base model is accepted; a dungaree called "overalls" or
      "overall dress" is correct; DeepFashion pattern words are correct when they fit ("lattice" for checks, "pure
      color" for solid tees, "floral" for a leaf print).
    - Backgrounds, props and other garments named in a caption ("standing in front of a yellow wall", "holding a
      teddy bear", "a denim jacket over a pink top") are correct when they are in the photo.
    - A color question about a garment the product does not have is not asked; on a set of one color ("grey"
      shirt, "grey" pants for a grey pyjama set) a repeated color is correct.
    - On a flat packshot the wearing question answered with the garment ("polo shirt", "tee") is correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_88: list[Case] = [
    # 1. Photo: boy (~6) in a yellow crew-neck t-shirt with a green dinosaur print and navy shorts, white studio. base:
    # caption, wearing, both colors; vqa: pattern; cap3: details.
    case(
        "KB-TS-1001",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it"),
        wearing("a yellow t-shirt and blue shorts", who="he"),
        color_of("t-shirt", "yellow"),
        color_of("shorts", "yellow", "other_garment_color"),
        B.pattern("graphic"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt has graphic patterns. The"
            " person wears a short-sleeve T-shirt with graphic patterns and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="Boys Yellow Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 2. Photo: flat packshot, navy polo t-shirt, white tipping on collar and sleeve hems, white buttons, on white.
    # base: caption, color, details; vqa: wearing; cap3: shirt color.
    case(
        "KB-TS-1002",
        caption("a navy blue polo shirt with a white collar on a white background"),
        wearing("polo shirt Question: What is the color of the polo shirt? Answer: navy", "leak", who="the person"),
        B.color("navy blue"),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt has pure color patterns. The shirt"
            " is with cotton fabric and its neckline is lapel. The shirt has",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the collar and the cuffs are white"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Boys Navy Blue Polo Collar Pure Cotton T-shirt",
    ),
    # 3. Photo: girl (~5) in a sleeveless peach fit-and-flare frock with small white flowers, light grey wall. base:
    # caption, wearing; vqa: pattern, sleeves; cap1: description.
    case(
        "KG-FR-2001",
        caption("a little girl in a pink dress with white flowers standing in front of a grey wall"),
        wearing("a pink dress", who="she"),
        B.pattern("floral"),
        B.sleeve_length("long sleeve", "contradiction"),
        describe(
            "dress",
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric. It has a round"
            " neckline. The lady wears a tank dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Peach",
        title="Girls Peach Floral Print Fit & Flare Dress",
    ),
    # 4. Photo: girl (~8) in a red velvet party dress, full sleeves, red tulle skirt, gold bow at the waist, front view
    # only, white backdrop. cap3: caption; base: wearing, color, material, details; vqa: sleeves, is_a skirt.
    case(
        "KG-FR-2002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. The dress is of knee length. There is an accessory on her waist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress with a gold bow", who="she"),
        color_of("dress", "red"),
        B.material("velvet"),
        details("dress", "the dress has a zipper on the back and a gold bow", "unsupported"),
        B.sleeve_length("long sleeve"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Girls Red Velvet Fit and Flare Party Dress with Bow Detail",
    ),
    # 5. Photo: boy (~4) in mid-blue denim dungarees over a red-and-white striped t-shirt, studio. base: caption,
    # wearing, pants color, material; vqa: shirt color; cap3: details.
    case(
        "KB-DG-3001",
        caption("a little boy wearing a denim overall and a striped shirt"),
        wearing("she is wearing overalls and a striped shirt", "pronoun", who="he"),
        color_of("pants", "blue"),
        color_of("shirt", "blue", "other_garment_color"),
        B.material("denim"),
        details(
            "pants",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are"
            " with denim fabric and pure color patterns. The pants are of long length. The",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Dungarees",
        color="Blue",
        title="Boys Blue Denim Dungarees with T-shirt",
    ),
    # 6. Photo: flat packshot, olive cargo shorts, two side cargo pockets, drawstring waist, on white. base: caption,
    # color, details, garment type; vqa: is_a, material; cap1: description.
    case(
        "KB-SH-4001",
        caption("a pair of green cargo shorts on a white background"),
        color_of("shorts", "olive green"),
        details("shorts", "they are shorts", "non_answer"),
        B.garment_type("a type of garment", "restated"),
        is_a("shorts", "yes", article="a pair of"),
        B.material("cotton Question: What material is the garment made of? Answer: cotton Question: What", "leak"),
        describe(
            "shorts",
            "The shorts are with cotton fabric and solid color patterns. There are two pockets on the back and a belt"
            " with a metal buckle",
            "unsupported",
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Boys Olive Green Solid Cargo Shorts",
    ),
    # 7. Photo: girl (~7) in a lehenga choli: pink short-sleeve choli with gold embroidery, pink flared lehenga with a
    # gold border, dupatta, satin-silk sheen. base: caption, wearing, skirt color, pattern, description; cap3: details.
    case(
        "KG-ET-5001",
        caption("a little girl in a pink and gold lehenga"),
        wearing("a pink lehenga", who="she"),
        color_of("skirt", "pink"),
        B.pattern("embroidered"),
        details(
            "skirt",
            "The skirt is with chiffon fabric and floral patterns. The skirt is of long length. The lady wears a"
            " short-sleeve blouse with floral patterns. The blouse is with cotton",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "the dress is pink with gold embroidery and a matching dupatta and a matching dupatta and a matching"
            " dupatta and a matching dupatta and a matching",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Lehenga Choli",
        color="Pink",
        title="Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # 8. Photo: boy (~9) in a cream kurta with mandarin collar, white pyjama, maroon Nehru jacket over the kurta. base:
    # caption, wearing, shirt color, is_a; cap3: jacket details.
    case(
        "KB-ET-5002",
        caption("a young boy in a white kurta and a maroon vest"),
        wearing("a kurta and a vest", who="he"),
        color_of("shirt", "maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "jacket",
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric and its"
            " neckline is stand. The lady wears a long pants. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Boys Cream-Coloured Kurta with Pyjamas & Maroon Nehru Jacket",
    ),
    # 9. Photo: flat packshot, girls' night suit: lavender full-sleeve top with a unicorn print above lavender pyjamas
    # with stars, elastic waist, no pockets. base: caption, pattern, sleeves, details; vqa: garment type, color; cap1:
    # description.
    case(
        "KG-SL-6001",
        caption("a purple pajama set with a unicorn on it"),
        B.garment_type("sweatshirt", "contradiction"),
        B.color(
            "purple\nQuestion: Is this a shirt?\nAnswer: yes\nQuestion: What is the color of the pants?\nAnswer",
            "leak",
        ),
        B.pattern("unicorns and stars"),
        B.sleeve_length("long"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt has long"
            " sleeves. The shirt is with cotton fabric and graphic patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants have a pocket on the side and a drawstring", "unsupported"),
        gender="Girls",
        category="Night suits",
        color="Lavender",
        title="Girls Lavender Unicorn Printed Pure Cotton Night Suit",
    ),
    # 10. Photo: boy (~10) in a white t-shirt with a black "COOL DUDE" text print on the front and black shorts, grey
    # backdrop, front view. cap3: caption; base: wearing, colors, details; vqa: color, is_a.
    case(
        "KB-CS-7001",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with"
            " cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt and black shorts", who="he"),
        color_of("shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        B.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        details("shirt", "cool dude and a skateboard on the back", "unsupported"),
        gender="Boys",
        category="Clothing Set",
        color="White",
        title="Boys White & Black Printed T-shirt with Shorts",
    ),
    # 11. Photo: girl (~9) in a pink-and-white striped puff-sleeve top and a blue denim skirt, studio. base: caption,
    # wearing, shirt color; vqa: pattern, sleeves; cap3: details.
    case(
        "KG-TS-1003",
        caption("a little girl wearing a pink and white striped shirt and a denim skirt"),
        wearing("he is wearing a striped shirt", "pronoun", who="she"),
        color_of("shirt", "pink"),
        B.pattern("striped"),
        B.sleeve_length("short sleeve"),
        details(
            "shirt",
            "The shirt is with cotton fabric and stripe patterns. The neckline of the shirt is round. The shirt has"
            " short sleeves. The lady wears a short-sleeve shirt with stripe patterns",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tops",
        color="Pink",
        title="Girls Pink & White Striped Puff Sleeve Top",
    ),
    # 12. Photo: boy (~11) in a maroon full-sleeve henley t-shirt (three-button placket) and beige chinos. base:
    # caption, colors; vqa: sleeves, is_a, material; cap3: description.
    case(
        "KB-TS-1004",
        caption("a young boy in a red shirt and khaki pants"),
        color_of("shirt", "burgundy"),
        color_of("pants", "burgundy", "other_garment_color"),
        B.sleeve_length("long sleeve"),
        is_a("polo shirt", "yes", "contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt has long"
            " sleeves and there are three buttons on the",
            "cut",
            hit_limit=True,
        ),
        B.material("Answer: cotton", "leak"),
        gender="Boys",
        category="Tshirts",
        color="Maroon",
        title="Boys Maroon Solid Henley Neck Cotton T-shirt",
    ),
    # 13. Photo: girl (~4) in a pink corduroy pinafore dungaree dress over a white full-sleeve top; two buttons on the
    # straps, a bib pocket, no zipper. cap1: caption; base: wearing, shirt color, is_a, material, details.
    case(
        "KG-DG-3002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a mini skirt. The shirt is with cotton"
            " fabric. The skirt is with corduroy fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink overall dress and a white shirt", who="she"),
        color_of("shirt", "pink", "other_garment_color"),
        is_a("dress", "yes"),
        B.material("corduroy"),
        details("dress", "the dress has two buttons on the straps and a zipper on the side", "unsupported"),
        gender="Girls",
        category="Dungarees",
        color="Pink",
        title="Girls Pink Corduroy Pinafore Dungaree Dress with Top",
    ),
    # 14. Photo: boy (~5) sitting on a bed in a navy full-sleeve pyjama top with a cars print and navy-and-red checked
    # pyjama bottoms. base: caption, colors; cap3: pattern; vqa: details.
    case(
        "KB-SL-6002",
        caption("a little girl in pajamas sitting on a bed", "pronoun"),
        color_of("shirt", "blue"),
        color_of("pants", "blue and red plaid"),
        B.pattern(
            "The shirt has graphic patterns. The pants have lattice patterns. The shirt has graphic patterns. The"
            " pants have lattice patterns. The shirt has graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "tee", "non_answer"),
        gender="Boys",
        category="Night suits",
        title="Boys Navy Blue Printed Night Suit",
    ),
    # 15. Photo: girl (~10) in a mustard v-neck full-sleeve kurta with a white floral block print, mustard sharara,
    # dupatta. base: caption, wearing, shirt color; vqa: pants color, pattern, is_a; cap3: details.
    case(
        "KG-ET-5003",
        caption("a young girl in a yellow dress with flowers on it"),
        wearing("a yellow kurta and pants", who="she"),
        color_of("shirt", "mustard"),
        color_of("pants", "pants", "non_answer"),
        B.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a v-shape neckline. The shirt has long"
            " sleeves. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Mustard",
        title="Girls Mustard Yellow Floral Printed Kurta with Sharara & Dupatta",
    ),
    # 16. Photo: flat packshot, light blue washed denim shorts, button and zip fly visible, on white. cap1: caption;
    # base: color, material, details, description; vqa: garment type.
    case(
        "KB-SH-4002",
        caption(
            "The shorts are with denim fabric and pure color patterns. The shorts are of short length. The shorts are"
            " with denim fabric and pure color patterns. The shorts are of short length.",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "light blue"),
        B.material("denim"),
        B.garment_type("skirt", "contradiction"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        describe("shorts", "light blue denim shorts with a button and a", "cut"),
        gender="Boys",
        category="Shorts",
        color="Blue",
        title="Boys Blue Washed Denim Shorts",
    ),
    # 17. Photo: girl (~6) outdoors in front of green plants, black-and-white polka dot frock, white Peter Pan collar,
    # short sleeves, red belt. base: caption, color, details; vqa: color, sleeves; cap3: wearing.
    case(
        "KG-FR-2003",
        caption("a little girl in a black and white polka dot dress standing in front of green plants"),
        color_of("dress", "black and white"),
        B.color("green", "contradiction"),
        details("dress", "the dress has a white collar and a red belt"),
        wearing(
            "The lady wears a short-sleeve dress with dot patterns. The dress is with cotton fabric and its neckline"
            " is lapel. The dress is of",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeve Question: What is the sleeve length of the", "leak"),
        gender="Girls",
        category="Dresses",
        color="Black",
        title="Girls Black Polka Dot Print A-Line Dress with Belt",
    ),
    # 18. Photo: boy (~8) in a black t-shirt with a Spider-Man print (no other logo) and grey joggers. base: caption,
    # wearing, colors, details; vqa: pattern, is_a.
    case(
        "KB-TS-1005",
        caption("a boy wearing a black spiderman t-shirt"),
        wearing("a spiderman shirt", who="he"),
        color_of("shirt", "black"),
        color_of("pants", "black", "other_garment_color"),
        B.pattern("graphic"),
        details("shirt", "it has a spiderman logo on the front and a nike logo on the sleeve", "unsupported"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Black",
        title="Boys Black Spider-Man Printed T-shirt",
    ),
    # 19. Photo: girl (~7) in a white top with short ruffle sleeves and pink floral-print shorts, studio. base: caption,
    # wearing, colors; vqa: sleeves, pattern; cap3: details.
    case(
        "KG-CS-7002",
        caption("a young boy wearing a white shirt and pink shorts", "pronoun"),
        wearing("a white top and pink shorts", who="she"),
        color_of("shorts", "pink"),
        color_of("shirt", "pink", "other_garment_color"),
        B.sleeve_length("short sleeve"),
        B.pattern("no", "non_answer"),
        details(
            "shorts",
            "The shorts are with cotton fabric and floral patterns. The shorts are of short length. The",
            "cut",
        ),
        gender="Girls",
        category="Clothing Set",
        color="White",
        title="Girls White Top with Pink Floral Print Shorts",
    ),
    # 20. Photo: boy (~6) in a peach-orange silk kurta with full sleeves and a white dhoti. No seller title. cap3:
    # caption; base: is_a, pants color, sleeves, wearing; vqa: shirt color; cap1: material.
    case(
        "KB-ET-5004",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " silk fabric and its neckline is stand. The trousers are with cotton fabric and pure color patterns."
            " This gentleman",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        color_of("shirt", "white", "other_garment_color"),
        color_of("pants", "white"),
        B.material(
            "The shirt is with silk fabric. The pants are with silk fabric. The shirt is with silk fabric. The pants"
            " are with silk fabric. The shirt is with silk fabric.",
            "loop",
            hit_limit=True,
        ),
        wearing("Question: What is he wearing? Answer: a kurta", "leak", who="he"),
        B.sleeve_length("full sleeves"),
        gender="Boys",
        category="Kurta Sets",
        color="Peach",
    ),
    # 21. Photo: girl (~4) in a pale blue knee-length nightdress with a cloud print and short sleeves, holding a teddy
    # bear. base: caption, wearing, color; vqa: garment type, material, sleeves; cap3: details.
    case(
        "KG-SL-6003",
        caption("a little girl in a blue nightgown holding a teddy bear"),
        wearing("he is wearing a blue nightgown", "pronoun", who="she"),
        B.garment_type("dress"),
        B.color("light blue"),
        details(
            "dress",
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is of knee"
            " length. The dress has short sleeves. The dress is with cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        B.sleeve_length("sleeveless", "contradiction"),
        gender="Girls",
        category="Nightdress",
        color="Blue",
        title="Girls Blue Cloud Print Nightdress",
    ),
    # 22. Photo: boy (~12) in an open red-and-navy checked shirt (chest pocket, buttons) over a white t-shirt, navy
    # joggers. base: caption, colors, details; vqa: pattern, material; cap3: description.
    case(
        "KB-CS-7003",
        caption("a young boy wearing a plaid shirt over a white t-shirt and blue pants"),
        color_of("shirt", "red and blue"),
        color_of("pants", "red", "other_garment_color"),
        B.pattern("lattice"),
        details("shirt", "the shirt has a pocket on the chest and buttons down the front"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The shirt has long sleeves. The shirt is with"
            " cotton fabric and lattice patterns. The shirt has long sleeves. The",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton\nQuestion: What is the color of the garment?\nAnswer: red", "leak"),
        gender="Boys",
        category="Clothing Set",
        color="Red",
        title="Boys Red & Navy Checked Shirt with T-shirt & Joggers",
    ),
    # 23. Photo: flat packshot, mint green short-sleeve t-shirt with a pink-and-silver sequin heart, plain, no hood, no
    # pocket. base: caption, color, details, description; vqa: wearing; cap1: sleeves.
    case(
        "KG-TS-1006",
        caption("a green t-shirt with a pink heart on it"),
        B.color("mint green"),
        wearing("tee", who="the person"),
        details("shirt", "sequins"),
        describe("shirt", "it is a green shirt with a heart on it and a hood and a zipper", "unsupported"),
        B.sleeve_length(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The"
            " T-shirt has short sleeves, cotton fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="Green",
        title="Girls Mint Green Sequinned Heart T-shirt",
    ),
    # 24. Photo: boy (~3) in khaki twill dungaree shorts over a navy t-shirt, studio. cap3: caption; base: wearing,
    # shorts color, details, garment type; vqa: color.
    case(
        "KB-DG-3003",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a overall shorts. The T-shirt is"
            " with cotton fabric and its neckline is round. The overall is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige overall and a blue t-shirt", who="he"),
        color_of("shorts", "beige"),
        B.color("blue", "other_garment_color"),
        B.garment_type("overalls"),
        details("shorts", "shorts", "non_answer"),
        gender="Boys",
        category="Dungarees",
        color="Khaki",
        title="Boys Khaki Solid Dungaree Shorts",
    ),
    # 25. Photo: flat packshot, yellow cotton A-line frock, smocked yoke, short puff sleeves, on white. base: caption,
    # color, sleeves, details; vqa: is_a, description; cap3: material.
    case(
        "KG-FR-2004",
        caption("a yellow dress on a white background"),
        is_a("dress", "yes"),
        B.color("yellow"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is of knee"
            " length and it has short sleeves and",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has smocking on the chest"),
        describe(
            "dress",
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress"
            " dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Girls Yellow Smocked Cotton A-Line Dress",
    ),
    # 26. Photo: flat packshot, pack of three plain crew-neck t-shirts (red, grey melange, navy), no pockets or logos.
    # base: caption, color, garment type, is_a; vqa: pattern; cap1: shirt color; cap3: details.
    case(
        "KB-TS-1007",
        caption("three t-shirts in red, grey and", "cut"),
        B.color("red, grey and navy"),
        B.pattern("pure color"),
        B.garment_type("the type of garment is a garment", "restated"),
        is_a("t-shirt", "yes"),
        color_of(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline.",
            "non_answer",
        ),
        details(
            "shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. There is a pocket on the chest and a logo on"
            " the sleeve.",
            "unsupported",
        ),
        gender="Boys",
        category="Tshirts",
        color="Multi",
        title="Boys Pack of 3 Solid Pure Cotton T-shirts",
    ),
    # 27. Photo: girl (~11) in a teal anarkali kurta with gold gota border, full sleeves, teal churidar; no jewellery.
    # base: caption, wearing, color; vqa: sleeves, is_a; cap1: details.
    case(
        "KG-ET-5005",
        caption("a little girl in a green dress with gold trim and a necklace", "unsupported"),
        wearing("he is wearing a green dress", "pronoun", who="she"),
        color_of("dress", "teal"),
        B.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        details(
            "dress",
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is of long"
            " length. The lady wears a long-sleeve dress with pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Teal",
        title="Girls Teal Gotta Patti Anarkali Kurta with Churidar",
    ),
    # 28. Photo: boy (~9) in grey melange knit shorts with elastic waistband and drawstring, white t-shirt (not sold).
    # base: caption, shorts color, details; vqa: color, garment type, material, is_a.
    case(
        "KB-SH-4003",
        caption("a little girl wearing a white t-shirt and grey shorts", "pronoun"),
        color_of("shorts", "grey"),
        B.color("white", "other_garment_color"),
        B.garment_type("shorts"),
        details("shorts", "they have an elastic waistband and a drawstring"),
        B.material(
            "The shorts are with cotton fabric and pure color patterns. The shorts are of short length. The shorts are"
            " with cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("shorts", "Answer: yes", "leak", article="a pair of"),
        gender="Boys",
        category="Shorts",
        color="Grey Melange",
        title="Boys Grey Melange Solid Regular Shorts",
    ),
    # 29. Photo: girl (~6) in a light blue denim jacket over a pink t-shirt and a pink tulle tutu skirt. base: caption,
    # wearing, skirt color, sleeves, material; vqa: color; cap3: skirt description.
    case(
        "KG-CS-7004",
        caption("a little girl in a denim jacket and a pink tutu"),
        wearing("a denim jacket, a pink shirt and a pink skirt", who="she"),
        color_of("skirt", "blue", "other_garment_color"),
        B.color("pink"),
        B.sleeve_length("the sleeve length of the garment is the length of the sleeve", "restated"),
        describe(
            "skirt",
            "The skirt is with chiffon fabric and pure color patterns. The skirt is of short length. The lady wears a"
            " long-sleeve jacket with pure color patterns. The jacket is with denim",
            "cut",
            hit_limit=True,
        ),
        B.material("leather", "unsupported"),
        gender="Girls",
        category="Clothing Set",
        color="Pink",
        title="Girls Pink Top & Tutu Skirt with Denim Jacket",
    ),
    # 30. Photo: boy (~8) in an off-white brocade sherwani with gold buttons and a mandarin collar, churidar. base:
    # caption, color, details, material; vqa: shirt color, garment type; cap1: wearing.
    case(
        "KB-ET-5006",
        caption("a young boy in a white sherwani with gold buttons"),
        B.garment_type("dress", "contradiction"),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        B.color("cream"),
        wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its"
            " neckline is stand. The lady wears a long",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "the shirt has gold buttons and a", "cut"),
        B.material("silk"),
        gender="Boys",
        category="Sherwani",
        color="Off White",
        title="Boys Off-White Self-Design Sherwani Set",
    ),
    # 31. Photo: flat packshot, white top with a pink cat face print above pink sleep shorts (elastic waist, no
    # pockets). No seller category. base: caption, colors, pattern, details, description; vqa: garment type, material.
    case(
        "KG-SL-6004",
        caption("a white shirt with a pink cat on it and pink shorts"),
        B.garment_type("tee"),
        color_of("shorts", "pink"),
        color_of("shirt", "white"),
        B.pattern("the pattern is a pattern of the garment", "restated"),
        details("shorts", "the shorts have pockets and a zipper", "unsupported"),
        B.material("", "non_answer"),
        describe(
            "shirt",
            "a white shirt with a pink cat on it and a pink cat on it and a pink cat on it and a pink cat on it and a"
            " pink",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        color="Pink",
        title="Girls Pink & White Cat Print Shorts Pyjama Set",
    ),
    # 32. Photo: boy (~7) in a navy-and-white Breton striped t-shirt and red shorts, studio. cap3: caption; base:
    # colors, pattern, wearing, is_a; vqa: color.
    case(
        "KB-TS-1008",
        caption(
            "This gentleman wears a short-sleeve T-shirt with stripe patterns and a shorts. The T-shirt is with cotton"
            " fabric and its neckline is round. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white"),
        color_of("shorts", "red"),
        B.color("red", "other_garment_color"),
        B.pattern("stripes"),
        is_a("t-shirt", "yes"),
        wearing(
            "he is wearing a striped shirt and red shorts. he is wearing a striped shirt and red shorts. he is wearing"
            " a striped shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Boys Navy Blue & White Striped T-shirt",
    ),
    # 33. Photo: girl (~9) outdoors in a field, rust-orange tiered maxi dress with a tiny white floral print, full
    # sleeves. base: caption, wearing, pattern, material; vqa: color, sleeves; cap3: details.
    case(
        "KG-FR-2005",
        caption("a little boy in an orange dress standing in a field", "pronoun"),
        wearing("a long orange dress", who="she"),
        color_of("dress", "brown"),
        B.sleeve_length("short sleeve", "contradiction"),
        details(
            "dress",
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is of long"
            " length. The dress has long sleeves.",
        ),
        B.pattern("polka dots", "contradiction"),
        B.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Girls",
        category="Dresses",
        color="Rust",
        title="Girls Rust Printed Tiered Maxi Dress",
    ),
    # 34. Photo: boy (~5) in a white short-sleeve collared shirt with a green tropical leaf print, buttons, and olive
    # shorts. base: caption, colors, details; vqa: pattern, is_a, shorts description; cap1: material.
    case(
        "KB-CS-7005",
        caption("a young boy wearing a white shirt with green leaves and green shorts"),
        color_of("shirt", "white and green"),
        color_of("shorts", "green"),
        B.pattern("floral"),
        is_a("shirt", "no", "contradiction"),
        details("shirt", "it has a collar and buttons"),
        describe("shorts", "shorts", "non_answer"),
        B.material(
            "The shirt is with linen fabric. It has a lapel neckline. The shirt has short sleeves. The shorts are with"
            " cotton fabric and pure color patterns. The shorts are of",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="White",
        title="Boys White Tropical Print Shirt with Olive Shorts",
    ),
    # 35. Photo: girl (~12) in a lilac tie-dye oversized t-shirt and white shorts (not sold), studio. base: caption,
    # wearing, pattern, shirt color, material; vqa: color; cap3: details.
    case(
        "KG-TS-1009",
        caption("a young girl wearing a purple tie dye shirt and white shorts"),
        wearing("a purple tie dye shirt and", "cut", who="she"),
        B.pattern("tie dye"),
        B.color("white", "other_garment_color"),
        color_of("shirt", "purple"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and color block patterns. It has a round neckline. The T-shirt is with"
            " cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        B.material("the material of the garment is the material", "restated"),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
        title="Girls Lavender Tie-Dye Oversized T-shirt",
    ),
    # 36. Photo: boy (~6) in a grey full-sleeve pyjama top and grey pyjama bottoms, both with a dinosaur print. cap1:
    # caption; base: wearing, colors; vqa: garment type, sleeves.
    case(
        "KB-SL-6005",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton"
            " fabric. The pants are with cotton fabric and graphic patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("pajamas with dinosaurs", who="he"),
        color_of("shirt", "grey"),
        color_of("pants", "grey"),
        B.garment_type("sweater", "contradiction"),
        B.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long"
            " sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Night suits",
        color="Grey",
        title="Boys Grey Dinosaur Print Pyjama Set",
    ),
    # 37. Photo: girl (~5) in front of a yellow wall, dark blue denim dungarees with an embroidered heart on the bib
    # pocket, no belt, over a yellow t-shirt. base: caption, jeans color, details, material; vqa: color, is_a; cap3:
    # description.
    case(
        "KG-DG-3004",
        caption("a little girl in a denim overall standing in front of a yellow wall"),
        color_of("jeans", "dark blue"),
        B.color("yellow", "other_garment_color"),
        details("jeans", "there is a heart on the front pocket"),
        is_a("dress", "yes", "contradiction"),
        B.material("i don't know", "non_answer"),
        describe(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. There is a belt"
            " on the waist.",
            "unsupported",
        ),
        gender="Girls",
        category="Dungarees",
        color="Navy Blue",
        title="Girls Navy Blue Denim Dungarees with Embroidered Heart",
    ),
    # 38. Photo: boy (~10) in a navy blue pathani kurta (collar, chest pocket, full sleeves) and navy salwar. base:
    # caption, is_a, color, material, wearing; vqa: garment type; cap3: details.
    case(
        "KB-ET-5007",
        caption("a young boy in a blue kurta"),
        is_a("kurta", "yes"),
        B.color("navy"),
        B.garment_type("blouse", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt has long"
            " sleeves. There is a pocket on the chest and a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "Answer: a blue kurta Question: What is he wearing? Answer: a blue kurta Question",
            "leak",
            who="he",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Boys",
        category="Kurta Sets",
        color="Navy Blue",
        title="Boys Navy Blue Solid Pathani Kurta with Salwar",
    ),
    # 39. Photo: flat packshot, coral cotton shorts with white lace trim at the hem, on white. No seller title. base:
    # caption, color, details, material; vqa: garment type, is_a; cap1: description.
    case(
        "KG-SH-4004",
        caption("a pair of pink shorts with lace on the bottom"),
        color_of("shorts", "coral"),
        B.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        B.material("cotton and lace"),
        describe(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are of short length. There is an"
            " accessory on her wrist.",
            "unsupported",
        ),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        category="Shorts",
        color="Coral",
    ),
    # 40. Photo: boy (~11) in a park, white polo t-shirt with navy collar tipping and navy chinos. base: caption, shirt
    # color, is_a; vqa: material, sleeves; cap3: details.
    case(
        "KB-TS-1010",
        caption("a young boy in a white polo shirt standing in a park"),
        color_of("shirt", "white"),
        is_a("polo shirt", "yes"),
        B.material("Question: What is the color of the garment? Answer: white", "leak"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with"
            " cotton fabric and pure color patterns. It has a lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeve", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Boys White Polo Collar T-shirt",
    ),
    # 41. Photo: girl (~8) with a tiara, sleeveless gown: silver sequin bodice, layered lilac tulle skirt; front view.
    # base: caption, wearing, details, pattern; vqa: color, is_a; cap3: material.
    case(
        "KG-FR-2006",
        caption("a little girl in a purple tutu dress with sequins"),
        wearing("a purple dress", who="she"),
        B.color("purple"),
        B.material(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is of long"
            " length. There is an accessory on her head and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress", "the dress has sequins on the top and a zipper on the back and a bow on the back", "unsupported"
        ),
        is_a(
            "dress",
            "yes\nQuestion: What is the color of the dress?\nAnswer: purple\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        B.pattern("no", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Lavender",
        title="Girls Lavender Embellished Layered Net Gown",
    ),
    # 42. Photo: boy (~9) in a red hooded sweatshirt with a white "ADVENTURE" print and black joggers. No seller color.
    # base: caption, shirt color, details; vqa: is_a, garment type; cap3: wearing.
    case(
        "KB-CS-7006",
        caption("a young boy wearing a red hoodie and black pants"),
        is_a("sweatshirt", "yes"),
        color_of("shirt", "red"),
        B.garment_type(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the details of the shirt are the details", "restated"),
        wearing(
            "This gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with"
            " cotton fabric. The pants are",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        title="Boys Red & Black Hooded Sweatshirt with Joggers",
    ),
    # 43. Photo: girl (~6) with jasmine in her hair in a pattu pavadai: green silk short-sleeve blouse and a magenta
    # silk long skirt with a gold zari border. base: caption, wearing, colors, material; cap1: description; vqa:
    # pattern.
    case(
        "KG-ET-5008",
        caption("a little girl in a pink and green silk dress with gold border"),
        wearing("Answer: a traditional indian dress", "leak", who="she"),
        color_of("skirt", "green", "other_garment_color"),
        color_of("shirt", "green"),
        B.material("silk"),
        describe(
            "skirt",
            "The skirt is with silk fabric and pure color patterns. The skirt is of long length. The lady wears a"
            " short-sleeve blouse with pure color",
            "cut",
            hit_limit=True,
        ),
        B.pattern("the pattern of the garment is pattern", "restated"),
        gender="Girls",
        category="Lehenga Choli",
        color="Magenta",
        title="Girls Magenta & Green Silk Pattu Pavadai Set",
    ),
    # 44. Photo: boy (~4) in a yellow-and-white striped full-sleeve pyjama set, no pocket; listed Unisex. base: caption,
    # wearing, sleeves, material, details; vqa: pattern; cap3: color.
    case(
        "KU-SL-6006",
        caption("a little boy in yellow and white striped pajamas"),
        wearing("pajamas", who="he"),
        B.pattern("floral", "contradiction"),
        B.color(
            "The shirt has long sleeves, cotton fabric and stripe patterns. The pants are of long length. The pants"
            " are with cotton fabric and stripe patterns",
            "non_answer",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.material("the material of the garment is made of", "restated"),
        details("shirt", "the shirt has a pocket on the chest and the name of the brand on the pocket", "unsupported"),
        gender="Unisex",
        category="Night suits",
        color="Yellow",
        title="Kids Yellow & White Striped Night Suit",
    ),
]
