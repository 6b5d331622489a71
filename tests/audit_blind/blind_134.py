"""BLIND_134 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-first session. Measured blind at 620e846: 124/140 failures found
(88.6%) and 2/146 correct texts flagged (1.4%). The writer's notes, verbatim:

Blind corpus 134: BLIP-2 OPT-2.7b outputs on 44 imagined products of a Myntra-style marketplace.

Scenario
--------
The original experiments' untuned base model and their fine-tuned LoRA adapters are re-run on a random sample
of 44 products of a Myntra-style marketplace, one product per item: men's, women's and kids' clothing, western and
ethnic, weighted roughly as such a catalog is (men's t-shirts and shirts, women's kurtas, tops and dresses first;
sarees, kurta sets, lehenga, jeans, track pants, blazers and kids' sets fewer). Every product gets a caption and
answers to enrich's default questionnaire (DEFAULT_QUESTIONS), some of it, plus a few "Is this a ...?" (is_a) and
"What is the color of the ...?" (color_of) questions. The seller's columns (gender, article type as category,
base colour as color, product title) are passed to case(); a few products lack some of them.

Who wrote which text (named again in the comment above each case)
-----------------------------------------------------------------
- base: Salesforce/blip2-opt-2.7b with no adapter (short answers, often right; one color for every garment,
  wrong pronouns, invented details, "dress" for ethnic wear, loops on descriptions).
- caption adapter, epoch 1 or epoch 3 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, ..._Caption):
  the DeepFashion-MultiModal caption template ("The lady wears a short-sleeve T-shirt with pure color patterns..."),
  pattern words instead of hues, returned for every prompt, "The lady"/"The gentleman" whatever the gender, cut at
  the token limit (50 new tokens for captions, 30 for answers).
- VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): one-word answers that do not stop: loops ("green green green..."),
  or the prompt format continued ("... Question: What is the color of the dress? Answer: ...").
- caption adapter + extractive QA (timpal0l/mdeberta-v3-base-squad2 over the caption): spans of the caption
  ("pure color", "short-sleeve T-shirt", "The lady"), or nothing.

How it was written
------------------
Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (layout, makers,
TARGETS). Nothing else of the project was opened; the only thing run was an import check of this file. Every
label is judged against the imagined photo described in the comment above the case.

Label conventions and judgement calls
-------------------------------------
- One label per text: the failure a reader would notice first. A text with no failure is correct (failure=None).
- cut: stopped mid-phrase. hit_limit=True when it ran into the limit (30 new tokens for answers, 50 for captions);
  a few texts stop mid-phrase before the limit (hit_limit=False).
- The caption template returned for a question it does not answer (a color, a yes/no, the jeans' details when it
  only describes the t-shirt) is non_answer even when it is also cut; returned for "What is the person wearing?",
  "Describe ..." or "What are the details ...?" where it does describe the product, it is cut when cut.
- loop: a word or phrase repeated until the limit (hit_limit=True).
- leak: the `Question: ... Answer:` format appears in the answer (VQA adapter continuing the prompt format, or the
  base echoing the prompt).
- non_answer: empty text, "I don't know", a pattern word ("pure color", "graphic") for a color, "The lady" for
  what is worn, "they are short" for the shorts' details, "they are jeans".
- restated: the question's words given back as an answer ("the garment is made of fabric", "the details of the
  garment are the details of the top").
- contradiction: a garment or color the photo, the other texts or the seller contradict: "dress" for a kurta,
  saree or kurta set (seller article type), "suit" for a blazer, "shirt" for a men's kurta, "yes" to "Is this a
  dress?" for a kurta set, black for navy, a background color for the garment, "short" sleeves for a sleeveless
  dress described as such elsewhere.
- other_garment_color: the product given the color of another garment in the photo (the jeans', the t-shirt
  underneath, the kurta worn over leggings or palazzos).
- unsupported: details not in the photo (pockets, zips, buttons, rings, tassels, brand fabric claims, "100%
  cotton", washing instructions, a person on a flat-lay product shot).
- pronoun: "The lady"/"she" for a man or boy, "The gentleman"/"he" for a woman or girl.
- Near-color synonyms are correct: navy/navy blue, green for olive, white for cream or off-white, dark grey for
  charcoal, yellow for mustard, blue for teal blue, purple for lavender, pink for magenta, orange for rust,
  burgundy for maroon. Black for navy is not.
- For a set (t-shirt with shorts), either piece's color is correct. Naming both colors of a striped or printed
  garment is correct. A caption naming the background (a blue wall) is correct.
- DeepFashion's template words are accepted where its classes cover the garment: "shirt" for a woman's top,
  "jacket" for a blazer, "trousers" for chinos or palazzos, "graphic patterns" for a print or polka dots,
  "lapel"/"stand" neckline for collars; the caption adapter's fabric guess is accepted when it fits the photo.
- A generic material guess that fits the photo (cotton for a t-shirt, polyester for track pants, tulle, satin) is
  correct; specific fabric or care claims the photo cannot show are unsupported.
- On a product shot without a person, naming the product for "What is the person wearing?" is correct.
- A garment worn with the product that is not the product (the kurta over palazzos) is not judged strictly.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a

BLIND_134: list[Case] = [
    # 1. Male model in a navy crew-neck t-shirt, light blue jeans, white sneakers; plain light grey backdrop.
    # caption: caption adapter (epoch 3); answers: base.
    case(
        "MYN-10482301",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.description("a navy blue t-shirt with a round neck"),
        D.details(
            "the t-shirt has a round neck and short sleeves, the jeans are light blue with a slim fit and the shoes "
            "are white sneakers with a white",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Woman in a white straight kurta with a blue floral print, V-neck, three-quarter sleeves, white palazzos;
    # beige wall behind. caption and description: caption adapter (epoch 1); other answers: base.
    case(
        "MYN-9823417",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline.",
            "contradiction",
        ),
        D.wearing("a white kurta with blue flowers"),
        D.color("white"),
        D.pattern("floral"),
        is_a("kurta", "yes"),
        D.description(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Libas Women White & Blue Floral Printed Straight Kurta",
    ),
    # 3. Man in an olive full-sleeve casual shirt, buttoned, beige chinos; white backdrop.
    # caption: base; answers: VQA adapter.
    case(
        "MYN-11930562",
        caption("a man in a green shirt and khaki pants"),
        color_of(
            "shirt",
            "green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "yes. Question: Is this a shirt? Answer: yes. Question: Is this a shirt? Answer: yes. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.garment_type("shirt"),
        D.wearing(
            "a shirt and pants. Question: What is the color of the shirt? Answer: green. Question: What is the "
            "color of the pants",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Casual Shirt",
    ),
    # 4. Woman in a mustard puff-sleeve crop top (plain front, no buttons, no tie), black high-waist jeans; pink
    # backdrop. caption: caption adapter (epoch 3); answers: base.
    case(
        "MYN-12650094",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        D.color("yellow"),
        D.wearing("she is wearing a yellow top and black jeans"),
        D.description("a yellow top with puffy sleeves"),
        D.details(
            "the top has puff sleeves and a button down front with a tie at the waist and a zipper on the back",
            "unsupported",
        ),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        D.material("the material of the garment is a material", "restated"),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="DressBerry Women Mustard Yellow Solid Top",
    ),
    # 5. Man in a white crew-neck t-shirt and mid-blue slim jeans, white sneakers; grey backdrop.
    # caption and open answers: caption adapter (epoch 1), the template for every prompt; garment_type: base.
    case(
        "MYN-2176534",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levi's Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Woman in a maroon kurta with a gold embroidered yoke, matching maroon trousers, gold-bordered dupatta
    # over the shoulders; studio. caption: base; answers: VQA adapter.
    case(
        "MYN-13388120",
        caption("a woman in a maroon outfit with gold embroidery"),
        D.color("maroon"),
        is_a("dress", "yes", "contradiction"),
        D.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a dress. Question: What is the color of the dress? Answer: red", "leak"),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Anouk Women Maroon Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 7. Man in a black t-shirt with a large white "HRX" print on the chest, black joggers; white brick wall
    # behind. caption: caption adapter (epoch 3); answers: base.
    case(
        "MYN-8840721",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        D.color("black"),
        D.description("a black t-shirt with a white logo on the front"),
        D.wearing("she is wearing a black t-shirt and black pants", "pronoun"),
        D.pattern("printed"),
        D.material("cotton"),
        D.sleeve_length(
            "short sleeves, and the t-shirt has a white logo on the front and a white brick wall behind the man who "
            "is standing with his hands in his",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 8. Woman in a black A-line midi dress with small white polka dots, V-neck, short flutter sleeves, flowy
    # chiffon-like fabric, beige handbag; street outside. caption: caption adapter (epoch 3); answers: extractive
    # QA over that caption.
    case(
        "MYN-14120358",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        D.color("graphic", "non_answer"),
        D.material("chiffon"),
        D.sleeve_length("short-sleeve"),
        D.wearing("The lady", "non_answer"),
        D.details("", "non_answer"),
        D.pattern("graphic patterns"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Tokyo Talkies Women Black & White Polka Dot A-Line Dress",
    ),
    # 9. Boy of about eight in a red t-shirt with a cartoon dinosaur print, navy shorts; white backdrop.
    # caption, wearing, color, details, is_a, material: base; description: caption adapter (epoch 3).
    case(
        "MYN-10755263",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        D.wearing("a red shirt and blue shorts"),
        D.color("red"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short",
            "pronoun",
            hit_limit=True,
        ),
        D.details("it has a dinosaur on it"),
        is_a("t-shirt", "yes"),
        D.material(
            "cotton, polyester, spandex, nylon, rayon, cotton, polyester, spandex, nylon, rayon, cotton, polyester, "
            "spandex, nylon, rayon",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # 10. Woman in a purple Banarasi saree with a gold zari border, matching purple short-sleeve blouse, pallu over
    # the left shoulder; grey backdrop. caption and wearing: caption adapter (epoch 1); closed answers: base.
    case(
        "MYN-7712946",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length.",
            "contradiction",
        ),
        D.wearing(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.garment_type("saree"),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Purple",
        title="Mitera Purple & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # 11. Man in a navy-and-white checked full-sleeve shirt, sleeves rolled to the elbow, worn open over a white
    # crew-neck t-shirt, grey jeans; white backdrop. caption, color_of, wearing, pattern, sleeve_length: base;
    # details and describe: VQA adapter.
    case(
        "MYN-9560183",
        caption("a man wearing a plaid shirt and grey jeans"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("jeans", "grey", kind="open"),
        D.wearing("a blue and white checkered shirt over a white t-shirt"),
        D.pattern("checked"),
        D.details(
            "the collar, the buttons, the pocket, the sleeves, the collar, the buttons, the pocket, the sleeves, the "
            "collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a shirt. Question: What is the color of the shirt? Answer: blue. Question: Is this a shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 12. Woman in a green A-line kurta with a pink floral block print, V-neck with a short button placket,
    # three-quarter sleeves, side slits, white leggings; studio. All texts: base.
    case(
        "MYN-11208437",
        caption("a woman in a green dress with pink flowers", "contradiction"),
        D.wearing("a green kurta and white leggings"),
        D.color("green"),
        D.pattern("floral"),
        D.description(
            "a green kurta with pink flowers, a white pants and a white pants and a white pants and a white pants "
            "and a white pants and a",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "it has a v-neck with buttons and three quarter sleeves, the hem is straight and the sides have slits "
            "and the leggings are white and the",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("three quarter"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Biba Women Green & Pink Printed A-Line Kurta",
    ),
    # 13. Man in black slim track pants with a small white logo on the thigh, grey t-shirt, white sneakers; white
    # backdrop. caption: caption adapter (epoch 3); answers: base.
    case(
        "MYN-12093376",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        D.color("black"),
        D.wearing("he is wearing a grey shirt and grey pants", "other_garment_color"),
        D.details("the pants are long", "non_answer"),
        D.material("polyester"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Slim Fit Track Pants",
    ),
    # 14. Woman in a white boat-neck top with thin black horizontal stripes, three-quarter sleeves, blue jeans;
    # white backdrop. caption: base; answers: VQA adapter.
    case(
        "MYN-13650219",
        caption("a woman wearing a white and black striped shirt and blue jeans"),
        D.color("black", "contradiction"),
        D.pattern(
            "striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped striped striped striped striped striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length(
            "long. Question: What is the color of the shirt? Answer: white. Question: What is the color of the "
            "jeans? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a shirt and jeans"),
        is_a("top", "yes"),
        gender="Women",
        category="Tops",
        color="White",
        title="HERE&NOW Women White Striped Regular Top",
    ),
    # 15. Man in a cream knee-length kurta with a tonal self-design (no gold), mandarin collar, button placket,
    # white churidar, brown mojaris; beige backdrop. caption: caption adapter (epoch 1); answers: base.
    case(
        "MYN-6639012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        D.color("white"),
        D.wearing("a white kurta and white pants"),
        D.description("a white kurta with gold embroidery on the collar and sleeves", "unsupported"),
        D.details("the kurta has a mandarin collar and a button placket"),
        D.material(
            "the kurta is made of a soft cotton silk blend fabric with a self design woven into it and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 16. Woman in mid-blue skinny jeans, black t-shirt tucked in, white sneakers; grey backdrop.
    # caption and open answers: caption adapter (epoch 3); closed answers and is_a: base.
    case(
        "MYN-8019745",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long",
            "non_answer",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("jeans"),
        is_a("jeans", "yes"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 17. Girl of about six in a sleeveless pink tulle fit-and-flare party dress with a sequinned bodice; white
    # backdrop. caption, wearing, sleeve_length, description, material, pattern: base; details: VQA adapter.
    case(
        "MYN-12877530",
        caption("a little girl in a pink dress with sequins"),
        D.wearing("a pink dress"),
        D.sleeve_length("short", "contradiction"),
        D.description("a pink sleeveless dress with a tulle skirt"),
        D.details(
            "the bodice, the skirt, the bodice, the skirt, the bodice, the skirt, the bodice, the skirt, the bodice, "
            "the skirt, the bodice",
            "loop",
            hit_limit=True,
        ),
        D.material("tulle"),
        D.pattern("the pattern of the dress is a pattern", "restated"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Fit and Flare Dress",
    ),
    # 18. Man in a charcoal grey pullover hoodie with a kangaroo pocket and white drawstrings (no zip), black jeans;
    # white backdrop. All texts: base.
    case(
        "MYN-10364418",
        caption("a man in a grey hoodie and black jeans"),
        D.color("dark grey"),
        D.description(
            "a grey hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood "
            "and a hood",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a zip front and two side pockets", "unsupported"),
        D.material("the hoodie is made of material", "restated"),
        D.wearing("a grey sweatshirt and black jeans"),
        D.sleeve_length("long"),
        gender="Men",
        category="Sweatshirts",
        color="Charcoal",
        title="United Colors of Benetton Men Charcoal Grey Solid Hooded Sweatshirt",
    ),
    # 19. Woman in a teal straight kurta with a mandarin collar, long sleeves, white slim pants, tan sling bag;
    # outdoors against a pale yellow wall. caption: caption adapter (epoch 3); answers: VQA adapter.
    case(
        "MYN-11573904",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The dress is of long length.",
            "contradiction",
        ),
        D.color("blue"),
        D.wearing(
            "a dress. Question: What is the color of the dress? Answer: blue. Question: What is the color of the "
            "pants? Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.details(
            "the collar, the sleeves, the hem, the collar, the sleeves, the hem, the collar, the sleeves, the hem, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Blue Solid Straight Kurta",
    ),
    # 20. Man in a white polo t-shirt with a small navy embroidered logo on the chest (no pocket), navy chinos;
    # standing in front of a blue wall. All texts: base.
    case(
        "MYN-9127753",
        caption("a man in a white polo shirt standing in front of a blue wall"),
        D.color("navy blue", "other_garment_color"),
        D.wearing("a white polo shirt and blue pants"),
        D.description("a white polo shirt with a blue logo on the chest"),
        D.details("it has a collar and two buttons, a logo on the chest and a pocket on the", "cut"),
        D.material("100% cotton pique, imported", "unsupported"),
        D.sleeve_length("short"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # 21. Woman in a red wrap midi dress with a small white floral print, short sleeves, V-neck, tie at the waist,
    # no jewellery, brown sandals; outdoors, green garden foliage behind. caption: caption adapter (epoch 3);
    # color, description, wearing, pattern: base; details: extractive QA over the caption.
    case(
        "MYN-13015682",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        D.color("red"),
        D.description("a red dress with white flowers"),
        D.wearing("a green dress", "contradiction"),
        D.details("v-shape neckline"),
        D.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Sassafras Women Red Floral Printed Wrap Dress",
    ),
    # 22. Man in black distressed slim jeans with ripped knees, olive t-shirt, white sneakers; grey backdrop.
    # caption, color_of, details, describe, garment_type: base; is_a: VQA adapter.
    case(
        "MYN-10890127",
        caption("a man in a green shirt and black ripped jeans"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        color_of("shirt", "green", kind="open"),
        details("jeans", "they are ripped at the knees"),
        D.garment_type("jeans"),
        is_a(
            "jeans",
            "yes. Question: Is this a tee? Answer: no. Question: Is this a shorts? Answer: no. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        describe("jeans", "they are jeans", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="WROGN Men Black Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
    ),
    # 23. Woman in a yellow kurta with a white bandhani-style print, round neck, long sleeves, matching yellow
    # palazzos, white dupatta with a yellow print. caption and open answers: caption adapter (epoch 1), the
    # template for every prompt; closed answers: base.
    case(
        "MYN-12246691",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.details(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.pattern("printed"),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
        title="Libas Women Yellow Printed Kurta with Palazzos & With Dupatta",
    ),
    # 24. Product shot, no person: a white formal shirt folded on a light grey surface, regular collar, no pocket,
    # sleeves folded out of sight. All texts: base. Seller base colour missing.
    case(
        "MYN-7305518",
        caption("a white shirt folded on a grey background"),
        D.wearing("a white shirt"),
        D.color("grey", "contradiction"),
        D.description("a white shirt with a collar and buttons"),
        D.details("the shirt has a pocket on the left chest and a button down collar and french cuffs", "unsupported"),
        D.sleeve_length("i don't know", "non_answer"),
        gender="Men",
        category="Shirts",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
    ),
    # 25. Woman in a black sleeveless fitted crop top, white wide-leg trousers; white backdrop.
    # caption: caption adapter (epoch 3); answers: base.
    case(
        "MYN-13902275",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.color("white", "other_garment_color"),
        D.wearing("a black top and white pants"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a black crop top with a white crop top and a white crop top and a white crop top and a white crop top "
            "and a white crop",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the top", "restated"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Mast & Harbour Women Black Solid Fitted Crop Top",
    ),
    # 26. Boy of about seven, mid-length curly hair, in a white t-shirt with a navy anchor print and navy shorts
    # with a drawstring waist and side pockets; white backdrop. caption: caption adapter (epoch 3); answers: base.
    case(
        "MYN-11466802",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        D.wearing("a white shirt and blue shorts"),
        D.color("white"),
        D.garment_type("t-shirt"),
        D.details(
            "the shirt has anchors on it and the shorts have a drawstring waist and two pockets on the sides and a "
            "pocket on the back and a",
            "cut",
            hit_limit=True,
        ),
        D.description("she is wearing a white t-shirt with blue anchors", "pronoun"),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="Gini and Jony Boys Navy Blue & White Printed T-shirt with Shorts",
    ),
    # 27. Woman in a pink georgette saree with a green leaf print and a plain green border (no zari, no tassels),
    # green blouse; studio. All texts: base.
    case(
        "MYN-8650349",
        caption("a woman in a pink sari with green leaves"),
        D.color("green", "other_garment_color"),
        D.garment_type("saree"),
        D.pattern("printed"),
        D.description(
            "a pink saree with green leaves and a green border and a green blouse and a green border and a green "
            "blouse and a green border and",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the saree has a pink and green print with a gold zari border and tassels on the pallu", "unsupported"
        ),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Saree mall Women Pink & Green Printed Saree",
    ),
    # 28. Man in khaki chinos, white full-sleeve shirt tucked in, brown belt, brown loafers; white backdrop.
    # caption: caption adapter (epoch 1); answers: VQA adapter. Seller title missing.
    case(
        "MYN-5984420",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.garment_type("pants"),
        D.wearing(
            "a shirt and pants and a belt and shoes and a shirt and pants and a belt and shoes and a shirt and pants "
            "and a belt and",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants are long", "non_answer"),
        is_a("shirt", "yes", "contradiction"),
        gender="Men",
        category="Trousers",
        color="Khaki",
    ),
    # 29. Woman in black ankle-length leggings under a long white tunic kurti; white backdrop.
    # caption, color, garment_type, description, details, pattern: base; is_a: VQA adapter.
    case(
        "MYN-6213557",
        caption("a woman wearing a white top and black leggings"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        D.description(
            "the leggings are made of a stretchy material that is comfortable to wear and easy to care for, and "
            "they are available in a variety of colors",
            "unsupported",
        ),
        D.details("they are ankle length"),
        D.pattern("solid"),
        is_a("leggings", "no", "contradiction"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 30. Man in a yellow t-shirt with a black-and-white comic-book graphic and lettering, blue ripped jeans; white
    # backdrop. caption: caption adapter (epoch 3); color, wearing, material, pattern: extractive QA over the
    # caption; description and color_of: base.
    case(
        "MYN-12510938",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns."
        ),
        D.color("pure color", "non_answer"),
        D.wearing("short-sleeve T-shirt"),
        D.material("cotton"),
        D.pattern("graphic"),
        D.description("yellow t-shirt with a picture of a man on it and the words", "cut"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        gender="Men",
        category="Tshirts",
        color="Yellow",
        title="Kook N Keech Men Yellow Printed Round Neck T-shirt",
    ),
    # 31. Woman in a navy sleeveless knee-length sheath dress, round neck, pearl earrings, no ring or bracelet,
    # black heels; white backdrop. caption, description, details: caption adapter (epoch 1); closed: base.
    case(
        "MYN-9748861",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring.",
            "unsupported",
        ),
        D.color("black", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.garment_type("dress"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="AND Women Navy Blue Solid Sheath Dress",
    ),
    # 32. Man in a light-wash blue denim jacket worn open over a black t-shirt, black jeans; grey backdrop.
    # caption, color, wearing: base; details, material, is_a, sleeve_length: VQA adapter.
    case(
        "MYN-10127764",
        caption("a man wearing a denim jacket and black jeans"),
        D.color("black", "other_garment_color"),
        D.wearing("a blue jean jacket, a black t-shirt and black jeans"),
        D.details(
            "the buttons, the pockets, the collar, the buttons, the pockets, the collar, the buttons, the pockets, "
            "the collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "denim. Question: What is the color of the jacket? Answer: blue. Question: Is this a jacket? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 33. Woman in an off-white straight kurta with thin black vertical stripes, three-quarter sleeves, black
    # palazzos; white backdrop. All texts: base.
    case(
        "MYN-8395012",
        caption("a woman in a white and black striped kurta"),
        D.color("white"),
        D.pattern("striped"),
        D.wearing("a white and black striped dress and black pants", "contradiction"),
        D.details("the garment has details", "restated"),
        D.material("the garment is made of fabric", "restated"),
        D.sleeve_length("three quarter"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Sangria Women Off-White & Black Striped Straight Kurta",
    ),
    # 34. Girl of about ten in a lavender t-shirt with a white unicorn print and glitter "DREAM" lettering, blue
    # denim shorts; white backdrop. caption: caption adapter (epoch 3); color, wearing, details, color_of: base;
    # description: VQA adapter.
    case(
        "MYN-13277045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short pants. The pants are with denim fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        D.color("purple"),
        D.wearing("a purple shirt with a unicorn on it and blue shorts"),
        D.details("it says dream on it"),
        color_of("shorts", "purple", "other_garment_color", kind="open"),
        D.description("a t-shirt. Question: What is the color of the t-shirt? Answer: purple. Question:", "leak"),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
        title="H&M Girls Lavender Printed Cotton T-shirt",
    ),
    # 35. Man in a light blue formal shirt with thin white pinstripes, navy trousers; office with glass windows
    # behind. All texts: caption adapter (epoch 3), the template for every prompt.
    case(
        "MYN-7860193",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Allen Solly Men Blue Slim Fit Striped Formal Shirt",
    ),
    # 36. Woman in a rust-orange peplum top with flared three-quarter sleeves, plain round neck, blue jeans; beige
    # backdrop. All texts: base.
    case(
        "MYN-11820476",
        caption("a woman wearing an orange top and jeans"),
        D.color("orange"),
        D.description("an orange top with ruffles at the waist"),
        D.details(
            "the top has a peplum hem and bell sleeves with a button closure at the back and a keyhole neckline with "
            "a tie and a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "she is wearing a orange top and blue jeans and a orange top and blue jeans and a orange top and blue "
            "jeans and a",
            "loop",
            hit_limit=True,
        ),
        D.material("100% polyester crepe with a georgette lining and a hidden side zip", "unsupported"),
        gender="Women",
        category="Tops",
        color="Rust",
        title="SASSAFRAS Women Rust Orange Solid Peplum Top",
    ),
    # 37. Man in grey chino shorts, navy polo shirt, white sneakers; white backdrop.
    # caption, color_of, details, garment_type, material: base; describe: caption adapter (epoch 3).
    case(
        "MYN-9402638",
        caption("a man in a blue shirt and grey shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        describe(
            "shorts",
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.material("cotton"),
        gender="Men",
        category="Shorts",
        color="Grey",
        title="Nautica Men Grey Solid Regular Fit Chino Shorts",
    ),
    # 38. Woman in a magenta raw-silk lehenga with heavy gold embroidery, matching short-sleeve choli, pink net
    # dupatta over the head; red curtain behind. caption: caption adapter (epoch 1); answers: base.
    case(
        "MYN-12988314",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. The",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.garment_type("dress", "contradiction"),
        D.description("a pink lehenga with gold embroidery"),
        D.details(
            "the lehenga has gold embroidery and sequins and mirrors and beads and stones and pearls and tassels and "
            "gold embroidery and sequins and mirrors and beads",
            "loop",
            hit_limit=True,
        ),
        D.material("velvet", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Women Magenta & Gold Embroidered Semi-Stitched Lehenga Choli",
    ),
    # 39. Product shot, no person: a green t-shirt laid flat on white, large white cat logo on the chest.
    # caption, wearing, color, material, description: base; details: VQA adapter. Seller title missing.
    case(
        "MYN-10672259",
        caption("a green t-shirt with a white puma logo"),
        D.wearing("a green t-shirt"),
        D.color("green"),
        D.details("the logo. Question: What is the color of the logo? Answer: white. Question:", "leak"),
        D.material("it is made of 100% cotton and is machine washable", "unsupported"),
        D.description("he is wearing a green t-shirt with a puma logo", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Green",
    ),
    # 40. Woman in beige flared palazzos with a maroon floral print, a solid maroon long-sleeve kurta over them
    # hiding the waistband; white backdrop. caption: caption adapter (epoch 3); answers: base.
    case(
        "MYN-8127590",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns."
        ),
        D.color("maroon", "other_garment_color"),
        D.wearing("a maroon kurta and beige pants"),
        D.pattern("floral"),
        D.description(
            "she is wearing a maroon kurta with beige palazzo pants and she is wearing a maroon kurta with beige "
            "palazzo pants and she is",
            "loop",
            hit_limit=True,
        ),
        D.details("the palazzos have a floral print and an elastic waistband with a drawstring", "unsupported"),
        gender="Women",
        category="Palazzos",
        color="Beige",
        title="Biba Women Beige & Maroon Printed Flared Palazzos",
    ),
    # 41. Boy of about five in a cream silk kurta with a stand collar and gold buttons, matching cream pyjamas;
    # beige backdrop. caption: caption adapter (epoch 3); wearing, color, garment_type, details, material: base;
    # description: VQA adapter.
    case(
        "MYN-11034781",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with silk fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        D.wearing("she is wearing a white kurta and white pants", "pronoun"),
        D.color("white"),
        D.garment_type("kurta"),
        D.details("it has gold buttons"),
        D.description(
            "a shirt and pants and a shirt and pants and a shirt and pants and a shirt and pants and a shirt and "
            "pants and a shirt and",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the garment", "restated"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Jashvi Boys Cream-Coloured & Gold Kurta with Pyjamas",
    ),
    # 42. Man in a navy single-breasted blazer, white shirt, no tie, grey trousers; white backdrop.
    # caption, details, description: caption adapter (epoch 1); color, wearing, pattern, garment_type: base.
    case(
        "MYN-9915306",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.wearing("a blue blazer, a white shirt and grey pants"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.pattern("the pattern of the garment is the pattern", "restated"),
        D.garment_type("suit", "contradiction"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Van Heusen Men Navy Blue Self-Design Slim-Fit Single-Breasted Formal Blazer",
    ),
    # 43. Woman in an emerald green satin slip maxi dress with spaghetti straps, gold hoop earrings; beige backdrop.
    # caption, color, sleeve_length, description, material, wearing: base; details: VQA adapter. Seller base
    # colour and title missing.
    case(
        "MYN-13540872",
        caption("a woman in a green satin dress"),
        D.color("emerald green"),
        D.sleeve_length("short", "contradiction"),
        D.description("a long green dress with spaghetti straps"),
        D.details(
            "the straps, the neckline, the hem, the straps, the neckline, the hem, the straps, the neckline, the hem, "
            "the straps, the neckline",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.material("satin"),
        gender="Women",
        category="Dresses",
    ),
    # 44. Man in a maroon full-sleeve henley t-shirt with a three-button placket, black jeans; white backdrop.
    # caption: caption adapter (epoch 3); wearing, sleeve_length: extractive QA over the caption; color, details,
    # description, material: base.
    case(
        "MYN-10298847",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns."
        ),
        D.color("burgundy"),
        D.wearing("", "non_answer"),
        D.details("the t-shirt has buttons on the front and a", "cut"),
        D.description(
            "a maroon t-shirt with a maroon t-shirt with a maroon t-shirt with a maroon t-shirt with a maroon t-shirt",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long-sleeve"),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Roadster Men Maroon Solid Henley Neck T-shirt",
    ),
]
