"""BLIND_110 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, in their own
questionnaire): written blind in the twentieth session. Measured blind at 494a355: 128/142 failures found (90.1%)
and 16/146 correct texts flagged (11.0%). The writer's notes, verbatim:

Blind corpus 110: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario: the original experiments' untuned base model and their fine-tuned LoRA adapters are run again on 44
products from a Myntra-style women's ethnic wear catalog: kurtas, kurtis, anarkalis, kurta sets with palazzos,
trousers or shararas, sarees, lehenga cholis, dupattas and ethnic gowns. The photos are on models, on mannequins and
flat packshots on white. Every product gets a caption and some of the experiments' own questions (BLIND_QUESTIONS:
garment type, color, pattern, sleeve length, material), the VQA data's yes/no garment question (is_a), the "What is
the color of the {garment}?" question (color_of) and, for some, the experiments' "What is she wearing?",
"Describe the ..." and "What are the ... details?" prompts. The seller columns are passed as catalog columns:
gender ("Women"), category (Myntra article type), color (Myntra base colour) and title; some products lack some.

Which system wrote which text (named again in the comment above each case):
- base: the untuned Salesforce/blip2-opt-2.7b (8-bit), greedy; it stops on the newline, so its texts are short.
- cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1). It still stops now and
  then (the base's newline survives one epoch) but often answers with the DeepFashion caption template.
- cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): the caption template for every
  prompt, runs to the token limit, loops.
- vqa: leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch): one-word In-shop style answers that never stop
  (loops), or the `Question: ... Answer:` format written back (prompt leaks).
Limits: 30 new tokens for answers, 50 for captions; hit_limit=True where the text ran to the limit.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout and the makers); no audit code, no other corpus, no docs. Every photo is imagined and described in
the comment above its case; every label was judged against that imagined photo and the seller columns.

Label conventions and judgement calls:
- One label per text: its main failure. A loop that also runs to the limit is "loop"; a prompt leak that repeats is
  "leak"; a caption-template answer cut at the limit is "cut".
- "cut": stopped mid-phrase, at the limit (hit_limit=True) or, once, before it (hit_limit=False).
- "non_answer": empty, "i don't know", or the caption template given to a question it does not answer (a color
  question answered with patterns and fabric, a yes/no question answered with a caption).
- "restated": the question's own words back, with no information ("the pattern of the garment is a pattern").
- "contradiction": a wrong color, garment type, pattern or sleeve length, or a "no" to the product's own garment;
  a background's color given as the garment's color counts here (a wall is no garment).
- "other_garment_color": the product (or the asked garment) given the color of another garment in the photo
  (the dupatta, the palazzos, the jeans, the blouse), while another text or the seller has the right one.
- "unsupported": invented details the photo does not show (pockets, buttons, zips, tassels, can-can, "handwoven in
  Varanasi"), and a caption-template "lady" on a flat packshot where no person is.
- "pronoun": he/his/man for the women's products worn by a woman.
- "leak": "Question:" / "Answer:" text in the output.
- Near-color synonyms are correct: pink for Magenta, yellow for Mustard, orange for Rust, maroon for Burgundy,
  cream / white for Off White and Cream, purple for Lavender and Mauve, green / teal for Teal, blue for Navy Blue,
  pink for Coral.
- "dress" for an anarkali or an ethnic gown is correct (the In-shop vocabulary has no kurta; the garment is
  dress-length and flared). "top" for a kurti is correct. "shirt" for a straight kurta is a contradiction.
- "scarf" for a dupatta and "pants" for palazzos or trousers are correct.
- A caption naming the background's color (white wall, green door, yellow wall, brick wall, orange flowers) is
  correct when it puts the garment's color on the garment.
- A saree's sleeve length is its blouse's; a lehenga choli's is its choli's.
- Material answers are correct when the title states the fabric or the photo plainly shows it (velvet, organza,
  sequinned tissue); chiffon for georgette is accepted.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing


def _rep(phrase: str, n: int) -> str:
    return " ".join([phrase] * n)


W = "Women"

BLIND_110: list[Case] = [
    # 1. On model: mustard yellow straight kurta with small red and green block-printed motifs, three-quarter
    # sleeves, worn with white palazzos (not in the product), grey studio backdrop.
    # base: caption, color, pattern, is_a, material; vqa: sleeve length; cap3: details.
    case(
        "MYN-ETH-11001",
        caption("a woman in a yellow kurta and white pants standing in front of a grey wall"),
        B.color("yellow"),
        B.pattern("printed"),
        B.sleeve_length(_rep("three quarter", 15), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        B.material("cotton"),
        details(
            "kurta",
            "the kurta has a round neckline, three-quarter sleeves and a straight hem with side slits. the kurta has "
            "a round neckline, three-quarter sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Straight Kurta",
    ),
    # 2. On model: navy blue kurta with white and pink florals, matching navy printed palazzos, a sheer white
    # dupatta over both shoulders, three-quarter sleeves, beige backdrop.
    # base: caption, color, pattern; cap1: dupatta color; vqa: wearing; cap3: palazzos color.
    case(
        "MYN-ETH-11002",
        caption("a woman wearing a blue floral kurta and pants with a white dupatta"),
        B.color("navy blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        B.pattern("floral"),
        wearing(_rep("she is wearing a dress.", 5) + " she is", "loop", who="she", hit_limit=True),
        color_of(
            "palazzos",
            "The lady wears a medium-sleeve dress with floral patterns. Her pants are of long length.",
            "non_answer",
        ),
        gender=W,
        category="Kurta Sets",
        color="Navy Blue",
        title="Libas Women Navy Blue Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 3. Flat packshot, no person: folded magenta Banarasi saree, gold zari border, pallu fanned out, small gold
    # buttas over the body, white background.
    # base: caption, garment type, pattern; vqa: is_a; cap1: material; cap3: details.
    case(
        "MYN-ETH-11003",
        caption("a pink and gold saree on a white background"),
        B.garment_type("saree"),
        B.pattern("woven"),
        is_a("saree", _rep("yes", 30), "loop", hit_limit=True),
        B.material("the saree is made of silk with a zari border and tassels on the pallu", "unsupported"),
        details(
            "saree",
            "the saree has a gold border and a woven pallu with paisley motifs and the body has small gold buttas "
            "all over the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Magenta",
        title="Mitera Magenta & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 4. On model: red lehenga with heavy gold embroidery, red choli with elbow sleeves, pink net dupatta over the
    # head and one shoulder, palace-style backdrop.
    # base: caption, color, dupatta color, is_a, description; vqa: garment type; cap3: wearing.
    case(
        "MYN-ETH-11004",
        caption("a woman in a red and gold lehenga with a pink dupatta"),
        B.color("red"),
        color_of("dupatta", "red", "other_garment_color"),
        B.garment_type(_rep("dress", 30), "loop", hit_limit=True),
        wearing(
            "The lady wears a long skirt with embroidered patterns. The skirt is with net fabric. There is an "
            "accessory on her neck and on her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        describe("lehenga", "he is wearing a red lehenga with gold embroidery", "pronoun"),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Panchhi Red & Golden Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 5. On model: teal green cotton anarkali, flared, gold embroidered yoke, full sleeves, teal churidar, white
    # backdrop.
    # cap1: caption (stopped), is_a; base: garment type, color, sleeve length; cap3: pattern.
    case(
        "MYN-ETH-11005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a pair of leggings."
        ),
        B.garment_type("dress"),
        B.color("teal"),
        B.sleeve_length("long"),
        B.pattern(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric.",
            "non_answer",
        ),
        gender=W,
        category="Kurtas",
        color="Teal",
        title="GERUA Women Teal Green Yoke Design Cotton Anarkali Kurta",
    ),
    # 6. On model: white short kurti with thin blue vertical stripes, short sleeves, blue jeans, a potted plant
    # behind her.
    # base: caption, jeans color, sleeve length, is_a; vqa: pattern; cap3: description; cap1: material.
    case(
        "MYN-ETH-11006",
        caption("a woman in a white and blue striped top and jeans"),
        color_of("jeans", "blue"),
        B.pattern(_rep("striped", 30), "loop", hit_limit=True),
        B.sleeve_length("short"),
        describe(
            "kurti",
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears long",
            "cut",
            hit_limit=True,
        ),
        is_a("kurti", "no", "contradiction"),
        B.material(
            "cotton Question: What is the sleeve length of the garment? Answer: short Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="White",
        title="Sangria Women White & Blue Striped Pure Cotton Kurti",
    ),
    # 7. On model: peach kurta with mirror work on the yoke and gota lace on the sleeves, full sleeves, peach
    # sharara, peach dupatta with gota border; a pale green door behind her.
    # base: caption, color, details, wearing; vqa: kurta color; cap3: sharara color; cap1: sleeve length.
    case(
        "MYN-ETH-11007",
        caption("a woman in a peach outfit standing in front of a green door"),
        B.color("peach"),
        color_of("kurta", _rep("green", 30), "loop", hit_limit=True),
        color_of("sharara", "the sharara is of long length and its fabric is chiffon", "non_answer"),
        details("kurta", "mirror work on the yoke and gota lace on the sleeves"),
        B.sleeve_length(_rep("long sleeves", 15), "loop", hit_limit=True),
        wearing("a peach kurta with a sharara and a dupatta", who="she"),
        gender=W,
        category="Kurta Sets",
        color="Peach",
        title="Vishudh Women Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
    ),
    # 8. Flat packshot, no person: green bandhani dupatta with pink and white dots and pink tassels along the edges,
    # spread on white.
    # base: caption, color, material, details; vqa: garment type, dupatta color; cap1: is_a.
    case(
        "MYN-ETH-11008",
        caption("a green and pink scarf with polka dots"),
        B.color("green"),
        B.garment_type(_rep("scarf", 30), "loop", hit_limit=True),
        is_a(
            "dupatta",
            "The lady wears a scarf with graphic patterns. The scarf is with cotton fabric. There is an accessory "
            "on her neck.",
            "non_answer",
        ),
        B.material("cotton"),
        details("dupatta", "tassels on the edges"),
        color_of(
            "dupatta",
            "green and pink Question: What is the pattern of the dupatta? Answer: bandhani Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Green",
        title="Dupatta Bazaar Green & Pink Bandhani Printed Pure Cotton Dupatta",
    ),
    # 9. On a mannequin, grey background: lime green flared lehenga with pink floral embroidery, pink choli with
    # short sleeves, lime dupatta with pink border.
    # base: caption, blouse color, description, is_a; cap1: sleeve length (stopped); cap3: material.
    case(
        "MYN-ETH-11009",
        caption("a green and pink lehenga on a mannequin"),
        color_of("blouse", "green", "other_garment_color"),
        describe("lehenga", "a green lehenga with pink embroidery and a pink blouse"),
        B.sleeve_length("short-sleeve"),
        is_a("lehenga", "no", "contradiction"),
        B.material(
            "The lady wears a long skirt with floral patterns. The skirt is with net fabric. The lady wears a "
            "short-sleeve top with pure color",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Lime Green",
        title="Inddus Lime Green & Pink Embroidered Ready to Wear Lehenga Choli",
    ),
    # 10. On model: maroon georgette maxi gown with small gold foil ethnic motifs, full sleeves, V neck, beige wall.
    # cap1: caption; base: color, sleeve length, pattern, wearing; cap3: dress color; vqa: is_a.
    case(
        "MYN-ETH-11010",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length."
        ),
        B.color("maroon"),
        color_of("dress", _rep("the dress is maroon in color and", 4) + " the dress is", "loop", hit_limit=True),
        B.sleeve_length("long sleeves"),
        B.pattern("solid", "contradiction"),
        wearing("she is wearing a maroon dress with a gold print", who="she"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Dresses",
        color="Maroon",
        title="Ahalyaa Maroon Ethnic Motifs Printed Georgette Maxi Ethnic Gown",
    ),
    # 11. On a headless dress form, grey backdrop: off-white cotton kurta with white chikankari embroidery,
    # three-quarter sleeves, round neck with keyhole.
    # base: caption, color, is_a; vqa: sleeve length; cap3: details; cap1: material.
    case(
        "MYN-ETH-11011",
        caption("a white embroidered kurta on a mannequin"),
        B.color("cream"),
        B.sleeve_length(_rep("three quarter sleeve", 10), "loop", hit_limit=True),
        details(
            "kurta",
            "the kurta has chikankari embroidery on the front and the sleeves and a round neckline with a keyhole "
            "opening at the front and scalloped",
            "cut",
            hit_limit=True,
        ),
        B.material(
            _rep("The garment is made of cotton fabric and its neckline is round.", 2) + " The garment is",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        category="Kurtas",
        color="Off White",
        title="Fabindia Women Off-White Chikankari Embroidered Cotton Straight Kurta",
    ),
    # 12. On model, white studio: navy georgette saree with silver sequins, navy sleeveless blouse, pallu over the
    # left shoulder.
    # base: caption, material, sleeve length, wearing; cap3: color; vqa: is_a; cap1: pattern.
    case(
        "MYN-ETH-11012",
        caption("a woman in a blue saree with silver sequins"),
        B.color(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape.",
            "non_answer",
        ),
        B.material("chiffon"),
        B.sleeve_length("sleeveless"),
        is_a("saree", _rep("yes", 30), "loop", hit_limit=True),
        wearing("he is wearing a blue saree", "pronoun", who="she"),
        B.pattern(
            "sequins Question: What is the sleeve length of the garment? Answer: sleeveless Question: What",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Navy Blue",
        title="Saree mall Navy Blue & Silver-Toned Sequinned Georgette Saree",
    ),
    # 13. Flat packshot, no person: pink kurta with a green leaf print laid above solid green palazzos, white
    # background; three-quarter sleeves.
    # base: caption, palazzos color, pattern, garment type; cap3: description; vqa: sleeve length.
    case(
        "MYN-ETH-11013",
        caption("a pink kurta and green pants laid out on a white surface"),
        color_of("palazzos", "pink", "other_garment_color"),
        B.pattern("floral"),
        describe(
            "kurta",
            _rep("the kurta is pink with green floral print and", 3) + " the kurta",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "medium sleeve Question: What is the sleeve length of the garment? Answer: medium sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Jaipur Kurti Women Pink & Green Printed Kurta with Palazzos",
    ),
    # 14. On model in a garden: sea green anarkali with pink floral embroidery on the yoke, full sleeves, sea green
    # trousers, pink organza dupatta.
    # base: caption, dupatta color, details, is_a; cap3: wearing; vqa: trousers color.
    case(
        "MYN-ETH-11014",
        caption("a woman in a green dress with a pink scarf standing in a garden"),
        color_of("dupatta", "pink"),
        wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("trousers", _rep("pink", 30), "loop", hit_limit=True),
        details("kurta", "pink flowers on the neck and pockets on the sides", "unsupported"),
        is_a("anarkali", "yes", article="an"),
        gender=W,
        category="Kurta Sets",
        color="Sea Green",
        title="Indo Era Women Sea Green Floral Embroidered Anarkali Kurta with Trousers & Dupatta",
    ),
    # 15. On model, grey backdrop: black sleeveless A-line kurta with a gold foil geometric print, black leggings.
    # Seller gender missing.
    # base: caption, sleeve length, leggings color; vqa: pattern; cap3: description; cap1: garment type.
    case(
        "MYN-ETH-11015",
        caption("a woman wearing a black and gold printed kurta"),
        B.sleeve_length("sleeveless"),
        color_of("leggings", "black"),
        B.pattern(_rep("graphic", 30), "loop", hit_limit=True),
        describe(
            "kurta",
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("the type of garment is a garment of the type", "restated"),
        category="Kurtas",
        color="Black",
        title="HERE&NOW Women Black & Gold-Toned Foil Printed A-Line Kurta",
    ),
    # 16. On model in front of a brick wall: yellow saree with red florals and a red border, red blouse with short
    # sleeves.
    # base: caption, blouse color, wearing; cap3: pattern, material; vqa: garment type.
    case(
        "MYN-ETH-11016",
        caption("a woman in a yellow saree standing in front of a brick wall"),
        color_of("blouse", "yellow", "other_garment_color"),
        B.pattern(_rep("floral", 30), "loop", hit_limit=True),
        wearing("a yellow saree with red flowers and a red blouse", who="she"),
        B.garment_type(
            "dress Question: What type of garment is this? Answer: dress Question: What type of garment is this?",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "the saree is made of pure georgette with a satin border and it comes with an unstitched blouse piece",
            "unsupported",
        ),
        gender=W,
        category="Sarees",
        color="Yellow",
        title="Kalini Yellow & Red Floral Printed Saree",
    ),
    # 17. On model against a white wall: rust orange solid kurti with a tie-up neck and tassels, three-quarter bell
    # sleeves, white jeans.
    # base: caption, color, jeans color, kurti color; cap3: details; cap1: sleeve length.
    case(
        "MYN-ETH-11017",
        caption("a woman wearing an orange top and white jeans"),
        B.color("orange"),
        color_of("jeans", "white"),
        color_of("kurti", "orange"),
        details(
            "kurti",
            "the kurti has a round neck with tie-up tassels, three-quarter bell sleeves and a curved hem with side "
            "slits on both",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeve length of the garment is the sleeve length", "restated"),
        gender=W,
        category="Kurtis",
        color="Rust",
        title="Global Desi Women Rust Orange Solid Tunic",
    ),
    # 18. On model at a wedding set with orange marigold garlands behind: powder blue lehenga with silver sequins,
    # matching sleeveless blouse, white net dupatta.
    # base: caption, color, lehenga color (the flowers'), dupatta color, wearing, sleeve length; cap1: description.
    case(
        "MYN-ETH-11018",
        caption("a woman in a blue lehenga standing in front of orange flowers"),
        B.color("light blue"),
        color_of("lehenga", "orange", "contradiction"),
        color_of("dupatta", "white"),
        describe(
            "lehenga",
            "the lehenga is blue with silver sequins and has a can-can attached for flare and comes with a matching "
            "potli bag",
            "unsupported",
        ),
        wearing("a man in a blue lehenga", "pronoun", who="she"),
        B.sleeve_length("long sleeves", "contradiction"),
        gender=W,
        category="Lehenga Choli",
        color="Blue",
        title="Mitera Blue & Silver-Toned Embellished Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # 19. On model: plain white cotton kurta (not the product) with the product, a red dupatta with gold zari
    # border, draped over both shoulders.
    # base: caption, color, dupatta color, garment type; vqa: is_a; cap3: pattern; cap1: material.
    case(
        "MYN-ETH-11019",
        caption("a woman in a white kurta with a red dupatta"),
        B.color("white", "other_garment_color"),
        color_of("dupatta", "red"),
        B.garment_type("dupatta"),
        is_a("dupatta", _rep("no", 30), "loop", hit_limit=True),
        B.pattern(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. There is a scarf on her neck.",
            "non_answer",
        ),
        B.material(
            "silk Question: What material is the garment made of? Answer: silk Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Red",
        title="Anouk Red & Gold-Toned Woven Design Dupatta with Zari",
    ),
    # 20. On model, pale pink backdrop: lavender kurta with small white florals, three-quarter sleeves, lavender
    # trousers, white dupatta with lavender print.
    # base: caption, color, pants color, sleeve length; cap3: kurta color; vqa: pattern; cap1: details.
    case(
        "MYN-ETH-11020",
        caption("a woman in a purple floral kurta with a white scarf"),
        B.color("purple"),
        color_of("pants", "purple"),
        color_of("kurta", "the color of the kurta is the color of the kurta", "restated"),
        B.pattern(
            "floral Question: What is the pattern of the garment? Answer: floral Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        details(
            "kurta",
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears long",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Lavender",
        title="Sangria Women Lavender Floral Printed Kurta with Trousers & Dupatta",
    ),
    # 21. Flat packshot, no person: folded bottle green Kanjeevaram saree with a broad gold border and gold pallu,
    # the gold blouse piece folded on top, white background.
    # base: caption, blouse color, material; cap1: garment type; vqa: pattern; cap3: details.
    case(
        "MYN-ETH-11021",
        caption("a green and gold silk saree"),
        color_of("blouse", "gold"),
        B.material("silk"),
        B.garment_type(
            "The lady wears a long dress with graphic patterns. The dress is with silk fabric.", "contradiction"
        ),
        B.pattern(_rep("lattice", 30), "loop", hit_limit=True),
        details(
            "saree",
            "the saree has a gold zari border with a temple design and the pallu has peacock motifs and the body "
            "has small checks with gold",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Green",
        title="Kalamandir Green & Gold-Toned Kanjeevaram Silk Blend Saree",
    ),
    # 22. On model in front of a yellow wall: indigo and white dabu printed cotton A-line midi dress, short sleeves.
    # base: caption, color, pattern, description; cap3: sleeve length; cap1: wearing (stopped).
    case(
        "MYN-ETH-11022",
        caption("a woman in a blue and white dress standing in front of a yellow wall"),
        B.pattern("printed"),
        B.color("blue"),
        B.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the garment? Answer: short-sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round.",
            who="she",
        ),
        describe("dress", "he is wearing a blue and white dress", "pronoun"),
        gender=W,
        category="Ethnic Dresses",
        color="Blue",
        title="Janasya Women Blue & White Ethnic Motifs Printed Cotton A-Line Midi Dress",
    ),
    # 23. On model against a white wall: grey melange straight kurta with a mandarin collar, full sleeves, black
    # pants.
    # base: caption, color, pants color; cap3: description; vqa: sleeve length; cap1: material.
    case(
        "MYN-ETH-11023",
        caption("a woman in a grey kurta and black pants"),
        B.color("grey"),
        color_of("pants", "grey", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is grey with a mandarin collar " + _rep("and a mandarin collar", 5),
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(_rep("long", 30), "loop", hit_limit=True),
        B.material("the fabric of the garment is made of fabric", "restated"),
        gender=W,
        category="Kurtas",
        color="Grey",
        title="Roadster Women Grey Melange Solid Straight Kurta",
    ),
    # 24. On model: multicoloured patchwork-print straight kurta (orange, blue and green blocks), three-quarter
    # sleeves, white palazzos.
    # base: caption, color, pants color, wearing, details; vqa: kurta color; cap1: pattern (stopped).
    case(
        "MYN-ETH-11024",
        caption("a woman wearing a colorful printed kurta and white pants"),
        B.color("multicolor"),
        color_of("kurta", _rep("blue", 30), "loop", hit_limit=True),
        wearing("a man wearing a colorful shirt and white pants", "pronoun", who="she"),
        B.pattern("color block"),
        details("kurta", "buttons on the front and a pocket", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Multi",
        title="W Women Multicoloured Printed Straight Kurta",
    ),
    # 25. On model in front of a white arch: olive green short kurta with a gold embroidered yoke, full sleeves,
    # olive sharara, olive dupatta with a gold border.
    # base: caption, color, is_a; vqa: dupatta color; cap3: wearing; cap1: garment type.
    case(
        "MYN-ETH-11025",
        caption("a woman in a green outfit standing in front of a white arch"),
        B.color("olive green"),
        color_of("dupatta", _rep("gold", 30), "loop", hit_limit=True),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        B.garment_type(
            "kurta set Question: What type of garment is this? Answer: kurta set Question: What type of",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Olive",
        title="Anouk Women Olive Green Yoke Design Kurta with Sharara & Dupatta",
    ),
    # 26. On model on a city street: black chiffon saree with white polka dots, black blouse with short sleeves.
    # Seller gender and color missing; a bare title.
    # base: caption, color, pattern; vqa: is_a; cap3: material; cap1: description.
    case(
        "MYN-ETH-11026",
        caption("a woman in a black and white polka dot saree standing on a street"),
        B.color("black"),
        B.pattern("polka dots"),
        is_a(
            "saree",
            "yes Question: Is this a saree? Answer: yes Question: Is this a saree? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        B.material("the garment is made of a material", "restated"),
        describe(
            "saree",
            "The lady wears a long dress with dotted patterns. The dress is with chiffon fabric and its neckline is "
            "v-shape. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        category="Sarees",
        title="Saree with blouse piece",
    ),
    # 27. Flat packshot, no person: pink semi-stitched lehenga skirt spread out with gold thread embroidery and a
    # broad embroidered hem, the unstitched blouse fabric and a pink dupatta with a scalloped border folded beside it.
    # base: caption, color, pattern, is_a; cap3: lehenga color, details; cap1: description.
    case(
        "MYN-ETH-11027",
        caption("a pink and gold lehenga on a white background"),
        B.color("pink"),
        color_of("lehenga", _rep("pink with gold embroidery", 7), "loop", hit_limit=True),
        is_a("lehenga", "no", "contradiction"),
        describe(
            "lehenga",
            "The lady wears a long skirt with embroidered patterns. The skirt is with silk fabric.",
            "unsupported",
        ),
        B.pattern("embroidered"),
        details(
            "lehenga",
            "the lehenga has gold thread embroidery all over and a broad embroidered border at the hem and the "
            "dupatta has a scalloped border with",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Fabpixel Pink Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # 28. On model against a beige wall: beige solid kurta with three-quarter sleeves and beige pants, holding a
    # brown leather handbag.
    # base: caption, color, garment type; vqa: kurta color; cap3: description; cap1: pattern, wearing.
    case(
        "MYN-ETH-11028",
        caption("a woman in a beige kurta holding a brown bag"),
        B.color("beige"),
        color_of("kurta", _rep("brown", 30), "loop", hit_limit=True),
        B.garment_type("kurta"),
        describe(
            "kurta",
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears long",
            "cut",
            hit_limit=True,
        ),
        B.pattern("the pattern of the garment is a pattern", "restated"),
        wearing(
            "a beige kurta and pants Question: What is she holding? Answer: a bag Question: What is she",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Beige",
        title="Aurelia Women Beige Solid Kurta",
    ),
    # 29. On model in front of a dark curtain: burgundy velvet anarkali gown with gold zardozi embroidery, full
    # sleeves.
    # base: caption, color, gown color (the curtain's), material, is_a, description; cap3: sleeve length;
    # cap1: garment type.
    case(
        "MYN-ETH-11029",
        caption("a woman in a maroon velvet dress with gold embroidery"),
        B.color("maroon"),
        color_of("gown", "black", "contradiction"),
        B.material("velvet"),
        B.sleeve_length(
            _rep("the sleeve length of the garment is long and", 3) + " the sleeve length",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        is_a("gown", "no", "contradiction"),
        describe("gown", "the man is wearing a maroon gown", "pronoun"),
        gender=W,
        category="Ethnic Dresses",
        color="Burgundy",
        title="Ethnovog Burgundy Embroidered Anarkali Gown",
    ),
    # 30. On model: white cotton kurta with red thread embroidery at the neckline, three-quarter sleeves, white
    # palazzos, a red mul dupatta. Seller gender and title missing.
    # base: caption, dupatta color, pattern; cap1: color; vqa: sleeve length; cap3: material.
    case(
        "MYN-ETH-11030",
        caption("a woman in a white kurta and pants with a red dupatta"),
        B.color("red", "other_garment_color"),
        color_of("dupatta", "red"),
        B.sleeve_length(_rep("medium", 30), "loop", hit_limit=True),
        B.material(_rep("cotton fabric", 15), "loop", hit_limit=True),
        B.pattern("embroidered"),
        category="Kurta Sets",
        color="White",
    ),
    # 31. On a mannequin, grey background: teal blue solid cotton saree with a thin white border stripe, teal blouse
    # with elbow sleeves.
    # base: caption, color, material, garment type; cap3: pattern; cap1: description.
    case(
        "MYN-ETH-11031",
        caption("a blue saree on a mannequin"),
        B.color("teal"),
        B.material("cotton"),
        B.garment_type("saree"),
        B.pattern(
            "The lady wears a long dress with striped patterns. The dress is with cotton fabric.", "contradiction"
        ),
        describe(
            "saree",
            "The lady wears a long dress with pure color patterns. The dress is with cotton fabric and its neckline "
            "is v-shape. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Teal",
        title="Suta Teal Blue Solid Pure Cotton Saree",
    ),
    # 32. On model outdoors: yellow kurti with a green floral print, sleeveless, blue jeans.
    # base: caption, color, jeans color, sleeve length; cap3: garment type; vqa: pattern; cap1: wearing.
    case(
        "MYN-ETH-11032",
        caption("a woman in a yellow floral top and blue jeans"),
        B.color("yellow"),
        color_of("jeans", "yellow", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.garment_type(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.pattern(_rep("floral", 30), "loop", hit_limit=True),
        wearing("The man wears a sleeveless tank top with floral patterns.", "pronoun", who="she"),
        gender=W,
        category="Kurtis",
        color="Yellow",
        title="Anubhutee Women Yellow & Green Floral Printed Kurti",
    ),
    # 33. On model: red straight kurta with a gold floral print, three-quarter sleeves, white churidar, no buttons or
    # pockets.
    # base: caption, color (empty), pattern, material, details; cap1: kurta color (stopped); vqa: is_a.
    case(
        "MYN-ETH-11033",
        caption("a woman in a red and gold kurta"),
        B.color("", "non_answer"),
        color_of("kurta", "red"),
        B.pattern("floral"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        details("kurta", "gold buttons on the front and two pockets", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Red",
        title="Biba Women Red & Gold-Toned Printed Kurta",
    ),
    # 34. On model at an old haveli: mustard lehenga with a green printed border, green choli with three-quarter
    # sleeves, mustard dupatta.
    # base: caption, blouse color, dupatta color; vqa: sleeve length; cap1: pattern (stopped); cap3: material.
    case(
        "MYN-ETH-11034",
        caption("a woman in a yellow and green lehenga"),
        color_of("blouse", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        B.sleeve_length(_rep("long sleeve", 15), "loop", hit_limit=True),
        B.pattern("printed"),
        B.material(_rep("the garment is made of cotton and", 4) + " the", "loop", hit_limit=True),
        gender=W,
        category="Lehenga Choli",
        color="Mustard",
        title="Warthy Ent Mustard Yellow & Green Printed Lehenga Choli",
    ),
    # 35. Flat packshot, no person: blue and white striped cotton straight kurta, full sleeves, white background.
    # base: caption, color, pattern, is_a; cap3: description; cap1: details (cut before the limit).
    case(
        "MYN-ETH-11035",
        caption("a blue and white striped shirt on a white background", "contradiction"),
        B.color("blue"),
        B.pattern("striped"),
        describe("kurta", _rep("striped patterns", 15), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a mandarin collar and a", "cut"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Nayo Women Blue & White Striped Cotton Straight Kurta",
    ),
    # 36. On model against a blue sky: ombre orange-to-pink chiffon saree, pink sleeveless blouse.
    # base: caption, color, pattern, material; vqa: saree color; cap3: sleeve length; cap1: wearing.
    case(
        "MYN-ETH-11036",
        caption("a woman in an orange and pink saree"),
        B.color("orange"),
        B.pattern("ombre"),
        color_of("saree", _rep("pink", 30), "loop", hit_limit=True),
        B.sleeve_length(
            "sleeveless Question: What is the pattern of the garment? Answer: gradient Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("chiffon"),
        wearing(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Orange",
        title="Ishin Orange & Pink Ombre Dyed Chiffon Saree",
    ),
    # 37. On model: coral kurti with small white printed motifs, three-quarter sleeves, white leggings.
    # base: caption, color, sleeve length, is_a; cap1: kurti color; vqa: garment type; cap3: wearing.
    case(
        "MYN-ETH-11037",
        caption("a woman in a pink top and white leggings"),
        B.color("coral"),
        color_of("kurti", "white", "other_garment_color"),
        B.sleeve_length("three quarter"),
        B.garment_type(
            "shirt Question: What type of garment is this? Answer: shirt Question: What type of garment is this?",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "His shirt has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The person "
            "wears leggings.",
            "pronoun",
            who="she",
        ),
        is_a("kurti", "yes"),
        gender=W,
        category="Kurtis",
        color="Coral",
        title="Vishudh Women Coral Pink Printed Kurti",
    ),
    # 38. On model: navy kurta (not the product) with the product, a pink phulkari dupatta embroidered in
    # multicoloured thread, over both shoulders. Seller gender and title missing.
    # base: caption, color, dupatta color, garment type, pattern; cap1: material (empty); cap3: details.
    case(
        "MYN-ETH-11038",
        caption("a woman wearing a blue kurta with a pink embroidered dupatta"),
        B.color("pink"),
        color_of("dupatta", "blue", "other_garment_color"),
        B.garment_type("kurta", "contradiction"),
        B.pattern("embroidered"),
        B.material("", "non_answer"),
        details(
            "dupatta",
            "the dupatta has phulkari embroidery in multicolor threads with geometric motifs and the dupatta has "
            "phulkari embroidery in multicolor threads with",
            "loop",
            hit_limit=True,
        ),
        category="Dupatta",
        color="Pink",
    ),
    # 39. Flat packshot, no person: mauve kurta, matching mauve trousers and a mauve dupatta with a silver print,
    # laid out on white; full sleeves.
    # base: caption, color, dupatta color, pattern, sleeve length; cap1: description; cap3: garment type.
    case(
        "MYN-ETH-11039",
        caption("a purple kurta, pants and scarf on a white background"),
        B.color("purple"),
        color_of("dupatta", "purple"),
        B.pattern("solid"),
        describe(
            "kurta",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears long",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.garment_type("the type of garment is a type of garment", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Mauve",
        title="KALINI Women Mauve Kurta with Trousers & Dupatta",
    ),
    # 40. On model against a black backdrop: gold tissue ethnic gown covered in sequins, full sleeves.
    # base: caption, color, pattern, wearing; vqa: dress color; cap3: sleeve length; cap1: material.
    case(
        "MYN-ETH-11040",
        caption("a woman in a gold dress on a black background"),
        B.color("gold"),
        color_of("dress", _rep("black", 30), "loop", hit_limit=True),
        B.pattern("sequined"),
        B.sleeve_length(
            "long-sleeve Question: What is the color of the garment? Answer: gold Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("the dress is made of pure silk with real gold zari handwoven in Varanasi", "unsupported"),
        wearing("he is wearing a gold dress", "pronoun", who="she"),
        gender=W,
        category="Ethnic Dresses",
        color="Gold",
        title="Kvsfab Gold-Toned Embellished Ethnic Gown",
    ),
    # 41. On model holding a white clutch: emerald green kurta with gotta patti on the yoke, three-quarter sleeves,
    # matching green palazzos.
    # base: caption, palazzos color, is_a, sleeve length; cap1: details (stopped); cap3: description.
    case(
        "MYN-ETH-11041",
        caption("a woman in a green kurta holding a white clutch"),
        color_of("palazzos", "green"),
        is_a("kurta", "yes"),
        details("kurta", "gotta patti on the neck"),
        describe(
            "kurta",
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short", "contradiction"),
        gender=W,
        category="Kurtas",
        color="Green",
        title="Libas Women Green Solid Kurta with Gotta Patti",
    ),
    # 42. On model outdoors: purple organza saree with pink florals, purple blouse with short puff sleeves.
    # base: caption, material, sleeve length, wearing; cap3: color; vqa: garment type; cap1: pattern (stopped).
    case(
        "MYN-ETH-11042",
        caption("a woman in a purple floral saree"),
        B.color(
            "The lady wears a long dress with floral patterns. The dress is with chiffon fabric and its neckline is "
            "v-shape.",
            "non_answer",
        ),
        B.garment_type(
            "saree Question: What type of garment is this? Answer: saree Question: What type of garment is this?",
            "leak",
            hit_limit=True,
        ),
        B.material("organza"),
        B.pattern("floral"),
        B.sleeve_length("short puff sleeves"),
        wearing("a man in a purple saree", "pronoun", who="she"),
        gender=W,
        category="Sarees",
        color="Purple",
        title="Mitera Purple Floral Organza Saree",
    ),
    # 43. On model outdoors among greenery: black anarkali kurta with a red floral print, full sleeves, black
    # churidar; no zip or pockets.
    # base: caption, color, leggings color, details; cap1: pattern (stopped); cap3: garment type.
    case(
        "MYN-ETH-11043",
        caption("a woman in a black floral dress"),
        color_of("leggings", "black"),
        B.color("black"),
        B.pattern("floral"),
        B.garment_type(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "zipper on the back and pockets", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Ishin Women Black Floral Printed Anarkali Kurta",
    ),
    # 44. On model in front of a carved wooden door: cream kurta with cream-on-cream threadwork, full sleeves,
    # cream palazzos.
    # base: caption, color, kurta color (the door's), pattern, description; cap1: sleeve length (stopped), material;
    # cap3: wearing.
    case(
        "MYN-ETH-11044",
        caption("a woman in a white kurta standing in front of a wooden door"),
        B.color("white"),
        color_of("kurta", "brown", "contradiction"),
        B.pattern("embroidered"),
        B.sleeve_length("long sleeves"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material("the material of the garment is the material", "restated"),
        describe("kurta", "he is wearing a white kurta with embroidery", "pronoun"),
        gender=W,
        category="Kurta Sets",
        color="Cream",
        title="House of Pataudi Women Cream Embroidered Kurta with Palazzos",
    ),
]
