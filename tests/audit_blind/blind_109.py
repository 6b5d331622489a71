"""BLIND_109 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twentieth session. Measured blind at ebb051b: 127/140 failures found (90.7%)
and 13/144 correct texts flagged (9.0%). The writer's notes, verbatim:

Blind corpus 109: the experiments' models re-run on a random sample of a Myntra-style marketplace.

Scenario
--------
44 products drawn at random from a Myntra-style catalog (men's, women's and kids' clothing, western and ethnic,
weighted roughly as the catalog is: many men's T-shirts and shirts, many women's kurtas and kurta sets, some tops,
dresses, sarees, bottoms, a few kids' items), one product per item. Each product carries the seller's columns as
the marketplace exports them (gender, category = article type, color = base colour, title = product display name);
a few products lack one of them. The questionnaire is the original experiments' own: the closed questions of
BLIND_QUESTIONS (garment type, color, pattern, sleeve length) and the material question, the VQA data's yes/no
question ("Is this a kurta?") and the experiments' "What is the color of the <garment>?" question; a few products
also carry the experiments' "What is she/he wearing?" or "What are the <garment> details?" answers.

Which system wrote which text
-----------------------------
Every text was produced (imagined) by one of four systems, named in the comment above each case:
- BASE: the untuned `Salesforce/blip2-opt-2.7b` (greedy, stops on newline; short answers, mostly right, but colors
  repeated across garments, background colors, wrong pronouns, "dress" for a kurta, question words echoed back).
- CAP1: adapter `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (caption, epoch 1).
- CAP3: adapter `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (caption, epoch 3).
  Both caption adapters write the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure
  color patterns. ...") for every prompt, captions and questions alike, never stop, and run to the token limit,
  cut mid-sentence or looping; they add template accessories ("There is an accessory on her wrist", "a hat in her
  head") and a wearer even for product shots.
- VQA: adapter `leoreigoto/Data3_V3_BLIP2_VQA` (In-shop attribute VQA, 1 epoch): In-shop class names ("tee",
  "blouse", "tank") and vendor colors ("Navy-multi", "White-navy"), no end-of-answer token, so it loops ("yes yes
  yes ...") or carries on with the `Question: ... Answer:` prompt format (leak) until the 30-token limit.
Limits: 30 new tokens for answers, 50 for captions; hit_limit=True marks a text that ran to its limit.

How it was written
------------------
Blind. Only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text layout,
the makers, the questionnaires and TARGETS) were read; no audit code, query, documentation, test or other corpus.
The photos are imagined; a comment above each case describes the one every label was judged against.

Label conventions and judgement calls
-------------------------------------
- One label per text: the failure a reader would name first. A text that loops is "loop" and one that carries on
  with "Question:"/"Answer:" is "leak", even when it also ran to the limit (hit_limit=True is still set).
- "cut": a text that stops mid-phrase (at the limit, hit_limit=True, or a few cut before it, hit_limit=False)
  whose content up to the cut is right for the photo. A cut text that is wrong before the cut (a ring or a
  wearer that is not in the photo) takes the content label (unsupported, pronoun, contradiction) with
  hit_limit=True.
- The caption template returned for a question whose answer it does not contain (a yes/no question, the garment
  type answered with "The lower clothing is of long length") is "non_answer"; when the template does contain the
  answer asked for (the sleeves, the fabric, the pattern), it is "cut".
- The DeepFashion template's "pure color"/"solid color" pattern words are taken as right for a solid garment; its
  "upper clothing"/"lower clothing" wording is not counted as a wrong garment.
- Near-color synonyms are correct: navy -> blue, off-white/cream -> white or beige, mustard -> yellow, olive/teal ->
  green, teal -> "teal", beige -> khaki, lavender -> purple, peach -> pink or peach, maroon -> burgundy, charcoal/
  grey melange -> grey. A colour for a patterned garment is correct when it is the ground or dominant color.
- A color that belongs to another garment in the photo (the jeans under a shirt, the tee under an open jacket, the
  palazzos under a kurta) given as the product's color is "other_garment_color". The product's color given to
  another garment (the "grey shirt, grey jeans" failure), a background color given to the garment, a wrong
  garment type or a wrong yes/no are "contradiction".
- Calling a kurta a "dress" (garment type, yes/no "Is this a dress?", caption) contradicts the seller's category
  and is "contradiction"; "tunic" for a kurta, "vest" for a Nehru jacket, "hoodie" for a hooded sweatshirt,
  "salwar kameez" for a kurta set, "sari" for a saree, "blouse" for a top, "dress shirt" for a formal shirt and
  "indian wedding dress" in the caption of a lehenga choli are correct.
- Plausible material guesses consistent with the title and the photo (cotton tee, denim jeans, polyester track
  pants, chiffon for georgette, spandex leggings) are correct; a gender word that contradicts the seller's gender
  and the person in the photo (he/man for a woman or a girl, "the lady" for a men's or boys' product) is
  "pronoun"; a wearer, jewellery, hat or accessory that is not in the photo is "unsupported".
- Answers that echo the question ("the pattern of the garment", "the sleeve length of the garment is the sleeve
  length") are "restated"; "i don't know", "", "none" for a material, "no" to an open question, "they are short" for
  the shorts' details are "non_answer".
- Inapplicable questions answered sensibly ("Is this a t-shirt?" "no" for a formal shirt; "Is this a skirt?"
  "yes" for a lehenga) are correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, details, is_a, wearing

BLIND_109: list[Case] = [
    # ---------------------------------------------------------------- men
    # 1. Photo: man in a navy crew-neck short-sleeve tee and light blue jeans, plain white studio background.
    # caption, garment_type, color, sleeve_length, material: BASE; pattern, is_a: VQA.
    case(
        "MYN-10338123",
        caption("a man wearing a navy blue t-shirt and jeans"),
        B.garment_type("t-shirt"),
        B.color("blue"),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        is_a(
            "t-shirt",
            "yes Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Photo: man in a black short-sleeve tee with a large white "HRX" graphic on the chest, olive joggers,
    # grey background. caption, sleeve_length: CAP3; color, pattern, color_of: BASE; material: VQA.
    case(
        "MYN-11872204",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("printed"),
        color_of("t-shirt", "black and white", kind="open"),
        B.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 3. Photo: man in a white polo with a small navy embroidered logo, beige chinos, hands in pockets, light grey
    # background, no watch. caption, garment_type, color, color_of pants: BASE; sleeve_length: VQA; wearing: BASE.
    case(
        "MYN-2113564",
        caption("a man in a white polo shirt and khaki pants"),
        B.garment_type("polo shirt"),
        B.color("white"),
        color_of("pants", "white", "contradiction", kind="open"),
        B.sleeve_length(
            "short Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a white polo shirt, khaki pants and a silver watch", "unsupported", who="he"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Polo Collar Pure Cotton T-shirt",
    ),
    # 4. Photo: product shot, no person: a mustard tee laid flat on white, black typography "STAY WEIRD" on the
    # chest. caption, color, pattern, material: BASE; garment_type: VQA; sleeve_length: CAP1.
    case(
        "MYN-12688030",
        caption("a yellow t-shirt with the words stay weird on it"),
        B.color("yellow"),
        B.pattern("letters"),
        B.garment_type(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. She",
            "pronoun",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Difference of Opinion Men Mustard Typography Printed Cotton T-shirt",
    ),
    # 5. Photo: man in a grey melange long-sleeve round-neck tee and black jeans, white background.
    # caption: CAP1; color, color_of jeans, sleeve_length: BASE; material: VQA.
    case(
        "MYN-9015447",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("grey"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        B.sleeve_length("long"),
        B.material(
            "cotton Question: What is the material of the pants? Answer: denim Question: What is the material of",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Maniac Men Grey Melange Solid Round Neck Full Sleeve T-shirt",
    ),
    # 6. Photo: man in a blue-and-white gingham full-sleeve shirt, sleeves rolled to the elbow, untucked over dark
    # navy chinos, in front of a red-brown brick wall. caption, pattern, color, sleeve_length, color_of: BASE;
    # is_a: VQA; material: CAP3.
    case(
        "MYN-7520981",
        caption("a man in a blue and white checkered shirt standing in front of a brick wall"),
        B.pattern("plaid"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        color_of("shirt", "red", "contradiction", kind="open"),
        is_a(
            "shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 7. Photo: man in a solid olive full-sleeve shirt, buttoned and tucked into beige trousers, brown belt, white
    # background. caption: CAP3; color, color_of shirt, color_of pants, sleeve_length: BASE; garment_type: VQA.
    case(
        "MYN-13004712",
        caption(
            "The man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        color_of("shirt", "olive"),
        color_of("pants", "green", "contradiction", kind="open"),
        B.garment_type(
            "blouse Question: What cloth is the person wearing? Answer: blouse Question: What cloth is the person",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # 8. Photo: product shot, no person: a folded white formal shirt in its packaging, collar up, on a grey
    # surface. caption, garment_type, color, is_a: BASE; material: VQA; pattern: CAP1.
    case(
        "MYN-5539210",
        caption("a white dress shirt on a grey background"),
        B.garment_type("dress shirt"),
        B.color("white"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        B.pattern(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears",
            "unsupported",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 9. Photo: man in a maroon short-sleeve shirt with a small white floral print, over mid-blue jeans, on a street
    # with trees behind. caption, color, pattern, color_of, material: BASE; sleeve_length: VQA.
    case(
        "MYN-10997351",
        caption("a man in a maroon shirt with white flowers standing on a street"),
        B.color("burgundy"),
        B.pattern("floral"),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        B.material("i don't know", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Mast & Harbour Men Maroon Floral Printed Casual Shirt",
    ),
    # 10. Photo: waist-down crop: mid-blue skinny jeans, white sneakers, the hem of a white tee at the top edge,
    # white background. caption: CAP3; garment_type, color_of, color, material: BASE; pattern: VQA.
    case(
        "MYN-11402390",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns. The lower clothing is "
            "of long",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        color_of("jeans", "blue"),
        B.color("white", "other_garment_color"),
        B.material("denim with a", "cut"),
        B.pattern(
            "pure color Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 11. Photo: man full length in black slim jeans, a grey pullover hoodie and white sneakers, grey background.
    # caption, color_of, color, is_a: BASE; material: VQA; garment_type: CAP3; wearing: CAP1.
    case(
        "MYN-6744018",
        caption("a man in a grey hoodie and black jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        B.color("black"),
        is_a("jeans", "no", "contradiction"),
        B.material(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and its neckline is",
            "contradiction",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Jackson Skinny Fit Stretchable Jeans",
    ),
    # 12. Photo: man in beige chinos, a navy short-sleeve polo tucked in, brown loafers, white background.
    # caption: CAP1; color, color_of pants, garment_type, material: BASE; pattern: VQA.
    case(
        "MYN-8873105",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. He",
            "cut",
            hit_limit=True,
        ),
        B.color("khaki"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.garment_type("pants"),
        B.material("cotton"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 13. Photo: product shot, no person: black track pants with a white stripe down each side, white drawstring,
    # laid flat on white. caption, pattern, material, sleeve_length: BASE; is_a: VQA; garment_type: CAP3.
    case(
        "MYN-9981224",
        caption("a pair of black track pants with white stripes"),
        B.pattern("stripes"),
        B.material("polyester"),
        is_a(
            "pants",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing",
            "non_answer",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 14. Photo: man waist-down by a swimming pool: navy chino shorts, a white tee, brown sandals, bare wrists.
    # caption: CAP3; color_of, color, material: BASE; garment_type: VQA; details: BASE.
    case(
        "MYN-12240967",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. He wears a "
            "three-point shorts, with cotton fabric and pure color patterns. There is an accessory on his wrist. He",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        B.color("navy"),
        B.garment_type(
            "shorts Question: Is this a shorts? Answer: yes Question: Is this a shorts? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        details("shorts", "the shorts have a pocket on the", "cut"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 15. Photo: man in a red pullover hoodie with a small white Puma cat logo and a kangaroo pocket (no zip pocket),
    # black joggers, white background.
    # caption, garment_type, color, sleeve_length, color_of pants, pattern: BASE; material: VQA.
    case(
        "MYN-10510073",
        caption("a man wearing a red hoodie and black pants"),
        B.garment_type("hoodie"),
        B.color("red"),
        B.sleeve_length("long"),
        color_of("pants", "red", "contradiction", kind="open"),
        B.pattern("solid with a zip pocket on the chest", "unsupported"),
        B.material(
            "cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Red",
        title="Puma Men Red Solid Hooded Sweatshirt",
    ),
    # 16. Photo: man in an olive bomber jacket worn open over a white tee, blue jeans, white background.
    # caption: CAP3; color, color_of jacket, garment_type, material: BASE; is_a: VQA.
    case(
        "MYN-8126659",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        color_of("jacket", "green"),
        B.garment_type("jacket"),
        B.material("none", "non_answer"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 17. Photo: man in a cream knee-length kurta with a tone-on-tone woven self design, white churidar, mojaris,
    # beige curtain behind. caption, garment_type, is_a, color, color_of: BASE; sleeve_length: VQA.
    case(
        "MYN-7309815",
        caption("a man in a white kurta standing in front of a curtain"),
        B.garment_type("tunic"),
        is_a("kurta", "no", "contradiction"),
        B.color("white"),
        color_of("kurta", "beige"),
        B.sleeve_length(
            "long-sleeve Question: What is the color of the pants? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 18. Photo: man in a navy sleeveless Nehru jacket with a woven design over a white full-sleeve kurta and white
    # pyjama, carved wooden door behind. caption, sleeve_length, color, is_a, color_of, material: BASE;
    # garment_type: VQA.
    case(
        "MYN-11659042",
        caption("a man wearing a blue vest over a white kurta"),
        B.sleeve_length("long", "contradiction"),
        B.color("white", "other_garment_color"),
        B.garment_type(
            "vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest "
            "vest vest vest vest vest vest vest vest vest vest",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        color_of("jacket", "navy blue"),
        B.material("", "non_answer"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
    ),
    # ---------------------------------------------------------------- women
    # 19. Photo: woman in a mustard straight kurta with a green floral print, three-quarter sleeves, white palazzos,
    # white background. caption, color, pattern, garment_type, color_of: BASE; material: VQA.
    case(
        "MYN-10021876",
        caption("a woman in a yellow kurta with green flowers and white pants"),
        B.color("yellow"),
        B.pattern("floral"),
        B.garment_type("dress", "contradiction"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & Green Floral Printed Straight Kurta",
    ),
    # 20. Photo: woman in an indigo A-line kurta with a white paisley block print, three-quarter sleeves, white
    # churidar, garden behind; no jewellery, unlined, no pockets in sight. caption: CAP1; color, pattern, is_a,
    # material, garment_type: BASE; sleeve_length: VQA.
    case(
        "MYN-9430552",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has "
            "a v-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("paisley"),
        is_a("kurta", "yes"),
        B.sleeve_length(
            "three-quarter Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton with a lining and two side pockets", "unsupported"),
        B.garment_type("a type of garment", "restated"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Libas Women Indigo Blue Paisley Printed A-Line Pure Cotton Kurta",
    ),
    # 21. Photo: woman in a solid teal straight kurta with a mandarin collar and full sleeves, beige trousers, grey
    # background. caption, color, garment_type, color_of pants: BASE; sleeve_length: VQA; material: CAP3.
    case(
        "MYN-12778310",
        caption("a woman in a green tunic and beige pants"),
        B.color("teal"),
        B.garment_type("tunic"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "teal", "contradiction", kind="open"),
        B.material(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. "
            "The lower",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Solid Mandarin Collar Straight Kurta",
    ),
    # 22. Photo: woman in a pink straight kurta with white thread embroidery on the yoke, three-quarter sleeves,
    # white palazzos, white background, no jewellery. Seller color missing. caption: CAP3; color, pattern,
    # wearing, sleeve_length: BASE; is_a, material: VQA.
    case(
        "MYN-6201937",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.pattern("embroidery"),
        wearing("a pink kurta and white pants", who="she"),
        B.sleeve_length("3/4"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        gender="Women",
        category="Kurtas",
        title="Sangria Women Pink Yoke Design Thread Work Straight Kurta",
    ),
    # 23. Photo: woman in an off-white flared anarkali kurta with a red floral print, full sleeves, red churidar,
    # a red dupatta over one shoulder, white background. caption, color, color_of, pattern, sleeve, material: BASE;
    # garment_type: VQA.
    case(
        "MYN-8840113",
        caption("a woman in a white and red floral dress with a red scarf", "contradiction"),
        B.color("white"),
        color_of("kurta", "white"),
        B.pattern("floral"),
        B.sleeve_length("long"),
        B.garment_type(
            "dress Question: What is the color of the dress? Answer: Cream-red Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        B.material("the material of the garment is fabric", "restated"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Biba Women Off-White & Red Floral Printed Anarkali Kurta",
    ),
    # 24. Photo: woman in a maroon kurta with a gold zari yoke, maroon palazzos, a pink dupatta with a gold border
    # over both shoulders, white background. caption: CAP3; color, color_of dupatta, garment_type, wearing: BASE;
    # material: VQA.
    case(
        "MYN-11203458",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. "
            "The lower clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        B.color("maroon"),
        color_of("dupatta", "pink"),
        B.garment_type("salwar kameez"),
        B.material(
            "Answer: silk Answer: silk Answer: silk Answer: silk Answer: silk Answer: silk Answer: silk Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a red outfit", "pronoun", who="she"),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Anouk Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 25. Photo: woman in a bottle-green kurta with a white leaf print and matching green trousers, in a room full
    # of potted plants. caption, color, pattern, sleeve_length, is_a: BASE; material: VQA.
    case(
        "MYN-12009917",
        caption("a woman in a green outfit standing next to plants"),
        B.color("green"),
        B.pattern("leaves"),
        B.sleeve_length("not sure", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        B.material(
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Libas Women Green Leaf Printed Pure Cotton Kurta with Trousers",
    ),
    # 26. Photo: woman in a black short puff-sleeve top tucked into light blue mom jeans, white background; short
    # hair. caption: CAP1; color, color_of jeans, sleeve_length, garment_type, wearing: BASE; material: VQA.
    case(
        "MYN-13390264",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        color_of("jeans", "black", "contradiction", kind="open"),
        B.sleeve_length("short"),
        B.garment_type("blouse"),
        wearing("a man in a black shirt and blue jeans", "pronoun", who="she"),
        B.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Puff Sleeve Top",
    ),
    # 27. Photo: woman seated at a cafe table in a peach sleeveless ruffled top and white trousers; no jewellery.
    # caption, color, sleeve_length, pattern, wearing: BASE; garment_type: VQA; material: CAP3.
    case(
        "MYN-10774120",
        caption("a woman in a pink top and white pants sitting at a cafe"),
        B.color("peach"),
        B.sleeve_length("sleeveless"),
        B.pattern("ruffles"),
        B.garment_type(
            "tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank tank tank",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top, white pants and a gold necklace", "unsupported", who="she"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="DressBerry Women Peach-Coloured Solid Ruffled Top",
    ),
    # 28. Photo: woman in a white-and-blue vertically striped shirt-style top, long sleeves, black trousers, white
    # background. caption, pattern, color, color_of: BASE; garment_type: CAP1; is_a: VQA.
    case(
        "MYN-9667302",
        caption("a woman in a blue and white striped shirt and black pants"),
        B.pattern("stripes"),
        B.color("blue"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        B.garment_type(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Blue",
        title="Harpa Women White & Blue Striped Shirt Style Top",
    ),
    # 29. Photo: woman on a beach under a blue sky, in a navy maxi dress with white and pink flowers and short
    # flutter sleeves; no hat, no bracelet. caption: CAP3; color, pattern, garment_type, material: BASE;
    # sleeve_length: VQA.
    case(
        "MYN-11540683",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. There is a hat in her head. There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("floral"),
        B.garment_type("dress"),
        B.sleeve_length(
            "short Question: What is the color of the dress? Answer: Navy-multi Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.material("the material of the garment is the fabric", "restated"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Berrylush Women Navy Blue Floral Print Maxi Dress",
    ),
    # 30. Photo: woman in a red sleeveless bodycon midi dress and black heels, grey studio background.
    # caption, color, sleeve_length, pattern, material: BASE; garment_type: CAP3; is_a: VQA.
    case(
        "MYN-12915548",
        caption("a woman in a red dress posing for a photo"),
        B.color("red"),
        B.sleeve_length("sleeveless"),
        B.pattern("the pattern of the dress", "restated"),
        B.garment_type(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is with cotton fabric and its neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer:",
            "leak",
            hit_limit=True,
        ),
        B.material("polyester and spandex, with a zipper at the", "cut"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="SASSAFRAS Women Red Solid Bodycon Midi Dress",
    ),
    # 31. Photo: woman in a pink Banarasi saree with a gold zari border and pallu, a gold short-sleeve blouse, gold
    # jhumkas, pink wall behind. caption, garment_type, material, color_of blouse: BASE; pattern: CAP3;
    # is_a: VQA.
    case(
        "MYN-7702145",
        caption("a woman in a pink sari with gold trim"),
        B.garment_type("sari"),
        B.material("silk"),
        B.pattern(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        is_a(
            "saree",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "pink", "contradiction", kind="open"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Woven Design Silk Blend Banarasi Saree",
    ),
    # 32. Photo: product shot, no person: a folded green georgette saree with an orange floral print and orange
    # border on a white surface. caption: CAP1; garment_type, color, pattern, material, is_a, sleeve_length: BASE.
    case(
        "MYN-10186627",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        B.garment_type("scarf", "contradiction"),
        B.color("green"),
        B.pattern("floral"),
        B.material("chiffon"),
        is_a("saree", "yes"),
        B.sleeve_length("none of the", "cut"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green & Orange Floral Printed Georgette Saree",
    ),
    # 33. Photo: woman in mid-blue high-rise skinny jeans and a white short-sleeve crop tee, white background.
    # Seller title missing. caption: CAP3; color_of, color, garment_type, material, pattern: BASE; is_a: VQA.
    case(
        "MYN-13055871",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. She",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        B.color("blue"),
        B.garment_type("jeans"),
        B.material("denim"),
        B.pattern("no", "non_answer"),
        is_a(
            "jeans",
            "Blue Question: Is this a jeans? Answer: yes Question: Is this a jeans? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
    ),
    # 34. Photo: woman waist-down in black ankle-length leggings, the hem of a white kurta at the top edge, white
    # background. caption, color, garment_type, is_a, material, sleeve_length: BASE; pattern: CAP1.
    case(
        "MYN-5820496",
        caption("a woman wearing black leggings and a white top"),
        B.color("white", "other_garment_color"),
        B.garment_type("leggings"),
        is_a("leggings", "yes"),
        B.material("spandex"),
        B.pattern(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeves are", "cut"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 35. Photo: product shot, no person: mustard flared palazzos with a small white floral print laid flat on
    # white. Seller title missing. caption, color, garment_type, pattern, sleeve_length: BASE; material: VQA;
    # is_a: CAP3.
    case(
        "MYN-11017732",
        caption("a pair of yellow pants with white flowers on them"),
        B.color("yellow"),
        B.garment_type("pants"),
        B.pattern("floral"),
        B.sleeve_length("i don't know", "non_answer"),
        B.material(
            "Mustard-white Question: What is the color of the pants? Answer: Mustard-white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "skirt",
            "The lower clothing is of long length. The fabric is cotton and it has floral patterns. The lower "
            "clothing is of long length. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Mustard",
    ),
    # 36. Photo: woman in a park, in a lavender short-sleeve tee with a small white "LOVE" print and blue denim
    # shorts. caption, color, sleeve_length, color_of shorts, wearing, garment_type: BASE; material: CAP1.
    case(
        "MYN-12431190",
        caption("a woman in a purple t-shirt and denim shorts"),
        B.color("purple"),
        B.sleeve_length("short"),
        color_of("shorts", "purple", "contradiction", kind="open"),
        wearing("he is wearing a purple shirt and jean shorts", "pronoun", who="she"),
        B.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("it is a garment", "restated"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Tokyo Talkies Women Lavender Printed Round Neck T-shirt",
    ),
    # 37. Photo: woman in a red lehenga with gold embroidery, a red short-sleeve choli, a red net dupatta, gold
    # bangles and rings, palace backdrop. caption, garment_type, pattern, is_a: BASE; sleeve_length: VQA;
    # material: CAP3.
    case(
        "MYN-9204417",
        caption("a woman in a red and gold indian wedding dress"),
        B.garment_type("lehenga"),
        B.pattern("embroidery"),
        B.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. There is an accessory on her wrist. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="panchhi Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # ---------------------------------------------------------------- kids
    # 38. Photo: boy of about eight in a royal blue short-sleeve tee with a green dinosaur print, grey shorts,
    # white background; only the front is shown. caption, color, pattern, color_of shorts, sleeve_length, material:
    # BASE; garment_type: CAP1.
    case(
        "MYN-10661385",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        B.color("blue"),
        B.pattern("dinosaur"),
        B.garment_type(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shorts", "blue", "contradiction", kind="open"),
        B.sleeve_length("short"),
        B.material("cotton with a dinosaur on the back", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Blue",
        title="YK Boys Blue Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 39. Photo: product shot, no person: a white boys' polo with a navy-tipped collar laid flat on white.
    # caption: CAP3; color, garment_type, sleeve_length, pattern: BASE; material, is_a: VQA.
    case(
        "MYN-8518849",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and",
            "unsupported",
            hit_limit=True,
        ),
        B.color("white"),
        B.garment_type("polo shirt"),
        B.sleeve_length("short"),
        B.pattern("solid"),
        B.material(
            "White-navy White-navy White-navy White-navy White-navy White-navy White-navy White-navy White-navy",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "polo shirt",
            "Question: Is this a polo shirt? Answer: yes Question: Is this a polo shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Allen Solly Junior Boys White Polo Collar T-shirt",
    ),
    # 40. Photo: toddler boy in a yellow short-sleeve tee with a navy car print and navy shorts (the set), white
    # background. caption, garment_type, color, color_of x2, wearing: BASE.
    case(
        "MYN-11875526",
        caption("a little girl in a yellow shirt and blue shorts", "pronoun"),
        B.garment_type("shirt and shorts"),
        B.color("yellow"),
        color_of("shorts", "yellow", "contradiction", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("a yellow t-shirt and blue shorts", who="she"),
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="Babyhug Boys Yellow & Navy Blue Printed T-shirt with Shorts",
    ),
    # 41. Photo: boy waist-down in olive cargo shorts with side pockets and a white tee, white background. Seller
    # gender missing. caption: CAP3; color, color_of, pattern, details, material: BASE; garment_type: VQA.
    case(
        "MYN-9733068",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. He wears a "
            "three-point shorts, with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.pattern("solid"),
        B.garment_type(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "they are short", "non_answer"),
        B.material("clothes", "non_answer"),
        category="Shorts",
        color="Olive",
        title="Gini and Jony Boys Olive Solid Cargo Shorts",
    ),
    # 42. Photo: girl of about six in a pink sleeveless fit-and-flare dress with a white floral print, white
    # sandals, standing on grass in a garden; no hat. caption, color, pattern, sleeve_length, wearing: BASE;
    # material: CAP1.
    case(
        "MYN-12306654",
        caption("a little girl in a pink dress standing in the grass"),
        B.color("pink"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        wearing("he is wearing a pink dress", "pronoun"),
        B.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. There is a hat in her head. The",
            "unsupported",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Floral Printed Fit & Flare Dress",
    ),
    # 43. Photo: girl in a red tulle party dress with a sequinned bodice and short cap sleeves, white background.
    # caption: CAP1; color, garment_type, material, pattern, is_a: BASE; sleeve_length: VQA.
    case(
        "MYN-10899203",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a round neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        B.garment_type("dress"),
        B.material("tulle"),
        B.pattern("the pattern of the garment", "restated"),
        B.sleeve_length(
            "short Question: What is the color of the dress? Answer: Red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes with a bow at the", "cut"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Cutecumber Girls Red Embellished Net Fit & Flare Party Dress",
    ),
    # 44. Photo: girl in a yellow short-sleeve kurta with a small green leaf print, a pink sharara and a pink
    # dupatta, marigold garlands behind. caption, color, color_of, garment_type, sleeve_length, is_a: BASE;
    # material: CAP3.
    case(
        "MYN-11462379",
        caption("a little boy in a yellow and pink indian outfit", "pronoun"),
        B.color("yellow"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        B.garment_type("kurta"),
        B.sleeve_length("the sleeve length of the garment is the sleeve length", "restated"),
        B.material(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Biba Girls Yellow & Pink Printed Kurta with Sharara & Dupatta",
    ),
]
