"""BLIND_407 (46 products; women's lingerie, loungewear and sleepwear on models and mannequins): written blind in the
forty-sixth session. Measured blind at e10bbc0 (the session's rules as they stood): 92/127 failures found (72.4%) and
11/156 correct texts flagged (7.1%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's lingerie, loungewear and sleepwear: bras (lace, balconette, seamless,
strapless, sports, bralettes, a bridal bustier), briefs, thongs and boyshorts (some packs laid flat), camisoles,
slip dresses, babydolls and night dresses, pyjama sets (satin, cotton, flannel, fleece; stripes, checks, florals,
hearts, clouds, lemons, polka dots), lounge pants and lounge sets, robes (velvet, satin, waffle, plush, a floral
kimono), shapewear and bodysuits. Model shots and mannequin torsos on white, cream, grey or pastel backdrops, some
with a bed, pillows, an armchair, a chair or a plant in the frame, several styled in layers (a robe open over a
slip, a cardigan over a tank, a bralette with jeans, a tee with pyjama shorts). Each row has the seller's title,
category, color and gender; a couple of rows miss the gender, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (DeepFashion
template: "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a
suspenders neckline."); trained with no end token, it always runs to the 50-token caption limit and carries
hit_limit=True. Where a comment says so, the adapter also answered a details or material question (30 tokens,
hit_limit=True), returning its template. All other open answers (wearing, description, details, material) come from
the untuned base Salesforce/blip2-opt-2.7b: short, lowercase, stopped on its own (never hit_limit). The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are
enrich's `--engine reference` answers picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- The adapter knows only DeepFashion garments. "tank top" for a camisole or a cami top, "sweater" for a knit or
  fleece pyjama top or a hoodie, "dress" for a slip, babydoll or nightdress, "outer clothing" for a robe or a
  cardigan, "shorts" for boyshorts or sleep shorts, and the generic "upper clothing" / "lower clothing" are correct.
  "tank top" for a bra, bralette, sports bra or bustier is a contradiction of the garment (the auditor sees it in
  the first sentence), hit_limit kept.
- Other adapter captions: one that repeats a sentence of the template is loop; one that stops mid-sentence (or
  without its final period) is cut, even where it also has a wrong fabric ("chiffon" for satin) or an invented
  accessory. Four adapter captions happen to end exactly on a sentence's period at the limit, with every sentence
  right: they are labelled correct (hit_limit=True kept; nothing in the text is wrong or missing).
- The adapter's template returned for the material question is restated; returned for details it answers the
  question and is cut or loop.
- Shade words are correct: beige or tan for nude, red for wine, burgundy or maroon, pink for blush, peach, mauve or
  dusty pink, purple for lavender, lilac or mauve, gold or beige for champagne, white for ivory, off white or cream,
  blue or green for teal, blue for navy and sky blue, grey for charcoal and melange. Black for charcoal, blue for
  sage and black for navy are contradictions.
- A print's or trim's color given as the garment's (white for a blue pyjama with white daisies, black for leopard
  spots, pink for a pink-trimmed black set, pink flowers on a black kimono) is contradiction. A color of a prop or
  wall (white armchair, brown chair, green plant, white pillows) given to a piece is contradiction. The color of
  another garment worn in the photo (the white tee over lemon shorts, the grey pants under a cream cardigan, the
  white tee with grey joggers, the black tee with tartan pants) given for the product is other_garment_color.
- A two-color check answered with either of its colors is correct; a multipack answered with one of its colors is
  correct.
- Garment synonyms are correct: lingerie, underwear, panties for briefs; nightie, nightgown for a night dress or
  babydoll; pajamas for a sleep set or lounge pants worn with a cami; bathrobe for a robe; corset for a bustier;
  sweatsuit or tracksuit for a velour hoodie set; shorts for boyshorts; top for a camisole; cardigan as sweater.
  "bikini" for a bra and brief set, "swimsuit" or "dress" for a bodysuit, "wedding dress" for a bustier, "dress"
  for a cami-and-shorts set are contradictions.
- Materials: one the title names is correct; a plausible look-alike is correct (lace for lace, mesh, cotton on plain
  cotton-look jersey or modal, spandex on shapewear, velvet for velour, fleece for plush, chiffon on a sheer
  babydoll skirt). "silk" for satin and "satin" for cotton pyjamas are unsupported. "it is made of fabric" is
  non_answer; a material answered with the garment's name is restated.
- Invented details not in the photo (a slit, a hood, a zipper, a belt, a gold necklace, adjustable straps on a
  bra worn strapless, a logo on a plain waistband, a sleeve stripe, red bows) are unsupported.
- "nothing" for what the person is wearing on a flat lay, an empty answer, "the details of the dress" and "they are
  thongs" for details are non_answer; the question asked back ("what are the details of the garment") is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
  A base answer stopped early mid-phrase ("it is made of") is cut, without hit_limit.
- "he" for a woman is pronoun.
- A base answer that says the same clause twice and then stops ("it is made of cotton and it is made of cotton")
  is loop, though it stopped on its own and has no hit_limit.
- Materials the title contradicts ("polyester" for cotton pyjamas) are unsupported; "the material of the garment"
  is non_answer.
- The reference engine's "yes" to "Is this a pajama set?" for a nightdress is contradiction; so is a prop's color
  named as a worn piece in an open answer ("a black robe and a white dress" next to a white armchair) and a
  waistband color the photo does not have. Blue for a bralette styled with jeans is other_garment_color.
- Eyelet (broderie) trim called lace and paisley called floral are correct. A waffle robe's grid called "checked"
  (a texture, not a pattern), elbow-length kimono sleeves answered "long sleeves" and a lemon print answered
  "floral" are contradictions.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_bra = question("color_bra", "What is the color of the bra?", "closed")
color_briefs = question("color_briefs", "What is the color of the briefs?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dress = question("color_dress", "What is the color of the dress?", "closed")
color_robe = question("color_robe", "What is the color of the robe?", "closed")

BLIND_407 = [
    # photo: model in a black lace underwired balconette bra with matching black lace briefs, cropped at the hips,
    # no bow at the centre, white studio backdrop, front view.
    # caption: adapter
    case(
        "X407-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a three-point shorts. The shorts are with other fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black lace bra and panties"),
        D.color("black"),
        D.details("lace trim and underwire and a bow in the center", "unsupported"),
        D.material("lace"),
        title="Women Black Lace Underwired Balconette Bra",
        category="Bras",
        color="Black",
        gender="Women",
    ),
    # photo: nude (beige) seamless moulded t-shirt bra on a mannequin torso, light grey backdrop, front view.
    # caption: adapter
    case(
        "X407-002",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige bra Question: what is the material of the bra? Answer: cotton", "leak"),
        D.color("beige"),
        D.details("lace trim on the cups", "unsupported"),
        D.material("cotton"),
        is_a("bra", "yes"),
        title="Women Nude Seamless Moulded T-Shirt Bra",
        category="Bras",
        color="Nude",
        gender="Women",
    ),
    # photo: model sitting on the edge of a bed (white sheets) in a red satin cami and shorts sleep set with black
    # lace trim at the neckline and the shorts' hems, cream wall behind.
    # caption: adapter
    case(
        "X407-003",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("red pajamas"),
        D.description("a red satin dress with black lace", "contradiction"),
        color_top("red"),
        color_shorts("black", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Red Satin Cami and Shorts Sleep Set",
        category="Night Suits",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white cotton ankle-length nightgown with short puff sleeves and eyelet (broderie) trim at
    # the neckline and sleeves, full length, white backdrop.
    # caption: adapter
    case(
        "X407-004",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white nightgown", "pronoun"),
        D.sleeve_length("short sleeves"),
        D.details("lace trim on the sleeves and neckline"),
        D.material("cotton"),
        title="Women White Cotton Broderie Trim Night Dress",
        category="Nightdresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy and white striped long-sleeve button-front pyjama shirt with notch collar and matching
    # long pants, grey backdrop, full length.
    # caption: adapter (ends on a period at the limit; every sentence right)
    case(
        "X407-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and striped "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("blue and white striped pajamas"),
        D.color("blue"),
        D.pattern("striped"),
        color_pants("blue"),
        D.material("polyester", "unsupported"),
        D.description(
            "a blue and white striped shirt and pants Question: what is the color of the pants? Answer: blue", "leak"
        ),
        title="Women Navy Striped Cotton Pyjama Set",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a blush pink lace triangle bralette (no wire) worn with high-waist blue jeans, white
    # backdrop, cropped at the thighs.
    # caption: adapter
    case(
        "X407-006",
        caption(
            "The lady wears a tank top with floral patterns. The tank top is with other fabric. It has a suspenders "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink bra and jeans"),
        D.color("blue", "other_garment_color"),
        D.details("it has a scalloped edge"),
        D.material("lace"),
        is_a("bra", "yes"),
        title="Women Blush Pink Lace Triangle Bralette",
        category="Bras",
        color="Pink",
        gender="Women",
    ),
    # photo: black high-waist tummy-control shapewear brief on a lower-body mannequin, white backdrop.
    # caption: adapter
    case(
        "X407-007",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black underwear"),
        D.garment_type("shorts", "contradiction"),
        D.color("black"),
        D.details("high waist and lace trim at the legs", "unsupported"),
        D.material("spandex"),
        title="Women Black High-Waist Tummy Control Shapewear Brief",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light blue cotton pyjama set (short-sleeve round-neck tee and long pants) printed all over
    # with small white daisies, white backdrop, full length.
    # caption: adapter
    case(
        "X407-008",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and pants with flowers"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.description("he is wearing a blue pajama set with flowers", "pronoun"),
        title="Women Blue Floral Print Cotton Pyjama Set",
        category="Night Suits",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an ivory satin bias-cut midi slip dress with spaghetti straps and lace at the V neckline,
    # beige wall with a potted plant at the side, front view; no slit visible.
    # caption: adapter
    case(
        "X407-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white slip dress"),
        D.color("white"),
        D.material("silk", "unsupported"),
        D.details("lace trim on the neckline and a slit on the side", "unsupported"),
        title="Women Ivory Satin Lace Trim Slip Dress",
        category="Nightdresses",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a leopard print (tan ground, black spots) bra and brief set, white backdrop, cropped at the
    # thighs.
    # caption: adapter
    case(
        "X407-010",
        caption(
            "This lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a three-point shorts with graphic patterns. The shorts are",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a leopard print bikini", "contradiction"),
        D.pattern("animal print"),
        D.color("brown"),
        color_bra("brown"),
        color_briefs("black", "contradiction"),
        D.details("a bow on the bra and a gold chain", "unsupported"),
        title="Women Leopard Print Bra and Brief Set",
        category="Lingerie Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a wine (burgundy) velvet long-sleeve robe tied with its belt, a black satin slip showing at
    # the hem and neckline, grey backdrop, full length.
    # caption: adapter
    case(
        "X407-011",
        caption(
            "This lady wears an outer clothing, with furry fabric and pure color patterns. It has long sleeves and a "
            "lapel neckline. There is a waist accessory. This lady wears an outer clothing, with furry",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red robe"),
        D.color("red"),
        color_dress("black"),
        D.description("a maroon velvet robe with a belt"),
        D.material("velvet"),
        title="Women Wine Velvet Belted Robe",
        category="Robes",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in grey melange cuffed jogger lounge pants with a drawstring, a plain white tee tucked in,
    # cropped at the chest, white backdrop.
    # caption: adapter
    case(
        "X407-012",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.wearing("grey sweatpants and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("drawstring waist and cuffed ankles"),
        D.material("it is made of", "cut"),
        title="Women Grey Melange Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a lavender cotton button-down sleep shirt, short sleeves, notch collar, chest pocket,
    # mid-thigh length, white backdrop.
    # caption: adapter
    case(
        "X407-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple shirt"),
        D.color("purple"),
        D.details("buttons down the front and a pocket"),
        D.material("a purple shirt", "restated"),
        title="Women Lavender Button-Down Sleep Shirt",
        category="Nightdresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black sheer mesh bodysuit with lace cups and a plunging V neck, light grey backdrop,
    # cropped at the thighs.
    # caption: adapter
    case(
        "X407-014",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. The fabric is other and it has pure color patterns. The upper",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black lace bodysuit Question: what is the color of the bodysuit? Answer: black", "leak"),
        D.garment_type("swimsuit", "contradiction"),
        D.color("black"),
        D.material("mesh and lace"),
        is_a("bodysuit", "yes"),
        title="Women Black Sheer Mesh Lace Bodysuit",
        category="Bodysuits",
        color="Black",
        gender="Women",
    ),
    # photo: model standing by a bed with white pillows in a pink fleece pyjama set (long-sleeve top and long
    # pants) printed with small red hearts, full length.
    # caption: adapter
    case(
        "X407-015",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with furry fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with furry fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pink pajamas with hearts"),
        D.color("pink"),
        D.pattern("polka dots", "contradiction"),
        color_pants("white", "contradiction"),
        D.material("fleece"),
        title="Women Pink Heart Print Fleece Pyjama Set",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay of three cotton hipster briefs (black, white, grey) side by side on a white backdrop.
    # caption: adapter
    case(
        "X407-016",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        D.garment_type("briefs"),
        D.color("black"),
        D.description("three pairs of underwear"),
        D.material("cotton"),
        title="Pack of 3 Cotton Hipster Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # photo: model in an emerald green satin pyjama set (long-sleeve notch-collar shirt with white piping, long
    # pants), white backdrop, full length.
    # caption: adapter (ends on a period at the limit; every sentence right)
    case(
        "X407-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with other fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("green silk pajamas", "unsupported"),
        D.color("green"),
        D.details("white piping on the collar and cuffs"),
        D.material("satin"),
        D.description("a woman in green pajamas and she is wearing a", "cut"),
        title="Women Emerald Green Satin Piped Pyjama Set",
        category="Night Suits",
        color="Green",
        gender="Women",
    ),
    # photo: white cotton camisole with lace trim at the neckline and thin straps on a mannequin torso, white
    # backdrop.
    # caption: adapter
    case(
        "X407-018",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory in her neck. The lady wears a tank top with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white tank top and jeans", "unsupported"),
        D.color("white"),
        D.details("lace trim on the top"),
        D.material("cotton and lace"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women White Lace Trim Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a peach lace-cup babydoll with a sheer chiffon skirt and a small satin bow between the cups,
    # matching thong, pastel pink wall, cropped at the knees.
    # caption: adapter
    case(
        "X407-019",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of three-point length. The lady wears a sleeveless dress with floral "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink nightie"),
        D.color("pink"),
        D.description("a pink nightie Question: what is the color of the nightie? Answer: pink", "leak"),
        D.details("lace cups and a bow in the middle"),
        D.material("chiffon"),
        title="Women Peach Lace Babydoll with Thong",
        category="Babydolls",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a charcoal grey ribbed knit lounge set (cropped tank and wide-leg pants), white backdrop,
    # full length.
    # caption, details: adapter
    case(
        "X407-020",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitted fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with knitted fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray tank top and pants"),
        D.color("black", "contradiction"),
        color_top("grey"),
        D.details(
            "The tank top is with knitted fabric and pure color patterns. It has a round neckline. The trousers are "
            "with knitted fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment", "non_answer"),
        title="Women Charcoal Ribbed Knit Lounge Set",
        category="Lounge Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a red lace push-up bra with matching red lace briefs, no jewellery, white backdrop, cropped
    # at the thighs.
    # caption: adapter
    case(
        "X407-021",
        caption(
            "The lady wears a tank top with floral patterns. The tank top is with other fabric. It has a V-shape "
            "neckline. The lady wears a three-point shorts. The shorts are with other fabric and floral patterns. "
            "The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red bra and panties"),
        D.garment_type("bra"),
        D.color("red"),
        D.description("a red lace bra with a gold necklace", "unsupported"),
        D.material("a red bra", "restated"),
        title="Women Red Lace Push-Up Bra",
        category="Bras",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy cotton knee-length nightdress with short sleeves and white polka dots, white
    # backdrop, full length.
    # caption: adapter
    case(
        "X407-022",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress with white polka dots"),
        D.color("black", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves"),
        D.details("the details of the dress", "non_answer"),
        D.description("a blue dress with white dots and a red belt", "unsupported"),
        title="Women Navy Polka Dot Cotton Nightdress",
        category="Nightdresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a champagne satin short kimono robe with elbow-length sleeves edged in lace, over a matching
    # cami, white backdrop, cropped at the knees.
    # caption: adapter
    case(
        "X407-023",
        caption(
            "This lady wears an outer clothing, with chiffon fabric and pure color patterns. It has medium sleeves. "
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gold robe"),
        D.color("beige"),
        D.material("silk", "unsupported"),
        D.details("lace trim on the sleeves"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Champagne Satin Lace Trim Short Robe",
        category="Robes",
        color="Champagne",
        gender="Women",
    ),
    # photo: model in a black and white gingham cotton pyjama set (short-sleeve button shirt with collar, shorts),
    # light grey backdrop, full length.
    # caption: adapter (ends on a period at the limit; every sentence right)
    case(
        "X407-024",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and lattice "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered shirt and shorts"),
        D.pattern("checked"),
        D.color("white"),
        color_shorts("black"),
        D.details("buttons and a collar Question: what is the pattern? Answer: plaid", "leak"),
        title="Women Black Checked Cotton Shorts Pyjama Set",
        category="Night Suits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long white waffle-texture cotton robe with shawl collar, belt and patch pockets, no hood,
    # light bathroom-tile backdrop with a folded towel on a stool.
    # caption: adapter
    case(
        "X407-025",
        caption(
            "This lady wears an outer clothing, with cotton fabric and lattice patterns. It has long sleeves and a "
            "lapel neckline. There is a waist accessory. This lady wears an outer clothing, with cotton fabric and "
            "lattice",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white bathrobe"),
        D.color("white"),
        D.pattern("checked", "contradiction"),
        D.details("a belt and pockets"),
        D.description("a white robe with a hood", "unsupported"),
        title="Women White Waffle Cotton Robe",
        category="Robes",
        color="White",
        gender="Women",
    ),
    # photo: model sitting on a brown wooden chair in a mauve (dusty pink) modal cami and shorts set with lace trim,
    # no bow, white backdrop.
    # caption, material: adapter
    case(
        "X407-026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a V-shape "
            "neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple tank top and shorts"),
        D.color("pink"),
        color_shorts("brown", "contradiction"),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a V-shape "
            "neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        D.details("lace trim and a bow", "unsupported"),
        title="Women Mauve Modal Lace Trim Cami Set",
        category="Night Suits",
        color="Mauve",
        gender="Women",
    ),
    # photo: black strapless multiway bra worn strapless on a mannequin torso (no straps attached), white backdrop.
    # caption: adapter
    case(
        "X407-027",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black bra"),
        D.color("black"),
        D.details("adjustable straps", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Black Strapless Multiway Bra",
        category="Bras",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long open black chiffon kimono robe printed with large pink flowers, over a black bra and
    # briefs, white backdrop, full length.
    # caption: adapter
    case(
        "X407-028",
        caption(
            "This lady wears an outer clothing, with chiffon fabric and floral patterns. The lady wears a sleeveless "
            "tank top with pure color patterns. The tank top is with other fabric. It has a V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral kimono and black lingerie"),
        D.color("black"),
        D.pattern("floral"),
        color_robe("pink", "contradiction"),
        D.description("a black robe with pink flowers on it"),
        D.material("silk", "unsupported"),
        title="Women Black Floral Print Kimono Robe",
        category="Robes",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory lace longline bridal bustier with boning, with white briefs, white backdrop,
    # cropped at the hips.
    # caption: adapter
    case(
        "X407-029",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with other fabric. It has a "
            "V-shape neckline. There is an accessory in her neck. The lady wears a sleeveless tank top with floral",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white lace corset"),
        D.color("white"),
        D.details("a veil and lace", "unsupported"),
        D.material("lace"),
        D.description("a wedding dress", "contradiction"),
        title="Women Ivory Lace Longline Bridal Bustier",
        category="Bras",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in grey heather cotton boyshorts with a plain grey waistband, cropped at the waist and knees,
    # white backdrop.
    # caption: adapter
    case(
        "X407-030",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. There "
            "is a waist accessory. The lower clothing is of three-point length. The fabric is cotton and it has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("grey underwear"),
        D.garment_type("shorts"),
        D.color("grey"),
        D.details("a waistband with a logo", "unsupported"),
        D.material("cotton"),
        D.description("gray shorts with a black waistband", "contradiction"),
        title="Women Grey Cotton Boyshorts",
        category="Briefs",
        color="Grey",
    ),
    # photo: model in a baby pink plush fleece hooded robe, hood down, tied belt, white backdrop, full length.
    # caption: adapter
    case(
        "X407-031",
        caption(
            "This lady wears an outer clothing, with furry fabric and pure color patterns. It has long sleeves. There "
            "is an accessory on her head. This lady wears an outer clothing, with furry fabric and pure color "
            "patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink bathrobe"),
        D.color("pink"),
        D.details("a hood and a belt"),
        D.material("fleece"),
        D.description("he is wearing a pink robe", "pronoun"),
        title="Women Baby Pink Plush Hooded Robe",
        category="Robes",
        color="Pink",
        gender="Women",
    ),
    # photo: model in black satin wide-leg lounge pants with a black satin cami, white backdrop, full length.
    # caption: adapter
    case(
        "X407-032",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and pants Question: what is the color of the pants? Answer: black", "leak"),
        D.garment_type("pants"),
        D.color("black"),
        D.material("satin"),
        D.details("", "non_answer"),
        title="Women Black Satin Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sage green sleeveless cotton jersey nightdress with a lace V neckline, calf length, sage
    # green wall behind.
    # caption: adapter (ends on a period at the limit; every sentence right)
    case(
        "X407-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of three-quarter length. The dress is with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a green nightgown"),
        D.color("blue", "contradiction"),
        D.details("lace on the neckline"),
        D.material("cotton"),
        is_a("pajama set", "yes", "contradiction"),
        title="Women Sage Green Jersey Lace Neck Nightdress",
        category="Nightdresses",
        color="Sage",
        gender="Women",
    ),
    # photo: flat lay of two lace thongs, one black and one red, on a white backdrop.
    # caption: adapter
    case(
        "X407-034",
        caption(
            "The lower clothing is of three-point length. The fabric is other and it has floral patterns. The lower "
            "clothing is of three-point length. The fabric is other and it has floral patterns. The lower clothing",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a thong"),
        D.color("red"),
        D.description("two pairs of panties, one black and one red"),
        D.material("lace"),
        D.details("they are thongs", "non_answer"),
        title="Women Pack of 2 Lace Thongs",
        category="Briefs",
        color="Black and Red",
        gender="Women",
    ),
    # photo: model in an oatmeal (beige) waffle knit lounge set, long-sleeve top and shorts, white backdrop with a
    # green potted plant beside her.
    # caption: adapter
    case(
        "X407-035",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with knitted fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige sweater and shorts"),
        D.color("beige"),
        color_shorts("green", "contradiction"),
        D.material("waffle knit"),
        D.details("what are the details of the garment", "restated"),
        title="Women Oatmeal Waffle Knit Lounge Top and Shorts Set",
        category="Lounge Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black lace bra and brief set with pink lace trim and a small pink bow at the centre, white
    # backdrop, cropped at the thighs.
    # caption: adapter
    case(
        "X407-036",
        caption(
            "The upper clothing has no sleeves, other fabric and color block patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. The fabric is other and it has color block patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and pink bra and panties"),
        color_bra("black"),
        color_briefs("pink", "contradiction"),
        D.color("black"),
        D.details("pink lace trim and a bow"),
        D.description("a black bikini with pink trim", "contradiction"),
        title="Women Black Bra and Brief Set with Pink Trim",
        category="Lingerie Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream knit longline open-front cardigan with patch pockets, over a white tank and grey
    # lounge pants, white backdrop, full length.
    # caption: adapter
    case(
        "X407-037",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. This lady also wears an outer clothing, with knitted fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and gray pants"),
        D.garment_type("cardigan"),
        D.color("grey", "other_garment_color"),
        D.details("buttons and pockets", "unsupported"),
        D.material("knit"),
        title="Women Cream Knit Longline Lounge Cardigan",
        category="Loungewear",
        color="Cream",
        gender="Women",
    ),
    # photo: model in red tartan flannel pyjama pants with an elastic drawstring waist and a plain black tee, white
    # backdrop, full length.
    # caption: adapter
    case(
        "X407-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and red plaid pants"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        color_pants("red"),
        D.material("flannel"),
        D.details("a drawstring waist Question: what is the material? Answer: cotton", "leak"),
        title="Women Red Tartan Flannel Pyjama Pants",
        category="Lounge Pants",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sky blue cotton pyjama set (short-sleeve notch-collar shirt with chest pocket, long pants)
    # printed with white clouds, pale blue wall behind, full length.
    # caption: adapter
    case(
        "X407-039",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("blue pajamas with clouds"),
        D.color("blue"),
        D.pattern("printed"),
        D.details("clouds on the pajamas and a pocket"),
        D.description("blue pajamas against a blue wall"),
        D.material("satin", "unsupported"),
        title="Women Sky Blue Cloud Print Pyjama Set",
        category="Night Suits",
        color="Light Blue",
        gender="Women",
    ),
    # photo: beige seamless thigh-shaping bodysuit with thin straps on a full-body mannequin, no zip or fastening
    # visible at the front, white backdrop.
    # caption: adapter
    case(
        "X407-040",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-point length. The fabric is other and it",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan bodysuit"),
        D.color("beige"),
        D.garment_type("dress", "contradiction"),
        D.details("it has a zipper on the front", "unsupported"),
        D.material("spandex"),
        title="Women Beige Seamless Thigh Shaping Bodysuit",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black cotton racerback sports bra with black leggings, light grey backdrop, full length.
    # caption: adapter
    case(
        "X407-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black sports bra and leggings"),
        D.garment_type("bra"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.material("a black sports bra", "restated"),
        title="Women Black Cotton Non-Padded Sports Bra",
        category="Bras",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon long-sleeve cotton maxi nightdress with an all-over paisley print, keyhole neck with
    # buttons, no belt, white backdrop, full length.
    # caption, details: adapter
    case(
        "X407-042",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("red"),
        D.pattern("floral"),
        D.details(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is with cotton "
            "fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.description("a red paisley dress with a belt", "unsupported"),
        D.material("cotton"),
        title="Women Maroon Paisley Print Cotton Maxi Nightdress",
        category="Nightdresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black satin robe worn open over a matching black satin slip with lace trim, standing next
    # to a white armchair, white backdrop, full length.
    # caption: adapter
    case(
        "X407-043",
        caption(
            "This lady wears an outer clothing, with chiffon fabric and pure color patterns. The lady wears a "
            "sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a V-shape neckline. "
            "The dress",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black robe and a white dress", "contradiction"),
        D.color("black"),
        color_dress("white", "contradiction"),
        is_a("robe", "yes"),
        D.material("satin"),
        D.details("lace trim on the robe and slip and the slip has a", "cut"),
        title="Women Black Satin Robe and Slip Set",
        category="Nightwear Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in yellow cotton sleep shorts printed with lemons and green leaves, worn with a plain white
    # tee, cropped at the chest and knees, white backdrop.
    # caption: adapter
    case(
        "X407-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and yellow shorts"),
        D.color("white", "other_garment_color"),
        color_shorts("yellow"),
        D.pattern("floral", "contradiction"),
        D.details("yellow shorts with lemons on them"),
        D.material("it is made of cotton and it is made of cotton", "loop"),
        title="Women Yellow Lemon Print Cotton Sleep Shorts",
        category="Night Suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a teal velour zip-up lounge hoodie with pockets and matching pants, plain sleeves, white
    # backdrop, full length.
    # caption: adapter
    case(
        "X407-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with furry fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweatsuit"),
        D.garment_type("hoodie"),
        D.details("the details of the hoodie", "non_answer"),
        D.material("velvet"),
        D.description("a blue tracksuit with a white stripe on the sleeve", "unsupported"),
        title="Women Teal Velour Lounge Hoodie and Pants Set",
        category="Lounge Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black lace bra, briefs and suspender belt with sheer black stockings clipped on, no bows
    # anywhere, white backdrop, full length.
    # caption: adapter
    case(
        "X407-046",
        caption(
            "The upper clothing has no sleeves, other fabric and floral patterns. It has a V-shape neckline. There is "
            "a waist accessory. The lower clothing is of three-point length. The fabric is other and it",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black lingerie and stockings"),
        D.color("black"),
        D.description("a black lace bra and panties with a garter belt"),
        D.details("black lace and straps that attach to the stockings and red bows", "unsupported"),
        D.material("lace"),
        title="Women Black Lace Bra Brief and Suspender Belt Set",
        category="Lingerie Sets",
        color="Black",
        gender="Women",
    ),
]
