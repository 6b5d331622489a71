"""BLIND_113 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the twentieth session. Measured blind at 494a355: 123/140 failures found (87.9%) and 14/144 correct texts flagged
(9.7%). The writer's notes, verbatim:

Blind corpus 113: BLIP-2 OPT-2.7b outputs on 44 imagined Myntra-style marketplace products.

Scenario
--------
The original experiments' untuned base model and their fine-tuned adapters, re-run on a random sample of 44
products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
such a catalog is: many men's t-shirts and shirts, women's kurtas, sarees, tops and dresses, a few kids' items),
one product per item, with enrich's default questionnaire (DEFAULT_QUESTIONS). Seller columns come from the
marketplace: gender (Men / Women / Boys / Girls), category (the article type), color (the base colour) and title
(the seller's product name); a few products lack title or colour.

Who wrote which text (named per text in the comment above each case)
-------------------------------------------------------------------
- base: the untuned `Salesforce/blip2-opt-2.7b` (stops at the newline; short, lowercase answers; unreliable
  colors, wrong pronouns, invented details, background colors taken for garment colors).
- cap1: the caption adapter after epoch 1, `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`.
- cap3: the caption adapter after epoch 3, `leoreigoto/Data2_V2_Blip2_Finetune_Caption`. Both caption adapters
  return the DeepFashion-MultiModal caption template for every prompt and never stop (no end token trained):
  cut at 50 new tokens (captions) / 30 (answers), or looping.
- vqa: the VQA adapter, `leoreigoto/Data3_V3_BLIP2_VQA`: In-shop class names ("tee tank", "blouse shirt"),
  token loops, and the `Question: ... Answer:` format leaking into its answers.
Closed answers are stored as the reference engine keeps them (raw text when unmapped).

How it was written
------------------
Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the layout,
the makers, DEFAULT_QUESTIONS and TARGETS). No audit code, no other corpus, no docs. The photos are imagined and
described in a comment above each case; every label is judged against that imagined photo.

Label conventions and judgement calls
-------------------------------------
- One label per text: the failure that matters most. A text with no label is a correct answer.
- cut: stops mid-phrase. hit_limit=True when the 30 (answer) / 50 (caption) token budget ran out; a few base
  answers stop mid-phrase before the limit (hit_limit=False).
- loop: a token or phrase repeated until the limit (always hit_limit=True here), including the caption template
  restarting its first sentence.
- leak: `Question:` / `Answer:` text from the prompt format in the output, whether or not it also loops.
- A closed question (color, pattern, garment type) answered with the caption template is "restated" (verbose,
  says nothing to the question), even though it is also cut at the limit; when the template names a garment type
  the seller contradicts (a "dress" for a saree) it is "contradiction" instead.
- The caption template cut at the limit for an open question (wearing, description, details, material) or as the
  caption is "cut" when its content is right for the photo; when it invents something visible-false (an accessory
  on a bare wrist) it is "unsupported".
- other_garment_color: an answer giving the product the color of another garment in the photo (jeans, inner tee,
  blouse under a saree, the kurta over leggings). A color taken from the background (wall, table) or from the
  product's own print is "contradiction" (the seller's colour contradicts it).
- A sleeve length given for a product without sleeves (jeans, leggings) is "unsupported" (it describes the top
  worn with it); a wrong sleeve length for a garment that has sleeves is "contradiction".
- A material answer naming the other garment's material is "contradiction".
- non_answer: empty, "none", "i don't know", a bare garment name or the question's words back ("they are
  short"), or an answer of the wrong kind (a color for the pattern question).
- restated: a sentence that rephrases the question and says nothing ("the material of the garment is the
  material"), or the caption template given for a closed question.
- pronoun: he/she/man/woman/girl words that contradict the seller's gender (Women / Men / Boys / Girls);
  "lady" or "man" in the caption template for a kid is not labelled when the sex matches.
- Correct, deliberately hard: near-color synonyms (navy -> "dark blue", maroon -> "burgundy"/"red", off white ->
  "cream", mustard -> "yellow", lavender -> "purple", teal -> "blue", charcoal -> "grey", olive -> "green");
  DeepFashion vocabulary ("pure color" for solid, "lattice" for checks); In-shop class names when the class fits
  ("tee tank", "polo shirt"; "vest" for a Nehru jacket, "pants" for jeans); layers named together; backgrounds
  named in captions; patterned garments answered with the base colour or several colours; product shots with no
  person, where "What is the person wearing?" answered with the product is taken as correct; "tucked in" and
  "rolled up" as details / sleeve answers.
- A caption or wearing answer that names only some of the garments worn is correct if what it names is right.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_113: list[Case] = [
    # 1. Man in a plain navy crew-neck tee, light grey chinos, white studio backdrop.
    # caption, wearing, garment_type, color, pattern: base; details: cap3.
    case(
        "MYN-1042317",
        caption("a man in a navy blue t-shirt and grey pants standing against a white background"),
        D.wearing("a navy blue t-shirt and grey pants"),
        D.garment_type("t-shirt"),
        D.color("dark blue"),
        D.pattern("solid"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Woman in a maroon straight kurta with small gold block-print motifs, 3/4 sleeves, white palazzos, white
    # backdrop.
    # caption, material: cap3; garment_type, color, pattern: vqa; wearing, sleeve_length: base.
    case(
        "MYN-2210954",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric. The lady wears a medium-sleeve shirt with "
            "graphic patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a maroon kurta and white pants"),
        D.garment_type("blouse shirt", "contradiction"),
        D.color("maroon"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter"),
        D.material(
            "The shirt is with cotton fabric. The trousers are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon & Golden Printed Straight Kurta",
    ),
    # 3. Man in a white full-sleeve button-down shirt, untucked, mid-blue jeans, plain grey backdrop.
    # caption, wearing, garment_type, color, pattern, sleeve_length: base; details: vqa.
    case(
        "MYN-1187702",
        caption("a man in a white shirt and blue jeans"),
        D.wearing("a white shirt and jeans"),
        D.garment_type("shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.details(" ".join(["white"] * 30), "loop", hit_limit=True),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
    ),
    # 4. Woman draped in an emerald green silk saree with gold zari border and woven gold buttis, matching green
    # short-sleeve blouse, beige studio backdrop.
    # caption, wearing, garment_type, color, pattern: base; description: cap1; details: vqa.
    case(
        "MYN-3301468",
        caption("a woman in a green saree with a gold border"),
        D.wearing("a green saree"),
        D.garment_type("saree"),
        D.color("green"),
        D.pattern("woven"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The "
            "lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: gold Question: What are the details of the "
            "garment? Answer: gold",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Mitera Green & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 5. Lower-half shot: man in mid-blue skinny jeans, white sneakers, only the hem of a white tee visible, white
    # backdrop.
    # caption: cap3; wearing, garment_type, color, pattern, sleeve_length: vqa; details: base.
    case(
        "MYN-1450021",
        caption(
            "His pants are of long length. The pants are with denim fabric and pure color patterns. The man wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.wearing("denim"),
        D.garment_type("pants"),
        D.color(" ".join(["blue"] * 30), "loop", hit_limit=True),
        D.pattern("pure color"),
        D.sleeve_length("long", "unsupported"),
        D.details("they are jeans", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Woman in a baby-pink sleeveless top with a ruffled neckline, black jeans, in front of a mustard-yellow wall.
    # caption, wearing, garment_type, color, sleeve_length, details: base; description: cap3.
    case(
        "MYN-2671390",
        caption("a woman standing in front of a yellow wall wearing a pink top and black jeans"),
        D.wearing("a pink top and black jeans"),
        D.garment_type("top"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. The lady wears a long denim pants. "
            "The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("he is wearing a pink top with ruffles", "pronoun"),
        gender="Women",
        category="Tops",
        color="Pink",
        title="SASSAFRAS Women Pink Ruffled Sleeveless Top",
    ),
    # 7. Man in an off-white long kurta with self-coloured chikankari embroidery, full sleeves, matching churidar,
    # beige backdrop.
    # caption, description: base; wearing, garment_type, color, pattern, sleeve_length: vqa; details: cap3.
    case(
        "MYN-1902235",
        caption("a man in a white kurta and pajama"),
        D.wearing(" ".join(["blouse shirt"] * 12), "loop", hit_limit=True),
        D.garment_type("kurta"),
        D.color("cream"),
        D.pattern("embroidered"),
        D.sleeve_length("long"),
        D.description("the description of the garment is that it is a kurta", "restated"),
        D.details(
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a stand neckline. The pants this "
            "man",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Chikankari Embroidered Straight Kurta",
    ),
    # 8. Woman in a black A-line midi dress with small white and red florals, short puff sleeves, V-neck, on a
    # tree-lined street; no jewellery visible except a watch.
    # caption, wearing, material: cap1; garment_type, color, pattern: base; sleeve_length: vqa.
    case(
        "MYN-2418876",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with floral "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("black"),
        D.pattern("floral"),
        D.material(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length(
            "short Question: What is the pattern of the garment? Answer: floral Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Berrylush Women Black Floral Print A-Line Midi Dress",
    ),
    # 9. Man in a black tee with a large white-and-orange typographic print ("STAY WILD" over a sunset), blue jeans,
    # white backdrop.
    # caption, wearing, color, pattern, description, material: base; details: vqa.
    case(
        "MYN-1129584",
        caption("a man wearing a black t-shirt with a graphic print"),
        D.wearing("a black t-shirt and jeans"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a picture of a tiger on it", "unsupported"),
        D.material("cotton"),
        D.details(" ".join(["graphic tee"] * 10), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Difference of Opinion Men Black Printed Round Neck T-shirt",
    ),
    # 10. Girl of about six in a pink sleeveless tulle party dress with a sequinned bodice, front view, white backdrop.
    # caption, wearing, garment_type, details, material: base; description: cap3; sleeve_length: vqa.
    case(
        "MYN-4050317",
        caption("a little girl in a pink dress"),
        D.wearing("a pink dress"),
        D.garment_type("dress"),
        D.details("the dress has a big bow on the back", "unsupported"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length(" ".join(["sleeveless"] * 15), "loop", hit_limit=True),
        D.material("", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Tulle Fit and Flare Party Dress",
    ),
    # 11. Woman in a mustard kurta with white floral print, long sleeves, matching mustard palazzos, white dupatta over
    # one shoulder, in a garden.
    # caption, garment_type, color, pattern: base; wearing, details: vqa; description: cap3.
    case(
        "MYN-2784412",
        caption("a woman in a yellow kurta and palazzo pants standing in a garden"),
        D.wearing("dress", "contradiction"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Libas Women Mustard Yellow Printed Kurta with Palazzos & Dupatta",
    ),
    # 12. Man in grey melange joggers with drawstring and cuffed ankles, plain black tee, white backdrop, full body.
    # caption, garment_type, color, pattern, description: base; details: cap3.
    case(
        "MYN-1566093",
        caption("a man in a black t-shirt and grey sweatpants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.details(
            "His pants are of long length. The pants are with cotton fabric and pure color patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        D.description("a pair of grey sweatpants with a zipper pocket on the side", "unsupported"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
    ),
    # 13. Woman in a navy georgette saree with a pink-and-white floral print, pink short-sleeve blouse, grey backdrop.
    # caption, wearing, garment_type: cap3; color, pattern, material: base.
    case(
        "MYN-3358120",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "of long length. There is a ring on her finger. The lady wears a long-sleeve dress with floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.material("polyester"),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Saree mall Navy Blue & Pink Floral Printed Poly Georgette Saree",
    ),
    # 14. Man in a green-and-navy checked flannel shirt, full sleeves, worn open over a white crew-neck tee, black
    # jeans, brick wall behind.
    # caption: base; wearing, garment_type, color, pattern, sleeve_length, details: vqa.
    case(
        "MYN-1203347",
        caption("a man wearing a plaid shirt and black jeans standing in front of a brick wall"),
        D.wearing("shirt"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("lattice"),
        D.sleeve_length(" ".join(["long"] * 30), "loop", hit_limit=True),
        D.details(" ".join(["Answer:"] * 15), "leak", hit_limit=True),
        gender="Men",
        category="Shirts",
        color="Green",
        title="Roadster Men Green & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # 15. Woman in black ankle-length leggings under a long white full-sleeve kurta, white backdrop.
    # All base.
    case(
        "MYN-2950081",
        caption("a woman in a white kurta and black leggings"),
        D.wearing("a white top and black leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long", "unsupported"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 16. Man in a navy pullover hoodie with kangaroo pocket and drawstrings, hood down, no zip, light-blue jeans,
    # grey backdrop.
    # caption: cap3; garment_type, color, pattern, sleeve_length, material: base; details: cap1.
    case(
        "MYN-1634458",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The man wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.details(
            "The sweater is with cotton fabric. It has a hooded neckline. The sweater is with cotton fabric. It has a "
            "hooded",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of wool and has a zipper on the front", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Hooded Sweatshirt",
    ),
    # 17. Woman in a white shirt-style top with full sleeves and buttons, blue jeans, in front of a white wall.
    # All base.
    case(
        "MYN-2533706",
        caption("a woman in a white shirt and jeans"),
        D.wearing("he is wearing a white shirt and blue jeans", "pronoun"),
        D.garment_type("shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long"),
        D.details("the shirt has buttons down the front"),
        D.material("the material of the garment is the material", "restated"),
        gender="Women",
        category="Tops",
        color="White",
        title="Roadster Women White Solid Shirt Style Top",
    ),
    # 18. Product shot, no person: a folded white polo tee on a light wooden table, small navy embroidered logo on the
    # chest, short sleeves.
    # caption, wearing, material: base; garment_type, color, pattern, sleeve_length, details: vqa.
    case(
        "MYN-1078862",
        caption("a white polo shirt on a wooden table"),
        D.wearing("a white polo shirt"),
        D.garment_type("polo shirt"),
        D.color(
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the shoes? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.pattern(" ".join(["pure color"] * 15), "loop", hit_limit=True),
        D.sleeve_length("short"),
        D.details("denim", "contradiction"),
        D.material("the material of the garment is the fabric that it is made of", "restated"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
    ),
    # 19. Woman in an indigo-blue A-line kurta with white ikat print, 3/4 sleeves, round neck, white leggings,
    # white backdrop.
    # caption: cap3; wearing: vqa; color, pattern, sleeve_length, material: base; description: cap1.
    case(
        "MYN-2297415",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("dress", "contradiction"),
        D.color("blue"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue & White Ikat Printed A-Line Kurta",
    ),
    # 20. Boy of about eight in a red tee with a white dinosaur print, navy shorts, white backdrop.
    # All base.
    case(
        "MYN-4122609",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        D.wearing("she is wearing a red shirt and blue shorts", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("navy blue", "other_garment_color"),
        D.pattern("graphic"),
        D.details("a dinosaur print on the front"),
        D.material("none", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Dinosaur Printed Round Neck T-shirt",
    ),
    # 21. Woman in a red sleeveless knee-length bodycon dress, no slit, black heels, grey backdrop. Seller title
    # missing.
    # caption, wearing, pattern: cap1; color, sleeve_length, details: base.
    case(
        "MYN-2469930",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of knee length. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a slit on the side and a zipper on the back", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Red",
    ),
    # 22. Man in khaki slim chinos, navy polo tucked in, brown belt, white backdrop.
    # caption: base; wearing, garment_type, color, pattern, details, material: vqa.
    case(
        "MYN-1715548",
        caption("a man in a blue polo shirt and khaki pants"),
        D.wearing("polo shirt"),
        D.garment_type("pants"),
        D.color("navy", "other_garment_color"),
        D.pattern("pure color"),
        D.details(
            "belt Question: What are the details of the garment? Answer: belt Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Louis Philippe Sport Men Khaki Slim Fit Chinos",
    ),
    # 23. Woman in a pink flared lehenga with gold embroidery, pink short-sleeve choli, sheer pink dupatta, ornate
    # carved backdrop.
    # caption, wearing, garment_type, color, pattern: base; description: cap3; details: vqa.
    case(
        "MYN-3612284",
        caption("a woman in a pink lehenga"),
        D.wearing("a pink dress with gold", "cut"),
        D.garment_type("lehenga"),
        D.color("pink"),
        D.pattern("pink", "non_answer"),
        D.description(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. The dress "
            "is of",
            "cut",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="Mitera Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 24. Man in an olive matte-nylon bomber jacket, zipped halfway over a white tee, black jeans, white backdrop.
    # caption, wearing, color, garment_type, material, sleeve_length: base; details: cap3.
    case(
        "MYN-1820173",
        caption("a man wearing an olive green bomber jacket over a white t-shirt"),
        D.wearing("a green jacket, white shirt and black pants"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long"),
        D.details(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 25. Woman in a pale lavender crew-neck tee and light-blue denim shorts, on a beach.
    # caption: base; wearing, garment_type, color, pattern, description, material: vqa.
    case(
        "MYN-2586651",
        caption("a woman standing on the beach wearing a purple t-shirt"),
        D.wearing("tee tank"),
        D.garment_type(" ".join(["t-shirt"] * 10), "loop", hit_limit=True),
        D.color("purple"),
        D.pattern(
            "Question: What is the pattern of the garment? Answer: pure color Question: What is the pattern of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("blue", "other_garment_color"),
        D.material("denim", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Solid Round Neck T-shirt",
    ),
    # 26. Man in a navy brocade sleeveless Nehru jacket with navy fabric-covered buttons, over a cream kurta and white
    # churidar, beige backdrop.
    # caption: cap3; wearing, garment_type, color, sleeve_length, details, material: base.
    case(
        "MYN-1933890",
        caption(
            "The man wears a sleeveless vest with lattice patterns. The vest is with cotton fabric. The man wears a "
            "long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest and a white kurta"),
        D.garment_type("vest"),
        D.color("cream", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("the jacket has a mandarin collar and buttons"),
        D.material("it is made of silk and has gold buttons", "unsupported"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 27. Product shot, no person: white flared palazzos laid flat on a grey background. Seller title missing.
    # All base.
    case(
        "MYN-2840457",
        caption("a pair of white pants on a grey background"),
        D.wearing("white pants"),
        D.garment_type("pants"),
        D.color("grey", "contradiction"),
        D.pattern("pattern", "non_answer"),
        D.details("they are pants", "non_answer"),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Palazzos",
        color="White",
    ),
    # 28. Man in a blue-and-white pinstriped formal shirt with full sleeves, tucked into charcoal trousers, black belt,
    # office background.
    # caption, description: cap3; wearing, color, pattern, sleeve_length, details: vqa.
    case(
        "MYN-1268314",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("shirt"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length(" ".join(["long"] * 30), "loop", hit_limit=True),
        D.details("tucked in"),
        D.description(
            "The shirt has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The man wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Arrow Men Blue & White Slim Fit Striped Formal Shirt",
    ),
    # 29. Woman in a plain bottle-green straight kurta with side slits and 3/4 sleeves, beige trousers, white backdrop;
    # no pockets visible.
    # All base.
    case(
        "MYN-2311768",
        caption("a man in a green kurta", "pronoun"),
        D.wearing("a green kurta and beige pants"),
        D.garment_type("kurta"),
        D.color("green"),
        D.details("the kurta has slits on the side and two pockets", "unsupported"),
        D.material("he is wearing a cotton kurta", "pronoun"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Sangria Women Green Solid Straight Kurta",
    ),
    # 30. Man running on an outdoor track in a plain charcoal grey tee (no logo) and black shorts.
    # caption: cap1; garment_type, color, wearing, pattern: vqa; description, details: base.
    case(
        "MYN-1655521",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a short pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "tee tank Question: What is the person wearing? Answer: tee tank Question: What is the person wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("tee tank"),
        D.color("grey"),
        D.pattern("pure color"),
        D.description("a grey shirt and black shorts"),
        D.details("it has a nike logo on the chest", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Charcoal",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Round Neck Running T-shirt",
    ),
    # 31. Girl in a yellow kurta with a pink floral print and a pink sharara, white backdrop.
    # caption: base; wearing, color, pattern, details: vqa.
    case(
        "MYN-4206632",
        caption("a little girl in a yellow and pink dress", "contradiction"),
        D.wearing(" ".join(["dress"] * 30), "loop", hit_limit=True),
        D.color("yellow"),
        D.pattern("floral"),
        D.details("", "non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Biba Girls Yellow & Pink Floral Printed Kurta with Sharara",
    ),
    # 32. Man in black slim jeans with visible fly and pockets, light grey sweatshirt, white sneakers, urban street.
    # caption, wearing, pattern: cap3; color, material, details: base.
    case(
        "MYN-1496307",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.pattern(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has",
            "restated",
            hit_limit=True,
        ),
        D.material("denim"),
        D.details("they have a zipper and pockets"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 33. Woman in a boat-neck full-sleeve top with horizontal red, white and navy stripes, white jeans, white backdrop.
    # caption, color, pattern, wearing, details: base; description: cap1; sleeve_length: vqa.
    case(
        "MYN-2652019",
        caption("a woman in a striped shirt and white pants"),
        D.wearing("she is wearing a striped shirt"),
        D.color("red white and blue"),
        D.pattern("striped"),
        D.sleeve_length(
            "long Question: How long are the sleeves? Answer: long Question: How long are the sleeves? Answer: long",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with striped patterns. The lady wears a long-sleeve shirt with "
            "striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the stripes", "restated"),
        gender="Women",
        category="Tops",
        color="Multi",
        title="Tokyo Talkies Women Multicoloured Striped Boat Neck Top",
    ),
    # 34. Man in a plain mustard-yellow short kurta with small white buttons, white churidar, at a haldi ceremony with
    # a marigold wall behind. Seller colour and title missing.
    # All base.
    case(
        "MYN-1977140",
        caption("a man in a yellow kurta standing in front of a wall of flowers"),
        D.wearing("she is wearing a yellow kurta", "pronoun"),
        D.color("yellow"),
        D.description("a yellow kurta with white buttons"),
        D.details("kurta", "non_answer"),
        D.material("silk with gold embroidery", "unsupported"),
        gender="Men",
        category="Kurtas",
    ),
    # 35. Woman in a red art-silk saree with a wide gold zari border, red blouse, gold jewellery, temple-style backdrop.
    # caption, wearing, color: cap1; garment_type: base.
    case(
        "MYN-3389575",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. There is an accessory on her neck. There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. There is an",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. There is an",
            "restated",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mimosa Women Red & Gold-Toned Kanjeevaram Art Silk Saree",
    ),
    # 36. Boy in olive cargo shorts with side pockets and a white tee, in a park.
    # caption, wearing, details: base; color, garment_type, material: vqa.
    case(
        "MYN-4301186",
        caption("a boy in a white shirt and green shorts"),
        D.wearing("a girl wearing a white shirt and green shorts", "pronoun"),
        D.garment_type(" ".join(["shorts"] * 30), "loop", hit_limit=True),
        D.color("green"),
        D.details("they are short", "non_answer"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Boys Olive Green Solid Regular Fit Cargo Shorts",
    ),
    # 37. Woman in light-blue high-rise wide-leg jeans and a black sleeveless crop top, white backdrop.
    # caption, details, description: cap3; color, garment_type, sleeve_length: base.
    case(
        "MYN-2722843",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("light blue"),
        D.sleeve_length("sleeveless", "unsupported"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Light Blue",
        title="DressBerry Women Light Blue Wide Leg High-Rise Jeans",
    ),
    # 38. Man in a maroon full-sleeve casual shirt with the sleeves rolled to the elbows, beige chinos, white backdrop.
    # Seller title missing.
    # caption, garment_type, details, material: base; color, sleeve_length: vqa.
    case(
        "MYN-1290951",
        caption("a man in a burgundy shirt and khaki pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("red"),
        D.sleeve_length("rolled up"),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        D.material("it is made of", "cut"),
        gender="Men",
        category="Shirts",
        color="Maroon",
    ),
    # 39. Woman in a blue maxi dress with a white floral print, long sleeves, V-neck, in a flower field; bare wrists.
    # caption, details: cap3; color, pattern, wearing: base.
    case(
        "MYN-2405566",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "of long length. It has a v-shape neckline. The lady wears a long-sleeve dress with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The dress is of long length. It has a v-shape neckline. There is an accessory on her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Sera Women Blue & White Floral Print Maxi Dress",
    ),
    # 40. Man in a white ribbed sleeveless innerwear vest, waist up, grey backdrop.
    # caption, sleeve_length, material, description: base; garment_type: vqa.
    case(
        "MYN-1844702",
        caption("a man in a white tank top"),
        D.garment_type("vest"),
        D.sleeve_length("short", "contradiction"),
        D.material("it is made of the fabric of the garment", "restated"),
        D.description("", "non_answer"),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Jockey Men White Solid Ribbed Innerwear Vest",
    ),
    # 41. Woman in a teal straight kurta with a gold mirror-work yoke, white leggings, white backdrop. Title missing.
    # caption, pattern, details, wearing, material: base; color: vqa.
    case(
        "MYN-2389014",
        caption("a woman in a blue kurta with gold embroidery"),
        D.wearing("he is wearing a kurta", "pronoun"),
        D.color(" ".join(["green blue"] * 15), "loop", hit_limit=True),
        D.pattern("embroidered"),
        D.details("it has a", "cut"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Teal",
    ),
    # 42. Man in a grey cable-knit crew-neck pullover with the collar of a white shirt showing, navy trousers,
    # white backdrop.
    # All base.
    case(
        "MYN-1760439",
        caption("a man wearing a grey sweater over a white shirt"),
        D.color("grey"),
        D.description("the sweater is a sweater", "restated"),
        D.details("the sweater has a white collar", "unsupported"),
        D.material("wool"),
        gender="Men",
        category="Sweaters",
        color="Grey",
        title="Roadster Men Grey Self Design Cable Knit Pullover Sweater",
    ),
    # 43. Woman in a black washed denim jacket over a white short-sleeve floral dress, outdoors.
    # caption: cap3; garment_type, color, material: base; details: vqa.
    case(
        "MYN-2608875",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The lady "
            "wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.material("denim"),
        D.details("jacket", "non_answer"),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Roadster Women Black Washed Denim Jacket",
    ),
    # 44. Boy in a zipped navy puffer jacket with a plain hood (no fur), grey joggers, white backdrop.
    # caption, wearing, color, details, material: base; description: cap3.
    case(
        "MYN-4378820",
        caption("a young boy wearing a blue jacket"),
        D.wearing("he is wearing a blue jacket"),
        D.color("navy blue"),
        D.description(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.details("the jacket has fur on the hood", "unsupported"),
        D.material("the material", "non_answer"),
        gender="Boys",
        category="Jackets",
        color="Navy Blue",
        title="Boys Navy Blue Solid Hooded Puffer Jacket",
    ),
]
