"""BLIND_170 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-second session. Measured blind at 0424240: 123/139 failures found
(88.5%) and 3/148 correct texts flagged (2.0%). The writer's notes, verbatim:

Blind corpus 170: BLIP-2 OPT-2.7b outputs on 44 products of a Myntra-style marketplace.

Scenario
--------
The original experiments' untuned base model and their fine-tuned adapters are re-run on a random sample of
44 products from a Myntra-style fashion marketplace: men's, women's and kids' clothing, western and ethnic,
weighted roughly as the catalog is (17 men's, 21 women's, 6 boys' and girls'). One product per item.
Each item was asked enrich's default questionnaire (DEFAULT_QUESTIONS, not always every question) plus a
few of the VQA data's questions: "Is this a {garment}?" (is_a) and "What is the color of the {garment}?"
(color_of). The seller's columns come from the marketplace: gender (Men / Women / Boys / Girls), article
type (category=), base colour (color=) and product title (title=); a few products lack one of them (sku 007
has no colour, 022 no title, 033 no gender, 041 no colour).

Which system wrote which text
-----------------------------
- base: `Salesforce/blip2-opt-2.7b`, untuned. Short answers that stop on the newline; captions unprompted.
- cap1: `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (caption adapter, epoch 1).
- cap3: `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (caption adapter, epoch 3).
- vqa: `leoreigoto/Data3_V3_BLIP2_VQA` (VQA adapter, 1 epoch).
The run picks the model per question (CONTEXT.md point 6), so one product can mix models; the comment above
every case names the model of each text. Closed questions are answered by ranking the candidate answers with
the named model (the reference engine keeps the raw text only when it cannot map it); open questions, color_of
with kind="open" and captions are free greedy generation (30 new tokens for answers, 50 for captions). The
adapters were trained without an end-of-answer token, so their free generations never stop on their own.

How it was written
------------------
Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a(), color_of(), question(), case(), TARGETS). No
audit code, no other corpus, no docs, no tests were opened. Every photo is imagined and described in the
comment above its case; every label was judged against that imagined photo.

Label conventions and judgement calls
-------------------------------------
- One label per text: the failure a reader would name first. A text cut mid-phrase at the token limit is "cut"
  unless it loops (then "loop"), leaks the prompt format (then "leak") or says nothing relevant to the question
  (the caption template returned for a color question: "non_answer", with hit_limit=True).
- Adapters' free generations always reach the limit (hit_limit=True). A few base answers are cut before the
  limit (the model emitted its newline mid-phrase): "cut" with hit_limit=False.
- Near-color synonyms are correct: navy / navy blue -> blue, off white / cream -> white, maroon -> red,
  mustard -> yellow, olive / teal -> green, peach -> pink, lavender -> purple, rust -> orange or brown,
  grey melange -> grey / gray, charcoal -> grey.
- A closed color (or color_of) answer that names another garment's color, a print's color, or an accessory's
  color (a dupatta) is "contradiction". An open answer that gives the product another garment's color
  ("a grey shirt and grey pants" for a white shirt over grey trousers) is "other_garment_color"; an open answer
  that gives the product's color to another garment, the product itself right, is "contradiction".
- A closed garment type naming the other garment in a layered outfit (the t-shirt for a jeans product), or a
  garment class the photo and seller both rule out (dress for a kurta worn over trousers, yes to "Is this a
  dress?" for a jumpsuit or saree), is "contradiction". Kurta called "top", Nehru jacket called "vest",
  dupatta called "scarf", kurti called "shirt" are accepted as correct.
- Invented details the photo does not show (a pocket, zip, hood, belt, jacket, logo, buttons' colour) and
  materials the photo rules out (cotton for a satin lehenga, silk for a crisp formal cotton shirt) are
  "unsupported". A plausible common material for what is visible (denim jeans, cotton tee, linen named in the
  title, fleece hoodie) is correct.
- Texts that describe a person in a product shot without a person are "unsupported".
- A gendered word that contradicts the seller's gender (he / man / man's / boy for Women or Girls; she /
  lady / girl / girl's for Men or Boys) is "pronoun". "The lady" of the caption template for a Girls
  product is not a pronoun failure (same gender).
- "non_answer": empty text, a bare "no" / "unknown" / "i don't know", "fabric" for the material, or only the
  question's words back ("they are short", "they are jeans" for the details). "restated": the answer restates
  the question around little or no content ("the details of the garment are the flowers", "it is made of a
  fabric", "the jumpsuit is made of the material of the jumpsuit").
- An open answer that is a comma or "and" list repeating the same items ("gold bangles and gold bangles ...",
  "cotton and spandex and cotton and spandex ...") is "loop", even when its first words are right.
- The VQA adapter's "white Question: What is the color of the pants? Answer: ..." continuations are "leak",
  even when the first word is right; a closed answer ranked from the candidates is judged on its own word.
- A self-design / melange garment answered "solid" is correct (tonal weave, heathered knit read as solid).
  A woven brocade with a clearly visible contrasting motif answered "solid" is "contradiction".
- Backgrounds (brick wall, garden, white background), jewellery and print words that really are in the photo,
  named in captions or descriptions, are correct.
- Totals: 44 products, 287 texts: 139 failures (cut 29, contradiction 21, loop 17, unsupported 16, leak 14,
  non_answer 14, other_garment_color 12, restated 8, pronoun 8) and 148 correct texts.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_170: list[Case] = [
    # 001 Photo: man in a navy crew-neck t-shirt, light-blue jeans, grey studio backdrop.
    # All texts by base. All correct (navy -> blue).
    case(
        "MYN170-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        D.wearing("a blue t-shirt and jeans"),
        D.color("blue"),
        D.description("a navy blue t-shirt with a round neck"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 002 Photo: man in a white t-shirt with a large black graphic print on the chest, black track pants,
    # white background, no accessories. caption and details by cap3; wearing by base; color_of (open) by vqa;
    # is_a ranked by vqa.
    case(
        "MYN170-002",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black pants"),
        color_of(
            "t-shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The gentleman wears a long pants. The "
            "pants are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
    ),
    # 003 Photo: man in a blue-and-white checked full-sleeve shirt, one chest pocket, white buttons, beige
    # chinos, standing in front of a red brick wall. All by base.
    case(
        "MYN170-003",
        caption("a man in a blue and white checkered shirt standing in front of a brick wall"),
        D.wearing("a blue plaid shirt and khaki pants"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        # the buttons are white
        D.description("a blue and white checkered shirt with a pocket on the chest and brown buttons", "unsupported"),
        D.details("it has a collar and buttons down the front"),
        D.material("the material of the shirt is the fabric", "restated"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 004 Photo: man in a crisp white formal cotton shirt tucked into charcoal-grey trousers, black belt, white
    # background. caption, wearing, color, description, material by base; color_of (open) by vqa.
    case(
        "MYN170-004",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        D.color("white"),
        D.description("a white dress shirt tucked into grey trousers"),
        color_of(
            "shirt",
            "white Question: What is the color of the pants? Answer: grey Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
    ),
    # 005 Photo: man in mid-blue skinny jeans, plain white crew-neck t-shirt, white sneakers, white background.
    # caption by cap3; wearing, details, material by base; garment_type, color ranked by base; color_of (open)
    # by vqa.
    case(
        "MYN170-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric and its neckline is crew. The denim pants are with solid color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),  # the layer, not the product
        D.color("white", "contradiction"),  # the t-shirt's color
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 006 Photo: man in an off-white knee-length kurta with a tonal self-design weave, mandarin collar, white
    # fabric buttons, white churidar, cream backdrop. All by base.
    case(
        "MYN170-006",
        caption("a man in a white kurta and white pants"),
        D.color("white"),
        D.pattern("solid"),  # tonal self design reads solid
        D.description("a white kurta with a mandarin collar and gold buttons", "unsupported"),
        D.details("", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Self Design Straight Kurta",
    ),
    # 007 Photo: man in khaki chinos and a navy polo shirt worn untucked, white background. No colour column.
    # caption by cap1; wearing by base; color_of (open) by vqa; color and is_a ranked by vqa.
    case(
        "MYN170-007",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        color_of(
            "pants",
            "khaki Question: What is the color of the shirt? Answer: navy Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),  # the polo's color
        is_a("pair of jeans", "no"),
        gender="Men",
        category="Trousers",
        title="Highlander Men Khaki Slim Fit Solid Chinos",
    ),
    # 008 Photo: man in solid black track pants and a grey t-shirt, white background.
    # caption, material by base; wearing, color_of (open) by vqa; garment_type, is_a ranked by vqa.
    case(
        "MYN170-008",
        caption("a man in a grey t-shirt and black track pants"),
        D.wearing(
            "tee and pants and pants and pants and pants and pants and pants and pants and pants and pants and "
            "pants and pants and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes", "contradiction"),
        D.material("polyester"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 009 Photo: man in a grey melange pullover hoodie with kangaroo pocket and drawstring hood, black joggers,
    # white background. color_of (open) by vqa; the rest base.
    case(
        "MYN170-009",
        caption("a man wearing a grey hoodie and black pants"),
        D.wearing("a gray hoodie"),
        D.color("grey"),
        D.description("a grey hoodie with a kangaroo pocket and a drawstring hood"),
        D.details("the hoodie has a zipper on the front and two side pockets", "unsupported"),  # a pullover
        D.material("it is made of a soft material", "restated"),
        color_of(
            "hoodie",
            "grey Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 010 Photo: man in an open olive-green bomber jacket over a white t-shirt, black jeans, grey backdrop.
    # caption and details by cap3; wearing, description, material by base; color ranked by base.
    case(
        "MYN170-010",
        caption(
            "This gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton "
            "fabric. It has a stand-up collar neckline. The gentleman wears a long denim pants. The denim pants "
            "are with solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, a white t-shirt and black jeans"),
        D.color("green"),
        D.details(
            "The jacket is with cotton fabric. It has a stand-up collar neckline. The gentleman wears a long "
            "denim pants. The denim pants are with solid",
            "cut",
            hit_limit=True,
        ),
        D.description("a white bomber jacket over a white t-shirt", "other_garment_color"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 011 Photo: product shot, no person: navy chino shorts laid flat on a white background; two side pockets,
    # button closure, belt loops, no back view. All by base; is_a ranked by vqa.
    case(
        "MYN170-011",
        caption("a pair of navy blue shorts on a white background"),
        D.wearing("a man wearing a pair of shorts and a white shirt", "unsupported"),  # nobody in the photo
        D.garment_type("shorts"),
        D.color("navy blue"),
        D.details("they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        D.description(
            "a pair of navy blue chino shorts with two side pockets, a button closure and belt loops on the "
            "waistband and two back pockets with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 012 Photo: man in a maroon polo t-shirt with a small white embroidered logo on the chest, beige chinos,
    # white background. caption, wearing, color, description, material by base; color_of (open) and details
    # by vqa.
    case(
        "MYN170-012",
        caption("a man in a red polo shirt"),
        D.wearing("a maroon polo shirt and beige pants"),
        D.color("red"),
        color_of(
            "shirt",
            "maroon Question: What is the color of the pants? Answer: maroon Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.description("she is wearing a maroon polo shirt with a white logo on the chest", "pronoun"),
        D.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, "
            "the sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar Pure Cotton T-shirt",
    ),
    # 013 Photo: man in a cream solid kurta (stand collar) with matching cream churidar, beige backdrop.
    # caption, wearing, color, material by cap3 (the caption template for every prompt; the color answer is
    # the raw text the engine could not map); garment_type, pattern, sleeves ranked by cap3.
    case(
        "MYN170-013",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long trousers. The shirt is "
            "with cotton fabric. It has a stand-up collar neckline. The trousers are with cotton fabric and solid "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long trousers. The shirt is "
            "with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The gentleman wears a long-sleeve shirt with solid color patterns and a long trousers. The shirt is "
            "with cotton fabric. It",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),  # a kurta set
        D.pattern("solid"),
        D.material(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. "
            "It has a stand-up collar",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        gender="Men",
        category="Kurta Sets",
        color="Cream",
        title="Sojanya Men Cream-Coloured Solid Kurta with Churidar",
    ),
    # 014 Photo: man in a t-shirt with wide horizontal mustard and navy stripes, no pocket, blue jeans.
    # All by base.
    case(
        "MYN170-014",
        caption("a man wearing a yellow and blue striped t-shirt"),
        D.wearing("a yellow and blue striped shirt and jeans"),
        D.color("yellow"),
        D.pattern("striped"),
        D.details("the t-shirt has a round neck and a chest pocket", "unsupported"),
        D.material("the t-shirt is made of 100% organic cotton from india", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow & Navy Blue Striped Round Neck T-shirt",
    ),
    # 015 Photo: man in black slim jeans and a white long-sleeve shirt, light-grey background.
    # caption by cap1; wearing by vqa (free); color_of and is_a ranked by vqa; material, description by base.
    case(
        "MYN170-015",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns and a long denim pants. The shirt is "
            "with cotton fabric. It has a lapel neckline. The denim pants are with solid color patterns. This "
            "man wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "shirt and denim Question: What is the color of the denim? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        color_of("shirt", "black", "contradiction"),  # the shirt is white: one color for both garments
        is_a("pair of jeans", "yes"),
        D.material("denim"),
        D.description("a pair of white jeans and a white shirt", "other_garment_color"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 016 Photo: man in an olive long-sleeve linen shirt, untucked, no logo anywhere, white trousers, beige
    # background. All by base.
    case(
        "MYN170-016",
        caption("a man in a green shirt and white pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.material("linen"),
        D.description("a green linen shirt with long sleeves and a collar"),
        D.details("the shirt has a pocket on the left side of the chest and a logo on the sleeve", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Mast & Harbour Men Olive Green Solid Casual Linen Shirt",
    ),
    # 017 Photo: man in a navy Nehru jacket with a clearly visible gold woven paisley motif, over a white kurta
    # and white churidar. caption, wearing, description, sleeves by base; garment_type, color, pattern ranked
    # by base; details by cap3.
    case(
        "MYN170-017",
        caption("a man wearing a blue vest over a white kurta"),
        D.wearing("a white kurta and a blue jacket"),
        D.garment_type("vest"),
        D.color("white", "contradiction"),  # the kurta under it
        D.pattern("solid", "contradiction"),
        D.details(
            "His vest has no sleeves, cotton fabric and pure color patterns. The neckline of it is v-shape. The "
            "gentleman wears a long trousers, with cotton",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.description("a white nehru jacket", "other_garment_color"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 018 Photo: woman in a maroon straight kurta with gold foil floral print, round neck, three-quarter
    # sleeves, side slits, white palazzos, white backdrop. All by base (details stopped on a newline
    # mid-phrase, before the limit).
    case(
        "MYN170-018",
        caption("a woman in a red kurta with gold print"),
        D.wearing("he is wearing a red and gold kurta", "pronoun"),
        D.color("maroon"),
        D.description("a maroon kurta with gold floral print and white pants"),
        D.details("the kurta has a round neck, three quarter sleeves and a", "cut"),
        D.material("", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Libas Women Maroon & Golden Printed Straight Kurta",
    ),
    # 019 Photo: woman in a teal kurta with gold yoke embroidery, teal palazzos, a mustard dupatta over both
    # shoulders. caption by cap3; wearing, details, description by base; color, garment_type ranked by base;
    # color_of (open) by vqa.
    case(
        "MYN170-019",
        caption(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and solid "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and a yellow scarf"),
        D.color("yellow", "contradiction"),  # the dupatta's color
        color_of(
            "dress",
            "blue-green-blue-green-blue-green-blue-green-blue-green-blue-green-blue-green-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.details("the kurta has gold embroidery around the neck"),
        D.description("a yellow kurta with gold embroidery and a matching dupatta", "other_garment_color"),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Anouk Women Teal Green Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 020 Photo: woman in a peach sleeveless top with a ruffled neckline, blue jeans, white backdrop.
    # All by base (description stopped on a newline mid-phrase, before the limit).
    case(
        "MYN170-020",
        caption("a woman wearing a pink top and jeans"),
        D.wearing("a pink top and blue jeans"),
        D.color("pink"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a pink top with ruffles on the", "cut"),
        D.material("", "non_answer"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Harpa Women Peach-Coloured Solid Ruffled Top",
    ),
    # 021 Photo: woman in a black sleeveless knee-length bodycon dress, round neck, black heels, no jewellery,
    # in front of a white brick wall. caption by cap3; wearing by vqa (free); is_a ranked by vqa; the rest base.
    case(
        "MYN170-021",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The lady wears a pair of high heels. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        D.color("black"),
        D.description("a black bodycon dress in front of a white wall"),
        D.material("fabric", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Sera Women Black Solid Bodycon Dress",
    ),
    # 022 Photo: woman in a navy-blue maxi dress with white and pink flowers, flutter sleeves, no belt,
    # standing in a garden. No title. All by base.
    case(
        "MYN170-022",
        caption("a woman in a blue floral dress standing in a garden"),
        D.wearing("a blue and white floral dress"),
        D.pattern("floral"),
        D.description("a long blue dress with white and pink flowers and a green belt", "unsupported"),
        D.details("the details of the garment are the flowers", "restated"),
        D.material("unknown", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Blue",
    ),
    # 023 Photo: woman in a pink Banarasi saree with gold zari border and small gold woven motifs, pink
    # short-sleeve blouse, gold bangles, beige background. caption by cap3; is_a ranked by vqa; the rest base.
    case(
        "MYN170-023",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.wearing(
            "a pink saree with a gold border and gold bangles and gold bangles and gold bangles and gold bangles "
            "and gold bangles and",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        is_a("dress", "yes", "contradiction"),
        D.details("the saree has a gold border and gold designs on it"),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 024 Photo: woman in light-blue skinny jeans, white crop top, white sneakers, white background.
    # All by base; color and color_of ranked by base.
    case(
        "MYN170-024",
        caption("a woman in a white top and blue jeans"),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        D.color("white", "contradiction"),
        color_of("jeans", "light blue"),
        D.details("five pockets and a button closure"),
        D.description("he is wearing blue skinny jeans with a white top", "pronoun"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 025 Photo: woman in a white oversized t-shirt with a large black-and-orange "BROOKLYN" print, black
    # shorts, grey backdrop. color_of (open) by vqa; the rest base.
    case(
        "MYN170-025",
        caption("a woman wearing a white t-shirt with the word brooklyn on it"),
        D.wearing("a black t-shirt and black shorts", "other_garment_color"),
        D.color("white"),
        D.description("a white oversized t-shirt with brooklyn written on it in black and orange letters"),
        color_of(
            "t-shirt",
            "white Question: What is the color of the shorts? Answer: black Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.material("it is made of a fabric", "restated"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="DILLINGER Women White Printed Oversized Pure Cotton T-shirt",
    ),
    # 026 Photo: woman in navy ankle-length leggings under a white long kurti (round neck, long sleeves).
    # caption by cap1; material by vqa (free); the rest base.
    case(
        "MYN170-026",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and blue leggings"),
        D.garment_type("leggings"),
        D.color("white", "contradiction"),
        D.description("a pair of white leggings", "other_garment_color"),
        D.material(
            "cotton and spandex and cotton and spandex and cotton and spandex and cotton and spandex and cotton "
            "and spandex and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Navy Blue",
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
    ),
    # 027 Photo: product shot, no person: mustard flared palazzos laid flat on white; elastic waistband, no
    # drawstring. color_of (open) by vqa; the rest base.
    case(
        "MYN170-027",
        caption("a pair of yellow pants on a white background"),
        D.wearing("yellow pants"),
        color_of(
            "pants",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("elastic waistband with a drawstring and wide legs", "unsupported"),
        D.description("a pair of mustard yellow wide leg pants"),
        D.material("they are made of a material", "restated"),
        gender="Women",
        category="Palazzos",
        color="Mustard",
        title="Sangria Women Mustard Yellow Solid Flared Palazzos",
    ),
    # 028 Photo: woman in a green A-line kurta with small white floral buti print, round neck, three-quarter
    # sleeves, green churidar. caption, wearing, color, description, details by cap3 (template for every
    # prompt; the color answer is the raw text the engine could not map); garment_type and pattern ranked by
    # cap3; material by base.
    case(
        "MYN170-028",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.pattern("floral"),
        D.description(
            "The dress is of long length. The dress is of long length. The dress is of long length. The dress "
            "is of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Biba Women Green & White Floral Printed A-Line Cotton Kurta",
    ),
    # 029 Photo: woman in a black sleeveless crop top (wide straps, round neck), high-waist blue mom jeans,
    # beige background. All by base.
    case(
        "MYN170-029",
        caption("a woman in a black crop top and jeans"),
        D.wearing("a black top and black jeans", "contradiction"),  # the jeans are blue
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description("she is wearing a black crop top"),
        D.details("the top has spaghetti straps, a square neck and a zip at the back", "unsupported"),
        D.material("the top is made of a material", "restated"),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Crop Top",
    ),
    # 030 Photo: woman in a white shirt with thin blue vertical stripes, long sleeves, a chest pocket, black
    # trousers, light-grey backdrop. color_of (open) and material by vqa; the rest base.
    case(
        "MYN170-030",
        caption("a woman in a blue and white striped shirt"),
        D.wearing("a blue striped shirt and black pants"),
        D.color("white"),
        D.pattern("striped"),
        color_of(
            "shirt",
            "white and blue stripes Question: What is the color of the pants? Answer: black Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.description("a man's shirt with blue stripes", "pronoun"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="White",
        title="Style Quotient Women White & Blue Striped Casual Shirt",
    ),
    # 031 Photo: woman in an olive sleeveless jumpsuit with a self-fabric tie belt and side pockets, white
    # sneakers. caption, details, material by base; is_a and garment_type ranked by vqa; color ranked by
    # base; wearing by vqa (free).
    case(
        "MYN170-031",
        caption("a woman in a green jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.details("it has a belt at the waist and pockets on the sides"),
        D.wearing(
            "romper Question: Is this a romper? Answer: yes Question: Is this a dress? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("the jumpsuit is made of the material of the jumpsuit", "restated"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="SASSAFRAS Women Olive Green Solid Basic Jumpsuit",
    ),
    # 032 Photo: woman in a red satin lehenga with heavy gold embroidery, red net dupatta with gold border,
    # short-sleeve blouse, gold earrings and bangles, red bindi, studio. caption by cap3; the rest base.
    case(
        "MYN170-032",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a ring. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and gold lehenga"),
        D.garment_type("lehenga"),
        D.material("cotton", "unsupported"),  # satin and net
        D.details("heavy gold embroidery all over the skirt and a net dupatta with a gold border"),
        D.description("a red and gold lehenga choli with a red dupatta, gold earrings and a red bindi"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 033 Photo: woman in a lavender crew-neck sweatshirt with ribbed cuffs, no hood, white joggers.
    # No gender column. All by base.
    case(
        "MYN170-033",
        caption("a woman in a purple sweatshirt and white pants"),
        D.wearing("a purple sweater and purple pants", "contradiction"),  # the joggers are white
        D.color("purple"),
        D.description("a light purple sweatshirt with a round neck and ribbed cuffs"),
        D.details("the sweatshirt has a hood and a zipper", "unsupported"),
        D.sleeve_length("long"),
        D.material("", "non_answer"),
        category="Sweatshirts",
        color="Lavender",
        title="HRX by Hrithik Roshan Women Lavender Solid Sweatshirt",
    ),
    # 034 Photo: woman in a black-and-white houndstooth-check pleated mini skirt (no zip visible, matte
    # woven), white t-shirt tucked in, black boots. color_of (open) by vqa; the rest base.
    case(
        "MYN170-034",
        caption("a woman in a white t-shirt and a black and white plaid skirt"),
        D.wearing("a white shirt and a black skirt"),
        color_of(
            "skirt",
            "black and white Question: What is the color of the shirt? Answer: black and white Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.description("a white t-shirt tucked into a black and white checked skirt"),
        D.color("black"),
        D.material("polyester viscose blend with a satin lining and an invisible zip at the back", "unsupported"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Berrylush Women Black & White Checked Pleated A-Line Mini Skirt",
    ),
    # 035 Photo: woman in a rust-orange straight kurti with white block print, three-quarter sleeves, blue
    # jeans. All by base (material stopped on a newline mid-phrase, before the limit).
    case(
        "MYN170-035",
        caption("a woman in an orange top and jeans"),
        D.wearing("a blue shirt and blue jeans", "other_garment_color"),
        D.color("orange"),
        D.pattern("printed"),
        D.description("an orange kurti with white print, worn with jeans"),
        D.details("he is wearing an orange kurta with white flowers", "pronoun"),
        D.material("it is made of", "cut"),
        gender="Women",
        category="Kurtis",
        color="Rust",
        title="AKS Women Rust Orange Printed Straight Kurti",
    ),
    # 036 Photo: woman in a mid-blue washed denim jacket with two buttoned chest pockets, open over a black
    # t-shirt, black jeans. caption by cap1; color_of ranked by vqa; the rest base.
    case(
        "MYN170-036",
        caption(
            "The lady wears a long-sleeve denim jacket with solid color patterns. It has a lapel neckline. The "
            "lady wears a long denim pants. The denim pants are with solid color patterns. The lady wears a "
            "short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket, a black shirt and black jeans"),
        D.color("black", "contradiction"),
        color_of("jacket", "blue"),
        D.description("a black denim jacket", "other_garment_color"),
        D.details("the jacket has two chest pockets with buttons and a button front"),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # 037 Photo: woman in a white chikankari-embroidered cotton kurta with white trousers, pastel backdrop.
    # caption and details by cap3; the rest base.
    case(
        "MYN170-037",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details(
            "The shirt is with cotton fabric. It has a round neckline. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.description("a white kurta with white embroidery all over it"),
        gender="Women",
        category="Kurta Sets",
        color="White",
        title="House of Pataudi Women White Chikankari Embroidered Kurta with Trousers",
    ),
    # 038 Photo: woman in a navy tunic with small white polka dots, light-blue skinny jeans.
    # caption by base; wearing, details by vqa (free); color, pattern, is_a, color_of ranked by vqa.
    case(
        "MYN170-038",
        caption("a woman wearing a blue polka dot top"),
        D.wearing(
            "blouse and denim and denim and denim and denim and denim and denim and denim and denim and denim "
            "and denim and",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("polka dots"),
        is_a("t-shirt", "no"),
        color_of("tunic", "white", "contradiction"),  # the dots' color
        D.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tunics",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue Polka Dot Print Tunic",
    ),
    # 039 Photo: product shot, no person: red boys' t-shirt with a yellow dinosaur print, flat on white.
    # details by vqa (free); the rest base.
    case(
        "MYN170-039",
        caption("a red t-shirt with a dinosaur on it"),
        D.wearing("a red t-shirt with a yellow dinosaur"),
        D.color("yellow", "contradiction"),  # the print's color
        D.pattern("graphic"),
        D.description("a little girl's red t-shirt with a dinosaur", "pronoun"),
        D.details(
            "red Question: What are the details of the garment? Answer: red Question: What are the details of",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck Pure Cotton T-shirt",
    ),
    # 040 Photo: girl in a pink tulle fit-and-flare party dress with a sequinned sleeveless bodice, a satin bow
    # at the waist, pink hair band, white background. caption and material by cap3; color_of (open) by vqa;
    # is_a ranked by vqa; the rest base.
    case(
        "MYN170-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is of knee length. There is an accessory in her hair. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.description("a little girl in a pink tutu dress with a bow on the front"),
        is_a("dress", "yes"),
        color_of(
            "dress",
            "pink Question: What is the color of the dress? Answer: pink Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.material(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon "
            "fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.details("it has sequins on the top and a tulle skirt"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit and Flare Party Dress",
    ),
    # 041 Photo: boy in a mustard-yellow solid kurta and white pyjamas, no jacket, white backdrop.
    # No colour column. All by base.
    case(
        "MYN170-041",
        caption("a young boy in a yellow kurta and white pants"),
        D.wearing("a yellow kurta and white pajamas"),
        D.color("yellow"),
        D.description("a yellow kurta with white pajamas and a matching yellow jacket", "unsupported"),
        D.details("she is wearing a yellow kurta", "pronoun"),
        D.material("it is made of cloth", "restated"),
        gender="Boys",
        category="Kurta Sets",
        title="Jashvi Boys Mustard Yellow Solid Kurta with Pyjamas",
    ),
    # 042 Photo: girl in an off-white top with wide navy horizontal stripes and puff sleeves, blue denim
    # shorts. caption and material by cap1; color_of (open) by vqa; the rest base.
    case(
        "MYN170-042",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns and a short denim shorts. The shirt is with "
            "cotton fabric. It has a round neckline. The denim shorts are with pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white and blue striped top and blue shorts"),
        D.color("white"),
        D.pattern("striped"),
        color_of(
            "top",
            "blue-and-white-blue-and-white-blue-and-white-blue-and-white-blue-and-white-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("puffed sleeves"),
        D.description("a little boy in a white shirt with blue stripes", "pronoun"),
        D.material(
            "The shirt is with cotton fabric. It has a round neckline. The denim shorts are with pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tops",
        color="Off White",
        title="Cherry Crumble Girls Off-White & Navy Blue Striped Top",
    ),
    # 043 Photo: boy in grey solid cotton shorts and a white printed t-shirt, white background.
    # caption, details, material, description by base; wearing by vqa (free); color_of (open) by vqa;
    # garment_type, color ranked by vqa.
    case(
        "MYN170-043",
        caption("a boy wearing a white t-shirt and grey shorts"),
        D.wearing(
            "tee and shorts Question: What is the color of the shorts? Answer: grey Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("white", "contradiction"),
        color_of(
            "shorts",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        D.description("white shorts and a white t-shirt", "other_garment_color"),
        gender="Boys",
        category="Shorts",
        color="Grey",
        title="Gini and Jony Boys Grey Solid Regular Shorts",
    ),
    # 044 Photo: boy in a blue-and-green tartan-check long-sleeve shirt with one chest pocket, no badge,
    # khaki trousers. details by cap3; color_of (open) by vqa; the rest base.
    case(
        "MYN170-044",
        caption("a boy in a blue and green plaid shirt"),
        D.wearing("a plaid shirt and khaki pants"),
        D.color("blue"),
        D.pattern("checked"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.description("a blue and green checked shirt with a pocket and a yellow school badge", "unsupported"),
        D.material("", "non_answer"),
        color_of(
            "shirt",
            "blue and green Question: What is the color of the pants? Answer: khaki Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="U.S. Polo Assn. Kids Boys Blue & Green Checked Casual Shirt",
    ),
]
