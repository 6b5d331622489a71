"""BLIND_139 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-first session. Measured blind at 771b230: 122/141 failures found (86.5%)
and 8/147 correct texts flagged (5.4%). The writer's notes, verbatim:

Blind corpus 139: the original experiments' models re-run on a Myntra-style marketplace sample.

Scenario
    The untuned base model and the fine-tuned adapters of the original BLIP-2 experiments, re-run on a random
    sample of 44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic,
    weighted roughly as the catalog is: 20 men's, 18 women's, 6 kids'), one product per item. Every product is
    asked the experiments' own questionnaire: a caption, the closed questions of BLIND_QUESTIONS (garment type,
    color, pattern, sleeve length) and the open material question, plus the VQA data's yes/no garment question
    (is_a) and the experiments' "What is the color of the {garment}?" (color_of, free generation, stored open).
    Seller columns (gender, category, color, title) come from the marketplace; a few are missing (products
    27, 42 and 43 below lack some of them).

Which system wrote which text (named again in the comment above each case)
    - base: untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompts, 30 new tokens for answers,
      50 for captions. Short answers that stop on the newline; its failures are one color for every garment,
      wrong man/woman, invented details, wrong garment words (kurta -> dress), echoes of the question.
    - cap1 / cap3: the caption adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1;
      Data2_V2_Blip2_Finetune_Caption, epoch 3). They write the DeepFashion-MultiModal template ("The lady wears a
      long-sleeve shirt with pure color patterns...") for every prompt, questions included, and were trained
      without an end token, so they run to the limit (cut mid-phrase) or loop. They name patterns, never hues.
    - vqa: the VQA adapter (Data3_V3_BLIP2_VQA). Short In-shop style answers, but trained on unmasked labels:
      it repeats the answer to the limit ("black black black..."), or keeps writing the prompt format
      ("Question: ... Answer: ...").
    - cap3+qa: the third experiment: cap3's caption (the caption stored in the case), then
      timpal0l/mdeberta-v3-base-squad2 extracting a span of that caption as the answer ("" = no answer).

How it was written
    Blind. I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the layout, the makers,
    BLIND_QUESTIONS, is_a, color_of, TARGETS). I did not read any audit code, docs, other corpora or tests, and ran
    only an import check of this file. Every product, photo and output is imagined; the photo is described in the
    comment above each case and every label is judged against that photo.

Label conventions and judgement calls
    - One label per text: the most salient failure. A caption-template answer that runs to the limit is `cut`;
      one that repeats a sentence or a word is `loop`; one that writes "Question:"/"Answer:" is `leak` even when it
      also hits the limit; loops and leaks that ran to the limit carry hit_limit=True.
    - `cut`: stopped mid-phrase. hit_limit=True when it stopped at the token limit (30 new tokens for answers, 50
      for captions); hit_limit=False for the extractive QA spans that end mid-phrase (the span was cut, not the
      generation) and nothing else.
    - `non_answer`: no value for what was asked: "" (squad2's no-answer), "pure color" / "complicated patterns" as
      a color (DeepFashion pattern words, no hue), "fabric" as a material, a color or a garment given for the
      pattern, a complete caption template that never names the garment type.
    - `restated`: the question's own words echoed back with no value ("the sleeve length of the garment is the
      sleeve length").
    - `other_garment_color`: a garment given the color of a different garment in the photo (the product's color
      answered with the trousers' color, or the trousers given the product's color: CONTEXT's "one color for
      every garment"). A wrong color that belongs to nothing worn (the brick wall) is a `contradiction`.
    - `contradiction`: wrong garment or wrong yes/no (kurta -> dress, saree -> long dress, palazzos -> skirt,
      track pants -> leggings, open flannel shirt -> jacket, crew tee -> polo), wrong pattern or sleeves against the
      photo and the seller.
    - `unsupported`: details the photo does not show (a watch, a handbag, a ring, a hat, a logo of another brand,
      back pockets seen from the front, care labels, sizes, an elastic waistband under a kurta, "made in jaipur").
    - `pronoun`: man/woman, he/she, lady/gentleman wrong for the person in the photo (and the seller's gender).
      "gentleman" for a boy and "lady" for a girl are accepted (the template's only words).
    - Accepted as correct: near-color synonyms (navy -> blue, olive -> green, maroon -> burgundy, mustard -> yellow,
      teal -> green, lavender -> purple, grey melange -> grey, cream kurta not asked); "shirt" / "long-sleeve
      shirt" for a kurta in the caption template (the template has no kurta word; "dress" for a kurta is a
      contradiction); the template's pattern words (pure color = solid, lattice = checks, complicated = woven
      zari); the other garments and the backgrounds named in a caption (grey wall, temple, garden, beach);
      another garment's color asked for and answered right (black pants of a black-tee look); a plausible fabric
      for what the photo shows (chiffon, satin, rayon, georgette); the rolled-up sleeves of a shirt as long sleeves.
    - Material is an open question; the other BLIND_QUESTIONS are closed but hold the raw generated text, as the
      models wrote it.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _rep(word: str, n: int, sep: str = " ") -> str:
    """A loop as the model writes it: `word` n times (n chosen to fill the token limit)."""
    return sep.join([word] * n)


BLIND_139: list[Case] = [
    # 1. Photo: a man in a plain navy crew-neck T-shirt, short sleeves, khaki chinos, white studio background.
    # All texts by base.
    case(
        "11802301",
        caption("a man in a navy blue t-shirt and khaki pants standing against a white background"),
        B.garment_type("t-shirt"),
        B.color("navy blue"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves"),
        B.material("100% cotton, bio-washed, machine wash cold", "unsupported"),
        is_a("polo shirt", "yes", "contradiction"),  # crew neck, no collar
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Photo: a man in a black T-shirt with a large white "HRX" print on the chest, black track pants, grey studio.
    # Caption by cap3 (cut at 50); answers by vqa.
    case(
        "10345912",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(_rep("t-shirt", 10), "loop", hit_limit=True),
        B.color("black"),
        is_a("t-shirt", "yes"),
        color_of("pants", "black", kind="open"),  # the track pants are black too
        B.pattern("graphic"),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        B.material(_rep("cotton", 15, ", "), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 3. Photo: a man with shoulder-length hair tied back, in a white shirt with thin blue vertical stripes, sleeves
    # rolled to the elbow, navy chinos, in front of a grey wall. All texts by base.
    case(
        "13094477",
        caption("a woman in a white and blue striped shirt standing in front of a grey wall", "pronoun"),
        B.garment_type("shirt"),
        B.color("white"),
        B.pattern("striped"),
        color_of("pants", "white", "other_garment_color", kind="open"),  # the chinos are navy
        B.sleeve_length("long sleeves"),  # rolled up, still a long-sleeve shirt
        B.material("cotton"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White & Blue Slim Fit Striped Casual Shirt",
    ),
    # 4. Photo: a waist-down crop of a man in mid-blue skinny jeans, white sneakers, the hem of a white tee just
    # visible, white background. Caption by cap1 (loops); answers by vqa.
    case(
        "12201558",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. The upper clothing has short "
            "sleeves, cotton fabric and pure color patterns. The upper",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        is_a("denim", "yes"),
        color_of("jeans", _rep("blue", 30), "loop", kind="open", hit_limit=True),
        B.color(
            "blue\nQuestion: What is the color of the jeans? Answer: blue\nQuestion: What is the color of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.material("denim"),
        B.pattern("no", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 5. Photo: a man in a knee-length cream kurta with a mandarin collar and long sleeves, white churidar, beige
    # backdrop. Every text by cap3: the caption template for every prompt.
    case(
        "14467120",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns and a long pants. The shirt is "
            "with cotton fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve "
            "shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The shirt is with cotton fabric. It has a stand neckline. The gentleman wears a long pants. The pants "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
    ),
    # 6. Photo: a woman in a calf-length indigo kurta with a white floral print, three-quarter sleeves, white
    # palazzos, in a garden. All texts by base.
    case(
        "15530981",
        caption("a woman in a blue and white floral kurta standing in a garden"),
        B.garment_type("kurta"),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("three quarter"),
        color_of("pants", "blue", "other_garment_color", kind="open"),  # the palazzos are white
        B.material("he is wearing a cotton kurta", "pronoun"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Libas Women Blue & White Floral Printed Straight Kurta",
    ),
    # 7. Photo: a woman in a black sleeveless ribbed crop top, light-blue high-waist mom jeans, pink wall.
    # Caption by cap1 (one of the few it finished); answers by vqa.
    case(
        "16120045",
        caption(
            "Her tank top has no sleeves, knitting fabric and pure color patterns. It has a round neckline. The "
            "pants the lady wears is of long length. The pants are with denim fabric and solid color patterns."
        ),
        B.garment_type(_rep("tank top", 10), "loop", hit_limit=True),
        B.color("blue", "other_garment_color"),  # the jeans' color
        B.sleeve_length("sleeveless"),
        is_a("blouse", "no"),
        B.material(
            "cotton\nQuestion: What is the sleeve length of the garment? Answer: sleeveless\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
    ),
    # 8. Photo: a woman in a red midi fit-and-flare dress with a small white floral print, short puff sleeves,
    # beige sandals, white studio. Caption by base; answers by vqa.
    case(
        "11675230",
        caption("a woman in a red floral dress posing for a photo"),
        B.garment_type("dress"),
        is_a("dress", _rep("yes", 30), "loop", hit_limit=True),
        B.color("red"),
        B.pattern(_rep("floral", 30), "loop", hit_limit=True),
        B.sleeve_length("short"),
        B.material("polyester, machine wash cold, do not bleach", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red Floral Print Fit and Flare Dress",
    ),
    # 9. Photo: a man in an olive-green full-sleeve shirt, cuffs buttoned, no watch or jewellery, black jeans,
    # white background. All texts by base.
    case(
        "12876654",
        caption("a man wearing a green shirt and black jeans with a watch on his wrist", "unsupported"),
        B.garment_type("shirt"),
        B.color("green"),  # olive
        color_of("jeans", "green", "other_garment_color", kind="open"),
        B.sleeve_length("long"),
        B.material("cotton"),
        B.pattern("shirt", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Green Regular Fit Solid Casual Shirt",
    ),
    # 10. Photo: a man in black slim jeans, a grey melange crew tee, white sneakers, light wall. All texts by base.
    case(
        "13380127",
        caption("a man in a grey t-shirt and black jeans"),
        B.garment_type("jeans"),
        B.color("grey", "other_garment_color"),  # the tee's color
        color_of("jeans", "black", kind="open"),
        B.pattern("the pattern of the jeans is the pattern", "restated"),
        B.material("denim"),
        is_a("denim", "no", "contradiction"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mufti Men Black Slim Fit Jeans",
    ),
    # 11. Photo: a woman in a pink woven silk-blend saree with a wide gold zari border, pallu over the shoulder,
    # matching short-sleeve blouse, gold bangles, rings and a necklace, ornate backdrop. Caption by cap3 (cut);
    # answers by cap3+qa over that caption.
    case(
        "17004388",
        caption(
            "The lady wears a long dress with complicated patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. The lady wears a ring on her finger. This lady has neckwear. The lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("long dress", "contradiction"),
        B.color("complicated patterns", "non_answer"),
        B.pattern("complicated patterns"),  # woven zari: the template's "complicated"
        B.sleeve_length("", "non_answer"),
        B.material("chiffon fabric. There is an accessory on her", "cut"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Woven Design Zari Silk Blend Saree",
    ),
    # 12. Photo: product shot, no person: a plain white polo T-shirt laid flat on a grey background, small Puma
    # cat logo on the chest. All texts by base.
    case(
        "10987743",
        caption("a white polo shirt on a grey background"),
        B.garment_type("polo shirt"),
        B.color("white"),
        B.sleeve_length("short"),
        B.material("pique cotton with a lacoste logo on the chest", "unsupported"),
        is_a("polo shirt", "yes"),
        B.pattern("it's a polo shirt", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Puma Men White Solid Polo Collar T-shirt",
    ),
    # 13. Photo: a woman in a mustard kurta with white thread embroidery on the yoke, mustard palazzos, a white
    # dupatta over her arms, gold bangles, studio. Caption by cap1 (cut); answers by vqa.
    case(
        "18832016",
        caption(
            "The lady is wearing a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. "
            "Her pants are of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(_rep("dress", 30), "loop", hit_limit=True),
        B.color("yellow"),  # mustard
        B.sleeve_length(
            "long\nQuestion: What is the sleeve length of the garment? Answer: long\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Anouk Women Mustard Yellow Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 14. Photo: a man in a grey melange pullover hoodie with a kangaroo pocket, black joggers, white background.
    # Caption by base; answers by cap3 (the sleeve answer is one of the few it finished, with "her").
    case(
        "14120983",
        caption("a man wearing a grey hoodie and black pants"),
        B.garment_type(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater "
            "is with cotton fabric. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "Her sweater has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline.",
            "pronoun",
        ),
        is_a(
            "sweatshirt",
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "man wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 15. Photo: a woman in a black knee-length wrap dress with white polka dots, short flutter sleeves, V-neck,
    # red heels, both hands empty, white studio. All texts by base.
    case(
        "16655402",
        caption("a woman in a black and white polka dot dress holding a handbag", "unsupported"),
        B.garment_type("dress"),
        B.color("black"),
        B.pattern("polka dot"),
        B.sleeve_length("short sleeves"),
        B.material("fabric", "non_answer"),
        is_a("skirt", "no"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Berrylush Women Black & White Polka Dot Wrap Dress",
    ),
    # 16. Photo: a boy of about eight in a red T-shirt with a green dinosaur print on the chest, blue denim shorts,
    # white background. Caption by base; answers by vqa.
    case(
        "19201774",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        B.garment_type("t-shirt"),
        B.color(_rep("red", 30), "loop", hit_limit=True),
        B.pattern("graphic"),
        color_of("shorts", "red", "other_garment_color", kind="open"),  # the shorts are blue
        B.material("cotton"),
        B.sleeve_length("the sleeve length of the garment is the sleeve length", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # 17. Photo: a woman in a white long-sleeve shirt-style top tucked into beige trousers, sunglasses in hand,
    # cafe backdrop. Caption by cap3 (cut); answers by cap3+qa over it.
    case(
        "17761205",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("long-sleeve shirt"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        B.pattern("pure color patterns"),
        is_a("shirt", "long-sleeve shirt with pure color patterns. The shirt is with", "cut"),
        gender="Women",
        category="Tops",
        color="White",
        title="Vero Moda Women White Solid Shirt Style Top",
    ),
    # 18. Photo: a man in a maroon knee-length kurta, long sleeves, white pyjama, dark wooden door behind.
    # All texts by base.
    case(
        "15098836",
        caption("a man in a maroon kurta standing in front of a wooden door"),
        B.garment_type("dress", "contradiction"),
        B.color("burgundy"),
        is_a("kurta", "yes"),
        B.sleeve_length("long sleeves"),
        B.material("she is wearing a cotton kurta", "pronoun"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),  # the pyjama is white
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="See Designs Men Maroon Solid Straight Kurta",
    ),
    # 19. Photo: a woman in a green A-line kurta with a small white geometric print, elbow sleeves, white leggings,
    # studio. Caption by cap1 (finished); answers by vqa.
    case(
        "18410529",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        B.garment_type(
            "dress\nQuestion: Is this a dress? Answer: yes\nQuestion: What is the color of the dress? Answer: green",
            "leak",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("floral", "contradiction"),  # the print is geometric
        color_of("leggings", "green", "other_garment_color", kind="open"),  # the leggings are white
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="W Women Green Printed A-Line Kurta",
    ),
    # 20. Photo: a man in charcoal-grey formal trousers, a white formal shirt tucked in, black belt and shoes,
    # office background. Caption by cap3 (cut); answers by vqa.
    case(
        "13567340",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),  # the shirt's color
        color_of("pants", "grey", kind="open"),
        B.material(_rep("polyester", 30), "loop", hit_limit=True),
        B.pattern("solid"),
        is_a(
            "pants",
            "yes\nQuestion: What is the color of the pants? Answer: grey\nQuestion: What is the color of the shirt?",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Grey",
        title="Louis Philippe Men Grey Slim Fit Formal Trousers",
    ),
    # 21. Photo: a woman with a short pixie cut in light-blue wide-leg jeans, a black bodysuit, white sneakers,
    # beige wall. All texts by base.
    case(
        "16990014",
        caption("a man in a black top and blue jeans", "pronoun"),
        B.garment_type("jeans"),
        B.color("black", "other_garment_color"),  # the bodysuit's color
        color_of("jeans", "light blue", kind="open"),
        B.material("denim"),
        B.pattern("the pattern of the garment", "restated"),
        is_a("skirt", "no"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Light Blue Wide Leg High-Rise Jeans",
    ),
    # 22. Photo: a man in a black bomber jacket worn open over a white crew tee, blue jeans, street background.
    # Caption by cap1 (finished, names both layers); answers by base.
    case(
        "12654401",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "This man also wears an outer clothing, with cotton fabric and solid color patterns. The pants are with "
            "denim fabric."
        ),
        B.garment_type("jacket"),
        B.color("black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),  # the tee under the jacket is white
        B.material("polyester"),
        B.sleeve_length("long"),
        B.pattern("it's a jacket", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # 23. Photo: a woman in a red saree with a green border and a paisley print, a plain green blouse, temple
    # steps behind. Caption by base; answers by vqa.
    case(
        "17230662",
        caption("a woman in a red and green saree standing in front of a temple"),
        B.garment_type(_rep("dress", 30), "loop", hit_limit=True),
        B.color("red"),
        color_of("blouse", "red", "other_garment_color", kind="open"),  # the blouse is green
        B.pattern(
            "floral\nQuestion: What is the sleeve length of the garment? Answer: short\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        B.sleeve_length("the sleeve length of the garment is the length of the sleeve", "restated"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Saree mall Red & Green Paisley Printed Saree",
    ),
    # 24. Photo: a man in a mustard-yellow crew tee, olive cargo pants, leaning on a blue-painted wall.
    # Caption by cap3 (cut); answers by cap3+qa over it.
    case(
        "11439958",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("T-shirt"),
        B.color("pure color patterns", "non_answer"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        is_a("t-shirt", "T-shirt with pure color patterns. The", "cut"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="WROGN Men Mustard Yellow Solid Round Neck T-shirt",
    ),
    # 25. Photo: waist-down crop of a woman in black ankle-length leggings, the hem of a white kurti over the
    # waistband, white background. All texts by base.
    case(
        "18003317",
        caption("a woman in black leggings and a white top"),
        B.garment_type("leggings"),
        B.material("cotton lycra with a hidden pocket in the waistband", "unsupported"),
        is_a("leggings", "yes"),
        color_of("leggings", "black", kind="open"),
        B.pattern("black", "non_answer"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 26. Photo: front view of a man in navy chino shorts and a light-pink linen shirt, on a beach.
    # Caption by base; answers by vqa.
    case(
        "14902276",
        caption("a man in a pink shirt and blue shorts standing on the beach"),
        B.garment_type("shorts"),
        B.color(_rep("pink", 30), "loop", hit_limit=True),
        color_of(
            "shorts",
            "blue\nQuestion: What is the color of the shirt? Answer: pink\nQuestion: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.material("cotton with two back pockets and a zip fly", "unsupported"),  # back not shown
        is_a("shorts", "yes"),
        B.pattern("striped", "contradiction"),  # plain shorts
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Nautica Men Navy Blue Solid Chino Shorts",
    ),
    # 27. Photo: a woman in an emerald-green satin slip dress with thin straps, no jewellery, black heels, dark
    # backdrop. Seller color missing. Caption by cap3 (cut); answers by base.
    case(
        "16245590",
        caption(
            "Her tank dress has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. "
            "The dress is of long length. Her dress is with chiffon fabric and its",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        B.material("satin"),
        B.pattern("solid"),
        gender="Women",
        category="Dresses",
        title="SASSAFRAS Women Emerald Green Satin Slip Dress",
    ),
    # 28. Photo: a bearded man in a yellow kurta with a small white floral block print, white churidar, festive
    # marigold decor. Caption by cap1 (finished, "lady"); answers by base.
    case(
        "15671102",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        B.garment_type("kurta"),
        B.color("yellow"),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        B.material("handloom cotton, made in jaipur", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Yellow",
        title="Vastramay Men Yellow & White Printed Kurta",
    ),
    # 29. Photo: a girl of about five in a sleeveless pink tulle party dress with a sequinned bodice, white
    # background. Caption by base; answers by vqa.
    case(
        "19455831",
        caption("a little girl in a pink dress"),
        B.garment_type("dress"),
        B.color("pink"),
        B.sleeve_length("long", "contradiction"),  # sleeveless
        is_a(
            "dress",
            "yes\nQuestion: Is this a dress? Answer: yes\nQuestion: Is this a dress? Answer: yes\nQuestion: Is this",
            "leak",
            hit_limit=True,
        ),
        B.material(_rep("lace", 15, ", "), "loop", hit_limit=True),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit and Flare Dress",
    ),
    # 30. Photo: a woman in an oversized white tee with black typography on the front, black cycling shorts,
    # white background. Caption by cap3 (cut); answers by vqa.
    case(
        "18120376",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("white"),
        B.pattern(_rep("graphic", 30), "loop", hit_limit=True),
        B.sleeve_length("short"),
        B.material("the material of the garment is made of the garment", "restated"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Kook N Keech Women White Printed Oversized T-shirt",
    ),
    # 31. Photo: a man in a blue-and-white checked formal shirt, dark trousers, grey background.
    # Caption by base; answers by cap3.
    case(
        "13001849",
        caption("a man in a blue checkered shirt"),
        B.garment_type(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.pattern(
            "This gentleman wears a long-sleeve shirt with lattice patterns. This gentleman wears a long-sleeve "
            "shirt with lattice patterns. This",
            "loop",
            hit_limit=True,
        ),
        B.color(
            "The shirt is with cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. He "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Peter England Men Blue Checked Slim Fit Formal Shirt",
    ),
    # 32. Photo: a woman with cropped short hair in a navy kurta with a tone-on-tone jacquard self design,
    # three-quarter sleeves, white cigarette pants, beige backdrop. All texts by base.
    case(
        "17508893",
        caption("a man in a navy blue kurta and white pants", "pronoun"),
        B.garment_type("kurta"),
        B.color("navy blue"),
        B.pattern("textured"),
        B.sleeve_length("three quarter sleeves"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),  # the pants are white
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Sangria Women Navy Blue Self Design Straight Kurta",
    ),
    # 33. Photo: a boy in a blue-and-white gingham shirt, full sleeves, khaki chinos, bare head and wrists,
    # white background. Caption by cap1 (finished); answers by vqa.
    case(
        "19670214",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. There "
            "is an accessory on his wrist. This gentleman wears a hat.",
            "unsupported",
        ),
        B.garment_type("shirt"),
        B.color("blue and white"),
        B.pattern("plaid"),
        color_of("pants", "blue", "other_garment_color", kind="open"),  # the chinos are khaki
        B.material(
            "cotton\nQuestion: What is the pattern of the garment? Answer: plaid\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("", "non_answer"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Allen Solly Junior Boys Blue Checked Casual Shirt",
    ),
    # 34. Photo: a woman in a maroon flared lehenga with dense gold embroidery, matching choli, a pink net dupatta,
    # bridal jewellery (necklace, bangles, rings).
    # Caption by base; answers by cap3.
    case(
        "18790035",
        caption("a woman in a maroon and gold lehenga with a pink dupatta"),
        B.garment_type(
            "The lady wears a long dress with complicated patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "This lady has neckwear. This lady has neckwear. This lady has neckwear. This lady has neckwear. This lady",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "skirt",
            "The lady wears a long dress with complicated patterns. The dress is with chiffon fabric. The lady wears "
            "a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The dress is with chiffon fabric and complicated patterns. There is an accessory on her wrist. This "
            "lady has neckwear. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Maroon",
        title="Mitera Women Maroon & Gold Embroidered Semi-Stitched Lehenga Choli",
    ),
    # 35. Photo: product shot, no person: black track pants with a thin white piping down each side, laid flat on
    # white. All texts by base.
    case(
        "11098472",
        caption("a pair of black track pants with white stripes on a white background"),
        B.garment_type("sweatpants"),
        B.color("black"),
        is_a("leggings", "yes", "contradiction"),
        B.material("nike dri-fit polyester", "unsupported"),  # a Puma product, no logo shown
        B.pattern("the pattern of the pants", "restated"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Track Pants",
    ),
    # 36. Photo: a woman in white flared palazzos with a blue floral block print, the long plain blue kurta over them
    # covering the waist, studio. Caption by base; answers by vqa.
    case(
        "17845510",
        caption("a woman in a blue top and white pants"),
        B.garment_type("skirt", "contradiction"),
        B.color("white"),
        color_of("pants", _rep("white", 30), "loop", kind="open", hit_limit=True),
        B.pattern("floral"),
        B.material("rayon with elastic waistband and drawstring", "unsupported"),  # the waist is hidden
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White & Blue Printed Flared Palazzos",
    ),
    # 37. Photo: a girl in a peach kurta with a gold foil print, three-quarter sleeves, cream churidar, no
    # jewellery, festive fairy lights behind. Caption by cap1 (finished); answers by base.
    case(
        "19330987",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        B.garment_type("kurta"),
        B.color("peach"),
        B.pattern("printed"),
        B.sleeve_length("three quarter"),
        color_of("pants", "peach", "other_garment_color", kind="open"),  # the churidar is cream
        B.material("it's a kurta", "non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Peach",
        title="Biba Girls Peach-Coloured Printed Kurta with Churidar",
    ),
    # 38. Photo: a man in a bottle-green tee with white typography, black jeans, against a red brick wall.
    # Caption by cap3 (cut); answers by vqa.
    case(
        "12340766",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("red", "contradiction"),  # the brick wall, not a garment
        B.pattern("graphic"),
        B.material("cotton, available in sizes s to xxl", "unsupported"),
        is_a("t-shirt", _rep("yes", 30), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Difference of Opinion Men Green Typography Printed T-shirt",
    ),
    # 39. Photo: a woman in a peach sleeveless top with a ruffled neckline, white jeans, white background.
    # All texts by base.
    case(
        "16401128",
        caption("a woman wearing a peach ruffled top and white jeans"),
        B.garment_type("blouse"),
        B.color("white", "other_garment_color"),  # the jeans' color
        B.sleeve_length("sleeveless"),
        B.pattern("the pattern of the top is the pattern of the top", "restated"),
        B.material("georgette"),
        is_a("blouse", "yes"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="DressBerry Women Peach-Coloured Solid Ruffled Top",
    ),
    # 40. Photo: a man in a red-and-black buffalo-check flannel shirt worn open over a black tee, blue jeans,
    # outdoors. Caption by cap3 (cut); answers by vqa.
    case(
        "13778205",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with cotton fabric and lattice "
            "patterns. This gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket", "contradiction"),
        B.color("red and black"),
        B.pattern("plaid"),
        color_of("jeans", "blue", kind="open"),
        B.material(
            "flannel\nQuestion: What is the color of the shirt? Answer: red\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the shirt is the sleeve length of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Black Checked Flannel Shirt",
    ),
    # 41. Photo: a boy in beige chino shorts and a navy polo, on grass. Caption by base; answers by cap1 (the
    # garment-type answer is a finished template that never says "shorts").
    case(
        "19512340",
        caption("a young boy wearing a blue shirt and khaki shorts"),
        B.garment_type(
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns.",
            "non_answer",
        ),
        B.color(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of short",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of short length. The",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "shorts",
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has short sleeves,",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Beige",
        title="H&M Boys Beige Cotton Chino Shorts",
    ),
    # 42. Photo: a woman in a teal kurta with a gold ethnic-motif print, three-quarter sleeves, matching teal
    # trousers, a gold-beige dupatta, studio. Seller color and title missing. Caption by base; answers by vqa.
    case(
        "18266419",
        caption("a woman in a green and gold salwar suit"),
        B.garment_type("dress", "contradiction"),
        B.color("gold", "other_garment_color"),  # the dupatta's color
        color_of("pants", "green", kind="open"),  # teal trousers
        B.pattern(_rep("paisley", 30), "loop", hit_limit=True),
        B.sleeve_length("three quarter"),
        B.material("he is wearing cotton", "pronoun"),
        gender="Women",
        category="Kurta Sets",
    ),
    # 43. Photo: a man in a navy polo T-shirt with thin white horizontal stripes, beige chinos, outdoors. Seller
    # title missing. Caption by cap3 (cut); answers by cap3+qa over it.
    case(
        "10872253",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("T-shirt"),
        B.pattern("striped patterns"),
        B.color("", "non_answer"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        is_a("polo shirt", "", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 44. Photo: a girl in a lavender T-shirt with a unicorn print, a denim skirt, white background.
    # Caption by base; answers by vqa.
    case(
        "19877602",
        caption("a little girl wearing a purple unicorn t-shirt and a denim skirt"),
        B.garment_type("t-shirt"),
        B.color("purple"),  # lavender
        B.pattern("graphic"),
        B.sleeve_length("short"),
        B.material("cotton, size 7-8 years", "unsupported"),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
        title="Marks & Spencer Girls Lavender Printed Round Neck T-shirt",
    ),
]
