"""BLIND_127 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twentieth session. Measured blind at 13f475c: 130/142 failures found (91.5%)
and 16/144 correct texts flagged (11.1%). The writer's notes, verbatim:

Blind corpus 127: BLIP-2 OPT-2.7b outputs on 44 imagined products of a Myntra-style marketplace.

Scenario
--------
The original experiments' untuned base model and their three fine-tuned LoRA adapters re-run on a random sample of
44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
such a catalog is: men's tees and shirts, women's kurtas, sarees, tops and dresses dominate; kids are a small share),
one product per item. Each product was asked the experiments' own questionnaire: a caption, the closed questions of
BLIND_QUESTIONS (garment type, color, pattern, sleeve length) and the open material question, the VQA data's yes/no
garment question (is_a) and the experiments' color question for the shirt / jeans / pants / shorts (color_of), and on
some products the experiments' open questions (What is she/he wearing? What are the ... details?). Not every product
got every question. Seller columns (gender, category, color, title) come from the marketplace listing; a few are
missing (no color on two products, no title on one, no gender on one).

Which system wrote which text
-----------------------------
- base: `Salesforce/blip2-opt-2.7b`, untuned. Short lowercase answers and captions ("a man wearing a ..."); the best
  short answers, but colors bleed between garments, backgrounds leak into colors, kurtas sometimes become dresses,
  pronouns are guessed, details and fabrics are sometimes invented.
- cap1: `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (caption adapter, epoch 1).
- cap3: `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (caption adapter, epoch 3).
  Both caption adapters return the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure
  color patterns. ...") for every prompt, never stop, and are cut at the token limit (50 new tokens for captions, 30
  for answers); cap1 sometimes collapses into a single repeated word.
- vqa: `leoreigoto/Data3_V3_BLIP2_VQA` (VQA adapter, 1 epoch). Answers in the In-shop vocabulary (category names such
  as "Tees_Tanks", "Blouses_Shirts", "Dresses"; vendor colors such as "Heather grey", "Black-white"), never stops:
  it loops the answer or runs on into the next "Question: ... Answer: ..." of its training format.
The comment above each case describes the imagined photo and names the model of every text.

How it was written
------------------
Blind. The writer read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the
Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a(), color_of(), question(), case(), TARGETS).
No audit code, no other corpus, no docs, no git history were opened; nothing was run but an import check of this file.

Label conventions and judgement calls
-------------------------------------
- One label per text: the most visible failure. A caption-adapter template that runs to the token limit and stops
  mid-sentence is "cut" (hit_limit=True) even when it also misnames the garment; a text that repeats itself until the
  limit is "loop" (hit_limit=True); a text that runs on into "Question: ... Answer:" is "leak" whether or not it also
  reached the limit.
- "cut" with hit_limit=False: the base model stopping by itself mid-phrase ("... with the words").
- Near-color synonyms are correct: navy/blue, maroon/burgundy/red, cream/off white/white, mustard/yellow,
  olive/green, magenta/pink, lavender/purple, teal/green, beige/khaki/tan, peach/orange, grey melange/grey. In-shop
  vendor colors ("Heather grey", "Black-white") are correct when they fit the photo.
- A color that belongs to another garment in the photo (the jeans, the dupatta, the inner tee) given as the product's
  color, or the product's color given to another garment's color question, is "other_garment_color". A color taken
  from the background (wall, curtain) or a plainly wrong color, type, pattern or sleeve length that the caption, the
  other answers or the seller columns contradict is "contradiction"; so is a yes/no answer that denies the garment the
  caption and the seller name, and an accessory named as the garment.
- A matching bottom (same-color palazzos of a kurta set) answered with the product's color is correct; so is the
  outer/inner layer answered for the question that names it (the tee under an open jacket for "the shirt").
- Kurtas called "dress" in a garment-type or yes/no answer are contradictions (the seller says Kurtas); an anarkali
  called "anarkali dress" in a caption is correct; a lehenga answered "yes" to "Is this a skirt?" is correct; a
  saree's blouse answered as "the shirt" is correct.
- In-shop category names from the VQA adapter ("Tees_Tanks", "Blouses_Shirts", "Graphic_Tees", "Dresses",
  "Sweatshirts_Hoodies", "Denim") are correct when they fit the product, contradictions when they do not.
- Material: a plain fabric guess that fits the look (cotton for a tee, denim for jeans, chiffon for a sheer saree,
  spandex for leggings) is correct; percentages, origins, care claims, craftsmanship and brands not visible are
  "unsupported". A claim of a wearer on a product shot without a person, and a detail not in the photo (a patch, a
  pocket), are "unsupported".
- "non_answer": empty text, "i don't know", "not sure", "unknown" or "none" for something the photo plainly shows,
  a word that names no garment ("clothing"), or only the question's words back ("they are short" for the shorts'
  details, "they are jeans" for the jeans' details). "restated": the question turned into a sentence with no
  information ("the material of the
  garment is the material of the garment").
- "pronoun": a he/she/man/woman/lady/gentleman that contradicts the seller's gender column, including an answer that
  follows a wrong pronoun in the experiments' "What is she/he wearing?" prompt. Boys/Girls count as male/female.
  Not labelled on the product without a gender column.
- The caption-adapter template's pattern words ("pure color", "lattice", "floral", "stripe", "graphic") are taken as
  patterns: "pure color" is correct for a solid garment.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, details, is_a, wearing

BLIND_127: list[Case] = [
    # ---------------------------------------------------------------- men
    # 1. Man in a navy crew-neck short-sleeve tee, light-blue jeans, grey studio backdrop.
    # caption, garment_type, color base; sleeve_length vqa; color_of shirt/jeans base; material cap3.
    case(
        "MYN-M-TS-10421",
        caption("a man wearing a navy blue t-shirt and jeans"),
        B.garment_type("t-shirt"),
        B.color("blue"),
        B.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "navy"),
        color_of("jeans", "navy", "other_garment_color"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Man in a black tee with a large white lion graphic on the chest, black track pants, white backdrop.
    # caption cap1 ("lady" inside a cut template: labelled cut); pattern cap3; color base; color_of shirt vqa;
    # color_of pants base; wearing base (asked with the experiments' "she" prompt).
    case(
        "MYN-M-TS-22817",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.pattern(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.color("black and white"),
        color_of("shirt", "Black-white"),
        color_of("pants", "black"),
        wearing("she is wearing a black t-shirt with a lion on it", "pronoun", who="she"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 3. Man in a white short-sleeve polo with a small embroidered flag logo on the chest, navy chinos, standing in
    # front of a red brick wall.
    # caption, garment_type, color, color_of shirt/pants base; details cap3. The wall is behind, the polo is white.
    case(
        "MYN-M-TS-30958",
        caption("a man in a white polo shirt standing in front of a brick wall"),
        B.garment_type("clothing", "non_answer"),
        B.color("red", "contradiction"),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar and buttons on the front and a small logo on the chest and the shirt has a "
            "collar and buttons on the front and a small",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Tommy Hilfiger Men White Polo Collar T-shirt",
    ),
    # 4. Man in a mustard oversized tee with black typography across the chest, black cargo pants, white sneakers,
    # plain beige backdrop.
    # caption base (stopped by itself); color base; pattern vqa; garment_type vqa; is_a base; material base.
    case(
        "MYN-M-TS-41102",
        caption("a man wearing a yellow t-shirt with the words", "cut"),
        B.color("yellow"),
        B.pattern("graphic Question: What is the pattern of the pants? Answer: pure color", "leak"),
        B.garment_type("Graphic_Tees"),
        is_a("t-shirt", "yes"),
        B.material("it's made of 100% combed cotton, 180 gsm", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Difference of Opinion Men Mustard Yellow Typography Printed Oversized T-shirt",
    ),
    # 5. Man in a grey melange short-sleeve hooded tee, hood down, black shorts, in a park with green trees behind.
    # caption base; color base (the trees); sleeve_length cap1; is_a vqa; color_of shorts base; color_of shirt vqa.
    case(
        "MYN-M-TS-50673",
        caption("a man in a grey hooded t-shirt standing in a park with trees"),
        B.color("green", "contradiction"),
        B.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "black"),
        color_of("shirt", "Heather grey"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded T-shirt",
    ),
    # 6. Man in an olive tee with a small white cat logo on the left chest, dark blue jeans, grey backdrop.
    # caption cap3; color_of shirt/jeans, pattern, details, is_a base. Nothing on the sleeves; "solid" is taken as
    # correct for a plain tee with a small logo.
    case(
        "MYN-M-TS-61290",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers the gentleman wears is of long length. The trousers are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "olive green"),
        color_of("jeans", "green", "other_garment_color"),
        B.pattern("solid"),
        details("shirt", "it has a puma logo on the chest and a zip pocket on the sleeve", "unsupported"),
        is_a("polo shirt", "no"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Puma Men Olive Green Brand Logo Printed Slim Fit T-shirt",
    ),
    # 7. Man in a blue-and-white checked full-sleeve shirt, sleeves rolled to the elbows, beige chinos, white backdrop.
    # caption base; garment_type vqa; pattern, sleeve_length, color_of shirt/pants base; details cap3.
    case(
        "MYN-M-SH-11834",
        caption("a man wearing a blue and white checkered shirt and khaki pants"),
        B.garment_type("Blouses_Shirts Question: What is the color of the Blouses_Shirts? Answer: Blue-white", "leak"),
        B.pattern("plaid"),
        B.sleeve_length("long"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar and the sleeves are rolled up and the shirt has a collar and the sleeves are "
            "rolled up and the shirt has a collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 8. Product shot, no person: white long-sleeve formal shirt on a ghost mannequin, white background.
    # caption, garment_type, color, sleeve_length, material base; pattern vqa; is_a vqa.
    # The sleeves are plainly visible on the mannequin, so "unknown" says nothing.
    case(
        "MYN-M-SH-20417",
        caption("a white dress shirt on a white background"),
        B.garment_type("shirt"),
        B.color("white"),
        B.sleeve_length("unknown", "non_answer"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        B.material("it is made of egyptian cotton with a wrinkle free finish", "unsupported"),
        is_a("shirt", "yes Question: What is the color of the shirt? Answer: White", "leak"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Solid Formal Shirt",
    ),
    # 9. Man in an olive-green short-sleeve shirt with a small white leaf print, black jeans, on a city street.
    # No color column. caption cap1; color, pattern, color_of shirt/jeans base; wearing base ("she" prompt).
    case(
        "MYN-M-SH-33046",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long denim trousers. There is an accessory on his wrist. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("floral"),
        color_of("shirt", "green"),
        color_of("jeans", "black"),
        wearing("she is wearing a green shirt and black jeans", "pronoun", who="she"),
        gender="Men",
        category="Shirts",
        title="WROGN Men Olive Printed Slim Fit Casual Shirt",
    ),
    # 10. Man in a maroon long-sleeve formal shirt tucked into charcoal trousers, black belt, grey backdrop.
    # caption base; color vqa; garment_type base; sleeve_length cap3; color_of shirt/pants, material base.
    case(
        "MYN-M-SH-45519",
        caption("a man in a red shirt and grey pants"),
        B.color("Burgundy"),
        B.garment_type("a shirt"),
        B.sleeve_length(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "maroon"),
        color_of("pants", "grey"),
        B.material("the shirt is made of the same material as the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Peter England Men Maroon Regular Fit Solid Formal Shirt",
    ),
    # 11. Cropped at the waist: man in mid-blue slim jeans, hem of a white tee at the top edge, white sneakers, studio.
    # caption, garment_type, color, color_of jeans, material, details base; pattern vqa. The tee hem hangs over the
    # waistband: no belt can be seen.
    case(
        "MYN-M-JN-12290",
        caption("a man wearing blue jeans and white sneakers with a brown leather belt", "unsupported"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        B.pattern("pure color"),
        B.material("denim"),
        details("jeans", "they are jeans", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 12. Man in black skinny jeans with ripped knees, plain grey tee, white backdrop.
    # caption cap3; color base; garment_type vqa; color_of jeans/shirt, details base. The tee covers the waistband
    # and fly.
    case(
        "MYN-M-JN-27761",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long denim trousers. The trousers are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type(
            "Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim "
            "Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "ripped knees and a button fly with copper rivets", "unsupported"),
        color_of("shirt", "grey"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Roadster Men Black Skinny Fit Distressed Jeans",
    ),
    # 13. Man in beige chinos, navy shirt tucked in, brown belt, brown loafers, white backdrop.
    # caption, garment_type, color, color_of pants base; material cap1; is_a vqa.
    case(
        "MYN-M-TR-14408",
        caption("a man in a blue shirt and tan pants"),
        B.garment_type("shirt", "contradiction"),
        B.color("khaki"),
        color_of("pants", "tan"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("pants", "yes Question: What is the color of the pants? Answer: Khaki", "leak"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Arrow Men Beige Regular Fit Solid Chinos",
    ),
    # 14. Man in black cuffed joggers, plain grey tee, white sneakers, white backdrop.
    # caption, garment_type, color, pattern, material base; color_of pants vqa. No label or tag is visible.
    case(
        "MYN-M-TP-38815",
        caption("a man in a grey t-shirt and black sweatpants"),
        B.garment_type("sweatpants"),
        B.color("black"),
        B.pattern("", "non_answer"),
        color_of(
            "pants",
            "Black Question: What is the color of the shirt? Answer: Heather grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("it's made of moisture wicking dri-fit polyester with four way stretch", "unsupported"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Joggers",
    ),
    # 15. Man in a navy pullover hoodie with a white PUMA wordmark across the chest, kangaroo pocket and drawstrings,
    # black joggers, white backdrop.
    # caption base (stopped by itself); garment_type vqa; color vqa; sleeve_length, is_a, details base.
    case(
        "MYN-M-SW-19022",
        caption("a man wearing a navy blue hoodie with the", "cut"),
        B.garment_type("Sweatshirts_Hoodies"),
        B.color(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeves are the length of the sleeves", "restated"),
        is_a("hoodie", "no", "contradiction"),
        details("hoodie", "it has a kangaroo pocket and a drawstring hood"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Puma Men Navy Blue Printed Hooded Sweatshirt",
    ),
    # 16. Man with shoulder-length hair in a cream knee-length full-sleeve kurta with a mandarin collar, white
    # churidar, against a dark maroon curtain.
    # caption base; garment_type base; color cap3; is_a vqa; color_of pants base; wearing base ("he" prompt).
    case(
        "MYN-M-KU-50187",
        caption("a woman in a white kurta standing in front of a red curtain", "pronoun"),
        B.garment_type("kurta"),
        B.color(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        color_of("pants", "none", "non_answer"),
        wearing("he is wearing a white kurta and pajama", who="he"),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
    ),
    # 17. Man in an olive bomber jacket worn open over a white crew-neck tee, blue jeans, grey backdrop; the jacket
    # has a front zip and two slash pockets, nothing on the sleeves. No title column.
    # caption, garment_type, color, color_of shirt/jeans, material, details base.
    case(
        "MYN-M-JK-61734",
        caption("a man in a green jacket and white t-shirt"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        B.material("i don't know", "non_answer"),
        details(
            "jacket",
            "it has a zipper and two pockets on the front and a leather patch on the sleeve",
            "unsupported",
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
    ),
    # 18. Man in a white linen shirt, top two buttons open, sleeves rolled, light-blue denim shorts, beach backdrop
    # with sand and blue sea.
    # caption base; color base (the sea); garment_type vqa; color_of shorts, material base; wearing cap1 ("he"
    # prompt; "lady" inside a cut template: labelled cut).
    case(
        "MYN-M-SH-72250",
        caption("a man in a white shirt and shorts on the beach"),
        B.color("blue", "contradiction"),
        B.garment_type("Blouses_Shirts"),
        color_of("shorts", "white", "other_garment_color"),
        B.material("the shirt is made of shirt material", "restated"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and it has "
            "a lapel neckline. The lady",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Mast & Harbour Men White Solid Linen Casual Shirt",
    ),
    # ---------------------------------------------------------------- women
    # 19. Woman in a maroon straight calf-length kurta with a gold embroidered yoke, 3/4 sleeves, matching maroon
    # palazzos, beige backdrop.
    # caption, garment_type, color, sleeve_length, color_of pants base; is_a vqa; material cap3.
    case(
        "MYN-W-KU-10064",
        caption("a woman in a maroon kurta with gold embroidery"),
        B.garment_type("dress", "contradiction"),
        B.color("maroon"),
        B.sleeve_length("3/4 sleeves"),
        is_a("kurta", "yes Question: Is this a dress? Answer: no Question: Is this a", "leak"),
        color_of("pants", "maroon"),
        B.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Libas Women Maroon Yoke Design Straight Kurta",
    ),
    # 20. Woman in a white kurta with an indigo-blue floral block print, 3/4 sleeves, plain white trousers, light-grey
    # backdrop.
    # caption cap1; color, pattern, color_of pants, sleeve_length base; wearing base ("he" prompt).
    case(
        "MYN-W-KU-21395",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "v-shape neckline. The pants the lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.color("blue and white"),
        B.pattern("floral"),
        color_of("pants", "blue", "other_garment_color"),
        B.sleeve_length("short", "contradiction"),
        wearing("he is wearing a blue and white kurta with white pants", "pronoun", who="he"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Printed Straight Kurta",
    ),
    # 21. Woman in a bottle-green sleeveless A-line kurta, cream leggings, white backdrop.
    # caption base; garment_type vqa; color, sleeve_length, color_of pants, material, details base.
    # The kurta has a round neck and no side slit showing.
    case(
        "MYN-W-KU-30712",
        caption("a woman in a green kurta and white leggings"),
        B.garment_type("Dresses", "contradiction"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        color_of("pants", "white"),
        B.material("not sure", "non_answer"),
        details(
            "kurta",
            "it has a mandarin collar and a slit on the side, it has a mandarin collar and a slit on the side, it "
            "has a mandarin collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="W Women Green Solid A-Line Kurta",
    ),
    # 22. Woman in a mustard flared anarkali kurta with a pink-and-green floral print at the hem, full sleeves, a
    # maroon dupatta over one shoulder, white backdrop.
    # caption, color, garment_type, pattern, is_a, material base.
    case(
        "MYN-W-KU-41856",
        caption("a woman in a yellow anarkali dress with a maroon scarf"),
        B.color("maroon", "other_garment_color"),
        B.garment_type("anarkali"),
        B.pattern("the pattern of the garment is a pattern", "restated"),
        is_a(
            "kurta",
            "yes, it is a kurta. it is a kurta. it is a kurta. it is a kurta. it is a kurta. it is a kurta",
            "loop",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Sangria Women Mustard Yellow Printed Anarkali Kurta",
    ),
    # 23. Woman seated on a wooden chair in a pink straight kurta with a small white booti print, 3/4 sleeves, white
    # palazzos; indoor room with a green potted plant.
    # caption cap3; color, pattern, garment_type base; sleeve_length cap3; wearing base ("she" prompt); is_a vqa.
    case(
        "MYN-W-KU-52203",
        caption(
            "The lady wears a medium-sleeve dress with lattice patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.pattern("dots"),
        B.garment_type("a pink kurta"),
        B.sleeve_length(
            "The lady wears a medium-sleeve dress with lattice patterns. The dress is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink kurta and white pants", "pronoun", who="she"),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Biba Women Pink Printed Straight Kurta",
    ),
    # 24. Woman in a navy kurta with white floral print, matching printed navy palazzos, a white sheer dupatta over
    # both arms, in a garden.
    # caption, garment_type, color, color_of pants base; material vqa; is_a base.
    case(
        "MYN-W-KS-13367",
        caption("a woman in a blue and white printed kurta and palazzo pants standing in a garden"),
        B.garment_type("salwar kameez"),
        B.color("blue"),
        color_of("pants", "blue"),
        B.material("Cotton Question: What is the color of the Dresses? Answer: Navy-white", "leak"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Anouk Women Navy Blue Printed Kurta with Palazzos & Dupatta",
    ),
    # 25. Woman in a pink georgette saree with a gold sequin border, pallu over the left shoulder, plain pink blouse,
    # gold jhumkas, grey backdrop.
    # caption, garment_type base; color vqa; pattern base; is_a vqa; details base. The sequins are plain, nothing
    # shows a crystal brand.
    case(
        "MYN-W-SA-24981",
        caption("a woman in a pink saree with gold border"),
        B.garment_type("saree"),
        B.color("Pink-gold Question: Is this a dress? Answer: yes", "leak"),
        B.pattern("embellished with swarovski crystals", "unsupported"),
        is_a("saree", "no", "contradiction"),
        details(
            "saree",
            "the saree has a gold border and a gold border on the pallu and a gold border on the pallu and a gold "
            "border on the pallu and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Embellished Saree",
    ),
    # 26. Product shot, no person: red Banarasi saree folded with the green zari border and pallu spread out, gold
    # paisley motifs, white background.
    # caption, garment_type, color, wearing, material, is_a base; sleeve_length vqa.
    case(
        "MYN-W-SA-35540",
        caption("a red and green sari with gold embroidery"),
        B.garment_type("sari"),
        B.color("red"),
        wearing("she is wearing a red saree with a green border", "unsupported", who="she"),
        B.material("i'm not sure", "non_answer"),
        is_a("saree", "yes"),
        B.sleeve_length("Short-sleeve Question: What is the sleeve length of the", "leak"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Saree mall Red & Green Silk Blend Banarasi Saree",
    ),
    # 27. Woman in a teal chiffon saree with a thin silver border, black sleeveless blouse, white backdrop.
    # caption cap3; color cap1; color_of shirt (the blouse), is_a, pattern, sleeve_length, material base.
    case(
        "MYN-W-SA-46115",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        is_a("saree", "yes"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless"),
        B.material("the garment is made of a material that is used for sarees", "restated"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Ishin Women Teal Solid Chiffon Saree",
    ),
    # 28. Woman in a black fitted crop top with short puff sleeves and a square neck, high-waist light-blue mom jeans,
    # white backdrop.
    # caption, garment_type, color, sleeve_length, color_of jeans, material base; wearing base ("she" prompt).
    case(
        "MYN-W-TO-17702",
        caption("a woman in a black crop top and blue jeans"),
        B.garment_type("crop top"),
        B.color("black"),
        B.sleeve_length("puff sleeves"),
        color_of("jeans", "light blue"),
        B.material("the material is the material of the garment", "restated"),
        wearing(
            "she is wearing a black top and blue jeans and a black top and blue jeans and a black top and blue jeans "
            "and a black top",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Puff Sleeve Crop Top",
    ),
    # 29. Woman in an off-white ribbed long-sleeve fitted top tucked into black trousers, grey backdrop.
    # caption, garment_type, color, pattern, sleeve_length, color_of pants base; material cap3.
    case(
        "MYN-W-TO-28349",
        caption("a woman in a white top and black pants"),
        B.garment_type("pants", "contradiction"),
        B.color("white"),
        B.pattern("ribbed"),
        B.sleeve_length("short", "contradiction"),
        color_of("pants", "black"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Mango Women Off-White Ribbed Top",
    ),
    # 30. Woman in a wrap top with blue, pink and yellow flowers on a white ground, short flutter sleeves, white jeans,
    # white backdrop.
    # caption, color base; pattern, garment_type vqa; color_of shirt base; color_of jeans vqa; wearing base (asked
    # with the experiments' "he" prompt). Both hands are empty: no bag anywhere.
    case(
        "MYN-W-TO-39916",
        caption("a woman wearing a floral top and white jeans holding a handbag", "unsupported"),
        B.color("multicolor"),
        B.pattern("floral"),
        B.garment_type("Blouses_Shirts"),
        color_of("shirt", "blue pink and yellow"),
        color_of("jeans", "White Question: What is the color of the shirt? Answer: Multi Question:", "leak"),
        wearing("he is wearing a floral top and white jeans", "pronoun", who="he"),
        gender="Women",
        category="Tops",
        color="Multi",
        title="Berrylush Women Multicoloured Floral Print Wrap Top",
    ),
    # 31. Woman in a red sleeveless knee-length fit-and-flare dress, black heels, white backdrop.
    # caption, garment_type base; color vqa; sleeve_length base; is_a vqa; material base; wearing cap3 ("she").
    case(
        "MYN-W-DR-11173",
        caption("a woman in a red dress posing for a photo"),
        B.garment_type("dress"),
        B.color(
            "Red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: Red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.material("it's made of a stretchy fabric that is machine washable and wrinkle free", "unsupported"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and it has "
            "a v-shape neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red Solid Fit and Flare Dress",
    ),
    # 32. Woman in a navy-and-white vertical-striped collared shirt dress, long sleeves rolled up, tan belt at the
    # waist, white sneakers, on a street.
    # caption cap1; pattern, color, garment_type, is_a, sleeve_length, details base. No pockets on the dress.
    case(
        "MYN-W-DR-22640",
        caption(
            "The lady wears a long-sleeve dress with stripe patterns. The dress is with cotton fabric and it has a "
            "lapel neckline. There is an accessory on her waist. The lady wears a pair of sneakers. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.pattern("stripes"),
        B.color("blue and white"),
        B.garment_type("shirt dress"),
        is_a("dress", "no", "contradiction"),
        B.sleeve_length("long"),
        details(
            "dress",
            "it has a belt at the waist, buttons down the front and two patch pockets on the chest",
            "unsupported",
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue & White Striped Shirt Dress",
    ),
    # 33. Woman in a yellow tiered maxi dress with tiny white and green flowers, short puff sleeves, standing in a
    # wheat field. No color column.
    # caption, color, pattern, garment_type, material base; is_a cap3; wearing vqa ("she" prompt).
    case(
        "MYN-W-DR-33287",
        caption("a woman in a yellow dress standing in a field"),
        B.color("yellow"),
        B.pattern("floral"),
        B.garment_type("maxi dress"),
        is_a(
            "dress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        wearing(
            "Dresses Dresses Dresses Dresses Dresses Dresses Dresses Dresses Dresses Dresses Dresses Dresses "
            "Dresses Dresses Dresses",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        title="KASSUALLY Women Yellow Floral Print Maxi Dress",
    ),
    # 34. Woman in dark-blue skinny jeans, white tee tucked in, white sneakers, in front of a red brick wall.
    # caption, garment_type, color, color_of jeans/shirt, pattern base; details cap3.
    case(
        "MYN-W-JN-14832",
        caption("a woman in a white shirt and blue jeans standing in front of a brick wall"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "dark blue"),
        color_of("shirt", "white"),
        details(
            "jeans",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("i'm not sure", "non_answer"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
    ),
    # 35. Woman in black ankle-length leggings under a long grey oversized sweatshirt that covers the hips, white
    # sneakers, white backdrop.
    # caption, garment_type, color, color_of pants, is_a, material base; pattern vqa.
    case(
        "MYN-W-LG-25419",
        caption("a woman in a grey sweatshirt and black leggings"),
        B.garment_type("sweatshirt", "contradiction"),
        B.color("grey", "other_garment_color"),
        color_of("pants", "black"),
        is_a("pair of leggings", "yes"),
        B.material("unknown", "non_answer"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="De Moza Women Black Solid Ankle-Length Leggings",
    ),
    # 36. Woman in a magenta flared lehenga with gold embroidery, matching short-sleeve magenta choli, sheer pink
    # dupatta over head and shoulder, cream wall behind.
    # caption cap3; garment_type, color, is_a, material base; sleeve_length vqa.
    case(
        "MYN-W-LC-36066",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("lehenga"),
        B.color("pink"),
        is_a("skirt", "yes"),
        B.material("it's made of pure silk and hand embroidered by artisans in jaipur", "unsupported"),
        B.sleeve_length("Short-sleeve Question: Is this a skirt? Answer: yes", "leak"),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Magenta & Gold-Toned Embroidered Semi-Stitched Lehenga Choli",
    ),
    # 37. Woman in a black-and-white checked A-line mini skirt, white long-sleeve blouse tucked in, black ankle boots,
    # white backdrop.
    # caption, color, pattern, color_of shirt (the blouse) base; material cap1; is_a vqa.
    case(
        "MYN-W-SK-47713",
        caption("a woman in a white blouse and black and white plaid skirt"),
        B.color("it is the color of the skirt", "restated"),
        B.pattern("checkered"),
        color_of("shirt", "black and white", "other_garment_color"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes Question: What is the color of the skirt? Answer: Black-white", "leak"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black & White Checked A-Line Mini Skirt",
    ),
    # 38. Woman in a lavender oversized tee, black cycling shorts, sneakers, against a white-painted street wall.
    # caption, color, garment_type base; color_of shirt vqa; color_of shorts, wearing ("she" prompt), sleeve_length
    # base.
    case(
        "MYN-W-TS-58360",
        caption("a woman in a purple t-shirt and black shorts"),
        B.color("purple"),
        B.garment_type("sweatshirt", "contradiction"),
        color_of("shirt", "Lilac"),
        color_of("shorts", "purple", "other_garment_color"),
        wearing("he is wearing a purple shirt and black shorts", "pronoun", who="she"),
        B.sleeve_length("", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="DILLINGER Women Lavender Solid Oversized T-shirt",
    ),
    # 39. Woman in a green straight kurta with gold foil print, 3/4 sleeves, green trousers, studio. No gender column.
    # caption, color, pattern, garment_type, is_a, sleeve_length, material base.
    case(
        "MYN-W-KS-69007",
        caption("a woman in a green kurta with gold print"),
        B.color("green"),
        B.pattern("printed"),
        B.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        B.sleeve_length("3/4th sleeves"),
        B.material("the garment is made of a material", "restated"),
        category="Kurta Sets",
        color="Green",
        title="Indo Era Women Green & Gold Printed Kurta with Trousers",
    ),
    # 40. Woman in a rust-orange cotton kurta with white thread embroidery at the neck, long sleeves, white
    # churidar, standing before a blue wooden door.
    # caption cap1; garment_type vqa; color base (the door); is_a, color_of pants, material base.
    case(
        "MYN-W-KU-70654",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The shirt is with cotton fabric and it has a stand neckline. The shirt is with cotton "
            "fabric and it has a stand",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts Blouses_Shirts",
            "loop",
            hit_limit=True,
        ),
        B.color("blue", "contradiction"),
        is_a("kurta", "yes"),
        color_of("pants", "white"),
        B.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Aurelia Women Rust Orange Embroidered Straight Kurta",
    ),
    # ---------------------------------------------------------------- kids
    # 41. Boy (about 8) in a red tee with a green cartoon dinosaur print, blue denim shorts, white backdrop.
    # caption, color, is_a, color_of shorts base; garment_type cap3; wearing base ("she" prompt).
    case(
        "MYN-K-TS-11508",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        B.color("red"),
        is_a("t-shirt", "no", "contradiction"),
        color_of("shorts", "red", "other_garment_color"),
        B.garment_type(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a red t-shirt and blue shorts", "pronoun", who="she"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="H&M Boys Printed T-shirt",
    ),
    # 42. Product shot, no person: navy polo tee with thin white horizontal stripes and a white-tipped collar, flat
    # on a white background.
    # caption, garment_type, color, pattern, wearing base; material vqa.
    case(
        "MYN-K-TS-22155",
        caption("a navy blue and white striped polo shirt"),
        B.garment_type(
            "it's a polo shirt. it's a polo shirt. it's a polo shirt. it's a polo shirt. it's a polo shirt. it's a",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("striped"),
        wearing("a boy is wearing a striped polo shirt and smiling", "unsupported"),
        B.material("Cotton Question: What is the color of the garment? Answer: Navy", "leak"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="YK Boys Navy Blue Striped Polo Collar T-shirt",
    ),
    # 43. Boy (about 5, short hair) in olive cotton shorts and a white tee with a small chest print, studio.
    # caption, garment_type, color, color_of shorts, details, material base; is_a vqa.
    case(
        "MYN-K-SH-33802",
        caption("a little girl in a white shirt and green shorts", "pronoun"),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        color_of("shorts", "green"),
        details("shorts", "they are short", "non_answer"),
        is_a(
            "pair of shorts",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Gini and Jony Boys Olive Solid Regular Shorts",
    ),
    # 44. Girl (about 6) in a pink sleeveless party dress with a sequin bodice and tulle skirt, silver shoes, white
    # backdrop.
    # caption, garment_type, color, material base; pattern cap1; wearing vqa ("she" prompt).
    case(
        "MYN-K-DR-44449",
        caption("a little girl in a pink dress with sequins"),
        B.garment_type("dress"),
        B.color("pink"),
        B.material("tulle"),
        B.pattern(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a round neckline. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("Dresses Question: What is the color of the Dresses? Answer: Pink", "leak", who="she"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Cutecumber Girls Pink Embellished Fit and Flare Dress",
    ),
]
