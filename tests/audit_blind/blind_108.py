"""BLIND_108 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the twentieth session. Measured blind at ebb051b: 127/141 failures found (90.1%) and 5/151 correct texts flagged
(3.3%). The writer's notes, verbatim:

Blind corpus 108: BLIP-2 OPT-2.7b outputs on 44 sampled Myntra-style marketplace products.

Scenario
    The original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their fine-tuned LoRA adapters
    (caption adapter epoch 1 and epoch 3, VQA adapter) re-run on a random sample of 44 products of a Myntra-style
    marketplace: men's, women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is
    (22 women's, 16 men's of which two lack the gender column, 6 kids'). One product per case. enrich's default
    questionnaire (DEFAULT_QUESTIONS), plus a few of the experiments' own "What is the color of the <garment>?"
    questions (color_of) and the VQA data's yes/no "Is this a <garment>?" questions (is_a) where they fit.
    Seller columns from the marketplace are passed as gender=, category= (Myntra article type), color= (base
    colour) and title=; a few products lack one of them.

Which system wrote which text (named again in the comment above every case)
    - caption: either the untuned base model (short lowercase "a man in a ..." captions, stops by itself) or the
      caption adapter (DeepFashion template: "The lady wears a ... with pure color patterns ..."). The epoch-3
      caption adapter never emits an end token, so its texts run to the 50-token caption limit / 30-token answer
      limit; the epoch-1 adapter still stops on a newline now and then, as the base model does.
    - wearing, material and most short open answers: the untuned base model; some material/description/details
      answers by the VQA adapter (which loops on one word or regenerates the "Question: ... Answer:" prompt) or by
      a caption adapter (which returns its caption template for any prompt).
    - closed questions (garment_type, color, pattern, sleeve_length, is_a): the reference engine ranking the
      candidate answers with the base model (stored as the chosen candidate); where a case says the VQA adapter
      answered a closed question, it was free generation and the raw text was kept because it did not map.
    - color_of("<garment>") questions: free generation by the base model, stored as open.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). Nothing else of the
    project was opened or searched; the only thing run was an import check of this file. Every photo is imagined
    and described in the comment above its case; each label is judged against that imagined photo.

Label conventions and judgement calls
    - failure=None means the text is a correct answer for the imagined photo; it need not be complete, and short
      answers ("cotton", "long") are correct when true.
    - Near-colour synonyms are correct: maroon~burgundy~red, navy~dark blue~blue, olive~green, mustard~yellow,
      off-white/cream~white, turquoise/teal~blue/green, lavender~purple, peach~pink, charcoal~grey, rust~orange.
    - A colour that belongs to the background, the print, or a garment other than the one asked about, given as
      the product's colour by a closed answer, is "contradiction" (it contradicts the seller colour / the other
      texts); the same mistake in an open color_of answer is "other_garment_color". When a color_of answer for a
      second garment (jeans, shorts) copies the product's colour, it is also "other_garment_color".
    - Captions naming the background ("standing in front of a brick wall") or layered garments (a jacket over a
      t-shirt, a Nehru jacket over a kurta) are correct when true; the product's colour question answered with
      the product's colour in a layered outfit is correct even though the inner garment has another colour.
    - A striped/checked/printed two-colour garment: either of its own colours is correct (blue for a white shirt
      with blue stripes; white for white palazzos with a black print); a pattern answer "solid" for a printed
      garment is "contradiction".
    - The caption adapter's DeepFashion vocabulary is accepted: "shirt" for a kurta/kurti/top, "romper" for a
      jumpsuit, "sweater" for a sweatshirt, "lattice" for checks, "pure color patterns" for a solid garment; its
      hue-less texts are not non-answers when the question was a caption or description. A floor-length anarkali
      called a "dress" is accepted; a knee-length kurta worn with a separate sharara called a "dress" is
      "contradiction".
    - "cut": the text stops mid-phrase. hit_limit=True when it stopped at the token limit (30 new tokens for
      answers, 50 for captions); a few base-model texts stop mid-phrase before the limit (hit_limit=False).
      One caption-adapter caption reaches the 50-token limit exactly at a sentence end with true content: it is
      labelled correct with hit_limit=True.
    - "loop": the text repeats a word or a template sentence until the limit (always hit_limit=True); a loop is
      labelled loop even if it is also cut at the limit.
    - "leak": the text contains the prompt format ("Question:", "Answer:"), labelled leak even when it also
      repeats or hits the limit.
    - "non_answer": nothing said about what was asked: empty, "yes"/"no" to an open question, "i don't know",
      the garment's name or colour for the material question, the question's own noun back ("they are shorts"),
      the caption template with no material for the material question.
    - "restated": the question's words turned back into a sentence with no content ("the garment is made of
      fabric", "the details of the garment are the details of the skirt").
    - "unsupported": a detail not in the photo (pockets, zips, logos, hoods, hats, wrist accessories, fibre
      percentages, a wearer on a hanger shot).
    - "pronoun": the person's gender wrong against the seller gender column (base captions like "a young girl"
      for a boy, "she is wearing" for a man, the adapter's "The lady wears" for a boy or a man). Judged only
      where the gender column is present.
    - Plausible single-word material guesses (cotton, denim, polyester, wool, chiffon, net, fleece, linen,
      georgette, silk for a silk-blend title) are correct; the material can rarely be seen, and no audit of
      this corpus is meant to expect it to be.
    - A product shot without a person: "What is the person wearing?" answered with the product ("track pants",
      "a black top") is correct; a caption that invents a wearer is "unsupported".
    - One label per text: leak > loop > cut > the rest, when a text has several faults.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_108: list[Case] = [
    # 001 Photo: young man, black round-neck T-shirt with a white mountain-and-lettering graphic on the chest,
    # mid-blue jeans, grey studio backdrop. caption: caption adapter ep3 (cut at 50 tokens); wearing, material:
    # base; color, pattern: reference engine (base); details: caption adapter ep3 (loop).
    case(
        "MYN-108-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and blue jeans"),
        D.color("black"),
        D.pattern("graphic"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the pattern of the garment? Answer: graphic", "leak"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Printed Round Neck Pure Cotton T-shirt",
    ),
    # 002 Photo: woman in a maroon straight kurta with small gold ethnic motifs, three-quarter sleeves, white
    # palazzos, plain beige wall. caption, wearing, material: base; color, pattern, sleeve_length: reference engine;
    # description: caption adapter ep3 (cut); details: caption adapter ep1 (loop).
    case(
        "MYN-108-002",
        caption("a woman in a maroon kurta and white pants standing against a beige wall"),
        D.wearing("a red kurta and white palazzo pants"),
        D.color("maroon"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material of the kurta", "restated"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="HERE&NOW Women Maroon Ethnic Motifs Printed Straight Kurta",
    ),
    # 003 Photo: man in a navy full-sleeve casual shirt, buttoned, beige chinos, brown belt, white backdrop.
    # caption: caption adapter ep3 (cut); wearing, color_of shirt/pants, details: base; material: VQA adapter.
    # The base model gives the shirt the chinos' khaki.
    case(
        "MYN-108-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue shirt and beige chinos"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        color_of("pants", "khaki", kind="open"),
        D.details("it has a collar and buttons down the front"),
        D.material("yes", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Highlander Men Navy Blue Slim Fit Solid Casual Shirt",
    ),
    # 004 Photo: woman outdoors in a white top with small pink and green flowers, short puff sleeves, tucked into
    # light blue jeans, green hedge behind, no jewellery. caption, wearing, material: base; color, pattern:
    # reference engine (picks green from the hedge/print); details: caption adapter ep1 (stopped, invents a
    # wrist accessory).
    case(
        "MYN-108-004",
        caption("a woman in a white floral top and jeans standing in front of a green hedge"),
        D.wearing("a white floral top and light blue jeans"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The lady wears a short-sleeve shirt with floral patterns and a long denim pants. There is an accessory "
            "on her wrist.",
            "unsupported",
        ),
        D.material("i'm not sure", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Floral Print Puff Sleeve Top",
    ),
    # 005 Photo: man in faded mid-blue slim jeans, plain white T-shirt, white sneakers, grey backdrop. No title
    # column. caption, wearing, color_of, material: base; garment_type: reference engine; details: caption
    # adapter ep3 (loop); description: VQA adapter (prompt leak).
    case(
        "MYN-108-005",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.wearing("white t-shirt and blue jeans"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "Question: Describe the garment. Answer: denim Question: Describe the garment. Answer: denim Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
    ),
    # 006 Photo: woman in an olive sleeveless A-line midi dress, V-neck, self-tie belt, brown flat sandals, no
    # bracelet or watch, white backdrop. caption: caption adapter ep1 (stopped; invents a wrist accessory);
    # wearing, description: base; color, sleeve_length: reference engine; details: caption adapter ep3 (loop);
    # material: VQA adapter.
    case(
        "MYN-108-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.description("an olive green midi dress with a belt"),
        D.details(
            "The dress is with cotton fabric. It has a v-shape neckline. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress",
            "loop",
            hit_limit=True,
        ),
        D.material("dress", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Olive",
        title="Athena Women Olive Green Solid A-Line Midi Dress",
    ),
    # 007 Photo: woman draped in a pink Banarasi saree with a wide gold zari border and small gold woven buttis,
    # pink short-sleeve blouse, gold earrings, cream curtain behind. caption, wearing, material: base;
    # garment_type, color, is_a: reference engine; description: caption adapter ep3 (cut); details: caption
    # adapter ep1 (loop).
    case(
        "MYN-108-007",
        caption("a woman in a pink saree with a gold border"),
        D.wearing("a pink saree"),
        D.garment_type("saree"),
        is_a("saree", "yes"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her ear. There is an accessory on her ear. There is an accessory on her ear. "
            "There is",
            "loop",
            hit_limit=True,
        ),
        D.material("the saree is made of the material of a saree", "restated"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
    ),
    # 008 Photo: boy of about eight in a yellow T-shirt with a blue dinosaur print (no pocket), navy shorts, white
    # backdrop. caption, wearing, details, material: base; color: reference engine; description: caption
    # adapter ep3 (cut).
    case(
        "MYN-108-008",
        caption("a young girl in a yellow shirt and blue shorts", "pronoun"),
        D.wearing("a yellow t-shirt with a dinosaur on it"),
        D.color("yellow"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.details("a dinosaur print and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Round Neck T-shirt",
    ),
    # 009 Photo: woman in a mustard kurta with a white ethnic-motif print, three-quarter sleeves, matching mustard
    # palazzos, white printed dupatta over one shoulder, grey backdrop. caption: caption adapter ep3 (cut);
    # wearing, description: base; color, pattern: reference engine (color picks the dupatta/print white);
    # details: VQA adapter (loop); material: base (leak).
    case(
        "MYN-108-009",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. She wears a "
            "scarf. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and palazzo pants with a dupatta"),
        D.color("white", "contradiction"),
        D.description("a mustard yellow kurta with white print"),
        D.details(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        D.material("Answer: cotton", "leak"),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
    ),
    # 010 Photo: man in a grey melange pullover hoodie, hood down, kangaroo pocket, black joggers, no hat, white
    # backdrop. caption (stops early, mid-phrase), wearing, details, material: base; color: reference engine;
    # description: caption adapter ep1 (stopped; invents a hat).
    case(
        "MYN-108-010",
        caption("a man wearing a grey hoodie and black", "cut"),
        D.wearing("she is wearing a grey hoodie and black sweatpants", "pronoun"),
        D.color("grey"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The gentleman "
            "wears a hat.",
            "unsupported",
        ),
        D.details("it has a hood and a front pocket"),
        D.material("the garment is made of fabric", "restated"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 011 Photo: woman in black skinny jeans, white cropped T-shirt, black ankle boots, white backdrop.
    # caption: caption adapter ep3 (cut); wearing, color_of, material: base; color, garment_type: reference
    # engine; description: VQA adapter (leak).
    case(
        "MYN-108-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "She wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crop top and black skinny jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.color("black"),
        D.description(
            "black Question: What is the color of the jeans? Answer: black Question: What is the color of the jeans? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit High-Rise Jeans",
    ),
    # 012 Photo (product shot, no person): navy track pants laid flat, white side stripe, drawstring waist, two
    # side pockets, nothing visible of the back, white backdrop. caption, wearing, details, material: base;
    # color, pattern: reference engine; description: caption adapter ep3 (loop).
    case(
        "MYN-108-012",
        caption("a pair of navy blue track pants with white stripes on a white background"),
        D.wearing("track pants"),
        D.color("blue"),
        D.description(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.details("white stripes on the side, a drawstring and a zip pocket on the back", "unsupported"),
        D.material("the material is the fabric of the pants", "restated"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Regular Fit Track Pants",
    ),
    # 013 Photo: girl of about six in a red sleeveless fit-and-flare party dress, sequinned bodice, layered tulle
    # skirt, pink headband, white backdrop. caption (stops mid-phrase before the limit), wearing, details: base;
    # color, sleeve_length, is_a: reference engine; description: caption adapter ep3 (loop); material: VQA
    # adapter.
    case(
        "MYN-108-013",
        caption("a little girl in a red dress with a", "cut"),
        D.wearing("a red party dress"),
        D.color("red"),
        is_a("dress", "yes"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a sleeveless dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("sequins on the top and a tulle skirt"),
        D.material("red", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Hola Bonita Girls Red Embellished Fit and Flare Party Dress",
    ),
    # 014 Photo: woman with a short crop haircut in an oversized lavender drop-shoulder T-shirt, light blue denim
    # shorts, white backdrop. caption, wearing, color_of, details, material: base; color: reference engine.
    case(
        "MYN-108-014",
        caption("a man in a purple t-shirt and denim shorts", "pronoun"),
        D.wearing("a purple oversized t-shirt and denim shorts"),
        D.color("purple"),
        color_of("shorts", "purple", "other_garment_color", kind="open"),
        D.details("it is oversized with dropped shoulders"),
        D.material("100% cotton, bio-washed and pre-shrunk", "unsupported"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="DILLINGER Women Lavender Solid Oversized Drop-Shoulder T-shirt",
    ),
    # 015 Photo: man with shoulder-length hair in an off-white knee-length kurta with a self-woven texture,
    # mandarin collar, white churidar, brown mojaris, carved wooden door behind. caption, wearing, color_of,
    # details: base; color, garment_type: reference engine; description: caption adapter ep3 (cut).
    case(
        "MYN-108-015",
        caption("a woman in a white dress standing in front of a wooden door", "pronoun"),
        D.wearing("a white kurta and churidar"),
        D.color("white"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("mandarin collar and buttons on the placket"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Self Design Straight Kurta",
    ),
    # 016 Photo: woman in teal ankle-length leggings under a white short kurti with a small print, white backdrop.
    # No title column. caption: caption adapter ep3 (cut); wearing, description, details: base; color,
    # garment_type: reference engine (color picks the kurti); material: VQA adapter (loop).
    case(
        "MYN-108-016",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and green leggings"),
        D.color("white", "contradiction"),
        D.garment_type("leggings"),
        D.description("they are leggings", "non_answer"),
        D.material(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Teal",
    ),
    # 017 Photo: man in an olive bomber jacket worn open over a white crew-neck T-shirt, ribbed cuffs, black
    # jeans, white backdrop. caption, wearing, color_of, material: base; color: reference engine; details:
    # caption adapter ep3 (loop).
    case(
        "MYN-108-017",
        caption("a man wearing a green jacket over a white t-shirt"),
        D.wearing("a green bomber jacket, a white t-shirt and black jeans"),
        D.color("green"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The gentleman wears a long-sleeve "
            "jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of the material of the jacket", "restated"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 018 Photo: woman in a white shirt with thin blue vertical stripes, full sleeves buttoned at the cuff, black
    # trousers, white backdrop. caption, wearing, description, material: base; color, pattern, sleeve_length:
    # reference engine; details: caption adapter ep1 (loop).
    case(
        "MYN-108-018",
        caption("a woman in a blue and white striped shirt and black pants"),
        D.wearing("a striped shirt and black trousers"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("long"),
        D.description("a white shirt with blue stripes"),
        D.details(
            "The lady wears a long-sleeve shirt with stripe patterns and a long pants. The lady wears a long-sleeve "
            "shirt with stripe patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Style Quotient Women Blue & White Striped Regular Fit Casual Shirt",
    ),
    # 019 Photo: man in charcoal slim formal trousers, light blue formal shirt tucked in, black belt, black
    # shoes, grey backdrop. caption: caption adapter ep3 (cut); wearing, color_of, details: base; color:
    # reference engine (picks the shirt's blue); description: VQA adapter (loop).
    case(
        "MYN-108-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a light blue shirt and grey trousers"),
        D.color("blue", "contradiction"),
        color_of("pants", "grey", kind="open"),
        D.details("the shirt is tucked in"),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
    ),
    # 020 Photo: woman in a peach lehenga with silver sequin embroidery, matching cap-sleeve blouse, sheer peach net
    # dupatta, kundan necklace, ornate floral backdrop. caption, material: base; garment_type, color, pattern,
    # sleeve_length: reference engine (sleeve_length wrong); description, details: caption adapter ep3.
    case(
        "MYN-108-020",
        caption("a woman in a pink lehenga with a dupatta"),
        D.garment_type("lehenga"),
        D.color("peach"),
        D.pattern("embroidered"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her neck. There is an accessory on her neck. There is an accessory on her neck. "
            "There is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Peach",
        title="panchhi Peach-Coloured Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 021 Photo: man on a sidewalk in khaki chino shorts above the knee, navy polo T-shirt, white sneakers. No
    # title column. caption, wearing, color_of, details: base; color: reference engine; description: caption
    # adapter ep1 (cut at the limit).
    case(
        "MYN-108-021",
        caption("a man in a blue shirt and khaki shorts standing on a sidewalk"),
        D.wearing("khaki shorts and a navy polo"),
        D.color("beige"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        D.details("they are shorts", "non_answer"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Khaki",
    ),
    # 022 Photo: woman in a cream cable-knit pullover, long sleeves, blue jeans, standing in front of a brown brick
    # wall. caption, wearing, details: base (details gives the wall's brown); color, pattern: reference engine;
    # description: caption adapter ep3 (cut); material: VQA adapter (leak).
    case(
        "MYN-108-022",
        caption("a woman in a white sweater standing in front of a brick wall"),
        D.wearing("a white sweater and blue jeans"),
        D.color("white"),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details("brown", "contradiction"),
        D.material(
            "wool Question: What is the pattern of the garment? Answer: cable Question: What is the pattern of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Cream",
        title="Mast & Harbour Women Cream-Coloured Cable Knit Pullover",
    ),
    # 023 Photo: woman in white flared palazzos with a black geometric print, solid black kurta on top, grey
    # backdrop. caption: caption adapter ep1 (stopped); wearing, description, material: base; color, pattern:
    # reference engine; details: caption adapter ep3 (loop).
    case(
        "MYN-108-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and graphic patterns."
        ),
        D.wearing("a black kurta and white printed palazzo pants"),
        D.pattern("solid", "contradiction"),
        D.description("white pants with a black print"),
        D.details(
            "The pants the lady wears is of long length. The pants the lady wears is of long length. The pants the",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Libas Women White & Black Printed Flared Palazzos",
    ),
    # 024 Photo: man in a green polo, two-button placket, small embroidered logo on the chest, no zips or sleeve
    # pockets, white trousers, white backdrop. caption, wearing, color_of, details, material: base; color,
    # sleeve_length: reference engine; description: caption adapter ep3 (cut).
    case(
        "MYN-108-024",
        caption("a man in a green polo shirt and white pants"),
        D.wearing("a green polo shirt"),
        D.color("green"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        D.details("a collar, two buttons, a logo on the chest and a zip pocket on the sleeve", "unsupported"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of cotton pique fabric"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="U.S. Polo Assn. Men Green Solid Polo Collar T-shirt",
    ),
    # 025 Photo: girl of about ten in a pink knee-length kurta with gold foil print and a flared pink sharara,
    # white backdrop. caption, wearing, description: base; color, pattern: reference engine; details: caption
    # adapter ep3 (loop); material: VQA adapter (leak).
    case(
        "MYN-108-025",
        caption("a little girl in a pink dress", "contradiction"),
        D.wearing("a pink kurta and pants"),
        D.color("pink"),
        D.description("a pink kurta with gold print"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The lady wears a long-sleeve "
            "shirt with graphic patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.material("Answer: pink", "leak"),
        gender="Girls",
        category="Kurta Sets",
        color="Pink",
        title="Biba Girls Pink & Gold-Toned Printed Kurta with Sharara",
    ),
    # 026 Photo: woman in a navy sleeveless wide-leg jumpsuit, V-neck, tie belt, white sneakers, white backdrop.
    # caption: caption adapter ep3 (cut); wearing, details, material: base; color, sleeve_length: reference
    # engine; is_a: VQA adapter (yes to everything); description: VQA adapter (loop).
    case(
        "MYN-108-026",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "v-shape neckline. The romper is of long length. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jumpsuit"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        D.description(
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit "
            "jumpsuit jumpsuit jumpsuit jumpsuit",
            "loop",
            hit_limit=True,
        ),
        D.details("a belt at the waist"),
        D.material("a jumpsuit", "non_answer"),
        gender="Women",
        category="Jumpsuit",
        color="Navy Blue",
        title="StyleStone Women Navy Blue Solid Basic Jumpsuit",
    ),
    # 027 Photo: man in a red-and-black buffalo-check flannel shirt worn open over a black T-shirt, plain
    # buttons, two plain chest pockets, blue jeans, white backdrop. caption, wearing, color_of, details,
    # material: base; color, pattern: reference engine; description: caption adapter ep1 (stopped; "lady").
    case(
        "MYN-108-027",
        caption("a man in a red and black plaid shirt and jeans"),
        D.wearing("a plaid shirt over a black t-shirt and jeans"),
        D.color("red"),
        D.pattern("checked"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        D.description("The lady wears a long-sleeve shirt with lattice patterns and a long denim pants.", "pronoun"),
        D.details(
            "two chest pockets with flaps, metal snap buttons and an embroidered logo on the sleeve", "unsupported"
        ),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
    ),
    # 028 Photo: woman in a black pleated midi skirt, white T-shirt tucked in, white sneakers, white backdrop.
    # caption, wearing, color_of, details: base; color: reference engine; description: caption adapter ep1
    # (cut at the limit); material: VQA adapter.
    case(
        "MYN-108-028",
        caption("a woman in a white t-shirt and a black pleated skirt"),
        D.wearing("a white t-shirt tucked into a black skirt"),
        D.color("black"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the skirt", "restated"),
        D.material("no", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black Solid Pleated Midi Skirt",
    ),
    # 029 Photo: boy of about ten in a light blue denim shirt with full sleeves and two flap chest pockets, khaki
    # chinos, white backdrop. caption, wearing, material: base; color, sleeve_length: reference engine; is_a:
    # VQA adapter (yes); description: caption adapter ep1 (stopped; "lady"); details: VQA adapter (loop).
    case(
        "MYN-108-029",
        caption("a young boy in a denim shirt and khaki pants"),
        D.wearing("a blue denim shirt"),
        D.color("blue"),
        is_a("jacket", "yes", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric.",
            "pronoun",
        ),
        D.details(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Allen Solly Junior Boys Blue Denim Casual Shirt",
    ),
    # 030 Photo: woman in a short turquoise A-line kurti with a white block print, three-quarter sleeves, round
    # neck, white cigarette pants, white backdrop. caption, wearing, details, material: base; color, pattern,
    # sleeve_length: reference engine (sleeve_length wrong); description: caption adapter ep3 (cut).
    case(
        "MYN-108-030",
        caption("a woman in a blue kurta and white pants"),
        D.wearing("a turquoise kurti and white trousers"),
        D.color("blue"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.details("round neck and three quarter sleeves"),
        D.material("the garment is made of a soft and comfortable material", "restated"),
        gender="Women",
        category="Kurtis",
        color="Turquoise Blue",
        title="Aurelia Women Turquoise Blue Printed A-Line Kurti",
    ),
    # 031 Photo: man in a plain white crew-neck T-shirt, light grey jeans, white backdrop. No colour column.
    # caption, wearing, color_of, details: base (details stops mid-phrase); color: reference engine;
    # description: VQA adapter (loop); material: caption adapter ep1 (template, no material).
    case(
        "MYN-108-031",
        caption("a man in a white t-shirt and grey jeans"),
        D.wearing("a white t-shirt and grey jeans"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        color_of("jeans", "grey", kind="open"),
        D.description(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a round neck and", "cut"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants.", "non_answer"
        ),
        gender="Men",
        category="Tshirts",
        title="Roadster Men White Solid Round Neck T-shirt",
    ),
    # 032 Photo (product shot, no person): black sleeveless square-neck top on a wooden hanger against a white
    # wall; plain back, no zip, no lace. caption: caption adapter ep1 (stopped; invents a wearer); wearing,
    # description, details: base; color, sleeve_length: reference engine; material: VQA adapter (loop).
    case(
        "MYN-108-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is square.",
            "unsupported",
        ),
        D.wearing("a black top"),
        D.sleeve_length("sleeveless"),
        D.description("a black sleeveless top on a hanger"),
        D.details("square neck with a back zip and lace trim", "unsupported"),
        D.material(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Solid Top",
    ),
    # 033 Photo: man in a beige woven-design Nehru jacket over a white long-sleeve kurta and white churidar, brown
    # mojaris, sunlit courtyard. caption, wearing, details, material: base; color, garment_type, sleeve_length:
    # reference engine (color picks the kurta's white); description: caption adapter ep3 (cut).
    case(
        "MYN-108-033",
        caption("a man in a white kurta and a beige vest standing in a courtyard"),
        D.wearing("she is wearing a white kurta and a beige jacket", "pronoun"),
        D.color("white", "contradiction"),
        D.garment_type("vest"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.details("mandarin collar, buttons and three pockets"),
        D.material("jacket", "non_answer"),
        gender="Men",
        category="Nehru Jackets",
        color="Beige",
        title="Manyavar Men Beige Woven Design Nehru Jacket",
    ),
    # 034 Photo: woman in a garden in a maxi dress with blue, yellow and pink flowers on a white ground, short
    # flutter sleeves, V-neck. caption, wearing, material: base; pattern, sleeve_length: reference engine;
    # is_a: VQA adapter (yes); description: caption adapter ep1 (stopped); details: VQA adapter (loop).
    case(
        "MYN-108-034",
        caption("a woman in a floral dress standing in a garden"),
        D.wearing("a floral maxi dress"),
        D.pattern("floral"),
        is_a("skirt", "yes", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline."
        ),
        D.details(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.material("the dress is made of a dress material", "restated"),
        gender="Women",
        category="Dresses",
        color="Multi",
        title="Sangria Women Multicoloured Floral Print Maxi Dress",
    ),
    # 035 Photo: man in grey slim clean-look jeans (no distressing), black T-shirt, white sneakers, white
    # backdrop. No gender column. caption: caption adapter ep3 (reaches 50 tokens exactly at a full stop;
    # correct); wearing, color_of, description, material: base; color: reference engine (picks the T-shirt's
    # black); details: caption adapter ep3 (loop).
    case(
        "MYN-108-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and grey jeans"),
        D.color("black", "contradiction"),
        color_of("jeans", "grey", kind="open"),
        D.details(
            "The pants the gentleman wears is of long length. The pants the gentleman wears is of long length. The "
            "pants the",
            "loop",
            hit_limit=True,
        ),
        D.description("slim fit grey jeans with a zip fly, five pockets and distressed knees", "unsupported"),
        D.material("denim Answer: denim", "leak"),
        category="Jeans",
        color="Grey",
        title="Mufti Men Grey Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 036 Photo: woman with a ponytail in a pink crew-neck sweatshirt (no hood) with white "HRX" lettering on
    # the chest, black joggers, white backdrop. caption, wearing, color_of, details, material: base; color,
    # pattern: reference engine; description: caption adapter ep3 (cut).
    case(
        "MYN-108-036",
        caption("a man in a pink sweatshirt with the word hrx on it", "pronoun"),
        D.wearing("a pink sweatshirt and black joggers"),
        D.color("pink"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns and a long trousers. The sweater is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("hrx logo on the front and a hood", "unsupported"),
        D.material("fleece"),
        gender="Women",
        category="Sweatshirts",
        color="Pink",
        title="HRX by Hrithik Roshan Women Pink Printed Sweatshirt",
    ),
    # 037 Photo: boy of about five in a navy T-shirt with a grey car print and grey shorts (a set), white
    # backdrop. caption, wearing, color_of, material: base; pattern: reference engine; description: caption
    # adapter ep1 (loop).
    case(
        "MYN-108-037",
        caption("a little boy wearing a blue shirt and grey shorts"),
        D.wearing("a navy t-shirt and grey shorts"),
        color_of("t-shirt", "navy blue", kind="open"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The gentleman "
            "wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="YK Boys Navy Blue & Grey Printed T-shirt with Shorts",
    ),
    # 038 Photo: woman in a bottle-green floor-length anarkali kurta with gold embroidery at the yoke, long
    # sleeves, green churidar, no dupatta, pink backdrop. caption, wearing, material: base; color, pattern,
    # sleeve_length: reference engine; description: caption adapter ep3 (cut); details: caption adapter ep3
    # (loop).
    case(
        "MYN-108-038",
        caption("a woman in a green dress standing in front of a pink wall"),
        D.wearing("a green anarkali"),
        D.color("green"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the embroidery, the neckline, the sleeves, the embroidery, the neckline, the sleeves, the embroidery, "
            "the neckline, the sleeves, the embroidery",
            "loop",
            hit_limit=True,
        ),
        D.material("it is a kurta", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Indo Era Women Green Embroidered Anarkali Kurta",
    ),
    # 039 Photo: man in a navy single-breasted blazer (two buttons, notch lapel, no pocket square) over a white
    # shirt with no tie, grey trousers, grey backdrop. caption, wearing, color_of, details, material: base;
    # color, garment_type: reference engine; description: caption adapter ep3 (cut).
    case(
        "MYN-108-039",
        caption("a man in a blue suit jacket and white shirt"),
        D.wearing("a navy blazer, white shirt and grey pants"),
        D.color("blue"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        D.description(
            "The gentleman wears a long-sleeve suit with pure color patterns and a long trousers. The suit is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("notch lapel and two buttons, with a pocket square and a tie", "unsupported"),
        D.material("wool"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Raymond Men Navy Blue Solid Slim-Fit Single-Breasted Formal Blazer",
    ),
    # 040 Photo: woman in beige high-waist straight trousers, black sleeveless top tucked in, no jewellery, white
    # backdrop. No title column. caption: caption adapter ep3 (cut); wearing, color_of, details, material: base;
    # color: reference engine (picks the top's black); description: VQA adapter (leak).
    case(
        "MYN-108-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black top and beige pants", "pronoun"),
        D.color("black", "contradiction"),
        color_of("pants", "beige", kind="open"),
        D.details("high waist and straight legs"),
        D.description(
            "Question: Describe the garment. Answer: pants Question: Describe the garment. Answer: pants Question: "
            "Describe",
            "leak",
            hit_limit=True,
        ),
        D.material("linen"),
        gender="Women",
        category="Trousers",
        color="Beige",
    ),
    # 041 Photo (product shot, no person): maroon T-shirt laid flat on a white background, white "STAY WEIRD"
    # lettering on the chest. No gender column. caption, wearing, details: base; color, pattern: reference engine;
    # garment_type: VQA adapter (raw text kept); description: caption adapter ep3 (cut); material: VQA adapter
    # (loop).
    case(
        "MYN-108-041",
        caption("a maroon t-shirt with the words stay weird on it"),
        D.wearing("a red t-shirt"),
        D.color("burgundy"),
        D.garment_type("Answer: t-shirt", "leak"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("it says stay weird"),
        D.material(
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        category="Tshirts",
        color="Maroon",
        title="Bewakoof Men Maroon Typography Printed T-shirt",
    ),
    # 042 Photo: woman in a white open-front knit shrug with long sleeves over a black camisole, blue jeans, white
    # backdrop. caption, wearing, color_of, material: base; color, garment_type, sleeve_length: reference engine;
    # description: caption adapter ep3 (cut; describes the camisole).
    case(
        "MYN-108-042",
        caption("a woman in a white cardigan and a black top"),
        D.wearing("a white shrug over a black top and jeans"),
        D.color("white"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        D.garment_type("cardigan"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of a material", "restated"),
        gender="Women",
        category="Shrug",
        color="White",
        title="Mast & Harbour Women White Solid Open Front Shrug",
    ),
    # 043 Photo: girl of about seven in a white T-shirt with a pink unicorn print, denim shorts, white backdrop.
    # caption, wearing, details, material: base; color, pattern: reference engine; description: caption adapter
    # ep3 (cut).
    case(
        "MYN-108-043",
        caption("a little girl in a white t-shirt with a unicorn on it"),
        D.wearing("he is wearing a white t-shirt and jean shorts", "pronoun"),
        D.color("white"),
        D.pattern("graphic"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        D.material("cotton"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="H&M Girls White Printed Pure Cotton T-shirt",
    ),
    # 044 Photo: woman in a rust-orange tunic with a small white floral print, long sleeves with tie cuffs, blue
    # jeans, beige backdrop. caption: caption adapter ep3 (loop); wearing, color_of, description, details: base;
    # color, pattern: reference engine; material: VQA adapter (leak).
    case(
        "MYN-108-044",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long denim pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The lady wears a long-sleeve shirt with floral patterns and a long "
            "denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("an orange top and jeans"),
        D.color("orange"),
        color_of("jeans", "orange", "other_garment_color", kind="open"),
        D.description("an orange tunic with small white flowers"),
        D.details("it has ties at the sleeves"),
        D.material(
            "Question: What material is the garment made of? Answer: orange Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tunics",
        color="Rust",
        title="Global Desi Women Rust Orange Printed Tunic",
    ),
]
