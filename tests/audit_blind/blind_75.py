"""BLIND_75 (44 products; men's ethnic and festive wear, the experiments' own questionnaire): written blind in the
eighteenth session. Measured blind at 7d0a178: 115 / 143 failures found (80.4%) and 17 / 144 correct texts flagged
(11.8%). The writer's notes, verbatim:

Blind corpus 75: men's ethnic and festive wear from a Myntra-style catalog.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters are run again, this time on a
    Myntra-style catalog of men's ethnic and festive wear. The catalog holds kurtas, kurta sets with pyjamas or
    churidars, nehru jackets, sherwanis, dhotis and ethnic shirts. A stole, a shawl or a nehru jacket is often
    worn over the kurta. The questionnaire is the experiments' own: a caption, the closed questions of
    BLIND_QUESTIONS, the VQA data's yes/no question ("Is this a kurta?") and the color question
    ("What is the color of the kurta / pants / jacket / scarf?"). Now and then it also asks "What is he
    wearing?" as the experiments did. The seller columns (gender, category, color, title) are in the
    marketplace's own words. Three products have no columns at all or only some of them.

Who wrote which text (named in the comment above each case)
    base   - Salesforce/blip2-opt-2.7b, untuned. Short answers that usually stop at the newline (twice here it
             stops mid-phrase). Its faults are one color repeated for every garment, the wrong pronoun,
             invented details, colors taken from the background, and now and then an empty answer or the
             question's own words back.
    cap-e1 - leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    cap-e3 - leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both caption adapters write
             the DeepFashion-MultiModal template ("The gentleman is wearing a long-sleeve shirt with pure color
             patterns. The shirt is with cotton fabric ..."). They give it back for every prompt, name no hues,
             seldom stop, and so run to the token limit or loop.
    vqa    - leoreigoto/Data3_V3_BLIP2_VQA. In-shop vocabulary (jacket/coat, denim, romper/jumpsuit, skirt,
             vest, dress), vendor-style colors ("Navy", "Rust", "Olive", "Pink-blue"), yes/no answers. Because
             the labels were unmasked it sometimes carries on with "Question: ... Answer:" or repeats itself.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the
    Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). I opened no other file under
    /work/main, searched no code, saw no audit, and ran nothing but an import check of this module. Every
    photo is imagined. A comment above each case describes it, and every label was judged against that photo.

Label conventions and judgement calls
    - Each text has one label. When a text has two faults, the label is the fault that decides whether it can
      be used:
      * a loop that runs to the limit is `loop` (hit_limit=True), not `cut`;
      * a "Question: ... Answer:" continuation is `leak`, even when it also repeats or runs to the limit;
      * a caption template given back for a yes/no, color or type question that it does not answer is
        `non_answer`, even when it also runs to the limit (hit_limit=True is kept). When the template does
        carry the answer to a material, sleeve or pattern question ("cotton fabric", "long-sleeve", "pure
        color patterns") and is then cut at the limit, it is `cut`.
    - hit_limit=True means the text used all its new tokens (30 for answers, 50 for captions). A few `cut`
      texts stop mid-phrase before the limit (hit_limit=False).
    - `other_garment_color`: the color asked for is that of another garment in the photo, and another text or
      the seller column gives that garment that color (a kurta answered with the jacket's grey, pants with the
      kurta's maroon). `contradiction` covers every other clash with the photo, the other texts or the seller:
      a background color given as the product's color (grey, blue, pink), "dress", "skirt", "towel", "denim"
      or "romper/jumpsuit" given as the type of a kurta, dhoti or nehru jacket, "a scarf" given as the type
      when the scarf is only the layer, "no" to "Is this a kurta / sherwani / nehru jacket?" when it is one,
      a sherwani called a "wedding dress", and "striped" for a solid kurta.
    - `pronoun`: "woman", "lady", "she" or "her" for the man in a men's product. A text that calls him a
      woman is labelled `pronoun` even when it also says "dress".
    - `unsupported`: a detail that is not in the photo, such as a watch, a pocket square, hand embroidery
      "by artisans", a Christmas tree, a newspaper, a rudraksha mala, a hidden pocket, a wrist accessory or a
      wearer at a wedding when the shot has no person, or a room with a lamp around a kurta on a hanger.
    - `restated`: the question's own words given back as if they were an answer ("the pattern of the garment
      is a pattern"). `non_answer`: nothing said at all ("", "i don't know", "fabric", "material"), or a
      template that does not touch the question.
    - Near-color synonyms are correct: off white, cream or ivory called "white"; teal or sky blue called
      "blue"; lavender called "purple"; rust called "orange"; mustard called "yellow"; maroon called "wine" or,
      on a border, "red"; charcoal called "grey"; a camel shawl called "brown"; navy called "blue".
    - Seller color is the color of the main product as the seller names it: usually the kurta of a kurta set,
      the jacket of a nehru-jacket listing, and the jacket of a set whose title leads with the jacket. A white
      pants answer under a "Maroon" seller color is correct. Two garments of the same color
      (black kurta and black pyjama) give the same color correctly.
    - The product is the garment the listing sells. For a kurta set, "What is the color of the garment?"
      means the main garment the seller color names. For a nehru-jacket listing shown over a kurta, it means the
      jacket, so the kurta's
      color there is `other_garment_color`.
    - Backgrounds, props and accessories named in captions (walls, temples, marigolds, a kite, a pearl mala,
      mojaris) are correct when they are in the photo. A stole, a scarf or a shawl worn over the kurta is a
      correct layer, and so is a nehru jacket over a kurta ("vest" is accepted for a nehru jacket).
    - The template's "shirt" for a kurta is the adapters' vocabulary. It appears only inside texts that are
      already labelled for another fault. No text is labelled for calling a kurta a "shirt".
    - The default "long" or "long-sleeve" is correct for full-sleeved kurtas, and "sleeveless" for nehru
      jackets. "no sleeves" for a dhoti is correct. "long-sleeve" for a dhoti is `unsupported`.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

BLIND_75: list[Case] = [
    # 1. Photo: a man standing against a plain grey studio wall in a white chikankari (white-on-white embroidered)
    # cotton kurta and white pyjama. No jacket, no stole.
    # caption, color, pattern: base. garment_type, sleeve_length: vqa. material: cap-e3.
    case(
        "MYN-ETH-75001",
        caption("a man in a white kurta and pyjamas standing against a grey wall"),
        B.garment_type("dress", "contradiction"),
        B.color("white"),
        B.pattern("embroidered"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "cotton. The shirt is with cotton fabric and it has a stand neckline. The gentleman wears a long "
            "trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="White",
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
    ),
    # 2. Photo: a man on a white studio background in a maroon silk-blend kurta with a woven yoke and a cream
    # churidar, with a beige printed stole over his left shoulder.
    # caption, color_of kurta/pants, material: base. garment_type, is_a: vqa. sleeve_length: cap-e1.
    case(
        "MYN-ETH-75002",
        caption("a man in a maroon kurta and a beige scarf"),
        color_of("kurta", "maroon"),
        color_of("pants", "maroon", "other_garment_color"),
        B.garment_type(
            "Question: What type of garment is this? Answer: kurta Question: What is the color of the kurta? "
            "Answer: maroon Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        B.material("silk"),
        B.sleeve_length(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with silk fabric and "
            "it has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Men Maroon Woven Design Kurta with Churidar & Stole",
    ),
    # 3. Photo: a product shot with no person. A navy blue nehru jacket with a tonal brocade weave, ghost-mannequin
    # view, on a white background.
    # caption, is_a, pattern, sleeve_length: base. color: vqa. material: cap-e3. garment_type: cap-e1.
    case(
        "MYN-ETH-75003",
        caption("a navy blue vest with a mandarin collar on a white background"),
        is_a("nehru jacket", "yes"),
        B.color("Navy"),
        B.pattern("brocade"),
        B.sleeve_length("sleeveless"),
        B.material(
            "The vest is with cotton fabric. The vest is with cotton fabric. The vest is with cotton fabric. "
            "The vest is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("The gentleman wears a sleeveless vest. There is an accessory on his wrist.", "unsupported"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 4. Photo: a groom-style shot in front of a palace arcade with arches. Ivory sherwani with gold embroidery,
    # ivory churidar, a maroon stole across one shoulder, gold mojaris.
    # caption, color_of sherwani, garment_type: base. color_of scarf, pattern: vqa. is_a: cap-e3.
    case(
        "MYN-ETH-75004",
        caption("a man in a white sherwani standing in front of a palace"),
        color_of("sherwani", "white and gold"),
        color_of("scarf", "Maroon"),
        B.pattern(
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered embroidered "
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("a wedding dress", "contradiction"),
        is_a(
            "sherwani",
            "The gentleman is wearing a long-sleeve coat with embroidered patterns. The coat is with silk fabric "
            "and it has a stand neckline. The gentleman wears a long trousers",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Sherwanis",
        color="Off White",
        title="Men Off-White & Gold-Toned Embroidered Sherwani Set",
    ),
    # 5. Photo: a flat lay with no person. A cream cotton dhoti with a narrow gold zari border, folded, on a wooden
    # table top.
    # caption, garment_type, color, material: base. is_a, sleeve_length: vqa. pattern: cap-e3.
    case(
        "MYN-ETH-75005",
        caption("a white cloth with a gold border on a wooden table"),
        B.garment_type("a towel", "contradiction"),
        is_a("dhoti", "yes"),
        B.color("white"),
        B.pattern(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        B.sleeve_length("long-sleeve", "unsupported"),
        gender="Men",
        category="Dhotis",
        color="Cream",
        title="Men Cream-Coloured Solid Dhoti with Zari Border",
    ),
    # 6. Photo: a man in a garden in a mustard yellow kurta and white pyjama, with a dark green floral printed
    # nehru jacket over the kurta.
    # caption, color_of kurta/jacket: base. color_of pants, is_a: vqa. material: cap-e1.
    case(
        "MYN-ETH-75006",
        caption("a man in a yellow kurta and a green jacket standing in a garden"),
        color_of("kurta", "yellow"),
        color_of("jacket", "yellow", "other_garment_color"),
        color_of("pants", "White"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The shirt is with cotton fabric and its neckline is stand. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Mustard",
        title="Men Mustard Yellow Kurta with Pyjamas & Printed Nehru Jacket",
    ),
    # 7. Photo: a man on a city street in a white long-sleeved linen ethnic shirt with a mandarin collar,
    # untucked, and blue jeans.
    # caption, color_of shirt/jeans, material, is_a: base. sleeve_length, pattern: vqa.
    case(
        "MYN-ETH-75007",
        caption("a man in a white shirt and jeans standing on a street"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        B.sleeve_length("long-sleeve"),
        B.pattern(
            "Question: What is the pattern of the garment? Answer: solid\nQuestion: What is the pattern of the "
            "garment? Answer: solid\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        B.material("linen"),
        is_a("shirt", "yes"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Men White Mandarin Collar Linen Ethnic Shirt",
    ),
    # 8. Photo: a man in an all-black outfit in front of a dark grey backdrop: a black kurta with silver thread
    # embroidery down the placket and a black pyjama.
    # caption: cap-e3. color_of kurta/pants, pattern, garment_type, sleeve_length: base. material: vqa.
    case(
        "MYN-ETH-75008",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and it has a stand neckline. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("pants", "black"),
        B.pattern("embroidered"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        gender="Men",
        category="Kurta Sets",
        color="Black",
        title="Men Black Embroidered Kurta with Pyjamas",
    ),
    # 9. Photo: a man on a white background in a sky blue straight kurta with a small white floral print and a
    # white churidar.
    # caption, color, pattern, sleeve_length: base. color_of pants, is_a: vqa. material: cap-e3.
    case(
        "MYN-ETH-75009",
        caption("a woman in a blue floral dress", "pronoun"),
        B.color("blue"),
        B.pattern("floral"),
        color_of("pants", "Blue", "other_garment_color"),
        B.sleeve_length("", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        B.material(
            "cotton fabric and it has floral patterns. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Blue",
        title="Men Blue Floral Printed Straight Kurta",
    ),
    # 10. Photo: a man in front of a red brick wall in a rust orange nehru jacket (the product) over an off-white
    # kurta and white pyjama.
    # caption, color_of jacket, material: base. color, garment_type, pattern: vqa. sleeve_length: cap-e1.
    case(
        "MYN-ETH-75010",
        caption("a man in an orange vest and white kurta standing in front of a brick wall"),
        color_of("jacket", "orange"),
        B.color("Rust"),
        B.garment_type("jacket/coat"),
        B.sleeve_length(
            "sleeveless. The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton "
            "fabric. The gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        B.material("the material of the garment is cloth", "restated"),
        B.pattern("solid"),
        gender="Men",
        category="Nehru Jackets",
        color="Rust",
        title="Men Rust Orange Solid Slim Fit Nehru Jacket",
    ),
    # 11. Photo: a product shot with no person. A bottle green silk-blend kurta on a wooden hanger against a grey
    # wall.
    # caption, is_a, color, material, garment_type: base. color_of kurta: cap-e3. sleeve_length: vqa.
    case(
        "MYN-ETH-75011",
        caption("a green kurta hanging on a hanger against a grey wall"),
        is_a("kurta", "yes"),
        B.color("green"),
        color_of(
            "kurta",
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with silk fabric "
            "and it has a stand neckline. The gentleman wears",
            "non_answer",
            hit_limit=True,
        ),
        B.sleeve_length(
            "long-sleeve\nQuestion: What is the color of the garment? Answer: Green\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("silk"),
        B.garment_type("a kurta on a hanger in a room with a wooden floor and a lamp", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Green",
        title="Men Green Solid Silk Blend Kurta",
    ),
    # 12. Photo: a man on a white background in a rose pink cotton kurta and white churidar.
    # caption: cap-e1. color_of kurta/churidar, garment_type: base. is_a, material: vqa.
    case(
        "MYN-ETH-75012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a stand neckline.",
            "pronoun",
        ),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        B.garment_type("a kurta with a", "cut"),
        is_a("kurta", "yes"),
        B.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Pink",
        title="Men Pink Pure Cotton Kurta with Churidar",
    ),
    # 13. Photo: a man before a beige studio wall in a navy blue self-design sherwani with silver buttons and a
    # white churidar. No stole, no embroidery in gold.
    # caption, color_of sherwani/pants, material: base. pattern: cap-e3. is_a: vqa.
    case(
        "MYN-ETH-75013",
        caption("a man in a blue sherwani standing in front of a beige wall"),
        color_of("sherwani", "navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        B.pattern(
            "The gentleman is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric "
            "and it has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.material("silk and gold thread, hand-embroidered by artisans", "unsupported"),
        is_a("sherwani", "no", "contradiction"),
        gender="Men",
        category="Sherwanis",
        color="Navy Blue",
        title="Men Navy Blue Self Design Sherwani Set",
    ),
    # 14. Photo: a man on a beige background in a plain white kurta and white pyjama, with a red-and-green
    # bandhani printed stole around his neck.
    # caption, color_of kurta/scarf, wearing, material: base. pattern: vqa. color: cap-e3.
    case(
        "MYN-ETH-75014",
        caption("a man in a white kurta with a red and green scarf"),
        color_of("kurta", "white"),
        color_of("scarf", "white", "other_garment_color"),
        B.pattern("solid"),
        B.color(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and it has a round neckline. There is a scarf",
            "non_answer",
            hit_limit=True,
        ),
        wearing("a white kurta and a scarf", who="he"),
        B.material("", "non_answer"),
        gender="Men",
        category="Kurta Sets",
        color="White",
        title="Men White Kurta Pyjama with Printed Stole",
    ),
    # 15. Photo: a man sitting on a wooden chair indoors in an olive green kurta and a beige pyjama.
    # caption, color_of pyjama, material: base. color_of kurta, sleeve_length: vqa. wearing: cap-e3.
    case(
        "MYN-ETH-75015",
        caption("a man sitting on a chair wearing a green kurta and reading a newspaper", "unsupported"),
        color_of(
            "kurta",
            "Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive "
            "Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive",
            "loop",
            hit_limit=True,
        ),
        color_of("pyjama", "beige"),
        B.sleeve_length("long-sleeve"),
        B.material("it is made of a material", "restated"),
        wearing(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns and a long trousers. The "
            "shirt is with cotton fabric and it has a stand neckline. The trousers",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Olive",
        title="Men Olive Green Solid Straight Kurta with Pyjamas",
    ),
    # 16. Photo: a man in front of a South Indian temple gopuram in a white cotton dhoti (veshti) with a thin gold
    # border and a white half-sleeve shirt.
    # caption, is_a, color_of shirt, wearing: base. garment_type, material: vqa. pattern: cap-e3.
    case(
        "MYN-ETH-75016",
        caption("a man in a white shirt and white dhoti standing in front of a temple"),
        is_a("dhoti", "yes"),
        B.garment_type("skirt", "contradiction"),
        color_of("shirt", "white"),
        B.pattern(
            "pure color. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. The gentleman wears a short-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton",
            "leak",
            hit_limit=True,
        ),
        wearing("a white dhoti and a white shirt with a rudraksha mala", "unsupported", who="he"),
        gender="Men",
        category="Dhotis",
        color="White",
        title="Men White Solid Cotton Dhoti with Border",
    ),
    # 17. Photo: a man on a white studio background in a teal blue kurta with a blue-and-white geometric ikat
    # print and a white pyjama.
    # caption, color, pattern, material: base. color_of kurta, sleeve_length: vqa. is_a: cap-e1.
    case(
        "MYN-ETH-75017",
        caption("a man in a blue and white patterned kurta"),
        B.color("blue"),
        B.pattern("geometric"),
        color_of("kurta", "Teal"),
        is_a(
            "kurta",
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with graphic patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton, with mirror work and a silk lining", "unsupported"),
        B.sleeve_length(
            "Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is the sleeve "
            "length of the garment? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Teal",
        title="Men Teal Blue Ikat Printed Cotton Kurta",
    ),
    # 18. Photo: a man in a living room with a sofa behind him, in a lavender kurta, white churidar and gold
    # mojaris.
    # caption, color_of kurta/pants, wearing, garment_type: base. color: cap-e3. pattern: vqa.
    case(
        "MYN-ETH-75018",
        caption("a man in a purple kurta standing in a living room"),
        color_of("kurta", "purple"),
        color_of("pants", "white"),
        B.color(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and it has a stand neckline. The gentleman wears a",
            "non_answer",
            hit_limit=True,
        ),
        wearing("a purple kurta with gold shoes", who="he"),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("she is wearing a purple kurta", "pronoun"),
        gender="Men",
        category="Kurta Sets",
        color="Lavender",
        title="Men Lavender Kurta with Churidar",
    ),
    # 19. Photo: a product shot with no person. A black nehru jacket with a small white polka-dot print, laid flat
    # on white.
    # caption, pattern, material: base. color, garment_type, sleeve_length: vqa.
    case(
        "MYN-ETH-75019",
        caption("a black and white polka dot vest"),
        B.pattern("polka dot"),
        B.color(
            "Black-white Black-white Black-white Black-white Black-white Black-white Black-white Black-white "
            "Black-white Black-white",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "vest Question: Is this a vest? Answer: yes Question: What is the color of the vest? Answer: Black",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.material("cotton with a satin lining and a pocket square", "unsupported"),
        gender="Men",
        category="Nehru Jackets",
        color="Black",
        title="Men Black & White Printed Nehru Jacket",
    ),
    # 20. Photo: a man at night holding a lit diya, string lights blurred behind him, in a red kurta with a
    # gold brocade yoke and a white pyjama. No tree anywhere.
    # caption, color_of kurta/pyjama, wearing: base. pattern: cap-e1. is_a: vqa.
    case(
        "MYN-ETH-75020",
        caption("a man holding a lit candle in front of a christmas tree", "unsupported"),
        color_of("kurta", "red"),
        color_of("pyjama", "red", "other_garment_color"),
        wearing("she is wearing a red kurta and white pants", "pronoun", who="he"),
        B.pattern(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Men",
        category="Kurta Sets",
        color="Red",
        title="Men Red Yoke Design Kurta with Pyjamas",
    ),
    # 21. Photo: a man on a street next to a parked car in a white kurta and white pyjama with a light grey
    # nehru jacket over the kurta.
    # caption, color_of kurta/jacket/pants, garment_type, pattern: base. color: vqa.
    case(
        "MYN-ETH-75021",
        caption("a man in a grey vest standing next to a car"),
        color_of("kurta", "grey", "other_garment_color"),
        color_of("jacket", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        B.color(
            "White White White White White White White White White White White White White White White White "
            "White White White White White White White White White White White White White White",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.pattern("the pattern is the pattern of the kurta", "restated"),
        gender="Men",
        category="Kurta Sets",
        color="White",
        title="Men White Kurta Pyjama with Grey Nehru Jacket",
    ),
    # 22. Photo: a man with shoulder-length hair on a white background in a flared peach anarkali-style kurta
    # and a white churidar.
    # caption, wearing, color_of kurta, is_a: base. sleeve_length, garment_type: vqa.
    case(
        "MYN-ETH-75022",
        caption("a woman in a peach dress and white leggings", "pronoun"),
        wearing("she is wearing a peach anarkali", "pronoun", who="he"),
        color_of("kurta", "peach"),
        B.sleeve_length("long-sleeve"),
        B.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        gender="Men",
        category="Kurta Sets",
        color="Peach",
        title="Men Peach-Coloured Anarkali Kurta with Churidar",
    ),
    # 23. Photo: a man on a beach in a short-sleeved indigo cotton ethnic shirt with white floral block-print
    # buttis and beige chinos.
    # caption, color_of shirt/pants, sleeve_length, material: base. pattern: vqa. is_a: cap-e3.
    case(
        "MYN-ETH-75023",
        caption("a man in a blue shirt standing on a beach"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("short"),
        B.material("cotton"),
        is_a(
            "shirt",
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Men Navy Blue Block Print Cotton Casual Shirt",
    ),
    # 24. Photo: a man on a plain white background in a beige linen kurta and beige pyjama, with a dark brown
    # stole over both shoulders. The listing has no seller columns.
    # caption: cap-e3. color_of kurta/scarf, material, is_a, garment_type: base. color_of pants: vqa.
    case(
        "MYN-ETH-75024",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with linen "
            "fabric and it has a stand neckline. The gentleman wears a long trousers. The trousers are with linen "
            "fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "beige"),
        color_of("scarf", "brown"),
        color_of(
            "pants",
            "Beige Beige Beige Beige Beige Beige Beige Beige Beige Beige Beige Beige Beige Beige Beige",
            "loop",
            hit_limit=True,
        ),
        B.material("linen"),
        is_a("kurta", "yes"),
        B.garment_type("a scarf", "contradiction"),
        gender="Men",
    ),
    # 25. Photo: a man in a cream kurta and cream churidar with a maroon nehru jacket (the product) woven with
    # small gold buttis; plain studio background.
    # caption, color_of jacket, color, sleeve_length, pattern, material: base. garment_type: vqa.
    case(
        "MYN-ETH-75025",
        caption("a man in a maroon vest and white kurta"),
        color_of("jacket", "maroon"),
        B.color("white", "other_garment_color"),
        B.garment_type(
            "Question: What type of garment is this? Answer: vest\nQuestion: Is this a vest? Answer: yes\nQuestion: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.pattern("woven"),
        B.material("the garment is made of", "cut"),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Men Maroon Woven Design Nehru Jacket",
    ),
    # 26. Photo: a man outdoors in front of marigold garlands in a haldi-yellow kurta with white floral thread
    # embroidery and a white pyjama.
    # caption, pattern, color_of pants, sleeve_length: base. color, wearing: vqa. material: cap-e1.
    case(
        "MYN-ETH-75026",
        caption("a man in a yellow kurta standing in front of marigold flowers"),
        B.pattern("floral"),
        B.color(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white"),
        B.material(
            "The shirt is with cotton fabric and its neckline is round. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "Question: What is he wearing? Answer: a yellow shirt Question: What is he wearing? Answer: a yellow shirt",
            "leak",
            who="he",
            hit_limit=True,
        ),
        B.sleeve_length("long, with gold buttons on the cuffs", "unsupported"),
        gender="Men",
        category="Kurta Sets",
        color="Yellow",
        title="Men Yellow Floral Embroidered Kurta with Pyjamas",
    ),
    # 27. Photo: a man on a light grey background in a white kurta with ready-to-wear gold-beige silk dhoti
    # pants, and a red stole over one shoulder.
    # caption, color_of dhoti/kurta, material: base. is_a, sleeve_length: vqa.
    case(
        "MYN-ETH-75027",
        caption("a man in a white kurta and gold dhoti with a red scarf"),
        color_of("dhoti", "gold"),
        color_of("kurta", "red", "other_garment_color"),
        is_a("kurta", "yes"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("material", "non_answer"),
        gender="Men",
        category="Kurta Sets",
        color="White",
        title="Men White & Gold Kurta with Dhoti Pants",
    ),
    # 28. Photo: a flat lay with no person. A navy blue kurta and a white pyjama side by side on a grey
    # background.
    # caption, color_of kurta/pants, garment_type, is_a, color: base. sleeve_length: cap-e3.
    case(
        "MYN-ETH-75028",
        caption("a navy blue kurta and white pajamas laid out on a grey background"),
        color_of("kurta", "navy"),
        color_of("pants", "white"),
        B.garment_type("it is a garment", "restated"),
        B.sleeve_length(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The gentleman wears a long trousers with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        B.color("grey", "contradiction"),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Men Navy Blue Solid Kurta with Pyjamas",
    ),
    # 29. Photo: a groom under a flower-decked wedding mandap in a gold-toned sherwani with geometric zari work,
    # a red velvet stole, a maroon safa (turban) and a beige churidar.
    # caption, color_of sherwani, garment_type, pattern: base. wearing: cap-e1. is_a: vqa.
    case(
        "MYN-ETH-75029",
        caption("a man in a gold sherwani and a red turban"),
        color_of("sherwani", "gold"),
        wearing(
            "The gentleman is wearing a long-sleeve coat with embroidered patterns and a long trousers. The coat "
            "is with silk fabric. There is a hat on his head. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.garment_type("sherwani"),
        B.pattern("not sure", "non_answer"),
        is_a(
            "sherwani",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sherwanis",
        color="Gold",
        title="Men Gold-Toned Embroidered Sherwani with Churidar & Stole",
    ),
    # 30. Photo: a man in front of a plain blue studio backdrop in a black nehru jacket over a white kurta and
    # white pyjama. The listing's color is the jacket's.
    # caption, color, color_of jacket/kurta, wearing: base. pattern: cap-e3.
    case(
        "MYN-ETH-75030",
        caption("a man in a black vest and white pants standing in front of a blue background"),
        B.color("blue", "contradiction"),
        color_of("jacket", "black"),
        color_of("kurta", "white"),
        B.pattern(
            "The gentleman is wearing a sleeveless vest. The vest is with cotton fabric. The gentleman is wearing "
            "a sleeveless vest. The vest is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black nehru jacket over a white kurta", who="he"),
        gender="Men",
        category="Kurta Sets",
        color="Black",
        title="Men Black Nehru Jacket with White Kurta & Pyjamas",
    ),
    # 31. Photo: a smiling man by a lake in a sea green kurta with mirror work on the yoke and a white pyjama.
    # caption, sleeve_length: cap-e1. color, pattern: base. color_of kurta, material, is_a: vqa.
    case(
        "MYN-ETH-75031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        color_of("kurta", "Sea green"),
        B.pattern("the pattern of the garment is a pattern", "restated"),
        B.sleeve_length(
            "long. The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt "
            "is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        is_a(
            "kurta",
            "Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Sea Green",
        title="Men Sea Green Mirror Work Kurta",
    ),
    # 32. Photo: a man with his hands in his pockets against a black backdrop, in a charcoal grey kurta and a
    # black pyjama.
    # caption, color_of kurta/pants, material: base. color: vqa. sleeve_length: cap-e1.
    case(
        "MYN-ETH-75032",
        caption("a man in a grey kurta with his hands in his pockets"),
        color_of("kurta", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        B.color("Charcoal"),
        B.material("cotton blend with a hidden zip pocket and a matching pocket square", "unsupported"),
        B.sleeve_length(
            "long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline is "
            "stand. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Charcoal",
        title="Men Charcoal Grey Solid Kurta with Pyjamas",
    ),
    # 33. Photo: an indo-western look. A man in a mustard nehru jacket (the product) over a light blue denim
    # shirt and beige chinos, against a white wall.
    # caption, color_of jacket/shirt/pants, material: base. garment_type, is_a: vqa.
    case(
        "MYN-ETH-75033",
        caption("a man in a yellow vest and blue shirt"),
        color_of("jacket", "yellow"),
        color_of("shirt", "blue"),
        color_of("pants", "yellow", "other_garment_color"),
        B.garment_type("denim", "contradiction"),
        is_a("nehru jacket", "no", "contradiction"),
        B.material("made of the material", "restated"),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Men Mustard Yellow Solid Nehru Jacket",
    ),
    # 34. Photo: a man on a plain white background in a powder blue chikankari kurta and white pyjama, with a
    # beige stole.
    # caption, garment_type, material: base. color_of kurta: cap-e3. color_of scarf, pattern, wearing: vqa.
    case(
        "MYN-ETH-75034",
        caption("a man in a light blue kurta and white pajamas with a beige scarf"),
        color_of(
            "kurta",
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and it has a stand neckline. The gentleman wears",
            "non_answer",
            hit_limit=True,
        ),
        color_of("scarf", "Beige"),
        B.pattern("embroidered"),
        B.garment_type("a kurta and pajama set"),
        B.material("cotton"),
        wearing("She is wearing a blue shirt and white pants", "pronoun", who="he"),
        gender="Men",
        category="Kurta Sets",
        color="Blue",
        title="Men Powder Blue Chikankari Kurta with Pyjamas & Stole",
    ),
    # 35. Photo: a product shot with no person. A cream art-silk dhoti with a maroon-and-gold border, folded,
    # with a matching angavastram on top, on white.
    # caption, color, sleeve_length, material, is_a: base. garment_type: vqa. pattern: cap-e3.
    case(
        "MYN-ETH-75035",
        caption("a folded white cloth with a red and gold border"),
        B.garment_type("skirt", "contradiction"),
        B.color("white and gold"),
        B.pattern(
            "The lower clothing is of long length. The fabric is silk and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is silk and it",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("no sleeves"),
        B.material("silk"),
        is_a("dhoti", "i don't know", "non_answer"),
        gender="Men",
        category="Dhotis",
        color="Cream",
        title="Men Cream & Maroon Art Silk Dhoti with Angavastram",
    ),
    # 36. Photo: a man flying a kite on a rooftop under a blue sky, in a saffron orange kurta and white pyjama.
    # caption, color_of kurta/pants, pattern, material: base. color: vqa. is_a: cap-e1.
    case(
        "MYN-ETH-75036",
        caption("a man flying a kite on a rooftop"),
        color_of("kurta", "orange"),
        color_of("pants", "orange", "other_garment_color"),
        B.color(
            "Orange-white Orange-white Orange-white Orange-white Orange-white Orange-white Orange-white "
            "Orange-white Orange-white Orange-white",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        B.material("i don't know", "non_answer"),
        is_a(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Orange",
        title="Men Orange Solid Kurta with Pyjamas",
    ),
    # 37. Photo: a man at a wedding in a plain white cotton kurta, with guests in colorful clothes blurred
    # behind him. Bare wrists.
    # caption, wearing: base. pattern, material: vqa. color, sleeve_length: cap-e3.
    case(
        "MYN-ETH-75037",
        caption("a man in a white kurta standing in a crowd of people"),
        B.color(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and it has a stand neckline. There is an",
            "non_answer",
            hit_limit=True,
        ),
        B.pattern("solid"),
        B.sleeve_length(
            "long-sleeve. The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and it has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and a gold watch", "unsupported", who="he"),
        B.material(
            "Question: What material is the garment made of? Answer: cotton\nQuestion: What is the color of the "
            "garment? Answer: white\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Men White Solid Pure Cotton Kurta",
    ),
    # 38. Photo: a man in a park in a navy blue kurta with a white paisley print and a white churidar.
    # caption, pattern, color, material, is_a: base. color_of pants: vqa.
    case(
        "MYN-ETH-75038",
        caption("a man in a blue and white paisley kurta"),
        B.pattern("paisley"),
        B.color("navy blue and white"),
        color_of("pants", "Navy", "other_garment_color"),
        B.material("it is made of the material of the kurta", "restated"),
        is_a("kurta", "no", "contradiction"),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Men Navy Blue & White Paisley Printed Kurta",
    ),
    # 39. Photo: a headless studio mannequin (no person) in an ivory kurta with gold sequin work and an ivory
    # churidar. The listing has no color column.
    # caption, color, pattern, color_of pants, garment_type: base. is_a: vqa. material: cap-e3.
    case(
        "MYN-ETH-75039",
        caption("a white kurta with gold embroidery on a mannequin"),
        B.color("white"),
        B.pattern("embellished"),
        is_a("kurta", "no", "contradiction"),
        color_of("pants", "gold", "other_garment_color"),
        B.material(
            "The shirt is with silk fabric and it has embroidered patterns. The gentleman wears a long trousers. "
            "The trousers are with silk fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("a kurta worn by a man at a wedding", "unsupported"),
        gender="Men",
        category="Kurta Sets",
        title="Ivory Sequinned Kurta Churidar Set",
    ),
    # 40. Photo: a man in a garden in a pale pink kurta with a royal blue floral printed nehru jacket over it and
    # a white churidar.
    # caption: cap-e1. color_of kurta/jacket: base. color, sleeve_length: vqa.
    case(
        "MYN-ETH-75040",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is stand.",
            "pronoun",
        ),
        color_of("kurta", "pink"),
        color_of("jacket", "blue"),
        B.color("Pink-blue"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Pink",
        title="Men Pink Kurta with Churidar & Blue Printed Nehru Jacket",
    ),
    # 41. Photo: a man outdoors on a misty winter morning in a brown kurta and white pyjama, with a camel wool
    # shawl over his shoulders.
    # caption, color_of kurta/scarf, material, sleeve_length: base. wearing: vqa.
    case(
        "MYN-ETH-75041",
        caption("a woman in a brown kurta and a shawl standing in the fog", "pronoun"),
        color_of("kurta", "brown"),
        color_of("scarf", "brown"),
        B.material("fabric", "non_answer"),
        B.sleeve_length("the sleeves are the length of the sleeves", "restated"),
        wearing(
            "a brown shirt and white pants. a brown shirt and white pants. a brown shirt and white pants. a brown "
            "shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Brown",
        title="Men Brown Solid Kurta with Pyjamas",
    ),
    # 42. Photo: a man on a white studio background in a black asymmetric-hem kurta with a white geometric print
    # and a white churidar. The listing has no seller columns.
    # caption, material: cap-e3. garment_type, color_of kurta/pants: base. pattern, sleeve_length: vqa.
    case(
        "MYN-ETH-75042",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. "
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. "
            "The gentleman is wearing a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.pattern("graphic"),
        color_of("kurta", "black"),
        color_of("pants", "black", "other_garment_color"),
        B.sleeve_length("Question: What is the sleeve length of the garment? Answer: long-sleeve", "leak"),
        B.material(
            "The shirt is with cotton fabric and it has graphic patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
    ),
    # 43. Photo: a man in a palace courtyard in a maroon velvet sherwani, cream churidar and cream stole, wearing
    # a pearl mala.
    # caption, color_of pants/scarf: base. color_of sherwani: vqa. garment_type: cap-e1.
    case(
        "MYN-ETH-75043",
        caption("a woman in a maroon dress with a pearl necklace", "pronoun"),
        color_of("sherwani", "Wine"),
        color_of("pants", "cream"),
        color_of("scarf", "maroon", "other_garment_color"),
        B.garment_type(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with velvet fabric. The "
            "gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sherwanis",
        color="Maroon",
        title="Men Maroon Velvet Sherwani Set with Stole",
    ),
    # 44. Photo: a man sitting cross-legged on the floor in front of pink cushions, in a mint green kurta with
    # white chikankari and a white pyjama.
    # caption, color, color_of kurta, pattern: base. garment_type: vqa. sleeve_length: cap-e3.
    case(
        "MYN-ETH-75044",
        caption("a man sitting on the floor in front of pink pillows"),
        B.color("pink", "contradiction"),
        color_of("kurta", "green"),
        B.pattern("embroidered"),
        B.garment_type("romper/jumpsuit", "contradiction"),
        B.sleeve_length(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and it has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Green",
        title="Men Mint Green Chikankari Kurta with Pyjamas",
    ),
]
