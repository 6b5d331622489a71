"""BLIND_98 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind in
the nineteenth session. Measured blind at ecb7749: 134/144 failures found (93.1%) and 4/145 correct texts flagged
(2.8%). The writer's notes, verbatim:

Blind corpus 98: BLIP-2 OPT-2.7b base and the experiments' adapters on 44 Myntra-style marketplace products.

Scenario
    The original experiments' untuned base model and their three fine-tuned LoRA adapters, re-run on a random
    sample of 44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic,
    weighted roughly as such a catalog is: about 20 men's, 18 women's, 6 kids'), one product per item, with enrich's
    default questionnaire (DEFAULT_QUESTIONS; each product carries the caption and a subset of the eight questions).
    Seller columns come from the marketplace: gender (Men / Women / Boys / Girls), category (the article type, e.g.
    "Tshirts", "Kurtas", "Kurta Sets"), color (the base colour, e.g. "Navy Blue", "Grey Melange", "Multi") and title
    (the seller's product name). A few products lack a column (MYN-M-KU-1024 has no title, MYN-M-TS-1042 no category,
    MYN-M-SH-1038 no colour, MYN-W-KU-1043 no gender).

Which system wrote which text (named again in the comment above every case)
    base  = Salesforce/blip2-opt-2.7b, untuned: short lowercase answers that usually stop on their own; its failures
            are wrong colors (one color for everything, a neighbouring garment's color), wrong pronouns, invented
            details, answers that only echo the question, the odd early stop or short loop.
    cap1  = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1): DeepFashion-style
            template sentences, richer details; still sometimes stops by itself, often runs to the token limit.
    cap3  = leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): returns the DeepFashion caption
            template for every prompt and never stops (cut at 50 new tokens for captions, 30 for answers, or loops).
    vqa   = leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): vendor-style one-word answers that repeat to the limit
            ("black-black-black", "lattice lattice"), and "Question: ... Answer:" continuations of its own prompt.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). No audit code,
    no other corpus, no docs. Every photo is imagined and described in the comment above its case; every label is
    judged against that imagined photo and the seller columns. The only thing run was an import check of this file.

Label conventions and judgement calls
    - One failure kind per text. A text that ran to the token limit carries hit_limit=True. When a run-on text
      repeats itself it is labelled "loop"; when it continues with "Question: ... Answer:" it is "leak" (even if the
      leak then repeats); otherwise a text that stops mid-phrase is "cut". Other content errors are kept out of
      cut texts, except the template's own vocabulary ("dress" for a kurta, "chiffon", "shirt" for a kurta), which
      is not labelled separately inside a cut or looping template.
    - "cut" also covers a few base answers that stopped mid-phrase before the limit ("... a blue shirt and"),
      with hit_limit=False.
    - The DeepFashion template returned for an open question ("The lady wears a short-sleeve ...") is labelled by how
      it ends (cut or loop); a cap1 template that stops by itself after whole sentences and is true to the photo is
      correct, even though it describes the whole outfit and says "pure color patterns" instead of a hue.
    - Near-color synonyms are correct: red/maroon/burgundy, blue/navy, green/olive, khaki/beige, yellow/mustard,
      gray/grey, purple/lavender, light pink/pink, multicolor/Multi, dark green/green, "blue" for teal.
    - A patterned garment's ground color is its color; a print color as THE color ("orange" for a black tee with an
      orange graphic, "white" for a navy dress with white dots) is a contradiction; a color that belongs to another
      worn garment or accessory in the photo (the jeans, the tie, the blouse, the heels) is other_garment_color.
    - Near-type synonyms are correct: kurti/kurta, hoodie for a hooded sweatshirt, pants for trousers/palazzos,
      blouse or top for a top, plaid for checked, polo shirt for a polo T-shirt, "anarkali dress" in a caption.
      A different garment class (dress for a kurta, shirt for a kurta, t-shirt for a shirt, skirt for a dress,
      saree for an anarkali kurta) is a contradiction.
    - Layers and backgrounds named in a text are correct when true ("a green jacket over a white t-shirt", "standing
      in front of a beige wall", "in a gym"). The saree's "green background with trees" mistakes the garden for the
      print and is unsupported.
    - Product shots without a person: a text that names the product is correct even for "What is the person
      wearing?"; a text that invents a wearer ("a man is wearing ...", "he is wearing ...") is unsupported.
    - unsupported = details the photo cannot show or that are not there: pockets, logos, slits, zips or bows on a
      back that is not visible, fibre percentages, "moisture-wicking", linen for a smooth cotton shirt. Material
      answers that are plain visual guesses consistent with the title or the look (cotton tee, denim jeans, silk
      Banarasi saree, georgette when the title says so, polyester for a Dri-FIT tee) are correct.
    - non_answer = nothing said: empty, "unknown", "i don't know", "yes", "clothes", "fabric", a garment name for a
      pattern question, "they are short" for the details of shorts. restated = a sentence that turns the question
      back into an answer ("the garment is made of material", "the details of the garment are the details ...").
    - pronoun = the person's gender word against the seller's gender column ("she" on a Men product, "a man" on a
      Women product, "he" on a Girls product); DeepFashion's "gentleman" for a boy is not counted as wrong.
    - Sleeve length: rolled-up full sleeves are "long"; a saree is not asked about sleeves; "three-quarter" is right
      for 3/4 sleeves; "short" for a sleeveless top or a long-sleeve hoodie is a contradiction.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_98: list[Case] = [
    # 1. Photo: man in a plain white crew-neck tee and black joggers, grey studio backdrop.
    # Models: caption, description cap3; wearing, color, pattern, details, material base.
    case(
        "MYN-M-TS-1001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is"
            " with cotton fabric and its neckline is crew. The trousers are with cotton fabric and solid color"
            " patterns. This gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black pants"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is"
            " with cotton fabric. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the t-shirt", "restated"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Solid Round Neck T-shirt",
    ),
    # 2. Photo: man in a navy-and-white checked shirt, full sleeves rolled to the elbow, no chest pocket, beige chinos,
    #    brick wall behind.
    # Models: caption, color, sleeve_length, material base; wearing, pattern vqa; details cap1.
    case(
        "MYN-M-SH-1002",
        caption("a man in a blue and white checked shirt standing by a brick wall"),
        D.wearing("yes", "non_answer"),
        D.color("blue"),
        D.pattern(
            "lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice"
            " lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice"
            " lattice lattice lattice lattice",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.details(
            "The shirt has long sleeves, a lapel collar and buttons down the front. It has two flap pockets on the"
            " chest.",
            "unsupported",
        ),
        D.material("cotton"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 3. Photo: woman in a pink straight kurta with a small green floral print, 3/4 sleeves, white palazzos,
    #    plain light backdrop.
    # Models: caption cap3; wearing, garment_type, color, description base; material vqa.
    case(
        "MYN-W-KU-1003",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The lady"
            " wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The lady wears a"
            " medium-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.description("a pink kurta with green flowers"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink & Green Floral Printed Straight Kurta",
    ),
    # 4. Photo: man in light-wash blue jeans with a plain white tee and white sneakers, cropped at the chest.
    # Models: caption, color, garment_type, material base; details cap3.
    case(
        "MYN-M-JE-1004",
        caption("a man wearing blue jeans and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 5. Photo: woman in a black sleeveless crop top with a square neck, light-blue high-waist jeans.
    # Models: caption cap1; wearing, sleeve_length, description, details base; color, material vqa.
    case(
        "MYN-W-TO-1005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is"
            " with cotton fabric."
        ),
        D.wearing("a black top and jeans"),
        D.color(
            "Black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short", "contradiction"),
        D.description("a black crop top with a square neck"),
        D.details("", "non_answer"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment"
            " made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Crop Top",
    ),
    # 6. Photo: man in a white self-design (tonal woven) straight kurta with a mandarin collar, white churidar,
    #    beige wall behind.
    # Models: caption, garment_type, details, material base; wearing vqa; pattern cap3.
    case(
        "MYN-M-KU-1006",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt"
            " shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.pattern(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a mandarin collar and a button placket"),
        D.material("unknown", "non_answer"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Self Design Straight Kurta",
    ),
    # 7. Photo: woman in a maroon Banarasi silk saree with a wide gold zari border and pallu, maroon blouse,
    #    plain studio backdrop.
    # Models: caption, wearing, color, details, material base; pattern vqa; description cap3.
    case(
        "MYN-W-SA-1007",
        caption("a woman in a red saree with a gold border"),
        D.wearing("a woman in a blue saree", "contradiction"),
        D.color("maroon"),
        D.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. There is an"
            " accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        D.details("gold zari border and pallu"),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 8. Photo: boy in a short-sleeve yellow tee with a green dinosaur print, navy shorts.
    # Models: caption cap3; wearing, pattern, sleeve_length, details base; description vqa.
    case(
        "MYN-B-TS-1008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt with a dinosaur on it"),
        D.pattern("graphic"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        D.details("he is wearing a t-shirt", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Round Neck T-shirt",
    ),
    # 9. Photo: girl in a sleeveless pink fit-and-flare dress, sequinned bodice, tulle skirt, front view only,
    #    white background.
    # Models: caption, wearing, color, sleeve_length base; details cap1; material vqa.
    case(
        "MYN-G-DR-1009",
        caption("a little girl in a pink dress with a tutu"),
        D.wearing("a little girl wearing a pink dress with", "cut"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The dress has a round neckline and a flared skirt with sequins on the bodice. The back has a zip closure"
            " and a bow.",
            "unsupported",
        ),
        D.material(
            "chiffon Question: What is the color of the dress? Answer: pink Question: Is this a dress? Answer: yes"
            " Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit and Flare Dress",
    ),
    # 10. Photo: man in a white formal shirt with a navy tie, grey trousers; cropped torso shot.
    # Models: caption, color, garment_type, description, details, material base; wearing vqa.
    case(
        "MYN-M-SH-1010",
        caption("a man in a white shirt and blue tie"),
        D.wearing(
            "shirt Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a"
            " shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.garment_type("shirt"),
        D.description("a white shirt with a blue tie"),
        D.details(
            "a white shirt with a white collar and a white collar and a white collar and a white collar and a white"
            " collar and a white",
            "loop",
            hit_limit=True,
        ),
        D.material("clothing", "non_answer"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
    ),
    # 11. Photo: woman in a mustard kurta with white ethnic-motif print and 3/4 sleeves, matching mustard palazzos,
    #     white dupatta over one shoulder.
    # Models: caption cap1; wearing, garment_type, color, sleeve_length, details, material base; description vqa.
    case(
        "MYN-W-KS-1011",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long pants. The dress is with cotton"
            " fabric. The pants are with cotton fabric and graphic patterns. She wears a scarf around her neck. There"
            " is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and pants"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow"),
        D.sleeve_length("three quarter"),
        D.description(
            "Mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard",
            "loop",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        D.material("cotton"),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
    ),
    # 12. Photo: product flat lay of black track pants with an elastic waist and white drawstring, white background,
    #     no person.
    # Models: caption, wearing, color, description, details base; pattern cap3.
    case(
        "MYN-M-TP-1012",
        caption("a pair of black sweatpants on a white background"),
        D.wearing("a man is wearing black sweatpants", "unsupported"),
        D.color("black"),
        D.pattern(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The"
            " gentleman wears a long pants. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.description("the garment is a garment", "restated"),
        D.details("elastic waistband with a white drawstring"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Regular Fit Track Pants",
    ),
    # 13. Photo: woman in a navy A-line dress with white polka dots and short puff sleeves, white sneakers, street.
    # Models: caption cap3; wearing, color, pattern, description, material base; details vqa.
    case(
        "MYN-W-DR-1013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. There is an"
            " accessory on her wrist. The lady wears a short-sleeve dress with graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.description("she is wearing a blue dress with white polka dots"),
        D.details(
            "Question: What are the dress details? Answer: Question: What are the dress details? Answer: Question:"
            " What are the dress",
            "leak",
            hit_limit=True,
        ),
        D.material("dress", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Berrylush Women Navy Blue & White Polka Dot Print A-Line Dress",
    ),
    # 14. Photo: man in a grey melange hooded sweatshirt with a kangaroo pocket, hood down, black joggers.
    # Models: caption, garment_type, color, sleeve_length, details, material base; description cap1.
    case(
        "MYN-M-SW-1014",
        caption("a man in a grey hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("gray"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is"
            " with cotton fabric and its neckline is hooded. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a hood and a kangaroo pocket"),
        D.material("yes", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
    ),
    # 15. Photo: woman in black ankle-length leggings under a long white long-sleeve kurti.
    # Models: caption, wearing, color, garment_type base; description cap3.
    case(
        "MYN-W-LE-1015",
        caption("a woman in a white top and black leggings"),
        D.wearing("he is wearing a white shirt and black leggings", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with cotton"
            " fabric. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 16. Photo: man in a navy polo T-shirt with thin white horizontal stripes, no logo, khaki shorts, beach behind.
    # Models: caption, description cap1; garment_type, color, details base; sleeve_length vqa; material cap3.
    case(
        "MYN-M-TS-1016",
        caption(
            "The gentleman wears a short-sleeve polo shirt with striped patterns and a short pants. The polo shirt is"
            " with cotton fabric and it has a lapel neckline."
        ),
        D.garment_type("polo shirt"),
        D.color("blue"),
        D.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The polo shirt is with cotton fabric and has a logo of a horse on the chest.",
            "unsupported",
        ),
        D.details("a navy blue polo shirt with white stripes and a collar"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a medium shorts. The T-shirt is with"
            " cotton fabric. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Striped Polo Collar T-shirt",
    ),
    # 17. Photo: woman in a plain bottle-green A-line kurti, short sleeves, mandarin collar with buttons, no pockets,
    #     beige leggings, plaster wall behind.
    # Models: caption, wearing, color, pattern, details base; garment_type vqa; material cap3.
    case(
        "MYN-W-KU-1017",
        caption("a woman in a green kurti standing against a wall"),
        D.wearing("green kurta"),
        D.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress"
            " dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("dark green"),
        D.pattern("floral", "contradiction"),
        D.details("mandarin collar, buttons, pockets on both sides", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns and a long leggings. The dress is with cotton"
            " fabric. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Green",
        title="Sangria Women Green Solid A-Line Kurti",
    ),
    # 18. Photo: man in an open olive bomber jacket (ribbed collar, cuffs and hem, zip front) over a white tee,
    #     black jeans.
    # Models: caption, garment_type, color, pattern, details, material base; description cap1.
    case(
        "MYN-M-JA-1018",
        caption("a man wearing a green jacket over a white t-shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.pattern("camouflage", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is"
            " with nylon fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.details("ribbed collar, cuffs and hem with a zip front"),
        D.material("clothes", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="WROGN Men Olive Green Solid Bomber Jacket",
    ),
    # 19. Photo: woman in an oversized white tee with black typography printed on the chest, blue denim shorts.
    # Models: caption cap3; wearing, color, description, material base; details vqa.
    case(
        "MYN-W-TS-1019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short denim shorts. The T-shirt is with"
            " cotton fabric. The shorts are with denim fabric and pure color patterns. There is an accessory on her"
            " wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and denim shorts"),
        D.color("white"),
        D.description("a white t-shirt with black text on it"),
        D.details(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic"
            " graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic"
            " graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="DILLINGER Women White Printed Oversized T-shirt",
    ),
    # 20. Photo: man in beige slim chinos with belt loops and slant pockets, navy shirt tucked in, brown belt.
    # Models: caption, wearing, color, garment_type, description base; sleeve_length vqa; details cap1.
    case(
        "MYN-M-TR-1020",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a man wearing a blue shirt and", "cut"),
        D.color("blue", "other_garment_color"),
        D.garment_type("pants"),
        D.sleeve_length(
            "Question: What is the length of the pants? Answer: long Question: What is the length of the pants?"
            " Answer: long Question:",
            "leak",
            hit_limit=True,
        ),
        D.description("khaki pants"),
        D.details(
            "The pants have a button closure, belt loops and slant pockets on both sides. They are made of 98% cotton"
            " and 2% elastane.",
            "unsupported",
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 21. Photo: woman in a teal georgette saree with a pink floral print, pink blouse, in a garden with trees.
    # Models: caption vqa; wearing, color, pattern, details, material base; description cap3.
    case(
        "MYN-W-SA-1021",
        caption(
            "Question: What is the color of the saree? Answer: Teal Question: What is the color of the saree? Answer:"
            " Teal Question: What is the color of the saree? Answer: Teal Question: What is",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a blue saree with pink flowers"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. There is an"
            " accessory on her wrist. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("the saree has a green background with trees", "unsupported"),
        D.material("georgette"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal Blue & Pink Floral Printed Poly Georgette Saree",
    ),
    # 22. Photo: man in a plain olive full-sleeve shirt with one chest pocket, buttoned, black jeans.
    # Models: caption cap1; wearing, garment_type, color, details, material base; pattern vqa.
    case(
        "MYN-M-SH-1022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " cotton fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("she is wearing a green shirt", "pronoun"),
        D.garment_type("jacket", "contradiction"),
        D.color("green"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure"
            " color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        D.details("there is a pocket on the chest and buttons"),
        D.material("the garment is made of the material of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="HIGHLANDER Men Olive Green Slim Fit Casual Shirt",
    ),
    # 23. Photo: woman in light-blue skinny jeans, black top, white shoes; full-length shot.
    # Models: caption, color, description, details, material base; pattern cap3.
    case(
        "MYN-W-JE-1023",
        caption("a woman in black top and blue jeans"),
        D.color("blue"),
        D.pattern(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " cotton fabric. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.description("skinny jeans"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 24. Photo: man in a navy straight kurta with a small white buti print all over, no embroidery, white pyjama.
    #     (No seller title.)
    # Models: caption cap3; wearing, garment_type, color, description, details base.
    case(
        "MYN-M-KU-1024",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with "
            "cotton"
            " fabric and its neckline is stand. The gentleman wears a long-sleeve shirt with graphic patterns and a"
            " long trousers. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("navy blue"),
        D.description("a navy kurta with gold embroidery on the collar", "unsupported"),
        D.details("it has white dots all over"),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 25. Photo: girl in a lavender top with ruffled flutter sleeves and a round neck, white jeans; front view only.
    # Models: caption, garment_type, description base; color vqa; details cap1.
    case(
        "MYN-G-TO-1025",
        caption("a little girl in a purple top and white pants"),
        D.garment_type("top"),
        D.color(
            "Lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender-lavender",
            "loop",
            hit_limit=True,
        ),
        D.description("the girl is wearing a purple shirt with ruffles"),
        D.details(
            "The top has ruffled sleeves and a round neckline. It has a bow and a button closure on the back.",
            "unsupported",
        ),
        gender="Girls",
        category="Tops",
        color="Lavender",
        title="Cherry Crumble Girls Lavender Ruffled Top",
    ),
    # 26. Photo: man in a black tee with a large orange-and-white anime print (a swordsman), grey joggers.
    # Models: caption, color, pattern, details base; description vqa; material cap3.
    case(
        "MYN-M-TS-1026",
        caption("a man wearing a black t-shirt with a cartoon on it"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        D.description(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic"
            " tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
            "loop",
            hit_limit=True,
        ),
        D.details("the t-shirt has a picture of a man with a sword on it"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with"
            " cotton fabric. The trousers are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
    ),
    # 27. Photo: woman in a red self-design top with puffed short sleeves, black trousers, white backdrop.
    # Models: caption cap3; wearing, color, description base; material vqa.
    case(
        "MYN-W-TO-1027",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton"
            " fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on her wrist."
            " The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red top and black pants"),
        D.color("red"),
        D.description("red top with puffed sleeves"),
        D.material("cotton Question: What is the color of the shirt? Answer: Red", "leak"),
        gender="Women",
        category="Tops",
        color="Red",
        title="Tokyo Talkies Women Red Self Design Top",
    ),
    # 28. Photo: man in khaki chino shorts and a white tee, on a beach.
    # Models: caption, wearing, color, details base; pattern vqa; description cap1.
    case(
        "MYN-M-SHO-1028",
        caption("a man in white shirt and khaki shorts standing on a beach"),
        D.wearing("a man in a white t-shirt and a pair of", "cut"),
        D.color("white", "other_garment_color"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure"
            " color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a medium shorts. The shorts are"
            " with cotton fabric and pure color patterns."
        ),
        D.details("they are short", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadster Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 29. Photo: woman in a blue A-line kurta with a white floral block print, full sleeves, white trousers.
    # Models: caption, wearing, color, pattern, material base; sleeve_length vqa; description cap3.
    case(
        "MYN-W-KU-1029",
        caption("a woman in a blue and white floral kurta"),
        D.wearing("a man in a blue kurta", "pronoun"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length(
            "Question: How long are the sleeves? Answer: Question: How long are the sleeves? Answer: Question: How long"
            " are the sleeves?",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns and a long trousers. The dress is with cotton"
            " fabric. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue & White Printed A-Line Kurta",
    ),
    # 30. Photo: man in a plain maroon V-neck pullover (no logo) over a white collared shirt, grey trousers.
    # Models: caption, wearing, color, pattern, description base; details cap3.
    case(
        "MYN-M-SWT-1030",
        caption("a man in a red sweater and white shirt"),
        D.wearing("a sweater"),
        D.color("burgundy"),
        D.pattern("solid"),
        D.description("a maroon sweater with a logo on the chest", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with"
            " knitting fabric and its neckline is V",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Monte Carlo Men Maroon Solid Pullover Sweater",
    ),
    # 31. Photo: woman in a black sleeveless bodycon midi dress without a slit, a thin silver bracelet, red heels,
    #     red clutch; front view.
    # Models: caption cap1; color, sleeve_length, details, material base; description vqa.
    case(
        "MYN-W-DR-1031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. There is an"
            " accessory on her wrist. She holds a red bag."
        ),
        D.color("red", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "Black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.details("a black dress with a slit on the side and a zipper at the back", "unsupported"),
        D.material("it is made of material", "restated"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="DressBerry Women Black Solid Bodycon Dress",
    ),
    # 32. Photo: boy in a blue-and-white checked half-sleeve shirt with a chest pocket, beige shorts.
    # Models: caption vqa; wearing, garment_type, pattern, sleeve_length, material base; details cap1.
    case(
        "MYN-B-SH-1032",
        caption(
            "Question: What cloth is the person wearing? Answer: shirt Question: What cloth is the person wearing?"
            " Answer: shirt Question: What cloth is the person wearing? Answer: shirt Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a blue plaid shirt and khaki shorts"),
        D.garment_type("t-shirt", "contradiction"),
        D.pattern("plaid"),
        D.sleeve_length("short"),
        D.details(
            "The shirt has short sleeves and a lapel collar. There is a pocket on the chest. The shorts are with cotton"
            " fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("she is wearing a cotton shirt", "pronoun"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="UTH by Roadster Boys Blue Checked Casual Shirt",
    ),
    # 33. Photo: woman in an open light-blue washed denim jacket (buttons, chest pockets, collar) over a black tee,
    #     black jeans.
    # Models: caption, wearing, garment_type, color, details, material base; description cap3.
    case(
        "MYN-W-JA-1033",
        caption("a woman in a denim jacket and black pants"),
        D.wearing("clothes", "non_answer"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " denim fabric. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details("buttons on the front, chest pockets, and a collar"),
        D.material("denim"),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # 34. Photo: ghost-mannequin product shot of a grey tee with white "STAY WILD" lettering, white background,
    #     no person.
    # Models: caption, wearing, color, pattern, description base; sleeve_length cap3; details vqa.
    case(
        "MYN-M-TS-1034",
        caption("a grey t-shirt with the words stay wild on it"),
        D.wearing("a t-shirt"),
        D.color("grey"),
        D.pattern("text"),
        D.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The"
            " gentleman wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.description("he is wearing a grey t-shirt", "unsupported"),
        D.details(
            "graphic tee Answer: graphic tee Answer: graphic tee Answer: graphic tee Answer: graphic tee Answer:"
            " graphic tee Answer: graphic",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey",
        title="Difference of Opinion Men Grey Typography Printed T-shirt",
    ),
    # 35. Photo: woman in a yellow Anarkali kurta with pink block print, full sleeves, flared with many pleats,
    #     pink churidar and pink dupatta.
    # Models: caption, garment_type, color, pattern, description, details, material base; wearing cap3.
    case(
        "MYN-W-KU-1035",
        caption("a woman in a yellow anarkali dress with pink flowers"),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns and a long leggings. The dress is with cotton"
            " fabric. The leggings",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("pink", "other_garment_color"),
        D.pattern("printed"),
        D.description("a yellow saree with a pink border", "contradiction"),
        D.details("flared with a lot of pleats"),
        D.material("the garment is made of fabric", "restated"),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Biba Women Yellow & Pink Printed Anarkali Kurta",
    ),
    # 36. Photo: product shot of black slim jeans laid flat on white, five pockets and the button visible, no person.
    # Models: caption cap3; wearing, color, pattern, details base; material vqa.
    case(
        "MYN-M-JE-1036",
        caption(
            "The gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The"
            " gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The"
            " gentleman wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black jeans"),
        D.color("black"),
        D.pattern("jeans", "non_answer"),
        D.details("five pockets and a button"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim"
            " denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Slim Tapered Fit Mid-Rise Stretchable Jeans",
    ),
    # 37. Photo: woman in a white cotton schiffli-embroidered (eyelet) top with 3/4 sleeves and a round neck,
    #     blue jeans.
    # Models: caption, garment_type, color, sleeve_length, description base; pattern vqa; details cap1.
    case(
        "MYN-W-TO-1037",
        caption("a woman in a white lace top and jeans"),
        D.garment_type("blouse"),
        D.color("white"),
        D.pattern(
            "lattice Question: What is the pattern of the garment? Answer: lattice Question: What is the pattern of the"
            " garment? Answer: lattice Question: What",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter"),
        D.description("white top with holes"),
        D.details(
            "The top has a round neckline and three-quarter sleeves. It is with lace fabric and there is embroidery on"
            " the hem. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Harpa Women White Embroidered Schiffli Top",
    ),
    # 38. Photo: man in a plain light-pink full-sleeve shirt (smooth cotton, button-down collar), white trousers.
    #     (No seller colour.)
    # Models: caption, wearing, garment_type, color, details, material base; description cap3.
    case(
        "MYN-M-SH-1038",
        caption("a man wearing a pink shirt and white pants"),
        D.wearing("a pink shirt"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("light pink"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and it has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("button down collar"),
        D.material("linen", "unsupported"),
        gender="Men",
        category="Shirts",
        title="HIGHLANDER Men Pink Slim Fit Solid Casual Shirt",
    ),
    # 39. Photo: woman in black flared palazzos under a long white kurta with a small black print.
    # Models: caption cap1; wearing, garment_type, color, pattern, details, material base; description vqa.
    case(
        "MYN-W-PA-1039",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long trousers. The dress is with cotton"
            " fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        D.wearing("a man wearing a white shirt and black pants", "pronoun"),
        D.garment_type("pants"),
        D.color("black"),
        D.pattern("floral", "contradiction"),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants"
            " pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.details("wide legs with an elastic waist"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Palazzos",
        color="Black",
        title="Libas Women Black Solid Flared Palazzos",
    ),
    # 40. Photo: man in a red Dri-FIT training tee with a small white swoosh, black shorts, in a gym.
    # Models: caption, wearing, color, sleeve_length, description, material base; pattern vqa; details cap1.
    case(
        "MYN-M-TS-1040",
        caption("a man in a red shirt in a gym"),
        D.wearing("a black t-shirt and black shorts", "other_garment_color"),
        D.color("red"),
        D.pattern("solid Question: What is the color of the T-shirt? Answer: Red", "leak"),
        D.sleeve_length("short"),
        D.description("describe the garment", "restated"),
        D.details(
            "The T-shirt has short sleeves and a round neckline. It is made of breathable moisture-wicking fabric.",
            "unsupported",
        ),
        D.material("polyester"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Nike Men Red Dri-FIT Training T-shirt",
    ),
    # 41. Photo: girl in a sleeveless A-line dress with rainbow horizontal stripes, white sneakers, no jewellery.
    # Models: caption cap3; wearing, garment_type, color, sleeve_length, description base.
    case(
        "MYN-G-DR-1041",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. There is an"
            " accessory on her wrist. The lady wears a sleeveless dress with striped patterns. The dress is with cotton"
            " fabric. There is an",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a girl in a striped dress"),
        D.garment_type("skirt", "contradiction"),
        D.color("multicolor"),
        D.sleeve_length("sleeveless"),
        D.description("he is wearing a rainbow dress", "pronoun"),
        gender="Girls",
        category="Dresses",
        color="Multi",
        title="Naughty Ninos Girls Multicoloured Striped A-Line Dress",
    ),
    # 42. Photo: man in a plain olive long-sleeve henley with three buttons, blue jeans. (No seller category.)
    # Models: caption, wearing, garment_type, color, description, details base.
    case(
        "MYN-M-TS-1042",
        caption("a man wearing a green shirt and jeans"),
        D.wearing("a man wearing a green henley and blue", "cut"),
        D.garment_type("t-shirt"),
        D.color("grey", "contradiction"),
        D.description("the garment is a garment that is worn on the upper body", "restated"),
        D.details("buttons on the front"),
        gender="Men",
        color="Olive",
        title="Roadster Men Olive Green Solid Henley T-shirt",
    ),
    # 43. Photo: woman in a plain peach straight kurta with 3/4 sleeves, cream trousers. (No seller gender.)
    # Models: caption, wearing, garment_type, color, sleeve_length, material base; description vqa; details cap3.
    case(
        "MYN-W-KU-1043",
        caption("a woman in a peach kurta and white pants"),
        D.wearing("a dress and pants", "contradiction"),
        D.garment_type("kurta"),
        D.color("peach"),
        D.sleeve_length("three quarter"),
        D.description(
            "Peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton"
            " fabric. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        category="Kurtas",
        color="Peach",
        title="Vishudh Women Peach-Coloured Solid Straight Kurta",
    ),
    # 44. Photo: boy in plain navy shorts with an elastic waistband and two side pockets, red tee.
    # Models: caption, color, pattern, description, details base; garment_type vqa.
    case(
        "MYN-B-SHO-1044",
        caption("a young boy in a red shirt and blue shorts"),
        D.color("red", "other_garment_color"),
        D.garment_type(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.pattern("shorts", "non_answer"),
        D.description("navy blue shorts"),
        D.details("elastic waistband and two pockets"),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
        title="max Boys Navy Blue Solid Regular Shorts",
    ),
]
