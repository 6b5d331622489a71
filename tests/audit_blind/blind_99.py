"""BLIND_99 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the nineteenth session. Measured blind at ecb7749: 129/140 failures found (92.1%)
and 13/146 correct texts flagged (8.9%). The writer's notes, verbatim:

Blind corpus 99: BLIP-2 OPT-2.7b and the experiments' adapters on a Myntra-style marketplace sample.

Scenario: the original experiments' untuned base model and their fine-tuned adapters re-run on a random sample of
44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly
as such a catalog is: men's tees and shirts and women's kurtas most common, a few kids' items), one product per
item. Each product has one caption and the experiments' own closed questionnaire (BLIND_QUESTIONS: garment type,
color, pattern, sleeve length, material), with "Is this a ...?" (is_a) and "What is the color of the ...?"
(color_of) questions asked as the experiments asked them. Seller columns (gender, category, color, title) come
from the marketplace in its own words; a few products lack one of them.

Who wrote which text (named per text in the comment above each case):
- base: untuned Salesforce/blip2-opt-2.7b; short answers that stop on the newline, short captions.
- cap1 / cap3: the caption adapter after epoch 1 / epoch 3 (leoreigoto/Data2_V2_...Caption...); returns the
  DeepFashion-MultiModal caption template ("The lady wears a short-sleeve T-shirt with pure color patterns...")
  for every prompt, with pattern words instead of hues, and usually runs on to the token limit.
- vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA); one-word or vendor-style answers that do not stop: they
  loop ("black-black-black...") or go on with the next "Question: ... Answer: ..." of its training format.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the layout,
the makers and TARGETS); nothing else of the project. The photos are imagined and described in the comments.

Label conventions and judgement calls:
- One label per text: the most evident failure. A text that runs to the token limit (30 new tokens for answers,
  50 for captions) and stops mid-phrase is "cut" with hit_limit=True; if it is a loop or a prompt leak before
  that, it is "loop" or "leak" (with hit_limit=True when it reached the limit). A few texts are cut short of the
  limit (hit_limit=False).
- I avoided double faults where I could: a caption with the wrong pronoun is otherwise right, a cut caption
  template uses the right pronoun ("The gentleman", "This person").
- Fine-tuned outputs that end at a full stop short of the limit are taken as the model stopping on the newline
  (it sometimes still does); judged on content like any other text.
- A caption template with no hue names ("pure color patterns", "floral patterns") is correct when its garment,
  sleeves and pattern fit the photo; DeepFashion has no kurta or saree, so template garments on ethnic wear were
  kept out of correct texts.
- Near colors are correct: navy / dark blue, maroon / burgundy / dark red, off-white / cream / white,
  olive / green, mustard / yellow, lavender / light purple, beige / khaki, teal blue / blue, grey melange / grey.
  Patterned garments may be answered with two colors ("blue and white", "red and black").
- Backgrounds named in captions (walls, beach, flowers, floor) are correct; a color answer that gives the
  background's color to the garment is a "contradiction".
- "other_garment_color": the product's color question (color, or color_of its own garment) answered with the
  color of another garment in the photo, while another text (caption or another answer) has it right.
  A non-product garment (the jeans under a shirt) given the product's color is a "contradiction".
- Layers: an inner tee's or an over-jacket's color asked by color_of("shirt") / color_of("jacket") is judged on
  that garment; seller color of a set refers to its main piece.
- A wrong garment or sleeve or pattern ("dress" for a kurta, "yes" to "Is this a skirt?" for a dress, "long" for
  sleeveless) is a "contradiction".
- Material answers a shopper could read off the photo (denim, cotton tee, fleece hoodie, tulle, silk saree) are
  correct; invented specifics (100% cotton, machine washable, Egyptian cotton, brands, accessories that aren't
  there) are "unsupported".
- "non_answer": empty, "i don't know", "not sure", "nothing", or an answer about something else entirely.
  "restated": the question's words given back ("the material of the garment is a material").
- "pronoun": the person called by the wrong sex for the seller's gender (a man for a women's kurta, "The lady" on
  a men's shirt, "a little boy" on a girls' tee).
- color_of texts are stored kind="open" (the experiments generated them freely).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, is_a

gt, col, pat, slv, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material


def cof(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_99: list[Case] = [
    # 1. Man in a navy round-neck tee and light-grey jeans, white studio background.
    # caption base; garment_type base; color vqa (loop); pattern base; material cap3 (cut); color_of jeans base;
    # sleeve base (non-answer); is_a base.
    case(
        "MYN-M-TS-1001",
        caption("a man wearing a navy blue t-shirt and grey jeans"),
        gt("t-shirt"),
        col(
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        mat(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its",
            "cut",
            hit_limit=True,
        ),
        cof("jeans", "grey"),
        slv("not sure", "non_answer"),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Man in a blue-and-white checked long-sleeve shirt, beige chinos, grey backdrop.
    # caption cap3 (cut at 50); garment_type base; color base; pattern vqa (loop); sleeve base; color_of pants base
    # (the chinos given the shirt's blue).
    case(
        "MYN-M-SH-1002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with"
            " cotton fabric and it has a lapel collar. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gt("shirt"),
        col("blue and white"),
        pat(
            "lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice",
            "loop",
            hit_limit=True,
        ),
        slv("long"),
        cof("pants", "blue", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HIGHLANDER Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 3. Woman in a maroon straight kurta with a gold embroidered yoke, three-quarter sleeves, white palazzos.
    # caption base; garment_type vqa (loop); color base; sleeve vqa (leak); is_a base; color_of kurta base (the
    # palazzos' white).
    case(
        "MYN-W-KU-1003",
        caption("a woman in a burgundy kurta and white pants"),
        gt(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        col("dark red"),
        slv(
            "three-quarter Question: What is the color of the kurta? Answer: maroon Question: What is",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        cof("kurta", "white", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon Yoke Design Straight Kurta",
    ),
    # 4. Woman in a white puff-sleeve top tucked into blue jeans, standing against a pink wall.
    # caption base; garment_type base; color vqa (leak); sleeve base; material base (invented care label); pattern
    # cap3 (cut).
    case(
        "MYN-W-TP-1004",
        caption("a woman in a white top and jeans standing against a pink wall"),
        gt("blouse"),
        col(
            "white Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        slv("short puff sleeves"),
        mat("it is made of 100% cotton and is machine washable", "unsupported"),
        pat(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Solid Puff Sleeve Top",
    ),
    # 5. Man in black slim jeans and an untucked white tee, white sneakers, studio.
    # caption cap1 (stopped cleanly, template right); garment_type base; color base (the tee's white);
    # pattern vqa (loop); color_of jeans base; color_of shirt base; material base (non-answer).
    case(
        "MYN-M-JN-1005",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        gt("jeans"),
        col("white", "other_garment_color"),
        pat(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        cof("jeans", "black"),
        cof("shirt", "white"),
        mat("i don't know", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 6. Woman in a sleeveless knee-length yellow A-line dress with a small white floral print, in a garden.
    # caption base; garment_type vqa (leak); color base; pattern cap3 (template, cut); sleeve base ("long sleeves"
    # for a sleeveless dress); is_a base; material base (invents a zip and a belt).
    case(
        "MYN-W-DR-1006",
        caption("a woman in a yellow floral dress standing in a garden"),
        gt(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        col("yellow"),
        pat(
            "The lady wears a tank dress with floral patterns. The dress is with chiffon fabric. It has a v-shape",
            "cut",
            hit_limit=True,
        ),
        slv("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        mat("cotton with a hidden side zip and a matching belt", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Yellow",
        title="HERE&NOW Women Yellow Floral Print A-Line Dress",
    ),
    # 7. Man in an off-white self-design straight kurta, white churidar, full sleeves, beige backdrop.
    # caption base; garment_type base; color vqa (loop); pattern base (tone-on-tone reads solid); is_a vqa ("no":
    # the VQA data never had kurtas); material cap1 (cut).
    case(
        "MYN-M-KU-1007",
        caption("a man in a white kurta standing in front of a beige wall"),
        gt("kurta"),
        col(
            "off white-cream-off white-cream-off white-cream-off white-cream-off white-cream-off",
            "loop",
            hit_limit=True,
        ),
        pat("solid"),
        is_a("kurta", "no", "contradiction"),
        mat(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Self Design Straight Kurta",
    ),
    # 8. Woman in a blue anarkali kurta with white block print, three-quarter sleeves, white leggings.
    # caption base (a man); color base; pattern base; sleeve vqa (loop); is_a base; color_of pants base (the white
    # leggings given the kurta's blue).
    case(
        "MYN-W-KU-1008",
        caption("a man in a blue and white kurta", "pronoun"),
        col("blue"),
        pat("printed"),
        slv(
            "three-quarter-three-quarter-three-quarter-three-quarter-three-quarter-three-quarter-three",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        cof("pants", "blue", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Libas Women Blue & White Printed Anarkali Kurta",
    ),
    # 9. Product shot, no person: black tee with a large white graphic print, flat on a white background.
    # caption base; garment_type base; color base; pattern vqa (loop); is_a vqa (leak); material base; sleeve
    # base (restated).
    case(
        "MYN-M-TS-1009",
        caption("a black t-shirt with a white graphic on the front"),
        gt("t-shirt"),
        col("black"),
        pat(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "yes Question: What is the color of the t-shirt? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        mat("cotton"),
        slv("the sleeve length of the t-shirt", "restated"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 10. Woman in an olive-green long-sleeve wrap top and black trousers.
    # caption cap3 (cut); color base; pattern vqa (leak); sleeve base; color_of pants base (the trousers given the
    # top's green).
    case(
        "MYN-W-TP-1010",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " chiffon fabric and its neckline is v-shape. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        col("olive"),
        pat(
            "pure color Question: What is the color of the blouse? Answer: green Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        slv("long"),
        cof("pants", "green", "contradiction"),
        gender="Women",
        category="Tops",
        color="Green",
        title="Tokyo Talkies Women Green Solid Wrap Top",
    ),
    # 11. Man in a white formal shirt, navy trousers, grey backdrop.
    # caption base; garment_type vqa (loop); color base; sleeve cap3 (cut); material base (invented fabric);
    # color_of pants base.
    case(
        "MYN-M-SH-1011",
        caption("a man in a white shirt and blue pants"),
        gt(
            "shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt",
            "loop",
            hit_limit=True,
        ),
        col("white"),
        slv(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is"
            " with cotton",
            "cut",
            hit_limit=True,
        ),
        mat("the shirt is made of egyptian cotton with a wrinkle free finish", "unsupported"),
        cof("pants", "navy blue"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 12. Woman in a pink kurta with a green floral print, green palazzos, green dupatta over one shoulder.
    # caption base (the layers named); garment_type base; color vqa (loop); pattern base; material cap1 (cut);
    # is_a dress base ("no", right); sleeve cap3 (cut).
    case(
        "MYN-W-KS-1012",
        caption("a woman wearing a pink kurta with green pants and a green scarf"),
        gt("kurta"),
        col("pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink", "loop", hit_limit=True),
        pat("floral"),
        mat(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a"
            " round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        slv(
            "The lady wears a long-sleeve dress with floral patterns and a long pants. The dress is with cotton"
            " fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Anubhutee Women Pink & Green Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 13. Woman draped in a red Banarasi saree with a wide gold zari border, red blouse, indoor.
    # caption base; garment_type vqa (leak); color base; pattern cap3 (cut); sleeve base (says nothing of the
    # sleeves); material base.
    case(
        "MYN-W-SA-1013",
        caption("a woman in a red sari with a gold border"),
        gt(
            "dress Question: What is the color of the dress? Answer: red Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        col("red and gold"),
        pat(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with silk fabric. It has a"
            " round neckline",
            "cut",
            hit_limit=True,
        ),
        slv("it is a saree", "non_answer"),
        mat("silk"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # 14. Man in a grey melange polo and mid-blue jeans.
    # caption base; garment_type base; color vqa (loop); color_of jeans base (the shirt's grey again); color_of
    # shirt base; material base (restated); pattern base (invents a chest logo).
    case(
        "MYN-M-TS-1014",
        caption("a man wearing a gray polo shirt and jeans"),
        gt("polo shirt"),
        col(
            "heather grey-heather grey-heather grey-heather grey-heather grey-heather grey-heather",
            "loop",
            hit_limit=True,
        ),
        cof("jeans", "grey", "contradiction"),
        cof("shirt", "grey"),
        mat("the material of the garment is a material", "restated"),
        pat("solid with a small logo on the chest", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Polo T-shirt",
    ),
    # 15. Woman in a mustard A-line kurta with short sleeves, white leggings.
    # caption base; garment_type base; color base; pattern vqa (leak); sleeve vqa (loop); material base (empty).
    case(
        "MYN-W-KU-1015",
        caption("a woman in a yellow kurta and white leggings"),
        gt("kurta"),
        col("mustard"),
        pat(
            "solid Question: What is the pattern of the kurta? Answer: solid Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        slv(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short",
            "loop",
            hit_limit=True,
        ),
        mat("", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="W Women Mustard Yellow Solid A-Line Kurta",
    ),
    # 16. Man in an olive utility shirt with two flap pockets, worn open over a white tee, black jeans. No title.
    # caption cap3 (stopped cleanly; "The lady"); color base; color_of shirt base (the inner tee's white); sleeve
    # base; material vqa (loop).
    case(
        "MYN-M-SH-1016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric. The pants are with denim fabric.",
            "pronoun",
        ),
        col("green"),
        cof("shirt", "white", "other_garment_color"),
        slv("long"),
        mat(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
    ),
    # 17. Woman in a black midi wrap dress with white polka dots, short sleeves, white wall.
    # caption base; garment_type base; color base; pattern base; sleeve vqa (leak); is_a skirt base ("yes");
    # material cap1 (cut).
    case(
        "MYN-W-DR-1017",
        caption("a woman in a black and white polka dot dress"),
        gt("dress"),
        col("black and white"),
        pat("polka dots"),
        slv(
            "short Question: What is the length of the dress? Answer: midi Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        mat(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Berrylush Women Black Polka Dot Print Wrap Dress",
    ),
    # 18. Boy in a red tee with a green dinosaur print, blue denim shorts, white background.
    # caption base; color cap3 (template, cut); pattern base; color_of shorts base (the tee's red); sleeve base;
    # is_a vqa (loop).
    case(
        "MYN-B-TS-1018",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        col(
            "This person wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt"
            " is with",
            "cut",
            hit_limit=True,
        ),
        pat("printed"),
        cof("shorts", "red", "contradiction"),
        slv("short sleeves"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # 19. Woman in light-blue skinny jeans and a white crop top, white sneakers, on a street.
    # caption base; garment_type base; color base (the top's white); color_of jeans base; material cap1 (cut);
    # is_a base; pattern cap3 (cut).
    case(
        "MYN-W-JN-1019",
        caption("a woman in a white top and blue jeans walking down the street"),
        gt("jeans"),
        col("white", "other_garment_color"),
        cof("jeans", "light blue"),
        mat(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        pat(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with"
            " denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DOLCE CRUDO Women Blue Skinny Fit High-Rise Jeans",
    ),
    # 20. Man in a navy pullover hoodie (hood down, white drawstrings) and grey joggers.
    # caption cap3 (stopped cleanly; "The lady"); garment_type base; color base; color_of pants base (the hoodie's
    # navy); sleeve vqa (loop); material base.
    case(
        "MYN-M-SW-1020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        gt("hoodie"),
        col("navy blue"),
        cof("pants", "navy blue", "contradiction"),
        slv(
            "long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long",
            "loop",
            hit_limit=True,
        ),
        mat("fleece"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Hooded Sweatshirt",
    ),
    # 21. Woman in a teal straight kurta with gold-foil ethnic motifs, three-quarter sleeves, beige trousers.
    # caption base; garment_type vqa ("tee", stopped); color base; sleeve cap3 (cut); material base; is_a base;
    # color_of pants base (the kurta's teal).
    case(
        "MYN-W-KU-1021",
        caption("a woman in a teal kurta with gold print"),
        gt("tee", "contradiction"),
        col("blue"),
        slv(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton"
            " fabric and its",
            "cut",
            hit_limit=True,
        ),
        mat("rayon"),
        is_a("kurta", "yes"),
        cof("pants", "teal", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Sangria Women Teal Blue Ethnic Motifs Printed Straight Kurta",
    ),
    # 22. Man in beige slim chinos and a navy polo, brown loafers.
    # caption base; garment_type base; color base; color_of pants base (the polo's blue); material vqa (leak);
    # is_a jeans base ("yes"); sleeve base ("she" for the man).
    case(
        "MYN-M-TR-1022",
        caption("a man in a blue polo shirt and khaki pants"),
        gt("pants"),
        col("khaki"),
        cof("pants", "blue", "other_garment_color"),
        mat(
            "cotton Question: What is the color of the pants? Answer: khaki Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        slv("she is wearing a short sleeve polo", "pronoun"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 23. Product shot, no person: black sleeveless crop top with lace trim at the hem, white background. No title.
    # caption base; garment_type base; color vqa (loop); sleeve base; material cap1 (stopped; invents a wearer and
    # an accessory); pattern base (non-answer).
    case(
        "MYN-W-TP-1023",
        caption("a black tank top with lace trim"),
        gt("tank top"),
        col(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        slv("sleeveless"),
        mat(
            "The tank top is with cotton fabric. It has a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        pat("n/a", "non_answer"),
        gender="Women",
        category="Tops",
        color="Black",
    ),
    # 24. Man in a dark-brown faux-leather biker jacket worn open over a black tee, black jeans.
    # caption base; garment_type base; color base (the tee's and jeans' black); color_of jacket base; color_of
    # shirt base (inner tee); sleeve vqa (leak); pattern cap3 (cut).
    case(
        "MYN-M-JK-1024",
        caption("a man in a brown leather jacket and black jeans"),
        gt("jacket"),
        col("black", "other_garment_color"),
        cof("jacket", "brown"),
        cof("shirt", "black"),
        slv(
            "long Question: What is the color of the jacket? Answer: brown Question: What is the color of the jeans?",
            "leak",
            hit_limit=True,
        ),
        pat(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with"
            " leather",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Brown",
        title="Roadster Men Brown Solid Biker Jacket",
    ),
    # 25. Girl in a sleeveless pink fit-and-flare dress with a tulle skirt, white background.
    # caption base; color base; pattern vqa (loop); sleeve base ("short" for sleeveless); material base; is_a vqa
    # (leak); garment_type base (empty).
    case(
        "MYN-G-DR-1025",
        caption("a little girl in a pink dress"),
        col("pink"),
        pat(
            "pure color-pure color-pure color-pure color-pure color-pure color-pure color-pure",
            "loop",
            hit_limit=True,
        ),
        slv("short", "contradiction"),
        mat("tulle"),
        is_a(
            "dress",
            "yes Question: Is this a skirt? Answer: no Question: Is this a romper? Answer: no Question:",
            "leak",
            hit_limit=True,
        ),
        gt("", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Self Design Fit and Flare Dress",
    ),
    # 26. Man in a white tee with navy horizontal stripes and khaki shorts, studio.
    # caption cap3 (cut); garment_type base; color base; pattern base; color_of shorts base (the tee's white);
    # material vqa (loop).
    case(
        "MYN-M-TS-1026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The"
            " T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gt("t-shirt"),
        col("white and blue"),
        pat("stripes"),
        cof("shorts", "white", "contradiction"),
        mat(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Jack & Jones Men White Striped Round Neck T-shirt",
    ),
    # 27. Woman in black ankle-length leggings under a long white printed kurti.
    # caption base; garment_type base; color base (the kurti's white); color_of pants base; pattern vqa (leak);
    # sleeve base (restated); material base (invented fibre percentages).
    case(
        "MYN-W-LG-1027",
        caption("a woman in a white kurta and black leggings"),
        gt("leggings"),
        col("white", "other_garment_color"),
        cof("pants", "black"),
        pat(
            "solid Question: What is the color of the leggings? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        slv("the sleeve length of the garment", "restated"),
        mat("the leggings are made of 95% cotton and 5% spandex", "unsupported"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 28. Man in a red-and-black buffalo-check flannel shirt, open over a grey tee, blue jeans.
    # caption base (layers named); color base; pattern base; color_of shirt base (the inner tee's grey); sleeve
    # vqa (loop); material cap3 (cut).
    case(
        "MYN-M-SH-1028",
        caption("a man wearing a red and black plaid shirt over a gray t-shirt"),
        col("red and black"),
        pat("plaid"),
        cof("shirt", "grey", "other_garment_color"),
        slv("long-long-long-long-long-long-long-long-long-long-long-long-long-long-long", "loop", hit_limit=True),
        mat(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it"
            " has a lapel",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Red",
        title="WROGN Men Red & Black Checked Slim Fit Casual Shirt",
    ),
    # 29. Woman in a lavender kurta with thread embroidery at the neckline, matching lavender trousers, 3/4 sleeves.
    # caption base; garment_type vqa (leak); color base; pattern base; sleeve base; material base (non-answer);
    # is_a base.
    case(
        "MYN-W-KS-1029",
        caption("a woman in a purple kurta and pants"),
        gt(
            "romper Question: What is the color of the romper? Answer: purple Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        col("light purple"),
        pat("embroidered"),
        slv("3/4 sleeves"),
        mat("it's hard to say", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurta Sets",
        color="Lavender",
        title="Indo Era Women Lavender Embroidered Kurta with Trousers",
    ),
    # 30. Man in a yellow full-sleeve kurta with white pyjamas.
    # caption base (a woman); color base; color_of pants base (the kurta's yellow); pattern base; sleeve cap1
    # (cut); is_a vqa (loop).
    case(
        "MYN-M-KS-1030",
        caption("a woman in a yellow kurta and white pants", "pronoun"),
        col("yellow"),
        cof("pants", "yellow", "contradiction"),
        pat("solid"),
        slv(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Yellow",
        title="VASTRAMAY Men Yellow Solid Kurta with Pyjamas",
    ),
    # 31. Woman in a peach tee with a small white logo print, black track pants, gym backdrop.
    # caption base; color vqa (loop); pattern base; sleeve base; material base (invented fibre content);
    # color_of pants base; is_a cap1 (template, cut).
    case(
        "MYN-W-TS-1031",
        caption("a woman in a peach t-shirt and black pants"),
        col(
            "peach-coral-peach-coral-peach-coral-peach-coral-peach-coral-peach-coral-peach",
            "loop",
            hit_limit=True,
        ),
        pat("logo print"),
        slv("short sleeves"),
        mat("the t-shirt is made of organic cotton and recycled polyester", "unsupported"),
        cof("pants", "black"),
        is_a(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Peach",
        title="Puma Women Peach Printed Round Neck T-shirt",
    ),
    # 32. Boy in a white kurta with a blue printed Nehru jacket over it, white pyjamas.
    # caption base (the jacket read as a vest); garment_type base; color base; color_of jacket base; color_of
    # pants base (the jacket's blue); pattern vqa (leak); sleeve cap3 (cut).
    case(
        "MYN-B-KS-1032",
        caption("a young boy in a blue vest and white pants"),
        gt("kurta"),
        col("blue"),
        cof("jacket", "blue"),
        cof("pants", "blue", "contradiction"),
        pat(
            "graphic Question: Is this a vest? Answer: yes Question: Is this a vest? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        slv(
            "This person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This"
            " person wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Blue",
        title="Jashvi Boys Blue & White Kurta with Pyjamas and Nehru Jacket",
    ),
    # 33. Woman in a long-sleeve navy maxi dress with pink and white flowers, by a white brick wall.
    # caption cap3 (stopped cleanly, template right); garment_type base; color base (a print color); pattern base;
    # sleeve vqa (leak); material base (non-answer).
    case(
        "MYN-W-DR-1033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long length."
        ),
        gt("maxi dress"),
        col("pink", "contradiction"),
        pat("floral"),
        slv(
            "long-sleeve Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is",
            "leak",
            hit_limit=True,
        ),
        mat("i'm not sure", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Sera Women Navy Blue Floral Print Maxi Dress",
    ),
    # 34. Product shot, no person: bottle-green long-sleeve henley tee laid flat on a wooden floor. No title.
    # caption base (floor named); color base (the floor's brown); pattern base; sleeve base; material vqa (leak);
    # is_a base ("no").
    case(
        "MYN-M-TS-1034",
        caption("a green shirt laying on a wooden floor"),
        col("brown", "contradiction"),
        pat("solid"),
        slv("long"),
        mat(
            "cotton Question: What is the color of the shirt? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "no", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Green",
    ),
    # 35. Woman in off-white flared palazzos with a small black block print, black short-sleeve kurti.
    # caption base; garment_type base; color base (the kurti's black); color_of pants base; material cap3 (cut);
    # is_a skirt base ("yes").
    case(
        "MYN-W-PZ-1035",
        caption("a woman in a black top and white printed pants"),
        gt("pants"),
        col("black", "other_garment_color"),
        cof("pants", "cream"),
        mat(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The pants are with cotton"
            " fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        category="Palazzos",
        color="Off White",
        title="AKS Women Off-White Printed Flared Palazzos",
    ),
    # 36. Man in mid-blue skinny jeans with ripped knees, white shirt, brown boots.
    # caption base; garment_type base; color base; pattern vqa (leak); color_of shirt base (the jeans' blue);
    # material base; color_of jeans vqa (loop).
    case(
        "MYN-M-JN-1036",
        caption("a man in a white shirt and ripped jeans"),
        gt("jeans"),
        col("blue"),
        pat(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        cof("shirt", "blue", "contradiction"),
        mat("denim"),
        cof(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Distressed Jeans",
    ),
    # 37. Woman in a bottle-green A-line kurta with a multicolor floral print, 3/4 sleeves, white churidar, in
    # front of a bed of red flowers.
    # caption base (flowers named); garment_type base; color base (the flowers' red); pattern base; sleeve vqa
    # (loop); is_a cap1 (template, cut).
    case(
        "MYN-W-KU-1037",
        caption("a woman in a green kurta standing in front of red flowers"),
        gt("kurta"),
        col("red", "contradiction"),
        pat("floral"),
        slv("3/4th-3/4th-3/4th-3/4th-3/4th-3/4th-3/4th-3/4th-3/4th-3/4th", "loop", hit_limit=True),
        is_a(
            "kurta",
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Biba Women Green Floral Printed A-Line Kurta",
    ),
    # 38. Man in a maroon short-sleeve henley tee and grey chinos.
    # caption cap3 (stopped cleanly; "The lady"); color base; color_of pants base; pattern base (restated);
    # sleeve base; material vqa (leak).
    case(
        "MYN-M-TS-1038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric. The pants are with cotton fabric.",
            "pronoun",
        ),
        col("burgundy"),
        cof("pants", "gray"),
        pat("the pattern is the pattern of the shirt", "restated"),
        slv("short"),
        mat(
            "cotton Question: What is the material of the pants? Answer: cotton Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Roadster Men Maroon Solid Henley Neck T-shirt",
    ),
    # 39. Woman in a short-sleeve peplum top with a blue, orange and yellow geometric print, white jeans.
    # caption base; color base; pattern base; color_of jeans base; sleeve cap3 (cut); material base (non-answer);
    # is_a dress base ("yes").
    case(
        "MYN-W-TP-1039",
        caption("a woman wearing a colorful top and white jeans"),
        col("multicolor"),
        pat("geometric"),
        cof("jeans", "white"),
        slv(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon"
            " fabric and",
            "cut",
            hit_limit=True,
        ),
        mat("nothing", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Tops",
        color="Multi",
        title="Athena Women Multicoloured Printed Peplum Top",
    ),
    # 40. Girl in a white tee with a pink unicorn print and a pink tiered skirt.
    # caption base (a little boy); garment_type base; color base (the skirt's pink); sleeve base; color_of skirt
    # base; material vqa (loop).
    case(
        "MYN-G-TS-1040",
        caption("a little boy in a white shirt with a unicorn on it", "pronoun"),
        gt("t-shirt"),
        col("pink", "other_garment_color"),
        slv("short"),
        cof("skirt", "pink"),
        mat(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Pantaloons Junior Girls White Printed Round Neck T-shirt",
    ),
    # 41. Man in a navy short-sleeve shirt with a small white floral print, white shorts, on a beach. No category.
    # caption base (beach named); color base; pattern base; sleeve vqa (leak); color_of shorts base (the shirt's
    # blue); material cap1 (cut); color_of shirt base (the shorts' white).
    case(
        "MYN-M-SH-1041",
        caption("a man in a blue shirt standing on the beach"),
        col("navy"),
        pat("floral"),
        slv(
            "short Question: What is the color of the shirt? Answer: navy Question: What is the color of the shorts?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        cof("shorts", "blue", "contradiction"),
        mat(
            "This person wears a short-sleeve shirt with floral patterns and a shorts. The shirt is with cotton"
            " fabric. The shorts",
            "cut",
            hit_limit=True,
        ),
        cof("shirt", "white", "other_garment_color"),
        gender="Men",
        color="Navy Blue",
        title="Highlander Men Navy Blue Printed Casual Shirt",
    ),
    # 42. Woman in a black-and-white vertical-striped straight kurta, full sleeves, black palazzos. No seller color.
    # caption base; garment_type vqa (leak); color base; pattern base; material cap3 (loop); color_of pants base
    # (white for the black palazzos); sleeve base (restated).
    case(
        "MYN-W-KU-1042",
        caption("a woman in a black and white striped kurta"),
        gt(
            "shirt Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        col("black and white"),
        pat("striped"),
        mat(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. The dress is"
            " with cotton fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        cof("pants", "white", "contradiction"),
        slv("the sleeves are the length of the sleeves", "restated"),
        gender="Women",
        category="Kurtas",
        title="Janasya Women Black & White Striped Straight Kurta",
    ),
    # 43. Boy in a yellow polo with navy collar tipping, navy shorts. No title.
    # caption cap1 (stopped cleanly; "The lady"); garment_type base; color base; color_of shorts base; pattern vqa
    # (loop); material base (stopped short mid-phrase); sleeve base (invents cuffs and a pocket).
    case(
        "MYN-B-TS-1043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with"
            " cotton fabric. It has a lapel collar.",
            "pronoun",
        ),
        gt("polo shirt"),
        col("yellow"),
        cof("shorts", "navy blue"),
        pat(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        mat("it is made of", "cut"),
        slv("short sleeves with ribbed cuffs and a zip pocket", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
    ),
    # 44. Woman in a cream cable-knit pullover and blue jeans, outdoors in snow.
    # caption base; garment_type base; color base; pattern base; sleeve vqa (loop); color_of jeans base (the
    # sweater's cream); material base (stopped short mid-phrase); is_a base.
    case(
        "MYN-W-SW-1044",
        caption("a woman in a white sweater and jeans standing in the snow"),
        gt("sweater"),
        col("beige"),
        pat("cable knit"),
        slv(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        cof("jeans", "cream", "contradiction"),
        mat("it is made of wool and", "cut"),
        is_a("sweater", "yes"),
        gender="Women",
        category="Sweaters",
        color="Cream",
        title="Marks & Spencer Women Cream Cable Knit Pullover",
    ),
]
