"""BLIND_60 (44 products; the experiments re-run on Myntra-style men's casual wear with layers): written blind in
the seventeenth session. Measured blind at 5a20331: 123/140 and 6/144. The writer's notes, verbatim:

Blind corpus 60: BLIP-2 OPT-2.7b on a Myntra-style catalog of men's casual wear.

Scenario
    The original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their fine-tuned LoRA adapters
    re-run on a Myntra-style men's casual-wear catalog: graphic, striped and solid t-shirts, polos, jeans, shorts,
    track pants, joggers, sweatshirts, hoodies, bomber and denim jackets. Many on-model shots are layered (an open
    shirt over a t-shirt, a jacket over a hoodie) and the product is sometimes the inner layer; some are product
    shots without a person (flat lays, hangers, a mannequin). Questions: enrich's default questionnaire
    (DEFAULT_QUESTIONS: wearing, garment_type, color, pattern, sleeve_length, description, details, material),
    a subset per product (no sleeve question for bottoms, no "wearing" question for most product shots). Seller
    columns from the marketplace are passed to case(): gender, category (Myntra article type: Tshirts, Jeans,
    Shorts, Track Pants, Sweatshirts, Jackets), color (Myntra base colour) and title; a few products lack some or
    all of them.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short lowercase answers that stop on the newline; its failures
      are wrong colors (one color for every garment, the outer layer's color for an inner-layer product), wrong
      pronouns, invented details, empty or evasive answers, the odd restatement of the question, an occasional
      greedy loop, and a few answers that stop mid-phrase before the token limit.
    - cap-e1 / cap-e3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They return the DeepFashion-MultiModal caption template
      ("The gentleman wears a short-sleeve T-shirt with pure color patterns...") for every prompt, never stop, and
      so run to the token limit (50 new tokens for captions, 30 for answers): cut mid-sentence, looping on one
      template sentence, "The lady" for a man, no hue names at all.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers with In-shop class names and color words, then
      keeps generating: the "Question: ... Answer:" format leaks, or one word repeats to the limit.
    - Closed questions (garment_type, color, pattern, sleeve_length) are stored as the reference engine keeps them:
      a clean candidate label when the generation mapped onto one, the raw generated text when it did not.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else of the
    project was opened or searched; the only thing run was an import check of this file. Every photo is imagined
    and described in the comment above its case; every label is judged against that imagined photo.

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A caption-adapter answer that returns the template
      with no hue to a color question is non_answer even though it is also cut at the limit (hit_limit=True kept
      true); a template that states a wrong sleeve length or pattern is contradiction; a template that is merely
      stopped mid-sentence is cut; a template that says "The lady"/"her" for a man is pronoun.
    - hit_limit=True whenever the text used up the 30 (answer) or 50 (caption) new tokens: all cut-at-limit texts,
      all loops, leaks that run on to the limit, and the few adapter texts that happen to end on a full stop
      exactly at the limit. Those last are labelled correct when everything they say is true of the photo (the
      template's "pure color patterns" counts as true for a solid garment, "cotton fabric" is not judged).
    - cut also covers answers that stopped mid-phrase before the limit (hit_limit=False): "the jeans have".
    - other_garment_color: the product (per the seller) is given the color of another garment in the photo, mostly
      the outer layer for an inner-layer product or the top for a bottom; used for closed color answers and for open
      descriptions that describe the other garment instead of the product. contradiction: a color, garment type,
      sleeve length or pattern that the photo, the other texts or the seller contradict and that does not come
      from another garment (a print's or logo's color, the outer layer's garment type, "short-sleeve" for a
      long-sleeve henley, "grey shirt" for a white shirt). The outer layer's pattern, garment type or sleeve
      length given to an inner-layer product ("checked" for a solid tee under a flannel shirt, "jacket" for a
      sweatshirt under a denim jacket, "long" for a tee under a long-sleeved shirt) is contradiction, not
      other_garment_color, which is kept for colors.
    - Near-color synonyms are correct: navy / dark blue for Navy Blue, grey for Grey Melange, green / olive for
      Olive, yellow for Mustard, red / burgundy for Maroon, cream for Off White, dark grey for Charcoal, beige for
      Khaki, teal / turquoise for Teal, light blue for a light-wash Blue.
    - Captions that name the background ("in front of a brick wall", "against a blue wall") are correct; so are
      wearing answers that list every layer with the right colors, and a description that names the outer layer
      together with the product underneath with the right colors.
    - "shirt" in a caption or wearing answer for a t-shirt or polo is loose but correct; in the closed garment_type
      answer for an inner t-shirt under an open shirt it is the outer layer's type, a contradiction.
    - Patterns: a tropical leaf print is "floral", a chest wordmark or character print is "graphic", a melange or
      side-striped track pant is "solid". A graphic tee's color is the ground color; the print's color is wrong.
    - unsupported: details the photo cannot show or does not have (brand names not in the photo, fabric
      percentages, a pocket on the hidden side, a sherpa collar that is not there, "leather" for a nylon bomber).
      Plain materials the photo makes likely (cotton tee, denim jeans, nylon bomber, polyester track pants) are
      correct.
    - non_answer: empty text, "no", "nothing", "i don't know", the garment's name given as its material, the
      question's words back ("they are short"), a closed answer that names no option ("clothing", "yes",
      "unknown", "jeans" for the pattern), the caption template given to a closed color question.
      restated: the question's wording wrapped around an answer ("the color of the garment is black").
    - leak: any "Question:" / "Answer:" markers or a new question generated after the answer, also the base
      model's bare "Answer: cotton". A vqa text that repeats one class name with no markers is loop.
    - For product shots the "wearing" question is mostly not asked; where it is, an answer naming the product is
      correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_60: list[Case] = [
    # 1. Roadster black solid crew-neck tee on a model with mid-blue jeans, plain white studio backdrop, no logo.
    # caption, wearing, closed, details, material: base.
    case(
        "MYN-TS-1001",
        caption("a man wearing a black t-shirt and blue jeans standing in front of a white background"),
        D.wearing("a black t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.sleeve_length("short"),
        D.details("the t-shirt has a small logo on the chest and a pocket", "unsupported"),
        D.material("100% cotton, made in india", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Solid Round Neck T-shirt",
    ),
    # 2. HRX white tee with a large red-and-black tiger print on the chest; model in black joggers, grey backdrop.
    # caption, color (raw template kept), description, details: cap-e3; wearing: vqa; pattern: base.
    case(
        "MYN-TS-1002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and solid color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "graphic tee Question: What is the color of the graphic tee? Answer: white Question: What is the color "
            "of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.description(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Graphic Printed Round Neck T-shirt",
    ),
    # 3. Navy tee with thin white horizontal stripes (navy ground) on a model with beige chinos.
    # caption, closed, details (loops), material: base; description: cap-e1 (template says pure color for a
    # striped tee).
    case(
        "MYN-TS-1003",
        caption("a man wearing a blue and white striped shirt and khaki pants"),
        D.pattern("striped"),
        D.color("navy blue"),
        D.sleeve_length("short"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew.",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "white stripes, blue stripes, white stripes, blue stripes, white stripes, blue stripes, white stripes, "
            "blue",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the garment is cotton", "restated"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Striped Round Neck T-shirt",
    ),
    # 4. Olive crew tee worn under an open red-and-black checked flannel shirt, black jeans. Product: the olive tee.
    # all base.
    case(
        "MYN-TS-1004",
        caption("a man wearing a red and black plaid shirt over a green t-shirt"),
        D.wearing("a plaid shirt, a green t-shirt and black jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("red", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.description("a red and black plaid flannel shirt", "other_garment_color"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Round Neck Pure Cotton T-shirt",
    ),
    # 5. Grey melange crew tee on a model with black shorts, white wall.
    # caption: cap-e3; wearing, closed: base; material: vqa.
    case(
        "MYN-TS-1005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color "
            "patterns. She",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and black shorts"),
        D.color("grey"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.material(
            "tee Question: What is the color of the tee? Answer: grey Question: What is the color of the shorts? "
            "Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Bewakoof Men Grey Melange Solid Round Neck T-shirt",
    ),
    # 6. Mustard tee, flat lay on a white background, no person.
    # all base; no wearing question.
    case(
        "MYN-TS-1006",
        caption("a yellow t-shirt laid flat on a white background"),
        D.garment_type("t-shirt"),
        D.color("yellow"),
        D.sleeve_length("short"),
        D.description("the garment is a yellow t-shirt", "restated"),
        D.details("", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
    ),
    # 7. Navy pique polo with white tipping on the collar and sleeve bands; model in grey trousers.
    # caption, closed, material: base; description, details: cap-e3.
    case(
        "MYN-PL-1007",
        caption("a man in a navy polo shirt with white trim on the collar"),
        D.garment_type("polo shirt"),
        D.color("dark blue"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. "
            "The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("Answer: cotton", "leak"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
    ),
    # 8. Maroon polo, beige chinos, outdoors in front of green shrubs.
    # caption, closed, material: base; wearing: vqa; details: cap-e3.
    case(
        "MYN-PL-1008",
        caption("a man in a red polo shirt standing in front of some plants"),
        D.wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt "
            "polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("the color of the garment is maroon", "restated"),
        D.pattern("solid"),
        D.details(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Louis Philippe Sport Men Maroon Solid Polo Collar T-shirt",
    ),
    # 9. White polo on a headless mannequin, small green embroidered horse logo on the chest, grey backdrop.
    # all base (the wearing answer stopped early).
    case(
        "MYN-PL-1009",
        caption("a white polo shirt on a mannequin"),
        D.wearing("a white polo shirt with a green", "cut"),
        D.color("green", "contradiction"),
        D.pattern("solid"),
        D.description("a white polo shirt with a green logo on the chest"),
        D.details("a green crocodile logo on the chest, it is a lacoste polo", "unsupported"),
        D.sleeve_length("yes", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Allen Solly Men White Solid Polo Collar T-shirt",
    ),
    # 10. Mid-blue slim jeans on a model in a white tee and white sneakers, studio. Product: the jeans.
    # caption, wearing, closed, description, material: base; details: cap-e3.
    case(
        "MYN-JN-1010",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.wearing("a white t-shirt and white pants", "contradiction"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("jeans", "non_answer"),
        D.description("a pair of levi's 511 slim fit jeans", "unsupported"),
        D.details(
            "The gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 11. Black jeans ripped at both knees; model in a grey pullover hoodie, wristwatch, white wall.
    # caption: cap-e1; wearing, color, details: base; garment_type: vqa (raw text kept); description: cap-e3.
    case(
        "MYN-JN-1011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black ripped jeans"),
        D.garment_type(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.description(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure "
            "color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.details("the jeans are ripped at the knees"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="HIGHLANDER Men Black Slim Fit Mildly Distressed Stretchable Jeans",
    ),
    # 12. Light-wash blue jeans folded on a wooden table, product shot, no person.
    # caption, color, material: base; garment_type, description: vqa.
    case(
        "MYN-JN-1012",
        caption("a pair of blue jeans folded on a wooden table"),
        D.garment_type(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.color("light blue"),
        D.material("the garment is made of denim material", "restated"),
        D.description(
            "denim Question: Is this a denim? Answer: yes Question: Is this a denim? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="WROGN Men Blue Slim Fit Light Fade Stretchable Jeans",
    ),
    # 13. Khaki chino shorts on a model in a white crew tee, studio.
    # caption: cap-e3 (ends on a full stop at the limit); wearing (stopped early), closed, details: base;
    # description: vqa.
    case(
        "MYN-SH-1013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and khaki", "cut"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description(
            "shorts Question: What is the color of the shorts? Answer: khaki Question: What is the color of the tee? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        D.details("they are short", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Highlander Men Khaki Solid Slim Fit Chino Shorts",
    ),
    # 14. Black sports shorts with a white stripe down each side; model in a grey tee, studio.
    # all base.
    case(
        "MYN-SH-1014",
        caption("a man in a grey t-shirt and black shorts"),
        D.wearing("she is wearing black shorts and a grey t-shirt", "pronoun"),
        D.garment_type("pants", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        D.details("white stripes down the sides and an elastic waistband"),
        D.material("shorts", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Sports Shorts",
    ),
    # 15. Navy shorts with a green tropical palm-leaf print, drawstring waist; model in a white tee, front view.
    # caption, description: cap-e3; wearing, closed, details: base.
    case(
        "MYN-SH-1015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and floral "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue shorts with palm trees on them"),
        D.garment_type("shorts"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("the shorts have a zip pocket on the back and a drawstring", "unsupported"),
        D.description(
            "The shorts are with cotton fabric and floral patterns. The gentleman wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Tropical Printed Regular Shorts",
    ),
    # 16. Black track pants with three white side stripes; model in a black tee, studio.
    # caption, closed, material: base; description, details: cap-e3.
    case(
        "MYN-TP-1016",
        caption("a man in a black t-shirt and black track pants with white stripes"),
        D.garment_type("track pants"),
        D.color("black"),
        D.description(
            "The gentleman wears a long pants. The pants are with cotton fabric and striped patterns. The gentleman "
            "wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The pants are with cotton fabric and striped patterns. The pants are with cotton fabric and striped "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.material("nothing", "non_answer"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="ADIDAS Men Black 3-Stripes Track Pants",
    ),
    # 17. Navy track pants with zip side pockets; model in a red crew tee, white sneakers.
    # caption, wearing, garment_type, description, details, material (stopped early): base; color: vqa (raw).
    case(
        "MYN-TP-1017",
        caption("a man wearing a red shirt and black pants", "contradiction"),
        D.wearing("a red t-shirt and blue track pants"),
        D.garment_type("track pants"),
        D.color(
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        D.description("red pants with a drawstring", "other_garment_color"),
        D.details("the pants have a drawstring waist and zip pockets"),
        D.material("the garment is made of", "cut"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Proline Active Men Navy Blue Solid Track Pants",
    ),
    # 18. Grey melange joggers with ribbed cuffs; model in a black hoodie sitting on a stool, white sneakers.
    # caption, wearing, closed: base; material: vqa; details: cap-e3.
    case(
        "MYN-JG-1018",
        caption("a man wearing a black hoodie and grey sweatpants sitting on a stool"),
        D.wearing("a black hoodie, grey joggers and white sneakers"),
        D.garment_type("joggers"),
        D.color("grey"),
        D.material(
            "pants Question: What is the color of the pants? Answer: grey Question: What cloth is the person "
            "wearing? Answer: pants",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve sweater "
            "with pure color patterns. The sweater",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
    ),
    # 19. Olive cargo joggers with flap side pockets and elastic cuffs; model in a white tee, white wall.
    # caption, wearing, color, details: base; garment_type: vqa (raw text kept); description: cap-e1.
    case(
        "MYN-JG-1019",
        caption("a man in green cargo pants standing against a white wall"),
        D.wearing("a woman in a white shirt and green pants", "pronoun"),
        D.garment_type(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.color("olive"),
        D.description(
            "The person wears a long pants. The pants are with cotton fabric and pure color patterns. The person "
            "wears a short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        D.details("cargo pockets on the sides and elastic cuffs"),
        gender="Men",
        category="Track Pants",
        color="Olive",
        title="Roadster Men Olive Green Solid Cargo Joggers",
    ),
    # 20. Black joggers, flat lay on white, drawstring and cuffs visible. No title in the seller feed.
    # caption, color, description (stopped early), details, material: base; garment_type: vqa (raw text kept);
    # no wearing question.
    case(
        "MYN-JG-1020",
        caption("a pair of black sweatpants on a white background"),
        D.garment_type(
            "pants Question: Is this a pants? Answer: yes Question: What is the color of the pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("black sweatpants with a drawstring and", "cut"),
        D.details("the details of the garment are a drawstring and cuffs", "restated"),
        D.material("no", "non_answer"),
        gender="Men",
        category="Track Pants",
        color="Black",
    ),
    # 21. Navy crew sweatshirt with "BROOKLYN" printed in white across the chest; model, studio.
    # caption: cap-e3; closed, details, material: base; description: vqa.
    case(
        "MYN-SW-1021",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("the sleeves", "non_answer"),
        D.description(
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt "
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the word brooklyn printed in white on the front"),
        D.material("fleece, brand: new york yankees", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Sweatshirt",
    ),
    # 22. Maroon crew sweatshirt worn under an open mid-blue denim jacket, black jeans. Product: the sweatshirt.
    # caption: cap-e3; wearing, closed: base.
    case(
        "MYN-SW-1022",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns and a long pants. The jacket "
            "is with denim fabric and its neckline is lapel. The gentleman wears a long-sleeve sweater with pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket over a red sweatshirt and black pants"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.pattern("", "non_answer"),
        D.sleeve_length("long"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Roadster Men Maroon Solid Sweatshirt",
    ),
    # 23. Colour-block sweatshirt: grey body, black sleeves; model, studio.
    # caption, pattern, sleeve_length, description, material: base; color: cap-e3 (raw template kept);
    # details: cap-e1.
    case(
        "MYN-SW-1023",
        caption("a man in a grey and black sweatshirt"),
        D.pattern("color block"),
        D.color(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric "
            "and its neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.description("a grey sweatshirt with black sleeves"),
        D.details(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric "
            "and its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton and polyester blend, 320 gsm", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Grey",
        title="WROGN Men Grey & Black Colourblocked Sweatshirt",
    ),
    # 24. Black pullover hoodie, kangaroo pocket, drawstrings; model with hands in the pocket, black jeans.
    # caption, closed, details, description (stopped early), material (loops): base; wearing: vqa.
    case(
        "MYN-HD-1024",
        caption("a man in a black hoodie with his hands in the pocket"),
        D.wearing(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: black Question: What is the color of "
            "the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("black"),
        D.sleeve_length("long"),
        D.details("a hood with drawstrings, a kangaroo pocket and a hidden zip pocket for your phone", "unsupported"),
        D.description("a black hoodie with a hood and a", "cut"),
        D.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Roadster Men Black Solid Hooded Sweatshirt",
    ),
    # 25. Grey melange hoodie worn under an open black bomber jacket, hood outside the collar. Product: the hoodie.
    # caption, wearing, closed, details: base; description: cap-e3.
    case(
        "MYN-HD-1025",
        caption("a man wearing a black jacket over a grey hoodie"),
        D.wearing("a black bomber jacket, a grey hoodie and black jeans"),
        D.garment_type("hoodie"),
        D.color("black", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is stand. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("a grey hood over the collar of the jacket"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Difference of Opinion Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 26. Mustard pullover hoodie on a model standing against a blue painted wall.
    # caption, color, pattern, material: base; garment_type (raw text kept), details: vqa.
    case(
        "MYN-HD-1026",
        caption("a man in a yellow hoodie standing against a blue wall"),
        D.garment_type(
            "sweatshirt/hoodie Question: What is the color of the sweatshirt/hoodie? Answer: yellow Question",
            "leak",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("solid"),
        D.details(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        D.material("the hoodie", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Hooded Sweatshirt",
    ),
    # 27. White hoodie shot from the back: a large black skull print covers the back; front not visible.
    # caption, closed, details: base; description: cap-e3.
    case(
        "MYN-HD-1027",
        caption("the back of a man wearing a white hoodie with a black skull on it"),
        D.garment_type("hoodie"),
        D.color("black", "contradiction"),
        D.pattern("the pattern of the garment is a skull pattern", "restated"),
        D.sleeve_length("long"),
        D.details("a kangaroo pocket on the front and a skull on the back", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="White",
        title="Bewakoof Men White Skull Printed Hooded Sweatshirt",
    ),
    # 28. Olive nylon bomber with ribbed collar, cuffs and hem, zipped half open over a white tee; black jeans.
    # caption: cap-e3; color, details, material: base; garment_type: vqa (raw text kept); description: cap-e1.
    case(
        "MYN-BJ-1028",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is stand. The pants are with denim fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.material("nylon"),
        D.details("ribbed cuffs, a ribbed collar and a zip front"),
        D.description(
            "The jacket is with cotton fabric and its neckline is stand. The jacket is with cotton fabric and its "
            "neckline is stand. The jacket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 29. Black bomber on a wooden hanger against a white wall, unzipped to show an orange lining, zip pocket on
    # the left sleeve. No person. all base (the details answer stopped early).
    case(
        "MYN-BJ-1029",
        caption("a black bomber jacket hanging on a wooden hanger"),
        D.garment_type("jacket"),
        D.color("black"),
        D.pattern("the pattern of the garment is solid", "restated"),
        D.details("an orange lining and a zip pocket on the", "cut"),
        D.material("leather", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Flying Machine Men Black Solid Bomber Jacket",
    ),
    # 30. Maroon bomber zipped open over a white tee, black jeans, on a city street.
    # caption, closed, description: base; wearing: vqa.
    case(
        "MYN-BJ-1030",
        caption("a man in a red jacket and black pants standing on a street"),
        D.wearing(
            "jacket/coat, tee, denim, jacket/coat, tee, denim, jacket/coat, tee, denim, jacket/coat, tee, denim, "
            "jacket/",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("burgundy"),
        D.sleeve_length("unknown", "non_answer"),
        D.description("a black jacket with a zipper", "other_garment_color"),
        gender="Men",
        category="Jackets",
        color="Maroon",
        title="Roadster Men Maroon Solid Bomber Jacket",
    ),
    # 31. Mid-blue denim trucker jacket worn open over a white pullover hoodie, black jeans. Product: the jacket.
    # caption: cap-e3; wearing, closed, material, description: base; details: vqa.
    case(
        "MYN-DJ-1031",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns and a long pants. The jacket "
            "is with denim fabric and its neckline is lapel. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket over a white hoodie and black jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.description("a white hoodie", "other_garment_color"),
        D.details(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the "
            "hoodie? Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 32. Black denim jacket unbuttoned over a grey tee, two flap chest pockets, beige backdrop.
    # caption: cap-e1; closed, description: base; details: cap-e3.
    case(
        "MYN-DJ-1032",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric and "
            "its neckline is lapel. The lady wears a short-sleeve T-shirt with pure color patterns. Her",
            "pronoun",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a black denim jacket with buttons and two chest pockets"),
        D.details(
            "The jacket is with denim fabric and its neckline is lapel. The jacket is with denim fabric and its "
            "neckline is lapel. The jacket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="HIGHLANDER Men Black Solid Denim Jacket",
    ),
    # 33. Light-wash denim jacket, flat lay on white: plain denim collar, two button-flap chest pockets. No title.
    # caption, closed, details: base; material: vqa.
    case(
        "MYN-DJ-1033",
        caption("a denim jacket laid out on a white background"),
        D.garment_type("jacket"),
        D.color("light blue"),
        D.sleeve_length("long"),
        D.details("a sherpa collar and button flap pockets", "unsupported"),
        D.material(
            "denim Question: What cloth is the person wearing? Answer: denim Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
    ),
    # 34. White tee with thin black stripes under an open olive overshirt, blue jeans. Product: the striped tee.
    # all base.
    case(
        "MYN-TS-1034",
        caption("a man wearing a green shirt over a striped t-shirt"),
        D.wearing("a green shirt, a striped t-shirt and jeans"),
        D.garment_type("clothing", "non_answer"),
        D.color("white"),
        D.pattern("striped"),
        D.description("a green button-up shirt", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Mast & Harbour Men White & Black Striped Round Neck T-shirt",
    ),
    # 35. Teal V-neck tee on a model with black jeans, grey backdrop.
    # caption, details: cap-e3; closed, material: base.
    case(
        "MYN-TS-1035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is V-shape. The pants are with denim fabric and pure color patterns. Her",
            "pronoun",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("teal"),
        D.sleeve_length("short"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is V-shape. The T-shirt is with cotton fabric and its "
            "neckline is V-shape. The",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of the t-shirt", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="HERE&NOW Men Teal Blue Solid V-Neck T-shirt",
    ),
    # 36. Charcoal long-sleeve henley, three-button placket, model with blue jeans.
    # caption, material: cap-e1 (the caption ends on a full stop at the limit, but says short-sleeve); closed,
    # description, details: base.
    case(
        "MYN-TS-1036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.color("dark grey"),
        D.sleeve_length("long"),
        D.description("a grey long sleeve henley shirt"),
        D.details("three buttons at the neck"),
        D.material(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton "
            "fabric. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Charcoal",
        title="Roadster Men Charcoal Grey Solid Henley Neck Long Sleeves T-shirt",
    ),
    # 37. White tee with a chest pocket worn under an open light-blue denim shirt, khaki chinos. Product: the tee.
    # The seller feed has no columns for this one. all base (the details answer loops).
    case(
        "MYN-TS-1037",
        caption("a man wearing a denim shirt over a white t-shirt"),
        D.wearing("a blue denim shirt and a white t-shirt"),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.description("a blue denim shirt with a white t-shirt underneath"),
        D.details(
            "a pocket on the chest, a pocket on the chest, a pocket on the chest, a pocket on the chest, a",
            "loop",
            hit_limit=True,
        ),
    ),
    # 38. Red tee with a large Spider-Man print on the front; model in black shorts.
    # caption: cap-e1; wearing, closed, details: base; description: vqa.
    case(
        "MYN-TS-1038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red t-shirt and black shorts"),
        D.color("red"),
        D.pattern("graphic"),
        D.details("a picture of spider-man on the front"),
        D.description(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee "
            "graphic tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Kook N Keech Marvel Men Red Spider-Man Printed Round Neck T-shirt",
    ),
    # 39. Polo with navy, white and red horizontal stripes (navy dominant); model wearing a wristwatch, beige
    # chinos. caption: cap-e3 (ends on a full stop at the limit); closed: base; details: vqa.
    case(
        "MYN-PL-1039",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("navy blue"),
        D.pattern("striped"),
        D.sleeve_length("short"),
        D.details(
            "polo shirt Question: What is the color of the polo shirt? Answer: navy-white Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Tommy Hilfiger Men Navy Blue Striped Polo Collar T-shirt",
    ),
    # 40. Plain grey track pants, flat lay on white, no stripes. No title in the seller feed.
    # caption, closed, description: base; material: vqa.
    case(
        "MYN-TP-1040",
        caption("a pair of grey sweatpants on a white background"),
        D.garment_type("track pants"),
        D.color("grey"),
        D.description("grey track pants with black stripes on the side", "unsupported"),
        D.material(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Grey",
    ),
    # 41. Off-white crew sweatshirt with ribbed cuffs and hem; model in front of a grey stone wall.
    # caption, closed: base; description: cap-e1; details: cap-e3; material: vqa.
    case(
        "MYN-SW-1041",
        caption("a man in a white sweatshirt standing in front of a stone wall"),
        D.garment_type("sweatshirt"),
        D.color("cream"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. She",
            "pronoun",
            hit_limit=True,
        ),
        D.material(
            "sweater Question: What is the color of the sweater? Answer: white Question: What is the color of the "
            "pants? Answer",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and its neckline is round. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Off White",
        title="Marks & Spencer Men Off-White Solid Sweatshirt",
    ),
    # 42. Mid-blue denim shorts with a frayed hem; model in a black tee.
    # all base (the details answer loops).
    case(
        "MYN-SH-1042",
        caption("a man wearing a black t-shirt and denim shorts"),
        D.wearing("she is wearing a black t-shirt and denim shorts", "pronoun"),
        D.garment_type("this type of garment is shorts", "restated"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details(
            "the shorts have a frayed hem and a frayed hem and a frayed hem and a frayed hem and a frayed hem and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Blue",
        title="Roadster Men Blue Washed Denim Shorts",
    ),
    # 43. Grey jeans on a model in a white button-down shirt, in front of a red brick wall.
    # all base (the details answer stopped early, the description loops).
    case(
        "MYN-JN-1043",
        caption("a man in a white shirt and grey jeans standing in front of a brick wall"),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("grey"),
        D.details("the jeans have", "cut"),
        D.description(
            "grey jeans, grey jeans, grey jeans, grey jeans, grey jeans, grey jeans, grey jeans, grey jeans, grey",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Grey",
        title="Roadster Men Grey Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 44. Navy zip-through hoodie worn open over a yellow tee, blue jeans. Product: the hoodie.
    # caption, garment_type, color: base; sleeve_length (raw template kept), description: cap-e3; material: vqa.
    case(
        "MYN-HD-1044",
        caption("a man in a blue hoodie and a yellow t-shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("yellow", "other_garment_color"),
        D.sleeve_length(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "Answer: cotton Question: What is the color of the sweatshirt? Answer: navy Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Front-Open Hooded Sweatshirt",
    ),
]
