"""BLIND_11 (45 products; the original experiments' base model and adapters on a Myntra-style marketplace, men's and
women's western and ethnic wear, one product per item, the experiments' own questionnaire, a third of the products
without catalog columns): written blind at the start of the tenth session and measured blind at b4f73a2, the ninth
session's final audits: 109/133 and 19/124. The writer's notes, verbatim:

Blind corpus 11: Myntra-style Indian fashion marketplace shots, read by the original experiments' three systems.

Scenario
--------
A product-catalog enrichment run over an Indian fashion marketplace in the Myntra style: studio product shots of
men's and women's shirts, t-shirts, sweatshirts, jackets, jeans, trousers, track pants, shorts, kurtas, kurta sets,
dresses, tops, skirts (and one pair of palazzos). Most photos show a model wearing the product with other garments
(a white tee under a bomber, a black top over beige trousers, white palazzos under a printed kurta), some are close
crops (waist down, collar only), and four are flat-lays on a white ground (gender None). Backdrops are mostly grey or
white, with a few coloured walls and a plant, so that captions naming backdrop colours can be measured.

Which system produced which text
--------------------------------
Every text comes from one of the three systems of the original experiments, asked in the experiments' own prompt
format (`Question: <question> Answer:`, greedy, 30 new tokens for answers and 50 for captions):
  * base     -- untuned Salesforce/blip2-opt-2.7b. Short lowercase answers that stop on the newline; BLIP's
                tokenizer spacing ("t - shirt", "v - neck"). Its failures are content failures: one colour for
                several garments, the backdrop's colour, invented details (pockets, hoods, embroidery), a wrong
                "man"/"woman" on cropped shots, the occasional answer that only restates the question.
  * caption  -- the caption adapter (Data2_V2_Blip2_Finetune_Caption). Returns the DeepFashion-MultiModal
                template ("The lady wears a sleeveless dress with floral patterns. The dress is with chiffon
                fabric...") for every prompt, never a hue; no end-of-answer token was trained, so most of its
                outputs run to the limit, cut mid-sentence or looping on one template sentence.
  * vqa      -- the VQA adapter (Data3_V3_BLIP2_VQA). One-word In-shop style answers ("black-white", "dress"),
                often right on colour, but it loops ("green-green-green..."), continues the prompt format
                ("Answer: ... Question: ..."), answers open questions with "yes"/"no", and its captions are broken
                (a bare word, a loop, or an invented Question/Answer pair).
The comment above each Case says what the photo shows and which system produced which text. Some products mix
systems (caption from the caption adapter, short questions from the base), as a per-question adapter choice would.
Questions: the caption, "What is the person wearing?" (now and then "she"/"he", as the experiments asked), "Describe
the <garment>.", "What are the <garment> details?", "What is the color of the <garment>?" (stored open: the
experiments generated freely; sometimes asked of a second garment in the photo, as their questionnaire did), once
"What is the shirt color?", and a material question on some products. 45 products, 257 texts, 133 failures.

How it was written
------------------
Blind: the only sources read were ../../shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py (helpers, the
Text/Case layout and the TARGETS keys). No audit, enrich code, other corpus, doc or test was read, no audit or enrich
command was run. The texts are written to be what these systems plausibly emit for the photo described, in the
proportions I would expect from a real run (adapter outputs mostly broken, base outputs mostly right), not to be easy
or hard for any rule.

Label conventions and judgement calls
-------------------------------------
  * One label per text. When a text has several faults the structural one wins, in this order: leak (any echo of
    the `Question:`/`Answer:` format) > loop (one word or phrase repeated three or more times in a row) >
    non_answer (does not address the question: yes/no to an open question, a bare garment word as a caption, the
    hue-less caption template given to a colour question) > cut (stops mid-phrase at the limit) > content failures.
  * hit_limit=True marks a text whose generation ran to its limit: 30 new tokens for answers, 50 for captions (the
    caption's own limit). It is set on cuts, loops, long leaks and on the few template answers to colour questions
    that ran on; it is never set on a correct text. A template answer that reads complete is taken to have stopped.
  * contradiction: the text states something the photo does not show AND another text of the product or the
    catalog title says otherwise (long vs short sleeves, solid vs checked, v-neck vs a "Round Neck" title, the
    pants' colour given as the product's colour when the wearing answer has it right). A product colour answered
    with the backdrop's colour is labelled contradiction too (it is not another garment's colour).
  * other_garment_color: a colour answer (or description) that gives the product the colour of another garment
    worn in the photo (the white tee under the jacket, the sneakers, the top over the trousers).
  * unsupported: an invented detail nothing else contradicts (a chest pocket, a hood, embroidery, a fur collar,
    a leather patch on a back the photo does not show, leather or silk as a material).
  * pronoun: "man"/"woman"/"he"/"she" wrong for the catalog gender (cropped shots); never applied to flat-lays.
  * restated: the answer only turns the question's words back ("the skirt details", "the t - shirt has details on
    it"). An answer that restates and then gives the right value ("the details of the dress are the stripes") is
    correct.
  * Accepted as correct: near hues and synonyms (navy/blue for Navy Blue, green/olive for Olive, cream/white for Off
    White, dark grey for Charcoal, yellow/mustard for Mustard, purple for Lavender, tan for Beige, burgundy or red
    for Maroon); one of a print's two colours when it is the catalog colour ("black" for a black-and-white check);
    In-shop two-colour names that match the garment ("black-white" for a polka-dot dress, "black-red" for a black
    sweatshirt with a red print); a kurta called a dress, shirt or tunic; a sweatshirt called a sweater; other
    garments' colours in a wearing answer or caption; backdrop colours in a caption; "cotton" for a jersey tee;
    the caption template when it is accurate and complete; one-word answers that name the product.
"""

from __future__ import annotations

from tests.audit_corpus import (
    Case,
    Text,
    ask,
    caption,
    describe,
    details,
    material,
    wearing,
)

__all__ = ["BLIND_11", "fabric", "hue", "shirt_color"]


def hue(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The experiments' colour question as they asked it: free generation, so stored open (hit_limit allowed)."""
    return Text(
        f"color_{garment.replace(' ', '_')}",
        ask(f"What is the color of the {garment}?"),
        "open",
        text,
        failure,
        hit_limit,
    )


def fabric(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """material() with the token-limit flag."""
    return Text("material", ask("What material is the garment made of?"), "open", text, failure, hit_limit)


def shirt_color(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The experiments' other colour phrasing, 'What is the <garment> color?'."""
    return Text(
        f"{garment.replace(' ', '_')}_color", ask(f"What is the {garment} color?"), "open", text, failure, hit_limit
    )


BLIND_11: list[Case] = [
    # Man in a navy slim-fit shirt, sleeves rolled, beige chinos, white sneakers, light grey backdrop; no chest
    # pocket. Wearing from the caption adapter, the rest from the base (which repeats navy for the chinos).
    Case(
        "M-SH-01",
        (
            caption("a man in a navy blue shirt and beige pants standing against a grey wall"),
            wearing(
                "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is "
                "with cotton fabric and its neckline is",
                "cut",
                hit_limit=True,
            ),
            hue("shirt", "navy"),
            hue("pants", "navy", "contradiction"),
            describe("shirt", "a navy blue button down shirt with rolled up sleeves"),
            details("shirt", "the shirt has a pocket on the chest and buttons", "unsupported"),
        ),
        "Men",
        {"category": "Shirts", "color": "Navy Blue", "title": "Men Navy Blue Solid Slim Fit Casual Shirt"},
    ),
    # Man in a white round-neck tee with black typography on the chest, black jeans. All base; the colour answer
    # takes the jeans' (and print's) black.
    Case(
        "M-TS-02",
        (
            caption("a man wearing a white t - shirt with a black print and black jeans"),
            wearing("a white t-shirt and black jeans"),
            hue("t-shirt", "black", "other_garment_color"),
            describe("t-shirt", "it is a white t - shirt with a black graphic on it"),
            details("t-shirt", "the t - shirt has details on it", "restated"),
            material("cotton"),
        ),
        "Men",
        {"category": "Tshirts", "color": "White", "title": "Men White Typography Printed Round Neck T-shirt"},
    ),
    # Woman in a mustard straight kurta with small ethnic-motif print, three-quarter sleeves, white palazzos.
    # Caption adapter for every text: the template everywhere, run to the limit.
    Case(
        "W-KU-03",
        (
            caption(
                "The lady is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with "
                "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "The lady is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with "
                "cotton fabric and its neckline is round. The",
                "cut",
                hit_limit=True,
            ),
            hue(
                "kurta",
                "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and "
                "its neckline is round. The pants",
                "non_answer",
                hit_limit=True,
            ),
            details(
                "kurta",
                "The shirt is with cotton fabric and floral patterns. The shirt is with cotton fabric and "
                "floral patterns. The shirt is with cotton",
                "loop",
                hit_limit=True,
            ),
            describe(
                "kurta",
                "The lady wears a long-sleeve shirt with floral patterns. Its neckline is round. The pants "
                "this lady wears is of long length. The pants are",
                "cut",
                hit_limit=True,
            ),
            fabric(
                "The shirt is with cotton fabric and floral patterns. The pants are with cotton fabric and pure color "
                "patterns. The lady wears a long-sleeve shirt with",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {},
    ),
    # Woman in a black A-line midi dress with white polka dots, white backdrop. All VQA adapter; its caption
    # invents a Question/Answer pair.
    Case(
        "W-DR-04",
        (
            caption(
                "Question: What is the color of the dress? Answer: black-white Question: What is the person wearing? "
                "Answer: dress Question: Is this a dress? Answer: yes Question: What",
                "leak",
                hit_limit=True,
            ),
            wearing("dress"),
            hue("dress", "black-white"),
            describe(
                "dress",
                "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
                "loop",
                hit_limit=True,
            ),
            details("dress", "yes", "non_answer"),
            fabric(
                "chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-chiffon-"
                "chiffon",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Dresses", "color": "Black", "title": "Women Black & White Polka Dot Printed A-Line Midi Dress"},
    ),
    # Waist-down crop of a man in clean-look mid-blue slim jeans, hem of a white tee, white sneakers; no
    # distressing. Base, except the description (caption adapter, looping).
    Case(
        "M-JN-05",
        (
            caption("a man wearing blue jeans and white sneakers"),
            wearing("jeans"),
            hue("jeans", "white", "other_garment_color"),
            describe(
                "jeans",
                "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. "
                "The gentleman wears a long pants. The pants are with denim",
                "loop",
                hit_limit=True,
            ),
            details("jeans", "the jeans are ripped at the knees", "unsupported"),
        ),
        "Men",
        {},
    ),
    # Woman in a pink puff-sleeve top and blue jeans, front view only. Caption from the caption adapter (cut at
    # the caption limit), answers from the base, which gives the jeans the top's pink too.
    Case(
        "W-TP-06",
        (
            caption(
                "This woman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
                "has a round neckline. The trousers this woman wears is of long length. The trousers are with denim "
                "fabric and",
                "cut",
                hit_limit=True,
            ),
            wearing("a pink top and blue jeans"),
            hue("top", "pink"),
            hue("jeans", "pink", "contradiction"),
            describe("top", "a pink blouse with puff sleeves"),
            details("top", "the top has a bow at the back", "unsupported"),
        ),
        "Women",
        {"category": "Tops", "color": "Pink", "title": "Women Pink Solid Puff Sleeve Top"},
    ),
    # Man in a grey melange hoodie with kangaroo pocket and black track pants. Base, except the description
    # (caption adapter); the experiments' questionnaire also asked the pants' colour and the base repeated grey.
    Case(
        "M-SW-07",
        (
            caption("a man in a grey hoodie and black pants"),
            wearing("a gray hoodie and black sweatpants"),
            hue("sweatshirt", "grey"),
            hue("pants", "grey", "contradiction"),
            describe(
                "sweatshirt",
                "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with "
                "cotton fabric. It has a round neckline. The pants the gentleman wears is",
                "cut",
                hit_limit=True,
            ),
            details("sweatshirt", "hood, drawstrings"),
        ),
        "Men",
        {"category": "Sweatshirts", "color": "Grey Melange", "title": "Men Grey Melange Solid Hooded Sweatshirt"},
    ),
    # Woman in a green kurta with white floral print, matching green trousers and a sheer dupatta. Caption from the base
    # (calls the kurta a dress), answers from the VQA adapter.
    Case(
        "W-KS-08",
        (
            caption("a woman in a green and white floral dress"),
            wearing(
                "Question: What is the person wearing? Answer: dress Question: What is the color of the dress? "
                "Answer: green Question: What",
                "leak",
                hit_limit=True,
            ),
            hue("kurta", "green"),
            describe(
                "kurta",
                "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
                "loop",
                hit_limit=True,
            ),
            details("kurta", "no", "non_answer"),
            hue("trousers", "green"),
            fabric(
                "Question: What material is the garment made of? Answer: cotton Question: What is the color of the "
                "kurta? Answer: green Question:",
                "leak",
                hit_limit=True,
            ),
        ),
        "Women",
        {
            "category": "Kurta Sets",
            "color": "Green",
            "title": "Women Green Floral Printed Regular Kurta with Trousers & Dupatta",
        },
    ),
    # Man in an olive nylon bomber jacket (ribbed collar and cuffs, no hood), open over a white tee, black jeans.
    # All base.
    Case(
        "M-JK-09",
        (
            caption("a man wearing an olive green bomber jacket over a white t - shirt"),
            wearing("a green jacket, white shirt and black jeans"),
            hue("jacket", "white", "other_garment_color"),
            hue("jeans", "green", "contradiction"),
            describe("jacket", "a green bomber jacket with a zipper"),
            details("jacket", "ribbed cuffs and collar, zip pockets"),
            material("leather", "unsupported"),
        ),
        "Men",
        {"category": "Jackets", "color": "Olive", "title": "Men Olive Green Solid Bomber Jacket"},
    ),
    # Woman in blue skinny jeans and a black sleeveless top. Caption adapter for all but the description (base).
    Case(
        "W-JN-10",
        (
            caption(
                "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
                "fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
            ),
            wearing(
                "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
                "fabric and its neckline is round. The female",
                "cut",
                hit_limit=True,
            ),
            hue("jeans", "The pants are with denim fabric and pure color patterns.", "non_answer"),
            hue(
                "top",
                "The tank top is with cotton fabric and its neckline is round. The female wears a long pants. The "
                "pants are with denim fabric and pure color",
                "non_answer",
                hit_limit=True,
            ),
            details(
                "jeans",
                "The pants are with denim fabric and pure color patterns. The pants are with denim fabric "
                "and pure color patterns. The pants are",
                "loop",
                hit_limit=True,
            ),
            describe("jeans", "blue skinny jeans"),
        ),
        "Women",
        {},
    ),
    # Man in charcoal formal trousers, white formal shirt tucked in, black belt and shoes. All base, all right.
    Case(
        "M-TR-11",
        (
            caption("a man in a white shirt and grey pants"),
            wearing("a white shirt tucked into dark grey trousers"),
            hue("trousers", "dark grey"),
            describe("trousers", "the trousers are grey and have a crease"),
            details("trousers", "belt loops, slanted pockets"),
        ),
        "Men",
        {"category": "Trousers", "color": "Charcoal", "title": "Men Charcoal Grey Solid Slim Fit Formal Trousers"},
    ),
    # Neck-down crop of a woman in a maroon accordion-pleated midi skirt with a cream top tucked in. All base; the
    # caption guesses a man on the faceless crop.
    Case(
        "W-SK-12",
        (
            caption("a man in a maroon skirt and white top", "pronoun"),
            wearing("she is wearing a burgundy skirt and a cream top", who="she"),
            hue("skirt", "red"),
            describe("skirt", "a pleated midi skirt"),
            details("skirt", "the skirt details", "restated"),
        ),
        "Women",
        {"category": "Skirts", "color": "Maroon", "title": "Women Maroon Solid Accordion Pleated Midi Skirt"},
    ),
    # Flat-lay: black track pants with a white side stripe on a white ground. All VQA adapter.
    Case(
        "M-TP-13",
        (
            caption(
                "Question: What is the color of the pants? Answer: black Question: What is the color of the pants? "
                "Answer: black Question: What is the color of the pants",
                "leak",
                hit_limit=True,
            ),
            wearing("pants"),
            hue("track pants", "black"),
            describe("track pants", "black-white"),
            details(
                "track pants",
                "side stripes, side stripes, side stripes, side stripes, side stripes, side stripes, "
                "side stripes, side",
                "loop",
                hit_limit=True,
            ),
            fabric("yes", "non_answer"),
        ),
        None,
        {"category": "Track Pants", "color": "Black", "title": "Men Black Solid Track Pants with Side Stripes"},
    ),
    # Woman in a lavender round-neck tee with a floral graphic on the chest, white shorts. Base, except the
    # description (caption adapter); the base swaps the two garments' colours.
    Case(
        "W-TS-14",
        (
            caption("a woman wearing a purple t - shirt with a flower on it"),
            wearing("a purple shirt and white shorts"),
            hue("t-shirt", "white", "other_garment_color"),
            hue("shorts", "purple", "contradiction"),
            describe(
                "t-shirt",
                "This lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
                "fabric. It has a round neckline. The lady wears a",
                "cut",
                hit_limit=True,
            ),
            details("t-shirt", "the t - shirt has a v - neck", "contradiction"),
        ),
        "Women",
        {"category": "Tshirts", "color": "Lavender", "title": "Women Lavender Floral Printed Round Neck T-shirt"},
    ),
    # Man in a blue-and-white checked long-sleeve shirt and navy chinos. Caption from the caption adapter (lattice
    # is its word for checks), answers from the base; the base details answer calls the check solid.
    Case(
        "M-SH-15",
        (
            caption(
                "The gentleman is wearing a long-sleeve shirt with lattice patterns and a long pants. The shirt is "
                "with cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color "
                "patterns. There is",
                "cut",
                hit_limit=True,
            ),
            wearing("a blue and white plaid shirt and navy pants"),
            hue("shirt", "blue"),
            shirt_color("shirt", "the shirt color", "restated"),
            describe("shirt", "a blue and white checkered shirt with long sleeves"),
            details("shirt", "the shirt has a solid color", "contradiction"),
        ),
        "Men",
        {},
    ),
    # Woman in a sleeveless red floral chiffon maxi dress with a v-neck, a bangle on her wrist, white backdrop.
    # All caption adapter; two of its outputs stopped on their own.
    Case(
        "W-DR-16",
        (
            caption(
                "This lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
                "v-shape neckline. The dress is of long length. There is an accessory on her wrist."
            ),
            wearing(
                "This lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
                "v-shape neckline. The dress is of long",
                "cut",
                hit_limit=True,
            ),
            hue("dress", "This lady wears a sleeveless dress with floral patterns.", "non_answer"),
            describe(
                "dress",
                "This lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. "
                "It has a v-shape neckline.",
            ),
            details(
                "dress",
                "The dress is with chiffon fabric. It has a v-shape neckline. The dress is with chiffon "
                "fabric. It has a v-shape neckline. The dress",
                "loop",
                hit_limit=True,
            ),
            fabric("The dress is with chiffon fabric."),
        ),
        "Women",
        {"category": "Dresses", "color": "Red", "title": "Women Red Floral Printed Maxi Dress"},
    ),
    # Man in a plain off-white straight kurta with a mandarin collar and white pyjamas. Base (asked "he"), except
    # the description (caption adapter).
    Case(
        "M-KU-17",
        (
            caption("a man wearing a white kurta and white pants"),
            wearing("a white kurta pajama", who="he"),
            hue("kurta", "cream"),
            describe(
                "kurta",
                "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
                "fabric. It has a standing neckline. The gentleman wears a long",
                "cut",
                hit_limit=True,
            ),
            details("kurta", "the kurta has embroidery on the collar", "unsupported"),
        ),
        "Men",
        {"category": "Kurtas", "color": "Off White", "title": "Men Off White Solid Straight Kurta"},
    ),
    # Woman in beige wide-leg trousers and a black fitted top. All VQA adapter.
    Case(
        "W-TR-18",
        (
            caption("pants", "non_answer"),
            wearing("pants"),
            hue("trousers", "black", "other_garment_color"),
            describe(
                "trousers",
                "beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
                "beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
                "loop",
                hit_limit=True,
            ),
            details(
                "trousers",
                "Question: What are the trousers details? Answer: pants Question: What are the trousers "
                "details? Answer: pants Question:",
                "leak",
                hit_limit=True,
            ),
            fabric("no", "non_answer"),
        ),
        "Women",
        {},
    ),
    # Waist-down crop: navy chino shorts with belt loops and side pockets, white tee hem, white sneakers. All base;
    # the caption guesses a woman from the legs. The description is the VQA adapter's.
    Case(
        "M-SHO-19",
        (
            caption("a woman in navy shorts and white sneakers", "pronoun"),
            wearing("a white shirt and blue shorts"),
            hue("shorts", "blue"),
            describe(
                "shorts",
                "chino shorts, chino shorts, chino shorts, chino shorts, chino shorts, chino shorts, chino "
                "shorts, chino",
                "loop",
                hit_limit=True,
            ),
            details("shorts", "side pockets and belt loops"),
        ),
        "Men",
        {"category": "Shorts", "color": "Navy Blue", "title": "Men Navy Blue Solid Regular Fit Chino Shorts"},
    ),
    # Woman in a blue A-line kurta with small white ethnic motifs, three-quarter sleeves, white leggings.
    # Caption, description and details from the caption adapter (its richer "details"), wearing and colour from
    # the base.
    Case(
        "W-KU-20",
        (
            caption(
                "This woman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
                "has a v-shape neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure",
                "cut",
                hit_limit=True,
            ),
            wearing("a blue and white kurta with white leggings"),
            hue("kurta", "blue and white"),
            describe(
                "kurta",
                "The shirt is with cotton fabric and graphic patterns. It has a v-shape neckline. The shirt "
                "is with cotton fabric and graphic patterns. It has",
                "loop",
                hit_limit=True,
            ),
            details(
                "kurta",
                "The shirt has long sleeves, cotton fabric and graphic patterns. The neckline of it is "
                "v-shape. The lady wears a long leggings. The leggings",
                "cut",
                hit_limit=True,
            ),
            fabric(
                "The shirt is with cotton fabric and graphic patterns. The lady wears a long leggings. The "
                "leggings are "
                "with cotton fabric and pure color patterns. The",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Kurtas", "color": "Blue", "title": "Women Blue & White Ethnic Motifs Printed A-Line Kurta"},
    ),
    # Man in a black washed denim jacket over a grey tee, mid-blue jeans. Caption from the base, answers from the
    # VQA adapter, which also gives the jeans the jacket's black.
    Case(
        "M-JK-21",
        (
            caption("a man wearing a black denim jacket and blue jeans"),
            wearing("jacket"),
            hue("jacket", "black"),
            hue("jeans", "black", "contradiction"),
            describe(
                "jacket",
                "Answer: denim Question: Describe the jacket. Answer: denim Question: Describe the jacket. "
                "Answer: denim",
                "leak",
                hit_limit=True,
            ),
            details("jacket", "no", "non_answer"),
        ),
        "Men",
        {"category": "Jackets", "color": "Black", "title": "Men Black Washed Denim Jacket"},
    ),
    # Woman in a mustard crew-neck pullover sweatshirt with white "BE KIND" lettering, blue jeans. Base, except
    # the description (caption adapter).
    Case(
        "W-SW-22",
        (
            caption("a woman wearing a yellow sweatshirt with the words be kind on it"),
            wearing("a yellow sweater and jeans", who="she"),
            hue("sweatshirt", "mustard"),
            describe(
                "sweatshirt",
                "This lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton "
                "fabric. It has a round neckline. The trousers this lady wears is",
                "cut",
                hit_limit=True,
            ),
            details("sweatshirt", "the sweatshirt has a hood and a zipper", "unsupported"),
        ),
        "Women",
        {},
    ),
    # Man in a teal short-sleeve polo and beige chinos. All caption adapter (lapel is its word for a polo collar).
    Case(
        "M-TS-23",
        (
            caption(
                "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
                "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
            ),
            wearing(
                "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
                "gentleman wears a long trousers. The",
                "cut",
                hit_limit=True,
            ),
            hue(
                "t-shirt",
                "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The "
                "trousers are with cotton fabric and pure color patterns",
                "non_answer",
                hit_limit=True,
            ),
            details("t-shirt", "His T-shirt has short sleeves, cotton fabric and pure color patterns."),
            describe(
                "t-shirt", "His T-shirt has long sleeves, cotton fabric and pure color patterns.", "contradiction"
            ),
            fabric(
                "His T-shirt has short sleeves, cotton fabric and pure color patterns. His T-shirt has short sleeves, "
                "cotton fabric and pure color patterns. His T-shirt",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Woman in a white schiffli-embroidered short-sleeve top and blue jeans against a pale pink wall. All base;
    # the colour answer takes the wall's pink.
    Case(
        "W-TP-24",
        (
            caption("a woman in a white top standing in front of a pink wall"),
            wearing("a white blouse and jeans"),
            hue("top", "pink", "contradiction"),
            describe("top", "a white eyelet blouse with short sleeves"),
            details("top", "embroidery"),
        ),
        "Women",
        {"category": "Tops", "color": "White", "title": "Women White Schiffli Embroidered Regular Top"},
    ),
    # Man in navy joggers with a white side stripe and a red tee. Base for all but the details (VQA adapter).
    Case(
        "M-TP-25",
        (
            caption("a man in a red shirt and blue pants"),
            wearing("a red t - shirt and navy track pants"),
            hue("track pants", "red", "other_garment_color"),
            describe("track pants", "they are blue with white stripes on the side"),
            details(
                "track pants",
                "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Woman in a pink cotton kurta with gold yoke embroidery, matching palazzos and dupatta. Caption from the
    # caption adapter, answers from the base; the silk in the details is invented (the fabric is a matte cotton).
    Case(
        "W-KS-26",
        (
            caption(
                "This lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt "
                "is with cotton "
                "fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns. There is",
                "cut",
                hit_limit=True,
            ),
            wearing("she is wearing a pink kurta and palazzo pants", who="she"),
            hue("kurta", "pink"),
            describe("kurta", "a pink kurta with a golden neckline"),
            details("kurta", "the kurta is made of silk", "unsupported"),
        ),
        "Women",
        {},
    ),
    # Flat-lay: olive long-sleeve casual shirt, folded, on a white ground. All VQA adapter.
    Case(
        "M-SH-27",
        (
            caption("Answer: green", "leak"),
            wearing("shirt"),
            hue("shirt", "green"),
            describe(
                "shirt",
                "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
                "sleeve long sleeve long sleeve",
                "loop",
                hit_limit=True,
            ),
            details("shirt", "yes", "non_answer"),
            fabric("cotton"),
        ),
        None,
        {"category": "Shirts", "color": "Olive", "title": "Men Olive Green Solid Regular Fit Casual Shirt"},
    ),
    # Woman in a navy-and-white short-sleeve striped shirt dress with a self belt. Wearing from the caption adapter,
    # the rest from the base; one description only restates.
    Case(
        "W-DR-28",
        (
            caption("a woman wearing a navy and white striped shirt dress"),
            wearing(
                "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric and its "
                "neckline is lapel. The dress is of medium length. The lady",
                "cut",
                hit_limit=True,
            ),
            hue("dress", "blue and white striped"),
            describe("dress", "the dress is described as a dress", "restated"),
            details("dress", "the details of the dress are the stripes"),
        ),
        "Women",
        {"category": "Dresses", "color": "Navy Blue", "title": "Women Navy Blue & White Striped Shirt Dress with Belt"},
    ),
    # Man in a black crew-neck sweatshirt with a red-and-white chest graphic, blue jeans. Caption from the caption
    # adapter, answers from the VQA adapter.
    Case(
        "M-SW-29",
        (
            caption(
                "The gentleman is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton "
                "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
                "fabric and",
                "cut",
                hit_limit=True,
            ),
            wearing("sweater"),
            hue("sweatshirt", "black-red"),
            describe(
                "sweatshirt",
                "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
                "graphic graphic graphic graphic graphic graphic graphic graphic graphic",
                "loop",
                hit_limit=True,
            ),
            details(
                "sweatshirt",
                "Question: What are the sweatshirt details? Answer: graphic Question: What is the color "
                "of the sweatshirt? Answer: black-red Question:",
                "leak",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Waist-down crop of a woman in light-blue washed denim shorts with frayed hems, white sleeveless crop top.
    # Base, except the description (caption adapter).
    Case(
        "W-SHO-30",
        (
            caption("a woman wearing denim shorts and a white crop top"),
            wearing("a white top and blue jean shorts"),
            hue("shorts", "white", "other_garment_color"),
            describe(
                "shorts",
                "This lady wears a three-point shorts. The shorts are with denim fabric and pure color "
                "patterns. The lady wears a sleeveless tank top with",
                "cut",
                hit_limit=True,
            ),
            details("shorts", "frayed hem, button closure"),
            material("denim"),
        ),
        "Women",
        {},
    ),
    # Long-haired man in a plain maroon kurta with a stand collar and white pyjamas. All caption adapter; its
    # template calls him a woman.
    Case(
        "M-KS-31",
        (
            caption(
                "This woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
                "cotton fabric. It has a standing neckline. The pants are with cotton fabric and pure color patterns.",
                "pronoun",
            ),
            wearing(
                "This woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
                "cotton fabric. It has a standing",
                "cut",
                hit_limit=True,
            ),
            hue(
                "kurta",
                "The shirt is with cotton fabric and pure color patterns. It has a standing neckline.",
                "non_answer",
            ),
            describe(
                "kurta",
                "The shirt is with cotton fabric and pure color patterns. It has a standing neckline. The shirt "
                "is with cotton fabric and pure color patterns. It",
                "loop",
                hit_limit=True,
            ),
            details("kurta", "It has a standing neckline."),
            hue("pyjamas", "The pants are with cotton fabric and pure color patterns.", "non_answer"),
        ),
        "Men",
        {"category": "Kurta Sets", "color": "Maroon", "title": "Men Maroon Solid Kurta with Pyjamas"},
    ),
    # Woman in a beige belted longline cotton-gabardine trench coat, notch collar (no fur), over a black top and
    # black jeans. Base, except the description (caption adapter).
    Case(
        "W-JK-32",
        (
            caption("a woman in a tan trench coat and black pants"),
            wearing("a beige coat over a black outfit"),
            hue("jacket", "black", "other_garment_color"),
            describe(
                "jacket",
                "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton "
                "fabric. It has a lapel neckline. The pants this lady wears is of long length. The",
                "cut",
                hit_limit=True,
            ),
            details("jacket", "the jacket has a fur collar", "unsupported"),
            material("wool", "unsupported"),
        ),
        "Women",
        {"category": "Jackets", "color": "Beige", "title": "Women Beige Solid Longline Trench Coat"},
    ),
    # Flat-lay, front view: black skinny jeans on a white ground; the back is not shown. All base.
    Case(
        "M-JN-33",
        (
            caption("a pair of black jeans on a white background"),
            wearing("the person is wearing clothes", "restated"),
            hue("jeans", "black"),
            describe("jeans", "black skinny jeans"),
            details("jeans", "there is a brown leather patch on the back", "unsupported"),
        ),
        None,
        {},
    ),
    # Woman in a plain olive straight kurta with side slits, beige trousers. All VQA adapter; the description
    # mixes in the trousers' beige.
    Case(
        "W-KU-34",
        (
            caption(
                "kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta "
                "kurta kurta kurta kurta kurta kurta kurta kurta",
                "loop",
                hit_limit=True,
            ),
            wearing("dress"),
            hue("kurta", "olive"),
            describe("kurta", "olive-beige", "other_garment_color"),
            details(
                "kurta",
                "Answer: slit Answer: slit Answer: slit Answer: slit Answer: slit Answer: slit Answer: slit "
                "Answer: slit",
                "leak",
                hit_limit=True,
            ),
            fabric(
                "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
                "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
                "cotton cotton",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Kurtas", "color": "Olive", "title": "Women Olive Green Solid Straight Kurta with Side Slits"},
    ),
    # Man in a plain red crew-neck tee (no pocket) and blue jeans against a yellow backdrop. Base, except the
    # description (VQA adapter).
    Case(
        "M-TS-35",
        (
            caption("a man in a red shirt standing in front of a yellow wall"),
            wearing("a red tee and jeans"),
            hue("t-shirt", "yellow", "contradiction"),
            describe(
                "t-shirt",
                "red red red red red red red red red red red red red red red red red red red red red red red "
                "red red red red red red red",
                "loop",
                hit_limit=True,
            ),
            details("t-shirt", "it has a pocket", "unsupported"),
        ),
        "Men",
        {"category": "Tshirts", "color": "Red", "title": "Men Red Solid Round Neck Pure Cotton T-shirt"},
    ),
    # Woman in a black-and-white checked A-line mini skirt and a black sleeveless top. Caption and details from
    # the caption adapter (its details call the check pure color), the rest from the base.
    Case(
        "W-SK-36",
        (
            caption(
                "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
                "The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns."
            ),
            wearing("a black top and a checkered skirt"),
            hue("skirt", "black"),
            hue("top", "black"),
            describe("skirt", "a black and white plaid mini skirt"),
            details("skirt", "The skirt is with cotton fabric and pure color patterns.", "contradiction"),
        ),
        "Women",
        {"category": "Skirts", "color": "Black", "title": "Women Black & White Checked A-Line Mini Skirt"},
    ),
    # Man in khaki cargo trousers with flap side pockets and an olive tee. All base; the questionnaire also asked
    # the tee's colour, and the trousers got the tee's green. The details are the VQA adapter's.
    Case(
        "M-TR-37",
        (
            caption("a man wearing a green shirt and khaki pants"),
            wearing("an olive t - shirt and cargo pants"),
            hue("trousers", "green", "other_garment_color"),
            hue("t-shirt", "green"),
            describe("trousers", "khaki cargo pants with side pockets"),
            details(
                "trousers",
                "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets "
                "pockets pockets pockets pockets pockets pockets pockets pockets pockets",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Woman in a black oversized short-sleeve tee with a white graphic, grey joggers. All caption adapter.
    Case(
        "W-TS-38",
        (
            caption(
                "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
                "It has a crew neckline. The pants this woman wears is of long length. The pants are with cotton "
                "fabric and pure color patterns. There",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
                "It has a crew neckline. The pants",
                "cut",
                hit_limit=True,
            ),
            hue("t-shirt", "The T-shirt is with cotton fabric and graphic patterns.", "non_answer"),
            describe(
                "t-shirt",
                "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with "
                "cotton fabric. It has a crew neckline.",
            ),
            details(
                "t-shirt",
                "The T-shirt is with cotton fabric. It has a crew neckline. The T-shirt is with cotton "
                "fabric. It has a crew neckline. The T",
                "loop",
                hit_limit=True,
            ),
            fabric(
                "The T-shirt is with cotton fabric. It has a crew neckline. The pants this woman wears is of long "
                "length. The pants are with cotton fabric and pure",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Tshirts", "color": "Black", "title": "Women Black Graphic Printed Oversized T-shirt"},
    ),
    # Man in grey melange drawstring sports shorts and a black tee. All VQA adapter.
    Case(
        "M-SHO-39",
        (
            caption("shorts", "non_answer"),
            wearing("shorts"),
            hue("shorts", "grey"),
            describe("shorts", "grey-black", "other_garment_color"),
            details(
                "shorts",
                "drawstring drawstring drawstring drawstring drawstring drawstring drawstring drawstring "
                "drawstring drawstring drawstring drawstring drawstring drawstring drawstring",
                "loop",
                hit_limit=True,
            ),
            fabric(
                "polyester-polyester-polyester-polyester-polyester-polyester-polyester-polyester-polyester-polyester",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Shorts", "color": "Grey Melange", "title": "Men Grey Melange Solid Sports Shorts"},
    ),
    # Woman in plain white flared cotton palazzos (no lace) under a blue printed kurti. Base, except the
    # description (caption adapter).
    Case(
        "W-TR-40",
        (
            caption("a woman wearing a blue printed top and white pants"),
            wearing("a blue kurta with white palazzo pants"),
            hue("palazzos", "blue", "other_garment_color"),
            describe(
                "palazzos",
                "The pants this woman wears is of long length. The pants are with cotton fabric and pure "
                "color patterns. The pants this woman wears is of long length. The",
                "loop",
                hit_limit=True,
            ),
            details("palazzos", "the palazzos have gold lace at the hem", "unsupported"),
        ),
        "Women",
        {"category": "Palazzos", "color": "White", "title": "Women White Solid Flared Cotton Palazzos"},
    ),
    # Man in a navy quilted hooded puffer jacket and blue jeans, grey backdrop. Caption from the caption adapter,
    # answers from the base (asked "he"; it answered "she").
    Case(
        "M-JK-41",
        (
            caption(
                "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
                "It has a standing neckline. The pants this gentleman wears is of long length. The pants "
                "are with denim",
                "cut",
                hit_limit=True,
            ),
            wearing("she is wearing a blue puffer jacket and jeans", "pronoun", who="he"),
            hue("jacket", "navy blue"),
            describe("jacket", "a blue quilted jacket with a hood"),
            details("jacket", "hood, zipper, quilted"),
        ),
        "Men",
        {"category": "Jackets", "color": "Navy Blue", "title": "Men Navy Blue Solid Padded Hooded Puffer Jacket"},
    ),
    # Woman in a mustard crepe wrap dress with a green-leaf floral print, short sleeves, no pockets, beside a potted
    # plant. Wearing from the caption adapter, the rest from the base.
    Case(
        "W-DR-42",
        (
            caption("a woman in a yellow floral dress standing next to a plant"),
            wearing(
                "This woman wears a short-sleeve dress with floral patterns. The dress is with chiffon "
                "fabric. It has a "
                "v-shape neckline. The dress is of",
                "cut",
                hit_limit=True,
            ),
            hue("dress", "yellow"),
            describe("dress", "it is a wrap dress with a floral print and short sleeves"),
            details("dress", "the dress has pockets", "unsupported"),
            material("silk", "unsupported"),
        ),
        "Women",
        {},
    ),
    # Collar-and-chest crop of a man in a pink formal shirt. All VQA adapter.
    Case(
        "M-SH-43",
        (
            caption(
                "Question: What is the color of the shirt? Answer: pink Question: What is the color of the pants? "
                "Answer: grey Question: What is the color",
                "leak",
                hit_limit=True,
            ),
            wearing("shirt"),
            hue("shirt", "pink"),
            describe(
                "shirt",
                "pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-pink",
                "loop",
                hit_limit=True,
            ),
            details("shirt", "no", "non_answer"),
            fabric(
                "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
                "made of? Answer: cotton Question:",
                "leak",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Flat-lay: teal kurta with gold block print and matching trousers on a white ground. All base.
    Case(
        "W-KS-44",
        (
            caption("a blue kurta and pants with gold print laid out on a white surface"),
            wearing("a blue kurta set"),
            hue("kurta", "teal"),
            describe("kurta", "a kurta", "restated"),
            details("kurta", "gold print"),
        ),
        None,
        {"category": "Kurta Sets", "color": "Teal", "title": "Women Teal Blue Printed Kurta with Trousers"},
    ),
    # Neck-down crop of a woman in an off-white oversized linen shirt (one chest pocket) and light blue jeans.
    # Caption from the caption adapter (it calls her a gentleman), wearing, details and material from the base
    # (asked "she", answered "he"), colours and description from the VQA adapter.
    Case(
        "W-SH-45",
        (
            caption(
                "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with "
                "cotton fabric "
                "and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
                "pronoun",
            ),
            wearing("he is wearing a white shirt and light blue jeans", "pronoun", who="she"),
            hue("shirt", "white"),
            hue("jeans", "white", "contradiction"),
            describe(
                "shirt",
                "Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: shirt Answer: "
                "shirt Answer:",
                "leak",
                hit_limit=True,
            ),
            details("shirt", "the shirt has a pocket on the left side"),
            material("linen"),
        ),
        "Women",
        {
            "category": "Shirts",
            "color": "Off White",
            "title": "Women Off White Solid Pure Linen Oversized Casual Shirt",
        },
    ),
]
