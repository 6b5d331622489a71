"""BLIND_10 (n01-n40; the original experiments' base model and adapters on an Indian marketplace's and a European
high-street brand's catalogs, one product per item, the experiments' own questionnaire, a third of the products
without catalog columns): written blind at the end of the ninth session and measured blind at f91da8f, the
session's final audits: 127/146 and 16/117. Nothing was changed for it. The writer's notes, verbatim:

Blind corpus 10: a held-out evaluation of the original experiments' systems on real catalog photos.

How it was written
------------------
Written blind: the only sources read were ../shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py (the
helpers, the Text/Case layout and the TARGETS keys). No audit, no other corpus, no docs and no enrich command was
read or run; nothing here was tuned against the audits.

Scenario: someone ran the untuned base `Salesforce/blip2-opt-2.7b`, the caption adapter (Data2_V2 ..., epoch 3) and
the VQA adapter (Data3_V3 ...) on catalog photos from two shops -- an Indian marketplace (kurtas, sarees, salwar
suits, lehengas, Nehru jackets, ethnic dresses, plus western jeans / tees / tops) and a European high-street brand
(knitwear, trench coats, midi skirts, linen shirts, denim jackets, jumpsuits, shorts) -- and put each product's
outputs into the items/answers layout. Per CONTEXT.md point 6 a run may use a different system per question, so
one item can mix systems; the comment above each case says which system produced which text.

What each system was written to produce (from CONTEXT.md "What went wrong"):
- Base OPT-2.7b: short, lowercase answers that usually stop on their own ("a yellow kurta with white pants");
  sometimes the wrong garment's color, the wrong pronoun, a background color, invented brands / origins, an
  occasional long answer cut at 30 new tokens, a question echoed back.
- Caption adapter: the DeepFashion-MultiModal template ("The lady wears a long-sleeve shirt with pure color
  patterns. The shirt is with cotton fabric..."), with no hue vocabulary (its "colors" are patterns: pure color,
  floral, graphic, stripe), "The lady"/"The gentleman"/"Her"/"His" chosen by the model (so sometimes wrong), and,
  because no end-of-answer token was trained, text that runs on to the limit: cut mid-sentence, or looping
  template sentences. When asked a color question it returns the caption template instead (failure 2).
- VQA adapter: In-shop class names and vendor colors ("Tee", "Denim", "Sweater", "Khaki", "Multicolor"), captions
  broken ("yes", "no", "Floral", a word repeated to the limit), and no terminator: "Black\\nQuestion: ... Answer: ..."
  continuations (prompt leaks) or one word repeated until the 30-token limit.
The extractive-QA third experiment is not part of this scenario.

Label conventions
-----------------
- One label per text. When several defects apply, the first of:
  loop > leak > non_answer > other_garment_color > contradiction > pronoun > unsupported > restated > cut.
- loop: a word, phrase or template sentence repeated until the token limit (hit_limit=True).
- leak: the prompt format shows in the output ("Question:", "Answer:", "Q: ... A:", the full prompt echoed with its
  "Question:" prefix, or the model continuing with the next question of the VQA training format).
- non_answer: no answer to what was asked: "yes"/"no" to an open question or to the garment-type question,
  "I don't know", "unknown", "none",
  "n/a", empty, a one-word non-caption from the VQA adapter ("yes", "no", "Floral"), a pattern word for a color
  question ("pure color"), or the caption template returned for a color question (it never names a hue).
- other_garment_color: the product's color question (or its description) answered with the color of another
  garment that is visible in the photo and named as such in another text of the item.
- contradiction: only the WRONG text of a disagreeing pair is labelled (color vs catalog/caption, sleeves, solid vs
  striped, a yes/no or garment-type answer against the catalog and the other texts). A background color given as
  the garment's color is labelled contradiction (it is not another garment).
- pronoun: a he/she/his/her/"a man"/"a woman"/"The lady"/"The gentleman" against the product's gender.
- unsupported: a claim the photo cannot support: fiber percentages, fiber grade or provenance (mulberry, merino
  from New Zealand, European flax), a brand (Nike, Levi's, Manyavar, Gore-Tex), where or how it was made
  (handwoven in Varanasi, made in Jaipur/Portugal, hand knitted), certifications. A bare material word answering the
  material question ("cotton", "denim", "georgette", "wool", "knitting fabric") is accepted as a correct answer, as
  are the caption template's fabric classes ("is with cotton fabric") -- judgement call: the questionnaire asks for
  a material, and the template's fabric words are its trained vocabulary.
- restated: the answer echoes the question ("what are the kurta details"), says nothing beyond the question's own
  words ("a lehenga" / "it's a skirt" for "Describe ..."), or is needlessly verbose for what was asked (a closed
  color question answered with a sentence about the color being a color; a tautological sentence).
- cut: an otherwise fine answer that ran to the token limit and stops mid-phrase (sometimes mid-word, as OPT's BPE
  splits rarer words: "bandh|ani"). hit_limit=True for every cut, loop and limit-length leak; never on a correct text.

Judgement calls
---------------
- Synonyms and near-hues are correct: "dark blue" for Navy, "cream"/"white" for Ecru, "brown"/"orange" for Rust,
  "red" for Maroon in a wearing answer, "blue" for Teal, "yellow" for Mustard, "Multicolor" for Multi.
- VQA class names are correct answers ("Tee" for a crop top, "Shirt", "denim" for a denim jacket, "Sweater").
- Calling a kurta a "shirt" (caption template vocabulary) or a Nehru jacket a "vest" is accepted.
- A flat-lay answered "nothing, it is laid flat on the floor" for "What is the person wearing?" is correct.
- "sleeveless, no collar, ..." and answers that mention other garments' colors in the wearing question or a
  background color in a caption are correct (false-positive probes).
- A short sentence for a closed color question ("the kurta is purple") is correct; a tautological or rambling one
  is restated.
- gender uses catalog spellings "Women"/"Men"; three flat-lays have gender None.
- About a third of the products (13) have no catalog columns.
"""

from __future__ import annotations

from tests.audit_corpus import (
    Case,
    Text,
    ask,
    caption,
    color,
    color_of,
    describe,
    details,
    garment_type,
    material,
    wearing,
)


def color_long(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The color question answered with a long free generation (stored open)."""
    return Text(
        f"color_{garment.replace(' ', '_')}",
        ask(f"What is the color of the {garment}?"),
        "open",
        text,
        failure,
        hit_limit,
    )


def is_a(garment: str, text: str, failure: str | None = None) -> Text:
    """The VQA training set's yes/no question (closed)."""
    return Text(f"is_{garment.replace(' ', '_')}", ask(f"Is this a {garment}?"), "closed", text, failure)


def material_long(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("material", ask("What material is the garment made of?"), "open", text, failure, hit_limit)


BLIND_10: list[Case] = [
    # n01 Indian marketplace. Model indoors in a yellow floral-print straight kurta with white palazzo pants.
    # All texts by the untuned base model.
    Case(
        "n01",
        (
            caption("a woman in a yellow kurta and white palazzo pants standing in a living room"),
            wearing("a yellow kurta with white pants"),
            color_of("kurta", "white", "other_garment_color"),
            describe("kurta", "a yellow kurta with tiny white flowers printed all over it and a round neck"),
            details("kurta", "Answer: three quarter sleeves and a keyhole neck with a tassel", "leak"),
            material("cotton"),
            color(
                "the garment is yellow in color, a bright mustard yellow shade that goes very well with white",
                "restated",
            ),
        ),
        "Women",
        {"category": "Kurtas", "color": "Yellow", "title": "Women Yellow Floral Printed Straight Kurta"},
    ),
    # n02 Indian marketplace. Red Banarasi saree with gold zari border and pallu, red short-sleeve blouse.
    # Caption and the color answer by the caption adapter (epoch 3); other answers by the base model.
    Case(
        "n02",
        (
            caption(
                "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
                "chiffon fabric and solid color patterns. There is an accessory on her wrist. The lady wears a",
                "cut",
                hit_limit=True,
            ),
            wearing("a red saree with a golden border", who="she"),
            color_long(
                "saree",
                "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton "
                "fabric. It has a round neckline. The lady wears a long",
                "non_answer",
                hit_limit=True,
            ),
            describe(
                "saree",
                "a red silk saree with gold zari on the border and pallu, handwoven by weavers in varanasi",
                "unsupported",
            ),
            details("saree", "gold border, small gold buttis all over and a heavy pallu"),
            material("silk"),
        ),
        "Women",
        {"category": "Sarees", "color": "Red", "title": "Banarasi Silk Blend Saree with Zari Border"},
    ),
    # n03 Indian marketplace. Green straight kurta with gold neck embroidery, salwar and dupatta.
    # VQA adapter throughout, except the material answer (base model).
    Case(
        "n03",
        (
            caption("yes", "non_answer"),
            wearing(
                "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
                "dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
                "loop",
                hit_limit=True,
            ),
            color_of("kurta", "Green"),
            is_a("kurta", "yes"),
            describe(
                "kurta",
                "Green\nQuestion: What is the color of the dupatta? Answer: Green\nQuestion: Is this a "
                "dupatta? Answer:",
                "leak",
                hit_limit=True,
            ),
            details("kurta", "green with gold embroidery around the neck"),
            material("chanderi silk handwoven in madhya pradesh", "unsupported"),
        ),
        "Women",
        {},
    ),
    # n04 Indian marketplace. Pink lehenga choli with heavy gold embroidery, on a staircase. Base model.
    Case(
        "n04",
        (
            caption("a woman in a pink lehenga with gold embroidery standing on a staircase"),
            wearing("he is wearing a pink lehenga", "pronoun", who="she"),
            color_of("lehenga", "pink"),
            describe("lehenga", "a flared pink lehenga with heavy gold embroidery on the hem and a matching choli"),
            details(
                "lehenga",
                "gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, "
                "gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery",
                "loop",
                hit_limit=True,
            ),
            material("it's a lehenga", "non_answer"),
            is_a("lehenga", "yes"),
        ),
        "Women",
        {"category": "Lehenga Choli", "color": "Pink", "title": "Embroidered Semi-Stitched Lehenga Choli with Dupatta"},
    ),
    # n05 Indian marketplace. Man in a navy Nehru jacket over a white kurta, grey wall. Base model.
    Case(
        "n05",
        (
            caption("a man in a blue vest and a white kurta standing against a grey wall"),
            wearing("a blue vest over a white shirt", who="he"),
            color_of("Nehru jacket", "white", "other_garment_color"),
            describe("Nehru jacket", "a woman wearing a navy blue sleeveless jacket with a mandarin collar", "pronoun"),
            details(
                "Nehru jacket", "mandarin collar, five buttons down the front, two welt pockets and a chest pocket"
            ),
            material("it is made of 100% polyester", "unsupported"),
        ),
        "Men",
        {"category": "Nehru Jackets", "color": "Navy Blue", "title": "Men Navy Blue Solid Woven Nehru Jacket"},
    ),
    # n06 Indian marketplace. Man in a plain white cotton kurta pyjama set. Caption adapter throughout.
    Case(
        "n06",
        (
            caption(
                "The lady wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and it "
                "has a stand neckline. The pants the lady wears is of long length. The pants are",
                "pronoun",
                hit_limit=True,
            ),
            wearing("The gentleman wears a long-sleeve shirt with pure color patterns and a long pants."),
            color_of("kurta", "pure color", "non_answer"),
            describe(
                "kurta", "His shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline."
            ),
            details(
                "kurta",
                "The shirt has long sleeves. The shirt has long sleeves. The shirt has long sleeves. The "
                "shirt has long sleeves. The shirt has",
                "loop",
                hit_limit=True,
            ),
            material("cotton"),
        ),
        "Men",
        {},
    ),
    # n07 Indian marketplace. Maroon full-sleeve anarkali with gold embroidered yoke, dupatta over the arm.
    # Base model.
    Case(
        "n07",
        (
            caption("a woman in a maroon anarkali with a gold embroidered yoke and a dupatta over her arm"),
            wearing("he is wearing a long maroon dress", "pronoun"),
            color_of("dress", "maroon"),
            describe("dress", "a sleeveless maroon anarkali with a flared skirt", "contradiction"),
            details(
                "dress",
                "the dress has a round neck with gold zari embroidery on the yoke, a flared panelled skirt "
                "with a gota border at the hem, and full sleeves with matching embroidered",
                "cut",
                hit_limit=True,
            ),
            material("georgette Q: what is the color of the dupatta? A: gold", "leak"),
            color("what is the color of the garment", "restated"),
        ),
        "Women",
        {"category": "Ethnic Dresses", "color": "Maroon", "title": "Women Maroon Embroidered Anarkali Ethnic Dress"},
    ),
    # n08 Indian marketplace (western wear). Black skinny jeans with a white tee, white sneakers.
    # Caption, jeans color and "Is this a denim?" by the VQA adapter; the rest by the base model.
    Case(
        "n08",
        (
            caption(
                "Black\nQuestion: Is this a pants? Answer: Yes\nQuestion: What is the color of the pants? Answer: "
                "Black\nQuestion:",
                "leak",
                hit_limit=True,
            ),
            wearing("a white t-shirt and black jeans"),
            color_of("jeans", "White", "other_garment_color"),
            describe("jeans", "black skinny jeans with a high waist and a slight fade on the thighs"),
            details("jeans", "these are the details of the jeans", "restated"),
            is_a("denim", "yes"),
            material("denim"),
        ),
        "Women",
        {"category": "Jeans", "color": "Black", "title": "Women Black Skinny Fit Stretchable Jeans"},
    ),
    # n09 Indian marketplace (western wear). Man in a grey tee with a tiger-face print and blue jeans. Base model.
    Case(
        "n09",
        (
            caption("a man wearing a grey nike t-shirt with a tiger printed on the front", "unsupported"),
            wearing("she is wearing a grey t shirt and blue jeans", "pronoun"),
            color_of("t-shirt", "blue", "other_garment_color"),
            describe("t-shirt", "a grey t shirt with a tiger face on the chest, short sleeves and a crew neck"),
            details("t-shirt", "the t-shirt details are the details on the t-shirt", "restated"),
            material("cotton"),
            garment_type("t-shirt"),
        ),
        "Men",
        {},
    ),
    # n10 Indian marketplace. Blue long-sleeve floral maxi ethnic dress with V neck.
    # Caption, wearing, description and details by the caption adapter; color and material by the base model.
    Case(
        "n10",
        (
            caption(
                "Her dress has long sleeves, chiffon fabric and floral patterns. It is of long length. The neckline "
                "of the dress is V-shape."
            ),
            wearing("The lady wears a long-sleeve dress with floral patterns. The dress is of long length."),
            color_of("dress", "blue"),
            describe(
                "dress",
                "Her dress has short sleeves, chiffon fabric and floral patterns. It is of long length.",
                "contradiction",
            ),
            details(
                "dress",
                "Question: What are the dress details? Answer: The dress has a V-shape neckline and long "
                "sleeves. Question: What are the dress details? Answer:",
                "leak",
                hit_limit=True,
            ),
            material("pure georgette from surat", "unsupported"),
        ),
        "Women",
        {"category": "Ethnic Dresses", "color": "Blue", "title": "Women Blue Floral Print Maxi Ethnic Dress"},
    ),
    # n11 Indian marketplace. Flat-lay: plain mustard A-line kurta on a white sheet, nobody wearing it. Base model.
    Case(
        "n11",
        (
            caption("a yellow shirt laid flat on a white surface"),
            wearing("nothing, it is laid flat on the floor"),
            color_of("kurta", "mustard yellow"),
            describe(
                "kurta",
                "a plain mustard kurta with a mandarin collar, long sleeves with buttoned cuffs, a straight "
                "hem with side slits and a small placket at the neck with three tiny",
                "cut",
                hit_limit=True,
            ),
            details(
                "kurta",
                "Answer: mandarin collar Question: What are the kurta details? Answer: mandarin collar, long sleeves",
                "leak",
                hit_limit=True,
            ),
            material("rayon"),
            garment_type("the type of garment is a kurta, which is a type of garment", "restated"),
        ),
        None,
        {"category": "Kurtas", "color": "Mustard", "title": "Mustard Solid A-Line Kurta"},
    ),
    # n12 Indian marketplace. Flat-lay: beige self-design Nehru jacket with six buttons. Base model.
    Case(
        "n12",
        (
            caption("a beige vest is shown in this image of a beige vest", "restated"),
            wearing("a vest"),
            color_of("Nehru jacket", "beige"),
            describe(
                "Nehru jacket",
                "a beige nehru jacket from manyavar's festive collection with a mandarin collar",
                "unsupported",
            ),
            details("Nehru jacket", "the nehru jacket details", "restated"),
            material("linen"),
            is_a("Nehru jacket", "no", "contradiction"),
        ),
        "Men",
        {"category": "Nehru Jackets", "color": "Beige", "title": "Men Beige Self-Design Nehru Jacket"},
    ),
    # n13 Indian marketplace. Teal georgette saree with thin silver border, sleeveless blouse, silver jhumkas.
    # Caption and saree color by the VQA adapter; the rest by the base model.
    Case(
        "n13",
        (
            caption(
                "Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal "
                "Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal "
                "Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal Teal",
                "loop",
                hit_limit=True,
            ),
            wearing("a man wearing a teal saree and a sleeveless blouse", "pronoun"),
            color_of("saree", "Teal"),
            describe(
                "saree",
                "a teal saree with a thin silver border, the pallu is draped over her left shoulder and "
                "pinned, she is wearing a matching sleeveless blouse and silver jhumkas and a",
                "cut",
                hit_limit=True,
            ),
            details("saree", "silver border, sequins on the pallu, sleeveless blouse"),
            material("georgette"),
            color("blue"),
        ),
        "Women",
        {},
    ),
    # n14 Indian marketplace. Peach kurta with mirror work, sharara and dupatta; model seated on a wooden chair.
    # Base model.
    Case(
        "n14",
        (
            caption("a woman in a peach outfit sitting on a wooden chair"),
            wearing(
                "a peach kurta and a peach sharara and a peach dupatta and a peach kurta and a peach sharara and a "
                "peach dupatta and a peach kurta and a peach",
                "loop",
                hit_limit=True,
            ),
            color_long(
                "kurta",
                "the color of the kurta is peach and the color of the sharara is peach and the color of "
                "the dupatta is also peach",
                "restated",
            ),
            describe("kurta", "a short peach kurta with mirror work around the neck and sleeves"),
            details(
                "kurta",
                "mirror work on the neckline. question: what is the material of the kurta? answer: cotton. "
                "question: what",
                "leak",
                hit_limit=True,
            ),
            material("pure cotton, made in jaipur", "unsupported"),
        ),
        "Women",
        {"category": "Kurta Sets", "color": "Peach", "title": "Women Peach Embroidered Kurta with Sharara & Dupatta"},
    ),
    # n15 Indian marketplace. White long-sleeve chikankari kurta with white pants.
    # Caption adapter throughout, except the color answer (base model).
    Case(
        "n15",
        (
            caption(
                "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
                "The neckline of the shirt is round. The pants this woman wears is of long length. The pants are",
                "cut",
                hit_limit=True,
            ),
            wearing("This woman is wearing a long-sleeve shirt with pure color patterns and long pants."),
            color_of("kurta", "white"),
            describe("kurta", "Her shirt has short sleeves, cotton fabric and pure color patterns.", "contradiction"),
            details(
                "kurta",
                "The shirt has long sleeves, a round neckline and pure color patterns. The shirt has long "
                "sleeves, a round neckline and pure color patterns. The shirt has",
                "loop",
                hit_limit=True,
            ),
            material("cotton"),
        ),
        "Women",
        {"category": "Kurtas", "color": "White", "title": "Women White Chikankari Embroidered Straight Kurta"},
    ),
    # n16 Indian marketplace (western wear). Man in a black tee, light-blue slim jeans, white sneakers. Base model.
    Case(
        "n16",
        (
            caption("a man wearing a black t-shirt, light blue jeans and white sneakers"),
            wearing("a black shirt and jeans"),
            color_of("jeans", "black", "other_garment_color"),
            describe("jeans", "dark blue slim fit jeans", "contradiction"),
            details(
                "jeans",
                "the jeans have a mid rise, five pockets, belt loops, a zip fly with a metal button, a slim "
                "leg and light whiskering on the front of the thighs and",
                "cut",
                hit_limit=True,
            ),
            material("levis denim", "unsupported"),
        ),
        "Men",
        {"category": "Jeans", "color": "Blue", "title": "Men Light Blue Slim Fit Mid-Rise Clean Look Jeans"},
    ),
    # n17 Indian marketplace (western wear). Black ribbed crop top with high-waisted jeans. VQA adapter throughout.
    Case(
        "n17",
        (
            caption("no", "non_answer"),
            wearing("Tee"),
            color_of("top", "Black"),
            garment_type("Tee"),
            describe(
                "top",
                "black black black black black black black black black black black black black black black "
                "black black black black black black black black black black black black black black black",
                "loop",
                hit_limit=True,
            ),
            details("top", "Yes", "non_answer"),
            is_a("tee", "yes"),
        ),
        "Women",
        {},
    ),
    # n18 Indian marketplace. Man in a maroon art-silk kurta and white pyjama in front of a green curtain.
    # Base model.
    Case(
        "n18",
        (
            caption("a man in a maroon kurta and white pajamas standing in front of a green curtain"),
            wearing("a red kurta and white pants"),
            color_of("kurta", "green", "contradiction"),
            describe("kurta", "a maroon kurta with a mandarin collar and long sleeves"),
            details(
                "kurta",
                "side slits and a mandarin collar and side slits and a mandarin collar and side slits and a "
                "mandarin collar and side slits and a mandarin collar and side",
                "loop",
                hit_limit=True,
            ),
            material("pure mulberry silk", "unsupported"),
        ),
        "Men",
        {"category": "Kurtas", "color": "Maroon", "title": "Men Maroon Art Silk Solid Straight Kurta"},
    ),
    # n19 Indian marketplace (western wear). Orange short-sleeve typography tee with blue jeans.
    # Caption adapter, except color and material (base model).
    Case(
        "n19",
        (
            caption("The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants."),
            wearing(
                "The T-shirt is with cotton fabric. The lady wears a short-sleeve T-shirt with graphic patterns. The "
                "T-shirt is with cotton fabric. The lady wears a short-sleeve",
                "loop",
                hit_limit=True,
            ),
            color_of("t-shirt", "orange"),
            describe(
                "t-shirt",
                "Her T-shirt has long sleeves, cotton fabric and graphic patterns. It has a crew neckline.",
                "contradiction",
            ),
            details("t-shirt", "His T-shirt has a crew neckline and graphic patterns.", "pronoun"),
            material("none", "non_answer"),
        ),
        "Women",
        {"category": "Tshirts", "color": "Orange", "title": "Women Orange Typography Printed Round Neck T-shirt"},
    ),
    # n20 Indian marketplace (western wear). Navy-and-white Breton striped top, white jeans, sitting on steps.
    # Base model.
    Case(
        "n20",
        (
            caption("a woman in a blue and white striped top and white jeans sitting on steps"),
            wearing("a striped shirt and white pants"),
            color_of("top", "navy and white"),
            describe("top", "a plain navy top with long sleeves", "contradiction"),
            details("top", "horizontal stripes, a boat neck and long sleeves"),
            material_long(
                "cotton\nQuestion: What is the color of the jeans? Answer: white\nQuestion:", "leak", hit_limit=True
            ),
            garment_type("the type of garment is a top", "restated"),
        ),
        "Women",
        {},
    ),
    # n21 Indian marketplace. Purple bandhani-print kurta with salwar and dupatta. Base model.
    Case(
        "n21",
        (
            caption("a woman in a pink salwar kameez holding a dupatta", "contradiction"),
            wearing("a purple dress", who="she"),
            color_of("kurta", "the kurta is purple"),
            describe(
                "kurta",
                "a purple straight kurta with a white print all over it, golden gota lace at the neckline "
                "and on the sleeves, paired with a matching salwar and a matching bandh",
                "cut",
                hit_limit=True,
            ),
            details("kurta", "what are the kurta details", "restated"),
            material("cotton blend, 60% cotton 40% polyester", "unsupported"),
        ),
        "Women",
        {"category": "Salwar Suits", "color": "Purple", "title": "Women Purple Printed Kurta with Salwar & Dupatta"},
    ),
    # n22 Indian marketplace (western wear). Man in an olive leaf-print shirt by a window.
    # Caption and description by the base model; the rest by the VQA adapter.
    Case(
        "n22",
        (
            caption("a man in an olive green shirt with a leaf print standing by a window"),
            wearing("Shirt"),
            color_long(
                "shirt",
                "Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive "
                "Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive Olive",
                "loop",
                hit_limit=True,
            ),
            describe("shirt", "she is wearing a green shirt with leaves on it", "pronoun"),
            details(
                "shirt",
                "leaf print and a spread collar\nQuestion: What is the material of the shirt? Answer: "
                "Viscose\nQuestion: Is this a",
                "leak",
                hit_limit=True,
            ),
            is_a("shirt", "yes"),
            material("unknown", "non_answer"),
        ),
        "Men",
        {},
    ),
    # n23 European high street. Camel double-breasted trench worn open over a black turtleneck and jeans, street.
    # Base model.
    Case(
        "n23",
        (
            caption("a woman wearing a tan trench coat over a black turtleneck and jeans walking down a street"),
            wearing("a trench coat"),
            color_of("trench coat", "black", "other_garment_color"),
            describe(
                "trench coat",
                "a double breasted navy trench coat worn open with the belt hanging loose",
                "contradiction",
            ),
            details(
                "trench coat",
                "belt, epaulettes, storm flap, buttons, belt, epaulettes, storm flap, buttons, belt, "
                "epaulettes, storm flap, buttons, belt, epaulettes",
                "loop",
                hit_limit=True,
            ),
            material("gabardine"),
        ),
        "Women",
        {"category": "Coats", "color": "Camel", "title": "Double-Breasted Trench Coat with Belt"},
    ),
    # n24 European high street. Ecru chunky cable-knit sweater with brown trousers.
    # Caption by the caption adapter; answers by the base model.
    Case(
        "n24",
        (
            caption(
                "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
                "and it has a crew neckline. The lady wears a long trousers. The trousers are with cotton fabric",
                "cut",
                hit_limit=True,
            ),
            wearing("his white sweater and brown trousers", "pronoun"),
            color_of("sweater", "brown", "other_garment_color"),
            describe(
                "sweater",
                "a chunky cream sweater with cable knit on the front and sleeves, made from merino wool "
                "sourced in new zealand",
                "unsupported",
            ),
            details("sweater", "cable knit panels, a ribbed crew neck, ribbed cuffs and hem"),
            material("wool"),
            color("white"),
        ),
        "Women",
        {"category": "Knitwear", "color": "Ecru", "title": "Cable-Knit Wool-Blend Sweater"},
    ),
    # n25 European high street. Khaki pleated midi skirt with a white tee tucked in. Base model.
    Case(
        "n25",
        (
            caption("a woman in a khaki pleated skirt with a white t-shirt tucked in"),
            wearing("a white shirt and a khaki skirt"),
            color_of("skirt", "white", "other_garment_color"),
            describe("skirt", "describe the skirt: a khaki pleated skirt", "restated"),
            details("skirt", "", "non_answer"),
            material("polyester"),
        ),
        "Women",
        {},
    ),
    # n26 European high street. Man on a beach in a white linen shirt, sleeves rolled, beige shorts. Base model.
    Case(
        "n26",
        (
            caption("a woman in a white shirt and beige shorts on a beach", "pronoun"),
            wearing("a white shirt with the sleeves rolled up and beige shorts"),
            color_of("shirt", "beige", "other_garment_color"),
            describe("shirt", "a white linen shirt, 100% european flax, made in portugal", "unsupported"),
            details(
                "shirt",
                "a button down front, a chest pocket, the sleeves rolled up to the elbows, an open collar and "
                "the shirt is worn untucked over the shorts with the",
                "cut",
                hit_limit=True,
            ),
            material("linen. the garment is made of linen material, linen is a material", "restated"),
        ),
        "Men",
        {"category": "Shirts", "color": "White", "title": "Relaxed Fit Linen Shirt"},
    ),
    # n27 European high street. Oversized light-wash denim jacket over a white tee. VQA adapter throughout,
    # except the material answer (base model).
    Case(
        "n27",
        (
            caption(
                "Denim\nQuestion: What cloth is the person wearing? Answer: Denim\nQuestion: What is the color of the",
                "leak",
                hit_limit=True,
            ),
            wearing("what is the person wearing? denim", "restated"),
            color_of("denim jacket", "Dark blue", "contradiction"),
            describe(
                "denim jacket",
                "Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim "
                "Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim Denim",
                "loop",
                hit_limit=True,
            ),
            details("denim jacket", "I don't know", "non_answer"),
            is_a("jacket", "yes"),
            material("denim made from 98% cotton and 2% elastane", "unsupported"),
        ),
        "Women",
        {"category": "Jackets", "color": "Light Blue", "title": "Oversized Denim Jacket"},
    ),
    # n28 European high street. Sleeveless black wide-leg jumpsuit with a belt, white wall. Base model.
    Case(
        "n28",
        (
            caption("a woman in a sleeveless black jumpsuit with a belt standing against a white wall"),
            wearing("a black jumpsuit", who="she"),
            color_of("jumpsuit", "black"),
            describe("jumpsuit", "a man is wearing a black jumpsuit with wide legs and a belt", "pronoun"),
            details("jumpsuit", "short puff sleeves, a belted waist and wide legs", "contradiction"),
            material("Question: What material is the garment made of? Answer: crepe", "leak"),
            garment_type("jumpsuit"),
            color("the color of the garment is the color black, which is a color", "restated"),
        ),
        "Women",
        {"category": "Jumpsuits", "color": "Black", "title": "Wide-Leg Jumpsuit with Belt"},
    ),
    # n29 European high street. Man in navy chino shorts and a white tee.
    # Caption, shorts color, description and details by the caption adapter; wearing and closed color by the base.
    Case(
        "n29",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with pure color patterns and a short pants. The pants are "
                "with cotton fabric and pure color patterns. The shirt is with cotton fabric and it",
                "cut",
                hit_limit=True,
            ),
            wearing("a white t-shirt and navy shorts"),
            color_long(
                "shorts",
                "The gentleman wears a short-sleeve shirt with pure color patterns and a short pants. The "
                "pants are with cotton fabric and",
                "non_answer",
                hit_limit=True,
            ),
            describe("shorts", "The shorts are with cotton fabric and pure color patterns. They are of short length."),
            details("shorts", "Her shorts are of three-point length.", "pronoun"),
            material("cotton"),
            color("white", "other_garment_color"),
        ),
        "Men",
        {},
    ),
    # n30 European high street. Flat-lay: green satin slip midi skirt on white. Base model.
    Case(
        "n30",
        (
            caption("Question: What is in the picture? Answer: a green skirt on a white background", "leak"),
            wearing("a skirt"),
            color_of("skirt", "green"),
            describe("skirt", "it's a skirt", "restated"),
            details(
                "skirt",
                "an elastic waistband hidden inside, a bias cut that drapes down to mid calf, a slight sheen "
                "on the fabric and a raw edge hem that is finished with a",
                "cut",
                hit_limit=True,
            ),
            material("satin"),
            is_a("skirt", "yes"),
        ),
        None,
        {"category": "Skirts", "color": "Green", "title": "Satin Slip Midi Skirt"},
    ),
    # n31 European high street. Man in a charcoal-grey crewneck sweater and dark jeans against a brick wall.
    # Caption and description by the base model; the rest by the VQA adapter.
    Case(
        "n31",
        (
            caption("a man in a grey sweater and dark jeans leaning against a brick wall"),
            wearing(
                "Sweater\nQuestion: What is the color of the sweater? Answer: Grey\nQuestion: Is this a sweater? "
                "Answer",
                "leak",
                hit_limit=True,
            ),
            color_of("sweater", "Charcoal"),
            describe("sweater", "she is wearing a grey crew neck sweater with ribbed cuffs", "pronoun"),
            details("sweater", "no", "non_answer"),
            is_a("sweater", "no", "contradiction"),
            garment_type("yes", "non_answer"),
        ),
        "Men",
        {},
    ),
    # n32 European high street. Blue-and-white striped linen-blend shirt with white shorts.
    # Caption, description and details by the caption adapter; the rest by the base model.
    Case(
        "n32",
        (
            caption(
                "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
                "neckline is lapel. The lady wears a short pants."
            ),
            wearing("The gentleman wears a long-sleeve shirt and a short pants.", "pronoun"),
            color_of("shirt", "blue and white stripes"),
            describe(
                "shirt",
                "Her shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel.",
                "contradiction",
            ),
            details(
                "shirt",
                "stripes, lapel collar, long sleeves, stripes, lapel collar, long sleeves, stripes, lapel "
                "collar, long sleeves, stripes, lapel collar, long",
                "loop",
                hit_limit=True,
            ),
            material("linen blend"),
        ),
        "Women",
        {"category": "Shirts", "color": "Blue/White", "title": "Striped Linen-Blend Shirt"},
    ),
    # n33 European high street. Rust chunky-knit cardigan over a white top and blue jeans. Base model.
    Case(
        "n33",
        (
            caption("a man in an orange cardigan over a white top and blue jeans", "pronoun"),
            wearing("an orange sweater, a white top and jeans"),
            color_of("cardigan", "brown"),
            describe(
                "cardigan",
                "a rust colored chunky knit cardigan with big wooden buttons, hand knitted by women in a "
                "small village in the",
                "unsupported",
                hit_limit=True,
            ),
            details("cardigan", "buttons down the front, two patch pockets and dropped shoulders"),
            material("i'm not sure", "non_answer"),
            color("white", "other_garment_color"),
        ),
        "Women",
        {"category": "Knitwear", "color": "Rust", "title": "Chunky Knit Cardigan"},
    ),
    # n34 European high street. White denim shorts, blue-and-white striped shirt tied at the waist. Base model.
    Case(
        "n34",
        (
            caption("a woman wearing white shorts and a blue and white striped shirt tied at the waist"),
            wearing(
                "the person in the picture is wearing the clothes that the person is wearing, white shorts and a "
                "striped shirt",
                "restated",
            ),
            color_long("shorts", "the shorts are blue with white stripes", "other_garment_color"),
            describe(
                "shorts",
                "high waisted white denim shorts with frayed hems, two front pockets, belt loops and a "
                "button fly, the legs are slightly rolled up at the",
                "cut",
                hit_limit=True,
            ),
            details(
                "shorts",
                "frayed hem, button fly, frayed hem, button fly, frayed hem, button fly, frayed hem, button "
                "fly, frayed hem, button fly",
                "loop",
                hit_limit=True,
            ),
            material("denim"),
        ),
        "Women",
        {},
    ),
    # n35 European high street. Man in a black water-repellent trench coat and black trousers.
    # Caption adapter throughout, except color and material (base model).
    Case(
        "n35",
        (
            caption(
                "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
                "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
                "cut",
                hit_limit=True,
            ),
            wearing("The lady wears a long-sleeve coat and long trousers.", "pronoun"),
            color_of("trench coat", "black"),
            describe(
                "trench coat",
                "His coat has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            ),
            details(
                "trench coat",
                "The coat has a lapel neckline. Question: What are the trench coat details? Answer: The "
                "coat has a lapel",
                "leak",
                hit_limit=True,
            ),
            material("waterproof gore-tex membrane", "unsupported"),
        ),
        "Men",
        {"category": "Coats", "color": "Black", "title": "Water-Repellent Trench Coat"},
    ),
    # n36 European high street. Floral wrap midi dress (navy ground, pink and yellow flowers), flutter sleeves.
    # VQA adapter, except the details answer (base model).
    Case(
        "n36",
        (
            caption("Floral", "non_answer"),
            wearing("Dress"),
            color_of("dress", "Multicolor"),
            describe(
                "dress",
                "Dress Floral Dress Floral Dress Floral Dress Floral Dress Floral Dress Floral Dress Floral "
                "Dress Floral Dress Floral Dress Floral Dress Floral Dress Floral Dress Floral Dress Floral Dress "
                "Floral",
                "loop",
                hit_limit=True,
            ),
            details(
                "dress",
                "a wrap front, a tie at the waist, short flutter sleeves, a v neckline and a midi length hem, "
                "the print is small pink and yellow flowers on a dark",
                "cut",
                hit_limit=True,
            ),
            is_a("dress", "yes"),
            garment_type("Romper", "contradiction"),
        ),
        "Women",
        {"category": "Dresses", "color": "Multi", "title": "Floral Print Wrap Midi Dress"},
    ),
    # n37 European high street. Sleeveless sage linen jumpsuit over a white tee, in a field of pink flowers.
    # Base model.
    Case(
        "n37",
        (
            caption("a woman in a light green jumpsuit standing in a field of pink flowers"),
            wearing("a green jumpsuit with a white t-shirt underneath"),
            color_of("jumpsuit", "light green"),
            describe("jumpsuit", "a white jumpsuit with wide legs and tie straps", "other_garment_color"),
            details("jumpsuit", "a square neckline, tie straps, side pockets and wide legs cropped at the ankle"),
            material("organic linen, certified by oeko-tex", "unsupported"),
            color("pink", "contradiction"),
        ),
        "Women",
        {},
    ),
    # n38 European high street. Man in a dark-wash denim trucker jacket over a white hoodie, next to a car.
    # Base model.
    Case(
        "n38",
        (
            caption("a man in a denim jacket and a white hoodie standing next to a car"),
            wearing("a denim jacket over a white hoodie", who="he"),
            color_of("denim jacket", "white", "other_garment_color"),
            describe(
                "denim jacket",
                "her denim jacket is a dark wash trucker with flap chest pockets and metal buttons",
                "pronoun",
            ),
            details(
                "denim jacket",
                "two chest pockets with flaps, two side pockets, button cuffs, adjustable waist tabs "
                "and a pointed collar, it is worn open over the hoodie and the hood is pulled out over the",
                "cut",
                hit_limit=True,
            ),
            material("the material that the jacket is made of is a denim material", "restated"),
        ),
        "Men",
        {"category": "Jackets", "color": "Dark Blue", "title": "Denim Trucker Jacket"},
    ),
    # n39 European high street. Burgundy ribbed long-sleeve knit top with jeans.
    # Caption adapter, except wearing and details (base model).
    Case(
        "n39",
        (
            caption(
                "Her sweater has long sleeves, knitting fabric and pure color patterns. The neckline of it is round. "
                "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. There is "
                "a",
                "cut",
                hit_limit=True,
            ),
            wearing("she wears a burgundy top and jeans"),
            color_long("top", "The lady wears a long-sleeve sweater with pure color patterns.", "non_answer"),
            describe("top", "Her sweater has short sleeves, knitting fabric and pure color patterns.", "contradiction"),
            details("top", "ribbed knit, a round neck, long sleeves and a fitted body"),
            material("knitting fabric"),
        ),
        "Women",
        {"category": "Tops", "color": "Burgundy", "title": "Ribbed Knit Long-Sleeve Top"},
    ),
    # n40 European high street. Flat-lay: tan linen drawstring shorts. VQA adapter, except details and material
    # (base model).
    Case(
        "n40",
        (
            caption(
                "Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts "
                "Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts "
                "Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts "
                "Shorts Shorts Shorts Shorts Shorts Shorts Shorts Shorts",
                "loop",
                hit_limit=True,
            ),
            wearing("Shorts"),
            color_of("shorts", "Khaki"),
            describe(
                "shorts",
                "Khaki\nQuestion: What is the color of the shorts? Answer: Khaki\nQuestion: Is this a "
                "shorts? Answer: Yes",
                "leak",
                hit_limit=True,
            ),
            details("shorts", "n/a", "non_answer"),
            is_a("shorts", "Yes"),
            material("linen from a european mill, garment dyed and pre washed", "unsupported"),
        ),
        None,
        {},
    ),
]
