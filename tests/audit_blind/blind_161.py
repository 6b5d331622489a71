"""BLIND_161 (44 products; the experiments re-run on a Myntra-style catalog of women's western and fusion wear, in
their own questionnaire): written blind in the twenty-second session. Measured blind at 9c2fbe6: 129/140 failures
found (92.1%) and 14/146 correct texts flagged (9.6%). The writer's notes, verbatim:

Blind corpus 161: BLIP-2 OPT-2.7b outputs on a Myntra-style catalog of women's western and fusion wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a marketplace catalog
    of women's western and fusion wear: tops, tunics, shirts, dresses, jeans, trousers, palazzos, skirts, shrugs,
    co-ord sets and jumpsuits. Photos are on models who wear the product with other garments (jeans under a top, a
    top over palazzos, a camisole under a shrug), on mannequins, and flat or hanger packshots without a person. The
    questionnaire is the experiments' own: a caption, the closed questions of BLIND_QUESTIONS (garment type, color,
    pattern, sleeve length, and the open material question), the VQA data's yes/no "Is this a {garment}?" and the
    experiments' "What is the color of the {garment}?" (shirt, pants, jeans, skirt, dress...), stored closed unless
    marked open. Seller columns come from the marketplace export: gender, article type (category=), base colour
    (color=) and product title (title=), a few of them missing.

Which system wrote which text (named again in the comment above every case)
    BASE  untuned Salesforce/blip2-opt-2.7b (8-bit): short captions and short answers that stop on the newline;
          its failures are a wrong color (often one color repeated for every garment, or the color of the other
          garment, the wall or the print), "a man" for a short-haired model, invented details, "i don't know",
          answers that only restate the question, an occasional "Answer:" echoed back.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both return the DeepFashion
          template ("The lady wears a long-sleeve shirt with pure color patterns...") to every prompt, never stop
          (no end-of-answer token was trained), so they run to the limit (50 new tokens for captions, 30 for
          answers) mid-sentence or start the template over; "The gentleman wears..." from the template's men.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA: In-shop class words ("pure color", "long-sleeve", "romper", "denim"), which
          it repeats to the limit or continues with the next training prompt ("blue Question: What is the color of
          the ... Answer: ..."); an empty string where it emitted only padding.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a(), color_of(), question(), case() and TARGETS). No audit code,
    no other corpus, no documentation of the audits. The photos are imagined; each is described in the comment
    above its case, and every label was judged against that description and the seller columns.

Label conventions and judgement calls
    - One failure label per text: the most salient one. A loop that also runs to the token limit is "loop"
      (hit_limit=True); a leak that also runs to the limit is "leak".
    - cut: the text stops mid-phrase; hit_limit=True when it ran to the limit (50 caption / 30 answer tokens),
      hit_limit=False for the few that stopped mid-phrase before it. A caption-template answer to a garment-type,
      sleeve, pattern or material question is "cut": it carries the attribute but stops mid-sentence at the limit.
    - non_answer: an empty string (padding only), "i don't know", "unknown", an answer to another question ("it is a
      skirt" for the material), and a caption-template answer to a color question, which names no hue at all.
    - restated: the question's own words handed back as the answer ("the pattern of the garment is a pattern",
      "the material of the garment is fabric").
    - other_garment_color: the product itself is given the color of another garment in the photo (the white tee
      for the jeans, the black camisole for the lavender shrug). A wrong color for a garment that is not the product
      (the experiments' "color of the jeans" on a top's photo: one color repeated for every garment), or a color taken
      from the wall, the floor or the print, is "contradiction", as is a wrong garment class, a wrong yes/no, a wrong
      pattern or sleeve length.
    - unsupported: details the photo does not show (pockets, a belt, a logo, a zipper, a bag, mirror work, pearl
      buttons), or "the model" on a packshot.
    - pronoun: male words ("a man", "The gentleman wears", "he") for a women's product; labelled pronoun even when
      the template text also runs to the limit.
    - Correct: near-color synonyms (mustard/yellow, maroon/burgundy, teal/green, rust/orange, off-white/cream,
      navy/dark blue, peach/pink, olive/green, beige/khaki, lavender/purple, emerald/green); near garment classes
      (shrug as cardigan, kimono or sweater; tunic as kurta; palazzos as pants; a co-ord as "a shirt and pants";
      a culotte jumpsuit as romper; a puff-sleeve top as blouse); "none" or "plain" for a solid garment's pattern;
      a background or the other worn garment named in a caption; "black and white" for a striped or checked
      garment; the color of a non-product garment when it is right.
    - Material answers are correct when they name a plausible fabric consistent with the photo and the title; they
      are only labelled when they restate, say nothing, leak, loop, cut, or invent visible details.
    - A template's "lady" on a mannequin or packshot, or its "dress" for a knee-length tunic, inside a text already
      labelled for another failure, is not labelled separately.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a


def rep(word: str, n: int, sep: str = " ") -> str:
    """A greedy repetition as the adapters produce it (n copies, joined)."""
    return sep.join([word] * n)


W = "Women"

BLIND_161: list[Case] = [
    # 1. Model in a mustard ribbed sleeveless tank top tucked into light blue jeans, white studio wall.
    # caption BASE; type, color, color_of shirt, color_of jeans BASE; sleeve VQA; material CAP3.
    case(
        "MYN-TOP-11842",
        caption("a woman in a yellow tank top and blue jeans standing against a white wall"),
        B.garment_type("tank top"),
        B.color("yellow"),
        color_of("shirt", "yellow"),
        color_of("jeans", "yellow", "contradiction"),  # one color for every garment: the jeans are light blue
        B.sleeve_length(rep("sleeveless", 15), "loop", hit_limit=True),
        B.material(
            "The lady wears a tank shirt with pure color patterns and a long denim pants. The tank shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Mustard",
        title="Roadster Women Mustard Yellow Solid Ribbed Cotton Tank Top",
    ),
    # 2. Model in a knee-length, long-sleeved teal A-line tunic with a white floral print, white leggings, grey
    # backdrop.
    # caption CAP1; type, color, pattern, material BASE; sleeve VQA.
    case(
        "MYN-TUN-20417",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee length. The lady wears a leggings. The leggings are with "
            "cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("tunic"),
        B.color("green"),  # teal read as green: near synonym
        B.pattern("floral"),
        B.sleeve_length(
            "long-sleeve Question: What is the color of the dress? Answer: floral Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender=W,
        category="Tunics",
        color="Teal",
        title="Global Desi Women Teal & White Floral Printed A-Line Tunic",
    ),
    # 3. Short-haired model in a white long-sleeved cotton shirt, sleeves rolled to the elbow, tucked into black
    # trousers. caption, color_of shirt/pants, sleeve, material BASE; type VQA; pattern CAP3.
    case(
        "MYN-SHT-30958",
        caption("a man in a white shirt and black pants", "pronoun"),
        color_of("shirt", "white"),
        color_of("pants", "white", "contradiction"),  # the trousers are black: the shirt's white repeated
        B.garment_type(rep("shirt", 30), "loop", hit_limit=True),
        B.sleeve_length("long sleeves"),  # rolled up, but a long-sleeved shirt
        B.material("cotton"),
        B.pattern(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="White",
        title="HERE&NOW Women White Regular Fit Solid Casual Shirt",
    ),
    # 4. Model in a maroon solid wrap midi dress with short flutter sleeves, beige backdrop, a thin watch on her wrist.
    # caption, material CAP3; color, type, sleeve BASE; is_a VQA.
    case(
        "MYN-DRS-41173",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. The dress is with",
            "cut",
            hit_limit=True,
        ),
        B.color("burgundy"),  # maroon: near synonym
        B.garment_type("dress"),
        is_a("dress", rep("yes", 30), "loop", hit_limit=True),
        B.sleeve_length("short sleeves"),
        B.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Maroon",
        title="SASSAFRAS Women Maroon Solid Wrap Midi Dress",
    ),
    # 5. Model in blue skinny jeans with a white cropped tee and white sneakers, hands empty, white background.
    # caption, type, color_of jeans/shirt, is_a BASE; color, material VQA.
    case(
        "MYN-JNS-52036",
        caption("a woman in a white t-shirt and blue jeans holding a brown leather bag", "unsupported"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),  # the tee's color
        color_of("jeans", "blue"),
        color_of("shirt", "white"),
        B.material(rep("denim", 30), "loop", hit_limit=True),
        is_a("pair of jeans", "yes"),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Model in black straight formal trousers with a pink long-sleeved blouse tucked in, grey backdrop.
    # caption CAP1; color_of pants (open), color, type, pattern, is_a BASE; material VQA.
    case(
        "MYN-TRS-60321",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "chiffon fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "The lady wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        B.color("black"),
        B.garment_type("trousers"),
        B.pattern("solid"),
        is_a("pair of pants", "not sure", "non_answer"),
        B.material(
            "cotton Question: What is the color of the pants? Answer: black Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Trousers",
        color="Black",
        title="Tokyo Talkies Women Black Regular Fit Solid Formal Trousers",
    ),
    # 7. Model in off-white flared palazzos with a black crop top, white wall.
    # caption, color, color_of pants (open), pattern, material, is_a BASE; type VQA.
    case(
        "MYN-PLZ-70784",
        caption("a woman in a black top and white pants standing in front of a white wall"),
        B.garment_type("skirt", "contradiction"),  # wide flowing palazzos read as a skirt
        B.color("cream"),  # off-white: near synonym
        color_of("pants", "black", "other_garment_color", kind="open"),
        B.pattern("the pattern is the pattern of the pants", "restated"),
        B.material("it is made of rayon"),
        is_a("pair of pants", "yes"),
        gender=W,
        category="Palazzos",
        color="Off White",
        title="StyleStone Women Off-White Solid Flared Palazzos",
    ),
    # 8. Model in a navy pleated midi skirt with a white tee tucked in, a watch on her wrist.
    # caption CAP3; color, type, pattern, material BASE; is_a VQA.
    case(
        "MYN-SKT-80215",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        B.color("navy blue"),
        B.garment_type("skirt"),
        B.pattern("pleated"),
        is_a(
            "skirt",
            "yes Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        B.material("unknown", "non_answer"),
        gender=W,
        category="Skirts",
        color="Navy Blue",
        title="DressBerry Women Navy Blue Solid Pleated Flared Midi Skirt",
    ),
    # 9. Model in a lavender knit open-front shrug with three-quarter sleeves over a black camisole and blue jeans.
    # caption, type, color, material, pattern BASE; is_a, sleeve VQA; color_of shirt CAP3.
    case(
        "MYN-SHR-90412",
        caption("a woman wearing a purple cardigan over a black top and jeans"),  # layers; lavender ~ purple
        B.garment_type("cardigan"),
        B.color("black", "other_garment_color"),  # the camisole under it
        is_a("shrug", "no", "contradiction"),
        B.sleeve_length(rep("long-sleeve", 10), "loop", hit_limit=True),
        B.material("knit"),
        B.pattern("the garment has the pattern of a garment", "restated"),
        color_of(
            "shirt",
            "The lady wears a medium-sleeve outer clothing with pure color patterns and a long denim pants. The "
            "outer clothing is with knitting",
            "non_answer",
            hit_limit=True,
        ),
        gender=W,
        category="Shrug",
        color="Lavender",
        title="AND Women Lavender Solid Open Front Shrug",
    ),
    # 10. Model in a rust co-ord set: boxy short-sleeved shirt and matching straight trousers, no belt, cream backdrop.
    # caption CAP3; type, color, color_of pants, sleeve BASE; material VQA.
    case(
        "MYN-COR-10066",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        B.garment_type("a shirt and pants with a gold belt", "unsupported"),
        B.color("orange"),  # rust: near synonym
        color_of("pants", "orange"),  # same set, same color: not a repeated-color failure
        B.material("", "non_answer"),
        B.sleeve_length("short"),
        gender=W,
        category="Co-Ords",
        color="Rust",
        title="Mast & Harbour Women Rust Solid Shirt with Trousers Co-Ords",
    ),
    # 11. Model in an olive sleeveless belted utility jumpsuit with a button front and no chest pockets, white wall.
    # caption, color, sleeve, material BASE; type, is_a VQA; pattern CAP3.
    case(
        "MYN-JMP-11290",
        caption("a woman in a green jumpsuit with a belt"),
        B.garment_type("jumpsuit"),
        B.color("olive green"),
        B.sleeve_length("sleeveless"),
        B.pattern(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is v-shape. There is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        B.material("cotton with pockets on the chest and a zipper at the front", "unsupported"),
        gender=W,
        category="Jumpsuit",
        color="Olive",
        title="HERE&NOW Women Olive Green Solid Belted Basic Jumpsuit",
    ),
    # 12. Flat packshot on white: black-and-white horizontal striped boat-neck top, long sleeves, no person.
    # caption, color, pattern, color_of shirt (open), material BASE; sleeve, is_a VQA.
    case(
        "MYN-TOP-12503",
        caption("a black and white striped shirt on a white background"),
        B.color("black and white"),
        B.pattern("striped"),
        color_of("shirt", "black and white striped", kind="open"),
        B.sleeve_length(
            "long-sleeve Question: What is the color of the shirt? Answer: stripe Question: What is the color of "
            "the shirt?",
            "leak",
            hit_limit=True,
        ),
        B.material("the model is wearing a cotton shirt", "unsupported"),  # no model: a packshot
        is_a("shirt", rep("no", 30), "loop", hit_limit=True),
        gender=W,
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black & White Striped Boat Neck Top",
    ),
    # 13. Flat packshot of black mom-fit jeans on a grey surface; zip fly, no patch visible.
    # caption CAP3; type, color, color_of jeans (open), material, is_a BASE.
    case(
        "MYN-JNS-13377",
        caption(
            "The lady wears a long denim pants. The pants are with denim fabric and pure color patterns. The lady "
            "wears a long denim pants. The pants are with denim fabric and pure color patterns. The lady wears a "
            "long denim",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        B.color("black"),
        color_of("jeans", "grey", "contradiction", kind="open"),  # the surface they lie on
        B.material("denim with a button fly and a leather patch", "unsupported"),
        is_a("pair of jeans", "yes"),
        gender=W,
        category="Jeans",
        color="Black",
        title="Roadster Women Black Mom Fit High-Rise Jeans",
    ),
    # 14. Mannequin in a yellow fit-and-flare dress with white flowers, short puff sleeves, white background.
    # caption, color, pattern, sleeve BASE; material VQA; color_of dress CAP1.
    case(
        "MYN-DRS-14420",
        caption("a yellow dress with white flowers on a mannequin"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),  # short puff sleeves
        B.material(rep("chiffon", 15), "loop", hit_limit=True),
        color_of(
            "dress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Yellow",
        title="Berrylush Women Yellow Floral Printed Fit and Flare Dress",
    ),
    # 15. Model in a red-and-navy checked shirt worn open over a white tank top, blue jeans.
    # caption, pattern, color, color_of shirt (open), color_of jeans BASE; material CAP3.
    case(
        "MYN-SHT-15591",
        caption("a woman wearing a red and blue plaid shirt over a white tank top"),  # layers
        B.pattern("plaid"),
        B.color("white", "other_garment_color"),  # the tank top under it
        color_of("shirt", "red and blue", kind="open"),
        color_of("jeans", "red", "contradiction"),  # one color for every garment
        B.material(
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Red",
        title="HERE&NOW Women Red & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # 16. Model in a peach square-neck puff-sleeve top with blue jeans.
    # caption CAP1; color, sleeve, pattern, is_a, material BASE.
    case(
        "MYN-TOP-16648",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric. It has a square neckline. The pants are with denim fabric and pure color patterns. "
            "There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),  # peach: near synonym
        B.sleeve_length("puff sleeves"),
        B.pattern("the pattern of the garment is a pattern", "restated"),
        is_a("top", "yes, he is wearing a top", "pronoun"),
        B.material("cotton"),
        gender=W,
        category="Tops",
        color="Peach",
        title="Berrylush Women Peach-Coloured Solid Puff Sleeve Top",
    ),
    # 17. Model in multicoloured (blue, orange, green) geometric-print palazzos with a plain white top.
    # caption, color, pattern, is_a, color_of pants (open) BASE; type, material VQA.
    case(
        "MYN-PLZ-17702",
        caption("a woman in a white top and colorful pants"),
        B.color("multicolor"),
        B.pattern("print"),
        is_a("pair of pants", "yes"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.garment_type(rep("pants", 30), "loop", hit_limit=True),
        B.material("rayon Question: What is the color of the pants? Answer:", "leak"),
        gender=W,
        category="Palazzos",
        color="Multi",
        title="Global Desi Women Multicoloured Printed Flared Palazzos",
    ),
    # 18. Model in a light blue denim A-line mini skirt with a navy-and-white striped tee tucked in, white sneakers.
    # caption, pattern, color, material BASE; color_of skirt, is_a VQA.
    case(
        "MYN-SKT-18853",
        caption("a woman in a striped shirt and a denim skirt"),
        B.pattern("striped", "contradiction"),  # the tee's stripes; the skirt is plain denim
        B.color("blue"),
        color_of(
            "skirt",
            "blue Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.material("denim"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender=W,
        category="Skirts",
        color="Blue",
        title="Roadster Women Blue Denim A-Line Mini Skirt",
    ),
    # 19. Mannequin in a pink straight tunic with white yoke embroidery, three-quarter sleeves, grey backdrop.
    # caption CAP3; color, type, sleeve, material BASE; pattern CAP1; is_a VQA.
    case(
        "MYN-TUN-19024",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee length. The lady wears a medium-sleeve dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("tunic"),
        B.sleeve_length("three quarter sleeves"),
        B.pattern(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is",
            "cut",
            hit_limit=True,
        ),
        is_a("tunic", "no", "contradiction"),
        B.material("it is made of silk with gold thread work", "unsupported"),  # the embroidery is white
        gender=W,
        category="Tunics",
        color="Pink",
        title="W Women Pink Embroidered Straight Tunic",
    ),
    # 20. Model in beige pleated high-waist wide-leg trousers with a black sleeveless bodysuit.
    # caption, color, color_of pants, type, pattern BASE; material CAP1.
    case(
        "MYN-TRS-20188",
        caption("a woman in a black top and beige pants"),
        B.color("khaki"),  # beige: near synonym
        color_of("pants", "black", "other_garment_color"),
        B.garment_type("pants"),
        B.pattern("it is the pattern of the pants", "restated"),
        B.material(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long trousers. The tank shirt is "
            "with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Trousers",
        color="Beige",
        title="SASSAFRAS Women Beige Loose Fit High-Rise Pleated Trousers",
    ),
    # 21. Packshot: black long-sleeved bodycon dress on a hanger, white background, no person.
    # caption, color, material BASE; pattern VQA; sleeve CAP3.
    case(
        "MYN-DRS-21395",
        caption("a black dress hanging on a hanger"),
        B.color("black"),
        B.pattern("", "non_answer"),
        B.material("i don't know", "non_answer"),
        B.sleeve_length(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender=W,
        category="Dresses",
        color="Black",
        title="Vero Moda Women Black Solid Bodycon Dress",
    ),
    # 22. Model in a lime green co-ord: sleeveless crop top and matching mini skirt, white backdrop.
    # caption, color, sleeve, is_a, material BASE; type, pattern VQA.
    case(
        "MYN-COR-22549",
        caption("a woman in a green top and skirt"),
        B.garment_type("dress", "contradiction"),  # a two-piece set read as a dress
        B.color("green"),  # lime: near synonym
        B.sleeve_length("sleeveless"),
        is_a("skirt", "yes"),
        B.pattern(rep("pure color", 15), "loop", hit_limit=True),
        B.material("Answer: polyester", "leak"),
        gender=W,
        category="Co-Ords",
        color="Lime Green",
        title="SHOWOFF Women Lime Green Crop Top with Skirt Co-Ords",
    ),
    # 23. Model in a navy denim short-sleeved jumpsuit, white backdrop.
    # caption CAP3; type, color, sleeve, pattern, material BASE; is_a VQA.
    case(
        "MYN-JMP-23610",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with denim fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.color("dark blue"),  # navy: near synonym
        is_a("pair of jeans", "yes", "contradiction"),  # denim read as jeans
        B.sleeve_length("short sleeves"),
        B.material("denim"),
        B.pattern("", "non_answer"),
        gender=W,
        category="Jumpsuit",
        color="Navy Blue",
        title="Roadster Women Navy Blue Denim Basic Jumpsuit",
    ),
    # 24. Flat packshot: white crochet shrug with long sleeves on a beige surface, no person.
    # caption, type, color, pattern, material, is_a BASE; sleeve CAP3.
    case(
        "MYN-SHR-24771",
        caption("a white crocheted sweater on a beige background"),  # background named; shrug ~ sweater
        B.garment_type("sweater"),
        B.color("beige", "contradiction"),  # the surface, not the shrug
        B.pattern("lace"),
        B.material("crochet"),
        is_a("shrug", "no", "contradiction"),
        B.sleeve_length(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Shrug",
        color="White",
        title="Vero Moda Women White Self Design Crochet Shrug",
    ),
    # 25. Model in an emerald green satin long-sleeved wrap top with black trousers.
    # caption, color, color_of shirt, material BASE; type CAP3; sleeve VQA.
    case(
        "MYN-TOP-25802",
        caption("a woman wearing a green satin blouse and black pants"),
        B.color("emerald"),
        B.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with satin "
            "fabric and its neckline is v",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        B.sleeve_length(rep("long-sleeve", 10), "loop", hit_limit=True),
        B.material("the top is made of the material of the top", "restated"),
        gender=W,
        category="Tops",
        color="Green",
        title="Athena Women Green Solid Wrap Top",
    ),
    # 26. Model in a light blue chambray long-sleeved shirt with white jeans.
    # caption CAP1; color, color_of jeans, color_of shirt, type BASE; material VQA.
    case(
        "MYN-SHT-26913",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "denim fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        B.color("light blue"),
        color_of("jeans", "blue", "contradiction"),  # the jeans are white: the shirt's blue repeated
        color_of("shirt", "blue"),
        B.garment_type("denim shirt"),
        B.material("denim with a", "cut"),  # stopped mid-phrase before the limit
        gender=W,
        category="Shirts",
        color="Blue",
        title="Roadster Women Blue Chambray Regular Fit Casual Shirt",
    ),
    # 27. Short-haired model in grey straight jeans, mildly ripped at the knees, with a black tee.
    # caption, color, color_of jeans (open), color_of shirt, is_a BASE; type, material VQA.
    case(
        "MYN-JNS-27034",
        caption("a man in a black t-shirt and ripped jeans", "pronoun"),
        B.color("black", "other_garment_color"),  # the tee
        color_of("jeans", "grey", kind="open"),
        color_of("shirt", "grey", "contradiction"),  # the tee is black: the jeans' grey repeated
        B.garment_type("denim"),
        is_a("pair of jeans", "yes"),
        B.material(
            "denim Question: What is the color of the denim? Answer: pure color Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Grey",
        title="Mast & Harbour Women Grey Straight Fit Mildly Distressed Jeans",
    ),
    # 28. Model in a blue-and-white vertically striped long-sleeved shirt dress with a self belt, no pockets.
    # caption, color, pattern, type, is_a, material BASE; sleeve CAP3.
    case(
        "MYN-DRS-28145",
        caption("a woman wearing a blue and white striped shirt dress with a belt"),
        B.color("blue and white"),
        B.garment_type("shirt", "contradiction"),  # a shirt dress read as a shirt
        is_a("dress", "yes"),
        B.sleeve_length(
            "The lady wears a long-sleeve dress with stripe patterns. The dress is with cotton fabric and it has a "
            "lapel neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton with a pocket on the chest", "unsupported"),
        gender=W,
        category="Dresses",
        color="Blue",
        title="HERE&NOW Women Blue & White Striped Shirt Dress",
    ),
    # 29. Waist-form mannequin in a black wrap midi skirt printed with red and pink roses, white background.
    # caption, color, pattern, type BASE; material VQA; color_of skirt CAP1.
    case(
        "MYN-SKT-29256",
        caption("a black skirt with red flowers on a mannequin"),
        B.color("red", "contradiction"),  # the roses' color; the skirt is black
        B.pattern("floral"),
        B.garment_type("skirt"),
        B.material(
            "chiffon Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer:", "leak", hit_limit=True
        ),
        color_of(
            "skirt",
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a "
            "long skirt with floral patterns. The skirt is with chiffon fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Skirts",
        color="Black",
        title="Athena Women Black & Red Floral Printed Wrap Midi Skirt",
    ),
    # 30. Packshot: folded black flared palazzos, flat front waistband, no pockets, white background.
    # caption, color, pattern, material BASE; type CAP3; is_a, color_of pants VQA.
    case(
        "MYN-PLZ-30367",
        caption("a pair of black pants on a white background"),
        B.color("black"),
        B.pattern("none"),  # a solid garment: no pattern
        B.garment_type(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton with an elastic waistband and side pockets", "unsupported"),
        is_a("skirt", rep("yes", 30), "loop", hit_limit=True),
        color_of("pants", rep("black", 15, "-"), "loop", hit_limit=True),
        gender=W,
        category="Palazzos",
        color="Black",
        title="Jaipur Kurti Women Black Solid Flared Palazzos",
    ),
    # 31. Model in a white three-quarter-sleeve tunic with white chikankari embroidery over blue jeans (fusion).
    # caption, color, type, sleeve, color_of shirt BASE; material CAP3; is_a VQA.
    case(
        "MYN-TUN-31478",
        caption("a woman in a white embroidered top and blue jeans"),
        B.color("blue", "other_garment_color"),  # the jeans
        B.garment_type("kurta"),  # a tunic as kurta: near class
        B.sleeve_length("3/4"),
        color_of("shirt", "white"),
        B.material(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        is_a("tunic", "", "non_answer"),
        gender=W,
        category="Tunics",
        color="White",
        title="Ada Women White Chikankari Embroidered Tunic",
    ),
    # 32. Model in a red short-sleeved ribbed crop top with no print or logo, black jeans.
    # caption, type, sleeve, pattern, material, color_of jeans BASE; color VQA.
    case(
        "MYN-TOP-32589",
        caption("a woman in a red crop top and black jeans"),
        B.color(rep("red", 30), "loop", hit_limit=True),
        B.garment_type("crop top"),
        B.sleeve_length("short"),
        B.pattern("the pattern of the top is the top", "restated"),
        B.material("it's made of cotton and has a brand logo on the front", "unsupported"),
        color_of("jeans", "black"),
        gender=W,
        category="Tops",
        color="Red",
        title="SHOWOFF Women Red Solid Fitted Crop Top",
    ),
    # 33. Model in olive green cargo trousers with side pockets and a white tee, plain solid fabric.
    # caption CAP3; color, color_of pants (open), type, material, pattern BASE.
    case(
        "MYN-TRS-33690",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),  # olive: near synonym
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.garment_type("cargo pants"),
        B.material("cotton"),
        B.pattern("camouflage", "contradiction"),  # solid olive
        gender=W,
        category="Trousers",
        color="Olive",
        title="Roadster Women Olive Green Cargo Trousers",
    ),
    # 34. Model in a red sleeveless halter culotte jumpsuit, white background; the seller's colour is missing.
    # caption CAP1; color, sleeve, is_a BASE; type, material VQA.
    case(
        "MYN-JMP-34701",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is suspenders. The romper is of long length. There is an accessory on her wrist. The lady "
            "wears a ring. The romper",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        B.garment_type("romper"),  # culotte jumpsuit: the In-shop romper/jumpsuit class
        B.sleeve_length("sleeveless"),
        is_a("dress", "no"),
        B.material(rep("polyester", 10, "-"), "loop", hit_limit=True),
        gender=W,
        category="Jumpsuit",
        title="Harpa Women Solid Culotte Jumpsuit",
    ),
    # 35. Model in a black-and-white gingham co-ord: short-sleeved shirt and shorts.
    # caption CAP1; pattern, color, color_of shorts, sleeve BASE; type VQA.
    case(
        "MYN-COR-35812",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and a three-point shorts. The shirt is "
            "with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and lattice patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        B.pattern("checkered"),
        B.color("black and white"),
        color_of("shorts", "grey", "contradiction"),  # a small check read as grey
        B.garment_type("shirt Question: What type of", "leak"),
        B.sleeve_length("short sleeves"),
        gender=W,
        category="Co-Ords",
        color="Black",
        title="Tokyo Talkies Women Black & White Checked Shirt with Shorts",
    ),
    # 36. Model in a black sheer longline kimono-style shrug over a white slip dress; plain sheer fabric.
    # caption, color, type, sleeve, material, is_a BASE; pattern CAP1.
    case(
        "MYN-SHR-36923",
        caption("a woman in a white dress with a black kimono"),  # layers
        B.color("white", "other_garment_color"),  # the slip dress
        B.garment_type("kimono"),
        B.sleeve_length("long sleeves"),
        B.material("it is made of lace with sequins", "unsupported"),
        is_a("shrug", "yes"),
        B.pattern(
            "The lady wears a long-sleeve outer clothing with pure color patterns and a long dress. The outer "
            "clothing is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Shrug",
        color="Black",
        title="DressBerry Women Black Sheer Longline Shrug",
    ),
    # 37. Model in a pink sleeveless tiered ruffle maxi dress; the seller's title is missing.
    # caption CAP3; color, type, sleeve, material BASE; is_a VQA.
    case(
        "MYN-DRS-37034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("dress"),
        B.sleeve_length("sleeveless"),
        is_a("dress", rep("yes Answer:", 10), "leak", hit_limit=True),
        B.material("the material of the garment is fabric", "restated"),
        gender=W,
        category="Dresses",
        color="Pink",
    ),
    # 38. Flat packshot: black satin long-sleeved shirt on white, no person.
    # caption, color, material, pattern BASE; sleeve VQA; color_of shirt CAP3.
    case(
        "MYN-SHT-38145",
        caption("a black shirt on a white background"),
        B.color("black"),
        B.material("satin"),
        B.sleeve_length("", "non_answer"),
        B.pattern("the pattern of the garment is the pattern of the shirt", "restated"),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with satin fabric and it "
            "has a lapel neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Black",
        title="Mast & Harbour Women Black Satin Finish Casual Shirt",
    ),
    # 39. Model in a white short-sleeved lace top with a scalloped hem and no buttons, blue jeans; article type missing.
    # caption, color, color_of jeans, sleeve, material, is_a BASE; type CAP1.
    case(
        "MYN-TOP-39256",
        caption("a woman wearing a white lace top and blue jeans"),
        B.color("white"),
        B.garment_type(
            "The lady wears a short-sleeve shirt with lattice patterns and a long denim pants. The shirt is with lace "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "white", "contradiction"),  # one color for every garment
        B.sleeve_length("short"),
        B.material("lace with pearl buttons at the back", "unsupported"),
        is_a("blouse", "yes"),
        gender=W,
        color="White",
        title="Vero Moda Women White Lace Top",
    ),
    # 40. Model in light blue high-rise wide-leg jeans with a cropped beige knit top and white sneakers.
    # caption, color, material, type BASE; color_of jeans (open), pattern, is_a VQA.
    case(
        "MYN-JNS-40367",
        caption("a woman in a crop top and wide leg jeans"),
        B.color("light blue"),
        color_of("jeans", "beige", "other_garment_color", kind="open"),  # the knit top
        B.material("denim"),
        B.garment_type("a pair of wide leg", "cut"),  # stopped mid-phrase before the limit
        B.pattern(
            "pure color Question: What is the color of the denim? Answer: pure color Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes Question: Is this a pair", "leak"),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Wide Leg High-Rise Jeans",
    ),
    # 41. Model in a black knee-length pencil skirt with a white long-sleeved shirt tucked in, a ring on her hand.
    # caption CAP3; color, color_of skirt, type, pattern, material BASE.
    case(
        "MYN-SKT-41478",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a medium skirt. The shirt is with "
            "cotton fabric and it has a lapel neckline. The skirt is with cotton fabric and pure color patterns. "
            "The lady wears a ring. There",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),  # the shirt
        color_of("skirt", "black"),
        B.garment_type("pencil skirt"),
        B.pattern("plain"),
        B.material("it is a skirt", "non_answer"),
        gender=W,
        category="Skirts",
        color="Black",
        title="Allen Solly Woman Black Solid Pencil Skirt",
    ),
    # 42. Model in a navy short-sleeved tunic with a small white geometric print, black leggings, plain print (no
    # mirror work); the seller's gender is missing. caption, color, pattern, color_of dress (open), material BASE;
    # type VQA; sleeve CAP3.
    case(
        "MYN-TUN-42589",
        caption("a woman wearing a blue printed tunic and black leggings"),
        B.color("navy"),
        B.pattern("geometric"),
        B.sleeve_length(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of knee",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(rep("dress", 30), "loop", hit_limit=True),
        color_of("dress", "black", "other_garment_color", kind="open"),  # the leggings
        B.material("cotton with mirror work", "unsupported"),
        category="Tunics",
        color="Navy Blue",
        title="Sangria Navy Blue Printed Tunic",
    ),
    # 43. Short-haired model in mustard solid palazzos with a white tank top.
    # caption, color, type, color_of pants BASE; material, pattern VQA.
    case(
        "MYN-PLZ-43690",
        caption("a man in a white shirt and yellow pants", "pronoun"),
        B.color("yellow"),  # mustard: near synonym
        B.garment_type("pants"),
        color_of("pants", "yellow"),
        B.material(rep("cotton", 30), "loop", hit_limit=True),
        B.pattern("", "non_answer"),
        gender=W,
        category="Palazzos",
        color="Mustard",
        title="Libas Women Mustard Yellow Solid Palazzos",
    ),
    # 44. Model in an emerald green solid long-sleeved maxi dress (no slit, no zipper visible) before a leafy garden
    # backdrop. caption, color, type, pattern, material BASE; sleeve CAP3.
    case(
        "MYN-DRS-44701",
        caption("a woman in a green dress standing in front of a tree"),  # background named
        B.color("green"),
        B.garment_type("maxi dress"),
        B.pattern("floral", "contradiction"),  # the leaves behind her; the dress is solid
        B.material("it is made of silk and has a slit on the side and a zipper at the back", "unsupported"),
        B.sleeve_length(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Green",
        title="Athena Women Green Solid Maxi Dress",
    ),
]
