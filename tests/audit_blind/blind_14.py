"""BLIND_14 (43 products; the original experiments' base model and adapters re-run on an Indian marketplace's photos,
the experiments' own questions with color answers both stored closed and kept as free text, a third of the
products without catalog columns): written blind in the tenth session and measured blind at af9c538, the
session's audits after both reviews: 108/142 and 9/130. Two changes to the layout, none to a text or a label:
the writer's yes/no helper stored its answers under the id `garment_type` (now `is_<garment>`, as the other
sets do), and 38 products answer one color question twice, closed and as free text, under one id; the
documented layout has one answer per question, so the free-text one is the question asked again as
`<id>_open` (`_one_answer_per_question` at the end). Scored as written, the two answers share their findings
(102/142 and 32/130). The writer's notes, verbatim:

Blind corpus 14: a re-run of the original BLIP-2 experiments on a fresh sample of Indian-marketplace catalog photos.

Scenario. A fresh sample of 43 real catalog photos from an Indian fashion marketplace was run through the three
systems of the original experiments, and each product's outputs were put into the tool's items/answers layout (one
product per item). Most photos are studio shots of a model wearing the product with other garments (a top with
jeans, a kurta with palazzos and a dupatta, a shrug over a camisole); a few are close crops (collar, chest) and
flat-lays (no person; gender None). Women's tops, dresses, kurtas, kurta sets, sarees, jeans, palazzos, skirts,
shrugs and jackets; men's shirts, t-shirts, polos, jeans, chinos, shorts, hoodies, sweatshirts and kurtas; some
boys' and girls' wear. Catalog columns (`extra`) use the marketplace's spelling ('Kurta Sets', 'Polo Tshirts',
'Navy Blue', 'Off White', 'Multi', 'Women Peach-Coloured Solid Top'); about a third of products carry none.

How it was written. Blind: the author read only ../shared/CONTEXT.md and the first 95 lines of
tests/audit_corpus.py (helpers, Text/Case layout, TARGETS keys). No audit, query, enrich code, other corpus or
documentation was read, no audit or enrich command was run. Texts were written by hand to be what each system
plausibly returns for the photo described in the comment above each Case; labels are the author's judgement of
that text against that photo and the catalog columns.

Systems (named in each Case's comment):
- base: untuned Salesforce/blip2-opt-2.7b. Short, lower-case answers that stop on their own ("a red kurta and
  white pants", "navy blue", "yes"); best at short questions, but repeats one color for every garment, guesses
  pronouns, invents details (pockets, zips, logos), sometimes restates the question or says nothing useful.
- caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption): DeepFashion-MultiModal template prose ("The lady
  wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a round neckline.")
  for every prompt, with pattern words in place of hues and no kurta/saree/shrug vocabulary. Trained with no
  end-of-answer token, so it usually runs to the token limit (30 new tokens for answers, 50 for captions) and is cut
  mid-sentence or loops; occasionally it stops cleanly after a sentence.
- VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): In-shop class words and bare colors ("tee", "blouse", "denim",
  "white"), which, without a terminator, loop ("white white white ...") or continue the training format
  ("... Question: What is the color of the pants? Answer: ..."). As a captioner it is broken.
A run may use a different system per question; color answers are stored either as a closed value (kind
"closed": the generated answer normalised to a short value) or kept as free text (kind "open"; `color_open` below is
color_of with kind "open" plus hit_limit, for free-text color answers that ran to the limit). `is_a` (yes/no) and
`made_of` (material) are small local helpers on Text and ask, with question ids "garment_type" and "material".
About 52% of the texts are failures: loops, cuts and leaks from the adapters dominate, as they would in a re-run
with the same unmasked-label adapters; wrong colors and garments come from all three systems.

Label conventions (one label per text; None = correct answer):
- leak: the text continues with the `Question: ... Answer:` format. Wins over loop and cut even when the leaked
  pairs repeat; long leaks that run to the limit carry hit_limit=True.
- loop: a word or phrase repeated until the limit ("red-red-red ...", "the sleeves, the neckline, ..."),
  hit_limit=True. Wins over cut and over a wrong color inside the loop.
- content failures, judged on the finished part of the text, win over cut:
  - contradiction: a garment or color that the photo, another text or the seller's columns contradict. "dress"
    for a kurta or saree, "leather" for a denim jacket, a closed color value that belongs to another garment, the
    backdrop or the print (closed values never get other_garment_color), a "no" to "Is this a kurta?" on a kurta.
  - other_garment_color: an open answer (color, describe, wearing) that gives the product the color of another
    garment in the photo (the leggings' white for the kurta, the jeans' black for the t-shirt). A wrong hue that
    comes from the backdrop or the print rather than another garment is labelled contradiction.
  - unsupported: an invented detail (a chest pocket, a zip on a pullover, holes in clean jeans, a logo, birds in
    a leaf print, a person on a flat-lay, sleeves that a close crop cannot show).
  - pronoun: the person's gender wrong ("a man in a yellow kurta" for Women, "The lady wears" for Boys). "The
    lady"/"a girl" for Girls products is accepted (gender right, age wording aside).
  - non_answer: nothing usable for the question: empty, "no" as a caption, the garment's own name back
    ("palazzos", "they are jeans"), a pattern word as a color ("floral", "pure color" for a solid), or the caption
    template answering a color question or describing a different garment than the one asked about.
  - restated: the question rephrased as the answer ("the details of the t-shirt", "the kurta is a kurta").
- cut: an otherwise acceptable text stopped mid-phrase at the token limit, hit_limit=True.
Judgement calls on correct answers (labelled None on purpose): near hues in the same family (Navy Blue -> "blue",
Off White -> "white"/"cream", Mustard -> "yellow", Maroon -> "red"/"burgundy", Peach -> "light pink", Teal ->
"green"/"blue"/"turquoise", Olive -> "green", Khaki -> "beige"); but Charcoal Grey -> "black" is counted wrong.
Synonyms: kurti/kurta, sari/saree, cardigan/sweater for a shrug, hawaiian shirt, "shirt" for a men's kurta or a
t-shirt. Either stripe color of an even two-color stripe is accepted. "Incomplete but true" answers (a wearing
answer that omits the product, "a hoodie") are correct. Other garments' colors in a wearing answer or caption,
backdrop colors in a caption, print colors in a description and DeepFashion's "pure color patterns" for a solid
garment are correct when true. Material guesses are correct unless the title says otherwise.
"""

from __future__ import annotations

import dataclasses

from tests.audit_corpus import Case, Text, ask, caption, color_of, describe, details, wearing


def is_a(garment: str, text: str, failure: str | None = None, kind: str = "closed", hit_limit: bool = False) -> Text:
    """The VQA data's yes/no question."""
    return Text(f"is_{garment.replace(' ', '_')}", ask(f"Is this a {garment}?"), kind, text, failure, hit_limit)


def color_open(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The color question kept as free text, for answers that ran to the token limit (color_of takes no hit_limit)."""
    return dataclasses.replace(color_of(garment, text, failure, kind="open"), hit_limit=hit_limit)


def made_of(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """A material question, free text."""
    return Text("material", ask(f"What is the material of the {garment}?"), "open", text, failure, hit_limit)


BLIND_14: list[Case] = [
    # Photo: woman in a peach solid top, short puff sleeves, round neck, tucked into light blue jeans, white
    # sneakers, grey backdrop. Caption, wearing, details, closed color: base. Describe: caption adapter. Open
    # color: VQA.
    Case(
        "b14-01",
        (
            caption("a woman in a light pink top and blue jeans standing in front of a grey wall"),
            wearing("a pink top and jeans"),
            describe(
                "top",
                "The top has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
                "wears a long trousers. The trousers are with denim",
                "cut",
                hit_limit=True,
            ),
            details("top", "the top details are the details of the top", "restated"),
            color_of("top", "peach"),
            color_open(
                "top",
                "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
                "pink pink pink pink pink pink pink pink pink pink pink pink",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Women",
        extra={"category": "Tops", "color": "Peach", "title": "Women Peach-Coloured Solid Top"},
    ),
    # Photo: man in a navy blue slim-fit shirt, full sleeves, spread collar, no pocket, tucked into beige chinos,
    # brown belt, white studio. Caption, wearing, describe: base. Details: caption adapter. Open color: VQA.
    Case(
        "b14-02",
        (
            caption("a man wearing a blue shirt and khaki pants"),
            wearing("a blue shirt and beige pants", who="he"),
            describe("shirt", "it is a blue shirt with a pocket on the chest", "unsupported"),
            details(
                "shirt",
                "The shirt has long sleeves, cotton fabric and solid color patterns. It has a lapel "
                "neckline. The pants "
                "the gentleman wears is of long length. The pants are with cotton fabric and",
                "cut",
                hit_limit=True,
            ),
            color_of("shirt", "navy blue"),
            color_open(
                "shirt",
                "blue Question: What is the color of the pants? Answer: khaki Question: What is the color of the belt? "
                "Answer: brown Question: What",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Shirts", "color": "Navy Blue", "title": "Men Navy Blue Slim Fit Solid Casual Shirt"},
    ),
    # Photo: woman in a maroon straight kurta with gold yoke embroidery, three-quarter sleeves, matching maroon
    # palazzos, maroon-and-gold dupatta, thin bangles, beige backdrop. Caption: caption adapter (stopped cleanly).
    # Wearing, describe, colors, yes/no: base. Details: VQA.
    Case(
        "b14-03",
        (
            caption(
                "The lady wears a long-sleeve dress with solid color patterns. The dress is with cotton fabric. It has "
                "a round neckline. The lady wears a scarf. There is an accessory on her wrist.",
                "contradiction",
            ),
            wearing("he is wearing a red kurta and red pants", "pronoun"),
            describe("kurta", "it is a maroon kurta with gold embroidery"),
            details(
                "kurta",
                "embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery "
                "embroidery embroidery embroidery embroidery embroidery embroidery embroidery",
                "loop",
                hit_limit=True,
            ),
            color_of("kurta", "maroon", kind="open"),
            color_of("palazzos", "maroon"),
            is_a("kurta", "yes"),
        ),
        gender="Women",
        extra={
            "category": "Kurta Sets",
            "color": "Maroon",
            "title": "Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
        },
    ),
    # Photo: man in a white crew-neck t-shirt with a large black-and-red graphic on the chest, black jeans, grey
    # backdrop. Caption, details, closed color: base. Wearing, open color: VQA. Describe: caption adapter.
    Case(
        "b14-04",
        (
            caption("a man wearing a white t-shirt with a black and red print"),
            wearing("tee"),
            describe(
                "t-shirt",
                "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
                "It has a crew neckline. The gentleman wears a long",
                "cut",
                hit_limit=True,
            ),
            details("t-shirt", "the t-shirt has a graphic on it"),
            color_of("t-shirt", "black", "other_garment_color", kind="open"),
            color_of("t-shirt", "white"),
        ),
        gender="Men",
    ),
    # Photo: woman in a teal silk-blend Banarasi saree with gold zari border and small woven motifs, contrast gold
    # blouse with elbow sleeves, pale backdrop. Caption, describe, open color, material: base. Wearing: caption
    # adapter (calls it a dress, then cut). Details: VQA. Closed color: base.
    Case(
        "b14-05",
        (
            caption("a woman in a green and gold sari"),
            wearing(
                "The lady wears a long-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has a "
                "v-shape neckline. The lady wears a ring. There is an accessory",
                "contradiction",
                hit_limit=True,
            ),
            describe("saree", "a saree", "non_answer"),
            details(
                "saree",
                "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
                "gold gold gold gold gold gold gold gold gold gold gold gold",
                "loop",
                hit_limit=True,
            ),
            color_of("saree", "gold", "other_garment_color", kind="open"),
            color_of("saree", "teal"),
            made_of("saree", "silk"),
        ),
        gender="Women",
        extra={"category": "Sarees", "color": "Teal", "title": "Teal & Gold-Toned Woven Design Zari Banarasi Saree"},
    ),
    # Photo: man in light blue slim jeans with mild fading at the thighs, white t-shirt, white sneakers; cropped at
    # the chest. Caption: caption adapter (stopped cleanly). Wearing, details, open color: base. Describe, closed
    # color: VQA.
    Case(
        "b14-06",
        (
            caption(
                "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
                "cotton fabric. "
                "The trousers the gentleman wears is of long length. The trousers are with denim fabric and pure color "
                "patterns."
            ),
            wearing("jeans and a white shirt"),
            details("jeans", "they are jeans", "non_answer"),
            describe(
                "jeans",
                "denim Question: What is the color of the jeans? Answer: blue Question: What is the color "
                "of the jeans? "
                "Answer: blue Question:",
                "leak",
                hit_limit=True,
            ),
            color_of("jeans", "white", "contradiction"),
            color_of("jeans", "light blue", kind="open"),
        ),
        gender="Men",
        extra={
            "category": "Jeans",
            "color": "Blue",
            "title": "Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        },
    ),
    # Photo: woman in a navy blue midi wrap dress with a small white-and-pink floral print, flutter sleeves, self
    # tie at the waist, no buttons; nude heels, white backdrop. Caption, describe, details: base. Wearing: caption
    # adapter. Closed color: caption adapter's pattern word. Open color: VQA.
    Case(
        "b14-07",
        (
            caption("a woman in a blue floral dress"),
            wearing(
                "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
                "v-shape neckline. The dress is of long length. There is a belt",
                "cut",
                hit_limit=True,
            ),
            describe("dress", "a navy blue dress with white flowers"),
            details("dress", "the dress has a belt and buttons", "unsupported"),
            color_of("dress", "floral", "non_answer"),
            color_of("dress", "white", "contradiction", kind="open"),
        ),
        gender="Women",
        extra={"category": "Dresses", "color": "Navy Blue", "title": "Women Navy Blue Floral Print Wrap Dress"},
    ),
    # Photo: man in a mustard yellow polo, navy tipping on collar and cuffs, small embroidered logo, grey chinos,
    # grey backdrop. Caption, describe, open color, yes/no: base. Wearing: VQA. Details: caption adapter.
    # Closed color: VQA.
    Case(
        "b14-08",
        (
            caption("a man in a yellow polo shirt and grey pants"),
            wearing(
                "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo "
                "shirt polo shirt",
                "loop",
                hit_limit=True,
            ),
            describe("polo shirt", "a yellow polo shirt with navy stripes on the collar"),
            details(
                "polo shirt",
                "The shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
                "gentleman wears a long trousers. The trousers are with cotton",
                "cut",
                hit_limit=True,
            ),
            color_of("polo shirt", "grey", "contradiction"),
            color_of("polo shirt", "mustard yellow", kind="open"),
            is_a("polo shirt", "yes"),
        ),
        gender="Men",
        extra={"category": "Polo Tshirts", "color": "Mustard", "title": "Men Mustard Yellow Solid Polo Collar T-shirt"},
    ),
    # Photo: waist-down crop of a woman in off-white flared palazzos with a black geometric block print, white
    # kurta hem visible, kolhapuri sandals. Caption, wearing, details, closed color, material: base. Describe:
    # caption adapter. Open color: VQA.
    Case(
        "b14-09",
        (
            caption("a woman's legs in white and black printed pants"),
            wearing("white pants"),
            describe(
                "palazzos",
                "The trousers the lady wears is of long length. The trousers are with cotton fabric and graphic "
                "patterns. The lady wears a",
                "cut",
                hit_limit=True,
            ),
            details("palazzos", "palazzos", "non_answer"),
            color_of("palazzos", "off white"),
            color_open(
                "palazzos",
                "white white white white white white white white white white white white white "
                "white white white white white white white white white white white white white white white",
                "loop",
                hit_limit=True,
            ),
            made_of("palazzos", "", "non_answer"),
        ),
        gender="Women",
    ),
    # Photo: man in a charcoal grey pullover hoodie (kangaroo pocket, white drawstrings, no zip), black joggers,
    # white wall. Caption, wearing, describe, material: base. Details, closed color: VQA. Open color: caption adapter.
    Case(
        "b14-10",
        (
            caption("a man in a grey hoodie and black pants"),
            wearing("a hoodie", who="he"),
            describe("hoodie", "a grey hoodie with a zipper", "unsupported"),
            details(
                "hoodie",
                "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie "
                "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
                "loop",
                hit_limit=True,
            ),
            color_of("hoodie", "black", "contradiction"),
            color_open(
                "hoodie",
                "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with "
                "cotton fabric. "
                "It has a hooded neckline. The gentleman wears a long",
                "non_answer",
                hit_limit=True,
            ),
            made_of("hoodie", "cotton"),
        ),
        gender="Men",
        extra={"category": "Sweatshirts", "color": "Charcoal", "title": "Men Charcoal Grey Hooded Sweatshirt"},
    ),
    # Photo: girl of about six in a yellow fit-and-flare dress with white polka dots, puff sleeves, white sandals,
    # pale blue backdrop. Caption, wearing, details, closed color: base. Describe: caption adapter. Open color: VQA
    # (the backdrop's blue).
    Case(
        "b14-11",
        (
            caption("a little girl in a yellow dress with white polka dots"),
            wearing("a yellow dress", who="she"),
            describe(
                "dress",
                "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
                "round neckline. The dress is of medium length. The lady",
                "cut",
                hit_limit=True,
            ),
            details("dress", "polka dots"),
            color_of("dress", "blue", "contradiction", kind="open"),
            color_of("dress", "yellow"),
        ),
        gender="Girls",
        extra={"category": "Dresses", "color": "Yellow", "title": "Girls Yellow Polka Dot Print Fit and Flare Dress"},
    ),
    # Photo: man in a white self-striped straight cotton kurta, mandarin collar, side slits, white churidar, brown
    # mojaris, beige backdrop. Caption: caption adapter (cut at 50 tokens). Wearing, describe, open color, yes/no,
    # material: base. Details: VQA.
    Case(
        "b14-12",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton "
                "fabric. It has "
                "a stand neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
                "and pure color",
                "cut",
                hit_limit=True,
            ),
            wearing("a white kurta"),
            describe("kurta", "a white kurta with a collar and a pocket on the chest", "unsupported"),
            details(
                "kurta",
                "kurta Question: What is the color of the kurta? Answer: white Question: What is the color of the "
                "pants? Answer: white Question",
                "leak",
                hit_limit=True,
            ),
            color_of("kurta", "white", kind="open"),
            is_a("kurta", "no", "contradiction"),
            made_of("kurta", "cotton"),
        ),
        gender="Men",
        extra={"category": "Kurtas", "color": "White", "title": "Men White Self-Striped Straight Cotton Kurta"},
    ),
    # Photo: woman in a black sheer longline open-front shrug over a white camisole, blue jeans, grey wall.
    # Caption, wearing, open color: base. Describe, closed color: VQA. Details: caption adapter (describes the
    # camisole, never the shrug).
    Case(
        "b14-13",
        (
            caption("a woman in a black cardigan and white top"),
            wearing("a white shirt and black jacket"),
            describe("shrug", "white", "other_garment_color"),
            details(
                "shrug",
                "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
                "round neckline. The lady wears a long trousers. The",
                "non_answer",
                hit_limit=True,
            ),
            color_of("shrug", "white", "contradiction"),
            color_of("shrug", "black", kind="open"),
        ),
        gender="Women",
    ),
    # Photo: flat-lay of folded khaki chinos with a brown leather belt looped through, white surface, no person.
    # Caption, wearing, details, closed color: base. Describe: caption adapter (invents a wearer). Open color: VQA.
    Case(
        "b14-14",
        (
            caption("a pair of khaki pants and a brown belt on a white background"),
            wearing("khaki pants"),
            describe(
                "chinos",
                "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
                "gentleman wears a belt. The gentleman wears a",
                "unsupported",
                hit_limit=True,
            ),
            details("chinos", "the chinos details", "restated"),
            color_of("chinos", "beige"),
            color_open(
                "chinos",
                "brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
                "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown",
                "loop",
                hit_limit=True,
            ),
        ),
        gender=None,
        extra={"category": "Trousers", "color": "Khaki", "title": "Men Khaki Slim Fit Solid Chinos"},
    ),
    # Photo: woman in black high-rise skinny jeans (clean, no distressing), grey marl crop t-shirt tucked in, white
    # sneakers. Caption, describe, open color: base. Wearing, closed color: VQA. Details: caption adapter.
    Case(
        "b14-15",
        (
            caption("a woman in a grey shirt and black jeans"),
            wearing(
                "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
                "denim denim denim denim denim denim denim denim denim denim denim",
                "loop",
                who="she",
                hit_limit=True,
            ),
            describe("jeans", "black jeans with holes in the knees", "unsupported"),
            details(
                "jeans",
                "The trousers the lady wears is of long length. The trousers are with denim fabric and pure color "
                "patterns. The lady wears a short-sleeve T",
                "cut",
                hit_limit=True,
            ),
            color_of("jeans", "grey", "other_garment_color", kind="open"),
            color_of("jeans", "black"),
        ),
        gender="Women",
    ),
    # Photo: waist-to-knee crop of a man in olive green cargo shorts with flap pockets, black t-shirt. Caption:
    # caption adapter (stopped cleanly). Wearing, details, closed color: base. Describe, open color: VQA.
    Case(
        "b14-16",
        (
            caption(
                "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
                "cotton fabric. "
                "It has a round neckline. The shorts the gentleman wears is of medium length. The shorts are with "
                "cotton fabric and pure color patterns."
            ),
            wearing("shorts and a black shirt"),
            details("shorts", "they are shorts", "non_answer"),
            describe(
                "shorts",
                "shorts are shorts are shorts are shorts are shorts are shorts are shorts are shorts "
                "are shorts are shorts are shorts are shorts are shorts",
                "loop",
                hit_limit=True,
            ),
            color_of("shorts", "green"),
            color_of("shorts", "black", "other_garment_color", kind="open"),
        ),
        gender="Men",
        extra={"category": "Shorts", "color": "Olive", "title": "Men Olive Green Solid Cargo Shorts"},
    ),
    # Photo: woman in a pink A-line kurta with a blue-and-yellow ethnic motif print, three-quarter sleeves, round
    # neck, white leggings. Caption, wearing, details, open color: base. Describe: caption adapter. Closed color:
    # reference value.
    Case(
        "b14-17",
        (
            caption("a woman in a pink printed kurta and white leggings"),
            wearing("a kurti"),
            describe(
                "kurta",
                "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
                "round neckline. The shirt is of long length. The lady wears a long leggings",
                "cut",
                hit_limit=True,
            ),
            details("kurta", "it has a print on it"),
            color_of("kurta", "multi"),
            color_of("kurta", "white", "other_garment_color", kind="open"),
        ),
        gender="Women",
        extra={
            "category": "Kurtas",
            "color": "Multi",
            "title": "Women Multicoloured Ethnic Motifs Printed A-Line Kurta",
        },
    ),
    # Photo: boy in a red t-shirt with a blue dinosaur graphic, denim shorts. Caption, wearing: base (caption calls
    # him a girl). Describe: caption adapter. Details, both colors: VQA.
    Case(
        "b14-18",
        (
            caption("a young girl wearing a red t-shirt and denim shorts", "pronoun"),
            wearing("a red shirt and shorts", who="he"),
            describe(
                "t-shirt",
                "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
                "It has a round neckline. The gentleman wears a",
                "cut",
                hit_limit=True,
            ),
            details(
                "t-shirt",
                "graphic tee Question: Is this a graphic tee? Answer: yes Question: Is this a graphic tee? Answer: yes "
                "Question:",
                "leak",
                hit_limit=True,
            ),
            color_open(
                "t-shirt",
                "red red red red red red red red red red red red red red red red red red red red red "
                "red red red red red red red red red",
                "loop",
                hit_limit=True,
            ),
            color_of("t-shirt", "blue", "contradiction"),
        ),
        gender="Boys",
        extra={"category": "Tshirts", "color": "Red", "title": "Boys Red Graphic Printed T-shirt"},
    ),
    # Photo: woman in a sage green pleated midi skirt, white long-sleeve shirt tucked in, beige heels. Caption,
    # describe, details: base. Wearing: caption adapter. Closed color: base. Open color: VQA.
    Case(
        "b14-19",
        (
            caption("a woman in a white shirt and green skirt"),
            wearing(
                "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
                "fabric. It has a "
                "lapel neckline. The lady wears a long skirt. The skirt",
                "cut",
                hit_limit=True,
            ),
            describe("skirt", "the skirt is a skirt", "restated"),
            details("skirt", "the skirt is pleated"),
            color_of("skirt", "white", "contradiction"),
            color_open(
                "skirt",
                "green Question: What is the color of the shirt? Answer: white Question: What is the color of the "
                "shirt? Answer: white",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="Women",
    ),
    # Photo: man in an open red-and-navy checked flannel shirt with two flap pockets over a white t-shirt, blue
    # jeans. Caption, wearing, details, open color: base. Describe: caption adapter. Closed color: reference value.
    Case(
        "b14-20",
        (
            caption("a man wearing a red and blue plaid shirt over a white t-shirt"),
            wearing("a plaid shirt and jeans"),
            describe(
                "shirt",
                "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. "
                "The shirt has "
                "long sleeves, cotton fabric and lattice patterns. It has a",
                "loop",
                hit_limit=True,
            ),
            details("shirt", "it has two pockets"),
            color_of("shirt", "white", "other_garment_color", kind="open"),
            color_of("shirt", "red"),
        ),
        gender="Men",
    ),
    # Photo: woman in an off-white cotton top with white schiffli embroidery, three-quarter bell sleeves, V-neck,
    # rust orange trousers. Caption: caption adapter (cut). Wearing, describe, closed color, material: base.
    # Details, open color: VQA.
    Case(
        "b14-21",
        (
            caption(
                "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton "
                "fabric. It has "
                "a v-shape neckline. The trousers the lady wears is of long length. The trousers are with cotton "
                "fabric and pure color patterns. The lady",
                "cut",
                hit_limit=True,
            ),
            wearing("a white top and orange pants", who="she"),
            describe("top", "white top"),
            details(
                "top",
                "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, "
                "the neckline, the collar, the sleeves, the neckline",
                "loop",
                hit_limit=True,
            ),
            color_of("top", "cream"),
            color_of("top", "orange", "other_garment_color", kind="open"),
            made_of("top", "the material of the top", "restated"),
        ),
        gender="Women",
        extra={"category": "Tops", "color": "Off White", "title": "Women Off-White Schiffli Embroidered Top"},
    ),
    # Photo: man in an open blue washed denim trucker jacket (button front, two chest flap pockets) over a black
    # t-shirt, black jeans. Caption, describe, material: base. Wearing, closed color: VQA. Details: caption adapter.
    Case(
        "b14-22",
        (
            caption("a man in a denim jacket and black pants"),
            wearing(
                "jacket Question: What cloth is the person wearing? Answer: jacket Question: What cloth is the person "
                "wearing? Answer:",
                "leak",
                hit_limit=True,
            ),
            describe("jacket", "it is a denim jacket"),
            details(
                "jacket",
                "The gentleman wears a long-sleeve jacket with denim fabric and pure color patterns. It has a lapel "
                "neckline. The gentleman wears a short-sleeve T-shirt",
                "cut",
                hit_limit=True,
            ),
            color_of("jacket", "black", "contradiction"),
            made_of("jacket", "leather", "contradiction"),
        ),
        gender="Men",
        extra={"category": "Jackets", "color": "Blue", "title": "Men Blue Washed Denim Jacket"},
    ),
    # Photo: woman in a mustard straight kurta with a small white floral print, mustard trousers, sheer white
    # dupatta. No catalog columns. Caption, wearing, describe, details, closed colors: base (caption says "man").
    # Open color: VQA.
    Case(
        "b14-23",
        (
            caption("a man in a yellow kurta with white flowers", "pronoun"),
            wearing("a yellow kurta and white scarf"),
            describe("kurta", "yellow and white"),
            details(
                "kurta",
                "it is a kurta with a white dupatta and a white dupatta and a white dupatta and a white "
                "dupatta and a white",
                "loop",
                hit_limit=True,
            ),
            color_of("kurta", "white", "other_garment_color", kind="open"),
            color_of("kurta", "yellow"),
            color_of("trousers", "yellow"),
        ),
        gender="Women",
    ),
    # Photo: close crop, chest up, of a man in a plain black round-neck t-shirt. Caption, open color: VQA (broken as
    # a captioner). Wearing: caption adapter. Describe, details, closed color, yes/no: base.
    Case(
        "b14-24",
        (
            caption("no", "non_answer"),
            wearing(
                "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
                "cotton fabric. "
                "It has a round neckline. The gentleman wears a long",
                "cut",
                hit_limit=True,
            ),
            describe("t-shirt", "black t-shirt"),
            details("t-shirt", "the details of the t-shirt", "restated"),
            color_of("t-shirt", "black"),
            color_open(
                "t-shirt",
                "black Question: What is the color of the t-shirt? Answer: black Question: What is the color of the "
                "t-shirt? Answer:",
                "leak",
                hit_limit=True,
            ),
            is_a("t-shirt", "yes"),
        ),
        gender="Men",
        extra={"category": "Tshirts", "color": "Black", "title": "Men Black Solid Round Neck Pure Cotton T-shirt"},
    ),
    # Photo: woman in an olive green quilted puffer jacket with zip and hood over a black turtleneck, black jeans.
    # Caption, describe, open color: base. Wearing: caption adapter. Details: VQA. Closed color: reference value.
    Case(
        "b14-25",
        (
            caption("a woman in a green jacket and black pants"),
            wearing(
                "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton "
                "fabric. It has "
                "a hooded neckline. The lady wears a long",
                "cut",
                hit_limit=True,
            ),
            describe("jacket", "green puffer jacket with a hood"),
            details(
                "jacket",
                "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper "
                "zipper zipper zipper zipper zipper zipper zipper zipper",
                "loop",
                hit_limit=True,
            ),
            color_of("jacket", "black", "other_garment_color", kind="open"),
            color_of("jacket", "green"),
        ),
        gender="Women",
        extra={"category": "Jackets", "color": "Olive", "title": "Women Olive Green Solid Padded Jacket"},
    ),
    # Photo: man in a navy blue straight kurta with a small white geometric print, mandarin collar, white pyjama.
    # Caption, describe: base. Wearing, open color: VQA ("blouse"). Details: caption adapter. Closed color: base.
    Case(
        "b14-26",
        (
            caption("a man in a blue and white shirt and white pants"),
            wearing("blouse", "contradiction", who="he"),
            describe("kurta", "a blue kurta with white print"),
            details(
                "kurta",
                "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton "
                "fabric. It has "
                "a stand neckline. The gentleman wears a long trousers",
                "cut",
                hit_limit=True,
            ),
            color_of("kurta", "white", "contradiction"),
            color_open(
                "kurta",
                "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
                "navy navy navy navy navy navy navy navy navy navy navy navy",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Men",
    ),
    # Photo: close crop of a woman in a teal ribbed fitted crop top with a square neck and short cap sleeves.
    # Caption, wearing, details, closed color: base. Describe: caption adapter (stopped cleanly; says sleeveless).
    # Open color: VQA.
    Case(
        "b14-27",
        (
            caption("a woman in a green top"),
            wearing("a blue top"),
            describe(
                "top",
                "The tank top has no sleeves, knitting fabric and pure color patterns. It has a square neckline.",
                "contradiction",
            ),
            details("top", "it has short sleeves and a square neck"),
            color_open(
                "top",
                "blue Question: What is the color of the top? Answer: blue Question: What is the color of the top? "
                "Answer: blue Question:",
                "leak",
                hit_limit=True,
            ),
            color_of("top", "turquoise"),
        ),
        gender="Women",
        extra={"category": "Tops", "color": "Teal", "title": "Women Teal Blue Ribbed Fitted Crop Top"},
    ),
    # Photo: flat-lay of a navy polo with a small white logo and three-button placket on a wooden floor. No
    # catalog columns. Caption, wearing, details, closed color: base. Describe: VQA. Open color: caption adapter.
    Case(
        "b14-28",
        (
            caption("a navy blue polo shirt with a white logo on a wooden floor"),
            wearing("a man in a blue polo shirt", "unsupported"),
            describe(
                "polo shirt",
                "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo "
                "shirt polo shirt polo shirt polo",
                "loop",
                hit_limit=True,
            ),
            details("polo shirt", "it has three buttons"),
            color_of("polo shirt", "brown", "contradiction"),
            color_open(
                "polo shirt",
                "The shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
                "gentleman wears a long trousers. The trousers are",
                "non_answer",
                hit_limit=True,
            ),
        ),
        gender=None,
    ),
    # Photo: woman in a pink chiffon saree with a white-and-green floral print, pink sleeveless blouse, green
    # plants in the backdrop. Caption: caption adapter (stopped cleanly; "dress"). Wearing, describe, open color,
    # material: base. Details: VQA. Closed color: reference value.
    Case(
        "b14-29",
        (
            caption(
                "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
                "v-shape neckline. The dress is of long length.",
                "contradiction",
            ),
            wearing("a pink sari"),
            describe("saree", "a pink saree with flowers on it"),
            details(
                "saree",
                "floral floral floral floral floral floral floral floral floral floral floral floral "
                "floral floral floral floral floral floral floral floral",
                "loop",
                hit_limit=True,
            ),
            color_of("saree", "green", "contradiction", kind="open"),
            color_of("saree", "pink"),
            made_of("saree", "cotton", "contradiction"),
        ),
        gender="Women",
        extra={"category": "Sarees", "color": "Pink", "title": "Pink & Green Floral Printed Pure Chiffon Saree"},
    ),
    # Photo: waist-down crop of a man in dark navy distressed jeans ripped at both knees, grey t-shirt hem.
    # Caption, wearing, details, closed color: base. Describe: caption adapter. Open color: VQA (loops on the
    # t-shirt's grey).
    Case(
        "b14-30",
        (
            caption("a man wearing ripped jeans and a grey shirt"),
            wearing(
                "a pair of jeans and a grey shirt and a pair of jeans and a grey shirt and a pair of jeans "
                "and a grey shirt and a pair of",
                "loop",
                hit_limit=True,
            ),
            details("jeans", "they are ripped at the knees"),
            describe(
                "jeans",
                "The trousers the gentleman wears is of long length. The trousers are with denim fabric and pure color "
                "patterns. The gentleman wears a short-sleeve T-shirt with",
                "cut",
                hit_limit=True,
            ),
            color_of("jeans", "blue"),
            color_open(
                "jeans",
                "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
                "grey grey grey grey grey grey grey grey grey grey grey grey grey",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Men",
    ),
    # Photo: woman in a peach kurta with gota patti work at the neck, peach trousers, peach dupatta with a gold
    # border. Caption, describe, yes/no: base. Wearing: VQA. Details: caption adapter ("dress", cut). Closed color:
    # VQA (the border's gold).
    Case(
        "b14-31",
        (
            caption("a woman in a peach colored kurta with a matching dupatta"),
            wearing(
                "dress Question: What is the color of the dress? Answer: pink Question: What is the color "
                "of the dress? "
                "Answer: pink",
                "leak",
                hit_limit=True,
            ),
            describe("kurta", "a peach kurta with gold work on the neck"),
            details(
                "kurta",
                "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
                "fabric. It has a "
                "v-shape neckline. The lady wears a scarf. There is",
                "contradiction",
                hit_limit=True,
            ),
            color_of("kurta", "gold", "contradiction"),
            is_a("kurta", "yes"),
        ),
        gender="Women",
        extra={
            "category": "Kurta Sets",
            "color": "Peach",
            "title": "Women Peach-Coloured Gotta Patti Kurta with Trousers & Dupatta",
        },
    ),
    # Photo: boy in a navy zip-up hoodie with white "BROOKLYN" lettering, zip, side pockets, grey track pants. No
    # catalog columns. Caption: caption adapter ("lady", stopped cleanly). Wearing, describe, details, closed color:
    # base. Open color: VQA.
    Case(
        "b14-32",
        (
            caption(
                "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton "
                "fabric. It has a "
                "hooded neckline. The trousers the lady wears is of long length.",
                "pronoun",
            ),
            wearing("a blue hoodie and grey pants", who="he"),
            describe("hoodie", "a blue hoodie with white letters on it"),
            details(
                "hoodie",
                "it says brooklyn on it and it has a zipper and pockets and a hood and it says brooklyn "
                "on it and it has a zipper and",
                "loop",
                hit_limit=True,
            ),
            color_of("hoodie", "navy blue"),
            color_of("hoodie", "grey", "other_garment_color", kind="open"),
        ),
        gender="Boys",
    ),
    # Photo: woman in a mint green short-sleeve crochet shrug over a black bodycon dress. Caption, wearing,
    # describe, closed color: base. Details: VQA. Open color: caption adapter (describes the dress, stopped).
    Case(
        "b14-33",
        (
            caption("a woman in a black dress with a green sweater"),
            wearing("a black dress", who="she"),
            describe("shrug", "a black shrug", "other_garment_color"),
            details(
                "shrug",
                "cardigan Question: What is the color of the cardigan? Answer: black Question: What is the color of "
                "the cardigan? Answer: black",
                "leak",
                hit_limit=True,
            ),
            color_of("shrug", "mint green"),
            color_of(
                "shrug",
                "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton "
                "fabric. It has a round neckline.",
                "non_answer",
                kind="open",
            ),
        ),
        gender="Women",
        extra={"category": "Shrug", "color": "Green", "title": "Women Green Self Design Crochet Shrug"},
    ),
    # Photo: close crop of a white linen shirt's mandarin collar and buttons; sleeves out of frame. Caption,
    # wearing, describe, material: base. Details: caption adapter (claims long sleeves). Open color: VQA.
    Case(
        "b14-34",
        (
            caption("a close up of a white shirt with buttons"),
            wearing("a white shirt"),
            describe("shirt", "white"),
            details(
                "shirt",
                "The shirt has long sleeves, linen fabric and pure color patterns. It has a stand neckline.",
                "unsupported",
            ),
            color_open(
                "shirt",
                "white white white white white white white white white white white white white white "
                "white white white white white white white white white white white white white white white",
                "loop",
                hit_limit=True,
            ),
            made_of("shirt", "cotton", "contradiction"),
        ),
        gender="Men",
        extra={"category": "Shirts", "color": "White", "title": "Men White Solid Linen Casual Shirt"},
    ),
    # Photo: flat-lay of light blue high-rise mom jeans on a pink backdrop. Caption, describe, open color: base.
    # Wearing: caption adapter. Details, closed color: VQA.
    Case(
        "b14-35",
        (
            caption("a pair of blue jeans on a pink background"),
            wearing(
                "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady "
                "wears a long trousers. The trousers are with denim fabric",
                "loop",
                hit_limit=True,
            ),
            describe("jeans", "a pair of jeans", "non_answer"),
            details(
                "jeans",
                "denim Question: What are the jeans details? Answer: denim Question: What are the jeans details? "
                "Answer: denim",
                "leak",
                hit_limit=True,
            ),
            color_of("jeans", "pink", "contradiction"),
            color_of("jeans", "blue", kind="open"),
        ),
        gender=None,
        extra={"category": "Jeans", "color": "Blue", "title": "Women Blue Mom Fit High-Rise Jeans"},
    ),
    # Photo: girl in a green silk kurta with gold embroidered border, matching green sharara, pink dupatta.
    # Caption, details, open color: base. Wearing: VQA. Describe: caption adapter. Closed color: reference value.
    Case(
        "b14-36",
        (
            caption("a little girl in a green and gold indian outfit"),
            wearing(
                "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
                "dress dress dress dress dress dress dress dress dress dress dress dress",
                "loop",
                hit_limit=True,
            ),
            describe(
                "kurta",
                "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
                "round neckline. The lady wears a long pants. The",
                "cut",
                hit_limit=True,
            ),
            details("kurta", "gold embroidery"),
            color_of("kurta", "pink", "other_garment_color", kind="open"),
            color_of("kurta", "green"),
        ),
        gender="Girls",
    ),
    # Photo: man in a white-and-navy evenly striped crew-neck t-shirt, short sleeves, khaki shorts. Caption,
    # wearing, details, closed color: base. Describe: caption adapter (stopped cleanly). Open color: VQA.
    Case(
        "b14-37",
        (
            caption("a woman in a striped shirt and khaki shorts", "pronoun"),
            wearing("a blue and white striped shirt", who="he"),
            describe(
                "t-shirt",
                "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with "
                "cotton fabric. It has a round neckline.",
            ),
            details("t-shirt", "stripes"),
            color_of("t-shirt", "navy"),
            color_open(
                "t-shirt",
                "striped striped striped striped striped striped striped striped striped striped "
                "striped striped striped striped striped",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Tshirts", "color": "White", "title": "Men White & Navy Blue Striped Round Neck T-shirt"},
    ),
    # Photo: woman in a black straight kurta with white chikankari embroidery, white palazzos. No catalog columns.
    # Caption: caption adapter ("gentleman", stopped cleanly). Describe: caption adapter. Wearing, details, kurta
    # color: base.
    # Palazzos: closed value from VQA, open from VQA (leak).
    Case(
        "b14-38",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
                "has a round neckline. The pants the gentleman wears is of long length.",
                "pronoun",
            ),
            wearing("a black kurta and white pants", who="she"),
            describe(
                "kurta",
                "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
                "fabric. It has a "
                "round neckline. The lady wears a long",
                "cut",
                hit_limit=True,
            ),
            details("kurta", "the kurta has embroidery on the front and sleeves"),
            color_of("kurta", "black and white", kind="open"),
            color_of("palazzos", "black", "contradiction"),
            color_open(
                "palazzos",
                "white Question: What is the color of the kurta? Answer: black Question: What is the color of the "
                "dupatta? Answer:",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="Women",
    ),
    # Photo: man in a plain maroon crew-neck sweatshirt with ribbed cuffs (no print or logo), blue jeans. Caption,
    # wearing, describe, open color: base. Details, closed color, yes/no: VQA.
    Case(
        "b14-39",
        (
            caption("a man wearing a red sweater and jeans"),
            wearing("a sweater"),
            describe("sweatshirt", "a maroon sweatshirt with a logo on the chest", "unsupported"),
            details(
                "sweatshirt",
                "sweatshirt Question: Is this a sweatshirt? Answer: yes Question: Is this a sweatshirt? Answer: yes "
                "Question: Is",
                "leak",
                hit_limit=True,
            ),
            color_of("sweatshirt", "blue", "contradiction"),
            color_of("sweatshirt", "burgundy", kind="open"),
            is_a(
                "sweatshirt",
                "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
                "yes yes yes yes yes yes yes yes yes",
                "loop",
                kind="open",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Sweatshirts", "color": "Maroon", "title": "Men Maroon Solid Sweatshirt"},
    ),
    # Photo: girl in a blue denim A-line skirt with buttons down the front, white t-shirt with a pink heart print.
    # No catalog columns. Caption, describe, open color, closed color: base. Wearing: VQA. Details: caption adapter.
    Case(
        "b14-40",
        (
            caption("a girl wearing a white shirt and a denim skirt"),
            wearing(
                "skirt Question: What is the color of the skirt? Answer: blue Question: What is the color of the "
                "skirt?",
                "leak",
                hit_limit=True,
            ),
            describe("skirt", "a blue skirt with buttons"),
            details(
                "skirt",
                "The skirt the lady wears is of medium length. The skirt is with denim fabric and pure color patterns. "
                "The lady wears a short-sleeve T-shirt with graphic patterns. The",
                "cut",
                hit_limit=True,
            ),
            color_of("skirt", "pink", "other_garment_color", kind="open"),
            color_of("skirt", "blue"),
        ),
        gender="Girls",
    ),
    # Photo: man in a short-sleeve camp-collar shirt with a green-and-yellow tropical leaf print on black (leaves
    # only, no birds), beige shorts. Caption, wearing, details, open color: base. Describe: VQA. Closed color: VQA.
    Case(
        "b14-41",
        (
            caption("a man in a black shirt with green leaves"),
            wearing("a hawaiian shirt", who="he"),
            describe(
                "shirt",
                "floral floral floral floral floral floral floral floral floral floral floral floral "
                "floral floral floral floral floral floral floral floral",
                "loop",
                hit_limit=True,
            ),
            details("shirt", "the shirt has a print of leaves and flowers and birds", "unsupported"),
            color_of("shirt", "beige", "contradiction"),
            color_of("shirt", "black with green leaves", kind="open"),
        ),
        gender="Men",
        extra={"category": "Shirts", "color": "Black", "title": "Men Black & Green Tropical Printed Casual Shirt"},
    ),
    # Photo: woman in a red sleeveless tiered maxi dress with a smocked bodice (no pockets visible), brown
    # sandals, no jewellery, white backdrop. Caption: VQA (leak). Wearing (invents a necklace), details, closed color,
    # yes/no: base. Describe: caption adapter (stopped cleanly). Open color: VQA.
    Case(
        "b14-42",
        (
            caption(
                "Question: What is the color of the dress? Answer: red Question: What is the color of the dress? "
                "Answer: red Question: What is the color",
                "leak",
                hit_limit=True,
            ),
            wearing("a red dress and a necklace", "unsupported"),
            describe(
                "dress",
                "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
                "fabric. It has a square neckline. The dress is of long length.",
            ),
            details("dress", "it has pockets", "unsupported"),
            color_of("dress", "red"),
            color_open(
                "dress", "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True
            ),
            is_a("dress", "yes"),
        ),
        gender="Women",
    ),
    # Photo: man in a mustard yellow silk-blend straight kurta, mandarin collar, white pyjama. Caption ("a woman"),
    # wearing, describe, details, colors, material: base.
    Case(
        "b14-43",
        (
            caption("a woman in a yellow kurta and white pants", "pronoun"),
            wearing("a yellow shirt and white pants", who="he"),
            describe("kurta", "a yellow kurta"),
            details("kurta", "the kurta is yellow and it is a kurta", "restated"),
            color_of("kurta", "white", "other_garment_color", kind="open"),
            color_of("kurta", "mustard"),
            made_of("kurta", "silk"),
        ),
        gender="Men",
        extra={"category": "Kurtas", "color": "Mustard", "title": "Men Mustard Yellow Solid Straight Kurta"},
    ),
]


def _one_answer_per_question(cases):
    """The documented layout has one answer per (sku, question_id): where the writer gave a question two answers (one
    stored closed, one kept as free text), the free-text one is the same question asked again under its own id."""
    import dataclasses as _dc
    from collections import Counter as _Counter

    out = []
    for c in cases:
        seen = _Counter(t.question_id for t in c.texts)
        texts = tuple(
            _dc.replace(t, question_id=t.question_id + "_open") if seen[t.question_id] > 1 and t.kind == "open" else t
            for t in c.texts
        )
        out.append(_dc.replace(c, texts=texts))
    return out


BLIND_14 = _one_answer_per_question(BLIND_14)
