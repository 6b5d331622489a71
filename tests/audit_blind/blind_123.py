"""BLIND_123 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twentieth session. Measured blind at 9efe7a6: 127/140 failures found (90.7%)
and 15/145 correct texts flagged (10.3%). The writer's notes, verbatim:

Blind corpus 123: the experiments' BLIP-2 models on a random sample of 44 marketplace products.

Scenario
    The original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their three LoRA adapters re-run
    on a random sample of 44 products of a Myntra-style marketplace: men's, women's and kids' clothing, western and
    ethnic, weighted as such a catalog is (men's t-shirts and shirts first, then women's kurtas and tops, few kids'
    items, one unisex item). One product per case. Each product was asked the experiments' own questionnaire: a
    caption, the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length, material), and the
    experiments' own "Is this a {garment}?" and "What is the color of the {shirt|jeans|pants|shorts}?" questions where
    they fit the photo. Not every question was asked of every product. Seller columns (gender, category = the
    marketplace's article type, color = the marketplace's base colour, title = the product display name) are the
    marketplace's own; a few are missing.

Which system wrote which text
    Every case has a comment that describes the imagined photo and names the model of each text:
    - base: the untuned Salesforce/blip2-opt-2.7b. Short answers that stop by themselves; its failures are one
      color repeated for every garment, the color of the wrong garment, a wrong "man"/"woman", invented details
      (materials, blends, brands), and answers that only hand the question back.
    - VQA: the adapter leoreigoto/Data3_V3_BLIP2_VQA. Trained without an end-of-answer token and with the prompt in
      the loss, so it either repeats its answer to the 30-token limit ("white white white ...") or goes on to write
      the next "Question: ... Answer: ..." turn itself (prompt leak).
    - cap1 / cap3: the caption adapters leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (epoch 1) and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3). They write the DeepFashion-MultiModal template ("The
      lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...") for captions
      and for every question alike, never stop, and are cut at the token limit (50 for captions, 30 for answers);
      the template's "lady"/"gentleman"/"his"/"her" is often wrong for the product's gender.

How it was written
    Blind. I read only ../shared/CONTEXT.md (the experiments and how BLIP-2 failed) and lines 1-168 of
    tests/audit_corpus.py (Text/Case, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, TARGETS). I
    read no audit code, no other corpus, no documentation of the audits, and ran nothing but an import check of
    this file. The photos are imagined; each label is judged against the photo described in the comment above its
    case.

Label conventions and judgement calls
    - Each text has at most one failure kind; when a text shows two, the label is the one a reader would name
      first: a repetition that runs to the limit is "loop" (hit_limit=True), not "cut"; a "Question: ... Answer:"
      continuation that runs to the limit is "leak", not "cut".
    - A caption-adapter template returned for a question: "non_answer" when it never answers the question asked
      (no color in the answer to a color question), "cut" when it does contain an answer but runs on to the limit
      and stops mid-sentence. A template caption that stops mid-sentence at 50 tokens is "cut" even if everything
      it said is right, unless its "lady"/"gentleman" is wrong for the product's gender, which is "pronoun".
    - hit_limit=True marks a text that ran to the token limit (30 new tokens for answers, 50 for captions); a "cut"
      with hit_limit=False stopped mid-phrase before the limit (three base captions that break off after
      "with blue", "and a", "with a").
    - A caption-adapter caption that stops on its own after one full template is correct when it matches the photo.
    - "other_garment_color": the product's color question (color, or color_of the product's own garment) answered
      with the color of another worn garment (the jeans under a t-shirt product, the dupatta over a kurta).
      "contradiction": a color or garment that the photo, the other texts or the seller columns contradict,
      including one color repeated for a different garment (white jeans called "maroon" because the shirt is),
      a background or print color given as the garment's color, a wrong "yes" to "Is this a dress?" for a kurta or
      a saree, and the other garment named as the product's type or pattern.
    - color_of a garment that is not the product (the jeans' color for a t-shirt product) answered with that
      garment's true color is correct: it is what was asked.
    - Near-color synonyms are correct: navy/dark blue/blue, maroon/burgundy, olive/green, cream/off white/white,
      mustard/yellow, teal/green, charcoal/dark grey, lavender/light purple, beige/khaki.
    - The DeepFashion words are correct answers: "pure color"/"solid color" for a plain garment, "lattice" for a
      geometric print, "floral" for a leaf print.
    - An Anarkali kurta answered "dress" by the garment-type question is correct (it is a flared dress-length
      garment); "yes" to "Is this a dress?" for a straight kurta or a saree is a contradiction.
    - Captions that name the background (a brick wall, a beach, a field, a wooden door) or leave out the garment are
      correct if what they say is in the photo.
    - Material: a plain material word visible or obvious from the photo (denim, ribbed cotton, silk sheen, tulle,
      cotton for a jersey tee) is correct; percentages, blends, linings, trade names, places of making, or a
      material that the photo does not show are "unsupported". An answer about a garment that is not in the photo
      at all (pants on a flat product shot) is "unsupported", and so is a qualifier no photo can show (organic,
      kanjivaram, brushed on the inside, a watch or a cup of coffee that is not there).
    - "restated": the answer only hands the question's words back at length ("the sleeve length of the garment is
      the length of the sleeves"); "non_answer": nothing useful at all (empty, "i don't know", "it's a garment",
      or a template that never touches the question).
    - "pronoun": "man"/"woman"/"boy"/"girl"/"lady"/"gentleman"/"he"/"she" wrong for the person in the photo and the
      seller's gender. "The person" is never a pronoun failure.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_123: list[Case] = [
    # 1. Man in a plain navy crew-neck t-shirt and light grey jeans, white studio background.
    # caption/type/color/material/color_of jeans: base; pattern, sleeve_length: VQA.
    case(
        "MYN-10231",
        caption("a man wearing a navy blue t-shirt and grey jeans"),
        B.garment_type("t-shirt"),
        B.color("navy blue"),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short Question: What is the color of the t-shirt? Answer: navy Question: What is the color of the "
            "jeans? Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        color_of("jeans", "grey"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Man in a black t-shirt with a large white "HRX" graphic on the chest, black track pants, grey background.
    # caption, garment_type, color: cap3; pattern, color_of pants, is_a: base.
    case(
        "MYN-10388",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person",
            "non_answer",
            hit_limit=True,
        ),
        B.pattern("printed"),
        color_of("pants", "black"),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 3. Man in a white pique polo with navy tipping on the collar, navy chinos, beige background.
    # caption, color, color_of shirt/pants, sleeve_length, material: base.
    case(
        "MYN-10412",
        caption("a man in a white polo shirt and blue pants holding a cup of coffee", "unsupported"),
        B.color("white"),
        color_of("shirt", "white"),
        color_of("pants", "blue"),
        B.material("cotton pique with a moisture wicking finish", "unsupported"),
        B.sleeve_length("short"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # 4. Man in a full-sleeve olive henley t-shirt and black jeans, standing outdoors before a red brick wall.
    # caption, garment_type, color, color_of shirt, is_a: base; sleeve_length: VQA; pattern: cap1.
    case(
        "MYN-10597",
        caption("a man standing in front of a red brick wall"),
        B.garment_type("a shirt"),
        B.color("green"),
        color_of("shirt", "red", "contradiction"),
        B.sleeve_length(
            "long sleeve Question: What is the color of the shirt? Answer: green Question: What is the color of the "
            "jeans? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        B.pattern(
            "pure color patterns. The shirt is with cotton fabric and its neckline is round. The gentleman wears a "
            "long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="WROGN Men Olive Green Solid Henley Neck T-shirt",
    ),
    # 5. Man in a red t-shirt with a white Puma cat logo on the chest, white sports shorts, white background.
    # caption: cap1 (stopped on its own after one template); color, color_of shorts, pattern: base;
    # material, is_a: VQA.
    case(
        "MYN-10733",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a short pants."
        ),
        B.color("red"),
        color_of("shorts", "red", "contradiction"),
        B.pattern("printed"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Puma Men Red Printed Round Neck T-shirt",
    ),
    # 6. Man in a grey melange t-shirt with thin white horizontal stripes, mid-blue jeans, white background.
    # caption, color, color_of jeans, material: base; pattern, color_of shirt: VQA; sleeve_length: cap1.
    case(
        "MYN-10845",
        caption("a man wearing a grey and white striped t-shirt"),
        B.color("grey"),
        B.pattern("striped"),
        color_of(
            "shirt",
            "white and grey striped white and grey striped white and grey striped white and grey striped white "
            "and grey striped white and grey striped",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "contradiction"),
        B.sleeve_length(
            "The gentleman is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("it is made of 60% cotton and 40% polyester", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="HERE&NOW Men Grey Melange & White Striped Round Neck T-shirt",
    ),
    # 7. Man in a plain mustard t-shirt, black jeans and white sneakers, white background.
    # caption, garment_type, color: cap3; color_of shirt, is_a, material: base.
    case(
        "MYN-11020",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and solid color patterns. This "
            "gentleman wears",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
            "gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
            "gentleman wears a long trousers. The trousers",
            "non_answer",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        is_a("t-shirt", "yes"),
        B.material("the garment is made of a material", "restated"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Highlander Men Mustard Yellow Solid Round Neck T-shirt",
    ),
    # 8. Man in a blue-and-white checked full-sleeve shirt, buttoned, beige chinos, grey background.
    # caption, color, color_of pants, material: base; pattern, sleeve_length: VQA.
    case(
        "MYN-11204",
        caption("a man wearing a blue and white checkered shirt, khaki pants and a brown leather watch", "unsupported"),
        B.color("blue and white"),
        B.pattern(
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid "
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "khaki"),
        B.sleeve_length(
            "long Question: What is the pattern of the shirt? Answer: plaid Question: What is the color of the "
            "pants? Answer: khaki Question:",
            "leak",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 9. Man in a plain white full-sleeve casual shirt, sleeves rolled to the elbow, navy jeans, pale blue wall.
    # caption, color, color_of shirt, sleeve_length, material: base; pattern: cap3; is_a: VQA.
    case(
        "MYN-11378",
        caption("a man in a white shirt standing against a blue wall"),
        B.color("blue", "other_garment_color"),
        color_of("shirt", "white"),
        B.sleeve_length("rolled up to the elbows"),
        B.pattern(
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "no"),
        B.material("linen", "unsupported"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Mast & Harbour Men White Slim Fit Solid Casual Shirt",
    ),
    # 10. Man in a plain maroon formal shirt tucked into grey trousers, black belt, white background.
    # caption: cap1; color, color_of pants, sleeve_length, is_a: base; color_of shirt, material: VQA.
    case(
        "MYN-11502",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is a belt",
            "cut",
            hit_limit=True,
        ),
        B.color("burgundy"),
        color_of("pants", "maroon", "contradiction"),
        color_of(
            "shirt",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        is_a("shirt", "yes"),
        B.material(
            "cotton Question: What is the color of the shirt? Answer: maroon Question: What is the color of the "
            "pants? Answer: grey Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Peter England Men Maroon Slim Fit Solid Formal Shirt",
    ),
    # 11. Man in a short-sleeve dark green shirt with a white tropical-leaf print, white shorts, beach backdrop.
    # caption, pattern, color, color_of shorts, material: base; sleeve_length: VQA.
    case(
        "MYN-11690",
        caption("a man in a green shirt with palm leaves on it standing on a beach"),
        B.pattern("floral"),
        B.color("green and white"),
        B.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short "
            "sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "white"),
        B.material("the material of the garment is the fabric the garment is made of", "restated"),
        gender="Men",
        category="Shirts",
        color="Green",
        title="Highlander Men Green Slim Fit Tropical Printed Casual Shirt",
    ),
    # 12. Jeans product on a man: plain white t-shirt, mid-blue skinny jeans, brown boots, grey background.
    # caption, garment_type, color, color_of jeans, material: base; pattern: cap3; is_a: VQA.
    case(
        "MYN-11814",
        caption("a man wearing a white t-shirt and blue jeans"),
        B.garment_type("t-shirt", "contradiction"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        B.pattern(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        B.material("denim"),
        is_a("denim", "yes"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 13. Product shot, no person: black jeans folded flat on a white background.
    # caption, garment_type, color, sleeve_length: base; color_of jeans, pattern: VQA; material: cap3.
    case(
        "MYN-11937",
        caption("a pair of black jeans on a white background"),
        B.garment_type("clothing", "non_answer"),
        B.color("black"),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        B.pattern(
            "solid Question: What is the color of the jeans? Answer: black Question: What is the pattern of the "
            "jeans? Answer: solid Question:",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "The trousers are with denim fabric and solid color patterns. The trousers are with denim fabric and "
            "solid color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("there are no sleeves"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Slim Tapered Fit Jeans",
    ),
    # 14. Chinos product on a man: light blue shirt tucked into beige chinos, brown belt, white background.
    # caption: cap1 (stopped on its own); color, color_of pants, is_a: base; garment_type: VQA; sleeve_length: cap3.
    case(
        "MYN-12055",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are "
            "with cotton fabric and solid color patterns. There is a belt around his waist."
        ),
        B.color("light blue", "other_garment_color"),
        color_of("pants", "khaki"),
        B.garment_type(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        is_a("pants", "yes"),
        B.sleeve_length(
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The "
            "gentleman wears a long trousers",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Allen Solly Men Beige Slim Fit Solid Chinos",
    ),
    # 15. Man in a knee-length cream silk kurta with a mandarin collar, white churidar, beige background.
    # caption, garment_type, sleeve_length, material: base; is_a, color: VQA; pattern: cap3.
    case(
        "MYN-12170",
        caption("a man wearing a white kurta and white pants"),
        B.garment_type("kurta"),
        is_a("dress", "yes", "contradiction"),
        B.color(
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the garment is the length of the sleeves", "restated"),
        B.material("silk"),
        B.pattern(
            "solid color. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk "
            "fabric. It has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
    ),
    # 16. Man in a navy straight kurta with small gold buttis all over, white pyjama, white background.
    # caption: cap3; color, color_of pants, color_of shirt, is_a: base; material: VQA.
    case(
        "MYN-12293",
        caption(
            "This lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        B.color("blue"),
        color_of("pants", "white"),
        color_of("shirt", "white", "other_garment_color"),
        B.material(
            "cotton Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "shirt? Answer: navy Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Anouk Men Navy Blue & Golden Printed Straight Kurta",
    ),
    # 17. Man in a plain grey t-shirt and black track pants with a white stripe down each side, white sneakers.
    # caption, garment_type, color, pattern: base; color_of pants: VQA; material: cap1.
    case(
        "MYN-12418",
        caption("a man in a grey t-shirt and black sweatpants"),
        B.garment_type("sweatpants"),
        B.color("grey", "other_garment_color"),
        B.pattern("stripe on the side"),
        color_of(
            "pants",
            "black with white stripes black with white stripes black with white stripes black with white stripes "
            "black with white stripes black with",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The trousers are with cotton fabric and solid color patterns. The gentleman wears a short-sleeve "
            "T-shirt with pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
    ),
    # 18. Man in a grey crew-neck sweatshirt with a black PUMA wordmark, black joggers, white background.
    # caption: cap1; garment_type, color, color_of pants, material: base.
    case(
        "MYN-12560",
        caption(
            "The lady is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        B.color("grey"),
        color_of("pants", "grey", "contradiction"),
        B.material("cotton fleece, brushed on the inside", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Grey",
        title="Puma Men Grey Printed Sweatshirt",
    ),
    # 19. Man in a light-wash denim jacket worn open over a plain white t-shirt, black jeans, white background.
    # caption, color, color_of shirt, color_of jacket: base; garment_type, is_a: VQA; material: cap3.
    case(
        "MYN-12702",
        caption("a man wearing a denim jacket and black jeans"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        color_of("shirt", "white"),
        color_of("jacket", "light blue"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "denim. The gentleman wears a long-sleeve jacket with denim fabric and solid color patterns. The "
            "jacket has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 20. Waist-down shot: navy sports shorts with a small white Nike swoosh, bare legs, white background.
    # caption, color, color_of shorts, pattern, material: base; garment_type: cap3; is_a: VQA.
    case(
        "MYN-12841",
        caption("a man wearing navy shorts with a nike logo"),
        B.color("navy"),
        color_of("shorts", "navy blue"),
        B.garment_type(
            "The lower clothing is of short length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is of short length. The fabric is cotton",
            "loop",
            hit_limit=True,
        ),
        B.pattern("n/a", "non_answer"),
        B.material("dri-fit polyester with a mesh lining", "unsupported"),
        is_a("shorts", "yes"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Nike Men Navy Blue Solid Dri-FIT Sports Shorts",
    ),
    # 21. Man in a maroon kurta with a tone-on-tone jacquard, white pyjama, standing before a carved wooden door.
    # caption, garment_type, color, color_of pants, sleeve_length: base; pattern: VQA.
    case(
        "MYN-12977",
        caption("a man in a red kurta standing in front of a wooden door"),
        B.garment_type("kurta"),
        B.color("maroon"),
        color_of("pants", "maroon", "contradiction"),
        B.pattern(
            "pure color Question: What is the color of the garment? Answer: maroon Question: What is the sleeve "
            "length of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length is the length of the sleeves of the garment", "restated"),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Sojanya Men Maroon & White Self Design Kurta with Pyjamas",
    ),
    # 22. Man with shoulder-length hair in a white t-shirt with a black motorcycle graphic, black shorts.
    # Seller gave only gender and category. caption, color, pattern, color_of shirt, material: base; is_a: VQA.
    case(
        "MYN-13105",
        caption("a woman wearing a white t-shirt with a motorcycle on it", "pronoun"),
        B.color("white"),
        B.pattern("graphic"),
        color_of("shirt", "black", "contradiction"),
        B.material("", "non_answer"),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
    ),
    # 23. Woman in a yellow straight kurta with a blue floral print, white palazzos, white background.
    # caption, garment_type, color, pattern, color_of pants: base; sleeve_length, is_a: VQA.
    case(
        "MYN-20114",
        caption("a woman wearing a yellow kurta with blue", "cut"),
        B.garment_type("kurta"),
        B.color("yellow"),
        B.pattern("floral"),
        color_of("pants", "yellow", "contradiction"),
        B.sleeve_length(
            "three-quarter three-quarter three-quarter three-quarter three-quarter three-quarter three-quarter "
            "three-quarter three-quarter three-quarter",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Libas Women Yellow Floral Printed Straight Kurta",
    ),
    # 24. Woman in a bottle-green A-line kurta with a gold gota border at the hem, beige churidar, white background.
    # caption: cap3; garment_type: VQA; color, pattern, color_of pants, sleeve_length, material: base.
    case(
        "MYN-20236",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        B.color("dark green"),
        B.pattern("solid with a gold border"),
        color_of("pants", "beige"),
        B.sleeve_length("the garment has a sleeve length", "restated"),
        B.material("georgette with a satin lining", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Biba Women Green Solid A-Line Kurta",
    ),
    # 25. Woman in a pink straight kurta with a small white geometric print, white trousers, light grey background.
    # caption, color, color_of pants: base; pattern, sleeve_length, is_a: VQA; garment_type: cap1.
    case(
        "MYN-20358",
        caption("a woman wearing a pink top and white pants and a", "cut"),
        B.color("pink"),
        color_of("pants", "white"),
        B.pattern("lattice"),
        B.sleeve_length(
            "long Question: What is the pattern of the garment? Answer: lattice Question: What is the color of the "
            "garment? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        B.garment_type(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="W Women Pink & White Printed Straight Kurta",
    ),
    # 26. Woman in an indigo flared Anarkali kurta with a white block print, three-quarter sleeves, white leggings.
    # Seller colour missing. caption, garment_type, color, sleeve_length, material: base; pattern: VQA.
    case(
        "MYN-20471",
        caption("a woman in a blue and white dress"),
        B.garment_type("dress"),
        B.color("blue"),
        B.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("3/4"),
        B.material("100% pure cotton cambric, hand block printed in Jaipur", "unsupported"),
        gender="Women",
        category="Kurtas",
        title="Sangria Women Blue & White Printed Anarkali Kurta",
    ),
    # 27. Woman in a sleeveless black ribbed crop top, high-waist mid-blue jeans, white background.
    # caption, garment_type, color, sleeve_length, material: base; color_of jeans: VQA; pattern: cap3.
    case(
        "MYN-20589",
        caption("a woman in a black crop top and jeans"),
        B.garment_type("crop top"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        color_of(
            "jeans",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        B.pattern(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.material("ribbed cotton"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Ribbed Crop Top",
    ),
    # 28. Woman in a red top with a small white floral print and short puff sleeves, black trousers, white background.
    # caption, garment_type, color: cap1; color_of shirt, color_of pants, sleeve_length: base.
    case(
        "MYN-20702",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady",
            "non_answer",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color"),
        color_of("pants", "black"),
        B.sleeve_length("puff sleeves"),
        gender="Women",
        category="Tops",
        color="Red",
        title="Harpa Women Red & White Floral Print Puff Sleeve Top",
    ),
    # 29. Woman in a white shirt-style top with long sleeves, tucked into olive trousers, white background.
    # caption, color, color_of pants, sleeve_length, is_a, material: base; color_of shirt: VQA.
    case(
        "MYN-20815",
        caption("a woman wearing a white shirt and green pants"),
        B.color("white"),
        color_of("pants", "white", "contradiction"),
        color_of(
            "shirt",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "shirt? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        is_a("shirt", "yes"),
        B.material("the material is the material of the garment", "restated"),
        gender="Women",
        category="Tops",
        color="White",
        title="Mast & Harbour Women White Solid Shirt Style Top",
    ),
    # 30. Woman in a lavender peplum top with short flutter sleeves, white jeans, standing before a pink wall.
    # caption, color, color_of shirt, color_of jeans, material: base; garment_type: VQA; sleeve_length: cap3.
    case(
        "MYN-20933",
        caption("a woman in a purple top standing in front of a pink wall"),
        B.color("light purple"),
        color_of("shirt", "purple"),
        color_of("jeans", "purple", "contradiction"),
        B.garment_type("blouse"),
        B.sleeve_length(
            "Her shirt has short sleeves, chiffon fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.material("the garment is made of fabric", "restated"),
        gender="Women",
        category="Tops",
        color="Lavender",
        title="Sassafras Women Lavender Solid Peplum Top",
    ),
    # 31. Woman in a sleeveless navy fit-and-flare dress with white polka dots, knee length, white background.
    # caption, color, pattern, material: base; sleeve_length, is_a: VQA.
    case(
        "MYN-21047",
        caption("a woman wearing a blue polka dot dress with a", "cut"),
        B.color("navy"),
        B.pattern("polka dots"),
        B.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: navy Question: What is the pattern of the dress? "
            "Answer: dots",
            "leak",
            hit_limit=True,
        ),
        B.material("nothing", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="DressBerry Women Navy Blue Polka Dot Print Fit and Flare Dress",
    ),
    # 32. Woman in a long-sleeve mustard maxi dress cinched with a brown belt, outdoors in a grass field.
    # caption, garment_type, sleeve_length, is_a, material: base; color: cap3; pattern: VQA.
    case(
        "MYN-21160",
        caption("a woman in a yellow dress standing in a field of grass"),
        B.color(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The",
            "non_answer",
            hit_limit=True,
        ),
        B.garment_type("a dress"),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        is_a("dress", "yes"),
        B.material("polyester crepe with a soft lining", "unsupported"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="Athena Women Mustard Yellow Solid Belted Maxi Dress",
    ),
    # 33. Woman draped in a pink silk saree with a wide gold zari border, gold short-sleeve blouse, white background.
    # caption, color, color_of shirt, material, is_a: base; garment_type, sleeve_length: VQA; pattern: cap1.
    case(
        "MYN-21288",
        caption("a woman in a pink sari with a gold border"),
        B.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        B.color("pink and gold"),
        color_of("shirt", "gold"),
        B.pattern(
            "The lady is wearing a long dress with pure color patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        B.material("kanjivaram silk", "unsupported"),
        B.sleeve_length("short"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Zari Silk Blend Saree",
    ),
    # 34. Jeans product on a woman: red-and-white striped t-shirt, mid-blue skinny jeans, white sneakers.
    # caption, garment_type, color, color_of jeans: base; material, is_a: VQA.
    case(
        "MYN-21405",
        caption("a woman wearing a red and white striped shirt and blue jeans"),
        B.garment_type("shirt", "contradiction"),
        B.color("red and white", "other_garment_color"),
        color_of("jeans", "blue"),
        B.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        is_a("denim", "yes"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
    ),
    # 35. Leggings product on a woman: long plain white kurti over black ankle-length leggings, white background.
    # caption: cap3; color, color_of pants, garment_type, material: base; is_a: VQA.
    case(
        "MYN-21519",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        color_of("pants", "black"),
        B.garment_type("leggings"),
        B.material("i'm not sure", "non_answer"),
        is_a(
            "leggings",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 36. Woman in a teal kurta with a pink floral print, teal palazzos, a plain pink dupatta over one shoulder.
    # caption, color, color_of pants, pattern, sleeve_length: base; garment_type: VQA.
    case(
        "MYN-21634",
        caption("a woman in a green kurta with a pink scarf"),
        B.color("pink", "other_garment_color"),
        color_of("pants", "teal"),
        B.pattern("floral"),
        B.garment_type(
            "dress Question: What is the color of the dress? Answer: blue Question: What is the pattern of the "
            "dress? Answer: floral",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter"),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Anouk Women Teal & Pink Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 37. Skirt product on a woman: cream cable-knit sweater, olive A-line mini skirt, black ankle boots.
    # caption, garment_type, color, color_of shirt: base; material: cap1; pattern, is_a: VQA.
    case(
        "MYN-21752",
        caption("a woman wearing a white sweater and a green skirt"),
        B.garment_type("skirt"),
        B.color("white", "other_garment_color"),
        color_of("shirt", "green", "contradiction"),
        B.material(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        category="Skirts",
        color="Olive",
        title="Berrylush Women Olive Green Solid A-Line Mini Skirt",
    ),
    # 38. Woman in a pink t-shirt with white PUMA lettering, black leggings, white background.
    # caption, color, pattern, material: base; color_of shirt: VQA; garment_type: cap3.
    case(
        "MYN-21870",
        caption("a man wearing a pink t-shirt and black leggings", "pronoun"),
        B.color("pink"),
        color_of(
            "shirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "Her T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The lady "
            "wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("printed"),
        B.material("cotton"),
        gender="Women",
        category="Tshirts",
        color="Pink",
        title="Puma Women Pink Printed Round Neck T-shirt",
    ),
    # 39. Palazzo product on a woman: plain black kurti, white flared palazzos with a black leaf print, white bg.
    # caption, color, color_of pants, pattern, garment_type: base.
    case(
        "MYN-21983",
        caption("a man in a black top and white printed pants", "pronoun"),
        B.color("black", "other_garment_color"),
        color_of("pants", "white"),
        B.pattern("leaf print"),
        B.garment_type("pants"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White & Black Printed Flared Palazzos",
    ),
    # 40. Boy of about six in a blue t-shirt with a green dinosaur print, khaki shorts, white background.
    # caption, color, color_of shorts, garment_type, material, is_a: base; pattern: VQA.
    case(
        "MYN-30107",
        caption("a young girl wearing a blue t-shirt with a dinosaur on it", "pronoun"),
        B.color("blue"),
        color_of("shorts", "blue", "contradiction"),
        B.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.material("organic cotton", "unsupported"),
        is_a("t-shirt", "yes"),
        gender="Boys",
        category="Tshirts",
        color="Blue",
        title="Gini and Jony Boys Blue Dinosaur Printed Round Neck T-shirt",
    ),
    # 41. Girl of about eight in a sleeveless pink tulle party dress with a sequinned bodice, silver shoes.
    # caption: cap3; garment_type, color, sleeve_length, material: base; pattern, is_a: VQA.
    case(
        "MYN-30226",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        B.pattern(
            "pure color Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: "
            "pink Question:",
            "leak",
            hit_limit=True,
        ),
        B.material("tulle"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="YK Girls Pink Embellished Fit & Flare Party Dress",
    ),
    # 42. Boy in a red-and-black buffalo-check flannel shirt worn open over a plain grey t-shirt, blue jeans.
    # Seller gave no colour and no title. caption, color, color_of shirt, pattern, color_of jeans, material: base;
    # sleeve_length: VQA.
    case(
        "MYN-30341",
        caption("a little boy in a red and black plaid shirt"),
        B.color("red and black"),
        color_of("shirt", "grey", "other_garment_color"),
        B.pattern("plaid"),
        B.sleeve_length(
            "long Question: What is the color of the shirt? Answer: red Question: What is the color of the jeans? "
            "Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        B.material("unknown", "non_answer"),
        gender="Boys",
        category="Shirts",
    ),
    # 43. Girl in a yellow kurta with a green floral print and a green flared sharara, white background.
    # caption, color, color_of pants, material: base; pattern: cap3.
    case(
        "MYN-30458",
        caption("a little boy in a yellow and green outfit", "pronoun"),
        B.color("yellow"),
        color_of("pants", "yellow", "contradiction"),
        B.material("cotton"),
        B.pattern(
            "Her shirt has long sleeves, cotton fabric and floral patterns. It has a round neckline. The lady wears "
            "a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Biba Girls Yellow & Green Floral Print Kurta with Sharara",
    ),
    # 44. Product shot, no person: a plain charcoal hooded sweatshirt laid flat on a white background.
    # Seller gender missing. caption, garment_type, color, sleeve_length, pattern, material, color_of pants: base;
    # is_a: VQA.
    case(
        "MYN-40512",
        caption("a dark grey hoodie on a white background"),
        B.garment_type("hoodie"),
        B.color("dark grey"),
        B.sleeve_length("long"),
        B.pattern("solid"),
        B.material("it's a sweatshirt", "non_answer"),
        color_of("pants", "black", "unsupported"),
        is_a(
            "sweatshirt",
            "yes Question: What is the color of the sweatshirt? Answer: grey Question: What is the color of the "
            "pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        category="Sweatshirts",
        color="Charcoal",
        title="Kook N Keech Unisex Charcoal Grey Solid Hooded Sweatshirt",
    ),
]
