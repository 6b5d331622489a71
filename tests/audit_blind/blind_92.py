"""BLIND_92 (44 products; the experiments re-run on a Myntra-style catalog of women's topwear): written blind in the
nineteenth session. Measured blind at 4c15b2e: 132/146 failures found (90.4%) and 8/149 correct texts flagged
(5.4%). The writer's notes, verbatim:

Blind corpus 92: BLIP-2 OPT-2.7b and the original experiments' adapters on a Myntra-style women's topwear catalog.

Scenario: the original experiments' models re-run on a Myntra-style catalog of women's topwear (tops, t-shirts,
shirts, kurtis, tunics, sweatshirts), photographed on models who wear them with jeans, skirts or trousers, plus a
few flat packshots with no person. Each product was asked enrich's default questionnaire (DEFAULT_QUESTIONS), or the
closed questions of BLIND_QUESTIONS, or a short set of the experiments' own prompts (wearing, describe, details),
with a few is_a yes/no and color_of questions. Seller columns come from the marketplace: gender ("Women"),
category (Myntra article type: Tshirts, Tops, Shirts, Kurtis, Tunics, Sweatshirts), color (Myntra base colour)
and title; some products lack some of them.

Which system wrote which text (named again in the comment above each case):
- base: the untuned Salesforce/blip2-opt-2.7b. Short answers that stop; fails with one color for every garment,
  the background's or the bottoms' color, a wrong pronoun, an invented detail, "no" to "Is this a kurti?", a
  long kurti called a dress, and now and then a continued "Question: ... Answer:" pair.
- cap-e1 / cap-e3: the caption adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
  Data2_V2_Blip2_Finetune_Caption, epoch 3). Every prompt gets the DeepFashion template ("The lady wears a
  long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."), with pattern words and no hue,
  run on until the token limit (50 for captions, 30 for answers).
- vqa: the VQA adapter (Data3_V3_BLIP2_VQA). In-shop class words (tee, blouse, sweater), loops of one word, and the
  trained prompt generated back ("Question: What is the color of the ... Answer: ..."); captions broken.
- Closed questions store the mapped candidate when the raw answer maps, the raw text when it does not (so a
  template or a restatement can stand as a closed answer).

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the layout, the makers and TARGETS); nothing else of the project, and I ran only an import check of this file.
Each case's photo is imagined in the comment above it and every label is judged against that photo.

Label conventions and judgement calls:
- One label per text: the fault a reader would name first. A template answer to a color, yes/no or similar question
  is non_answer (it says nothing about the question) even though it also ran to the limit; a template answer to a
  wearing/describe/details/material question is cut when it stops mid-phrase, since it does describe the garment.
  A template caption that calls a kurti a "dress" is contradiction (seller category) even though it is cut; a template
  caption inventing a lady and denim pants on a flat packshot is unsupported.
- hit_limit=True on every text that ran to max_new_tokens (30 for answers, 50 for captions): cut texts, loops,
  leaks and template answers from the adapters. A few base-model texts stop mid-phrase before the limit (cut,
  hit_limit=False).
- cut = stopped mid-phrase; loop = the same word or phrase repeated to the limit, including the template repeating
  its own sentence; leak = "Question:"/"Answer:" of the prompt format in the output.
- other_garment_color = the product (the topwear) given the color of the jeans, skirt, trousers, leggings or the
  layered jacket. The bottoms given the top's color ("one color for every garment") is contradiction. A color
  taken from the background is contradiction (the seller color and the other texts say otherwise). A product given
  the bottoms' material ("denim" for a t-shirt worn with a denim skirt) is contradiction.
- Near-color synonyms count as correct: Mustard = yellow, Maroon = burgundy, Navy Blue = blue / dark blue,
  Olive = green, Rust = orange, Coral = orange, Lavender / Mauve = purple, Off White = cream / white, Teal = teal,
  Grey Melange / Charcoal = grey; Peach given as "pink" is correct for a pale pinkish peach (the photo says so).
- A patterned product's main color is the ground color; naming the print's colors along with it ("blue and white
  polka dot top") is correct. Background colors, walls and floors named in a caption are correct when the garment
  colors are right. A layer (denim jacket over the white t-shirt) named in the caption is correct.
- Garment words: kurta for a kurti, tunic, blouse for a top, crop top, tank top, hoodie for a hooded sweatshirt are
  correct; "dress" for a kurti and "shirt" for a kurti are contradiction (seller category); "no" to "Is this a
  kurti?" on a kurti and "yes" to "Is this a dress?" on a top are contradiction. is_a asks about the product, so
  "yes" to "Is this a jacket?" for a t-shirt worn under a jacket is contradiction.
- Material: a plausible fabric for the visible texture (cotton, velvet, denim, polyester, fleece, wool for a rib
  knit) is correct; percentages, linings, brands and countries of origin are unsupported. Details not visible
  (the back of a garment on a front view, a zip, a purse, a dupatta, pockets that are not there) are unsupported;
  a person invented on a flat packshot is unsupported.
- non_answer = nothing said ("clothes", "a garment", "it is a t-shirt" to the details question, template to a color
  question); restated = only the question's words back ("the details of the garment are the details of the
  garment", "the t-shirt" to "Describe the t-shirt.").
- pronoun = a male word (man, he, his, gentleman) for a woman in a Women product; "she"/"the lady" is correct.
- The DeepFashion pattern words are correct where they fit: "pure color"/"solid color" for a plain garment,
  "lattice" for checks, "graphic" for a print; a template caption with no hue that ends on a full sentence under the
  limit is correct (hard case: no color at all).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


W = "Women"

BLIND_92: list[Case] = [
    # 1. Woman in a navy blue and white horizontally striped round-neck tee, short sleeves, light blue jeans, white
    # studio backdrop. All texts: base.
    case(
        "MYN-TS-41207",
        caption("a woman wearing a navy and white striped t-shirt and jeans"),
        D.wearing("a striped shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("short"),
        D.description("a navy blue and white striped t-shirt"),
        gender=W,
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Women Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 2. Woman in a plain white shirt-style top (collar, button front, long sleeves) tucked into black trousers, grey
    # backdrop. Caption and all open answers: cap-e3 (template for every prompt); closed ones mapped from cap-e3.
    case(
        "MYN-TP-38811",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel."
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The lady wears a long trousers. The trousers "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="White",
        title="HERE&NOW Women White Solid Shirt Style Top",
    ),
    # 3. Woman in a mustard yellow straight knee-length kurti with a small white floral block print, three-quarter
    # sleeves, mandarin collar, white palazzo trousers, beige wall behind. Base for everything.
    case(
        "MYN-KU-20931",
        caption("a woman in a yellow kurta standing in front of a wall"),
        B.garment_type("kurta"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("cotton"),
        is_a("kurti", "no", "contradiction"),
        color_of("kurti", "yellow", kind="open"),
        color_of("pants", "yellow", "contradiction", kind="open"),  # the palazzos are white: one color for all
        gender=W,
        category="Kurtis",
        color="Mustard",
        title="Anouk Women Mustard Yellow & White Floral Printed Straight Kurti",
    ),
    # 4. Flat packshot, no person: grey melange crew-neck sweatshirt laid flat on white, long sleeves, ribbed cuffs,
    # small black "BROOKLYN" print on the chest. Caption: cap-e1; answers: base.
    case(
        "MYN-SW-77102",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.pattern("graphic"),
        D.sleeve_length("long"),
        D.description("a grey sweatshirt with the word brooklyn on it"),
        D.details("it has a crew neck and ribbed cuffs and a print on the front"),
        gender=W,
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Women Grey Melange Printed Sweatshirt",
    ),
    # 5. Woman in a black sleeveless ribbed fitted tank top, blue skinny jeans, white backdrop. All texts: vqa.
    case(
        "MYN-TP-51330",
        caption(_rep("tank", 50), "loop", hit_limit=True),
        B.garment_type("tank top"),
        B.color("blue", "other_garment_color"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless"),
        B.material(_rep("denim", 30), "loop", hit_limit=True),
        color_of("top", "black"),
        color_of("jeans", "blue"),
        is_a("tank top", "yes"),
        gender=W,
        category="Tops",
        color="Black",
    ),
    # 6. Woman in a white round-neck tee with a red cherry graphic on the front, short rolled sleeves, tucked into a
    # black skirt, plain pink wall behind. All texts: base.
    case(
        "MYN-TS-63318",
        caption("a woman in a white t-shirt and black skirt in front of a pink wall"),
        D.wearing("a white t-shirt and a black skirt"),
        D.garment_type("t-shirt"),
        D.color("pink", "contradiction"),  # the wall's color
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description("a white t-shirt with a cherry on it"),
        D.details("the t-shirt has a cherry print on the front and the word cherry on the back", "unsupported"),
        gender=W,
        category="Tshirts",
        color="White",
        title="Tokyo Talkies Women White Printed Round Neck T-shirt",
    ),
    # 7. Woman in an olive green utility shirt (long sleeves rolled up, two flap chest pockets, button front), blue
    # jeans, studio. Caption and answers: cap-e3; the yes/no mapped from cap-e3.
    case(
        "MYN-SH-10458",
        caption(
            "The female is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The female wears a long pants. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The female is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The female is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        details("shirt", "The shirt is with cotton fabric and its neckline is lapel. It has two pockets on the chest."),
        gender=W,
        category="Shirts",
        color="Olive",
        title="Roadster Women Olive Green Solid Casual Utility Shirt",
    ),
    # 8. Woman in a maroon velvet full-sleeve top with a ruffled high neck, black trousers, studio. All texts: vqa.
    case(
        "MYN-TP-29004",
        caption(
            "blouse Question: What is the color of the blouse? Answer: red Question: What is the color of the pants? "
            "Answer: black Question: Is this a blouse? Answer: yes Question: What",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("blouse"),
        B.color("burgundy"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        B.material("velvet"),
        is_a("blouse", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("pants", "red", "contradiction", kind="open"),  # the trousers are black
        gender=W,
        category="Tops",
        color="Maroon",
        title="DressBerry Women Maroon Solid Velvet Ruffled Top",
    ),
    # 9. Woman with cropped short hair in a white oversized button-down shirt, long sleeves, over light blue jeans,
    # white backdrop. All texts: base.
    case(
        "MYN-SH-55762",
        caption("a man in a white shirt and jeans standing against a white background", "pronoun"),
        wearing("he is wearing a white shirt and blue jeans", "pronoun"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "contradiction"),  # light blue jeans given the shirt's white
        details("shirt", "the shirt has a collar and buttons down the front"),
        gender=W,
        category="Shirts",
        color="White",
        title="Mast & Harbour Women White Solid Oversized Casual Shirt",
    ),
    # 10. Woman in a lavender smocked crop top with short puff sleeves and a square neck, high-waist white jeans,
    # blurred green garden behind; front view only. Caption: cap-e1 (a full template under the limit); answers: base.
    case(
        "MYN-TP-84213",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is square. The lady wears a long trousers."
        ),
        D.wearing("a purple top and white jeans"),
        D.garment_type("crop top"),
        D.color("purple"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.description("a purple top with puffy sleeves and a bow at the back", "unsupported"),
        D.details(_rep("puffy sleeves", 10), "loop", hit_limit=True),
        gender=W,
        category="Tops",
        color="Lavender",
        title="SASSAFRAS Women Lavender Solid Smocked Crop Top",
    ),
    # 11. Woman in a teal calf-length A-line kurti with gold foil print, long sleeves, round neck, white leggings,
    # studio. All texts: cap-e3 (closed ones mapped where they map).
    case(
        "MYN-KU-60157",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and it has a round neckline. The lady wears a long leggings. The leggings "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Teal",
        title="Libas Women Teal Foil Printed A-Line Kurti",
    ),
    # 12. Woman in a red and black buffalo-check flannel shirt worn open over a black tank, black jeans, studio.
    # All texts: vqa.
    case(
        "MYN-SH-31876",
        caption(_rep("red", 50), "loop", hit_limit=True),
        wearing(
            "shirt Question: What is the color of the shirt? Answer: red Question: What is the color of the pants? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        color_of("pants", "black"),
        is_a("shirt", "yes"),
        describe("shirt", _rep("red and black", 10), "loop", hit_limit=True),
        gender=W,
        category="Shirts",
        color="Red",
        title="Roadster Women Red & Black Checked Casual Shirt",
    ),
    # 13. Flat packshot, no person: pale pinkish peach ribbed round-neck tee, short sleeves, on light grey.
    # All texts: base.
    case(
        "MYN-TS-90245",
        caption("a pink t-shirt on a grey background"),
        D.wearing("a woman wearing a pink t-shirt", "unsupported"),
        D.garment_type("t-shirt"),
        D.color("pink"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.description("a pink t-shirt"),
        D.details("it is a t-shirt", "non_answer"),
        D.material("cotton"),
        gender=W,
        category="Tshirts",
        color="Peach",
        title="DressBerry Women Peach-Coloured Solid Ribbed T-shirt",
    ),
    # 14. Woman in a black tee with a white "NEW YORK" graphic, short sleeves, tucked into a light blue denim mini
    # skirt, white sneakers, red brick wall behind. Per question: base for caption, wearing, closed ones and
    # material; cap-e3 for description and details.
    case(
        "MYN-TS-12690",
        caption("a woman in a black t-shirt and denim skirt standing in front of a brick wall"),
        D.wearing("a black t-shirt and a denim skirt"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a short skirt. The skirt is "
            "with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("denim", "contradiction"),  # the skirt's fabric
        gender=W,
        category="Tshirts",
        color="Black",
        title="Roadster Women Black Printed Round Neck T-shirt",
    ),
    # 15. Woman in a white chikankari kurti (white thread embroidery on white), three-quarter sleeves, round neck,
    # blue jeans, studio. Caption and material: cap-e3; closed ones mapped from cap-e3; is_a: cap-e3 mapped.
    case(
        "MYN-KU-47719",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        B.color("white"),
        B.pattern("embroidered"),
        B.sleeve_length("three-quarter"),
        B.material(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        is_a("kurti", "no", "contradiction"),
        gender=W,
        category="Kurtis",
        color="White",
        title="Ada Women White Chikankari Embroidered Straight Kurti",
    ),
    # 16. Woman in a rust orange long-sleeve wrap top with a V-neck and a tie at the waist, black trousers, white
    # backdrop. All texts: base.
    case(
        "MYN-TP-70321",
        caption("a woman in an orange top and black pants"),
        wearing("she is wearing an orange wrap top and black pants", who="the woman"),
        color_of("top", "orange"),
        color_of("pants", "orange", "contradiction", kind="open"),
        is_a("wrap top", "yes"),
        details("top", "v-neck, long sleeves and a tie at the waist"),
        gender=W,
        category="Tops",
        color="Rust",
        title="Mast & Harbour Women Rust Orange Solid Wrap Top",
    ),
    # 17. Woman in a pink and white tie-dye sweatshirt, long sleeves, grey joggers, studio. All texts: vqa.
    case(
        "MYN-SW-22980",
        caption(
            "a pink sweater Question: What is the color of the sweater? Answer: pink Question: What is the color of "
            "the pants? Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        D.wearing(_rep("sweater", 30), "loop", hit_limit=True),
        D.garment_type("sweatshirt"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),  # tie-dye, the seller's title says so
        D.sleeve_length("long"),
        D.description(_rep("pink and white", 8), "loop", hit_limit=True),
        D.details(
            "Question: What are the details of the sweater? Answer: pink Question: What are the details of the pants? "
            "Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender=W,
        category="Sweatshirts",
        color="Pink",
        title="Tokyo Talkies Women Pink Tie and Dye Sweatshirt",
    ),
    # 18. Woman in a navy blue top with small white polka dots, short flutter sleeves, white jeans, studio.
    # All texts: base.
    case(
        "MYN-TP-36654",
        caption("a woman wearing a blue and white polka dot top and white jeans"),
        B.garment_type("top"),
        B.color("white", "other_garment_color"),  # the jeans' (and the dots') white, the top is navy
        B.pattern("polka dot"),
        B.sleeve_length("short sleeves"),
        B.material("100% polyester with a soft lining", "unsupported"),
        color_of("top", "navy blue"),
        color_of("jeans", "white"),
        is_a("blouse", "yes"),
        gender=W,
        category="Tops",
        color="Navy Blue",
        title="Harpa Women Navy Blue & White Polka Dot Print Top",
    ),
    # 19. Woman in a white sleeveless tank top with a black graphic face print, black mini skirt, studio.
    # All texts: cap-e3 (the yes/no mapped).
    case(
        "MYN-TP-58127",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "top",
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is round. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is round. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        is_a("tank top", "yes"),
        gender=W,
        category="Tops",
        title="Tokyo Talkies Women White Graphic Print Tank Top",
    ),
    # 20. Woman with long hair in a sky blue shirt with thin white vertical pinstripes, long sleeves, tucked into white
    # trousers, studio. All texts: base.
    case(
        "MYN-SH-88410",
        caption("a woman in a blue and white striped shirt and white pants"),
        wearing("a blue shirt and white pants Question: what is the color of the shirt? Answer: blue", "leak"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "contradiction", kind="open"),
        details("shirt", "his shirt has a collar and buttons", "pronoun"),
        gender=W,
        category="Shirts",
        color="Blue",
        title="Van Heusen Woman Blue & White Striped Formal Shirt",
    ),
    # 21. Woman in an olive green pullover hoodie with a kangaroo pocket, black leggings, studio. All texts: vqa.
    case(
        "MYN-SW-40563",
        caption(_rep("green", 50), "loop", hit_limit=True),
        B.garment_type("hoodie"),
        B.color("black", "other_garment_color"),  # the leggings
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        B.material(
            "cotton Question: What is the color of the hoodie? Answer: green Question: What is the color of the "
            "leggings? Answer: black",
            "leak",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no", "contradiction"),
        color_of("hoodie", _rep("green", 15, "-"), "loop", kind="open", hit_limit=True),
        gender=W,
        category="Sweatshirts",
        color="Olive",
        title="HRX by Hrithik Roshan Women Olive Green Solid Hooded Sweatshirt",
    ),
    # 22. Flat packshot, no person, front view: black crew-neck sweatshirt with "PARIS" in white letters on the chest,
    # long sleeves, on white. All texts: base.
    case(
        "MYN-SW-16094",
        caption("a black sweatshirt with the word paris on it"),
        D.wearing("a sweatshirt"),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.sleeve_length("long"),
        D.description("a black sweatshirt with the word paris written on it in white"),
        D.details(
            "the word paris is written in white letters on the front and the back of the sweatshirt", "unsupported"
        ),
        gender=W,
        category="Sweatshirts",
        color="Black",
        title="Roadster Women Black Typography Printed Sweatshirt",
    ),
    # 23. Woman in a yellow sleeveless peplum top with a floral print, round neck, blue jeans, studio.
    # All texts: cap-e3 (closed ones mapped where they map).
    case(
        "MYN-TP-73385",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.color(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric and its "
            "neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The tank top is with chiffon fabric and its neckline is round. The tank top is with chiffon fabric and "
            "its neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The tank top is with chiffon fabric and its neckline is round. The lady wears a long pants. The pants are "
            "with denim fabric",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Yellow",
        title="SASSAFRAS Women Yellow Floral Print Peplum Top",
    ),
    # 24. Woman in a coral short-sleeve tee knotted at the front, blue mom jeans, studio. All texts: vqa.
    case(
        "MYN-TS-27748",
        caption(
            "orange Question: What is the color of the tee? Answer: orange Question: What is the color of the jeans? "
            "Answer: blue Question: Is this",
            "leak",
            hit_limit=True,
        ),
        wearing(_rep("tee", 30), "loop", hit_limit=True),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        is_a("t-shirt", "yes"),
        gender=W,
        color="Coral",
        title="Mast & Harbour Women Coral Solid Knotted T-shirt",
    ),
    # 25. Woman in an ankle-length navy blue flared anarkali kurti with a white floral print, full sleeves; the
    # hem hides the bottoms, feet visible. All texts: base.
    case(
        "MYN-KU-95032",
        caption("a woman in a long blue dress with white flowers", "contradiction"),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves"),
        is_a("kurti", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        category="Kurtis",
        color="Navy Blue",
        title="Libas Women Navy Blue Floral Printed Anarkali Kurti",
    ),
    # 26. Woman in a black and white gingham checked shirt, long sleeves, black trousers, studio.
    # All texts: cap-e1.
    case(
        "MYN-SH-64419",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "trousers",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Black",
        title="Roadster Women Black & White Gingham Checked Shirt",
    ),
    # 27. Woman in a beige linen shirt-style tunic, mid-thigh, long sleeves rolled up, blue jeans, studio.
    # All texts: base.
    case(
        "MYN-TU-31128",
        caption("a woman wearing a beige shirt and jeans"),
        D.wearing("clothes", "non_answer"),
        D.garment_type("tunic"),
        D.color("the color of the garment is the color of the garment", "restated"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description("a garment", "non_answer"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("the garment is made of material", "restated"),
        gender=W,
        category="Tunics",
        color="Beige",
        title="Mast & Harbour Women Beige Solid Linen Tunic",
    ),
    # 28. Woman in a red rib-knit high-neck top, long sleeves, tucked into a black midi skirt, studio.
    # All texts: vqa.
    case(
        "MYN-TP-82076",
        caption(_rep("a sweater", 25), "loop", hit_limit=True),
        D.wearing(
            "sweater Question: What is the color of the sweater? Answer: red Question: What is the color of the skirt? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.color("black", "other_garment_color"),  # the skirt
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(_rep("red", 30), "loop", hit_limit=True),
        D.details(
            "Question: What are the details of the sweater? Answer: the sweater is red Question: What are the details "
            "of the skirt?",
            "leak",
            hit_limit=True,
        ),
        D.material("wool"),
        gender=W,
        category="Tops",
        color="Red",
        title="DressBerry Women Red Solid Fitted High Neck Top",
    ),
    # 29. Woman in a plain white round-neck tee under an open light blue denim jacket, black jeans, studio; the product
    # is the tee. All texts: base.
    case(
        "MYN-TS-19583",
        caption("a woman wearing a denim jacket over a white t-shirt and black jeans"),
        wearing("a denim jacket, white t-shirt and black jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),  # the jacket
        is_a("jacket", "yes", "contradiction"),
        details("t-shirt", "the t-shirt has a small logo on the chest and a pocket", "unsupported"),
        gender=W,
        category="Tshirts",
        color="White",
        title="HERE&NOW Women White Solid Round Neck T-shirt",
    ),
    # 30. Woman in a mustard yellow sweatshirt with a white graphic on the chest, long sleeves, blue jeans, studio.
    # Caption and open answers: cap-e3; closed ones mapped from cap-e3.
    case(
        "MYN-SW-56231",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        B.color(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        B.sleeve_length("long sleeves"),
        B.material(
            "The sweater is with cotton fabric and its neckline is round. The lady wears a long pants. The pants are "
            "with denim",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "sweatshirt",
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        gender=W,
        category="Sweatshirts",
        color="Mustard",
        title="Tokyo Talkies Women Mustard Yellow Printed Sweatshirt",
    ),
    # 31. Woman with a short pixie cut in a grey melange oversized tee with a small black chest print, black jeans,
    # studio. All texts: base. Seller row has no category or title.
    case(
        "MYN-TS-73002",
        caption("a man wearing a grey t-shirt and black jeans", "pronoun"),
        wearing("he is wearing a grey t-shirt and black pants", "pronoun"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),  # the jeans
        color_of("jeans", "black"),
        gender=W,
        color="Grey Melange",
    ),
    # 32. Woman in a mint green sleeveless ruffled top, white skirt, studio. All texts: cap-e3 (the yes/no mapped).
    case(
        "MYN-TP-44870",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", _rep("pure color", 15), "loop", kind="open", hit_limit=True),
        details(
            "top",
            "The tank top is with chiffon fabric and its neckline is round. The lady wears a short skirt. The skirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        gender=W,
        category="Tops",
        color="Green",
        title="Harpa Women Green Solid Ruffled Top",
    ),
    # 33. Woman in a white straight kurti with blue thread embroidery around the neckline only, three-quarter
    # sleeves, blue palazzo trousers, studio. All texts: base.
    case(
        "MYN-KU-15567",
        caption("a woman wearing a white top and blue pants"),
        D.wearing("a blue kurta and white pants", "other_garment_color"),
        D.garment_type("kurta"),
        D.color("blue", "other_garment_color"),
        D.pattern("embroidered"),
        D.description("a blue kurta with white embroidery", "other_garment_color"),
        D.details("embroidery on the neckline and the hem and the sleeves and the pockets", "unsupported"),
        gender=W,
        category="Kurtis",
        color="White",
        title="Fabindia Women White Embroidered Straight Kurti",
    ),
    # 34. Woman in an off-white tunic with a pink and green floral print, three-quarter sleeves, white trousers,
    # studio. All texts: vqa.
    case(
        "MYN-TU-68809",
        caption(
            "a floral blouse Question: Is this a blouse? Answer: yes Question: What is the color of the blouse? "
            "Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("tunic"),
        B.color("cream"),
        B.pattern("floral"),
        B.material(_rep("floral", 30), "loop", hit_limit=True),
        is_a("tunic", "no", "contradiction"),
        color_of("trousers", "white"),
        gender=W,
        category="Tunics",
        color="Off White",
        title="W Women Off-White & Pink Floral Printed Tunic",
    ),
    # 35. Woman in a light blue chambray (denim) shirt, long sleeves, black skirt, studio. All texts: base.
    case(
        "MYN-SH-29315",
        caption("a woman in a denim shirt and black skirt posing for a photo"),
        D.color("blue"),
        D.pattern("the pattern is a pattern", "restated"),
        D.description("a blue denim shirt by levi's", "unsupported"),
        D.details("the shirt is a shirt", "restated"),
        D.material("denim"),
        gender=W,
        category="Shirts",
        color="Blue",
        title="Roadster Women Blue Chambray Casual Shirt",
    ),
    # 36. Woman with short hair in a plain charcoal grey crew-neck sweatshirt, black trousers, studio.
    # All texts: cap-e3 (the yes/no mapped).
    case(
        "MYN-SW-81143",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes"),
        gender=W,
        category="Sweatshirts",
        color="Charcoal",
        title="HRX Women Charcoal Grey Solid Sweatshirt",
    ),
    # 37. Woman in a pink floral-print top with a ruffled hem and short flutter sleeves, white jeans, studio; front
    # view, no fastening visible. All texts: base (two stop early, mid-phrase).
    case(
        "MYN-TP-17452",
        caption("a woman in a pink floral top and white jeans with a", "cut"),
        wearing("a pink top and white jeans"),
        color_of("top", "white", "other_garment_color", kind="open"),  # the jeans
        details("top", "ruffles on the bottom and the sleeves and", "cut"),
        describe("top", "a pink floral top with ruffles and a zip on the back", "unsupported"),
        gender=W,
        category="Tops",
        color="Pink",
        title="Sera Women Pink Floral Print Ruffled Top",
    ),
    # 38. Woman in a white tee with a red "LOVE" slogan, short sleeves, blue jeans, studio. All texts: vqa.
    case(
        "MYN-TS-50328",
        caption(
            "tee Question: What is the color of the tee? Answer: white Question: What is the color of the jeans? "
            "Answer: blue Question: What cloth is the",
            "leak",
            hit_limit=True,
        ),
        D.wearing(_rep("graphic tee", 10), "loop", hit_limit=True),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("graphic"),
        D.description(_rep("white and blue", 8), "loop", hit_limit=True),
        gender=W,
        category="Tshirts",
        color="White",
        title="DILLINGER Women White Typography Printed T-shirt",
    ),
    # 39. Woman in a black off-shoulder top with long bell sleeves, blue skinny jeans, white studio, hands empty.
    # All texts: base.
    case(
        "MYN-TP-92617",
        caption("a woman in a black off the shoulder top and jeans"),
        wearing("she is wearing a black top and blue jeans and she is holding a purse", "unsupported"),
        color_of("top", "blue", "other_garment_color", kind="open"),  # the jeans
        details("top", "the top details", "restated"),
        gender=W,
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Solid Bardot Top",
    ),
    # 40. Woman in a navy blue straight kurti with a white geometric print, short sleeves, round neck, white trousers,
    # no dupatta, studio. All texts: base (one rare base loop).
    case(
        "MYN-KU-33954",
        caption("a woman wearing a blue and white printed kurta and white pants"),
        D.wearing(_rep("a kurta and pants", 6) + " a", "loop", hit_limit=True),
        D.color("white", "other_garment_color"),  # the trousers
        D.description(
            "a navy blue kurta with white geometric print, round neck and short sleeves, paired with white trousers "
            "and a matching dupatta",
            "unsupported",
        ),
        D.details(
            "the kurta has a round neck, short sleeves, a geometric print all over and side slits at the hem, and the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Navy Blue",
        title="Anouk Women Navy Blue Geometric Printed Straight Kurti",
    ),
    # 41. Woman in a red tee with white horizontal stripes, short sleeves, tucked into blue jeans, studio.
    # All texts: vqa.
    case(
        "MYN-TS-66180",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What is the color of the tee? Answer: "
            "red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing(_rep("striped tee", 10), "loop", hit_limit=True),
        color_of("t-shirt", "red"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "the t-shirt", "restated"),
        gender=W,
        category="Tshirts",
        color="Red",
        title="Roadster Women Red & White Striped Round Neck T-shirt",
    ),
    # 42. Flat packshot, no person: sky blue oversized sweatshirt with a white "CALIFORNIA" print, laid on a light
    # wooden floor. Caption: cap-e1; answers: base. No seller title.
    case(
        "MYN-SW-24406",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        B.color("blue"),
        B.material("the material of the garment", "restated"),
        is_a("sweatshirt", "yes"),
        gender=W,
        category="Sweatshirts",
        color="Blue",
    ),
    # 43. Woman in a mauve chiffon tie-neck blouse, full sleeves, tucked into grey trousers, office interior behind.
    # All texts: base.
    case(
        "MYN-TP-10739",
        caption("a woman in a purple blouse and grey pants standing in an office"),
        wearing("his outfit is a purple shirt and grey pants", "pronoun"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),  # the trousers
        details("blouse", "the details are the details of the blouse", "restated"),
        describe("blouse", "a purple silk blouse from zara", "unsupported"),
        gender=W,
        category="Tops",
        color="Mauve",
        title="AND Women Mauve Solid Tie-Neck Top",
    ),
    # 44. Woman in a bottle green satin shirt, long sleeves, black jeans, studio. All texts: cap-e3 (the yes/no
    # mapped). No seller color.
    case(
        "MYN-SH-77531",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with satin fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with satin fabric and its "
            "neckline is lapel. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with satin fabric and its "
            "neckline is lapel. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with satin fabric and its neckline is lapel. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=W,
        category="Shirts",
        title="Mast & Harbour Women Green Satin Finish Casual Shirt",
    ),
]
