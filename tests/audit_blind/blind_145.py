"""BLIND_145 (44 products; the experiments re-run on a Myntra-style catalog of kids' wear, with is_a and color_of
questions): written blind in the twenty-first session. Measured blind at 424a701: 123/140 failures found (87.9%) and
13/146 correct texts flagged (8.9%). The writer's notes, verbatim:

Blind corpus 145: BLIP-2 OPT-2.7b on a Myntra-style kids' wear catalog.

Scenario
    The original experiments' models re-run on a kids' wear catalog (boys and girls, infants to teens): t-shirts,
    shirts, frocks, dresses, jeans, shorts, ethnic sets (kurta sets, lehenga choli), jackets, sweaters and night
    suits, photographed on child models, on hangers and as flat packshots. Each product has a caption and the
    answers to enrich's default questionnaire (DEFAULT_QUESTIONS) or to the closed questions of BLIND_QUESTIONS,
    plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions. Seller columns
    come from the marketplace: gender (Boys, Girls, Unisex Kids), category (article type), color (base colour),
    title; some products lack some of them.

Who wrote which text (named again in the comment above each case)
    - BASE: the untuned Salesforce/blip2-opt-2.7b. Short captions ("a little boy wearing a blue t - shirt"),
      short open answers, and the closed answers (garment type, color, pattern, sleeve length, is_a), which the
      reference engine picks by ranking candidate answers. Its failures: one color for every garment, wrong
      pronoun, invented details, empty or restated answers, the background's color.
    - CAP1 / CAP3: the caption adapter, epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) and
      epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). They return the DeepFashion template for every
      prompt ("The upper clothing has short sleeves, cotton fabric and pure color patterns..."), never stop (no
      end-of-answer token trained) and are cut at the token limit or loop.
    - VQA: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Loops ("pink pink pink..."), continues the
      "Question: ... Answer:" format (prompt leaks), answers "yes" to garment questions it should deny.

How it was written
    Blind: only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, the questionnaires and TARGETS) were read. No audit code, other corpora, docs or history. Every
    text was imagined for the photo described in the comment above its case; the only code run was an import
    check of this module.

Label conventions and judgement calls
    - One label per text: the kind that best explains why the text is unusable. A loop that runs to the token
      limit is "loop" (hit_limit=True); a template answer that stops mid-phrase is "cut" even when it also
      carries a wrong detail; a leak that runs to the limit is "leak".
    - cut: hit_limit=True when the text stops at the limit (30 new tokens for answers, 50 for captions);
      a few stop mid-phrase before the limit (hit_limit=False).
    - Correct texts never hit the limit.
    - Near-color synonyms are correct: navy/dark blue/blue, mustard/yellow, maroon/red, olive/green,
      teal/green, peach/pink, off-white/cream/white, grey melange/grey, beige/khaki, lavender/purple,
      magenta/pink. For a "Multi" seller colour the dominant hue is correct.
    - The garment's color is the product's: the color of a layer under or over it, of the bottoms or top worn
      with it, is "other_garment_color"; a color question about the companion garment (pants, jeans) answered
      with the product's color (one color for every garment) is "other_garment_color" too. The background's
      color (wall, carpet, grass) given as the product's color is "contradiction" (the caption or the seller
      names the real one).
    - Backgrounds, walls, carpets, hangers named in a caption are correct when they are in the photo.
    - Adult nouns of the right sex for a child ("woman", "lady", "gentleman") are correct: the template only
      knows adults. A pronoun or noun of the other sex ("a baby boy" for a Girls frock, "she" for a Boys
      sweater) is "pronoun". For Unisex Kids either sex is correct.
    - A kurta called "shirt", a kurta set "outfit", a frock "dress", night suits "pajamas" are correct. A
      garment type of the layer underneath, or "dress" for a boy's kurta set, is "contradiction".
    - For packshots and hangers "What is the person wearing?" answered with the product ("a pair of jeans",
      "pajamas") is correct; an invented wearer ("a woman wearing jeans", "a man wearing a black jacket") is
      "unsupported"; "nothing" is "non_answer".
    - Invented parts (hood, belt, pocket, tie, turtleneck, ring on a finger out of frame, zipper on a kurta) and
      materials the photo rules out (leather puffer, silk t-shirt) are "unsupported" unless another text or
      seller column states the opposite, then "contradiction".
    - "they are short", "the jeans", "nothing", "no", "yes", "i don't know", "" are "non_answer"; answers made
      of the question's own words ("the details of the garment", "the jacket is the jacket") are "restated".
    - Material guesses the photo supports (cotton tee, denim jeans, knit/wool sweater, velvet, linen, net) are
      correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_145: list[Case] = [
    # 001 Boy (~8) in a navy polo t-shirt with white collar tipping and a small embroidered logo, beige shorts,
    # white studio. caption CAP3; wearing, garment_type, color BASE; description VQA; details BASE.
    case(
        "KW145-001",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki shorts"),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.description(
            "the shirt is navy blue with a white collar and a white collar and a white collar and a white collar "
            "and a white collar and a",
            "loop",
            hit_limit=True,
        ),
        D.details("a small logo on the chest"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Polo Collar T-shirt",
    ),
    # 002 Girl (~4) in a sleeveless pink floral fit-and-flare frock, white sandals, in front of a white wall.
    # caption BASE; closed answers BASE; color_of (open) VQA; material VQA.
    case(
        "KW145-002",
        caption("a little girl in a pink dress standing in front of a white wall"),
        B.garment_type("dress"),
        B.color("pink"),
        B.pattern("floral"),
        is_a("dress", "yes"),
        color_of(
            "dress",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material(
            "The dress is made of cotton fabric. The dress is made of cotton fabric. The dress is made of cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Frocks",
        color="Pink",
        title="Hopscotch Girls Pink Floral Print Fit and Flare Frock",
    ),
    # 003 Flat packshot of boys' blue slim fit jeans on white, no person, five pockets, no knee pockets.
    # caption CAP3; wearing, garment_type, color, description BASE; details CAP1; material VQA.
    case(
        "KW145-003",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns. The lower clothing is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of jeans"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description("blue jeans with a pocket on the knee", "unsupported"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The person wears a long pants. The pants "
            "are with denim fabric and solid color patterns. The person",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "denim Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="Gini and Jony Boys Blue Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 004 Girl (~7) in a yellow round-neck t-shirt with a multicolour unicorn print, blue denim shorts, grey
    # backdrop. caption, wearing, closed answers BASE (color "blue" is the shorts'); description VQA; details CAP3.
    case(
        "KW145-004",
        caption("a little girl wearing a yellow t - shirt with a unicorn on it"),
        D.wearing("a yellow shirt and blue shorts"),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description(
            "The T-shirt is yellow with a unicorn print. The T-shirt is yellow with a unicorn print. The T-shirt "
            "is yellow with a",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. "
            "The lower clothing is of short length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Girls",
        category="Tshirts",
        color="Yellow",
        title="YK Girls Yellow Graphic Printed Round Neck T-shirt",
    ),
    # 005 Boy (~10) in a long-sleeve red-and-white checked shirt, blue jeans. caption, wearing, closed answers
    # BASE (pattern "striped" is wrong: checked); description CAP3; details VQA; material CAP1.
    case(
        "KW145-005",
        caption("a young boy wearing a red and white checkered shirt"),
        D.wearing("a red and white plaid shirt and jeans"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.description(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "buttons on the front and a pocket on the chest and a pocket on the chest and a pocket on the chest "
            "and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Red",
        title="Allen Solly Junior Boys Red & White Regular Fit Checked Casual Shirt",
    ),
    # 006 Girl (~6) in a mustard kurta with gold print, three-quarter sleeves, white palazzos. caption, closed
    # answers BASE; is_a "pair of jeans" answered yes by VQA; material CAP1.
    case(
        "KW145-006",
        caption("a little girl in a yellow and white outfit"),
        B.garment_type("kurta"),
        B.color("yellow"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        B.material(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Mustard",
        title="Biba Girls Mustard Yellow & White Printed Kurta with Palazzos",
    ),
    # 007 Boy (~9) in an olive bomber jacket (ribbed collar, no hood) open over a white t-shirt, black joggers.
    # caption CAP3; wearing, closed answers, details BASE (color "white" is the t-shirt's); description,
    # material VQA.
    case(
        "KW145-007",
        caption(
            "The gentleman is wearing an outer clothing, with cotton fabric and pure color patterns. His tank top "
            "has short sleeves, cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, white t - shirt and black pants"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(
            "green Question: What is the color of the pants? Answer: black Question: What is the color of the t - "
            "shirt?",
            "leak",
            hit_limit=True,
        ),
        D.details("a zipper on the front and a hood", "unsupported"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jackets",
        color="Olive",
        title="H&M Kids Boys Olive Green Solid Bomber Jacket",
    ),
    # 008 Baby girl (~1) sitting on a cream rug in a red velvet dress with short puff sleeves and a bow at the
    # waist. caption, wearing, closed answers BASE (pattern "floral" is wrong: solid velvet); details VQA.
    case(
        "KW145-008",
        caption("a baby boy in a red dress sitting on a rug", "pronoun"),
        wearing("a red dress"),
        B.color("red"),
        B.pattern("floral", "contradiction"),
        B.material("velvet"),
        is_a("dress", "yes"),
        details(
            "dress",
            "a bow on the waist and a bow on the waist and a bow on the waist and a bow on the waist and a bow on the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Babyhug Girls Red Solid Velvet Party Dress with Bow",
    ),
    # 009 Flat packshot, folded: light blue t-shirt with a cartoon car print and navy pyjama pants, on white.
    # caption CAP1; wearing, garment_type, color, details BASE; description, material VQA.
    case(
        "KW145-009",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.garment_type("pajamas"),
        D.color("blue"),
        D.description(
            "the shirt is blue and the pants are blue and the shirt is blue and the pants are blue and the shirt "
            "is blue and the",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        D.material(
            "Answer: cotton Question: What is the color of the pajamas? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Night suits",
        color="Blue",
        title="Bodycare Kids Boys Blue & Navy Printed Night Suit",
    ),
    # 010 Waist-down shot of a girl (~11): light blue washed denim shorts with frayed hem, hem of a white top,
    # bare legs, no hands in frame. caption, wearing, color_of, material, is_a BASE; details VQA; description CAP3.
    case(
        "KW145-010",
        caption("a woman's legs in blue denim shorts"),
        wearing("shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        D.material("denim"),
        is_a("skirt", "no"),
        describe(
            "shorts",
            "The lower clothing is of short length. The fabric is denim and it has pure color patterns. The lady "
            "wears a ring on her finger.",
            "unsupported",
        ),
        gender="Girls",
        category="Shorts",
        color="Blue",
        title="Pepe Jeans Girls Light Blue Washed Denim Shorts",
    ),
    # 011 Boy (~5) in a cream kurta, white churidar and a maroon Nehru jacket on top. caption, wearing, closed
    # answers BASE (color "maroon" is the jacket's: the seller's base colour is the kurta's cream); description
    # CAP3; details VQA.
    case(
        "KW145-011",
        caption("a little girl in a traditional indian outfit", "pronoun"),
        D.wearing("a white kurta and a red vest"),
        D.garment_type("kurta"),
        D.color("maroon", "other_garment_color"),
        D.description(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "gentleman is wearing an outer clothing, with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The kurta has a mandarin collar and buttons on the front. Question: What are the details of the "
            "jacket? Answer: The",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Jaipur Kids Boys Cream Kurta with Churidar & Maroon Nehru Jacket",
    ),
    # 012 Girls' lavender cardigan with pearl buttons on a wooden hanger against a light wood wall, no person.
    # caption, closed answers, material BASE; description VQA; wearing CAP3 (stopped before the limit).
    case(
        "KW145-012",
        caption("a purple sweater hanging on a wooden wall"),
        B.garment_type("sweater"),
        B.color("purple"),
        B.material("wool"),
        is_a("cardigan", "yes"),
        describe(
            "cardigan",
            "a cardigan with buttons and a cardigan with buttons and a cardigan with buttons and a cardigan with "
            "buttons and a",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a V-shape "
            "neckline. The lady wears a",
            "cut",
        ),
        gender="Girls",
        category="Sweaters",
        color="Lavender",
        title="Marks & Spencer Girls Lavender Solid Cardigan",
    ),
    # 013 Boy (~13) in a black t-shirt with "GAME ON" in white, grey joggers. caption, wearing, color_of (open)
    # BASE (pants "black" is the t-shirt's color: they are grey); details VQA; description CAP1.
    case(
        "KW145-013",
        caption("a boy wearing a black t - shirt that says game on"),
        wearing("a black shirt with the words game on", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details(
            "shirt",
            "the shirt has a graphic print on the front of the shirt and the shirt has a graphic print on the "
            "front of the shirt and",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Black",
        title="Kook N Keech Kids Boys Black Typography Printed T-shirt",
    ),
    # 014 Girl (~8) in a teal lehenga choli with gold embroidered border, against a pink studio backdrop.
    # caption, closed answers, details BASE (color "pink" is the backdrop's); wearing VQA; material CAP3.
    case(
        "KW145-014",
        caption("a little girl in a green and gold dress standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.pattern("embroidered"),
        D.wearing(
            "a green dress with gold embroidery and a green dress with gold embroidery and a green dress with gold "
            "embroidery and a",
            "loop",
            hit_limit=True,
        ),
        D.details("gold sequins"),
        D.material(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is chiffon and",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Lehenga Choli",
        color="Teal",
        title="Aj Dezines Girls Teal Green & Gold-Toned Embroidered Ready to Wear Lehenga Choli with Dupatta",
    ),
    # 015 Boy (~6) in beige chino shorts (no belt), white t-shirt, white sneakers; seller title missing.
    # caption CAP3; wearing, color, details, material, description, is_a BASE; color_of (open) VQA.
    case(
        "KW145-015",
        caption(
            "The gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. His "
            "T-shirt has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
            "gentleman wears a pair of shoes. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and khaki shorts"),
        D.color("khaki"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.description("a pair of khaki shorts with a belt", "unsupported"),
        D.details("the shorts are shorts", "restated"),
        D.material("cotton"),
        is_a("pair of shorts", "yes"),
        gender="Boys",
        category="Shorts",
        color="Beige",
    ),
    # 016 Flat packshot of a baby girl's peach knitted pullover with a white bunny motif, on white.
    # caption, wearing, color BASE; description, material VQA; details CAP1.
    case(
        "KW145-016",
        caption("a pink sweater with a bunny on it"),
        D.wearing("a sweater"),
        D.color("pink"),
        D.description(
            "a sweater with a bunny on the front Question: What is the color of the sweater? Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The upper clothing has long sleeves, knitting fabric and graphic patterns. It has a round neckline. "
            "The lady wears a ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("knitted fabric"),
        gender="Girls",
        category="Sweaters",
        color="Peach",
        title="mothercare Girls Peach-Coloured Self Design Pullover",
    ),
    # 017 Girl (~9) in a white shirt with pink polka dots, short puff sleeves, blue jeans. caption, wearing,
    # closed answers BASE (sleeves "long" is wrong); description CAP3 (has the sleeves right); details VQA.
    case(
        "KW145-017",
        caption("a girl in a white shirt with pink polka dots and blue jeans"),
        D.wearing("he is wearing a white shirt and jeans", "pronoun"),
        D.color("white"),
        D.pattern("polka dot"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "Her shirt has short sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The lady "
            "wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Shirts",
        color="White",
        title="Tiny Girl Girls White & Pink Polka Dot Printed Regular Fit Shirt",
    ),
    # 018 Boy (~12) in a maroon V-neck sweater over a white shirt (collar showing), grey trousers.
    # caption, closed answers, color_of (open) BASE (type "shirt" and color "white" are the shirt underneath);
    # material VQA.
    case(
        "KW145-018",
        caption("a young boy wearing a red sweater and a white shirt"),
        B.color("red"),
        B.garment_type("shirt", "contradiction"),
        B.sleeve_length("long"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        B.material(
            "wool Question: What is the color of the sweater? Answer: maroon Question: What is the color of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        gender="Boys",
        category="Sweaters",
        color="Maroon",
        title="Cub McPaws Boys Maroon Solid V-Neck Sweater",
    ),
    # 019 Girl (~5) in a sleeveless navy-and-white striped A-line dress (no bow), standing on grass in a park.
    # caption, closed answers, details BASE (color "green" is the grass); description VQA; material CAP3.
    case(
        "KW145-019",
        caption("a little girl in a blue and white striped dress standing on the grass"),
        D.color("green", "contradiction"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The dress is striped. The dress is striped. The dress is striped. The dress is striped. The dress is "
            "striped. The dress",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a bow at the waist", "unsupported"),
        D.material(
            "The upper clothing has no sleeves, cotton fabric and striped patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Navy Blue",
        title="Nauti Nati Girls Navy Blue & White Striped A-Line Dress",
    ),
    # 020 Boy (~14) in black skinny jeans and a red hoodie. caption, closed answers, details, material BASE
    # (color "red" is the hoodie's); wearing VQA; description CAP1.
    case(
        "KW145-020",
        caption("a boy in a red hoodie and black jeans"),
        D.garment_type("jeans"),
        D.color("red", "other_garment_color"),
        D.wearing(
            "a red hoodie and black jeans and a red hoodie and black jeans and a red hoodie and black jeans and a "
            "red hoodie",
            "loop",
            hit_limit=True,
        ),
        D.details("the jeans have five pockets"),
        D.material("denim"),
        describe(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        color="Black",
        title="Pepe Jeans Boys Black Skinny Fit Stretchable Jeans",
    ),
    # 021 Flat packshot: girls' white night suit (t-shirt and shorts) with a pink heart print; title missing.
    # caption CAP3; wearing, closed answers, description BASE; details VQA.
    case(
        "KW145-021",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is cotton and it has graphic patterns. The lady wears a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        D.garment_type("pajamas"),
        D.color("white"),
        D.pattern("printed"),
        D.description("a white shirt with hearts"),
        D.details(
            "the hearts the hearts the hearts the hearts the hearts the hearts the hearts the hearts the hearts "
            "the hearts",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Night suits",
        color="White",
    ),
    # 022 Baby boy (3-6 months) lying on a white blanket in a sky-blue t-shirt with a yellow duck print.
    # caption, wearing, closed answers, material BASE; description VQA.
    case(
        "KW145-022",
        caption("a baby girl lying on a white blanket", "pronoun"),
        D.wearing("a blue shirt with a duck on it"),
        D.color("blue"),
        D.sleeve_length("short"),
        D.description(
            "a blue t - shirt with a yellow duck on the front of the shirt and a yellow duck on the front of the "
            "shirt and",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Blue",
        title="Babyhug Boys Blue Printed Cotton T-shirt",
    ),
    # 023 Toddler girl sitting on a chair in a yellow-and-white floral A-line frock with short sleeves and a
    # white Peter Pan collar. caption CAP1; closed answers BASE (is_a "no" is wrong); material VQA.
    case(
        "KW145-023",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("short"),
        B.material(
            "cotton Question: What is the sleeve length of the garment? Answer: short Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no", "contradiction"),
        gender="Girls",
        category="Frocks",
        color="Yellow",
        title="Hopscotch Girls Yellow Floral Print A-Line Frock",
    ),
    # 024 Boy (~7) in a light blue denim jacket (no hood) over a black t-shirt. caption, wearing, color,
    # material BASE (color "black" is the t-shirt's); details CAP3; description VQA.
    case(
        "KW145-024",
        caption("a little boy in a denim jacket"),
        D.wearing("a jean jacket and a black shirt"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details(
            "His outer clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. "
            "His T-shirt has short sleeves, cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.description("blue jacket with a hood and pockets on the sleeves", "unsupported"),
        gender="Boys",
        category="Jackets",
        color="Blue",
        title="Gini and Jony Boys Blue Solid Denim Jacket",
    ),
    # 025 Flat packshot of girls' blue mom-fit jeans on a wooden floor, no person. caption, color, details BASE;
    # wearing, material VQA; description CAP1.
    case(
        "KW145-025",
        caption("a pair of blue jeans on a wooden floor"),
        D.wearing("a woman wearing jeans", "unsupported"),
        D.color("blue"),
        D.details("the jeans", "non_answer"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lady "
            "wears a ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="H&M Kids Girls Blue Mom Fit Jeans",
    ),
    # 026 Boy (~11) in a white long-sleeve linen shirt with a mandarin collar (no tie), beige trousers.
    # caption, closed answers, material, description BASE; color_of (open) VQA.
    case(
        "KW145-026",
        caption("a young boy wearing a white shirt and khaki pants"),
        B.garment_type("shirt"),
        B.color("white"),
        B.material("linen"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a white button down shirt with a tie", "unsupported"),
        gender="Boys",
        category="Shirts",
        color="White",
        title="Marks & Spencer Boys White Solid Mandarin Collar Linen Shirt",
    ),
    # 027 Girl (~12) in a magenta kurta with gold print, sharara and dupatta; no zipper, no pockets.
    # caption, wearing, color, details, material BASE; description CAP3.
    case(
        "KW145-027",
        caption("a young woman in a pink and gold outfit"),
        D.wearing("a pink kurta"),
        D.color("pink"),
        D.description(
            "Her shirt has long sleeves, chiffon fabric and graphic patterns. It has a round neckline. The lady "
            "wears a long pants. The pants are with chiffon fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a zipper on the back and pockets", "unsupported"),
        D.material("the material of the garment", "restated"),
        gender="Girls",
        category="Kurta Sets",
        color="Magenta",
        title="Biba Girls Magenta & Gold-Toned Printed Kurta with Sharara & Dupatta",
    ),
    # 028 Boy (~4) in a mustard pullover with navy chest stripes, in front of a blue backdrop. caption, wearing,
    # closed answers BASE (color "blue" is the backdrop); material VQA.
    case(
        "KW145-028",
        caption("a little boy in a yellow sweater standing in front of a blue wall"),
        B.color("blue", "contradiction"),
        B.pattern("striped"),
        wearing("she is wearing a yellow sweater", "pronoun"),
        B.material(
            "Question: What is the material of the sweater? Answer: wool Question: What is the material of the",
            "leak",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        gender="Boys",
        category="Sweaters",
        color="Mustard",
        title="U.S. Polo Assn. Kids Boys Mustard Yellow Striped Pullover Sweater",
    ),
    # 029 Girl (~13) in an olive hooded utility jacket with flap pockets over a white tee, on a street-like set.
    # caption CAP3; wearing, color, details, material BASE; description VQA.
    case(
        "KW145-029",
        caption(
            "The lady is wearing an outer clothing, with cotton fabric and pure color patterns. Her tank top has "
            "short sleeves, cotton fabric and pure color patterns. The lady wears a long trousers. The trousers "
            "are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white shirt"),
        D.color("green"),
        D.details("pockets"),
        D.description("the jacket is the jacket", "restated"),
        D.material("i don't know", "non_answer"),
        gender="Girls",
        category="Jackets",
        color="Olive",
        title="Peppermint Girls Olive Green Hooded Utility Jacket",
    ),
    # 030 Boy (~3) in a white kurta pyjama with plain buttons, standing on a red carpet; seller colour missing.
    # caption, closed answers, details BASE (type "dress" is wrong, color "red" is the carpet); wearing VQA.
    case(
        "KW145-030",
        caption("a little boy in a white kurta standing on a red carpet"),
        D.garment_type("dress", "contradiction"),
        D.color("red", "contradiction"),
        D.wearing(
            "a white kurta pajama and a white kurta pajama and a white kurta pajama and a white kurta pajama and a",
            "loop",
            hit_limit=True,
        ),
        D.details("buttons"),
        D.sleeve_length("long"),
        gender="Boys",
        category="Kurta Sets",
        title="Kids Ville Boys White Solid Kurta with Pyjamas",
    ),
    # 031 Girl (~10) in a long-sleeve red-and-black checked flannel shirt, grey leggings. caption, wearing,
    # closed answers BASE (color "grey" is the leggings'); description CAP1; details VQA.
    case(
        "KW145-031",
        caption("a girl in a red and black plaid shirt"),
        D.wearing("a red plaid shirt and grey leggings"),
        D.color("grey", "other_garment_color"),
        D.pattern("checked"),
        D.description(
            "Her shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Answer: buttons on the front Question: What is the color of the shirt? Answer: red Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Shirts",
        color="Red",
        title="YK Girls Red & Black Checked Casual Shirt",
    ),
    # 032 Flat packshot of boys' navy cargo shorts (side flap pockets, elastic waist, no belt) on a grey
    # background. caption, wearing, closed answers, details BASE (color "grey" is the background);
    # description VQA; material CAP3.
    case(
        "KW145-032",
        caption("a pair of navy blue shorts on a grey background"),
        D.wearing("shorts"),
        D.garment_type("shorts"),
        D.color("grey", "contradiction"),
        D.details("they are short", "non_answer"),
        D.description("navy blue shorts with a belt and a pocket on the side", "unsupported"),
        D.material(
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The "
            "gentleman wears a short pants. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
        title="Hopscotch Boys Navy Blue Solid Cargo Shorts",
    ),
    # 033 Girl (~6) in an off-white round-neck cable-knit pullover and a pink skirt, autumn trees behind.
    # caption, closed answers, wearing, color_of (open), details BASE (color_of "pink" is the skirt's).
    case(
        "KW145-033",
        caption("a little boy in a white sweater and pink skirt", "pronoun"),
        D.color("white"),
        D.pattern("cable knit"),
        D.wearing("a white sweater and a pink skirt"),
        color_of("sweater", "pink", "other_garment_color", kind="open"),
        D.details("the sweater has a cable knit pattern and a turtleneck", "unsupported"),
        gender="Girls",
        category="Sweaters",
        color="Off White",
        title="Marks & Spencer Girls Off-White Cable Knit Pullover",
    ),
    # 034 Baby boy (0-3 months) lying on a plain white bed in a light green printed pyjama set; no blanket;
    # title missing. caption, wearing, color, details, material BASE; description VQA.
    case(
        "KW145-034",
        caption("a baby lying on a bed with a green blanket", "unsupported"),
        D.wearing("pajamas"),
        D.color("green"),
        D.description(
            "green pajamas with a Question: What is the color of the pajamas? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        D.material("cotton"),
        gender="Boys",
        category="Night suits",
        color="Green",
    ),
    # 035 Girl (~7) in a blue denim pinafore dress over a white long-sleeve tee. caption CAP3; closed answers
    # BASE (type "t-shirt" is the layer underneath); wearing VQA.
    case(
        "KW145-035",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short dress. The dress is with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt", "contradiction"),
        B.color("blue"),
        B.material("denim"),
        is_a("dress", "yes"),
        wearing(
            "she is wearing a blue dress and a white shirt and a blue dress and a white shirt and a blue dress and "
            "a white",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Blue",
        title="Tiny Girl Girls Blue Denim Pinafore Dress",
    ),
    # 036 Boy (~9) in a grey melange raglan t-shirt with red sleeves (colour block), denim shorts. caption,
    # closed answers BASE (pattern "striped" is wrong); details CAP1; material VQA.
    case(
        "KW145-036",
        caption("a boy wearing a grey and red shirt"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short"),
        D.details(
            "The T-shirt is with cotton fabric. It has a crew neckline. The person wears a short pants. The pants "
            "are with denim fabric and pure color patterns. The person",
            "cut",
            hit_limit=True,
        ),
        D.material("the material is the material of the garment", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Grey Melange",
        title="Gini and Jony Boys Grey Melange & Red Colourblocked Raglan T-shirt",
    ),
    # 037 Baby girl (~9 months) sitting on a white cushion in a peach net party frock with a tulle skirt.
    # caption, color, material BASE; wearing VQA; details CAP3.
    case(
        "KW145-037",
        caption("a baby boy in a pink tutu sitting on a white pillow", "pronoun"),
        D.color("pink"),
        D.wearing(
            "pink tutu Question: What is the color of the dress? Answer: pink Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The dress has no sleeves, chiffon fabric and pure color patterns. It has a round neckline. The lady "
            "wears a ring on her finger. The lady has",
            "cut",
            hit_limit=True,
        ),
        D.material("tulle"),
        gender="Girls",
        category="Frocks",
        color="Peach",
        title="Toothless Girls Peach-Coloured Embellished Net Fit & Flare Party Frock",
    ),
    # 038 Boys' black padded puffer jacket on a hanger against a white wall, no person. caption, wearing,
    # details BASE; material VQA; description CAP1.
    case(
        "KW145-038",
        caption("a black jacket hanging on a white wall"),
        D.wearing("a man wearing a black jacket", "unsupported"),
        D.material("leather", "unsupported"),
        D.details("the details of the jacket", "restated"),
        D.description(
            "His outer clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. "
            "The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jackets",
        color="Black",
        title="max Boys Black Solid Padded Puffer Jacket",
    ),
    # 039 Child (~5, long hair) in a white t-shirt with a rainbow print, yellow shorts; Unisex Kids.
    # caption, closed answers, material, wearing BASE (color "yellow" is the shorts'); details VQA.
    case(
        "KW145-039",
        caption("a little girl wearing a white t - shirt with a rainbow on it"),
        D.color("yellow", "other_garment_color"),
        D.pattern("graphic"),
        D.details("no", "non_answer"),
        D.material("it is made of material", "restated"),
        D.wearing("a white shirt and yellow shorts"),
        gender="Unisex Kids",
        category="Tshirts",
        color="White",
        title="Kidsville Unisex Kids White Rainbow Printed T-shirt",
    ),
    # 040 Boy (~10) sitting on a bed in a night suit: plain navy t-shirt (no pocket) and blue-and-green checked
    # pyjama pants; no watch. caption CAP3; wearing, closed answers, details BASE.
    case(
        "KW145-040",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and lattice patterns. There is "
            "an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a girl in pajamas", "pronoun"),
        D.color("navy blue"),
        D.pattern("checked"),
        D.details("a pocket on the chest", "unsupported"),
        gender="Boys",
        category="Night suits",
        color="Navy Blue",
        title="Sweet Dreams Boys Navy Blue & Green Checked Night Suit",
    ),
    # 041 Girl (~8) in a long-sleeve red-and-white striped t-shirt and blue jeans; title missing. caption,
    # color, color_of (open), sleeve_length BASE (jeans "red", sleeves "short" wrong); description CAP1
    # (stopped before the limit); material VQA.
    case(
        "KW145-041",
        caption("a girl wearing a red and white striped shirt and jeans"),
        D.color("red"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        D.description(
            "Her T-shirt has long sleeves, cotton fabric and striped patterns. It has a round neckline. The lady "
            "wears a long denim pants. The",
            "cut",
        ),
        D.sleeve_length("short", "contradiction"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: striped Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="Red",
    ),
    # 042 Baby boy (~1) held sitting, in a teal kurta with plain self buttons and white pyjamas, no embroidery.
    # caption, color, wearing, details BASE; material CAP3; description VQA.
    case(
        "KW145-042",
        caption("a baby in a green and white outfit"),
        D.color("green"),
        D.wearing("a green shirt"),
        D.details("nothing", "non_answer"),
        D.material(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. "
            "The lower clothing is of long length. The fabric is cotton",
            "cut",
            hit_limit=True,
        ),
        D.description("a green kurta with gold buttons and an embroidered collar", "unsupported"),
        gender="Boys",
        category="Kurta Sets",
        color="Teal",
        title="Fabindia Kids Boys Teal Green Solid Kurta with Pyjamas",
    ),
    # 043 Girl (~12) in a cotton tie-dye t-shirt swirled pink (dominant), blue and yellow, white shorts; title
    # missing. caption, closed answers, details, material BASE; description VQA.
    case(
        "KW145-043",
        caption("a girl in a tie dye shirt"),
        D.color("pink"),
        D.pattern("tie-dye"),
        D.details("the details are the details", "restated"),
        D.description("yes", "non_answer"),
        D.material("silk", "unsupported"),
        gender="Girls",
        category="Tshirts",
        color="Multi",
    ),
    # 044 Teen boy (~15) in dark indigo straight jeans and a white shirt, hands in his pockets. caption CAP3;
    # wearing, closed answers, details BASE (color "white" is the shirt's); material VQA.
    case(
        "KW145-044",
        caption(
            "The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. His "
            "shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("she has her hands in her pockets", "pronoun"),
        D.material(
            "Answer: denim Question: What is the material of the shirt? Answer: cotton Question: What is the material",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        color="Navy Blue",
        title="Pepe Jeans Boys Navy Blue Straight Fit Jeans",
    ),
]
