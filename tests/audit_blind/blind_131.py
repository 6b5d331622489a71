"""BLIND_131 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twentieth session. Measured blind at 6125a52: 123/140 failures found (87.9%)
and 14/145 correct texts flagged (9.7%). The writer's notes, verbatim:

Blind corpus 131: BLIP-2 OPT-2.7b and the experiments' adapters on a Myntra-style marketplace sample.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a random sample of
    44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted
    roughly as such a catalog is: 17 men's, 20 women's, 7 kids'), one product per item. Each product carries a
    caption and answers to the experiments' own questionnaire: the closed questions of BLIND_QUESTIONS
    (garment type, color, pattern, sleeve length) and the open material question, the VQA data's yes/no
    "Is this a {garment}?" question, and the experiments' "What is the color of the shirt / jeans / pants /
    shorts?" questions (color_of, stored open when the text is free generation), plus on some products the
    experiments' "What is she/he wearing?" question. The seller columns (gender, category, color, title) come
    from the marketplace listing; a few are missing (no title on two products, no color on one).

Which system wrote which text (named again in the comment above each case)
    base  -- Salesforce/blip2-opt-2.7b, untuned: short texts that stop on the newline; colors unreliable (one
             color for every garment, a background's color), wrong pronoun, invented details, some non-answers.
    CAP1  -- leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  -- leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both caption adapters write
             the DeepFashion-MultiModal template ("The lady wears a long-sleeve shirt with pure color patterns.
             The shirt is with cotton fabric ...") for every prompt, questions included, and rarely stop.
    VQA   -- leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): one-word answers that repeat to the limit, that run on
             into the "Question: ... Answer:" format, or that answer another question ("yes", a color).

How it was written
    Blind, by hand. The only files read were /work/shared/CONTEXT.md and lines 1-168 of
    /work/main/tests/audit_corpus.py (the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS,
    is_a, color_of, question, case, TARGETS). No audit code, query code, docs, other corpora or history were
    opened; the only thing run was an import check of this file. Every text was written against an imagined
    photo described in the comment above its case.

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A caption-adapter template that runs to the
      token limit and stops mid-phrase is "cut" even though it also answers the wrong question; a text that
      repeats a phrase to the limit is "loop"; a text that contains "Question:" or "Answer:" is "leak" even when
      it also repeats or is cut.
    - hit_limit=True marks a text that used all its new tokens (30 for answers, 50 for captions): every "cut"
      that ran to the limit, and the loops and leaks that ran to it. One "cut" (product 21) stopped before the
      limit and has hit_limit=False. Adapter texts that came out whole (the adapters sometimes do stop) are
      stored with hit_limit=False and judged on their content.
    - Colors: near-color synonyms of the seller's color are correct when they describe the imagined photo
      (Navy Blue -> "blue"/"dark blue", Maroon -> "red"/"burgundy", Off White/Cream -> "white", Mustard ->
      "yellow", Teal -> "turquoise", Olive -> "green", Charcoal -> "grey", Peach -> "light pink" for a pale
      pinkish peach, Khaki/Beige -> "beige"/"tan", Lavender -> "purple", Rust -> "orange", Multi ->
      "multicolor"). A background's color named in a caption ("in front of a blue wall") is correct; the same
      color given as the garment's color is a "contradiction".
    - "other_garment_color": an open color answer that gives the product garment the color of another garment
      in the photo (the jeans' light blue for the navy tee). The reverse, another garment given the product's
      color (the black jeans called "red" like the red tee), or a garment given a color nothing in the photo
      has, or the background's color, is "contradiction"; so is a wrong garment (a kurta called a dress, a
      yes to "Is this a skirt?" for palazzos) that the other texts or the seller's category contradict.
    - "non_answer": empty text, "i'm not sure"/"i don't know", "it's a shirt" for the pattern, or an answer to
      another question ("yes" to the material question, "blue" to the sleeve question, "yellow" to the pattern).
      "restated": the question's own words handed back as a statement ("The garment is made of the material of
      the garment.").
    - "unsupported": a detail the imagined photo does not show (jewellery, a motorcycle, a chest logo, a
      distressed wash on a clean-look jean, fibre blends, linings, finishes, "real gold zari"). A single usual
      fabric for the garment ("cotton" for a tee or kurta, "denim" for jeans, "georgette" when the title says
      so, "silk" for a Banarasi saree, "polyester" for track pants) is taken as correct; a verbose answer that
      still answers ("The material of the garment is cotton.") is correct.
    - "pronoun": "he"/"his"/"the gentleman" for a women's or girls' product, "she"/"the lady" for a men's or
      boys' product, whatever else the text gets right. The caption template's "the lady" for a girl is not a
      pronoun failure (same gender).
    - Product shots without a person (flat lays, ghost mannequin): a caption that names the product and the
      background is correct; an answer to "What is he/she wearing?" that names only the product is correct,
      one that adds garments not in the shot is "unsupported".
    - Layers (a jacket over a tee, a shirt worn open over a tank): naming both garments is correct.
    - Closed answers are stored as the model wrote them (the reference engine keeps raw text when unmapped).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

BLIND_131: list[Case] = [
    # 01 Men's navy round-neck tee, worn with light-blue jeans, light-grey studio backdrop.
    # base: caption, garment_type, color, color_of shirt; VQA: sleeve_length; CAP3: material.
    case(
        "MYN131-M-TS-0101",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short"
            " short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "The T-shirt is with cotton fabric and its neckline is round. The gentleman wears a long trousers. The"
            " trousers are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "light blue", "other_garment_color", kind="open"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadline Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 02 Women's blue-and-white floral straight kurta, 3/4 sleeves, white palazzos, beige wall; no jewellery.
    # CAP3: caption; base: garment_type, color, pattern, wearing; CAP1: material.
    case(
        "MYN131-W-KU-0102",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("blue and white"),
        Q.pattern("floral"),
        Q.material(
            "The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The"
            " kurta is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white kurta with white pants and a pair of gold earrings", "unsupported", who="she"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Tarang Women Blue & White Floral Printed Straight Kurta",
    ),
    # 03 Men's white slim-fit full-sleeve casual shirt, black trousers, grey wall.
    # base: caption, color_of shirt, color_of pants, garment_type, material; VQA: sleeve_length.
    case(
        "MYN131-M-SH-0103",
        caption("a man in a white shirt and black pants standing against a grey wall"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        Q.garment_type("shirt"),
        Q.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long"
            " sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Nautique Men White Slim Fit Solid Casual Shirt",
    ),
    # 04 Women's maroon Banarasi saree with a gold zari border, gold blouse; gold earrings, no necklace.
    # base: caption, garment_type, wearing; VQA: color, is_a dress; CAP3: pattern.
    case(
        "MYN131-W-SA-0104",
        caption("a woman in a red saree with gold border"),
        Q.garment_type("saree"),
        Q.color("maroon"),
        Q.pattern(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric and its"
            " neckline is round. The lady wears a long skirt. The skirt",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        wearing("she is wearing a red saree with a gold border and a diamond necklace", "unsupported", who="she"),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Vastrika Maroon & Gold-Toned Zari Woven Banarasi Saree",
    ),
    # 05 Boys' yellow tee with a green dinosaur print, blue denim shorts, white background.
    # base: caption, color, pattern, color_of shorts; VQA: garment_type, material; CAP3: wearing.
    case(
        "MYN131-B-TS-0105",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it and blue shorts"),
        Q.garment_type(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic"
            " tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("graphic"),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a shorts.",
            "pronoun",
            who="he",
        ),
        color_of("shorts", "yellow", "contradiction", kind="open"),
        Q.material("yes", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="Little Amber Boys Yellow Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 06 Women's black Bardot top with short ruffled sleeves, white jeans, studio.
    # base: caption, color, sleeve_length, pattern, color_of shirt; CAP3: material.
    case(
        "MYN131-W-TO-0106",
        caption("a woman in a black off the shoulder top and white jeans"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.pattern("i'm not sure", "non_answer"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.material(
            "Question: What material is the garment made of? Answer: The lady wears a short-sleeve shirt with pure"
            " color patterns. The shirt is with",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="StreetFox Women Black Solid Bardot Top with Ruffles",
    ),
    # 07 Men's light-blue skinny jeans on a model cropped at the chest, white tee visible, white sneakers.
    # CAP1: caption; base: garment_type, color, color_of jeans, material; VQA: is_a jeans.
    case(
        "MYN131-M-JE-0107",
        caption(
            "The gentleman wears a long denim pants with pure color patterns. The pants are with denim fabric. The"
            " gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neck",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.color("light blue"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.material("denim"),
        is_a(
            "jeans",
            "yes Question: Is this a jeans? Answer: yes Question: Is this a jeans? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadline Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 08 Women's mustard kurta with yoke embroidery, palazzos and a matching plain dupatta; no mirror work.
    # base: caption, color, pattern, material; CAP3: garment_type; VQA: sleeve_length.
    case(
        "MYN131-W-KS-0108",
        caption("a woman in a yellow kurta and palazzo pants with a dupatta"),
        Q.color("yellow"),
        Q.garment_type(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is v-shape. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.sleeve_length("yes", "non_answer"),
        Q.material("it is made of cotton and has a chiffon dupatta with hand-done mirror work", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Kavya Ethnic Women Mustard Yellow Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 09 Men's white straight kurta, mandarin collar, white pyjama, blue-grey backdrop.
    # base: caption, color, garment_type, wearing; VQA: is_a kurta; CAP3: material.
    case(
        "MYN131-M-KU-0109",
        caption("a man in a white kurta standing in front of a blue wall"),
        Q.color("blue", "contradiction"),
        Q.garment_type("kurta"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is stand. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white kurta and white pants", who="he"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Sutra & Co Men White Solid Straight Kurta",
    ),
    # 10 Women's pale peach sleeveless maxi dress with small white flowers, white backdrop.
    # CAP3: caption; base: color, pattern, sleeve_length, garment_type; VQA: material.
    case(
        "MYN131-W-DR-0110",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is with chiffon fabric. It has a v-shape neckline. The dress is with"
            " chiffon fabric. It has",
            "loop",
            hit_limit=True,
        ),
        Q.color("light pink"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("this is a type of garment", "restated"),
        Q.material(
            "chiffon Question: What is the color of the dress? Answer: peach Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Peach",
        title="Dressline Women Peach-Coloured Floral Print Maxi Dress",
    ),
    # 11 Men's black track pants with white side stripes, grey tee, studio.
    # base: caption, pattern, color_of pants, material; VQA: color; CAP1: wearing.
    case(
        "MYN131-M-TP-0111",
        caption("a man wearing black track pants with white stripes and a grey t-shirt"),
        Q.color(
            "black and white and black and white and black and white and black and white and black and white and"
            " black and white and black and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.material("polyester"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The gentleman wears a long trousers",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Sprintline Men Black Solid Slim Fit Track Pants with Side Stripes",
    ),
    # 12 Girls' pink tiered party dress with sequins, laid flat on white (no person); no lining or zip visible.
    # base: caption, garment_type, color, material; CAP3: sleeve_length.
    case(
        "MYN131-G-DR-0112",
        caption("a pink dress with sequins on a white background"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.sleeve_length(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.material("it's made of 100% polyester net with a satin lining and a hidden back zip", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Little Amber Girls Pink Embellished Tiered Fit & Flare Party Dress",
    ),
    # 13 Men's olive polo with tipped collar, hands in pockets, beige chinos, studio.
    # base: caption, color, material, wearing; VQA: garment_type, color_of shirt; CAP3: sleeve_length.
    case(
        "MYN131-M-PO-0113",
        caption("a man in a green polo shirt with his hands in his pockets"),
        Q.color("green"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        wearing("she is wearing a green polo shirt", "pronoun", who="he"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Roadline Men Olive Green Polo Collar T-shirt",
    ),
    # 14 Women's teal A-line kurta with gold foil motifs, white leggings; photo cropped at the knees.
    # CAP1: caption; base: garment_type, color, is_a saree, wearing; VQA: sleeve_length.
    case(
        "MYN131-W-KU-0114",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("turquoise"),
        is_a("saree", "no"),
        Q.sleeve_length(
            "3/4 sleeves Question: What is the sleeve length of the garment? Answer: 3/4 sleeves Question:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a green kurta with gold print, white leggings and brown sandals", "unsupported", who="she"
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Tarang Women Teal Blue Ethnic Motifs Foil Printed A-Line Kurta",
    ),
    # 15 Men's charcoal hooded sweatshirt with "BROOKLYN" across the chest, black joggers, white wall.
    # base: caption, color, garment_type, color_of pants, color_of shirt, material; CAP3: pattern.
    case(
        "MYN131-M-SW-0115",
        caption("a man wearing a grey hoodie with the word brooklyn on it and black pants"),
        Q.color("grey"),
        Q.garment_type("hoodie"),
        Q.pattern(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The"
            " gentleman wears a long-sleeve sweater with graphic patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "grey", "contradiction", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.material("it is made of a cotton fleece blend with a brushed interior for warmth", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Charcoal",
        title="StreetFox Men Charcoal Grey Printed Hooded Sweatshirt",
    ),
    # 16 Women's red lehenga with gold embroidery, short-sleeve blouse, net dupatta over one shoulder.
    # base: caption, garment_type, color, material, wearing; VQA: is_a lehenga, sleeve_length.
    case(
        "MYN131-W-LE-0116",
        caption("a woman in a red lehenga with gold embroidery"),
        Q.garment_type("lehenga"),
        Q.color("red"),
        is_a(
            "lehenga",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        Q.material("The garment is made of the material of the garment.", "restated"),
        Q.sleeve_length(
            "short sleeve, the blouse has a sweetheart neckline and the lehenga has a flared hem with a gold border"
            " and the dupatta is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a red and gold lehenga", "pronoun"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Vastrika Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 17 Boys' cream full-sleeve kurta with white pyjama, studio.
    # base: caption, color, sleeve_length, wearing; CAP3: garment_type; VQA: material.
    case(
        "MYN131-B-KS-0117",
        caption("a little boy in a white kurta and pajamas"),
        Q.color("white"),
        Q.garment_type(
            "Question: What type of garment is this? Answer: The gentleman wears a long-sleeve shirt with pure color"
            " patterns. The shirt is",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        wearing("she is wearing a white kurta and pajamas", "pronoun", who="he"),
        Q.material("no", "non_answer"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Little Amber Boys Cream-Coloured Solid Kurta with Pyjamas",
    ),
    # 18 Women's black high-rise skinny jeans, white tee tucked in, studio.
    # base: caption, garment_type, color, color_of jeans; VQA: is_a leggings; CAP3: material.
    case(
        "MYN131-W-JE-0118",
        caption("a woman wearing black jeans and a white t-shirt tucked in"),
        Q.garment_type("jeans"),
        Q.color("black"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        is_a("leggings", "yes", "contradiction"),
        Q.material(
            "The lady wears a long denim pants. The pants are with denim fabric. The lady wears a long denim pants."
            " The pants are with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Denimline Women Black Skinny Fit High-Rise Stretchable Jeans",
    ),
    # 19 Men's blue-and-white checked casual shirt, sleeves rolled to the forearm, beige chinos.
    # CAP3: caption (came out whole); base: pattern, color_of shirt, color_of pants; VQA: material, sleeve_length;
    # CAP1: garment_type.
    case(
        "MYN131-M-SH-0119",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns."
        ),
        Q.pattern("checkered"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        Q.material(
            "cotton cotton-blend cotton cotton-blend cotton cotton-blend cotton cotton-blend cotton cotton-blend"
            " cotton",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("shirt", "non_answer"),
        Q.garment_type(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Nautique Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 20 Women's white 3/4-sleeve top with blue thread embroidery at the neckline, blue jeans.
    # base: caption, garment_type, pattern, material; VQA: color; CAP3: wearing.
    case(
        "MYN131-W-TO-0120",
        caption("a woman in a white top with blue embroidery and jeans"),
        Q.color("blue", "contradiction"),
        Q.garment_type("blouse"),
        Q.pattern("embroidered"),
        Q.material("i don't know", "non_answer"),
        wearing(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Kalini Women White Embroidered Regular Top",
    ),
    # 21 Men's black bomber jacket worn open over a white tee, blue jeans (layers).
    # base: caption, garment_type, color, color_of jacket; VQA: is_a jacket; CAP3: material (stopped early).
    case(
        "MYN131-M-JA-0121",
        caption("a man in a black bomber jacket over a white t-shirt"),
        Q.garment_type("jacket"),
        Q.color("black"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        is_a(
            "jacket",
            "yes Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        Q.material("The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with", "cut"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadline Men Black Solid Bomber Jacket",
    ),
    # 22 Women's navy georgette saree with white polka dots, navy short-sleeve blouse, bangles on her wrist.
    # CAP1: caption (came out whole); base: color, pattern, material; VQA: sleeve_length, is_a saree.
    case(
        "MYN131-W-SA-0122",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its"
            " neckline is round. There is an accessory on her wrist.",
            "contradiction",
        ),
        Q.color("dark blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("blue", "non_answer"),
        Q.material("georgette"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Mitera Navy Blue Polka Dot Printed Georgette Saree",
    ),
    # 23 Men's red tee with "NEVER GIVE UP" typography, black jeans, plain grey studio (no props).
    # base: caption, color, pattern, color_of shirt, color_of jeans; CAP3: material; CAP1: sleeve_length.
    case(
        "MYN131-M-TS-0123",
        caption("a man wearing a red t-shirt that says never give up standing next to a motorcycle", "unsupported"),
        Q.color("red"),
        Q.pattern("text"),
        color_of("shirt", "red", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the"
            " shirt? Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length(
            "short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its neckline is round."
            " The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="StreetFox Men Red Typography Printed Round Neck T-shirt",
    ),
    # 24 Women's maroon churidar leggings, worn under a long white kurta, studio.
    # base: caption, garment_type, color, color_of leggings, is_a leggings; CAP3: pattern.
    case(
        "MYN131-W-LG-0124",
        caption("a woman in a white kurta and maroon leggings"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("maroon"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        is_a("leggings", "yes"),
        Q.pattern(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady"
            " wears a long leggings with pure color patterns. The leggings",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="Kalini Women Maroon Solid Churidar-Length Leggings",
    ),
    # 25 Men's khaki cargo shorts with side flap pockets, white tee; photo from the front, fly and hem plain.
    # base: caption, color_of shorts, color, pattern; CAP3: material; CAP1: wearing.
    case(
        "MYN131-M-SO-0125",
        caption("a man wearing khaki shorts and a white shirt"),
        color_of("shorts", "beige", kind="open"),
        Q.color("khaki"),
        Q.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid with six pockets, a button fly and a drawstring at the hem", "unsupported"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a shorts.",
            "pronoun",
            who="he",
        ),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadline Men Khaki Solid Regular Fit Cargo Shorts",
    ),
    # 26 Women's green straight kurta with white ethnic motifs, 3/4 sleeves, white palazzos, pink backdrop.
    # base: caption, color, garment_type, is_a kurta, wearing; VQA: pattern; CAP3: material.
    case(
        "MYN131-W-KU-0126",
        caption("a woman in a green kurta standing in front of a pink wall"),
        Q.color("pink", "contradiction"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        is_a("kurta", "", "non_answer"),
        Q.material(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is v-shape. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green dress", "contradiction", who="she"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Kavya Ethnic Women Green & White Ethnic Motifs Printed Straight Kurta",
    ),
    # 27 Boys' navy-and-white striped round-neck tee, grey shorts, studio.
    # CAP3: caption (came out whole); base: color, pattern, color_of shorts, material; VQA: sleeve_length.
    case(
        "MYN131-B-TS-0127",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        color_of("shorts", "navy blue", "contradiction", kind="open"),
        Q.material("the material is the material of the shirt", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Little Amber Boys Navy Blue & White Striped Pure Cotton T-shirt",
    ),
    # 28 Women's black long-sleeve bodycon midi dress, studio.
    # base: caption, color, garment_type, material; VQA: pattern; CAP3: is_a dress.
    case(
        "MYN131-W-DR-0128",
        caption("a woman in a black dress posing for a photo"),
        Q.color("black"),
        Q.garment_type("dress"),
        Q.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid"
            " solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        Q.material("The garment is made of fabric.", "restated"),
        is_a(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and its"
            " neckline is round. There is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Dressline Women Black Solid Bodycon Midi Dress",
    ),
    # 29 Men's dark indigo clean-look slim jeans, laid flat on white (no person, no fading or rips).
    # base: caption, color, material, color_of jeans; CAP1: wearing; VQA: pattern.
    case(
        "MYN131-M-JE-0129",
        caption("a pair of dark blue jeans on a white background"),
        Q.color("blue"),
        Q.material("denim"),
        wearing(
            "The gentleman wears a long denim pants with pure color patterns. The pants are with denim fabric. The"
            " gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure"
            " color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "jeans", "dark blue with a distressed knee and a light wash on the thighs", "unsupported", kind="open"
        ),
        gender="Men",
        category="Jeans",
        color="Navy Blue",
        title="Denimline Men Navy Blue Slim Fit Mid-Rise Jeans",
    ),
    # 30 Women's red-and-black checked shirt worn open over a black tank top, blue jeans (layers).
    # base: caption, color, pattern, wearing, material, color_of shirt; CAP3: sleeve_length.
    case(
        "MYN131-W-SH-0130",
        caption("a woman wearing a red and black plaid shirt over a black tank top"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        wearing("he is wearing a plaid shirt", "pronoun", who="she"),
        Q.sleeve_length(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long-sleeve shirt with lattice patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel, brushed for softness and pre-shrunk", "unsupported"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        gender="Women",
        category="Shirts",
        color="Red",
        title="Kalini Women Red & Black Regular Fit Checked Casual Shirt",
    ),
    # 31 Men's navy self-design kurta (tone-on-tone weave, plastic buttons), white churidar, studio.
    # CAP3: caption; base: garment_type, color, pattern, color_of pants, material; VQA: is_a kurta.
    case(
        "MYN131-M-KS-0131",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        is_a("kurta", "yes"),
        Q.material("it is made of silk and has a mandarin collar and mother of pearl buttons", "unsupported"),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Sutra & Co Men Navy Blue Self Design Kurta with Churidar",
    ),
    # 32 Girls' white short-sleeve top with a pink unicorn print, pink leggings; seller title missing.
    # base: caption, color, color_of shirt, garment_type, sleeve_length; CAP3: material; CAP1: wearing.
    case(
        "MYN131-G-TO-0132",
        caption("a little girl wearing a white shirt with a unicorn on it"),
        Q.color("pink", "contradiction"),
        color_of("shirt", "white", kind="open"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("the sleeve length of the garment is the length of the sleeve", "restated"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "Question: What is she wearing? Answer: The lady wears a short-sleeve T-shirt with graphic patterns. The"
            " T-shirt is with cotton",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tops",
        color="White",
    ),
    # 33 Women's white flared palazzos, black kurta-length top, studio.
    # base: caption, garment_type, color, color_of pants, material; VQA: pattern, is_a skirt.
    case(
        "MYN131-W-PA-0133",
        caption("a woman in a black top and white palazzo pants"),
        Q.garment_type("pants"),
        Q.color("white"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.material("The material of the garment is made of material.", "restated"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Kalini Women White Solid Flared Palazzos",
    ),
    # 34 Men's black V-neck tee on a ghost mannequin, white background (no person, no other garment).
    # base: caption, garment_type, color, sleeve_length, wearing; CAP3: pattern; VQA: material.
    case(
        "MYN131-M-TS-0134",
        caption("a black t-shirt with a v-neck on a white background"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.pattern(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is v-shape. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and"
            " cotton and cotton and cotton and cotton and cotton and cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt and a pair of jeans", "unsupported", who="he"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadline Men Black Solid V-Neck Pure Cotton T-shirt",
    ),
    # 35 Women's lavender cropped sweatshirt with a small "NYC" print, blue jeans, studio.
    # base: caption, color, garment_type, pattern, color_of shirt; CAP3: material; VQA: sleeve_length.
    case(
        "MYN131-W-SW-0135",
        caption("a woman wearing a purple sweatshirt and blue jeans"),
        Q.color("purple"),
        Q.garment_type("sweatshirt"),
        Q.pattern("graphic"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its"
            " neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length(
            "long-sleeve Answer: long-sleeve Answer: long-sleeve Answer: long-sleeve Answer: long-sleeve Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="StreetFox Women Lavender Printed Cropped Sweatshirt",
    ),
    # 36 Men's light-pink slim formal shirt, full sleeves, grey trousers, black belt, no watch visible.
    # base: caption, color, color_of pants, sleeve_length, material; VQA: garment_type, color_of shirt.
    case(
        "MYN131-M-SH-0136",
        caption("a man in a pink shirt and grey pants"),
        Q.color("light pink"),
        Q.garment_type(
            "shirt, the man is wearing a pink shirt and grey pants and a black belt and black shoes and a silver"
            " watch on",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "pink Answer: pink Answer: pink Answer: pink Answer: pink Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "grey", kind="open"),
        Q.sleeve_length("long"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Nautique Men Pink Slim Fit Solid Formal Shirt",
    ),
    # 37 Women's off-white chikankari straight kurta (white-on-off-white embroidery), white pants.
    # base: caption, color, pattern, is_a kurta, material; CAP3: garment_type; VQA: sleeve_length.
    case(
        "MYN131-W-KU-0137",
        caption("a woman in a white kurta with embroidery"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        Q.sleeve_length(
            "long-sleeve, long-sleeve, long-sleeve, long-sleeve, long-sleeve, long-sleeve, long-sleeve, long-sleeve,"
            " long-sleeve,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Sutra & Co Women Off-White Chikankari Embroidered Straight Kurta",
    ),
    # 38 Girls' yellow kurta with floral embroidery, sharara and a pink dupatta; seller color missing.
    # base: caption, color, garment_type, material, color_of dupatta; VQA: pattern; CAP1: sleeve_length.
    case(
        "MYN131-G-KS-0138",
        caption("a little girl in a yellow outfit with a pink scarf"),
        Q.color("yellow"),
        Q.garment_type("kurta"),
        Q.pattern("yellow", "non_answer"),
        Q.sleeve_length(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk, with real gold zari threads and handmade gota patti lace along the hem", "unsupported"),
        color_of("dupatta", "pink", kind="open"),
        gender="Girls",
        category="Kurta Sets",
        title="Little Amber Girls Yellow Embroidered Kurta with Sharara & Dupatta",
    ),
    # 39 Men's beige slim chinos, navy shirt tucked in, studio.
    # CAP3: caption (came out whole); base: garment_type, color, color_of pants, pattern; VQA: is_a jeans, material.
    case(
        "MYN131-M-TR-0139",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns."
        ),
        Q.garment_type("pants"),
        Q.color("navy", "contradiction"),
        color_of("pants", "tan", kind="open"),
        Q.pattern("the pattern is the pattern of the pants", "restated"),
        is_a("jeans", "no"),
        Q.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the"
            " garment made of? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Roadline Men Beige Slim Fit Solid Chinos",
    ),
    # 40 Women's blue denim shirt dress with a brown belt, elbow sleeves; plain patch pockets; no title listed.
    # base: caption, garment_type, color, sleeve_length, material; VQA: is_a dress; CAP1: pattern (came out whole).
    case(
        "MYN131-W-DR-0140",
        caption("a woman wearing a denim shirt dress with a brown belt"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        Q.material("100% cotton denim, pre-washed for a soft feel", "unsupported"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.pattern(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric and its"
            " neckline is lapel. There is a belt on his waist.",
            "pronoun",
        ),
        gender="Women",
        category="Dresses",
        color="Blue",
    ),
    # 41 Boys' grey melange knit shorts, white tee, studio.
    # base: caption, color_of shorts, garment_type, material, pattern; VQA: color; CAP3: wearing.
    case(
        "MYN131-B-SO-0141",
        caption("a young boy in a white shirt and grey shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.material("The shorts are made of material.", "restated"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The gentleman wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Boys",
        category="Shorts",
        color="Grey",
        title="Little Amber Boys Grey Melange Solid Regular Shorts",
    ),
    # 42 Women's multicoloured floral peplum top, short sleeves, white trousers.
    # base: caption, color, pattern, sleeve_length, color_of pants; VQA: garment_type; CAP3: material.
    case(
        "MYN131-W-TO-0142",
        caption("a woman wearing a floral top with white pants"),
        Q.color("multicolor"),
        Q.pattern("floral"),
        Q.garment_type("yes", "non_answer"),
        Q.sleeve_length("what is the sleeve length of the garment", "restated"),
        Q.material(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its"
            " neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", kind="open"),
        gender="Women",
        category="Tops",
        color="Multi",
        title="Kalini Women Multicoloured Floral Print Peplum Top",
    ),
    # 43 Men's maroon long-sleeve henley tee with a three-button placket, studio.
    # base: caption, color, garment_type, sleeve_length, pattern; CAP3: material; VQA: is_a t-shirt.
    case(
        "MYN131-M-TS-0143",
        caption("a man wearing a maroon long sleeve shirt with buttons"),
        Q.color("burgundy"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long"),
        Q.pattern("it's a shirt", "non_answer"),
        Q.material(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "no", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Roadline Men Maroon Solid Henley Neck Long Sleeves T-shirt",
    ),
    # 44 Women's rust-orange flared Anarkali kurta with gold ethnic-motif print, full length, studio.
    # base: caption, color, garment_type, pattern, material; CAP3: sleeve_length; VQA: is_a kurta.
    case(
        "MYN131-W-KU-0144",
        caption("a woman in an orange anarkali dress"),
        Q.color("orange"),
        Q.garment_type("anarkali"),
        Q.pattern("the pattern of the garment", "restated"),
        Q.sleeve_length(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady"
            " wears a medium-sleeve dress with graphic patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "", "non_answer"),
        Q.material("The material of the garment is cotton."),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Tarang Women Rust Orange Ethnic Motifs Printed Anarkali Kurta",
    ),
]
