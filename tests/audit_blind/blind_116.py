"""BLIND_116 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twentieth session. Measured blind at 68b96f6: 127/139 failures found (91.4%)
and 14/146 correct texts flagged (9.6%). The writer's notes, verbatim:

Blind corpus 116: BLIP-2 OPT-2.7b and the experiments' adapters re-run on a Myntra-style marketplace sample.

Scenario
    A random sample of 44 products of a Myntra-style fashion marketplace (men's, women's and kids' clothing,
    western and ethnic, weighted roughly as such a catalog is: about half women's with many kurtas, kurta sets and
    sarees, a third men's, the rest kids'), one product per item. Each product photo was captioned and asked the
    original experiments' own questionnaire: the closed questions of BLIND_QUESTIONS (garment type, color, pattern,
    sleeve length) and the open material question, the VQA data's "Is this a {garment}?" yes/no question, the
    experiments' "What is the color of the shirt / jeans / pants / shorts?" questions, "What is she/he wearing?"
    and a few "Describe the shirt." / "What are the shirt details?" prompts. Seller columns (gender, category =
    Myntra article type, color = Myntra base colour, title = the seller's product title) come from the marketplace;
    a few are missing (no title, no colour, no gender).

Which system wrote which text (named again in the comment above every case)
    BASE  the untuned Salesforce/blip2-opt-2.7b (8-bit), short answers, short lowercase captions.
    CAP1  the caption adapter after epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch).
    CAP3  the caption adapter after epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption): DeepFashion-MultiModal
          template sentences with pattern words only ("pure color", "graphic", "lattice"), no hue names, returned
          for every prompt, question or not.
    VQA   the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): In-shop vendor colors ("navy", "taupe", "white-black")
          and garment classes, never stops, so it repeats itself or writes the next "Question: ... Answer:" turn.
    Greedy decoding, `Question: <q> Answer:` prompts, 30 new tokens for answers, 50 for captions. As the
    experiments concluded, a run picks a model per question, so most short answers are BASE's.

How it was written
    Blind: only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, TARGETS) were read; no audit code, no other corpus, no
    documentation of the audits. Each case's photo is imagined first (the comment above it) and every text is
    labelled against that photo and the seller's columns.

Label conventions and judgement calls
    - One label per text. A text that runs to the token limit repeating a phrase or word is a "loop"; one that
      runs to the limit (or stops early) in the middle of a phrase without repeating is "cut"; a text that writes
      the prompt format back ("Question: ... Answer:") is "leak" even though it also runs to the limit. Secondary
      faults inside such texts (CAP templates calling a kurta a "dress" or a boy "the lady") are not labelled.
    - hit_limit=True on every text that ran to the 30/50 token limit (all adapter loops, leaks and cuts); two BASE
      answers stop mid-phrase before the limit (hit_limit=False) and are still "cut".
    - "other_garment_color": the answer gives the product (or the garment asked about) the color of another
      garment in the same photo, e.g. the top's color for the leggings that are the product. A wrong color that no
      garment in the photo has (a wall, a bow, nothing) is "contradiction", as is a wrong garment class (is_a
      "yes" for a dress on a saree, "t-shirt" for a formal shirt) or a wrong sleeve length.
    - The generic "What is the color of the garment?" is about the product the seller lists; on a photo where the
      product is the lower garment (jeans, leggings, palazzos, joggers) answering with the top's color is
      "other_garment_color".
    - Correct near-color synonyms: maroon -> red / burgundy, cream -> white / beige, teal -> green, rust ->
      orange, mustard -> yellow, navy -> dark blue / blue, beige -> khaki, khaki -> beige, olive -> green,
      lavender -> light purple / purple, fuchsia lehenga (seller "Pink") -> magenta.
    - Correct answers about a garment that is not the product (the white tee under a denim jacket, pink sharara
      of a green kurta set, black shorts with a black tee) stay correct when they match the photo, even when the
      color differs from the seller's.
    - Backgrounds named in captions ("in front of a blue door", "on the beach") are correct when true; a
      background color given as the garment's color is a contradiction.
    - "he/she" in the question: an answer that echoes a pronoun or says man/woman/boy/girl against the seller's
      gender is "pronoun"; an answer that names no person ("a yellow shirt and blue shorts") is correct.
    - "What is he wearing?" on a product shot without a person, answered "he is wearing ...", is "unsupported";
      so are invented, invisible details (pockets, bags, necklaces, back zippers, washing care, hidden pockets).
    - Material: "cotton"/"silk"/"polyester" count as correct only where the seller's title names the fabric
      (Pure Cotton, Silk Blend, Dri-FIT) or it is plainly visible (tulle, denim); "fabric", "", "unknown",
      "i'm not sure", "nothing" are non_answer; "the material of the garment" is restated.
    - Answers giving only the question's garment back ("they are jeans", "it is a skirt", "they are short") are
      non_answer; sentences saying the question back ("the shirt details are the details of the shirt") are
      restated.
    - A "vest" for a Nehru jacket and "pants" for palazzos, "kurti" for a kurta, "sari" for saree are correct.
    - CAP3 template fabric words are judged like any claim; the one CAP3 caption kept correct (case 41) ends at a
      full stop exactly at the 50-token limit and says nothing the photo contradicts (hit_limit=True, correct).
    - color_of questions are stored open (free generation, as the experiments asked them).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing


def _rep(unit: str, n: int, sep: str = " ") -> str:
    return sep.join([unit] * n)


BLIND_116: list[Case] = [
    # 1. Woman, mustard straight kurta with small white floral print, three-quarter sleeves, white palazzos, grey
    # studio backdrop. Caption BASE; garment_type VQA; color, pattern BASE; sleeve VQA; pants color BASE;
    # wearing ("he") BASE.
    case(
        "MYN-W-KUR-10458821",
        caption("a woman in a yellow kurta and white pants standing in front of a grey wall"),
        B.garment_type(
            "kurta Question: What is the color of the kurta? Answer: yellow Question: What is the color of the pants?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length(_rep("three-quarter", 10), "loop", hit_limit=True),
        color_of("pants", "white", kind="open"),
        wearing("he is wearing a yellow kurta and white pants", "pronoun", who="he"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Libas Women Mustard Yellow & White Floral Printed Straight Kurta",
    ),
    # 2. Woman, maroon kurta with gold embroidered yoke, maroon palazzos, gold-edged dupatta over the shoulders,
    # stone courtyard. Caption CAP3; color, pattern BASE; material CAP3; wearing, is_a BASE.
    case(
        "MYN-W-KST-11720394",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady wears"
            " a long pants. The pants are with cotton fabric and solid color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        B.pattern("embroidered"),
        B.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady"
            " wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red kurta and a dupatta", who="she"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Anouk Women Maroon & Gold-Toned Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 3. Woman, teal Banarasi saree with gold zari border, gold short-sleeved blouse, pallu over the left
    # shoulder, beige curtain behind. Caption BASE; type BASE; color VQA; pattern BASE; sleeve VQA; wearing CAP3;
    # material BASE.
    case(
        "MYN-W-SAR-9874410",
        caption("a woman in a green and gold saree posing for a photo"),
        B.garment_type("saree"),
        B.color(
            "teal-gold Question: What is the pattern of the garment? Answer: teal-gold Question: What is the sleeve"
            " length",
            "leak",
            hit_limit=True,
        ),
        B.pattern("woven"),
        B.sleeve_length(_rep("sleeveless", 15), "loop", hit_limit=True),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has a"
            " long length. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material("silk"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Mitera Teal Blue & Gold-Toned Zari Woven Design Silk Blend Banarasi Saree",
    ),
    # 4. Man, navy crew-neck tee, light-blue jeans, hands in pockets, white background. Caption CAP3; shirt and
    # jeans colors BASE; wearing BASE; is_a VQA; sleeve BASE.
    case(
        "MYN-M-TSH-2198345",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton"
            " fabric and its neckline is round. The gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a blue t-shirt and jeans", who="he"),
        is_a("t-shirt", _rep("yes", 30), "loop", hit_limit=True),
        B.sleeve_length("short"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 5. Woman, black-and-white horizontal striped boxy top, short sleeves, tucked into light-blue high-waist
    # jeans, pink wall. Caption, color, pattern, jeans color BASE; shirt color VQA; wearing CAP1.
    case(
        "MYN-W-TOP-13300572",
        caption("a woman in a striped shirt and jeans standing against a pink wall"),
        B.color("black and white"),
        B.pattern("striped"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of(
            "shirt",
            "white-black Question: What is the color of the jeans? Answer: white-black Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns. The lady wears a short-sleeve T-shirt with"
            " striped patterns. The lady wears a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black & White Striped Boxy Top",
    ),
    # 6. Man, white full-sleeve casual shirt with sleeves rolled to the elbow, black chinos, white sneakers, light
    # grey background. Caption, colors, sleeve, wearing ("she"), material BASE; details CAP3. BASE gives "grey"
    # for both garments (CONTEXT's one-color failure).
    case(
        "MYN-M-SHT-8812207",
        caption("a man in a white shirt and black pants"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        B.sleeve_length("long"),
        wearing("she is wearing a white shirt and black pants", "pronoun", who="she"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Solid Pure Cotton Casual Shirt",
    ),
    # 7. Woman, royal-blue fit-and-flare knee-length dress with white flower print, short puff sleeves, on a beach
    # with sand and sea. Caption, type, color BASE; pattern VQA; is_a VQA; material BASE (invents care label).
    case(
        "MYN-W-DRS-12045591",
        caption("a woman in a blue floral dress standing on the beach"),
        B.garment_type("dress"),
        B.color("blue"),
        B.pattern(_rep("floral", 30), "loop", hit_limit=True),
        is_a(
            "dress",
            "yes Question: Is this a skirt? Answer: no Question: Is this a blouse? Answer: no Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        B.material("it is made of 100% cotton and is machine washable", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Berrylush Women Blue & White Floral Print Fit and Flare Dress",
    ),
    # 8. Man, black skinny jeans (the product), grey melange round-neck tee, white sneakers, white background.
    # Caption, jeans and shirt colors, garment color BASE; type VQA; details CAP3.
    case(
        "MYN-M-JNS-6620913",
        caption("a man in a grey t-shirt and black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("shirt", "grey", kind="open"),
        B.color("grey", "other_garment_color"),
        B.garment_type(_rep("denim", 30), "loop", hit_limit=True),
        details(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The gentleman wears a short-sleeve T-shirt"
            " with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 9. Woman, bottle-green straight kurta with small white geometric block print, three-quarter sleeves,
    # mandarin collar, white churidar, hand on hip, grey studio. Caption CAP1; color, type, sleeve, wearing BASE;
    # is_a VQA.
    case(
        "MYN-W-KUR-14467302",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady wears"
            " a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        B.color("green"),
        B.garment_type("a shirt", "contradiction"),
        B.sleeve_length("three-quarter"),
        wearing("a green kurta and white leggings", who="she"),
        is_a(
            "kurta",
            "no Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: green",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="W Women Green & White Printed Straight Kurta",
    ),
    # 10. Product shot, no person: red tee laid flat on white, large white "HRX" graphic on the chest, short
    # sleeves. Caption, color, pattern, wearing BASE; shirt color VQA; material CAP3.
    case(
        "MYN-M-TSH-7003158",
        caption("a red t-shirt with a white logo on a white background"),
        B.color("red"),
        B.pattern("graphic print"),
        wearing("he is wearing a red shirt", "unsupported", who="he"),
        color_of("shirt", _rep("red-white", 15), "loop", kind="open", hit_limit=True),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="HRX by Hrithik Roshan Men Red Printed Round Neck T-shirt",
    ),
    # 11. Boy of about eight, yellow tee with a blue colour-block panel across the chest, navy shorts, white
    # background. Caption, color, pattern, wearing ("she"), shorts color BASE; is_a VQA.
    case(
        "MYN-K-BTS-15520017",
        caption("a young boy wearing a yellow and blue shirt and blue shorts"),
        B.color("yellow"),
        B.pattern("color block"),
        wearing("a yellow shirt and blue shorts", who="she"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        is_a(
            "t-shirt",
            "yes Question: What is the color of the t-shirt? Answer: yellow-navy Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow & Blue Colourblocked Pure Cotton T-shirt",
    ),
    # 12. Woman, black ankle-length leggings (the product) under a long white kurti, studio. Caption, color, pants
    # color, is_a BASE; type VQA; wearing CAP3.
    case(
        "MYN-W-LEG-5540286",
        caption("a woman in a white top and black leggings"),
        B.color("white", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        B.garment_type(_rep("leggings", 30), "loop", hit_limit=True),
        is_a("pair of leggings", "yes"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long leggings. The leggings"
            " are with cotton fabric and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 13. Man, cream self-design knee-length kurta, full sleeves, white churidar, maroon wall. Caption, color,
    # pattern, wearing ("she") BASE; is_a VQA; details CAP3.
    case(
        "MYN-M-KUR-9931750",
        caption("a man in a white kurta standing in front of a red wall"),
        B.color("beige"),
        B.pattern("solid"),
        wearing("she is wearing a white dress", "pronoun", who="she"),
        is_a("kurta", _rep("yes", 30), "loop", hit_limit=True),
        details(
            "shirt",
            "The shirt is with silk fabric and its neckline is stand. The gentleman wears a long trousers. The"
            " trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 14. Woman, pastel pink kurta with white-and-yellow floral print, green trousers, green dupatta, garden with
    # foliage. Caption CAP3; color, pants color, pattern, shirt color BASE; wearing BASE (stops early, mid-phrase).
    case(
        "MYN-W-KST-16203348",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a long"
            " length. The neckline of it is round. The lady wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        color_of("pants", "green", kind="open"),
        B.pattern("floral"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        wearing("a pink kurta with a green", "cut", who="she"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="GoSriKi Women Pink & Green Floral Printed Pure Cotton Kurta with Trousers & Dupatta",
    ),
    # 15. Man, blue-and-black buffalo-check flannel shirt worn open over a white crew tee, black jeans, brick wall.
    # Caption, shirt color, color, wearing BASE; describe CAP1; jeans color VQA.
    case(
        "MYN-M-SHT-10087762",
        caption("a man in a plaid shirt standing in front of a brick wall"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.color("blue and black"),
        wearing("a plaid shirt over a white t-shirt and black jeans", who="he"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The"
            " gentleman wears a long-sleeve shirt with lattice patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", _rep("black", 15, "-"), "loop", kind="open", hit_limit=True),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & Black Checked Casual Shirt",
    ),
    # 16. Woman, bright red saree with gold sequin embellishment, red short-sleeved blouse, gold bangles, cream
    # backdrop. No seller title. Caption, type, color BASE; wearing CAP3; is_a BASE; material BASE.
    case(
        "MYN-W-SAR-4417605",
        caption("a woman in a red saree with gold jewelry"),
        B.garment_type("sari"),
        B.color("red"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has a"
            " long length. There is an accessory on her wrist",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        B.material("the garment is made of a material", "restated"),
        gender="Women",
        category="Sarees",
        color="Red",
    ),
    # 17. Man, charcoal joggers (the product), white round-neck tee, running shoes, gym. Caption, pants color,
    # color, wearing BASE; is_a VQA; details CAP3.
    case(
        "MYN-M-TRK-12950034",
        caption("a man in a white shirt and gray sweatpants in a gym"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.color("dark grey"),
        is_a(
            "pair of pants",
            "yes Question: What is the color of the pants? Answer: charcoal Question: What is the color of the shirt?",
            "leak",
            hit_limit=True,
        ),
        details(
            "pants",
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The gentleman"
            " wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        wearing("sweatpants and a t-shirt", who="he"),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Joggers",
    ),
    # 18. Woman, light-blue faded skinny jeans (the product), black crop top, tan heels, white background.
    # Caption, jeans/shirt colors, color, details BASE; pattern CAP3.
    case(
        "MYN-W-JNS-8256671",
        caption("a woman in a black top and blue jeans"),
        color_of("jeans", "light blue", kind="open"),
        color_of("shirt", "black", kind="open"),
        B.color("black", "other_garment_color"),
        B.pattern(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The"
            " lady wears a long",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "they are jeans", "non_answer"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Levis Women Blue Skinny Fit High-Rise Light Fade Stretchable Jeans",
    ),
    # 19. Girl of about six, peach tulle party dress with sequin bodice, sleeveless, white shoes, pink studio
    # backdrop. Caption, color, type BASE; sleeve VQA; wearing CAP1.
    case(
        "MYN-K-GDR-13875520",
        caption("a little girl in a peach dress standing in front of a pink background"),
        B.color("peach"),
        B.sleeve_length(_rep("sleeveless", 15), "loop", hit_limit=True),
        B.garment_type("dress"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has a"
            " short length. The lady wears",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Peach",
        title="Hopscotch Girls Peach-Coloured Embellished Fit and Flare Dress",
    ),
    # 20. Woman, olive-green button-down shirt-style top, long sleeves, buttons only, no pockets, tucked into white
    # trousers, potted plant. Caption, shirt/pants colors, sleeve, details, wearing ("he") BASE; type VQA.
    case(
        "MYN-W-TOP-11148826",
        caption("a woman in a green shirt and white pants"),
        color_of("shirt", "olive", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        B.sleeve_length("long"),
        B.garment_type(
            "blouse Question: What is the color of the blouse? Answer: olive Question: What is the color of the pants?",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt has buttons down the front and two chest pockets with flaps", "unsupported"),
        wearing("he is wearing a green shirt", "pronoun", who="he"),
        gender="Women",
        category="Tops",
        color="Olive",
        title="Vero Moda Women Olive Green Solid Shirt Style Top",
    ),
    # 21. Man, maroon hoodie, hood down, white drawstrings, blue jeans, white background. Caption, color, type,
    # jeans color, material BASE; shirt color VQA.
    case(
        "MYN-M-SWT-7789014",
        caption("a man in a maroon hoodie and blue jeans"),
        B.color("burgundy"),
        B.garment_type("hoodie"),
        color_of("shirt", _rep("maroon", 15, "-"), "loop", kind="open", hit_limit=True),
        color_of("jeans", "maroon", "other_garment_color", kind="open"),
        B.material("unknown", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Mast & Harbour Men Maroon Solid Hooded Sweatshirt",
    ),
    # 22. Woman, white flared palazzos (the product) under a navy kurta, studio. Caption, color, pants color, type,
    # details BASE; is_a VQA.
    case(
        "MYN-W-PAL-9102243",
        caption("a woman in a blue top and white pants"),
        B.color("navy blue", "other_garment_color"),
        color_of("pants", "white", kind="open"),
        B.garment_type("pants"),
        is_a(
            "skirt",
            "no Question: Is this a pair of pants? Answer: yes Question: Is this a pair of leggings? Answer: no",
            "leak",
            hit_limit=True,
        ),
        details("pants", "they are pants", "non_answer"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White Solid Flared Palazzos",
    ),
    # 23. Woman, black sleeveless square-neck bodycon midi dress, city street at night. Caption, color, sleeve,
    # material BASE; wearing VQA; describe CAP3.
    case(
        "MYN-W-DRS-14930018",
        caption("a woman in a black dress standing on a city street at night"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        wearing(_rep("dress", 30), "loop", who="she", hit_limit=True),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and it has a"
            " medium length. The neck",
            "cut",
            hit_limit=True,
        ),
        B.material("polyester and spandex blend that is stretchy and comfortable for all day wear", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black Solid Bodycon Midi Dress",
    ),
    # 24. Woman, navy A-line kurta with white ikat-style print, three-quarter sleeves, round neck, white trousers,
    # empty hands, white studio. Caption, color, pattern, type, wearing, material BASE; pants color VQA; details
    # CAP3.
    case(
        "MYN-W-KUR-12288430",
        caption("a woman in a blue and white dress holding a handbag", "unsupported"),
        B.color("dark blue"),
        B.pattern("printed"),
        B.garment_type("kurti"),
        wearing("a blue and white kurta", who="she"),
        color_of(
            "pants",
            "navy Question: What is the color of the shirt? Answer: navy Question: What is the color of the shorts?",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.material("fabric", "non_answer"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long pants. The pants are with"
            " cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Sangria Women Navy Blue & White Printed A-Line Kurta",
    ),
    # 25. Man, white tee with a small black Puma logo on the chest, black track pants, grey background. Caption,
    # colors, wearing ("she"), material, describe BASE; type CAP3.
    case(
        "MYN-M-TSH-10650297",
        caption("a man wearing a white t-shirt with a black puma logo"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.garment_type(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a woman wearing a white t-shirt and black pants", "pronoun", who="she"),
        B.material("cotton"),
        describe("shirt", "the shirt is a shirt", "restated"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Puma Men White Brand Logo Printed Pure Cotton Round Neck T-shirt",
    ),
    # 26. Woman, fuchsia-pink flared lehenga with gold embroidery, matching choli, net dupatta, flower-wall
    # wedding backdrop. Caption, color, pattern, is_a, material BASE; type VQA; wearing CAP1.
    case(
        "MYN-W-LEH-15009921",
        caption("a woman in a pink and gold lehenga standing in front of flowers"),
        B.garment_type(_rep("skirt", 30), "loop", hit_limit=True),
        B.color("magenta"),
        B.pattern("embroidered"),
        wearing(
            "The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady wears a long"
            " skirt with graphic patterns. The",
            "loop",
            who="she",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        B.material("net and silk with embroidery made by hand in rajasthan", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="panchhi Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 27. Man, light-pink formal shirt, full sleeves with buttoned cuffs, no tie, grey trousers, office. Caption,
    # colors, details, wearing ("she"), type BASE; sleeve VQA.
    case(
        "MYN-M-SHT-8340076",
        caption("a man in a pink shirt and gray pants standing in an office"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        B.sleeve_length(
            "long-sleeve Question: What is the color of the shirt? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        wearing("a pink shirt and grey trousers", who="she"),
        B.garment_type("t-shirt", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Louis Philippe Men Pink Slim Fit Formal Shirt",
    ),
    # 28. Toddler boy, light-blue tee with a white dinosaur print, white shorts, white background. Caption, color,
    # shorts color, wearing ("she"), is_a BASE; pattern CAP1.
    case(
        "MYN-K-BCS-11473380",
        caption("a little boy in a blue t-shirt with a dinosaur on it"),
        B.color("blue"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        wearing("she is wearing a blue shirt and white shorts", "pronoun", who="she"),
        B.pattern(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Boys",
        category="Clothing Set",
        color="Blue",
        title="Babyhug Boys Blue & White Printed T-shirt with Shorts",
    ),
    # 29. Woman, lavender tee with black "STAY WILD" lettering, blue denim shorts, park. Caption, color, pattern,
    # shorts color, details, material BASE; shirt color VQA.
    case(
        "MYN-W-TSH-9719854",
        caption("a woman in a purple shirt that says stay wild"),
        B.color("light purple"),
        B.pattern("letters"),
        color_of("shorts", "purple", "other_garment_color", kind="open"),
        color_of("shirt", _rep("lavender-black", 10), "loop", kind="open", hit_limit=True),
        details("shirt", "it says stay wild"),
        B.material("", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Typography Printed Round Neck T-shirt",
    ),
    # 30. Woman, mid-blue washed denim jacket over a white tee, black jeans, white sneakers, no jewellery, studio.
    # Caption, color, shirt/jeans colors, pattern, wearing BASE; sleeve CAP3.
    case(
        "MYN-W-JKT-13602219",
        caption("a woman in a denim jacket and black jeans"),
        B.color("blue"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        B.sleeve_length(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel."
            " The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        B.pattern("the pattern of the garment is a pattern", "restated"),
        wearing(
            "she is wearing a denim jacket, a white shirt, black jeans and white sneakers with a gold necklace",
            "unsupported",
            who="she",
        ),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="ONLY Women Blue Washed Denim Jacket",
    ),
    # 31. Product shot, no person: blue distressed jeans laid flat on white, ripped knees, faded wash. Caption,
    # jeans color, details, wearing BASE; type CAP3; is_a VQA.
    case(
        "MYN-M-JNS-12733108",
        caption("a pair of ripped blue jeans on a white background"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "ripped knees and faded wash"),
        wearing("he is wearing jeans", "unsupported", who="he"),
        B.garment_type(
            "The gentleman wears a long trousers. The trousers are with denim fabric and solid color patterns. The"
            " gentleman wears a long trousers. The trousers",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "pair of shorts",
            "no Question: Is this a pair of jeans? Answer: yes Question: What is the color of the jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mufti Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
    ),
    # 32. Woman seated on a stool, plain rust-orange kurta with long sleeves and small gold buttons at the neck,
    # beige palazzos, studio. Caption CAP3; color, pants color, type, sleeve, material, wearing BASE.
    case(
        "MYN-W-KUR-15877463",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long pants. The pants are with cotton fabric and solid color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("orange"),
        color_of("pants", "beige", kind="open"),
        B.garment_type("dress", "contradiction"),
        B.sleeve_length("short", "contradiction"),
        B.material("i don't know", "non_answer"),
        wearing("an orange kurta", who="she"),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Biba Women Rust Orange Solid Straight Kurta",
    ),
    # 33. Man, black kurta with white thread embroidery along the placket, white pyjama, Diwali string lights
    # behind. Seller gave only the category. Caption, color, pattern, pants color, wearing ("she"), is_a BASE;
    # type VQA.
    case(
        "MYN-M-KUR-6071192",
        caption("a man in a black kurta standing in front of lights"),
        B.color("black"),
        B.pattern("embroidered"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        wearing("a black dress", "contradiction", who="she"),
        B.garment_type(_rep("shirt", 30), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        gender="Men",
        category="Kurtas",
    ),
    # 34. Woman, mustard-yellow pleated midi A-line skirt, white tee tucked in, tan belt, street. Caption, color,
    # type, pattern, shirt color, details BASE; is_a VQA; material CAP1.
    case(
        "MYN-W-SKT-10395517",
        caption("a woman in a yellow skirt and white shirt walking down the street"),
        B.color("yellow"),
        B.garment_type("skirt"),
        B.pattern("pleated"),
        is_a(
            "skirt",
            "yes Question: Is this a dress? Answer: no Question: What is the color of the skirt? Answer: yellow",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "yellow", "other_garment_color", kind="open"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long skirt. The skirt is"
            " with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "it is a skirt", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Yellow",
        title="SASSAFRAS Women Yellow Pleated Midi A-Line Skirt",
    ),
    # 35. Girl of about ten, green kurta with pink floral print, pink sharara, pink dupatta, festive marigold
    # backdrop. Caption, color, pants color, wearing ("he"), material, type BASE; pattern CAP3.
    case(
        "MYN-K-GKS-14012856",
        caption("a little girl in a green and pink outfit"),
        B.color("green"),
        color_of("pants", "pink", kind="open"),
        wearing("he is wearing a green kurta", "pronoun", who="he"),
        B.pattern(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline"
            " is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.material("the material of the garment", "restated"),
        B.garment_type("lehenga", "contradiction"),
        gender="Girls",
        category="Kurta Sets",
        color="Green",
        title="Biba Girls Green & Pink Floral Printed Kurta with Sharara & Dupatta",
    ),
    # 36. Man, beige slim chinos (the product), navy polo tee, brown loafers, white background. Caption, colors,
    # type, details, wearing ("she"), material BASE; color VQA.
    case(
        "MYN-M-TRS-9560312",
        caption("a man in a blue polo shirt and khaki pants"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "navy", kind="open"),
        B.color(_rep("taupe", 30), "loop", hit_limit=True),
        B.garment_type("chinos"),
        details("pants", "the pants are the pants", "restated"),
        wearing("she's wearing a blue shirt and khaki pants", "pronoun", who="she"),
        B.material("cotton twill with a button fly and a hidden coin pocket", "unsupported"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Highlander Men Beige Slim Fit Chinos",
    ),
    # 37. Woman, red-and-black tartan-check A-line mini dress, long sleeves, black boots, no belt, back not shown,
    # autumn park. Caption, pattern, color, describe BASE; is_a VQA; type CAP3.
    case(
        "MYN-W-DRS-11906644",
        caption("a woman in a red plaid dress standing in a park"),
        B.pattern("plaid"),
        B.color("red and black"),
        is_a("dress", _rep("yes", 30), "loop", hit_limit=True),
        B.garment_type(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and it has a"
            " short length. The lady",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a red and black checked dress with a black leather belt and a gold zipper on the back",
            "unsupported",
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red & Black Checked A-Line Dress",
    ),
    # 38. Product shot, no person: khaki chino shorts laid flat on white. No seller colour. Caption, shorts color,
    # details, material BASE; wearing CAP3; type VQA.
    case(
        "MYN-K-BSH-7264409",
        caption("a pair of khaki shorts on a white background"),
        color_of("shorts", "beige", kind="open"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a short shorts."
            " The shorts are with cotton",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("shorts", "they are short", "non_answer"),
        B.material("cotton"),
        B.garment_type(_rep("shorts", 30), "loop", hit_limit=True),
        gender="Boys",
        category="Shorts",
        title="H&M Boys Khaki Cotton Chino Shorts",
    ),
    # 39. Woman, all-white chikankari kurta with white embroidery, white palazzos, white dupatta, standing before
    # a bright blue door. No seller title. Caption, color, pattern, sleeve, wearing (stops early), is_a BASE.
    case(
        "MYN-W-KST-13150987",
        caption("a woman in a white outfit standing in front of a blue door"),
        B.color("blue", "contradiction"),
        B.pattern("embroidered"),
        B.sleeve_length("3/4"),
        wearing("a white kurta and palazzo with a white dupatta and", "cut", who="she"),
        is_a("saree", "yes", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="White",
    ),
    # 40. Man, navy brocade Nehru jacket over a white kurta and white churidar, beige studio. Caption, color, type,
    # shirt color, pattern BASE; wearing CAP1.
    case(
        "MYN-M-NJK-10822745",
        caption("a man in a blue vest and white kurta"),
        B.color("white", "other_garment_color"),
        B.garment_type("vest"),
        color_of("shirt", "white", kind="open"),
        wearing(
            "The lady wears a sleeveless vest with graphic patterns. The lady wears a sleeveless vest with graphic"
            " patterns. The lady wears a sleeveless",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.pattern("the pattern is a pattern", "restated"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 41. Woman, sleeveless white peplum top in a light sheer fabric with black polka dots, black trousers, white
    # background. Caption CAP3 (ends on a full stop exactly at the limit); color, pattern, pants color, material,
    # wearing ("he") BASE; shirt color VQA.
    case(
        "MYN-W-TOP-16440301",
        caption(
            "The lady wears a sleeveless blouse with graphic patterns. The blouse is with chiffon fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and solid color"
            " patterns.",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("polka dots"),
        color_of("pants", "black", kind="open"),
        color_of(
            "shirt",
            "white-black Question: What is the color of the pants? Answer: white-black Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.material("nothing", "non_answer"),
        wearing("a man in a white and black polka dot shirt", "pronoun", who="he"),
        gender="Women",
        category="Tops",
        color="White",
        title="Harpa Women White & Black Polka Dot Print Peplum Top",
    ),
    # 42. Man running on a track in a black short-sleeve round-neck Dri-FIT tee with a small white swoosh, black
    # shorts; sides of the tee plain. Caption, colors, material, sleeve, is_a, details BASE.
    case(
        "MYN-M-TSH-11695580",
        caption("a man running on a track in a black shirt and black shorts"),
        color_of("shirt", "black", kind="open"),
        color_of("shorts", "black", kind="open"),
        B.material("polyester"),
        B.sleeve_length("long", "contradiction"),
        is_a("polo shirt", "yes", "contradiction"),
        details(
            "shirt",
            "the shirt has a swoosh logo on the chest and mesh panels on the sides for ventilation",
            "unsupported",
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Nike Men Black Dri-FIT Running T-shirt",
    ),
    # 43. Girl of about four, navy-and-white horizontal striped A-line dress with a small red bow at the neck,
    # short sleeves, playground. No seller gender. Caption, pattern, color, wearing, is_a, material BASE; type
    # CAP3.
    case(
        "MYN-K-GDR-8903364",
        caption("a little girl in a blue and white striped dress at a playground"),
        B.pattern("striped"),
        B.color("red", "contradiction"),
        B.garment_type(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric and it has a"
            " short length. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a dress", who="she"),
        is_a("dress", "yes"),
        B.material("what material is the garment made of", "restated"),
        category="Dresses",
        color="Navy Blue",
        title="Peppermint Girls Navy Blue & White Striped A-Line Dress",
    ),
    # 44. Man, olive full-sleeve casual shirt, black jeans, sunglasses, outdoors. Caption, colors, wearing ("she"),
    # type, material BASE; describe CAP1.
    case(
        "MYN-M-SHT-12517736",
        caption("a man in a green shirt and sunglasses standing outside"),
        color_of("shirt", "olive green", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("she is wearing a green shirt and black jeans", "pronoun", who="she"),
        B.garment_type("shirt"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. The",
            "cut",
            hit_limit=True,
        ),
        B.material("i'm not sure", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
    ),
]
