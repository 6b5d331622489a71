"""BLIND_165 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, in their own
questionnaire): written blind in the twenty-second session. Measured blind at 153b648: 121/141 failures found
(85.8%) and 25/145 correct texts flagged (17.2%). The writer's notes, verbatim:

Blind corpus 165: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario: the original experiments' untuned base model and their fine-tuned adapters, re-run on 44 products of a
women's ethnic-wear catalog (kurtas, kurta sets, sarees, lehenga cholis, salwar suits, anarkalis, dupattas, one
unstitched dress material), shot on models, on mannequins and as flat packshots. Each product was asked the
experiments' own questionnaire: a caption, the closed questions of BLIND_QUESTIONS (garment type, color, pattern,
sleeve length) and the material question, the VQA data's yes/no question ("Is this a kurta?") and the
experiments' "What is the color of the <garment>?" question for the product or the garment worn with it. Seller
columns come from the marketplace: gender, article type (category), base colour (color) and title; some products
lack one or all of them (then the keyword is left out).

Who wrote which text (named again in the comment above every case):
- base: `Salesforce/blip2-opt-2.7b`, untuned (short captions and short answers; stops on the newline).
- cap1: the caption adapter after epoch 1 (`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`).
- cap3: the caption adapter after epoch 3 (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`).
  Both caption adapters write the DeepFashion-MultiModal template ("The lady wears a long-sleeve dress with pure
  color patterns. The dress is with cotton fabric. It has a round neckline.") and return it for every question.
- vqa: the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`), trained on In-shop classes and yes/no pairs with no end
  token: one word, or the word looped, or the `Question: ... Answer:` format continued.
- qa: the third experiment, `timpal0l/mdeberta-v3-base-squad2` extracting a span from the cap3 caption stored in
  the same case (an empty string when it found none).

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Text/Case layout, the makers, BLIND_QUESTIONS, TARGETS); nothing else of the project, no audit code, no other
corpus. Every photo is imagined and described in the comment above its case; every label is judged against it.

Label conventions and judgement calls:
- One failure kind per text. When a text shows several, the first of this order wins: leak, loop, pronoun,
  other_garment_color, contradiction, unsupported, restated, non_answer, cut. A text labelled "cut" is otherwise
  right as far as it goes.
- hit_limit=True marks a text that ran to the token limit (30 new tokens for answers, 50 for captions): every
  loop, every leak that runs on, and most cuts. A few cuts stop mid-phrase before the limit (hit_limit=False).
- "cut" covers the caption template returned for a question and stopped mid-sentence at the limit: it ends
  mid-phrase whatever it says. A template caption that ends on a full sentence within the limit and describes the
  photo is correct.
- The template's garment words are its class vocabulary: "dress", "shirt", "blouse", "top", "tank top" for a
  kurta, an anarkali or a choli, "skirt" for a lehenga, are accepted. A saree or a dupatta called a dress, shirt or
  T-shirt, a kurta set called "pants", or "yes" to "Is this a saree?" for a lehenga, is a contradiction.
- Garment type: "dress" for an anarkali, "scarf" for a dupatta, "top"/"kurti"/"shirt" for a kurta, "skirt" for a
  lehenga, "fabric" for unstitched dress material are correct; "yes" to "Is this a dress?" for an anarkali and to
  "Is this a skirt?" for a lehenga are correct; "yes" to "Is this a dress?" for a lehenga choli, a kurta set or
  unstitched fabric is a contradiction, and so is "no" to "Is this a dupatta/lehenga?" for one.
- Near-color synonyms are correct: maroon = dark red / burgundy, mustard = yellow, navy = blue, off white / cream
  / ivory = white or cream, magenta = pink, teal and sea green and olive and lime = green, lavender = purple,
  rust and coral = orange, turquoise blue = blue. "black" for navy in a dark studio is a contradiction.
- The color of "the garment" is the product's main color: the kurta of a kurta set, the body of a saree (not its
  border or blouse), the dupatta when the product is a dupatta, the top fabric of dress material (the seller's
  colour). A multi-color answer that names the main color first ("blue and white", "red and gold") is correct.
- other_garment_color: a color that belongs to another garment in the photo (palazzos, dupatta, blouse,
  leggings, the kurta under a sold dupatta). A color from the background, a wall, a print motif, the embroidery or
  the border is a contradiction instead. Matching co-ord bottoms ("orange" pants of a rust set) are correct.
- Backgrounds, props and mannequins named in captions are correct when the photo has them; a bag, bangles or a
  fence in the photo may be named.
- Pattern: "floral", "printed", "embroidered", "mirror work", "geometric", "polka dots" for bandhani or small
  buttis, "solid"/"plain"/"pure color" for a garment with only yoke or border embroidery are correct.
- Material: correct when it matches the title or, with a silent title, is what the imagined photo shows; a fabric
  the title contradicts, or the material of another garment (the jeans' "denim"), is a contradiction. An empty
  answer, "i don't know", "none", "unknown", "clothing", and qa's "pure color"/"other fabric" spans are non_answer.
- unsupported: details the photo does not show (buttons, zippers, pockets, lace, tassels, sequins, a ring on a
  mannequin, sleeves on unstitched fabric). restated: the question's words given back as the answer.
- pronoun: every product with a gender column is "Women"; "he", "his", "a man", "the gentleman" for a woman model
  is a pronoun failure. No pronoun failures are set on products without a gender column.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a

GT, COLOR, PATTERN, SLEEVES, MATERIAL = B.garment_type, B.color, B.pattern, B.sleeve_length, B.material

W = "Women"

BLIND_165: list[Case] = [
    # 1. Model in a pink straight kurta with a small white floral print, 3/4 sleeves (plain hems), white palazzos,
    # grey studio wall. caption, color, pattern, sleeves, pants color: base; material, is_a: vqa.
    case(
        "MYN-ETH-165-001",
        caption("a woman in a pink floral kurta and white palazzo pants standing in front of a grey wall"),
        COLOR("pink"),
        PATTERN("floral"),
        SLEEVES("3/4 sleeves with lace trim", "unsupported"),
        color_of("pants", "pink", "other_garment_color"),
        MATERIAL(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes\nQuestion: Is this a kurta? Answer: yes\nQuestion: Is this a kurta? Answer: yes\nQuestion: Is",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Pink",
        title="Women Pink Floral Printed Straight Kurta",
    ),
    # 2. Model in a mustard kurta with white thread embroidery on the yoke, long sleeves, white trousers, white dupatta
    # with a mustard border over both shoulders, gold bangles, beige backdrop. caption, material: cap3; garment
    # type, color, dupatta color: base; kurta color: vqa.
    case(
        "MYN-ETH-165-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        GT("kurta"),
        COLOR("yellow"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        MATERIAL(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Mustard",
        title="Women Mustard Yellow Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 3. Model in a maroon Banarasi silk saree with gold zari border and woven gold butis all over, gold blouse with
    # elbow sleeves, pallu on the left shoulder, cream wall. caption: cap3; garment type, color, material, blouse
    # color: base; pattern, is_a: vqa.
    case(
        "MYN-ETH-165-003",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon "
            "fabric. It has a v-shape",
            "loop",
            hit_limit=True,
        ),
        GT("saree"),
        COLOR("dark red"),
        PATTERN("solid", "contradiction"),
        MATERIAL("silk"),
        is_a(
            "saree",
            "yes\nQuestion: Is this a saree? Answer: yes\nQuestion: Is this a saree? Answer: yes\nQuestion: Is",
            "leak",
            hit_limit=True,
        ),
        color_of("blouse", "gold"),
        gender=W,
        category="Sarees",
        color="Maroon",
        title="Maroon & Gold-Toned Zari Woven Design Banarasi Silk Saree",
    ),
    # 4. Model in a navy ankle-length anarkali kurta, flared, white-and-gold ethnic motifs at the hem, full sleeves,
    # navy churidar, in a garden with green hedges; no zip visible. caption, garment type, color, kurta color,
    # material: base; pattern: cap1; is_a: vqa.
    case(
        "MYN-ETH-165-004",
        caption("a woman in a blue anarkali dress standing in a garden"),
        GT("dress"),
        COLOR("blue"),
        color_of("kurta", "green", "contradiction"),
        PATTERN(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("it is made of cotton and has a zipper at the back", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Women Navy Blue Ethnic Motifs Printed Anarkali Kurta",
    ),
    # 5. Model in a magenta lehenga with sequin and thread embroidery, magenta blouse with short sleeves, pink net
    # dupatta, white studio. caption, color, pattern, is_a: base; garment type: vqa; dupatta color: cap3.
    case(
        "MYN-ETH-165-005",
        caption("a woman in a pink lehenga with a pink dupatta"),
        GT(
            "skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt,",
            "loop",
            hit_limit=True,
        ),
        COLOR("pink"),
        PATTERN("embroidered"),
        is_a("dress", "yes", "contradiction"),
        color_of(
            "dupatta",
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Magenta",
        title="Magenta Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 6. Packshot, no person: an off-white cotton dupatta folded flat on a light grey surface, tonal white chikan
    # embroidery all over, scalloped edges, no sequins. caption, garment type, color, sleeves, dupatta color,
    # material: base; is_a: vqa.
    case(
        "MYN-ETH-165-006",
        caption("a white embroidered scarf on a grey background"),
        GT("scarf"),
        COLOR("white"),
        SLEEVES("no sleeves"),
        is_a("dupatta", "no", "contradiction"),
        color_of("dupatta", "white with gold sequins", "unsupported"),
        MATERIAL("the garment is made of fabric", "restated"),
        gender=W,
        category="Dupatta",
        color="Off White",
        title="Off White Chikankari Embroidered Pure Cotton Dupatta",
    ),
    # 7. Model in a sea-green kurta with a small white leaf print, sea-green salwar, white-and-green printed chiffon
    # dupatta over both arms, standing against a pink wall. caption, color, garment type, pattern, salwar color:
    # base; dupatta color: vqa.
    case(
        "MYN-ETH-165-007",
        caption("a woman in a green salwar suit standing in front of a pink wall"),
        COLOR("pink", "contradiction"),
        GT("salwar kameez"),
        PATTERN("", "non_answer"),
        color_of("salwar", "green"),
        color_of(
            "dupatta",
            "green and white and green and white and green and white and green and white and green and white and "
            "green and white and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Sea Green",
        title="Women Sea Green Printed Kurta with Salwar & Dupatta",
    ),
    # 8. Headless white dress form wearing a black knee-length A-line kurta with gold foil motifs, round neck, short
    # sleeves, no buttons, white background. caption, color, kurta color, material: base; garment type: cap1;
    # sleeves: vqa.
    case(
        "MYN-ETH-165-008",
        caption("a black and gold kurta on a white mannequin"),
        GT(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        COLOR("black"),
        SLEEVES(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black with gold buttons", "unsupported"),
        MATERIAL("rayon"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Black Foil Printed A-Line Rayon Kurta",
    ),
    # 9. Model in a teal georgette saree with a silver sequin border, black sleeveless blouse, posing on a stone
    # staircase. caption, color, blouse color, sleeves, material, pattern: base; garment type: vqa.
    case(
        "MYN-ETH-165-009",
        caption("a woman in a green saree posing on a staircase"),
        COLOR("green"),
        color_of("blouse", "green", "other_garment_color"),
        SLEEVES("sleeveless"),
        GT("dress", "contradiction"),
        MATERIAL("georgette"),
        PATTERN("the pattern of the garment is a pattern", "restated"),
        gender=W,
        category="Sarees",
        color="Teal",
        title="Teal Sequinned Georgette Saree",
    ),
    # 10. Packshot, no person: a white cotton kurta with a blue hand-block floral print laid flat on white, long
    # sleeves, mandarin collar. caption, color, pattern: base; garment type, is_a: vqa; kurta color: cap1.
    case(
        "MYN-ETH-165-010",
        caption("a white and blue floral print kurta on a white background"),
        COLOR("white"),
        PATTERN("floral"),
        GT(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "no\nQuestion: Is this a kurta? Answer: no\nQuestion: Is this a kurta? Answer: no\nQuestion: Is this a",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand-up collar. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="White",
        title="Women White & Blue Hand Block Printed Pure Cotton Kurta",
    ),
    # 11. Model in a lavender floor-length anarkali with silver thread embroidery on the yoke, sheer plain full
    # sleeves (no cuffs), silver bangle on the wrist, white flowers behind. caption: cap3; garment type, color,
    # pattern, sleeves, material, is_a: base.
    case(
        "MYN-ETH-165-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        GT("dress"),
        COLOR("purple"),
        PATTERN("solid"),
        SLEEVES("long sleeves with buttoned cuffs", "unsupported"),
        MATERIAL("i'm not sure", "non_answer"),
        is_a("dress", "yes"),
        gender=W,
        category="Ethnic Dresses",
        color="Lavender",
        title="Lavender Embroidered Anarkali Maxi Ethnic Dress",
    ),
    # 12. Full mannequin with a face, in a red bridal lehenga with dense gold zardozi, red half-sleeve blouse, red
    # net dupatta with gold border over the head, in a shop with wooden shelves. caption, garment type, color,
    # material, is_a, sleeves: base; pattern: vqa.
    case(
        "MYN-ETH-165-012",
        caption("a red and gold bridal lehenga on a mannequin in a store"),
        GT("lehenga"),
        COLOR("red and gold"),
        PATTERN(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("the material of the garment is the material of the lehenga", "restated"),
        SLEEVES("half sleeves"),
        is_a("saree", "yes", "contradiction"),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Red & Gold-Toned Embroidered Semi-Stitched Bridal Lehenga Choli with Dupatta",
    ),
    # 13. Model in a lemon-yellow solid kurta with side slits, no pockets, 3/4 sleeves, white cigarette pants, white
    # sneakers, sitting on a stool, white studio. No gender column. caption, color, pants color, garment type,
    # pattern: base; sleeves: cap3.
    case(
        "MYN-ETH-165-013",
        caption("a woman in a yellow kurta and white pants sitting on a stool"),
        COLOR("yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        SLEEVES(
            "The lady wears a three-quarter sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        GT("kurta"),
        PATTERN("solid with pockets on the side", "unsupported"),
        category="Kurtas",
        color="Yellow",
        title="Yellow Solid Straight Kurta with Side Slits",
    ),
    # 14. Model in a rust kurta and matching rust palazzos (a co-ord), gold gota trim at the hem, beige background.
    # caption, pants color, garment type, material: base; color, kurta color: vqa; pattern: cap1.
    case(
        "MYN-ETH-165-014",
        caption("a woman in an orange kurta and palazzo pants"),
        color_of("pants", "orange"),
        COLOR("orange"),
        PATTERN(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        GT("clothes", "non_answer"),
        MATERIAL("he is wearing a cotton kurta", "pronoun"),
        gender=W,
        category="Kurta Sets",
        color="Rust",
        title="Rust Orange Solid Kurta with Palazzos",
    ),
    # 15. Packshot, no person: a green Kanjeevaram silk saree folded on a wooden table, wide pink zari border, pallu
    # fanned out. caption, color, material, pattern: base; saree color, sleeves: vqa.
    case(
        "MYN-ETH-165-015",
        caption("a green and pink silk saree on a wooden table"),
        COLOR("green"),
        color_of("saree", "pink", "contradiction"),
        MATERIAL("silk"),
        SLEEVES(
            "Question: What is the sleeve length of the garment? Answer: long\nQuestion: What is the sleeve length of",
            "leak",
            hit_limit=True,
        ),
        PATTERN("woven with a", "cut"),
        gender=W,
        category="Sarees",
        color="Green",
        title="Green & Pink Kanjeevaram Pure Silk Saree with Zari Border",
    ),
    # 16. Model in a peach kurta with gold yoke embroidery, long sleeves, peach trousers, contrast hot-pink dupatta
    # over one shoulder, grey background. caption, color, dupatta color, pattern, material: base; kurta color: vqa;
    # sleeves: cap1.
    case(
        "MYN-ETH-165-016",
        caption("a woman in a peach kurta with a pink dupatta"),
        COLOR("pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        color_of(
            "kurta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-",
            "loop",
            hit_limit=True,
        ),
        PATTERN("embroidered"),
        SLEEVES(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("nothing", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Peach",
        title="Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 17. Model in a beige chikankari kurta with tonal white embroidery, long sleeves, white leggings, a brown
    # leather bag on her arm, in a cafe. No colour column. caption, color, garment type, sleeves: base; kurta color:
    # vqa; material: cap3.
    case(
        "MYN-ETH-165-017",
        caption("a woman in a beige kurta holding a brown bag"),
        COLOR("beige"),
        color_of("kurta", "white", "other_garment_color"),
        MATERIAL(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        GT("kurti"),
        SLEEVES("his sleeves are long", "pronoun"),
        gender=W,
        category="Kurtas",
        title="Women Chikankari Embroidered Straight Kurta",
    ),
    # 18. Model in an indigo A-line calf-length sleeveless cotton kurta with white dabu print, white palazzos,
    # against a plain blue wall. caption, color, sleeves, palazzo color, pattern: base; garment type, material: vqa.
    case(
        "MYN-ETH-165-018",
        caption("a woman in a blue and white printed dress standing against a blue wall"),
        COLOR("indigo"),
        SLEEVES("sleeveless"),
        GT(
            "dress\nQuestion: What type of garment is this? Answer: dress\nQuestion: What type of garment is",
            "leak",
            hit_limit=True,
        ),
        MATERIAL("denim", "contradiction"),
        color_of("palazzo pants", "blue", "other_garment_color"),
        PATTERN("printed"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Indigo Dabu Printed Pure Cotton A-Line Kurta",
    ),
    # 19. Model in a blue-and-white vertically striped straight cotton kurta, 3/4 sleeves, round neck, plain white
    # cotton pants, white background. caption: cap3; color: base; pattern, pants color: qa over that caption;
    # garment type, is_a: vqa.
    case(
        "MYN-ETH-165-019",
        caption(
            "The lady wears a three-quarter sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        COLOR("blue and white"),
        PATTERN("striped patterns"),
        color_of("pants", "pure color", "non_answer"),
        GT(
            "shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt, shirt,",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes, it is a kurta with a round neck and three quarter sleeves and it is made of cotton and it has",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Women Blue & White Striped Pure Cotton Straight Kurta",
    ),
    # 20. Model in a cream kurta with mirror work and green thread embroidery, short sleeves, cream sharara, plain
    # green dupatta without tassels, under a haveli archway. caption, color, pattern, dupatta color, garment type:
    # base; material: vqa.
    case(
        "MYN-ETH-165-020",
        caption("a woman in a white outfit with a green scarf standing in front of an archway"),
        COLOR("white"),
        PATTERN("mirror work"),
        color_of("dupatta", "green with gold tassels", "unsupported"),
        GT("it is a garment", "non_answer"),
        MATERIAL(
            "cotton\nAnswer: cotton\nAnswer: cotton\nAnswer: cotton\nAnswer: cotton\nAnswer: cotton\nAnswer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Cream",
        title="Cream-Coloured Mirror Work Kurta with Sharara & Dupatta",
    ),
    # 21. Model in a black chiffon saree with a thin red border, red blouse with elbow sleeves, grey studio.
    # caption, color, saree color, blouse color, material, sleeves: base; garment type: cap1.
    case(
        "MYN-ETH-165-021",
        caption("a woman in a black saree with a red border"),
        COLOR("black"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        GT(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt",
            "contradiction",
            hit_limit=True,
        ),
        MATERIAL("he is wearing a chiffon saree", "pronoun"),
        SLEEVES("elbow length"),
        gender=W,
        category="Sarees",
        color="Black",
        title="Black Solid Chiffon Saree with Red Border",
    ),
    # 22. Model twirling in an orange lehenga with mirror embroidery, orange sleeveless blouse, green dupatta over
    # one shoulder, studio. caption: cap3; color, lehenga color, pattern, is_a, material: base; sleeves: vqa.
    case(
        "MYN-ETH-165-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        COLOR("orange"),
        color_of("lehenga", "green", "other_garment_color"),
        PATTERN("mirror work"),
        is_a("skirt", "yes"),
        SLEEVES(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("none", "non_answer"),
        gender=W,
        category="Lehenga Choli",
        color="Orange",
        title="Orange & Green Mirror Work Embroidered Lehenga Choli with Dupatta",
    ),
    # 23. Model in a baby-pink anarkali with gold gota at the hem, full sleeves, pink churidar, pink net dupatta,
    # white background. caption, color, garment type, sleeves: base; churidar color: vqa; is_a: cap3.
    case(
        "MYN-ETH-165-023",
        caption("a man in a pink anarkali dress", "pronoun"),
        COLOR("pink"),
        GT("anarkali"),
        SLEEVES("full sleeves"),
        color_of(
            "churidar",
            "pink\nQuestion: What is the color of the churidar? Answer: pink\nQuestion: What is the color",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Pink Gotta Patti Anarkali Kurta with Churidar & Dupatta",
    ),
    # 24. Model in a maroon velvet straight kurta with gold zari embroidery at the neck, long sleeves, black pants,
    # dark background. caption, color, material, garment type, pattern: base; kurta color: vqa; sleeves: cap3.
    case(
        "MYN-ETH-165-024",
        caption("a woman wearing a burgundy velvet kurta and black pants"),
        COLOR("burgundy"),
        color_of("kurta", "black", "other_garment_color"),
        MATERIAL("velvet"),
        GT("this is a type of garment", "restated"),
        PATTERN("unknown", "non_answer"),
        SLEEVES(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Maroon Velvet Embroidered Straight Kurta",
    ),
    # 25. Model in a white solid cotton knee-length kurta, short sleeves, black leggings, against a white wall.
    # caption, color, leggings color, sleeves, kurta color: base; garment type: vqa.
    case(
        "MYN-ETH-165-025",
        caption("a woman in a white shirt and black leggings"),
        COLOR("black", "other_garment_color"),
        color_of("leggings", "black"),
        SLEEVES("short"),
        GT(
            "tee\nQuestion: What type of garment is this? Answer: tee\nQuestion: What type of garment is this?",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "the kurta is the color of the kurta", "restated"),
        gender=W,
        category="Kurtas",
        color="White",
        title="Women White Solid Pure Cotton Kurta",
    ),
    # 26. Model sitting on stone steps in a multicoloured patola-print saree (red, green, yellow, blue geometric
    # grid), red border, red short-sleeve blouse. caption, color, pattern, sleeves: base; material: cap3; saree
    # color, is_a: vqa.
    case(
        "MYN-ETH-165-026",
        caption("a woman in a colorful saree sitting on steps"),
        COLOR("multicolor"),
        PATTERN("geometric"),
        SLEEVES("short"),
        MATERIAL(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        color_of(
            "saree",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "saree",
            "yes Question: Is this a saree? Answer: yes Question: Is this a saree? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Multi",
        title="Multicoloured Patola Printed Silk Blend Saree",
    ),
    # 27. Model on a swing decorated with marigolds, in a yellow lehenga with a pink-and-green floral print, yellow
    # short-sleeve blouse with a v-neck, sheer yellow net dupatta. caption, color, pattern, blouse color, material,
    # garment type: base; sleeves: cap1.
    case(
        "MYN-ETH-165-027",
        caption("a woman in a yellow lehenga sitting on a swing with flowers"),
        COLOR("yellow"),
        PATTERN("floral"),
        color_of("blouse", "pink", "contradiction"),
        SLEEVES(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        MATERIAL(
            "she is wearing a cotton lehenga with a net dupatta and she is sitting on a swing with a bunch of "
            "marigold flowers and a",
            "cut",
            hit_limit=True,
        ),
        GT("he is wearing a lehenga", "pronoun"),
        gender=W,
        category="Lehenga Choli",
        color="Yellow",
        title="Yellow Floral Printed Cotton Lehenga Choli with Dupatta",
    ),
    # 28. Model in a deep purple straight kurta with a gold foil border, 3/4 sleeves, gold palazzos, studio. No
    # title. caption, color, palazzo color, material, garment type: base; sleeves: vqa.
    case(
        "MYN-ETH-165-028",
        caption("a woman in a purple and gold kurta"),
        COLOR("purple"),
        color_of("palazzo pants", "purple", "other_garment_color"),
        SLEEVES(
            "three quarter three quarter three quarter three quarter three quarter three quarter three quarter three "
            "quarter three quarter three quarter",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("", "non_answer"),
        GT("kurta"),
        gender=W,
        category="Kurtas",
        color="Purple",
    ),
    # 29. The product is a red bandhani art-silk dupatta with gota patti edges, worn by a model in a plain black
    # kurta, draped across both shoulders, white background. caption, color, garment type, pattern, dupatta color:
    # base; sleeves: cap3.
    case(
        "MYN-ETH-165-029",
        caption("a woman in a black dress with a red scarf"),
        COLOR("black", "other_garment_color"),
        GT("dress", "contradiction"),
        PATTERN("polka dots"),
        color_of("dupatta", "red"),
        SLEEVES(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Red",
        title="Red Bandhani Printed Art Silk Dupatta with Gotta Patti",
    ),
    # 30. Model in a navy straight kurta with white thread embroidery on the yoke (no zari, no mirrors), long
    # sleeves, white straight pants, in front of a red brick wall outdoors. caption, color, pants color, pattern,
    # material: base; garment type: cap3; is_a: vqa.
    case(
        "MYN-ETH-165-030",
        caption("a woman in a navy blue kurta standing in front of a brick wall"),
        COLOR("red", "contradiction"),
        color_of("pants", "white"),
        PATTERN("embroidered"),
        GT(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("cotton with a silver zari border and mirror work", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Navy Blue Yoke Design Thread Work Kurta",
    ),
    # 31. Model barefoot in an olive-green kurta with a small white geometric print, long sleeves, olive trousers,
    # white background. caption: cap1; color, trousers color, pattern, material, sleeves: base; garment
    # type: vqa.
    case(
        "MYN-ETH-165-031",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand-up collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        COLOR("green"),
        color_of("trousers", "green"),
        PATTERN("printed"),
        MATERIAL("the garment is made of material", "restated"),
        GT("pants", "contradiction"),
        SLEEVES("long sleeves"),
        gender=W,
        category="Kurta Sets",
        color="Olive",
        title="Olive Green Geometric Printed Kurta with Trousers",
    ),
    # 32. Model on a terrace with potted plants, in a coral cotton saree with white woven stripes on the border,
    # white sleeveless blouse. caption, color, blouse color, material, garment type: base; pattern: vqa.
    case(
        "MYN-ETH-165-032",
        caption("a woman in an orange saree standing on a balcony with plants"),
        COLOR("coral"),
        color_of("blouse", "orange", "other_garment_color"),
        MATERIAL("cotton"),
        PATTERN(
            "striped\nAnswer: striped\nAnswer: striped\nAnswer: striped\nAnswer: striped\nAnswer: striped\nAnswer:",
            "leak",
            hit_limit=True,
        ),
        GT("clothing", "non_answer"),
        gender=W,
        category="Sarees",
        color="Coral",
        title="Coral Woven Design Pure Cotton Saree",
    ),
    # 33. Model in a garden by a white fence, in a mint-green flared anarkali with pink floral embroidery on yoke and
    # hem, v-neck, full sheer sleeves, georgette. caption: cap3; color, pattern, kurta color: base; sleeves,
    # material: qa over that caption; is_a: vqa.
    case(
        "MYN-ETH-165-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        COLOR("mint green"),
        PATTERN("floral"),
        SLEEVES("long-sleeve"),
        MATERIAL("chiffon fabric"),
        color_of("kurta", "pink", "contradiction"),
        is_a(
            "dress",
            "yes it is a dress with a v-shape neckline and long sleeves, the dress is with chiffon fabric and it has "
            "floral patterns on the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Green",
        title="Mint Green Floral Embroidered Anarkali Kurta",
    ),
    # 34. Packshot, no person: unstitched dress material, three folded pieces stacked on white (white top fabric with
    # red floral print, plain red bottom fabric, red dupatta). caption, garment type, color, pattern, sleeves:
    # base; is_a: vqa.
    case(
        "MYN-ETH-165-034",
        caption("a stack of folded red and white fabric"),
        GT("fabric"),
        COLOR("red", "other_garment_color"),
        PATTERN("floral"),
        SLEEVES("long", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        category="Dress Material",
        color="White",
        title="White & Red Floral Printed Unstitched Dress Material",
    ),
    # 35. Model in a turquoise-blue kurta with orange ethnic motifs, 3/4 sleeves, white leggings, studio. caption,
    # color, pattern, sleeves, material: base; kurta color: vqa; garment type: cap1.
    case(
        "MYN-ETH-165-035",
        caption("a woman in a turquoise kurta with orange print"),
        COLOR("blue"),
        PATTERN("ethnic print"),
        color_of(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        SLEEVES("she is wearing 3/4 sleeves"),
        GT(
            "The lady wears a three-quarter sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("the material is the material of the kurta", "restated"),
        gender=W,
        category="Kurtas",
        color="Turquoise Blue",
        title="Turquoise Blue Ethnic Motifs Printed Straight Kurta",
    ),
    # 36. Model in a field in a chocolate-brown kurta with a mandarin collar and a front placket with wooden
    # buttons, no pockets, long sleeves rolled up, beige pants. caption, color, pattern, is_a: base; material: cap3;
    # garment type: vqa.
    case(
        "MYN-ETH-165-036",
        caption("a woman in a brown shirt standing in a field"),
        COLOR("brown"),
        PATTERN("solid with a front pocket", "unsupported"),
        MATERIAL(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is stand. The lady",
            "cut",
            hit_limit=True,
        ),
        GT(
            "shirt\nQuestion: What type of garment is this? Answer: shirt\nQuestion: What type of garment",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurtas",
        color="Brown",
        title="Brown Solid Cotton Kurta with Mandarin Collar",
    ),
    # 37. Model in a heritage hall with chandeliers, in a plain shimmering gold tissue saree (no sequins, no
    # stones), gold sleeveless blouse. caption, color, material, sleeves, pattern: base; garment type: cap1.
    case(
        "MYN-ETH-165-037",
        caption("a woman in a gold saree standing in a room with chandeliers"),
        COLOR("gold"),
        MATERIAL("tissue"),
        SLEEVES("the sleeves are the length of the sleeves", "restated"),
        GT(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        PATTERN("plain with sequins and stones", "unsupported"),
        gender=W,
        category="Sarees",
        color="Gold",
        title="Gold-Toned Solid Tissue Saree",
    ),
    # 38. Model in a dark studio, in a navy lehenga with silver sequins, navy sleeveless v-neck blouse, silver net
    # dupatta. caption: cap3; color, dupatta color: base; pattern, sleeves, material: qa over that caption;
    # lehenga color: vqa.
    case(
        "MYN-ETH-165-038",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns."
        ),
        COLOR("black", "contradiction"),
        PATTERN("graphic patterns"),
        SLEEVES("sleeveless"),
        MATERIAL("other fabric", "non_answer"),
        color_of("dupatta", "silver"),
        color_of(
            "lehenga",
            "navy blue with silver sequins and the blouse is navy blue with silver sequins and the dupatta is silver "
            "with navy blue",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Navy Blue",
        title="Navy Blue Sequinned Lehenga Choli with Dupatta",
    ),
    # 39. Plus-size model walking down a street in a hot-pink hip-length short kurti with a white floral print, short
    # sleeves, blue jeans, white sneakers. caption, color, jeans color, material: base; kurta color, sleeves: vqa.
    case(
        "MYN-ETH-165-039",
        caption("a woman in a pink top and blue jeans walking down the street"),
        COLOR("pink"),
        color_of("jeans", "blue"),
        color_of("kurta", "blue", "other_garment_color"),
        SLEEVES(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("denim", "contradiction"),
        gender=W,
        category="Kurtis",
        color="Pink",
        title="Pink Floral Printed Pure Cotton Short Kurti",
    ),
    # 40. Model in front of a red velvet curtain, in a black georgette anarkali with gold embroidery at yoke and
    # hem, full sleeves, black churidar. caption, color, pattern, material, is_a: base; garment type: cap3.
    case(
        "MYN-ETH-165-040",
        caption("a woman in a black and gold dress in front of a red curtain"),
        COLOR("red", "contradiction"),
        PATTERN("embroidered"),
        MATERIAL("he is wearing a georgette kurta", "pronoun"),
        GT(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Black Embroidered Georgette Anarkali Kurta",
    ),
    # 41. Headless mannequin in a lime-green sleeveless kurta and white palazzos, a lime dupatta hung over its arm,
    # white background; no jewellery. caption, color, palazzo color, material: base; pattern: cap1; garment type:
    # vqa.
    case(
        "MYN-ETH-165-041",
        caption("a green kurta and white pants on a mannequin"),
        COLOR("green"),
        color_of("palazzo pants", "white"),
        PATTERN(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. There "
            "is a ring on her finger.",
            "unsupported",
        ),
        MATERIAL("i don't know", "non_answer"),
        GT(
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Lime Green",
        title="Lime Green Solid Kurta with Palazzos & Dupatta",
    ),
    # 42. Model by a window in a sky-blue chanderi kurta with small silver buttis, 3/4 sleeves, blue pants, white
    # organza dupatta. No seller columns at all. caption, color, pattern, dupatta color, sleeves: base; material:
    # vqa; garment type: cap3.
    case(
        "MYN-ETH-165-042",
        caption("a woman in a light blue kurta and white dupatta standing by a window"),
        COLOR("light blue"),
        PATTERN("polka dots"),
        color_of("dupatta", "blue", "other_garment_color"),
        SLEEVES("3/4 sleeves"),
        MATERIAL(
            "silk\nQuestion: What material is the garment made of? Answer: silk\nQuestion: What material is the",
            "leak",
            hit_limit=True,
        ),
        GT(
            "The lady wears a three-quarter sleeve shirt with graphic patterns. The shirt is with other fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
    ),
    # 43. Model dancing in a field of yellow mustard flowers, in a red kurta with gold embroidery, long sleeves, red
    # patiala salwar, red-and-gold phulkari dupatta; no zip. caption, color, salwar color, sleeves, material,
    # pattern: base; garment type: vqa.
    case(
        "MYN-ETH-165-043",
        caption("a woman in a red salwar kameez dancing in a field of yellow flowers"),
        COLOR("yellow", "contradiction"),
        color_of("salwar", "red"),
        SLEEVES("long"),
        GT(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("cotton and it has a zipper on the back", "unsupported"),
        PATTERN("the pattern is the pattern of the garment", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Red",
        title="Red Embroidered Kurta with Patiala Salwar & Phulkari Dupatta",
    ),
    # 44. Model on a palace lawn in an ivory lehenga with pastel pink and green floral embroidery, ivory short-sleeve
    # blouse, pink dupatta. caption, color, pattern, dupatta color: base; garment type: cap1; is_a: vqa.
    case(
        "MYN-ETH-165-044",
        caption("a woman in a white lehenga with a pink dupatta standing on a lawn"),
        COLOR("cream"),
        PATTERN("floral"),
        color_of("dupatta", "white", "other_garment_color"),
        GT(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        gender=W,
        category="Lehenga Choli",
        color="Off White",
        title="Ivory Floral Embroidered Lehenga Choli with Dupatta",
    ),
]
