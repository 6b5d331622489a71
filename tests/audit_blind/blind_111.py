"""BLIND_111 (44 products; the experiments re-run on a Myntra-style catalog of kids' wear): written blind in the
twentieth session. Measured blind at 494a355: 130/143 failures found (90.9%) and 7/146 correct texts flagged (4.8%).
The writer's notes, verbatim:

Blind corpus 111: BLIP-2 OPT-2.7b on a Myntra-style kids' wear catalog.

Scenario
    The original experiments' models re-run over a marketplace catalog of kids' wear (boys and girls, toddlers to
    teens): t-shirts, polos, shirts, frocks and dresses, jeans, joggers, shorts, kurta sets, lehenga cholis, jackets
    and sweatshirts, photographed on child models (studio walls, parks, streets, festive rooms) or as flat packshots
    (folded, laid flat, on a hanger). Each product is asked enrich's default questionnaire (DEFAULT_QUESTIONS: wearing,
    garment_type, color, pattern, sleeve_length, description, details, material), a subset per product, plus a
    caption. Seller columns come from the marketplace export: gender (Boys, Girls, Unisex Kids), category (the
    article type: Tshirts, Shirts, Dresses, Jeans, Joggers, Track Pants, Shorts, Kurta Sets, Lehenga Choli, Jackets,
    Sweatshirts), color (the base colour: Navy Blue, Mustard, Olive, Teal, Charcoal, Fuchsia...) and title (the
    seller's own words); some products lack one or more of them.

Which system wrote which text (named again in the comment above each case)
    - base: untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompt, 30 new tokens for answers,
      50 for captions. Short lowercase answers; captions in the "a little boy in a ..." style.
    - cap-e1 / cap-e3: the caption adapters (Data2_V2 ..._Caption_First_Epoch / _Caption). DeepFashion template
      sentences ("The lady wears a short-sleeve T-shirt with pure color patterns..."), no hue names, returned for
      every prompt, never stopping: cut at the limit or looping over template sentences.
    - vqa: the VQA adapter (Data3_V3_BLIP2_VQA). In-shop class words (tee, blouse, dress, pants, denim...), never
      stopping: the word repeated, or the `Question: ... Answer:` format continued after its answer.
    - cap+qa: the third experiment, cap-e3 caption then extractive QA (mdeberta squad2) over it: spans of the
      template ("pure color", "short-sleeve", "cotton") or an empty span.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No audit code, no other
    corpus, no docs. Every photo is imagined and described in the comment above its case; each label is judged
    against that photo. The only thing run was an import check of this file.

Label conventions and judgement calls
    - One label per text, the most salient failure. A caption-adapter template cut at the token limit is "cut"
      (hit_limit=True) even when the template does not answer the question; a template that repeats its own
      sentences is "loop".
    - cut: stops mid-phrase; hit_limit=True when it ran to 30 (answers) / 50 (captions) new tokens; a few are cut
      before the limit (hit_limit=False) where the model emitted its newline mid-phrase.
    - loop: a word, phrase or template sentence repeated to the limit (hit_limit=True).
    - leak: the `Question: ... Answer:` format, or an "Answer:" fragment, appears in the text.
    - non_answer: empty text, "no", "unknown", "i don't know", "nothing" for a packshot's wearing question, "the shirt"
      for details, "they are short" for the shorts' details, and "pure color" (a pattern, no hue) as the color answer.
    - restated: the question's own words given back as an answer ("the details of the garment are the details of the
      garment", "the jeans are made of jeans", "describe the garment").
    - other_garment_color: the product is given the color of another garment in the photo (the tee under the
      jacket, the jeans under the sweatshirt, the dupatta beside the lehenga), which another text has right.
    - contradiction: a wrong color taken from a print, background or table; a garment type the seller's category
      rules out (saree for a lehenga, dress for a boy's kurta set, shirt for a kurta, pants for shorts, vest or
      skirt for a set/frock); an accessory (hat, beanie, sunglasses) as what the person is wearing; a sleeve or
      pattern answer the photo and the caption contradict.
    - unsupported: details not in the photo (logo, zipper, hood, fur collar, bow, back pockets of a folded packshot,
      lace collar) and material claims the photo cannot show (100% cotton, silk for a matte cotton shirt, wool for a
      fleece sweatshirt, hand embroidery, fleece lining).
    - pronoun: he/she/girl/boy/lady/gentleman opposite to the seller's gender and the child in the photo; only used
      where the seller's gender is Boys or Girls.
    - Correct, hard: near-color synonyms (dark blue for Navy Blue, yellow for Mustard, green for Olive, red for
      Maroon, white for Cream, blue for Teal, orange for Coral, pink for Fuchsia, dark grey for Charcoal, burgundy
      for Maroon, heather grey for Grey Melange); layers named in captions and wearing answers; backgrounds named in
      captions (walls, balloons, graffiti, basketball court, wooden wall); prints named with the right base color;
      packshots answered without a person ("jeans" to "What is the person wearing?").
    - Correct by convention: "lady"/"gentleman" for a girl/boy in the caption adapters' template (adult words, right
      gender); "shirt" for a t-shirt, "pants"/"sweatpants" for joggers, "sweater"/"hoodie" for a sweatshirt, "coat"
      for a padded jacket, "crop top" for a crop tee; "pure color" as the pattern answer; a material that fits the
      visible fabric (cotton tee, denim jeans, tulle skirt, nylon/polyester shell) without a percentage or a claim
      about what cannot be seen; "he" for a boy model of a Unisex Kids product.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_111: list[Case] = [
    # 1. Boy ~8, plain navy round-neck short-sleeve tee, grey joggers, white sneakers, white studio wall.
    # caption/wearing/color/pattern/description: base; details: vqa.
    case(
        "KW111-001",
        caption("a young boy in a blue t-shirt and grey pants standing in front of a white wall"),
        D.wearing("a blue t-shirt and grey pants"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.description("a navy blue t-shirt with a small logo on the chest", "unsupported"),
        D.details(
            "tee Question: What is the color of the tee? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="YK Boys Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Girl ~6, pink sleeveless fit-and-flare frock with small white flowers, white sandals, light grey backdrop.
    # caption/description: cap-e3; wearing/color/sleeve/details: base.
    case(
        "KW111-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its length is "
            "knee. The neckline of the dress is round. This lady wears a pair of sandals and her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a pink dress with flowers"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its length "
            "is knee. The",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has a bow on the back and a zipper", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Cutecumber Girls Pink Floral Print Fit and Flare Dress",
    ),
    # 3. Boy ~10, open blue-and-white checked shirt over a white tee, beige chinos, indoor.
    # caption/wearing/color/pattern/details: base; description: cap-e3; material: vqa.
    case(
        "KW111-003",
        caption("a young boy wearing a plaid shirt and khaki pants"),
        D.wearing("a blue and white plaid shirt over a white t-shirt"),
        D.color("blue"),
        D.pattern("plaid"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt", "non_answer"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Allen Solly Junior Boys Blue & White Checked Casual Shirt",
    ),
    # 4. Girl ~7, mustard kurta with a small white block print, three-quarter sleeves, white palazzos, cream wall.
    # caption/wearing/garment_type/color/pattern: base; sleeve: vqa; details: cap-e3.
    case(
        "KW111-004",
        caption("a little girl wearing a yellow printed kurta and white pants"),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Mustard",
        title="Biba Girls Mustard Yellow Printed Kurta with Palazzos",
    ),
    # 5. Packshot: boys' mid-blue jeans folded flat on white, front view only (waistband, fly, front pockets).
    # caption/wearing/garment_type/color/details: base; pattern: vqa.
    case(
        "KW111-005",
        caption("a pair of blue jeans on a white background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.pattern(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.details("the jeans have a button and a zipper on the front and two pockets on the back", "unsupported"),
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="Gini and Jony Boys Blue Regular Fit Mid-Rise Clean Look Jeans",
    ),
    # 6. Girl ~10 with a short bob, white tee, black joggers with one white side stripe, grey backdrop.
    # caption/wearing/garment_type/color/details: base; description: vqa.
    case(
        "KW111-006",
        caption("a girl in a white t-shirt and black pants"),
        D.wearing("he is wearing a white shirt and black pants", "pronoun"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.description(
            "pants Question: What is the color of the pants? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the garment", "restated"),
        gender="Girls",
        category="Joggers",
        color="Black",
        title="HRX Girls Black Joggers with Side Stripe",
    ),
    # 7. Boy ~9 in a park, white tee with a black skateboard print, olive cargo shorts with side pockets.
    # caption/garment_type/color/details: base; description: cap-e3.
    case(
        "KW111-007",
        caption("a little boy standing in the grass wearing a white t-shirt and green shorts"),
        D.garment_type("shorts"),
        D.color("green"),
        D.details("they are short", "non_answer"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="UTH by Roadster Boys Olive Green Cargo Shorts",
    ),
    # 8. Girl ~7, maroon lehenga with a gold zari border, gold-beige short-sleeve choli, dupatta, curtains behind.
    # caption/wearing/garment_type/color/details/material: base; description: cap-e3.
    case(
        "KW111-008",
        caption("a little girl in a traditional indian outfit standing in front of a curtain"),
        D.wearing("a lehenga"),
        D.garment_type("saree", "contradiction"),
        D.color("red"),
        D.description(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and it has graphic patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, "
            "gold embroidery, gold",
            "loop",
            hit_limit=True,
        ),
        D.material("the material is made of a material", "restated"),
        gender="Girls",
        category="Lehenga Choli",
        color="Maroon",
        title="Kid1 Girls Maroon & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 9. Packshot: grey melange hooded sweatshirt, kangaroo pocket, white drawstrings, flat on white.
    # caption/garment_type/color/material: base; details: vqa; description: cap-e1.
    case(
        "KW111-009",
        caption("a grey hoodie on a white background"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.details(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and it has a hooded neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment", "restated"),
        gender="Boys",
        category="Sweatshirts",
        color="Grey Melange",
        title="Marks & Spencer Boys Grey Melange Solid Hooded Sweatshirt",
    ),
    # 10. Girl ~9 on a street, light-blue washed denim jacket (flap chest pockets, buttons) over a yellow dress.
    # caption/wearing/color/pattern/details: base; garment_type: vqa; material: cap-e1.
    case(
        "KW111-010",
        caption("a little girl in a yellow dress and a denim jacket"),
        D.wearing("a denim jacket and a yellow dress"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow", "other_garment_color"),
        D.pattern("no", "non_answer"),
        D.details("the jacket has buttons and pockets on the chest"),
        D.material(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric and "
            "it has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Jackets",
        color="Blue",
        title="Pantaloons Junior Girls Blue Washed Denim Jacket",
    ),
    # 11. Boy ~5, red quilted puffer jacket with a plain hood, black pants, black beanie, studio. No title.
    # caption/wearing/color/pattern/description: base; garment_type: vqa; details: cap-e1.
    case(
        "KW111-011",
        caption("a little boy in a red jacket"),
        D.wearing("a black hat", "contradiction"),
        D.garment_type(
            "jacket Question: What is the color of the jacket? Answer: red Question: Is this a jacket? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("quilted"),
        D.description("a red jacket with a hood and a fur collar", "unsupported"),
        D.details(
            "The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. "
            "The jacket is",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex Kids",
        category="Jackets",
        color="Red",
    ),
    # 12. Boy ~6, cream mandarin-collar kurta, white pyjama, festive wall with marigold garlands.
    # caption/garment_type/color/description: base; wearing: vqa; details: cap-e3.
    case(
        "KW111-012",
        caption("a young boy in a white kurta standing in front of a decorated wall"),
        D.wearing("dress", "contradiction"),
        D.garment_type("kurta"),
        D.color("white"),
        D.description("she is wearing a white kurta and pajamas", "pronoun"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Fabindia Boys Cream-Coloured Solid Kurta with Pyjamas",
    ),
    # 13. Packshot: girls' white tee with a pink-and-purple glitter unicorn and the word "Dream", flat on grey.
    # caption/garment_type/color/pattern/material: base; details: vqa; description: cap-e3.
    case(
        "KW111-013",
        caption("a white t-shirt with a pink unicorn on it"),
        D.garment_type("t-shirt"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        D.material("100% cotton", "unsupported"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Hopscotch Girls White Unicorn Printed Pure Cotton T-shirt",
    ),
    # 14. Boy ~12 outdoors, bottle-green polo with white-tipped collar and a small embroidered logo, khaki shorts.
    # caption/garment_type/description: base; color/pattern/sleeve: cap+qa; details: cap-e3.
    case(
        "KW111-014",
        caption("a boy in a green polo shirt and khaki shorts"),
        D.garment_type("polo shirt"),
        D.color("pure color", "non_answer"),
        D.pattern("pure color"),
        D.sleeve_length("short-sleeve"),
        D.description("he is wearing a green polo shirt with a white collar and a logo on the chest"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and it has a lapel",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Green",
        title="U.S. Polo Assn. Kids Boys Green Polo Collar T-shirt",
    ),
    # 15. Girl ~8, teal sleeveless party dress (sequin bodice, tulle skirt, bow at the waist), pink balloon backdrop.
    # caption/wearing/color/sleeve/details/material: base; description: vqa.
    case(
        "KW111-015",
        caption("a little girl in a blue dress standing in front of balloons"),
        D.wearing("a blue dress"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.details("he is wearing a blue dress with a bow", "pronoun"),
        D.material("tulle"),
        gender="Girls",
        category="Dresses",
        color="Teal",
        title="Toy Balloon Kids Girls Teal Embellished Fit & Flare Party Dress",
    ),
    # 16. Packshot: charcoal joggers with ribbed cuffs and a drawstring, flat on white. No brand in the title.
    # caption: cap-e3; garment_type/color/pattern/details/material: base; description: cap-e3.
    case(
        "KW111-016",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("dark grey"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "gentleman wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants have an elastic waistband and a drawstring"),
        D.material("fabric", "non_answer"),
        gender="Boys",
        category="Track Pants",
        color="Charcoal",
        title="Boys Charcoal Grey Solid Joggers",
    ),
    # 17. Girl ~13 on a beach, light-wash denim shorts with frayed hems, pink tank top.
    # caption/wearing/garment_type/color: base; details: cap-e1.
    case(
        "KW111-017",
        caption("a girl in a pink top and denim shorts standing on a beach"),
        D.wearing("a pink tank top and denim shorts"),
        D.garment_type("shorts"),
        D.color("pink", "other_garment_color"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns and a short denim shorts. The tank top is "
            "with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Shorts",
        color="Blue",
        title="Girls Blue Washed Denim Shorts with Frayed Hem",
    ),
    # 18. Boy ~10, white long-sleeve formal shirt tucked into navy trousers, black belt, grey backdrop.
    # caption/garment_type/details/material: base; color: vqa.
    case(
        "KW111-018",
        caption("a young boy in a white shirt and blue pants"),
        D.garment_type("shirt"),
        D.color(
            "white Question: What is the color of the pants? Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        D.details("the shirt is tucked into the pants and he is wearing a belt"),
        D.material("silk", "unsupported"),
        gender="Boys",
        category="Shirts",
        color="White",
        title="Allen Solly Junior Boys White Slim Fit Solid Formal Shirt",
    ),
    # 19. Flat lay: peach kurta with gold-foil geometric print, matching sharara folded beside it, white ground.
    # caption/garment_type/color/sleeve/material: base; pattern: vqa; description: cap-e3.
    case(
        "KW111-019",
        caption("a peach colored kurta and pants on a white background"),
        D.garment_type("kurta"),
        D.color("peach"),
        D.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("three quarter"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the kurta is made of", "cut"),
        gender="Girls",
        category="Kurta Sets",
        color="Peach",
        title="Aks Kids Girls Peach-Coloured Foil Printed Kurta with Sharara",
    ),
    # 20. Boy ~11, black tee with "GAME ON" in neon green, blue jeans, graffiti wall behind.
    # caption/wearing/description: base; garment_type/details/sleeve: vqa; color: cap-e3.
    case(
        "KW111-020",
        caption("a boy standing in front of a wall with graffiti"),
        D.wearing("a black t-shirt and jeans"),
        D.garment_type("graphic tee"),
        D.color(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length(
            "short-sleeve Question: What is the length of the pants? Answer: long-length Question: What",
            "leak",
            hit_limit=True,
        ),
        D.description("a black t-shirt with the words game on in green"),
        D.details(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Boys Black Typography Printed T-shirt",
    ),
    # 21. Girl ~7 with pigtails (unisex product), yellow crew-neck sweatshirt with a small smiley patch, blue jeans,
    # white wall. No brand in the title.
    # caption/garment_type/color/description/details: base; sleeve: cap+qa (empty span).
    case(
        "KW111-021",
        caption("a little girl in a yellow sweater and jeans"),
        D.garment_type("sweater"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("", "non_answer"),
        D.description("a yellow sweatshirt with a smiley face patch and a zipper", "unsupported"),
        D.details("the sweatshirt has a smiley face on the chest"),
        gender="Unisex Kids",
        category="Sweatshirts",
        color="Yellow",
        title="Kids Yellow Solid Sweatshirt",
    ),
    # 22. Toddler girl ~2 sitting on a rug with toys, purple tiered cotton frock with frilled cap sleeves, no bow.
    # caption/wearing/color/details: base; garment_type/description: vqa; material: cap-e3.
    case(
        "KW111-022",
        caption("a baby girl sitting on the floor with toys"),
        D.wearing("a purple dress"),
        D.garment_type("skirt", "contradiction"),
        D.color("purple"),
        D.description(
            "dress Question: What is the color of the dress? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.details("the dress has ruffles on the sleeves and a bow on the front", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "length is knee. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Purple",
        title="Girls Purple Tiered Cotton A-Line Dress",
    ),
    # 23. Boy ~9, dark navy skinny jeans, red tee, red sneakers, white studio.
    # caption/garment_type/color/description: base; details: cap-e3; pattern: cap+qa (empty span).
    case(
        "KW111-023",
        caption("a little boy in a red shirt and jeans"),
        D.garment_type("jeans"),
        D.color("red", "other_garment_color"),
        D.pattern("", "non_answer"),
        D.description("she is wearing a pair of blue jeans", "pronoun"),
        D.details(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        color="Navy Blue",
        title="Boys Navy Blue Skinny Fit Stretchable Jeans",
    ),
    # 24. Girl ~6 with a pixie cut in a park, red-and-white horizontal striped short-sleeve tee, white shorts.
    # caption/wearing/garment_type/color/pattern/details: base; sleeve: vqa; description: cap-e1.
    case(
        "KW111-024",
        caption("a little girl in a red and white striped shirt"),
        D.wearing("he is wearing a red and white striped shirt", "pronoun"),
        D.garment_type("shirt"),
        D.color("red and white"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("The lady wears a short-sleeve T-shirt with striped patterns and a", "cut"),
        D.details(
            "red and white stripes red and white stripes red and white stripes red and white stripes red and white "
            "stripes red and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="Red",
        title="Girls Red & White Striped Round Neck T-shirt",
    ),
    # 25. Packshot: maroon sweatshirt with a white "BROOKLYN 86" print, crew neck, no hood, hung on a wooden wall.
    # caption/wearing/garment_type/color/details: base; description/sleeve: vqa.
    case(
        "KW111-025",
        caption("a maroon sweatshirt hanging on a wooden wall"),
        D.wearing("a sweatshirt"),
        D.color("burgundy"),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details("the sweatshirt says brooklyn 86 and has a hood", "unsupported"),
        gender="Boys",
        category="Sweatshirts",
        color="Maroon",
        title="Boys Maroon Brooklyn Printed Sweatshirt",
    ),
    # 26. Girl ~10 in snow, lavender padded jacket zipped up, white turtleneck showing at the neck, blue jeans.
    # caption/wearing/garment_type/color/pattern/description/material: base; details: cap-e3.
    case(
        "KW111-026",
        caption("a girl in a purple jacket standing in the snow"),
        D.wearing("a purple jacket and jeans"),
        D.garment_type("coat"),
        D.color("white", "other_garment_color"),
        D.pattern("unknown", "non_answer"),
        D.description("he is wearing a purple jacket", "pronoun"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Jackets",
        color="Lavender",
        title="Girls Lavender Solid Padded Jacket",
    ),
    # 27. Boy ~8, royal blue kurta with mandarin collar, printed cream-and-gold Nehru jacket over it, white churidar.
    # caption/wearing/color/details/material: base; garment_type: vqa; description: cap-e3.
    case(
        "KW111-027",
        caption("a young boy in a blue kurta and a vest"),
        D.wearing("a blue kurta and a jacket"),
        D.garment_type("vest", "contradiction"),
        D.color("blue"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve "
            "shirt with pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.details("the kurta has a mandarin collar and the jacket has buttons"),
        D.material("", "non_answer"),
        gender="Boys",
        category="Kurta Sets",
        color="Blue",
        title="Boys Blue Kurta with Churidar & Printed Nehru Jacket",
    ),
    # 28. Girl ~14 on a street, light-blue highly distressed jeans (ripped knees), white crop top.
    # caption/color/pattern/details/material: base; wearing: cap-e1; description: vqa.
    case(
        "KW111-028",
        caption("a girl in a white shirt and ripped jeans standing on a street"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The pants are "
            "with denim fabric and it has",
            "cut",
            hit_limit=True,
        ),
        D.color("light blue"),
        D.pattern("i don't know", "non_answer"),
        D.details("the jeans have holes in the knees"),
        D.description(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.material("the jeans are made of jeans", "restated"),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="Girls Blue Slim Fit Mid-Rise Highly Distressed Jeans",
    ),
    # 29. Packshot: orange cotton shorts with a white drawstring and side pockets, flat on white. No base colour.
    # caption/wearing/color/description: base; garment_type: vqa; pattern: cap+qa; details: cap-e3.
    case(
        "KW111-029",
        caption("a pair of orange shorts on a white background"),
        D.wearing("orange shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("orange"),
        D.pattern("pure color"),
        D.description("a pair of orange shorts with a drawstring and pockets"),
        D.details(
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of short length. The",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        title="Boys Orange Solid Regular Shorts",
    ),
    # 30. Packshot: girls' white long-sleeve shirt with a rounded Peter Pan collar and plain white buttons, folded on
    # grey. No title.
    # caption/color/details/description/material: base; garment_type: vqa.
    case(
        "KW111-030",
        caption("a white shirt folded on a gray surface"),
        D.garment_type(
            "blouse Question: What is the color of the blouse? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.color("white"),
        D.details("the shirt has a round collar and buttons"),
        D.description("a white shirt with a lace collar and pearl buttons", "unsupported"),
        D.material("", "non_answer"),
        gender="Girls",
        category="Shirts",
        color="White",
    ),
    # 31. Boy ~7 with longish curly hair, olive-brown-khaki camouflage tee, black shorts, white backdrop.
    # caption/wearing/garment_type/color/pattern/details: base; description: cap-e3.
    case(
        "KW111-031",
        caption("a young boy wearing a camouflage shirt and black shorts"),
        D.wearing("a little girl wearing a camouflage shirt", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("camouflage"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and it",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt is a camouflage shirt", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Olive",
        title="Boys Olive Green Camouflage Printed T-shirt",
    ),
    # 32. Flat lay: fuchsia lehenga with mirror work and a gold border, matching short-sleeve choli, green dupatta
    # folded beside, white ground.
    # caption/garment_type/color/sleeve/details/material: base; description: vqa.
    case(
        "KW111-032",
        caption("a pink and green indian dress on a white background"),
        D.garment_type("lehenga"),
        D.color("green", "other_garment_color"),
        D.sleeve_length("i don't know", "non_answer"),
        D.description(
            "skirt Question: What is the color of the skirt? Answer: pink Question: Is this a skirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.details("the lehenga has mirror work and a gold border"),
        D.material("silk and net with gold zari and hand embroidery", "unsupported"),
        gender="Girls",
        category="Lehenga Choli",
        color="Fuchsia",
        title="Girls Fuchsia Mirror Work Lehenga Choli with Dupatta",
    ),
    # 33. Boy ~12 on a football field, royal blue zip-up track jacket with white stripes down the sleeves, zipped,
    # black joggers.
    # caption/wearing/details/material: base; color: vqa; description: cap-e3.
    case(
        "KW111-033",
        caption("a boy in a blue jacket standing on a soccer field"),
        D.wearing("a blue jacket and black pants"),
        D.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper and white stripes on the sleeves"),
        D.description(
            "The gentleman wears a long-sleeve jacket with striped patterns and a long pants. The jacket is with "
            "cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material("waterproof polyester with a fleece lining", "unsupported"),
        gender="Boys",
        category="Jackets",
        color="Blue",
        title="Boys Blue & White Striped Sporty Track Jacket",
    ),
    # 34. Packshot: mint green frock with white polka dots and short puff sleeves, on a hanger against a white wall.
    # caption/wearing/garment_type/color/pattern/sleeve: base; description: cap-e3; details: vqa.
    case(
        "KW111-034",
        caption("a green dress with white polka dots hanging on a wall"),
        D.wearing("a green and white polka dot dress"),
        D.garment_type("dress"),
        D.color("mint"),
        D.pattern("polka dot"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "length is knee. The neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("Answer: dress Question: What is the color of the dress? Answer: green", "leak"),
        gender="Girls",
        category="Dresses",
        color="Green",
        title="Girls Green Polka Dot Print Puff Sleeve A-Line Dress",
    ),
    # 35. Packshot: plain grey melange round-neck tee, flat on white. No gender, no title.
    # caption/color/details/description: base; garment_type/sleeve: vqa.
    case(
        "KW111-035",
        caption("a gray t-shirt on a white background"),
        D.garment_type("tee"),
        D.color("heather grey"),
        D.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details("i don't know", "non_answer"),
        D.description("a plain grey t-shirt with a round neck"),
        category="Tshirts",
        color="Grey Melange",
    ),
    # 36. Girl ~5, mid-blue denim pinafore dress (front pocket, two buttons) over a white short-sleeve tee, red shoes.
    # caption/wearing/garment_type/color/sleeve/details/description: base.
    case(
        "KW111-036",
        caption("a little girl in a denim overall dress and a white shirt"),
        D.wearing("a denim dress and a white shirt"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short", "contradiction"),
        D.description("describe the garment", "restated"),
        D.details("the dress has a pocket on the front and two buttons"),
        gender="Girls",
        category="Dresses",
        color="Blue",
        title="Girls Blue Denim Pinafore Dress",
    ),
    # 37. Boy ~9 (unisex product), black joggers, white hoodie, grey backdrop.
    # caption/wearing/garment_type/color/description: base; details: cap-e3.
    case(
        "KW111-037",
        caption("a young boy in a white hoodie and black pants"),
        D.wearing("a white hoodie and black sweatpants"),
        D.garment_type("sweatpants"),
        D.color("white", "other_garment_color"),
        D.description(
            "black pants with black pants with black pants with black pants with black pants with black pants with "
            "black pants with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "gentleman wears a long-sleeve sweater with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex Kids",
        category="Joggers",
        color="Black",
        title="Kids Black Solid Joggers",
    ),
    # 38. Packshot: red-and-black buffalo check flannel shirt with two flap chest pockets, no hood, folded on a wooden
    # table. No title.
    # caption/garment_type/color/pattern/details/material: base; description: cap-e3.
    case(
        "KW111-038",
        caption("a red and black plaid shirt on a wooden table"),
        D.garment_type("shirt"),
        D.color("brown", "contradiction"),
        D.pattern("plaid"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has two pockets and a hood", "unsupported"),
        D.material("", "non_answer"),
        gender="Boys",
        category="Shirts",
        color="Red",
    ),
    # 39. Girl ~9 in a living room, cream sweatshirt with a pink bunny print, pink skirt.
    # caption/wearing/color/details/material: base; description: vqa.
    case(
        "KW111-039",
        caption("a little girl in a white sweater with a pink bunny on it"),
        D.wearing("a white sweater and a pink skirt"),
        D.color("pink", "other_garment_color"),
        D.description(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.details("a bunny"),
        D.material("wool", "unsupported"),
        gender="Girls",
        category="Sweatshirts",
        color="Cream",
        title="Girls Cream-Coloured Bunny Printed Sweatshirt",
    ),
    # 40. Packshot: boys' white chikankari-embroidered kurta with white pyjama, folded on a beige backdrop.
    # caption/garment_type/color/pattern/description: base; details: vqa; material: cap-e3.
    case(
        "KW111-040",
        caption("a white shirt and pants on a beige background"),
        D.garment_type("shirt", "contradiction"),
        D.color("beige", "contradiction"),
        D.pattern("embroidered"),
        D.description("a white kurta with embroidery"),
        D.details(
            "shirt Question: What is the color of the shirt? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="White",
        title="Boys White Chikankari Embroidered Kurta with Pyjamas",
    ),
    # 41. Girl ~14 on a boardwalk, coral crop tee with small white "Sunshine" text, high-waist blue jeans, sunglasses.
    # caption/wearing/color/details/material: base; description: cap-e1; sleeve: vqa.
    case(
        "KW111-041",
        caption("a girl in an orange shirt and jeans standing on a boardwalk"),
        D.wearing("sunglasses", "contradiction"),
        D.color("coral"),
        D.sleeve_length(
            "short-sleeve Question: What is the length of the pants? Answer: long-length Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and it has a round",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt says sunshine"),
        D.material("the material of the garment is the material", "restated"),
        gender="Girls",
        category="Tshirts",
        color="Coral",
        title="Girls Coral Typography Print Crop T-shirt",
    ),
    # 42. Boy ~15 with shoulder-length hair, dark navy denim jacket (buttons, two chest pockets) over a grey hoodie
    # with the hood out, black jeans, city street.
    # caption/wearing/garment_type/color/details/description: base; material: cap-e3.
    case(
        "KW111-042",
        caption("a young man in a denim jacket and a gray hoodie"),
        D.wearing("a denim jacket over a gray hoodie"),
        D.garment_type("jacket"),
        D.color("gray", "other_garment_color"),
        D.details("the jacket has buttons and two chest pockets"),
        D.description("she is wearing a denim jacket", "pronoun"),
        D.material(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric and it has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jackets",
        color="Navy Blue",
        title="Boys Navy Blue Washed Denim Jacket",
    ),
    # 43. Girl ~13 in a garden, white long-sleeve maxi dress with blue florals and a V-neck, straw hat.
    # caption: cap-e3; wearing/garment_type/color/pattern/details/description: base; sleeve: cap+qa.
    case(
        "KW111-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "length is ankle. The neckline of the dress is v-shape. There is an accessory on her head. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a straw hat", "contradiction"),
        D.garment_type("dress"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long-sleeve"),
        D.description("the garment is a garment worn by a girl", "restated"),
        D.details("the dress has flowers on it"),
        gender="Girls",
        category="Dresses",
        color="White",
        title="Girls White & Blue Floral Print Maxi Dress",
    ),
    # 44. Boy ~10 on a basketball court, olive joggers with a black drawstring, black tee, white sneakers.
    # caption/wearing/color: base; garment_type: vqa; details: cap-e3.
    case(
        "KW111-044",
        caption("a boy in a black shirt and green pants on a basketball court"),
        D.wearing("a black t-shirt and green pants"),
        D.garment_type(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Joggers",
        color="Olive",
        title="Boys Olive Green Solid Joggers",
    ),
]
