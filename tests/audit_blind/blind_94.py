"""BLIND_94 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind in
the nineteenth session. Measured blind at 058eda3: 125/139 failures found (89.9%) and 12/148 correct texts flagged
(8.1%). The writer's notes, verbatim:

Blind corpus 94: BLIP-2 OPT-2.7b outputs on a Myntra-style marketplace sample, each text labelled.

Scenario
--------
The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace (men's,
women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: many T-shirts, shirts, kurtas
and tops, fewer jeans, sarees, dresses, trousers and kids' sets), one product per item, with enrich's default
questionnaire (DEFAULT_QUESTIONS). For each product the corpus keeps the caption and the answers to a subset of the
questionnaire (the texts picked for this sample; sleeve length is not kept for sarees, trousers and the like).
Seller columns come from the marketplace feed: gender (Men/Women/Boys/Girls), category (articleType), color
(baseColour) and title (productDisplayName). A few products lack one of them (c20 has no gender, c32 no colour,
c37 no title, c41 no category).

Which system wrote which text
-----------------------------
Each case's comment names the model behind every text:
- base: the untuned `Salesforce/blip2-opt-2.7b` (short answers, stops on newline; colours repeated across garments,
  wrong pronouns, invented details, now and then the prompt's words back).
- cap1: adapter `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (caption, epoch 1).
- cap3: adapter `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (caption, epoch 3). Both caption adapters return the
  DeepFashion-MultiModal template ("The lady is wearing a ... with pure color patterns. The ... is with cotton
  fabric ...") for every prompt, never name a hue, never stop, and loop or run into the 50/30-token limit.
- vqa: adapter `leoreigoto/Data3_V3_BLIP2_VQA` (short In-shop class names and colours, but no end-of-answer token:
  it loops a word to the limit, runs on with lists until cut, or continues with the next "Question: ... Answer:").

How it was written
------------------
Blind. The only files read were ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout,
the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No audit code, no other
corpus, no docs were opened. Every text was imagined against the photo that the comment above its case describes;
the only thing run was an import check of this file.

Label conventions and judgement calls
-------------------------------------
- One failure kind per text, the most salient one. A loop that runs into the token limit is "loop" with
  hit_limit=True; a text stopped mid-phrase at the limit (30 new tokens for answers, 50 for captions) is "cut" with
  hit_limit=True; a few texts stop mid-phrase before the limit ("cut", hit_limit=False).
- The caption template returned for the colour question is "non_answer" (it names no hue at all). An empty answer,
  "i don't know", "unanswerable", "nothing" to the material question, and an answer that only names the product
  ("they are blue jeans", "they are short", "it is a shirt" for the details/description) are "non_answer".
- Answers that give back the question's own words at length ("the details of the garment are the details of the
  shirt", "the garment is a shirt and the shirt is a garment") are "restated".
- "other_garment_color": the colour question answered with the colour of another garment in the photo (the jeans,
  the tee under a jacket, the kurta over leggings). A colour taken from a wall or background, or from the print on the
  product, that the seller's colour and the other texts contradict, is "contradiction". A garment class that
  contradicts the seller's category (a kurta, saree or kurta set called "dress", "skirt" or "shirt" for the
  product itself) is "contradiction"; so are sleeve lengths or patterns that the photo and other texts contradict.
- Lehenga answered "skirt" and a Nehru jacket answered "vest" are correct (the same garment in In-shop words);
  a misnamed styling garment that is not the product (the kurta over leggings called "dress") is not counted.
- Near-colour synonyms are correct: navy/dark blue for Navy Blue, olive/green, mustard/yellow, charcoal/grey,
  maroon/burgundy/red, off-white/cream/white, khaki/beige, lavender/purple, peach/pink, teal/green.
  Multicolour answers for striped, checked or printed products ("white and blue", "red and white",
  "pink and gold") are correct.
- Backgrounds named in captions (walls, curtains, gardens, beach, cafe) and layers named as layers ("a black jacket
  over a white t-shirt") are correct. In product shots without a person, "What is the person wearing?" answered
  with the product (or "nothing, it's a ... on a white background") is correct; a caption template that invents a
  person's extra garments for a flat lay is "unsupported", but the template's "The man wears ..." over garments
  that are all there is accepted.
- The template's fabric ("cotton fabric", "denim fabric", "knitting fabric") is accepted when plausible for the
  garment; a material or detail the photo does not show or contradicts (leather for a nylon bomber, velvet for a
  net lehenga, zip pockets, ripped knees, a chest pocket, "made in india", "hand embroidered mirror work") is
  "unsupported". A plain common-fabric guess that fits the look (cotton tee, denim jeans, wool sweater) is correct.
- A caption or answer with "he" for a women's or girls' product, "she" for a men's or boys' product, is "pronoun".
- Text after the answer that continues the prompt format ("Question: ... Answer: ...") is "leak", as is an answer
  that starts by repeating "What are the details of the garment? Answer:".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_94: list[Case] = [
    # c01 Men's navy blue solid round-neck T-shirt, model in a studio against white, with grey jeans.
    # caption cap3; wearing base; garment_type vqa; color vqa (the jeans' grey); pattern base; description base;
    # details vqa (loop); material vqa (leak).
    case(
        "myn94-10001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        D.wearing("a navy blue t-shirt and grey jeans"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.description("a navy blue round neck t-shirt with short sleeves"),
        D.details(
            "round neck, short sleeves, short sleeves, short sleeves, short sleeves, short sleeves, short sleeves, "
            "short sleeves, short sleeves, short sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # c02 Women's mustard yellow straight kurta with small white floral block print, three-quarter sleeves, worn
    # with white palazzos. caption cap3 (kurta as "dress"); wearing base; garment_type base; color vqa; pattern vqa;
    # details cap1 (template cut at 30 tokens); material base; description base ("he").
    case(
        "myn94-10002",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric and it "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.details(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric and it "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description("he is wearing a yellow kurta with white flowers", "pronoun"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & White Printed Straight Kurta",
    ),
    # c03 Men's blue and white checked casual shirt (one plain chest pocket, regular collar), buttoned, beige chinos,
    # white wall. caption base; wearing cap3; color vqa (loop); pattern vqa; sleeve_length base; details base
    # (invented flaps and epaulettes); description base; material base (empty).
    case(
        "myn94-10003",
        caption("a man in a blue and white checked shirt and beige pants standing against a white wall"),
        D.wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.color("blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", hit_limit=True),
        D.pattern("plaid"),
        D.sleeve_length("long"),
        D.details("the shirt has two chest pockets with flaps and epaulettes on the shoulders", "unsupported"),
        D.description("a blue and white plaid shirt"),
        D.material("", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HERE&NOW Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # c04 Women's black solid sleeveless crop top, product shot laid flat on white, no person.
    # caption cap3 (invents a lady's denim trousers); wearing base; garment_type vqa (loop); color base;
    # sleeve_length vqa; description cap1 (cut).
    case(
        "myn94-10004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        D.wearing("nothing, it's a black top on a white background"),
        D.garment_type(
            "tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank tank tank",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="DressBerry Women Black Solid Crop Top",
    ),
    # c05 Men's white chikankari (tone-on-tone embroidered) straight kurta, mandarin collar, white pyjama, in front
    # of a wooden door. caption base; wearing base ("she"); color vqa; pattern vqa; details base; material vqa
    # (loop); description cap3 (cut).
    case(
        "myn94-10005",
        caption("a man in a white kurta and white pants standing in front of a wooden door"),
        D.wearing("she is wearing a white kurta", "pronoun"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details("the kurta has embroidery on the front and a mandarin collar"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Chikankari Embroidered Straight Kurta",
    ),
    # c06 Women's red Banarasi saree with a wide gold zari border, draped on a model with a red blouse.
    # caption cap3 (loop); wearing base; garment_type vqa ("dress"); color base; details base; material base;
    # description vqa (leak).
    case(
        "myn94-10006",
        caption(
            "The lady is wearing a long dress with graphic patterns. The dress is with chiffon fabric. The lady "
            "wears a long dress. The dress is with chiffon fabric. The lady wears a long dress. The dress is with "
            "chiffon fabric. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.garment_type("dress", "contradiction"),
        D.color("red and gold"),
        D.details("it has a gold border"),
        D.material("silk"),
        D.description("red Question: What is the color of the blouse? Answer: red", "leak"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Woven Design Banarasi Saree",
    ),
    # c07 Men's blue skinny jeans, clean look, model in an untucked white T-shirt.
    # caption base; wearing vqa (loop); garment_type vqa; color vqa (the tee's white); details base (only names
    # them); description cap3; material base.
    case(
        "myn94-10007",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.wearing(
            "white t-shirt and blue jeans white t-shirt and blue jeans white t-shirt and blue jeans white t-shirt "
            "and blue jeans white t-shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("denim"),
        D.color("white", "other_garment_color"),
        D.details("they are blue jeans", "non_answer"),
        D.description(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # c08 Women's pink floral printed kurta (V-neck, three-quarter sleeves) with trousers and a dupatta with a lace
    # border; bangles on the wrist. caption cap1 (kurta set as "dress"); wearing base; color vqa; pattern vqa;
    # sleeve_length vqa (loop); details base; description base (invented georgette and mirror work).
    case(
        "myn94-10008",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric and it "
            "has a v-shape neckline. The lady wears a scarf. There is an accessory on her wrist.",
            "contradiction",
        ),
        D.wearing("a pink floral kurta with pants and a dupatta"),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.details("the kurta has a v neck, three quarter sleeves and a matching dupatta with lace border"),
        D.description(
            "a pink kurta set with a dupatta, the kurta is made of pure georgette and has hand embroidered mirror work",
            "unsupported",
        ),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Floral Printed Kurta with Trousers & Dupatta",
    ),
    # c09 Men's black T-shirt with white typography "CHILL MODE ON" on the chest, khaki shorts.
    # caption cap3; wearing base (invented skull); garment_type vqa; color vqa (loop); pattern base; details vqa
    # (cut); description base.
    case(
        "myn94-10009",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing("a black t-shirt with a skull on it and khaki shorts", "unsupported"),
        D.garment_type("graphic tee"),
        D.color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.details(
            "front graphic print, round neck, short sleeves, ribbed neckband, regular fit, the print says chill "
            "mode on in white letters on the chest and the",
            "cut",
            hit_limit=True,
        ),
        D.description("a black t-shirt with white text that says chill mode on"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
    ),
    # c10 Women's maroon long-sleeve bodycon midi dress, model against a beige wall.
    # caption base; wearing base; color vqa (the wall's beige); sleeve_length vqa; pattern vqa; details cap3
    # (loop); description base (question back).
    case(
        "myn94-10010",
        caption("a woman in a burgundy dress standing against a beige wall"),
        D.wearing("a red dress"),
        D.color("beige", "contradiction"),
        D.sleeve_length("long"),
        D.pattern("solid"),
        D.details(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "it has a round neckline. There is an accessory on her wrist. The lady is wearing a long-sleeve dress "
            "with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.description("describe the garment: a dress", "restated"),
        gender="Women",
        category="Dresses",
        color="Maroon",
        title="SASSAFRAS Women Maroon Solid Bodycon Midi Dress",
    ),
    # c11 Men's grey melange joggers (elastic waist with drawstring, plain side pockets), black T-shirt.
    # caption cap3; wearing vqa (leak); garment_type vqa; color vqa (the tee's black); details base (invented zips
    # and stripes); material base.
    case(
        "myn94-10011",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing("black t-shirt and grey pants Question: What is the color of the pants? Answer: grey", "leak"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.details(
            "they have an elastic waistband with a drawstring, zip pockets and reflective stripes down the side",
            "unsupported",
        ),
        D.material("cotton"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
    ),
    # c12 Girls' yellow sleeveless fit-and-flare dress with a floral print (white flowers, green leaves), little girl
    # in a garden. caption base; wearing base ("he"); color vqa (the leaves' green); pattern vqa; sleeve_length vqa;
    # description cap1 (loop).
    case(
        "myn94-10012",
        caption("a little girl in a yellow dress standing in a garden"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric and it "
            "has a round neckline. The lady is wearing a sleeveless dress with floral patterns. The dress is with "
            "cotton fabric and it has a round",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Hola Bonita Girls Yellow Floral Printed Fit and Flare Dress",
    ),
    # c13 Men's olive green long-sleeve casual shirt, sleeves rolled to the elbow, one chest pocket, black jeans.
    # caption cap3; wearing base; garment_type vqa; color vqa; sleeve_length vqa ("short" for rolled long sleeves);
    # details vqa (cut); material base (invented origin).
    case(
        "myn94-10013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("a green shirt and black jeans"),
        D.garment_type("shirt"),
        D.color("green"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "the shirt has a pocket on the chest and the sleeves are rolled up to the elbows and the collar is a "
            "spread collar and the buttons are",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton, it is a cotton shirt made in india", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # c14 Women's teal A-line kurti, solid with a tonal embroidered yoke, V-neck, worn with blue jeans.
    # caption base; wearing cap3 (kurti as "dress"); color base; pattern vqa (loop); details base; material vqa
    # (leak).
    case(
        "myn94-10014",
        caption("a woman in a green kurta and blue jeans"),
        D.wearing(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "it has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        D.color("teal"),
        D.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        D.details("embroidered yoke"),
        D.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Women",
        category="Kurtis",
        color="Teal",
        title="Sangria Women Teal Solid A-Line Kurti",
    ),
    # c15 Men's red hooded sweatshirt with a kangaroo pocket, black joggers, white background.
    # caption cap3; wearing base; garment_type vqa; color base; details base; description vqa (cut); material vqa.
    case(
        "myn94-10015",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and it has a hooded neckline. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing("a red hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("red"),
        D.details("it has a hood and a kangaroo pocket"),
        D.description(
            "red hoodie with a hood and a pocket on the front and the sleeves are long and the cuffs are ribbed and "
            "the hem is ribbed and the hood has a",
            "cut",
            hit_limit=True,
        ),
        D.material("unanswerable", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Red",
        title="Puma Men Red Solid Hooded Sweatshirt",
    ),
    # c16 Women's white and navy horizontal-striped boat-neck top, three-quarter sleeves, white trousers.
    # caption cap3; wearing base; color vqa; pattern vqa (loop); sleeve_length base ("short"); details cap1 (cut);
    # description base (only names it).
    case(
        "myn94-10016",
        caption(
            "The lady is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        D.wearing("a striped shirt and white pants"),
        D.color("white and blue"),
        D.pattern(
            "stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe "
            "stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe "
            "stripe stripe",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "The lady is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.description("it is a shirt", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White & Navy Blue Striped Top",
    ),
    # c17 Men's black nylon bomber jacket (ribbed collar, cuffs and hem, zip front) open over a white T-shirt, blue
    # jeans. caption base; wearing cap3; garment_type vqa; color vqa (the tee's white); details vqa (loop);
    # material base (leather); description base.
    case(
        "myn94-10017",
        caption("a man wearing a black jacket over a white t-shirt and blue jeans"),
        D.wearing(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The man wears a T-shirt. The pants are with denim fabric and pure color patterns."
        ),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details(
            "ribbed collar, ribbed cuffs, ribbed hem, zip front, ribbed collar, ribbed cuffs, ribbed hem, zip "
            "front, ribbed collar, ribbed cuffs",
            "loop",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        D.description("a black jacket with a white shirt underneath"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # c18 Women's navy blue georgette saree with a pink floral print, product shot: folded on white with the pallu
    # spread, no person. caption cap3 (invents a lady and an accessory); wearing base; garment_type vqa ("skirt");
    # color base; pattern vqa (loop); details vqa (leak).
    case(
        "myn94-10018",
        caption(
            "The lady is wearing a long dress with floral patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("a blue and pink saree"),
        D.garment_type("skirt", "contradiction"),
        D.color("navy blue"),
        D.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the saree is navy blue with pink flowers Question: What is the material of the saree? Answer: georgette",
            "leak",
        ),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Saree mall Navy Blue & Pink Floral Printed Saree",
    ),
    # c19 Boys' orange solid polo T-shirt, young boy with navy shorts.
    # caption base; wearing base ("she"); garment_type vqa; color vqa (the shorts' blue); sleeve_length vqa;
    # details cap1 (loop).
    case(
        "myn94-10019",
        caption("a young boy in an orange polo shirt and blue shorts"),
        D.wearing("she is wearing an orange shirt and blue shorts", "pronoun"),
        D.garment_type("polo shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short"),
        D.details(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The man wears a short pants. The man wears a short pants. "
            "The man wears a short",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Orange",
        title="YK Boys Orange Solid Polo Collar T-shirt",
    ),
    # c20 Beige slim chinos (flat front, side pockets), model in a white shirt tucked in, brown belt; the feed has
    # no gender. caption cap3; wearing base; color vqa; garment_type base; details base (question back);
    # description vqa (cut); material vqa.
    case(
        "myn94-10020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his waist."
        ),
        D.wearing("a white shirt and khaki pants"),
        D.color("khaki"),
        D.garment_type("pants"),
        D.details("the pants are pants", "restated"),
        D.description(
            "beige chinos with a flat front and side pockets and a button closure and belt loops and the hem is "
            "folded and the back has two",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # c21 Women's black ankle-length leggings, model in a white kurta on top.
    # caption cap3 (the kurta as "dress", not the product); wearing base; color vqa (the kurta's white);
    # garment_type vqa (loop); details base (only names them); description cap1 (cut).
    case(
        "myn94-10021",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        D.wearing("a white kurta and black leggings"),
        D.color("white", "other_garment_color"),
        D.garment_type(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.details("they are leggings", "non_answer"),
        D.description(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "it has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # c22 Men's maroon self-design kurta (mandarin collar, gold-tone buttons, no embroidery) with a cream churidar,
    # in front of a red curtain. caption base; wearing base; garment_type vqa ("shirt"); color vqa (loop);
    # details base (invented embroidery); description cap3 (cut).
    case(
        "myn94-10022",
        caption("a man in a maroon kurta and white pants standing in front of a red curtain"),
        D.wearing("a red kurta and white pajamas"),
        D.garment_type("shirt", "contradiction"),
        D.color("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        D.details("the kurta has gold buttons and embroidery on the collar", "unsupported"),
        D.description(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="SOJANYA Men Maroon & Cream-Coloured Self Design Kurta with Churidar",
    ),
    # c23 Women's light blue high-rise mom jeans (no rips), black sleeveless crop top, a watch on the wrist.
    # caption cap3 (cut); wearing base; color base; garment_type vqa (leak); details base (invented ripped knees);
    # pattern vqa.
    case(
        "myn94-10023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        D.color("light blue"),
        D.garment_type("denim Question: What is the color of the denim? Answer: blue", "leak"),
        D.details("the jeans are high waisted with a button fly and ripped knees", "unsupported"),
        D.pattern("solid"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Mango Women Blue Mom Fit High-Rise Jeans",
    ),
    # c24 Men's white pique polo with navy tipping on collar and cuffs, navy trousers, grey studio background.
    # caption base; wearing cap3; color vqa (the background's grey); garment_type base; details vqa (loop);
    # description vqa (leak); material base.
    case(
        "myn94-10024",
        caption("a man in a white polo shirt standing in front of a grey background"),
        D.wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        D.color("grey", "contradiction"),
        D.garment_type("polo shirt"),
        D.details(
            "navy blue tipping on the collar and cuffs, navy blue tipping on the collar and cuffs, navy blue "
            "tipping on the collar and cuffs",
            "loop",
            hit_limit=True,
        ),
        D.description("Describe the garment. Answer: white polo shirt", "leak"),
        D.material("pique cotton"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # c25 Women's pink net lehenga with gold zari and sequin embroidery, matching net dupatta, model.
    # caption cap1 (loop); wearing base; garment_type vqa ("skirt", the lehenga in In-shop words); color base;
    # details base; material base (velvet).
    case(
        "myn94-10025",
        caption(
            "The lady is wearing a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady is "
            "wearing a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady is wearing a "
            "long skirt with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga"),
        D.garment_type("skirt"),
        D.color("pink and gold"),
        D.details("it has gold embroidery and sequins and a matching dupatta"),
        D.material("velvet", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="panchhi Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # c26 Men's light pink solid formal shirt, navy trousers, a watch on the wrist.
    # caption cap3 (cut); wearing base; color cap3 (template, no hue); garment_type vqa; details base (question
    # back); description base.
    case(
        "myn94-10026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and blue pants"),
        D.color(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and it has a lapel neckline.",
            "non_answer",
        ),
        D.garment_type("shirt"),
        D.details("the details of the garment are the details of the shirt", "restated"),
        D.description("a pink shirt"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Arrow Men Pink Slim Fit Solid Formal Shirt",
    ),
    # c27 Women's peach solid ruffled top with short puff sleeves, white jeans, model seated in a cafe.
    # caption base; wearing base ("he"); color cap1 (template); sleeve_length vqa; details vqa (loop);
    # material base (empty); pattern base.
    case(
        "myn94-10027",
        caption("a woman sitting at a table in a cafe wearing a pink top and white jeans"),
        D.wearing("he is wearing a pink shirt", "pronoun"),
        D.color(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric.",
            "non_answer",
        ),
        D.sleeve_length("short"),
        D.details(
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles "
            "ruffles ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        D.pattern("solid"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Berrylush Women Peach-Coloured Solid Ruffled Top",
    ),
    # c28 Men's navy blue straight kurta with small white printed motifs, white pyjama, outdoors.
    # caption cap3 (kurta as "shirt"); wearing base; color vqa (the pyjama's white); pattern base; details vqa
    # (stopped early); material cap3 (cut).
    case(
        "myn94-10028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        D.wearing("a blue kurta and white pajamas"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.details("mandarin collar and", "cut"),
        D.material(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Anouk Men Navy Blue & White Printed Straight Kurta",
    ),
    # c29 Women's green anarkali kurta with a gold foil print, three-quarter sleeves, flared hem, white wall.
    # caption base; garment_type vqa ("dress"); color vqa (the print's gold); pattern base; sleeve_length base;
    # details cap1 (loop); description base.
    case(
        "myn94-10029",
        caption("a woman in a green anarkali suit posing in front of a white wall"),
        D.garment_type("dress", "contradiction"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("three quarter"),
        D.details(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it "
            "has a round neckline. The lady is wearing a long-sleeve dress with graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.description("it is a green anarkali kurta with gold print and flared hem"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Biba Women Green & Golden Printed Anarkali Kurta",
    ),
    # c30 Men's navy blue cargo shorts (flap side pockets), white T-shirt.
    # caption cap3; wearing base; color vqa (the tee's white); garment_type vqa; details base ("they are short");
    # description vqa (cut); material vqa (leak).
    case(
        "myn94-10030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing("a white t-shirt and blue shorts"),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("they are short", "non_answer"),
        D.description(
            "navy blue cargo shorts with side pockets and flap pockets and a button closure and belt loops and the "
            "hem is turned up and the waist has",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the shorts? Answer: blue Question: What", "leak", hit_limit=True
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Regular Fit Cargo Shorts",
    ),
    # c31 Women's black wrap dress with white polka dots, short sleeves, tie belt, model on a beach.
    # caption base; wearing base; color cap3 (template); pattern vqa; sleeve_length vqa ("sleeveless"); details
    # base (invented slit and zip).
    case(
        "myn94-10031",
        caption("a woman in a black and white polka dot dress standing on the beach"),
        D.wearing("a black and white polka dot dress"),
        D.color(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and "
            "it has a v-shape neckline.",
            "non_answer",
        ),
        D.pattern("polka dot"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("it has a tie belt, a v neck and a slit up the leg with a hidden zip at the back", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Dorothy Perkins Women Black & White Polka Dot Print Wrap Dress",
    ),
    # c32 Boys' red T-shirt with a dinosaur print and blue denim shorts, product shot: flat lay on white; the feed
    # has no colour. caption cap3 (template's "man" over the two garments shown); wearing base; garment_type base;
    # color vqa (loop); details vqa (stopped early).
    case(
        "myn94-10032",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("a red t-shirt and blue shorts"),
        D.garment_type("t-shirt and shorts"),
        D.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        D.details("the t-shirt has a dinosaur print on the front and the shorts have", "cut"),
        gender="Boys",
        category="Clothing Set",
        title="BAESD Boys Red & Blue T-shirt with Shorts",
    ),
    # c33 Women's lavender oversized T-shirt with a small print on the chest, blue jeans.
    # caption cap1 (loop); wearing base; color vqa (the jeans' blue); garment_type vqa; sleeve_length base;
    # details base (prompt leak); material base.
    case(
        "myn94-10033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady wears a short-sleeve T-shirt with graphic patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple t-shirt and jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("tee"),
        D.sleeve_length("short"),
        D.details("What are the details of the garment? Answer: a small print on the chest", "leak"),
        D.material("cotton"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Printed Oversized T-shirt",
    ),
    # c34 Men's mustard brocade Nehru jacket over a white kurta and white churidar.
    # caption base; wearing base; garment_type vqa ("vest"); color vqa (the kurta's white); details base (question
    # back); description cap3 (cut); material base.
    case(
        "myn94-10034",
        caption("a man in a yellow vest over a white kurta"),
        D.wearing("a white kurta and a yellow vest"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.details("the details of the jacket are the jacket details", "restated"),
        D.description(
            "The gentleman is wearing a sleeveless vest with graphic patterns. The vest is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long-sleeve shirt. The gentleman wears a long pants. The "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        D.material("brocade"),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Manyavar Men Mustard Yellow Woven Design Nehru Jacket",
    ),
    # c35 Women's white solid flared palazzos, model in a blue floral printed kurti.
    # caption base; wearing base; color vqa (the kurti's blue); garment_type vqa; details cap1 (cut); pattern vqa
    # (the kurti's floral).
    case(
        "myn94-10035",
        caption("a woman in a blue top and white pants"),
        D.wearing("she is wearing a blue kurta and white palazzo pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("pants"),
        D.details(
            "The lady is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.pattern("floral", "contradiction"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="W Women White Solid Flared Palazzos",
    ),
    # c36 Men's charcoal grey long-sleeve henley T-shirt (three-button placket, no pocket), black jeans.
    # caption cap3 (stopped early); wearing base; color vqa; sleeve_length vqa; details base; description base
    # (invented chest pocket); material vqa.
    case(
        "myn94-10036",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is",
            "cut",
        ),
        D.wearing("a grey long sleeve shirt and black jeans"),
        D.color("dark grey"),
        D.sleeve_length("long"),
        D.details("it has three buttons"),
        D.description("a grey henley t-shirt with long sleeves and a chest pocket", "unsupported"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Charcoal",
        title="WROGN Men Charcoal Grey Solid Henley Neck T-shirt",
    ),
    # c37 Girls' green sleeveless kurta with a pink floral print and pink sharara, little girl; the feed has no
    # title. caption base; wearing base ("he"); color cap3 (template); pattern vqa; garment_type vqa ("dress");
    # sleeve_length vqa.
    case(
        "myn94-10037",
        caption("a little girl in a green and pink outfit"),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.color(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants.",
            "non_answer",
        ),
        D.pattern("floral"),
        D.garment_type("dress", "contradiction"),
        D.sleeve_length("sleeveless"),
        gender="Girls",
        category="Kurta Sets",
        color="Green",
    ),
    # c38 Men's navy cable-knit pullover, a white shirt collar showing at the neck, grey trousers.
    # caption cap3; wearing base; color vqa (the shirt's white); pattern base; details vqa (loop); material base;
    # description base (restates the question).
    case(
        "myn94-10038",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric and it has a round neckline. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing("a blue sweater over a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("cable knit"),
        D.details(
            "cable knit cable knit cable knit cable knit cable knit cable knit cable knit cable knit cable knit "
            "cable knit",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        D.description("The garment is a sweater. The sweater is a garment that is worn", "restated"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Marks & Spencer Men Navy Blue Cable Knit Pullover",
    ),
    # c39 Women's olive utility shirt (two flap chest pockets, roll-up tabs) worn open over a white tank, blue
    # jeans. caption cap3 (cut); wearing base; color vqa (the tank's white); details base; description cap1 (cut);
    # material vqa (empty); sleeve_length base (restated).
    case(
        "myn94-10039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The lady wears a tank top. The lady wears a long pants. The pants are with "
            "denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt over a white tank top and jeans"),
        D.color("white", "other_garment_color"),
        D.details("two flap pockets on the chest and roll-up sleeve tabs"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The lady wears a tank top. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        D.sleeve_length("long sleeves, the sleeves are long sleeves", "restated"),
        gender="Women",
        category="Shirts",
        color="Olive",
        title="Roadster Women Olive Green Utility Shirt",
    ),
    # c40 Men's yellow T-shirt with black typography "NOT TODAY", product shot: laid flat on white, no person.
    # caption cap3 (stopped early); wearing base; color vqa (the print's black); pattern base; details vqa (cut);
    # description base (empty).
    case(
        "myn94-10040",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a",
            "cut",
        ),
        D.wearing("a yellow t-shirt"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        D.details(
            "the t-shirt has a print on the front and the print says not today in black letters and the sleeves "
            "are short and the neck",
            "cut",
            hit_limit=True,
        ),
        D.description("", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Yellow",
        title="Difference of Opinion Men Yellow Typography Printed T-shirt",
    ),
    # c41 Women's off-white kasavu saree with a gold zari border, model with a gold necklace; the feed has no
    # category. caption base; wearing base ("he"); color cap3 (template); details cap1 (cut); material base;
    # pattern base.
    case(
        "myn94-10041",
        caption("a woman in a white and gold saree"),
        D.wearing("he is wearing a white saree", "pronoun"),
        D.color(
            "The lady is wearing a long dress with pure color patterns. The dress is with cotton fabric. There is "
            "an accessory on her neck.",
            "non_answer",
        ),
        D.details(
            "The lady is wearing a long dress with pure color patterns. The dress is with cotton fabric. There is "
            "an accessory on her neck. The lady wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.pattern("solid with gold border"),
        gender="Women",
        color="Off White",
        title="Mitera Off-White & Gold-Toned Zari Kasavu Saree",
    ),
    # c42 Men's black slim jeans, grey crew-neck sweatshirt, a watch on the wrist.
    # caption cap1 (cut); wearing base; color vqa (the sweatshirt's grey); details base (empty); description base
    # (question back); material base.
    case(
        "myn94-10042",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist. The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and black jeans"),
        D.color("grey", "other_garment_color"),
        D.details("", "non_answer"),
        D.description("describe the garment", "restated"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # c43 Women's red and white gingham-check peplum top, short puff sleeves, black skirt, a bracelet.
    # caption cap3 (cut); wearing base; color vqa; details base (invented bow and back zip); material vqa.
    case(
        "myn94-10043",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a short skirt. The shirt is with cotton "
            "fabric and it has a round neckline. The skirt is with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and white checkered top and a black skirt"),
        D.color("red and white"),
        D.details("a peplum hem, a back zip, puff sleeves and a tie-up bow at the waist", "unsupported"),
        D.material("nothing", "non_answer"),
        gender="Women",
        category="Tops",
        color="Red",
        title="Harpa Women Red & White Checked Peplum Top",
    ),
    # c44 Boys' blue denim shirt (two chest pockets with snaps, sleeves rolled), khaki shorts, yellow wall.
    # caption base; wearing base; color cap3 (template); details vqa (stopped early); description base (restated).
    case(
        "myn94-10044",
        caption("a young boy in a denim shirt and khaki shorts standing against a yellow wall"),
        D.wearing("a blue denim shirt and khaki shorts"),
        D.color(
            "The man wears a long-sleeve shirt with pure color patterns and a short pants. The shirt is with denim "
            "fabric and it has a lapel neckline.",
            "non_answer",
        ),
        D.details("two chest pockets with snap buttons and the sleeves are rolled up and the collar is", "cut"),
        D.description("the garment is a shirt and the shirt is a garment", "restated"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Gini and Jony Boys Blue Denim Casual Shirt",
    ),
]
