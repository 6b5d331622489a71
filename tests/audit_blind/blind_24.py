"""BLIND_24 (44 products; the original experiments' base model and adapters re-run on an Indian marketplace's
Myntra-style catalog, men's and women's western and ethnic wear, the experiments' own questionnaire with closed
answers kept as generated, Myntra columns for about half the products): written blind in the thirteenth session
and measured blind at 9b532ee: 113/139 and 3/131. The writer passed the catalog columns as `extra={...}`, which
`case()` would nest; they are passed as keyword arguments here, unchanged. The writer's notes, verbatim:

BLIND_24: realistic BLIP-2 outputs on an Indian fashion marketplace's product photos (Myntra style).

Scenario
--------
The original experiments' base model (Salesforce/blip2-opt-2.7b, 8-bit) and their LoRA adapters re-run, through
enrich, over a Myntra-style catalog: men's and women's, western and ethnic wear, one product per item. T-shirts,
shirts, tops, kurtas, kurtis, dresses, jeans, trousers, track pants, shorts, leggings, sweatshirts, jackets, one
saree. Most photos are on-model studio shots on white or light grey, where the model also wears other garments
(jeans under a top, a t-shirt under an open shirt, leggings or churidar under a kurta); a few are packshots /
flat-lays (gender None). About half the products carry catalog columns (`category` = Myntra articleType, `color` =
baseColour, `title` = productDisplayName); the rest carry {}.

Which system produced which text
--------------------------------
* captions: either the untuned base model (short sentences: "a man in a black t-shirt and light blue jeans") or
  the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption): DeepFashion-MultiModal template sentences,
  pattern words ("pure color", "lattice", "stripe", "floral", "graphic") and never a hue; it was never taught to
  stop, so it usually runs to the 50-token limit, restarting the template (loop) or cut mid-sentence. The comment
  above each Case says which one wrote the caption.
* closed questions (garment type, color, color of a named garment, pattern, sleeve length, "Is this a ...?",
  "What cloth is the person wearing?", "What is the shirt color?"): the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA)
  through the reference engine; the text is the raw generation, before any mapping to a vocabulary value. It
  answers with In-shop class names (tee, blouse, denim, pants, jacket...), loops ("grey-grey-grey..."), leaks the
  `Question: ... Answer:` format, and often answers about another layer of the outfit.
* open questions (what is the person wearing, describe, details, material): mostly the untuned base model (30 new
  tokens max, usually short); where a comment says so, the caption adapter, which returns its caption template
  for any prompt and runs to the limit.

How it was written
------------------
Blind. I read only ../shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (the Text/Case layout, the
helpers and the TARGETS keys). I did not read the audits, the queries, the docs, the other tests or any other
corpus (a directory listing of /work/bench/s13 showed other files' names; none was opened), and ran nothing
but the import/count check. The texts are written by hand from what CONTEXT.md reports
BLIP-2 and the adapters do, and from how OPT-2.7b BLIP-2 phrases answers.

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. failure=None means the text is correct for the photo
  described in the comment above the Case (the truth) and for the catalog columns.
* hit_limit=True only where the text ran to the limit (30 new tokens for answers, 50 for captions); never on a
  correct text. Correct caption-adapter captions are the rare ones that stopped early.
* loop: the text repeats a word, phrase or the whole template until the limit (takes precedence over cut and over
  whatever is wrong inside the repeated part). cut: ran to the limit and stops mid-sentence without repeating.
* leak: the answer continues into the prompt format ("Question: ... Answer:"), even when the first word is right.
* contradiction: a color, garment type, pattern or sleeve length that the photo, the other texts or the seller
  columns contradict. A CLOSED answer that gives the product another layer's color or class (the jeans' blue for
  the t-shirt, "tee" for a shirt worn open over a tee) is labelled contradiction; a kurta/kurti/saree called
  "dress" / "blouse" / "shirt" by a closed question is a contradiction of the catalog category and the photo.
  The one open text with that fault (MY-24040's base caption "a woman in a long black dress" for an Anarkali
  kurta, category Kurtas) is labelled contradiction too. The caption adapter's template calls kurtas "dress" or
  "shirt" (DeepFashion has no kurta class); inside a looping or cut text that is not labelled separately.
* other_garment_color: an OPEN text (caption, wearing, describe, details) that gives the product the color of
  another garment visible in the photo. A color that belongs to nothing in the photo is a contradiction instead.
* unsupported: an invented detail (pocket, zip, hood, tie, sequins, belt, drawstring...) or an invented material
  that the photo/title does not show.
* non_answer: empty, or nothing beyond the garment word ("they are jeans", "it is a kurta").
  restated: the answer restates the question itself ("the details of the shirt are the shirt details").
* pronoun: the person's gender wrong ("a man" / "he" / "The gentleman" for a woman's product, "she" for a boy).
* Near-hue synonyms are correct (Navy Blue ~ navy / dark blue / blue; Off White ~ white / cream; Charcoal ~ grey /
  dark grey; Mustard ~ yellow; Olive ~ green; Maroon ~ burgundy / red; Teal ~ blue; Lavender ~ purple). Two-color
  answers for two-color garments are correct; a background or another garment mentioned with the right colors is
  correct. A short answer that does carry information ("black leggings" for describe) is correct.
* Leaks and loops from the VQA adapter carry hit_limit=True when they run to 30 tokens; a short leak that stopped
  ("black Question: What is the color of the drawstring? Answer: white") does not.
* A caption-adapter text answering an open question is cut at 30 tokens (the answer limit), not 50.
* Packshots (gender None) are never given a pronoun label; "What is the person wearing?" on a packshot answered
  with the product ("a pair of navy shorts") is correct.
* In-shop class names are correct where they fit (denim for jeans, tee for a t-shirt, pants for trousers and track
  pants, sweatshirt for a hoodie, polo shirt for a polo).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS, Case, Text, ask, caption, case, describe, details, wearing

kind_of = BLIND_QUESTIONS.garment_type
hue = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
made_of = BLIND_QUESTIONS.material


def _closed(qid: str, question: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text(qid, ask(question), "closed", text, failure, hit_limit)


def color_q(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The experiments' "What is the color of the <garment>?" through the reference engine."""
    return _closed(
        f"color_{garment.replace(' ', '_')}", f"What is the color of the {garment}?", text, failure, hit_limit
    )


def garment_color(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The experiments' other phrasing: "What is the shirt color?"."""
    return _closed(f"{garment.replace(' ', '_')}_color", f"What is the {garment} color?", text, failure, hit_limit)


def is_a(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _closed(
        f"is_{garment.replace(' ', '_').replace('-', '_')}", f"Is this a {garment}?", text, failure, hit_limit
    )


def cloth(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _closed("cloth", "What cloth is the person wearing?", text, failure, hit_limit)


BLIND_24: list[Case] = [
    # MY-24001 (Men, on-model, white background): white round-neck short-sleeve cotton t-shirt with a small black
    # logo print on the left chest, worn with mid-blue jeans. Caption: base model. Details: caption adapter (cut at
    # the 30-token answer limit).
    case(
        "MY-24001",
        caption("a man wearing a white t-shirt and blue jeans"),
        wearing("a white t-shirt and jeans"),
        describe("t-shirt", "a white t-shirt with a small black logo on the chest"),
        details(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        color_q(
            "t-shirt",
            "white Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            True,
        ),
        color_q("jeans", "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", True),
        gender="Men",
        **{
            "category": "Tshirts",
            "color": "White",
            "title": "HRX by Hrithik Roshan Men White Brand Logo Printed Round Neck T-shirt",
        },
    ),
    # MY-24002 (Women, on-model, light grey background): mustard-yellow sleeveless ribbed knit tank top (cotton
    # blend), worn with white wide-leg trousers. Caption: caption adapter (restarts its template). Details: caption
    # adapter (cut).
    case(
        "MY-24002",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is with cotton "
            "fabric "
            "and its neckline is round. The trousers are with cotton fabric and pure color patterns. The lady wears a "
            "tank top with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow top and white pants"),
        hue("white", "contradiction"),
        color_q("top", "yellow"),
        describe("top", "a mustard yellow tank top with a ribbed texture"),
        details(
            "top",
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is with cotton "
            "fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        made_of("what material is the garment made of", "restated"),
        gender="Women",
    ),
    # MY-24003 (Women, on-model, white background): teal-blue straight cotton kurta, white floral block print all
    # over, round neck, three-quarter sleeves, side slits, worn with white leggings. Caption: base model. Describe:
    # caption adapter (cut).
    case(
        "MY-24003",
        caption("a woman in a blue floral kurta and white leggings"),
        wearing("he is wearing a blue kurta and white leggings", "pronoun"),
        kind_of("dress", "contradiction"),
        color_q("kurta", "blue"),
        pattern("floral"),
        describe(
            "kurta",
            "The lady wears a long-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a floral print all over and three quarter sleeves"),
        gender="Women",
        **{
            "category": "Kurtas",
            "color": "Teal",
            "title": "Anouk Women Teal Blue & White Floral Printed Straight Kurta",
        },
    ),
    # MY-24004 (Men, on-model, white background): navy-blue and white checked slim-fit casual shirt, full sleeves,
    # spread collar, no pocket, worn with beige chinos. Caption: caption adapter (stopped early).
    case(
        "MY-24004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue and white checkered shirt"),
        color_q("shirt", "navy"),
        color_q(
            "pants",
            "beige Question: What is the color of the shirt? Answer: navy Question: What is the color of the pants? "
            "Answer: beige Question:",
            "leak",
            True,
        ),
        describe("shirt", "a blue plaid shirt with a pocket on the chest and a button down collar", "unsupported"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        gender="Men",
        **{
            "category": "Shirts",
            "color": "Navy Blue",
            "title": "Roadster Men Navy Blue & White Slim Fit Checked Casual Shirt",
        },
    ),
    # MY-24005 (packshot, flat-lay on white): black joggers, white drawstring, two side pockets, ribbed ankle cuffs,
    # no stripes. Caption: base model. Details: caption adapter.
    case(
        "MY-24005",
        caption("a pair of black sweatpants on a white background"),
        kind_of("pants"),
        hue("black Question: What is the color of the drawstring? Answer: white", "leak"),
        describe(
            "track pants", "black track pants with a white drawstring and a white stripe down the side", "unsupported"
        ),
        details(
            "track pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        gender=None,
    ),
    # MY-24006 (Women, on-model, white background): maroon wrap midi dress with a small pink-and-white floral print,
    # V-neck, short flutter sleeves, tie at the waist (no belt, no zip), white sneakers. Caption: caption adapter.
    case(
        "MY-24006",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a short-sleeve dress with floral "
            "patterns. The dress is with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a red floral dress and white shoes"),
        color_q("dress", "maroon"),
        sleeve_length("short-sleeve"),
        details("dress", "the dress has a v-neck and a belt at the waist and a zip at the back", "unsupported"),
        gender="Women",
    ),
    # MY-24007 (Men, on-model, white background): light-blue faded slim-fit mid-rise jeans, worn with a black
    # crew-neck t-shirt. Caption: base model. Describe: caption adapter (restarts within the 30 tokens).
    case(
        "MY-24007",
        caption("a man in a black t-shirt and light blue jeans"),
        wearing("he is wearing a black t - shirt and jeans", who="he"),
        color_q("jeans", "black", "contradiction"),
        color_q("t-shirt", "black"),
        details("jeans", "they are jeans", "non_answer"),
        describe(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are with "
            "denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        **{
            "category": "Jeans",
            "color": "Blue",
            "title": "Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        },
    ),
    # MY-24008 (Women, on-model, light grey background): short mustard-yellow cotton kurti with white thread
    # embroidery at the neckline, three-quarter sleeves, worn with blue jeans. Caption: base model. Details:
    # caption adapter (cut).
    case(
        "MY-24008",
        caption("a man wearing a yellow shirt and jeans", "pronoun"),
        wearing("a yellow kurti with blue jeans"),
        kind_of("blouse", "contradiction"),
        hue("yellow"),
        describe("kurti", "it's a yellow top with white embroidery around the neck"),
        details(
            "kurti",
            "The lady wears a long-sleeve blouse with pure color patterns and a long pants. The blouse is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        **{"category": "Kurtis", "color": "Mustard", "title": "Sangria Women Mustard Yellow Embroidered Kurti"},
    ),
    # MY-24009 (Men, on-model, white background): grey-melange pullover hoodie (no zip) with a black "BRONX" text
    # print on the chest and a kangaroo pocket, worn with black track pants. Caption: caption adapter (stopped).
    case(
        "MY-24009",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey hoodie and black pants"),
        color_q("hoodie", "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey", "loop", True),
        color_q(
            "pants",
            "black Question: What is the color of the hoodie? Answer: grey Question: What is the color of the",
            "leak",
            True,
        ),
        describe("hoodie", "a grey hoodie with the word bronx on it"),
        details("hoodie", "the hoodie has a hood and a zipper on the front", "unsupported"),
        gender="Men",
    ),
    # MY-24010 (packshot, flat on white): plain white cotton men's kurta, mandarin collar, full sleeves, half button
    # placket, plain cuffs. Caption: base model.
    case(
        "MY-24010",
        caption("a white kurta on a white background"),
        kind_of(
            "shirt Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a",
            "leak",
            True,
        ),
        hue("white"),
        describe("kurta", "a white kurta with a mandarin collar"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket at the front, and the sleeves are long with a "
            "cuff at "
            "the end and the",
            "cut",
            hit_limit=True,
        ),
        made_of("it is made of the garment", "non_answer"),
        gender=None,
    ),
    # MY-24011 (Women, on-model, white background): black high-rise skinny jeans, worn with a white cropped t-shirt.
    # Caption: base model.
    case(
        "MY-24011",
        caption("a woman in a white top and black jeans"),
        wearing("she is wearing black jeans and a white crop top", who="she"),
        color_q("jeans", "white", "contradiction"),
        color_q("top", "white"),
        details("jeans", "the jeans are jeans", "non_answer"),
        describe("jeans", "the jeans are white and skinny with a high waist", "other_garment_color"),
        gender="Women",
        **{
            "category": "Jeans",
            "color": "Black",
            "title": "DOLCE CRUDO Women Black Skinny Fit High-Rise Jeans",
        },
    ),
    # MY-24012 (Men, on-model, white background): white solid formal shirt, full sleeves, buttoned cuffs, worn under
    # an open navy blazer and tucked into grey trousers; no tie. Caption: base model.
    case(
        "MY-24012",
        caption("a man in a blue suit and white shirt"),
        wearing("a suit and tie", "unsupported"),
        color_q("shirt", "navy", "contradiction"),
        describe("shirt", "a white shirt with a collar and buttons down the front"),
        details(
            "shirt",
            "the shirt has a collar, a button down front, long sleeves with buttoned cuffs, and it is tucked into a "
            "pair of grey trousers with a",
            "cut",
            hit_limit=True,
        ),
        kind_of("jacket", "contradiction"),
        gender="Men",
        **{"category": "Shirts", "color": "White", "title": "Van Heusen Men White Slim Fit Solid Formal Shirt"},
    ),
    # MY-24013 (Women, on-model, white background): black ankle-length leggings, worn under a long olive-green
    # kurta. Caption: caption adapter (restarts its template). Details: caption adapter (cut).
    case(
        "MY-24013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a green kurta and black leggings"),
        color_q("leggings", "green", "contradiction"),
        color_q("kurta", "olive"),
        describe("leggings", "green leggings", "other_garment_color"),
        details(
            "leggings",
            "The lady wears a long-sleeve dress with pure color patterns and a long leggings. The leggings are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        kind_of("leggings"),
        gender="Women",
        **{"category": "Leggings", "color": "Black", "title": "Go Colors Women Black Solid Ankle-Length Leggings"},
    ),
    # MY-24014 (Men, on-model, white background): olive-green short-sleeve cotton polo t-shirt with white tipping on
    # the collar, worn with khaki chino shorts. Caption: caption adapter (cut).
    case(
        "MY-24014",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a shorts. The polo shirt is "
            "with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns. "
            "The shorts are of three-point",
            "cut",
            hit_limit=True,
        ),
        wearing("a green polo shirt and khaki shorts"),
        color_q("shirt", "olive"),
        describe("polo shirt", "a khaki polo shirt with a white collar", "other_garment_color"),
        details("polo shirt", "it has a collar with a white stripe on the edge"),
        cloth(
            "polo shirt Question: What is the color of the polo shirt? Answer: olive Question: What is the",
            "leak",
            True,
        ),
        gender="Men",
    ),
    # MY-24015 (Women, on-model, light grey background): black sleeveless bodycon mini dress, plain, no lace, black
    # heels. Caption: base model.
    case(
        "MY-24015",
        caption("a woman in a black dress standing in front of a grey wall"),
        wearing("a black dress"),
        color_q(
            "dress",
            "black Question: What is the color of the dress? Answer: black Question: What is the color of the dress? "
            "Answer: black",
            "leak",
            True,
        ),
        describe(
            "dress",
            "the dress is a black dress with a black dress with a black dress with a black dress with a black dress "
            "with a black",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("sleeveless"),
        details("dress", "the dress has lace on the sleeves", "unsupported"),
        gender="Women",
        **{"category": "Dresses", "color": "Black", "title": "Tokyo Talkies Women Black Solid Bodycon Mini Dress"},
    ),
    # MY-24016 (Men, on-model, white background): maroon silk-blend straight kurta with a self-coloured woven
    # jacquard design, mandarin collar, full sleeves, worn with a white churidar. Caption: base model. Details:
    # caption adapter.
    case(
        "MY-24016",
        caption("a man in a red kurta and white pants"),
        wearing("a maroon kurta and white pyjamas"),
        kind_of("shirt", "contradiction"),
        color_q("kurta", "burgundy"),
        describe("kurta", "a white kurta with a mandarin collar", "other_garment_color"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. The "
            "gentleman wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        **{"category": "Kurtas", "color": "Maroon", "title": "Manyavar Men Maroon Woven Design Straight Kurta"},
    ),
    # MY-24017 (Girls, on-model, white background): pink-and-white striped cotton A-line dress, short sleeves, no
    # bow, on a young girl. Caption: base model.
    case(
        "MY-24017",
        caption("a little girl in a pink and white striped dress"),
        wearing("he is wearing a striped dress", "pronoun"),
        color_q("dress", "pink"),
        pattern("stripe"),
        describe("dress", "a pink dress with white stripes and a bow at the waist", "unsupported"),
        details("dress", "the details of the dress are what the dress looks like", "restated"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes "
            "yes yes yes",
            "loop",
            True,
        ),
        gender="Girls",
    ),
    # MY-24018 (Men, on-model, white background): charcoal-grey slim-fit formal trousers, worn with a light-blue
    # formal shirt tucked in and a black belt. Caption: base model. Details: caption adapter (cut).
    case(
        "MY-24018",
        caption("a man wearing a blue shirt and grey pants"),
        wearing("a blue shirt tucked into grey trousers"),
        color_q("pants", "blue", "contradiction"),
        color_q("shirt", "light blue"),
        describe("trousers", "the trousers are blue", "other_garment_color"),
        details(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        **{
            "category": "Trousers",
            "color": "Charcoal",
            "title": "Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        },
    ),
    # MY-24019 (Women, on-model, white background): off-white top with black polka dots, short puff sleeves, square
    # neck, worn with blue denim shorts. Caption: base model. Wearing: caption adapter (cut).
    case(
        "MY-24019",
        caption("a woman in a white polka dot top and denim shorts"),
        wearing(
            "The lady wears a short-sleeve blouse with graphic patterns and a shorts. The blouse is with cotton fabric "
            "and its neckline is square. The",
            "cut",
            hit_limit=True,
        ),
        color_q("top", "blue", "contradiction"),
        pattern("polka dot"),
        describe("top", "a white top with black polka dots and puffy sleeves"),
        details("top", "the top is blue with white polka dots", "other_garment_color"),
        gender="Women",
        **{
            "category": "Tops",
            "color": "Off White",
            "title": "SASSAFRAS Women Off-White & Black Polka Dot Print Puff Sleeve Top",
        },
    ),
    # MY-24020 (packshot, flat-lay on light grey): navy-blue crew-neck sweatshirt (no hood) with a white "NEW YORK
    # 1987" print on the chest. Caption: base model. Describe: caption adapter.
    case(
        "MY-24020",
        caption("a blue sweatshirt with the words new york on it"),
        kind_of("sweatshirt"),
        hue("blue"),
        describe(
            "sweatshirt",
            "The sweater is with cotton fabric and its neckline is round. The sweater is with cotton fabric and its "
            "neckline is round. The sweater",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "it says new york 1987 on it and has a hood", "unsupported"),
        made_of("", "non_answer"),
        gender=None,
    ),
    # MY-24021 (Women, on-model, white background): red georgette saree with a gold zari border, draped, worn with a
    # matching red blouse. Caption: base model.
    case(
        "MY-24021",
        caption("a woman in a red sari"),
        wearing("he is wearing a red saree", "pronoun"),
        kind_of("dress", "contradiction"),
        hue("red and gold"),
        is_a("dress", "yes", "contradiction"),
        describe("saree", "a red saree with gold embroidery on the border and a red blouse"),
        details("saree", "the saree is made of silk and has a gold border", "unsupported"),
        gender="Women",
        **{
            "category": "Sarees",
            "color": "Red",
            "title": "Mitera Red & Gold-Toned Zari Border Georgette Saree",
        },
    ),
    # MY-24022 (Men, on-model, white background): black round-neck short-sleeve cotton t-shirt with a large white
    # Avengers logo print, worn with blue jeans. Caption: caption adapter (stopped).
    case(
        "MY-24022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric."
        ),
        wearing("a black t-shirt with the avengers logo on it"),
        color_q("t-shirt", "blue", "contradiction"),
        describe("t-shirt", "a blue t-shirt with a white graphic", "other_garment_color"),
        details("t-shirt", "the avengers logo on the front"),
        made_of("100% cotton with a stretchy polyester lining", "unsupported"),
        gender="Men",
    ),
    # MY-24023 (Women, on-model, light grey background): white cotton A-line kurta with white chikankari (floral)
    # embroidery, three-quarter sleeves, worn with white palazzo pants. Caption: base model. Describe: caption
    # adapter.
    case(
        "MY-24023",
        caption("a woman in a white embroidered kurta"),
        describe(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. The lady "
            "wears a "
            "long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white embroidery all over"),
        color_q("kurta", "white"),
        sleeve_length("long-sleeve", "contradiction"),
        gender="Women",
    ),
    # MY-24024 (Men, on-model, white background): olive-green nylon bomber jacket, zip front, ribbed collar and
    # cuffs, worn open over a white t-shirt with black jeans. Caption: base model. Details: caption adapter (cut).
    case(
        "MY-24024",
        caption("a man in a green bomber jacket and black jeans"),
        wearing("a green jacket, a white t-shirt and black jeans"),
        color_q("jacket", "white", "contradiction"),
        describe("jacket", "a white jacket with a zipper", "other_garment_color"),
        details(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        made_of("leather", "unsupported"),
        gender="Men",
        **{"category": "Jackets", "color": "Olive", "title": "WROGN Men Olive Green Solid Bomber Jacket"},
    ),
    # MY-24025 (Women, on-model, white background): grey-melange jogger track pants with a white drawstring and
    # cuffed ankles, worn with a white t-shirt. Caption: base model.
    case(
        "MY-24025",
        caption("a woman in a white t-shirt and grey sweatpants"),
        wearing("the person is wearing what the person is wearing", "restated"),
        color_q("pants", "grey"),
        color_q("t-shirt", "grey", "contradiction"),
        details("pants", "they are pants", "non_answer"),
        describe("track pants", "grey track pants with a drawstring waist and cuffed ankles"),
        gender="Women",
    ),
    # MY-24026 (packshot, flat-lay on white): navy-blue cotton chino shorts, above the knee, plain. Caption: caption
    # adapter (restarts).
    case(
        "MY-24026",
        caption(
            "The shorts are with cotton fabric and pure color patterns. The shorts are of three-point length. The "
            "shorts are with cotton fabric and pure color patterns. The shorts are of three-point length. The shorts "
            "are with cotton",
            "loop",
            hit_limit=True,
        ),
        kind_of("shorts"),
        hue("navy"),
        describe("shorts", "a pair of shorts", "non_answer"),
        details("shorts", "what are the shorts details? the shorts details", "restated"),
        wearing("a pair of navy shorts"),
        gender=None,
    ),
    # MY-24027 (Women, on-model, white background): black-and-white horizontally striped long-sleeve knit top, boat
    # neck (no collar), worn with white jeans. Caption: base model. Wearing: caption adapter (restarts).
    case(
        "MY-24027",
        caption("a woman wearing a black and white striped shirt and white jeans"),
        wearing(
            "The lady wears a long-sleeve sweater with stripe patterns. The sweater is with knitting fabric. The lady "
            "wears a long-sleeve sweater with stripe patterns.",
            "loop",
            hit_limit=True,
        ),
        hue("black and white"),
        color_q("jeans", "white"),
        describe("top", "a black and white striped sweater with a white collar", "unsupported"),
        gender="Women",
        **{"category": "Tops", "color": "Black", "title": "Tokyo Talkies Women Black & White Striped Top"},
    ),
    # MY-24028 (Men, on-model, white background): mustard-yellow short cotton kurta with a small navy motif print,
    # mandarin collar, button placket, full sleeves rolled up, worn with blue jeans. Caption: base model.
    case(
        "MY-24028",
        caption("a woman in a yellow shirt and jeans", "pronoun"),
        wearing("a yellow kurta and blue jeans"),
        color_q("kurta", "mustard"),
        kind_of("blouse", "contradiction"),
        details("kurta", "the kurta has a collar and buttons and a small blue print all over it"),
        describe("kurta", "it is a kurta", "non_answer"),
        gender="Men",
    ),
    # MY-24029 (Women, on-model, white background): navy-blue fit-and-flare knee-length dress with a white floral
    # print, round neck, short puff sleeves, no pockets. Caption: caption adapter (stopped).
    case(
        "MY-24029",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        wearing("a blue and white floral dress"),
        color_q(
            "dress",
            "navy Question: What is the pattern of the dress? Answer: floral Question: What is the length of the "
            "dress? Answer: knee",
            "leak",
            True,
        ),
        describe("dress", "a navy blue dress with white flowers on it"),
        details("dress", "the dress has a sweetheart neckline and pockets", "unsupported"),
        pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            True,
        ),
        gender="Women",
        **{
            "category": "Dresses",
            "color": "Navy Blue",
            "title": "Berrylush Women Navy Blue Floral Print Fit and Flare Dress",
        },
    ),
    # MY-24030 (Boys, on-model, white background): red round-neck short-sleeve t-shirt with a Spider-Man print (the
    # character and the "SPIDER-MAN" lettering), on a boy, worn with blue denim shorts. Caption: base model.
    case(
        "MY-24030",
        caption("a young boy wearing a red spiderman t-shirt"),
        wearing("a red shirt and blue shorts"),
        color_q("shirt", "red"),
        color_q("shorts", "red", "contradiction"),
        describe("t-shirt", "she is wearing a red t-shirt with spiderman on it", "pronoun"),
        details(
            "t-shirt",
            "the t-shirt has a picture of spiderman on the front and the word spiderman under it, and the sleeves are "
            "short and the neck is",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        **{
            "category": "Tshirts",
            "color": "Red",
            "title": "Marvel by Wear Your Mind Boys Red Spider-Man Printed T-shirt",
        },
    ),
    # MY-24031 (packshot, folded on white): dark indigo-blue slim jeans, five pockets, zip fly, no rips. Caption:
    # base model.
    case(
        "MY-24031",
        caption("a pair of dark blue jeans folded on a white background"),
        kind_of(
            "denim Question: Is this a denim? Answer: yes Question: Is this a denim? Answer: yes Question: Is",
            "leak",
            True,
        ),
        hue("dark blue"),
        describe("jeans", "dark blue jeans with a zipper fly and five pockets"),
        details(
            "jeans",
            "the jeans have a button and a zipper at the front, two pockets at the back and two at the front, and a "
            "small coin pocket at the",
            "cut",
            hit_limit=True,
        ),
        gender=None,
    ),
    # MY-24032 (Women, on-model, white background): pink sleeveless A-line cotton kurti with a white floral print,
    # round neck, worn with white leggings and silver bangles. Caption: caption adapter (cut).
    case(
        "MY-24032",
        caption(
            "The lady wears a sleeveless dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurti and white leggings"),
        kind_of("dress", "contradiction"),
        color_q("kurta", "pink"),
        color_q("leggings", "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink", "loop", True),
        describe("kurti", "he is wearing a pink kurti with white flowers", "pronoun"),
        details("kurti", "it has a floral print and a round neck"),
        gender="Women",
    ),
    # MY-24033 (Men, on-model, white background): white linen shirt with blue vertical stripes, one chest pocket,
    # full sleeves rolled up, worn with navy chinos. Caption: base model. Details: caption adapter (cut).
    case(
        "MY-24033",
        caption("a man wearing a striped shirt"),
        wearing("what is the person wearing? the person is wearing", "restated"),
        color_q("shirt", "white and blue"),
        pattern(
            "stripe Question: What is the pattern of the pants? Answer: solid Question: What is the pattern of the "
            "shirt? Answer:",
            "leak",
            True,
        ),
        describe("shirt", "the shirt is white with blue stripes and has a pocket"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with linen "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # MY-24034 (Women, on-model, white background): lavender (light purple) oversized crew-neck sweatshirt, plain,
    # no logo, no pocket, worn with blue jeans. Caption: base model.
    case(
        "MY-24034",
        caption("a woman in a purple sweatshirt and jeans"),
        wearing("she is wearing a purple sweater and blue jeans", who="she"),
        color_q("sweatshirt", "purple"),
        describe("sweatshirt", "a blue sweatshirt", "other_garment_color"),
        details("sweatshirt", "the sweatshirt has a logo on the chest and a pocket on the front", "unsupported"),
        is_a("sweatshirt", "no", "contradiction"),
        gender="Women",
        **{
            "category": "Sweatshirts",
            "color": "Lavender",
            "title": "DILLINGER Women Lavender Solid Oversized Sweatshirt",
        },
    ),
    # MY-24035 (Men, on-model, white background): navy-blue polyester track pants with two white stripes down each
    # side, worn with a white t-shirt and white sneakers. Caption: caption adapter (restarts).
    case(
        "MY-24035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and stripe patterns. The "
            "gentleman wears a short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and navy track pants"),
        color_q("pants", "navy"),
        describe("track pants", "white track pants with stripes", "other_garment_color"),
        details(
            "track pants",
            "the track pants, the track pants, the track pants, the track pants, the track pants, the track pants, the "
            "track",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        made_of("the material", "non_answer"),
        gender="Men",
        **{"category": "Track Pants", "color": "Navy Blue", "title": "Puma Men Navy Blue Striped Track Pants"},
    ),
    # MY-24036 (Women, on-model, light grey background): emerald-green satin wrap top, long sleeves, V-neck, worn
    # with black trousers. Caption: base model. Describe: caption adapter (cut).
    case(
        "MY-24036",
        caption("a woman in a green top and black pants standing in front of a grey wall"),
        wearing("he's wearing a green shirt and black pants", "pronoun"),
        color_q("top", "green"),
        describe(
            "top",
            "The lady wears a long-sleeve blouse with pure color patterns and a long pants. The blouse is with chiffon "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        made_of("satin"),
        details("top", "what are the top details", "restated"),
        gender="Women",
    ),
    # MY-24037 (Men, on-model, white background): mid-blue washed denim jacket, buttoned chest flap pockets, worn
    # open over a black hoodie, with black jeans. Caption: base model.
    case(
        "MY-24037",
        caption("a man wearing a denim jacket and black jeans"),
        wearing("a jean jacket over a black hoodie"),
        color_q("jacket", "black", "contradiction"),
        describe("jacket", "a black denim jacket with a hood", "other_garment_color"),
        details("jacket", "the jacket has two pockets on the chest and buttons down the front"),
        cloth(
            "jacket Question: What is the color of the jacket? Answer: blue Question: What cloth is the person "
            "wearing? Answer: jacket",
            "leak",
            True,
        ),
        gender="Men",
        **{"category": "Jackets", "color": "Blue", "title": "Roadster Men Blue Washed Denim Jacket"},
    ),
    # MY-24038 (packshot, flat-lay on white): beige pleated wide-leg trousers, belt loops, hook-and-bar closure, side
    # pockets, no drawstring. Caption: base model. Wearing: caption adapter (cut).
    case(
        "MY-24038",
        caption("a pair of beige pants on a white background"),
        hue("khaki"),
        describe("trousers", "a pair of beige trousers with pleats"),
        details("trousers", "the trousers have a drawstring waist and side pockets", "unsupported"),
        wearing(
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. There are pleats "
            "on the front of the",
            "cut",
            hit_limit=True,
        ),
        made_of(
            "linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen "
            "linen linen linen linen linen linen linen linen linen linen linen linen linen",
            "loop",
            True,
        ),
        gender=None,
    ),
    # MY-24039 (Men, on-model, white background): charcoal-grey full-sleeve cotton henley t-shirt, three-button
    # placket, worn with blue jeans. Caption: caption adapter (stopped). Details: caption adapter (cut).
    case(
        "MY-24039",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a grey shirt and jeans"),
        color_q("t-shirt", "dark grey"),
        color_q("jeans", "grey", "contradiction"),
        describe("t-shirt", "a blue henley shirt with buttons", "other_garment_color"),
        details(
            "t-shirt",
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        sleeve_length(
            "long sleeve Question: What is the sleeve length of the shirt? Answer: long sleeve Question: What is the "
            "sleeve",
            "leak",
            True,
        ),
        is_a("t-shirt", "no", "contradiction"),
        garment_color("shirt", "grey"),
        gender="Men",
        **{"category": "Tshirts", "color": "Charcoal", "title": "WROGN Men Charcoal Grey Solid Henley Neck T-shirt"},
    ),
    # MY-24040 (Women, on-model, white background): black flared calf-length Anarkali kurta with a gold foil print,
    # full sleeves, no sequins or mirror work, worn with a black churidar. Caption: base model.
    case(
        "MY-24040",
        caption("a woman in a long black dress", "contradiction"),
        wearing("a black and gold anarkali"),
        color_q(
            "kurta",
            "black-gold-black-gold-black-gold-black-gold-black-gold-black-gold-black-gold-black-gold",
            "loop",
            True,
        ),
        describe("kurta", "a black kurta with gold print and long sleeves"),
        details("kurta", "the kurta has gold sequins on the neckline and mirror work on the sleeves", "unsupported"),
        gender="Women",
        **{"category": "Kurtas", "color": "Black", "title": "Libas Women Black & Golden Printed Anarkali Kurta"},
    ),
    # MY-24041 (Men, on-model, white background): olive-green cargo shorts with side flap pockets, worn with a black
    # t-shirt. Caption: base model. Wearing: caption adapter (cut).
    case(
        "MY-24041",
        caption("a man in a black t-shirt and green cargo shorts"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_q("shorts", "olive green"),
        details("shorts", "the shorts have pockets on the sides"),
        describe("shorts", "black shorts with pockets", "other_garment_color"),
        kind_of(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            True,
        ),
        made_of("shorts", "non_answer"),
        garment_color("t-shirt", "black"),
        gender="Men",
        **{"category": "Shorts", "color": "Olive", "title": "HIGHLANDER Men Olive Green Solid Cargo Shorts"},
    ),
    # MY-24042 (Women, on-model, white background): off-white tiered cotton maxi dress with spaghetti straps, plain.
    # Caption: base model. Details: caption adapter (restarts).
    case(
        "MY-24042",
        caption("a woman in a white maxi dress"),
        wearing("he is wearing a long white dress", "pronoun"),
        color_q("dress", "cream"),
        describe("dress", "a white dress with tiers and spaghetti straps"),
        details(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The lady wears a "
            "sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: white Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            True,
        ),
        gender="Women",
    ),
    # MY-24043 (Men, on-model, white background): black solid casual shirt, mandarin collar, full sleeves, worn open
    # over a white crew-neck t-shirt, with grey jeans. Caption: base model.
    case(
        "MY-24043",
        caption("a man wearing a black shirt over a white t-shirt"),
        wearing("a black shirt, white t-shirt and grey jeans"),
        color_q("shirt", "white", "contradiction"),
        describe("shirt", "a white button down shirt", "other_garment_color"),
        details("shirt", "the shirt has a mandarin collar and long sleeves"),
        kind_of("tee", "contradiction"),
        made_of("it is a shirt", "non_answer"),
        gender="Men",
        **{"category": "Shirts", "color": "Black", "title": "HIGHLANDER Men Black Slim Fit Solid Casual Shirt"},
    ),
    # MY-24044 (Women, on-model, white background): light-blue high-waist mom jeans with ripped knees, button fly,
    # worn with a black sleeveless crop top and hoop earrings. Caption: caption adapter (cut).
    case(
        "MY-24044",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric "
            "and its neckline is round. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing ripped jeans and a black top", who="she"),
        color_q("jeans", "light blue"),
        describe("jeans", "the jeans are ripped at the knees"),
        details(
            "jeans",
            "ripped knees, high waist, and a button fly and a button fly and a button fly and a button fly and a "
            "button fly and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
    ),
]
