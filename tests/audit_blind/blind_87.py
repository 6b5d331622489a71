"""BLIND_87 (44 products; the experiments re-run on a Myntra-style catalog of men's ethnic and festive wear):
written blind in the nineteenth session. Measured blind at 554606e: 123/143 failures found (86.0%) and 7/143 correct
texts flagged (4.9%). The writer's notes, verbatim:

Blind corpus 87: men's ethnic and festive wear on a Myntra-style catalog.

Scenario
    The original experiments' models re-run on a marketplace catalog of men's ethnic and festive wear: kurtas, kurta
    sets with pyjamas or churidars, nehru jackets, sherwanis, dhotis and short kurtis (short kurtas), mostly on
    models, often layered (a nehru jacket over a kurta), a few product shots without a person (flat lays, a
    mannequin, a folded dhoti). Each product was asked enrich's default questionnaire (DEFAULT_QUESTIONS) or the closed
    questions of BLIND_QUESTIONS, in some cases the experiments' own prompts ("Describe the kurta.", "What are the
    kurta details?", "What is he wearing?"), plus a few "Is this a ...?" and "What is the color of the ...?"
    questions. Seller columns (gender, category, color, title) come from the marketplace listing, in the seller's
    own words; some products lack them.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short, mostly well-stopped answers and short captions
      ("a man in a white kurta standing in front of a wall"); its failures are one color for every garment,
      a wrong pronoun, invented props and details, "nothing"/"unknown", restating the question.
    - cap1 / cap3: the caption adapter after epoch 1 / epoch 3 (leoreigoto/Data2_V2_..._Caption_First_Epoch,
      Data2_V2_Blip2_Finetune_Caption). DeepFashion-MultiModal template captions ("The gentleman is wearing a
      long-sleeve ... with pure color patterns. The ... is with cotton fabric. It has a stand neckline."), no hue
      names, no stop: cut at the 50-token (caption) or 30-token (answer) limit, or looping; given a question they
      return the caption template.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). In-shop garment classes only (shirt, dress, pants,
      jacket/coat, vest...), never stops: repeats the color or "yes" to the limit, or runs on into the next
      "Question: ... Answer:" of the prompt format.
    - closed: closed questions answered by the reference engine (candidate ranking with the base model); the text
      is the chosen candidate, or the raw generation where it did not map.

How it was written
    Blind. The only files read were /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
    (the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a(), color_of(), question(), case(),
    TARGETS). No audit code, no other corpus, no docs. Every text was written by hand against a photo imagined and
    described in the comment above its case; the only thing run was an import check of this file
    (with a count of its labels).

Label conventions and judgement calls
    - One label per text: the failure a reviewer would name first. A text both cut and wrong gets the wrong-ness
      (pronoun, leak, loop...) only where the cut is incidental; an adapter answer that simply runs out of tokens
      mid-phrase is "cut" even when what it said so far is true.
    - Loops run to the token limit (hit_limit=True); "cut" texts at the limit carry hit_limit=True (about 30 new
      tokens for answers, 50 for captions). A few "cut" texts end mid-phrase before the limit (hit_limit=False).
    - A question answered with the caption template is judged on its words: as an answer to "What are the
      details?", "Describe ..." or "What is he wearing?" it is an answer, and it is "cut" when stopped mid-phrase
      at the limit; as the answer to the material question it is the same ("cotton fabric" is in it).
    - DeepFashion pattern words ("pure color patterns", "graphic patterns") are not hues; "pure color" on a
      plain kurta is correct.
    - Near-color synonyms are correct: maroon ~ red / burgundy / dark red, off white ~ cream / ivory / white,
      navy blue ~ blue / dark blue, mustard ~ yellow, teal ~ blue-green, rust ~ orange / brown, wine ~ maroon,
      charcoal ~ dark grey, lavender ~ light purple, sea green ~ green, champagne/gold ~ beige/golden.
    - A nehru jacket is a sleeveless jacket or vest: "vest", "jacket", "waistcoat" are correct garment words for it.
      A sherwani may be called "coat" or "long jacket"; a kurta may be called "kurta", "tunic" or "long shirt";
      "dress" for a men's kurta is a contradiction, and so is "shirt" as the closed garment type of any product the
      seller lists under Kurtas, short kurtas included. A short kurta called "shirt" in an open answer or a base
      caption is accepted. A closed garment type naming an accessory ("scarf" for the stole) is a contradiction.
    - Layers: the product is the garment the seller lists. An answer that gives the product the color of the
      garment over or under it is other_garment_color (open answers) or contradiction (closed answers). An answer
      that names both garments with their own colors is correct. One color repeated onto a garment that is not the
      product (the kurta's yellow for the white pyjama) is contradiction; a wall's or drape's color given as the
      garment's color is contradiction.
    - Background, wall, floor and props named in a caption are correct when they are in the photo; a color that is
      a wall's or a print's is not a garment color.
    - Invented things (a pocket, buttons of wood, a turban, a phone, "silk" on cotton) absent from the imagined
      photo and the seller title are unsupported.
    - Gender comes from the seller column (men); "she", "woman", "lady" for a man is pronoun. For product shots with
      no person, "a beige kurta laid flat" or "a waistcoat on a mannequin" in answer to "What is the person
      wearing?" is correct; "nothing" there is non_answer.
    - Any "Question:" or "Answer:" carried into the text, or a follow-on question, is leak.
    - "the garment", "clothes", "fabric", "material", "unknown", "nothing", "N/A", an empty string, a bare "no",
      the garment's name given for its material, a color given for the pattern: non_answer. A sentence that only
      turns the question around ("the details of the garment are shown in the picture") is restated.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_87: list[Case] = [
    # 1. Man in a white chikankari-embroidered cotton kurta with white pyjama, beige plaster wall behind, full
    # length, brown mojaris; no bindi, tilak or jewellery. caption: base; wearing: base (invented bindi); closed:
    # closed; details: cap3; material: vqa (loop).
    case(
        "MYN87-0001",
        caption("a man in a white kurta and pyjama standing in front of a beige wall"),
        D.wearing("a white kurta with a red bindi on his forehead", "unsupported"),
        D.garment_type("kurta"),
        D.color("white"),
        D.details(
            "The gentleman is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric."
            " It has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton and silk and cotton and silk and cotton and silk and cotton and silk and cotton and silk and "
            "cotton and silk and",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="White",
        title="Men Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
    ),
    # 2. Navy nehru jacket (self-design) over a white kurta and white churidar; product is the jacket. Grey studio
    # backdrop. caption: base; wearing: base; color: closed (the kurta's white); description: vqa; sleeve: closed;
    # details: cap3; material: base.
    case(
        "MYN87-0002",
        caption("a man wearing a blue vest over a white kurta"),
        D.wearing("a white kurta and a navy blue jacket"),
        D.color("white", "contradiction"),
        D.description(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.details(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric. It"
            " has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("clothing", "non_answer"),
        gender="men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Men Navy Blue Self Design Nehru Jacket",
    ),
    # 3. Maroon velvet sherwani with gold zari embroidery at the collar, placket and cuffs, cream churidar, on a
    # model, plain grey backdrop. caption: cap3; wearing: base (red for maroon, accepted); closed: closed; details:
    # cap3 (loop); material: vqa (cut).
    case(
        "MYN87-0003",
        caption(
            "The gentleman is wearing a long-sleeve coat with graphic patterns. The coat is with velvet fabric. It"
            " has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sherwani"),
        D.garment_type("sherwani"),
        D.color("burgundy"),
        D.details(
            "gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery,"
            " gold embroidery, gold",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "velvet with gold embroidery on the collar, the cuffs, the placket and the hem of the sherwani, which is "
            "worn"
            " with a cream churidar and",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Sherwanis",
        color="Maroon",
        title="Men Maroon Embroidered Velvet Sherwani Set",
    ),
    # 4. Mustard yellow straight kurta with white pyjama, model in front of a white wall. Product: the set, seller
    # color Mustard. caption: base; wearing: base (the pyjama's white for the kurta); color_of kurta and pyjama: vqa
    # (open; yellow repeated for the pyjama); closed: closed; material: vqa (leak).
    case(
        "MYN87-0004",
        caption("a man in a yellow kurta and white pants posing for a photo"),
        D.wearing("a white kurta and white pajamas", "other_garment_color"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pyjama", "yellow", "contradiction", kind="open"),
        D.garment_type("kurta"),
        D.pattern("solid"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment"
            " made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Mustard",
        title="Men Mustard Yellow Solid Kurta with Pyjamas",
    ),
    # 5. Cream art-silk dhoti with a thin gold border, worn with an off-white kurta (not sold); product is the
    # dhoti. Model barefoot on a wooden floor. caption: cap1 (loop); wearing: base; garment_type/color: closed;
    # description: base; material: cap1 (loop).
    case(
        "MYN87-0005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman"
            " wears a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a cream dhoti"),
        D.garment_type("pants", "contradiction"),
        D.color("cream"),
        D.description("a dhoti with a golden border"),
        D.material(
            "The dhoti is with silk fabric. The dhoti is with silk fabric. The dhoti is with silk fabric. The dhoti is"
            " with silk",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Dhotis",
        color="Cream",
        title="Men Cream-Coloured Art Silk Readymade Dhoti with Zari Border",
    ),
    # 6. Black short kurti (hip length, mandarin collar, full sleeves) over light blue jeans, model leaning on a
    # white brick wall. caption: base (pronoun); wearing: base (short kurta as shirt, accepted); closed: closed
    # (blind questions); material: base (restated); is_a: vqa (loop).
    case(
        "MYN87-0006",
        caption("a woman in a black shirt and blue jeans leaning against a brick wall", "pronoun"),
        wearing("a black shirt and jeans", who="he"),
        B.garment_type("kurta"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        B.material("the material of the garment", "restated"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Kurtas",
        color="Black",
        title="Men Black Solid Mandarin Collar Short Kurta",
    ),
    # 7. Teal kurta with a small white and pink floral print all over, plain self-fabric buttons, no piping or
    # mirror work, white pyjama, model on a balcony with potted plants behind. caption: base; color/pattern: closed;
    # description: cap3 (cut); details: base (invented mirror work and gold buttons); material: base.
    case(
        "MYN87-0007",
        caption("a man in a blue green floral kurta standing on a balcony with plants"),
        D.color("teal"),
        D.pattern("floral"),
        D.description(
            "The gentleman is wearing a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It"
            " has a",
            "cut",
            hit_limit=True,
        ),
        D.details("mirror work on the collar and gold buttons down the front", "unsupported"),
        D.material("fabric", "non_answer"),
        gender="men",
        category="Kurta Sets",
        color="Teal",
        title="Men Teal Floral Printed Pure Cotton Kurta with Pyjamas",
    ),
    # 8. Product shot, no person: beige linen kurta laid flat on a white background, folded sleeves, three wooden
    # buttons at the placket, no pocket, no zipper. caption: base; wearing: base; closed: closed (color: the
    # background's white); details: base; material: vqa; description: vqa (invented pocket, zipper).
    case(
        "MYN87-0008",
        caption("a beige shirt laid out on a white background"),
        D.wearing("a beige kurta laid flat"),
        D.garment_type("kurta"),
        D.color("white", "contradiction"),
        D.details("three buttons at the neck"),
        D.material("material", "non_answer"),
        D.description("a beige kurta with a pocket and a silver zipper", "unsupported"),
        gender="men",
        category="Kurtas",
        color="Beige",
        title="Men Beige Solid Linen Straight Kurta",
    ),
    # 9. Peach silk-blend kurta with self-woven stripes, matching peach churidar, model in front of a mirror-work
    # gold wall panel. caption: base; wearing: vqa (leak); closed: closed (color: the wall's gold); details: cap3
    # (cut); is_a: base; material: base.
    case(
        "MYN87-0009",
        caption("a man in a peach kurta in front of a gold wall"),
        D.wearing("Answer: a peach kurta and a peach churidar", "leak"),
        D.garment_type("kurta"),
        D.color("gold", "contradiction"),
        D.details(
            "The gentleman is wearing a long-sleeve kurta with striped patterns. The kurta is with silk fabric. It"
            " has a stand neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        D.material("no", "non_answer"),
        gender="men",
        category="Kurta Sets",
        color="Peach",
        title="Men Peach-Coloured Woven Design Kurta with Churidar",
    ),
    # 10. Olive green nehru jacket (sleeveless) over a long-sleeved black kurta and black pyjama; product is the
    # jacket. Model outdoors, lawn and hedge behind. caption: base; wearing: base; color_of: base (open; black for
    # every garment); sleeve: closed (the kurta's sleeves); description: base (loop); material: vqa (leak).
    case(
        "MYN87-0010",
        caption("a man in a green vest and black kurta standing on the grass"),
        wearing("a black kurta and a green jacket", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        color_of("kurta", "black", kind="open"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "a black jacket with a black kurta and black pants, black shoes, black jacket, black kurta, black pants,"
            " black shoes, black",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the color of the jacket? Answer: black", "leak"),
        gender="men",
        category="Nehru Jackets",
        color="Olive",
        title="Men Olive Green Solid Slim Fit Nehru Jacket",
    ),
    # 11. Off-white raw-silk sherwani with gold thread embroidery, red stole draped over one shoulder, off-white
    # churidar, pink turban (safa). Studio, warm light. caption: cap3 (lady, cut at the limit: labelled pronoun);
    # wearing: vqa (loop); closed: closed (garment type: the stole); description: base; color_of stole: base (open).
    case(
        "MYN87-0011",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with silk fabric. It has a"
            " stand neckline. There is an accessory on her shoulder. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "a white sherwani, a red scarf, a white sherwani, a red scarf, a white sherwani, a red scarf, a white"
            " sherwani, a",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("scarf", "contradiction"),
        D.color("ivory"),
        D.description("a cream sherwani with gold embroidery"),
        color_of("stole", "red", kind="open"),
        gender="men",
        category="Sherwanis",
        color="Off White",
        title="Men Off White Embroidered Raw Silk Sherwani Set with Stole",
    ),
    # 12. Pink cotton kurta with long sleeves, white churidar, young man, pastel blue studio wall. caption: base
    # (pronoun); wearing: base (pronoun); closed: closed; description: vqa (cut before the limit); material: base.
    case(
        "MYN87-0012",
        caption("a young woman in a pink kurta and white pants", "pronoun"),
        D.wearing("she is wearing a pink kurta", "pronoun"),
        D.garment_type("kurta"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.description("a pink kurta with long sleeves and a", "cut"),
        D.material("cotton"),
        gender="men",
        category="Kurtas",
        color="Pink",
        title="Men Pink Solid Pure Cotton Straight Kurta",
    ),
    # 13. Blue and white vertical-striped cotton kurta, white pyjama, model in a studio with a grey floor. caption:
    # base; closed (blind questions): closed; describe: vqa (loop); details: cap3 (cut); material: base (restated).
    case(
        "MYN87-0013",
        caption("a man wearing a blue and white striped kurta"),
        B.color("blue"),
        B.pattern("striped"),
        describe(
            "kurta",
            "blue and white stripes, blue and white stripes, blue and white stripes, blue and white",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The gentleman is wearing a long-sleeve kurta with striped patterns. The kurta is with cotton fabric. It"
            " has a stand neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        B.material("the garment is made of the material of the kurta", "restated"),
        gender="men",
        category="Kurtas",
        color="Blue",
        title="Men Blue & White Striped Pure Cotton Kurta",
    ),
    # 14. Three-piece: cream kurta and cream pyjama with a gold brocade nehru jacket on top (mandarin collar, no
    # pocket square); seller sells the set, color Cream. Model in a decorated hall, orange marigold garlands behind.
    # caption: base; wearing: base; color: closed; color_of jacket: base (open; the kurta's cream); description:
    # cap1 (cut); details: base (invented pocket square); is_a: vqa (leak).
    case(
        "MYN87-0014",
        caption("a man in a gold jacket and cream kurta standing in front of orange flowers"),
        D.wearing("a cream kurta, pajamas and a golden nehru jacket"),
        D.color("cream"),
        color_of("jacket", "cream", "other_garment_color", kind="open"),
        D.description(
            "The gentleman is wearing a sleeveless vest with graphic patterns. The vest is with cotton fabric. The"
            " gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.details("a gold brocade jacket with a mandarin collar and a pocket square", "unsupported"),
        is_a("jacket", "yes Question: Is this a shirt? Answer: yes Question: Is this a", "leak", hit_limit=True),
        gender="men",
        category="Kurta Sets",
        color="Cream",
        title="Men Cream Kurta with Pyjamas & Gold Brocade Nehru Jacket",
    ),
    # 15. Bright yellow plain cotton kurta for a haldi, white pyjama, marigold decor and orange drapes behind.
    # caption: base (background colors named); wearing: base; color: closed; pattern: closed, raw text unmapped (a
    # color for the pattern); details: base (restated); material: vqa (loop).
    case(
        "MYN87-0015",
        caption("a man in a yellow kurta in front of orange curtains and marigold flowers"),
        D.wearing("a yellow kurta and white pyjamas"),
        D.color("yellow"),
        D.pattern("orange", "non_answer"),
        D.details("the details of the garment are shown in the picture", "restated"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Kurtas",
        color="Yellow",
        title="Men Yellow Solid Pure Cotton Haldi Kurta",
    ),
    # 16. White cotton dhoti with a gold border, worn with a maroon kurta (not sold); product is the dhoti; no
    # jewellery. Temple-like backdrop, stone pillars. caption: base; wearing: base; color_of dhoti: base (open; the
    # kurta's maroon); color: closed; description: base (invented necklace); is_a: vqa (leak).
    case(
        "MYN87-0016",
        caption("a man in a maroon kurta and white dhoti standing by stone pillars"),
        D.wearing("a maroon kurta and a white dhoti"),
        color_of("dhoti", "maroon", "other_garment_color", kind="open"),
        D.color("white"),
        D.description("a maroon kurta with a white dhoti and a gold necklace", "unsupported"),
        is_a("dhoti", "yes, it is a dhoti. Question: Is this a kurta? Answer: yes, it is a", "leak", hit_limit=True),
        gender="men",
        category="Dhotis",
        color="White",
        title="Men White Cotton Dhoti with Golden Border",
    ),
    # 17. Grey melange short kurta (hip length, band collar, roll-up sleeves), black jeans, model sitting on a
    # stool. No seller columns. caption: cap3 (cut); wearing: base; closed: closed; description: vqa (loop);
    # material: base (empty).
    case(
        "MYN87-0017",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and"
            " pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and black jeans"),
        D.garment_type("kurta"),
        D.color("grey"),
        D.description(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
    ),
    # 18. Bottle green silk kurta, gold buttons, white churidar, bearded model, dark studio. caption: base
    # (pronoun); wearing: vqa (leak); closed (blind): closed; is_a dress: vqa (yes); material: base.
    case(
        "MYN87-0018",
        caption("a woman in a green silk dress", "pronoun"),
        wearing("a green shirt and white pants Question: What is he wearing? Answer:", "leak", who="he"),
        B.garment_type("kurta"),
        B.color("dark green"),
        is_a("dress", "yes", "contradiction"),
        B.material("silk"),
        gender="men",
        category="Kurtas",
        color="Green",
        title="Men Green Solid Art Silk Kurta",
    ),
    # 19. Maroon jacquard kurta (tone-on-tone woven paisley) with off-white pyjama, model on a staircase. caption:
    # base (red for maroon, accepted); wearing: base (non-answer); closed: closed; description: cap3 (template as
    # answer, cut); details: vqa (loop).
    case(
        "MYN87-0019",
        caption("a man in a red kurta standing on the stairs"),
        D.wearing("clothes", "non_answer"),
        D.color("maroon"),
        D.pattern("self-design"),
        D.description(
            "The gentleman is wearing a long-sleeve kurta with graphic patterns. The kurta is with silk fabric. It"
            " has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Maroon",
        title="Men Maroon Woven Design Jacquard Kurta with Pyjamas",
    ),
    # 20. Product shot, no person: black velvet nehru jacket on a headless mannequin, white background, nothing else
    # in frame. caption: base; wearing: base; color: closed; description: base (invented man and wine glass);
    # details: cap1 (cut); material: vqa (non-answer).
    case(
        "MYN87-0020",
        caption("a black vest on a mannequin"),
        D.wearing("a black waistcoat on a mannequin"),
        D.color("black"),
        D.description("a man in a black vest holding a glass of wine", "unsupported"),
        D.details(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with velvet fabric. It"
            " has a stand neckline. There",
            "cut",
            hit_limit=True,
        ),
        D.material("I don't know", "non_answer"),
        gender="men",
        category="Nehru Jackets",
        color="Black",
        title="Men Black Solid Velvet Nehru Jacket",
    ),
    # 21. Sky blue plain cotton kurta with long sleeves, white pyjama, model against a white wall. caption: base;
    # wearing: base (pronoun); color: closed; color_of kurta: vqa (open, leak); sleeve: closed; details: vqa (cut);
    # material: base (non-answer).
    case(
        "MYN87-0021",
        caption("a man in a light blue kurta standing against a white wall"),
        D.wearing("she is wearing a blue kurta and white pants", "pronoun"),
        D.color("light blue"),
        color_of("kurta", "blue\nQuestion: What is the color of the pants? Answer: white", "leak", kind="open"),
        D.sleeve_length("long sleeves"),
        D.details(
            "a light blue kurta with a mandarin collar, full sleeves with buttoned cuffs, side slits and a straight"
            " hem that falls below the",
            "cut",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        gender="men",
        category="Kurtas",
        color="Blue",
        title="Men Blue Solid Pure Cotton Kurta",
    ),
    # 22. Red short kurti with a black block print (small buttis), worn untucked over black trousers, model walking
    # on a street. caption: base; wearing: vqa (loop); color/pattern: closed (pattern solid: contradiction);
    # color_of kurta: vqa (open; the trousers' black); description: base; is_a shirt: vqa.
    case(
        "MYN87-0022",
        caption("a man walking down a street wearing a red shirt"),
        D.wearing(
            "a red shirt and black pants. The red shirt and black pants. The red shirt and black pants. The red shirt"
            " and",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        D.pattern("solid", "contradiction"),
        D.description("a red printed short kurta with black motifs"),
        is_a("shirt", "yes", "contradiction"),
        gender="men",
        category="Kurtas",
        color="Red",
        title="Men Red Ethnic Motifs Block Printed Short Kurta",
    ),
    # 23. Ivory sherwani with tonal embroidery, ivory churidar, pink safa, pearl mala, wedding mandap backdrop with
    # red and gold drapes. caption: base; wearing: base; color: closed (the drapes' red); description: vqa (leak);
    # details: base; material: base (non-answer).
    case(
        "MYN87-0023",
        caption("a groom in a white sherwani and pink turban in front of red curtains"),
        D.wearing("a white sherwani and a pink turban"),
        D.color("red", "contradiction"),
        D.description(
            "a long coat Question: Describe the garment. Answer: a long coat Question: Describe the garment. Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("embroidery on the front and a necklace of pearls"),
        D.material("the sherwani", "non_answer"),
        gender="men",
        category="Sherwanis",
        color="Cream",
        title="Men Ivory Embroidered Sherwani Set with Safa",
    ),
    # 24. Navy blue cotton kurta with white pyjama, model seated on a cane chair. caption: cap3 (loop); wearing:
    # base (blue for both garments); closed: closed; color_of pyjama: base (open); material: vqa (cut before the
    # limit); description: base (the pyjama's white for the kurta).
    case(
        "MYN87-0024",
        caption(
            "The gentleman is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric."
            " The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The"
            " kurta is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and blue pants", "contradiction"),
        D.garment_type("kurta"),
        D.color("navy"),
        color_of("pyjama", "white", kind="open"),
        D.material("cotton with a", "cut"),
        D.description("a white kurta with white pajamas", "other_garment_color"),
        gender="men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Men Navy Blue Solid Kurta with Pyjamas",
    ),
    # 25. Lavender kurta with full sleeves and white thread embroidery on the yoke, white churidar, model in a
    # garden. caption: base (pronoun); wearing: base; closed (blind): closed; describe: base; material: vqa (non-
    # answer).
    case(
        "MYN87-0025",
        caption("a woman in a purple kurta standing in a garden", "pronoun"),
        wearing("a light purple kurta and white churidar", who="he"),
        B.color("purple"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "a lavender kurta with white embroidery on the yoke"),
        B.material("nothing", "non_answer"),
        gender="men",
        category="Kurtas",
        color="Lavender",
        title="Men Lavender Yoke Design Thread Work Kurta",
    ),
    # 26. Rust orange kurta set with a dull gold neckline border, rust pyjama, model against a teal door. caption:
    # base; wearing: vqa (leak); color: closed (brown for rust, accepted); description: base; details: cap1 (cut);
    # material: base (restated).
    case(
        "MYN87-0026",
        caption("a man in an orange kurta standing in front of a blue door"),
        D.wearing("Question: What is the person wearing? Answer: a kurta", "leak"),
        D.color("brown"),
        D.description("a rust kurta set with a golden border at the neck"),
        D.details(
            "The gentleman is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric."
            " It has a round neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("the material is the fabric", "restated"),
        gender="men",
        category="Kurta Sets",
        color="Rust",
        title="Men Rust Orange Solid Kurta with Pyjamas",
    ),
    # 27. Indigo nehru jacket with a white dabu (resist) floral print, fabric-covered buttons, over a plain white
    # kurta and white pyjama; product is the jacket. Model in front of a whitewashed wall. caption: base; wearing:
    # base; color_of jacket: vqa (open; the kurta's white); details: cap1 (cut); description: base (invented leather
    # buttons); is_a: base.
    case(
        "MYN87-0027",
        caption("a man in a blue printed vest over a white kurta"),
        D.wearing("a white kurta and a blue printed jacket"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details(
            "The gentleman is wearing a sleeveless vest with graphic patterns. The vest is with cotton fabric. The"
            " gentleman wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.description("a blue jacket with white flowers and brown leather buttons", "unsupported"),
        is_a("jacket", "yes"),
        gender="men",
        category="Nehru Jackets",
        color="Blue",
        title="Men Indigo Dabu Printed Cotton Nehru Jacket",
    ),
    # 28. All black: black kurta with black pyjama, black mojaris, model in front of a white wall. caption: base;
    # wearing: base; color: closed (the wall's white); garment type: closed; details: cap3 (loop); material: base
    # (restated).
    case(
        "MYN87-0028",
        caption("a man in all black standing in front of a white wall"),
        D.wearing("a black kurta and black pants"),
        D.color("white", "contradiction"),
        D.garment_type("kurta"),
        D.details(
            "The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The"
            " kurta is with",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of a material", "restated"),
        gender="men",
        category="Kurta Sets",
        color="Black",
        title="Men Black Solid Kurta with Pyjamas",
    ),
    # 29. White cotton kurta under a royal blue nehru jacket, white churidar; product is the kurta (jacket styled,
    # not sold). caption: base; wearing: base; description: base (the jacket's blue); closed: closed (garment type:
    # the jacket); material: vqa (leak).
    case(
        "MYN87-0029",
        caption("a man in a white kurta and blue jacket"),
        D.wearing("a white kurta with a blue jacket over it"),
        D.description("a blue kurta with a mandarin collar", "other_garment_color"),
        D.color("white"),
        D.garment_type("jacket", "contradiction"),
        D.material(
            "Question: What material is the kurta made of? Answer: cotton Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="men",
        category="Kurtas",
        color="White",
        title="Men White Solid Cotton Straight Kurta",
    ),
    # 30. Patchwork kurta: panels of mustard, green, blue and red block prints, no pocket, no belt, cream pyjama,
    # model on a terrace. caption: base; wearing: base; color: closed; description: cap3 (cut); details: base
    # (invented pocket and belt); material: vqa (cut).
    case(
        "MYN87-0030",
        caption("a man wearing a colorful patchwork kurta on a rooftop"),
        D.wearing("a multicolored kurta and white pants"),
        D.color("multicolor"),
        D.description(
            "The gentleman is wearing a long-sleeve kurta with color block patterns. The kurta is with cotton fabric."
            " It has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a kurta with a pocket on the chest and a belt", "unsupported"),
        D.material(
            "cotton with block prints in mustard, green, blue and red, the pyjama is cream and the kurta has a round"
            " neck and",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Kurtas",
        color="Multi",
        title="Men Multicoloured Patchwork Printed Cotton Kurta with Pyjamas",
    ),
    # 31. Beige kurta with beige dhoti (dhoti kurta set), model barefoot on a jute rug. caption: cap1 (cut);
    # wearing: cap3 (template, cut); closed: closed; is_a: vqa (loop); material: vqa (cut).
    case(
        "MYN87-0031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("beige"),
        is_a(
            "dhoti",
            "yes, it is a dhoti. yes, it is a dhoti. yes, it is a dhoti. yes, it is a dhoti. yes, it is",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton, the kurta has a round neck and long sleeves and the dhoti is pleated at the front and tied at the",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Beige",
        title="Men Beige Solid Kurta with Dhoti Pants",
    ),
    # 32. Sea green sherwani with silver embroidery on collar and cuffs, white churidar, no sword or other props,
    # model in a palace courtyard with sandstone arches. caption: base; wearing: base; color: closed; color_of: vqa
    # (open, loop); is_a: vqa (no); details: base (invented sword); material: base (non-answer).
    case(
        "MYN87-0032",
        caption("a man in a green sherwani in front of stone arches"),
        D.wearing("a green sherwani with white pants"),
        D.color("green"),
        color_of(
            "sherwani",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("sherwani", "no", "contradiction"),
        D.details("silver embroidery on the collar and sleeves and a sword at his side", "unsupported"),
        D.material("N/A", "non_answer"),
        gender="men",
        category="Sherwanis",
        color="Sea Green",
        title="Men Sea Green Embroidered Sherwani Set",
    ),
    # 33. Wine short kurta (hip length) over light blue jeans, model holding sunglasses, no cup, urban wall.
    # caption: base (invented coffee); wearing: vqa (cut); closed (blind): closed; material: cap3 (template as
    # answer, cut).
    case(
        "MYN87-0033",
        caption("a man in a maroon shirt holding sunglasses and a cup of coffee", "unsupported"),
        wearing(
            "a maroon kurta and blue jeans, he is holding a pair of sunglasses in his right hand and looking at the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("maroon"),
        B.sleeve_length("long sleeves"),
        B.material(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It"
            " has a",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Kurtas",
        color="Burgundy",
        title="Men Wine Solid Short Kurta",
    ),
    # 34. Cream linen kurta, cream pyjama, model in front of a deep red wall. caption: base (wall named); wearing:
    # base; color: closed; color_of kurta: base (open; the wall's red); description: cap3 (loop); material: base;
    # details: base (restated).
    case(
        "MYN87-0034",
        caption("a man in a white kurta against a red wall"),
        D.wearing("a cream kurta and pajamas"),
        D.color("off white"),
        color_of("kurta", "red", "contradiction", kind="open"),
        D.description(
            "cream colored kurta, cream colored kurta, cream colored kurta, cream colored kurta, cream colored",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        D.details("the details are on the garment", "restated"),
        gender="men",
        category="Kurtas",
        color="Cream",
        title="Men Cream-Coloured Solid Linen Kurta",
    ),
    # 35. Charcoal grey nehru jacket with a printed pocket square, mandarin collar, five buttons, two welt pockets,
    # over a white kurta and white churidar; product is the jacket. caption: base; wearing: base; color: closed;
    # description: base (the kurta's white); details: vqa (cut); material: base (non-answer).
    case(
        "MYN87-0035",
        caption("a man in a grey vest with a pocket square"),
        D.wearing("a grey waistcoat and a white kurta"),
        D.color("dark grey"),
        D.description("a white jacket with a pocket square", "other_garment_color"),
        D.details(
            "a pocket square in the front pocket, a mandarin collar, five buttons on the front and two pockets on the"
            " sides of the",
            "cut",
            hit_limit=True,
        ),
        D.material("I do not know", "non_answer"),
        gender="men",
        category="Nehru Jackets",
        color="Grey",
        title="Men Grey Solid Nehru Jacket with Pocket Square",
    ),
    # 36. Orange bandhani (tie-dye dots) kurta, white pyjama, model in a courtyard. caption: base; wearing: base
    # (the pyjama's white for the kurta); closed: closed (polka dots for bandhani, accepted); description: base;
    # details: cap3 (cut); material: vqa (leak).
    case(
        "MYN87-0036",
        caption("a man in an orange kurta with white dots"),
        D.wearing("a white kurta and white pajamas", "other_garment_color"),
        D.color("orange"),
        D.pattern("polka dots"),
        D.description("an orange bandhani print kurta"),
        D.details(
            "The gentleman is wearing a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It"
            " has a stand",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton\nQuestion: What is the pattern of the garment? Answer: polka dots", "leak"),
        gender="men",
        category="Kurtas",
        color="Orange",
        title="Men Orange Bandhani Printed Kurta",
    ),
    # 37. Off-white handspun khadi kurta with a side pocket, off-white pyjama, model alone on a village path, no
    # animals. No seller columns. caption: base (invented cow); wearing: vqa (loop); closed: closed; material: base;
    # details: base (restated).
    case(
        "MYN87-0037",
        caption("a man in a white kurta walking on a dirt road with a cow", "unsupported"),
        D.wearing(
            "a white kurta and white pants and white shoes and white pants and white shoes and white pants and white",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("white"),
        D.material("khadi cotton"),
        D.details("the garment has details", "restated"),
        D.sleeve_length("long sleeves"),
    ),
    # 38. Product shot, no person: white cotton dhoti folded flat on a wooden table, gold border visible. caption:
    # base; wearing: base (non-answer); closed: closed; description: vqa (loop); is_a: vqa; details: cap1 (cut).
    case(
        "MYN87-0038",
        caption("a folded white cloth with a gold border on a wooden table"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("dhoti"),
        D.color("white"),
        D.description(
            "white pants white pants white pants white pants white pants white pants white pants white pants white "
            "pants white pants",
            "loop",
            hit_limit=True,
        ),
        is_a("dhoti", "yes"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Dhotis",
        color="White",
        title="Men White Pure Cotton Dhoti with Zari Border",
    ),
    # 39. Light blue denim-look cotton short kurta with a band collar, white chinos, model against a yellow wall.
    # caption: base; wearing: vqa (leak); closed (blind): closed (color: the wall's yellow); material: vqa (loop).
    case(
        "MYN87-0039",
        caption("a man in a blue denim shirt in front of a yellow wall"),
        wearing("a blue shirt\nQuestion: What is he wearing? Answer: a blue shirt", "leak", who="he"),
        B.garment_type("kurta"),
        B.color("yellow", "contradiction"),
        B.pattern("solid"),
        B.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Kurtas",
        color="Blue",
        title="Men Blue Solid Denim Short Kurta",
    ),
    # 40. Magenta silk kurta with magenta churidar, model holding a diya, dark festive backdrop with fairy lights.
    # caption: base (diya called a candle, accepted); wearing: base (pronoun); closed: closed; description: cap3
    # (cut); details: base; material: vqa (cut).
    case(
        "MYN87-0040",
        caption("a man in a pink kurta holding a candle with lights in the background"),
        D.wearing("a woman in a pink dress", "pronoun"),
        D.color("pink"),
        D.garment_type("kurta"),
        D.description(
            "The gentleman is wearing a long-sleeve kurta with pure color patterns. The kurta is with silk fabric. It"
            " has a",
            "cut",
            hit_limit=True,
        ),
        D.details("a magenta silk kurta with matching churidar"),
        D.material(
            "silk blend with a soft sheen and a mandarin collar, the kurta has long sleeves and the churidar is",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Magenta",
        title="Men Magenta Solid Silk Blend Kurta with Churidar",
    ),
    # 41. Champagne gold sherwani with sequin work, beige churidar, maroon stole, groom on a stage with white floral
    # backdrop. caption: cap3 (pronoun, ended at a sentence); wearing: base; closed: closed (beige for champagne,
    # accepted); description: base (the stole's maroon); material: vqa (loop); is_a: base.
    case(
        "MYN87-0041",
        caption(
            "The lady is wearing a long-sleeve coat with graphic patterns. The coat is with silk fabric. It has a"
            " stand neckline. There is an accessory on her neck.",
            "pronoun",
        ),
        D.wearing("a golden sherwani and a maroon shawl"),
        D.color("beige"),
        D.garment_type("sherwani"),
        D.description("a maroon sherwani with sequins", "other_garment_color"),
        D.material(
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="men",
        category="Sherwanis",
        color="Gold",
        title="Men Champagne Gold Sequinned Sherwani Set",
    ),
    # 42. Brown and beige checked short kurta with a band collar and a chest pocket, khaki trousers, model sitting
    # on steps. caption: base; wearing: base; closed (blind): closed (garment type shirt vs category Kurtas);
    # describe: base (non-answer); details: vqa (leak).
    case(
        "MYN87-0042",
        caption("a man in a brown checkered shirt sitting on steps"),
        wearing("a brown checked kurta and khaki pants", who="he"),
        B.color("brown"),
        B.pattern("checked"),
        B.garment_type("shirt", "contradiction"),
        describe("kurta", "he is wearing a kurta", "non_answer"),
        details("kurta", "Answer: checks, a band collar and a pocket", "leak"),
        gender="men",
        category="Kurtas",
        color="Brown",
        title="Men Brown Checked Cotton Short Kurta",
    ),
    # 43. Lime green kurta with white pyjama, model on a beach with blue sky. caption: base (pronoun); wearing:
    # base; color: closed; color_of pyjama: base (open; green repeated); description: base (restated); sleeve:
    # closed; details: vqa (cut).
    case(
        "MYN87-0043",
        caption("a girl in a green kurta on the beach", "pronoun"),
        D.wearing("a green kurta and white pajamas"),
        D.color("green"),
        color_of("pyjama", "green", "contradiction", kind="open"),
        D.description("the garment is a garment that the person is wearing", "restated"),
        D.sleeve_length("long sleeves"),
        D.details(
            "a lime green kurta with white pyjama, the kurta has a mandarin collar and a placket with three buttons and"
            " the pyjama",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Kurta Sets",
        color="Lime Green",
        title="Men Lime Green Solid Kurta with Pyjamas",
    ),
    # 44. Charcoal nehru jacket with a fine self-check, no brooch, over a pastel pink kurta and white churidar;
    # product is the jacket. caption: base; wearing: base; closed: closed; color_of jacket: base (open; the kurta's
    # pink); description: cap1 (cut); details: base (invented brooch); material: base (restated).
    case(
        "MYN87-0044",
        caption("a man in a dark grey vest and pink kurta"),
        D.wearing("a pink kurta with a grey nehru jacket"),
        D.garment_type("jacket"),
        D.color("charcoal"),
        color_of("jacket", "pink", "other_garment_color", kind="open"),
        D.description(
            "The gentleman is wearing a sleeveless vest with lattice patterns. The vest is with cotton fabric. The"
            " gentleman is wearing a long-sleeve shirt. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a charcoal jacket with a red rose brooch on the lapel", "unsupported"),
        D.material("the jacket is made of the material of a nehru jacket", "restated"),
        gender="men",
        category="Nehru Jackets",
        color="Charcoal",
        title="Men Charcoal Grey Self Checked Nehru Jacket",
    ),
]
