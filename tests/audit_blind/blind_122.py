"""BLIND_122 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twentieth session. Measured blind at 9efe7a6: 125/141 failures found
(88.7%) and 6/148 correct texts flagged (4.1%). The writer's notes, verbatim:

Blind corpus 122: BLIP-2 OPT-2.7b outputs on a random sample of a Myntra-style marketplace.

Scenario
--------
The original experiments' untuned base model and their fine-tuned adapters are re-run on a random sample of 44
products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
such a catalog is: many men's T-shirts and shirts, women's kurtas, tops and sarees, a few kids' items), one product
per item. Each product is asked enrich's default questionnaire (DEFAULT_QUESTIONS: wearing, garment_type, color,
pattern, sleeve_length, description, details, material; not every question is kept for every product) plus, for
some products, the VQA data's "Is this a {garment}?" question (is_a) and "What is the color of the {garment}?"
(color_of). The seller's catalog columns are passed as gender=, category= (article type), color= (base colour) and
title=, in the marketplace's own words; a few products lack some of them.

Who wrote which text
--------------------
- BASE: the untuned `Salesforce/blip2-opt-2.7b` (short answers, stops by itself; wrong colors, one color for every
  garment, wrong pronoun, the wall or the other garment's color, invented details).
- CAP1 / CAP3: the caption adapter after epoch 1 (`Data2_V2_BLIP2_Finetune_Caption_First_Epoch`) and epoch 3
  (`Data2_V2_Blip2_Finetune_Caption`): the DeepFashion-MultiModal caption template ("The lady wears a short-sleeve
  T-shirt with graphic patterns..."), pattern words instead of hues, no terminator, so loops and cuts at the token
  limit; CAP3 returns the template for nearly every prompt, CAP1 still half-answers questions.
- VQA: the VQA adapter (`Data3_V3_BLIP2_VQA`): one-word answers that never stop (loops, "Question: ... Answer:"
  continuations, i.e. prompt leaks), "yes" to most is_a questions.
- Closed questions (garment_type, color, pattern, sleeve_length, is_a, color_of unless marked open) were answered
  by ranking a closed candidate set with the model named in the comment; when an adapter's raw text could not be
  mapped to a candidate, the raw text is kept (e.g. "pure color").
The comment above each case describes the imagined photo and names the model of each text.

How it was written
------------------
Blind: I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the makers,
TARGETS). I read no audit code, no other corpus and no documentation of the audits; the only thing run was an import
check of this file.

Label conventions and judgement calls
-------------------------------------
- Each text has at most one failure kind, the most salient one; every unlabelled text is correct for the photo.
- cut: stops mid-phrase; hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for captions).
  A text that visibly repeats itself is labelled loop (also hit_limit=True), not cut.
- loop: the same word or phrase repeated ("kurta kurta kurta", "a hood, a hood, ..."), including the caption
  template repeating its own sentences.
- leak: the text continues with "Question: ... Answer:" (the unmasked-prompt training), whatever comes before.
- restated: the caption template (or the caption) returned verbatim, or near verbatim, to a question other than
  "What is the person wearing?" - a long restatement instead of the answer asked for.
- non_answer: says nothing useful: a pattern word ("pure color", "lattice", "striped") kept raw for the color
  question, tautologies with the question's words ("they are short", "it is a saree", "The T-shirt is a T-shirt"),
  "the material".
- other_garment_color: the product is given the color of another garment in the photo (the jeans, the shirt under
  the trousers, the shorts of a set). A wrong color from the wall, a print or a plain mistake, or another garment
  given the product's color, is contradiction instead.
- contradiction: a color or garment that the seller columns or another text of the same product contradicts
  (garment_type "shirt" for trousers, is_a "yes" to dress for a kurta set, "sleeveless" against puff sleeves).
- unsupported: details not in the photo (pockets, logos, piping, elbow patches, accessories on a flat lay).
- pronoun: "the lady"/"she" for Men or Boys products, "the gentleman"/"he"/"a man" for Women or Girls products.
- The template's "shirt" for a kurta and its "lady" for a girl are taken as correct (a kurta is a long shirt; the
  gender is right); "pure color" as a pattern answer is correct (it maps to solid); "lattice" for gingham is a
  pattern, not a color, so as a color answer it is a non_answer.
- BASE calling a kurta set "a blue and white dress" is a contradiction of the seller's category.
- Near colors are correct: navy as blue, mustard as yellow, maroon as red, off-white and cream as white or beige,
  rust as orange, olive as green, lavender as purple, grey melange as grey, teal as blue, a peach-pink anarkali as
  pink. Maroon as brown is wrong.
- The main color of a striped or printed garment is correct (white for a white shirt with thin blue stripes).
- Backgrounds named in captions ("against a pink wall", "in front of a brick wall") are correct.
- For a product shot without a person, "a saree"/"a grey t-shirt on a white background" is correct; a template that
  invents a wearer with accessories is unsupported.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_122: list[Case] = [
    # 1. Man in a navy round-neck tee, light grey jeans, white studio background.
    # caption/wearing: BASE; closed: BASE ranking; details: CAP3.
    case(
        "myn-11838212",
        caption("a man in a navy blue t-shirt and grey jeans standing in front of a white background"),
        D.wearing("a blue t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The t-shirt has short sleeves, round neckline, short sleeves, round neckline, short sleeves, round "
            "neckline, short sleeves, round",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Woman in a mustard straight kurta with small white block-print motifs, 3/4 sleeves, white palazzos,
    # beige backdrop. caption: CAP3; wearing: BASE; closed: BASE ranking; description: CAP1.
    case(
        "myn-10294417",
        caption(
            "The lady wears a three-point sleeve shirt with floral patterns. It has a round neckline. The shirt is "
            "with cotton fabric. The lady wears a long trousers. The trousers are with cotton fabric and solid color",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("printed"),
        is_a("kurta", "yes"),
        D.description(
            "The shirt is yellow with white flowers on it and the pants are white and the shirt is yellow with white "
            "flowers on it and the pants are white and the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Libas Women Mustard Yellow Printed Straight Kurta",
    ),
    # 3. Man in a white formal shirt, full sleeves, charcoal trousers, grey backdrop.
    # caption: CAP3; wearing, color, color_of, material: BASE; details: VQA (free generation).
    case(
        "myn-2175390",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and solid color "
            "patterns."
        ),
        D.wearing("a white shirt and grey pants"),
        D.color("grey", failure="other_garment_color"),
        color_of("shirt", "white"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.details(
            "white Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt? "
            "Answer: white",
            failure="leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Peter England Men White Slim Fit Formal Shirt",
    ),
    # 4. Woman draped in a pink silk-blend saree with a gold zari border, pink blouse, in front of a carved wooden
    # door. caption, wearing, closed, material: BASE; description: VQA; details: CAP1.
    case(
        "myn-13471120",
        caption("a woman in a pink saree standing in front of a wooden door"),
        D.wearing("a pink saree with gold border"),
        D.garment_type("saree"),
        D.color("pink"),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "The saree has a gold border and a pink blouse with a gold border and a pink blouse with a gold border and "
            "a pink blouse with",
            failure="loop",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Silk Blend Zari Woven Saree",
    ),
    # 5. Man in a black tee with a large white "HRX" graphic on the chest, olive joggers, grey backdrop.
    # Everything: CAP3 (closed answers ranked with CAP3; the color question's raw text could not be mapped).
    case(
        "myn-8722043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The T-shirt is "
            "with cotton fabric. The gentleman wears a long pants. The pants are with cotton fabric and solid color "
            "patterns."
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The T-shirt is "
            "with cotton fabric. The gentleman wears a long pants. The",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("The gentleman wears a short-sleeve T-shirt with graphic patterns.", failure="restated"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is",
            failure="loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 6. Woman in a plain maroon fitted top with short puff sleeves, blue skinny jeans, white background.
    # caption, wearing: BASE; color: BASE ranking; color_of (open): VQA; description, details: CAP1.
    case(
        "myn-12904581",
        caption("a woman in a red top and blue jeans"),
        D.wearing("she is wearing a maroon top and jeans"),
        D.color("red"),
        color_of("top", "blue", failure="other_garment_color", kind="open"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The top is a maroon top with puff sleeves and a round neckline. The top is a maroon top with puff "
            "sleeves and a round neckline. The top",
            failure="loop",
            hit_limit=True,
        ),
        D.details("The top has a bow tie at the front and two pockets on the chest.", failure="unsupported"),
        gender="Women",
        category="Tops",
        color="Maroon",
        title="Tokyo Talkies Women Maroon Solid Top",
    ),
    # 7. Man in mid-blue slim jeans, white crew tee, white sneakers, white studio background.
    # Everything: BASE.
    case(
        "myn-1698034",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.wearing("jeans"),
        D.color("white", failure="other_garment_color"),
        D.garment_type("jeans"),
        is_a("jeans", "yes", article="a pair of"),
        D.details("they are jeans", failure="non_answer"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levis Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 8. Woman in a sleeveless knee-length black A-line dress with a small white floral print, white backdrop.
    # caption: CAP3; everything else: VQA (closed ranked with VQA).
    case(
        "myn-9130277",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with floral patterns. "
            "The dress is with chiffon fabric. It has",
            failure="loop",
            hit_limit=True,
        ),
        D.wearing("dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description(
            "black and white floral dress floral dress floral dress floral dress floral dress floral dress floral "
            "dress floral dress floral dress floral",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer: Question:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Sassafras Women Black & White Floral Print A-Line Dress",
    ),
    # 9. Man in a red-and-navy checked flannel shirt, sleeves rolled to the elbow, two chest pockets, black jeans,
    # outdoors in front of a red brick wall. caption, wearing, closed, color_of (open): BASE; description,
    # details: CAP1.
    case(
        "myn-10572916",
        caption("a man standing in front of a brick wall wearing a plaid shirt"),
        D.wearing("a red plaid shirt and black jeans"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        color_of("shirt", "black", failure="other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        D.description(
            "The shirt is a red and blue checkered shirt with a collar and a button down front and a pocket on the "
            "left chest and a pocket on the right chest and",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt has a button down collar, a button down collar, a button down collar, a button down collar, "
            "a button down",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # 10. Woman in a bottle-green kurta with gold foil print, green palazzos, gold-printed dupatta over the
    # shoulders, white studio. caption, color, material: CAP3; garment_type, pattern: CAP3 ranking; is_a: VQA.
    case(
        "myn-14220658",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("pure color", failure="non_answer"),
        D.pattern("printed"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", failure="contradiction"),
        D.material(
            "The shirt is with cotton fabric. The pants are with cotton fabric. The shirt is with cotton fabric. The "
            "pants are with cotton",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Anouk Women Green & Gold-Toned Printed Kurta with Palazzos & Dupatta",
    ),
    # 11. Man in grey melange joggers, black tee, white sneakers, white studio. Everything: BASE.
    case(
        "myn-5963021",
        caption("a man in a black t-shirt and grey sweatpants"),
        D.wearing("black shirt and grey pants"),
        D.color("black", failure="other_garment_color"),
        D.garment_type("pants"),
        D.description("a pair of grey sweatpants"),
        D.details("the details of the pants", failure="non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
    ),
    # 12. Woman in a lavender tee with a small white text print on the chest, denim shorts, white backdrop.
    # caption: BASE; everything else: VQA.
    case(
        "myn-11002745",
        caption("a man wearing a purple t-shirt and denim shorts", failure="pronoun"),
        D.wearing("t-shirt"),
        D.color("purple"),
        D.pattern("solid", failure="contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("purple t-shirt with white letters on the front"),
        D.details(
            "white letters white letters white letters white letters white letters white letters white letters white "
            "letters white letters white letters",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="DressBerry Women Lavender Printed Round Neck T-shirt",
    ),
    # 13. Product shot, no person: a yellow boys' tee laid flat on white, blue dinosaur print. Title missing.
    # caption: BASE; wearing, details: CAP3; closed: CAP3 ranking.
    case(
        "myn-7410388",
        caption("a yellow t-shirt with a dinosaur on it"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a round neckline.", failure="pronoun"
        ),
        D.garment_type("t-shirt"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T",
            failure="loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
    ),
    # 14. Man in a cream knee-length self-design kurta (no embroidery), mandarin collar, white churidar, brown
    # mojaris, beige wall. caption: BASE; wearing, closed, is_a: VQA; description, details: CAP1.
    case(
        "myn-6630915",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing(
            "kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta "
            "kurta kurta kurta kurta kurta kurta kurta kurta",
            failure="loop",
            hit_limit=True,
        ),
        D.color("beige"),
        is_a("kurta", "no", failure="contradiction"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The kurta is a cream colored kurta with a mandarin collar and a button placket and the pants are white "
            "and the shoes are brown and the kurta is",
            failure="cut",
            hit_limit=True,
        ),
        D.details("The kurta has gold embroidery on the collar and the cuffs", failure="unsupported"),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 15. Woman in black skinny jeans with a white shirt tucked in, white backdrop.
    # caption: CAP3; everything else: BASE.
    case(
        "myn-4417602",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("a white shirt and black jeans"),
        D.color("white", failure="other_garment_color"),
        color_of("jeans", "black"),
        D.garment_type("jeans"),
        D.description("the jeans are black"),
        D.details("black jeans with a white shirt tucked in"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 16. Man in a plain navy hoodie with a kangaroo pocket and white drawcords, grey joggers, grey backdrop.
    # caption, description, details: CAP1; wearing, closed, color_of (open), material: VQA.
    case(
        "myn-12033877",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is hooded. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing(
            "hoodie Question: What is the color of the hoodie? Answer: black Question: What is the color of the "
            "hoodie? Answer",
            failure="leak",
            hit_limit=True,
        ),
        D.color("black", failure="contradiction"),
        color_of("pants", "grey", kind="open"),
        D.pattern("solid"),
        D.description(
            "The sweatshirt is navy blue with a hood and a kangaroo pocket and white drawstrings and ribbed cuffs and "
            "a ribbed hem and the pants are grey with ribbed cuffs and",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The sweatshirt has a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a",
            failure="loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Hooded Sweatshirt",
    ),
    # 17. Woman draped in a teal printed saree with a narrow orange paisley border, plain orange blouse, outdoors
    # in a garden. caption, wearing, closed, is_a: BASE; description, details: CAP3.
    case(
        "myn-9876510",
        caption("a woman in a blue and orange saree posing in a garden"),
        D.wearing("saree"),
        D.color("orange", failure="other_garment_color"),
        D.pattern("printed"),
        is_a("saree", "yes"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral",
            failure="cut",
            hit_limit=True,
        ),
        D.details("The lady wears a long-sleeve shirt with floral patterns and a long skirt.", failure="restated"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal & Orange Paisley Printed Saree",
    ),
    # 18. Man in a white polo with a small embroidered logo on the left chest only, navy chinos, white background.
    # caption, wearing, color_of (open): BASE; color, garment_type, sleeve_length, details, material: VQA.
    case(
        "myn-3304921",
        caption("a man in a white polo shirt and blue pants on a white background"),
        D.wearing("he is wearing a white polo shirt"),
        D.color("white"),
        color_of("pants", "white", failure="contradiction", kind="open"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short sleeves"),
        D.details(
            "white polo shirt with a collar and buttons and a logo on the chest and a logo on the sleeve and a logo "
            "on the back",
            failure="unsupported",
        ),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the",
            failure="leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Allen Solly Men White Solid Polo Collar T-shirt",
    ),
    # 19. Woman in a blue-and-white vertical striped straight kurta, 3/4 sleeves, white trousers, white background.
    # Everything: CAP3 (closed ranked with CAP3; the color question kept raw).
    case(
        "myn-10118836",
        caption(
            "The lady wears a three-point sleeve shirt with striped patterns. It has a round neckline. The shirt is "
            "with cotton fabric. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing(
            "The lady wears a three-point sleeve shirt with striped patterns. It has a round neckline. The shirt is "
            "with cotton fabric. The lady wears a long trousers. The",
            failure="cut",
            hit_limit=True,
        ),
        D.color("striped", failure="non_answer"),
        D.pattern("striped"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "The lady wears a three-point sleeve shirt with striped patterns. It has a round neckline.",
            failure="restated",
        ),
        D.details(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The "
            "shirt is with cotton fabric. The",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue & White Striped Straight Kurta",
    ),
    # 20. Man in a plain olive bomber jacket worn open over a white tee, blue jeans, grey backdrop; no sleeve
    # pocket. caption, wearing, closed, color_of (open): BASE; description, details: CAP1.
    case(
        "myn-11560274",
        caption("a man wearing a green jacket over a white t-shirt and jeans"),
        D.wearing("a green jacket, white shirt and blue jeans"),
        D.color("white", failure="other_garment_color"),
        color_of("jacket", "green", kind="open"),
        D.garment_type("jacket"),
        D.description(
            "The jacket is a green bomber jacket with a zipper and ribbed cuffs and a ribbed hem and a ribbed collar "
            "and the t-shirt is white and the jeans are",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The jacket has a zipper on the front and a pocket on the left sleeve with a patch of the brand logo",
            failure="unsupported",
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 21. Woman in an off-white top with tone-on-tone schiffli embroidery, short puff sleeves, light blue jeans,
    # against a pink wall. caption, wearing, color, description, material: BASE; sleeve_length, details: VQA.
    case(
        "myn-13380092",
        caption("a woman in a white blouse standing against a pink wall"),
        D.wearing("a white shirt"),
        D.color("pink", failure="contradiction"),
        D.sleeve_length("sleeveless", failure="contradiction"),
        D.description("a white blouse with puff sleeves"),
        D.details(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            failure="loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Vero Moda Women Off-White Embroidered Top",
    ),
    # 22. Man in a plain light-blue casual shirt (denim look, no pockets), full sleeves, beige chinos.
    # caption, description, details: CAP1; wearing, closed, color_of (open): VQA.
    case(
        "myn-7788140",
        caption(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns and a long trousers. The shirt is "
            "with denim fabric and its neckline is lapel. The trousers are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt "
            "and pants shirt and",
            failure="loop",
            hit_limit=True,
        ),
        D.color("blue"),
        color_of("pants", "blue", failure="contradiction", kind="open"),
        D.sleeve_length("long sleeves"),
        D.description("The shirt is light blue and the pants are beige."),
        D.details(
            "The shirt has two flap pockets on the chest, metal snap buttons and a contrast white collar.",
            failure="unsupported",
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HIGHLANDER Men Blue Slim Fit Solid Casual Shirt",
    ),
    # 23. Little girl in a sleeveless pink fit-and-flare dress with a white flower print, no accessories, white
    # background. caption, color, pattern, sleeve_length: BASE; wearing, description, details: CAP3.
    case(
        "myn-12650713",
        caption("a little girl in a pink dress with flowers on it"),
        D.wearing("The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric."),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", failure="contradiction"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The",
            failure="loop",
            hit_limit=True,
        ),
        D.details("The dress is with cotton fabric. There is an accessory on her wrist.", failure="unsupported"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Floral Print Fit and Flare Dress",
    ),
    # 24. Man in charcoal formal trousers with a light blue formal shirt tucked in, black shoes, white background.
    # Everything: BASE (closed ranked with BASE).
    case(
        "myn-2451087",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a blue shirt and gray pants"),
        D.color("blue", failure="other_garment_color"),
        D.garment_type("shirt", failure="contradiction"),
        D.description("a man in a blue shirt and grey pants", failure="restated"),
        D.details("pants", failure="non_answer"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
    ),
    # 25. Woman in a light peach-pink flared anarkali kurta, multicolour floral print, full sleeves, white
    # churidar, white background. caption: CAP3; wearing, closed, is_a, description: VQA.
    case(
        "myn-9047731",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "Question: What is the person wearing? Answer: dress Question: What is the person wearing? Answer: dress",
            failure="leak",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("floral"),
        is_a("kurta", "yes"),
        D.description(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Peach",
        title="Biba Women Peach-Coloured Floral Printed Anarkali Kurta",
    ),
    # 26. Man in an olive tee with a black "WRGN" chest print, black jeans, grey background.
    # Everything: CAP1 (closed ranked with CAP1; color_of open).
    case(
        "myn-10823316",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round",
            failure="cut",
            hit_limit=True,
        ),
        D.color("black", failure="other_garment_color"),
        color_of("t-shirt", "green", kind="open"),
        D.description(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt",
            failure="loop",
            hit_limit=True,
        ),
        D.details("The T-shirt is a T-shirt.", failure="non_answer"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="WROGN Men Olive Green Printed Round Neck T-shirt",
    ),
    # 27. Woman in black ankle-length leggings under a long white printed kurti, white background.
    # caption, wearing, closed: BASE; details, description: VQA.
    case(
        "myn-5512079",
        caption("a woman in a white top and black leggings"),
        D.wearing("a white shirt and black pants"),
        D.color("white", failure="other_garment_color"),
        D.garment_type("leggings"),
        D.details(
            "black leggings black leggings black leggings black leggings black leggings black leggings black leggings "
            "black leggings black",
            failure="loop",
            hit_limit=True,
        ),
        D.description(
            "she is wearing a white top and black leggings Question: Describe the garment. Answer: she is wearing a "
            "white",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 28. Man in mid-blue skinny jeans with whiskering and small knee rips, plain grey tee, white sneakers.
    # Everything: CAP3 (closed ranked with CAP3; the color kept raw).
    case(
        "myn-8290544",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        D.color("pure color", failure="non_answer"),
        D.pattern("pure color"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with",
            failure="loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants.",
            failure="restated",
        ),
        D.material("The pants are with denim fabric"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="SPYKAR Men Blue Skinny Fit Low Distress Stretchable Jeans",
    ),
    # 29. Man with long hair tied back, white shirt with thin blue stripes, full sleeves, navy trousers, no watch
    # or rings, white background. caption, details: CAP3; wearing, closed, description: BASE.
    case(
        "myn-11790368",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        D.wearing("she is wearing a white shirt and blue pants", failure="pronoun"),
        D.color("white"),
        D.pattern("striped"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. There is an accessory on his wrist. There is "
            "a ring on his finger.",
            failure="unsupported",
        ),
        D.description("a white and blue striped shirt"),
        gender="Men",
        category="Shirts",
        color="White",
        title="U.S. Polo Assn. Men White & Blue Slim Fit Striped Casual Shirt",
    ),
    # 30. Woman in a red lehenga with gold embroidery on the waistband and hem, matching red blouse, red net
    # dupatta, palace-courtyard backdrop. caption, wearing: BASE; color, is_a, description, details, material: VQA.
    case(
        "myn-14001296",
        caption("a woman in a red and gold indian bridal dress"),
        D.wearing("a red and gold lehenga"),
        D.color("red"),
        is_a("lehenga", "yes"),
        D.description(
            "red lehenga with gold embroidery and a red dupatta with gold embroidery and a red blouse with gold "
            "embroidery and a red dupatta with gold embroidery and",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "The lehenga has gold zari embroidery on the waistband and the hem, with a net dupatta and a matching "
            "blouse that has a",
            failure="cut",
            hit_limit=True,
        ),
        D.material(
            "Question: What material is the garment made of? Answer: net Question: What material is the garment made "
            "of? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 31. Man in black running shorts (small white swoosh on the left leg, no stripes), grey tee, running shoes,
    # white background. caption: BASE; everything else: VQA.
    case(
        "myn-12208851",
        caption("a man in a grey shirt and black shorts"),
        D.wearing("shorts"),
        D.color("grey", failure="other_garment_color"),
        D.details("they are short", failure="non_answer"),
        D.description(
            "black shorts with a white nike logo on the left leg and a white stripe down the side and a zipper pocket "
            "on the back",
            failure="unsupported",
        ),
        D.material("polyester"),
        gender="Men",
        category="Shorts",
        color="Black",
        title="Nike Men Black Solid Dri-FIT Running Shorts",
    ),
    # 32. Woman in a black-and-white horizontally striped short-sleeve crop top, blue high-waist jeans, pink
    # backdrop. Everything: CAP1 (closed ranked with CAP1; color_of open).
    case(
        "myn-10967402",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("The lady wears a short-sleeve T-shirt with striped patterns and a long denim pants."),
        D.color("black"),
        color_of("jeans", "black", failure="contradiction", kind="open"),
        D.pattern("striped"),
        D.description("The top is black and white striped and the jeans are blue."),
        D.details("The details of the T-shirt are the T-shirt.", failure="non_answer"),
        gender="Women",
        category="Tops",
        color="Black",
        title="ONLY Women Black & White Striped Crop Top",
    ),
    # 33. Boy in a blue-and-white gingham shirt, full sleeves, khaki shorts, white background.
    # Everything: CAP3 (closed ranked with CAP3; the color kept raw).
    case(
        "myn-9581163",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The",
            failure="cut",
            hit_limit=True,
        ),
        D.color("lattice", failure="non_answer"),
        D.pattern("checked"),
        D.details("The lady wears a long-sleeve shirt with lattice patterns and a short pants.", failure="restated"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="U.S. Polo Assn. Kids Boys Blue & White Checked Casual Shirt",
    ),
    # 34. Woman in a navy straight kurta with a white geometric print, 3/4 sleeves, round neck, plain navy
    # trousers, white background. caption, wearing, color: BASE; description, details, material: CAP1.
    case(
        "myn-11412590",
        caption("a woman in a blue and white dress", failure="contradiction"),
        D.wearing("a blue kurta and pants"),
        D.color("blue"),
        D.description(
            "The kurta is navy blue with white geometric print and a round neckline and three-quarter sleeves and the "
            "trousers are navy blue with a white",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The kurta has a mandarin collar, a mandarin collar, a mandarin collar, a mandarin collar, a mandarin "
            "collar, a",
            failure="loop",
            hit_limit=True,
        ),
        D.material("The garment is made of the material", failure="non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Sangria Women Navy Blue & White Printed Kurta with Trousers",
    ),
    # 35. Product shot, no person: a plain grey melange crew-neck tee on a ghost mannequin, white background, no
    # logo, no pocket. caption, color: BASE; wearing, description, details, material: CAP3.
    case(
        "myn-3920476",
        caption("a grey t-shirt on a white background"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. There is an "
            "accessory on his wrist.",
            failure="unsupported",
        ),
        D.color("grey"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. The "
            "T-shirt is with cotton fabric. The gentleman wears a",
            failure="cut",
            hit_limit=True,
        ),
        D.details("The T-shirt has a small logo patch on the hem and a chest pocket.", failure="unsupported"),
        D.material(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The T-shirt is with",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Jockey Men Grey Melange Solid Round Neck T-shirt",
    ),
    # 36. Woman in a mustard wrap midi dress, V-neck, short flutter sleeves, tie waist, walking on a city street.
    # caption: BASE; wearing, color, description, details: VQA.
    case(
        "myn-12785539",
        caption("a man in a yellow dress walking down the street", failure="pronoun"),
        D.wearing("he is wearing a yellow dress", failure="pronoun"),
        D.color("yellow"),
        D.description(
            "yellow wrap dress with a v-neck, short flutter sleeves, a tie at the waist and a flared skirt that falls "
            "just below the knee with a",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: tie Question: What are the details of the "
            "garment? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Solid Wrap Midi Dress",
    ),
    # 37. Man in a royal blue tee with a large yellow cartoon print, black shorts, in front of a yellow wall.
    # Everything: CAP3 (closed ranked with CAP3).
    case(
        "myn-13056617",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The",
            failure="cut",
            hit_limit=True,
        ),
        D.color("yellow", failure="contradiction"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants.", failure="restated"
        ),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is with",
            failure="loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Blue",
        title="Bewakoof Men Blue Graphic Printed Round Neck T-shirt",
    ),
    # 38. Product shot, no person: a folded navy saree with green and mustard block print on white. No seller
    # colour. caption, description: CAP3; wearing, closed, details: BASE.
    case(
        "myn-8134902",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist.",
            failure="unsupported",
        ),
        D.wearing("a saree"),
        D.garment_type("scarf", failure="contradiction"),
        D.color("blue"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt",
            failure="cut",
            hit_limit=True,
        ),
        D.details("it is a saree", failure="non_answer"),
        gender="Women",
        category="Sarees",
        title="Kalini Navy Blue & Green Block Print Pure Cotton Saree",
    ),
    # 39. Girl in a pink tee with a white unicorn print and white printed shorts (a set), white background.
    # caption, description, details: CAP1; wearing, color: VQA.
    case(
        "myn-10405271",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            failure="pronoun",
        ),
        D.wearing("t-shirt and shorts"),
        D.color("white", failure="other_garment_color"),
        D.details(
            "The T-shirt has a unicorn print on the front with glitter and sequins on the horn and a pom pom on the",
            failure="cut",
            hit_limit=True,
        ),
        D.description(
            "The top is pink and the shorts are white and the top is pink and the shorts are white and the top is "
            "pink and the shorts are",
            failure="loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Clothing Set",
        color="Pink",
        title="YK Girls Pink & White Printed T-shirt with Shorts",
    ),
    # 40. Man in a plain black casual shirt (black buttons, no piping), full sleeves, beige chinos, wristwatch,
    # white background. Everything: CAP3 (closed ranked with CAP3; the color kept raw).
    case(
        "myn-6047788",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers."),
        D.color("pure color", failure="non_answer"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel.",
            failure="restated",
        ),
        D.details(
            "The shirt has a contrast white piping along the placket and the cuffs have silver buttons.",
            failure="unsupported",
        ),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
    ),
    # 41. Woman in a rust straight kurta with gold thread embroidery on the yoke, 3/4 sleeves, cream palazzos, no
    # dupatta, white background. caption, details: BASE; wearing, color, description, material: VQA.
    case(
        "myn-12563014",
        caption("a woman in an orange kurta and white pants"),
        D.wearing(
            "kurta Question: What is the color of the kurta? Answer: orange Question: What is the color of",
            failure="leak",
            hit_limit=True,
        ),
        D.color("white", failure="other_garment_color"),
        D.description(
            "orange kurta with gold embroidery on the neck and three-quarter sleeves with white palazzo pants and gold "
            "embroidery on the sleeves and a matching dupatta with",
            failure="cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the yoke"),
        D.material("the material", failure="non_answer"),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Varanga Women Rust Orange Yoke Design Embroidered Straight Kurta",
    ),
    # 42. Man in a plain maroon crew-neck knit sweater, a white shirt collar peeking out, blue jeans, photo cropped
    # at the knee, white background. caption, description, details: CAP1; wearing, color: BASE.
    case(
        "myn-11127635",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric and its neckline is crew. The pants are with denim fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and jeans"),
        D.color("brown", failure="contradiction"),
        D.description(
            "The sweater is maroon with a white collar shirt underneath and a pair of blue jeans and a pair of white "
            "sneakers and a black belt and a",
            failure="cut",
            hit_limit=True,
        ),
        D.details("The sweater has leather patches on the elbows and a zip at the neck.", failure="unsupported"),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Roadster Men Maroon Solid Pullover Sweater",
    ),
    # 43. Woman in a plain sage-green sleeveless tank top, white linen trousers, no jewellery, in front of
    # house plants. Seller category, colour and title missing. Everything: CAP3 (closed ranked with CAP3).
    case(
        "myn-13894420",
        caption("The lady wears a tank shirt with pure color patterns and a long trousers."),
        D.wearing(
            "The lady wears a tank shirt with pure color patterns and a long trousers. The tank shirt is with cotton "
            "fabric and its neckline is round. The trousers are",
            failure="cut",
            hit_limit=True,
        ),
        D.color("pure color", failure="non_answer"),
        D.sleeve_length("long sleeves", failure="contradiction"),
        D.description("The lady wears a tank shirt with pure color patterns and a long trousers.", failure="restated"),
        D.details(
            "The tank shirt is with cotton fabric and its neckline is round. There is a ring on her finger. There is "
            "an accessory on her wrist.",
            failure="unsupported",
        ),
        gender="Women",
    ),
    # 44. Boy in navy track pants with white side stripes, white tee, white background. Title missing.
    # caption, wearing: BASE; color, details, description: VQA.
    case(
        "myn-9702251",
        caption("a young boy in a white t-shirt and blue pants"),
        D.wearing("he is wearing a white shirt and blue pants"),
        D.color("white", failure="other_garment_color"),
        D.details(
            "blue track pants with white stripes on the side and an elastic waistband with a drawstring and two side "
            "pockets and a zip pocket at the",
            failure="cut",
            hit_limit=True,
        ),
        D.description("they are pants", failure="non_answer"),
        gender="Boys",
        category="Track Pants",
        color="Navy Blue",
    ),
]
