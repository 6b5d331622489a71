"""BLIND_95 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the nineteenth session. Measured blind at 8dffd3f: 129/143 failures found (90.2%)
and 10/146 correct texts flagged (6.8%). The writer's notes, verbatim:

Blind corpus 95: BLIP-2 OPT-2.7b and the experiments' adapters re-run on a Myntra-style marketplace sample.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters are re-run on a random sample of
    44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted as the
    catalog is: women's ethnic wear and men's tees/shirts most common), one product per item. Each product is asked
    the experiments' own closed questions (BLIND_QUESTIONS: garment type, color, pattern, sleeve length, and the open
    material question), their "Is this a {garment}?" yes/no question and "What is the color of the {garment}?"
    questions, and sometimes their open "What is he/she wearing?", "Describe the ..." and "What are the ... details?"
    questions. Seller columns (gender, category = Myntra article type, color = base colour, title) come from the
    marketplace; a few products lack a title or a colour.

Which system wrote which text (named in the comment above each case)
    - base: Salesforce/blip2-opt-2.7b, untuned (8-bit), greedy, `Question: ... Answer:` prompts, 30 new tokens for
      answers, 50 for captions; it stops on the newline, so its texts are short and mostly sensible, but it repeats
      one color for every garment, confuses he/she, invents accessories and details, and now and then restates the
      question or rambles to the token limit.
    - cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    - cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both caption adapters return the
      DeepFashion-MultiModal caption template ("The lady wears a long-sleeve shirt with pure color patterns ...")
      for every prompt, never stop (no end token was trained), and so loop or are cut at the limit.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch). Short In-shop vocabulary answers ("blouse",
      "tee", "pure color", "long-sleeve", "yes"); it too was trained without an end token, so it often loops
      ("black black black ...") or runs on into the prompt format ("... Question: ... Answer: ...").

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). I did not read
    any audit code, docs, other corpora, tests or history. Every photo is imagined and described in the comment above
    its case; every label is judged against that imagined photo and the seller columns.

Label conventions and judgement calls
    - One label per text. When a text is cut at the limit AND has another failure (it loops, leaks the prompt format,
      invents something, or is the caption template that never answers the question), it carries the other failure;
      "cut" is used only when the cut is the text's one fault (the answer, where present, is right).
    - loop: the text repeats a word or a clause at least twice in a row and runs to the token limit
      (hit_limit=True). A text that only begins to repeat a clause right at the limit is labelled cut.
    - cut: stops mid-phrase. hit_limit=True when it stopped at the token limit (30 answer tokens, 50 caption
      tokens); a few base texts stop mid-phrase before the limit (hit_limit=False).
    - leak: the text carries the `Question: ... Answer:` prompt format (the adapters were trained on unmasked
      prompts), even where the first word is the right answer.
    - non_answer: empty text, "i don't know", "a garment", "fabric", or the caption template returned for a
      question whose answer is not in it (a color question answered with "pure color patterns" and no hue; a yes/no
      question answered with a caption).
    - restated: the question's words handed back ("the pattern of the garment is a pattern"), including verbose
      restatements that happen to end in the answer ("the pattern of the garment is a solid pattern").
    - other_garment_color: a color answer (closed or open) that gives a garment the color of another garment or
      item worn in the photo (the product's color given to the jeans, the shirt's color given to the product).
    - contradiction: a wrong color, garment, pattern or sleeve length that the seller columns or another text of the
      same product contradict, and that is not another garment's color (a wall's color given to the dress; "dress" or
      "blouse" for a kurta; "yes" to "Is this a dress?" for a saree; a solid product called graphic).
    - unsupported: a detail that the photo does not show (jewellery, pockets, a cap, a zipper, a person and pants
      invented for a flat product shot).
    - pronoun: he/she (or woman/man, girl/boy, lady/gentleman) wrong for the person in the photo and the seller gender.
    - Near-color synonyms count as correct: navy blue ~ blue/dark blue, mustard ~ yellow, maroon ~ red/burgundy,
      off white/cream ~ white, charcoal ~ dark grey, olive ~ green, teal ~ green/blue-green, magenta ~ pink,
      lavender ~ purple, peach ~ light pink/peach, khaki ~ beige.
    - The In-shop and DeepFashion vocabulary counts as correct where it fits: "pure color" = solid, "lattice" = checked,
      "graphic" for a printed motif, "tee" for a t-shirt, "denim" for jeans, "vest" for a sleeveless Nehru jacket.
      But "blouse" or "dress" for a kurta, "shirt" for a saree, are wrong garments (contradiction).
    - A background named in a caption (a pink wall, a brick wall, a beach) is correct; the background's color given
      as the garment's color is a contradiction.
    - Layers: naming the under-layer in a caption is correct; giving the under-layer's color or sleeves as the
      product's is a failure (other_garment_color, or contradiction for sleeves).
    - Matching sets: the same color for kurta and palazzo is correct when the set matches in the photo.
    - Material answers are judged against what the photo and title show (knit, denim, sheen of silk, sheer georgette);
      a common plausible fibre ("cotton" for a knit tee) is correct. A tone-on-tone self design counts as solid.
    - On a product shot without a person, naming the product for "What is she wearing?" is correct; inventing a wearer
      or other garments is unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_95: list[Case] = [
    # 01. Photo: a man in a navy crew-neck tee, light-blue jeans, plain grey studio backdrop.
    # caption base; garment_type base; color base; pattern vqa (loop); sleeve base; color of jeans base (the tee's
    # navy for the jeans); details cap3 (cut; all it says is true).
    case(
        "myn95-10234871",
        caption("a man wearing a navy blue t-shirt and jeans standing in front of a grey wall"),
        B.garment_type("t-shirt"),
        B.color("navy blue"),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        color_of("jeans", "navy blue", "other_garment_color"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is crew. The gentleman wears a long denim pants. The "
            "denim pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 02. Photo: a woman in a mustard straight kurta with small white block-print motifs, three-quarter sleeves,
    # white palazzos, beige backdrop.
    # caption cap3 (cut at the 50-token limit, nothing else wrong); garment_type vqa ("blouse" for a kurta); color
    # base (yellow ~ mustard); pattern base; sleeve vqa (leak); is_a base; color of pants base (the kurta's yellow
    # for the white palazzos).
    case(
        "myn95-11802245",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a medium-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("blouse", "contradiction"),
        B.color("yellow"),
        B.pattern("printed"),
        B.sleeve_length(
            "medium-sleeve Question: What is the color of the pants? Answer: white Question: What is the pattern of "
            "the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        color_of("pants", "yellow", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
    ),
    # 03. Photo: a man in an olive full-sleeve casual shirt, buttoned cuffs, beige chinos, white background.
    # caption base; color vqa (loop); garment_type base (says nothing); sleeve base; pattern base; material cap3 (the
    # template, cut, but the fabric is in it and right: cut); describe base.
    case(
        "myn95-12410093",
        caption("a man wearing a green shirt and khaki pants"),
        B.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("a garment", "non_answer"),
        B.sleeve_length("long"),
        B.pattern("solid"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a green shirt with a collar and buttons down the front"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # 04. Photo: a woman in a maroon Banarasi saree with a wide gold zari border, maroon short-sleeve blouse, pallu
    # over the left shoulder, hair in a bun, standing before a carved wooden door.
    # caption base (red ~ maroon, door named); garment_type base; color vqa; pattern cap1 (loop); material base;
    # is_a dress vqa (yes to a dress for a saree); wearing base (runs to the limit, all true).
    case(
        "myn95-13577620",
        caption("a woman in a red saree with a gold border standing in front of a wooden door"),
        B.garment_type("saree"),
        B.color("maroon"),
        B.pattern(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        is_a("dress", "yes", "contradiction"),
        wearing(
            "she is wearing a red saree with a gold border and a red blouse and her hair is tied back in a bun and "
            "she is standing in front of a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # 05. Photo: a boy of about seven, short hair, red tee with a green dinosaur print, blue denim shorts, white
    # background.
    # caption base (calls the boy a girl); wearing base; color base; pattern vqa; color of shorts base (red);
    # material cap1 (cut; "cotton" and the denim shorts are right).
    case(
        "myn95-14009318",
        caption("a young girl wearing a red t-shirt with a dinosaur on it", "pronoun"),
        wearing("a red t-shirt with a dinosaur and blue shorts", who="he"),
        B.color("red"),
        B.pattern("graphic"),
        color_of("shorts", "red", "other_garment_color"),
        B.material(
            "The T-shirt is with cotton fabric and its neckline is round. The person wears a short denim pants. The "
            "denim pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Dinosaur Printed Round Neck Pure Cotton T-shirt",
    ),
    # 06. Photo: a woman in a black sleeveless ribbed crop top, high-waist light-blue jeans, against a pink wall.
    # caption base (pink wall named); color base; sleeve vqa (leak); garment_type vqa ("tank" fits a sleeveless crop
    # top); color of jeans base (black).
    case(
        "myn95-15230554",
        caption("a woman in a black crop top and jeans standing in front of a pink wall"),
        B.color("black"),
        B.sleeve_length(
            "sleeveless Question: What is the pattern of the top? Answer: solid Question: What is the sleeve length "
            "of the top? Answer: sleeveless Question: What",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("tank"),
        color_of("jeans", "black", "other_garment_color"),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Solid Ribbed Fitted Crop Top",
    ),
    # 07. Photo: a man in medium-blue slim jeans (the product), a white crew tee worn untucked, white sneakers,
    # grey background.
    # caption cap3 (cut); color base (the tee's white for the jeans); color of jeans base; color of shirt base (the
    # tee, white); details cap1 (loop); garment_type base; material vqa (empty).
    case(
        "myn95-16118902",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The denim pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        color_of("shirt", "white"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are with denim fabric and pure color "
            "patterns. The jeans are with denim",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        B.material("", "non_answer"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="HERE&NOW Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 08. Photo: a woman in a pink kurta set with a white-and-green floral print, matching pink palazzos, a plain white
    # dupatta over the arms, no jewellery, potted plants behind her.
    # caption base; garment_type vqa ("dress"); color base; pattern base; color of pants base (pink: the set matches);
    # material cap3 (loop); wearing base (invents a necklace).
    case(
        "myn95-17364415",
        caption("a woman in a pink and white floral kurta with a white dupatta"),
        B.garment_type("dress", "contradiction"),
        B.color("pink"),
        B.pattern("floral"),
        color_of("pants", "pink"),
        B.material(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady wears "
            "a long-sleeve dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink kurta and a gold necklace", "unsupported", who="she"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Floral Printed Kurta with Palazzos & With Dupatta",
    ),
    # 09. Photo: a man in a charcoal pullover hoodie, hood down, black joggers, white wall.
    # caption base (dark grey ~ charcoal); garment_type vqa; color base; sleeve vqa (loop); color of pants base (the
    # hoodie's grey for the black joggers); details base (restated); pattern vqa (leak, stopped before the limit).
    case(
        "myn95-18045527",
        caption("a man wearing a dark grey hoodie and black pants"),
        B.garment_type("hoodie"),
        B.color("grey"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "grey", "other_garment_color"),
        details("hoodie", "the hoodie details are the details of the hoodie", "restated"),
        B.pattern("pure color Question: Is this a hoodie? Answer: yes Question: Is this a hoodie? Answer: yes", "leak"),
        gender="Men",
        category="Sweatshirts",
        color="Charcoal",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Hooded Sweatshirt",
    ),
    # 10. Photo: a girl of about five in a sleeveless yellow-and-white striped fit-and-flare dress, white sandals,
    # on grass in a park. Every question answered by cap1.
    # caption base; color cap1 (template, no hue: non_answer); pattern cap1 (template with the stripes, cut); sleeve
    # cap1 (template with "sleeveless", cut); is_a cap1 (template, no yes/no: non_answer); material cap1 (loop).
    case(
        "myn95-19286730",
        caption("a little girl in a yellow and white striped dress standing on the grass"),
        B.color(
            "The person wears a sleeveless dress with stripe patterns. The dress is with cotton fabric and its "
            "neckline is round. The person wears a",
            "non_answer",
            hit_limit=True,
        ),
        B.pattern(
            "The person wears a sleeveless dress with stripe patterns. The dress is with cotton fabric and its "
            "neckline is round. The person wears a",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The person wears a sleeveless dress with stripe patterns. The dress is with cotton fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "The person wears a sleeveless dress with stripe patterns. The dress is with cotton fabric and its "
            "neckline is round. The person",
            "non_answer",
            hit_limit=True,
        ),
        B.material(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Hopscotch Girls Yellow & White Striped Fit and Flare Dress",
    ),
    # 11. Photo: a woman in beige wide-leg trousers (the product), a black short-sleeve fitted tee tucked in, black
    # heels, white background.
    # caption base; color base (the tee's black); color of pants base; garment_type vqa; pattern vqa ("pure color");
    # details cap3 (cut; the tee it names is there); material base (says nothing).
    case(
        "myn95-20117468",
        caption("a woman wearing a black top and beige pants"),
        B.color("black", "other_garment_color"),
        color_of("pants", "beige"),
        B.garment_type("pants"),
        B.pattern("pure color"),
        details(
            "pants",
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        B.material("fabric", "non_answer"),
        gender="Women",
        category="Trousers",
        color="Beige",
        title="FOREVER 21 Women Beige Solid Wide Leg Regular Trousers",
    ),
    # 12. Photo: a man in an off-white knee-length kurta with a tone-on-tone woven self design, long sleeves,
    # off-white churidar, bare head, beige backdrop.
    # caption base (white ~ off white); garment_type base; color vqa (loop); pattern base (self design ~ plain);
    # sleeve base; wearing base (invents a turban); describe base (stops mid-phrase before the limit; the kurta
    # has a mandarin collar).
    case(
        "myn95-21530086",
        caption("a man in a white kurta and white pants"),
        B.garment_type("kurta"),
        B.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        B.pattern("plain"),
        B.sleeve_length("long"),
        wearing("he is wearing a white kurta and a white turban", "unsupported", who="he"),
        describe("kurta", "a white kurta with a mandarin collar and long sleeves and a", "cut"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Self Design Straight Kurta",
    ),
    # 13. Photo: a woman in a black dress with white polka dots, short puff sleeves, knee length, standing before a
    # red wall.
    # caption base (red wall named); color base (the wall's red); pattern base; sleeve vqa; garment_type vqa;
    # material cap1 (loop); describe base (runs to the limit, all true: round neck, fitted waist, flared skirt).
    case(
        "myn95-22871354",
        caption("a woman in a black and white polka dot dress standing in front of a red wall"),
        B.color("red", "contradiction"),
        B.pattern("polka dot"),
        B.sleeve_length("short-sleeve"),
        B.garment_type("dress"),
        B.material(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. "
            "The dress is with chiffon fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a black dress with white polka dots and short puff sleeves and a round neck and a fitted waist and a "
            "flared skirt that falls to the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Berrylush Women Black & White Polka Dot Print A-Line Dress",
    ),
    # 14. Photo: a man in black track pants (the product) with a small white logo on the thigh, no side stripe, a
    # grey tee, white background.
    # caption base; color vqa (the tee's grey); garment_type base; color of pants base; details base (invents a side
    # stripe and zip pockets); material base; pattern vqa (leak, stopped before the limit).
    case(
        "myn95-23094671",
        caption("a man wearing a grey t-shirt and black track pants"),
        B.color("grey", "other_garment_color"),
        B.garment_type("pants"),
        color_of("pants", "black"),
        details(
            "pants",
            "the pants have a drawstring waist, two zip pockets and a white stripe down the side",
            "unsupported",
        ),
        B.material("polyester"),
        B.pattern("Answer: pure color", "leak"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Regular Fit Track Pants",
    ),
    # 15. Photo: a woman in a teal long-sleeve straight kurta with a round neck, white leggings, grey background.
    # Every text by cap3: the caption template for every prompt.
    # caption cap3 (cut); color (template, no hue: non_answer); pattern (template, "pure color" is right: cut);
    # sleeve (loop); is_a (template: non_answer).
    case(
        "myn95-24612208",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        B.pattern(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The lady wears a "
            "long-sleeve shirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="W Women Teal Solid Straight Kurta",
    ),
    # 16. Photo: a man in a blue-and-white checked long-sleeve shirt with the sleeves rolled up to the elbows, dark
    # blue jeans, before a brick wall.
    # caption base (brick wall named); garment_type vqa; color vqa (leak); pattern vqa ("lattice" = checked); sleeve
    # vqa ("short-sleeve" for rolled long sleeves, against the description); color of jeans vqa (blue: both are
    # blue); describe base; material base (i don't know).
    case(
        "myn95-25783140",
        caption("a man in a blue and white checkered shirt standing in front of a brick wall"),
        B.garment_type("shirt"),
        B.color(
            "blue Question: What is the color of the jeans? Answer: blue Question: What is the color of the shirt? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        B.pattern("lattice"),
        B.sleeve_length("short-sleeve", "contradiction"),
        color_of("jeans", "blue"),
        describe("shirt", "a blue and white checked shirt with long sleeves rolled up to the elbows"),
        B.material("i don't know", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Checked Pure Cotton Casual Shirt",
    ),
    # 17. Photo: a woman in a green georgette saree with a pink floral print and a pink border, a pink short-sleeve
    # blouse, white studio.
    # caption cap1 (loop); garment_type base; color base (the blouse's and border's pink); pattern vqa; material base
    # (chiffon ~ georgette, both sheer); sleeve vqa (leak); is_a vqa.
    case(
        "myn95-26150972",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady "
            "wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady wears a "
            "long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("a saree"),
        B.color("pink", "other_garment_color"),
        B.pattern("floral"),
        B.material("chiffon"),
        B.sleeve_length(
            "short-sleeve Question: What is the color of the blouse? Answer: pink Question: What is the color of the "
            "saree? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green & Pink Floral Printed Georgette Saree",
    ),
    # 18. Photo: product shot, no person: navy cotton chino shorts laid flat on a white background.
    # caption base; wearing base (invents a wearer and a shirt); color base; garment_type vqa; details base (says
    # nothing); pattern vqa (loop).
    case(
        "myn95-27309415",
        caption("a pair of navy blue shorts on a white background"),
        wearing("he is wearing a blue shirt and shorts", "unsupported", who="he"),
        B.color("navy blue"),
        B.garment_type("shorts"),
        details("shorts", "the shorts are short", "non_answer"),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
        title="United Colors of Benetton Boys Navy Blue Solid Regular Shorts",
    ),
    # 19. Photo: a woman in a white cotton top with white schiffli embroidery and short flutter sleeves, blue jeans,
    # seated at a cafe table with green plants behind. Seller colour missing.
    # caption base; color vqa; pattern base; color of jeans base (white); details cap3 (cut); wearing base (calls
    # her he).
    case(
        "myn95-28441960",
        caption("a woman in a white top and blue jeans sitting at a table"),
        B.color("white"),
        B.pattern("embroidered"),
        color_of("jeans", "white", "other_garment_color"),
        details(
            "top",
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white top and jeans", "pronoun", who="she"),
        gender="Women",
        category="Tops",
        title="Mast & Harbour Women White Schiffli Embroidered Pure Cotton Top",
    ),
    # 20. Photo: a man with shoulder-length hair in an open light-blue washed denim jacket over a white crew tee,
    # black jeans, grey background.
    # caption base (layers); garment_type vqa; color base; color of shirt base (the tee under: white); color of jeans
    # base (the jacket's blue for the black jeans); material base; describe cap1 (loop); wearing cap3 (calls him a
    # lady).
    case(
        "myn95-29670318",
        caption("a man wearing a denim jacket over a white t-shirt and black jeans"),
        B.garment_type("jacket"),
        B.color("light blue"),
        color_of("shirt", "white"),
        color_of("jeans", "blue", "other_garment_color"),
        B.material("denim"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "denim fabric and its neckline is lapel. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 21. Photo: a woman in a magenta lehenga with gold embroidery, a magenta blouse, a sheer pink dupatta, no
    # jewellery, before a palace facade.
    # caption base (pink ~ magenta, palace named); garment_type vqa ("dress"); is_a saree base (yes to a saree for a
    # lehenga); color base; pattern vqa (loop); wearing base (invents jewellery).
    case(
        "myn95-30128857",
        caption("a woman in a pink and gold lehenga standing in front of a palace"),
        B.garment_type("dress", "contradiction"),
        is_a("saree", "yes", "contradiction"),
        B.color("pink"),
        B.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a pink lehenga with a gold necklace, bangles and a maang tikka", "unsupported", who="she"
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Magenta & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # 22. Photo: product shot, no person: a black tee with a white-and-orange skull graphic on the chest, laid flat
    # on white.
    # caption base; color vqa; pattern base; sleeve base; garment_type cap3 (invents a gentleman and his pants);
    # details base (restated).
    case(
        "myn95-31264490",
        caption("a black t-shirt with a skull on it"),
        B.color("black"),
        B.pattern("a skull"),
        B.sleeve_length("short"),
        B.garment_type(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is",
            "unsupported",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt details are the t-shirt", "restated"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Kook N Keech Men Black Skull Printed Round Neck T-shirt",
    ),
    # 23. Photo: a woman in black ankle-length leggings (the product) under a long red kurti, white background.
    # caption base (layers); color vqa (the kurti's red); garment_type base; pattern base; material base (runs to the
    # limit; what it says is true).
    case(
        "myn95-32517726",
        caption("a woman wearing a red kurta and black leggings"),
        B.color("red", "other_garment_color"),
        B.garment_type("leggings"),
        B.pattern("solid"),
        B.material(
            "the leggings are made of a soft stretchy fabric that is comfortable to wear and the kurta is made of a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 24. Photo: a man in khaki slim chinos (the product), a navy polo tee, brown loafers, white background.
    # caption cap3 (cut); color base (the polo's navy); color of pants base; garment_type vqa; material vqa (leak);
    # wearing base; is_a cap3 (the template, no yes/no).
    case(
        "myn95-33806135",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("navy blue", "other_garment_color"),
        color_of("pants", "khaki"),
        B.garment_type("pants"),
        B.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and khaki pants", who="he"),
        is_a(
            "pair of pants",
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve shirt",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
    ),
    # 25. Photo: a girl of about eight in a sleeveless orange kurta with a green-and-gold print, a green sharara,
    # white studio.
    # caption base; garment_type vqa ("dress"); color base; color of pants base (orange for the green sharara);
    # sleeve vqa; material vqa (empty).
    case(
        "myn95-34072581",
        caption("a young girl wearing an orange and green outfit"),
        B.garment_type("dress", "contradiction"),
        B.color("orange"),
        color_of("pants", "orange", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.material("", "non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Orange",
        title="Biba Girls Orange & Green Printed Kurta with Sharara",
    ),
    # 26. Photo: a woman in a red long-sleeve wrap maxi dress tied at the waist, on a beach.
    # caption base (beach named); color vqa (loop); sleeve base; garment_type base; details base (invents a zipper and
    # a slit); wearing base (runs to the limit, all true).
    case(
        "myn95-35319947",
        caption("a woman in a red dress standing on the beach"),
        B.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        B.garment_type("dress"),
        details("dress", "the dress has a v-neck, a slit on the side and a zipper at the back", "unsupported"),
        wearing(
            "she is wearing a red dress and she is standing on the beach with the ocean behind her and the sky is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red Solid Wrap Maxi Dress",
    ),
    # 27. Photo: a man in a navy long-sleeve kurta, white churidar, tan mojaris, beige backdrop. No seller title.
    # caption cap1 (loop); color base (blue ~ navy); garment_type base; is_a vqa; sleeve vqa; material vqa (leak).
    case(
        "myn95-36645102",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long trousers. "
            "The trousers are with cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. "
            "The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.garment_type("kurta"),
        is_a("kurta", "yes"),
        B.sleeve_length("long-sleeve"),
        B.material(
            "cotton Question: What is the color of the pants? Answer: white Question: What is the color of the kurta? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 28. Photo: a woman in black skinny high-rise jeans (the product), a mustard knit sweater, white background.
    # caption base; color base (the sweater's yellow); color of jeans vqa; garment_type vqa ("sweater" for jeans);
    # details base (restated); material base.
    case(
        "myn95-37981266",
        caption("a woman wearing a yellow sweater and black jeans"),
        B.color("yellow", "other_garment_color"),
        color_of("jeans", "black"),
        B.garment_type("sweater", "contradiction"),
        details("jeans", "the jeans details are on the jeans", "restated"),
        B.material("denim"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit High-Rise Stretchable Jeans",
    ),
    # 29. Photo: a man in a white long-sleeve formal shirt, grey trousers, no tie, blue glass office behind.
    # caption base; color vqa; sleeve base; color of pants vqa (leak); pattern base (says nothing); describe cap3
    # (cut); is_a t-shirt base (yes to a t-shirt for a formal shirt).
    case(
        "myn95-38204719",
        caption("a man in a white shirt and grey pants standing in an office"),
        B.color("white"),
        B.sleeve_length("long"),
        color_of(
            "pants",
            "grey Question: What is the color of the shirt? Answer: white Question: What is the color of the pants? "
            "Answer: grey",
            "leak",
            hit_limit=True,
        ),
        B.pattern("it is a shirt", "non_answer"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
    ),
    # 30. Photo: a woman in a peach A-line kurta with three-quarter sleeves and a lace trim at the hem, white
    # leggings, grey background.
    # caption base (pink ~ peach); color vqa; garment_type base; sleeve vqa (loop); wearing base (stops mid-phrase
    # before the limit); material base (i don't know); details base (the lace is there, the pockets are not).
    case(
        "myn95-39436508",
        caption("a woman in a light pink kurta and white leggings"),
        B.color("peach"),
        B.garment_type("kurta"),
        B.sleeve_length(
            "medium-sleeve medium-sleeve medium-sleeve medium-sleeve medium-sleeve medium-sleeve medium-sleeve "
            "medium-sleeve medium-sleeve medium-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a peach kurta and white leggings and a white", "cut", who="she"),
        B.material("i don't know", "non_answer"),
        details("kurta", "the kurta has a lace trim at the bottom and pockets on both sides", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Peach",
        title="Sangria Women Peach-Coloured Solid A-Line Kurta with Lace Detail",
    ),
    # 31. Photo: a woman in an olive padded puffer jacket zipped up, black leggings, in snow. Unisex product.
    # caption base (snow named); color vqa (green ~ olive); garment_type base; wearing vqa (leak); color of pants
    # base; describe cap3 (cut; coat, long sleeves, solid, cotton leggings: nothing else wrong).
    case(
        "myn95-40571183",
        caption("a woman in a green jacket standing in the snow"),
        B.color("green"),
        B.garment_type("jacket"),
        wearing(
            "jacket Question: What is she wearing? Answer: jacket Question: What is she wearing? Answer: jacket "
            "Question: What is she",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        describe(
            "jacket",
            "The lady wears a long-sleeve coat with pure color patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Jackets",
        color="Olive",
        title="Wildcraft Unisex Olive Green Solid Padded Jacket",
    ),
    # 32. Photo: product shot, no person: a royal-blue Kanjeevaram saree folded on a white surface, a wide gold zari
    # border showing. Seller colour missing.
    # caption base; garment_type vqa ("scarf"); color base; pattern cap3 (invents a lady wearing a dress, an
    # accessory); material base; wearing base (names the product); sleeve base (restated).
    case(
        "myn95-41803390",
        caption("a blue and gold saree on a white background"),
        B.garment_type("scarf", "contradiction"),
        B.color("blue"),
        B.pattern(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. There is "
            "an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        B.material("silk"),
        wearing("a blue saree", who="she"),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        gender="Women",
        category="Sarees",
        title="Kalini Blue & Gold-Toned Woven Design Zari Pure Silk Kanjeevaram Saree",
    ),
    # 33. Photo: a man in grey melange knit shorts (the product) with a drawstring and side pockets, a black graphic
    # tee, white sneakers, white background. Answers by vqa except the caption and color of shorts.
    # caption base; color vqa (loop, the tee's black); color of shorts base; garment_type vqa; pattern vqa (the tee's
    # graphic for solid shorts); material vqa (empty); details vqa (restated).
    case(
        "myn95-42116574",
        caption("a man wearing a black t-shirt and grey shorts"),
        B.color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "grey"),
        B.garment_type("shorts"),
        B.pattern("graphic", "contradiction"),
        B.material("", "non_answer"),
        details("shorts", "shorts details shorts", "restated"),
        gender="Men",
        category="Shorts",
        color="Grey Melange",
        title="Nautica Men Grey Melange Solid Regular Fit Knit Shorts",
    ),
    # 34. Photo: a woman in a navy Anarkali kurta with a red floral print, long sleeves, flared to the ankle, navy
    # churidar, pastel-blue wall.
    # caption cap1 (loop); garment_type base ("dress" for an Anarkali kurta); color base; pattern vqa; is_a base;
    # color of pants base (unknown); material vqa (leak).
    case(
        "myn95-43359821",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and "
            "its",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        color_of("pants", "unknown", "non_answer"),
        B.material(
            "Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: "
            "cotton Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Libas Women Navy Blue & Red Floral Printed Anarkali Kurta",
    ),
    # 35. Photo: a boy of about ten in medium-blue slim jeans (the product), a green hoodie, white sneakers, white
    # studio.
    # caption base; color base (the hoodie's green); color of jeans base; garment_type vqa ("denim"); wearing cap3
    # (cut, nothing wrong in it); pattern base (restated).
    case(
        "myn95-44690257",
        caption("a young boy wearing a green hoodie and blue jeans"),
        B.color("green", "other_garment_color"),
        color_of("jeans", "blue"),
        B.garment_type("denim"),
        wearing(
            "The person wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with cotton fabric and its",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.pattern("the pattern is the pattern of the jeans", "restated"),
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="Gini and Jony Boys Blue Slim Fit Clean Look Jeans",
    ),
    # 36. Photo: a woman in a lavender oversized tee printed "STAY WEIRD" in black, black cycling shorts, white
    # background.
    # caption base (purple ~ lavender); color vqa; pattern base; sleeve cap3 (loop); material base (says nothing);
    # wearing base (calls her he).
    case(
        "myn95-45027713",
        caption("a woman wearing a purple t-shirt that says stay weird"),
        B.color("purple"),
        B.pattern("letters"),
        B.sleeve_length(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        B.material("the garment is made of fabric", "non_answer"),
        wearing("he is wearing a purple shirt", "pronoun", who="she"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="DILLINGER Women Lavender Typography Printed Oversized T-shirt",
    ),
    # 37. Photo: a man in a sleeveless maroon brocade Nehru jacket over a cream long-sleeve kurta, cream churidar,
    # beige backdrop.
    # caption base (vest ~ Nehru jacket, layers, white ~ cream); garment_type vqa ("vest"); color base; sleeve base
    # (the kurta's long sleeves for a sleeveless jacket); color of shirt base (the jacket's maroon for the cream
    # kurta); pattern vqa (loop); wearing base (calls him she).
    case(
        "myn95-46382094",
        caption("a man wearing a maroon vest over a white kurta"),
        B.garment_type("vest"),
        B.color("maroon"),
        B.sleeve_length("long", "contradiction"),
        color_of("shirt", "maroon", "other_garment_color"),
        B.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a maroon vest over a white kurta", "pronoun", who="he"),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
    ),
    # 38. Photo: a woman in a sea-green long-sleeve kurta with a gold embroidered yoke, green trousers, a printed
    # dupatta, white background. Answers by vqa.
    # caption cap3 (cut); color vqa; garment_type vqa ("blouse"); pattern vqa (loop); is_a vqa; material vqa (leak).
    case(
        "myn95-47519630",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.garment_type("blouse", "contradiction"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        B.material(
            "cotton Question: What is the color of the garment? Answer: green Question: What is the pattern of the "
            "garment? Answer: pure color Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Anouk Women Green Yoke Design Kurta with Trousers & With Dupatta",
    ),
    # 39. Photo: a girl of about six in a pink short-sleeve top with a white heart print, denim shorts, a pink hair
    # clip, white background. No seller title.
    # caption base; color base; pattern vqa; color of shorts base; material base ("yes"); wearing base (runs on to
    # the limit, all true).
    case(
        "myn95-48850412",
        caption("a little girl in a pink shirt with hearts on it"),
        B.color("pink"),
        B.pattern("graphic"),
        color_of("shorts", "blue"),
        B.material("yes", "non_answer"),
        wearing(
            "she is wearing a pink shirt with white hearts on it and blue denim shorts and a pink hair clip and she "
            "is smiling and she has her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tops",
        color="Pink",
    ),
    # 40. Photo: a man in a mustard crew-neck pullover over a white collared shirt (the collar shows), dark jeans,
    # grey background. The pullover has no pocket.
    # caption base; garment_type vqa; color base; color of jeans base; pattern base (restated); material vqa (loop);
    # describe base (invents a chest pocket); is_a cap1 (the template, no yes/no).
    case(
        "myn95-49013376",
        caption("a man wearing a yellow sweater and jeans"),
        B.garment_type("sweater"),
        B.color("yellow"),
        color_of("jeans", "blue"),
        B.pattern("the pattern of the garment is a solid pattern", "restated"),
        B.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        describe("sweater", "a yellow sweater with a white collar and a pocket on the chest", "unsupported"),
        is_a(
            "sweater",
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with cotton fabric and",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Mustard",
        title="United Colors of Benetton Men Mustard Solid Pullover Sweater",
    ),
    # 41. Photo: a woman in a black-and-white checked A-line mini skirt (the product), a white tee tucked in, black
    # ankle boots, white background.
    # caption base; garment_type vqa; color base (both colors of the check); pattern base; color of shirt vqa (the
    # skirt's black for the white tee); is_a base; wearing base (calls her he); details cap1 (loop).
    case(
        "myn95-50274819",
        caption("a woman wearing a white t-shirt and a black and white checkered skirt"),
        B.garment_type("skirt"),
        B.color("black and white"),
        B.pattern("checkered"),
        color_of("shirt", "black", "other_garment_color"),
        is_a("skirt", "yes it is a skirt"),
        wearing("he is wearing a white t-shirt and a checkered skirt", "pronoun", who="she"),
        details(
            "skirt",
            "The lower clothing is of short length. The fabric is cotton and it has plaid patterns. The lower "
            "clothing is of short length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black & White Checked A-Line Mini Skirt",
    ),
    # 42. Photo: a man in a bottle-green polo tee, white chinos, bareheaded, on a golf course.
    # caption base (golf course named); garment_type base; color vqa (the chinos' white); color of pants base; sleeve
    # cap3 (cut, "short-sleeve" right); wearing base (invents a cap and a glove).
    case(
        "myn95-51408265",
        caption("a man in a green polo shirt standing on a golf course"),
        B.garment_type("polo shirt"),
        B.color("white", "other_garment_color"),
        color_of("pants", "white"),
        B.sleeve_length(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green polo shirt, white pants, a white cap and a golf glove", "unsupported", who="he"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="U.S. Polo Assn. Men Green Solid Polo Collar Pure Cotton T-shirt",
    ),
    # 43. Photo: a woman in a light-blue long-sleeve pyjama set with small white stars, sitting on a bed with white
    # pillows and a white blanket.
    # caption base (bed named); garment_type base; pattern base; color vqa (leak); wearing base (runs to the limit,
    # all true); material base (restated); is_a dress vqa (yes to a dress for a night suit).
    case(
        "myn95-52736041",
        caption("a woman in blue pajamas sitting on a bed"),
        B.garment_type("pajamas"),
        B.pattern("stars"),
        B.color(
            "blue Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a blue pajama set with white stars on it and she is sitting on a bed with white pillows "
            "and a white blanket and a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material("the material of the garment is the material", "restated"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Night suits",
        color="Blue",
        title="Sweet Dreams Women Blue Star Printed Pure Cotton Night Suit",
    ),
    # 44. Photo: a boy of about four in a yellow long-sleeve kurta and white pyjamas, festive string lights behind.
    # caption base; color vqa; material cap3 (cut; the "cotton fabric" is right); wearing base (calls him she);
    # pattern vqa; describe base (the kurta is plain, with white buttons: the gold buttons and embroidery are
    # invented).
    case(
        "myn95-53091587",
        caption("a little boy in a yellow kurta and white pants with lights behind him"),
        B.color("yellow"),
        B.material(
            "The person wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is standing. The",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow kurta and white pyjamas", "pronoun", who="he"),
        B.pattern("solid"),
        describe("kurta", "a yellow kurta with gold buttons and embroidery on the collar", "unsupported"),
        gender="Boys",
        category="Kurta Sets",
        color="Yellow",
        title="Vastramay Boys Yellow & White Solid Kurta with Pyjamas",
    ),
]
