"""BLIND_158 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-second session. Measured blind at 9c2fbe6: 130/141 failures found
(92.2%) and 4/145 correct texts flagged (2.8%). The writer's notes, verbatim:

Blind corpus 158: BLIP-2 OPT-2.7b and the experiments' adapters on a Myntra-style marketplace sample.

Scenario: the original experiments' untuned base model and their fine-tuned adapters re-run on a random sample of 44
products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted as the catalog
is: about 17 men's, 20 women's, 7 kids' products), one product per item. The questions are enrich's default
questionnaire (DEFAULT_QUESTIONS) plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of)
questions; only a sample of each product's texts is kept. The seller columns are the marketplace's own: gender
("Men", "Women", "Boys", "Girls"), article type (category=), base colour (color=) and product title (title=); a few
products lack some or all of them.

Which system wrote which text (named again in the comment above each case):
- base: the untuned `Salesforce/blip2-opt-2.7b`, greedy, stops on the newline; writes the short captions, most
  open answers ("a white shirt and black jeans") and the closed answers, which the reference engine picks by ranking
  the candidate answers with the base model (the raw text is kept for an unmapped color, e.g. "cream", "peach").
- cap1 / cap3: the caption adapters `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (epoch 1) and
  `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3): they answer every prompt with the DeepFashion template
  ("The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric ..."), never stop, and
  run to the limit (50 new tokens for captions, 30 for answers).
- vqa: the VQA adapter `leoreigoto/Data3_V3_BLIP2_VQA`: In-shop class names ("tee", "romper"), pattern labels for
  colors ("pure color", "graphic"), "yes" to most yes/no questions, and, having learnt the prompt, continues with
  "Question: ... Answer: ..." until the limit.
- Closed yes/no questions (is_a) are ranked by the vqa adapter unless the comment says base.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). I
read no audit, no other corpus, no other file of the project; the only thing I ran is an import check of this file.
The photos are imagined; each is described in the comment above its case, and every label is judged against it.

Label conventions and judgement calls:
- One label per text. When a text both runs to the token limit and has another failure (a contradicting garment, an
  invented person, a wrong pronoun, a loop, a leaked prompt), it is labelled with that other failure and keeps
  hit_limit=True; "cut" is kept for texts whose only fault is that they stop mid-phrase.
- "cut": stops mid-phrase; hit_limit=True when it ran to the 30/50 new-token limit (all but two here did; two
  short base answers, "... a mandarin collar and" and "cotton twill with a", stop mid-phrase before the limit).
- "loop": the same phrase or sentence comes back (at least a second full time) with nothing new; always at the limit.
- "leak": the text carries the prompt format ("Question: ... Answer: ...") after or instead of an answer.
- "non_answer": nothing said about what was asked: empty text, "i don't know", a pattern label ("pure color",
  "floral") given to a color question, "a woman" to what she is wearing, "they are leggings" to the details.
- "restated": the question's own words returned as the answer ("the garment is a garment").
- "other_garment_color": an OPEN answer that gives the product the color of something else the person wears (the
  bottoms, the top, the shoes) in the photo. A CLOSED answer that does the same is labelled "contradiction".
- "contradiction": a color, pattern, sleeve length or garment type the photo and the seller contradict, including
  the color of a wall or of a print given as the garment's color, and the caption adapter's "dress" for a kurta,
  saree or lehenga, and "yes" to "Is this a dress?" for them.
- "unsupported": a detail the photo cannot show or does not show (fabric certifications, hand work by artisans,
  pockets or collars that are not there, a person invented for a flat-lay product shot).
- "pronoun": he/she, the lady/the gentleman, girl/boy wrong for the person in the photo. The caption template's
  "the lady" for a girl is not a pronoun failure (same gender).
- Correct near-color synonyms: navy/dark blue/blue for Navy Blue, red for Maroon, green for Olive, cream/beige/white
  for Off White or Cream, yellow for Mustard, purple for Lavender, turquoise/teal for teal, grey for Grey Melange.
- Correct for patterned garments: the ground color ("white" for a white tee with a tiger print, "blue" for a
  blue-and-white floral kurta); "blue and white" for a pinstripe shirt; "solid" for a cable knit or a track pant with
  a side stripe; "graphic" or "printed" for a print.
- Correct for layers and backgrounds: a caption or answer naming the layer over or under the product, or the wall,
  garden or door behind it, is correct as long as the product's own color and type are right.
- Correct closed garment types from the coarse candidate set: "vest" for a Nehru jacket, "skirt" for a lehenga,
  "pants" for chinos and palazzos, "kurta" for a kurti, "blouse" for a woman's top.
- Correct but terse: vqa's "tee" or "pants" to what the person wears, when true; for a product shot with no person,
  "a black t-shirt" to "What is the person wearing?".
- The template's "pure color patterns" is correct for a solid garment, and its "cotton fabric" is not counted as
  unsupported (the photo is compatible with it).
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, details, is_a

BLIND_158: list[Case] = [
    # ---------------------------------------------------------------- men
    # Photo: man in a navy round-neck tee and beige chinos, white studio background.
    # caption, wearing, color, color_of: base; details: cap3; material: vqa.
    case(
        "MYN-158-001",
        caption("a man in a navy blue t-shirt and beige chinos standing against a white background"),
        D.wearing("a navy t-shirt and khaki pants"),
        D.color("navy"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its"
            " neckline is",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        D.material("cotton Question: Is this a tee? Answer: yes", "leak"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # Photo: man in a white full-sleeve shirt, sleeves rolled to the elbows, black jeans, grey backdrop.
    # caption, wearing, color, color_of: base; details, description: cap3.
    case(
        "MYN-158-002",
        caption("a man in a white shirt and black jeans posing for a photo"),
        D.wearing("white shirt and black pants"),
        D.color("white"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The pants are with denim fabric and solid"
            " color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
    ),
    # Photo: man in mid-blue skinny jeans, white tee, white sneakers.
    # caption, garment_type, color, color_of: base; details: cap1; wearing: cap3.
    case(
        "MYN-158-003",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "contradiction"),
        color_of("jeans", "light blue", kind="open"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color"
            " patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: man in a plain white knee-length cotton kurta with a mandarin collar and white churidar, full
    # sleeves, beige wall behind. caption, wearing, garment_type, sleeve_length, details: base; description: cap3;
    # is_a: vqa.
    case(
        "MYN-158-004",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing("a white kurta and pyjama"),
        D.garment_type("kurta"),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is stand. The gentleman wears",
            "contradiction",
            hit_limit=True,
        ),
        D.details("the kurta has intricate chikankari embroidery on the yoke", "unsupported"),
        is_a("kurta", "yes"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Fabindia Men White Solid Straight Cotton Kurta",
    ),
    # Photo: man in an olive polo with a small embroidered logo, dark grey trousers, studio.
    # caption, garment_type, color, color_of, wearing, material: base; details: vqa.
    case(
        "MYN-158-005",
        caption("a man wearing a green polo shirt and grey pants"),
        D.garment_type("polo shirt"),
        D.color("green"),
        color_of("polo shirt", "grey", "other_garment_color", kind="open"),
        D.details(
            "polo shirt Question: What is the color of the polo shirt? Answer: pure color Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.wearing("she's wearing a green polo shirt", "pronoun"),
        D.material("100% supima cotton pique", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="U.S. Polo Assn. Men Olive Green Solid Polo Collar T-shirt",
    ),
    # Photo: man in black track pants with a thin white side stripe, grey tee, cropped at the chest.
    # caption, color, description, material: base; details: cap3; is_a: vqa.
    case(
        "MYN-158-006",
        caption("a man in black track pants and a grey t-shirt"),
        D.color("black"),
        D.description("a pair of black track pants with white stripes on the side"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt"
            " with pure color patterns. The T-shirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester and spandex blend with moisture-wicking technology", "unsupported"),
        is_a("pair of shorts", "no"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # Photo: man in a grey marl hoodie with a kangaroo pocket, hood down, black joggers.
    # caption: cap3; color, pattern, wearing, details: base; color_of: vqa.
    case(
        "MYN-158-007",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and"
            " its neckline is hooded. The gentleman wears a long pants. The pants are with cotton fabric and pure"
            " color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.wearing("a grey hoodie and black sweatpants"),
        color_of("hoodie", "pure color", "non_answer", kind="open"),
        D.details("it has a hood and a kangaroo pocket"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # Photo: man in a red-and-black buffalo-check shirt worn open over a white tee, blue jeans.
    # caption, color, color_of, wearing, material: base; description: cap1.
    case(
        "MYN-158-008",
        caption("a man wearing a red and black plaid shirt over a white t-shirt"),
        D.color("red"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        D.wearing("a plaid shirt, a white t-shirt and jeans"),
        D.material("brushed flannel made from recycled polyester", "unsupported"),
        D.description(
            "The shirt is with lattice patterns and its neckline is lapel. The shirt is with lattice patterns and its"
            " neckline is lapel. The shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Red",
        title="HIGHLANDER Men Red & Black Slim Fit Checked Casual Shirt",
    ),
    # Photo: man in beige chinos, navy polo tucked in, brown belt, brown loafers.
    # caption, garment_type, color, color_of, wearing: base; details: cap3.
    case(
        "MYN-158-009",
        caption("a man in a blue polo shirt and khaki pants"),
        D.garment_type("pants"),
        D.color("blue", "contradiction"),
        color_of("pants", "khaki", kind="open"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve shirt with"
            " pure color patterns. The shirt is with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue shirt and khaki pants", "pronoun"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # Photo: man from the waist down in navy chino shorts, the hem of a white tee, white sneakers.
    # caption, garment_type, color_of, shorts details, wearing: base; details: vqa; description: cap1.
    case(
        "MYN-158-010",
        caption("a pair of navy blue shorts"),
        D.garment_type("shorts"),
        D.details(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        color_of("shorts", "navy blue", kind="open"),
        D.wearing("", "non_answer"),
        D.description(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt with"
            " pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # Photo: man in a maroon brocade Nehru jacket over a cream kurta and cream churidar.
    # caption, garment_type, color, color_of, jacket details: base; wearing: cap3.
    case(
        "MYN-158-011",
        caption("a man wearing a maroon vest over a white kurta"),
        D.garment_type("vest"),
        D.color("white", "contradiction"),
        D.wearing(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. The"
            " gentleman wears a long-sleeve shirt with pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "red", kind="open"),
        details("jacket", "the details of the jacket are the jacket details", "restated"),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
    ),
    # Photo: man in a mid-blue washed denim jacket over a black tee, black jeans.
    # caption, color, description, color_of: base; details: cap1; material: vqa.
    case(
        "MYN-158-012",
        caption("a man wearing a denim jacket and black jeans"),
        D.color("blue"),
        D.description("it is a denim jacket with a collar and buttons on the front and two pockets on the chest"),
        D.details(
            "The outer clothing is with denim fabric and long sleeves. The gentleman wears a short-sleeve T-shirt with"
            " pure color patterns. The T-shirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.material("denim Question: What is the color of the denim? Answer: pure color", "leak"),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # Photo: man in a white tee with a large black-and-orange tiger print on the front, blue jeans.
    # caption, pattern, color, color_of, details, wearing: base; is_a: vqa; material: cap3.
    case(
        "MYN-158-013",
        caption("a man wearing a white t-shirt with a tiger on it"),
        D.pattern("graphic"),
        D.color("white"),
        color_of("t-shirt", "orange", "contradiction", kind="open"),
        D.details("a tiger print on the front"),
        D.wearing("a white t-shirt with a tiger print and blue jeans"),
        is_a("tank top", "yes", "contradiction"),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The gentleman wears a long pants. The pants"
            " are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Bewakoof Men White Printed Round Neck T-shirt",
    ),
    # Photo: man in a cream silk kurta and churidar by a carved wooden door.
    # caption, color, details, description: base; wearing, is_a: vqa.
    case(
        "MYN-158-014",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.color("beige"),
        D.details("the kurta has a mandarin collar and buttons down the front"),
        D.wearing("tee", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.description("a cream colored kurta with a mandarin collar and", "cut"),
        gender="Men",
        category="Kurta Sets",
        color="Cream",
        title="Sojanya Men Cream-Coloured Solid Kurta with Churidar",
    ),
    # Photo: man in an olive full-sleeve linen shirt and cream chinos, sitting on a stool.
    # caption: cap3; material, color_of, description, wearing: base; details: vqa.
    case(
        "MYN-158-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its"
            " neckline is lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with"
            " linen fabric and its",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        color_of("shirt", "olive green", kind="open"),
        D.description("a green shirt"),
        D.wearing("a green shirt and white pants"),
        D.details(
            "shirt Question: What is the color of the shirt? Answer: pure color Question: What is the color of the"
            " shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Mast & Harbour Men Olive Green Regular Fit Solid Casual Linen Shirt",
    ),
    # Photo: product shot, no person: a plain black crew-neck tee laid flat on white. No title in the feed.
    # caption, wearing, color, details, pattern: base; description: cap3; material: vqa.
    case(
        "MYN-158-016",
        caption("a black t-shirt on a white background"),
        D.wearing("a black t-shirt"),
        D.color("black"),
        D.details("it has a round neck and short sleeves"),
        D.pattern("graphic", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The",
            "unsupported",
            hit_limit=True,
        ),
        D.material("pure color", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Black",
    ),
    # Photo: man in black slim jeans and an untucked white shirt, cropped at the chest.
    # caption, color, color_of, wearing: base; details: cap1; material: vqa.
    case(
        "MYN-158-017",
        caption("a man in a white shirt and black jeans"),
        D.color("black"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.details(
            "The trousers are with denim fabric and solid color patterns, the trousers are with denim fabric and solid"
            " color patterns, the trousers are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black jeans and a white shirt"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim"
            " denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="WROGN Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # ---------------------------------------------------------------- women
    # Photo: woman in a maroon straight kurta with gold foil block print, three-quarter sleeves, white palazzos.
    # caption, color, sleeve_length, color_of, wearing: base; description: cap3; details: cap1.
    case(
        "MYN-158-018",
        caption("a woman wearing a maroon kurta with gold print and white pants"),
        D.color("maroon"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long trousers. The",
            "contradiction",
            hit_limit=True,
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        D.details(
            "The dress is with cotton fabric and its neckline is round. The dress is with cotton fabric and its"
            " neckline is round. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red kurta and white pants", "pronoun"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon & Gold-Toned Printed Straight Kurta",
    ),
    # Photo: woman in a blue kurta with a white floral print, matching palazzos, a white dupatta over one shoulder,
    # in a garden. caption, pattern, color, wearing, color_of, material: base; details: cap1.
    case(
        "MYN-158-019",
        caption("a woman in a blue floral kurta standing in a garden"),
        D.pattern("floral"),
        D.color("blue"),
        D.wearing("a blue and white salwar suit with a dupatta"),
        color_of("dupatta", "blue", "contradiction", kind="open"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long-sleeve dress with floral"
            " patterns. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Blue",
        title="Libas Women Blue & White Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # Photo: woman in a pink sleeveless top with a ruffled hem, white jeans, against a pale blue wall.
    # caption, color, details, color_of: base; description: cap3; material: vqa.
    case(
        "MYN-158-020",
        caption("a woman in a pink top standing against a blue wall"),
        D.color("pink"),
        D.details("ruffles"),
        color_of("top", "blue", "contradiction", kind="open"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and it"
            " has a suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "chiffon Question: What is the color of the tank top? Answer: pure color Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Pink",
        title="SASSAFRAS Women Pink Solid Ruffled Top",
    ),
    # Photo: woman in a yellow midi dress with small white and green flowers, puff sleeves, square neckline, white
    # sneakers, on a street. caption: cap3; color, pattern, wearing, details: base; color_of: vqa.
    case(
        "MYN-158-021",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is square. The lady wears a pair of sneakers. The dress is with cotton fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("floral"),
        color_of("dress", "floral", "non_answer", kind="open"),
        D.wearing("a yellow dress with white flowers and white sneakers"),
        D.details("puff sleeves, a square neckline, a tie belt at the waist and hidden pockets", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Yellow",
        title="Berrylush Women Yellow Floral Print A-Line Dress",
    ),
    # Photo: woman draped in an emerald green silk saree with a gold zari border, matching short-sleeve blouse,
    # beige backdrop. caption, garment_type, color, description: base; wearing, is_a: vqa; details: cap1.
    case(
        "MYN-158-022",
        caption("a woman in a green sari with gold trim"),
        D.garment_type("saree"),
        D.color("green"),
        D.description("a green saree with a golden border"),
        D.wearing("dress", "contradiction"),
        D.details(
            "The lady wears a long-sleeve dress with lattice patterns. The lady wears a long-sleeve dress with lattice"
            " patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Mitera Green & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # Photo: woman in a white tee with small black "HRX" lettering on the chest, grey joggers, in a gym.
    # caption, color, color_of, wearing: base; details: vqa; description: cap3.
    case(
        "MYN-158-023",
        caption("a woman wearing a white t-shirt and grey pants in a gym"),
        D.color("grey", "contradiction"),
        color_of("t-shirt", "white", kind="open"),
        D.wearing("he is wearing a white shirt and grey sweatpants", "pronoun"),
        D.details(
            "graphic tee Question: Is this a graphic tee? Answer: yes Question: Is this a graphic tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Women White Printed Round Neck T-shirt",
    ),
    # Photo: woman in light-wash wide-leg jeans, a black sleeveless crop top, black boots.
    # caption, garment_type, color, color_of, description, wearing: base; jeans details: cap3; is_a: vqa.
    case(
        "MYN-158-024",
        caption("a woman in a black top and blue jeans"),
        D.garment_type("jeans"),
        D.color("black", "contradiction"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The lady wears a sleeveless T-shirt with pure"
            " color patterns. The T-shirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.description("the garment is a pair of jeans that is a garment", "restated"),
        D.wearing("a black crop top and wide leg jeans"),
        is_a("pair of jeans", "yes", article=""),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DOLCE CRUDO Women Blue Wide Leg High-Rise Jeans",
    ),
    # Photo: woman from the waist down in black ankle-length leggings under the hem of a white kurti, white
    # background. caption, color, details, wearing: base; description: vqa; material: cap3.
    case(
        "MYN-158-025",
        caption("a woman in black leggings"),
        D.color("black"),
        D.description(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings"
            " leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.details("they are leggings", "non_answer"),
        D.wearing("a white top and black leggings"),
        D.material(
            "The leggings are with cotton fabric and pure color patterns. The lady wears a long-sleeve shirt with pure"
            " color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # Photo: woman seated in mustard flared palazzos and a white printed kurta.
    # caption: cap3; color, color_of, wearing: base; description: vqa.
    case(
        "MYN-158-026",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady wears"
            " a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a long"
            " trousers. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.wearing("a white kurta and yellow palazzo pants"),
        D.description("trousers Question: What is the color of the trousers? Answer: pure color", "leak"),
        gender="Women",
        category="Palazzos",
        color="Mustard",
        title="W Women Mustard Yellow Solid Flared Palazzos",
    ),
    # Photo: woman in a red lehenga with heavy gold embroidery, red elbow-sleeve choli, red net dupatta, jewelry.
    # caption, garment_type, color, details, material: base; wearing: vqa; description: cap1.
    case(
        "MYN-158-027",
        caption("a woman in a red lehenga posing for a photo"),
        D.garment_type("skirt"),
        D.color("red"),
        D.details("gold embroidery on the skirt and the border"),
        D.wearing("dress", "contradiction"),
        D.description(
            "The dress is with chiffon fabric and its neckline is v-shape. The dress is with chiffon fabric and its"
            " neckline is v-shape. The dress",
            "loop",
            hit_limit=True,
        ),
        D.material("silk and net, hand-embroidered by artisans in Lucknow", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title=("Warthy Ent Women Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta"),
    ),
    # Photo: woman in a teal short-sleeve round-neck kurti with a white geometric print, blue jeans. The feed has no
    # base colour. caption, color, color_of, details: base; description: cap3; material: vqa.
    case(
        "MYN-158-028",
        caption("a woman wearing a green printed top and jeans"),
        D.color("turquoise"),
        color_of("kurta", "teal", kind="open"),
        D.description(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a mandarin collar, side slits and two pockets", "unsupported"),
        D.material("pure color", "non_answer"),
        gender="Women",
        category="Kurtis",
        title="Sangria Women Printed A-Line Kurti",
    ),
    # Photo: woman in a black sleeveless bodycon midi dress, red heels, grey backdrop.
    # caption, color, description, color_of, material: base; details: cap3.
    case(
        "MYN-158-029",
        caption("a woman in a black dress and red heels"),
        D.color("black"),
        D.description("it's a black dress"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("spandex Question: what is the length of the dress? Answer: midi", "leak"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Athena Women Black Solid Bodycon Dress",
    ),
    # Photo: woman in a blue-and-white vertical pinstripe shirt, black trousers, in an office.
    # caption, pattern, color, color_of: base; details: vqa; description: cap3.
    case(
        "MYN-158-030",
        caption("a woman in a blue and white striped shirt standing in an office"),
        D.pattern("striped"),
        D.color("blue"),
        color_of("shirt", "blue and white", kind="open"),
        D.details("pure color", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Van Heusen Woman Blue & White Striped Regular Fit Formal Shirt",
    ),
    # Photo: woman in a lavender cable-knit pullover and blue jeans, holding a coffee cup in a cafe.
    # caption, color, pattern, details, color_of: base; wearing: cap1; material, is_a: vqa.
    case(
        "MYN-158-031",
        caption("a woman in a purple sweater holding a cup of coffee"),
        D.color("purple"),
        D.pattern("solid"),
        D.details("cable knit"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "knitting knitting knitting knitting knitting knitting knitting knitting knitting knitting knitting"
            " knitting knitting knitting knitting",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes", "contradiction"),
        gender="Women",
        category="Sweaters",
        color="Lavender",
        title="Marks & Spencer Women Lavender Solid Pullover Sweater",
    ),
    # Photo: woman in an olive long-sleeve utility jumpsuit with a belt, white sneakers.
    # caption, color, description, wearing, sleeve_length, material: base; details: vqa.
    case(
        "MYN-158-032",
        caption("a woman in a green jumpsuit and white sneakers"),
        D.color("green"),
        D.description("a green jumpsuit with a belt"),
        D.details(
            "romper Question: Is this a romper? Answer: yes Question: Is this a romper? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green jumpsuit", "pronoun"),
        D.sleeve_length("short", "contradiction"),
        D.material("cotton twill with a", "cut"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Tokyo Talkies Women Olive Green Solid Basic Jumpsuit",
    ),
    # Photo: woman in an off-white top with white eyelet embroidery, three-quarter sleeves, beige trousers, against a
    # dark green wall. caption, color, color_of, details, material: base; description: cap3.
    case(
        "MYN-158-033",
        caption("a woman in a white blouse standing in front of a green wall"),
        D.color("cream"),
        color_of("top", "green", "contradiction", kind="open"),
        D.details("embroidered flowers on the front"),
        D.description(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("100% organic cotton, GOTS certified", "unsupported"),
        D.garment_type("blouse"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Mango Women Off-White Embroidered Cotton Top",
    ),
    # Photo: woman in a blue denim A-line mini skirt with front buttons and a white tee tucked in. The feed has only
    # the gender. caption, garment_type, color, color_of: base; details: cap3.
    case(
        "MYN-158-034",
        caption("a woman wearing a white t-shirt and a denim skirt"),
        D.garment_type("skirt"),
        D.color("white", "contradiction"),
        color_of("skirt", "blue", kind="open"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Photo: woman seated on a sofa in a peach kurta with a gold-embroidered yoke, peach trousers, peach dupatta
    # with a gold border. caption: cap3; color, wearing, details, description: base; material: vqa.
    case(
        "MYN-158-035",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its"
            " neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.color("peach"),
        D.wearing("a peach salwar kameez"),
        D.details("gold embroidery on the neckline"),
        D.material(
            "cotton Question: What is the color of the dress? Answer: graphic Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description("the garment is a garment", "restated"),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Indo Era Women Peach-Coloured Embroidered Kurta with Trousers & Dupatta",
    ),
    # Photo: woman in a long-sleeve navy tunic with a white ikat print over white leggings.
    # caption, color, pattern, color_of, wearing: base; details: cap1.
    case(
        "MYN-158-036",
        caption("a woman in a blue top and white leggings"),
        D.color("navy"),
        D.pattern("printed"),
        color_of("tunic", "white", "other_garment_color", kind="open"),
        D.details(
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long leggings. The leggings"
            " are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a woman", "non_answer"),
        gender="Women",
        category="Tunics",
        color="Navy Blue",
        title="Global Desi Women Navy Blue Printed Tunic",
    ),
    # Photo: woman twirling in a floor-length navy anarkali with gold printed motifs, long sleeves, on palace steps.
    # caption, garment_type, color, sleeve_length, description, wearing: base; details, is_a: vqa.
    case(
        "MYN-158-037",
        caption("a woman in a long blue anarkali posing on the steps of a palace"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long"),
        D.details(
            "graphic Question: What is the color of the dress? Answer: graphic Question: What is the color of the"
            " dress? Answer",
            "leak",
            hit_limit=True,
        ),
        D.description("a long flowing navy blue anarkali with gold motifs"),
        is_a("kurta", "no", "contradiction"),
        D.wearing("clothes", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Biba Women Navy Blue Printed Anarkali Kurta",
    ),
    # ---------------------------------------------------------------- kids
    # Photo: boy of about eight in a red tee with a white dinosaur print, navy shorts, white background.
    # caption, color, wearing, color_of: base; details: cap3; material: vqa.
    case(
        "MYN-158-038",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        D.color("red"),
        D.wearing("she is wearing a red shirt and blue shorts", "pronoun"),
        color_of("t-shirt", "navy", "other_garment_color", kind="open"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a",
            "pronoun",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # Photo: girl of about five in a pink tulle party dress with a pink sequined bodice, flutter sleeves, a pink hair
    # clip, silver shoes, white background. caption, description: cap3 / cap1; color, color_of, wearing, details:
    # base; material: vqa.
    case(
        "MYN-158-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. The lady wears a short-sleeve dress with pure color patterns. The dress is with"
            " chiffon fabric and its",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        D.wearing("a pink party dress"),
        D.details("the dress has a sequined bodice and a tulle skirt"),
        D.material(
            "chiffon Question: What is the color of the dress? Answer: pure color Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The dress is with chiffon fabric and its neckline is round. There is an accessory in her hair. The lady"
            " wears a pair of",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Tulle Fit and Flare Party Dress",
    ),
    # Photo: boy of about ten in a mustard kurta and white pyjama, orange backdrop with marigold garlands.
    # caption, garment_type, color, wearing, description: base; details: vqa; material: cap3.
    case(
        "MYN-158-040",
        caption("a young boy in a yellow kurta standing in front of flowers"),
        D.garment_type("kurta"),
        D.color("white", "contradiction"),
        D.wearing("a girl in a yellow dress", "pronoun"),
        D.details(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure"
            " color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("a yellow kurta with white pyjama"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is stand. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Mustard",
        title="VASTRAMAY Boys Mustard Yellow & White Kurta with Pyjamas",
    ),
    # Photo: girl on grass in a short-sleeve white top with blue polka dots and solid blue shorts.
    # caption, color, pattern, color_of, details, material: base; wearing: vqa; description: cap3.
    case(
        "MYN-158-041",
        caption("a little girl in a white top and blue shorts standing on the grass"),
        D.color("white"),
        D.pattern("printed"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.wearing("tee"),
        D.details("the shorts are short", "non_answer"),
        D.description(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it has"
            " a round neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.material("i'm not sure", "non_answer"),
        gender="Girls",
        category="Clothing Set",
        color="White",
        title="Cherry Crumble Girls White & Blue Printed Top with Shorts",
    ),
    # Photo: product shot, no person: olive cargo shorts with two side pockets and a drawstring waist laid flat on
    # white. The feed has no title and no base colour. caption, wearing, garment_type, details: base;
    # description: cap3; is_a: vqa.
    case(
        "MYN-158-042",
        caption("a pair of green cargo shorts on a white background"),
        D.wearing("a pair of shorts"),
        D.garment_type("shorts"),
        D.details("there are two cargo pockets on the sides and a drawstring waist"),
        D.description(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman"
            " wears a short-sleeve T-shirt with pure color",
            "unsupported",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes", "contradiction"),
        gender="Boys",
        category="Shorts",
    ),
    # Photo: girl in a pink lehenga with gold embroidery, pink blouse and dupatta, white backdrop.
    # caption, color, wearing, garment_type, material: base; details: cap3; description: vqa.
    case(
        "MYN-158-043",
        caption("a little girl in a pink lehenga"),
        D.color("pink"),
        D.wearing("a pink lehenga choli with dupatta"),
        D.details(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its"
            " neckline is round. The lady wears a short-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.material("silk, with real gold thread embroidery", "unsupported"),
        D.description("dress Question: Is this a dress? Answer: yes", "leak"),
        gender="Girls",
        category="Lehenga Choli",
        color="Pink",
        title="Aarika Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # Photo: boy indoors in a navy crew-neck sweatshirt with a white "NYC" print, grey joggers.
    # caption, color, color_of, wearing, description: base; details: cap1; material: cap3.
    case(
        "MYN-158-044",
        caption("a young boy wearing a blue sweatshirt with nyc on it"),
        D.color("navy"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        D.wearing("she's wearing a navy sweatshirt and grey sweatpants", "pronoun"),
        D.details(
            "The sweater is with cotton fabric and its neckline is round. The sweater is with cotton fabric and its"
            " neckline is round. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.description("the sweatshirt is a sweatshirt", "restated"),
        D.material(
            "The sweater is with cotton fabric and its neckline is round. The gentleman wears a long pants. The pants"
            " are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Navy Blue",
        title="Gini and Jony Boys Navy Blue Printed Sweatshirt",
    ),
]
