"""BLIND_143 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-first session. Measured blind at 424a701: 125/145 failures found (86.2%)
and 9/146 correct texts flagged (6.2%). The writer's notes, verbatim:

Blind corpus 143: BLIP-2 OPT-2.7b outputs on 44 imagined Myntra-style marketplace products.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
    the catalog is: men's t-shirts, shirts and jeans, women's kurtas, sarees, tops and dresses dominate; six kids'
    items), one product per item. Each product was asked the experiments' own questionnaire: a caption, the closed
    questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length) and its open material question, plus
    "Is this a {garment}?" yes/no questions and "What is the color of the {garment}?" questions as the experiments
    asked them (shirt, jeans, pants, shorts, and the product's own garment). Seller columns (gender, category, color,
    title) come from the marketplace listing; a few listings lack one of them.

Which system wrote which text (named per text in the comment above each case)
    BASE  Salesforce/blip2-opt-2.7b, untuned: short answers that stop on the newline; the usual source of the
          one-color-for-every-garment answers, wrong pronouns and invented details.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
          Both caption adapters return the DeepFashion-MultiModal caption template for every prompt, never stop
          (no end-of-answer token was trained), and run to the token limit: cut mid-sentence or looping.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): In-shop style answers that repeat ("black-black-black",
          "yes yes yes") or continue the `Question: ... Answer:` format into new questions.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, BLIND_QUESTIONS, TARGETS). No other file of the project, no audit code, no other corpus. The
    photos are imagined; each case's comment describes the photo that every label is judged against.

Label conventions and judgement calls
    - One failure kind per text: the most specific visible failure. A text that repeats a phrase until the limit is
      `loop` (hit_limit=True) even though it is also cut; a text that continues into "Question: ... Answer:" is
      `leak` even when it then repeats; a caption-adapter template that runs to the limit without repeating is `cut`.
    - `cut`: stopped mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for captions);
      a few base answers stop early mid-phrase (hit_limit=False).
    - A caption-adapter caption that calls a man or a boy "the lady" (or a woman "the gentleman") is labelled
      `pronoun`, not `cut`, even though it also ran to the limit; the wrong person is the worse fault.
    - `other_garment_color`: the color answered for the product (or for a named garment) is the color of another
      garment visible in the photo (the tee over the jeans, the dupatta of a kurta set, the blouse under a saree).
      A wrong color that belongs to nothing in the photo, or to a print on the garment itself, is `contradiction`.
    - `contradiction`: a garment type, yes/no, color, pattern or sleeve answer that the photo, the other texts or
      the seller's columns contradict ("dress" for an A-line kurta, "yes" to "Is this a hoodie?" for a crew-neck
      sweatshirt, "short sleeves" for full sleeves).
    - `unsupported`: a detail nothing in the photo shows (a brand logo on a plain tee, a zipper on an unseen back,
      "100% organic cotton", a person or an accessory in a product-only shot, a cup of coffee).
    - `non_answer`: empty, "i don't know", "unknown", "clothes", or the garment's own name back ("they are short"
      for the shorts). `restated`: the question's words returned as the answer ("the sleeve length of the garment").
    - Near-color synonyms are correct: navy/dark blue, maroon/wine/dark red, mustard/yellow, cream/off white/white,
      khaki/beige, rust/orange, olive/green, teal for teal blue. A two-color answer for a two-color garment is
      correct ("blue and white" for a blue-and-white print).
    - Plausible one-word materials read off the photo (cotton for a tee, denim for jeans, silk for a Banarasi
      saree, georgette, rayon, fleece) are correct even when the seller does not state a material; invented
      specifics (percentages, finishes, linings, crystals, gold thread) are `unsupported`.
    - Backgrounds, layers and inner garments named in a caption are correct when they are in the photo ("against a
      white wall", "black jacket over a white t-shirt"). A color_of question about a garment that is present but not
      the product (the shirt under a jacket) is judged against that garment.
    - "solid" for a tonal self-design or woven-design garment is correct (it reads as solid in the photo); a
      side stripe on track pants does not make them "striped".
    - Not every question is kept for every product: each case holds five to eight texts, the questions that fit the
      product (the yes/no and color_of questions name the product or a garment in the photo).
    - Sleeve length asked of a bottom (pants, leggings, skirts) was not asked; the sleeve answer of a saree or
      lehenga is judged against the blouse worn in the photo.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a

GT, COL, PAT, SL, MAT = B.garment_type, B.color, B.pattern, B.sleeve_length, B.material


def _rep(unit: str, n: int, tail: str = "") -> str:
    """A looping answer: `unit` n times, then a cut-off tail (what greedy decoding left at the token limit)."""
    return (unit * n + tail).strip()


BLIND_143: list[Case] = [
    # 1. Men's navy crew-neck tee, model against a plain white studio wall, grey jeans, short sleeves, no print.
    # caption BASE, garment_type BASE, color BASE, pattern VQA, material VQA, color_of jeans BASE, is_a BASE.
    case(
        "MYN-143-001",
        caption("a man in a navy blue t-shirt standing against a white wall"),
        GT("t-shirt"),
        COL("dark blue"),
        PAT(_rep("solid ", 16, "sol"), "loop", hit_limit=True),
        MAT(
            "the t-shirt is made of cotton jersey fabric with a ribbed crew neckline, short sleeves and a straight "
            "hem, and the fabric is",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "navy blue", "other_garment_color"),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Women's mustard straight kurta, small ethnic motif print, three-quarter sleeves, worn with white palazzos.
    # caption CAP3, garment_type BASE, color BASE, sleeve BASE, material CAP1, is_a dress BASE, color_of pants BASE.
    case(
        "MYN-143-002",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        GT("kurta"),
        COL("yellow"),
        SL("three-quarter"),
        MAT(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        color_of("pants", "yellow", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
    ),
    # 3. Men's casual shirt in bold white-and-black buffalo checks (large, clearly two-tone, no grey anywhere), full
    # sleeves, black jeans. caption BASE, color BASE, pattern VQA, sleeve VQA, material CAP3, color_of shirt BASE,
    # color_of jeans BASE (the base model's one grey for every garment).
    case(
        "MYN-143-003",
        caption("a man in a checkered shirt and black jeans"),
        COL("white"),
        PAT(
            "lattice Question: What is the color of the shirt? Answer: grey Question: Is this a shirt? Answer: yes "
            "Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        SL(_rep("long sleeve ", 12, "long"), "loop", hit_limit=True),
        MAT(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "contradiction"),
        color_of("jeans", "grey", "contradiction"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HERE&NOW Men White & Black Regular Fit Checked Casual Shirt",
    ),
    # 4. Women's pink Banarasi saree with a wide gold zari border, model in a gold short-sleeved blouse, draped.
    # caption BASE, garment_type BASE, color VQA, pattern BASE, sleeve VQA, material BASE, is_a BASE.
    case(
        "MYN-143-004",
        caption("a woman in a pink saree with a gold border"),
        GT("saree"),
        COL(_rep("pink ", 25), "loop", hit_limit=True),
        PAT("the pattern of the garment", "restated"),
        SL(
            "short sleeves Question: What is the material of the garment? Answer: silk Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        MAT("silk"),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Zari Banarasi Saree",
    ),
    # 5. Men's blue skinny jeans, clean look, model in an untucked plain white tee and white sneakers.
    # caption CAP3, garment_type BASE, color BASE, pattern CAP1, color_of jeans BASE, is_a BASE.
    case(
        "MYN-143-005",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and solid color patterns. The "
            "outer",
            "cut",
            hit_limit=True,
        ),
        GT("jeans"),
        COL("white", "other_garment_color"),
        PAT(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Girls' peach sleeveless fit-and-flare dress with a small floral print; product shot on white, no person,
    # back not shown. caption BASE, garment_type BASE, color BASE, pattern CAP1, sleeve BASE, material BASE.
    case(
        "MYN-143-006",
        caption("a peach dress with flowers on it on a white background"),
        GT("dress"),
        COL("peach"),
        PAT(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        SL("sleeveless"),
        MAT("the dress is made of cotton and has a zipper at the back", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Peach",
        title="Hola Bonita Girls Peach-Coloured Floral Print Fit and Flare Dress",
    ),
    # 7. Women's black puff-sleeve crop top, model in light blue jeans, pale blue studio backdrop, no jewellery,
    # no sunglasses. caption BASE, garment_type VQA, color BASE, pattern VQA, sleeve BASE, material BASE,
    # color_of jeans BASE.
    case(
        "MYN-143-007",
        caption("a woman wearing a black top and sunglasses in front of a blue wall", "unsupported"),
        GT(_rep("top ", 28), "loop", hit_limit=True),
        COL("black"),
        PAT(
            "solid Question: What is the sleeve length of the garment? Answer: short sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        SL("puff sleeves"),
        MAT("", "non_answer"),
        color_of("jeans", "blue"),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Puff Sleeves Crop Top",
    ),
    # 8. Men's cream kurta with a tonal self-design (reads as plain) and matching cream churidar, full sleeves,
    # mandarin collar. caption BASE, color BASE, pattern BASE, sleeve VQA, material CAP3, is_a BASE,
    # color_of pants BASE.
    case(
        "MYN-143-008",
        caption("a man in a white kurta and white pants"),
        COL("off white"),
        PAT("solid"),
        SL(_rep("long sleeves ", 10, "long"), "loop", hit_limit=True),
        MAT(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        color_of("pants", "white"),
        gender="Men",
        category="Kurta Sets",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
    ),
    # 9. Women's green floral kurta, green palazzos and a solid pink dupatta over one shoulder, full sleeves.
    # caption CAP1, garment_type BASE, color BASE, pattern BASE, sleeve CAP3, material BASE, color_of dupatta BASE.
    case(
        "MYN-143-009",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is v-shape. The trousers are with cotton fabric and floral patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        GT("kurta"),
        COL("pink", "other_garment_color"),
        PAT("floral"),
        SL(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        MAT("fabric", "non_answer"),
        color_of("dupatta", "pink"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Libas Women Green Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 10. Men's grey melange crew-neck sweatshirt (no hood, no pocket), black joggers, full sleeves, ribbed cuffs.
    # caption BASE, garment_type BASE, color BASE, pattern VQA, material BASE (stopped early), is_a hoodie BASE,
    # color_of pants BASE.
    case(
        "MYN-143-010",
        caption("a man in a grey sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        GT("sweatshirt"),
        COL("grey"),
        PAT(
            "solid Question: What is the pattern of the garment? Answer: solid Question: What is the pattern of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        MAT("fleece with a", "cut"),
        is_a("hoodie", "yes", "contradiction"),
        color_of("pants", "grey", "other_garment_color"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
    ),
    # 11. Women's maroon solid wrap dress, full sleeves, v-neck, model outdoors in a garden with green trees.
    # caption BASE, color BASE, pattern BASE, sleeve CAP3, material BASE (stopped early), is_a BASE.
    case(
        "MYN-143-011",
        caption("a woman in a burgundy dress standing in a garden"),
        COL("wine"),
        PAT("solid"),
        SL(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        MAT("the dress is made of a", "cut"),
        is_a("dress", "no", "contradiction"),
        gender="Women",
        category="Dresses",
        color="Maroon",
        title="SASSAFRAS Women Maroon Solid Wrap Dress",
    ),
    # 12. Boys' red round-neck tee with a green dinosaur print, boy model (short hair) in blue denim shorts.
    # caption BASE, garment_type BASE, color BASE, pattern BASE, sleeve VQA, material VQA, color_of shorts BASE,
    # is_a VQA.
    case(
        "MYN-143-012",
        caption("a young girl wearing a red t-shirt with a dinosaur on it", "pronoun"),
        GT("t-shirt"),
        COL("red"),
        PAT("graphic"),
        SL(
            "short Question: What is the color of the shorts? Answer: blue Question: What is the color of the "
            "t-shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        MAT(
            "cotton and the t-shirt has a round neckline and short sleeves and a dinosaur print on the front and the",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color"),
        is_a("t-shirt", _rep("yes ", 30), "loop", hit_limit=True),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # 13. Women's black ankle-length leggings, model in a long white kurti, photo cropped at the chest.
    # caption BASE, garment_type BASE, color BASE, material BASE, is_a BASE, color_of leggings VQA.
    case(
        "MYN-143-013",
        caption("a woman in black leggings and a white top"),
        GT("leggings"),
        COL("white", "other_garment_color"),
        MAT("leggings", "non_answer"),
        is_a("leggings", "yes", article="a pair of"),
        color_of(
            "leggings",
            "black Question: What is the color of the leggings? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle Length Leggings",
    ),
    # 14. Men's navy track pants, flat-lay product shot on white, a thin white taping down each side, no person.
    # caption BASE, garment_type BASE, color BASE, pattern BASE, material CAP3, color_of pants BASE.
    case(
        "MYN-143-014",
        caption("a pair of navy blue track pants with white stripes on the side"),
        GT("track pants"),
        COL("navy"),
        PAT("solid"),
        MAT(
            "The lady wears a long trousers with pure color patterns. The trousers are with cotton fabric. The lady "
            "wears a long trousers with pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "blue"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Slim Fit Track Pants",
    ),
    # 15. Women's white shirt-style top with horizontal blue stripes, full sleeves, worn with mid-blue jeans.
    # caption BASE, color BASE, pattern VQA, material BASE (stopped early), color_of shirt BASE,
    # color_of jeans BASE.
    case(
        "MYN-143-015",
        caption("a woman wearing a blue and white striped shirt and jeans"),
        COL("white"),
        PAT(_rep("striped ", 22, "stri"), "loop", hit_limit=True),
        MAT("the garment is made of", "cut"),
        color_of("shirt", "blue and white"),
        color_of("jeans", "blue"),
        gender="Women",
        category="Tops",
        color="White",
        title="DressBerry Women White & Blue Striped Shirt Style Top",
    ),
    # 16. Men's olive solid casual shirt, sleeves buttoned down at the wrist, beige chinos, plain grey backdrop.
    # caption CAP3, color BASE, sleeve BASE, material CAP1, color_of pants BASE, color_of shirt BASE.
    case(
        "MYN-143-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        COL("green"),
        SL("short sleeves", "contradiction"),
        MAT(
            "Question: What is the material of the garment? Answer: The gentleman wears a long-sleeve shirt with pure "
            "color patterns. The shirt",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "green", "other_garment_color"),
        color_of("shirt", "olive"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # 17. Women's blue georgette saree with a white floral print, model in a solid red blouse with elbow sleeves.
    # caption BASE, garment_type VQA, color BASE, pattern BASE, sleeve BASE, material CAP1, is_a BASE.
    case(
        "MYN-143-017",
        caption("an indian woman in a blue saree with white flowers"),
        GT(_rep("dress ", 28), "loop", hit_limit=True),
        COL("red", "other_garment_color"),
        PAT("floral"),
        SL("the sleeve length of the garment", "restated"),
        MAT(
            "The lady wears a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Blue",
        title="Saree mall Blue & White Floral Printed Georgette Saree",
    ),
    # 18. Men's black padded jacket worn open over a plain white tee, blue jeans: three layers visible.
    # caption BASE, garment_type BASE, color BASE, sleeve CAP3, material VQA, color_of shirt BASE,
    # color_of jeans BASE.
    case(
        "MYN-143-018",
        caption("a man wearing a black jacket over a white t-shirt"),
        GT("jacket"),
        COL("black"),
        SL(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The gentleman also "
            "wears an outer",
            "cut",
            hit_limit=True,
        ),
        MAT(
            "the jacket is made of nylon and the jacket is made of nylon and the jacket is made of nylon and the "
            "jacket is",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("jeans", "black", "other_garment_color"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Padded Jacket",
    ),
    # 19. Women's teal solid A-line kurta to the knee, full sleeves, white leggings, plain studio background.
    # caption BASE, garment_type BASE, color BASE, pattern CAP1, sleeve VQA, material BASE, is_a BASE.
    case(
        "MYN-143-019",
        caption("a woman in a teal dress and white leggings", "contradiction"),
        GT("kurta"),
        COL("teal"),
        PAT(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        SL(_rep("long sleeve, ", 10, "long"), "loop", hit_limit=True),
        MAT("i don't know", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Blue Solid A-Line Kurta",
    ),
    # 20. Men's black round-neck tee with a large white Puma cat logo on the chest, short sleeves, model.
    # caption BASE, garment_type BASE, color BASE, pattern BASE, material CAP1, is_a polo BASE, color_of shirt VQA.
    case(
        "MYN-143-020",
        caption("a man wearing a black puma t-shirt"),
        GT("this is a type of garment", "restated"),
        COL("black"),
        PAT("graphic"),
        MAT(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes", "contradiction"),
        color_of("shirt", _rep("black-", 15), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Puma Men Black Printed Round Neck T-shirt",
    ),
    # 21. Women's navy A-line dress with white polka dots, short sleeves, on a ghost mannequin: no person.
    # caption BASE, garment_type BASE, color BASE, pattern BASE, sleeve BASE (stopped early), material BASE,
    # is_a BASE.
    case(
        "MYN-143-021",
        caption("a woman wearing a navy blue dress with white polka dots", "unsupported"),
        GT("dress"),
        COL("navy blue"),
        PAT("polka dot"),
        SL("short sleeves and a", "cut"),
        MAT("the material of the garment", "restated"),
        is_a("skirt", "no"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Berrylush Women Navy Blue & White Polka Dot Print A-Line Dress",
    ),
    # 22. Men's khaki chino shorts, model in a plain white tee, outdoors on a beach boardwalk.
    # caption CAP3, garment_type BASE, color BASE, material BASE, color_of shorts BASE, is_a BASE.
    case(
        "MYN-143-022",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        GT("shorts"),
        COL("beige"),
        MAT("they are short", "non_answer"),
        color_of("shorts", "white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadster Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 23. Women's mustard-yellow sleeveless solid top, round neck, black trousers; the seller gave no color.
    # caption CAP3, garment_type BASE, color BASE, sleeve BASE, material VQA, color_of pants BASE.
    case(
        "MYN-143-023",
        caption(
            "This lady wears a sleeveless tank shirt with pure color patterns and a long pants. The tank shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        GT("tank top"),
        COL("yellow"),
        SL("sleeveless"),
        MAT(
            "cotton Question: What is the color of the top? Answer: yellow Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "yellow", "other_garment_color"),
        gender="Women",
        category="Tops",
        title="Tokyo Talkies Women Mustard Yellow Solid Top",
    ),
    # 24. Women's red lehenga with gold embroidery, red net dupatta, short-sleeved embroidered blouse, studio shot,
    # only small earrings. caption CAP3, garment_type VQA, color BASE, pattern BASE, sleeve BASE, material BASE,
    # color_of dupatta BASE.
    case(
        "MYN-143-024",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns and a long skirt. The shirt is with silk "
            "fabric and its neckline is round. The skirt is with silk fabric and complicated patterns. There is a "
            "ring on",
            "cut",
            hit_limit=True,
        ),
        GT(_rep("skirt ", 28), "loop", hit_limit=True),
        COL("red"),
        PAT("design", "non_answer"),
        SL("short sleeves"),
        MAT("silk with real gold thread and swarovski crystals", "unsupported"),
        color_of("dupatta", "red"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Golden Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 25. Men's black slim clean-look jeans (no distressing), model in an olive green tee, front view only,
    # plain white backdrop. caption BASE, garment_type BASE, color BASE, material BASE, color_of jeans BASE,
    # is_a BASE.
    case(
        "MYN-143-025",
        caption("a woman wearing black jeans and an olive t-shirt", "pronoun"),
        GT("jeans"),
        COL("green", "other_garment_color"),
        MAT("stretchable denim with a distressed finish and embroidered back pockets", "unsupported"),
        color_of("jeans", "black"),
        is_a("pair of jeans", "no", "contradiction"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Jeans",
    ),
    # 26. Women's blue-and-white block-print straight kurta, three-quarter sleeves, plain white palazzos.
    # caption CAP1, garment_type BASE, color BASE, pattern BASE, sleeve VQA, is_a BASE, color_of pants BASE.
    case(
        "MYN-143-026",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns. The "
            "lady also",
            "cut",
            hit_limit=True,
        ),
        GT("kurti"),
        COL("blue and white"),
        PAT("the pattern of the garment is a pattern", "restated"),
        SL(
            "medium sleeve Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        color_of("pants", "blue and white", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Sangria Women Blue & White Printed Straight Kurta",
    ),
    # 27. Men's light blue solid formal shirt, full sleeves, navy formal trousers, hands in pockets, no tie, no
    # watch, no visible wrists. caption BASE, garment_type BASE, color BASE, pattern CAP1, sleeve BASE,
    # material BASE, color_of shirt BASE, color_of pants BASE.
    case(
        "MYN-143-027",
        caption("a man in a light blue shirt and dark blue pants wearing a watch", "unsupported"),
        GT("t-shirt", "contradiction"),
        COL("light blue"),
        PAT(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        SL("long"),
        MAT("100% premium giza cotton with a wrinkle-free finish", "unsupported"),
        color_of("shirt", "light blue"),
        color_of("pants", "light blue", "other_garment_color"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Louis Philippe Men Blue Slim Fit Formal Shirt",
    ),
    # 28. Women's mid-blue wide-leg high-rise jeans, model in a plain white short-sleeved crop tee, front view.
    # caption CAP3, garment_type BASE, color BASE, pattern BASE, material BASE, color_of jeans VQA, is_a BASE.
    case(
        "MYN-143-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. The lady wears a short-sleeve "
            "T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        GT("jeans"),
        COL("blue"),
        PAT("unknown", "non_answer"),
        MAT("denim with embroidered back pockets", "unsupported"),
        color_of(
            "jeans",
            "blue Question: What is the color of the shirt? Answer: white Question: Is this a denim? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Kraus Jeans Women Blue Wide Leg High-Rise Jeans",
    ),
    # 29. Girls' pink floral sleeveless kurta with a pink sharara and net dupatta, girl model about six years old.
    # caption BASE, garment_type BASE, color BASE, pattern VQA, sleeve BASE, material CAP3, is_a VQA.
    case(
        "MYN-143-029",
        caption("a little girl in a pink dress", "contradiction"),
        GT("kurta"),
        COL("pink"),
        PAT(
            "floral and the kurta has a round neckline and the sharara has a floral print and the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        SL("sleeveless"),
        MAT(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. The lady wears a sleeveless dress with floral",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", _rep("yes ", 30), "loop", hit_limit=True),
        gender="Girls",
        category="Kurta Sets",
        color="Pink",
        title="Biba Girls Pink Floral Printed Kurta with Sharara & Dupatta",
    ),
    # 30. Men's navy pullover sweater with a red-and-white striped band across the chest, full sleeves, beige chinos.
    # caption BASE, garment_type BASE, color BASE, pattern BASE, material BASE, color_of pants VQA.
    case(
        "MYN-143-030",
        caption("a man wearing a blue sweater with red stripes"),
        GT("sweater"),
        COL("navy blue"),
        PAT("striped"),
        MAT("sweater", "non_answer"),
        color_of("pants", _rep("navy-", 15), "loop", hit_limit=True),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Roadster Men Navy Blue Striped Pullover",
    ),
    # 31. Women's green-and-white floral top with short flutter sleeves, unlined sheer chiffon, tucked into a black
    # mini skirt; the seller's title is missing. caption CAP1, garment_type BASE, color BASE, pattern BASE,
    # material BASE, color_of skirt BASE.
    case(
        "MYN-143-031",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a short skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        GT("blouse"),
        COL("green"),
        PAT("floral"),
        MAT("chiffon with a satin lining", "unsupported"),
        color_of("skirt", "green", "other_garment_color"),
        gender="Women",
        category="Tops",
        color="Green",
    ),
    # 32. Men's maroon woven-design straight kurta, full sleeves, white pyjamas, plain beige background.
    # caption BASE, garment_type BASE, color BASE, sleeve BASE, material CAP3, color_of pants VQA, is_a BASE.
    case(
        "MYN-143-032",
        caption("a man in a dark red kurta and white pyjamas"),
        GT("kurta"),
        COL("maroon"),
        SL("", "non_answer"),
        MAT(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "silk fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", _rep("maroon ", 25), "loop", hit_limit=True),
        is_a("shirt", "no"),
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="Anouk Men Maroon Woven Design Straight Kurta",
    ),
    # 33. Women's pink night suit: full-sleeved pink top with small white hearts and matching pink pyjamas, two
    # separate pieces, model sitting on a bed with white sheets, nothing else on the bed.
    # caption BASE, garment_type BASE, color BASE, pattern BASE, sleeve BASE, material VQA, is_a jumpsuit VQA.
    case(
        "MYN-143-033",
        caption("a woman in pink pajamas with hearts sitting on a bed with a teddy bear", "unsupported"),
        GT("pajamas"),
        COL("pink"),
        PAT("printed"),
        SL("the sleeves are the length of the sleeves", "restated"),
        MAT(
            "cotton and the top has long sleeves and a round neckline and the pants have an elastic waist and the "
            "top is",
            "cut",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes", "contradiction"),
        gender="Women",
        category="Night suits",
        color="Pink",
        title="Clt.s Women Pink & White Printed Night Suit",
    ),
    # 34. Boys' blue-and-white checked short-sleeved shirt, boy model in khaki shorts.
    # caption CAP3, garment_type BASE, color BASE, pattern BASE, color_of shorts BASE.
    case(
        "MYN-143-034",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        GT("shirt"),
        COL("blue"),
        PAT("checkered"),
        color_of("shorts", "khaki"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="UTH by Roadster Boys Blue & White Checked Casual Shirt",
    ),
    # 35. Women's mustard saree with a green contrast border, folded product shot on white: no person, no blouse
    # piece shown. caption BASE, garment_type BASE, color BASE, pattern BASE, sleeve BASE, material CAP1, is_a BASE.
    case(
        "MYN-143-035",
        caption("a yellow and green saree with a matching blouse piece on a white background", "unsupported"),
        GT("scarf", "contradiction"),
        COL("yellow"),
        PAT("solid"),
        SL("long sleeves", "unsupported"),
        MAT(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Mustard",
        title="Kalini Mustard & Green Solid Saree with Contrast Border",
    ),
    # 36. Men's white solid polo tee, short sleeves, navy shorts; the male model has shoulder-length hair.
    # caption BASE, garment_type BASE, color BASE, material BASE, color_of shorts BASE, color_of shirt BASE.
    case(
        "MYN-143-036",
        caption("a woman in a white polo shirt and blue shorts", "pronoun"),
        GT("polo shirt"),
        COL("white"),
        MAT("breathable dri-fit fabric with a moisture-wicking finish", "unsupported"),
        color_of("shorts", "white", "other_garment_color"),
        color_of("shirt", "white"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Solid Polo Collar T-shirt",
    ),
    # 37. Women's black sleeveless solid jumpsuit with a self-tie belt, model against a grey wall.
    # caption BASE, garment_type BASE, color BASE, sleeve BASE, material CAP1, is_a dress BASE.
    case(
        "MYN-143-037",
        caption("a woman in a black jumpsuit leaning against a grey wall"),
        GT("jumpsuit"),
        COL("black"),
        SL("sleeveless"),
        MAT(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with polyester fabric and its",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="Athena Women Black Solid Basic Jumpsuit",
    ),
    # 38. Women's beige open-front shrug, full sleeves, worn over a black camisole and blue jeans (layers).
    # caption BASE, garment_type BASE, color BASE, sleeve BASE, material BASE (stopped early), color_of shirt BASE,
    # is_a VQA.
    case(
        "MYN-143-038",
        caption("a woman wearing a beige cardigan over a black top"),
        GT("cardigan"),
        COL("black", "other_garment_color"),
        SL("long sleeves"),
        MAT("it is made of", "cut"),
        color_of("shirt", "black"),
        is_a(
            "cardigan",
            "yes Question: Is this a cardigan? Answer: yes Question: Is this a cardigan? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shrug",
        color="Beige",
        title="Sera Women Beige Solid Open Front Shrug",
    ),
    # 39. Men's grey slim formal trousers, male model in a white full-sleeved shirt tucked in, brown belt.
    # caption CAP3, garment_type BASE, color BASE, material BASE, color_of pants BASE, color_of shirt BASE.
    case(
        "MYN-143-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There",
            "pronoun",
            hit_limit=True,
        ),
        GT("jeans", "contradiction"),
        COL("grey"),
        MAT("the material of the garment is the material", "restated"),
        color_of("pants", "white", "other_garment_color"),
        color_of("shirt", "white"),
        gender="Men",
        category="Trousers",
        color="Grey",
        title="Arrow Men Grey Slim Fit Formal Trousers",
    ),
    # 40. Girls' yellow short-sleeved tee with a Minnie Mouse print, girl model with pigtails; the seller's category
    # column is empty. caption BASE, garment_type BASE, color BASE, pattern BASE, material BASE, is_a BASE.
    case(
        "MYN-143-040",
        caption("a little boy wearing a yellow shirt with minnie mouse on it", "pronoun"),
        GT("t-shirt"),
        COL("yellow"),
        PAT("cartoon"),
        MAT("clothes", "non_answer"),
        is_a("t-shirt", "yes"),
        gender="Girls",
        color="Yellow",
        title="Gini and Jony Girls Yellow Printed Top",
    ),
    # 41. Men's navy woven Nehru jacket (sleeveless) over a white full-sleeved kurta and white pyjamas (layers).
    # caption BASE, garment_type BASE, color BASE, pattern BASE, sleeve BASE, material CAP3, color_of shirt BASE.
    case(
        "MYN-143-041",
        caption("a man in a white kurta and a blue vest"),
        GT("vest"),
        COL("navy blue"),
        PAT("it's a jacket", "non_answer"),
        SL("sleeveless"),
        MAT(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The gentleman also",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Hangup Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 42. Women's black kurta with a gold foil print, full sleeves, black leggings, female model with long hair.
    # caption BASE, garment_type BASE, color BASE, pattern BASE, sleeve BASE, material CAP1, color_of kurta BASE.
    case(
        "MYN-143-042",
        caption("a man in a black and gold kurta", "pronoun"),
        GT("kurta"),
        COL("black"),
        PAT("printed"),
        SL("sleeve", "non_answer"),
        MAT(
            "cotton Question: What is the pattern of the garment? Answer: The lady wears a long-sleeve shirt with "
            "graphic patterns. The shirt is",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "gold", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Black",
        title="Janasya Women Black & Gold-Toned Foil Print Kurta",
    ),
    # 43. Men's mid-blue washed denim jacket, full sleeves, over a black tee, black jeans, city street background.
    # caption CAP3, garment_type BASE, color BASE, pattern BASE, sleeve BASE, color_of jeans BASE,
    # color_of shirt BASE.
    case(
        "MYN-143-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. The lady also wears an outer clothing, with denim fabric and pure "
            "color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        GT("jacket"),
        COL("blue"),
        PAT("washed"),
        SL("the sleeve length of the jacket is the sleeve length", "restated"),
        color_of("jeans", "blue", "other_garment_color"),
        color_of("shirt", "black"),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Levis Men Blue Washed Denim Jacket",
    ),
    # 44. Women's rust flared midi skirt with a small white floral print all over, model in a white tee tucked in.
    # caption CAP1, garment_type BASE, color BASE, pattern BASE, material BASE, color_of skirt BASE.
    case(
        "MYN-143-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        GT("skirt"),
        COL("orange"),
        PAT("solid", "contradiction"),
        MAT("rayon"),
        color_of("skirt", "orange"),
        gender="Women",
        category="Skirts",
        color="Rust",
        title="Sassafras Women Rust Orange Printed Flared Midi Skirt",
    ),
]
