"""BLIND_396 (46 products; women's ethnic and western wear from a night's run, model shots): written blind in the forty-
sixth session. Measured blind at 7afc101 (the session's rules as they stood): 104/123 failures found (84.6%) and
6/152 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English feed of women's wear drawn at random from one night's run: kurtas, kurta sets,
tops, t-shirts, shirts, dresses, jeans, trousers, palazzos, leggings, sarees, shrugs and jackets, all model shots
on studio backdrops or against walls (white, grey, beige, brick, wood), many worn in layers (a shrug over a tank
top, a jacket over a tee, a kurta over leggings the product is). Each row has the seller's title, category, color
and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the experiments' questions (What is she wearing?, the color of each piece, Describe the ...,
What are the ... details?) were asked of the untuned base `Salesforce/blip2-opt-2.7b`, of the VQA adapter
(`Data3_V3_BLIP2_VQA`) and of the caption adapter (`Data2_V2_Blip2_Finetune_Caption`), as each comment says.
Captions come from the base model (short, lowercase, "a woman in a ...") or from the caption adapter (the
DeepFashion template, "The lady wears a long-sleeve shirt with pure color patterns. ..."). Both adapters were
trained with no end-of-answer token: every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; the caption adapter returns its template to any question, the VQA adapter
repeats a garment or a color word. The base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors and the yes/no "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets: they never loop or get cut, but they can pick wrong.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy or teal, green for olive or teal, yellow for mustard, pink for peach,
  purple for lavender or mauve, white or cream for off white, brown or orange for rust, khaki for beige, red for
  maroon, grey for grey melange.
- Synonyms count as correct: sari for saree, scarf for dupatta, cardigan or sweater for a shrug, pants for
  palazzos or trousers, suit for an anarkali kurta set, plaid for checked, denim for chambray (they look alike),
  sweatpants for joggers, overall dress for a pinafore.
- "Dress" for the product kurta, kurta set or saree is a contradiction (the seller's category says otherwise and
  the product data would be wrong); "dress" or "shirt" for a kurta or kurti worn with the product (leggings,
  palazzos) is let pass, since the auditor judges the product. A pinafore dress called "long pants" is a
  contradiction.
- The color of a print, border, embellishment, wall or backdrop given as the garment's color is a contradiction
  (gold for a red saree with a gold border, white for a black dress with white dots, grey for a white kurta on a
  grey backdrop, red for blue jeans against a brick wall). The color of another piece worn in the photo given to
  a piece (the tee's white for the jeans, the same color for top and bottom) is other_garment_color; one color for
  two pieces is labelled on the text that gives the wrong piece that color.
- A color no piece, print or backdrop has is a contradiction; navy called black is a contradiction.
- The reference engine's wrong sleeve or garment answers (long sleeves for short, "short sleeves" for a
  sleeveless pinafore over a tee, "yes" to "Is this a sweater?" for a crochet top) are contradiction.
- Materials: one the title names (silk, cotton, satin, denim, leather, crochet, georgette as chiffon) is correct; a
  plausible guess on a cotton-look fabric ("cotton") is correct; silk or wool neither named nor visible is
  unsupported; silk for a kurta the title calls pure cotton is a contradiction.
- Invented items or features (a belt, a necklace, a slit, rips, side pockets hidden by a kurti, a pink border,
  buttons on an open-front shrug) are unsupported.
- Adapter texts: a text that repeats a sentence of the template, or a word or phrase over and over, is a loop; one
  that stops mid-sentence without repeating is cut. Where the template misnames the product itself (a kurta or
  saree as "dress", a pinafore as "long pants"), the misnaming is what the auditor sees first: contradiction,
  hit_limit kept. The template answering "Describe the ..." or "What is she wearing?" does answer it: cut or loop;
  the template returned for the material question is restated (the question goes unanswered, even where the
  template names a fabric). The VQA adapter's repeated word ("navy navy navy ...", "orange-orange-...") is a loop,
  also where the word is right; its open color answers are stored with kind="open".
  One adapter caption (X396-007) ends on a full stop exactly at its 50-token limit and says nothing wrong: correct,
  hit_limit kept.
- Base texts: "he" or "a man" for a woman is pronoun; a run-on into "Question: ... Answer: ..." is leak even where
  the first words are right; an answer that stops after "made of" or on "and a" is cut, without hit_limit; "the
  details of the shirt", "they are leggings" and an empty answer are non_answer; "it is a shirt" for Describe and
  a garment name and color for the material question are restated.
- A "What is she wearing?" answer that names only some of the pieces is correct when what it names is right;
  "she is wearing ..." is correct (the pronoun is right).
- The reference engine's garment_type "jacket" for an open-front shrug is a contradiction (a shrug is in the
  candidate set).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' wearing question, asked as "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_396 = [
    # photo: model in a navy blue straight kurta with a small white floral print, three-quarter sleeves, white
    # leggings, plain white wall behind, front view, full length.
    # no adapter texts
    case(
        "X396-001",
        caption("a woman in a blue kurta standing against a white wall"),
        she(
            "a blue kurta Question: What is the color of the leggings? Answer: white",
            "leak",
        ),
        B.garment_type("kurta"),
        color_of("kurta", "navy blue"),
        color_of("leggings", "navy blue", "other_garment_color"),
        B.pattern("floral"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow kurta set: mustard kurta, white palazzos, mustard dupatta with a thin gold
    # gota border over one shoulder; pale pink wall with a potted plant at the side.
    # no adapter texts
    case(
        "X396-002",
        caption("a woman in a yellow dress with a dupatta", "contradiction"),
        she("a yellow kurta with a yellow scarf"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "other_garment_color"),
        color_of("dupatta", "yellow"),
        describe(
            "kurta set",
            "a yellow kurta with white palazzos and a yellow dupatta with a pink border",
            "unsupported",
        ),
        title="Women Mustard Yellow Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black sleeveless ribbed crop top (the product) and mid-blue jeans, grey studio backdrop.
    # caption: caption adapter
    case(
        "X396-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a black top and jeans with a brown belt", "unsupported"),
        B.garment_type("top"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        color_of("jeans", "black", "other_garment_color"),
        title="Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white round-neck t-shirt with a black "STAY WILD" slogan print across the chest, blue jeans,
    # white sneakers, light grey backdrop.
    # no adapter texts
    case(
        "X396-004",
        caption("a woman wearing a white t-shirt that says stay wild"),
        she("a white t-shirt and blue jeans"),
        color_of("t-shirt", "black", "contradiction"),
        B.pattern("graphic"),
        details("t-shirt", "it has a black print on the front"),
        B.material("a white t-shirt", "restated"),
        title="Women White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink and white vertical striped shirt, long sleeves, collar, black trousers, no belt,
    # white backdrop.
    # caption: caption adapter; color of the shirt: VQA adapter (stored open)
    case(
        "X396-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a pink and white striped shirt and black pants"),
        color_of(
            "shirt",
            "pink and white and pink and white and pink and white and pink and white and pink and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        B.pattern("striped"),
        describe(
            "shirt",
            "a striped shirt with a pocket on the chest and a black belt",
            "unsupported",
        ),
        title="Women Pink & White Striped Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a maroon wrap midi dress with a small cream floral print, short sleeves, V neck, tie at the
    # waist; white wall.
    # details: caption adapter
    case(
        "X396-006",
        caption("a woman in a red floral dress standing in front of a white wall"),
        she("he is wearing a red dress", "pronoun"),
        B.color("maroon"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        details(
            "dress",
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women Maroon Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in blue skinny jeans (the product) with a white short-sleeve round-neck t-shirt tucked in, white
    # sneakers, grey studio backdrop.
    # caption: caption adapter (ends on a full stop exactly at the limit)
    case(
        "X396-007",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The female wears a long pants. The pants are with denim fabric and solid color "
            "patterns.",
            hit_limit=True,
        ),
        she("a white t-shirt and blue jeans"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the details of the jeans", "non_answer"),
        B.material("denim"),
        title="Women Blue Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in beige high-waisted wide-leg trousers (the product) with a fitted black top tucked in, grey
    # backdrop.
    # no adapter texts
    case(
        "X396-008",
        caption("a woman in a black top and beige pants"),
        she("he is wearing a black top and khaki pants", "pronoun"),
        color_of("trousers", "black", "other_garment_color"),
        B.garment_type("trousers"),
        describe("trousers", "the trousers are wide leg and high waisted"),
        title="Women Beige Wide Leg High-Rise Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in olive green palazzos (the product) and a short white kurti with a small olive print covering
    # the waist; plain white wall.
    # caption: caption adapter
    case(
        "X396-009",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a white kurta and green pants", "pronoun"),
        color_of("palazzos", "green"),
        B.garment_type("palazzos"),
        details("palazzos", "they have an elastic waist and side pockets", "unsupported"),
        is_a("pair of palazzos", "yes"),
        title="Women Olive Green Solid Flared Palazzos",
        category="Palazzos",
        color="Olive",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings (the product) under a knee-length red straight kurta, white
    # backdrop, front view.
    # details: VQA adapter
    case(
        "X396-010",
        caption("a woman in a red kurta and black leggings"),
        she("a red kurta and black leggings"),
        color_of("leggings", "red", "other_garment_color"),
        B.garment_type("leggings"),
        B.material("black leggings", "restated"),
        details(
            "leggings",
            "the leggings, the leggings, the leggings, the leggings, the leggings, the leggings, the leggings, the",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red Banarasi silk saree with a wide gold zari border, red blouse, gold earrings (no
    # necklace), beige backdrop.
    # caption: caption adapter
    case(
        "X396-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral "
            "patterns. The dress",
            "contradiction",
            hit_limit=True,
        ),
        she("a red saree with a gold border"),
        B.garment_type("saree"),
        B.color("gold", "contradiction"),
        B.material("silk"),
        details("saree", "a gold border and a gold necklace", "unsupported"),
        title="Red & Gold-Toned Woven Design Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white lace open-front shrug with three-quarter sleeves (the product) over a black tank top
    # and blue jeans; no buttons; white backdrop.
    # no adapter texts
    case(
        "X396-012",
        caption("a woman wearing a white lace cardigan over a black top"),
        she("", "non_answer"),
        color_of("shrug", "black", "other_garment_color"),
        B.garment_type("shrug"),
        B.sleeve_length("three-quarter sleeves"),
        describe("shrug", "a white lace shrug with black buttons", "unsupported"),
        title="Women White Lace Open Front Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: model in an olive green utility jacket (the product) with flap chest pockets and a drawstring waist,
    # open over a white t-shirt, black jeans; grey backdrop.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X396-013",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        she(
            "a jacket, a t-shirt, a pants, a jacket, a t-shirt, a pants, a jacket, a t-shirt, a pants, a jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "green"),
        color_of("t-shirt", "white"),
        color_of("jeans", "green", "other_garment_color"),
        details("jacket", "it has flap pockets on the chest and a drawstring at the waist"),
        title="Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a floor-length teal anarkali kurta with gold embroidery on the yoke and cuffs, long sleeves,
    # matching churidar; cream backdrop.
    # no adapter texts
    case(
        "X396-014",
        caption("a woman in a green dress with gold embroidery", "contradiction"),
        she("a blue anarkali suit"),
        B.garment_type("kurta"),
        B.color("teal"),
        B.pattern("embroidered"),
        details(
            "kurta",
            "gold embroidery Question: What is the color of the kurta? Answer: green",
            "leak",
        ),
        title="Women Teal Blue Yoke Design Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a peach ruffled top with short flutter sleeves (the product), white jeans, beige wall.
    # caption, description: caption adapter
    case(
        "X396-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        she("a pink top and white jeans"),
        color_of("top", "white", "other_garment_color"),
        B.pattern("solid"),
        describe(
            "top",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Women Peach-Coloured Solid Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a grey melange round-neck short-sleeve t-shirt (the product) and black jeans, white backdrop.
    # no adapter texts
    case(
        "X396-016",
        caption("a woman in a grey t-shirt and black jeans"),
        she("a grey t-shirt and grey jeans", "other_garment_color"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "black"),
        B.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "round neck Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        title="Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a blue chambray shirt, long sleeves rolled to the elbow, collar, white trousers; white wall.
    # caption: caption adapter
    case(
        "X396-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a denim shirt and white pants"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        B.material("denim"),
        describe("shirt", "it is a shirt", "restated"),
        title="Women Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black shirt dress with white polka dots, collar, button placket, self-tie fabric belt,
    # short sleeves, knee length; grey backdrop.
    # wearing: VQA adapter
    case(
        "X396-018",
        caption("a woman in a black and white polka dot dress"),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress",
            "loop",
            hit_limit=True,
        ),
        B.pattern("polka dots"),
        B.color("white", "contradiction"),
        details("dress", "it has a collar, buttons down the front and a belt at the waist"),
        B.sleeve_length("short sleeves"),
        title="Women Black & White Polka Dot Print Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink straight kurta with pink trousers of the same shade, beige wall with a tall potted plant.
    # details: caption adapter
    case(
        "X396-019",
        caption("a woman in a pink kurta standing next to a plant"),
        she("a pink kurta and pink pants"),
        color_of("kurta", "pink"),
        color_of("trousers", "pink"),
        details(
            "kurta set",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        B.material("a pink kurta", "restated"),
        title="Women Pink Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in black high-rise slim jeans (the product) with a mustard yellow long-sleeve knit top tucked in,
    # white wall.
    # caption: caption adapter
    case(
        "X396-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a yellow sweater and black jeans", "pronoun"),
        color_of("jeans", "black"),
        color_of("top", "black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans have a high waist and a button"),
        title="Women Black High-Rise Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue georgette saree with a white floral print, blue blouse, draped pallu; white backdrop.
    # description: VQA adapter
    case(
        "X396-021",
        caption("a woman in a blue saree with white flowers"),
        she("a blue sari"),
        B.pattern("floral"),
        B.material("chiffon"),
        color_of("blouse", "white", "contradiction"),
        describe(
            "saree",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        title="Blue & White Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white churidar leggings gathered at the ankles (the product) under a green knee-length kurta
    # with side slits; grey backdrop. The feed row has no gender.
    # caption: caption adapter
    case(
        "X396-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a green kurta and white leggings"),
        color_of("leggings", "white"),
        color_of("kurta", "white", "other_garment_color"),
        B.garment_type("leggings"),
        details("leggings", "ruched at the ankles"),
        title="Women White Solid Churidar-Length Leggings",
        category="Leggings",
        color="White",
    ),
    # photo: model in black palazzos with a white geometric print (the product), a plain black top over the
    # waistband; white backdrop.
    # no adapter texts
    case(
        "X396-023",
        caption("a woman in black top and black and white pants"),
        she("a black top and white pants", "contradiction"),
        color_of("palazzos", "black"),
        B.pattern("geometric"),
        details(
            "palazzos",
            "they are printed with an elastic waist and side pockets",
            "unsupported",
        ),
        title="Women Black & White Geometric Printed Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with zipped cuffs, no belt, open over a white top, blue jeans;
    # grey backdrop.
    # caption: caption adapter
    case(
        "X396-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        she("a black leather jacket and jeans"),
        B.material("leather"),
        color_of("jacket", "black"),
        details(
            "jacket",
            "zips on the sleeves and a belt with a silver buckle",
            "unsupported",
        ),
        is_a("jacket", "yes"),
        title="Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon longline open-front shrug with two patch pockets and long sleeves (the product), over a
    # black top and black jeggings; white backdrop.
    # no adapter texts
    case(
        "X396-025",
        caption("a man in a maroon cardigan", "pronoun"),
        she("a black top with a red cardigan and black pants"),
        color_of("shrug", "black", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        B.sleeve_length("long sleeves"),
        describe("shrug", "a long shrug with two pockets"),
        title="Women Maroon Longline Open Front Shrug",
        category="Shrug",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white chikankari kurta with white thread embroidery all over, white palazzos, grey backdrop.
    # caption: caption adapter
    case(
        "X396-026",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are with cotton "
            "fabric and",
            "contradiction",
            hit_limit=True,
        ),
        she("a white kurta and white pants"),
        color_of("kurta", "grey", "contradiction"),
        B.pattern("embroidered"),
        B.material("cotton"),
        details(
            "kurta",
            "white embroidery Question: What is the material of the kurta? Answer: cotton",
            "leak",
        ),
        title="Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a lavender smocked top with short puff sleeves (the product), blue jeans; white wall.
    # no adapter texts
    case(
        "X396-027",
        caption("a woman in a purple top and jeans"),
        she("a purple shirt and blue jeans"),
        color_of("top", "lavender"),
        describe(
            "top",
            "a purple top with puff sleeves Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        details("top", "it has smocking on the bodice and puff sleeves"),
        B.material("it is made of", "cut"),
        title="Women Lavender Smocked Puff Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a red and white horizontally striped round-neck t-shirt (the product), blue jeans; grey backdrop.
    # caption, details: caption adapter; wearing: VQA adapter
    case(
        "X396-028",
        caption(
            "This female is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "The neckline of the T-shirt is round. This female wears a long pants. The pants are with denim fabric "
            "and solid",
            "cut",
            hit_limit=True,
        ),
        she(
            "a t-shirt and a pants and a t-shirt and a pants and a t-shirt and a pants and a t-shirt and a",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        B.pattern("striped"),
        color_of("jeans", "red", "other_garment_color"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and striped patterns. The neckline of the T-shirt is round. The "
            "T-shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        title="Women Red & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sleeveless yellow maxi dress with a white floral print, no belt, no slit visible; studio with a
    # potted plant.
    # material: caption adapter
    case(
        "X396-029",
        caption("a woman in a yellow floral dress standing in front of a plant"),
        she("a yellow dress with white flowers"),
        B.sleeve_length("sleeveless"),
        B.color("white", "contradiction"),
        details("dress", "it has a slit on the side and a belt", "unsupported"),
        B.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow Floral Print Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in navy blue straight formal trousers (the product) with a white shirt tucked in and a black belt;
    # grey backdrop.
    # caption: caption adapter; color of the trousers: VQA adapter (stored open)
    case(
        "X396-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and black pants", "contradiction"),
        color_of(
            "trousers",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        B.garment_type("trousers"),
        describe("trousers", "straight fit with a black belt"),
        title="Women Navy Blue Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a green kurta with a small ethnic motif print, green palazzos and a green dupatta with a gold
    # border; white backdrop.
    # description: VQA adapter
    case(
        "X396-031",
        caption("a woman in a green outfit with a dupatta"),
        she("he is wearing a green kurta and palazzo", "pronoun"),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        color_of("dupatta", "white", "contradiction"),
        describe(
            "kurta set",
            "green and green and green and green and green and green and green and green and green and green",
            "loop",
            hit_limit=True,
        ),
        title="Women Green Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white oversized long-sleeve cotton shirt, blue jeans, standing against a brown wooden plank
    # wall.
    # no adapter texts
    case(
        "X396-032",
        caption("a woman in a white shirt standing against a wooden wall"),
        she("a white shirt"),
        color_of("shirt", "brown", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        details("shirt", "the details of the shirt", "non_answer"),
        title="Women White Oversized Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink saree with silver sequins scattered all over, sleeveless pink blouse; dark grey backdrop.
    # caption: caption adapter
    case(
        "X396-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon "
            "fabric. It",
            "contradiction",
            hit_limit=True,
        ),
        she("a pink saree"),
        B.color("silver", "contradiction"),
        B.garment_type("saree"),
        details("saree", "silver sequins all over"),
        B.material("silk", "unsupported"),
        title="Pink Embellished Sequinned Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in light blue mom-fit jeans with no rips (the product) and a black top, standing against a red
    # brick wall.
    # no adapter texts
    case(
        "X396-034",
        caption("a woman in a black top and blue jeans standing in front of a brick wall"),
        she("a black top and jeans"),
        color_of("jeans", "red", "contradiction"),
        color_of("top", "black"),
        details("jeans", "they are ripped at the knees", "unsupported"),
        B.material("blue jeans", "restated"),
        is_a("pair of jeans", "yes"),
        title="Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a blue denim pinafore dress (sleeveless, knee length) over a white short-sleeve t-shirt; white
    # backdrop.
    # caption: caption adapter
    case(
        "X396-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        she("a white t-shirt and a denim overall dress"),
        color_of("dress", "white", "other_garment_color"),
        B.garment_type("dress"),
        B.material("denim"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mauve straight kurta with tonal thread work on the yoke, three-quarter sleeves, cream
    # trousers; white wall.
    # details: VQA adapter
    case(
        "X396-036",
        caption("a woman in a purple kurta and white pants"),
        she("a purple kurta with white pants"),
        B.color("cream", "other_garment_color"),
        B.pattern("embroidered"),
        details(
            "kurta",
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Mauve Thread Work Straight Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in an off-white sleeveless crochet top with a V neck (the product), black trousers, no jewellery;
    # grey backdrop.
    # caption: caption adapter
    case(
        "X396-037",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns. The tank top is with knitting fabric. The "
            "neckline of it is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a white top and black pants"),
        color_of("top", "cream"),
        B.material("crochet"),
        describe("top", "a white crochet top with a necklace", "unsupported"),
        is_a("sweater", "yes", "contradiction"),
        title="Women Off White Crochet Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a blue washed denim jacket with buttons and two chest pockets (the product), open over a black
    # satin slip dress; white backdrop.
    # no adapter texts
    case(
        "X396-038",
        caption("a woman in a denim jacket and black dress"),
        she("a blue jacket and a blue dress", "other_garment_color"),
        color_of("jacket", "blue"),
        color_of("dress", "black"),
        B.material("denim"),
        details("jacket", "buttons on the front and two chest pockets"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in maroon leggings (the product) under a long grey short-sleeve t-shirt; white backdrop.
    # caption: caption adapter
    case(
        "X396-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long leggings. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The lady wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        she("a grey t-shirt and red leggings"),
        color_of("leggings", "grey", "other_garment_color"),
        B.garment_type("leggings"),
        details("leggings", "they are leggings", "non_answer"),
        B.material("cotton"),
        title="Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in rust orange flared palazzos (the product) with a white sleeveless top; beige backdrop.
    # description: caption adapter
    case(
        "X396-040",
        caption("a woman in a white top and orange pants"),
        she("she is wearing a white top and brown pants"),
        color_of("palazzos", "orange"),
        color_of("top", "orange", "other_garment_color"),
        B.garment_type("palazzos"),
        describe(
            "palazzos",
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Women Rust Orange Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a black oversized t-shirt with elbow-length drop-shoulder sleeves and a white tiger print on the
    # front (the product), grey joggers; white backdrop. The feed row has no gender.
    # caption, details: caption adapter
    case(
        "X396-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a black t-shirt and grey sweatpants"),
        color_of("t-shirt", "black"),
        B.pattern("graphic"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The lady wears a long "
            "pants. The pants",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: model in an orange straight kurta with mirror work on the yoke and a tassel tie-up at the neck, white
    # pants; white wall.
    # color of the kurta: VQA adapter (stored open)
    case(
        "X396-042",
        caption("a woman in an orange kurta with mirror work"),
        she("a orange kurta and white pants"),
        color_of(
            "kurta",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "orange", "other_garment_color"),
        B.material("silk", "contradiction"),
        details("kurta", "small mirrors on the yoke and a tassel tie"),
        title="Women Orange Mirror Work Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a beige open-knit long-sleeve shrug (the product) over a white sleeveless dress; grey backdrop.
    # caption, material: caption adapter
    case(
        "X396-043",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric and "
            "its neckline is v-shape. The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is "
            "with knitting",
            "loop",
            hit_limit=True,
        ),
        she("a white dress and a beige sweater"),
        color_of("shrug", "white", "other_garment_color"),
        B.material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric and "
            "its neckline is",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("shrug"),
        describe("shrug", "it is a shrug", "restated"),
        title="Women Beige Open Knit Shrug",
        category="Shrug",
        color="Beige",
        gender="Women",
    ),
    # photo: model in grey checked straight trousers with front pleats (the product) and a black turtleneck top;
    # white backdrop.
    # no adapter texts
    case(
        "X396-044",
        caption("a woman in black turtleneck and plaid pants"),
        she("a black sweater and grey pants"),
        B.pattern("checked"),
        color_of("trousers", "black", "other_garment_color"),
        details("trousers", "the trousers have details", "non_answer"),
        B.material("wool", "unsupported"),
        title="Women Grey Checked Pleated Straight Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a green satin slip dress with thin straps and a cowl neck, midi length, no slit visible; white
    # backdrop.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X396-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with satin "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        she(
            "satin dress, satin dress, satin dress, satin dress, satin dress, satin dress, satin dress, satin dress,",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.color("green"),
        B.material("satin"),
        details("dress", "thin straps, a cowl neck and a slit up the leg", "unsupported"),
        title="Women Green Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a blue kurta with a white block print, white trousers and a blue dupatta; white wall.
    # caption: caption adapter
    case(
        "X396-046",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There "
            "is",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue kurta, white pants and a blue dupatta"),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        B.pattern("printed"),
        describe("kurta set", "a blue and white kurta with a", "cut"),
        title="Women Blue & White Block Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
]
