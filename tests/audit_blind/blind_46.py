"""BLIND_46 (44 products; the experiments re-run on a Myntra-style catalog, on their own questionnaire alone):
written blind in the sixteenth session. Measured blind at a55ae88: 124/141 and 17/148. The writer's notes, verbatim:

Blind corpus 46: BLIP-2 OPT-2.7b on an Indian marketplace's Myntra-style catalog.

Scenario
    The original experiments' untuned base model and its fine-tuned adapters are re-run on a Myntra-style catalog
    (men's, women's and kids' clothing; one product per item, studio shots, a few product-only shots). They are
    asked only the experiments' own questionnaire: the closed questions of BLIND_QUESTIONS (garment type, color,
    pattern, sleeve length) and its material question, "What is she wearing?" / "What is he wearing?" (pronoun chosen
    from the catalog's gender column, or from the photo where it is missing), "What is the shirt color?" and
    "Describe the shirt." (asked of every product whatever it is), plus "Is this a ...?" and "What is the color of
    the ...?" where they fit. Catalog columns, where the seller gave them: gender, category (article type), color
    (base colour) and title (product display name).

Which system wrote which text (named per text in the comment above each case)
    base  = Salesforce/blip2-opt-2.7b, untuned (short answers, stops on its own; captions are short phrases);
    cap1  = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1);
    cap3  = leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3);
    vqa   = leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch).
    Greedy decoding, 30 new tokens for answers and 50 for captions, prompt "Question: <q> Answer:".

How it was written
    Blind, by hand: the writer read only ../../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
    Case/Text layout and makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No
    audit code, docs, tests or other corpora were read. The photos are imagined; each is described in the comment
    above its case, and every label is judged against that imagined photo.

Label conventions and judgement calls
    - One label per text. A text that ends mid-phrase at the token limit is labelled "cut" (hit_limit=True) even when
      it also says something else wrong, unless it is a loop ("loop", hit_limit=True when it runs to the limit) or
      it leaks the prompt format ("leak"). A text stopped mid-phrase before the limit is "cut" with hit_limit=False.
    - The caption adapters' template ("The lady wears a ... with pure color patterns. The ... is with cotton
      fabric.") is correct when it holds for the photo: its pattern words (pure color, graphic, plaid, lattice, color
      block) are DeepFashion's, not hues, and the In-shop classes it knows (vest, romper, sweatshirt, cardigan, tank
      top) are accepted for the nearest Indian article (Nehru jacket -> vest, jumpsuit -> romper, shrug -> cardigan).
      It is a "contradiction" when it names a garment the product plainly is not (a kurta or saree called a
      "dress" or "shirt", a lehenga called a dress) or a pattern the photo contradicts.
    - Near-colour synonyms are correct: Navy Blue ~ navy / dark blue / blue; Maroon ~ burgundy / dark red / red;
      Off White ~ cream / white; Mustard ~ yellow / mustard yellow; Charcoal ~ dark grey / grey; Grey Melange ~
      grey; Lavender ~ purple / light purple; Teal ~ blue; Sea Green ~ green / teal; Coral ~ coral / pink; Rust ~
      orange; Magenta ~ pink; Beige ~ khaki; Olive ~ green; Multi ~ multicolored.
    - "What is the shirt color?" / "Describe the shirt." are answered correctly by the colour / description of the
      top actually worn in the photo (the tee under an open jacket, the shirt under a blazer or sweater, a saree
      blouse, a kurta), even when the product itself is the bottom or the outer layer. With no top in the photo
      (product-only shots) the product's own colour is accepted. A background or wall colour is a "contradiction".
    - "other_garment_color": a text gives the garment asked about (or the product, for "the garment") the colour of
      another garment or accessory in the same photo (the one-colour-for-every-garment failure), e.g. the chinos'
      beige for the shirt, the dupatta's pink for the kurta, the shirt's white for the jeans.
    - "contradiction": a colour, garment type, pattern or sleeve length that the photo, the other texts or the
      seller's columns contradict, and that is not another garment's colour (wrong hue, a print's colour given as
      the base colour, "no" to "Is this a kurta?" for a kurta, "long" sleeves for a sleeveless jacket).
    - "pronoun": a he/she/lady/gentleman/boy/girl that contradicts the person in the photo and the gender column.
      For products without a person, "What is she/he wearing?" answered with the product alone ("a saree") is
      correct; inventing a person wearing invented things is "unsupported".
    - "unsupported": details the photo cannot support (an invented bow, buttons, print, peace sign, tie, "100%
      combed cotton, made in india", "uv protection", "real gold zari"). A plausible fabric read off the photo
      (denim, cotton for a tee, silk for a zari saree the seller calls silk) is correct.
    - "non_answer": nothing, "i don't know", a yes/no to an open question, or only the question's own words
      ("it is a shirt" to "Describe the shirt."). "restated": the question turned back as the answer ("the
      sleeve length of the garment is the length of the sleeves", "the shirt is a shirt").
    - "leak": the text continues the prompt format ("Question: ... Answer: ...") or starts with "Answer:".
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, is_a, question

she = question("wearing", "What is she wearing?", "open")
he = question("wearing", "What is he wearing?", "open")
shirt_color = question("color_shirt", "What is the shirt color?", "open")
describe_shirt = question("description", "Describe the shirt.", "open")

BLIND_46: list[Case] = [
    # 001 Photo: a man in a plain navy crew-neck tee and light blue jeans, white studio background.
    # caption base; he base (invents a logo on the plain tee); color base; shirt color vqa (loop); describe cap3
    # (cut at 30); material base.
    case(
        "MYN46-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        he("a blue t-shirt with a white logo and jeans", "unsupported"),
        Q.color("navy blue"),
        shirt_color(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", hit_limit=True
        ),
        describe_shirt(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a round neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 002 Photo: a woman in a maroon straight kurta with gold block-printed ethnic motifs, three-quarter sleeves,
    # white palazzos, beige backdrop.
    # caption cap3 (calls the kurta a dress); she base (maroon as red, accepted); garment type base; pattern base;
    # shirt color base (the palazzos' white); describe vqa (leak); sleeve length base.
    case(
        "MYN46-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady"
            " wears long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        she("a red and gold kurta and white pants"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        shirt_color("white", "other_garment_color"),
        describe_shirt(
            "the shirt is red. Question: What is the color of the pants? Answer: white. Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("three quarter"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon & Gold-Toned Ethnic Motifs Printed Straight Kurta",
    ),
    # 003 Photo: a man in a plain white full-sleeve shirt, sleeves rolled to the elbow, khaki chinos, grey wall.
    # caption base (names the wall); he cap3 (cut at 30); shirt color base; color vqa (the wall's grey);
    # sleeve length base (rolled-up full sleeves are long); describe base ("a shirt": says nothing); material cap1
    # (loop).
    case(
        "MYN46-003",
        caption("a man in a white shirt and khaki pants standing in front of a grey wall"),
        he(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        shirt_color("white"),
        Q.color("grey", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe_shirt("a shirt", "non_answer"),
        Q.material(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The"
            " shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="HERE&NOW Men White Slim Fit Solid Casual Shirt",
    ),
    # 004 Photo: a woman in a teal Banarasi saree with a broad gold zari border, pallu over the left shoulder,
    # matching teal short-sleeve blouse, white studio.
    # caption cap3 (a sleeveless dress); she base (teal as blue, accepted); shirt color base (the blouse);
    # describe vqa (he); garment type vqa (dress); is_a base; material base (seller says silk blend).
    case(
        "MYN46-004",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        she("a blue and gold saree"),
        shirt_color("blue"),
        describe_shirt("he is wearing a blue shirt with a gold border", "pronoun"),
        Q.garment_type("dress", "contradiction"),
        is_a("saree", "yes"),
        Q.material("silk"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # 005 Photo: a small boy in a yellow tee with a green dinosaur graphic, blue denim shorts, white background.
    # caption base; he vqa (a girl); shirt color base (restated); pattern base; shorts color base (the tee's yellow);
    # describe cap1 (cut at 30).
    case(
        "MYN46-005",
        caption("a little boy wearing a yellow t-shirt with a dinosaur on it"),
        he("a girl in a yellow t-shirt and blue shorts", "pronoun"),
        shirt_color("the shirt color is the color of the shirt", "restated"),
        Q.pattern("dinosaur print"),
        color_of("shorts", "yellow", "other_garment_color"),
        describe_shirt(
            "This person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. This person wears",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Pure Cotton T-shirt",
    ),
    # 006 Photo: a woman in a black sleeveless fit-and-flare midi dress and white sneakers against a pink wall.
    # caption base (names the wall); she base; shirt color base (the wall's pink); describe cap3 (cut at 30);
    # sleeve length base; material vqa (leak).
    case(
        "MYN46-006",
        caption("a woman in a black dress standing in front of a pink wall"),
        she("a black dress"),
        shirt_color("pink", "contradiction"),
        describe_shirt(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and it has"
            " a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "black Question: What is the color of the dress? Answer: black Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Sassafras Women Black Solid Fit and Flare Dress",
    ),
    # 007 Photo: a man cropped at the chest: blue slim jeans, the lower half of a plain white tee, brown shoes.
    # caption base; he base; shirt color base (the tee); describe cap3 (loop on the pants); jeans color base (the
    # tee's white); color base; is_a vqa (loop).
    case(
        "MYN46-007",
        caption("a man wearing blue jeans and brown shoes"),
        he("jeans"),
        shirt_color("white"),
        describe_shirt(
            "The T-shirt is with cotton fabric. The pants are with denim fabric. The pants are with denim fabric. The"
            " pants are with denim fabric. The pants",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        is_a(
            "jeans",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 008 Photo: a little girl in a pink puff-sleeve frock with small white flowers and a pink hairband; no bow on
    # the dress.
    # caption base; she base (empty: the model emitted the newline at once); shirt color base; describe base
    # (invents a bow); pattern vqa (solid);
    # garment type cap3 (cut at 30).
    case(
        "MYN46-008",
        caption("a little girl in a pink dress with white flowers"),
        she("", "non_answer"),
        shirt_color("pink"),
        describe_shirt("a pink dress with white flowers and a big bow at the waist", "unsupported"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Floral Print Fit & Flare Dress",
    ),
    # 009 Photo: a man in a white chikankari-embroidered straight kurta, white churidar, beige mojaris, beige
    # backdrop.
    # caption cap3 (calls the kurta a shirt); he base; shirt color base; describe base (invents mirror work; there is
    # none); is_a vqa (no); material base;
    # pattern cap1 (loop).
    case(
        "MYN46-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " gentleman wears long trousers. The trousers are with cotton fabric.",
            "contradiction",
        ),
        he("a white kurta and pajama"),
        shirt_color("white"),
        describe_shirt("a white kurta with embroidery and mirror work on the sleeves", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        Q.material("cotton"),
        Q.pattern(
            "The shirt is with pure color patterns. The shirt is with pure color patterns. The shirt is with pure"
            " color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Chikankari Embroidered Straight Kurta",
    ),
    # 010 Photo: a woman sitting on a wooden stool in a mustard ribbed short-sleeve crop top and black jeans.
    # caption base (mustard as yellow); she vqa (black for both); shirt color base; color base; describe vqa (cut at
    # 30; the sneakers are out of frame);
    # material vqa (leak).
    case(
        "MYN46-010",
        caption("a woman sitting on a stool wearing a yellow top and black jeans"),
        she("a black t-shirt and black jeans", "other_garment_color"),
        shirt_color("yellow"),
        Q.color("mustard"),
        describe_shirt(
            "the shirt is a yellow crop top with short sleeves and a round neck, worn with high waisted black jeans"
            " and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "cotton Question: Is this a shirt? Answer: yes Question: What is the color of the shirt? Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Tokyo Talkies Women Mustard Yellow Ribbed Crop Top",
    ),
    # 011 Photo: a man cropped at the hips: black joggers with a thin white side stripe, grey sneakers, the hem of a
    # plain grey tee visible at the top.
    # caption cap3 (lower-clothing template); he base; shirt color base (the joggers' black); describe base;
    # pants color vqa (loop); garment type base.
    case(
        "MYN46-011",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        he("black pants"),
        shirt_color("black", "other_garment_color"),
        describe_shirt("a grey t-shirt"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 012 Photo: a woman in a green floral-print kurta with matching green palazzos and a pink dupatta over both
    # shoulders.
    # caption base (the dupatta as a scarf); she base; shirt color vqa (the dupatta's pink); describe cap3 (cut);
    # pattern base; color base; is_a vqa (a dress).
    case(
        "MYN46-012",
        caption("a woman in a green outfit with a pink scarf"),
        she("a green kurta and a pink dupatta"),
        shirt_color("pink", "other_garment_color"),
        describe_shirt(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("green"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Libas Women Green Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 013 Photo: a man in a grey-marl hoodie, hood down, hands in the kangaroo pocket, black joggers.
    # caption cap3; he base; shirt color base; describe cap3 (cut at 30); color vqa (the joggers' black); material
    # base (loop);
    # sleeve length vqa (leak).
    case(
        "MYN46-013",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric."
            " The man wears long trousers."
        ),
        he("a grey hoodie and black pants"),
        shirt_color("gray"),
        describe_shirt(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric."
            " It has a hooded neckline. This man wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length(
            "long Question: What is the sleeve length of the garment? Answer: long Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 014 Photo: a woman in black high-rise skinny jeans with a plain white cotton shirt (white buttons) tucked in,
    # black ankle boots.
    # caption base; she base (invents silk and gold buttons); shirt color base; color base (the shirt's white for
    # the jeans); describe vqa (leak);
    # jeans color base.
    case(
        "MYN46-014",
        caption("a woman in a white shirt and black jeans"),
        she("a white silk shirt with gold buttons and black jeans", "unsupported"),
        shirt_color("white"),
        Q.color("white", "other_garment_color"),
        describe_shirt(
            "she is wearing a white shirt tucked into her jeans. Question: What is the color of the jeans? Answer:"
            " black",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Kraus Jeans Women Black Skinny Fit High-Rise Jeans",
    ),
    # 015 Photo: a man in an olive polo with a small embroidered logo on the chest, beige chinos.
    # caption cap1 (cut at 50); he base; shirt color base (the chinos' beige); color base; describe base (the logo is
    # there); material vqa (she).
    case(
        "MYN46-015",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton"
            " fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton"
            " fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he("a green polo shirt and khaki pants"),
        shirt_color("beige", "other_garment_color"),
        Q.color("olive"),
        describe_shirt("a green polo shirt with a logo on the chest"),
        Q.material("she is wearing a cotton shirt", "pronoun"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="U.S. Polo Assn. Men Olive Green Solid Polo Collar Pure Cotton T-shirt",
    ),
    # 016 Photo: a woman in a magenta lehenga with gold embroidery, a magenta short-sleeve blouse, a gold net
    # dupatta, earrings and a necklace.
    # caption cap3 (loop); she base (magenta as pink); shirt color base (the blouse); describe base; garment type
    # vqa ("yes" to an open question); material base (invents pure silk and real gold zari).
    case(
        "MYN46-016",
        caption(
            "The lady wears a long dress with color block patterns. The dress is with chiffon fabric. The dress is"
            " with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is"
            " with chiffon",
            "loop",
            hit_limit=True,
        ),
        she("a pink lehenga"),
        shirt_color("pink"),
        describe_shirt("a pink and gold blouse with embroidery"),
        Q.garment_type("yes", "non_answer"),
        Q.material("pure silk with real gold zari work", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Women Magenta & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 017 Photo: product only: khaki chino shorts laid flat on a white background, no person, no top.
    # caption base; he base (the product alone, accepted); shirt color base (the background); describe vqa
    # (invents a man and a shirt); shorts color base; pattern cap3 (loop).
    case(
        "MYN46-017",
        caption("a pair of khaki shorts on a white background"),
        he("a pair of shorts"),
        shirt_color("white", "contradiction"),
        describe_shirt("he is wearing a white shirt and khaki shorts with a brown belt", "unsupported"),
        color_of("shorts", "khaki"),
        Q.pattern(
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The lower"
            " clothing is of short length. The fabric is cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Highlander Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 018 Photo: a girl in a yellow kurta with an orange floral print and a plain orange sharara.
    # caption base; she vqa (a boy); shirt color base; describe base (cut before the limit); color base (the
    # sharara's orange);
    # garment type base.
    case(
        "MYN46-018",
        caption("a little girl in a yellow and orange outfit"),
        she("a boy in a yellow shirt", "pronoun"),
        shirt_color("yellow"),
        describe_shirt("the shirt is yellow with orange flowers on the", "cut"),
        Q.color("orange", "other_garment_color"),
        Q.garment_type("kurta"),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Biba Girls Yellow & Orange Printed Kurta with Sharara",
    ),
    # 019 Photo: a man in a navy single-breasted blazer over a light blue shirt, open collar, no tie, grey trousers.
    # caption base (invents a tie and a suit); he base; shirt color base (the shirt under the blazer); color vqa
    # (the shirt's light blue for the blazer); describe cap3 (cut at 30); garment type base (restated); is_a vqa
    # (a blazer is a jacket).
    case(
        "MYN46-019",
        caption("a man in a blue suit and tie", "unsupported"),
        he("a navy blue blazer and a light blue shirt"),
        shirt_color("light blue"),
        Q.color("light blue", "other_garment_color"),
        describe_shirt(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric. The outer clothing is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("this is a type of garment", "restated"),
        is_a("jacket", "yes"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Louis Philippe Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
    ),
    # 020 Photo: a woman in off-white flared palazzos and a black sleeveless top. The seller gave no title.
    # caption base (off white as white); she base (he); shirt color base; color base (cream, accepted); describe
    # base; pants color vqa (the top's black); garment type vqa (loop).
    case(
        "MYN46-020",
        caption("a woman in a black top and white pants"),
        she("he is wearing a black top and white pants", "pronoun"),
        shirt_color("black"),
        Q.color("cream"),
        describe_shirt("a black sleeveless top"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.garment_type(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants"
            " pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Off White",
    ),
    # 021 Photo: a man in a sleeveless mustard woven-design Nehru jacket over a cream full-sleeve kurta, cream
    # pyjama.
    # caption base; he base; shirt color vqa (leak); describe base ("i don't know"); color base; sleeve length vqa
    # (long, for a
    # sleeveless jacket).
    case(
        "MYN46-021",
        caption("a man wearing a yellow vest over a white kurta"),
        he("a yellow jacket and a white kurta"),
        shirt_color(
            "white Question: What is the color of the vest? Answer: yellow Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe_shirt("i don't know", "non_answer"),
        Q.color("mustard yellow"),
        Q.sleeve_length("long", "contradiction"),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Vastramay Men Mustard Woven Design Nehru Jacket",
    ),
    # 022 Photo: a woman in a white tee printed "GOOD VIBES" in black on the front, blue jeans; nothing on the back
    # is visible.
    # caption base; she base; shirt color base (with the print); describe vqa (invents "only" and a peace sign);
    # pattern cap1 (cut at 30); color base (the print's black).
    case(
        "MYN46-022",
        caption("a woman wearing a white t-shirt that says good vibes"),
        she("a white t-shirt and jeans"),
        shirt_color("white and black"),
        describe_shirt("the shirt says good vibes only and has a peace sign on the back", "unsupported"),
        Q.pattern(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="H&M Women White Printed Cotton T-shirt",
    ),
    # 023 Photo: a boy in a blue-and-white checked full-sleeve shirt and navy shorts.
    # caption cap3; he cap3 (cut at 30); shirt color base; describe cap1 (loop); shorts color base (navy as blue);
    # pattern base;
    # sleeve length vqa (restated).
    case(
        "MYN46-023",
        caption(
            "This person wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. This person wears short shorts."
        ),
        he(
            "This person wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. This person wears short shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        shirt_color("blue"),
        describe_shirt(
            "The shirt is with plaid patterns. The shirt is with plaid patterns. The shirt is with plaid patterns. The"
            " shirt is with plaid",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        Q.pattern("checkered"),
        Q.sleeve_length("the sleeve length of the garment is the length of the sleeves", "restated"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Allen Solly Junior Boys Blue & White Checked Pure Cotton Casual Shirt",
    ),
    # 024 Photo: a woman in a rust A-line midi skirt (no slit, no visible pockets) and a plain white tee tucked in,
    # brown belt.
    # caption base (rust as orange); she base (invents a slit and pockets); shirt color base; color vqa (the tee's
    # white); describe base;
    # garment type base; material cap3 (cut at 30); is_a vqa (no).
    case(
        "MYN46-024",
        caption("a woman wearing an orange skirt and a white t-shirt"),
        she("a skirt with a slit and side pockets", "unsupported"),
        shirt_color("white"),
        Q.color("white", "other_garment_color"),
        describe_shirt("it is a white t-shirt tucked into an orange skirt"),
        Q.garment_type("skirt"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "no", "contradiction"),
        gender="Women",
        category="Skirts",
        color="Rust",
        title="SASSAFRAS Women Rust Orange Solid A-Line Midi Skirt",
    ),
    # 025 Photo: a man in a charcoal V-neck pullover over a white collared shirt (collar and cuffs showing), black
    # trousers.
    # caption cap3; he base; shirt color base (the shirt under the sweater); color base; describe vqa (loop);
    # material vqa (leak).
    case(
        "MYN46-025",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric."
            " It has a v-shape neckline. The gentleman wears a long trousers."
        ),
        he("a grey sweater over a white shirt"),
        shirt_color("white"),
        Q.color("dark grey"),
        describe_shirt(
            "he is wearing a grey sweater and he is wearing a grey sweater and he is wearing a grey sweater and he is",
            "loop",
            hit_limit=True,
        ),
        Q.material("Answer: wool", "leak"),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Van Heusen Men Charcoal Grey Solid V-Neck Pullover",
    ),
    # 026 Photo: a woman in a sleeveless navy jumpsuit with white polka dots and a tie belt.
    # caption cap3 (romper, accepted); she base; shirt color base; describe cap1 (cut at 30); pattern vqa (striped);
    # color base
    # (the dots' white); sleeve length vqa (loop).
    case(
        "MYN46-026",
        caption(
            "The lady wears a sleeveless romper with graphic patterns. It has a v-shape neckline. The romper is of"
            " long length."
        ),
        she("a blue and white polka dot jumpsuit"),
        shirt_color("blue"),
        describe_shirt(
            "The lady wears a sleeveless romper with graphic patterns. The romper is with chiffon fabric. It has a"
            " v-shape neckline. The romper is of long",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        Q.color("white", "contradiction"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless"
            " sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        color="Navy Blue",
        title="Harpa Women Navy Blue & White Polka Dot Print Basic Jumpsuit",
    ),
    # 027 Photo: a man in a navy kurta with a small white dot print and white pyjama, beige backdrop. The seller
    # gave no colour and no title.
    # caption base; he vqa (she); shirt color base; describe cap3 (cut at 30); garment type base ("clothing":
    # says nothing); is_a base;
    # material base (empty).
    case(
        "MYN46-027",
        caption("a man in a blue kurta with white polka dots"),
        he("she is wearing a blue kurta", "pronoun"),
        shirt_color("navy"),
        describe_shirt(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has"
            " a stand neckline. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("clothing", "non_answer"),
        is_a("kurta", "yes"),
        Q.material("", "non_answer"),
        gender="Men",
        category="Kurtas",
    ),
    # 028 Photo: a woman in a plain lavender crew-neck sweatshirt and light blue jeans.
    # caption cap1 (loop); she base; shirt color base; color base; describe vqa (leak); sleeve length base
    # (restated).
    case(
        "MYN46-028",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " cotton fabric. The pants are with denim fabric. This woman wears a long-sleeve sweater with pure color"
            " patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        she("a purple sweatshirt and jeans"),
        shirt_color("purple"),
        Q.color("light purple"),
        describe_shirt("Question: Describe the shirt. Answer: purple", "leak"),
        Q.sleeve_length("the sleeve length is the length of the sleeve", "restated"),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="Mast & Harbour Women Lavender Solid Sweatshirt",
    ),
    # 029 Photo: a man in an open black denim jacket over a plain white tee, black jeans.
    # caption base; he base; shirt color base (the tee); color vqa (loop); describe vqa (the jacket's black for the
    # tee); material base; is_a vqa.
    case(
        "MYN46-029",
        caption("a man in a black denim jacket and black jeans"),
        he("a black jacket, a white t-shirt and black jeans"),
        shirt_color("white"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        describe_shirt("a black shirt", "other_garment_color"),
        Q.material("denim"),
        is_a("jacket", "yes"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Denim Jacket",
    ),
    # 030 Photo: a woman in a coral puff-sleeve top (plain back, no buttons), white jeans, holding a tan handbag.
    # caption base (coral as pink, accepted; names the bag); she vqa (he); shirt color base; describe base (invents
    # buttons); sleeve length base; garment type base; material cap3 (cut at 30).
    case(
        "MYN46-030",
        caption("a woman in a pink top and white jeans holding a purse"),
        she("he is wearing a pink shirt and white pants", "pronoun"),
        shirt_color("coral"),
        describe_shirt("a pink blouse with puffy sleeves and gold buttons down the back", "unsupported"),
        Q.sleeve_length("short"),
        Q.garment_type("top"),
        Q.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Coral",
        title="Berrylush Women Coral Solid Puff Sleeves Top",
    ),
    # 031 Photo: a man in beige tapered formal trousers, a light pink formal shirt tucked in, a brown belt.
    # caption cap3 (the belt as an accessory); he base (beige as khaki); shirt color base; color base (the shirt's
    # pink for the trousers); pants color vqa (pink again); describe base (restated); garment type base.
    case(
        "MYN46-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are"
            " with cotton fabric and pure color patterns. There is an accessory on his waist."
        ),
        he("a pink shirt and khaki pants"),
        shirt_color("pink"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe_shirt("the shirt is a shirt", "restated"),
        Q.garment_type("pants"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Arrow Men Beige Tapered Fit Solid Formal Trousers",
    ),
    # 032 Photo: a boy in a red hoodie with a printed Spider-Man face on the front, blue jeans.
    # caption base; he cap3 (the lady); shirt color base; describe base; pattern base; material vqa (leak).
    case(
        "MYN46-032",
        caption("a young boy wearing a red spiderman hoodie"),
        he(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. The"
            " lady wears long pants.",
            "pronoun",
        ),
        shirt_color("red"),
        describe_shirt("a red hoodie with spiderman on it"),
        Q.pattern("spiderman"),
        Q.material(
            "cotton Question: What is the color of the shirt? Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Red",
        title="Kids Ville Spider-Man Boys Red Printed Hooded Sweatshirt",
    ),
    # 033 Photo: product only: a folded multicolour saree (orange, blue and green geometric print) on white; no
    # person, no blouse, no border. The seller gave no gender.
    # caption base; she base (the product alone); shirt color base; describe vqa (invents a woman, red, a gold
    # border); color base; garment type cap3 (cut before the limit); pattern base.
    case(
        "MYN46-033",
        caption("a colorful piece of fabric on a white background"),
        she("a saree"),
        shirt_color("multicolored"),
        describe_shirt("she is wearing a red saree with a gold border and a matching blouse", "unsupported"),
        Q.color("multicolor"),
        Q.garment_type("The lady wears a long dress with color block patterns. The dress is with", "cut"),
        Q.pattern("geometric"),
        category="Sarees",
        color="Multi",
        title="Mitera Multicoloured Geometric Printed Saree",
    ),
    # 034 Photo: a man in a black tee with a white-and-orange "CHAI > COFFEE" text print, grey joggers.
    # caption cap1 (cut at 50); he base; shirt color base (loop); color base (restated); describe base; pants color
    # base; pattern vqa ("no").
    case(
        "MYN46-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("a black t-shirt with a design on it"),
        shirt_color(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.color("the color of the garment is the color of the shirt", "restated"),
        describe_shirt("a black t-shirt with white and orange letters"),
        color_of("pants", "grey"),
        Q.pattern("no", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
    ),
    # 035 Photo: a woman in a plain peach straight kurta and cream leggings, standing beside a potted plant.
    # caption base (the kurta as a top, accepted; names the plant); she base (nothing); shirt color base; describe
    # base ("it is a shirt"); color base ("i don't know"); material base (restated); garment type base.
    case(
        "MYN46-035",
        caption("a woman in a peach top standing next to a plant"),
        she("nothing", "non_answer"),
        shirt_color("peach"),
        describe_shirt("it is a shirt", "non_answer"),
        Q.color("i don't know", "non_answer"),
        Q.material("the material of the garment is the material", "restated"),
        Q.garment_type("kurta"),
        gender="Women",
        category="Kurtas",
        color="Peach",
        title="W Women Peach-Coloured Solid Straight Kurta",
    ),
    # 036 Photo: a man in a maroon short-sleeve shirt with a small white floral print, black jeans.
    # caption base (maroon as red); he vqa (black for both); shirt color base; describe cap3 (cut at 30); sleeve
    # length vqa
    # (long); pattern base (loop).
    case(
        "MYN46-036",
        caption("a man wearing a red floral shirt and black jeans"),
        he("a black shirt and black jeans", "other_garment_color"),
        shirt_color("burgundy"),
        describe_shirt(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Highlander Men Maroon Slim Fit Floral Printed Casual Shirt",
    ),
    # 037 Photo: a woman in a light blue night suit printed with small white stars: a collared button shirt with a
    # chest pocket and long pyjama pants; a plain wrist, no watch or bracelet.
    # caption cap3 (cut at 50); she base; shirt color base; describe vqa (leak); garment type vqa ("no" to an open
    # question); pattern base.
    case(
        "MYN46-037",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton"
            " fabric. It has a lapel neckline. The pants are with cotton fabric and graphic patterns. There is an"
            " accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        she("pajamas"),
        shirt_color("light blue"),
        describe_shirt(
            "the shirt is blue with white stars and has a pocket on the chest. Question: What is the color of the"
            " pants? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("no", "non_answer"),
        Q.pattern("stars"),
        gender="Women",
        category="Night suits",
        color="Blue",
        title="Sweet Dreams Women Blue & White Star Print Night Suit",
    ),
    # 038 Photo: a man in a plain white sleeveless innerwear vest and grey track pants.
    # caption base; he base ("clothes": says nothing); shirt color base; sleeve length base (short sleeves);
    # describe cap3 (loop); material
    # base (invents "100% combed cotton, made in india"); garment type vqa.
    case(
        "MYN46-038",
        caption("a man in a white tank top"),
        he("he is wearing clothes", "non_answer"),
        shirt_color("white"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe_shirt(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric."
            " The tank top is with cotton fabric. The tank top is with",
            "loop",
            hit_limit=True,
        ),
        Q.material("100% combed cotton, made in india", "unsupported"),
        Q.garment_type("vest"),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Jockey Men White Solid Innerwear Vest",
    ),
    # 039 Photo: a girl in light blue jeans with small embroidered flowers on the back pockets (not visible from
    # the front) and a plain pink tee.
    # caption base; she vqa (he); shirt color base; jeans color base (the tee's pink); describe base (invents a
    # cat); color base (restated); is_a base.
    case(
        "MYN46-039",
        caption("a little girl in a pink shirt and blue jeans"),
        she("he is wearing pink shirt and blue jeans", "pronoun"),
        shirt_color("pink"),
        color_of("jeans", "pink", "other_garment_color"),
        describe_shirt("a pink t-shirt with a cat on it", "unsupported"),
        Q.color("the color of the garment is the garment's color", "restated"),
        is_a("jeans", "yes", article="a pair of"),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="Gini and Jony Girls Blue Regular Fit Jeans",
    ),
    # 040 Photo: a man in a bottle-green silk kurta with a gold woven lattice, off-white churidar. No title.
    # caption cap3 (cut at 50); he base; shirt color base; describe vqa (leak); pants color base (the kurta's green);
    # material base; pattern base (restated).
    case(
        "MYN46-040",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with silk fabric. The"
            " gentleman wears long trousers. The trousers are with cotton fabric and pure color patterns. There is"
            " an accessory on his",
            "cut",
            hit_limit=True,
        ),
        he("a green kurta"),
        shirt_color("dark green"),
        describe_shirt(
            "green Question: What is the color of the pants? Answer: green Question: What", "leak", hit_limit=True
        ),
        color_of("pants", "green", "other_garment_color"),
        Q.material("silk"),
        Q.pattern("the pattern of the garment", "restated"),
        gender="Men",
        category="Kurta Sets",
        color="Green",
    ),
    # 041 Photo: a woman in a black open-front shrug over a white crop top, blue jeans.
    # caption base (the shrug as a cardigan); she base; shirt color base (the top); color vqa;
    # describe cap1 (loop); is_a vqa; garment type base.
    case(
        "MYN46-041",
        caption("a woman in a black cardigan and a white top"),
        she("a black shrug and a white top"),
        shirt_color("white"),
        Q.color("black"),
        describe_shirt(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with cotton fabric. The"
            " lady wears a long-sleeve cardigan with pure color patterns. The cardigan",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        Q.garment_type("shrug"),
        gender="Women",
        category="Shrug",
        color="Black",
        title="Tokyo Talkies Women Black Solid Open Front Shrug",
    ),
    # 042 Photo: a boy in a white kurta with blue embroidery at the neck yoke and white pyjama. The seller gave no
    # gender and no colour.
    # caption base; he vqa (a girl); shirt color base; describe base; color base (the embroidery's blue); garment
    # type cap3 (loop).
    case(
        "MYN46-042",
        caption("a young boy in a white kurta"),
        he("a girl wearing a white dress", "pronoun"),
        shirt_color("white"),
        describe_shirt("the shirt is white with blue embroidery on the neck"),
        Q.color("blue", "contradiction"),
        Q.garment_type(
            "This person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This"
            " person wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        category="Kurta Sets",
        title="VASTRAMAY Boys White Embroidered Kurta with Pyjamas",
    ),
    # 043 Photo: a woman jogging on a park track in a sea-green running tee and black tights; trees behind.
    # caption base (names the park); she base (he); shirt color base; color base (teal, accepted); describe vqa (leak);
    # material base (invents uv protection and anti-odour).
    case(
        "MYN46-043",
        caption("a woman running in a park wearing a green shirt and black leggings"),
        she("he is wearing a green shirt and black leggings", "pronoun"),
        shirt_color("green"),
        Q.color("teal"),
        describe_shirt(
            "Question: What is the color of the shirt? Answer: green Question: What is the color of the leggings?"
            " Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester, moisture-wicking and anti-odour with uv protection", "unsupported"),
        gender="Women",
        category="Tshirts",
        color="Sea Green",
        title="HRX by Hrithik Roshan Women Sea Green Rapid-Dry Running T-shirt",
    ),
    # 044 Photo: a man in a lavender formal shirt with a navy tie and a chest pocket, grey trousers.
    # caption cap3 (the lady); he base; shirt color base; describe base (cut before the limit); color vqa (the tie's
    # navy); sleeve length base; material vqa ("yes").
    case(
        "MYN46-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears long trousers.",
            "pronoun",
        ),
        he("a purple shirt and a tie"),
        shirt_color("lavender"),
        describe_shirt("it is a purple shirt with a navy tie and a pocket on the", "cut"),
        Q.color("navy", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("yes", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Lavender",
        title="Louis Philippe Men Lavender Slim Fit Solid Formal Shirt",
    ),
]
