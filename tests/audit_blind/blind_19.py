"""BLIND_19 (46 products; the original experiments re-run on an Indian marketplace's Myntra-style catalog, one
product per item, the experiments' own questionnaire ("What is the color of the shorts?", "What cloth is the
person wearing?", "Is this a kurta?"), the base model, both caption adapters, the VQA adapter and the extractive
QA over captions; Myntra columns for two thirds of the products): written blind in the twelfth session and
measured blind at de71a7a, the session's audits after blind-18: 96/137 and 31/135. The writer's notes, verbatim:

BLIND_19: a blind corpus of BLIP-2 outputs on an Indian fashion marketplace catalog (Myntra-style).

Scenario
--------
A re-run of the ORIGINAL EXPERIMENTS described in shared/CONTEXT.md, on Myntra-style "Fashion Product Images":
men's, women's and kids' western wear and some ethnic wear (t-shirts, shirts, jeans, trousers, track pants, shorts,
tops, dresses, kurtas, sweatshirts, jackets), one product per item, photographed on a model (often with other
garments of the outfit visible) on a plain studio background. The questionnaire is the experiments' own, asked with
the garment word that fits the product: "What is she/he wearing?", "What is the color of the <garment>?",
"What is the <garment> color?", "Describe the <garment>.", "What are the <garment> details?", and the VQA data's
"What cloth is the person wearing?" and "Is this a <garment>?".

Systems (named per Case in the comment above it)
------------------------------------------------
* BASE: untuned Salesforce/blip2-opt-2.7b. Short answers, mostly sensible; typical faults: one color repeated for
  every garment (the product gets the color of the jeans / top next to it), wrong pronoun, invented details
  (logos, pockets, hoods, embroidery that are not there), answers that only restate the question.
* CAP-E1 / CAP-E3: the caption adapter (epoch 1 / epoch 3). Returns the DeepFashion-MultiModal template caption for
  every prompt: pattern words ("pure color", "lattice", "striped", "graphic", "floral"), never a hue; "The lady"
  template on men; invented accessories ("an accessory on her wrist", "a hat"). No stop token was learned, so most
  texts run to the limit (30 new tokens for answers, 50 for captions) and loop or are cut mid-sentence. A minority
  end cleanly at a sentence boundary (the model emits padding, which decoding strips); those are hit_limit=False.
* VQA: the VQA adapter (1 epoch). In-shop class names as answers ("tee", "blouse", "denim", "pants", "dress"),
  loops ("red-red-red..."), prompt-format leaks ("... Question: ... Answer: ..."), answers about another garment of
  the outfit. Its captions are broken (class names, loops, leaks).
* EXP3: the third experiment: caption from the caption adapter, then each answer EXTRACTED from that caption by
  timpal0l/mdeberta-v3-base-squad2. Answers are substrings of the caption: they inherit its template words and its
  errors, can be empty, or are a span that does not answer the question. Color questions can never be answered
  (the caption has no hue).
* MIXED: per-question adapter choice (CONTEXT.md point 6): base for short questions, caption adapter for details.

How it was written
------------------
Blind. I read only shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (Text/Case, helpers, TARGETS keys).
I did not read the audits, the queries, the docs, other tests or any other corpus, and ran nothing but the import
check. The photos are imagined; the comment above each Case states what the photo shows, and every label is judged
against that comment and the catalog columns (Case.extra: Myntra articleType as `category`, baseColour as
`color`, productDisplayName as `title`; about a third of the products have no catalog columns).

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. Content faults (pronoun, contradiction, unsupported,
  other_garment_color, non_answer) win over `cut` when a text is both wrong and cut at the limit; a literal
  whole-unit repetition is labelled `loop` even when the looping text also fails to answer.
* hit_limit=True only for texts that ran to the token limit; such a text is always a failure. Failures with
  hit_limit=True may carry a label other than cut/loop (e.g. a template caption with an invented accessory).
* other_garment_color: the product is given the color of another garment visible in the photo (the jeans, the
  top, the tee under a jacket, the leggings). A wrong color that belongs to no garment (e.g. the background's pink)
  is `contradiction`.
* contradiction: a color, garment class, sleeve length, pattern or fabric that the photo and the seller columns (or
  the case's other texts) contradict; also an answer naming another garment of the outfit instead of the product
  (VQA "leggings" for "Describe the kurta.", "tee" for the jacket's cloth question).
* non_answer: empty, a pattern word or template sentence given for a color question ("pure color", "striped",
  "graphic", "floral" for a Multi print), an extracted span that does not answer.
* restated: the answer only gives the question's words back ("the jeans details are the jeans", "top").
* unsupported: invented details not visible (logos, pockets, hoods, rings, hats, wrist accessories, text prints).
* pronoun: "he"/"gentleman" for a woman or "she"/"lady" for a man (judged on the photo even where gender is None).
* Correct (failure None): near-hue synonyms of the seller color (navy -> dark blue / blue, maroon -> wine,
  off white -> white / cream, charcoal -> grey, mustard -> yellow, khaki -> beige, teal -> blue); two colors for a
  two-color garment; captions and answers that mention the background, the print, or the other garments of the
  outfit; DeepFashion template phrasings that are accurate ("lattice patterns" for a checked shirt, "three-point
  length" for shorts, "lapel neckline" for a shirt collar); VQA class names that fit ("tee", "blouse" for a
  woman's woven top, "denim" for jeans, "pants" for track pants); "dress" for an anarkali kurta in a base caption
  (flared, dress-like) but not for a straight men's kurta.
"""

from __future__ import annotations

from tests.audit_corpus import Case, Text, ask, caption, case, color_of, describe, details, wearing

__all__ = ["BLIND_19"]


def _qid(garment: str) -> str:
    return garment.replace(" ", "_").replace("-", "_")


def hue(garment: str, text: str, failure: str | None = None, kind: str = "closed", hit_limit: bool = False) -> Text:
    """ "What is the color of the <garment>?" (same question id as color_of) with hit_limit for long raw texts."""
    return Text(f"color_{_qid(garment)}", ask(f"What is the color of the {garment}?"), kind, text, failure, hit_limit)


def g_color(garment: str, text: str, failure: str | None = None, kind: str = "open", hit_limit: bool = False) -> Text:
    """The experiments' variant "What is the shirt color?"."""
    return Text(f"{_qid(garment)}_color", ask(f"What is the {garment} color?"), kind, text, failure, hit_limit)


def cloth(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The VQA data's garment-class question."""
    return Text("cloth", ask("What cloth is the person wearing?"), "open", text, failure, hit_limit)


def is_a(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The VQA data's yes/no question, asked with the product's garment word."""
    return Text(f"is_{_qid(garment)}", ask(f"Is this a {garment}?"), "open", text, failure, hit_limit)


def rep(unit: str, n: int, sep: str = "-") -> str:
    """A VQA-adapter loop: the unit repeated until the token limit."""
    return sep.join([unit] * n)


BLIND_19: list[Case] = [
    # Photo: man in a navy blue solid round-neck short-sleeve t-shirt, light-blue jeans, white sneakers, white
    # studio background. No logo, no pocket. BASE for every text.
    case(
        "MY-70112",
        caption("a man in a navy blue t-shirt and jeans standing in front of a white wall"),
        wearing("a blue t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "navy"),
        g_color("t-shirt", "dark blue"),
        describe("t-shirt", "it is a navy blue t-shirt with a round neck and a small logo on the chest", "unsupported"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # Photo: woman in a maroon straight calf-length kurta with a small golden butti print, three-quarter sleeves,
    # mandarin collar; cream churidar leggings; grey studio background. VQA adapter for every text.
    case(
        "MY-70139",
        caption(rep("dress", 25), "loop", hit_limit=True),
        wearing(
            "dress Question: What is the color of the dress? Answer: red Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        g_color("kurta", rep("red", 15), "loop", hit_limit=True),
        describe("kurta", "leggings", "contradiction"),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Biba Women Maroon Printed Straight Kurta",
    ),
    # Photo: man in an olive-green and black checked long-sleeve casual shirt, spread collar, one chest pocket,
    # dark blue jeans, white background. CAP-E3 for every text.
    case(
        "MY-70158",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        hue(
            "shirt",
            "the shirt has long sleeves, cotton fabric and lattice patterns. the neckline of it is "
            "lapel. the lower clothing",
            "non_answer",
            hit_limit=True,
        ),
        describe("shirt", "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline."),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. "
            "The shirt has long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel "
            "neckline. The lower clothing is of long",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Checked Casual Shirt",
    ),
    # Photo: woman in a white sleeveless round-neck woven top (plain, no lace, no bow), mid-blue skinny jeans,
    # light-grey background. BASE for every text.
    case(
        "MY-70177",
        caption("a woman wearing a white top and blue jeans"),
        wearing("she is wearing a white tank top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color"),
        g_color("top", "white"),
        describe("top", "a white sleeveless top with a round neck"),
        details("top", "it has lace on the shoulders and a bow at the back", "unsupported"),
        gender="Women",
        category="Tops",
        color="White",
        title="Vero Moda Women White Solid Sleeveless Top",
    ),
    # Photo: man in mid-blue slim-fit clean-look jeans, white round-neck short-sleeve t-shirt worn untucked, white
    # background. EXP3: caption by CAP-E1, answers extracted from it.
    case(
        "MY-70203",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        color_of("jeans", "pure color", "non_answer"),
        describe("jeans", "denim fabric and pure color patterns"),
        details("jeans", "a round neckline", "non_answer"),
        cloth("T-shirt"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Flying Machine Men Blue Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # Photo: man in black track pants with a white stripe down each side and elastic cuffs, a grey t-shirt over
    # the waist, white sneakers, white background. No pockets visible. MIXED: caption, wearing and details by
    # BASE; color, cloth, is_a and describe by the VQA adapter.
    case(
        "MY-70226",
        caption("a man wearing black track pants with white stripes on the side"),
        wearing("track pants and a grey t-shirt", who="he"),
        color_of("track pants", "black"),
        cloth("pants"),
        is_a("track pants", rep("yes", 15), "loop", hit_limit=True),
        details("track pants", "they have a drawstring waist and two zip pockets", "unsupported"),
        describe(
            "track pants",
            "Question: Describe the track pants. Answer: pants Question: What is the color of "
            "the pants? Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Track Pants",
    ),
    # Photo: woman in a sleeveless V-neck midi dress with a multicolour floral print (blue ground, pink and yellow
    # flowers), no jewellery, white background. No catalog columns. CAP-E1 for every text.
    case(
        "MY-70241",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "floral", "non_answer"),
        describe("dress", "The lady wears a sleeveless dress with floral patterns. It has a V-shape neckline."),
        details(
            "dress",
            "The dress is with cotton fabric. It has a V-shape neckline. The dress is of long length. The "
            "dress is with cotton fabric. It has a V",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Photo: man in a grey melange crew-neck long-sleeve sweatshirt (no hood, no pocket) with ribbed cuffs and hem,
    # black track pants, white background. BASE for every text.
    case(
        "MY-70265",
        caption("a man in a grey sweatshirt and black pants"),
        wearing("a grey sweatshirt", who="he"),
        color_of("sweatshirt", "grey"),
        describe("sweatshirt", "it is a grey sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        details("sweatshirt", "ribbed cuffs and hem"),
        is_a("sweatshirt", "yes"),
        g_color("sweatshirt", "gray and black", "other_garment_color"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
    ),
    # Photo: woman in black skinny jeans (the product), a white off-shoulder top, nude heels, white background.
    # No catalog columns. VQA adapter for every text.
    case(
        "MY-70288",
        caption(rep("denim", 25, " "), "loop", hit_limit=True),
        wearing("denim", who="she"),
        hue("jeans", "white", "other_garment_color", kind="open"),
        cloth("denim"),
        is_a("jeans", "yes"),
        details("jeans", "blouse", "contradiction"),
        g_color(
            "jeans",
            "black Question: What is the color of the jeans? Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Photo: man in an off-white knee-length straight kurta with tone-on-tone self-design jacquard, mandarin collar,
    # full sleeves, matching white churidar; beige backdrop. No gold work anywhere. BASE for every text.
    case(
        "MY-70302",
        caption("a man in a white kurta standing in front of a beige wall"),
        wearing("she is wearing a white kurta and pajama", "pronoun", who="he"),
        color_of("kurta", "white"),
        g_color("kurta", "cream"),
        describe("kurta", "it is a long white shirt with a mandarin collar"),
        details("kurta", "it has gold embroidery on the collar and buttons", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off White Self Design Straight Kurta",
    ),
    # Photo: man in khaki cotton chino shorts ending above the knee, a navy polo t-shirt, white background.
    # EXP3: caption by CAP-E3 (ended cleanly), answers extracted from it.
    case(
        "MY-70317",
        caption(
            "His polo shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His "
            "shorts are of three-point length. The shorts are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("polo shirt", who="he"),
        color_of("shorts", "pure color", "non_answer"),
        describe("shorts", "three-point length"),
        details("shorts", "cotton fabric and pure color patterns"),
        is_a("shorts", "His shorts are of three-point length", "non_answer"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Highlander Men Khaki Solid Slim Fit Chino Shorts",
    ),
    # Photo: woman in a pink short-sleeve round-neck t-shirt with a white slogan print on the chest, blue denim
    # shorts, no accessories, white background. CAP-E3 for every text.
    case(
        "MY-70333",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with denim fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        hue(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt "
            "is with cotton fabric and graphic",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "t-shirt", "Her T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline."
        ),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round "
            "neckline. There is an accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        g_color(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round "
            "neckline. The lady wears a shorts",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Pink",
        title="Tokyo Talkies Women Pink Printed Round Neck T-shirt",
    ),
    # Photo: man in a white-and-blue vertical-striped long-sleeve casual shirt, sleeves rolled up, one chest pocket,
    # beige chinos, white background. No catalog columns, gender unknown to the catalog. BASE for every text.
    case(
        "MY-70349",
        caption("a man wearing a blue and white striped shirt and khaki pants"),
        wearing("a striped shirt and khaki pants"),
        hue("shirt", "blue and white", kind="open"),
        g_color("shirt", "khaki", "other_garment_color"),
        describe("shirt", "it is a blue and white striped shirt with long sleeves rolled up"),
        details("shirt", "she is wearing a striped shirt with a pocket", "pronoun"),
    ),
    # Photo: man in a black bomber jacket with ribbed collar, cuffs and hem, worn open over a white t-shirt, blue
    # jeans, white background. VQA adapter for every text.
    case(
        "MY-70364",
        caption("a jacket"),
        wearing("jacket", who="he"),
        g_color("jacket", "white", "other_garment_color"),
        cloth("tee", "contradiction"),
        is_a(
            "jacket",
            "yes Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "jacket", "restated"),
        color_of("jacket", "black"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # Photo: woman in beige high-waisted straight-leg trousers, a black top tucked in, light-grey background.
    # BASE for every text.
    case(
        "MY-70380",
        caption("a woman in a black top and beige pants"),
        wearing("black top and beige trousers", who="she"),
        hue("pants", "black", "other_garment_color", kind="open"),
        describe("pants", "they are beige high waisted pants with a straight leg"),
        details("pants", "they are pants", "restated"),
        g_color("pants", "beige", kind="closed"),
        gender="Women",
        category="Trousers",
        color="Beige",
        title="AND Women Beige Regular Fit Solid Trousers",
    ),
    # Photo: man in a mustard-yellow polo t-shirt, short sleeves, two-button placket, small embroidered logo on the
    # chest; navy chinos; white background. MIXED: caption by CAP-E3, every answer by BASE.
    case(
        "MY-70396",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The person wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow polo shirt and blue pants", who="he"),
        color_of("t-shirt", "yellow"),
        describe("t-shirt", "yellow polo shirt with a logo on the chest"),
        details("t-shirt", "it has a collar and buttons"),
        g_color("t-shirt", "blue", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="U.S. Polo Assn. Men Mustard Yellow Solid Polo T-shirt",
    ),
    # Photo: girl in a yellow sleeveless fit-and-flare dress with white polka dots (no bow, no visible zip), white
    # background. No catalog columns. BASE for every text.
    case(
        "MY-70411",
        caption("a little girl in a yellow polka dot dress"),
        wearing("a yellow dress", who="she"),
        color_of("dress", "yellow"),
        describe("dress", "it is a yellow dress with white polka dots"),
        details("dress", "the dress has a bow at the waist and a zipper on the back", "unsupported"),
        gender="Girls",
    ),
    # Photo: boy in a red short-sleeve t-shirt with a large black-and-white superhero graphic on the front, black
    # shorts, white background. VQA adapter for every text.
    case(
        "MY-70427",
        caption(rep("graphic tee", 17, " "), "loop", hit_limit=True),
        wearing("graphic tee", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        cloth("tee"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "Question: Describe the t-shirt. Answer: graphic tee Question: What is the color of the "
            "graphic tee? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Kids Ville Boys Red Printed Round Neck T-shirt",
    ),
    # Photo: man in a white long-sleeve formal shirt with a spread collar, tucked into charcoal trousers with a black
    # belt, grey background. EXP3: caption by CAP-E1, answers extracted from it.
    case(
        "MY-70442",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "lapel. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is a belt",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer", who="he"),
        color_of("shirt", "", "non_answer"),
        describe("shirt", "long sleeves, cotton fabric and pure color patterns"),
        details("shirt", "The neckline of it is lapel"),
        cloth("The fabric is cotton", "non_answer"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
    ),
    # Photo: woman in a blue knee-length straight kurta with a white floral block print, three-quarter sleeves,
    # round neck; white palazzo pants; white background. CAP-E1 for every text.
    case(
        "MY-70458",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline.",
            who="she",
        ),
        hue(
            "kurta",
            "the upper clothing has medium sleeves, cotton fabric and floral patterns. it has a round "
            "neckline. the lower",
            "non_answer",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round "
            "neckline. The upper clothing has medium sleeves,",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "Her dress has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Printed Straight Kurta",
    ),
    # Photo: woman in grey melange jogger track pants with a drawstring waist and cuffed ankles, a black crop
    # t-shirt, white sneakers, white background. No catalog columns. BASE for every text.
    case(
        "MY-70473",
        caption("a woman wearing grey jogger pants and a black t-shirt"),
        wearing("he is wearing a black shirt and grey pants", "pronoun", who="she"),
        color_of("track pants", "grey"),
        g_color("track pants", "black", "other_garment_color"),
        describe("track pants", "grey joggers with a drawstring waist and elastic cuffs"),
        details("track pants", "they are track pants", "restated"),
        gender="Women",
    ),
    # Photo: man in black slim-fit clean-look jeans (no rips), a white crew-neck t-shirt, white background.
    # BASE for every text.
    case(
        "MY-70489",
        caption("a man in a white shirt and black jeans"),
        wearing("white t-shirt and black jeans", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        g_color("jeans", "black"),
        describe("jeans", "they are black skinny jeans with rips on the knees", "unsupported"),
        details("jeans", "she is wearing black slim fit jeans", "pronoun"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="HIGHLANDER Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: woman in a mustard-yellow peplum top with short flutter sleeves and a round neck, white wide-leg
    # trousers, white background. VQA adapter for every text.
    case(
        "MY-70504",
        caption(
            "Question: What cloth is the person wearing? Answer: blouse Question: What is the color of the blouse? "
            "Answer: yellow Question: Is this a blouse? Answer: yes Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("blouse", who="she"),
        hue("top", "yellow", kind="open"),
        cloth("pants", "contradiction"),
        is_a("top", "yes"),
        details("top", rep("yellow", 15), "loop", hit_limit=True),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Harpa Women Mustard Yellow Solid Peplum Top",
    ),
    # Photo: man in a maroon pullover hooded sweatshirt with a kangaroo pocket and white drawstrings, black joggers,
    # white background. CAP-E3 for every text.
    case(
        "MY-70520",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The neckline of the sweater is other shapes. The pants this lady wears is of long length.",
            "pronoun",
        ),
        wearing(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The neckline of the sweater is",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        hue(
            "sweatshirt",
            "this lady wears a long-sleeve sweater with pure color patterns. the sweater is with knitting fabric. the",
            "non_answer",
            hit_limit=True,
        ),
        describe(
            "sweatshirt",
            "The sweater has long sleeves, knitting fabric and pure color patterns. The sweater has "
            "long sleeves, knitting fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        details(
            "sweatshirt",
            "The sweater has long sleeves, knitting fabric and pure color patterns. The neckline of "
            "the sweater is other shapes.",
        ),
        cloth(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The neckline of",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Campus Sutra Men Maroon Solid Hooded Sweatshirt",
    ),
    # Photo: a man (torso and legs) in navy-blue cotton drawstring shorts with thin white piping, above the knee, a
    # grey short-sleeve round-neck t-shirt, white background. No catalog columns, no gender. EXP3: caption by
    # CAP-E3 (ended cleanly), answers extracted from it.
    case(
        "MY-70535",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. The person",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        hue("shorts", "pure color patterns", "non_answer", kind="open"),
        details("shorts", "cotton fabric and pure color patterns"),
        describe("shorts", "a shorts", "restated"),
    ),
    # Photo: man in a charcoal-grey long-sleeve formal shirt (no pocket, regular button cuffs), tucked into black
    # trousers, white background. BASE for every text.
    case(
        "MY-70551",
        caption("a man in a gray shirt and black pants posing for a photo"),
        wearing("a grey dress shirt and black pants", who="he"),
        color_of("shirt", "grey"),
        g_color("shirt", "dark grey"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "it has a pocket on the left side of the chest and french cuffs", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Shirt",
    ),
    # Photo: woman in light-blue denim shorts with a frayed hem, a white tank top, white background. No catalog
    # columns. VQA adapter for every text.
    case(
        "MY-70566",
        caption("shorts"),
        wearing("shorts", who="she"),
        hue("shorts", "white", "other_garment_color", kind="open"),
        cloth("denim"),
        is_a("shorts", "no", "contradiction"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: denim Question: What is the color of the "
            "denim? Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Photo: man in khaki slim chinos, a light-blue oxford shirt tucked in, brown belt, brown shoes, no watch or
    # bracelet, white background. MIXED: caption, wearing and colors by BASE; describe and details by CAP-E1.
    case(
        "MY-70582",
        caption("a man in a blue shirt and khaki pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "beige"),
        describe(
            "pants",
            "His pants are of long length. The pants are with cotton fabric and pure color patterns. "
            "There is a belt in his clothing.",
        ),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. There is a belt in his clothing. The",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Arrow Sport Men Khaki Slim Fit Solid Chinos",
    ),
    # Photo: woman in a lavender (light purple) crew-neck sweatshirt with a small white logo patch (no lettering)
    # on the chest, light-blue jeans, light-pink studio background. No catalog columns. BASE for every text.
    case(
        "MY-70597",
        caption("a woman in a purple sweatshirt standing against a pink background"),
        wearing("a purple sweatshirt and jeans", who="she"),
        color_of("sweatshirt", "pink", "contradiction"),
        describe("sweatshirt", "a lavender sweatshirt with a small white patch on the front"),
        details("sweatshirt", "it has the word california written on the front in white letters", "unsupported"),
        is_a("sweatshirt", "yes"),
        gender="Women",
    ),
    # Photo: man in a white short-sleeve round-neck t-shirt with navy horizontal stripes, blue jeans, white
    # background. CAP-E1 for every text.
    case(
        "MY-70613",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "striped", "non_answer"),
        describe(
            "t-shirt", "The T-shirt has short sleeves, cotton fabric and striped patterns. It has a round neckline."
        ),
        details(
            "t-shirt",
            "The T-shirt has long sleeves, cotton fabric and striped patterns. It has a round neckline. "
            "The pants are of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Roadster Men White & Navy Blue Striped Round Neck T-shirt",
    ),
    # Photo: woman in a black sleeveless knee-length bodycon dress with a square neck, black heels, no jewellery,
    # white background. EXP3: caption by CAP-E3, answers extracted from it.
    case(
        "MY-70628",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of knee length. The lady wears a ring on her finger. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress", who="she"),
        color_of("dress", "pure color", "non_answer"),
        describe("dress", "sleeveless dress with pure color patterns"),
        details("dress", "a ring on her finger", "unsupported"),
        cloth("dress"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
    ),
    # Photo: man in an olive-green utility jacket (zip front, two chest flap pockets, stand collar, no hood) over a
    # white t-shirt, black jeans, white background. No catalog columns. BASE for every text.
    case(
        "MY-70644",
        caption("a man wearing an olive green jacket and black jeans"),
        wearing("a green jacket, white shirt and black jeans", who="he"),
        color_of("jacket", "green"),
        describe("jacket", "it is a green military jacket with pockets"),
        details("jacket", "it has a fur lined hood and a zipper", "unsupported"),
        g_color("jacket", "black", "other_garment_color"),
        gender="Men",
    ),
    # Photo: man in navy-blue solid track pants with an elastic waist, a white t-shirt, white background.
    # VQA adapter for every text.
    case(
        "MY-70659",
        caption("pants"),
        wearing(
            "pants Question: What is the color of the pants? Answer: blue Question: What is the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("track pants", "blue"),
        cloth("pants"),
        is_a("track pants", "yes"),
        details("track pants", rep("pants", 15), "loop", hit_limit=True),
        g_color("track pants", "black", "contradiction"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Proline Active Men Navy Blue Solid Track Pants",
    ),
    # Photo: woman in a green flared anarkali kurta with a mustard-yellow printed yoke and hem border, full sleeves,
    # no mirror work or tassels; mustard leggings; white background. BASE for every text.
    case(
        "MY-70675",
        caption("a woman in a green and yellow dress standing in front of a white background"),
        wearing("a green and yellow anarkali", who="she"),
        color_of("kurta", "green"),
        describe("kurta", "it is a long green kurta with a yellow border"),
        details("kurta", "it has mirror work on the yoke and tassels on the sleeves", "unsupported"),
        g_color("kurta", "mustard", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="W Women Green & Mustard Yellow Printed Anarkali Kurta",
    ),
    # Photo: man in grey melange cotton-knit drawstring shorts, above the knee, a black round-neck t-shirt, white
    # background. No catalog columns. CAP-E3 for every text.
    case(
        "MY-70690",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. "
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. "
            "The lower clothing is of three",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shorts", "pure color", "non_answer"),
        describe(
            "shorts",
            "The shorts are of three-point length. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        details(
            "shorts",
            "The lower clothing is of three-point length. The fabric is cotton. The lower clothing is of "
            "three-point length. The fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: woman in a black oversized drop-shoulder t-shirt with a large white graphic print on the front, short
    # sleeves, light-blue jeans, white background. EXP3: caption by CAP-E1 (ended cleanly), answers extracted.
    case(
        "MY-70706",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        color_of("t-shirt", "graphic", "non_answer"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "cotton fabric"),
        g_color("t-shirt", "The pants are with denim fabric", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="DILLINGER Women Black Printed Oversized T-shirt",
    ),
    # Photo: woman in a red top with ruffled short sleeves, black trousers, white background. No catalog columns,
    # no gender. VQA adapter for every text.
    case(
        "MY-70721",
        caption(rep("blouse", 25, " "), "loop", hit_limit=True),
        wearing("blouse"),
        hue("top", "black", "other_garment_color", kind="open"),
        cloth("blouse"),
        is_a("top", "yes"),
        describe("top", "top", "restated"),
        details(
            "top",
            "Question: What are the top details? Answer: blouse Question: Is this a blouse? Answer: yes",
            "leak",
            hit_limit=True,
        ),
    ),
    # Photo: man in a mid-blue denim shirt with long sleeves, two flap chest pockets and snap buttons, black jeans,
    # white background. BASE for every text.
    case(
        "MY-70737",
        caption("a man wearing a denim shirt and black jeans"),
        wearing("a denim shirt", who="he"),
        color_of("shirt", "black", "other_garment_color"),
        g_color("shirt", "blue"),
        describe("shirt", "it is a blue denim shirt with two pockets on the chest"),
        details("shirt", "she is wearing a denim shirt", "pronoun"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="WROGN Men Blue Slim Fit Denim Casual Shirt",
    ),
    # Photo: woman in dark navy skinny jeans, a white long-sleeve shirt tucked in, white background. CAP-E1 for
    # every text.
    case(
        "MY-70752",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            who="she",
        ),
        hue(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and "
            "pure color patterns. The pants are",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("jeans", "The pants are of long length. The pants are with denim fabric and pure color patterns."),
        details(
            "jeans",
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. "
            "The upper clothing has long sleeves, cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Navy Blue",
        title="Kraus Jeans Women Navy Blue Skinny Fit Jeans",
    ),
    # Photo: man in a mustard-yellow knee-length straight kurta with a mandarin collar and full sleeves, white
    # pyjama, beige backdrop. VQA adapter for every text.
    case(
        "MY-70768",
        caption("dress", "contradiction"),
        wearing(rep("dress", 15), "loop", who="he", hit_limit=True),
        color_of("kurta", "yellow"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: yellow Question: What is the color of the "
            "pants? Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Mustard",
        title="Manyavar Men Mustard Yellow Solid Straight Kurta",
    ),
    # Photo: woman in a teal-blue solid long-sleeve wrap midi dress tied at the waist, white background. No catalog
    # columns. BASE for every text.
    case(
        "MY-70783",
        caption("a woman in a teal wrap dress posing for a picture"),
        wearing("he is wearing a teal dress", "pronoun", who="she"),
        color_of("dress", "blue"),
        describe("dress", "a long sleeve wrap dress that ties at the waist"),
        details("dress", "the dress details are a dress", "restated"),
        gender="Women",
    ),
    # Photo: man in a navy-blue crew-neck long-sleeve sweatshirt with a white "JJ" print on the chest, blue jeans,
    # white background. EXP3: caption by CAP-E3, answers extracted from it.
    case(
        "MY-70799",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", who="he"),
        color_of("sweatshirt", "", "non_answer"),
        describe("sweatshirt", "The lady", "non_answer"),
        details("sweatshirt", "cotton fabric. It has a round neckline"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Jack & Jones Men Navy Blue Printed Sweatshirt",
    ),
    # Photo: woman in black slim track pants with a small white logo on the left thigh, a pink racerback tank top,
    # white background. BASE for every text.
    case(
        "MY-70814",
        caption("a woman in a pink top and black pants"),
        wearing("a pink tank top and black track pants", who="she"),
        color_of("track pants", "pink", "other_garment_color"),
        describe("track pants", "they are black with a white puma logo on the left thigh"),
        details("track pants", "the track pants details are track pants", "restated"),
        g_color("track pants", "black"),
        gender="Women",
        category="Track Pants",
        color="Black",
        title="Puma Women Black Solid Track Pants",
    ),
    # Photo: man in a white short-sleeve round-neck t-shirt with a multicolour graphic print, blue denim shorts, no
    # hat, white background. No catalog columns. CAP-E3 for every text.
    case(
        "MY-70830",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a shorts. The shorts are with denim fabric and pure "
            "color patterns."
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The "
            "gentleman wears a shorts.",
            who="he",
        ),
        hue(
            "t-shirt",
            "the t-shirt is with cotton fabric and graphic patterns. it has a round neckline. the gentleman wears a",
            "non_answer",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round "
            "neckline. His T-shirt has short sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round "
            "neckline. There is a hat on his head. The",
            "unsupported",
            hit_limit=True,
        ),
        cloth(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: man in a navy-and-white small-checked SHORT-sleeve casual shirt with a spread collar, grey chinos, white
    # background. EXP3: caption by CAP-E1 (wrong sleeves and pattern), answers extracted from it.
    case(
        "MY-70845",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="he"),
        color_of("shirt", "pure color", "non_answer"),
        describe("shirt", "long-sleeve shirt", "contradiction"),
        details("shirt", "cotton fabric. It has a lapel neckline"),
        cloth("shirt"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Highlander Men Navy Blue & White Slim Fit Checked Casual Shirt",
    ),
    # Photo: woman in a light sky-blue long-sleeve solid casual shirt, buttoned, curved hem worn untucked over black
    # skinny jeans, white background. No white garment anywhere. MIXED: caption, wearing and colors by BASE;
    # describe and details by CAP-E1.
    case(
        "MY-70877",
        caption("a woman in a light blue shirt and black jeans"),
        wearing("a white shirt and black pants", "contradiction", who="she"),
        color_of("shirt", "white", "contradiction"),
        g_color("shirt", "light blue"),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "lapel. The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="HERE&NOW Women Blue Solid Casual Shirt",
    ),
]
