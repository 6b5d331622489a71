"""BLIND_119 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twentieth session. Measured blind at ada65a5: 129/145 failures found (89.0%)
and 7/147 correct texts flagged (4.8%). The writer's notes, verbatim:

Blind corpus 119: BLIP-2 OPT-2.7b and the experiments' adapters on a Myntra-style marketplace sample.

Scenario
    The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace (men's,
    women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: about 20 women's, 18
    men's, 6 kids'), one product per case. Each product was asked the experiments' own questionnaire: a caption,
    the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length, and the open material
    question), the VQA data's yes/no garment question (is_a) and color question (color_of) as the experiments asked
    them ("What is the color of the shirt / jeans / pants / shorts?", with the product's own garment word where it
    is not one of those), and some of the experiments' open questions (What is she/he wearing? Describe the X.
    What are the X details?). Seller columns (gender, category, color, title) come from the marketplace; a few
    products lack one of them.

Which system wrote which text (named again in the comment above every case)
    base   = untuned Salesforce/blip2-opt-2.7b (stops on newline; short answers; weak on colors and pronouns).
    cap-e1 = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    cap-e3 = leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
    vqa    = leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch).
    The adapters were trained without an end-of-answer token, so their texts mostly run to the limit (30 new
    tokens for answers, 50 for captions) and the caption adapters answer every question with the
    DeepFashion-MultiModal caption template ("The lady wears a short-sleeve T-shirt with pure color patterns...").

How it was written
    Blind: the writer read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the
    Case/Text layout, the makers and TARGETS). No audit code, no other corpus, no docs were read
    (one directory listing of file names under tests/ was seen; none of those files was opened). The photos are
    imagined; each case's comment describes the photo every label was judged against.

Label conventions and judgement calls
    - One label per text. When a text has several defects the label is the first that applies in this order:
      leak > loop > contradiction / other_garment_color > pronoun > unsupported > non_answer / restated > cut.
      Any text may still carry hit_limit=True when it ran to the token limit.
    - leak: the text contains the prompt format ("Question:", "Answer:") or goes on to ask the next question.
    - loop: the same word or phrase repeated three or more times until the limit.
    - other_garment_color: the answer about the product gives the color of another garment visible in the photo
      (the jeans' blue for the shirt, the dupatta's pink for the kurta, the open jacket's blue for the dress).
    - contradiction: a color no garment in question has (the wall's, a background's, one color repeated onto a
      garment of another color), a garment, pattern or sleeve length the photo or seller contradicts, a "no" to
      the product's own garment, a material the seller's title contradicts. A straight kurta or a saree called a
      "dress" is a contradiction; a kurta called a "shirt", "top" or "tunic" is accepted (kurta means a long
      shirt), and a floor-length Anarkali called a "dress" is accepted.
    - pronoun: the wearer is called by the wrong gender ("the lady" for a man or a boy). "The lady" for a girl
      is not counted as a pronoun error (same gender); an adult pronoun for a child is accepted.
    - unsupported: a detail that is not in the photo (an accessory on the wrist when there is none, a person and
      trousers in a product shot without a person, a hat, a rainbow print).
    - non_answer: no answer to the question asked: empty, "no" to an open question, a bare word such as
      "cloth"/"clothing", or the caption template returned for a question whose answer it does not contain (a
      color question answered with a template that names no hue). A template that does contain the answer
      (a sleeve question answered "Her T-shirt has short sleeves...") is judged by its other defects; a yes/no
      question answered with a template is a non_answer even when the template names the garment.
    - restated: the question's own words given back ("it is a kurta" for the kurta's details, "they are shorts").
    - cut: an otherwise acceptable text that stops mid-phrase, at the token limit (hit_limit=True) or
      before it (three VQA answers that stopped mid-phrase; hit_limit=False).
    - Correct: near-color synonyms (navy -> blue / dark blue, maroon -> red / burgundy, olive -> green,
      off-white / cream -> white / beige, mustard -> yellow, charcoal -> grey, teal -> blue or green,
      peach -> light pink, beige -> tan); a patterned garment given its two main colors or its pattern word
      (checks -> "lattice" / "plaid", stripes with their two colors); layers named correctly; backgrounds named
      in captions; product shots without a person described as objects; the experiments' "shirt" question
      answered with the color of the upper garment that is actually a shirt or tee; plausible materials the
      seller does not contradict (cotton, polyester, wool, silk for a silk blend).
    - A caption-adapter text that hit the limit exactly at the end of a sentence and is otherwise right is
      correct (hit_limit=True kept).
    - Closed answers are stored as the model's raw text.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_119: list[Case] = [
    # 1. Men's navy crew-neck tee, worn by a man with light-blue jeans, hands in pockets, no watch, white backdrop.
    # caption cap-e3; wearing base; color_of base; is_a vqa; details cap-e1 (invents an accessory).
    case(
        "myn-10016283",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is crew. The man wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and jeans", who="he"),
        color_of("shirt", "dark blue"),
        is_a("t-shirt", "yes"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric. The neckline of the T-shirt is crew. There is an accessory on his "
            "wrist.",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Women's maroon straight kurta with small gold block-printed motifs, three-quarter sleeves, white palazzo,
    # beige backdrop, no jewellery but small earrings.
    # caption base; wearing cap-e3; color_of base (maroon as red); color cap-e1 (template, no hue); pattern base;
    # sleeve vqa; is_a base.
    case(
        "myn-13427710",
        caption("a woman wearing a maroon kurta with gold print"),
        wearing(
            "The lady wears a medium-sleeve top with complicated patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        B.color(
            "The lady wears a medium-sleeve top with complicated patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady",
            "non_answer",
            hit_limit=True,
        ),
        B.pattern("printed"),
        B.sleeve_length(
            "three-quarter sleeves Question: What is the color of the kurta? Answer: maroon Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon Ethnic Motifs Printed Straight Kurta",
    ),
    # 3. Men's olive-green slim-fit casual shirt, buttoned, sleeves rolled to the elbows, beige chinos, grey backdrop.
    # caption cap-e1 (calls him a lady); wearing base; color_of base; color base; sleeve base (rolled sleeves are
    # long sleeves); details vqa; material base.
    case(
        "myn-11985264",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green shirt and khaki pants", who="he"),
        color_of("shirt", "green"),
        B.color("olive"),
        B.sleeve_length("long"),
        details(
            "shirt",
            "the shirt has a collar and buttons the shirt has a collar and buttons the shirt has a collar and "
            "buttons the shirt has",
            "loop",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # 4. Women's black-and-white Breton-striped boat-neck top, short sleeves, worn with blue jeans, white backdrop.
    # caption base; color_of shirt base; pattern base; color base (gives the jeans' blue); sleeve cap-e3; describe
    # cap-e1.
    case(
        "myn-9874512",
        caption("a woman wearing a black and white striped shirt and blue jeans"),
        color_of("shirt", "black and white"),
        B.pattern("striped"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length(
            "Her T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of the T-shirt is "
            "round. The pants this",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. The shirt is with cotton fabric and striped "
            "patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black & White Striped Boat Neck Top",
    ),
    # 5. Men's mid-blue slim jeans, worn with a plain white tee and white sneakers, white backdrop.
    # caption cap-e3; color_of jeans base; color base (the tee's white); is_a vqa; details base; material base.
    case(
        "myn-12093377",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is crew. The man wears a long trousers. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        B.color("white", "other_garment_color"),
        is_a(
            "pair of jeans",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "they are blue jeans", "restated"),
        B.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levi's Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Women's bottle-green Banarasi saree with gold zari border and motifs, matching green short-sleeved blouse,
    # only small earrings, grey backdrop.
    # caption base; wearing base; color_of base; pattern cap-e1 (saree as a long-sleeve dress); sleeve vqa; material
    # base; describe base.
    case(
        "myn-14562091",
        caption("a woman in a green and gold saree"),
        wearing("a sari", who="she"),
        color_of("saree", "green"),
        B.pattern(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. There",
            "contradiction",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        describe("saree", "a saree", "restated"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Mitera Green & Gold-Toned Ethnic Motifs Zari Silk Blend Banarasi Saree",
    ),
    # 7. Boys' mustard-yellow tee with a blue dinosaur print, worn by a boy of about eight with navy shorts,
    # white backdrop.
    # caption cap-e3 ("the lady"); wearing base; color_of shirt base; pattern base; color_of shorts base (the tee's
    # yellow again); is_a vqa.
    case(
        "myn-15230418",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The lady wears a three-point shorts. The shorts are with cotton fabric.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a yellow t-shirt with a dinosaur on it", who="he"),
        color_of("shirt", "yellow"),
        B.pattern("graphic"),
        color_of("shorts", "yellow", "contradiction"),
        is_a(
            "t-shirt",
            "yes Question: What is the color of the t-shirt? Answer: yellow Question: What is the color of the "
            "shorts? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Mustard",
        title="Kook N Keech Boys Mustard Yellow Dinosaur Printed Round Neck T-shirt",
    ),
    # 8. Women's navy A-line dress with small white and pink flowers, short flutter sleeves, knee length; shot
    # outdoors against a red-brick wall; no jewellery, flat sandals.
    # caption base (names the wall); color_of base; color base (the wall's red); pattern vqa; sleeve base; describe
    # cap-e3 (invents a ring); wearing cap-e1.
    case(
        "myn-11502736",
        caption("a woman in a blue floral dress standing in front of a brick wall"),
        color_of("dress", "blue"),
        B.color("red", "contradiction"),
        B.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        describe(
            "dress",
            "Her dress has short sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. This lady "
            "wears a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "Her dress has short sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The dress "
            "is of knee",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="DressBerry Women Navy Blue Floral Print A-Line Dress",
    ),
    # 9. Men's grey-melange running tee, product shot laid flat on white, no person.
    # caption cap-e1 (invents a man and trousers); wearing base; color_of base; material base; is_a cap-e3
    # (template).
    case(
        "myn-8816620",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The neckline of the T-shirt is crew. The gentleman wears a long trousers. The trousers are with cotton",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a grey t-shirt"),
        color_of("shirt", "grey"),
        B.material("polyester"),
        is_a(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Round Neck Rapid-Dry Running T-shirt",
    ),
    # 10. Women's pink kurta with a green-and-white floral print, three-quarter sleeves, matching pink palazzo, sheer
    # white dupatta over both shoulders.
    # caption cap-e3 (kurta as a dress); wearing base; color_of kurta base; color_of pants base (the dupatta's
    # white); pattern base; details vqa; sleeve vqa (stopped mid-phrase).
    case(
        "myn-12988453",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink kurta and palazzo pants", who="she"),
        color_of("kurta", "pink"),
        color_of("pants", "white", "contradiction"),
        B.pattern("floral"),
        details(
            "kurta",
            "the kurta has a round neck and a round neck and a round neck and a round neck and a round neck and a "
            "round",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves with a", "cut"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Floral Printed Kurta with Palazzos & With Dupatta",
    ),
    # 11. Men's white formal shirt, black trousers, black belt, steel watch on the left wrist, grey backdrop.
    # Seller color missing.
    # caption base; color_of shirt base ("grey"); color_of pants base; color base; details cap-e1; describe vqa;
    # pattern base.
    case(
        "myn-10447219",
        caption("a man in a white shirt and black pants"),
        color_of("shirt", "grey", "contradiction"),
        color_of("pants", "black"),
        B.color("white"),
        details(
            "shirt",
            "The shirt is with cotton fabric. It has a lapel neckline. There is an accessory on his wrist. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "white shirt white shirt white shirt white shirt white shirt white shirt white shirt white shirt white "
            "shirt white shirt",
            "loop",
            hit_limit=True,
        ),
        B.pattern("shirt", "non_answer"),
        gender="Men",
        category="Shirts",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
    ),
    # 12. Women's black skinny high-rise jeans, worn with a white shirt tucked in, white backdrop.
    # caption base; color_of base; color vqa (loops the shirt's white); details base; wearing cap-e3; is_a vqa.
    case(
        "myn-7731804",
        caption("a woman wearing a white shirt and black jeans"),
        color_of("jeans", "black"),
        B.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "skinny jeans with a high waist"),
        wearing(
            "This female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a(
            "pair of jeans",
            "yes Question: Is this a pair of pants? Answer: yes Question: Is this a pair of shorts? Answer: no",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit High-Rise Clean Look Stretchable Jeans",
    ),
    # 13. Men's cream silk-blend straight kurta, mandarin collar, long sleeves, white churidar, beige backdrop.
    # caption base (cream as white); color_of base; color base; is_a vqa ("no"); wearing cap-e3 ("the lady");
    # material base; details base; describe vqa.
    case(
        "myn-16004532",
        caption("a man in a white kurta"),
        color_of("kurta", "beige"),
        B.color("off white"),
        is_a("kurta", "no", "contradiction"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand-up neckline. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        B.material("silk"),
        details("kurta", "it is a kurta", "restated"),
        describe(
            "kurta",
            "the kurta is a long cream colored kurta with a mandarin collar and a button placket on the front and "
            "the sleeves are long and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Solid Silk Blend Straight Kurta",
    ),
    # 14. Girls' red-and-white gingham fit-and-flare dress, puff sleeves, white Peter Pan collar, girl of about six,
    # no bracelet or watch, white backdrop.
    # caption cap-e1 (invents an accessory); wearing base; color_of base; pattern base (gingham as plaid); sleeve
    # vqa; describe base.
    case(
        "myn-13350927",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a red and white checkered dress", who="she"),
        color_of("dress", "red"),
        B.pattern("plaid"),
        B.sleeve_length(
            "short-sleeve Question: What is the pattern of the dress? Answer: lattice Question: What is the length "
            "of the dress",
            "leak",
            hit_limit=True,
        ),
        describe("dress", "it is a dress", "restated"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="YK Girls Red & White Checked Fit and Flare Dress",
    ),
    # 15. Men's black track pants with a thin white side stripe, worn with a grey hoodie, white sneakers.
    # caption base; color_of base; color base (the hoodie's grey); pattern base; details cap-e3; material vqa;
    # wearing cap-e1 ("the female").
    case(
        "myn-9120385",
        caption("a man in a grey hoodie and black sweatpants"),
        color_of("pants", "black"),
        B.color("grey", "other_garment_color"),
        B.pattern("solid"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "the pants are made of a polyester fabric that is soft and comfortable to wear and it is also very easy to",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The female wears a",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Regular Fit Track Pants",
    ),
    # 16. Women's mustard peplum top with short puff sleeves, white jeans, white backdrop.
    # caption base; color_of shirt base; color cap-e3 (template, no hue); garment_type base; describe base; color_of
    # jeans vqa; pattern cap-e1.
    case(
        "myn-14018266",
        caption("a woman wearing a yellow top and white jeans"),
        color_of("shirt", "mustard"),
        B.color(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the T-shirt is "
            "round. The",
            "non_answer",
            hit_limit=True,
        ),
        B.garment_type("blouse"),
        describe("shirt", "it's a yellow peplum top with puff sleeves"),
        color_of(
            "jeans",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        B.pattern(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the T-shirt is "
            "round. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Tokyo Talkies Women Mustard Yellow Solid Peplum Top",
    ),
    # 17. Men's olive bomber jacket worn open over a plain white tee, black jeans, white backdrop.
    # caption base; color_of shirt base (the tee under the jacket is white); color base (the tee's white);
    # garment_type base; details cap-e1 ("the lady"); sleeve vqa.
    case(
        "myn-11377042",
        caption("a man wearing a green jacket over a white t-shirt"),
        color_of("shirt", "white"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        details(
            "jacket",
            "The outer clothing is with cotton fabric and pure color patterns. The lady wears a long trousers. The "
            "trousers are with",
            "pronoun",
            hit_limit=True,
        ),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
    ),
    # 18. Women's indigo-blue floor-length Anarkali kurta with a white printed pattern, three-quarter sleeves, white
    # churidar.
    # caption cap-e3 (Anarkali as a dress, accepted; cut); wearing base; color_of base; color vqa; is_a base ("no");
    # material base; details base.
    case(
        "myn-10699158",
        caption(
            "The lady wears a medium-sleeve dress with complicated patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length. The lady wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white anarkali", who="she"),
        color_of("kurta", "blue"),
        B.color(
            "blue Question: What is the color of the pants? Answer: white Question: What is the color of the pants? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        B.material("rayon"),
        details("kurta", "the kurta is a kurta", "restated"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Biba Women Blue & White Printed Anarkali Kurta",
    ),
    # 19. Men's white tee with black "STAY WILD" lettering on the chest, olive cargo pants, white backdrop.
    # caption base; color_of shirt base; pattern base; color base; color_of pants vqa; details cap-e3; sleeve vqa
    # ("no").
    case(
        "myn-12710035",
        caption("a man wearing a white t-shirt with the words stay wild"),
        color_of("shirt", "white"),
        B.pattern("typography"),
        B.color("white and black"),
        color_of(
            "pants",
            "the color of the pants is green and the color of the shirt is white and the color of the shoes is white "
            "and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The neckline of the T-shirt is crew. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("no", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="WROGN Men White Typography Printed Round Neck T-shirt",
    ),
    # 20. Women's maroon ankle-length leggings, styled with a white floral-printed kurta, white backdrop.
    # caption base; color base (the kurta's white); garment_type vqa; color_of base; pattern base; wearing cap-e1;
    # details base.
    case(
        "myn-5837721",
        caption("a woman in a white kurta and maroon leggings"),
        B.color("white", "other_garment_color"),
        B.garment_type(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "maroon"),
        B.pattern("solid"),
        wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("pants", "they are leggings", "restated"),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="De Moza Women Maroon Solid Ankle-Length Leggings",
    ),
    # 21. Men's red-and-white checked casual shirt, button-down collar, one chest pocket, navy chinos, white backdrop.
    # caption cap-e3 (checks as "lattice"; hit the limit at a sentence end); color_of shirt base; pattern base;
    # color_of pants base; color base (the chinos' navy); details vqa; is_a cap-e1 (template).
    case(
        "myn-13068849",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("shirt", "red and white"),
        B.pattern("checked"),
        color_of("pants", "blue"),
        B.color("navy", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a button down collar and a pocket on the chest the shirt has a button down collar and a "
            "pocket on the",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Red",
        title="U.S. Polo Assn. Men Red & White Checked Casual Shirt",
    ),
    # 22. Women's peach midi wrap dress, three-quarter sleeves, self-tie belt at the waist, no jewellery, beige
    # backdrop.
    # caption base (peach as light pink); color_of base; color vqa; sleeve base; describe cap-e1 (invents an
    # accessory); pattern base; wearing cap-e3.
    case(
        "myn-15589310",
        caption("a woman wearing a light pink wrap dress"),
        color_of("dress", "peach"),
        B.color(
            "pink Question: What is the pattern of the dress? Answer: solid Question: What is the sleeve length of the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter"),
        describe(
            "dress",
            "Her dress has medium sleeves, chiffon fabric and pure color patterns. There is an accessory on her "
            "wrist. This lady",
            "unsupported",
            hit_limit=True,
        ),
        B.pattern("solid"),
        wearing(
            "Her dress has medium sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. There "
            "is a belt. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Peach",
        title="Harpa Women Peach-Coloured Solid Wrap Midi Dress",
    ),
    # 23. Boys' navy cotton shorts with a drawstring, product shot laid flat on white, no person. Seller color missing.
    # caption cap-e3 (template loop); color_of base; garment_type base; details base; material base.
    case(
        "myn-8402297",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue"),
        B.garment_type("shorts"),
        details("shorts", "they are shorts", "restated"),
        B.material("cotton"),
        gender="Boys",
        category="Shorts",
        title="Max Boys Navy Blue Solid Regular Fit Cotton Shorts",
    ),
    # 24. Women's teal straight kurta with a white geometric print, three-quarter sleeves, round neck, white pants.
    # caption base (teal as blue); color_of base; color base; pattern base ("kurta"); sleeve cap-e1 (kurta as a
    # dress); is_a base; wearing vqa; details base.
    case(
        "myn-12266180",
        caption("a woman wearing a blue kurta with white print"),
        color_of("kurta", "teal"),
        B.color("green"),
        B.pattern("kurta", "non_answer"),
        B.sleeve_length(
            "Her dress has medium sleeves, cotton fabric and complicated patterns. It has a round neckline. The "
            "dress is of knee",
            "contradiction",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        wearing(
            "she is wearing a kurta and pants she is wearing a kurta and pants she is wearing a kurta and pants she "
            "is wearing",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a white geometric print and three-quarter sleeves and a round neckline with a small slit "
            "and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Vishudh Women Teal Green Geometric Printed Straight Kurta",
    ),
    # 25. Men's red polo tee with two buttons and a small cat logo on the chest, grey shorts, white backdrop.
    # caption base; color_of shirt base; color_of shorts base (the polo's red); is_a vqa; details base; garment_type
    # cap-e1.
    case(
        "myn-9967404",
        caption("a man in a red polo shirt and grey shorts"),
        color_of("shirt", "red"),
        color_of("shorts", "red", "contradiction"),
        is_a("polo shirt", "yes"),
        details("shirt", "the shirt has a collar and two buttons and a puma logo on the chest"),
        B.garment_type(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Puma Men Red Solid Polo Collar T-shirt",
    ),
    # 26. Women's pink georgette saree with a blue floral print, blue short-sleeved blouse, gold bangles on both
    # wrists, no ring visible, pallu over the left shoulder.
    # caption cap-e3 (saree as a sleeveless dress); wearing base; color_of base; color vqa; material base ("silk",
    # the title says georgette); pattern base; details base.
    case(
        "myn-11845963",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink sari with blue flowers", who="she"),
        color_of("saree", "pink"),
        B.color(
            "pink and blue pink and blue pink and blue pink and blue pink and blue pink and blue pink and blue pink "
            "and blue",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "contradiction"),
        B.pattern("floral"),
        details(
            "saree",
            "the saree has a blue border with small flowers and the blouse is blue with short sleeves and the pallu "
            "is draped over the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Saree mall Pink & Blue Floral Printed Georgette Saree",
    ),
    # 27. Men's charcoal-grey slim formal trousers, worn with a light-blue formal shirt tucked in and a brown belt.
    # caption base; color_of pants base (charcoal as grey); color base (the shirt's blue); details cap-e1 ("the
    # lady"); garment_type vqa; wearing base; pattern base ("no").
    case(
        "myn-10250871",
        caption("a man in a blue shirt and grey pants"),
        color_of("pants", "grey"),
        B.color("blue", "other_garment_color"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The lady wears a long-sleeve shirt with "
            "pure color",
            "pronoun",
            hit_limit=True,
        ),
        B.garment_type(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey trousers with a brown belt", who="he"),
        B.pattern("no", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # 28. Girls' yellow kurta with a green floral border, short sleeves, green sharara, green dupatta, girl of
    # about five, white backdrop.
    # caption base; wearing cap-e3 (kurta as a dress); color_of kurta base; color_of pants base; color vqa (the
    # sharara's green); pattern base; material base ("cloth").
    case(
        "myn-14920736",
        caption("a little girl in a yellow and green outfit"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress",
            "contradiction",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("pants", "green"),
        B.color("green", "other_garment_color"),
        B.pattern("floral"),
        B.material("cloth", "non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Biba Girls Yellow & Green Printed Kurta with Sharara & Dupatta",
    ),
    # 29. Men's light-blue faded denim shirt worn open over a grey crew-neck tee, black jeans, white backdrop.
    # caption base (layers); color_of shirt base (the tee's grey); color base; material base; describe cap-e3;
    # sleeve vqa.
    case(
        "myn-7912354",
        caption("a man wearing a denim shirt over a grey t-shirt"),
        color_of("shirt", "grey", "other_garment_color"),
        B.color("light blue"),
        B.material("denim"),
        describe(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman wears "
            "a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the T-shirt? Answer: short-sleeve Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue Faded Denim Casual Shirt",
    ),
    # 30. Women's white cotton top with white schiffli (eyelet) embroidery, short flutter sleeves, blue jeans, in
    # front of a pink wall; no watch or bracelet.
    # caption base (names the wall); color_of base; color base (the wall's pink); pattern base; details base (eyelet
    # as lace); describe vqa; sleeve cap-e1 (invents an accessory).
    case(
        "myn-13771409",
        caption("a woman in a white top standing against a pink wall"),
        color_of("shirt", "white"),
        B.color("pink", "contradiction"),
        B.pattern("embroidered"),
        details("shirt", "it has lace on it"),
        describe(
            "shirt",
            "white shirt with a white shirt with a white shirt with a white shirt with a white shirt with a white "
            "shirt with a",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. The pants",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="HERE&NOW Women White Schiffli Embroidered Pure Cotton Top",
    ),
    # 31. Men's navy hooded sweatshirt with a white chest logo, hood down, black joggers, no hat.
    # caption cap-e3 (invents a hat); wearing base; color_of base; garment_type base; color vqa; details vqa;
    # pattern cap-e1.
    case(
        "myn-11104558",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The man "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. This man wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue hoodie and black pants", who="he"),
        color_of("shirt", "blue"),
        B.garment_type("hoodie"),
        B.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt details are the shirt details", "restated"),
        B.pattern(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Brand Logo Printed Hooded Sweatshirt",
    ),
    # 32. Women's off-white straight kurta with thin black vertical stripes, three-quarter sleeves, black pants.
    # caption base; color_of kurta base; color_of pants base; color base (off-white as cream); pattern cap-e1 (kurta
    # as a shirt, accepted; cut); sleeve base ("it's a kurta"); wearing vqa.
    case(
        "myn-12551906",
        caption("a woman wearing a white and black striped kurta"),
        color_of("kurta", "white"),
        color_of("pants", "black"),
        B.color("cream"),
        B.pattern(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("it's a kurta", "non_answer"),
        wearing(
            "a striped kurta a striped kurta a striped kurta a striped kurta a striped kurta a striped kurta a "
            "striped kurta",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Jaipur Kurti Women Off-White & Black Striped Straight Kurta",
    ),
    # 33. Men's black tee with a multicolored anime print, worn with blue jeans, white backdrop.
    # caption cap-e1 ("the lady"); color_of shirt base; color_of jeans base (black again); pattern base; details
    # base; wearing vqa; sleeve vqa (stopped mid-phrase).
    case(
        "myn-15367722",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is crew. The lady wears a long trousers. The trousers are with denim fabric",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        B.pattern("graphic"),
        details("shirt", "it has a picture of a cartoon character on it"),
        wearing(
            "a black t-shirt and blue jeans Question: What is the color of the t-shirt? Answer: black Question: What",
            "leak",
            who="he",
            hit_limit=True,
        ),
        B.sleeve_length("short-sleeve and the neckline is", "cut"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Anime Graphic Printed Round Neck T-shirt",
    ),
    # 34. Women's black flared midi skirt with red and white roses, worn with a white tee tucked in. Seller title
    # missing.
    # caption base; color base (the tee's white); garment_type base; pattern base; wearing cap-e3; is_a vqa.
    case(
        "myn-10832645",
        caption("a woman wearing a white shirt and a black floral skirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("skirt"),
        B.pattern("floral"),
        wearing(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the T-shirt is "
            "round. The skirt",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a(
            "skirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
    ),
    # 35. Boys' sky-blue long-sleeved casual shirt with one chest pocket, beige shorts, white sneakers, boy of
    # about ten.
    # caption base; color_of shirt base; color_of shorts base (blue again); wearing cap-e1 ("the lady"); details
    # base; garment_type vqa; color cap-e1 (template, no hue).
    case(
        "myn-13904481",
        caption("a young boy wearing a blue shirt and khaki shorts"),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "contradiction"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "it has a pocket"),
        B.garment_type(
            "shirt Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        B.color(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel",
            "non_answer",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Gini and Jony Boys Sky Blue Solid Casual Shirt",
    ),
    # 36. Women's olive shirt-style top, product shot on a wooden hanger against a white wall, no person.
    # caption base (no person, names the hanger); wearing base; color_of base; color cap-e3 (invents a lady and
    # pants); material vqa (empty); details base.
    case(
        "myn-9450173",
        caption("a green shirt hanging on a wooden hanger"),
        wearing("a green shirt", who="she"),
        color_of("shirt", "green"),
        B.color(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants",
            "unsupported",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        details("shirt", "it has buttons down the front"),
        gender="Women",
        category="Tops",
        color="Olive",
        title="Mast & Harbour Women Olive Green Solid Shirt Style Top",
    ),
    # 37. Men's black running shorts, worn with a neon-green tee, white backdrop.
    # caption base; color_of shorts base; color_of shirt base; color base (the tee's green); details vqa; is_a
    # cap-e1 (template); describe cap-e3.
    case(
        "myn-11661290",
        caption("a man in a green shirt and black shorts"),
        color_of("shorts", "black"),
        color_of("shirt", "lime green"),
        B.color("green", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        is_a(
            "pair of shorts",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline",
            "non_answer",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Running Shorts",
    ),
    # 38. Women's black sleeveless bodycon dress, a blue denim jacket draped over the shoulders, white backdrop.
    # caption base (layers); color_of base; color base (the jacket's blue); sleeve base; describe cap-e3; is_a vqa;
    # pattern base (empty).
    case(
        "myn-14211867",
        caption("a woman in a black dress and a denim jacket"),
        color_of("dress", "black"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        describe(
            "dress",
            "Her dress has no sleeves, cotton fabric and pure color patterns. This lady also wears an outer "
            "clothing, with denim",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes",
            "leak",
            hit_limit=True,
        ),
        B.pattern("", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Sera Women Black Solid Bodycon Dress",
    ),
    # 39. Men's maroon long-sleeved henley tee, beige chinos, white backdrop.
    # caption base; color_of base (maroon as burgundy); color cap-e3 (template, no hue); sleeve base; is_a base
    # ("no" to the seller's T-shirt); details cap-e1 (loop); wearing base ("she").
    case(
        "myn-10976132",
        caption("a man wearing a maroon henley shirt"),
        color_of("shirt", "burgundy"),
        B.color(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has",
            "non_answer",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        is_a("t-shirt", "no", "contradiction"),
        details(
            "shirt",
            "The gentleman wears a long trousers. The trousers are with cotton fabric. The gentleman wears a long "
            "trousers. The trousers",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a maroon shirt and khaki pants", "pronoun", who="she"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Roadster Men Maroon Solid Henley Neck Pure Cotton T-shirt",
    ),
    # 40. Women's mustard A-line kurta with an indigo block print all over, three-quarter sleeves, round neck with a
    # front slit, blue palazzo; a thin gold bracelet on the right wrist. Seller color missing.
    # caption cap-e1 (kurta as a dress); wearing base; color_of kurta base; color_of pants base; color base (the
    # palazzo's blue); material vqa; details base.
    case(
        "myn-16117854",
        caption(
            "The lady wears a medium-sleeve dress with complicated patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of knee length. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a yellow kurta and blue pants", who="she"),
        color_of("kurta", "yellow"),
        color_of("pants", "blue"),
        B.color("blue", "other_garment_color"),
        B.material(
            "cotton Question: What is the pattern of the kurta? Answer: printed Question: What is the sleeve length",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a blue print all over it and the sleeves are three-quarter length and the neckline is "
            "round with a slit",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        title="Sangria Women Mustard Yellow & Blue Printed A-Line Kurta",
    ),
    # 41. Girls' pink cotton tee with a white unicorn print (nothing else on it), laid flat on white, no person.
    # caption cap-e3 (loop); color_of base; pattern base; details base; is_a vqa (invents a rainbow and a star);
    # garment_type base ("clothing").
    case(
        "myn-12840639",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        B.pattern("graphic"),
        details("shirt", "it has a unicorn on it"),
        is_a(
            "t-shirt",
            "yes it is a t-shirt with a unicorn on it and a rainbow on it and a star on it and a",
            "unsupported",
            hit_limit=True,
        ),
        B.garment_type("clothing", "non_answer"),
        gender="Girls",
        category="Tshirts",
        color="Pink",
        title="H&M Girls Pink Printed Cotton T-shirt",
    ),
    # 42. Men's black slim jeans; the photo is cropped at the waist: only the hem of a grey tee, the jeans and white
    # sneakers show, no belt, wrists and head out of frame. Seller category missing.
    # caption base; color_of base; color base (the tee's grey); details cap-e1 (loop); wearing vqa (invents a belt,
    # a watch, a hat); material base.
    case(
        "myn-9203318",
        caption("a man wearing black jeans and white sneakers"),
        color_of("jeans", "black"),
        B.color("grey", "other_garment_color"),
        details(
            "jeans",
            "The trousers are with denim fabric. The lady wears a pair of sneakers. The trousers are with denim "
            "fabric. The lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "black jeans and white sneakers and a grey t-shirt and a black belt and a black watch and a black hat and",
            "unsupported",
            who="he",
            hit_limit=True,
        ),
        B.material("denim"),
        gender="Men",
        color="Black",
        title="Flying Machine Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 43. Women's navy kurta with a gold-embroidered yoke, long sleeves, navy trousers, pink dupatta over one
    # shoulder.
    # caption base; color_of kurta base (the dupatta's pink); color base; pattern base; wearing cap-e3 (kurta as a
    # shirt, accepted; cut); details base; material vqa (stopped mid-phrase).
    case(
        "myn-15702249",
        caption("a woman in a blue outfit with a pink scarf"),
        color_of("kurta", "pink", "other_garment_color"),
        B.color("navy blue"),
        B.pattern("embroidered"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the neck"),
        B.material("the kurta is made of", "cut"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Indo Era Women Navy Blue Yoke Design Kurta with Trousers & With Dupatta",
    ),
    # 44. Women's beige cable-knit pullover, long sleeves, blue jeans, white backdrop.
    # caption base; color_of base (beige as tan); pattern base; material base; describe cap-e1; color vqa; is_a
    # cap-e1 (template).
    case(
        "myn-11290574",
        caption("a woman wearing a beige sweater and jeans"),
        color_of("shirt", "tan"),
        B.pattern("cable knit"),
        B.material("wool"),
        describe(
            "sweater",
            "Her sweater has long sleeves, knitted fabric and pure color patterns. The neckline of the sweater is "
            "round. The pants",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "white Question: What is the color of the jeans? Answer: blue Question: What is the color of the jeans?",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "sweater",
            "Her sweater has long sleeves, knitted fabric and pure color patterns. The neckline of the sweater is "
            "round",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Beige",
        title="Marks & Spencer Women Beige Cable Knit Pullover",
    ),
]
