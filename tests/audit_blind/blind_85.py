"""BLIND_85 (44 products; outerwear and layering pieces, the default questionnaire): written blind in the eighteenth
session. Measured blind at a9092d0: 121 / 142 failures found (85.2%) and 17 / 145 correct texts flagged (11.7%). The
writer's notes, verbatim:

Blind corpus 85: BLIP-2 OPT-2.7b outputs on a Myntra-style outerwear and layering catalog.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run through enrich's default
    questionnaire (DEFAULT_QUESTIONS; one product uses the VQA data's is_a / color_of questions and BLIND_QUESTIONS'
    garment type) on imagined catalog photos of outerwear and layering pieces for men and women: jackets, blazers,
    coats, shrugs, cardigans, waistcoats / Nehru jackets and sweatshirts, mostly worn open over another garment.
    Seller columns (gender, category, color, title) come from the marketplace; some products lack some of them.

Which system wrote which text (named in the comment of every text)
    [base]  Salesforce/blip2-opt-2.7b, untuned (short answers; wrong pronoun, the inner garment's or the wall's
            color, invented details, occasional prompt-format leaks).
    [cap1]  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (DeepFashion caption template, no end token).
    [cap3]  leoreigoto/Data2_V2_Blip2_Finetune_Caption (same template for every prompt, loops, cut at the limit).
    [vqa]   leoreigoto/Data3_V3_BLIP2_VQA (In-shop class names such as "jacket/coat", yes/no, one color word; no
            end token, so it often repeats the word until the 30-token limit).

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the
    Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else of /work/main was
    opened; the only thing run was an import check of this file. Every photo is imagined and described in the
    comment above its case; every label is judged against that photo.

Label conventions and judgement calls
    - One label per text: the most salient failure. A text that repeats a clause or word until the limit is "loop"
      (hit_limit=True), not "cut"; a caption-template restart of a whole clause (four words or more) counts as a loop.
    - "cut": stopped mid-phrase. At the limit (30 new tokens for answers, 50 for captions) hit_limit=True; a few are
      cut short before the limit (hit_limit=False). A template that does answer the question but is cut is "cut".
    - A caption template returned for the color question is "non_answer" even when it is also cut (the template
      never names a hue); hit_limit is still set when it ran to the limit.
    - "non_answer": empty, "none", "i don't know", "yes" to an open question, a garment class to the sleeve question.
      "restated": the question's own words handed back ("the details of the garment are the details of the coat").
    - "other_garment_color": the product is given the color of the garment worn under it or with it (inner tee,
      trousers, dress). A color taken from the wall/background, or simply wrong, is "contradiction".
    - "contradiction" also covers a garment type, pattern or sleeve length that belongs to the inner garment or
      contradicts the seller's title/category or the photo (a waistcoat with "long" sleeves, "floral" for the dress
      under a plain shrug).
    - "unsupported": invented details not in the photo (hood, fur trim, belt, pocket square, tie) or not visible at
      all (fibre percentages, the back of the garment, lining).
    - "pronoun": he/she, man/woman opposite to the seller gender; only where gender is known.
    - "leak": the `Question: ... Answer:` format appears in the text.
    - Near-color synonyms are correct: navy / navy blue, burgundy or red for maroon, camel -> brown, cream or white
      for off-white, purple for lavender, khaki or tan for beige, pink for peach, gray/grey, brown for rust.
    - Near-type synonyms are correct: cardigan or sweater for a knit shrug, vest for a Nehru jacket or waistcoat,
      jacket/coat (the VQA class) for a coat or blazer, shirt for a corduroy shacket.
    - Texture or finish given as pattern is correct when visible: "quilted", "cable knit", "washed", "lace".
    - Self-design tonal fabric that looks plain in the photo: "solid" is correct.
    - A correct answer may name the inner layer too ("a grey blazer and a blue shirt") and a caption may name the
      wall ("in front of a pink wall"): correct when the product's own color is right.
    - Plausible fabric read from the photo (wool for an overcoat, linen for a linen blazer, cotton in a complete
      caption template) is correct; a fibre nobody can see (cashmere, 100% merino) is unsupported.
    - Product shots without a person: "a blue puffer jacket" to "What is the person wearing?" is correct; inventing
      a wearer and his other clothes is unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_85: list[Case] = [
    # 1. Man in an olive bomber jacket worn open over a white crew-neck tee, black jeans, plain grey studio wall.
    case(
        "MYN-OW-85001",
        caption("a man wearing an olive green bomber jacket and black jeans"),  # [base]
        D.wearing("a green jacket and a white t-shirt"),  # [base]
        D.garment_type("bomber jacket"),  # [base]
        D.color("white", "other_garment_color"),  # [base] the tee's color
        D.pattern("solid"),  # [base]
        D.details(  # [cap3] template restarts at the limit
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. "
            "The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 2. Woman in a navy single-breasted blazer open over a white shirt, beige trousers, white background.
    case(
        "MYN-OW-85002",
        caption(  # [cap3] complete template, ended before the limit
            "The lady wears a long-sleeve jacket with solid color patterns and long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel."
        ),
        D.wearing("a blue blazer and white shirt"),  # [base]
        D.garment_type(  # [vqa]
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.color("navy blue"),  # [base]
        D.sleeve_length("long sleeves"),  # [base]
        D.description("he is wearing a navy blue blazer with a white shirt", "pronoun"),  # [base]
        gender="Women",
        category="Blazers",
        color="Navy Blue",
        title="Mast & Harbour Women Navy Blue Solid Single-Breasted Blazer",
    ),
    # 3. Woman in a mustard longline open-front knit shrug over a black tank top, black jeans, white background.
    case(
        "MYN-OW-85003",
        caption("a woman wearing a yellow cardigan and black jeans"),  # [base] cardigan ~ knit shrug
        D.garment_type("cardigan"),  # [base] judgement: correct for an open-front knit shrug
        D.color("mustard"),  # [base]
        color_of("shirt", "black", kind="open"),  # [base] the tank under it is black: correct for that question
        D.details(  # [cap1]
            "The lady wears a long-sleeve sweater with solid color patterns and a long pants. The sweater is with "
            "knitting fabric and it has an open",
            "cut",
            hit_limit=True,
        ),
        D.wearing(  # [vqa]
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shrugs",
        color="Mustard",
        title="HERE&NOW Women Mustard Yellow Solid Open-Front Longline Shrug",
    ),
    # 4. Man in a grey melange zip-up hooded sweatshirt, unzipped over a navy tee, black joggers, street outdoors.
    case(
        "MYN-OW-85004",
        caption("a man in a grey hoodie standing on a street"),  # [base]
        D.wearing("a grey hoodie and a blue shirt"),  # [base]
        D.color("navy blue", "other_garment_color"),  # [base] the tee under the open hoodie
        D.details("it has a hood and a zipper"),  # [base]
        D.description(  # [vqa] class name repeated to the limit
            "sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, sweatshirt/hoodie, "
            "sweatshirt/",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 5. Woman in a camel knee-length double-breasted overcoat, open over a black turtleneck and black trousers,
    #    beige wall.
    case(
        "MYN-OW-85005",
        caption(  # [cap3] template restarts at the 50-token limit
            "The lady wears a long-sleeve coat with solid color patterns and long trousers. The coat is with wool "
            "fabric and its neckline is lapel. The trousers are with cotton fabric. The lady wears a long-sleeve "
            "coat with solid",
            "loop",
            hit_limit=True,
        ),
        D.garment_type(  # [cap3] answers "coat" inside the template, cut at the limit
            "The lady wears a long-sleeve coat with solid color patterns and long trousers. The coat is with wool "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),  # [base] camel brown
        color_of("pants", "black", kind="open"),  # [base]
        D.pattern("solid"),  # [base]
        D.wearing("a brown coat and black pants"),  # [base]
        D.sleeve_length("jacket/coat", "non_answer"),  # [vqa] a class name, nothing about sleeves
        gender="Women",
        category="Coats",
        color="Camel Brown",
        title="Vero Moda Women Camel Brown Solid Double-Breasted Overcoat",
    ),
    # 6. Man in a charcoal blazer with a faint windowpane check, open over a light blue shirt, navy trousers, red
    #    brick wall; no tie.
    case(
        "MYN-OW-85006",
        caption("a man in a grey suit jacket standing in front of a brick wall"),  # [base]
        D.wearing("a grey blazer and a blue shirt"),  # [base]
        D.pattern("solid", "contradiction"),  # [base] the check is visible and in the title
        D.color("blue", "other_garment_color"),  # [base] shirt / trousers
        D.description("a grey blazer with a blue shirt and a red tie", "unsupported"),  # [base] no tie
        D.details(  # [cap3]
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),  # [base]
        gender="Men",
        category="Blazers",
        color="Charcoal",
        title="Blackberrys Men Charcoal Grey Checked Slim-Fit Single-Breasted Blazer",
    ),
    # 7. Woman in an off-white cable-knit cardigan open over a pale pink camisole, light blue jeans, white background.
    case(
        "MYN-OW-85007",
        caption("a woman wearing a white sweater and jeans"),  # [base]
        D.color("cream"),  # [base] off-white
        D.pattern("cable knit"),  # [base]
        D.wearing("she is wearing a white cardigan and a pink top"),  # [base]
        D.details(  # [vqa]
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        D.description(  # [cap1]
            "The lady wears a long-sleeve sweater with solid color patterns. The sweater is with knitting fabric and "
            "its neckline is V-shape. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("100% merino wool", "unsupported"),  # [base] fibre content cannot be seen
        gender="Women",
        category="Cardigan",
        color="Off White",
        title="Marks & Spencer Women Off-White Cable Knit Open-Front Cardigan",
    ),
    # 8. Man in a black sleeveless Nehru jacket (mandarin collar, tonal self-design) over a white kurta and white
    #    pyjama, beige background.
    case(
        "MYN-OW-85008",
        caption("a man wearing a black vest and white kurta"),  # [base]
        D.garment_type("vest"),  # [base]
        D.sleeve_length("long", "contradiction"),  # [base] the kurta's sleeves; the jacket is sleeveless
        D.color("black"),  # [base]
        D.wearing("a black vest and a white shirt"),  # [base]
        D.details(  # [cap3]
            "The gentleman wears a sleeveless vest with solid color patterns. The vest is with cotton fabric and its "
            "neckline is stand. The gentleman wears a sleeveless vest",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),  # [base] tonal self-design reads plain
        gender="Men",
        category="Nehru Jackets",
        color="Black",
        title="Manyavar Men Black Self-Design Nehru Jacket",
    ),
    # 9. Woman in a mid-blue washed denim jacket open over a white graphic tee, black skirt, pink wall; back unseen.
    case(
        "MYN-OW-85009",
        caption("a woman in a denim jacket standing in front of a pink wall"),  # [base]
        D.color("pink", "contradiction"),  # [base] the wall
        D.wearing("a denim jacket and a white t-shirt"),  # [base]
        D.pattern("washed"),  # [base]
        D.material("denim"),  # [base]
        D.details(  # [base] the graphic is on the tee; the back is not in the photo
            "it has a collar and buttons on the front and a graphic print on the back", "unsupported"
        ),
        D.sleeve_length("long Question: What is the material of the garment? Answer: denim", "leak"),  # [base]
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # 10. Man in a black faux-leather biker jacket with a silver asymmetric zip, open over a grey tee, blue jeans,
    #     white background; no hood.
    case(
        "MYN-OW-85010",
        caption(  # [cap3] cut at the 50-token limit
            "The gentleman wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with "
            "leather fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. It "
            "has a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and jeans"),  # [base]
        D.color(  # [vqa]
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.details("silver zippers"),  # [base]
        D.material("leather"),  # [base] faux leather looks like leather
        D.description(  # [base] no hood
            "a black leather jacket with a grey shirt and blue jeans, the jacket has a hood", "unsupported"
        ),
        D.garment_type("biker jacket"),  # [base]
        gender="Men",
        category="Jackets",
        color="Black",
        title="Leather Retail Men Black Solid Biker Jacket",
    ),
    # 11. Woman in a black sheer lace cropped shrug with short sleeves over a red bodycon dress, grey background.
    case(
        "MYN-OW-85011",
        caption("a woman wearing a red dress and a black lace jacket"),  # [base]
        D.color("red", "other_garment_color"),  # [base] the dress
        D.pattern("lace"),  # [base]
        D.sleeve_length("short"),  # [base]
        D.wearing("he is wearing a red dress", "pronoun"),  # [base]
        D.garment_type("dress", "contradiction"),  # [vqa] the garment under the shrug
        D.description(  # [cap1]
            "The lady wears a short-sleeve dress with solid color patterns. The dress is with cotton fabric. The lady "
            "wears a short-sleeve dress with solid color patterns",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shrugs",
        color="Black",
        title="Tokyo Talkies Women Black Sheer Lace Crop Shrug",
    ),
    # 12. Man in a maroon zip-front sweatshirt (no hood) open over a white tee, beige chinos, white background; no
    #     accessories. Seller color column missing.
    case(
        "MYN-OW-85012",
        caption("a man in a maroon jacket and khaki pants"),  # [base]
        D.color("burgundy"),  # [base]
        D.wearing("a red jacket and a white shirt"),  # [base] red for maroon: color family, correct
        D.pattern("solid. Question: How long are the sleeves? Answer: long", "leak"),  # [base]
        D.details(  # [cap3]
            "The gentleman wears a long-sleeve sweater with solid color patterns. The sweater is with cotton fabric "
            "and its neckline is stand. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        title="Campus Sutra Men Maroon Solid Front-Open Sweatshirt",
    ),
    # 13. Woman in a grey-and-black checked longline coat, open, no belt, over a black sweater and black jeans,
    #     walking on a street.
    case(
        "MYN-OW-85013",
        caption("a woman in a plaid coat walking down the street"),  # [base]
        D.color("grey"),  # [base]
        D.pattern("plaid"),  # [base]
        D.description(  # [cap3]
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with wool fabric and its neckline "
            "is lapel. The lady also wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("the coat has a belt", "unsupported"),  # [base] there is no belt
        D.sleeve_length("Answer: long", "leak"),  # [base]
        D.material("i don't know", "non_answer"),  # [base]
        gender="Women",
        category="Coats",
        color="Grey",
        title="Marks & Spencer Women Grey Checked Longline Coat",
    ),
    # 14. Product shot, no person: navy quilted hooded puffer jacket, zipped, laid flat on white; plain hood, no fur.
    case(
        "MYN-OW-85014",
        caption("a navy blue puffer jacket on a white background"),  # [base]
        D.wearing("a blue puffer jacket"),  # [base] no wearer; names the garment
        D.pattern("quilted"),  # [base]
        D.details("it has a detachable fur trim on the hood", "unsupported"),  # [base]
        D.material("nylon"),  # [base]
        D.sleeve_length(  # [vqa]
            "long-sleevelong-sleevelong-sleevelong-sleevelong-sleevelong-sleevelong-sleevelong-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="WROGN Men Navy Blue Solid Puffer Jacket",
    ),
    # 15. Woman in a baby-pink blazer open over a white crop top, white trousers, white background. No title.
    case(
        "MYN-OW-85015",
        caption(  # [cap1] template repeats its last clause to the 50-token limit
            "The lady wears a long-sleeve jacket with solid color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric. The trousers are with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),  # [base] top / trousers
        D.wearing("a pink blazer and white pants"),  # [base]
        D.description("a man in a pink suit", "pronoun"),  # [base]
        D.sleeve_length("long sleeves"),  # [base]
        D.details("", "non_answer"),  # [base] empty
        gender="Women",
        category="Blazers",
        color="Pink",
    ),
    # 16. Man in a beige button-front cardigan, open, over a white shirt, dark blue jeans, light grey background.
    case(
        "MYN-OW-85016",
        caption("a man wearing a beige cardigan over a white shirt"),  # [base]
        D.garment_type("sweater"),  # [base]
        D.color("khaki"),  # [base] near beige
        D.wearing("cardigan"),  # [vqa] stopped after one word
        D.details(  # [cap3]
            "The gentleman wears a long-sleeve sweater with solid color patterns and a long pants. The sweater is "
            "with cotton fabric and it has buttons on the",
            "cut",
            hit_limit=True,
        ),
        D.description(  # [base]
            "a beige cardigan with a white shirt and a white shirt and a white shirt and a white shirt and a white "
            "shirt and a white shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("cashmere", "unsupported"),  # [base]
        D.pattern("solid Question: What material is the garment made of? Answer:", "leak"),  # [base]
        gender="Men",
        category="Cardigan",
        color="Beige",
        title="United Colors of Benetton Men Beige Solid Cardigan",
    ),
    # 17. Woman in an olive utility jacket with four flap pockets, open over a black-and-white striped tee, white
    #     jeans, park with green trees.
    case(
        "MYN-OW-85017",
        caption("a woman wearing a green jacket and white jeans in a park"),  # [base]
        D.pattern("striped", "contradiction"),  # [base] the tee's stripes; the jacket is plain
        D.color("green"),  # [base]
        D.details("four flap pockets"),  # [base]
        D.wearing("a green jacket and a striped shirt"),  # [base]
        D.description(  # [cap3]
            "The lady wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long-sleeve jacket with solid",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the color of the garment? Answer: green", "leak"),  # [base]
        gender="Women",
        category="Jackets",
        color="Olive",
        title="Vero Moda Women Olive Green Solid Utility Jacket",
    ),
    # 18. Man in a navy formal waistcoat, buttoned, over a white formal shirt, grey trousers; front view only.
    case(
        "MYN-OW-85018",
        caption("a man in a blue vest and white shirt"),  # [base]
        D.sleeve_length("sleeveless"),  # [base]
        D.wearing("she is wearing a blue vest and white shirt", "pronoun"),  # [base]
        D.color("grey", "other_garment_color"),  # [base] the trousers
        D.garment_type("waistcoat"),  # [base]
        D.details(  # [cap1] stopped mid-phrase before the limit
            "The gentleman wears a sleeveless vest with solid color patterns. The vest is with",
            "cut",
        ),
        D.material("polyester viscose blend with a satin back panel", "unsupported"),  # [base] back unseen
        gender="Men",
        category="Waistcoat",
        color="Navy Blue",
        title="Louis Philippe Men Navy Blue Solid Slim-Fit Formal Waistcoat",
    ),
    # 19. Woman in a lavender open-front hooded sweatshirt (no zip, no buttons) over a white tank, grey joggers,
    #     white background.
    case(
        "MYN-OW-85019",
        caption("a woman in a purple hoodie and grey sweatpants"),  # [base]
        D.color("purple"),  # [base]
        D.garment_type("sweatshirt/hoodie"),  # [vqa]
        D.details("it has a zipper in the front", "unsupported"),  # [base] open front, no zip
        D.description(  # [cap3]
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("Question: What is the person wearing? Answer: a purple hoodie", "leak"),  # [base]
        D.pattern("The lady wears a long-sleeve sweater with pure color patterns."),  # [cap1] states the pattern
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="DressBerry Women Lavender Solid Hooded Open-Front Sweatshirt",
    ),
    # 20. Man in a black knee-length single-breasted overcoat open over a grey crew-neck sweater, black trousers,
    #     grey studio background; a watch on his wrist.
    case(
        "MYN-OW-85020",
        caption(  # [cap3]
            "The gentleman wears a long-sleeve coat with solid color patterns and a long trousers. The coat is with "
            "wool fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),  # [base] the sweater
        D.wearing("a black coat and a grey sweater"),  # [base]
        D.garment_type("overcoat"),  # [base]
        D.sleeve_length("long"),  # [base]
        D.details("the details of the garment are the details of the coat", "restated"),  # [base]
        D.material("wool"),  # [base]
        gender="Men",
        category="Coats",
        color="Black",
        title="Allen Solly Men Black Solid Single-Breasted Overcoat",
    ),
    # 21. Woman on a beach in a white crochet shrug with three-quarter sleeves and a scalloped hem, over a plain
    #     navy sundress with small white flowers.
    case(
        "MYN-OW-85021",
        caption("a woman in a blue floral dress and a white crochet cardigan on the beach"),  # [base]
        D.color("blue", "other_garment_color"),  # [base] the dress
        D.pattern("floral", "contradiction"),  # [base] the dress's print; the shrug is crochet
        D.sleeve_length("three quarter"),  # [base]
        D.description(  # [cap1]
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady "
            "wears a short-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.material("crochet cotton"),  # [base]
        D.details("it has a scalloped hem"),  # [base]
        gender="Women",
        category="Shrugs",
        color="White",
        title="Sera Women White Crochet Open-Front Shrug",
    ),
    # 22. Man in a tan suede trucker jacket, open, over a black tee, black jeans, white background; no belt, no watch.
    #     Seller color column missing.
    case(
        "MYN-OW-85022",
        caption("a man wearing a brown suede jacket and black jeans"),  # [base]
        D.color("black", "other_garment_color"),  # [vqa] tee / jeans
        D.wearing(  # [base]
            "a brown jacket, a black shirt, black pants, black shoes, black socks, black belt, black watch, black "
            "belt, black",
            "loop",
            hit_limit=True,
        ),
        D.material("suede"),  # [base]
        D.details(  # [cap3]
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with suede fabric and "
            "it has buttons on the chest and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),  # [base]
        D.sleeve_length("no", "non_answer"),  # [base]
        gender="Men",
        category="Jackets",
        title="Roadster Men Tan Brown Suede Trucker Jacket",
    ),
    # 23. Woman in a teal button-front cardigan, open, over a white blouse, black trousers, white background.
    case(
        "MYN-OW-85023",
        caption("a woman wearing a teal cardigan over a white blouse"),  # [base]
        D.color("teal"),  # [base]
        D.wearing("he is wearing a green sweater and a white shirt", "pronoun"),  # [base]
        D.details("the garment has details on it", "restated"),  # [base]
        D.material("Answer: wool Answer: wool", "leak"),  # [base]
        D.sleeve_length("long"),  # [base]
        gender="Women",
        category="Cardigan",
        color="Teal",
        title="Marks & Spencer Women Teal Blue Solid Button-Front Cardigan",
    ),
    # 24. Man in a beige linen blazer open over a navy polo, white trousers, outdoor cafe; no pocket square.
    case(
        "MYN-OW-85024",
        caption(  # [cap3]
            "The gentleman wears a long-sleeve jacket with solid color patterns and long trousers. The jacket is "
            "with linen fabric and its neckline is lapel. The trousers are with cotton fabric. The gentleman wears "
            "a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.color("navy blue", "other_garment_color"),  # [base] the polo
        D.wearing("a tan jacket and a blue shirt and white pants"),  # [base]
        D.material("linen"),  # [base]
        D.pattern("solid"),  # [base]
        D.details("it has a pocket square", "unsupported"),  # [base]
        D.garment_type("The gentleman wears a long-sleeve jacket with", "cut"),  # [cap1] stopped before the limit
        gender="Men",
        category="Blazers",
        color="Beige",
        title="Mast & Harbour Men Beige Solid Linen Casual Blazer",
    ),
    # 25. Woman in a red cropped puffer jacket open over a black hoodie, black leggings, city street.
    case(
        "MYN-OW-85025",
        caption("a woman in a red puffer jacket standing on a city street"),  # [base]
        D.color("red"),  # [base]
        D.garment_type("hoodie", "contradiction"),  # [base] the garment under the jacket
        D.wearing(  # [cap3]
            "The lady wears a long-sleeve jacket with solid color patterns and a long leggings. The lady wears a "
            "long-sleeve jacket with solid color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),  # [vqa]
        D.sleeve_length("long"),  # [base]
        D.material("polyester Question: What is the pattern of the garment? Answer: solid", "leak"),  # [base]
        gender="Women",
        category="Jackets",
        color="Red",
        title="ONLY Women Red Solid Cropped Puffer Jacket",
    ),
    # 26. Man in a black zip-front hooded sweatshirt with a white Puma logo on the chest, open over a white tee,
    #     black shorts, white background; long sleeves.
    case(
        "MYN-OW-85026",
        caption("a man wearing a black puma hoodie and black shorts"),  # [base]
        D.pattern("printed"),  # [base]
        D.color("black and white"),  # [base] black with a white logo: correct
        D.wearing("a black hoodie Question: What is the man wearing? Answer: a black hoodie", "leak"),  # [base]
        D.description(  # [cap1]
            "The gentleman wears a long-sleeve sweater with graphic patterns and a shorts. The sweater is with cotton "
            "fabric and its neckline is hooded. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.details("the puma logo"),  # [base]
        D.sleeve_length("short", "contradiction"),  # [base] the shorts / tee, not the hoodie
        D.material("the garment is made of the material of the garment", "restated"),  # [base]
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Puma Men Black Printed Hooded Zip-Front Sweatshirt",
    ),
    # 27. Woman in a maroon cotton trench coat, belt hanging untied, open over a black dress, black boots, grey wall.
    case(
        "MYN-OW-85027",
        caption("a woman in a red trench coat"),  # [base]
        D.color("burgundy"),  # [base]
        D.wearing("a red coat and black dress"),  # [base]
        D.details("it has a belt and double-breasted buttons"),  # [base]
        D.description(  # [cap3]
            "The lady wears a long-sleeve coat with solid color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The coat is with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket/coat"),  # [vqa]
        D.sleeve_length("The lady wears a long-sleeve coat with solid color patterns and a", "cut"),  # [cap1]
        D.material("leather", "unsupported"),  # [base] matte cotton gabardine
        gender="Women",
        category="Coats",
        color="Maroon",
        title="StyleStone Women Maroon Solid Belted Trench Coat",
    ),
    # 28. Man in an olive hooded parka open over a grey tee, black jeans, white background. Every text here is the
    #     epoch-3 caption adapter, which returns the same template for every prompt.
    case(
        "MYN-OW-85028",
        caption(  # [cap3] complete
            "The gentleman wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with "
            "cotton fabric and its neckline is hooded."
        ),
        D.color(  # [cap3] template, no hue
            "The gentleman wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with "
            "cotton fabric and its neckline is hooded. The",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type(  # [cap3]
            "The gentleman wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with "
            "cotton fabric and its neckline is hooded. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern(  # [cap3]
            "The gentleman wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with "
            "cotton fabric and its neckline is hooded. The",
            "cut",
            hit_limit=True,
        ),
        D.details(  # [cap3]
            "The gentleman wears a long-sleeve jacket with pure color patterns and long pants. The jacket is with "
            "cotton fabric and its neckline is hooded. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Harvard Men Olive Green Solid Hooded Parka Jacket",
    ),
    # 29. Woman in a white single-breasted blazer open over a black top, black trousers, grey background. The VQA
    #     data's own questions, answered by the VQA adapter.
    case(
        "MYN-OW-85029",
        caption("a woman wearing a white blazer and black pants"),  # [base]
        is_a("blazer", "yes"),  # [vqa]
        is_a("dress", "yes", "contradiction"),  # [vqa]
        color_of(  # [vqa]
            "blazer",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black"),  # [vqa]
        B.garment_type("jacket/coat"),  # [vqa]
        D.wearing(  # [vqa]
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Blazers",
        color="White",
        title="Vero Moda Women White Solid Single-Breasted Blazer",
    ),
    # 30. Product shot, no person: grey tonal self-design waistcoat on an invisible mannequin, white background.
    #     Seller color column missing.
    case(
        "MYN-OW-85030",
        caption("a grey vest on a white background"),  # [base]
        D.wearing("a man wearing a grey vest and a white shirt and black pants", "unsupported"),  # [base] no wearer
        D.sleeve_length("long", "contradiction"),  # [base] sleeveless
        D.pattern("solid"),  # [base]
        D.details(  # [cap3]
            "The gentleman wears a sleeveless vest with solid color patterns. The vest is with cotton fabric. The vest "
            "is with cotton fabric. The vest is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.color("gray"),  # [base]
        D.material("the garment is made of garment material", "restated"),  # [base]
        gender="Men",
        category="Waistcoat",
        title="Peter England Men Grey Self-Design Slim-Fit Waistcoat",
    ),
    # 31. Woman in a peach longline shrug with short sleeves over a white tee, blue jeans, white background.
    case(
        "MYN-OW-85031",
        caption("a woman wearing a pink jacket and jeans"),  # [base] pink ~ peach
        D.color("white", "other_garment_color"),  # [base] the tee
        D.garment_type("shrug"),  # [base]
        D.sleeve_length("long", "contradiction"),  # [base] short sleeves; "longline" is the body length
        D.wearing("a man wearing a pink jacket", "pronoun"),  # [base]
        D.description(  # [cap1]
            "The lady wears a short-sleeve sweater with solid color patterns and a long denim pants. The sweater is "
            "with cotton fabric and it has an open",
            "cut",
            hit_limit=True,
        ),
        D.material("none", "non_answer"),  # [base]
        gender="Women",
        category="Shrugs",
        color="Peach",
        title="Tokyo Talkies Women Peach Solid Longline Shrug",
    ),
    # 32. Man in a grey herringbone overcoat open over a black turtleneck, grey trousers, dark blue backdrop; shoes
    #     out of frame.
    case(
        "MYN-OW-85032",
        caption("a man in a grey coat and black turtleneck standing in front of a blue wall"),  # [base]
        D.pattern("herringbone"),  # [base]
        D.color("blue", "contradiction"),  # [base] the backdrop
        D.wearing("a grey coat and a black sweater"),  # [base]
        D.description("a grey herringbone coat. Question: Describe the man's shoes. Answer: black", "leak"),  # [base]
        D.material("wool"),  # [base]
        D.details(  # [cap3]
            "The gentleman wears a long-sleeve coat with lattice patterns. The coat is with wool fabric and its "
            "neckline is lapel. It has a lapel. It has a lapel. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Coats",
        color="Grey",
        title="Louis Philippe Men Grey Herringbone Wool-Blend Overcoat",
    ),
    # 33. Woman in a grey melange zip-up sweatshirt, half unzipped over a pink tee, black leggings, white background.
    #     No title.
    case(
        "MYN-OW-85033",
        caption("a woman wearing a grey sweatshirt and black leggings"),  # [base]
        D.color("pink", "other_garment_color"),  # [base] the tee
        D.wearing("a grey jacket with a pink shirt"),  # [base]
        D.details(  # [vqa]
            "sweatshirt/hoodiesweatshirt/hoodiesweatshirt/hoodiesweatshirt/hoodiesweatshirt/hoodiesweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        D.description("the woman is wearing a grey jacket with a zipper and a pink shirt underneath"),  # [base]
        D.material("i'm not sure", "non_answer"),  # [base]
        D.sleeve_length(
            "long sleeves Question: What material is the garment made of? Answer: cotton", "leak"
        ),  # [base]
        gender="Women",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 34. Man in a navy blazer with a tiny white polka-dot print, open over a white shirt, navy trousers, white
    #     background.
    case(
        "MYN-OW-85034",
        caption("a man wearing a navy blue polka dot blazer and a white shirt"),  # [base]
        D.pattern("polka dot"),  # [base]
        D.color("white", "other_garment_color"),  # [base] the shirt (the dots are tiny)
        D.wearing(  # [cap3]
            "The gentleman wears a long-sleeve shirt with solid color patterns and long trousers. The shirt is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with solid",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),  # [base] the inner garment
        D.sleeve_length("full"),  # [base]
        D.details("it has a notch lapel and two buttons"),  # [base]
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Van Heusen Men Navy Blue Printed Slim-Fit Blazer",
    ),
    # 35. A woman in a black denim jacket with a white faux-fur (sherpa) collar, open over a grey hoodie, white
    #     background. Seller gender column missing.
    case(
        "MYN-OW-85035",
        caption("a woman wearing a black denim jacket with a white fur collar"),  # [base]
        D.color("black"),  # [base]
        D.wearing("a black jacket and a grey hoodie"),  # [base]
        D.details(  # [cap1]
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and its "
            "neckline is lapel. It has a fur collar and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(  # [vqa]
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.material("fur", "contradiction"),  # [base] only the collar; the title and caption say denim
        D.pattern("nothing", "non_answer"),  # [base]
        category="Jackets",
        color="Black",
        title="Kook N Keech Black Solid Faux-Fur Collar Denim Jacket",
    ),
    # 36. Man in a light blue washed denim jacket open over a white hoodie (hood out), black jeans, graffiti wall;
    #     unlined.
    case(
        "MYN-OW-85036",
        caption("a man wearing a denim jacket and a white hoodie in front of a graffiti wall"),  # [base]
        D.color("light blue"),  # [base]
        D.wearing("she is wearing a denim jacket and a white hoodie", "pronoun"),  # [base]
        D.material("denim Question: What is the color of the garment? Answer: blue Question:", "leak"),  # [base]
        D.details("it has a sheepskin lining", "unsupported"),  # [base]
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Levis Men Blue Washed Denim Trucker Jacket",
    ),
    # 37. Woman in a cardigan with horizontal stripes of cream, rust and navy, open over a white tee, blue jeans,
    #     white background.
    case(
        "MYN-OW-85037",
        caption("a woman wearing a striped cardigan and jeans"),  # [base]
        D.color("multicolor"),  # [base]
        D.pattern("striped"),  # [base]
        D.details(  # [cap3]
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. The "
            "lady wears a long-sleeve sweater with striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.description("a striped cardigan with brown, blue and white stripes"),  # [base] rust~brown, cream~white
        D.sleeve_length("the sleeves are the length of the sleeves", "restated"),  # [base]
        gender="Women",
        category="Cardigan",
        color="Multi",
        title="Mango Women Multicoloured Striped Open-Front Cardigan",
    ),
    # 38. Man in a green sweatshirt with white and navy colour-blocked sleeves, unzipped over a black tee, beige
    #     trousers, white background; a watch on his wrist.
    case(
        "MYN-OW-85038",
        caption(  # [cap3]
            "The gentleman wears a long-sleeve sweater with color block patterns and a long pants. The sweater is "
            "with cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),  # [base] the tee
        D.pattern("colorblock"),  # [base]
        D.wearing("a green jacket and black shirt"),  # [base]
        D.details("yes", "non_answer"),  # [vqa]
        D.description(  # [cap1]
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "The sweater is with cotton fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Green",
        title="Bewakoof Men Green Colourblocked Zip-Front Sweatshirt",
    ),
    # 39. Woman in a plain black long coat with ordinary buttons and no hood, open over a red sweater and blue
    #     jeans, street with parked cars. No title.
    case(
        "MYN-OW-85039",
        caption("a woman in a black coat and a red sweater walking on the street"),  # [base]
        D.color("red", "other_garment_color"),  # [base] the sweater
        D.wearing("he is wearing a black coat and a red sweater", "pronoun"),  # [base]
        D.sleeve_length("long"),  # [base]
        D.details("it has a fur-lined hood and toggle buttons", "unsupported"),  # [base]
        D.description(  # [cap3]
            "The lady wears a long-sleeve coat with pure color patterns and a long denim pants. The coat is with "
            "wool fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Coats",
        color="Black",
    ),
    # 40. Man in a rust corduroy shacket (shirt-jacket) open over a white tee, black jeans, white background.
    case(
        "MYN-OW-85040",
        caption("a man wearing an orange corduroy shirt over a white t-shirt"),  # [base]
        D.garment_type("shirt"),  # [base] a shacket: judgement, correct
        D.color("brown"),  # [base] rust
        D.pattern("corduroy Question: What is the pattern of the garment? Answer: corduroy", "leak"),  # [base]
        D.material("corduroy"),  # [base]
        D.sleeve_length("the sleeves are as long as the sleeves", "restated"),  # [base]
        D.details(  # [cap1]
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with corduroy fabric and "
            "it has a turn-down neckline and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Rust",
        title="Roadster Men Rust Orange Solid Corduroy Shacket",
    ),
    # 41. Woman in a black kimono shrug with a pink floral print, elbow-length sleeves, open over a white tank, blue
    #     denim shorts, white background.
    case(
        "MYN-OW-85041",
        caption("a woman wearing a black floral kimono and denim shorts"),  # [base]
        D.color(  # [cap3] template, no hue
            "The lady wears a short-sleeve top with floral patterns and a shorts. The top is with chiffon fabric and "
            "its neckline is V-shape. The shorts are",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern(  # [vqa]
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a kimono and shorts"),  # [base]
        D.garment_type("blouse", "contradiction"),  # [base]
        D.sleeve_length("short"),  # [base]
        gender="Women",
        category="Shrugs",
        color="Black",
        title="Mast & Harbour Women Black Printed Kimono Shrug",
    ),
    # 42. Man in a maroon velvet bandhgala blazer with gold buttons, open over a cream kurta, white churidar, palace
    #     courtyard backdrop.
    case(
        "MYN-OW-85042",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with", "cut"
        ),  # [cap1]
        D.color("cream", "other_garment_color"),  # [base] the kurta
        D.material("velvet"),  # [base]
        D.details("gold buttons Question: What is the man wearing? Answer:", "leak"),  # [base]
        D.wearing("she is wearing a red jacket and a white kurta", "pronoun"),  # [base]
        gender="Men",
        category="Blazers",
        color="Maroon",
        title="Manyavar Men Maroon Velvet Bandhgala Blazer",
    ),
    # 43. Woman in a black quilted sleeveless gilet (puffer vest) over a grey long-sleeve top, white background.
    #     Seller color and title missing.
    case(
        "MYN-OW-85043",
        caption("a woman in a black vest and grey sweater"),  # [base]
        D.sleeve_length("sleeveless"),  # [base]
        D.wearing(  # [vqa]
            "vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest "
            "vest vest vest vest vest vest vest vest vest",
            "loop",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),  # [base] the top
        D.details(  # [cap3]
            "The lady wears a sleeveless vest with solid color patterns and a long-sleeve shirt. The vest is with "
            "cotton fabric and it has a stand",
            "cut",
            hit_limit=True,
        ),
        D.description("the garment is a garment", "restated"),  # [base]
        gender="Women",
        category="Jackets",
    ),
    # 44. Man in a brown shawl-collar cardigan with two patch pockets, open over a white tee, dark jeans, wooden-panel
    #     wall.
    case(
        "MYN-OW-85044",
        caption("a man wearing a brown cardigan and a white t-shirt"),  # [base]
        D.color("chocolate brown"),  # [base]
        D.details("shawl collar and two patch pockets"),  # [base]
        D.material(  # [cap3]
            "The gentleman wears a long-sleeve sweater with solid color patterns. The sweater is with knitting "
            "fabric. The sweater is with knitting fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Cardigan",
        color="Brown",
        title="Marks & Spencer Men Brown Shawl-Collar Cardigan",
    ),
]
