"""BLIND_9 (m01-m40; the original experiments' base model and adapters on a Myntra-like catalog, one product per
item, the experiments' own questionnaire with yes/no garment questions): written blind in the ninth session;
measured blind at 703f991: 110/141 and 20/104. The writer's notes, verbatim:

BLIND9: a blind corpus of BLIP-2 outputs on Myntra-style product photos (40 products, skus m01..m40).

How it was written
------------------
Written blind: the only material read was ../shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py (the
helpers and the TARGETS keys). No audit code, no docs, no other corpus, no enrich run. Every text below was
invented for this file by imagining the held-out evaluation of the ORIGINAL experiments on real product photos from
an Indian fashion site (one catalogued product per photo, usually a model wearing it with other clothes; one
flat-lay). Three systems answered, one per product (the comment above each case says which):

* base   - untuned Salesforce/blip2-opt-2.7b (16 products): short lower-case answers, BLIP tokenisation artefacts
           ("t - shirt"), usually right; its failures are the ones CONTEXT lists: one color for every garment, the
           wrong pronoun for the person, invented details, and now and then a long answer cut at 30 tokens.
* capt   - the caption LoRA adapter (epoch 1 or 3; 12 products): every prompt returns the DeepFashion-MultiModal
           template ("The lady wears a long-sleeve shirt with floral patterns. ..."). It has no hue words at all
           (its "colors" are patterns: pure color, lattice, stripe, graphic, floral), it never stops (loops, cuts
           at the limit), it reuses "gentleman"/"lady"/"he" templates regardless of the person.
* vqa    - the VQA LoRA adapter (12 products): one-word In-shop answers ("tee", "denim", "yes", "black"); when the
           pad/eos it learned is emitted the answer is clean, otherwise it runs on into "Question: ... Answer:"
           continuations (the loss covered the prompt) or repeats one word to the limit. Captions are broken
           (a word, or a Q/A continuation).

Questionnaire: caption, "What is the person wearing?", "What is the color of the <garment>?" (kind closed when the
stored answer is short, open when it was a long generation), "Describe the <garment>.", "What are the <garment>
details?", material; sometimes the closed "What is the color of the garment?", the closed garment type question,
and (vqa products) the In-shop yes/no "Is this a <garment>?" (closed; the one looped yes/no is stored open because
it is a long generation).

hit_limit=True marks a generation that ran to max_new_tokens (30 for answers, 50 for captions): all loops, all
cuts, and the long non-stopping leaks / template non-answers. Correct texts never have hit_limit=True.

Label conventions
-----------------
* One label per text. When several defects apply, the first of:
  loop > leak > non_answer > other_garment_color > contradiction > pronoun > unsupported > restated > cut.
  (So a template cut at the limit that never gives a hue for a color question is non_answer, a repeated
  "Question: ... Answer:" continuation is loop, a restating answer cut at the limit is restated.)
* loop: the same word/phrase/sentence repeated until the limit.
* leak: the `Question: ... Answer:` prompt format (or a bare "Answer:") shows up in the output, including a
  caption that is a Q/A continuation and an answer that is only the echoed prompt.
* non_answer: nothing that answers the question: empty, "i'm not sure", a bare garment word for a caption or a
  describe question, a pattern/fabric word ("lattice", "pure color", "denim", "knitting", "floral") or the hue-free
  caption template given to a color question, a single color given as a whole caption.
* other_garment_color: an answer about the product that gives it the color of another garment worn in the photo;
  the other garment's color is always stated in another text of the same product (or in the catalog), so a
  reader can see where the color came from. Closed color answers can carry it too (m04, m12, m13, m18, m19, m24,
  m28, m33, m36).
* contradiction: only the WRONG text of a pair is labelled; the right side is another text of the product and/or
  the catalog (title, category, color), so a reader can decide which side is wrong. Includes wrong yes/no
  ("Is this a kurta?" -> "no") and wrong closed garment types ("polo shirt" for a formal shirt, "dress" for a
  kurta, "denim" for chinos) against the catalog category/title.
* pronoun: the person is called he/she/man/woman/lady/gentleman against the catalog gender (Men / Women).
* unsupported: a claim no photo can support: fiber percentages and blends, GSM/thread counts, certification,
  place of manufacture, handwork provenance, care or performance claims (wrinkle resistant, stretchable), a
  brand that is not the catalog brand. Judgement calls: a single plausible fiber answered to the material
  question ("cotton", "linen", "denim", "polyester", "fleece", "silk", "rayon", "crepe") is NOT labelled; nor is the
  template's "is with cotton/knitting/denim fabric"; nor is a brand that the catalog confirms and the photo shows
  (Puma logo on the chest, m40). An invented but visible-type detail (a chest pocket, side slits) is not labelled.
* restated: the answer echoes the question instead of just answering ("the color of the dress is navy blue" in
  a closed color field, "the shirt details are ...", "the kurta set is a pink kurta set", "the material of the
  garment is nylon", an answer that repeats the question text without the Question:/Answer: markers).
* cut: a generation stopped mid-sentence at the token limit with no other defect.

Judgement calls on correct texts (kept correct on purpose, tricky):
* near-synonym hues: Off White -> "cream"/"white", Maroon -> "red"/"burgundy", Teal -> "green", Charcoal -> "grey",
  Mustard -> "yellow", Lavender -> "purple"/"light purple", Cream -> "white", Olive -> "green", Navy Blue -> "blue".
* the caption template calling a kurta "a long-sleeve shirt ... of long length" (template vocabulary, descriptively
  right); print colors ("green and white floral tunic", "red and gold" saree); layers ("maroon sweater over a blue
  collared shirt", "black denim jacket" over a tee); "tucked into the denim pants"; a flat-lay answered "there is
  no one in the picture"; terse VQA answers ("denim", "tee", "pants", "chino", "midi", "black jacket").
"""

from __future__ import annotations

from tests.audit_corpus import (  # noqa: F401
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
    """The color question when the stored answer was a long free generation (kind open)."""
    return Text(
        f"color_{garment.replace(' ', '_')}",
        ask(f"What is the color of the {garment}?"),
        "open",
        text,
        failure,
        hit_limit,
    )


def is_a(garment: str, text: str, failure: str | None = None, kind: str = "closed", hit_limit: bool = False) -> Text:
    """The In-shop yes/no question the VQA adapter was trained on."""
    return Text(f"is_{garment.replace(' ', '_')}", ask(f"Is this a {garment}?"), kind, text, failure, hit_limit)


BLIND_9: list[Case] = [
    # m01 - base. Man in a navy round-neck tee, light blue jeans, white sneakers, grey studio wall.
    Case(
        "m01",
        (
            caption("a woman in a navy blue t - shirt and jeans standing in front of a grey wall", "pronoun"),
            wearing("a navy blue t - shirt and light blue jeans"),
            color_of("t-shirt", "navy blue"),
            describe("t-shirt", "a navy blue v - neck t - shirt with short sleeves", "contradiction"),
            details("t-shirt", "round neck, short sleeves, no print"),
            material("100% combed cotton, 180 gsm", "unsupported"),
        ),
        "Men",
        {"category": "Tshirts", "color": "Navy Blue", "title": "Roadster Men Navy Blue Solid Round Neck T-shirt"},
    ),
    # m02 - caption adapter (epoch 3). Woman in a maroon floral printed straight kurta with white palazzos.
    Case(
        "m02",
        (
            caption(
                "The lady wears a long-sleeve shirt with floral patterns. The shirt is of long length. It has a "
                "round neckline. The lady wears a long pants. The pants are with pure color patterns."
            ),
            wearing(
                "The lady wears a long-sleeve shirt with floral patterns. The shirt is of long length. It has a "
                "round neckline. The lady wears a long",
                "cut",
                hit_limit=True,
            ),
            color_long(
                "kurta",
                "The lady wears a long-sleeve shirt with floral patterns. The shirt is of long length. "
                "It has a round neckline. The",
                "non_answer",
                hit_limit=True,
            ),
            describe(
                "kurta",
                "The kurta is a long-sleeve kurta with floral patterns. The kurta is a long-sleeve kurta "
                "with floral patterns. The kurta is a long-sleeve",
                "loop",
                hit_limit=True,
            ),
            details(
                "kurta",
                "It has a round neckline. The shirt is with floral patterns and it is of long length. The "
                "lady wears a long pants. The pants are with pure color patterns and",
                "cut",
                hit_limit=True,
            ),
            material("The shirt is with cotton fabric."),
        ),
        "Women",
        {"category": "Kurtas", "color": "Maroon", "title": "Anouk Women Maroon Floral Printed Straight Kurta"},
    ),
    # m03 - VQA adapter. Man in a plain white tee and mid-blue slim jeans.
    Case(
        "m03",
        (
            caption("Question: what is the person wearing? Answer: denim", "leak"),
            wearing("denim"),
            color_of("jeans", "blue"),
            describe(
                "jeans",
                "blue denim blue denim blue denim blue denim blue denim blue denim blue denim blue denim "
                "blue denim blue denim blue denim",
                "loop",
                hit_limit=True,
            ),
            details(
                "jeans",
                "slim fit\nQuestion: What is the color of the jeans? Answer: blue\nQuestion: Is this a "
                "denim? Answer: yes\nQuestion: What",
                "leak",
                hit_limit=True,
            ),
            is_a("jeans", "yes"),
        ),
        "Men",
        {
            "category": "Jeans",
            "color": "Blue",
            "title": "HIGHLANDER Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        },
    ),
    # m04 - base. Woman in a solid mustard top with black jeans, hair tied back.
    Case(
        "m04",
        (
            caption("a woman in a yellow top and black jeans posing for a photo"),
            wearing("she is wearing a mustard top and black jeans"),
            color_of("top", "black", "other_garment_color"),
            describe("top", "it is a yellow striped top with short sleeves", "contradiction"),
            details("top", "his top has short sleeves and a round neck", "pronoun"),
            material("polyester"),
        ),
        "Women",
        {"category": "Tops", "color": "Mustard", "title": "SASSAFRAS Women Mustard Yellow Solid Regular Top"},
    ),
    # m05 - caption adapter (epoch 1). Man in a navy-and-white checked shirt, sleeves rolled, beige chinos, watch.
    Case(
        "m05",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
                "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
                "pure color patterns. There is an accessory on",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "The gentleman wears a long-sleeve shirt with lattice patterns. It has a lapel neckline. The "
                "gentleman wears a long trousers."
            ),
            color_of("shirt", "lattice", "non_answer"),
            describe(
                "shirt",
                "The shirt is a long-sleeve shirt with lattice patterns, it has a lapel neckline and a "
                "button closure. The gentleman wears it with a pair of long trousers.",
            ),
            details(
                "shirt",
                "The shirt details are the shirt details: lattice patterns, lapel neckline, long sleeves.",
                "restated",
            ),
            garment_type("shirt"),
        ),
        "Men",
        {
            "category": "Shirts",
            "color": "Navy Blue",
            "title": "Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        },
    ),
    # m06 - VQA adapter. Woman in a teal sleeveless A-line midi dress, nude heels.
    Case(
        "m06",
        (
            caption("dress", "non_answer"),
            wearing("dress"),
            color_of("dress", "green"),
            describe("dress", "sleeveless Question: What is the length of the dress? Answer: midi", "leak"),
            details(
                "dress",
                "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
                "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
                "loop",
                hit_limit=True,
            ),
            is_a("dress", "yes"),
        ),
        "Women",
        {"category": "Dresses", "color": "Teal", "title": "Athena Women Teal Solid A-Line Midi Dress"},
    ),
    # m07 - base. Man in an off-white straight kurta under a navy nehru jacket, white churidar, mojaris.
    Case(
        "m07",
        (
            caption("a man wearing a white kurta and a blue vest"),
            wearing("she is wearing a white kurta and a blue jacket", "pronoun"),
            color_of("kurta", "cream"),
            describe("kurta", "a white kurta handwoven from khadi by artisans in rajasthan", "unsupported"),
            details("kurta", "navy blue with a mandarin collar and a button placket", "other_garment_color"),
            material("linen"),
        ),
        "Men",
        {"category": "Kurtas", "color": "Off White", "title": "Fabindia Men Off-White Solid Straight Kurta"},
    ),
    # m08 - caption adapter (epoch 3). Woman in a white cropped tee and black high-rise skinny jeans.
    Case(
        "m08",
        (
            caption(
                "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
                "and it has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and "
                "pure color patterns."
            ),
            wearing(
                "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
                "and it has a round neckline. The lady wears a long trousers. The trousers are with",
                "cut",
                hit_limit=True,
            ),
            color_long("jeans", "The trousers are with denim fabric and pure color patterns.", "non_answer"),
            describe(
                "jeans",
                "The trousers are with denim fabric and pure color patterns. The trousers are of long "
                "length. The trousers are with denim fabric and pure color patterns. The trousers are of long",
                "loop",
                hit_limit=True,
            ),
            details(
                "jeans",
                "The jeans are with denim fabric and pure color patterns, long length, skinny fit, high "
                "waist, five pockets, made in Italy.",
                "unsupported",
            ),
            material("denim"),
        ),
        "Women",
        {"category": "Jeans", "color": "Black", "title": "DOLCE CRUDO Women Black Skinny Fit High-Rise Jeans"},
    ),
    # m09 - VQA adapter. Man in a black tee, charcoal grey track pants, running shoes, mid-stride.
    Case(
        "m09",
        (
            caption(" ".join(["pants"] * 50), "loop", hit_limit=True),
            wearing("pants"),
            color_of("track pants", "grey"),
            describe("track pants", "grey Question: What is the color of the shirt? Answer: black", "leak"),
            details("track pants", " ".join(["drawstring"] * 15), "loop", hit_limit=True),
            is_a("track pants", "no", "contradiction"),
        ),
        "Men",
        {
            "category": "Track Pants",
            "color": "Charcoal",
            "title": "HRX by Hrithik Roshan Men Charcoal Grey Solid Track Pants",
        },
    ),
    # m10 - base. Woman draped in a red Banarasi saree with a broad gold border, red blouse.
    Case(
        "m10",
        (
            caption("a woman in a red and gold saree posing for the camera"),
            wearing("he is wearing a red saree", "pronoun"),
            color_of("saree", "red and gold"),
            describe("saree", "it is a green saree with a gold border", "contradiction"),
            details(
                "saree",
                "gold zari border with woven motifs, pure kanjeevaram silk with silk mark certification",
                "unsupported",
            ),
            material("what material is the garment made of? silk", "restated"),
        ),
        "Women",
        {
            "category": "Sarees",
            "color": "Red",
            "title": "Mitera Red & Gold-Toned Silk Blend Woven Design Banarasi Saree",
        },
    ),
    # m11 - caption adapter (epoch 3). Man in an olive hooded sweatshirt, black joggers.
    Case(
        "m11",
        (
            caption(
                "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
                "fabric. This man wears a long pants. The pants are with cotton fabric and pure color patterns."
            ),
            wearing(
                "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
                "fabric. This man wears a long pants. The pants are with cotton fabric and",
                "cut",
                hit_limit=True,
            ),
            color_of("sweatshirt", "pure color", "non_answer"),
            describe(
                "sweatshirt",
                "The sweatshirt is with cotton fabric and pure color patterns. The sweatshirt is with "
                "cotton fabric and pure color patterns. The sweatshirt is with cotton",
                "loop",
                hit_limit=True,
            ),
            details(
                "sweatshirt",
                "This lady wears a long-sleeve sweatshirt with a hood and a kangaroo pocket. The "
                "sweatshirt is with pure color patterns.",
                "pronoun",
            ),
            material("The sweatshirt is with fleece fabric, 80% cotton and 20% polyester.", "unsupported"),
        ),
        "Men",
        {
            "category": "Sweatshirts",
            "color": "Olive",
            "title": "HRX by Hrithik Roshan Men Olive Green Solid Hooded Sweatshirt",
        },
    ),
    # m12 - VQA adapter. Woman in a pink short kurti over black ankle-length leggings.
    Case(
        "m12",
        (
            caption("pink kurta Question: what color are the leggings? Answer: black", "leak"),
            wearing("leggings"),
            color_of("leggings", "pink", "other_garment_color"),
            describe("leggings", "leggings", "non_answer"),
            details("leggings", "ankle length"),
            color("black"),
        ),
        "Women",
        {"category": "Leggings", "color": "Black", "title": "Go Colors Women Black Solid Ankle-Length Leggings"},
    ),
    # m13 - base. Man in a white printed tee, beige chino shorts, white sneakers.
    Case(
        "m13",
        (
            caption("a man wearing a white shirt and beige shorts"),
            wearing("a white t - shirt and jeans", "contradiction"),
            color_of("shorts", "white", "other_garment_color"),
            describe("shorts", "beige chino shorts with side pockets"),
            details("shorts", "the shorts details are beige shorts with pockets", "restated"),
            material("cotton twill"),
        ),
        "Men",
        {"category": "Shorts", "color": "Beige", "title": "Roadster Men Beige Solid Regular Fit Chino Shorts"},
    ),
    # m14 - caption adapter (epoch 3). Woman in a white tee with a black graphic print, blue denim shorts.
    Case(
        "m14",
        (
            caption(
                "The female is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
                "fabric. It has a crew neckline. The female wears a short pants. The pants are with denim fabric "
                "and pure color patterns. There is",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "The female is wearing a short-sleeve T-shirt with graphic patterns. It has a crew neckline. The "
                "female wears a short denim pants."
            ),
            color_of("t-shirt", "graphic", "non_answer"),
            describe(
                "t-shirt",
                "He is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
                "fabric. It has a crew neckline.",
                "pronoun",
            ),
            details(
                "t-shirt",
                "The T-shirt details: the T-shirt is a T-shirt with graphic patterns, the T-shirt has a "
                "crew neckline, the T-shirt has short sleeves.",
                "restated",
            ),
            garment_type("t-shirt"),
        ),
        "Women",
        {"category": "Tshirts", "color": "White", "title": "Tokyo Talkies Women White Printed Round Neck T-shirt"},
    ),
    # m15 - VQA adapter. Man in a black denim jacket worn open over a grey tee, blue jeans.
    Case(
        "m15",
        (
            caption("black jacket"),
            wearing("jacket\nAnswer: jacket", "leak"),
            color_of("jacket", "black"),
            describe(
                "jacket",
                "blackQuestion: What cloth is the person wearing? Answer: jacketQuestion: What is the color",
                "leak",
                hit_limit=True,
            ),
            details("jacket", "denim"),
            is_a("jacket", "yes"),
        ),
        "Men",
        {"category": "Jackets", "color": "Black", "title": "Roadster Men Black Solid Denim Jacket"},
    ),
    # m16 - base. Woman in a pink floral kurta with matching palazzos and a sheer dupatta over one shoulder.
    Case(
        "m16",
        (
            caption("a woman in a pink floral kurta and palazzo pants"),
            wearing("a pink kurta and blue jeans", "contradiction"),
            color_of("kurta set", "pink"),
            describe("kurta set", "the kurta set is a pink kurta set", "restated"),
            details(
                "kurta set", "floral print, three quarter sleeves, v neck, hand block printed in jaipur", "unsupported"
            ),
            material("rayon"),
        ),
        "Women",
        {
            "category": "Kurta Sets",
            "color": "Pink",
            "title": "Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        },
    ),
    # m17 - caption adapter (epoch 1). Man in a white formal shirt tucked into navy trousers, brown belt.
    Case(
        "m17",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
                "It has a lapel neckline. The gentleman wears a long trousers. There is a belt."
            ),
            wearing(
                "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
                "It has a lapel neckline. The gentleman wears a long trousers. The trousers are",
                "cut",
                hit_limit=True,
            ),
            color_long(
                "trousers",
                "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
                "cotton fabric. It has a lapel neckline. The gentleman wears a",
                "non_answer",
                hit_limit=True,
            ),
            describe(
                "trousers",
                "The trousers are of long length. The trousers are with cotton fabric and pure color "
                "patterns. The trousers are of long length. The trousers are with",
                "loop",
                hit_limit=True,
            ),
            details(
                "trousers",
                "The trousers details are that the trousers are long trousers with pure color patterns.",
                "restated",
            ),
            garment_type("trousers"),
        ),
        "Men",
        {
            "category": "Trousers",
            "color": "Navy Blue",
            "title": "Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
        },
    ),
    # m18 - VQA adapter. Woman in a white tank top tucked into an olive A-line midi skirt.
    Case(
        "m18",
        (
            caption("skirt", "non_answer"),
            wearing("white tank top Question: What is the color of the skirt? Answer: green", "leak"),
            color_of("skirt", "white", "other_garment_color"),
            describe("skirt", " ".join(["green skirt"] * 10), "loop", hit_limit=True),
            details("skirt", "midi"),
            is_a("skirt", "yes"),
        ),
        "Women",
        {"category": "Skirts", "color": "Olive", "title": "SASSAFRAS Women Olive Green Solid A-Line Midi Skirt"},
    ),
    # m19 - base. Man in a maroon crew-neck sweater over a light blue collared shirt, grey trousers.
    Case(
        "m19",
        (
            caption("a man in a maroon sweater over a blue collared shirt"),
            wearing("she is wearing a red sweater over a blue shirt", "pronoun"),
            color_of("sweater", "blue", "other_garment_color"),
            describe("sweater", "a burgundy crew neck sweater with ribbed cuffs"),
            details("sweater", "v neck, ribbed hem, long sleeves", "contradiction"),
            material("a wool blend with 30% nylon", "unsupported"),
        ),
        "Men",
        {
            "category": "Sweaters",
            "color": "Maroon",
            "title": "Marks & Spencer Men Maroon Solid Crew Neck Pullover Sweater",
        },
    ),
    # m20 - caption adapter (epoch 3). Woman in a black-and-white horizontally striped top tucked into blue jeans.
    Case(
        "m20",
        (
            caption(
                "The lady is wearing a long-sleeve shirt with stripe patterns. It has a round neckline. The lady "
                "wears a long denim pants."
            ),
            wearing(
                "The lady is wearing a long-sleeve shirt with pure color patterns. It has a round neckline. The lady "
                "wears a long denim pants.",
                "contradiction",
            ),
            color_of("top", "stripe", "non_answer"),
            describe(
                "top",
                "The top is with stripe patterns and a round neckline. The sleeves are long and the top is "
                "tucked into the denim pants.",
            ),
            details(
                "top",
                "It has a round neckline. The top is with stripe patterns. It has a round neckline. The top is "
                "with stripe patterns. It has a round neckline. The top is",
                "loop",
                hit_limit=True,
            ),
            material("The top is with knitting fabric."),
        ),
        "Women",
        {"category": "Tops", "color": "Black", "title": "Tokyo Talkies Women Black & White Striped Top"},
    ),
    # m21 - VQA adapter. Man in a white formal shirt, black trousers, office corridor background.
    Case(
        "m21",
        (
            caption(
                "shirt Question: what is the color of the shirt? Answer: white Question: what is the color of the "
                "pants? Answer: black Question: what is the",
                "leak",
                hit_limit=True,
            ),
            wearing("shirt"),
            color_of("shirt", "white"),
            describe("shirt", "black", "other_garment_color"),
            details("shirt", " ".join(["long sleeve"] * 10), "loop", hit_limit=True),
            is_a("shirt", "yes"),
            garment_type("polo shirt", "contradiction"),
        ),
        "Men",
        {"category": "Shirts", "color": "White", "title": "Peter England Men White Slim Fit Solid Formal Shirt"},
    ),
    # m22 - base. Woman in a navy wrap dress with small white polka dots, flutter sleeves.
    Case(
        "m22",
        (
            caption("a woman in a blue and white polka dot dress"),
            wearing("a navy blue dress with white polka dots"),
            color_of("dress", "the color of the dress is navy blue", "restated"),
            describe("dress", "he is wearing a blue polka dot wrap dress", "pronoun"),
            details(
                "dress",
                "it is a navy blue wrap dress with white polka dots, a v neck, short flutter sleeves and a "
                "tie at the waist, the skirt falls just below the",
                "cut",
                hit_limit=True,
            ),
            material("crepe, lined and machine washable", "unsupported"),
        ),
        "Women",
        {
            "category": "Dresses",
            "color": "Navy Blue",
            "title": "AND Women Navy Blue & White Polka Dot Print Wrap Dress",
        },
    ),
    # m23 - caption adapter (epoch 1). Man in a black tee and blue slim jeans with ripped knees.
    Case(
        "m23",
        (
            caption(
                "The man wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. The man "
                "wears a long denim pants with ripped knees."
            ),
            wearing(
                "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
                "has a round neckline. The man wears a long denim pants. The man",
                "cut",
                hit_limit=True,
            ),
            color_long(
                "jeans", "The man wears a long denim pants. The denim pants are with pure color patterns.", "non_answer"
            ),
            describe("jeans", "She wears a long denim pants with ripped knees and a slim fit.", "pronoun"),
            details(
                "jeans",
                "The jeans are long denim pants with ripped knees, five pockets and a button fly. The jeans "
                "are made by Levi's.",
                "unsupported",
            ),
            material("denim"),
        ),
        "Men",
        {"category": "Jeans", "color": "Blue", "title": "Mufti Men Blue Slim Fit Mid-Rise Mildly Distressed Jeans"},
    ),
    # m24 - VQA adapter. Woman in a coral top and white cropped capris, sandals.
    Case(
        "m24",
        (
            caption("white pants"),
            wearing("pants"),
            color_of("capris", "coral", "other_garment_color"),
            describe("capris", "coral top Question: describe the pants. Answer: white", "leak"),
            details("capris", "the capris details are cropped", "restated"),
            is_a("capris", " ".join(["yes"] * 30), "loop", kind="open", hit_limit=True),
        ),
        "Women",
        {"category": "Capris", "color": "White", "title": "Marks & Spencer Women White Solid Capris"},
    ),
    # m25 - base. Man in a mustard tee with a large black-and-white graphic on the chest, black jeans.
    Case(
        "m25",
        (
            caption("a man wearing a yellow t - shirt with a graphic print"),
            wearing("a yellow t - shirt and black jeans"),
            color_of("t-shirt", "yellow"),
            describe("t-shirt", "a plain yellow t - shirt with no print", "contradiction"),
            details("t-shirt", "the t - shirt is black with a graphic print on the front", "other_garment_color"),
            material("cotton jersey, bio - washed and pre - shrunk", "unsupported"),
        ),
        "Men",
        {
            "category": "Tshirts",
            "color": "Mustard",
            "title": "Difference of Opinion Men Mustard Yellow Printed Round Neck T-shirt",
        },
    ),
    # m26 - caption adapter (epoch 3). Woman in a teal solid straight kurta with a V neck, white leggings.
    Case(
        "m26",
        (
            caption(
                "The lady wears a long-sleeve shirt with pure color patterns. The shirt is of long length. It has a "
                "V-shape neckline. The lady wears a long leggings. The leggings are with pure color patterns."
            ),
            wearing(
                "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long leggings. The "
                "lady wears a long leggings. The lady wears a long leggings. The lady",
                "loop",
                hit_limit=True,
            ),
            color_of("kurta", "solid color", "non_answer"),
            describe(
                "kurta",
                "The gentleman wears a long-sleeve kurta with pure color patterns. It has a V-shape neckline.",
                "pronoun",
            ),
            details(
                "kurta",
                "The kurta is of long length with a V-shape neckline and side slits. The sleeves are long "
                "and it is with pure color patterns. The lady wears a long",
                "cut",
                hit_limit=True,
            ),
            garment_type("dress", "contradiction"),
        ),
        "Women",
        {"category": "Kurtas", "color": "Teal", "title": "W Women Teal Solid Straight Kurta"},
    ),
    # m27 - VQA adapter. Man in a grey melange crew-neck sweatshirt, blue jeans.
    Case(
        "m27",
        (
            caption("a grey sweatshirt"),
            wearing("sweatshirt"),
            color_of("sweatshirt", "grey"),
            describe("sweatshirt", "-".join(["grey"] * 15), "loop", hit_limit=True),
            details("sweatshirt", "", "non_answer"),
            is_a("sweatshirt", "yes"),
            material("Answer: cotton", "leak"),
        ),
        "Men",
        {"category": "Sweatshirts", "color": "Grey", "title": "Roadster Men Grey Melange Solid Sweatshirt"},
    ),
    # m28 - base. Woman in a black blazer over a white shell, cream tapered formal trousers, office backdrop.
    Case(
        "m28",
        (
            caption("a man in a black blazer and white pants", "pronoun"),
            wearing("a black jacket and white pants"),
            color_of("trousers", "black", "other_garment_color"),
            describe("trousers", "cream colored wide leg trousers", "contradiction"),
            details(
                "trousers",
                "front crease, belt loops and slant pockets, wrinkle resistant and stretchable for all day comfort",
                "unsupported",
            ),
            material("polyester"),
        ),
        "Women",
        {"category": "Trousers", "color": "Cream", "title": "Van Heusen Woman Cream Tapered Fit Solid Formal Trousers"},
    ),
    # m29 - caption adapter (epoch 1). Man in a navy self-design kurta with a white churidar, stand collar.
    Case(
        "m29",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is of long length. It "
                "has a stand neckline. The gentleman wears a long trousers. The trousers are with pure color "
                "patterns. There is an accessory",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "The gentleman wears a long-sleeve shirt with pure color patterns. It has a stand neckline. The "
                "gentleman wears a long trousers."
            ),
            color_long(
                "kurta set",
                "The shirt is with pure color patterns and it has a stand neckline. The trousers are "
                "with pure color patterns.",
                "non_answer",
            ),
            describe(
                "kurta set",
                "The lady wears a long-sleeve shirt of long length with a stand neckline. The lady "
                "wears a long trousers.",
                "pronoun",
            ),
            details(
                "kurta set",
                "The kurta is made of art silk with 20% viscose, with self design and a stand neckline.",
                "unsupported",
            ),
            material("The shirt is with silk fabric."),
        ),
        "Men",
        {
            "category": "Kurta Sets",
            "color": "Navy Blue",
            "title": "Manyavar Men Navy Blue Self Design Kurta with Churidar",
        },
    ),
    # m30 - VQA adapter. Woman in a white top and blue washed denim shorts, outdoor shot.
    Case(
        "m30",
        (
            caption(
                "shorts Question: Is this a shorts? Answer: yes Question: Is this a shorts? Answer: yes Question: Is "
                "this a shorts? Answer: yes Question: Is this a",
                "loop",
                hit_limit=True,
            ),
            wearing("shorts"),
            color_of("shorts", "blue"),
            describe("shorts", "denim shorts"),
            details("shorts", "Question: What are the shorts details? Answer:", "leak"),
            is_a("shorts", "yes"),
        ),
        "Women",
        {"category": "Shorts", "color": "Blue", "title": "Roadster Women Blue Washed Denim Shorts"},
    ),
    # m31 - base. Man in an olive bomber jacket open over a white tee, black jeans.
    Case(
        "m31",
        (
            caption("a man wearing a green bomber jacket and black jeans"),
            wearing("a green jacket, white t - shirt, and black jeans"),
            color_long("jacket", "the jacket is white with a black zipper", "other_garment_color"),
            describe("jacket", "she is wearing a green bomber jacket with a zipper", "pronoun"),
            details("jacket", "ribbed collar, zip closure, two pockets"),
            material("the material of the garment is nylon", "restated"),
        ),
        "Men",
        {"category": "Jackets", "color": "Olive", "title": "Roadster Men Olive Green Solid Bomber Jacket"},
    ),
    # m32 - caption adapter (epoch 3). Woman in a cream long-sleeve cable-knit pullover, blue jeans.
    Case(
        "m32",
        (
            caption(
                "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
                "It has a round neckline. The lady wears a long denim pants."
            ),
            wearing(
                "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
                "It has a round neckline. The lady wears a long denim pants. The pants are",
                "cut",
                hit_limit=True,
            ),
            color_of("sweater", "knitting", "non_answer"),
            describe(
                "sweater",
                "The sweater is with knitting fabric and it has a round neckline. The sweater is short-sleeve.",
                "contradiction",
            ),
            details(
                "sweater",
                "The sweater details are: the sweater is with knitting fabric, the sweater has a round "
                "neckline, the sweater is long-sleeve, the sweater is with pure",
                "restated",
                hit_limit=True,
            ),
            material("knitting fabric"),
        ),
        "Women",
        {"category": "Sweaters", "color": "Cream", "title": "Marks & Spencer Women Cream-Coloured Cable Knit Pullover"},
    ),
    # m33 - VQA adapter. Man in a navy polo shirt and khaki slim chinos, brown loafers.
    Case(
        "m33",
        (
            caption("navy polo shirt and khaki pants"),
            wearing("polo shirt"),
            color_of("trousers", "navy", "other_garment_color"),
            describe("trousers", "khaki\nQuestion: What are the trousers details? Answer: chino\nQuestion:", "leak"),
            details("trousers", "chino"),
            is_a("trousers", "yes"),
            garment_type("denim", "contradiction"),
        ),
        "Men",
        {"category": "Trousers", "color": "Khaki", "title": "Highlander Men Khaki Slim Fit Chinos"},
    ),
    # m34 - base. Woman in a green tunic with a white floral print, white jeans.
    Case(
        "m34",
        (
            caption("a woman wearing a green top with a floral print and white jeans"),
            wearing("he is wearing a green tunic and white pants", "pronoun"),
            color_long("tunic", "the tunic is green in color, the color of the tunic is green", "restated"),
            describe("tunic", "it's a green and white floral tunic"),
            details("tunic", "i'm not sure", "non_answer"),
            material("cotton, 100% organic and sustainably sourced", "unsupported"),
            garment_type("top"),
        ),
        "Women",
        {"category": "Tunics", "color": "Green", "title": "Global Desi Women Green Printed Tunic"},
    ),
    # m35 - caption adapter (epoch 1). Man in a charcoal grey solid casual shirt, light blue jeans, watch.
    Case(
        "m35",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
                "It has a lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric "
                "and pure color patterns. There is an accessory on his wrist. The",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "The gentleman wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. The "
                "gentleman wears a long denim pants."
            ),
            color_of("shirt", "denim", "non_answer"),
            describe(
                "shirt",
                "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. "
                "It has a lapel neckline. The shirt is with cotton fabric. It has",
                "loop",
                hit_limit=True,
            ),
            details(
                "shirt",
                "What are the shirt details? The shirt is with pure color patterns and it has a lapel "
                "neckline and long sleeves.",
                "restated",
            ),
            color("grey"),
        ),
        "Men",
        {
            "category": "Shirts",
            "color": "Charcoal",
            "title": "Highlander Men Charcoal Grey Slim Fit Solid Casual Shirt",
        },
    ),
    # m36 - VQA adapter. Woman in a pink V-neck tee and grey joggers.
    Case(
        "m36",
        (
            caption(
                "pinkQuestion: what cloth is the person wearing? Answer: teeQuestion: what is the color of the tee? "
                "Answer: pinkQuestion: what cloth is the",
                "leak",
                hit_limit=True,
            ),
            wearing("tee and grey pants"),
            color_of("t-shirt", "pink"),
            describe("t-shirt", "v-neck"),
            details("t-shirt", " ".join(["tee"] * 30), "loop", hit_limit=True),
            is_a("t-shirt", "yes"),
            color("grey", "other_garment_color"),
        ),
        "Women",
        {"category": "Tshirts", "color": "Pink", "title": "Roadster Women Pink Solid V-Neck T-shirt"},
    ),
    # m37 - base. Flat-lay: a blue-and-white striped formal shirt folded on a white background, no person.
    Case(
        "m37",
        (
            caption("a blue and white striped shirt on a white background"),
            wearing("there is no one in the picture, it is a folded shirt"),
            color_of("shirt", "the color of this shirt is blue", "restated"),
            describe(
                "shirt",
                "a blue and white striped formal shirt with a spread collar, full sleeves with buttoned "
                "cuffs and a single patch pocket on the left side of the",
                "cut",
                hit_limit=True,
            ),
            details("shirt", "it has a pocket on the chest and buttoned cuffs"),
            material("egyptian cotton, two ply, 100s count", "unsupported"),
        ),
        "Men",
        {"category": "Shirts", "color": "Blue", "title": "Van Heusen Men Blue & White Slim Fit Striped Formal Shirt"},
    ),
    # m38 - caption adapter (epoch 3). Woman in a mustard floral kurti over maroon ankle-length leggings.
    Case(
        "m38",
        (
            caption(
                "The lady wears a long-sleeve shirt with floral patterns. The shirt is of long length. The lady "
                "wears a long leggings. The leggings are with pure color patterns."
            ),
            wearing(
                "The lady wears a long-sleeve shirt with floral patterns. The lady wears a long leggings. The "
                "leggings are with pure color patterns. The lady wears a long leggings. The leggings are",
                "loop",
                hit_limit=True,
            ),
            color_of("leggings", "floral", "non_answer"),
            describe(
                "leggings",
                "The leggings are of long length and with pure color patterns. They are ankle-length "
                "leggings with an elastic waistband. The lady wears a long-sleeve shirt with",
                "cut",
                hit_limit=True,
            ),
            details(
                "leggings",
                "The leggings are with 95% cotton and 5% spandex fabric, and they have an elastic waistband.",
                "unsupported",
            ),
            material("The leggings are with cotton fabric."),
        ),
        "Women",
        {"category": "Leggings", "color": "Maroon", "title": "Jockey Women Maroon Solid Ankle-Length Leggings"},
    ),
    # m39 - VQA adapter. Man in a yellow solid straight kurta, white pyjama.
    Case(
        "m39",
        (
            caption("yellow", "non_answer"),
            wearing("kurta"),
            color_of("kurta", "yellow"),
            describe("kurta", "yellow Answer: yellow kurta with white pants", "leak"),
            details("kurta", "white kurta", "other_garment_color"),
            is_a("kurta", "no", "contradiction"),
        ),
        "Men",
        {"category": "Kurtas", "color": "Yellow", "title": "See Designs Men Yellow Solid Straight Kurta"},
    ),
    # m40 - base. Woman in a lavender sweatshirt with a small Puma logo on the chest, black leggings.
    Case(
        "m40",
        (
            caption("a woman in a black sweatshirt and black leggings", "other_garment_color"),
            wearing("a light purple sweatshirt and black leggings"),
            color_of("sweatshirt", "the color of the sweatshirt is purple", "restated"),
            describe("sweatshirt", "a purple puma sweatshirt with a logo on the chest"),
            details("sweatshirt", "he is wearing a purple sweatshirt with a puma logo", "pronoun"),
            material("fleece"),
        ),
        "Women",
        {"category": "Sweatshirts", "color": "Lavender", "title": "Puma Women Lavender Brand Logo Printed Sweatshirt"},
    ),
]
