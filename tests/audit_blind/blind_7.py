"""BLIND_7 (i01-i40; the original experiments' base model and adapters on a Myntra-like catalog, one product per
item, the experiments' own questionnaire): written blind in the ninth session; measured blind at 6b88e9b: 88/108
and 14/92. The writer's notes, verbatim:

BLIND7: a blind test corpus of BLIP-2 outputs on e-commerce catalog photos (40 products, skus i01..i40).

How it was written
------------------
Written blind: the only sources read were ../shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py (the Text /
Case dataclasses, the helpers and the TARGETS keys). No audit, doc, other corpus or enrich command was looked at or run.

Scenario: a held-out evaluation set made of the ORIGINAL EXPERIMENTS' outputs, run over photos from an Indian fashion
marketplace (Myntra-like: kurtas, kurta sets, sarees, t-shirts, shirts, jeans, track pants, tops, dresses, shorts,
jackets, sweatshirts; models wearing the product with other clothes, a few flat-lay / packshot photos), one product
per item, in the items/answers layout. Catalog columns (category, color, title) are given as extras where Myntra
would have them; gender is set on every case.

Three systems, one per case (noted in the comment above each case):
  * BASE  - untuned Salesforce/blip2-opt-2.7b (21 cases). Stops on its newline, so answers are short; captions in
            the "a woman in a ... " style. Its failures: one color given to every garment / another garment's color,
            wrong pronoun, wrong sleeves/pattern, brand or fiber claims, echoes of the question, the odd
            "i'm not sure", a leading "Answer:" or a new "Question: ... Answer:" continued on the same line (no
            newline, so it does not stop), and now and then a long answer that runs to 30 tokens (cut) or loops.
            As in the experiments' questionnaire, some cases also ask the color of the pants / jeans worn with the
            product (a non-product garment); those answers are judged the same way.
  * CAP   - the caption LoRA adapter (Data2_V2 caption, epoch 3; i13 and i29 are the epoch-1 adapter) (9 cases).
            Every prompt returns the DeepFashion-MultiModal caption template ("The lady wears a short-sleeve T-shirt
            with pure color patterns ... The T-shirt is with cotton fabric ..."), with pattern words instead of hues,
            and it never stops: cut at 50 (caption) / 30 (answer) tokens, or looping.
  * VQA   - the VQA LoRA adapter (Data3_V3) (10 cases). Answers with In-shop-style vendor colors ("Navy",
            "White-black", "Heather grey") and In-shop garment classes ("blouse/shirt", "jacket/coat"); loops the
            color/class, leaks new "Question: ... Answer: ..." pairs, answers "yes"/"no" (its yes/no training
            question). Since training on VQA broke captions, most VQA cases carry the BASE model's caption (a
            pipeline choosing a model per question, CONTEXT point 6) - said in the comment; i07, i19 and i31 carry
            the VQA adapter's own (broken) caption.

hit_limit=True wherever the generation ran to max_new_tokens (30 for answers, 50 for captions): every cut text,
every loop, long leaks. Three texts are CORRECT with hit_limit=True (i33 description, i37 caption, i23 wearing): the
adapters were trained on padded, unmasked sequences, so after a complete answer they can emit <pad> up to the limit,
which decodes to nothing; the text is complete and right but the generation did run to the limit. A measurer who
counts any hit-limit text as a failure should exclude those three.

Totals: 40 cases, 200 texts; 92 correct (46%), 108 failures: unsupported 15, cut 15, loop 15, other_garment_color 14,
non_answer 13, leak 11, contradiction 9, pronoun 9, restated 7. 55 texts have hit_limit=True.

Label conventions
-----------------
* One label per text. With several defects, the one that makes it unusable first, in this order:
  loop > leak > non_answer > other_garment_color > contradiction > pronoun > unsupported > restated > cut.
  (So a caption-adapter template cut at the limit that says "with cotton fabric" is `unsupported`, not `cut`; a
  loop that also ends mid-word is `loop`.)
* loop: a phrase, word or sentence repeated until the token limit (any shape: "navy-navy-navy", "It has a hooded
  neckline. It has a hooded neckline.", repeated "Question: Is this a shirt? Answer: yes").
* leak: the `Question: ... Answer:` format leaking into the text (an echoed prompt, a new question/answer pair, a
  leading "Answer:"), when it does not repeat enough to be a loop.
* non_answer: the text does not attempt the question: "yes"/"no" to an open question, "i'm not sure", the caption
  template returned for a color question, a DeepFashion pattern word ("lattice", "graphic") given as the color.
* other_garment_color: a color answer (closed or open, or an open description) that gives the color of another
  garment in the same photo (per the caption / wearing answer / catalog color), not the product's.
* contradiction: the text contradicts another text of the same case or the catalog color (color, sleeves, pattern),
  where the wrong color is not another garment's (e.g. the wall's, or the "grey for everything" habit). Only the
  WRONG text of the pair is labelled.
* pronoun: he/him/man/gentleman for a gender="female" case or she/lady/woman for a gender="male" case.
* unsupported: a claim the photo cannot support: fiber composition ("cotton fabric", "100% cotton", "chiffon",
  "pure silk", "98% cotton 2% elastane"), brand ("adidas", "levi's", "nalli"), not every invented detail. Denim for
  jeans / denim jackets is visible and is not counted.
* restated: the text is built from the question's own words (an echo such as "the dress is a dress", "the
  sweatshirt details are that it is a sweatshirt"), or a closed answer padded into a sentence that restates the
  question ("the color of the kurta is green"). A full-sentence OPEN answer ("she is wearing ...", "the kurta is a
  deep maroon color") is NOT restated and is counted correct.
* cut: ended mid-sentence/mid-word at the token limit, with nothing worse in it.
* Correct: everything else, including terse base answers ("a saree"), answers naming the right garment class in
  In-shop words ("blouse/shirt", "jacket/coat"), compound vendor colors for prints ("White-black" for a polka-dot
  top), background colors in captions, layered outfits answered right, "there is no one wearing it" for a packshot.
* Failures are meant to be detectable from the texts plus the catalog columns; the one-word "Describe the dress."
  -> "Green" (i39) is counted correct (terse but true).
"""

from __future__ import annotations

from tests.audit_corpus import (  # noqa: F401
    Case,
    Text,
    ask,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    material,
    wearing,
)


def color_long(garment: str, text: str, failure: str | None = None, hit_limit: bool = True) -> Text:
    """The color question answered by free generation that ran long (stored open)."""
    return Text(
        f"color_{garment.replace(' ', '_')}",
        ask(f"What is the color of the {garment}?"),
        "open",
        text,
        failure,
        hit_limit,
    )


def material_long(text: str, failure: str | None = None, hit_limit: bool = True) -> Text:
    return Text("material", ask("What material is the garment made of?"), "open", text, failure, hit_limit)


BLIND_7: list[Case] = [
    # i01 BASE. Model in a maroon printed kurta with matching maroon palazzos and a gold dupatta. All correct.
    Case(
        "i01",
        (
            caption("a woman in a maroon kurta and palazzo pants with a golden dupatta"),
            wearing("a maroon kurta with palazzo pants"),
            color_of("kurta", "maroon"),
            describe("kurta", "it is a long maroon kurta with gold print and three quarter sleeves"),
            details("kurta", "the kurta has a gold print around the neck and on the sleeves"),
        ),
        gender="female",
        extra={
            "category": "Kurta Sets",
            "color": "Maroon",
            "title": "Women Maroon Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        },
    ),
    # i02 BASE. Man in a white t-shirt with a black skull graphic on the chest, blue jeans.
    Case(
        "i02",
        (
            caption("a man wearing a white t-shirt with a black graphic print and blue jeans"),
            wearing("a white t-shirt and jeans"),
            color_of("t-shirt", "blue", "other_garment_color"),
            describe("t-shirt", "a white t-shirt with a skull print on the front"),
            details("t-shirt", "it is a plain white t-shirt with no print on it", "contradiction"),
            material("cotton", "unsupported"),
        ),
        gender="male",
        extra={"category": "Tshirts", "color": "White"},
    ),
    # i03 CAP (epoch 3). Woman in a black sleeveless top tucked into blue jeans.
    Case(
        "i03",
        (
            caption(
                "The lady wears a tank top with pure color patterns and a long denim pants. The tank top is with "
                "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. "
                "There is an accessory",
                "unsupported",
                hit_limit=True,
            ),
            wearing(
                "This lady wears a tank top with pure color patterns and a long denim pants. Her tank top has no "
                "sleeves and it has a round",
                "cut",
                hit_limit=True,
            ),
            color_long(
                "top",
                "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. "
                "It has a round neckline. The",
                "non_answer",
            ),
            details(
                "top",
                "The tank top has no sleeves and pure color patterns. The neckline of it is round. The pants "
                "the lady wears is of long",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Tops", "color": "Black"},
    ),
    # i04 VQA (caption by BASE). Man in a black t-shirt and light blue jeans; the product is the jeans.
    Case(
        "i04",
        (
            caption("a man in a black t-shirt and light blue jeans"),
            wearing(
                "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
                "denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
                "loop",
                hit_limit=True,
            ),
            color_of("jeans", "light blue"),
            details(
                "jeans",
                "Question: Is this a denim? Answer: yes Question: What is the color of the denim? Answer:",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Jeans", "color": "Blue"},
    ),
    # i05 BASE. Woman in an off-white saree with a gold zari border and a red blouse.
    Case(
        "i05",
        (
            caption("a woman in an off white saree with a gold border and a red blouse"),
            wearing("a saree"),
            color_of("saree", "red", "other_garment_color"),
            describe("saree", "an off white saree with a gold border"),
            details(
                "saree", "the saree has a gold border. Question: what is the color of the blouse? Answer: red", "leak"
            ),
            material("pure silk", "unsupported"),
        ),
        gender="female",
        extra={"category": "Sarees", "color": "Off White"},
    ),
    # i06 BASE. Man in a navy-and-white checked casual shirt, beige chinos.
    Case(
        "i06",
        (
            caption("a man in a blue checkered shirt and khaki pants"),
            wearing("he is wearing a blue plaid shirt and khaki pants"),
            color_of("shirt", "blue"),
            color_of("pants", "blue", "other_garment_color"),
            describe("shirt", "a plain blue shirt with no pattern", "contradiction"),
            details("shirt", "the shirt has a collar and buttons down the front"),
        ),
        gender="male",
        extra={"category": "Shirts", "color": "Navy Blue", "title": "Men Navy Blue & White Checked Casual Shirt"},
    ),
    # i07 VQA (its own caption). Woman in a teal straight kurta with white leggings.
    Case(
        "i07",
        (
            caption(
                "Question: What is the color of the dress? Answer: Teal-white Question: What is the color of the "
                "leggings? Answer: White Question: What cloth is the person wearing? Answer: dress Question: What",
                "leak",
                hit_limit=True,
            ),
            wearing("yes", "non_answer"),
            color_of("kurta", "teal"),
            describe(
                "kurta",
                "teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Kurtas", "color": "Teal"},
    ),
    # i08 BASE. Man in a grey t-shirt and black track pants with two white side stripes.
    Case(
        "i08",
        (
            caption("a man in a grey t-shirt and black track pants with white stripes"),
            wearing("she is wearing a grey t-shirt and black sweatpants", "pronoun"),
            color_of("track pants", "grey", "other_garment_color"),
            details("track pants", "the track pants have two white stripes down the side and an elastic waistband"),
            describe("track pants", "black track pants with white stripes on the sides made by adidas", "unsupported"),
        ),
        gender="male",
        extra={"category": "Track Pants", "color": "Black"},
    ),
    # i09 CAP (epoch 3). Man in a grey melange hooded sweatshirt and black joggers.
    Case(
        "i09",
        (
            caption(
                "The gentleman is wearing a long-sleeve sweater with solid color patterns. It has a hooded "
                "neckline. It has a hooded neckline. It has a hooded neckline. It has a hooded neckline. It has a "
                "hooded",
                "loop",
                hit_limit=True,
            ),
            wearing(
                "The gentleman wears a long-sleeve sweater with solid color patterns and a long trousers. The "
                "sweater is with knitted fabric. The trousers are",
                "cut",
                hit_limit=True,
            ),
            color_long(
                "sweatshirt",
                "The gentleman wears a long-sleeve sweater with solid color patterns. The sweater "
                "is with knitted fabric. It has a hooded",
                "non_answer",
            ),
            details(
                "sweatshirt",
                "The sweater has long sleeves, with knitted fabric and solid color patterns. The "
                "neckline of it is hooded. The trousers this",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Sweatshirts", "color": "Grey Melange"},
    ),
    # i10 BASE. Woman in a navy floral midi dress and white sneakers in front of a pink wall.
    Case(
        "i10",
        (
            caption("a woman in a navy blue floral dress standing in front of a pink wall"),
            wearing("he is wearing a blue floral dress and white sneakers", "pronoun"),
            color_of("dress", "pink", "contradiction"),
            describe("dress", "a navy blue dress with small white flowers, short sleeves and a tie belt at the waist"),
            details("dress", "the dress has long sleeves and buttons all the way down the front", "contradiction"),
        ),
        gender="female",
        extra={"category": "Dresses", "color": "Navy Blue"},
    ),
    # i11 VQA (caption by BASE). Packshot: folded black jeans on white.
    Case(
        "i11",
        (
            caption("a pair of black jeans on a white background"),
            wearing("Question: What cloth is the person wearing? Answer: denim", "leak"),
            color_of("jeans", "black"),
            details(
                "jeans",
                "black jeans black jeans black jeans black jeans black jeans black jeans black jeans black "
                "jeans black jeans black jeans black jeans black",
                "loop",
                hit_limit=True,
            ),
            material("denim"),
        ),
        gender="female",
        extra={"category": "Jeans", "color": "Black"},
    ),
    # i12 BASE. Man in an olive bomber jacket open over a white t-shirt, black jeans.
    Case(
        "i12",
        (
            caption("a man wearing an olive green bomber jacket over a white t-shirt"),
            wearing("a green jacket, a white shirt and black jeans"),
            color_of("jacket", "white", "other_garment_color"),
            describe("jacket", "it is a green bomber jacket with a zipper and ribbed cuffs"),
            details("jacket", "Answer: the jacket has a zipper and two pockets on the front", "leak"),
        ),
        gender="male",
        extra={"category": "Jackets", "color": "Olive"},
    ),
    # i13 CAP (epoch 1: still starts some answers with a word). Woman in a yellow kurta with a white floral print
    # and white straight pants.
    Case(
        "i13",
        (
            caption(
                "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with "
                "chiffon fabric and it has a V-shape neckline. The trousers are with cotton fabric and pure color "
                "patterns. The",
                "unsupported",
                hit_limit=True,
            ),
            color_long(
                "kurta",
                "yellow. The lady wears a long-sleeve shirt with floral patterns and a long trousers. "
                "The neckline of the shirt is V-shape. The trousers",
                "cut",
            ),
            wearing(
                "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The lady wears a "
                "long-sleeve shirt with floral patterns and a long",
                "loop",
                hit_limit=True,
            ),
            describe(
                "kurta",
                "The gentleman wears a long-sleeve shirt with floral patterns and a long trousers. Its "
                "neckline is V-shape. The trousers",
                "pronoun",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Kurta Sets", "color": "Yellow"},
    ),
    # i14 BASE. Man in a white chikankari-embroidered kurta with white pyjama.
    Case(
        "i14",
        (
            caption("a man in a white kurta and white pants"),
            wearing("a white kurta pajama"),
            color_of("kurta", "white"),
            describe("kurta", "a white kurta with embroidery on the front and a mandarin collar"),
            details("kurta", "it has a lot of embroidery on it"),
            material("it is made of 100% pure cotton", "unsupported"),
        ),
        gender="male",
        extra={"category": "Kurtas", "color": "White"},
    ),
    # i15 VQA (caption by BASE). Man in a navy polo t-shirt against a bright yellow wall.
    Case(
        "i15",
        (
            caption("a man in a navy blue polo shirt standing against a yellow wall"),
            wearing("polo shirt"),
            color_of("t-shirt", "Navy"),
            describe("t-shirt", "White", "contradiction"),
            details(
                "t-shirt",
                "Question: What is the color of the polo shirt? Answer: Navy\nQuestion: Is this a polo "
                "shirt? Answer: yes\nQuestion: What",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Tshirts", "color": "Navy Blue", "title": "Men Navy Blue Solid Polo Collar T-shirt"},
    ),
    # i16 BASE. Woman in a peach top with ruffled flutter sleeves and white jeans.
    Case(
        "i16",
        (
            caption("a man wearing a peach top and white jeans", "pronoun"),
            wearing("a peach colored top and white pants"),
            color_of("top", "peach"),
            color_of("jeans", "peach", "other_garment_color"),
            describe("top", "a peach top with ruffles on the sleeves"),
            details("top", "the top is sleeveless with a ruffled hem", "contradiction"),
        ),
        gender="female",
        extra={"category": "Tops", "color": "Peach"},
    ),
    # i17 CAP (epoch 3). Man in blue jeans and a white crew-neck t-shirt; the product is the jeans.
    Case(
        "i17",
        (
            caption(
                "The person is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt "
                "is with cotton fabric. It has a crew neckline. The pants are with denim fabric and solid color "
                "patterns. This",
                "unsupported",
                hit_limit=True,
            ),
            color_long(
                "jeans",
                "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The "
                "pants are with denim fabric and solid color",
                "non_answer",
            ),
            details(
                "jeans",
                "The pants are with denim fabric and solid color patterns. The pants are with denim fabric "
                "and solid color patterns. The pants are with",
                "loop",
                hit_limit=True,
            ),
            describe(
                "jeans",
                "The lady wears a long denim pants with solid color patterns. Her T-shirt has short "
                "sleeves and it has a crew neckline. The",
                "pronoun",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Jeans", "color": "Blue"},
    ),
    # i18 BASE. Woman in a white t-shirt and navy track pants with a drawstring. All correct.
    Case(
        "i18",
        (
            caption("a woman in a white t-shirt and navy blue track pants"),
            wearing("she is wearing a white t-shirt and blue joggers"),
            color_of("track pants", "navy blue"),
            details("track pants", "they have an elastic waist with a drawstring and two side pockets"),
            garment_type("track pants"),
        ),
        gender="female",
        extra={"category": "Track Pants", "color": "Navy Blue"},
    ),
    # i19 VQA (its own caption). Woman in light-wash denim shorts and a white tank top.
    Case(
        "i19",
        (
            caption(
                "denim shorts denim shorts denim shorts denim shorts denim shorts denim shorts denim shorts denim "
                "shorts denim shorts denim shorts denim shorts denim shorts denim shorts denim shorts denim shorts "
                "denim shorts denim",
                "loop",
                hit_limit=True,
            ),
            wearing("shorts"),
            color_of("shorts", "Blue"),
            details(
                "shorts",
                "Question: Is this a shorts? Answer: yes Question: What is the color of the shorts? Answer: Light",
                "leak",
                hit_limit=True,
            ),
            describe("shorts", "yes", "non_answer"),
        ),
        gender="female",
        extra={"category": "Shorts", "color": "Blue"},
    ),
    # i20 BASE. Man in a white formal shirt and black trousers: the "grey for every garment" habit.
    Case(
        "i20",
        (
            caption("a man in a white shirt and black pants"),
            wearing("a white shirt and black pants"),
            color_of("shirt", "grey", "contradiction"),
            color_of("pants", "grey", "contradiction"),
            describe("shirt", "a white shirt with long sleeves and a pocket"),
            details("shirt", "the shirt details are the shirt is a shirt with a collar", "restated"),
        ),
        gender="male",
        extra={"category": "Shirts", "color": "White"},
    ),
    # i21 CAP (epoch 3). Woman in a red floral wrap dress, knee length, wristwatch.
    Case(
        "i21",
        (
            caption(
                "Her dress has short sleeves, with floral patterns. The neckline of it is V-shape. The dress is of "
                "knee length. There is an accessory on her wrist. The lady wears a ring. There is",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "This lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
                "neckline of it is V-shape. The dress is of",
                "unsupported",
                hit_limit=True,
            ),
            color_long(
                "dress",
                "Her dress has short sleeves, with floral patterns. The neckline of it is V-shape. Her "
                "dress has short sleeves, with floral patterns. The neckline",
                "loop",
            ),
            describe(
                "dress",
                "Her dress has short sleeves, with floral patterns and it is of knee length. The neckline "
                "of it is V-shape. The lady wears a ring on her",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Dresses", "color": "Red"},
    ),
    # i22 BASE. Woman in a mustard block-printed kurta and white palazzos.
    Case(
        "i22",
        (
            caption("a woman wearing a mustard yellow kurta and white palazzo pants"),
            wearing("a yellow kurta and white pants"),
            color_of("kurta", "white", "other_garment_color"),
            describe("kurta", "the kurta is yellow with a white block print and has a round neck"),
            details("kurta", "the kurta details are the details on the kurta", "restated"),
            material("it is a rayon kurta", "unsupported"),
        ),
        gender="female",
        extra={"category": "Kurtas", "color": "Mustard"},
    ),
    # i23 VQA (caption by BASE). Man in a black denim jacket over a grey hoodie. The wearing answer is a complete
    # class name followed by <pad> to the limit (correct, hit_limit=True).
    Case(
        "i23",
        (
            caption("a man in a black denim jacket and a grey hoodie"),
            wearing("jacket/coat", hit_limit=True),
            color_of("jacket", "Grey", "other_garment_color"),
            describe(
                "jacket",
                "Black-grey-black-grey-black-grey-black-grey-black-grey-black-grey-black-grey-black",
                "loop",
                hit_limit=True,
            ),
            material("denim"),
        ),
        gender="male",
        extra={"category": "Jackets", "color": "Black"},
    ),
    # i24 BASE. Man in a lavender crew-neck sweatshirt and black joggers.
    Case(
        "i24",
        (
            caption("a man wearing a purple sweatshirt and black pants"),
            wearing("she is wearing a purple sweatshirt and black sweatpants", "pronoun"),
            color_of("sweatshirt", "black", "other_garment_color"),
            describe("sweatshirt", "a light purple crew neck sweatshirt with ribbed cuffs and hem"),
            details("sweatshirt", "the sweatshirt details are that it is a sweatshirt", "restated"),
        ),
        gender="male",
        extra={"category": "Sweatshirts", "color": "Lavender"},
    ),
    # i25 CAP (epoch 3). Woman in a printed georgette saree (drape hides the blouse); the template has no saree.
    Case(
        "i25",
        (
            caption(
                "The lady wears a sleeveless dress with graphic patterns. The neckline of it is round. The dress is "
                "of long length. There is an accessory on her wrist. The lady wears a",
                "cut",
                hit_limit=True,
            ),
            color_long(
                "saree",
                "The lady wears a sleeveless dress with graphic patterns. The neckline of it is round. "
                "The dress is of long length. There",
                "non_answer",
            ),
            wearing(
                "This lady wears a long dress with graphic patterns. This lady wears a long dress with graphic "
                "patterns. This lady wears a long dress",
                "loop",
                hit_limit=True,
            ),
            material_long(
                "The dress is with chiffon fabric and graphic patterns. The neckline of it is round. The lady wears a",
                "unsupported",
            ),
        ),
        gender="female",
        extra={"category": "Sarees", "color": "Green"},
    ),
    # i26 BASE. Packshot: plain black crew-neck t-shirt laid flat on white.
    Case(
        "i26",
        (
            caption("a black t-shirt laid out on a white background"),
            wearing("there is no one wearing it, it is just a t-shirt"),
            color_of("t-shirt", "black"),
            describe("t-shirt", "a plain black t-shirt with a round neck and short sleeves"),
            details("t-shirt", "it has long sleeves and a collar", "contradiction"),
            garment_type("t-shirt"),
            material("it looks like a cotton polyester blend", "unsupported"),
        ),
        gender="male",
        extra={"category": "Tshirts", "color": "Black"},
    ),
    # i27 VQA (caption by BASE). Woman in a white top with black polka dots and blue jeans.
    Case(
        "i27",
        (
            caption("a woman in a white polka dot top and blue jeans"),
            wearing("blouse"),
            color_of("top", "White-black"),
            describe("top", "Blue", "other_garment_color"),
            details(
                "top",
                "white-black white-black white-black white-black white-black white-black white-black white-black white",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Tops", "color": "White"},
    ),
    # i28 BASE. Woman in a green straight kurta with a printed dupatta.
    Case(
        "i28",
        (
            caption("a woman in a green kurta with a printed dupatta"),
            wearing("he is wearing a green kurta and a dupatta", "pronoun"),
            color_of("kurta", "the color of the kurta is green", "restated"),
            describe("kurta", "a green straight kurta with gold foil print at the yoke"),
            details(
                "kurta",
                "the kurta has three quarter sleeves, a round neck with a keyhole and a button at the back, with "
                "gold foil print on the yoke and along the",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Kurta Sets", "color": "Green"},
    ),
    # i29 CAP (epoch 1). Man in a blue-and-white checked shirt and blue jeans.
    Case(
        "i29",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. It has a lapel "
                "neckline. The trousers the gentleman wears is of long length. The trousers are with denim fabric "
                "and pure",
                "cut",
                hit_limit=True,
            ),
            color_of("shirt", "lattice", "non_answer"),
            details(
                "shirt",
                "The shirt has long sleeves, with lattice patterns. The neckline of it is lapel. The shirt "
                "has long sleeves, with lattice patterns. The neckline",
                "loop",
                hit_limit=True,
            ),
            describe(
                "shirt",
                "Question: Describe the shirt. Answer: The gentleman wears a long-sleeve shirt with "
                "lattice patterns. It has a lapel neckline. The",
                "leak",
                hit_limit=True,
            ),
            wearing(
                "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is "
                "with cotton fabric. It has a lapel",
                "unsupported",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Shirts", "color": "Blue"},
    ),
    # i30 BASE. Woman in a black fitted top and light blue ripped jeans; the product is the jeans.
    Case(
        "i30",
        (
            caption("a woman in a black top and ripped blue jeans"),
            color_of("jeans", "black", "other_garment_color"),
            color_of("top", "the top is black in color, the color of the top is black", "restated"),
            details("jeans", "the jeans are ripped at the knees and have a high waist"),
            describe("jeans", "light blue skinny jeans with rips on both knees, they are levi's", "unsupported"),
        ),
        gender="female",
        extra={"category": "Jeans", "color": "Light Blue"},
    ),
    # i31 VQA (its own caption). Man in a sky-blue oxford shirt and white chinos.
    Case(
        "i31",
        (
            caption(
                "Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a "
                "shirt? Answer: yes Question: Is this a shirt? Answer: yes Question:",
                "loop",
                hit_limit=True,
            ),
            wearing("blouse/shirt"),
            color_of("shirt", "Sky blue"),
            details("shirt", "no", "non_answer"),
        ),
        gender="male",
        extra={"category": "Shirts", "color": "Blue", "title": "Men Sky Blue Solid Oxford Casual Shirt"},
    ),
    # i32 BASE. Man in a navy kurta with a mandarin collar and white churidar.
    Case(
        "i32",
        (
            caption("a man wearing a navy blue kurta and white churidar"),
            wearing("a kurta"),
            color_of("kurta", "navy blue"),
            color_of("pants", "navy blue", "other_garment_color"),
            describe(
                "kurta",
                "a navy blue kurta with a mandarin collar, a mandarin collar, a mandarin collar, a "
                "mandarin collar, a mandarin collar, a",
                "loop",
                hit_limit=True,
            ),
            details("kurta", "i'm not sure", "non_answer"),
        ),
        gender="male",
        extra={"category": "Kurtas", "color": "Navy Blue"},
    ),
    # i33 CAP (epoch 3). Woman in a white graphic t-shirt and denim shorts. The description is a complete template
    # sentence followed by <pad> to the limit (correct, hit_limit=True).
    Case(
        "i33",
        (
            caption(
                "This lady wears a short-sleeve T-shirt with graphic patterns and a short pants. It has a round "
                "neckline. The shorts are with denim fabric and pure color patterns. There is an accessory on her",
                "cut",
                hit_limit=True,
            ),
            color_of("t-shirt", "graphic", "non_answer"),
            wearing(
                "This lady wears a short-sleeve T-shirt with graphic patterns and a short pants. It has a round "
                "neckline. The lady",
                "cut",
                hit_limit=True,
            ),
            describe(
                "t-shirt",
                "Her T-shirt has short sleeves, with graphic patterns. The neckline of it is round.",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Tshirts", "color": "White"},
    ),
    # i34 BASE. Woman in a black long-sleeve bodycon dress with a side slit.
    Case(
        "i34",
        (
            caption("a woman in a black dress posing for a picture"),
            wearing("a black dress Question: what is the color of the dress? Answer: black", "leak"),
            color_of("dress", "black"),
            describe("dress", "describe the dress: the dress is a dress", "restated"),
            details("dress", "it is a black dress with long sleeves and a slit on the side"),
        ),
        gender="female",
        extra={"category": "Dresses", "color": "Black"},
    ),
    # i35 VQA (caption by BASE). Man in grey melange joggers and a navy t-shirt; the product is the joggers.
    Case(
        "i35",
        (
            caption("a man in a blue t-shirt and grey jogger pants"),
            wearing("no", "non_answer"),
            color_of("track pants", "Navy", "other_garment_color"),
            describe(
                "track pants",
                "Heather grey-heather grey-heather grey-heather grey-heather grey-heather grey-heather grey-heather",
                "loop",
                hit_limit=True,
            ),
            details(
                "track pants",
                "Answer: Heather grey Question: Is this a pants? Answer: yes Question: What is the",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Track Pants", "color": "Grey Melange"},
    ),
    # i36 BASE. Man in a white polo and khaki chino shorts.
    Case(
        "i36",
        (
            caption("a man in a white polo shirt and khaki shorts"),
            wearing("a white polo shirt and beige shorts"),
            color_of("shorts", "khaki"),
            details("shorts", "the shorts details are the shorts have pockets", "restated"),
            material("i don't know", "non_answer"),
            describe(
                "shorts",
                "khaki chino shorts that end above the knee with belt loops at the waist, two slant "
                "pockets in the front and two back pockets with a button and a",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Shorts", "color": "Khaki"},
    ),
    # i37 CAP (epoch 3). Man in a mid-blue denim jacket over a white tee. The caption is a complete template followed
    # by <pad> to the limit (correct, hit_limit=True).
    Case(
        "i37",
        (
            caption(
                "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
                "fabric. It has a lapel neckline. The gentleman wears a long trousers.",
                hit_limit=True,
            ),
            color_long(
                "jacket",
                "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is "
                "with denim fabric. It has a",
                "non_answer",
            ),
            wearing(
                "The lady wears a long-sleeve denim jacket with pure color patterns and a long trousers. The jacket "
                "is with denim fabric and it",
                "pronoun",
                hit_limit=True,
            ),
            details(
                "jacket",
                "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. There "
                "is a hat in his head. The",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="male",
        extra={"category": "Jackets", "color": "Blue"},
    ),
    # i38 BASE. Woman in a pink saree with a gold zari border, standing by a window.
    Case(
        "i38",
        (
            caption("a woman in a pink saree with a gold border standing by a window"),
            wearing("a pink saree with a golden border"),
            color_of("saree", "pink"),
            describe("saree", "it is a pink kanjeevaram silk saree from nalli with a gold zari border", "unsupported"),
            details(
                "saree",
                "the saree has a gold border and a floral pattern on the pallu and the blouse piece is also pink "
                "with a gold border and small floral motifs all",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Sarees", "color": "Pink"},
    ),
    # i39 VQA (caption by BASE). Woman in a green maxi dress with a white denim jacket over it.
    Case(
        "i39",
        (
            caption("a woman in a green maxi dress and a white denim jacket"),
            wearing("dress"),
            color_of("dress", "White", "other_garment_color"),
            describe("dress", "Green"),
            details(
                "dress",
                "Question: What is the color of the dress? Answer: Green\nQuestion: What is the color of "
                "the jacket? Answer: White\nQuestion:",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="female",
        extra={"category": "Dresses", "color": "Green"},
    ),
    # i40 BASE. Man in a white shirt and dark blue slim jeans; the product is the jeans.
    Case(
        "i40",
        (
            caption("a woman in a white shirt and dark blue jeans", "pronoun"),
            wearing("a white shirt and dark jeans"),
            color_of("jeans", "dark blue"),
            details(
                "jeans",
                "the jeans are slim fit with a five pocket design and a button and zip fly, made with "
                "stretch denim that is 98% cotton and 2% elastane for",
                "unsupported",
                hit_limit=True,
            ),
            describe("jeans", "dark blue slim fit jeans"),
        ),
        gender="male",
        extra={
            "category": "Jeans",
            "color": "Navy Blue",
            "title": "Men Navy Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        },
    ),
]
