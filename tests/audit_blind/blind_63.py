"""BLIND_63 (44 products; the experiments re-run on Myntra-style men's winterwear and ethnic wear, the experiments'
questionnaire): written blind in the seventeenth session. Measured blind at 638a09f: 121/142 and 18/145. The
writer's notes, verbatim:

Blind corpus 63: men's winterwear and ethnic wear on a Myntra-style catalog.

Scenario
    The original experiments' models re-run on a Myntra-style catalog of men's winterwear and ethnic wear:
    sweaters, cardigans, sweatshirts and hoodies, puffer and bomber jackets, blazers, kurtas, kurta sets, nehru
    jackets and shawls, often layered (a nehru jacket over a kurta, a jacket over a sweater, a shawl over a kurta).
    Most photos are model shots on plain studio backdrops; some are street, garden or wedding-venue shots; some are
    product shots with no person (flat-lays, ghost mannequins, a folded shawl on a table). The questionnaire is the
    experiments' own: a caption, then the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve
    length) and the open material question, plus "Is this a {garment}?" yes/no questions (is_a) and
    "What is the color of the {garment}?" questions (color_of) as the experiments asked them. Catalog columns are
    the marketplace seller's: gender, category (Myntra article type), color (Myntra base colour) and title; a few
    products lack color or title.

Which system wrote which text (named per text in the comment above each case)
    - base: untuned Salesforce/blip2-opt-2.7b. Captions with no prompt, answers with `Question: ... Answer:`.
      It mostly stops on a newline, so its texts are short (one long material answer runs to the limit, and two
      captions stop mid-phrase early); it is the source of most correct texts, and of the one-color-for-every-
      garment answers, wrong pronouns, wrong garment names and invented details.
    - cap1 / cap3: the caption adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      Data2_V2_Blip2_Finetune_Caption, epoch 3). They write the DeepFashion-MultiModal template ("The gentleman
      wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric...") whatever the
      prompt, and never stop: they run to the limit (50 tokens for captions, 30 for answers), cut mid-phrase or
      looping over the template's sentences.
    - vqa: the VQA adapter (Data3_V3_BLIP2_VQA). Its first words are usually a right-looking short answer, then,
      with no end-of-answer token trained, it repeats the answer, or carries on with the prompt format
      ("Question: ... Answer: ...") until the 30-token limit; two of its leaks stop early. When its answer maps
      to a closed candidate, only the candidate is stored (a clean short answer).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else of the
    repository was opened or searched; the only thing run was an import check of this file. Every photo is
    imagined and described in the comment above its case; every label is judged against that photo.

Label conventions and judgement calls
    - One label per text: the failure a reviewer would name first. A template or loop that runs to the limit is
      "loop" when a phrase or sentence repeats, otherwise "cut" (hit_limit=True). A few texts stop mid-phrase
      before the limit (hit_limit=False) and are still "cut".
    - A VQA answer that goes on with "Question: ... Answer: ..." is "leak" even when it also hit the limit.
    - "other_garment_color": a product color answer (the closed color question, or color_of the product's own
      garment) that gives the color of the layer under or over it, or of the bottoms. A color question about a
      second garment (pants, kurta under a jacket) answered with the product's color, the "one color for every
      garment" failure, is "contradiction".
    - "contradiction": wrong garment type, wrong yes/no, wrong sleeve length or pattern for the product, a color
      the seller and the photo contradict, and sleeve lengths read off the under-layer (the kurta's long sleeves
      for a sleeveless nehru jacket).
    - Near-color synonyms are correct: charcoal/grey, maroon/burgundy/red, olive/green, mustard/yellow,
      teal/blue, cream or off-white/white, tan/brown, navy/blue.
    - Garment synonyms judged correct: vest or waistcoat for a nehru jacket, scarf for a shawl, coat or parka for
      a puffer, pullover for a sweater, tuxedo for a tuxedo blazer, "sweater" for a cardigan or sweater vest,
      "jacket" for a blazer or nehru jacket. Judged wrong (contradiction): "shirt" or "dress" for a kurta,
      "suit" for a lone blazer, "blanket" for a shawl, "shawl" for a shawl-collar cardigan, "coat" for a sweater
      worn under a coat.
    - A kurta set's "Is this a jacket?" is "yes" when the set includes a nehru jacket.
    - Captions that name a background color (wall, sofa, table) or another garment of the outfit correctly are
      correct; layers named in the right order are correct.
    - Material answers are judged against what the photo shows (knit, sheen, quilting, velvet pile) and the
      seller's title; a material the title contradicts ("silk" for a "Pure Cotton" kurta) is "contradiction";
      details that cannot be seen or are not there (a lining, a fur hood, pockets, a hood) are "unsupported".
    - Sleeve answers for a product with no sleeves and no person (a folded shawl) are "unsupported"; read off a
      kurta under the shawl they are "contradiction".
    - Vague or empty answers ("", "clothing", "a shiny material", a garment named for the pattern question) are
      "non_answer"; answers that only turn the question's words back ("the material of the garment") are
      "restated".
    - A caption adapter's template given as the answer to any question (even "Is this a shawl?") is labelled by
      how it ends ("cut" or "loop"), not as a non-answer; its "lady" and invented wearer on a flat-lay are left
      to that label.
    - "pronoun": "woman", "she", "her" for the men's catalog (all products are men's). The base model
      does it for long-haired men in kurtas and shawls.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a

T, C, P, S, M = B.garment_type, B.color, B.pattern, B.sleeve_length, B.material

BLIND_63: list[Case] = [
    # 1. Model shot: navy crew-neck pullover, white chinos, plain grey studio wall; no watch, hands in pockets.
    # caption base (invented watch); type base; color base; sleeve vqa (loop); color_of pants base;
    # material cap3 (cut at the limit)
    case(
        "MYN-SW-21001",
        caption(
            "a man wearing a navy blue sweater and white pants and a watch standing in front of a grey wall",
            "unsupported",
        ),
        T("sweater"),
        C("navy blue"),
        S(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve "
            "long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white", kind="open"),
        M(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Sweaters",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Pullover Sweater",
    ),
    # 2. Flat-lay, no person: charcoal cable-knit pullover on a white background.
    # caption base; color base; pattern base; sleeve base (restated); material vqa (loop); type cap1 (cut)
    case(
        "MYN-SW-21002",
        caption("a grey knitted sweater on a white background"),
        C("grey"),
        P("cable knit"),
        S("the sleeve length", "restated"),
        M(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        T(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The lower",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Sweaters",
        color="Charcoal",
        title="HERE&NOW Men Charcoal Cable Knit Pullover",
    ),
    # 3. Model shot: olive hooded sweatshirt with a white "BROOKLYN" print on the chest, black joggers.
    # caption cap3 (cut); type base; color base; pattern base; color_of sweatshirt vqa (the joggers' black)
    case(
        "MYN-SS-21003",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        T("hoodie"),
        C("green"),
        P("graphic"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        gender="men",
        category="Sweatshirts",
        color="Olive",
        title="Roadster Men Olive Green Printed Hooded Sweatshirt",
    ),
    # 4. Model shot: black hooded puffer jacket zipped up, blue jeans, white backdrop.
    # caption base; type base; color vqa (loop); pattern base; sleeve base; color_of jeans base (the jacket's
    # black: one color for every garment); material cap1 (cut)
    case(
        "MYN-JK-21004",
        caption("a man in a black puffer jacket and blue jeans"),
        T("jacket"),
        C(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        P("quilted"),
        S("long"),
        color_of("jeans", "black", "contradiction", kind="open"),
        M(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Jackets",
        color="Black",
        title="Puma Men Black Solid Padded Puffer Jacket",
    ),
    # 5. Street shot: olive bomber jacket open over a white crew tee, khaki chinos.
    # caption base (layer + street); color base (the tee's white); is_a base; type vqa (loop); sleeve base;
    # pattern base (restated)
    case(
        "MYN-JK-21005",
        caption("a man wearing an olive green bomber jacket over a white t-shirt on a city street"),
        C("white", "other_garment_color"),
        is_a("jacket", "yes"),
        T(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        S("long sleeves"),
        P("the pattern of the garment", "restated"),
        gender="men",
        category="Jackets",
        color="Olive",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
    ),
    # 6. Model shot: navy single-breasted blazer over a light blue shirt, grey trousers (not a suit).
    # caption cap3 (cut); type base ("suit"); color base; color_of shirt base; is_a base; pattern base
    # (garment named, no pattern); material vqa (leak)
    case(
        "MYN-BZ-21006",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lower clothing is of long length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        T("suit", "contradiction"),
        C("navy"),
        color_of("shirt", "light blue", kind="open"),
        is_a("blazer", "yes"),
        P("blazer", "non_answer"),
        M(
            "wool. Question: What is the color of the blazer? Answer: navy. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Blazers",
        color="Navy Blue",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Blazer",
    ),
    # 7. Long-haired man against a beige wall: white chikankari-embroidered straight kurta, white pyjama.
    # caption base (pronoun); type base; color base; pattern base; sleeve vqa (loop); material base ("silk" vs
    # the title's Pure Cotton)
    case(
        "MYN-KU-21007",
        caption("a woman in a white kurta standing in front of a beige wall", "pronoun"),
        T("kurta"),
        C("white"),
        P("embroidered"),
        S(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        M("silk", "contradiction"),
        gender="men",
        category="Kurtas",
        color="White",
        title="Anouk Men White Chikankari Embroidered Pure Cotton Straight Kurta",
    ),
    # 8. Festive shot, long-haired man: maroon tone-on-tone paisley jacquard kurta, cream churidar.
    # caption base (pronoun); type base; color base; color_of pants base; material cap1 (cut); is_a dress vqa
    # (leak)
    case(
        "MYN-KS-21008",
        caption("a woman wearing a maroon kurta and white pants", "pronoun"),
        T("kurta"),
        C("burgundy"),
        color_of("pants", "cream", kind="open"),
        M(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "no. Question: Is this a dress? Answer: no. Question: Is this a kurta? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Maroon",
        title="Manyavar Men Maroon Self Design Kurta with Churidar",
    ),
    # 9. Model shot: navy sleeveless nehru jacket (mandarin collar) over a white kurta, white pyjama.
    # caption base; color base (the kurta's white); color_of jacket base; sleeve base (the kurta's sleeves);
    # is_a vest base; type vqa (loop); material cap1 (cut)
    case(
        "MYN-NJ-21009",
        caption("a man wearing a blue vest over a white kurta"),
        C("white", "other_garment_color"),
        color_of("jacket", "navy blue", kind="open"),
        S("long sleeves", "contradiction"),
        is_a("vest", "yes"),
        T(
            "vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest "
            "vest vest vest vest vest vest vest vest vest vest",
            "loop",
            hit_limit=True,
        ),
        M(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It "
            "has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
    ),
    # 10. Model shot: mustard nehru jacket with small woven floral buttis, over a cream kurta.
    # caption base (stopped mid-phrase before the limit); color base (the kurta's cream); pattern base; is_a
    # base; color_of vest vqa (loop); sleeve base; material base (says nothing)
    case(
        "MYN-NJ-21010",
        caption("a man wearing a yellow vest over a", "cut"),
        C("cream", "other_garment_color"),
        P("floral"),
        is_a("jacket", "yes"),
        color_of(
            "vest",
            "yellow and white yellow and white yellow and white yellow and white yellow and white yellow and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        S("sleeveless"),
        M("it is made of fabric", "non_answer"),
        gender="men",
        category="Nehru Jackets",
        color="Mustard",
        title="Vastramay Men Mustard Woven Design Nehru Jacket",
    ),
    # 11. Product shot, no person: beige wool shawl with a brown paisley border, folded on a wooden table.
    # caption base; type base ("scarf"); color base; pattern base; sleeve vqa (invented sleeves); is_a shawl
    # cap3 (the template, cut)
    case(
        "MYN-SH-21011",
        caption("a beige shawl with a brown paisley border on a wooden table"),
        T("scarf"),
        C("beige"),
        P("paisley"),
        S("long-sleeve", "unsupported"),
        is_a(
            "shawl",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Shawls",
        color="Beige",
        title="WEAVERS VILLA Men Beige & Brown Paisley Woven Design Shawl",
    ),
    # 12. Model shot: maroon V-neck pullover with two white chest stripes, dark jeans.
    # caption base; color base; pattern base; sleeve base; color_of jeans vqa (leak); type cap3 (cut);
    # material base (empty)
    case(
        "MYN-SW-21012",
        caption("a man in a red and white striped sweater"),
        C("red"),
        P("striped"),
        S("long sleeve"),
        color_of(
            "jeans",
            "blue. Question: What is the color of the sweater? Answer: red. Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        T(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. "
            "It has a v-shape",
            "cut",
            hit_limit=True,
        ),
        M("", "non_answer"),
        gender="men",
        category="Sweaters",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Striped Pullover",
    ),
    # 13. Model shot: plain grey melange crew sweatshirt, black track pants, white backdrop.
    # caption cap1 (cut); color base; color_of pants base (the sweatshirt's grey); pattern base; is_a
    # sweatshirt vqa (leak); is_a hoodie base; material vqa (loop)
    case(
        "MYN-SS-21013",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The pants the gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        C("gray"),
        color_of("pants", "gray", "contradiction", kind="open"),
        P("solid"),
        is_a(
            "sweatshirt",
            "yes. Question: Is this a sweatshirt? Answer: yes. Question: Is this a hoodie? Answer: no",
            "leak",
            hit_limit=True,
        ),
        is_a("hoodie", "no"),
        M(
            "cotton fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece fleece "
            "fleece fleece fleece fleece fleece fleece fleece fleece",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
    ),
    # 14. Ghost-mannequin product shot: red hooded puffer jacket, plain hood (no fur), white background.
    # caption base; type base (restated); color base; pattern vqa (loop); is_a coat base; material base
    # (invented fur lining)
    case(
        "MYN-JK-21014",
        caption("a red puffer jacket with a hood on a white background"),
        T("this is a type of garment", "restated"),
        C("red"),
        P(
            "quilted quilted quilted quilted quilted quilted quilted quilted quilted quilted quilted quilted "
            "quilted quilted quilted",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        M("nylon with a fur lined hood", "unsupported"),
        gender="men",
        category="Jackets",
        color="Red",
        title="Wildcraft Men Red Hooded Puffer Jacket",
    ),
    # 15. Front-on model shot (elbows not visible): brown-and-beige checked tweed blazer over a black
    # turtleneck, grey studio. caption base; pattern base; color base (the turtleneck's black); type base
    # ("clothing"); is_a base; material base (invented elbow patches); sleeve vqa (leak)
    case(
        "MYN-BZ-21015",
        caption("a man wearing a brown plaid blazer and a black turtleneck"),
        P("plaid"),
        C("black", "other_garment_color"),
        T("clothing", "non_answer"),
        is_a("jacket", "yes"),
        M("tweed with suede elbow patches", "unsupported"),
        S(
            "long-sleeve. Question: What is the sleeve length of the garment? Answer: long-sleeve. Question:",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Blazers",
        color="Brown",
        title="Louis Philippe Men Brown Checked Slim Fit Tweed Blazer",
    ),
    # 16. Outdoor shot by a stone pillar: teal solid kurta with mandarin collar, white pyjama.
    # caption cap3 (loops over the template); color base; color_of kurta vqa (loop); type base; sleeve base;
    # pattern base (empty); is_a base ("no")
    case(
        "MYN-KU-21016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand collar. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        C("blue"),
        color_of(
            "kurta",
            "green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        T("kurta"),
        S("long sleeves"),
        P("", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        gender="men",
        category="Kurtas",
        color="Teal",
        title="Sojanya Men Teal Blue Solid Straight Kurta",
    ),
    # 17. Model shot: Fair Isle pullover, navy body with red, white and mustard yoke bands (geometric, no
    # reindeer). caption base (invented reindeer); color base; pattern base; sleeve base; color_of sweater vqa
    # (loop); type cap1 (cut); material base (empty)
    case(
        "MYN-SW-21017",
        caption("a man in a colorful patterned sweater with a reindeer on it", "unsupported"),
        C("navy blue"),
        P("fair isle"),
        S("long sleeve"),
        color_of(
            "sweater",
            "red and white and red and white and red and white and red and white and red and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        T(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with knitting "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        M("", "non_answer"),
        gender="men",
        category="Sweaters",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue & Red Fair Isle Pullover",
    ),
    # 18. Model shot: black zip-through hoodie worn open over a white tee, grey joggers.
    # caption base; color base; type base; color_of shirt base (the hoodie's black on the white tee);
    # sleeve cap1 (cut); pattern base (garment named, no pattern)
    case(
        "MYN-SS-21018",
        caption("a man wearing a black hoodie and gray sweatpants"),
        C("black"),
        T("hoodie"),
        color_of("shirt", "black", "contradiction", kind="open"),
        S(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has",
            "cut",
            hit_limit=True,
        ),
        P("it is a hoodie", "non_answer"),
        gender="men",
        category="Sweatshirts",
        color="Black",
        title="Puma Men Black Solid Hooded Sweatshirt",
    ),
    # 19. Model shot: tan suede bomber with black ribbed cuffs, over a black tee, blue jeans.
    # caption base ("leather" for suede: correct); color base (the tee's black); material base; type vqa
    # (leak); color_of jacket base; sleeve base ("short")
    case(
        "MYN-JK-21019",
        caption("a man wearing a brown leather jacket and blue jeans"),
        C("black", "other_garment_color"),
        M("leather"),
        T("jacket Question: What type of garment is this? Answer: jacket", "leak"),
        color_of("jacket", "tan", kind="open"),
        S("short", "contradiction"),
        gender="men",
        category="Jackets",
        color="Tan",
        title="Roadster Men Tan Brown Solid Suede Bomber Jacket",
    ),
    # 20. Model shot, white backdrop: sky-blue kurta with a white floral print, white pyjama (kurta set).
    # caption base; pattern base; color base; type base ("shirt"); color_of pants vqa (loop); material cap3
    # (cut)
    case(
        "MYN-KS-21020",
        caption("a man in a blue and white floral kurta and white pants"),
        P("floral"),
        C("light blue"),
        T("shirt", "contradiction"),
        color_of(
            "pants",
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        M(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Blue",
        title="Jompers Men Blue & White Floral Printed Kurta with Pyjamas",
    ),
    # 21. Long-haired man wrapped in a black solid shawl over a white kurta.
    # caption base (pronoun); color base (the kurta's white); type base; is_a scarf base; sleeve base (the
    # kurta's sleeves); material base ("i don't know"); pattern vqa (loop)
    case(
        "MYN-SH-21021",
        caption("a woman wearing a black shawl over a white kurta", "pronoun"),
        C("white", "other_garment_color"),
        T("shawl"),
        is_a("scarf", "yes"),
        S("long sleeves", "contradiction"),
        M("i don't know", "non_answer"),
        P(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Shawls",
        color="Black",
        title="Pashmoda Men Black Solid Shawl",
    ),
    # 22. Model shot: plain cream button-front cardigan (plain buttons) over a navy polo, brown chinos.
    # caption base; type base; color base (the polo's navy); is_a base; material base (invented leather
    # buttons); pattern base (restated)
    case(
        "MYN-SW-21022",
        caption("a man wearing a white cardigan and brown pants"),
        T("cardigan"),
        C("navy blue", "other_garment_color"),
        is_a("sweater", "yes"),
        M("wool with leather buttons", "unsupported"),
        P("the pattern of the cardigan", "restated"),
        gender="men",
        category="Sweaters",
        color="Cream",
        title="Roadster Men Cream-Coloured Solid Cardigan",
    ),
    # 23. Model shot: olive sleeveless puffer gilet over a grey hoodie, black jeans.
    # caption base; sleeve base; color base (the hoodie's grey); type base; is_a vqa (loop); color_of hoodie
    # base
    case(
        "MYN-JK-21023",
        caption("a man wearing a green vest over a gray hoodie"),
        S("sleeveless"),
        C("grey", "other_garment_color"),
        T("vest"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("hoodie", "gray", kind="open"),
        gender="men",
        category="Jackets",
        color="Olive",
        title="Wildcraft Men Olive Green Sleeveless Puffer Jacket",
    ),
    # 24. Model shot against a dark backdrop: black kurta with gold-thread embroidery on the placket.
    # caption cap1 (cut); color base; pattern base; type base ("a man"); color_of kurta vqa ("gold", the
    # trim; seller says Black); material vqa (loop); is_a base
    case(
        "MYN-KU-21024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand collar. The pants the gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        C("black"),
        P("embroidered"),
        T("a man", "non_answer"),
        color_of("kurta", "gold", "contradiction", kind="open"),
        M(
            "silk. silk. silk. silk. silk. silk. silk. silk. silk. silk. silk. silk. silk. silk. silk.",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="men",
        category="Kurtas",
        color="Black",
        title="Manyavar Men Black Embroidered Kurta",
    ),
    # 25. Model shot: grey turtleneck sweater under an open camel overcoat; the sweater is the product.
    # caption base; type base (the coat); color base (the coat's camel); color_of sweater base; is_a base;
    # material cap3 (cut)
    case(
        "MYN-SW-21025",
        caption("a man in a camel coat and gray turtleneck sweater"),
        T("coat", "contradiction"),
        C("camel", "other_garment_color"),
        color_of("sweater", "gray", kind="open"),
        is_a("sweater", "yes"),
        M(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has "
            "a lapel",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Sweaters",
        color="Grey",
        title="Marks & Spencer Men Grey Solid Turtle Neck Sweater",
    ),
    # 26. Studio shot: black velvet shawl-lapel tuxedo blazer, white shirt, black bow tie.
    # caption base; type base; material base; color base; is_a vqa (leak); pattern base (garment named);
    # sleeve base (restated)
    case(
        "MYN-BZ-21026",
        caption("a man in a black tuxedo with a bow tie"),
        T("tuxedo"),
        M("velvet"),
        C("black"),
        is_a("blazer", "yes. Question: Is this a blazer? Answer: yes. Question: Is this a", "leak", hit_limit=True),
        P("tuxedo", "non_answer"),
        S("the sleeve length of the blazer", "restated"),
        gender="men",
        category="Blazers",
        color="Black",
        title="Raymond Men Black Velvet Tuxedo Blazer",
    ),
    # 27. Model shot: navy sweatshirt with white and red colour-block chest panels, blue jeans.
    # caption base; pattern base; color base; sleeve cap1 (cut); color_of sweatshirt vqa (loop); type base;
    # material vqa (leak)
    case(
        "MYN-SS-21027",
        caption("a man wearing a blue, white and red sweatshirt"),
        P("color block"),
        C("navy blue"),
        S(
            "The gentleman wears a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton "
            "fabric. It",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        T("sweatshirt"),
        M(
            "cotton. Question: What is the pattern of the garment? Answer: color block. Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Tommy Hilfiger Men Navy Blue Colourblocked Sweatshirt",
    ),
    # 28. Model shot: off-white jacquard nehru jacket over a maroon kurta, off-white pyjama.
    # caption base; color base (the kurta's maroon); color_of jacket base; type base; sleeve vqa (loop);
    # material cap3 (cut)
    case(
        "MYN-NJ-21028",
        caption("a man in a maroon kurta and a white jacket"),
        C("maroon", "other_garment_color"),
        color_of("jacket", "off white", kind="open"),
        T("waistcoat"),
        S(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        M(
            "The gentleman wears a sleeveless vest with lattice patterns. The vest is with cotton fabric. It has a "
            "stand",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Nehru Jackets",
        color="Off White",
        title="Manyavar Men Off-White Woven Design Nehru Jacket",
    ),
    # 29. Product shot: red-and-black checked wool shawl folded on a white background. No seller color.
    # caption base ("blanket"); type base; pattern base; color base (restated); material base; is_a vqa (loop)
    case(
        "MYN-SH-21029",
        caption("a red and black plaid blanket", "contradiction"),
        T("shawl"),
        P("checked"),
        C("the color of the shawl", "restated"),
        M("wool"),
        is_a(
            "shawl",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Shawls",
        title="Men Red & Black Checked Woollen Shawl",
    ),
    # 30. Man sitting on a grey sofa: plain mustard crew-neck pullover (no elbow patches), blue jeans. No
    # seller title. caption base; color base; pattern base; color_of sweater vqa (loop); material base
    # (invented elbow patches); type cap3 (cut); color_of jeans base (the sweater's yellow)
    case(
        "MYN-SW-21030",
        caption("a man sitting on a gray couch wearing a yellow sweater"),
        C("yellow"),
        P("solid"),
        color_of(
            "sweater",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        M("wool with elbow patches", "unsupported"),
        T(
            "This gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. Its",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        gender="men",
        category="Sweaters",
        color="Mustard",
    ),
    # 31. Model shot: black MA-1 bomber worn open, orange lining visible, black tee, black jeans.
    # caption base (lining named); color base; material cap3 (cut); type base; pattern base (restated);
    # sleeve cap1 (cut)
    case(
        "MYN-JK-21031",
        caption("a man in a black bomber jacket with an orange lining"),
        C("black"),
        M(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        T("bomber jacket"),
        P("the pattern is a pattern", "restated"),
        S(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Jackets",
        color="Black",
        title="HIGHLANDER Men Black Solid Bomber Jacket",
    ),
    # 32. Garden shot, long-haired man: pastel pink solid kurta without a chest pocket, white pyjama.
    # caption base (pronoun); color base; type base; pattern base; color_of pants base (the kurta's pink);
    # material base (invented pocket); sleeve base (pronoun)
    case(
        "MYN-KS-21032",
        caption("a woman wearing a pink kurta in a garden", "pronoun"),
        C("pink"),
        T("kurta"),
        P("solid"),
        color_of("pants", "pink", "contradiction", kind="open"),
        M("cotton with a pocket on the chest", "unsupported"),
        S("her sleeves are long", "pronoun"),
        gender="men",
        category="Kurta Sets",
        color="Pink",
        title="Anouk Men Pink Solid Kurta with Pyjamas",
    ),
    # 33. Street shot by a red brick wall: white sweatshirt with a large black "NYC 1986" print, blue jeans.
    # caption base; color base (the jeans' blue); pattern base; color_of sweatshirt vqa (loop); type base;
    # material base (restated)
    case(
        "MYN-SS-21033",
        caption("a man standing in front of a red brick wall wearing a white sweatshirt"),
        C("blue", "other_garment_color"),
        P("graphic"),
        color_of(
            "sweatshirt",
            "white and black white and black white and black white and black white and black white and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        T("sweatshirt"),
        M("the garment is made of the material", "restated"),
        gender="men",
        category="Sweatshirts",
        color="White",
        title="Roadster Men White Printed Sweatshirt",
    ),
    # 34. Model shot: grey windowpane-check blazer, white shirt, navy trousers; lining not visible.
    # Seller gave only gender and category. caption cap3 (cut); pattern base; color base; type base;
    # color_of trousers base; color_of shirt vqa (leak); material base (invented lining)
    case(
        "MYN-BZ-21034",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        P("checked"),
        C("gray"),
        T("blazer"),
        color_of("trousers", "navy blue", kind="open"),
        color_of(
            "shirt",
            "white. Question: What is the color of the trousers? Answer: blue. Question: What is",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        M("wool blend with a silk lining", "unsupported"),
        gender="men",
        category="Blazers",
    ),
    # 35. Wedding venue with marigold decor, long-haired bearded man: yellow kurta with mirror work.
    # caption base (pronoun); type base; color base; pattern base; is_a dress base ("yes"); material base
    # (pronoun); sleeve vqa (leak)
    case(
        "MYN-KU-21035",
        caption("a woman in a yellow dress standing in front of flowers", "pronoun"),
        T("kurta"),
        C("yellow"),
        P("embroidered"),
        is_a("dress", "yes", "contradiction"),
        M("she is wearing silk", "pronoun"),
        S(
            "long-sleeve Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Kurtas",
        color="Yellow",
        title="Sojanya Men Yellow Mirror Work Kurta",
    ),
    # 36. Model shot: bottle-green V-neck sweater vest over a white long-sleeve shirt, grey trousers.
    # caption base; sleeve base (the shirt's sleeves); color base (the shirt's white); type base; is_a base;
    # material vqa (loop); color_of shirt base
    case(
        "MYN-SW-21036",
        caption("a man wearing a green sweater vest over a white shirt"),
        S("long sleeve", "contradiction"),
        C("white", "other_garment_color"),
        T("vest"),
        is_a("sweater", "yes"),
        M(
            "wool, wool, wool, wool, wool, wool, wool, wool, wool, wool, wool, wool, wool, wool, wool",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        gender="men",
        category="Sweaters",
        color="Green",
        title="Marks & Spencer Men Green Solid Sleeveless Sweater",
    ),
    # 37. Studio shot: navy long quilted parka with a faux-fur-trimmed hood.
    # caption base; type base; color base; material base (runs to the limit mid-phrase); sleeve base (empty);
    # pattern base
    case(
        "MYN-JK-21037",
        caption("a man in a blue winter coat with a fur hood"),
        T("parka"),
        C("blue"),
        M(
            "the outer shell of the coat is made of a shiny polyester fabric that is quilted into wide horizontal "
            "panels and the hood is trimmed with a",
            "cut",
            hit_limit=True,
        ),
        S("", "non_answer"),
        P("quilted"),
        gender="men",
        category="Jackets",
        color="Navy Blue",
        title="Columbia Men Navy Blue Hooded Parka Jacket",
    ),
    # 38. Flat-lay on a grey background: maroon pullover hoodie, open kangaroo pocket (no zip), white
    # drawstrings. caption base; color base; type base; material base (invented zip pocket); is_a vqa (leak);
    # sleeve base
    case(
        "MYN-SS-21038",
        caption("a maroon hoodie on a gray background"),
        C("maroon"),
        T("hoodie"),
        M("cotton with a zip pocket", "unsupported"),
        is_a("hoodie", "yes. Question: Is this a hoodie? Answer: yes.", "leak"),
        S("long"),
        gender="men",
        category="Sweatshirts",
        color="Maroon",
        title="Roadster Men Maroon Hooded Sweatshirt",
    ),
    # 39. Model shot: black nehru jacket with silver buttons over a white kurta. No seller color.
    # caption cap3 (loop); color base; color_of kurta base (the jacket's black); type base; sleeve base;
    # material base (restated)
    case(
        "MYN-NJ-21039",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long-sleeve shirt. The gentleman wears a long-sleeve shirt. "
            "The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        C("black"),
        color_of("kurta", "black", "contradiction", kind="open"),
        T("jacket"),
        S("sleeveless"),
        M("the material of the garment", "restated"),
        gender="men",
        category="Nehru Jackets",
        title="Men Black Solid Nehru Jacket",
    ),
    # 40. Ghost mannequin, white background: chunky brown cable-knit shawl-collar cardigan, toggle buttons,
    # no hood. caption base; type base ("shawl"); color base; pattern base; sleeve vqa (leak); material base
    # (invented hood); is_a base
    case(
        "MYN-SW-21040",
        caption("a brown cardigan sweater with a shawl collar"),
        T("shawl", "contradiction"),
        C("brown"),
        P("cable knit"),
        S(
            "long-sleeve. Question: Is this a cardigan? Answer: yes. Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        M("wool and has a hood", "unsupported"),
        is_a("cardigan", "yes"),
        gender="men",
        category="Sweaters",
        color="Brown",
        title="WROGN Men Brown Shawl Collar Cardigan",
    ),
    # 41. Three-piece kurta set on a long-haired man: beige kurta, beige pyjama, contrast navy nehru jacket.
    # caption base; color base; color_of jacket base; color_of kurta vqa (loop); type base (pronoun); is_a
    # base; pattern base (garment named); material cap1 (cut)
    case(
        "MYN-KS-21041",
        caption("a man wearing a blue vest and a beige kurta"),
        C("beige"),
        color_of("jacket", "navy blue", kind="open"),
        color_of(
            "kurta",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        T("she is wearing a kurta set", "pronoun"),
        is_a("jacket", "yes"),
        P("kurta", "non_answer"),
        M(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It "
            "has a stand",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Beige",
        title="Vastramay Men Beige Kurta with Pyjamas & Navy Blue Nehru Jacket",
    ),
    # 42. Street at night: silver metallic quilted puffer jacket, black jeans.
    # caption base (stopped mid-phrase before the limit); color base; pattern base; material base (says
    # nothing); is_a base; type vqa (loop); color_of jeans base
    case(
        "MYN-JK-21042",
        caption("a man in a shiny silver jacket standing on a street at", "cut"),
        C("silver"),
        P("quilted"),
        M("the jacket is made of a shiny material", "non_answer"),
        is_a("jacket", "yes"),
        T(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        gender="men",
        category="Jackets",
        color="Silver",
        title="Jack & Jones Men Silver-Toned Puffer Jacket",
    ),
    # 43. Cafe shot, man holding a coffee cup: navy half-zip pullover with a white zip, no pockets.
    # caption base; color base; type base (restated); sleeve base; pattern vqa (leak); material base
    # (invented pocket); is_a jacket base ("yes")
    case(
        "MYN-SW-21043",
        caption("a man holding a cup of coffee wearing a blue sweater"),
        C("navy"),
        T("it is a type of garment", "restated"),
        S("long"),
        P(
            "solid. Question: What is the pattern of the garment? Answer: solid. Question: What",
            "leak",
            hit_limit=True,
        ),
        M("cotton with a zip on the pocket", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        gender="men",
        category="Sweaters",
        color="Navy Blue",
        title="Harvard Men Navy Blue Solid Half Zip Pullover",
    ),
    # 44. Model shot: maroon velvet bandhgala (closed neck, gold buttons, full sleeves), beige trousers.
    # caption base; type base; color base (the trousers' beige); material base; pattern cap1 (cut); sleeve
    # base; is_a vqa (loop)
    case(
        "MYN-BZ-21044",
        caption("a man in a red velvet jacket with gold buttons"),
        T("jacket"),
        C("beige", "other_garment_color"),
        M("velvet"),
        P(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with velvet fabric. "
            "It has a stand",
            "cut",
            hit_limit=True,
        ),
        S("long sleeves"),
        is_a(
            "blazer",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Blazers",
        color="Maroon",
        title="Manyavar Men Maroon Velvet Bandhgala Blazer",
    ),
]
