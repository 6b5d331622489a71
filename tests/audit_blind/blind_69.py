"""BLIND_69 (44 products; the experiments re-run on Myntra-style men's topwear, the experiments' questionnaire):
written blind in the seventeenth session. Measured blind at a963a27: 115/140 and 8/147. The writer's notes,
verbatim:

Blind corpus 69: BLIP-2 OPT-2.7b on a Myntra-style catalog of men's topwear.

Scenario: the original experiments' untuned base model and their fine-tuned LoRA adapters, re-run as they were
(greedy decoding, `Question: <q> Answer:` prompts, max 30 new tokens for answers and 50 for captions, no trained
end-of-answer token) on 44 imagined product photos of men's topwear: printed, striped and solid t-shirts, polos,
henleys, casual and formal shirts, sweatshirts and hoodies, jackets and blazers, often worn open over a t-shirt,
plus a few product shots with no person (flat lays, a folded pack shot, a ghost mannequin). Each product has a
caption and answers to the experiments' own questionnaire: the closed questions of BLIND_QUESTIONS, the experiments'
"Is this a {garment}?" (is_a) and "What is the color of the {garment}?" (color_of) questions, and their open
questions "What is he wearing?", "Describe the {garment}." and "What are the {garment} details?". Seller columns
(gender, category = Myntra article type, color = Myntra base colour, title = product display name) come from the
marketplace; some products lack one or more of them.

Who wrote which text (named per text in the comment above each case):
- BASE: the untuned `Salesforce/blip2-opt-2.7b`. Short answers, short captions; its failures are one color for
  every garment, the wrong pronoun, invented details, yes to almost any "Is this a ...?" question.
- CAP3: `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (caption adapter, epoch 3), CAP1: its epoch-1 checkpoint.
  They write the DeepFashion-MultiModal template ("pure color", "lattice", "graphic" patterns, never a hue) for
  every prompt, run on to the token limit, loop on their own sentences, and invent the template's "accessory".
- VQA: `leoreigoto/Data3_V3_BLIP2_VQA`. Short answers that never stop: loops ("red red red ..."), or the prompt
  format continued with new questions and answers ("white Question: ... Answer: ..."). Now and then it stops
  after the answer (it learned the padding) or returns nothing.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the Case/Text layout and makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). I
read no audit code, no other corpus, no docs and no history, and ran nothing but an import check of this file.
The photos are imagined; each label is judged against the photo described in the comment above its case.

Label conventions and judgement calls:
- One label per text: the dominant failure. A caption-template answer that runs to the token limit mid-phrase is
  "cut" (hit_limit=True) even when it also restates or invents; a text that repeats a phrase over and over is "loop"
  (hit_limit=True, it never stopped); a text that continues with "Question: ... Answer: ..." is "leak" even when
  its first word is right.
- "cut" with hit_limit=False: stopped mid-phrase before the limit (a stray newline or pad token ended it).
- A complete caption-adapter caption in the DeepFashion template with no hue ("pure color patterns") is correct: it
  names no color, so it contradicts nothing. The same template given as the answer to a color or yes/no question
  is "non_answer" (no hue, no yes/no); given to a type, pattern or material question where the answer sits buried
  in template sentences, it is "restated" (verbose, the caption back instead of an answer).
- "pure color" as the pattern of a solid or melange garment, "lattice" for checks, "color block" for panels are
  correct (the training data's pattern words).
- Near-color synonyms are correct: navy / dark blue / blue for Navy Blue, burgundy for Maroon, green for Olive,
  tan for Beige, dark grey for Charcoal, light purple / purple for Lavender, turquoise for Teal, grey for Grey
  Melange, "blue and white" for a navy-and-white stripe, "red white and blue" for a Multi colour-block tee.
- Layers: the color of the outer garment given as the color of the inner one, or the reverse, is
  "other_garment_color"; so is the product's color given to the jeans or trousers (the base model's one color for
  every garment). The color of a print, a wall, a background or a cap given as the garment's color is
  "contradiction" (it is no garment of the outfit).
- An all-black outfit where every garment really is black: every "black" is correct.
- "jacket" for a blazer, "sweater" for a sweatshirt, "hoodie" for a hooded sweatshirt, "polo shirt" for a product
  the seller files under Tshirts, "dress shirt" for a formal shirt, "leather" for a leather-look biker jacket,
  "suede" for a suede-look trucker, "denim" for chambray: correct (what the photo shows).
- "suit" as the garment type of a blazer worn with matching trousers is "contradiction" (the product is the
  blazer); "Is this a t-shirt?" answered yes for a blazer worn over a t-shirt is "contradiction" (the product is
  the blazer, though a t-shirt is visible).
- Short sleeves for a full-sleeve shirt with the sleeves rolled to the elbow is "contradiction".
- Generic materials that the look supports (cotton for a tee, fleece for a hoodie, linen for a linen shirt,
  polyester for a training tee) are correct; a brand, text, logo, crest, lining, "100% organic", fur hood, pocket
  or button style that the photo does not show is "unsupported". A logo that the photo does show is correct.
- On a product shot with no person, "he is wearing ..." and template sentences about "the man" are "unsupported"
  (unless cut at the limit, then "cut").
- "she" or "woman" for a man in a product with gender Men is "pronoun"; pronoun failures are only on products
  with the gender column present.
- An empty answer, the garment's name alone for a details question, or the template without a yes/no for an
  is_a question is "non_answer"; the question's own words back ("the details of the t-shirt are", "details") is
  "restated".
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

HE = "he"

BLIND_69: list[Case] = [
    # 1. Model shot: man in a black solid crew-neck t-shirt, mid-blue jeans, plain grey studio background.
    # caption, wearing, color, pattern, color_of jeans, material: BASE; sleeve_length: VQA.
    case(
        "BL69-TS-001",
        caption("a man in a black t-shirt and blue jeans standing in front of a grey wall"),
        wearing("a black t-shirt and jeans", who=HE),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color"),
        Q.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Solid Round Neck T-shirt",
    ),
    # 2. Model shot: white round-neck t-shirt with a large black tiger-face print on the chest, black joggers,
    # white backdrop. caption, details: CAP3; color, pattern, describe: BASE; is_a, color_of t-shirt: VQA.
    case(
        "BL69-TS-002",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The man wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("graphic print"),
        describe("t-shirt", "a white t-shirt with a tiger on it"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The man wears a long "
            "pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "yes Question: What is the color of the t-shirt? Answer: white Question: Is this a t-shirt? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
    ),
    # 3. Model shot outdoors on a pavement with trees: navy-and-white horizontal striped round-neck tee, short
    # sleeves, khaki chinos. caption, color, sleeve_length, is_a, wearing, color_of pants: BASE; pattern: CAP3.
    case(
        "BL69-TS-003",
        caption("a man in a blue and white striped t-shirt and khaki pants standing on a sidewalk"),
        Q.color("blue and white"),
        Q.pattern(
            "The man is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric.",
            "restated",
        ),
        Q.sleeve_length("short sleeves"),
        is_a("sweater", "yes", "contradiction"),
        wearing("she is wearing a striped shirt and khaki pants", "pronoun", who=HE),
        color_of("pants", "blue", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="HERE&NOW Men Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 4. Flat lay, no person, white background: maroon solid polo with a contrast white collar, three-button
    # placket, small embroidered logo on the chest. caption, garment_type, color, pattern, describe: BASE;
    # color_of shirt: VQA; material: CAP1.
    case(
        "BL69-PO-004",
        caption("a maroon polo shirt on a white background"),
        Q.garment_type("polo shirt"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        color_of(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a maroon polo shirt with a white collar and a logo on the chest"),
        Q.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
    ),
    # 5. Model shot in an office with glass windows: light-blue solid formal shirt, full sleeves, regular spread
    # collar, no pocket, tucked into charcoal trousers. caption: CAP3; everything else: BASE.
    case(
        "BL69-SH-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who=HE),
        Q.sleeve_length("long sleeves"),
        Q.color("light blue"),
        color_of("pants", "blue", "other_garment_color"),
        details("shirt", "the shirt has a pocket on the chest and a button down collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
    ),
    # 6. Model shot, grey studio: navy single-breasted blazer worn open over a white crew-neck t-shirt, light-blue
    # jeans. caption, garment_type, color, color_of blazer, is_a: BASE; sleeve_length, wearing: VQA.
    case(
        "BL69-BZ-006",
        caption("a man wearing a navy blazer over a white t-shirt and jeans"),
        Q.garment_type("blazer"),
        Q.color("white", "other_garment_color"),
        color_of("blazer", "navy blue"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.sleeve_length(
            "long sleeve Question: What is the pattern of the garment? Answer: solid Question: What is the color of "
            "the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "he is wearing a jacket and a t-shirt and a pair of jeans and a jacket and a t-shirt and a pair of jeans "
            "and a jacket and",
            "loop",
            who=HE,
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Solid Single-Breasted Casual Blazer",
    ),
    # 7. Model shot in front of a red brick wall: grey melange pullover hoodie, kangaroo pocket, drawstrings,
    # black track pants. caption, garment_type, color, color_of pants, describe: BASE; pattern: CAP3.
    case(
        "BL69-SW-007",
        caption("a man in a grey hoodie standing in front of a brick wall"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("pure color"),
        color_of("pants", "grey", "other_garment_color"),
        describe("hoodie", "a grey hoodie with a kangaroo pocket and drawstrings"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 8. Street shot: black leather-look biker jacket with an asymmetric zip and zip pockets, worn open over a grey
    # t-shirt, black jeans. caption: CAP1; wearing, color, material, color_of t-shirt, details: BASE; is_a: VQA.
    case(
        "BL69-JK-008",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket", who=HE),
        Q.color("black"),
        Q.material("leather"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        details("jacket", "the jacket has a zipper and two pockets on the front"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Biker Jacket",
    ),
    # 9. White background: red-and-black buffalo-check flannel shirt, full sleeves rolled up to the elbows,
    # buttoned, blue jeans. caption, pattern, sleeve_length, material, color_of jeans: BASE; color: VQA;
    # describe: CAP3 (stopped after two sentences).
    case(
        "BL69-SH-009",
        caption("a man wearing a red and black plaid shirt and jeans"),
        Q.pattern("plaid"),
        Q.color(
            "red Question: What is the pattern of the garment? Answer: lattice Question: What is the sleeve length "
            "of the garment? Answer: long",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "shirt", "The shirt is with cotton fabric and lattice patterns. It has long sleeves and a lapel neckline."
        ),
        Q.material("flannel"),
        color_of("jeans", "red", "other_garment_color"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="WROGN Men Red & Black Checked Casual Shirt",
    ),
    # 10. Ghost-mannequin product shot, no person, white background: olive-green solid V-neck t-shirt.
    # caption, color, garment_type, sleeve_length: BASE; pattern: VQA; is_a: CAP3. No title from the seller.
    case(
        "BL69-TS-010",
        caption("an olive green t-shirt on a white background"),
        Q.color("green"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        Q.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a V-shape neckline. The T-shirt is "
            "with cotton fabric and pure color patterns. It has a V-shape",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
    ),
    # 11. Model shot against a pink wall: mustard-yellow crew-neck sweatshirt with a small white "BROOKLYN" print
    # on the chest, blue jeans. caption, color, garment_type, pattern, wearing, details: BASE; material: CAP1.
    case(
        "BL69-SW-011",
        caption("a man in a yellow sweatshirt standing against a pink wall"),
        Q.color("pink", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.pattern("printed"),
        wearing("a yellow sweater and jeans", who=HE),
        details("sweatshirt", "the sweatshirt says brooklyn nets on the front", "unsupported"),
        Q.material(
            "The sweatshirt is with cotton fabric and graphic patterns. It has a crew neckline. The man wears a long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Mustard",
        title="HERE&NOW Men Mustard Yellow Printed Sweatshirt",
    ),
    # 12. White background: white solid formal shirt, full sleeves, navy trousers. caption, color, color_of pants,
    # sleeve_length, wearing: BASE; describe: VQA.
    case(
        "BL69-SH-012",
        caption("a man in a white shirt and blue pants"),
        Q.color("white"),
        color_of("pants", "white", "other_garment_color"),
        describe(
            "shirt",
            "white shirt with a collar and a button Question: Describe the shirt. Answer: white shirt with a collar "
            "and a button Question",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        wearing("she is wearing a white shirt and blue pants", "pronoun", who=HE),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 13. Light-grey studio: black round-neck t-shirt with a large retro sunset-and-palm-trees print in orange,
    # pink and purple, no lettering; blue jeans. color_of t-shirt: VQA (stopped after one word); rest: BASE.
    case(
        "BL69-TS-013",
        caption("a man wearing a black t-shirt with a sunset and palm trees on it"),
        Q.color("orange", "contradiction"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "a black t-shirt with a sunset and palm trees on the front and the words california dreaming",
            "unsupported",
        ),
        is_a("tank top", "no"),
        color_of("t-shirt", "black"),
        Q.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Roadster Men Black Graphic Printed Round Neck T-shirt",
    ),
    # 14. Outdoor shot: mid-blue washed denim trucker jacket worn open over a white hoodie, black jeans.
    # caption: CAP3; wearing, garment_type, color, color_of jacket, color_of jeans, material: BASE.
    case(
        "BL69-JK-014",
        caption(
            "The man is wearing a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The man wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket, a white hoodie and black jeans", who=HE),
        Q.garment_type("denim jacket"),
        Q.color("blue"),
        color_of("jacket", "white", "other_garment_color"),
        color_of("jeans", "blue", "other_garment_color"),
        Q.material("denim"),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Levis Men Blue Washed Denim Jacket",
    ),
    # 15. Studio: navy polo with one broad white stripe across the chest (colour block), short sleeves, khaki
    # chinos. caption, color, is_a, describe: BASE; pattern: CAP3; sleeve_length: VQA; details: CAP1 (empty).
    # No title from the seller.
    case(
        "BL69-PO-015",
        caption("a man in a navy blue polo shirt and khaki pants"),
        Q.pattern("color block"),
        Q.color("navy"),
        Q.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        describe("shirt", "the shirt is a polo shirt", "restated"),
        details("shirt", "", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 16. Outdoor terrace, sunny: beige linen blazer worn open over a light-blue shirt, white trousers.
    # caption, color, color_of shirt, color_of pants, material: BASE; garment_type: VQA (stopped); details: CAP3.
    case(
        "BL69-BZ-016",
        caption("a man in a beige suit jacket and white pants standing on a terrace"),
        Q.color("tan"),
        Q.garment_type("jacket"),
        color_of("shirt", "light blue"),
        color_of("pants", "beige", "other_garment_color"),
        Q.material("linen"),
        details(
            "blazer",
            "The blazer is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "man wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Beige",
        title="Mast & Harbour Men Beige Linen Casual Blazer",
    ),
    # 17. Studio: long-haired man in a white oversized drop-shoulder t-shirt (plain front), black cargo pants.
    # All BASE.
    case(
        "BL69-TS-017",
        caption("a woman with long hair wearing a white t-shirt and black pants", "pronoun"),
        wearing("she is wearing a white t-shirt and black pants", "pronoun", who=HE),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        color_of("pants", "black"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Bewakoof Men White Oversized T-shirt",
    ),
    # 18. Beach: white casual shirt with thin blue vertical stripes, short sleeves, one chest pocket, worn untucked
    # over beige shorts. caption, pattern, color, color_of shorts, material: BASE; sleeve_length, describe: VQA.
    case(
        "BL69-SH-018",
        caption("a man in a striped shirt and shorts on the beach"),
        Q.pattern("striped"),
        Q.color("blue and white"),
        Q.sleeve_length("long", "contradiction"),
        color_of("shorts", "blue", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is a white shirt with blue stripes and a collar and a pocket on the left chest and two "
            "buttons on the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White & Blue Striped Casual Shirt",
    ),
    # 19. Studio: black zip-through hoodie worn open over a white t-shirt, grey joggers, small Puma cat logo on
    # the left chest. caption: CAP3; color, garment_type, is_a, color_of t-shirt, details: BASE; wearing: VQA.
    case(
        "BL69-SW-019",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("black and white", "other_garment_color"),
        Q.garment_type("hoodie"),
        is_a("sweatshirt", "yes"),
        color_of("t-shirt", "white"),
        details("hoodie", "the hoodie has a puma logo on the chest and a zipper"),
        wearing(
            "a hoodie Question: What is the color of the hoodie? Answer: black Question: What is the color of the "
            "pants? Answer: grey",
            "leak",
            who=HE,
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Puma Men Black Solid Hooded Zip Sweatshirt",
    ),
    # 20. Studio: olive-green utility shirt with two flap chest pockets, full sleeves, worn open over a black
    # t-shirt, black jeans. details: CAP1; everything else: BASE.
    case(
        "BL69-SH-020",
        caption("a man wearing an olive green shirt over a black t-shirt"),
        Q.color("black", "other_garment_color"),
        color_of("shirt", "olive"),
        Q.pattern("solid"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "shirt is with cotton fabric and pure color patterns. It has long sleeves",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a green shirt with two pockets"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Casual Shirt",
    ),
    # 21. White background: teal long-sleeve henley t-shirt with a three-button placket, grey jeans.
    # caption, color, sleeve_length, details, color_of jeans: BASE; garment_type: VQA (stopped).
    case(
        "BL69-TS-021",
        caption("a man in a teal long sleeve shirt and grey jeans"),
        Q.color("turquoise"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("sweater", "contradiction"),
        details("t-shirt", "the t-shirt has three buttons at the neck"),
        color_of("jeans", "teal", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Roadster Men Teal Solid Henley Neck T-shirt",
    ),
    # 22. White studio: red quilted puffer jacket, hooded (plain nylon hood, no fur), zipped up, black pants.
    # caption: CAP1; wearing, color, material, is_a, describe: BASE; color_of pants: VQA.
    case(
        "BL69-JK-022",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a hooded neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a red puffer jacket and black pants", who=HE),
        Q.color("red"),
        Q.material("nylon"),
        is_a("jacket", "yes"),
        describe("jacket", "a red puffer jacket with a fur-lined hood", "unsupported"),
        color_of(
            "pants",
            "black Question: What is the color of the jacket? Answer: red Question: What is the color of the hood? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Red",
        title="WROGN Men Red Solid Padded Jacket",
    ),
    # 23. Studio: grey solid round-neck t-shirt, blue jeans. Every text by CAP3 (the caption template for every
    # prompt); the caption itself is complete and names no hue.
    case(
        "BL69-TS-023",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The man wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns."
        ),
        Q.color("The T-shirt is with cotton fabric and pure color patterns.", "non_answer"),
        Q.garment_type(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline.",
            "restated",
        ),
        Q.sleeve_length(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline.",
            "non_answer",
        ),
        color_of("jeans", "The trousers are with denim fabric and solid color patterns.", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Grey",
        title="Jack & Jones Men Grey Solid Round Neck T-shirt",
    ),
    # 24. Pastel studio: pink solid casual shirt, full sleeves rolled once at the cuff, button-down collar, chest
    # pocket, curved hem, no logo; white jeans. caption, sleeve_length, details, color_of jeans: BASE;
    # wearing, color: VQA. No title from the seller.
    case(
        "BL69-SH-024",
        caption("a man in a pink shirt and white jeans"),
        wearing(
            "pink shirt Question: What is the color of the jeans? Answer: white Question: What is the color of the",
            "leak",
            who=HE,
            hit_limit=True,
        ),
        Q.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        details(
            "shirt",
            "the shirt has a button down collar, a chest pocket, and a curved hem with a logo embroidered on the "
            "pocket",
            "unsupported",
        ),
        color_of("jeans", "pink", "other_garment_color"),
        gender="Men",
        category="Shirts",
        color="Pink",
    ),
    # 25. Flat lay, no person, white background: white training t-shirt with a small black Nike swoosh on the
    # left chest only. caption, color, material, wearing: BASE; describe: VQA; sleeve_length: CAP1.
    case(
        "BL69-TS-025",
        caption("a white nike t-shirt on a white background"),
        Q.color("white"),
        Q.material("polyester"),
        wearing("he is wearing a white t-shirt", "unsupported", who=HE),
        describe(
            "t-shirt",
            "white t-shirt with a black nike logo on the chest and a black nike logo on the back and a black nike "
            "logo on the sleeve and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length(
            "The T-shirt is with polyester fabric and pure color patterns. It has short sleeves and a crew neckline. "
            "The man wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Nike Men White Dri-FIT Training T-shirt",
    ),
    # 26. Model in front of a wooden door: navy crew-neck sweatshirt with a white varsity "1987" print, no hood,
    # no pocket; khaki trousers. caption: CAP3; color, pattern, describe, details: BASE; garment_type: VQA.
    case(
        "BL69-SW-026",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("printed"),
        describe("sweatshirt", "a navy blue sweatshirt with the number 1987 on it"),
        details("sweatshirt", "ribbed cuffs and hem with a hood and front pocket", "unsupported"),
        Q.garment_type(
            "sweater Question: What is the color of the garment? Answer: navy Question: What is the pattern of the "
            "garment?",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Sweatshirt",
    ),
    # 27. Studio: black formal shirt with a faint self-texture (dobby), full sleeves, regular button cuffs, tucked
    # into light-grey trousers with a black belt. is_a: VQA; everything else: BASE.
    case(
        "BL69-SH-027",
        caption("a man in a black shirt and grey pants"),
        wearing("he is wearing a black shirt, black pants and a black belt", "other_garment_color", who=HE),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        is_a(
            "shirt",
            "yes Question: What is the color of the shirt? Answer: black Question: What is the pattern of the shirt? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "a black shirt with french cuffs and cufflinks", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Arrow Men Black Slim Fit Self Design Formal Shirt",
    ),
    # 28. Studio: yellow t-shirt with a large Minions cartoon print, blue jeans. pattern: VQA; rest: BASE.
    case(
        "BL69-TS-028",
        caption("a man wearing a yellow t-shirt with a cartoon character on it"),
        Q.color("yellow"),
        Q.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow minion t-shirt", "pronoun", who=HE),
        describe("t-shirt", "a yellow t-shirt with a minion on it"),
        details("t-shirt", "it is a yellow t-shirt", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Yellow",
        title="Free Authority Men Yellow Minions Printed T-shirt",
    ),
    # 29. Studio: olive bomber jacket, ribbed stand collar, cuffs and hem, zipped up, black jeans.
    # caption, sleeve_length: CAP1; color, garment_type, is_a: BASE; describe: VQA.
    case(
        "BL69-JK-029",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand-up collar. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("bomber jacket"),
        Q.sleeve_length(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand-up collar. The man wears",
            "cut",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "The jacket is a bomber jacket with a zipper and a ribbed collar and ribbed cuffs and ribbed hem and "
            "ribbed collar and ribbed cuffs and",
            "loop",
            hit_limit=True,
        ),
        is_a("vest", "yes", "contradiction"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 30. Studio: light-blue chambray shirt, full sleeves, two flap chest pockets, ordinary buttons, worn open over
    # a white t-shirt, beige chinos. garment_type: VQA; rest: BASE.
    case(
        "BL69-SH-030",
        caption("a man in a denim shirt and a white t-shirt"),
        Q.material("denim"),
        Q.color("light blue"),
        is_a("jacket", "yes", "contradiction"),
        Q.garment_type(
            "shirt Question: What is the color of the shirt? Answer: blue Question: Is this a shirt? Answer: yes "
            "Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt has two flap pockets on the chest and pearl snap buttons", "unsupported"),
        color_of("pants", "khaki"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Mast & Harbour Men Blue Chambray Casual Shirt",
    ),
    # 31. Studio: colour-block round-neck t-shirt, white chest panel, navy middle, red lower panel, short sleeves;
    # black jeans. caption, color, color_of jeans: BASE; pattern, sleeve_length, describe: CAP3 (describe ended
    # on a stray newline); is_a: VQA. No gender from the seller.
    case(
        "BL69-TS-031",
        caption("a man in a red, white and blue t-shirt"),
        Q.color("red white and blue"),
        Q.pattern("color block"),
        Q.sleeve_length(
            "The man is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "The T-shirt is with cotton fabric and color block patterns. It has a", "cut"),
        color_of("jeans", "black"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        category="Tshirts",
        color="Multi",
        title="Men Multicoloured Colourblocked Round Neck T-shirt",
    ),
    # 32. Studio: charcoal-grey windowpane-check formal blazer, buttoned, over a white shirt and navy tie, matching
    # charcoal trousers. details: VQA; rest: BASE.
    case(
        "BL69-BZ-032",
        caption("a man in a grey suit and tie"),
        Q.color("dark grey"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("suit", "contradiction"),
        color_of("shirt", "grey", "other_garment_color"),
        details(
            "blazer",
            "The blazer is grey and has a notch lapel and two buttons Question: What is the color of the tie? "
            "Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Charcoal",
        title="Raymond Men Charcoal Grey Checked Slim Fit Formal Blazer",
    ),
    # 33. Studio: long-sleeve raglan t-shirt, white body with black sleeves, white collar, no logo; blue jeans.
    # caption: CAP3; color, sleeve_length, describe (ended on a stray newline), details, pattern: BASE.
    case(
        "BL69-TS-033",
        caption(
            "The man is wearing a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("white and black"),
        Q.sleeve_length("short", "contradiction"),
        describe("t-shirt", "a white t-shirt with black sleeves and a black", "cut"),
        details("t-shirt", "the details of the t-shirt are", "restated"),
        Q.pattern("color block"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Campus Sutra Men White & Black Raglan Sleeves T-shirt",
    ),
    # 34. Model in front of palm-leaf wallpaper: black short-sleeve cuban-collar shirt with white and red hibiscus
    # flowers, beige chinos. caption, pattern, color, wearing, color_of pants: BASE; is_a: CAP3; material: VQA.
    case(
        "BL69-SH-034",
        caption("a man in a black floral shirt standing in front of a wall with palm leaves"),
        Q.pattern("floral"),
        Q.color("red", "contradiction"),
        is_a(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has short sleeves and a lapel neckline. The man "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a hawaiian shirt", "pronoun", who=HE),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: floral Question: What is the sleeve length "
            "of the garment",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="HERE&NOW Men Black & Red Floral Printed Casual Shirt",
    ),
    # 35. Studio: maroon pullover hoodie with a white arched "NEW YORK" print, blue jeans. caption, garment_type,
    # sleeve_length: CAP1 (the caption ended after its last sentence); color, details, is_a: BASE; color_of: VQA.
    case(
        "BL69-SW-035",
        caption(
            "The man is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        Q.color("maroon"),
        color_of(
            "hoodie",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type(
            "The man is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric.",
            "restated",
        ),
        Q.sleeve_length(
            "The man is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The man wears",
            "cut",
            hit_limit=True,
        ),
        details("hoodie", "the hoodie says new york university on the front", "unsupported"),
        is_a("hoodie", "yes"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Campus Sutra Men Maroon Printed Hooded Sweatshirt",
    ),
    # 36. Studio: grey melange polo, small chest logo only, navy chinos. caption, wearing: BASE; color, pattern
    # (stopped), sleeve_length, is_a (empty), details: VQA.
    case(
        "BL69-PO-036",
        caption("a man in a grey polo shirt and blue pants"),
        Q.color(
            "grey Question: What is the pattern of the garment? Answer: pure color Question: What is the sleeve "
            "length of",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "", "non_answer"),
        details(
            "shirt",
            "The shirt has a collar and buttons and a logo on the chest and a pocket on the side and a zipper on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey polo shirt and navy pants", who=HE),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Allen Solly Men Grey Melange Polo Collar T-shirt",
    ),
    # 37. Studio: lavender solid formal shirt, full sleeves, black trousers. caption, color, color_of pants,
    # garment_type: BASE; describe, details, material: CAP3.
    case(
        "BL69-SH-037",
        caption("a man in a purple shirt and black pants"),
        Q.color("light purple"),
        color_of("pants", "purple", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "man wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "shirt is with cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        Q.material("The shirt is with cotton fabric and pure color patterns.", "restated"),
        Q.garment_type("dress shirt"),
        gender="Men",
        category="Shirts",
        color="Lavender",
        title="Peter England Men Lavender Slim Fit Solid Formal Shirt",
    ),
    # 38. Studio: bearded man in a tan suede-look trucker jacket worn open over a white t-shirt, blue jeans.
    # color_of jeans: VQA; rest: BASE.
    case(
        "BL69-JK-038",
        caption("a man with a beard wearing a brown suede jacket over a white t-shirt"),
        Q.color("brown"),
        Q.material("suede"),
        wearing("she's wearing a brown jacket and jeans", "pronoun", who=HE),
        is_a("shirt", "yes", "contradiction"),
        color_of(
            "jeans",
            "blue jeans Question: What is the color of the jacket? Answer: brown Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "the jacket", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Tan",
        title="Highlander Men Tan Brown Solid Trucker Jacket",
    ),
    # 39. Studio: navy solid round-neck t-shirt with a small self-colour chest pocket, grey jeans, no watch or
    # other accessory. Every text by CAP1. No title from the seller.
    case(
        "BL69-TS-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.color(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The man wears a "
            "long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("The man is wearing a short-sleeve T-shirt with pure color patterns.", "restated"),
        Q.sleeve_length("short-sleeve"),
        is_a(
            "t-shirt",
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "There is an accessory on his wrist.", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 40. Pack shot, no person: a folded white formal shirt with blue micro-checks on a grey background, collar
    # and placket showing. caption, pattern, color, wearing, material: BASE; describe: VQA.
    case(
        "BL69-SH-040",
        caption("a folded white and blue checkered shirt on a grey background"),
        Q.pattern("checked"),
        Q.color("grey", "contradiction"),
        wearing("he is wearing a white shirt and a blue tie", "unsupported", who=HE),
        describe(
            "shirt",
            "The shirt is white with blue checks and has a collar and a pocket and buttons and a collar and a pocket "
            "and buttons and a collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Park Avenue Men White & Blue Checked Slim Fit Formal Shirt",
    ),
    # 41. Studio, all-black outfit: black slim blazer worn open over a black t-shirt, black jeans; plain notch
    # lapel, two buttons, no crest. garment_type: CAP3; rest: BASE.
    case(
        "BL69-BZ-041",
        caption("a man in a black blazer, black t-shirt and black jeans"),
        color_of("t-shirt", "black"),
        color_of("jeans", "black"),
        Q.garment_type(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The man wears",
            "cut",
            hit_limit=True,
        ),
        details("blazer", "the blazer has a notch lapel, two buttons, and a gold crest on the pocket", "unsupported"),
        wearing("she is wearing a black suit", "pronoun", who=HE),
        gender="Men",
        category="Blazers",
        color="Black",
        title="WROGN Men Black Solid Slim-Fit Casual Blazer",
    ),
    # 42. Studio: rust-orange solid round-neck t-shirt, short sleeves, white trousers. color: VQA; rest: BASE.
    # No category from the seller.
    case(
        "BL69-TS-042",
        caption("a man in an orange t-shirt and white pants"),
        Q.color(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe(
            "t-shirt",
            "a t-shirt that is orange in color with a round neck and short sleeves made of 100% organic cotton",
            "unsupported",
        ),
        details("t-shirt", "details", "restated"),
        Q.material("cotton"),
        gender="Men",
        color="Rust",
        title="Roadster Men Rust Orange Solid Round Neck T-shirt",
    ),
    # 43. Studio: man in a light-grey crew-neck sweatshirt with a small Nike swoosh on the chest, black cap, grey
    # joggers. caption: CAP3 (the cap is real); color, garment_type: BASE; details (ended on a stray newline),
    # is_a (empty): VQA. No color and no title from the seller.
    case(
        "BL69-SW-043",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. He wears a hat",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("sweatshirt"),
        details("sweatshirt", "The sweatshirt has a round neck and ribbed cuffs and a nike logo on the", "cut"),
        is_a("sweatshirt", "", "non_answer"),
        gender="Men",
        category="Sweatshirts",
    ),
    # 44. Indoor, plain wall: white linen shirt with a mandarin (band) collar, full sleeves, blue jeans.
    # caption, material, color, details, color_of jeans: BASE; sleeve_length, describe: CAP3.
    case(
        "BL69-SH-044",
        caption("a man wearing a white shirt with a mandarin collar"),
        Q.material("linen"),
        Q.color("white"),
        Q.sleeve_length(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a stand-up collar. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with linen fabric and pure color patterns. It has long sleeves and a stand-up collar. The "
            "shirt is with linen fabric and pure color patterns. It has long",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a band collar and a button placket"),
        color_of("jeans", "white", "other_garment_color"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Mast & Harbour Men White Linen Mandarin Collar Casual Shirt",
    ),
]
