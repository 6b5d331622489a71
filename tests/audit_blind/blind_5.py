"""BLIND_5 (g01-g40; a Myntra-like catalog, one product per item, answered as the base model and both adapters would):
written blind in the eighth session; measured blind at 511d6d9: 64/88 and 10/130. The writer's notes, verbatim:

BLIND5: a blind test corpus of 40 catalog products (skus g01..g40) for the enrich audits.

How it was written
------------------
Written without reading the audits, their queries, the docs, or any other corpus: only ../shared/CONTEXT.md and
the Text/Case helpers and the TARGETS table at the top of tests/audit_corpus.py were read. It is meant to look like
a held-out sample of a Myntra-like Indian catalog, one product per item: 20 products answered by the untuned base
model (BASE = Salesforce/blip2-opt-2.7b), 10 by the caption LoRA adapter (CAPTION) and 10 by the VQA LoRA adapter
(VQA). For every product I first pictured one real catalog photo (the comment above each case says what it shows,
including the other garments worn with the product and the background) and only then wrote the texts that system
would plausibly produce for that photo:

- BASE writes short generic captions ("a man in a ... standing in front of a ...") and short answers; its faults
  are loops, one color reused for every garment, wrong pronouns, invented facts and one-word answers.
- CAPTION writes the DeepFashion-MultiModal template ("The lady wears a long-sleeve kurta with floral patterns. It
  has a round neckline. ...", no hue names, "lady"/"gentleman", "with ... fabric") and tends to return that
  template for any question; its garment details are richer.
- VQA answers in the In-shop vocabulary ("tee", "denim", "hoodie", "yes"), its captions are broken (one word, a
  loop, a leaked question), and it never learnt to stop.

Catalog columns are keyword args of case(): gender ("male"/"female"; kids' products take the child's gender),
title, category (Myntra article type) and color (Myntra base colour). Each text is judged against the imagined
photo and the catalog row, as a careful QA reviewer would; every text without a failure is an answer I would
accept in production. Each failed text carries exactly one failure kind (a TARGETS key). I avoided writing texts
with two faults at once, except the usual one: a loop that runs to the token limit is labelled "loop" (with
hit_limit=True), not "cut".

hit_limit=True marks texts whose generation ran to the token limit: 30 new tokens for answers, and for captions
their own 50-token limit (only two looping captions). The helpers for closed answers and material take no
hit_limit, and none of those texts ran to the limit.

Borderline labelling choices
----------------------------
1. Hue neighbours are accepted: maroon for a Burgundy label, beige for Cream, yellow / mustard yellow for Mustard,
   dark grey for Charcoal, dark green for Teal, purple for Lavender, orange for Coral, white for Off White, navy /
   dark blue for Navy Blue, grey for Grey Melange. A print answered with its several colors ("navy and white",
   "red, yellow and blue print") is correct. A wall or backdrop color in a caption is correct when the backdrop is
   that color.
2. A color answer (color / color_of) that names the color of another visible garment in the photo (the leggings
   under the kurta, the t-shirt under the jacket) is "other_garment_color". A wrong color or a wrong garment inside
   an open answer or the caption, which disagrees with another text of the product, is "contradiction"; the text
   marked is the one that disagrees with the photo, the right one stays unmarked.
3. A color answer about a garment in layers (the t-shirt under a jacket, the jeans under a top) is correct when the
   question names that garment and the color is that garment's.
4. "non_answer": yes/no, a bare color, a bare garment name or "it is a <garment>" for describe/details questions;
   "yes" for what someone wears; a one-word caption or "yes" as a caption; a pattern word ("floral") for a color
   question; "yes" for the closed garment-type question. Accepted as terse but complete: a wearing answer that
   names the garments ("tee and pants"), a description with at least one attribute beyond name and color
   ("graphic tee", "maxi dress with floral print"), a short caption that names the person and garments. A type-only
   description ("polo shirt" for Describe the t-shirt) is counted a non_answer.
5. "restated": the caption, or the caption template's sentences about the person and the other garments, returned
   instead of an answer (also when it happens to contain a garment name). An answer that reuses the template's
   phrasing only about the asked garment ("The sweater is with knitting fabric.") is accepted.
6. "unsupported": fibre content or blends, linings, fillings, stretch percentages, care instructions, a brand that
   is neither in the title nor visible, claims about the back of the garment in a front photo, the model's size or
   height, and template fabric sentences ("with cotton fabric") when the title does not say so. Fabrics one can see
   (denim, knit) and fibres that the title states ("Pure Cotton") are accepted, as is a visible logo of the
   title's brand.
7. "pronoun": a pronoun or a gendered noun (lady, gentleman, woman, man, girl, boy) against the catalog gender.
   Neutral wording is accepted.
8. "cut": the text stops mid-phrase (dangling article, preposition, conjunction or possessive, a trailing comma,
   "navy and"), whether it ran to the limit (hit_limit=True) or the model stopped early (hit_limit=False).
9. "leak": any fragment of the prompt format in the text ("Question: ...", "Answer:", "Q: ... A: ..."), even when
   the answer inside it is right.
10. "loop": a phrase, word or sentence repeated three or more times in a row, open or closed answer or caption.
11. A flat-lay photo with no person: "there is no one in the picture, only a pair of grey pants" for What is he
   wearing? is accepted.
"""

from __future__ import annotations

from tests.audit_corpus import caption, case, color, color_of, describe, details, garment_type, material, wearing

BLIND_5 = [
    # g01 BASE. Studio photo, grey backdrop: a man in a plain white crew-neck t-shirt and navy slim jeans, white
    # sneakers. Product: the jeans.
    case(
        "g01",
        caption("a man in a white t-shirt and blue jeans standing in front of a grey wall"),
        wearing("a white t-shirt and jeans", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans are slim fit with a light fade on the thighs"),
        material("denim"),
        gender="male",
        title="Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # g02 CAPTION. A woman in a straight mustard kurta with a small white floral print, three-quarter sleeves, round
    # neck with a keyhole, side slits, worn over white leggings; beige wall.
    case(
        "g02",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric."
            " It has a round neckline. The lady wears ankle-length leggings. The leggings are with pure color patterns."
        ),
        color_of(
            "kurta",
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric.",
            "restated",
            kind="open",
        ),
        details(
            "kurta",
            "The kurta has three-quarter sleeves, a round neckline with a keyhole opening, floral patterns all over and"
            " side slits at the hem. It is straight and",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a three-quarter sleeve kurta and ankle-length leggings.", who="she"),
        color("mustard"),
        gender="female",
        title="Libas Women Mustard Yellow Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # g03 VQA. A man in a grey melange t-shirt and black track pants with white side stripes; white backdrop.
    case(
        "g03",
        caption("pants", "non_answer"),
        color_of("track pants", "black"),
        color_of("t-shirt", "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey", "loop"),
        wearing("tee and pants", who="he"),
        describe("track pants", "pants", "non_answer"),
        garment_type("pants"),
        gender="male",
        title="HRX by Hrithik Roshan Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # g04 BASE. A woman in a knee-length teal wrap dress, V-neck, short flared sleeves, tie at the waist; white
    # backdrop.
    case(
        "g04",
        caption("a woman in a dark green dress posing for a photo"),
        wearing("he is wearing a green dress", "pronoun", who="she"),
        describe("dress", "it is a wrap dress with a v-neck, short sleeves and a tie at the waist"),
        color("teal"),
        details(
            "dress",
            "the dress has a v neck and short sleeves and a v neck and short sleeves and a v neck and short sleeves and"
            " a v neck and short sleeves and",
            "loop",
            hit_limit=True,
        ),
        gender="female",
        title="Mast & Harbour Women Teal Blue Solid Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # g05 BASE. A man in an olive bomber jacket worn open over a plain white t-shirt, black jeans; grey backdrop.
    case(
        "g05",
        caption("a man wearing a green jacket and black jeans"),
        color_of("jacket", "olive green"),
        color_of("t-shirt", "white"),
        material("the jacket is made of 100% nylon with a polyester lining", "unsupported"),
        details("jacket", "ribbed collar, cuffs and hem, front zip closure"),
        wearing("a green jacket, a white t-shirt, and black jeans", who="he"),
        gender="male",
        title="WROGN Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # g06 CAPTION. A woman in a white graphic-print t-shirt tucked into light-blue denim shorts with a frayed hem, a
    # watch on her wrist; outdoor wall.
    case(
        "g06",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns and a crew neckline. She wears denim"
            " shorts with pure color patterns. There is an accessory on her wrist."
        ),
        color_of(
            "shorts",
            "The lady is wearing a short-sleeve T-shirt with graphic patterns and a crew neckline.",
            "restated",
            kind="open",
        ),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. They have a frayed hem and a button closure.",
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The gentleman wears denim shorts.",
            "pronoun",
            who="she",
        ),
        material("denim"),
        gender="female",
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # g07 BASE. A woman in a maroon straight kurta with a gold block print, keyhole neck, three-quarter sleeves,
    # worn over white palazzo pants; light backdrop.
    case(
        "g07",
        caption("a woman wearing a maroon kurta with gold print and white palazzo pants"),
        color("white", "other_garment_color"),
        wearing("a maroon kurta and white palazzos", who="she"),
        describe("kurta", "yes", "non_answer"),
        details(
            "kurta",
            "the kurta has a gold block print, a round neck with a keyhole, three quarter sleeves and side slits",
        ),
        gender="female",
        title="Anouk Women Maroon & Gold-Toned Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # g08 VQA. A man in a grey melange pullover hoodie with a kangaroo pocket, black joggers; white backdrop.
    case(
        "g08",
        caption(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie"
            " hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie"
            " hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie"
            " hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey"),
        color_of("joggers", "grey", "other_garment_color"),
        garment_type("hoodie"),
        describe("sweatshirt", "grey", "non_answer"),
        gender="male",
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # g09 BASE. A man in a white formal shirt tucked into navy trousers, brown belt; light-blue backdrop.
    case(
        "g09",
        caption("a man in a white shirt and blue pants standing against a blue background"),
        color_of("shirt", "white"),
        color_of("trousers", "navy blue"),
        describe(
            "shirt", "Question: Describe the shirt. Answer: the shirt is white with long sleeves and a collar", "leak"
        ),
        details(
            "shirt",
            "the shirt has a spread collar, long sleeves with buttoned cuffs and a full button placket; it is tucked"
            " into the trousers",
        ),
        wearing("a white shirt and navy trousers", who="he"),
        gender="male",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # g10 CAPTION. A man in a charcoal crew-neck knit sweater with ribbed cuffs and hem, a white shirt collar showing
    # at the neck, beige chinos; white backdrop.
    case(
        "g10",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric."
            " It has a round neckline. The gentleman wears long trousers with pure color patterns."
        ),
        color("The gentleman wears a long-sleeve sweater with pure color patterns.", "restated"),
        details("sweater", "The sweater has short sleeves, a V-neckline and a ribbed hem.", "contradiction"),
        material("The sweater is with knitting fabric."),
        wearing("The gentleman wears a long-sleeve sweater over a shirt and long trousers.", who="he"),
        gender="male",
        title="HERE&NOW Men Charcoal Grey Solid Pullover Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # g11 BASE. A woman in a peach top with puff sleeves and a square neck, tucked into blue jeans; white backdrop.
    case(
        "g11",
        caption("a woman wearing a peach top and blue jeans"),
        wearing(
            "she is wearing a peach top and blue jeans, and she is wearing a peach top and blue jeans, and she is"
            " wearing a peach top and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        details("top", "puff sleeves, square neck, smocked back", "unsupported"),
        color("peach"),
        gender="female",
        title="Sangria Women Peach-Coloured Solid Puff Sleeve Top",
        category="Tops",
        color="Peach",
    ),
    # g12 VQA. A woman in a white crop top tucked into a black A-line mini skirt; white backdrop.
    case(
        "g12",
        caption("Question: What is the color of the skirt? Answer: black", "leak"),
        color_of("skirt", "black"),
        color_of("top", "black", "other_garment_color"),
        garment_type("skirt"),
        describe("skirt", "no", "non_answer"),
        wearing("a white top and a black skirt", who="she"),
        gender="female",
        title="SASSAFRAS Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # g13 BASE. A little girl in a pink fit-and-flare dress with white polka dots, sleeveless; white backdrop.
    case(
        "g13",
        caption("a little girl in a pink polka dot dress"),
        wearing("a pink dress with white polka dots", who="she"),
        color("pink"),
        describe("dress", "pink", "non_answer"),
        details("dress", "the dress is made of 100% cotton and is machine washable", "unsupported"),
        gender="female",
        title="Gini and Jony Girls Pink Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # g14 BASE. A man in a blue-and-navy checked shirt worn open over a white t-shirt, sleeves rolled up, khaki
    # chinos; grey backdrop.
    case(
        "g14",
        caption("a man wearing a blue checkered shirt over a white t-shirt"),
        color_of("shirt", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        wearing("she is wearing a blue shirt and khaki pants", "pronoun", who="he"),
        details("shirt", "checked pattern, button-down collar, long sleeves rolled up to the elbows"),
        gender="male",
        title="Highlander Men Blue & Navy Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # g15 CAPTION. A woman in an off-white flared Anarkali kurta with floral embroidery on the yoke and hem, long
    # sleeves, round neck, worn over off-white churidar leggings; pale pink backdrop.
    case(
        "g15",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It has a round neckline. The lady wears"
            " ankle-length leggings. The leggings are with pure color patterns."
        ),
        details(
            "kurta",
            "The kurta has long sleeves, a round neckline and floral embroidery around the yoke and hem. It flares out"
            " below the waist.",
        ),
        color_of(
            "kurta",
            "The lady wears a long-sleeve kurta with floral patterns. It has a round neckline. The lady wears"
            " ankle-length leggings. The leggings are with pure color patterns.",
            "restated",
            kind="open",
        ),
        material("The kurta is with chiffon fabric and it has a cotton lining.", "unsupported"),
        wearing("The lady wears a long-sleeve kurta and ankle-length leggings.", who="she"),
        gender="female",
        title="Biba Women Off White Floral Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # g16 VQA. A man in a solid navy polo t-shirt with white tipping on the collar, beige chinos; white backdrop.
    case(
        "g16",
        caption(
            "polo shirt and pants polo shirt and pants polo shirt and pants polo shirt and pants polo shirt and pants"
            " polo shirt and pants polo shirt and pants polo shirt and pants polo shirt and pants polo shirt and pants"
            " polo shirt and pants polo shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy and", "cut"),
        color_of("pants", "navy", "other_garment_color"),
        garment_type("polo shirt"),
        describe("t-shirt", "polo shirt", "non_answer"),
        gender="male",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # g17 BASE. A woman in a light-blue washed denim jacket over a white top, black jeans; white backdrop.
    case(
        "g17",
        caption("a woman in a denim jacket and black pants"),
        color_of("jacket", "black", "other_garment_color"),
        wearing("a denim jacket, a white top and black jeans", who="she"),
        describe("jacket", "light blue washed denim jacket with button front, flap chest pockets and long sleeves"),
        material("the jacket is made of denim, with 2% elastane for stretch", "unsupported"),
        gender="female",
        title="ONLY Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # g18 BASE. A man in a burgundy crew-neck t-shirt and mid-blue jeans; white backdrop.
    case(
        "g18",
        caption("a man in a maroon t-shirt and jeans"),
        color("maroon"),
        wearing("a maroon t-shirt and blue jeans", who="he"),
        details("t-shirt", "it is a round neck t-shirt with short sleeves and a", "cut"),
        color_of("jeans", "blue"),
        gender="male",
        title="Roadster Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
    ),
    # g19 CAPTION. A woman in a black sleeveless top tucked into cream high-waisted wide-leg trousers with front
    # pleats, a thin tan belt; white backdrop.
    case(
        "g19",
        caption(
            "The lady wears a sleeveless top with pure color patterns. It has a round neckline. The lady wears long"
            " trousers. The trousers are with cotton fabric and pure color patterns. There is a belt at her waist.",
            "unsupported",
        ),
        color_of(
            "trousers",
            "The lady wears a sleeveless top with pure color patterns. The lady wears long trousers.",
            "restated",
            kind="open",
        ),
        details(
            "trousers",
            "The trousers are of long length with wide legs and a high waist. They have pleats at the front.",
        ),
        wearing("The lady wears a sleeveless top and long trousers. There is a belt at her waist.", who="she"),
        color("beige"),
        gender="female",
        title="H&M Women Cream-Coloured Solid Wide Leg Trousers",
        category="Trousers",
        color="Cream",
    ),
    # g20 VQA. A boy in a navy t-shirt with a multicolored dinosaur print, grey shorts; white backdrop.
    case(
        "g20",
        caption("the boy is wearing a tee with graphic and shorts"),
        color_of("t-shirt", "navy"),
        color_of("shorts", "grey"),
        describe("t-shirt", "graphic tee"),
        wearing("she is wearing a tee and shorts", "pronoun", who="he"),
        garment_type("yes", "non_answer"),
        gender="male",
        title="YK Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # g21 BASE. A man in a cream straight kurta with a mandarin collar and full sleeves, white churidar pyjama;
    # beige wall.
    case(
        "g21",
        caption("a man wearing a cream kurta and white pants"),
        wearing("a cream kurta and blue jeans", "contradiction", who="he"),
        color_of("kurta", "cream"),
        describe(
            "kurta",
            "it is a long kurta with a mandarin collar and full sleeves, it is a long kurta with a mandarin collar and"
            " full sleeves, it is a long",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta is made by Manyavar and has a mandarin collar", "unsupported"),
        gender="male",
        title="Sojanya Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # g22 CAPTION. A man in a white tank top and black running shorts with an elastic drawstring waist; grey
    # backdrop.
    case(
        "g22",
        caption(
            "The gentleman wears a tank top with pure color patterns. It has a crew neckline. The gentleman wears"
            " shorts. The shorts are with pure color patterns."
        ),
        color_of("shorts", "black"),
        details("shorts", "The shorts have an elastic waistband with a drawstring and a", "cut"),
        material("The shorts are with cotton fabric.", "unsupported"),
        wearing(
            "The gentleman wears a tank top and shorts. Question: What is the color of the shorts? Answer: black",
            "leak",
            who="he",
        ),
        gender="male",
        title="Nike Men Black Dri-FIT Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # g23 CAPTION. A man in a navy quilted puffer jacket with a stand collar, zipped halfway over a grey hoodie,
    # black jeans; white backdrop.
    case(
        "g23",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. It has a stand collar. The gentleman"
            " wears long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        details(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. It has a stand collar. The gentleman"
            " wears long trousers. The trousers are with denim fabric and pure color patterns.",
            "restated",
        ),
        color("navy blue"),
        wearing("The gentleman wears a long-sleeve jacket over a hoodie and long denim trousers.", who="he"),
        material("The jacket is filled with duck down and feathers for warmth.", "unsupported"),
        describe(
            "jacket",
            "The jacket has a stand collar. The jacket has a stand collar. The jacket has a stand collar. The jacket"
            " has a stand collar. The jacket has a",
            "loop",
            hit_limit=True,
        ),
        gender="male",
        title="Mast & Harbour Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # g24 VQA. A woman in a red maxi dress with a white and yellow floral print, flutter sleeves; outdoor garden.
    case(
        "g24",
        caption("dress", "non_answer"),
        color_of("dress", "floral", "non_answer"),
        color("red"),
        describe("dress", "maxi dress with floral print"),
        garment_type("dress"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress"
            " dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="female",
        title="Vero Moda Women Red Floral Print Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # g25 BASE. A woman in a white formal shirt tucked into navy slim formal trousers; grey backdrop.
    case(
        "g25",
        caption("a woman wearing a white shirt and navy blue pants"),
        color_of("trousers", "white", "other_garment_color"),
        color_of("shirt", "white"),
        wearing("a white shirt tucked into navy trousers", who="she"),
        details("trousers", "Q: What are the trousers details? A: slim fit with a flat front and belt loops", "leak"),
        material("a smooth woven suiting fabric"),
        gender="female",
        title="Allen Solly Woman Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # g26 BASE. A man in a mustard casual shirt with a spread collar and one chest pocket, light-blue jeans; white
    # backdrop.
    case(
        "g26",
        caption("a man in a yellow shirt and light blue jeans"),
        color("yellow"),
        color_of("jeans", "black", "contradiction"),
        describe("shirt", "a mustard yellow casual shirt with a spread collar and a chest pocket"),
        details("shirt", "spread collar, chest pocket, long sleeves with", "cut"),
        wearing("the woman is wearing a yellow shirt and jeans", "pronoun", who="he"),
        gender="male",
        title="Dennis Lingo Men Mustard Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # g27 CAPTION. A man in a black hooded sweatshirt with a kangaroo pocket and drawstrings, blue jeans; white
    # backdrop.
    case(
        "g27",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. It has a hood. The gentleman wears"
            " long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        garment_type(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The gentleman wears long trousers.",
            "restated",
        ),
        color_of("sweatshirt", "black"),
        details(
            "sweatshirt",
            "The sweatshirt has a hood with drawstrings, a kangaroo pocket at the front and ribbed cuffs and hem.",
        ),
        wearing("The lady wears a long-sleeve sweatshirt and long denim trousers.", "pronoun", who="he"),
        material("The sweatshirt is with cotton fabric. It is 80% cotton and 20% polyester fleece.", "unsupported"),
        gender="male",
        title="Campus Sutra Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # g28 VQA. A woman in a navy-and-white horizontally striped top, white jeans; white backdrop.
    case(
        "g28",
        caption("a woman wearing a striped blouse and white denim"),
        color_of("top", "navy and white"),
        color_of("jeans", "navy", "other_garment_color"),
        describe("top", "yes it is", "non_answer"),
        garment_type("blouse"),
        wearing(
            "blouse and denim blouse and denim blouse and denim blouse and denim blouse and denim blouse and denim"
            " blouse and denim blouse and denim blouse and denim blouse and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="female",
        title="Harpa Women Navy Blue & White Striped Regular Top",
        category="Tops",
        color="Navy Blue",
    ),
    # g29 BASE. Flat-lay, no model: charcoal slim chinos laid flat on a white background.
    case(
        "g29",
        caption("a pair of grey pants on a white background"),
        wearing("there is no one in the picture, only a pair of grey pants", who="he"),
        color("dark grey"),
        details("pants", "slim fit chinos with slant pockets, a button closure and belt loops"),
        describe(
            "pants",
            "the pants are grey and they are grey and they are grey and they are grey and they are grey and they are"
            " grey and they are grey and they are",
            "loop",
            hit_limit=True,
        ),
        material("the pants are made of", "cut"),
        gender="male",
        title="Jack & Jones Men Charcoal Grey Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
    ),
    # g30 BASE. A woman in a lavender crew-neck sweatshirt with dropped shoulders, light-blue jeans; white backdrop.
    case(
        "g30",
        caption("a woman wearing a purple sweatshirt and jeans"),
        color_of("sweatshirt", "lavender"),
        wearing("a purple sweatshirt and blue jeans", who="she"),
        describe("sweatshirt", "it is a sweatshirt", "non_answer"),
        details(
            "sweatshirt",
            "the sweatshirt has a round neck, dropped shoulders and ribbed cuffs. the model is wearing size s and is"
            " 5'8\" tall",
            "unsupported",
        ),
        color("lavender\nQuestion: What is the color of the jeans?\nAnswer: blue", "leak"),
        gender="female",
        title="DressBerry Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # g31 CAPTION. A woman in a black short-sleeve crew-neck t-shirt and blue skinny jeans; white backdrop.
    case(
        "g31",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. It has a crew neckline. The lady wears"
            " long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        details(
            "jeans",
            "The lady wears a shorts. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("jeans", "blue"),
        material("The trousers are with denim fabric."),
        wearing("The lady wears a short-sleeve T-shirt and long denim trousers.", who="she"),
        gender="female",
        title="Levis Women Blue 710 Super Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # g32 VQA. A boy in grey melange joggers with cuffed ankles and a red t-shirt; white backdrop.
    case(
        "g32",
        caption("yes", "non_answer"),
        color_of("track pants", "red", "other_garment_color"),
        color_of("t-shirt", "red"),
        garment_type("pants"),
        describe("track pants", "grey pants with elastic waist and cuffed ankles"),
        wearing("tee and pants", who="he"),
        gender="male",
        title="max Boys Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # g33 BASE. A woman in a fitted black top tucked into a beige pleated midi skirt; white backdrop.
    case(
        "g33",
        caption("a woman in a black top and a beige pleated skirt"),
        color_of("skirt", "beige"),
        describe("skirt", "the skirt is a black pleated midi skirt", "contradiction"),
        wearing("a black top and a beige skirt", who="she"),
        details("skirt", "the skirt has an elasticated waistband and knife pleats falling to mid-calf"),
        gender="female",
        title="AND Women Beige Solid Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # g34 BASE. A man in a white t-shirt with a red, yellow and blue tiger graphic on the chest, black jeans, white
    # sneakers, a black watch; white backdrop.
    case(
        "g34",
        caption("a man wearing a white t-shirt with a colorful print on it"),
        color("white"),
        color_of("jeans", "black"),
        describe("t-shirt", "white t-shirt with a red, yellow and blue graphic print of a tiger on the chest"),
        details("t-shirt", "the t-shirt has a tiger print on the front and the same print on the back", "unsupported"),
        wearing(
            "he is wearing a white t-shirt with a colorful tiger print on the chest, black slim fit jeans, white"
            " sneakers and a black watch on his left",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="male",
        title="Kook N Keech Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # g35 CAPTION. A man in a navy straight kurta with small white floral motifs, mandarin collar, half placket,
    # long sleeves, white pyjama; cream backdrop.
    case(
        "g35",
        caption(
            "The gentleman wears a long-sleeve kurta with floral patterns. It has a stand collar. The gentleman wears"
            " long trousers. The trousers are with pure color patterns."
        ),
        color_of(
            "kurta",
            "The gentleman wears a long-sleeve kurta with floral patterns. It has a stand collar. The gentleman wears"
            " long trousers. The trousers are with pure color patterns.",
            "restated",
            kind="open",
        ),
        details(
            "kurta",
            "The kurta has long sleeves, a stand collar and a half button placket with small floral motifs all over.",
        ),
        wearing("Answer: The gentleman wears a long-sleeve kurta and long trousers.", "leak", who="he"),
        material("The kurta is with cotton fabric."),
        gender="male",
        title="Anouk Men Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # g36 VQA. A woman in a coral running t-shirt and black tights, running shoes; gym backdrop.
    case(
        "g36",
        caption("woman in tee and leggings"),
        color_of("t-shirt", "orange"),
        color_of("leggings", "black"),
        describe("t-shirt", "orange", "non_answer"),
        wearing("Question: What is she wearing? Answer: tee", "leak", who="she"),
        garment_type("tee"),
        gender="female",
        title="HRX by Hrithik Roshan Women Coral Solid Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # g37 BASE. A woman in a grey melange cable-knit pullover and black jeans; white backdrop.
    case(
        "g37",
        caption("a woman in a grey sweater and black jeans"),
        color_of("sweater", "grey"),
        color_of("jeans", "grey", "other_garment_color"),
        wearing("a grey cable-knit sweater with black jeans", who="she"),
        describe("sweater", "a woman in a grey sweater and black jeans", "restated"),
        details(
            "sweater",
            "cable knit pattern, round neck, long sleeves, ribbed cuffs and hem, made of soft merino wool",
            "unsupported",
        ),
        gender="female",
        title="Marks & Spencer Women Grey Melange Cable Knit Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # g38 BASE. A woman in a navy knee-length shirt dress with a collar, button front and a tie belt; white
    # backdrop.
    case(
        "g38",
        caption("a woman in a navy blue shirt dress with a belt"),
        wearing("a navy blue shirt and white pants", "contradiction", who="she"),
        color("navy blue"),
        describe("dress", "a navy blue shirt dress with a collar, button front, and a tie belt at the waist"),
        details("dress", "collar, buttons, belt,", "cut"),
        gender="female",
        title="Mast & Harbour Women Navy Blue Solid Shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # g39 BASE. A man in a black track jacket with white sleeve stripes and a white Puma logo, zipped halfway over a
    # white t-shirt, black track pants, white sneakers, black cap; grey backdrop.
    case(
        "g39",
        caption("a man wearing a black jacket and black pants"),
        color_of("jacket", "black"),
        color_of("t-shirt", "white"),
        describe(
            "jacket", "it is a black track jacket with a white puma logo on the chest and white stripes on the sleeves"
        ),
        details(
            "jacket",
            "the jacket has a full zip, a stand collar and white stripes on the sleeves, the jacket has a full zip, a"
            " stand collar and white stripes on the",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a black jacket over a white t-shirt and black track pants. He also wears white"
            " sneakers and a black cap on his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="male",
        title="Puma Men Black Solid Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # g40 VQA. A woman in an off-white straight kurta with a pink floral print, over solid navy palazzos; white
    # backdrop.
    case(
        "g40",
        caption("a woman wearing kurta and palazzo"),
        color_of("kurta", "navy", "other_garment_color"),
        color("white"),
        describe("kurta", "white kurta with pink flowers"),
        wearing("yes", "non_answer", who="she"),
        gender="female",
        title="Sangria Women Off White & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
]
