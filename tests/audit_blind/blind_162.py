"""BLIND_162 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-second session. Measured blind at 153b648: 131/142 failures found
(92.3%) and 7/145 correct texts flagged (4.8%). The writer's notes, verbatim:

Blind corpus 162: BLIP-2 OPT-2.7b outputs on 44 imagined Myntra-style marketplace products, labelled.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly
    as such a catalog is: about half women's, a third men's, the rest kids'; about a third ethnic wear), one product
    per item. Questions are the experiments' own questionnaire: "What is she/he wearing?", "What is the color of the
    <garment>?", "Describe the <garment>.", "What are the <garment> details?", the "Is this a <garment>?" yes/no
    question of the VQA data, and the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve
    length) plus its open material question. Seller columns (gender, category, color, title) come from the
    marketplace listing in the seller's own words; a few are missing (no category on one, no color on one, no title
    on two).

Which system wrote which text (named in a comment on every text)
    base     Salesforce/blip2-opt-2.7b, untuned (8-bit), greedy, `Question: ... Answer:` prompt; unprompted captions.
    cap1     leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption LoRA, epoch 1).
    cap3     leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption LoRA, epoch 3).
    vqa      leoreigoto/Data3_V3_BLIP2_VQA (VQA LoRA, 1 epoch).
    Limits: 50 new tokens for captions, 30 for answers; no end-of-answer token was trained into the adapters.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (Text/Case layout, makers,
    BLIND_QUESTIONS, TARGETS). No audit code, no other corpus, no docs. Every text was written by hand against the
    imagined photo described in the comment above its case; the only thing run was an import check of this file.

Label conventions and judgement calls
    - A label judges the text against the imagined photo and the seller's columns; one failure kind per text, the
      most salient one (a caption-template answer cut at the limit is "cut" even when it is also off-question).
    - cut: the text stops mid-phrase. hit_limit=True when it used up the 30/50 new tokens (most cuts); a few stop
      short of the limit mid-phrase and keep hit_limit=False. A loop that runs into the limit is labelled "loop"
      (hit_limit=True), not "cut".
    - loop: a word, phrase or template sentence repeated three or more times.
    - leak: the answer echoes the prompt format ("Question: ...", "Answer: ...") or runs on into the next question.
    - other_garment_color: the product (or the garment asked about) is given the color of another garment visible in
      the photo, e.g. "grey" for a white shirt worn with grey trousers; a color taken from the background, the print or
      an accessory that is no garment is "contradiction" instead.
    - contradiction: a color, garment, pattern or sleeve answer that the photo and the seller's columns contradict
      ("solid" for a printed sweatshirt, "no" to "Is this a kurta?" for a kurta, "leggings" for track pants, a kurta
      called a "dress" in a caption template).
    - unsupported: invented details not in the photo (pockets, zips, linings, logos, slogans, embroidery, fabric
      blends and comfort claims beyond what can be seen).
    - non_answer: empty, "no"/"yes" to an open question, "I don't know", "unknown", a generic word ("clothes"), or
      only the garment's name back. restated: the question's words returned as a sentence ("the shorts are shorts",
      "the garment is made of the material of the garment").
    - pronoun: he/she/man/woman/girl/lady contradicting the seller's gender (the caption adapters' "The lady" for a
      men's product; "a little girl" for a Boys product; a woman named on a lower-body crop of a men's product).
    - Correct despite looking odd: near-color synonyms (cream/white/beige, maroon/red/burgundy, charcoal/black or
      grey, teal/green, peach/orange or pink, lavender/purple, khaki/beige, mustard/yellow, olive/green); DeepFashion
      pattern words ("pure color", "lattice", "graphic"); In-shop class words for Indian garments where they fit
      (vest for a Nehru jacket, romper for a jumpsuit, tunic or salwar kameez for a kurta, skirt for a lehenga,
      sweater for a sweatshirt, pants for palazzos or leggings in a template); layered garments named alongside the
      product; backgrounds named in captions; rolled-up long sleeves answered "long"; a plausible fabric for the
      material question when the photo is consistent with it.
    - Caption-template answers (the caption adapters answering a question with their template) are correct when
      they are complete, true to the photo and touch the question; a template that invents a garment that is not
      there (pants on a flat-lay tee) is "unsupported".
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_162: list[Case] = [
    # 1. Man in a navy crew-neck short-sleeve tee, light-blue jeans, white studio background.
    case(
        "MYN-M-TS-1001",
        caption(  # cap3
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a long "
            "trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and jeans", who="he"),  # base
        color_of("t-shirt", "navy blue"),  # base
        B.pattern("solid"),  # vqa
        B.sleeve_length(  # vqa
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("it is made of 100% cotton and is very soft and comfortable to wear", "unsupported"),  # base
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Man in a white full-sleeve formal shirt with buttoned cuffs, tucked into charcoal-grey trousers, black belt,
    #    grey backdrop.
    case(
        "MYN-M-SH-1002",
        caption("a man in a white shirt and grey pants"),  # base
        color_of("shirt", "grey", "other_garment_color"),  # base: the trousers' color
        color_of("pants", "grey"),  # base
        describe(  # cap3
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short", "contradiction"),  # base: full sleeves, buttoned cuffs
        B.material("the shirt", "non_answer"),  # base
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 3. Man in mid-blue slim jeans with a plain white tee and white sneakers, full length, white background.
    case(
        "MYN-M-JN-1003",
        caption(  # cap3
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns."
        ),
        is_a("pair of jeans", "yes"),  # vqa
        color_of("jeans", "white", "other_garment_color"),  # base: the tee's color
        details(  # cap1
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),  # base
        wearing("jeans and a white t-shirt", who="he"),  # base
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 4. Man in a cream knee-length kurta with tonal self-design, white churidar, mojaris, plain beige wall.
    case(
        "MYN-M-KU-1004",
        caption("a man in a white kurta standing in front of a wall"),  # base (white for cream)
        wearing(  # cap3
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),  # base
        is_a("shirt", "yes", "contradiction"),  # vqa: says yes to every garment
        color_of("kurta", "cream"),  # base
        B.material("the kurta is made of pure cotton and has a silk lining inside", "unsupported"),  # base
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 5. Man in a black tee with a large white-and-orange "RUN THE CITY" typographic print, olive joggers.
    case(
        "MYN-M-TS-1005",
        caption(  # cap1
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),  # base
        color_of("pants", "black", "other_garment_color"),  # base: the tee's black repeated for olive joggers
        B.pattern("solid", "contradiction"),  # vqa
        details("t-shirt", "the t-shirt has a print of the words run the city on the front"),  # base
        describe(  # vqa
            "t-shirt",
            "black t-shirt with a print Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Typography Printed Round Neck T-Shirt",
    ),
    # 6. Man in a red-and-navy tartan check shirt, buttoned and worn untucked over the waistband (no belt visible),
    #    sleeves rolled to the elbow, blue jeans.
    case(
        "MYN-M-SH-1006",
        caption("a man wearing a red and blue plaid shirt and jeans with a brown leather belt", "unsupported"),  # base
        color_of("shirt", "red"),  # base
        B.pattern("lattice"),  # vqa (DeepFashion's word for checks)
        details(  # cap3
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The pants are with denim fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long"),  # base (rolled-up long sleeves)
        wearing("she is wearing a plaid shirt and jeans", "pronoun", who="he"),  # vqa
        B.material("", "non_answer"),  # vqa
        gender="Men",
        category="Shirts",
        color="Red",
        title="HIGHLANDER Men Red & Navy Blue Slim Fit Checked Casual Shirt",
    ),
    # 7. Man in charcoal track pants with a small white logo on the left thigh, black tee, studio.
    case(
        "MYN-M-TP-1007",
        caption("a man in black pants and a black shirt"),  # base (black for charcoal)
        is_a("pair of pants", "yes"),  # vqa
        color_of("pants", "grey"),  # base
        details(  # cap1
            "pants",
            "The pants are with cotton fabric and solid color patterns. The pants are with cotton fabric and solid "
            "color patterns. The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        describe(  # base: no back pocket or zip is visible
            "pants",
            "the pants have a puma logo on the left leg and a zipper pocket on the back",
            "unsupported",
        ),
        B.material("polyester"),  # base
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="Puma Men Charcoal Grey Solid Regular Fit Track Pants",
    ),
    # 8. Man in an olive hooded sweatshirt with kangaroo pocket and drawstrings, black jeans.
    case(
        "MYN-M-SW-1008",
        caption(  # cap3
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The person wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a green hoodie and black jeans", who="he"),  # base
        color_of("sweatshirt", "green"),  # base
        color_of("jeans", "green", "other_garment_color"),  # base
        details(  # vqa
            "sweatshirt",
            "hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood hood "
            "hood hood hood hood hood hood hood hood hood",
            "loop",
            hit_limit=True,
        ),
        B.material("fabric", "non_answer"),  # base
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="WROGN Men Olive Green Solid Hooded Sweatshirt",
    ),
    # 9. Man in a mid-blue washed denim jacket worn open over a white tee, black jeans, red brick wall behind.
    #    Seller category missing.
    case(
        "MYN-M-JK-1009",
        caption("a man in a denim jacket standing in front of a brick wall"),  # base
        wearing(  # cap3
            "The man is wearing a long-sleeve jacket with denim fabric and pure color patterns. The man wears a long "
            "pants.",
            who="he",
        ),
        color_of("jacket", "blue"),  # base
        color_of("shirt", "blue", "other_garment_color"),  # base: the tee under the jacket is white
        B.material(  # base
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "the details of the jacket are on the jacket", "restated"),  # base
        gender="Men",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 10. Man in a maroon pique polo with a small embroidered logo, short sleeves, beige chinos, hands in pockets.
    case(
        "MYN-M-PO-1010",
        caption("a man wearing a red polo shirt and khaki pants"),  # base (red for maroon)
        color_of("shirt", "burgundy"),  # vqa
        describe("shirt", "a maroon polo shirt with short sleeves and a logo on the chest"),  # base
        details(  # cap3
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long-sleeve", "contradiction"),  # vqa
        B.material("nothing", "non_answer"),  # base
        wearing("Question: What is he wearing? Answer: a red shirt", "leak", who="he"),  # base
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
    ),
    # 11. Man in khaki slim chinos with a light-blue denim shirt tucked in, brown loafers.
    case(
        "MYN-M-TR-1011",
        caption(  # cap1
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers "
            "are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "beige"),  # base (khaki)
        color_of("shirt", "blue"),  # base
        B.garment_type("pants"),  # vqa
        details("pants", "the details of the pants are the pants", "restated"),  # base
        wearing(  # cap3: the template's "lady" for a men's product
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long trousers.",
            "pronoun",
            who="he",
        ),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Urbano Fashion Men Khaki Slim Fit Chinos Trousers",
    ),
    # 12. Man in navy cotton shorts (plain button waistband, slant side pockets, no zips) with a white linen
    #     full-sleeve shirt tucked in, sandals, pale sand-colored backdrop.
    case(
        "MYN-M-SO-1012",
        caption("a man in a white shirt and blue shorts"),  # base
        color_of("shorts", "white", "other_garment_color"),  # base
        details("shorts", "they are short", "non_answer"),  # vqa
        is_a("pair of shorts", "yes"),  # vqa
        B.material("cotton with an elastic drawstring waist and two zip pockets", "unsupported"),  # base
        wearing(  # cap1
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a three-point shorts. The "
            "shorts are with cotton fabric and pure",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Jack & Jones Men Navy Blue Solid Regular Fit Shorts",
    ),
    # 13. Man in a mustard brocade Nehru jacket over a white kurta and white pyjama, mandarin collar.
    case(
        "MYN-M-NJ-1013",
        caption("a man in a yellow vest and white pants"),  # base (vest for Nehru jacket)
        wearing(  # vqa
            "a yellow vest over a white kurta and a yellow vest over a "
            "white kurta and a yellow vest over a white kurta "
            "and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("jacket", "no", "contradiction"),  # base
        color_of("jacket", "yellow"),  # base
        color_of("kurta", "yellow", "other_garment_color"),  # base: the kurta is white
        B.pattern("brocade"),  # base
        details(  # cap3
            "jacket",
            "The vest is with cotton fabric and its neckline is stand. The person wears a long pants. The pants are "
            "with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Vastramay Men Mustard Yellow Woven Design Nehru Jacket",
    ),
    # 14. Flat lay, no person: grey melange crew-neck tee on a white background.
    case(
        "MYN-M-TS-1014",
        caption("a grey t-shirt on a white background"),  # base
        is_a("t-shirt", "yes"),  # base
        color_of("t-shirt", "gray"),  # base
        B.pattern("melange"),  # vqa
        B.sleeve_length("short"),  # vqa
        details(  # cap3: invents pants on a flat lay
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The person wears a long pants. The pants "
            "are with denim fabric.",
            "unsupported",
        ),
        B.material(  # base
            "cotton\nQuestion: What is the color of the t-shirt? Answer: grey",
            "leak",
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Bewakoof Men Grey Melange Solid Round Neck T-shirt",
    ),
    # 15. Man in an olive slim casual shirt, untucked, beige chinos, outdoors with green trees behind.
    case(
        "MYN-M-SH-1015",
        caption("a man in a green shirt standing in front of trees"),  # base
        color_of("shirt", "olive"),  # base
        color_of("pants", "green", "other_garment_color"),  # base
        describe(  # vqa
            "shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        B.material("Question: What material is the garment made of? Answer: cotton", "leak"),  # vqa
        wearing("a green shirt and khaki pants", who="he"),  # base
        gender="Men",
        category="Shirts",
        color="Olive",
        title="The Indian Garage Co Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # 16. Lower-body crop of a man: black skinny jeans, hem of a grey tee, white sneakers.
    case(
        "MYN-M-JN-1016",
        caption(  # cap3
            "The person wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "black"),  # base
        is_a("pair of jeans", "yes"),  # vqa
        details("jeans", "the jeans are skinny fit with a button and zip fly"),  # base
        B.pattern("", "non_answer"),  # vqa
        B.material(  # cap1
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a woman in black jeans and white sneakers", "pronoun", who="he"),  # base
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Skinny Fit Stretchable Jeans",
    ),
    # 17. Man in a navy cotton kurta with mandarin collar and white pyjamas, on a carpet, carved wooden door behind.
    case(
        "MYN-M-KS-1017",
        caption("a man in a blue kurta and white pants standing in front of a door"),  # base
        wearing(  # vqa
            "a blue kurta and white pyjama Question: What is the color of the kurta? Answer: blue",
            "leak",
            who="he",
        ),
        color_of("kurta", "navy"),  # base
        color_of("pants", "blue", "other_garment_color"),  # base: the pyjamas are white
        details("kurta", "it has a mandarin collar and buttons on the front"),  # base
        B.material(  # base
            "it is made of cotton silk blend fabric which is very comfortable and breathable", "unsupported"
        ),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Sojanya Men Navy Blue & White Solid Kurta with Pyjamas",
    ),
    # 18. Woman in a pink straight kurta with a blue floral print, three-quarter sleeves, white palazzos, grey studio.
    case(
        "MYN-W-KU-1018",
        caption(  # cap3: calls the kurta a dress
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a pink and blue kurta with white pants", who="she"),  # base
        color_of("kurta", "pink"),  # base
        B.pattern("floral"),  # vqa
        details("kurta", "the kurta has a round neck and a floral print all over"),  # base
        B.material(  # cap1
            "The dress is with cotton fabric. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink & Blue Floral Printed Straight Kurta",
    ),
    # 19. Woman in a yellow kurta with a gold-embroidered yoke, yellow palazzos, white dupatta with a gold border.
    case(
        "MYN-W-KS-1019",
        caption("a woman in a yellow salwar kameez with a white dupatta"),  # base
        wearing(  # vqa
            "a yellow kurta and palazzo pants\nQuestion: What is she wearing? Answer: a yellow kurta",
            "leak",
            who="she",
        ),
        color_of("dupatta", "white"),  # base
        color_of("kurta", "white", "other_garment_color"),  # base: the dupatta's color
        details(  # cap3
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        B.material(  # vqa
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
        title="Anouk Women Yellow Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 20. Woman in a black sleeveless square-neck top tucked into blue jeans.
    case(
        "MYN-W-TO-1020",
        caption("a woman wearing a black top and jeans"),  # base
        color_of("top", "black"),  # base
        color_of("jeans", "black", "other_garment_color"),  # base
        B.sleeve_length("short-sleeve", "contradiction"),  # vqa: the top is sleeveless
        describe(  # cap3
            "top",
            "The tank top is with cotton fabric and its neckline is square. The lady wears a long pants. The pants "
            "are with denim fabric and pure color patterns.",
        ),
        wearing("he is wearing a black tank top and jeans", "pronoun", who="she"),  # vqa
        B.material("unknown", "non_answer"),  # base
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Square Neck Top",
    ),
    # 21. Woman in a maroon fit-and-flare midi dress, short puff sleeves, self-belt at the waist, pink backdrop.
    case(
        "MYN-W-DR-1021",
        caption("a woman in a red dress posing for a picture"),  # base (red for maroon)
        color_of("dress", "pink", "contradiction"),  # base: the backdrop's pink
        details(  # base
            "dress",
            "the dress has a belt at the waist and puff sleeves and a flared skirt that falls below the knee and a "
            "round neckline with a",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short-sleeve"),  # vqa
        B.material("I don't know", "non_answer"),  # base
        describe(  # cap1
            "dress",
            "The dress is with chiffon fabric and pure color patterns. It has a short-sleeve. The dress is with "
            "chiffon fabric and pure color patterns. It has a short-sleeve. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Maroon",
        title="Athena Women Maroon Solid Fit and Flare Midi Dress",
    ),
    # 22. Woman draped in a green Banarasi saree with a gold zari border and gold butis, gold blouse, gold jewellery.
    case(
        "MYN-W-SA-1022",
        caption("a woman in a green sari with gold jewelry"),  # base
        wearing(  # cap3
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. There is "
            "an accessory on her wrist. The lady wears a ring on her finger. There",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("saree", "yes"),  # base
        color_of("saree", "green"),  # base
        color_of("blouse", "gold"),  # base
        B.pattern("solid", "contradiction"),  # vqa: zari butis all over
        details(  # vqa
            "saree",
            "it has a gold border and gold border and gold border and gold border and gold border and gold border "
            "and gold border and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Mitera Green & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
    ),
    # 23. Woman in light-blue high-rise skinny jeans with a white cropped tee, white sneakers.
    case(
        "MYN-W-JN-1023",
        caption(  # cap3
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long pants. The pants "
            "are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "blue"),  # base
        color_of("t-shirt", "blue", "other_garment_color"),  # base
        is_a("pair of jeans", "yes"),  # vqa
        details("jeans", "the jeans", "non_answer"),  # vqa
        B.garment_type("leggings", "contradiction"),  # base
        B.material(  # base
            "denim. The jeans are made of stretchable denim fabric which gives a perfect fit and comfort. The jeans "
            "have a high-rise",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DressBerry Women Blue Skinny Fit High-Rise Stretchable Jeans",
    ),
    # 24. Woman in a white tee with a black "STAY WILD" slogan and a small red flower graphic, tucked into a black
    #     skirt. No pocket on the tee.
    case(
        "MYN-W-TS-1024",
        caption("a woman wearing a white t-shirt with the words stay wild"),  # base
        B.pattern("graphic"),  # vqa
        describe(  # base
            "t-shirt",
            "a white t-shirt with the words stay wild on it and a pocket on the left side",
            "unsupported",
        ),
        details(  # cap1
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and a black skirt", who="she"),  # base
        B.sleeve_length(  # vqa
            "short-sleeve\nQuestion: What is the sleeve length of the garment? Answer: short-sleeve",
            "leak",
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Tokyo Talkies Women White Typography Printed Round Neck T-shirt",
    ),
    # 25. Woman in a teal A-line kurta, long sleeves, round neck, cream leggings, white backdrop.
    case(
        "MYN-W-KU-1025",
        caption("a woman in a blue tunic and white leggings"),  # base (tunic for kurta; blue for teal)
        color_of("kurta", "green"),  # base (teal)
        is_a("kurta", "no", "contradiction"),  # vqa
        details("kurta", "the kurta details are the details of the kurta", "restated"),  # base
        B.material("rayon"),  # vqa
        wearing(  # cap3
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Blue Solid A-Line Kurta",
    ),
    # 26. Woman in black ankle-length leggings under a long white printed kurta that covers the thighs.
    case(
        "MYN-W-LG-1026",
        caption("a woman in a white top and black leggings"),  # base
        is_a("pair of leggings", "yes"),  # vqa
        color_of("leggings", "white", "other_garment_color"),  # base: the kurta's white
        B.garment_type("leggings"),  # vqa
        details("leggings", "The pants are with cotton fabric and pure color patterns."),  # cap1
        wearing(  # cap3
            "The lady is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.pattern("solid"),  # vqa
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 27. Woman in a blue A-line midi dress with white flowers, flutter sleeves, V-neck, no belt, in a garden with
    #     pink flowers behind her.
    case(
        "MYN-W-DR-1027",
        caption("a woman in a blue and white floral dress standing in a garden"),  # base
        color_of("dress", "pink", "contradiction"),  # base: the garden's flowers
        B.pattern("floral"),  # vqa
        describe(  # cap3
            "dress",
            "The dress is with chiffon fabric and floral patterns. It has a "
            "short-sleeve. The neckline of it is V-shape.",
        ),
        details("dress", "it has a v-neck and a tie belt and a slit at the back", "unsupported"),  # base
        B.garment_type("dress"),  # base
        wearing(  # base
            "she is wearing a blue and white floral dress and she is wearing a blue and white floral dress and she is "
            "wearing a blue and white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Sera Women Blue & White Floral Printed A-Line Midi Dress",
    ),
    # 28. Woman in a mustard peplum top with ruffled short sleeves, white jeans.
    case(
        "MYN-W-TO-1028",
        caption(  # cap1
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "yellow"),  # base (mustard)
        color_of("pants", "yellow", "other_garment_color"),  # base: the jeans are white
        B.garment_type("blouse"),  # vqa
        wearing("a yellow top and white jeans", who="she"),  # vqa
        B.pattern(  # vqa
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Solid Peplum Top",
    ),
    # 29. Woman in a white shirt with thin blue vertical stripes, long sleeves, half-tucked into black trousers.
    #     No chest pocket, no belt.
    case(
        "MYN-W-SH-1029",
        caption("a woman wearing a blue and white striped shirt and black pants"),  # base
        color_of("shirt", "blue and white"),  # base
        color_of("pants", "blue", "other_garment_color"),  # base: the stripes' blue
        B.pattern("striped"),  # vqa
        details(  # base
            "shirt",
            "the shirt has a collar and a button-down front and the sleeves are long and the cuffs have buttons and "
            "the shirt is tucked into",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(  # vqa
            "long-sleeve Question: What is the pattern of the garment? Answer: striped", "leak"
        ),
        wearing(  # base
            "she is wearing a blue and white striped shirt with a pocket on the chest and black pants with a belt",
            "unsupported",
            who="she",
        ),
        gender="Women",
        category="Shirts",
        color="White",
        title="Roadster Women White & Blue Regular Fit Striped Casual Shirt",
    ),
    # 30. Woman in a maroon flared Anarkali kurta with gold embroidery at the neckline, maroon trousers, maroon dupatta
    #     with a gold border.
    case(
        "MYN-W-KS-1030",
        caption("a woman in a red and gold indian outfit"),  # base
        wearing(  # cap3
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. The lady wears",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "red"),  # base (maroon)
        is_a("kurta", "yes"),  # vqa
        B.pattern("embroidered"),  # base
        B.material("yes", "non_answer"),  # vqa
        details(  # base
            "kurta",
            "the kurta has gold embroidery on the neck and a flared hem and it is worn with matching trousers and a "
            "dupatta with a gold",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Indo Era Women Maroon Embroidered Anarkali Kurta with Trousers & Dupatta",
    ),
    # 31. Woman in a red lehenga with heavy gold embroidery, red short-sleeve choli, sheer red net dupatta.
    case(
        "MYN-W-LC-1031",
        caption("a woman in a red and gold lehenga"),  # base
        color_of("lehenga", "red"),  # base
        is_a("skirt", "yes"),  # vqa (a lehenga is a skirt)
        wearing(  # base
            "she is wearing a red and gold lehenga and a red and gold lehenga and a red and gold lehenga and a red and "
            "gold lehenga and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details(  # base
            "lehenga", "the lehenga has gold embroidery and sequins and the blouse has short sleeves"
        ),
        B.sleeve_length("sleeveless", "contradiction"),  # vqa: the choli has short sleeves
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Chhabra 555 Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 32. Woman in white flared palazzos under a navy printed straight kurta, juttis.
    case(
        "MYN-W-PZ-1032",
        caption("a woman in a blue shirt and white pants"),  # base
        is_a("pair of pants", "yes"),  # base
        color_of("pants", "blue", "other_garment_color"),  # base: the kurta's navy
        B.garment_type("garment", "non_answer"),  # vqa
        details(  # vqa
            "pants",
            "the pants are long and wide and they are white and they are long and wide and they are white and they "
            "are long and wide and",
            "loop",
            hit_limit=True,
        ),
        wearing(  # cap1
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White Solid Flared Palazzos",
    ),
    # 33. Woman in a light-blue washed denim jacket (button front, flap chest pockets, side pockets, pointed collar)
    #     over a black tee, black mini skirt, studio.
    case(
        "MYN-W-JK-1033",
        caption(  # cap3
            "The lady is wearing a long-sleeve jacket with denim fabric and pure color patterns. The lady wears a "
            "short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "blue"),  # base
        color_of("shirt", "blue", "other_garment_color"),  # base: the tee is black
        is_a("jacket", "yes"),  # vqa
        wearing("a man wearing a denim jacket and a black skirt", "pronoun", who="she"),  # base
        details(  # base
            "jacket",
            "it has a button front and two flap pockets on the chest and two side pockets and a pointed collar and "
            "the cuffs have",
            "cut",
            hit_limit=True,
        ),
        B.material(  # vqa
            "denim\nQuestion: What is the color of the jacket? Answer: blue\nQuestion: What is the color of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="ONLY Women Blue Washed Denim Jacket",
    ),
    # 34. Woman in a lavender sweatshirt with a small white "NYC" print on the chest, grey joggers.
    case(
        "MYN-W-SW-1034",
        caption("a woman in a purple sweatshirt"),  # base (purple for lavender)
        color_of("sweatshirt", "purple"),  # base
        B.pattern("solid", "contradiction"),  # vqa: the seller's title and the photo say printed
        B.sleeve_length("the sleeves are the length of the sleeves", "restated"),  # base
        details(  # cap3
            "sweatshirt",
            "The sweater is with cotton fabric. It has a long-sleeve. The person wears a long pants. The pants are "
            "with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple sweatshirt and gray pants", who="she"),  # base
        B.material("Answer: cotton", "leak"),  # vqa
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="Kook N Keech Women Lavender Printed Sweatshirt",
    ),
    # 35. Woman in navy track pants with white side piping and an elastic drawstring waist, pink sports bra, gym
    #     backdrop. Seller title missing.
    case(
        "MYN-W-TP-1035",
        caption("a woman in a pink top and blue pants"),  # base
        color_of("pants", "pink", "other_garment_color"),  # base
        details(
            "pants", "the pants have white stripes on the sides and an elastic waist with a", "cut"
        ),  # base: stopped short
        B.garment_type("leggings", "contradiction"),  # vqa
        B.material("polyester"),  # base
        wearing("a pink sports bra and blue track pants", who="she"),  # base
        gender="Women",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 36. Woman in a peach tunic with a lace yoke, three-quarter sleeves, light-blue jeans. No embroidery.
    case(
        "MYN-W-TU-1036",
        caption("a woman in a pink top and jeans"),  # base (pink for peach)
        color_of("top", "orange"),  # base (peach)
        details("top", "it has lace on the neck and the sleeves are three quarter"),  # base
        B.sleeve_length("three-quarter"),  # vqa
        describe(  # cap1: stopped before the limit
            "top",
            "The shirt is with chiffon fabric and its neckline is round. The lady "
            "wears a long pants. The pants are with denim fabric and",
            "cut",
        ),
        wearing("he is wearing a pink top and blue jeans", "pronoun", who="she"),  # vqa
        B.material("cotton with chikankari embroidery", "unsupported"),  # base
        gender="Women",
        category="Tunics",
        color="Peach",
        title="Harpa Women Peach-Coloured Solid Tunic with Lace Detail",
    ),
    # 37. Woman in an olive sleeveless jumpsuit with a tie belt and side pockets, white sneakers. Seller color missing.
    case(
        "MYN-W-JS-1037",
        caption(  # cap1
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is V-shape. There is an accessory on her waist. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        is_a(  # vqa
            "jumpsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "green"),  # base
        B.garment_type("romper"),  # vqa
        details(  # base
            "jumpsuit",
            "it has a belt and pockets and a belt and pockets and a belt and pockets and a belt and pockets and a belt "
            "and pockets",
            "loop",
            hit_limit=True,
        ),
        B.material("", "non_answer"),  # base
        wearing("a green jumpsuit and white sneakers", who="she"),  # base
        gender="Women",
        category="Jumpsuit",
        title="SASSAFRAS Women Olive Green Solid Basic Jumpsuit",
    ),
    # 38. Woman in a black pleated midi skirt with a white short-sleeve blouse tucked in.
    case(
        "MYN-W-SK-1038",
        caption(  # cap1
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and pure color patterns."
        ),
        color_of("skirt", "black"),  # base
        color_of("shirt", "black", "other_garment_color"),  # base: the blouse is white
        B.pattern("pleated"),  # vqa
        details(  # vqa: answers with the caption template
            "skirt",
            "The skirt is with chiffon fabric and pure color patterns. The lady wears a short-sleeve shirt with pure "
            "color patterns. The shirt is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),  # base
        B.material("the garment is made of the material of the garment", "restated"),  # base
        gender="Women",
        category="Skirts",
        color="Black",
        title="Mast & Harbour Women Black Solid Pleated Midi Skirt",
    ),
    # 39. Woman in a cream cable-knit open cardigan over a plain navy tee, blue jeans.
    case(
        "MYN-W-CA-1039",
        caption("a woman wearing a white sweater and a blue shirt"),  # base (white for cream)
        is_a("cardigan", "yes"),  # vqa
        color_of("cardigan", "white"),  # base
        color_of("shirt", "white", "other_garment_color"),  # base: the tee is navy
        B.pattern("cable knit"),  # vqa
        details(  # cap3
            "cardigan",
            "The sweater is with wool fabric. It has a long-sleeve. The sweater is with wool fabric. It has a "
            "long-sleeve. The sweater is with wool fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer", who="she"),  # vqa
        gender="Women",
        category="Sweaters",
        color="Cream",
        title="Marks & Spencer Women Cream-Coloured Cable Knit Open Front Cardigan",
    ),
    # 40. Boy, about six, in a red tee with a green-and-yellow dinosaur print (no words), denim shorts.
    case(
        "MYN-B-TS-1040",
        caption("a little girl wearing a red t-shirt with a dinosaur on it", "pronoun"),  # base
        color_of("t-shirt", "red"),  # base
        B.pattern("graphic"),  # vqa
        wearing("a red shirt and jeans shorts", who="he"),  # base
        details(  # base
            "t-shirt", "it has a dinosaur on the front and the words dino roar and a pocket", "unsupported"
        ),
        B.material(  # vqa
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),  # vqa
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Dinosaur Printed Round Neck T-shirt",
    ),
    # 41. Girl in a pink sleeveless tulle party dress, sequinned bodice, satin bow at the waist, white shoes.
    case(
        "MYN-G-DR-1041",
        caption("a little girl in a pink dress"),  # base
        wearing(  # cap3
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. There is "
            "an accessory on her head. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "pink"),  # base
        details(  # base
            "dress",
            "the dress has a bow at the waist and sequins on the bodice and a net skirt with a satin lining and a zip "
            "at the back and",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless Question: Is this a dress? Answer: yes", "leak"),  # vqa
        is_a("dress", "yes"),  # vqa
        B.material("tulle"),  # base
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Fit & Flare Party Dress",
    ),
    # 42. Boy in a cream silk kurta with small gold buttons and white pyjamas, cream backdrop.
    case(
        "MYN-B-KS-1042",
        caption("a young boy in a white outfit"),  # base
        wearing(  # vqa
            "a white shirt and white pants Question: What is the color of the shirt? Answer: white",
            "leak",
            who="he",
        ),
        is_a("kurta", "yes"),  # base
        color_of("kurta", "beige"),  # base (cream)
        B.garment_type("shirt", "contradiction"),  # vqa
        details(  # cap1
            "kurta",
            "The shirt is with silk fabric and its neckline is stand. The shirt is with silk fabric and its neckline "
            "is stand. The shirt is with silk",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),  # base
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Aj DEZInES Boys Cream-Coloured & White Solid Kurta with Pyjamas",
    ),
    # 43. Boy in a navy tee with a grey racing-car print and grey shorts (a two-piece set).
    case(
        "MYN-B-CS-1043",
        caption("a little boy in a blue shirt and grey shorts"),  # base
        color_of("t-shirt", "blue"),  # base (navy)
        color_of("shorts", "blue", "other_garment_color"),  # base: the shorts are grey
        details("shorts", "the shorts are shorts", "restated"),  # vqa
        is_a("t-shirt", "yes"),  # vqa
        B.pattern("printed"),  # base
        wearing(  # cap3
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The person wears a three-point shorts. The shorts are with",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="H by Hamleys Boys Navy Blue & Grey Printed T-shirt with Shorts",
    ),
    # 44. Girl in a yellow short-sleeve top with black polka dots and black leggings. Seller title missing.
    case(
        "MYN-G-CS-1044",
        caption("a little girl in a yellow and black polka dot shirt"),  # base
        color_of("top", "yellow"),  # base
        color_of("leggings", "yellow", "other_garment_color"),  # base: the leggings are black
        B.pattern("dotted"),  # vqa
        wearing("a yellow top with black dots and black leggings", who="she"),  # base
        B.material("no", "non_answer"),  # vqa
        details(  # cap3: "pure color" for a polka-dot top
            "top", "The lady wears a short-sleeve shirt with pure color patterns.", "contradiction"
        ),
        gender="Girls",
        category="Clothing Set",
        color="Yellow",
    ),
]
