"""BLIND_74 (44 products; a random sample of a Myntra-style marketplace, enrich's default questionnaire): written
blind in the eighteenth session. Measured blind at 7d0a178: 126 / 142 failures found (88.7%) and 6 / 145 correct
texts flagged (4.1%). The writer's notes, verbatim:

Blind corpus 74: BLIP-2 OPT-2.7b outputs on a random sample of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted as the
    catalog is: t-shirts, shirts and kurtas lead), one product per item, with enrich's default questionnaire
    (DEFAULT_QUESTIONS). Each case keeps the caption and the answers the sample kept (not every question for every
    product). The seller columns come from the marketplace export: gender, article type (category=), base colour
    (color=) and the product display name (title=); a few products lack one of them (a title, a colour, a gender).

Which system wrote which text (named per text in the comment above each case)
    - captions: either the untuned base `Salesforce/blip2-opt-2.7b` (short captions that stop on their own) or the
      caption adapter `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3; "ep3") or its epoch-1 checkpoint
      `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` ("ep1"): the DeepFashion-MultiModal template, which
      never stops (no end-of-answer token was trained), so it runs to the 50-token limit or loops.
    - "What is the person wearing?" and most material answers: the untuned base model.
    - closed questions (garment_type, color, pattern, sleeve_length): the VQA adapter `leoreigoto/Data3_V3_BLIP2_VQA`
      through the reference engine; the raw text is kept when it maps to no candidate (loops, leaked prompts, "yes").
    - description and details: the base model or the caption adapter (ep3 unless ep1 is named), as the per-question
      routing of that run chose; the adapter's texts run to the 30-token limit.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else under /work/main, no other
    corpus, no audit code, no docs. The photos are imagined; each case's comment describes the photo every label was
    judged against. The only thing run was an import check of this file.

Label conventions and judgement calls
    - One label per text. A text that loops and also reaches the token limit is labelled "loop" (hit_limit=True);
      a text cut at the limit that has no other failure is "cut". One adapter text that misgenders the wearer and
      is also cut at the limit is labelled "pronoun" (hit_limit=True): the misgendering is the worse fault.
    - The caption adapter's template vocabulary inside a text already labelled cut or loop ("long-sleeve shirt" or
      "dress" for a kurta, "The gentleman wears" on a flat-lay product shot) is not labelled a second time.
    - "cut" before the limit (hit_limit=False) is used for base-model answers that stop mid-phrase on their own.
    - Near-colour synonyms of the seller's base colour are correct: navy -> "blue"/"dark blue", maroon -> "red",
      mustard -> "yellow", teal -> "green"/"teal", olive -> "green", khaki -> "beige", grey melange -> "grey",
      magenta -> "pink", lavender -> "purple", off-white -> "cream"/"white".
    - A closed colour or garment-type answer that names another visible thing (the wall, the layer under a jacket,
      the bottoms, a dupatta, a print's accent colour) is a "contradiction"; an open answer (wearing, description)
      that gives the product another garment's colour is "other_garment_color".
    - Base-model captions and answers calling a kurta a "dress" when the bottoms are visible are "contradiction";
      "kurta", "tunic", "vest" for a Nehru jacket, "sweater" for a sweatshirt, "polo shirt" for a polo t-shirt are
      correct.
    - Backgrounds named in captions ("in front of a pink wall") are correct when the garment's colour is right.
    - Material: a plausible everyday fibre for the garment ("cotton", "denim", "silk" for a Banarasi saree, "tulle"
      for a tulle dress, "polyester" for track pants) is correct; a fibre claim the photo cannot support or that
      contradicts the look ("pure handloom silk", "100% cotton, machine washable", "leather" on a matte nylon
      bomber, "wool" on a thin henley) is "unsupported". Invented construction (pockets, zips, lace, a bow that is
      not there) is "unsupported".
    - Answers that only echo the question ("the details of the garment", "the material of the garment is fabric",
      a bare "material") are "restated"; empty, "unknown", "i don't know", "nothing", "no", "yes" to an open or
      type question, an answer about something else ("a red dress" for the material) and "they are long"/"they are
      short" for bottoms' details are "non_answer".
    - Extra judgement calls: "egyptian cotton", "organic cotton, safe for kids", a brand logo or a handbag that is
      not in the photo are "unsupported"; a closed answer for sleeves or pattern that the caption and photo
      contradict ("long" for a short-sleeve tee, "striped" for a checked shirt) is "contradiction"; "red" for a
      maroon garment and "peach" for a peach top are correct.
    - "leak": the `Question: ... Answer:` format in the output, or a continuation into the next question.
    - On product shots without a person, naming the garment for "What is the person wearing?" is correct; inventing
      a second garment there is "unsupported".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_74: list[Case] = [
    # 1. Photo: young man, navy round-neck tee with a white "ROADSTER CO. EST 2012" chest print, black jeans, a
    # watch on his left wrist, grey studio backdrop. Caption: caption adapter ep3; wearing, details, material: base;
    # closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-M-TS-40211",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt and black jeans"),
        D.color("navy blue"),
        D.description(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.details("the t-shirt has a roadster logo on the front and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Round Neck T-shirt",
    ),
    # 2. Photo: man in a white pique polo, beige chinos, sunglasses pushed up on his head, a green hedge behind him.
    # Caption, wearing, material: base; closed: VQA adapter; details: caption adapter ep3.
    case(
        "MYN-M-TS-40987",
        caption("a man in a white polo shirt standing in front of a hedge"),
        D.wearing("a white polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("green", "contradiction"),
        D.details(
            "The shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the color of the shirt? Answer: white", "leak"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # 3. Photo: man with long hair tied back, black tee with a large orange-and-white tiger graphic, grey joggers,
    # white sneakers. Caption, wearing, description, material: base; closed: VQA adapter.
    case(
        "MYN-M-TS-41530",
        caption("a woman wearing a black t-shirt with a tiger on it", "pronoun"),
        D.wearing("a black t-shirt and grey sweatpants"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("she is wearing a black t-shirt with a tiger print", "pronoun"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Graphic Printed T-shirt",
    ),
    # 4. Photo: product shot, no person: a grey marl round-neck tee laid flat on a white background, sleeves folded.
    # Caption, wearing, details, material: base; closed: VQA adapter.
    case(
        "MYN-M-TS-42077",
        caption("a grey t-shirt on a white background"),
        D.wearing("a t-shirt and a pair of jeans", "unsupported"),
        D.garment_type("t-shirt"),
        D.color("white", "contradiction"),
        D.details("a grey t-shirt with a round neck and short sleeves"),
        D.material("it is made of material", "restated"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Mast & Harbour Men Grey Melange Solid Round Neck T-shirt",
    ),
    # 5. Photo: man in an olive long-sleeve henley with three buttons, blue jeans, a red brick wall behind. Caption:
    # caption adapter ep3; wearing, material: base; closed: VQA adapter; description: caption adapter ep3; details:
    # base.
    case(
        "MYN-M-TS-42310",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. "
            "The pants this gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and jeans"),
        D.color("olive"),
        D.description(
            "The shirt has long sleeves, cotton fabric and pure color patterns. The shirt has long sleeves, cotton "
            "fabric and pure color patterns. The shirt has long",
            "loop",
            hit_limit=True,
        ),
        D.details("three buttons on the front"),
        D.material("wool", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="WROGN Men Olive Green Solid Henley T-shirt",
    ),
    # 6. Photo: man in a red-and-white horizontally striped tee, navy shorts, on a beach. Caption, wearing,
    # material: base; closed: VQA adapter; description, details: caption adapter ep3.
    case(
        "MYN-M-TS-43012",
        caption("a man in a red and white striped shirt standing on the beach"),
        D.wearing("a red and white striped shirt and blue shorts"),
        D.color("red"),
        D.pattern("striped"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and stripe patterns. It has a round neckline. The "
            "gentleman wears a short pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "stripe-stripe-stripe-stripe-stripe-stripe-stripe-stripe-stripe-stripe-stripe-stripe-stripe-stripe",
            "loop",
            hit_limit=True,
        ),
        D.material("100% cotton, machine washable", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Difference of Opinion Men Red & White Striped Round Neck T-shirt",
    ),
    # 7. Photo: man in a maroon round-neck tee, black trousers, plain white wall; no watch, no jewellery. No title
    # in the export. Caption: caption adapter ep1; wearing, description, details, material: base; closed: VQA
    # adapter.
    case(
        "MYN-M-TS-43548",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist. There is an accessory on his wrist. There is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red t-shirt and black pants"),
        D.color("maroon"),
        D.description("a maroon t-shirt"),
        D.details("the details of the garment", "restated"),
        D.material("unknown", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
    ),
    # 8. Photo: man in a blue-and-white checked shirt, sleeves rolled, beige chinos, leaning on a cafe table.
    # Caption, wearing, material: base; closed: VQA adapter; description, details: caption adapter ep3.
    case(
        "MYN-M-SH-50133",
        caption("a man in a blue and white checkered shirt leaning on a table"),
        D.wearing("a blue plaid shirt and khaki pants"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The gentleman "
            "wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("Answer: cotton", "leak"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 9. Photo: man in a white formal shirt, navy tie, charcoal trousers, in an office corridor. Caption, wearing,
    # description, details, material: base; closed: VQA adapter.
    case(
        "MYN-M-SH-50702",
        caption("a man in a white shirt and tie standing in an office"),
        D.wearing("a white shirt, a blue tie and grey pants"),
        D.color("white"),
        D.description("a white shirt with a", "cut"),
        D.details(
            "a white shirt and a white tie and a white shirt and a white tie and a white shirt and a white tie and a",
            "loop",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
    ),
    # 10. Photo: man in an olive shirt worn open over a white tee, black jeans; the shirt has two chest flap
    # pockets. Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-M-SH-51219",
        caption("a man wearing a green shirt over a white t-shirt"),
        D.wearing("a white t-shirt, a green shirt and black jeans"),
        D.garment_type("shirt"),
        D.color("white", "contradiction"),
        D.description(
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has two pockets and buttons"),
        D.material("the material of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Green Regular Fit Solid Casual Shirt",
    ),
    # 11. Photo: man in a short-sleeve black shirt with a small white floral print, light blue jeans, palm trees
    # behind. Caption: caption adapter ep3; wearing, description, details, material: base; closed: VQA adapter.
    case(
        "MYN-M-SH-51876",
        caption(
            "The gentleman is wearing a short-sleeve shirt with floral patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue jeans", "other_garment_color"),
        D.color("black"),
        D.pattern("floral"),
        D.description("a black shirt with white flowers"),
        D.details("white flowers printed all over"),
        D.material("rayon Question: What is the color of the jeans? Answer: blue", "leak"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Dennis Lingo Men Black & White Floral Printed Casual Shirt",
    ),
    # 12. Photo: man in a light pink formal shirt, grey trousers, studio. The export lacks the base colour. Caption,
    # wearing, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-M-SH-52301",
        caption("a man in a pink shirt and grey pants"),
        D.wearing("she is wearing a pink shirt and grey pants", "pronoun"),
        D.garment_type("yes", "non_answer"),
        D.color("pink"),
        D.description(
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "neckline of the shirt is lapel. The neckline of the shirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("egyptian cotton", "unsupported"),
        gender="Men",
        category="Shirts",
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
    ),
    # 13. Photo: man cropped from the chest down, light blue skinny jeans, white tee tucked in, white sneakers.
    # Caption, wearing, description, material: base; closed: VQA adapter; details: caption adapter ep3.
    case(
        "MYN-M-JN-60418",
        caption("a man wearing blue jeans and a white t-shirt"),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white", "contradiction"),
        D.description("a pair of white jeans", "other_garment_color"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 14. Photo: product shot, no person: black jeans folded on a wooden surface, plain, no rips, the back pocket
    # just visible. Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter
    # ep3.
    case(
        "MYN-M-JN-60955",
        caption("a pair of black jeans on a wooden table"),
        D.wearing("jeans"),
        D.color("black"),
        D.description(
            "The trousers are with denim fabric and pure color patterns. The lower clothing is of long length. The "
            "trousers are with denim fabric and pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.details("the jeans have a ripped knee and a zipper on the side", "unsupported"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Slim Tapered Fit Jeans",
    ),
    # 15. Photo: man in a white knee-length kurta with a mandarin collar and a short button placket, white churidar,
    # beige wall. Caption: caption adapter ep3; wearing, description, details, material: base; closed: VQA adapter.
    case(
        "MYN-M-KU-70120",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is "
            "with cotton fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.description("a white kurta pajama"),
        D.details("it has a mandarin collar and buttons on the front"),
        D.material("linen Question: What is the color of the kurta? Answer: white", "leak"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Solid Straight Kurta",
    ),
    # 16. Photo: man in a mustard kurta with a small maroon motif print, white pyjama, brown mojaris, a sunlit
    # courtyard. Caption, wearing, material: base; closed: VQA adapter; description, details: caption adapter ep3.
    case(
        "MYN-M-KU-70644",
        caption("a man in a yellow kurta standing in a courtyard"),
        D.wearing("a yellow kurta and white pajamas"),
        D.color("yellow"),
        D.description(
            "The shirt has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The gentleman "
            "wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic "
            "patterns, graphic patterns, graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of pure handloom silk", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Mustard",
        title="Anouk Men Mustard Yellow Ethnic Motifs Printed Straight Kurta",
    ),
    # 17. Photo: man in khaki chinos with a navy polo tucked in, brown belt, grey backdrop. Caption, wearing,
    # description, details, material: base; closed: VQA adapter.
    case(
        "MYN-M-TR-71302",
        caption("a man wearing a blue shirt and beige pants"),
        D.wearing("a blue polo shirt and khaki pants"),
        D.garment_type("pants"),
        D.color("beige"),
        D.description("a pair of blue pants", "other_garment_color"),
        D.details("they are long", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
    ),
    # 18. Photo: man in black track pants with a thin white side stripe, a grey tee, running shoes, in a gym.
    # Caption: caption adapter ep1; wearing, description, details, material: base; closed: VQA adapter. The base
    # model's details stop on their own before the limit, mid-phrase ("an elastic ...").
    case(
        "MYN-M-TP-71877",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt "
            "is with cotton fabric. It has a round neckline. The pants are with cotton fabric and stripe patterns. "
            "The pants are with cotton fabric and stripe patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and grey pants", "other_garment_color"),
        D.color("black"),
        D.pattern("solid"),
        D.description("black track pants with a white stripe on the side"),
        D.details("a white stripe on the side and an elastic", "cut"),
        D.material("polyester"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 19. Photo: man in navy chino shorts and a white linen shirt, sandals, beside a pool. Caption, wearing,
    # details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-M-SR-72210",
        caption("a man in a white shirt and blue shorts standing by a pool"),
        D.wearing("a white shirt and blue shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("navy blue"),
        D.description(
            "The shorts are with cotton fabric and pure color patterns. The lower clothing is of short length. The "
            "shorts are with cotton fabric and pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Jack & Jones Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 20. Photo: man in a grey marl pullover hoodie with a kangaroo pocket and a small black Puma logo, no zip,
    # black joggers. Caption: caption adapter ep3; wearing, details, material: base; closed: VQA adapter.
    case(
        "MYN-M-SW-72845",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.color("grey"),
        D.sleeve_length("long"),
        D.details("it has a hood, a kangaroo pocket and a zipper", "unsupported"),
        D.material("cotton Answer: cotton", "leak"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Puma Men Grey Melange Hooded Sweatshirt",
    ),
    # 21. Photo: man in an olive bomber jacket half zipped, matte nylon shell, ribbed cuffs, black tee underneath,
    # blue jeans, on a street. Caption, wearing, material: base; closed: VQA adapter; description, details: caption
    # adapter ep3.
    case(
        "MYN-M-JK-73390",
        caption("a man in a green jacket and jeans standing on a street"),
        D.wearing("a green jacket, a black shirt and blue jeans"),
        D.color("black", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The gentleman wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The jacket has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "gentleman wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 22. Photo: man in a navy self-design Nehru jacket over a white kurta and white churidar, marigold garlands
    # behind. Caption, wearing, description: base; closed: VQA adapter; details: caption adapter ep3.
    case(
        "MYN-M-NJ-73921",
        caption("a man in a blue vest and white kurta standing in front of orange flowers"),
        D.wearing("a blue vest over a white kurta"),
        D.garment_type("vest"),
        D.color("white", "contradiction"),
        D.description("a white jacket", "other_garment_color"),
        D.details(
            "The vest is with cotton fabric and pure color patterns. It has a stand neckline. The vest is with cotton "
            "fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Self Design Nehru Jacket",
    ),
    # 23. Photo: woman in a pink straight kurta with a gold embroidered yoke, white palazzos, grey backdrop.
    # Caption, wearing, material: base; closed: VQA adapter; description, details: caption adapter ep3.
    case(
        "MYN-W-KU-80117",
        caption("a woman in a pink kurta and white pants"),
        D.wearing("a pink dress", "contradiction"),
        D.color("pink"),
        D.description(
            "The dress has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The dress has "
            "long sleeves, cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shirt has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink Yoke Design Straight Kurta",
    ),
    # 24. Photo: woman in a teal A-line kurta with three-quarter sleeves, white leggings, gold jhumkas, studio.
    # Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-W-KU-80562",
        caption("a woman in a blue dress with gold earrings", "contradiction"),
        D.wearing("a green kurta and white leggings"),
        D.color("teal"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The dress has three-point sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the kurta are the details", "restated"),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Blue Solid A-Line Kurta",
    ),
    # 25. Photo: woman in a yellow straight kurta with a blue floral print, blue palazzos, a garden with pink
    # flowers behind; no rings visible. Caption: caption adapter ep1; wearing, description, material: base; closed:
    # VQA adapter; details: caption adapter ep1.
    case(
        "MYN-W-KU-81093",
        caption(
            "This lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow floral kurta and blue pants"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.description("a yellow kurta with blue flowers"),
        D.details(
            "floral patterns. The shirt is with cotton fabric. It has a V-shape neckline. floral patterns. The shirt "
            "is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.material("Question: What is the material of the kurta? Answer: cotton", "leak"),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Sangria Women Yellow Floral Printed Straight Kurta",
    ),
    # 26. Photo: product shot, no person: a maroon straight kurta with a gold foil print (no mirror work, plain
    # sleeves), ghost-mannequin style on white. No title in the export. Caption, details, material: base; closed:
    # VQA adapter; description: caption adapter ep3.
    case(
        "MYN-W-KU-81640",
        caption("a red and gold kurta on a white background"),
        D.garment_type("kurta"),
        D.color("maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon", "loop", hit_limit=True),
        D.pattern("printed"),
        D.description(
            "The shirt has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it",
            "cut",
            hit_limit=True,
        ),
        D.details("gold foil print and mirror work on the sleeves", "unsupported"),
        D.material("the material of the garment is fabric", "restated"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
    ),
    # 27. Photo: woman in a green embroidered kurta and matching green trousers, a pink dupatta over one shoulder,
    # sitting on a beige sofa. Caption, wearing, details, material: base; closed: VQA adapter; description: caption
    # adapter ep3.
    case(
        "MYN-W-KS-82204",
        caption("a woman in a green kurta with a pink dupatta sitting on a couch"),
        D.wearing("a pink kurta with green pants", "other_garment_color"),
        D.color("green"),
        D.description(
            "This lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("embroidery on the neck and a pink dupatta"),
        D.material("the garment is made of", "cut"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Anouk Women Green Embroidered Kurta with Trousers & Dupatta",
    ),
    # 28. Photo: woman in a plain black sleeveless top (no bow, no lace), light blue jeans, white background.
    # Caption: caption adapter ep3; wearing, description, details: base; closed: VQA adapter.
    case(
        "MYN-W-TP-83015",
        caption(
            "This female is wearing a sleeveless tank top with pure color patterns and a long denim pants. The tank "
            "top is with cotton fabric. The neckline of it is round. The pants are with denim fabric and pure color "
            "patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and blue jeans", "other_garment_color"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description("he is wearing a black top", "pronoun"),
        D.details("the top has a bow on the back and lace trim", "unsupported"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Harpa Women Black Solid Top",
    ),
    # 29. Photo: woman in a white short-sleeve peplum top with white eyelet embroidery, black skinny jeans, a pink
    # wall. Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-W-TP-83492",
        caption("a woman in a white top standing in front of a pink wall"),
        D.wearing("a white top and black pants"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short"),
        D.description(
            "The tank top is with cotton fabric. It has a round neckline. The tank top is with cotton fabric. It has "
            "a round neckline. The tank top",
            "loop",
            hit_limit=True,
        ),
        D.details("eyelet embroidery and a peplum hem"),
        D.material("material", "restated"),
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White Embroidered Peplum Top",
    ),
    # 30. Photo: woman, cropped at the chin, in a peach long-sleeve wrap top tied at the waist, white trousers.
    # Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter ep1.
    case(
        "MYN-W-TP-83977",
        caption("a woman wearing a peach top and white pants"),
        D.wearing("a white top and white pants", "other_garment_color"),
        D.color("peach"),
        D.sleeve_length("long"),
        D.description(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a V-shape neckline. This lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the top are on the top", "restated"),
        D.material("polyester"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="SASSAFRAS Women Peach-Coloured Solid Wrap Top",
    ),
    # 31. Photo: woman in a red short-sleeve fit-and-flare knee-length dress, black heels, white studio, no watch,
    # bracelet or bag, hands empty. Caption, wearing, material: base; closed: VQA adapter; description, details:
    # caption adapter ep3.
    case(
        "MYN-W-DR-84330",
        caption("a woman in a red dress holding a handbag", "unsupported"),
        D.wearing("a red dress and black shoes"),
        D.color("red"),
        D.description(
            "This lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is of medium length. The dress is of medium length. The dress is of medium length. The dress "
            "is of medium length. The",
            "loop",
            hit_limit=True,
        ),
        D.material("a red dress", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="SASSAFRAS Women Red Solid Fit and Flare Dress",
    ),
    # 32. Photo: woman in a sleeveless blue maxi dress with a white floral print and a straw hat, on a beach.
    # Caption, details: caption adapter ep3; wearing, description, material: base; closed: VQA adapter.
    case(
        "MYN-W-DR-84871",
        caption(
            "This lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady wears a hat. The dress is of long length. This lady wears a hat. This lady "
            "wears a hat. This",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white floral dress and a straw hat"),
        D.color("blue"),
        D.pattern("floral"),
        D.description("a long blue dress with white flowers"),
        D.details(
            "The dress has no sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The dress is "
            "of long length. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon Question: What is the color of the hat? Answer: beige", "leak"),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Athena Women Blue & White Floral Print Maxi Dress",
    ),
    # 33. Photo: woman draped in a magenta Banarasi saree with a wide gold zari border, gold blouse, a temple
    # behind. Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-W-SA-85410",
        caption("a woman in a pink sari standing in front of a temple"),
        D.wearing("a gold saree", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.color("gold", "contradiction"),
        D.description(
            "This lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        D.details("a gold border"),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Magenta",
        title="Mitera Magenta Zari Woven Banarasi Saree",
    ),
    # 34. Photo: woman in mid-blue high-rise skinny jeans with frayed ankle hems, white crop tee, pastel backdrop.
    # Caption: caption adapter ep3; wearing, description, details, material: base; closed: VQA adapter.
    case(
        "MYN-W-JN-85966",
        caption(
            "This female is wearing a short-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric. It has a round neckline. The denim pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("blue"),
        D.description("he is wearing blue jeans", "pronoun"),
        D.details("the jeans have frayed hems"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit High-Rise Jeans",
    ),
    # 35. Photo: woman in black ankle-length leggings under a long white kurti that covers her hips; the product is
    # the leggings. Caption, wearing, description, material: base; closed: VQA adapter; details: caption adapter
    # ep3.
    case(
        "MYN-W-LG-86502",
        caption("a woman in a white kurta and black leggings"),
        D.wearing("a white kurta and black leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("black"),
        D.description("white leggings", "other_garment_color"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lower clothing is of long length. The "
            "pants are with cotton fabric and pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.material("i'm not sure", "non_answer"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 36. Photo: woman in a white tee with a black "GOOD VIBES" text print, denim shorts, sunglasses, outdoors.
    # Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-W-TS-87044",
        caption("a woman wearing a white t-shirt that says good vibes"),
        D.wearing("a white t-shirt and denim shorts"),
        D.color("white Answer: white", "leak"),
        D.pattern("printed"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. This female "
            "wears a short pants. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the t-shirt says good vibes good vibes good vibes good vibes good vibes good vibes good vibes good "
            "vibes good vibes good vibes good vibes good vibes",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="HERE&NOW Women White Printed Round Neck T-shirt",
    ),
    # 37. Photo: woman in a lavender short-sleeve tee tucked into a white pleated midi skirt, a thin gold bracelet.
    # Caption: caption adapter ep1; wearing, description, details, material: base; closed: VQA adapter.
    case(
        "MYN-W-TS-87589",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. There "
            "is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple t-shirt and a white skirt"),
        D.color("purple"),
        D.sleeve_length("long", "contradiction"),
        D.description("a white t-shirt", "other_garment_color"),
        D.details("it is tucked in"),
        D.material("the t-shirt is made of fabric", "restated"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="DressBerry Women Lavender Solid Round Neck T-shirt",
    ),
    # 38. Photo: woman in a navy tunic with a white geometric print, three-quarter sleeves, black jeggings. Caption,
    # wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-W-TU-88120",
        caption("a woman in a blue and white printed tunic"),
        D.wearing("a black tunic and black leggings", "other_garment_color"),
        D.color("navy blue"),
        D.pattern("printed"),
        D.description(
            "The shirt has three-point sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "shirt has three-point sleeves, cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.details("white print"),
        D.material("", "non_answer"),
        gender="Women",
        category="Tunics",
        color="Navy Blue",
        title="Vishudh Women Navy Blue Printed Tunic",
    ),
    # 39. Photo: woman in off-white flared palazzos and a short green kurti that covers the waistband. Caption,
    # wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-W-PZ-88653",
        caption("a woman in a green top and white pants"),
        D.wearing("a green kurta and green pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("cream"),
        D.description(
            "The pants are with cotton fabric and pure color patterns. The lower clothing is of long length. The "
            "pants this lady wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.details("elastic waistband and side pockets", "unsupported"),
        D.material("nothing", "non_answer"),
        gender="Women",
        category="Palazzos",
        color="Off White",
        title="Varanga Women Off-White Solid Flared Palazzos",
    ),
    # 40. Photo: boy of about six with shoulder-length hair, yellow tee with a blue dinosaur print, navy shorts.
    # Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-B-TS-90214",
        caption("a little girl wearing a yellow t-shirt with a dinosaur on it", "pronoun"),
        D.wearing("a yellow t-shirt and blue shorts"),
        D.color("yellow"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The lady "
            "wears a short pants. The pants are with cotton",
            "pronoun",
            hit_limit=True,
        ),
        D.details("a dinosaur"),
        D.material("organic cotton, safe for kids", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Round Neck T-shirt",
    ),
    # 41. Photo: product shot, no person: a blue-and-white striped short-sleeve shirt with a chest pocket and navy
    # drawstring shorts laid flat on white. The export lacks the base colour. Caption, wearing, details, material:
    # base; closed: VQA adapter; description: caption adapter ep3.
    case(
        "MYN-B-CS-90738",
        caption("a blue and white striped shirt and blue shorts on a white background"),
        D.wearing(
            "a shirt and shorts and a shirt and shorts and a shirt and shorts and a shirt and shorts and a shirt and "
            "shorts and a shirt and",
            "loop",
            hit_limit=True,
        ),
        D.color("white Question: What is the color of the shorts? Answer: blue", "leak"),
        D.pattern("striped"),
        D.description(
            "The gentleman is wearing a short-sleeve shirt with stripe patterns and a short pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket and the shorts have a drawstring"),
        D.material("cotton"),
        gender="Boys",
        category="Clothing Set",
        title="Babyhug Boys Blue & White Striped Shirt with Shorts",
    ),
    # 42. Photo: girl in a sleeveless pink tulle party dress with a sequin bodice and a bow at the waist, silver
    # shoes, balloons behind. Caption: caption adapter ep3; wearing, description, details, material: base; closed:
    # VQA adapter.
    case(
        "MYN-G-DR-91302",
        caption(
            "This lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of it is round. This lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("short", "contradiction"),
        D.description("a pink dress with sparkles"),
        D.details("he has a pink dress with a bow", "pronoun"),
        D.material("tulle"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Tulle Fit and Flare Party Dress",
    ),
    # 43. Photo: girl in an orange printed kurta with gold gota trim at the neck and hem, a green sharara clearly
    # visible below it. Caption, wearing, details, material: base; closed: VQA adapter; description: caption adapter
    # ep3.
    case(
        "MYN-G-KS-91865",
        caption("a little girl in an orange dress", "contradiction"),
        D.wearing("an orange kurta and green pants"),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.description(
            "This lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("gota lace on the neck and hem"),
        D.material("the material is the material of the garment", "restated"),
        gender="Girls",
        category="Kurta Sets",
        color="Orange",
        title="Biba Girls Orange Printed Kurta with Sharara",
    ),
    # 44. Photo: boy in a navy crew-neck sweatshirt with a small white United Colors of Benetton logo, grey joggers,
    # a classroom behind. The export lacks gender and title. Caption: caption adapter ep1; wearing, description,
    # details, material: base; closed: VQA adapter.
    case(
        "MYN-K-SW-92410",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric. The neckline of it is round. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweatshirt and grey pants"),
        D.garment_type("sweater"),
        D.color("navy"),
        D.description("a grey sweatshirt", "other_garment_color"),
        D.details("a small nike logo", "unsupported"),
        D.material("Question: What is the person wearing? Answer: a blue sweatshirt", "leak"),
        category="Sweatshirts",
        color="Navy Blue",
    ),
]
