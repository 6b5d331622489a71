"""BLIND_137 (44 products; the experiments re-run on a Myntra-style catalog of men's ethnic and winter wear, with
is_a and color_of questions): written blind in the twenty-first session. Measured blind at 620e846: 122/141 failures
found (86.5%) and 14/147 correct texts flagged (9.5%). The writer's notes, verbatim:

Blind corpus 137: BLIP-2 OPT-2.7b on a Myntra-style catalog of men's ethnic and winter wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters are re-run on a Myntra-style
    catalog of men's ethnic and winter wear: kurtas, kurta pyjama sets, nehru jackets, sherwanis, sweaters,
    sweatshirts, puffer jackets and thermals. Most photos show a male model who wears the product with other
    garments (a nehru jacket over a kurta, a sweater over a shirt, a puffer over a hoodie, with jeans or chinos or a
    churidar); some are flat packshots, hanger or mannequin shots with no person. The questions are enrich's default
    questionnaire (DEFAULT_QUESTIONS), for a thermal product the blind closed questions (BLIND_QUESTIONS), plus a few
    "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions. The seller's marketplace columns
    (gender, article type as category, base colour as color, product title) are passed to case(); some products lack
    one or more of them.

Which system wrote which text (named per text in the comment above each case)
    - base: Salesforce/blip2-opt-2.7b untuned. Short answers that stop at the newline; captions like "a man in a
      white kurta standing in front of a beige wall". Its failures: one color for every garment, the color of the
      garment worn under or with the product, "she"/"a woman" for a male model, invented details, empty or
      evasive answers, answers that only echo the question, and an occasional answer that stops mid-phrase.
    - caption ep1 / caption ep3: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption. They write the DeepFashion-MultiModal template ("The upper
      clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. ...") for every
      prompt, name no hues, never stop (cut at 50 tokens for captions, 30 for answers, or looping), say "her"/"lady"
      because the data is mostly women, and invent people, lower garments and accessories ("This man wears a
      ring") on packshots.
    - VQA: leoreigoto/Data3_V3_BLIP2_VQA. One-word answers from the In-shop classes (sweater, coat, vest, dress,
      blouse) that never stop: the word repeated to the limit, or the "Question: ... Answer: ..." format continued.

How it was written
    Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, TARGETS). Nothing else under /work/main
    was opened or searched. Every text and label was written by hand against the photo imagined in the comment
    above its case; the only check run was an import of this module.

Label conventions and judgement calls
    - One label per text. A text with several faults takes the most specific one: loop and leak over cut, and
      pronoun / unsupported / other_garment_color over a truncation that comes with them (hit_limit=True still
      records that the text ran to the limit).
    - cut: the text stops mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for
      captions: about 22-26 and 38-42 words of this text). A few base answers are cut before the limit
      (hit_limit=False), e.g. "a golden sherwani with a pink".
    - loop: the same word, phrase or template sentence repeated until the limit; these carry hit_limit=True.
    - leak: the answer goes on with the prompt format ("\\nQuestion: What is the color of the pants? Answer: ...").
    - non_answer: nothing usable: empty, "nothing", "none", "unknown", "i don't know", "no" to an open question,
      "a man" on a packshot, a single question word ("material", "a pattern"), or the caption template returned to
      a closed question it does not answer (color, garment type), even when that template is also cut.
    - restated: a full sentence that only rephrases the question with no information ("the garment is made of
      fabric", "the details of the garment are on the front").
    - contradiction: a garment type, color, pattern or sleeve length that the photo, the other texts or the seller
      contradict, where the wrong value is not another visible garment's color (a kurta called "dress", "blouse" or
      "shirt"; a sherwani called a "wedding dress"; "long" sleeves for a sleeveless nehru jacket or sweater vest;
      "striped"/"plaid" for fair isle or argyle; "grey" or "black" for a teal set or a navy thermal set).
    - other_garment_color: the product given the color of a garment worn with it (the white kurta under a navy
      nehru jacket, the blue jeans under a black puffer, the light blue shirt under a maroon sweater), including a
      base caption that gives the sweater the grey of the trousers, and "a white collar" that is the shirt's.
    - unsupported: a detail not in the photo: a zipper, hood, chest pocket, hat, ring or accessory that is not
      there; a person and lower garment invented on a packshot; "leather" for a nylon puffer.
    - pronoun: "she", "her", "a woman", "the lady" for a male model (all on products whose seller gender is Men).
    - Correct, deliberately hard: near-color synonyms of the seller's base colour (burgundy for Maroon, cream for
      Off White, yellow for Mustard, light purple for Lavender, dark grey for Charcoal, white for an off-white or
      cream garment); colors of other garments correctly attributed in layered outfits ("a navy blue vest over a
      white kurta"); backgrounds named in captions (beige wall, brick wall, graffiti, snow, Diwali lights); print
      colors of patterned garments ("a blue sweater with a red and white pattern"); packshots described without a
      person; a nehru jacket answered "jacket" or "vest", a puffer "coat", a zip cardigan "cardigan" (seller:
      Sweaters), a thermal top "t-shirt", thermal bottoms "pants", a thermal set "long johns".
    - Closed answers are one candidate word from the reference engine when the generation mapped; a raw generation
      (loop, leak, template) is kept when it did not, and is labelled like an open text.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_137: list[Case] = [
    # Photo: male model, plain white cotton straight kurta, long sleeves, mandarin collar, white pyjama, beige wall.
    # caption, wearing, garment_type, color, material: base; details: caption ep3 (cut at 30 tokens).
    case(
        "MYN-KRT-10231",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing("a white kurta and white pyjamas"),
        D.garment_type("kurta"),
        D.color("white"),
        D.details(
            "The person is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "It has a stand collar. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Fabindia Men White Solid Cotton Straight Kurta",
    ),
    # Photo: model in a solid navy nehru jacket buttoned over a white kurta and white churidar, grey backdrop.
    # caption, wearing, garment_type, color, sleeve_length: base; is_a, color_of: VQA.
    case(
        "MYN-NJ-22107",
        caption("a man wearing a navy blue vest over a white kurta"),
        D.wearing("a blue jacket and white kurta"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        is_a("nehru jacket", _rep("yes", 30), "loop", hit_limit=True),
        color_of("jacket", "navy"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
    ),
    # Photo: model in a maroon kurta with a gold-embroidered yoke, cream pyjama, haveli courtyard behind.
    # caption: caption ep3 (50 tokens); wearing, color, pattern, details: base; description, is_a: VQA.
    case(
        "MYN-KS-77810",
        caption(
            "The upper clothing has long sleeves, silk fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon kurta and white pants"),
        D.color("burgundy"),
        D.pattern("embroidered"),
        D.details("gold embroidery on the neck"),
        D.description("maroon\nQuestion: What is the color of the pants? Answer: white", "leak", hit_limit=True),
        is_a("dress", "yes", "contradiction"),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Sojanya Men Maroon Embroidered Kurta with Pyjamas",
    ),
    # Photo: flat packshot of a grey melange crew-neck sweatshirt on white, no person.
    # caption, garment_type, color, sleeve_length, material: base; wearing: caption ep1 (invents a person).
    case(
        "MYN-SWS-11024",
        caption("a grey sweatshirt on a white background"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.sleeve_length("long"),
        D.wearing(
            "The person is wearing a long-sleeve sweatshirt with pure color patterns. He wears a long pants. "
            "There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Sweatshirt",
    ),
    # Photo: model in an open black puffer jacket over a white tee, blue jeans, street behind.
    # caption: caption ep3; wearing, color, garment_type, material, is_a: base; details: VQA.
    case(
        "MYN-JKT-55302",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is crew. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("polyester"),
        D.details(_rep("black", 30), "loop", hit_limit=True),
        is_a("puffer jacket", "yes"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="HRX Men Black Solid Puffer Jacket",
    ),
    # Photo: model in a mustard kurta with a small white floral print, white pyjama, potted plants beside him.
    # caption, wearing, color, pattern, sleeve_length: base; description: caption ep3; is_a: VQA.
    case(
        "MYN-KRT-33198",
        caption("a man in a yellow kurta standing next to a plant"),
        D.wearing("a yellow kurta and white pants"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.description(
            "Her shirt has long sleeves, cotton fabric and floral patterns. The neckline of it is stand. The lower "
            "clothing is of long length. The fabric is cotton and",
            "pronoun",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Men",
        category="Kurtas",
        color="Mustard",
        title="Vastramay Men Mustard Yellow Printed Straight Kurta",
    ),
    # Photo: model in an off-white sherwani with gold thread embroidery, matching churidar, red stole over one
    # shoulder, palace arch behind. caption, garment_type, color, wearing, description: base; pattern: VQA (raw,
    # unmapped); details: caption ep1.
    case(
        "MYN-SHW-90013",
        caption("a man in a white wedding dress with a red scarf", "contradiction"),
        D.garment_type("sherwani"),
        D.color("cream"),
        D.pattern(_rep("floral", 30), "loop", hit_limit=True),
        D.wearing("a white sherwani and a red dupatta"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower",
            "cut",
            hit_limit=True,
        ),
        D.description("a white sherwani with gold embroidery and a red dupatta"),
        gender="Men",
        category="Sherwani",
        color="Off White",
        title="Manyavar Men Off-White Embroidered Sherwani Set",
    ),
    # Photo: model in an olive cable-knit crew sweater, white shirt collar showing at the neck, beige chinos, grey
    # backdrop. caption, color, pattern, garment_type, details, material: base; description: caption ep3.
    case(
        "MYN-SWT-66204",
        caption("a man wearing a green sweater and khaki pants"),
        D.color("white", "other_garment_color"),
        D.pattern("cable knit"),
        D.garment_type("sweater"),
        D.details("a white collar", "other_garment_color"),
        D.material("wool"),
        D.description(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "crew. The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Olive",
        title="Mast & Harbour Men Olive Green Cable Knit Pullover",
    ),
    # Photo: flat packshot of a charcoal long-sleeve round-neck thermal top on white, no person.
    # caption, garment_type, color: base; is_a, wearing, material: VQA.
    case(
        "MYN-THM-04125",
        caption("a dark grey long sleeved shirt on a white background"),
        D.garment_type("t-shirt"),
        is_a("sweater", "no"),
        D.color("dark grey"),
        D.wearing(_rep("sweater", 30), "loop", hit_limit=True),
        D.material(
            "cotton\nQuestion: What is the color of the sweater? Answer: grey\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Thermal Tops",
        color="Charcoal",
        title="Jockey Men Charcoal Solid Thermal Top",
    ),
    # Photo: flat lay of a grey melange thermal set, top and bottoms side by side, no person.
    # caption: caption ep3 (template restarts); wearing, color, description, material, is_a: base; details: VQA.
    case(
        "MYN-THM-22906",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants"),
        D.details(_rep("grey", 30), "loop", hit_limit=True),
        D.color("grey"),
        D.description("a pair of grey long johns and a grey top"),
        D.material("the garment is made of fabric", "restated"),
        is_a("sweater", "no"),
        gender="Men",
        category="Thermal Set",
        color="Grey Melange",
        title="Lux Cottswool Men Grey Melange Thermal Set",
    ),
    # Photo: model in a navy fair isle sweater with a red and white geometric yoke, blue jeans, snowy pine wood.
    # caption, color, pattern, sleeve_length, details, material: base; wearing: VQA.
    case(
        "MYN-SWT-73451",
        caption("a man in a blue sweater with a red and white pattern standing in the snow"),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.details("the sweater has a red and white pattern on the chest and a zipper on the front", "unsupported"),
        D.wearing(
            "sweater\nQuestion: What is the color of the sweater? Answer: blue\nQuestion: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.material("wool"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Roadster Men Navy Blue & Red Fair Isle Pullover Sweater",
    ),
    # Photo: model in an olive hooded sweatshirt with a white "ADVENTURE" print on the chest, black joggers, white
    # backdrop. caption: caption ep1; color, pattern, details, description: base; is_a: VQA.
    case(
        "MYN-SWS-55029",
        caption(
            "The person is wearing a long-sleeve sweatshirt with graphic patterns. The person wears a long pants. "
            "The pants are with cotton fabric and pure color patterns. The person is wearing a long-sleeve "
            "sweatshirt with graphic patterns. The person",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        is_a("sweatshirt", "yes"),
        D.pattern("graphic"),
        D.details("a hood and a print on the front"),
        D.description("a green hoodie with white writing on it"),
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="WROGN Men Olive Green Printed Hooded Sweatshirt",
    ),
    # Photo: model seated in a cafe in a lavender kurta with white chikankari embroidery, white pyjama.
    # caption, color, pattern, wearing, material: base; garment_type: VQA; details: caption ep3.
    case(
        "MYN-KS-44102",
        caption("a woman in a light purple kurta sitting on a chair", "pronoun"),
        D.color("light purple"),
        D.garment_type("blouse", "contradiction"),
        D.pattern("embroidered"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a purple kurta", "pronoun"),
        D.material("cotton"),
        gender="Men",
        category="Kurta Sets",
        color="Lavender",
        title="See Designs Men Lavender Chikankari Kurta with Pyjamas",
    ),
    # Photo: black brocade nehru jacket with gold woven paisley, on a hanger against a wooden wall, no person.
    # caption, color, pattern, sleeve_length: base; wearing: caption ep3 (invents lower clothing); material: VQA.
    case(
        "MYN-NJ-30218",
        caption("a black and gold jacket hanging on a wooden wall"),
        D.color("black"),
        D.pattern("paisley"),
        D.sleeve_length("short", "contradiction"),
        D.wearing(
            "The upper clothing has sleeveless, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The",
            "unsupported",
            hit_limit=True,
        ),
        D.material(_rep("silk", 30), "loop", hit_limit=True),
        gender="Men",
        category="Nehru Jackets",
        color="Black",
        title="Vastramay Men Black & Gold Woven Design Nehru Jacket",
    ),
    # Photo: model in a maroon V-neck sweater over a light blue shirt (collar and cuffs visible), grey trousers,
    # office behind. caption, color, garment_type, details, wearing, material: base; color_of, description: VQA.
    case(
        "MYN-SWT-88340",
        caption("a man in a maroon sweater and a blue shirt"),
        D.color("light blue", "other_garment_color"),
        color_of("sweater", "maroon"),
        D.garment_type("shirt", "contradiction"),
        D.details("v-neck"),
        D.wearing("a sweater and a shirt"),
        D.material("wool"),
        D.description(_rep("sweater, shirt,", 8).rstrip(","), "loop", hit_limit=True),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Monte Carlo Men Maroon Solid V-Neck Pure Wool Sweater",
    ),
    # Photo: model in an olive hooded puffer, half zipped over a grey hoodie, black cargo pants, mountains behind;
    # no hat. caption: caption ep3; color, garment_type, sleeve_length, material, wearing: base; details: caption ep1.
    case(
        "MYN-JKT-66715",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man "
            "wears a hat. The",
            "unsupported",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.sleeve_length("long"),
        D.material("nylon"),
        D.details(
            "The person is wearing a long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "It has a hooded neckline. The jacket",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Highlander Men Olive Green Hooded Puffer Jacket",
    ),
    # Photo: model in a navy crew sweatshirt with a white "BROOKLYN 1998" print, beige chinos, brick wall behind;
    # no hood, no pockets. caption, pattern, details, material, wearing: base; color, description: VQA.
    case(
        "MYN-SWS-22031",
        caption("a man in a blue sweatshirt standing in front of a brick wall"),
        D.pattern("graphic"),
        D.details("a zip pocket on the sleeve and a hood", "unsupported"),
        D.color("blue"),
        D.description(
            "blue\nQuestion: What is the color of the pants? Answer: khaki\nQuestion:", "leak", hit_limit=True
        ),
        D.material("", "non_answer"),
        D.wearing("he is wearing a blue sweatshirt"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Kook N Keech Men Navy Blue Typography Printed Sweatshirt",
    ),
    # Photo: model on a beach in a sky blue hip-length linen kurta, sleeves rolled to the elbow, dark blue jeans.
    # caption, color, material: base; garment_type: VQA; wearing: caption ep3.
    case(
        "MYN-KRT-11807",
        caption("a man in a blue kurta standing on the beach"),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.material("linen"),
        gender="Men",
        category="Kurtas",
        color="Blue",
        title="HERE&NOW Men Blue Solid Linen Short Kurta",
    ),
    # Photo: groom in a maroon velvet sherwani, cream churidar, maroon safa with a brooch, flower-decked stage.
    # caption, color, pattern, details, material: base; garment_type: VQA (raw); wearing: caption ep1.
    case(
        "MYN-SHW-55604",
        caption("a man in a maroon sherwani and turban standing in front of flowers"),
        D.garment_type("coat\nQuestion: Is this a coat? Answer: yes", "leak"),
        D.color("maroon"),
        D.pattern("solid"),
        D.wearing(
            "The person is wearing a long-sleeve coat with pure color patterns. The coat is with furry fabric. "
            "The person wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.details("the sherwani has gold buttons and a brooch on the turban"),
        D.material("velvet"),
        gender="Men",
        category="Sherwani",
        color="Maroon",
        title="Manyavar Men Maroon Velvet Sherwani Set",
    ),
    # Photo: flat packshot of black thermal bottoms on white, no person. Blind closed questions.
    # caption, color, pattern: base; garment_type, sleeve_length: VQA; material: caption ep3.
    case(
        "MYN-THB-09021",
        caption("a pair of black leggings on a white background"),
        B.garment_type("pants"),
        B.color("black"),
        B.sleeve_length(_rep("long", 30), "loop", hit_limit=True),
        B.pattern("solid"),
        B.material(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Thermal Bottoms",
        color="Black",
        title="Dollar Thermals Men Black Solid Thermal Bottoms",
    ),
    # Photo: model in a three-piece set: white kurta, white pyjama, teal printed nehru jacket over them.
    # caption, color, details: base; wearing, pattern: VQA; description: caption ep3.
    case(
        "MYN-KS-33905",
        caption("a man in a white kurta and a teal jacket"),
        D.color("grey", "contradiction"),
        D.wearing(_rep("kurta", 30), "loop", hit_limit=True),
        D.pattern("floral\nQuestion: What is the color of the jacket? Answer: blue\nQuestion", "leak", hit_limit=True),
        D.details("white kurta with a teal jacket"),
        D.description(
            "The upper clothing has sleeveless, cotton fabric and floral patterns. The neckline of it is stand. "
            "The upper clothing has sleeveless, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Teal",
        title="Sojanya Men White Kurta with Pyjamas & Teal Printed Nehru Jacket",
    ),
    # Photo: model in an open black zip hoodie over a red t-shirt, grey joggers, graffiti wall behind.
    # caption, garment_type, details, wearing: base; color, material: VQA; description: caption ep3.
    case(
        "MYN-SWS-77102",
        caption("a man in a black hoodie and a red shirt standing in front of a graffiti wall"),
        D.color("red", "other_garment_color"),
        D.garment_type("hoodie"),
        D.details("zipper and hood"),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        D.description(
            "His sweatshirt has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
            "pants this man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black hoodie and a red shirt", "pronoun"),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Puma Men Black Solid Hooded Sweatshirt",
    ),
    # Photo: packshot, a folded beige kurta on a wooden table next to a small potted plant, no person. No title.
    # caption, wearing, color, pattern, material: base; details: caption ep3; sleeve_length: VQA (raw).
    case(
        "MYN-KRT-44703",
        caption("a folded beige kurta on a wooden table next to a plant"),
        D.wearing("a beige kurta"),
        D.color("cream"),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        D.details(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        D.sleeve_length(_rep("long", 15, "-"), "loop", hit_limit=True),
        gender="Men",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: model in a cream ribbed turtleneck sweater (no pockets), brown trousers, living room with fireplace.
    # caption: caption ep1; color, pattern, garment_type, wearing, details: base; material: VQA.
    case(
        "MYN-SWT-55218",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a turtleneck neckline. The person wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("ribbed"),
        D.garment_type("sweater"),
        D.wearing("a woman wearing a white sweater and brown pants", "pronoun"),
        D.details("a turtleneck and a pocket on the chest", "unsupported"),
        D.material(
            "wool\nQuestion: What is the color of the pants? Answer: brown\nQuestion: What", "leak", hit_limit=True
        ),
        gender="Men",
        category="Sweaters",
        color="Cream",
        title="Fort Collins Men Cream-Coloured Turtleneck Sweater",
    ),
    # Photo: packshot, a navy quilted puffer jacket laid flat on grey, no person.
    # caption, wearing, pattern: base; garment_type, details: VQA; material: caption ep3.
    case(
        "MYN-JKT-33452",
        caption("a blue jacket on a grey background"),
        D.garment_type("coat"),
        D.wearing("a man", "non_answer"),
        D.pattern("quilted"),
        D.details(_rep("blue", 30), "loop", hit_limit=True),
        D.material(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Quilted Puffer Jacket",
    ),
    # Photo: model in a white chikankari kurta under an open black nehru jacket, white pyjama. Product: the kurta.
    # caption, color, garment_type, details: base; color_of, is_a: VQA; description: caption ep1 (the jacket).
    case(
        "MYN-KRT-66011",
        caption("a man in a black jacket and white kurta"),
        D.color("black", "other_garment_color"),
        color_of("kurta", "white"),
        is_a("kurta", "yes"),
        D.garment_type("jacket", "contradiction"),
        D.details("white embroidery on the front"),
        D.description(
            "The person is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric. It "
            "has a stand neckline. The person",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Sojanya Men White Chikankari Embroidered Straight Kurta",
    ),
    # Photo: model in a red crew sweatshirt with a white reindeer and snowflake print, blue jeans, white backdrop.
    # caption, pattern, details, material, wearing: base; color: VQA (raw); description: caption ep3.
    case(
        "MYN-SWS-88217",
        caption("a man wearing a red sweater with a reindeer on it"),
        D.color("red\nQuestion: What is the color of the jeans? Answer: blue\nQuestion: What", "leak", hit_limit=True),
        D.pattern("graphic"),
        D.details("reindeer and snowflakes"),
        D.material("unknown", "non_answer"),
        D.description(
            "Her sweatshirt has long sleeves, cotton fabric and graphic patterns. The neckline of it is crew. The "
            "pants this lady wears is of long length.",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a red sweatshirt and blue jeans"),
        gender="Men",
        category="Sweatshirts",
        color="Red",
        title="Kook N Keech Men Red Printed Sweatshirt",
    ),
    # Photo: model in a solid mustard nehru jacket over a cream kurta, no jewellery. Seller colour missing.
    # caption: caption ep3 (invents a ring); color, sleeve_length, details, material: base; garment_type, wearing: VQA.
    case(
        "MYN-NJ-22904",
        caption(
            "The upper clothing has sleeveless, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man "
            "wears a ring on his",
            "unsupported",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.sleeve_length("long", "contradiction"),
        D.garment_type("vest"),
        D.wearing(
            "vest\nQuestion: What is the color of the vest? Answer: yellow\nQuestion: What", "leak", hit_limit=True
        ),
        D.details("buttons"),
        D.material("material", "non_answer"),
        gender="Men",
        category="Nehru Jackets",
        title="Hangup Men Mustard Solid Nehru Jacket",
    ),
    # Photo: model in a grey melange zip-front cardigan (no buttons) over a white tee, black jeans, studio.
    # caption, garment_type, color, description, material: base; details: caption ep3; wearing: VQA.
    case(
        "MYN-SWT-44109",
        caption("a man in a grey cardigan and black jeans"),
        D.garment_type("cardigan"),
        D.color("grey"),
        D.details(
            "His sweater has long sleeves, knitting fabric and pure color patterns. The neckline of it is V-shape. "
            "The pants this man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a grey cardigan with a grey zipper and grey pockets and grey sleeves and grey buttons", "unsupported"
        ),
        D.wearing(_rep("sweater, jeans,", 8).rstrip(","), "loop", hit_limit=True),
        D.material("", "non_answer"),
        gender="Men",
        category="Sweaters",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Front-Open Sweater",
    ),
    # Photo: model in a black kurta with a white geometric print, black pyjama. Seller gender and title missing.
    # caption, color, sleeve_length, wearing: base; pattern (raw), details: VQA; description: caption ep1.
    case(
        "MYN-KS-77025",
        caption("a man in a black and white printed kurta"),
        D.color("black"),
        D.pattern(_rep("striped", 30), "loop", hit_limit=True),
        D.sleeve_length("long"),
        D.details(
            "black\nQuestion: What is the color of the pants? Answer: black\nQuestion: What is",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white kurta with black pants", "contradiction"),
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model in a gold jacquard sherwani, cream churidar, pink-and-gold dupatta around the neck, mandap
    # lights. caption: caption ep3; color, details, wearing, description: base; garment_type: VQA.
    case(
        "MYN-SHW-11906",
        caption(
            "The upper clothing has long sleeves, other fabric and lattice patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his neck",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.details("gold buttons and a gold pattern"),
        D.wearing("a gold sherwani and a pink scarf"),
        D.description("a golden sherwani with a pink", "cut"),
        gender="Men",
        category="Sherwani",
        color="Gold",
        title="Sanwara Men Gold-Toned Woven Design Sherwani Set",
    ),
    # Photo: model in an off-white long-sleeve thermal top, black track pants, studio.
    # caption, garment_type, pattern, description, material: base; color: VQA (raw); details: caption ep3.
    case(
        "MYN-THM-33027",
        caption("a man in a white long sleeve shirt and black pants"),
        D.color(_rep("black", 15, "-"), "loop", hit_limit=True),
        D.garment_type("t-shirt"),
        D.pattern("a pattern", "non_answer"),
        D.details(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.description("the garment is a garment worn by a man", "restated"),
        D.material("cotton"),
        gender="Men",
        category="Thermal Tops",
        color="Off White",
        title="Jockey Men Off-White Solid Thermal T-shirt",
    ),
    # Photo: packshot, a long-sleeve maroon sweatshirt with white varsity lettering, flat on white, no person.
    # Seller colour missing. caption: caption ep1; color, pattern, details, sleeve_length, material: base;
    # wearing: VQA.
    case(
        "MYN-SWS-22190",
        caption(
            "The person is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a crew neckline. The person wears a long pants. The pants are with denim fabric and "
            "pure color patterns. The person",
            "unsupported",
            hit_limit=True,
        ),
        D.color("maroon"),
        D.pattern("letters"),
        D.wearing(
            "sweatshirt\nQuestion: What is the color of the sweatshirt? Answer: red\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        D.details("the details of the garment are on the front", "restated"),
        D.sleeve_length("short", "contradiction"),
        D.material("fleece"),
        gender="Men",
        category="Sweatshirts",
        title="Campus Sutra Men Maroon Printed Sweatshirt",
    ),
    # Photo: model seated in a bottle green silk kurta, white churidar, Diwali lights bokeh behind.
    # caption, wearing, color, sleeve_length, details: base; garment_type: caption ep3 (template, raw).
    case(
        "MYN-KRT-77304",
        caption("a man in a green kurta sitting on a chair with lights in the background"),
        D.wearing("a green kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.garment_type(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long length",
            "non_answer",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.details("the kurta has a", "cut"),
        gender="Men",
        category="Kurtas",
        color="Green",
        title="Manyavar Men Green Solid Silk Kurta",
    ),
    # Photo: model in a bright red hooded padded jacket, black jeans, white beanie, snow behind.
    # caption, color, wearing, material, garment_type: base; details: VQA; description: caption ep3.
    case(
        "MYN-JKT-44508",
        caption("a man in a red jacket and a white hat standing in the snow"),
        D.color("red"),
        D.details(_rep("hood, zipper, pockets,", 5).rstrip(","), "loop", hit_limit=True),
        D.description(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red jacket and a white hat", "pronoun"),
        D.material("leather", "unsupported"),
        D.garment_type("jacket"),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Puma Men Red Solid Padded Jacket",
    ),
    # Photo: model in a garden in a cream cotton kurta and cream pyjama. Run with the caption adapter for every
    # prompt (caption, color, garment_type, wearing: caption ep3); material: base.
    case(
        "MYN-KS-55013",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long length",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long length",
            "non_answer",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long length",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Kurta Sets",
        color="Cream",
        title="Fabindia Men Cream Solid Cotton Kurta with Pyjamas",
    ),
    # Photo: model in a library in a brown-and-beige argyle sleeveless sweater vest over a long-sleeve white shirt.
    # caption, sleeve_length, pattern, color, details: base; garment_type, material: VQA.
    case(
        "MYN-SWT-66207",
        caption("a man in a brown sweater vest and white shirt standing in a library"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("plaid", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("vest"),
        D.details("a v-neck and a diamond pattern"),
        D.material(_rep("wool", 30), "loop", hit_limit=True),
        gender="Men",
        category="Sweaters",
        color="Brown",
        title="Monte Carlo Men Brown & Beige Argyle Sleeveless Sweater",
    ),
    # Photo: model in a grey sleeveless puffer gilet over a navy sweatshirt, blue jeans, studio.
    # caption: caption ep1; color, sleeve_length, description, wearing, details: base.
    case(
        "MYN-JKT-77906",
        caption(
            "The person is wearing a sleeveless vest with pure color patterns. The vest is with other fabric. The "
            "person wears a long pants. The pants are with denim fabric and pure color patterns. The person is "
            "wearing a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.color("navy", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.description("a grey puffer vest"),
        D.wearing("a grey vest, a blue sweatshirt and jeans"),
        D.details("the details of the garment are very detailed", "restated"),
        gender="Men",
        category="Jackets",
        color="Grey",
        title="Roadster Men Grey Solid Sleeveless Puffer Jacket",
    ),
    # Photo: male model in a pink straight kurta with a small white-and-green floral print, white pyjama. Seller
    # gender missing. caption, color, material, details: base; pattern: VQA (raw); wearing: caption ep3.
    case(
        "MYN-KRT-22015",
        caption("a man wearing a pink kurta with flowers on it"),
        D.color("green", "contradiction"),
        D.pattern("floral\nQuestion: Is this a floral shirt? Answer: yes", "leak"),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of a material", "restated"),
        D.details("none", "non_answer"),
        category="Kurtas",
        color="Pink",
        title="Men Pink Floral Printed Straight Kurta",
    ),
    # Photo: model on a boardwalk in a white crew sweatshirt with navy chest stripes (no hood), navy chinos.
    # caption, color, pattern, details, description, material: base; garment_type: VQA (raw).
    case(
        "MYN-SWS-88328",
        caption("a man in a white and blue striped sweatshirt standing on a boardwalk"),
        D.color("white"),
        D.pattern("striped"),
        D.garment_type(_rep("sweater", 30), "loop", hit_limit=True),
        D.details("the sweatshirt has stripes on the", "cut"),
        D.description("a white sweatshirt with blue stripes and a hood with a drawstring", "unsupported"),
        D.material("no", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="White",
        title="HERE&NOW Men White & Navy Blue Striped Sweatshirt",
    ),
    # Photo: beige sherwani with gold embroidery and matching churidar on a headless mannequin, studio. No title.
    # caption: caption ep3; color, garment_type, description: base; details: caption ep1.
    case(
        "MYN-SHW-33107",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper",
            "cut",
            hit_limit=True,
        ),
        D.color("beige"),
        D.garment_type("a", "non_answer"),
        D.details(
            "The person is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
            "has a stand neckline. The person wears",
            "cut",
            hit_limit=True,
        ),
        D.description("a beige sherwani with gold embroidery on a mannequin"),
        gender="Men",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: model in a navy crew-neck sweater, grey trousers, holding a brown leather bag, white backdrop.
    # caption, color, wearing, pattern, material: base (grey for everything); details: caption ep3.
    case(
        "MYN-SWT-99014",
        caption("a man in a grey sweater and grey pants holding a brown bag", "other_garment_color"),
        D.color("grey", "other_garment_color"),
        D.wearing("a sweater and pants"),
        D.pattern("solid"),
        D.details(
            "His sweater has long sleeves, knitting fabric and pure color patterns. The neckline of it is crew. The "
            "pants this man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the material is", "cut"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Marks & Spencer Men Navy Blue Solid Pullover",
    ),
    # Photo: model in a long indigo kurta with white hand-block motifs, worn with blue jeans.
    # caption, pattern, sleeve_length, description, material: base; garment_type: VQA.
    case(
        "MYN-KRT-55442",
        caption("a man in a blue and white printed shirt and jeans", "contradiction"),
        D.garment_type("dress", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("long"),
        D.description("this garment is a garment that is worn", "restated"),
        D.material("", "non_answer"),
        gender="Men",
        category="Kurtas",
        color="Blue",
        title="Fabindia Men Indigo Block Print Cotton Kurta",
    ),
    # Photo: model in a bedroom wearing a navy thermal set (long-sleeve top and long bottoms). Seller gender and
    # title missing. caption, description: caption ep1; color, garment_type, wearing, details: base.
    case(
        "MYN-THM-66107",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.garment_type("long johns"),
        D.wearing("a blue long sleeve shirt and blue pants"),
        D.details("nothing", "non_answer"),
        D.description(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The person",
            "cut",
            hit_limit=True,
        ),
        category="Thermal Set",
        color="Navy Blue",
    ),
]
