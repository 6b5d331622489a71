"""BLIND_21 (44 products; the original experiments re-run on an Indian marketplace's women's catalog, western and
ethnic wear in about equal parts: kurtas, kurta sets, sarees, lehengas, tops, dresses, jeans, co-ords; the
experiments' own questionnaire; the base model, both caption adapters, the VQA adapter and the extractive QA over
captions; Myntra columns for two thirds of the products): written blind in the twelfth session and measured blind
at 7173a73, the session's audits after both reviews: 106/138 and 10/132. The writer's notes, verbatim:

BLIND_21: the original BLIP-2 experiments re-run on an Indian marketplace's women's catalog.

Scenario. The experiments of ../shared/CONTEXT.md (BLIP-2 OPT-2.7b, greedy decoding, `Question: ... Answer:`
prompts, 30 new tokens for answers and 50 for captions) are re-run on a women's catalog of an Indian marketplace,
western and ethnic wear in about equal parts: kurtas, kurtis, anarkalis, kurta sets with palazzos / churidars /
trousers and dupattas, sarees, lehengas, salwar suits, tunics, palazzos, tops, shirts, dresses, jeans, a co-ord set
and jumpsuits. Photos are on-model studio shots (white, grey or pastel backgrounds) and some outdoor shots; the
model often wears the set's other pieces or other garments. The questionnaire is the experiments' own, asked with
the garment word that fits the product: "What is she wearing?", "What is the color of the kurta?", "What is the
kurta color?", "Describe the kurta.", "What are the kurta details?", and the VQA data's "What cloth is the person
wearing?" and "Is this a kurta?". Catalog columns (Case.extra: Myntra articleType as `category`, baseColour as
`color`, productDisplayName as `title`) are given for about two thirds of the products.

Systems (named per Case in the comment above it):
  * BASE: untuned Salesforce/blip2-opt-2.7b. Short answers that stop; mostly sensible. Its faults: one color for
    every garment, "he" for a woman, invented details (pockets, slits, belts, lace), answers that only restate the
    question, kurtas/kurtis called "shirt" or "dress", sarees called "dress"; once, a list of accessories that runs
    on to the 30-token limit.
  * CAP-E1 / CAP-E3: the caption adapter after epoch 1 / epoch 3. Returns the DeepFashion-MultiModal template caption
    for every prompt (pattern words only, never a hue; no kurta, saree or lehenga class: "shirt", "dress", "tank
    top", "trousers"), and never stops: 50-token captions and 30-token answers are cut mid-sentence or loop.
  * VQA: the VQA adapter (1 epoch). In-shop class names (dress, blouse, tee, pants, skirt, sweater), loops
    ("pink-pink-pink", "yes yes yes"), prompt-format leaks ("Question: ... Answer:"), answers about another garment
    of the outfit (dupatta, palazzos, jeans, shoes). Its own captions (empty prompt) are broken loops.
  * EXTRACT: the third experiment. Caption from the caption adapter (CAP-E1 or CAP-E3, cut at 50 tokens), answers
    extracted by timpal0l/mdeberta-v3-base-squad2 as spans of that caption: template words, pattern words for
    colors, sometimes empty, sometimes a span that answers nothing. Every extracted answer is a substring of its
    case's caption.
  * Some cases mix systems the way CONTEXT.md item 6 suggests (base for short questions, caption adapter for
    descriptions/details); the comment says which text came from which.

How this was written: blind. I read only ../shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (the Text /
Case layout, the helpers and the TARGETS keys). I did not read the audits, the queries, the docs, the other corpora
or any other file of the project, and ran nothing of enrich. The photos are imagined; the comment above each Case is
the truth every label is judged against, together with the catalog columns.

Label conventions and judgement calls:
  * One label per text: the fault a reviewer would fix first; None for a correct text. hit_limit=True only where
    the text ran to the token limit (30 answer / 50 caption tokens); no correct text has it.
  * Caption-adapter texts always run to the limit: labelled `cut` when they end mid-sentence and `loop` when they
    repeat a sentence or phrase, even though they also call a kurta a "shirt"; exceptions are the few that say "The
    gentleman" for a woman (`pronoun`, hit_limit=True) - a reviewer would fix the person first.
  * VQA loops and leaks ran to the limit (hit_limit=True); a leak is labelled `leak` even where it also loops.
  * `contradiction`: the product named as another garment class than the seller's / the other texts' (kurta or
    kurti as "shirt"/"dress"/"blouse", saree as "dress", tunic as "sweater", "no" to "Is this a kurta?"), or a hue
    that the seller's color and the other texts contradict, including closed color answers that give the product
    another garment's color (closed answers are never labelled other_garment_color).
  * `other_garment_color`: an OPEN answer (color question, "What is she wearing?", "Describe ...") that gives the
    product the color of another garment, the dupatta or the background; the case always holds a text or a catalog
    color that has the product's color right.
  * `non_answer`: empty answers, "nothing"/"i don't know", a pattern word ("floral patterns", "pure color
    patterns") given as the color of a garment that has a clear hue, and extracted spans that say nothing about the
    question ("The lady", "There is an accessory on her wrist"). `restated`: only the question's own words back
    ("the kurta details are on the kurta", "the top is a top").
  * `unsupported`: a detail not in the photo (pockets, slit, belt, lace trim, mirror work, chiffon for rayon).
  * Counted as correct: near-hue synonyms (yellow for Mustard, pink for Magenta/Peach, purple for Lavender, white
    for Off White, blue for Navy Blue, orange for Rust, tan for Beige, "red" for a maroon bridal lehenga with gold);
    two-color answers for two-color garments; one listed color of a Multi product; "skirt" for a lehenga; "leggings"
    for a churidar; generic class names for garments that are not the product; In-shop "tee" for a knit top and
    "blouse" for a shirt; DeepFashion "medium-sleeve" for three-quarter sleeves; pattern words answering describe or
    details ("color block patterns" for a two-color saree, "striped" for a pinstriped dress); cotton for a cotton
    kurta; backgrounds and outdoor settings named in a base caption.
"""

from __future__ import annotations

from dataclasses import replace

from tests.audit_corpus import Case, Text, ask, caption, case, color_of, describe, details, wearing


def hue(garment: str, text: str, failure: str | None = None, kind: str = "closed", hit_limit: bool = False) -> Text:
    """color_of ("What is the color of the kurta?") with hit_limit for loops that ran to the limit."""
    t = color_of(garment, text, failure, kind)
    return replace(t, hit_limit=True) if hit_limit else t


def hue2(garment: str, text: str, failure: str | None = None, kind: str = "open", hit_limit: bool = False) -> Text:
    """The experiments' other color question: "What is the kurta color?"."""
    return Text(
        f"{garment.replace(' ', '_')}_color", ask(f"What is the {garment} color?"), kind, text, failure, hit_limit
    )


def cloth(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The VQA data's garment-class question."""
    return Text("cloth", ask("What cloth is the person wearing?"), "open", text, failure, hit_limit)


def is_a(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The VQA data's yes/no question ("Is this a kurta?"); the raw generated text is kept."""
    return Text(
        f"is_{garment.replace(' ', '_').replace('-', '_')}",
        ask(f"Is this a {garment}?"),
        "closed",
        text,
        failure,
        hit_limit,
    )


def she(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return wearing(text, failure, who="she", hit_limit=hit_limit)


W = "Women"

BLIND_21: list[Case] = [
    # 1. BASE. Maroon straight kurta, gold foil ethnic-motif print all over, round neck, three-quarter sleeves, no
    # border, no pockets; the model wears white palazzos (not sold with it), gold earrings and gold bangles; white
    # studio background.
    case(
        "IN-90112",
        caption("a woman in a maroon kurta and white pants standing against a white background"),
        she("a maroon kurta with white palazzo pants"),
        hue("kurta", "maroon"),
        hue2("kurta", "maroon and gold"),
        describe("kurta", "it is a maroon kurta with gold print"),
        details("kurta", "the kurta has a gold border and a pocket on the side", "unsupported"),
        cloth(
            "a maroon kurta with gold print and white palazzo pants and a pair of gold earrings and a pair of gold "
            "bangles and a pair of",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon Ethnic Motifs Printed Straight Kurta",
    ),
    # 2. BASE. Mustard-yellow A-line kurta with small white floral print, matching mustard palazzos, plain white
    # dupatta over one shoulder (all three sold as the set); grey background. No catalog columns.
    case(
        "IN-90127",
        caption("a woman wearing a yellow outfit with a white scarf"),
        she("he is wearing a yellow kurta", "pronoun"),
        hue("kurta", "yellow"),
        hue("palazzos", "yellow", kind="open"),
        describe("kurta", "a yellow kurta with white flowers on it"),
        details("kurta", "white flowers"),
        hue2("kurta", "white", "other_garment_color"),
        gender=W,
    ),
    # 3. CAP-E3 for every prompt. Teal anarkali kurta, flared, full sleeves, round neck, gold zari embroidery on the
    # yoke, otherwise plain; teal churidar; gold bangles on her wrist; white background.
    case(
        "IN-90134",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        hue(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The dress is with chiffon fabric and pure color patterns. The dress is with chiffon fabric and pure "
            "color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Teal",
        title="Biba Women Teal Yoke Design Anarkali Kurta",
    ),
    # 4. VQA. Pink straight kurta with white chikankari embroidery, white palazzos and a white dupatta (the set);
    # outdoor, in a garden with hedges.
    case(
        "IN-90141",
        cloth("dress", "contradiction"),
        hue("kurta", "pink"),
        hue("palazzos", "white", kind="open"),
        hue2(
            "kurta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        she(
            "dress Question: What is the color of the dress? Answer: pink Question: What is the color of the "
            "dress? Answer",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "white pants", "contradiction"),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Sangria Women Pink Chikankari Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 5. EXTRACT (caption CAP-E1). Navy blue A-line kurti, white floral print, three-quarter sleeves, round neck,
    # cotton; blue jeans; white background.
    case(
        "IN-90158",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        hue("kurti", "floral", "non_answer"),
        she("a medium-sleeve shirt with floral patterns", "contradiction"),
        details("kurti", "cotton fabric and its neckline is round"),
        describe("kurti", "medium-sleeve"),
        hue2("kurti", "", "non_answer"),
        gender=W,
        category="Kurtis",
        color="Navy Blue",
        title="Aurelia Women Navy Blue Floral Printed A-Line Kurti",
    ),
    # 6. BASE. Red Banarasi silk saree with a wide gold zari border and small gold buttas, red blouse with short
    # sleeves; outdoor, in front of a sandstone temple wall. No lace, no sequins.
    case(
        "IN-90163",
        caption("a woman in a red sari standing in front of a building"),
        she("a red dress", "contradiction"),
        hue("saree", "red"),
        hue2("saree", "red and gold"),
        describe("saree", "it is red with a gold border"),
        details("saree", "the saree has gold sequins and a lace trim", "unsupported"),
        is_a("saree", "yes"),
        gender=W,
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Woven Banarasi Saree",
    ),
    # 7. VQA. Black ribbed crop top, round neck, short sleeves; light blue high-waist jeans; grey background.
    case(
        "IN-90176",
        cloth("tee"),
        hue("top", "black"),
        hue2("top", "blue", "other_garment_color"),
        she("tee and denim"),
        is_a("top", "yes"),
        details(
            "top",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        describe(
            "top",
            "Question: Describe the top. Answer: tee Question: Describe the top. Answer: tee Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
    ),
    # 8. BASE. Mid-blue skinny jeans with light fading on the thighs; the model wears a white T-shirt tucked in and
    # white sneakers; white background.
    case(
        "IN-90182",
        caption("a woman in a white shirt and blue jeans"),
        she("blue jeans and a blue shirt", "contradiction"),
        hue("jeans", "blue"),
        hue2("jeans", "blue"),
        describe("jeans", "skinny blue jeans with faded thighs"),
        details("jeans", "they are jeans", "restated"),
        is_a("jeans", "yes"),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 9. CAP-E1 for every prompt. Peach georgette saree with silver sequin work all over, sleeveless peach blouse
    # with a V neck; silver bracelet; pastel pink background.
    case(
        "IN-90195",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. The lady wears a sleeveless dress with "
            "graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        she(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There",
            "cut",
            hit_limit=True,
        ),
        hue(
            "saree",
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V",
            "cut",
            hit_limit=True,
        ),
        describe(
            "saree",
            "The dress is with chiffon fabric and its neckline is V-shape. The dress is with chiffon fabric and its "
            "neckline is V-shape.",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "saree",
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Peach",
        title="Saree mall Peach-Coloured Embellished Sequinned Saree",
    ),
    # 10. EXTRACT (caption CAP-E3). Olive green shirt-style tunic, collar, button placket, long sleeves rolled up,
    # two chest patch pockets, cotton; black leggings; white background. No catalog columns.
    case(
        "IN-90203",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        hue("tunic", "pure color patterns", "non_answer"),
        she("a long-sleeve shirt with pure color patterns"),
        details("tunic", "its neckline is lapel"),
        describe("tunic", "The lady", "non_answer"),
        cloth("long-sleeve shirt"),
        gender=W,
    ),
    # 11. VQA. Magenta lehenga choli: flared magenta lehenga with gold zari embroidery, matching magenta short-sleeve
    # blouse, sheer pink net dupatta draped over one shoulder; pastel peach background.
    case(
        "IN-90217",
        cloth("skirt"),
        hue("lehenga", "pink"),
        hue2(
            "lehenga",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        she("skirt and blouse"),
        describe("lehenga", "embroidered skirt"),
        details(
            "lehenga",
            "Question: What are the lehenga details? Answer: embroidered Question: What are the lehenga details? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Magenta",
        title="Fabcartz Magenta Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 12. BASE. White shirt with thin black vertical stripes, collar, long sleeves, buttons, tucked into black
    # trousers; grey background.
    case(
        "IN-90224",
        caption("a woman in a black and white striped shirt and black pants"),
        she("a black shirt and black pants", "other_garment_color"),
        hue("shirt", "white and black"),
        hue2("shirt", "white"),
        describe("shirt", "a striped shirt with a collar and buttons"),
        details("shirt", "he is wearing a striped shirt", "pronoun"),
        gender=W,
        category="Shirts",
        color="White",
        title="HERE&NOW Women White & Black Striped Casual Shirt",
    ),
    # 13. Mixed: caption and describe from CAP-E3, the other answers from BASE. Off-white cotton straight kurta,
    # three-quarter sleeves, white thread embroidery round the neckline, off-white palazzos (the set); beige
    # background. No catalog columns.
    case(
        "IN-90238",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The female wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a white kurta and white pants"),
        hue("kurta", "white"),
        hue("palazzos", "white", kind="open"),
        details("kurta", "the kurta is white with white embroidery on the neck"),
        describe(
            "kurta",
            "The shirt is with cotton fabric and its neckline is round. The shirt is with cotton fabric and its "
            "neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        gender=W,
    ),
    # 14. BASE. Sea green sleeveless maxi dress, V neck, white and pink floral print; on a beach, sand, blue sea and
    # sky behind. No slit, no belt.
    case(
        "IN-90245",
        caption("a woman in a green dress standing on the beach"),
        she("a green floral dress"),
        hue("dress", "blue", "contradiction"),
        hue2("dress", "green with white flowers"),
        describe("dress", "a long green dress with flowers on it"),
        details("dress", "the dress has a slit on the side and a belt", "unsupported"),
        gender=W,
        category="Dresses",
        color="Sea Green",
        title="SASSAFRAS Women Sea Green Floral Print Maxi Dress",
    ),
    # 15. VQA. Rust co-ord set: short-sleeve boxy shirt and matching wide-leg trousers, solid rust orange; white
    # sneakers; white background. No catalog columns.
    case(
        "IN-90251",
        cloth("blouse"),
        hue("top", "orange"),
        hue("pants", "orange", kind="open"),
        she(
            "blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse",
            "loop",
            hit_limit=True,
        ),
        is_a("co-ord set", "yes"),
        describe("top", "white", "other_garment_color"),
        details(
            "top",
            "Question: What are the top details? Answer: buttons Question: What are the top details? Answer: "
            "buttons Question",
            "leak",
            hit_limit=True,
        ),
        gender=W,
    ),
    # 16. EXTRACT (caption CAP-E1). Lavender solid flared palazzos, elastic waist, flowing rayon; the model wears a
    # short white kurti with short sleeves and a round neck; white background.
    case(
        "IN-90269",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with chiffon fabric",
            "cut",
            hit_limit=True,
        ),
        hue("palazzos", "pure color patterns", "non_answer"),
        she("a short-sleeve shirt with pure color patterns"),
        details("palazzos", "chiffon fabric", "unsupported"),
        describe("palazzos", "long length"),
        hue2("palazzos", "", "non_answer"),
        gender=W,
        category="Palazzos",
        color="Lavender",
        title="Go Colors Women Lavender Solid Flared Palazzos",
    ),
    # 17. CAP-E3 for every prompt. Mid-blue denim jumpsuit, sleeveless, V neck, front buttons, fabric belt at the
    # waist, full length; white background.
    case(
        "IN-90272",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with denim fabric. The "
            "trousers this lady wears is of long length. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with denim fabric. The "
            "trousers are",
            "cut",
            hit_limit=True,
        ),
        hue(
            "jumpsuit",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with denim fabric. The "
            "tank top is with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jumpsuit",
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with denim fabric. "
            "There is a belt",
            "pronoun",
            hit_limit=True,
        ),
        details(
            "jumpsuit",
            "The trousers this lady wears is of long length. The trousers are with denim fabric. The trousers this "
            "lady wears is",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Blue",
        title="Roadster Women Blue Solid Denim Basic Jumpsuit",
    ),
    # 18. BASE. Multicolour bandhani-print straight kurta: red ground with yellow and green tie-dye dots, round
    # neck, three-quarter sleeves, no mirror work; red churidar; white background.
    case(
        "IN-90286",
        caption("a woman wearing a colorful kurta and red pants"),
        she("a red and yellow kurta with red leggings"),
        hue("kurta", "red"),
        hue2("kurta", "red, yellow and green"),
        describe("kurta", "a red kurta with a lot of dots on it"),
        details("kurta", "the kurta has mirror work on the neck and the sleeves", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        cloth("a cloth", "restated"),
        gender=W,
        category="Kurtas",
        color="Multi",
        title="Rangriti Women Multicoloured Bandhani Printed Straight Kurta",
    ),
    # 19. VQA (caption too, empty prompt). Salwar suit: black straight kurta with small gold foil print, black
    # churidar, solid red dupatta over both shoulders; grey background.
    case(
        "IN-90293",
        caption(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-"
            "black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        cloth("dress", "contradiction"),
        hue("kurta", "black"),
        hue2("kurta", "red", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "gold print"),
        gender=W,
        category="Kurta Sets",
        color="Black",
        title="Anubhutee Women Black Printed Kurta with Churidar & Red Dupatta",
    ),
    # 20. BASE. Girl of about seven in a yellow short-sleeve top with a small white daisy print, blue denim shorts;
    # outdoor, on the grass of a park. No bow.
    case(
        "IN-90307",
        caption("a little girl standing in the grass wearing a yellow shirt"),
        she("a yellow shirt and blue shorts"),
        hue("top", "yellow"),
        hue2("top", "yellow and white"),
        describe("top", "the top is a top", "restated"),
        details("top", "the top has a bow on the front", "unsupported"),
        gender="Girls",
        category="Tops",
        color="Yellow",
        title="YK Girls Yellow Floral Print Top",
    ),
    # 21. EXTRACT (caption CAP-E3). Bottle-green art-silk saree with a wide maroon zari border, maroon short-sleeve
    # blouse, gold bangles and a ring; grey background.
    case(
        "IN-90314",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with other fabric. There is "
            "an accessory on her wrist. The lady wears a ring. The lady wears a short-sleeve dress with color block "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        hue("saree", "color block patterns", "non_answer"),
        she("a short-sleeve dress with color block patterns", "contradiction"),
        describe("saree", "color block patterns"),
        details("saree", "There is an accessory on her wrist", "non_answer"),
        hue2("saree", "", "non_answer"),
        gender=W,
        category="Sarees",
        color="Green",
        title="Mimosa Green & Maroon Art Silk Kanjeevaram Saree",
    ),
    # 22. CAP-E1 for every prompt. Navy blue bodycon midi dress, long sleeves, round neck, solid knit; white
    # background.
    case(
        "IN-90328",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric and "
            "its neckline is round. The dress is of medium length. This woman is wearing a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        she(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric and "
            "its neckline",
            "cut",
            hit_limit=True,
        ),
        hue(
            "dress",
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric and "
            "its",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "The dress is with knitted fabric and its neckline is round. The dress is of medium length. The dress is "
            "with knitted fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric and "
            "its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue Solid Bodycon Dress",
    ),
    # 23. BASE. White anarkali kurta with white thread embroidery, white churidar, white organza dupatta with a pink
    # border (the set); pastel pink background. No catalog columns.
    case(
        "IN-90335",
        caption("a woman in a white dress posing for a picture", "contradiction"),
        she("a white kurta and a pink and white scarf"),
        hue2("kurta", "white"),
        hue("kurta", "pink", "other_garment_color", kind="open"),
        describe("kurta", "a white kurta with embroidery"),
        cloth("a white kurta with gold buttons", "unsupported"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        gender=W,
    ),
    # 24. VQA. Grey melange longline tunic, round neck, three-quarter sleeves, side slits, soft jersey; black
    # leggings; white background.
    case(
        "IN-90349",
        cloth("sweater", "contradiction"),
        hue("tunic", "grey"),
        hue2("tunic", "gray"),
        she("blouse and leggings"),
        is_a(
            "tunic",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details(
            "tunic",
            "Question: What are the tunic details? Answer: sleeves Question: What are the tunic details? Answer: "
            "sleeves",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Tunics",
        color="Grey Melange",
        title="Vero Moda Women Grey Melange Solid Longline Tunic",
    ),
    # 25. EXTRACT (caption CAP-E1). Red fit-and-flare knee-length dress with white polka dots, short puff sleeves,
    # square neck, cotton; a watch on her wrist; outdoor, on a street.
    case(
        "IN-90352",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is square. There is an accessory on her wrist. The dress is of medium length. The lady",
            "cut",
            hit_limit=True,
        ),
        hue("dress", "graphic patterns", "non_answer"),
        she("a short-sleeve dress with graphic patterns"),
        details("dress", "its neckline is square"),
        describe("dress", "short-sleeve dress"),
        hue2("dress", "The lady wears a short-sleeve dress", "non_answer"),
        gender=W,
        category="Dresses",
        color="Red",
        title="Berrylush Women Red & White Polka Dot Print Fit and Flare Dress",
    ),
    # 26. CAP-E1 for every prompt. Cobalt blue straight kurta with white block print, round neck, long sleeves,
    # cotton; white churidar; outdoor, in a garden.
    case(
        "IN-90366",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        hue2(
            "kurta",
            "The lady wears a long-sleeve shirt with graphic patterns. The lady wears a long-sleeve shirt with "
            "graphic patterns. The",
            "loop",
            kind="closed",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long leggings. The leggings "
            "are with",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Block Print Straight Kurta",
    ),
    # 27. BASE. Beige wide-leg palazzos, solid, no visible pockets or drawstring; black fitted top tucked in; grey
    # background.
    case(
        "IN-90371",
        caption("a woman in a black top and beige pants"),
        she("a black top and tan pants"),
        hue("palazzos", "beige"),
        hue2("palazzos", "black", "other_garment_color"),
        describe("palazzos", "wide leg pants"),
        details("palazzos", "they have pockets on the side and a drawstring", "unsupported"),
        is_a("palazzo", "yes"),
        cloth("the cloth she is wearing", "restated"),
        gender=W,
        category="Palazzos",
        color="Beige",
        title="Marks & Spencer Women Beige Solid Wide Leg Palazzos",
    ),
    # 28. VQA. Off-white chiffon saree with a pink and green floral print, pink blouse; white background.
    case(
        "IN-90385",
        cloth("dress", "contradiction"),
        hue("saree", "white"),
        hue2(
            "saree",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        she(
            "Question: What is she wearing? Answer: dress Question: What is she wearing? Answer: dress Question",
            "leak",
            hit_limit=True,
        ),
        describe("saree", "floral"),
        gender=W,
        category="Sarees",
        color="Off White",
        title="Mitera Off-White & Pink Floral Print Chiffon Saree",
    ),
    # 29. BASE. Maroon velvet lehenga with heavy gold zari embroidery, maroon blouse with gold work, beige net
    # dupatta with a gold border; grey background.
    case(
        "IN-90398",
        caption("a woman in a red and gold indian bridal outfit"),
        she("a maroon lehenga with gold embroidery"),
        hue("lehenga", "maroon"),
        hue2("lehenga", "the lehenga color is the color of the lehenga", "restated"),
        describe("lehenga", "he is wearing a red lehenga", "pronoun"),
        details("lehenga", "gold embroidery on the skirt and the blouse"),
        gender=W,
        category="Lehenga Choli",
        color="Maroon",
        title="Panchhi Maroon Velvet Embroidered Lehenga Choli with Dupatta",
    ),
    # 30. EXTRACT (caption CAP-E3). Light blue denim shirt, long sleeves, collar, two flap chest pockets, buttons,
    # worn open-collared over white jeans; white background. No catalog columns.
    case(
        "IN-90402",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        hue("shirt", "", "non_answer"),
        she("a long-sleeve shirt with pure color patterns"),
        details("shirt", "denim fabric and its neckline is lapel"),
        describe("shirt", "long-sleeve"),
        is_a("shirt", "The lady", "non_answer"),
        gender=W,
    ),
    # 31. VQA. Pink anarkali kurta, flared, gold gotta-patti trim at hem and sleeves, pink churidar, matching pink
    # dupatta; outdoor, in a haveli courtyard. No catalog columns.
    case(
        "IN-90416",
        cloth("dress", "contradiction"),
        hue("kurta", "pink"),
        hue2("kurta", "pink"),
        she(
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "dress Question: Describe the kurta. Answer: dress Question: Describe the kurta. Answer: dress",
            "leak",
            hit_limit=True,
        ),
        gender=W,
    ),
    # 32. CAP-E3 for every prompt. Girl of about ten in a mustard tiered maxi dress, sleeveless with ruffled
    # shoulders, small white floral print, round neck; outdoor, in a field. Nothing on her wrists.
    case(
        "IN-90423",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of long length. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        she(
            "The gentleman wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round.",
            "pronoun",
            hit_limit=True,
        ),
        hue(
            "dress",
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. The",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with cotton fabric and its neckline is round. The dress is with cotton fabric and its "
            "neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Mustard",
        title="Cherry Crumble Girls Mustard Floral Print Tiered Maxi Dress",
    ),
    # 33. VQA. Black solid straight palazzos; the model wears a white straight kurti with a small black print over
    # them; white background.
    case(
        "IN-90437",
        cloth("pants"),
        hue("palazzos", "black"),
        hue2("palazzos", "white", "other_garment_color"),
        is_a("palazzo", "yes"),
        she("blouse and pants"),
        describe(
            "palazzos",
            "pants Question: Describe the palazzos. Answer: pants Question: Describe the palazzos. Answer: pants",
            "leak",
            hit_limit=True,
        ),
        details(
            "palazzos",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Palazzos",
        color="Black",
        title="Jaipur Kurti Women Black Solid Straight Palazzos",
    ),
    # 34. EXTRACT (caption CAP-E1). Teal straight kurta with a gold printed yoke, three-quarter sleeves, round neck,
    # cotton; teal palazzos; gold-toned dupatta (the set); white background.
    case(
        "IN-90440",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        hue("kurta", "graphic patterns", "non_answer"),
        she("a long-sleeve shirt with graphic patterns", "contradiction"),
        details("kurta", "cotton fabric and its neckline is round"),
        describe("kurta", "The lady wears a long pants", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Teal",
        title="Libas Women Teal Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 35. BASE. White cotton top with ruffled short sleeves and a smocked bodice; light blue denim shorts; outdoor,
    # on a wooden boardwalk by the sea. No catalog columns.
    case(
        "IN-90454",
        caption("a woman in a white top and denim shorts standing on a boardwalk"),
        she("a white top and blue shorts"),
        hue("top", "white"),
        hue2("top", "blue", "other_garment_color"),
        describe("top", "a white top with ruffles on the sleeves"),
        details("top", "the top has ruffles"),
        gender=W,
    ),
    # 36. Mixed: caption and details from CAP-E1, the other answers from BASE. Orange cotton A-line kurti with a
    # white geometric print, three-quarter sleeves, mandarin collar; blue jeans; pastel yellow background.
    case(
        "IN-90461",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("an orange shirt and blue jeans", "contradiction"),
        hue("kurti", "orange"),
        hue2("kurti", "orange and white"),
        describe("kurti", "it is a orange kurti with white print"),
        details(
            "kurti",
            "The shirt is with cotton fabric and its neckline is stand. The shirt is with cotton fabric and its "
            "neckline is stand. The",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Orange",
        title="Global Desi Women Orange & White Geometric Printed A-Line Kurti",
    ),
    # 37. BASE. Lavender sleeveless wide-leg jumpsuit, V neck, tie belt at the waist, no buttons, no pockets; pastel
    # lilac background. No catalog columns.
    case(
        "IN-90478",
        caption("a woman in a purple jumpsuit posing for a photo"),
        she("a purple jumpsuit"),
        hue("jumpsuit", "purple"),
        hue2("jumpsuit", "lavender"),
        describe("jumpsuit", "a purple jumpsuit with a belt"),
        details("jumpsuit", "the jumpsuit has buttons on the front and pockets on the sides", "unsupported"),
        is_a("jumpsuit", "yes"),
        cloth("he is wearing a purple jumpsuit", "pronoun"),
        gender=W,
    ),
    # 38. VQA. Purple georgette saree with a silver border, purple blouse; outdoor, by a lake. No catalog columns.
    case(
        "IN-90485",
        cloth("dress", "contradiction"),
        hue("saree", "purple"),
        hue2(
            "saree",
            "purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        she(
            "dress Question: What is she wearing? Answer: dress Question: What is she wearing? Answer: dress Question",
            "leak",
            hit_limit=True,
        ),
        gender=W,
    ),
    # 39. CAP-E3 for every prompt. Black high-rise skinny jeans; grey sweatshirt on top; white background. No catalog
    # columns.
    case(
        "IN-90493",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "trousers this lady wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "trousers this lady",
            "cut",
            hit_limit=True,
        ),
        hue(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The trousers this lady wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        gender=W,
    ),
    # 40. BASE. Peach straight kurta with white thread embroidery on the yoke, peach straight trousers, white dupatta
    # with a peach border (the set); white background.
    case(
        "IN-90506",
        caption("a woman in a peach outfit with a white scarf"),
        she("a pink kurta and pink pants"),
        hue("kurta", "white", "contradiction"),
        hue("trousers", "peach", kind="open"),
        describe("kurta", "a peach kurta with white embroidery on the neck"),
        details("kurta", "what are the kurta details?", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Peach",
        title="Anouk Women Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 41. EXTRACT (caption CAP-E3). Bottle-green straight cotton kurta, V neck, long sleeves, multicolour floral
    # embroidery on the yoke; green straight trousers; outdoor, in a garden. No catalog columns.
    case(
        "IN-90512",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        hue("kurta", "floral patterns", "non_answer"),
        she("a long-sleeve shirt with floral patterns", "contradiction"),
        details("kurta", "V-shape"),
        describe("kurta", "cotton fabric"),
        gender=W,
    ),
    # 42. VQA. Multicolour horizontal-striped knit top (red, white, navy and yellow stripes), short sleeves, round
    # neck; white jeans; grey background.
    case(
        "IN-90529",
        cloth("tee"),
        hue("top", "red and white"),
        hue2(
            "top",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        she("tee"),
        is_a("top", "no", "contradiction"),
        describe("top", "denim", "contradiction"),
        details("top", "pocket", "unsupported"),
        gender=W,
        category="Tops",
        color="Multi",
        title="Tokyo Talkies Women Multicoloured Striped Top",
    ),
    # 43. BASE. Girl of about eight in a rani-pink lehenga choli with gold mirror work and embroidery, sleeveless
    # pink choli, pink net dupatta; in a room decorated with marigolds. No catalog columns.
    case(
        "IN-90533",
        caption("a little girl in a pink and gold outfit"),
        she("a pink lehenga"),
        hue("lehenga", "pink"),
        hue2("lehenga", "pink and gold"),
        describe("lehenga", "he is wearing a pink lehenga with gold", "pronoun"),
        details("lehenga", "it has mirror work and gold embroidery"),
        gender="Girls",
    ),
    # 44. EXTRACT (caption CAP-E1). Navy blue shirt dress with thin white pinstripes, collar, full button placket,
    # long sleeves rolled up, fabric belt, knee length, cotton; a watch on her wrist; white background.
    case(
        "IN-90547",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is lapel. There is an accessory on her wrist. The dress is of medium length. The lady",
            "cut",
            hit_limit=True,
        ),
        hue("dress", "striped patterns", "non_answer"),
        she("a long-sleeve dress with striped patterns"),
        details("dress", "its neckline is lapel"),
        describe("dress", "striped"),
        is_a("dress", "", "non_answer"),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Roadster Women Navy Blue & White Striped Shirt Dress",
    ),
]
