"""BLIND_52 (44 products; the experiments re-run on a Myntra-style kids' wear catalog): written blind in the
sixteenth session. Measured blind at 0ea7a70: 123/141 and 18/145. The writer's notes, verbatim:

Blind corpus 52: BLIP-2 OPT-2.7b outputs on an Indian marketplace's kids' wear catalog (Myntra style).

Scenario
--------
The original experiments' base model and adapters re-run on 44 kids' wear products (boys' and girls' t-shirts,
frocks, dungarees, shorts, track pants, ethnic sets, night suits, jackets), one product per item. Photos are either a
child model in a studio or outdoors, a flat lay on a sheet, bed or floor, or a product shot on a hanger or a child
mannequin. Each item holds a caption and answers to enrich's default questionnaire (DEFAULT_QUESTIONS, the open
"wearing", "description", "details" and "material" questions and the closed garment_type, color, pattern and
sleeve_length questions), plus "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions where
they fit the photo. Catalog columns come from the seller: gender (Boys, Girls, Unisex), category (Myntra's kids'
categories: Tshirts, Dresses, Dungarees, Shorts, Track Pants, Kurta Sets, Lehenga Choli, Night suits, Jackets,
Clothing Set), color (Myntra's color names: Navy Blue, Mustard, Peach, Off White, Olive, Maroon, Teal, Coral,
Lavender, Fuchsia, Grey Melange, Multi ...) and title (the seller's own words).
One product (KW52-033) lacks a title, one (KW52-044) lacks every column.

Which system wrote which text
-----------------------------
The comment above each case describes the imagined photo and names the writer of every text:
  - BASE: the untuned `Salesforce/blip2-opt-2.7b` (short lowercase captions and answers, stops on the newline).
    Its failures: wrong pronoun for the child, one color repeated for every garment, invented details, non-answers,
    the question echoed back, now and then a repeated phrase or an answer cut before its end.
  - CAP1 / CAP3: the caption adapter after epoch 1 / epoch 3 (`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`,
    `leoreigoto/Data2_V2_Blip2_Finetune_Caption`). They write the DeepFashion-MultiModal template ("The upper clothing
    has short sleeves, cotton fabric and pure color patterns. It has a crew neckline ..."), with no hue names, for
    every prompt, and never stop: every free text they write runs to the token limit (cut) or loops, invents
    accessories and a "lady"/"gentleman" (even on flat lays), and sometimes echoes the `Question: ... Answer:` frame.
  - VQA: the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`). Its free text never stops either: In-shop class words
    ("tee", "denim", "tank") and colors repeated ("black-black-black..."), or the prompt frame leaked back
    ("white Question: What is the color of the ... Answer: ...").
  - CAP3+QA: the third experiment, a CAP3 caption read by the extractive QA model `timpal0l/mdeberta-v3-base-squad2`;
    its answers are spans of the caption (or empty).
  Closed questions (garment_type, color, pattern, sleeve_length, is_a, closed color_of) are answered by the reference
  engine ranking candidate answers with the named system, so they are short; where the system's raw text could not be
  mapped to a candidate it is kept as it came (so loops and template text also appear in closed answers).

How it was written
------------------
Blind. Only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text layout, the
makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS) were read; no audit code, no other corpus, no documentation.
Every label was judged by hand against the imagined photo in the comment above its case. The only thing run was an
import check of this file.

Label conventions and judgement calls
-------------------------------------
  - One label per text: its most salient failure. A text that repeats itself until the token limit is `loop`
    (hit_limit=True), not `cut`; a text that ends mid-phrase without repeating is `cut`; a template text that leaks
    "Question:" / "Answer:" is `leak` even when it also runs to the limit; a template text that invents a person,
    a ring or an accessory on a flat lay is `unsupported` even when it also runs to the limit.
  - hit_limit=True marks every text that used all its new tokens (30 for answers, 50 for captions). A few `cut`
    texts stop mid-phrase before the limit (hit_limit=False). No correct text reached the limit: the caption and VQA
    adapters never stop, so none of their free texts is correct; their closed (ranked) answers can be.
  - `cut` also covers the caption template returned for a question (the caption adapter answers every prompt with
    the template): the answer neither answers nor ends.
  - `non_answer`: no information about the asked thing: "nothing", "i don't know", an empty extractive span, "they
    are shorts" for the details, a DeepFashion pattern label ("pure color", "graphic patterns") given for a color, a
    pattern given for a material.
  - `restated`: the question's own words returned as the answer ("what are the details of the garment", "the material
    of the garment is a garment").
  - `pronoun`: he/his/boy/gentleman for a Girls product, she/her/girl/lady for a Boys product. Unisex products accept
    any pronoun, and products without a gender column get none of these labels. "lady"/"woman"/"gentleman" for a
    child of the matching gender is not a failure (the template's adult words are not a failure kind here).
  - `other_garment_color`: an open answer (wearing, description, details, open color_of) that gives the product (or a
    piece of the product's set) the color of another garment in the photo. A closed color answer that names another
    garment's color, or a color of the background, is `contradiction` (it contradicts the seller's color and the
    other texts); so is a color_of answer that gives a non-product garment the product's color.
  - `contradiction`: also a garment class the seller's category and photo contradict, "no" to "Is this a <the
    product>?", a shoe answered as the garment, navy answered "black" where the photo shows clear navy.
  - `unsupported`: details the photo does not show (pockets, collars, bows, zips, shoes, rings, a person on a flat
    lay) and claims no photo can show (fabric composition, "organic", certifications).
  - Near-color synonyms are correct: Navy Blue -> blue, Mustard -> yellow, Maroon -> red, Peach -> pink, Olive ->
    green, Off White -> cream/white, Teal -> blue, Coral -> orange, Lavender -> purple, Fuchsia -> pink, Grey Melange
    -> grey, Multi -> multicolor. "white and silver" for a white sequinned dress is correct.
  - Layers: the color of a jacket asked as the garment is the jacket's; the t-shirt under it named in "wearing" is
    correct. Backgrounds (walls, grass, balloons, beds) named in a caption are correct.
  - Sets: naming one piece of a set as garment_type ("t-shirt" for a t-shirt-and-shorts Clothing Set, "tank top" for
    a shorts night suit) is correct; so are near classes: "overalls" or "jumpsuit" for dungarees, "dress" for a
    pinafore dungaree dress, "skirt" for a lehenga, "hoodie" for a zip hooded sweat jacket, "coat" for a rain jacket.
  - Flat lays and product shots: "What is the person wearing?" answered with the garment ("a pink dress") is correct;
    "nothing" is a non-answer.
  - Material: a plausible fabric not contradicted by the title (cotton for a t-shirt, polyester for a padded jacket,
    silk for a festive kurta) is correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_52: list[Case] = [
    # KW52-001. Boy model on a white studio backdrop: navy blue t-shirt with a big green dinosaur print, grey
    # knit shorts, white sneakers. No pocket. All texts BASE.
    case(
        "KW52-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt and grey shorts"),
        D.color("blue"),
        D.pattern("blue", "non_answer"),
        color_of("shorts", "blue", "contradiction"),
        D.details("it has a dinosaur on it and a pocket on the chest", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Tiny Tusk Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
    ),
    # KW52-002. Flat lay on a white sheet: peach sleeveless tiered frock, a small satin bow at the waist, no person.
    # Caption CAP3 (invents a lady with an accessory and a ring; runs to the limit); answers BASE.
    case(
        "KW52-002",
        caption(
            "The dress this lady wears has no sleeves, cotton fabric and pure color patterns. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a peach dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description("a peach colored dress with ruffles and a bow"),
        D.details("i don't know", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Peach",
        title="LittleLoom Girls Peach-Coloured Tiered Fit & Flare Dress",
    ),
    # KW52-003. Toddler boy with longish hair, light grey backdrop: mid-blue denim dungaree shorts over a plain
    # white t-shirt. Caption and description BASE; wearing, garment_type, color, t-shirt color and is_a VQA.
    case(
        "KW52-003",
        caption("a little boy in overalls and a white shirt"),
        D.wearing(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        D.color("blue"),
        color_of(
            "t-shirt",
            "white Question: What is the color of the shorts? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("dungaree", "yes"),
        D.description("a little girl wearing blue overalls and a white shirt", "pronoun"),
        gender="Boys",
        category="Dungarees",
        color="Blue",
        title="Kiddo Lane Boys Blue Denim Dungaree Shorts with T-shirt",
    ),
    # KW52-004. Girl model standing on grass in a garden: mustard yellow frock with a small white and green floral
    # print, short puff sleeves, round neck without a collar. All texts BASE.
    case(
        "KW52-004",
        caption("a little girl in a yellow dress standing in the grass"),
        D.wearing("a yellow dress with flowers on it"),
        D.pattern("floral"),
        D.description("a yellow dress with white flowers and a lace collar", "unsupported"),
        D.details("the dress has puffy sleeves and a", "cut"),
        D.material("100% cotton with a soft inner lining for all day comfort", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Mustard",
        title="LittleLoom Girls Mustard Yellow Floral Print Puff Sleeve A-Line Dress",
    ),
    # KW52-005. Flat lay on white: grey melange joggers, black drawstring, a thin white stripe down each side; no
    # person. Caption CAP1; garment_type, color and description VQA; wearing and details BASE.
    case(
        "KW52-005",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is "
            "of long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        D.garment_type("pants"),
        D.color("grey"),
        D.description(
            "pants Question: Describe the garment. Answer: pants Question: Describe the garment. Answer: pants "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("they have a drawstring at the waist and a white stripe down the side"),
        gender="Unisex",
        category="Track Pants",
        color="Grey Melange",
        title="YoungTrends Unisex Kids Grey Melange Solid Joggers",
    ),
    # KW52-006. Boy model in front of a beige wall: off-white straight kurta with a mandarin collar, long sleeves,
    # white pyjamas. Caption, wearing and color BASE; description and details CAP3.
    case(
        "KW52-006",
        caption("a young boy in a white kurta standing in front of a beige wall"),
        D.wearing("a white kurta and pyjama"),
        D.color("cream"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long length. The fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Off White",
        title="Ethnix Jr Boys Off-White Solid Kurta with Pyjamas",
    ),
    # KW52-007. Girl model, plain cream backdrop: pink lehenga with a wide gold zari border, pink short-sleeve
    # choli, a gold net dupatta with gold tassels over one shoulder. Caption, wearing, details and description
    # BASE; garment_type, pattern and the dupatta's color VQA.
    case(
        "KW52-007",
        caption("a little girl in a pink and gold dress"),
        D.wearing("a pink lehenga"),
        D.garment_type("skirt"),
        D.pattern("embroidered"),
        color_of(
            "dupatta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "it has gold embroidery on the bottom and a gold dupatta with gold embroidery on the border and gold "
            "tassels on the",
            "cut",
            hit_limit=True,
        ),
        D.description("he is wearing a pink and gold lehenga", "pronoun"),
        gender="Girls",
        category="Lehenga Choli",
        color="Pink",
        title="Aarika Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # KW52-008. Flat lay on a wooden floor: boys' night suit, white half-sleeve t-shirt with small blue cars all
    # over, navy blue shorts; no person, no hat. Caption, wearing, color, details CAP3 (the template for every
    # prompt); garment_type and pattern ranked with CAP3; shorts color BASE.
    case(
        "KW52-008",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "person wears a hat. There is",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "lower clothing is of three-point length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pajamas"),
        D.color("graphic patterns", "non_answer"),
        D.pattern("printed"),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "upper clothing has short sleeves, cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        gender="Boys",
        category="Night suits",
        color="White",
        title="Snoozy Boys White & Navy Blue Car Printed Night Suit",
    ),
    # KW52-009. Girl model with a short bob haircut sitting on a bed with white sheets: lavender full-sleeve pyjama
    # set, a unicorn on the top's chest, small stars on the pyjama. All texts BASE.
    case(
        "KW52-009",
        caption("a little boy sitting on a bed in his pajamas", "pronoun"),
        D.wearing("purple pajamas with unicorns on them"),
        D.color("purple"),
        D.sleeve_length("long"),
        D.description("he is wearing a purple pajama set with a unicorn", "pronoun"),
        D.details("the top has a unicorn on the front and the", "cut"),
        is_a("night suit", "yes"),
        gender="Girls",
        category="Night suits",
        color="Lavender",
        title="Snoozy Girls Lavender Unicorn Printed Pure Cotton Night Suit",
    ),
    # KW52-010. Boy model in a studio: black padded puffer jacket with a hood, open zip, a red t-shirt under it,
    # blue jeans. Caption, wearing and description BASE; material CAP3; color, jacket color and details VQA.
    case(
        "KW52-010",
        caption("a young boy wearing a black jacket and jeans"),
        D.wearing("a black jacket, a red shirt and blue jeans"),
        D.color("black"),
        D.description("a red jacket with a hood", "other_garment_color"),
        color_of(
            "jacket",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "jacket Answer: jacket Answer: jacket Answer: jacket Answer: jacket Answer: jacket Answer: jacket Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The outer clothing has long sleeves, other fabric and pure color patterns. The upper clothing has short "
            "sleeves, cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jackets",
        color="Black",
        title="Kiddo Lane Boys Black Solid Hooded Padded Jacket",
    ),
    # KW52-011. Girl model on a pink backdrop: light blue washed denim jacket (two buttoned chest pockets) worn
    # open over a white cotton frock. All texts BASE.
    case(
        "KW52-011",
        caption("a little girl in a white dress and a denim jacket on a pink background"),
        D.wearing("a denim jacket and a white dress"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        color_of("dress", "blue", "contradiction"),
        D.description("a white denim jacket with buttons", "other_garment_color"),
        D.material("it's a jacket", "non_answer"),
        gender="Girls",
        category="Jackets",
        color="Blue",
        title="LittleLoom Girls Blue Washed Denim Jacket",
    ),
    # KW52-012. Boy model on white: olive green cotton cargo shorts with side pockets, plain black t-shirt.
    # Caption and description CAP1; the rest BASE.
    case(
        "KW52-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and green shorts"),
        D.color("green"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        D.details("they have pockets on the sides"),
        D.description(
            "The T-shirt is with cotton fabric. It has a crew neckline. The gentleman wears a three-point shorts. The "
            "shorts are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="YoungTrends Boys Olive Green Solid Cotton Cargo Shorts",
    ),
    # KW52-013. Girl model on a yellow backdrop: fuchsia t-shirt with a silver sequinned heart, blue jeans.
    # Caption, wearing, garment_type, color and the jeans' color VQA; description and details BASE.
    case(
        "KW52-013",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What cloth is the person wearing? "
            "Answer: tee Question: What",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("pink"),
        color_of(
            "jeans",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("a pink t-shirt with a heart on it"),
        D.details("it has a heart made of sequins and a bow on the sleeve", "unsupported"),
        gender="Girls",
        category="Tshirts",
        color="Fuchsia",
        title="Tiny Tusk Girls Fuchsia Sequinned Heart Pure Cotton T-shirt",
    ),
    # KW52-014. Product shot, flat lay on white: plain teal round-neck half-sleeve t-shirt; no person. Caption
    # and color BASE; wearing, description, details and material CAP3+QA (spans of a CAP3 caption
    # "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. ...").
    case(
        "KW52-014",
        caption("a teal t-shirt on a white background"),
        D.wearing("The upper clothing", "non_answer"),
        D.color("blue"),
        D.description("short sleeves, cotton fabric and pure color patterns"),
        D.details("", "non_answer"),
        D.material("cotton fabric"),
        gender="Unisex",
        category="Tshirts",
        color="Teal",
        title="Basics Kids Unisex Teal Solid Round Neck T-shirt",
    ),
    # KW52-015. Boy model: red and white horizontally striped polo t-shirt, white collar, beige chinos.
    # Caption, pattern, is_a and the pants' color BASE; wearing and details CAP3.
    case(
        "KW52-015",
        caption("a young boy wearing a red and white striped shirt"),
        D.wearing(
            "His T-shirt has short sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The pants "
            "this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        is_a("polo shirt", "yes"),
        D.details(
            "His T-shirt has short sleeves, cotton fabric and stripe patterns. It has a lapel neckline. His T-shirt "
            "has short sleeves, cotton fabric and stripe patterns. It has",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "red", "contradiction"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Allen Jr Boys Red & White Striped Polo Collar T-shirt",
    ),
    # KW52-016. Girl model in front of a powder blue wall: white cotton frock with blue thread embroidery on the
    # yoke, short sleeves. All texts BASE.
    case(
        "KW52-016",
        caption("a little girl in a white dress standing in front of a blue wall"),
        D.wearing("she is wearing a white dress"),
        D.color("blue", "contradiction"),
        D.description("a white dress with blue embroidery on the top"),
        D.details("the details of the garment are the details of the dress", "restated"),
        D.material("organic cotton, gots certified", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="White",
        title="Aarika Girls White Embroidered Cotton A-Line Dress",
    ),
    # KW52-017. Boy model: grey track pants with a navy contrast tape down the sides, navy sweatshirt on top.
    # Caption CAP1; wearing and description BASE; garment_type, color, is_a, the track pants' color and details VQA.
    case(
        "KW52-017",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. "
            "The fabric is cotton and it",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sweatshirt and grey sweatpants"),
        D.description("a pair of navy blue track pants with grey stripes", "other_garment_color"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey"),
        is_a("track pants", "yes", article="a pair of"),
        color_of(
            "track pants",
            "grey Question: What is the color of the sweatshirt? Answer: grey Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Track Pants",
        color="Grey",
        title="Sporty Jr Boys Grey Solid Track Pants with Contrast Taping",
    ),
    # KW52-018. Girl model with very short hair: blue denim pinafore dungaree dress with a bib pocket and two
    # buttons on the straps, over a yellow and white striped t-shirt. Material CAP1; the rest BASE.
    case(
        "KW52-018",
        caption("a little boy in overalls and a yellow striped shirt", "pronoun"),
        D.wearing("a denim dress and a yellow and white striped shirt"),
        D.garment_type("dress"),
        D.color("yellow", "contradiction"),
        D.pattern("solid"),
        D.description("he is wearing a blue denim dress with a yellow striped shirt", "pronoun"),
        D.material(
            "The dress this lady wears has no sleeves, denim fabric and pure color patterns. The upper clothing has "
            "short sleeves, cotton fabric and stripe patterns. It",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Blue",
        title="Kiddo Lane Girls Blue Denim Pinafore Dungaree Dress with T-shirt",
    ),
    # KW52-019. Flat lay on white: white half-sleeve t-shirt with "SUPER" in black block letters; no person, no
    # pants. Caption CAP3 (invents a gentleman in denim pants); all answers CAP3+QA (spans of that caption).
    case(
        "KW52-019",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The gentleman "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "his wrist",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("T-shirt"),
        D.color("graphic patterns", "non_answer"),
        D.description("short sleeves, cotton fabric and graphic patterns"),
        D.details("denim fabric and pure color patterns", "unsupported"),
        D.wearing("a long pants", "unsupported"),
        D.material("cotton fabric"),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Tiny Tusk Boys White Typography Printed T-shirt",
    ),
    # KW52-020. Flat lay on a wooden floor: coral short-sleeve frock with smocking across the chest; the back is not
    # shown. All texts BASE.
    case(
        "KW52-020",
        caption("a coral dress laying on a wooden floor"),
        D.wearing("a dress"),
        D.color("orange"),
        D.pattern("dress", "non_answer"),
        D.description("a coral dress with a smocked top and short sleeves"),
        D.details("it has smocking on the chest and a bow at the back", "unsupported"),
        D.material("the material of the dress is made of material", "restated"),
        gender="Girls",
        category="Dresses",
        color="Coral",
        title="LittleLoom Girls Coral Smocked Fit & Flare Dress",
    ),
    # KW52-021. Boy model: white kurta and white pyjama with a navy blue sleeveless Nehru jacket over the kurta.
    # Caption, wearing, description and the jacket's color BASE; the kurta's color and details VQA.
    case(
        "KW52-021",
        caption("a young boy wearing a white kurta and a blue vest"),
        D.wearing("a white kurta, a blue nehru jacket and white pants"),
        color_of(
            "kurta",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jacket", "blue"),
        D.details(
            "vest Question: What are the details of the garment? Answer: vest Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        D.description("a blue kurta with a white jacket and white pants", "other_garment_color"),
        gender="Boys",
        category="Kurta Sets",
        color="White",
        title="Ethnix Jr Boys White Kurta & Pyjama with Navy Blue Nehru Jacket",
    ),
    # KW52-022. Girl model wearing gold bangles: green anarkali kurta with a gold ethnic-motif print, green
    # leggings, a gold-edged green dupatta. Caption and wearing CAP3; garment_type, color and description BASE.
    case(
        "KW52-022",
        caption(
            "This lady wears a long dress. The dress is with chiffon fabric and floral patterns. This lady wears a "
            "long dress. The dress is with chiffon fabric and floral patterns. This lady wears a long dress. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "This lady wears a long dress. The dress is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("green"),
        D.description("a green and gold dress with a scarf"),
        gender="Girls",
        category="Kurta Sets",
        color="Green",
        title="Aarika Girls Green Ethnic Motifs Printed Anarkali Kurta with Leggings & Dupatta",
    ),
    # KW52-023. Boy model on a blue backdrop: a clothing set, yellow t-shirt with a black lion print and black
    # shorts. Details CAP3; the rest BASE (one color for both pieces in "wearing" and the shorts' color).
    case(
        "KW52-023",
        caption("a young boy in a yellow shirt and black shorts on a blue background"),
        D.wearing("a yellow t-shirt and yellow shorts", "other_garment_color"),
        color_of("t-shirt", "yellow"),
        color_of("shorts", "yellow", "contradiction"),
        D.garment_type("t-shirt"),
        D.details(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The shorts "
            "this gentleman wears is of three-point length. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.description("he is wearing a yellow t-shirt with a lion on it and black shorts"),
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="YoungTrends Boys Yellow & Black Printed T-shirt with Shorts",
    ),
    # KW52-024. Girl model: pink track pants with two white stripes down the sides, plain white t-shirt.
    # Caption, description, details and the shirt's color BASE; wearing, color and the pants' color VQA.
    case(
        "KW52-024",
        caption("a little girl in pink pants and a white shirt"),
        D.wearing(
            "leggings Question: What is the person wearing? Answer: leggings Question: What is the person wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("pink"),
        color_of(
            "pants",
            "pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("white stripes on the sides"),
        D.description("a pair of white track pants with pink stripes", "other_garment_color"),
        color_of("shirt", "pink", "contradiction"),
        gender="Girls",
        category="Track Pants",
        color="Pink",
        title="Sporty Jr Girls Pink Solid Track Pants with Side Stripes",
    ),
    # KW52-025. Product shot: a yellow hooded rain jacket with snap buttons on a wooden hanger against a grey wall;
    # no person. Caption, wearing, garment_type, color and material BASE; description CAP1.
    case(
        "KW52-025",
        caption("a yellow raincoat hanging on a grey wall"),
        D.wearing("a yellow raincoat"),
        D.garment_type("coat"),
        D.color("grey", "contradiction"),
        D.description(
            "The outer clothing has long sleeves, other fabric and pure color patterns. The upper clothing has long "
            "sleeves, other fabric and pure color patterns. The outer clothing has long sleeves, other fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of material", "restated"),
        gender="Unisex",
        category="Jackets",
        color="Yellow",
        title="Kiddo Lane Kids Unisex Yellow Hooded Rain Jacket",
    ),
    # KW52-026. Girl model: white t-shirt printed "Dream Big" in pink letters, denim shorts. Caption and details
    # CAP1; wearing and description BASE; color and the t-shirt's color VQA.
    case(
        "KW52-026",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt that says dream big and denim shorts"),
        D.color("white"),
        color_of(
            "t-shirt",
            "white Answer: white Answer: white Answer: white Answer: white Answer: white Answer: white Answer: white "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a crew neckline. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The T-shirt is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.description("a white t-shirt with pink letters on it"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Tiny Tusk Girls White Typography Print Cotton T-shirt",
    ),
    # KW52-027. Flat lay on white: olive green cotton dungarees (long) with a bib pocket and metal buttons on the
    # straps, a plain white t-shirt laid beside them. Material CAP1; the rest BASE.
    case(
        "KW52-027",
        caption("a pair of green overalls and a white t-shirt on a white background"),
        D.wearing("overalls"),
        D.garment_type("jumpsuit"),
        D.color("white", "contradiction"),
        D.description("a pair of white overalls with a pocket on the front", "other_garment_color"),
        D.material(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Dungarees",
        color="Olive",
        title="Kiddo Lane Boys Olive Green Solid Cotton Dungarees with T-shirt",
    ),
    # KW52-028. Girl model: red frock with white polka dots, short sleeves, a red bow headband, white shoes; no
    # ring, no bracelet. Caption, pattern and color BASE; wearing, details and material CAP3.
    case(
        "KW52-028",
        caption("a little girl in a red polka dot dress with a bow in her hair"),
        D.wearing(
            "This lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. This lady "
            "wears a ring on her finger. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        D.pattern("polka dot"),
        D.color("red"),
        D.details(
            "The dress is with cotton fabric. It has a round neckline. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric. It has a round neckline. This lady wears a short-sleeve dress with "
            "lattice patterns. The dress is with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="LittleLoom Girls Red & White Polka Dot Print Fit and Flare Dress",
    ),
    # KW52-029. Boy model: clearly navy blue bomber jacket with ribbed cuffs and a front zip, over a grey t-shirt.
    # All texts BASE.
    case(
        "KW52-029",
        caption("a young boy in a black jacket", "contradiction"),
        D.wearing("a blue jacket and a grey shirt"),
        D.color("blue"),
        D.description("a grey jacket with a zipper", "other_garment_color"),
        D.details("it has ribbed cuffs and a zipper in the front"),
        D.material("the jacket is made of a jacket", "restated"),
        gender="Boys",
        category="Jackets",
        color="Navy Blue",
        title="Sporty Jr Boys Navy Blue Solid Bomber Jacket",
    ),
    # KW52-030. Flat lay on a white sheet: pink sleeveless tank top with a grey cat print and pink shorts (a girls'
    # night suit); no person. All texts VQA (closed ones ranked).
    case(
        "KW52-030",
        caption(
            "tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-"
            "tank-tank-tank-tank-tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "tank Question: What is the person wearing? Answer: tank Question: What is the person wearing? Answer: "
            "tank",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("tank top"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        is_a("night suit", "no", "contradiction"),
        gender="Girls",
        category="Night suits",
        color="Pink",
        title="Snoozy Girls Pink Cat Printed Shorts Night Suit",
    ),
    # KW52-031. Boy model in front of a gold textured wall: maroon self-design kurta with gold buttons, white
    # churidar. Caption, wearing, color, details and material BASE; description CAP3.
    case(
        "KW52-031",
        caption("a young boy in a red kurta standing in front of a gold wall"),
        D.wearing("a red kurta and white pants"),
        D.color("gold", "contradiction"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a white kurta with gold buttons", "other_garment_color"),
        D.material("silk"),
        gender="Boys",
        category="Kurta Sets",
        color="Maroon",
        title="Ethnix Jr Boys Maroon Self Design Kurta with Churidar",
    ),
    # KW52-032. Girl model: yellow kurti with white floral embroidery, yellow sharara, a yellow dupatta. Caption and
    # wearing BASE; garment_type, pattern, description and details VQA; material CAP3.
    case(
        "KW52-032",
        caption("a little girl in a yellow dress and a yellow scarf"),
        D.wearing("a yellow dress and pants"),
        D.garment_type("kurta"),
        D.pattern("floral"),
        D.description(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "floral Question: What are the details of the garment? Answer: floral Question: What are the",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The dress this lady wears has long sleeves, cotton fabric and floral patterns. It has a round neckline. "
            "The pants this lady wears is of",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Aarika Girls Yellow Floral Embroidered Kurti with Sharara & Dupatta",
    ),
    # KW52-033. Flat lay on white: blue cotton shorts with a green palm-leaf print and a white drawstring; no top.
    # The seller gave no title. All texts BASE.
    case(
        "KW52-033",
        caption("a pair of blue shorts with palm trees on them"),
        D.wearing("shorts"),
        D.pattern("printed"),
        D.details("they are shorts", "non_answer"),
        D.description("a pair of blue shorts with a white drawstring and green leaves on the", "cut"),
        D.material("i don't know", "non_answer"),
        gender="Boys",
        category="Shorts",
        color="Blue",
    ),
    # KW52-034. Boy model (catalog: Unisex): black joggers with an elastic waist and cuffs, white t-shirt. All BASE.
    case(
        "KW52-034",
        caption("a young boy wearing a white t-shirt and black pants"),
        D.wearing("he is wearing a white shirt and black pants"),
        D.color("white", "contradiction"),
        color_of("pants", "black"),
        D.description("a pair of white joggers with an elastic waist", "other_garment_color"),
        D.details("what are the details of the garment", "restated"),
        gender="Unisex",
        category="Track Pants",
        color="Black",
        title="Basics Kids Unisex Black Solid Joggers",
    ),
    # KW52-035. Flat lay on white: oversized tie-dye t-shirt in pink, blue and purple swirls; no person. Caption,
    # color, pattern, description and material BASE; details and wearing CAP3.
    case(
        "KW52-035",
        caption("a tie dye t-shirt on a white background"),
        D.color("multicolor"),
        D.pattern("tie dye"),
        D.description("a tie dye shirt with pink, blue and purple colors"),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a crew neckline. "
            "This lady wears a ring on her finger. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a crew neckline. "
            "The upper clothing has short sleeves, cotton fabric and color block patterns",
            "loop",
            hit_limit=True,
        ),
        D.material("tie dye", "non_answer"),
        gender="Girls",
        category="Tshirts",
        color="Multi",
        title="Tiny Tusk Girls Multicoloured Tie-Dye Oversized T-shirt",
    ),
    # KW52-036. Boy model: red zip-front hooded sweat jacket with a grey-lined hood, black track pants. Caption and
    # details CAP1; the rest BASE.
    case(
        "KW52-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and black pants"),
        D.garment_type("hoodie"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.description("a red hoodie with a grey hood and a zipper"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline and long sleeves. The "
            "pants are of long length and with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jackets",
        color="Red",
        title="Sporty Jr Boys Red Solid Hooded Sweatshirt Jacket",
    ),
    # KW52-037. Girl model in front of a wall of pink and white balloons: white sleeveless party frock with a
    # sequinned bodice and a tulle skirt, white shoes and socks, a white headband with a white flower; no
    # bow, no belt. All texts BASE.
    case(
        "KW52-037",
        caption("a little girl in a white dress standing in front of balloons"),
        D.wearing(
            "a white dress with a sequined top and a tulle skirt, white shoes, white socks and a white headband with "
            "a white flower on the side and a",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        color_of("dress", "white and silver", kind="open"),
        D.details("it has sequins on the top and a tulle skirt"),
        D.description("a white dress with a pink bow and a pink belt", "unsupported"),
        D.sleeve_length("sleeveless"),
        gender="Girls",
        category="Dresses",
        color="White",
        title="LittleLoom Girls White Sequinned Tulle Party Fit & Flare Dress",
    ),
    # KW52-038. Boy model with shoulder-length hair: yellow long-sleeve kurta and a white dhoti. Caption CAP3;
    # wearing and details BASE; garment_type, color, the dhoti's color and is_a VQA.
    case(
        "KW52-038",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The pants "
            "this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white dhoti"),
        D.garment_type("blouse", "contradiction"),
        D.color("yellow"),
        color_of(
            "dhoti",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        D.details("she is wearing a yellow kurta with a white dhoti", "pronoun"),
        gender="Boys",
        category="Kurta Sets",
        color="Yellow",
        title="Ethnix Jr Boys Yellow Kurta with Dhoti Pants",
    ),
    # KW52-039. Flat lay on a bed: pink corduroy dungarees with a heart-shaped bib pocket and buttons, a white
    # full-sleeve top beside them; no person, no shoes. All texts BASE.
    case(
        "KW52-039",
        caption("a pink overall and a white shirt laid out on a bed"),
        D.garment_type("overalls"),
        D.material("corduroy"),
        D.details("it has a heart shaped pocket on the front and buttons"),
        D.description("a little girl wearing pink overalls with a white shirt and pink shoes", "unsupported"),
        color_of("shirt", "pink", "contradiction"),
        D.wearing(
            "pink overalls and a white shirt and pink overalls and a white shirt and pink overalls and a white shirt "
            "and pink overalls and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Pink",
        title="Kiddo Lane Girls Pink Corduroy Dungarees with Top",
    ),
    # KW52-040. Girl model (catalog: Unisex): blue full-sleeve pyjama set with small white stars. Caption BASE;
    # everything else CAP3 (closed ones ranked, the color kept raw).
    case(
        "KW52-040",
        caption("a little girl in blue pajamas with stars"),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.color("graphic patterns", "non_answer"),
        D.pattern("graphic"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady wears "
            "a long-sleeve shirt with graphic patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: The shirt is with cotton fabric. It has a round "
            "neckline. Question: What are",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("pajamas"),
        gender="Unisex",
        category="Night suits",
        color="Blue",
        title="Snoozy Kids Unisex Blue Star Print Pyjama Set",
    ),
    # KW52-041. Boy model: green t-shirt with white raglan sleeves, white jeans. All texts BASE.
    case(
        "KW52-041",
        caption("a young boy wearing a green and white shirt and white pants"),
        D.wearing("a green t-shirt with white sleeves"),
        D.pattern("colorblock"),
        color_of("jeans", "green", "contradiction"),
        D.details("it has white sleeves and a round", "cut"),
        D.material("the material of the garment is a garment", "restated"),
        D.description("she is wearing a green and white t-shirt", "pronoun"),
        gender="Boys",
        category="Tshirts",
        color="Green",
        title="Basics Boys Green & White Raglan Sleeves Pure Cotton T-shirt",
    ),
    # KW52-042. Product shot on a headless child mannequin, white backdrop: lavender net maxi dress with an
    # embroidered bodice and short cap sleeves. Caption and wearing BASE; garment_type, is_a, description and
    # sleeve_length VQA.
    case(
        "KW52-042",
        caption("a purple dress on a mannequin"),
        D.wearing("a purple gown"),
        D.garment_type("dress"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "dress Question: Describe the garment. Answer: dress Question: Describe the garment. Answer: dress",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long", "contradiction"),
        gender="Girls",
        category="Dresses",
        color="Lavender",
        title="Aarika Girls Lavender Embroidered Net Maxi Dress",
    ),
    # KW52-043. Boy model: blue washed denim shorts with a frayed hem, white t-shirt, big red sneakers in the
    # foreground. Caption, material, description and details BASE; wearing, garment_type, color and the shorts'
    # color VQA.
    case(
        "KW52-043",
        caption("a young boy in a white shirt and blue jean shorts"),
        D.wearing(
            "denim Question: What is the person wearing? Answer: denim Question: What is the person wearing",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("sneakers", "contradiction"),
        D.color("blue"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.details("they have a frayed hem and pockets"),
        D.description("describe the garment", "restated"),
        D.material("denim"),
        gender="Boys",
        category="Shorts",
        color="Blue",
        title="YoungTrends Boys Blue Washed Denim Shorts",
    ),
    # KW52-044. Girl model sitting on a wooden chair: mint green half-sleeve top with a rainbow print and white
    # shorts. The seller left every catalog column empty. Caption, wearing, color BASE; pattern ranked with CAP3;
    # description, details and material CAP3.
    case(
        "KW52-044",
        caption("a little girl in a green shirt and white shorts sitting on a chair"),
        D.wearing("a green shirt with a rainbow on it and white shorts"),
        D.color("green"),
        D.pattern("graphic"),
        D.description(
            "Her shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts this "
            "lady wears is of three-point length. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Her shirt has short sleeves, cotton fabric and graphic patterns. Her shirt has short sleeves, cotton "
            "fabric and graphic patterns. Her shirt has short sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The shorts are with cotton fabric and pure color patterns. Question: What material is the garment made "
            "of? Answer: The shorts are with cotton",
            "leak",
            hit_limit=True,
        ),
    ),
]
