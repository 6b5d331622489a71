"""BLIND_129 (44 products; the experiments re-run on a Myntra-style catalog of men's casual and formal wear):
written blind in the twentieth session. Measured blind at 13f475c: 125/140 failures found (89.3%) and 8/147 correct
texts flagged (5.4%). The writer's notes, verbatim:

Blind corpus 129: men's casual and formal wear from a Myntra-style catalog, BLIP-2 OPT-2.7b re-run.

Scenario: the original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a
Myntra-style catalog of men's wear (t-shirts, polo shirts, shirts, jeans, chinos, shorts, sweatshirts, jackets,
blazers), photographed on models who wear them with other garments, and as flat packshots on white. Each product
gets a caption and answers to enrich's default questionnaire (DEFAULT_QUESTIONS; a few products also got the VQA
data's yes/no "Is this a ...?" question or the experiments' "What is the color of the shirt?" question). Seller
columns come from the marketplace: gender ("Men"), category (Myntra article type: Tshirts, Shirts, Jeans,
Trousers, Shorts, Sweatshirts, Jackets, Blazers), color (Myntra base colour) and title; a few are missing.

Which system wrote which text (named again in the comment above each case):
- base: Salesforce/blip2-opt-2.7b, untuned. Short answers, short captions, stops on the newline; wrong pronouns,
  one color for several garments, invented details, now and then a loop in longer open answers.
- cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). DeepFashion template captions with
  no hue names ("pure color patterns", "lattice", "three-point shorts"), never stops (cut at 50 tokens for
  captions, 30 for answers), returns the caption template for every question.
- cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1). Same template, less
  collapsed; sometimes ends on its own.
- vqa: leoreigoto/Data3_V3_BLIP2_VQA. One-word In-shop style answers ("tee", "long-sleeve"), never trained to stop:
  repeats the answer, or continues with the `Question: ... Answer:` prompt it was trained on (prompt leak).
Greedy decoding, 30 new tokens for answers and 50 for captions; hit_limit=True marks a text that ran to the limit.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Text/Case layout, the makers, the questionnaires and TARGETS). I read no audit code, no other corpus, no docs; the
only thing run was an import check of this file. Every text was judged against the imagined photo described in
the comment above its case.

Label conventions and judgement calls:
- One failure kind per text, the one that best says what is wrong; a text that ran to the token limit and also
  loops is labelled loop, one that repeats the prompt is labelled leak, a caption template returned for a color
  question is labelled non_answer even when it also ran to the limit.
- cut: stops mid-phrase, usually at the limit (hit_limit=True); a few stop early mid-phrase (hit_limit=False).
  A cap1 template caption that ends on a full sentence below the limit is correct.
- Near-color synonyms are correct: burgundy for Maroon, khaki for Beige, dark grey for Charcoal, green for Olive,
  yellow for Mustard, dark blue or indigo for Navy Blue, grey for Grey Melange. Navy answered "black" is wrong.
- Patterned garments: the dominant ground color is a correct color answer (red for a red-and-black check, white
  for a white shirt with navy stripes, black for a black shirt with a white leaf print).
- A print's color given as the garment's color is a contradiction; another worn garment's (or layer's) color
  given as the product's color is other_garment_color; a wall's color given as the garment's is a contradiction.
- Layers: naming the other garments (the shirt under a blazer, the denim shirt over a tee) is correct in
  captions, wearing answers and descriptions. Answering the garment type of the outer layer for the product
  underneath is a contradiction.
- Backgrounds named in captions (grey wall, brick wall, beach, street with a yellow taxi, garden) are correct.
- Garment-type near-synonyms are correct: polo shirt for a Myntra "Tshirts" polo, pants or trousers for chinos
  and jeans, hoodie for a hooded sweatshirt, jacket for a blazer, coat for a puffer jacket, suit jacket for a blazer.
- Packshots (no person): a wearing answer that names the garment shown is correct; a caption that invents a man
  and his trousers is unsupported.
- Material: a plausible material for the garment that nothing contradicts (cotton tee, denim jeans, linen shirt,
  rayon printed shirt, nylon bomber) is correct; a material the seller's title contradicts is
  unsupported; "fabric", "unknown", "the garment" are non_answer.
- Terse but true answers ("pants" for a description, "ripped" for details, "zipper") are correct.
- "they are pants", "it is a blazer" for the details question give no detail: non_answer. Echoing the question
  or saying "the X is the X" is restated.
- Pronoun: she / her / woman / girl for a man in the photo is a pronoun failure, also where the seller's gender is
  missing.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_129: list[Case] = [
    # 1. Plain white crew-neck tee on a model, light-blue jeans, white sneakers, plain grey studio wall.
    #    All texts by base.
    case(
        "MYN-TS-30117",
        caption("a man in a white t-shirt and blue jeans standing in front of a grey wall"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.description(
            "a white t-shirt with a round neck and short sleeves. the t-shirt is made of cotton and has a regular "
            "fit. the t-shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment is made of material", "restated"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Roadster Men White Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Black tee with a large orange tiger print on the chest; model wears olive chinos. Caption by cap3, the
    #    answers by base.
    case(
        "MYN-TS-30452",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a tiger on it and green pants"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a tiger print on the front"),
        D.details("the tiger is orange and the t-shirt is orange", "contradiction"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 3. Packshot: navy crew-neck tee laid flat on white, no person. Caption by base, answers by vqa.
    case(
        "MYN-TS-30888",
        caption("a navy blue t-shirt on a white background"),
        D.wearing("tee"),
        D.garment_type(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.color("navy"),
        D.sleeve_length("short-sleeve"),
        D.description(
            "navy Question: Describe the garment. Answer: navy Question: Describe the garment. Answer: navy",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="HERE&NOW Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 4. Mustard tee on a male model with long hair tied in a bun, black jeans, red brick wall behind; the tee
    #    has no pocket. Base for all but details (cap1).
    case(
        "MYN-TS-31002",
        caption("a woman in a yellow t-shirt and black jeans standing in front of a brick wall", "pronoun"),
        D.wearing("she is wearing a yellow shirt and black pants", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("yellow"),
        D.description("a yellow t-shirt with a crew neck and a small pocket on the chest", "unsupported"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The man wears a long trousers. The "
            "trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
    ),
    # 5. White tee with navy horizontal stripes, short sleeves; model wears beige chinos. Caption by cap1 (ended on
    #    its own), answers by base.
    case(
        "MYN-TS-31240",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        D.color("white"),
        D.pattern("striped"),
        D.description("a white and blue striped t-shirt"),
        D.details(
            "the stripes are blue and the stripes are blue and the stripes are blue and the stripes are blue and "
            "the stripes are blue and the",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long", "contradiction"),
        D.material("no", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Mast & Harbour Men White & Navy Blue Striped Round Neck T-shirt",
    ),
    # 6. Maroon henley tee with a three-button placket and no pocket; model wears grey joggers. Caption,
    #    description, details, material by base; color and wearing by vqa.
    case(
        "MYN-TS-31377",
        caption("a man wearing a maroon shirt and grey sweatpants"),
        D.color("burgundy"),
        D.wearing(
            "tee Question: What is the color of the tee? Answer: red Question: What is the person wearing? Answer: tee",
            "leak",
            hit_limit=True,
        ),
        D.description("a maroon henley t-shirt with three buttons"),
        D.details("it has a button placket and a chest pocket with a zipper", "unsupported"),
        D.material("the garment", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="WROGN Men Maroon Solid Henley Neck T-shirt",
    ),
    # 7. Olive tee worn under an open, unbuttoned blue denim shirt with rolled sleeves; black jeans. All by base.
    case(
        "MYN-TS-31519",
        caption("a man wearing a denim shirt over a green t-shirt"),
        D.wearing("a denim shirt, a green t-shirt and black jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.pattern("solid"),
        D.description("a green t-shirt with a round neck"),
        D.details(
            "the t-shirt has a round neck and short sleeves and is worn under a denim shirt with the sleeves rolled "
            "up and the shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Round Neck T-shirt",
    ),
    # 8. Navy polo with white tipping on the collar, plain chest (no logo); model wears khaki chinos. Caption and
    #    details by cap3, the rest by base.
    case(
        "MYN-PL-40021",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("navy"),
        D.description(
            "a navy blue polo shirt with white tipping on the collar and a small embroidered horse logo on the chest",
            "unsupported",
        ),
        D.details(
            "The man wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
    ),
    # 9. Packshot: white polo with a small embroidered logo on the chest, on white. Caption by base, answers by vqa.
    case(
        "MYN-PL-40177",
        caption("a white polo shirt with a small logo on the chest"),
        D.garment_type(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt "
            "polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        is_a("polo shirt", "yes"),
        is_a("jacket", "yes", "contradiction"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Allen Solly Men White Solid Polo Collar T-shirt",
    ),
    # 10. Green polo with thin white horizontal stripes, green collar; model holds sunglasses on a beach, blue sky.
    #     All by base.
    case(
        "MYN-PL-40230",
        caption("a man in a green polo shirt standing on the beach"),
        D.wearing("he is wearing a green shirt and holding sunglasses"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.description("a green polo shirt with white stripes and a white collar", "unsupported"),
        D.details("yes", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Jack & Jones Men Green Striped Polo Collar T-shirt",
    ),
    # 11. Black polo, model in grey trousers, dark studio, no watch. Caption, wearing and color by cap3 (the run
    #     that used the caption adapter for everything open); garment type and pattern by base.
    case(
        "MYN-PL-40388",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his wrist. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The man wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The man wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.pattern("solid"),
        gender="Men",
        category="Tshirts",
        color="Black",
    ),
    # 12. Red polo, no logo, model in blue jeans and a brown belt. All by base.
    case(
        "MYN-PL-40412",
        caption("a man in a red polo shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.wearing("the person is wearing clothes", "restated"),
        D.sleeve_length("short"),
        D.material("unknown", "non_answer"),
        D.description("a red polo shirt with a collar and", "cut"),
        D.details("the polo shirt has a collar and a button placket and a logo on the left chest", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Louis Philippe Sport Men Red Solid Polo Collar Pure Cotton T-shirt",
    ),
    # 13. Light-blue formal shirt, spread collar, tucked into navy trousers, navy tie. All by base.
    case(
        "MYN-SH-50031",
        caption("a man in a blue shirt and tie"),
        D.wearing("a light blue shirt, navy pants and a tie"),
        D.color("navy blue", "other_garment_color"),
        D.sleeve_length("long"),
        D.description(
            "a light blue dress shirt with a spread collar and a tie, the shirt is tucked into navy blue pants and "
            "the man is wearing a",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt is tucked in"),
        D.material(
            "the shirt is made of a material that is made of a material that is made of a material that is made of "
            "a material that",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
    ),
    # 14. Red-and-black checked flannel shirt worn open over a white tee, blue jeans; the model's long hair hides
    #     most of his face. Caption by cap3, answers by base.
    case(
        "MYN-SH-50144",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("checked"),
        D.wearing("she is wearing a plaid shirt, a white t-shirt and jeans", "pronoun"),
        D.description("a red and black plaid shirt"),
        D.details(
            "the shirt is red and black and black and black and black and black and black and black and black and "
            "black and black and black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Black Checked Casual Flannel Shirt",
    ),
    # 15. White linen shirt, sleeves rolled to the elbow (a long-sleeve shirt), male model with long hair tied back,
    #     beige shorts, on a beach. All by base.
    case(
        "MYN-SH-50278",
        caption("a woman in a white shirt and shorts on the beach", "pronoun"),
        D.wearing("a white shirt and beige shorts"),
        D.color("white"),
        D.material("linen"),
        D.description("she is wearing a white linen shirt with the sleeves rolled up", "pronoun"),
        D.sleeve_length("long"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Linen Casual Shirt",
    ),
    # 16. Packshot: folded navy shirt with a small white polka-dot print. Caption by base, answers by vqa.
    case(
        "MYN-SH-50391",
        caption("a navy blue shirt with white polka dots"),
        D.garment_type("shirt"),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        D.description(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: shirt", "leak"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Regular Fit Printed Casual Shirt",
    ),
    # 17. Olive utility shirt with two flap chest pockets, worn buttoned; black jeans. Caption by cap1 (ended on its
    #     own), answers by base.
    case(
        "MYN-SH-50402",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        D.color("green"),
        D.wearing("a green shirt and black pants"),
        D.garment_type("jacket", "contradiction"),
        D.description("the garment is a garment that is worn", "restated"),
        D.details("two chest pockets with flaps"),
        D.material("the garment is made of", "cut"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Green Utility Casual Shirt",
    ),
    # 18. Pale pink formal shirt with button-down collar, one chest pocket, buttoned cuffs; charcoal trousers;
    #     bright blue wall behind. All by base.
    case(
        "MYN-SH-50533",
        caption("a man in a pink shirt standing against a blue wall"),
        D.color("blue", "contradiction"),
        D.wearing("a pink shirt and grey pants"),
        D.garment_type("shirt"),
        D.description(
            "a pink shirt with a button down collar and a chest pocket and long sleeves with buttoned cuffs and a "
            "curved hem, the shirt is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the shirt has a pocket on the left side of the shirt and a pocket on the right side of the shirt and "
            "a pocket on the left side",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
    ),
    # 19. Blue denim shirt with two chest pockets, beige chinos. Caption and details by base; the rest by vqa,
    #     including the experiments' own "What is the color of the shirt?" question (free generation).
    case(
        "MYN-SH-50687",
        caption("a man wearing a denim shirt and khaki pants"),
        D.color("blue"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        D.material(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the denim? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "shirt Question: What is the person wearing? Answer: shirt Question: What is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("the shirt has two pockets on the chest"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Flying Machine Men Blue Denim Casual Shirt",
    ),
    # 20. Short-sleeve black shirt with a white tropical leaf print; white shorts; palm-leaf backdrop. Details by
    #     cap3, the rest by base.
    case(
        "MYN-SH-50722",
        caption("a man wearing a black and white shirt with palm leaves on it"),
        D.color("black"),
        D.pattern("floral"),
        D.sleeve_length("long", "contradiction"),
        D.description("a black shirt with a tropical print and short sleeves"),
        D.wearing("he is wearing a black and white shirt and white shorts"),
        D.details(
            "The man wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("i'm not sure", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="HERE&NOW Men Black & White Tropical Printed Casual Shirt",
    ),
    # 21. Dark blue slim jeans on a model in a white tee and white sneakers. All by base.
    case(
        "MYN-JN-60011",
        caption("a man in a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.wearing("a white t-shirt and jeans"),
        D.description("a pair of dark blue skinny jeans"),
        D.details("the details of the jeans are the details of the jeans", "restated"),
        D.material("the jeans", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Navy Blue",
        title="Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 22. Packshot: light-wash jeans with knee rips, laid flat on white, no person. Caption by cap3, answers by vqa.
    case(
        "MYN-JN-60138",
        caption(
            "The man wears a long trousers. The trousers are with denim fabric and pure color patterns. The man "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. The man wears a "
            "long trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("blue"),
        D.details("ripped"),
        is_a("shorts", "yes", "contradiction"),
        D.description(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="HIGHLANDER Men Blue Slim Fit Mildly Distressed Jeans",
    ),
    # 23. Black skinny jeans on a model in a grey crew sweatshirt. All by base.
    case(
        "MYN-JN-60255",
        caption("a man in a grey sweatshirt and black jeans"),
        D.color("grey", "other_garment_color"),
        D.wearing("a grey sweatshirt and grey pants", "other_garment_color"),
        D.garment_type("jeans"),
        D.material("denim"),
        D.description("black jeans with a slim fit and a", "cut"),
        D.details("none", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="WROGN Men Black Skinny Fit Mid-Rise Jeans",
    ),
    # 24. Mid-blue faded jeans with whiskering; model wears a striped shirt tucked in, no hat. Caption by cap1
    #     (ended on its own), answers by base.
    case(
        "MYN-JN-60371",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with denim fabric and pure color patterns. He wears a hat.",
            "unsupported",
        ),
        D.details("faded jeans with a slight whiskering"),
        D.color("blue"),
        D.pattern("solid"),
        D.wearing("a striped shirt and jeans"),
        D.description("describe the jeans", "restated"),
        D.material("", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Blue",
    ),
    # 25. Grey jeans on a model with shoulder-length hair under a beanie, black leather jacket, white tee. Caption
    #     and wearing by base; the rest by vqa.
    case(
        "MYN-JN-60444",
        caption("a man in a black leather jacket and grey jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jeans"),
        is_a("jeans", "yes"),
        D.wearing("she is wearing a leather jacket, white t-shirt and jeans", "pronoun"),
        D.description(
            "jeans Question: What is the color of the jeans? Answer: black Question: What is the color of the "
            "jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Grey",
        title="Jack & Jones Men Grey Slim Fit Jeans",
    ),
    # 26. Packshot: folded dark indigo jeans, brown leather patch at the back waistband visible, on white. All by
    #     base. Seller colour missing.
    case(
        "MYN-JN-60529",
        caption("a pair of jeans on a white background"),
        D.wearing("jeans"),
        D.color("dark blue"),
        D.description(
            "a pair of dark blue jeans with a brown leather patch on the back of the jeans on the back of the jeans "
            "on the back of the",
            "loop",
            hit_limit=True,
        ),
        D.details("the jeans have a zipper fly, five pockets and a button"),
        D.material("I don't know", "non_answer"),
        gender="Men",
        category="Jeans",
        title="Mufti Men Indigo Straight Fit Jeans",
    ),
    # 27. Beige chinos; model in a navy polo tucked in, brown belt, empty hands. All by base.
    case(
        "MYN-CH-70012",
        caption("a man in a blue polo shirt and khaki pants holding a cup of coffee", "unsupported"),
        D.garment_type("shorts", "contradiction"),
        D.color("khaki"),
        D.wearing("a blue shirt and khaki pants"),
        D.details(
            "the pants are khaki and have a slim fit with a flat front and two side pockets and two back pockets "
            "with a button on the",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "the pants are made of cotton and polyester and spandex and polyester and spandex and polyester and "
            "spandex and polyester and spandex",
            "loop",
            hit_limit=True,
        ),
        D.description("the garment is a garment", "restated"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Mast & Harbour Men Beige Slim Fit Chinos",
    ),
    # 28. Olive chinos; model in an untucked white shirt, white sneakers, beige backdrop. Caption and details by
    #     cap3, the rest by base.
    case(
        "MYN-CH-70135",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers"),
        D.pattern("solid"),
        D.wearing("a white shirt and green pants"),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="Roadster Men Olive Green Regular Fit Solid Chinos",
    ),
    # 29. Packshot: navy chinos folded on white. Caption by base (stopped early), answers by vqa.
    case(
        "MYN-CH-70248",
        caption("a pair of navy blue pants on a", "cut"),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.material("cotton"),
        D.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        D.description("Answer: navy blue pants", "leak"),
        gender="Men",
        category="Trousers",
        color="Navy Blue",
        title="Louis Philippe Sport Men Navy Blue Slim Fit Solid Chinos",
    ),
    # 30. Charcoal grey chinos; model in a light pink shirt, brown loafers. All by base.
    case(
        "MYN-CH-70391",
        caption("a man in a pink shirt and grey pants"),
        D.color("dark grey"),
        D.wearing("he is wearing a pink shirt and gray pants"),
        D.description("the pants are pink", "other_garment_color"),
        D.details("they are pants", "non_answer"),
        D.material("wool", "unsupported"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Blackberrys Men Charcoal Grey Slim Fit Cotton Chinos",
    ),
    # 31. Khaki cargo shorts with side pockets; model in a black tee. All by base.
    case(
        "MYN-SR-80017",
        caption("a man in a black t-shirt and khaki shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        D.description("khaki cargo shorts with pockets on the sides"),
        D.wearing("a black shirt and shorts"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="HIGHLANDER Men Khaki Solid Cargo Shorts",
    ),
    # 32. Light-blue denim shorts with frayed hems (no back zipper); model in a white short-sleeve shirt, a watch
    #     on his wrist, sea behind. Caption and description by cap3, the rest by base. Seller title missing.
    case(
        "MYN-SR-80129",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is lapel. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist."
        ),
        D.color("blue"),
        D.material("denim"),
        D.details("the shorts have frayed hem and a zipper on the back", "unsupported"),
        D.wearing("a white shirt and denim shorts"),
        D.description(
            "The man wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shorts are "
            "with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Blue",
    ),
    # 33. Packshot: black running shorts with a white side stripe, on white. Caption by base, answers by vqa.
    case(
        "MYN-SR-80244",
        caption("a pair of black shorts with white stripes"),
        D.garment_type("shorts"),
        D.color("black"),
        D.pattern(
            "Question: What is the pattern of the garment? Answer: stripe Question: What is the pattern of the "
            "garment? Answer: stripe",
            "leak",
            hit_limit=True,
        ),
        D.material("polyester"),
        D.description("", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Running Sports Shorts",
    ),
    # 34. Olive checked shorts with a drawstring waist; male model in a grey tee. All by base. Seller gender missing.
    case(
        "MYN-SR-80356",
        caption("a man wearing a grey t-shirt and green plaid shorts"),
        D.color("grey", "other_garment_color"),
        D.pattern("checked"),
        D.wearing("she is wearing a grey shirt and shorts", "pronoun"),
        D.description("green plaid shorts"),
        D.details(
            "the shorts have a drawstring waist and a pocket on the back and a pocket on the side and a pocket on "
            "the back and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        D.material("what material is the garment made of?", "restated"),
        category="Shorts",
        color="Olive",
        title="Roadster Men Olive Checked Regular Fit Shorts",
    ),
    # 35. Grey melange pullover hoodie with drawstrings and a kangaroo pocket (no zip); black joggers. All by base.
    case(
        "MYN-SW-90018",
        caption("a man in a grey hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.details("a hood with drawstrings, a front pocket and a zipper", "unsupported"),
        D.material("cotton"),
        D.wearing("a grey hoodie and black", "cut"),
        D.description(
            "a grey hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood "
            "and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
    ),
    # 36. Navy crew sweatshirt with "BROOKLYN" printed in white on the chest, plain navy sleeves; young man with
    #     long curly hair, blue jeans. Caption by cap3, answers by base.
    case(
        "MYN-SW-90133",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns and a long trousers. The sweater is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.pattern("solid", "contradiction"),
        D.garment_type("sweatshirt"),
        D.description("a navy sweatshirt with the word brooklyn on it"),
        D.details(
            "the word brooklyn is printed on the front in white letters and the sleeves have a red stripe",
            "unsupported",
        ),
        D.wearing("a girl in a navy sweatshirt and jeans", "pronoun"),
        D.material("the sweatshirt is made of the material of the sweatshirt", "restated"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Sweatshirt",
    ),
    # 37. Packshot: black zip-front hoodie on white. Caption by base, answers by vqa.
    case(
        "MYN-SW-90247",
        caption("a black hoodie on a white background"),
        D.garment_type("hoodie"),
        D.color(
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("Question: How long are the sleeves? Answer: long", "leak"),
        is_a("t-shirt", "yes", "contradiction"),
        D.wearing(
            "Answer: hoodie Question: What is the person wearing? Answer: hoodie Question: What is the person "
            "wearing? Answer: hoodie",
            "leak",
            hit_limit=True,
        ),
        D.details("zipper"),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Puma Men Black Solid Hooded Zip-Front Sweatshirt",
    ),
    # 38. Maroon crew sweatshirt over a white shirt whose collar shows; male model with long hair, black jeans.
    #     All by base.
    case(
        "MYN-SW-90360",
        caption("a woman in a red sweater and black jeans", "pronoun"),
        D.wearing("a maroon sweatshirt over a white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.description("a maroon crew neck sweatshirt"),
        D.material("the garment is made of material", "restated"),
        D.details("he is wearing it with a white shirt underneath"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Mast & Harbour Men Maroon Solid Sweatshirt",
    ),
    # 39. Blue denim jacket (two chest pockets, metal buttons) over a white hoodie, black jeans. Caption by cap1,
    #     answers by base.
    case(
        "MYN-JK-10021",
        caption(
            "The man wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. The "
            "man wears a long trousers. The trousers are with denim fabric and pure color patterns. This man wears",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.wearing("a denim jacket, a white hoodie and black jeans"),
        D.material("denim"),
        D.details("the jacket has two chest pockets and metal buttons"),
        D.description("the jacket is a jacket", "restated"),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Solid Denim Jacket",
    ),
    # 40. Olive bomber jacket with ribbed cuffs and a zip, no hood; black tee, grey jeans; city street with a
    #     yellow taxi behind. All by base.
    case(
        "MYN-JK-10136",
        caption("a man in a green bomber jacket standing on a street with a yellow taxi"),
        D.color("green"),
        D.garment_type("jacket"),
        D.description("a green bomber jacket with ribbed cuffs and a zipper"),
        D.details("the jacket has a hood", "unsupported"),
        D.material("fabric", "non_answer"),
        D.wearing(
            "a green jacket, a black t-shirt and grey jeans and a green jacket, a black t-shirt and grey jeans and "
            "a green",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="WROGN Men Olive Green Solid Bomber Jacket",
    ),
    # 41. Packshot: black padded puffer jacket with a stand collar, on white, no person. Caption by cap3 (ended on
    #     its own), answers by vqa.
    case(
        "MYN-JK-10247",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is stand. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        D.garment_type("coat"),
        D.color("black"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="HERE&NOW Men Black Solid Padded Puffer Jacket",
    ),
    # 42. Navy single-breasted two-button blazer, notch lapels, flap pockets, no pocket square, over a white shirt;
    #     grey trousers; slim clean-shaven male model with shoulder-length hair. All by base.
    case(
        "MYN-BZ-11018",
        caption("a man in a navy blue suit jacket and white shirt"),
        D.garment_type("blazer"),
        D.color("white", "other_garment_color"),
        D.wearing("she is wearing a blue blazer, a white shirt and grey pants", "pronoun"),
        D.description("a navy blue blazer with two buttons and a pocket square", "unsupported"),
        D.details("notch lapels and two flap pockets"),
        D.sleeve_length("short", "contradiction"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Louis Philippe Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
    ),
    # 43. Grey Prince-of-Wales check blazer over a black turtleneck, black trousers. Caption and description by
    #     cap3, the rest by base.
    case(
        "MYN-BZ-11129",
        caption(
            "The man wears a long-sleeve suit with lattice patterns and a long trousers. The suit is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. The man "
            "wears",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        D.wearing("a grey jacket, a black turtleneck and black pants"),
        D.garment_type("jacket"),
        D.description(
            "The man wears a long-sleeve suit with lattice patterns and a long trousers. The suit is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a blazer", "non_answer"),
        gender="Men",
        category="Blazers",
        color="Grey",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Blazer",
    ),
    # 44. Beige linen single-breasted blazer with tonal buttons over a light-blue shirt, white trousers, in a
    #     garden. Caption, description, details and material by base; the rest by vqa. Seller gender and title
    #     missing.
    case(
        "MYN-BZ-11240",
        caption("a man in a beige jacket and white pants standing in a garden"),
        D.color("beige"),
        D.garment_type("blazer"),
        D.pattern("yes", "non_answer"),
        D.wearing(
            "jacket Question: What is the color of the jacket? Answer: beige Question: What is the color of the "
            "pants? Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "a beige blazer with a light blue shirt underneath and white pants and brown shoes and a brown belt and "
            "a watch on",
            "cut",
            hit_limit=True,
        ),
        D.material("linen"),
        D.details("the blazer is double breasted with gold buttons", "unsupported"),
        category="Blazers",
        color="Beige",
    ),
]
