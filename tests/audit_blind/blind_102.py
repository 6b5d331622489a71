"""BLIND_102 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the nineteenth session. Measured blind at 9a55aae: 130/143 failures found (90.9%) and 7/149 correct texts flagged
(4.7%). The writer's notes, verbatim:

Blind corpus 102: BLIP-2 OPT-2.7b outputs on 44 products of a Myntra-style marketplace.

Scenario
--------
The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace (men's,
women's and kids' clothing, western and ethnic, in roughly the catalog's proportions: t-shirts and shirts most,
then kurtas, tops, jeans, sarees, dresses, and a few track pants, shorts, trousers, jackets, sweatshirts, leggings,
kurta sets, lehengas, skirts; five kids' products), one product per item, with enrich's default questionnaire
(DEFAULT_QUESTIONS; not every question's text is kept for every product). Seller columns come from the marketplace:
gender (Men / Women / Boys / Girls), category (the article type: "Tshirts", "Kurtas", "Lehenga Choli"...), color
(the base colour: "Navy Blue", "Off White", "Grey Melange"...) and title (the product display name); a few products
lack one or more of them.

Which system wrote which text (named again in the comment above each case)
---------------------------------------------------------------------------
- base:   Salesforce/blip2-opt-2.7b, untuned (short answers that usually stop at the newline; the one-color-for-every-
          garment habit, wrong pronouns, occasional run-on answers and `Question: ... Answer:` continuations).
- cap-e3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): DeepFashion-MultiModal template
          captions ("The lady wears a short-sleeve T-shirt with pure color patterns..."), pattern words and no hue
          names, In-shop garment classes only (a kurta becomes a "dress", a kurta set a "dress" and "pants").
- cap-e1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1): used for the
          description / details questions, where it returns the caption template, loops or runs to the limit.
- vqa:    leoreigoto/Data3_V3_BLIP2_VQA: the closed questions (garment_type, color, pattern, sleeve_length), mapped
          to enrich's candidates; raw text kept when unmapped.
Greedy decoding, 30 new tokens for answers, 50 for the caption.

How it was written
------------------
Blind: only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py were read (the Case/Text
layout, the makers, DEFAULT_QUESTIONS, TARGETS). No audit code, no other corpus, no docs. Each product's photo was
imagined first (described in the comment above the case) and every text was judged against that photo and the
seller columns. The only thing run was an import check of this module.

Label conventions and judgement calls
-------------------------------------
- Every text is judged against the imagined photo; the seller columns count as truth about the product (category,
  base colour), the photo decides everything else. One label per text: where a text has several faults the most
  salient one is named (a template that runs to the limit and repeats is a loop, not a cut).
- cut: ends mid-phrase. hit_limit=True when the text is about 30 new tokens (answers) or 50 (captions); a few
  texts are cut before the limit (hit_limit=False). A long text that ends on a complete clause at the limit is not
  marked cut.
- loop: the same word, phrase or template sentence repeated three times or more; usually also at the limit.
- Near colors are correct: navy -> "blue"/"dark blue", off white -> "cream"/"white", maroon -> "red"/"burgundy",
  grey melange / charcoal -> "grey", mustard -> "yellow", lavender -> "purple", magenta -> "pink",
  teal -> "teal"/"green" (blue-green), olive -> "green".
- A color answer naming the color of the background, a wall, flowers, or a print / trim on the product itself is a
  contradiction (the seller's color says otherwise); naming the color of another garment or the shoes the model
  wears is other_garment_color. "a grey shirt and grey pants" for a white shirt with grey trousers (one color for
  every garment) is other_garment_color.
- A wrong garment class is a contradiction: "dress" for a kurta, "t-shirt" for the jeans being sold (the worn top),
  "kurta" for the leggings, "scarf" for a kurta whose dupatta is draped, "saree" for a lehenga, "shirt" for a kurta
  in the caption adapter's template. The template's "pants"/"trousers" for palazzos, pyjamas or churidars is fine.
- Captions and answers that name the other garments, the shoes, a layer under the product, the background
  ("standing in front of a pink wall") or the tucked-in top are correct when true. Small logos on a solid t-shirt
  do not make it printed. Lattice (the template's word) for checks is correct; "pure color patterns" for a plain
  garment with tone-on-tone embroidery is correct.
- Product shots without a person: "What is the person wearing?" answered with the product ("black jeans") is
  correct; a caption that adds a person, a wrist accessory or pants is unsupported.
- unsupported: details that are not in the photo (pockets, hoods, belts, zips, hats, brand names not printed on
  it), and a material the seller's title contradicts ("silk" for a georgette saree). A plausible material guess
  that nothing contradicts ("cotton" for a tee, "polyester" for a bodycon dress) is correct.
- pronoun: only where gender is known: she/her/lady for Men or Boys, he/his/gentleman for Women or Girls. "lady"
  for a girl and "gentleman" for a boy are the template's words and are not marked.
- non_answer: empty, "none", "unknown", "yes" to an open question, "they are short" for the details, the bare
  question word back. restated: the question turned into a sentence with nothing added ("the details of the
  garment are the details of the garment").
- leak: the `Question: ... Answer:` format appears in the text (the model continues with the next question, or
  starts by echoing "Answer:").
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_102: list[Case] = [
    # --- Men ---------------------------------------------------------------------------------------------------
    # 1. Man in a navy crew-neck tee and light-blue jeans, grey studio background.
    # caption cap-e3; wearing, material base; closed vqa; details cap-e1.
    case(
        "MYN-M-TS-3101",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("a blue t-shirt and jeans"),
        D.color("blue"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its"
            " neckline is round. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Man in a white tee with a large black graphic print on the chest, black joggers.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-M-TS-3102",
        caption("a man wearing a white t-shirt with a black graphic on it"),
        D.wearing("a black t-shirt and black pants", "other_garment_color"),
        D.color("white"),
        D.pattern("printed"),
        D.description(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric"
            " and its neckline is crew. The person wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the logo on the front of the shirt, the logo on the front of the shirt, the logo on the front of the"
            " shirt, the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
    ),
    # 3. Man in a grey heathered polo (small embroidered logo, three-button placket) and navy chinos.
    # caption cap-e3; wearing, details, material base; closed vqa.
    case(
        "MYN-M-TS-3103",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is"
            " with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey polo shirt and blue pants"),
        D.garment_type("polo shirt"),
        D.color("grey"),
        D.details("it has a collar, three buttons and the ralph lauren logo", "unsupported"),
        D.material("cotton Question: What is the color of the shirt? Answer: grey", "leak"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Puma Men Grey Melange Solid Polo T-shirt",
    ),
    # 4. Product shot: a black V-neck tee laid flat on a white background, no person. No title from the seller.
    # caption, wearing, description base; closed vqa; details cap-e1.
    case(
        "MYN-M-TS-3104",
        caption("a black t-shirt on a white background"),
        D.wearing("a black t-shirt"),
        D.garment_type("t-shirt"),
        D.color("white", "contradiction"),
        D.description("a black v-neck t-shirt with short sleeves and a", "cut"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is V-shape. The person wears a long denim pants.",
            "unsupported",
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
    ),
    # 5. Man in an olive long-sleeve henley (four-button placket, no pocket), black jeans, red brick wall behind.
    # caption, wearing, description, material base; closed vqa; details cap-e1.
    case(
        "MYN-M-TS-3105",
        caption("a man standing in front of a brick wall wearing a green shirt"),
        D.wearing("a green shirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("he is wearing a green shirt with buttons on the front and a pocket on the chest", "unsupported"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the"
            " neckline, the collar, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Henley T-shirt",
    ),
    # 6. Man in a red training tee with a small white swoosh on the chest, black shorts, in a gym.
    # caption cap-e3; wearing, details, material base; closed vqa.
    case(
        "MYN-M-TS-3106",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with"
            " cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
            " There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red t-shirt and black shorts"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.details("the nike logo on the chest"),
        D.material("polyester"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Nike Men Red Dri-FIT Training T-shirt",
    ),
    # 7. Man in a mustard-yellow tee printed "GOOD VIBES ONLY" in black, blue jeans.
    # caption, wearing, description base; closed vqa; details cap-e1.
    case(
        "MYN-M-TS-3107",
        caption("a man in a yellow t-shirt that says good vibes only"),
        D.wearing("she is wearing a yellow shirt and blue jeans", "pronoun"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.description(
            "a yellow t-shirt with black text on the front that says good vibes only and a pair of blue jeans and a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its"
            " neckline is round. The T-shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Yellow",
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
    ),
    # 8. Man in a blue-and-white checked long-sleeve shirt, buttoned, beige chinos, white sneakers, white background.
    # caption cap-e3; wearing, details, material base; closed vqa.
    case(
        "MYN-M-SH-3108",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        D.wearing(
            "a blue and white checkered shirt with a collar and buttons and a pair of khaki pants and a pair of white"
            " sneakers and a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("checked"),
        D.details("it has a collar and buttons down the front and a", "cut"),
        D.material("cotton"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 9. Man in a plain white formal shirt, charcoal trousers, grey backdrop.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-M-SH-3109",
        caption("a man in a white shirt and grey pants standing in front of a grey wall"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        D.color("white"),
        D.pattern("solid"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("details", "non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 10. Man in a maroon shirt worn open over a white crew tee, dark blue jeans.
    # caption, wearing, description, details, material base; closed vqa.
    case(
        "MYN-M-SH-3110",
        caption("a man wearing a maroon shirt over a white t-shirt and jeans"),
        D.wearing("a red shirt, a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a burgundy button down shirt with long sleeves and a white t-shirt underneath and a pair of dark blue"
            " jeans and a brown",
            "cut",
            hit_limit=True,
        ),
        D.details("Answer: the collar and the buttons Question: What are the details of the", "leak"),
        D.material("unknown", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="HIGHLANDER Men Maroon Slim Fit Solid Casual Shirt",
    ),
    # 11. Man in a dark green short-sleeve shirt with a white floral print, beige shorts, beach behind; a watch.
    # caption cap-e3; wearing, material base; closed vqa; details cap-e1.
    case(
        "MYN-M-SH-3111",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a shorts. The shirt is with cotton"
            " fabric and its neckline is lapel. There is an accessory on her wrist.",
            "pronoun",
        ),
        D.wearing(
            "a green and white floral shirt with short sleeves and a pair of beige shorts and a watch on his left"
            " wrist and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral"),
        D.details(
            "floral, floral, floral, floral, floral, floral, floral, floral, floral, floral, floral, floral, floral,"
            " floral, floral",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of the garment", "restated"),
        gender="Men",
        category="Shirts",
        color="Green",
        title="Mast & Harbour Men Green Floral Printed Casual Shirt",
    ),
    # 12. Man in a black shirt, light-blue jeans, white sneakers, standing against a mustard-yellow wall.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-M-SH-3112",
        caption("a man in a black shirt standing in front of a yellow wall"),
        D.wearing("a yellow shirt and jeans", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is"
            " with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        D.material("fabric", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Dennis Lingo Men Black Slim Fit Casual Shirt",
    ),
    # 13. Man in light-blue skinny jeans with a plain white tee, white sneakers, a steel watch on his left wrist.
    # caption cap-e3; wearing, description, details, material base; closed vqa.
    case(
        "MYN-M-JN-3113",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
            " There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.description("a pair of skinny blue jeans"),
        D.details("the pockets, the belt loops and the zip fly"),
        D.material(
            "denim Question: What is the color of the jeans? Answer: blue Question: What is the color of the shirt?"
            " Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 14. Product shot: black jeans folded on a white background, rips at the knees, no person.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-M-JN-3114",
        caption("a pair of black jeans with holes in them"),
        D.wearing("black jeans"),
        D.color("black"),
        D.description(
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure"
            " color patterns. The trousers are with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.details("ripped knees"),
        D.material("denim Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Slim Fit Mildly Distressed Jeans",
    ),
    # 15. Man in navy joggers (elastic cuffs, no stripes) with a grey hoodie; no hat.
    # caption cap-e3; wearing, description, material base; closed vqa.
    case(
        "MYN-M-TP-3115",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns. There is a hat on his head.",
            "unsupported",
        ),
        D.wearing("a grey hoodie and grey sweatpants", "other_garment_color"),
        D.garment_type("track pants"),
        D.color("navy"),
        D.description("a pair of navy blue joggers with white side stripes and zip pockets", "unsupported"),
        D.material("unknown", "non_answer"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Joggers",
    ),
    # 16. Man in an off-white long straight kurta with a mandarin collar, white churidar, a carved wooden door behind.
    # caption, wearing, material base; closed vqa; details cap-e1.
    case(
        "MYN-M-KU-3116",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("a white kurta and pajamas"),
        D.garment_type("dress", "contradiction"),
        D.color("cream"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is"
            " stand. The lady wears a long trousers.",
            "pronoun",
        ),
        D.material("none", "non_answer"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Solid Straight Kurta",
    ),
    # 17. Man in a charcoal hooded sweatshirt (hood down, kangaroo pocket, drawstrings), black track pants.
    # caption cap-e3; wearing, details, material base; closed vqa.
    case(
        "MYN-M-SW-3117",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " cotton fabric and it has a hooded neckline. The pants are with cotton fabric and pure color patterns."
            " There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a grey hoodie and black pants", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.details(
            "hood, kangaroo pocket, drawstrings, hood, kangaroo pocket, drawstrings, hood, kangaroo pocket,"
            " drawstrings, hood, kangaroo",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        gender="Men",
        category="Sweatshirts",
        color="Charcoal",
        title="Roadster Men Charcoal Grey Solid Hooded Sweatshirt",
    ),
    # 18. Man in beige chino shorts, a navy polo, brown loafers.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-M-SO-3118",
        caption("a man wearing a blue polo shirt and beige shorts"),
        D.wearing("blue shirt and blue shorts", "other_garment_color"),
        D.garment_type("shorts"),
        D.color("navy", "other_garment_color"),
        D.description(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure"
            " color patterns. The shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details("they are short", "non_answer"),
        D.material("the shorts are made of the material of the shorts", "restated"),
        gender="Men",
        category="Shorts",
        color="Beige",
        title="Jack & Jones Men Beige Solid Slim Fit Chino Shorts",
    ),
    # 19. Waist-down crop: grey formal trousers, a white shirt tucked in, black belt, black shoes.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-M-TR-3119",
        caption("a man in grey pants with a white shirt tucked in"),
        D.wearing(
            "grey pants and a white shirt tucked in with a black belt and a pair of black shoes with laces and a white"
            " shirt tucked",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.description(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve shirt with"
            " pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.details("flat front, belt loops and a crease down the front"),
        D.material(
            "polyester and viscose and polyester and viscose and polyester and viscose and polyester and viscose and"
            " polyester and viscose and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Grey",
        title="Arrow Men Grey Slim Fit Solid Formal Trousers",
    ),
    # 20. Man in an olive bomber jacket (zip front, ribbed collar, no hood) open over a black tee, blue jeans.
    # caption cap-e3; wearing, description, details, material base; closed vqa.
    case(
        "MYN-M-JK-3120",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric and its neckline is round. The outer clothing is a coat with cotton fabric and"
            " pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, a black t-shirt and blue jeans"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("the garment is a garment", "restated"),
        D.details("it has a zipper on the front and a hood", "unsupported"),
        D.material("nylon"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # --- Women -------------------------------------------------------------------------------------------------
    # 21. Woman in an indigo kurta with a white block print, round neck without buttons, three-quarter sleeves,
    # white palazzos, pink wall behind. caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-W-KU-3121",
        caption("a woman in a blue and white kurta standing in front of a pink wall"),
        D.wearing("a blue kurta and white pants"),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        D.details("the kurta has a mandarin collar and gold buttons down the front", "unsupported"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady"
            " wears a long-sleeve dress with graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Printed Straight Kurta",
    ),
    # 22. Woman in a mustard A-line kurta with gold embroidery on the yoke, a green dupatta over both shoulders,
    # white leggings. caption, wearing, material base; closed vqa; details cap-e1.
    case(
        "MYN-W-KU-3122",
        caption("a woman in a yellow kurta with a green dupatta"),
        D.wearing("a yellow kurta with a green dupatta"),
        D.garment_type("scarf", "contradiction"),
        D.color("green", "other_garment_color"),
        D.pattern("embroidered"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is"
            " v-shape. The upper clothing has long sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Libas Women Mustard Yellow Yoke Design A-Line Kurta",
    ),
    # 23. Woman in a maroon straight kurta with a mandarin collar and side slits, gold churidar, white studio.
    # No gender column. caption, wearing, description, details, material base; closed vqa.
    case(
        "MYN-W-KU-3123",
        caption("a woman in a maroon kurta and gold pants"),
        D.wearing("a red kurta"),
        D.color("red"),
        D.pattern("solid"),
        D.description("a long maroon kurta with a mandarin collar and side slits"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("i don't know", "non_answer"),
        category="Kurtas",
        color="Maroon",
        title="Biba Women Maroon Solid Straight Kurta",
    ),
    # 24. Woman in a bottle-green kurta with a small pink floral print, three-quarter sleeves, round neck, white
    # pants, in a garden.
    # caption cap-e3; wearing, description base; closed vqa.
    case(
        "MYN-W-KU-3124",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton"
            " fabric and its neckline is round. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress with pink flowers", "contradiction"),
        D.color("green"),
        D.pattern("floral"),
        D.description(
            "a green floral kurta with three quarter sleeves and a round neck and a pair of white pants and a pair of"
            " white",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="W Women Green Floral Printed Straight Kurta",
    ),
    # 25. Woman in a black sleeveless ribbed crop top (pulled on, no zip), high-waist blue jeans.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-W-TO-3125",
        caption("a woman in a black crop top and blue jeans"),
        D.wearing("he is wearing a black top and jeans", "pronoun"),
        D.garment_type("top"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is"
            " with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.details("cropped, ribbed and sleeveless with a zip at the back", "unsupported"),
        D.material("the material is the material of the top", "restated"),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Ribbed Crop Top",
    ),
    # 26. Woman in a white schiffli-embroidered top with short puff sleeves, beige trousers.
    # caption cap-e3; wearing, details, material base; closed vqa.
    case(
        "MYN-W-TO-3126",
        caption(
            "The gentleman wears a short-sleeve blouse with pure color patterns and a long trousers. The blouse is"
            " with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        D.wearing("a white blouse and beige pants"),
        D.color("beige", "other_garment_color"),
        D.pattern("embroidered"),
        D.details("puff sleeves and eyelet embroidery"),
        D.material(
            "cotton Question: What is the color of the garment? Answer: white Question: What is the pattern of the"
            " garment? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Harpa Women White Schiffli Embroidered Top",
    ),
    # 27. Woman in a pink top with a ruffled hem and tie-up neck, white jeans, studio.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-W-TO-3127",
        caption("a woman wearing a pink top and white jeans"),
        D.wearing("a pink shirt and pink pants", "other_garment_color"),
        D.color("pink"),
        D.description(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric and its"
            " neckline is v-shape. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles"
            " ruffles ruffles ruffles ruffles ruffles",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester Answer: polyester", "leak"),
        gender="Women",
        category="Tops",
        color="Pink",
        title="Tokyo Talkies Women Pink Solid Ruffled Top",
    ),
    # 28. Ghost-mannequin shot of a navy long-sleeve top with white polka dots, white background. No seller title.
    # caption, wearing, material base; closed vqa; details cap-e1.
    case(
        "MYN-W-TO-3128",
        caption("a navy blue blouse with white polka dots on a white background"),
        D.wearing("a blue and white polka dot shirt"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The person wears a long-sleeve shirt with graphic patterns. There is an accessory on her wrist. There is"
            " an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        D.material("material", "non_answer"),
        gender="Women",
        category="Tops",
        color="Navy Blue",
    ),
    # 29. Woman in a lavender round-neck tee, black jeans, a thin bracelet.
    # caption cap-e3; wearing, material base; closed vqa; details cap-e1.
    case(
        "MYN-W-TS-3129",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
            " There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple t-shirt and black jeans"),
        D.color("purple"),
        D.pattern("pattern", "non_answer"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a long denim pants. The pants"
            " are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Solid Round Neck T-shirt",
    ),
    # 30. Woman in a white tee with thin navy horizontal stripes and a small flag logo, a denim skirt.
    # caption, wearing, description, material base; closed vqa; details cap-e1.
    case(
        "MYN-W-TS-3130",
        caption("a woman in a striped shirt and denim skirt"),
        D.wearing("a white and blue striped t-shirt and a blue jean skirt"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.description(
            "it is a white t-shirt with blue stripes and a small logo on the chest and a round neck and short sleeves"
            " and a blue denim",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: The T-shirt is with cotton fabric and its"
            " neckline is round.",
            "leak",
        ),
        D.material("cotton"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Tommy Hilfiger Women White & Navy Striped Round Neck T-shirt",
    ),
    # 31. Woman in a red Banarasi saree with a wide gold zari border, red blouse, pallu over the shoulder, bangles.
    # caption, wearing, material base; closed vqa; description cap-e1.
    case(
        "MYN-W-SA-3131",
        caption("a woman in a red and gold saree"),
        D.wearing(
            "a red sari with a gold border, a red sari with a gold border, a red sari with a gold border, a red",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color("red"),
        D.description(
            "The lady wears a long dress with pure color patterns. The dress is with silk fabric.", "contradiction"
        ),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Woven Banarasi Saree",
    ),
    # 32. Woman in a teal georgette saree with an all-over paisley print and a printed border, teal blouse, by a
    # pillar. caption cap-e3; wearing, description, details, material base; closed vqa.
    case(
        "MYN-W-SA-3132",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. There is an"
            " accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. There"
            " is an accessory",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green saree"),
        D.color("teal"),
        D.pattern("printed"),
        D.description("the garment is described as a garment", "restated"),
        D.details("paisley print all over and a printed", "cut"),
        D.material("silk", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal Paisley Printed Poly Georgette Saree",
    ),
    # 33. Woman in a black sleeveless bodycon midi dress, red heels, hands empty, white studio.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-W-DR-3133",
        caption("a woman in a black dress and red shoes holding a clutch", "unsupported"),
        D.wearing("a red dress", "other_garment_color"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The lady wears a sleeveless dress with pure"
            " color patterns. The lady wears a sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are that it is a garment", "restated"),
        D.material("polyester"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black Solid Bodycon Midi Dress",
    ),
    # 34. Woman in a yellow A-line dress with white and orange flowers, flutter sleeves, no belt, no pockets,
    # a bracelet, a green hedge behind. caption cap-e3; wearing, details, material base; closed vqa.
    case(
        "MYN-W-DR-3134",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is v-shape. There is an accessory on her wrist."
        ),
        D.wearing(
            "a yellow floral dress with short sleeves and a v-neck and a bracelet on her left wrist and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("it has a tie belt at the waist and two side pockets", "unsupported"),
        D.material("chiffon"),
        gender="Women",
        category="Dresses",
        color="Yellow",
        title="Berrylush Women Yellow Floral Print A-Line Dress",
    ),
    # 35. Woman in a pink kurta over white churidar leggings (ruched at the ankle); the leggings are the product.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-W-LG-3135",
        caption("a woman in a pink kurta and white leggings"),
        D.wearing("a pink kurta and white leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.description(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady"
            " wears a long leggings with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("ruched at the ankle"),
        D.material("cotton lycra"),
        gender="Women",
        category="Leggings",
        color="White",
        title="Go Colors Women White Solid Churidar-Length Leggings",
    ),
    # 36. Woman in a peach kurta with tone-on-tone embroidery, matching palazzos and a sheer peach dupatta.
    # caption cap-e3; wearing, description, details, material base; closed vqa.
    case(
        "MYN-W-KS-3136",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a long pants. The dress is with chiffon"
            " fabric and its neckline is round. The pants are with chiffon fabric and pure color patterns. There is"
            " a scarf around her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a peach colored kurta with palazzo pants and dupatta"),
        D.color("peach"),
        D.pattern("embroidered"),
        D.description("the garment is the garment of the woman", "restated"),
        D.details(
            "she is wearing a kurta with palazzo pants and dupatta, she is wearing a kurta with palazzo pants and"
            " dupatta, she is wearing",
            "loop",
            hit_limit=True,
        ),
        D.material("georgette Question: What is the pattern of the garment? Answer: embroidered", "leak"),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Indo Era Women Peach Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 37. Woman in light-blue wide-leg high-rise jeans (no label on the back) with a white shirt tucked in.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-W-JN-3137",
        caption("a woman in a white shirt tucked into blue jeans"),
        D.wearing("Answer: a white shirt and blue jeans", "leak"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("high waist, wide legs and a brown leather label on the back", "unsupported"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DressBerry Women Blue Wide Leg High-Rise Jeans",
    ),
    # 38. Woman in a magenta lehenga with gold embroidery and sequins, matching choli, net dupatta with tasselled
    # scalloped border over one shoulder, decorated backdrop. caption, wearing, details, material base; closed vqa;
    # description cap-e1.
    case(
        "MYN-W-LC-3138",
        caption("a woman in a pink and gold lehenga"),
        D.wearing("a pink lehenga choli"),
        D.garment_type("saree", "contradiction"),
        D.color("pink"),
        D.pattern("embroidered"),
        D.description(
            "The lady wears a sleeveless dress with graphic patterns. There is an accessory on her wrist. There is a"
            " ring on her finger. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "gold embroidery and sequins on the skirt and a net dupatta with a scalloped border and tassels on the",
            "cut",
            hit_limit=True,
        ),
        D.material("not sure", "non_answer"),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Fabcartz Magenta & Gold-Toned Embroidered Semi-Stitched Lehenga & Blouse with Dupatta",
    ),
    # 39. Woman in a black pleated midi skirt, a white tee tucked in, white sneakers, no bag. No seller title.
    # caption cap-e3; wearing, description, details, material base; closed vqa.
    case(
        "MYN-W-SK-3139",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with"
            " cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        D.wearing("a white t-shirt and a black skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.description(
            "a black pleated skirt with a white t-shirt tucked in and white sneakers and a black purse and a white",
            "cut",
            hit_limit=True,
        ),
        D.details("none", "non_answer"),
        D.material("polyester"),
        gender="Women",
        category="Skirts",
        color="Black",
    ),
    # --- Kids --------------------------------------------------------------------------------------------------
    # 40. Boy of about eight in a royal-blue tee with a green dinosaur print, grey shorts, bareheaded.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-B-TS-3140",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it and a red cap", "unsupported"),
        D.wearing("a blue shirt and grey shorts"),
        D.color("blue"),
        D.pattern("printed"),
        D.description(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric"
            " and its neckline is round."
        ),
        D.details(
            "dinosaur dinosaur dinosaur dinosaur dinosaur dinosaur dinosaur dinosaur dinosaur dinosaur dinosaur"
            " dinosaur dinosaur dinosaur dinosaur dinosaur",
            "loop",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Boys",
        category="Tshirts",
        color="Blue",
        title="YK Boys Blue Dinosaur Printed Round Neck T-shirt",
    ),
    # 41. Product shot: a green boys' polo laid flat on a white background (two-button placket), no person.
    # caption cap-e3; wearing, description, details, material base; closed vqa.
    case(
        "MYN-B-TS-3141",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is lapel. There is an accessory on his wrist.",
            "unsupported",
        ),
        D.wearing("a green polo shirt"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.description("the garment is a piece of clothing", "restated"),
        D.details(
            "the collar, the buttons, the collar, the buttons, the collar, the buttons, the collar, the buttons, the"
            " collar, the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Green",
        title="HRX by Hrithik Roshan Boys Green Solid Polo Collar T-shirt",
    ),
    # 42. Girl of about six in a pink tulle fit-and-flare party dress with a silver sequinned bodice, white studio.
    # caption, wearing, details, material base; closed vqa; description cap-e1.
    case(
        "MYN-G-DR-3142",
        caption("a little girl in a pink dress"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("silver", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. The lady wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.details("sequins on the top and a tulle skirt"),
        D.material("tulle"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Tulle Fit and Flare Dress",
    ),
    # 43. Girl in a white top with small red hearts printed all over, denim shorts. No seller colour or title.
    # caption, wearing, description, material base; closed vqa; details cap-e1.
    case(
        "MYN-G-TO-3143",
        caption("a girl in a white shirt with red hearts and denim shorts"),
        D.wearing("she is wearing a white shirt with red hearts"),
        D.garment_type("top"),
        D.color("red", "contradiction"),
        D.pattern("printed"),
        D.description("the garment is a garment for girls", "restated"),
        D.details("", "non_answer"),
        D.material("cotton"),
        gender="Girls",
        category="Tops",
    ),
    # 44. Boy in a plain yellow kurta with a mandarin collar and front buttons, white pyjamas, orange marigold
    # garlands behind. caption cap-e3; wearing, details, material base; closed vqa.
    case(
        "MYN-B-KS-3144",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        D.wearing("she is wearing a yellow kurta and white pajamas", "pronoun"),
        D.garment_type("kurta"),
        D.color("orange", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "it has buttons on the front and a mandarin collar and two side slits and a pair of white pyjamas with an"
            " elastic",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Kurta Sets",
        color="Yellow",
        title="Jompers Boys Yellow Solid Kurta with Pyjamas",
    ),
]
