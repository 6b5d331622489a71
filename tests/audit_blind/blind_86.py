"""BLIND_86 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind in
the nineteenth session. Measured blind at 554606e: 121/140 failures found (86.4%) and 11/146 correct texts flagged
(7.5%). The writer's notes, verbatim:

Blind corpus 86: BLIP-2 OPT-2.7b outputs on 44 imagined Myntra-style marketplace products.

Scenario
--------
The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace (men's,
women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: T-shirts, shirts and kurtas
most common, then tops, sarees, kurta sets, dresses, jeans, trousers, track pants, sweatshirts...), one product per
item. enrich's default questionnaire (DEFAULT_QUESTIONS: wearing, garment_type, color, pattern, sleeve_length,
description, details, material) plus a caption; not every question is kept for every product (the sleeve question
is not asked of bottoms). Seller columns from the marketplace: gender (Men/Women/Boys/Girls), category (the
marketplace's article type), color (base colour) and title, a few missing (case 19 has no title, case 28 no color,
case 33 no gender, case 40 no category).

Which system wrote which text
-----------------------------
- base: the untuned `Salesforce/blip2-opt-2.7b` (short answers; wrong pronoun, one color for every garment,
  invented details).
- cap-e1: the caption adapter after epoch 1 (`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`).
- cap-e3: the caption adapter after epoch 3 (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`): the DeepFashion
  template for every prompt ("The lady wears a ... with pure color patterns. The ... is with cotton fabric.").
- vqa: the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`): In-shop class names, loops, and the
  `Question: ... Answer:` format continued past the answer.
Each product was run with one configuration (all base; one adapter for all; or a per-question choice: caption from
one model, answers from another); the comment above each case names the model of every text.

How it was written
------------------
Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else of the project was opened; the only
command run was an import check of this file. Every label is judged against the imagined photo described in the
comment above its case.

Label conventions and judgement calls
-------------------------------------
- cut: text that stops mid-phrase. hit_limit=True when it ran to the token limit (30 new tokens for answers, 50 for
  captions); hit_limit=False for the few that stop mid-phrase before the limit.
- loop: the same word, phrase or template sentence repeated until the limit (hit_limit=True); a loop that is also
  cut at the limit is labelled loop.
- leak: the answer continues with the prompt format ("Question: ... Answer: ...", or "Answer:" repeated); labelled
  leak even when the leaked part also repeats or is cut at the limit.
- non_answer: nothing usable for the question: an empty text, "i don't know", "they are short" for details, or the
  caption template given to the color question with no hue in it ("pure color" is a DeepFashion pattern, not a
  color).
- restated: the question's own words given back as the answer ("the material of the garment is made of the
  garment").
- contradiction: a closed answer (garment type, color, pattern, sleeves) that the photo and the seller contradict:
  a kurta, saree, lehenga or Nehru jacket answered "dress"/"shirt"/"kurta", the T-shirt under the jeans answered for
  the jeans, a color of another garment or of the background answered to the closed color question.
- other_garment_color: an open answer (description, details) giving the product the color of another garment in the
  photo (the trousers' grey on the shirt's collar, "the vest is white" when the kurta under it is white).
- unsupported: details the photo does not show (pockets, a hood, a belt, a side stripe, a horse logo, a leather
  material for a matte nylon bomber, the back of a garment not shown).
- pronoun: "he"/"she"/"the man" that does not match the person in the photo (and the seller's gender).
- Correct, hard cases: near-color synonyms of the seller color are correct (navy blue -> "dark blue"/"blue",
  mustard -> "yellow", maroon -> "red"/"burgundy", off white -> "cream"/"white", grey melange -> "grey", teal ->
  "green"/"blue", charcoal -> "dark grey", lavender -> "purple", olive -> "green"); captions and wearing answers that
  name the other garments of the outfit or a layer (the tee under a bomber, the kurta under a Nehru jacket) or the
  background ("standing in front of a wall", "on a white background") are correct; a two-color description of a
  patterned garment (white shirt with blue stripes) is correct; on a product shot without a person, a wearing
  answer that names the garment is counted correct.
- DeepFashion vocabulary is correct where it fits: "pure color" for a solid garment, "stripe" for stripes, "vest"
  for a sleeveless Nehru jacket, "shirt" for a woman's top, "dress" in an open
  answer for a lehenga (lay wording), "chiffon" for poly georgette (not told apart in a photo).
- A template sentence from the caption adapter that does answer its question ("The T-shirt is with pure color
  patterns." to the pattern question; a full template description ending at a sentence for a boy's T-shirt) is
  correct; the run stops on newline, so an adapter text can end at a sentence boundary.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_86: list[Case] = [
    # 1. Photo: man in a plain navy round-neck T-shirt, light grey chinos, white studio background.
    # All texts: base.
    case(
        "MYN-10421",
        caption("a man in a dark blue t-shirt and grey pants"),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.details("it is grey", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Photo: man in a white shirt with thin blue vertical stripes, sleeves rolled to the forearm, no chest
    # pocket, dark blue jeans, grey backdrop. Caption: cap-e3; answers: base.
    case(
        "MYN-10877",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "collar. The man wears long trousers. The trousers are with denim fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with blue stripes and jeans"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long"),
        D.description("a white and blue striped shirt"),
        D.details("the shirt has a pocket on the chest and buttons on the sleeves", "unsupported"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White & Blue Slim Fit Striped Casual Shirt",
    ),
    # 3. Photo: woman in a mustard straight kurta with small white block-printed motifs, three-quarter sleeves,
    # white palazzos, beige wall with a potted plant behind her. All texts: base.
    case(
        "MYN-11203",
        caption("a woman in a yellow kurta standing in front of a wall"),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("printed"),
        D.sleeve_length("three quarter"),
        D.details("he is wearing a yellow kurta with white flowers", "pronoun"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Libas Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
    ),
    # 4. Photo: man in a black T-shirt with a large white "HRX" print on the chest, black track pants, white
    # background. Caption: base; answers: vqa.
    case(
        "MYN-11590",
        caption("a man wearing a black t-shirt with the word hrx on it"),
        D.wearing(
            "black t-shirt Question: What is the color of the t-shirt? Answer: black Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.garment_type(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt", "loop", hit_limit=True
        ),
        D.color("black"),
        D.pattern("graphic"),
        D.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "black t-shirt with white graphic\nQuestion: Is this a t-shirt? Answer: yes\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 5. Photo: woman in a plain pink sleeveless top with a round neck, light blue jeans, white background.
    # All texts: cap-e1.
    case(
        "MYN-12034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("The tank top is with cotton fabric and pure color patterns.", "non_answer"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        gender="Women",
        category="Tops",
        color="Pink",
        title="DressBerry Women Pink Solid Top",
    ),
    # 6. Photo: man in a white crew T-shirt and mid-blue jeans (the product), white sneakers, white background.
    # Caption and closed answers: base; description and details: cap-e3.
    case(
        "MYN-12466",
        caption("a man in a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "contradiction"),
        D.pattern("solid"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The man wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The trousers this man wears is of long length. The trousers are with denim fabric and solid color "
            "patterns. The trousers this man wears is of long length. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 7. Photo: woman draped in a red Banarasi saree with a gold zari border and small gold buttis, red blouse,
    # gold jhumkas, grey curtain behind. All texts: base.
    case(
        "MYN-13012",
        caption("a woman in a red sari posing for a picture"),
        D.wearing("a red saree"),
        D.garment_type("saree"),
        D.color("red"),
        D.material("silk"),
        D.details("gold border and gold flowers"),
        D.description(
            "a red saree with gold border and a red saree with gold border and a red saree with gold border and a red "
            "saree with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Woven Design Silk Blend Banarasi Saree",
    ),
    # 8. Photo: man in an olive-green and black checked shirt, buttoned, long sleeves, black jeans, white
    # background. Caption and closed answers, material: base; description and details: cap-e3.
    case(
        "MYN-13388",
        caption("a man wearing a green and black plaid shirt"),
        D.color("green"),
        D.pattern("checked"),
        D.sleeve_length("long"),
        D.material("cotton"),
        D.description(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "collar. The man wears long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a lapel collar. The shirt is with cotton fabric. It has a lapel "
            "collar. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="WROGN Men Olive Green & Black Slim Fit Checked Casual Shirt",
    ),
    # 9. Photo: woman in a teal kurta with a gold embroidered yoke, teal trousers, a pale pink dupatta over the
    # shoulders, white background. Caption, garment_type, pattern, sleeves, details: base; wearing and color: vqa.
    case(
        "MYN-13720",
        caption("a woman in a green kurta with a pink scarf"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("pink", "contradiction"),
        D.pattern("embroidered"),
        D.sleeve_length("three-quarter"),
        D.details("it has a gold embroidered neckline"),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Anouk Women Teal Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 10. Photo: young boy in a yellow T-shirt with a blue cartoon dinosaur print, crew neck, navy shorts, white
    # background. Caption: base; answers: cap-e3.
    case(
        "MYN-14105",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("The T-shirt is with cotton fabric and graphic patterns.", "non_answer"),
        D.pattern("graphic"),
        D.sleeve_length("short-sleeve"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline."
        ),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Round Neck T-shirt",
    ),
    # 11. Photo: man in a heather-grey polo with a small navy abstract embroidered emblem on the chest (no horse),
    # navy chinos, white background. All texts: base.
    case(
        "MYN-14552",
        caption("a man in a gray polo shirt and blue pants"),
        D.wearing("a grey polo shirt"),
        D.color("grey"),
        D.pattern("solid"),
        D.description("a grey polo shirt with a collar and buttons"),
        D.details("the logo is a horse", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Louis Philippe Sport Men Grey Melange Solid Polo Collar T-shirt",
    ),
    # 12. Photo: woman in a black A-line midi dress with small red and white flowers, short puff sleeves, no
    # visible pockets or front zip, white background. Caption: base; answers: vqa.
    case(
        "MYN-15019",
        caption("a woman in a black dress with flowers on it"),
        D.wearing("dress"),
        D.garment_type(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        D.details("it has a zipper on the front and pockets on the side", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Sassafras Women Black Floral Print A-Line Midi Dress",
    ),
    # 13. Photo (product shot, no person): black track pants laid flat on white, drawstring waist, small white
    # Puma cat logo on the left thigh, no side stripe. All texts: base.
    case(
        "MYN-15347",
        caption("a pair of black sweatpants on a white background"),
        D.wearing("black pants"),
        D.color("black"),
        D.pattern("solid"),
        D.material("polyester"),
        D.details("it has a drawstring waist and a puma logo"),
        D.description("a pair of black sweatpants with a white stripe down the side", "unsupported"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Track Pants",
    ),
    # 14. Photo: woman in a white cotton straight kurta with white chikankari embroidery all over, long sleeves,
    # white leggings, pastel pink background. All texts: cap-e3.
    case(
        "MYN-15808",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("The lady wears a long-sleeve shirt with pure color patterns.", "contradiction"),
        D.color("The shirt is with cotton fabric. It has a round neckline.", "non_answer"),
        D.pattern("pure color", "contradiction"),
        D.details(
            "It has a round neckline. The shirt is with cotton fabric. It has a round neckline. The shirt is with "
            "cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton fabric"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Ada Women White Chikankari Embroidered Straight Kurta",
    ),
    # 15. Photo: man in a maroon pullover hoodie with a kangaroo pocket, black joggers, grey background.
    # Caption: base; answers: vqa.
    case(
        "MYN-16231",
        caption("a man in a red hoodie and black pants"),
        D.wearing(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("black", "contradiction"),
        D.pattern("pure color"),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "maroon hoodie with a kangaroo pocket Question: What is the color of the pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="HRX by Hrithik Roshan Men Maroon Solid Hooded Sweatshirt",
    ),
    # 16. Photo: man in a light blue formal shirt (self-colored collar and buttons), charcoal trousers, no tie,
    # white background. All texts: base.
    case(
        "MYN-16690",
        caption("a man in a light blue shirt and grey pants"),
        D.wearing("a blue shirt and grey pants"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a blue shirt with a grey collar and grey buttons", "other_garment_color"),
        D.details("it is a formal shirt"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
    ),
    # 17. Photo: woman in a white boat-neck top with black horizontal stripes, three-quarter sleeves reaching
    # below the elbow, black trousers, white background. Caption: cap-e3; answers: vqa.
    case(
        "MYN-17054",
        caption(
            "The lady wears a medium-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("shirt"),
        D.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white",
            "loop",
            hit_limit=True,
        ),
        D.pattern("stripe"),
        D.sleeve_length("short-sleeve", "contradiction"),
        D.description(
            "Answer: white shirt with black stripes Answer: white shirt with black stripes Answer: white shirt with "
            "black",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White & Black Striped Top",
    ),
    # 18. Photo: man in an off-white self-design kurta with a mandarin collar and wooden buttons, off-white
    # churidar, standing in front of a carved wooden door; no border anywhere. All texts: base.
    case(
        "MYN-17412",
        caption("a man in a white kurta standing in front of a door"),
        D.wearing("a white kurta"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.description("she is wearing a white dress", "pronoun"),
        D.details("it has a red border and embroidery on the sleeves", "unsupported"),
        gender="Men",
        category="Kurta Sets",
        color="Off White",
        title="Manyavar Men Off-White Self Design Kurta with Churidar",
    ),
    # 19. Photo: woman in light blue skinny jeans with faded whiskers (the product), a black short-sleeve crop
    # T-shirt, white background. All texts: cap-e1. No title in the catalog.
    case(
        "MYN-17963",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long trousers. The lady "
            "wears a long trousers. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("T-shirt", "contradiction"),
        D.color("black", "contradiction"),
        D.pattern("pure color"),
        D.details("The trousers are with denim fabric."),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
    ),
    # 20. Photo: little girl in a sleeveless pink fit-and-flare party dress, sequinned bodice, tulle skirt,
    # white background. All texts: base.
    case(
        "MYN-18320",
        caption("a little girl in a pink dress"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.pattern("embellished"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a pink dress with a pink dress with a pink dress with a pink dress with a pink dress with a pink dress "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.details("he is wearing a pink dress with sequins", "pronoun"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Fit and Flare Dress",
    ),
    # 21. Photo: man in khaki slim chinos (the product), a navy short-sleeve polo, brown loafers, white
    # background. Caption: cap-e3; answers: vqa.
    case(
        "MYN-18775",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric. "
            "It has a lapel collar. The man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pants"),
        D.garment_type("polo shirt", "contradiction"),
        D.color(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "khaki pants Question: What is the color of the polo shirt? Answer: navy Question: What",
            "leak",
            hit_limit=True,
        ),
        D.details("the pants are navy and the shirt is navy", "other_garment_color"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Highlander Men Khaki Slim Fit Chinos",
    ),
    # 22. Photo: woman in a green poly-georgette saree with a pink floral print, pink blouse, in a garden.
    # Caption: base; answers: cap-e3.
    case(
        "MYN-19142",
        caption("a woman in a green sari standing in a garden"),
        D.wearing(
            "The lady wears a long dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady wears a long dress with floral",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("The dress is with chiffon fabric and floral patterns.", "non_answer"),
        D.pattern("floral"),
        D.material("chiffon"),
        D.details(
            "It has a round neckline. The dress is with chiffon fabric. It has a round neckline. The dress is with "
            "chiffon fabric. It has",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green & Pink Floral Printed Poly Georgette Saree",
    ),
    # 23. Photo (product shot, no person): a plain white crew-neck T-shirt laid flat on a light grey background;
    # no pocket, no logo, back not shown. Caption: base; answers: vqa.
    case(
        "MYN-19560",
        caption("a white t-shirt on a gray background"),
        D.wearing("t-shirt"),
        D.garment_type("tee"),
        D.color("grey", "contradiction"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short-sleeve"),
        D.details(
            "white t-shirt with a pocket on the chest and a logo on the sleeve and a logo on the back", "unsupported"
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Jack & Jones Men White Solid Round Neck T-shirt",
    ),
    # 24. Photo: woman in an indigo A-line kurta with a white floral block print, V-neck, three-quarter sleeves,
    # white trousers, white background. Caption: cap-e3; answers: vqa.
    case(
        "MYN-20018",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: blue Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("medium"),
        D.description(
            "blue dress with white flowers and white pants and white shoes and white pants and white shoes and white "
            "pants and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="W Women Navy Blue & White Printed A-Line Kurta",
    ),
    # 25. Photo: man in a matte black nylon bomber jacket with black ribbed collar and cuffs, worn open over a
    # white crew T-shirt, grey jeans, white background. All texts: base.
    case(
        "MYN-20471",
        caption("a man wearing a black jacket and a white t-shirt"),
        D.wearing("a black jacket, white shirt and jeans"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.sleeve_length("long"),
        D.description("a black jacket with a white collar and white zipper", "other_garment_color"),
        D.material("leather", "unsupported"),
        D.details("it has a zipper"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # 26. Photo: woman in a plain lavender crew-neck T-shirt tucked into blue mom jeans, white background.
    # Color: base; caption and every other answer: cap-e3.
    case(
        "MYN-20933",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a short-sleeve T-shirt "
            "with "
            "pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        D.pattern("The T-shirt is with pure color patterns."),
        D.sleeve_length("short-sleeve"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The lady wears a long trousers. The trousers "
            "are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Solid Round Neck T-shirt",
    ),
    # 27. Photo: man in navy running shorts with a white drawstring (the product), a grey T-shirt, white
    # background. Caption: base; answers: vqa.
    case(
        "MYN-21386",
        caption("a man in a grey shirt and blue shorts"),
        D.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("grey", "contradiction"),
        D.details("they are short", "non_answer"),
        D.description(
            "navy shorts with white drawstring\nQuestion: What is the color of the shirt? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Running Shorts",
    ),
    # 28. Photo: woman in black ankle-length leggings (the product) under a plain white mid-thigh kurti, white
    # background. All texts: base. No base colour in the catalog.
    case(
        "MYN-21840",
        caption("a woman in a white top and black leggings"),
        D.wearing("a white kurta and black leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        D.description("she is wearing white leggings", "other_garment_color"),
        D.material("spandex"),
        gender="Women",
        category="Leggings",
        title="Go Colors Women Black Solid Ankle Length Leggings",
    ),
    # 29. Photo: man in a plain black casual shirt, sleeves rolled up, beige chinos, white background.
    # All texts: cap-e1.
    case(
        "MYN-22217",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The man wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The man wears long",
            "cut",
            hit_limit=True,
        ),
        D.color("The shirt is with pure color patterns.", "non_answer"),
        D.pattern("pure color"),
        D.sleeve_length("long-sleeve"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel collar. The shirt is with cotton fabric. It has a lapel "
            "collar. The shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
    ),
    # 30. Photo: woman in a pink kurta with a gold foil print, matching pink palazzos, a white net dupatta,
    # white background. Caption: base; answers: vqa.
    case(
        "MYN-22695",
        caption("a woman wearing a pink outfit with a white scarf"),
        D.wearing("he is wearing a pink dress and a white scarf", "pronoun"),
        D.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern(
            "Answer: floral Answer: floral Answer: floral Answer: floral Answer: floral Answer: floral Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "pink dress with gold print and white scarf and pink pants and pink shoes and", "cut", hit_limit=True
        ),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Sangria Women Pink Printed Kurta with Palazzos & Dupatta",
    ),
    # 31. Photo: man in a red polo with a white-tipped red collar and a small navy USPA logo, blue jeans, white
    # background; the back is not shown. All texts: base.
    case(
        "MYN-23104",
        caption("a man in a red polo shirt and jeans"),
        D.wearing("a red shirt"),
        D.color("blue", "contradiction"),
        D.pattern("solid"),
        D.description("a red polo shirt with a blue collar and blue buttons", "other_garment_color"),
        D.details("it has a big number 3 on the back", "unsupported"),
        D.material("the material of the garment is made of the garment", "restated"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
    ),
    # 32. Photo: woman in a plain maroon peplum top with short flutter sleeves, no belt, black skinny jeans,
    # white background. Caption: cap-e3; answers: base.
    case(
        "MYN-23571",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red top and black jeans"),
        D.color("burgundy"),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        D.sleeve_length("short"),
        D.description("a red top with a black belt", "unsupported"),
        D.details("he is wearing a red top", "pronoun"),
        gender="Women",
        category="Tops",
        color="Maroon",
        title="SASSAFRAS Women Maroon Solid Peplum Top",
    ),
    # 33. Photo: boy in a blue-and-white checked long-sleeve shirt, khaki shorts, white background. Caption:
    # base; answers: vqa. No gender in the catalog (the title says Boys).
    case(
        "MYN-24036",
        caption("a young boy in a blue and white checkered shirt"),
        D.wearing(
            "shirt Question: What is the color of the shirt? Answer: blue Question: What is the color of the shorts? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern(
            "lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice "
            "lattice lattice",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long-sleeve"),
        D.description("she is wearing a blue and white shirt", "pronoun"),
        D.details("khaki", "other_garment_color"),
        category="Shirts",
        color="Blue",
        title="Gini and Jony Boys Blue & White Checked Casual Shirt",
    ),
    # 34. Photo: woman in plain white flared palazzos (the product) with a navy kurta top with a small floral
    # print, white background. Caption and closed answers: base; description and details: cap-e3.
    case(
        "MYN-24488",
        caption("a woman in a blue top and white pants"),
        D.garment_type("pants"),
        D.color("blue", "contradiction"),
        D.pattern("printed", "contradiction"),
        D.description(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lady wears a medium-sleeve shirt with "
            "floral patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Libas Women White Solid Flared Palazzos",
    ),
    # 35. Photo: man in a sleeveless navy Nehru jacket with a tone-on-tone brocade weave and gold buttons, over a
    # cream kurta and churidar, beige wall behind. Caption: base; answers: vqa.
    case(
        "MYN-24913",
        caption("a man in a blue vest and white kurta"),
        D.wearing("vest"),
        D.garment_type("kurta", "contradiction"),
        D.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.description(
            "blue vest with gold buttons\nQuestion: What is the color of the kurta? Answer: white\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        D.details("the vest is white", "other_garment_color"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 36. Photo: woman in a maroon lehenga with heavy gold embroidery, maroon blouse, gold net dupatta, jewellery,
    # studio lighting (the maroon reads deep red, not pink). Caption: cap-e3; answers: base.
    case(
        "MYN-25350",
        caption(
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. It has a V-shape "
            "neckline. The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. It has a V",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and gold dress"),
        D.garment_type("lehenga"),
        D.color("pink", "contradiction"),
        D.pattern("embroidered"),
        D.description(
            "a red lehenga with gold embroidery and a red lehenga with gold embroidery and a red lehenga with gold "
            "embroidery and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 37. Photo: man in a teal T-shirt with white horizontal stripes, round neck, beige chinos, white
    # background. Caption: base; answers: vqa.
    case(
        "MYN-25807",
        caption("a man wearing a blue and white striped shirt"),
        D.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.color("beige", "contradiction"),
        D.pattern("stripe"),
        D.description(
            "teal and white striped tee Answer: teal and white striped tee Answer: teal and white",
            "leak",
            hit_limit=True,
        ),
        D.details("the stripes are", "cut"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Tommy Hilfiger Men Teal Blue & White Striped Round Neck T-shirt",
    ),
    # 38. Photo: woman in a mid-blue denim shirt dress with a lapel collar, long sleeves, a brown belt, white
    # sneakers, white background. All texts: cap-e1.
    case(
        "MYN-26244",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel collar. The lady wears a long-sleeve dress with pure color patterns. The dress is with denim "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel collar. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("The dress is with denim fabric and pure color patterns.", "non_answer"),
        D.sleeve_length("long-sleeve"),
        D.description(
            "The dress is with denim fabric. It has a lapel collar. It has a belt. The dress is with denim fabric. It "
            "has a lapel collar. It",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Roadster Women Blue Solid Denim Shirt Dress",
    ),
    # 39. Photo: man in a charcoal crew-neck pullover sweater over a white collared shirt (the shirt's collar
    # and cuffs show), dark blue jeans, white background. Caption: base; answers: vqa.
    case(
        "MYN-26719",
        caption("a man in a dark grey sweater over a white shirt"),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.description("a grey sweater with a white collar", "other_garment_color"),
        D.material("wool Question: What is the color of the sweater? Answer: grey Question", "leak", hit_limit=True),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Marks & Spencer Men Charcoal Grey Solid Pullover Sweater",
    ),
    # 40. Photo: woman in a plain olive-green long-sleeve shirt tucked into white jeans, white background.
    # Caption: base; answers: cap-e3. No category in the catalog.
    case(
        "MYN-27150",
        caption("a woman in a green shirt and white pants"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("The shirt is with cotton fabric. It has a lapel collar.", "non_answer"),
        D.pattern("pure color"),
        D.details(
            "It has a lapel collar. It has a lapel collar. It has a lapel collar. It has a lapel collar. It has a "
            "lapel collar. It",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar.",
            "pronoun",
        ),
        gender="Women",
        color="Olive",
        title="Mast & Harbour Women Olive Green Regular Fit Solid Casual Shirt",
    ),
    # 41. Photo: girl in a yellow kurta with a pink floral print, pink salwar, pink dupatta, white background;
    # feet out of frame. All texts: base.
    case(
        "MYN-27603",
        caption("a little girl in a yellow dress with pink flowers"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "a yellow dress with pink flowers and a pink scarf and pink pants and pink shoes and pink socks and pink",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details", "restated"),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Biba Girls Yellow & Pink Printed Kurta with Salwar & Dupatta",
    ),
    # 42. Photo: man in a plain maroon straight kurta with a stand collar, white pyjama, beige background.
    # Caption: cap-e3; answers: vqa.
    case(
        "MYN-28066",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand collar. The man wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("blouse/shirt", "contradiction"),
        D.color("red"),
        D.description(
            "red shirt and white pants Question: Is this a shirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="Anouk Men Maroon Solid Straight Kurta",
    ),
    # 43. Photo: woman in a grey melange crew-neck sweatshirt (no hood) with pink "BROOKLYN" lettering, black
    # joggers, white background. All texts: base.
    case(
        "MYN-28519",
        caption("a woman wearing a gray sweatshirt with the word brooklyn on it"),
        D.wearing("a grey sweatshirt and black pants"),
        D.color("grey"),
        D.pattern("printed"),
        D.description("a grey sweatshirt with pink letters and a hood", "unsupported"),
        D.details("the sweatshirt is black", "other_garment_color"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Women Grey Melange Printed Sweatshirt",
    ),
    # 44. Photo (product shot, no person): black slim jeans folded on white, waistband with a brown leather
    # patch visible. Caption: base; answers: vqa.
    case(
        "MYN-28972",
        caption("a pair of black jeans on a white background"),
        D.wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("", "non_answer"),
        D.details(
            "black jeans with a brown patch\nQuestion: What is the color of the jeans? Answer: black\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mufti Men Black Slim Fit Mid-Rise Jeans",
    ),
]
