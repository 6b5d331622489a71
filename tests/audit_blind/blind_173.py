"""BLIND_173 (44 products; the experiments re-run on a Myntra-style catalog of men's wear): written blind in the
twenty-second session. Measured blind at 0424240: 119/142 failures found (83.8%) and 6/145 correct texts flagged
(4.1%). The writer's notes, verbatim:

Blind corpus 173: men's wear from a Myntra-style catalog, run through enrich's default questionnaire.

Scenario
    The original experiments' models re-run on a Myntra-style men's wear catalog: t-shirts, polo shirts, shirts,
    jeans, trousers, shorts, kurtas, jackets and sweatshirts, photographed on male models who wear them with other
    garments (jeans under a t-shirt, a tee under a jacket, pyjamas under a kurta) and as flat packshots with no
    person. Questions are enrich's default questionnaire (DEFAULT_QUESTIONS); a few products also carry the
    experiments' own color question (color_of) or the VQA data's yes/no garment question (is_a). Seller columns come
    from the marketplace: gender ("Men"), article type (category: Tshirts, Shirts, Jeans, Trousers, Shorts, Kurtas,
    Jackets, Sweatshirts; polos are filed under Tshirts as Myntra does), base colour and the product title. A few
    products lack one or more of these columns.

Which system wrote which text (named again in the comment above each case)
    - base: the untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompt. Short answers, sometimes
      one color for every garment, the wrong pronoun, invented details, restated questions, empty answers.
    - cap1 / cap3: the caption LoRA adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      Data2_V2_Blip2_Finetune_Caption, epoch 3). They return the DeepFashion-MultiModal caption template whatever
      the prompt ("This gentleman wears a short-sleeve T-shirt with pure color patterns..."), with no hue names,
      never stop (no end token was trained), so they are cut at the token limit or loop; the template's "lady" /
      "her" leaks onto male models.
    - vqa: the VQA LoRA adapter (Data3_V3_BLIP2_VQA). One-word In-shop answers ("sweatshirt/hoodie", "black",
      "yes") that run on: the word repeated to the limit, or the `Question: ... Answer:` format continued (the
      unmasked labels taught it the prompt).
    - ref: closed questions (garment_type, color, pattern, sleeve_length, is_a) answered by enrich's reference
      engine, which ranks the candidate answers with the base model; it picks a candidate, so it never loops or is
      cut, but it can pick the wrong garment's color or the wrong garment.
    Limits: 30 new tokens for answers, 50 for captions.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). No audit code, no
    other corpus, no docs, no tests beyond those lines. Every product, photo and text is imagined; each label is
    judged against the photo described in the comment above its case.

Label conventions and judgement calls
    - One label per text: the failure an auditor would most plainly see. A text that stops mid-phrase at the token
      limit is "cut" (hit_limit=True); if it repeats a phrase until the limit it is "loop" instead (loops also have
      hit_limit=True). A text that continues into "Question: ... Answer:" is "leak", even when it repeats.
    - "cut" texts that stop mid-phrase before the limit (the model emitted an end token early) have hit_limit=False.
    - Near-color synonyms count as correct: navy -> "blue", olive -> "green", charcoal -> "grey", off white ->
      "white", mustard -> "yellow", khaki -> "beige", tan -> "brown", maroon -> "burgundy", grey melange -> "grey".
    - "other_garment_color": the product is given the color of another garment in the photo (the jeans under the
      tee, the tee under the jacket, the pyjama under the kurta). A wrong color that comes from no garment (a
      background, an embroidery thread) or a wrong color given to a garment that is not the product (the base
      model's one-color-for-everything) is "contradiction".
    - "contradiction" also covers the wrong garment type picked by the closed engine (a denim jacket as "jeans", a
      kurta as "shirt", a zip hoodie as "jacket"), a "no" to "Is this a jacket?" for the seller's jacket, a
      sleeve length or pattern the photo and the other texts contradict, and open answers at odds with the seller's
      columns or the other texts.
    - A caption template answer cut at the limit is "cut" even when it also names a person on a packshot; a
      template answer that is complete and true of the photo is correct.
    - "unsupported": a detail not in the photo and not in the seller's title (a hood on a bomber, a logo on a plain
      polo, a belt in a packshot, a chest pocket on a plain tee), or a person invented in a packshot.
    - "non_answer": empty, "none", "I don't know", "yes" to an open question, or only the question's word back
      ("they are shorts"). "restated": a sentence that restates the question or the garment without information
      ("the details of the garment are the details of the sweatshirt"), or a caption template answer to a
      one-word question that buries the answer.
    - "pronoun": "she", "her", "lady", "woman" for a male model (seller gender Men), including the caption
      template's "There is an accessory on her wrist" and "this lady" on a packshot.
    - Hard correct cases kept correct: backgrounds named in captions ("on a wooden floor", "in front of a wooden
      door"), layers named in the wearing answer ("a black jacket, a grey t-shirt and blue jeans"), patterned
      garments given their ground color, "a blue shirt and blue pants" for light-blue shirt over navy trousers, the
      caption template when it is true and complete, "a green shirt" for a packshot's "What is the person
      wearing?", prints whose color differs from the garment ("a white t-shirt with a picture of a city").
    - Materials are judged correct only when the title or the photo supports them (denim, leather, linen named in
      the title, "cotton" with "Pure Cotton" in the title).
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_173: list[Case] = [
    # MW-TS-1001. Photo: man in a plain navy round-neck tee and light-grey chinos, white studio backdrop.
    # caption: base; wearing: base; closed: ref; description: cap3 (cut at 30); details: vqa (loop).
    case(
        "MW-TS-1001",
        caption("a man wearing a navy blue t-shirt and grey pants"),
        D.wearing(
            "a navy blue t-shirt with a round neck and short sleeves and a pair of light grey chinos with a slim fit "
            "and a pair of white",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("navy"),
        D.description(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants the",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "round neck, short sleeves, round neck, short sleeves, round neck, short sleeves, round neck, short "
            "sleeves, round neck",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # MW-PO-1002. Photo: man in a plain black pique polo (no logo at all), mid-blue jeans, grey backdrop.
    # caption: cap3 ("lady" on a male model); wearing, description, material: base; closed: ref.
    case(
        "MW-PO-1002",
        caption(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            "pronoun",
        ),
        D.wearing("a black polo shirt and jeans"),
        D.garment_type("polo shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short"),
        D.description("a black polo shirt with a white logo on the chest", "unsupported"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Pure Cotton Polo T-shirt",
    ),
    # MW-SH-1003. Photo: packshot, a white formal shirt folded with its collar up, on a plain grey background.
    # caption, wearing: base; closed: ref; details: cap3 (loop); material: vqa (loop).
    case(
        "MW-SH-1003",
        caption("a white shirt on a grey background"),
        D.wearing("a white shirt"),
        D.color("white"),
        D.sleeve_length("long"),
        D.description("a white shirt with a black tie", "unsupported"),
        D.details(
            "The shirt is with cotton fabric. It has long sleeves, cotton fabric and pure color patterns. It has "
            "long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White Slim Fit Solid Formal Shirt",
    ),
    # MW-JN-1004. Photo: man in mid-blue slim jeans and a plain white tee, standing against a white brick wall.
    # caption, wearing, details: base; closed: ref; description: cap1 (loop).
    case(
        "MW-JN-1004",
        caption("a man in a white t-shirt and blue jeans standing against a white brick wall"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and solid color "
            "patterns. The pants this gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.details("it's a pair of jeans", "non_answer"),
        D.material("the jeans are made of jeans material", "restated"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # MW-KU-1005. Photo: man in an off-white chikankari (white-on-white embroidered) kurta and white pyjama,
    # in front of a carved wooden door. caption, wearing, details, material: base; closed: ref; description: cap3.
    case(
        "MW-KU-1005",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("a white kurta and white pajamas"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("embroidered"),
        D.description(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There is "
            "an accessory on her wrist.",
            "pronoun",
        ),
        D.details(
            "embroidery on the front, the sleeves, the collar and the hem, and the kurta is made of a soft cotton "
            "fabric with a",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of a material", "restated"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Chikankari Embroidered Straight Cotton Kurta",
    ),
    # MW-JK-1006. Photo: man in a black bomber jacket (no hood, ribbed collar and cuffs, front zip), open over a
    # grey tee, blue jeans. caption: cap3 (cut at 50); wearing, details: base; closed: ref; description, material: vqa.
    case(
        "MW-JK-1006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with polyester fabric. "
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket, a grey t-shirt and blue jeans"),
        is_a("jacket", "no", "contradiction"),
        D.garment_type("jacket"),
        D.color("grey", "other_garment_color"),
        D.description("black jacket with zipper and pockets and a hood", "unsupported"),
        D.details("a zipper, ribbed cuffs and a ribbed collar"),
        D.material(
            "Question: What material is the garment made of? Answer: polyester Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # MW-SW-1007. Photo: packshot, a plain grey melange crew-neck sweatshirt laid flat on white; ribbed cuffs/hem.
    # Seller colour missing. caption, details: base; closed: ref; description: cap1 (loop); material: vqa.
    case(
        "MW-SW-1007",
        caption("a grey sweatshirt on a white background"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.pattern("solid"),
        D.description(
            "The sweater is with cotton fabric. It has long sleeves, cotton fabric and pure color patterns. The "
            "sweater is with cotton fabric. It has long sleeves",
            "loop",
            hit_limit=True,
        ),
        D.details("ribbed cuffs and hem"),
        D.material("wool", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
    ),
    # MW-SO-1008. Photo: man in khaki chino shorts and a white tee, outdoors by a hedge.
    # caption, description: base; wearing: vqa (loop); closed: ref; details: cap3 ("lady").
    case(
        "MW-SO-1008",
        caption("a man in a white shirt and khaki shorts standing next to a hedge"),
        D.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("beige"),
        D.description("they are shorts", "non_answer"),
        D.details(
            "The shorts this lady wears is of short length. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        D.material("shorts", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="WROGN Men Khaki Solid Slim Fit Chino Shorts",
    ),
    # MW-TR-1009. Photo: man in olive cargo trousers (flap side pockets, belt loops, no drawstring) and a black tee.
    # caption: cap3 (cut at 50); wearing, description, details: base; closed: ref; material: vqa (leak).
    case(
        "MW-TR-1009",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and green pants"),
        D.garment_type("trousers"),
        D.color("green"),
        D.description("black cargo pants with pockets", "other_garment_color"),
        D.details("side pockets, flap pockets and a drawstring waist", "unsupported"),
        D.material(
            "cotton Question: What is the color of the pants? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="Roadster Men Olive Green Regular Fit Solid Cargo Trousers",
    ),
    # MW-SH-1010. Photo: man in a red-and-navy checked flannel shirt (long sleeves, buttoned), dark jeans.
    # caption, wearing: base; closed: ref; description: cap3 (cut); details: vqa (loop).
    case(
        "MW-SH-1010",
        caption("a man wearing a red and blue plaid shirt"),
        D.wearing(
            "a red and blue plaid shirt with long sleeves and a collar, a pair of dark blue jeans and a pair of brown "
            "leather boots with",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("checked"),
        D.description(
            "This gentleman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid "
            "plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Navy Blue Checked Casual Flannel Shirt",
    ),
    # MW-TS-1011. Photo: man in a white tee with a black-and-blue New York skyline print, black jeans.
    # caption, wearing, description, material: base; closed: ref; details: cap1 (loop).
    case(
        "MW-TS-1011",
        caption("a man wearing a white t-shirt with a graphic print"),
        D.wearing("a white t-shirt and white jeans", "contradiction"),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a picture of a city on it"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with denim fabric and solid color",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Mast & Harbour Men White Printed Round Neck T-shirt",
    ),
    # MW-PO-1012. Photo: man in a maroon polo with white tipping on collar and sleeve hems, beige chinos.
    # caption: cap3 (cut at 50); wearing, description, details: base; closed: ref.
    case(
        "MW-PO-1012",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a burgundy polo shirt and beige pants"),
        D.garment_type("polo shirt"),
        D.color("maroon"),
        D.description("the garment is a polo shirt", "restated"),
        D.details("white stripes on the collar and the sleeves"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Polo Collar Pure Cotton T-shirt with Tipping",
    ),
    # MW-JN-1013. Photo: packshot, black skinny jeans folded on white, no person.
    # caption, wearing, material: base; closed: ref; description: cap3 ("lady", no one in the photo); details: vqa.
    case(
        "MW-JN-1013",
        caption("a pair of black jeans on a white background"),
        D.wearing("a pair of black jeans"),
        D.color("black"),
        D.description(
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # MW-SW-1014. Photo: man in a navy pullover hoodie (white chest print, kangaroo pocket, no zip), grey joggers.
    # caption, description, details: base; wearing: vqa (leak); closed: ref.
    case(
        "MW-SW-1014",
        caption("a man in a blue hoodie and grey sweatpants"),
        D.wearing(
            "sweatshirt/hoodie Question: What is the color of the sweatshirt? Answer: navy Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("grey", "other_garment_color"),
        D.pattern("printed"),
        D.description("a blue hoodie with a white logo on the front"),
        D.details("a hood with drawstrings, a kangaroo pocket and a zipper", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Printed Hooded Sweatshirt",
    ),
    # MW-KU-1015. Photo: man in a mustard yellow straight kurta with a mandarin collar, white churidar.
    # Seller colour missing. caption: cap1 ("lady"); wearing, description: base; closed: ref; details: vqa ("yes").
    case(
        "MW-KU-1015",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is stand.",
            "pronoun",
        ),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.description(
            "a yellow kurta with a mandarin collar and long sleeves, worn with a pair of white churidar pants and a "
            "pair of brown",
            "cut",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        gender="Men",
        category="Kurtas",
        title="Anouk Men Mustard Yellow Solid Cotton Straight Kurta",
    ),
    # MW-SH-1016. Photo: man in a light-blue oxford shirt (button-down collar, chest pocket) tucked into navy trousers.
    # caption, wearing, details: base; closed: ref; description: cap3 (cut).
    case(
        "MW-SH-1016",
        caption("a man in a light blue shirt and navy pants"),
        D.wearing("a blue shirt and blue pants"),
        D.garment_type("shirt"),
        D.color("navy", "other_garment_color"),
        D.description(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a button-down collar, a chest pocket and buttoned cuffs"),
        D.material(
            "cotton Question: What is the color of the shirt? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue Slim Fit Solid Oxford Cotton Casual Shirt",
    ),
    # MW-TR-1017. Photo: packshot, charcoal grey formal trousers folded on white, no belt, no person.
    # caption: cap3 (a person invented); wearing, description, details: base; closed: ref; material: vqa (leak).
    case(
        "MW-TR-1017",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        D.wearing("a pair of grey trousers"),
        D.color("grey"),
        D.description("a pair of grey dress pants with a black belt", "unsupported"),
        D.details("belt loops and a front crease"),
        D.material(
            "Question: What is the color of the pants? Answer: grey Question: What is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # MW-TS-1018. Photo: man on a beach in a white tee with navy horizontal stripes, beige shorts.
    # caption, wearing: base; closed: ref; description: cap3 (cut); details: vqa (loop).
    case(
        "MW-TS-1018",
        caption("a man wearing a striped shirt and shorts on the beach"),
        D.wearing("a blue and white striped t-shirt and beige shorts"),
        D.color("white"),
        D.pattern("striped"),
        D.description(
            "This gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "cut",
            hit_limit=True,
        ),
        D.material("I'm not sure", "non_answer"),
        D.details(
            "striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Mast & Harbour Men White & Navy Blue Striped Round Neck T-shirt",
    ),
    # MW-JK-1019. Photo: man in a mid-blue washed denim jacket over a white tee, black jeans.
    # caption, wearing, description: base; closed: ref (denim jacket ranked as jeans); details: cap1 (loop).
    case(
        "MW-JK-1019",
        caption("a man wearing a denim jacket and black jeans"),
        D.wearing("a denim jacket and jeans"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue"),
        D.sleeve_length("short", "contradiction"),
        D.description("a blue denim jacket with a white shirt underneath"),
        D.details(
            "The outer clothing is with denim fabric and pure color patterns. The outer clothing is with denim "
            "fabric and pure color patterns. The outer",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # MW-PO-1020. Photo: packshot, plain white polo on a hanger against white, no person. Seller gender missing.
    # caption, details: base; closed: ref; description: vqa (loop); material: cap3 (cut at 30).
    case(
        "MW-PO-1020",
        caption("a white polo shirt hanging on a white wall"),
        D.garment_type("polo shirt"),
        D.color("white"),
        D.description(
            "white white white white white white white white white white white white white white white white white "
            "white white white",
            "loop",
            hit_limit=True,
        ),
        D.details("a collar with two buttons and a", "cut"),
        D.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        category="Tshirts",
        color="White",
        title="Peter England Men White Solid Polo Collar T-shirt",
    ),
    # MW-JN-1021. Photo: man in light-blue jeans ripped at the knees, black tee, white sneakers.
    # caption: cap1 (true template); wearing, description: base; closed: ref; material: vqa (loop).
    case(
        "MW-JN-1021",
        caption(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. This gentleman wears a short-sleeve T-shirt with pure color patterns."
        ),
        D.wearing(
            "a black t-shirt, ripped jeans, white sneakers, a black t-shirt, ripped jeans, white sneakers, a black "
            "t-shirt, ripped",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.description("light blue ripped jeans"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="WROGN Men Blue Slim Fit Mildly Distressed Stretchable Jeans",
    ),
    # MW-SO-1022. Photo: man in a gym in plain black running shorts (no side stripes) and a grey tee.
    # caption, wearing, details, material: base; closed: ref; description: vqa (leak).
    case(
        "MW-SO-1022",
        caption("a man in a gym wearing a grey t-shirt and black shorts"),
        D.wearing("he is wearing a grey t-shirt and black shorts"),
        D.color("grey", "other_garment_color"),
        D.description(
            "shorts Question: Describe the garment. Answer: shorts Question: Describe the garment. Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("an elastic waistband and white stripes on the side", "unsupported"),
        D.material(
            "polyester Answer: polyester Answer: polyester Answer: polyester Answer: polyester Answer: polyester",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Polyester Running Shorts",
    ),
    # MW-KU-1023. Photo: man in a navy kurta with a small white floral print, white pyjama. Title missing.
    # caption, description, details: base; wearing: cap3 (cut); closed: ref.
    case(
        "MW-KU-1023",
        caption("a man in a blue kurta with white pants"),
        D.wearing(
            "This gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The lower",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.description("she is wearing a blue kurta with white flowers", "pronoun"),
        D.details("a floral print, a mandarin collar and a button placket"),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
    ),
    # MW-SW-1024. Photo: man in a plain olive crew-neck sweatshirt and black jeans.
    # caption: cap1 (true template); wearing, details, material: base; closed: ref; description: vqa (loop).
    case(
        "MW-SW-1024",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        D.wearing("a green sweatshirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.description(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie "
            "sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        D.details("it is a sweatshirt", "non_answer"),
        D.material("I don't know", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Sweatshirt",
    ),
    # MW-JK-1025. Photo: man in a tan leather biker jacket (asymmetric zip, zip pockets, no belt), white tee, jeans.
    # caption, wearing, details, material: base; closed: ref; description: cap3 (cut).
    case(
        "MW-JK-1025",
        caption("a man in a brown leather jacket and blue jeans"),
        D.wearing(
            "a brown leather jacket with a zipper, a white t-shirt, a pair of blue jeans and a pair of white sneakers "
            "and a black",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a zipper, zip pockets and a belt at the waist", "unsupported"),
        D.material("leather"),
        gender="Men",
        category="Jackets",
        color="Tan",
        title="Bareskin Men Tan Brown Solid Leather Biker Jacket",
    ),
    # MW-TS-1026. Photo: bearded man in a plain black v-neck tee (no pocket) and grey trousers, a chain necklace.
    # caption, wearing, details: base; closed: ref; description: cap3 ("lady ... her neck").
    case(
        "MW-TS-1026",
        caption("a man with a beard wearing a black t-shirt"),
        D.wearing("a black v-neck t-shirt and grey pants"),
        D.color("black"),
        D.description(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. There is an accessory on her neck.",
            "pronoun",
        ),
        D.details("v-neck, short sleeves and a chest pocket", "unsupported"),
        D.material("fabric", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Solid V-Neck Pure Cotton T-shirt",
    ),
    # MW-TR-1027. Photo: man in beige chinos with a brown belt, navy polo tucked in.
    # caption, description: base; wearing: vqa (loop); closed: ref; details: cap3 (cut).
    case(
        "MW-TR-1027",
        caption("a man in a blue polo shirt and beige pants"),
        D.wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt "
            "polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("navy", "other_garment_color"),
        D.description("beige chinos with a brown belt"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Highlander Men Beige Slim Fit Solid Chinos",
    ),
    # MW-SH-1028. Photo: man on a beach in a short-sleeve white shirt with a blue floral print, blue shorts.
    # caption, wearing, details, material: base; closed: ref; description: vqa (leak).
    case(
        "MW-SH-1028",
        caption("a man standing on a beach wearing a floral shirt"),
        D.wearing("a white shirt with blue flowers and white shorts", "contradiction"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description(
            "white shirt with blue flowers Question: What is the color of the shorts? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("no", "non_answer"),
        D.material("rayon"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HERE&NOW Men White & Blue Floral Printed Viscose Rayon Casual Shirt",
    ),
    # MW-JN-1029. Photo: man in dark navy jeans and an untucked light-blue shirt.
    # caption, wearing, color_of: base; closed: ref; description: cap1 (loop); details: vqa (leak).
    case(
        "MW-JN-1029",
        caption("a man in a blue shirt and jeans"),
        color_of("jeans", "blue", kind="open"),
        D.wearing("a blue shirt and blue jeans"),
        D.garment_type("jeans"),
        D.description(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The pants this gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: denim Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        D.material("the jeans are made of the material that jeans are made of", "restated"),
        gender="Men",
        category="Jeans",
        color="Navy Blue",
        title="Mufti Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # MW-KU-1030. Photo: man in a black kurta with gold thread embroidery at the neck, cream churidar, festive wall.
    # caption, wearing: base; closed: ref (kurta ranked as shirt; gold from the thread); description: cap3;
    # details: vqa (loop).
    case(
        "MW-KU-1030",
        caption("a man in a black kurta standing in front of a decorated wall"),
        D.wearing("a black kurta and white churidar"),
        D.garment_type("shirt", "contradiction"),
        D.color("gold", "contradiction"),
        D.description(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It "
            "has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender="Men",
        category="Kurtas",
        color="Black",
        title="Manyavar Men Black Embroidered Straight Kurta",
    ),
    # MW-TS-1031. Photo: packshot, olive long-sleeve henley (three-button placket) flat on white. Colour missing.
    # caption: cap3 (true template); wearing, description, details: base; closed: ref; material: vqa (leak).
    case(
        "MW-TS-1031",
        caption(
            "The T-shirt is with cotton fabric. It has long sleeves, cotton fabric and pure color patterns. The "
            "neckline of it is round."
        ),
        D.wearing("a green shirt"),
        D.sleeve_length("short", "contradiction"),
        D.description("a green henley shirt with buttons"),
        D.details("three buttons on the placket"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        title="Roadster Men Olive Green Solid Henley Neck T-shirt",
    ),
    # MW-PO-1032. Photo: man in a navy polo with white and yellow horizontal stripes, grey shorts.
    # caption, wearing, description, material: base; closed: ref; details: cap3 (cut).
    case(
        "MW-PO-1032",
        caption("a man in a striped polo shirt and grey shorts"),
        D.wearing("a striped polo shirt and grey shorts"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped"),
        D.description("a blue polo shirt with white and yellow stripes"),
        D.details(
            "This gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Tommy Hilfiger Men Navy Blue & White Striped Polo Collar T-shirt",
    ),
    # MW-JK-1033. Photo: packshot, navy quilted padded jacket, front zip, two zip pockets, no hood, on white.
    # caption, wearing, details: base; closed: ref; description: cap3 (cut); material: vqa (loop).
    case(
        "MW-JK-1033",
        caption("a blue puffer jacket on a white background"),
        D.wearing("a blue jacket"),
        D.color("navy"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("a hood, a zipper and two zip pockets", "unsupported"),
        D.material(
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon "
            "nylon nylon",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Padded Jacket",
    ),
    # MW-SH-1034. Photo: man in a pink linen shirt, sleeves rolled, white trousers.
    # caption: cap3 ("lady"); wearing, description, material: base; closed: ref; details: vqa (leak).
    case(
        "MW-SH-1034",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length.",
            "pronoun",
        ),
        D.wearing("a pink shirt and white pants"),
        D.color("white", "other_garment_color"),
        D.description("a pink shirt with rolled up sleeves"),
        D.details(
            "pink Question: What are the details of the garment? Answer: pink Question: What are the details",
            "leak",
            hit_limit=True,
        ),
        D.material("linen"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Mast & Harbour Men Pink Solid Linen Casual Shirt",
    ),
    # MW-SO-1035. Photo: packshot, mid-blue denim shorts with clean hemmed legs, flat on a brown wooden floor.
    # caption, description, details: base; wearing: vqa (loop); closed: ref (brown from the floor).
    case(
        "MW-SO-1035",
        caption("a pair of denim shorts on a wooden floor"),
        D.wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("brown", "contradiction"),
        D.description("blue denim shorts with a frayed hem", "unsupported"),
        D.details("five pockets and belt loops"),
        gender="Men",
        category="Shorts",
        color="Blue",
        title="Roadster Men Blue Washed Regular Fit Denim Shorts",
    ),
    # MW-SW-1036. Photo: man in a white crew sweatshirt with red text across the chest, black joggers.
    # caption: cap1 (cut at 50); wearing, description, details: base; closed: ref.
    case(
        "MW-SW-1036",
        caption(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweatshirt and black pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.description("a white sweatshirt with red writing on the front"),
        D.details("the details of the garment are the details of the sweatshirt", "restated"),
        gender="Men",
        category="Sweatshirts",
        color="White",
        title="Jack & Jones Men White Printed Sweatshirt",
    ),
    # MW-KU-1037. Photo: man in a bottle-green kurta with side slits, white pyjama. Only the article type is given.
    # caption, description: base; wearing: cap3 (cut); closed: ref; details: vqa (loop).
    case(
        "MW-KU-1037",
        caption("a man in a green kurta and white pajamas"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.description("a green kurta with a mandarin collar and side slits"),
        D.details(
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        category="Kurtas",
    ),
    # MW-TS-1038. Photo: man in a plain yellow round-neck tee and mid-blue jeans.
    # caption, color_of, wearing: base (the tee's yellow repeated for the jeans); closed: ref; description: cap3.
    case(
        "MW-TS-1038",
        caption("a man in a yellow t-shirt and jeans"),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        D.wearing("a yellow t-shirt and yellow pants", "contradiction"),
        D.sleeve_length("short"),
        D.description(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "a round neck, short sleeves, a yellow color and a regular fit, which makes it a perfect t-shirt for a "
            "casual day out with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Yellow",
        title="Roadster Men Yellow Solid Round Neck T-shirt",
    ),
    # MW-JN-1039. Photo: long-haired man sitting on a stool in grey slim jeans and a white shirt.
    # caption, color_of, describe, details, wearing: base (the experiments' prompts); closed: ref.
    case(
        "MW-JN-1039",
        caption("a man in a white shirt and grey jeans sitting on a stool"),
        color_of("jeans", "grey", kind="open"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        describe("jeans", "grey slim fit jeans with a faded wash"),
        details("jeans", "they are jeans", "non_answer"),
        wearing("she is wearing a white shirt and grey jeans", "pronoun"),
        D.garment_type("jeans"),
        gender="Men",
        category="Jeans",
        color="Grey",
        title="Highlander Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # MW-JK-1040. Photo: man wearing a wrist watch, an olive utility jacket (four flap pockets, no hood) over a black
    # tee. caption: cap3 (true template); wearing (he), description, details: base; closed: ref; material: vqa.
    case(
        "MW-JK-1040",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. There is an accessory on his wrist."
        ),
        wearing("a green jacket and a black t-shirt", who="he"),
        D.color("black", "other_garment_color"),
        D.description("green jacket with four pockets and a hood", "unsupported"),
        D.details("the details of the garment are", "cut"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Utility Jacket",
    ),
    # MW-TR-1041. Photo: man in an office in black formal trousers, black belt, a light-blue shirt tucked in.
    # caption, wearing, details: base; closed: ref; description: cap3 ("lady").
    case(
        "MW-TR-1041",
        caption("a man in a blue shirt and black pants standing in an office"),
        D.wearing(
            "a light blue shirt with long sleeves tucked into a pair of black trousers with a black belt and a pair "
            "of black leather shoes with",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.description(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        D.details("the trousers have the details of formal trousers", "restated"),
        gender="Men",
        category="Trousers",
        color="Black",
        title="Arrow Men Black Slim Fit Solid Formal Trousers",
    ),
    # MW-SH-1042. Photo: packshot, blue-and-white gingham shirt folded on a wooden table, button-down collar,
    # chest pocket. caption, details, material: base; closed: ref; description: vqa (loop).
    case(
        "MW-SH-1042",
        caption("a blue and white checkered shirt on a wooden table"),
        D.color("blue"),
        D.pattern("checked"),
        D.description(
            "blue and white checked shirt with a button-down collar, a chest pocket, long sleeves, a button-down "
            "collar, a chest pocket, long sleeves",
            "loop",
            hit_limit=True,
        ),
        D.details("a button-down collar and a chest pocket"),
        D.material("it's made of", "cut"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Peter England Men Blue & White Slim Fit Gingham Checked Casual Shirt",
    ),
    # MW-SW-1043. Photo: long-haired male model in a black zip-front hoodie (hood, two pockets), black jeans.
    # caption, wearing, description, details: base; closed: ref; material: vqa ("none").
    case(
        "MW-SW-1043",
        caption("a woman wearing a black hoodie", "pronoun"),
        D.wearing("a black hoodie and black jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("black"),
        D.description("a hoodie is a sweatshirt with a hood", "restated"),
        D.details("a hood, a zipper and two pockets"),
        D.material("none", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Puma Men Black Solid Hooded Zip-Front Sweatshirt",
    ),
    # MW-PO-1044. Photo: man in a grey melange polo and black trousers. Every open prompt sent to cap3, which
    # answers with its template. caption, wearing, details, material: cap3; closed: ref.
    case(
        "MW-PO-1044",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("grey"),
        D.details(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline."
        ),
        D.material(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric.",
            "restated",
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Allen Solly Men Grey Melange Solid Polo Collar T-shirt",
    ),
]
